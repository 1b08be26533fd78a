#!/usr/bin/env node
// ISSUE 5's benchmark: Infra Notes' language server against VS Code's own Markdown language
// server (the npm package vscode-markdown-languageserver), on generated corpora of 1k, 10k and
// 100k notes, and the `infranotes index` command on the same corpora.
//
//   npm run bench                                  # builds, then every size
//   node test/bench/bench.mjs --sizes 1000,10000   # pick sizes
//   node test/bench/bench.mjs --quick              # fewer requests per measurement (a smoke run)
//   options: --only ours|peer  --peer-timeout SEC (600)  --ours-timeout SEC (1800)
//            --cpu-prof (our server runs with --cpu-prof; the top functions are printed)
//            --out FILE (test/bench/RESULTS.md; --out - prints only)
//            --server-node-args 'FLAGS' (node flags for our server, e.g. V8 heap flags)
//            --dist DIR (run this build of the server and the CLI instead of a copy of dist/)
//
// Corpora come from ../shared/bench/gen-corpus.mjs (default seed) into .bench/corpus-<N>
// (git-ignored) and are reused when their manifest.json exists. dist/ is copied to
// .bench/dist-snapshot first (unless --dist names a build), so a rebuild by someone else during a long run cannot mix versions.
//
// Every wait is for a response or a notification with a deadline; polling is done with LSP
// requests; child processes are killed on exit. Times come from performance.now() (monotonic).
// The whole report is printed as markdown and saved to --out.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as readline from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const v8 = require('node:v8');
// The benchmark's own garbage is collected between timed requests (collectGarbage), not inside them.
v8.setFlagsFromString('--expose-gc');
const gc = require('node:vm').runInNewContext('gc');
const HEAP_LIMIT = `${Math.round(v8.getHeapStatistics().heap_size_limit / 1048576)} MB`;
const { createMessageConnection, StreamMessageReader, StreamMessageWriter, CancellationTokenSource } = require('vscode-jsonrpc/node');
const MarkdownIt = require('markdown-it');

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const GEN = path.resolve(ROOT, '..', 'shared', 'bench', 'gen-corpus.mjs');
const BENCH_DIR = path.join(ROOT, '.bench');
const PEER_PKG = path.join(ROOT, 'node_modules', 'vscode-markdown-languageserver');
const PEER_MAIN = path.join(PEER_PKG, 'out', 'node', 'workerMain.js');

// ───────────────────────────── options ─────────────────────────────
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const opt = (name, dflt) => {
  const i = argv.findIndex((a) => a === name || a.startsWith(name + '='));
  if (i < 0) return dflt;
  return argv[i].includes('=') ? argv[i].slice(argv[i].indexOf('=') + 1) : argv[i + 1];
};
if (flag('--help') || flag('-h')) {
  console.log(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 20).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
  process.exit(0);
}
const QUICK = flag('--quick');
const SIZES = String(opt('--sizes', '1000,10000,100000')).split(',').map((s) => Number(s.trim())).filter((n) => Number.isInteger(n) && n > 0);
const ONLY = opt('--only', 'both');
const PEER_TIMEOUT_MS = Number(opt('--peer-timeout', '600')) * 1000;
const OURS_TIMEOUT_MS = Number(opt('--ours-timeout', '1800')) * 1000;
const CPU_PROF = flag('--cpu-prof');
// Extra flags for our server's node (V8 experiments), split at spaces.
const SERVER_NODE_ARGS = String(opt('--server-node-args', '')).split(' ').filter(Boolean);
/**
 * The Node flags and environment a program of ours starts with: those of its shebang
 * (`#!/usr/bin/env -S [NAME=VALUE ...] node FLAGS`, from server/src/node-flags.json), so that it runs
 * here as it does from a terminal or the editor.
 */
function shebangOf(file) {
  const first = fs.readFileSync(file, 'utf8').split('\n', 1)[0];
  const m = /^#!\S*env(?:\s+-S)?((?:\s+\w+=\S*)*)\s+node((?:\s+\S+)*)\s*$/.exec(first);
  const env = {};
  for (const word of (m?.[1] ?? '').split(/\s+/).filter(Boolean)) env[word.slice(0, word.indexOf('='))] = word.slice(word.indexOf('=') + 1);
  return { env, flags: m ? m[2].split(/\s+/).filter(Boolean) : [] };
}
const shebangFlags = (file) => shebangOf(file).flags;
/** The environment to start a program of ours with: ours, and what its shebang sets. */
const shebangEnv = (file, base = process.env) => ({ ...base, ...shebangOf(file).env });
// One per run: two benchmarks at once must not run each other's build.
const DIST = opt('--dist', null);
const SNAPSHOT_DIR = DIST ? path.resolve(DIST) : path.join(BENCH_DIR, `dist-snapshot-${process.pid}`);
const OUT = opt('--out', path.join('test', 'bench', 'RESULTS.md'));
const N = QUICK
  ? { hover: 100, def: 100, refs: 50, wsym: 50, search: 50, edits: 20, cliRuns: 1, talks: 20, otherTalks: 10 }
  : { hover: 500, def: 500, refs: 200, wsym: 200, search: 200, edits: 100, cliRuns: 3, talks: 20, otherTalks: 10 };
const POLL_MS = 20;
/** The most results our server gives a workspace-symbol query (workspaceSymbolSteps' limit). */
const OUR_SYMBOL_LIMIT = 200;
const REQUEST_TIMEOUT_MS = 120_000;
/** Files whose positions, talks and refs are kept from the manifest (all of them up to this many). */
const SAMPLE_FILES = 800;
if (!SIZES.length) {
  console.error('bench: --sizes wants a comma-separated list of note counts');
  process.exit(2);
}

// ───────────────────────────── child processes ─────────────────────────────
const children = new Set();
function track(proc) {
  children.add(proc);
  proc.once('exit', () => children.delete(proc));
  return proc;
}
function killAll() {
  for (const p of children) {
    try {
      p.kill('SIGKILL');
    } catch {
      /* gone */
    }
  }
}
process.on('exit', killAll);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    killAll();
    process.exit(130);
  });
}
process.on('uncaughtException', (e) => {
  console.error(e);
  killAll();
  process.exit(1);
});

// ───────────────────────────── small helpers ─────────────────────────────
/**
 * Before each timed request: a young-generation collection of this process once its young
 * generation is half full, so that the collection V8 would start on its own does not fall inside
 * the request (this client holds the corpus manifest and parses answers of up to 2.5 MB; such a
 * collection, 1-15 ms and more on a loaded machine, was counted as the server's time).
 */
function collectGarbage() {
  const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  if (young && young.space_used_size * 2 > young.space_used_size + young.space_available_size) gc({ type: 'minor' });
}
const now = () => performance.now();
const delay = (ms) => new Promise((r) => setTimeout(r, ms));

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function shuffled(arr, rand) {
  const a = arr.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
/** `n` items: a shuffled pass over `arr`, repeated when `arr` is shorter than `n`. */
function take(arr, n) {
  if (!arr.length) return [];
  const out = [];
  for (let i = 0; out.length < n; i++) out.push(arr[i % arr.length]);
  return out;
}
function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
function stats(samples, extra = {}) {
  const s = samples.slice().sort((a, b) => a - b);
  return { kind: 'lat', n: s.length, p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99), max: s[s.length - 1], mean: s.reduce((a, b) => a + b, 0) / (s.length || 1), first: samples[0], ...extra, samples: samples.map((x) => Math.round(x * 100) / 100) };
}
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** Code-point column → UTF-16 column. */
function cpToUtf16(line, cp) {
  let units = 0;
  let i = 0;
  for (const ch of line) {
    if (i === cp) break;
    units += ch.length;
    i++;
  }
  return units;
}
function scriptOf(s) {
  if (/[\uAC00-\uD7A3\u1100-\u11FF\u3130-\u318F]/.test(s)) return 'hangul';
  if (/[\u3040-\u30FF\u4E00-\u9FFF\uFF66-\uFF9F]/.test(s)) return 'japanese';
  return 'latin';
}
function fmtMs(ms) {
  if (ms === undefined || ms === null || Number.isNaN(ms)) return '–';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 10) return `${Math.round(ms)} ms`;
  if (ms >= 1) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}
const fmtMB = (kb) => (kb ? `${Math.round(kb / 1024)} MB` : '–');
function fmtRatio(peer, ours) {
  if (!(peer > 0) || !(ours > 0)) return '–';
  const r = peer / ours;
  return r >= 10 ? `×${Math.round(r)}` : `×${r.toFixed(r >= 1 ? 1 : 2)}`;
}
function procStatus(pid) {
  try {
    const s = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k) => Number((s.match(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm')) ?? [])[1]) || 0;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return null;
  }
}

const out = [];
/** Prints a line and keeps it for RESULTS.md. */
function say(line = '') {
  out.push(line);
  console.log(line);
}
/** Progress that goes to stderr only. */
const note = (m) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}\n`);

// ───────────────────────────── corpus ─────────────────────────────
async function ensureCorpus(n) {
  const dir = path.join(BENCH_DIR, `corpus-${n}`);
  if (fs.existsSync(path.join(dir, 'manifest.json'))) return dir;
  if (!fs.existsSync(GEN)) throw new Error(`no corpus in ${dir} and no generator at ${GEN}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  note(`generating ${n} notes into ${path.relative(ROOT, dir)} …`);
  const started = now();
  const proc = track(spawn(process.execPath, [generatorFor(n), dir, '--notes', String(n)], { stdio: ['ignore', 'inherit', 'inherit'] }));
  const code = await new Promise((resolve) => proc.once('exit', (c) => resolve(c)));
  if (code !== 0 || !fs.existsSync(path.join(dir, 'manifest.json'))) throw new Error(`gen-corpus exited with ${code}`);
  note(`generated in ${fmtMs(now() - started)}`);
  return dir;
}

/**
 * The generator joins the whole manifest into one string before writing it, and 100k notes make
 * a manifest longer than V8 allows a string to be ("RangeError: Invalid string length"). For large
 * corpora the benchmark runs a copy (in .bench/) whose only change is that it writes the same
 * bytes line by line; ../shared stays as it is. Without the expected line, the original runs.
 */
