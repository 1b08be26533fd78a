"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
// Completion inside [[ ]], in front-matter tool lists, and in the user's tool file.
const strict_1 = __importDefault(require("node:assert/strict"));
const node_test_1 = require("node:test");
const completion_1 = require("../../../server/src/core/features/completion");
const fixture_1 = require("../../support/fixture");
/** The only caller of completion(): the first labels, and the text the first item would leave on the line. */
function check(src, expected) {
    const f = (0, fixture_1.fixture)(src);
    const { uri, position } = (0, fixture_1.needCursor)(f);
    const { items } = (0, completion_1.completion)(f.ctx, uri, position);
    const labels = items.map((i) => i.label);
    strict_1.default.deepEqual(expected.all ? labels : labels.slice(0, expected.labels.length), expected.labels);
    if (expected.firstLine !== undefined) {
        const path = [...f.files.keys()].find((p) => f.uri(p) === uri);
        const line = f.files.get(path).split('\n')[position.line];
        const e = items[0].textEdit;
        strict_1.default.equal(e.range.start.line, position.line);
        strict_1.default.equal(line.slice(0, e.range.start.character) + e.newText + line.slice(e.range.end.character), expected.firstLine);
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
(0, node_test_1.describe)('completion after [[', () => {
    (0, node_test_1.test)('offers events and talks, newest first among equals', () => {
        check(NOTES + '//- /todo.md\n# TODO\n- see [[$0\n', {
            labels: ['HashiConf 2024', 'HUG Tokyo #18', 'Terraform Stacks in Practice', 'Vault at Scale', 'テラフォームのstateを分割した話'],
            all: true,
            firstLine: '- see [[HashiConf 2024]]',
        });
    });
    (0, node_test_1.test)('filters by what was typed, in any script', () => {
        check(NOTES + '//- /todo.md\n# TODO\n- see [[テラ$0]]\n', { labels: ['テラフォームのstateを分割した話'], all: true, firstLine: '- see [[テラフォームのstateを分割した話]]' });
    });
    (0, node_test_1.test)('[[Event# completes the talks of that event', () => {
        check(NOTES + '//- /todo.md\n# TODO\n- see [[HashiConf 2024#$0\n', {
            labels: ['Terraform Stacks in Practice', 'Vault at Scale'],
            all: true,
            firstLine: '- see [[HashiConf 2024#Terraform Stacks in Practice]]',
        });
    });
    (0, node_test_1.test)('an event name with a # is still completed while typed', () => {
        check(NOTES + '//- /todo.md\n# TODO\n- see [[HUG Tokyo #1$0\n', { labels: ['HUG Tokyo #18'], firstLine: '- see [[HUG Tokyo #18]]' });
    });
    (0, node_test_1.test)('nothing outside [[ ]]', () => {
        check(NOTES + '//- /todo.md\n# TODO\n- see [[Vault at Scale]] and $0\n', { labels: [], all: true });
    });
});
(0, node_test_1.describe)('completion of tool names', () => {
    (0, node_test_1.test)('in a front-matter tools: list, the notes\' tools first, listed ones left out', () => {
        check(NOTES + '//- /new.md\n---\ntitle: New\ntools: [Vault, Terr$0]\n---\n', { labels: ['Terraform'], firstLine: 'tools: [Vault, Terraform]' });
    });
    (0, node_test_1.test)('typed in Korean', () => {
        check(NOTES + '//- /new.md\n---\ntitle: New\ntools:\n  - 테라$0\n---\n', { labels: ['Terraform'], firstLine: '  - Terraform' });
    });
    (0, node_test_1.test)('ids and categories in the tool file', () => {
        check('//- /.infranotes/tools.yaml\ntools:\n  - id: terra$0\n', { labels: ['terraform'], firstLine: '  - id: terraform' });
        check('//- /.infranotes/tools.yaml\ntools:\n  - id: shipit\n    category: ci$0\n', { labels: ['ci-cd'], firstLine: '    category: ci-cd' });
    });
});
//# sourceMappingURL=completion.test.js.map