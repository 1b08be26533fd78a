"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EMPTY = exports.SharedPositions = void 0;
exports.encodeRecord = encodeRecord;
exports.decodeRecord = decodeRecord;
exports.forEachHeading = forEachHeading;
exports.validMentions = validMentions;
exports.validSummary = validSummary;
// A note's record: how an extracted note crosses from a worker to the main thread.
//
// A record is the note's compact fields, as JSON, and its mention numbers (the MentionTable's own
// arrays, mentions.ts). A worker's batch crosses as one JSON string (every result, each record's
// fields inside it: one JSON.stringify per batch on the worker and one JSON.parse on the main
// thread, with no UTF-8 copy either way) and one Int32Array holding every record's numbers, which
// is transferred, not copied.
//
// The fields are compact: ranges are four numbers, objects are arrays in a fixed order, and ids
// are written without the note's URI (a talk's id is the URI, '#' and a slug). They are about a
// third of the note's plain JSON, and reading them makes the same objects with less parsing.
const context_1 = require("../core/features/context");
const mentions_1 = require("../core/mentions");
/** A note's record; a note just extracted has its mentions packed here (and not kept). */
function encodeRecord(uri, e) {
    const mentions = (0, mentions_1.mentionTableOf)(e.note);
    return { fields: compact(uri, e, mentions.strings), data: mentions.data, summary: mentions.summary };
}
/**
 * Reads a record: its fields as parsed from the batch's JSON, its numbers at `at` in `numbers`
 * (`count` mention numbers, then `summaryCount` summary numbers). The entry, or null when the
 * record does not hold together (every field is checked as it is read). The note keeps nothing of
 * `numbers`: its own are copied, so the index never keeps a batch alive.
 */
