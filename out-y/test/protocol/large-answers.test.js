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
// Large answers over stdio: a tool's references (hundreds of KB here, megabytes on a large
// workspace) are written from one array the server reuses once an answer is written. Asked back
// to back, an answer still being written (the pipe holds 64 KB) must keep its own bytes.
const strict_1 = __importDefault(require("node:assert/strict"));
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const path = __importStar(require("node:path"));
const node_test_1 = require("node:test");
const lsp_client_1 = require("../support/lsp-client");
/** A note whose talk mentions Consul and Vault on every line of its body, and one more note mentioning Terraform as often. */
function writeWorkspace(root, lines) {
    (0, node_fs_1.mkdirSync)(path.join(root, '2024'), { recursive: true });
    const body = (tools) => Array.from({ length: lines }, (_, i) => `- ${tools} 노트 ${i} テスト`).join('\n');
    (0, node_fs_1.writeFileSync)(path.join(root, '2024', 'big-meetup.md'), `# Big Meetup 2024\n\n## Service Mesh at Scale - Jane Doe, Acme\n\n${body('Consul과 Vault를')}\n`);
    (0, node_fs_1.writeFileSync)(path.join(root, '2024', 'other-meetup.md'), `# Other Meetup 2024\n\n## Modules Everywhere - John Roe, Initech\n\n${body('Terraform으로')}\n`);
}
(0, node_test_1.describe)('large references answers over stdio', () => {
    let root;
    let c;
    const LINES = 4000;
    (0, node_test_1.before)(async () => {
        root = (0, node_fs_1.mkdtempSync)(path.join((0, node_os_1.tmpdir)(), 'infranotes-large-answers-'));
        writeWorkspace(root, LINES);
        c = await lsp_client_1.LspClient.start({ root });
        await c.waitIndexed();
    });
    (0, node_test_1.after)(async () => {
        await c?.stop();
        (0, node_fs_1.rmSync)(root, { recursive: true, force: true });
    });
    const referencesAt = (rel, line, character) => c.request('textDocument/references', { textDocument: { uri: c.uri(rel) }, position: { line, character }, context: { includeDeclaration: true } });
    // "- Consul과 Vault를 …": Consul at 2, Vault at 10; "- Terraform으로 …": Terraform at 2.
    const asks = [
        { tool: 'consul', rel: '2024/big-meetup.md', character: 3 },
        { tool: 'vault', rel: '2024/big-meetup.md', character: 11 },
        { tool: 'terraform', rel: '2024/other-meetup.md', character: 3 },
    ];
    // A broken answer can leave the client waiting for bytes that never come: fail, do not hang.
    (0, node_test_1.test)('references asked back to back each get their own tool, byte for byte as when asked alone', { timeout: 60_000 }, async () => {
        const alone = [];
        for (const a of asks)
            alone.push(await referencesAt(a.rel, 4, a.character));
        for (const [i, a] of asks.entries()) {
            strict_1.default.equal(alone[i].length, LINES, `${a.tool}: one location per line`);
            strict_1.default.ok(alone[i].every((l) => l.uri === c.uri(a.rel)), a.tool);
        }
        strict_1.default.equal(alone[1][0].range.start.character, 10);
        // Several rounds, each sent before any answer is read: later answers are made while earlier ones are still being written.
        for (let round = 0; round < 3; round++) {
            const together = await Promise.all([...asks, ...asks].map((a, k) => referencesAt(a.rel, 4 + ((k + round) % 50), a.character)));
            for (const [k, got] of together.entries())
                strict_1.default.deepEqual(got, alone[k % asks.length], `round ${round}, ask ${k} (${asks[k % asks.length].tool})`);
        }
    });
});
//# sourceMappingURL=large-answers.test.js.map