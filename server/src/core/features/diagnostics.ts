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
 * Each note's own diagnostics as last computed, with the note and index version they were made
 * for. A change only redoes the notes that changed and the notes whose references could resolve
 * differently now (those holding a reference under a key the change touched: see
 * WorkspaceIndex.touchedSince), not every reference of the workspace.
 */
const noteCache = new WeakMap<FeatureContext, { version: number; roots: string; byUri: Map<string, { note: Note; list: Diagnostic[] }> }>();

/** Every note's diagnostics, in steps (see steps.ts). */
export function* allDiagnosticsSteps(ctx: FeatureContext): Steps<Map<string, Diagnostic[]>> {
  const out = new Map<string, Diagnostic[]>();
  const version = ctx.index.version;
  const roots = ctx.roots.join('\n');
  const cache = noteCache.get(ctx);
  const touched = cache && cache.roots === roots ? ctx.index.touchedSince(cache.version) : null;
  const redo = new Set<Note>();
  for (const key of touched ?? []) for (const note of ctx.index.notesReferring(key)) redo.add(note);
  const byUri = new Map<string, { note: Note; list: Diagnostic[] }>();
  let n = 0;
  for (const note of ctx.index.notes()) {
    const known = touched ? cache!.byUri.get(note.uri) : undefined;
    let list: Diagnostic[];
    if (known && known.note === note && !redo.has(note)) {
      list = known.list;
      n++;
    } else {
      list = noteDiagnostics(ctx, note);
      n += 8 * (1 + note.references.length);
    }
    byUri.set(note.uri, { note, list });
    if (list.length) out.set(note.uri, list);
    if (n >= 8 * STEP) {
      n = 0;
      yield;
    }
  }
  // Made while the index changed (a sliced run let an edit in): good for this answer, not for the next.
  if (ctx.index.version === version) noteCache.set(ctx, { version, roots, byUri });
  for (const [uri, list] of yield* contradictionsSteps(ctx)) out.set(uri, [...(out.get(uri) ?? []), ...list]);
  for (const t of ctx.toolFiles) {
    const list = toolFileDiagnostics(ctx, t.uri);
    if (list.length) out.set(t.uri, list);
  }
  return out;
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
