"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
// A context scope's runs of characters only ever skip searches that would find nothing.
const strict_1 = __importDefault(require("node:assert/strict"));
const node_test_1 = require("node:test");
const fast_check_1 = __importDefault(require("fast-check"));
const note_1 = require("../../server/src/core/extract/note");
const text_1 = require("../../server/src/core/text");
const piece = fast_check_1.default.oneof(fast_check_1.default.constantFrom('Terraform ', 'テラフォーム', '테라폼을 ', 'Ｖａｕｌｔ', 'policy as code', '\n', 'data warehouse', ' ', 'ΣΟΦΟΣ ', 'İstanbul', '✅ 👍🏽 ', 'Ⅻ ', '𐐀𐐁', 'ÀÉÎ。、•'), fast_check_1.default.string({ maxLength: 6 }), fast_check_1.default.string({ unit: 'binary', maxLength: 4 }));
const text = fast_check_1.default.array(piece, { maxLength: 200 }).map((parts) => parts.join(''));
(0, node_test_1.test)('context scope: the folded text, and every word it holds passes the runs test', () => {
    fast_check_1.default.assert(fast_check_1.default.property(text, fast_check_1.default.nat(), fast_check_1.default.nat({ max: 20 }), (raw, at, length) => {
        const scope = (0, note_1.makeScope)(raw);
        strict_1.default.equal(scope.text, (0, text_1.foldText)(raw));
        const from = raw.length ? at % raw.length : 0;
        const word = scope.text.slice(from, from + length);
        strict_1.default.ok((0, note_1.mayHold)(scope, word), JSON.stringify(word));
    }), { numRuns: 2000 });
});
(0, node_test_1.test)('context scope: words it lacks are mostly turned away', () => {
    const scope = (0, note_1.makeScope)('Kubernetes talk: we moved from Docker Swarm to EKS and cut costs.\n'.repeat(20));
    const absent = ['data warehouse', 'bigquery', 'redshift', 'sentinel', '데이터 웨어하우스', 'データウェアハウス', 'snowpipe', 'databricks'];
    strict_1.default.ok(absent.filter((w) => (0, note_1.mayHold)(scope, w)).length <= 1);
    strict_1.default.ok((0, note_1.mayHold)(scope, 'docker swarm') && (0, note_1.mayHold)(scope, 'eks'));
});
(0, node_test_1.test)('context scope: a short word counts on its own only', () => {
    const scope = (0, note_1.makeScope)('We made a decision about AWS: CI runs on every push.');
    strict_1.default.equal((0, note_1.mayHold)(scope, 'aws') && (0, note_1.mayHold)(scope, 'ci'), true);
    strict_1.default.equal((0, note_1.contextHit)(scope.text, 'ci', 'x'), true);
    strict_1.default.equal((0, note_1.contextHit)((0, note_1.makeScope)('a decision, precise').text, 'ci', 'x'), false);
    strict_1.default.equal((0, note_1.contextHit)((0, note_1.makeScope)('k8s and ci/cd').text, 'ci', 'x'), true);
    strict_1.default.equal((0, note_1.contextHit)((0, note_1.makeScope)('v2ci and ci2').text, 'ci', 'x'), false);
    strict_1.default.equal((0, note_1.contextHit)(scope.text, 'ci', 'ci'), false);
    strict_1.default.equal((0, note_1.contextHit)(scope.text, 'every push', 'x'), true);
});
(0, node_test_1.test)('context scope: every unit marked FOLDS_AS_LOWER lowers to its folded unit, and so does every pair of marked surrogates', () => {
    let marked = 0;
    for (let c = 0; c < 0xd800; c++) {
        if (!note_1.FOLDS_AS_LOWER[c])
            continue;
        marked++;
        strict_1.default.equal(String.fromCharCode(c).toLowerCase(), String.fromCharCode(text_1.FOLD[c]), c.toString(16));
    }
    for (let c = 0xe000; c < 0x10000; c++)
        if (note_1.FOLDS_AS_LOWER[c])
            strict_1.default.equal(String.fromCharCode(c).toLowerCase(), String.fromCharCode(text_1.FOLD[c]), c.toString(16));
    for (let high = 0xd800; high < 0xdc00; high++) {
        if (!note_1.FOLDS_AS_LOWER[high])
            continue;
        for (let low = 0xdc00; low < 0xe000; low++) {
            if (note_1.FOLDS_AS_LOWER[low])
                strict_1.default.equal(String.fromCharCode(high, low).toLowerCase(), String.fromCharCode(text_1.FOLD[high], text_1.FOLD[low]), `${high.toString(16)} ${low.toString(16)}`);
        }
    }
    // ASCII, Hangul and kana at least: the fast path is the usual one.
    strict_1.default.ok(marked > 30000 && note_1.FOLDS_AS_LOWER[0x41] && note_1.FOLDS_AS_LOWER[0xd55c] && note_1.FOLDS_AS_LOWER[0x30c6]);
});
//# sourceMappingURL=context-scope.test.js.map