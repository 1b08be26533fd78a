// The persistent index: every note's extraction, keyed by file size, modification time and
// content hash, written after indexing so that the next start does almost no work.
// A file that cannot be read, is not ours, or was made by another engine or catalog is ignored.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { storedNote, type StoredNote } from '../core/mentions';
import type { Note } from '../core/model';
import { IndexFileReader, IndexFileWriter, decodeStrings } from './index-file';
import type { NoteEntry } from './note-record';

export type CacheEntry = NoteEntry;

interface CacheHeader {
  magic: typeof MAGIC;
  engine: string;
  catalogKey: string;
  roots: string[];
  count: number;
  /** The string table (index-file.ts: its strings' lengths, Latin-1 and UTF-16 bytes), then how many int32 the notes take and their mention numbers. */
  strings: number;
  latin1Bytes: number;
  utf16Bytes: number;
  structureInts: number;
  numberInts: number;
}

// File layout: "INDX" | uint32 length | JSON header | the string table (int32 lengths, Latin-1
// bytes, UTF-16 bytes: index-file.ts) | the notes as int32 | their mention numbers as int32, one
// note after another.
// Numbers are little-endian (a big-endian machine ignores the file). Each part is read into its
// own array; the mention numbers stay, as the array the notes' mention tables are views of.
const MAGIC = 'infranotes-index/8';
const FILE_TAG = 0x58444e49; // "INDX", little-endian
/** Notes encoded per turn of the event loop while saving, so a save never holds the thread for long. */
const ENCODE_BATCH = 64;
/** Buffers per write call. */
const WRITE_BATCH = 256;

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

  /** Loads every entry when the file was made by this engine, for this catalog and these folders. */
  async load(engine: string, catalogKey: string, roots: string[]): Promise<Map<string, CacheEntry>> {
    for (const _ of (await this.open(engine, catalogKey, roots)).entries);
    return this.entries;
  }

  /**
   * Reads the file and checks that it was made by this engine, for this catalog and these
   * folders; its notes are then made one at a time from `entries` (each kept as it is made), so
   * the caller can take them into the index as they come and let requests in between. No entries
   * when the file is missing or not usable (`lastLoadProblem` says why); a note whose numbers do
   * not hold together is skipped, and one whose place cannot be found ends the reading there.
   */
  async open(engine: string, catalogKey: string, roots: string[]): Promise<{ count: number; entries: Iterable<CacheEntry> }> {
    this.key = { engine, catalogKey, roots };
    this.entries = new Map();
    this.lastLoadProblem = null;
    this.dirty = false;
    const none = { count: 0, entries: [] };
    let fh: fs.FileHandle;
    try {
      fh = await fs.open(this.file, 'r');
    } catch {
      return none;
    }
    let header: CacheHeader;
    let reader: IndexFileReader;
    try {
      const size = (await fh.stat()).size;
      const head = await readAt(fh, new Uint8Array(8), 0);
      const tag = Buffer.from(head.buffer, head.byteOffset, 8);
      if (tag.readUInt32LE(0) !== FILE_TAG) throw new Error('not an Infra Notes index');
      const headerBytes = tag.readUInt32LE(4);
      if (8 + headerBytes > size) throw new Error('truncated');
      header = readHeader(Buffer.from((await readAt(fh, new Uint8Array(headerBytes), 8)).buffer));
      if (os.endianness() !== 'LE') throw new Error('written on a machine of other byte order');
      if (header.engine !== engine) throw new Error('made by another version of the engine');
      if (header.catalogKey !== catalogKey) throw new Error('made with other tools');
      if (JSON.stringify(header.roots) !== JSON.stringify(roots)) throw new Error('made for other folders');
      const lengthsAt = 8 + headerBytes;
      const latin1At = lengthsAt + header.strings * 4;
      const utf16At = latin1At + header.latin1Bytes;
      const structureAt = utf16At + header.utf16Bytes;
      const numbersAt = structureAt + header.structureInts * 4;
      if (numbersAt + header.numberInts * 4 !== size) throw new Error('truncated or damaged');
      const lengths = await readAt(fh, new Int32Array(header.strings), lengthsAt);
      const latin1 = await readAt(fh, Buffer.allocUnsafe(header.latin1Bytes), latin1At);
      const utf16 = await readAt(fh, Buffer.allocUnsafe(header.utf16Bytes), utf16At);
      const table = decodeStrings({ lengths, latin1, utf16 });
      if (!table) throw new Error('damaged');
      const structure = await readAt(fh, new Int32Array(header.structureInts), structureAt);
      const numbers = await readAt(fh, new Int32Array(header.numberInts), numbersAt);
      reader = new IndexFileReader(table, structure, numbers);
    } catch (e) {
      this.lastLoadProblem = `persistent index discarded: ${(e as Error).message}`;
      return none;
    } finally {
      await fh.close().catch(() => undefined);
    }
    const entries = this.entries;
    const self = this;
    function* read(): Generator<CacheEntry> {
      for (let k = 0; k < header.count; k++) {
        const entry = reader.next();
        if (entry === undefined) break;
        if (entry === null) continue;
        // Not kept when a newer read started meanwhile.
        if (self.entries !== entries) return;
        entries.set(entry.note.uri, entry);
        yield entry;
      }
      if (!reader.complete() && self.entries === entries) self.lastLoadProblem = 'persistent index partly read: the file is truncated or damaged';
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
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      // Encoded a batch at a time, letting requests in between.
      const writer = new IndexFileWriter();
      for (let i = 0; i < list.length; i++) {
        writer.add(list[i][0], list[i][1]);
        if (i % ENCODE_BATCH === ENCODE_BATCH - 1) await new Promise((resolve) => setImmediate(resolve));
      }
      const { table, structure } = writer.finish();
      const header: CacheHeader = { magic: MAGIC, ...this.key, count: writer.count, strings: table.lengths.length, latin1Bytes: table.latin1.length, utf16Bytes: table.utf16.length, structureInts: structure.length, numberInts: writer.numberCount };
      const json = Buffer.from(JSON.stringify(header), 'utf8');
      const head = Buffer.alloc(8);
      head.writeUInt32LE(FILE_TAG, 0);
      head.writeUInt32LE(json.length, 4);
      const parts: Uint8Array[] = [head, json, bytesOf(table.lengths), table.latin1, table.utf16, bytesOf(structure)];
      for (const numbers of writer.numbers) if (numbers.length) parts.push(bytesOf(numbers));
      await fs.mkdir(path.dirname(this.file), { recursive: true });
      const fh = await fs.open(tmp, 'w');
      try {
        for (let i = 0; i < parts.length; i += WRITE_BATCH) await fh.writev(parts.slice(i, i + WRITE_BATCH));
      } finally {
        await fh.close();
      }
      await fs.rename(tmp, this.file);
    } catch {
      await fs.rm(tmp, { force: true }).catch(() => undefined);
      // The notes stay in memory; the next save tries again.
      this.dirty = true;
    }
  }
}

function bytesOf(a: Int32Array): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

/** Fills `into` from the file at `position`. */
async function readAt<T extends Uint8Array | Int32Array>(fh: fs.FileHandle, into: T, position: number): Promise<T> {
  const bytes = new Uint8Array(into.buffer, into.byteOffset, into.byteLength);
  for (let done = 0; done < bytes.length; ) {
    const { bytesRead } = await fh.read(bytes, done, bytes.length - done, position + done);
    if (!bytesRead) throw new Error('truncated');
    done += bytesRead;
  }
  return into;
}

/** An index file's header; throws when it is not one of ours. */
function readHeader(bytes: Buffer): CacheHeader {
  const header = JSON.parse(bytes.toString('utf8')) as CacheHeader;
  const whole = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0;
  if (!header || header.magic !== MAGIC || ![header.count, header.strings, header.latin1Bytes, header.utf16Bytes, header.structureInts, header.numberInts].every(whole)) throw new Error('not an Infra Notes index');
  return header;
}

export function sha1(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}
