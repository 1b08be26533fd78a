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
// The persistent index: a second start answers from it, and gives the same index as a cold start;
// a changed file is re-read; a corrupt or foreign cache file is discarded, never trusted.
const strict_1 = __importDefault(require("node:assert/strict"));
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const path = __importStar(require("node:path"));
const node_test_1 = require("node:test");
const lsp_client_1 = require("../support/lsp-client");
const paths_1 = require("../support/paths");
/** Everything the views and search show, as one comparable value. */
async function snapshot(c) {
    const [events, tools, speakers, status, search] = await Promise.all([
        c.request('infranotes/eventTree'),
        c.request('infranotes/toolTree'),
        c.request('infranotes/speakerTree'),
        c.request('infranotes/indexStatus'),
        c.request('infranotes/search', { query: 'terraform', limit: 100 }),
    ]);
    return JSON.stringify({ events, tools, speakers, counts: [status.notes, status.events, status.talks, status.speakers, status.tools, status.mentions], search });
}
/** Waits (index change after index change, from `version` on) until workspace symbols offer `name`; false when they never do. */
async function untilSymbol(c, version, name, timeoutMs = 20000) {
    const deadline = Date.now() + timeoutMs;
    for (let seen = version; Date.now() < deadline;) {
        const names = (await c.request('workspace/symbol', { query: name })).map((s) => s.name);
        if (names.includes(name))
            return true;
        const next = await c.waitForNotification('infranotes/indexChanged', (p) => p.version > seen, deadline - Date.now()).catch(() => null);
        if (!next)
            return false;
        seen = next.version;
    }
    return false;
}
async function startIndexed(root, cacheFolder) {
    const c = await lsp_client_1.LspClient.start({ root, initializationOptions: { cacheFolder } });
    await c.waitIndexed();
    return c;
}
(0, node_test_1.describe)('persistent index', () => {
    let root;
    let cacheFolder;
    (0, node_test_1.before)(() => {
        root = (0, node_fs_1.mkdtempSync)(path.join((0, node_os_1.tmpdir)(), 'infranotes-cache-ws-'));
        (0, node_fs_1.cpSync)(paths_1.samplesDir, root, { recursive: true });
        cacheFolder = (0, node_fs_1.mkdtempSync)(path.join((0, node_os_1.tmpdir)(), 'infranotes-cache-dir-'));
    });
    (0, node_test_1.after)(() => {
        (0, node_fs_1.rmSync)(root, { recursive: true, force: true });
        (0, node_fs_1.rmSync)(cacheFolder, { recursive: true, force: true });
    });
    (0, node_test_1.test)('a warm start answers from the cache and equals a cold start', async () => {
        const cold = await startIndexed(root, cacheFolder);
        const coldStatus = await cold.request('infranotes/indexStatus');
        strict_1.default.equal(coldStatus.fromCache, 0);
        const expected = await snapshot(cold);
        const coldSymbols = await cold.request('workspace/symbol', { query: 'terraform' });
        await cold.stop(); // writes the cache on shutdown
        strict_1.default.equal((0, node_fs_1.readdirSync)(cacheFolder).filter((f) => f.endsWith('.index')).length, 1);
        strict_1.default.equal((0, node_fs_1.readdirSync)(cacheFolder).filter((f) => f.endsWith('.index.search')).length, 1, 'the search snapshot beside the index');
        const warm = await lsp_client_1.LspClient.start({ root, initializationOptions: { cacheFolder } });
        try {
            // Asked at once: answered from the search snapshot (read with the persistent index's header) as the complete index answers.
            const early = await warm.request('workspace/symbol', { query: 'terraform' });
            await warm.waitIndexed();
            strict_1.default.ok(coldSymbols.length > 3);
            strict_1.default.deepEqual(early, coldSymbols);
            strict_1.default.deepEqual(await warm.request('workspace/symbol', { query: 'terraform' }), coldSymbols);
            const read = await warm.waitForNotification('window/logMessage', (p) => /search snapshot: \d+ rows read/.test(p.message));
            strict_1.default.ok(read);
            const warmStatus = await warm.request('infranotes/indexStatus');
            strict_1.default.equal(warmStatus.fromCache, coldStatus.notes, 'every note came from the cache');
            strict_1.default.equal(await snapshot(warm), expected);
            // Its heap growth is capped once the answers over the index are made, then collected in a quiet moment (server.ts, collectWhenQuiet).
            const logged = await warm.waitForNotification('window/logMessage', (p) => /heap: \d+ → \d+ MB in one full collection/.test(p.message));
            const { at: collected, progressEnd: ended } = warm.orderOf(logged);
            strict_1.default.ok(ended >= 0 && collected > ended, `collection logged at ${collected}, progress ended at ${ended}`);
        }
        finally {
            await warm.stop();
        }
    });
    (0, node_test_1.test)('a file changed while the server was stopped is read again', async () => {
        const rel = path.join('2024', 'hashiconf-2024.md');
        (0, node_fs_1.writeFileSync)(path.join(root, rel), '---\ntitle: HashiConf 2024\ndate: 2024-10-15\n---\n## Only Talk Now - Jane Doe (Acme)\nPacker and Nomad.\n');
        const c = await lsp_client_1.LspClient.start({ root, initializationOptions: { cacheFolder } });
        try {
            const indexed = await c.waitIndexed();
            const status = await c.request('infranotes/indexStatus');
            strict_1.default.equal(status.fromCache, status.notes, 'every note came from the cache first: files are checked after the index is ready');
            strict_1.default.ok(await untilSymbol(c, indexed.version, 'Only Talk Now'), 'the changed note is read again');
        }
        finally {
            await c.stop();
        }
    });
    (0, node_test_1.test)('a file with other bytes but the same size and time is found by its hash after the start', async () => {
        const file = path.join(root, '2023', 'kubecon-na-2023.md');
        // A whole second, so the time set again below is exactly the one the persistent index holds.
        const mtime = new Date('2024-01-02T03:04:05Z');
        (0, node_fs_1.utimesSync)(file, mtime, mtime);
        const first = await startIndexed(root, cacheFolder);
        await first.stop();
        const text = (0, node_fs_1.readFileSync)(file, 'utf8');
        // Same length in bytes, same modification time: only the content hash tells.
        const changed = text.replace('### Gateway API Is Ready. Are You?', '### Gateway API Is Ready. Are Yuo?');
        strict_1.default.notEqual(changed, text);
        (0, node_fs_1.writeFileSync)(file, changed);
        (0, node_fs_1.utimesSync)(file, mtime, mtime);
        const c = await lsp_client_1.LspClient.start({ root, initializationOptions: { cacheFolder } });
        try {
            const indexed = await c.waitIndexed();
            const status = await c.request('infranotes/indexStatus');
            strict_1.default.equal(status.fromCache, status.notes, 'size and time matched: every note came from the cache first');
            // The hash check runs after the index is ready and reads the note again.
            await c.waitForNotification('infranotes/indexChanged', (p) => p.version > indexed.version && !p.indexing, 20000);
            const titles = (await c.request('workspace/symbol', { query: 'Gateway API Is Ready' })).map((s) => s.name);
            strict_1.default.ok(titles.includes('Gateway API Is Ready. Are Yuo?'), `the new bytes are indexed: ${titles.join(', ')}`);
        }
        finally {
            await c.stop();
        }
    });
    (0, node_test_1.test)('a corrupt cache file is discarded and the index is built from the notes', async () => {
        const file = (0, node_fs_1.readdirSync)(cacheFolder).find((f) => f.endsWith('.index'));
        (0, node_fs_1.writeFileSync)(path.join(cacheFolder, file), Buffer.from('INDX\u00ff\u00ff\u00ff\u00ffgarbage'));
        const c = await startIndexed(root, cacheFolder);
        const status = await c.request('infranotes/indexStatus');
        strict_1.default.equal(status.fromCache, 0);
        strict_1.default.ok(status.talks > 30, `talks: ${status.talks}`);
        await c.stop();
    });
    (0, node_test_1.test)('many files changed while the server was stopped are all read again (on the workers)', async () => {
        const many = (0, node_fs_1.mkdtempSync)(path.join((0, node_os_1.tmpdir)(), 'infranotes-cache-many-'));
        const note = (i, title) => `---\ntitle: Meetup ${i}\ndate: 2024-03-${String((i % 28) + 1).padStart(2, '0')}\n---\n## ${title} ${i} - Jane Doe (Acme)\nTerraform and Vault.\n`;
        const count = 40;
        try {
            for (let i = 0; i < count; i++)
                (0, node_fs_1.writeFileSync)(path.join(many, `meetup-${i}.md`), note(i, 'Old Talk'));
            const first = await startIndexed(many, cacheFolder);
            await first.stop();
            // Longer texts (other sizes) under the same names.
            for (let i = 0; i < count; i++)
                (0, node_fs_1.writeFileSync)(path.join(many, `meetup-${i}.md`), note(i, 'Brand New Talk'));
            const c = await lsp_client_1.LspClient.start({ root: many, initializationOptions: { cacheFolder } });
            try {
                const indexed = await c.waitIndexed();
                for (let i = 0; i < count; i++)
                    strict_1.default.ok(await untilSymbol(c, indexed.version, `Brand New Talk ${i}`), `note ${i} is read again`);
                const old = await c.request('workspace/symbol', { query: 'Old Talk' });
                strict_1.default.deepEqual(old, [], 'no note keeps its old talk');
            }
            finally {
                await c.stop();
            }
        }
        finally {
            (0, node_fs_1.rmSync)(many, { recursive: true, force: true });
        }
    });
});
//# sourceMappingURL=cache.test.js.map