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
exports.DirWatcher = void 0;
// The server's own file watcher, for clients that do not watch files for it.
// Node 20's `fs.watch(…, { recursive: true })` on Linux walks and watches every file of the
// tree synchronously (seconds on a folder with node_modules), so this watches directories one
// by one (non-recursive fs.watch), skipping the folders the index skips, and follows new ones.
const node_fs_1 = require("node:fs");
const path = __importStar(require("node:path"));
class DirWatcher {
    root;
    options;
    watchers = new Map();
    timers = new Map();
    closed = false;
    constructor(root, options) {
        this.root = root;
        this.options = options;
    }
    /** Starts watching; resolves once every existing folder is watched. */
    async start() {
        await this.add(this.root);
    }
    close() {
        this.closed = true;
        for (const w of this.watchers.values())
            w.close();
        this.watchers.clear();
        for (const t of this.timers.values())
            clearTimeout(t);
        this.timers.clear();
    }
    get size() {
        return this.watchers.size;
    }
    async add(dir) {
        if (this.closed || this.watchers.has(dir))
            return;
        let w;
        try {
            w = (0, node_fs_1.watch)(dir, { persistent: false }, (_type, name) => {
                if (name)
                    this.touched(path.join(dir, name.toString()));
                else
                    this.touched(dir);
            });
        }
        catch {
            return;
        }
        w.on('error', () => this.drop(dir));
        this.watchers.set(dir, w);
        let entries;
        try {
            entries = await node_fs_1.promises.readdir(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        // Sub-folders at the same time: only which folders are watched matters, not in what order.
        await Promise.all(entries.filter((e) => e.isDirectory() && this.options.enter(path.join(dir, e.name))).map((e) => this.add(path.join(dir, e.name))));
    }
    drop(dir) {
        for (const [d, w] of this.watchers) {
            if (d === dir || d.startsWith(dir + path.sep)) {
                w.close();
                this.watchers.delete(d);
            }
        }
    }
    touched(file) {
        if (this.closed)
            return;
        const old = this.timers.get(file);
        if (old)
            clearTimeout(old);
        this.timers.set(file, setTimeout(() => {
            this.timers.delete(file);
            void this.settle(file);
        }, this.options.debounceMs ?? 50));
    }
    async settle(file) {
        let isDir = false;
        try {
            isDir = (await node_fs_1.promises.stat(file)).isDirectory();
        }
        catch {
            this.drop(file);
        }
        // A folder that appears (created, or renamed into place) is watched from now on.
        if (isDir && !this.watchers.has(file) && this.options.enter(file))
            await this.add(file);
        if (!this.closed)
            this.options.onPath(file);
    }
}
exports.DirWatcher = DirWatcher;
//# sourceMappingURL=watcher.js.map