// The persistent index file: what is written is read back the same, and the cache keeps no bytes
// of it in memory — a later save copies unchanged records from the file, or encodes them again
// when the file is no longer the one it wrote.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { Catalog } from '../../server/src/core/catalog/catalog';
import { extractNote } from '../../server/src/core/extract/note';
import { markdownHeadings } from '../../server/src/core/features/context';
import { storedNote } from '../../server/src/core/mentions';
import { IndexCache, type CacheEntry } from '../../server/src/node/index-cache';
import { recordBytes } from '../../server/src/node/note-record';

const catalog = Catalog.builtin();
const dir = mkdtempSync(path.join(os.tmpdir(), 'infranotes-cache-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const ENGINE = 'engine-1';
const CATALOG = 'catalog-1';
const ROOTS = ['file:///notes'];

const TEXTS: Record<string, string> = {
  'en.md': '# HashiConf 2024\n\n## Vault at Scale - Dana Whit, Acme\n\nVault and Terraform in production.\n',
  'ko.md': '# 하시코프 밋업 12회\n\n## 테라폼 모듈 이야기 - 김하나 (당근)\n\n테라폼을 쓰고 Vault를 붙였다.\n',
  'ja.md': '# HashiCorp User Group Tokyo #18\n\n## テラフォームのstate分割 - 山田太郎\n\nテラフォームとコンサルの話。\n',
};

function entry(name: string, text = TEXTS[name]): CacheEntry {
  const uri = pathToFileURL(path.join('/notes', name)).href;
  const note = storedNote(extractNote(uri, text, { catalog }));
  return { size: text.length, mtimeMs: 1700000000000, hash: String(text.length).padStart(40, '0'), headings: markdownHeadings(text), note };
}

/** What a load gives, comparable across loads: every entry without where its record sits. */
async function loadAll(file: string): Promise<Map<string, unknown>> {
  const cache = new IndexCache(file);
  const entries = await cache.load(ENGINE, CATALOG, ROOTS);
  assert.equal(cache.lastLoadProblem, null);
  const out = new Map<string, unknown>();
  for (const [uri, e] of entries) {
    assert.equal(e.record, undefined, 'a loaded entry keeps no bytes of the file');
    const { saved: _, record: __, ...rest } = e;
    out.set(uri, rest);
  }
  return out;
}

function expected(entries: CacheEntry[]): Map<string, unknown> {
  return new Map(entries.map((e) => [e.note.uri, { ...e }]));
}

describe('persistent index file', () => {
  test('a save after a load copies the unchanged records from the file and writes the changed one', async () => {
    const file = path.join(dir, 'a.index');
    const first = new IndexCache(file);
    await first.load(ENGINE, CATALOG, ROOTS);
    const entries = Object.keys(TEXTS).map((n) => entry(n));
    // As from a worker: with the record's bytes, which the cache drops once they are written.
    for (const e of entries) first.set(e.note.uri, { ...e, record: recordBytes(e.note.uri, e) });
    await first.save();
    assert.deepEqual(await loadAll(file), expected(entries));

    const second = new IndexCache(file);
    await second.load(ENGINE, CATALOG, ROOTS);
    const changed = entry('ko.md', TEXTS['ko.md'].replace('Vault', 'Consul'));
    second.set(changed.note.uri, changed);
    await second.save();
    const now = entries.map((e) => (e.note.uri === changed.note.uri ? changed : e));
    assert.deepEqual(await loadAll(file), expected(now));

    // Again without a load in between: the offsets of the file it wrote itself.
    const third = entry('en.md', TEXTS['en.md'].replace('Terraform', 'Packer'));
    second.set(third.note.uri, third);
    await second.save();
    assert.deepEqual(await loadAll(file), expected(now.map((e) => (e.note.uri === third.note.uri ? third : e))));
  });

  test('when someone else rewrote the file, unchanged records are encoded again, not copied from the wrong bytes', async () => {
    const file = path.join(dir, 'b.index');
    const cache = new IndexCache(file);
    await cache.load(ENGINE, CATALOG, ROOTS);
    const entries = Object.keys(TEXTS).map((n) => entry(n));
    for (const e of entries) cache.set(e.note.uri, e);
    await cache.save();

    // Another process writes the same notes in another order (another generation).
    const other = new IndexCache(file);
    await other.load(ENGINE, CATALOG, ROOTS);
    const reordered = [...entries].reverse();
    for (const e of reordered) other.set(e.note.uri, { ...e, hash: 'f'.repeat(40) });
    await other.save();

    const changed = entry('ja.md', TEXTS['ja.md'].replace('コンサル', 'ノマド'));
    cache.set(changed.note.uri, changed);
    await cache.save();
    assert.deepEqual(await loadAll(file), expected(entries.map((e) => (e.note.uri === changed.note.uri ? changed : e))));
  });

  test('a foreign or damaged file is discarded with a reason, never read', async () => {
    const file = path.join(dir, 'c.index');
    writeFileSync(file, Buffer.from('INDX not really an index'));
    const cache = new IndexCache(file);
    const entries = await cache.load(ENGINE, CATALOG, ROOTS);
    assert.equal(entries.size, 0);
    assert.match(cache.lastLoadProblem ?? '', /discarded/);
  });
});
