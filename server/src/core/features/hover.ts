// Hover cards: a tool (what it is, where you heard of it), a talk or a reference to one,
// an event, a speaker. Everything taken from notes goes through CardWriter, which escapes it.
import { cardWords } from './messages';
import type { Position } from '../model';
import { SUMMARY_FIELDS } from '../mentions';
import { speakerKey, type TalkEntry, type ToolStats, type WorkspaceIndex } from '../workspace-index';
import { targetAt, type Target } from './at-position';
import type { FeatureContext } from './context';
import { categoryLabel } from './categories';
import { CardWriter, displayText, lineLink } from './markdown-escape';
import { compareTalks, resolveReference, speakerView, type EventEntry } from './resolve-reference';
import type { HoverResult } from './types';

export { CATEGORY_LABELS } from './categories';

export function hover(ctx: FeatureContext, uri: string, pos: Position): HoverResult | null {
  const target = targetAt(ctx, uri, pos);
  if (!target) return null;
  if (target.kind === 'tool') {
    const text = toolCardText(ctx, target.toolId);
    return text && { markdown: text.markdown, plaintext: text.plaintext, range: target.range };
  }
  const card = cardFor(ctx, target);
  if (!card) return null;
  return { markdown: card.markdown(), plaintext: card.plaintext(), range: target.range };
}

function cardFor(ctx: FeatureContext, target: Target): CardWriter | null {
  switch (target.kind) {
    case 'tool':
      return null;
    case 'talk':
      return talkCard(ctx, [target.talk], false);
    case 'speaker':
      return speakerCard(ctx, target.key, target.name);
    case 'event':
      return eventCard(ctx, [target.event]);
    case 'reference': {
      const r = resolveReference(ctx, target.note, target.ref);
      if (r.kind === 'talks') return talkCard(ctx, r.talks, true);
      if (r.kind === 'event') return eventCard(ctx, r.events);
      if (r.kind === 'unresolved') return new CardWriter().strong(cardWords(ctx.options.locale).unresolvedReference).line().text(r.reason);
      return null;
    }
  }
}

/** The tool card, as markdown and plain text (also served by the toolCard request). */
export function toolCard(ctx: FeatureContext, toolId: string): { name: string; markdown: string; plaintext: string } | null {
  const text = toolCardText(ctx, toolId);
  const tool = ctx.index.catalog.get(toolId);
  if (!text || !tool) return null;
  return { name: displayText(tool.name), markdown: text.markdown, plaintext: text.plaintext };
}

/** What a tool card says of the tool's stats (see ToolStats). */
interface CardCounts {
  talks: number;
  events: number;
  mentions: number;
  notes: number;
  first: string | null;
  last: string | null;
}

/** A card as it is sent (made once per card: a hover on a tool, or the background's look at every tool after an edit, then only reads it). */
interface CardText {
  markdown: string;
  plaintext: string;
}

interface KeptCard {
  stamp: number;
  titlesStamp: number;
  text: CardText | null;
  counts: CardCounts | undefined;
}

/**
 * Tool cards, per tool and detail setting, each kept while what the notes say of the tool stays
 * (the index's tool stamp and titles stamp) and the catalog stays: an edit remakes the cards of
 * its own tools only. When only some of its talks' titles changed, the counts are kept and only
 * its newest talks looked at again.
 */
const toolCards = new WeakMap<object, { catalog: object; cards: Map<string, KeptCard> }>();

function toolCardText(ctx: FeatureContext, toolId: string): CardText | null {
  let memo = toolCards.get(ctx.index);
  if (!memo || memo.catalog !== ctx.index.catalog) toolCards.set(ctx.index, (memo = { catalog: ctx.index.catalog, cards: new Map() }));
  const key = `${ctx.options.hoverDetail}\u0000${ctx.options.locale ?? 'en'}\u0000${toolId}`;
  const stamp = ctx.index.toolStamp(toolId);
  const titlesStamp = ctx.index.toolTitlesStamp(toolId);
  const known = memo.cards.get(key);
  if (known && known.stamp === stamp && known.titlesStamp === titlesStamp) return known.text;
  const kept: KeptCard = { stamp, titlesStamp, text: null, counts: known && known.stamp === stamp ? known.counts : undefined };
  const card = buildToolCard(ctx, toolId, kept);
  kept.text = card && { markdown: card.markdown(), plaintext: card.plaintext() };
  memo.cards.set(key, kept);
  return kept.text;
}

