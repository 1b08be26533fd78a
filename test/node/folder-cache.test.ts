// `infranotes index` with its persistent index: a second run takes the notes from it, and still
// gives exactly what a run without it gives, even when a file changed behind the cache's back
// (same size, same modification time, other bytes) or was deleted.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, test } from 'node:test';
import { ENGINE_VERSION } from '../../server/src/core/version';
import { catalogKeyOf, indexFolder, readFolderNotes, type FolderIndex } from '../../server/src/node/folder';
import { IndexCache } from '../../server/src/node/index-cache';

const NOTES: Array<[string, string]> = [
  ['en', '# HashiConf {n}\n\nDate: 2024-10-{d}\n\n## Terraform at scale {n} - Jane Doe, Acme\n\nWe moved from Ansible to Terraform and Vault.\n'],
  ['ko', '# 데브옵스 밋업 {n}\n\n일시: 2024년 5월 {d}일\n\n## 쿠버네티스 운영기 {n} - 김민수, 카카오\n\n테라폼을 쓰고 Vault를 붙였다.\n'],
  ['ja', '# インフラ勉強会 {n}\n\n日時: 2024年6月{d}日\n\n## テラフォーム入門 {n} - 佐藤 花子 (メルカリ)\n\nKubernetesとPackerの話。\n'],
];

function writeNotes(root: string, count: number): string[] {
  const files: string[] = [];
  for (let n = 0; n < count; n++) {
    const [lang, template] = NOTES[n % NOTES.length];
    const dir = path.join(root, lang);
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `note-${String(n).padStart(3, '0')}.md`);
    writeFileSync(file, template.replaceAll('{n}', String(n).padStart(3, '0')).replaceAll('{d}', String(10 + (n % 18))));
    files.push(file);
  }
  return files;
}

/** The whole index as data, in a stable order. */
const dump = (loaded: FolderIndex) => JSON.stringify(loaded.index.notes().slice().sort((a, b) => a.uri.localeCompare(b.uri)));

/** Equal dumps; on a difference, only where it starts. */
function sameIndex(actual: FolderIndex, expected: FolderIndex): void {
  const a = dump(actual);
  const b = dump(expected);
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  assert.ok(a === b, `the indexes differ at ${i}: …${a.slice(Math.max(0, i - 80), i + 80)}… instead of …${b.slice(Math.max(0, i - 80), i + 80)}…`);
}

describe('the command line with its persistent index', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'infranotes-cli-cache-'));
  const notes = path.join(root, 'notes');
  const cacheFolder = path.join(root, 'cache');
  after(() => rmSync(root, { recursive: true, force: true }));

  // More notes than the workers' threshold, so the pool and the cache path both run.
  const files = writeNotes(notes, 60);

  test('a second run takes every note from the persistent index and equals a run without it', async () => {
    const first = await indexFolder(notes, undefined, { cacheFolder });
    assert.equal(first.fromCache, 0);
    assert.equal(first.index.notes().length, 60);
    const second = await indexFolder(notes, undefined, { cacheFolder });
    assert.equal(second.fromCache, 60);
    sameIndex(second, first);
  });

  test('same size and time but other bytes: extracted again; a deleted note is gone', async () => {
    // Same length, same modification time: only the content hash can tell.
    const changed = files[4];
    const before = statSync(changed);
    const text = readFileSync(changed, 'utf8');
    const edited = text.replace('Ansible', 'Ansiblf').replace('Vault', 'Nomad');
    assert.equal(Buffer.byteLength(edited), Buffer.byteLength(text));
    writeFileSync(changed, edited);
    utimesSync(changed, before.atime, before.mtime);
    unlinkSync(files[7]);

    const warm = await indexFolder(notes, undefined, { cacheFolder });
    const cold = await indexFolder(notes, undefined, { cacheFolder: null });
    assert.equal(warm.fromCache, 58);
    assert.equal(warm.index.notes().length, 59);
    sameIndex(warm, cold);
    assert.ok(dump(warm).includes('"nomad"'), 'the edited note mentions Nomad now');
  });

  test('other size, time or both: extracted again when the bytes changed; same bytes at another time stay, and the persistent index learns the time', async () => {
    const touched = files[10];
    const grown = files[13];
    writeFileSync(grown, readFileSync(grown, 'utf8') + '\n## Packer images - Kim Lee, Acme\n');
    const later = new Date(Date.now() + 60_000);
    utimesSync(touched, later, later);

    const warm = await indexFolder(notes, undefined, { cacheFolder });
    const cold = await indexFolder(notes, undefined, { cacheFolder: null });
    assert.equal(warm.fromCache, 58, 'all but the grown note came from the persistent index');
    sameIndex(warm, cold);
    assert.ok(dump(warm).includes('Packer images'));

    const cache = IndexCache.forRoots(cacheFolder, [path.resolve(notes)]);
    const entries = await cache.load(ENGINE_VERSION, catalogKeyOf([]), [path.resolve(notes)]);
    const uri = pathToFileURL(touched).href;
    assert.equal(entries.get(uri)?.mtimeMs, statSync(touched).mtimeMs, 'the touched note has its new time');
    assert.equal(entries.get(pathToFileURL(grown).href)?.size, statSync(grown).size);
  });
});

