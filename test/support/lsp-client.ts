// A minimal LSP client for the protocol tests: starts the real bundled server
// (dist/server.js --stdio) as a child process and talks JSON-RPC to it. No mocks.
// Waiting is always for an event (a notification, a response) with a deadline, never a sleep.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { projectRoot } from './paths';
import { shebangEnv, shebangFlags } from './launch';

export const serverJs = path.join(projectRoot, 'dist', 'server.js');

/** The server over stdio, started as its shebang says (the project's Node flags and environment). */
export function spawnServer(): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [...shebangFlags(serverJs), serverJs, '--stdio'], { stdio: 'pipe', env: { ...process.env, ...shebangEnv(serverJs) } });
}

export interface StartOptions {
  root: string;
  /** More workspace folders after `root` (multi-root). */
  moreFolders?: string[];
  /** Client capabilities; by default a client that renders markdown, reports progress and watches files. */
  capabilities?: Record<string, unknown>;
  /** What the client answers to workspace/configuration (section "infranotes"). */
  settings?: unknown;
  initializationOptions?: unknown;
}

export interface Received {
  method: string;
  params: any;
  at: number;
}

export const FULL_CAPABILITIES = {
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

export class LspClient {
  readonly received: Received[] = [];
  readonly diagnostics = new Map<string, any[]>();
  readonly registrations: any[] = [];
  readonly serverRequests: Received[] = [];
  stderr = '';
  private listeners: Array<() => void> = [];
  private versions = new Map<string, number>();

  /** The persistent index's folder made for this server (start), unless the test gave its own. */
  private ownCacheFolder: string | undefined;

  private constructor(
    readonly proc: ChildProcessWithoutNullStreams,
    readonly conn: MessageConnection,
    readonly root: string,
  ) {}

  static async start(options: StartOptions): Promise<LspClient> {
    const proc = spawnServer();
    const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
    const client = new LspClient(proc, conn, options.root);
    proc.stderr.on('data', (d) => (client.stderr += d.toString()));
    conn.onNotification((method, params) => {
      client.received.push({ method, params, at: performance.now() });
      if (method === 'textDocument/publishDiagnostics') client.diagnostics.set((params as any).uri, (params as any).diagnostics);
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
      if (method === 'workspace/configuration') return ((params as any).items ?? []).map(() => options.settings ?? null);
      if (method === 'client/registerCapability') client.registrations.push(...(params as any).registrations);
      return null;
    });
    conn.listen();
    const rootUri = pathToFileURL(options.root).href;
    const given = (options.initializationOptions ?? {}) as { cacheFolder?: string };
    await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [options.root, ...(options.moreFolders ?? [])].map((f) => ({ uri: pathToFileURL(f).href, name: path.basename(f) })),
      capabilities: options.capabilities ?? FULL_CAPABILITIES,
      // Tests never leave a persistent index in the user's home: a private folder per server unless told (removed by stop).
      initializationOptions: { ...given, cacheFolder: 'cacheFolder' in given ? given.cacheFolder : (client.ownCacheFolder = mkdtempSync(path.join(tmpdir(), 'infranotes-cache-'))) },
    });
    await conn.sendNotification('initialized', {});
    return client;
  }

  uri(rel: string): string {
    return pathToFileURL(path.join(this.root, rel)).href;
  }

  request<T = any>(method: string, params?: unknown): Promise<T> {
    return this.conn.sendRequest(method, params) as Promise<T>;
  }

  notify(method: string, params?: unknown): Promise<void> {
    return this.conn.sendNotification(method, params);
  }

  /** Resolves with the first notification (received so far or later) that satisfies `pred`. */
  waitForNotification(method: string, pred: (params: any) => boolean = () => true, timeoutMs = 15000, since = 0): Promise<any> {
    return this.waitUntil(() => this.received.find((r) => r.at >= since && r.method === method && pred(r.params))?.params, `notification ${method}`, timeoutMs);
  }

  /** Resolves once `probe` returns something other than undefined (checked on every message). */
  waitUntil<T>(probe: () => T | undefined, what: string, timeoutMs = 15000): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const check = () => {
        let v: T | undefined;
        try {
          v = probe();
        } catch (e) {
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
  waitIndexed(timeoutMs = 20000): Promise<any> {
    return this.waitForNotification('infranotes/indexChanged', (p) => p.indexing === false && p.notes > 0, timeoutMs);
  }

  async open(rel: string, text: string, languageId = 'markdown'): Promise<string> {
    const uri = this.uri(rel);
    this.versions.set(uri, 1);
    await this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  async change(uri: string, contentChanges: unknown[]): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  /** Where in `received` a notification's params and the first end of progress came (-1: not yet), for tests of their order. */
  orderOf(params: unknown): { at: number; progressEnd: number } {
    return {
      at: this.received.findIndex((r) => r.params === params),
      progressEnd: this.received.findIndex((r) => r.method === '$/progress' && r.params?.value?.kind === 'end'),
    };
  }

  hover(uri: string, line: number, character: number): Promise<any> {
    return this.request('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.request('shutdown'), new Promise((r) => setTimeout(r, 3000))]);
      await this.notify('exit');
    } catch {
      /* already gone */
    }
    const exited = new Promise<void>((resolve) => {
      if (this.proc.exitCode !== null) resolve();
      else this.proc.once('exit', () => resolve());
    });
    const timer = setTimeout(() => this.proc.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
    this.conn.dispose();
    // The server has exited: its private persistent index goes (the tests left 600 such folders in /tmp a day).
    if (this.ownCacheFolder) rmSync(this.ownCacheFolder, { recursive: true, force: true });
  }

  private fire(): void {
    for (const l of this.listeners.slice()) l();
  }
}
