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
// A note's record (how a note crosses from a worker) gives back exactly the note that was
// written, and a damaged record is refused, never half-read.
const strict_1 = __importDefault(require("node:assert/strict"));
const node_fs_1 = require("node:fs");
const path = __importStar(require("node:path"));
const node_test_1 = require("node:test");
const node_url_1 = require("node:url");
const catalog_1 = require("../../server/src/core/catalog/catalog");
const decode_1 = require("../../server/src/core/decode");
const note_1 = require("../../server/src/core/extract/note");
const context_1 = require("../../server/src/core/features/context");
const mentions_1 = require("../../server/src/core/mentions");
const note_record_1 = require("../../server/src/node/note-record");
const paths_1 = require("../support/paths");
const catalog = catalog_1.Catalog.builtin();
function files(dir) {
    return (0, node_fs_1.readdirSync)(dir).flatMap((name) => {
        const p = path.join(dir, name);
        return (0, node_fs_1.statSync)(p).isDirectory() ? files(p) : [p];
    });
}
function entryOf(uri, note, headings = (0, context_1.markdownHeadings)('')) {
    return { size: 123, mtimeMs: 1700000000123.5, hash: 'a'.repeat(40), headings, note: (0, mentions_1.storedNote)(note) };
}
/** A record as it crosses threads: its fields as JSON, its numbers after some other record's. */
function crossing(uri, entry) {
    const r = (0, note_record_1.encodeRecord)(uri, entry);
    const at = 5;
    const numbers = new Int32Array(at + r.data.length + r.summary.length + 3);
    numbers.set(r.data, at);
    numbers.set(r.summary, at + r.data.length);
    return { json: JSON.stringify(r.fields), numbers, at, count: r.data.length, summaryCount: r.summary.length };
}
function roundTrip(uri, entry) {
    const c = crossing(uri, entry);
    const back = (0, note_record_1.decodeRecord)(JSON.parse(c.json), c.numbers, c.at, c.count, c.summaryCount);
    strict_1.default.ok(back, `${uri}: the record was refused`);
    // Headings cross flat (made into objects when a link asks): compared as objects.
    strict_1.default.ok(back.headings.length === 0 || (0, context_1.isFlatHeadings)(back.headings), 'headings are read flat');
    strict_1.default.deepEqual({ ...back, headings: (0, context_1.unflattenHeadings)(back.headings) }, entry);
    strict_1.default.notEqual(back.note.mentions.data.buffer, c.numbers.buffer, 'the numbers are copied out of the batch');
    return c;
}
(0, node_test_1.describe)('note records', () => {
    (0, node_test_1.test)('every sample and fixture note comes back as it was extracted', () => {
        let notes = 0;
        let talks = 0;
        for (const file of [...files(paths_1.samplesDir), ...files(paths_1.fixturesDir)]) {
            const decoded = (0, decode_1.decodeNote)((0, node_fs_1.readFileSync)(file));
            if (decoded.kind !== 'text')
                continue;
            const uri = (0, node_url_1.pathToFileURL)(file).href;
            const note = (0, note_1.extractNote)(uri, decoded.text, { catalog, plainText: file.endsWith('.txt'), encoding: decoded.encoding });
            roundTrip(uri, entryOf(uri, note, (0, context_1.markdownHeadings)(decoded.text)));
            notes++;
            talks += note.events.reduce((n, e) => n + e.talks.length, 0);
        }
        strict_1.default.ok(notes >= 20 && talks >= 50, `only ${notes} notes with ${talks} talks were checked`);
    });
    (0, node_test_1.test)('ids outside the note, strings that look relative, every shape of speaker', () => {
        const uri = 'file:///notes/%ED%95%9C%EA%B8%80.md';
        const r = (l) => ({ start: { line: l, character: 0 }, end: { line: l, character: 5 } });
        const note = {
            uri,
            language: 'mixed',
            encoding: 'utf-8',
            lineCount: 9,
            events: [
                {
                    id: `${uri}#event:x`,
                    name: '#해시',
                    date: '2024-05',
                    endDate: null,
                    location: '\u0001odd',
                    nameRange: r(0),
                    range: r(0),
                    talks: [
                        {
                            id: 'other:#talk',
                            eventId: 'file:///elsewhere.md#event:y',
                            title: '테라폼을 쓰다',
                            speakers: [{ name: 'A', org: null }, { name: 'B', org: 'C', handle: '@b' }, { name: 'D', org: null, role: 'SRE' }, { name: 'E', org: 'F', handle: 'e', role: 'CTO' }],
                            titleRange: r(1),
                            bodyRange: r(2),
                            tools: [{ toolId: 'terraform', count: 2 }],
                        },
                    ],
                },
            ],
            mentions: [
                { toolId: 'terraform', text: '#terraform', range: r(3), talkId: 'other:#talk' },
                { toolId: 'terraform', text: '\u0001テラフォーム', range: r(4), talkId: null },
            ],
            references: [{ kind: 'wiki', text: '[[x#y]]', range: r(5), target: { event: 'x', talk: 'y' } }],
            tags: ['a'],
            frontMatterTools: ['terraform'],
            problems: [{ range: r(6), message: 'bad' }],
        };
        roundTrip(uri, entryOf(uri, note, [{ line: 2, anchor: 'x' }]));
    });
    (0, node_test_1.test)('a damaged record is refused, whatever character or number is damaged', () => {
        const file = files(paths_1.samplesDir).find((f) => f.endsWith('.md'));
        const uri = (0, node_url_1.pathToFileURL)(file).href;
        const text = (0, node_fs_1.readFileSync)(file, 'utf8');
        const c = roundTrip(uri, entryOf(uri, (0, note_1.extractNote)(uri, text, { catalog, plainText: false })));
        strict_1.default.ok(c.count > 0, 'the sample has mentions');
        const read = (json, numbers, at = c.at, count = c.count, summaryCount = c.summaryCount) => {
            let fields;
            try {
                fields = JSON.parse(json);
            }
            catch {
                return null;
            }
            // Never throws; either refused or still a complete entry.
            return (0, note_record_1.decodeRecord)(fields, numbers, at, count, summaryCount);
        };
        let refused = 0;
        let tried = 0;
        for (let i = 0; i < c.json.length; i += Math.max(1, Math.floor(c.json.length / 400))) {
            const damaged = c.json.slice(0, i) + String.fromCharCode(c.json.charCodeAt(i) ^ 0x25) + c.json.slice(i + 1);
            tried++;
            if (!read(damaged, c.numbers))
                refused++;
        }
        strict_1.default.ok(refused > tried / 4, `only ${refused} of ${tried} records with a damaged character were refused`);
        refused = 0;
        tried = 0;
        for (let i = c.at; i < c.at + c.count + c.summaryCount; i++) {
            const damaged = c.numbers.slice();
            damaged[i] = i % 2 ? -7 : 1 << 20;
            tried++;
            if (!read(c.json, damaged))
                refused++;
        }
        strict_1.default.ok(refused > tried / 4, `only ${refused} of ${tried} records with a damaged number were refused`);
        strict_1.default.equal(read(c.json, c.numbers.subarray(0, c.at + c.count)), null, 'numbers cut short');
        strict_1.default.equal(read(c.json, c.numbers, c.at, c.count + 1), null, 'a count that is not whole mentions');
        strict_1.default.equal(read(c.json, c.numbers, -1), null, 'a negative place');
    });
});
//# sourceMappingURL=note-record.test.js.map