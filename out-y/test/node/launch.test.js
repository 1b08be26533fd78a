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
// How the server and the CLI start: with the Node flags and environment of server/src/node-flags.json,
// written by the build into their shebang (`#!/usr/bin/env -S NAME=VALUE node FLAGS`) and passed by
// the VS Code client.
const strict_1 = __importDefault(require("node:assert/strict"));
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const path = __importStar(require("node:path"));
const node_test_1 = require("node:test");
const paths_1 = require("../support/paths");
const launch_1 = require("../support/launch");
const launch = JSON.parse((0, node_fs_1.readFileSync)(path.join(paths_1.projectRoot, 'server', 'src', 'node-flags.json'), 'utf8'));
const flags = launch.node;
const dist = path.join(paths_1.projectRoot, 'dist');
/** The young generation's size after enough garbage that V8 grows it to its maximum. */
function newSpaceMB(nodeFlags) {
    const script = `let keep = [];
for (let i = 0; i < 3e6; i++) { keep.push({ i, s: 'x' + i }); if (keep.length > 200000) keep = []; }
const s = require('v8').getHeapSpaceStatistics().find((x) => x.space_name === 'new_space');
process.stdout.write(String(s.space_size / 1048576));`;
    return Number((0, node_child_process_1.execFileSync)(process.execPath, [...nodeFlags, '-e', script], { encoding: 'utf8' }));
}
(0, node_test_1.describe)('the programs start with the project\'s Node flags and environment', () => {
    (0, node_test_1.test)('dist/server.js and dist/cli.js carry every flag in their shebang', () => {
        strict_1.default.ok(flags.length > 0);
        for (const program of ['server.js', 'cli.js'])
            strict_1.default.deepEqual((0, launch_1.shebangFlags)(path.join(dist, program)), flags, program);
    });
    (0, node_test_1.test)('and every variable of their environment', () => {
        strict_1.default.ok(Object.keys(launch.env).length > 0);
        for (const program of ['server.js', 'cli.js'])
            strict_1.default.deepEqual((0, launch_1.shebangEnv)(path.join(dist, program)), launch.env, program);
    });
    (0, node_test_1.test)('the young generation is capped by them: at most 16 MB (two 8 MB halves) against 32 without', () => {
        strict_1.default.ok(newSpaceMB(flags) <= 16, `with ${flags.join(' ')}`);
        strict_1.default.ok(newSpaceMB([]) > 16, 'without the flags V8 grows it further (else the flag is pointless here)');
    });
    (0, node_test_1.test)('run as a program, the server is a Node process with the flags on its command line', { skip: process.platform !== 'linux' && 'reads /proc' }, async () => {
        const proc = (0, node_child_process_1.spawn)(path.join(dist, 'server.js'), ['--stdio'], { stdio: 'pipe' });
        try {
            // The kernel runs env, and env runs node: the command line is node's once a first answer comes.
            const answered = new Promise((resolve, reject) => {
                proc.stdout.once('data', () => resolve());
                proc.once('error', reject);
            });
            const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
            proc.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
            await answered;
            const argv = (0, node_fs_1.readFileSync)(`/proc/${proc.pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
            strict_1.default.match(path.basename(argv[0]), /^node/);
            for (const f of flags)
                strict_1.default.ok(argv.includes(f), `${f} in ${argv.join(' ')}`);
            strict_1.default.ok(argv.includes(path.join(dist, 'server.js')));
            // env set them before it ran node (glibc reads them as the process starts).
            const environ = (0, node_fs_1.readFileSync)(`/proc/${proc.pid}/environ`, 'utf8').split('\0');
            for (const [name, value] of Object.entries(launch.env))
                strict_1.default.ok(environ.includes(`${name}=${value}`), `${name}=${value} in the server's environment`);
        }
        finally {
            const exited = new Promise((r) => proc.once('exit', r));
            proc.stdin.end();
            await exited;
        }
    });
});
//# sourceMappingURL=launch.test.js.map