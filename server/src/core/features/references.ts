// Find references: every mention of a tool; every reference to a talk (wiki, link, timetable)
// plus its title; every reference to an event plus its name; a speaker's talks.
import type { Position } from '../model';
import { comparePositions } from '../text';
import { targetAt, type Target } from './at-position';
import type { FeatureContext } from './context';
import { referencesTo, resolveReference } from './resolve-reference';
import { EC, EL, MENTION_FIELDS, SC, SL, TOOL } from './mention-layout';
import type { StoredNote, WorkspaceIndex } from '../workspace-index';
import type { Location } from './types';

export function references(ctx: FeatureContext, uri: string, pos: Position, includeDeclaration = true): Location[] {
  const target = targetAt(ctx, uri, pos);
  return target ? referencesFor(ctx, target, includeDeclaration) : [];
}

/**
 * references(), with a tool's answer as the UTF-8 bytes of its JSON text (exactly
 * JSON.stringify's of the locations; see toolReferencesJson) and any other answer as locations.
 */
export function referencesOrJson(ctx: FeatureContext, uri: string, pos: Position, includeDeclaration = true): Location[] | Uint8Array {
  const target = targetAt(ctx, uri, pos);
  if (!target) return [];
  if (target.kind === 'tool') return toolReferencesJson(ctx.index, target.toolId, includeDeclaration);
  return referencesFor(ctx, target, includeDeclaration);
}

function referencesFor(ctx: FeatureContext, target: Target, includeDeclaration: boolean): Location[] {
  const { index } = ctx;
  const out: Location[] = [];
  let talkIds: Set<string> | undefined;
  let eventIds: Set<string> | undefined;
  switch (target.kind) {
    case 'tool':
      return toolReferences(index, target.toolId, includeDeclaration);
    case 'speaker':
      return sortLocations((index.speaker(target.key)?.talks ?? [target.talk]).map((t) => ({ uri: t.note.uri, range: t.talk.titleRange })));
    case 'talk':
      talkIds = new Set([target.talk.talk.id]);
      break;
    case 'event':
      eventIds = new Set([target.event.event.id]);
      break;
    case 'reference': {
      const r = resolveReference(ctx, target.note, target.ref);
      if (r.kind === 'talks') talkIds = new Set(r.talks.map((t) => t.talk.id));
      else if (r.kind === 'event') eventIds = new Set(r.events.map((e) => e.event.id));
      else return [];
      break;
    }
  }
  if (includeDeclaration) {
    for (const id of talkIds ?? []) {
      const t = index.talk(id);
      if (t) out.push({ uri: t.note.uri, range: t.talk.titleRange });
    }
    for (const id of eventIds ?? []) {
      const e = index.event(id);
      if (e) out.push({ uri: e.note.uri, range: e.event.nameRange });
    }
  }
  for (const { note, ref } of referencesTo(ctx, { talkIds, eventIds })) out.push({ uri: note.uri, range: ref.range });
  return sortLocations(out);
}

