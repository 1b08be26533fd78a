// One search over events, talks, speakers and tools, ranked. Used by workspace symbols,
// the command-palette search and the CLI.
import type { Catalog, Tool } from '../catalog/catalog';
import type { Event, Range, Talk } from '../model';
import { comparePositions, foldText } from '../text';
import { speakerKey, type StoredNote as Note, type TalkEntry, type WorkspaceIndex } from '../workspace-index';
import { SUMMARY_FIELDS } from '../mentions';
import { CATEGORY_LABELS } from './categories';
import { compareStrings, speakerSummary, summarizeSpeaker, type SpeakerSummary } from './resolve-reference';
import { displayText } from './markdown-escape';
import { runToEnd, type Steps } from './steps';

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
  const memo = foldMemo?.get(s);
  if (memo !== undefined) return memo;
  // ASCII needs no normalisation, folds as it lower-cases, and its spaces, punctuation and symbols are these (a test holds it to the full fold).
  const folded = ASCII.test(s) ? s.toLowerCase().replace(ASCII_SKIPPED, '') : foldText(s.normalize('NFKC')).replace(/[\s\p{P}\p{S}]+/gu, '');
  foldMemo?.set(s, folded);
  return folded;
}
const ASCII = /^[\x00-\x7f]*$/;
const ASCII_SKIPPED = /[\t-\r !-/:-@[-`{-~]+/g;
/**
 * Other texts folded while a whole table is made: names, places and dates come back note after
 * note (a third of 184k texts at 10k notes are not ASCII, 37k texts are different), and the
 * Unicode fold costs about a microsecond each.
 */
let foldMemo: Map<string, string> | null = null;

/** fold, for the tests: the fold every text went through before the ASCII one. */
export function foldForTest(s: string): { fast: string; full: string } {
  return { fast: fold(s), full: foldText(s.normalize('NFKC')).replace(/[\s\p{P}\p{S}]+/gu, '') };
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
  return subsequenceScore(query, target);
}

/**
 * subsequenceScore of the query (its characters, `chars`) in text[from, to) (a key of a chunk's
 * text), with the greedy scan's places found by indexOf (native, many times faster than
 * a loop over every character): each query character at its first place after the last one's.
 * Only for texts whose characters' classes hold the query's (the caller's mask test), so the
 * search for a character seldom runs past the text.
 */
function subsequenceByIndexOf(text: string, from: number, to: number, chars: readonly string[]): number {
  const m = chars.length;
  let prev = -2;
  let run = 0;
  let bonus = 0;
  let at = from;
  for (let qi = 0; qi < m; qi++) {
    const p = text.indexOf(chars[qi], at);
    if (p < 0 || p >= to) return 0;
    run = p === prev + 1 ? run + 1 : 1;
    bonus += run;
    prev = p;
    at = p + 1;
  }
  return Math.min(50, 10 + (bonus / (m * m)) * 40);
}

/**
 * The most a subsequence scores when the text does not hold the query (matchScore): the greedy
 * scan matches the query in k ≥ 2 runs (one run would be the query itself), of lengths summing to
 * m, and its bonus, the sum of r(r + 1) / 2 over the runs, is largest for runs of m - 1 and 1:
 * (m - 1)m/2 + 1, so the score is at most 10 + 40 (1/2 - 1/(2m) + 1/m²), which for m ≥ 2 is at
 * most 10 + 40 / 2.
 */
const SUBSEQUENCE_MOST = 30;

/** matchScore of a query that `target` does not hold: an in-order subsequence with a bonus for runs (at most 50), or 0. */
function subsequenceScore(query: string, target: string): number {
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

/**
 * A searchable row: what its result is made from, and the folded texts it matches. An event's or
 * talk's result (label, detail) is made each time the row is offered (resultOf): kept on the
 * row, the results of every talk a query's tool was mentioned in stayed for good (10 MB after
 * the benchmark's 400 queries at 10k notes). A row is kept for every event, talk and speaker of
 * the index (61k at 10k notes), so it holds only what cannot be read elsewhere: its texts are
 * one string (an array of strings, their masks and weights were 200 bytes more a row); weights
 * and bonus come from its kind, masks from the chunk.
 */
export interface Row {
  /** The kind's number (KINDS). */
  kindCode: number;
  /** A speaker's result (made with its row), or a snapshot row's (made when first asked: madeOf); null for an event or a talk of the index. */
  made: Unscored | null;
  /** An event's or talk's label, once asked for (ties are ranked by label; most labels are their title itself). */
  label: string | null;
  uri: string;
  /** The event of an event or talk row. */
  event: Event | undefined;
  /** The talk of a talk row. */
  talk: Talk | undefined;
  /** The folded texts the row matches by, each followed by a line break (folded texts hold none); weighed by KIND_WEIGHTS. A slice of its chunk's text once in one (shareTextsOfRows); empty for a snapshot's row (textsOf). */
  text: string;
  /** The search that last marked this row as a talk mentioning the tool its query names. */
  mark: number;
  /** The search that last scored this row. */
  seen: number;
  /**
   * A row read from a search snapshot: the snapshot's results, and this row's number in them
   * (search-snapshot.ts). A row of the index: null, and its number in the last snapshot made of
   * the index (encodeSearchSnapshot), -1 before one was.
   */
  stored: StoredResults | null;
  at: number;
}

/** What a row read from a search snapshot is answered with: its result, and its event's number (to tell rows of one event). */
export interface StoredResults {
  result(at: number): Unscored;
  eventOf(at: number): number;
}

/** A row's made result: a speaker's, or a snapshot row's (made now, once). */
function madeOf(row: Row): Unscored | null {
  return row.made ?? (row.stored ? (row.made = row.stored.result(row.at)) : null);
}

/**
 * A snapshot chunk's rows, each made when a search first reads it (rowOf): a search reads few of
 * a chunk's rows, and making the 61k rows of the 10k notes' snapshot at once was a third of its
 * reading (and young collections while the index loaded).
 */
export interface LazyRows {
  /** The number of the chunk's first row in the snapshot. */
  base: number;
  stored: StoredResults;
}

/** A chunk's row `r`, made now if it is a snapshot's not read before. */
export function rowOf(chunk: Chunk, r: number): Row {
  return chunk.rows[r] ?? lazyRow(chunk, r);
}

/** A snapshot's row (every field in makeRow's order); its URI is its result's, made when first asked (madeOf). */
function lazyRow(chunk: Chunk, r: number): Row {
  const { base, stored } = chunk.lazy!;
  return (chunk.rows[r] = storedRow(chunk.kinds[r], '', stored, base + r));
}

/** Whether a chunk's rows `a` and `b` are of one event: the same event object, or for a snapshot's rows the same event number. */
function sameEvent(chunk: Chunk, a: number, b: number): boolean {
  const lazy = chunk.lazy;
  if (lazy) return lazy.stored.eventOf(lazy.base + a) === lazy.stored.eventOf(lazy.base + b);
  return chunk.rows[a].event === chunk.rows[b].event;
}

/** One bit per character class (code mod 31): a cheap, exact test that a text lacks a character. */
function charMask(s: string): number {
  let m = 0;
  for (let i = 0; i < s.length; i++) m |= 1 << (s.charCodeAt(i) % 31);
  return m;
}

/**
 * A row from its result and folded texts. Every row is made here with every field, in one order:
 * rows of one shape keep the scan's property reads monomorphic (a `mark` or `seen` added to some
 * rows later would give them shapes of their own).
 */
function makeRow(kind: (typeof KINDS)[number], made: Unscored | null, uri: string, event: Event | undefined, talk: Talk | undefined, keys: string[]): Row {
  // join makes one flat string (concatenation would keep a tree of pieces).
  keys.push('');
  return { kindCode: KINDS.indexOf(kind), made, label: null, uri, event, talk, text: keys.join('\n'), mark: 0, seen: 0, stored: null, at: -1 };
}

/** A row read from a search snapshot (search-snapshot.ts), with every field in makeRow's order; its texts are set with its chunk's (chunkOfRows). */
function storedRow(kindCode: number, uri: string, stored: StoredResults, at: number): Row {
  return { kindCode, made: null, label: null, uri, event: undefined, talk: undefined, text: '', mark: 0, seen: 0, stored, at };
}

/** A row's folded texts (searchByDefinition reads them one by one). */
function keysOf(row: Row): string[] {
  return row.text.slice(0, -1).split('\n');
}

/** A row's result: a speaker's as made with the row, an event's or talk's made now. */
export function resultOf(row: Row): Unscored {
  const made = madeOf(row);
  if (made) return made;
  const event = row.event!;
  if (row.kindCode === KIND_EVENT) {
    return {
      kind: 'event',
      id: event.id,
      label: labelOf(row),
      detail: displayText([event.date, event.location, `${event.talks.length} talks`].filter(Boolean).join(' · ')),
      uri: row.uri,
      range: event.nameRange,
    };
  }
  const talk = row.talk!;
  return {
    kind: 'talk',
    id: talk.id,
    label: labelOf(row),
    detail: displayText([talk.speakers.map((s) => s.name).join(', '), event.name, event.date].filter(Boolean).join(' · ')),
    uri: row.uri,
    range: talk.titleRange,
  };
}

function labelOf(row: Row): string {
  const made = madeOf(row);
  if (made) return made.label;
  return (row.label ??= displayText(row.kindCode === KIND_EVENT ? row.event!.name : row.talk!.title));
}

/** Rows that go to one chunk of the table (chunkOf), a note's or a speaker's. */
export interface Piece {
  rows: Row[];
  chunk: number;
}

function pieceOf(rows: Row[], hashed: string): Piece {
  return { rows, chunk: chunkOf(hashed, isWide(rows)) };
}

function isWide(rows: Row[]): boolean {
  for (const row of rows) if (WIDE.test(row.text)) return true;
  return false;
}

/** A character above U+00FF. */
const WIDE = /[^\u0000-\u00ff]/;

/**
 * A note's event and talk rows with their folded texts, made once per note: notes are replaced,
 * never changed, so an edit re-folds one note, not the workspace.
 */
interface NoteRows extends Piece {
  /** The note's talk rows: rows[firstTalk..] (events first). */
  firstTalk: number;
}

const noteRows = new WeakMap<Note, NoteRows>();

function rowsOf(note: Note): NoteRows {
  let rows = noteRows.get(note);
  if (rows) return rows;
  let talkCount = 0;
  for (const event of note.events) talkCount += event.talks.length;
  // Of its exact length: an array grown by push keeps room for 16.
  const all = new Array<Row>(note.events.length + talkCount);
  let e = 0;
  let t = note.events.length;
  for (const event of note.events) {
    all[e++] = makeRow('event', null, note.uri, event, undefined, [fold(event.name), fold(event.location ?? ''), fold(event.date ?? '')]);
    for (const talk of event.talks) {
      // (Its title in another language too: "module versions" finds "테라폼 모듈 버전 관리 (“Managing module versions”)".)
      const keys = talk.otherTitle !== undefined ? [fold(talk.title), fold(talk.otherTitle)] : [fold(talk.title)];
      for (const s of talk.speakers) keys.push(fold(s.name));
      all[t++] = makeRow('talk', null, note.uri, event, talk, keys);
    }
  }
  // Written out, not spread from pieceOf's: spread and a field added made a hidden class (and a property array) per note.
  rows = { rows: all, chunk: chunkOf(note.uri, isWide(all)), firstTalk: note.events.length };
  noteRows.set(note, rows);
  return rows;
}

/** A note's talk row for one of its talks: a note has a few talks (a map by talk kept 47k entries at 10k notes). */
function talkRowOf(note: Note, talk: Talk): Row | undefined {
  const { rows, firstTalk } = rowsOf(note);
  for (let i = firstTalk; i < rows.length; i++) if (rows[i].talk === talk) return rows[i];
  return undefined;
}

/**
 * Each kind's bonus and the weights of its texts: an event's name, place and date; a talk's title,
 * then its title in another language if it has one, and its speakers (every one after the first text weighs the same); a speaker's name, then
 * their organisations.
 */
const BONUS = { event: 2, talk: 0, speaker: 1 } as const;
const WEIGHTS = { event: [1, 0.8, 0.7], talk: [1, 0.6], speaker: [1, 0.5] } as const;
/** By kind code (Chunk.kinds). */
export const KINDS = ['event', 'talk', 'speaker'] as const;
const KIND_BONUS = KINDS.map((k) => BONUS[k]);
const KIND_WEIGHTS = KINDS.map((k) => WEIGHTS[k]);
const KIND_EVENT = KINDS.indexOf('event');

/**
 * A query's texts are searched in chunks, each one string: a few dozen indexOf calls over long
 * strings instead of one per key of every row. A piece's chunk comes from its note's URI (or its
 * speaker's key), so after an edit only the chunks holding what changed are joined again. Texts
 * with a character above U+00FF go to chunks of their own: the others stay one byte per character
 * (faster to search), and a query with such a character skips them.
 */
export const CHUNKS = 32;

function chunkOf(hashed: string, wide: boolean): number {
  let h = 0;
  for (let i = 0; i < hashed.length; i++) h = (Math.imul(h, 31) + hashed.charCodeAt(i)) | 0;
  return (wide ? CHUNKS : 0) + ((h >>> 0) % CHUNKS);
}

/**
 * One chunk: its pieces, their texts joined, and per row where its keys begin (and, last, where
 * the text ends), its mask, its kind (KINDS) and the last search that looked at it. The
 * subsequence search reads only these arrays and the text until a row scores.
 */
export interface Chunk {
  pieces: Piece[];
  text: string;
  starts: Int32Array;
  rows: Row[];
  masks: Int32Array;
  kinds: Uint8Array;
  seen: Int32Array;
  /** Each row's first key (and, last, the number of keys), each key's start in the text (and, last, the text's end) and mask. */
  rowKeys: Int32Array;
  keyStarts: Int32Array;
  keyMasks: Int32Array;
  /** Holds a character above U+00FF. */
  wide: boolean;
  /** A snapshot's chunk: its rows are made when first read (rowOf); null for the index's. */
  lazy: LazyRows | null;
}

function makeChunk(pieces: Piece[], wide: boolean): Chunk {
  let count = 0;
  for (const p of pieces) count += p.rows.length;
  const starts = new Int32Array(count + 1);
  const rows: Row[] = new Array(count);
  const kinds = new Uint8Array(count);
  const parts = new Array<string>(count);
  let r = 0;
  let at = 0;
  for (const p of pieces) {
    for (let i = 0; i < p.rows.length; i++, r++) {
      const row = p.rows[i];
      starts[r] = at;
      rows[r] = row;
      kinds[r] = row.kindCode;
      parts[r] = row.text;
      at += row.text.length;
    }
  }
  starts[count] = at;
  // Every text followed by a line break (rows' texts end with one); join makes one flat string.
  return chunkOfRows(pieces, rows, kinds, starts, parts.join(''), wide, null);
}

/**
 * A chunk from its rows, their kinds, its text (every row's texts, each followed by a line break)
 * and where each row's texts begin in it (and, last, its end): rows made from the index
 * (makeChunk) or read from a search snapshot (search-snapshot.ts), whose reader has checked that
 * every row's texts end with a line break. Rows of the index take their texts from it
 * (`shareTextsOfRows`: an update compares them); a snapshot's rows (`lazy`: `rows` has a hole for
 * each, until it is read) are never updated, and a search reads texts from the chunk.
 */
export function chunkOfRows(pieces: Piece[], rows: Row[], kinds: Uint8Array, starts: Int32Array, text: string, wide: boolean, lazy: LazyRows | null): Chunk {
  const count = rows.length;
  const at = starts[count];
  const masks = new Int32Array(count);
  let keys = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) keys++;
  const rowKeys = new Int32Array(count + 1);
  const keyStarts = new Int32Array(keys + 1);
  const keyMasks = new Int32Array(keys);
  // Each text's start and charMask, and each row's mask, in one pass over the text.
  let k = 0;
  let i = 0;
  for (let r = 0; r < count; r++) {
    rowKeys[r] = k;
    let rowMask = 0;
    for (const end = starts[r + 1]; i < end; ) {
      keyStarts[k] = i;
      let m = 0;
      for (let c = text.charCodeAt(i); c !== 10; c = text.charCodeAt(++i)) m |= 1 << (c % 31);
      i++;
      keyMasks[k++] = m;
      rowMask |= m;
    }
    masks[r] = rowMask;
  }
  rowKeys[count] = k;
  keyStarts[k] = at;
  if (!lazy) shareTextsOfRows(rows, 0, count, text, starts);
  return { pieces, text, starts, rows, masks, kinds, seen: new Int32Array(count), rowKeys, keyStarts, keyMasks, wide, lazy };
}

/**
 * Rows [from, to) of a chunk take their texts as slices of the chunk's text (equal strings): a
 * row's own copy kept every text twice (4.5 MB at 10k notes). A row moved to a chunk made again
 * takes a slice of the new text, so an old chunk's text does not stay alive for its rows.
 */
function shareTextsOfRows(rows: Row[], from: number, to: number, text: string, starts: Int32Array): void {
  for (let r = from; r < to; r++) rows[r].text = text.slice(starts[r], starts[r + 1]);
}

/**
 * The table: per chunk its pieces by key (a note's URI, or a speaker's key after a NUL) and the
 * chunk made from them, every note's rows by URI, every speaker's row with the index's stamp for
 * that speaker. Chunks are never changed once made: an update makes new ones for the chunks it
 * touches, so a sliced search still reading the old table reads a consistent one.
 */
export interface Table {
  version: number;
  chunks: Chunk[];
  pieces: Array<Map<string, Piece>>;
  notes: Map<string, { note: Note; rows: NoteRows }>;
  speakers: Map<string, { stamp: number; piece: Piece | null }>;
}

/**
 * The rows of the whole index: note rows are made once per note (rowsOf), speaker rows once per
 * change of that speaker. After changes, only the notes they touched (the index's journal names
 * each changed note as `link:` + its URI: WorkspaceIndex.touchedSince) and those notes' speakers
 * are looked at, and only the chunks holding them are made again: an edit costs its own note,
 * not a pass over the workspace (workspace symbols ask on every keystroke).
 */
const tables = new WeakMap<WorkspaceIndex, Table>();

/**
 * Brings the search rows up to date in steps (the server runs it after changes, so the next query
 * finds them made); the first time, also every tool's first mention. After an edit, the first
 * mentions of the note's tools (sixty for a long note) are made again only when a query needs them.
 */
export function* searchTableSteps(index: WorkspaceIndex): Steps<void> {
  yield* tableSteps(index);
  if (firstMentionsMade.has(index)) return;
  yield* firstMentionSteps(index);
  firstMentionsMade.add(index);
}
const firstMentionsMade = new WeakSet<WorkspaceIndex>();

const SPEAKER_PREFIX = '\u0000';

/**
 * Notes (or speakers) whose rows are made between two yields, for a whole table or for the notes
 * an update brings. The 10k notes' table took 0.87 s in-process, most of it folding the notes'
 * texts: 64 notes (steps.ts' STEP) made steps of about 4 ms, which a request coming meanwhile waited for.
 */
const ROWS_STEP = 16;

function* tableSteps(index: WorkspaceIndex): Steps<Table> {
  const cached = tables.get(index);
  if (cached && cached.version === index.version) return cached;
  const version = index.version;
  const touched = cached ? index.touchedSince(cached.version) : null;
  // An update is kept whatever changed while it was made (see updatedTable); a full build only if nothing did.
  if (touched) return yield* updatedTable(index, cached!, touched, version);
  const table = yield* fullTable(index);
  // Kept as of the version it began at, also when notes changed while it was made (an edit while
  // the table of a whole index is made, a second at 10k notes): it holds each note as it was then
  // or later, and the next search brings forward the notes changed since (updatedTable), unless a
  // newer table is kept already.
  const now = tables.get(index);
  if (!now || now.version < table.version) tables.set(index, table);
  return table;
}

function* fullTable(index: WorkspaceIndex): Steps<Table> {
  foldMemo = new Map();
  try {
    return yield* fullTableFolded(index);
  } finally {
    foldMemo = null;
  }
}

function* fullTableFolded(index: WorkspaceIndex): Steps<Table> {
  const version = index.version;
  const pieces = Array.from({ length: 2 * CHUNKS }, () => new Map<string, Piece>());
  const notes = new Map<string, { note: Note; rows: NoteRows }>();
  // Each speaker's talks, gathered from the notes on the way (as the index lists them: note after
  // note in its order, a talk once per speaker of the key), and each name's key computed once,
  // instead of looking up each talk by id and each speaker's key again (speakerEntry: 0.4 s at
  // 10k notes). The talks are the index's own entries (a copy of each with its keys was 40k
  // objects and arrays at 10k notes).
  const speakerTalks = new Map<string, TalkEntry[]>();
  const keys = new Map<string, string>();
  let n = 0;
  for (const note of index.notes()) {
    const rows = rowsOf(note);
    notes.set(note.uri, { note, rows });
    pieces[rows.chunk].set(note.uri, rows);
    for (const entry of index.talksOfNote(note)) {
      const speakers = entry.talk.speakers;
      for (let i = 0; i < speakers.length; i++) {
        const name = speakers[i].name;
        let key = keys.get(name);
        if (key === undefined) keys.set(name, (key = speakerKey(name)));
        const list = speakerTalks.get(key);
        if (list) list.push(entry);
        else speakerTalks.set(key, [entry]);
      }
    }
    // Short steps: a background step holds up a request that comes while it runs.
    if (++n % ROWS_STEP === 0) yield;
  }
  const keyAt = (t: TalkEntry, i: number): string => keys.get(t.talk.speakers[i].name)!;
  const speakers = new Map<string, { stamp: number; piece: Piece | null }>();
  for (const key of index.speakerKeys()) {
    // Gathered from the notes as the index has them now (else looked up).
    const talks = index.version === version ? speakerTalks.get(key) : undefined;
    let entry: { stamp: number; piece: Piece | null };
    if (talks) {
      const row = speakerRowOf(summarizeSpeaker(key, key, talks, keyAt));
      entry = { stamp: index.speakerStamp(key), piece: row && pieceOf([row], key) };
    } else entry = speakerEntry(index, key);
    speakers.set(key, entry);
    if (entry.piece) pieces[entry.piece.chunk].set(SPEAKER_PREFIX + key, entry.piece);
    if (++n % ROWS_STEP === 0) yield;
  }
  const chunks: Chunk[] = [];
  for (let c = 0; c < pieces.length; c++) {
    chunks.push(makeChunk([...pieces[c].values()], c >= CHUNKS));
    yield;
  }
  return { version, chunks, pieces, notes, speakers };
}

/**
 * The table after the changes that touched `keys` (taken at index version `version`). What changes is worked out
 * and the chunks it touches are made first, without changing anything `before` holds (a search
 * may stop at any step and never come back); then, in one step, the maps are updated in place
 * (copying them cost more than the edit) and a new table gets the new chunks. Searches read only
 * a table's chunks, which are never changed.
 */
function* updatedTable(index: WorkspaceIndex, before: Table, keys: Set<string>, version: number): Steps<Table> {
  const noteChanges = new Map<string, { note: Note; rows: NoteRows } | null>();
  const speakerChanges = new Map<string, { stamp: number; piece: Piece | null } | null>();
  /** Per chunk, its pieces that go (null) or come. */
  const pieceChanges = new Map<number, Map<string, Piece | null>>();
  const change = (c: number, key: string, piece: Piece | null) => {
    let m = pieceChanges.get(c);
    if (!m) pieceChanges.set(c, (m = new Map()));
    m.set(key, piece);
  };
  const speakerKeys = new Set<string>();
  const addSpeakers = (note: Note) => {
    for (const e of note.events) for (const t of e.talks) for (const sp of t.speakers) speakerKeys.add(speakerKey(sp.name));
  };
  let n = 0;
  for (const key of keys) {
    if (!key.startsWith('link:')) continue;
    const uri = key.slice(5);
    const old = before.notes.get(uri);
    const now = index.note(uri);
    if (old?.note === now) continue;
    if (old) {
      addSpeakers(old.note);
      change(old.rows.chunk, uri, null);
    }
    if (now) {
      addSpeakers(now);
      const rows = rowsOf(now);
      change(rows.chunk, uri, rows);
      noteChanges.set(uri, { note: now, rows });
    } else noteChanges.set(uri, null);
    if (++n % ROWS_STEP === 0) yield;
  }
  for (const key of speakerKeys) {
    const stamp = index.speakerStamp(key);
    const old = before.speakers.get(key);
    if (old && old.stamp === stamp) continue;
    if (old?.piece) change(old.piece.chunk, SPEAKER_PREFIX + key, null);
    const entry = stamp ? speakerEntry(index, key) : null;
    speakerChanges.set(key, entry);
    if (entry?.piece) change(entry.piece.chunk, SPEAKER_PREFIX + key, entry.piece);
    if (++n % ROWS_STEP === 0) yield;
  }
  const chunks = before.chunks.slice();
  for (const [c, changes] of pieceChanges) {
    chunks[c] = patchedChunk(before.chunks[c], before.pieces[c], changes) ?? makeChunk(piecesAfter(before.pieces[c], changes), c >= CHUNKS);
    yield;
  }
  // Another run brought the table forward meanwhile: start again from where it is now.
  if (tables.get(index) !== before) return yield* tableSteps(index);
  for (const [uri, entry] of noteChanges) entry ? before.notes.set(uri, entry) : before.notes.delete(uri);
  for (const [key, entry] of speakerChanges) entry ? before.speakers.set(key, entry) : before.speakers.delete(key);
  for (const [c, changes] of pieceChanges) {
    const pieces = before.pieces[c];
    for (const [key, piece] of changes) piece ? pieces.set(key, piece) : pieces.delete(key);
  }
  // As of `version`: every change up to it is in; one made while this ran may be in or not, and
  // the next update looks at it again (it compares what the maps hold with the index, so a change
  // already in is passed over).
  const table: Table = { version, chunks, pieces: before.pieces, notes: before.notes, speakers: before.speakers };
  tables.set(index, table);
  return table;
}

/** A chunk's pieces after changes: a piece replaced keeps its place (as Map.set keeps a key's), new ones come last. */
function piecesAfter(pieces: Map<string, Piece>, changes: Map<string, Piece | null>): Piece[] {
  const list: Piece[] = [];
  for (const [key, piece] of pieces) {
    const next = changes.get(key);
    if (next === undefined) list.push(piece);
    else if (next) list.push(next);
  }
  for (const [key, piece] of changes) if (piece && !pieces.has(key)) list.push(piece);
  return list;
}

/**
 * The chunk with pieces replaced by pieces whose rows have the same kinds and texts (an edit
 * that renames nothing; a speaker whose newest talk moved): its text and arrays stay, only its
 * rows are new. Null when a text, a row or a piece comes or goes.
 */
function patchedChunk(chunk: Chunk, pieces: Map<string, Piece>, changes: Map<string, Piece | null>): Chunk | null {
  for (const [key, piece] of changes) {
    const old = pieces.get(key);
    if (!piece || !old || !sameTexts(old.rows, piece.rows)) return null;
  }
  const rows = chunk.rows.slice();
  let r = 0;
  for (const [key, piece] of pieces) {
    const next = changes.get(key);
    if (next) {
      for (let i = 0; i < next.rows.length; i++) rows[r + i] = next.rows[i];
      shareTextsOfRows(rows, r, r + next.rows.length, chunk.text, chunk.starts);
    }
    r += piece.rows.length;
  }
  return { ...chunk, rows };
}

function sameTexts(a: Row[], b: Row[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].kindCode !== b[i].kindCode || a[i].text !== b[i].text) return false;
  return true;
}

function speakerEntry(index: WorkspaceIndex, key: string): { stamp: number; piece: Piece | null } {
  const row = speakerRow(index, key);
  return { stamp: index.speakerStamp(key), piece: row && pieceOf([row], key) };
}

function speakerRow(index: WorkspaceIndex, key: string): Row | null {
  const entry = index.speaker(key);
  return entry ? speakerRowOf(speakerSummary(entry)) : null;
}

/** A speaker's row, from their summary. */
function speakerRowOf(sp: SpeakerSummary): Row | null {
  const first = sp.newest;
  if (!first) return null;
  const made: Unscored = {
    kind: 'speaker',
    // The key of the name chosen, which is a name of this key.
    id: sp.key,
    label: displayText(sp.name),
    detail: displayText([sp.orgs.join(', '), `${sp.talkCount} talk${sp.talkCount === 1 ? '' : 's'}`].filter(Boolean).join(' · ')),
    uri: first.note.uri,
    range: first.talk.titleRange,
  };
  return makeRow('speaker', made, first.note.uri, undefined, undefined, [fold(sp.name), ...sp.orgs.map(fold)]);
}

/** The weight of a row's text `k` (WEIGHTS: every text after the first of a talk or speaker weighs the same). */
function weightOf(kindCode: number, k: number): number {
  const weights = KIND_WEIGHTS[kindCode];
  return weights[Math.min(k, weights.length - 1)];
}

export type Unscored = Omit<SearchResult, 'score'>;

/** Best first: score, then label, then place; a total order, so equal inputs give equal answers. */
function compareScored(aScore: number, a: Unscored, bScore: number, b: Unscored): number {
  return bScore - aScore || a.label.localeCompare(b.label) || compareStrings(a.uri, b.uri) || comparePositions(a.range.start, b.range.start) || compareStrings(a.kind, b.kind) || compareStrings(a.id, b.id);
}

function compareResults(a: SearchResult, b: SearchResult): number {
  return compareScored(a.score, a, b.score, b);
}

/**
 * A candidate among the best so far: what the ranking reads (compareKept: score, label, place,
 * kind, id) and what its result is made from once it is an answer, a row or a tool's result. A
 * result's detail is made only for the answers: a much mentioned tool's talks, offered at 55 in
 * their thousands, got in about 470 times to keep 200 (each making its detail and a copy).
 */
class Kept {
  score = 0;
  label = '';
  uri = '';
  line = 0;
  character = 0;
  kind: SearchKind = 'talk';
  id = '';
  row: Row | null = null;
  result: Unscored | null = null;
}

/** Fills `k` with a row's candidate. */
function keepRow(k: Kept, row: Row, score: number): Kept {
  k.score = score;
  k.row = row;
  k.result = null;
  const made = madeOf(row);
  if (made) return keepPlace(k, made);
  k.label = labelOf(row);
  k.uri = row.uri;
  if (row.kindCode === KIND_EVENT) {
    const event = row.event!;
    k.kind = 'event';
    k.id = event.id;
    k.line = event.nameRange.start.line;
    k.character = event.nameRange.start.character;
  } else {
    const talk = row.talk!;
    k.kind = 'talk';
    k.id = talk.id;
    k.line = talk.titleRange.start.line;
    k.character = talk.titleRange.start.character;
  }
  return k;
}

/** Fills `k` with a made result's candidate. */
function keepResult(k: Kept, result: Unscored, score: number): Kept {
  k.score = score;
  k.row = null;
  k.result = result;
  return keepPlace(k, result);
}

function keepPlace(k: Kept, result: Unscored): Kept {
  k.label = result.label;
  k.uri = result.uri;
  k.kind = result.kind;
  k.id = result.id;
  k.line = result.range.start.line;
  k.character = result.range.start.character;
  return k;
}

/** compareScored of two candidates. */
function compareKept(a: Kept, b: Kept): number {
  return b.score - a.score || a.label.localeCompare(b.label) || compareStrings(a.uri, b.uri) || a.line - b.line || a.character - b.character || compareStrings(a.kind, b.kind) || compareStrings(a.id, b.id);
}

/** A candidate's result. */
function resultOfKept(k: Kept): SearchResult {
  const r = k.row ? resultOf(k.row) : k.result!;
  return { kind: r.kind, id: r.id, label: r.label, detail: r.detail, uri: r.uri, range: r.range, score: k.score };
}

/**
 * The best `limit` candidates seen so far: a heap whose root is the worst kept. Most candidates
 * are turned away by one comparison with the root, so a query that matches everything (the empty
 * one) costs about one comparison per row instead of a sort of every row. A row turned away by
 * its score or label is read no further.
 */
class TopK {
  readonly heap: Kept[] = [];
  /** A row's candidate while it is compared with the root. */
  private readonly probe = new Kept();
  constructor(private readonly limit: number) {}

  /** Offers a row: kept only if it is among the best so far. */
  offerRow(row: Row, score: number): void {
    const h = this.heap;
    if (this.limit <= 0) return;
    if (h.length < this.limit) return this.push(keepRow(new Kept(), row, score));
    const root = h[0];
    if (score < root.score) return;
    if (score === root.score) {
      // Ties go by label first: most are settled there, without reading the row's talk or event.
      const byLabel = labelOf(row).localeCompare(root.label);
      if (byLabel > 0 || (byLabel === 0 && compareKept(keepRow(this.probe, row, score), root) >= 0)) return;
    }
    // The root is turned away: its candidate is filled with this one.
    keepRow(root, row, score);
    this.down();
  }

  /** Offers a made result (a tool's). */
  offer(result: Unscored, score: number): void {
    const h = this.heap;
    if (this.limit <= 0) return;
    if (h.length < this.limit) return this.push(keepResult(new Kept(), result, score));
    if (compareKept(keepResult(this.probe, result, score), h[0]) >= 0) return;
    keepResult(h[0], result, score);
    this.down();
  }

  private push(k: Kept): void {
    const h = this.heap;
    h.push(k);
    for (let i = h.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (compareKept(h[p], h[i]) >= 0) break;
      [h[p], h[i]] = [h[i], h[p]];
      i = p;
    }
  }

  /** Sifts the root down to its place. */
  private down(): void {
    const h = this.heap;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const rr = l + 1;
      let worst = i;
      if (l < h.length && compareKept(h[l], h[worst]) > 0) worst = l;
      if (rr < h.length && compareKept(h[rr], h[worst]) > 0) worst = rr;
      if (worst === i) break;
      [h[worst], h[i]] = [h[i], h[worst]];
      i = worst;
    }
  }

  sorted(): SearchResult[] {
    return this.heap.slice().sort(compareKept).map(resultOfKept);
  }
}

/**
 * Which rows a search reads: the table brought up to date with the index first (`current`), or
 * the table as it was last made when there is one (`kept`). While a whole folder is indexed, each
 * update adds hundreds of notes spread over every chunk and makes all of them again: a
 * workspace-symbol query every 200 ms during a 10k cold start took a third of the main thread
 * and raised its peak by 85 MB, so the server asks for `kept` between updates then.
 */
export type TableFreshness = 'current' | 'kept';

/**
 * The search, in steps: it yields every few dozen rows so that a caller (the language server)
 * can let other requests in and stop a cancelled one. `searchIndex` runs it to the end at once.
 */
export function* searchSteps(index: WorkspaceIndex, query: string, limit = 50, kinds?: SearchKind[], freshness: TableFreshness = 'current'): Steps<SearchResult[]> {
  return yield* searchOver(indexSource(index, freshness), query, limit, kinds);
}

/**
 * What a search reads: the rows, and what is known of the tools. The index's (indexSource), or a
 * search snapshot's, read with the persistent index and answering while the index loads
 * (search-snapshot.ts).
 */
export interface SearchSource {
  readonly catalog: Catalog;
  table(): Steps<Table>;
  /** The talk rows of the talks mentioning a tool. */
  talkRows(toolId: string): Row[];
  /** The mentioned tools, with their mention counts. */
  mentionedTools(): ReadonlyArray<{ toolId: string; count: number }>;
  /** A tool's first mention in path order. */
  firstMention(toolId: string): { uri: string; range: Range } | null;
}

/** The index as a search reads it: its rows brought up to date (or as last made: TableFreshness). */
export function indexSource(index: WorkspaceIndex, freshness: TableFreshness = 'current'): SearchSource {
  return {
    catalog: index.catalog,
    *table() {
      return (freshness === 'kept' ? tables.get(index) : undefined) ?? (yield* tableSteps(index));
    },
    talkRows: (toolId) => talkRowsMentioning(index, toolId),
    mentionedTools: () => mentionedTools(index),
    firstMention: (toolId) => firstMention(index, toolId),
  };
}

/** Whether the index's rows were ever made (after which a search snapshot is no longer needed). */
export function hasSearchTable(index: WorkspaceIndex): boolean {
  return tables.has(index);
}

/** The search over a source, in steps. */
export function* searchOver(source: SearchSource, query: string, limit = 50, kinds?: SearchKind[]): Steps<SearchResult[]> {
  const q = fold(query);
  const qMask = charMask(q);
  const want = (k: SearchKind) => !kinds || kinds.includes(k);
  const top = new TopK(limit);
  const table = yield* source.table();

  // A query that names a tool (in any spelling) also finds the talks that mention it.
  const tool = q.length >= 2 ? source.catalog.lookup(query) : undefined;
  // This search's number: rows are marked with it (a talk mentioning the tool; a row already scored).
  const id = ++searches;
  const marked = tool ? source.talkRows(tool.id) : [];
  for (const row of marked) row.mark = id;

  const wanted = KINDS.map(want);

  if (!q) {
    // The empty query: every row (every row is in one chunk; the order rows are offered in does not
    // change the answer). matchScore gives the empty query 1 on every text, and a row's first text
    // weighs 1: a row scores 1 plus its bonus. Its result is made only if that can get in.
    for (const chunk of table.chunks) {
      const { kinds } = chunk;
      for (let i = 0; i < kinds.length; i++) {
        const kind = kinds[i];
        const score = 1 + KIND_BONUS[kind];
        if (wanted[kind]) top.offerRow(rowOf(chunk, i), score);
        if ((i & SCAN_STEP) === SCAN_STEP) yield;
      }
      yield;
    }
  } else {
    const wideQuery = WIDE.test(q);
    // Rows holding the query in one of their texts: indexOf over each chunk's text. Each is scored
    // from the chunk's arrays alone (where its texts start, the hits' places), and only those
    // that can still be among the best `limit` are made into results and offered: a short query
    // ("a") is held by most rows, and making and ranking a result for each cost over 100 ms.
    const found = new Candidates();
    const finder = finderOf(q);
    // Talks mentioning the query's tool score at least 55: only then are row objects read here.
    const anyMarked = marked.length > 0;
    // A query of one character is held by most rows, but begins few of their texts: a text that
    // begins with it scores 80 and up (times its weight), a row that only holds it at most
    // SUBSTRING_MOST. When `limit` rows score more than that, the others are not looked for.
    let substrings = true;
    if (q.length === 1) {
      const first = q.charCodeAt(0);
      for (let c = 0; c < table.chunks.length; c++) {
        const chunk = table.chunks[c];
        const { text, kinds, seen, rowKeys, keyStarts } = chunk;
        if (wideQuery && !chunk.wide) continue;
        // Each text's first character, row by row (a search for a line break and the query stopped at every text).
        for (let r = 0; r < kinds.length; r++) {
          for (let k = rowKeys[r], last = rowKeys[r + 1]; k < last; k++) {
            if (text.charCodeAt(keyStarts[k]) !== first) continue;
            seen[r] = id;
            // Every hit of the row counts, also those before this one.
            const total = wanted[kinds[r]] ? substringRowScore(chunk, r, text.indexOf(q, keyStarts[rowKeys[r]]), finder, id, anyMarked) : 0;
            if (total > 0) found.add(total, c, r);
            break;
          }
        }
        yield;
      }
      substrings = !(found.count >= limit && found.least(limit) > SUBSTRING_MOST);
    }
    for (let c = 0; substrings && c < table.chunks.length; c++) {
      const chunk = table.chunks[c];
      const { text, starts, kinds, seen } = chunk;
      if (wideQuery && !chunk.wide) continue;
      let lo = 0;
      for (let at = findFrom(text, 0, finder); at >= 0; ) {
        // The row whose texts hold `at`: the last that starts at or before it (a hit lies before
        // the text's end, starts[rows.length], so never past the last row). Hits come in order.
        lo = rowAtOrAfter(starts, at, lo);
        const end = starts[lo + 1];
        // Scored by its texts' beginnings already.
        if (seen[lo] === id) {
          at = findFrom(text, end, finder);
          continue;
        }
        seen[lo] = id;
        if (!wanted[kinds[lo]]) {
          at = findFrom(text, end, finder);
          continue;
        }
        const total = substringRowScore(chunk, lo, at, finder, id, anyMarked);
        if (total > 0) found.add(total, c, lo);
        at = hitAfterRow;
      }
      yield;
    }
    // A query of several words that no row holds as typed: the rows holding every word.
    const words = found.count === 0 && wanted.some(Boolean) ? queryWords(query) : null;
    if (words) yield* multiWordRows(table, words, wanted, id, found);
    // Talks mentioning the tool that none of their texts holds: a subsequence scores at most 50
    // (and a talk has no bonus), so they score 55.
    const unseen: Row[] = [];
    if (wanted[KIND_TALK]) {
      for (let i = 0; i < marked.length; i++) {
        const row = marked[i];
        if (row.seen === id) continue;
        row.seen = id;
        unseen.push(row);
      }
    }
    // Only rows scoring at least the limit-th best score can be among the results (ties go by label).
    const least = found.least(limit, 55, unseen.length);
    for (let i = 0; i < found.count; i++) {
      if ((i & SCAN_STEP) === SCAN_STEP) yield;
      const score = found.scores[i];
      if (score < least) continue;
      top.offerRow(rowOf(table.chunks[found.chunks[i]], found.rows[i]), score);
    }
    if (least <= 55) {
      for (let i = 0; i < unseen.length; i++) {
        if ((i & SCAN_STEP) === SCAN_STEP) yield;
        top.offerRow(unseen[i], 55);
      }
    }
  }

  if (want('tool')) {
    for (const { toolId, count } of source.mentionedTools()) {
      const r = toolResult(source.catalog, q, tool, toolId, count, source.firstMention);
      if (!r) continue;
      top.offer(r.result, r.score);
      yield;
    }
  }

  // Rows none of whose texts holds the query can still hold it as a subsequence (at most
  // SUBSEQUENCE_MOST times the text's weight, plus the row's bonus): looked for only while such a
  // score could still get in, in the chunks' texts and arrays (a row object is read only once its
  // score could get in). A one-character query has no subsequence that is not a substring.
  if (q.length >= 2) {
    const m = q.length;
    const chars = Array.from({ length: m }, (_, i) => q[i]);
    const wideQuery = WIDE.test(q);
    // The scores of the best `limit` so far, as numbers: the floor rises as rows score, and only
    // the rows still at or above it at the end are made into results and ranked (a query of
    // common letters is a subsequence of thousands of texts).
    const best = new ScoreHeap(limit);
    for (const r of top.heap) best.push(r.score);
    const later = new Candidates();
    for (let c = 0; c < table.chunks.length; c++) {
      const { text, rows, masks, kinds, seen, rowKeys, keyStarts, keyMasks, wide } = table.chunks[c];
      if (best.floor() > SUBSEQUENCE_MOST + MAX_BONUS) break;
      if (wideQuery && !wide) continue;
      for (let r = 0; r < rows.length; r++) {
        if ((qMask & ~masks[r]) !== 0 || seen[r] === id) continue;
        const kind = kinds[r];
        if (!wanted[kind]) continue;
        const bonus = KIND_BONUS[kind];
        const weights = KIND_WEIGHTS[kind];
        const f = best.floor();
        if (SUBSEQUENCE_MOST + bonus < f) continue;
        let score = 0;
        for (let k = rowKeys[r], first = k, last = rowKeys[r + 1]; k < last; k++) {
          // A subsequence lies within one key: the key's own mask must hold the query's.
          if ((qMask & ~keyMasks[k]) !== 0) continue;
          const w = weights[Math.min(k - first, weights.length - 1)];
          const sub = w * SUBSEQUENCE_MOST;
          if (sub <= score || sub + bonus < f) continue;
          score = Math.max(score, w * subsequenceByIndexOf(text, keyStarts[k], keyStarts[k + 1] - 1, chars));
        }
        // Below the worst kept result, it would be turned away.
        if (score <= 0 || score + bonus < f) continue;
        // A marked talk was offered with 55 already (a snapshot's row not made yet is not marked).
        const row = rows[r] as Row | undefined;
        if (row) {
          if (row.seen === id) continue;
          row.seen = id;
        }
        later.add(score + bonus, c, r);
        best.push(score + bonus);
      }
      yield;
    }
    const least = best.floor();
    for (let i = 0; i < later.count; i++) {
      if (later.scores[i] >= least) top.offerRow(rowOf(table.chunks[later.chunks[i]], later.rows[i]), later.scores[i]);
    }
  }

  return top.sorted();
}

/** A mentioned tool's result for the (folded) query, if it matches; `named`: the tool the query names. */
function toolResult(catalog: Catalog, q: string, named: Tool | undefined, toolId: string, count: number, first: (toolId: string) => { uri: string; range: Range } | null): { result: Unscored; score: number } | null {
  const t = catalog.get(toolId);
  if (!t) return null;
  const names = foldedToolNames(catalog).get(toolId) ?? foldNames(catalog, t);
  let score = matchScore(q, names[0]);
  for (let k = 1; k < names.length; k++) score = Math.max(score, 0.95 * matchScore(q, names[k]));
  if (named && named.id === toolId) score = Math.max(score, 100);
  if (score <= 0) return null;
  const at = t.definition ?? first(toolId);
  if (!at) return null;
  return { result: { kind: 'tool', id: toolId, label: displayText(t.name), detail: displayText(`${CATEGORY_LABELS[t.category] ?? t.category} · ${count} mention${count === 1 ? '' : 's'}`), uri: at.uri, range: at.range }, score: score + 3 };
}

/**
 * The search by its definition: every row of every kind scored on every text, every result
 * sorted. Slow (it reads every row); the tests hold searchSteps, with its shortcuts, to it.
 */
export function searchByDefinition(index: WorkspaceIndex, query: string, limit = 50, kinds?: SearchKind[]): SearchResult[] {
  const q = fold(query);
  const want = (k: SearchKind) => !kinds || kinds.includes(k);
  const tool = q.length >= 2 ? index.catalog.lookup(query) : undefined;
  // Made here, not taken from what the search keeps (which this is the check of).
  const mentioning = new Set<Row>();
  for (const t of tool ? index.toolStats(tool.id).talks : []) {
    const { rows, firstTalk } = rowsOf(t.note);
    const row = rows.slice(firstTalk).find((r) => r.talk === t.talk);
    if (row) mentioning.add(row);
  }
  const all: SearchResult[] = [];
  // Rows made from the index itself, not the table the search keeps up to date (which this is the check of).
  const rowLists: Row[][] = [];
  for (const note of index.notes()) rowLists.push(rowsOf(note).rows);
  for (const key of index.speakerKeys()) {
    const row = speakerRow(index, key);
    if (row) rowLists.push([row]);
  }
  // A query of several words that no row (of the kinds asked for) holds as typed is also looked for word by word.
  const holds = (row: Row) => want(KINDS[row.kindCode]) && keysOf(row).some((key) => key.includes(q));
  const words = q && !rowLists.some((rows) => rows.some(holds)) ? queryWords(query) : null;
  for (const rows of rowLists) {
    for (const row of rows) {
      if (!want(KINDS[row.kindCode])) continue;
      let score = 0;
      const keys = keysOf(row);
      for (let k = 0; k < keys.length; k++) score = Math.max(score, weightOf(row.kindCode, k) * matchScore(q, keys[k]));
      // Every word held: above any subsequence.
      if (words) {
        const context = row.kindCode === KIND_TALK ? () => rows.find((r) => r.kindCode === KIND_EVENT && r.event === row.event)?.text ?? '' : null;
        score = Math.max(score, multiWordScore(row.text, context, words));
      }
      if (score > 0) score += KIND_BONUS[row.kindCode];
      if (mentioning.has(row)) score = Math.max(score, 55);
      if (score > 0) all.push({ ...resultOf(row), score });
    }
  }
  if (want('tool')) {
    for (const { toolId, count } of index.mentionedTools()) {
      const r = toolResult(index.catalog, q, tool, toolId, count, (id) => firstMentionByDefinition(index, id));
      if (r) all.push({ ...r.result, score: r.score });
    }
  }
  return all.sort(compareResults).slice(0, Math.max(0, limit));
}

/** lastAtOrBefore(starts, at) for an `at` at or after where row `from` starts: galloping from `from` (hits come in order, most a row or two apart). */
function rowAtOrAfter(starts: Int32Array, at: number, from: number): number {
  let lo = from;
  let step = 1;
  let hi = from + 1;
  const last = starts.length - 1;
  while (hi < last && starts[hi] <= at) {
    lo = hi;
    step *= 2;
    hi = Math.min(last, hi + step);
  }
  // starts[lo] <= at < starts[hi] (or hi is the end).
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid;
  }
  return lo;
}

/**
 * A chunk's row `lo` scored by its texts holding the query (`at`: its first hit): the best text,
 * weight times matchScore (a text scores by its first hit, a prefix or else a substring), plus the
 * row's bonus; at least 55 for a talk marked as mentioning the query's tool. 0 when none holds it.
 * Leaves the chunk's next hit after the row in hitAfterRow.
 */
function substringRowScore(chunk: Chunk, lo: number, at: number, finder: Finder, id: number, anyMarked: boolean): number {
  const m = finder.query.length;
  const { text, starts, kinds, rowKeys, keyStarts } = chunk;
  const end = starts[lo + 1];
  const kind = kinds[lo];
  const weights = KIND_WEIGHTS[kind];
  const first = rowKeys[lo];
  let k = first;
  let score = 0;
  // A hit lies within one text (texts and queries hold no line break); the next is looked for from the next text.
  for (; at >= 0 && at < end; at = findFrom(text, keyStarts[k + 1], finder)) {
    while (keyStarts[k + 1] <= at) k++;
    const length = keyStarts[k + 1] - 1 - keyStarts[k];
    const w = weights[Math.min(k - first, weights.length - 1)];
    score = Math.max(score, w * substringScore(m, length, at === keyStarts[k]));
  }
  hitAfterRow = at;
  let total = score > 0 ? score + KIND_BONUS[kind] : 0;
  if (anyMarked) {
    // A snapshot's row not made yet is not marked (marked rows are made: SearchSource.talkRows).
    const row = chunk.rows[lo] as Row | undefined;
    if (row) {
      row.seen = id;
      if (row.mark === id) total = Math.max(total, 55);
    }
  }
  return total;
}
/** The first hit after the row substringRowScore scored last (-1 for none). */
let hitAfterRow = -1;

// ---- queries of several words

/**
 * A query's words (split at white space, each folded; one that folds to nothing dropped); null for
 * fewer than two. The whole query folds to one string without its spaces, which a title holds
 * only when the words follow each other ("cloud in" in "Cloud in Production"): "keynote
 * hightower" (a title and its speaker) or "hashiconf vault" (an event and a title) found nothing.
 * Only a query no row holds as typed is looked for word by word: what a row holds as typed is
 * what the user meant, and a title typed whole (the bench's workspace-symbol queries) would have
 * its words looked up in a thousand rows each.
 */
function queryWords(query: string): string[] | null {
  const words = [...new Set(query.split(/\s+/).map(fold).filter((w) => w.length > 0))];
  return words.length >= 2 ? words : null;
}

/** How well a row's texts (each followed by a line break) hold a word: 1 when one begins with it, 0.6 when one holds it, 0 when none does. */
function wordQuality(texts: string, word: string): number {
  let at = texts.indexOf(word);
  if (at < 0) return 0;
  for (; at >= 0; at = texts.indexOf(word, at + 1)) if (at === 0 || texts.charCodeAt(at - 1) === 10) return 1;
  return 0.6;
}

/** The score of a row holding every word of a query that no row holds as typed, before its bonus: above any subsequence (SUBSEQUENCE_MOST), below a talk mentioning the query's tool (55) even with the bonus. */
const MULTI_WORD_LEAST = 35;
const MULTI_WORD_MOST = 50;
/** A word found only in a talk's event (its name, place or date) counts this much of one in the talk's own texts. */
const EVENT_CONTEXT = 0.7;

/**
 * A row holding every word of a query (queryWords), each in one of its own texts or, for a talk,
 * its event's (`context()`, asked for only when a word is not in its own), at least one in its
 * own: MULTI_WORD_LEAST to MULTI_WORD_MOST by how well the words are held (wordQuality, averaged),
 * before the row's bonus; 0 when one is missing.
 */
function multiWordScore(own: string, context: (() => string) | null, words: readonly string[]): number {
  let sum = 0;
  let inOwn = false;
  let missing = false;
  for (const word of words) {
    const held = wordQuality(own, word);
    if (held > 0) inOwn = true;
    else if (!context) return 0;
    else missing = true;
    sum += held;
  }
  if (!inOwn) return 0;
  if (missing) {
    const texts = context!();
    sum = 0;
    for (const word of words) {
      const held = Math.max(wordQuality(own, word), EVENT_CONTEXT * wordQuality(texts, word));
      if (held === 0) return 0;
      sum += held;
    }
  }
  return MULTI_WORD_LEAST + ((MULTI_WORD_MOST - MULTI_WORD_LEAST) * sum) / words.length;
}

/**
 * The rows holding every word of a query of several (multiWordScore), into `found`: looked for
 * from the hits of one word (anchorOf), an event's hit bringing in its talks. A row scored
 * here is not scored again by subsequence.
 */
function* multiWordRows(table: Table, words: readonly string[], wanted: readonly boolean[], id: number, found: Candidates): Steps<void> {
  // A row holding a word above U+00FF is in a chunk of such texts.
  const wide = words.some((w) => WIDE.test(w));
  const finder = anchorOf(table, words, wide);
  for (let c = 0; c < table.chunks.length; c++) {
    const chunk = table.chunks[c];
    const { text, starts, kinds } = chunk;
    if (wide && !chunk.wide) continue;
    let lo = 0;
    for (let at = findFrom(text, 0, finder); at >= 0; at = findFrom(text, starts[lo + 1], finder)) {
      lo = rowAtOrAfter(starts, at, lo);
      multiWordRow(chunk, c, lo, words, wanted, id, found);
      // The event's talks: after its note's events, before the next note's (whose rows begin with an event).
      if (kinds[lo] !== KIND_EVENT || !wanted[KIND_TALK]) continue;
      let r = lo + 1;
      while (r < kinds.length && kinds[r] === KIND_EVENT) r++;
      for (; r < kinds.length && kinds[r] === KIND_TALK; r++) if (sameEvent(chunk, r, lo)) multiWordRow(chunk, c, r, words, wanted, id, found);
    }
    yield;
  }
}

/**
 * How the rows of a query's words are looked for: by the word with the fewest hits in one chunk
 * of the table (of wide texts when a word has a wide character), found with its finder. Guessed
 * from the words alone, the choice went wrong both ways: by its rarest character, "s3" (of "Amazon
 * S3") was looked for from every "3" of every date; by its characters' frequencies, "kubernetes"
 * looked rare and is in thousands of titles.
 */
function anchorOf(table: Table, words: readonly string[], wide: boolean): Finder {
  const sample = table.chunks[wide ? CHUNKS : 0].text;
  let best = finderOf(words[0]);
  let fewest = Infinity;
  for (const word of words) {
    const finder = finderOf(word);
    let hits = 0;
    for (let at = findFrom(sample, 0, finder); at >= 0 && hits < fewest; at = findFrom(sample, at + word.length, finder)) hits++;
    if (hits < fewest || (hits === fewest && word.length > best.query.length)) {
      best = finder;
      fewest = hits;
    }
  }
  return best;
}

function multiWordRow(chunk: Chunk, c: number, r: number, words: readonly string[], wanted: readonly boolean[], id: number, found: Candidates): void {
  const { kinds, seen } = chunk;
  const kind = kinds[r];
  if (seen[r] === id || !wanted[kind]) return;
  const score = multiWordScore(textsOf(chunk, r), kind === KIND_TALK ? () => eventTextsOf(chunk, r) : null, words);
  if (score === 0) return;
  seen[r] = id;
  // A marked talk scores 55 (and is not offered again as one none of whose texts holds the query).
  // A snapshot's row not made yet is not marked (marked rows are made: SearchSource.talkRows).
  const row = chunk.rows[r] as Row | undefined;
  if (row) row.seen = id;
  found.add(row?.mark === id ? Math.max(score + KIND_BONUS[kind], 55) : score + KIND_BONUS[kind], c, r);
}

/** A chunk's row's texts (Row.text), read from the chunk's text. */
function textsOf(chunk: Chunk, r: number): string {
  return chunk.text.slice(chunk.starts[r], chunk.starts[r + 1]);
}

/**
 * The texts of the event of a chunk's talk row `r`. A note's rows are together in one chunk, its
 * events before its talks: back over the talks by kind alone (a note may have hundreds), then
 * among the events before them.
 */
function eventTextsOf(chunk: Chunk, r: number): string {
  const { kinds } = chunk;
  let j = r - 1;
  while (j >= 0 && kinds[j] === KIND_TALK) j--;
  for (; j >= 0 && kinds[j] === KIND_EVENT; j--) if (sameEvent(chunk, j, r)) return textsOf(chunk, j);
  return '';
}

/**
 * How a (folded) query is looked for in a chunk's text: from one of its rarer characters on. A
 * search goes from one place of the pattern's first character to the next, and the first
 * characters of most queries are common letters ("e" is every thirteenth character of the 10k
 * notes' texts): "sqs" took 1.5 ms over the table's texts, "qs" after its "s" 0.1 ms.
 */
interface Finder {
  query: string;
  /** Where in the query the pattern looked for begins, and the query's part before it. */
  from: number;
  head: string;
  tail: string;
}

/**
 * How common the commonest ASCII letters and digits are in the folded texts, per mille (counted on
 * the generated 10k notes; any other character is rarer). Only which character a search starts
 * from depends on it, never what it finds.
 */
const PER_MILLE: Record<string, number> = {
  e: 70, a: 70, o: 62, i: 58, r: 57, n: 55, t: 51, s: 46, l: 34, c: 31, m: 25, d: 24, u: 21, p: 21, g: 21, h: 19, f: 16, k: 15, w: 14, b: 13, '2': 12, y: 12, '0': 10, v: 8, '1': 7, z: 5,
};

function finderOf(query: string): Finder {
  const common = (i: number): number => PER_MILLE[query[i]] ?? 1;
  let from = 0;
  for (let i = 1; i < query.length; i++) if (common(i) < common(from)) from = i;
  // A character not much rarer than the first does not pay for checking the part before it.
  if (common(from) > 0.6 * common(0)) from = 0;
  return { query, from, head: query.slice(0, from), tail: query.slice(from) };
}

/** text.indexOf(finder.query, at), looked for by the finder's pattern. */
function findFrom(text: string, at: number, finder: Finder): number {
  const { from, head, tail } = finder;
  if (from === 0) return text.indexOf(tail, at);
  for (let p = text.indexOf(tail, at + from); p >= 0; p = text.indexOf(tail, p + 1)) if (text.startsWith(head, p - from)) return p - from;
  return -1;
}

/**
 * matchScore of a query of `m` characters in a text of `length` that holds it, first at its start
 * (`prefix`) or not: the same arithmetic, so that equal scores stay equal.
 */
function substringScore(m: number, length: number, prefix: boolean): number {
  if (prefix) return length === m ? 100 : 80 + Math.min(10, (10 * m) / length);
  return 60 + Math.min(10, (10 * m) / length);
}

/** Scored rows, as numbers: score, chunk and row in the chunk. */
class Candidates {
  count = 0;
  scores = new Float64Array(1024);
  chunks = new Int32Array(1024);
  rows = new Int32Array(1024);

  add(score: number, chunk: number, row: number): void {
    if (this.count === this.scores.length) {
      const grow = <T extends Float64Array | Int32Array>(a: T, b: T): T => (b.set(a), b);
      const n = this.count * 2;
      this.scores = grow(this.scores, new Float64Array(n));
      this.chunks = grow(this.chunks, new Int32Array(n));
      this.rows = grow(this.rows, new Int32Array(n));
    }
    this.scores[this.count] = score;
    this.chunks[this.count] = chunk;
    this.rows[this.count++] = row;
  }

  /**
   * The `limit`-th best score among these and `extra` more rows scoring `extraScore` (0 when
   * there are fewer): a row scoring less is beaten by `limit` rows.
   */
  least(limit: number, extraScore = 0, extra = 0): number {
    const best = new ScoreHeap(limit);
    for (let i = 0; i < this.count; i++) best.push(this.scores[i]);
    // More than `limit` extra rows change nothing.
    for (let i = 0; i < Math.min(extra, limit); i++) best.push(extraScore);
    return best.floor();
  }
}

/** The best `limit` scores pushed so far, in a min-heap. */
class ScoreHeap {
  private readonly heap: Float64Array;
  private size = 0;

  constructor(private readonly limit: number) {
    this.heap = new Float64Array(Math.max(0, limit));
  }

  /** The `limit`-th best score so far: 0 while there are fewer, and nothing gets in when the limit is 0. */
  floor(): number {
    if (this.limit <= 0) return Infinity;
    return this.size < this.limit ? 0 : this.heap[0];
  }

  push(s: number): void {
    const { heap, limit } = this;
    if (limit <= 0) return;
    if (this.size < limit) {
      let j = this.size++;
      while (j > 0) {
        const p = (j - 1) >> 1;
        if (heap[p] <= s) break;
        heap[j] = heap[p];
        j = p;
      }
      heap[j] = s;
    } else if (s > heap[0]) {
      let j = 0;
      for (;;) {
        const l = 2 * j + 1;
        if (l >= limit) break;
        const c = l + 1 < limit && heap[l + 1] < heap[l] ? l + 1 : l;
        if (heap[c] >= s) break;
        heap[j] = heap[c];
        j = c;
      }
      heap[j] = s;
    }
  }
}

/** Rows between two yields of a scan, less one (a power of two: the test is a mask). */
const SCAN_STEP = 511;
const KIND_TALK = KINDS.indexOf('talk');
const MAX_BONUS = Math.max(...KIND_BONUS);
/** The most a row none of whose texts begins with the query scores: a substring scores at most 70 times its text's weight, plus the row's bonus (a marked talk 55). */
const SUBSTRING_MOST = 70 + MAX_BONUS;

/** Per index version: the talks that mention a tool, and each tool's first mention in path order. */
let searches = 0;

/** Each tool's name and aliases folded for matching (name first), per catalog. */
const toolNames = new WeakMap<Catalog, Map<string, string[]>>();

function foldedToolNames(catalog: Catalog): Map<string, string[]> {
  let m = toolNames.get(catalog);
  if (!m) toolNames.set(catalog, (m = new Map()));
  return m;
}

function foldNames(catalog: Catalog, t: Tool): string[] {
  const names = [fold(t.name), ...catalog.aliasesOf(t).map(fold)];
  foldedToolNames(catalog).set(t.id, names);
  return names;
}

/** The index's mentioned tools (most mentioned first), made once per index version. */
const mentioned = new WeakMap<WorkspaceIndex, { version: number; tools: Array<{ toolId: string; count: number }> }>();

function mentionedTools(index: WorkspaceIndex): Array<{ toolId: string; count: number }> {
  const m = mentioned.get(index);
  if (m && m.version === index.version) return m.tools;
  const tools = index.mentionedTools();
  mentioned.set(index, { version: index.version, tools });
  return tools;
}

/**
 * Per tool, the talk rows mentioning it and its first mention, each kept until a note mentioning
 * the tool changes (the index's tool stamp) or the catalog does: an edit costs its own tools
 * these again, not every tool (the first mentions of every tool took tens of milliseconds).
 */
const toolMemo = new WeakMap<WorkspaceIndex, { catalog: Catalog; talks: Map<string, { stamp: number; rows: Row[] }>; first: Map<string, { stamp: number; at: { uri: string; range: Range } | null }> }>();

function memoOf(index: WorkspaceIndex) {
  let m = toolMemo.get(index);
  if (!m || m.catalog !== index.catalog) toolMemo.set(index, (m = { catalog: index.catalog, talks: new Map(), first: new Map() }));
  return m;
}

function talkRowsMentioning(index: WorkspaceIndex, toolId: string): Row[] {
  const memo = memoOf(index);
  // The rows are the notes' objects: made again whenever a note mentioning the tool is.
  const stamp = index.toolChangedAt(toolId);
  const known = memo.talks.get(toolId);
  if (known && known.stamp === stamp) return known.rows;
  const rows = talkRowsMentioningNow(index, toolId);
  memo.talks.set(toolId, { stamp, rows });
  return rows;
}

/** The talk rows mentioning a tool, made now and not kept (a search snapshot reads every tool's once). */
export function talkRowsMentioningNow(index: WorkspaceIndex, toolId: string): Row[] {
  const rows: Row[] = [];
  for (const t of index.toolStats(toolId).talks) {
    const row = talkRowOf(t.note, t.talk);
    if (row) rows.push(row);
  }
  return rows;
}

/**
 * Makes the first mention of every mentioned tool (the tools of a query matching most names, such
 * as "a"), one tool per step. Each tool's first note in URI order is found in one pass over the
 * notes sorted once (natively, by code unit as compareStrings): comparing the URIs of every tool's
 * notes (134k long URIs at 10k notes) was a third of the search table's time.
 */
export function* firstMentionSteps(index: WorkspaceIndex): Steps<void> {
  const version = index.version;
  const uris: string[] = [];
  for (const note of index.notes()) uris.push(note.uri);
  uris.sort();
  const firstNotes = new Map<string, Note>();
  for (const uri of uris) {
    const note = index.note(uri)!;
    const { strings, summary } = note.mentions;
    for (let r = 0; r < summary.length; r += SUMMARY_FIELDS) {
      const toolId = strings[summary[r]];
      if (!firstNotes.has(toolId)) firstNotes.set(toolId, note);
    }
  }
  yield;
  for (const { toolId } of mentionedTools(index)) {
    // Found above while the index is as it was; else looked for again.
    firstMention(index, toolId, index.version === version ? firstNotes.get(toolId) : undefined);
    yield;
  }
}

/** firstMention, made from the index each time. */
function firstMentionByDefinition(index: WorkspaceIndex, toolId: string): { uri: string; range: Range } | null {
  let best: { uri: string; range: Range } | null = null;
  for (const note of index.notesMentioning(toolId)) {
    for (const i of note.mentions.indexesOf(toolId)) {
      const range = note.mentions.range(i);
      if (!best || compareStrings(note.uri, best.uri) < 0 || (note.uri === best.uri && comparePositions(range.start, best.range.start) < 0)) best = { uri: note.uri, range };
    }
  }
  return best;
}

/** The first mention of a tool in path order (not in indexing order); `firstNote`, when given, is the first note in that order that mentions it. */
function firstMention(index: WorkspaceIndex, toolId: string, firstNote?: Note): { uri: string; range: Range } | null {
  const memo = memoOf(index);
  const stamp = index.toolStamp(toolId);
  const known = memo.first.get(toolId);
  if (known && known.stamp === stamp) return known.at;
  let at: { uri: string; range: Range } | null = null;
  let note = firstNote;
  if (!note) for (const n of index.notesMentioning(toolId)) if (!note || compareStrings(n.uri, note.uri) < 0) note = n;
  if (note) {
    let best: Range | undefined;
    for (const i of note.mentions.indexesOf(toolId)) {
      const r = note.mentions.range(i);
      if (!best || comparePositions(r.start, best.start) < 0) best = r;
    }
    if (best) at = { uri: note.uri, range: best };
  }
  memo.first.set(toolId, { stamp, at });
  return at;
}

export function searchIndex(index: WorkspaceIndex, query: string, limit = 50, kinds?: SearchKind[], freshness: TableFreshness = 'current'): SearchResult[] {
  return runToEnd(searchSteps(index, query, limit, kinds, freshness));
}
