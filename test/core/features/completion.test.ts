// Completion inside [[ ]], in front-matter tool lists, and in the user's tool file.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { completion } from '../../../server/src/core/features/completion';
import { fixture, needCursor } from '../../support/fixture';

/** The only caller of completion(): the first labels, and the text the first item would leave on the line. */
function check(src: string, expected: { labels: string[]; firstLine?: string; all?: boolean }): void {
  const f = fixture(src);
  const { uri, position } = needCursor(f);
  const { items } = completion(f.ctx, uri, position);
  const labels = items.map((i) => i.label);
  assert.deepEqual(expected.all ? labels : labels.slice(0, expected.labels.length), expected.labels);
  if (expected.firstLine !== undefined) {
    const path = [...f.files.keys()].find((p) => f.uri(p) === uri)!;
    const line = f.files.get(path)!.split('\n')[position.line];
    const e = items[0].textEdit;
    assert.equal(e.range.start.line, position.line);
    assert.equal(line.slice(0, e.range.start.character) + e.newText + line.slice(e.range.end.character), expected.firstLine);
  }
}

const NOTES = `
  //- /en.md
  ---
  title: HashiConf 2024
  date: 2024-10-15
  ---
  ## Vault at Scale - Dana Whitfield (Northwind Bank)
  - notes
  ## Terraform Stacks in Practice - Miguel Ortega (Fernhill Logistics)
  - notes
  //- /ja.md
  ---
  event: HUG Tokyo #18
  date: 2024-05-22
  ---
  ## テラフォームのstateを分割した話
  登壇者: 高橋 誠 (株式会社フジミネ)
  - Terraformの話
`;

describe('completion after [[', () => {
  test('offers events and talks, newest first among equals', () => {
    check(NOTES + '//- /todo.md\n# TODO\n- see [[$0\n', {
      labels: ['HashiConf 2024', 'HUG Tokyo #18', 'Terraform Stacks in Practice', 'Vault at Scale', 'テラフォームのstateを分割した話'],
      all: true,
      firstLine: '- see [[HashiConf 2024]]',
    });
  });

  test('filters by what was typed, in any script', () => {
    check(NOTES + '//- /todo.md\n# TODO\n- see [[テラ$0]]\n', { labels: ['テラフォームのstateを分割した話'], all: true, firstLine: '- see [[テラフォームのstateを分割した話]]' });
  });

  test('[[Event# completes the talks of that event', () => {
    check(NOTES + '//- /todo.md\n# TODO\n- see [[HashiConf 2024#$0\n', {
      labels: ['Terraform Stacks in Practice', 'Vault at Scale'],
      all: true,
      firstLine: '- see [[HashiConf 2024#Terraform Stacks in Practice]]',
    });
  });

  test('an event name with a # is still completed while typed', () => {
    check(NOTES + '//- /todo.md\n# TODO\n- see [[HUG Tokyo #1$0\n', { labels: ['HUG Tokyo #18'], firstLine: '- see [[HUG Tokyo #18]]' });
  });

  test('nothing outside [[ ]]', () => {
    check(NOTES + '//- /todo.md\n# TODO\n- see [[Vault at Scale]] and $0\n', { labels: [], all: true });
  });
});

describe('completion of tool names', () => {
  test('in a front-matter tools: list, the notes\' tools first, listed ones left out', () => {
    check(NOTES + '//- /new.md\n---\ntitle: New\ntools: [Vault, Terr$0]\n---\n', { labels: ['Terraform'], firstLine: 'tools: [Vault, Terraform]' });
  });

  test('typed in Korean', () => {
    check(NOTES + '//- /new.md\n---\ntitle: New\ntools:\n  - 테라$0\n---\n', { labels: ['Terraform'], firstLine: '  - Terraform' });
  });

  test('ids and categories in the tool file', () => {
    check('//- /.infranotes/tools.yaml\ntools:\n  - id: terra$0\n', { labels: ['terraform'], firstLine: '  - id: terraform' });
    check('//- /.infranotes/tools.yaml\ntools:\n  - id: shipit\n    category: ci$0\n', { labels: ['ci-cd'], firstLine: '    category: ci-cd' });
  });
});
