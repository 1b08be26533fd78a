// Large answers over stdio: a tool's references (hundreds of KB here, megabytes on a large
// workspace) are written from one array the server reuses once an answer is written. Asked back
// to back, an answer still being written (the pipe holds 64 KB) must keep its own bytes.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { LspClient } from '../support/lsp-client';

type Location = { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } };

/** A note whose talk mentions Consul and Vault on every line of its body, and one more note mentioning Terraform as often. */
function writeWorkspace(root: string, lines: number): void {
  mkdirSync(path.join(root, '2024'), { recursive: true });
  const body = (tools: string) => Array.from({ length: lines }, (_, i) => `- ${tools} 노트 ${i} テスト`).join('\n');
  writeFileSync(path.join(root, '2024', 'big-meetup.md'), `# Big Meetup 2024\n\n## Service Mesh at Scale - Jane Doe, Acme\n\n${body('Consul과 Vault를')}\n`);
  writeFileSync(path.join(root, '2024', 'other-meetup.md'), `# Other Meetup 2024\n\n## Modules Everywhere - John Roe, Initech\n\n${body('Terraform으로')}\n`);
}

describe('large references answers over stdio', () => {
  let root: string;
  let c: LspClient;
  const LINES = 4000;
  before(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'infranotes-large-answers-'));
    writeWorkspace(root, LINES);
    c = await LspClient.start({ root });
    await c.waitIndexed();
  });
  after(async () => {
    await c?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  const referencesAt = (rel: string, line: number, character: number) =>
    c.request<Location[]>('textDocument/references', { textDocument: { uri: c.uri(rel) }, position: { line, character }, context: { includeDeclaration: true } });
  // "- Consul과 Vault를 …": Consul at 2, Vault at 10; "- Terraform으로 …": Terraform at 2.
  const asks = [
    { tool: 'consul', rel: '2024/big-meetup.md', character: 3 },
    { tool: 'vault', rel: '2024/big-meetup.md', character: 11 },
    { tool: 'terraform', rel: '2024/other-meetup.md', character: 3 },
  ];

  // A broken answer can leave the client waiting for bytes that never come: fail, do not hang.
  test('references asked back to back each get their own tool, byte for byte as when asked alone', { timeout: 60_000 }, async () => {
    const alone: Location[][] = [];
    for (const a of asks) alone.push(await referencesAt(a.rel, 4, a.character));
    for (const [i, a] of asks.entries()) {
      assert.equal(alone[i].length, LINES, `${a.tool}: one location per line`);
      assert.ok(alone[i].every((l) => l.uri === c.uri(a.rel)), a.tool);
    }
    assert.equal(alone[1][0].range.start.character, 10);
    // Several rounds, each sent before any answer is read: later answers are made while earlier ones are still being written.
    for (let round = 0; round < 3; round++) {
      const together = await Promise.all([...asks, ...asks].map((a, k) => referencesAt(a.rel, 4 + ((k + round) % 50), a.character)));
      for (const [k, got] of together.entries()) assert.deepEqual(got, alone[k % asks.length], `round ${round}, ask ${k} (${asks[k % asks.length].tool})`);
    }
  });
});
