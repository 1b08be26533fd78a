// Bundles the CLI, the language server and the VS Code client with esbuild.
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// The engine's version is a hash of the core's sources: a persistent index made by other code is never trusted.
function hashTree(dir, hash) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) hashTree(p, hash);
    else hash.update(p).update(readFileSync(p));
  }
  return hash;
}
const engine = hashTree('server/src/core', createHash('sha1')).digest('hex').slice(0, 16);

// The server's protocol.ts types come from the protocol package vscode-languageserver itself uses:
// the top-level one (the client's, a newer version) put a second copy of the protocol and of
// vscode-jsonrpc into the server, compiled and run at every start.
const languageServerFolder = dirname(createRequire(import.meta.url).resolve('vscode-languageserver/node'));
const serverProtocol = {
  name: 'server-protocol',
  setup(build) {
    build.onResolve({ filter: /^vscode-languageserver-protocol$/ }, (args) => {
      if (args.pluginData === 'server-protocol' || !args.importer.includes(`${join('server', 'src')}`)) return undefined;
      return build.resolve(args.path, { kind: args.kind, resolveDir: languageServerFolder, pluginData: 'server-protocol' });
    });
  },
};

const watch = process.argv.includes('--watch');
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning', define: { __INFRANOTES_ENGINE__: JSON.stringify(engine) } };
const entries = [
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [serverProtocol] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' }, plugins: [serverProtocol] },
  { entryPoints: ['server/src/node/extract-worker.ts'], outfile: 'dist/extract-worker.js' },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
].filter((e) => existsSync(e.entryPoints[0]));

if (watch) {
  for (const e of entries) (await esbuild.context({ ...common, ...e })).watch();
} else {
  await Promise.all(entries.map((e) => esbuild.build({ ...common, ...e })));
}
