// The language server's file-system side: workspace folders, which files are notes, reading
// them (decoding legacy encodings), open documents overlaying the disk, the user's tool files,
// and indexing in small batches so that requests are answered while it runs.
// No LSP here: server.ts wires this to the connection.
import type { CardLocale } from '../core/features/messages';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { Catalog, type UserTool } from '../core/catalog/catalog';
import { parseUserTools } from '../core/catalog/user-tools';
import { FeatureContext } from '../core/features/context';
import type { Steps } from '../core/features/steps';
import { encodeSearchSnapshot, readSearchSnapshot, type SearchSnapshot, type SnapshotInput } from '../core/features/search-snapshot';
import { DEFAULT_SETTINGS, type Settings } from '../protocol';
import { ENGINE_VERSION } from '../core/version';
import { storedNote } from '../core/mentions';
import { ExtractPool, type ExtractJob, type ExtractResult } from './extract-pool';
import { extractFile } from './extract-worker';
import { DEFAULT_NOTE_FILES, OUTSIDE_FILE, fileUri, isInside, isNoteName, isPlainTextName, listNoteFiles, readNoteFile, verifyHashes, type ListOptions, type NoteFileOptions, type Skipped, type VerifyJob } from './files';
import { IndexCache, defaultCacheFolder } from './index-cache';
import { catalogKeyOf } from './folder';
import { stopAllocationSitePretenuring } from './heap';
import { scriptOf, warmUp, warmUpCandidates } from './warm-up';
import { matchesAny } from './glob';
import { noteFileOptions, readSettings } from './settings';

export type ProgressEvent = { kind: 'begin'; title: string } | { kind: 'report'; done: number; total: number } | { kind: 'end' };

export { fileUri };

/** Any `file:` URI (as VS Code, Neovim or Helix spell it) in the one form the index uses. */
export function canonicalUri(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return fileUri(fileURLToPath(uri));
  } catch {
    return uri;
  }
}

/** Waits for `promise` (none: not at all), at most `maxMs`. */
export async function waitAtMost(promise: Promise<unknown> | null, maxMs: number): Promise<void> {
  if (!promise) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([promise, new Promise((resolve) => (timer = setTimeout(resolve, maxMs)))]);
  clearTimeout(timer);
}

export function uriToPath(uri: string): string | null {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : null;
  } catch {
    return null;
  }
}

const BATCH = 16;
/** Fewer jobs than this are extracted on this thread: starting the workers costs more. */
const POOL_MIN_JOBS = 32;
/** How long the thread keeps taking notes from the persistent index before it lets requests in. */
const SLICE_MS = 8;

export const TOOL_FILE_OUTSIDE = 'the tool file setting points outside the workspace folder: not read';

export class NotesWorkspace {
  readonly ctx = new FeatureContext(Catalog.builtin());
  settings: Settings = readSettings({});
  /** Absolute paths of the workspace folders. */
  private rootPaths: string[] = [];
  /** Open documents: their text wins over the disk's. */
  private readonly overlays = new Map<string, string>();
  readonly skipped = new Map<string, string>();
  indexing = false;
  /** Milliseconds the last complete index took. */
  millis = 0;
  /** Complete index runs so far. */
  runs = 0;
  private generation = 0;
  /** Notes taken from the persistent index in the last run. */
  fromCache = 0;
  /** Where the persistent index lives (the editor's storage, a setting, or ~/.cache); null disables it. */
  cacheFolder: string | null = defaultCacheFolder();
  private cache: IndexCache | null = null;
  /** The search snapshot read with the persistent index: the search answers from it until the index's own search rows are made (server.ts). */
  searchSnapshot: SearchSnapshot | null = null;
  private pool: ExtractPool | null = ExtractPool.available() ? new ExtractPool() : null;
  private userTools: UserTool[] = [];
  private catalogKey = '';
  private toolReload: NodeJS.Timeout | null = null;
  private idleWaiters: Array<() => void> = [];
  /**
   * Tickets order the operations on paths (a watcher event, a closed document, a reindex), which
   * run concurrently and finish in any order: each takes a ticket before it looks at the disk,
   * and may change a note's entry only if no newer ticket was taken for that path or a folder
   * above it since. So a slow read never overwrites a newer one, and a note deleted (or its
   * folder deleted) while it was being read does not come back. Cleared when nothing is in flight.
   */
  private ticket = 0;
  private readonly latest = new Map<string, number>();
  private inFlight = 0;

