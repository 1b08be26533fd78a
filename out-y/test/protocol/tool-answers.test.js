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
// After a whole index, every tool's card and definition and the search table are made before the
// index is said complete (the end of its progress, indexStatus, indexChanged): the first
// whole-index request after "complete" waited for all of them (1.4-2 s after a 10k warm start).
// They run at request priority, a slice at a time, without waiting for the client to be quiet.
// The server's latency trace names the work each answer came after.
const strict_1 = __importDefault(require("node:assert/strict"));
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const path = __importStar(require("node:path"));
const node_test_1 = require("node:test");
const lsp_client_1 = require("../support/lsp-client");
const paths_1 = require("../support/paths");
const AFTER_INDEX = ['request (tool answers)', 'request (search table)'];
(0, node_test_1.test)('the tool answers and the search table are made before the end of the indexing progress', async () => {
    const dir = (0, node_fs_1.mkdtempSync)(path.join((0, node_os_1.tmpdir)(), 'infranotes-trace-'));
    const traceFile = path.join(dir, 'trace.jsonl');
    process.env.INFRANOTES_LATENCY_TRACE = traceFile;
    let c;
    let status;
    let complete;
    try {
        c = await lsp_client_1.LspClient.start({ root: paths_1.samplesDir });
        await c.waitForNotification('$/progress', (p) => p.value.kind === 'end');
        // Asked the moment the end is seen: the server says whether answers come now.
        status = await c.request('infranotes/indexStatus');
        complete = await c.waitIndexed();
        const symbols = await c.request('workspace/symbol', { query: 'terraform' });
        strict_1.default.ok(symbols.length > 0);
        // indexChanged said "not indexing" only after the end of progress.
        const end = c.received.findIndex((r) => r.method === '$/progress' && r.params.value.kind === 'end');
        const notIndexing = c.received.findIndex((r) => r.method === 'infranotes/indexChanged' && r.params.indexing === false && r.params.notes > 0);
        strict_1.default.ok(end >= 0 && notIndexing > end, `progress end at ${end}, indexChanged (not indexing) at ${notIndexing}`);
    }
    finally {
        delete process.env.INFRANOTES_LATENCY_TRACE;
        await c?.stop();
    }
    try {
        strict_1.default.equal(status.indexing, false);
        strict_1.default.ok(status.notes > 0);
        strict_1.default.equal(complete.indexing, false);
        const lines = (0, node_fs_1.readFileSync)(traceFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
        const spans = (l) => (l?.during ?? []).map(([what]) => what);
        const statusAt = lines.findIndex((l) => l.method === 'infranotes/indexStatus');
        const before = lines.slice(0, statusAt + 1).flatMap(spans);
        // Made at request priority, not left for quiet moments.
        for (const name of AFTER_INDEX)
            strict_1.default.ok(before.includes(name), `before the end of progress: ${[...new Set(before)].join(', ')}`);
        strict_1.default.ok(!before.some((s) => s.startsWith('background') && (s.includes('tools') || s.includes('search'))), [...new Set(before)].join(', '));
        // Nothing of that work was left for the first request after the end.
        const symbolSpans = spans(lines.find((l, i) => i > statusAt && l.method === 'workspace/symbol'));
        strict_1.default.ok(!symbolSpans.some((s) => AFTER_INDEX.includes(s)), `the symbol request waited for: ${symbolSpans.join(', ')}`);
    }
    finally {
        (0, node_fs_1.rmSync)(dir, { recursive: true, force: true });
    }
});
//# sourceMappingURL=tool-answers.test.js.map