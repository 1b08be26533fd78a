// Indexes a folder from disk for the CLI: lists notes, loads the user's tool file, takes unchanged
// notes from the persistent index (the one the language server writes for other editors; every
// file's bytes hashed on a thread of their own meanwhile), and extracts the rest on worker
// threads (inline when there are none).
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { BUILTIN_CATALOG_KEY, Catalog, type UserTool } from '../core/catalog/catalog';
import { USER_TOOL_FILES, parseUserTools } from '../core/catalog/user-tools';
import type { Note, NoteProblem } from '../core/model';
import { storedNote, type StoredNote } from '../core/mentions';
import { ENGINE_VERSION } from '../core/version';
import { WorkspaceIndex } from '../core/workspace-index';
import { ExtractPool, type ExtractJob, type ExtractResult } from './extract-pool';
import { extractFile, extractFileSync } from './extract-worker';
import { DEFAULT_NOTE_FILES, isInside, isPlainTextName, listNoteFiles, type NoteFileOptions, type Skipped } from './files';
import { fileUri, hashFiles } from './files';
import { IndexCache, sha1, type CacheEntry } from './index-cache';

/** What reading a folder gives besides its notes. */
export interface FolderRead {
  root: string;
  catalog: Catalog;
  skipped: Skipped[];
  toolFile: { path: string; problems: NoteProblem[] } | null;
  millis: number;
  /**
   * Decoded texts, when asked for: only of notes with characters outside the BMP, the only ones
   * whose code-point columns (the CLI's JSON) differ from UTF-16 ones.
   */
  texts?: Map<string, string>;
  /** Notes taken from the persistent index (their bytes checked against its hashes). */
  fromCache: number;
  /** Every listed note file by its URI, in the listing's order. */
  files: Map<string, string>;
}

/** A folder's notes in a workspace index (what the CLI's queries and its JSON read). */
export interface FolderIndex extends FolderRead {
  index: WorkspaceIndex;
}

/** A folder's notes by URI, in no index (what the CLI's outline reads: it never asks the index). */
export interface FolderNotes extends FolderRead {
  notes: Map<string, StoredNote>;
}

export interface IndexFolderOptions {
  keepTexts?: boolean;
  /** The persistent index's folder (the CLI: the language server's for other editors); none by default. */
  cacheFolder?: string | null;
  /** One note of the folder, read instead of listing the folder (the CLI given a file). */
  onlyFile?: string;
}

export { fileUri };

/** What the persistent index is keyed by besides the engine: the built-in tools and the user's. */
export function catalogKeyOf(user: UserTool[]): string {
  return sha1(Buffer.from(BUILTIN_CATALOG_KEY + '\n' + JSON.stringify(user.map((u) => u.entry))));
}

export async function loadUserCatalog(root: string): Promise<{ catalog: Catalog; user: UserTool[]; toolFile: FolderRead['toolFile'] }> {
  const realRoot = await fs.realpath(root).catch(() => path.resolve(root));
  for (const rel of USER_TOOL_FILES) {
    const file = path.join(root, rel);
    let text: string;
    try {
      // Never through a symbolic link to outside the folder.
      if (!isInside(await fs.realpath(file), [realRoot])) continue;
      text = await fs.readFile(file, 'utf8');
    } catch {
      continue;
    }
    const { tools, problems } = parseUserTools(text, fileUri(file));
    return { catalog: Catalog.builtin(tools), user: tools, toolFile: { path: file, problems } };
  }
  return { catalog: Catalog.builtin(), user: [], toolFile: null };
}

export async function indexFolder(root: string, options: NoteFileOptions = DEFAULT_NOTE_FILES, extra: IndexFolderOptions = {}): Promise<FolderIndex> {
  let index: WorkspaceIndex | undefined;
  const read = await readFolder(root, options, extra, (catalog) => (index = new WorkspaceIndex(catalog)));
  return { ...read, index: index! };
}

/**
 * The same notes as indexFolder, by URI, without putting them into a workspace index: filing a
 * note under its tools, talks and speakers was 11-15% of the CLI's main-thread time with its
 * persistent index (10k notes, CPU profiles), and an outline asks none of it.
 */
export async function readFolderNotes(root: string, options: NoteFileOptions = DEFAULT_NOTE_FILES, extra: IndexFolderOptions = {}): Promise<FolderNotes> {
  const notes = new Map<string, StoredNote>();
  const read = await readFolder(root, options, extra, () => ({
    put(note: Note | StoredNote): StoredNote {
      const stored = storedNote(note);
      notes.set(stored.uri, stored);
      return stored;
    },
    remove: (uri: string) => notes.delete(uri),
  }));
  return { ...read, notes };
}

/** Where readFolder puts the notes. */
interface NoteSink {
  put(note: Note | StoredNote): StoredNote;
  remove(uri: string): unknown;
}