/** A tool's card; its counts from `kept.counts` when they still hold (else from the tool's stats, kept there). */
function buildToolCard(ctx: FeatureContext, toolId: string, kept: KeptCard): CardWriter | null {
  const { index } = ctx;
  const tool = index.catalog.get(toolId);
  if (!tool) return null;
  const compact = ctx.options.hoverDetail === 'compact';
  const words = cardWords(ctx.options.locale);
  const w = new CardWriter();
  w.strong(tool.name).text(' \u2014 ').em(categoryLabel(tool.category, ctx.options.locale));
  if (tool.vendor) w.text(` \u00b7 ${tool.vendor}`);
  w.line();
  if (tool.description) w.text(tool.description).line();
  if (tool.homepage && /^https?:\/\//i.test(tool.homepage)) w.link(hostOf(tool.homepage), tool.homepage).line();
  const aliases = index.catalog.aliasesOf(tool);
  if (aliases.length && !compact) w.text(words.alsoWritten).text(aliases.join(', ')).line();
  // Its mentions that spell the parent's name count for the parent too (Catalog.partWithin).
  const parents = (tool.partOf ?? []).map((id) => index.catalog.get(id)?.name).filter((n): n is string => !!n);
  if (parents.length && !compact) w.text(words.partOf).text(parents.join(', ')).line();
  if (tool.definition) w.text(words.definedInToolFile).link(`${fileName(tool.definition.uri)}:${tool.definition.range.start.line + 1}`, lineLink(tool.definition.uri, tool.definition.range.start.line)).line();

  // Where you heard of it: the index's stats of the tool, no mention is read.
  const counts = (kept.counts ??= cardCounts(index.toolStats(toolId)));
  const { first, last } = counts;
  w.para().strong(words.whereHeard);
  if (!counts.mentions) {
    w.text(words.notMentionedYet).line();
    return w;
  }
  w.text(words.heardCounts(counts.talks, counts.events, counts.mentions, counts.notes));
  if (first !== null && last !== null) w.text(first === last ? ` \u00b7 ${first}` : ` \u00b7 ${words.firstLast(first, last)}`);
  w.line();
  const recent = newestTalksOfTool(index, toolId, () => index.toolStats(toolId).talks, compact ? 3 : 5);
  if (recent.length) {
    w.para();
    for (const t of recent) talkLine(w, t);
    if (counts.talks > recent.length) w.para().text(words.andMore(counts.talks - recent.length)).line();
  }
  return w;
}

function cardCounts(stats: ToolStats): CardCounts {
  return { talks: stats.talks.length, events: stats.events, mentions: stats.mentions, notes: stats.notes, first: stats.first, last: stats.last };
}

/** Per index, per tool and count: the newest talks of the tool, as of an index version. */
const newestByTool = new WeakMap<WorkspaceIndex, Map<string, { version: number; talks: TalkEntry[] }>>();

/**
 * newestTalks(talks, k) for the tool's talks (`talks`, from its stats), brought forward from the
 * last answer when it can be: after an edit, only the changed notes' talks can enter (reading
 * every talk of a much-mentioned tool took milliseconds, on the way to the first hover after an
 * edit). When one of the kept talks is in a changed note, it may have gone: all are read again.
 */
function newestTalksOfTool(index: WorkspaceIndex, toolId: string, talks: () => TalkEntry[], k: number): TalkEntry[] {
  let memo = newestByTool.get(index);
  if (!memo) newestByTool.set(index, (memo = new Map()));
  const key = `${k}\u0000${toolId}`;
  const known = memo.get(key);
  let recent: TalkEntry[] | null = null;
  if (known) {
    const touched = index.touchedSince(known.version);
    if (touched) recent = broughtForward(index, toolId, known.talks, touched, k);
  }
  recent ??= newestTalks(talks(), k);
  memo.set(key, { version: index.version, talks: recent });
  return recent;
}

/** The newest `k` talks of a tool after changes (`touched`: WorkspaceIndex.touchedSince), from the `k` newest before; null when they must be looked for again. */
function broughtForward(index: WorkspaceIndex, toolId: string, before: TalkEntry[], touched: Set<string>, k: number): TalkEntry[] | null {
  const changed: string[] = [];
  for (const key of touched) if (key.startsWith('link:')) changed.push(key.slice(5));
  if (!changed.length) return before;
  const changedSet = new Set(changed);
  for (const t of before) if (changedSet.has(t.note.uri)) return null;
  const candidates = before.slice();
  for (const uri of changed) {
    const note = index.note(uri);
    if (!note) continue;
    const { summary, strings } = note.mentions;
    for (let r = 0; r < summary.length; r += SUMMARY_FIELDS) {
      if (strings[summary[r]] !== toolId || summary[r + 1] < 0) continue;
      const entry = index.talk(strings[summary[r + 1]]);
      if (entry) candidates.push(entry);
    }
  }
  return newestTalks(candidates, k);
}

/** The first `k` talks in sortTalksByDate's order, without sorting them all. */
export function newestTalks(talks: TalkEntry[], k: number): TalkEntry[] {
  const best: TalkEntry[] = [];
  for (const t of talks) {
    if (best.length === k && compareTalks(t, best[k - 1]) >= 0) continue;
    let i = best.length === k ? k - 1 : best.length;
    while (i > 0 && compareTalks(t, best[i - 1]) < 0) {
      best[i] = best[i - 1];
      i--;
    }
    best[i] = t;
  }
  return best;
}

function talkLine(w: CardWriter, t: TalkEntry): void {
  w.bullet().link(t.talk.title, lineLink(t.note.uri, t.talk.titleRange.start.line));
  w.text(` \u2014 ${t.event.name}${t.event.date ? `, ${t.event.date}` : ''}`).line();
}

function talkCard(ctx: FeatureContext, talks: TalkEntry[], fromReference: boolean): CardWriter {
  const words = cardWords(ctx.options.locale);
  const w = new CardWriter();
  talks.forEach((t, i) => {
    if (i) w.para();
    if (fromReference) w.link(t.talk.title, lineLink(t.note.uri, t.talk.titleRange.start.line));
    else w.strong(t.talk.title);
    w.line();
    if (t.talk.otherTitle !== undefined) w.text(`\u201c${t.talk.otherTitle}\u201d`).line();
    const when = t.event.date ? (t.event.endDate ? `${t.event.date} \u2013 ${t.event.endDate}` : t.event.date) : words.noDate;
    w.em(t.event.name).text(` \u00b7 ${when}${t.event.location ? ` \u00b7 ${t.event.location}` : ''}`).line();
    if (t.talk.speakers.length) w.text(`${words.speakers(t.talk.speakers.length)}${t.talk.speakers.map((s) => (s.org ? `${s.name} (${s.org})` : s.name)).join(', ')}`).line();
    if (t.talk.tools.length) {
      w.text(words.tools);
      t.talk.tools.slice(0, 12).forEach((c, k) => {
        if (k) w.text(', ');
        w.text(ctx.index.catalog.get(c.toolId)?.name ?? c.toolId);
        if (c.count > 1) w.text(` \u00d7${c.count}`);
      });
      w.line();
    }
  });
  return w;
}

function eventCard(ctx: FeatureContext, events: EventEntry[]): CardWriter {
  const words = cardWords(ctx.options.locale);
  const w = new CardWriter();
  events.forEach(({ event, note }, i) => {
    if (i) w.para();
    w.link(event.name, lineLink(note.uri, event.nameRange.start.line)).line();
    const when = event.date ? (event.endDate ? `${event.date} \u2013 ${event.endDate}` : event.date) : words.noDate;
    w.text(`${when}${event.location ? ` \u00b7 ${event.location}` : ''} \u00b7 ${words.talks(event.talks.length)}`).line();
    const talks = event.talks.map((t) => ctx.index.talk(t.id)).filter((t): t is TalkEntry => !!t);
    if (talks.length) w.para();
    for (const t of talks.slice(0, 12)) w.bullet().link(t.talk.title, lineLink(t.note.uri, t.talk.titleRange.start.line)).line();
  });
  return w;
}

function speakerCard(ctx: FeatureContext, key: string, name: string): CardWriter | null {
  const entry = ctx.index.speaker(key) ?? ctx.index.speaker(speakerKey(name));
  if (!entry) return null;
  const sp = speakerView(entry);
  const w = new CardWriter();
  w.strong(sp.name);
  if (sp.orgs.length) w.text(` \u00b7 ${sp.orgs.join(', ')}`);
  w.line();
  const talks = sp.talks;
  const events = new Set(talks.map((t) => t.event.id));
  w.text(cardWords(ctx.options.locale).talksAtEvents(talks.length, events.size)).line().para();
  for (const t of talks.slice(0, 10)) talkLine(w, t);
  return w;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '') || url;
  } catch {
    return url;
  }
}

function fileName(uri: string): string {
  const last = uri.split('/').pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
