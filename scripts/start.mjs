// `npm start`: installs, builds and opens the extension in a real VS Code on the bundled sample notes.
// Uses a local `code` when there is one; otherwise starts code-server and prints the URL to open.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
process.chdir(root);
execFileSync(process.execPath, ['scripts/ensure-deps.mjs'], { stdio: 'inherit' });
execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
const samples = path.join(root, 'samples');
const folder = process.argv[2] ? path.resolve(process.argv[2]) : samples;

const code = spawnSync('code', ['--version'], { encoding: 'utf8' });
if (code.status === 0 && !process.env.INFRANOTES_USE_CODE_SERVER) {
  console.log(`Opening ${folder} in VS Code with Infra Notes loaded from ${root}`);
  spawn('code', ['--new-window', `--extensionDevelopmentPath=${root}`, folder], { stdio: 'inherit', detached: true }).unref();
} else {
  execFileSync('bash', ['scripts/e2e/install-deps.sh'], { stdio: 'inherit' });
  spawn(process.execPath, ['scripts/e2e/code-server.mjs', folder], { stdio: 'inherit' }).on('exit', (c) => process.exit(c ?? 0));
}
