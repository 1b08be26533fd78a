// Hazards on disk, through the real server (with its own file watcher): binary files, invalid
// UTF-8, legacy encodings, files deleted between listing and reading, an unreadable file, symbolic
// link loops, links out of the workspace (never followed, never read), a huge excluded folder
// (neither listed nor watched), a file over the size limit, a FIFO, names URLs misread. Each is
// skipped with its reason in infranotes/indexStatus, or decoded; the rest indexes normally.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../support/lsp-client';
import { fixturesDir } from '../support/paths';
import { markUnread, readsAreRecorded, wasRead } from '../support/atime';
import { answers, settled, type Answers } from '../support/snapshot';

const OUTSIDE_FILE = 'symbolic link to a file outside the workspace folders: not read';
const OUTSIDE_FOLDER = 'symbolic link to a folder outside the workspace folders: not followed';

const NOTES: Record<string, string> = {
  'ok/en.md': '# Platform Night 2024\nDate: March 5, 2024\n\n## Scaling Terraform Modules - Jane Doe (Acme)\n- We use Terraform and Zorblax.\n',
  'ok/ko.md': '# 인프라 밋업 7회\n- 일시: 2024년 4월 13일\n\n## 테라폼 모듈 설계 - 김철수 (카카오)\n- 테라폼을 쓴다. 쿠버네티스도.\n',
  'ok/ja.md': '# インフラ勉強会 #12\n日時: 2024年5月22日\n\n## テラフォームでEKS基盤 - 佐々木 一郎 (株式会社サンプル)\n- テラフォームで作った。\n',
  'names/a #1 %41 ?.md': '# Odd Names Meetup 2024\nDate: June 1, 2024\n\n## Paths That URLs Misread - Sam Lee (Initech)\n- Consul.\n',
};
const ENCODED = ['ko-cp949.txt', 'ko-euc-kr.md', 'ja-shift_jis.txt', 'ja-euc-jp.md', 'en-utf16le-bom.md', 'en-utf16be-bom.md', 'ko-utf8-bom.md', 'noext-note', 'truncated-utf8.md'];
const GONE = 800;
const EXCLUDED_SETTINGS = { files: { maxFileSizeMB: 1, exclude: ['**/node_modules/**', '**/.git/**', '**/out/**', '**/dist/**', '**/build/**', '**/vendor/**'] } };

/** The URIs anywhere in an answer. */
function urisIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (/^[a-z][a-z0-9+.-]*:/i.test(value) && value.includes('/')) out.push(value);
  } else if (Array.isArray(value)) for (const v of value) urisIn(v, out);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (k === 'uri' || typeof v === 'object') urisIn(v, out);
  return out;
}

