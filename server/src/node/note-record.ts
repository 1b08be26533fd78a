// A note's record: how an extracted note crosses from a worker to the main thread.
//
// A record is the note's compact fields, as JSON, and its mention numbers (the MentionTable's own
// arrays, mentions.ts). A worker's batch crosses as one JSON string (every result, each record's
// fields inside it: one JSON.stringify per batch on the worker and one JSON.parse on the main
// thread, with no UTF-8 copy either way) and one Int32Array holding every record's numbers, which
// is transferred, not copied.
//
// The fields are compact: ranges are four numbers, objects are arrays in a fixed order, and ids
// are written without the note's URI (a talk's id is the URI, '#' and a slug). They are about a
// third of the note's plain JSON, and reading them makes the same objects with less parsing.
import { isFlatHeadings, type FlatHeadings, type Heading } from '../core/features/context';
import { MENTION_FIELDS, MentionTable, SUMMARY_FIELDS, mentionTableOf, type StoredNote } from '../core/mentions';
import type { Event, Language, Note, NoteProblem, Position, Range, Speaker, Talk, TalkReference, ToolCount } from '../core/model';

/** A note as the persistent index keeps it, with what tells whether its file changed. */
export interface NoteEntry {
  size: number;
  mtimeMs: number;
  hash: string;
  note: StoredNote;
  /** As objects, or flat (line, anchor, …) as the persistent index reads them. */
  headings: Heading[] | FlatHeadings;
}

/** An entry as a record gives it back. */
export interface RecordedEntry extends NoteEntry {
  /** Flat, as the record keeps them: made into objects when a link asks (FeatureContext.headings). */
  headings: FlatHeadings;
}

/** A record: the fields (to go into a batch's JSON) and the numbers that follow them. */
export interface EncodedRecord {
  fields: unknown[];
  data: Int32Array;
  summary: Int32Array;
}

/** A note's record; a note just extracted has its mentions packed here (and not kept). */
export function encodeRecord(uri: string, e: Omit<NoteEntry, 'note'> & { note: Note | StoredNote }): EncodedRecord {
  const mentions = mentionTableOf(e.note);
  return { fields: compact(uri, e, mentions.strings), data: mentions.data, summary: mentions.summary };
}

/**
 * Reads a record: its fields as parsed from the batch's JSON, its numbers at `at` in `numbers`
 * (`count` mention numbers, then `summaryCount` summary numbers). The entry, or null when the
 * record does not hold together (every field is checked as it is read). The note keeps nothing of
 * `numbers`: its own are copied, so the index never keeps a batch alive.
 */
