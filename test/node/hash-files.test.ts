// hashFiles: the command line's check of every file against its persistent index, on a thread
// of its own. Each file's hash must be the extraction's (SHA-1 of its bytes), whatever its size
// (files longer than the thread's 1 MB buffer are read in pieces).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { hashFiles } from '../../server/src/node/files';

const sha1 = (bytes: Uint8Array) => createHash('sha1').update(bytes).digest('hex');

describe('hashFiles', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'infranotes-hash-files-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  const file = (name: string, bytes: Uint8Array) => {
    const p = path.join(root, name);
    writeFileSync(p, bytes);
    return p;
  };
  const ascii = file('a.md', Buffer.from('# HashiConf\n\nTerraform.\n'));
  const empty = file('empty.md', Buffer.alloc(0));
  // Three buffers' worth and a bit, with a four-byte character only in the last piece.
  const long = Buffer.alloc(3 * (1 << 20) + 5, 'x');
  long.write('😀', long.length - 4);
  const large = file('large.md', long);
  const emoji = file('emoji.md', Buffer.from('# Talk 😀\n'));
  const utf16 = file('utf16.md', Buffer.from([0xff, 0xfe, 0x23, 0x00, 0x20, 0x00]));
  const hangul = file('hangul.md', Buffer.from('# 데브옵스\n'));
  const folder = path.join(root, 'folder.md');
  mkdirSync(folder);
  const missing = path.join(root, 'missing.md');

  test("gives each file's SHA-1, size and modification time, in the order asked", async () => {
    const files = [ascii, empty, large, emoji];
    const hashed = await hashFiles(files, 10 * 1024 * 1024, false);
    assert.deepEqual(
      hashed.hashes,
      files.map((f) => sha1(readFileSync(f))),
    );
    files.forEach((f, i) => {
      assert.equal(hashed.sizes[i], statSync(f).size);
      assert.equal(hashed.mtimes[i], statSync(f).mtimeMs);
    });
  });

  test("'' for a file that cannot be read, is not a regular file, or is over the limit", async () => {
    const hashed = await hashFiles([missing, folder, large, ascii], 1024 * 1024, false);
    assert.deepEqual(hashed.hashes.slice(0, 3), ['', '', '']);
    assert.notEqual(hashed.hashes[3], '');
  });

  test('tells which files could hold a character outside the BMP, when asked', async () => {
    const files = [ascii, large, emoji, utf16, hangul];
    assert.deepEqual([...(await hashFiles(files, 10 * 1024 * 1024, true)).astral], [0, 1, 1, 1, 0]);
    assert.deepEqual([...(await hashFiles(files, 10 * 1024 * 1024, false)).astral], [0, 0, 0, 0, 0]);
  });

  test('no files', async () => {
    assert.deepEqual((await hashFiles([], 1024, false)).hashes, []);
  });
});
