// Find references: every mention of a tool; every reference to a talk (wiki, link, timetable)
// plus its title; every reference to an event plus its name; a speaker's talks.
import type { Position } from '../model';
import { comparePositions } from '../text';
import { targetAt } from './at-position';
import type { FeatureContext } from './context';
import { referencesTo, resolveReference } from './resolve-reference';
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
      if (includeDeclaration && tool?.definition) out.push({ uri: tool.definition.uri, range: tool.definition.range });
      for (const { mention, note } of index.mentionsOf(target.toolId)) out.push({ uri: note.uri, range: mention.range });
      return sortLocations(out);
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
