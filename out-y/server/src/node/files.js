"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.OUTSIDE_FOLDER = exports.OUTSIDE_FILE = exports.DEFAULT_NOTE_FILES = void 0;
exports.isNoteName = isNoteName;
exports.isInside = isInside;
exports.listNoteFiles = listNoteFiles;
exports.fileUri = fileUri;
exports.decodeNoteBytes = decodeNoteBytes;
exports.readNoteFile = readNoteFile;
exports.isPlainTextName = isPlainTextName;
exports.verifyHashes = verifyHashes;
exports.hashFiles = hashFiles;
// File-system side of indexing: which files are notes, reading them, decoding them.
// Used by the CLI and the language server; the core never touches the disk.
const node_crypto_1 = require("node:crypto");
const node_fs_1 = require("node:fs");
const path = __importStar(require("node:path"));
const promises_1 = require("node:timers/promises");
const node_url_1 = require("node:url");
const node_worker_threads_1 = require("node:worker_threads");
const decode_1 = require("../core/decode");
exports.DEFAULT_NOTE_FILES = {
    extensions: ['.md', '.markdown', '.txt'],
    excludeFolders: ['node_modules', '.git', '.hg', '.svn', 'out', 'dist', 'build', 'target', '.vscode-test', '.cache', '__pycache__', '.venv'],
    maxFileBytes: 10 * 1024 * 1024,
};
function isNoteName(name, options) {
    const ext = path.extname(name).toLowerCase();
    if (!ext)
        return !name.startsWith('.');
    return options.extensions.includes(ext);
}
exports.OUTSIDE_FILE = 'symbolic link to a file outside the workspace folders: not read';
exports.OUTSIDE_FOLDER = 'symbolic link to a folder outside the workspace folders: not followed';
/** Whether a real path is one of these folders or inside one. */
function isInside(real, folders) {
    return folders.some((f) => real === f || real.startsWith(f.endsWith(path.sep) ? f : f + path.sep));
}
/**
 * Lists candidate note files under a folder. Skips hidden and excluded folders, enters no folder
 * twice (symbolic link loops), and follows symbolic links only to targets inside `within`:
 * a link out of the workspace is reported in `skipped`, and its target is never listed or read.
 */
