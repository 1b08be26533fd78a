"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.references = references;
exports.referencesOrJson = referencesOrJson;
exports.toolReferences = toolReferences;
exports.toolReferencesJson = toolReferencesJson;
const text_1 = require("../text");
const at_position_1 = require("./at-position");
const resolve_reference_1 = require("./resolve-reference");
const mention_layout_1 = require("./mention-layout");
function references(ctx, uri, pos, includeDeclaration = true) {
    const target = (0, at_position_1.targetAt)(ctx, uri, pos);
    return target ? referencesFor(ctx, target, includeDeclaration) : [];
}
const freshBytes = (size) => new Uint8Array(size);
/**
 * references(), with a tool's answer as the UTF-8 bytes of its JSON text (exactly
 * JSON.stringify's of the locations; see toolReferencesJson) and any other answer as locations.
 */
function referencesOrJson(ctx, uri, pos, includeDeclaration = true, bytes = freshBytes) {
    const target = (0, at_position_1.targetAt)(ctx, uri, pos);
    if (!target)
        return [];
    if (target.kind === 'tool')
        return toolReferencesJson(ctx.index, target.toolId, includeDeclaration, bytes);
    return referencesFor(ctx, target, includeDeclaration);
}
function referencesFor(ctx, target, includeDeclaration) {
    const { index } = ctx;
    const out = [];
    let talkIds;
    let eventIds;
    switch (target.kind) {
        case 'tool':
            return toolReferences(index, target.toolId, includeDeclaration);
        case 'speaker':
            return sortLocations((index.speaker(target.key)?.talks ?? [target.talk]).map((t) => ({ uri: t.note.uri, range: t.talk.titleRange })));
        case 'talk':
            talkIds = new Set([target.talk.talk.id]);
            break;
        case 'event':
            eventIds = new Set([target.event.event.id]);
            break;
        case 'reference': {
            const r = (0, resolve_reference_1.resolveReference)(ctx, target.note, target.ref);
            if (r.kind === 'talks')
                talkIds = new Set(r.talks.map((t) => t.talk.id));
            else if (r.kind === 'event')
                eventIds = new Set(r.events.map((e) => e.event.id));
            else
                return [];
            break;
        }
    }
    if (includeDeclaration) {
        for (const id of talkIds ?? []) {
            const t = index.talk(id);
            if (t)
                out.push({ uri: t.note.uri, range: t.talk.titleRange });
        }
        for (const id of eventIds ?? []) {
            const e = index.event(id);
            if (e)
                out.push({ uri: e.note.uri, range: e.event.nameRange });
        }
    }
    for (const { note, ref } of (0, resolve_reference_1.referencesTo)(ctx, { talkIds, eventIds }))
        out.push({ uri: note.uri, range: ref.range });
    return sortLocations(out);
}
function sortLocations(list) {
    const seen = new Set();
    return list
        .filter((l) => {
        const k = `${l.uri}:${l.range.start.line}:${l.range.start.character}`;
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    })
        .sort((a, b) => a.uri.localeCompare(b.uri) || (0, text_1.comparePositions)(a.range.start, b.range.start));
}
/**
 * A tool's references: every mention, in sortLocations' order, and its entry in the user's tool
 * file when the declaration is wanted. The answer is kept (see toolMemo) and the same array is
 * returned while it holds: callers must not change it (the server sends it as it is).
 */
function toolReferences(index, toolId, includeDeclaration) {
    const known = toolAnswer(index, toolId);
    const definition = includeDeclaration ? index.catalog.get(toolId)?.definition : undefined;
    if (!definition)
        return known.mentions;
    if (known.withDefinition?.definition !== definition)
        known.withDefinition = { definition, locations: withLocation(known.mentions, { uri: definition.uri, range: definition.range }) };
    return known.withDefinition.locations;
}
/**
 * The tools' answers, most recently asked last, kept while no note mentioning the tool comes,
 * changes or goes, and while together they hold at most MEMO_LOCATIONS locations (the most
 * mentioned tools of a 10k-note workspace have 10–25k mentions each; a location is about 80 bytes).
 */
