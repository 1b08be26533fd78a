// File-system side of indexing: which files are notes, reading them, decoding them.
// Used by the CLI and the language server; the core never touches the disk.
import { promises as fs, type Dirent } from 'node:fs';
import * as path from 'node:path';
import { decodeNote } from '../core/decode';

export interface NoteFileOptions {
  /** Extensions (lower case, with dot) that are notes; files without an extension are notes when they are text. */
  extensions: string[];
  /** Folder names never entered. */
  excludeFolders: string[];
  /** Files larger than this are skipped with a reason. */
  maxFileBytes: number;
}

export const DEFAULT_NOTE_FILES: NoteFileOptions = {
  extensions: ['.md', '.markdown', '.txt'],
  excludeFolders: ['node_modules', '.git', '.hg', '.svn', 'out', 'dist', 'build', 'target', '.vscode-test', '.cache', '__pycache__', '.venv'],
  maxFileBytes: 10 * 1024 * 1024,
};

export interface Skipped {
  path: string;
  reason: string;
}

export function isNoteName(name: string, options: NoteFileOptions): boolean {
  const ext = path.extname(name).toLowerCase();
  if (!ext) return !name.startsWith('.');
  return options.extensions.includes(ext);
}

/** Lists candidate note files under a folder; follows no symlink twice, skips excluded and hidden folders. */
export async function listNoteFiles(root: string, options: NoteFileOptions = DEFAULT_NOTE_FILES, skipped: Skipped[] = []): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  async function walk(dir: string): Promise<void> {
    let real: string;
    try {
      real = await fs.realpath(dir);
    } catch (e) {
      skipped.push({ path: dir, reason: `cannot open folder: ${(e as Error).message}` });
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    let entries: Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (e) {
      skipped.push({ path: dir, reason: `cannot read folder: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subdirs: string[] = [];
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const st = await fs.stat(full);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          skipped.push({ path: full, reason: 'broken symbolic link' });
          continue;
        }
      }
      if (isDir) {
        if (entry.name.startsWith('.') || options.excludeFolders.includes(entry.name)) continue;
        subdirs.push(full);
      } else if (isFile && isNoteName(entry.name, options)) out.push(full);
    }
    for (const sub of subdirs) await walk(sub);
  }
  await walk(root);
  return out;
}

export type ReadResult =
  | { kind: 'text'; text: string; encoding: string; size: number; mtimeMs: number }
  | { kind: 'skipped'; reason: string };

export async function readNoteFile(file: string, options: NoteFileOptions = DEFAULT_NOTE_FILES): Promise<ReadResult> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(file, 'r');
    const st = await handle.stat();
    if (!st.isFile()) return { kind: 'skipped', reason: 'not a regular file' };
    if (st.size > options.maxFileBytes) {
      return { kind: 'skipped', reason: `too large: ${(st.size / 1048576).toFixed(1)} MB (limit ${(options.maxFileBytes / 1048576).toFixed(0)} MB)` };
    }
    const bytes = await handle.readFile();
    const decoded = decodeNote(bytes);
    if (decoded.kind === 'skipped') return decoded;
    return { kind: 'text', text: decoded.text, encoding: decoded.encoding, size: st.size, mtimeMs: st.mtimeMs };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'skipped', reason: 'deleted before it could be read' };
    if (code === 'EACCES' || code === 'EPERM') return { kind: 'skipped', reason: 'permission denied' };
    return { kind: 'skipped', reason: `cannot read: ${code ?? (e as Error).message}` };
  } finally {
    await handle?.close();
  }
}

/** Plain-text notes: everything that is not markdown. */
export function isPlainTextName(file: string): boolean {
  const ext = path.extname(file).toLowerCase();
  return ext !== '.md' && ext !== '.markdown';
}
