import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { LatencyTrace } from '../../server/src/node/latency-trace';

/** A trace into a folder of its own, whose lines `use` gets once it has written them (as it would at exit). */
function withTrace(use: (trace: LatencyTrace) => void): Array<Record<string, any>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'infranotes-latency-'));
  try {
    const file = path.join(dir, 'trace.jsonl');
    const exitListeners = process.listeners('exit');
    const trace = new LatencyTrace(file);
    // It writes at exit: not into a folder this test removes.
    for (const l of process.listeners('exit')) if (!exitListeners.includes(l)) process.off('exit', l);
    use(trace);
    (trace as unknown as { flush(): void }).flush();
    return readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, any>);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a latency trace line says when its message came on the wall clock (origin + received), to be set beside a client', () => {
  let before = 0;
  let after = 0;
  const [line] = withTrace((trace) => {
    before = Date.now();
    trace.read({ method: 'textDocument/hover', id: 1 });
    after = Date.now();
    trace.answered(1);
  });
  assert.equal(line.method, 'textDocument/hover');
  assert.equal(typeof line.origin, 'number');
  // performance.timeOrigin is a wall-clock time with sub-millisecond parts; the line's times are rounded to 0.01 ms.
  const at = line.origin + line.received;
  assert.ok(at >= before - 1 && at <= after + 1, `${at} not within ${before}..${after}`);
  assert.ok(line.ms >= 0);
});

test('a collection reported after the answer it delayed is that answer\'s, and the trace ends with the memory by heap space', () => {
  const lines = withTrace((trace) => {
    trace.read({ method: 'textDocument/didChange' });
    trace.read({ method: 'textDocument/hover', id: 1 });
    const during = performance.now();
    trace.answered(1);
    // As the collection observer does: the entry comes once the handler has returned.
    trace.slice('gc4', during - 0.5, during - 0.1);
    trace.read({ method: 'textDocument/hover', id: 2 });
    trace.answered(2);
  });
  const hovers = lines.filter((l) => l.method === 'textDocument/hover');
  assert.deepEqual(hovers.map((l) => (l.during ?? []).map(([what]: [string]) => what)), [['gc4'], []]);
  const memory = lines.at(-1)?.memory;
  assert.ok(memory && memory.rss > 0 && memory.spaces.old_space[0] > 0, JSON.stringify(lines.at(-1)));
});
