// Indexes a folder from disk for the CLI: lists notes, loads the user's tool file, and extracts
// the notes on worker threads (inline when there are none).
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Catalog, type UserTool } from '../core/catalog/catalog';
import { USER_TOOL_FILES, parseUserTools } from '../core/catalog/user-tools';
import type { NoteProblem } from '../core/model';
import { WorkspaceIndex } from '../core/workspace-index';
import { ExtractPool, type ExtractJob, type ExtractResult } from './extract-pool';
import { extractFile } from './extract-worker';
import { DEFAULT_NOTE_FILES, isInside, isPlainTextName, listNoteFiles, type NoteFileOptions, type Skipped } from './files';

export interface FolderIndex {
  root: string;
  index: WorkspaceIndex;
  skipped: Skipped[];
  toolFile: { path: string; problems: NoteProblem[] } | null;
  millis: number;
  /** The decoded texts, when asked for (the CLI needs them for character columns). */
  texts?: Map<string, string>;
}

export const fileUri = (file: string) => pathToFileURL(file).href;

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

export async function indexFolder(root: string, options: NoteFileOptions = DEFAULT_NOTE_FILES, extra: { keepTexts?: boolean } = {}): Promise<FolderIndex> {
  const started = performance.now();
  const { catalog, user, toolFile } = await loadUserCatalog(root);
  const index = new WorkspaceIndex(catalog);
  const skipped: Skipped[] = [];
  const files = await listNoteFiles(root, options, skipped);
  const jobs: ExtractJob[] = files.map((file) => ({ file, uri: fileUri(file), plainText: isPlainTextName(file), withText: extra.keepTexts }));
  const texts = extra.keepTexts ? new Map<string, string>() : undefined;
  const fileOf = new Map(jobs.map((j) => [j.uri, j.file]));
  const done = new Set<string>();
  const take = (results: ExtractResult[]) => {
    for (const r of results) {
      done.add(r.uri);
      if (r.note) index.put(r.note);
      if (r.text !== undefined) texts?.set(r.uri, r.text);
      else if (r.skipped) skipped.push({ path: fileOf.get(r.uri) ?? r.uri, reason: r.skipped });
    }
  };
  if (jobs.length > 32 && ExtractPool.available()) {
    const pool = new ExtractPool();
    try {
      await pool.run(jobs, user, options.maxFileBytes, take);
    } catch {
      // A failed worker: the rest runs inline below.
    } finally {
      await pool.close();
    }
  }
  for (const job of jobs) if (!done.has(job.uri)) take([await extractFile(job, catalog, options.maxFileBytes)]);
  skipped.sort((a, b) => a.path.localeCompare(b.path));
  return { root, index, skipped, toolFile, millis: performance.now() - started, texts };
}
