// The server's runner of stepped computations: requests before background work, background work
// only once the connection is quiet (or after waiting its longest), cancellation, errors.
import assert from 'node:assert/strict';
import { describe, mock, test } from 'node:test';
import type { Steps } from '../../server/src/core/features/steps';
import { Slicer, WhenQuiet, type Cancellable } from '../../server/src/node/slices';

/** A computation of `n` steps that notes each step in `log` under `name`. */
function* counted(name: string, n: number, log: string[]): Steps<string> {
  for (let i = 0; i < n; i++) {
    log.push(name);
    yield;
  }
  return name;
}

/** Steps of about `ms` milliseconds each (a slice ends after the step that passes its end). */
function* busy(name: string, n: number, ms: number, log: string[]): Steps<string> {
  for (let i = 0; i < n; i++) {
    log.push(name);
    const until = performance.now() + ms;
    while (performance.now() < until);
    yield;
  }
  return name;
}

function token(): Cancellable & { cancel(): void } {
  const listeners: Array<() => void> = [];
  const t = {
    isCancellationRequested: false,
    onCancellationRequested(l: () => void) {
      listeners.push(l);
      return { dispose: () => listeners.splice(listeners.indexOf(l), 1) };
    },
    cancel() {
      t.isCancellationRequested = true;
      for (const l of [...listeners]) l();
    },
  };
  return t;
}

const quiet = { last: -Infinity, reads: 0 };

