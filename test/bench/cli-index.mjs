#!/usr/bin/env node
// Benchmark: `infranotes index` on a generated corpus. Prints the median of several runs.
//   node test/bench/cli-index.mjs [--notes 10000] [--runs 3]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const notes = Number(opt('--notes', '10000'));
const runs = Number(opt('--runs', '3'));
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const gen = path.resolve(root, '..', 'shared', 'bench', 'gen-corpus.mjs');
const corpus = path.join(root, '.bench', `corpus-${notes}`);
if (!existsSync(path.join(corpus, 'manifest.json'))) {
  if (!existsSync(gen)) { console.error('no corpus and no generator (../shared/bench/gen-corpus.mjs)'); process.exit(2); }
  mkdirSync(corpus, { recursive: true });
  execFileSync(process.execPath, [gen, corpus, '--notes', String(notes)], { stdio: 'inherit' });
}
const times = [];
let summary = '';
for (let i = 0; i < runs; i++) {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'index', corpus], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0) { console.error(r.stderr); process.exit(1); }
  summary = r.stdout.trim().split('\n').pop();
  times.push(ms);
  console.log(`run ${i + 1}: ${ms.toFixed(0)} ms wall`);
}
times.sort((a, b) => a - b);
console.log(`infranotes index, ${notes} notes: median ${times[Math.floor(times.length / 2)].toFixed(0)} ms wall (min ${times[0].toFixed(0)}, max ${times[times.length - 1].toFixed(0)})`);
console.log(summary);
