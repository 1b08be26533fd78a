// The extraction workers: results equal extraction on this thread, idle workers are stopped (each
// keeps a heap of its own) and start again for the next run.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { Catalog } from '../../server/src/core/catalog/catalog';
import { isFlatHeadings, unflattenHeadings } from '../../server/src/core/features/context';
import { storedNote } from '../../server/src/core/mentions';
import { ExtractPool, ResultPacker, WORKER_MAX_NOTE_BYTES, packResults, unpackResults, type ExtractJob, type ExtractResult } from '../../server/src/node/extract-pool';
import { extractFileSync } from '../../server/src/node/extract-worker';
import { indexFolder } from '../../server/src/node/folder';

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
    // Headings that crossed threads are flat: compared as objects.
    const headings = (r: ExtractResult) => (r.headings && isFlatHeadings(r.headings) ? unflattenHeadings(r.headings) : r.headings);
    const strip = (rs: ExtractResult[]) => JSON.stringify(rs.map((r) => [r.uri, r.size, r.mtimeMs, r.hash, headings(r), r.note && storedNote(r.note), r.skipped]));
    const expected = strip(inline);
    assert.equal(strip(await run(pool)), expected);
    await stopped;
    // A run after the workers stopped starts them again.
    assert.equal(strip(await run(pool)), expected);
    await pool.close();
  });

  test('results packed one at a time as they are made cross as the same batches as packed together', () => {
    const catalog = Catalog.builtin();
    const results: ExtractResult[] = [...jobs.map((j) => extractFileSync(j, catalog, 1 << 20)), { uri: 'file:///gone.md', skipped: 'deleted before it could be read', gone: true }];
    const packer = new ResultPacker();
    for (const batch of [results.slice(0, 2), results.slice(2)]) {
      for (const r of batch) packer.add(r);
      assert.equal(packer.count, batch.length);
      const packed = packer.take();
      // A take starts the next batch afresh: its JSON and numbers hold only its own results.
      assert.equal(packer.count, 0);
      const together = packResults(batch);
      assert.equal(packed.json, together.json);
      assert.deepEqual(packed.numbers, together.numbers);
      const strip = (rs: ExtractResult[]) => rs.map((r) => [r.uri, r.skipped, r.note && storedNote(r.note).mentions.toJSON(), r.note?.events]);
      assert.deepEqual(strip(unpackResults(packed)), strip(batch));
    }
  });

  test('after a run, workers stop at once, not after the long idle time of prestarted ones', { timeout: 15_000 }, async () => {
    if (!ExtractPool.available()) return assert.fail('the worker script is missing: build first');
    const pool = new ExtractPool(1, 10 * 60_000);
    const stopped = new Promise<number>((resolve) => (pool.onIdleStop = () => resolve(performance.now())));
    await run(pool);
    const ran = performance.now();
    // The test's own timeout (15 s) is far below the pool's idle time (10 min).
    const at = await stopped;
    assert.ok(at - ran < 10_000, `stopped ${Math.round(at - ran)} ms after the run`);
    await pool.close();
  });

  test('a worker out of jobs stops while the others finish the run; the next run starts it again', { timeout: 30_000 }, async () => {
    if (!ExtractPool.available()) return assert.fail('the worker script is missing: build first');
    const pool = new ExtractPool(2, 10 * 60_000);
    let stoppedEarly = 0;
    let stoppedAtEnd = 0;
    pool.onWorkerStop = () => stoppedEarly++;
    for (let round = 1; round <= 2; round++) {
      const results = await run(pool);
      if (round === 1) stoppedAtEnd = stoppedEarly;
      assert.equal(results.length, jobs.length);
    }
    // Of two workers, the first to say it is done is stopped at once, in every run: the last one ends the run.
    assert.equal(stoppedAtEnd, 1);
    assert.equal(stoppedEarly, 2);
    await pool.close();
  });

  test('a note too large for a worker\'s capped heap is left to the caller, which extracts it', { timeout: 60_000 }, async () => {
    if (!ExtractPool.available()) return assert.fail('the worker script is missing: build first');
    const folder = mkdtempSync(path.join(dir, 'big-'));
    for (let i = 0; i < 40; i++) writeFileSync(path.join(folder, `small-${i}.md`), TEXTS[i % TEXTS.length]);
    // Over the workers' limit, under the default file size limit (10 MB).
    const line = '- Terraform와 Vault 이야기, テラフォームの話, and some more words about Kubernetes.\n';
    const big = path.join(folder, 'big.md');
    writeFileSync(big, '# Big Meetup 2024\n\n## A Very Long Talk - Jane Doe, Acme\n\n' + line.repeat(Math.ceil((WORKER_MAX_NOTE_BYTES * 1.2) / Buffer.byteLength(line))));
    const bigJob: ExtractJob = { file: big, uri: pathToFileURL(big).href, plainText: false };

    const pool = new ExtractPool(1);
    const results: ExtractResult[] = [];
    await pool.run([bigJob, ...jobs], [], 10 << 20, (r) => results.push(...r));
    await pool.close();
    assert.deepEqual(results.map((r) => r.uri).sort(), jobs.map((j) => j.uri).sort(), 'the workers give no result for the big note');

    // The command line (more notes than the workers' threshold) extracts it on its own thread.
    const indexed = await indexFolder(folder);
    const note = indexed.index.note(bigJob.uri);
    assert.ok(note, 'the big note is indexed');
    assert.equal(note.events[0]?.talks[0]?.title, 'A Very Long Talk');
    assert.ok(note.mentions.length > 10_000, `mentions: ${note.mentions.length}`);
  });
});

