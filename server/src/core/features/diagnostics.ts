// Diagnostics: references that name no talk or event; contradictions between notes
// (one talk at one event with two dates, one event with two venues); front-matter problems;
// tool-file problems. Nothing here reads prose: only references and extracted facts.
import type { Event, Range } from '../model';
import { nameKeyOf as nameKey, type StoredNote as Note } from '../workspace-index';
import type { FeatureContext } from './context';
import { displayText } from './markdown-escape';
import { resolveReference } from './resolve-reference';
import { runToEnd, STEP, type Steps } from './steps';
import { Severity, type Diagnostic } from './types';

export const UNRESOLVED = 'unresolved-reference';
export const TALK_DATES = 'talk-date-conflict';
export const EVENT_VENUES = 'event-venue-conflict';

const SOURCE = 'infranotes' as const;

/** Diagnostics of one note (or tool file). */
export function diagnostics(ctx: FeatureContext, uri: string): Diagnostic[] {
  if (ctx.isToolFile(uri)) return toolFileDiagnostics(ctx, uri);
  const note = ctx.index.note(uri);
  if (!note) return [];
  return [...noteDiagnostics(ctx, note), ...(contradictions(ctx).get(uri) ?? [])];
}

/** A diagnostic's message quotes note text: shown without bidirectional or control characters. */
function cleaned(list: Diagnostic[]): Diagnostic[] {
  return list.map((d) => ({ ...d, message: displayText(d.message), relatedInformation: d.relatedInformation?.map((r) => ({ ...r, message: displayText(r.message) })) }));
}

/** Every note and tool file with something to report. */
export function allDiagnostics(ctx: FeatureContext): Map<string, Diagnostic[]> {
  return runToEnd(allDiagnosticsSteps(ctx));
}

/**
 * Each note's own diagnostics as last computed, with the note they were made for, and the notes
 * with something to report, as of an index version. A change only redoes the notes that changed
 * and the notes whose references could resolve differently now: those holding a reference under
 * a key whose answer the change can move (see keysToRedo), not every reference of the workspace,
 * and no pass over every note.
 */
interface NoteCache {
  version: number;
  roots: string;
  byUri: Map<string, { note: Note; list: Diagnostic[] }>;
  /** The notes whose own list is not empty. */
  reporting: Map<string, Diagnostic[]>;
  /** Bumped by every update put in, so that a run that another overtook does not put its own in. */
  commits: number;
}
const noteCache = new WeakMap<FeatureContext, NoteCache>();

/** Every note's diagnostics, in steps (see steps.ts). */
export function* allDiagnosticsSteps(ctx: FeatureContext): Steps<Map<string, Diagnostic[]>> {
  const out = new Map(yield* allDiagnosticNotes(ctx));
  for (const [uri, list] of yield* contradictionsSteps(ctx)) out.set(uri, [...(out.get(uri) ?? []), ...list]);
  for (const t of ctx.toolFiles) {
    const list = toolFileDiagnostics(ctx, t.uri);
    if (list.length) out.set(t.uri, list);
  }
  return out;
}

/** The notes with diagnostics of their own, by URI (the cache's map: not to be changed). */
function* allDiagnosticNotes(ctx: FeatureContext): Steps<Map<string, Diagnostic[]>> {
  const version = ctx.index.version;
  const roots = ctx.roots.join('\n');
  const cache = noteCache.get(ctx);
  const touched = cache && cache.roots === roots ? ctx.index.touchedSince(cache.version) : null;
  return touched ? yield* updatedNotes(ctx, cache!, touched, version) : yield* everyNote(ctx, version, roots);
}

function* everyNote(ctx: FeatureContext, version: number, roots: string): Steps<Map<string, Diagnostic[]>> {
  const byUri = new Map<string, { note: Note; list: Diagnostic[] }>();
  const reporting = new Map<string, Diagnostic[]>();
  let n = 0;
  for (const note of ctx.index.notes()) {
    const list = noteDiagnostics(ctx, note);
    byUri.set(note.uri, { note, list });
    if (list.length) reporting.set(note.uri, list);
    n += 8 * (1 + note.references.length);
    if (n >= 8 * STEP) {
      n = 0;
      yield;
    }
  }
  // Made while the index changed (a sliced run let an edit in): good for this answer, not for the next.
  if (ctx.index.version === version) noteCache.set(ctx, { version, roots, byUri, reporting, commits: 0 });
  return reporting;
}

/**
 * The notes' diagnostics after the changes that touched `keys` (taken at index version
 * `version`): the changed notes (the journal names each as `link:` + its URI) and the notes
 * referring to what they changed are done again; the new lists are put in the cache in one step
 * at the end (a run may stop at any step and never come back). The cache is then as of `version`
 * even when the index (or another run) moved meanwhile: the next run looks again at everything
 * touched since, so a list made from a newer or an older state is made again if it could differ.
 */
