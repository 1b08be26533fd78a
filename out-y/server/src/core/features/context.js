"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FeatureContext = void 0;
exports.unflattenHeadings = unflattenHeadings;
exports.isFlatHeadings = isFlatHeadings;
exports.markdownHeadings = markdownHeadings;
const text_1 = require("../text");
const workspace_index_1 = require("../workspace-index");
/** Heading objects from their flat form; null when it is not one. */
function unflattenHeadings(flat) {
    if (flat.length % 2)
        return null;
    const out = [];
    for (let i = 0; i < flat.length; i += 2) {
        const line = flat[i];
        const anchor = flat[i + 1];
        if (typeof line !== 'number' || typeof anchor !== 'string')
            return null;
        out.push({ line, anchor });
    }
    return out;
}
/** Whether a list of headings is in the flat form (an empty list is both). */
function isFlatHeadings(list) {
    return list.length > 0 && typeof list[0] !== 'object';
}
class FeatureContext {
    index;
    /** Workspace folder URIs (`file:///…`, no trailing slash); links never resolve outside them. */
    roots = [];
    toolFiles = [];
    options = { hoverDetail: 'full' };
    texts = new Map();
    headingsByUri = new Map();
    /** Open notes whose headings are made from their kept text when first asked for. */
    headingsLater = new Set();
    constructor(catalog) {
        this.index = new workspace_index_1.WorkspaceIndex(catalog);
    }
    /** Stores a note extracted elsewhere (a worker, the persistent cache) with its headings. */
    putNote(note, headings) {
        this.index.put(note);
        this.headingsByUri.set(note.uri, headings);
        this.headingsLater.delete(note.uri);
        this.texts.delete(note.uri);
    }
    /**
     * Extracts one note into the index and records its headings.
     * `keepText` keeps the text for position-based features (open documents, tests).
     */
    updateNote(input, keepText = false) {
        // The text kept before is let go before the extraction: kept through it, every young
        // collection during an edit of a long note promoted two texts to the old generation.
        if (keepText)
            this.texts.set(input.uri, input.text);
        else
            this.texts.delete(input.uri);
        const note = this.index.update(input);
        this.headingsLater.delete(input.uri);
        if (keepText && !input.plainText) {
            // An open document's headings are made when a link asks for them (from the text kept), not
            // at each edit: about 0.5 ms of a 7,000-line note's edit, before the hover that follows it.
            this.headingsByUri.delete(input.uri);
            this.headingsLater.add(input.uri);
        }
        else
            this.headingsByUri.set(input.uri, input.plainText ? [] : markdownHeadings(input.text));
        return note;
    }
    removeNote(uri) {
        this.texts.delete(uri);
        this.headingsByUri.delete(uri);
        this.headingsLater.delete(uri);
        return this.index.remove(uri);
    }
    /** Keeps (or forgets) the text of a document that is not a note, such as an open tool file. */
    setText(uri, text) {
        // Headings still to be made from the text are made before it goes.
        if (this.headingsLater.has(uri))
            this.headings(uri);
        if (text === undefined)
            this.texts.delete(uri);
        else
            this.texts.set(uri, text);
    }
    text(uri) {
        return this.texts.get(uri);
    }
    headings(uri) {
        if (this.headingsLater.delete(uri)) {
            const made = markdownHeadings(this.texts.get(uri) ?? '');
            this.headingsByUri.set(uri, made);
            return made;
        }
        const list = this.headingsByUri.get(uri);
        if (!list)
            return [];
        if (!isFlatHeadings(list))
            return list;
        const made = unflattenHeadings(list) ?? [];
        this.headingsByUri.set(uri, made);
        return made;
    }
    isToolFile(uri) {
        return this.toolFiles.some((t) => t.uri === uri);
    }
    /** The workspace folder holding a URI, if any. */
    rootOf(uri) {
        return this.roots.find((r) => uri === r || uri.startsWith(r.endsWith('/') ? r : r + '/'));
    }
}
exports.FeatureContext = FeatureContext;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** Markdown ATX headings and their GitHub anchors; fenced code and front matter are skipped. */
function markdownHeadings(text) {
    const marks = [];
    forEachMarkupLine(text, (line, t) => marks.push({ line, text: t }));
    const out = [];
    const used = new Map();
    let fence = null;
    let k = 0;
    if (marks.length && marks[0].line === 0 && marks[0].text === '---') {
        // Front matter only when it is closed; otherwise its first line is read like any other.
        const end = marks.findIndex((m, j) => j > 0 && m.text === '---');
        if (end > 0)
            k = end + 1;
    }
    for (; k < marks.length; k++) {
        const { line: i, text: line } = marks[k];
        const f = FENCE.exec(line);
        if (f) {
            if (!fence)
                fence = f[1][0];
            else if (f[1][0] === fence)
                fence = null;
            continue;
        }
        if (fence)
            continue;
        const m = ATX.exec(line);
        if (!m)
            continue;
        const textOf = (m[2] ?? '').replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1');
        const base = (0, text_1.headingAnchor)(textOf);
        const n = used.get(base) ?? 0;
        used.set(base, n + 1);
        out.push({ line: i, anchor: n ? `${base}-${n}` : base });
    }
    return out;
}
/**
 * Calls `fn` with each line (and its number) that could be a heading, a fence or a front-matter
 * line: up to three spaces, then `#`, a backtick, `~` or `-`. Other lines are never copied, so a
 * long note costs a scan for line breaks.
 */
function forEachMarkupLine(text, fn) {
    // Line breaks are \r\n, \r or \n; without a \r in the text, native searches for \n find them all.
    if (text.indexOf('\r') >= 0) {
        const lines = text.split(/\r\n|\r|\n/);
        for (let i = 0; i < lines.length; i++)
            if (mayBeMarkup(lines[i], 0, lines[i].length))
                fn(i, lines[i]);
        return;
    }
    let start = 0;
    for (let i = 0;; i++) {
        const nl = text.indexOf('\n', start);
        const end = nl < 0 ? text.length : nl;
        if (mayBeMarkup(text, start, end))
            fn(i, text.slice(start, end));
        if (nl < 0)
            return;
        start = nl + 1;
    }
}
function mayBeMarkup(text, start, end) {
    let k = start;
    while (k < end && k - start < 3 && text.charCodeAt(k) === 32)
        k++;
    const c = k < end ? text.charCodeAt(k) : 0;
    return c === 35 || c === 96 || c === 126 || c === 45;
}
//# sourceMappingURL=context.js.map