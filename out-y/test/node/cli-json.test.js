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
// `infranotes index --json` writes the same bytes for the same folder, whatever order the notes
// went into the index in (workers finish in any order; a changed note is put after the cached ones).
const strict_1 = __importDefault(require("node:assert/strict"));
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const node_test_1 = require("node:test");
const cli = path.join(__dirname, '..', '..', '..', 'dist', 'cli.js');
(0, node_test_1.describe)('infranotes index --json', () => {
    const root = (0, node_fs_1.mkdtempSync)(path.join(os.tmpdir(), 'infranotes-cli-json-'));
    const notes = path.join(root, 'notes');
    const env = { ...process.env, XDG_CACHE_HOME: path.join(root, 'cache') };
    (0, node_test_1.after)(() => (0, node_fs_1.rmSync)(root, { recursive: true, force: true }));
    const run = (...flags) => (0, node_child_process_1.execFileSync)(process.execPath, [cli, 'index', notes, '--json', ...flags], { encoding: 'utf8', env });
    (0, node_test_1.test)("lists a tool's mentions in the notes' order after a changed note was indexed again", () => {
        (0, node_child_process_1.execFileSync)('mkdir', ['-p', notes]);
        (0, node_fs_1.writeFileSync)(path.join(notes, 'a.md'), '# HashiConf 2024\n\n## Terraform at scale - Jane Doe, Acme\n\nTerraform and Vault.\n');
        (0, node_fs_1.writeFileSync)(path.join(notes, 'b.md'), '# 데브옵스 밋업\n\n## 테라폼 운영기 - 김민수, 카카오\n\n테라폼을 썼다.\n');
        (0, node_fs_1.writeFileSync)(path.join(notes, 'c.md'), '# インフラ勉強会\n\n## テラフォーム入門 - 佐藤 花子\n\nTerraformの話。\n');
        run();
        // a.md now goes into the index after b.md and c.md, which come from the persistent index.
        (0, node_fs_1.appendFileSync)(path.join(notes, 'a.md'), '\nMore Terraform.\n');
        const cached = run();
        const terraform = JSON.parse(cached).tools.find((t) => t.id === 'terraform');
        const paths = terraform.mentions.map((m) => m.path);
        strict_1.default.deepEqual([...new Set(paths)], ['a.md', 'b.md', 'c.md']);
        strict_1.default.equal(cached, run('--no-cache'));
    });
});
//# sourceMappingURL=cli-json.test.js.map