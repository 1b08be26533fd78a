// After a whole index, every tool's card and definition is made at once, after the requests
// already waiting and without waiting for the client to be quiet: a client asking one thing after
// another would otherwise leave each tool's first card to its first hover (several milliseconds for
// a much mentioned tool). The server's latency trace names the work each request waited for.
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

test('after the first index, the tool answers run before a whole-index request that comes next', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'infranotes-trace-'));
  const traceFile = path.join(dir, 'trace.jsonl');
  process.env.INFRANOTES_LATENCY_TRACE = traceFile;
  let c: LspClient | undefined;
  try {
    c = await LspClient.start({ root: samplesDir });
    // Said in the same turn that queues the tool answers.
    await c.waitIndexed();
    const symbols = await c.request<unknown[]>('workspace/symbol', { query: 'terraform' });
    assert.ok(symbols.length > 0);
  } finally {
    delete process.env.INFRANOTES_LATENCY_TRACE;
    await c?.stop();
  }
  try {
    const lines = readFileSync(traceFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as TraceLine);
    const spans = (lines.find((l) => l.method === 'workspace/symbol')?.during ?? []).map(([what]) => what);
    const answers = spans.indexOf('request (tool answers)');
    assert.ok(answers >= 0, `the symbol request waited for: ${spans.join(', ')}`);
    // Not left for a quiet moment after it.
    assert.ok(!spans.some((s) => s.startsWith('background') && s.includes('tools')), spans.join(', '));
    assert.ok(answers < spans.lastIndexOf('request'), spans.join(', '));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
