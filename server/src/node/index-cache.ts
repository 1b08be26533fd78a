// The persistent index: every note's extraction, keyed by file size, modification time and
// content hash, written after indexing so that the next start does almost no work.
// A file that cannot be read, is not ours, or was made by another engine or catalog is ignored.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Heading } from '../core/features/context';
import { MENTION_FIELDS, MentionTable, SUMMARY_FIELDS, storedNote, type StoredNote } from '../core/mentions';
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

// File layout: "INDX" | uint32 length | JSON header | then per note: uint32 record length |
// uint32 length | JSON record | uint32 count | count int32 mention numbers | uint32 count | count
// int32 summary numbers (the MentionTable's own layout, copied, never unpacked).
// Records are read and written a few at a time: neither the file nor the whole index ever
// becomes one buffer or one string.
const MAGIC = 'infranotes-index/5';
const FILE_TAG = 0x58444e49; // "INDX", little-endian
/** Records per write: small batches, so a save never holds the thread for more than a few milliseconds. */
const WRITE_BATCH = 32;
const READ_CHUNK = 1 << 20;

function recordOf(uri: string, e: CacheEntry): Buffer[] {
  const { mentions, ...rest } = e.note;
  const record: StoredEntry = { uri, size: e.size, mtimeMs: e.mtimeMs, hash: e.hash, headings: e.headings, note: rest, strings: mentions.strings };
  const json = Buffer.from(JSON.stringify(record), 'utf8');
  const data = Buffer.from(mentions.data.buffer, mentions.data.byteOffset, mentions.data.byteLength);
  const summary = Buffer.from(mentions.summary.buffer, mentions.summary.byteOffset, mentions.summary.byteLength);
  const head = Buffer.alloc(8);
  head.writeUInt32LE(4 + json.length + 4 + data.length + 4 + summary.length, 0);
  head.writeUInt32LE(json.length, 4);
  const dataCount = Buffer.alloc(4);
  dataCount.writeUInt32LE(mentions.data.length, 0);
  const summaryCount = Buffer.alloc(4);
  summaryCount.writeUInt32LE(mentions.summary.length, 0);
  return [head, json, dataCount, data, summaryCount, summary];
}

/** Numbers copied out of the file's bytes into an array of their own (the chunk is reused). */
function int32s(bytes: Buffer, at: number, count: number): Int32Array {
  const out = new Int32Array(count);
  new Uint8Array(out.buffer).set(bytes.subarray(at, at + count * 4));
  return out;
}

/** One record (its length prefix already read): the entry, or null when it does not hold together. */
function readRecord(bytes: Buffer, at: number, end: number): CacheEntry | null {
  if (at + 4 > end) return null;
  const jsonEnd = at + 4 + bytes.readUInt32LE(at);
  if (jsonEnd + 4 > end) return null;
  const count = bytes.readUInt32LE(jsonEnd);
  const summaryAt = jsonEnd + 4 + count * 4;
  if (summaryAt + 4 > end) return null;
  const summaryCount = bytes.readUInt32LE(summaryAt);
  if (summaryAt + 4 + summaryCount * 4 !== end) return null;
  const e = JSON.parse(bytes.toString('utf8', at + 4, jsonEnd)) as StoredEntry;
  if (!e || typeof e.uri !== 'string' || typeof e.size !== 'number' || typeof e.mtimeMs !== 'number' || !e.note || e.note.uri !== e.uri) return null;
  if (!Array.isArray(e.strings) || e.strings.some((x) => typeof x !== 'string') || count % MENTION_FIELDS || summaryCount % SUMMARY_FIELDS) return null;
  const data = int32s(bytes, jsonEnd + 4, count);
  const summary = int32s(bytes, summaryAt + 4, summaryCount);
  if (!validMentions(data, e.strings.length) || !validSummary(summary, e.strings.length, count / MENTION_FIELDS)) return null;
  const note: StoredNote = { ...e.note, mentions: new MentionTable(e.strings, data, summary) };
  return { size: e.size, mtimeMs: e.mtimeMs, hash: e.hash, headings: e.headings ?? [], note };
}

