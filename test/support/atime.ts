// Whether a file was read: its access time, set far in the past, moves on a read (Linux relatime
// updates it when it is older than the modification time) and stays put on stat() or realpath().
import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const LONG_AGO = new Date('1970-01-02T00:00:00Z');

/** Sets a file's access time far in the past (its modification time stays). */
export function markUnread(file: string): void {
  utimesSync(file, LONG_AGO, statSync(file).mtime);
}

/** Whether the file was read since markUnread. */
export function wasRead(file: string): boolean {
  return statSync(file).atimeMs > LONG_AGO.getTime() + 1000;
}

/** Whether this file system records reads at all (not mounted noatime): probed in `dir`. */
export function readsAreRecorded(dir = tmpdir()): boolean {
  const d = mkdtempSync(path.join(dir, 'atime-probe-'));
  try {
    const f = path.join(d, 'probe');
    writeFileSync(f, 'probe');
    markUnread(f);
    readFileSync(f);
    return wasRead(f);
  } finally {
    rmSync(d, { recursive: true, force: true });
  }
}
