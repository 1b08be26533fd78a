// Churn: 1,000 random operations through the real server (dist/server.js over stdio): edits in
// open documents (didOpen, full and incremental didChange, didClose, saves), and creates,
// changes, renames and deletes on disk, of notes and of whole folders, each followed by the
// matching workspace/didChangeWatchedFiles notification: at once, batched with others, or in a
// burst of single notifications sent without waiting. Then the server, once idle, must answer
// exactly what a fresh server started on the final folder answers: no lost update, no stale entry.
//
// The operations come from a seeded PRNG. The seed is printed; replay a failure with
//   INFRANOTES_CHURN_SEED=<seed> node --test out/test/protocol/churn.test.js
// (INFRANOTES_CHURN_OPS=<n> changes the number of operations).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../support/lsp-client';
import { NoteGen, type Lang } from '../support/notes-gen';
import { firstDifference, settled, type Answers } from '../support/snapshot';

const SEED = Number(process.env.INFRANOTES_CHURN_SEED ?? Math.floor(Math.random() * 2 ** 31));
const OPS = Number(process.env.INFRANOTES_CHURN_OPS ?? 1000);

/** Top-level folders that come and go (renamed into one another, deleted, created with notes inside). */
const FOLDERS = ['en', 'ko', 'ja', 'archive', 'mixed'];
const DIRS = ['', ...FOLDERS.slice(0, 4), 'mixed/deep'];
const NAMES = ['n0.md', 'n1.md', 'n2.md', 'n3.md', 'n4.md', 'n5.md', 'n6.md', 'n7.md', 'talks.markdown', 't0.txt', 't1.txt'];
const PATHS = DIRS.flatMap((d) => NAMES.map((n) => (d ? `${d}/${n}` : n)));

const CREATED = 1;
const CHANGED = 2;
const DELETED = 3;

interface OpenDoc {
  uri: string;
  text: string;
}

/** Line/character (UTF-16) of an offset, as LSP counts them. */
function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, character: offset - start };
}

/** Every note file on disk (what a fresh server should hold, minus nothing: all our names are notes). */
function notesOnDisk(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else out.push(path.relative(root, full));
    }
  };
  walk(root);
  return out.sort();
}

function compare(label: string, live: Answers, fresh: Answers, replay: string): void {
  const diff = firstDifference({ ...live, indexing: false }, { ...fresh, indexing: false });
  assert.equal(diff, null, `${label}: the churned server differs from a fresh one at ${diff}\n${replay}`);
}

