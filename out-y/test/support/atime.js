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
exports.markUnread = markUnread;
exports.wasRead = wasRead;
exports.readsAreRecorded = readsAreRecorded;
// Whether a file was read: its access time, set far in the past, moves on a read (Linux relatime
// updates it when it is older than the modification time) and stays put on stat() or realpath().
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const path = __importStar(require("node:path"));
const LONG_AGO = new Date('1970-01-02T00:00:00Z');
/** Sets a file's access time far in the past (its modification time stays). */
function markUnread(file) {
    (0, node_fs_1.utimesSync)(file, LONG_AGO, (0, node_fs_1.statSync)(file).mtime);
}
/** Whether the file was read since markUnread. */
function wasRead(file) {
    return (0, node_fs_1.statSync)(file).atimeMs > LONG_AGO.getTime() + 1000;
}
/** Whether this file system records reads at all (not mounted noatime): probed in `dir`. */
function readsAreRecorded(dir = (0, node_os_1.tmpdir)()) {
    const d = (0, node_fs_1.mkdtempSync)(path.join(dir, 'atime-probe-'));
    try {
        const f = path.join(d, 'probe');
        (0, node_fs_1.writeFileSync)(f, 'probe');
        markUnread(f);
        (0, node_fs_1.readFileSync)(f);
        return wasRead(f);
    }
    finally {
        (0, node_fs_1.rmSync)(d, { recursive: true, force: true });
    }
}
//# sourceMappingURL=atime.js.map