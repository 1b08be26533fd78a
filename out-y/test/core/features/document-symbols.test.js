"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
// The outline: an event with its talks, nested, for each language.
const strict_1 = __importDefault(require("node:assert/strict"));
const node_test_1 = require("node:test");
const document_symbols_1 = require("../../../server/src/core/features/document-symbols");
const fixture_1 = require("../../support/fixture");
/** The only caller of documentSymbols(): an indented outline, `name — detail (line)`. */
function check(src, path, expected) {
    const f = (0, fixture_1.fixture)(src);
    const out = [];
    const walk = (list, depth) => {
        for (const s of list) {
            strict_1.default.ok(s.range.start.line <= s.selectionRange.start.line && s.selectionRange.end.line <= s.range.end.line, 'selection inside range');
            out.push(`${'  '.repeat(depth)}${s.name}${s.detail ? ` — ${s.detail}` : ''} (${s.selectionRange.start.line + 1})`);
            walk(s.children ?? [], depth + 1);
        }
    };
    walk((0, document_symbols_1.documentSymbols)(f.ctx, f.uri(path)), 0);
    strict_1.default.equal(out.join('\n'), expected.trim().split('\n').map((l) => l.replace(/^ {6}/, '')).join('\n'));
}
(0, node_test_1.describe)('document symbols', () => {
    (0, node_test_1.test)('a Korean note: event, then talks with speakers', () => {
        check(`
      //- /ko.md
      # 클라우드 인프라 서밋 2023 정리

      - 일시: 2023.10.19 (목)
      - 장소: 코엑스 그랜드볼룸

      [키노트] '플랫폼 엔지니어링 3년, 무엇이 남았나' (네이버 강지훈)

      - 쿠버네티스 이야기.

      [기술세션 1] '테라폼 드리프트와의 전쟁' (토스 남궁연)

      - 드리프트를 매일 잡는다.
    `, '/ko.md', `
      클라우드 인프라 서밋 2023 — 2023-10-19 · 코엑스 그랜드볼룸 (1)
        플랫폼 엔지니어링 3년, 무엇이 남았나 — 강지훈 (네이버) (6)
        테라폼 드리프트와의 전쟁 — 남궁연 (토스) (10)
      `);
    });
    (0, node_test_1.test)('a note that is not about an event has no outline', () => {
        check('//- /todo.md\n# TODO\n- buy milk\n', '/todo.md', '');
    });
});
//# sourceMappingURL=document-symbols.test.js.map