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
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { UserTool } from '../core/catalog/catalog';
import type { FlatHeadings, Heading } from '../core/features/context';
import type { StoredNote } from '../core/mentions';
import type { Note } from '../core/model';
import { decodeRecord, encodeRecord } from './note-record';
import { compileOnWorkerThreads, letWorkersSizeTheirYoungGeneration, scavengeOnOneThread } from './heap';

export interface ExtractJob {
  file: string;
  uri: string;
  plainText: boolean;
  /**
   * Send the decoded text back when code-point columns differ from UTF-16 ones (the text has
   * characters outside the BMP): the CLI needs it for character columns, and only then.
   */
  withText?: boolean;
  /**
   * The SHA-1 the persistent index holds for the file: if the bytes still have it, the note is
   * not extracted again and the result says `unchanged`.
   */
  hash?: string;
}

export interface ExtractResult {
  uri: string;
  /** As extracted, or packed as the index keeps it (after crossing threads). */
  note?: Note | StoredNote;
  /** As objects, or flat (line, anchor, …) after crossing threads (note-record.ts). */
  headings?: Heading[] | FlatHeadings;
  skipped?: string;
  /** The file vanished between listing and reading. */
  gone?: boolean;
  size?: number;
  mtimeMs?: number;
  /** SHA-1 of the file's bytes, for the persistent cache. */
  hash?: string;
  text?: string;
  /** The bytes have the job's `hash`: nothing was extracted. */
  unchanged?: boolean;
  /** Too large for a worker's capped heap (WORKER_MAX_NOTE_BYTES): the caller extracts it on its own thread. */
  deferred?: boolean;
}

/** Results as they cross threads (see the top of this file). */
export interface PackedResults {
  /** The results without their notes; a note's result holds its record's fields and where its numbers are. */
  json: string;
  /** Every record's numbers (note-record.ts), one after another; its buffer is transferred. */
  numbers: Int32Array;
}

export type WorkerRequest = {
  kind: 'extract'; id: number; jobs: ExtractJob[]; next: Int32Array; userTools: UserTool[]; maxFileBytes: number;
};

export type WorkerReply =
  | { id: number; kind: 'results'; packed: PackedResults }
  | { id: number; kind: 'done' };

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
export const WORKER_MAX_NOTE_BYTES = 2 * 1024 * 1024;
type PackedResult = Omit<ExtractResult, 'note' | 'headings'> & { record?: unknown[]; at?: number; count?: number; summaryCount?: number };

/**
 * Packs extraction results for another thread one at a time, as they are made: each note as its
 * record (note-record.ts), the records' numbers in one array, the rest (the records' fields too) as
 * one JSON string. A worker keeps no extracted note past its own job, only its packed form: a
 * batch of notes held until it was posted survived young-generation collections.
 */
export class ResultPacker {
  private json: string[] = [];
  private parts: Int32Array[] = [];
  private total = 0;

  get count(): number {
    return this.json.length;
  }

  add(r: ExtractResult): void {
    if (!r.note) {
      this.json.push(JSON.stringify(r));
      return;
    }
    const { note, headings, ...rest } = r;
    const e = encodeRecord(r.uri, { size: r.size ?? 0, mtimeMs: r.mtimeMs ?? 0, hash: r.hash ?? '', headings: headings ?? [], note });
    const packed: PackedResult = { ...rest, record: e.fields, at: this.total, count: e.data.length, summaryCount: e.summary.length };
    this.parts.push(e.data, e.summary);
    this.total += e.data.length + e.summary.length;
    this.json.push(JSON.stringify(packed));
  }

