// Extraction on worker threads. Each worker reads, decodes and extracts a batch of files and
// posts the notes back; the main thread only stores them. Notes cross threads by structured
// clone, which also leaves no string in the index holding on to a whole file's text.
// Without workers (the worker script is missing, or a worker dies) the same work runs inline.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { UserTool } from '../core/catalog/catalog';
import type { Heading } from '../core/features/context';
import type { Note } from '../core/model';

export interface ExtractJob {
  file: string;
  uri: string;
  plainText: boolean;
  /** Send the decoded text back too (the CLI needs it for character columns). */
  withText?: boolean;
}

export interface ExtractResult {
  uri: string;
  note?: Note;
  headings?: Heading[];
  skipped?: string;
  /** The file vanished between listing and reading. */
  gone?: boolean;
  size?: number;
  mtimeMs?: number;
  /** SHA-1 of the file's bytes, for the persistent cache. */
  hash?: string;
  text?: string;
}

export type WorkerRequest =
  | { kind: 'configure'; userTools: UserTool[]; maxFileBytes: number }
  | { kind: 'extract'; id: number; jobs: ExtractJob[] };

const WORKER_SCRIPT = path.join(__dirname, 'extract-worker.js');
const BATCH = 24;

export class ExtractPool {
  private workers: Worker[] = [];
  private nextId = 1;

  /** How many workers to start: one per core, at most four. */
  static defaultSize(): number {
    return Math.max(1, Math.min(4, availableParallelism()));
  }

  static available(): boolean {
    return existsSync(WORKER_SCRIPT);
  }

  constructor(private readonly size = ExtractPool.defaultSize()) {}

  /**
   * Extracts every job; `onResults` gets each batch as it is done (in no particular order).
   * Resolves when all are done. Rejects if a worker fails, after which the caller may retry inline.
   */
  async run(jobs: ExtractJob[], userTools: UserTool[], maxFileBytes: number, onResults: (results: ExtractResult[]) => void, cancelled: () => boolean = () => false): Promise<void> {
    if (!jobs.length) return;
    this.ensureWorkers();
    for (const w of this.workers) w.postMessage({ kind: 'configure', userTools, maxFileBytes } satisfies WorkerRequest);
    let next = 0;
    await Promise.all(
      this.workers.map(async (worker) => {
        while (next < jobs.length && !cancelled()) {
          const batch = jobs.slice(next, (next += BATCH));
          const results = await this.send(worker, batch);
          onResults(results);
        }
      }),
    );
  }

  private ensureWorkers(): void {
    while (this.workers.length < this.size) {
      const worker = new Worker(WORKER_SCRIPT);
      // Idle workers must not keep a CLI process alive.
      worker.unref();
      this.workers.push(worker);
    }
  }

  private send(worker: Worker, jobs: ExtractJob[]): Promise<ExtractResult[]> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const onMessage = (msg: { id: number; results: ExtractResult[] }) => {
        if (msg.id !== id) return;
        cleanup();
        resolve(msg.results);
      };
      const onError = (e: Error) => {
        cleanup();
        this.workers = this.workers.filter((w) => w !== worker);
        reject(e);
      };
      const onExit = (code: number) => onError(new Error(`extraction worker exited with code ${code}`));
      const cleanup = () => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ kind: 'extract', id, jobs } satisfies WorkerRequest);
    });
  }

  async close(): Promise<void> {
    const workers = this.workers;
    this.workers = [];
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
