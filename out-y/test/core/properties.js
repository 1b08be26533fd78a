"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.steps = exports.anyText = exports.decodedBytes = exports.noteText = exports.catalog = void 0;
exports.checkExtraction = checkExtraction;
exports.checkIncremental = checkIncremental;
// Properties every extraction must have, whatever the input. Shared by the normal test run
// (a few hundred cases) and the fuzz script (100,000 cases).
const fast_check_1 = __importDefault(require("fast-check"));
const catalog_1 = require("../../server/src/core/catalog/catalog");
const decode_1 = require("../../server/src/core/decode");
const note_1 = require("../../server/src/core/extract/note");
const text_1 = require("../../server/src/core/text");
const workspace_index_1 = require("../../server/src/core/workspace-index");
exports.catalog = catalog_1.Catalog.builtin();
const pieces = [
    '# ', '## ', '### ', '- ', '* ', '1. ', '> ', '| ', ' | ', '---', '```', '~~~', '[[', ']]', '](', ')', '(', '「', '」', '"', "'",
    ' - ', ' – ', ', ', '、', '\n', '\r\n', '\r', '\n\n', '    ', '\t', '\uFEFF', '\u200B', '\u202E', '🚀', '👩‍💻',
    'Terraform', 'テラフォーム', '테라폼을', 'Vault를', 'k8s', 'Sentinel', 'Redis', 'Consultant', 'vault', 'Go', 'HELM', 'Ｔｅｒｒａｆｏｒｍ',
    'Keynote', 'Jane Doe', 'Acme Corp', '김철수', '카카오', '山田 太郎', '様', '株式会社サンプル', '@handle', 'IMG_1234', 'Back to top',
    'Related posts', '10:00-10:30', '2024-03-07', '2024년 3월 7일', '2023年12月11日〜12日', 'March 7, 2024', 'title: ', 'date: ',
    'https://example.com/vault', '<img src=x onerror=alert(1)>', '[x](command:foo)', 'Talk title', '발표: ', '登壇者：',
];
/** Note-like text: markdown syntax, names, dates and tools in three languages, glued at random. */
exports.noteText = fast_check_1.default.array(fast_check_1.default.oneof(fast_check_1.default.constantFrom(...pieces), fast_check_1.default.string({ maxLength: 8 }), fast_check_1.default.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 80 }).map((parts) => parts.join(''));
/** Arbitrary bytes decoded the way the server decodes files, truncated multibyte sequences included. */
exports.decodedBytes = fast_check_1.default.uint8Array({ maxLength: 400 }).map((bytes) => {
    const d = (0, decode_1.decodeNote)(bytes);
    return d.kind === 'text' ? d.text : '';
});
exports.anyText = fast_check_1.default.oneof(exports.noteText, fast_check_1.default.string({ unit: 'binary', maxLength: 300 }), exports.decodedBytes);
function inside(range, table) {
    const ok = (p) => p.line >= 0 && p.line < table.lineCount && p.character >= 0 && p.character <= table.line(p.line).length;
    return ok(range.start) && ok(range.end) && (range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character));
}
/** Throws with a description of the first broken property. */
function checkExtraction(text, plainText) {
    const note = (0, note_1.extractNote)('file:///p/n.md', text, { catalog: exports.catalog, plainText });
    const table = new text_1.LineTable(text);
    const ranges = [];
    for (const e of note.events) {
        ranges.push(['event.range', e.range], ['event.nameRange', e.nameRange]);
        for (const t of e.talks)
            ranges.push(['talk.titleRange', t.titleRange], ['talk.bodyRange', t.bodyRange]);
    }
    for (const m of note.mentions) {
        ranges.push(['mention', m.range]);
        const start = table.offsetAt(m.range.start);
        const end = table.offsetAt(m.range.end);
        if (text.slice(start, end) !== m.text)
            throw new Error(`mention text ${JSON.stringify(m.text)} is not what its range holds`);
    }
    for (const r of note.references)
        ranges.push(['reference', r.range]);
    for (const [what, range] of ranges)
        if (!inside(range, table))
            throw new Error(`${what} ${JSON.stringify(range)} is outside the document`);
    const again = (0, note_1.extractNote)('file:///p/n.md', text, { catalog: exports.catalog, plainText });
    if (JSON.stringify(again) !== JSON.stringify(note))
        throw new Error('extracting the same text twice gave different results');
}
function snapshot(index) {
    const notes = index.notes().sort((a, b) => a.uri.localeCompare(b.uri));
    const tools = index.mentionedTools();
    const speakers = index.speakers().map((s) => `${s.key}:${s.talks.length}`).sort();
    return JSON.stringify({ notes, tools, speakers, talks: index.talks().length });
}
/** Updating notes one by one, with edits and removals, ends where indexing the final texts from scratch does. */
function checkIncremental(steps) {
    const live = new workspace_index_1.WorkspaceIndex(exports.catalog);
    const final = new Map();
    for (const step of steps) {
        if (step.text === null) {
            live.remove(step.uri);
            final.delete(step.uri);
        }
        else {
            live.update({ uri: step.uri, text: step.text });
            final.set(step.uri, step.text);
        }
    }
    const fresh = new workspace_index_1.WorkspaceIndex(exports.catalog);
    for (const [uri, text] of final)
        fresh.update({ uri, text });
    if (snapshot(live) !== snapshot(fresh))
        throw new Error('incremental index differs from a fresh one');
}
exports.steps = fast_check_1.default.array(fast_check_1.default.record({ uri: fast_check_1.default.constantFrom('file:///w/a.md', 'file:///w/b.md', 'file:///w/c.txt'), text: fast_check_1.default.option(exports.noteText, { nil: null, freq: 5 }) }), { maxLength: 12 });
//# sourceMappingURL=properties.js.map