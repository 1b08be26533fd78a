// The persistent index: every note's extraction, keyed by file size, modification time and
// content hash, written after indexing so that the next start does almost no work.
// A file that cannot be read, is not ours, or was made by another engine or catalog is ignored.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Heading } from '../core/features/context';
import { MENTION_FIELDS, mentionTable, storedNote, type StoredNote } from '../core/mentions';
import type { Note, NoteBase } from '../core/model';

export interface CacheEntry {
  size: number;
  mtimeMs: number;
  hash: string;
  /** Kept packed, as the index keeps it (the same object once the index has it). */
  note: StoredNote;
  headings: Heading[];
}

interface CacheHeader {
  magic: typeof MAGIC;
  engine: string;
  catalogKey: string;
  roots: string[];
  count: number;
}

/** One note's JSON record; its mentions follow as numbers (MENTION_FIELDS per mention). */
interface StoredEntry {
  uri: string;
  size: number;
  mtimeMs: number;
  hash: string;
  headings: Heading[];
  note: NoteBase;
  /** Tool ids, texts and talk ids the mentions point at. */
  strings: string[];
}

// File layout: "INDX" | uint32 length | JSON header | then per note: uint32 length | JSON record |
// uint32 count | count int32 mention numbers (the MentionTable's own layout, copied, never unpacked).
// Records are parsed one at a time and written a batch at a time: the whole index never becomes
// one string.
const MAGIC = 'infranotes-index/4';
const FILE_TAG = 0x58444e49; // "INDX", little-endian
const WRITE_BATCH = 256;

function recordOf(uri: string, e: CacheEntry): Buffer[] {
  const { mentions, ...rest } = e.note;
  const record: StoredEntry = { uri, size: e.size, mtimeMs: e.mtimeMs, hash: e.hash, headings: e.headings, note: rest, strings: mentions.strings };
  const json = Buffer.from(JSON.stringify(record), 'utf8');
  const head = Buffer.alloc(4);
  head.writeUInt32LE(json.length, 0);
  const count = Buffer.alloc(4);
  count.writeUInt32LE(mentions.data.length, 0);
  return [head, json, count, Buffer.from(mentions.data.buffer, mentions.data.byteOffset, mentions.data.byteLength)];
}

/** The record at `at`, or null when the bytes are not one (a truncated or foreign file). */
function readRecord(bytes: Buffer, at: number): { entry: CacheEntry | null; next: number } | null {
  if (at + 4 > bytes.length) return null;
  const jsonLength = bytes.readUInt32LE(at);
  const countAt = at + 4 + jsonLength;
  if (countAt + 4 > bytes.length) return null;
  const count = bytes.readUInt32LE(countAt);
  const next = countAt + 4 + count * 4;
  if (next > bytes.length) return null;
  const e = JSON.parse(bytes.toString('utf8', at + 4, countAt)) as StoredEntry;
  if (!e || typeof e.uri !== 'string' || typeof e.size !== 'number' || typeof e.mtimeMs !== 'number' || !e.note || e.note.uri !== e.uri) return { entry: null, next };
  if (!Array.isArray(e.strings) || count % MENTION_FIELDS) return { entry: null, next };
  // Copied into the note's own array: the file's buffer is not kept alive.
  const data = new Int32Array(count);
  new Uint8Array(data.buffer).set(bytes.subarray(countAt + 4, next));
  if (!validMentions(data, e.strings.length)) return { entry: null, next };
  const note: StoredNote = { ...e.note, mentions: mentionTable(e.strings, data, e.note) };
  return { entry: { size: e.size, mtimeMs: e.mtimeMs, hash: e.hash, headings: e.headings ?? [], note }, next };
}

/** Every string index points into the table; every range is ordered. */
function validMentions(d: Int32Array, strings: number): boolean {
  for (let o = 0; o < d.length; o += MENTION_FIELDS) {
    if (d[o] < 0 || d[o] >= strings || d[o + 1] < 0 || d[o + 1] >= strings || d[o + 2] < -1 || d[o + 2] >= strings) return false;
    if (d[o + 3] < 0 || d[o + 4] < 0 || d[o + 5] < d[o + 3] || d[o + 6] < 0) return false;
  }
  return true;
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
      if (8 + jsonLength > bytes.length) throw new Error('truncated');
      const header = JSON.parse(bytes.toString('utf8', 8, 8 + jsonLength)) as CacheHeader;
      if (!header || header.magic !== MAGIC || typeof header.count !== 'number') throw new Error('not an Infra Notes index');
      if (header.engine !== engine) throw new Error('made by another version of the engine');
      if (header.catalogKey !== catalogKey) throw new Error('made with other tools');
      if (JSON.stringify(header.roots) !== JSON.stringify(roots)) throw new Error('made for other folders');
      let at = 8 + jsonLength;
      for (let k = 0; k < header.count; k++) {
        const r = readRecord(bytes, at);
        if (!r) throw new Error('truncated');
        if (r.entry) this.entries.set(r.entry.note.uri, r.entry);
        at = r.next;
      }
      if (at !== bytes.length) throw new Error('truncated');
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

  /** Stores a note's entry; an extracted note is packed (the same packed object the index holds). */
  set(uri: string, entry: Omit<CacheEntry, 'note'> & { note: Note | StoredNote }): void {
    this.entries.set(uri, { ...entry, note: storedNote(entry.note) });
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
    const list = [...this.entries];
    const header: CacheHeader = { magic: MAGIC, ...this.key, count: list.length };
    const json = Buffer.from(JSON.stringify(header), 'utf8');
    const head = Buffer.alloc(8);
    head.writeUInt32LE(FILE_TAG, 0);
    head.writeUInt32LE(json.length, 4);
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      await fs.mkdir(path.dirname(this.file), { recursive: true });
      const fh = await fs.open(tmp, 'w');
      try {
        await fh.writev([head, json]);
        for (let i = 0; i < list.length; i += WRITE_BATCH) await fh.writev(list.slice(i, i + WRITE_BATCH).flatMap(([uri, e]) => recordOf(uri, e)));
      } finally {
        await fh.close();
      }
      await fs.rename(tmp, this.file);
    } catch {
      await fs.rm(tmp, { force: true }).catch(() => undefined);
    }
  }
}

export function sha1(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}
