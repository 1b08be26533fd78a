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
exports.fileUri = void 0;
exports.catalogKeyOf = catalogKeyOf;
exports.loadUserCatalog = loadUserCatalog;
exports.indexFolder = indexFolder;
exports.readFolderNotes = readFolderNotes;
// Indexes a folder from disk for the CLI: lists notes, loads the user's tool file, takes unchanged
// notes from the persistent index (the one the language server writes for other editors; every
// file's bytes hashed on a thread of their own meanwhile), and extracts the rest on worker
// threads (inline when there are none).
const node_fs_1 = require("node:fs");
const path = __importStar(require("node:path"));
const catalog_1 = require("../core/catalog/catalog");
const user_tools_1 = require("../core/catalog/user-tools");
const mentions_1 = require("../core/mentions");
const version_1 = require("../core/version");
const workspace_index_1 = require("../core/workspace-index");
const extract_pool_1 = require("./extract-pool");
const extract_worker_1 = require("./extract-worker");
const files_1 = require("./files");
const files_2 = require("./files");
Object.defineProperty(exports, "fileUri", { enumerable: true, get: function () { return files_2.fileUri; } });
const index_cache_1 = require("./index-cache");
/** What the persistent index is keyed by besides the engine: the built-in tools and the user's. */
function catalogKeyOf(user) {
    return (0, index_cache_1.sha1)(Buffer.from(catalog_1.BUILTIN_CATALOG_KEY + '\n' + JSON.stringify(user.map((u) => u.entry))));
}
async function loadUserCatalog(root) {
    const realRoot = await node_fs_1.promises.realpath(root).catch(() => path.resolve(root));
    for (const rel of user_tools_1.USER_TOOL_FILES) {
        const file = path.join(root, rel);
        let text;
        try {
            // Never through a symbolic link to outside the folder.
            if (!(0, files_1.isInside)(await node_fs_1.promises.realpath(file), [realRoot]))
                continue;
            text = await node_fs_1.promises.readFile(file, 'utf8');
        }
        catch {
            continue;
        }
        const { tools, problems } = (0, user_tools_1.parseUserTools)(text, (0, files_2.fileUri)(file));
        return { catalog: catalog_1.Catalog.builtin(tools), user: tools, toolFile: { path: file, problems } };
    }
    return { catalog: catalog_1.Catalog.builtin(), user: [], toolFile: null };
}
async function indexFolder(root, options = files_1.DEFAULT_NOTE_FILES, extra = {}) {
    let index;
    const read = await readFolder(root, options, extra, (catalog) => (index = new workspace_index_1.WorkspaceIndex(catalog)));
    return { ...read, index: index };
}
/**
 * The same notes as indexFolder, by URI, without putting them into a workspace index: filing a
 * note under its tools, talks and speakers was 11-15% of the CLI's main-thread time with its
 * persistent index (10k notes, CPU profiles), and an outline asks none of it.
 */
