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
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const node_test_1 = require("node:test");
const strict_1 = __importDefault(require("node:assert/strict"));
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const path = __importStar(require("node:path"));
const latency_trace_1 = require("../../server/src/node/latency-trace");
(0, node_test_1.test)('a latency trace line says when its message came on the wall clock (origin + received), to be set beside a client', () => {
    const dir = (0, node_fs_1.mkdtempSync)(path.join((0, node_os_1.tmpdir)(), 'infranotes-latency-'));
    try {
        const file = path.join(dir, 'trace.jsonl');
        const exitListeners = process.listeners('exit');
        const trace = new latency_trace_1.LatencyTrace(file);
        // It writes at exit: not into a folder this test removes.
        for (const l of process.listeners('exit'))
            if (!exitListeners.includes(l))
                process.off('exit', l);
        const before = Date.now();
        trace.read({ method: 'textDocument/hover', id: 1 });
        const after = Date.now();
        trace.answered(1);
        trace.flush();
        const [line] = (0, node_fs_1.readFileSync)(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
        strict_1.default.equal(line.method, 'textDocument/hover');
        strict_1.default.equal(typeof line.origin, 'number');
        // performance.timeOrigin is a wall-clock time with sub-millisecond parts; the line's times are rounded to 0.01 ms.
        const at = line.origin + line.received;
        strict_1.default.ok(at >= before - 1 && at <= after + 1, `${at} not within ${before}..${after}`);
        strict_1.default.ok(line.ms >= 0);
    }
    finally {
        (0, node_fs_1.rmSync)(dir, { recursive: true, force: true });
    }
});
//# sourceMappingURL=latency-trace.test.js.map