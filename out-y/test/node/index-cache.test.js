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
// The persistent index file: what is written is read back the same (the same objects, the same
// JSON), a save after a load writes the notes it read, and a foreign or damaged file, or a damaged
// note in it, is never trusted.
const strict_1 = __importDefault(require("node:assert/strict"));
const node_fs_1 = require("node:fs");
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const node_test_1 = require("node:test");
const node_url_1 = require("node:url");
const catalog_1 = require("../../server/src/core/catalog/catalog");
const note_1 = require("../../server/src/core/extract/note");
const context_1 = require("../../server/src/core/features/context");
const definition_1 = require("../../server/src/core/features/definition");
const hover_1 = require("../../server/src/core/features/hover");
const search_1 = require("../../server/src/core/features/search");
const search_snapshot_1 = require("../../server/src/core/features/search-snapshot");
const steps_1 = require("../../server/src/core/features/steps");
const tool_answers_1 = require("../../server/src/core/features/tool-answers");
const decode_1 = require("../../server/src/core/decode");
const mentions_1 = require("../../server/src/core/mentions");
const workspace_index_1 = require("../../server/src/core/workspace-index");
const index_cache_1 = require("../../server/src/node/index-cache");
const index_file_1 = require("../../server/src/node/index-file");
const paths_1 = require("../support/paths");
const catalog = catalog_1.Catalog.builtin();
const dir = (0, node_fs_1.mkdtempSync)(path.join(os.tmpdir(), 'infranotes-cache-'));
(0, node_test_1.after)(() => (0, node_fs_1.rmSync)(dir, { recursive: true, force: true }));
const ENGINE = 'engine-1';
const CATALOG = 'catalog-1';
const ROOTS = ['file:///notes'];
const TEXTS = {
    'en.md': '# HashiConf 2024\n\n## Vault at Scale - Dana Whit, Acme\n\nVault and Terraform in production.\n',
    'ko.md': '# 하시코프 밋업 12회\n\n## 테라폼 모듈 이야기 - 김하나 (당근)\n\n테라폼을 쓰고 Vault를 붙였다.\n',
    'ja.md': '# HashiCorp User Group Tokyo #18\n\n## テラフォームのstate分割 - 山田太郎\n\nテラフォームとコンサルの話。\n',
};
function entry(name, text = TEXTS[name]) {
    const uri = (0, node_url_1.pathToFileURL)(path.join('/notes', name)).href;
    const note = (0, mentions_1.storedNote)((0, note_1.extractNote)(uri, text, { catalog }));
    return { size: text.length, mtimeMs: 1700000000000, hash: String(text.length).padStart(40, '0'), headings: (0, context_1.markdownHeadings)(text), note };
}
/** A note with what the extractor rarely writes: ids of other notes, every shape of speaker, far positions, many mentions. */
function oddEntry() {
    const uri = 'file:///notes/%ED%95%9C%EA%B8%80.md';
    const r = (l, c = 0) => ({ start: { line: l, character: c }, end: { line: l, character: c + 5 } });
    const note = {
        uri,
        language: 'mixed',
        encoding: 'utf-8',
        lineCount: 900000,
        events: [
            {
                id: `${uri}#event:x`,
                name: '#해시',
                date: '2024-05',
                endDate: null,
                location: '\u0001odd',
                nameRange: r(0),
                range: r(800000, 5000),
                talks: [
                    {
                        id: 'other:#talk',
                        eventId: 'file:///elsewhere.md#event:y',
                        title: '테라폼을 쓰다 \ud800',
                        speakers: [{ name: 'A', org: null }, { name: 'B', org: 'C', handle: '@b' }, { name: 'D', org: null, role: 'SRE' }, { name: 'E', org: 'F', handle: 'e', role: 'CTO' }],
                        titleRange: r(1),
                        bodyRange: r(2, 3000),
                        tools: [{ toolId: 'terraform', count: 2000 }],
                    },
                ],
            },
        ],
        mentions: [
            { toolId: 'terraform', text: '#terraform', range: r(3), talkId: 'other:#talk' },
            { toolId: 'terraform', text: '\u0001テラフォーム', range: r(4), talkId: null },
        ],
        references: [{ kind: 'wiki', text: '[[x#y]]', range: r(5), target: { talk: 'y', event: 'x' } }],
        tags: ['a', ''],
        frontMatterTools: ['terraform'],
        problems: [{ range: r(6), message: 'bad' }],
    };
    return { size: 2 ** 40 + 1, mtimeMs: 1700000000123.25, hash: 'b'.repeat(40), headings: [{ line: 2, anchor: 'x' }], note: (0, mentions_1.storedNote)(note) };
}
/** What a load gives, comparable across loads, and as JSON (a note from the file serialises as the note extracted). */
async function loadAll(file) {
    const cache = new index_cache_1.IndexCache(file);
    const entries = await cache.load(ENGINE, CATALOG, ROOTS);
    strict_1.default.equal(cache.lastLoadProblem, null);
    return new Map([...entries].map(([uri, e]) => {
        const { saved: _, ...read } = e;
        // Headings are read flat (made into objects when a link asks): compared as objects.
        strict_1.default.ok(read.headings.length === 0 || (0, context_1.isFlatHeadings)(read.headings), 'headings are read flat');
        // A note read from the file makes its events when asked: compared as the plain note it serialises as.
        const note = read.note instanceof index_file_1.FileNote ? read.note.toJSON() : read.note;
        const rest = { ...read, note, headings: (0, context_1.isFlatHeadings)(read.headings) ? (0, context_1.unflattenHeadings)(read.headings) : read.headings };
        return [uri, { ...rest, json: JSON.stringify(rest) }];
    }));
}
/** Writes a persistent index holding every note of TEXTS, as a cache that started empty would. */
async function saveEveryNote(file) {
    const cache = new index_cache_1.IndexCache(file);
    await cache.load(ENGINE, CATALOG, ROOTS);
    const entries = Object.keys(TEXTS).map((n) => entry(n));
    for (const e of entries)
        cache.set(e.note.uri, e);
    await cache.save();
    return entries;
}
/** Extracts every note under the folders (and the odd one), saves them in a persistent index, and reads them back as FileNotes. */
async function savedAndRead(folders, name) {
    const files = (d) => (0, node_fs_1.readdirSync)(d).flatMap((n) => ((0, node_fs_1.statSync)(path.join(d, n)).isDirectory() ? files(path.join(d, n)) : [path.join(d, n)]));
    const entries = [];
    for (const file of folders.flatMap(files)) {
        const decoded = (0, decode_1.decodeNote)((0, node_fs_1.readFileSync)(file));
        if (decoded.kind !== 'text')
            continue;
        const uri = (0, node_url_1.pathToFileURL)(file).href;
        const note = (0, mentions_1.storedNote)((0, note_1.extractNote)(uri, decoded.text, { catalog, plainText: file.endsWith('.txt'), encoding: decoded.encoding }));
        entries.push({ size: decoded.text.length, mtimeMs: 1700000000000, hash: 'a'.repeat(40), headings: [], note });
    }
    entries.push(oddEntry());
    const file = path.join(dir, name);
    const cache = new index_cache_1.IndexCache(file);
    await cache.load(ENGINE, CATALOG, ROOTS);
    for (const e of entries)
        cache.set(e.note.uri, e);
    await cache.save();
    const read = [...(await new index_cache_1.IndexCache(file).load(ENGINE, CATALOG, ROOTS)).values()].map((e) => e.note);
    strict_1.default.equal(read.length, entries.length);
    return { entries, read };
}
function expected(entries) {
    return new Map(entries.map(({ saved: _, ...e }) => [e.note.uri, { ...e, json: JSON.stringify(e) }]));
}
function headerOf(file) {
    const bytes = (0, node_fs_1.readFileSync)(file);
    return JSON.parse(bytes.toString('utf8', 8, 8 + bytes.readUInt32LE(4)));
}
/** Where the notes' numbers start in a file (after the header and the string table), and how many strings the table has. */
/** Where the notes' numbers start (right after the header) and end (where the string table starts). */
function structureOffset(bytes) {
    const headerBytes = bytes.readUInt32LE(4);
    const header = JSON.parse(bytes.toString('utf8', 8, 8 + headerBytes));
    const at = 8 + headerBytes;
    return { at, end: at + (header.structureInts + header.numberInts) * 4, strings: header.strings };
}
(0, node_test_1.describe)('persistent index file', () => {
    (0, node_test_1.test)('every sample and fixture note, and notes of every shape, are read back as they were extracted', async () => {
        const files = (d) => (0, node_fs_1.readdirSync)(d).flatMap((n) => ((0, node_fs_1.statSync)(path.join(d, n)).isDirectory() ? files(path.join(d, n)) : [path.join(d, n)]));
        const entries = [];
        for (const file of [...files(paths_1.samplesDir), ...files(paths_1.fixturesDir)]) {
            const decoded = (0, decode_1.decodeNote)((0, node_fs_1.readFileSync)(file));
            if (decoded.kind !== 'text')
                continue;
            const uri = (0, node_url_1.pathToFileURL)(file).href;
            const note = (0, mentions_1.storedNote)((0, note_1.extractNote)(uri, decoded.text, { catalog, plainText: file.endsWith('.txt'), encoding: decoded.encoding }));
            entries.push({ size: decoded.text.length, mtimeMs: 1700000000123.5 + entries.length, hash: 'a'.repeat(40), headings: (0, context_1.markdownHeadings)(decoded.text), note });
        }
        strict_1.default.ok(entries.length >= 20);
        entries.push(oddEntry());
        const file = path.join(dir, 'all.index');
        const cache = new index_cache_1.IndexCache(file);
        await cache.load(ENGINE, CATALOG, ROOTS);
        for (const e of entries)
            cache.set(e.note.uri, e);
        await cache.save();
        strict_1.default.deepEqual(await loadAll(file), expected(entries));
    });
    (0, node_test_1.test)('a note read from the file makes its events only when asked; an index of such notes is the index of the extracted notes', async () => {
        const { entries, read } = await savedAndRead([paths_1.samplesDir], 'lazy.index');
        const cold = new workspace_index_1.WorkspaceIndex(catalog);
        const warm = new workspace_index_1.WorkspaceIndex(catalog);
        for (const e of entries)
            cold.put(e.note);
        for (const note of read)
            warm.put(note);
        // put() filed them from the file's numbers (names, titles, speakers and their keys); only the
        // note with ids of another shape made its talks, to find them by id.
        const oddUri = oddEntry().note.uri;
        strict_1.default.ok(read.every((n) => n instanceof index_file_1.FileNote && n.made === (n.uri === oddUri)), 'no other note made its events while read and put');
        const note = read.find((n) => n.uri !== oddUri);
        const events = note.events;
        strict_1.default.ok(note.made);
        strict_1.default.deepEqual(note.references, cold.note(note.uri).references);
        // Asked for its references first, a note makes its events with them (toJSON below).
        const other = read.find((n) => n.uri !== oddUri && n !== note && !n.made);
        strict_1.default.ok(other.references && other.made);
        /** What the index files notes under, as data (ids, names, keys, speakers). */
        const filed = (index) => ({
            talks: index.talkCount,
            speakers: [...index.speakerKeys()].sort().map((k) => ({ k, stamp: index.speakerStamp(k) > 0, ...index.speaker(k), talks: index.speaker(k).talks.map((t) => t.talk.id) })),
            events: [...index.eventNameKeys()].sort().map((k) => [k, index.eventsWithKey(k).map((e) => e.event.id)]),
            titles: cold.talks().map((t) => [t.talk.title, index.talksTitled(t.talk.title).map((x) => x.talk.id)]),
            tools: index.mentionedTools().map(({ toolId }) => ({ toolId, stats: { ...index.toolStats(toolId), talks: index.toolStats(toolId).talks.map((t) => t.talk.id).sort(), titled: index.toolStats(toolId).titled.map((t) => t.talk.id).sort() } })),
        });
        const expectedFiled = filed(cold);
        strict_1.default.ok(expectedFiled.speakers.length > 10 && expectedFiled.events.length > 5 && expectedFiled.tools.length > 10);
        strict_1.default.deepStrictEqual(filed(warm), expectedFiled);
        // Asked for, a note's events are made once and kept; it serialises as the note extracted.
        strict_1.default.equal(note.events, events);
        for (const [k, note] of read.entries())
            strict_1.default.equal(JSON.stringify(note), JSON.stringify(entries[k].note));
        // Taken out and put again, as an edit does.
        for (const note of read.slice(0, 3)) {
            warm.remove(note.uri);
            cold.remove(note.uri);
        }
        strict_1.default.deepStrictEqual(filed(warm), filed(cold));
    });
    (0, node_test_1.test)('tool answers and the search table made from notes read from the file are those made from the extracted notes', async () => {
        const { entries, read } = await savedAndRead([paths_1.samplesDir, paths_1.fixturesDir], 'answers.index');
        /** Every tool's card (both details), definition and stats, and searches, as a server makes them after a whole index. */
        const answers = (notes) => {
            const ctx = new context_1.FeatureContext(catalog);
            ctx.index.journaling = false;
            for (const note of notes)
                ctx.putNote(note, []);
            ctx.index.journaling = true;
            (0, steps_1.runToEnd)((0, tool_answers_1.toolAnswerSteps)(ctx));
            (0, steps_1.runToEnd)((0, search_1.searchTableSteps)(ctx.index));
            const tools = ctx.index.mentionedTools().map(({ toolId }) => toolId);
            const cards = tools.map((id) => {
                const full = (0, hover_1.toolCard)(ctx, id);
                ctx.options = { hoverDetail: 'compact', locale: 'ko' };
                const compact = (0, hover_1.toolCard)(ctx, id);
                ctx.options = { hoverDetail: 'full' };
                return [full, compact];
            });
            const stats = tools.map((id) => {
                const st = ctx.index.toolStats(id);
                return { ...st, talks: st.talks.map((t) => t.talk.id), titled: st.titled.map((t) => t.talk.id) };
            });
            const queries = ['a', 'vault', 'terraform', '테라폼', 'テラフォーム', 'kim', 'hashi', '2024', 'dana', 'x'];
            return { tools, cards, stats, definitions: tools.map((id) => (0, definition_1.toolDefinition)(ctx.index, id)), search: queries.map((q) => (0, search_1.searchIndex)(ctx.index, q, 200)) };
        };
        const cold = answers(entries.map((e) => e.note));
        strict_1.default.ok(cold.tools.length > 10 && cold.search.every((r) => r.length > 0) && cold.cards.flat().every((c) => c?.markdown));
        strict_1.default.deepStrictEqual(answers(read), cold);
    });
    (0, node_test_1.test)('a reference target written without its undefined keys, as JSON would; a note that is not one is left out, not the save', async () => {
        const file = path.join(dir, 'h.index');
        const cache = new index_cache_1.IndexCache(file);
        await cache.load(ENGINE, CATALOG, ROOTS);
        const linked = entry('en.md');
        linked.note.references.push({ kind: 'link', text: 'x', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, target: { path: 'x.md', fragment: undefined } });
        const broken = entry('ko.md');
        broken.note.events[0].name = undefined;
        cache.set(linked.note.uri, linked);
        cache.set(broken.note.uri, broken);
        await cache.save();
        const loaded = await new index_cache_1.IndexCache(file).load(ENGINE, CATALOG, ROOTS);
        strict_1.default.deepEqual([...loaded.keys()], [linked.note.uri]);
        strict_1.default.deepEqual(loaded.get(linked.note.uri).note.references.at(-1).target, { path: 'x.md' });
    });
    (0, node_test_1.test)('the string table keeps every string as it was: Latin-1, other scripts, lone surrogates, empty; written through a buffer of any size', async () => {
        const strings = ['', 'plain', 'café', '테라폼', 'テラフォーム', '\ud800 lone', 'x'.repeat(100), 'emoji 😀', '\u0000', 'ÿ'];
        for (const size of [1, 2, 3, 7, 64, 1 << 20])
            strict_1.default.deepEqual((0, index_file_1.decodeStrings)(await encodeStrings(strings, size)), strings, `a buffer of ${size} bytes`);
        const bytes = await encodeStrings(strings);
        bytes.lengths[1] += 1;
        strict_1.default.equal((0, index_file_1.decodeStrings)(bytes), null, 'lengths that do not add up');
    });
    (0, node_test_1.test)('the string table read a piece at a time gives the same strings, whatever the size of a piece', async () => {
        const strings = ['', 'plain', 'café', '테라폼', 'テラフォーム', '\ud800 lone', 'x'.repeat(100), 'emoji 😀', '\u0000', 'ÿ', '', '한'.repeat(40)];
        for (let i = 0; i < 200; i++)
            strings.push(i % 3 ? `talk ${i} ${'y'.repeat(i % 17)}` : `발표 ${i}`);
        const bytes = await encodeStrings(strings);
        const reads = [];
        const read = async (wide, offset, n) => {
            reads.push([wide, offset, n]);
            // A reused buffer, as the cache's: what was read before is overwritten.
            const buffer = Buffer.alloc(n + 8, 0x41);
            (wide ? bytes.utf16 : bytes.latin1).copy(buffer, 0, offset, offset + n);
            return buffer;
        };
        for (const piece of [1, 7, 64, 1 << 19]) {
            reads.length = 0;
            strict_1.default.deepEqual(await (0, index_file_1.readStrings)(bytes.lengths, bytes.latin1.length, bytes.utf16.length, read, piece), strings, `pieces of ${piece} bytes`);
            if (piece === 64)
                strict_1.default.ok(reads.length > 10, 'read in pieces');
        }
        strict_1.default.equal(await (0, index_file_1.readStrings)(bytes.lengths, bytes.latin1.length + 1, bytes.utf16.length, read), null, 'a part longer than its strings');
        strict_1.default.equal(await (0, index_file_1.readStrings)(bytes.lengths, bytes.latin1.length - 1, bytes.utf16.length, read), null, 'a part shorter than its strings');
        strict_1.default.equal(await (0, index_file_1.readStrings)(bytes.lengths, bytes.latin1.length, bytes.utf16.length + 1, read), null, 'an odd number of UTF-16 bytes');
    });
    (0, node_test_1.test)('whatever number of the notes is damaged, reading never throws and never runs past the file', async () => {
        const file = path.join(dir, 'g.index');
        const cache = new index_cache_1.IndexCache(file);
        await cache.load(ENGINE, CATALOG, ROOTS);
        for (const n of Object.keys(TEXTS))
            cache.set(entry(n).note.uri, entry(n));
        await cache.save();
        const bytes = (0, node_fs_1.readFileSync)(file);
        const { at, end } = structureOffset(bytes);
        let skipped = 0;
        for (let i = at; i < end; i += 4) {
            for (const value of [-7, 1 << 30, 3]) {
                const damaged = Buffer.from(bytes);
                damaged.writeInt32LE(value, i);
                (0, node_fs_1.writeFileSync)(file, damaged);
                const loaded = await new index_cache_1.IndexCache(file).load(ENGINE, CATALOG, ROOTS);
                if (loaded.size < 3)
                    skipped++;
                for (const e of loaded.values())
                    JSON.stringify(e);
            }
        }
        strict_1.default.ok(skipped > 0, 'no damaged note was refused');
    });
    (0, node_test_1.test)('notes are read back as they were written, and a save after a load writes them with the changed one', async () => {
        const file = path.join(dir, 'a.index');
        const entries = await saveEveryNote(file);
        strict_1.default.deepEqual(await loadAll(file), expected(entries));
        const second = new index_cache_1.IndexCache(file);
        await second.load(ENGINE, CATALOG, ROOTS);
        const changed = entry('ko.md', TEXTS['ko.md'].replace('Vault', 'Consul'));
        second.set(changed.note.uri, changed);
        await second.save();
        const now = entries.map((e) => (e.note.uri === changed.note.uri ? changed : e));
        strict_1.default.deepEqual(await loadAll(file), expected(now));
        // Again without a load in between.
        const third = entry('en.md', TEXTS['en.md'].replace('Terraform', 'Packer'));
        second.set(third.note.uri, third);
        second.delete(entries[2].note.uri);
        await second.save();
        strict_1.default.deepEqual(await loadAll(file), expected([third, changed]));
    });
    (0, node_test_1.test)('headings read flat are the extracted headings when a feature asks for them; talks with no speaker and no tool are read', async () => {
        const file = path.join(dir, 'headings.index');
        const text = '# Event\n\n## Talk one - A B\n\n## Talk one - A B\n\n### Q&A: 質疑応答\n';
        const written = entry('en.md', text);
        const cache = new index_cache_1.IndexCache(file);
        await cache.load(ENGINE, CATALOG, ROOTS);
        cache.set(written.note.uri, written);
        await cache.save();
        const [read] = (await new index_cache_1.IndexCache(file).load(ENGINE, CATALOG, ROOTS)).values();
        strict_1.default.ok(written.note.events[0].talks.length >= 2 && written.note.events[0].talks.every((t) => !t.speakers.length && !t.tools.length));
        // (Such a note's numbers were once refused as too few for its talks.)
        strict_1.default.equal(JSON.stringify(read?.note), JSON.stringify(written.note));
        const ctx = new context_1.FeatureContext(catalog);
        ctx.putNote(read.note, read.headings);
        strict_1.default.equal(written.headings.length, 4);
        strict_1.default.deepStrictEqual(ctx.headings(read.note.uri), written.headings);
        // Made once and kept.
        strict_1.default.equal(ctx.headings(read.note.uri), ctx.headings(read.note.uri));
    });
    (0, node_test_1.test)('a save copies the unchanged notes from the file it read or wrote, keeping its table; encodes them again when another wrote the file', async () => {
        const file = path.join(dir, 'copy.index');
        const entries = await saveEveryNote(file);
        const written = headerOf(file);
        strict_1.default.equal(written.encodedStrings, written.strings);
        // Loaded, one note changed: the others are copied, the table only grows.
        const second = new index_cache_1.IndexCache(file);
        await second.load(ENGINE, CATALOG, ROOTS);
        const changed = entry('ko.md', TEXTS['ko.md'].replace('테라폼 모듈 이야기', '새 제목'));
        second.set(changed.note.uri, changed);
        await second.save();
        const after = headerOf(file);
        strict_1.default.equal(after.encodedStrings, written.encodedStrings, 'not encoded all again');
        strict_1.default.ok(after.strings > written.strings, 'the new title was added to the table');
        let now = entries.map((e) => (e.note.uri === changed.note.uri ? changed : e));
        strict_1.default.deepEqual(await loadAll(file), expected(now));
        // Another process rewrites the file: the next save encodes every note again.
        const other = new index_cache_1.IndexCache(file);
        await other.load(ENGINE, CATALOG, ROOTS);
        other.set(entries[0].note.uri, { ...entries[0], hash: 'f'.repeat(40) });
        await other.save();
        const third = entry('ja.md', TEXTS['ja.md'].replace('コンサル', 'ノマド'));
        second.set(third.note.uri, third);
        await second.save();
        strict_1.default.equal(headerOf(file).encodedStrings, headerOf(file).strings, 'encoded all again');
        now = now.map((e) => (e.note.uri === third.note.uri ? third : e));
        strict_1.default.deepEqual(await loadAll(file), expected(now));
        // Many saves of changed titles: once the table has grown by a quarter, every note is encoded again.
        let compacted = false;
        for (let k = 0; k < 40 && !compacted; k++) {
            const e = entry('en.md', TEXTS['en.md'].replace('Vault at Scale', `Vault at Scale ${k}`));
            second.set(e.note.uri, e);
            await second.save();
            const h = headerOf(file);
            compacted = k > 0 && h.encodedStrings === h.strings;
            strict_1.default.ok(h.strings <= Math.ceil(h.encodedStrings * 1.25) + 40, 'the table never grows far past a quarter');
        }
        strict_1.default.ok(compacted, 'never encoded again');
    });
    (0, node_test_1.test)('a read while a save is being written: the next save still writes every note as it is', async () => {
        const file = path.join(dir, 'race.index');
        const cache = new index_cache_1.IndexCache(file);
        await cache.load(ENGINE, CATALOG, ROOTS);
        // Two notes of the same shape: taken from each other's place, each would still look whole.
        // Others, so that the strings a save adds stay under a quarter of the table and it copies.
        const others = Array.from({ length: 30 }, (_, k) => entry(`n${k}.md`, TEXTS['en.md'].replace('Vault at Scale', `Talk number ${k}`)));
        const entries = [entry('x.md', TEXTS['en.md']), entry('y.md', TEXTS['en.md']), entry('ja.md'), ...others];
        for (const e of entries)
            cache.set(e.note.uri, e);
        await cache.save();
        // The notes in another order, so offsets into one file are wrong in the other.
        cache.delete(entries[0].note.uri);
        cache.set(entries[0].note.uri, entries[0]);
        const saving = cache.save();
        // Read once the save is under way (before that, the read would find nothing left to save).
        await new Promise((resolve) => setImmediate(resolve));
        await cache.load(ENGINE, CATALOG, ROOTS);
        await saving;
        const changed = entry('ja.md', TEXTS['ja.md'].replace('コンサル', 'ノマド'));
        cache.set(changed.note.uri, changed);
        await cache.save();
        strict_1.default.deepEqual(await loadAll(file), expected(entries.map((e) => (e.note.uri === changed.note.uri ? changed : e))));
    });
    (0, node_test_1.test)('a scheduled save waits for a background turn between batches of notes; save() hurries it', async () => {
        const file = path.join(dir, 'turns.index');
        const cache = new index_cache_1.IndexCache(file);
        await cache.load(ENGINE, CATALOG, ROOTS);
        let turns = 0;
        let release = () => { };
        const turnAsked = new Promise((resolve) => {
            // The first turn asked for is held until the test releases it; the others come at once.
            cache.betweenBatches = () => {
                turns++;
                if (turns > 1)
                    return Promise.resolve();
                resolve();
                return new Promise((r) => (release = r));
            };
        });
        const names = [];
        for (let i = 0; i < 150; i++) {
            const e = entry('en.md');
            const uri = e.note.uri.replace('en.md', `n${i}.md`);
            cache.set(uri, { ...e, note: { ...e.note, uri } });
            names.push(uri);
        }
        // The save's timer is unref'd (it must not keep a CLI alive): hold the event loop open meanwhile,
        // or the test may end with the save never started.
        const alive = setInterval(() => undefined, 1000);
        (0, node_test_1.after)(() => clearInterval(alive));
        cache.scheduleSave(0);
        await turnAsked;
        strict_1.default.throws(() => (0, node_fs_1.statSync)(file), 'nothing is written while the save waits for its turn');
        // A save asked for now (shutdown) does not wait for background turns, nor for the one held.
        const hurried = cache.save();
        release();
        await hurried;
        strict_1.default.deepEqual([...(await new index_cache_1.IndexCache(file).load(ENGINE, CATALOG, ROOTS)).keys()].sort(), names.sort());
        strict_1.default.equal(turns, 1, 'after save(), the scheduled save took no more background turns');
        clearInterval(alive);
    });
    (0, node_test_1.test)('notes share the strings of the file: a tool id is one string in every note', async () => {
        const file = path.join(dir, 'd.index');
        const cache = new index_cache_1.IndexCache(file);
        await cache.load(ENGINE, CATALOG, ROOTS);
        const a = entry('en.md');
        const b = entry('b.md', TEXTS['en.md'].replace('HashiConf 2024', 'HashiConf 2025'));
        cache.set(a.note.uri, a);
        cache.set(b.note.uri, b);
        await cache.save();
        const loaded = [...(await new index_cache_1.IndexCache(file).load(ENGINE, CATALOG, ROOTS)).values()];
        strict_1.default.equal(loaded.length, 2);
        const [x, y] = loaded.map((e) => e.note.mentions.strings);
        strict_1.default.ok(x.includes('vault') && y.includes('vault'));
        // Equal speakers are one object; the index still counts them per talk.
        const [sa, sb] = loaded.map((e) => e.note.events[0].talks[0].speakers[0]);
        strict_1.default.equal(sa, sb);
        const index = new workspace_index_1.WorkspaceIndex(catalog);
        for (const e of loaded)
            index.put(e.note);
        const key = (0, workspace_index_1.speakerKey)(sa.name);
        strict_1.default.equal(index.speaker(key).talks.length, 2);
        index.remove(loaded[0].note.uri);
        strict_1.default.equal(index.speaker(key).talks.length, 1);
        strict_1.default.equal(index.speaker(key).name, sa.name);
        index.remove(loaded[1].note.uri);
        strict_1.default.equal(index.speaker(key), undefined);
        // Talk ids are the note's URI and a slug: the talk's id and its mentions' talk id are one string.
        const talk = loaded[0].note.events[0].talks[0];
        strict_1.default.ok(loaded[0].note.mentions.strings.includes(talk.id));
        strict_1.default.ok(talk.id.startsWith(loaded[0].note.uri + '#'));
    });
    (0, node_test_1.test)('the string table holds each string once, the ids added without a lookup included', async () => {
        const file = path.join(dir, 'once.index');
        await saveEveryNote(file);
        const bytes = (0, node_fs_1.readFileSync)(file);
        const header = headerOf(file);
        const { end } = structureOffset(bytes);
        const lengths = new Int32Array(bytes.buffer.slice(bytes.byteOffset + end, bytes.byteOffset + end + header.strings * 4));
        const latin1Bytes = lengths.reduce((n, l) => n + Math.max(l, 0), 0);
        const latin1 = bytes.subarray(end + header.strings * 4, end + header.strings * 4 + latin1Bytes);
        const strings = (0, index_file_1.decodeStrings)({ lengths, latin1, utf16: bytes.subarray(end + header.strings * 4 + latin1Bytes) });
        strict_1.default.ok(strings, 'the table is last, and whole');
        // Each talk's id is written with its talk and again with the mentions in it.
        const talkIds = strings.filter((x) => /\.md#(?!event:)/.test(x));
        strict_1.default.ok(talkIds.length >= 3, `talk ids: ${talkIds.join(', ')}`);
        strict_1.default.deepEqual(strings.filter((x, i) => strings.indexOf(x) !== i), []);
    });
    (0, node_test_1.test)('a save takes the notes\' numbers a filled piece at a time as it encodes, and the rest at the end', () => {
        const writer = new index_file_1.IndexFileWriter();
        const e = entry('ko.md');
        const taken = [];
        let notes = 0;
        // Until three pieces were taken on the way.
        while (taken.length < 3) {
            strict_1.default.ok(writer.add(`file:///notes/${notes++}.md`, e));
            taken.push(...writer.takeFilled());
        }
        const rest = writer.finish();
        strict_1.default.ok(rest.length <= 1, 'at most the piece being filled is left');
        strict_1.default.throws(() => writer.add('file:///notes/late.md', e), /finished/);
        const all = [...taken, ...rest];
        strict_1.default.equal(all.reduce((n, p) => n + p.length, 0), writer.length);
        strict_1.default.ok(taken.every((p) => p.length === taken[0].length), 'taken pieces are whole');
        // Every note's numbers, one after another: each starts with its own length.
        const numbers = new Int32Array(writer.length);
        let at = 0;
        for (const p of all)
            numbers.set(p, (at += p.length) - p.length);
        let count = 0;
        for (let i = 0; i < numbers.length; i += numbers[i])
            count++;
        strict_1.default.equal(count, notes);
    });
    (0, node_test_1.test)('a file for folders with names in Korean and Japanese is read back (its header is measured in bytes)', async () => {
        const file = path.join(dir, 'roots.index');
        const roots = ['file:///%EB%85%B8%ED%8A%B8', '/노트/インフラ勉強会/'.repeat(20)];
        const cache = new index_cache_1.IndexCache(file);
        await cache.load(ENGINE, CATALOG, roots);
        const entries = Object.keys(TEXTS).map((n) => entry(n));
        for (const e of entries)
            cache.set(e.note.uri, e);
        await cache.save();
        const other = new index_cache_1.IndexCache(file);
        strict_1.default.equal((await other.load(ENGINE, CATALOG, roots)).size, entries.length, other.lastLoadProblem ?? '');
        strict_1.default.equal((await new index_cache_1.IndexCache(file).load(ENGINE, CATALOG, ['/노트'])).size, 0);
    });
    (0, node_test_1.test)('a damaged note is skipped and the others are read', async () => {
        const file = path.join(dir, 'e.index');
        const entries = await saveEveryNote(file);
        const bytes = (0, node_fs_1.readFileSync)(file);
        const { at, strings } = structureOffset(bytes);
        // The first note's URI (after its length, two counts, size and time) points past the table.
        strict_1.default.ok(bytes.readInt32LE(at + 7 * 4) < strings);
        bytes.writeInt32LE(strings + 5, at + 7 * 4);
        (0, node_fs_1.writeFileSync)(file, bytes);
        const loaded = await new index_cache_1.IndexCache(file).load(ENGINE, CATALOG, ROOTS);
        strict_1.default.deepEqual([...loaded.keys()], entries.slice(1).map((e) => e.note.uri));
        // A note whose length runs past the numbers: the reading stops there, and says so.
        bytes.writeInt32LE(1 << 30, at);
        (0, node_fs_1.writeFileSync)(file, bytes);
        const other = new index_cache_1.IndexCache(file);
        strict_1.default.equal((await other.load(ENGINE, CATALOG, ROOTS)).size, 0);
        strict_1.default.match(other.lastLoadProblem ?? '', /partly read/);
    });
    (0, node_test_1.test)('a truncated file, or one made by another engine, is discarded with a reason', async () => {
        const file = path.join(dir, 'f.index');
        const cache = new index_cache_1.IndexCache(file);
        await cache.load(ENGINE, CATALOG, ROOTS);
        for (const n of Object.keys(TEXTS))
            cache.set(entry(n).note.uri, entry(n));
        await cache.save();
        const other = new index_cache_1.IndexCache(file);
        strict_1.default.equal((await other.load('engine-2', CATALOG, ROOTS)).size, 0);
        strict_1.default.match(other.lastLoadProblem ?? '', /another version of the engine/);
        const bytes = (0, node_fs_1.readFileSync)(file);
        (0, node_fs_1.writeFileSync)(file, bytes.subarray(0, bytes.length - 4));
        const truncated = new index_cache_1.IndexCache(file);
        strict_1.default.equal((await truncated.load(ENGINE, CATALOG, ROOTS)).size, 0);
        strict_1.default.match(truncated.lastLoadProblem ?? '', /discarded/);
    });
    (0, node_test_1.test)('the search snapshot saved with the index is read with it and answers as the index; one of another save, or damaged, is not used, with a reason', async () => {
        const file = path.join(dir, 's.index');
        const ctx = new context_1.FeatureContext();
        for (const [name, text] of Object.entries(TEXTS))
            ctx.updateNote({ uri: (0, node_url_1.pathToFileURL)(path.join('/notes', name)).href, text });
        (0, steps_1.runToEnd)((0, search_1.searchTableSteps)(ctx.index));
        const cache = new index_cache_1.IndexCache(file);
        await cache.load(ENGINE, CATALOG, ROOTS);
        for (const n of Object.keys(TEXTS))
            cache.set(entry(n).note.uri, entry(n));
        cache.searchSnapshot = () => (0, search_snapshot_1.encodeSearchSnapshot)(ctx.index);
        await cache.save();
        const open = async () => {
            const reader = new index_cache_1.IndexCache(file);
            let input;
            const { entries } = await reader.open(ENGINE, CATALOG, ROOTS, async (i) => void (input = i));
            // Read before the notes are.
            const read = input;
            for (const _ of entries)
                ;
            return { input: read, problem: reader.lastSnapshotProblem };
        };
        const { input } = await open();
        strict_1.default.ok(input, 'a snapshot read with the index');
        const snapshot = (0, search_snapshot_1.readSearchSnapshot)(input, ctx.index.catalog);
        for (const query of ['Vault', '테라폼', 'テラフォーム', 'HashiConf Vault', '김하나', 'dana']) {
            strict_1.default.deepEqual((0, steps_1.runToEnd)((0, search_snapshot_1.searchSnapshotSteps)(snapshot, query, 20)), (0, search_1.searchIndex)(ctx.index, query, 20), query);
        }
        const kept = (0, node_fs_1.readFileSync)(cache.snapshotFile);
        // Another save: the snapshot it writes goes with it; the one before does not.
        cache.set(entry('ko.md').note.uri, entry('ko.md', TEXTS['ko.md'] + '\nMore.\n'));
        await cache.save();
        strict_1.default.ok((await open()).input);
        (0, node_fs_1.writeFileSync)(cache.snapshotFile, kept);
        let now = await open();
        strict_1.default.equal(now.input, null);
        strict_1.default.match(now.problem ?? '', /another save of the index/);
        // Damaged: refused.
        cache.set(entry('en.md').note.uri, entry('en.md'));
        await cache.save();
        const bytes = (0, node_fs_1.readFileSync)(cache.snapshotFile);
        (0, node_fs_1.writeFileSync)(cache.snapshotFile, bytes.subarray(0, bytes.length - 6));
        now = await open();
        strict_1.default.equal(now.input, null);
        strict_1.default.match(now.problem ?? '', /search snapshot not used: truncated or damaged/);
        // A save with nothing to make a snapshot of removes the one there, which would go with an older file.
        cache.searchSnapshot = null;
        cache.set(entry('ja.md').note.uri, entry('ja.md'));
        await cache.save();
        strict_1.default.equal((0, node_fs_1.existsSync)(cache.snapshotFile), false);
        strict_1.default.equal((await open()).problem, null);
    });
    (0, node_test_1.test)('a foreign or damaged file is discarded with a reason, never read', async () => {
        const file = path.join(dir, 'c.index');
        (0, node_fs_1.writeFileSync)(file, Buffer.from('INDX not really an index'));
        const cache = new index_cache_1.IndexCache(file);
        const entries = await cache.load(ENGINE, CATALOG, ROOTS);
        strict_1.default.equal(entries.size, 0);
        strict_1.default.match(cache.lastLoadProblem ?? '', /discarded/);
    });
});
/** A table's bytes as a save writes them (through a reused buffer of `bufferBytes`), each part joined. */
async function encodeStrings(strings, bufferBytes = 1 << 20) {
    const { lengths, latin1Bytes, utf16Bytes } = (0, index_file_1.stringLengths)(strings);
    const part = async (wide) => {
        const pieces = [];
        // The buffer is filled again after each write: keep a copy, as a file would.
        await (0, index_file_1.writeStringPart)(strings, lengths, wide, Buffer.alloc(bufferBytes), async (b) => void pieces.push(Buffer.from(b)));
        return Buffer.concat(pieces);
    };
    const latin1 = await part(false);
    const utf16 = await part(true);
    strict_1.default.equal(latin1.length, latin1Bytes);
    strict_1.default.equal(utf16.length, utf16Bytes);
    return { lengths, latin1, utf16 };
}
//# sourceMappingURL=index-cache.test.js.map