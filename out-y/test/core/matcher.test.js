"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
// The matcher's trie walk, laid out in typed arrays, answers exactly as the plain object trie
// (test/core/matcher-reference.ts) over generated text full of spellings, separators and scripts.
const fast_check_1 = __importDefault(require("fast-check"));
const strict_1 = __importDefault(require("node:assert/strict"));
const node_test_1 = require("node:test");
const matcher_1 = require("../../server/src/core/catalog/matcher");
const tools_json_1 = __importDefault(require("../../server/src/core/catalog/tools.json"));
const matcher_reference_1 = require("./matcher-reference");
const spellings = [];
for (const tool of tools_json_1.default) {
    spellings.push({ toolId: tool.id, text: tool.name, caseSensitive: !!tool.nameIsAmbiguous, needsContext: false });
    for (const a of tool.aliases ?? []) {
        if (typeof a === 'string')
            spellings.push({ toolId: tool.id, text: a, caseSensitive: false, needsContext: false });
        else
            spellings.push({ toolId: tool.id, text: a.text, caseSensitive: !!a.caseSensitive, needsContext: !!a.needsContext });
    }
}
// Spellings that branch at separators in awkward places, share prefixes and end inside each other.
for (const text of ['a b', 'a b c', 'ab', 'a-b-c d', 'the x', 'x', 'X Y', 'go', 'Go Kit', 'go-kit', 'ＡＷＳ', 'k 8 s', '컨설', '컨설 팅', 'テラ フォーム', 'data  dog', 'q', 'q+ r']) {
    spellings.push({ toolId: `test-${text}`, text, caseSensitive: /[A-Z]/.test(text), needsContext: false });
}
const matcher = new matcher_1.Matcher(spellings);
const reference = new matcher_reference_1.ReferenceMatcher(spellings);
const toFullWidth = (s) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const spelled = fast_check_1.default.tuple(fast_check_1.default.constantFrom(...spellings.map((s) => s.text)), fast_check_1.default.constantFrom('as is', 'upper', 'lower', 'full width', 'dashes')).map(([text, how]) => {
    if (how === 'upper')
        return text.toUpperCase();
    if (how === 'lower')
        return text.toLowerCase();
    if (how === 'full width')
        return toFullWidth(text);
    if (how === 'dashes')
        return text.replace(/ /g, '-');
    return text;
});
const glue = fast_check_1.default.constantFrom(' ', '+', '  ', '-', ' - ', '\t', '・', '·', '\u3000', '\u00a0', '.', ',', '(', ')', '를', '팅', '은', 'の', 'ス', 'the ', 'in ', 'data', 's', '1', '\n', 'é', '');
const text = fast_check_1.default.array(fast_check_1.default.oneof(spelled, glue, fast_check_1.default.string({ maxLength: 4 })), { maxLength: 30 }).map((parts) => parts.join(''));
(0, node_test_1.test)('the matcher finds what the plain trie walk finds', () => {
    fast_check_1.default.assert(fast_check_1.default.property(text, fast_check_1.default.nat(), fast_check_1.default.nat(), (t, a, b) => {
        const from = t.length ? a % (t.length + 1) : 0;
        const to = from + (t.length - from ? b % (t.length - from + 1) : 0);
        strict_1.default.deepStrictEqual(matcher.find(t, from, to), reference.find(t, from, to));
        strict_1.default.deepStrictEqual(matcher.find(t), reference.find(t));
    }), { numRuns: 3000, seed: 7 });
});
(0, node_test_1.test)('the matcher finds spellings across separators, in any case, with particles', () => {
    const found = (t) => matcher.find(t).map((m) => t.slice(m.start, m.end));
    strict_1.default.deepStrictEqual(found('Go Kit, go-kit and GoKit on ＡＷＳ Lambda'), ['Go Kit', 'go-kit', 'GoKit', 'ＡＷＳ Lambda']);
    strict_1.default.deepStrictEqual(found('테라폼을 씁니다, 컨설턴트 말고 컨설과'), ['테라폼', '컨설']);
    strict_1.default.deepStrictEqual(found('the x and a b c but not abc.io'), ['the x', 'a b c']);
    // A shorter spelling found before the walk branches at a separator is kept when the branch leads nowhere.
    strict_1.default.deepStrictEqual(found('q+ r, q+ s'), ['q+ r', 'q']);
});
//# sourceMappingURL=matcher.test.js.map