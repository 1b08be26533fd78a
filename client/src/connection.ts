// Starts the bundled language server and gives the rest of the client one way to
// ask it things. Every fact the UI shows comes through here (protocol.ts).
import * as vscode from 'vscode';
import {
  CloseAction,
  type CloseHandlerResult,
  ErrorAction,
  type ErrorHandler,
  type ErrorHandlerResult,
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  State,
  TransportKind,
} from 'vscode-languageclient/node';
import type { NotificationType, RequestType, RequestType0 } from 'vscode-languageserver-protocol';
import { DEFAULT_SETTINGS, Notifications, type IndexChanged, type Settings } from '../../server/src/protocol';
import nodeFlags from '../../server/src/node-flags.json';

export const CLIENT_ID = 'infranotes';

/** Markdown and plain-text notes, saved or not. Extension-less files open as plaintext. */
export const DOCUMENT_SELECTOR = [
  { language: 'markdown', scheme: 'file' },
  { language: 'markdown', scheme: 'untitled' },
  { language: 'plaintext', scheme: 'file' },
  { language: 'plaintext', scheme: 'untitled' },
];

/**
 * Restarts a server whose process ended, as the library's own handler does (up to 4 times in 3 minutes), but lets the
 * close decide: the library's handler shut the client down for good on the 4th failed write, or on any read error, and a
 * killed server makes both before its close is seen (writes to its dead pipe, an answer it was writing cut short). A test
 * that kills the server saw the client stop instead of starting it again.
 */
export class RestartingErrorHandler implements ErrorHandler {
  private readonly restarts: number[] = [];

  constructor(
    private readonly maxRestarts = 4,
    private readonly now: () => number = Date.now,
  ) {}

  error(): ErrorHandlerResult {
    return { action: ErrorAction.Continue };
  }

  closed(): CloseHandlerResult {
    const now = this.now();
    this.restarts.push(now);
    while (this.restarts.length && now - this.restarts[0] > 3 * 60 * 1000) this.restarts.shift();
    if (this.restarts.length <= this.maxRestarts) return { action: CloseAction.Restart };
    return { action: CloseAction.DoNotRestart, message: vscode.l10n.t('The Infra Notes server stopped {0} times in 3 minutes and will not be started again. See its output for the reason; reload the window to start it again.', this.restarts.length) };
  }
}

export class Connection implements vscode.Disposable {
  readonly client: LanguageClient;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly indexChangedEmitter = new vscode.EventEmitter<IndexChanged>();
  private readonly runningEmitter = new vscode.EventEmitter<void>();
  /** Fires with every `infranotes/indexChanged` from the server. */
  readonly onIndexChanged = this.indexChangedEmitter.event;
  /** Fires each time the server is (again) running: after start and after a restart. */
  readonly onRunning = this.runningEmitter.event;
  private starting: Promise<void> | undefined;
  lastIndexChanged: IndexChanged | undefined;

