import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { LatencyTrace } from '../../server/src/node/latency-trace';

test('a latency trace line says when its message came on the wall clock (origin + received), to be set beside a client', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'infranotes-latency-'));
  try {
    const file = path.join(dir, 'trace.jsonl');
    const exitListeners = process.listeners('exit');
    const trace = new LatencyTrace(file);
    // It writes at exit: not into a folder this test removes.
    for (const l of process.listeners('exit')) if (!exitListeners.includes(l)) process.off('exit', l);
    const before = Date.now();
    trace.read({ method: 'textDocument/hover', id: 1 });
    const after = Date.now();
    trace.answered(1);
    (trace as unknown as { flush(): void }).flush();
    const [line] = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { method: string; origin: number; received: number; ms: number });
    assert.equal(line.method, 'textDocument/hover');
    assert.equal(typeof line.origin, 'number');
    // performance.timeOrigin is a wall-clock time with sub-millisecond parts; the line's times are rounded to 0.01 ms.
    const at = line.origin + line.received;
    assert.ok(at >= before - 1 && at <= after + 1, `${at} not within ${before}..${after}`);
    assert.ok(line.ms >= 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a collection reported after the answer it delayed is that answer\'s, and the trace ends with the memory by heap space', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'infranotes-latency-'));
  try {
    const file = path.join(dir, 'trace.jsonl');
    const exitListeners = process.listeners('exit');
    const trace = new LatencyTrace(file);
    for (const l of process.listeners('exit')) if (!exitListeners.includes(l)) process.off('exit', l);
    trace.read({ method: 'textDocument/didChange' });
    trace.read({ method: 'textDocument/hover', id: 1 });
    const during = performance.now();
    trace.answered(1);
    // As the collection observer does: the entry comes once the handler has returned.
    trace.slice('gc4', during - 0.5, during - 0.1);
    trace.read({ method: 'textDocument/hover', id: 2 });
    trace.answered(2);
    (trace as unknown as { flush(): void }).flush();
    const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { method?: string; during?: [string, number, number][]; memory?: { rss: number; spaces: Record<string, [number, number]> } });
    const hovers = lines.filter((l) => l.method === 'textDocument/hover');
    assert.deepEqual(hovers.map((l) => (l.during ?? []).map(([what]) => what)), [['gc4'], []]);
    const memory = lines.at(-1)?.memory;
    assert.ok(memory && memory.rss > 0 && memory.spaces.old_space[0] > 0, JSON.stringify(lines.at(-1)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
