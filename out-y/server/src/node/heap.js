"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HEAP_GROWTH_PERCENT = void 0;
exports.limitHeapGrowth = limitHeapGrowth;
exports.letWorkersSizeTheirYoungGeneration = letWorkersSizeTheirYoungGeneration;
exports.scavengeOnOneThread = scavengeOnOneThread;
exports.compileOnWorkerThreads = compileOnWorkerThreads;
exports.collectGarbage = collectGarbage;
exports.heapUsedMB = heapUsedMB;
exports.growthPercent = growthPercent;
exports.stopAllocationSitePretenuring = stopAllocationSitePretenuring;
// The V8 settings the server changes at run time, all of them process-wide: allocation-site
// pretenuring off before the main thread's first extraction, the young generation of extraction
// workers left to their resource limits and their optimised code compiled on their own thread,
// young-generation collections on one thread while the workers run, and the old generation's
// growth capped once the first index is complete.
//
// How much the server's heap may grow past what a full collection leaves, once the first index is
// complete. V8 sets the next old-generation limit by a factor it computes from how fast it
// collects, up to 4 times what lived: during a 10k cold start it left about 80 MB and allowed
// about 320, so the old generation grew from 65 to 160 MB over the bench's references and
// workspace symbols (16 s without a full collection) while about 115 MB lived. A server that
// waits for the user between requests has time to collect more often.
const node_v8_1 = require("node:v8");
const node_vm_1 = require("node:vm");
/**
 * Changes V8 flags for the rest of the process, the code cache kept first (by the bundle's loader,
 * scripts/code-cache-loader.js, when this start compiled the bundle): V8 puts the flags' hash in
 * the cache it makes and refuses a cache made under other flags than the next start's, so a cache
 * kept after a change was refused at every start (the server compiled its 2.2 MB bundle each time).
 */
function setFlags(flags) {
    const keep = globalThis[Symbol.for('infranotes.keepCodeCacheNow')];
    if (typeof keep === 'function')
        keep();
    (0, node_v8_1.setFlagsFromString)(flags);
}
/** The default growth past what lives, in percent; INFRANOTES_HEAP_GROWTH overrides it (`off`: V8's own factor). */
exports.HEAP_GROWTH_PERCENT = 20;
/**
 * Caps the old generation's growth for the rest of the process (every later full collection), and
 * gives the percent, or null when the setting leaves V8 its own factor. The server calls it once,
 * when the first index and the answers over it are made: until then most of what the old
 * generation gains is the index itself, and V8's marking threads would compete with the
 * extraction workers for the cores.
 */
function limitHeapGrowth(env = process.env) {
    const percent = growthPercent(env.INFRANOTES_HEAP_GROWTH);
    // V8 reads the flag each time it sets the next limit, after a full collection.
    if (percent !== null)
        setFlags(`--heap-growing-percent=${percent}`);
    return percent;
}
/**
 * Lets isolates made from now on (extraction workers) size their young generation by their
 * `resourceLimits`. The process starts with `--max-semi-space-size=8` (node-flags.json) for the
 * main thread, and V8 gives a flag precedence over a worker's limits: the workers' young
 * generations had doubled to 16 MB each, and the end of a 10k cold start, both workers alive,
 * stayed the server's peak. V8 reads the flag when it makes an isolate's heap, so the main
 * thread's stays as it started. Called before the first worker starts.
 */
function letWorkersSizeTheirYoungGeneration() {
    // 0 is the flag's default: no size given, the isolate's own limits decide.
    setFlags('--max-semi-space-size=0');
}
/**
 * Young-generation collections on the collecting thread alone (`on`), or with V8's helper threads
 * again. While the extraction workers run, the main thread and both workers keep the cores busy,
 * and a collection split into parallel tasks waited for helpers that had no core to run on: at 10k
 * notes on two cores, 3 interleaved pairs, index 8.14-8.59 s against 8.83-8.91 s, process CPU
 * 15.9-16.8 against 16.9-17.0 s; with compileOnWorkerThreads too, 8.8-9.6 s against 10.5-10.7 s
 * for this alone (2 pairs). Off for the whole process, a warm start (the main thread alone, a
 * second core free) was slower (2.36 against 2.2 s). V8 reads the flag at each collection.
 */
function scavengeOnOneThread(on) {
    setFlags(on ? '--no-parallel-scavenge' : '--parallel-scavenge');
}
/**
 * While on, isolates made (extraction workers) compile optimised code on their own thread instead
 * of on V8's helper threads, which had no core to run on while the workers and the main thread
 * used both. V8 reads the flag when it makes an isolate, so the main thread keeps its helper (a
 * warm start, the main thread alone, was 0.3-0.5 s slower without it). See scavengeOnOneThread for
 * the 10k cold index with both.
 */
function compileOnWorkerThreads(on) {
    setFlags(on ? '--no-concurrent-recompilation' : '--concurrent-recompilation');
}
/**
 * One full collection, now: V8 sets the next limit (by the percent above) only after a full
 * collection, and the last one, during the first index, allowed up to 4 times what lived then.
 * Blocks for as long as it takes (about 0.1 s at 10k notes); run in a quiet moment.
 */
function collectGarbage() {
    const beforeMB = heapUsedMB();
    const started = performance.now();
    fullCollection()();
    const ms = performance.now() - started;
    return { ms, beforeMB, afterMB: heapUsedMB() };
}
let gc;
function fullCollection() {
    if (gc)
        return gc;
    // The flag gives every context made after it a gc() function; a new context's is this heap's.
    setFlags('--expose-gc');
    return (gc = (0, node_vm_1.runInNewContext)('gc'));
}
/** What the heap holds now, live or not yet collected, in MB. */
function heapUsedMB() {
    return (0, node_v8_1.getHeapStatistics)().used_heap_size / 1048576;
}
/** The percent a setting asks for: a whole number from 10 to 300, `off` for none, else the default. */
function growthPercent(setting) {
    if (setting === undefined || setting.trim() === '')
        return exports.HEAP_GROWTH_PERCENT;
    if (/^(off|0|false|no)$/i.test(setting.trim()))
        return null;
    const n = Number(setting);
    return Number.isInteger(n) && n >= 10 && n <= 300 ? n : exports.HEAP_GROWTH_PERCENT;
}
/**
 * Turns off V8's allocation-site pretenuring for the rest of the process (extraction workers too,
 * whose objects are short-lived), before this thread extracts its first note. At a young-generation
 * collection V8 decides, once and for good, whether the objects of an allocation site (an object or
 * array literal in the code) are made in the old generation from then on, by how many of those made
 * since the last collection are still alive. The first collection during the warm-up's first
 * extraction found every object made so far alive (the note being made), so the extractor's
 * mentions and their ranges, among others, were made in the old generation ever after, where each
 * edit's died: the old generation grew by 18 instead of 9-10 MB over 100 edits of a 216 KB note.
 * Decisions made before (the persistent index's and the first index's objects, which do live long)
 * stay as they are.
 */
function stopAllocationSitePretenuring() {
    if (pretenuringOff)
        return;
    pretenuringOff = true;
    setFlags('--no-allocation-site-pretenuring');
}
let pretenuringOff = false;
//# sourceMappingURL=heap.js.map