"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
// markdownHeadings reads only the lines that could be markup; it must find exactly what reading
// every line (the plain definition below) finds, on any text.
const strict_1 = __importDefault(require("node:assert/strict"));
const node_test_1 = require("node:test");
const fast_check_1 = __importDefault(require("fast-check"));
const context_1 = require("../../server/src/core/features/context");
const text_1 = require("../../server/src/core/text");
/** The definition: every line split out, front matter and fences skipped, ATX headings with GitHub anchors. */
function headingsOfEveryLine(text) {
    const lines = text.split(/\r\n|\r|\n/);
    const out = [];
    const used = new Map();
    let fence = null;
    let i = 0;
    if (lines[0] === '---') {
        const end = lines.indexOf('---', 1);
        if (end > 0)
            i = end + 1;
    }
    for (; i < lines.length; i++) {
        const f = /^ {0,3}(`{3,}|~{3,})/.exec(lines[i]);
        if (f) {
            if (!fence)
                fence = f[1][0];
            else if (f[1][0] === fence)
                fence = null;
            continue;
        }
        if (fence)
            continue;
        const m = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/.exec(lines[i]);
        if (!m)
            continue;
        const base = (0, text_1.headingAnchor)((m[2] ?? '').replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1'));
        const n = used.get(base) ?? 0;
        used.set(base, n + 1);
        out.push({ line: i, anchor: n ? `${base}-${n}` : base });
    }
    return out;
}
const pieces = [
    '', '---', '--- ', 'title: Vault', '# Heading', '## 쿠버네티스 운영기', '### Terraform [slides](s.pdf) ##', '   # three spaces', '    # four spaces',
    '#no heading', '####### seven', '```', '```yaml', '~~~', '  ~~~~', '````', '`inline`', 'text', '- item', '-', '# ', '#', '# Heading', 'テラフォーム入門',
];
const eol = fast_check_1.default.constantFrom('\n', '\r\n', '\r');
const doc = fast_check_1.default
    .tuple(fast_check_1.default.array(fast_check_1.default.oneof({ weight: 4, arbitrary: fast_check_1.default.constantFrom(...pieces) }, { weight: 1, arbitrary: fast_check_1.default.string({ maxLength: 5 }) }), { maxLength: 30 }), eol, fast_check_1.default.boolean())
    .map(([ls, nl, last]) => ls.join(nl) + (last ? nl : ''));
(0, node_test_1.test)('markdownHeadings finds what reading every line finds', () => {
    fast_check_1.default.assert(fast_check_1.default.property(doc, (text) => strict_1.default.deepEqual((0, context_1.markdownHeadings)(text), headingsOfEveryLine(text))), { numRuns: 3000 });
});
(0, node_test_1.test)('markdownHeadings: front matter, fences, repeated anchors', () => {
    const text = ['---', 'title: x', '---', '# Vault', '```', '# not a heading', '```', '# Vault', '## Consul ##'].join('\n');
    strict_1.default.deepEqual((0, context_1.markdownHeadings)(text), [
        { line: 3, anchor: 'vault' },
        { line: 7, anchor: 'vault-1' },
        { line: 8, anchor: 'consul' },
    ]);
});
(0, node_test_1.test)("an open note's headings are the ones of its last text, made when asked for, also after its text is let go", () => {
    const ctx = new context_1.FeatureContext();
    const uri = 'file:///notes/open.md';
    ctx.updateNote({ uri, text: '# Conf\n\n## Old talk\n', plainText: false }, true);
    ctx.updateNote({ uri, text: '# Conf\n\n## New talk\n\n## New talk\n', plainText: false }, true);
    strict_1.default.deepEqual(ctx.headings(uri), (0, context_1.markdownHeadings)('# Conf\n\n## New talk\n\n## New talk\n'));
    ctx.updateNote({ uri, text: '# Renamed\n', plainText: false }, true);
    // Closed: the kept text goes (the note is read again from disk after).
    ctx.setText(uri, undefined);
    strict_1.default.deepEqual(ctx.headings(uri), [{ line: 0, anchor: 'renamed' }]);
    // Read from disk (not kept): made at once, as before.
    ctx.updateNote({ uri, text: '## From disk\n', plainText: false });
    strict_1.default.deepEqual(ctx.headings(uri), [{ line: 0, anchor: 'from-disk' }]);
});
//# sourceMappingURL=headings.test.js.map