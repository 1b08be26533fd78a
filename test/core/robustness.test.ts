// Generated and hostile input: no exception, every range inside its document, the same result twice,
// and incremental updates equal a fresh index. `npm run fuzz` runs the same properties 100,000 times.
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractNote } from '../../server/src/core/extract/note';
import { anyText, catalog, checkExtraction, checkIncremental, steps } from './properties';

describe('properties over generated notes', () => {
  test('markdown notes', () => fc.assert(fc.property(anyText, (t) => checkExtraction(t, false)), { numRuns: 300, seed: 42 }));
  test('plain-text notes', () => fc.assert(fc.property(anyText, (t) => checkExtraction(t, true)), { numRuns: 200, seed: 43 }));
  test('incremental equals from scratch', () => fc.assert(fc.property(steps, checkIncremental), { numRuns: 100, seed: 44 }));
});

describe('pathological notes finish in linear time', () => {
  // A generous bound: each case is a few megabytes and takes well under a second when linear.
  const cases: Record<string, string> = {
    'a 5 MB single line': 'word '.repeat(1_000_000),
    'runs of [[': '[['.repeat(200_000),
    'runs of <': '<'.repeat(1_000_000),
    'runs of *': '*'.repeat(1_000_000),
    'runs of #': '#'.repeat(1_000_000),
    'runs of |': '|'.repeat(1_000_000),
    'an address with no end': 'x'.repeat(1_000_000) + '@',
    'dashes without speakers': 'Title - '.repeat(100_000),
    'open parentheses': '('.repeat(100_000) + 'x',
    '100,000 headings': Array.from({ length: 100_000 }, (_, i) => `## Talk ${i} - Jane Doe (Acme)`).join('\n'),
    '10,000 nested quotes': '>'.repeat(10_000) + ' Terraform',
    '10,000 nested lists': Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(i * 2)}- Vault`).join('\n'),
    // (Session 40: bullets that are talks with no blank line between them, and talks without organisations, each
    // looked at all the others; wrapped and boxed titles join and box lines.)
    '50,000 plain bullets with items': Array.from({ length: 50_000 }, (_, i) => `■ Title ${i}\n  - 발표 : 김민준\n  - note`).join('\n'),
    '50,000 headings without organisations': Array.from({ length: 50_000 }, (_, i) => `## Title ${i}\n발표 : 김민준\n- note`).join('\n'),
    '50,000 titles wrapped in brackets': Array.from({ length: 50_000 }, (_, i) => `- 「Title ${i} の前半\n  後半」`).join('\n'),
    '30,000 boxed titles': Array.from({ length: 30_000 }, (_, i) => `${'-'.repeat(40)}\n ${i}. "Title of the talk"\n${'-'.repeat(40)}\n    Jane Doe, Acme\n`).join('\n'),
  };
  for (const [name, text] of Object.entries(cases)) {
    test(name, () => {
      const started = performance.now();
      const note = extractNote('file:///p.md', text, { catalog });
      const ms = performance.now() - started;
      assert.ok(note.lineCount >= 1);
      assert.ok(ms < 15_000, `${name}: ${ms.toFixed(0)} ms`);
    });
  }
});
