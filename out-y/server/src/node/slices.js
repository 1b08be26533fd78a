"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.WhenQuiet = exports.Slicer = void 0;
/** Turns in a row a slice gives up to messages waiting for their handlers. */
const MAX_DEFERRALS = 3;
class Slicer {
    options;
    requests = [];
    background = [];
    scheduled = false;
    timer = null;
    /** When background work last ran a slice, or started waiting for one. */
    backgroundSince = 0;
    /** The count of messages read when the last slice ended. */
    readsSeen = 0;
    /** Turns given up in a row to messages that came in. */
    deferred = 0;
    constructor(options) {
        this.options = options;
    }
    /** Whether a request is running or waiting. */
    get requestsWaiting() {
        return this.requests.length > 0;
    }
    /** Whether anything is running or waiting. */
    get busy() {
        return this.requests.length + this.background.length > 0;
    }
    /**
     * Runs a computation for a request, after the requests queued before it (one at a time) and
     * before any background work. A cancelled request is answered at the next slice, or at once
     * while it waits its turn.
     */
    request(steps, token, cancelError, name) {
        return this.add(this.requests, steps, token, cancelError, name);
    }
    /**
     * Runs a computation for a request before the requests queued, after those queued this way
     * before it: for a short computation that reads nothing the others change (a search of the
     * persistent index's snapshot while the answers over the index are made, about a second at 10k
     * notes, queued as one request).
     */
    requestFirst(steps, token, cancelError, name) {
        return this.add(this.requests, steps, token, cancelError, name, undefined, true);
    }
    /**
     * Runs background work, one at a time, when no request is waiting and the client is quiet
     * (for `wait.quietMs`, or after `wait.maxWaitMs` at most, when given).
     */
    runInBackground(steps, name, wait) {
        if (!this.background.length)
            this.backgroundSince = performance.now();
        return this.add(this.background, steps, undefined, undefined, name, wait);
    }
    add(queue, steps, token, cancelError, name, wait, first = false) {
        return new Promise((resolve, reject) => {
            const job = { steps, resolve: resolve, reject, name, wait, first };
            if (token) {
                const error = cancelError ?? (() => new Error('cancelled'));
                if (token.isCancellationRequested)
                    return reject(error());
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
            }
            else
                queue.push(job);
            this.schedule();
        });
    }
    schedule(delayMs = 0) {
        if (delayMs > 0) {
            if (this.scheduled || this.timer)
                return;
            this.timer = setTimeout(() => {
                this.timer = null;
                this.schedule();
            }, delayMs);
            return;
        }
        if (this.scheduled)
            return;
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
    turn() {
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
        let queue;
        const now = performance.now();
        let kind = 'request';
        if (this.requests.length)
            queue = this.requests;
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
        }
        else
            return;
        const job = queue[0];
        if (queue === this.background)
            this.backgroundSince = now;
        const until = now + this.options.sliceMs;
        let ended = true;
        try {
            if (job.cancelled?.())
                throw job.cancelError();
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
        }
        catch (e) {
            job.reject(e);
        }
        if (ended) {
            queue.shift();
            finish(job);
            if (queue === this.background)
                this.backgroundSince = performance.now();
        }
        const { onSlice } = this.options;
        if (onSlice) {
            const end = performance.now();
            onSlice(kind, now, end, job.name);
            // Queued after the job's own continuations: runs once they reach their next wait.
            if (ended && queue === this.background)
                queueMicrotask(() => onSlice('then', end, performance.now(), job.name));
        }
        this.readsSeen = this.options.traffic().reads;
        if (this.busy)
            this.schedule();
    }
}
exports.Slicer = Slicer;
function finish(job) {
    job.dispose?.();
}
/**
 * Runs work `delayMs` after it is first asked for (asking again meanwhile asks for the same run),
 * once the client is quiet: what follows a change of the index (views, tool answers, diagnostics)
 * is not started between a message and the next one the client is already sending.
 */
class WhenQuiet {
    options;
    run;
    timer = null;
    constructor(options, run) {
        this.options = options;
        this.run = run;
    }
    get scheduled() {
        return this.timer !== null;
    }
    schedule() {
        if (this.timer)
            return;
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
exports.WhenQuiet = WhenQuiet;
//# sourceMappingURL=slices.js.map