function decodeRecord(fields, numbers, at, count, summaryCount) {
    try {
        if (!isCount(at) || !isCount(count) || !isCount(summaryCount) || at + count + summaryCount > numbers.length)
            return null;
        if (count % mentions_1.MENTION_FIELDS || summaryCount % mentions_1.SUMMARY_FIELDS)
            return null;
        const f = expand(fields);
        // Both in one allocation.
        const ints = numbers.slice(at, at + count + summaryCount);
        const data = ints.subarray(0, count);
        const summary = ints.subarray(count);
        if (!validMentions(data, f.strings.length) || !validSummary(summary, f.strings.length, count / mentions_1.MENTION_FIELDS))
            return null;
        // The keys in the extractor's order, so a note from a record serialises as the note extracted.
        const note = { uri: f.uri, language: f.language, encoding: f.encoding, lineCount: f.lineCount, events: f.events, mentions: new mentions_1.MentionTable(f.strings, data, summary), references: f.references, tags: f.tags, frontMatterTools: f.frontMatterTools, problems: f.problems };
        return { size: f.size, mtimeMs: f.mtimeMs, hash: f.hash, headings: f.headings, note };
    }
    catch {
        return null;
    }
}
const isCount = (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
/** Calls `fn` with each heading's line and anchor, whichever form the list is in. */
function forEachHeading(list, fn) {
    if ((0, context_1.isFlatHeadings)(list))
        for (let i = 0; i + 1 < list.length; i += 2)
            fn(list[i], list[i + 1]);
    else
        for (const h of list)
            fn(h.line, h.anchor);
}
/**
 * Every string index points into the table; every range is ordered. One pass with no branch per
 * mention: `v | (n - 1 - v)` is negative exactly when v is outside [0, n) (int32 arithmetic, as
 * `|` takes it), so every test is or-ed into one number.
 */
function validMentions(d, strings) {
    const last = strings - 1;
    let bad = 0;
    for (let o = 0; o < d.length; o += mentions_1.MENTION_FIELDS) {
        const tool = d[o];
        const text = d[o + 1];
        // -1 (no talk) becomes 0.
        const talk = d[o + 2] + 1;
        const startLine = d[o + 3];
        const endLine = d[o + 5];
        bad |= tool | (last - tool) | text | (last - text) | talk | (strings - talk) | startLine | d[o + 4] | endLine | (endLine - startLine) | d[o + 6];
    }
    return bad >= 0;
}
/** Rows point into the string table and count every mention once. */
function validSummary(s, strings, mentions) {
    let total = 0;
    for (let r = 0; r < s.length; r += mentions_1.SUMMARY_FIELDS) {
        if (s[r] < 0 || s[r] >= strings || s[r + 1] < -1 || s[r + 1] >= strings || s[r + 2] <= 0 || s[r + 3] < 0 || s[r + 3] > s[r + 2])
            return false;
        total += s[r + 2];
    }
    return total === mentions;
}
/** Ids and mention strings inside the note are written as '#' and what follows the URI's '#' (compact()). */
function absolute(prefix) {
    // One string per id within a note: a talk's id and the mentions' talk id are the same string.
    const made = new Map();
    return (v) => {
        const s = str(v);
        if (s[0] !== '#')
            return s[0] === '\u0001' ? s.slice(1) : s;
        let id = made.get(s);
        if (id === undefined)
            made.set(s, (id = prefix + s.slice(1)));
        return id;
    };
}
function pushRange(out, r) {
    out.push(r.start.line, r.start.character, r.end.line, r.end.character);
}
function compact(uri, e, mentionStrings) {
    const n = e.note;
    const prefix = uri + '#';
    const rel = (s) => (s.startsWith(prefix) ? '#' + s.slice(prefix.length) : s[0] === '#' || s[0] === '\u0001' ? '\u0001' + s : s);
    const headings = [];
    forEachHeading(e.headings, (line, anchor) => headings.push(line, anchor));
    const problems = [];
    for (const p of n.problems) {
        const x = [];
        pushRange(x, p.range);
        x.push(p.message);
        problems.push(x);
    }
    const references = [];
    for (const r of n.references) {
        const x = [r.kind, r.text];
        pushRange(x, r.range);
        x.push(r.target);
        references.push(x);
    }
    const events = [];
    for (const ev of n.events) {
        const x = [rel(ev.id), ev.name, ev.date, ev.endDate, ev.location];
        pushRange(x, ev.nameRange);
        pushRange(x, ev.range);
        const talks = [];
        for (const t of ev.talks)
            talks.push(compactTalk(t, ev, rel));
        x.push(talks);
        events.push(x);
    }
    const strings = [];
    for (const s of mentionStrings)
        strings.push(rel(s));
    return [uri, e.size, e.mtimeMs, e.hash, headings, n.language, n.encoding, n.lineCount, n.tags, n.frontMatterTools, problems, references, events, strings];
}
function compactTalk(t, ev, rel) {
    const tools = [];
    for (const c of t.tools)
        tools.push(c.toolId, c.count);
    const speakers = [];
    for (const s of t.speakers)
        speakers.push(s.role !== undefined ? [s.name, s.org, s.handle ?? null, s.role] : s.handle !== undefined ? [s.name, s.org, s.handle] : [s.name, s.org]);
    const x = [rel(t.id), t.title, speakers];
    pushRange(x, t.titleRange);
    pushRange(x, t.bodyRange);
    x.push(tools, t.eventId === ev.id ? 0 : rel(t.eventId));
    return x;
}
// Readers that refuse what the writer would never have written.
function str(v) {
    if (typeof v !== 'string')
        throw new Error('not a string');
    return v;
}
function strOrNull(v) {
    return v === null ? null : str(v);
}
function num(v) {
    if (typeof v !== 'number')
        throw new Error('not a number');
    return v;
}
/** The shared empty array for an empty one. */
function emptyOr(a) {
    return a.length ? a : exports.EMPTY;
}
function mapOrEmpty(a, fn) {
    return a.length ? a.map(fn) : exports.EMPTY;
}
function arr(v) {
    if (!Array.isArray(v))
        throw new Error('not an array');
    return v;
}
function strings(v) {
    const a = emptyOr(arr(v));
    for (const s of a)
        str(s);
    return a;
}
function rangeAt(a, i) {
    return { start: position(num(a[i]), num(a[i + 1])), end: position(num(a[i + 2]), num(a[i + 3])) };
}
// Positions and tool counts are values nothing changes once a note is made (the persistent
// index's reader shares them within its file, index-file.ts): equal ones are one object for every
// record read on this thread. Read on a cold start's main thread, every range made two positions
// and every talk a count per tool: 264k and 188k objects at 10k notes, where 35k and 4k differ.
// Each table is forgotten when it grows past its bound.
const MAX_SHARED = 1 << 18;
/**
 * Equal positions as one object, found by line, then character: two array reads, where a map by
 * one number key hashed every position. Forgotten whole once it holds `bound` positions.
 */
class SharedPositions {
    bound;
    lines = [];
    count = 0;
    constructor(bound = Number.POSITIVE_INFINITY) {
        this.bound = bound;
    }
    position(line, character) {
        if (line < 0 || line >= 1 << 16 || character < 0 || character >= 1 << 11 || !Number.isInteger(line) || !Number.isInteger(character))
            return { line, character };
        let onLine = this.lines[line];
        if (onLine === undefined) {
            if (this.count >= this.bound)
                (this.lines = []), (this.count = 0);
            // Filled in order, so that no array has holes.
            while (this.lines.length <= line)
                this.lines.push(undefined);
            this.lines[line] = onLine = [];
        }
        let p = onLine[character];
        if (p === undefined) {
            while (onLine.length < character)
                onLine.push(undefined);
            onLine[character] = p = { line, character };
            this.count++;
        }
        return p;
    }
}
exports.SharedPositions = SharedPositions;
const recordPositions = new SharedPositions(MAX_SHARED);
const position = (line, character) => recordPositions.position(line, character);
let toolCounts = new Map();
function toolCount(toolId, count) {
    if (count < 0 || count >= 1 << 10 || !Number.isInteger(count))
        return { toolId, count };
    let byCount = toolCounts.get(toolId);
    if (byCount === undefined) {
        if (toolCounts.size >= 4096)
            toolCounts = new Map();
        toolCounts.set(toolId, (byCount = []));
    }
    let c = byCount[count];
    if (c === undefined) {
        while (byCount.length < count)
            byCount.push(undefined);
        byCount[count] = c = { toolId, count };
    }
    return c;
}
/**
 * The empty lists of every note read, from a record or the persistent index: one array (nothing
 * changes a note's lists once it is made, and each empty array was an object the collector kept).
 */
exports.EMPTY = Object.freeze([]);
const LANGUAGES = new Set(['en', 'ko', 'ja', 'mixed']);
const REFERENCE_KINDS = new Set(['wiki', 'link', 'agenda']);
function expand(v) {
    const a = arr(v);
    const uri = str(a[0]);
    const abs = absolute(uri + '#');
    // Kept flat, as parsed (checked: a line, an anchor, …).
    const headings = emptyOr(arr(a[4]));
    if (headings.length % 2)
        throw new Error('not headings');
    for (let i = 0; i < headings.length; i += 2) {
        num(headings[i]);
        str(headings[i + 1]);
    }
    const language = str(a[5]);
    if (!LANGUAGES.has(language))
        throw new Error('not a language');
    const problems = mapOrEmpty(arr(a[10]), (p) => {
        const x = arr(p);
        return { range: rangeAt(x, 0), message: str(x[4]) };
    });
    const references = mapOrEmpty(arr(a[11]), (r) => {
        const x = arr(r);
        const kind = str(x[0]);
        const target = x[6];
        if (!REFERENCE_KINDS.has(kind) || typeof target !== 'object' || target === null || Array.isArray(target))
            throw new Error('not a reference');
        for (const k in target)
            str(target[k]);
        return { kind: kind, text: str(x[1]), range: rangeAt(x, 2), target: target };
    });
    const events = arr(a[12]).map((e) => {
        const x = arr(e);
        const id = abs(x[0]);
        return {
            id,
            name: str(x[1]),
            date: strOrNull(x[2]),
            endDate: strOrNull(x[3]),
            location: strOrNull(x[4]),
            nameRange: rangeAt(x, 5),
            range: rangeAt(x, 9),
            talks: arr(x[13]).map((t) => expandTalk(arr(t), id, abs)),
        };
    });
    return {
        size: num(a[1]),
        mtimeMs: num(a[2]),
        hash: str(a[3]),
        headings,
        uri,
        language: language,
        encoding: str(a[6]),
        lineCount: num(a[7]),
        events,
        references,
        tags: strings(a[8]),
        frontMatterTools: strings(a[9]),
        problems,
        strings: strings(a[13]).map(abs),
    };
}
function expandTalk(x, eventId, abs) {
    const speakers = arr(x[2]).map((s) => {
        const p = arr(s);
        const speaker = { name: str(p[0]), org: strOrNull(p[1]) };
        if (p.length > 2 && p[2] !== null)
            speaker.handle = str(p[2]);
        if (p.length > 3)
            speaker.role = str(p[3]);
        return speaker;
    });
    const flat = arr(x[11]);
    const counted = [];
    for (let i = 0; i < flat.length; i += 2)
        counted.push(toolCount(str(flat[i]), num(flat[i + 1])));
    // A copy of its exact length: the first push gave room for 17 (10k notes kept 6.9 MB of
    // talks' tool lists, 1.5 MB of them used).
    const tools = counted.slice();
    return {
        id: abs(x[0]),
        eventId: x[12] === 0 ? eventId : abs(x[12]),
        title: str(x[1]),
        speakers,
        titleRange: rangeAt(x, 3),
        bodyRange: rangeAt(x, 7),
        tools,
    };
}
//# sourceMappingURL=note-record.js.map