  /**
   * What the load of the persistent index waits for between its slices: the next turn, or (the
   * server's) until the requests waiting have run, which the search snapshot answers meanwhile:
   * turn for turn, a request's 2 ms slices each waited for an 8 ms slice of the load.
   */
  loadTurn: () => Promise<void> = () => nextTurn();

  /** Waits for a moment when background work may run (the server's scheduler); a scheduled save of the persistent index waits for one between batches. */
  backgroundTurn: () => Promise<void> = () => nextTurn();

  /** Runs the extractor's warm-up (the server's scheduler: a slice at a time, after requests); unset, warm-up.ts runs it to its end at once. */
  runWarmUp: ((steps: Steps<number>) => Promise<number>) | undefined = undefined;

  onChange: () => void = () => {};
  onProgress: (p: ProgressEvent) => void = () => {};
  log: (message: string) => void = () => {};

  constructor() {
    if (this.pool) this.pool.onIdleStop = () => this.log('extraction workers stopped while idle (they start again when needed)');
  }

  get roots(): string[] {
    return this.rootPaths.slice();
  }

  setRoots(paths: string[]): void {
    this.rootPaths = [...new Set(paths.map((p) => path.resolve(p)))];
    this.ctx.roots = this.rootPaths.map(fileUri);
    this.realRoots = null;
  }

  /** The workspace folders' real paths (symbolic links resolved): nothing outside them is ever read. */
  private realRoots: Promise<string[]> | null = null;

  private realRootPaths(): Promise<string[]> {
    this.realRoots ??= Promise.all(this.rootPaths.map((r) => fs.realpath(r).catch(() => r)));
    return this.realRoots;
  }

  /** Whether reading a path would leave the workspace folders (it is, or passes through, a symbolic link to outside). */
  private async leavesRoots(file: string): Promise<boolean> {
    const real = await fs.realpath(file).catch(() => null);
    return !!real && !isInside(real, await this.realRootPaths());
  }

  /** How the index lists a folder: the settings' excluded folders are not entered, links lead nowhere outside. */
  private async listing(): Promise<ListOptions> {
    return { enter: (dir) => this.shouldEnter(dir), within: await this.realRootPaths() };
  }

  /** The editor's language, for the words of cards (LSP `initialize.locale`). */
  locale: CardLocale = 'en';

  setSettings(settings: Settings): void {
    this.settings = settings;
    this.ctx.options = { hoverDetail: settings.hover.detail, locale: this.locale };
  }

