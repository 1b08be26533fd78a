// Find references: tools across notes and spellings; talks through every kind of reference.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { references, referencesOrJson, toolReferences, toolReferencesJson } from '../../../server/src/core/features/references';
import { fixture, needCursor } from '../../support/fixture';

/** The only caller of references(). */
function check(src: string, expected: string[], includeDeclaration = true): void {
  const f = fixture(src);
  const { uri, position } = needCursor(f);
  assert.deepEqual(
    references(f.ctx, uri, position, includeDeclaration).map((l) => f.place(l.uri, l.range)),
    expected,
  );
}

const NOTES = `
  //- /en.md
  ---
  title: HashiConf 2024
  date: 2024-10-15
  ---
  ## Terraform Stacks in Practice - Miguel Ortega (Fernhill Logistics)
  - Stacks replace workspaces in TERRAFORM.
  //- /ko.md
  # 하시코프 밋업 12회
  - 일시: 2024년 3월 23일
  ## 테라폼 모듈 이야기
  발표: 김민수 님 (토스)
  - 테라폼으로 모듈을 관리한다. [[HashiConf 2024#Terraform Stacks in Practice]] 참고.
  //- /ja.md
  ---
  event: HUG Tokyo #18
  date: 2024-05-22
  ---
  ## タイムテーブル
  19:05-19:35 テラフォームのstateを分割した話 (高橋 誠)

  ## テラフォームのstateを分割した話
  登壇者: 高橋 誠 (株式会社フジミネ)
  - テラフォームを触る人が増えた。
  //- /todo.md
  # TODO
  - [[Terraform Stacks in Practice]] and [notes](en.md#terraform-stacks-in-practice---miguel-ortega-fernhill-logistics)
`;

