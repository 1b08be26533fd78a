"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FileNote = exports.IndexFileReader = exports.IndexFileWriter = void 0;
exports.stringLengths = stringLengths;
exports.writeStringPart = writeStringPart;
exports.writeEncoded = writeEncoded;
exports.decodeStrings = decodeStrings;
exports.readStrings = readStrings;
exports.printEvents = printEvents;
const mentions_1 = require("../core/mentions");
const workspace_index_1 = require("../core/workspace-index");
const note_record_1 = require("./note-record");
// A note's numbers:
//   length (of the note's numbers, this one included) | mention numbers count | summary numbers count |
//   size (float64 as two) | mtimeMs (float64 as two) | uri | hash | language | encoding | lineCount |
//   headings: n, (line, anchor)… | tags: n, s… | front-matter tools: n, s… |
//   problems: n, (range, message)… | references: n, (kind, text, range, target: n, (key, value)…)… |
//   events: n, (id, name, name key, date?, endDate?, location?, nameRange, range,
//               talks: n, (id, title, title key, speakers: n, (name, name key, org?, handle?, role?)…,
//                          titleRange, bodyRange, tools: n, (toolId, count)…, eventId or -1 for the event's own)…)… |
//   mention strings: n, s…
// where a string is its index in the table, and -1 for null (absent for handle and role).
// A range is four numbers: start line, start character, end line, end character.
// Ids are kept whole in the table (the note's URI, '#', a slug): made by joining two strings,
// every id became a second, flat string the first time a map looked it up. A name's key (nameKey:
// what the index files events, talks and speakers under) is kept beside it: computing and
// remembering them was a third of putting the notes of a 10k warm start.
const NONE = -1;
const LANGUAGES = new Set(['en', 'ko', 'ja', 'mixed']);
const REFERENCE_KINDS = new Set(['wiki', 'link', 'agenda']);
// A float64 crosses as two int32.
const f64 = new Float64Array(1);
const f64Ints = new Int32Array(f64.buffer);
/** Numbers per piece of a writer's structure (1 MB). */
const PIECE_INTS = 1 << 18;
/**
 * Numbers appended in pieces of a fixed size: the structure of 10k notes (2.3 M numbers) had been
 * one array doubled as it filled, 16.8 MB for 9.3 MB of numbers, with the old half alive while
 * it was copied, in the first save after a cold start.
 */
