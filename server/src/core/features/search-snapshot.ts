// A search snapshot: the search's rows and what it knows of tools, written beside the persistent
// index, so that a warm start answers workspace symbols and the search before the index is loaded
// (loading and putting 10k notes and making the rows again takes about 2 s). Pure: the server
// turns the parts into bytes and back (node/index-cache.ts).
import type { Catalog } from '../catalog/catalog';
import type { Range } from '../model';
import type { WorkspaceIndex } from '../workspace-index';
import { CHUNKS, KINDS, chunkOfRows, hasSearchTable, indexSource, resultOf, searchOver, storedRow, type Chunk, type Row, type SearchKind, type SearchResult, type SearchSource, type StoredResults, type Table, type Unscored } from './search';
import type { Steps } from './steps';

/**
 * A snapshot as numbers and two strings. `latin1`: the texts of the chunks whose characters are
 * all U+00FF or below, one after another (read back as a one-byte string, which the search scans
 * faster); `text`: every other string. Numbers (after the format and the counts):
 * - each URI: where it is in `text` and its length;
 * - each chunk: whether it is in `text` (else `latin1`), its row count, where its text is and its
 *   length, then where each row's texts begin in it and, last, its length;
 * - each row (ROW_INTS, chunk after chunk): its kind (KINDS), URI, event number (-1 for a
 *   speaker), id, label and detail (each where and how long in `text`), its range's four numbers;
 * - each mentioned tool: its id, mention count, first mention (URI or -1, range), then the number
 *   of talk rows mentioning it and their row numbers.
 */
export interface SnapshotParts {
  ints: Int32Array;
  latin1: string;
  text: string;
}

const FORMAT = 1;
const ROW_INTS = 13;
/** Rows (at most; a chunk's end yields too), or tools, encoded between two yields. */
const ENCODE_STEP = 2048;
const TOOL_STEP = 32;

/** Collects strings into one, each given as where it is and how long. */
class StringsOut {
  private readonly parts: string[] = [];
  length = 0;

  add(s: string, into: number[]): void {
    into.push(this.length, s.length);
    this.parts.push(s);
    this.length += s.length;
  }

  join(): string {
    return this.parts.join('');
  }
}

const WIDE = /[^\u0000-\u00ff]/;

/**
 * The index's search rows and tools as a snapshot, in steps (a save runs them between requests).
 * Null when the rows were never made (no search yet: making them is not a save's job) or when the
 * index changed while it ran (the next save tries again).
 */
export function* encodeSearchSnapshot(index: WorkspaceIndex): Steps<SnapshotParts | null> {
  if (!hasSearchTable(index)) return null;
  const source = indexSource(index);
  const table = yield* source.table();
  const version = table.version;
  if (index.version !== version) return null;
  const ints: number[] = [FORMAT, table.chunks.length, 0, 0, 0, 0, 0];
  const text = new StringsOut();
  const latin1 = new StringsOut();
  const uris = new Map<string, number>();
  const uriList: string[] = [];
  const uriOf = (uri: string): number => {
    let u = uris.get(uri);
    if (u === undefined) {
      uris.set(uri, (u = uriList.length));
      uriList.push(uri);
    }
    return u;
  };
  const chunkInts: number[] = [];
  const rowInts: number[] = [];
  const rowNumbers = new Map<Row, number>();
  const events = new Map<object, number>();
  let rowCount = 0;
  for (const chunk of table.chunks) {
    const inText = chunk.wide || WIDE.test(chunk.text);
    chunkInts.push(inText ? 1 : 0, chunk.rows.length);
    (inText ? text : latin1).add(chunk.text, chunkInts);
    for (let r = 0; r <= chunk.rows.length; r++) chunkInts.push(chunk.starts[r]);
    for (let r = 0; r < chunk.rows.length; r++) {
      const row = chunk.rows[r];
      rowNumbers.set(row, rowCount++);
      const result = resultOf(row);
      const event = row.event ? (events.get(row.event) ?? events.set(row.event, events.size).size - 1) : -1;
      rowInts.push(row.kindCode, uriOf(result.uri), event);
      text.add(result.id, rowInts);
      text.add(result.label, rowInts);
      text.add(result.detail, rowInts);
      rowInts.push(result.range.start.line, result.range.start.character, result.range.end.line, result.range.end.character);
      if (rowCount % ENCODE_STEP === 0) {
        yield;
        if (index.version !== version) return null;
      }
    }
    yield;
    if (index.version !== version) return null;
  }
  const toolInts: number[] = [];
  const tools = source.mentionedTools();
  for (let t = 0; t < tools.length; t++) {
    const { toolId, count } = tools[t];
    text.add(toolId, toolInts);
    toolInts.push(count);
    const first = source.firstMention(toolId);
    if (first) toolInts.push(uriOf(first.uri), first.range.start.line, first.range.start.character, first.range.end.line, first.range.end.character);
    else toolInts.push(-1, 0, 0, 0, 0);
    const rows = source.talkRows(toolId);
    toolInts.push(rows.length);
    for (const row of rows) {
      // A talk row the table lacks (never, for a table as of the index's version) makes the snapshot unusable.
      const n = rowNumbers.get(row);
      if (n === undefined) return null;
      toolInts.push(n);
    }
    if (t % TOOL_STEP === TOOL_STEP - 1) {
      yield;
      if (index.version !== version) return null;
    }
  }
  const uriInts: number[] = [];
  for (const uri of uriList) text.add(uri, uriInts);
  ints[2] = rowCount;
  ints[3] = uriList.length;
  ints[4] = tools.length;
  ints[5] = latin1.length;
  ints[6] = text.length;
  const all = new Int32Array(ints.length + uriInts.length + chunkInts.length + rowInts.length + toolInts.length);
  let at = 0;
  for (const part of [ints, uriInts, chunkInts, rowInts, toolInts]) {
    all.set(part, at);
    at += part.length;
  }
  return { ints: all, latin1: latin1.join(), text: text.join() };
}

