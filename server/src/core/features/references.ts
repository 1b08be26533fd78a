// Find references: every mention of a tool; every reference to a talk (wiki, link, timetable)
// plus its title; every reference to an event plus its name; a speaker's talks.
import type { Position } from '../model';
import { comparePositions } from '../text';
import { targetAt } from './at-position';
import type { FeatureContext } from './context';
import { referencesTo, resolveReference } from './resolve-reference';
import type { StoredNote, WorkspaceIndex } from '../workspace-index';
import type { Location } from './types';

export function references(ctx: FeatureContext, uri: string, pos: Position, includeDeclaration = true): Location[] {
  const target = targetAt(ctx, uri, pos);
  if (!target) return [];
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
