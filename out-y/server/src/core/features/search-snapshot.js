"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SearchSnapshot = void 0;
exports.snapshotInput = snapshotInput;
exports.encodeSearchSnapshot = encodeSearchSnapshot;
exports.searchSnapshotSteps = searchSnapshotSteps;
exports.readSearchSnapshot = readSearchSnapshot;
const search_1 = require("./search");
/** A snapshot's parts as input (each part joined). */
function snapshotInput(parts) {
    const ints = new Int32Array(parts.ints.reduce((n, piece) => n + piece.length, 0));
    let at = 0;
    for (const piece of parts.ints) {
        ints.set(piece, at);
        at += piece.length;
    }
    return {
        ints,
        chunkLatin1: parts.chunkLatin1.join(''),
        chunkWide: parts.chunkWide.join(''),
        strings: stringsOf(parts.latin1.join(''), parts.wide.join('')),
    };
}
const FORMAT = 4;
const HEADER_INTS = 9;
const RELATIVE_ID = 8;
const ROW_INTS = 13;
/** Rows (at most; a chunk's end yields too), or tools' talk rows, encoded between two yields (a much mentioned tool's are 100k at 100k notes). */
const ENCODE_STEP = 2048;
/**
 * Numbers, in an Int32Array of the size given, grown if they need more (a JS array of a million
 * numbers took twice the memory; a buffer doubled as it filled, 40 MB and its copy at 100k notes).
 */
class IntsOut {
    buffer;
    length = 0;
    constructor(size) {
        this.buffer = new Int32Array(Math.max(16, size));
    }
    push(n) {
        if (this.length === this.buffer.length) {
            const grown = new Int32Array(this.buffer.length * 2);
            grown.set(this.buffer);
            this.buffer = grown;
        }
        this.buffer[this.length++] = n;
    }
    set(at, n) {
        this.buffer[at] = n;
    }
    /** The numbers (a view of the buffer, which is not written again). */
    done() {
        return this.buffer.subarray(0, this.length);
    }
}
/** Collects strings into the two parts, each given as where it is and how long. */
class StringsOut {
    narrow = [];
    wide = [];
    narrowLength = 0;
    wideLength = 0;
    add(s, into) {
        if (WIDE.test(s)) {
            into.push(this.wideLength * 2 + 1);
            this.wide.push(s);
            this.wideLength += s.length;
        }
        else {
            into.push(this.narrowLength * 2);
            this.narrow.push(s);
            this.narrowLength += s.length;
        }
        into.push(s.length);
    }
    get lengths() {
        return [this.narrowLength, this.wideLength];
    }
}
/** Strings read from two parts held as strings (a snapshot's chunk texts; every part, for snapshotInput). */
function stringsOf(latin1, wide) {
    return { latin1Length: latin1.length, wideLength: wide.length, read: (w, at, length) => (w ? wide : latin1).slice(at, at + length) };
}
/** The string at a place written by StringsOut (where, times two, plus 1 in the wide part) and of `length`. */
function stringAt(strings, at, length) {
    return strings.read((at & 1) === 1, at >>> 1, length);
}
const WIDE = /[^\u0000-\u00ff]/;
/**
 * The index's search rows and tools as a snapshot, in steps (a save runs them between requests).
 * Null when the rows were never made (no search yet: making them is not a save's job) or when the
 * index changed while it ran (the next save tries again).
 */
