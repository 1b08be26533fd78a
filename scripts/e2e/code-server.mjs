// Starts a throw-away code-server (VS Code in the browser) with the extension
// at `extensionDevPath` installed, on a folder, for end-to-end tests and for
// trying the extension by hand.
//
// Library:
//   import { startCodeServer } from './scripts/e2e/code-server.mjs';
//   const cs = await startCodeServer({ folder, extensionDevPath });
//   ... open cs.folderUrl in a browser ...
//   await cs.stop();
//
// CLI (prints the URL and runs until Ctrl+C):
//   node scripts/e2e/code-server.mjs [FOLDER] [--port N]
//   FOLDER defaults to the project's samples/ folder; the extension is the
//   project root (package.json + dist/), so run `npm run build` first.
//
// code-server itself is installed (once, cached outside the checkout) by
// scripts/e2e/install-deps.sh; ensureCodeServerInstalled() runs it.

import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, rmSync } from 'node:fs';
import fs from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = process.env.CODE_SERVER_VERSION || '4.100.3';

const here = path.dirname(fileURLToPath(import.meta.url));
export const PROJECT_ROOT = path.resolve(here, '..', '..');
export const INSTALL_SCRIPT = path.join(here, 'install-deps.sh');

export function codeServerDir() {
  if (process.env.INFRANOTES_CODE_SERVER_DIR) return process.env.INFRANOTES_CODE_SERVER_DIR;
  const cacheRoot =
    process.env.INFRANOTES_CACHE_DIR ||
    path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'infranotes');
  return path.join(cacheRoot, `code-server-${CODE_SERVER_VERSION}`);
}

export function isCodeServerInstalled(dir = codeServerDir()) {
  const marker = path.join(dir, '.infranotes-install-complete');
  try {
    return readFileSync(marker, 'utf8').trim() === CODE_SERVER_VERSION;
  } catch {
    return false;
  }
}

/** Runs install-deps.sh (apt packages + cached code-server build). Idempotent; fast when warm. */
export function ensureCodeServerInstalled({ quiet = false } = {}) {
  const r = spawnSync('bash', [INSTALL_SCRIPT], {
    stdio: ['ignore', quiet ? 'pipe' : 'inherit', quiet ? 'pipe' : 'inherit'],
    env: { ...process.env, CODE_SERVER_VERSION },
  });
  if (r.status !== 0) {
    if (quiet) process.stderr.write(String(r.stdout ?? '') + String(r.stderr ?? ''));
    throw new Error(`${INSTALL_SCRIPT} failed (exit ${r.status ?? r.signal})`);
  }
}

/** Settings that make the workbench deterministic for tests. */
export const TEST_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.settings.enableNaturalLanguageSearch': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  // 'window.commandCenter' deliberately left at its default.
  'editor.hover.delay': 300,
  'editor.accessibilitySupport': 'off',
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'typescript.disableAutomaticTypeAcquisition': true,
  'npm.fetchOnlinePackageInfo': false,
};

/** Reads publisher/name/version of an extension folder -> "publisher.name-version". */
export function extensionFolderName(extensionDevPath) {
  const pkg = JSON.parse(readFileSync(path.join(extensionDevPath, 'package.json'), 'utf8'));
  if (!pkg.publisher || !pkg.name || !pkg.version) {
    throw new Error(`${extensionDevPath}/package.json needs publisher, name and version`);
  }
  return `${pkg.publisher}.${pkg.name}-${pkg.version}`;
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function httpGet(url, timeoutMs) {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { timeout: timeoutMs }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
  });
}

// Variables that would make code-server act as a client of another instance,
// or override our port/auth.
const SCRUBBED_ENV = [
  'PORT', 'PASSWORD', 'HASHED_PASSWORD', 'GITHUB_TOKEN',
  'VSCODE_IPC_HOOK_CLI', 'VSCODE_PROXY_URI', 'VSCODE_DEV', 'VSCODE_CLI', 'ELECTRON_RUN_AS_NODE',
  'CS_DISABLE_FILE_DOWNLOADS', 'CS_DISABLE_GETTING_STARTED_OVERRIDE',
];

