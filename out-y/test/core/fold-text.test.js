"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
// foldText folds a string unit by unit through FOLD, whatever its length: long texts take another
// path (a reused array of UTF-16 units read back as one string) than short ones.
const strict_1 = __importDefault(require("node:assert/strict"));
const node_test_1 = require("node:test");
const fast_check_1 = __importDefault(require("fast-check"));
const text_1 = require("../../server/src/core/text");
/** The fold as defined: each UTF-16 unit through FOLD. */
function foldByUnit(s) {
    let out = '';
    for (let i = 0; i < s.length; i++)
        out += String.fromCharCode(text_1.FOLD[s.charCodeAt(i)]);
    return out;
}
const piece = fast_check_1.default.oneof(fast_check_1.default.constantFrom('Terraform ', 'ＴＥＲＲＡＦＯＲＭ（ＨＣＬ）', '테라폼을 ', 'テラフォーム：', 'İstanbul ΣΟΦΟΣ', '👍🏽', '\ud800', '\udfff', '\n'), fast_check_1.default.string({ unit: 'binary', maxLength: 8 }));
(0, node_test_1.test)('foldText: unit by unit, for short and long texts, lone surrogates included', () => {
    fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.array(piece, { maxLength: 40 }), fast_check_1.default.nat({ max: 3000 }), (parts, repeat) => {
        const base = parts.join('');
        const text = base.repeat(Math.max(1, Math.floor(repeat / Math.max(1, base.length))));
        strict_1.default.equal((0, text_1.foldText)(text), foldByUnit(text));
    }), { numRuns: 300 });
});
(0, node_test_1.test)('foldText: a shorter text after a longer one, and a text longer than the array kept', () => {
    const long = 'ＡＢＣ Kubernetes 運用 '.repeat(9000);
    strict_1.default.ok(long.length > 128 * 1024);
    strict_1.default.equal((0, text_1.foldText)(long), foldByUnit(long));
    const middle = 'Ｖａｕｌｔ と Consul '.repeat(200);
    strict_1.default.equal((0, text_1.foldText)(middle), foldByUnit(middle));
    strict_1.default.equal((0, text_1.foldText)(middle.slice(0, 1500)), foldByUnit(middle.slice(0, 1500)));
    strict_1.default.equal((0, text_1.foldText)(''), '');
});
//# sourceMappingURL=fold-text.test.js.map