// Runs stepped computations (core/features/steps.ts: search, trees, every note's diagnostics)
// a slice of a few milliseconds at a time, with the event loop turning in between.
//
// Requests come first. A computation a request waits for (workspace symbols, search, trees) runs
// before any background one (tool cards, the search rows and the diagnostics the server makes
// after the index changes), and a message that came in since the last slice is handled before
// the next one. While the client is talking to the server (a message in or out in the last
// `quietMs`), background slices are short (`busySliceMs`): a client asking one thing after
// another (hover after hover) sends its next request while the slice that started right after
// the last answer runs, and waits for the rest of that slice.
import type { Steps } from '../core/features/steps';

export interface SlicerOptions {
  /** How long a slice runs before other messages get their turn. */
  sliceMs: number;
  /** How long a background slice runs while the client is talking to the server. */
  busySliceMs: number;
  /** How long after the last message in or out the client counts as quiet. */
  quietMs: number;
  /** When a message last came in or went out (performance.now()), and how many came in so far. */
  traffic: () => { last: number; reads: number };
}

interface Job {
  steps: Steps<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
  cancelled?: () => boolean;
  cancelError?: () => unknown;
  dispose?: () => void;
}

/** Something that can be cancelled: a CancellationToken's shape. */
export interface Cancellable {
  readonly isCancellationRequested: boolean;
  onCancellationRequested(listener: () => void): { dispose(): void };
}

export class Slicer {
  private readonly requests: Job[] = [];
  private readonly background: Job[] = [];
  private scheduled = false;
  /** The count of messages read when the last slice ended. */
  private readsSeen = 0;
  private deferred = false;

  constructor(private readonly options: SlicerOptions) {}

  /** Whether anything is running or waiting. */
  get busy(): boolean {
    return this.requests.length + this.background.length > 0;
  }

  /**
   * Runs a computation for a request, after the requests queued before it (one at a time) and
   * before any background work. A cancelled request is answered at the next slice, or at once
   * while it waits its turn.
   */
  request<T>(steps: Steps<T>, token?: Cancellable, cancelError?: () => unknown): Promise<T> {
    return this.add(this.requests, steps, token, cancelError);
  }

  /** Runs background work, one at a time, when no request is waiting. */
  runInBackground<T>(steps: Steps<T>): Promise<T> {
    return this.add(this.background, steps);
  }

  private add<T>(queue: Job[], steps: Steps<T>, token?: Cancellable, cancelError?: () => unknown): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const job: Job = { steps, resolve: resolve as (v: unknown) => void, reject };
      if (token) {
        const error = cancelError ?? (() => new Error('cancelled'));
        if (token.isCancellationRequested) return reject(error());
        job.cancelled = () => token.isCancellationRequested;
        job.cancelError = error;
        const listener = token.onCancellationRequested(() => {
          // Still waiting its turn: answered at once.
          const at = queue.indexOf(job);
          if (at > 0 || (at === 0 && queue !== this.requests)) {
            queue.splice(at, 1);
            finish(job);
            reject(error());
          }
        });
        job.dispose = () => listener.dispose();
      }
      queue.push(job);
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.turn();
    });
  }

  private turn(): void {
    const { reads, last } = this.options.traffic();
    // A message came in since the last slice: its handler runs first (it was queued after this turn).
    if (reads !== this.readsSeen && !this.deferred) {
      this.readsSeen = reads;
      this.deferred = true;
      this.schedule();
      return;
    }
    this.deferred = false;
    const now = performance.now();
    let queue: Job[];
    let sliceMs = this.options.sliceMs;
    if (this.requests.length) queue = this.requests;
    else if (this.background.length) {
      queue = this.background;
      if (now - last < this.options.quietMs) sliceMs = this.options.busySliceMs;
    } else return;
    const job = queue[0];
    const until = now + sliceMs;
    let ended = true;
    try {
      if (job.cancelled?.()) throw job.cancelError!();
      for (;;) {
        const r = job.steps.next();
        if (r.done) {
          job.resolve(r.value);
          break;
        }
        if (performance.now() >= until) {
          ended = false;
          break;
        }
      }
    } catch (e) {
      job.reject(e);
    }
    if (ended) {
      queue.shift();
      finish(job);
    }
    this.readsSeen = this.options.traffic().reads;
    if (this.busy) this.schedule();
  }
}

function finish(job: Job): void {
  job.dispose?.();
}