test(`churn: ${OPS} random operations end where a fresh server starts (seed ${SEED})`, { timeout: 120_000 }, async (t) => {
  const replay = `replay with INFRANOTES_CHURN_SEED=${SEED} INFRANOTES_CHURN_OPS=${OPS}`;
  console.log(`churn seed ${SEED} (${replay})`);
  t.diagnostic(`seed ${SEED}`);
  const g = new NoteGen(SEED);
  const root = mkdtempSync(path.join(tmpdir(), 'infranotes-churn-'));
  const abs = (rel: string) => path.join(root, rel);
  const uriOf = (rel: string) => pathToFileURL(abs(rel)).href;
  const langOf = (rel: string): Lang => (rel.startsWith('ko') ? 'ko' : rel.startsWith('ja') ? 'ja' : rel.startsWith('en') ? 'en' : g.lang());
  const log: string[] = [];
  const started = performance.now();

  // A starting folder: a third of the paths hold a note.
  for (const rel of PATHS) {
    if (!g.chance(0.33)) continue;
    mkdirSync(path.dirname(abs(rel)), { recursive: true });
    writeFileSync(abs(rel), g.note(langOf(rel)));
  }

  const c = await LspClient.start({ root });
  let fresh: LspClient | undefined;
  const open = new Map<string, OpenDoc>();
  let pending: Array<{ uri: string; type: number }> = [];

  const flush = async (how: 'batch' | 'burst') => {
    if (!pending.length) return;
    const changes = pending;
    pending = [];
    log.push(`notify ${how} ${changes.map((x) => `${x.type}:${path.relative(root, new URL(x.uri).pathname) || '.'}`).join(' ')}`);
    if (how === 'batch') await c.notify('workspace/didChangeWatchedFiles', { changes });
    else for (const ch of changes) await c.notify('workspace/didChangeWatchedFiles', { changes: [ch] });
  };
  const touched = async (rel: string, type: number) => {
    pending.push({ uri: uriOf(rel), type });
    const r = g.random();
    if (r < 0.45) await flush('batch');
    else if (r < 0.55) await flush('burst');
  };
  const write = (rel: string, text: string) => {
    const existed = existsSync(abs(rel));
    mkdirSync(path.dirname(abs(rel)), { recursive: true });
    writeFileSync(abs(rel), text);
    return existed ? CHANGED : CREATED;
  };

  try {
    await c.waitIndexed(30000);
    const ops: Array<[number, () => Promise<void>]> = [
      // ---- open documents
      [
        8,
        async () => {
          const rel = g.pick(PATHS.filter((p) => !open.has(p)));
          if (!rel) return;
          const text = existsSync(abs(rel)) && g.chance(0.8) ? readFileSync(abs(rel), 'utf8') : g.note(langOf(rel));
          log.push(`didOpen ${rel}`);
          const uri = await c.open(rel, text, rel.endsWith('.txt') ? 'plaintext' : 'markdown');
          open.set(rel, { uri, text });
        },
      ],
      [
        7,
        async () => {
          const rel = g.pick([...open.keys()]);
          if (!rel) return;
          const doc = open.get(rel)!;
          doc.text = g.note(langOf(rel));
          log.push(`didChange full ${rel}`);
          await c.change(doc.uri, [{ text: doc.text }]);
        },
      ],
      [
        14,
        async () => {
          const rel = g.pick([...open.keys()]);
          if (!rel) return;
          const doc = open.get(rel)!;
          const changes: unknown[] = [];
          for (let k = 1 + g.int(3); k > 0; k--) {
            const start = g.int(doc.text.length + 1);
            const end = Math.min(doc.text.length, start + (g.chance(0.5) ? 0 : g.int(60)));
            const insert = g.chance(0.2) ? '' : g.snippet(langOf(rel));
            changes.push({ range: { start: positionAt(doc.text, start), end: positionAt(doc.text, end) }, text: insert });
            doc.text = doc.text.slice(0, start) + insert + doc.text.slice(end);
          }
          log.push(`didChange incremental ${rel} ×${changes.length}`);
          await c.change(doc.uri, changes);
        },
      ],
      [
        6,
        async () => {
          const rel = g.pick([...open.keys()]);
          if (!rel) return;
          log.push(`didClose ${rel}`);
          await c.notify('textDocument/didClose', { textDocument: { uri: open.get(rel)!.uri } });
          open.delete(rel);
        },
      ],
      [
        5,
        async () => {
          // Save: the editor writes the document's text; the watcher reports the change.
          const rel = g.pick([...open.keys()]);
          if (!rel) return;
          log.push(`save ${rel}`);
          await touched(rel, write(rel, open.get(rel)!.text));
        },
      ],
      // ---- files on disk
      [
        20,
        async () => {
          const rel = g.pick(PATHS);
          const text = g.chance(0.05) ? '' : g.note(langOf(rel));
          log.push(`write ${rel}`);
          await touched(rel, write(rel, text));
        },
      ],
      [
        10,
        async () => {
          const rel = g.pick(PATHS.filter((p) => existsSync(abs(p))));
          if (!rel) return;
          log.push(`delete ${rel}`);
          unlinkSync(abs(rel));
          await touched(rel, DELETED);
        },
      ],
      [
        8,
        async () => {
          const from = g.pick(PATHS.filter((p) => existsSync(abs(p))));
          const to = g.pick(PATHS.filter((p) => !existsSync(abs(p))));
          if (!from || !to) return;
          log.push(`rename ${from} → ${to}`);
          mkdirSync(path.dirname(abs(to)), { recursive: true });
          renameSync(abs(from), abs(to));
          pending.push({ uri: uriOf(from), type: DELETED });
          await touched(to, CREATED);
        },
      ],
      // ---- whole folders
      [
        1.5,
        async () => {
          const from = g.pick(FOLDERS.filter((f) => existsSync(abs(f))));
          const to = g.pick(FOLDERS.filter((f) => !existsSync(abs(f))));
          if (!from || !to) return;
          log.push(`rename folder ${from} → ${to}`);
          renameSync(abs(from), abs(to));
          pending.push({ uri: uriOf(from), type: DELETED });
          await touched(to, CREATED);
        },
      ],
      [
        1,
        async () => {
          const dir = g.pick(FOLDERS.filter((f) => existsSync(abs(f))));
          if (!dir) return;
          log.push(`delete folder ${dir}`);
          rmSync(abs(dir), { recursive: true });
          await touched(dir, DELETED);
        },
      ],
      [
        1.5,
        async () => {
          const dir = g.pick(FOLDERS.filter((f) => !existsSync(abs(f))));
          if (!dir) return;
          const names = NAMES.filter(() => g.chance(0.3));
          log.push(`create folder ${dir} with ${names.join(', ')}`);
          for (const n of names) write(`${dir}/${n}`, g.note(langOf(dir)));
          // Only the folder is reported, as a watcher does for a folder moved into place.
          await touched(dir, CREATED);
        },
      ],
      // ---- the client catches up, or asks something and waits for the answer
      [6, () => flush(g.chance(0.5) ? 'batch' : 'burst')],
      [
        5,
        async () => {
          const rel = g.pick([...open.keys()]);
          if (rel && g.chance(0.5)) {
            const doc = open.get(rel)!;
            const at = positionAt(doc.text, g.int(doc.text.length + 1));
            log.push(`hover ${rel} ${at.line}:${at.character}`);
            await c.hover(doc.uri, at.line, at.character);
          } else {
            log.push('workspace/symbol');
            await c.request('workspace/symbol', { query: g.pick(['terraform', '테라폼', 'テラフォーム', '']) });
          }
        },
      ],
    ];
    const total = ops.reduce((n, [w]) => n + w, 0);
    for (let i = 0; i < OPS; i++) {
      let r = g.random() * total;
      const op = ops.find(([w]) => (r -= w) < 0) ?? ops[ops.length - 1];
      await op[1]();
    }
    await flush('batch');
    const churnMs = performance.now() - started;

    // What the editor still has open is the truth: save it, so a fresh server reads the same texts.
    for (const [rel, doc] of open) {
      log.push(`final save ${rel}`);
      pending.push({ uri: doc.uri, type: write(rel, doc.text) });
    }
    await flush('batch');
    const logFile = path.join(tmpdir(), `infranotes-churn-${SEED}.log`);
    writeFileSync(logFile, log.join('\n') + '\n');
    const where = `${replay}; operations logged in ${logFile}`;

    const live = await settled(c);
    const onDisk = notesOnDisk(root);
    assert.equal(live.counts.notes, onDisk.length, `notes on disk: ${onDisk.join(', ')}\n${where}`);

    fresh = await LspClient.start({ root });
    await fresh.waitForNotification('infranotes/indexChanged', (p) => p.indexing === false, 30000);
    const expected = await settled(fresh);
    compare('with documents open', live, expected, where);

    // Closing every document goes back to the disk, which holds the same texts.
    for (const doc of open.values()) await c.notify('textDocument/didClose', { textDocument: { uri: doc.uri } });
    open.clear();
    compare('after closing every document', await settled(c), expected, where);
    // The log is for replaying a failure: a passing run leaves none behind.
    rmSync(logFile, { force: true });
    t.diagnostic(`${OPS} operations in ${Math.round(churnMs)} ms; ${onDisk.length} notes at the end; whole test ${Math.round(performance.now() - started)} ms`);
  } finally {
    await c.stop();
    await fresh?.stop();
    rmSync(root, { recursive: true, force: true });
  }
});

