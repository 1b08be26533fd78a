"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
// A line's content is read with character tests; it must be what the regexes it replaced read.
const strict_1 = __importDefault(require("node:assert/strict"));
const node_test_1 = require("node:test");
const fast_check_1 = __importDefault(require("fast-check"));
const structure_1 = require("../../server/src/core/structure");
const PLAIN_BULLET = /^(\s*)([•◦▪▫▸►‣⁃○●■□◆◇・※→➔➤✓✔✅]|[-*+]\s)\s*/u;
/** The regex reading this replaced. */
function referenceContent(raw, li) {
    let start = 0;
    let s = raw;
    if (li.kind === 5 /* LineKind.Code */ || li.kind === 7 /* LineKind.Html */) {
        li.contentStart = raw.length - raw.trimStart().length;
        li.contentEnd = raw.trimEnd().length;
        li.content = raw.trim();
        return;
    }
    const quote = /^(\s*>\s?)+/.exec(s);
    if (quote)
        start += quote[0].length;
    if (li.kind === 2 /* LineKind.Heading */) {
        const m = /^\s*(?:[-*+]\s+(?=#))?#{1,6}(\s+|$)/.exec(s.slice(start));
        if (m)
            start += m[0].length;
    }
    else if (li.kind === 4 /* LineKind.ListItem */) {
        const m = /^\s*(?:[-*+]|\d{1,3}[.)])(\s+|$)/.exec(s.slice(start));
        if (m)
            start += m[0].length;
    }
    if (li.kind === 3 /* LineKind.Paragraph */) {
        const bullet = PLAIN_BULLET.exec(s.slice(start));
        if (bullet) {
            li.kind = 4 /* LineKind.ListItem */;
            li.level = Math.floor(bullet[1].replace(/\t/g, '    ').length / 2) + 1;
            li.standalone = false;
            start += bullet[0].length;
        }
    }
    while (start < s.length && /\s/.test(s[start]))
        start++;
    let end = s.length;
    if (li.kind === 2 /* LineKind.Heading */)
        s = s.replace(/\s+#+\s*$/, (m) => ((end = s.length - m.length), ''));
    while (end > start && /\s/.test(s[end - 1]))
        end--;
    li.contentStart = start;
    li.contentEnd = end;
    li.content = (0, structure_1.stripInline)(s.slice(start, end));
}
const info = (kind) => ({ kind, level: 0, content: '', contentStart: 0, contentEnd: 0, blockStart: true, standalone: true, quote: false });
const KINDS = [2 /* LineKind.Heading */, 3 /* LineKind.Paragraph */, 4 /* LineKind.ListItem */, 5 /* LineKind.Code */, 7 /* LineKind.Html */, 6 /* LineKind.Table */];
const pieces = [' ', '  ', '\t', '\u3000', '\u00a0', '>', '> ', '#', '## ', '###### ', '#######', '-', '- ', '*', '+ ', '1', '12', '1234', '.', ')', '1. ', '•', '・', '→', '✅', '※', 'a', 'Title', '테라폼', '**', '`x`', '[a](b)', '\\#'];
const line = fast_check_1.default.array(fast_check_1.default.oneof(fast_check_1.default.constantFrom(...pieces), fast_check_1.default.string({ maxLength: 3 })), { maxLength: 12 }).map((parts) => parts.join(''));
function check(raw, kind) {
    const fast = info(kind);
    const slow = info(kind);
    (0, structure_1.fillContent)(raw, fast);
    referenceContent(raw, slow);
    strict_1.default.deepEqual(fast, slow, `${JSON.stringify(raw)} as kind ${kind}`);
}
(0, node_test_1.test)('line content: the examples that decide each branch', () => {
    for (const kind of KINDS) {
        for (const raw of ['', '   ', '# Title', '#Title', '####### Seven', '## Title ##', '## Title #  ', '# #', '## ##', '>> > # Quoted', '> - item', '- item', '-item', '1234. not', '123) item', '  • bullet', '・項目', '→ next', '-\tx', 'plain **bold** text', '\t code  '])
            check(raw, kind);
    }
});
(0, node_test_1.test)('line content: random lines of every kind', () => {
    fast_check_1.default.assert(fast_check_1.default.property(line, fast_check_1.default.constantFrom(...KINDS), (raw, kind) => check(raw, kind)), { numRuns: 3000 });
});
(0, node_test_1.test)('front matter: markdown-it reads it as blank lines, the blocks after it as they would be after blank lines', () => {
    const body = fast_check_1.default.array(fast_check_1.default.constantFrom('# Title', '## Talk - Jane Doe', 'text', '- item', '  - nested', '1. one', '> quote', '```', '    code', '| a | b |', '|---|---|', '---', '===', '[ref]: /x', '<div>', '', ' ', '\t'), { maxLength: 14 }).map((l) => l.join('\n'));
    const front = fast_check_1.default.constantFrom('---\ntitle: T\n---', '\n---\ntags: [a]\ndate: 2024-01-02\n---', '+++\ntitle = "x"\n+++', '---\n---');
    fast_check_1.default.assert(fast_check_1.default.property(front, body, fast_check_1.default.boolean(), (fm, text, plainText) => {
        const k = fm.split('\n').length;
        const withFront = (0, structure_1.parseStructure)(`${fm}\n${text}`, { plainText });
        const blanks = (0, structure_1.parseStructure)(`${'\n'.repeat(k)}${text}`, { plainText });
        strict_1.default.ok(withFront.frontMatter);
        // (A body that starts with a fence after three blank lines is front matter there.)
        fast_check_1.default.pre(!blanks.frontMatter);
        strict_1.default.deepEqual(withFront.roots, blanks.roots);
        strict_1.default.deepEqual(withFront.info.slice(k), blanks.info.slice(k));
    }), { numRuns: 1500 });
});
//# sourceMappingURL=line-content.test.js.map