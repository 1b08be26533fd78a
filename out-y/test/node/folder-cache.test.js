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
// `infranotes index` with its persistent index: a second run takes the notes from it, and still
// gives exactly what a run without it gives, even when a file changed behind the cache's back
// (same size, same modification time, other bytes) or was deleted.
const strict_1 = __importDefault(require("node:assert/strict"));
const node_fs_1 = require("node:fs");
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const node_url_1 = require("node:url");
const node_test_1 = require("node:test");
const version_1 = require("../../server/src/core/version");
const folder_1 = require("../../server/src/node/folder");
const index_cache_1 = require("../../server/src/node/index-cache");
const NOTES = [
    ['en', '# HashiConf {n}\n\nDate: 2024-10-{d}\n\n## Terraform at scale {n} - Jane Doe, Acme\n\nWe moved from Ansible to Terraform and Vault.\n'],
    ['ko', '# 데브옵스 밋업 {n}\n\n일시: 2024년 5월 {d}일\n\n## 쿠버네티스 운영기 {n} - 김민수, 카카오\n\n테라폼을 쓰고 Vault를 붙였다.\n'],
    ['ja', '# インフラ勉強会 {n}\n\n日時: 2024年6月{d}日\n\n## テラフォーム入門 {n} - 佐藤 花子 (メルカリ)\n\nKubernetesとPackerの話。\n'],
];
function writeNotes(root, count) {
    const files = [];
    for (let n = 0; n < count; n++) {
        const [lang, template] = NOTES[n % NOTES.length];
        const dir = path.join(root, lang);
        (0, node_fs_1.mkdirSync)(dir, { recursive: true });
        const file = path.join(dir, `note-${String(n).padStart(3, '0')}.md`);
        (0, node_fs_1.writeFileSync)(file, template.replaceAll('{n}', String(n).padStart(3, '0')).replaceAll('{d}', String(10 + (n % 18))));
        files.push(file);
    }
    return files;
}
/** The whole index as data, in a stable order. */
const dump = (loaded) => JSON.stringify(loaded.index.notes().slice().sort((a, b) => a.uri.localeCompare(b.uri)));
/** Equal dumps; on a difference, only where it starts. */
function sameIndex(actual, expected) {
    const a = dump(actual);
    const b = dump(expected);
    let i = 0;
    while (i < a.length && a[i] === b[i])
        i++;
    strict_1.default.ok(a === b, `the indexes differ at ${i}: …${a.slice(Math.max(0, i - 80), i + 80)}… instead of …${b.slice(Math.max(0, i - 80), i + 80)}…`);
}
(0, node_test_1.describe)('the command line with its persistent index', () => {
    const root = (0, node_fs_1.mkdtempSync)(path.join(os.tmpdir(), 'infranotes-cli-cache-'));
    const notes = path.join(root, 'notes');
    const cacheFolder = path.join(root, 'cache');
    (0, node_test_1.after)(() => (0, node_fs_1.rmSync)(root, { recursive: true, force: true }));
    // More notes than the workers' threshold, so the pool and the cache path both run.
    const files = writeNotes(notes, 60);
    (0, node_test_1.test)('a second run takes every note from the persistent index and equals a run without it', async () => {
        const first = await (0, folder_1.indexFolder)(notes, undefined, { cacheFolder });
        strict_1.default.equal(first.fromCache, 0);
        strict_1.default.equal(first.index.notes().length, 60);
        const second = await (0, folder_1.indexFolder)(notes, undefined, { cacheFolder });
        strict_1.default.equal(second.fromCache, 60);
        sameIndex(second, first);
    });
    (0, node_test_1.test)('same size and time but other bytes: extracted again; a deleted note is gone', async () => {
        // Same length, same modification time: only the content hash can tell.
        const changed = files[4];
        const before = (0, node_fs_1.statSync)(changed);
        const text = (0, node_fs_1.readFileSync)(changed, 'utf8');
        const edited = text.replace('Ansible', 'Ansiblf').replace('Vault', 'Nomad');
        strict_1.default.equal(Buffer.byteLength(edited), Buffer.byteLength(text));
        (0, node_fs_1.writeFileSync)(changed, edited);
        (0, node_fs_1.utimesSync)(changed, before.atime, before.mtime);
        (0, node_fs_1.unlinkSync)(files[7]);
        const warm = await (0, folder_1.indexFolder)(notes, undefined, { cacheFolder });
        const cold = await (0, folder_1.indexFolder)(notes, undefined, { cacheFolder: null });
        strict_1.default.equal(warm.fromCache, 58);
        strict_1.default.equal(warm.index.notes().length, 59);
        sameIndex(warm, cold);
        strict_1.default.ok(dump(warm).includes('"nomad"'), 'the edited note mentions Nomad now');
    });
    (0, node_test_1.test)('other size, time or both: extracted again when the bytes changed; same bytes at another time stay, and the persistent index learns the time', async () => {
        const touched = files[10];
        const grown = files[13];
        (0, node_fs_1.writeFileSync)(grown, (0, node_fs_1.readFileSync)(grown, 'utf8') + '\n## Packer images - Kim Lee, Acme\n');
        const later = new Date(Date.now() + 60_000);
        (0, node_fs_1.utimesSync)(touched, later, later);
        const warm = await (0, folder_1.indexFolder)(notes, undefined, { cacheFolder });
        const cold = await (0, folder_1.indexFolder)(notes, undefined, { cacheFolder: null });
        strict_1.default.equal(warm.fromCache, 58, 'all but the grown note came from the persistent index');
        sameIndex(warm, cold);
        strict_1.default.ok(dump(warm).includes('Packer images'));
        const cache = index_cache_1.IndexCache.forRoots(cacheFolder, [path.resolve(notes)]);
        const entries = await cache.load(version_1.ENGINE_VERSION, (0, folder_1.catalogKeyOf)([]), [path.resolve(notes)]);
        const uri = (0, node_url_1.pathToFileURL)(touched).href;
        strict_1.default.equal(entries.get(uri)?.mtimeMs, (0, node_fs_1.statSync)(touched).mtimeMs, 'the touched note has its new time');
        strict_1.default.equal(entries.get((0, node_url_1.pathToFileURL)(grown).href)?.size, (0, node_fs_1.statSync)(grown).size);
    });
});
(0, node_test_1.describe)('the command line\'s notes without an index (the outline)', () => {
    const root = (0, node_fs_1.mkdtempSync)(path.join(os.tmpdir(), 'infranotes-cli-notes-'));
    const notes = path.join(root, 'notes');
    const cacheFolder = path.join(root, 'cache');
    (0, node_test_1.after)(() => (0, node_fs_1.rmSync)(root, { recursive: true, force: true }));
    const files = writeNotes(notes, 45);
    // Characters outside the BMP: the JSON's code-point columns need these notes' texts.
    for (const file of [files[3], files[4]])
        (0, node_fs_1.writeFileSync)(file, (0, node_fs_1.readFileSync)(file, 'utf8').replace('Vault', 'Vault 🔐'));
    const byUri = (loaded) => JSON.stringify([...loaded.notes.values()].sort((a, b) => (a.uri < b.uri ? -1 : 1)));
    (0, node_test_1.test)('are the notes indexFolder gives, with the persistent index or without, and its texts', async () => {
        const cold = await (0, folder_1.indexFolder)(notes, undefined, { cacheFolder: null, keepTexts: true });
        const first = await (0, folder_1.readFolderNotes)(notes, undefined, { cacheFolder });
        strict_1.default.equal(first.fromCache, 0);
        const second = await (0, folder_1.readFolderNotes)(notes, undefined, { cacheFolder, keepTexts: true });
        strict_1.default.equal(second.fromCache, 45);
        strict_1.default.equal(second.notes.size, 45);
        strict_1.default.equal(byUri(second), dump(cold));
        strict_1.default.equal(byUri(first), dump(cold));
        strict_1.default.deepEqual([...second.texts.keys()].sort(), [...cold.texts.keys()].sort());
        strict_1.default.equal(second.texts.size, 2);
        for (const [uri, text] of cold.texts)
            strict_1.default.equal(second.texts.get(uri), text);
    });
    (0, node_test_1.test)('a note changed behind the persistent index (same size and time) is extracted again', async () => {
        const changed = files[30];
        const before = (0, node_fs_1.statSync)(changed);
        (0, node_fs_1.writeFileSync)(changed, (0, node_fs_1.readFileSync)(changed, 'utf8').replace('Vault', 'Nomad'));
        (0, node_fs_1.utimesSync)(changed, before.atime, before.mtime);
        const warm = await (0, folder_1.readFolderNotes)(notes, undefined, { cacheFolder });
        strict_1.default.equal(warm.fromCache, 44);
        strict_1.default.equal(byUri(warm), dump(await (0, folder_1.indexFolder)(notes, undefined, { cacheFolder: null })));
        strict_1.default.ok(byUri(warm).includes('"nomad"'));
    });
    (0, node_test_1.test)('a persistent index that cannot be used: every note is extracted', async () => {
        const cache = index_cache_1.IndexCache.forRoots(cacheFolder, [path.resolve(notes)]);
        (0, node_fs_1.writeFileSync)(cache.file, 'not an index');
        const read = await (0, folder_1.readFolderNotes)(notes, undefined, { cacheFolder });
        strict_1.default.equal(read.fromCache, 0);
        strict_1.default.equal(byUri(read), dump(await (0, folder_1.indexFolder)(notes, undefined, { cacheFolder: null })));
    });
});
//# sourceMappingURL=folder-cache.test.js.map