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
// The real language server (dist/server.js, built by the test command) over stdio, on a copy of
// test/fixtures/workspace (English, Korean and Japanese notes, a timetable, a tool file, an
// unresolved [[reference]]). No mocks; every wait is for an event, with a deadline.
const strict_1 = __importDefault(require("node:assert/strict"));
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const path = __importStar(require("node:path"));
const node_test_1 = require("node:test");
const node_url_1 = require("node:url");
const node_1 = require("vscode-jsonrpc/node");
const paths_1 = require("../support/paths");
const lsp_client_1 = require("../support/lsp-client");
const KO = '2024/hashicorp-kr-meetup-12.md';
const JA = '2024/hug-tokyo-18.md';
const EN = '2024/hashiconf-2024.md';
const TODO = 'scratch/todo.md';
function copyWorkspace() {
    const dir = (0, node_fs_1.mkdtempSync)(path.join((0, node_os_1.tmpdir)(), 'infranotes-ws-'));
    (0, node_fs_1.cpSync)(path.join(paths_1.fixturesDir, 'workspace'), dir, { recursive: true });
    return dir;
}
function lineOf(root, rel, needle) {
    const text = (0, node_fs_1.readFileSync)(path.join(root, rel), 'utf8');
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes(needle));
    strict_1.default.ok(line >= 0, `${needle} not in ${rel}`);
    return { line, character: lines[line].indexOf(needle), text };
}
async function symbolNames(c, query) {
    return (await c.request('workspace/symbol', { query })).map((s) => s.name);
}
(0, node_test_1.describe)('language server over stdio (client watches files)', () => {
    let root;
    let c;
    (0, node_test_1.before)(async () => {
        root = copyWorkspace();
        c = await lsp_client_1.LspClient.start({ root });
        await c.waitIndexed();
    });
    (0, node_test_1.after)(async () => {
        await c?.stop();
        (0, node_fs_1.rmSync)(root, { recursive: true, force: true });
    });
    (0, node_test_1.test)('initialize advertises the features', async () => {
        // The server asked for watched files and configuration, as the client supports both.
        const methods = c.registrations.map((r) => r.method);
        strict_1.default.ok(methods.includes('workspace/didChangeWatchedFiles'), `registrations: ${methods}`);
        strict_1.default.ok(c.serverRequests.some((r) => r.method === 'workspace/configuration'));
    });
    (0, node_test_1.test)('$/progress is reported for the first index', async () => {
        const created = c.serverRequests.find((r) => r.method === 'window/workDoneProgress/create');
        strict_1.default.ok(created, 'window/workDoneProgress/create was requested');
        const token = created.params.token;
        const end = await c.waitForNotification('$/progress', (p) => p.token === token && p.value.kind === 'end');
        strict_1.default.ok(end);
        const kinds = c.received.filter((r) => r.method === '$/progress' && r.params.token === token).map((r) => r.params.value.kind);
        strict_1.default.equal(kinds[0], 'begin');
        strict_1.default.equal(kinds[kinds.length - 1], 'end');
    });
    (0, node_test_1.test)('after the first index, one full collection caps the heap growth from then on', async () => {
        // Logged once the collection ran, as the first index was made, before the answers over it (node/heap.ts).
        const logged = await c.waitForNotification('window/logMessage', (p) => /heap: \d+ → \d+ MB in one full collection after the first index/.test(p.message));
        strict_1.default.ok(logged);
        // Before the end of progress, which waits for the answers over the index.
        const { at: collected, progressEnd: ended } = c.orderOf(logged);
        strict_1.default.ok(collected >= 0 && ended > collected, `collection logged at ${collected}, progress ended at ${ended}`);
        const collections = c.received.filter((r) => r.method === 'window/logMessage' && r.params.message.includes('full collection'));
        strict_1.default.equal(collections.length, 1);
    });
    (0, node_test_1.test)('hover on 테라폼 shows the Terraform card', async () => {
        const at = lineOf(root, KO, '테라폼으로');
        const uri = await c.open(KO, at.text);
        const h = await c.hover(uri, at.line, at.character + 1);
        strict_1.default.equal(h.contents.kind, 'markdown');
        const md = h.contents.value;
        strict_1.default.equal(md.split('\n')[0], '**Terraform** — *infrastructure as code* · HashiCorp  ');
        strict_1.default.ok(md.includes('**Where you heard of it\\:** 5 talks at 4 events, 9 mentions in 4 notes · first 2023-09-14, last 2024-10-15'), md);
        strict_1.default.deepEqual(h.range, { start: { line: at.line, character: at.character }, end: { line: at.line, character: at.character + 3 } });
    });
    (0, node_test_1.test)('definition from a timetable line lands on the talk', async () => {
        const at = lineOf(root, JA, '19:05-19:35 テラフォーム');
        const title = lineOf(root, JA, '## テラフォームのstateを分割した話');
        const uri = await c.open(JA, at.text);
        const defs = await c.request('textDocument/definition', { textDocument: { uri }, position: { line: at.line, character: 15 } });
        strict_1.default.deepEqual(defs, [{ uri: c.uri(JA), range: { start: { line: title.line, character: 3 }, end: { line: title.line, character: 21 } } }]);
    });
    (0, node_test_1.test)('references of a tool count its mentions across notes', async () => {
        const at = lineOf(root, JA, 'テラフォームを');
        const uri = await c.open(JA, at.text);
        const refs = await c.request('textDocument/references', {
            textDocument: { uri },
            position: { line: at.line, character: at.character + 2 },
            context: { includeDeclaration: true },
        });
        const perNote = new Map();
        for (const r of refs)
            perNote.set(path.relative(root, new URL(r.uri).pathname), (perNote.get(path.relative(root, new URL(r.uri).pathname)) ?? 0) + 1);
        strict_1.default.deepEqual(Object.fromEntries([...perNote].sort()), { '2023/platform-day-2023.txt': 1, [EN]: 3, [KO]: 2, [JA]: 3 });
    });
    (0, node_test_1.test)('a Japanese workspace-symbol query finds the Japanese talk', async () => {
        const names = await symbolNames(c, '分割');
        strict_1.default.equal(names[0], 'テラフォームのstateを分割した話');
        strict_1.default.ok((await symbolNames(c, 'terraform')).includes('테라폼 모듈 레지스트리를 사내에 구축한 이야기'));
    });
    (0, node_test_1.test)('a workspace-symbol query of several words finds the talk holding each, in its title, its speaker or its event', async () => {
        strict_1.default.deepEqual(await symbolNames(c, 'keynote hannah'), ['Keynote']);
        strict_1.default.deepEqual(await symbolNames(c, 'hashiconf terraform'), ['Terraform Stacks in Practice']);
        strict_1.default.deepEqual(await symbolNames(c, '이지은 vault'), ['Vault로 DB 계정 없애기']);
        strict_1.default.deepEqual(await symbolNames(c, '渡辺 mTLS'), ['VaultのPKIでサービス間mTLS']);
    });
    (0, node_test_1.test)('an unresolved [[…]] gets a diagnostic and a quick fix', async () => {
        const todo = c.uri(TODO);
        const diags = await c.waitUntil(() => c.diagnostics.get(todo), 'diagnostics for todo.md');
        strict_1.default.deepEqual(diags.map((d) => [d.range.start.line, d.code, d.message]), [[5, 'unresolved-reference', 'Unresolved talk reference [[Terraform Stacks in Practise]]: No talk, event, note or speaker named “Terraform Stacks in Practise”.']]);
        const actions = await c.request('textDocument/codeAction', { textDocument: { uri: todo }, range: diags[0].range, context: { diagnostics: diags } });
        strict_1.default.equal(actions[0].title, 'Change to [[HashiConf 2024#Terraform Stacks in Practice]]');
        strict_1.default.equal(actions[0].kind, 'quickfix');
        strict_1.default.deepEqual(actions[0].edit.changes[todo], [{ range: diags[0].range, newText: '[[HashiConf 2024#Terraform Stacks in Practice]]' }]);
        // No other note has a diagnostic: prose never triggers one.
        strict_1.default.deepEqual([...c.diagnostics].filter(([, d]) => d.length).map(([u]) => u), [todo]);
    });
    (0, node_test_1.test)('an edit makes the next hover reflect the new text', async () => {
        const at = lineOf(root, KO, '테라폼으로');
        const uri = await c.open(KO, at.text);
        // Incremental sync: replace 테라폼 with 쿠버네티스.
        await c.change(uri, [{ range: { start: { line: at.line, character: at.character }, end: { line: at.line, character: at.character + 3 } }, text: '쿠버네티스' }]);
        const h = await c.hover(uri, at.line, at.character + 1);
        strict_1.default.equal(h.contents.value.split('\n')[0], '**Kubernetes** — *Kubernetes ecosystem* · CNCF  ');
        // And the full-text form of didChange.
        await c.change(uri, [{ text: at.text }]);
        const back = await c.hover(uri, at.line, at.character + 1);
        strict_1.default.equal(back.contents.value.split('\n')[0], '**Terraform** — *infrastructure as code* · HashiCorp  ');
    });
    (0, node_test_1.test)('custom requests: trees, search, tool card, talkAt, status', async () => {
        const tree = await c.request('infranotes/eventTree');
        strict_1.default.deepEqual(tree.years.map((y) => `${y.year}: ${y.events.map((e) => e.name).join(', ')}`), [
            '2024: HashiConf 2024, HashiCorp User Group Tokyo #18, 하시코프 한국 사용자 모임 12회 밋업',
            '2023: Platform Engineering Day Seoul 2023',
        ]);
        const tools = await c.request('infranotes/toolTree');
        const shipit = tools.categories.find((x) => x.category === 'ci-cd').tools.find((t) => t.id === 'shipit');
        strict_1.default.equal(shipit.count, 2);
        const speakers = await c.request('infranotes/speakerTree');
        strict_1.default.ok(speakers.speakers.some((s) => s.name === '高橋 誠' && s.talks[0].title === 'テラフォームのstateを分割した話'));
        const found = await c.request('infranotes/search', { query: '쿠버네티스', kinds: ['tool'] });
        strict_1.default.equal(found[0].id, 'kubernetes');
        const card = await c.request('infranotes/toolCard', { toolId: 'shipit' });
        strict_1.default.equal(card.markdown.split('\n')[0], '**ShipIt** — *CI/CD* · Example Corp \\(in-house\\)  ');
        const at = lineOf(root, JA, '中間CA');
        const talk = await c.request('infranotes/talkAt', { uri: c.uri(JA), position: { line: at.line, character: 2 } });
        strict_1.default.equal(talk.title, 'VaultのPKIでサービス間mTLS');
        const status = await c.request('infranotes/indexStatus');
        strict_1.default.equal(status.indexing, false);
        strict_1.default.deepEqual([status.notes, status.events, status.talks], [5, 4, 8]);
        strict_1.default.deepEqual(status.roots, [(0, node_url_1.pathToFileURL)(root).href]);
    });
    (0, node_test_1.test)('a file deleted on disk (and reported by the client) leaves the results', async () => {
        strict_1.default.ok((await symbolNames(c, 'Cost Controls')).includes('Kubernetes Cost Controls That Stuck'));
        const file = path.join(root, '2023/platform-day-2023.txt');
        (0, node_fs_1.unlinkSync)(file);
        const since = performance.now();
        await c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: (0, node_url_1.pathToFileURL)(file).href, type: 3 }] });
        await c.waitForNotification('infranotes/indexChanged', (p) => p.notes === 4, 10000, since);
        strict_1.default.ok(!(await symbolNames(c, 'Cost Controls')).includes('Kubernetes Cost Controls That Stuck'));
    });
    (0, node_test_1.test)('editing the tool file reports its problems as you type', async () => {
        const file = path.join(root, '.infranotes/tools.yaml');
        const text = (0, node_fs_1.readFileSync)(file, 'utf8');
        const uri = await c.open('.infranotes/tools.yaml', text, 'yaml');
        await c.change(uri, [{ text: text + '  - name: no id here\n' }]);
        const diags = await c.waitUntil(() => (c.diagnostics.get(uri)?.length ? c.diagnostics.get(uri) : undefined), 'tool file diagnostics');
        strict_1.default.deepEqual(diags.map((d) => [d.code, d.severity, d.message]), [['tool-file', 2, 'A tool needs an `id` (for example `id: shipit`).']]);
        await c.change(uri, [{ text }]);
        await c.waitUntil(() => (c.diagnostics.get(uri)?.length === 0 ? true : undefined), 'tool file diagnostics cleared');
        await c.notify('textDocument/didClose', { textDocument: { uri } });
    });
    (0, node_test_1.test)('a change to the tool file rebuilds the catalog and re-extracts the notes', async () => {
        const file = path.join(root, '.infranotes/tools.yaml');
        (0, node_fs_1.writeFileSync)(file, (0, node_fs_1.readFileSync)(file, 'utf8') + '  - id: golden-path\n    name: Golden Path\n    category: other\n    aliases: [골든 패스]\n');
        (0, node_fs_1.writeFileSync)(path.join(root, '2024/new.md'), '# New Meetup 2024\n## Paved roads - A B (C)\n- 골든 패스를 만든다.\n');
        const since = performance.now();
        await c.notify('workspace/didChangeWatchedFiles', {
            changes: [
                { uri: (0, node_url_1.pathToFileURL)(file).href, type: 2 },
                { uri: c.uri('2024/new.md'), type: 1 },
            ],
        });
        // The tool file means a whole reindex, which reports its progress to the end.
        await c.waitForNotification('$/progress', (p) => p.value.kind === 'end', 10000, since);
        strict_1.default.equal((await c.request('infranotes/indexStatus')).notes, 5);
        const found = await c.request('infranotes/search', { query: 'golden path', kinds: ['tool'] });
        strict_1.default.equal(found[0]?.id, 'golden-path');
    });
});
(0, node_test_1.describe)('language server with its own watcher (client declares no watched-file support)', () => {
    let root;
    let c;
    (0, node_test_1.before)(async () => {
        root = copyWorkspace();
        c = await lsp_client_1.LspClient.start({ root, capabilities: { window: { workDoneProgress: false }, workspace: { configuration: false } } });
        await c.waitIndexed();
    });
    (0, node_test_1.after)(async () => {
        await c?.stop();
        (0, node_fs_1.rmSync)(root, { recursive: true, force: true });
    });
    (0, node_test_1.test)('no watched-file registration was asked for; markdown hovers when the client does not say', async () => {
        strict_1.default.deepEqual(c.registrations, []);
        const at = lineOf(root, KO, '테라폼으로');
        const h = await c.hover(c.uri(KO), at.line, at.character);
        strict_1.default.equal(h.contents.kind, 'markdown', 'no hover capability declared: markdown by default');
    });
    (0, node_test_1.test)('a deleted file disappears, a new one appears', async () => {
        strict_1.default.ok((await symbolNames(c, 'Cost Controls')).includes('Kubernetes Cost Controls That Stuck'));
        let since = performance.now();
        (0, node_fs_1.unlinkSync)(path.join(root, '2023/platform-day-2023.txt'));
        await c.waitForNotification('infranotes/indexChanged', (p) => p.notes === 4, 10000, since);
        strict_1.default.ok(!(await symbolNames(c, 'Cost Controls')).includes('Kubernetes Cost Controls That Stuck'));
        since = performance.now();
        (0, node_fs_1.mkdirSync)(path.join(root, '2025/seoul'), { recursive: true });
        (0, node_fs_1.writeFileSync)(path.join(root, '2025/seoul/meetup.md'), '# 서울 인프라 밋업 2025\n- 일시: 2025년 1월 10일\n## 헬름 차트 정리하기\n발표: 박준호 님 (우아한형제들)\n- 헬름 차트 200개.\n');
        await c.waitForNotification('infranotes/indexChanged', (p) => p.notes === 5, 10000, since);
        strict_1.default.ok((await symbolNames(c, '헬름 차트')).includes('헬름 차트 정리하기'));
    });
    (0, node_test_1.test)('a folder removed on disk takes its notes along', async () => {
        const since = performance.now();
        (0, node_fs_1.rmSync)(path.join(root, '2025'), { recursive: true });
        await c.waitForNotification('infranotes/indexChanged', (p) => p.notes === 4, 10000, since);
        strict_1.default.ok(!(await symbolNames(c, '헬름 차트')).includes('헬름 차트 정리하기'));
    });
});
(0, node_test_1.describe)('settings and transports', () => {
    (0, node_test_1.test)('workspace/configuration settings: excluded folders are not indexed; plain text for a plain-text client', async () => {
        const root = copyWorkspace();
        const c = await lsp_client_1.LspClient.start({
            root,
            settings: { files: { exclude: ['**/scratch/**'] }, hover: { detail: 'compact' } },
            capabilities: { ...lsp_client_1.FULL_CAPABILITIES, textDocument: { hover: { contentFormat: ['plaintext'] } } },
        });
        try {
            await c.waitIndexed();
            const status = await c.request('infranotes/indexStatus');
            strict_1.default.equal(status.notes, 4);
            const at = lineOf(root, KO, '테라폼으로');
            const h = await c.hover(c.uri(KO), at.line, at.character);
            strict_1.default.equal(h.contents.kind, 'plaintext');
            strict_1.default.equal(h.contents.value.split('\n')[0], 'Terraform — infrastructure as code · HashiCorp');
            strict_1.default.ok(!h.contents.value.includes('Also written'), 'compact hover');
        }
        finally {
            await c.stop();
            (0, node_fs_1.rmSync)(root, { recursive: true, force: true });
        }
    });
    (0, node_test_1.test)('multi-root: both folders are indexed; a removed folder takes its notes along; skipped files say why', async () => {
        const a = copyWorkspace();
        const b = (0, node_fs_1.mkdtempSync)(path.join((0, node_os_1.tmpdir)(), 'infranotes-b-'));
        (0, node_fs_1.writeFileSync)(path.join(b, 'cndt.md'), '# CloudNative Days Tokyo 2023\n2023年12月11日\n## k8sのアップグレードを怖くなくする\n鈴木 花子 (株式会社ミドリクラウド)\n- Kubernetesの話。\n');
        (0, node_fs_1.cpSync)(path.join(paths_1.fixturesDir, 'encodings', 'binary.png'), path.join(b, 'scan.md'));
        (0, node_fs_1.writeFileSync)(path.join(b, 'huge.md'), '# Huge\n' + 'x'.repeat(2 * 1024 * 1024));
        const c = await lsp_client_1.LspClient.start({ root: a, moreFolders: [b], settings: { files: { maxFileSizeMB: 1 } } });
        try {
            await c.waitIndexed();
            const status = await c.request('infranotes/indexStatus');
            strict_1.default.deepEqual(status.roots, [(0, node_url_1.pathToFileURL)(a).href, (0, node_url_1.pathToFileURL)(b).href]);
            strict_1.default.equal(status.notes, 6);
            strict_1.default.deepEqual(status.skipped.map((s) => `${path.basename(new URL(s.uri).pathname)}: ${s.reason}`).sort(), ['huge.md: too large: 2.0 MB (limit 1 MB)', `scan.md: ${status.skipped.find((s) => s.uri.endsWith('scan.md')).reason}`]);
            strict_1.default.match(status.skipped.find((s) => s.uri.endsWith('scan.md')).reason, /binary|PNG|image/i);
            strict_1.default.ok((await symbolNames(c, 'アップグレード')).includes('k8sのアップグレードを怖くなくする'));
            const since = performance.now();
            await c.notify('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [{ uri: (0, node_url_1.pathToFileURL)(b).href, name: 'b' }] } });
            await c.waitForNotification('$/progress', (p) => p.value.kind === 'end', 10000, since);
            const after = await c.request('infranotes/indexStatus');
            strict_1.default.deepEqual([after.roots, after.notes, after.skipped], [[(0, node_url_1.pathToFileURL)(a).href], 5, []]);
            strict_1.default.ok(!(await symbolNames(c, 'アップグレード')).includes('k8sのアップグレードを怖くなくする'));
        }
        finally {
            await c.stop();
            (0, node_fs_1.rmSync)(a, { recursive: true, force: true });
            (0, node_fs_1.rmSync)(b, { recursive: true, force: true });
        }
    });
    (0, node_test_1.test)('requests are answered while the first index is being built', async () => {
        const root = (0, node_fs_1.mkdtempSync)(path.join((0, node_os_1.tmpdir)(), 'infranotes-big-'));
        const note = (0, node_fs_1.readFileSync)(path.join(paths_1.fixturesDir, 'workspace', JA), 'utf8');
        for (let i = 0; i < 800; i++) {
            (0, node_fs_1.mkdirSync)(path.join(root, `d${i % 20}`), { recursive: true });
            (0, node_fs_1.writeFileSync)(path.join(root, `d${i % 20}`, `note-${i}.md`), note.replace('#18', `#${i}`));
        }
        const c = await lsp_client_1.LspClient.start({ root });
        try {
            // The first batch is in: ask now, while the rest is still being read.
            await c.waitForNotification('infranotes/indexChanged', (p) => p.notes > 0 && p.indexing, 20000);
            const status = await c.request('infranotes/indexStatus');
            strict_1.default.equal(status.indexing, true);
            strict_1.default.ok(status.notes > 0 && status.notes < 800, `notes so far: ${status.notes}`);
            const partial = await c.request('workspace/symbol', { query: '分割' });
            strict_1.default.ok(partial.length > 0);
            await c.waitIndexed(60000);
            const done = await c.request('infranotes/indexStatus');
            strict_1.default.equal(done.notes, 800);
        }
        finally {
            await c.stop();
            (0, node_fs_1.rmSync)(root, { recursive: true, force: true });
        }
    });
    (0, node_test_1.test)('over stdio the server exits when its input ends: 0 after shutdown, 1 without', async () => {
        const root = copyWorkspace();
        try {
            for (const shutdown of [true, false]) {
                const proc = (0, lsp_client_1.spawnServer)();
                const conn = (0, node_1.createMessageConnection)(new node_1.StreamMessageReader(proc.stdout), new node_1.StreamMessageWriter(proc.stdin));
                conn.listen();
                const exited = new Promise((r) => proc.once('exit', (code) => r(code)));
                const rootUri = (0, node_url_1.pathToFileURL)(root).href;
                await conn.sendRequest('initialize', { processId: null, rootUri, workspaceFolders: [{ uri: rootUri, name: 'ws' }], capabilities: {} });
                if (shutdown)
                    await conn.sendRequest('shutdown');
                proc.stdin.end();
                const timer = setTimeout(() => proc.kill('SIGKILL'), 10000);
                strict_1.default.equal(await exited, shutdown ? 0 : 1);
                clearTimeout(timer);
                conn.dispose();
            }
        }
        finally {
            (0, node_fs_1.rmSync)(root, { recursive: true, force: true });
        }
    });
    (0, node_test_1.test)('--node-ipc works too', async () => {
        const root = copyWorkspace();
        const proc = (0, node_child_process_1.fork)(lsp_client_1.serverJs, ['--node-ipc'], { silent: true });
        const conn = (0, node_1.createMessageConnection)(new node_1.IPCMessageReader(proc), new node_1.IPCMessageWriter(proc));
        let indexed;
        const done = new Promise((r) => (indexed = r));
        conn.onNotification('infranotes/indexChanged', (p) => {
            if (!p.indexing && p.notes > 0)
                indexed();
        });
        conn.listen();
        try {
            const rootUri = (0, node_url_1.pathToFileURL)(root).href;
            const init = await conn.sendRequest('initialize', { processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'ws' }], capabilities: {} });
            strict_1.default.equal(init.capabilities.hoverProvider, true);
            await conn.sendNotification('initialized', {});
            await Promise.race([done, new Promise((_, reject) => setTimeout(() => reject(new Error('no index over IPC')), 15000))]);
            const at = lineOf(root, JA, 'テラフォームを');
            const h = await conn.sendRequest('textDocument/hover', { textDocument: { uri: (0, node_url_1.pathToFileURL)(path.join(root, JA)).href }, position: { line: at.line, character: at.character } });
            strict_1.default.equal(h.contents.value.split('\n')[0], '**Terraform** — *infrastructure as code* · HashiCorp  ');
            // Over IPC a tool's references are serialised by Node, not spliced in by our stdio writer: the same answer.
            const refs = await conn.sendRequest('textDocument/references', { textDocument: { uri: (0, node_url_1.pathToFileURL)(path.join(root, JA)).href }, position: { line: at.line, character: at.character + 2 }, context: { includeDeclaration: true } });
            strict_1.default.equal(refs.length, 9);
            strict_1.default.ok(refs.every((r) => r.uri.startsWith('file:///') && typeof r.range.start.line === 'number'));
            await conn.sendRequest('shutdown');
            await conn.sendNotification('exit');
        }
        finally {
            const exited = new Promise((r) => (proc.exitCode !== null ? r(null) : proc.once('exit', r)));
            const timer = setTimeout(() => proc.kill('SIGKILL'), 3000);
            await exited;
            clearTimeout(timer);
            conn.dispose();
            (0, node_fs_1.rmSync)(root, { recursive: true, force: true });
        }
    });
});
//# sourceMappingURL=server.test.js.map