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
// Churn: 1,000 random operations through the real server (dist/server.js over stdio): edits in
// open documents (didOpen, full and incremental didChange, didClose, saves), and creates,
// changes, renames and deletes on disk, of notes and of whole folders, each followed by the
// matching workspace/didChangeWatchedFiles notification: at once, batched with others, or in a
// burst of single notifications sent without waiting. Then the server, once idle, must answer
// exactly what a fresh server started on the final folder answers: no lost update, no stale entry.
//
// The operations come from a seeded PRNG. The seed is printed; replay a failure with
//   INFRANOTES_CHURN_SEED=<seed> node --test out/test/protocol/churn.test.js
// (INFRANOTES_CHURN_OPS=<n> changes the number of operations).
const strict_1 = __importDefault(require("node:assert/strict"));
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const path = __importStar(require("node:path"));
const node_test_1 = require("node:test");
const node_url_1 = require("node:url");
const lsp_client_1 = require("../support/lsp-client");
const notes_gen_1 = require("../support/notes-gen");
const snapshot_1 = require("../support/snapshot");
const SEED = Number(process.env.INFRANOTES_CHURN_SEED ?? Math.floor(Math.random() * 2 ** 31));
const OPS = Number(process.env.INFRANOTES_CHURN_OPS ?? 1000);
/** Top-level folders that come and go (renamed into one another, deleted, created with notes inside). */
const FOLDERS = ['en', 'ko', 'ja', 'archive', 'mixed'];
const DIRS = ['', ...FOLDERS.slice(0, 4), 'mixed/deep'];
const NAMES = ['n0.md', 'n1.md', 'n2.md', 'n3.md', 'n4.md', 'n5.md', 'n6.md', 'n7.md', 'talks.markdown', 't0.txt', 't1.txt'];
const PATHS = DIRS.flatMap((d) => NAMES.map((n) => (d ? `${d}/${n}` : n)));
const CREATED = 1;
const CHANGED = 2;
const DELETED = 3;
/** Line/character (UTF-16) of an offset, as LSP counts them. */
function positionAt(text, offset) {
    let line = 0;
    let start = 0;
    for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        start = i + 1;
    }
    return { line, character: offset - start };
}
/** Every note file on disk (what a fresh server should hold, minus nothing: all our names are notes). */
function notesOnDisk(root) {
    const out = [];
    const walk = (dir) => {
        for (const e of (0, node_fs_1.readdirSync)(dir, { withFileTypes: true })) {
            const full = path.join(dir, e.name);
            if (e.isDirectory())
                walk(full);
            else
                out.push(path.relative(root, full));
        }
    };
    walk(root);
    return out.sort();
}
function compare(label, live, fresh, replay) {
    const diff = (0, snapshot_1.firstDifference)({ ...live, indexing: false }, { ...fresh, indexing: false });
    strict_1.default.equal(diff, null, `${label}: the churned server differs from a fresh one at ${diff}\n${replay}`);
}
(0, node_test_1.test)(`churn: ${OPS} random operations end where a fresh server starts (seed ${SEED})`, { timeout: 120_000 }, async (t) => {
    const replay = `replay with INFRANOTES_CHURN_SEED=${SEED} INFRANOTES_CHURN_OPS=${OPS}`;
    console.log(`churn seed ${SEED} (${replay})`);
    t.diagnostic(`seed ${SEED}`);
    const g = new notes_gen_1.NoteGen(SEED);
    const root = (0, node_fs_1.mkdtempSync)(path.join((0, node_os_1.tmpdir)(), 'infranotes-churn-'));
    const abs = (rel) => path.join(root, rel);
    const uriOf = (rel) => (0, node_url_1.pathToFileURL)(abs(rel)).href;
    const langOf = (rel) => (rel.startsWith('ko') ? 'ko' : rel.startsWith('ja') ? 'ja' : rel.startsWith('en') ? 'en' : g.lang());
    const log = [];
    const started = performance.now();
    // A starting folder: a third of the paths hold a note.
    for (const rel of PATHS) {
        if (!g.chance(0.33))
            continue;
        (0, node_fs_1.mkdirSync)(path.dirname(abs(rel)), { recursive: true });
        (0, node_fs_1.writeFileSync)(abs(rel), g.note(langOf(rel)));
    }
    const c = await lsp_client_1.LspClient.start({ root });
    let fresh;
    const open = new Map();
    let pending = [];
    const flush = async (how) => {
        if (!pending.length)
            return;
        const changes = pending;
        pending = [];
        log.push(`notify ${how} ${changes.map((x) => `${x.type}:${path.relative(root, new URL(x.uri).pathname) || '.'}`).join(' ')}`);
        if (how === 'batch')
            await c.notify('workspace/didChangeWatchedFiles', { changes });
        else
            for (const ch of changes)
                await c.notify('workspace/didChangeWatchedFiles', { changes: [ch] });
    };
    const touched = async (rel, type) => {
        pending.push({ uri: uriOf(rel), type });
        const r = g.random();
        if (r < 0.45)
            await flush('batch');
        else if (r < 0.55)
            await flush('burst');
    };
    const write = (rel, text) => {
        const existed = (0, node_fs_1.existsSync)(abs(rel));
        (0, node_fs_1.mkdirSync)(path.dirname(abs(rel)), { recursive: true });
        (0, node_fs_1.writeFileSync)(abs(rel), text);
        return existed ? CHANGED : CREATED;
    };
    try {
        await c.waitIndexed(30000);
        const ops = [
            // ---- open documents
            [
                8,
                async () => {
                    const rel = g.pick(PATHS.filter((p) => !open.has(p)));
                    if (!rel)
                        return;
                    const text = (0, node_fs_1.existsSync)(abs(rel)) && g.chance(0.8) ? (0, node_fs_1.readFileSync)(abs(rel), 'utf8') : g.note(langOf(rel));
                    log.push(`didOpen ${rel}`);
                    const uri = await c.open(rel, text, rel.endsWith('.txt') ? 'plaintext' : 'markdown');
                    open.set(rel, { uri, text });
                },
            ],
            [
                7,
                async () => {
                    const rel = g.pick([...open.keys()]);
                    if (!rel)
                        return;
                    const doc = open.get(rel);
                    doc.text = g.note(langOf(rel));
                    log.push(`didChange full ${rel}`);
                    await c.change(doc.uri, [{ text: doc.text }]);
                },
            ],
            [
                14,
                async () => {
                    const rel = g.pick([...open.keys()]);
                    if (!rel)
                        return;
                    const doc = open.get(rel);
                    const changes = [];
                    for (let k = 1 + g.int(3); k > 0; k--) {
                        const start = g.int(doc.text.length + 1);
                        const end = Math.min(doc.text.length, start + (g.chance(0.5) ? 0 : g.int(60)));
                        const insert = g.chance(0.2) ? '' : g.snippet(langOf(rel));
                        changes.push({ range: { start: positionAt(doc.text, start), end: positionAt(doc.text, end) }, text: insert });
                        doc.text = doc.text.slice(0, start) + insert + doc.text.slice(end);
                    }
                    log.push(`didChange incremental ${rel} ×${changes.length}`);
                    await c.change(doc.uri, changes);
                },
            ],
            [
                6,
                async () => {
                    const rel = g.pick([...open.keys()]);
                    if (!rel)
                        return;
                    log.push(`didClose ${rel}`);
                    await c.notify('textDocument/didClose', { textDocument: { uri: open.get(rel).uri } });
                    open.delete(rel);
                },
            ],
            [
                5,
                async () => {
                    // Save: the editor writes the document's text; the watcher reports the change.
                    const rel = g.pick([...open.keys()]);
                    if (!rel)
                        return;
                    log.push(`save ${rel}`);
                    await touched(rel, write(rel, open.get(rel).text));
                },
            ],
            // ---- files on disk
            [
                20,
                async () => {
                    const rel = g.pick(PATHS);
                    const text = g.chance(0.05) ? '' : g.note(langOf(rel));
                    log.push(`write ${rel}`);
                    await touched(rel, write(rel, text));
                },
            ],
            [
                10,
                async () => {
                    const rel = g.pick(PATHS.filter((p) => (0, node_fs_1.existsSync)(abs(p))));
                    if (!rel)
                        return;
                    log.push(`delete ${rel}`);
                    (0, node_fs_1.unlinkSync)(abs(rel));
                    await touched(rel, DELETED);
                },
            ],
            [
                8,
                async () => {
                    const from = g.pick(PATHS.filter((p) => (0, node_fs_1.existsSync)(abs(p))));
                    const to = g.pick(PATHS.filter((p) => !(0, node_fs_1.existsSync)(abs(p))));
                    if (!from || !to)
                        return;
                    log.push(`rename ${from} → ${to}`);
                    (0, node_fs_1.mkdirSync)(path.dirname(abs(to)), { recursive: true });
                    (0, node_fs_1.renameSync)(abs(from), abs(to));
                    pending.push({ uri: uriOf(from), type: DELETED });
                    await touched(to, CREATED);
                },
            ],
            // ---- whole folders
            [
                1.5,
                async () => {
                    const from = g.pick(FOLDERS.filter((f) => (0, node_fs_1.existsSync)(abs(f))));
                    const to = g.pick(FOLDERS.filter((f) => !(0, node_fs_1.existsSync)(abs(f))));
                    if (!from || !to)
                        return;
                    log.push(`rename folder ${from} → ${to}`);
                    (0, node_fs_1.renameSync)(abs(from), abs(to));
                    pending.push({ uri: uriOf(from), type: DELETED });
                    await touched(to, CREATED);
                },
            ],
            [
                1,
                async () => {
                    const dir = g.pick(FOLDERS.filter((f) => (0, node_fs_1.existsSync)(abs(f))));
                    if (!dir)
                        return;
                    log.push(`delete folder ${dir}`);
                    (0, node_fs_1.rmSync)(abs(dir), { recursive: true });
                    await touched(dir, DELETED);
                },
            ],
            [
                1.5,
                async () => {
                    const dir = g.pick(FOLDERS.filter((f) => !(0, node_fs_1.existsSync)(abs(f))));
                    if (!dir)
                        return;
                    const names = NAMES.filter(() => g.chance(0.3));
                    log.push(`create folder ${dir} with ${names.join(', ')}`);
                    for (const n of names)
                        write(`${dir}/${n}`, g.note(langOf(dir)));
                    // Only the folder is reported, as a watcher does for a folder moved into place.
                    await touched(dir, CREATED);
                },
            ],
            // ---- the client catches up, or asks something and waits for the answer
            [6, () => flush(g.chance(0.5) ? 'batch' : 'burst')],
            [
                5,
                async () => {
                    const rel = g.pick([...open.keys()]);
                    if (rel && g.chance(0.5)) {
                        const doc = open.get(rel);
                        const at = positionAt(doc.text, g.int(doc.text.length + 1));
                        log.push(`hover ${rel} ${at.line}:${at.character}`);
                        await c.hover(doc.uri, at.line, at.character);
                    }
                    else {
                        log.push('workspace/symbol');
                        await c.request('workspace/symbol', { query: g.pick(['terraform', '테라폼', 'テラフォーム', '']) });
                    }
                },
            ],
        ];
        const total = ops.reduce((n, [w]) => n + w, 0);
        for (let i = 0; i < OPS; i++) {
            let r = g.random() * total;
            const op = ops.find(([w]) => (r -= w) < 0) ?? ops[ops.length - 1];
            await op[1]();
        }
        await flush('batch');
        const churnMs = performance.now() - started;
        // What the editor still has open is the truth: save it, so a fresh server reads the same texts.
        for (const [rel, doc] of open) {
            log.push(`final save ${rel}`);
            pending.push({ uri: doc.uri, type: write(rel, doc.text) });
        }
        await flush('batch');
        const logFile = path.join((0, node_os_1.tmpdir)(), `infranotes-churn-${SEED}.log`);
        (0, node_fs_1.writeFileSync)(logFile, log.join('\n') + '\n');
        const where = `${replay}; operations logged in ${logFile}`;
        const live = await (0, snapshot_1.settled)(c);
        const onDisk = notesOnDisk(root);
        strict_1.default.equal(live.counts.notes, onDisk.length, `notes on disk: ${onDisk.join(', ')}\n${where}`);
        fresh = await lsp_client_1.LspClient.start({ root });
        await fresh.waitForNotification('infranotes/indexChanged', (p) => p.indexing === false, 30000);
        const expected = await (0, snapshot_1.settled)(fresh);
        compare('with documents open', live, expected, where);
        // Closing every document goes back to the disk, which holds the same texts.
        for (const doc of open.values())
            await c.notify('textDocument/didClose', { textDocument: { uri: doc.uri } });
        open.clear();
        compare('after closing every document', await (0, snapshot_1.settled)(c), expected, where);
        // The log is for replaying a failure: a passing run leaves none behind.
        (0, node_fs_1.rmSync)(logFile, { force: true });
        t.diagnostic(`${OPS} operations in ${Math.round(churnMs)} ms; ${onDisk.length} notes at the end; whole test ${Math.round(performance.now() - started)} ms`);
    }
    finally {
        await c.stop();
        await fresh?.stop();
        (0, node_fs_1.rmSync)(root, { recursive: true, force: true });
    }
});
(0, node_test_1.test)(`churn during the index: disk changes while the first index and a reindex run (seed ${SEED})`, { timeout: 120_000 }, async (t) => {
    const replay = `replay with INFRANOTES_CHURN_SEED=${SEED}`;
    const g = new notes_gen_1.NoteGen(SEED ^ 0x5eed);
    const root = (0, node_fs_1.mkdtempSync)(path.join((0, node_os_1.tmpdir)(), 'infranotes-churn-index-'));
    const abs = (rel) => path.join(root, rel);
    const uriOf = (rel) => (0, node_url_1.pathToFileURL)(abs(rel)).href;
    const dirs = Array.from({ length: 12 }, (_, i) => `d${i}`);
    const paths = dirs.flatMap((d) => Array.from({ length: 60 }, (_, i) => `${d}/n${i}.md`));
    for (const rel of paths.slice(0, 600)) {
        (0, node_fs_1.mkdirSync)(path.dirname(abs(rel)), { recursive: true });
        (0, node_fs_1.writeFileSync)(abs(rel), g.note());
    }
    const c = await lsp_client_1.LspClient.start({ root });
    let fresh;
    const log = [];
    try {
        // The first batch is in: the rest of the folder is being read.
        const first = await c.waitForNotification('infranotes/indexChanged', (p) => p.notes > 0, 60000);
        t.diagnostic(first.indexing ? 'changes start while the first index runs' : 'the first index was over before the first report');
        const step = async () => {
            const changes = [];
            const r = g.random();
            const existing = paths.filter((p) => (0, node_fs_1.existsSync)(abs(p)));
            if (r < 0.45) {
                const rel = g.pick(paths);
                const type = (0, node_fs_1.existsSync)(abs(rel)) ? CHANGED : CREATED;
                (0, node_fs_1.mkdirSync)(path.dirname(abs(rel)), { recursive: true });
                (0, node_fs_1.writeFileSync)(abs(rel), g.note());
                changes.push({ uri: uriOf(rel), type });
                log.push(`write ${rel}`);
            }
            else if (r < 0.8 && existing.length) {
                const rel = g.pick(existing);
                (0, node_fs_1.unlinkSync)(abs(rel));
                changes.push({ uri: uriOf(rel), type: DELETED });
                log.push(`delete ${rel}`);
            }
            else if (r < 0.97 && existing.length) {
                const from = g.pick(existing);
                const to = g.pick(paths.filter((p) => !(0, node_fs_1.existsSync)(abs(p))));
                if (!to)
                    return;
                (0, node_fs_1.mkdirSync)(path.dirname(abs(to)), { recursive: true });
                (0, node_fs_1.renameSync)(abs(from), abs(to));
                changes.push({ uri: uriOf(from), type: DELETED }, { uri: uriOf(to), type: CREATED });
                log.push(`rename ${from} → ${to}`);
            }
            else {
                const dir = g.pick(dirs.filter((d) => (0, node_fs_1.existsSync)(abs(d))));
                if (!dir)
                    return;
                (0, node_fs_1.rmSync)(abs(dir), { recursive: true });
                changes.push({ uri: uriOf(dir), type: DELETED });
                log.push(`delete folder ${dir}`);
            }
            await c.notify('workspace/didChangeWatchedFiles', { changes });
        };
        for (let i = 0; i < 200; i++)
            await step();
        // A reindex asked for in the middle of it all (the command, or the tool file changing).
        log.push('reindex');
        const reindexed = c.request('infranotes/reindex');
        for (let i = 0; i < 150; i++)
            await step();
        await reindexed;
        const live = await (0, snapshot_1.settled)(c, { timeoutMs: 30000 });
        const logFile = path.join((0, node_os_1.tmpdir)(), `infranotes-churn-index-${SEED}.log`);
        (0, node_fs_1.writeFileSync)(logFile, log.join('\n') + '\n');
        const where = `${replay}; operations logged in ${logFile}`;
        strict_1.default.equal(live.counts.notes, notesOnDisk(root).length, where);
        fresh = await lsp_client_1.LspClient.start({ root });
        await fresh.waitForNotification('infranotes/indexChanged', (p) => p.indexing === false, 60000);
        compare('after changes during the index', live, await (0, snapshot_1.settled)(fresh, { timeoutMs: 30000 }), where);
        (0, node_fs_1.rmSync)(logFile, { force: true });
        t.diagnostic(`${log.length} operations; ${live.counts.notes} notes at the end`);
    }
    finally {
        await c.stop();
        await fresh?.stop();
        (0, node_fs_1.rmSync)(root, { recursive: true, force: true });
    }
});
//# sourceMappingURL=churn.test.js.map