// The extraction workers: results equal extraction on this thread, idle workers are stopped (each
// keeps a heap of its own) and start again for the next run.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { Catalog } from '../../server/src/core/catalog/catalog';
import { storedNote } from '../../server/src/core/mentions';
import { ExtractPool, type ExtractJob, type ExtractResult } from '../../server/src/node/extract-pool';
import { extractFileSync } from '../../server/src/node/extract-worker';

const TEXTS = [
  '# KubeCon 2024\n\n## eBPF and Cilium - Jane Doe, Isovalent\n\nCilium replaces kube-proxy.\n',
  '# 쿠버네티스 밋업\n\n## 테라폼 모듈 설계 - 김민수 (토스)\n\n테라폼을 쓰고 Vault를 붙였다.\n',
  '# インフラ勉強会\n\n## Packer と Ansible - 佐藤 花子（メルカリ）\n\nテラフォームとPackerの比較。\n',
];

describe('extraction workers', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'infranotes-pool-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const jobs: ExtractJob[] = TEXTS.map((text, i) => {
    const file = path.join(dir, `note-${i}.md`);
    writeFileSync(file, text);
    return { file, uri: pathToFileURL(file).href, plainText: false };
  });
  const run = async (pool: ExtractPool) => {
    const results: ExtractResult[] = [];
    await pool.run(jobs, [], 1 << 20, (r) => results.push(...r));
    return results.sort((a, b) => a.uri.localeCompare(b.uri));
  };

  test('give what extraction on this thread gives, stop when idle and start again', { timeout: 30_000 }, async () => {
    if (!ExtractPool.available()) return assert.fail('the worker script is missing: build first');
    const pool = new ExtractPool(1, 20);
    const stopped = new Promise<void>((resolve) => (pool.onIdleStop = resolve));
    const catalog = Catalog.builtin();
    const inline = jobs.map((j) => extractFileSync(j, catalog, 1 << 20));
    // Field by field, in one order (results that crossed threads list their fields in another).
    const strip = (rs: ExtractResult[]) => JSON.stringify(rs.map((r) => [r.uri, r.size, r.mtimeMs, r.hash, r.headings, r.note && storedNote(r.note), r.skipped]));
    const expected = strip(inline);
    assert.equal(strip(await run(pool)), expected);
    await stopped;
    // A run after the workers stopped starts them again.
    assert.equal(strip(await run(pool)), expected);
    await pool.close();
  });
});
