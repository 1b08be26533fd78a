// Where a request's time goes, for finding the causes of slow answers: when the environment
// variable INFRANOTES_LATENCY_TRACE names a file, the server appends to it, at exit, one JSON line
// per message it read: its method, when it came (ms since start), when its answer was written,
// and the scheduler's slices and garbage collections since the answer before it (the client asks
// the next question as soon as it has an answer, so these are what the request may have waited for).
// Each line also has the process's time origin (ms since the epoch), so that its times can be
// set beside a client's (origin + received is when the message was read, on the wall clock).
// Off by default: nothing is recorded and nothing is observed.
import * as fs from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';

interface Span {
  what: string;
  start: number;
  end: number;
}

interface Entry {
  method: string;
  /** A search's query. */
  query?: string;
  id?: number | string;
  received: number;
  /** When the first bytes of the message came (a message read from the same bytes as the one before it: undefined). */
  firstByte?: number;
  answered?: number;
  /** When the answer before this one was written: slices and collections after it and before this answer are this entry's. */
  after?: number;
}

export class LatencyTrace {
  private readonly entries: Entry[] = [];
  private readonly open = new Map<number | string, Entry>();
  private readonly spans: Span[] = [];
  private lastAnswered = 0;
  private firstByte: number | undefined;

  constructor(private readonly file: string) {
    const gc = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) this.spans.push({ what: `gc${((e as { detail?: { kind?: number } }).detail)?.kind ?? ''}`, start: e.startTime, end: e.startTime + e.duration });
    });
    gc.observe({ entryTypes: ['gc'] });
    process.on('exit', () => this.flush());
  }

  /** Notes when bytes come in on the server's input. */
  watchInput(input: NodeJS.ReadableStream): void {
    input.on('data', () => {
      this.firstByte ??= performance.now();
    });
  }

  /** A message was read. */
  read(msg: { method?: string; id?: number | string; params?: unknown }): void {
    const firstByte = this.firstByte;
    this.firstByte = undefined;
    if (!msg.method) return;
    const e: Entry = { method: msg.method, received: performance.now(), firstByte };
    const query = (msg.params as { query?: unknown } | undefined)?.query;
    if (typeof query === 'string') e.query = query;
    if (msg.id !== undefined) {
      e.id = msg.id;
      this.open.set(msg.id, e);
    }
    this.entries.push(e);
  }

  /** A response is about to be written. */
  answered(id: number | string | null | undefined): void {
    if (id === null || id === undefined) return;
    const e = this.open.get(id);
    if (!e) return;
    this.open.delete(id);
    e.answered = performance.now();
    e.after = this.lastAnswered;
    this.lastAnswered = e.answered;
  }

  /** The scheduler ran a slice. */
  slice(what: string, start: number, end: number): void {
    this.spans.push({ what, start, end });
  }

  private flush(): void {
    // Spans are matched to answers only now: a collection's entry reaches the observer after the
    // code it interrupted has returned, so one during a request came after its answer was noted.
    const spans = this.spans.sort((a, b) => a.end - b.end);
    let first = 0;
    let longest = 0;
    for (const s of spans) longest = Math.max(longest, s.end - s.start);
    const during = (e: Entry): Span[] | undefined => {
      if (e.answered === undefined) return undefined;
      while (first < spans.length && spans[first].end <= e.after!) first++;
      const found: Span[] = [];
      for (let i = first; i < spans.length && spans[i].end - longest < e.answered; i++) if (spans[i].start < e.answered) found.push(spans[i]);
      return found;
    };
    const answeredInOrder = this.entries.filter((e) => e.answered !== undefined).sort((a, b) => a.answered! - b.answered!);
    const spansOf = new Map(answeredInOrder.map((e) => [e, during(e)]));
    const round = (n: number) => Math.round(n * 100) / 100;
    const origin = round(performance.timeOrigin);
    const lines = this.entries.map((e) =>
      JSON.stringify({
        pid: process.pid,
        origin,
        method: e.method,
        query: e.query,
        received: round(e.received),
        decode: e.firstByte === undefined ? undefined : round(e.received - e.firstByte),
        ms: e.answered === undefined ? undefined : round(e.answered - e.received),
        during: spansOf.get(e)?.map((s) => [s.what, round(s.start), round(s.end - s.start)]),
      }),
    );
    // Where the process's memory is at its end (after a benchmark's last phase, near its peak), in MB.
    const mb = (n: number) => Math.round(n / 10485.76) / 100;
    const usage = process.memoryUsage();
    const memory = {
      rss: mb(usage.rss),
      heapTotal: mb(usage.heapTotal),
      heapUsed: mb(usage.heapUsed),
      external: mb(usage.external),
      arrayBuffers: mb(usage.arrayBuffers),
      spaces: Object.fromEntries(getHeapSpaceStatistics().map((s) => [s.space_name, [mb(s.space_size), mb(s.space_used_size)]])),
    };
    lines.push(JSON.stringify({ pid: process.pid, origin, memory }));
    fs.appendFileSync(this.file, lines.join('\n') + '\n');
  }
}

/** The trace the environment asks for, or null. */
export function latencyTraceFromEnv(): LatencyTrace | null {
  const file = process.env.INFRANOTES_LATENCY_TRACE;
  return file ? new LatencyTrace(file) : null;
}
