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
exports.LspClient = exports.FULL_CAPABILITIES = exports.serverJs = void 0;
exports.spawnServer = spawnServer;
// A minimal LSP client for the protocol tests: starts the real bundled server
// (dist/server.js --stdio) as a child process and talks JSON-RPC to it. No mocks.
// Waiting is always for an event (a notification, a response) with a deadline, never a sleep.
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const path = __importStar(require("node:path"));
const node_url_1 = require("node:url");
const node_1 = require("vscode-jsonrpc/node");
const paths_1 = require("./paths");
const launch_1 = require("./launch");
exports.serverJs = path.join(paths_1.projectRoot, 'dist', 'server.js');
/** The server over stdio, started as its shebang says (the project's Node flags and environment). */
function spawnServer() {
    return (0, node_child_process_1.spawn)(process.execPath, [...(0, launch_1.shebangFlags)(exports.serverJs), exports.serverJs, '--stdio'], { stdio: 'pipe', env: { ...process.env, ...(0, launch_1.shebangEnv)(exports.serverJs) } });
}
exports.FULL_CAPABILITIES = {
    window: { workDoneProgress: true },
    workspace: {
        configuration: true,
        didChangeWatchedFiles: { dynamicRegistration: true },
        workspaceFolders: true,
        didChangeConfiguration: { dynamicRegistration: true },
    },
    textDocument: {
        hover: { contentFormat: ['markdown', 'plaintext'] },
        publishDiagnostics: { relatedInformation: true },
        synchronization: { dynamicRegistration: false },
    },
};
class LspClient {
    proc;
    conn;
    root;
    received = [];
    diagnostics = new Map();
    registrations = [];
    serverRequests = [];
    stderr = '';
    listeners = [];
    versions = new Map();
    /** The persistent index's folder made for this server (start), unless the test gave its own. */
    ownCacheFolder;
    constructor(proc, conn, root) {
        this.proc = proc;
        this.conn = conn;
        this.root = root;
    }
    static async start(options) {
        const proc = spawnServer();
        const conn = (0, node_1.createMessageConnection)(new node_1.StreamMessageReader(proc.stdout), new node_1.StreamMessageWriter(proc.stdin));
        const client = new LspClient(proc, conn, options.root);
        proc.stderr.on('data', (d) => (client.stderr += d.toString()));
        conn.onNotification((method, params) => {
            client.received.push({ method, params, at: performance.now() });
            if (method === 'textDocument/publishDiagnostics')
                client.diagnostics.set(params.uri, params.diagnostics);
            client.fire();
        });
        // vscode-jsonrpc hands `$/progress` to progress handlers, not to the catch-all above.
        conn.onUnhandledProgress((params) => {
            client.received.push({ method: '$/progress', params, at: performance.now() });
            client.fire();
        });
        conn.onRequest((method, params) => {
            client.serverRequests.push({ method, params, at: performance.now() });
            client.fire();
            if (method === 'workspace/configuration')
                return (params.items ?? []).map(() => options.settings ?? null);
            if (method === 'client/registerCapability')
                client.registrations.push(...params.registrations);
            return null;
        });
        conn.listen();
        const rootUri = (0, node_url_1.pathToFileURL)(options.root).href;
        const given = (options.initializationOptions ?? {});
        await conn.sendRequest('initialize', {
            processId: process.pid,
            rootUri,
            workspaceFolders: [options.root, ...(options.moreFolders ?? [])].map((f) => ({ uri: (0, node_url_1.pathToFileURL)(f).href, name: path.basename(f) })),
            capabilities: options.capabilities ?? exports.FULL_CAPABILITIES,
            // Tests never leave a persistent index in the user's home: a private folder per server unless told (removed by stop).
            initializationOptions: { ...given, cacheFolder: 'cacheFolder' in given ? given.cacheFolder : (client.ownCacheFolder = (0, node_fs_1.mkdtempSync)(path.join((0, node_os_1.tmpdir)(), 'infranotes-cache-'))) },
        });
        await conn.sendNotification('initialized', {});
        return client;
    }
    uri(rel) {
        return (0, node_url_1.pathToFileURL)(path.join(this.root, rel)).href;
    }
    request(method, params) {
        return this.conn.sendRequest(method, params);
    }
    notify(method, params) {
        return this.conn.sendNotification(method, params);
    }
    /** Resolves with the first notification (received so far or later) that satisfies `pred`. */
    waitForNotification(method, pred = () => true, timeoutMs = 15000, since = 0) {
        return this.waitUntil(() => this.received.find((r) => r.at >= since && r.method === method && pred(r.params))?.params, `notification ${method}`, timeoutMs);
    }
    /** Resolves once `probe` returns something other than undefined (checked on every message). */
    waitUntil(probe, what, timeoutMs = 15000) {
        return new Promise((resolve, reject) => {
            const check = () => {
                let v;
                try {
                    v = probe();
                }
                catch (e) {
                    finish();
                    reject(e);
                    return;
                }
                if (v !== undefined) {
                    finish();
                    resolve(v);
                }
            };
            const timer = setTimeout(() => {
                finish();
                reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; server stderr: ${this.stderr.slice(-2000)}`));
            }, timeoutMs);
            const finish = () => {
                clearTimeout(timer);
                this.listeners = this.listeners.filter((l) => l !== check);
            };
            this.listeners.push(check);
            check();
        });
    }
    /** Waits for the first complete index: an indexChanged that says indexing is over. */
    waitIndexed(timeoutMs = 20000) {
        return this.waitForNotification('infranotes/indexChanged', (p) => p.indexing === false && p.notes > 0, timeoutMs);
    }
    async open(rel, text, languageId = 'markdown') {
        const uri = this.uri(rel);
        this.versions.set(uri, 1);
        await this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
        return uri;
    }
    async change(uri, contentChanges) {
        const version = (this.versions.get(uri) ?? 1) + 1;
        this.versions.set(uri, version);
        await this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
    }
    /** Where in `received` a notification's params and the first end of progress came (-1: not yet), for tests of their order. */
    orderOf(params) {
        return {
            at: this.received.findIndex((r) => r.params === params),
            progressEnd: this.received.findIndex((r) => r.method === '$/progress' && r.params?.value?.kind === 'end'),
        };
    }
    hover(uri, line, character) {
        return this.request('textDocument/hover', { textDocument: { uri }, position: { line, character } });
    }
    async stop() {
        try {
            await Promise.race([this.request('shutdown'), new Promise((r) => setTimeout(r, 3000))]);
            await this.notify('exit');
        }
        catch {
            /* already gone */
        }
        const exited = new Promise((resolve) => {
            if (this.proc.exitCode !== null)
                resolve();
            else
                this.proc.once('exit', () => resolve());
        });
        const timer = setTimeout(() => this.proc.kill('SIGKILL'), 3000);
        await exited;
        clearTimeout(timer);
        this.conn.dispose();
        // The server has exited: its private persistent index goes (the tests left 600 such folders in /tmp a day).
        if (this.ownCacheFolder)
            (0, node_fs_1.rmSync)(this.ownCacheFolder, { recursive: true, force: true });
    }
    fire() {
        for (const l of this.listeners.slice())
            l();
    }
}
exports.LspClient = LspClient;
//# sourceMappingURL=lsp-client.js.map