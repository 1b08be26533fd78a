// A context scope's pairs of characters only ever skip searches that would find nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { makeScope, mayHold } from '../../server/src/core/extract/note';
import { foldText } from '../../server/src/core/text';

const piece = fc.oneof(fc.constantFrom('Terraform ', 'テラフォーム', '테라폼을 ', 'Ｖａｕｌｔ', 'policy as code', '\n', 'data warehouse', ' '), fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 }));
const text = fc.array(piece, { maxLength: 200 }).map((parts) => parts.join(''));

test('context scope: the folded text, and every word it holds passes the pair test', () => {
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
