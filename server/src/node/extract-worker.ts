// A worker thread that reads, decodes and extracts notes, so the first index uses every core
// and the editor's requests never wait behind extraction. Started by ExtractPool.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { Catalog, type UserTool } from '../core/catalog/catalog';
import { extractNote } from '../core/extract/note';
import { markdownHeadings } from '../core/features/context';
import type { ExtractJob, ExtractResult, WorkerRequest } from './extract-pool';
import { decodeNoteBytes } from './files';

let workerCatalog: Catalog | null = null;
let workerMaxBytes = 10 * 1024 * 1024;

/** Reads, decodes and extracts one file. Also used inline when there are no workers. */
export async function extractFile(job: ExtractJob, catalog: Catalog, maxFileBytes: number): Promise<ExtractResult> {
  try {
    const st = await fs.stat(job.file);
    if (!st.isFile()) return { uri: job.uri, skipped: 'not a regular file' };
    if (st.size > maxFileBytes) {
      return { uri: job.uri, skipped: `too large: ${(st.size / 1048576).toFixed(1)} MB (limit ${(maxFileBytes / 1048576).toFixed(0)} MB)` };
    }
    const bytes = await fs.readFile(job.file);
    const hash = createHash('sha1').update(bytes).digest('hex');
    const decoded = decodeNoteBytes(bytes);
    if (decoded.kind === 'skipped') return { uri: job.uri, skipped: decoded.reason, size: st.size, mtimeMs: st.mtimeMs, hash };
    const note = extractNote(job.uri, decoded.text, { catalog, plainText: job.plainText, encoding: decoded.encoding });
    const result: ExtractResult = { uri: job.uri, note, headings: job.plainText ? [] : markdownHeadings(decoded.text), size: st.size, mtimeMs: st.mtimeMs, hash };
    if (job.withText) result.text = decoded.text;
    return result;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { uri: job.uri, skipped: 'deleted before it could be read', gone: true };
    if (code === 'EACCES' || code === 'EPERM') return { uri: job.uri, skipped: 'permission denied' };
    return { uri: job.uri, skipped: `could not be indexed: ${(e as Error).message}` };
  }
}

parentPort?.on('message', async (msg: WorkerRequest) => {
  if (msg.kind === 'configure') {
    workerCatalog = Catalog.builtin(msg.userTools as UserTool[]);
    workerMaxBytes = msg.maxFileBytes;
    return;
  }
  const results: ExtractResult[] = [];
  workerCatalog ??= Catalog.builtin();
  for (const job of msg.jobs) results.push(await extractFile(job, workerCatalog, workerMaxBytes));
  parentPort!.postMessage({ id: msg.id, results });
});