describe('slices', () => {
  test('a request runs before background work queued before it, and both finish', async () => {
    const s = new Slicer({ sliceMs: 1, quietMs: 0, maxWaitMs: 1000, traffic: () => quiet });
    const log: string[] = [];
    const bg = s.runInBackground(busy('bg', 20, 0.5, log));
    const req = s.request(counted('req', 5, log));
    assert.equal(await req, 'req');
    // The request was queued before the first turn: it ran first and whole.
    assert.deepEqual(log.slice(0, 5), ['req', 'req', 'req', 'req', 'req']);
    assert.equal(await bg, 'bg');
    assert.equal(log.length, 25);
    assert.equal(s.busy, false);
  });

  test('a request asked to go first runs at the next slice, before a request that has begun and those queued, after those that went first before it', async () => {
    const s = new Slicer({ sliceMs: 1, quietMs: 0, maxWaitMs: 1000, traffic: () => quiet });
    const log: string[] = [];
    const long = s.request(busy('long', 10, 0.5, log));
    const next = s.request(counted('next', 1, log));
    // Once the long request has run a slice.
    await new Promise((resolve) => setImmediate(resolve));
    assert.ok(log.includes('long') && log.length < 10);
    const first = s.requestFirst(counted('first', 2, log));
    const second = s.requestFirst(counted('second', 1, log));
    assert.deepEqual(await Promise.all([long, next, first, second]), ['long', 'next', 'first', 'second']);
    const at = (name: string) => log.indexOf(name);
    assert.ok(at('first') < log.lastIndexOf('long') && log.lastIndexOf('first') < at('second') && at('second') < log.lastIndexOf('long'), log.join(' '));
    assert.ok(log.lastIndexOf('long') < at('next'));
  });

  test('background work asked to go first runs at the next background slice, before background work that has begun, with its own wait', async () => {
    const s = new Slicer({ sliceMs: 1, quietMs: 0, maxWaitMs: 1000, traffic: () => quiet });
    const log: string[] = [];
    const long = s.runInBackground(busy('long', 10, 0.5, log));
    const queued = s.runInBackground(counted('queued', 1, log));
    // Once the long job has run a slice.
    await new Promise((resolve) => setImmediate(resolve));
    const first = s.runInBackground(counted('first', 2, log), 'first', { quietMs: 0, maxWaitMs: 1000 }, true);
    assert.deepEqual(await Promise.all([long, queued, first]), ['long', 'queued', 'first']);
    assert.ok(log.indexOf('long') < log.indexOf('first'), 'the long job had begun');
    assert.ok(log.lastIndexOf('first') < log.lastIndexOf('long'), log.join(' '));
    assert.ok(log.lastIndexOf('long') < log.indexOf('queued'));
  });

  test('a request arriving while background work runs goes in at the next slice', async () => {
    const s = new Slicer({ sliceMs: 1, quietMs: 0, maxWaitMs: 1000, traffic: () => quiet });
    const log: string[] = [];
    let req: Promise<string> | undefined;
    function* background(): Steps<string> {
      for (let i = 0; i < 50; i++) {
        log.push('bg');
        const until = performance.now() + 0.3;
        while (performance.now() < until);
        if (i === 3) req = s.request(counted('req', 3, log));
        yield;
      }
      return 'bg';
    }
    const bg = s.runInBackground(background());
    await bg;
    await req;
    const first = log.indexOf('req');
    assert.ok(first > 0);
    // Once in, the request ran to its end before the background went on.
    assert.deepEqual(log.slice(first, first + 3), ['req', 'req', 'req']);
    assert.ok(log.lastIndexOf('bg') > first + 2);
  });

  test('background work waits until the connection has been quiet for quietMs', async () => {
    const traffic = { last: performance.now(), reads: 1 };
    const s = new Slicer({ sliceMs: 2, quietMs: 40, maxWaitMs: 10_000, traffic: () => traffic });
    let startedAt = 0;
    function* job(): Steps<void> {
      startedAt = performance.now();
      yield;
    }
    await s.runInBackground(job());
    assert.ok(startedAt - traffic.last >= 40, `started ${(startedAt - traffic.last).toFixed(1)} ms after the last message`);
  });

  test('without a quiet moment, background work still runs after maxWaitMs', async () => {
    const traffic = { last: performance.now(), reads: 0 };
    // The client never stops talking.
    const talk = setInterval(() => {
      traffic.last = performance.now();
      traffic.reads++;
    }, 1);
    try {
      const s = new Slicer({ sliceMs: 2, quietMs: 1_000_000, maxWaitMs: 30, traffic: () => traffic });
      const queued = performance.now();
      const log: string[] = [];
      assert.equal(await s.runInBackground(counted('bg', 3, log)), 'bg');
      assert.ok(performance.now() - queued >= 30);
    } finally {
      clearInterval(talk);
    }
  });

  test('a background job with a wait of its own waits for its own quiet, and for its own longest wait', async () => {
    const traffic = { last: performance.now(), reads: 1 };
    // The slicer's own quiet is none: only the job's wait holds it back.
    const s = new Slicer({ sliceMs: 2, quietMs: 0, maxWaitMs: 10_000, traffic: () => traffic });
    let startedAt = 0;
    function* job(): Steps<void> {
      startedAt = performance.now();
      yield;
    }
    await s.runInBackground(job(), 'turn', { quietMs: 40, maxWaitMs: 10_000 });
    assert.ok(startedAt - traffic.last >= 40, `started ${(startedAt - traffic.last).toFixed(1)} ms after the last message`);
    // A client that never stops talking: the job still runs once its own longest wait is over, not the slicer's.
    const talk = setInterval(() => {
      traffic.last = performance.now();
      traffic.reads++;
    }, 1);
    try {
      const queued = performance.now();
      await s.runInBackground(job(), 'turn', { quietMs: 1_000_000, maxWaitMs: 30 });
      assert.ok(startedAt - queued >= 30 && startedAt - queued < 5000, `started ${(startedAt - queued).toFixed(1)} ms after it was queued`);
    } finally {
      clearInterval(talk);
    }
  });

  test('background work waits while a message read long ago still waits for its handler', async () => {
    // Read long ago (quiet by the clock), but not handled yet: a handler that held the thread.
    const traffic = { last: performance.now() - 1000, reads: 1, pending: 1 };
    const s = new Slicer({ sliceMs: 2, quietMs: 5, maxWaitMs: 10_000, traffic: () => traffic });
    let startedAt = 0;
    function* job(): Steps<void> {
      startedAt = performance.now();
      yield;
    }
    const done = s.runInBackground(job());
    // The handler runs 30 ms later; the connection is quiet 5 ms after that.
    const handledAt = await new Promise<number>((resolve) =>
      setTimeout(() => {
        traffic.pending = 0;
        traffic.last = performance.now();
        resolve(traffic.last);
      }, 30),
    );
    await done;
    assert.ok(startedAt - handledAt >= 5, `started ${(startedAt - handledAt).toFixed(1)} ms after the handler`);
  });

  test("a request's slice gives way to a message waiting for its handler, for a few turns at most", async () => {
    const traffic = { last: -Infinity, reads: 0, pending: 1 };
    const s = new Slicer({ sliceMs: 0, quietMs: 0, maxWaitMs: 1000, traffic: () => traffic });
    const log: string[] = [];
    const running = s.request(counted('req', 2, log));
    // The waiting handler's turn comes before the request's first step.
    setImmediate(() => {
      log.push('handler');
      traffic.pending = 0;
    });
    assert.equal(await running, 'req');
    assert.deepEqual(log, ['handler', 'req', 'req']);
    // A count that never comes down holds nothing up for good.
    traffic.pending = 1;
    assert.equal(await s.request(counted('stuck', 2, [])), 'stuck');
  });

  test('a message read between slices does not hold a computation up for good', async () => {
    const traffic = { last: -Infinity, reads: 0 };
    // Every look finds a new message.
    const s = new Slicer({ sliceMs: 0, quietMs: 0, maxWaitMs: 1000, traffic: () => ({ last: traffic.last, reads: ++traffic.reads }) });
    assert.equal(await s.request(counted('req', 20, [])), 'req');
  });

  test('a request cancelled while it waits its turn is answered at once and never runs; one cancelled while running stops at the next slice', async () => {
    const s = new Slicer({ sliceMs: 1, quietMs: 0, maxWaitMs: 1000, traffic: () => quiet });
    const log: string[] = [];
    const first = token();
    const second = token();
    const running = s.request(busy('first', 1000, 0.2, log), first);
    const waiting = s.request(counted('second', 3, log), second, () => new Error('second cancelled'));
    second.cancel();
    await assert.rejects(waiting, /second cancelled/);
    first.cancel();
    await assert.rejects(running, /cancelled/);
    assert.ok(!log.includes('second'));
    assert.ok(log.length < 1000);
    // Cancelled before it was asked: never queued.
    await assert.rejects(s.request(counted('third', 1, log), first));
    assert.equal(s.busy, false);
  });

  test('a computation that throws rejects its own promise only', async () => {
    const s = new Slicer({ sliceMs: 1, quietMs: 0, maxWaitMs: 1000, traffic: () => quiet });
    function* broken(): Steps<void> {
      yield;
      throw new Error('broken');
    }
    const bad = s.request(broken());
    const good = s.request(counted('good', 3, []));
    await assert.rejects(bad, /broken/);
    assert.equal(await good, 'good');
  });
});

