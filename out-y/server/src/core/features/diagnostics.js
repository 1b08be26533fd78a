"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EVENT_VENUES = exports.TALK_DATES = exports.UNRESOLVED = void 0;
exports.diagnostics = diagnostics;
exports.allDiagnostics = allDiagnostics;
exports.allDiagnosticsSteps = allDiagnosticsSteps;
exports.contradictions = contradictions;
exports.datesCompatible = datesCompatible;
const workspace_index_1 = require("../workspace-index");
const markdown_escape_1 = require("./markdown-escape");
const resolve_reference_1 = require("./resolve-reference");
const steps_1 = require("./steps");
const types_1 = require("./types");
exports.UNRESOLVED = 'unresolved-reference';
exports.TALK_DATES = 'talk-date-conflict';
exports.EVENT_VENUES = 'event-venue-conflict';
const SOURCE = 'infranotes';
/** Diagnostics of one note (or tool file). */
function diagnostics(ctx, uri) {
    if (ctx.isToolFile(uri))
        return toolFileDiagnostics(ctx, uri);
    const note = ctx.index.note(uri);
    if (!note)
        return [];
    return [...noteDiagnostics(ctx, note), ...(contradictions(ctx).get(uri) ?? [])];
}
/** A diagnostic's message quotes note text: shown without bidirectional or control characters. */
function cleaned(list) {
    return list.map((d) => ({ ...d, message: (0, markdown_escape_1.displayText)(d.message), relatedInformation: d.relatedInformation?.map((r) => ({ ...r, message: (0, markdown_escape_1.displayText)(r.message) })) }));
}
/** Every note and tool file with something to report. */
function allDiagnostics(ctx) {
    return (0, steps_1.runToEnd)(allDiagnosticsSteps(ctx));
}
const noteCache = new WeakMap();
/** Every note's diagnostics, in steps (see steps.ts). */
function* allDiagnosticsSteps(ctx) {
    const out = new Map(yield* allDiagnosticNotes(ctx));
    for (const [uri, list] of yield* contradictionsSteps(ctx))
        out.set(uri, [...(out.get(uri) ?? []), ...list]);
    for (const t of ctx.toolFiles) {
        const list = toolFileDiagnostics(ctx, t.uri);
        if (list.length)
            out.set(t.uri, list);
    }
    return out;
}
/** The notes with diagnostics of their own, by URI (the cache's map: not to be changed). */
function* allDiagnosticNotes(ctx) {
    const version = ctx.index.version;
    const roots = ctx.roots.join('\n');
    const cache = noteCache.get(ctx);
    const touched = cache && cache.roots === roots ? ctx.index.touchedSince(cache.version) : null;
    return touched ? yield* updatedNotes(ctx, cache, touched, version) : yield* everyNote(ctx, version, roots);
}
function* everyNote(ctx, version, roots) {
    const byUri = new Map();
    const reporting = new Map();
    let n = 0;
    for (const note of ctx.index.notes()) {
        const list = noteDiagnostics(ctx, note);
        byUri.set(note.uri, { note, list });
        if (list.length)
            reporting.set(note.uri, list);
        n += 8 * (1 + note.references.length);
        if (n >= 8 * steps_1.STEP) {
            n = 0;
            yield;
        }
    }
    // Made while the index changed (a sliced run let an edit in): good for this answer, not for the next.
    if (ctx.index.version === version)
        noteCache.set(ctx, { version, roots, byUri, reporting, commits: 0 });
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
function* updatedNotes(ctx, cache, keys, version) {
    const { index } = ctx;
    const commits = cache.commits;
    const redoKeys = new Set();
    const changed = new Map();
    for (const key of keys) {
        if (!key.startsWith('link:'))
            continue;
        const uri = key.slice(5);
        const old = cache.byUri.get(uri)?.note;
        const now = index.note(uri);
        if (old === now)
            continue;
        changed.set(uri, now);
        keysToRedo(old, now, redoKeys);
    }
    const redo = new Set();
    for (const key of redoKeys)
        for (const note of index.notesReferring(key))
            if (!changed.has(note.uri))
                redo.add(note);
    for (const note of changed.values())
        if (note)
            redo.add(note);
    const lists = new Map();
    for (const uri of changed.keys())
        lists.set(uri, null);
    let n = 0;
    for (const note of redo) {
        lists.set(note.uri, { note, list: noteDiagnostics(ctx, note) });
        n += 8 * (1 + note.references.length);
        if (n >= 8 * steps_1.STEP) {
            n = 0;
            yield;
        }
    }
    // Another run put its lists in meanwhile (or the cache was made anew): start again from there.
    if (cache.commits !== commits || noteCache.get(ctx) !== cache)
        return yield* allDiagnosticNotes(ctx);
    cache.commits++;
    for (const [uri, entry] of lists) {
        if (entry)
            cache.byUri.set(uri, entry);
        else
            cache.byUri.delete(uri);
        if (entry?.list.length)
            cache.reporting.set(uri, entry.list);
        else
            cache.reporting.delete(uri);
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
function keysToRedo(old, now, into) {
    into.add('link:' + (now ?? old).uri);
    const titles = new Map();
    for (const [note, sign] of [[old, -1], [now, 1]]) {
        if (!note)
            continue;
        for (const e of note.events) {
            into.add((0, workspace_index_1.nameKeyOf)(e.name));
            for (const t of e.talks) {
                const k = (0, workspace_index_1.nameKeyOf)(t.title);
                titles.set(k, (titles.get(k) ?? 0) + sign);
            }
        }
    }
    for (const [k, d] of titles)
        if (d !== 0)
            into.add(k);
}
function noteDiagnostics(ctx, note) {
    const out = [];
    for (const p of note.problems)
        out.push({ range: p.range, severity: types_1.Severity.Warning, code: 'front-matter', source: SOURCE, message: p.message });
    for (const ref of note.references) {
        const r = (0, resolve_reference_1.resolveReference)(ctx, note, ref);
        if (r.kind !== 'unresolved')
            continue;
        const shown = ref.kind === 'wiki' ? `[[${ref.text}]]` : ref.kind === 'link' ? `link to ${ref.target.path ?? ''}${ref.target.fragment ? '#' + ref.target.fragment : ''}` : `“${ref.text}”`;
        out.push({ range: ref.range, severity: types_1.Severity.Warning, code: exports.UNRESOLVED, source: SOURCE, message: `Unresolved talk reference ${shown}: ${r.reason}` });
    }
    return cleaned(out);
}
function toolFileDiagnostics(ctx, uri) {
    const file = ctx.toolFiles.find((t) => t.uri === uri);
    return cleaned((file?.problems ?? []).map((p) => ({
        range: p.range,
        severity: /not valid YAML/i.test(p.message) ? types_1.Severity.Error : types_1.Severity.Warning,
        code: 'tool-file',
        source: SOURCE,
        message: p.message,
    })));
}
const contradictionCache = new WeakMap();
/** Conflicts between notes, by note URI; computed once per index version. */
function contradictions(ctx) {
    return (0, steps_1.runToEnd)(contradictionsSteps(ctx));
}
/** Per name key, the contradictions within the group of events carrying it, as last computed. */
const groupCache = new WeakMap();
function* contradictionsSteps(ctx) {
    const cached = contradictionCache.get(ctx);
    if (cached && cached.version === ctx.index.version)
        return cached.byUri;
    const version = ctx.index.version;
    // Only the groups whose name a change touched are looked at again (every group the first time).
    const prev = groupCache.get(ctx);
    const touched = prev ? ctx.index.touchedSince(prev.version) : null;
    const groups = touched ? new Map(prev.groups) : new Map();
    const keys = touched ? [...touched].filter((k) => !k.startsWith('link:')) : [...ctx.index.eventNameKeys()];
    let work = 0;
    for (const key of keys) {
        groups.delete(key);
        const group = ctx.index.eventsWithKey(key).filter(({ event }) => event.talks.length || event.date || event.location);
        work += 1 + group.length * group.length;
        if (work >= steps_1.STEP * steps_1.STEP) {
            work = 0;
            yield;
        }
        if (group.length < 2)
            continue;
        const found = groupContradictions(group);
        if (found.length)
            groups.set(key, found);
    }
    const byUri = new Map();
    for (const found of groups.values()) {
        for (const [uri, d] of found) {
            const list = byUri.get(uri) ?? [];
            list.push(d);
            byUri.set(uri, list);
        }
    }
    // In the order of the note, whatever order the groups were found in.
    for (const list of byUri.values())
        list.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
    // Computed while the index changed (a sliced run let an edit in): good for this answer, not for the next.
    if (ctx.index.version === version) {
        contradictionCache.set(ctx, { version, byUri });
        groupCache.set(ctx, { version, groups });
    }
    return byUri;
}
/** One event, two venues; one talk at one event, two dates: within one group of events of one name. */
function groupContradictions(group) {
    const out = [];
    const add = (uri, d) => out.push([uri, ...cleaned([d])]);
    // One event, two venues (the same edition: dates agree or are unknown).
    for (const a of group) {
        for (const b of group) {
            if (a === b || !a.event.location || !b.event.location)
                continue;
            const [x, y] = [(0, workspace_index_1.nameKeyOf)(a.event.location), (0, workspace_index_1.nameKeyOf)(b.event.location)];
            // "Boston" and "Boston, MA" are one venue written twice.
            if (x.includes(y) || y.includes(x))
                continue;
            if (!datesCompatible(a.event, b.event))
                continue;
            add(a.note.uri, {
                range: a.event.nameRange,
                severity: types_1.Severity.Warning,
                code: exports.EVENT_VENUES,
                source: SOURCE,
                message: `“${a.event.name}” is at “${a.event.location}” here, but at “${b.event.location}” in ${fileName(b.note.uri)}.`,
                relatedInformation: [{ location: { uri: b.note.uri, range: b.event.nameRange }, message: `venue: ${b.event.location}` }],
            });
            break;
        }
    }
    // One talk at one event, two dates.
    const talks = new Map();
    for (const { event, note } of group) {
        for (const t of event.talks) {
            const k = (0, workspace_index_1.nameKeyOf)(t.title);
            if (!k)
                continue;
            const list = talks.get(k) ?? [];
            list.push({ range: t.titleRange, event, note, title: t.title });
            talks.set(k, list);
        }
    }
    for (const list of talks.values()) {
        if (list.length < 2)
            continue;
        for (const a of list) {
            const b = list.find((x) => x !== a && x.event.date && a.event.date && !datesCompatible(a.event, x.event));
            if (!b)
                continue;
            add(a.note.uri, {
                range: a.range,
                severity: types_1.Severity.Warning,
                code: exports.TALK_DATES,
                source: SOURCE,
                message: `“${a.title}” at “${a.event.name}” is dated ${a.event.date} here, but ${b.event.date} in ${fileName(b.note.uri)}.`,
                relatedInformation: [{ location: { uri: b.note.uri, range: b.range }, message: `dated ${b.event.date}` }],
            });
        }
    }
    return out;
}
/** Unknown, the same, one a prefix of the other (2024-03 and 2024-03-07), or overlapping spans. */
function datesCompatible(a, b) {
    if (!a.date || !b.date)
        return true;
    if (a.date.startsWith(b.date) || b.date.startsWith(a.date))
        return true;
    const aEnd = a.endDate ?? a.date;
    const bEnd = b.endDate ?? b.date;
    return a.date <= bEnd && b.date <= aEnd;
}
function fileName(uri) {
    const last = uri.split('/').pop() ?? uri;
    try {
        return decodeURIComponent(last);
    }
    catch {
        return last;
    }
}
//# sourceMappingURL=diagnostics.js.map