async function readFolderNotes(root, options = files_1.DEFAULT_NOTE_FILES, extra = {}) {
    const notes = new Map();
    const read = await readFolder(root, options, extra, () => ({
        put(note) {
            const stored = (0, mentions_1.storedNote)(note);
            notes.set(stored.uri, stored);
            return stored;
        },
        remove: (uri) => notes.delete(uri),
    }));
    return { ...read, notes };
}
async function readFolder(root, options, extra, sinkFor) {
    const started = performance.now();
    root = path.resolve(root);
    const skipped = [];
    // The main thread extracts too (below): one worker fewer.
    const pool = extract_pool_1.ExtractPool.available() ? new extract_pool_1.ExtractPool(extract_pool_1.ExtractPool.defaultSize(process.env.INFRANOTES_CLI_INLINE !== '0')) : null;
    const cacheFolder = extra.cacheFolder ?? null;
    const cache = cacheFolder ? index_cache_1.IndexCache.forRoots(cacheFolder, [root]) : null;
    // The listing, the tool file and the persistent index are read at the same time.
    const listed = (0, files_1.listNoteFiles)(root, options, skipped);
    const cacheFile = cache
        ? node_fs_1.promises.stat(cache.file).then((st) => st.isFile(), () => false)
        : null;
    const { catalog, user, toolFile } = await loadUserCatalog(root);
    const opening = cache?.open(version_1.ENGINE_VERSION, catalogKeyOf(user), [root]);
    const files = await listed;
    // With a persistent index, every file is hashed on a thread of its own while the main thread
    // reads the index and puts its notes (the hashes do not depend on it); only the files whose
    // bytes changed are extracted after that. Without one, the workers extract every file.
    const stopHashing = new AbortController();
    let hashing = files.length > HASH_THREAD_ABOVE && (await cacheFile) ? (0, files_2.hashFiles)(files, options.maxFileBytes, extra.keepTexts === true, stopHashing.signal).catch(() => null) : null;
    // Workers take a moment to start (about 0.3 s of loading): while the persistent index is read,
    // since they read every file in any case (to extract it, or to check its hash without a
    // hashing thread).
    if (!hashing && files.length > POOL_ABOVE)
        pool?.prestart();
    const cached = new Map();
    if (opening)
        for (const entry of (await opening).entries)
            cached.set(entry.note.uri, entry);
    if (hashing && !cached.size) {
        // A file of another engine or catalog, or unreadable: everything is extracted, at once.
        stopHashing.abort();
        hashing = null;
    }
    const sink = sinkFor(catalog);
    const texts = extra.keepTexts ? new Map() : undefined;
    // A note the persistent index holds goes into the index from it at once, while its bytes are
    // checked by their hash (cheap next to extracting it; every file is read for it anyway, so no
    // stat first: that was 0.2 s at 10k notes); a note whose bytes changed is extracted again and
    // replaces it.
    const early = [];
    const jobs = files.map((file) => {
        const job = { file, uri: (0, files_2.fileUri)(file), plainText: (0, files_1.isPlainTextName)(file), withText: extra.keepTexts };
        const entry = cached.get(job.uri);
        if (entry) {
            job.hash = entry.hash;
            early.push(entry.note);
        }
        return job;
    });
    const fileOf = new Map(jobs.map((j) => [j.uri, j.file]));
    const done = new Set();
    /** Extracted again or gone: what the persistent index holds for them is out of date. */
    const replaced = new Set();
    let fromCache = 0;
    const take = (results) => {
        for (const r of results) {
            done.add(r.uri);
            if (r.text !== undefined)
                texts?.set(r.uri, r.text);
            const entry = r.unchanged ? cached.get(r.uri) : undefined;
            if (entry) {
                // Put in the index below, or already there. Same bytes at another time (a copy, a
                // checkout): the language server compares size and time first, so the entry learns them.
                fromCache++;
                if (r.size !== undefined && r.mtimeMs !== undefined && (r.size !== entry.size || r.mtimeMs !== entry.mtimeMs))
                    cache?.set(r.uri, { ...entry, size: r.size, mtimeMs: r.mtimeMs });
                continue;
            }
            replaced.add(r.uri);
            if (r.note) {
                const note = sink.put(r.note);
                if (r.size !== undefined && r.mtimeMs !== undefined && r.hash)
                    cache?.set(r.uri, { size: r.size, mtimeMs: r.mtimeMs, hash: r.hash, note, headings: r.headings ?? [] });
            }
            else {
                sink.remove(r.uri);
                cache?.delete(r.uri);
                if (r.skipped)
                    skipped.push({ path: fileOf.get(r.uri) ?? r.uri, reason: r.skipped });
            }
        }
    };
    let toExtract = jobs;
    if (hashing) {
        for (const note of early)
            sink.put(note);
        const hashed = await hashing;
        if (hashed) {
            toExtract = [];
            for (let i = 0; i < jobs.length; i++) {
                const job = jobs[i];
                const hash = hashed.hashes[i];
                // The text of a note with characters outside the BMP (for code-point columns) is read
                // by the extraction path, which takes it from the persistent index if it is unchanged.
                if (!hash || hash !== job.hash || (extra.keepTexts && hashed.astral[i]))
                    toExtract.push(job);
                else
                    take([{ uri: job.uri, unchanged: true, size: hashed.sizes[i], mtimeMs: hashed.mtimes[i], hash }]);
            }
        }
    }
    let running = null;
    if (pool && toExtract.length > POOL_ABOVE) {
        const inline = process.env.INFRANOTES_CLI_INLINE === '0' ? undefined : (job) => (0, extract_worker_1.extractFileSync)(job, catalog, options.maxFileBytes);
        running = pool.run(toExtract, user, options.maxFileBytes, take, undefined, inline);
    }
    // While the workers read and hash (their results wait for this loop to end).
    if (!hashing)
        for (const note of early)
            if (!replaced.has(note.uri))
                sink.put(note);
    if (running) {
        try {
            await running;
        }
        catch {
            // A failed worker: the rest runs inline below.
        }
    }
    for (const job of toExtract) {
        if (done.has(job.uri))
            continue;
        take([await (0, extract_worker_1.extractFile)(job, catalog, options.maxFileBytes)]);
    }
    if (cache) {
        cache.retain(new Set(jobs.map((j) => j.uri)));
        await cache.save();
    }
    await pool?.close();
    skipped.sort((a, b) => a.path.localeCompare(b.path));
    return { root, catalog, skipped, toolFile, millis: performance.now() - started, texts, fromCache, files: fileOf };
}
/** Folders of more files than this are extracted on worker threads (fewer: on the main thread, no worker to start). */
const POOL_ABOVE = 32;
/** Folders of more files than this, with a persistent index, are hashed on a thread of their own. */
const HASH_THREAD_ABOVE = 32;
//# sourceMappingURL=folder.js.map