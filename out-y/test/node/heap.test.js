"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const node_child_process_1 = require("node:child_process");
const strict_1 = __importDefault(require("node:assert/strict"));
const path = __importStar(require("node:path"));
const node_test_1 = require("node:test");
const heap_1 = require("../../server/src/node/heap");
(0, node_test_1.describe)('heap growth', () => {
    (0, node_test_1.test)('the setting: a whole percent from 10 to 300, off, or the default', () => {
        strict_1.default.equal((0, heap_1.growthPercent)(undefined), heap_1.HEAP_GROWTH_PERCENT);
        strict_1.default.equal((0, heap_1.growthPercent)(''), heap_1.HEAP_GROWTH_PERCENT);
        strict_1.default.equal((0, heap_1.growthPercent)('50'), 50);
        strict_1.default.equal((0, heap_1.growthPercent)('off'), null);
        strict_1.default.equal((0, heap_1.growthPercent)('0'), null);
        strict_1.default.equal((0, heap_1.growthPercent)('5'), heap_1.HEAP_GROWTH_PERCENT);
        strict_1.default.equal((0, heap_1.growthPercent)('12.5'), heap_1.HEAP_GROWTH_PERCENT);
        strict_1.default.equal((0, heap_1.growthPercent)('lots'), heap_1.HEAP_GROWTH_PERCENT);
    });
    /** The factors V8 sets its old-generation limits by, in a process that calls limitHeapGrowth after its first full collection. */
    function factors(setting) {
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
        const out = (0, node_child_process_1.execFileSync)(process.execPath, ['--expose-gc', '--trace-gc-verbose', '-e', script], { encoding: 'utf8', maxBuffer: 64 << 20 });
        const lines = out.split('\n');
        const at = lines.findIndex((l) => l.startsWith('LIMITED'));
        strict_1.default.ok(at > 0, 'the script ran to limitHeapGrowth');
        const factorsIn = (part) => part.map((l) => /\[HeapController\] Limit: .*\((\d+\.\d+)\)/.exec(l)?.[1]).filter((f) => f !== undefined);
        return { before: factorsIn(lines.slice(0, at)), after: factorsIn(lines.slice(at)) };
    }
    (0, node_test_1.test)('V8 sets the next limit by the percent asked for, after the call and not before', () => {
        const { before, after } = factors('30');
        strict_1.default.ok(before.length > 0 && after.length > 0, `limits traced: ${before.length} before, ${after.length} after`);
        strict_1.default.ok(before.every((f) => f !== '1.3'), `factors before: ${before.join(', ')}`);
        strict_1.default.deepEqual([...new Set(after)], ['1.3']);
    });
    (0, node_test_1.test)('off leaves V8 its own factor', () => {
        const { after } = factors('off');
        strict_1.default.ok(after.length > 0);
        strict_1.default.ok(after.every((f) => f !== '1.3'), `factors after: ${after.join(', ')}`);
    });
    /** The young generation of a worker limited to 12 MB, in a process started with --max-semi-space-size=8, with or without the call. */
    function workerNewSpaceMB(call) {
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
        const out = (0, node_child_process_1.execFileSync)(process.execPath, ['--max-semi-space-size=8', '-e', script], { encoding: 'utf8' });
        return Number(/MB (\S+)/.exec(out)?.[1]);
    }
    (0, node_test_1.test)('workers made after letWorkersSizeTheirYoungGeneration keep their own young-generation limit, not the process flag', () => {
        strict_1.default.equal(workerNewSpaceMB(false), 16, 'the flag wins over the limit without the call');
        strict_1.default.ok(workerNewSpaceMB(true) <= 8, 'two halves of at most 4 MB: 12 MB of young generation');
    });
    (0, node_test_1.test)('a full collection frees what nothing holds', () => {
        let garbage = Array.from({ length: 200_000 }, (_, n) => ({ n }));
        const heldBefore = garbage.length;
        garbage = null;
        const { ms, beforeMB, afterMB } = (0, heap_1.collectGarbage)();
        strict_1.default.equal(heldBefore, 200_000);
        strict_1.default.ok(ms >= 0);
        // 200,000 small objects take several megabytes; what is left after is less.
        strict_1.default.ok(afterMB < beforeMB - 2, `${beforeMB.toFixed(1)} → ${afterMB.toFixed(1)} MB`);
    });
});
//# sourceMappingURL=heap.test.js.map