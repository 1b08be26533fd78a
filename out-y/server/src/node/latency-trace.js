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
exports.LatencyTrace = void 0;
exports.latencyTraceFromEnv = latencyTraceFromEnv;
// Where a request's time goes, for finding the causes of slow answers: when the environment
// variable INFRANOTES_LATENCY_TRACE names a file, the server appends to it, at exit, one JSON line
// per message it read: its method, when it came (ms since start), when its answer was written,
// and the scheduler's slices and garbage collections since the answer before it (the client asks
// the next question as soon as it has an answer, so these are what the request may have waited for).
// Each line also has the process's time origin (ms since the epoch), so that its times can be
// set beside a client's (origin + received is when the message was read, on the wall clock).
// Off by default: nothing is recorded and nothing is observed.
const fs = __importStar(require("node:fs"));
const node_perf_hooks_1 = require("node:perf_hooks");
class LatencyTrace {
    file;
    entries = [];
    open = new Map();
    spans = [];
    lastAnswered = 0;
    firstByte;
    constructor(file) {
        this.file = file;
        const gc = new node_perf_hooks_1.PerformanceObserver((list) => {
            for (const e of list.getEntries())
                this.spans.push({ what: `gc${(e.detail)?.kind ?? ''}`, start: e.startTime, end: e.startTime + e.duration });
        });
        gc.observe({ entryTypes: ['gc'] });
        process.on('exit', () => this.flush());
    }
    /** Notes when bytes come in on the server's input. */
    watchInput(input) {
        input.on('data', () => {
            this.firstByte ??= performance.now();
        });
    }
    /** A message was read. */
    read(msg) {
        const firstByte = this.firstByte;
        this.firstByte = undefined;
        if (!msg.method)
            return;
        const e = { method: msg.method, received: performance.now(), firstByte };
        const query = msg.params?.query;
        if (typeof query === 'string')
            e.query = query;
        if (msg.id !== undefined) {
            e.id = msg.id;
            this.open.set(msg.id, e);
        }
        this.entries.push(e);
    }
    /** A response is about to be written. */
    answered(id) {
        if (id === null || id === undefined)
            return;
        const e = this.open.get(id);
        if (!e)
            return;
        this.open.delete(id);
        e.answered = performance.now();
        e.during = this.spans.filter((s) => s.end > this.lastAnswered && s.start < e.answered);
        this.lastAnswered = e.answered;
        // Spans end in order, more or less: those well before the last answer are no use any more.
        if (this.spans.length > 4096)
            this.spans.splice(0, this.spans.length - 1024);
    }
    /** The scheduler ran a slice. */
    slice(what, start, end) {
        this.spans.push({ what, start, end });
    }
    flush() {
        const round = (n) => Math.round(n * 100) / 100;
        const origin = round(performance.timeOrigin);
        const lines = this.entries.map((e) => JSON.stringify({
            pid: process.pid,
            origin,
            method: e.method,
            query: e.query,
            received: round(e.received),
            decode: e.firstByte === undefined ? undefined : round(e.received - e.firstByte),
            ms: e.answered === undefined ? undefined : round(e.answered - e.received),
            during: e.during?.map((s) => [s.what, round(s.start), round(s.end - s.start)]),
        }));
        fs.appendFileSync(this.file, lines.join('\n') + '\n');
    }
}
exports.LatencyTrace = LatencyTrace;
/** The trace the environment asks for, or null. */
function latencyTraceFromEnv() {
    const file = process.env.INFRANOTES_LATENCY_TRACE;
    return file ? new LatencyTrace(file) : null;
}
//# sourceMappingURL=latency-trace.js.map