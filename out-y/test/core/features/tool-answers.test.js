"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
// Tool answers made ahead of the first question: afterwards a hover or a definition on a tool
// reads no note's summary, and says what it would have said anyway.
const strict_1 = __importDefault(require("node:assert/strict"));
const node_test_1 = require("node:test");
const definition_1 = require("../../../server/src/core/features/definition");
const hover_1 = require("../../../server/src/core/features/hover");
const steps_1 = require("../../../server/src/core/features/steps");
const tool_answers_1 = require("../../../server/src/core/features/tool-answers");
const context_1 = require("../../../server/src/core/features/context");
const hover_2 = require("../../../server/src/core/features/hover");
const fixture_1 = require("../../support/fixture");
const notes_gen_1 = require("../../support/notes-gen");
const NOTES = `
  //- /en.md
  # HashiConf 2024
  ## Terraform Stacks in Practice - Miguel Ortega
  - Stacks replace workspaces in Terraform; Vault holds the secrets.
  //- /ko.md
  # 하시코프 밋업 12회
  ## 테라폼 모듈 이야기
  - 테라폼으로 모듈을 관리한다. Kubernetes 위에서.
`;
(0, node_test_1.describe)('tool answers ahead of time', () => {
    (0, node_test_1.test)('after the steps, hover and definition on a tool make no stats; the answers are the same', () => {
        const fresh = (0, fixture_1.fixture)(NOTES);
        const warmed = (0, fixture_1.fixture)(NOTES);
        const uri = warmed.uri('/en.md');
        const at = { line: 2, character: 47 };
        (0, steps_1.runToEnd)((0, tool_answers_1.toolAnswerSteps)(warmed.ctx));
        const { index } = warmed.ctx;
        let stats = 0;
        const toolStats = index.toolStats.bind(index);
        index.toolStats = (id) => (stats++, toolStats(id));
        for (const pos of [at, { line: 2, character: 5 + '- Stacks replace workspaces in '.length }]) {
            strict_1.default.equal((0, hover_1.hover)(warmed.ctx, uri, pos)?.markdown, (0, hover_1.hover)(fresh.ctx, fresh.uri('/en.md'), pos)?.markdown);
            strict_1.default.deepEqual((0, definition_1.definition)(warmed.ctx, uri, pos).map((l) => warmed.place(l.uri, l.range)), (0, definition_1.definition)(fresh.ctx, fresh.uri('/en.md'), pos).map((l) => fresh.place(l.uri, l.range)));
        }
        strict_1.default.ok((0, hover_1.hover)(warmed.ctx, uri, at)?.markdown.startsWith('**Vault**'));
        strict_1.default.equal(stats, 0);
        // An edit: the edited tool's answers are made again, the others are kept.
        warmed.ctx.updateNote({ uri: warmed.uri('/new.md'), text: '# Infra Day\n- Vault again.\n' });
        (0, steps_1.runToEnd)((0, tool_answers_1.toolAnswerSteps)(warmed.ctx));
        stats = 0;
        (0, hover_1.hover)(warmed.ctx, uri, at);
        strict_1.default.equal(stats, 0);
    });
    (0, node_test_1.test)('tool cards kept across edits, additions and removals say what a freshly made index says', () => {
        for (const seed of [11, 12]) {
            const gen = new notes_gen_1.NoteGen(seed);
            const texts = new Map();
            const kept = new context_1.FeatureContext();
            for (let i = 0; i < 60; i++) {
                const uri = `file:///ws/note-${i}.md`;
                texts.set(uri, gen.note());
                kept.updateNote({ uri, text: texts.get(uri) });
            }
            const cards = (ctx, compact) => {
                ctx.options = { hoverDetail: compact ? 'compact' : 'full' };
                return ctx.index.mentionedTools().map(({ toolId }) => (0, hover_2.toolCard)(ctx, toolId)?.markdown);
            };
            for (let round = 0; round < 12; round++) {
                // Cards asked after every change (brought forward), or after a few (made again).
                if (round % 3 !== 2)
                    cards(kept, round % 2 === 0);
                const uris = [...texts.keys()];
                for (let k = 0; k < 1 + (round % 3); k++) {
                    const uri = gen.pick(uris);
                    texts.set(uri, gen.note());
                    kept.updateNote({ uri, text: texts.get(uri) });
                }
                if (round % 4 === 1) {
                    const gone = gen.pick(uris);
                    texts.delete(gone);
                    kept.removeNote(gone);
                }
                if (round % 4 === 3) {
                    const uri = `file:///ws/new-${round}.md`;
                    texts.set(uri, gen.note());
                    kept.updateNote({ uri, text: texts.get(uri) });
                }
                const fresh = new context_1.FeatureContext();
                for (const [uri, text] of texts)
                    fresh.updateNote({ uri, text });
                for (const compact of [false, true])
                    strict_1.default.deepEqual(cards(kept, compact), cards(fresh, compact), `seed ${seed}, round ${round}`);
            }
        }
    });
});
//# sourceMappingURL=tool-answers.test.js.map