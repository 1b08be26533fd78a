"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.resolveReference = resolveReference;
exports.sortTalksByDate = sortTalksByDate;
exports.compareTalks = compareTalks;
exports.compareStrings = compareStrings;
exports.speakerSummary = speakerSummary;
exports.summarizeSpeaker = summarizeSpeaker;
exports.speakerView = speakerView;
exports.compareDatesDesc = compareDatesDesc;
exports.referencesTo = referencesTo;
const catalog_1 = require("../catalog/catalog");
const text_1 = require("../text");
const workspace_index_1 = require("../workspace-index");
function resolveReference(ctx, note, ref) {
    if (ref.kind === 'link')
        return resolveLink(ctx, note, ref);
    const { index } = ctx;
    const { event, talk } = ref.target;
    if (ref.kind === 'agenda' && talk) {
        const all = index.talksTitled(talk);
        const here = all.filter((t) => t.note.uri === note.uri);
        if (here.length || all.length)
            return { kind: 'talks', talks: here.length ? here : all };
        return { kind: 'unresolved', reason: `No talk titled “${talk}”.` };
    }
    if (event !== undefined && talk !== undefined) {
        const events = index.eventsNamed(event);
        const key = (0, text_1.nameKey)(talk);
        const talks = events.flatMap((e) => e.event.talks.filter((t) => (0, text_1.nameKey)(t.title) === key).map((t) => index.talk(t.id))).filter(Boolean);
        if (talks.length)
            return { kind: 'talks', talks };
        // `[[C# in Production]]`: the '#' was part of the title.
        const whole = byWholeText(ctx, ref.text);
        if (whole)
            return whole;
        if (events.length)
            return { kind: 'unresolved', reason: `${events[0].event.name} has no talk titled “${talk}”.` };
        return { kind: 'unresolved', reason: `No event named “${event}”.` };
    }
    if (talk !== undefined) {
        const whole = byWholeText(ctx, talk);
        if (whole)
            return whole;
        // A wiki's own pages: `[[Platform roadmap Q3]]` is that note, `[[Terraform]]` a tool, `[[Jane Doe]]` a speaker.
        if (ref.kind === 'wiki') {
            const uris = ctx.index.notesCalled(talk);
            if (uris.length)
                return { kind: 'place', uri: uris[0], range: zeroRange(0) };
            if ((0, catalog_1.wikiLinkNamesTool)(ref, ctx.index.catalog) || ctx.index.speaker((0, workspace_index_1.speakerKey)(talk)))
                return { kind: 'ignored' };
        }
        return { kind: 'unresolved', reason: `No talk, event, note or speaker named “${talk}”.` };
    }
    return { kind: 'unresolved', reason: 'Empty reference.' };
}
function byWholeText(ctx, text) {
    const talks = ctx.index.talksTitled(text);
    if (talks.length)
        return { kind: 'talks', talks: sortTalksByDate(talks) };
    const events = ctx.index.eventsNamed(text);
    if (events.length)
        return { kind: 'event', events };
    return null;
}
function resolveLink(ctx, note, ref) {
    const { path, fragment } = ref.target;
    const targetUri = (0, workspace_index_1.linkTargetUri)(note.uri, path);
    if (targetUri === null)
        return { kind: 'ignored' };
    // Never outside the workspace folders (a note outside them, such as a loose open file, links nowhere).
    if (path && (!ctx.rootOf(targetUri) || !ctx.rootOf(note.uri)))
        return { kind: 'ignored' };
    const target = ctx.index.note(targetUri);
    if (!target)
        return { kind: 'ignored' };
    if (!fragment) {
        const events = target.events.map((event) => ({ event, note: target }));
        return events.length ? { kind: 'event', events } : { kind: 'place', uri: target.uri, range: zeroRange(0) };
    }
    const wanted = fragment.toLowerCase();
    const heading = ctx.headings(target.uri).find((h) => h.anchor === wanted);
    const talks = target.events.flatMap((e) => e.talks);
    if (heading) {
        const talk = talks.find((t) => t.titleRange.start.line === heading.line);
        if (talk)
            return { kind: 'talks', talks: [ctx.index.talk(talk.id)].filter(Boolean) };
        const event = target.events.find((e) => e.nameRange.start.line === heading.line);
        if (event)
            return { kind: 'event', events: [{ event, note: target }] };
        return { kind: 'place', uri: target.uri, range: zeroRange(heading.line) };
    }
    // Plain-text notes have no headings: accept the anchor of a talk's title.
    const talk = talks.find((t) => (0, text_1.headingAnchor)(t.title) === wanted);
    if (talk)
        return { kind: 'talks', talks: [ctx.index.talk(talk.id)].filter(Boolean) };
    return { kind: 'unresolved', reason: `No heading “#${fragment}” in ${decodeURIComponent(target.uri.split('/').pop() ?? '')}.` };
}
function zeroRange(line) {
    return { start: { line, character: 0 }, end: { line, character: 0 } };
}
/**
 * Newest first; undated last; then by title, note and line. Every list the features return is
 * ordered by what it holds, never by the order notes happened to be indexed in, so a server that
 * followed a thousand edits answers exactly what a freshly started one does.
 */
