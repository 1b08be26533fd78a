// The persistent index: a second start answers from it, and gives the same index as a cold start;
// a changed file is re-read; a corrupt or foreign cache file is discarded, never trusted.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { LspClient } from '../support/lsp-client';
import { samplesDir } from '../support/paths';

/** Everything the views and search show, as one comparable value. */
async function snapshot(c: LspClient): Promise<string> {
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
async function untilSymbol(c: LspClient, version: number, name: string, timeoutMs = 20000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (let seen = version; Date.now() < deadline; ) {
    const names = (await c.request<Array<{ name: string }>>('workspace/symbol', { query: name })).map((s) => s.name);
    if (names.includes(name)) return true;
    const next = await c.waitForNotification('infranotes/indexChanged', (p) => p.version > seen, deadline - Date.now()).catch(() => null);
    if (!next) return false;
    seen = next.version;
  }
  return false;
}

async function startIndexed(root: string, cacheFolder: string): Promise<LspClient> {
  const c = await LspClient.start({ root, initializationOptions: { cacheFolder } });
  await c.waitIndexed();
  return c;
}

describe('persistent index', () => {
  let root: string;
  let cacheFolder: string;
  before(() => {
    root = mkdtempSync(path.join(tmpdir(), 'infranotes-cache-ws-'));
    cpSync(samplesDir, root, { recursive: true });
    cacheFolder = mkdtempSync(path.join(tmpdir(), 'infranotes-cache-dir-'));
  });
  after(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(cacheFolder, { recursive: true, force: true });
  });

  test('a warm start answers from the cache and equals a cold start', async () => {
    const cold = await startIndexed(root, cacheFolder);
    const coldStatus = await cold.request('infranotes/indexStatus');
    assert.equal(coldStatus.fromCache, 0);
    const expected = await snapshot(cold);
    const coldSymbols = await cold.request('workspace/symbol', { query: 'terraform' });
    await cold.stop(); // writes the cache on shutdown
    assert.equal(readdirSync(cacheFolder).filter((f) => f.endsWith('.index')).length, 1);
    assert.equal(readdirSync(cacheFolder).filter((f) => f.endsWith('.index.search')).length, 1, 'the search snapshot beside the index');

    const warm = await LspClient.start({ root, initializationOptions: { cacheFolder } });
    try {
      // Asked at once: answered from the search snapshot (read with the persistent index's header) as the complete index answers.
      const early = await warm.request('workspace/symbol', { query: 'terraform' });
      await warm.waitIndexed();
      assert.ok(coldSymbols.length > 3);
      assert.deepEqual(early, coldSymbols);
      assert.deepEqual(await warm.request('workspace/symbol', { query: 'terraform' }), coldSymbols);
      const read = await warm.waitForNotification('window/logMessage', (p) => /search snapshot: \d+ rows read/.test(p.message));
      assert.ok(read);
      const warmStatus = await warm.request('infranotes/indexStatus');
      assert.equal(warmStatus.fromCache, coldStatus.notes, 'every note came from the cache');
      assert.equal(await snapshot(warm), expected);
      // Its heap growth is capped once the answers over the index are made, then collected in a quiet moment (server.ts, collectWhenQuiet).
      const logged = await warm.waitForNotification('window/logMessage', (p) => /heap: \d+ → \d+ MB in one full collection/.test(p.message));
      const { at: collected, progressEnd: ended } = warm.orderOf(logged);
      assert.ok(ended >= 0 && collected > ended, `collection logged at ${collected}, progress ended at ${ended}`);
    } finally {
      await warm.stop();
    }
  });

  test('a file changed while the server was stopped is read again', async () => {
    const rel = path.join('2024', 'hashiconf-2024.md');
    writeFileSync(path.join(root, rel), '---\ntitle: HashiConf 2024\ndate: 2024-10-15\n---\n## Only Talk Now - Jane Doe (Acme)\nPacker and Nomad.\n');
    const c = await LspClient.start({ root, initializationOptions: { cacheFolder } });
    try {
      const indexed = await c.waitIndexed();
      const status = await c.request('infranotes/indexStatus');
      assert.equal(status.fromCache, status.notes, 'every note came from the cache first: files are checked after the index is ready');
      assert.ok(await untilSymbol(c, indexed.version, 'Only Talk Now'), 'the changed note is read again');
    } finally {
      await c.stop();
    }
  });

  test('a file with other bytes but the same size and time is found by its hash after the start', async () => {
    const file = path.join(root, '2023', 'kubecon-na-2023.md');
    // A whole second, so the time set again below is exactly the one the persistent index holds.
    const mtime = new Date('2024-01-02T03:04:05Z');
    utimesSync(file, mtime, mtime);
    const first = await startIndexed(root, cacheFolder);
    await first.stop();

    const text = readFileSync(file, 'utf8');
    // Same length in bytes, same modification time: only the content hash tells.
    const changed = text.replace('### Gateway API Is Ready. Are You?', '### Gateway API Is Ready. Are Yuo?');
    assert.notEqual(changed, text);
    writeFileSync(file, changed);
    utimesSync(file, mtime, mtime);
    const c = await LspClient.start({ root, initializationOptions: { cacheFolder } });
    try {
      const indexed = await c.waitIndexed();
      const status = await c.request('infranotes/indexStatus');
      assert.equal(status.fromCache, status.notes, 'size and time matched: every note came from the cache first');
      // The hash check runs after the index is ready and reads the note again.
      await c.waitForNotification('infranotes/indexChanged', (p) => p.version > indexed.version && !p.indexing, 20000);
      const titles = (await c.request<Array<{ name: string }>>('workspace/symbol', { query: 'Gateway API Is Ready' })).map((s) => s.name);
      assert.ok(titles.includes('Gateway API Is Ready. Are Yuo?'), `the new bytes are indexed: ${titles.join(', ')}`);
    } finally {
      await c.stop();
    }
  });

  test('a corrupt cache file is discarded and the index is built from the notes', async () => {
    const file = readdirSync(cacheFolder).find((f) => f.endsWith('.index'))!;
    writeFileSync(path.join(cacheFolder, file), Buffer.from('INDX\u00ff\u00ff\u00ff\u00ffgarbage'));
    const c = await startIndexed(root, cacheFolder);
    const status = await c.request('infranotes/indexStatus');
    assert.equal(status.fromCache, 0);
    assert.ok(status.talks > 30, `talks: ${status.talks}`);
    await c.stop();
  });

  test('many files changed while the server was stopped are all read again (on the workers)', async () => {
    const many = mkdtempSync(path.join(tmpdir(), 'infranotes-cache-many-'));
    const note = (i: number, title: string) => `---\ntitle: Meetup ${i}\ndate: 2024-03-${String((i % 28) + 1).padStart(2, '0')}\n---\n## ${title} ${i} - Jane Doe (Acme)\nTerraform and Vault.\n`;
    const count = 40;
    try {
      for (let i = 0; i < count; i++) writeFileSync(path.join(many, `meetup-${i}.md`), note(i, 'Old Talk'));
      const first = await startIndexed(many, cacheFolder);
      await first.stop();
      // Longer texts (other sizes) under the same names.
      for (let i = 0; i < count; i++) writeFileSync(path.join(many, `meetup-${i}.md`), note(i, 'Brand New Talk'));
      const c = await LspClient.start({ root: many, initializationOptions: { cacheFolder } });
      try {
        const indexed = await c.waitIndexed();
        for (let i = 0; i < count; i++) assert.ok(await untilSymbol(c, indexed.version, `Brand New Talk ${i}`), `note ${i} is read again`);
        const old = await c.request<unknown[]>('workspace/symbol', { query: 'Old Talk' });
        assert.deepEqual(old, [], 'no note keeps its old talk');
      } finally {
        await c.stop();
      }
    } finally {
      rmSync(many, { recursive: true, force: true });
    }
  });
});
