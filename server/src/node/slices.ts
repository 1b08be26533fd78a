// Runs stepped computations (core/features/steps.ts: search, trees, every note's diagnostics)
// a slice of a few milliseconds at a time, with the event loop turning in between.
//
// Requests come first. A computation a request waits for (workspace symbols, search, trees) runs
// before any background one (tool answers, the search rows and the diagnostics the server makes after the
// index changes), and background work runs only once the connection has been quiet for a moment:
// a client asking one thing after another (hover after hover) would otherwise find a background
// slice running at almost every request, since the next request comes in while the slice that
// started right after the last answer is still running. Without a pause from the client,
// background work still gets a slice every `maxWaitMs`. A background job whose work cannot be cut
// in short steps asks for a longer quiet of its own (BackgroundWait).
import type { Steps } from '../core/features/steps';

/** Turns in a row a slice gives up to messages waiting for their handlers. */
const MAX_DEFERRALS = 3;

export interface SlicerOptions {
  /** How long a slice runs before other messages get their turn. */
  sliceMs: number;
  /** How long the connection must have been quiet before a background slice starts. */
  quietMs: number;
  /** Background work waits at most this long for a quiet moment. */
  maxWaitMs: number;
  /**
   * When a message last came in, went out or was handled (performance.now()), how many came in
   * so far, and how many wait for their handler (the connection is not quiet while one does).
   */
  traffic: () => { last: number; reads: number; pending?: number };
  /**
   * Told of every slice run (for a latency trace), with the background job's name; 'then' is the
   * code that a finished background job's promise let run (a save's batch after its turn).
   */
  onSlice?: (kind: 'request' | 'quiet' | 'waited' | 'then', start: number, end: number, name?: string) => void;
}

interface Job {
  steps: Steps<unknown>;
  /** What the job is, for the trace. */
  name?: string;
  /** A background job's own quiet and longest wait, instead of the slicer's (BackgroundWait). */
  wait?: BackgroundWait;
  resolve(value: unknown): void;
  reject(error: unknown): void;
  cancelled?: () => boolean;
  cancelError?: () => unknown;
  dispose?: () => void;
  /** Runs before the requests queued, also one that has begun (requestFirst). */
  first?: boolean;
}

/** How long a background job waits for a quiet connection, and at most (SlicerOptions' quietMs and maxWaitMs). */
export interface BackgroundWait {
  quietMs: number;
  maxWaitMs: number;
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
  private timer: NodeJS.Timeout | null = null;
  /** When background work last ran a slice, or started waiting for one. */
  private backgroundSince = 0;
  /** The count of messages read when the last slice ended. */
  private readsSeen = 0;
  /** Turns given up in a row to messages that came in. */
  private deferred = 0;

  constructor(private readonly options: SlicerOptions) {}

  /** Whether a request is running or waiting. */
  get requestsWaiting(): boolean {
    return this.requests.length > 0;
  }

  /** Whether anything is running or waiting. */
  get busy(): boolean {
    return this.requests.length + this.background.length > 0;
  }

  /**
   * Runs a computation for a request, after the requests queued before it (one at a time) and
   * before any background work. A cancelled request is answered at the next slice, or at once
   * while it waits its turn.
   */
  request<T>(steps: Steps<T>, token?: Cancellable, cancelError?: () => unknown, name?: string): Promise<T> {
    return this.add(this.requests, steps, token, cancelError, name);
  }

  /**
   * Runs a computation for a request before the requests queued, after those queued this way
   * before it: for a short computation that reads nothing the others change (a search of the
   * persistent index's snapshot while the answers over the index are made, about a second at 10k
   * notes, queued as one request).
   */
  requestFirst<T>(steps: Steps<T>, token?: Cancellable, cancelError?: () => unknown, name?: string): Promise<T> {
    return this.add(this.requests, steps, token, cancelError, name, undefined, true);
  }

  /**
   * Runs background work, one at a time, when no request is waiting and the client is quiet
   * (for `wait.quietMs`, or after `wait.maxWaitMs` at most, when given). `first`: before the
   * background work queued (also one that has begun), after that queued `first` before it.
   */
  runInBackground<T>(steps: Steps<T>, name?: string, wait?: BackgroundWait, first = false): Promise<T> {
    if (!this.background.length) this.backgroundSince = performance.now();
    return this.add(this.background, steps, undefined, undefined, name, wait, first);
  }

