// The persistent index: every note's extraction, keyed by file size, modification time and
// content hash, written after indexing so that the next start does almost no work.
// A file that cannot be read, is not ours, or was made by another engine or catalog is ignored.
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { storedNote, type StoredNote } from '../core/mentions';
import type { Note } from '../core/model';
import { readRecord, recordBytes, type NoteEntry } from './note-record';

export interface CacheEntry extends NoteEntry {
  /** The note's record (note-record.ts) as a worker sent it, until it is written. */
  record?: Uint8Array;
  /** Where the record is in the file as last read or written (see IndexCache.generation). */
  saved?: { at: number; end: number };
}

interface CacheHeader {
  magic: typeof MAGIC;
  engine: string;
  catalogKey: string;
  roots: string[];
  count: number;
  /** Random, new at every write: tells that the file is still the one whose record offsets the cache remembers. */
  generation: string;
}

// File layout: "INDX" | uint32 length | JSON header (padded to 4 bytes) | then per note: uint32
// length | the note's record (note-record.ts; a multiple of 4 bytes). The file is read in one
// piece and let go once read: the cache remembers where each record is, and the next save copies
// the records of unchanged notes from the file as they are instead of encoding them again.
const MAGIC = 'infranotes-index/7';
const FILE_TAG = 0x58444e49; // "INDX", little-endian
/** Records per write: small batches, so a save never holds the thread for more than a few milliseconds. */
const WRITE_BATCH = 64;

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
  /** The generation of the file as last read or written: the entries' `saved` offsets are into it. */
  private generation: string | null = null;

  constructor(readonly file: string) {}

  static forRoots(folder: string, roots: string[]): IndexCache {
    const id = createHash('sha1').update(roots.slice().sort().join('\n')).digest('hex').slice(0, 16);
    return new IndexCache(path.join(folder, `${id}.index`));
  }

  /** Loads every entry when the file was made by this engine, for this catalog and these folders. */
  async load(engine: string, catalogKey: string, roots: string[]): Promise<Map<string, CacheEntry>> {
    for (const _ of (await this.open(engine, catalogKey, roots)).entries);
    return this.entries;
  }

  /**
   * Reads the file and checks that it was made by this engine, for this catalog and these
   * folders; its notes are then read one at a time from `entries` (each kept as it is read), so
   * the caller can take them into the index as they come and let requests in between. No entries
   * when the file is missing or not usable (`lastLoadProblem` says why); a damaged record ends
   * the reading there (every record is checked on its own as it is read).
   */
  async open(engine: string, catalogKey: string, roots: string[]): Promise<{ count: number; entries: Iterable<CacheEntry> }> {
    this.key = { engine, catalogKey, roots };
    this.entries = new Map();
    this.lastLoadProblem = null;
    this.dirty = false;
    this.generation = null;
    const none = { count: 0, entries: [] };
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(this.file);
    } catch {
      return none;
    }
    let at: number;
    let header: CacheHeader;
    try {
      ({ header, at } = readHeader(bytes));
      if (header.engine !== engine) throw new Error('made by another version of the engine');
      if (header.catalogKey !== catalogKey) throw new Error('made with other tools');
      if (JSON.stringify(header.roots) !== JSON.stringify(roots)) throw new Error('made for other folders');
      this.generation = typeof header.generation === 'string' ? header.generation : null;
    } catch (e) {
      this.lastLoadProblem = `persistent index discarded: ${(e as Error).message}`;
      return none;
    }
    const entries = this.entries;
    const self = this;
    function* read(): Generator<CacheEntry> {
      for (let k = 0; k < header.count; k++) {
        const end = at + 4 <= bytes.length ? at + 4 + bytes.readUInt32LE(at) : Infinity;
        if (end > bytes.length) break;
        const read = readRecord(bytes, at + 4, end);
        const saved = { at: at + 4, end };
        at = end;
        if (!read) continue;
        const { record: _, ...rest } = read;
        const entry: CacheEntry = { ...rest, saved };
        // Not kept when a newer read started meanwhile.
        if (self.entries !== entries) return;
        entries.set(entry.note.uri, entry);
        yield entry;
      }
      if (at !== bytes.length && self.entries === entries) self.lastLoadProblem = 'persistent index partly read: the file is truncated or damaged';
    }
    return { count: header.count, entries: read() };
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
    const generation = randomBytes(8).toString('hex');
    const header: CacheHeader = { magic: MAGIC, ...this.key, count: list.length, generation };
    let json = JSON.stringify(header);
    json += ' '.repeat((4 - (Buffer.byteLength(json) % 4)) % 4);
    const head = Buffer.alloc(8);
    head.writeUInt32LE(FILE_TAG, 0);
    head.writeUInt32LE(Buffer.byteLength(json), 4);
    const tmp = `${this.file}.${process.pid}.tmp`;
    const previous = list.some(([, e]) => !e.record && e.saved) ? await this.readOwnFile() : null;
    const written: Array<[CacheEntry, number, number]> = [];
    try {
      await fs.mkdir(path.dirname(this.file), { recursive: true });
      const fh = await fs.open(tmp, 'w');
      try {
        await fh.writev([head, Buffer.from(json, 'utf8')]);
        let at = 8 + Buffer.byteLength(json);
        for (let i = 0; i < list.length; i += WRITE_BATCH) {
          const parts: Uint8Array[] = [];
          for (const [uri, e] of list.slice(i, i + WRITE_BATCH)) {
            // Encoded once: a record sent by a worker or kept in the file is written as it is.
            const record = e.record ?? (previous && e.saved && e.saved.end <= previous.length ? previous.subarray(e.saved.at, e.saved.end) : recordBytes(uri, e));
            const length = Buffer.alloc(4);
            length.writeUInt32LE(record.length, 0);
            parts.push(length, record);
            written.push([e, at + 4, at + 4 + record.length]);
            at += 4 + record.length;
          }
          await fh.writev(parts);
        }
      } finally {
        await fh.close();
      }
      await fs.rename(tmp, this.file);
    } catch {
      await fs.rm(tmp, { force: true }).catch(() => undefined);
      // The records stay in memory; the next save tries again.
      this.dirty = true;
      return;
    }
    // The file holds the records now: the cache forgets their bytes and remembers where they are.
    this.generation = generation;
    for (const [e, at, end] of written) {
      e.saved = { at, end };
      e.record = undefined;
    }
  }

  /** The file, when it is still the one last read or written (same generation); else null (records are then encoded again). */
  private async readOwnFile(): Promise<Buffer | null> {
    if (!this.generation) return null;
    try {
      const bytes = await fs.readFile(this.file);
      return readHeader(bytes).header.generation === this.generation ? bytes : null;
    } catch {
      return null;
    }
  }
}

/** An index file's header and where its records start; throws when the bytes are not an index of ours. */
function readHeader(bytes: Buffer): { header: CacheHeader; at: number } {
  if (bytes.length < 8 || bytes.readUInt32LE(0) !== FILE_TAG) throw new Error('not an Infra Notes index');
  const at = 8 + bytes.readUInt32LE(4);
  if (at > bytes.length) throw new Error('truncated');
  const header = JSON.parse(bytes.toString('utf8', 8, at)) as CacheHeader;
  if (!header || header.magic !== MAGIC || typeof header.count !== 'number') throw new Error('not an Infra Notes index');
  return { header, at };
}

export function sha1(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}
