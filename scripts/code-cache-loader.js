'use strict';
// The entry point scripts/build.mjs writes for each bundle: it runs the bundle beside it
// (wrapped by the build in a function, as Node's module wrapper would wrap it) through V8's code
// cache. The first start keeps the code V8 compiled for it (4 s in, or at exit if sooner) in a
// file per user, named by a hash of the bundle's bytes, the Node and V8 versions and the V8 flags;
// the next starts give it to V8 instead of compiling again. V8 checks the file itself and refuses
// one made by another engine or with other flags: a refused file is written again. A bundle that
// changes V8 flags at run time has the cache kept first (keepCodeCacheNow).
// INFRANOTES_CODE_CACHE=off turns the cache off; INFRANOTES_CODE_CACHE=DIR keeps it in DIR.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { isAscii } = require('node:buffer');

const bundle = path.join(__dirname, __BUNDLE__);
let bytes = fs.readFileSync(bundle);
// The build writes the bundle in ASCII: read as one-byte text, it needs no UTF-8 decoding.
const source = typeof isAscii === 'function' && isAscii(bytes) ? bytes.latin1Slice(0, bytes.length) : bytes.toString('utf8');
if (process.sourceMapsEnabled) {
  // --enable-source-maps: Node maps the stack traces of the code its module loader compiles, not
  // of a vm.Script: compiled by the module loader, without the cache.
  const Module = require('node:module');
  const compiled = new Module(bundle, module);
  compiled.filename = bundle;
  compiled.paths = module.paths;
  compiled._compile(`module.exports = ${source}`, bundle);
  compiled.exports.call(exports, exports, require, module, bundle, __dirname);
  return;
}
const cacheFile = codeCacheFile();
// The bundle's bytes (2.2 MB for the server) are not needed past its cache's name: kept, the
// closure that writes the cache held them for the life of the process.
bytes = null;
let cached;
if (cacheFile) {
  try {
    cached = fs.readFileSync(cacheFile);
  } catch {
    // No cache yet (or unreadable): compiled as usual, and kept below.
  }
}
const script = new vm.Script(source, { filename: bundle, cachedData: cached });
if (cacheFile && (cached === undefined || script.cachedDataRejected)) keepCodeCache(script, cacheFile);
// What happened, for tests and diagnostics: off, compiled (no cache yet), refused (by V8) or used.
globalThis[Symbol.for('infranotes.codeCache')] = !cacheFile ? 'off' : cached === undefined ? 'compiled' : script.cachedDataRejected === false ? 'used' : 'refused';
script.runInThisContext().call(exports, exports, require, module, bundle, __dirname);

function codeCacheFile() {
  const setting = process.env.INFRANOTES_CODE_CACHE;
  if (setting === 'off' || setting === '0') return null;
  try {
    const folder = setting || path.join(process.env.XDG_CACHE_HOME || path.join(require('node:os').homedir(), '.cache'), 'infranotes', 'code');
    const runtime = [process.version, process.versions.v8, process.arch, process.execArgv.join(' '), process.env.NODE_OPTIONS || ''].join('\0');
    const key = require('node:crypto').createHash('sha1').update(bytes).update(runtime).digest('hex').slice(0, 24);
    return path.join(folder, `${path.basename(bundle, '.js')}-${key}.bin`);
  } catch {
    return null;
  }
}

function keepCodeCache(compiled, file) {
  let kept = false;
  const keep = () => {
    if (kept) return;
    kept = true;
    try {
      const data = compiled.createCachedData();
      fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
      // Written whole under another name, then renamed: a start never reads half a file.
      const temp = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
      fs.writeFileSync(temp, data, { mode: 0o600 });
      fs.renameSync(temp, file);
      removeOldCaches(file);
    } catch {
      // A cache that cannot be written (read-only home, full disk) only costs the next start its compile.
    }
  };
  setTimeout(keep, 4000).unref();
  process.once('exit', keep);
  // Called by the bundle before it changes a V8 flag (server/src/node/heap.ts): V8 writes the
  // flags' hash into the cache it makes and refuses, at the next start, a cache made under flags
  // other than that start's. Kept at exit after such a change, every server start refused it.
  globalThis[Symbol.for('infranotes.keepCodeCacheNow')] = keep;
}

/**
 * Keeps the four newest caches of this bundle (other versions, other Node versions), removes the
 * rest, and the half-written files of writers that were stopped before their rename (an
 * extraction worker terminated while it wrote at exit) once they are a minute old (a younger one
 * may still be being written).
 */
function removeOldCaches(file) {
  const folder = path.dirname(file);
  const prefix = `${path.basename(bundle, '.js')}-`;
  const names = fs.readdirSync(folder).filter((name) => name.startsWith(prefix));
  const timeOf = (name) => fs.statSync(path.join(folder, name)).mtimeMs;
  const caches = names
    .filter((name) => name.endsWith('.bin'))
    .map((name) => ({ name, time: timeOf(name) }))
    .sort((a, b) => b.time - a.time);
  for (const old of caches.slice(4)) fs.rmSync(path.join(folder, old.name), { force: true });
  for (const name of names) if (name.endsWith('.tmp') && Date.now() - timeOf(name) > 60_000) fs.rmSync(path.join(folder, name), { force: true });
}
