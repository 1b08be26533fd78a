// The data behind the custom requests (see server/src/protocol.ts, whose types these match
// structurally): events by year, tools by category, speakers, the talk at a position, counts.
import type { Position } from '../model';
import { rangeContains } from '../text';
import type { TalkEntry } from '../workspace-index';
import { targetAt } from './at-position';
import type { FeatureContext } from './context';
import { CATEGORY_LABELS } from './hover';
import { compareDatesDesc, compareStrings, resolveReference, sortTalksByDate, speakerView } from './resolve-reference';
import { displayText } from './markdown-escape';
import { runToEnd, STEP, type Steps } from './steps';
import type { Location } from './types';

export interface ToolRefItem {
  id: string;
  name: string;
  category: string;
  count: number;
}

export interface TalkItem extends Location {
  id: string;
  title: string;
  speakers: string;
  eventId: string;
  eventName: string;
  date: string | null;
  tools: ToolRefItem[];
}

export interface EventItem extends Location {
  id: string;
  name: string;
  date: string | null;
  endDate: string | null;
  location: string | null;
  talks: TalkItem[];
}

export function talkItem(ctx: FeatureContext, t: TalkEntry): TalkItem {
  return {
    id: t.talk.id,
    title: displayText(t.talk.title),
    speakers: displayText(t.talk.speakers.map((s) => (s.org ? `${s.name} (${s.org})` : s.name)).join(', ')),
    eventId: t.event.id,
    eventName: displayText(t.event.name),
    date: t.event.date,
    uri: t.note.uri,
    range: t.talk.titleRange,
    tools: t.talk.tools.map((c) => {
      const tool = ctx.index.catalog.get(c.toolId);
      return { id: c.toolId, name: displayText(tool?.name ?? c.toolId), category: tool?.category ?? 'other', count: c.count };
    }),
  };
}

export type EventTreeResult = { years: Array<{ year: string; events: EventItem[] }> };
export type ToolTreeResult = { categories: Array<{ category: string; tools: Array<ToolRefItem & { vendor: string; description: string; talks: TalkItem[] }> }> };
export type SpeakerTreeResult = { speakers: Array<{ key: string; name: string; orgs: string[]; talks: TalkItem[] }> };

/** Newest year first; events without a date under "undated". Notes with no talk, date or venue are left out. */
export function eventTree(ctx: FeatureContext): EventTreeResult {
  return runToEnd(eventTreeSteps(ctx));
}

/** The event tree in steps (see steps.ts). */
export function* eventTreeSteps(ctx: FeatureContext): Steps<EventTreeResult> {
  const years = new Map<string, EventItem[]>();
  const events = ctx.index.events().filter(({ event }) => event.talks.length || event.date || event.location);
  yield;
  events.sort((a, b) => compareDatesDesc(a.event.date, b.event.date) || a.event.name.localeCompare(b.event.name) || compareStrings(a.note.uri, b.note.uri) || a.event.nameRange.start.line - b.event.nameRange.start.line);
  let n = 0;
  for (const { event, note } of events) {
    const year = event.date ? event.date.slice(0, 4) : 'undated';
    const list = years.get(year) ?? [];
    list.push({
      id: event.id,
      name: displayText(event.name),
      date: event.date,
      endDate: event.endDate,
      location: event.location === null ? null : displayText(event.location),
      uri: note.uri,
      range: event.nameRange,
      talks: event.talks.map((t) => ctx.index.talk(t.id)).filter((t): t is TalkEntry => !!t).map((t) => talkItem(ctx, t)),
    });
    years.set(year, list);
    if (++n % STEP === 0) yield;
  }
  const order = [...years.keys()].sort((a, b) => (a === 'undated' ? 1 : b === 'undated' ? -1 : b.localeCompare(a)));
  return { years: order.map((year) => ({ year, events: years.get(year)! })) };
}

export function toolTree(ctx: FeatureContext): ToolTreeResult {
  return runToEnd(toolTreeSteps(ctx));
}

/** The tool tree in steps (see steps.ts). */
export function* toolTreeSteps(ctx: FeatureContext): Steps<ToolTreeResult> {
  const { index } = ctx;
  const byCat = new Map<string, Array<ToolRefItem & { vendor: string; description: string; talks: TalkItem[] }>>();
  for (const { toolId, count } of index.mentionedTools()) {
    const tool = index.catalog.get(toolId);
    if (!tool) continue;
    const list = byCat.get(tool.category) ?? [];
    list.push({
      id: tool.id,
      name: displayText(tool.name),
      category: tool.category,
      count,
      vendor: displayText(tool.vendor),
      description: displayText(tool.description),
      talks: sortTalksByDate(index.talksMentioning(toolId)).map((t) => talkItem(ctx, t)),
    });
    byCat.set(tool.category, list);
    yield;
  }
  const label = (c: string) => CATEGORY_LABELS[c] ?? c;
  return {
    categories: [...byCat.entries()]
      .sort((a, b) => label(a[0]).localeCompare(label(b[0])))
      .map(([category, tools]) => ({ category, tools: tools.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)) })),
  };
}

export function speakerTree(ctx: FeatureContext): SpeakerTreeResult {
  return runToEnd(speakerTreeSteps(ctx));
}

/** The speaker tree in steps (see steps.ts). */
export function* speakerTreeSteps(ctx: FeatureContext): Steps<SpeakerTreeResult> {
  const speakers: SpeakerTreeResult['speakers'] = [];
  let talks = 0;
  for (const entry of ctx.index.speakers()) {
    const sp = speakerView(entry);
    speakers.push({ key: sp.key, name: displayText(sp.name), orgs: sp.orgs.map(displayText), talks: sp.talks.map((t) => talkItem(ctx, t)) });
    talks += sp.talks.length;
    if (talks >= STEP) {
      talks = 0;
      yield;
    }
  }
  return { speakers: speakers.sort((a, b) => a.name.localeCompare(b.name) || compareStrings(a.key, b.key)) };
}

/** The talk whose title or notes hold a position, or that a reference there points at. */
export function talkAt(ctx: FeatureContext, uri: string, pos: Position): TalkItem | null {
  const target = targetAt(ctx, uri, pos);
  if (target?.kind === 'talk' || target?.kind === 'speaker') return talkItem(ctx, target.talk);
  if (target?.kind === 'reference') {
    const r = resolveReference(ctx, target.note, target.ref);
    if (r.kind === 'talks' && r.talks.length) return talkItem(ctx, r.talks[0]);
  }
  const note = ctx.index.note(uri);
  for (const event of note?.events ?? []) {
    for (const talk of event.talks) {
      if (rangeContains(talk.bodyRange, pos)) {
        const t = ctx.index.talk(talk.id);
        if (t) return talkItem(ctx, t);
      }
    }
  }
  return null;
}

export interface IndexCounts {
  notes: number;
  events: number;
  talks: number;
  speakers: number;
  tools: number;
  mentions: number;
}

export function indexCounts(ctx: FeatureContext): IndexCounts {
  const { index } = ctx;
  const tools = index.mentionedTools();
  return {
    notes: index.size,
    events: index.events().filter(({ event }) => event.talks.length || event.date || event.location).length,
    talks: index.talkCount,
    speakers: index.speakerCount,
    tools: tools.length,
    mentions: tools.reduce((n, t) => n + t.count, 0),
  };
}