  /** The results added since the last take, as one JSON string (the same as JSON.stringify of their list) and one array. */
  take(): PackedResults {
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

export function packResults(results: ExtractResult[]): PackedResults {
  const packer = new ResultPacker();
  for (const r of results) packer.add(r);
  return packer.take();
}

export function unpackResults(packed: PackedResults): ExtractResult[] {
  return (JSON.parse(packed.json) as PackedResult[]).map((p) => {
    const { record, at, count, summaryCount, ...rest } = p;
    if (record === undefined) return rest as ExtractResult;
    const entry = decodeRecord(record, packed.numbers, at, count, summaryCount);
    if (!entry) return { uri: p.uri, skipped: 'could not be indexed: a damaged result from an extraction worker' };
    return { ...rest, note: entry.note, headings: entry.headings };
  });
}

interface Run {
  onResults: (results: ExtractResult[]) => void;
  pending: number;
  resolve: () => void;
  reject: (e: Error) => void;
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

export class ExtractPool {
  private workers: Worker[] = [];
  private idleTimer: NodeJS.Timeout | null = null;
  /** Called when idle workers have been stopped (for the log). */
  onIdleStop: () => void = () => {};
  /** Called when a worker out of jobs is stopped while the others finish the run. */
  onWorkerStop: () => void = () => {};
  private nextId = 1;
  private runs = new Map<number, Run>();

  /**
   * How many workers to start: one per core but one (the main thread unpacks and stores every
   * result and answers the editor), at most four; on two cores, two. On the 2-core benchmark
   * machine two workers index 10,000 notes in 11.6–12.7 s, one in 15.4 s, for about 110 MB more
   * at the peak (ARCHITECTURE.md, "Indexing"); idle workers are stopped after a while.
   * When the main thread extracts too (the command line: `mainHelps`), one per core but one.
   * `INFRANOTES_WORKERS` overrides it (0: no workers).
   */
  static defaultSize(mainHelps = false): number {
    const env = process.env.INFRANOTES_WORKERS;
    if (env !== undefined && /^\d+$/.test(env)) return Math.min(16, Number(env));
    const cores = availableParallelism();
    if (mainHelps) return Math.max(1, Math.min(4, cores - 1));
    return cores <= 1 ? 1 : Math.max(2, Math.min(4, cores - 1));
  }

  static available(): boolean {
    return existsSync(WORKER_SCRIPT) && ExtractPool.defaultSize() > 0;
  }

  constructor(
    private readonly size = ExtractPool.defaultSize(),
    private readonly idleMs = IDLE_MS,
  ) {}

  /** Starts the workers now (they take a moment to load), so they are ready when the jobs are. */
  prestart(): void {
    this.ensureWorkers();
    this.stopWhenIdle();
  }

  /**
   * Extracts every job; `onResults` gets the results a few at a time as they are done (in no
   * particular order). Resolves when all are done or, once `cancelled()` says so, when the workers
   * have stopped taking jobs. Rejects if a worker fails; the caller may finish the rest inline.
   */
  run(jobs: ExtractJob[], userTools: UserTool[], maxFileBytes: number, onResults: (results: ExtractResult[]) => void, cancelled: () => boolean = () => false, inline?: (job: ExtractJob) => ExtractResult): Promise<void> {
    if (!jobs.length) return Promise.resolve();
    const next = new Int32Array(new SharedArrayBuffer(4));
    const done = this.start(next, (id) => ({ kind: 'extract', id, jobs, next, userTools, maxFileBytes }), (results) => {
      // Deferred notes are not done: the caller extracts every job it got no result for.
      const done = results.some((r) => r.deferred) ? results.filter((r) => !r.deferred) : results;
      if (done.length) onResults(done);
      if (cancelled()) Atomics.store(next, 0, jobs.length);
    });
    return inline ? Promise.all([done, this.helpInline(jobs, next, inline, onResults)]).then(() => undefined) : done;
  }

  /**
   * The calling thread takes jobs from the same counter as the workers (for the CLI, whose main
   * thread has nothing else to do; never in the server, whose main thread answers requests).
   * It yields after each job so the workers' results are stored as they come.
   */
  private async helpInline(jobs: ExtractJob[], next: Int32Array, inline: (job: ExtractJob) => ExtractResult, onResults: (results: ExtractResult[]) => void): Promise<void> {
    for (let i = Atomics.add(next, 0, 1); i < jobs.length; i = Atomics.add(next, 0, 1)) {
      onResults([inline(jobs[i])]);
      await nextTurn();
    }
  }

  private start(next: Int32Array, request: (id: number) => WorkerRequest, onResults: Run['onResults']): Promise<void> {
    this.ensureWorkers();
    this.stopWhenIdle();
    const id = this.nextId++;
    if (!this.runs.size) scavengeOnOneThread(true);
    return new Promise<void>((resolve, reject) => {
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
      for (const w of this.workers) w.postMessage(msg);
    });
  }

  /** A run is over: the last one gives young collections their helper threads back. */
  private endRun(id: number): void {
    this.runs.delete(id);
    if (!this.runs.size) scavengeOnOneThread(false);
  }

  private ensureWorkers(): void {
    if (this.workers.length >= this.size) return;
    letWorkersSizeTheirYoungGeneration();
    // Until every new worker's isolate is made (its 'online', or its exit before it).
    compileOnWorkerThreads(true);
    let starting = 0;
    const started = () => {
      if (--starting === 0) compileOnWorkerThreads(false);
    };
    try {
      while (this.workers.length < this.size) {
        this.startWorker(started);
        starting++;
      }
    } finally {
      if (starting === 0) compileOnWorkerThreads(false);
    }
  }

  private startWorker(started: () => void): void {
    const worker = new Worker(WORKER_SCRIPT, { resourceLimits: WORKER_LIMITS });
    worker.once('online', started);
    // Idle workers must not keep a CLI process alive.
    worker.unref();
    worker.on('message', (msg: WorkerReply) => this.onMessage(msg, worker));
    const failed = (e: Error) => {
      if (!this.workers.includes(worker)) return;
      this.workers = this.workers.filter((w) => w !== worker);
      for (const run of [...this.runs.values()]) run.reject(e);
    };
    worker.on('error', failed);
    worker.once('exit', (code) => {
      // A worker that exits before it is online still counts as started.
      if (worker.listenerCount('online')) started();
      failed(new Error(`extraction worker exited with code ${code}`));
    });
    this.workers.push(worker);
  }

  private onMessage(msg: WorkerReply, worker: Worker): void {
    const run = this.runs.get(msg.id);
    if (!run) return;
    if (msg.kind === 'results') run.onResults(unpackResults(msg.packed));
    else if (--run.pending === 0) run.resolve();
    // A worker out of jobs while another finishes its last notes is stopped at once: the end of a
    // folder's first index, when the main thread holds nearly all of it, was the server's peak.
    else if (this.runs.size === 1) this.stopWorker(worker);
  }

  private stopWorker(worker: Worker): void {
    this.workers = this.workers.filter((w) => w !== worker);
    void worker.terminate();
    this.onWorkerStop();
  }

  /** (Re)starts the countdown after which workers that have no run are stopped; they start again when needed. */
  private stopWhenIdle(after = this.idleMs): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (this.runs.size) this.stopWhenIdle();
      else if (this.workers.length) void this.close().then(() => this.onIdleStop());
    }, after);
    this.idleTimer.unref();
  }

  async close(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const workers = this.workers;
    this.workers = [];
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