const MANIFEST_WRITE = "fs.writeFileSync(path.join(OUT, 'manifest.json'), `${headJson.slice(0, -1)},\"files\":[\\n${manifestLines.join(',\\n')}\\n]}\\n`);";
const STREAMING_WRITE = `{
  const fd = fs.openSync(path.join(OUT, 'manifest.json'), 'w');
  let chunk = \`\${headJson.slice(0, -1)},"files":[\\n\`;
  for (let i = 0; i < manifestLines.length; i++) {
    chunk += manifestLines[i] + (i + 1 < manifestLines.length ? ',\\n' : '\\n');
    if (chunk.length > 1 << 22) (fs.writeSync(fd, chunk), (chunk = ''));
  }
  fs.writeSync(fd, chunk + ']}\\n');
  fs.closeSync(fd);
}`;
function generatorFor(n) {
  if (n < 50_000) return GEN;
  const src = fs.readFileSync(GEN, 'utf8');
  if (!src.includes(MANIFEST_WRITE)) return GEN;
  const copy = path.join(BENCH_DIR, 'gen-corpus.streaming-manifest.mjs');
  fs.writeFileSync(copy, src.replace(MANIFEST_WRITE, () => STREAMING_WRITE));
  return copy;
}

/**
 * Reads the manifest line by line (100k notes make a manifest larger than a JS string may be):
 * line 1 is the header up to `"files":[`, then one file per line. Keeps everything only for a
 * sample of files (and the large markdown notes); path and type for the rest.
 */
