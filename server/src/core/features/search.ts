// One search over events, talks, speakers and tools, ranked. Used by workspace symbols,
// the command-palette search and the CLI.
import type { Range, Talk } from '../model';
import { comparePositions, foldText } from '../text';
import { speakerKey, type StoredNote as Note, type WorkspaceIndex } from '../workspace-index';
import { CATEGORY_LABELS } from './categories';
import { compareStrings, speakerSummary } from './resolve-reference';
import { displayText } from './markdown-escape';
import { runToEnd, STEP, type Steps } from './steps';

export type SearchKind = 'event' | 'talk' | 'speaker' | 'tool';

export interface SearchResult {
  kind: SearchKind;
  /** Event id, talk id, speaker key or tool id. */
  id: string;
  label: string;
  detail: string;
  uri: string;
  range: Range;
  score: number;
}

/** Folds for matching: lower case, full-width to ASCII, and no spaces or punctuation. */
function fold(s: string): string {
  return foldText(s.normalize('NFKC')).replace(/[\s\p{P}\p{S}]+/gu, '');
}

/**
 * How well `query` matches `target` (both folded): 0 for no match.
 * Exact beats prefix beats substring beats an in-order subsequence.
 */
export function matchScore(query: string, target: string): number {
  if (!query) return 1;
  if (!target) return 0;
  if (target === query) return 100;
  if (target.startsWith(query)) return 80 + Math.min(10, (10 * query.length) / target.length);
  const at = target.indexOf(query);
  if (at >= 0) return 60 + Math.min(10, (10 * query.length) / target.length);
  // Subsequence with a bonus for runs.
  let qi = 0;
  let run = 0;
  let bonus = 0;
  for (let i = 0; i < target.length && qi < query.length; i++) {
    if (target[i] === query[qi]) {
      qi++;
      run++;
      bonus += run;
    } else run = 0;
  }
  if (qi < query.length) return 0;
  return Math.min(50, 10 + (bonus / (query.length * query.length)) * 40);
}

/** A searchable row: its result, and the folded texts it matches with their weights. */
interface Row {
  result: Omit<SearchResult, 'score'>;
  /** Folded texts the row matches by, and their weights. */
  keys: string[];
  weights: number[];
  bonus: number;
  /** The talk of a talk row. */
  talk?: Talk;
  /** The search that last marked this row as a talk mentioning the tool its query names. */
  mark?: number;
  /** Every character of every key, as bits (charMask): a query with a character outside it cannot match. */
  mask: number;
}

/** One bit per character class (code mod 31): a cheap, exact test that a text lacks a character. */
function charMask(s: string): number {
  let m = 0;
  for (let i = 0; i < s.length; i++) m |= 1 << (s.charCodeAt(i) % 31);
  return m;
}

/** A row's keys, weights and mask from [folded text, weight] pairs. */
function keyed(pairs: Array<[string, number]>): Pick<Row, 'keys' | 'weights' | 'mask'> {
  let mask = 0;
  for (const [k] of pairs) mask |= charMask(k);
  return { keys: pairs.map((p) => p[0]), weights: pairs.map((p) => p[1]), mask };
}

/**
 * A note's event and talk rows with their folded texts, made once per note: notes are replaced,
 * never changed, so an edit re-folds one note, not the workspace.
 */
const noteRows = new WeakMap<Note, { events: Row[]; talks: Row[] }>();
/** A talk's row (talks belong to one note: made with the note's rows). */
const talkRows = new WeakMap<Talk, Row>();

