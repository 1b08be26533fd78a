// Find references: every mention of a tool; every reference to a talk (wiki, link, timetable)
// plus its title; every reference to an event plus its name; a speaker's talks.
import type { Position } from '../model';
import { comparePositions } from '../text';
import { targetAt } from './at-position';
import type { FeatureContext } from './context';
import { referencesTo, resolveReference } from './resolve-reference';
import type { WorkspaceIndex } from '../workspace-index';
import type { Location } from './types';

export function references(ctx: FeatureContext, uri: string, pos: Position, includeDeclaration = true): Location[] {
  const target = targetAt(ctx, uri, pos);
  if (!target) return [];
  const { index } = ctx;
  const out: Location[] = [];
  let talkIds: Set<string> | undefined;
  let eventIds: Set<string> | undefined;
  switch (target.kind) {
    case 'tool': {
      const tool = index.catalog.get(target.toolId);
      const mentions = toolMentionLocations(index, target.toolId);
      if (!includeDeclaration || !tool?.definition) return mentions.slice();
      return sortLocations([{ uri: tool.definition.uri, range: tool.definition.range }, ...mentions]);
    }
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

/** The last few tools asked for: every mention, in sortLocations' order, kept while no note mentioning the tool comes, changes or goes. */
const toolMemo = new WeakMap<WorkspaceIndex, Map<string, { stamp: number; locations: Location[] }>>();

/**
 * Every mention of a tool as locations, in the order sortLocations gives (URI by localeCompare,
 * then position), without comparing URIs per mention: notes are ordered by their rank in the
 * workspace's URI order (uriRanks), mentions within a note by position.
 */
function toolMentionLocations(index: WorkspaceIndex, toolId: string): Location[] {
  let m = toolMemo.get(index);
  if (!m) toolMemo.set(index, (m = new Map()));
  const stamp = index.toolStamp(toolId);
  const known = m.get(toolId);
  if (known && known.stamp === stamp) return known.locations;
  m.delete(toolId);
  const ranks = uriRanks(index);
  const notes = [...index.notesMentioning(toolId)].sort((a, b) => ranks.get(a.uri)! - ranks.get(b.uri)!);
  const out: Location[] = [];
  for (const note of notes) {
    const { mentions } = note;
    const ranges = mentions.indexesOf(toolId).map((i) => mentions.range(i));
    ranges.sort((a, b) => comparePositions(a.start, b.start));
    for (let k = 0; k < ranges.length; k++) {
      if (k && comparePositions(ranges[k].start, ranges[k - 1].start) === 0) continue;
      out.push({ uri: note.uri, range: ranges[k] });
    }
  }
  if (m.size >= 8) m.delete(m.keys().next().value!);
  m.set(toolId, { stamp, locations: out });
  return out;
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
