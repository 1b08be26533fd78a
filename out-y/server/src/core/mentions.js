"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MentionTable = exports.SUMMARY_FIELDS = exports.MENTION_END_CHARACTER = exports.MENTION_END_LINE = exports.MENTION_START_CHARACTER = exports.MENTION_START_LINE = exports.MENTION_TALK = exports.MENTION_TEXT = exports.MENTION_TOOL = exports.MENTION_FIELDS = void 0;
exports.markStringsShared = markStringsShared;
exports.stringsShared = stringsShared;
exports.isStored = isStored;
exports.storedNote = storedNote;
exports.mentionTableOf = mentionTableOf;
exports.mentionTable = mentionTable;
/** Numbers per mention: tool, text, talk (string table indexes; -1: no talk), start line/character, end line/character. */
exports.MENTION_FIELDS = 7;
/** Where each number sits in a mention's MENTION_FIELDS (for code that reads the table without making objects). */
exports.MENTION_TOOL = 0;
exports.MENTION_TEXT = 1;
exports.MENTION_TALK = 2;
exports.MENTION_START_LINE = 3;
exports.MENTION_START_CHARACTER = 4;
exports.MENTION_END_LINE = 5;
exports.MENTION_END_CHARACTER = 6;
const TOOL = exports.MENTION_TOOL;
const TEXT = exports.MENTION_TEXT;
const TALK = exports.MENTION_TALK;
const SL = exports.MENTION_START_LINE;
const SC = exports.MENTION_START_CHARACTER;
const EL = exports.MENTION_END_LINE;
const EC = exports.MENTION_END_CHARACTER;
/** Numbers per summary row: tool, talk (-1: no talk), mentions, mentions on the talk's title line. */
exports.SUMMARY_FIELDS = 4;
class MentionTable {
    strings;
    data;
    /**
     * Per (tool, talk) pair: how many mentions, and how many on the talk's title line.
     * Rows are grouped by tool; `toolRows` maps a tool's string index to its first row.
     */
    summary;
    /**
     * Its strings are already shared with other notes (those of one persistent index file): the
     * index need not look each up in its pool of strings. Private, so a table compares and
     * serialises the same wherever it came from (a WeakSet of such tables cost every load and
     * every collection a hash per table).
     */
    #stringsShared = false;
    /**
     * @param strings tool ids, texts and talk ids the numbers point at
     * @param data MENTION_FIELDS numbers per mention, in the note's order
     */
    constructor(strings, data, summary) {
        this.strings = strings;
        this.data = data;
        this.summary = summary ?? new Int32Array(0);
    }
    markStringsShared() {
        this.#stringsShared = true;
    }
    get stringsShared() {
        return this.#stringsShared;
    }
    get length() {
        return this.data.length / exports.MENTION_FIELDS;
    }
    toolId(i) {
        return this.strings[this.data[i * exports.MENTION_FIELDS + TOOL]];
    }
    text(i) {
        return this.strings[this.data[i * exports.MENTION_FIELDS + TEXT]];
    }
    talkId(i) {
        const t = this.data[i * exports.MENTION_FIELDS + TALK];
        return t < 0 ? null : this.strings[t];
    }
    /** The string index of a tool id in this note, or -1 when the note does not mention it. */
    toolIndex(toolId) {
        const s = this.summary;
        for (let r = 0; r < s.length; r += exports.SUMMARY_FIELDS)
            if (this.strings[s[r]] === toolId)
                return s[r];
        return -1;
    }
    startLine(i) {
        return this.data[i * exports.MENTION_FIELDS + SL];
    }
    range(i) {
        const o = i * exports.MENTION_FIELDS;
        const d = this.data;
        return { start: { line: d[o + SL], character: d[o + SC] }, end: { line: d[o + EL], character: d[o + EC] } };
    }
    /** A mention as an object (made now; the table keeps none). */
    get(i) {
        return { toolId: this.toolId(i), text: this.text(i), range: this.range(i), talkId: this.talkId(i) };
    }
    /** Indexes of the mentions of one tool, in the note's order. */
    indexesOf(toolId) {
        const tool = this.toolIndex(toolId);
        const out = [];
        if (tool < 0)
            return out;
        const d = this.data;
        for (let o = 0, i = 0; o < d.length; o += exports.MENTION_FIELDS, i++)
            if (d[o + TOOL] === tool)
                out.push(i);
        return out;
    }
    /**
     * Pushes a location (`uri` and the mention's range) per mention of a tool (its string index,
     * see toolIndex), in the note's order, straight from the numbers; says whether they came in
     * strictly increasing order of start.
     */
    pushLocations(tool, uri, out) {
        const d = this.data;
        let increasing = true;
        let line = -1;
        let character = -1;
        for (let o = 0; o < d.length; o += exports.MENTION_FIELDS) {
            if (d[o + TOOL] !== tool)
                continue;
            const sl = d[o + SL];
            const sc = d[o + SC];
            if (sl < line || (sl === line && sc <= character))
                increasing = false;
            line = sl;
            character = sc;
            out.push({ uri, range: { start: { line: sl, character: sc }, end: { line: d[o + EL], character: d[o + EC] } } });
        }
        return increasing;
    }
    /**
     * The mention under a position: one that holds it and does not end at it; else one that ends
     * right at it (the cursor just after a word). -1 when there is none.
     */
    indexAt(pos) {
        const d = this.data;
        let ending = -1;
        for (let o = 0, i = 0; o < d.length; o += exports.MENTION_FIELDS, i++) {
            const sl = d[o + SL];
            const el = d[o + EL];
            if (pos.line < sl || pos.line > el)
                continue;
            if (pos.line === sl && pos.character < d[o + SC])
                continue;
            if (pos.line === el && pos.character > d[o + EC])
                continue;
            if (pos.line < el || pos.character < d[o + EC])
                return i;
            if (ending < 0)
                ending = i;
        }
        return ending;
    }
    *[Symbol.iterator]() {
        for (let i = 0; i < this.length; i++)
            yield this.get(i);
    }
    /** Serialises as the plain mentions it stands for. */
    toJSON() {
        return [...this];
    }
}
exports.MentionTable = MentionTable;
/** Marks a table whose strings are already shared with other notes (see MentionTable's #stringsShared). */
function markStringsShared(table) {
    table.markStringsShared();
    return table;
}
function stringsShared(table) {
    return table.stringsShared;
}
function isStored(note) {
    return note.mentions instanceof MentionTable;
}
/** Each extracted note is packed once, whoever asks first (the index, the persistent cache). */
const packed = new WeakMap();
/** The packed form of a note (the note itself when it already is). `intern` shares equal strings between notes. */
function storedNote(note, intern = (s) => s) {
    if (isStored(note))
        return note;
    let stored = packed.get(note);
    if (stored)
        return stored;
    stored = { ...note, mentions: packMentions(note, note.mentions, intern) };
    packed.set(note, stored);
    return stored;
}
/**
 * A note's mentions packed, for a note that is only packed once and then let go (a worker's, which
 * crosses threads as numbers): no copy of the note and no entry in the memo of packed notes.
 */