class NumberPieces {
    pieces = [];
    last = new Int32Array(0);
    used = 0;
    length = 0;
    append(from, start, end) {
        while (start < end) {
            if (this.used === this.last.length) {
                this.last = new Int32Array(PIECE_INTS);
                this.pieces.push(this.last);
                this.used = 0;
            }
            const n = Math.min(end - start, this.last.length - this.used);
            this.last.set(from.subarray(start, start + n), this.used);
            this.used += n;
            this.length += n;
            start += n;
        }
    }
    /** The pieces filled and not taken yet, let go here: the caller writes them out. */
    takeFull() {
        const full = this.used === this.last.length ? this.pieces.length : this.pieces.length - 1;
        return this.pieces.splice(0, full);
    }
    /** The numbers not taken yet, piece by piece (the last one as far as it is filled). */
    written() {
        const out = this.pieces.slice();
        if (out.length && out[out.length - 1] === this.last)
            out[out.length - 1] = this.last.subarray(0, this.used);
        return out;
    }
}
/** Strings up to this long are looked up in a Map (IndexFileWriter.id). */
const SHORT_STRING = 12;
/** FNV-1a over a string's UTF-16 code units. */
function hashOf(s) {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++)
        h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return h >>> 0;
}
/** Encodes notes into one string table and one array of numbers (and the notes' mention arrays, written as they are). */
class IndexFileWriter {
    firstString;
    /** The short strings added with a lookup, by string. */
    short = new Map();
    /**
     * The longer strings added with a lookup, as their places in `strings`, by their hash (open
     * addressing, -1 for none). A Map of all the 10k index's 115,000 strings looked up took about
     * 3.7 MB and as much again in the tables it outgrew, kept until a full collection; at 100k
     * notes about 120 MB.
     */
    slots = new Int32Array(1 << 12).fill(-1);
    looked = 0;
    /** The strings of the note being encoded that were added without a lookup (unique()): its mention strings and references repeat its talks' ids. */
    own = new Map();
    /** The strings this writer adds to the table (after the `firstString` it starts from). */
    strings = [];
    /** The note being encoded: its numbers, then appended to `structure` once whole. */
    out = new Int32Array(1 << 12);
    at = 0;
    structure = new NumberPieces();
    /** Every note's mention numbers and summary, in note order: written as they are. */
    numbers = [];
    numberCount = 0;
    count = 0;
    /**
     * @param firstString the length of the string table of the file this one replaces, kept as the
     *   start of this one's (its bytes are copied), so that the numbers of a note in that file can be
     *   copied as they are (copy()). Strings of the notes encoded here are added after it, even
     *   those it already has: looking them up would cost more than the few bytes.
     */
    constructor(firstString = 0) {
        this.firstString = firstString;
    }
    /** Numbers written so far (where the next note's start). */
    get length() {
        return this.structure.length;
    }
    /**
     * Adds a note as its numbers in the file this one replaces: copied, its strings are at the same
     * places. False (and nothing written) when they are not a note of this entry's mention counts.
     */
    copy(e, numbers) {
        this.notFinished();
        const { data, summary } = e.note.mentions;
        if (numbers.length < 3 || numbers[0] !== numbers.length || numbers[1] !== data.length || numbers[2] !== summary.length)
            return false;
        this.structure.append(numbers, 0, numbers.length);
        this.numbers.push(data, summary);
        this.numberCount += data.length + summary.length;
        this.count++;
        return true;
    }
    /** Adds a note; false (and nothing written) for one that does not have the shape of a note. */
    add(uri, e) {
        this.notFinished();
        this.at = 0;
        try {
            this.encode(uri, e);
        }
        catch {
            return false;
        }
        this.structure.append(this.out, 0, this.at);
        return true;
    }
    encode(uri, e) {
        this.own.clear();
        const n = e.note;
        const start = this.at;
        const { data, summary } = n.mentions;
        this.push(0);
        this.push(data.length);
        this.push(summary.length);
        this.float(e.size);
        this.float(e.mtimeMs);
        this.push(this.unique(uri));
        this.push(this.unique(e.hash));
        this.push(this.id(n.language));
        this.push(this.id(n.encoding));
        this.push(n.lineCount);
        const headingsAt = this.at;
        this.push(0);
        (0, note_record_1.forEachHeading)(e.headings, (line, anchor) => {
            this.out[headingsAt]++;
            this.push(line);
            this.push(this.id(anchor));
        });
        this.stringList(n.tags);
        this.stringList(n.frontMatterTools);
        this.push(n.problems.length);
        for (const p of n.problems) {
            this.range(p.range);
            this.push(this.id(p.message));
        }
        this.push(n.references.length);
        for (const r of n.references) {
            this.push(this.id(r.kind));
            this.push(this.id(r.text));
            this.range(r.range);
            // As JSON would: a key whose value is undefined is not written.
            const keys = Object.keys(r.target).filter((k) => r.target[k] !== undefined);
            this.push(keys.length);
            for (const k of keys) {
                this.push(this.id(k));
                this.push(this.ownOrId(r.target[k]));
            }
        }
        this.push(n.events.length);
        for (const ev of n.events) {
            this.push(this.unique(ev.id));
            this.push(this.id(ev.name));
            this.push(this.id((0, workspace_index_1.nameKeyOf)(ev.name)));
            this.push(this.idOrNone(ev.date));
            this.push(this.idOrNone(ev.endDate));
            this.push(this.idOrNone(ev.location));
            this.range(ev.nameRange);
            this.range(ev.range);
            this.push(ev.talks.length);
            for (const t of ev.talks) {
                this.push(this.unique(t.id));
                this.push(this.id(t.title));
                this.push(this.id((0, workspace_index_1.nameKeyOf)(t.title)));
                this.push(t.speakers.length);
                for (const s of t.speakers) {
                    this.push(this.id(s.name));
                    this.push(this.id((0, workspace_index_1.speakerKey)(s.name)));
                    this.push(this.idOrNone(s.org));
                    this.push(this.idOrNone(s.handle));
                    this.push(this.idOrNone(s.role));
                }
                this.range(t.titleRange);
                this.range(t.bodyRange);
                this.push(t.tools.length);
                for (const c of t.tools) {
                    this.push(this.id(c.toolId));
                    this.push(c.count);
                }
                this.push(t.eventId === ev.id ? NONE : this.id(t.eventId));
            }
        }
        const strings = n.mentions.strings;
        this.push(strings.length);
        for (const s of strings)
            this.push(this.ownOrId(s));
        this.out[start] = this.at - start;
        this.numbers.push(data, summary);
        this.numberCount += data.length + summary.length;
        this.count++;
    }
    /** The notes' numbers made since the last call, a filled piece at a time (1 MB each), for writing out as they come. */
    takeFilled() {
        return this.structure.takeFull();
    }
    /** The notes' numbers not taken yet, piece by piece; the strings added to the table are `strings`. The writer adds no note after it. */
    finish() {
        this.short.clear();
        // Let go: no lookup comes after (notFinished).
        this.slots = new Int32Array(0);
        return this.structure.written();
    }
    /**
     * A string's place in the table, added when it is not there. Short strings (kinds, languages,
     * tool ids, dates: few, and repeated in every note) are looked up in a Map, which hashes them
     * natively and once; longer ones (titles, names and their keys, anchors: many, each in a few
     * notes) in `slots`, whose hash is computed here at each lookup.
     */
    id(s) {
        if (typeof s !== 'string')
            throw new Error('not a string');
        if (s.length <= SHORT_STRING) {
            let i = this.short.get(s);
            if (i === undefined)
                this.short.set(s, (i = this.firstString + this.strings.push(s) - 1));
            return i;
        }
        const { slots, strings } = this;
        const mask = slots.length - 1;
        let at = hashOf(s) & mask;
        for (let k = slots[at]; k !== -1; k = slots[at]) {
            if (strings[k] === s)
                return this.firstString + k;
            at = (at + 1) & mask;
        }
        const k = strings.push(s) - 1;
        slots[at] = k;
        // At most half full, so that a probe ends soon.
        if (++this.looked * 2 > slots.length)
            this.grow();
        return this.firstString + k;
    }
    /** The same for a string that may be one the note added without a lookup (a talk's id, in its mention strings and references). */
    ownOrId(s) {
        return this.own.get(s) ?? this.id(s);
    }
    /**
     * A string another note seldom or never has (its URI and hash, an event's or talk's id, which
     * start with the URI): added without a lookup in the whole file's tables, only in the note's
     * own (its mention strings and references repeat its talks' ids). A copy of a note repeats its
     * hash, and a link to another note its URI: a few bytes. Four in ten of a 10k index's strings,
     * they made the whole file's tables, held while a save runs, that much larger.
     */
    unique(s) {
        if (typeof s !== 'string')
            throw new Error('not a string');
        const i = this.firstString + this.strings.push(s) - 1;
        this.own.set(s, i);
        return i;
    }
    notFinished() {
        if (this.slots.length === 0)
            throw new Error('the writer is finished: it adds no note after finish()');
    }
    grow() {
        const old = this.slots;
        const slots = new Int32Array(old.length * 2).fill(-1);
        const mask = slots.length - 1;
        for (const k of old) {
            if (k === -1)
                continue;
            let at = hashOf(this.strings[k]) & mask;
            while (slots[at] !== -1)
                at = (at + 1) & mask;
            slots[at] = k;
        }
        this.slots = slots;
    }
    idOrNone(s) {
        return s === null || s === undefined ? NONE : this.id(s);
    }
    stringList(list) {
        this.push(list.length);
        for (const s of list)
            this.push(this.id(s));
    }
    range(r) {
        this.push(r.start.line);
        this.push(r.start.character);
        this.push(r.end.line);
        this.push(r.end.character);
    }
    float(x) {
        f64[0] = x;
        this.push(f64Ints[0]);
        this.push(f64Ints[1]);
    }
    push(value) {
        if (this.at === this.out.length) {
            const grown = new Int32Array(this.out.length * 2);
            grown.set(this.out);
            this.out = grown;
        }
        this.out[this.at++] = value;
    }
}
exports.IndexFileWriter = IndexFileWriter;
const WIDE = /[^\u0000-\u00ff]/;
/** Each string's length in a table (negated for one in the UTF-16 part), and the bytes of each part. */
function stringLengths(strings) {
    const lengths = new Int32Array(strings.length);
    let latin1Bytes = 0;
    let utf16Bytes = 0;
    for (let i = 0; i < strings.length; i++) {
        const s = strings[i];
        if (WIDE.test(s)) {
            lengths[i] = -s.length;
            utf16Bytes += 2 * s.length;
        }
        else {
            lengths[i] = s.length;
            latin1Bytes += s.length;
        }
    }
    return { lengths, latin1Bytes, utf16Bytes };
}
/**
 * Hands the Latin-1 part of a table (or, `wide`, its UTF-16 part) to `write` a buffer's worth at
 * a time, in `buffer`, which is filled again once `write` has settled; a string longer than the
 * buffer goes in a buffer of its own. Joined into one string and then one buffer, the 10k index's
 * table (14.6 MB of bytes) was made twice over in the first save after a cold start.
 */
