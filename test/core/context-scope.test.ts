// A context scope's runs of characters only ever skip searches that would find nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { FOLDS_AS_LOWER, contextHit, makeScope, mayHold } from '../../server/src/core/extract/tool-mentions';
import { FOLD, foldText } from '../../server/src/core/text';

const piece = fc.oneof(fc.constantFrom('Terraform ', 'テラフォーム', '테라폼을 ', 'Ｖａｕｌｔ', 'policy as code', '\n', 'data warehouse', ' ', 'ΣΟΦΟΣ ', 'İstanbul', '✅ 👍🏽 ', 'Ⅻ ', '𐐀𐐁', 'ÀÉÎ。、•'), fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 }));
const text = fc.array(piece, { maxLength: 200 }).map((parts) => parts.join(''));

test('context scope: the folded text, and every word it holds passes the runs test', () => {
  fc.assert(
    fc.property(text, fc.nat(), fc.nat({ max: 20 }), (raw, at, length) => {
      const scope = makeScope(raw);
      assert.equal(scope.text, foldText(raw));
      const from = raw.length ? at % raw.length : 0;
      const word = scope.text.slice(from, from + length);
      assert.ok(mayHold(scope, word), JSON.stringify(word));
    }),
    { numRuns: 2000 },
  );
});

test('context scope: words it lacks are mostly turned away', () => {
  const scope = makeScope('Kubernetes talk: we moved from Docker Swarm to EKS and cut costs.\n'.repeat(20));
  const absent = ['data warehouse', 'bigquery', 'redshift', 'sentinel', '데이터 웨어하우스', 'データウェアハウス', 'snowpipe', 'databricks'];
  assert.ok(absent.filter((w) => mayHold(scope, w)).length <= 1);
  assert.ok(mayHold(scope, 'docker swarm') && mayHold(scope, 'eks'));
});

test('context scope: a short word counts on its own only', () => {
  const scope = makeScope('We made a decision about AWS: CI runs on every push.');
  assert.equal(mayHold(scope, 'aws') && mayHold(scope, 'ci'), true);
  assert.equal(contextHit(scope.text, 'ci', 'x'), true);
  assert.equal(contextHit(makeScope('a decision, precise').text, 'ci', 'x'), false);
  assert.equal(contextHit(makeScope('k8s and ci/cd').text, 'ci', 'x'), true);
  assert.equal(contextHit(makeScope('v2ci and ci2').text, 'ci', 'x'), false);
  assert.equal(contextHit(scope.text, 'ci', 'ci'), false);
  assert.equal(contextHit(scope.text, 'every push', 'x'), true);
});

test('context scope: every unit marked FOLDS_AS_LOWER lowers to its folded unit, and so does every pair of marked surrogates', () => {
  let marked = 0;
  for (let c = 0; c < 0xd800; c++) {
    if (!FOLDS_AS_LOWER[c]) continue;
    marked++;
    assert.equal(String.fromCharCode(c).toLowerCase(), String.fromCharCode(FOLD[c]), c.toString(16));
  }
  for (let c = 0xe000; c < 0x10000; c++) if (FOLDS_AS_LOWER[c]) assert.equal(String.fromCharCode(c).toLowerCase(), String.fromCharCode(FOLD[c]), c.toString(16));
  for (let high = 0xd800; high < 0xdc00; high++) {
    if (!FOLDS_AS_LOWER[high]) continue;
    for (let low = 0xdc00; low < 0xe000; low++) {
      if (FOLDS_AS_LOWER[low]) assert.equal(String.fromCharCode(high, low).toLowerCase(), String.fromCharCode(FOLD[high], FOLD[low]), `${high.toString(16)} ${low.toString(16)}`);
    }
  }
  // ASCII, Hangul and kana at least: the fast path is the usual one.
  assert.ok(marked > 30000 && FOLDS_AS_LOWER[0x41] && FOLDS_AS_LOWER[0xd55c] && FOLDS_AS_LOWER[0x30c6]);
});
