"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.talkItem = talkItem;
exports.eventTree = eventTree;
exports.eventTreeSteps = eventTreeSteps;
exports.toolTree = toolTree;
exports.toolTreeSteps = toolTreeSteps;
exports.speakerTree = speakerTree;
exports.speakerTreeSteps = speakerTreeSteps;
exports.talkAt = talkAt;
exports.indexCounts = indexCounts;
const text_1 = require("../text");
const at_position_1 = require("./at-position");
const hover_1 = require("./hover");
const resolve_reference_1 = require("./resolve-reference");
const markdown_escape_1 = require("./markdown-escape");
const steps_1 = require("./steps");
function talkItem(ctx, t) {
    return {
        id: t.talk.id,
        title: (0, markdown_escape_1.displayText)(t.talk.title),
        speakers: (0, markdown_escape_1.displayText)(t.talk.speakers.map((s) => (s.org ? `${s.name} (${s.org})` : s.name)).join(', ')),
        eventId: t.event.id,
        eventName: (0, markdown_escape_1.displayText)(t.event.name),
        date: t.event.date,
        uri: t.note.uri,
        range: t.talk.titleRange,
        tools: t.talk.tools.map((c) => {
            const tool = ctx.index.catalog.get(c.toolId);
            return { id: c.toolId, name: (0, markdown_escape_1.displayText)(tool?.name ?? c.toolId), category: tool?.category ?? 'other', count: c.count };
        }),
    };
}
/** Newest year first; events without a date under "undated". Notes with no talk, date or venue are left out. */
function eventTree(ctx) {
    return (0, steps_1.runToEnd)(eventTreeSteps(ctx));
}
/** The event tree in steps (see steps.ts). */
function* eventTreeSteps(ctx) {
    const years = new Map();
    const events = ctx.index.events().filter(({ event }) => event.talks.length || event.date || event.location);
    yield;
    events.sort((a, b) => (0, resolve_reference_1.compareDatesDesc)(a.event.date, b.event.date) || a.event.name.localeCompare(b.event.name) || (0, resolve_reference_1.compareStrings)(a.note.uri, b.note.uri) || a.event.nameRange.start.line - b.event.nameRange.start.line);
    let n = 0;
    for (const { event, note } of events) {
        const year = event.date ? event.date.slice(0, 4) : 'undated';
        const list = years.get(year) ?? [];
        list.push({
            id: event.id,
            name: (0, markdown_escape_1.displayText)(event.name),
            date: event.date,
            endDate: event.endDate,
            location: event.location === null ? null : (0, markdown_escape_1.displayText)(event.location),
            uri: note.uri,
            range: event.nameRange,
            talks: event.talks.map((t) => ctx.index.talk(t.id)).filter((t) => !!t).map((t) => talkItem(ctx, t)),
        });
        years.set(year, list);
        if (++n % steps_1.STEP === 0)
            yield;
    }
    const order = [...years.keys()].sort((a, b) => (a === 'undated' ? 1 : b === 'undated' ? -1 : b.localeCompare(a)));
    return { years: order.map((year) => ({ year, events: years.get(year) })) };
}
function toolTree(ctx) {
    return (0, steps_1.runToEnd)(toolTreeSteps(ctx));
}
/** The tool tree in steps (see steps.ts). */
function* toolTreeSteps(ctx) {
    const { index } = ctx;
    const byCat = new Map();
    for (const { toolId, count } of index.mentionedTools()) {
        const tool = index.catalog.get(toolId);
        if (!tool)
            continue;
        const list = byCat.get(tool.category) ?? [];
        list.push({
            id: tool.id,
            name: (0, markdown_escape_1.displayText)(tool.name),
            category: tool.category,
            count,
            vendor: (0, markdown_escape_1.displayText)(tool.vendor),
            description: (0, markdown_escape_1.displayText)(tool.description),
            talks: (0, resolve_reference_1.sortTalksByDate)(index.talksMentioning(toolId)).map((t) => talkItem(ctx, t)),
        });
        byCat.set(tool.category, list);
        yield;
    }
    const label = (c) => hover_1.CATEGORY_LABELS[c] ?? c;
    return {
        categories: [...byCat.entries()]
            .sort((a, b) => label(a[0]).localeCompare(label(b[0])))
            .map(([category, tools]) => ({ category, tools: tools.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)) })),
    };
}
function speakerTree(ctx) {
    return (0, steps_1.runToEnd)(speakerTreeSteps(ctx));
}
/** The speaker tree in steps (see steps.ts). */
function* speakerTreeSteps(ctx) {
    const speakers = [];
    let talks = 0;
    for (const entry of ctx.index.speakers()) {
        const sp = (0, resolve_reference_1.speakerView)(entry);
        speakers.push({ key: sp.key, name: (0, markdown_escape_1.displayText)(sp.name), orgs: sp.orgs.map(markdown_escape_1.displayText), talks: sp.talks.map((t) => talkItem(ctx, t)) });
        talks += sp.talks.length;
        if (talks >= steps_1.STEP) {
            talks = 0;
            yield;
        }
    }
    return { speakers: speakers.sort((a, b) => a.name.localeCompare(b.name) || (0, resolve_reference_1.compareStrings)(a.key, b.key)) };
}
/** The talk whose title or notes hold a position, or that a reference there points at. */
function talkAt(ctx, uri, pos) {
    const target = (0, at_position_1.targetAt)(ctx, uri, pos);
    if (target?.kind === 'talk' || target?.kind === 'speaker')
        return talkItem(ctx, target.talk);
    if (target?.kind === 'reference') {
        const r = (0, resolve_reference_1.resolveReference)(ctx, target.note, target.ref);
        if (r.kind === 'talks' && r.talks.length)
            return talkItem(ctx, r.talks[0]);
    }
    const note = ctx.index.note(uri);
    for (const event of note?.events ?? []) {
        for (const talk of event.talks) {
            if ((0, text_1.rangeContains)(talk.bodyRange, pos)) {
                const t = ctx.index.talk(talk.id);
                if (t)
                    return talkItem(ctx, t);
            }
        }
    }
    return null;
}
function indexCounts(ctx) {
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
//# sourceMappingURL=trees.js.map