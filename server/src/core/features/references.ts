// Find references: every mention of a tool; every reference to a talk (wiki, link, timetable)
// plus its title; every reference to an event plus its name; a speaker's talks.
import type { Position } from '../model';
import { comparePositions } from '../text';
import { targetAt, type Target } from './at-position';
import type { FeatureContext } from './context';
import { referencesTo, resolveReference } from './resolve-reference';
import { MENTION_FIELDS, SUMMARY_FIELDS } from '../mentions';
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
 * The UTF-8 bytes of JSON.stringify(toolReferences(index, toolId, includeDeclaration)), made
 * straight from the mention tables: no location objects, no serialising (for ~10,000 locations
 * both cost the server more than finding them). Kept per tool like the locations, while no note
 * mentioning the tool changes, up to MEMO_JSON_BYTES in all; the same bytes are returned while
 * they hold, and callers must not change them.
 */
export function toolReferencesJson(index: WorkspaceIndex, toolId: string, includeDeclaration: boolean): Uint8Array {
  const definition = includeDeclaration ? index.catalog.get(toolId)?.definition : undefined;
  let m = jsonMemo.get(index);
  if (!m) jsonMemo.set(index, (m = new Map()));
  const key = definition ? `${toolId}\u0000declared` : toolId;
  const stamp = index.toolStamp(toolId);
  let known = m.get(key);
  m.delete(key);
  if (!known || known.stamp !== stamp || known.definition !== definition) {
    // A tool of the user's tool file: its entry goes in its place among the mentions (rare; made through the locations).
    const bytes = definition ? utf8.encode(JSON.stringify(toolReferences(index, toolId, true))) : mentionsJson(index, toolId);
    known = { stamp, definition, bytes };
  }
  m.set(key, known);
  let total = 0;
  for (const a of m.values()) total += a.bytes.length;
  for (const [k, a] of m) {
    if (total <= MEMO_JSON_BYTES || k === key) break;
    total -= a.bytes.length;
    m.delete(k);
  }
  return known.bytes;
}

/** About 200,000 locations of a 10k-note workspace (a location is about 100 bytes of JSON). */
const MEMO_JSON_BYTES = 24 << 20;
const jsonMemo = new WeakMap<WorkspaceIndex, Map<string, { stamp: number; definition: object | undefined; bytes: Uint8Array }>>();
const utf8 = new TextEncoder();

// A mention's numbers in its note's table (mentions.ts: tool, text, talk, start line/character, end line/character).
const TOOL = 0;
const SL = 3;
const SC = 4;
const EL = 5;
const EC = 6;

const CHARACTER = utf8.encode(',"character":');
const END_LINE = utf8.encode('},"end":{"line":');
const CLOSE = utf8.encode('}}}');
const COMMA = 44;

/** toolMentionLocations' locations as JSON text, written byte by byte. */
function mentionsJson(index: WorkspaceIndex, toolId: string): Uint8Array {
  const ranks = uriRanks(index);
  const notes: Array<{ rank: number; note: StoredNote; tool: number }> = [];
  let count = 0;
  index.forEachToolNote(toolId, (note, tool, from, to) => {
    notes.push({ rank: ranks.get(note.uri)!, note, tool });
    for (let r = from; r < to; r += SUMMARY_FIELDS) count += note.mentions.summary[r + 2];
  });
  notes.sort((a, b) => a.rank - b.rank);
  const w = new JsonBytes(count * 120 + 2);
  w.byte(91); // [
  let first = true;
  for (let i = 0; i < notes.length; i++) {
    const { note, tool } = notes[i];
    if (i && notes[i - 1].note === note) continue;
    const head = utf8.encode(`{"uri":${JSON.stringify(note.uri)},"range":{"start":{"line":`);
    const d = note.mentions.data;
    if (!increasing(d, tool)) {
      // Kept out of order (never written so): sorted as toolMentionLocations sorts them.
      const out: Location[] = [];
      note.mentions.pushLocations(tool, note.uri, out);
      sortNoteLocations(out, 0);
      for (const l of out) {
        if (!first) w.byte(COMMA);
        first = false;
        w.location(head, l.range.start.line, l.range.start.character, l.range.end.line, l.range.end.character);
      }
      continue;
    }
    for (let o = 0; o < d.length; o += MENTION_FIELDS) {
      if (d[o + TOOL] !== tool) continue;
      if (!first) w.byte(COMMA);
      first = false;
      w.location(head, d[o + SL], d[o + SC], d[o + EL], d[o + EC]);
    }
  }
  w.byte(93); // ]
  return w.done();
}

/** Whether a tool's mentions come in strictly increasing order of start. */
function increasing(d: Int32Array, tool: number): boolean {
  let line = -1;
  let character = -1;
  for (let o = 0; o < d.length; o += MENTION_FIELDS) {
    if (d[o + TOOL] !== tool) continue;
    const sl = d[o + SL];
    const sc = d[o + SC];
    if (sl < line || (sl === line && sc <= character)) return false;
    line = sl;
    character = sc;
  }
  return true;
}

/** A growing UTF-8 buffer for JSON made of known pieces and integers. */
class JsonBytes {
  private buf: Uint8Array;
  private at = 0;

  constructor(size: number) {
    this.buf = new Uint8Array(size);
  }

  private room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    const bigger = new Uint8Array(Math.max(this.buf.length * 2, this.at + n));
    bigger.set(this.buf.subarray(0, this.at));
    this.buf = bigger;
  }

  byte(b: number): void {
    this.room(1);
    this.buf[this.at++] = b;
  }

  private piece(p: Uint8Array): void {
    const b = this.buf;
    let at = this.at;
    for (let i = 0; i < p.length; i++) b[at++] = p[i];
    this.at = at;
  }

  private int(n: number): void {
    const b = this.buf;
    if (n < 0) {
      b[this.at++] = 45; // -
      n = -n;
    }
    if (n < 10) {
      b[this.at++] = 48 + n;
      return;
    }
    let digits = 1;
    for (let x = n; x >= 10; x = Math.floor(x / 10)) digits++;
    let at = this.at + digits;
    this.at = at;
    do {
      b[--at] = 48 + (n % 10);
      n = Math.floor(n / 10);
    } while (n > 0);
  }

  /** {"uri":…,"range":{"start":{"line":sl,"character":sc},"end":{"line":el,"character":ec}}}, `head` holding its start up to the first line. */
  location(head: Uint8Array, sl: number, sc: number, el: number, ec: number): void {
    this.room(head.length + 2 * CHARACTER.length + END_LINE.length + CLOSE.length + 4 * 12);
    this.piece(head);
    this.int(sl);
    this.piece(CHARACTER);
    this.int(sc);
    this.piece(END_LINE);
    this.int(el);
    this.piece(CHARACTER);
    this.int(ec);
    this.piece(CLOSE);
  }

  done(): Uint8Array {
    return this.buf.slice(0, this.at);
  }
}
