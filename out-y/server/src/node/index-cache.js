"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.IndexCache = void 0;
exports.defaultCacheFolder = defaultCacheFolder;
exports.sha1 = sha1;
// The persistent index: every note's extraction, keyed by file size, modification time and
// content hash, written after indexing so that the next start does almost no work.
// A file that cannot be read, is not ours, or was made by another engine or catalog is ignored.
const node_crypto_1 = require("node:crypto");
const node_fs_1 = require("node:fs");
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const promises_1 = require("node:timers/promises");
const mentions_1 = require("../core/mentions");
const index_file_1 = require("./index-file");
// File layout: "INDX" | uint32 length | JSON header (padded with spaces) | the notes as int32 |
// their mention numbers as int32, one note after another | the string table (int32 lengths,
// Latin-1 bytes, UTF-16 bytes: index-file.ts). The table comes last so that a save writes the
// notes' numbers as it makes them (the table is known only once every note is encoded); the
// header, last written, has room kept for it.
// Numbers are little-endian (a big-endian machine ignores the file). Each part is read into its
// own array; the mention numbers stay, as the array the notes' mention tables are views of.
// A save after a load or a save keeps the file's string table as the start of its own and copies
// the numbers of every unchanged note from the file (only changed notes are encoded); once the
// table has grown by a quarter since every note was encoded, every note is encoded again.
const MAGIC = 'infranotes-index/11';
/** The header's counts: each a whole number, measured at its longest for the header's room. */
const HEADER_COUNTS = ['count', 'strings', 'latin1Bytes', 'utf16Bytes', 'structureInts', 'numberInts', 'encodedStrings'];
/** What the header's room is measured with, for each of its counts. */
const LONGEST_COUNT = Number.MAX_SAFE_INTEGER;
const FILE_TAG = 0x58444e49; // "INDX", little-endian
/** Notes encoded per turn of the event loop while saving, so a save never holds the thread for long. */
const ENCODE_BATCH = 64;
/** Buffers per write call. */
const WRITE_BATCH = 256;
/** Bytes of the table's added strings made at a time while saving. */
const STRING_PIECE_BYTES = 1 << 20;
// The search snapshot (core/features/search-snapshot.ts) is a file of its own beside the index:
// "ISNP" | uint32 length | JSON header (the index's key and the generation of the index file it
// goes with, its parts' sizes) | spaces to a multiple of 4 | its numbers as int32 | the chunks'
// one-byte texts as Latin-1 and their other texts as UTF-16 | the other strings, the same way.
// Written after each save of the index, read before the rest of the index file; one of another
// generation is not used. Read in one read: the search waits for it (17 MB at 10k notes);
// the chunks' texts become two strings in one copy each (as UTF-8, 13 M characters had taken
// 104 ms), and the other strings are read from the file's bytes one at a time, for results.
const SNAPSHOT_MAGIC = 'infranotes-search/4';
const SNAPSHOT_TAG = 0x504e5349; // "ISNP", little-endian
function defaultCacheFolder() {
    const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
    return path.join(base, 'infranotes', 'index');
}
class IndexCache {
    file;
    entries = new Map();
    saveTimer = null;
    /** Something changed since the file was read or written. */
    dirty = false;
    key = null;
    /** Why the last load found nothing usable (for the index status). */
    lastLoadProblem = null;
    /** The file as last read or written: its generation, string table, and table length when every note was encoded. */
    written = null;
    /**
     * What the search snapshot written after each save is made from (the server's index: steps
     * giving its parts, or null when it has none to give); no snapshot is written without it.
     */
    searchSnapshot = null;
    /** Why the last search snapshot read was not used, when it was there (for the log). */
    lastSnapshotProblem = null;
    /** The generation of the index file that the search snapshot on disk goes with, as last read or written. */
    snapshotOf = null;
    constructor(file) {
        this.file = file;
    }
    /** The search snapshot's file. */
    get snapshotFile() {
        return `${this.file}.search`;
    }
    static forRoots(folder, roots) {
        const id = (0, node_crypto_1.createHash)('sha1').update(roots.slice().sort().join('\n')).digest('hex').slice(0, 16);
        return new IndexCache(path.join(folder, `${id}.index`));
    }
    /** Loads every entry when the file was made by this engine, for this catalog and these folders. */
    async load(engine, catalogKey, roots) {
        for (const _ of (await this.open(engine, catalogKey, roots)).entries)
            ;
        return this.entries;
    }
    /**
     * Reads the file and checks that it was made by this engine, for this catalog and these
     * folders; its notes are then made one at a time from `entries` (each kept as it is made), so
     * the caller can take them into the index as they come and let requests in between. No entries
     * when the file is missing or not usable (`lastLoadProblem` says why); a note whose numbers do
     * not hold together is skipped, and one whose place cannot be found ends the reading there.
     */
    async open(engine, catalogKey, roots, onSnapshot) {
        this.key = { engine, catalogKey, roots };
        this.entries = new Map();
        this.lastLoadProblem = null;
        this.dirty = false;
        this.written = null;
        this.snapshotOf = null;
        const none = { count: 0, entries: [] };
        let fh;
        try {
            fh = await node_fs_1.promises.open(this.file, 'r');
        }
        catch {
            return none;
        }
        let header;
        let reader;
        try {
            const size = (await fh.stat()).size;
            const head = await readAt(fh, new Uint8Array(8), 0);
            const tag = Buffer.from(head.buffer, head.byteOffset, 8);
            if (tag.readUInt32LE(0) !== FILE_TAG)
                throw new Error('not an Infra Notes index');
            const headerBytes = tag.readUInt32LE(4);
            if (8 + headerBytes > size)
                throw new Error('truncated');
            header = readHeader(Buffer.from((await readAt(fh, new Uint8Array(headerBytes), 8)).buffer));
            if (os.endianness() !== 'LE')
                throw new Error('written on a machine of other byte order');
            if (header.engine !== engine)
                throw new Error('made by another version of the engine');
            if (header.catalogKey !== catalogKey)
                throw new Error('made with other tools');
            if (JSON.stringify(header.roots) !== JSON.stringify(roots))
                throw new Error('made for other folders');
            // The search snapshot first (the caller's answers wait for it, or for none): the search answers from it while the rest is read and put.
            if (onSnapshot)
                await onSnapshot(await this.readSearchSnapshot(header.generation));
            const { structureAt, numbersAt, lengthsAt, latin1At, utf16At, end } = partsOf(header, headerBytes);
            if (end !== size)
                throw new Error('truncated or damaged');
            const lengths = await readAt(fh, new Int32Array(header.strings), lengthsAt);
            // The strings' bytes a piece at a time, through one buffer.
            let buffer = Buffer.allocUnsafe(0);
            const table = await (0, index_file_1.readStrings)(lengths, header.latin1Bytes, header.utf16Bytes, (wide, offset, bytes) => {
                if (buffer.length < bytes)
                    buffer = Buffer.allocUnsafe(bytes);
                return readAt(fh, buffer.subarray(0, bytes), (wide ? utf16At : latin1At) + offset);
            });
            if (!table)
                throw new Error('damaged');
            const structure = await readAt(fh, new Int32Array(header.structureInts), structureAt);
            const numbers = await readAt(fh, new Int32Array(header.numberInts), numbersAt);
            reader = new index_file_1.IndexFileReader(table, structure, numbers);
            if (typeof header.generation === 'string' && table.length >= header.encodedStrings)
                this.written = { generation: header.generation, strings: table.length, encodedStrings: header.encodedStrings };
        }
        catch (e) {
            this.lastLoadProblem = `persistent index discarded: ${e.message}`;
            return none;
        }
        finally {
            await fh.close().catch(() => undefined);
        }
        const entries = this.entries;
        const self = this;
        function* read() {
            for (let k = 0; k < header.count; k++) {
                const entry = reader.next();
                if (entry === undefined)
                    break;
                if (entry === null)
                    continue;
                // Not kept when a newer read started meanwhile.
                if (self.entries !== entries)
                    return;
                entries.set(entry.note.uri, entry);
                yield entry;
            }
            if (!reader.complete() && self.entries === entries)
                self.lastLoadProblem = 'persistent index partly read: the file is truncated or damaged';
        }
        return { count: header.count, entries: read() };
    }
    get(uri) {
        return this.entries.get(uri);
    }
    /** Every note's URI and file size in bytes, as last read or extracted. */
    *sizes() {
        for (const [uri, entry] of this.entries)
            yield { uri, size: entry.size };
    }
    /**
     * Stores a note's entry; an extracted note is packed (the same packed object the index holds).
     * It is encoded at the next save, never copied from the file (whose numbers hold its old size and time).
     */
    set(uri, entry) {
        this.entries.set(uri, { ...entry, note: (0, mentions_1.storedNote)(entry.note), saved: undefined });
        this.dirty = true;
        this.scheduleSave();
    }
    delete(uri) {
        if (this.entries.delete(uri)) {
            this.dirty = true;
            this.scheduleSave();
        }
    }
    /** Keeps only these URIs (files that are gone leave the cache). */
    retain(uris) {
        for (const uri of this.entries.keys()) {
            if (!uris.has(uri)) {
                this.entries.delete(uri);
                this.dirty = true;
            }
        }
    }
    scheduleSave(delayMs = 2000) {
        if (!this.dirty)
            return;
        if (this.saveTimer)
            clearTimeout(this.saveTimer);
        this.saveTimer = setTimeout(() => {
            this.saveTimer = null;
            void this.enqueue().catch(() => undefined);
        }, delayMs);
        this.saveTimer.unref();
    }
    /**
     * What a scheduled save waits for between two batches of notes. The server hands in its
     * scheduler's background turn, so a save (the first after a cold start encodes every note, about
     * a second of CPU at 10k notes) runs after requests and after the search rows and tool answers
     * the first requests need, not turn for turn with them.
     */
    betweenBatches = promises_1.setImmediate;
    /** Saves asked for with save() and not done: a scheduled save running meanwhile stops waiting for background turns. */
    hurry = 0;
    /** The save being written, if any: saves take turns (two writing one temporary file would mix their records). */
    saving = Promise.resolve();
    /**
     * Writes atomically (a temporary file renamed into place), so a crash never leaves half a file;
     * after any save in progress, which is hurried (at shutdown, and for the command line).
     */
    save() {
        this.hurry++;
        const run = this.enqueue();
        const done = () => void this.hurry--;
        run.then(done, done);
        return run;
    }
    enqueue() {
        const run = this.saving.then(() => this.write());
        this.saving = run.catch(() => undefined);
        return run;
    }
    async write() {
        if (!this.key)
            return;
        if (this.saveTimer) {
            clearTimeout(this.saveTimer);
            this.saveTimer = null;
        }
        if (!this.dirty) {
            // Nothing to save, but a save asked for (at shutdown) writes a snapshot the file lacks: the
            // first save after a cold start may have come before the search's rows were made.
            if (this.hurry && this.written && this.snapshotOf !== this.written.generation)
                await this.writeSearchSnapshot(this.written.generation).catch(() => undefined);
            return;
        }
        this.dirty = false;
        const entries = this.entries;
        const list = [...entries];
        const tmp = `${this.file}.${process.pid}.tmp`;
        try {
            // The notes unchanged since the file was read or written are copied from it, while its table
            // has not grown too much since every note was encoded.
            const previous = list.some(([, e]) => e.saved) ? await this.readOwnNumbers() : null;
            const writer = new index_file_1.IndexFileWriter(previous?.strings);
            const encodedStrings = previous ? previous.encodedStrings : 0;
            const generation = (0, node_crypto_1.randomBytes)(8).toString('hex');
            const header = { magic: MAGIC, ...this.key, count: 0, strings: 0, latin1Bytes: 0, utf16Bytes: 0, structureInts: 0, numberInts: 0, generation, encodedStrings: 0 };
            // The header is written last, in room kept for it: as long as its JSON with every count at its longest.
            const headerRoom = Buffer.byteLength(JSON.stringify({ ...header, ...Object.fromEntries(HEADER_COUNTS.map((k) => [k, LONGEST_COUNT])) }), 'utf8');
            await node_fs_1.promises.mkdir(path.dirname(this.file), { recursive: true });
            const at = [];
            const fh = await node_fs_1.promises.open(tmp, 'w');
            try {
                const out = new PartWriter(fh);
                await out.now(Buffer.alloc(8 + headerRoom, 0x20));
                for (let i = 0; i < list.length; i++) {
                    const [uri, e] = list[i];
                    const start = writer.length;
                    const done = (previous && e.saved && e.saved.end <= previous.numbers.length && writer.copy(e, previous.numbers.subarray(e.saved.at, e.saved.end))) || writer.add(uri, e);
                    at.push(done ? { at: start, end: writer.length } : undefined);
                    // Encoded a batch at a time, letting requests in between; the numbers written out as
                    // they fill a piece, so that a save holds about one piece of them (the first save after
                    // a 10k cold start held all 9 MB until the end).
                    if (i % ENCODE_BATCH === ENCODE_BATCH - 1) {
                        for (const piece of writer.takeFilled())
                            await out.now(bytesOf(piece));
                        await (this.hurry ? (0, promises_1.setImmediate)() : this.betweenBatches());
                    }
                }
                for (const piece of writer.finish())
                    await out.now(bytesOf(piece));
                for (const numbers of writer.numbers)
                    if (numbers.length)
                        await out.add(bytesOf(numbers));
                // The file's table (copied as it is), then the strings added.
                const added = (0, index_file_1.stringLengths)(writer.strings);
                Object.assign(header, {
                    count: writer.count,
                    strings: writer.firstString + writer.strings.length,
                    latin1Bytes: (previous?.table.latin1.length ?? 0) + added.latin1Bytes,
                    utf16Bytes: (previous?.table.utf16.length ?? 0) + added.utf16Bytes,
                    structureInts: writer.length,
                    numberInts: writer.numberCount,
                    encodedStrings: previous ? encodedStrings : writer.strings.length,
                });
                if (previous)
                    await out.add(previous.table.lengths);
                await out.add(bytesOf(added.lengths));
                // The added strings' bytes are made a piece at a time in one buffer, written before it is filled again.
                const piece = Buffer.allocUnsafe(STRING_PIECE_BYTES);
                if (previous)
                    await out.add(previous.table.latin1);
                await (0, index_file_1.writeStringPart)(writer.strings, added.lengths, false, piece, (b) => out.now(b));
                if (previous)
                    await out.add(previous.table.utf16);
                await (0, index_file_1.writeStringPart)(writer.strings, added.lengths, true, piece, (b) => out.now(b));
                await out.flush();
                const head = Buffer.alloc(8 + headerRoom, 0x20);
                head.writeUInt32LE(FILE_TAG, 0);
                head.writeUInt32LE(headerRoom, 4);
                // Never cut short (write() would): a header that does not fit fails the save.
                const json = JSON.stringify(header);
                if (head.write(json, 8, 'utf8') !== Buffer.byteLength(json, 'utf8'))
                    throw new Error('the header outgrew its room');
                await out.writeAt(head, 0);
            }
            finally {
                await fh.close();
            }
            await node_fs_1.promises.rename(tmp, this.file);
            // The file holds the notes now: where each one's numbers are, for the next save (unless the
            // file was read again meanwhile: the entries read then know where they were in that file).
            if (this.entries === entries) {
                this.written = { generation, strings: header.strings, encodedStrings: header.encodedStrings };
                for (let i = 0; i < list.length; i++)
                    list[i][1].saved = at[i];
            }
        }
        catch {
            await node_fs_1.promises.rm(tmp, { force: true }).catch(() => undefined);
            // The notes stay in memory; the next save tries again.
            this.dirty = true;
            return;
        }
        await this.writeSearchSnapshot(this.written?.generation).catch(() => undefined);
    }
    /**
     * Writes the search snapshot for the index file just written (its generation), atomically, or
     * removes the one there when none can be made: it would go with an older file and never be used.
     */
    async writeSearchSnapshot(generation) {
        const file = this.snapshotFile;
        const steps = generation && this.key ? this.searchSnapshot?.() : null;
        let parts = null;
        if (steps) {
            for (let r = steps.next();; r = steps.next()) {
                if (r.done) {
                    parts = r.value;
                    break;
                }
                await (this.hurry ? (0, promises_1.setImmediate)() : this.betweenBatches());
            }
        }
        if (!parts || !this.key || this.written?.generation !== generation) {
            this.snapshotOf = null;
            await node_fs_1.promises.rm(file, { force: true });
            return;
        }
        const bytes = (pieces, wide) => pieces.reduce((n, piece) => n + piece.length, 0) * (wide ? 2 : 1);
        const header = {
            magic: SNAPSHOT_MAGIC,
            ...this.key,
            generation: generation,
            ints: parts.ints.reduce((n, piece) => n + piece.length, 0),
            chunkLatin1Bytes: bytes(parts.chunkLatin1, false),
            chunkWideBytes: bytes(parts.chunkWide, true),
            latin1Bytes: bytes(parts.latin1, false),
            wideBytes: bytes(parts.wide, true),
        };
        const json = Buffer.from(JSON.stringify(header), 'utf8');
        const head = Buffer.alloc(snapshotIntsAt(json.length), 0x20);
        head.writeUInt32LE(SNAPSHOT_TAG, 0);
        head.writeUInt32LE(json.length, 4);
        json.copy(head, 8);
        const tmp = `${file}.${process.pid}.tmp`;
        try {
            const fh = await node_fs_1.promises.open(tmp, 'w');
            try {
                const out = new PartWriter(fh);
                const write = (b) => out.now(b);
                await write(head);
                for (const piece of parts.ints)
                    await write(bytesOf(piece));
                // Each part's strings a piece at a time, through one buffer (written before it is filled again: `now`).
                const piece = Buffer.allocUnsafe(STRING_PIECE_BYTES);
                await (0, index_file_1.writeEncoded)(parts.chunkLatin1, 'latin1', piece, write);
                await (0, index_file_1.writeEncoded)(parts.chunkWide, 'utf16le', piece, write);
                await (0, index_file_1.writeEncoded)(parts.latin1, 'latin1', piece, write);
                await (0, index_file_1.writeEncoded)(parts.wide, 'utf16le', piece, write);
            }
            finally {
                await fh.close();
            }
            await node_fs_1.promises.rename(tmp, file);
            this.snapshotOf = generation;
        }
        catch (e) {
            await node_fs_1.promises.rm(tmp, { force: true }).catch(() => undefined);
            throw e;
        }
    }
    /** The search snapshot's parts when its file goes with the index file of this generation and holds together; else null (lastSnapshotProblem says why). */
    async readSearchSnapshot(generation) {
        this.lastSnapshotProblem = null;
        let bytes;
        try {
            // In one read (on libuv's thread, while this thread goes on with the folders' watcher):
            // read a piece at a time, between the turns of the folders' listing, 21 MB took 108 ms.
            const fh = await node_fs_1.promises.open(this.snapshotFile, 'r');
            try {
                bytes = await readAt(fh, Buffer.allocUnsafeSlow((await fh.stat()).size), 0);
            }
            finally {
                await fh.close().catch(() => undefined);
            }
        }
        catch {
            return null;
        }
        try {
            if (bytes.length < 8 || bytes.readUInt32LE(0) !== SNAPSHOT_TAG)
                throw new Error('not an Infra Notes search snapshot');
            const jsonBytes = bytes.readUInt32LE(4);
            if (8 + jsonBytes > bytes.length)
                throw new Error('truncated');
            const header = JSON.parse(bytes.toString('utf8', 8, 8 + jsonBytes));
            const key = this.key;
            const whole = (n) => typeof n === 'number' && Number.isInteger(n) && n >= 0;
            const sizes = [header?.chunkLatin1Bytes, header?.chunkWideBytes, header?.latin1Bytes, header?.wideBytes];
            if (!header || header.magic !== SNAPSHOT_MAGIC || !whole(header.ints) || !sizes.every(whole) || header.chunkWideBytes % 2 || header.wideBytes % 2)
                throw new Error('not an Infra Notes search snapshot');
            if (header.engine !== key.engine || header.catalogKey !== key.catalogKey || JSON.stringify(header.roots) !== JSON.stringify(key.roots))
                throw new Error('made for another engine, catalog or folders');
            if (header.generation !== generation)
                throw new Error('made with another save of the index');
            const intsAt = snapshotIntsAt(jsonBytes);
            const chunkLatin1At = intsAt + header.ints * 4;
            const chunkWideAt = chunkLatin1At + header.chunkLatin1Bytes;
            const latin1At = chunkWideAt + header.chunkWideBytes;
            const wideAt = latin1At + header.latin1Bytes;
            if (wideAt + header.wideBytes !== bytes.length)
                throw new Error('truncated or damaged');
            // Little-endian as written; a view of the file's bytes when they are aligned for int32 (a file this size has a buffer of its own), else a copy.
            let ints;
            if ((bytes.byteOffset + intsAt) % 4 === 0)
                ints = new Int32Array(bytes.buffer, bytes.byteOffset + intsAt, header.ints);
            else
                new Uint8Array((ints = new Int32Array(header.ints)).buffer).set(bytes.subarray(intsAt, chunkLatin1At));
            this.snapshotOf = generation;
            const file = bytes;
            return {
                ints,
                chunkLatin1: file.toString('latin1', chunkLatin1At, chunkWideAt),
                chunkWide: file.toString('utf16le', chunkWideAt, latin1At),
                strings: {
                    latin1Length: header.latin1Bytes,
                    wideLength: header.wideBytes / 2,
                    read: (wide, at, length) => (wide ? file.toString('utf16le', wideAt + 2 * at, wideAt + 2 * (at + length)) : file.toString('latin1', latin1At + at, latin1At + at + length)),
                },
            };
        }
        catch (e) {
            this.lastSnapshotProblem = `search snapshot not used: ${e.message}`;
            return null;
        }
    }
    /**
     * The string table's bytes and the notes' numbers of the file as last read or written, when it
     * still is that file (same generation) and its table has grown by less than a quarter since
     * every note was encoded; else null.
     */
    async readOwnNumbers() {
        const written = this.written;
        if (!written || written.strings > written.encodedStrings * 1.25)
            return null;
        let fh;
        try {
            fh = await node_fs_1.promises.open(this.file, 'r');
        }
        catch {
            return null;
        }
        try {
            const head = Buffer.from((await readAt(fh, new Uint8Array(8), 0)).buffer);
            if (head.readUInt32LE(0) !== FILE_TAG)
                return null;
            const headerBytes = head.readUInt32LE(4);
            const header = readHeader(Buffer.from((await readAt(fh, new Uint8Array(headerBytes), 8)).buffer));
            if (header.generation !== written.generation || header.strings !== written.strings)
                return null;
            const { structureAt, lengthsAt, latin1At, utf16At } = partsOf(header, headerBytes);
            const table = {
                lengths: await readAt(fh, new Uint8Array(header.strings * 4), lengthsAt),
                latin1: await readAt(fh, new Uint8Array(header.latin1Bytes), latin1At),
                utf16: await readAt(fh, new Uint8Array(header.utf16Bytes), utf16At),
            };
            return { numbers: await readAt(fh, new Int32Array(header.structureInts), structureAt), table, strings: header.strings, encodedStrings: written.encodedStrings };
        }
        catch {
            return null;
        }
        finally {
            await fh.close().catch(() => undefined);
        }
    }
}
exports.IndexCache = IndexCache;
/** Writes parts one after another, WRITE_BATCH to a call; `now` writes its part before returning (its buffer is reused). */
class PartWriter {
    fh;
    waiting = [];
    constructor(fh) {
        this.fh = fh;
    }
    async add(part) {
        if (part.length === 0)
            return;
        this.waiting.push(part);
        if (this.waiting.length >= WRITE_BATCH)
            await this.flush();
    }
    async now(part) {
        await this.add(part);
        await this.flush();
    }
    /** Writes `part` at `position`, where parts were written before (the header, last). */
    async writeAt(part, position) {
        const { bytesWritten } = await this.fh.write(part, 0, part.length, position);
        if (bytesWritten !== part.length)
            throw new Error(`wrote ${bytesWritten} of ${part.length} bytes`);
    }
    async flush() {
        if (this.waiting.length === 0)
            return;
        const parts = this.waiting.splice(0);
        const { bytesWritten } = await this.fh.writev(parts);
        const expected = parts.reduce((n, p) => n + p.length, 0);
        if (bytesWritten !== expected)
            throw new Error(`wrote ${bytesWritten} of ${expected} bytes`);
    }
}
/** Where a search snapshot's numbers start: after its tag, length and header, at a multiple of 4. */
function snapshotIntsAt(jsonBytes) {
    return (8 + jsonBytes + 3) & ~3;
}
function bytesOf(a) {
    return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}
