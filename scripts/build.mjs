// Bundles the CLI, the language server and the VS Code client with esbuild.
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

// The CLI, the server and the worker start from a small loader (scripts/code-cache-loader.js) that
// runs their bundle through V8's code cache: the bundle is one function, as Node's module wrapper
// would make it, and in ASCII, so the loader reads it as one-byte text.
const MODULE_WRAPPER = { banner: { js: '(function (exports, require, module, __filename, __dirname) {' }, footer: { js: '})' } };
const loaded = [
  { entryPoints: ['server/src/cli.ts'], name: 'cli', shebang: true, plugins: [serverProtocol, catalogAsJson] },
  { entryPoints: ['server/src/server.ts'], name: 'server', shebang: true, plugins: [serverProtocol, catalogAsJson] },
  { entryPoints: ['server/src/node/extract-worker.ts'], name: 'extract-worker', shebang: false, plugins: [catalogAsJson] },
].filter((e) => existsSync(e.entryPoints[0]));
const entries = [
  ...loaded.map(({ entryPoints, name, plugins }) => ({ entryPoints, outfile: `dist/${name}.bundle.js`, plugins, ...MODULE_WRAPPER })),
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
].filter((e) => existsSync(e.entryPoints[0]));

/** Each character past ASCII as a \u escape: esbuild escapes strings, not comments or regular expressions. */
function toAscii(file) {
  const text = readFileSync(file, 'utf8');
  const ascii = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (ascii !== text) writeFileSync(file, ascii);
}

const loader = readFileSync('scripts/code-cache-loader.js', 'utf8');
mkdirSync('dist', { recursive: true });
// The programs start Node with the flags and the environment of server/src/node-flags.json; `env -S`
// splits them from the shebang's one argument, and sets NAME=VALUE words before running node.
const launch = JSON.parse(readFileSync('server/src/node-flags.json', 'utf8'));
const shebangWords = [...Object.entries(launch.env ?? {}).map(([k, v]) => `${k}=${v}`), 'node', ...launch.node];
const shebangLine = shebangWords.length > 1 ? `#!/usr/bin/env -S ${shebangWords.join(' ')}\n` : '#!/usr/bin/env node\n';
for (const { name, shebang } of loaded) {
  writeFileSync(`dist/${name}.js`, (shebang ? shebangLine : '') + loader.replaceAll('__BUNDLE__', JSON.stringify(`${name}.bundle.js`)));
  if (shebang) chmodSync(`dist/${name}.js`, 0o755);
}

const watch = process.argv.includes('--watch');
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning', define: { __INFRANOTES_ENGINE__: JSON.stringify(engine), __INFRANOTES_CATALOG_KEY__: JSON.stringify(builtinCatalogKey) } };

if (watch) {
  for (const e of entries) (await esbuild.context({ ...common, ...e })).watch();
} else {
  await Promise.all(entries.map((e) => esbuild.build({ ...common, ...e })));
  for (const { name } of loaded) toAscii(`dist/${name}.bundle.js`);
}
