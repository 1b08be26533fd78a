// What a talk reference points at: `[[Event#Talk]]` (split at the last '#'), `[[Talk]]`,
// `[[Event]]`, a markdown link to a note and heading, or a timetable line.
// Links resolve relative to their note and never outside the workspace folders.
import type { Event, Range, TalkReference } from '../model';
import { wikiLinkNamesTool } from '../catalog/catalog';
import { headingAnchor, nameKey } from '../text';
import { linkTargetUri, speakerKey, type SpeakerEntry, type StoredNote, type TalkEntry } from '../workspace-index';
import type { FeatureContext } from './context';

export interface EventEntry {
  event: Event;
  note: StoredNote;
}

export type Resolution =
  | { kind: 'talks'; talks: TalkEntry[] }
  | { kind: 'event'; events: EventEntry[] }
  /** A link to a heading (or a whole note) that is not a talk. */
  | { kind: 'place'; uri: string; range: Range }
  /** Names nothing in the index: worth a diagnostic. */
  | { kind: 'unresolved'; reason: string }
  /** A link that leaves the workspace, or to a file the index does not hold: not ours to judge. */
  | { kind: 'ignored' };

export function resolveReference(ctx: FeatureContext, note: StoredNote, ref: TalkReference): Resolution {
  if (ref.kind === 'link') return resolveLink(ctx, note, ref);
  const { index } = ctx;
  const { event, talk } = ref.target;
  if (ref.kind === 'agenda' && talk) {
    const all = index.talksTitled(talk);
    const here = all.filter((t) => t.note.uri === note.uri);
    if (here.length || all.length) return { kind: 'talks', talks: here.length ? here : all };
    return { kind: 'unresolved', reason: `No talk titled “${talk}”.` };
  }
  if (event !== undefined && talk !== undefined) {
    const events = index.eventsNamed(event);
    const key = nameKey(talk);
    const talks = events.flatMap((e) => e.event.talks.filter((t) => nameKey(t.title) === key).map((t) => index.talk(t.id)!)).filter(Boolean);
    if (talks.length) return { kind: 'talks', talks };
    // `[[C# in Production]]`: the '#' was part of the title.
    const whole = byWholeText(ctx, ref.text);
    if (whole) return whole;
    if (events.length) return { kind: 'unresolved', reason: `${events[0].event.name} has no talk titled “${talk}”.` };
    return { kind: 'unresolved', reason: `No event named “${event}”.` };
  }
  if (talk !== undefined) {
    const whole = byWholeText(ctx, talk);
    if (whole) return whole;
    // A wiki's own pages: `[[Platform roadmap Q3]]` is that note, `[[Terraform]]` a tool, `[[Jane Doe]]` a speaker.
    if (ref.kind === 'wiki') {
      const uris = ctx.index.notesCalled(talk);
      if (uris.length) return { kind: 'place', uri: uris[0], range: zeroRange(0) };
      if (wikiLinkNamesTool(ref, ctx.index.catalog) || ctx.index.speaker(speakerKey(talk))) return { kind: 'ignored' };
    }
    return { kind: 'unresolved', reason: `No talk, event, note or speaker named “${talk}”.` };
  }
  return { kind: 'unresolved', reason: 'Empty reference.' };
}

function byWholeText(ctx: FeatureContext, text: string): Resolution | null {
  const talks = ctx.index.talksTitled(text);
  if (talks.length) return { kind: 'talks', talks: sortTalksByDate(talks) };
  const events = ctx.index.eventsNamed(text);
  if (events.length) return { kind: 'event', events };
  return null;
}

function resolveLink(ctx: FeatureContext, note: StoredNote, ref: TalkReference): Resolution {
  const { path, fragment } = ref.target;
  const targetUri = linkTargetUri(note.uri, path);
  if (targetUri === null) return { kind: 'ignored' };
  // Never outside the workspace folders (a note outside them, such as a loose open file, links nowhere).
  if (path && (!ctx.rootOf(targetUri) || !ctx.rootOf(note.uri))) return { kind: 'ignored' };
  const target = ctx.index.note(targetUri);
  if (!target) return { kind: 'ignored' };
  if (!fragment) {
    const events = target.events.map((event) => ({ event, note: target }));
    return events.length ? { kind: 'event', events } : { kind: 'place', uri: target.uri, range: zeroRange(0) };
  }
  const wanted = fragment.toLowerCase();
  const heading = ctx.headings(target.uri).find((h) => h.anchor === wanted);
  const talks = target.events.flatMap((e) => e.talks);
  if (heading) {
    const talk = talks.find((t) => t.titleRange.start.line === heading.line);
    if (talk) return { kind: 'talks', talks: [ctx.index.talk(talk.id)!].filter(Boolean) };
    const event = target.events.find((e) => e.nameRange.start.line === heading.line);
    if (event) return { kind: 'event', events: [{ event, note: target }] };
    return { kind: 'place', uri: target.uri, range: zeroRange(heading.line) };
  }
  // Plain-text notes have no headings: accept the anchor of a talk's title.
  const talk = talks.find((t) => headingAnchor(t.title) === wanted);
  if (talk) return { kind: 'talks', talks: [ctx.index.talk(talk.id)!].filter(Boolean) };
  return { kind: 'unresolved', reason: `No heading “#${fragment}” in ${decodeURIComponent(target.uri.split('/').pop() ?? '')}.` };
}