async function writeStringPart(strings, lengths, wide, buffer, write) {
    function* part() {
        for (let i = 0; i < strings.length; i++) {
            const n = lengths[i];
            if (n !== 0 && (n < 0) === wide)
                yield strings[i];
        }
    }
    await writeEncoded(part(), wide ? 'utf16le' : 'latin1', buffer, write);
}
/** Hands strings, one after another in an encoding, to `write` a buffer's worth at a time (as writeStringPart). */
async function writeEncoded(strings, encoding, buffer, write) {
    let used = 0;
    for (const s of strings) {
        const size = encoding === 'utf16le' ? 2 * s.length : s.length;
        if (used + size > buffer.length && used > 0) {
            await write(buffer.subarray(0, used));
            used = 0;
        }
        if (size > buffer.length)
            await write(Buffer.from(s, encoding));
        else
            used += buffer.write(s, used, encoding);
    }
    if (used > 0)
        await write(buffer.subarray(0, used));
}
/** The strings of a table; null when the lengths do not add up to the parts. */
function decodeStrings(t) {
    if (t.utf16.length % 2)
        return null;
    const narrow = t.latin1.toString('latin1');
    const wide = t.utf16.toString('utf16le');
    const out = new Array(t.lengths.length);
    let a = 0;
    let b = 0;
    for (let i = 0; i < out.length; i++) {
        const n = t.lengths[i];
        if (n >= 0) {
            if (a + n > narrow.length)
                return null;
            out[i] = narrow.slice(a, (a += n));
        }
        else {
            if (b - n > wide.length)
                return null;
            out[i] = wide.slice(b, (b -= n));
        }
    }
    return a === narrow.length && b === wide.length ? out : null;
}
/** Bytes of a table's part read at a time by readStrings. */
const PIECE_BYTES = 1 << 19;
/**
 * The strings of a table whose parts are read a piece at a time: `read(wide, offset, bytes)` gives
 * that many bytes of the Latin-1 (or, wide, the UTF-16) part from `offset` in it, in a buffer it
 * may reuse. Each piece (about `pieceBytes`, cut between strings) becomes one string, and its
 * strings slices of it; null when the lengths do not add up to the parts. Read whole, each part
 * was a fresh buffer and then a fresh string of its size (13.6 MB each at 10k notes): touching
 * new memory is most of what making a large string costs.
 */
