// End-to-end test: the Infra Notes extension in a real VS Code (code-server)
// in a real browser (Debian's Chromium, driven by playwright-core).
//
//   node test/e2e/e2e.mjs            (npm run test:e2e)
//
// It builds nothing: run `npm run build` first so dist/ is current.
// Steps: install deps (apt packages + cached code-server; fast when warm),
// start code-server with this project installed as an extension, open the
// folder in Chromium, run scenario(), screenshots into test/e2e/screenshots/.
//
// Environment:
//   E2E_FOLDER            folder to open (default: samples/, or a temp folder with a note if it has no .md)
//   E2E_NOTE              markdown file (relative to the folder) the scenario opens (default: first *.md)
//   E2E_EXTENSION_PATH    extension folder to install (default: the project root)
//   E2E_SCENARIO          module exporting `scenario(page, ctx)` to run instead of the built-in one
//   E2E_CHROMIUM          browser binary (default /usr/bin/chromium)
//   E2E_SCREENSHOTS       screenshot folder (default test/e2e/screenshots/, emptied at start)
//   E2E_SKIP_INSTALL=1    do not run scripts/e2e/install-deps.sh
//   E2E_TIMEOUT_MS        per-step timeout of the helpers (default 30000)
//   E2E_TOTAL_TIMEOUT_MS  whole-run deadline (default 600000)
//   E2E_VERBOSE=1         echo code-server's output;  E2E_KEEP_TMP=1 keep its temp dirs

import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import {
  PROJECT_ROOT,
  ensureCodeServerInstalled,
  startCodeServer,
} from '../../scripts/e2e/code-server.mjs';
import * as vsc from './vscode-page.mjs';
import * as infranotes from './infranotes-scenario.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const SCREENSHOTS = path.resolve(process.env.E2E_SCREENSHOTS || path.join(here, 'screenshots'));
const CHROMIUM = process.env.E2E_CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox', // we run as root in CI
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-dev-shm-usage',
  '--lang=en-US',
];
const VIEWPORT = { width: 1440, height: 900 };

// ==========================================================================
// The Infra Notes scenario: add the real assertions for the extension here.
// `ctx`: { folder, note, shot(name), assert, codeServer, vsc (the helpers) }.
// ==========================================================================
async function scenario(page, ctx) {
  const { note, shot } = ctx;

  // Smoke: a markdown note opens through Quick Open and is rendered.
  await vsc.openFile(page, note);
  const text = await vsc.visibleEditorText(page);
  assert.ok(text.trim().length > 0, `editor for ${note} shows no text`);
  await shot('note-open');

  // The Infra Notes tour (hover card, tool card, views, search; in English, Korean and
  // Japanese) needs the sample notes: test/e2e/infranotes-scenario.mjs.
  if (existsSync(path.join(ctx.folder, infranotes.NOTE_KO))) {
    await infranotes.scenario(page, ctx);
  } else {
    ctx.log(`${ctx.folder} is not the samples folder: only the smoke test ran`);
  }
}

// --------------------------------------------------------------------------

function firstMarkdown(dir, rel = '') {
  let entries;
  try {
    entries = readdirSync(path.join(dir, rel), { withFileTypes: true });
  } catch {
    return null;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.isFile() && /\.md$/i.test(e.name)) return path.posix.join(rel, e.name);
  }
  for (const e of entries) {
    if (e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules') {
      const found = firstMarkdown(dir, path.posix.join(rel, e.name));
      if (found) return found;
    }
  }
  return null;
}

const FALLBACK_NOTE = `# KubeCon + Cloud-Native Meetup notes

- Event: Cloud Native Seoul Meetup 2024
- Talk: "Running Kubernetes at scale" — speaker: Kim Minji
- Tools mentioned: Kubernetes, Terraform, Prometheus, Argo CD

## 한국어 메모

쿠버네티스 운영 사례 발표. 테라폼으로 인프라를 관리한다.

## 日本語メモ

インフラ勉強会：Kubernetes と Terraform の運用事例。
`;

async function resolveFolder() {
  let folder = process.env.E2E_FOLDER ? path.resolve(process.env.E2E_FOLDER) : path.join(PROJECT_ROOT, 'samples');
  let temp = null;
  if (!existsSync(folder) || (!process.env.E2E_FOLDER && !firstMarkdown(folder))) {
    if (process.env.E2E_FOLDER) throw new Error(`E2E_FOLDER does not exist: ${folder}`);
    temp = await fs.mkdtemp(path.join(os.tmpdir(), 'infranotes-e2e-folder-'));
    await fs.writeFile(path.join(temp, 'meetup-notes.md'), FALLBACK_NOTE);
    console.log(`[e2e] ${folder} has no markdown notes yet; using a temp folder ${temp}`);
    folder = temp;
  }
  const note = process.env.E2E_NOTE || firstMarkdown(folder);
  if (!note) throw new Error(`no .md file in ${folder} (set E2E_NOTE)`);
  return { folder, note, temp };
}