function rowsOf(note: Note): { events: Row[]; talks: Row[] } {
  let rows = noteRows.get(note);
  if (rows) return rows;
  rows = { events: [], talks: [] };
  for (const event of note.events) {
    const eventKeys: Array<[string, number]> = [
      [fold(event.name), 1],
      [fold(event.location ?? ''), 0.8],
      [fold(event.date ?? ''), 0.7],
    ];
    rows.events.push({
      result: {
        kind: 'event',
        id: event.id,
        label: displayText(event.name),
        detail: displayText([event.date, event.location, `${event.talks.length} talks`].filter(Boolean).join(' · ')),
        uri: note.uri,
        range: event.nameRange,
      },
      ...keyed(eventKeys),
      bonus: 2,
    });
    for (const talk of event.talks) {
      const keys: Array<[string, number]> = [[fold(talk.title), 1], ...talk.speakers.map((s): [string, number] => [fold(s.name), 0.6])];
      rows.talks.push({
        result: {
          kind: 'talk',
          id: talk.id,
          label: displayText(talk.title),
          detail: displayText([talk.speakers.map((s) => s.name).join(', '), event.name, event.date].filter(Boolean).join(' · ')),
          uri: note.uri,
          range: talk.titleRange,
        },
        ...keyed(keys),
        bonus: 0,
        talk,
      });
    }
  }
  noteRows.set(note, rows);
  for (const row of rows.talks) talkRows.set(row.talk!, row);
  return rows;
}

type Table = { version: number; events: Row[]; talks: Row[]; speakers: Row[] };

/** Speakers' rows by key, each with the index's stamp for that speaker: only changed speakers are summarised again. */
type SpeakerRows = { version: number; byKey: Map<string, { stamp: number; row: Row | null }>; rows: Row[] };

/**
 * The rows of the whole index: note rows are made once per note (rowsOf), speaker rows once per
 * change of that speaker; after an edit, bringing the table up to date costs a pass over the
 * notes and speakers, not summarising them again (workspace symbols ask on every keystroke).
 */
const tables = new WeakMap<WorkspaceIndex, Table>();
const speakerTables = new WeakMap<WorkspaceIndex, SpeakerRows>();

/** Brings the search rows up to date in steps (the server runs it after changes, so the next query finds them made). */
export function* searchTableSteps(index: WorkspaceIndex): Steps<void> {
  yield* tableSteps(index);
}

function* tableSteps(index: WorkspaceIndex): Steps<Table> {
  const cached = tables.get(index);
  if (cached && cached.version === index.version) return cached;
  const version = index.version;
  const events: Row[] = [];
  const talks: Row[] = [];
  let n = 0;
  for (const note of index.notes()) {
    const rows = rowsOf(note);
    for (let i = 0; i < rows.events.length; i++) events.push(rows.events[i]);
    for (let i = 0; i < rows.talks.length; i++) talks.push(rows.talks[i]);
    if (++n % (STEP * 8) === 0) yield;
  }
  const speakers = yield* speakerRowSteps(index);
  const table = { version, events, talks, speakers };
  // Built while the index changed (a sliced search let an edit in): good for this answer, not for the next.
  if (index.version === version) tables.set(index, table);
  return table;
}

function* speakerRowSteps(index: WorkspaceIndex): Steps<Row[]> {
  let t = speakerTables.get(index);
  if (t && t.version === index.version) return t.rows;
  const version = index.version;
  const byKey = t?.byKey ?? new Map<string, { stamp: number; row: Row | null }>();
  let i = 0;
  for (const key of index.speakerKeys()) {
    const stamp = index.speakerStamp(key);
    const known = byKey.get(key);
    if (known && known.stamp === stamp) continue;
    byKey.set(key, { stamp, row: speakerRow(index, key) });
    if (++i % STEP === 0) yield;
  }
  const rows: Row[] = [];
  for (const [key, entry] of byKey) {
    if (!index.speakerStamp(key)) byKey.delete(key);
    else if (entry.row) rows.push(entry.row);
  }
  if (index.version === version) speakerTables.set(index, (t = { version, byKey, rows }));
  return rows;
}