/** Rows point into the string table and count every mention once. */
function validSummary(s: Int32Array, strings: number, mentions: number): boolean {
  let total = 0;
  for (let r = 0; r < s.length; r += SUMMARY_FIELDS) {
    if (s[r] < 0 || s[r] >= strings || s[r + 1] < -1 || s[r + 1] >= strings || s[r + 2] <= 0 || s[r + 3] < 0 || s[r + 3] > s[r + 2]) return false;
    total += s[r + 2];
  }
  return total === mentions;
}

/** Reads a file front to back through one reusable chunk. */
class ChunkReader {
  buf = Buffer.alloc(READ_CHUNK);
  /** What the chunk holds: bytes [start, end) are the file's bytes from filePos - (end - start). */
  start = 0;
  end = 0;
  private filePos = 0;
  private eof = false;

  constructor(
    private readonly fh: fs.FileHandle,
    private readonly size: number,
  ) {}

  /** At least n bytes from `start` in the chunk; false when the file has fewer left (a length read from a damaged file may be anything). */
  async ensure(n: number): Promise<boolean> {
    if (n > this.size - (this.filePos - (this.end - this.start))) return false;
    while (this.end - this.start < n) {
      if (this.eof) return false;
      if (this.start > 0) {
        this.buf.copy(this.buf, 0, this.start, this.end);
        this.end -= this.start;
        this.start = 0;
      }
      if (this.buf.length < n) {
        const bigger = Buffer.alloc(Math.max(n, this.buf.length * 2));
        this.buf.copy(bigger, 0, 0, this.end);
        this.buf = bigger;
      }
      const { bytesRead } = await this.fh.read(this.buf, this.end, Math.min(this.buf.length - this.end, 1 << 30), this.filePos);
      if (!bytesRead) this.eof = true;
      this.end += bytesRead;
      this.filePos += bytesRead;
    }
    return true;
  }

  /** Whether the file has no bytes past `start`. */
  async atEnd(): Promise<boolean> {
    return !(await this.ensure(1));
  }
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
    let fh: fs.FileHandle;
    try {
      fh = await fs.open(this.file, 'r');
    } catch {
      return this.entries;
    }
    try {
      const r = new ChunkReader(fh, (await fh.stat()).size);
      if (!(await r.ensure(8)) || r.buf.readUInt32LE(0) !== FILE_TAG) throw new Error('not an Infra Notes index');
      const jsonLength = r.buf.readUInt32LE(4);
      r.start = 8;
      if (!(await r.ensure(jsonLength))) throw new Error('truncated');
      const header = JSON.parse(r.buf.toString('utf8', r.start, r.start + jsonLength)) as CacheHeader;
      r.start += jsonLength;
      if (!header || header.magic !== MAGIC || typeof header.count !== 'number') throw new Error('not an Infra Notes index');
      if (header.engine !== engine) throw new Error('made by another version of the engine');
      if (header.catalogKey !== catalogKey) throw new Error('made with other tools');
      if (JSON.stringify(header.roots) !== JSON.stringify(roots)) throw new Error('made for other folders');
      for (let k = 0; k < header.count; k++) {
        if (!(await r.ensure(4))) throw new Error('truncated');
        const length = r.buf.readUInt32LE(r.start);
        r.start += 4;
        if (!(await r.ensure(length))) throw new Error('truncated');
        const entry = readRecord(r.buf, r.start, r.start + length);
        if (entry) this.entries.set(entry.note.uri, entry);
        r.start += length;
      }
      if (!(await r.atEnd())) throw new Error('truncated');
    } catch (e) {
      this.lastLoadProblem = `persistent index discarded: ${(e as Error).message}`;
      this.entries = new Map();
    } finally {
      await fh.close();
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

  /** The save being written, if any: saves take turns (two writing one temporary file would mix their records). */
  private saving: Promise<void> = Promise.resolve();

  /** Writes atomically (a temporary file renamed into place), so a crash never leaves half a file; after any save in progress. */
  save(): Promise<void> {
    const run = this.saving.then(() => this.write());
    this.saving = run.catch(() => undefined);
    return run;
  }

  private async write(): Promise<void> {
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
