"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
// Parsing again after an edit (structure.ts: markdown-it run on the changed blocks only; note.ts:
// what an extraction of the same note before can lend) must give exactly what a full parse gives.
const strict_1 = __importDefault(require("node:assert/strict"));
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const node_test_1 = require("node:test");
const fast_check_1 = __importDefault(require("fast-check"));
const note_1 = require("../../server/src/core/extract/note");
const markdown_it_1 = __importDefault(require("markdown-it"));
const structure_1 = require("../../server/src/core/structure");
const text_1 = require("../../server/src/core/text");
const properties_1 = require("./properties");
/** Lines that start, end, continue or interrupt markdown blocks, in every way the block rules read. */
const linePieces = [
    '', '', '', '  ', '\t', '# Heading', '## Kubernetes at scale - Jane Doe (Acme)', '### Vault 운영기 — 김철수 (카카오)', '#no heading', 'Title',
    '===', '---', '***', '- - -', '- item', '- Terraform 도입 - 山田 太郎', '* star', '+ plus', '1. one', '2) two', '10. ten', '  - nested', '    - deep',
    '   indented 3', '    code line', '\tcode tab', '> quote', '> - quoted item', '>', '| a | b |', '|---|---|', '| --- | :-: |', 'a | b', '-|-',
    '| 10:00 | Opening | Jane |', '```', '```yaml', '~~~', '````', '<div>', '</div>', '<!-- comment', '-->', '<script>', '</script>', '<pre>',
    '[ref]: /url', '[ref]: /url "title', 'continued title"', '[a]:', '  /dest', "'title'", 'Plain paragraph text with Consul and vault.',
    'Speaker: Emily Chen — Staff Engineer at HashiCorp', '登壇者：佐藤 大輔', '10:00 Opening keynote (Jane Doe)', '- Back to top', 'Related posts',
    '\\# escaped', '<https://example.com>', '[[Wiki link]]', '[link](other.md#talk)', '    ', 'text\u0000nul', '・ bullet', '• Bullet — Name',
];
const line = fast_check_1.default.oneof({ weight: 5, arbitrary: fast_check_1.default.constantFrom(...linePieces) }, { weight: 1, arbitrary: fast_check_1.default.string({ maxLength: 6 }) });
const lines = fast_check_1.default.array(line, { maxLength: 40 });
const eol = fast_check_1.default.constantFrom('\n', '\n', '\n', '\r\n', '\r');
const doc = fast_check_1.default.tuple(lines, eol, fast_check_1.default.boolean(), fast_check_1.default.boolean()).map(([ls, nl, frontMatter, finalNewline]) => {
    const body = (frontMatter ? ['---', 'title: T', 'tags: [vault]', '---', ...ls] : ls).join(nl);
    return finalNewline ? body + nl : body;
});
const edit = fast_check_1.default.oneof(fast_check_1.default.record({ lines: fast_check_1.default.constant(true), at: fast_check_1.default.nat(), remove: fast_check_1.default.nat({ max: 4 }), insert: lines.map((ls) => ls.slice(0, 4)), nl: eol }), fast_check_1.default.record({
    lines: fast_check_1.default.constant(false),
    at: fast_check_1.default.nat(),
    remove: fast_check_1.default.nat({ max: 6 }),
    insert: fast_check_1.default.oneof(fast_check_1.default.constantFrom(...linePieces, '\n', '\n\n', '|', '`', '#', '- ', ' ', ']', '"'), fast_check_1.default.string({ maxLength: 4 })),
}));
function apply(text, e) {
    if (e.lines) {
        const ls = text.split(/\r\n|\r|\n/);
        ls.splice(e.at % (ls.length + 1), e.remove, ...e.insert);
        return ls.join(e.nl);
    }
    const i = e.at % (text.length + 1);
    return text.slice(0, i) + e.insert + text.slice(i + e.remove);
}
function plainStructure(s) {
    return { lines: s.lines, info: s.info.map((li) => ({ ...li })), frontMatter: s.frontMatter, roots: s.roots, plainText: s.plainText };
}
function sameAsFull(previous, text, plainText) {
    const again = (0, structure_1.parseStructure)(text, { plainText }, previous);
    const full = (0, structure_1.parseStructure)(text, { plainText });
    strict_1.default.deepEqual(plainStructure(again), plainStructure(full), `structure of ${JSON.stringify(text)}`);
    return again;
}
(0, node_test_1.test)('structure parsed again after edits equals a full parse (random documents and edits)', () => {
    fast_check_1.default.assert(fast_check_1.default.property(doc, fast_check_1.default.array(fast_check_1.default.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 }), fast_check_1.default.boolean(), (text, edits, plainText) => {
        let previous = (0, structure_1.parseStructure)(text, { plainText });
        let current = text;
        for (const e of edits) {
            current = e.reduce(apply, current);
            previous = sameAsFull(previous, current, plainText);
        }
    }), { numRuns: 1500 });
});
// The real notes of the project, large enough that most of them is reused.
const sampleDir = path.join(__dirname, '../../../samples');
const samples = [];
(function walk(dir) {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory())
            walk(p);
        else if (/\.(md|txt)$/.test(e.name))
            samples.push(p);
    }
})(sampleDir);
(0, node_test_1.test)('structure parsed again after edits of the sample notes equals a full parse', () => {
    strict_1.default.ok(samples.length >= 5);
    const texts = samples.map((f) => fs.readFileSync(f, 'utf8'));
    fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.nat(), fast_check_1.default.array(fast_check_1.default.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }), (which, edits) => {
        const plainText = samples[which % samples.length].endsWith('.txt');
        let current = texts[which % texts.length];
        let previous = (0, structure_1.parseStructure)(current, { plainText });
        for (const e of edits) {
            current = e.reduce(apply, current);
            previous = sameAsFull(previous, current, plainText);
        }
    }), { numRuns: 500 });
});
(0, node_test_1.test)('sameLineTables: the block state\'s line tables are the ones markdown-it\'s constructor makes', () => {
    const md = new markdown_it_1.default();
    const State = md.block.State;
    // Ours are views of reused typed arrays: compared as the numbers they hold.
    const numbers = (v) => (ArrayBuffer.isView(v) ? Array.from(v) : v);
    const tables = (st) => ({ bMarks: numbers(st.bMarks), eMarks: numbers(st.eMarks), tShift: numbers(st.tShift), sCount: numbers(st.sCount), bsCount: numbers(st.bsCount), lineMax: st.lineMax });
    const source = fast_check_1.default.array(fast_check_1.default.oneof(fast_check_1.default.constantFrom('\n', ' ', '  ', '\t', 'a', '    b', ' \t c', '\n\n', '\u3000', '\u00a0'), fast_check_1.default.string({ maxLength: 3 })), { maxLength: 30 }).map((p) => p.join('').replace(/\r\n?/g, '\n'));
    fast_check_1.default.assert(fast_check_1.default.property(source, (src) => {
        strict_1.default.deepEqual(tables((0, structure_1.blockState)(md, src, [])), tables(new State(src, md, {}, [])));
        // Told the line table's count (as parseStructure does), it makes the same tables.
        strict_1.default.deepEqual(tables((0, structure_1.blockState)(md, src, [], 0, new text_1.LineTable(src).lineCount)), tables(new State(src, md, {}, [])));
    }), { numRuns: 3000 });
    for (const src of ['', ' ', '\n', 'a', '  ', 'a\n  ', 'a\n\t', '\t\tx\n'])
        strict_1.default.deepEqual(tables((0, structure_1.blockState)(md, src, [])), tables(new State(src, md, {}, [])));
    // Past the kept tables' size (64K lines), tables are made at the size asked for: a count one short would lose the last line.
    const long = 'a\n  b\n\n\tc'.repeat(34_000);
    strict_1.default.deepEqual(tables((0, structure_1.blockState)(md, long, [], 0, new text_1.LineTable(long).lineCount)), tables(new State(long, md, {}, [])));
});
(0, node_test_1.test)('parsing again reuses the lines outside the edit', () => {
    const text = ['# Event', '', '## Talk one - Jane Doe', '', 'Terraform and Vault.', '', '## Talk two - John Roe', '', '- Consul', '- Nomad', ''].join('\n');
    const before = (0, structure_1.parseStructure)(text);
    const after = (0, structure_1.parseStructure)(text.replace('Nomad', 'Packer'), {}, before);
    strict_1.default.equal(after.info[2], before.info[2]);
    strict_1.default.notEqual(after.info[9], before.info[9]);
    strict_1.default.equal(after.info[9].content, 'Packer');
    // A fence opened near the top changes every block after it.
    const fenced = (0, structure_1.parseStructure)(text.replace('Terraform and Vault.', '```'), {}, before);
    strict_1.default.deepEqual(plainStructure(fenced), plainStructure((0, structure_1.parseStructure)(text.replace('Terraform and Vault.', '```'))));
    strict_1.default.equal(fenced.info[8].kind, (0, structure_1.parseStructure)('```').info[0].kind);
});
(0, node_test_1.test)('extraction after an edit equals a full extraction (sample notes, random edits)', () => {
    const saved = note_1.reuseSettings.minChars;
    note_1.reuseSettings.minChars = 0;
    try {
        const texts = samples.map((f) => fs.readFileSync(f, 'utf8'));
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.nat(), fast_check_1.default.array(fast_check_1.default.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }), (which, edits) => {
            const file = samples[which % samples.length];
            const options = { catalog: properties_1.catalog, plainText: file.endsWith('.txt') };
            const uri = 'file:///notes/' + path.basename(file);
            let current = texts[which % texts.length];
            (0, note_1.forgetPreviousExtractions)();
            (0, note_1.extractNote)(uri, current, options);
            for (const e of edits) {
                current = e.reduce(apply, current);
                const again = JSON.stringify((0, note_1.extractNote)(uri, current, options));
                (0, note_1.forgetPreviousExtractions)();
                const full = JSON.stringify((0, note_1.extractNote)(uri, current, options));
                strict_1.default.equal(again, full);
            }
        }), { numRuns: 300 });
    }
    finally {
        note_1.reuseSettings.minChars = saved;
        (0, note_1.forgetPreviousExtractions)();
    }
});
//# sourceMappingURL=incremental.test.js.map