function speakerRow(index: WorkspaceIndex, key: string): Row | null {
  const entry = index.speaker(key);
  if (!entry) return null;
  const sp = speakerSummary(entry);
  const first = sp.newest;
  if (!first) return null;
  const keys: Array<[string, number]> = [[fold(sp.name), 1], ...sp.orgs.map((o): [string, number] => [fold(o), 0.5])];
  return {
    result: {
      kind: 'speaker',
      id: speakerKey(sp.name),
      label: displayText(sp.name),
      detail: displayText([sp.orgs.join(', '), `${sp.talkCount} talk${sp.talkCount === 1 ? '' : 's'}`].filter(Boolean).join(' · ')),
      uri: first.note.uri,
      range: first.talk.titleRange,
    },
    ...keyed(keys),
    bonus: 1,
  };
}

/**
 * A row's score, or 0. `floor`: results below it are not wanted (the kept results are all better),
 * so a key is scored only if it could still count, and the costly subsequence test runs only
 * where a subsequence could (exact, prefix and substring matches score 60 and up; a subsequence
 * at most 50).
 */
function rowScore(q: string, row: Row, floor: number): number {
  let score = 0;
  const { keys, weights } = row;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    const weight = weights[k];
    const best = weight * 100;
    if (best <= score || best + row.bonus < floor) continue;
    if (key.indexOf(q) < 0) {
      const sub = weight * 50;
      if (sub <= score || sub + row.bonus < floor) continue;
    }
    score = Math.max(score, weight * matchScore(q, key));
  }
  return score;
}

type Unscored = Omit<SearchResult, 'score'>;

/** Best first: score, then label, then place; a total order, so equal inputs give equal answers. */
function compareScored(aScore: number, a: Unscored, bScore: number, b: Unscored): number {
  return bScore - aScore || a.label.localeCompare(b.label) || compareStrings(a.uri, b.uri) || comparePositions(a.range.start, b.range.start) || compareStrings(a.kind, b.kind) || compareStrings(a.id, b.id);
}

function compareResults(a: SearchResult, b: SearchResult): number {
  return compareScored(a.score, a, b.score, b);
}

/**
 * The best `limit` results seen so far: a heap whose root is the worst kept. Most candidates are
 * turned away by one comparison with the root, so a query that matches everything (the empty
 * one) costs about one comparison per row instead of a sort of every row.
 */
class TopK {
  readonly heap: SearchResult[] = [];
  constructor(private readonly limit: number) {}

  /** Keeps a result if it is among the best so far; allocates only then. */
  offer(result: Unscored, score: number): void {
    const h = this.heap;
    if (this.limit <= 0) return;
    if (h.length >= this.limit && compareScored(score, result, h[0].score, h[0]) >= 0) return;
    const r: SearchResult = { ...result, score };
    if (h.length < this.limit) {
      h.push(r);
      for (let i = h.length - 1; i > 0; ) {
        const p = (i - 1) >> 1;
        if (compareResults(h[p], h[i]) >= 0) break;
        [h[p], h[i]] = [h[i], h[p]];
        i = p;
      }
      return;
    }
    h[0] = r;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const rr = l + 1;
      let worst = i;
      if (l < h.length && compareResults(h[l], h[worst]) > 0) worst = l;
      if (rr < h.length && compareResults(h[rr], h[worst]) > 0) worst = rr;
      if (worst === i) break;
      [h[worst], h[i]] = [h[i], h[worst]];
      i = worst;
    }
  }

  sorted(): SearchResult[] {
    return this.heap.slice().sort(compareResults);
  }
}

/**
 * The search, in steps: it yields every few dozen rows so that a caller (the language server)
 * can let other requests in and stop a cancelled one. `searchIndex` runs it to the end at once.
 */
