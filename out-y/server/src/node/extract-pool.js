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
Object.defineProperty(exports, "__esModule", { value: true });
exports.ExtractPool = exports.ResultPacker = exports.WORKER_MAX_NOTE_BYTES = void 0;
exports.packResults = packResults;
exports.unpackResults = unpackResults;
// Extraction on worker threads. Each worker reads, decodes and extracts files and posts the notes
// back; the main thread only stores them.
//
// Measured on 10,000 generated notes (see ARCHITECTURE.md, "Indexing"): structured clone of Note
// objects costs the main thread several times more than the extraction results are worth, because
// every mention repeats its strings (tool id, text, talk id). So each note crosses as its record
// (note-record.ts: compact fields, then the mentions as the index keeps them, as numbers): a
// batch's results, records' fields included, as one JSON string, and every record's numbers in
// one Int32Array that is transferred, not copied.
//
// Work is handed out through a shared counter: every worker gets the whole job list once and
// takes the next job with an atomic add, so no worker waits for the main thread between batches,
// and all finish together. Cancelling moves the counter past the end.
// Without workers (the worker script is missing, or a worker dies) the same work runs inline.
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const path = __importStar(require("node:path"));
const promises_1 = require("node:timers/promises");
const node_worker_threads_1 = require("node:worker_threads");
const note_record_1 = require("./note-record");
const heap_1 = require("./heap");
const WORKER_SCRIPT = path.join(__dirname, 'extract-worker.js');
/**
 * Each worker's old generation is capped. A worker holds one note at a time, yet left to itself
 * V8 let each worker's heap grow far beyond that while it extracted thousands of notes. Extracting
 * the 1k corpus on one thread: 235 MB peak uncapped, 167 MB at 128 MB, for the same CPU time
 * (1.29 vs 1.27 s). The young generation is 12 MB (4 MB semi-spaces; V8's default here is 32,
 * 16 MB semi-spaces, and 16 or 24 MB give 8 MB ones): two workers over the 10k corpus peak about
 * 20 MB lower than at 24 MB (161-168 vs 182-199 MB, 4 interleaved pairs) for no more process
 * CPU (16.5-17.7 vs 16.4-19.9 s), since a worker packs each result as soon as it is made
 * (ResultPacker): twice the scavenges, each copying about 350 KB instead of 580.
 * Notes larger than WORKER_MAX_NOTE_BYTES (a 2 MB note takes about 30 MB to extract) are left to
 * the caller.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 12 };
exports.WORKER_MAX_NOTE_BYTES = 2 * 1024 * 1024;
/**
 * Packs extraction results for another thread one at a time, as they are made: each note as its
 * record (note-record.ts), the records' numbers in one array, the rest (the records' fields too) as
 * one JSON string. A worker keeps no extracted note past its own job, only its packed form: a
 * batch of notes held until it was posted survived young-generation collections.
 */
class ResultPacker {
    json = [];
    parts = [];
    total = 0;
    get count() {
        return this.json.length;
    }
    add(r) {
        if (!r.note) {
            this.json.push(JSON.stringify(r));
            return;
        }
        const { note, headings, ...rest } = r;
        const e = (0, note_record_1.encodeRecord)(r.uri, { size: r.size ?? 0, mtimeMs: r.mtimeMs ?? 0, hash: r.hash ?? '', headings: headings ?? [], note });
        const packed = { ...rest, record: e.fields, at: this.total, count: e.data.length, summaryCount: e.summary.length };
        this.parts.push(e.data, e.summary);
        this.total += e.data.length + e.summary.length;
        this.json.push(JSON.stringify(packed));
    }
    /** The results added since the last take, as one JSON string (the same as JSON.stringify of their list) and one array. */
    take() {
        // Its own buffer (never a shared pool's): it is transferred.
        const numbers = new Int32Array(this.total);
        let o = 0;
        for (const p of this.parts) {
            numbers.set(p, o);
            o += p.length;
        }
        const json = '[' + this.json.join(',') + ']';
        this.json = [];
        this.parts = [];
        this.total = 0;
        return { json, numbers };
    }
}
exports.ResultPacker = ResultPacker;
function packResults(results) {
    const packer = new ResultPacker();
    for (const r of results)
        packer.add(r);
    return packer.take();
}
function unpackResults(packed) {
    return JSON.parse(packed.json).map((p) => {
        const { record, at, count, summaryCount, ...rest } = p;
        if (record === undefined)
            return rest;
        const entry = (0, note_record_1.decodeRecord)(record, packed.numbers, at, count, summaryCount);
        if (!entry)
            return { uri: p.uri, skipped: 'could not be indexed: a damaged result from an extraction worker' };
        return { ...rest, note: entry.note, headings: entry.headings };
    });
}
/** Workers started ahead of a run are stopped after this long without one: each keeps a heap of its own (tens of MB). */
const IDLE_MS = 30_000;
/**
 * After a run, workers are stopped at once: runs are whole-folder indexes (a few changed files are
 * extracted on the main thread), rare after the first, and the work that follows the first index
 * (the persistent index, search rows, tool answers) must not find 100–150 MB of idle worker heaps
 * still held: that was the server's peak memory. Kept for a second, they were still there while
 * the main thread's heap grew by 30 MB at the end of a 10k cold start (the peak: 454 MB).
 * Starting them again costs about 100 ms.
 */
