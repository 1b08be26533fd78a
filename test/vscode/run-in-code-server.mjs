// Runs the extension test suite (test/vscode/suite, compiled to out/vscode) inside a real
// VS Code that needs no download: code-server (installed by scripts/e2e/install-deps.sh),
// opened in Chromium so that its extension host starts. The extension runs the suite when
// INFRANOTES_TEST_SUITE is set in its environment, and writes the result to a file.
//
//   node test/vscode/run-in-code-server.mjs     (after node scripts/build.mjs and tsc -p tsconfig.vscode.json)
//
// Prints each failure and a closing "vscode: N passed, M failed" line; exits 1 on failures.
import { existsSync, readFileSync, watch } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { PROJECT_ROOT, ensureCodeServerInstalled, isCodeServerInstalled, startCodeServer } from '../../scripts/e2e/code-server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const SUITE = path.join(PROJECT_ROOT, 'out', 'vscode', 'test', 'vscode', 'suite', 'index.js');
const TIMEOUT_MS = Number(process.env.VSCODE_TESTS_TIMEOUT_MS || 600_000);

async function main() {
  for (const f of [SUITE, path.join(PROJECT_ROOT, 'dist', 'client.js'), path.join(PROJECT_ROOT, 'dist', 'server.js')]) {
    if (!existsSync(f)) throw new Error(`${path.relative(PROJECT_ROOT, f)} is missing: run node scripts/build.mjs && npx tsc -p tsconfig.vscode.json`);
  }
  if (!isCodeServerInstalled()) ensureCodeServerInstalled();
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'infranotes-vscode-'));
  const workspace = path.join(tmp, 'samples');
  const resultFile = path.join(tmp, 'result.json');
  await fs.cp(path.join(PROJECT_ROOT, 'samples'), workspace, { recursive: true });
  // code-server passes its environment on to the extension host.
  process.env.INFRANOTES_TEST_SUITE = SUITE;
  process.env.INFRANOTES_TEST_RESULT = resultFile;
  process.env.INFRANOTES_TEST_WORKSPACE = workspace;

  let cs;
  let browser;
  try {
    cs = await startCodeServer({ folder: workspace, extensionDevPath: PROJECT_ROOT });
    console.log(`[vscode-tests] code-server at ${cs.url}, workspace ${workspace}`);
    browser = await chromium.launch({
      executablePath: process.env.E2E_CHROMIUM || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--lang=en-US'],
    });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    await page.goto(cs.folderUrl, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    // The extension writes the result file whole and renames it into place: wait for that event.
    await new Promise((resolve, reject) => {
      const finish = (err) => {
        watcher.close();
        clearTimeout(timer);
        if (err) reject(err);
        else resolve();
      };
      const watcher = watch(tmp, () => {
        if (existsSync(resultFile)) finish();
      });
      const timer = setTimeout(() => finish(new Error(`the extension test suite did not finish within ${TIMEOUT_MS} ms\n${cs.logTail(40)}`)), TIMEOUT_MS);
      if (existsSync(resultFile)) finish();
    });
    const result = JSON.parse(readFileSync(resultFile, 'utf8'));
    for (const f of result.failures) console.log(`\n✗ ${f.title}\n  ${String(f.error).split('\n').slice(0, 8).join('\n  ')}`);
    console.log(`\nvscode: ${result.passed} passed, ${result.failed} failed`);
    return result.failed ? 1 : 0;
  } finally {
    await browser?.close().catch(() => {});
    await cs?.stop().catch(() => {});
    await fs.rm(tmp, { recursive: true, force: true }).catch(() => {});
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`vscode tests FAILED: ${err?.stack || err}`);
    console.log('vscode: 0 passed, 1 failed');
    process.exit(1);
  },
);
void here;