async function readStrings(lengths, latin1Bytes, utf16Bytes, read, pieceBytes = PIECE_BYTES) {
    if (utf16Bytes % 2)
        return null;
    const out = new Array(lengths.length);
    for (const wide of [false, true]) {
        const total = wide ? utf16Bytes : latin1Bytes;
        let offset = 0;
        let from = 0;
        while (from < lengths.length) {
            // The strings of this part from `from` up to `to`, in one piece.
            let bytes = 0;
            let to = from;
            for (; to < lengths.length && bytes < pieceBytes; to++) {
                const n = lengths[to];
                if (wide ? n < 0 : n >= 0)
                    bytes += wide ? -2 * n : n;
            }
            if (offset + bytes > total)
                return null;
            const piece = bytes ? (await read(wide, offset, bytes)).toString(wide ? 'utf16le' : 'latin1', 0, bytes) : '';
            let at = 0;
            for (let k = from; k < to; k++) {
                const n = lengths[k];
                if (wide ? n >= 0 : n < 0)
                    continue;
                const end = at + (wide ? -n : n);
                out[k] = piece.slice(at, end);
                at = end;
            }
            offset += bytes;
            from = to;
        }
        if (offset !== total)
            return null;
    }
    return out;
}
/** A note's numbers that do not hold together. */
class Damaged extends Error {
}
/**
 * Reads the notes of a file: the string table, the notes' numbers and their mention numbers.
 * Yields each note's entry, or null for a note whose numbers do not hold together (every string
 * index, count and range is checked; nothing from the file is trusted). Stops when the numbers run
 * out; `complete()` then says whether every note was read.
 *
 * A note's events, references and problems are checked here but made when first asked for
 * (FileNote): a warm start spent most of its time making about 400k objects (and the young
 * generation's collector copying them) that nothing asked for before the index was complete.
 */