const AFTER_RUN_IDLE_MS = 0;
class ExtractPool {
    size;
    idleMs;
    workers = [];
    idleTimer = null;
    /** Called when idle workers have been stopped (for the log). */
    onIdleStop = () => { };
    /** Called when a worker out of jobs is stopped while the others finish the run. */
    onWorkerStop = () => { };
    nextId = 1;
    runs = new Map();
    /**
     * How many workers to start: one per core but one (the main thread unpacks and stores every
     * result and answers the editor), at most four; on two cores, two. On the 2-core benchmark
     * machine two workers index 10,000 notes in 11.6–12.7 s, one in 15.4 s, for about 110 MB more
     * at the peak (ARCHITECTURE.md, "Indexing"); idle workers are stopped after a while.
     * When the main thread extracts too (the command line: `mainHelps`), one per core but one.
     * `INFRANOTES_WORKERS` overrides it (0: no workers).
     */
    static defaultSize(mainHelps = false) {
        const env = process.env.INFRANOTES_WORKERS;
        if (env !== undefined && /^\d+$/.test(env))
            return Math.min(16, Number(env));
        const cores = (0, node_os_1.availableParallelism)();
        if (mainHelps)
            return Math.max(1, Math.min(4, cores - 1));
        return cores <= 1 ? 1 : Math.max(2, Math.min(4, cores - 1));
    }
    static available() {
        return (0, node_fs_1.existsSync)(WORKER_SCRIPT) && ExtractPool.defaultSize() > 0;
    }
    constructor(size = ExtractPool.defaultSize(), idleMs = IDLE_MS) {
        this.size = size;
        this.idleMs = idleMs;
    }
    /** Starts the workers now (they take a moment to load), so they are ready when the jobs are. */
    prestart() {
        this.ensureWorkers();
        this.stopWhenIdle();
    }
    /**
     * Extracts every job; `onResults` gets the results a few at a time as they are done (in no
     * particular order). Resolves when all are done or, once `cancelled()` says so, when the workers
     * have stopped taking jobs. Rejects if a worker fails; the caller may finish the rest inline.
     */
    run(jobs, userTools, maxFileBytes, onResults, cancelled = () => false, inline) {
        if (!jobs.length)
            return Promise.resolve();
        const next = new Int32Array(new SharedArrayBuffer(4));
        const done = this.start(next, (id) => ({ kind: 'extract', id, jobs, next, userTools, maxFileBytes }), (results) => {
            // Deferred notes are not done: the caller extracts every job it got no result for.
            const done = results.some((r) => r.deferred) ? results.filter((r) => !r.deferred) : results;
            if (done.length)
                onResults(done);
            if (cancelled())
                Atomics.store(next, 0, jobs.length);
        });
        return inline ? Promise.all([done, this.helpInline(jobs, next, inline, onResults)]).then(() => undefined) : done;
    }
    /**
     * The calling thread takes jobs from the same counter as the workers (for the CLI, whose main
     * thread has nothing else to do; never in the server, whose main thread answers requests).
     * It yields after each job so the workers' results are stored as they come.
     */
    async helpInline(jobs, next, inline, onResults) {
        for (let i = Atomics.add(next, 0, 1); i < jobs.length; i = Atomics.add(next, 0, 1)) {
            onResults([inline(jobs[i])]);
            await (0, promises_1.setImmediate)();
        }
    }
    start(next, request, onResults) {
        this.ensureWorkers();
        this.stopWhenIdle();
        const id = this.nextId++;
        if (!this.runs.size)
            (0, heap_1.scavengeOnOneThread)(true);
        return new Promise((resolve, reject) => {
            this.runs.set(id, {
                onResults,
                pending: this.workers.length,
                resolve: () => {
                    this.endRun(id);
                    this.stopWhenIdle(Math.min(this.idleMs, AFTER_RUN_IDLE_MS));
                    resolve();
                },
                reject: (e) => {
                    this.endRun(id);
                    this.stopWhenIdle();
                    // The other workers stop taking jobs of this run.
                    Atomics.store(next, 0, 0x3fffffff);
                    reject(e);
                },
            });
            const msg = request(id);
            for (const w of this.workers)
                w.postMessage(msg);
        });
    }
    /** A run is over: the last one gives young collections their helper threads back. */
    endRun(id) {
        this.runs.delete(id);
        if (!this.runs.size)
            (0, heap_1.scavengeOnOneThread)(false);
    }
    ensureWorkers() {
        if (this.workers.length >= this.size)
            return;
        (0, heap_1.letWorkersSizeTheirYoungGeneration)();
        // Until every new worker's isolate is made (its 'online', or its exit before it).
        (0, heap_1.compileOnWorkerThreads)(true);
        let starting = 0;
        const started = () => {
            if (--starting === 0)
                (0, heap_1.compileOnWorkerThreads)(false);
        };
        try {
            while (this.workers.length < this.size) {
                this.startWorker(started);
                starting++;
            }
        }
        finally {
            if (starting === 0)
                (0, heap_1.compileOnWorkerThreads)(false);
        }
    }
    startWorker(started) {
        const worker = new node_worker_threads_1.Worker(WORKER_SCRIPT, { resourceLimits: WORKER_LIMITS });
        worker.once('online', started);
        // Idle workers must not keep a CLI process alive.
        worker.unref();
        worker.on('message', (msg) => this.onMessage(msg, worker));
        const failed = (e) => {
            if (!this.workers.includes(worker))
                return;
            this.workers = this.workers.filter((w) => w !== worker);
            for (const run of [...this.runs.values()])
                run.reject(e);
        };
        worker.on('error', failed);
        worker.once('exit', (code) => {
            // A worker that exits before it is online still counts as started.
            if (worker.listenerCount('online'))
                started();
            failed(new Error(`extraction worker exited with code ${code}`));
        });
        this.workers.push(worker);
    }
    onMessage(msg, worker) {
        const run = this.runs.get(msg.id);
        if (!run)
            return;
        if (msg.kind === 'results')
            run.onResults(unpackResults(msg.packed));
        else if (--run.pending === 0)
            run.resolve();
        // A worker out of jobs while another finishes its last notes is stopped at once: the end of a
        // folder's first index, when the main thread holds nearly all of it, was the server's peak.
        else if (this.runs.size === 1)
            this.stopWorker(worker);
    }
    stopWorker(worker) {
        this.workers = this.workers.filter((w) => w !== worker);
        void worker.terminate();
        this.onWorkerStop();
    }
    /** (Re)starts the countdown after which workers that have no run are stopped; they start again when needed. */
    stopWhenIdle(after = this.idleMs) {
        if (this.idleTimer)
            clearTimeout(this.idleTimer);
        this.idleTimer = setTimeout(() => {
            this.idleTimer = null;
            if (this.runs.size)
                this.stopWhenIdle();
            else if (this.workers.length)
                void this.close().then(() => this.onIdleStop());
        }, after);
        this.idleTimer.unref();
    }
    async close() {
        if (this.idleTimer)
            clearTimeout(this.idleTimer);
        this.idleTimer = null;
        const workers = this.workers;
        this.workers = [];
        await Promise.all(workers.map((w) => w.terminate()));
    }
}
exports.ExtractPool = ExtractPool;
//# sourceMappingURL=extract-pool.js.map