async function readFolder(root: string, options: NoteFileOptions, extra: IndexFolderOptions, sinkFor: (catalog: Catalog) => NoteSink): Promise<FolderRead> {
  const started = performance.now();
  root = path.resolve(root);
  const skipped: Skipped[] = [];
  // The main thread extracts too (below): one worker fewer.
  const pool = ExtractPool.available() ? new ExtractPool(ExtractPool.defaultSize(process.env.INFRANOTES_CLI_INLINE !== '0')) : null;
  const cacheFolder = extra.cacheFolder ?? null;
  const cache = cacheFolder ? IndexCache.forRoots(cacheFolder, [root]) : null;
  // The listing, the tool file and the persistent index are read at the same time.
  const listed = extra.onlyFile ? Promise.resolve([path.resolve(extra.onlyFile)]) : listNoteFiles(root, options, skipped);
  const cacheFile = cache
    ? fs.stat(cache.file).then(
        (st) => st.isFile(),
        () => false,
      )
    : null;
  const { catalog, user, toolFile } = await loadUserCatalog(root);
  const opening = cache?.open(ENGINE_VERSION, catalogKeyOf(user), [root]);
  const files = await listed;
  // With a persistent index, every file is hashed on a thread of its own while the main thread
  // reads the index and puts its notes (the hashes do not depend on it); only the files whose
  // bytes changed are extracted after that. Without one, the workers extract every file.
  const stopHashing = new AbortController();
  let hashing = files.length > HASH_THREAD_ABOVE && (await cacheFile) ? hashFiles(files, options.maxFileBytes, extra.keepTexts === true, stopHashing.signal).catch(() => null) : null;
  // Workers take a moment to start (about 0.3 s of loading): while the persistent index is read,
  // since they read every file in any case (to extract it, or to check its hash without a
  // hashing thread).
  if (!hashing && files.length > POOL_ABOVE) pool?.prestart();
  const cached = new Map<string, CacheEntry>();
  if (opening) for (const entry of (await opening).entries) cached.set(entry.note.uri, entry);
  if (hashing && !cached.size) {
    // A file of another engine or catalog, or unreadable: everything is extracted, at once.
    stopHashing.abort();
    hashing = null;
  }
  const sink = sinkFor(catalog);
  const texts = extra.keepTexts ? new Map<string, string>() : undefined;

  // A note the persistent index holds goes into the index from it at once, while its bytes are
  // checked by their hash (cheap next to extracting it; every file is read for it anyway, so no
  // stat first: that was 0.2 s at 10k notes); a note whose bytes changed is extracted again and
  // replaces it.
  const early: StoredNote[] = [];
  const jobs: ExtractJob[] = files.map((file) => {
    const job: ExtractJob = { file, uri: fileUri(file), plainText: isPlainTextName(file), withText: extra.keepTexts };
    const entry = cached.get(job.uri);
    if (entry) {
      job.hash = entry.hash;
      early.push(entry.note);
    }
    return job;
  });
  const fileOf = new Map(jobs.map((j) => [j.uri, j.file]));
  const done = new Set<string>();
  /** Extracted again or gone: what the persistent index holds for them is out of date. */
  const replaced = new Set<string>();
  let fromCache = 0;
  const take = (results: ExtractResult[]) => {
    for (const r of results) {
      done.add(r.uri);
      if (r.text !== undefined) texts?.set(r.uri, r.text);
      const entry = r.unchanged ? cached.get(r.uri) : undefined;
      if (entry) {
        // Put in the index below, or already there. Same bytes at another time (a copy, a
        // checkout): the language server compares size and time first, so the entry learns them.
        fromCache++;
        if (r.size !== undefined && r.mtimeMs !== undefined && (r.size !== entry.size || r.mtimeMs !== entry.mtimeMs)) cache?.set(r.uri, { ...entry, size: r.size, mtimeMs: r.mtimeMs });
        continue;
      }
      replaced.add(r.uri);
      if (r.note) {
        const note = sink.put(r.note);
        if (r.size !== undefined && r.mtimeMs !== undefined && r.hash) cache?.set(r.uri, { size: r.size, mtimeMs: r.mtimeMs, hash: r.hash, note, headings: r.headings ?? [] });
      } else {
        sink.remove(r.uri);
        cache?.delete(r.uri);
        if (r.skipped) skipped.push({ path: fileOf.get(r.uri) ?? r.uri, reason: r.skipped });
      }
    }
  };

  let toExtract = jobs;
  if (hashing) {
    for (const note of early) sink.put(note);
    const hashed = await hashing;
    if (hashed) {
      toExtract = [];
      for (let i = 0; i < jobs.length; i++) {
        const job = jobs[i];
        const hash = hashed.hashes[i];
        // The text of a note with characters outside the BMP (for code-point columns) is read
        // by the extraction path, which takes it from the persistent index if it is unchanged.
        if (!hash || hash !== job.hash || (extra.keepTexts && hashed.astral[i])) toExtract.push(job);
        else take([{ uri: job.uri, unchanged: true, size: hashed.sizes[i], mtimeMs: hashed.mtimes[i], hash }]);
      }
    }
  }

  let running: Promise<void> | null = null;
  if (pool && toExtract.length > POOL_ABOVE) {
    const inline = process.env.INFRANOTES_CLI_INLINE === '0' ? undefined : (job: ExtractJob) => extractFileSync(job, catalog, options.maxFileBytes);
    running = pool.run(toExtract, user, options.maxFileBytes, take, undefined, inline);
  }
  // While the workers read and hash (their results wait for this loop to end).
  if (!hashing) for (const note of early) if (!replaced.has(note.uri)) sink.put(note);
  if (running) {
    try {
      await running;
    } catch {
      // A failed worker: the rest runs inline below.
    }
  }
  for (const job of toExtract) {
    if (done.has(job.uri)) continue;
    take([await extractFile(job, catalog, options.maxFileBytes)]);
  }
  if (cache) {
    // One file read is not the folder's listing: the other notes' entries stay.
    if (!extra.onlyFile) cache.retain(new Set(jobs.map((j) => j.uri)));
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