describe('hazards on disk', () => {
  let root: string;
  let outside: string;
  let c: LspClient;
  let final: Answers;
  let status: any;
  let rootReadsAnything = false;
  let deletedWhileIndexing = false;
  let indexMs = 0;
  const rel = (uri: string) => path.relative(root, decodeURIComponent(new URL(uri).pathname));

  before(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'infranotes-hazards-'));
    outside = mkdtempSync(path.join(tmpdir(), 'infranotes-outside-'));
    const put = (p: string, data: string | Buffer) => {
      mkdirSync(path.dirname(path.join(root, p)), { recursive: true });
      writeFileSync(path.join(root, p), data);
    };
    for (const [p, text] of Object.entries(NOTES)) put(p, text);
    // Legacy encodings, UTF-16, BOMs, a cut character: decoded.
    for (const f of ENCODED) put(`enc/${f}`, readFileSync(path.join(fixturesDir, 'encodings', f)));
    // Binary: skipped.
    put('enc/scan.md', readFileSync(path.join(fixturesDir, 'encodings', 'binary.png')));
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
    chmodSync(path.join(root, 'perm/locked.md'), 0o000);
    try {
      readFileSync(path.join(root, 'perm/locked.md'));
      rootReadsAnything = true;
    } catch {
      /* as it should be */
    }
    // Symbolic links: loops, dangling, out of the workspace (a file, a folder, the tool file), one inside.
    mkdirSync(path.join(root, 'links'));
    symlinkSync('.', path.join(root, 'links/loop'));
    symlinkSync('self.md', path.join(root, 'links/self.md'));
    symlinkSync('b.md', path.join(root, 'links/a.md'));
    symlinkSync('a.md', path.join(root, 'links/b.md'));
    symlinkSync('nowhere.md', path.join(root, 'links/dangling.md'));
    writeFileSync(path.join(outside, 'secret.md'), '# Secret Summit 2024\nDate: August 8, 2024\n\n## Leaked Keynote - Eve Adams (Mallory Inc)\n- Terraform secrets.\n');
    mkdirSync(path.join(outside, 'dir'));
    writeFileSync(path.join(outside, 'dir', 'inner.md'), '# Outer Meetup 2024\nDate: August 9, 2024\n\n## Hidden Talk - Eve Adams (Mallory Inc)\n- Vault.\n');
    writeFileSync(path.join(outside, 'tools.yaml'), 'tools:\n  - id: zorblax\n    name: Zorblax\n    category: other\n');
    // Access times far in the past: a read of any of these would move them.
    for (const f of ['secret.md', 'dir/inner.md', 'tools.yaml']) markUnread(path.join(outside, f));
    symlinkSync(path.join(outside, 'secret.md'), path.join(root, 'links/out.md'));
    symlinkSync(path.join(outside, 'dir'), path.join(root, 'links/out-dir'));
    symlinkSync('../ok/en.md', path.join(root, 'links/inside.md'));
    mkdirSync(path.join(root, '.infranotes'));
    symlinkSync(path.join(outside, 'tools.yaml'), path.join(root, '.infranotes/tools.yaml'));
    // A huge excluded folder (by name) and one excluded by the settings; a dangling link in each
    // would show in `skipped` if they were listed.
    for (let i = 0; i < 5000; i++) put(`node_modules/pkg-${i % 50}/doc-${i}.md`, `# Package ${i}\n## Readme Talk ${i} - Jane Doe (Acme)\n`);
    symlinkSync('nowhere.md', path.join(root, 'node_modules/trap.md'));
    for (let i = 0; i < 300; i++) put(`vendor/lib-${i % 10}/doc-${i}.md`, `# Vendored ${i}\n## Vendor Talk ${i} - Jane Doe (Acme)\n`);
    symlinkSync('nowhere.md', path.join(root, 'vendor/trap.md'));
    // Notes deleted while the index is being built.
    for (let i = 0; i < GONE; i++) put(`gone/g${i % 20}/note-${i}.md`, `# Gone Meetup ${i}\nDate: May 5, 2024\n\n## Gone Talk ${i} - Sam Lee (Initech)\n- Terraform.\n`);

    const started = performance.now();
    c = await LspClient.start({
      root,
      settings: EXCLUDED_SETTINGS,
      // No watched-file support: the server watches the folders itself.
      capabilities: { window: { workDoneProgress: true }, workspace: { configuration: true, workspaceFolders: true } },
    });
    // Once the first batch is in, every file has been listed: delete the notes under gone/ now.
    const first = await c.waitForNotification('infranotes/indexChanged', (p) => p.notes > 0, 60000);
    deletedWhileIndexing = first.indexing;
    rmSync(path.join(root, 'gone'), { recursive: true });
    await c.waitForNotification('infranotes/indexChanged', (p) => p.indexing === false, 60000);
    indexMs = performance.now() - started;
    final = await settled(c);
    status = await c.request('infranotes/indexStatus');
  });

  after(async () => {
    await c?.stop();
    if (root && existsSync(path.join(root, 'perm/locked.md'))) chmodSync(path.join(root, 'perm/locked.md'), 0o644);
    if (root) rmSync(root, { recursive: true, force: true });
    if (outside) rmSync(outside, { recursive: true, force: true });
  });

  test('the rest of the workspace indexes normally; legacy encodings and damaged UTF-8 are decoded', (t) => {
    t.diagnostic(`indexed in ${Math.round(indexMs)} ms (5,300 excluded files, ${GONE} deleted during the index: ${deletedWhileIndexing ? 'yes, mid-run' : 'after the run'})`);
    const expected = JSON.parse(readFileSync(path.join(fixturesDir, 'encodings', 'expected.json'), 'utf8')).files;
    const events = (final.eventTree as any).years.flatMap((y: any) => y.events.map((e: any) => `${rel(e.uri)}: ${e.name}`)).sort();
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
    assert.deepEqual(events, want);
    assert.equal(final.counts.notes, want.length);
    const talks = (final.speakerTree as any).speakers.flatMap((s: any) => s.talks.map((x: any) => x.title));
    assert.ok(talks.includes('헬름 차트 정리하기'), 'the damaged Korean note keeps its Korean title');
    assert.ok(talks.includes('Valid Title Here'));
    assert.ok(status.problems.some((p: any) => rel(p.uri) === 'bad/invalid-ko.md' && /replaced/.test(p.message)), 'decoding with replacement is reported');
  });

  test('skipped files and folders say why', (t) => {
    const skipped = Object.fromEntries(status.skipped.map((s: any) => [rel(s.uri), s.reason]));
    const want: Record<string, string | RegExp> = {
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
    if (rootReadsAnything) t.diagnostic('running as root: chmod 000 does not stop root from reading, so the unreadable-file case is skipped here (it runs as any other user)');
    else want['perm/locked.md'] = 'permission denied';
    assert.deepEqual(Object.keys(skipped).sort(), Object.keys(want).sort());
    for (const [p, reason] of Object.entries(want)) assert.equal(skipped[p], reason, p);
  });

  test('an unreadable file is skipped with "permission denied"', (t) => {
    if (rootReadsAnything) {
      t.skip('running as root: chmod 000 does not prevent reading, so an unreadable file cannot be made here');
      return;
    }
    assert.equal(status.skipped.find((s: any) => rel(s.uri) === 'perm/locked.md')?.reason, 'permission denied');
  });

  test('nothing outside the workspace folder is read or returned', async (t) => {
    if (readsAreRecorded(outside)) {
      for (const f of ['secret.md', 'dir/inner.md', 'tools.yaml']) assert.ok(!wasRead(path.join(outside, f)), `${f} outside the workspace was read`);
    } else t.diagnostic('this file system does not record reads (noatime): only the answers are checked');
    const rootUri = pathToFileURL(root).href + '/';
    for (const q of ['Leaked Keynote', 'Hidden Talk', 'Secret Summit', 'Outer Meetup', 'Zorblax']) {
      assert.deepEqual(await c.request('workspace/symbol', { query: q }).then((r: any[]) => r.filter((s) => /Leaked|Hidden|Secret|Outer|Zorblax/.test(s.name))), [], q);
    }
    // The outside tool file was not read: "Zorblax" is no tool.
    assert.deepEqual(await c.request('infranotes/search', { query: 'zorblax', kinds: ['tool'] }), []);
    const all = urisIn([final, status, await c.request('workspace/symbol', { query: '' })]);
    assert.ok(all.length > 0);
    for (const u of all) assert.ok(u === pathToFileURL(root).href || u.startsWith(rootUri), `outside the workspace folder: ${u}`);
  });

  test('excluded folders are neither listed nor watched', async () => {
    const all = urisIn([final, status]).map(rel);
    assert.ok(!all.some((p) => /^(node_modules|vendor)\//.test(p)), 'nothing from the excluded folders (not even their dangling links) appears');
    // The server's own watcher: one watch per folder it enters.
    const log = c.received.find((r) => r.method === 'window/logMessage' && /watching \d+ folders/.test(r.params.message));
    assert.ok(log, 'the server says how many folders it watches');
    const watched = Number(/watching (\d+) folders/.exec(log.params.message)![1]);
    // The folders it should watch: every real folder, but hidden and excluded ones (the tool file's .infranotes is watched).
    let expected = 0;
    const walk = (dir: string) => {
      expected++;
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (!e.isDirectory() || (e.name.startsWith('.') && e.name !== '.infranotes') || e.name === 'node_modules' || e.name === 'vendor') continue;
        walk(path.join(dir, e.name));
      }
    };
    // gone/ (20 folders and itself) existed when the watcher started.
    walk(root);
    assert.equal(watched, expected + 21);
    assert.ok(watched < 50, `${watched} folders watched`);

    // New notes in excluded folders stay out; one in a watched folder comes in.
    writeFileSync(path.join(root, 'node_modules/pkg-1/new.md'), '# Late Package\n## Late Readme - Jane Doe (Acme)\n');
    writeFileSync(path.join(root, 'vendor/late.md'), '# Late Vendor\n## Late Vendor Talk - Jane Doe (Acme)\n');
    writeFileSync(path.join(root, 'ok/late.md'), '# Late Meetup 2024\nDate: May 9, 2024\n\n## Late Arrival - Sam Lee (Initech)\n');
    const late = await pollFor(c, async () => ((await c.request('workspace/symbol', { query: 'Late Arrival' })).some((s: any) => s.name === 'Late Arrival') ? true : undefined), 'the late note');
    assert.ok(late);
    const names = (await c.request('workspace/symbol', { query: 'Late' })).map((s: any) => s.name);
    assert.ok(!names.includes('Late Readme') && !names.includes('Late Vendor Talk'), names.join(', '));
  });

  test('files deleted between listing and reading leave no entry', async () => {
    const all = urisIn([final, status]).map(rel);
    assert.ok(!all.some((p) => p.startsWith('gone/')), all.filter((p) => p.startsWith('gone/')).slice(0, 5).join(', '));
    assert.deepEqual((await c.request('workspace/symbol', { query: 'Gone Talk' })).filter((s: any) => s.name.startsWith('Gone')), []);
  });

  test('a FIFO, and a file created and deleted at once, do not stop the server', async () => {
    const fifo = path.join(root, 'ok/pipe.md');
    let hasFifo = true;
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      hasFifo = false;
    }
    writeFileSync(path.join(root, 'ok/flash.md'), '# Flash Meetup 2024\n## Here And Gone - Sam Lee (Initech)\n');
    rmSync(path.join(root, 'ok/flash.md'));
    writeFileSync(path.join(root, 'ok/after.md'), '# After Meetup 2024\nDate: May 10, 2024\n\n## After The Pipe - Sam Lee (Initech)\n');
    if (hasFifo) {
      assert.ok(lstatSync(fifo).isFIFO());
      // The watcher reports the FIFO; reading it would block forever. It is skipped, not opened.
      const reason = await pollFor(c, async () => (await c.request('infranotes/indexStatus')).skipped.find((s: any) => rel(s.uri) === 'ok/pipe.md')?.reason, 'the FIFO in skipped');
      assert.equal(reason, 'not a regular file');
    }
    await pollFor(c, async () => ((await c.request('workspace/symbol', { query: 'After The Pipe' })).length ? true : undefined), 'the note written after');
    assert.deepEqual((await c.request('workspace/symbol', { query: 'Here And Gone' })).filter((s: any) => s.name === 'Here And Gone'), []);
    const now = await answers(c);
    assert.equal(now.indexing, false);
  });
});

/** Polls a request until `probe` gives something, with a deadline (each poll is a round trip, not a sleep). */
async function pollFor<T>(c: LspClient, probe: () => Promise<T | undefined>, what: string, timeoutMs = 15000): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; server stderr: ${c.stderr.slice(-2000)}`);
  }
}
