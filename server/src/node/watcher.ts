// The server's own file watcher, for clients that do not watch files for it.
// Node 20's `fs.watch(…, { recursive: true })` on Linux walks and watches every file of the
// tree synchronously (seconds on a folder with node_modules), so this watches directories one
// by one (non-recursive fs.watch), skipping the folders the index skips, and follows new ones.
import { watch, promises as fs, type FSWatcher } from 'node:fs';
import * as path from 'node:path';

export interface DirWatcherOptions {
  /** Whether to enter (and watch) a folder. */
  enter(dir: string): boolean;
  /** A path under the root changed, appeared or disappeared (debounced per path). */
  onPath(file: string): void;
  debounceMs?: number;
}

export class DirWatcher {
  private readonly watchers = new Map<string, FSWatcher>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private closed = false;

  constructor(
    readonly root: string,
    private readonly options: DirWatcherOptions,
  ) {}

  /** Starts watching; resolves once every existing folder is watched. */
  async start(): Promise<void> {
    await this.add(this.root);
  }

  close(): void {
    this.closed = true;
    for (const w of this.watchers.values()) w.close();
    this.watchers.clear();
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }

  get size(): number {
    return this.watchers.size;
  }

  private async add(dir: string): Promise<void> {
    if (this.closed || this.watchers.has(dir)) return;
    let w: FSWatcher;
    try {
      w = watch(dir, { persistent: false }, (_type, name) => {
        if (name) this.touched(path.join(dir, name.toString()));
        else this.touched(dir);
      });
    } catch {
      return;
    }
    w.on('error', () => this.drop(dir));
    this.watchers.set(dir, w);
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    // Sub-folders at the same time: only which folders are watched matters, not in what order.
    await Promise.all(entries.filter((e) => e.isDirectory() && this.options.enter(path.join(dir, e.name))).map((e) => this.add(path.join(dir, e.name))));
  }

  private drop(dir: string): void {
    for (const [d, w] of this.watchers) {
      if (d === dir || d.startsWith(dir + path.sep)) {
        w.close();
        this.watchers.delete(d);
      }
    }
  }

  private touched(file: string): void {
    if (this.closed) return;
    const old = this.timers.get(file);
    if (old) clearTimeout(old);
    this.timers.set(
      file,
      setTimeout(() => {
        this.timers.delete(file);
        void this.settle(file);
      }, this.options.debounceMs ?? 50),
    );
  }

  private async settle(file: string): Promise<void> {
    let isDir = false;
    try {
      isDir = (await fs.stat(file)).isDirectory();
    } catch {
      this.drop(file);
    }
    // A folder that appears (created, or renamed into place) is watched from now on.
    if (isDir && !this.watchers.has(file) && this.options.enter(file)) await this.add(file);
    if (!this.closed) this.options.onPath(file);
  }
}
