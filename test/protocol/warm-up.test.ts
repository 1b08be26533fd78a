// When the server warms up its own extractor (node/warm-up.ts) and its search: once per process,
// in background slices once the first index is complete (begun during a cold index, the
// extractor's took CPU from the workers).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { LspClient } from '../support/lsp-client';

/** A workspace of `count` short notes in en/ko/ja. */
function workspaceOf(count: number): string {
  const root = mkdtempSync(path.join(tmpdir(), 'infranotes-warm-up-'));
  const notes = [
    (i: number) => `# Platform Night ${i}\nDate: March 5, 2024\n\n## Scaling Terraform ${i} - Jane Doe (Acme)\n- Terraform and Vault.\n`,
    (i: number) => `# 인프라 밋업 ${i}회\n- 일시: 2024년 4월 13일\n\n## 테라폼 모듈 ${i} - 김철수 (카카오)\n- 테라폼을 쓴다.\n`,
    (i: number) => `# インフラ勉強会 #${i}\n日時: 2024年5月22日\n\n## テラフォーム入門 ${i} - 佐々木 一郎 (サンプル)\n- テラフォームで作った。\n`,
  ];
  for (let i = 0; i < count; i++) {
    const folder = path.join(root, `f${i % 10}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `note-${i}.md`), notes[i % notes.length](i));
  }
  return root;
}

/** The first log line matching `pattern` of a server over `count` notes, where it came and where progress first ended (LspClient.orderOf). */
async function warmUpLog(count: number, pattern: RegExp): Promise<{ message: string; loggedAt: number; endedAt: number }> {
  const root = workspaceOf(count);
  const c = await LspClient.start({ root });
  try {
    const logged = await c.waitForNotification('window/logMessage', (p) => pattern.test(p.message));
    await c.waitIndexed();
    const { at: loggedAt, progressEnd: endedAt } = c.orderOf(logged);
    return { message: logged.message, loggedAt, endedAt };
  } finally {
    await c.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

describe('warm-up of the extractor', () => {
  for (const count of [30, 2000]) {
    test(`${count} notes: once the index is made, in background slices`, async () => {
      const { message, loggedAt, endedAt } = await warmUpLog(count, /warm-up of the extractor: \d+ extractions/);
      assert.match(message, /warm-up of the extractor: [1-9]\d* extractions in \d+ ms$/);
      assert.ok(endedAt >= 0 && loggedAt > endedAt, `warm-up logged at ${loggedAt}, progress ended at ${endedAt}`);
    });
  }
});

describe('warm-up of the search', () => {
  test('once the index is complete, over it, in background slices', async () => {
    const { message, loggedAt, endedAt } = await warmUpLog(30, /warm-up of the search: /);
    // Its queries name Terraform in three scripts: the notes' talks are found.
    const found = Number(/(\d+) symbols/.exec(message)?.[1]);
    assert.ok(found > 0, message);
    assert.ok(endedAt >= 0 && loggedAt > endedAt, `logged at ${loggedAt}, progress ended at ${endedAt}`);
  });
});