export function decodeRecord(fields: unknown, numbers: Int32Array, at: unknown, count: unknown, summaryCount: unknown): RecordedEntry | null {
  try {
    if (!isCount(at) || !isCount(count) || !isCount(summaryCount) || at + count + summaryCount > numbers.length) return null;
    if (count % MENTION_FIELDS || summaryCount % SUMMARY_FIELDS) return null;
    const f = expand(fields);
    // Both in one allocation.
    const ints = numbers.slice(at, at + count + summaryCount);
    const data = ints.subarray(0, count);
    const summary = ints.subarray(count);
    if (!validMentions(data, f.strings.length) || !validSummary(summary, f.strings.length, count / MENTION_FIELDS)) return null;
    // The keys in the extractor's order, so a note from a record serialises as the note extracted.
    const note: StoredNote = { uri: f.uri, language: f.language, encoding: f.encoding, lineCount: f.lineCount, events: f.events, mentions: new MentionTable(f.strings, data, summary), references: f.references, tags: f.tags, frontMatterTools: f.frontMatterTools, problems: f.problems };
    return { size: f.size, mtimeMs: f.mtimeMs, hash: f.hash, headings: f.headings, note };
  } catch {
    return null;
  }
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** Calls `fn` with each heading's line and anchor, whichever form the list is in. */
export function forEachHeading(list: Heading[] | FlatHeadings, fn: (line: number, anchor: string) => void): void {
  if (isFlatHeadings(list)) for (let i = 0; i + 1 < list.length; i += 2) fn(list[i] as number, list[i + 1] as string);
  else for (const h of list) fn(h.line, h.anchor);
}

/**
 * Every string index points into the table; every range is ordered. One pass with no branch per
 * mention: `v | (n - 1 - v)` is negative exactly when v is outside [0, n) (int32 arithmetic, as
 * `|` takes it), so every test is or-ed into one number.
 */
export function validMentions(d: Int32Array, strings: number): boolean {
  const last = strings - 1;
  let bad = 0;
  for (let o = 0; o < d.length; o += MENTION_FIELDS) {
    const tool = d[o];
    const text = d[o + 1];
    // -1 (no talk) becomes 0.
    const talk = d[o + 2] + 1;
    const startLine = d[o + 3];
    const endLine = d[o + 5];
    bad |= tool | (last - tool) | text | (last - text) | talk | (strings - talk) | startLine | d[o + 4] | endLine | (endLine - startLine) | d[o + 6];
  }
  return bad >= 0;
}

/** Rows point into the string table and count every mention once. */
export function validSummary(s: Int32Array, strings: number, mentions: number): boolean {
  let total = 0;
  for (let r = 0; r < s.length; r += SUMMARY_FIELDS) {
    if (s[r] < 0 || s[r] >= strings || s[r + 1] < -1 || s[r + 1] >= strings || s[r + 2] <= 0 || s[r + 3] < 0 || s[r + 3] > s[r + 2]) return false;
    total += s[r + 2];
  }
  return total === mentions;
}

// ---- the compact JSON

type Json = unknown[];

/** Ids and mention strings inside the note are written as '#' and what follows the URI's '#' (compact()). */
function absolute(prefix: string): (s: unknown) => string {
  // One string per id within a note: a talk's id and the mentions' talk id are the same string.
  const made = new Map<string, string>();
  return (v) => {
    const s = str(v);
    if (s[0] !== '#') return s[0] === '\u0001' ? s.slice(1) : s;
    let id = made.get(s);
    if (id === undefined) made.set(s, (id = prefix + s.slice(1)));
    return id;
  };
}

function pushRange(out: unknown[], r: Range): void {
  out.push(r.start.line, r.start.character, r.end.line, r.end.character);
}

function compact(uri: string, e: Omit<NoteEntry, 'note'> & { note: Note | StoredNote }, mentionStrings: readonly string[]): Json {
  const n = e.note;
  const prefix = uri + '#';
  const rel = (s: string) => (s.startsWith(prefix) ? '#' + s.slice(prefix.length) : s[0] === '#' || s[0] === '\u0001' ? '\u0001' + s : s);
  const headings: unknown[] = [];
  forEachHeading(e.headings, (line, anchor) => headings.push(line, anchor));
  const problems: Json = [];
  for (const p of n.problems) {
    const x: Json = [];
    pushRange(x, p.range);
    x.push(p.message);
    problems.push(x);
  }
  const references: Json = [];
  for (const r of n.references) {
    const x: Json = [r.kind, r.text];
    pushRange(x, r.range);
    x.push(r.target);
    references.push(x);
  }
  const events: Json = [];
  for (const ev of n.events) {
    const x: Json = [rel(ev.id), ev.name, ev.date, ev.endDate, ev.location];
    pushRange(x, ev.nameRange);
    pushRange(x, ev.range);
    const talks: Json = [];
    for (const t of ev.talks) talks.push(compactTalk(t, ev, rel));
    x.push(talks);
    events.push(x);
  }
  const strings: string[] = [];
  for (const s of mentionStrings) strings.push(rel(s));
  return [uri, e.size, e.mtimeMs, e.hash, headings, n.language, n.encoding, n.lineCount, n.tags, n.frontMatterTools, problems, references, events, strings];
}

function compactTalk(t: Talk, ev: Event, rel: (s: string) => string): Json {
  const tools: unknown[] = [];
  for (const c of t.tools) tools.push(c.toolId, c.count);
  const speakers: Json = [];
  for (const s of t.speakers) speakers.push(s.role !== undefined ? [s.name, s.org, s.handle ?? null, s.role] : s.handle !== undefined ? [s.name, s.org, s.handle] : [s.name, s.org]);
  const x: Json = [rel(t.id), t.title, speakers];
  pushRange(x, t.titleRange);
  pushRange(x, t.bodyRange);
  x.push(tools, t.eventId === ev.id ? 0 : rel(t.eventId));
  if (t.otherTitle !== undefined) x.push(t.otherTitle);
  return x;
}

// Readers that refuse what the writer would never have written.
function str(v: unknown): string {
  if (typeof v !== 'string') throw new Error('not a string');
  return v;
}
function strOrNull(v: unknown): string | null {
  return v === null ? null : str(v);
}
function num(v: unknown): number {
  if (typeof v !== 'number') throw new Error('not a number');
  return v;
}
/** The shared empty array for an empty one. */
function emptyOr<T>(a: T[]): T[] {
  return a.length ? a : EMPTY;
}
function mapOrEmpty<T, U>(a: T[], fn: (x: T) => U): U[] {
  return a.length ? a.map(fn) : EMPTY;
}
function arr(v: unknown): unknown[] {
  if (!Array.isArray(v)) throw new Error('not an array');
  return v;
}
function strings(v: unknown): string[] {
  const a = emptyOr(arr(v));
  for (const s of a) str(s);
  return a as string[];
}
function rangeAt(a: unknown[], i: number): Range {
  return { start: position(num(a[i]), num(a[i + 1])), end: position(num(a[i + 2]), num(a[i + 3])) };
}

// Positions and tool counts are values nothing changes once a note is made (the persistent
// index's reader shares them within its file, index-file.ts): equal ones are one object for every
// record read on this thread. Read on a cold start's main thread, every range made two positions
// and every talk a count per tool: 264k and 188k objects at 10k notes, where 35k and 4k differ.
// Each table is forgotten when it grows past its bound.
const MAX_SHARED = 1 << 18;

/**
 * Equal positions as one object, found by line, then character: two array reads, where a map by
 * one number key hashed every position. Forgotten whole once it holds `bound` positions.
 */
export class SharedPositions {
  private lines: Array<Array<Position | undefined> | undefined> = [];
  private count = 0;

  constructor(private readonly bound = Number.POSITIVE_INFINITY) {}

  position(line: number, character: number): Position {
    if (line < 0 || line >= 1 << 16 || character < 0 || character >= 1 << 11 || !Number.isInteger(line) || !Number.isInteger(character)) return { line, character };
    let onLine = this.lines[line];
    if (onLine === undefined) {
      if (this.count >= this.bound) (this.lines = []), (this.count = 0);
      // Filled in order, so that no array has holes.
      while (this.lines.length <= line) this.lines.push(undefined);
      this.lines[line] = onLine = [];
    }
    let p = onLine[character];
    if (p === undefined) {
      while (onLine.length < character) onLine.push(undefined);
      onLine[character] = p = { line, character };
      this.count++;
    }
    return p;
  }
}

const recordPositions = new SharedPositions(MAX_SHARED);
const position = (line: number, character: number): Position => recordPositions.position(line, character);

let toolCounts = new Map<string, Array<ToolCount | undefined>>();

function toolCount(toolId: string, count: number): ToolCount {
  if (count < 0 || count >= 1 << 10 || !Number.isInteger(count)) return { toolId, count };
  let byCount = toolCounts.get(toolId);
  if (byCount === undefined) {
    if (toolCounts.size >= 4096) toolCounts = new Map();
    toolCounts.set(toolId, (byCount = []));
  }
  let c = byCount[count];
  if (c === undefined) {
    while (byCount.length < count) byCount.push(undefined);
    byCount[count] = c = { toolId, count };
  }
  return c;
}

/**
 * The empty lists of every note read, from a record or the persistent index: one array (nothing
 * changes a note's lists once it is made, and each empty array was an object the collector kept).
 */
export const EMPTY: never[] = Object.freeze([]) as unknown as never[];

const LANGUAGES = new Set(['en', 'ko', 'ja', 'mixed']);
const REFERENCE_KINDS = new Set(['wiki', 'link', 'agenda']);

function expand(v: unknown) {
  const a = arr(v);
  const uri = str(a[0]);
  const abs = absolute(uri + '#');
  // Kept flat, as parsed (checked: a line, an anchor, …).
  const headings = emptyOr(arr(a[4])) as FlatHeadings;
  if (headings.length % 2) throw new Error('not headings');
  for (let i = 0; i < headings.length; i += 2) {
    num(headings[i]);
    str(headings[i + 1]);
  }
  const language = str(a[5]);
  if (!LANGUAGES.has(language)) throw new Error('not a language');
  const problems: NoteProblem[] = mapOrEmpty(arr(a[10]), (p) => {
    const x = arr(p);
    return { range: rangeAt(x, 0), message: str(x[4]) };
  });
  const references: TalkReference[] = mapOrEmpty(arr(a[11]), (r) => {
    const x = arr(r);
    const kind = str(x[0]);
    const target = x[6];
    if (!REFERENCE_KINDS.has(kind) || typeof target !== 'object' || target === null || Array.isArray(target)) throw new Error('not a reference');
    for (const k in target) str((target as Record<string, unknown>)[k]);
    return { kind: kind as TalkReference['kind'], text: str(x[1]), range: rangeAt(x, 2), target: target as TalkReference['target'] };
  });
  const events: Event[] = arr(a[12]).map((e) => {
    const x = arr(e);
    const id = abs(x[0]);
    return {
      id,
      name: str(x[1]),
      date: strOrNull(x[2]),
      endDate: strOrNull(x[3]),
      location: strOrNull(x[4]),
      nameRange: rangeAt(x, 5),
      range: rangeAt(x, 9),
      talks: arr(x[13]).map((t) => expandTalk(arr(t), id, abs)),
    };
  });
  return {
    size: num(a[1]),
    mtimeMs: num(a[2]),
    hash: str(a[3]),
    headings,
    uri,
    language: language as Language,
    encoding: str(a[6]),
    lineCount: num(a[7]),
    events,
    references,
    tags: strings(a[8]),
    frontMatterTools: strings(a[9]),
    problems,
    strings: strings(a[13]).map(abs),
  };
}

function expandTalk(x: unknown[], eventId: string, abs: (s: unknown) => string): Talk {
  const speakers: Speaker[] = arr(x[2]).map((s) => {
    const p = arr(s);
    const speaker: Speaker = { name: str(p[0]), org: strOrNull(p[1]) };
    if (p.length > 2 && p[2] !== null) speaker.handle = str(p[2]);
    if (p.length > 3) speaker.role = str(p[3]);
    return speaker;
  });
  const flat = arr(x[11]);
  const counted: ToolCount[] = [];
  for (let i = 0; i < flat.length; i += 2) counted.push(toolCount(str(flat[i]), num(flat[i + 1])));
  // A copy of its exact length: the first push gave room for 17 (10k notes kept 6.9 MB of
  // talks' tool lists, 1.5 MB of them used).
  const tools = counted.slice();
  const talk: Talk = {
    id: abs(x[0]),
    eventId: x[12] === 0 ? eventId : abs(x[12]),
    title: str(x[1]),
    speakers,
    titleRange: rangeAt(x, 3),
    bodyRange: rangeAt(x, 7),
    tools,
  };
  if (x.length > 13) talk.otherTitle = str(x[13]);
  return talk;
}
