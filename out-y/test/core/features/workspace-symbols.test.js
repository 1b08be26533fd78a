"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
// Workspace symbols: any language finds its titles; a tool's name in any spelling finds talks.
const strict_1 = __importDefault(require("node:assert/strict"));
const node_test_1 = require("node:test");
const workspace_symbols_1 = require("../../../server/src/core/features/workspace-symbols");
const fixture_1 = require("../../support/fixture");
const KINDS = { 24: 'event', 12: 'talk', 13: 'speaker', 5: 'tool' };
/** The only caller of workspaceSymbols(): the first results as `kind name @ place`. */
function check(src, query, expected) {
    const f = (0, fixture_1.fixture)(src);
    const got = (0, workspace_symbols_1.workspaceSymbols)(f.ctx, query)
        .slice(0, expected.length)
        .map((s) => `${KINDS[s.kind]} ${s.name} @ ${f.place(s.location.uri, s.location.range).split(': ')[0]}`);
    strict_1.default.deepEqual(got, expected);
}
const NOTES = `
  //- /en.md
  ---
  title: Platform Engineering Day 2023
  date: 2023-09-14
  ---
  ## Golden Paths in Practice - Grace Yoon (Acme Retail)
  - Backstage templates.
  //- /ko.md
  # 하시코프 밋업 12회
  - 일시: 2024년 3월 23일
  ## 모듈 레지스트리를 사내에 구축한 이야기
  발표: 김민수 님 (토스)
  - 테라폼으로 모듈을 관리한다.
  //- /ja.md
  ---
  event: HUG Tokyo #18
  date: 2024-05-22
  ---
  ## stateを分割した話
  登壇者: 高橋 誠 (株式会社フジミネ)
  - 1つのstateに2,000リソース。
`;
(0, node_test_1.describe)('workspace symbols', () => {
    (0, node_test_1.test)('a Japanese query finds the Japanese talk', () => {
        check(NOTES, '分割', ['talk stateを分割した話 @ /ja.md:5']);
    });
    (0, node_test_1.test)('a Korean query finds the Korean talk', () => {
        check(NOTES, '레지스트리', ['talk 모듈 레지스트리를 사내에 구축한 이야기 @ /ko.md:3']);
    });
    (0, node_test_1.test)('"terraform" finds a talk that only says 테라폼', () => {
        check(NOTES, 'terraform', ['tool Terraform @ /ko.md:5', 'talk 모듈 레지스트리를 사내에 구축한 이야기 @ /ko.md:3']);
    });
    (0, node_test_1.test)('a speaker by name, an event by name', () => {
        check(NOTES, '高橋', ['speaker 高橋 誠 @ /ja.md:5', 'talk stateを分割した話 @ /ja.md:5']);
        check(NOTES, 'hug tokyo', ['event HUG Tokyo #18 @ /ja.md:2']);
    });
});
//# sourceMappingURL=workspace-symbols.test.js.map