describe('the command line\'s notes without an index (the outline)', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'infranotes-cli-notes-'));
  const notes = path.join(root, 'notes');
  const cacheFolder = path.join(root, 'cache');
  after(() => rmSync(root, { recursive: true, force: true }));
  const files = writeNotes(notes, 45);
  // Characters outside the BMP: the JSON's code-point columns need these notes' texts.
  for (const file of [files[3], files[4]]) writeFileSync(file, readFileSync(file, 'utf8').replace('Vault', 'Vault 🔐'));
  const byUri = (loaded: { notes: Map<string, unknown> }) => JSON.stringify([...loaded.notes.values()].sort((a, b) => ((a as { uri: string }).uri < (b as { uri: string }).uri ? -1 : 1)));

  test('are the notes indexFolder gives, with the persistent index or without, and its texts', async () => {
    const cold = await indexFolder(notes, undefined, { cacheFolder: null, keepTexts: true });
    const first = await readFolderNotes(notes, undefined, { cacheFolder });
    assert.equal(first.fromCache, 0);
    const second = await readFolderNotes(notes, undefined, { cacheFolder, keepTexts: true });
    assert.equal(second.fromCache, 45);
    assert.equal(second.notes.size, 45);
    assert.equal(byUri(second), dump(cold));
    assert.equal(byUri(first), dump(cold));
    assert.deepEqual([...second.texts!.keys()].sort(), [...cold.texts!.keys()].sort());
    assert.equal(second.texts!.size, 2);
    for (const [uri, text] of cold.texts!) assert.equal(second.texts!.get(uri), text);
  });

  test('a note changed behind the persistent index (same size and time) is extracted again', async () => {
    const changed = files[30];
    const before = statSync(changed);
    writeFileSync(changed, readFileSync(changed, 'utf8').replace('Vault', 'Nomad'));
    utimesSync(changed, before.atime, before.mtime);
    const warm = await readFolderNotes(notes, undefined, { cacheFolder });
    assert.equal(warm.fromCache, 44);
    assert.equal(byUri(warm), dump(await indexFolder(notes, undefined, { cacheFolder: null })));
    assert.ok(byUri(warm).includes('"nomad"'));
  });

  test('a persistent index that cannot be used: every note is extracted', async () => {
    const cache = IndexCache.forRoots(cacheFolder, [path.resolve(notes)]);
    writeFileSync(cache.file, 'not an index');
    const read = await readFolderNotes(notes, undefined, { cacheFolder });
    assert.equal(read.fromCache, 0);
    assert.equal(byUri(read), dump(await indexFolder(notes, undefined, { cacheFolder: null })));
  });
});
