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
// Hazards on disk, through the real server (with its own file watcher): binary files, invalid
// UTF-8, legacy encodings, files deleted between listing and reading, an unreadable file, symbolic
// link loops, links out of the workspace (never followed, never read), a huge excluded folder
// (neither listed nor watched), a file over the size limit, a FIFO, names URLs misread. Each is
// skipped with its reason in infranotes/indexStatus, or decoded; the rest indexes normally.
const strict_1 = __importDefault(require("node:assert/strict"));
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const path = __importStar(require("node:path"));
const node_test_1 = require("node:test");
const node_url_1 = require("node:url");
const lsp_client_1 = require("../support/lsp-client");
const paths_1 = require("../support/paths");
const atime_1 = require("../support/atime");
const snapshot_1 = require("../support/snapshot");
const OUTSIDE_FILE = 'symbolic link to a file outside the workspace folders: not read';
const OUTSIDE_FOLDER = 'symbolic link to a folder outside the workspace folders: not followed';
const NOTES = {
    'ok/en.md': '# Platform Night 2024\nDate: March 5, 2024\n\n## Scaling Terraform Modules - Jane Doe (Acme)\n- We use Terraform and Zorblax.\n',
    'ok/ko.md': '# 인프라 밋업 7회\n- 일시: 2024년 4월 13일\n\n## 테라폼 모듈 설계 - 김철수 (카카오)\n- 테라폼을 쓴다. 쿠버네티스도.\n',
    'ok/ja.md': '# インフラ勉強会 #12\n日時: 2024年5月22日\n\n## テラフォームでEKS基盤 - 佐々木 一郎 (株式会社サンプル)\n- テラフォームで作った。\n',
    'names/a #1 %41 ?.md': '# Odd Names Meetup 2024\nDate: June 1, 2024\n\n## Paths That URLs Misread - Sam Lee (Initech)\n- Consul.\n',
};
const ENCODED = ['ko-cp949.txt', 'ko-euc-kr.md', 'ja-shift_jis.txt', 'ja-euc-jp.md', 'en-utf16le-bom.md', 'en-utf16be-bom.md', 'ko-utf8-bom.md', 'noext-note', 'truncated-utf8.md'];
const GONE = 800;
const EXCLUDED_SETTINGS = { files: { maxFileSizeMB: 1, exclude: ['**/node_modules/**', '**/.git/**', '**/out/**', '**/dist/**', '**/build/**', '**/vendor/**'] } };
/** The URIs anywhere in an answer. */
function urisIn(value, out = []) {
    if (typeof value === 'string') {
        if (/^[a-z][a-z0-9+.-]*:/i.test(value) && value.includes('/'))
            out.push(value);
    }
    else if (Array.isArray(value))
        for (const v of value)
            urisIn(v, out);
    else if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value))
            if (k === 'uri' || typeof v === 'object')
                urisIn(v, out);
    return out;
}
(0, node_test_1.describe)('hazards on disk', () => {
    let root;
    let outside;
    let c;
    let final;
    let status;
    let rootReadsAnything = false;
    let deletedWhileIndexing = false;
    let indexMs = 0;
    const rel = (uri) => path.relative(root, decodeURIComponent(new URL(uri).pathname));
    (0, node_test_1.before)(async () => {
        root = (0, node_fs_1.mkdtempSync)(path.join((0, node_os_1.tmpdir)(), 'infranotes-hazards-'));
        outside = (0, node_fs_1.mkdtempSync)(path.join((0, node_os_1.tmpdir)(), 'infranotes-outside-'));
        const put = (p, data) => {
            (0, node_fs_1.mkdirSync)(path.dirname(path.join(root, p)), { recursive: true });
            (0, node_fs_1.writeFileSync)(path.join(root, p), data);
        };
        for (const [p, text] of Object.entries(NOTES))
            put(p, text);
        // Legacy encodings, UTF-16, BOMs, a cut character: decoded.
        for (const f of ENCODED)
            put(`enc/${f}`, (0, node_fs_1.readFileSync)(path.join(paths_1.fixturesDir, 'encodings', f)));
        // Binary: skipped.
        put('enc/scan.md', (0, node_fs_1.readFileSync)(path.join(paths_1.fixturesDir, 'encodings', 'binary.png')));
        put('bad/nul.txt', Buffer.concat([Buffer.from('# Looks Like Text\n'), Buffer.from([0, 0, 1, 2]), Buffer.from('\n')]));
        // Invalid UTF-8: a Korean note with one damaged byte stays Korean; an English one decodes.
        const ko = Buffer.from('# 클라우드 네이티브 밋업 3회\n- 일시: 2024년 9월 7일\n\n## 헬름 차트 정리하기 - 박영희 (네이버)\n- 헬름 차트 200개를 정리했다.\n');
        const at = ko.indexOf(Buffer.from('200'));
        put('bad/invalid-ko.md', Buffer.concat([ko.subarray(0, at), Buffer.from([0xff]), ko.subarray(at)]));
        put('bad/invalid-en.md', Buffer.concat([Buffer.from('# Broken Bytes Meetup 2024\nDate: May 2, 2024\n\n## Valid Title Here - Chris Lee (Globex)\n- Terraform '), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from(' here.\n')]));
        // Over the size limit (1 MB in the settings).
        put('big/huge.md', '# Huge\n' + 'x'.repeat(2 * 1024 * 1024));
        // Unreadable (when not running as root).
        put('perm/locked.md', '# Locked Meetup 2024\nDate: July 1, 2024\n\n## Behind Closed Doors - Dana Whitfield (Northwind Bank)\n');
        (0, node_fs_1.chmodSync)(path.join(root, 'perm/locked.md'), 0o000);
        try {
            (0, node_fs_1.readFileSync)(path.join(root, 'perm/locked.md'));
            rootReadsAnything = true;
        }
        catch {
            /* as it should be */
        }
        // Symbolic links: loops, dangling, out of the workspace (a file, a folder, the tool file), one inside.
        (0, node_fs_1.mkdirSync)(path.join(root, 'links'));
        (0, node_fs_1.symlinkSync)('.', path.join(root, 'links/loop'));
        (0, node_fs_1.symlinkSync)('self.md', path.join(root, 'links/self.md'));
        (0, node_fs_1.symlinkSync)('b.md', path.join(root, 'links/a.md'));
        (0, node_fs_1.symlinkSync)('a.md', path.join(root, 'links/b.md'));
        (0, node_fs_1.symlinkSync)('nowhere.md', path.join(root, 'links/dangling.md'));
        (0, node_fs_1.writeFileSync)(path.join(outside, 'secret.md'), '# Secret Summit 2024\nDate: August 8, 2024\n\n## Leaked Keynote - Eve Adams (Mallory Inc)\n- Terraform secrets.\n');
        (0, node_fs_1.mkdirSync)(path.join(outside, 'dir'));
        (0, node_fs_1.writeFileSync)(path.join(outside, 'dir', 'inner.md'), '# Outer Meetup 2024\nDate: August 9, 2024\n\n## Hidden Talk - Eve Adams (Mallory Inc)\n- Vault.\n');
        (0, node_fs_1.writeFileSync)(path.join(outside, 'tools.yaml'), 'tools:\n  - id: zorblax\n    name: Zorblax\n    category: other\n');
        // Access times far in the past: a read of any of these would move them.
        for (const f of ['secret.md', 'dir/inner.md', 'tools.yaml'])
            (0, atime_1.markUnread)(path.join(outside, f));
        (0, node_fs_1.symlinkSync)(path.join(outside, 'secret.md'), path.join(root, 'links/out.md'));
        (0, node_fs_1.symlinkSync)(path.join(outside, 'dir'), path.join(root, 'links/out-dir'));
        (0, node_fs_1.symlinkSync)('../ok/en.md', path.join(root, 'links/inside.md'));
        (0, node_fs_1.mkdirSync)(path.join(root, '.infranotes'));
        (0, node_fs_1.symlinkSync)(path.join(outside, 'tools.yaml'), path.join(root, '.infranotes/tools.yaml'));
        // A huge excluded folder (by name) and one excluded by the settings; a dangling link in each
        // would show in `skipped` if they were listed.
        for (let i = 0; i < 5000; i++)
            put(`node_modules/pkg-${i % 50}/doc-${i}.md`, `# Package ${i}\n## Readme Talk ${i} - Jane Doe (Acme)\n`);
        (0, node_fs_1.symlinkSync)('nowhere.md', path.join(root, 'node_modules/trap.md'));
        for (let i = 0; i < 300; i++)
            put(`vendor/lib-${i % 10}/doc-${i}.md`, `# Vendored ${i}\n## Vendor Talk ${i} - Jane Doe (Acme)\n`);
        (0, node_fs_1.symlinkSync)('nowhere.md', path.join(root, 'vendor/trap.md'));
        // Notes deleted while the index is being built.
        for (let i = 0; i < GONE; i++)
            put(`gone/g${i % 20}/note-${i}.md`, `# Gone Meetup ${i}\nDate: May 5, 2024\n\n## Gone Talk ${i} - Sam Lee (Initech)\n- Terraform.\n`);
        const started = performance.now();
        c = await lsp_client_1.LspClient.start({
            root,
            settings: EXCLUDED_SETTINGS,
            // No watched-file support: the server watches the folders itself.
            capabilities: { window: { workDoneProgress: true }, workspace: { configuration: true, workspaceFolders: true } },
        });
        // Once the first batch is in, every file has been listed: delete the notes under gone/ now.
        const first = await c.waitForNotification('infranotes/indexChanged', (p) => p.notes > 0, 60000);
        deletedWhileIndexing = first.indexing;
        (0, node_fs_1.rmSync)(path.join(root, 'gone'), { recursive: true });
        await c.waitForNotification('infranotes/indexChanged', (p) => p.indexing === false, 60000);
        indexMs = performance.now() - started;
        final = await (0, snapshot_1.settled)(c);
        status = await c.request('infranotes/indexStatus');
    });
    (0, node_test_1.after)(async () => {
        await c?.stop();
        if (root && (0, node_fs_1.existsSync)(path.join(root, 'perm/locked.md')))
            (0, node_fs_1.chmodSync)(path.join(root, 'perm/locked.md'), 0o644);
        if (root)
            (0, node_fs_1.rmSync)(root, { recursive: true, force: true });
        if (outside)
            (0, node_fs_1.rmSync)(outside, { recursive: true, force: true });
    });
    (0, node_test_1.test)('the rest of the workspace indexes normally; legacy encodings and damaged UTF-8 are decoded', (t) => {
        t.diagnostic(`indexed in ${Math.round(indexMs)} ms (5,300 excluded files, ${GONE} deleted during the index: ${deletedWhileIndexing ? 'yes, mid-run' : 'after the run'})`);
        const expected = JSON.parse((0, node_fs_1.readFileSync)(path.join(paths_1.fixturesDir, 'encodings', 'expected.json'), 'utf8')).files;
        const events = final.eventTree.years.flatMap((y) => y.events.map((e) => `${rel(e.uri)}: ${e.name}`)).sort();
        const want = [
            'ok/en.md: Platform Night 2024',
            'ok/ko.md: 인프라 밋업 7회',
            'ok/ja.md: インフラ勉強会 #12',
            'names/a #1 %41 ?.md: Odd Names Meetup 2024',
            'bad/invalid-ko.md: 클라우드 네이티브 밋업 3회',
            'bad/invalid-en.md: Broken Bytes Meetup 2024',
            // Followed: the link stays inside the workspace.
            'links/inside.md: Platform Night 2024',
            ...ENCODED.map((f) => `enc/${f}: ${expected[f].event.name}`),
            ...(rootReadsAnything ? ['perm/locked.md: Locked Meetup 2024'] : []),
        ].sort();
        strict_1.default.deepEqual(events, want);
        strict_1.default.equal(final.counts.notes, want.length);
        const talks = final.speakerTree.speakers.flatMap((s) => s.talks.map((x) => x.title));
        strict_1.default.ok(talks.includes('헬름 차트 정리하기'), 'the damaged Korean note keeps its Korean title');
        strict_1.default.ok(talks.includes('Valid Title Here'));
        strict_1.default.ok(status.problems.some((p) => rel(p.uri) === 'bad/invalid-ko.md' && /replaced/.test(p.message)), 'decoding with replacement is reported');
    });
    (0, node_test_1.test)('skipped files and folders say why', (t) => {
        const skipped = Object.fromEntries(status.skipped.map((s) => [rel(s.uri), s.reason]));
        const want = {
            '.infranotes/tools.yaml': OUTSIDE_FILE,
            'bad/nul.txt': 'binary file: contains NUL bytes',
            'big/huge.md': 'too large: 2.0 MB (limit 1 MB)',
            'enc/scan.md': 'binary file: a PNG image',
            'links/a.md': 'symbolic link loop',
            'links/b.md': 'symbolic link loop',
            'links/dangling.md': 'broken symbolic link',
            'links/out-dir': OUTSIDE_FOLDER,
            'links/out.md': OUTSIDE_FILE,
            'links/self.md': 'symbolic link loop',
        };
        if (rootReadsAnything)
            t.diagnostic('running as root: chmod 000 does not stop root from reading, so the unreadable-file case is skipped here (it runs as any other user)');
        else
            want['perm/locked.md'] = 'permission denied';
        strict_1.default.deepEqual(Object.keys(skipped).sort(), Object.keys(want).sort());
        for (const [p, reason] of Object.entries(want))
            strict_1.default.equal(skipped[p], reason, p);
    });
    (0, node_test_1.test)('an unreadable file is skipped with "permission denied"', (t) => {
        if (rootReadsAnything) {
            t.skip('running as root: chmod 000 does not prevent reading, so an unreadable file cannot be made here');
            return;
        }
        strict_1.default.equal(status.skipped.find((s) => rel(s.uri) === 'perm/locked.md')?.reason, 'permission denied');
    });
    (0, node_test_1.test)('nothing outside the workspace folder is read or returned', async (t) => {
        if ((0, atime_1.readsAreRecorded)(outside)) {
            for (const f of ['secret.md', 'dir/inner.md', 'tools.yaml'])
                strict_1.default.ok(!(0, atime_1.wasRead)(path.join(outside, f)), `${f} outside the workspace was read`);
        }
        else
            t.diagnostic('this file system does not record reads (noatime): only the answers are checked');
        const rootUri = (0, node_url_1.pathToFileURL)(root).href + '/';
        for (const q of ['Leaked Keynote', 'Hidden Talk', 'Secret Summit', 'Outer Meetup', 'Zorblax']) {
            strict_1.default.deepEqual(await c.request('workspace/symbol', { query: q }).then((r) => r.filter((s) => /Leaked|Hidden|Secret|Outer|Zorblax/.test(s.name))), [], q);
        }
        // The outside tool file was not read: "Zorblax" is no tool.
        strict_1.default.deepEqual(await c.request('infranotes/search', { query: 'zorblax', kinds: ['tool'] }), []);
        const all = urisIn([final, status, await c.request('workspace/symbol', { query: '' })]);
        strict_1.default.ok(all.length > 0);
        for (const u of all)
            strict_1.default.ok(u === (0, node_url_1.pathToFileURL)(root).href || u.startsWith(rootUri), `outside the workspace folder: ${u}`);
    });
    (0, node_test_1.test)('excluded folders are neither listed nor watched', async () => {
        const all = urisIn([final, status]).map(rel);
        strict_1.default.ok(!all.some((p) => /^(node_modules|vendor)\//.test(p)), 'nothing from the excluded folders (not even their dangling links) appears');
        // The server's own watcher: one watch per folder it enters.
        const log = c.received.find((r) => r.method === 'window/logMessage' && /watching \d+ folders/.test(r.params.message));
        strict_1.default.ok(log, 'the server says how many folders it watches');
        const watched = Number(/watching (\d+) folders/.exec(log.params.message)[1]);
        // The folders it should watch: every real folder, but hidden and excluded ones (the tool file's .infranotes is watched).
        let expected = 0;
        const walk = (dir) => {
            expected++;
            for (const e of (0, node_fs_1.readdirSync)(dir, { withFileTypes: true })) {
                if (!e.isDirectory() || (e.name.startsWith('.') && e.name !== '.infranotes') || e.name === 'node_modules' || e.name === 'vendor')
                    continue;
                walk(path.join(dir, e.name));
            }
        };
        // gone/ (20 folders and itself) existed when the watcher started.
        walk(root);
        strict_1.default.equal(watched, expected + 21);
        strict_1.default.ok(watched < 50, `${watched} folders watched`);
        // New notes in excluded folders stay out; one in a watched folder comes in.
        (0, node_fs_1.writeFileSync)(path.join(root, 'node_modules/pkg-1/new.md'), '# Late Package\n## Late Readme - Jane Doe (Acme)\n');
        (0, node_fs_1.writeFileSync)(path.join(root, 'vendor/late.md'), '# Late Vendor\n## Late Vendor Talk - Jane Doe (Acme)\n');
        (0, node_fs_1.writeFileSync)(path.join(root, 'ok/late.md'), '# Late Meetup 2024\nDate: May 9, 2024\n\n## Late Arrival - Sam Lee (Initech)\n');
        const late = await pollFor(c, async () => ((await c.request('workspace/symbol', { query: 'Late Arrival' })).some((s) => s.name === 'Late Arrival') ? true : undefined), 'the late note');
        strict_1.default.ok(late);
        const names = (await c.request('workspace/symbol', { query: 'Late' })).map((s) => s.name);
        strict_1.default.ok(!names.includes('Late Readme') && !names.includes('Late Vendor Talk'), names.join(', '));
    });
    (0, node_test_1.test)('files deleted between listing and reading leave no entry', async () => {
        const all = urisIn([final, status]).map(rel);
        strict_1.default.ok(!all.some((p) => p.startsWith('gone/')), all.filter((p) => p.startsWith('gone/')).slice(0, 5).join(', '));
        strict_1.default.deepEqual((await c.request('workspace/symbol', { query: 'Gone Talk' })).filter((s) => s.name.startsWith('Gone')), []);
    });
    (0, node_test_1.test)('a FIFO, and a file created and deleted at once, do not stop the server', async () => {
        const fifo = path.join(root, 'ok/pipe.md');
        let hasFifo = true;
        try {
            (0, node_child_process_1.execFileSync)('mkfifo', [fifo]);
        }
        catch {
            hasFifo = false;
        }
        (0, node_fs_1.writeFileSync)(path.join(root, 'ok/flash.md'), '# Flash Meetup 2024\n## Here And Gone - Sam Lee (Initech)\n');
        (0, node_fs_1.rmSync)(path.join(root, 'ok/flash.md'));
        (0, node_fs_1.writeFileSync)(path.join(root, 'ok/after.md'), '# After Meetup 2024\nDate: May 10, 2024\n\n## After The Pipe - Sam Lee (Initech)\n');
        if (hasFifo) {
            strict_1.default.ok((0, node_fs_1.lstatSync)(fifo).isFIFO());
            // The watcher reports the FIFO; reading it would block forever. It is skipped, not opened.
            const reason = await pollFor(c, async () => (await c.request('infranotes/indexStatus')).skipped.find((s) => rel(s.uri) === 'ok/pipe.md')?.reason, 'the FIFO in skipped');
            strict_1.default.equal(reason, 'not a regular file');
        }
        await pollFor(c, async () => ((await c.request('workspace/symbol', { query: 'After The Pipe' })).length ? true : undefined), 'the note written after');
        strict_1.default.deepEqual((await c.request('workspace/symbol', { query: 'Here And Gone' })).filter((s) => s.name === 'Here And Gone'), []);
        const now = await (0, snapshot_1.answers)(c);
        strict_1.default.equal(now.indexing, false);
    });
});
/** Polls a request until `probe` gives something, with a deadline (each poll is a round trip, not a sleep). */
async function pollFor(c, probe, what, timeoutMs = 15000) {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
        const v = await probe();
        if (v !== undefined)
            return v;
        if (performance.now() > deadline)
            throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; server stderr: ${c.stderr.slice(-2000)}`);
    }
}
//# sourceMappingURL=hazards.test.js.map