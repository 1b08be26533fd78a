// A worker thread that reads, decodes and extracts notes, so the first index uses every core
// and the editor's requests never wait behind extraction. Started by ExtractPool.
// A worker does nothing else, so it reads files synchronously: no round trip through libuv's
// thread pool per file, and one job runs start to end without yielding.
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, promises as fs, readFileSync, type Stats } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { Catalog, type UserTool } from '../core/catalog/catalog';
import { detachSettings } from '../core/extract/detach';
import { extractNote, reuseSettings } from '../core/extract/note';
import { markdownHeadings } from '../core/features/context';
import { ResultPacker, WORKER_MAX_NOTE_BYTES, type ExtractJob, type ExtractResult, type WorkerReply, type WorkerRequest } from './extract-pool';
import { decodeNoteBytes } from './files';

/** Non-blocking, so that opening a FIFO returns at once (and is refused as not a regular file). */
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;

/** Reads, decodes and extracts one file, on the main thread (a changed file, or no workers). */
export async function extractFile(job: ExtractJob, catalog: Catalog, maxFileBytes: number): Promise<ExtractResult> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(job.file, OPEN_FLAGS);
    const st = await handle.stat();
    const early = refuse(job, st, maxFileBytes);
    if (early) return early;
    return extractBytes(job, await handle.readFile(), st, catalog);
  } catch (e) {
    return failed(job, e);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** The same, blocking: for worker threads; a file over `deferAbove` bytes is not read (`deferred`). */
export function extractFileSync(job: ExtractJob, catalog: Catalog, maxFileBytes: number, deferAbove = Number.POSITIVE_INFINITY): ExtractResult {
  let fd = -1;
  try {
    fd = openSync(job.file, OPEN_FLAGS);
    const st = fstatSync(fd);
    const early = refuse(job, st, maxFileBytes);
    if (early) return early;
    if (st.size > deferAbove) return { uri: job.uri, deferred: true };
    return extractBytes(job, readFileSync(fd), st, catalog);
  } catch (e) {
    return failed(job, e);
  } finally {
    if (fd >= 0) closeSync(fd);
  }
}

function refuse(job: ExtractJob, st: Stats, maxFileBytes: number): ExtractResult | null {
  if (!st.isFile()) return { uri: job.uri, skipped: 'not a regular file' };
  if (st.size > maxFileBytes) {
    return { uri: job.uri, skipped: `too large: ${(st.size / 1048576).toFixed(1)} MB (limit ${(maxFileBytes / 1048576).toFixed(0)} MB)` };
  }
  return null;
}

function extractBytes(job: ExtractJob, bytes: Buffer, st: Stats, catalog: Catalog): ExtractResult {
  const hash = createHash('sha1').update(bytes).digest('hex');
  if (job.hash === hash) {
    const same: ExtractResult = { uri: job.uri, unchanged: true, size: st.size, mtimeMs: st.mtimeMs, hash };
    if (job.withText && mayHaveAstral(bytes)) {
      const decoded = decodeNoteBytes(bytes);
      if (decoded.kind === 'text' && ASTRAL.test(decoded.text)) same.text = decoded.text;
    }
    return same;
  }
  const decoded = decodeNoteBytes(bytes);
  if (decoded.kind === 'skipped') return { uri: job.uri, skipped: decoded.reason, size: st.size, mtimeMs: st.mtimeMs, hash };
  const note = extractNote(job.uri, decoded.text, { catalog, plainText: job.plainText, encoding: decoded.encoding });
  const result: ExtractResult = { uri: job.uri, note, headings: job.plainText ? [] : markdownHeadings(decoded.text), size: st.size, mtimeMs: st.mtimeMs, hash };
  // Code-point columns differ from UTF-16 ones only after a character outside the BMP.
  if (job.withText && ASTRAL.test(decoded.text)) result.text = decoded.text;
  return result;
}

const ASTRAL = /[\ud800-\udfff]/;

/** Whether decoded bytes could hold a character outside the BMP (a 4-byte UTF-8 sequence, UTF-16, a legacy encoding). */
function mayHaveAstral(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0xf0) return true;
  return false;
}

function failed(job: ExtractJob, e: unknown): ExtractResult {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return { uri: job.uri, skipped: 'deleted before it could be read', gone: true };
  if (code === 'EACCES' || code === 'EPERM') return { uri: job.uri, skipped: 'permission denied' };
  return { uri: job.uri, skipped: `could not be indexed: ${(e as Error).message}` };
}

// ---- the worker side

/** Results are posted a few at a time, so the index fills up (and requests see it) while the rest is extracted. */
const FLUSH_COUNT = 16;
const FLUSH_MS = 50;

let catalog: { key: string; catalog: Catalog } | null = null;

// A worker extracts each note once: keeping what a later edit of a long note could reuse
// (note.ts, reuseSettings) would only cost, about 10% of the extraction time. Its notes cross
// threads as bytes, so their strings need not be copied out of the text (detach.ts) either.
if (parentPort) {
  reuseSettings.minChars = Number.POSITIVE_INFINITY;
  detachSettings.enabled = false;
}

function catalogFor(userTools: UserTool[]): Catalog {
  const key = JSON.stringify(userTools.map((u) => u.entry));
  if (catalog?.key !== key) catalog = { key, catalog: Catalog.builtin(userTools) };
  return catalog.catalog;
}

const post = (msg: WorkerReply, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(msg, transfer);

parentPort?.on('message', (msg: WorkerRequest) => {
  try {
    const cat = catalogFor(msg.userTools);
    // Each result is packed as soon as it is made (ResultPacker says why).
    const batch = new ResultPacker();
    let flushed = performance.now();
    const flush = () => {
      if (!batch.count) return;
      const packed = batch.take();
      post({ id: msg.id, kind: 'results', packed }, [packed.numbers.buffer as ArrayBuffer]);
      flushed = performance.now();
    };
    for (let i = Atomics.add(msg.next, 0, 1); i < msg.jobs.length; i = Atomics.add(msg.next, 0, 1)) {
      batch.add(extractFileSync(msg.jobs[i], cat, msg.maxFileBytes, WORKER_MAX_NOTE_BYTES));
      if (batch.count >= FLUSH_COUNT || performance.now() - flushed >= FLUSH_MS) flush();
    }
    flush();
  } finally {
    post({ id: msg.id, kind: 'done' });
  }
});