/** What a search reads, read from a snapshot: searched with searchSnapshotSteps until the index's own rows are made. */
export class SearchSnapshot implements StoredResults {
  readonly source: SearchSource;
  constructor(
    private readonly ints: Int32Array,
    private readonly text: string,
    private readonly uris: string[],
    private readonly rowsAt: number,
    readonly rowCount: number,
    readonly talkCount: number,
    catalog: Catalog,
    table: Table,
    rows: Row[],
    tools: Array<{ toolId: string; count: number }>,
    talkRowsAt: Map<string, number>,
    firsts: Map<string, { uri: string; range: Range }>,
  ) {
    const talkRows = new Map<string, Row[]>();
    this.source = {
      catalog,
      // eslint-disable-next-line require-yield
      *table() {
        return table;
      },
      talkRows(toolId) {
        let list = talkRows.get(toolId);
        if (list) return list;
        list = [];
        const at = talkRowsAt.get(toolId);
        if (at !== undefined) for (let i = 0, n = ints[at]; i < n; i++) list.push(rows[ints[at + 1 + i]]);
        talkRows.set(toolId, list);
        return list;
      },
      mentionedTools: () => tools,
      firstMention: (toolId) => firsts.get(toolId) ?? null,
    };
  }

  result(at: number): Unscored {
    const { ints, text } = this;
    const p = this.rowsAt + at * ROW_INTS;
    return {
      kind: KINDS[ints[p]],
      id: text.slice(ints[p + 3], ints[p + 3] + ints[p + 4]),
      label: text.slice(ints[p + 5], ints[p + 5] + ints[p + 6]),
      detail: text.slice(ints[p + 7], ints[p + 7] + ints[p + 8]),
      uri: this.uris[ints[p + 1]],
      range: { start: { line: ints[p + 9], character: ints[p + 10] }, end: { line: ints[p + 11], character: ints[p + 12] } },
    };
  }

  eventOf(at: number): number {
    return this.ints[this.rowsAt + at * ROW_INTS + 2];
  }
}

/** The search over a snapshot, in steps (as searchSteps over the index). */
export function* searchSnapshotSteps(snapshot: SearchSnapshot, query: string, limit = 50, kinds?: SearchKind[]): Steps<SearchResult[]> {
  return yield* searchOver(snapshot.source, query, limit, kinds);
}

/**
 * Reads a snapshot, checking every number a search would read: a snapshot that does not hold
 * together throws (the caller discards it), and one that does can be searched without reading
 * outside what it holds.
 */
