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
// When the server warms up its own extractor (node/warm-up.ts) and its search: once per process,
// in background turns once the first index is complete (begun during a cold index, the
// extractor's took CPU from the workers).
const strict_1 = __importDefault(require("node:assert/strict"));
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const path = __importStar(require("node:path"));
const node_test_1 = require("node:test");
const lsp_client_1 = require("../support/lsp-client");
/** A workspace of `count` short notes in en/ko/ja. */
function workspaceOf(count) {
    const root = (0, node_fs_1.mkdtempSync)(path.join((0, node_os_1.tmpdir)(), 'infranotes-warm-up-'));
    const notes = [
        (i) => `# Platform Night ${i}\nDate: March 5, 2024\n\n## Scaling Terraform ${i} - Jane Doe (Acme)\n- Terraform and Vault.\n`,
        (i) => `# 인프라 밋업 ${i}회\n- 일시: 2024년 4월 13일\n\n## 테라폼 모듈 ${i} - 김철수 (카카오)\n- 테라폼을 쓴다.\n`,
        (i) => `# インフラ勉強会 #${i}\n日時: 2024年5月22日\n\n## テラフォーム入門 ${i} - 佐々木 一郎 (サンプル)\n- テラフォームで作った。\n`,
    ];
    for (let i = 0; i < count; i++) {
        const folder = path.join(root, `f${i % 10}`);
        (0, node_fs_1.mkdirSync)(folder, { recursive: true });
        (0, node_fs_1.writeFileSync)(path.join(folder, `note-${i}.md`), notes[i % notes.length](i));
    }
    return root;
}
/** The first log line matching `pattern` of a server over `count` notes, where it came and where progress first ended (LspClient.orderOf). */
async function warmUpLog(count, pattern) {
    const root = workspaceOf(count);
    const c = await lsp_client_1.LspClient.start({ root });
    try {
        const logged = await c.waitForNotification('window/logMessage', (p) => pattern.test(p.message));
        await c.waitIndexed();
        const { at: loggedAt, progressEnd: endedAt } = c.orderOf(logged);
        return { message: logged.message, loggedAt, endedAt };
    }
    finally {
        await c.stop();
        (0, node_fs_1.rmSync)(root, { recursive: true, force: true });
    }
}
(0, node_test_1.describe)('warm-up of the extractor', () => {
    for (const count of [30, 2000]) {
        (0, node_test_1.test)(`${count} notes: once the index is made, in background turns`, async () => {
            const { message, loggedAt, endedAt } = await warmUpLog(count, /warm-up of the extractor: \d+ rounds/);
            strict_1.default.match(message, /warm-up of the extractor: [1-9]\d* rounds in \d+ ms$/);
            strict_1.default.ok(endedAt >= 0 && loggedAt > endedAt, `warm-up logged at ${loggedAt}, progress ended at ${endedAt}`);
        });
    }
});
(0, node_test_1.describe)('warm-up of the search', () => {
    (0, node_test_1.test)('once the index is complete, over it, in background slices', async () => {
        const { message, loggedAt, endedAt } = await warmUpLog(30, /warm-up of the search: /);
        // Its queries name Terraform in three scripts: the notes' talks are found.
        const found = Number(/(\d+) symbols/.exec(message)?.[1]);
        strict_1.default.ok(found > 0, message);
        strict_1.default.ok(endedAt >= 0 && loggedAt > endedAt, `logged at ${loggedAt}, progress ended at ${endedAt}`);
    });
});
//# sourceMappingURL=warm-up.test.js.map