// The main thread's warm-up: a long note in three languages, extracted and edited in an index of
// its own, long enough to take the path an edit of a long note takes.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { Catalog } from '../../server/src/core/catalog/catalog';
import { extractNote, keepsPreviousExtraction, reuseSettings } from '../../server/src/core/extract/note';
import { scriptOf, warmUp, warmUpCandidates, warmUpText } from '../../server/src/node/warm-up';

describe('warm-up', () => {
  test('the note is long enough for the incremental path and reads as talks with tools in en/ko/ja', () => {
    const text = warmUpText();
    assert.ok(text.length >= reuseSettings.minChars, `${text.length} characters`);
    const note = extractNote('untitled:w.md', text, { catalog: Catalog.builtin() });
    const talks = note.events.flatMap((e) => e.talks);
    assert.ok(talks.length >= 30, `${talks.length} talks`);
    const tools = new Set(note.mentions.map((m) => m.toolId));
    for (const id of ['terraform', 'kubernetes', 'vault', 'packer']) assert.ok(tools.has(id), `${id} is not mentioned`);
    assert.ok(note.mentions.some((m) => m.text === '테라폼') && note.mentions.some((m) => m.text === 'テラフォーム'));
  });

  test('runs its rounds, and none once told to stop', async () => {
    let asked = 0;
    await warmUp(Catalog.builtin(), () => asked++ >= 2, 8);
    assert.equal(asked, 3, 'two rounds, then stopped');
    asked = 0;
    await warmUp(Catalog.builtin(), () => (asked++, true));
    assert.equal(asked, 1);
  });

  test('from the warm-up on, V8 decides no allocation site to make its objects in the old generation', () => {
    // A process of its own, which traces V8's pretenuring feedback from the moment the warm-up is
    // called: V8 weighs it at each young-generation collection that finds objects of a tracked
    // allocation site alive, and the warm-up's extractions run through several such collections
    // (about 70 lines of feedback when the same extractions run without the warm-up).
    const warmUpModule = path.resolve(__dirname, '../../server/src/node/warm-up.js');
    const catalogModule = path.resolve(__dirname, '../../server/src/core/catalog/catalog.js');
    const script = `
      const { setFlagsFromString } = require('node:v8');
      const { warmUp } = require(${JSON.stringify(warmUpModule)});
      const { Catalog } = require(${JSON.stringify(catalogModule)});
      const catalog = Catalog.builtin();
      catalog.lookup('terraform');
      // What the loading left in the young generation is not the warm-up's.
      gc();
      setFlagsFromString('--trace-pretenuring-statistics');
      warmUp(catalog, () => false, 8, async () => {});
    `;
    const out = execFileSync(process.execPath, ['--expose-gc', '-e', script], { encoding: 'utf8' });
    const feedback = out.split('\n').filter((line) => line.includes('pretenuring:'));
    assert.deepEqual(feedback.slice(0, 3), [], `${feedback.length} lines of pretenuring feedback`);
  });

  test('every round waits for its turn, the first too', async () => {
    const events: string[] = [];
    await warmUp(Catalog.builtin(), () => (events.push('round'), false), 3, async () => void events.push('turn'));
    assert.deepEqual(events, ['turn', 'round', 'turn', 'round', 'turn', 'round']);
  });

  test('then each of the user\'s own notes it is given: extracted, then edited, a round per turn, until told to stop', async () => {
    const events: string[] = [];
    async function* own(): AsyncGenerator<string> {
      for (const name of ['one', 'two']) {
        events.push(`read ${name}`);
        yield `# Conf\n\n## Vault at ${name} - Kim, Acme\n\nTerraform and Vault.\n`;
      }
    }
    await warmUp(Catalog.builtin(), () => (events.push('round'), false), 1, async () => void events.push('turn'), own);
    const fourRounds = ['turn', 'round', 'turn', 'round', 'turn', 'round', 'turn', 'round'];
    assert.deepEqual(events, ['turn', 'round', 'read one', ...fourRounds, 'read two', ...fourRounds]);
    events.length = 0;
    let rounds = 0;
    await warmUp(Catalog.builtin(), () => ++rounds > 3, 1, async () => {}, own);
    assert.deepEqual(events, ['read one'], 'stopped in the first note: the second is not read');
  });

  test('keeps no parse of its own once done: the last round\'s would hold its text', async () => {
    const uri = 'untitled:infranotes-warm-up.md';
    // The extractor keeps a long note's parse for its next edit.
    extractNote(uri, warmUpText(), { catalog: Catalog.builtin() });
    assert.ok(keepsPreviousExtraction(uri));
    await warmUp(Catalog.builtin(), () => false, 2, async () => {});
    assert.equal(keepsPreviousExtraction(uri), false);
    let asked = 0;
    await warmUp(Catalog.builtin(), () => asked++ >= 1, 8, async () => {});
    assert.equal(keepsPreviousExtraction(uri), false, 'nor when stopped');
  });

  test('the user\'s notes it looks at: 48-256 KB, nearest 128 KB first, at most the limit', () => {
    const KB = 1024;
    const sizes = [
      { uri: 'file:///n/small.md', size: 47 * KB },
      { uri: 'file:///n/huge.md', size: 257 * KB },
      { uri: 'file:///n/far.md', size: 250 * KB },
      { uri: 'file:///n/near.md', size: 130 * KB },
      { uri: 'file:///n/b-even.md', size: 100 * KB },
      { uri: 'file:///n/a-even.md', size: 156 * KB },
      { uri: 'file:///n/edge.md', size: 48 * KB },
    ];
    assert.deepEqual(warmUpCandidates(sizes), ['file:///n/near.md', 'file:///n/a-even.md', 'file:///n/b-even.md', 'file:///n/edge.md', 'file:///n/far.md']);
    assert.deepEqual(warmUpCandidates(sizes, 2), ['file:///n/near.md', 'file:///n/a-even.md']);
    assert.deepEqual(warmUpCandidates([]), []);
  });

  test('a note\'s script, from its start: kana is Japanese, hangul Korean, else other', () => {
    assert.equal(scriptOf('# KubeCon\n\n## テラフォーム入門 — 佐藤'), 'ja');
    assert.equal(scriptOf('# 밋업\n\n## 테라폼을 쓰다 - 김민수'), 'ko');
    assert.equal(scriptOf('# 勉強会\n\n## 運用'), 'other', 'kanji alone could be Chinese');
    assert.equal(scriptOf('# HashiConf\n\n## Vault at scale - Jane'), 'other');
    assert.equal(scriptOf('x'.repeat(9000) + 'テラフォーム'), 'other', 'only the first 8 KB are read');
  });
});