function* encodeSearchSnapshot(index) {
    if (!(0, search_1.hasSearchTable)(index))
        return null;
    const source = (0, search_1.indexSource)(index);
    const table = yield* source.table();
    const version = table.version;
    if (index.version !== version)
        return null;
    // In pieces, each made at its size (the tools' grows): header, chunks, rows, tools, URIs.
    const header = new IntsOut(HEADER_INTS);
    for (const n of [FORMAT, table.chunks.length])
        header.push(n);
    while (header.length < HEADER_INTS)
        header.push(0);
    const text = new StringsOut();
    const chunkText = new StringsOut();
    const uris = new Map();
    const uriList = [];
    const uriOf = (uri) => {
        let u = uris.get(uri);
        if (u === undefined) {
            uris.set(uri, (u = uriList.length));
            uriList.push(uri);
        }
        return u;
    };
    let rowCount = 0;
    for (const chunk of table.chunks)
        rowCount += chunk.rows.length;
    const chunkInts = new IntsOut(table.chunks.length * 4 + rowCount);
    for (const chunk of table.chunks) {
        chunkInts.push(chunk.rows.length);
        chunkText.add(chunk.text, chunkInts);
        for (let r = 0; r <= chunk.rows.length; r++)
            chunkInts.push(chunk.starts[r]);
    }
    // Each row's number is kept in its `at` (unused by a row of the index) while this runs: a tool's talk rows are written by number.
    const rows = [];
    const rowInts = new IntsOut(rowCount * ROW_INTS);
    const events = new Map();
    for (const chunk of table.chunks) {
        for (let r = 0; r < chunk.rows.length; r++) {
            const row = chunk.rows[r];
            row.at = rows.length;
            rows.push(row);
            const result = (0, search_1.resultOf)(row);
            const event = row.event ? (events.get(row.event) ?? events.set(row.event, events.size).size - 1) : -1;
            const relative = result.id.length > result.uri.length && result.id.charCodeAt(result.uri.length) === 35 && result.id.startsWith(result.uri);
            rowInts.push(row.kindCode + (relative ? RELATIVE_ID : 0));
            rowInts.push(uriOf(result.uri));
            rowInts.push(event);
            text.add(relative ? result.id.slice(result.uri.length + 1) : result.id, rowInts);
            text.add(result.label, rowInts);
            text.add(result.detail, rowInts);
            rowInts.push(result.range.start.line);
            rowInts.push(result.range.start.character);
            rowInts.push(result.range.end.line);
            rowInts.push(result.range.end.character);
            if (rows.length % ENCODE_STEP === 0) {
                yield;
                if (index.version !== version)
                    return null;
            }
        }
        yield;
        if (index.version !== version)
            return null;
    }
    const tools = source.mentionedTools();
    const toolInts = new IntsOut(tools.length * 9 + rowCount);
    let work = 0;
    for (let t = 0; t < tools.length; t++) {
        const { toolId, count } = tools[t];
        text.add(toolId, toolInts);
        toolInts.push(count);
        const first = source.firstMention(toolId);
        for (const n of first ? [uriOf(first.uri), first.range.start.line, first.range.start.character, first.range.end.line, first.range.end.character] : [-1, 0, 0, 0, 0])
            toolInts.push(n);
        // Not through the source, which keeps each tool's rows for the next search (every tool's, kept, were 2 MB at 10k notes).
        const talkRows = (0, search_1.talkRowsMentioningNow)(index, toolId);
        toolInts.push(talkRows.length);
        for (const row of talkRows) {
            // A talk row the table lacks (never, for a table as of the index's version) makes the snapshot unusable.
            if (row.at < 0 || rows[row.at] !== row)
                return null;
            toolInts.push(row.at);
        }
        work += talkRows.length + 16;
        if (work >= ENCODE_STEP) {
            work = 0;
            yield;
            if (index.version !== version)
                return null;
        }
    }
    const uriInts = new IntsOut(uriList.length * 2);
    for (const uri of uriList)
        text.add(uri, uriInts);
    header.set(2, rows.length);
    header.set(3, uriList.length);
    header.set(4, tools.length);
    const [chunkLatin1, chunkWide] = chunkText.lengths;
    const [latin1, wide] = text.lengths;
    for (const [k, n] of [chunkLatin1, chunkWide, latin1, wide].entries())
        header.set(5 + k, n);
    return { ints: [header, chunkInts, rowInts, toolInts, uriInts].map((piece) => piece.done()), chunkLatin1: chunkText.narrow, chunkWide: chunkText.wide, latin1: text.narrow, wide: text.wide };
}
/** What a search reads, read from a snapshot: searched with searchSnapshotSteps until the index's own rows are made. */
class SearchSnapshot {
    ints;
    strings;
    urisAt;
    rowsAt;
    rowCount;
    source;
    constructor(ints, strings, urisAt, rowsAt, rowCount, catalog, table, rowAt, tools, talkRowsAt, firsts) {
        this.ints = ints;
        this.strings = strings;
        this.urisAt = urisAt;
        this.rowsAt = rowsAt;
        this.rowCount = rowCount;
        const uriOf = (u) => this.uri(u);
        const talkRows = new Map();
        this.source = {
            catalog,
            // eslint-disable-next-line require-yield
            *table() {
                return table;
            },
            talkRows(toolId) {
                let list = talkRows.get(toolId);
                if (list)
                    return list;
                list = [];
                const at = talkRowsAt.get(toolId);
                if (at !== undefined)
                    for (let i = 0, n = ints[at]; i < n; i++)
                        list.push(rowAt(ints[at + 1 + i]));
                talkRows.set(toolId, list);
                return list;
            },
            mentionedTools: () => tools,
            firstMention(toolId) {
                const first = firsts.get(toolId);
                return first ? { uri: uriOf(first.uri), range: first.range } : null;
            },
        };
    }
    /** URIs as read (few are: those of results). */
    uris = [];
    uri(u) {
        return (this.uris[u] ??= this.string(this.urisAt + 2 * u));
    }
    /** The string whose place is at ints[p] and ints[p + 1] (checked when read). */
    string(p) {
        return stringAt(this.strings, this.ints[p], this.ints[p + 1]);
    }
    result(at) {
        const { ints } = this;
        const p = this.rowsAt + at * ROW_INTS;
        const uri = this.uri(ints[p + 1]);
        const id = this.string(p + 3);
        return {
            kind: search_1.KINDS[ints[p] & ~RELATIVE_ID],
            id: ints[p] & RELATIVE_ID ? `${uri}#${id}` : id,
            label: this.string(p + 5),
            detail: this.string(p + 7),
            uri,
            range: { start: { line: ints[p + 9], character: ints[p + 10] }, end: { line: ints[p + 11], character: ints[p + 12] } },
        };
    }
    eventOf(at) {
        return this.ints[this.rowsAt + at * ROW_INTS + 2];
    }
}
exports.SearchSnapshot = SearchSnapshot;
/** The search over a snapshot, in steps (as searchSteps over the index). */
function* searchSnapshotSteps(snapshot, query, limit = 50, kinds) {
    return yield* (0, search_1.searchOver)(snapshot.source, query, limit, kinds);
}
/**
 * Reads a snapshot, checking every number a search would read: a snapshot that does not hold
 * together throws (the caller discards it), and one that does can be searched without reading
 * outside what it holds.
 */