describe('references', () => {
  test('a tool: every mention in every spelling, in every note', () => {
    check(NOTES.replace('テラフォームを触る', 'テラ$0フォームを触る'), [
      '/en.md:5: Terraform',
      '/en.md:6: TERRAFORM',
      '/ja.md:6: テラフォーム',
      '/ja.md:8: テラフォーム',
      '/ja.md:10: テラフォーム',
      '/ko.md:3: 테라폼',
      '/ko.md:5: 테라폼',
    ]);
  });

  test('a tool: its name inside the name of a part of it ("Vault Agent", "HashiCorp Vault Secrets Operator")', () => {
    check(
      `
      //- /a.md
      # HUG Seoul
      - $0Vault policies; Vault Agent Injector; HashiCorp Vault Secrets Operator
      `,
      ['/a.md:2: Vault', '/a.md:2: Vault', '/a.md:2: HashiCorp Vault'],
    );
  });

  test('a talk: its title and every wiki link, markdown link and timetable line', () => {
    check(NOTES.replace('Stacks in Practice - Miguel', 'Stacks in$0 Practice - Miguel'), [
      '/en.md:5: Terraform Stacks in Practice - Miguel Ortega (Fernhill Logistics)',
      '/ko.md:5: [[HashiConf 2024#Terraform Stacks in Practice]]',
      '/todo.md:2: [[Terraform Stacks in Practice]]',
      '/todo.md:2: [notes](en.md#terraform-stacks-in-practice---miguel-ortega-fernhill-logistics)',
    ]);
    check(
      NOTES.replace('19:05-19:35 テラ', '19:05-19:35 テ$0ラ'),
      ['/ja.md:6: テラフォームのstateを分割した話', '/ja.md:8: テラフォームのstateを分割した話'],
    );
  });

  test('without the declaration, only the references', () => {
    check(NOTES.replace('[[Terraform Stacks in Practice]] and', '[[Terraform Stacks$0 in Practice]] and'), [
      '/ko.md:5: [[HashiConf 2024#Terraform Stacks in Practice]]',
      '/todo.md:2: [[Terraform Stacks in Practice]]',
      '/todo.md:2: [notes](en.md#terraform-stacks-in-practice---miguel-ortega-fernhill-logistics)',
    ], false);
  });

  test("a user's tool: its entry in the tool file in its place among the mentions, when the declaration is wanted", () => {
    const src = `
      //- /b.md
      # Ops Night
      ## Shipping with ShipIt
      - ShipIt runs the deploys.
      //- /.infranotes/tools.yaml
      tools:
        - id: shipit
          name: ShipIt
      //- /a.md
      # Deploy Day
      - Ship$0It again.
    `;
    check(src, ['/.infranotes/tools.yaml:2:   - id: shipit', '/a.md:2: ShipIt', '/b.md:2: ShipIt', '/b.md:3: ShipIt']);
    check(src, ['/a.md:2: ShipIt', '/b.md:2: ShipIt', '/b.md:3: ShipIt'], false);
  });

  test('a tool: the answer follows edits, and mentions kept out of order come sorted, one per place', () => {
    const f = fixture(NOTES);
    const uri = f.uri('/en.md');
    const at = { line: 5, character: 33 };
    const added = f.uri('/new.md');
    const inNew = () => references(f.ctx, uri, at).filter((l) => l.uri === added).map((l) => [l.range.start.line, l.range.start.character]);
    const before = references(f.ctx, uri, at).length;
    assert.ok(before > 0);
    assert.deepEqual(inNew(), []);
    // An edit: one more mention, in a note of its own.
    f.ctx.updateNote({ uri: added, text: '# Infra Day\n- Terraform again.\n' });
    assert.deepEqual(inNew(), [[1, 2]]);
    assert.equal(references(f.ctx, uri, at).length, before + 1);
    // A note whose mentions are kept in another order, one of them twice.
    const note = f.ctx.index.note(added)!;
    const m = [...note.mentions];
    f.ctx.putNote({ ...note, mentions: [m[0], { ...m[0], range: { start: { line: 0, character: 2 }, end: { line: 0, character: 7 } } }, m[0]] }, []);
    assert.deepEqual(inNew(), [[0, 2], [1, 2]]);
    f.ctx.removeNote(added);
    assert.deepEqual(inNew(), []);
    assert.equal(references(f.ctx, uri, at).length, before);
  });

  test('a speaker: their talks', () => {
    check(NOTES.replace('登壇者: 高橋', '登壇者: 高$0橋'), ['/ja.md:8: テラフォームのstateを分割した話']);
  });

  test("a tool's references as JSON bytes: exactly JSON.stringify's text of the locations", () => {
    const text = (b: Uint8Array | unknown) => (b instanceof Uint8Array ? new TextDecoder().decode(b) : assert.fail('not bytes'));
    const f = fixture(NOTES + '\n  //- /dir with space/é.md\n  # Ünïcode Day\n  - Terraform on line one, terraform twice.\n');
    const { index } = f.ctx;
    const same = (toolId: string, declaration = true) => assert.equal(text(toolReferencesJson(index, toolId, declaration)), JSON.stringify(toolReferences(index, toolId, declaration)), toolId);
    same('terraform');
    same('terraform', false);
    same('no-such-tool');
    // Through a position, as the server asks: the bytes for a tool, locations for anything else.
    const uri = f.uri('/en.md');
    const at = { line: 5, character: 33 };
    assert.equal(text(referencesOrJson(f.ctx, uri, at)), JSON.stringify(references(f.ctx, uri, at)));
    assert.ok(Array.isArray(referencesOrJson(f.ctx, uri, { line: 5, character: 6 })));
    // After an edit: the new mention is in.
    const before = JSON.parse(text(toolReferencesJson(index, 'terraform', true))).length;
    f.ctx.updateNote({ uri: f.uri('/new.md'), text: '# Infra Day\n- Terraform again.\n' });
    assert.equal(JSON.parse(text(toolReferencesJson(index, 'terraform', true))).length, before + 1);
    same('terraform');
    // A URI spelt with characters beyond ASCII (written as UTF-8), quotes and backslashes; lines of six digits.
    f.ctx.updateNote({ uri: 'file:///노트/テスト "q" \\ é.md', text: '# Infra Day\n' + '\n'.repeat(123_456) + '- Terraform at last, terraform.\n' });
    same('terraform');
    const json = text(toolReferencesJson(index, 'terraform', true));
    assert.ok(json.includes('노트/テスト \\"q\\" \\\\ é.md","range":{"start":{"line":123457,"character":2}'), json);
    // A note whose mentions are kept out of order, one of them twice: sorted, one per place, as the locations are.
    const note = index.note(f.uri('/new.md'))!;
    const m = [...note.mentions];
    f.ctx.putNote({ ...note, mentions: [m[0], { ...m[0], range: { start: { line: 0, character: 2 }, end: { line: 0, character: 7 } } }, m[0]] }, []);
    same('terraform');
    assert.ok(text(toolReferencesJson(index, 'terraform', true)).includes(`"uri":${JSON.stringify(f.uri('/new.md'))},"range":{"start":{"line":0,"character":2}`));
  });

  test("a user's tool as JSON bytes: its entry in the tool file in its place", () => {
    const f = fixture(`
      //- /b.md
      # Ops Night
      - ShipIt runs the deploys.
      //- /.infranotes/tools.yaml
      tools:
        - id: shipit
          name: ShipIt
      //- /a.md
      # Deploy Day
      - ShipIt again.
    `);
    const { index } = f.ctx;
    for (const declaration of [true, false]) {
      const bytes = toolReferencesJson(index, 'shipit', declaration);
      assert.equal(new TextDecoder().decode(bytes), JSON.stringify(toolReferences(index, 'shipit', declaration)));
    }
    assert.equal(JSON.parse(new TextDecoder().decode(toolReferencesJson(index, 'shipit', true))).length, 3);
  });
});
