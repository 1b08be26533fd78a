// The main thread's warm-up: a long note in three languages, extracted and edited in an index of
// its own, long enough to take the path an edit of a long note takes.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { Catalog } from '../../server/src/core/catalog/catalog';
import { extractNote, keepsPreviousExtraction, reuseSettings } from '../../server/src/core/extract/note';
import { runToEnd, type Steps } from '../../server/src/core/features/steps';
import { scriptOf, warmUp, warmUpCandidates, warmUpSteps, warmUpText, wholeNoteVersions } from '../../server/src/node/warm-up';

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

  test('extracts a piece per step, and none once told to stop', async () => {
    let asked = 0;
    assert.equal(await warmUp(Catalog.builtin(), () => asked++ >= 2), 2);
    assert.equal(asked, 3, 'two extractions, then stopped');
    asked = 0;
    assert.equal(await warmUp(Catalog.builtin(), () => (asked++, true)), 0);
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
      warmUp(catalog, () => false);
    `;
    const out = execFileSync(process.execPath, ['--expose-gc', '-e', script], { encoding: 'utf8' });
    const feedback = out.split('\n').filter((line) => line.includes('pretenuring:'));
    assert.deepEqual(feedback.slice(0, 3), [], `${feedback.length} lines of pretenuring feedback`);
  });

  test('every extraction waits for a step of its runner, the first too', async () => {
    const events: string[] = [];
    const run = async (steps: Steps<number>): Promise<number> => {
      for (;;) {
        events.push('step');
        const r = steps.next();
        if (r.done) return r.value;
      }
    };
    let extractions = 0;
    await warmUp(Catalog.builtin(), () => (events.push('extract'), ++extractions > 3), run);
    // (The first step only reaches the first extraction's wait.)
    assert.deepEqual(events, ['step', 'step', 'extract', 'step', 'extract', 'step', 'extract', 'step', 'extract']);
  });

  test('the user\'s own notes it is given are read first, and no more once told to stop', async () => {
    const events: string[] = [];
    async function* own(): AsyncGenerator<string> {
      for (const name of ['one', 'two']) {
        events.push(`read ${name}`);
        yield `# Conf\n\n## Vault at ${name} - Kim, Acme\n\nTerraform and Vault.\n`;
      }
    }
    const run = async (steps: Steps<number>): Promise<number> => (events.push('run'), runToEnd(steps));
    assert.ok((await warmUp(Catalog.builtin(), () => false, run, own)) > 4);
    assert.deepEqual(events, ['read one', 'read two', 'run']);
    events.length = 0;
    assert.equal(await warmUp(Catalog.builtin(), () => true, run, own), 0);
    assert.deepEqual(events, ['read one'], 'stopped after the first note: the second is not read');
  });

  test('pieces grow while extractions are quick and stay small while they are slow', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `- Terraform and Vault, line ${i}`).join('\n');
    const count = (msPerCall: number): number => {
      let t = 0;
      return runToEnd(warmUpSteps(Catalog.builtin(), () => false, [text], () => (t += msPerCall / 2)));
    };
    // The whole note's versions come after the pieces, as many whatever the time taken.
    const whole = [...wholeNoteVersions(text)].length;
    const quick = count(0) - whole;
    const slow = count(20) - whole;
    // 65,000 characters: pieces of 200, 400, … 32 KB when quick (9 or so); of 200-230 (to a line's end) when slow.
    assert.ok(quick <= 2 * 10, `${quick} extractions when quick`);
    assert.ok(slow >= 2 * 250, `${slow} extractions when slow`);
  });

  test('the longest note is then extracted whole: grown a part at a time, then edited in a different place each time', () => {
    const text = Array.from({ length: 4000 }, (_, i) => `- Terraform and Vault, line ${i}`).join('\n');
    const versions = [...wholeNoteVersions(text)];
    const whole = versions.indexOf(text);
    assert.ok(whole >= 8, `${whole} parts before the whole note`);
    for (let i = 0; i < whole; i++) {
      const part = versions[i];
      assert.ok(text.startsWith(part) && text[part.length] === '\n', `part ${i} ends at a line's end`);
      assert.ok(i === 0 || part.length > versions[i - 1].length, `part ${i} is longer than the one before`);
      assert.ok(part.length - (versions[i - 1]?.length ?? 0) <= 16 * 1024, `part ${i} adds at most 16 KB`);
    }
    const edits = versions.slice(whole + 1);
    assert.equal(edits.length, 12);
    const places = edits.map((v) => [...v].findIndex((c, k) => c !== text[k]));
    assert.equal(new Set(places).size, edits.length, 'each edit in a place of its own');
    for (const v of edits) assert.ok(v.length > text.length && v.length - text.length <= 10, 'one word added');
    // The longest of the texts it is given is the one extracted whole, wherever it comes.
    const short = '# Conf\n\n## Vault - Kim, Acme\n';
    const count = (texts: string[]): number => runToEnd(warmUpSteps(Catalog.builtin(), () => false, texts, () => 0));
    // (A short text adds its pieces; taken whole instead of the long one, it would take 15 versions away.)
    for (const texts of [[text, short], [short, text]]) assert.ok(count(texts) >= count([text]), `${count(texts)} extractions against ${count([text])}`);
  });

  test('keeps no parse of its own once done: the last round\'s would hold its text', async () => {
    const uri = 'untitled:infranotes-warm-up.md';
    // The extractor keeps a long note's parse for its next edit.
    extractNote(uri, warmUpText(), { catalog: Catalog.builtin() });
    assert.ok(keepsPreviousExtraction(uri));
    await warmUp(Catalog.builtin(), () => false);
    assert.equal(keepsPreviousExtraction(uri), false);
    let asked = 0;
    await warmUp(Catalog.builtin(), () => asked++ >= 1);
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