function readSearchSnapshot(input, catalog) {
    const { ints, chunkLatin1, chunkWide, strings } = input;
    let p = 0;
    const damaged = (what) => new Error(`search snapshot damaged (${what})`);
    const int = () => {
        if (p >= ints.length)
            throw damaged('truncated');
        return ints[p++];
    };
    const count = (what) => {
        const n = int();
        if (n < 0 || n > ints.length)
            throw damaged(what);
        return n;
    };
    /** Checks a string's place (StringsOut) in the strings, or in the chunks' texts. */
    const checkPlace = (at, length, what, of) => {
        if (at < 0 || length < 0 || (at >>> 1) + length > (at & 1 ? of.wideLength : of.latin1Length))
            throw damaged(what);
    };
    /** The next string's place, checked, and its text. */
    const string = (what, of = strings) => {
        const at = int();
        const length = int();
        checkPlace(at, length, what, of);
        return stringAt(of, at, length);
    };
    const chunkStrings = stringsOf(chunkLatin1, chunkWide);
    if (int() !== FORMAT)
        throw new Error('search snapshot of another format');
    if (int() !== 2 * search_1.CHUNKS)
        throw damaged('chunks');
    const rowCount = count('rows');
    const uriCount = count('URIs');
    const toolCount = count('tools');
    if (int() !== chunkLatin1.length || int() !== chunkWide.length || int() !== strings.latin1Length || int() !== strings.wideLength)
        throw damaged('lengths');
    const chunkTexts = [];
    let rowsSeen = 0;
    for (let c = 0; c < 2 * search_1.CHUNKS; c++) {
        const n = count('chunk rows');
        const chunkText = string('chunk text', chunkStrings);
        if (p + n + 1 > ints.length)
            throw damaged('truncated');
        const starts = ints.subarray(p, p + n + 1);
        p += n + 1;
        // Every row's texts end with a line break at the next row's start, and the last at the text's end (chunkOfRows reads texts to their line breaks).
        if (starts[0] !== 0 || starts[n] !== chunkText.length)
            throw damaged('chunk rows');
        for (let r = 0; r < n; r++)
            if (starts[r + 1] <= starts[r] || chunkText.charCodeAt(starts[r + 1] - 1) !== 10)
                throw damaged('chunk rows');
        chunkTexts.push({ text: chunkText, starts });
        rowsSeen += n;
    }
    if (rowsSeen !== rowCount)
        throw damaged('rows');
    const rowsAt = p;
    if (rowsAt + rowCount * ROW_INTS > ints.length)
        throw damaged('truncated');
    for (let r = 0, q = rowsAt; r < rowCount; r++, q += ROW_INTS) {
        const kind = ints[q] & ~RELATIVE_ID;
        if (kind < 0 || kind >= search_1.KINDS.length)
            throw damaged('row kind');
        if (ints[q + 1] < 0 || ints[q + 1] >= uriCount)
            throw damaged('row URI');
        if (ints[q + 2] < -1)
            throw damaged('row event');
        checkPlace(ints[q + 3], ints[q + 4], 'row id', strings);
        checkPlace(ints[q + 5], ints[q + 6], 'row label', strings);
        checkPlace(ints[q + 7], ints[q + 8], 'row detail', strings);
    }
    p = rowsAt + rowCount * ROW_INTS;
    const tools = [];
    const talkRowsAt = new Map();
    const firsts = new Map();
    for (let t = 0; t < toolCount; t++) {
        const toolId = string('tool');
        tools.push({ toolId, count: int() });
        const uri = int();
        if (uri < -1 || uri >= uriCount)
            throw damaged('tool URI');
        const range = { start: { line: int(), character: int() }, end: { line: int(), character: int() } };
        if (uri >= 0)
            firsts.set(toolId, { uri, range });
        talkRowsAt.set(toolId, p);
        const n = count('tool rows');
        if (p + n > ints.length)
            throw damaged('truncated');
        for (let i = 0; i < n; i++) {
            const row = ints[p++];
            if (row < 0 || row >= rowCount || search_1.KINDS[ints[rowsAt + row * ROW_INTS] & ~RELATIVE_ID] !== 'talk')
                throw damaged('tool rows');
        }
    }
    const urisAt = p;
    for (let u = 0; u < uriCount; u++)
        checkPlace(int(), int(), 'URI', strings);
    if (p !== ints.length)
        throw damaged('length');
    const chunks = [];
    // Where each chunk's rows begin among the snapshot's (and, last, the row count): a tool's talk rows are given by their numbers.
    const bases = new Int32Array(chunkTexts.length + 1);
    const rowAt = (row) => {
        let lo = 0;
        let hi = chunkTexts.length;
        while (hi - lo > 1) {
            const mid = (lo + hi) >> 1;
            if (bases[mid] <= row)
                lo = mid;
            else
                hi = mid;
        }
        return (0, search_1.rowOf)(chunks[lo], row - bases[lo]);
    };
    const snapshot = new SearchSnapshot(ints, strings, urisAt, rowsAt, rowCount, catalog, { version: -1, chunks, pieces: [], notes: new Map(), speakers: new Map() }, rowAt, tools, talkRowsAt, firsts);
    let r = 0;
    for (let c = 0; c < chunkTexts.length; c++) {
        const { text: chunkText, starts } = chunkTexts[c];
        const n = starts.length - 1;
        bases[c] = r;
        const kinds = new Uint8Array(n);
        for (let i = 0; i < n; i++, r++)
            kinds[i] = ints[rowsAt + r * ROW_INTS] & ~RELATIVE_ID;
        // Chunks of wide texts are the second half (as the index's: their place is part of how a search reads them); rows are made when read.
        chunks.push((0, search_1.chunkOfRows)([], new Array(n), kinds, starts, chunkText, c >= search_1.CHUNKS, { base: bases[c], stored: snapshot }));
    }
    bases[chunkTexts.length] = r;
    return snapshot;
}
//# sourceMappingURL=search-snapshot.js.map