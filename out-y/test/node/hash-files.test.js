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
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
// hashFiles: the command line's check of every file against its persistent index, on a thread
// of its own. Each file's hash must be the extraction's (SHA-1 of its bytes), whatever its size
// (files longer than the thread's 1 MB buffer are read in pieces).
const strict_1 = __importDefault(require("node:assert/strict"));
const node_crypto_1 = require("node:crypto");
const node_fs_1 = require("node:fs");
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const node_test_1 = require("node:test");
const files_1 = require("../../server/src/node/files");
const sha1 = (bytes) => (0, node_crypto_1.createHash)('sha1').update(bytes).digest('hex');
(0, node_test_1.describe)('hashFiles', () => {
    const root = (0, node_fs_1.mkdtempSync)(path.join(os.tmpdir(), 'infranotes-hash-files-'));
    (0, node_test_1.after)(() => (0, node_fs_1.rmSync)(root, { recursive: true, force: true }));
    const file = (name, bytes) => {
        const p = path.join(root, name);
        (0, node_fs_1.writeFileSync)(p, bytes);
        return p;
    };
    const ascii = file('a.md', Buffer.from('# HashiConf\n\nTerraform.\n'));
    const empty = file('empty.md', Buffer.alloc(0));
    // Three buffers' worth and a bit, with a four-byte character only in the last piece.
    const long = Buffer.alloc(3 * (1 << 20) + 5, 'x');
    long.write('😀', long.length - 4);
    const large = file('large.md', long);
    const emoji = file('emoji.md', Buffer.from('# Talk 😀\n'));
    const utf16 = file('utf16.md', Buffer.from([0xff, 0xfe, 0x23, 0x00, 0x20, 0x00]));
    const hangul = file('hangul.md', Buffer.from('# 데브옵스\n'));
    const folder = path.join(root, 'folder.md');
    (0, node_fs_1.mkdirSync)(folder);
    const missing = path.join(root, 'missing.md');
    (0, node_test_1.test)("gives each file's SHA-1, size and modification time, in the order asked", async () => {
        const files = [ascii, empty, large, emoji];
        const hashed = await (0, files_1.hashFiles)(files, 10 * 1024 * 1024, false);
        strict_1.default.deepEqual(hashed.hashes, files.map((f) => sha1((0, node_fs_1.readFileSync)(f))));
        files.forEach((f, i) => {
            strict_1.default.equal(hashed.sizes[i], (0, node_fs_1.statSync)(f).size);
            strict_1.default.equal(hashed.mtimes[i], (0, node_fs_1.statSync)(f).mtimeMs);
        });
    });
    (0, node_test_1.test)("'' for a file that cannot be read, is not a regular file, or is over the limit", async () => {
        const hashed = await (0, files_1.hashFiles)([missing, folder, large, ascii], 1024 * 1024, false);
        strict_1.default.deepEqual(hashed.hashes.slice(0, 3), ['', '', '']);
        strict_1.default.notEqual(hashed.hashes[3], '');
    });
    (0, node_test_1.test)('tells which files could hold a character outside the BMP, when asked', async () => {
        const files = [ascii, large, emoji, utf16, hangul];
        strict_1.default.deepEqual([...(await (0, files_1.hashFiles)(files, 10 * 1024 * 1024, true)).astral], [0, 1, 1, 1, 0]);
        strict_1.default.deepEqual([...(await (0, files_1.hashFiles)(files, 10 * 1024 * 1024, false)).astral], [0, 0, 0, 0, 0]);
    });
    (0, node_test_1.test)('no files', async () => {
        strict_1.default.deepEqual((await (0, files_1.hashFiles)([], 1024, false)).hashes, []);
    });
});
//# sourceMappingURL=hash-files.test.js.map