class IndexFileReader {
    table;
    structure;
    mentionNumbers;
    at = 0;
    end = 0;
    /** Where the numbers of the note last read start (an index into the notes' numbers). */
    noteAt = 0;
    /** Where they end. */
    get noteEnd() {
        return this.end;
    }
    numbersAt = 0;
    numbers;
    constructor(table, structure, mentionNumbers) {
        this.table = table;
        this.structure = structure;
        this.mentionNumbers = mentionNumbers;
        this.numbers = new FileNumbers(table, structure);
    }
    /** Every number read: the file held exactly the notes its header counts. */
    complete() {
        return this.at === this.structure.length && this.numbersAt === this.mentionNumbers.length;
    }
    /**
     * The next note, with where its numbers are (`saved`); null for a damaged one; undefined when
     * there is none left or the rest cannot be found.
     */
    next() {
        const s = this.structure;
        if (this.at + 3 > s.length)
            return undefined;
        const length = s[this.at];
        const dataCount = s[this.at + 1];
        const summaryCount = s[this.at + 2];
        if (length < 3 || length > s.length - this.at || dataCount < 0 || summaryCount < 0 || dataCount + summaryCount > this.mentionNumbers.length - this.numbersAt)
            return undefined;
        const from = this.at;
        this.noteAt = from;
        this.end = from + length;
        this.at = from + 3;
        const numbersAt = this.numbersAt;
        this.numbersAt += dataCount + summaryCount;
        try {
            const data = this.mentionNumbers.subarray(numbersAt, numbersAt + dataCount);
            const summary = this.mentionNumbers.subarray(numbersAt + dataCount, numbersAt + dataCount + summaryCount);
            const entry = this.note(data, summary);
            if (this.at !== this.end)
                return null;
            return entry;
        }
        catch (e) {
            if (e instanceof Damaged)
                return null;
            throw e;
        }
        finally {
            this.at = this.end;
        }
    }
    note(data, summary) {
        const size = this.float();
        const mtimeMs = this.float();
        const uri = this.str();
        const hash = this.str();
        const language = this.str();
        if (!LANGUAGES.has(language))
            throw new Damaged();
        const encoding = this.str();
        const lineCount = this.int();
        // Flat: made into objects when a link asks for them (FeatureContext.headings).
        const headingCount = this.count(2);
        const headings = headingCount ? new Array(headingCount * 2) : note_record_1.EMPTY;
        for (let k = 0; k < headings.length; k += 2) {
            headings[k] = this.int();
            headings[k + 1] = this.str();
        }
        const tags = this.strings();
        const frontMatterTools = this.strings();
        const bodyAt = this.at;
        this.checkBody();
        const strings = new Array(this.count(1));
        for (let k = 0; k < strings.length; k++)
            strings[k] = this.str();
        if (data.length % mentions_1.MENTION_FIELDS || summary.length % mentions_1.SUMMARY_FIELDS || !(0, note_record_1.validMentions)(data, strings.length) || !(0, note_record_1.validSummary)(summary, strings.length, data.length / mentions_1.MENTION_FIELDS))
            throw new Damaged();
        const note = new FileNote(uri, language, encoding, lineCount, (0, mentions_1.markStringsShared)(new mentions_1.MentionTable(strings, data, summary)), tags, frontMatterTools, this.numbers, bodyAt);
        // Made whole here: a copy spread with the place added cost the cache's reading 70 ms at 10k notes.
        return { size, mtimeMs, hash, headings, note, saved: { at: this.noteAt, end: this.end } };
    }
    /** Checks a note's problems, references and events (as FileNumbers.body reads them), making nothing. */
    checkBody() {
        for (let k = this.count(5); k > 0; k--) {
            this.skip(4);
            this.str();
        }
        for (let k = this.count(7); k > 0; k--) {
            if (!REFERENCE_KINDS.has(this.str()))
                throw new Damaged();
            this.str();
            this.skip(4);
            for (let j = this.count(2); j > 0; j--) {
                this.str();
                this.str();
            }
        }
        for (let k = this.count(15); k > 0; k--) {
            this.str();
            this.str();
            this.str();
            this.strOrNull();
            this.strOrNull();
            this.strOrNull();
            this.skip(8);
            // A talk takes at least 14 numbers: id, title, its key, no speakers, two ranges, no tools, its event.
            for (let t = this.count(14); t > 0; t--) {
                this.str();
                this.str();
                this.str();
                for (let j = this.count(5); j > 0; j--) {
                    this.str();
                    this.str();
                    this.strOrNull();
                    this.strOrNull();
                    this.strOrNull();
                }
                this.skip(8);
                for (let j = this.count(2); j > 0; j--) {
                    this.str();
                    this.int();
                }
                this.strOrNull();
            }
        }
    }
    skip(n) {
        if (this.at + n > this.end)
            throw new Damaged();
        this.at += n;
    }
    int() {
        if (this.at >= this.end)
            throw new Damaged();
        return this.structure[this.at++];
    }
    /** A count of items of at least `each` numbers that fit in what is left of the note. */
    count(each) {
        const n = this.int();
        if (n < 0 || n * each > this.end - this.at)
            throw new Damaged();
        return n;
    }
    float() {
        f64Ints[0] = this.int();
        f64Ints[1] = this.int();
        return f64[0];
    }
    str() {
        const i = this.int();
        if (i < 0 || i >= this.table.length)
            throw new Damaged();
        return this.table[i];
    }
    strOrNull() {
        const i = this.int();
        if (i === NONE)
            return null;
        if (i < 0 || i >= this.table.length)
            throw new Damaged();
        return this.table[i];
    }
    strings() {
        const n = this.count(1);
        if (!n)
            return note_record_1.EMPTY;
        const out = new Array(n);
        for (let k = 0; k < out.length; k++)
            out[k] = this.str();
        return out;
    }
}
exports.IndexFileReader = IndexFileReader;
/**
 * The numbers and strings of a file that its notes' events, references and problems are made from
 * when first asked for; every number was checked when the note was read (IndexFileReader). Kept
 * while a note of the file has not made them.
 */