/**
 * Starts code-server. Resolves once its HTTP endpoint answers.
 * @param {object} opts
 * @param {string} opts.folder             folder to open (absolute or relative to cwd)
 * @param {string} [opts.extensionDevPath] extension folder (package.json + dist/) to install; omit for none
 * @param {number} [opts.port]             default: a free port
 * @param {object} [opts.settings]         extra user settings (merged over TEST_SETTINGS)
 * @param {boolean} [opts.copyExtension]   copy instead of symlink (default: symlink)
 * @param {number} [opts.startTimeoutMs]   default 60000
 * @param {boolean} [opts.verbose]         echo code-server output (default: env E2E_VERBOSE=1)
 * @param {boolean} [opts.keepTemp]        keep the temp dirs after stop() (default: env E2E_KEEP_TMP=1)
 * @returns {Promise<{url: string, folderUrl: string, port: number, folder: string, tmpDir: string,
 *   userDataDir: string, extensionsDir: string, logFile: string, logTail: () => string,
 *   stop: () => Promise<void>}>}
 */
export async function startCodeServer({
  folder,
  extensionDevPath,
  port,
  settings = {},
  copyExtension = process.env.E2E_COPY_EXTENSION === '1',
  startTimeoutMs = 60_000,
  verbose = process.env.E2E_VERBOSE === '1',
  keepTemp = process.env.E2E_KEEP_TMP === '1',
} = {}) {
  if (!folder) throw new Error('startCodeServer: folder is required');
  folder = path.resolve(folder);
  if (!existsSync(folder)) throw new Error(`startCodeServer: folder does not exist: ${folder}`);

  const csDir = codeServerDir();
  if (!isCodeServerInstalled(csDir)) {
    throw new Error(`code-server ${CODE_SERVER_VERSION} is not installed in ${csDir}: run bash ${path.relative(process.cwd(), INSTALL_SCRIPT) || INSTALL_SCRIPT}`);
  }

  // Short temp path: code-server puts a unix socket in the user-data-dir (108-byte limit).
  const tmpDir = await fs.mkdtemp(path.join(os.tmpdir(), 'infranotes-e2e-'));
  const userDataDir = path.join(tmpDir, 'user-data');
  const extensionsDir = path.join(tmpDir, 'extensions');
  const xdgDir = path.join(tmpDir, 'xdg');
  const configFile = path.join(tmpDir, 'config.yaml');
  const logFile = path.join(tmpDir, 'code-server.log');
  await fs.mkdir(path.join(userDataDir, 'User'), { recursive: true });
  await fs.mkdir(extensionsDir, { recursive: true });
  await fs.mkdir(path.join(xdgDir, 'config'), { recursive: true });
  await fs.mkdir(path.join(xdgDir, 'data'), { recursive: true });

  await fs.writeFile(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...TEST_SETTINGS, ...settings }, null, 2) + '\n',
  );

  if (extensionDevPath) {
    extensionDevPath = path.resolve(extensionDevPath);
    const target = path.join(extensionsDir, extensionFolderName(extensionDevPath));
    if (copyExtension) {
      await fs.cp(extensionDevPath, target, {
        recursive: true,
        filter: (src) => !/[\\/](\.git|test[\\/]e2e[\\/]screenshots)$/.test(src),
      });
    } else {
      await fs.symlink(extensionDevPath, target, 'dir');
    }
    const main = JSON.parse(readFileSync(path.join(extensionDevPath, 'package.json'), 'utf8')).main;
    if (main && !existsSync(path.resolve(extensionDevPath, main))) {
      console.warn(`[code-server] warning: ${path.join(extensionDevPath, main)} does not exist (not built?); the extension cannot activate`);
    }
  }

  const env = { ...process.env, XDG_CONFIG_HOME: path.join(xdgDir, 'config'), XDG_DATA_HOME: path.join(xdgDir, 'data') };
  for (const k of SCRUBBED_ENV) delete env[k];

  const explicitPort = port;
  const maxAttempts = explicitPort ? 1 : 3;
  let lastError;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    port = explicitPort ?? (await freePort());
    await fs.writeFile(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
    const args = [
      path.join(csDir, 'out', 'node', 'entry.js'),
      '--config', configFile,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--extensions-dir', extensionsDir,
      '--user-data-dir', userDataDir,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      folder,
    ];
    const out = createWriteStream(logFile, { flags: 'a' });
    // detached: own process group, so stop() can end code-server and all its
    // children (extension host, pty host, file watcher) together.
    const child = spawn(process.execPath, args, { cwd: tmpDir, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const tail = [];
    const onData = (chunk) => {
      out.write(chunk);
      if (verbose) process.stderr.write(chunk);
      tail.push(...String(chunk).split('\n'));
      if (tail.length > 200) tail.splice(0, tail.length - 200);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    let exited = null;
    const exitPromise = new Promise((resolve) => child.on('exit', (code, signal) => { exited = { code, signal }; resolve(); }));
    const logTail = (n = 40) => tail.slice(-n).join('\n');

    const killGroup = (signal) => {
      try { process.kill(-child.pid, signal); } catch { /* already gone */ }
    };
    // If the caller exits without stop() (deadline, uncaught error), still end
    // code-server's process group and remove the temp dirs.
    const onProcessExit = () => {
      killGroup('SIGKILL');
      if (!keepTemp) {
        try { rmSync(tmpDir, { recursive: true, force: true }); } catch { /* best effort */ }
      }
    };
    process.on('exit', onProcessExit);

    let ready = false;
    let stopped = false;
    const stop = async () => {
      if (stopped) return;
      stopped = true;
      process.off('exit', onProcessExit);
      if (!exited) {
        killGroup('SIGTERM');
        const t = setTimeout(() => killGroup('SIGKILL'), 5000);
        await exitPromise;
        clearTimeout(t);
      }
      killGroup('SIGKILL'); // stragglers in the group (extension host etc.)
      await new Promise((r) => out.end(r));
      if (!keepTemp && ready) await fs.rm(tmpDir, { recursive: true, force: true }).catch(() => {});
    };

    // Wait for the HTTP endpoint: poll with a deadline, never a blind sleep.
    const url = `http://127.0.0.1:${port}/`;
    const deadline = Date.now() + startTimeoutMs;
    while (!exited && Date.now() < deadline) {
      try {
        const status = await httpGet(`${url}healthz`, 2000);
        if (status === 200) { ready = true; break; }
      } catch { /* not listening yet */ }
      await Promise.race([exitPromise, new Promise((r) => setTimeout(r, 200))]);
    }
    if (ready) {
      return {
        url,
        folderUrl: `${url}?folder=${encodeURIComponent(folder)}`,
        port,
        folder,
        tmpDir,
        userDataDir,
        extensionsDir,
        logFile,
        logTail,
        process: child,
        stop,
      };
    }
    const why = exited
      ? `code-server exited early (code ${exited.code}, signal ${exited.signal})`
      : `code-server did not answer on ${url}healthz within ${startTimeoutMs} ms`;
    lastError = new Error(`${why}\n--- last code-server output ---\n${logTail()}`);
    const portClash = exited && /EADDRINUSE/.test(logTail(200));
    await stop();
    if (!portClash) break;
  }
  if (!keepTemp) await fs.rm(tmpDir, { recursive: true, force: true }).catch(() => {});
  throw lastError;
}

// ------------------------------------------------------------------- CLI
async function cli(argv) {
  let folder;
  let port;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--port') port = Number(argv[++i]);
    else if (a.startsWith('--port=')) port = Number(a.slice(7));
    else if (a === '-h' || a === '--help') {
      console.log('usage: node scripts/e2e/code-server.mjs [FOLDER] [--port N]\n' +
        'Starts code-server with this project\'s extension on FOLDER (default: samples/) and prints the URL.');
      return;
    } else folder = a;
  }
  folder = path.resolve(folder ?? path.join(PROJECT_ROOT, 'samples'));
  if (!isCodeServerInstalled()) ensureCodeServerInstalled();
  const cs = await startCodeServer({ folder, extensionDevPath: PROJECT_ROOT, port });
  const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8'));
  console.log(`code-server ${CODE_SERVER_VERSION} is running with ${pkg.displayName ?? pkg.name} ${pkg.version} on ${folder}`);
  console.log(`open: ${cs.folderUrl}`);
  console.log(`(log: ${cs.logFile}; Ctrl+C to stop)`);
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    await cs.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  cs.process.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`code-server exited (code ${code}, signal ${signal})\n${cs.logTail()}`);
    process.exit(1);
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  cli(process.argv.slice(2)).catch((err) => {
    console.error(`error: ${err.message}`);
    process.exit(1);
  });
}