const toolMemo = new WeakMap();
const MEMO_LOCATIONS = 150_000;
function toolAnswer(index, toolId) {
    let m = toolMemo.get(index);
    if (!m)
        toolMemo.set(index, (m = new Map()));
    const stamp = index.toolStamp(toolId);
    let known = m.get(toolId);
    m.delete(toolId);
    if (!known || known.stamp !== stamp)
        known = { stamp, mentions: toolMentionLocations(index, toolId) };
    m.set(toolId, known);
    let total = 0;
    for (const a of m.values())
        total += a.mentions.length;
    for (const [id, a] of m) {
        if (total <= MEMO_LOCATIONS || id === toolId)
            break;
        total -= a.mentions.length;
        m.delete(id);
    }
    return known;
}
/** A sorted list with one more location in its place (sortLocations' order; it replaces one that starts at the same place). */
function withLocation(sorted, l) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (compareLocations(sorted[mid], l) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    const at = sorted[lo];
    const same = !!at && at.uri === l.uri && (0, text_1.comparePositions)(at.range.start, l.range.start) === 0;
    return [...sorted.slice(0, lo), l, ...sorted.slice(same ? lo + 1 : lo)];
}
function compareLocations(a, b) {
    return a.uri.localeCompare(b.uri) || (0, text_1.comparePositions)(a.range.start, b.range.start);
}
/**
 * Every mention of a tool as locations, in the order sortLocations gives (URI by localeCompare,
 * then position), without comparing URIs per mention: notes are ordered by their rank in the
 * workspace's URI order (uriRanks), mentions within a note by position (the order the note keeps
 * them in; sorted here only if it is not). Read straight from the notes' tables.
 */
function toolMentionLocations(index, toolId) {
    const ranks = uriRanks(index);
    const notes = [];
    index.forEachToolNote(toolId, (note, tool) => notes.push({ rank: ranks.get(note.uri), note, tool }));
    notes.sort((a, b) => a.rank - b.rank);
    const out = [];
    for (let i = 0; i < notes.length; i++) {
        const { note, tool } = notes[i];
        // A note keeping a tool's rows in two runs (never written so) is called for twice: read once.
        if (i && notes[i - 1].note === note)
            continue;
        const first = out.length;
        if (!note.mentions.pushLocations(tool, note.uri, out))
            sortNoteLocations(out, first);
    }
    return out;
}
/** Sorts out[first..] by position, and drops the ones that start where the one before does. */
function sortNoteLocations(out, first) {
    const mine = out.splice(first).sort((a, b) => (0, text_1.comparePositions)(a.range.start, b.range.start));
    for (let k = 0; k < mine.length; k++) {
        if (k && (0, text_1.comparePositions)(mine[k].range.start, mine[k - 1].range.start) === 0)
            continue;
        out.push(mine[k]);
    }
}
/** Each note URI's place in localeCompare order; made again only when notes come or go. */
const rankMemo = new WeakMap();
const collator = new Intl.Collator();
function uriRanks(index) {
    const m = rankMemo.get(index);
    if (m && m.membership === index.membership)
        return m.ranks;
    const uris = index.notes().map((n) => n.uri);
    // Intl.Collator with no locale is the collation localeCompare uses; ties (none among distinct URIs in practice) by code units.
    uris.sort((a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0));
    const ranks = new Map();
    uris.forEach((u, i) => ranks.set(u, i));
    rankMemo.set(index, { membership: index.membership, ranks });
    return ranks;
}
/**
 * The UTF-8 bytes of JSON.stringify(toolReferences(index, toolId, includeDeclaration)), written
 * straight from the mention tables into one array of the exact size: no location objects, no
 * serialising, no UTF-8 encoding of a megabyte string (for ~15,000 locations about 3 ms against
 * 20 ms that way). Made for each request and not kept: kept answers lived long enough to reach
 * the old generation, and V8 answered the churn of their memory with full collections of the
 * whole index's heap. `bytes` gives the array (the server lends one it reuses once the answer
 * is written).
 */
function toolReferencesJson(index, toolId, includeDeclaration, bytes = freshBytes) {
    const definition = includeDeclaration ? index.catalog.get(toolId)?.definition : undefined;
    // A tool of the user's tool file: its entry goes in its place among the mentions (rare; made through the locations).
    if (definition)
        return utf8.encode(JSON.stringify(toolReferences(index, toolId, true)));
    return mentionsJson(index, toolId, bytes);
}
const utf8 = new TextEncoder();
const CHARACTER = utf8.encode(',"character":');
const END_LINE = utf8.encode('},"end":{"line":');
const CLOSE = utf8.encode('}}}');
/** Bytes of a location besides its head (up to the first line) and its four numbers, with the comma before it. */
const FIXED = 2 * CHARACTER.length + END_LINE.length + CLOSE.length + 1;
/**
 * What mentionsJson works in, kept between calls and grown as needed, so that an answer allocates
 * its bytes and next to nothing else (per note a Part object and its head string were about
 * 0.9 MB of garbage per answer on a tool of 5,000 notes).
 */