function sortTalksByDate(talks) {
    return talks.slice().sort(compareTalks);
}
function compareTalks(a, b) {
    return compareDatesDesc(a.event.date, b.event.date) || a.talk.title.localeCompare(b.talk.title) || compareStrings(a.note.uri, b.note.uri) || a.talk.titleRange.start.line - b.talk.titleRange.start.line;
}
/** Code-unit order: total and locale-independent (for tie-breaks on URIs and ids). */
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** A speaker as the features show them, independent of indexing order; linear in their talks. */
function speakerSummary(sp) {
    return summarizeSpeaker(sp.key, sp.name, sp.talks, (t, i) => (0, workspace_index_1.speakerKey)(t.talk.speakers[i].name));
}
/**
 * speakerSummary of the speaker with this key and these talks; `keyAt` gives the key of a talk's
 * i-th speaker (a caller that has the keys already need not compute them again).
 */
function summarizeSpeaker(key, fallbackName, talks, keyAt) {
    const counts = new Map();
    const orgNewest = new Map();
    let newest;
    for (const t of talks) {
        if (!newest || compareTalks(t, newest) < 0)
            newest = t;
        const speakers = t.talk.speakers;
        for (let i = 0; i < speakers.length; i++) {
            if (keyAt(t, i) !== key)
                continue;
            const s = speakers[i];
            counts.set(s.name, (counts.get(s.name) ?? 0) + 1);
            const seen = s.org ? orgNewest.get(s.org) : undefined;
            if (s.org && (!seen || compareTalks(t, seen) < 0))
                orgNewest.set(s.org, t);
        }
    }
    // One spelling or one organisation (most speakers) needs no sort.
    const name = counts.size === 1 ? counts.keys().next().value : ([...counts].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))[0]?.[0] ?? fallbackName);
    const orgs = orgNewest.size <= 1 ? [...orgNewest.keys()] : [...orgNewest].sort((a, b) => compareTalks(a[1], b[1]) || compareStrings(a[0], b[0])).map(([org]) => org);
    return { key, name, orgs, newest, talkCount: talks.length };
}
/** A speaker with their talks newest first (see speakerSummary). */
function speakerView(sp) {
    const { key, name, orgs } = speakerSummary(sp);
    return { key, name, orgs, talks: sortTalksByDate(sp.talks) };
}
function compareDatesDesc(a, b) {
    if (a === b)
        return 0;
    if (!a)
        return 1;
    if (!b)
        return -1;
    return a < b ? 1 : -1;
}
/** Every reference in the workspace that resolves to one of these talks (or events). */
function referencesTo(ctx, ids) {
    const out = [];
    const talkKeys = new Set();
    const eventKeys = new Set();
    // Links are found under the note they point at.
    const linked = new Set();
    for (const id of ids.talkIds ?? []) {
        const t = ctx.index.talk(id);
        if (t)
            talkKeys.add((0, text_1.nameKey)(t.talk.title)), linked.add(t.note.uri);
    }
    for (const id of ids.eventIds ?? []) {
        const e = ctx.index.event(id);
        if (e)
            eventKeys.add((0, text_1.nameKey)(e.event.name)), linked.add(e.note.uri);
    }
    const keys = [...talkKeys, ...eventKeys, ...[...linked].map((uri) => 'link:' + uri)];
    const notes = new Set();
    for (const key of keys)
        for (const note of ctx.index.notesReferring(key))
            notes.add(note);
    for (const note of notes) {
        for (const ref of note.references) {
            // Cheap filter first: the reference must name one of the titles, or link to one of the notes.
            if (ref.kind !== 'link') {
                const t = (0, text_1.nameKey)(ref.target.talk ?? '');
                const whole = (0, text_1.nameKey)(ref.text);
                if (!talkKeys.has(t) && !talkKeys.has(whole) && !eventKeys.has(t) && !eventKeys.has(whole))
                    continue;
            }
            else {
                const target = (0, workspace_index_1.linkTargetUri)(note.uri, ref.target.path);
                if (target === null || !linked.has(target))
                    continue;
            }
            const r = resolveReference(ctx, note, ref);
            if (r.kind === 'talks' && r.talks.some((t) => ids.talkIds?.has(t.talk.id)))
                out.push({ note, ref });
            else if (r.kind === 'event' && r.events.some((e) => ids.eventIds?.has(e.event.id)))
                out.push({ note, ref });
        }
    }
    return out;
}
//# sourceMappingURL=resolve-reference.js.map