function withDeadline(promise, ms, what) {
  let t;
  const timeout = new Promise((_, reject) => {
    t = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(t));
}

async function main() {
  const t0 = Date.now();
  const log = (msg) => console.log(`[e2e +${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);
  let codeServer;
  let browser;
  let page;
  let tempFolder;
  const consoleErrors = [];
  let shotNo = 0;
  const shot = async (name) => {
    const file = await vsc.screenshot(page, SCREENSHOTS, `${String(++shotNo).padStart(2, '0')}-${name}`);
    log(`screenshot ${path.relative(process.cwd(), file)}`);
    return file;
  };

  try {
    if (process.env.E2E_SKIP_INSTALL !== '1') {
      log('installing / checking dependencies');
      ensureCodeServerInstalled();
    }
    await fs.rm(SCREENSHOTS, { recursive: true, force: true });
    await fs.mkdir(SCREENSHOTS, { recursive: true });

    const { folder, note, temp } = await resolveFolder();
    tempFolder = temp;
    const extensionDevPath = path.resolve(process.env.E2E_EXTENSION_PATH || PROJECT_ROOT);
    let scenarioFn = scenario;
    if (process.env.E2E_SCENARIO) {
      const mod = await import(pathToFileURL(path.resolve(process.env.E2E_SCENARIO)).href);
      scenarioFn = mod.scenario ?? mod.default;
      if (typeof scenarioFn !== 'function') throw new Error(`${process.env.E2E_SCENARIO} exports no scenario()`);
    }

    log(`starting code-server on ${folder} with extension ${extensionDevPath}`);
    codeServer = await startCodeServer({ folder, extensionDevPath });
    log(`code-server ready at ${codeServer.url}`);

    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' });
    page = await context.newPage();
    page.on('pageerror', (err) => consoleErrors.push(`pageerror: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(`console: ${msg.text()}`);
    });

    log(`opening ${codeServer.folderUrl}`);
    await page.goto(codeServer.folderUrl, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await vsc.waitForWorkbench(page);
    log('workbench is up');
    await shot('workbench');

    await scenarioFn(page, { folder, note, shot, assert, codeServer, vsc, log });

    log('scenario passed');
    console.log('E2E PASSED');
    console.log('e2e: 1 passed, 0 failed');
    return 0;
  } catch (err) {
    if (page) {
      try {
        await shot('failure');
      } catch {
        /* page gone */
      }
    }
    // Offline, the workbench keeps asking the marketplace: that noise hides the real errors.
    const noise = /open-vsx\.org|ERR_NAME_NOT_RESOLVED|ENOTFOUND|vsda/;
    const errors = consoleErrors.filter((e) => !noise.test(e)).map((e) => (e.length > 600 ? `${e.slice(0, 600)} …` : e));
    if (errors.length) console.error(`--- browser errors (last 15 of ${errors.length}, marketplace noise left out) ---\n${errors.slice(-15).join('\n')}`);
    if (codeServer) {
      const tail = codeServer.logTail(200).split('\n').filter((l) => l.trim() && !noise.test(l)).slice(-30).join('\n');
      console.error(`--- code-server output (last 30 lines, marketplace noise left out; ${codeServer.logFile}) ---\n${tail}`);
    }
    // Last, so that a CI log that keeps only the end still says what failed.
    console.error(`E2E FAILED: ${err?.stack || err}`);
    console.log('e2e: 0 passed, 1 failed');
    return 1;
  } finally {
    await browser?.close().catch(() => {});
    await codeServer?.stop().catch(() => {});
    if (tempFolder) await fs.rm(tempFolder, { recursive: true, force: true }).catch(() => {});
  }
}

const total = Number(process.env.E2E_TOTAL_TIMEOUT_MS || 600_000);
withDeadline(main(), total, 'the e2e run')
  .then((code) => process.exit(code))
  .catch((err) => {
    console.error(`E2E FAILED: ${err.message}`);
    console.log('e2e: 0 passed, 1 failed');
    process.exit(1); // code-server's process group is killed by its 'exit' handler
  });
