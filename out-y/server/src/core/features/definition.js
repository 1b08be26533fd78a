"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFINITION_LIMIT = void 0;
exports.definition = definition;
exports.toolDefinition = toolDefinition;
exports.firstInOrder = firstInOrder;
exports.newestMentions = newestMentions;
exports.newestMentionsByDefinition = newestMentionsByDefinition;
const mentions_1 = require("../mentions");
const mention_layout_1 = require("./mention-layout");
const at_position_1 = require("./at-position");
const resolve_reference_1 = require("./resolve-reference");
function definition(ctx, uri, pos) {
    const target = (0, at_position_1.targetAt)(ctx, uri, pos);
    if (!target)
        return [];
    const { index } = ctx;
    switch (target.kind) {
        case 'tool':
            return toolDefinition(index, target.toolId);
        case 'reference': {
            const r = (0, resolve_reference_1.resolveReference)(ctx, target.note, target.ref);
            if (r.kind === 'talks')
                return r.talks.map((t) => ({ uri: t.note.uri, range: t.talk.titleRange }));
            if (r.kind === 'event')
                return r.events.map((e) => ({ uri: e.note.uri, range: e.event.nameRange }));
            if (r.kind === 'place')
                return [{ uri: r.uri, range: r.range }];
            return [];
        }
        case 'speaker': {
            const sp = index.speaker(target.key);
            return (0, resolve_reference_1.sortTalksByDate)(sp?.talks ?? [target.talk]).map((t) => ({ uri: t.note.uri, range: t.talk.titleRange }));
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
exports.DEFINITION_LIMIT = 100;
/** Each tool's definition answer, kept while no note mentioning the tool changes and the catalog stays. */
const memo = new WeakMap();
function toolDefinition(index, toolId) {
    let m = memo.get(index);
    if (!m || m.catalog !== index.catalog)
        memo.set(index, (m = { catalog: index.catalog, byTool: new Map() }));
    const stamp = index.toolStamp(toolId);
    let known = m.byTool.get(toolId);
    if (!known || known.stamp !== stamp)
        m.byTool.set(toolId, (known = { stamp, answer: computeToolDefinition(index, toolId) }));
    return known.answer.slice();
}
function computeToolDefinition(index, toolId) {
    const tool = index.catalog.get(toolId);
    if (!tool)
        return [];
    if (tool.definition)
        return [{ uri: tool.definition.uri, range: tool.definition.range }];
    // Talks that name the tool in their title (each note's summary says which).
    const titled = index.toolStats(toolId).titled;
    if (titled.length)
        return firstInOrder(titled, exports.DEFINITION_LIMIT, compareTitled).map((t) => ({ uri: t.note.uri, range: t.talk.titleRange }));
    // Else the mentions, newest first.
    return newestMentions(index, toolId, exports.DEFINITION_LIMIT);
}
/** Newest first, then by URI and line. */
function compareTitled(a, b) {
    return (0, resolve_reference_1.compareDatesDesc)(a.event.date, b.event.date) || (0, resolve_reference_1.compareStrings)(a.note.uri, b.note.uri) || a.talk.titleRange.start.line - b.talk.titleRange.start.line;
}
/**
 * The first `limit` items of a stable sort by `compare`, without sorting them all: most items
 * are turned away by one comparison with the last kept (a much-mentioned tool is named in the
 * titles of thousands of talks, and sorting them took milliseconds). The items are read from the
 * last: talks come in the index's order, oldest folders first, so the newest come first this way.
 */
function firstInOrder(items, limit, compare) {
    const kept = [];
    if (limit <= 0)
        return kept;
    for (let i = items.length - 1; i >= 0; i--) {
        const item = items[i];
        // Read from the last, an item equal to a kept one comes before it in a stable sort.
        if (kept.length === limit && compare(item, kept[limit - 1]) > 0)
            continue;
        let lo = 0;
        let hi = kept.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (compare(item, kept[mid]) <= 0)
                hi = mid;
            else
                lo = mid + 1;
        }
        if (kept.length === limit)
            kept.pop();
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
function newestMentions(index, toolId, limit) {
    // One group per summary row: a note, a talk in it (or none), and the date its mentions get.
    const groups = [];
    index.forEachToolNote(toolId, (note, tool, from, to, talks) => {
        const { summary } = note.mentions;
        for (let r = from; r < to; r += mentions_1.SUMMARY_FIELDS) {
            const talk = summary[r + 1];
            const date = talk >= 0 ? talks[talk]?.event.date ?? null : note.events[0]?.date ?? null;
            groups.push({ date, note, tool, talk });
        }
    });
    // Stable: groups of one date stay in the notes' order.
    groups.sort((a, b) => (0, resolve_reference_1.compareDatesDesc)(a.date, b.date));
    const out = [];
    for (let g = 0; g < groups.length && out.length < limit;) {
        // The groups of the newest date not taken yet, by note in the notes' order.
        const talksByNote = new Map();
        const date = groups[g].date;
        for (; g < groups.length && groups[g].date === date; g++) {
            const { note, tool, talk } = groups[g];
            let e = talksByNote.get(note);
            if (!e)
                talksByNote.set(note, (e = { tool, talks: new Set() }));
            e.talks.add(talk);
        }
        const found = [];
        for (const [note, { tool, talks }] of talksByNote)
            (0, mention_layout_1.pushMentionsOfTalks)(note, tool, talks, found);
        found.sort((a, b) => a.uri.localeCompare(b.uri) || a.range.start.line - b.range.start.line);
        for (const l of found)
            out.push(l);
    }
    return out.slice(0, limit);
}
/** What newestMentions answers, by definition: every mention, sorted. The tests hold it to this. */
function newestMentionsByDefinition(index, toolId, limit) {
    const all = [];
    for (const note of index.notesMentioning(toolId)) {
        const { mentions } = note;
        for (const i of mentions.indexesOf(toolId)) {
            const talkId = mentions.talkId(i);
            const date = talkId ? index.talk(talkId)?.event.date ?? null : note.events[0]?.date ?? null;
            all.push({ uri: note.uri, range: mentions.range(i), date });
        }
    }
    return all
        .sort((a, b) => (0, resolve_reference_1.compareDatesDesc)(a.date, b.date) || a.uri.localeCompare(b.uri) || a.range.start.line - b.range.start.line)
        .slice(0, limit)
        .map(({ uri, range }) => ({ uri, range }));
}
//# sourceMappingURL=definition.js.map