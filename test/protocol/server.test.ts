// The real language server (dist/server.js, built by the test command) over stdio, on a copy of
// test/fixtures/workspace (English, Korean and Japanese notes, a timetable, a tool file, an
// unresolved [[reference]]). No mocks; every wait is for an event, with a deadline.
import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { fixturesDir } from '../support/paths';
import { FULL_CAPABILITIES, LspClient, serverJs, spawnServer } from '../support/lsp-client';

const KO = '2024/hashicorp-kr-meetup-12.md';
const JA = '2024/hug-tokyo-18.md';
const EN = '2024/hashiconf-2024.md';
const TODO = 'scratch/todo.md';

function copyWorkspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'infranotes-ws-'));
  cpSync(path.join(fixturesDir, 'workspace'), dir, { recursive: true });
  return dir;
}

function lineOf(root: string, rel: string, needle: string): { line: number; character: number; text: string } {
  const text = readFileSync(path.join(root, rel), 'utf8');
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  assert.ok(line >= 0, `${needle} not in ${rel}`);
  return { line, character: lines[line].indexOf(needle), text };
}

async function symbolNames(c: LspClient, query: string): Promise<string[]> {
  return (await c.request<Array<{ name: string }>>('workspace/symbol', { query })).map((s) => s.name);
}

