"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
// The vocabulary's line tests skip their regexes on lines that cannot match: they must answer as the regexes do.
const strict_1 = __importDefault(require("node:assert/strict"));
const node_test_1 = require("node:test");
const note_1 = require("../../server/src/core/extract/note");
const vocabulary_1 = require("../../server/src/core/extract/vocabulary");
const isWhite = (c) => /\s/.test(c);
(0, node_test_1.test)('teaser: every last character that can end a match is let through', () => {
    const before = ['continue readin', 'Read Mor', '더 보', '계속 읽', '続きを読', 'もっと読', 'read more ', 'read more ..', 'read more', 'Continue reading ', 'x'];
    for (let c = 0; c < 0x10000; c++) {
        const ch = String.fromCharCode(c);
        if (isWhite(ch))
            continue;
        for (const p of before)
            strict_1.default.equal((0, note_1.isTeaser)(p + ch), vocabulary_1.TEASER.test(p + ch), JSON.stringify(p + ch));
    }
    strict_1.default.equal((0, note_1.isTeaser)('Read more »'), true);
    strict_1.default.equal((0, note_1.isTeaser)('続きを読む'), true);
    strict_1.default.equal((0, note_1.isTeaser)(''), false);
});
(0, node_test_1.test)('footer start: one colon at the end is left out, as the regex replace did', () => {
    for (const t of ['Comments:', 'Comments：', 'Comments::', 'Comments :', 'Related posts', 'tags: a, b:', '댓글 3:', 'コメント：', ':', '', 'Notes']) {
        strict_1.default.equal((0, note_1.isFooterStart)(t), vocabulary_1.FOOTER_START.test(t.replace(/[:：]\s*$/, '')), JSON.stringify(t));
    }
});
(0, node_test_1.test)('language letters: the class table is the ranges detectLanguage counted', () => {
    for (let c = 0; c < 0x10000; c++) {
        const lower = c | 32;
        const want = c < 128 ? (lower >= 97 && lower <= 122 ? 1 : 0) : c >= 0xac00 && c <= 0xd7a3 ? 2 : c >= 0x3040 && c <= 0x30ff ? 3 : c >= 0x4e00 && c <= 0x9fff ? 4 : 0;
        strict_1.default.equal(note_1.LETTER_CLASS[c], want, c.toString(16));
    }
});
//# sourceMappingURL=line-tests.test.js.map