class FileNumbers {
    table;
    structure;
    at = 0;
    constructor(table, structure) {
        this.table = table;
        this.structure = structure;
    }
    /** A note's problems, references and events, from their numbers at `at`. */
    body(at) {
        this.at = at;
        const problemCount = this.int();
        const problems = problemCount ? new Array(problemCount) : note_record_1.EMPTY;
        for (let k = 0; k < problems.length; k++)
            problems[k] = { range: this.range(), message: this.str() };
        const referenceCount = this.int();
        const references = referenceCount ? new Array(referenceCount) : note_record_1.EMPTY;
        for (let k = 0; k < references.length; k++) {
            const kind = this.str();
            const text = this.str();
            const range = this.range();
            const target = {};
            for (let j = this.int(); j > 0; j--) {
                const key = this.str();
                target[key] = this.str();
            }
            references[k] = { kind, text, range, target: target };
        }
        const events = new Array(this.int());
        for (let k = 0; k < events.length; k++)
            events[k] = this.event();
        return { problems, references, events };
    }
    /** Where a note's events begin: past its problems and references, from their numbers at `at`. */
    eventsAt(at) {
        const s = this.structure;
        let i = at;
        for (let k = s[i++]; k > 0; k--)
            i += 5;
        for (let k = s[i++]; k > 0; k--)
            i += 7 + 2 * s[i + 6];
        return i;
    }
    /** A note's events', talks' and speakers' names (OutlinedNote), from their numbers at `at`, making no object. */
    outline(at, visitor) {
        const s = this.structure;
        const table = this.table;
        let i = this.eventsAt(at);
        for (let k = s[i++]; k > 0; k--) {
            visitor.event(table[s[i]], table[s[i + 1]], table[s[i + 2]]);
            i += 14;
            for (let t = s[i++]; t > 0; t--) {
                visitor.talk(table[s[i]], table[s[i + 1]], table[s[i + 2]]);
                i += 3;
                for (let j = s[i++]; j > 0; j--) {
                    visitor.speaker(table[s[i]], s[i + 2] === NONE ? null : table[s[i + 2]], table[s[i + 1]]);
                    i += 5;
                }
                i += 8;
                i += 2 * s[i] + 2;
            }
        }
    }
    /** A note's events and talks as the command line's outline prints them (NotePrinter), from their numbers at `at`, making no object. */
    print(at, printer) {
        const s = this.structure;
        const table = this.table;
        const orNull = (i) => (i === NONE ? null : table[i]);
        let i = this.eventsAt(at);
        for (let k = s[i++]; k > 0; k--) {
            printer.event(table[s[i + 1]], orNull(s[i + 3]), orNull(s[i + 4]), orNull(s[i + 5]));
            i += 14;
            for (let t = s[i++]; t > 0; t--) {
                const title = table[s[i + 1]];
                const speakers = s[i + 3];
                i += 4;
                // The title's range follows the speakers.
                printer.talk(s[i + 5 * speakers], title);
                for (let j = 0; j < speakers; j++, i += 5)
                    printer.speaker(table[s[i]], orNull(s[i + 2]));
                i += 8;
                for (let j = s[i++]; j > 0; j--, i += 2)
                    printer.tool(table[s[i]], s[i + 1]);
                i++;
            }
        }
    }
    event() {
        const id = this.str();
        const name = this.str();
        // Its key (for put(): outline).
        this.at++;
        const date = this.strOrNull();
        const endDate = this.strOrNull();
        const location = this.strOrNull();
        const nameRange = this.range();
        const range = this.range();
        const talks = new Array(this.int());
        for (let k = 0; k < talks.length; k++)
            talks[k] = this.talk(id);
        return { id, name, date, endDate, location, nameRange, range, talks };
    }
    talk(eventOfNote) {
        const id = this.str();
        const title = this.str();
        this.at++;
        const speakers = new Array(this.int());
        for (let k = 0; k < speakers.length; k++)
            speakers[k] = this.speaker();
        const titleRange = this.range();
        const bodyRange = this.range();
        const tools = new Array(this.int());
        for (let k = 0; k < tools.length; k++)
            tools[k] = this.toolCount();
        const eventId = this.strOrNull() ?? eventOfNote;
        return { id, eventId, title, speakers, titleRange, bodyRange, tools };
    }
    int() {
        return this.structure[this.at++];
    }
    str() {
        return this.table[this.structure[this.at++]];
    }
    strOrNull() {
        const i = this.structure[this.at++];
        return i === NONE ? null : this.table[i];
    }
    range() {
        const s = this.structure;
        const a = this.at;
        this.at += 4;
        return { start: this.positions.position(s[a], s[a + 1]), end: this.positions.position(s[a + 2], s[a + 3]) };
    }
    // Positions, tool counts and speakers are values nothing changes once a note is made: equal ones
    // are one object for the whole file (they were a third of the objects a load made, and the
    // collector copies every object that is kept).
    positions = new note_record_1.SharedPositions();
    toolCounts = new Map();
    /** Speakers too (the same few thousand people give most talks); each is looked for among those of its name. */
    speakers = new Map();
    speaker() {
        const a = this.at;
        const name = this.str();
        this.at++;
        const org = this.strOrNull();
        const handle = this.strOrNull();
        const role = this.strOrNull();
        const s = this.structure;
        let same = this.speakers.get(s[a]);
        if (!same)
            this.speakers.set(s[a], (same = []));
        for (const known of same)
            if (known.org === org && (known.handle ?? null) === handle && (known.role ?? null) === role)
                return known;
        const speaker = { name, org };
        if (handle !== null)
            speaker.handle = handle;
        if (role !== null)
            speaker.role = role;
        same.push(speaker);
        return speaker;
    }
    toolCount() {
        const id = this.int();
        const count = this.int();
        if (count < 0 || count >= 1 << 10 || id >= 1 << 20)
            return { toolId: this.table[id], count };
        const key = id * 1024 + count;
        let c = this.toolCounts.get(key);
        if (c === undefined)
            this.toolCounts.set(key, (c = { toolId: this.table[id], count }));
        return c;
    }
}
/**
 * A note read from a persistent index file: what put() and most requests read is made when the
 * note is read (its URI, language, mentions, tags), its events, references and problems the
 * first time something asks for them (all three at once, kept). It serialises as the note
 * extracted (toJSON, with the keys in the extractor's order), and put() files it under its names
 * from the file's numbers (outline).
 */