  /** Resolves when no index run is going on. */
  whenIdle(): Promise<void> {
    if (!this.indexing) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  // ---- which files matter

  toolFilePaths(): string[] {
    const rels = [this.settings.toolFile];
    if (this.settings.toolFile === DEFAULT_SETTINGS.toolFile) rels.push('.infranotes/tools.yml');
    return this.rootPaths.flatMap((root) => rels.map((rel) => path.resolve(root, rel)));
  }

  isToolFilePath(file: string): boolean {
    return this.toolFilePaths().includes(path.resolve(file));
  }

  rootOf(file: string): string | undefined {
    return this.rootPaths.find((r) => file === r || file.startsWith(r.endsWith(path.sep) ? r : r + path.sep));
  }

  /** A file the index should hold: under a folder, not in a hidden or excluded folder, a note by name and settings. */
  isNotePath(file: string): boolean {
    const root = this.rootOf(file);
    if (!root || file === root) return false;
    // Called for every listed file: no path.relative, no options object per call.
    const relPath = file.slice(root.endsWith(path.sep) ? root.length : root.length + 1);
    const rel = relPath.split(path.sep);
    const opts = DEFAULT_NOTE_FILES;
    for (let i = 0; i < rel.length - 1; i++) if (rel[i].startsWith('.') || opts.excludeFolders.includes(rel[i])) return false;
    if (!isNoteName(rel[rel.length - 1], opts)) return false;
    return this.globsAllow(path.sep === '/' ? relPath : rel.join('/'));
  }

  /** Whether the watcher should enter a folder. */
  shouldEnter(dir: string): boolean {
    const root = this.rootOf(dir);
    if (!root) return false;
    if (dir === root) return true;
    const rel = path.relative(root, dir);
    // Folders on the way to a tool file are watched even when hidden (.infranotes).
    if (this.toolFilePaths().some((t) => t.startsWith(dir + path.sep))) return true;
    const parts = rel.split(path.sep);
    const opts = noteFileOptions(this.settings);
    if (parts.some((d) => d.startsWith('.') || opts.excludeFolders.includes(d))) return false;
    return !matchesAny(parts.join('/') + '/', this.settings.files.exclude);
  }

  private globsAllow(rel: string): boolean {
    const { include, exclude } = this.settings.files;
    return matchesAny(rel, include) && !matchesAny(rel, exclude);
  }

  // ---- full index

  /**
   * Indexes every workspace folder again (also the first time): reloads the tool files,
   * re-extracts every note in batches, drops notes that are gone. Updates in place, so
   * requests during the run see what is indexed so far. A newer run supersedes an older one.
   * `watching`: the folders' watcher being set up, which the listing waits for (so that no
   * change after the listing is missed) and the persistent index's search snapshot does not.
   */
  async reindex(watching?: Promise<unknown>): Promise<void> {
    const gen = ++this.generation;
    // Paths touched after this ticket (a watcher event during the run) keep what that touch found.
    const ticket = this.begin();
    const started = performance.now();
    const cpu = process.cpuUsage();
    const phases: string[] = [];
    let lap = started;
    const phase = (name: string) => {
      const now = performance.now();
      phases.push(`${name} ${Math.round(now - lap)}`);
      lap = now;
    };
    this.indexing = true;
    this.onProgress({ kind: 'begin', title: 'Indexing notes' });
    this.searchSnapshot = null;
    let snapshotRead = () => {};
    const opening = this.settings.cache.enabled ? new Promise<void>((resolve) => (snapshotRead = resolve)) : null;
    this.openingCache = opening;
    const opened = () => {
      if (this.openingCache === opening) this.openingCache = null;
      snapshotRead();
    };
    try {
      const opts = noteFileOptions(this.settings);
      const skippedFolders: Skipped[] = [];
      // Listing, the tool files and the persistent index are read at the same time.
      const listed = watching ? watching.then(() => this.listAll(opts, skippedFolders)) : this.listAll(opts, skippedFolders);
      // (Not awaited when a newer run takes over meanwhile.)
      listed.catch(() => undefined);
      await this.loadCatalog();
      if (gen !== this.generation) return;
      const cache = this.openCache();
      // The search snapshot only for an empty index (a start): a later run's search reads the rows of the index it has.
      const empty = this.ctx.index.size === 0;
      const reading = cache?.open(
        ENGINE_VERSION,
        this.catalogKey,
        this.rootPaths,
        empty
          ? async (input) => {
              if (input) this.takeSearchSnapshot(input);
              opened();
              // The requests waiting for the snapshot run before the rest of the file is read.
              if (input) await this.loadTurn();
            }
          : undefined,
      );
      // The catalog's lookup tables, which the first search needs (20-30 ms), are made while the file is read.
      if (reading) this.ctx.index.catalog.lookup('');
      const stored = reading ? await reading : { count: 0, entries: [] };
      opened();
      if (cache?.lastSnapshotProblem) this.log(cache.lastSnapshotProblem);
      if (cache?.lastLoadProblem) this.log(cache.lastLoadProblem);
      // The snapshot goes with the notes of the persistent index: none, no snapshot.
      if (!stored.count || gen !== this.generation) this.searchSnapshot = null;
      // Nothing usable in the persistent index: the workers start loading while the folders are listed.
      if (!stored.count) this.pool?.prestart();
      phase(`cache ${stored.count}`);
      const files = await listed;
      phase(`list ${files.length}`);
      if (gen !== this.generation) return;
      const seen = new Set<string>();
      const skipped = new Map<string, string>();
      for (const s of skippedFolders) skipped.set(fileUri(s.path), s.reason);
      for (const [uri, reason] of this.toolSkips) skipped.set(uri, reason);
      this.onProgress({ kind: 'report', done: 0, total: files.length });
      const fileOf = new Map<string, string>();
      for (const file of files) fileOf.set(fileUri(file), file);

      // 1. Every listed note the persistent index holds comes from it, as it is read, a slice at a
      // time: requests are answered in between, from what is in the index so far. Whether the file
      // changed since (its size and modification time, then its bytes' hash) is checked after the
      // index is ready (verifyCached), and a changed note is extracted again: a stat per file on
      // the way in cost 0.2 s of the warm start at 10k notes.
      const toVerify: VerifyJob[] = [];
      const fromStore = new Set<string>();
      let done = 0;
      this.fromCache = 0;
      let release = () => {};
      if (stored.count) this.loadingFromCache = new Promise<void>((resolve) => (release = resolve));
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
            if (gen !== this.generation) return;
            index.journaling = false;
            slice = performance.now();
          }
          const uri = entry.note.uri;
          const file = fileOf.get(uri);
          if (file === undefined || this.overlays.has(uri) || !this.current(uri, ticket)) continue;
          this.ctx.putNote(entry.note, entry.headings);
          fromStore.add(uri);
          this.fromCache++;
          done++;
          toVerify.push({ file, uri, hash: entry.hash, size: entry.size, mtimeMs: entry.mtimeMs });
        }
      } finally {
        index.journaling = true;
        this.loadingFromCache = null;
        release();
      }
      // A record the file could not give (truncated or damaged): the notes after it are extracted.
      if (stored.count && cache?.lastLoadProblem) this.log(cache.lastLoadProblem);
      // 2. Open documents win over the disk; the other notes are extracted.
      const jobs: ExtractJob[] = [];
      for (const [uri, file] of fileOf) {
        seen.add(uri);
        if (fromStore.has(uri) || !this.current(uri, ticket)) continue;
        const overlay = this.overlays.get(uri);
        if (overlay !== undefined) {
          this.update(uri, overlay, undefined, true);
          done++;
          continue;
        }
        jobs.push({ file, uri, plainText: isPlainTextName(file) });
      }
      if (done) {
        this.onProgress({ kind: 'report', done, total: files.length });
        this.onChange();
      }
      phase(`from cache ${this.fromCache}`);

