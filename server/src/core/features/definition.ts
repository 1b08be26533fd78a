// Go to definition.
// A tool: the user's own entry in the tool file; else the talks that name it in their title;
// else its mentions, newest first. A reference: the talk's title line (or the event's name).
// A speaker: their talks.
import type { Position } from '../model';
import type { WorkspaceIndex } from '../workspace-index';
import { targetAt } from './at-position';
import type { FeatureContext } from './context';
import { compareDatesDesc, resolveReference, sortTalksByDate } from './resolve-reference';
import type { Location } from './types';

export function definition(ctx: FeatureContext, uri: string, pos: Position): Location[] {
  const target = targetAt(ctx, uri, pos);
  if (!target) return [];
  const { index } = ctx;
  switch (target.kind) {
    case 'tool':
      return toolDefinition(index, target.toolId);
    case 'reference': {
      const r = resolveReference(ctx, target.note, target.ref);
      if (r.kind === 'talks') return r.talks.map((t) => ({ uri: t.note.uri, range: t.talk.titleRange }));
      if (r.kind === 'event') return r.events.map((e) => ({ uri: e.note.uri, range: e.event.nameRange }));
      if (r.kind === 'place') return [{ uri: r.uri, range: r.range }];
      return [];
    }
    case 'speaker': {
      const sp = index.speaker(target.key);
      return sortTalksByDate(sp?.talks ?? [target.talk]).map((t) => ({ uri: t.note.uri, range: t.talk.titleRange }));
    }
    case 'talk':
      return [{ uri: target.talk.note.uri, range: target.talk.talk.titleRange }];
    case 'event':
      return [{ uri: target.event.note.uri, range: target.event.event.nameRange }];
  }
}

export function toolDefinition(index: WorkspaceIndex, toolId: string): Location[] {
  const tool = index.catalog.get(toolId);
  if (!tool) return [];
  if (tool.definition) return [{ uri: tool.definition.uri, range: tool.definition.range }];
  const mentions = index.mentionsOf(toolId);
  const dateOf = (talkId: string | null, noteEventDate: string | null) => (talkId ? index.talk(talkId)?.event.date ?? null : noteEventDate);
  // Talks that name the tool in their title.
  const titled = new Map<string, Location & { date: string | null }>();
  for (const { mention } of mentions) {
    if (!mention.talkId) continue;
    const t = index.talk(mention.talkId);
    if (t && t.talk.titleRange.start.line === mention.range.start.line) {
      titled.set(t.talk.id, { uri: t.note.uri, range: t.talk.titleRange, date: t.event.date });
    }
  }
  if (titled.size) return [...titled.values()].sort((a, b) => compareDatesDesc(a.date, b.date)).map(({ uri, range }) => ({ uri, range }));
  return mentions
    .map(({ mention, note }) => ({ uri: note.uri, range: mention.range, date: dateOf(mention.talkId, note.events[0]?.date ?? null) }))
    .sort((a, b) => compareDatesDesc(a.date, b.date) || a.uri.localeCompare(b.uri) || a.range.start.line - b.range.start.line)
    .map(({ uri, range }) => ({ uri, range }));
}