  constructor(context: vscode.ExtensionContext, readonly output: vscode.LogOutputChannel) {
    // INFRANOTES_SERVER_MODULE lets tests point the client at another build of the server.
    const module = process.env.INFRANOTES_SERVER_MODULE || context.asAbsolutePath('dist/server.js');
    // Over stdio, not Node IPC: the server writes large answers (a tool's ~10,000 references) as
    // JSON bytes made straight from its tables, which an IPC channel would serialise again.
    // Started with the Node flags and environment its shebang has (server/src/node-flags.json), as
    // from a terminal; the client adds its own environment to `env`.
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.stdio, options: { execArgv: [...nodeFlags.node], env: { ...nodeFlags.env } } },
      debug: { module, transport: TransportKind.stdio, options: { execArgv: [...nodeFlags.node, '--nolazy', '--inspect=6019'], env: { ...nodeFlags.env } } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: DOCUMENT_SELECTOR,
      outputChannel: output,
      // The server registers for configuration and file changes itself (dynamic registration).
      initializationOptions: {
        settings: readSettings(),
        // The persistent index cache goes in VS Code's storage for this workspace.
        cacheFolder: (context.storageUri ?? context.globalStorageUri).fsPath,
        locale: vscode.env.language,
      },
      errorHandler: new RestartingErrorHandler(),
    };
    this.client = new LanguageClient(CLIENT_ID, vscode.l10n.t('Infra Notes Language Server'), serverOptions, clientOptions);
    this.disposables.push(
      this.client.onDidChangeState((e) => {
        if (e.newState === State.Running) this.runningEmitter.fire();
      }),
      this.client.onNotification(Notifications.indexChanged, (params: IndexChanged) => {
        this.lastIndexChanged = params;
        this.indexChangedEmitter.fire(params);
      }),
    );
  }

  get isRunning(): boolean {
    return this.client.state === State.Running;
  }

  start(): Promise<void> {
    this.starting ??= this.client.start().catch((err: unknown) => {
      this.output.appendLine(`[client] the language server did not start: ${err instanceof Error ? err.stack : String(err)}`);
      void vscode.window
        .showErrorMessage(
          vscode.l10n.t('The Infra Notes language server could not start: {0}', err instanceof Error ? err.message : String(err)),
          vscode.l10n.t('Show Log'),
        )
        .then((choice) => {
          if (choice) this.output.show();
        });
      throw err;
    });
    return this.starting;
  }

  /** Waits for the server (starting it if needed), then sends the request. */
  async request<R>(type: RequestType0<R, void>): Promise<R>;
  async request<P, R>(type: RequestType<P, R, void>, params: P, token?: vscode.CancellationToken): Promise<R>;
  async request(type: RequestType0<unknown, void> | RequestType<unknown, unknown, void>, params?: unknown, token?: vscode.CancellationToken): Promise<unknown> {
    await this.whenRunning();
    if (params === undefined) return this.client.sendRequest(type as RequestType0<unknown, void>, token);
    return this.client.sendRequest(type as RequestType<unknown, unknown, void>, params, token);
  }

  /** Resolves once the server is running (again); rejects if it never started. */
  async whenRunning(): Promise<void> {
    await this.start();
    if (this.isRunning) return;
    await new Promise<void>((resolve) => {
      const d = this.client.onDidChangeState((e) => {
        if (e.newState === State.Running) {
          d.dispose();
          resolve();
        }
      });
    });
  }

  onNotification<P>(type: NotificationType<P>, handler: (p: P) => void): vscode.Disposable {
    return this.client.onNotification(type, handler);
  }

  /** LSP range → VS Code range, through the client's converter. */
  range(r: { start: { line: number; character: number }; end: { line: number; character: number } }): vscode.Range {
    return this.client.protocol2CodeConverter.asRange(r);
  }

  /** A URI from the server; a bare path (IndexStatus.roots) becomes a file URI. */
  uri(u: string): vscode.Uri {
    if (!/^[a-zA-Z][\w+.-]+:/.test(u) || /^[a-zA-Z]:[\\/]/.test(u)) return vscode.Uri.file(u);
    return this.client.protocol2CodeConverter.asUri(u);
  }

  async stop(): Promise<void> {
    if (this.client.state !== State.Stopped) await this.client.stop(2000).catch(() => undefined);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.indexChangedEmitter.dispose();
    this.runningEmitter.dispose();
  }
}

/** The `infranotes` settings of the first workspace folder, in the shape the server reads. */
export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration('infranotes', scope ?? vscode.workspace.workspaceFolders?.[0]);
  const d = DEFAULT_SETTINGS;
  return {
    files: {
      include: c.get<string[]>('files.include', d.files.include),
      exclude: c.get<string[]>('files.exclude', d.files.exclude),
      maxFileSizeMB: c.get<number>('files.maxFileSizeMB', d.files.maxFileSizeMB),
    },
    toolFile: c.get<string>('toolFile', d.toolFile),
    hover: { detail: c.get<'full' | 'compact'>('hover.detail', d.hover.detail) },
    cache: { enabled: c.get<boolean>('cache.enabled', d.cache.enabled), folder: c.get<string>('cache.folder', d.cache.folder) },
  };
}