function* updatedNotes(ctx: FeatureContext, cache: NoteCache, keys: Set<string>, version: number): Steps<Map<string, Diagnostic[]>> {
  const { index } = ctx;
  const commits = cache.commits;
  const redoKeys = new Set<string>();
  const changed = new Map<string, Note | undefined>();
  for (const key of keys) {
    if (!key.startsWith('link:')) continue;
    const uri = key.slice(5);
    const old = cache.byUri.get(uri)?.note;
    const now = index.note(uri);
    if (old === now) continue;
    changed.set(uri, now);
    keysToRedo(old, now, redoKeys);
  }
  const redo = new Set<Note>();
  for (const key of redoKeys) for (const note of index.notesReferring(key)) if (!changed.has(note.uri)) redo.add(note);
  for (const note of changed.values()) if (note) redo.add(note);
  const lists = new Map<string, { note: Note; list: Diagnostic[] } | null>();
  for (const uri of changed.keys()) lists.set(uri, null);
  let n = 0;
  for (const note of redo) {
    lists.set(note.uri, { note, list: noteDiagnostics(ctx, note) });
    n += 8 * (1 + note.references.length);
    if (n >= 8 * STEP) {
      n = 0;
      yield;
    }
  }
  // Another run put its lists in meanwhile (or the cache was made anew): start again from there.
  if (cache.commits !== commits || noteCache.get(ctx) !== cache) return yield* allDiagnosticNotes(ctx);
  cache.commits++;
  for (const [uri, entry] of lists) {
    if (entry) cache.byUri.set(uri, entry);
    else cache.byUri.delete(uri);
    if (entry?.list.length) cache.reporting.set(uri, entry.list);
    else cache.reporting.delete(uri);
  }
  cache.version = version;
  return cache.reporting;
}

/**
 * The reference keys (see WorkspaceIndex.referenceKeys) under which a reference may resolve
 * differently after a note went from `old` to `now`: links to the note; the names of its events
 * (which events carry a name, their talks, the first one's spelling); and the titles whose
 * number of talks in the note changed. A title that the note has as often as before still names a
 * talk, and a reference by title alone asks no more than that (one naming an event too is found
 * under the event's name). So an edit of one talk's title redoes the references to its old and
 * new title, not to every talk of the note.
 */
function keysToRedo(old: Note | undefined, now: Note | undefined, into: Set<string>): void {
  into.add('link:' + (now ?? old)!.uri);
  const titles = new Map<string, number>();
  for (const [note, sign] of [[old, -1], [now, 1]] as const) {
    if (!note) continue;
    for (const e of note.events) {
      into.add(nameKey(e.name));
      for (const t of e.talks) {
        const k = nameKey(t.title);
        titles.set(k, (titles.get(k) ?? 0) + sign);
      }
    }
  }
  for (const [k, d] of titles) if (d !== 0) into.add(k);
}

function noteDiagnostics(ctx: FeatureContext, note: Note): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const p of note.problems) out.push({ range: p.range, severity: Severity.Warning, code: 'front-matter', source: SOURCE, message: p.message });
  for (const ref of note.references) {
    const r = resolveReference(ctx, note, ref);
    if (r.kind !== 'unresolved') continue;
    const shown = ref.kind === 'wiki' ? `[[${ref.text}]]` : ref.kind === 'link' ? `link to ${ref.target.path ?? ''}${ref.target.fragment ? '#' + ref.target.fragment : ''}` : `“${ref.text}”`;
    out.push({ range: ref.range, severity: Severity.Warning, code: UNRESOLVED, source: SOURCE, message: `Unresolved talk reference ${shown}: ${r.reason}` });
  }
  return cleaned(out);
}

function toolFileDiagnostics(ctx: FeatureContext, uri: string): Diagnostic[] {
  const file = ctx.toolFiles.find((t) => t.uri === uri);
  return cleaned((file?.problems ?? []).map((p) => ({
    range: p.range,
    severity: /not valid YAML/i.test(p.message) ? Severity.Error : Severity.Warning,
    code: 'tool-file',
    source: SOURCE,
    message: p.message,
  })));
}

const contradictionCache = new WeakMap<FeatureContext, { version: number; byUri: Map<string, Diagnostic[]> }>();

/** Conflicts between notes, by note URI; computed once per index version. */
export function contradictions(ctx: FeatureContext): Map<string, Diagnostic[]> {
  return runToEnd(contradictionsSteps(ctx));
}

/** Per name key, the contradictions within the group of events carrying it, as last computed. */
const groupCache = new WeakMap<FeatureContext, { version: number; groups: Map<string, Array<[string, Diagnostic]>> }>();