test(`churn during the index: disk changes while the first index and a reindex run (seed ${SEED})`, { timeout: 120_000 }, async (t) => {
  const replay = `replay with INFRANOTES_CHURN_SEED=${SEED}`;
  const g = new NoteGen(SEED ^ 0x5eed);
  const root = mkdtempSync(path.join(tmpdir(), 'infranotes-churn-index-'));
  const abs = (rel: string) => path.join(root, rel);
  const uriOf = (rel: string) => pathToFileURL(abs(rel)).href;
  const dirs = Array.from({ length: 12 }, (_, i) => `d${i}`);
  const paths = dirs.flatMap((d) => Array.from({ length: 60 }, (_, i) => `${d}/n${i}.md`));
  for (const rel of paths.slice(0, 600)) {
    mkdirSync(path.dirname(abs(rel)), { recursive: true });
    writeFileSync(abs(rel), g.note());
  }
  const c = await LspClient.start({ root });
  let fresh: LspClient | undefined;
  const log: string[] = [];
  try {
    // The first batch is in: the rest of the folder is being read.
    const first = await c.waitForNotification('infranotes/indexChanged', (p) => p.notes > 0, 60000);
    t.diagnostic(first.indexing ? 'changes start while the first index runs' : 'the first index was over before the first report');
    const step = async () => {
      const changes: Array<{ uri: string; type: number }> = [];
      const r = g.random();
      const existing = paths.filter((p) => existsSync(abs(p)));
      if (r < 0.45) {
        const rel = g.pick(paths);
        const type = existsSync(abs(rel)) ? CHANGED : CREATED;
        mkdirSync(path.dirname(abs(rel)), { recursive: true });
        writeFileSync(abs(rel), g.note());
        changes.push({ uri: uriOf(rel), type });
        log.push(`write ${rel}`);
      } else if (r < 0.8 && existing.length) {
        const rel = g.pick(existing);
        unlinkSync(abs(rel));
        changes.push({ uri: uriOf(rel), type: DELETED });
        log.push(`delete ${rel}`);
      } else if (r < 0.97 && existing.length) {
        const from = g.pick(existing);
        const to = g.pick(paths.filter((p) => !existsSync(abs(p))));
        if (!to) return;
        mkdirSync(path.dirname(abs(to)), { recursive: true });
        renameSync(abs(from), abs(to));
        changes.push({ uri: uriOf(from), type: DELETED }, { uri: uriOf(to), type: CREATED });
        log.push(`rename ${from} → ${to}`);
      } else {
        const dir = g.pick(dirs.filter((d) => existsSync(abs(d))));
        if (!dir) return;
        rmSync(abs(dir), { recursive: true });
        changes.push({ uri: uriOf(dir), type: DELETED });
        log.push(`delete folder ${dir}`);
      }
      await c.notify('workspace/didChangeWatchedFiles', { changes });
    };
    for (let i = 0; i < 200; i++) await step();
    // A reindex asked for in the middle of it all (the command, or the tool file changing).
    log.push('reindex');
    const reindexed = c.request('infranotes/reindex');
    for (let i = 0; i < 150; i++) await step();
    await reindexed;
    const live = await settled(c, { timeoutMs: 30000 });
    const logFile = path.join(tmpdir(), `infranotes-churn-index-${SEED}.log`);
    writeFileSync(logFile, log.join('\n') + '\n');
    const where = `${replay}; operations logged in ${logFile}`;
    assert.equal(live.counts.notes, notesOnDisk(root).length, where);
    fresh = await LspClient.start({ root });
    await fresh.waitForNotification('infranotes/indexChanged', (p) => p.indexing === false, 60000);
    compare('after changes during the index', live, await settled(fresh, { timeoutMs: 30000 }), where);
    rmSync(logFile, { force: true });
    t.diagnostic(`${log.length} operations; ${live.counts.notes} notes at the end`);
  } finally {
    await c.stop();
    await fresh?.stop();
    rmSync(root, { recursive: true, force: true });
  }
});
