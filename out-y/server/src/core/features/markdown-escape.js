"use strict";
// Everything a note says is untrusted: titles, names, venues, even the user's tool file.
// Hover cards are built with this writer, which escapes every piece of note text so that
// nothing becomes markdown, raw HTML or a link, and emits only links it builds itself
// (`file:` links to notes, `http(s):` homepages). It renders the same card as plain text
// for clients that do not render markdown.
Object.defineProperty(exports, "__esModule", { value: true });
exports.CardWriter = void 0;
exports.displayText = displayText;
exports.escapeMarkdown = escapeMarkdown;
exports.safeLinkTarget = safeLinkTarget;
exports.lineLink = lineLink;
/**
 * Bidirectional-text controls: embeddings, overrides and isolates (U+202A–E, U+2066–9) and the
 * marks (U+200E, U+200F, U+061C). In a title they can make text display in another order than it
 * is stored (“Trojan Source”), so a name can pass for another one.
 */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** C0 and C1 control characters but tab, line feed and carriage return. */
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/**
 * Note text as it may be shown anywhere (a hover, a tree label, a search result, a diagnostic):
 * without bidirectional controls and control characters. Everything a feature returns for display
 * goes through this (the client renders tree and search strings as plain text).
 */
function displayText(s) {
    return s.replace(BIDI, '').replace(CONTROLS, '');
}
/**
 * Escapes text so markdown shows it literally. Everything that can open a construct anywhere
 * (links, images, HTML, entities, emphasis, code, autolinks: `https:`, `www.`, `a@b`) is
 * backslash-escaped; so are the block markers (`-`, `+`, `1.`, `=`) where a line starts.
 * Line breaks become spaces, so note text never starts a block of its own.
 */
function escapeMarkdown(s, atLineStart = false) {
    let out = displayText(s)
        .replace(/\s*[\r\n]+\s*/g, ' ')
        .replace(/[\\`*_{}\[\]()<>#!|~&:@]/g, (c) => '\\' + c)
        .replace(/\.(?=[\p{L}\p{N}])/gu, '\\.');
    if (atLineStart)
        out = out.replace(/^(\s*)([-+=]|\d+(?=[.)]))/, (_m, sp, c) => (/^\d/.test(c) ? `${sp}${c}\\` : `${sp}\\${c}`));
    return out;
}
/** A link destination that cannot break out of `(...)` nor start a different scheme. */
function safeLinkTarget(uri) {
    const m = /^([a-z][a-z0-9+.-]*):/i.exec(uri);
    const scheme = m?.[1].toLowerCase();
    if (scheme !== 'file' && scheme !== 'http' && scheme !== 'https')
        return null;
    return uri.replace(/[\s()<>\\"'`\[\]]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}
/** `file:///…#L12` (1-based line), which VS Code opens at that line. */
function lineLink(uri, line0) {
    return `${uri.split('#')[0]}#L${line0 + 1}`;
}
/** Builds a card once, renders it as markdown or as plain text. */
class CardWriter {
    lines = [];
    current = [];
    // Every piece is cleaned on the way in, so the markdown and the plain-text renderings both show it safely.
    text(s) {
        s = displayText(s);
        if (s)
            this.current.push({ kind: 'text', value: s });
        return this;
    }
    strong(s) {
        s = displayText(s);
        if (s)
            this.current.push({ kind: 'strong', value: s });
        return this;
    }
    em(s) {
        s = displayText(s);
        if (s)
            this.current.push({ kind: 'em', value: s });
        return this;
    }
    /** A link the server made; dropped to plain text when the target is not file/http(s). */
    link(label, target) {
        label = displayText(label);
        const safe = safeLinkTarget(target);
        if (safe)
            this.current.push({ kind: 'link', label, target: safe });
        else
            this.text(label);
        return this;
    }
    /** Ends the line. */
    line() {
        this.lines.push(this.current);
        this.current = [];
        return this;
    }
    /** A paragraph break. */
    para() {
        if (this.current.length)
            this.line();
        if (this.lines.length && this.lines[this.lines.length - 1].length)
            this.lines.push([]);
        return this;
    }
    /** A bullet item (call `line()` to end it). */
    bullet() {
        if (this.current.length)
            this.line();
        this.current.push({ kind: 'text', value: '\u2022' });
        return this;
    }
    markdown() {
        const out = [];
        for (const pieces of this.allLines()) {
            if (!pieces.length) {
                out.push('');
                continue;
            }
            let s = '';
            for (const p of pieces) {
                const start = s === '' || s === '- ';
                if (p.kind === 'link')
                    s += `[${escapeMarkdown(p.label)}](${p.target})`;
                else if (p.kind === 'text')
                    s += p.value === '\u2022' && s === '' ? '- ' : escapeMarkdown(p.value, start);
                else if (p.kind === 'strong' || p.kind === 'em') {
                    // Emphasis must hug its text: `**a **` is not bold, so spaces go outside.
                    const mark = p.kind === 'strong' ? '**' : '*';
                    const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(p.value);
                    s += m[2] ? `${m[1]}${mark}${escapeMarkdown(m[2])}${mark}${m[3]}` : p.value;
                }
                else
                    s += `\`${p.value.replace(/`/g, "'")}\``;
            }
            out.push(s);
        }
        return joinMarkdown(out);
    }
    plaintext() {
        const out = [];
        for (const pieces of this.allLines()) {
            let s = '';
            for (const p of pieces) {
                if (p.kind === 'link')
                    s += p.label;
                else if (p.kind === 'text' && p.value === '\u2022' && s === '')
                    s += '- ';
                else
                    s += p.value.replace(/[\r\n]+/g, ' ');
            }
            out.push(s);
        }
        return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
    }
    allLines() {
        return this.current.length ? [...this.lines, this.current] : this.lines;
    }
}
exports.CardWriter = CardWriter;
/** Lines within a paragraph end with a hard break, except list items, which stand alone. */
function joinMarkdown(lines) {
    const out = [];
    for (let i = 0; i < lines.length; i++) {
        const l = lines[i];
        const next = lines[i + 1];
        if (l && next && !next.startsWith('- ') && !l.startsWith('- '))
            out.push(l + '  ');
        else
            out.push(l);
    }
    return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
//# sourceMappingURL=markdown-escape.js.map