// Runs the extension tests (test/vscode/suite) inside a real VS Code with @vscode/test-electron.
//
//   npm run test:vscode
//
// @vscode/test-electron downloads VS Code. Where that is impossible (no internet), this prints
// "SKIPPED: VS Code could not be downloaded (<reason>)" and exits 0: the tests did not run,
// and nothing is reported as passed. VSCODE_EXECUTABLE=/path/to/code uses an installed VS Code
// instead; VSCODE_TEST_VERSION picks the version to download (default: stable).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

const ROOT = path.resolve(__dirname, '../../../..'); // out/vscode/test/vscode → project root
const CACHE = path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'infranotes', 'vscode-test');

function skip(reason: string): never {
  console.log(`SKIPPED: ${reason}`);
  process.exit(fallbackToCodeServer());
}

/**
 * The same suite can run in code-server, which needs no download. When code-server is already
 * installed (scripts/e2e/install-deps.sh), run it there instead; its own closing line says
 * what ran. VSCODE_TESTS_FALLBACK=0 turns this off. Returns the exit code.
 */
function fallbackToCodeServer(): number {
  if (process.env.VSCODE_TESTS_FALLBACK === '0') return 0;
  const probe = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', `import('${path.join(ROOT, 'scripts/e2e/code-server.mjs').replace(/\\/g, '/')}').then((m) => process.exit(m.isCodeServerInstalled() ? 0 : 3))`],
    { encoding: 'utf8' },
  );
  if (probe.status !== 0) {
    console.log('(code-server is not installed either: the extension tests did not run)');
    return 0;
  }
  console.log('Running the extension test suite in code-server instead (test/vscode/run-in-code-server.mjs).');
  const r = spawnSync(process.execPath, [path.join(ROOT, 'test', 'vscode', 'run-in-code-server.mjs')], { stdio: 'inherit' });
  return r.status ?? 1;
}

function oneLine(err: unknown): string {
  const e = err as { message?: string; code?: string };
  return `${e?.code ? `${e.code}: ` : ''}${String(e?.message ?? err).split('\n').map((s) => s.trim()).filter(Boolean).join(' ')}`.slice(0, 300);
}

async function vscodeExecutable(): Promise<string> {
  const given = process.env.VSCODE_EXECUTABLE;
  if (given) {
    if (!existsSync(given)) throw new Error(`VSCODE_EXECUTABLE does not exist: ${given}`);
    return given;
  }
  const version = process.env.VSCODE_TEST_VERSION || 'stable';
  try {
    return await downloadAndUnzipVSCode({ version, cachePath: CACHE, timeout: 20_000 });
  } catch (err) {
    skip(`VS Code could not be downloaded (${oneLine(err)})`);
  }
}

/** Electron needs a display on Linux: use xvfb-run when there is none. */
function needsXvfb(): boolean {
  return process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
}

async function main(): Promise<void> {
  if (!existsSync(path.join(ROOT, 'dist', 'client.js')) || !existsSync(path.join(ROOT, 'dist', 'server.js'))) {
    throw new Error('dist/client.js or dist/server.js is missing: run `node scripts/build.mjs` first');
  }
  const executable = await vscodeExecutable();
  if (needsXvfb() && !process.env.INFRANOTES_UNDER_XVFB) {
    const xvfb = spawnSync('sh', ['-c', 'command -v xvfb-run'], { encoding: 'utf8' }).stdout.trim();
    if (!xvfb) skip('no X display for VS Code (install xvfb, or set DISPLAY)');
    const r = spawnSync(xvfb, ['-a', process.execPath, __filename], {
      stdio: 'inherit',
      env: { ...process.env, INFRANOTES_UNDER_XVFB: '1', VSCODE_EXECUTABLE: executable },
    });
    process.exit(r.status ?? 1);
  }

  // A copy of the sample notes: the tests create notes ("New Event Note").
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'infranotes-vscode-'));
  const workspace = path.join(tmp, 'samples');
  await fs.cp(path.join(ROOT, 'samples'), workspace, { recursive: true });
  try {
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(__dirname, 'suite', 'index'),
      extensionTestsEnv: { INFRANOTES_TEST_WORKSPACE: workspace },
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--locale=en',
        `--user-data-dir=${path.join(tmp, 'user-data')}`,
      ],
    });
  } finally {
    await fs.rm(tmp, { recursive: true, force: true }).catch(() => undefined);
  }
}

main().catch((err) => {
  console.error(`test:vscode FAILED: ${err instanceof Error ? err.stack : String(err)}`);
  process.exit(1);
});
