// Indexes a folder from disk for the CLI: lists notes, loads the user's tool file, takes unchanged
// notes from the persistent index (the one the language server writes for other editors), and
// extracts the rest on worker threads (inline when there are none).
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { BUILTIN_CATALOG_KEY, Catalog, type UserTool } from '../core/catalog/catalog';
import { USER_TOOL_FILES, parseUserTools } from '../core/catalog/user-tools';
import type { NoteProblem } from '../core/model';
import type { StoredNote } from '../core/mentions';
import { ENGINE_VERSION } from '../core/version';
import { WorkspaceIndex } from '../core/workspace-index';
import { ExtractPool, type ExtractJob, type ExtractResult } from './extract-pool';
import { extractFile, extractFileSync } from './extract-worker';
import { DEFAULT_NOTE_FILES, isInside, isPlainTextName, listNoteFiles, type NoteFileOptions, type Skipped } from './files';
import { fileUri } from './files';
import { IndexCache, sha1, type CacheEntry } from './index-cache';

export interface FolderIndex {
  root: string;
  index: WorkspaceIndex;
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
}

export interface IndexFolderOptions {
  keepTexts?: boolean;
  /** The persistent index's folder (the CLI: the language server's for other editors); none by default. */
  cacheFolder?: string | null;
}

export { fileUri };

/** What the persistent index is keyed by besides the engine: the built-in tools and the user's. */
export function catalogKeyOf(user: UserTool[]): string {
  return sha1(Buffer.from(BUILTIN_CATALOG_KEY + '\n' + JSON.stringify(user.map((u) => u.entry))));
}

export async function loadUserCatalog(root: string): Promise<{ catalog: Catalog; user: UserTool[]; toolFile: FolderIndex['toolFile'] }> {
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
  const started = performance.now();
  root = path.resolve(root);
  const skipped: Skipped[] = [];
  // The main thread extracts too (below): one worker fewer.
  const pool = ExtractPool.available() ? new ExtractPool(ExtractPool.defaultSize(process.env.INFRANOTES_CLI_INLINE !== '0')) : null;
  const cacheFolder = extra.cacheFolder ?? null;
  const cache = cacheFolder ? IndexCache.forRoots(cacheFolder, [root]) : null;
  // The listing, the tool file and the persistent index are read at the same time.
  const listed = listNoteFiles(root, options, skipped);
  const { catalog, user, toolFile } = await loadUserCatalog(root);
  const opening = cache?.open(ENGINE_VERSION, catalogKeyOf(user), [root]);
  const files = await listed;
  // Workers take a moment to start (about 0.3 s of loading): while the persistent index is read,
  // since they read every file in any case (to check its hash, or to extract it).
  if (files.length > 32) pool?.prestart();
  const cached = new Map<string, CacheEntry>();
  if (opening) for (const entry of (await opening).entries) cached.set(entry.note.uri, entry);
  const index = new WorkspaceIndex(catalog);
  const texts = extra.keepTexts ? new Map<string, string>() : undefined;

  // A note the persistent index holds goes into the index from it at once, while the workers
  // check its bytes by their hash (cheap next to extracting it; every file is read for it anyway,
  // so no stat first: that was 0.2 s at 10k notes); a note whose bytes changed is extracted again
  // and replaces it.
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
        const note = index.put(r.note);
        if (r.size !== undefined && r.mtimeMs !== undefined && r.hash) cache?.set(r.uri, { size: r.size, mtimeMs: r.mtimeMs, hash: r.hash, note, headings: r.headings ?? [] });
      } else {
        index.remove(r.uri);
        cache?.delete(r.uri);
        if (r.skipped) skipped.push({ path: fileOf.get(r.uri) ?? r.uri, reason: r.skipped });
      }
    }
  };
  let running: Promise<void> | null = null;
  if (pool && jobs.length > 32) {
    const inline = process.env.INFRANOTES_CLI_INLINE === '0' ? undefined : (job: ExtractJob) => extractFileSync(job, catalog, options.maxFileBytes);
    running = pool.run(jobs, user, options.maxFileBytes, take, undefined, inline);
  }
  // While the workers read and hash (their results wait for this loop to end).
  for (const note of early) if (!replaced.has(note.uri)) index.put(note);
  if (running) {
    try {
      await running;
    } catch {
      // A failed worker: the rest runs inline below.
    }
  }
  for (const job of jobs) {
    if (done.has(job.uri)) continue;
    take([await extractFile(job, catalog, options.maxFileBytes)]);
  }
  if (cache) {
    cache.retain(new Set(jobs.map((j) => j.uri)));
    await cache.save();
  }
  await pool?.close();
  skipped.sort((a, b) => a.path.localeCompare(b.path));
  return { root, index, skipped, toolFile, millis: performance.now() - started, texts, fromCache };
}
