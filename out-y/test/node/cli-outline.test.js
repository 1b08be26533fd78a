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
// `infranotes index` (the outline) prints, with its persistent index or without, what the
// workspace index of the same folder says: each note's events and talks, and the totals.
const strict_1 = __importDefault(require("node:assert/strict"));
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const node_test_1 = require("node:test");
const node_url_1 = require("node:url");
const folder_1 = require("../../server/src/node/folder");
const paths_1 = require("../support/paths");
const cli = path.join(paths_1.projectRoot, 'dist', 'cli.js');
/** The outline as the command printed it before it read notes without an index: the reference. */
function expectedOutline(loaded) {
    const { index } = loaded;
    const rel = (uri) => path.relative(loaded.root, (0, node_url_1.fileURLToPath)(uri)).split(path.sep).join('/');
    const compare = new Intl.Collator().compare;
    const out = [];
    for (const note of index.notes().sort((a, b) => compare(rel(a.uri), rel(b.uri)))) {
        out.push(`${rel(note.uri)}  [${note.language}, ${note.encoding}]`);
        for (const e of note.events) {
            const when = e.date ? (e.endDate ? `${e.date} – ${e.endDate}` : e.date) : 'no date';
            out.push(`  ${e.name}  (${when}${e.location ? `, ${e.location}` : ''})`);
            for (const t of e.talks) {
                const who = t.speakers.map((s) => (s.org ? `${s.name} (${s.org})` : s.name)).join(', ');
                out.push(`    ${t.titleRange.start.line + 1}: ${t.title}${who ? ` — ${who}` : ''}`);
                if (t.tools.length)
                    out.push(`        tools: ${t.tools.map((c) => `${index.catalog.get(c.toolId)?.name ?? c.toolId}×${c.count}`).join(', ')}`);
            }
        }
    }
    out.push('');
    out.push(`${index.size} notes, ${index.events().length} events, ${index.talks().length} talks, ${index.mentionedTools().length} tools mentioned; ${loaded.skipped.length} files skipped`);
    return out.join('\n') + '\n';
}
/** The time it took is the one thing two runs may print differently. */
const withoutTime = (outline) => outline.replace(/; \d+ ms( \(\d+ notes from the persistent index\))?\n$/, '\n');
(0, node_test_1.describe)('infranotes index', () => {
    const root = (0, node_fs_1.mkdtempSync)(path.join(os.tmpdir(), 'infranotes-cli-outline-'));
    const notes = path.join(root, 'notes');
    const env = { ...process.env, XDG_CACHE_HOME: path.join(root, 'cache') };
    (0, node_test_1.after)(() => (0, node_fs_1.rmSync)(root, { recursive: true, force: true }));
    // The sample notes four times over: more notes than the thresholds of the workers and of the hashing thread.
    for (let copy = 0; copy < 4; copy++)
        (0, node_fs_1.cpSync)(paths_1.samplesDir, path.join(notes, `copy-${copy}`), { recursive: true, filter: (src) => !src.endsWith('.json') });
    const run = (...flags) => (0, node_child_process_1.execFileSync)(process.execPath, [cli, 'index', notes, ...flags], { encoding: 'utf8', env });
    (0, node_test_1.test)('prints what the index says, with its persistent index or without', async () => {
        const expected = expectedOutline(await (0, folder_1.indexFolder)(notes));
        const first = run();
        const second = run();
        strict_1.default.match(second, /\((\d+) notes from the persistent index\)\n$/);
        strict_1.default.equal(withoutTime(first), expected);
        strict_1.default.equal(withoutTime(second), expected);
        strict_1.default.equal(withoutTime(run('--no-cache')), expected);
    });
    (0, node_test_1.test)('a note changed behind the persistent index (same size and time) is printed as it is now', async () => {
        const before = run();
        const file = path.join(notes, 'copy-0', '2024', 'hashiconf-2024.md');
        const stat = (0, node_fs_1.statSync)(file);
        const text = (0, node_fs_1.readFileSync)(file, 'utf8');
        // A talk's title, the same length, at the same time.
        strict_1.default.ok(text.includes('## Vault at Scale -'));
        (0, node_fs_1.writeFileSync)(file, text.replace('## Vault at Scale -', '## Vault at Scalf -'));
        (0, node_fs_1.utimesSync)(file, stat.atime, stat.mtime);
        const expected = expectedOutline(await (0, folder_1.indexFolder)(notes));
        const now = run();
        strict_1.default.notEqual(withoutTime(now), withoutTime(before));
        strict_1.default.equal(withoutTime(now), expected);
    });
});
//# sourceMappingURL=cli-outline.test.js.map