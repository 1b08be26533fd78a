import { execFileSync } from 'node:child_process';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { collectGarbage, growthPercent, HEAP_GROWTH_PERCENT } from '../../server/src/node/heap';

describe('heap growth', () => {
  test('the setting: a whole percent from 10 to 300, off, or the default', () => {
    assert.equal(growthPercent(undefined), HEAP_GROWTH_PERCENT);
    assert.equal(growthPercent(''), HEAP_GROWTH_PERCENT);
    assert.equal(growthPercent('50'), 50);
    assert.equal(growthPercent('off'), null);
    assert.equal(growthPercent('0'), null);
    assert.equal(growthPercent('5'), HEAP_GROWTH_PERCENT);
    assert.equal(growthPercent('12.5'), HEAP_GROWTH_PERCENT);
    assert.equal(growthPercent('lots'), HEAP_GROWTH_PERCENT);
  });

  /** The factors V8 sets its old-generation limits by, in a process that calls limitHeapGrowth after its first full collection. */
  function factors(setting: string): { before: string[]; after: string[] } {
    const heapModule = path.resolve(__dirname, '../../server/src/node/heap.js');
    // A process of its own: V8 prints each new limit and its factor under --trace-gc-verbose.
    const script = `
      const { limitHeapGrowth } = require(${JSON.stringify(heapModule)});
      const kept = [];
      const churn = () => { let young = []; for (let i = 0; i < 3e5; i++) { const o = { i, s: 'x' + i }; young.push(o); if (i % 8 === 0) kept.push(o); if (young.length > 5e4) young = []; } };
      churn();
      gc();
      console.log('LIMITED ' + limitHeapGrowth({ INFRANOTES_HEAP_GROWTH: ${JSON.stringify(setting)} }));
      churn();
      gc();
    `;
    const out = execFileSync(process.execPath, ['--expose-gc', '--trace-gc-verbose', '-e', script], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const lines = out.split('\n');
    const at = lines.findIndex((l) => l.startsWith('LIMITED'));
    assert.ok(at > 0, 'the script ran to limitHeapGrowth');
    const factorsIn = (part: string[]) => part.map((l) => /\[HeapController\] Limit: .*\((\d+\.\d+)\)/.exec(l)?.[1]).filter((f): f is string => f !== undefined);
    return { before: factorsIn(lines.slice(0, at)), after: factorsIn(lines.slice(at)) };
  }

  test('V8 sets the next limit by the percent asked for, after the call and not before', () => {
    const { before, after } = factors('30');
    assert.ok(before.length > 0 && after.length > 0, `limits traced: ${before.length} before, ${after.length} after`);
    assert.ok(before.every((f) => f !== '1.3'), `factors before: ${before.join(', ')}`);
    assert.deepEqual([...new Set(after)], ['1.3']);
  });

  test('off leaves V8 its own factor', () => {
    const { after } = factors('off');
    assert.ok(after.length > 0);
    assert.ok(after.every((f) => f !== '1.3'), `factors after: ${after.join(', ')}`);
  });

  /** The young generation of a worker limited to 12 MB, in a process started with --max-semi-space-size=8, with or without the call. */
  function workerNewSpaceMB(call: boolean): number {
    const heapModule = path.resolve(__dirname, '../../server/src/node/heap.js');
    const script = `
      const { Worker } = require('node:worker_threads');
      ${call ? `require(${JSON.stringify(heapModule)}).letWorkersSizeTheirYoungGeneration();` : ''}
      const w = new Worker(\`
        let young = [];
        for (let i = 0; i < 3e6; i++) { young.push({ i, s: 'x' + i }); if (young.length > 2e5) young = []; }
        const s = require('node:v8').getHeapSpaceStatistics().find((x) => x.space_name === 'new_space');
        require('node:worker_threads').parentPort.postMessage(s.space_size / 1048576);
      \`, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: 12 } });
      w.once('message', (mb) => { console.log('MB ' + mb); w.terminate(); });
    `;
    const out = execFileSync(process.execPath, ['--max-semi-space-size=8', '-e', script], { encoding: 'utf8' });
    return Number(/MB (\S+)/.exec(out)?.[1]);
  }

  test('workers made after letWorkersSizeTheirYoungGeneration keep their own young-generation limit, not the process flag', () => {
    assert.equal(workerNewSpaceMB(false), 16, 'the flag wins over the limit without the call');
    assert.ok(workerNewSpaceMB(true) <= 8, 'two halves of at most 4 MB: 12 MB of young generation');
  });

  test('a full collection frees what nothing holds', () => {
    let garbage: Array<{ n: number }> | null = Array.from({ length: 200_000 }, (_, n) => ({ n }));
    const heldBefore = garbage.length;
    garbage = null;
    const { ms, beforeMB, afterMB } = collectGarbage();
    assert.equal(heldBefore, 200_000);
    assert.ok(ms >= 0);
    // 200,000 small objects take several megabytes; what is left after is less.
    assert.ok(afterMB < beforeMB - 2, `${beforeMB.toFixed(1)} → ${afterMB.toFixed(1)} MB`);
  });
});