      // 3. The rest is read and extracted on worker threads (inline when there are none).
      const take = (results: ExtractResult[]) => {
        if (gen !== this.generation) return;
        for (const r of results) if (this.current(r.uri, ticket)) this.store(r, skipped);
        done += results.length;
        this.onProgress({ kind: 'report', done, total: files.length });
        this.onChange();
      };
      await this.extractJobs(jobs, take, () => gen !== this.generation);
      if (gen !== this.generation) return;
      phase(`extracted ${jobs.length}`);
      cache?.retain(seen);
      cache?.scheduleSave(300);
      // Size, time and content hash are checked after the index is ready.
      void this.verifyCached(toVerify, gen);
      // Open documents that are not files of the folders (loose files, unsaved) stay indexed.
      for (const [uri, text] of this.overlays) {
        if (seen.has(uri) || this.isToolUri(uri)) continue;
        seen.add(uri);
        this.update(uri, text, undefined, true);
      }
      for (const note of this.ctx.index.notes()) if (!seen.has(note.uri) && this.current(note.uri, ticket)) this.ctx.removeNote(note.uri);
      for (const k of [...this.skipped.keys()]) if (!skipped.has(k) && this.current(k, ticket)) this.skipped.delete(k);
      for (const [k, v] of skipped) if (this.current(k, ticket)) this.skipped.set(k, v);
      this.millis = performance.now() - started;
      this.runs++;
      phase('end');
      const used = process.cpuUsage(cpu);
      this.log(`index: ${Math.round(this.millis)} ms, process CPU ${Math.round((used.user + used.system) / 1000)} ms (${phases.join(', ')})`);
    } finally {
      opened();
      this.finish();
      if (gen === this.generation) {
        this.indexing = false;
        this.onProgress({ kind: 'end' });
        this.onChange();
        const waiters = this.idleWaiters;
        this.idleWaiters = [];
        for (const w of waiters) w();
      }
    }
  }

  /**
   * The user's own long notes the extractor warms up on (warm-up.ts): one per script (Japanese,
   * Korean, other), read from disk; markdown only, indexed notes only. Their
   * sizes come from the persistent index: without it (turned off) only the warm-up note is used.
   */
  private async *warmUpNotes(): AsyncGenerator<string> {
    if (!this.cache) return;
    const scripts = new Set<string>();
    for (const uri of warmUpCandidates(this.cache.sizes())) {
      const file = uriToPath(uri);
      if (!file || isPlainTextName(file) || this.overlays.has(uri) || !this.ctx.index.note(uri)) continue;
      // (Read and decoded in about a millisecond: a 20 ms pause of the client, which a client asking one thing after another never makes, is not waited for.)
      const r = await readNoteFile(file).catch(() => null);
      if (!r || r.kind !== 'text') continue;
      const script = scriptOf(r.text);
      if (scripts.has(script)) continue;
      scripts.add(script);
      yield r.text;
      if (scripts.size === 3) return;
    }
  }

  /** While notes are taken from the persistent index (step 1 of reindex). */
  private loadingFromCache: Promise<void> | null = null;
  /** While the persistent index's file is opened, until its search snapshot is read or found missing (step 1 of reindex). */
  private openingCache: Promise<void> | null = null;

  /**
   * Waits, at most `maxMs`, while the persistent index is opened and until its search snapshot is
   * read: a search made meanwhile, from the index still empty, would find nothing.
   */
  untilSnapshotRead(maxMs: number): Promise<void> {
    return waitAtMost(this.openingCache, maxMs);
  }

  /**
   * Waits, at most `maxMs`, while notes are taken from the persistent index. Whole-index answers
   * (workspace symbols, search, trees) made meanwhile would be partial, and making them again
   * and again as notes arrive (a client asking every few milliseconds) slowed the loading by half.
   */
  untilLoadedFromCache(maxMs: number): Promise<void> {
    return waitAtMost(this.loadingFromCache, maxMs);
  }

  /** The extractor has been warmed up on this thread (warm-up.ts), once per server. */
  private warmedUp = false;

  /**
   * Warms up the main thread's extractor once (warm-up.ts), an extraction of a piece per step of
   * the server's background slices, once the first index is made; stops if a new index begins. Begun
   * with the workers' extraction of a cold index instead (session 17), it took CPU from them: at 1k
   * notes the cold start took 0.28 s longer and its first answer 0.5-1 s; at 10k 0.3-0.6 s longer,
   * edits p95 up by 10-15 ms, for references on tools p99 40-60 ms shorter (RESULTS.md). Not kept.
   * The server starts it once the answers over the first index are made: begun at the index's end,
   * its rounds (about 0.1 s) came between the answers' slices and held the end of progress back.
   */
  startWarmUp(): void {
    if (this.warmedUp) return;
    this.warmedUp = true;
    const begun = performance.now();
    void warmUp(this.ctx.index.catalog, () => this.indexing, this.runWarmUp, () => this.warmUpNotes()).then(
      (extractions) => this.log(`warm-up of the extractor: ${extractions} extractions in ${Math.round(performance.now() - begun)} ms`),
      (e) => this.log(`warm-up failed: ${(e as Error).message}`),
    );
  }

  /** The note files of every workspace folder. */
  private async listAll(opts: NoteFileOptions, skippedFolders: Skipped[]): Promise<string[]> {
    const listing = await this.listing();
    const lists = await Promise.all(this.rootPaths.map((root) => listNoteFiles(root, opts, skippedFolders, listing)));
    return lists.flat().filter((f) => this.isNotePath(f));
  }

  /** Puts one extraction result into the index, the persistent cache and the skipped list. */
  private store(r: ExtractResult, skipped: Map<string, string>): void {
    if (this.overlays.has(r.uri)) return;
    if (r.note) {
      this.ctx.putNote(r.note, r.headings ?? []);
      skipped.delete(r.uri);
      if (r.size !== undefined && r.mtimeMs !== undefined && r.hash) this.cache?.set(r.uri, { size: r.size, mtimeMs: r.mtimeMs, hash: r.hash, note: storedNote(r.note), headings: r.headings ?? [] });
    } else {
      this.ctx.removeNote(r.uri);
      this.cache?.delete(r.uri);
      if (r.skipped && !r.gone) skipped.set(r.uri, r.skipped);
    }
  }

  /** Reads the search snapshot that came with the persistent index (the catalog is loaded: its key is the file's). */
  private takeSearchSnapshot(input: SnapshotInput): void {
    const started = performance.now();
    try {
      const snapshot = readSearchSnapshot(input, this.ctx.index.catalog);
      this.searchSnapshot = snapshot;
      this.log(`search snapshot: ${snapshot.rowCount} rows read in ${Math.round(performance.now() - started)} ms`);
    } catch (e) {
      this.log(`search snapshot not used: ${(e as Error).message}`);
    }
  }

  private openCache(): IndexCache | null {
    if (!this.settings.cache.enabled || !this.rootPaths.length) return (this.cache = null);
    const folder = this.settings.cache.folder.trim() || this.cacheFolder;
    if (!folder) return (this.cache = null);
    const cache = IndexCache.forRoots(folder, this.rootPaths);
    if (this.cache?.file !== cache.file) {
      cache.betweenBatches = () => this.backgroundTurn();
      // A search snapshot of the index as it is when the persistent index is saved.
      cache.searchSnapshot = () => encodeSearchSnapshot(this.ctx.index);
      this.cache = cache;
    }
    return this.cache;
  }

  /**
   * Extracts jobs on the worker threads (on this thread without them, and whatever they did not
   * finish), handing the results to `take` a batch at a time; stops when `stale()` says so.
   */
  private async extractJobs(jobs: ExtractJob[], take: (results: ExtractResult[]) => void, stale: () => boolean): Promise<void> {
    const finished = new Set<string>();
    const taking = (results: ExtractResult[]) => {
      for (const r of results) finished.add(r.uri);
      take(results);
    };
    const maxBytes = noteFileOptions(this.settings).maxFileBytes;
    if (this.pool && jobs.length > POOL_MIN_JOBS) {
      try {
        await this.pool.run(jobs, this.userTools, maxBytes, taking, stale);
      } catch (e) {
        this.log(`extraction workers failed, going on without them: ${(e as Error).message}`);
        this.pool = null;
      }
    }
    for (let i = 0; i < jobs.length; i += BATCH) {
      if (stale()) return;
      const batch = jobs.slice(i, i + BATCH).filter((j) => !finished.has(j.uri));
      if (!batch.length) continue;
      taking(await Promise.all(batch.map((j) => extractFile(j, this.ctx.index.catalog, maxBytes))));
      // Let requests and notifications in between batches.
      await nextTurn();
    }
  }

  /**
   * Checks the notes that came from the persistent index against their files (size and time, then
   * the bytes' hash, on this thread: files.ts says why) and extracts again those that changed,
   * on the workers when there are many (a branch switched while the editor was closed).
   */
  private async verifyCached(jobs: VerifyJob[], gen: number): Promise<void> {
    if (!jobs.length) return;
    const changed: VerifyJob[] = [];
    const stale = () => gen !== this.generation || !this.cache;
    // In background turns: after requests, and after the tool answers and search rows queued first.
    await verifyHashes(jobs, (job) => changed.push(job), stale, () => this.backgroundTurn());
    if (stale()) return;
    // Still the entry that was checked (not read again meanwhile).
    const again = changed.filter((job) => this.cache?.get(job.uri)?.hash === job.hash);
    if (again.length <= POOL_MIN_JOBS) {
      for (const job of again) await this.refreshFile(job.file);
      return;
    }
    const ticket = this.begin();
    try {
      const extract: ExtractJob[] = [];
      for (const job of again) {
        // Never read through a link that now leads out of the folders (refreshFile says why not).
        if (await this.leavesRoots(job.file)) await this.refreshFile(job.file);
        else extract.push({ file: job.file, uri: job.uri, plainText: isPlainTextName(job.file) });
      }
      await this.extractJobs(
        extract,
        (results) => {
          if (stale()) return;
          for (const r of results) if (this.current(r.uri, ticket)) this.store(r, this.skipped);
          this.onChange();
        },
        stale,
      );
    } finally {
      this.finish();
    }
  }

  /** Writes the persistent index now (at shutdown). */
  async flushCache(): Promise<void> {
    await this.cache?.save();
    await this.pool?.close();
  }

  /**
   * Extracts one note. An extractor failure on one odd note must not stop the index (nor the
   * server): the note leaves the index and the reason is returned (it goes to `skipped`).
   */
  private update(uri: string, text: string, encoding: string | undefined, keepText: boolean): string | null {
    try {
      this.ctx.updateNote({ uri, text, encoding, plainText: isPlainTextName(uri) }, keepText);
      return null;
    } catch (e) {
      this.ctx.removeNote(uri);
      this.log(`could not index ${uri}: ${(e as Error).stack ?? e}`);
      return `could not be indexed: ${(e as Error).message}`;
    }
  }

  private isToolUri(uri: string): boolean {
    const p = uriToPath(uri);
    return !!p && this.isToolFilePath(p);
  }

  /** Reads the tool files of every folder (an open one from the editor) into a new catalog. */
  private async loadCatalog(): Promise<void> {
    const { catalog, toolFiles, key, user } = await this.readToolFiles();
    this.ctx.toolFiles = toolFiles;
    // The built-in catalog takes a while to build: without user tools, the one in use stays.
    if (user.length || this.userTools.length) this.ctx.index.setCatalog(catalog());
    this.userToolsKey = key;
    this.userTools = user;
    this.catalogKey = catalogKeyOf(user);
  }

  /** What the extractor matches with, from the user's tool files: a change means re-extracting. */
  private userToolsKey = '';
  /** Tool files that were not read, and why. */
  private toolSkips = new Map<string, string>();

  private async readToolFiles(): Promise<{ catalog: () => Catalog; toolFiles: FeatureContext['toolFiles']; key: string; user: UserTool[] }> {
    const user: UserTool[] = [];
    const seenIds = new Set<string>();
    const toolFiles: FeatureContext['toolFiles'] = [];
    const toolSkips = new Map<string, string>();
    const rels = [this.settings.toolFile, ...(this.settings.toolFile === DEFAULT_SETTINGS.toolFile ? ['.infranotes/tools.yml'] : [])];
    for (const root of this.rootPaths) {
      for (const rel of rels) {
        const file = path.resolve(root, rel);
        const uri = fileUri(file);
        let text = this.overlays.get(uri);
        if (text === undefined) {
          if (!this.rootOf(file)) {
            // The setting is per folder, so a workspace could point it anywhere: only inside.
            if (await fs.stat(file).then(() => true, () => false)) toolSkips.set(uri, TOOL_FILE_OUTSIDE);
            continue;
          }
          if (await this.leavesRoots(file)) {
            toolSkips.set(uri, OUTSIDE_FILE);
            continue;
          }
          const r = await readNoteFile(file).catch(() => null);
          if (!r || r.kind !== 'text') continue;
          text = r.text;
        }
        const parsed = parseUserTools(text, uri);
        toolFiles.push({ uri, problems: parsed.problems });
        // With several folders, the first folder's entry for an id wins.
        for (const t of parsed.tools) {
          if (seenIds.has(t.entry.id)) continue;
          seenIds.add(t.entry.id);
          user.push(t);
        }
        break;
      }
    }
    // Tool files not read (links out of the folders) go to the skipped list with their reason.
    for (const uri of this.toolSkips.keys()) this.skipped.delete(uri);
    for (const [uri, reason] of toolSkips) this.skipped.set(uri, reason);
    this.toolSkips = toolSkips;
    return { catalog: () => Catalog.builtin(user), toolFiles, key: JSON.stringify(user.map((u) => u.entry)), user };
  }

  /**
   * The tool file was saved, changed on disk or closed: a new catalog. Notes are re-extracted
   * (a reindex) only when the tools' spellings or fields changed, not for a comment or a moved line.
   */
  private scheduleToolReload(): void {
    if (this.toolReload) clearTimeout(this.toolReload);
    this.toolReload = setTimeout(() => {
      this.toolReload = null;
      void this.reloadTools();
    }, 150);
  }

  private async reloadTools(): Promise<void> {
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
  private toolFileEdited(uri: string, text: string): void {
    const file = this.ctx.toolFiles.find((t) => t.uri === uri);
    const problems = parseUserTools(text, uri).problems;
    if (file) file.problems = problems;
    else this.ctx.toolFiles = [...this.ctx.toolFiles, { uri, problems }];
    this.onChange();
  }

  // ---- open documents

  openDocument(uri: string, text: string): void {
    // An editor opens its notes as it starts, before the warm-up: the first extraction on this thread decides (warm-up.ts).
    stopAllocationSitePretenuring();
    this.overlays.set(uri, text);
    if (this.isToolUri(uri)) {
      this.ctx.setText(uri, text);
      this.toolFileEdited(uri, text);
      return;
    }
    this.update(uri, text, undefined, true);
    this.onChange();
  }

  changeDocument(uri: string, text: string): void {
    this.openDocument(uri, text);
  }

  async closeDocument(uri: string): Promise<void> {
    this.overlays.delete(uri);
    this.ctx.setText(uri, undefined);
    const file = uriToPath(uri);
    if (this.isToolUri(uri)) {
      this.scheduleToolReload();
      return;
    }
    // Back to what the disk says (or out of the index, for a file that is not a note of the folders).
    if (file && this.isNotePath(file)) await this.refreshFile(file);
    else if (this.ctx.removeNote(uri)) this.onChange();
  }

  isOpen(uri: string): boolean {
    return this.overlays.has(uri);
  }

  // ---- changes on disk

  /** Starts an operation on a path: a ticket newer than every other, recorded for the path. */
  private claim(uri: string): number {
    const t = this.begin();
    this.latest.set(uri, t);
    return t;
  }

  /** Starts an operation on no one path (a reindex): a ticket, in flight until `finish`. */
  private begin(): number {
    this.inFlight++;
    return ++this.ticket;
  }

  private finish(): void {
    if (--this.inFlight === 0) this.latest.clear();
  }

  /** Whether an operation holding ticket `t` may still change the entry of `uri`: nothing newer touched it or a folder above it. */
  private current(uri: string, t: number): boolean {
    if ((this.latest.get(uri) ?? 0) > t) return false;
    if (!this.latest.size) return true;
    const root = this.ctx.rootOf(uri);
    for (let i = uri.lastIndexOf('/'); root && i >= root.length; i = uri.lastIndexOf('/', i - 1)) {
      if ((this.latest.get(uri.slice(0, i)) ?? 0) > t) return false;
    }
    return true;
  }

  /** A path was created, changed, deleted or renamed (from the client's watcher or ours). */
  async pathTouched(file: string): Promise<void> {
    file = path.resolve(file);
    if (!this.rootOf(file)) return;
    if (this.isToolFilePath(file)) {
      // Saved from the editor, or changed by something else: the file on disk is the truth now.
      this.overlays.delete(fileUri(file));
      this.scheduleToolReload();
      return;
    }
    const t = this.claim(fileUri(file));
    try {
      let st;
      try {
        st = await fs.stat(file);
      } catch {
        this.dropPath(file, t);
        return;
      }
      if (st.isDirectory()) await this.folderTouched(file, t);
      else if (this.isNotePath(file)) await this.readInto(file, t);
    } finally {
      this.finish();
    }
  }

  /**
   * A folder appeared, was renamed into place or changed: index the notes it holds now, and
   * drop what the index had under it that is not there any more.
   */
  private async folderTouched(dir: string, t: number): Promise<void> {
    const files = this.shouldEnter(dir) ? (await listNoteFiles(dir, noteFileOptions(this.settings), [], await this.listing())).filter((f) => this.isNotePath(f)) : [];
    const present = new Set(files.map(fileUri));
    this.dropPath(dir, t, (uri) => !present.has(uri));
    for (const f of files) await this.refreshFile(f);
  }

  /** A file or folder is gone: its notes (every note under a folder) leave the index. */
  pathDeleted(file: string): void {
    const t = this.claim(fileUri(path.resolve(file)));
    try {
      this.dropPath(path.resolve(file), t);
    } finally {
      this.finish();
    }
  }

  /** Drops the entries of a path and everything under it that no newer operation has touched (and that `which` picks). */
  private dropPath(file: string, t: number, which: (uri: string) => boolean = () => true): void {
    if (this.isToolFilePath(file)) {
      this.scheduleToolReload();
      return;
    }
    const uri = fileUri(file);
    const prefix = uri + '/';
    const under = (u: string) => (u === uri || u.startsWith(prefix)) && which(u) && this.current(u, t);
    let changed = false;
    for (const note of this.ctx.index.notes()) {
      if (under(note.uri) && !this.overlays.has(note.uri)) changed = this.ctx.removeNote(note.uri) || changed;
    }
    for (const k of [...this.skipped.keys()]) if (under(k)) (this.skipped.delete(k), (changed = true));
    if (changed) this.onChange();
  }

  /** Reads one file again (unless the editor has it open). */
  async refreshFile(file: string): Promise<void> {
    const t = this.claim(fileUri(file));
    try {
      await this.readInto(file, t);
    } finally {
      this.finish();
    }
  }

  /** Reads, decodes and extracts a file; stores the result unless a newer operation owns the path by then. */
  private async readInto(file: string, t: number): Promise<void> {
    const uri = fileUri(file);
    if (this.overlays.has(uri)) return;
    // A watcher reports paths, which may be links: never read through one to outside the folders.
    const r: ExtractResult = (await this.leavesRoots(file))
      ? { uri, skipped: OUTSIDE_FILE }
      : await extractFile({ file, uri, plainText: isPlainTextName(file) }, this.ctx.index.catalog, noteFileOptions(this.settings).maxFileBytes);
    if (this.overlays.has(uri) || !this.current(uri, t)) return;
    if (r.gone) {
      this.dropPath(file, t);
      return;
    }
    this.store(r, this.skipped);
    this.onChange();
  }
}
