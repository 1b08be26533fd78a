// foldText folds a string unit by unit through FOLD, whatever its length: long texts take another
// path (a reused array of UTF-16 units read back as one string) than short ones.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { FOLD, foldText } from '../../server/src/core/text';

/** The fold as defined: each UTF-16 unit through FOLD. */
function foldByUnit(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(FOLD[s.charCodeAt(i)]);
  return out;
}

const piece = fc.oneof(fc.constantFrom('Terraform ', 'ＴＥＲＲＡＦＯＲＭ（ＨＣＬ）', '테라폼을 ', 'テラフォーム：', 'İstanbul ΣΟΦΟΣ', '👍🏽', '\ud800', '\udfff', '\n'), fc.string({ unit: 'binary', maxLength: 8 }));

test('foldText: unit by unit, for short and long texts, lone surrogates included', () => {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), fc.nat({ max: 3000 }), (parts, repeat) => {
      const base = parts.join('');
      const text = base.repeat(Math.max(1, Math.floor(repeat / Math.max(1, base.length))));
      assert.equal(foldText(text), foldByUnit(text));
    }),
    { numRuns: 300 },
  );
});

test('foldText: a shorter text after a longer one, and a text longer than the array kept', () => {
  const long = 'ＡＢＣ Kubernetes 運用 '.repeat(9000);
  assert.ok(long.length > 128 * 1024);
  assert.equal(foldText(long), foldByUnit(long));
  const middle = 'Ｖａｕｌｔ と Consul '.repeat(200);
  assert.equal(foldText(middle), foldByUnit(middle));
  assert.equal(foldText(middle.slice(0, 1500)), foldByUnit(middle.slice(0, 1500)));
  assert.equal(foldText(''), '');
});
