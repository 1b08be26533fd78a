// The matcher's trie walk, laid out in typed arrays, answers exactly as the plain object trie
// (test/core/matcher-reference.ts) over generated text full of spellings, separators and scripts.
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Matcher, type Spelling } from '../../server/src/core/catalog/matcher';
import tools from '../../server/src/core/catalog/tools.json';
import type { ToolEntry } from '../../server/src/core/catalog/types';
import { ReferenceMatcher } from './matcher-reference';

const spellings: Spelling[] = [];
for (const tool of tools as ToolEntry[]) {
  spellings.push({ toolId: tool.id, text: tool.name, caseSensitive: !!tool.nameIsAmbiguous, needsContext: false });
  for (const a of tool.aliases ?? []) {
    if (typeof a === 'string') spellings.push({ toolId: tool.id, text: a, caseSensitive: false, needsContext: false });
    else spellings.push({ toolId: tool.id, text: a.text, caseSensitive: !!a.caseSensitive, needsContext: !!a.needsContext });
  }
}
// Spellings that branch at separators in awkward places, share prefixes and end inside each other.
for (const text of ['a b', 'a b c', 'ab', 'a-b-c d', 'the x', 'x', 'X Y', 'go', 'Go Kit', 'go-kit', 'ＡＷＳ', 'k 8 s', '컨설', '컨설 팅', 'テラ フォーム', 'data  dog', 'q', 'q+ r']) {
  spellings.push({ toolId: `test-${text}`, text, caseSensitive: /[A-Z]/.test(text), needsContext: false });
}

const matcher = new Matcher(spellings);
const reference = new ReferenceMatcher(spellings);

const toFullWidth = (s: string): string => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const spelled = fc.tuple(fc.constantFrom(...spellings.map((s) => s.text)), fc.constantFrom('as is', 'upper', 'lower', 'full width', 'dashes')).map(([text, how]) => {
  if (how === 'upper') return text.toUpperCase();
  if (how === 'lower') return text.toLowerCase();
  if (how === 'full width') return toFullWidth(text);
  if (how === 'dashes') return text.replace(/ /g, '-');
  return text;
});
const glue = fc.constantFrom(' ', '+', '  ', '-', ' - ', '\t', '・', '·', '\u3000', '\u00a0', '.', ',', '(', ')', '를', '팅', '은', 'の', 'ス', 'the ', 'in ', 'data', 's', '1', '\n', 'é', '');
const text = fc.array(fc.oneof(spelled, glue, fc.string({ maxLength: 4 })), { maxLength: 30 }).map((parts) => parts.join(''));

test('the matcher finds what the plain trie walk finds', () => {
  fc.assert(
    fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
      const from = t.length ? a % (t.length + 1) : 0;
      const to = from + (t.length - from ? b % (t.length - from + 1) : 0);
      assert.deepStrictEqual(matcher.find(t, from, to), reference.find(t, from, to));
      assert.deepStrictEqual(matcher.find(t), reference.find(t));
    }),
    { numRuns: 3000, seed: 7 },
  );
});

test('the matcher finds spellings across separators, in any case, with particles', () => {
  const found = (t: string) => matcher.find(t).map((m) => t.slice(m.start, m.end));
  assert.deepStrictEqual(found('Go Kit, go-kit and GoKit on ＡＷＳ Lambda'), ['Go Kit', 'go-kit', 'GoKit', 'ＡＷＳ Lambda']);
  assert.deepStrictEqual(found('테라폼을 씁니다, 컨설턴트 말고 컨설과'), ['테라폼', '컨설']);
  assert.deepStrictEqual(found('the x and a b c but not abc.io'), ['the x', 'a b c']);
  // After a list's number and a full stop ("1.", "１．") a word starts; after "x." in a name it does not.
  assert.deepStrictEqual(found('1.Terraform, １．Terraform, x.Terraform'), ['Terraform', 'Terraform']);
  // A shorter spelling found before the walk branches at a separator is kept when the branch leads nowhere.
  assert.deepStrictEqual(found('q+ r, q+ s'), ['q+ r', 'q']);
});
