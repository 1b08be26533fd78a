"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
// The server's runner of stepped computations: requests before background work, background work
// only once the connection is quiet (or after waiting its longest), cancellation, errors.
const strict_1 = __importDefault(require("node:assert/strict"));
const node_test_1 = require("node:test");
const slices_1 = require("../../server/src/node/slices");
/** A computation of `n` steps that notes each step in `log` under `name`. */
function* counted(name, n, log) {
    for (let i = 0; i < n; i++) {
        log.push(name);
        yield;
    }
    return name;
}
/** Steps of about `ms` milliseconds each (a slice ends after the step that passes its end). */
function* busy(name, n, ms, log) {
    for (let i = 0; i < n; i++) {
        log.push(name);
        const until = performance.now() + ms;
        while (performance.now() < until)
            ;
        yield;
    }
    return name;
}
function token() {
    const listeners = [];
    const t = {
        isCancellationRequested: false,
        onCancellationRequested(l) {
            listeners.push(l);
            return { dispose: () => listeners.splice(listeners.indexOf(l), 1) };
        },
        cancel() {
            t.isCancellationRequested = true;
            for (const l of [...listeners])
                l();
        },
    };
    return t;
}
const quiet = { last: -Infinity, reads: 0 };
(0, node_test_1.describe)('slices', () => {
    (0, node_test_1.test)('a request runs before background work queued before it, and both finish', async () => {
        const s = new slices_1.Slicer({ sliceMs: 1, quietMs: 0, maxWaitMs: 1000, traffic: () => quiet });
        const log = [];
        const bg = s.runInBackground(busy('bg', 20, 0.5, log));
        const req = s.request(counted('req', 5, log));
        strict_1.default.equal(await req, 'req');
        // The request was queued before the first turn: it ran first and whole.
        strict_1.default.deepEqual(log.slice(0, 5), ['req', 'req', 'req', 'req', 'req']);
        strict_1.default.equal(await bg, 'bg');
        strict_1.default.equal(log.length, 25);
        strict_1.default.equal(s.busy, false);
    });
    (0, node_test_1.test)('a request asked to go first runs at the next slice, before a request that has begun and those queued, after those that went first before it', async () => {
        const s = new slices_1.Slicer({ sliceMs: 1, quietMs: 0, maxWaitMs: 1000, traffic: () => quiet });
        const log = [];
        const long = s.request(busy('long', 10, 0.5, log));
        const next = s.request(counted('next', 1, log));
        // Once the long request has run a slice.
        await new Promise((resolve) => setImmediate(resolve));
        strict_1.default.ok(log.includes('long') && log.length < 10);
        const first = s.requestFirst(counted('first', 2, log));
        const second = s.requestFirst(counted('second', 1, log));
        strict_1.default.deepEqual(await Promise.all([long, next, first, second]), ['long', 'next', 'first', 'second']);
        const at = (name) => log.indexOf(name);
        strict_1.default.ok(at('first') < log.lastIndexOf('long') && log.lastIndexOf('first') < at('second') && at('second') < log.lastIndexOf('long'), log.join(' '));
        strict_1.default.ok(log.lastIndexOf('long') < at('next'));
    });
    (0, node_test_1.test)('a request arriving while background work runs goes in at the next slice', async () => {
        const s = new slices_1.Slicer({ sliceMs: 1, quietMs: 0, maxWaitMs: 1000, traffic: () => quiet });
        const log = [];
        let req;
        function* background() {
            for (let i = 0; i < 50; i++) {
                log.push('bg');
                const until = performance.now() + 0.3;
                while (performance.now() < until)
                    ;
                if (i === 3)
                    req = s.request(counted('req', 3, log));
                yield;
            }
            return 'bg';
        }
        const bg = s.runInBackground(background());
        await bg;
        await req;
        const first = log.indexOf('req');
        strict_1.default.ok(first > 0);
        // Once in, the request ran to its end before the background went on.
        strict_1.default.deepEqual(log.slice(first, first + 3), ['req', 'req', 'req']);
        strict_1.default.ok(log.lastIndexOf('bg') > first + 2);
    });
    (0, node_test_1.test)('background work waits until the connection has been quiet for quietMs', async () => {
        const traffic = { last: performance.now(), reads: 1 };
        const s = new slices_1.Slicer({ sliceMs: 2, quietMs: 40, maxWaitMs: 10_000, traffic: () => traffic });
        let startedAt = 0;
        function* job() {
            startedAt = performance.now();
            yield;
        }
        await s.runInBackground(job());
        strict_1.default.ok(startedAt - traffic.last >= 40, `started ${(startedAt - traffic.last).toFixed(1)} ms after the last message`);
    });
    (0, node_test_1.test)('without a quiet moment, background work still runs after maxWaitMs', async () => {
        const traffic = { last: performance.now(), reads: 0 };
        // The client never stops talking.
        const talk = setInterval(() => {
            traffic.last = performance.now();
            traffic.reads++;
        }, 1);
        try {
            const s = new slices_1.Slicer({ sliceMs: 2, quietMs: 1_000_000, maxWaitMs: 30, traffic: () => traffic });
            const queued = performance.now();
            const log = [];
            strict_1.default.equal(await s.runInBackground(counted('bg', 3, log)), 'bg');
            strict_1.default.ok(performance.now() - queued >= 30);
        }
        finally {
            clearInterval(talk);
        }
    });
    (0, node_test_1.test)('a background job with a wait of its own waits for its own quiet, and for its own longest wait', async () => {
        const traffic = { last: performance.now(), reads: 1 };
        // The slicer's own quiet is none: only the job's wait holds it back.
        const s = new slices_1.Slicer({ sliceMs: 2, quietMs: 0, maxWaitMs: 10_000, traffic: () => traffic });
        let startedAt = 0;
        function* job() {
            startedAt = performance.now();
            yield;
        }
        await s.runInBackground(job(), 'turn', { quietMs: 40, maxWaitMs: 10_000 });
        strict_1.default.ok(startedAt - traffic.last >= 40, `started ${(startedAt - traffic.last).toFixed(1)} ms after the last message`);
        // A client that never stops talking: the job still runs once its own longest wait is over, not the slicer's.
        const talk = setInterval(() => {
            traffic.last = performance.now();
            traffic.reads++;
        }, 1);
        try {
            const queued = performance.now();
            await s.runInBackground(job(), 'turn', { quietMs: 1_000_000, maxWaitMs: 30 });
            strict_1.default.ok(startedAt - queued >= 30 && startedAt - queued < 5000, `started ${(startedAt - queued).toFixed(1)} ms after it was queued`);
        }
        finally {
            clearInterval(talk);
        }
    });
    (0, node_test_1.test)('background work waits while a message read long ago still waits for its handler', async () => {
        // Read long ago (quiet by the clock), but not handled yet: a handler that held the thread.
        const traffic = { last: performance.now() - 1000, reads: 1, pending: 1 };
        const s = new slices_1.Slicer({ sliceMs: 2, quietMs: 5, maxWaitMs: 10_000, traffic: () => traffic });
        let startedAt = 0;
        function* job() {
            startedAt = performance.now();
            yield;
        }
        const done = s.runInBackground(job());
        // The handler runs 30 ms later; the connection is quiet 5 ms after that.
        const handledAt = await new Promise((resolve) => setTimeout(() => {
            traffic.pending = 0;
            traffic.last = performance.now();
            resolve(traffic.last);
        }, 30));
        await done;
        strict_1.default.ok(startedAt - handledAt >= 5, `started ${(startedAt - handledAt).toFixed(1)} ms after the handler`);
    });
    (0, node_test_1.test)("a request's slice gives way to a message waiting for its handler, for a few turns at most", async () => {
        const traffic = { last: -Infinity, reads: 0, pending: 1 };
        const s = new slices_1.Slicer({ sliceMs: 0, quietMs: 0, maxWaitMs: 1000, traffic: () => traffic });
        const log = [];
        const running = s.request(counted('req', 2, log));
        // The waiting handler's turn comes before the request's first step.
        setImmediate(() => {
            log.push('handler');
            traffic.pending = 0;
        });
        strict_1.default.equal(await running, 'req');
        strict_1.default.deepEqual(log, ['handler', 'req', 'req']);
        // A count that never comes down holds nothing up for good.
        traffic.pending = 1;
        strict_1.default.equal(await s.request(counted('stuck', 2, [])), 'stuck');
    });
    (0, node_test_1.test)('a message read between slices does not hold a computation up for good', async () => {
        const traffic = { last: -Infinity, reads: 0 };
        // Every look finds a new message.
        const s = new slices_1.Slicer({ sliceMs: 0, quietMs: 0, maxWaitMs: 1000, traffic: () => ({ last: traffic.last, reads: ++traffic.reads }) });
        strict_1.default.equal(await s.request(counted('req', 20, [])), 'req');
    });
    (0, node_test_1.test)('a request cancelled while it waits its turn is answered at once and never runs; one cancelled while running stops at the next slice', async () => {
        const s = new slices_1.Slicer({ sliceMs: 1, quietMs: 0, maxWaitMs: 1000, traffic: () => quiet });
        const log = [];
        const first = token();
        const second = token();
        const running = s.request(busy('first', 1000, 0.2, log), first);
        const waiting = s.request(counted('second', 3, log), second, () => new Error('second cancelled'));
        second.cancel();
        await strict_1.default.rejects(waiting, /second cancelled/);
        first.cancel();
        await strict_1.default.rejects(running, /cancelled/);
        strict_1.default.ok(!log.includes('second'));
        strict_1.default.ok(log.length < 1000);
        // Cancelled before it was asked: never queued.
        await strict_1.default.rejects(s.request(counted('third', 1, log), first));
        strict_1.default.equal(s.busy, false);
    });
    (0, node_test_1.test)('a computation that throws rejects its own promise only', async () => {
        const s = new slices_1.Slicer({ sliceMs: 1, quietMs: 0, maxWaitMs: 1000, traffic: () => quiet });
        function* broken() {
            yield;
            throw new Error('broken');
        }
        const bad = s.request(broken());
        const good = s.request(counted('good', 3, []));
        await strict_1.default.rejects(bad, /broken/);
        strict_1.default.equal(await good, 'good');
    });
});
(0, node_test_1.describe)('work after a change, when the client is quiet', () => {
    /** A WhenQuiet on a clock the test moves (with the mocked timers), and a client whose last message and pending count the test sets. */
    function setUp() {
        let clock = 0;
        const runs = [];
        const client = { lastIn: -Infinity, pending: 0 };
        const when = new slices_1.WhenQuiet({ delayMs: 100, quietMs: 50, maxDelayMs: 2000, client: () => client, now: () => clock }, () => runs.push(clock));
        const tick = (ms) => {
            for (let i = 0; i < ms; i++) {
                clock++;
                node_test_1.mock.timers.tick(1);
            }
        };
        return { when, runs, client, tick };
    }
    (0, node_test_1.test)('runs once, the delay after it was first asked for, when the client has sent nothing meanwhile', (t) => {
        node_test_1.mock.timers.enable({ apis: ['setTimeout'] });
        t.after(() => node_test_1.mock.timers.reset());
        const { when, runs, tick } = setUp();
        when.schedule();
        tick(40);
        when.schedule();
        tick(59);
        strict_1.default.deepEqual(runs, []);
        tick(1);
        strict_1.default.deepEqual(runs, [100]);
        tick(500);
        strict_1.default.deepEqual(runs, [100]);
        strict_1.default.equal(when.scheduled, false);
    });
    (0, node_test_1.test)('waits while the client keeps sending (every 20 ms), and runs once it has been quiet for 50 ms', (t) => {
        node_test_1.mock.timers.enable({ apis: ['setTimeout'] });
        t.after(() => node_test_1.mock.timers.reset());
        const { when, runs, client, tick } = setUp();
        when.schedule();
        for (let sent = 0; sent < 30; sent++) {
            tick(20);
            client.lastIn = (sent + 1) * 20;
        }
        strict_1.default.deepEqual(runs, []);
        tick(49);
        strict_1.default.deepEqual(runs, []);
        tick(10);
        strict_1.default.equal(runs.length, 1);
        strict_1.default.ok(runs[0] >= 600 + 50 && runs[0] <= 600 + 55, `ran at ${runs[0]}`);
    });
    (0, node_test_1.test)('waits while a message waits for its handler, however long ago it came', (t) => {
        node_test_1.mock.timers.enable({ apis: ['setTimeout'] });
        t.after(() => node_test_1.mock.timers.reset());
        const { when, runs, client, tick } = setUp();
        client.pending = 1;
        when.schedule();
        tick(300);
        strict_1.default.deepEqual(runs, []);
        client.pending = 0;
        tick(10);
        strict_1.default.equal(runs.length, 1);
    });
    (0, node_test_1.test)('a client that never stops sending waits the longest delay, not more', (t) => {
        node_test_1.mock.timers.enable({ apis: ['setTimeout'] });
        t.after(() => node_test_1.mock.timers.reset());
        const { when, runs, client, tick } = setUp();
        when.schedule();
        for (let ms = 0; ms < 2100; ms += 10) {
            tick(10);
            client.lastIn = ms + 10;
        }
        strict_1.default.equal(runs.length, 1);
        strict_1.default.ok(runs[0] >= 2000 && runs[0] <= 2010, `ran at ${runs[0]}`);
    });
});
//# sourceMappingURL=slices.test.js.map