"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
// Generated and hostile input: no exception, every range inside its document, the same result twice,
// and incremental updates equal a fresh index. `npm run fuzz` runs the same properties 100,000 times.
const fast_check_1 = __importDefault(require("fast-check"));
const strict_1 = __importDefault(require("node:assert/strict"));
const node_test_1 = require("node:test");
const note_1 = require("../../server/src/core/extract/note");
const properties_1 = require("./properties");
(0, node_test_1.describe)('properties over generated notes', () => {
    (0, node_test_1.test)('markdown notes', () => fast_check_1.default.assert(fast_check_1.default.property(properties_1.anyText, (t) => (0, properties_1.checkExtraction)(t, false)), { numRuns: 300, seed: 42 }));
    (0, node_test_1.test)('plain-text notes', () => fast_check_1.default.assert(fast_check_1.default.property(properties_1.anyText, (t) => (0, properties_1.checkExtraction)(t, true)), { numRuns: 200, seed: 43 }));
    (0, node_test_1.test)('incremental equals from scratch', () => fast_check_1.default.assert(fast_check_1.default.property(properties_1.steps, properties_1.checkIncremental), { numRuns: 100, seed: 44 }));
});
(0, node_test_1.describe)('pathological notes finish in linear time', () => {
    // A generous bound: each case is a few megabytes and takes well under a second when linear.
    const cases = {
        'a 5 MB single line': 'word '.repeat(1_000_000),
        'runs of [[': '[['.repeat(200_000),
        'runs of <': '<'.repeat(1_000_000),
        'runs of *': '*'.repeat(1_000_000),
        'runs of #': '#'.repeat(1_000_000),
        'runs of |': '|'.repeat(1_000_000),
        'an address with no end': 'x'.repeat(1_000_000) + '@',
        'dashes without speakers': 'Title - '.repeat(100_000),
        'open parentheses': '('.repeat(100_000) + 'x',
        '100,000 headings': Array.from({ length: 100_000 }, (_, i) => `## Talk ${i} - Jane Doe (Acme)`).join('\n'),
        '10,000 nested quotes': '>'.repeat(10_000) + ' Terraform',
        '10,000 nested lists': Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(i * 2)}- Vault`).join('\n'),
    };
    for (const [name, text] of Object.entries(cases)) {
        (0, node_test_1.test)(name, () => {
            const started = performance.now();
            const note = (0, note_1.extractNote)('file:///p.md', text, { catalog: properties_1.catalog });
            const ms = performance.now() - started;
            strict_1.default.ok(note.lineCount >= 1);
            strict_1.default.ok(ms < 15_000, `${name}: ${ms.toFixed(0)} ms`);
        });
    }
});
//# sourceMappingURL=robustness.test.js.map