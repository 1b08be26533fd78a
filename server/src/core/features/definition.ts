// Go to definition.
// A tool: the user's own entry in the tool file; else the talks that name it in their title;
// else its mentions, newest first (at most DEFINITION_LIMIT places of either).
// A reference: the talk's title line (or the event's name). A speaker: their talks.
import type { Position } from '../model';
import { SUMMARY_FIELDS } from '../mentions';
import type { StoredNote, TalkEntry, WorkspaceIndex } from '../workspace-index';
import { pushMentionsOfTalks } from './mention-layout';
import { targetAt } from './at-position';
import type { FeatureContext } from './context';
import { compareDatesDesc, compareStrings, resolveReference, sortTalksByDate } from './resolve-reference';
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

/**
 * A peek with hundreds of places helps nobody, and sending them costs tens of milliseconds on a
 * large workspace: definition gives the newest places; Find All References gives every one.
 */
export const DEFINITION_LIMIT = 100;

/** Each tool's definition answer, kept while no note mentioning the tool changes and the catalog stays. */
const memo = new WeakMap<WorkspaceIndex, { catalog: object; byTool: Map<string, { stamp: number; answer: Location[] }> }>();

export function toolDefinition(index: WorkspaceIndex, toolId: string): Location[] {
  let m = memo.get(index);
  if (!m || m.catalog !== index.catalog) memo.set(index, (m = { catalog: index.catalog, byTool: new Map() }));
  const stamp = index.toolStamp(toolId);
  let known = m.byTool.get(toolId);
  if (!known || known.stamp !== stamp) m.byTool.set(toolId, (known = { stamp, answer: computeToolDefinition(index, toolId) }));
  return known.answer.slice();
}

function computeToolDefinition(index: WorkspaceIndex, toolId: string): Location[] {
  const tool = index.catalog.get(toolId);
  if (!tool) return [];
  if (tool.definition) return [{ uri: tool.definition.uri, range: tool.definition.range }];
  // Talks that name the tool in their title (each note's summary says which).
  const titled = index.toolStats(toolId).titled;
  if (titled.length) return firstInOrder(titled, DEFINITION_LIMIT, compareTitled).map((t) => ({ uri: t.note.uri, range: t.talk.titleRange }));
  // Else the mentions, newest first.
  return newestMentions(index, toolId, DEFINITION_LIMIT);
}

/** Newest first, then by URI and line. */
function compareTitled(a: TalkEntry, b: TalkEntry): number {
  return compareDatesDesc(a.event.date, b.event.date) || compareStrings(a.note.uri, b.note.uri) || a.talk.titleRange.start.line - b.talk.titleRange.start.line;
}

/**
 * The first `limit` items of a stable sort by `compare`, without sorting them all: most items
 * are turned away by one comparison with the last kept (a much-mentioned tool is named in the
 * titles of thousands of talks, and sorting them took milliseconds). The items are read from the
 * last: talks come in the index's order, oldest folders first, so the newest come first this way.
 */
export function firstInOrder<T>(items: readonly T[], limit: number, compare: (a: T, b: T) => number): T[] {
  const kept: T[] = [];
  if (limit <= 0) return kept;
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i];
    // Read from the last, an item equal to a kept one comes before it in a stable sort.
    if (kept.length === limit && compare(item, kept[limit - 1]) > 0) continue;
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(item, kept[mid]) <= 0) hi = mid;
      else lo = mid + 1;
    }
    if (kept.length === limit) kept.pop();
    kept.splice(lo, 0, item);
  }
  return kept;
}

/**
 * The first `limit` mentions of a tool in the order of newestMentionsByDefinition (date of the
 * mention's talk's event, newest first; then URI, then line; ties in the notes' order), reading
 * only the mentions of the newest dates: the dates come from the notes' summaries (one row per
 * tool and talk), and sorting every mention of a much-mentioned tool by URI took tens of ms.
 */
export function newestMentions(index: WorkspaceIndex, toolId: string, limit: number): Location[] {
  // One group per summary row: a note, a talk in it (or none), and the date its mentions get.
  const groups: Array<{ date: string | null; note: StoredNote; tool: number; talk: number }> = [];
  index.forEachToolNote(toolId, (note, tool, from, to, talks) => {
    const { summary } = note.mentions;
    for (let r = from; r < to; r += SUMMARY_FIELDS) {
      const talk = summary[r + 1];
      const date = talk >= 0 ? talks[talk]?.event.date ?? null : note.events[0]?.date ?? null;
      groups.push({ date, note, tool, talk });
    }
  });
  // Stable: groups of one date stay in the notes' order.
  groups.sort((a, b) => compareDatesDesc(a.date, b.date));
  const out: Location[] = [];
  for (let g = 0; g < groups.length && out.length < limit; ) {
    // The groups of the newest date not taken yet, by note in the notes' order.
    const talksByNote = new Map<StoredNote, { tool: number; talks: Set<number> }>();
    const date = groups[g].date;
    for (; g < groups.length && groups[g].date === date; g++) {
      const { note, tool, talk } = groups[g];
      let e = talksByNote.get(note);
      if (!e) talksByNote.set(note, (e = { tool, talks: new Set() }));
      e.talks.add(talk);
    }
    const found: Location[] = [];
    for (const [note, { tool, talks }] of talksByNote) pushMentionsOfTalks(note, tool, talks, found);
    found.sort((a, b) => a.uri.localeCompare(b.uri) || a.range.start.line - b.range.start.line);
    for (const l of found) out.push(l);
  }
  return out.slice(0, limit);
}

/** What newestMentions answers, by definition: every mention, sorted. The tests hold it to this. */
export function newestMentionsByDefinition(index: WorkspaceIndex, toolId: string, limit: number): Location[] {
  const all: Array<Location & { date: string | null }> = [];
  for (const note of index.notesMentioning(toolId)) {
    const { mentions } = note;
    for (const i of mentions.indexesOf(toolId)) {
      const talkId = mentions.talkId(i);
      const date = talkId ? index.talk(talkId)?.event.date ?? null : note.events[0]?.date ?? null;
      all.push({ uri: note.uri, range: mentions.range(i), date });
    }
  }
  return all
    .sort((a, b) => compareDatesDesc(a.date, b.date) || a.uri.localeCompare(b.uri) || a.range.start.line - b.range.start.line)
    .slice(0, limit)
    .map(({ uri, range }) => ({ uri, range }));
}