function* contradictionsSteps(ctx: FeatureContext): Steps<Map<string, Diagnostic[]>> {
  const cached = contradictionCache.get(ctx);
  if (cached && cached.version === ctx.index.version) return cached.byUri;
  const version = ctx.index.version;
  // Only the groups whose name a change touched are looked at again (every group the first time).
  const prev = groupCache.get(ctx);
  const touched = prev ? ctx.index.touchedSince(prev.version) : null;
  const groups = touched ? new Map(prev!.groups) : new Map<string, Array<[string, Diagnostic]>>();
  const keys = touched ? [...touched].filter((k) => !k.startsWith('link:')) : [...ctx.index.eventNameKeys()];
  let work = 0;
  for (const key of keys) {
    groups.delete(key);
    const group = ctx.index.eventsWithKey(key).filter(({ event }) => event.talks.length || event.date || event.location);
    work += 1 + group.length * group.length;
    if (work >= STEP * STEP) {
      work = 0;
      yield;
    }
    if (group.length < 2) continue;
    const found = groupContradictions(group);
    if (found.length) groups.set(key, found);
  }
  const byUri = new Map<string, Diagnostic[]>();
  for (const found of groups.values()) {
    for (const [uri, d] of found) {
      const list = byUri.get(uri) ?? [];
      list.push(d);
      byUri.set(uri, list);
    }
  }
  // In the order of the note, whatever order the groups were found in.
  for (const list of byUri.values()) list.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
  // Computed while the index changed (a sliced run let an edit in): good for this answer, not for the next.
  if (ctx.index.version === version) {
    contradictionCache.set(ctx, { version, byUri });
    groupCache.set(ctx, { version, groups });
  }
  return byUri;
}

/** One event, two venues; one talk at one event, two dates: within one group of events of one name. */
function groupContradictions(group: Array<{ event: Event; note: Note }>): Array<[string, Diagnostic]> {
  const out: Array<[string, Diagnostic]> = [];
  const add = (uri: string, d: Diagnostic) => out.push([uri, ...cleaned([d])] as [string, Diagnostic]);
  // One event, two venues (the same edition: dates agree or are unknown).
  for (const a of group) {
    for (const b of group) {
      if (a === b || !a.event.location || !b.event.location) continue;
      const [x, y] = [nameKey(a.event.location), nameKey(b.event.location)];
      // "Boston" and "Boston, MA" are one venue written twice.
      if (x.includes(y) || y.includes(x)) continue;
      if (!datesCompatible(a.event, b.event)) continue;
      add(a.note.uri, {
        range: a.event.nameRange,
        severity: Severity.Warning,
        code: EVENT_VENUES,
        source: SOURCE,
        message: `“${a.event.name}” is at “${a.event.location}” here, but at “${b.event.location}” in ${fileName(b.note.uri)}.`,
        relatedInformation: [{ location: { uri: b.note.uri, range: b.event.nameRange }, message: `venue: ${b.event.location}` }],
      });
      break;
    }
  }
  // One talk at one event, two dates.
  const talks = new Map<string, Array<{ range: Range; event: Event; note: Note; title: string }>>();
  for (const { event, note } of group) {
    for (const t of event.talks) {
      const k = nameKey(t.title);
      if (!k) continue;
      const list = talks.get(k) ?? [];
      list.push({ range: t.titleRange, event, note, title: t.title });
      talks.set(k, list);
    }
  }
  for (const list of talks.values()) {
    if (list.length < 2) continue;
    for (const a of list) {
      const b = list.find((x) => x !== a && x.event.date && a.event.date && !datesCompatible(a.event, x.event));
      if (!b) continue;
      add(a.note.uri, {
        range: a.range,
        severity: Severity.Warning,
        code: TALK_DATES,
        source: SOURCE,
        message: `“${a.title}” at “${a.event.name}” is dated ${a.event.date} here, but ${b.event.date} in ${fileName(b.note.uri)}.`,
        relatedInformation: [{ location: { uri: b.note.uri, range: b.range }, message: `dated ${b.event.date}` }],
      });
    }
  }
  return out;
}

/** Unknown, the same, one a prefix of the other (2024-03 and 2024-03-07), or overlapping spans. */
export function datesCompatible(a: Pick<Event, 'date' | 'endDate'>, b: Pick<Event, 'date' | 'endDate'>): boolean {
  if (!a.date || !b.date) return true;
  if (a.date.startsWith(b.date) || b.date.startsWith(a.date)) return true;
  const aEnd = a.endDate ?? a.date;
  const bEnd = b.endDate ?? b.date;
  return a.date <= bEnd && b.date <= aEnd;
}

function fileName(uri: string): string {
  const last = uri.split('/').pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