function mentionTableOf(note) {
    return isStored(note) ? note.mentions : (packed.get(note)?.mentions ?? packMentions(note, note.mentions, (s) => s));
}
function packMentions(note, mentions, intern) {
    const strings = [];
    const ids = new Map();
    const id = (s) => {
        let i = ids.get(s);
        if (i === undefined)
            ids.set(s, (i = strings.push(intern(s)) - 1));
        return i;
    };
    const data = new Int32Array(mentions.length * exports.MENTION_FIELDS);
    let o = 0;
    for (const m of mentions) {
        data[o + TOOL] = id(m.toolId);
        data[o + TEXT] = id(m.text);
        data[o + TALK] = m.talkId === null ? -1 : id(m.talkId);
        data[o + SL] = m.range.start.line;
        data[o + SC] = m.range.start.character;
        data[o + EL] = m.range.end.line;
        data[o + EC] = m.range.end.character;
        o += exports.MENTION_FIELDS;
    }
    return new MentionTable(strings, data, summarize(strings, data, note));
}
/** A table from numbers already packed (the persistent cache): the summary is made from them. */
function mentionTable(strings, data, note) {
    return new MentionTable(strings, data, summarize(strings, data, note));
}
/** Mention counts per (tool, talk) pair of one note, grouped by tool in order of first mention. */
function summarize(strings, data, note) {
    const titleLine = new Map();
    for (const e of note.events)
        for (const t of e.talks)
            titleLine.set(t.id, t.titleRange.start.line);
    // tool → talk → [count, on title]
    const byTool = new Map();
    for (let o = 0; o < data.length; o += exports.MENTION_FIELDS) {
        const tool = data[o + TOOL];
        const talk = data[o + TALK];
        let byTalk = byTool.get(tool);
        if (!byTalk)
            byTool.set(tool, (byTalk = new Map()));
        let row = byTalk.get(talk);
        if (!row)
            byTalk.set(talk, (row = [0, 0]));
        row[0]++;
        if (talk >= 0 && titleLine.get(strings[talk]) === data[o + SL])
            row[1]++;
    }
    let rows = 0;
    for (const byTalk of byTool.values())
        rows += byTalk.size;
    const out = new Int32Array(rows * exports.SUMMARY_FIELDS);
    let r = 0;
    for (const [tool, byTalk] of byTool) {
        for (const [talk, [count, titled]] of byTalk) {
            out[r] = tool;
            out[r + 1] = talk;
            out[r + 2] = count;
            out[r + 3] = titled;
            r += exports.SUMMARY_FIELDS;
        }
    }
    return out;
}
//# sourceMappingURL=mentions.js.map