export function readSearchSnapshot(parts: SnapshotParts, catalog: Catalog): SearchSnapshot {
  const { ints, latin1, text } = parts;
  let p = 0;
  const damaged = (what: string) => new Error(`search snapshot damaged (${what})`);
  const int = (): number => {
    if (p >= ints.length) throw damaged('truncated');
    return ints[p++];
  };
  const count = (what: string): number => {
    const n = int();
    if (n < 0 || n > ints.length) throw damaged(what);
    return n;
  };
  /** A string's place (where, how long) in `of`, checked. */
  const place = (of: string, what: string): number => {
    const at = int();
    const length = int();
    if (at < 0 || length < 0 || at + length > of.length) throw damaged(what);
    return at;
  };
  if (int() !== FORMAT) throw new Error('search snapshot of another format');
  if (int() !== 2 * CHUNKS) throw damaged('chunks');
  const rowCount = count('rows');
  const uriCount = count('URIs');
  const toolCount = count('tools');
  if (int() !== latin1.length || int() !== text.length) throw damaged('lengths');
  const uris: string[] = [];
  for (let u = 0; u < uriCount; u++) {
    const at = place(text, 'URI');
    uris.push(text.slice(at, at + ints[p - 1]));
  }
  const chunkTexts: Array<{ text: string; wide: boolean; starts: Int32Array }> = [];
  let rowsSeen = 0;
  for (let c = 0; c < 2 * CHUNKS; c++) {
    const inText = int();
    if (inText !== 0 && inText !== 1) throw damaged('chunk');
    const n = count('chunk rows');
    const of = inText ? text : latin1;
    const at = place(of, 'chunk text');
    const chunkText = of.slice(at, at + ints[p - 1]);
    if (p + n + 1 > ints.length) throw damaged('truncated');
    const starts = ints.slice(p, p + n + 1);
    p += n + 1;
    // Every row's texts end with a line break at the next row's start, and the last at the text's end (chunkOfRows reads texts to their line breaks).
    if (starts[0] !== 0 || starts[n] !== chunkText.length) throw damaged('chunk rows');
    for (let r = 0; r < n; r++) if (starts[r + 1] <= starts[r] || chunkText.charCodeAt(starts[r + 1] - 1) !== 10) throw damaged('chunk rows');
    chunkTexts.push({ text: chunkText, wide: inText === 1 || WIDE.test(chunkText), starts });
    rowsSeen += n;
  }
  if (rowsSeen !== rowCount) throw damaged('rows');
  const rowsAt = p;
  if (rowsAt + rowCount * ROW_INTS > ints.length) throw damaged('truncated');
  let talkCount = 0;
  for (let r = 0; r < rowCount; r++) {
    const kind = int();
    if (kind < 0 || kind >= KINDS.length) throw damaged('row kind');
    if (KINDS[kind] === 'talk') talkCount++;
    const uri = int();
    if (uri < 0 || uri >= uriCount) throw damaged('row URI');
    if (int() < -1) throw damaged('row event');
    place(text, 'row id');
    place(text, 'row label');
    place(text, 'row detail');
    p += 4;
  }
  const tools: Array<{ toolId: string; count: number }> = [];
  const talkRowsAt = new Map<string, number>();
  const firsts = new Map<string, { uri: string; range: Range }>();
  for (let t = 0; t < toolCount; t++) {
    const at = place(text, 'tool');
    const toolId = text.slice(at, at + ints[p - 1]);
    tools.push({ toolId, count: int() });
    const uri = int();
    if (uri < -1 || uri >= uriCount) throw damaged('tool URI');
    const range = { start: { line: int(), character: int() }, end: { line: int(), character: int() } };
    if (uri >= 0) firsts.set(toolId, { uri: uris[uri], range });
    talkRowsAt.set(toolId, p);
    const n = count('tool rows');
    if (p + n > ints.length) throw damaged('truncated');
    for (let i = 0; i < n; i++) {
      const row = ints[p++];
      if (row < 0 || row >= rowCount || KINDS[ints[rowsAt + row * ROW_INTS]] !== 'talk') throw damaged('tool rows');
    }
  }
  if (p !== ints.length) throw damaged('length');

  const rows = new Array<Row>(rowCount);
  const chunks: Chunk[] = [];
  const snapshot = new SearchSnapshot(ints, text, uris, rowsAt, rowCount, talkCount, catalog, { version: -1, chunks, pieces: [], notes: new Map(), speakers: new Map() }, rows, tools, talkRowsAt, firsts);
  let r = 0;
  for (const { text: chunkText, wide, starts } of chunkTexts) {
    const n = starts.length - 1;
    const chunkRows = new Array<Row>(n);
    const kinds = new Uint8Array(n);
    for (let i = 0; i < n; i++, r++) {
      const q = rowsAt + r * ROW_INTS;
      kinds[i] = ints[q];
      rows[r] = chunkRows[i] = storedRow(ints[q], uris[ints[q + 1]], snapshot, r);
    }
    chunks.push(chunkOfRows([], chunkRows, kinds, starts, chunkText, wide));
  }
  return snapshot;
}