export function* searchSteps(index: WorkspaceIndex, query: string, limit = 50, kinds?: SearchKind[]): Steps<SearchResult[]> {
  const q = fold(query);
  const qMask = charMask(q);
  const want = (k: SearchKind) => !kinds || kinds.includes(k);
  const top = new TopK(limit);
  const table = yield* tableSteps(index);
  // Below this, nothing gets in (the kept results are all better): 0 until `limit` are kept.
  const floor = () => (top.heap.length >= limit && limit > 0 ? top.heap[0].score : 0);

  // A query that names a tool (in any spelling) also finds the talks that mention it.
  const tool = q.length >= 2 ? index.catalog.lookup(query) : undefined;
  // Their rows are marked for this search: a property test per row instead of a set lookup.
  const mark = ++searches;
  let marked = false;
  if (tool) {
    for (const row of talkRowsMentioning(index, tool.id)) {
      row.mark = mark;
      marked = true;
    }
  }

  /** Scores rows (`extra` gives a row a score its texts do not); yields every few hundred. */
  const scan = function* (rows: Row[], boost: boolean): Steps<void> {
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      let score = 0;
      if ((qMask & ~row.mask) === 0) {
        score = rowScore(q, row, floor());
        if (score > 0) score += row.bonus;
      }
      if (boost && row.mark === mark) score = Math.max(score, 55);
      if (score > 0) top.offer(row.result, score);
      if (i % (STEP * 4) === STEP * 4 - 1) yield;
    }
  };

  if (want('event')) yield* scan(table.events, false);
  if (want('talk')) yield* scan(table.talks, marked);
  if (want('speaker')) yield* scan(table.speakers, false);

  if (want('tool')) {
    for (const { toolId, count } of index.mentionedTools()) {
      const t = index.catalog.get(toolId);
      if (!t) continue;
      let score = matchScore(q, fold(t.name));
      for (const a of index.catalog.aliasesOf(t)) score = Math.max(score, 0.95 * matchScore(q, fold(a)));
      if (tool && tool.id === toolId) score = Math.max(score, 100);
      if (score <= 0) continue;
      const at = t.definition ?? firstMention(index, toolId);
      if (!at) continue;
      top.offer({ kind: 'tool', id: toolId, label: displayText(t.name), detail: displayText(`${CATEGORY_LABELS[t.category] ?? t.category} · ${count} mention${count === 1 ? '' : 's'}`), uri: at.uri, range: at.range }, score + 3);
      yield;
    }
  }

  return top.sorted();
}

/** Per index version: the talks that mention a tool, and each tool's first mention in path order. */
let searches = 0;

const toolMemo = new WeakMap<WorkspaceIndex, { version: number; talks: Map<string, Row[]>; first: Map<string, { uri: string; range: Range } | null> }>();

function memoOf(index: WorkspaceIndex) {
  let m = toolMemo.get(index);
  if (!m || m.version !== index.version) toolMemo.set(index, (m = { version: index.version, talks: new Map(), first: new Map() }));
  return m;
}

function talkRowsMentioning(index: WorkspaceIndex, toolId: string): Row[] {
  const memo = memoOf(index);
  let rows = memo.talks.get(toolId);
  if (!rows) {
    rows = [];
    for (const t of index.toolStats(toolId).talks) {
      const row = talkRows.get(t.talk) ?? rowsOf(t.note).talks.find((r) => r.talk === t.talk);
      if (row) rows.push(row);
    }
    memo.talks.set(toolId, rows);
  }
  return rows;
}

/** The first mention of a tool in path order (not in indexing order). */
function firstMention(index: WorkspaceIndex, toolId: string): { uri: string; range: Range } | null {
  const memo = memoOf(index);
  let at = memo.first.get(toolId);
  if (at !== undefined) return at;
  let note: Note | undefined;
  for (const n of index.notesMentioning(toolId)) if (!note || compareStrings(n.uri, note.uri) < 0) note = n;
  at = null;
  if (note) {
    let best: Range | undefined;
    for (const i of note.mentions.indexesOf(toolId)) {
      const r = note.mentions.range(i);
      if (!best || comparePositions(r.start, best.start) < 0) best = r;
    }
    if (best) at = { uri: note.uri, range: best };
  }
  memo.first.set(toolId, at);
  return at;
}

export function searchIndex(index: WorkspaceIndex, query: string, limit = 50, kinds?: SearchKind[]): SearchResult[] {
  return runToEnd(searchSteps(index, query, limit, kinds));
}
