"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
// The data behind the custom requests: event, tool and speaker trees; the talk at a position.
const strict_1 = __importDefault(require("node:assert/strict"));
const node_test_1 = require("node:test");
const trees_1 = require("../../../server/src/core/features/trees");
const fixture_1 = require("../../support/fixture");
const NOTES = `
  //- /en.md
  ---
  title: HashiConf 2024
  date: 2024-10-15
  ---
  ## Vault at Scale - Dana Whitfield (Northwind Bank)
  - Vault and Terraform.
  //- /ko.md
  # 하시코프 밋업 12회
  - 일시: 2023년 3월 23일
  ## 테라폼 모듈 이야기
  발표: 김민수 님 (토스)
  - 테라폼으로 관리한다.
  //- /undated.md
  # Some Meetup
  ## Kubernetes Upgrades - Kim Lee (Acme)
  - k8s.
  //- /todo.md
  # TODO
  - nothing here
`;
(0, node_test_1.describe)('trees', () => {
    (0, node_test_1.test)('events by year, newest first, undated last; non-event notes left out', () => {
        const f = (0, fixture_1.fixture)(NOTES);
        strict_1.default.deepEqual((0, trees_1.eventTree)(f.ctx).years.map((y) => `${y.year}: ${y.events.map((e) => `${e.name} [${e.talks.map((t) => `${t.title} (${t.speakers}; ${t.tools.map((x) => `${x.name}×${x.count}`).join(', ')})`).join(' | ')}]`).join('; ')}`), [
            '2024: HashiConf 2024 [Vault at Scale (Dana Whitfield (Northwind Bank); Vault×2, Terraform×1)]',
            '2023: 하시코프 밋업 12회 [테라폼 모듈 이야기 (김민수 (토스); Terraform×2)]',
            'undated: Some Meetup [Kubernetes Upgrades (Kim Lee (Acme); Kubernetes×2)]',
        ]);
    });
    (0, node_test_1.test)('tools by category with their talks; speakers with theirs; counts', () => {
        const f = (0, fixture_1.fixture)(NOTES);
        const tools = (0, trees_1.toolTree)(f.ctx).categories.flatMap((c) => c.tools.map((t) => `${c.category}/${t.name}×${t.count}: ${t.talks.map((x) => x.title).join(', ')}`));
        strict_1.default.deepEqual(tools, ['iac/Terraform×3: Vault at Scale, 테라폼 모듈 이야기', 'kubernetes/Kubernetes×2: Kubernetes Upgrades', 'secrets/Vault×2: Vault at Scale']);
        strict_1.default.deepEqual((0, trees_1.speakerTree)(f.ctx).speakers.map((s) => `${s.name} (${s.orgs.join(', ')}): ${s.talks.length}`), ['Dana Whitfield (Northwind Bank): 1', 'Kim Lee (Acme): 1', '김민수 (토스): 1']);
        strict_1.default.deepEqual((0, trees_1.indexCounts)(f.ctx), { notes: 4, events: 3, talks: 3, speakers: 3, tools: 3, mentions: 7 });
    });
    (0, node_test_1.test)('talkAt: inside a talk\'s notes, and on a reference', () => {
        const f = (0, fixture_1.fixture)(NOTES.replace('테라폼으로 관리', '테라폼으로 관$0리'));
        const c = (0, fixture_1.needCursor)(f);
        strict_1.default.equal((0, trees_1.talkAt)(f.ctx, c.uri, c.position)?.title, '테라폼 모듈 이야기');
        const g = (0, fixture_1.fixture)(NOTES.replace('- nothing here', '- [[Vault $0at Scale]]'));
        const d = (0, fixture_1.needCursor)(g);
        strict_1.default.equal((0, trees_1.talkAt)(g.ctx, d.uri, d.position)?.title, 'Vault at Scale');
        const h = (0, fixture_1.fixture)(NOTES.replace('- nothing', '- no$0thing'));
        const e = (0, fixture_1.needCursor)(h);
        strict_1.default.equal((0, trees_1.talkAt)(h.ctx, e.uri, e.position), null);
    });
});
//# sourceMappingURL=trees.test.js.map