describe('work after a change, when the client is quiet', () => {
  /** A WhenQuiet on a clock the test moves (with the mocked timers), and a client whose last message and pending count the test sets. */
  function setUp(): { when: WhenQuiet; runs: number[]; client: { lastIn: number; pending: number }; tick(ms: number): void } {
    let clock = 0;
    const runs: number[] = [];
    const client = { lastIn: -Infinity, pending: 0 };
    const when = new WhenQuiet({ delayMs: 100, quietMs: 50, maxDelayMs: 2000, client: () => client, now: () => clock }, () => runs.push(clock));
    const tick = (ms: number) => {
      for (let i = 0; i < ms; i++) {
        clock++;
        mock.timers.tick(1);
      }
    };
    return { when, runs, client, tick };
  }

  test('runs once, the delay after it was first asked for, when the client has sent nothing meanwhile', (t) => {
    mock.timers.enable({ apis: ['setTimeout'] });
    t.after(() => mock.timers.reset());
    const { when, runs, tick } = setUp();
    when.schedule();
    tick(40);
    when.schedule();
    tick(59);
    assert.deepEqual(runs, []);
    tick(1);
    assert.deepEqual(runs, [100]);
    tick(500);
    assert.deepEqual(runs, [100]);
    assert.equal(when.scheduled, false);
  });

  test('waits while the client keeps sending (every 20 ms), and runs once it has been quiet for 50 ms', (t) => {
    mock.timers.enable({ apis: ['setTimeout'] });
    t.after(() => mock.timers.reset());
    const { when, runs, client, tick } = setUp();
    when.schedule();
    for (let sent = 0; sent < 30; sent++) {
      tick(20);
      client.lastIn = (sent + 1) * 20;
    }
    assert.deepEqual(runs, []);
    tick(49);
    assert.deepEqual(runs, []);
    tick(10);
    assert.equal(runs.length, 1);
    assert.ok(runs[0] >= 600 + 50 && runs[0] <= 600 + 55, `ran at ${runs[0]}`);
  });

  test('waits while a message waits for its handler, however long ago it came', (t) => {
    mock.timers.enable({ apis: ['setTimeout'] });
    t.after(() => mock.timers.reset());
    const { when, runs, client, tick } = setUp();
    client.pending = 1;
    when.schedule();
    tick(300);
    assert.deepEqual(runs, []);
    client.pending = 0;
    tick(10);
    assert.equal(runs.length, 1);
  });

  test('a client that never stops sending waits the longest delay, not more', (t) => {
    mock.timers.enable({ apis: ['setTimeout'] });
    t.after(() => mock.timers.reset());
    const { when, runs, client, tick } = setUp();
    when.schedule();
    for (let ms = 0; ms < 2100; ms += 10) {
      tick(10);
      client.lastIn = ms + 10;
    }
    assert.equal(runs.length, 1);
    assert.ok(runs[0] >= 2000 && runs[0] <= 2010, `ran at ${runs[0]}`);
  });
});
