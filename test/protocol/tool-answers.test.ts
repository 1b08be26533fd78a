// After a whole index, every tool's card and definition and the search table are made before the
// index is said complete (the end of its progress, indexStatus, indexChanged): the first
// whole-index request after "complete" waited for all of them (1.4-2 s after a 10k warm start).
// They run at request priority, a slice at a time, without waiting for the client to be quiet.
// The server's latency trace names the work each answer came after.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { LspClient } from '../support/lsp-client';
import { samplesDir } from '../support/paths';

interface TraceLine {
  method: string;
  during?: Array<[string, number, number]>;
}

const AFTER_INDEX = ['request (tool answers)', 'request (search table)'];

test('the tool answers and the search table are made before the end of the indexing progress', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'infranotes-trace-'));
  const traceFile = path.join(dir, 'trace.jsonl');
  process.env.INFRANOTES_LATENCY_TRACE = traceFile;
  let c: LspClient | undefined;
  let status: { indexing: boolean; notes: number };
  let complete: { indexing: boolean };
  try {
    c = await LspClient.start({ root: samplesDir });
    await c.waitForNotification('$/progress', (p) => p.value.kind === 'end');
    // Asked the moment the end is seen: the server says whether answers come now.
    status = await c.request('infranotes/indexStatus');
    complete = await c.waitIndexed();
    const symbols = await c.request<unknown[]>('workspace/symbol', { query: 'terraform' });
    assert.ok(symbols.length > 0);
    // indexChanged said "not indexing" only after the end of progress.
    const end = c.received.findIndex((r) => r.method === '$/progress' && r.params.value.kind === 'end');
    const notIndexing = c.received.findIndex((r) => r.method === 'infranotes/indexChanged' && r.params.indexing === false && r.params.notes > 0);
    assert.ok(end >= 0 && notIndexing > end, `progress end at ${end}, indexChanged (not indexing) at ${notIndexing}`);
  } finally {
    delete process.env.INFRANOTES_LATENCY_TRACE;
    await c?.stop();
  }
  try {
    assert.equal(status.indexing, false);
    assert.ok(status.notes > 0);
    assert.equal(complete.indexing, false);
    const lines = readFileSync(traceFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as TraceLine);
    const spans = (l: TraceLine | undefined) => (l?.during ?? []).map(([what]) => what);
    const statusAt = lines.findIndex((l) => l.method === 'infranotes/indexStatus');
    const before = lines.slice(0, statusAt + 1).flatMap(spans);
    // Made at request priority, not left for quiet moments.
    for (const name of AFTER_INDEX) assert.ok(before.includes(name), `before the end of progress: ${[...new Set(before)].join(', ')}`);
    assert.ok(!before.some((s) => s.startsWith('background') && (s.includes('tools') || s.includes('search'))), [...new Set(before)].join(', '));
    // Nothing of that work was left for the first request after the end.
    const symbolSpans = spans(lines.find((l, i) => i > statusAt && l.method === 'workspace/symbol'));
    assert.ok(!symbolSpans.some((s) => AFTER_INDEX.includes(s)), `the symbol request waited for: ${symbolSpans.join(', ')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
