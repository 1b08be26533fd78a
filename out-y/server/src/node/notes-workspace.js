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
exports.NotesWorkspace = exports.TOOL_FILE_OUTSIDE = exports.fileUri = void 0;
exports.canonicalUri = canonicalUri;
exports.waitAtMost = waitAtMost;
exports.uriToPath = uriToPath;
const node_fs_1 = require("node:fs");
const path = __importStar(require("node:path"));
const promises_1 = require("node:timers/promises");
const node_url_1 = require("node:url");
const catalog_1 = require("../core/catalog/catalog");
const user_tools_1 = require("../core/catalog/user-tools");
const context_1 = require("../core/features/context");
const search_snapshot_1 = require("../core/features/search-snapshot");
const protocol_1 = require("../protocol");
const version_1 = require("../core/version");
const mentions_1 = require("../core/mentions");
const extract_pool_1 = require("./extract-pool");
const extract_worker_1 = require("./extract-worker");
const files_1 = require("./files");
Object.defineProperty(exports, "fileUri", { enumerable: true, get: function () { return files_1.fileUri; } });
const index_cache_1 = require("./index-cache");
const folder_1 = require("./folder");
const heap_1 = require("./heap");
const warm_up_1 = require("./warm-up");
const glob_1 = require("./glob");
const settings_1 = require("./settings");
/** Any `file:` URI (as VS Code, Neovim or Helix spell it) in the one form the index uses. */
function canonicalUri(uri) {
    if (!uri.startsWith('file:'))
        return uri;
    try {
        return (0, files_1.fileUri)((0, node_url_1.fileURLToPath)(uri));
    }
    catch {
        return uri;
    }
}
/** Waits for `promise` (none: not at all), at most `maxMs`. */
async function waitAtMost(promise, maxMs) {
    if (!promise)
        return;
    let timer;
    await Promise.race([promise, new Promise((resolve) => (timer = setTimeout(resolve, maxMs)))]);
    clearTimeout(timer);
}
function uriToPath(uri) {
    try {
        return uri.startsWith('file:') ? (0, node_url_1.fileURLToPath)(uri) : null;
    }
    catch {
        return null;
    }
}
const BATCH = 16;
/** Fewer jobs than this are extracted on this thread: starting the workers costs more. */
const POOL_MIN_JOBS = 32;
/** How long the thread keeps taking notes from the persistent index before it lets requests in. */
const SLICE_MS = 8;
exports.TOOL_FILE_OUTSIDE = 'the tool file setting points outside the workspace folder: not read';
class NotesWorkspace {
    ctx = new context_1.FeatureContext(catalog_1.Catalog.builtin());
    settings = (0, settings_1.readSettings)({});
    /** Absolute paths of the workspace folders. */
    rootPaths = [];
    /** Open documents: their text wins over the disk's. */
    overlays = new Map();
    skipped = new Map();
    indexing = false;
    /** Milliseconds the last complete index took. */
    millis = 0;
    /** Complete index runs so far. */
    runs = 0;
    generation = 0;
    /** Notes taken from the persistent index in the last run. */
    fromCache = 0;
    /** Where the persistent index lives (the editor's storage, a setting, or ~/.cache); null disables it. */
    cacheFolder = (0, index_cache_1.defaultCacheFolder)();
    cache = null;
    /** The search snapshot read with the persistent index: the search answers from it until the index's own search rows are made (server.ts). */
    searchSnapshot = null;
    pool = extract_pool_1.ExtractPool.available() ? new extract_pool_1.ExtractPool() : null;
    userTools = [];
    catalogKey = '';
    toolReload = null;
    idleWaiters = [];
    /**
     * Tickets order the operations on paths (a watcher event, a closed document, a reindex), which
     * run concurrently and finish in any order: each takes a ticket before it looks at the disk,
     * and may change a note's entry only if no newer ticket was taken for that path or a folder
     * above it since. So a slow read never overwrites a newer one, and a note deleted (or its
     * folder deleted) while it was being read does not come back. Cleared when nothing is in flight.
     */
    ticket = 0;
    latest = new Map();
    inFlight = 0;
    /**
     * What the load of the persistent index waits for between its slices: the next turn, or (the
     * server's) until the requests waiting have run, which the search snapshot answers meanwhile:
     * turn for turn, a request's 2 ms slices each waited for an 8 ms slice of the load.
     */
    loadTurn = () => (0, promises_1.setImmediate)();
    /** Waits for a moment when background work may run (the server's scheduler); a scheduled save of the persistent index waits for one between batches. */
    backgroundTurn = () => (0, promises_1.setImmediate)();
    onChange = () => { };
    onProgress = () => { };
    log = () => { };
    constructor() {
        if (this.pool)
            this.pool.onIdleStop = () => this.log('extraction workers stopped while idle (they start again when needed)');
    }
    get roots() {
        return this.rootPaths.slice();
    }
    setRoots(paths) {
        this.rootPaths = [...new Set(paths.map((p) => path.resolve(p)))];
        this.ctx.roots = this.rootPaths.map(files_1.fileUri);
        this.realRoots = null;
    }
    /** The workspace folders' real paths (symbolic links resolved): nothing outside them is ever read. */
    realRoots = null;
    realRootPaths() {
        this.realRoots ??= Promise.all(this.rootPaths.map((r) => node_fs_1.promises.realpath(r).catch(() => r)));
        return this.realRoots;
    }
    /** Whether reading a path would leave the workspace folders (it is, or passes through, a symbolic link to outside). */
    async leavesRoots(file) {
        const real = await node_fs_1.promises.realpath(file).catch(() => null);
        return !!real && !(0, files_1.isInside)(real, await this.realRootPaths());
    }
    /** How the index lists a folder: the settings' excluded folders are not entered, links lead nowhere outside. */
    async listing() {
        return { enter: (dir) => this.shouldEnter(dir), within: await this.realRootPaths() };
    }
    /** The editor's language, for the words of cards (LSP `initialize.locale`). */
    locale = 'en';
    setSettings(settings) {
        this.settings = settings;
        this.ctx.options = { hoverDetail: settings.hover.detail, locale: this.locale };
    }
    /** Resolves when no index run is going on. */
    whenIdle() {
        if (!this.indexing)
            return Promise.resolve();
        return new Promise((resolve) => this.idleWaiters.push(resolve));
    }
    // ---- which files matter
    toolFilePaths() {
        const rels = [this.settings.toolFile];
        if (this.settings.toolFile === protocol_1.DEFAULT_SETTINGS.toolFile)
            rels.push('.infranotes/tools.yml');
        return this.rootPaths.flatMap((root) => rels.map((rel) => path.resolve(root, rel)));
    }
    isToolFilePath(file) {
        return this.toolFilePaths().includes(path.resolve(file));
    }
    rootOf(file) {
        return this.rootPaths.find((r) => file === r || file.startsWith(r.endsWith(path.sep) ? r : r + path.sep));
    }
    /** A file the index should hold: under a folder, not in a hidden or excluded folder, a note by name and settings. */
    isNotePath(file) {
        const root = this.rootOf(file);
        if (!root || file === root)
            return false;
        // Called for every listed file: no path.relative, no options object per call.
        const relPath = file.slice(root.endsWith(path.sep) ? root.length : root.length + 1);
        const rel = relPath.split(path.sep);
        const opts = files_1.DEFAULT_NOTE_FILES;
        for (let i = 0; i < rel.length - 1; i++)
            if (rel[i].startsWith('.') || opts.excludeFolders.includes(rel[i]))
                return false;
        if (!(0, files_1.isNoteName)(rel[rel.length - 1], opts))
            return false;
        return this.globsAllow(path.sep === '/' ? relPath : rel.join('/'));
    }
    /** Whether the watcher should enter a folder. */
    shouldEnter(dir) {
        const root = this.rootOf(dir);
        if (!root)
            return false;
        if (dir === root)
            return true;
        const rel = path.relative(root, dir);
        // Folders on the way to a tool file are watched even when hidden (.infranotes).
        if (this.toolFilePaths().some((t) => t.startsWith(dir + path.sep)))
            return true;
        const parts = rel.split(path.sep);
        const opts = (0, settings_1.noteFileOptions)(this.settings);
        if (parts.some((d) => d.startsWith('.') || opts.excludeFolders.includes(d)))
            return false;
        return !(0, glob_1.matchesAny)(parts.join('/') + '/', this.settings.files.exclude);
    }
    globsAllow(rel) {
        const { include, exclude } = this.settings.files;
        return (0, glob_1.matchesAny)(rel, include) && !(0, glob_1.matchesAny)(rel, exclude);
    }
    // ---- full index
    /**
     * Indexes every workspace folder again (also the first time): reloads the tool files,
     * re-extracts every note in batches, drops notes that are gone. Updates in place, so
     * requests during the run see what is indexed so far. A newer run supersedes an older one.
     * `watching`: the folders' watcher being set up, which the listing waits for (so that no
     * change after the listing is missed) and the persistent index's search snapshot does not.
     */
    async reindex(watching) {
        const gen = ++this.generation;
        // Paths touched after this ticket (a watcher event during the run) keep what that touch found.
        const ticket = this.begin();
        const started = performance.now();
        const cpu = process.cpuUsage();
        const phases = [];
        let lap = started;
        const phase = (name) => {
            const now = performance.now();
            phases.push(`${name} ${Math.round(now - lap)}`);
            lap = now;
        };
        this.indexing = true;
        this.onProgress({ kind: 'begin', title: 'Indexing notes' });
        this.searchSnapshot = null;
        let snapshotRead = () => { };
        const opening = this.settings.cache.enabled ? new Promise((resolve) => (snapshotRead = resolve)) : null;
        this.openingCache = opening;
        const opened = () => {
            if (this.openingCache === opening)
                this.openingCache = null;
            snapshotRead();
        };
        try {
            const opts = (0, settings_1.noteFileOptions)(this.settings);
            const skippedFolders = [];
            // Listing, the tool files and the persistent index are read at the same time.
            const listed = watching ? watching.then(() => this.listAll(opts, skippedFolders)) : this.listAll(opts, skippedFolders);
            // (Not awaited when a newer run takes over meanwhile.)
            listed.catch(() => undefined);
            await this.loadCatalog();
            if (gen !== this.generation)
                return;
            const cache = this.openCache();
            // The search snapshot only for an empty index (a start): a later run's search reads the rows of the index it has.
            const empty = this.ctx.index.size === 0;
            const reading = cache?.open(version_1.ENGINE_VERSION, this.catalogKey, this.rootPaths, empty
                ? async (input) => {
                    if (input)
                        this.takeSearchSnapshot(input);
                    opened();
                    // The requests waiting for the snapshot run before the rest of the file is read.
                    if (input)
                        await this.loadTurn();
                }
                : undefined);
            // The catalog's lookup tables, which the first search needs (20-30 ms), are made while the file is read.
            if (reading)
                this.ctx.index.catalog.lookup('');
            const stored = reading ? await reading : { count: 0, entries: [] };
            opened();
            if (cache?.lastSnapshotProblem)
                this.log(cache.lastSnapshotProblem);
            if (cache?.lastLoadProblem)
                this.log(cache.lastLoadProblem);
            // The snapshot goes with the notes of the persistent index: none, no snapshot.
            if (!stored.count || gen !== this.generation)
                this.searchSnapshot = null;
            // Nothing usable in the persistent index: the workers start loading while the folders are listed.
            if (!stored.count)
                this.pool?.prestart();
            phase(`cache ${stored.count}`);
            const files = await listed;
            phase(`list ${files.length}`);
            if (gen !== this.generation)
                return;
            const seen = new Set();
            const skipped = new Map();
            for (const s of skippedFolders)
                skipped.set((0, files_1.fileUri)(s.path), s.reason);
            for (const [uri, reason] of this.toolSkips)
                skipped.set(uri, reason);
            this.onProgress({ kind: 'report', done: 0, total: files.length });
            const fileOf = new Map();
            for (const file of files)
                fileOf.set((0, files_1.fileUri)(file), file);
            // 1. Every listed note the persistent index holds comes from it, as it is read, a slice at a
            // time: requests are answered in between, from what is in the index so far. Whether the file
            // changed since (its size and modification time, then its bytes' hash) is checked after the
            // index is ready (verifyCached), and a changed note is extracted again: a stat per file on
            // the way in cost 0.2 s of the warm start at 10k notes.
            const toVerify = [];
            const fromStore = new Set();
            let done = 0;
            this.fromCache = 0;
            let release = () => { };
            if (stored.count)
                this.loadingFromCache = new Promise((resolve) => (release = resolve));
            // No journal of touched keys while loading (WorkspaceIndex.journaling): its consumers start over.
            const index = this.ctx.index;
            try {
                let slice = performance.now();
                index.journaling = false;
                for (const entry of stored.entries) {
                    if (performance.now() - slice > SLICE_MS) {
                        // Changes between slices (an edit) are journaled.
                        index.journaling = true;
                        this.onProgress({ kind: 'report', done, total: files.length });
                        this.onChange();
                        await this.loadTurn();
                        if (gen !== this.generation)
                            return;
                        index.journaling = false;
                        slice = performance.now();
                    }
                    const uri = entry.note.uri;
                    const file = fileOf.get(uri);
                    if (file === undefined || this.overlays.has(uri) || !this.current(uri, ticket))
                        continue;
                    this.ctx.putNote(entry.note, entry.headings);
                    fromStore.add(uri);
                    this.fromCache++;
                    done++;
                    toVerify.push({ file, uri, hash: entry.hash, size: entry.size, mtimeMs: entry.mtimeMs });
                }
            }
            finally {
                index.journaling = true;
                this.loadingFromCache = null;
                release();
            }
            // A record the file could not give (truncated or damaged): the notes after it are extracted.
            if (stored.count && cache?.lastLoadProblem)
                this.log(cache.lastLoadProblem);
            // 2. Open documents win over the disk; the other notes are extracted.
            const jobs = [];
            for (const [uri, file] of fileOf) {
                seen.add(uri);
                if (fromStore.has(uri) || !this.current(uri, ticket))
                    continue;
                const overlay = this.overlays.get(uri);
                if (overlay !== undefined) {
                    this.update(uri, overlay, undefined, true);
                    done++;
                    continue;
                }
                jobs.push({ file, uri, plainText: (0, files_1.isPlainTextName)(file) });
            }
            if (done) {
                this.onProgress({ kind: 'report', done, total: files.length });
                this.onChange();
            }
            phase(`from cache ${this.fromCache}`);
            // 3. The rest is read and extracted on worker threads (inline when there are none).
            const take = (results) => {
                if (gen !== this.generation)
                    return;
                for (const r of results)
                    if (this.current(r.uri, ticket))
                        this.store(r, skipped);
                done += results.length;
                this.onProgress({ kind: 'report', done, total: files.length });
                this.onChange();
            };
            await this.extractJobs(jobs, take, () => gen !== this.generation);
            if (gen !== this.generation)
                return;
            phase(`extracted ${jobs.length}`);
            cache?.retain(seen);
            cache?.scheduleSave(300);
            // Size, time and content hash are checked after the index is ready.
            void this.verifyCached(toVerify, gen);
            // Open documents that are not files of the folders (loose files, unsaved) stay indexed.
            for (const [uri, text] of this.overlays) {
                if (seen.has(uri) || this.isToolUri(uri))
                    continue;
                seen.add(uri);
                this.update(uri, text, undefined, true);
            }
            for (const note of this.ctx.index.notes())
                if (!seen.has(note.uri) && this.current(note.uri, ticket))
                    this.ctx.removeNote(note.uri);
            for (const k of [...this.skipped.keys()])
                if (!skipped.has(k) && this.current(k, ticket))
                    this.skipped.delete(k);
            for (const [k, v] of skipped)
                if (this.current(k, ticket))
                    this.skipped.set(k, v);
            this.millis = performance.now() - started;
            this.runs++;
            phase('end');
            const used = process.cpuUsage(cpu);
            this.log(`index: ${Math.round(this.millis)} ms, process CPU ${Math.round((used.user + used.system) / 1000)} ms (${phases.join(', ')})`);
        }
        finally {
            opened();
            this.finish();
            if (gen === this.generation) {
                this.indexing = false;
                this.onProgress({ kind: 'end' });
                this.onChange();
                const waiters = this.idleWaiters;
                this.idleWaiters = [];
                for (const w of waiters)
                    w();
            }
        }
    }
    /**
     * The user's own long notes the extractor warms up on (warm-up.ts): one per script (Japanese,
     * Korean, other), read from disk in background turns; markdown only, indexed notes only. Their
     * sizes come from the persistent index: without it (turned off) only the warm-up note is used.
     */
    async *warmUpNotes() {
        if (!this.cache)
            return;
        const scripts = new Set();
        for (const uri of (0, warm_up_1.warmUpCandidates)(this.cache.sizes())) {
            const file = uriToPath(uri);
            if (!file || (0, files_1.isPlainTextName)(file) || this.overlays.has(uri) || !this.ctx.index.note(uri))
                continue;
            await this.backgroundTurn();
            const r = await (0, files_1.readNoteFile)(file).catch(() => null);
            if (!r || r.kind !== 'text')
                continue;
            const script = (0, warm_up_1.scriptOf)(r.text);
            if (scripts.has(script))
                continue;
            scripts.add(script);
            yield r.text;
            if (scripts.size === 3)
                return;
        }
    }
    /** While notes are taken from the persistent index (step 1 of reindex). */
    loadingFromCache = null;
    /** While the persistent index's file is opened, until its search snapshot is read or found missing (step 1 of reindex). */
    openingCache = null;
    /**
     * Waits, at most `maxMs`, while the persistent index is opened and until its search snapshot is
     * read: a search made meanwhile, from the index still empty, would find nothing.
     */
    untilSnapshotRead(maxMs) {
        return waitAtMost(this.openingCache, maxMs);
    }
    /**
     * Waits, at most `maxMs`, while notes are taken from the persistent index. Whole-index answers
     * (workspace symbols, search, trees) made meanwhile would be partial, and making them again
     * and again as notes arrive (a client asking every few milliseconds) slowed the loading by half.
     */
    untilLoadedFromCache(maxMs) {
        return waitAtMost(this.loadingFromCache, maxMs);
    }
    /** The extractor has been warmed up on this thread (warm-up.ts), once per server. */
    warmedUp = false;
    /**
     * Warms up the main thread's extractor once (warm-up.ts), a round per background turn (after
     * 20 ms without a message), once the first index is made; stops if a new index begins. Begun
     * with the workers' extraction of a cold index instead (session 17), it took CPU from them: at 1k
     * notes the cold start took 0.28 s longer and its first answer 0.5-1 s; at 10k 0.3-0.6 s longer,
     * edits p95 up by 10-15 ms, for references on tools p99 40-60 ms shorter (RESULTS.md). Not kept.
     * The server starts it once the answers over the first index are made: begun at the index's end,
     * its rounds (about 0.1 s) came between the answers' slices and held the end of progress back.
     */
    startWarmUp() {
        if (this.warmedUp)
            return;
        this.warmedUp = true;
        const begun = performance.now();
        void (0, warm_up_1.warmUp)(this.ctx.index.catalog, () => this.indexing, undefined, () => this.backgroundTurn(), () => this.warmUpNotes()).then((rounds) => this.log(`warm-up of the extractor: ${rounds} rounds in ${Math.round(performance.now() - begun)} ms`), (e) => this.log(`warm-up failed: ${e.message}`));
    }
    /** The note files of every workspace folder. */
    async listAll(opts, skippedFolders) {
        const listing = await this.listing();
        const lists = await Promise.all(this.rootPaths.map((root) => (0, files_1.listNoteFiles)(root, opts, skippedFolders, listing)));
        return lists.flat().filter((f) => this.isNotePath(f));
    }
    /** Puts one extraction result into the index, the persistent cache and the skipped list. */
    store(r, skipped) {
        if (this.overlays.has(r.uri))
            return;
        if (r.note) {
            this.ctx.putNote(r.note, r.headings ?? []);
            skipped.delete(r.uri);
            if (r.size !== undefined && r.mtimeMs !== undefined && r.hash)
                this.cache?.set(r.uri, { size: r.size, mtimeMs: r.mtimeMs, hash: r.hash, note: (0, mentions_1.storedNote)(r.note), headings: r.headings ?? [] });
        }
        else {
            this.ctx.removeNote(r.uri);
            this.cache?.delete(r.uri);
            if (r.skipped && !r.gone)
                skipped.set(r.uri, r.skipped);
        }
    }
    /** Reads the search snapshot that came with the persistent index (the catalog is loaded: its key is the file's). */
    takeSearchSnapshot(input) {
        const started = performance.now();
        try {
            const snapshot = (0, search_snapshot_1.readSearchSnapshot)(input, this.ctx.index.catalog);
            this.searchSnapshot = snapshot;
            this.log(`search snapshot: ${snapshot.rowCount} rows read in ${Math.round(performance.now() - started)} ms`);
        }
        catch (e) {
            this.log(`search snapshot not used: ${e.message}`);
        }
    }
    openCache() {
        if (!this.settings.cache.enabled || !this.rootPaths.length)
            return (this.cache = null);
        const folder = this.settings.cache.folder.trim() || this.cacheFolder;
        if (!folder)
            return (this.cache = null);
        const cache = index_cache_1.IndexCache.forRoots(folder, this.rootPaths);
        if (this.cache?.file !== cache.file) {
            cache.betweenBatches = () => this.backgroundTurn();
            // A search snapshot of the index as it is when the persistent index is saved.
            cache.searchSnapshot = () => (0, search_snapshot_1.encodeSearchSnapshot)(this.ctx.index);
            this.cache = cache;
        }
        return this.cache;
    }
    /**
     * Extracts jobs on the worker threads (on this thread without them, and whatever they did not
     * finish), handing the results to `take` a batch at a time; stops when `stale()` says so.
     */
    async extractJobs(jobs, take, stale) {
        const finished = new Set();
        const taking = (results) => {
            for (const r of results)
                finished.add(r.uri);
            take(results);
        };
        const maxBytes = (0, settings_1.noteFileOptions)(this.settings).maxFileBytes;
        if (this.pool && jobs.length > POOL_MIN_JOBS) {
            try {
                await this.pool.run(jobs, this.userTools, maxBytes, taking, stale);
            }
            catch (e) {
                this.log(`extraction workers failed, going on without them: ${e.message}`);
                this.pool = null;
            }
        }
        for (let i = 0; i < jobs.length; i += BATCH) {
            if (stale())
                return;
            const batch = jobs.slice(i, i + BATCH).filter((j) => !finished.has(j.uri));
            if (!batch.length)
                continue;
            taking(await Promise.all(batch.map((j) => (0, extract_worker_1.extractFile)(j, this.ctx.index.catalog, maxBytes))));
            // Let requests and notifications in between batches.
            await (0, promises_1.setImmediate)();
        }
    }
    /**
     * Checks the notes that came from the persistent index against their files (size and time, then
     * the bytes' hash, on this thread: files.ts says why) and extracts again those that changed,
     * on the workers when there are many (a branch switched while the editor was closed).
     */
    async verifyCached(jobs, gen) {
        if (!jobs.length)
            return;
        const changed = [];
        const stale = () => gen !== this.generation || !this.cache;
        // In background turns: after requests, and after the tool answers and search rows queued first.
        await (0, files_1.verifyHashes)(jobs, (job) => changed.push(job), stale, () => this.backgroundTurn());
        if (stale())
            return;
        // Still the entry that was checked (not read again meanwhile).
        const again = changed.filter((job) => this.cache?.get(job.uri)?.hash === job.hash);
        if (again.length <= POOL_MIN_JOBS) {
            for (const job of again)
                await this.refreshFile(job.file);
            return;
        }
        const ticket = this.begin();
        try {
            const extract = [];
            for (const job of again) {
                // Never read through a link that now leads out of the folders (refreshFile says why not).
                if (await this.leavesRoots(job.file))
                    await this.refreshFile(job.file);
                else
                    extract.push({ file: job.file, uri: job.uri, plainText: (0, files_1.isPlainTextName)(job.file) });
            }
            await this.extractJobs(extract, (results) => {
                if (stale())
                    return;
                for (const r of results)
                    if (this.current(r.uri, ticket))
                        this.store(r, this.skipped);
                this.onChange();
            }, stale);
        }
        finally {
            this.finish();
        }
    }
    /** Writes the persistent index now (at shutdown). */
    async flushCache() {
        await this.cache?.save();
        await this.pool?.close();
    }
    /**
     * Extracts one note. An extractor failure on one odd note must not stop the index (nor the
     * server): the note leaves the index and the reason is returned (it goes to `skipped`).
     */
    update(uri, text, encoding, keepText) {
        try {
            this.ctx.updateNote({ uri, text, encoding, plainText: (0, files_1.isPlainTextName)(uri) }, keepText);
            return null;
        }
        catch (e) {
            this.ctx.removeNote(uri);
            this.log(`could not index ${uri}: ${e.stack ?? e}`);
            return `could not be indexed: ${e.message}`;
        }
    }
    isToolUri(uri) {
        const p = uriToPath(uri);
        return !!p && this.isToolFilePath(p);
    }
    /** Reads the tool files of every folder (an open one from the editor) into a new catalog. */
    async loadCatalog() {
        const { catalog, toolFiles, key, user } = await this.readToolFiles();
        this.ctx.toolFiles = toolFiles;
        // The built-in catalog takes a while to build: without user tools, the one in use stays.
        if (user.length || this.userTools.length)
            this.ctx.index.setCatalog(catalog());
        this.userToolsKey = key;
        this.userTools = user;
        this.catalogKey = (0, folder_1.catalogKeyOf)(user);
    }
    /** What the extractor matches with, from the user's tool files: a change means re-extracting. */
    userToolsKey = '';
    /** Tool files that were not read, and why. */
    toolSkips = new Map();
    async readToolFiles() {
        const user = [];
        const seenIds = new Set();
        const toolFiles = [];
        const toolSkips = new Map();
        const rels = [this.settings.toolFile, ...(this.settings.toolFile === protocol_1.DEFAULT_SETTINGS.toolFile ? ['.infranotes/tools.yml'] : [])];
        for (const root of this.rootPaths) {
            for (const rel of rels) {
                const file = path.resolve(root, rel);
                const uri = (0, files_1.fileUri)(file);
                let text = this.overlays.get(uri);
                if (text === undefined) {
                    if (!this.rootOf(file)) {
                        // The setting is per folder, so a workspace could point it anywhere: only inside.
                        if (await node_fs_1.promises.stat(file).then(() => true, () => false))
                            toolSkips.set(uri, exports.TOOL_FILE_OUTSIDE);
                        continue;
                    }
                    if (await this.leavesRoots(file)) {
                        toolSkips.set(uri, files_1.OUTSIDE_FILE);
                        continue;
                    }
                    const r = await (0, files_1.readNoteFile)(file).catch(() => null);
                    if (!r || r.kind !== 'text')
                        continue;
                    text = r.text;
                }
                const parsed = (0, user_tools_1.parseUserTools)(text, uri);
                toolFiles.push({ uri, problems: parsed.problems });
                // With several folders, the first folder's entry for an id wins.
                for (const t of parsed.tools) {
                    if (seenIds.has(t.entry.id))
                        continue;
                    seenIds.add(t.entry.id);
                    user.push(t);
                }
                break;
            }
        }
        // Tool files not read (links out of the folders) go to the skipped list with their reason.
        for (const uri of this.toolSkips.keys())
            this.skipped.delete(uri);
        for (const [uri, reason] of toolSkips)
            this.skipped.set(uri, reason);
        this.toolSkips = toolSkips;
        return { catalog: () => catalog_1.Catalog.builtin(user), toolFiles, key: JSON.stringify(user.map((u) => u.entry)), user };
    }
    /**
     * The tool file was saved, changed on disk or closed: a new catalog. Notes are re-extracted
     * (a reindex) only when the tools' spellings or fields changed, not for a comment or a moved line.
     */
    scheduleToolReload() {
        if (this.toolReload)
            clearTimeout(this.toolReload);
        this.toolReload = setTimeout(() => {
            this.toolReload = null;
            void this.reloadTools();
        }, 150);
    }
    async reloadTools() {
        const { catalog, toolFiles, key } = await this.readToolFiles();
        if (key !== this.userToolsKey || this.indexing) {
            await this.reindex();
            return;
        }
        this.ctx.toolFiles = toolFiles;
        this.ctx.index.setCatalog(catalog());
        this.onChange();
    }
    /** While the tool file is edited: only its problems follow the text (the catalog waits for a save). */
    toolFileEdited(uri, text) {
        const file = this.ctx.toolFiles.find((t) => t.uri === uri);
        const problems = (0, user_tools_1.parseUserTools)(text, uri).problems;
        if (file)
            file.problems = problems;
        else
            this.ctx.toolFiles = [...this.ctx.toolFiles, { uri, problems }];
        this.onChange();
    }
    // ---- open documents
    openDocument(uri, text) {
        // An editor opens its notes as it starts, before the warm-up: the first extraction on this thread decides (warm-up.ts).
        (0, heap_1.stopAllocationSitePretenuring)();
        this.overlays.set(uri, text);
        if (this.isToolUri(uri)) {
            this.ctx.setText(uri, text);
            this.toolFileEdited(uri, text);
            return;
        }
        this.update(uri, text, undefined, true);
        this.onChange();
    }
    changeDocument(uri, text) {
        this.openDocument(uri, text);
    }
    async closeDocument(uri) {
        this.overlays.delete(uri);
        this.ctx.setText(uri, undefined);
        const file = uriToPath(uri);
        if (this.isToolUri(uri)) {
            this.scheduleToolReload();
            return;
        }
        // Back to what the disk says (or out of the index, for a file that is not a note of the folders).
        if (file && this.isNotePath(file))
            await this.refreshFile(file);
        else if (this.ctx.removeNote(uri))
            this.onChange();
    }
    isOpen(uri) {
        return this.overlays.has(uri);
    }
    // ---- changes on disk
    /** Starts an operation on a path: a ticket newer than every other, recorded for the path. */
    claim(uri) {
        const t = this.begin();
        this.latest.set(uri, t);
        return t;
    }
    /** Starts an operation on no one path (a reindex): a ticket, in flight until `finish`. */
    begin() {
        this.inFlight++;
        return ++this.ticket;
    }
    finish() {
        if (--this.inFlight === 0)
            this.latest.clear();
    }
    /** Whether an operation holding ticket `t` may still change the entry of `uri`: nothing newer touched it or a folder above it. */
    current(uri, t) {
        if ((this.latest.get(uri) ?? 0) > t)
            return false;
        if (!this.latest.size)
            return true;
        const root = this.ctx.rootOf(uri);
        for (let i = uri.lastIndexOf('/'); root && i >= root.length; i = uri.lastIndexOf('/', i - 1)) {
            if ((this.latest.get(uri.slice(0, i)) ?? 0) > t)
                return false;
        }
        return true;
    }
    /** A path was created, changed, deleted or renamed (from the client's watcher or ours). */
    async pathTouched(file) {
        file = path.resolve(file);
        if (!this.rootOf(file))
            return;
        if (this.isToolFilePath(file)) {
            // Saved from the editor, or changed by something else: the file on disk is the truth now.
            this.overlays.delete((0, files_1.fileUri)(file));
            this.scheduleToolReload();
            return;
        }
        const t = this.claim((0, files_1.fileUri)(file));
        try {
            let st;
            try {
                st = await node_fs_1.promises.stat(file);
            }
            catch {
                this.dropPath(file, t);
                return;
            }
            if (st.isDirectory())
                await this.folderTouched(file, t);
            else if (this.isNotePath(file))
                await this.readInto(file, t);
        }
        finally {
            this.finish();
        }
    }
    /**
     * A folder appeared, was renamed into place or changed: index the notes it holds now, and
     * drop what the index had under it that is not there any more.
     */
    async folderTouched(dir, t) {
        const files = this.shouldEnter(dir) ? (await (0, files_1.listNoteFiles)(dir, (0, settings_1.noteFileOptions)(this.settings), [], await this.listing())).filter((f) => this.isNotePath(f)) : [];
        const present = new Set(files.map(files_1.fileUri));
        this.dropPath(dir, t, (uri) => !present.has(uri));
        for (const f of files)
            await this.refreshFile(f);
    }
    /** A file or folder is gone: its notes (every note under a folder) leave the index. */
    pathDeleted(file) {
        const t = this.claim((0, files_1.fileUri)(path.resolve(file)));
        try {
            this.dropPath(path.resolve(file), t);
        }
        finally {
            this.finish();
        }
    }
    /** Drops the entries of a path and everything under it that no newer operation has touched (and that `which` picks). */
    dropPath(file, t, which = () => true) {
        if (this.isToolFilePath(file)) {
            this.scheduleToolReload();
            return;
        }
        const uri = (0, files_1.fileUri)(file);
        const prefix = uri + '/';
        const under = (u) => (u === uri || u.startsWith(prefix)) && which(u) && this.current(u, t);
        let changed = false;
        for (const note of this.ctx.index.notes()) {
            if (under(note.uri) && !this.overlays.has(note.uri))
                changed = this.ctx.removeNote(note.uri) || changed;
        }
        for (const k of [...this.skipped.keys()])
            if (under(k))
                (this.skipped.delete(k), (changed = true));
        if (changed)
            this.onChange();
    }
    /** Reads one file again (unless the editor has it open). */
    async refreshFile(file) {
        const t = this.claim((0, files_1.fileUri)(file));
        try {
            await this.readInto(file, t);
        }
        finally {
            this.finish();
        }
    }
    /** Reads, decodes and extracts a file; stores the result unless a newer operation owns the path by then. */
    async readInto(file, t) {
        const uri = (0, files_1.fileUri)(file);
        if (this.overlays.has(uri))
            return;
        // A watcher reports paths, which may be links: never read through one to outside the folders.
        const r = (await this.leavesRoots(file))
            ? { uri, skipped: files_1.OUTSIDE_FILE }
            : await (0, extract_worker_1.extractFile)({ file, uri, plainText: (0, files_1.isPlainTextName)(file) }, this.ctx.index.catalog, (0, settings_1.noteFileOptions)(this.settings).maxFileBytes);
        if (this.overlays.has(uri) || !this.current(uri, t))
            return;
        if (r.gone) {
            this.dropPath(file, t);
            return;
        }
        this.store(r, this.skipped);
        this.onChange();
    }
}
exports.NotesWorkspace = NotesWorkspace;
//# sourceMappingURL=notes-workspace.js.map