describe('language server over stdio (client watches files)', () => {
  let root: string;
  let c: LspClient;
  before(async () => {
    root = copyWorkspace();
    c = await LspClient.start({ root });
    await c.waitIndexed();
  });
  after(async () => {
    await c?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  test('initialize advertises the features', async () => {
    // The server asked for watched files and configuration, as the client supports both.
    const methods = c.registrations.map((r) => r.method);
    assert.ok(methods.includes('workspace/didChangeWatchedFiles'), `registrations: ${methods}`);
    assert.ok(c.serverRequests.some((r) => r.method === 'workspace/configuration'));
  });

  test('$/progress is reported for the first index', async () => {
    const created = c.serverRequests.find((r) => r.method === 'window/workDoneProgress/create');
    assert.ok(created, 'window/workDoneProgress/create was requested');
    const token = created.params.token;
    const end = await c.waitForNotification('$/progress', (p) => p.token === token && p.value.kind === 'end');
    assert.ok(end);
    const kinds = c.received.filter((r) => r.method === '$/progress' && r.params.token === token).map((r) => r.params.value.kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds[kinds.length - 1], 'end');
  });

  test('after the first index, one full collection caps the heap growth from then on', async () => {
    // Logged once the collection ran, as the first index was made, before the answers over it (node/heap.ts).
    const logged = await c.waitForNotification('window/logMessage', (p) => /heap: \d+ → \d+ MB in one full collection after the first index/.test(p.message));
    assert.ok(logged);
    // Before the end of progress, which waits for the answers over the index.
    const { at: collected, progressEnd: ended } = c.orderOf(logged);
    assert.ok(collected >= 0 && ended > collected, `collection logged at ${collected}, progress ended at ${ended}`);
    const collections = c.received.filter((r) => r.method === 'window/logMessage' && r.params.message.includes('full collection'));
    assert.equal(collections.length, 1);
  });

  test('hover on 테라폼 shows the Terraform card', async () => {
    const at = lineOf(root, KO, '테라폼으로');
    const uri = await c.open(KO, at.text);
    const h = await c.hover(uri, at.line, at.character + 1);
    assert.equal(h.contents.kind, 'markdown');
    const md: string = h.contents.value;
    assert.equal(md.split('\n')[0], '**Terraform** — *infrastructure as code* · HashiCorp  ');
    assert.ok(md.includes('**Where you heard of it\\:** 5 talks at 4 events, 9 mentions in 4 notes · first 2023-09-14, last 2024-10-15'), md);
    assert.deepEqual(h.range, { start: { line: at.line, character: at.character }, end: { line: at.line, character: at.character + 3 } });
  });

  test('definition from a timetable line lands on the talk', async () => {
    const at = lineOf(root, JA, '19:05-19:35 テラフォーム');
    const title = lineOf(root, JA, '## テラフォームのstateを分割した話');
    const uri = await c.open(JA, at.text);
    const defs = await c.request('textDocument/definition', { textDocument: { uri }, position: { line: at.line, character: 15 } });
    assert.deepEqual(defs, [{ uri: c.uri(JA), range: { start: { line: title.line, character: 3 }, end: { line: title.line, character: 21 } } }]);
  });

  test('references of a tool count its mentions across notes', async () => {
    const at = lineOf(root, JA, 'テラフォームを');
    const uri = await c.open(JA, at.text);
    const refs = await c.request<Array<{ uri: string }>>('textDocument/references', {
      textDocument: { uri },
      position: { line: at.line, character: at.character + 2 },
      context: { includeDeclaration: true },
    });
    const perNote = new Map<string, number>();
    for (const r of refs) perNote.set(path.relative(root, new URL(r.uri).pathname), (perNote.get(path.relative(root, new URL(r.uri).pathname)) ?? 0) + 1);
    assert.deepEqual(Object.fromEntries([...perNote].sort()), { '2023/platform-day-2023.txt': 1, [EN]: 3, [KO]: 2, [JA]: 3 });
  });

  test('a Japanese workspace-symbol query finds the Japanese talk', async () => {
    const names = await symbolNames(c, '分割');
    assert.equal(names[0], 'テラフォームのstateを分割した話');
    assert.ok((await symbolNames(c, 'terraform')).includes('테라폼 모듈 레지스트리를 사내에 구축한 이야기'));
  });

  test('a workspace-symbol query of several words finds the talk holding each, in its title, its speaker or its event', async () => {
    assert.deepEqual(await symbolNames(c, 'keynote hannah'), ['Keynote']);
    assert.deepEqual(await symbolNames(c, 'hashiconf terraform'), ['Terraform Stacks in Practice']);
    assert.deepEqual(await symbolNames(c, '이지은 vault'), ['Vault로 DB 계정 없애기']);
    assert.deepEqual(await symbolNames(c, '渡辺 mTLS'), ['VaultのPKIでサービス間mTLS']);
  });

  test('an unresolved [[…]] gets a diagnostic and a quick fix', async () => {
    const todo = c.uri(TODO);
    const diags = await c.waitUntil(() => c.diagnostics.get(todo), 'diagnostics for todo.md');
    assert.deepEqual(
      diags.map((d: any) => [d.range.start.line, d.code, d.message]),
      [[5, 'unresolved-reference', 'Unresolved talk reference [[Terraform Stacks in Practise]]: No talk, event, note or speaker named “Terraform Stacks in Practise”.']],
    );
    const actions = await c.request('textDocument/codeAction', { textDocument: { uri: todo }, range: diags[0].range, context: { diagnostics: diags } });
    assert.equal(actions[0].title, 'Change to [[HashiConf 2024#Terraform Stacks in Practice]]');
    assert.equal(actions[0].kind, 'quickfix');
    assert.deepEqual(actions[0].edit.changes[todo], [{ range: diags[0].range, newText: '[[HashiConf 2024#Terraform Stacks in Practice]]' }]);
    // No other note has a diagnostic: prose never triggers one.
    assert.deepEqual([...c.diagnostics].filter(([, d]) => d.length).map(([u]) => u), [todo]);
  });

  test('an edit makes the next hover reflect the new text', async () => {
    const at = lineOf(root, KO, '테라폼으로');
    const uri = await c.open(KO, at.text);
    // Incremental sync: replace 테라폼 with 쿠버네티스.
    await c.change(uri, [{ range: { start: { line: at.line, character: at.character }, end: { line: at.line, character: at.character + 3 } }, text: '쿠버네티스' }]);
    const h = await c.hover(uri, at.line, at.character + 1);
    assert.equal(h.contents.value.split('\n')[0], '**Kubernetes** — *Kubernetes ecosystem* · CNCF  ');
    // And the full-text form of didChange.
    await c.change(uri, [{ text: at.text }]);
    const back = await c.hover(uri, at.line, at.character + 1);
    assert.equal(back.contents.value.split('\n')[0], '**Terraform** — *infrastructure as code* · HashiCorp  ');
  });

  test('custom requests: trees, search, tool card, talkAt, status', async () => {
    const tree = await c.request('infranotes/eventTree');
    assert.deepEqual(tree.years.map((y: any) => `${y.year}: ${y.events.map((e: any) => e.name).join(', ')}`), [
      '2024: HashiConf 2024, HashiCorp User Group Tokyo #18, 하시코프 한국 사용자 모임 12회 밋업',
      '2023: Platform Engineering Day Seoul 2023',
    ]);
    const tools = await c.request('infranotes/toolTree');
    const shipit = tools.categories.find((x: any) => x.category === 'ci-cd').tools.find((t: any) => t.id === 'shipit');
    assert.equal(shipit.count, 2);
    const speakers = await c.request('infranotes/speakerTree');
    assert.ok(speakers.speakers.some((s: any) => s.name === '高橋 誠' && s.talks[0].title === 'テラフォームのstateを分割した話'));
    const found = await c.request('infranotes/search', { query: '쿠버네티스', kinds: ['tool'] });
    assert.equal(found[0].id, 'kubernetes');
    const card = await c.request('infranotes/toolCard', { toolId: 'shipit' });
    assert.equal(card.markdown.split('\n')[0], '**ShipIt** — *CI/CD* · Example Corp \\(in-house\\)  ');
    const at = lineOf(root, JA, '中間CA');
    const talk = await c.request('infranotes/talkAt', { uri: c.uri(JA), position: { line: at.line, character: 2 } });
    assert.equal(talk.title, 'VaultのPKIでサービス間mTLS');
    const status = await c.request('infranotes/indexStatus');
    assert.equal(status.indexing, false);
    assert.deepEqual([status.notes, status.events, status.talks], [5, 4, 8]);
    assert.deepEqual(status.roots, [pathToFileURL(root).href]);
  });

  test('a file deleted on disk (and reported by the client) leaves the results', async () => {
    assert.ok((await symbolNames(c, 'Cost Controls')).includes('Kubernetes Cost Controls That Stuck'));
    const file = path.join(root, '2023/platform-day-2023.txt');
    unlinkSync(file);
    const since = performance.now();
    await c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).href, type: 3 }] });
    await c.waitForNotification('infranotes/indexChanged', (p) => p.notes === 4, 10000, since);
    assert.ok(!(await symbolNames(c, 'Cost Controls')).includes('Kubernetes Cost Controls That Stuck'));
  });

  test('editing the tool file reports its problems as you type', async () => {
    const file = path.join(root, '.infranotes/tools.yaml');
    const text = readFileSync(file, 'utf8');
    const uri = await c.open('.infranotes/tools.yaml', text, 'yaml');
    await c.change(uri, [{ text: text + '  - name: no id here\n' }]);
    const diags = await c.waitUntil(() => (c.diagnostics.get(uri)?.length ? c.diagnostics.get(uri) : undefined), 'tool file diagnostics');
    assert.deepEqual(diags.map((d: any) => [d.code, d.severity, d.message]), [['tool-file', 2, 'A tool needs an `id` (for example `id: shipit`).']]);
    await c.change(uri, [{ text }]);
    await c.waitUntil(() => (c.diagnostics.get(uri)?.length === 0 ? true : undefined), 'tool file diagnostics cleared');
    await c.notify('textDocument/didClose', { textDocument: { uri } });
  });

  test('a change to the tool file rebuilds the catalog and re-extracts the notes', async () => {
    const file = path.join(root, '.infranotes/tools.yaml');
    writeFileSync(file, readFileSync(file, 'utf8') + '  - id: golden-path\n    name: Golden Path\n    category: other\n    aliases: [골든 패스]\n');
    writeFileSync(path.join(root, '2024/new.md'), '# New Meetup 2024\n## Paved roads - A B (C)\n- 골든 패스를 만든다.\n');
    const since = performance.now();
    await c.notify('workspace/didChangeWatchedFiles', {
      changes: [
        { uri: pathToFileURL(file).href, type: 2 },
        { uri: c.uri('2024/new.md'), type: 1 },
      ],
    });
    // The tool file means a whole reindex, which reports its progress to the end.
    await c.waitForNotification('$/progress', (p) => p.value.kind === 'end', 10000, since);
    assert.equal((await c.request('infranotes/indexStatus')).notes, 5);
    const found = await c.request('infranotes/search', { query: 'golden path', kinds: ['tool'] });
    assert.equal(found[0]?.id, 'golden-path');
  });
});