class FileNote {
    uri;
    language;
    encoding;
    lineCount;
    mentions;
    tags;
    frontMatterTools;
    /** Null once the events, references and problems are made. */
    #file;
    #at;
    #events = null;
    #references = note_record_1.EMPTY;
    #problems = note_record_1.EMPTY;
    constructor(uri, language, encoding, lineCount, mentions, tags, frontMatterTools, file, at) {
        this.uri = uri;
        this.language = language;
        this.encoding = encoding;
        this.lineCount = lineCount;
        this.mentions = mentions;
        this.tags = tags;
        this.frontMatterTools = frontMatterTools;
        this.#file = file;
        this.#at = at;
    }
    get events() {
        return this.#events ?? this.#make();
    }
    get references() {
        if (!this.#events)
            this.#make();
        return this.#references;
    }
    get problems() {
        if (!this.#events)
            this.#make();
        return this.#problems;
    }
    /** Whether its events, references and problems were made (for tests). */
    get made() {
        return this.#events !== null;
    }
    /**
     * Makes its events, references and problems, all at once: what is made together lets the file's
     * numbers go once every note has made its own (references made only when asked kept the file's
     * 9 MB of numbers for good, to save about 17k objects and 30 ms of a 10k warm start).
     */
    #make() {
        const { problems, references, events } = this.#file.body(this.#at);
        this.#problems = problems;
        this.#references = references;
        this.#events = events;
        // The file's numbers are kept for the notes that have not made theirs.
        this.#file = null;
        return events;
    }
    outline(visitor) {
        if (!this.#events)
            return this.#file.outline(this.#at, visitor);
        for (const event of this.events) {
            visitor.event(event.id, event.name, undefined);
            for (const talk of event.talks) {
                visitor.talk(talk.id, talk.title, undefined);
                for (const sp of talk.speakers)
                    visitor.speaker(sp.name, sp.org);
            }
        }
    }
    /** Its events and talks as the command line's outline prints them; from the file's numbers while it has not made its events. */
    print(printer) {
        if (!this.#events)
            this.#file.print(this.#at, printer);
        else
            printEvents(this.#events, printer);
    }
    /** The note as the extractor gives it (packed mentions), keys in its order. */
    toJSON() {
        const { uri, language, encoding, lineCount, events, mentions, references, tags, frontMatterTools, problems } = this;
        return { uri, language, encoding, lineCount, events, mentions, references, tags, frontMatterTools, problems };
    }
}
exports.FileNote = FileNote;
/** A note's events and talks to a printer, from their objects. */
function printEvents(events, printer) {
    for (const e of events) {
        printer.event(e.name, e.date, e.endDate, e.location);
        for (const t of e.talks) {
            printer.talk(t.titleRange.start.line, t.title);
            for (const sp of t.speakers)
                printer.speaker(sp.name, sp.org);
            for (const c of t.tools)
                printer.tool(c.toolId, c.count);
        }
    }
}
//# sourceMappingURL=index-file.js.map