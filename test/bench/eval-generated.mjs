#!/usr/bin/env node
// Scores the CLI's index of a generated corpus against the generator's manifest: a check of
// generality on thousands of layouts the extractor was not written for.
//   node test/bench/eval-generated.mjs [--notes 300] [--seed 7] [--verbose]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const notes = Number(opt('--notes', '300'));
const seed = opt('--seed', '7');
const verbose = args.includes('--verbose');
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const gen = path.resolve(root, '..', 'shared', 'bench', 'gen-corpus.mjs');
if (!existsSync(gen)) { console.error('the shared generator is not here'); process.exit(2); }

const dir = mkdtempSync(path.join(tmpdir(), 'infranotes-gen-'));
execFileSync(process.execPath, [gen, dir, '--notes', String(notes), '--seed', seed], { stdio: 'ignore' });
const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
const dump = JSON.parse(execFileSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'index', dir, '--json'], { encoding: 'utf8', maxBuffer: 1 << 30 }));

const norm = (s) => String(s ?? '').toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '');
const byPath = new Map(dump.notes.map((n) => [n.path, n]));
const toolName = new Map(dump.tools.map((t) => [t.id, t.name]));
const t = { talkTP: 0, talkFP: 0, talkFN: 0, line: 0, spTP: 0, spFP: 0, spFN: 0, toolTP: 0, toolFN: 0, toolFP: 0, ev: 0, evName: 0, evDate: 0, evLoc: 0, men: 0, menHit: 0 };
const samples = { missTalk: [], extraTalk: [], missTool: new Map(), extraTool: new Map(), event: [], menMiss: new Map() };
const bump = (m, k) => m.set(k, (m.get(k) ?? 0) + 1);
const mentionsByPath = new Map();
for (const tool of dump.tools) for (const m of tool.mentions) {
  const list = mentionsByPath.get(m.path) ?? []; list.push({ ...m, tool: tool.name }); mentionsByPath.set(m.path, list);
}
for (const f of manifest.files) {
  const note = byPath.get(f.path);
  const ev = note?.events?.[0];
  t.ev++;
  if (ev && norm(ev.name) === norm(f.event.name)) t.evName++; else samples.event.push(`${f.path}: ${ev?.name} ≠ ${f.event.name}`);
  if (ev && ev.date === f.event.date) t.evDate++; else samples.event.push(`${f.path}: date ${ev?.date} ≠ ${f.event.date}`);
  if (ev && norm(ev.location) === norm(f.event.location)) t.evLoc++;
  else if (verbose && ev) console.log(`location: ${f.path}: expected ${JSON.stringify(f.event.location)}, found ${JSON.stringify(ev.location)}`);
  const got = note ? note.events.flatMap((e) => e.talks) : [];
  const used = new Set();
  for (const gt of f.talks) {
    const k = got.findIndex((x, i) => !used.has(i) && norm(x.title) === norm(gt.title));
    if (k < 0) { t.talkFN++; t.spFN += gt.speakers.length; t.toolFN += gt.tools.length; samples.missTalk.push(`${f.path}:${gt.line} [${gt.format}] ${gt.title}`); continue; }
    used.add(k); t.talkTP++;
    const x = got[k];
    if (x.line === gt.line) t.line++;
    const names = x.speakers.map((s) => norm(s.name));
    for (const s of gt.speakers) names.includes(norm(s)) ? t.spTP++ : t.spFN++;
    t.spFP += names.filter((n) => !gt.speakers.some((s) => norm(s) === n)).length;
    const tools = x.tools.map((c) => norm(c.name));
    for (const tool of gt.tools) tools.includes(norm(tool)) ? t.toolTP++ : (t.toolFN++, bump(samples.missTool, tool));
    for (const c of x.tools) if (!gt.tools.some((g) => norm(g) === norm(c.name))) { t.toolFP++; bump(samples.extraTool, c.name); }
  }
  got.forEach((x, i) => { if (!used.has(i)) { t.talkFP++; samples.extraTalk.push(`${f.path}:${x.line} ${x.title}`); } });
  const ms = mentionsByPath.get(f.path) ?? [];
  for (const m of f.mentions) {
    t.men++;
    if (ms.some((x) => x.line === m.line && norm(x.text) === norm(m.text))) t.menHit++; else bump(samples.menMiss, `${m.tool} "${m.text}"`);
  }
}
const f1 = (tp, fp, fn) => { const p = tp / (tp + fp || 1), r = tp / (tp + fn || 1); return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${(2 * p * r / (p + r || 1)).toFixed(3)}`; };
console.log(`generated corpus: ${notes} notes (seed ${seed})`);
console.log(`talks     ${f1(t.talkTP, t.talkFP, t.talkFN)}  line right ${t.line}/${t.talkTP}`);
console.log(`speakers  ${f1(t.spTP, t.spFP, t.spFN)}`);
console.log(`tools     ${f1(t.toolTP, t.toolFP, t.toolFN)}`);
console.log(`events    name ${t.evName}/${t.ev}  date ${t.evDate}/${t.ev}  location ${t.evLoc}/${t.ev}`);
console.log(`mentions  ${t.menHit}/${t.men} (${(100 * t.menHit / (t.men || 1)).toFixed(1)}%)`);
if (verbose) {
  const top = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, v]) => `${k}×${v}`).join(', ');
  console.log('\nmissed talks:\n  ' + samples.missTalk.slice(0, 25).join('\n  '));
  console.log('extra talks:\n  ' + samples.extraTalk.slice(0, 25).join('\n  '));
  console.log('event misses:\n  ' + samples.event.slice(0, 20).join('\n  '));
  console.log('missed tools: ' + top(samples.missTool));
  console.log('extra tools: ' + top(samples.extraTool));
  console.log('missed mentions: ' + top(samples.menMiss));
}
