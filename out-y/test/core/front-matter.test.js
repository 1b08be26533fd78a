"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
// Simple front matter is read without the YAML parser: wherever that fast reading answers,
// it must answer exactly what the YAML parser answers; anything unusual must go to the parser.
const strict_1 = __importDefault(require("node:assert/strict"));
const node_test_1 = require("node:test");
const fast_check_1 = __importDefault(require("fast-check"));
const yaml_1 = require("yaml");
const structure_1 = require("../../server/src/core/structure");
function check(body, expectFast) {
    const lines = body.split('\n');
    const fast = (0, structure_1.readSimpleYaml)(lines, 0, lines.length);
    const doc = (0, yaml_1.parseDocument)(body, { prettyErrors: false, uniqueKeys: false });
    if (expectFast) {
        strict_1.default.ok(fast, `the fast reading gave up on:\n${body}`);
        strict_1.default.equal(doc.errors.length, 0, `the YAML parser found errors in:\n${body}`);
    }
    // Front matter that is not a mapping (an empty one included) counts as no fields.
    if (fast) {
        strict_1.default.equal(doc.errors.length, 0, `the fast reading accepted what the YAML parser rejects:\n${body}`);
        const parsed = doc.toJS();
        const want = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : {};
        strict_1.default.deepEqual(fast, want, `the fast reading differs from the YAML parser on:\n${body}`);
    }
    else if (expectFast === false)
        strict_1.default.equal(fast, null);
}
(0, node_test_1.test)('plain key: value lines, dates, numbers, quoted strings and lists are read without the parser', () => {
    check('title: HashiConf 2024\ndate: 2024-10-15\nlocation: Boston, MA\nyear: 2024', true);
    check('title: "테라폼 밋업: 12회"\nvenue: \'東京 渋谷\'\ntags: [terraform, vault, "k8s"]', true);
    check('event: 하시코프 한국 사용자 모임\ntools:\n  - Terraform\n  - 테라폼\n- Vault', false);
    check('event: HUG Tokyo\ntools:\n  - Terraform\n  - テラフォーム\nempty:\ntags: []', true);
    check('title: C# and .NET on Kubernetes\nurl: https://example.com/a#b\ndate: 2024/5/1', true);
    check('draft: yes\nname: null-safety talks', true);
    check('date: 2014-05-14 16:15:00 -0700\nupdated: 2024-05-01T10:00:00+09:00', true);
});
(0, node_test_1.test)('anything a YAML parser must decide goes to the parser', () => {
    for (const body of [
        'title: Foo # a comment',
        'date: 2024-13-45',
        'count: 0',
        'version: 1.10',
        'flag: true',
        'empty: null',
        'anchor: &a x',
        'text: |\n  multi\n  line',
        'nested:\n  key: value',
        'dup: a\ndup: b',
        'title: a: b',
        'list: [a, [b]]',
        'list: ["a, b", c]',
        'quote: "with \\"escape\\""',
        'single: \'it\'\'s\'',
        '# comment only',
        '  indented: x',
        'key:\tvalue',
        '__proto__: x',
        'time: 10:30',
        'minus: -5',
    ]) {
        const lines = body.split('\n');
        const fast = (0, structure_1.readSimpleYaml)(lines, 0, lines.length);
        if (fast)
            check(body, true);
    }
    strict_1.default.equal((0, structure_1.readSimpleYaml)(['nested:', '  key: value'], 0, 2), null);
    strict_1.default.equal((0, structure_1.readSimpleYaml)(['title: Foo # a comment'], 0, 1), null);
});
(0, node_test_1.test)('generated simple front matter: the fast reading agrees with the YAML parser', () => {
    const word = fast_check_1.default.stringMatching(/^[A-Za-z가-힣ぁ-んァ-ン0-9 ._#:\/,'"&*!|>%@`~+\-\[\]{}]{0,12}$/);
    const key = fast_check_1.default.stringMatching(/^[A-Za-z_][A-Za-z0-9_-]{0,8}$/);
    const value = fast_check_1.default.oneof(word, word.map((w) => `"${w}"`), word.map((w) => `'${w}'`), fast_check_1.default.array(word, { maxLength: 4 }).map((ws) => `[${ws.join(', ')}]`), fast_check_1.default.integer({ min: -100, max: 3000 }).map(String), fast_check_1.default.constantFrom('2024-05-01', '2024/5/1', '2024.05.01', '2014-05-14 16:15:00 -0700', '2024-05-01T10:00:00Z', '2024-05-01 9:30', 'true', 'False', 'null', '~', ''));
    const entry = fast_check_1.default.oneof(fast_check_1.default.tuple(key, value).map(([k, v]) => `${k}: ${v}`), fast_check_1.default.tuple(key, fast_check_1.default.array(word, { minLength: 1, maxLength: 3 })).map(([k, ws]) => `${k}:\n${ws.map((w) => `  - ${w}`).join('\n')}`));
    let fast = 0;
    fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.array(entry, { maxLength: 6 }), (entries) => {
        const body = entries.join('\n');
        const lines = body.split('\n');
        if ((0, structure_1.readSimpleYaml)(lines, 0, lines.length))
            fast++;
        check(body, undefined);
    }), { numRuns: 3000 });
    // Not a vacuous property: a good share of the cases took the fast reading.
    strict_1.default.ok(fast > 600, `only ${fast} of 3000 cases were read without the parser`);
});
//# sourceMappingURL=front-matter.test.js.map