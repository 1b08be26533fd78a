// How the server and the CLI start: with the Node flags and environment of server/src/node-flags.json,
// written by the build into their shebang (`#!/usr/bin/env -S NAME=VALUE node FLAGS`) and passed by
// the VS Code client.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { projectRoot } from '../support/paths';
import { shebangEnv, shebangFlags } from '../support/launch';

const launch: { node: string[]; env: Record<string, string> } = JSON.parse(readFileSync(path.join(projectRoot, 'server', 'src', 'node-flags.json'), 'utf8'));
const flags = launch.node;
const dist = path.join(projectRoot, 'dist');

/** The young generation's size after enough garbage that V8 grows it to its maximum. */
function newSpaceMB(nodeFlags: string[]): number {
  const script = `let keep = [];
for (let i = 0; i < 3e6; i++) { keep.push({ i, s: 'x' + i }); if (keep.length > 200000) keep = []; }
const s = require('v8').getHeapSpaceStatistics().find((x) => x.space_name === 'new_space');
process.stdout.write(String(s.space_size / 1048576));`;
  return Number(execFileSync(process.execPath, [...nodeFlags, '-e', script], { encoding: 'utf8' }));
}

describe('the programs start with the project\'s Node flags and environment', () => {
  test('dist/server.js and dist/cli.js carry every flag in their shebang', () => {
    assert.ok(flags.length > 0);
    for (const program of ['server.js', 'cli.js']) assert.deepEqual(shebangFlags(path.join(dist, program)), flags, program);
  });

  test('and every variable of their environment', () => {
    assert.ok(Object.keys(launch.env).length > 0);
    for (const program of ['server.js', 'cli.js']) assert.deepEqual(shebangEnv(path.join(dist, program)), launch.env, program);
  });

  test('the young generation is capped by them: at most 16 MB (two 8 MB halves) against 32 without', () => {
    assert.ok(newSpaceMB(flags) <= 16, `with ${flags.join(' ')}`);
    assert.ok(newSpaceMB([]) > 16, 'without the flags V8 grows it further (else the flag is pointless here)');
  });

  test('run as a program, the server is a Node process with the flags on its command line', { skip: process.platform !== 'linux' && 'reads /proc' }, async () => {
    const proc = spawn(path.join(dist, 'server.js'), ['--stdio'], { stdio: 'pipe' });
    try {
      // The kernel runs env, and env runs node: the command line is node's once a first answer comes.
      const answered = new Promise<void>((resolve, reject) => {
        proc.stdout.once('data', () => resolve());
        proc.once('error', reject);
      });
      const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
      proc.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
      await answered;
      const argv = readFileSync(`/proc/${proc.pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
      assert.match(path.basename(argv[0]), /^node/);
      for (const f of flags) assert.ok(argv.includes(f), `${f} in ${argv.join(' ')}`);
      assert.ok(argv.includes(path.join(dist, 'server.js')));
      // env set them before it ran node (glibc reads them as the process starts).
      const environ = readFileSync(`/proc/${proc.pid}/environ`, 'utf8').split('\0');
      for (const [name, value] of Object.entries(launch.env)) assert.ok(environ.includes(`${name}=${value}`), `${name}=${value} in the server's environment`);
    } finally {
      const exited = new Promise((r) => proc.once('exit', r));
      proc.stdin.end();
      await exited;
    }
  });
});
