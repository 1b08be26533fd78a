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
// The main thread's warm-up: a long note in three languages, extracted and edited in an index of
// its own, long enough to take the path an edit of a long note takes.
const strict_1 = __importDefault(require("node:assert/strict"));
const node_child_process_1 = require("node:child_process");
const path = __importStar(require("node:path"));
const node_test_1 = require("node:test");
const catalog_1 = require("../../server/src/core/catalog/catalog");
const note_1 = require("../../server/src/core/extract/note");
const warm_up_1 = require("../../server/src/node/warm-up");
(0, node_test_1.describe)('warm-up', () => {
    (0, node_test_1.test)('the note is long enough for the incremental path and reads as talks with tools in en/ko/ja', () => {
        const text = (0, warm_up_1.warmUpText)();
        strict_1.default.ok(text.length >= note_1.reuseSettings.minChars, `${text.length} characters`);
        const note = (0, note_1.extractNote)('untitled:w.md', text, { catalog: catalog_1.Catalog.builtin() });
        const talks = note.events.flatMap((e) => e.talks);
        strict_1.default.ok(talks.length >= 30, `${talks.length} talks`);
        const tools = new Set(note.mentions.map((m) => m.toolId));
        for (const id of ['terraform', 'kubernetes', 'vault', 'packer'])
            strict_1.default.ok(tools.has(id), `${id} is not mentioned`);
        strict_1.default.ok(note.mentions.some((m) => m.text === '테라폼') && note.mentions.some((m) => m.text === 'テラフォーム'));
    });
    (0, node_test_1.test)('runs its rounds, and none once told to stop', async () => {
        let asked = 0;
        await (0, warm_up_1.warmUp)(catalog_1.Catalog.builtin(), () => asked++ >= 2, 8);
        strict_1.default.equal(asked, 3, 'two rounds, then stopped');
        asked = 0;
        await (0, warm_up_1.warmUp)(catalog_1.Catalog.builtin(), () => (asked++, true));
        strict_1.default.equal(asked, 1);
    });
    (0, node_test_1.test)('from the warm-up on, V8 decides no allocation site to make its objects in the old generation', () => {
        // A process of its own, which traces V8's pretenuring feedback from the moment the warm-up is
        // called: V8 weighs it at each young-generation collection that finds objects of a tracked
        // allocation site alive, and the warm-up's extractions run through several such collections
        // (about 70 lines of feedback when the same extractions run without the warm-up).
        const warmUpModule = path.resolve(__dirname, '../../server/src/node/warm-up.js');
        const catalogModule = path.resolve(__dirname, '../../server/src/core/catalog/catalog.js');
        const script = `
      const { setFlagsFromString } = require('node:v8');
      const { warmUp } = require(${JSON.stringify(warmUpModule)});
      const { Catalog } = require(${JSON.stringify(catalogModule)});
      const catalog = Catalog.builtin();
      catalog.lookup('terraform');
      // What the loading left in the young generation is not the warm-up's.
      gc();
      setFlagsFromString('--trace-pretenuring-statistics');
      warmUp(catalog, () => false, 8, async () => {});
    `;
        const out = (0, node_child_process_1.execFileSync)(process.execPath, ['--expose-gc', '-e', script], { encoding: 'utf8' });
        const feedback = out.split('\n').filter((line) => line.includes('pretenuring:'));
        strict_1.default.deepEqual(feedback.slice(0, 3), [], `${feedback.length} lines of pretenuring feedback`);
    });
    (0, node_test_1.test)('every round waits for its turn, the first too', async () => {
        const events = [];
        await (0, warm_up_1.warmUp)(catalog_1.Catalog.builtin(), () => (events.push('round'), false), 3, async () => void events.push('turn'));
        strict_1.default.deepEqual(events, ['turn', 'round', 'turn', 'round', 'turn', 'round']);
    });
    (0, node_test_1.test)('then each of the user\'s own notes it is given: extracted, then edited, a round per turn, until told to stop', async () => {
        const events = [];
        async function* own() {
            for (const name of ['one', 'two']) {
                events.push(`read ${name}`);
                yield `# Conf\n\n## Vault at ${name} - Kim, Acme\n\nTerraform and Vault.\n`;
            }
        }
        await (0, warm_up_1.warmUp)(catalog_1.Catalog.builtin(), () => (events.push('round'), false), 1, async () => void events.push('turn'), own);
        const fourRounds = ['turn', 'round', 'turn', 'round', 'turn', 'round', 'turn', 'round'];
        strict_1.default.deepEqual(events, ['turn', 'round', 'read one', ...fourRounds, 'read two', ...fourRounds]);
        events.length = 0;
        let rounds = 0;
        await (0, warm_up_1.warmUp)(catalog_1.Catalog.builtin(), () => ++rounds > 3, 1, async () => { }, own);
        strict_1.default.deepEqual(events, ['read one'], 'stopped in the first note: the second is not read');
    });
    (0, node_test_1.test)('keeps no parse of its own once done: the last round\'s would hold its text', async () => {
        const uri = 'untitled:infranotes-warm-up.md';
        // The extractor keeps a long note's parse for its next edit.
        (0, note_1.extractNote)(uri, (0, warm_up_1.warmUpText)(), { catalog: catalog_1.Catalog.builtin() });
        strict_1.default.ok((0, note_1.keepsPreviousExtraction)(uri));
        await (0, warm_up_1.warmUp)(catalog_1.Catalog.builtin(), () => false, 2, async () => { });
        strict_1.default.equal((0, note_1.keepsPreviousExtraction)(uri), false);
        let asked = 0;
        await (0, warm_up_1.warmUp)(catalog_1.Catalog.builtin(), () => asked++ >= 1, 8, async () => { });
        strict_1.default.equal((0, note_1.keepsPreviousExtraction)(uri), false, 'nor when stopped');
    });
    (0, node_test_1.test)('the user\'s notes it looks at: 48-256 KB, nearest 128 KB first, at most the limit', () => {
        const KB = 1024;
        const sizes = [
            { uri: 'file:///n/small.md', size: 47 * KB },
            { uri: 'file:///n/huge.md', size: 257 * KB },
            { uri: 'file:///n/far.md', size: 250 * KB },
            { uri: 'file:///n/near.md', size: 130 * KB },
            { uri: 'file:///n/b-even.md', size: 100 * KB },
            { uri: 'file:///n/a-even.md', size: 156 * KB },
            { uri: 'file:///n/edge.md', size: 48 * KB },
        ];
        strict_1.default.deepEqual((0, warm_up_1.warmUpCandidates)(sizes), ['file:///n/near.md', 'file:///n/a-even.md', 'file:///n/b-even.md', 'file:///n/edge.md', 'file:///n/far.md']);
        strict_1.default.deepEqual((0, warm_up_1.warmUpCandidates)(sizes, 2), ['file:///n/near.md', 'file:///n/a-even.md']);
        strict_1.default.deepEqual((0, warm_up_1.warmUpCandidates)([]), []);
    });
    (0, node_test_1.test)('a note\'s script, from its start: kana is Japanese, hangul Korean, else other', () => {
        strict_1.default.equal((0, warm_up_1.scriptOf)('# KubeCon\n\n## テラフォーム入門 — 佐藤'), 'ja');
        strict_1.default.equal((0, warm_up_1.scriptOf)('# 밋업\n\n## 테라폼을 쓰다 - 김민수'), 'ko');
        strict_1.default.equal((0, warm_up_1.scriptOf)('# 勉強会\n\n## 運用'), 'other', 'kanji alone could be Chinese');
        strict_1.default.equal((0, warm_up_1.scriptOf)('# HashiConf\n\n## Vault at scale - Jane'), 'other');
        strict_1.default.equal((0, warm_up_1.scriptOf)('x'.repeat(9000) + 'テラフォーム'), 'other', 'only the first 8 KB are read');
    });
});
//# sourceMappingURL=warm-up.test.js.map