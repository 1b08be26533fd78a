"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ReferenceMatcher = void 0;
// The matcher as it was before its trie was laid out in typed arrays: objects with a Map of
// children. Kept only as the reference the matcher's property test compares the real one with.
const text_1 = require("../../server/src/core/text");
/** Stands for "a separator or nothing" inside multi-word spellings: "Spring Boot" = "SpringBoot" = "spring-boot". */
const SEP = -1;
function isSeparator(c) {
    return c === 32 || c === 45 || c === 9 || c === 0xa0 || c === 0x3000 || c === 0x30fb || c === 0xb7;
}
// Korean particles and endings that may follow a short transliteration ("볼트를", "컨설과").
// A short Hangul spelling followed by anything else is part of a longer word ("컨설팅").
const PARTICLE_STARTS = new Set(Array.from('은는이가을를의에와과로으도만랑나까부처보하한께라야여쯤뿐밖조마같쪽측등들서엔였인임적용측')
    .map((c) => c.charCodeAt(0)));
function newNode() {
    return { next: new Map(), spellings: null, sep: null, soleKey: NO_KEY, sole: null, ascii: null };
}
const NO_KEY = -2;
// The walk's stack: it never holds more than two entries per character of the longest spelling.
const stackNodes = [];
const stackPositions = [];
const NONE = [];
/** Fills the fast fields once every spelling is in. */
function seal(node) {
    node.sep = node.next.get(SEP) ?? null;
    node.next.delete(SEP);
    if (node.next.size === 1) {
        const [[key, child]] = node.next;
        node.soleKey = key;
        node.sole = child;
    }
    else if (node.next.size > 1) {
        node.ascii = new Array(128).fill(null);
        for (const [key, child] of node.next)
            if (key < 128)
                node.ascii[key] = child;
    }
    for (const child of node.next.values())
        seal(child);
    if (node.sep)
        seal(node.sep);
}
function childOf(node, c) {
    if (node.soleKey === c)
        return node.sole;
    if (node.ascii === null)
        return undefined;
    if (c < 128)
        return node.ascii[c] ?? undefined;
    return node.next.get(c);
}
class ReferenceMatcher {
    root = newNode();
    constructor(spellings) {
        for (const s of spellings)
            this.add(s);
        seal(this.root);
    }
    add(s) {
        let node = this.root;
        let lastWasSep = true;
        for (let i = 0; i < s.text.length; i++) {
            let c = (0, text_1.foldChar)(s.text.charCodeAt(i));
            if (isSeparator(c)) {
                if (lastWasSep)
                    continue;
                c = SEP;
                lastWasSep = true;
            }
            else
                lastWasSep = false;
            let child = node.next.get(c);
            if (!child)
                node.next.set(c, (child = newNode()));
            node = child;
        }
        if (node === this.root)
            return;
        (node.spellings ??= []).push(s);
    }
    /**
     * Every span in `text[from, to)` that some spelling accepts, left to right, longest first,
     * never overlapping. Characters are folded on the fly (FOLD), so offsets are the text's own.
     */
    find(text, from = 0, to = text.length) {
        const out = [];
        const root = this.root;
        let i = from;
        while (i < to) {
            const code = text.charCodeAt(i);
            const script = text_1.SCRIPT_OF_CHAR[code];
            if (script === 0 /* Script.Other */) {
                i++;
                continue;
            }
            // Most words start with a letter no spelling starts with: the script run is skipped at once.
            const first = childOf(root, text_1.FOLD[code]);
            if (first !== undefined && startOk(text, i, script)) {
                const match = this.longestAt(text, i, to, first);
                if (match) {
                    out.push(match);
                    i = match.end;
                    continue;
                }
            }
            // Move to the next position where a word of another script could start.
            i++;
            while (i < to && text_1.SCRIPT_OF_CHAR[text.charCodeAt(i)] === script)
                i++;
        }
        return out;
    }
    longestAt(text, start, to, first) {
        // Fast path: walk straight down while no separator branches; most words stop after a few letters.
        let node = first;
        let pos = start + 1;
        let best = null;
        while (node.sep === null) {
            if (node.spellings) {
                const accepted = this.accept(text, start, pos, node.spellings);
                if (accepted.length)
                    best = { start, end: pos, spellings: accepted };
            }
            const child = pos < to ? childOf(node, text_1.FOLD[text.charCodeAt(pos)]) : undefined;
            if (!child)
                return best;
            node = child;
            pos++;
        }
        return this.longestWithSeparators(text, start, to, first) ?? best;
    }
    longestWithSeparators(text, start, to, first) {
        // Depth-first walk; separators branch (skip them, or not). The stack is two arrays kept
        // between calls, so a walk allocates nothing but its answer.
        let best = null;
        const nodes = stackNodes;
        const positions = stackPositions;
        let top = 0;
        nodes[top] = first;
        positions[top++] = start + 1;
        while (top > 0) {
            const node = nodes[--top];
            const pos = positions[top];
            if (node.spellings && (!best || pos > best.end)) {
                const accepted = this.accept(text, start, pos, node.spellings);
                if (accepted.length)
                    best = { start, end: pos, spellings: accepted };
            }
            if (pos < to) {
                const child = childOf(node, text_1.FOLD[text.charCodeAt(pos)]);
                if (child) {
                    nodes[top] = child;
                    positions[top++] = pos + 1;
                }
            }
            const sep = node.sep;
            if (sep) {
                let p = pos;
                while (p < to && isSeparator(text_1.FOLD[text.charCodeAt(p)]))
                    p++;
                if (p < to) {
                    const child = childOf(sep, text_1.FOLD[text.charCodeAt(p)]);
                    if (child) {
                        nodes[top] = child;
                        positions[top++] = p + 1;
                    }
                }
            }
        }
        return best;
    }
    accept(text, start, end, spellings) {
        if (!endOk(text, start, end))
            return NONE;
        let caseMatters = false;
        for (const s of spellings)
            if (s.caseSensitive)
                caseMatters = true;
        if (!caseMatters)
            return spellings;
        // "HELM" in a heading is Helm: an all-capitals word of four letters or more is emphasis, not another word.
        const shouted = end - start >= 4 && /^[A-Z0-9 -]+$/.test(text.slice(start, end));
        return spellings.filter((s) => !s.caseSensitive || shouted || sameCase(text, start, end, s.text));
    }
}
exports.ReferenceMatcher = ReferenceMatcher;
/** A word may start at `i`: not inside a word of the same script, nor after "x." in a Latin name ("github.io"). */
function startOk(text, i, script) {
    if (i === 0)
        return true;
    if (text_1.SCRIPT_OF_CHAR[text.charCodeAt(i - 1)] === script)
        return false;
    return !(i > 1 && script === 1 /* Script.Latin */ && text_1.FOLD[text.charCodeAt(i - 1)] === 46 && text_1.SCRIPT_OF_CHAR[text.charCodeAt(i - 2)] === 1 /* Script.Latin */);
}
function endOk(text, start, end) {
    if (end >= text.length)
        return true;
    const next = text_1.FOLD[text.charCodeAt(end)];
    const lastScript = text_1.SCRIPT_OF_CHAR[text.charCodeAt(end - 1)];
    const nextScript = text_1.SCRIPT_OF_FOLDED[next];
    switch (lastScript) {
        case 1 /* Script.Latin */:
            if (nextScript === 1 /* Script.Latin */)
                return false;
            // "github.io", "vault.example.com": part of a domain, not a mention.
            if (next === 46 && end + 1 < text.length && text_1.SCRIPT_OF_CHAR[text.charCodeAt(end + 1)] === 1 /* Script.Latin */)
                return false;
            return true;
        case 2 /* Script.Hangul */:
            if (nextScript !== 2 /* Script.Hangul */)
                return true;
            return end - start > 2 || PARTICLE_STARTS.has(next);
        case 3 /* Script.Kana */:
            return nextScript !== 3 /* Script.Kana */;
        default:
            return true;
    }
}
/** Letters must match exactly, separators are free. */
function sameCase(text, start, end, spelling) {
    let j = 0;
    for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        if (isSeparator((0, text_1.foldChar)(c)))
            continue;
        while (j < spelling.length && isSeparator(spelling.charCodeAt(j)))
            j++;
        if (j >= spelling.length)
            return false;
        let t = c;
        if (t >= 0xff01 && t <= 0xff5e)
            t -= 0xfee0;
        if (t !== spelling.charCodeAt(j))
            return false;
        j++;
    }
    return true;
}
//# sourceMappingURL=matcher-reference.js.map