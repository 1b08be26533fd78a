// A file's URI is the one pathToFileURL gives, whether or not it is made without a URL object.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { fileUri } from '../../server/src/node/files';

describe('fileUri', () => {
  test('equals pathToFileURL for plain paths and for every character that needs escaping', () => {
    const names = ['note.md', 'a-b_c~d+e,f=g@h.txt', '.hidden', '..', '.', 'a b.md', 'a%20b.md', 'a#b.md', 'a?b.md', 'a\\b.md', 'a\nb', 'a\tb', 'a"b', 'a<b>', 'a`b', 'a{b}', 'a^b', 'a|b', 'a[b]', "a'b", 'a(b)', 'a;b', 'a:b', 'a!b', 'a$b', 'a&b', 'a*b', '쿠버네티스.md', 'テラフォーム.md', 'é.md', '😀.md', '...', '.x', 'x.', 'trailing/'];
    const dirs = ['/notes', '/work/main/.bench/corpus-10000/2019', '/', '/a//b', '/a/./b', '/a/../b', '/a/b/'];
    for (const dir of dirs) {
      for (const name of names) {
        const file = dir.endsWith('/') ? dir + name : `${dir}/${name}`;
        assert.equal(fileUri(file), pathToFileURL(file).href, file);
      }
    }
  });

  test('a path whose URI is itself is not made through a URL object', { skip: path.sep !== '/' }, () => {
    assert.equal(fileUri('/notes/2024/kubecon-eu.md'), 'file:///notes/2024/kubecon-eu.md');
  });
});