class Scratch {
    /** The notes mentioning the tool, and each one's string index of it, in the order the index gives them. */
    notes = [];
    tools = new Int32Array(1024);
    /** Per note, its rank in URI order times NOTE_SLOTS plus its place in `notes`: sorted as numbers. */
    order = new Float64Array(1024);
    /** The parts, in answer order: the note (its place in `notes`) and its mentions at [from, to) of `mentions`. */
    partNote = new Int32Array(1024);
    partFrom = new Int32Array(1024);
    partTo = new Int32Array(1024);
    /** Offsets of the mentions into their notes' data. */
    mentions = new Int32Array(4096);
    /** The parts written otherwise (rare): a head that JSON escapes or that is not ASCII, mentions kept out of order. */
    odd = new Map();
    grownNotes(n) {
        if (n < this.tools.length)
            return;
        const size = 2 * n;
        this.tools = grown(this.tools, new Int32Array(size));
        this.order = grown(this.order, new Float64Array(size));
        this.partNote = grown(this.partNote, new Int32Array(size));
        this.partFrom = grown(this.partFrom, new Int32Array(size));
        this.partTo = grown(this.partTo, new Int32Array(size));
    }
}
const grown = (a, b) => (b.set(a), b);
const work = new Scratch();
/** A note's place in `Scratch.notes` is below this (ranks times it stay exact as doubles). */
const NOTE_SLOTS = 2 ** 21;
/** Whether JSON.stringify(uri) is the URI in quotes, every character one ASCII byte (what a file: URI is). */
function plainAscii(uri) {
    for (let i = 0; i < uri.length; i++) {
        const c = uri.charCodeAt(i);
        if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x5c)
            return false;
    }
    return true;
}
const HEAD_START = '{"uri":"';
const HEAD_END = '","range":{"start":{"line":';
/** toolMentionLocations' locations as JSON text: sizes first (exactly), then bytes. */
function mentionsJson(index, toolId, bytes) {
    const ranks = uriRanks(index);
    const w = work;
    const notes = w.notes;
    let count = 0;
    index.forEachToolNote(toolId, (note, tool) => {
        if (count >= NOTE_SLOTS - 1)
            throw new Error('tool references: too many notes');
        w.grownNotes(count + 1);
        notes[count] = note;
        w.tools[count] = tool;
        w.order[count] = ranks.get(note.uri) * NOTE_SLOTS + count;
        count++;
    });
    // By rank, then in the order given (a note's two runs of rows stay in order): numbers sorted natively.
    const order = w.order.subarray(0, count).sort();
    w.odd.clear();
    let size = 2;
    let located = 0;
    let parts = 0;
    let n = 0;
    let previous = null;
    for (let i = 0; i < count; i++) {
        const k = order[i] % NOTE_SLOTS;
        const note = notes[k];
        // A note keeping a tool's rows in two runs (never written so) is called for twice: read once.
        if (note === previous)
            continue;
        previous = note;
        const tool = w.tools[k];
        let headLength;
        let head = null;
        if (plainAscii(note.uri))
            headLength = HEAD_START.length + note.uri.length + HEAD_END.length;
        else {
            head = utf8.encode(`{"uri":${JSON.stringify(note.uri)},"range":{"start":{"line":`);
            headLength = head.length;
        }
        const d = note.mentions.data;
        const from = n;
        let sorted = null;
        let line = -1;
        let character = -1;
        for (let o = 0; o < d.length; o += mention_layout_1.MENTION_FIELDS) {
            if (d[o + mention_layout_1.TOOL] !== tool)
                continue;
            const sl = d[o + mention_layout_1.SL];
            const sc = d[o + mention_layout_1.SC];
            if (sl < line || (sl === line && sc <= character))
                sorted = [];
            line = sl;
            character = sc;
            if (n === w.mentions.length)
                w.mentions = grown(w.mentions, new Int32Array(2 * n));
            w.mentions[n++] = o;
        }
        if (sorted) {
            n = from;
            note.mentions.pushLocations(tool, note.uri, sorted);
            sortNoteLocations(sorted, 0);
            for (const l of sorted)
                size += headLength + FIXED + digits(l.range.start.line) + digits(l.range.start.character) + digits(l.range.end.line) + digits(l.range.end.character);
            located += sorted.length;
        }
        else {
            const m = w.mentions;
            for (let j = from; j < n; j++) {
                const o = m[j];
                size += headLength + FIXED + digits(d[o + mention_layout_1.SL]) + digits(d[o + mention_layout_1.SC]) + digits(d[o + mention_layout_1.EL]) + digits(d[o + mention_layout_1.EC]);
            }
            located += n - from;
        }
        if (head || sorted)
            w.odd.set(parts, { head, sorted });
        w.partNote[parts] = k;
        w.partFrom[parts] = from;
        w.partTo[parts] = n;
        parts++;
    }
    // No comma before the first.
    if (located)
        size--;
    const into = bytes(size);
    if (into.length !== size)
        throw new Error(`tool references: given ${into.length} bytes for ${size}`);
    const out = new JsonWriter(into);
    out.bytes[out.at++] = 91; // [
    for (let p = 0; p < parts; p++) {
        const note = notes[w.partNote[p]];
        const odd = w.odd.get(p);
        out.startPart(note.uri, odd?.head ?? null);
        if (odd?.sorted) {
            for (const l of odd.sorted)
                out.location(l.range.start.line, l.range.start.character, l.range.end.line, l.range.end.character);
            continue;
        }
        const d = note.mentions.data;
        const m = w.mentions;
        for (let j = w.partFrom[p], to = w.partTo[p]; j < to; j++) {
            const o = m[j];
            out.location(d[o + mention_layout_1.SL], d[o + mention_layout_1.SC], d[o + mention_layout_1.EL], d[o + mention_layout_1.EC]);
        }
    }
    out.bytes[out.at++] = 93; // ]
    // The notes are the index's: not kept past the answer (the array keeps its room).
    notes.fill(undefined, 0, count);
    w.odd.clear();
    if (out.at !== size)
        throw new Error(`tool references: wrote ${out.at} bytes of ${size}`);
    return out.bytes;
}
/** Decimal digits of a number of at most 31 bits. */
function digits(n) {
    if (n < 0)
        return 1 + digits(-n);
    return n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : n < 10000 ? 4 : n < 100000 ? 5 : n < 1000000 ? 6 : String(n).length;
}
/** Writes locations into an array of a known size. */
class JsonWriter {
    bytes;
    at = 0;
    written = false;
    /** Where the current part's head was written first, to copy it from there (-1: not yet), and its length. */
    headAt = -1;
    headLength = 0;
    uri = '';
    head = null;
    /** `bytes` may hold anything: every byte of it is written. */
    constructor(bytes) {
        this.bytes = bytes;
    }
    /** The next locations are in the note at `uri`; `head` is its head's bytes when they are not the plain ASCII URI's. */
    startPart(uri, head) {
        this.uri = uri;
        this.head = head;
        this.headAt = -1;
    }
    /** {"uri":…,"range":{"start":{"line":sl,"character":sc},"end":{"line":el,"character":ec}}}, after a comma but for the first. */
    location(sl, sc, el, ec) {
        const b = this.bytes;
        if (this.written)
            b[this.at++] = 44; // ,
        this.written = true;
        if (this.headAt >= 0) {
            b.copyWithin(this.at, this.headAt, this.headAt + this.headLength);
            this.at += this.headLength;
        }
        else {
            this.headAt = this.at;
            if (this.head) {
                b.set(this.head, this.at);
                this.at += this.head.length;
            }
            else {
                this.ascii(HEAD_START);
                this.ascii(this.uri);
                this.ascii(HEAD_END);
            }
            this.headLength = this.at - this.headAt;
        }
        this.int(sl);
        this.piece(CHARACTER);
        this.int(sc);
        this.piece(END_LINE);
        this.int(el);
        this.piece(CHARACTER);
        this.int(ec);
        this.piece(CLOSE);
    }
    ascii(s) {
        const b = this.bytes;
        let at = this.at;
        for (let i = 0; i < s.length; i++)
            b[at++] = s.charCodeAt(i);
        this.at = at;
    }
    piece(p) {
        const b = this.bytes;
        let at = this.at;
        for (let i = 0; i < p.length; i++)
            b[at++] = p[i];
        this.at = at;
    }
    int(n) {
        const b = this.bytes;
        if (n < 0) {
            b[this.at++] = 45; // -
            n = -n;
        }
        let at = this.at + digits(n);
        this.at = at;
        do {
            b[--at] = 48 + (n % 10);
            n = (n / 10) | 0;
        } while (n > 0);
    }
}
//# sourceMappingURL=references.js.map