async function readManifest(dir, n) {
  const rand = rng(1);
  const keep = new Set(n <= SAMPLE_FILES ? Array.from({ length: n }, (_, i) => i) : shuffled(Array.from({ length: n }, (_, i) => i), rand).slice(0, SAMPLE_FILES));
  const files = [];
  let header = null;
  const rl = readline.createInterface({ input: fs.createReadStream(path.join(dir, 'manifest.json'), 'utf8'), crlfDelay: Infinity });
  for await (const raw of rl) {
    if (header === null) {
      header = JSON.parse(raw.replace(/,?"files":\[\s*$/, '') + (raw.trim().endsWith('[') ? '}' : ''));
      continue;
    }
    const line = raw.trim().replace(/,$/, '');
    if (!line.startsWith('{')) continue;
    const f = JSON.parse(line);
    const i = files.length;
    const full = keep.has(i) || (f.large && f.type === 'md');
    files.push(full ? { ...f, index: i, sampled: keep.has(i) } : { path: f.path, type: f.type, bytes: f.bytes, index: i, sampled: false });
  }
  return { tools: header.tools ?? [], files };
}

/** Reads a note's text and its lines (split like an LSP client: \r\n or \n). */
const textCache = new Map();
function noteText(dir, rel) {
  const key = path.join(dir, rel);
  let t = textCache.get(key);
  if (!t) {
    const text = fs.readFileSync(key, 'utf8');
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    const lines = starts.map((s, k) => {
      let e = k + 1 < starts.length ? starts[k + 1] - 1 : text.length;
      if (e > s && text[e - 1] === '\r') e--;
      return text.slice(s, e);
    });
    t = { text, lines, starts };
    textCache.set(key, t);
    if (textCache.size > 2000) textCache.delete(textCache.keys().next().value);
  }
  return t;
}

/** Everything a size's measurements need, chosen once from the manifest (same for both servers). */
function plan(dir, manifest) {
  const rand = rng(42);
  const sampled = manifest.files.filter((f) => f.sampled);
  const uriOf = (f) => pathToFileURL(path.join(dir, f.path)).href;
  const pos = (f, line1, cpCol, plus = 0) => {
    const lineText = noteText(dir, f.path).lines[line1 - 1] ?? '';
    return { line: line1 - 1, character: cpToUtf16(lineText, cpCol) + plus };
  };

  // Tool mentions (hover, definition, references): their text must be where the manifest says.
  const mentions = [];
  for (const f of sampled) {
    for (const m of f.mentions ?? []) mentions.push({ f, m });
  }
  const mentionPositions = [];
  let mentionMismatch = 0;
  for (const { f, m } of shuffled(mentions, rand)) {
    if (mentionPositions.length >= Math.max(N.hover, N.def, N.refs)) break;
    const lineText = noteText(dir, f.path).lines[m.line - 1] ?? '';
    const c = cpToUtf16(lineText, m.col);
    if (lineText.slice(c, c + m.text.length) !== m.text) {
      mentionMismatch++;
      continue;
    }
    mentionPositions.push({ uri: uriOf(f), rel: f.path, position: { line: m.line - 1, character: c + Math.min(1, m.text.length - 1) }, tool: m.tool, text: m.text });
  }

  // Markdown links [text](other.md#heading): definition on the href, for both servers.
  const links = [];
  for (const f of sampled) {
    if (f.type !== 'md') continue;
    for (const r of f.refs ?? []) if (r.kind === 'link' && r.hrefCol !== undefined && r.target) links.push({ f, r });
  }
  const linkPositions = shuffled(links, rand)
    .slice(0, N.def)
    .map(({ f, r }) => ({ uri: uriOf(f), rel: f.path, position: pos(f, r.line, r.hrefCol, 1), target: { uri: pathToFileURL(path.join(dir, r.target.path)).href, line: r.target.talk === null ? null : r.target.line - 1 } }));

  // Talk headings: references on the title (a place in it that is not a tool mention).
  const headingTalks = [];
  const otherTalks = [];
  for (const f of sampled) {
    for (const t of f.talks ?? []) {
      const item = { f, t, uri: uriOf(f), rel: f.path, line: t.line - 1 };
      if (t.heading && f.type === 'md') headingTalks.push(item);
      else otherTalks.push(item);
    }
  }
  const headingPositions = [];
  for (const h of shuffled(headingTalks, rand)) {
    if (headingPositions.length >= N.refs) break;
    const covered = new Set();
    for (const m of h.f.mentions ?? []) if (m.line === h.t.line) for (let k = m.col; k < m.col + [...m.text].length; k++) covered.add(k);
    const len = [...h.t.title].length;
    let cp = -1;
    // From the end of the title: the generator's templates put fixed tool words at the start
    // ("쿠버네티스 환경에서 …") without listing them as mentions, and a position inside one asks
    // for a tool's references, not the talk's.
    for (let k = h.t.col + len - 2; k > h.t.col; k--) {
      if (!covered.has(k) && !covered.has(k - 1) && !covered.has(k + 1)) {
        cp = k;
        break;
      }
    }
    if (cp < 0) continue;
    headingPositions.push({ uri: h.uri, rel: h.rel, position: pos(h.f, h.t.line, cp), line: h.line });
  }

  // Talks that must be found by workspace/symbol once the index is complete.
  // With its first speaker: a title that more talks share than a workspace-symbol answer holds is asked again with the speaker's name.
  const talkSample = shuffled(headingTalks, rand).slice(0, N.talks).map((h) => ({ title: h.t.title, speaker: h.t.speakers?.[0], uri: h.uri, line: h.line, heading: true }));
  const otherSample = shuffled(otherTalks, rand).slice(0, N.otherTalks).map((h) => ({ title: h.t.title, speaker: h.t.speakers?.[0], uri: h.uri, line: h.line, heading: false }));

  // Queries for workspace symbols and search: tool names, Korean/Japanese words, title fragments.
  const toolNames = [];
  const cjk = [];
  for (const t of manifest.tools) {
    toolNames.push(t.name);
    for (const a of t.aliases ?? []) (scriptOf(a) === 'latin' ? toolNames : cjk).push(a);
  }
  const titles = [...headingTalks, ...otherTalks].map((h) => h.t.title);
  for (const title of shuffled(titles, rand).slice(0, 400)) {
    for (const w of title.split(/[\s,.:!?'"「」『』()（）\-—·]+/)) if (w.length >= 2 && scriptOf(w) !== 'latin') cjk.push(w);
  }
  const fragments = [];
  for (const title of shuffled(titles, rand).slice(0, 400)) {
    const words = title.split(/\s+/).filter(Boolean);
    if (words.length >= 2) {
      const k = Math.floor(rand() * (words.length - 1));
      fragments.push(words.slice(k, k + 1 + Math.floor(rand() * 2)).join(' '));
    } else if (title.length >= 4) {
      const k = Math.floor(rand() * (title.length - 3));
      fragments.push(title.slice(k, k + 2 + Math.floor(rand() * 3)));
    }
  }
  const pools = [shuffled([...new Set(toolNames)], rand), shuffled([...new Set(cjk)], rand), shuffled([...new Set(fragments)], rand)];
  const queries = [];
  for (let i = 0; queries.length < Math.max(N.wsym, N.search); i++) {
    const pool = pools[i % 3];
    if (!pool.length) continue;
    queries.push(pool[Math.floor(i / 3) % pool.length]);
  }

  // The ~200 KB note to edit: the smallest large markdown note of at least 200 KB.
  const large = manifest.files.filter((f) => f.large && f.type === 'md' && f.mentions).sort((a, b) => a.bytes - b.bytes);
  // Preferably one with tool names in a few talk headings, where the peer's answer (document symbols) shows the edit too.
  const headingMentions = (f) => {
    const lines = new Set(f.talks.filter((x) => x.heading).map((x) => x.line));
    return f.mentions.filter((m) => lines.has(m.line)).length;
  };
  const big = large.filter((f) => f.bytes >= 200_000);
  const editFile = big.find((f) => headingMentions(f) >= 3) ?? big[0] ?? large[large.length - 1] ?? null;
  let edit = null;
  if (editFile) {
    const t = noteText(dir, editFile.path);
    const headingLines = new Set(editFile.talks.filter((x) => x.heading).map((x) => x.line));
    const ok = editFile.mentions.filter((m) => {
      const lineText = t.lines[m.line - 1] ?? '';
      const c = cpToUtf16(lineText, m.col);
      return lineText.slice(c, c + m.text.length) === m.text;
    });
    // Mentions in talk headings: the peer can show the edit too (in its document symbols).
    const onHeadings = ok.filter((m) => headingLines.has(m.line));
    const targets = shuffled(onHeadings.length >= 3 ? onHeadings : ok, rand);
    const byScript = new Map();
    for (const m of ok) {
      const s = scriptOf(m.text);
      if (!byScript.has(s)) byScript.set(s, new Map());
      byScript.get(s).set(m.text, m.tool);
    }
    const steps = [];
    for (let i = 0; i < N.edits && targets.length; i++) {
      const m = targets[i % targets.length];
      const pool = [...(byScript.get(scriptOf(m.text)) ?? new Map())].filter(([, tool]) => tool !== m.tool);
      if (!pool.length) continue;
      const [replacement, tool] = pool[(i * 7 + Math.floor(i / targets.length)) % pool.length];
      const lineText = t.lines[m.line - 1];
      const c = cpToUtf16(lineText, m.col);
      const offset = t.starts[m.line - 1] + c;
      steps.push({ line: m.line - 1, character: c, offset, length: m.text.length, old: m.text, oldTool: m.tool, replacement, tool, onHeading: headingLines.has(m.line) });
    }
    edit = { rel: editFile.path, uri: uriOf(editFile), bytes: editFile.bytes, text: t.text, steps, onHeadings: onHeadings.length };
  }

  return {
    mentionPositions,
    mentionMismatch,
    linkPositions,
    headingPositions,
    talkSample,
    otherSample,
    queries,
    edit,
    counts: { mentions: mentions.length, links: links.length, headingTalks: headingTalks.length, otherTalks: otherTalks.length },
  };
}

// ───────────────────────────── an LSP client over stdio ─────────────────────────────
// Like test/support/lsp-client.ts (which only starts our server and needs compiling), for any
// server: answers the server's requests with `onRequest`, waits for events with deadlines.
/** A writer that knows how many messages wait to be written (vscode-jsonrpc queues them in memory). */
class CountingWriter extends StreamMessageWriter {
  pending = 0;
  /** Called after every message written. */
  onWritten = null;
  async write(msg) {
    this.pending++;
    try {
      return await super.write(msg);
    } finally {
      this.pending--;
      this.onWritten?.();
    }
  }
}

class Lsp {
  constructor(name, proc, conn) {
    this.name = name;
    this.proc = proc;
    this.conn = conn;
    this.pid = proc.pid;
    this.stderr = '';
    this.notifications = [];
    this.listeners = new Set();
    this.stopping = false;
    this.maxRss = 0;
    this.progressEndAt = null;
    /**
     * The rejecters of the requests waiting for an answer, called if the server dies. Not one
     * `died` promise raced by every request: a promise that never settles keeps each race's
     * reaction, and with it every answer the race resolved with (the client's heap grew by the
     * ~180 MB of references answers, and its scavenges took 10-100 ms inside timed requests).
     */
    this.waiting = new Set();
    proc.once('exit', (code, signal) => {
      this.exit = { code, signal };
      if (!this.stopping) {
        const e = new Error(`${name} exited (code ${code}, signal ${signal}); stderr: ${this.stderr.slice(-1500)}`);
        for (const reject of this.waiting) reject(e);
      }
      this.fire();
    });
    this.sampler = setInterval(() => {
      const s = procStatus(this.pid);
      if (s) this.maxRss = Math.max(this.maxRss, s.rss);
    }, 100);
    this.sampler.unref();
  }

  static start({ name, args, cwd, onRequest, nodeArgs = [], env = process.env }) {
    const proc = track(spawn(process.execPath, [...nodeArgs, ...args], { cwd, stdio: 'pipe', env }));
    const writer = new CountingWriter(proc.stdin);
    const conn = createMessageConnection(new StreamMessageReader(proc.stdout), writer);
    const c = new Lsp(name, proc, conn);
    c.writer = writer;
    proc.stderr.on('data', (d) => {
      c.stderr += d.toString();
      if (c.stderr.length > 100_000) c.stderr = c.stderr.slice(-50_000);
    });
    proc.stdin.on('error', () => {});
    conn.onNotification((method, params) => {
      c.notifications.push({ method, params, at: now() });
      if (c.notifications.length > 5000) c.notifications.splice(0, 2500);
      c.fire();
    });
    conn.onUnhandledProgress((params) => {
      if (params?.value?.kind === 'end') c.progressEndAt = now();
      if (params?.value?.kind === 'begin') c.progressEndAt = null;
      c.fire();
    });
    conn.onRequest(async (method, params) => (onRequest ? onRequest(method, params, c) : null));
    conn.onError(() => {});
    conn.onClose(() => c.fire());
    conn.listen();
    return c;
  }

  fire() {
    for (const l of [...this.listeners]) l();
  }

  /** Resolves with probe()'s value once it is not undefined, or with undefined after timeoutMs. */
  waitUntil(probe, timeoutMs) {
    return new Promise((resolve) => {
      const check = () => {
        const v = probe();
        if (v !== undefined || this.exit) {
          done();
          resolve(v);
        }
      };
      const timer = setTimeout(() => {
        done();
        resolve(undefined);
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.listeners.delete(check);
      };
      this.listeners.add(check);
      check();
    });
  }

  async request(method, params, timeoutMs = REQUEST_TIMEOUT_MS) {
    if (this.exit && !this.stopping) throw new Error(`${this.name} exited (code ${this.exit.code}, signal ${this.exit.signal}); stderr: ${this.stderr.slice(-1500)}`);
    const cts = new CancellationTokenSource();
    let timer;
    let rejectOnExit;
    // Settles with the request: nothing outlives it.
    const timeoutOrExit = new Promise((_, reject) => {
      rejectOnExit = reject;
      this.waiting.add(reject);
      timer = setTimeout(() => {
        cts.cancel();
        const e = new Error(`${this.name}: ${method} got no answer in ${fmtMs(timeoutMs)}`);
        e.timeout = true;
        reject(e);
      }, timeoutMs);
    });
    try {
      return await Promise.race([this.conn.sendRequest(method, params, cts.token), timeoutOrExit]);
    } finally {
      clearTimeout(timer);
      this.waiting.delete(rejectOnExit);
    }
  }

  async timed(method, params, timeoutMs) {
    collectGarbage();
    const t = now();
    const result = await this.request(method, params, timeoutMs);
    return { ms: now() - t, result };
  }

  notify(method, params) {
    return this.conn.sendNotification(method, params);
  }

  status() {
    const s = procStatus(this.pid);
    if (s) this.maxRss = Math.max(this.maxRss, s.rss);
    return s ? { rss: s.rss, hwm: s.hwm, maxRss: this.maxRss } : null;
  }

  async stop() {
    this.stopping = true;
    clearInterval(this.sampler);
    if (!this.exit) {
      try {
        await this.request('shutdown', null, 5000);
        await this.notify('exit');
      } catch {
        /* busy or gone: killed below */
      }
      await this.waitUntil(() => (this.exit ? true : undefined), 5000);
      if (!this.exit) {
        this.proc.kill('SIGKILL');
        await new Promise((r) => (this.exit ? r() : this.proc.once('exit', r)));
      }
    }
    this.conn.dispose();
  }

  kill() {
    this.stopping = true;
    clearInterval(this.sampler);
    try {
      this.proc.kill('SIGKILL');
    } catch {
      /* gone */
    }
  }
}

const CLIENT_CAPABILITIES = {
  window: { workDoneProgress: true },
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    symbol: { dynamicRegistration: false },
    diagnostics: { refreshSupport: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false, didSave: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    definition: { linkSupport: false },
    references: {},
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    publishDiagnostics: { relatedInformation: true },
    diagnostic: { dynamicRegistration: true, relatedDocumentSupport: false },
    completion: { completionItem: { snippetSupport: true } },
  },
};

function initializeParams(root, extra) {
  return {
    processId: process.pid,
    clientInfo: { name: 'infranotes-bench' },
    rootUri: pathToFileURL(root).href,
    rootPath: root,
    workspaceFolders: [{ uri: pathToFileURL(root).href, name: path.basename(root) }],
    capabilities: CLIENT_CAPABILITIES,
    ...extra,
  };
}

/** Whether a workspace/symbol answer holds the talk (same file, same line). */
function holdsTalk(result, talk) {
  if (!Array.isArray(result)) return false;
  const want = fileURLToPath(talk.uri);
  return result.some((s) => s.location?.range?.start?.line === talk.line && s.location.uri && safePath(s.location.uri) === want);
}
function safePath(uri) {
  try {
    return fileURLToPath(uri);
  } catch {
    return uri;
  }
}
function sameLocation(loc, target) {
  const l = loc?.targetUri ? { uri: loc.targetUri, range: loc.targetSelectionRange ?? loc.targetRange } : loc;
  // A link to a whole note (no heading) may land anywhere in it.
  return !!l?.uri && safePath(l.uri) === safePath(target.uri) && (target.line === null || l.range?.start?.line === target.line);
}

/** Sequential requests at many positions: latency stats plus how many answers were not empty. */
async function measure(c, items, make, check, timeoutMs) {
  const from = wallNow();
  const times = [];
  let answered = 0;
  let correct = 0;
  let results = 0;
  const misses = [];
  const sent = [];
  for (const item of items) {
    const { method, params } = make(item);
    sent.push(wallNow());
    const { ms, result } = await c.timed(method, params, timeoutMs?.());
    times.push(ms);
    const n = Array.isArray(result) ? result.length : result ? 1 : 0;
    results += n;
    if (n > 0) answered++;
    if (check?.(result, item)) correct++;
    else if (check && misses.length < 3) misses.push(`${item.rel}:${params.position.line + 1}:${params.position.character}`);
  }
  return stats(times, { answered, correct: check ? correct : undefined, misses, meanResults: results / (items.length || 1), window: [from, wallNow()], sent });
}

/** Now on the wall clock, in ms since the epoch (the server's latency trace gives its times so). */
const wallNow = () => performance.timeOrigin + now();

// ───────────────────────────── our server ─────────────────────────────
function startOurs(root, cacheDir, profDir, traceFile) {
  const settings = { cache: { enabled: true, folder: cacheDir } };
  const nodeArgs = [...shebangFlags(path.join(SNAPSHOT_DIR, 'server.js')), ...SERVER_NODE_ARGS, ...(profDir ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : [])];
  const t0 = now();
  const c = Lsp.start({
    name: 'infranotes-lsp',
    args: [path.join(SNAPSHOT_DIR, 'server.js'), '--stdio'],
    cwd: root,
    nodeArgs,
    env: { ...shebangEnv(path.join(SNAPSHOT_DIR, 'server.js')), ...(traceFile ? { INFRANOTES_LATENCY_TRACE: traceFile } : {}) },
    onRequest: (method, params) => {
      if (method === 'workspace/configuration') return (params?.items ?? []).map((it) => (it.section === 'infranotes' ? settings : null));
      if (method === 'workspace/workspaceFolders') return [{ uri: pathToFileURL(root).href, name: path.basename(root) }];
      return null; // client/registerCapability, window/workDoneProgress/create, …
    },
  });
  return { c, t0, settings };
}

/** Cold or warm start: spawn → initialize → first answer → index complete (verified). */
async function oursStart(root, plan_, cacheDir, profDir, deadline, traceFile, { everySampledEarly = false } = {}) {
  const { c, t0, settings } = startOurs(root, cacheDir, profDir, traceFile);
  try {
    return await oursStartWith(c, t0, settings, root, plan_, deadline, everySampledEarly);
  } catch (e) {
    e.elapsed = now() - t0;
    e.indexedAt = c.progressEndAt !== null ? c.progressEndAt - t0 : undefined;
    e.maxRss = Math.max(c.maxRss, c.status()?.rss ?? 0);
    e.oom = /heap out of memory|Reached heap limit/.test(c.stderr);
    c.kill();
    throw e;
  }
}

async function oursStartWith(c, t0, settings, root, plan_, deadline, everySampledEarly) {
  const r = { kind: 'start' };
  await c.request('initialize', initializeParams(root, { initializationOptions: { settings } }), deadline - now());
  r.init = now() - t0;
  await c.notify('initialized', {});
  const sample = [...plan_.talkSample, ...plan_.otherSample];
  const found = new Set();
  // Until the first sampled talk is answered: ask for one title after another.
  let afterEnd = 0;
  for (let k = 0; r.firstAnswer === undefined; k++) {
    if (now() > deadline) throw new Error(`no answer within ${fmtMs(deadline - t0)}`);
    const talk = sample[k % sample.length];
    const res = await c.request('workspace/symbol', { query: talk.title }, deadline - now());
    if (holdsTalk(res, talk)) {
      found.add(talk);
      r.firstAnswer = now() - t0;
    } else if (c.progressEndAt === null) await delay(POLL_MS);
    else if (++afterEnd > sample.length) break; // indexing is over and none is found: checked below
  }
  // A warm start: every sampled talk asked for right after the first answer, round after round
  // until each is returned or the progress ends, as a user searching at once would. This is the
  // issue's "complete index" (a workspace-symbol query returns every expected talk), which need not
  // wait for the end of progress (every tool's answers made): a warm start answers the search from
  // the persistent index's search snapshot while the rest loads. As for the check after the end of
  // progress below: when the first round finds every talk, the index was complete when the first
  // of them was answered (the first answer; nothing changes on disk), else when the last missing
  // one was found. Its own set: the check below asks every talk again, as for a cold start.
  if (everySampledEarly && r.firstAnswer !== undefined) {
    const early = new Set(found);
    let lastFound;
    for (let round = 0; round < 50 && early.size < sample.length && c.progressEndAt === null; round++) {
      for (const talk of sample) {
        if (early.has(talk)) continue;
        let res = await c.request('workspace/symbol', { query: talk.title }, deadline - now());
        if (!holdsTalk(res, talk) && Array.isArray(res) && res.length >= OUR_SYMBOL_LIMIT && talk.speaker) res = await c.request('workspace/symbol', { query: `${talk.title} ${talk.speaker}` }, deadline - now());
        if (holdsTalk(res, talk)) {
          early.add(talk);
          if (round > 0) lastFound = now() - t0;
        }
      }
      if (early.size < sample.length) await delay(POLL_MS);
    }
    if (early.size === sample.length) r.everySampled = lastFound ?? r.firstAnswer;
    r.everySampledAsked = now() - t0;
    r.everySampledFound = early.size;
  }
  // Until the server says the index is complete: its end of progress, or indexStatus as a fallback.
  let endAt;
  for (;;) {
    if (now() > deadline) throw new Error(`index not complete within ${fmtMs(deadline - t0)}`);
    endAt = await c.waitUntil(() => c.progressEndAt ?? undefined, 500);
    const st = await c.request('infranotes/indexStatus', null, deadline - now());
    if (!st.indexing && st.notes > 0) {
      r.progressEnd = (endAt ?? now()) - t0;
      r.status = st;
      break;
    }
  }
  // Complete is when workspace/symbol returns every sampled talk, not when the server says so: the
  // first query after the end of progress may still wait for work the server does after it. The
  // sampled talks are asked one after another; when the first round finds them all, the index was
  // complete when the first of them was answered (nothing changes on disk), so the round's own
  // queries are not counted; otherwise complete is when the last missing talk was found.
  const verifyStart = now();
  let firstAnswered;
  let lastFound = firstAnswered;
  // A title shared by more talks than an answer holds (OUR_SYMBOL_LIMIT; at 100k notes some
  // generated titles are in a thousand notes) cannot single one out: such a talk is asked for again
  // by its title and its speaker's name, as a user would narrow it down.
  let bySpeaker = 0;
  for (let round = 0; round < 3 && found.size < sample.length; round++) {
    for (const talk of sample) {
      if (found.has(talk)) continue;
      let res = await c.request('workspace/symbol', { query: talk.title }, deadline - now());
      firstAnswered ??= now();
      let narrowed = false;
      if (!holdsTalk(res, talk) && Array.isArray(res) && res.length >= OUR_SYMBOL_LIMIT && talk.speaker) {
        res = await c.request('workspace/symbol', { query: `${talk.title} ${talk.speaker}` }, deadline - now());
        narrowed = true;
      }
      if (holdsTalk(res, talk)) {
        found.add(talk);
        if (narrowed) bySpeaker++;
        if (round > 0) lastFound = now();
      }
    }
  }
  r.bySpeaker = bySpeaker;
  r.complete = Math.max(r.progressEnd, (lastFound ?? firstAnswered ?? now()) - t0);
  r.allFoundAt = now() - t0;
  r.verifyMs = now() - verifyStart;
  r.found = found.size;
  r.sampled = sample.length;
  r.missing = sample.filter((t) => !found.has(t)).map((t) => `${t.title} (${path.basename(fileURLToPath(t.uri))}:${t.line + 1}${t.heading ? '' : ', not a heading'})`);
  return { c, r };
}

async function benchOurs(root, plan_, size) {
  const res = {};
  const cacheDir = path.join(BENCH_DIR, `cache-${size}-${process.pid}`);
  fs.rmSync(cacheDir, { recursive: true, force: true });
  fs.mkdirSync(cacheDir, { recursive: true });
  const profDir = CPU_PROF ? path.join(BENCH_DIR, `prof-${size}`) : null;
  if (profDir) fs.rmSync(profDir, { recursive: true, force: true });
  const deadline = now() + OURS_TIMEOUT_MS;
  const remaining = () => Math.max(1000, deadline - now());

  note(`ours: cold start on ${size} notes`);
  // The server's own latency trace (node/latency-trace.ts) of the cold-start run: how much of each request's time was spent in the server.
  const traceFile = path.join(BENCH_DIR, `trace-${size}-${process.pid}.jsonl`);
  fs.rmSync(traceFile, { force: true });
  const { c, r } = await oursStart(root, plan_, cacheDir, profDir, deadline, traceFile);
  res.start = r;
  note(`ours: index complete in ${fmtMs(r.complete)} (${r.found}/${r.sampled} sampled talks)${r.missing.length ? `; missing: ${r.missing.join('; ')}` : ''}`);
  // Where the memory goes: the peak so far (VmHWM) after each phase.
  res.rssPhases = [];
  const phase = (name) => {
    const s = c.status();
    if (s) res.rssPhases.push({ name, rss: s.rss, hwm: s.hwm });
  };
  phase('index complete');
  try {
    const loc = (p) => ({ textDocument: { uri: p.uri }, position: p.position });
    const hovers = plan_.mentionPositions.slice(0, N.hover);
    note(`ours: hover ×${hovers.length}`);
    res.hover = await measure(c, hovers, (p) => ({ method: 'textDocument/hover', params: loc(p) }), null, remaining);
    phase('hover');
    note(`ours: definition ×${Math.min(N.def, plan_.mentionPositions.length)} on tool mentions, ×${plan_.linkPositions.length} on links`);
    res.defTool = await measure(c, plan_.mentionPositions.slice(0, N.def), (p) => ({ method: 'textDocument/definition', params: loc(p) }), null, remaining);
    res.defLink = await measure(c, plan_.linkPositions, (p) => ({ method: 'textDocument/definition', params: loc(p) }), (result, p) => (Array.isArray(result) ? result : result ? [result] : []).some((l) => sameLocation(l, p.target)), remaining);
    phase('definition');
    note('ours: references');
    const refParams = (p) => ({ method: 'textDocument/references', params: { ...loc(p), context: { includeDeclaration: true } } });
    res.refsTool = await measure(c, plan_.mentionPositions.slice(0, N.refs), refParams, null, remaining);
    res.refsHeading = await measure(c, plan_.headingPositions, refParams, null, remaining);
    phase('references');
    note('ours: workspace symbols, search');
    res.wsym = await measure(c, plan_.queries.slice(0, N.wsym), (q) => ({ method: 'workspace/symbol', params: { query: q } }), null, remaining);
    res.search = await measure(c, plan_.queries.slice(0, N.search), (q) => ({ method: 'infranotes/search', params: { query: q, limit: 50 } }), null, remaining);
    phase('workspace symbols and search');
    if (plan_.edit?.steps.length) {
      note(`ours: ${plan_.edit.steps.length} edits of a ${Math.round(plan_.edit.bytes / 1024)} KB note`);
      res.edit = await editOurs(c, plan_.edit, remaining);
      phase('edits');
    } else res.edit = { na: 'no large note in this corpus' };
    res.rss = c.status();
  } finally {
    await c.stop();
  }
  res.exit = c.exit;
  res.inServer = inServer(res, traceFile, c.proc.pid);
  // INFRANOTES_BENCH_KEEP_TRACE=1 keeps it, to look into.
  if (process.env.INFRANOTES_BENCH_KEEP_TRACE) note(`ours: latency trace kept in ${traceFile}`);
  else fs.rmSync(traceFile, { force: true });

  // Warm start: only if the cold run left something in the cache folder.
  const cached = listFiles(cacheDir);
  if (!cached.length) {
    res.warm = { na: 'n/a (no cache yet)' };
  } else {
    note(`ours: warm start (${cached.length} files in the cache folder)`);
    const warm = await oursStart(root, plan_, cacheDir, profDir ? `${profDir}-warm` : null, now() + OURS_TIMEOUT_MS, undefined, { everySampledEarly: true });
    warm.r.rss = warm.c.status();
    await warm.c.stop();
    res.warm = warm.r;
    res.warm.cacheFiles = cached.length;
    res.warm.cacheBytes = cached.reduce((n, f) => n + fs.statSync(f).size, 0);
  }
  if (profDir) res.profile = summarizeProfile(profDir);
  return res;
}

/**
 * Per latency phase, the server's share of each request's time, from its latency trace: from the
 * moment the client sent the request (wall clock, both processes' time origins) to the moment the
 * server wrote its answer, so with any wait behind the server's own background work; for an edit,
 * from sending the didChange to the hover after it answered. The rest of a timed request is the
 * answer's way back and the client parsing it (15-35 ms for a much-mentioned tool's 1.6 MB of
 * references). A phase whose requests do not pair one to one with the trace's is left out.
 */
function inServer(res, traceFile, pid) {
  let lines;
  try {
    lines = fs.readFileSync(traceFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((l) => l.pid === pid);
  } catch (e) {
    return { error: `no latency trace: ${e.message}` };
  }
  const wall = (m) => m.origin + m.received;
  const inWindow = (w) => lines.filter((m) => wall(m) >= w[0] && wall(m) <= w[1]);
  const out = {};
  const phases = { hover: 'textDocument/hover', defTool: 'textDocument/definition', defLink: 'textDocument/definition', refsTool: 'textDocument/references', refsHeading: 'textDocument/references', wsym: 'workspace/symbol', search: 'infranotes/search' };
  for (const [name, method] of Object.entries(phases)) {
    const phase = res[name];
    if (!phase?.window || !phase.sent) continue;
    const asked = inWindow(phase.window).filter((m) => m.method === method && typeof m.ms === 'number');
    if (asked.length !== phase.sent.length) continue;
    out[name] = stats(asked.map((m, i) => wall(m) + m.ms - phase.sent[i]));
  }
  const edit = res.edit;
  if (edit?.window && edit.sent) {
    const ms = [];
    const inPhase = inWindow(edit.window);
    for (let i = 0; i < inPhase.length; i++) {
      if (inPhase[i].method !== 'textDocument/didChange') continue;
      const hover = inPhase.slice(i + 1).find((m) => m.method === 'textDocument/hover' && typeof m.ms === 'number');
      if (hover) ms.push(wall(hover) + hover.ms);
    }
    if (ms.length === edit.sent.length) out.edit = stats(ms.map((t, i) => t - edit.sent[i]));
  }
  return out;
}

function listFiles(dir) {
  const outFiles = [];
  const walk = (d) => {
    let entries = [];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else outFiles.push(p);
    }
  };
  walk(dir);
  return outFiles;
}

const firstLineOf = (hover) => {
  const v = hover?.contents?.value ?? (typeof hover?.contents === 'string' ? hover.contents : '');
  return v.split('\n')[0].replace(/\\/g, '');
};

/** didOpen, then per step: didChange (full text, one tool name replaced) → hover that shows the new tool. */
async function editOurs(c, edit, remaining) {
  await c.notify('textDocument/didOpen', { textDocument: { uri: edit.uri, languageId: 'markdown', version: 1, text: edit.text } });
  // What the hover says before any edit, per position (untimed), to recognise an answer that reflects the edit.
  const before = new Map();
  for (const s of edit.steps) {
    const key = `${s.line}:${s.character}`;
    if (!before.has(key)) before.set(key, firstLineOf(await c.request('textDocument/hover', { textDocument: { uri: edit.uri }, position: { line: s.line, character: s.character + 1 } }, remaining())));
  }
  let version = 1;
  const from = wallNow();
  const sent = [];
  const times = [];
  let reflected = 0;
  let named = 0;
  for (const s of edit.steps) {
    const text = edit.text.slice(0, s.offset) + s.replacement + edit.text.slice(s.offset + s.length);
    collectGarbage();
    const t = now();
    sent.push(wallNow());
    await c.notify('textDocument/didChange', { textDocument: { uri: edit.uri, version: ++version }, contentChanges: [{ text }] });
    const old = before.get(`${s.line}:${s.character}`);
    let ok = false;
    let h;
    // The first hover should already reflect the edit (messages are handled in order); ask again, up to 2 s, if not.
    for (const until = now() + 2000; ; ) {
      h = await c.request('textDocument/hover', { textDocument: { uri: edit.uri }, position: { line: s.line, character: s.character + 1 } }, remaining());
      const first = firstLineOf(h);
      ok = !!h && first !== old;
      if (ok || now() > until) break;
    }
    times.push(now() - t);
    if (ok) reflected++;
    if (firstLineOf(h).includes(s.tool)) named++;
  }
  return stats(times, { reflected, named, file: edit.rel, bytes: edit.bytes, onHeadings: edit.steps.filter((s) => s.onHeading).length, window: [from, wallNow()], sent });
}

// ───────────────────────────── the peer: VS Code's Markdown language server ─────────────────────────────
// VS Code's client (extensions/markdown-language-features/src/client/client.ts) answers the server's
// requests: markdown/parse with markdown-it tokens from its engine (markdownEngine.ts: html: true,
// linkify with fuzzyLink: false, breaks: false, typographer: false, front matter as a block rule,
// U+2028/2029 removed, a one-document token cache), markdown/fs/* with the workspace file system
// (readFile answers an array of byte values), markdown/findMarkdownFilesInWorkspace with
// workspace.findFiles('**/*.{md,…}', '**/node_modules/**'), watchers with a file watcher (no-ops here:
// nothing changes on disk during the benchmark).
const MD_EXTENSIONS = ['md', 'mkd', 'mdwn', 'mdown', 'markdown', 'markdn', 'mdtxt', 'mdtext', 'workbook'];
const EXCLUDED_DIRS = new Set(['.git', '.svn', '.hg', 'CVS', 'node_modules']);

function frontMatterRule(state, startLine, endLine, silent) {
  if (startLine !== 0 || state.blkIndent !== 0 || state.sCount[0] !== 0) return false;
  const lineAt = (l) => state.src.slice(state.bMarks[l] + state.tShift[l], state.eMarks[l]);
  if (!/^-{3,}[ \t]*$/.test(lineAt(0))) return false;
  let l = 1;
  while (l < endLine && !/^(-{3,}|\.{3})[ \t]*$/.test(lineAt(l))) l++;
  if (l >= endLine) return false;
  if (silent) return true;
  const token = state.push('front_matter', '', 0);
  token.hidden = true;
  token.markup = '---';
  token.block = true;
  token.content = state.src.slice(state.bMarks[1], state.bMarks[l]);
  token.map = [0, l + 1];
  state.line = l + 1;
  return true;
}

function makeMarkdownEngine() {
  const md = MarkdownIt({ html: true, highlight: () => '', breaks: false, linkify: true, typographer: false });
  md.linkify.set({ fuzzyLink: false });
  md.block.ruler.before('fence', 'front_matter', frontMatterRule, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  return md;
}

function startPeer(root) {
  const md = makeMarkdownEngine();
  const open = new Map(); // fs path → { text, version }
  let tokenCache = null; // { key, tokens } — one document, like VS Code's TokenCache
  const counts = { parse: 0, readFile: 0, readDirectory: 0, stat: 0, findFiles: 0, watchers: 0, other: {} };
  const parseFor = async (uri, text) => {
    const file = safePath(uri);
    const doc = open.get(file);
    const key = doc ? `${file}@${doc.version}` : `${file}@disk`;
    if (typeof text !== 'string' && tokenCache?.key === key) return tokenCache.tokens;
    const src = typeof text === 'string' ? text : doc ? doc.text : await fs.promises.readFile(file, 'utf8').catch(() => null);
    if (src === null) return [];
    const tokens = md.parse(src.replace(/\u2028|\u2029/g, ''), {});
    if (typeof text !== 'string') tokenCache = { key, tokens };
    return tokens;
  };
  const findFiles = async () => {
    const found = [];
    const walk = async (dir) => {
      let entries;
      try {
        entries = await fs.promises.readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        if (EXCLUDED_DIRS.has(e.name)) continue;
        const p = path.join(dir, e.name);
        if (e.isDirectory()) await walk(p);
        else if (e.isFile() && MD_EXTENSIONS.includes(path.extname(e.name).slice(1).toLowerCase())) found.push(pathToFileURL(p).href);
      }
    };
    await walk(root);
    return found;
  };
  // The server asks for every file's tokens at once (90,000 requests on 100k notes) and reads the
  // answers more slowly than they are made: at most 64 answers are in the making or waiting to be
  // written at any time (first come, first served), or they would fill this process's memory.
  const SLOTS = 64;
  let active = 0;
  const queue = [];
  let head = 0;
  const wake = (c) => {
    let free = SLOTS - active - c.writer.pending;
    while (free-- > 0 && head < queue.length) queue[head++]();
    if (head > 4096 && head * 2 > queue.length) (queue.splice(0, head), (head = 0));
  };
  const throttled = async (c, fn) => {
    c.writer.onWritten ??= () => wake(c);
    if (active + c.writer.pending >= SLOTS || head < queue.length) await new Promise((r) => queue.push(r));
    active++;
    try {
      return await fn();
    } finally {
      active--;
      wake(c);
    }
  };
  const t0 = now();
  const c = Lsp.start({
    name: 'vscode-markdown-languageserver',
    args: [PEER_MAIN, '--stdio'],
    cwd: root,
    onRequest: async (method, params, c) => {
      switch (method) {
        case 'markdown/parse':
          counts.parse++;
          return throttled(c, () => parseFor(params.uri, params.text));
        case 'markdown/fs/readFile':
          counts.readFile++;
          return throttled(c, async () => Array.from(await fs.promises.readFile(safePath(params.uri))));
        case 'markdown/fs/readDirectory': {
          counts.readDirectory++;
          const entries = await fs.promises.readdir(safePath(params.uri), { withFileTypes: true });
          return entries.map((e) => [e.name, { isDirectory: e.isDirectory() }]);
        }
        case 'markdown/fs/stat': {
          counts.stat++;
          try {
            const st = await fs.promises.stat(safePath(params.uri));
            return { isDirectory: st.isDirectory() };
          } catch {
            return null;
          }
        }
        case 'markdown/findMarkdownFilesInWorkspace':
          counts.findFiles++;
          return findFiles();
        case 'markdown/fs/watcher/create':
        case 'markdown/fs/watcher/delete':
          counts.watchers++;
          return null;
        case 'workspace/configuration':
          return (params?.items ?? []).map((it) => (it.section === 'markdown' ? PEER_SETTINGS.markdown : null));
        case 'workspace/workspaceFolders':
          return [{ uri: pathToFileURL(root).href, name: path.basename(root) }];
        default:
          counts.other[method] = (counts.other[method] ?? 0) + 1;
          return null; // client/registerCapability, workspace/diagnostic/refresh, window/workDoneProgress/create
      }
    },
  });
  const openDoc = async (uri, text) => {
    const file = safePath(uri);
    open.set(file, { text, version: 1 });
    await c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  };
  const changeDoc = async (uri, text, version) => {
    open.set(safePath(uri), { text, version });
    await c.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  };
  return { c, t0, counts, openDoc, changeDoc };
}

// VS Code's defaults for the settings the server reads (section "markdown").
const PEER_SETTINGS = {
  markdown: {
    server: { log: 'off' },
    preferredMdPathExtensionStyle: 'auto',
    suggest: { paths: { enabled: true, includeWorkspaceHeaderCompletions: 'never' } },
    occurrencesHighlight: { enabled: false },
    validate: {
      enabled: false,
      referenceLinks: { enabled: 'warning' },
      fragmentLinks: { enabled: 'warning' },
      fileLinks: { enabled: 'warning', markdownFragmentLinks: 'inherit' },
      ignoredLinks: [],
      unusedLinkDefinitions: { enabled: 'hint' },
      duplicateLinkDefinitions: { enabled: 'warning' },
    },
  },
};

async function benchPeer(root, plan_) {
  const res = {};
  const deadline = now() + PEER_TIMEOUT_MS;
  const remaining = () => {
    const left = deadline - now();
    if (left <= 0) {
      const e = new Error('deadline');
      e.timeout = true;
      throw e;
    }
    return left;
  };
  const { c, t0, counts, openDoc, changeDoc } = startPeer(root);
  res.counts = counts;
  let phase = 'start';
  try {
    await c.request('initialize', initializeParams(root, { initializationOptions: { markdownFileExtensions: MD_EXTENSIONS } }), remaining());
    const init = now() - t0;
    res.init = init;
    await c.notify('initialized', {});
    await c.notify('workspace/didChangeConfiguration', { settings: PEER_SETTINGS });
    note(`peer: cold start (its first workspace/symbol loads and parses every markdown file)`);
    // Its workspace symbols are the headings of every markdown file: only heading talks count.
    const sample = plan_.talkSample;
    const found = new Set();
    let firstAnswer;
    let firstResponse;
    for (let k = 0; found.size < sample.length; k++) {
      remaining();
      const talk = sample[k % sample.length];
      if (found.has(talk)) continue;
      const result = await c.request('workspace/symbol', { query: talk.title }, remaining());
      firstResponse ??= now() - t0;
      if (holdsTalk(result, talk)) {
        found.add(talk);
        firstAnswer ??= now() - t0;
      } else if (k >= sample.length * 3) break; // asked for everything three times: it is not there
      else if (k >= sample.length) await delay(POLL_MS);
    }
    // All or nothing: its first answer is computed over every file of the workspace.
    res.start = { init, firstAnswer, complete: found.size === sample.length ? firstResponse : undefined, firstResponse, found: found.size, sampled: sample.length, allFoundAt: now() - t0 };
    note(`peer: first answer after ${fmtMs(firstAnswer)} (${found.size}/${sample.length} sampled talks), ${JSON.stringify(counts)}`);

    // Definition and references need the document open (documents.get in its handlers), as in an editor.
    phase = 'open documents';
    const toOpen = new Map();
    for (const p of [...plan_.linkPositions, ...plan_.headingPositions]) if (!toOpen.has(p.uri)) toOpen.set(p.uri, p.rel);
    for (const [uri, rel] of toOpen) await openDoc(uri, noteText(root, rel).text);
    res.opened = toOpen.size;
    const loc = (p) => ({ textDocument: { uri: p.uri }, position: p.position });
    phase = 'definition';
    note(`peer: definition ×${plan_.linkPositions.length} on links (${toOpen.size} documents opened)`);
    res.defLink = await measure(c, plan_.linkPositions, (p) => ({ method: 'textDocument/definition', params: loc(p) }), (result, p) => (Array.isArray(result) ? result : result ? [result] : []).some((l) => sameLocation(l, p.target)), remaining);
    phase = 'references';
    note(`peer: references ×${plan_.headingPositions.length} on talk headings`);
    res.refsHeading = await measure(c, plan_.headingPositions, (p) => ({ method: 'textDocument/references', params: { ...loc(p), context: { includeDeclaration: true } } }), null, remaining);
    phase = 'workspace symbols';
    note('peer: workspace symbols');
    res.wsym = await measure(c, plan_.queries.slice(0, N.wsym), (q) => ({ method: 'workspace/symbol', params: { query: q } }), null, remaining);
    phase = 'edits';
    if (plan_.edit?.steps.length) {
      note(`peer: ${plan_.edit.steps.length} edits → document symbols`);
      const edit = plan_.edit;
      await openDoc(edit.uri, edit.text);
      let version = 1;
      const times = [];
      let reflected = 0;
      let checkable = 0;
      for (const s of edit.steps) {
        const text = edit.text.slice(0, s.offset) + s.replacement + edit.text.slice(s.offset + s.length);
        const t = now();
        await changeDoc(edit.uri, text, ++version);
        const symbols = await c.request('textDocument/documentSymbol', { textDocument: { uri: edit.uri } }, remaining());
        times.push(now() - t);
        if (s.onHeading) {
          checkable++;
          const flat = [];
          const walk = (xs) => {
            for (const x of xs ?? []) {
              flat.push(x);
              walk(x.children);
            }
          };
          walk(symbols);
          if (flat.some((x) => (x.selectionRange ?? x.location?.range)?.start?.line === s.line && x.name.includes(s.replacement))) reflected++;
        }
      }
      res.edit = stats(times, { reflected, checkable, file: edit.rel, bytes: edit.bytes });
    } else res.edit = { na: 'no large note in this corpus' };
    res.rss = c.status();
    await c.stop();
  } catch (e) {
    res.rss = c.status();
    c.kill();
    if (e.timeout || now() > deadline) res.timedOut = { after: PEER_TIMEOUT_MS, phase, elapsed: now() - t0 };
    else res.failed = { phase, message: String(e.message ?? e).slice(0, 500) };
    note(`peer: ${res.timedOut ? `did not finish in ${fmtMs(PEER_TIMEOUT_MS)} (${phase})` : `failed in ${phase}: ${res.failed.message}`}`);
  }
  res.exit = c.exit;
  return res;
}

// ───────────────────────────── CLI ─────────────────────────────
async function runCli(root, extraArgs, env) {
  const t = now();
  const proc = track(spawn(process.execPath, [...shebangFlags(path.join(SNAPSHOT_DIR, 'cli.js')), path.join(SNAPSHOT_DIR, 'cli.js'), 'index', root, ...extraArgs], { stdio: ['ignore', 'ignore', 'pipe'], env: shebangEnv(path.join(SNAPSHOT_DIR, 'cli.js'), env) }));
  let stderr = '';
  proc.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  const deadline = setTimeout(() => proc.kill('SIGKILL'), OURS_TIMEOUT_MS);
  const code = await new Promise((r) => proc.once('exit', (c, s) => r(c ?? s)));
  clearTimeout(deadline);
  if (code !== 0) {
    const elapsed = fmtMs(now() - t);
    if (/heap out of memory|Reached heap limit/.test(stderr)) return { failed: `ran out of memory (JavaScript heap: Node's default limit, ${HEAP_LIMIT}) after ${elapsed}` };
    const last = stderr.split('\n').filter((l) => l.trim() && !/^\s*\d+: 0x/.test(l)).pop() ?? '';
    return { failed: `exit ${code} after ${elapsed}${last ? `: ${last.replace(/\|/g, '/').slice(0, 200)}` : ''}` };
  }
  return { ms: now() - t };
}

/**
 * `infranotes index`: cold (--no-cache, median of `runs`), then with a persistent index of its
 * own (a temporary XDG_CACHE_HOME): the first run writes it, the next one reads it.
 */
async function benchCli(root, runs) {
  const cacheHome = fs.mkdtempSync(path.join(os.tmpdir(), 'infranotes-bench-cli-'));
  const env = { ...process.env, XDG_CACHE_HOME: cacheHome };
  try {
    const times = [];
    for (let i = 0; i < runs; i++) {
      const r = await runCli(root, ['--no-cache'], env);
      if (r.failed) return r;
      times.push(r.ms);
    }
    const first = await runCli(root, [], env);
    const again = first.failed ? first : await runCli(root, [], env);
    return { kind: 'cli', runs: times, median: median(times), writing: first.ms, warm: again.ms, warmFailed: again.failed };
  } finally {
    fs.rmSync(cacheHome, { recursive: true, force: true });
  }
}

// ───────────────────────────── CPU profile summary ─────────────────────────────
function summarizeProfile(dir) {
  const files = listFiles(dir).filter((f) => f.endsWith('.cpuprofile'));
  if (!files.length) return null;
  const prof = JSON.parse(fs.readFileSync(files[0], 'utf8'));
  const total = prof.samples?.length || 1;
  const self = new Map();
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const counts = new Map();
  for (const s of prof.samples ?? []) counts.set(s, (counts.get(s) ?? 0) + 1);
  for (const [id, n] of counts) {
    const node = byId.get(id);
    const cf = node.callFrame;
    const key = `${cf.functionName || '(anonymous)'} ${cf.url ? path.basename(cf.url) : ''}:${cf.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + n);
  }
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([k, n]) => ({ fn: k, pct: (100 * n) / total }));
  return { file: path.relative(ROOT, files[0]), top };
}

// ───────────────────────────── report ─────────────────────────────
function latCell(s) {
  if (!s) return '–';
  if (s.na) return s.na;
  return `${fmtMs(s.p50)} / ${fmtMs(s.p95)} / ${fmtMs(s.p99)}`;
}
function latRatio(p, o) {
  if (!p || !o || p.na || o.na || p.kind !== 'lat' || o.kind !== 'lat') return '–';
  return `${fmtRatio(p.p50, o.p50)} / ${fmtRatio(p.p95, o.p95)}`;
}

function peerCell(peer, key, reached) {
  if (!peer) return 'not run';
  if (peer[key]) return null;
  if (peer.timedOut) return `did not finish in ${fmtMs(peer.timedOut.after)}${reached ? '' : ` (stuck in ${peer.timedOut.phase})`}`;
  if (peer.failed) return `failed (${peer.failed.phase})`;
  return '–';
}

function report(size, corpus, pl, ours, peer, cli) {
  say(`### ${size.toLocaleString('en-US')} notes`);
  say();
  say(`Corpus: ${corpus.notes.toLocaleString('en-US')} notes (${corpus.md.toLocaleString('en-US')} .md, ${corpus.txt.toLocaleString('en-US')} .txt), ${(corpus.bytes / 1048576).toFixed(1)} MiB, \`.bench/corpus-${size}\` (gen-corpus, seed 1).`);
  say();
  say('| measurement | Infra Notes | VS Code markdown server | peer / ours |');
  say('| --- | --- | --- | --- |');
  const row = (label, o, p, ratio) => say(`| ${label} | ${o} | ${p} | ${ratio} |`);
  const os_ = ours?.start;
  const ps = peer?.start;
  const oursFail = ours?.failed ? `failed: ${ours.failed}` : null;
  const oursDash = ours?.failed ? '–' : null;
  const startCell = (x, k) => (x?.[k] !== undefined ? fmtMs(x[k]) : '–');
  const peerInit = peer?.init ?? ps?.init;
  row('initialize → response', oursDash ?? startCell(os_, 'init'), peerInit !== undefined ? fmtMs(peerInit) : peerCell(peer, 'start') ?? '–', fmtRatio(peerInit, os_?.init));
  row('cold start → first answer (workspace/symbol returns a sampled talk)', oursDash ?? startCell(os_, 'firstAnswer'), peerCell(peer, 'start') ?? startCell(ps, 'firstAnswer'), fmtRatio(ps?.firstAnswer, os_?.firstAnswer));
  row('cold start → index complete (every sampled talk returned)', oursFail ?? startCell(os_, 'complete'), peerCell(peer, 'start') ?? startCell(ps, 'complete'), fmtRatio(ps?.complete, os_?.complete));
  const warm = ours?.warm;
  row('warm start (persistent cache) → every sampled talk returned by workspace/symbol (asked from the first answer on)', oursDash ?? (warm?.na ?? (warm ? (warm.everySampled !== undefined ? `${fmtMs(warm.everySampled)} (first answer ${fmtMs(warm.firstAnswer)}; the ${warm.sampled} asked one after another by ${fmtMs(warm.everySampledAsked)})` : `not before the end of progress (${warm.everySampledFound ?? 0}/${warm.sampled} before it)`) : '–')), 'n/a (no persistent cache)', '–');
  row('warm start (persistent cache) → index complete (progress ended: every tool\'s answers made; every sampled talk returned after it)', oursDash ?? (warm?.na ?? (warm ? `${fmtMs(warm.complete)} (progress ended at ${fmtMs(warm.progressEnd)}; ${warm.status?.fromCache ?? 0} notes from cache)` : '–')), 'n/a (no persistent cache)', '–');
  const lrow = (label, key, peerNa) => {
    const o = oursDash ?? latCell(ours?.[key]);
    const p = peerNa ?? peerCell(peer, key, true) ?? latCell(peer[key]);
    row(label, o, p, peerNa ? '–' : latRatio(peer?.[key], ours?.[key]));
  };
  lrow(`hover on tool mentions (p50 / p95 / p99, ×${ours?.hover?.n ?? N.hover})`, 'hover', 'n/a (no hover provider)');
  lrow(`definition on tool mentions (×${ours?.defTool?.n ?? N.def})`, 'defTool', 'n/a (tool names are plain text to it)');
  lrow(`definition on markdown links \`[t](note.md#heading)\` (×${ours?.defLink?.n ?? pl.linkPositions.length})`, 'defLink');
  lrow(`references on tool mentions (×${ours?.refsTool?.n ?? N.refs})`, 'refsTool', 'n/a (tool names are plain text to it)');
  lrow(`references on talk headings (×${ours?.refsHeading?.n ?? pl.headingPositions.length})`, 'refsHeading');
  lrow(`workspace symbols (×${ours?.wsym?.n ?? N.wsym} queries)`, 'wsym');
  lrow(`search \`infranotes/search\` (×${ours?.search?.n ?? N.search})`, 'search', 'n/a (no such request)');
  lrow(`edit a ${pl.edit ? Math.round(pl.edit.bytes / 1024) : '–'} KB note: didChange → answer reflecting it (×${ours?.edit?.n ?? N.edits})`, 'edit');
  const oRss = ours?.rss;
  const pRss = peer?.rss;
  row('server peak RSS (VmHWM; max sampled VmRSS)', oRss ? `${fmtMB(oRss.hwm)} (${fmtMB(oRss.maxRss)})` : ours?.failedRss ? `${fmtMB(ours.failedRss)} (sampled, when it failed)` : '–', pRss ? `${fmtMB(pRss.hwm)} (${fmtMB(pRss.maxRss)})${peer.timedOut || peer.failed ? ' when stopped' : ''}` : peerCell(peer, 'rss') ?? '–', fmtRatio(pRss?.hwm, oRss?.hwm));
  row(`\`infranotes index\` cold, \`--no-cache\` (median of ${cli?.runs?.length ?? '–'})`, cli?.failed ? `failed: ${cli.failed}` : cli ? fmtMs(cli.median) : '–', 'n/a', '–');
  row('`infranotes index` with its persistent index: first run (writes it) / next run (reads it)', cli?.failed ? '–' : cli?.warmFailed ? `failed: ${cli.warmFailed}` : cli?.warm !== undefined ? `${fmtMs(cli.writing)} / ${fmtMs(cli.warm)}` : '–', 'n/a', '–');
  say();

  // Details: what the numbers stand on.
  const d = [];
  if (ours && !ours.failed) {
    const st = os_.status ?? {};
    d.push(`Ours: ${st.notes} notes, ${st.talks} talks, ${st.mentions} mentions indexed; the server's own index time ${fmtMs(st.millis)}, its indexing progress ended at ${fmtMs(os_.progressEnd)} after spawning; ${os_.found}/${os_.sampled} sampled talks (${pl.talkSample.length} headings + ${pl.otherSample.length} other layouts) returned by workspace/symbol${os_.bySpeaker ? ` (${os_.bySpeaker} of them asked for by title and speaker, their title being in more talks than an answer holds)` : ''} (checking took ${fmtMs(os_.verifyMs)})${os_.missing?.length ? `; missing: ${os_.missing.slice(0, 5).join('; ')}` : ''}.`);
    const ans = (k, what) => (ours[k]?.n ? `${what} ${ours[k].answered}/${ours[k].n}${ours[k].correct !== undefined ? ` (${ours[k].correct} at the linked heading or note${ours[k].misses?.length ? `; not, e.g.: ${ours[k].misses.join(', ')}` : ''})` : ''}, ${ours[k].meanResults.toFixed(1)} results on average, first request ${fmtMs(ours[k].first)}` : null);
    d.push(`Ours, answered: ${[ans('hover', 'hover'), ans('defTool', 'definition on tools'), ans('defLink', 'definition on links'), ans('refsTool', 'references on tools'), ans('refsHeading', 'references on headings'), ans('wsym', 'workspace symbols'), ans('search', 'search')].filter(Boolean).join('; ')}.`);
    const inServer = ours.inServer ?? {};
    const inS = (k, what) => (inServer[k] ? `${what} ${latCell(inServer[k])}` : null);
    const inServerText = [inS('hover', 'hover'), inS('defTool', 'definition on tools'), inS('defLink', 'definition on links'), inS('refsTool', 'references on tools'), inS('refsHeading', 'references on headings'), inS('wsym', 'workspace symbols'), inS('search', 'search'), inS('edit', 'edits (didChange sent → hover answered)')].filter(Boolean);
    if (inServerText.length) d.push(`Ours, the server's share (p50 / p95 / p99, from the client sending a request to the server writing its answer, waits behind the server's own background work included; from the server's latency trace; the rest of the times above is the answer's way back and the client parsing it): ${inServerText.join('; ')}.`);
    else if (inServer.error) d.push(`Ours, the server's share: ${inServer.error}.`);
    if (ours.edit?.kind === 'lat') d.push(`Ours, edits of \`${ours.edit.file}\` (${ours.edit.bytes.toLocaleString('en-US')} bytes; ${ours.edit.onHeadings}/${ours.edit.n} edits in talk headings): ${ours.edit.reflected}/${ours.edit.n} hovers showed the new tool, ${ours.edit.named} named it as the manifest spells it.`);
    if (ours.rssPhases?.length) d.push(`Ours, memory after each phase of the cold-start run (RSS now / peak so far): ${ours.rssPhases.map((p) => `${p.name} ${fmtMB(p.rss)} / ${fmtMB(p.hwm)}`).join('; ')}.`);
    if (warm && !warm.na) d.push(`Ours, warm start: ${warm.cacheFiles} cache files (${(warm.cacheBytes / 1048576).toFixed(1)} MiB); initialize ${fmtMs(warm.init)}; ${warm.found}/${warm.sampled} sampled talks; peak RSS ${fmtMB(warm.rss?.hwm)}.`);
  }
  if (peer) {
    if (ps) d.push(`Peer: ${ps.found}/${ps.sampled} sampled heading talks returned (its symbols are markdown headings of .md files; the ${pl.otherSample.length} talks in other layouts are not asked of it); its client did ${peer.counts.readFile.toLocaleString('en-US')} readFile and ${peer.counts.parse.toLocaleString('en-US')} parse requests (markdown-it runs in the benchmark process, as in VS Code's extension host), ${peer.counts.findFiles} findMarkdownFilesInWorkspace.`);
    const ans = (k, what) => (peer[k]?.n ? `${what} ${peer[k].answered}/${peer[k].n}${peer[k].correct !== undefined ? ` (${peer[k].correct} at the linked heading or note${peer[k].misses?.length ? `; not, e.g.: ${peer[k].misses.join(', ')}` : ''})` : ''}, ${peer[k].meanResults.toFixed(1)} results on average, first request ${fmtMs(peer[k].first)}` : null);
    const a = [ans('defLink', 'definition on links'), ans('refsHeading', 'references on headings'), ans('wsym', 'workspace symbols')].filter(Boolean);
    if (a.length) d.push(`Peer, answered (${peer.opened} documents opened first, as its definition/references need an open document): ${a.join('; ')}.`);
    if (peer.edit?.kind === 'lat') d.push(`Peer, edits: didChange → textDocument/documentSymbol (it has no hover); ${peer.edit.reflected}/${peer.edit.checkable} edits in headings showed in its symbols.`);
    if (peer.timedOut) d.push(`Peer did not finish in ${fmtMs(peer.timedOut.after)}: stopped during "${peer.timedOut.phase}" after ${fmtMs(peer.timedOut.elapsed)}; RSS when stopped ${fmtMB(pRss?.rss)}.`);
    if (peer.failed) d.push(`Peer failed during "${peer.failed.phase}": ${peer.failed.message}`);
  }
  if (cli?.runs) d.push(`CLI runs without the persistent index (--no-cache): ${cli.runs.map(fmtMs).join(', ')}.`);
  for (const line of d) say(`- ${line}`);
  say();
  if (ours?.profile) {
    say(`<details><summary>Our server's CPU profile (whole session: index, queries, edits; ${ours.profile.file}) — top self time</summary>`);
    say();
    say('| self % | function |');
    say('| --- | --- |');
    for (const t of ours.profile.top) say(`| ${t.pct.toFixed(1)} | \`${t.fn}\` |`);
    say();
    say('</details>');
    say();
  }
}

function machine() {
  const cpuinfo = fs.readFileSync('/proc/cpuinfo', 'utf8');
  const model = (cpuinfo.match(/^model name\s*:\s*(.*)$/m) ?? [])[1] ?? os.cpus()[0]?.model ?? 'unknown';
  const mhz = (cpuinfo.match(/^cpu MHz\s*:\s*(.*)$/m) ?? [])[1];
  return {
    cpu: `${model.trim()}${mhz ? ` @ ${Math.round(Number(mhz))} MHz` : ''}`,
    cores: os.cpus().length,
    ram: `${(os.totalmem() / 1073741824).toFixed(1)} GiB`,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    load: os.loadavg().map((x) => x.toFixed(2)).join(', '),
  };
}

function gitRev() {
  try {
    const r = spawnSync('git', ['-C', ROOT, 'rev-parse', '--short=10', 'HEAD'], { encoding: 'utf8' });
    const d = spawnSync('git', ['-C', ROOT, 'status', '--porcelain', '--', 'server', 'scripts/build.mjs'], { encoding: 'utf8' });
    if (r.status === 0) return r.stdout.trim() + (d.status === 0 && d.stdout.trim() ? ` + uncommitted changes under server/ (${d.stdout.trim().split('\n').length} files)` : '');
  } catch {
    /* no git: read .git below */
  }
  try {
    const head = fs.readFileSync(path.join(ROOT, '.git', 'HEAD'), 'utf8').trim();
    if (!head.startsWith('ref: ')) return head.slice(0, 10);
    const ref = head.slice(5);
    const loose = path.join(ROOT, '.git', ref);
    if (fs.existsSync(loose)) return fs.readFileSync(loose, 'utf8').trim().slice(0, 10);
    const packed = fs.readFileSync(path.join(ROOT, '.git', 'packed-refs'), 'utf8');
    return (packed.split('\n').find((l) => l.endsWith(' ' + ref)) ?? '').slice(0, 10) || 'unknown';
  } catch {
    return 'unknown';
  }
}

// ───────────────────────────── main ─────────────────────────────
async function main() {
  for (const f of ['server.js', 'cli.js']) if (!fs.existsSync(path.join(DIST ? SNAPSHOT_DIR : path.join(ROOT, 'dist'), f))) throw new Error(`${DIST ?? 'dist'}/${f} is missing: run npm run build (npm run bench does)`);
  if (ONLY !== 'ours' && !fs.existsSync(PEER_MAIN)) throw new Error(`the peer is not installed (${path.relative(ROOT, PEER_MAIN)}): npm install`);
  // The whole of dist/: the server and the CLI load their worker scripts from next to themselves.
  if (!DIST) {
    fs.rmSync(SNAPSHOT_DIR, { recursive: true, force: true });
    fs.cpSync(path.join(ROOT, 'dist'), SNAPSHOT_DIR, { recursive: true });
  }
  // This run's build and persistent indexes go when it ends.
  process.on('exit', () => {
    for (const name of fs.readdirSync(BENCH_DIR)) if (name.endsWith(`-${process.pid}`)) fs.rmSync(path.join(BENCH_DIR, name), { recursive: true, force: true });
  });
  const m = machine();
  const peerVersion = JSON.parse(fs.readFileSync(path.join(PEER_PKG, 'package.json'), 'utf8')).version;
  const serviceVersion = (() => {
    try {
      return JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'vscode-markdown-languageservice', 'package.json'), 'utf8')).version;
    } catch {
      return '?';
    }
  })();
  const mdItVersion = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'markdown-it', 'package.json'), 'utf8')).version;
  const started = new Date();

  say('# Benchmark: Infra Notes language server vs. VS Code\'s Markdown language server');
  say();
  say(`Run ${started.toISOString().replace('T', ' ').slice(0, 16)} UTC · \`node test/bench/bench.mjs ${argv.join(' ')}\`${QUICK ? ' (quick: fewer requests)' : ''} · commit ${gitRev()}`);
  say();
  say(`Machine: ${m.cpu}, ${m.cores} cores, ${m.ram} RAM, ${m.os}, Node ${m.node}. Load average at start: ${m.load} (a shared machine: numbers are noisy).`);
  say();
  say(`Peer: \`vscode-markdown-languageserver\` ${peerVersion} (\`vscode-markdown-languageservice\` ${serviceVersion}), started as VS Code starts it, over stdio; the benchmark is its client and answers its requests the way VS Code's client does (markdown-it ${mdItVersion} tokens with VS Code's options, file reads as byte arrays, the workspace's markdown files, no-op watchers).`);
  say();
  const raw = [];
  say('How: every server is a child process spoken to over stdio, one request at a time, timed with `performance.now()` from sending to the answer. The benchmark\'s client keeps no answer once it is checked, and collects its own young generation between timed requests once it is half full, so that its own garbage collections are not counted as the server\'s time (until session 8 every answer stayed alive, and the client\'s collections of 10-100 ms fell inside timed requests). Latencies are p50 / p95 / p99; ratios are peer ÷ ours at p50 / p95 (above 1: we are faster). Positions come from the corpus manifest (code-point columns converted to UTF-16). Cold start is timed from spawning the process. Our "index complete" is when `workspace/symbol` returns every sampled talk, not when the server says it is done: after the end of its indexing progress (checked with `infranotes/indexStatus`) the sampled talks are asked one by one; when that first round finds them all, complete is the moment the first of them was answered, otherwise when the last missing one was found (until session 8 it was the end of progress, and the first query after it could still wait 1-2 s); a sampled talk whose title fills an answer (200 symbols) without it is asked for by its title and its speaker\'s name (at 100k notes some titles are in a thousand notes). A warm start is also asked for every sampled talk from its first answer on, round after round, without waiting for the end of progress (the issue\'s complete index is a workspace-symbol query returning every expected talk; a warm start answers the search from its search snapshot while the rest of the index loads), by the same rule: when the round after the first answer finds them all, at the first answer. Its end of progress (every tool\'s answers made) is given beside it. The peer loads and parses the whole workspace on its first `workspace/symbol`; its answer is complete, so its first answer and its complete index are the same moment. Our server answers hover, definition and references without the note being open; the peer needs the document open, so its documents are opened (didOpen) before its requests are timed.');
  say();

  for (const size of SIZES) {
    note(`── ${size} notes ──`);
    const dir = await ensureCorpus(size);
    const manifest = await readManifest(dir, size);
    const corpus = { notes: manifest.files.length, md: manifest.files.filter((f) => f.type === 'md').length, txt: manifest.files.filter((f) => f.type !== 'md').length, bytes: manifest.files.reduce((n, f) => n + (f.bytes ?? 0), 0) };
    const pl = plan(dir, manifest);
    note(`plan: ${pl.mentionPositions.length} mention positions, ${pl.linkPositions.length} links, ${pl.headingPositions.length} headings, ${pl.queries.length} queries, edit ${pl.edit?.rel} (${pl.edit?.steps.length} steps, ${pl.edit?.onHeadings} heading mentions)`);
    let ours = null;
    let peer = null;
    if (ONLY !== 'peer') {
      try {
        ours = await benchOurs(dir, pl, size);
      } catch (e) {
        killAll();
        ours = {
          failed:
            (e.indexedAt !== undefined ? `indexing ended (progress end) ${fmtMs(e.indexedAt)} after start, then ` : '') +
            (e.oom ? `ran out of memory (JavaScript heap: Node's default limit, ${HEAP_LIMIT}) ${fmtMs(e.elapsed)} after start` : e.elapsed ? `${String(e.message ?? e).slice(0, 200)} (${fmtMs(e.elapsed)} after start)` : String(e.message ?? e).slice(0, 300)),
          failedRss: e.maxRss,
        };
        note(`ours failed: ${e.stack ?? e}`);
      }
    }
    if (ONLY !== 'ours') peer = await benchPeer(dir, pl);
    let cli = null;
    if (ONLY !== 'peer') {
      note('cli: infranotes index');
      cli = await benchCli(dir, size >= 100_000 ? 1 : N.cliRuns);
    }
    textCache.clear();
    report(size, corpus, pl, ours, peer, cli);
    // Saved after every size, so a long run that is stopped keeps what it measured.
    save(size === SIZES[SIZES.length - 1] ? '' : `(run in progress: sizes after ${size.toLocaleString('en-US')} notes not measured yet)`);
    raw.push({ size, corpus, ours, peer: peer && { ...peer, counts: peer.counts }, cli });
    fs.writeFileSync(path.join(BENCH_DIR, 'results.json'), JSON.stringify({ started, argv, machine: m, sizes: raw }, null, 1));
  }

  say(`Load average at the end: ${os.loadavg().map((x) => x.toFixed(2)).join(', ')}. Total time ${fmtMs(Date.now() - started.getTime())}.`);
  save(null);
}

/** Writes what is reported so far; `pending` (a string) says the run goes on, null that it is over. */
function save(pending) {
  if (OUT === '-') return;
  const file = path.resolve(ROOT, OUT);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, out.join('\n') + '\n' + (pending ? `\n${pending}\n` : ''));
  if (pending === null) note(`saved ${path.relative(ROOT, file)} (the measurements as JSON: .bench/results.json)`);
}

main().then(
  () => {
    killAll();
    process.exit(0);
  },
  (e) => {
    console.error(e?.stack ?? e);
    killAll();
    process.exit(1);
  },
);