function zeroRange(line: number): Range {
  return { start: { line, character: 0 }, end: { line, character: 0 } };
}

/**
 * Newest first; undated last; then by title, note and line. Every list the features return is
 * ordered by what it holds, never by the order notes happened to be indexed in, so a server that
 * followed a thousand edits answers exactly what a freshly started one does.
 */
export function sortTalksByDate(talks: TalkEntry[]): TalkEntry[] {
  return talks.slice().sort(compareTalks);
}

export function compareTalks(a: TalkEntry, b: TalkEntry): number {
  return compareDatesDesc(a.event.date, b.event.date) || a.talk.title.localeCompare(b.talk.title) || compareStrings(a.note.uri, b.note.uri) || a.talk.titleRange.start.line - b.talk.titleRange.start.line;
}

/** Code-unit order: total and locale-independent (for tie-breaks on URIs and ids). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface SpeakerSummary {
  key: string;
  /** The spelling they are most often written with (ties: the first in code-unit order). */
  name: string;
  /** Their organisations, from the newest talk back. */
  orgs: string[];
  /** Their newest talk. */
  newest: TalkEntry | undefined;
  talkCount: number;
}

/** A speaker as the features show them, independent of indexing order; linear in their talks. */
export function speakerSummary(sp: SpeakerEntry): SpeakerSummary {
  return summarizeSpeaker(sp.key, sp.name, sp.talks, (t, i) => speakerKey(t.talk.speakers[i].name));
}

/**
 * speakerSummary of the speaker with this key and these talks; `keyAt` gives the key of a talk's
 * i-th speaker (a caller that has the keys already need not compute them again).
 */
export function summarizeSpeaker<T extends TalkEntry>(key: string, fallbackName: string, talks: readonly T[], keyAt: (talk: T, i: number) => string): SpeakerSummary {
  const counts = new Map<string, number>();
  const orgNewest = new Map<string, TalkEntry>();
  let newest: TalkEntry | undefined;
  for (const t of talks) {
    if (!newest || compareTalks(t, newest) < 0) newest = t;
    const speakers = t.talk.speakers;
    for (let i = 0; i < speakers.length; i++) {
      if (keyAt(t, i) !== key) continue;
      const s = speakers[i];
      counts.set(s.name, (counts.get(s.name) ?? 0) + 1);
      const seen = s.org ? orgNewest.get(s.org) : undefined;
      if (s.org && (!seen || compareTalks(t, seen) < 0)) orgNewest.set(s.org, t);
    }
  }
  // One spelling or one organisation (most speakers) needs no sort.
  const name = counts.size === 1 ? counts.keys().next().value! : ([...counts].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))[0]?.[0] ?? fallbackName);
  const orgs = orgNewest.size <= 1 ? [...orgNewest.keys()] : [...orgNewest].sort((a, b) => compareTalks(a[1], b[1]) || compareStrings(a[0], b[0])).map(([org]) => org);
  return { key, name, orgs, newest, talkCount: talks.length };
}

/** A speaker with their talks newest first (see speakerSummary). */
export function speakerView(sp: SpeakerEntry): SpeakerEntry {
  const { key, name, orgs } = speakerSummary(sp);
  return { key, name, orgs, talks: sortTalksByDate(sp.talks) };
}

export function compareDatesDesc(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return a < b ? 1 : -1;
}

/** Every reference in the workspace that resolves to one of these talks (or events). */
export function referencesTo(ctx: FeatureContext, ids: { talkIds?: Set<string>; eventIds?: Set<string> }): Array<{ note: StoredNote; ref: TalkReference }> {
  const out: Array<{ note: StoredNote; ref: TalkReference }> = [];
  const talkKeys = new Set<string>();
  const eventKeys = new Set<string>();
  // Links are found under the note they point at.
  const linked = new Set<string>();
  for (const id of ids.talkIds ?? []) {
    const t = ctx.index.talk(id);
    if (t) talkKeys.add(nameKey(t.talk.title)), linked.add(t.note.uri);
  }
  for (const id of ids.eventIds ?? []) {
    const e = ctx.index.event(id);
    if (e) eventKeys.add(nameKey(e.event.name)), linked.add(e.note.uri);
  }
  const keys = [...talkKeys, ...eventKeys, ...[...linked].map((uri) => 'link:' + uri)];
  const notes = new Set<StoredNote>();
  for (const key of keys) for (const note of ctx.index.notesReferring(key)) notes.add(note);
  for (const note of notes) {
    for (const ref of note.references) {
      // Cheap filter first: the reference must name one of the titles, or link to one of the notes.
      if (ref.kind !== 'link') {
        const t = nameKey(ref.target.talk ?? '');
        const whole = nameKey(ref.text);
        if (!talkKeys.has(t) && !talkKeys.has(whole) && !eventKeys.has(t) && !eventKeys.has(whole)) continue;
      } else {
        const target = linkTargetUri(note.uri, ref.target.path);
        if (target === null || !linked.has(target)) continue;
      }
      const r = resolveReference(ctx, note, ref);
      if (r.kind === 'talks' && r.talks.some((t) => ids.talkIds?.has(t.talk.id))) out.push({ note, ref });
      else if (r.kind === 'event' && r.events.some((e) => ids.eventIds?.has(e.event.id))) out.push({ note, ref });
    }
  }
  return out;
}
