// What a start builds before the first answer: the character tables are made by ranges (held
// here to the functions they tabulate), and the catalog's matcher only when a note is extracted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { BUILTIN_CATALOG_KEY, Catalog, catalogKey } from '../../server/src/core/catalog/catalog';
import tools from '../../server/src/core/catalog/tools.json';
import type { ToolEntry } from '../../server/src/core/catalog/types';
import { FOLD, SCRIPT_OF_CHAR, SCRIPT_OF_FOLDED, foldChar, scriptOf } from '../../server/src/core/text';

test('FOLD holds foldChar of every UTF-16 unit', () => {
  for (let c = 0; c < 65536; c++) if (FOLD[c] !== foldChar(c)) assert.fail(`FOLD[${c.toString(16)}] = ${FOLD[c].toString(16)}, foldChar gives ${foldChar(c).toString(16)}`);
});

test('SCRIPT_OF_FOLDED holds scriptOf of every UTF-16 unit', () => {
  for (let c = 0; c < 65536; c++) if (SCRIPT_OF_FOLDED[c] !== scriptOf(c)) assert.fail(`SCRIPT_OF_FOLDED[${c.toString(16)}] = ${SCRIPT_OF_FOLDED[c]}, scriptOf gives ${scriptOf(c)}`);
});

test('SCRIPT_OF_CHAR holds the script of every UTF-16 unit once folded', () => {
  for (let c = 0; c < 65536; c++) if (SCRIPT_OF_CHAR[c] !== scriptOf(foldChar(c))) assert.fail(`SCRIPT_OF_CHAR[${c.toString(16)}] = ${SCRIPT_OF_CHAR[c]}, scriptOf(foldChar) gives ${scriptOf(foldChar(c))}`);
});

test('the catalog makes its tables and its matcher on first use, once', () => {
  const catalog = Catalog.builtin();
  const fields = catalog as unknown as { built: unknown; builtMatcher: unknown };
  assert.equal(fields.built, null, 'tables made with the catalog');
  assert.equal(fields.builtMatcher, null, 'matcher made with the catalog');
  assert.equal(catalog.lookup('terraform')?.id, 'terraform');
  assert.equal(fields.builtMatcher, null, 'matcher made by a lookup');
  const matcher = catalog.matcher;
  assert.equal(catalog.matcher, matcher, 'built again');
  assert.deepEqual(
    matcher.find('We moved from Terraform to Pulumi.').map((m) => m.spellings[0].toolId),
    ['terraform', 'pulumi'],
  );
});

test('the bundles carry the built-in catalog key catalog.ts computes (scripts/build.mjs makes it)', () => {
  assert.equal(BUILTIN_CATALOG_KEY, catalogKey(tools as ToolEntry[]));
  const dist = path.join(__dirname, '..', '..', '..', 'dist');
  for (const bundle of ['server.bundle.js', 'cli.bundle.js', 'extract-worker.bundle.js']) {
    assert.ok(readFileSync(path.join(dist, bundle), 'utf8').includes(JSON.stringify(BUILTIN_CATALOG_KEY)), `${bundle} has another key`);
  }
});