/** Fills `into` from the file at `position`. */
async function readAt(fh, into, position) {
    const bytes = new Uint8Array(into.buffer, into.byteOffset, into.byteLength);
    for (let done = 0; done < bytes.length;) {
        const { bytesRead } = await fh.read(bytes, done, bytes.length - done, position + done);
        if (!bytesRead)
            throw new Error('truncated');
        done += bytesRead;
    }
    return into;
}
/** Where each part of a file with this header starts (and where the file ends), in bytes. */
function partsOf(header, headerBytes) {
    const structureAt = 8 + headerBytes;
    const numbersAt = structureAt + header.structureInts * 4;
    const lengthsAt = numbersAt + header.numberInts * 4;
    const latin1At = lengthsAt + header.strings * 4;
    const utf16At = latin1At + header.latin1Bytes;
    return { structureAt, numbersAt, lengthsAt, latin1At, utf16At, end: utf16At + header.utf16Bytes };
}
/** An index file's header; throws when it is not one of ours. */
function readHeader(bytes) {
    const header = JSON.parse(bytes.toString('utf8'));
    const whole = (n) => typeof n === 'number' && Number.isInteger(n) && n >= 0;
    if (!header || header.magic !== MAGIC || typeof header.generation !== 'string' || !HEADER_COUNTS.every((k) => whole(header[k])))
        throw new Error('not an Infra Notes index');
    return header;
}
function sha1(bytes) {
    return (0, node_crypto_1.createHash)('sha1').update(bytes).digest('hex');
}
//# sourceMappingURL=index-cache.js.map