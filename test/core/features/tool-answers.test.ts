// Tool answers made ahead of the first question: afterwards a hover or a definition on a tool
// reads no note's summary, and says what it would have said anyway.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { definition } from '../../../server/src/core/features/definition';
import { hover } from '../../../server/src/core/features/hover';
import { runToEnd } from '../../../server/src/core/features/steps';
import { toolAnswerSteps } from '../../../server/src/core/features/tool-answers';
import { FeatureContext } from '../../../server/src/core/features/context';
import { toolCard } from '../../../server/src/core/features/hover';
import { fixture } from '../../support/fixture';
import { NoteGen } from '../../support/notes-gen';

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

describe('tool answers ahead of time', () => {
  test('after the steps, hover and definition on a tool make no stats; the answers are the same', () => {
    const fresh = fixture(NOTES);
    const warmed = fixture(NOTES);
    const uri = warmed.uri('/en.md');
    const at = { line: 2, character: 47 };
    runToEnd(toolAnswerSteps(warmed.ctx));
    const { index } = warmed.ctx;
    let stats = 0;
    const toolStats = index.toolStats.bind(index);
    index.toolStats = (id: string) => (stats++, toolStats(id));
    for (const pos of [at, { line: 2, character: 5 + '- Stacks replace workspaces in '.length }]) {
      assert.equal(hover(warmed.ctx, uri, pos)?.markdown, hover(fresh.ctx, fresh.uri('/en.md'), pos)?.markdown);
      assert.deepEqual(
        definition(warmed.ctx, uri, pos).map((l) => warmed.place(l.uri, l.range)),
        definition(fresh.ctx, fresh.uri('/en.md'), pos).map((l) => fresh.place(l.uri, l.range)),
      );
    }
    assert.ok(hover(warmed.ctx, uri, at)?.markdown.startsWith('**Vault**'));
    assert.equal(stats, 0);
    // An edit: the edited tool's answers are made again, the others are kept.
    warmed.ctx.updateNote({ uri: warmed.uri('/new.md'), text: '# Infra Day\n- Vault again.\n' });
    runToEnd(toolAnswerSteps(warmed.ctx));
    stats = 0;
    hover(warmed.ctx, uri, at);
    assert.equal(stats, 0);
  });

  test('tool cards kept across edits, additions and removals say what a freshly made index says', () => {
    for (const seed of [11, 12]) {
      const gen = new NoteGen(seed);
      const texts = new Map<string, string>();
      const kept = new FeatureContext();
      for (let i = 0; i < 60; i++) {
        const uri = `file:///ws/note-${i}.md`;
        texts.set(uri, gen.note());
        kept.updateNote({ uri, text: texts.get(uri)! });
      }
      const cards = (ctx: FeatureContext, compact: boolean) => {
        ctx.options = { hoverDetail: compact ? 'compact' : 'full' };
        return ctx.index.mentionedTools().map(({ toolId }) => toolCard(ctx, toolId)?.markdown);
      };
      for (let round = 0; round < 12; round++) {
        // Cards asked after every change (brought forward), or after a few (made again).
        if (round % 3 !== 2) cards(kept, round % 2 === 0);
        const uris = [...texts.keys()];
        for (let k = 0; k < 1 + (round % 3); k++) {
          const uri = gen.pick(uris);
          texts.set(uri, gen.note());
          kept.updateNote({ uri, text: texts.get(uri)! });
        }
        if (round % 4 === 1) {
          const gone = gen.pick(uris);
          texts.delete(gone);
          kept.removeNote(gone);
        }
        if (round % 4 === 3) {
          const uri = `file:///ws/new-${round}.md`;
          texts.set(uri, gen.note());
          kept.updateNote({ uri, text: texts.get(uri)! });
        }
        const fresh = new FeatureContext();
        for (const [uri, text] of texts) fresh.updateNote({ uri, text });
        for (const compact of [false, true]) assert.deepEqual(cards(kept, compact), cards(fresh, compact), `seed ${seed}, round ${round}`);
      }
    }
  });
});
