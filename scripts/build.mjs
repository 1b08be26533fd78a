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

// The built-in catalog's key, as catalog.ts's catalogKey makes it (a test holds the two equal):
// made here, a start does not serialise and hash the whole catalog.
function catalogKey(tools) {
  const json = JSON.stringify(tools);
  let h = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) h = Math.imul(h ^ json.charCodeAt(i), 0x01000193);
  return `${tools.length}:${json.length}:${(h >>> 0).toString(16)}`;
}
const builtinCatalogKey = catalogKey(JSON.parse(readFileSync('server/src/core/catalog/tools.json', 'utf8')));

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

// The built-in catalog as one JSON.parse of a string: as an object literal, its 330 KB were compiled
// as code at every start, and JSON.parse makes the same objects several times faster.
const catalogAsJson = {
  name: 'catalog-as-json',
  setup(build) {
    build.onLoad({ filter: /[\\/]catalog[\\/]tools\.json$/ }, (args) => ({
      contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8'))))});`,
      loader: 'js',
    }));
  },
};

const watch = process.argv.includes('--watch');
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning', define: { __INFRANOTES_ENGINE__: JSON.stringify(engine), __INFRANOTES_CATALOG_KEY__: JSON.stringify(builtinCatalogKey) } };
const entries = [
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [serverProtocol, catalogAsJson] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' }, plugins: [serverProtocol, catalogAsJson] },
  { entryPoints: ['server/src/node/extract-worker.ts'], outfile: 'dist/extract-worker.js', plugins: [catalogAsJson] },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
].filter((e) => existsSync(e.entryPoints[0]));

if (watch) {
  for (const e of entries) (await esbuild.context({ ...common, ...e })).watch();
} else {
  await Promise.all(entries.map((e) => esbuild.build({ ...common, ...e })));
}
