// The CLI on the shared seed notes, scored by the shared scorer against the hand-made gold.
// Runs only where ../shared exists (it is not part of the product).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { projectRoot, sharedDir } from '../support/paths';

const seeds = path.join(sharedDir, 'corpus', 'seeds');
const gold = path.join(sharedDir, 'corpus', 'gold');
const scorer = path.join(sharedDir, 'eval', 'score.mjs');
const available = existsSync(seeds) && existsSync(gold) && existsSync(scorer);

test('shared seeds: talks, speakers, tools, events and mentions meet the bar', { skip: available ? false : '../shared is not here' }, (t) => {
  const dump = execFileSync(process.execPath, [path.join(projectRoot, 'dist', 'cli.js'), 'index', seeds, '--json', '--no-cache'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const folder = mkdtempSync(path.join(tmpdir(), 'infranotes-seeds-'));
  // Every run had left its folder behind.
  t.after(() => rmSync(folder, { recursive: true, force: true }));
  const file = path.join(folder, 'dump.json');
  writeFileSync(file, dump);
  const report = execFileSync(process.execPath, [scorer, gold, file], { encoding: 'utf8' });
  const summary = report.trim().split('\n').pop()!;
  const value = (key: string) => {
    const m = new RegExp(`${key}=([\\d.]+)(?:/(\\d+))?`).exec(summary);
    assert.ok(m, `${key} in: ${summary}`);
    return { n: Number(m[1]), of: m[2] === undefined ? undefined : Number(m[2]) };
  };
  assert.ok(value('talksF1').n >= 0.95, summary);
  assert.ok(value('speakersF1').n >= 0.9, summary);
  assert.ok(value('toolsF1').n >= 0.85, summary);
  const events = value('events');
  assert.equal(events.n, events.of, `every event name right: ${summary}`);
  const dates = value('dates');
  assert.equal(dates.n, dates.of, `every event date right: ${summary}`);
  assert.equal(value('wrong').n, 0, `no wrong mention: ${summary}`);

  // Every listed mention is found, except a gold entry whose line does not hold the text at all.
  const missed = report.split('\n').filter((l) => l.includes('mention MISS'));
  const unreachable = new Set<string>();
  for (const g of readdirSync(gold)) {
    const answers = JSON.parse(readFileSync(path.join(gold, g), 'utf8')) as { file: string; mentions: Array<{ line: number; text: string }> };
    const lines = readFileSync(path.join(seeds, answers.file), 'utf8').split(/\r\n|\r|\n/);
    for (const m of answers.mentions) if (!(lines[m.line - 1] ?? '').includes(m.text)) unreachable.add(`line ${m.line}: ${m.text}`);
  }
  const reachableMisses = missed.filter((l) => ![...unreachable].some((u) => l.includes(u)));
  assert.deepEqual(reachableMisses, [], report);
});
