// Indexes a folder from disk: lists notes, reads and decodes them, loads the user's tool file.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Catalog } from '../core/catalog/catalog';
import { USER_TOOL_FILES, parseUserTools } from '../core/catalog/user-tools';
import type { NoteProblem } from '../core/model';
import { WorkspaceIndex } from '../core/workspace-index';
import { DEFAULT_NOTE_FILES, isPlainTextName, listNoteFiles, readNoteFile, type NoteFileOptions, type Skipped } from './files';

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

export async function loadUserCatalog(root: string): Promise<{ catalog: Catalog; toolFile: FolderIndex['toolFile'] }> {
  for (const rel of USER_TOOL_FILES) {
    const file = path.join(root, rel);
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch {
      continue;
    }
    const { tools, problems } = parseUserTools(text, fileUri(file));
    return { catalog: Catalog.builtin(tools), toolFile: { path: file, problems } };
  }
  return { catalog: Catalog.builtin(), toolFile: null };
}

export async function indexFolder(root: string, options: NoteFileOptions = DEFAULT_NOTE_FILES, extra: { keepTexts?: boolean } = {}): Promise<FolderIndex> {
  const started = performance.now();
  const { catalog, toolFile } = await loadUserCatalog(root);
  const index = new WorkspaceIndex(catalog);
  const skipped: Skipped[] = [];
  const texts = extra.keepTexts ? new Map<string, string>() : undefined;
  const files = await listNoteFiles(root, options, skipped);
  // Reading in small parallel batches keeps the disk busy while the CPU extracts.
  const BATCH = 32;
  for (let i = 0; i < files.length; i += BATCH) {
    const batch = files.slice(i, i + BATCH);
    const reads = await Promise.all(batch.map((f) => readNoteFile(f, options)));
    reads.forEach((r, k) => {
      const file = batch[k];
      if (r.kind === 'skipped') skipped.push({ path: file, reason: r.reason });
      else {
        const uri = fileUri(file);
        index.update({ uri, text: r.text, encoding: r.encoding, plainText: isPlainTextName(file) });
        texts?.set(uri, r.text);
      }
    });
  }
  return { root, index, skipped, toolFile, millis: performance.now() - started, texts };
}
