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
// The extraction workers: results equal extraction on this thread, idle workers are stopped (each
// keeps a heap of its own) and start again for the next run.
const strict_1 = __importDefault(require("node:assert/strict"));
const node_fs_1 = require("node:fs");
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const node_test_1 = require("node:test");
const node_url_1 = require("node:url");
const catalog_1 = require("../../server/src/core/catalog/catalog");
const context_1 = require("../../server/src/core/features/context");
const mentions_1 = require("../../server/src/core/mentions");
const extract_pool_1 = require("../../server/src/node/extract-pool");
const extract_worker_1 = require("../../server/src/node/extract-worker");
const folder_1 = require("../../server/src/node/folder");
const TEXTS = [
    '# KubeCon 2024\n\n## eBPF and Cilium - Jane Doe, Isovalent\n\nCilium replaces kube-proxy.\n',
    '# 쿠버네티스 밋업\n\n## 테라폼 모듈 설계 - 김민수 (토스)\n\n테라폼을 쓰고 Vault를 붙였다.\n',
    '# インフラ勉強会\n\n## Packer と Ansible - 佐藤 花子（メルカリ）\n\nテラフォームとPackerの比較。\n',
];
(0, node_test_1.describe)('extraction workers', () => {
    const dir = (0, node_fs_1.mkdtempSync)(path.join(os.tmpdir(), 'infranotes-pool-'));
    (0, node_test_1.after)(() => (0, node_fs_1.rmSync)(dir, { recursive: true, force: true }));
    const jobs = TEXTS.map((text, i) => {
        const file = path.join(dir, `note-${i}.md`);
        (0, node_fs_1.writeFileSync)(file, text);
        return { file, uri: (0, node_url_1.pathToFileURL)(file).href, plainText: false };
    });
    const run = async (pool) => {
        const results = [];
        await pool.run(jobs, [], 1 << 20, (r) => results.push(...r));
        return results.sort((a, b) => a.uri.localeCompare(b.uri));
    };
    (0, node_test_1.test)('give what extraction on this thread gives, stop when idle and start again', { timeout: 30_000 }, async () => {
        if (!extract_pool_1.ExtractPool.available())
            return strict_1.default.fail('the worker script is missing: build first');
        const pool = new extract_pool_1.ExtractPool(1, 20);
        const stopped = new Promise((resolve) => (pool.onIdleStop = resolve));
        const catalog = catalog_1.Catalog.builtin();
        const inline = jobs.map((j) => (0, extract_worker_1.extractFileSync)(j, catalog, 1 << 20));
        // Field by field, in one order (results that crossed threads list their fields in another).
        // Headings that crossed threads are flat: compared as objects.
        const headings = (r) => (r.headings && (0, context_1.isFlatHeadings)(r.headings) ? (0, context_1.unflattenHeadings)(r.headings) : r.headings);
        const strip = (rs) => JSON.stringify(rs.map((r) => [r.uri, r.size, r.mtimeMs, r.hash, headings(r), r.note && (0, mentions_1.storedNote)(r.note), r.skipped]));
        const expected = strip(inline);
        strict_1.default.equal(strip(await run(pool)), expected);
        await stopped;
        // A run after the workers stopped starts them again.
        strict_1.default.equal(strip(await run(pool)), expected);
        await pool.close();
    });
    (0, node_test_1.test)('results packed one at a time as they are made cross as the same batches as packed together', () => {
        const catalog = catalog_1.Catalog.builtin();
        const results = [...jobs.map((j) => (0, extract_worker_1.extractFileSync)(j, catalog, 1 << 20)), { uri: 'file:///gone.md', skipped: 'deleted before it could be read', gone: true }];
        const packer = new extract_pool_1.ResultPacker();
        for (const batch of [results.slice(0, 2), results.slice(2)]) {
            for (const r of batch)
                packer.add(r);
            strict_1.default.equal(packer.count, batch.length);
            const packed = packer.take();
            // A take starts the next batch afresh: its JSON and numbers hold only its own results.
            strict_1.default.equal(packer.count, 0);
            const together = (0, extract_pool_1.packResults)(batch);
            strict_1.default.equal(packed.json, together.json);
            strict_1.default.deepEqual(packed.numbers, together.numbers);
            const strip = (rs) => rs.map((r) => [r.uri, r.skipped, r.note && (0, mentions_1.storedNote)(r.note).mentions.toJSON(), r.note?.events]);
            strict_1.default.deepEqual(strip((0, extract_pool_1.unpackResults)(packed)), strip(batch));
        }
    });
    (0, node_test_1.test)('after a run, workers stop at once, not after the long idle time of prestarted ones', { timeout: 15_000 }, async () => {
        if (!extract_pool_1.ExtractPool.available())
            return strict_1.default.fail('the worker script is missing: build first');
        const pool = new extract_pool_1.ExtractPool(1, 10 * 60_000);
        const stopped = new Promise((resolve) => (pool.onIdleStop = () => resolve(performance.now())));
        await run(pool);
        const ran = performance.now();
        // The test's own timeout (15 s) is far below the pool's idle time (10 min).
        const at = await stopped;
        strict_1.default.ok(at - ran < 10_000, `stopped ${Math.round(at - ran)} ms after the run`);
        await pool.close();
    });
    (0, node_test_1.test)('a worker out of jobs stops while the others finish the run; the next run starts it again', { timeout: 30_000 }, async () => {
        if (!extract_pool_1.ExtractPool.available())
            return strict_1.default.fail('the worker script is missing: build first');
        const pool = new extract_pool_1.ExtractPool(2, 10 * 60_000);
        let stoppedEarly = 0;
        let stoppedAtEnd = 0;
        pool.onWorkerStop = () => stoppedEarly++;
        for (let round = 1; round <= 2; round++) {
            const results = await run(pool);
            if (round === 1)
                stoppedAtEnd = stoppedEarly;
            strict_1.default.equal(results.length, jobs.length);
        }
        // Of two workers, the first to say it is done is stopped at once, in every run: the last one ends the run.
        strict_1.default.equal(stoppedAtEnd, 1);
        strict_1.default.equal(stoppedEarly, 2);
        await pool.close();
    });
    (0, node_test_1.test)('a note too large for a worker\'s capped heap is left to the caller, which extracts it', { timeout: 60_000 }, async () => {
        if (!extract_pool_1.ExtractPool.available())
            return strict_1.default.fail('the worker script is missing: build first');
        const folder = (0, node_fs_1.mkdtempSync)(path.join(dir, 'big-'));
        for (let i = 0; i < 40; i++)
            (0, node_fs_1.writeFileSync)(path.join(folder, `small-${i}.md`), TEXTS[i % TEXTS.length]);
        // Over the workers' limit, under the default file size limit (10 MB).
        const line = '- Terraform와 Vault 이야기, テラフォームの話, and some more words about Kubernetes.\n';
        const big = path.join(folder, 'big.md');
        (0, node_fs_1.writeFileSync)(big, '# Big Meetup 2024\n\n## A Very Long Talk - Jane Doe, Acme\n\n' + line.repeat(Math.ceil((extract_pool_1.WORKER_MAX_NOTE_BYTES * 1.2) / Buffer.byteLength(line))));
        const bigJob = { file: big, uri: (0, node_url_1.pathToFileURL)(big).href, plainText: false };
        const pool = new extract_pool_1.ExtractPool(1);
        const results = [];
        await pool.run([bigJob, ...jobs], [], 10 << 20, (r) => results.push(...r));
        await pool.close();
        strict_1.default.deepEqual(results.map((r) => r.uri).sort(), jobs.map((j) => j.uri).sort(), 'the workers give no result for the big note');
        // The command line (more notes than the workers' threshold) extracts it on its own thread.
        const indexed = await (0, folder_1.indexFolder)(folder);
        const note = indexed.index.note(bigJob.uri);
        strict_1.default.ok(note, 'the big note is indexed');
        strict_1.default.equal(note.events[0]?.talks[0]?.title, 'A Very Long Talk');
        strict_1.default.ok(note.mentions.length > 10_000, `mentions: ${note.mentions.length}`);
    });
});
//# sourceMappingURL=extract-pool.test.js.map