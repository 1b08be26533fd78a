"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.extractFile = extractFile;
exports.extractFileSync = extractFileSync;
// A worker thread that reads, decodes and extracts notes, so the first index uses every core
// and the editor's requests never wait behind extraction. Started by ExtractPool.
// A worker does nothing else, so it reads files synchronously: no round trip through libuv's
// thread pool per file, and one job runs start to end without yielding.
const node_crypto_1 = require("node:crypto");
const node_fs_1 = require("node:fs");
const node_worker_threads_1 = require("node:worker_threads");
const catalog_1 = require("../core/catalog/catalog");
const detach_1 = require("../core/extract/detach");
const note_1 = require("../core/extract/note");
const context_1 = require("../core/features/context");
const extract_pool_1 = require("./extract-pool");
const files_1 = require("./files");
/** Non-blocking, so that opening a FIFO returns at once (and is refused as not a regular file). */
const OPEN_FLAGS = node_fs_1.constants.O_RDONLY | node_fs_1.constants.O_NONBLOCK;
/** Reads, decodes and extracts one file, on the main thread (a changed file, or no workers). */
async function extractFile(job, catalog, maxFileBytes) {
    let handle;
    try {
        handle = await node_fs_1.promises.open(job.file, OPEN_FLAGS);
        const st = await handle.stat();
        const early = refuse(job, st, maxFileBytes);
        if (early)
            return early;
        return extractBytes(job, await handle.readFile(), st, catalog);
    }
    catch (e) {
        return failed(job, e);
    }
    finally {
        await handle?.close().catch(() => undefined);
    }
}
/** The same, blocking: for worker threads; a file over `deferAbove` bytes is not read (`deferred`). */
function extractFileSync(job, catalog, maxFileBytes, deferAbove = Number.POSITIVE_INFINITY) {
    let fd = -1;
    try {
        fd = (0, node_fs_1.openSync)(job.file, OPEN_FLAGS);
        const st = (0, node_fs_1.fstatSync)(fd);
        const early = refuse(job, st, maxFileBytes);
        if (early)
            return early;
        if (st.size > deferAbove)
            return { uri: job.uri, deferred: true };
        return extractBytes(job, (0, node_fs_1.readFileSync)(fd), st, catalog);
    }
    catch (e) {
        return failed(job, e);
    }
    finally {
        if (fd >= 0)
            (0, node_fs_1.closeSync)(fd);
    }
}
function refuse(job, st, maxFileBytes) {
    if (!st.isFile())
        return { uri: job.uri, skipped: 'not a regular file' };
    if (st.size > maxFileBytes) {
        return { uri: job.uri, skipped: `too large: ${(st.size / 1048576).toFixed(1)} MB (limit ${(maxFileBytes / 1048576).toFixed(0)} MB)` };
    }
    return null;
}
function extractBytes(job, bytes, st, catalog) {
    const hash = (0, node_crypto_1.createHash)('sha1').update(bytes).digest('hex');
    if (job.hash === hash) {
        const same = { uri: job.uri, unchanged: true, size: st.size, mtimeMs: st.mtimeMs, hash };
        if (job.withText && mayHaveAstral(bytes)) {
            const decoded = (0, files_1.decodeNoteBytes)(bytes);
            if (decoded.kind === 'text' && ASTRAL.test(decoded.text))
                same.text = decoded.text;
        }
        return same;
    }
    const decoded = (0, files_1.decodeNoteBytes)(bytes);
    if (decoded.kind === 'skipped')
        return { uri: job.uri, skipped: decoded.reason, size: st.size, mtimeMs: st.mtimeMs, hash };
    const note = (0, note_1.extractNote)(job.uri, decoded.text, { catalog, plainText: job.plainText, encoding: decoded.encoding });
    const result = { uri: job.uri, note, headings: job.plainText ? [] : (0, context_1.markdownHeadings)(decoded.text), size: st.size, mtimeMs: st.mtimeMs, hash };
    // Code-point columns differ from UTF-16 ones only after a character outside the BMP.
    if (job.withText && ASTRAL.test(decoded.text))
        result.text = decoded.text;
    return result;
}
const ASTRAL = /[\ud800-\udfff]/;
/** Whether decoded bytes could hold a character outside the BMP (a 4-byte UTF-8 sequence, UTF-16, a legacy encoding). */
function mayHaveAstral(bytes) {
    if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)))
        return true;
    for (let i = 0; i < bytes.length; i++)
        if (bytes[i] >= 0xf0)
            return true;
    return false;
}
function failed(job, e) {
    const code = e.code;
    if (code === 'ENOENT')
        return { uri: job.uri, skipped: 'deleted before it could be read', gone: true };
    if (code === 'EACCES' || code === 'EPERM')
        return { uri: job.uri, skipped: 'permission denied' };
    return { uri: job.uri, skipped: `could not be indexed: ${e.message}` };
}
// ---- the worker side
/** Results are posted a few at a time, so the index fills up (and requests see it) while the rest is extracted. */
const FLUSH_COUNT = 16;
const FLUSH_MS = 50;
let catalog = null;
// A worker extracts each note once: keeping what a later edit of a long note could reuse
// (note.ts, reuseSettings) would only cost, about 10% of the extraction time. Its notes cross
// threads as bytes, so their strings need not be copied out of the text (detach.ts) either.
if (node_worker_threads_1.parentPort) {
    note_1.reuseSettings.minChars = Number.POSITIVE_INFINITY;
    detach_1.detachSettings.enabled = false;
}
function catalogFor(userTools) {
    const key = JSON.stringify(userTools.map((u) => u.entry));
    if (catalog?.key !== key)
        catalog = { key, catalog: catalog_1.Catalog.builtin(userTools) };
    return catalog.catalog;
}
const post = (msg, transfer = []) => node_worker_threads_1.parentPort.postMessage(msg, transfer);
node_worker_threads_1.parentPort?.on('message', (msg) => {
    try {
        const cat = catalogFor(msg.userTools);
        // Each result is packed as soon as it is made (ResultPacker says why).
        const batch = new extract_pool_1.ResultPacker();
        let flushed = performance.now();
        const flush = () => {
            if (!batch.count)
                return;
            const packed = batch.take();
            post({ id: msg.id, kind: 'results', packed }, [packed.numbers.buffer]);
            flushed = performance.now();
        };
        for (let i = Atomics.add(msg.next, 0, 1); i < msg.jobs.length; i = Atomics.add(msg.next, 0, 1)) {
            batch.add(extractFileSync(msg.jobs[i], cat, msg.maxFileBytes, extract_pool_1.WORKER_MAX_NOTE_BYTES));
            if (batch.count >= FLUSH_COUNT || performance.now() - flushed >= FLUSH_MS)
                flush();
        }
        flush();
    }
    finally {
        post({ id: msg.id, kind: 'done' });
    }
});
//# sourceMappingURL=extract-worker.js.map