// The persistent index: every note's extraction, keyed by file size, modification time and
// content hash, written after indexing so that the next start does almost no work.
// A file that cannot be read, is not ours, or was made by another engine or catalog is ignored.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Heading } from '../core/features/context';
import type { Note } from '../core/model';

export interface CacheEntry {
  size: number;
  mtimeMs: number;
  hash: string;
  note: Note;
  headings: Heading[];
}

interface CacheHeader {
  magic: typeof MAGIC;
  engine: string;
  catalogKey: string;
  roots: string[];
  entries: StoredEntry[];
}

/**
 * One note in the file. Mentions are most of an index: they are stored as numbers (in the
 * binary tail of the file) and a small string table, not as objects.
 */
interface StoredEntry {
  uri: string;
  size: number;
  mtimeMs: number;
  hash: string;
  headings: Heading[];
  note: Omit<Note, 'mentions'>;
  /** Tool ids, texts and talk ids the mentions point at. */
  strings: string[];
  /** Where this note's mentions start in the numbers, and how many there are. */
  offset: number;
  count: number;
}

// File layout: "INDX" | uint32 length of the JSON header | JSON header | int32 mention data.
// JSON.parse is several times faster than v8.deserialize for this shape of data.
const MAGIC = 'infranotes-index/3';
const FILE_TAG = 0x58444e49; // "INDX", little-endian
const FIELDS = 7;

function packInto(note: Note, data: number[]): Pick<StoredEntry, 'note' | 'strings' | 'offset' | 'count'> {
  const strings: string[] = [];
  const ids = new Map<string, number>();
  const id = (s: string) => {
    let i = ids.get(s);
    if (i === undefined) ids.set(s, (i = strings.push(s) - 1));
    return i;
  };
  const offset = data.length / FIELDS;
  for (const m of note.mentions) {
    data.push(id(m.toolId), id(m.text), m.talkId === null ? -1 : id(m.talkId), m.range.start.line, m.range.start.character, m.range.end.line, m.range.end.character);
  }
  const { mentions: _omit, ...rest } = note;
  void _omit;
  return { note: rest, strings, offset, count: note.mentions.length };
}

function unpack(e: StoredEntry, data: Int32Array): Note {
  const mentions: Note['mentions'] = new Array(e.count);
  const s = e.strings;
  for (let k = 0; k < e.count; k++) {
    const o = (e.offset + k) * FIELDS;
    mentions[k] = {
      toolId: s[data[o]],
      text: s[data[o + 1]],
      talkId: data[o + 2] < 0 ? null : s[data[o + 2]],
      range: { start: { line: data[o + 3], character: data[o + 4] }, end: { line: data[o + 5], character: data[o + 6] } },
    };
  }
  return { ...e.note, mentions } as Note;
}

export function defaultCacheFolder(): string {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'infranotes', 'index');
}

export class IndexCache {
  private entries = new Map<string, CacheEntry>();
  private saveTimer: NodeJS.Timeout | null = null;
  /** Something changed since the file was read or written. */
  private dirty = false;
  private key: { engine: string; catalogKey: string; roots: string[] } | null = null;
  /** Why the last load found nothing usable (for the index status). */
  lastLoadProblem: string | null = null;

  constructor(readonly file: string) {}

  static forRoots(folder: string, roots: string[]): IndexCache {
    const id = createHash('sha1').update(roots.slice().sort().join('\n')).digest('hex').slice(0, 16);
    return new IndexCache(path.join(folder, `${id}.index`));
  }

  /** Loads the entries when the file was made by this engine, for this catalog and these folders. */
  async load(engine: string, catalogKey: string, roots: string[]): Promise<Map<string, CacheEntry>> {
    this.key = { engine, catalogKey, roots };
    this.entries = new Map();
    this.lastLoadProblem = null;
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(this.file);
    } catch {
      return this.entries;
    }
    try {
      if (bytes.length < 8 || bytes.readUInt32LE(0) !== FILE_TAG) throw new Error('not an Infra Notes index');
      const jsonLength = bytes.readUInt32LE(4);
      if (8 + jsonLength > bytes.length || (bytes.length - 8 - jsonLength) % 4) throw new Error('truncated');
      const header = JSON.parse(bytes.toString('utf8', 8, 8 + jsonLength)) as CacheHeader;
      if (!header || header.magic !== MAGIC || !Array.isArray(header.entries)) throw new Error('not an Infra Notes index');
      if (header.engine !== engine) throw new Error('made by another version of the engine');
      if (header.catalogKey !== catalogKey) throw new Error('made with other tools');
      if (JSON.stringify(header.roots) !== JSON.stringify(roots)) throw new Error('made for other folders');
      const tail = bytes.subarray(8 + jsonLength);
      // Copy into an aligned buffer: the tail may start at any byte.
      const data = new Int32Array(tail.length / 4);
      Buffer.from(data.buffer).set(tail);
      for (const e of header.entries) {
        if (!e || typeof e.uri !== 'string' || typeof e.size !== 'number' || typeof e.mtimeMs !== 'number' || !e.note || e.note.uri !== e.uri) continue;
        if (!Array.isArray(e.strings) || e.offset < 0 || (e.offset + e.count) * FIELDS > data.length) continue;
        this.entries.set(e.uri, { size: e.size, mtimeMs: e.mtimeMs, hash: e.hash, headings: e.headings ?? [], note: unpack(e, data) });
      }
    } catch (e) {
      this.lastLoadProblem = `persistent index discarded: ${(e as Error).message}`;
      this.entries = new Map();
    }
    this.dirty = false;
    return this.entries;
  }

  get(uri: string): CacheEntry | undefined {
    return this.entries.get(uri);
  }

  set(uri: string, entry: CacheEntry): void {
    this.entries.set(uri, entry);
    this.dirty = true;
    this.scheduleSave();
  }

  delete(uri: string): void {
    if (this.entries.delete(uri)) {
      this.dirty = true;
      this.scheduleSave();
    }
  }

  /** Keeps only these URIs (files that are gone leave the cache). */
  retain(uris: Set<string>): void {
    for (const uri of this.entries.keys()) {
      if (!uris.has(uri)) {
        this.entries.delete(uri);
        this.dirty = true;
      }
    }
  }

  scheduleSave(delayMs = 2000): void {
    if (!this.dirty) return;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      void this.save();
    }, delayMs);
    this.saveTimer.unref();
  }

  /** Writes atomically (a temporary file renamed into place), so a crash never leaves half a file. */
  async save(): Promise<void> {
    if (!this.key) return;
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      this.saveTimer = null;
    }
    if (!this.dirty) return;
    this.dirty = false;
    const numbers: number[] = [];
    const entries: StoredEntry[] = [];
    for (const [uri, e] of this.entries) entries.push({ uri, size: e.size, mtimeMs: e.mtimeMs, hash: e.hash, headings: e.headings, ...packInto(e.note, numbers) });
    const header: CacheHeader = { magic: MAGIC, ...this.key, entries };
    const json = Buffer.from(JSON.stringify(header), 'utf8');
    const head = Buffer.alloc(8);
    head.writeUInt32LE(FILE_TAG, 0);
    head.writeUInt32LE(json.length, 4);
    const tail = Buffer.from(new Int32Array(numbers).buffer);
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      await fs.mkdir(path.dirname(this.file), { recursive: true });
      await fs.writeFile(tmp, Buffer.concat([head, json, tail]));
      await fs.rename(tmp, this.file);
    } catch {
      await fs.rm(tmp, { force: true }).catch(() => undefined);
    }
  }
}

export function sha1(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}
