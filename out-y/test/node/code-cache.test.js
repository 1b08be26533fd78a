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
// The bundles' loader (scripts/code-cache-loader.js, written by scripts/build.mjs as dist/cli.js,
// dist/server.js and dist/extract-worker.js): the first run keeps V8's code cache, the next runs
// use it as it is, a file V8 refuses is written again, and another bundle gets a file of its own.
const strict_1 = __importDefault(require("node:assert/strict"));
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const node_buffer_1 = require("node:buffer");
const node_test_1 = require("node:test");
const launch_1 = require("../support/launch");
const dist = path.join(__dirname, '..', '..', '..', 'dist');
(0, node_test_1.describe)('the bundles run through a code cache', () => {
    const root = (0, node_fs_1.mkdtempSync)(path.join(os.tmpdir(), 'infranotes-code-cache-'));
    const app = path.join(root, 'dist');
    const cache = path.join(root, 'cache');
    (0, node_test_1.after)(() => (0, node_fs_1.rmSync)(root, { recursive: true, force: true }));
    (0, node_fs_1.mkdirSync)(app, { recursive: true });
    for (const f of ['cli.js', 'cli.bundle.js'])
        (0, node_fs_1.copyFileSync)(path.join(dist, f), path.join(app, f));
    // What the loader did, as it tells it at exit (a preload prints it on stderr).
    const probe = path.join(root, 'probe.js');
    (0, node_fs_1.writeFileSync)(probe, "process.on('exit', () => process.stderr.write(`code cache: ${globalThis[Symbol.for('infranotes.codeCache')]}`));\n");
    const help = (env = { INFRANOTES_CODE_CACHE: cache }, flags = []) => {
        const run = (0, node_child_process_1.spawnSync)(process.execPath, [...flags, '--require', probe, path.join(app, 'cli.js'), 'help'], { encoding: 'utf8', env: { ...process.env, ...env } });
        strict_1.default.equal(run.status, 0, run.stderr);
        return { stdout: run.stdout, cache: /code cache: (\w+)/.exec(run.stderr)?.[1] };
    };
    const caches = () => ((0, node_fs_1.existsSync)(cache) ? (0, node_fs_1.readdirSync)(cache).filter((f) => f.endsWith('.bin')).sort() : []);
    const off = help({ INFRANOTES_CODE_CACHE: 'off' });
    const expected = off.stdout;
    (0, node_test_1.test)('the first run keeps the cache, the next one uses it unchanged', () => {
        strict_1.default.match(expected, /Usage: infranotes/);
        strict_1.default.equal(off.cache, 'off');
        strict_1.default.deepEqual(caches(), [], 'a cache with the cache off');
        strict_1.default.deepEqual(help(), { stdout: expected, cache: 'compiled' });
        const [file] = caches();
        strict_1.default.match(file ?? '', /^cli\.bundle-[0-9a-f]{24}\.bin$/);
        const kept = path.join(cache, file);
        // An old time: a run that wrote the file again would give it a new one.
        (0, node_fs_1.utimesSync)(kept, new Date(2001, 0, 1), new Date(2001, 0, 1));
        const bytes = (0, node_fs_1.readFileSync)(kept);
        strict_1.default.deepEqual(help(), { stdout: expected, cache: 'used' });
        strict_1.default.equal((0, node_fs_1.statSync)(kept).mtime.getFullYear(), 2001, 'the cache was written again');
        strict_1.default.deepEqual((0, node_fs_1.readFileSync)(kept), bytes);
    });
    (0, node_test_1.test)('a cache V8 refuses is written again', () => {
        const kept = path.join(cache, caches()[0]);
        (0, node_fs_1.writeFileSync)(kept, Buffer.alloc(4096, 7));
        strict_1.default.deepEqual(help(), { stdout: expected, cache: 'refused' });
        strict_1.default.notDeepEqual((0, node_fs_1.readFileSync)(kept), Buffer.alloc(4096, 7));
        strict_1.default.deepEqual(help(), { stdout: expected, cache: 'used' });
    });
    (0, node_test_1.test)('a half-written file a stopped writer left is removed once a minute old, a younger one kept', () => {
        const [file] = caches();
        const stale = path.join(cache, `${file}.12345-stopped.tmp`);
        const young = path.join(cache, `${file}.12346-writing.tmp`);
        (0, node_fs_1.writeFileSync)(stale, 'half');
        (0, node_fs_1.writeFileSync)(young, 'half');
        (0, node_fs_1.utimesSync)(stale, new Date(Date.now() - 120_000), new Date(Date.now() - 120_000));
        // A refused cache is written again, and the folder tidied then.
        (0, node_fs_1.writeFileSync)(path.join(cache, file), Buffer.alloc(4096, 7));
        strict_1.default.deepEqual(help(), { stdout: expected, cache: 'refused' });
        strict_1.default.equal((0, node_fs_1.existsSync)(stale), false, 'the stale temporary file is still there');
        strict_1.default.equal((0, node_fs_1.existsSync)(young), true, 'a temporary file being written was removed');
        (0, node_fs_1.rmSync)(young);
    });
    (0, node_test_1.test)('another bundle gets a cache of its own', () => {
        const before = caches();
        (0, node_fs_1.appendFileSync)(path.join(app, 'cli.bundle.js'), '\n// another build\n');
        strict_1.default.deepEqual(help(), { stdout: expected, cache: 'compiled' });
        strict_1.default.deepEqual(help(), { stdout: expected, cache: 'used' });
        const now = caches();
        strict_1.default.equal(now.length, 2);
        strict_1.default.ok(before.every((f) => now.includes(f)));
    });
    (0, node_test_1.test)('a run that changes V8 flags (extraction workers started) leaves a cache the next run uses', () => {
        for (const f of ['extract-worker.js', 'extract-worker.bundle.js'])
            (0, node_fs_1.copyFileSync)(path.join(dist, f), path.join(app, f));
        const notes = path.join(root, 'notes');
        (0, node_fs_1.mkdirSync)(notes, { recursive: true });
        // More notes than the command line extracts without its workers.
        for (let i = 0; i < 40; i++)
            (0, node_fs_1.writeFileSync)(path.join(notes, `talk-${i}.md`), `# Meetup ${i}\n\n## Terraform 입문 ${i} - Kim, Acme\n\nテラフォーム and Vault.\n`);
        const own = path.join(root, 'own-cache');
        // The command as its shebang starts it (`--max-semi-space-size=8`, which the pool sets back to V8's default for its workers).
        const flags = (0, launch_1.shebangFlags)(path.join(app, 'cli.js'));
        strict_1.default.ok(flags.includes('--max-semi-space-size=8'), `the entry's flags: ${flags.join(' ')}`);
        const index = () => {
            const run = (0, node_child_process_1.spawnSync)(process.execPath, [...flags, '--require', probe, path.join(app, 'cli.js'), 'index', notes, '--no-cache'], { encoding: 'utf8', env: { ...process.env, INFRANOTES_CODE_CACHE: own, INFRANOTES_WORKERS: '1' } });
            strict_1.default.equal(run.status, 0, run.stderr);
            strict_1.default.match(run.stdout, /Terraform 입문 39/);
            return /code cache: (\w+)/.exec(run.stderr)?.[1];
        };
        strict_1.default.equal(index(), 'compiled');
        strict_1.default.equal(index(), 'used');
    });
    (0, node_test_1.test)('with --enable-source-maps the bundle is compiled by the module loader (stack traces mapped), without the cache', () => {
        const before = caches();
        strict_1.default.deepEqual(help(undefined, ['--enable-source-maps']), { stdout: expected, cache: 'undefined' });
        strict_1.default.deepEqual(caches(), before);
    });
    (0, node_test_1.test)('the bundles are ASCII, read as one-byte text', () => {
        for (const f of ['cli.bundle.js', 'server.bundle.js', 'extract-worker.bundle.js'])
            strict_1.default.ok((0, node_buffer_1.isAscii)((0, node_fs_1.readFileSync)(path.join(dist, f))), f);
    });
});
//# sourceMappingURL=code-cache.test.js.map