describe('language server with its own watcher (client declares no watched-file support)', () => {
  let root: string;
  let c: LspClient;
  before(async () => {
    root = copyWorkspace();
    c = await LspClient.start({ root, capabilities: { window: { workDoneProgress: false }, workspace: { configuration: false } } });
    await c.waitIndexed();
  });
  after(async () => {
    await c?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  test('no watched-file registration was asked for; markdown hovers when the client does not say', async () => {
    assert.deepEqual(c.registrations, []);
    const at = lineOf(root, KO, '테라폼으로');
    const h = await c.hover(c.uri(KO), at.line, at.character);
    assert.equal(h.contents.kind, 'markdown', 'no hover capability declared: markdown by default');
  });

  test('a deleted file disappears, a new one appears', async () => {
    assert.ok((await symbolNames(c, 'Cost Controls')).includes('Kubernetes Cost Controls That Stuck'));
    let since = performance.now();
    unlinkSync(path.join(root, '2023/platform-day-2023.txt'));
    await c.waitForNotification('infranotes/indexChanged', (p) => p.notes === 4, 10000, since);
    assert.ok(!(await symbolNames(c, 'Cost Controls')).includes('Kubernetes Cost Controls That Stuck'));

    since = performance.now();
    mkdirSync(path.join(root, '2025/seoul'), { recursive: true });
    writeFileSync(path.join(root, '2025/seoul/meetup.md'), '# 서울 인프라 밋업 2025\n- 일시: 2025년 1월 10일\n## 헬름 차트 정리하기\n발표: 박준호 님 (우아한형제들)\n- 헬름 차트 200개.\n');
    await c.waitForNotification('infranotes/indexChanged', (p) => p.notes === 5, 10000, since);
    assert.ok((await symbolNames(c, '헬름 차트')).includes('헬름 차트 정리하기'));
  });

  test('a folder removed on disk takes its notes along', async () => {
    const since = performance.now();
    rmSync(path.join(root, '2025'), { recursive: true });
    await c.waitForNotification('infranotes/indexChanged', (p) => p.notes === 4, 10000, since);
    assert.ok(!(await symbolNames(c, '헬름 차트')).includes('헬름 차트 정리하기'));
  });
});

describe('settings and transports', () => {
  test('workspace/configuration settings: excluded folders are not indexed; plain text for a plain-text client', async () => {
    const root = copyWorkspace();
    const c = await LspClient.start({
      root,
      settings: { files: { exclude: ['**/scratch/**'] }, hover: { detail: 'compact' } },
      capabilities: { ...FULL_CAPABILITIES, textDocument: { hover: { contentFormat: ['plaintext'] } } },
    });
    try {
      await c.waitIndexed();
      const status = await c.request('infranotes/indexStatus');
      assert.equal(status.notes, 4);
      const at = lineOf(root, KO, '테라폼으로');
      const h = await c.hover(c.uri(KO), at.line, at.character);
      assert.equal(h.contents.kind, 'plaintext');
      assert.equal(h.contents.value.split('\n')[0], 'Terraform — infrastructure as code · HashiCorp');
      assert.ok(!h.contents.value.includes('Also written'), 'compact hover');
    } finally {
      await c.stop();
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('multi-root: both folders are indexed; a removed folder takes its notes along; skipped files say why', async () => {
    const a = copyWorkspace();
    const b = mkdtempSync(path.join(tmpdir(), 'infranotes-b-'));
    writeFileSync(path.join(b, 'cndt.md'), '# CloudNative Days Tokyo 2023\n2023年12月11日\n## k8sのアップグレードを怖くなくする\n鈴木 花子 (株式会社ミドリクラウド)\n- Kubernetesの話。\n');
    cpSync(path.join(fixturesDir, 'encodings', 'binary.png'), path.join(b, 'scan.md'));
    writeFileSync(path.join(b, 'huge.md'), '# Huge\n' + 'x'.repeat(2 * 1024 * 1024));
    const c = await LspClient.start({ root: a, moreFolders: [b], settings: { files: { maxFileSizeMB: 1 } } });
    try {
      await c.waitIndexed();
      const status = await c.request('infranotes/indexStatus');
      assert.deepEqual(status.roots, [pathToFileURL(a).href, pathToFileURL(b).href]);
      assert.equal(status.notes, 6);
      assert.deepEqual(
        status.skipped.map((s: any) => `${path.basename(new URL(s.uri).pathname)}: ${s.reason}`).sort(),
        ['huge.md: too large: 2.0 MB (limit 1 MB)', `scan.md: ${status.skipped.find((s: any) => s.uri.endsWith('scan.md')).reason}`],
      );
      assert.match(status.skipped.find((s: any) => s.uri.endsWith('scan.md')).reason, /binary|PNG|image/i);
      assert.ok((await symbolNames(c, 'アップグレード')).includes('k8sのアップグレードを怖くなくする'));
      const since = performance.now();
      await c.notify('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [{ uri: pathToFileURL(b).href, name: 'b' }] } });
      await c.waitForNotification('$/progress', (p) => p.value.kind === 'end', 10000, since);
      const after = await c.request('infranotes/indexStatus');
      assert.deepEqual([after.roots, after.notes, after.skipped], [[pathToFileURL(a).href], 5, []]);
      assert.ok(!(await symbolNames(c, 'アップグレード')).includes('k8sのアップグレードを怖くなくする'));
    } finally {
      await c.stop();
      rmSync(a, { recursive: true, force: true });
      rmSync(b, { recursive: true, force: true });
    }
  });

  test('requests are answered while the first index is being built', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'infranotes-big-'));
    const note = readFileSync(path.join(fixturesDir, 'workspace', JA), 'utf8');
    for (let i = 0; i < 800; i++) {
      mkdirSync(path.join(root, `d${i % 20}`), { recursive: true });
      writeFileSync(path.join(root, `d${i % 20}`, `note-${i}.md`), note.replace('#18', `#${i}`));
    }
    const c = await LspClient.start({ root });
    try {
      // The first batch is in: ask now, while the rest is still being read.
      await c.waitForNotification('infranotes/indexChanged', (p) => p.notes > 0 && p.indexing, 20000);
      const status = await c.request('infranotes/indexStatus');
      assert.equal(status.indexing, true);
      assert.ok(status.notes > 0 && status.notes < 800, `notes so far: ${status.notes}`);
      const partial = await c.request('workspace/symbol', { query: '分割' });
      assert.ok(partial.length > 0);
      await c.waitIndexed(60000);
      const done = await c.request('infranotes/indexStatus');
      assert.equal(done.notes, 800);
    } finally {
      await c.stop();
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('over stdio the server exits when its input ends: 0 after shutdown, 1 without', async () => {
    const root = copyWorkspace();
    try {
      for (const shutdown of [true, false]) {
        const proc = spawnServer();
        const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
        conn.listen();
        const exited = new Promise<number | null>((r) => proc.once('exit', (code) => r(code)));
        const rootUri = pathToFileURL(root).href;
        await conn.sendRequest('initialize', { processId: null, rootUri, workspaceFolders: [{ uri: rootUri, name: 'ws' }], capabilities: {} });
        if (shutdown) await conn.sendRequest('shutdown');
        proc.stdin.end();
        const timer = setTimeout(() => proc.kill('SIGKILL'), 10000);
        assert.equal(await exited, shutdown ? 0 : 1);
        clearTimeout(timer);
        conn.dispose();
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('--node-ipc works too', async () => {
    const root = copyWorkspace();
    const proc = fork(serverJs, ['--node-ipc'], { silent: true });
    const conn = createMessageConnection(new IPCMessageReader(proc), new IPCMessageWriter(proc));
    let indexed!: () => void;
    const done = new Promise<void>((r) => (indexed = r));
    conn.onNotification('infranotes/indexChanged', (p: any) => {
      if (!p.indexing && p.notes > 0) indexed();
    });
    conn.listen();
    try {
      const rootUri = pathToFileURL(root).href;
      const init: any = await conn.sendRequest('initialize', { processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'ws' }], capabilities: {} });
      assert.equal(init.capabilities.hoverProvider, true);
      await conn.sendNotification('initialized', {});
      await Promise.race([done, new Promise((_, reject) => setTimeout(() => reject(new Error('no index over IPC')), 15000))]);
      const at = lineOf(root, JA, 'テラフォームを');
      const h: any = await conn.sendRequest('textDocument/hover', { textDocument: { uri: pathToFileURL(path.join(root, JA)).href }, position: { line: at.line, character: at.character } });
      assert.equal(h.contents.value.split('\n')[0], '**Terraform** — *infrastructure as code* · HashiCorp  ');
      // Over IPC a tool's references are serialised by Node, not spliced in by our stdio writer: the same answer.
      const refs: any[] = await conn.sendRequest('textDocument/references', { textDocument: { uri: pathToFileURL(path.join(root, JA)).href }, position: { line: at.line, character: at.character + 2 }, context: { includeDeclaration: true } });
      assert.equal(refs.length, 9);
      assert.ok(refs.every((r) => r.uri.startsWith('file:///') && typeof r.range.start.line === 'number'));
      await conn.sendRequest('shutdown');
      await conn.sendNotification('exit');
    } finally {
      const exited = new Promise((r) => (proc.exitCode !== null ? r(null) : proc.once('exit', r)));
      const timer = setTimeout(() => proc.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
      conn.dispose();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