async function listNoteFiles(root, options = exports.DEFAULT_NOTE_FILES, skipped = [], list = {}) {
    const seen = new Set();
    const within = list.within ?? [await node_fs_1.promises.realpath(root).catch(() => path.resolve(root))];
    /**
     * Lists one folder and the folders under it; `real` is its real path when known (reached
     * through no symbolic link from a folder whose real path is known): no realpath call then.
     */
    async function walk(dir, real) {
        if (real === null) {
            try {
                real = await node_fs_1.promises.realpath(dir);
            }
            catch (e) {
                skipped.push({ path: dir, reason: `cannot open folder: ${e.code ?? e.message}` });
                return [];
            }
        }
        if (!isInside(real, within)) {
            skipped.push({ path: dir, reason: exports.OUTSIDE_FOLDER });
            return [];
        }
        if (seen.has(real))
            return [];
        seen.add(real);
        let entries;
        try {
            entries = await node_fs_1.promises.readdir(dir, { withFileTypes: true });
        }
        catch (e) {
            skipped.push({ path: dir, reason: `cannot read folder: ${e.code ?? e.message}` });
            return [];
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        const out = [];
        const subdirs = [];
        for (const entry of entries) {
            const full = path.join(dir, entry.name);
            let isDir = entry.isDirectory();
            let isFile = entry.isFile();
            const link = entry.isSymbolicLink();
            if (link) {
                try {
                    const st = await node_fs_1.promises.stat(full);
                    isDir = st.isDirectory();
                    isFile = st.isFile();
                }
                catch (e) {
                    const code = e.code;
                    const reason = code === 'ELOOP' ? 'symbolic link loop' : code === 'ENOENT' ? 'broken symbolic link' : `cannot follow symbolic link: ${code ?? e.message}`;
                    if (isNoteName(entry.name, options))
                        skipped.push({ path: full, reason });
                    continue;
                }
                if (isFile && isNoteName(entry.name, options)) {
                    const target = await node_fs_1.promises.realpath(full).catch(() => null);
                    if (!target || !isInside(target, within)) {
                        skipped.push({ path: full, reason: exports.OUTSIDE_FILE });
                        continue;
                    }
                }
            }
            if (isDir) {
                if (entry.name.startsWith('.') || options.excludeFolders.includes(entry.name))
                    continue;
                if (list.enter && !list.enter(full))
                    continue;
                subdirs.push({ dir: full, real: link ? null : path.join(real, entry.name) });
            }
            else if (isFile && isNoteName(entry.name, options))
                out.push(full);
        }
        // One after another, in name order: which of two paths to the same folder is listed must not depend on timing.
        for (const sub of subdirs)
            for (const f of await walk(sub.dir, sub.real))
                out.push(f);
        return out;
    }
    return walk(root, null);
}
/** Absolute paths whose `file:` URI is the path itself: no character to escape, no `.` or `..` segment. */
const PLAIN_PATH = /^(?:\/[A-Za-z0-9._+,=@-]+)+$/;
const DOT_SEGMENT = /\/\.\.?(?:\/|$)/;
/**
 * A file's `file:` URI, as `pathToFileURL(file).href` gives it; made without a URL object when
 * nothing in the path needs escaping (listing 10k notes: 31–35 ms with URL objects, 4–8 without).
 */
function fileUri(file) {
    if (path.sep === '/' && PLAIN_PATH.test(file) && !DOT_SEGMENT.test(file))
        return 'file://' + file;
    return (0, node_url_1.pathToFileURL)(file).href;
}
/** A note's bytes as text (core/decode.ts decides, damaged UTF-8 included). */
function decodeNoteBytes(bytes) {
    return (0, decode_1.decodeNote)(bytes);
}
async function readNoteFile(file, options = exports.DEFAULT_NOTE_FILES) {
    let handle;
    try {
        handle = await node_fs_1.promises.open(file, 'r');
        const st = await handle.stat();
        if (!st.isFile())
            return { kind: 'skipped', reason: 'not a regular file' };
        if (st.size > options.maxFileBytes) {
            return { kind: 'skipped', reason: `too large: ${(st.size / 1048576).toFixed(1)} MB (limit ${(options.maxFileBytes / 1048576).toFixed(0)} MB)` };
        }
        const bytes = await handle.readFile();
        const decoded = decodeNoteBytes(bytes);
        if (decoded.kind === 'skipped')
            return decoded;
        return { kind: 'text', text: decoded.text, encoding: decoded.encoding, size: st.size, mtimeMs: st.mtimeMs };
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT')
            return { kind: 'skipped', reason: 'deleted before it could be read' };
        if (code === 'EACCES' || code === 'EPERM')
            return { kind: 'skipped', reason: 'permission denied' };
        return { kind: 'skipped', reason: `cannot read: ${code ?? e.message}` };
    }
    finally {
        await handle?.close();
    }
}
/** Plain-text notes: everything that is not markdown. */
function isPlainTextName(file) {
    const ext = path.extname(file).toLowerCase();
    return ext !== '.md' && ext !== '.markdown';
}
/** One buffer for every file verified (a note is read through it a piece at a time). */
const VERIFY_BUFFER = 256 * 1024;
/** How long verifying reads and hashes before it waits for its next turn. */
const VERIFY_SLICE_MS = 4;
/**
 * Hashes each job's file (SHA-1, as the extraction does) and calls `onChanged` with the jobs whose
 * size or modification time differ from the job's, or whose bytes no longer match or cannot be
 * read. On this thread, through one reused buffer: no worker (each is a heap of its own) and no
 * buffer per file. Synchronously, a few milliseconds at a time, each slice after a `turn` (the
 * server's background turns): a promise per open, stat, read and close cost about 1.5 s of
 * process CPU for the 10k corpus, reading and hashing it synchronously 0.4 s.
 */
async function verifyHashes(jobs, onChanged, stale = () => false, turn = () => (0, promises_1.setImmediate)()) {
    const buffer = Buffer.allocUnsafe(VERIFY_BUFFER);
    let slice = -Infinity;
    for (const job of jobs) {
        if (performance.now() - slice > VERIFY_SLICE_MS) {
            await turn();
            slice = performance.now();
        }
        if (stale())
            return;
        let hash;
        try {
            hash = hashFile(job, buffer);
        }
        catch {
            hash = null;
        }
        if (hash !== job.hash)
            onChanged(job);
    }
}
/** The file's hash; null when its size or time differ from the job's (or it is no longer a file). */
function hashFile(job, buffer) {
    const fd = (0, node_fs_1.openSync)(job.file, 'r');
    try {
        if (job.size !== undefined) {
            const st = (0, node_fs_1.fstatSync)(fd);
            if (!st.isFile() || st.size !== job.size || st.mtimeMs !== job.mtimeMs)
                return null;
        }
        const hash = (0, node_crypto_1.createHash)('sha1');
        for (;;) {
            const bytesRead = (0, node_fs_1.readSync)(fd, buffer, 0, buffer.length, null);
            if (!bytesRead)
                return hash.digest('hex');
            hash.update(buffer.subarray(0, bytesRead));
        }
    }
    finally {
        (0, node_fs_1.closeSync)(fd);
    }
}
/**
 * The hashing thread's script: plain JavaScript, so it starts without loading a bundle (the
 * extraction worker's takes about 0.3 s). It reads each file through one reused
 * 1 MB buffer (no buffer per file) and posts everything in one message.
 * "Could hold a character outside the BMP" is extract-worker.ts's mayHaveAstral: a UTF-16 byte
 * order mark, or a byte of 0xF0 or more.
 */
const HASH_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { closeSync, constants, fstatSync, openSync, readSync } = require('node:fs');
const { createHash } = require('node:crypto');
const { files, maxFileBytes, astral: findAstral } = workerData;
const hashes = new Array(files.length).fill('');
const sizes = new Float64Array(files.length);
const mtimes = new Float64Array(files.length);
const astral = new Uint8Array(files.length);
const buffer = Buffer.allocUnsafe(1 << 20);
for (let i = 0; i < files.length; i++) {
  let fd = -1;
  try {
    fd = openSync(files[i], constants.O_RDONLY | constants.O_NONBLOCK);
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > maxFileBytes) continue;
    sizes[i] = st.size;
    mtimes[i] = st.mtimeMs;
    const hash = createHash('sha1');
    let may = false;
    for (let first = true; ; first = false) {
      const got = readSync(fd, buffer, 0, buffer.length, null);
      if (!got) break;
      const bytes = got === buffer.length ? buffer : buffer.subarray(0, got);
      hash.update(bytes);
      if (!findAstral || may) continue;
      if (first && got >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) may = true;
      for (let k = 0; k < got && !may; k++) if (bytes[k] >= 0xf0) may = true;
    }
    hashes[i] = hash.digest('hex');
    astral[i] = may ? 1 : 0;
  } catch {
    hashes[i] = '';
  } finally {
    if (fd >= 0) closeSync(fd);
  }
}
parentPort.postMessage({ hashes: hashes.join(','), sizes, mtimes, astral }, [sizes.buffer, mtimes.buffer, astral.buffer]);
`;
/**
 * Hashes files (SHA-1, as the extraction does) on a thread of its own, so the command line's
 * main thread reads its persistent index meanwhile. Rejects when the thread cannot be started,
 * fails or is stopped (`signal`); a file it cannot read gets the hash ''.
 */
function hashFiles(files, maxFileBytes, astral, signal) {
    return new Promise((resolve, reject) => {
        let worker;
        try {
            worker = new node_worker_threads_1.Worker(HASH_WORKER, { eval: true, workerData: { files, maxFileBytes, astral }, resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 4 } });
        }
        catch (e) {
            reject(e);
            return;
        }
        signal?.addEventListener('abort', () => {
            reject(new Error('hashing stopped'));
            void worker.terminate();
        });
        worker.once('message', (msg) => {
            const hashes = files.length ? msg.hashes.split(',') : [];
            if (hashes.length !== files.length)
                reject(new Error('hashing thread: a result per file expected'));
            else
                resolve({ hashes, sizes: msg.sizes, mtimes: msg.mtimes, astral: msg.astral });
        });
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`hashing thread exited with code ${code}`)));
    });
}
//# sourceMappingURL=files.js.map