  private add<T>(queue: Job[], steps: Steps<T>, token?: Cancellable, cancelError?: () => unknown, name?: string, wait?: BackgroundWait, first = false): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const job: Job = { steps, resolve: resolve as (v: unknown) => void, reject, name, wait, first };
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
      if (first) {
        const at = queue.findIndex((j) => !j.first);
        queue.splice(at < 0 ? queue.length : at, 0, job);
      } else queue.push(job);
      this.schedule();
    });
  }

  private schedule(delayMs = 0): void {
    if (delayMs > 0) {
      if (this.scheduled || this.timer) return;
      this.timer = setTimeout(() => {
        this.timer = null;
        this.schedule();
      }, delayMs);
      return;
    }
    if (this.scheduled) return;
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.turn();
    });
  }

  private turn(): void {
    const { reads, last, pending } = this.options.traffic();
    // A message came in since the last slice, or waits for its handler: the handler runs first
    // (it was queued after this turn). A few turns at most, should a count go wrong.
    if ((reads !== this.readsSeen || pending) && this.deferred < MAX_DEFERRALS) {
      this.readsSeen = reads;
      this.deferred++;
      this.schedule();
      return;
    }
    this.deferred = 0;
    let queue: Job[];
    const now = performance.now();
    let kind: 'request' | 'quiet' | 'waited' = 'request';
    if (this.requests.length) queue = this.requests;
    else if (this.background.length) {
      const { quietMs, maxWaitMs } = this.background[0].wait ?? this.options;
      const quietFor = pending ? 0 : now - last;
      const waited = now - this.backgroundSince;
      if (quietFor < quietMs && waited < maxWaitMs) {
        this.schedule(Math.max(1, Math.min(quietMs - quietFor, maxWaitMs - waited)));
        return;
      }
      queue = this.background;
      kind = quietFor >= quietMs ? 'quiet' : 'waited';
    } else return;
    const job = queue[0];
    if (queue === this.background) this.backgroundSince = now;
    const until = now + this.options.sliceMs;
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
      if (queue === this.background) this.backgroundSince = performance.now();
    }
    const { onSlice } = this.options;
    if (onSlice) {
      const end = performance.now();
      onSlice(kind, now, end, job.name);
      // Queued after the job's own continuations: runs once they reach their next wait.
      if (ended && queue === this.background) queueMicrotask(() => onSlice('then', end, performance.now(), job.name));
    }
    this.readsSeen = this.options.traffic().reads;
    if (this.busy) this.schedule();
  }
}

function finish(job: Job): void {
  job.dispose?.();
}

export interface WhenQuietOptions {
  /** How long after the first `schedule` the work runs, at the soonest. */
  delayMs: number;
  /** It waits on while the client sent something less than this long ago, or a message waits for its handler. */
  quietMs: number;
  /** How long after the first `schedule` it runs at the latest, however busy the client. */
  maxDelayMs: number;
  /** When the client last sent something (performance.now()), and how many of its messages wait for their handlers. */
  client: () => { lastIn: number; pending: number };
  /** The clock (performance.now()). */
  now?: () => number;
}

/**
 * Runs work `delayMs` after it is first asked for (asking again meanwhile asks for the same run),
 * once the client is quiet: what follows a change of the index (views, tool answers, diagnostics)
 * is not started between a message and the next one the client is already sending.
 */
export class WhenQuiet {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly options: WhenQuietOptions,
    private readonly run: () => void,
  ) {}

  get scheduled(): boolean {
    return this.timer !== null;
  }

  schedule(): void {
    if (this.timer) return;
    const { delayMs, quietMs, maxDelayMs, client, now = () => performance.now() } = this.options;
    const askedAt = now();
    const check = () => {
      const t = now();
      const { lastIn, pending } = client();
      const quietFor = t - lastIn;
      if ((pending > 0 || quietFor < quietMs) && t - askedAt < maxDelayMs) {
        this.timer = setTimeout(check, Math.max(5, Math.min(quietMs - quietFor, askedAt + maxDelayMs - t)));
        return;
      }
      this.timer = null;
      this.run();
    };
    this.timer = setTimeout(check, delayMs);
  }
}