function sortLocations(list: Location[]): Location[] {
  const seen = new Set<string>();
  return list
    .filter((l) => {
      const k = `${l.uri}:${l.range.start.line}:${l.range.start.character}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => a.uri.localeCompare(b.uri) || comparePositions(a.range.start, b.range.start));
}

/**
 * A tool's references: every mention, in sortLocations' order, and its entry in the user's tool
 * file when the declaration is wanted. The answer is kept (see toolMemo) and the same array is
 * returned while it holds: callers must not change it (the server sends it as it is).
 */
export function toolReferences(index: WorkspaceIndex, toolId: string, includeDeclaration: boolean): Location[] {
  const known = toolAnswer(index, toolId);
  const definition = includeDeclaration ? index.catalog.get(toolId)?.definition : undefined;
  if (!definition) return known.mentions;
  if (known.withDefinition?.definition !== definition) known.withDefinition = { definition, locations: withLocation(known.mentions, { uri: definition.uri, range: definition.range }) };
  return known.withDefinition.locations;
}

interface ToolAnswer {
  stamp: number;
  mentions: Location[];
  withDefinition?: { definition: object; locations: Location[] };
}

/**
 * The tools' answers, most recently asked last, kept while no note mentioning the tool comes,
 * changes or goes, and while together they hold at most MEMO_LOCATIONS locations (the most
 * mentioned tools of a 10k-note workspace have 10–25k mentions each; a location is about 80 bytes).
 */
const toolMemo = new WeakMap<WorkspaceIndex, Map<string, ToolAnswer>>();
const MEMO_LOCATIONS = 150_000;

function toolAnswer(index: WorkspaceIndex, toolId: string): ToolAnswer {
  let m = toolMemo.get(index);
  if (!m) toolMemo.set(index, (m = new Map()));
  const stamp = index.toolStamp(toolId);
  let known = m.get(toolId);
  m.delete(toolId);
  if (!known || known.stamp !== stamp) known = { stamp, mentions: toolMentionLocations(index, toolId) };
  m.set(toolId, known);
  let total = 0;
  for (const a of m.values()) total += a.mentions.length;
  for (const [id, a] of m) {
    if (total <= MEMO_LOCATIONS || id === toolId) break;
    total -= a.mentions.length;
    m.delete(id);
  }
  return known;
}

/** A sorted list with one more location in its place (sortLocations' order; it replaces one that starts at the same place). */
function withLocation(sorted: Location[], l: Location): Location[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareLocations(sorted[mid], l) < 0) lo = mid + 1;
    else hi = mid;
  }
  const at = sorted[lo];
  const same = !!at && at.uri === l.uri && comparePositions(at.range.start, l.range.start) === 0;
  return [...sorted.slice(0, lo), l, ...sorted.slice(same ? lo + 1 : lo)];
}

function compareLocations(a: Location, b: Location): number {
  return a.uri.localeCompare(b.uri) || comparePositions(a.range.start, b.range.start);
}

/**
 * Every mention of a tool as locations, in the order sortLocations gives (URI by localeCompare,
 * then position), without comparing URIs per mention: notes are ordered by their rank in the
 * workspace's URI order (uriRanks), mentions within a note by position (the order the note keeps
 * them in; sorted here only if it is not). Read straight from the notes' tables.
 */
function toolMentionLocations(index: WorkspaceIndex, toolId: string): Location[] {
  const ranks = uriRanks(index);
  const notes: Array<{ rank: number; note: StoredNote; tool: number }> = [];
  index.forEachToolNote(toolId, (note, tool) => notes.push({ rank: ranks.get(note.uri)!, note, tool }));
  notes.sort((a, b) => a.rank - b.rank);
  const out: Location[] = [];
  for (let i = 0; i < notes.length; i++) {
    const { note, tool } = notes[i];
    // A note keeping a tool's rows in two runs (never written so) is called for twice: read once.
    if (i && notes[i - 1].note === note) continue;
    const first = out.length;
    if (!note.mentions.pushLocations(tool, note.uri, out)) sortNoteLocations(out, first);
  }
  return out;
}

/** Sorts out[first..] by position, and drops the ones that start where the one before does. */
function sortNoteLocations(out: Location[], first: number): void {
  const mine = out.splice(first).sort((a, b) => comparePositions(a.range.start, b.range.start));
  for (let k = 0; k < mine.length; k++) {
    if (k && comparePositions(mine[k].range.start, mine[k - 1].range.start) === 0) continue;
    out.push(mine[k]);
  }
}

/** Each note URI's place in localeCompare order; made again only when notes come or go. */
const rankMemo = new WeakMap<WorkspaceIndex, { membership: number; ranks: Map<string, number> }>();
const collator = new Intl.Collator();

function uriRanks(index: WorkspaceIndex): Map<string, number> {
  const m = rankMemo.get(index);
  if (m && m.membership === index.membership) return m.ranks;
  const uris = index.notes().map((n) => n.uri);
  // Intl.Collator with no locale is the collation localeCompare uses; ties (none among distinct URIs in practice) by code units.
  uris.sort((a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0));
  const ranks = new Map<string, number>();
  uris.forEach((u, i) => ranks.set(u, i));
  rankMemo.set(index, { membership: index.membership, ranks });
  return ranks;
}

/**
 * The UTF-8 bytes of JSON.stringify(toolReferences(index, toolId, includeDeclaration)), written
 * straight from the mention tables into one array of the exact size: no location objects, no
 * serialising, no UTF-8 encoding of a megabyte string (for ~15,000 locations about 3 ms against
 * 20 ms that way). Made for each request and not kept: kept arrays lived long enough to reach
 * the old generation, and V8 answered the churn of their memory with full collections of the
 * whole index's heap.
 */
export function toolReferencesJson(index: WorkspaceIndex, toolId: string, includeDeclaration: boolean): Uint8Array {
  const definition = includeDeclaration ? index.catalog.get(toolId)?.definition : undefined;
  // A tool of the user's tool file: its entry goes in its place among the mentions (rare; made through the locations).
  if (definition) return utf8.encode(JSON.stringify(toolReferences(index, toolId, true)));
  return mentionsJson(index, toolId);
}

const utf8 = new TextEncoder();


const CHARACTER = utf8.encode(',"character":');
const END_LINE = utf8.encode('},"end":{"line":');
const CLOSE = utf8.encode('}}}');
/** Bytes of a location besides its head (up to the first line) and its four numbers, with the comma before it. */
const FIXED = 2 * CHARACTER.length + END_LINE.length + CLOSE.length + 1;

/** One note's part of the answer. */
interface Part {
  /** `{"uri":"…","range":{"start":{"line":`, and its UTF-8 bytes when it is not all ASCII. */
  head: string;
  headBytes: Uint8Array | null;
  data: Int32Array;
  /** The tool's mentions as offsets into `data`, at [from, to) of the scratch array. */
  from: number;
  to: number;
  /** Mentions kept out of order (never written so), sorted as toolMentionLocations sorts them. */
  sorted: Location[] | null;
}

/** Offsets of the mentions being written; kept between calls, grown as needed. */
let scratch = new Int32Array(4096);

/** toolMentionLocations' locations as JSON text: sizes first (exactly), then bytes. */
function mentionsJson(index: WorkspaceIndex, toolId: string): Uint8Array {
  const ranks = uriRanks(index);
  const notes: Array<{ rank: number; note: StoredNote; tool: number }> = [];
  index.forEachToolNote(toolId, (note, tool) => notes.push({ rank: ranks.get(note.uri)!, note, tool }));
  notes.sort((a, b) => a.rank - b.rank);
  const parts: Part[] = [];
  let size = 2;
  let count = 0;
  let n = 0;
  for (let i = 0; i < notes.length; i++) {
    const { note, tool } = notes[i];
    if (i && notes[i - 1].note === note) continue;
    const head = `{"uri":${JSON.stringify(note.uri)},"range":{"start":{"line":`;
    const headBytes = /^[\x00-\x7f]*$/.test(head) ? null : utf8.encode(head);
    const headLength = headBytes ? headBytes.length : head.length;
    const d = note.mentions.data;
    const from = n;
    let sorted: Location[] | null = null;
    let line = -1;
    let character = -1;
    for (let o = 0; o < d.length; o += MENTION_FIELDS) {
      if (d[o + TOOL] !== tool) continue;
      const sl = d[o + SL];
      const sc = d[o + SC];
      if (sl < line || (sl === line && sc <= character)) sorted = [];
      line = sl;
      character = sc;
      if (n === scratch.length) {
        const bigger = new Int32Array(2 * n);
        bigger.set(scratch);
        scratch = bigger;
      }
      scratch[n++] = o;
    }
    if (sorted) {
      n = from;
      note.mentions.pushLocations(tool, note.uri, sorted);
      sortNoteLocations(sorted, 0);
      for (const l of sorted) size += headLength + FIXED + digits(l.range.start.line) + digits(l.range.start.character) + digits(l.range.end.line) + digits(l.range.end.character);
      count += sorted.length;
    } else {
      for (let k = from; k < n; k++) {
        const o = scratch[k];
        size += headLength + FIXED + digits(d[o + SL]) + digits(d[o + SC]) + digits(d[o + EL]) + digits(d[o + EC]);
      }
      count += n - from;
    }
    parts.push({ head, headBytes, data: d, from, to: n, sorted });
  }
  // No comma before the first.
  if (count) size--;
  const w = new JsonWriter(size);
  w.out[w.at++] = 91; // [
  for (const p of parts) {
    if (p.sorted) {
      for (const l of p.sorted) w.location(p, l.range.start.line, l.range.start.character, l.range.end.line, l.range.end.character);
      continue;
    }
    const d = p.data;
    for (let k = p.from; k < p.to; k++) {
      const o = scratch[k];
      w.location(p, d[o + SL], d[o + SC], d[o + EL], d[o + EC]);
    }
  }
  w.out[w.at++] = 93; // ]
  if (w.at !== size) throw new Error(`tool references: wrote ${w.at} bytes of ${size}`);
  return w.out;
}

/** Decimal digits of a number of at most 31 bits. */
function digits(n: number): number {
  if (n < 0) return 1 + digits(-n);
  return n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : n < 10000 ? 4 : n < 100000 ? 5 : n < 1000000 ? 6 : String(n).length;
}

/** Writes locations into an array of a known size. */
class JsonWriter {
  readonly out: Uint8Array;
  at = 0;
  private written = false;
  /** Where the current part's head was written first, to copy it from there. */
  private headAt = -1;
  private headPart: Part | null = null;

  constructor(size: number) {
    this.out = new Uint8Array(size);
  }

  /** {"uri":…,"range":{"start":{"line":sl,"character":sc},"end":{"line":el,"character":ec}}}, after a comma but for the first. */
  location(p: Part, sl: number, sc: number, el: number, ec: number): void {
    const b = this.out;
    if (this.written) b[this.at++] = 44; // ,
    this.written = true;
    if (this.headPart === p) {
      const length = p.headBytes ? p.headBytes.length : p.head.length;
      b.copyWithin(this.at, this.headAt, this.headAt + length);
      this.at += length;
    } else {
      this.headPart = p;
      this.headAt = this.at;
      if (p.headBytes) {
        b.set(p.headBytes, this.at);
        this.at += p.headBytes.length;
      } else {
        const h = p.head;
        for (let i = 0; i < h.length; i++) b[this.at++] = h.charCodeAt(i);
      }
    }
    this.int(sl);
    this.piece(CHARACTER);
    this.int(sc);
    this.piece(END_LINE);
    this.int(el);
    this.piece(CHARACTER);
    this.int(ec);
    this.piece(CLOSE);
  }

  private piece(p: Uint8Array): void {
    const b = this.out;
    let at = this.at;
    for (let i = 0; i < p.length; i++) b[at++] = p[i];
    this.at = at;
  }

  private int(n: number): void {
    const b = this.out;
    if (n < 0) {
      b[this.at++] = 45; // -
      n = -n;
    }
    let at = this.at + digits(n);
    this.at = at;
    do {
      b[--at] = 48 + (n % 10);
      n = (n / 10) | 0;
    } while (n > 0);
  }
}
