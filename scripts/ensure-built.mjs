// Builds the bundles when they are missing or older than the sources, so `npm run infranotes` works on a fresh clone.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir) {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}
const out = 'dist/cli.js';
if (!existsSync('node_modules')) execFileSync('npm', ['ci', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (!existsSync(out) || statSync(out).mtimeMs < newest('server/src')) {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] });
}
