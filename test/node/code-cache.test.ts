// The bundles' loader (scripts/code-cache-loader.js, written by scripts/build.mjs as dist/cli.js,
// dist/server.js and dist/extract-worker.js): the first run keeps V8's code cache, the next runs
// use it as it is, a file V8 refuses is written again, and another bundle gets a file of its own.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isAscii } from 'node:buffer';
import { after, describe, test } from 'node:test';
import { shebangFlags } from '../support/launch';

const dist = path.join(__dirname, '..', '..', '..', 'dist');

describe('the bundles run through a code cache', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'infranotes-code-cache-'));
  const app = path.join(root, 'dist');
  const cache = path.join(root, 'cache');
  after(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(app, { recursive: true });
  for (const f of ['cli.js', 'cli.bundle.js']) copyFileSync(path.join(dist, f), path.join(app, f));
  // What the loader did, as it tells it at exit (a preload prints it on stderr).
  const probe = path.join(root, 'probe.js');
  writeFileSync(probe, "process.on('exit', () => process.stderr.write(`code cache: ${globalThis[Symbol.for('infranotes.codeCache')]}`));\n");
  const help = (env: NodeJS.ProcessEnv = { INFRANOTES_CODE_CACHE: cache }, flags: string[] = []) => {
    const run = spawnSync(process.execPath, [...flags, '--require', probe, path.join(app, 'cli.js'), 'help'], { encoding: 'utf8', env: { ...process.env, ...env } });
    assert.equal(run.status, 0, run.stderr);
    return { stdout: run.stdout, cache: /code cache: (\w+)/.exec(run.stderr)?.[1] };
  };
  const caches = () => (existsSync(cache) ? readdirSync(cache).filter((f) => f.endsWith('.bin')).sort() : []);
  const off = help({ INFRANOTES_CODE_CACHE: 'off' });
  const expected = off.stdout;

  test('the first run keeps the cache, the next one uses it unchanged', () => {
    assert.match(expected, /Usage: infranotes/);
    assert.equal(off.cache, 'off');
    assert.deepEqual(caches(), [], 'a cache with the cache off');
    assert.deepEqual(help(), { stdout: expected, cache: 'compiled' });
    const [file] = caches();
    assert.match(file ?? '', /^cli\.bundle-[0-9a-f]{24}\.bin$/);
    const kept = path.join(cache, file);
    // An old time: a run that wrote the file again would give it a new one.
    utimesSync(kept, new Date(2001, 0, 1), new Date(2001, 0, 1));
    const bytes = readFileSync(kept);
    assert.deepEqual(help(), { stdout: expected, cache: 'used' });
    assert.equal(statSync(kept).mtime.getFullYear(), 2001, 'the cache was written again');
    assert.deepEqual(readFileSync(kept), bytes);
  });

  test('a cache V8 refuses is written again', () => {
    const kept = path.join(cache, caches()[0]);
    writeFileSync(kept, Buffer.alloc(4096, 7));
    assert.deepEqual(help(), { stdout: expected, cache: 'refused' });
    assert.notDeepEqual(readFileSync(kept), Buffer.alloc(4096, 7));
    assert.deepEqual(help(), { stdout: expected, cache: 'used' });
  });

  test('a half-written file a stopped writer left is removed once a minute old, a younger one kept', () => {
    const [file] = caches();
    const stale = path.join(cache, `${file}.12345-stopped.tmp`);
    const young = path.join(cache, `${file}.12346-writing.tmp`);
    writeFileSync(stale, 'half');
    writeFileSync(young, 'half');
    utimesSync(stale, new Date(Date.now() - 120_000), new Date(Date.now() - 120_000));
    // A refused cache is written again, and the folder tidied then.
    writeFileSync(path.join(cache, file), Buffer.alloc(4096, 7));
    assert.deepEqual(help(), { stdout: expected, cache: 'refused' });
    assert.equal(existsSync(stale), false, 'the stale temporary file is still there');
    assert.equal(existsSync(young), true, 'a temporary file being written was removed');
    rmSync(young);
  });

  test('another bundle gets a cache of its own', () => {
    const before = caches();
    appendFileSync(path.join(app, 'cli.bundle.js'), '\n// another build\n');
    assert.deepEqual(help(), { stdout: expected, cache: 'compiled' });
    assert.deepEqual(help(), { stdout: expected, cache: 'used' });
    const now = caches();
    assert.equal(now.length, 2);
    assert.ok(before.every((f) => now.includes(f)));
  });

  test('a run that changes V8 flags (extraction workers started) leaves a cache the next run uses', () => {
    for (const f of ['extract-worker.js', 'extract-worker.bundle.js']) copyFileSync(path.join(dist, f), path.join(app, f));
    const notes = path.join(root, 'notes');
    mkdirSync(notes, { recursive: true });
    // More notes than the command line extracts without its workers.
    for (let i = 0; i < 40; i++) writeFileSync(path.join(notes, `talk-${i}.md`), `# Meetup ${i}\n\n## Terraform 입문 ${i} - Kim, Acme\n\nテラフォーム and Vault.\n`);
    const own = path.join(root, 'own-cache');
    // The command as its shebang starts it (`--max-semi-space-size=8`, which the pool sets back to V8's default for its workers).
    const flags = shebangFlags(path.join(app, 'cli.js'));
    assert.ok(flags.includes('--max-semi-space-size=8'), `the entry's flags: ${flags.join(' ')}`);
    const index = () => {
      const run = spawnSync(process.execPath, [...flags, '--require', probe, path.join(app, 'cli.js'), 'index', notes, '--no-cache'], { encoding: 'utf8', env: { ...process.env, INFRANOTES_CODE_CACHE: own, INFRANOTES_WORKERS: '1' } });
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, /Terraform 입문 39/);
      return /code cache: (\w+)/.exec(run.stderr)?.[1];
    };
    assert.equal(index(), 'compiled');
    assert.equal(index(), 'used');
  });

  test('with --enable-source-maps the bundle is compiled by the module loader (stack traces mapped), without the cache', () => {
    const before = caches();
    assert.deepEqual(help(undefined, ['--enable-source-maps']), { stdout: expected, cache: 'undefined' });
    assert.deepEqual(caches(), before);
  });

  test('the bundles are ASCII, read as one-byte text', () => {
    for (const f of ['cli.bundle.js', 'server.bundle.js', 'extract-worker.bundle.js']) assert.ok(isAscii(readFileSync(path.join(dist, f))), f);
  });
});
