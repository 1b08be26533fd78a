// The Infra Notes language server: adapts the pure core (server/src/core/features/*) to LSP,
// and the workspace (server/src/node/notes-workspace.ts) to the file system.
// Runs over stdio (`infranotes-lsp --stdio`, the default) or Node IPC (`--node-ipc`).
import { cardLocale } from './core/features/messages';
import {
  CancellationToken,
  CodeActionKind,
  LSPErrorCodes,
  ResponseError,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MarkupKind,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments,
  WatchKind,
  createConnection,
  IPCMessageReader,
  IPCMessageWriter,
  type ClientCapabilities,
  type InitializeParams,
  type InitializeResult,
  type WorkDoneProgressServerReporter,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import * as path from 'node:path';
import { format } from 'node:util';
import { codeActions } from './core/features/code-actions';
import { completion } from './core/features/completion';
import { definition } from './core/features/definition';
import { allDiagnosticsSteps } from './core/features/diagnostics';
import { documentSymbols } from './core/features/document-symbols';
import { hover, toolCard } from './core/features/hover';
import { references, referencesOrJson } from './core/features/references';
import { searchSteps, searchTableSteps, type TableFreshness } from './core/features/search';
import type { Steps } from './core/features/steps';
import { toolAnswerSteps } from './core/features/tool-answers';
import { displayText } from './core/features/markdown-escape';
import { LEGEND, semanticTokens } from './core/features/semantic-tokens';
import { targetAt } from './core/features/at-position';
import { eventTreeSteps, indexCounts, speakerTreeSteps, talkAt, toolTreeSteps, type TalkItem } from './core/features/trees';
import type { Diagnostic, Location } from './core/features/types';
import { snapshotWorkspaceSymbolSteps, workspaceSymbolSteps } from './core/features/workspace-symbols';
import { searchSnapshotSteps, type SearchSnapshot } from './core/features/search-snapshot';
import { Notifications, Requests, type IndexStatus, type Settings } from './protocol';
import { isNoteName, DEFAULT_NOTE_FILES } from './node/files';
import { NotesWorkspace, canonicalUri, uriToPath, waitAtMost, type ProgressEvent } from './node/notes-workspace';
import { JsonRpcStreamReader, JsonRpcStreamWriter, LentBytes, RawJson, Traffic, watchedReader, watchedWriter } from './node/json-rpc';
import { filesKey, readSettings } from './node/settings';
import { Slicer, WhenQuiet } from './node/slices';
import { latencyTraceFromEnv } from './node/latency-trace';
import { DirWatcher } from './node/watcher';
import { collectGarbage, heapUsedMB, limitHeapGrowth } from './node/heap';

const USAGE = `Usage: infranotes-lsp [--stdio | --node-ipc | --socket=PORT]

The Infra Notes language server. It speaks LSP over standard input/output by default.
`;

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (process.argv.includes('--version')) {
  process.stdout.write('infranotes-lsp 0.1.0\n');
  process.exit(0);
}
// Other editors start servers without a flag: stdio is the default.
if (!process.argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) process.argv.push('--stdio');

/** Messages in and out: background work waits while the client talks to the server (node/slices.ts). */
const traffic = new Traffic();
/**
 * Chunks read from stdin, which the scheduler counts as messages read: a slice waits a turn for
 * bytes that came but are not a whole message yet (a long message, such as a didChange of a long
 * note, comes in 64 KB chunks). With vscode-jsonrpc's reader, which decoded each message in a
 * setImmediate after its bytes came, a slice whose turn was queued first ran ahead of the
 * message: 2-5 ms of a hover's time in the latency trace of a 10k run.
 */
let inputChunks = 0;
/** Over stdio, the array a tool's references are written into, reused once each answer is written. */
let answerBytes: LentBytes | undefined;
/** INFRANOTES_LATENCY_TRACE=file: where each request's time went (node/latency-trace.ts). */
const trace = latencyTraceFromEnv();
let shutdownReceived = false;
/** The transport vscode-languageserver would pick from the command line (the first that is named). */
const transport = process.argv.find((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'));
const connection = openConnection();

/**
 * Over stdio, our own reader and writer (node/json-rpc.ts) read long messages without copies of the
 * whole and send large results already serialised; over stdio and Node IPC, messages in and out are
 * counted. Other transports are vscode-languageserver's.
 */
function openConnection() {
  if (transport === '--node-ipc') {
    return createConnection(ProposedFeatures.all, watchedReader(new IPCMessageReader(process), traffic), watchedWriter(new IPCMessageWriter(process), traffic), { messageStrategy: traffic.messageStrategy() });
  }
  if (transport !== '--stdio') return createConnection(ProposedFeatures.all);
  trace?.watchInput(process.stdin);
  process.stdin.on('data', () => {
    inputChunks++;
    traffic.cameIn();
  });
  const writer = new JsonRpcStreamWriter(process.stdout, traffic, trace);
  answerBytes = new LentBytes(writer);
  const c = createConnection(ProposedFeatures.all, watchedReader(new JsonRpcStreamReader(process.stdin), traffic, trace), writer, { messageStrategy: traffic.messageStrategy(trace ? (m, start, end) => trace.slice(`handled ${(m as { method?: string }).method ?? 'response'}`, start, end) : undefined) });
  // What vscode-languageserver does for its own stdio connection: stop when the input ends, and
  // keep console output off stdout (it carries the protocol).
  const end = () => process.exit(shutdownReceived ? 0 : 1);
  process.stdin.on('end', end);
  process.stdin.on('close', end);
  const say = (f: (m: string) => void) => (...args: unknown[]) => f(format(...args));
  console.log = console.info = console.debug = say((m) => c.console.log(m));
  console.warn = say((m) => c.console.warn(m));
  console.error = say((m) => c.console.error(m));
  return c;
}
// A bug in one handler must not take the editor's server down: log it and go on.
process.on('unhandledRejection', (e) => connection.console.error(`[infranotes] ${e instanceof Error ? e.stack : String(e)}`));
process.on('uncaughtException', (e) => connection.console.error(`[infranotes] ${e.stack ?? String(e)}`));
const documents = new TextDocuments(TextDocument);
const ws = new NotesWorkspace();

let caps: ClientCapabilities = {};
let markdownHover = true;
let relatedInformation = false;
let watchedByClient = false;
let configurationPull = false;
let initialSettings: Settings = readSettings({});
const watchers: DirWatcher[] = [];
/** Canonical URI → the client's spelling of it, for documents the client opened. */
const clientUris = new Map<string, string>();
const toClient = (uri: string) => clientUris.get(uri) ?? uri;
const fromClient = (uri: string) => canonicalUri(uri);
const log = (m: string) => connection.console.log(`[infranotes] ${m}`);

connection.onInitialize((params: InitializeParams): InitializeResult => {
  caps = params.capabilities;
  const formats = caps.textDocument?.hover?.contentFormat;
  markdownHover = !formats || formats.includes(MarkupKind.Markdown);
  relatedInformation = !!caps.textDocument?.publishDiagnostics?.relatedInformation;
  watchedByClient = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  configurationPull = !!caps.workspace?.configuration;
  const opts = (params.initializationOptions ?? {}) as { settings?: unknown; infranotes?: unknown; cacheFolder?: unknown };
  // The editor's storage for this workspace (VS Code passes it); other editors get ~/.cache/infranotes.
  if (typeof opts.cacheFolder === 'string' && opts.cacheFolder) ws.cacheFolder = opts.cacheFolder;
  initialSettings = readSettings(opts.settings ?? opts.infranotes ?? {});
  ws.locale = cardLocale(params.locale);

  const folders = params.workspaceFolders?.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
  const root = params.rootUri ? uriToPath(params.rootUri) : params.rootPath ?? null;
  ws.setRoots(folders?.length ? folders : root ? [root] : []);
  ws.setSettings(initialSettings);

  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentSymbolProvider: { label: 'Infra Notes' },
      workspaceSymbolProvider: true,
      completionProvider: { triggerCharacters: ['[', '#', ',', ' '], resolveProvider: false },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      semanticTokensProvider: { legend: LEGEND, full: true, range: false },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'infranotes-lsp', version: '0.1.0' },
  };
});

connection.onInitialized(async () => {
  ws.log = log;
  ws.onChange = scheduleChanged;
  ws.onProgress = indexProgress;
  if (caps.workspace?.didChangeConfiguration?.dynamicRegistration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'infranotes' });
  }
  if (caps.workspace?.workspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders(async (e) => {
      const removed = new Set(e.removed.map((f) => uriToPath(f.uri)));
      const added = e.added.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
      ws.setRoots([...ws.roots.filter((r) => !removed.has(r)), ...added]);
      await restartWatching();
      void ws.reindex();
    });
  }
  if (configurationPull) ws.setSettings(await pullSettings());
  // The index begins while the folders' watcher is set up (about 50 ms for 120 folders): its
  // listing waits for the watcher, the search snapshot of the persistent index does not.
  const watching = restartWatching();
  const started = performance.now();
  void ws.reindex(watching.catch(() => undefined)).then(() => log(`indexed ${ws.ctx.index.size} notes in ${Math.round(performance.now() - started)} ms`));
  firstIndexBegun();
  await watching;
});

async function pullSettings(): Promise<Settings> {
  try {
    const value = await connection.workspace.getConfiguration({ section: 'infranotes' });
    // A client with nothing to say answers null: keep what initializationOptions said.
    return value && typeof value === 'object' ? readSettings(value) : initialSettings;
  } catch {
    return initialSettings;
  }
}

connection.onDidChangeConfiguration(async (change) => {
  const before = filesKey(ws.settings);
  const pushed = (change.settings as { infranotes?: unknown } | null)?.infranotes;
  ws.setSettings(configurationPull ? await pullSettings() : pushed ? readSettings(pushed) : ws.settings);
  if (filesKey(ws.settings) !== before) {
    await restartWatching();
    void ws.reindex();
  } else scheduleChanged();
});

// ---- watching

let watchRegistration: { dispose(): void } | null = null;

async function restartWatching(): Promise<void> {
  for (const w of watchers.splice(0)) w.close();
  watchRegistration?.dispose();
  watchRegistration = null;
  if (watchedByClient) {
    const toolGlobs = [...new Set(ws.toolFilePaths().map((p) => '**/' + path.basename(path.dirname(p)) + '/' + path.basename(p)))];
    watchRegistration = await connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [
        { globPattern: `**/*.{${DEFAULT_NOTE_FILES.extensions.map((e) => e.slice(1)).join(',')}}` },
        ...toolGlobs.map((globPattern) => ({ globPattern })),
        // A deleted folder comes as one event for the folder.
        { globPattern: '**/*', kind: WatchKind.Delete },
      ],
    });
    return;
  }
  for (const root of ws.roots) {
    const w = new DirWatcher(root, { enter: (dir) => ws.shouldEnter(dir), onPath: (file) => void ws.pathTouched(file) });
    watchers.push(w);
    await w.start();
  }
  log(`watching ${watchers.reduce((n, w) => n + w.size, 0)} folders (the client does not watch files for the server)`);
}

connection.onDidChangeWatchedFiles(async (params) => {
  for (const change of params.changes) {
    const file = uriToPath(change.uri);
    if (file) await ws.pathTouched(file);
  }
});

// ---- documents

function accepts(doc: TextDocument): boolean {
  const file = uriToPath(doc.uri);
  if (file && ws.isToolFilePath(file)) return true;
  if (doc.languageId === 'markdown' || doc.languageId === 'plaintext' || doc.languageId === 'text') return true;
  return !!file && isNoteName(path.basename(file), DEFAULT_NOTE_FILES);
}

documents.onDidChangeContent((e) => {
  if (!accepts(e.document)) return;
  const uri = fromClient(e.document.uri);
  clientUris.set(uri, e.document.uri);
  ws.changeDocument(uri, e.document.getText());
});

documents.onDidClose(async (e) => {
  const uri = fromClient(e.document.uri);
  if (!ws.isOpen(uri)) return;
  await ws.closeDocument(uri);
  // Reopened while the disk was being read: the client's spelling is in use again.
  if (!ws.isOpen(uri)) clientUris.delete(uri);
});

// ---- the index changed: views and diagnostics follow, debounced

let lastNotified = '';
/**
 * Views, tool answers, search rows and diagnostics follow a change 100 ms later, once the client
 * has sent nothing for 50 ms: what they start (tool answers for the changed note's tools, in steps
 * of up to 13 ms) ran between an edit's didChange and the hover after it, while the client was
 * still sending (a typist's client sends its messages for a keystroke within a few milliseconds,
 * then waits for the next key). A client that never stops waits 5 s at most.
 */
const afterChange = new WhenQuiet({ delayMs: 100, quietMs: 50, maxDelayMs: 5000, client: () => traffic }, () => changed());
/**
 * The background work a change starts waits for 20 ms without a message (the slicer's 5 ms passed
 * between a hover's answer and the next edit's didChange, 3-6 ms later), and 2 s at most.
 */
const CHANGE_WAIT = { quietMs: 20, maxWaitMs: 2000 };

/** A quiet moment for work no request waits for: 300 ms after it is asked for, once the client has sent nothing for 200 ms. */
const QUIET_MOMENT = { delayMs: 300, quietMs: 200 };

/**
 * What references to a talk or an event are looked up in (WorkspaceIndex.referenceMapSteps: about
 * 80 ms at 10k notes, 2 s at 100k) is made once the client has been quiet for a moment after the
 * answers over an index were made, and kept by every change after. Made in the background as soon
 * as the answers were, at 100k notes it slowed the hovers and definitions asked meanwhile
 * (definition p50 0.78 → 7.2 ms); not made, the first references on a talk waited for all of it.
 */
const referencesWhenQuiet = new WhenQuiet({ ...QUIET_MOMENT, maxDelayMs: 60_000, client: () => traffic }, () => {
  if (answering() && !ws.ctx.index.referencesMapped) inBackground(() => ws.ctx.index.referenceMapSteps(), 'references');
});

function scheduleChanged(): void {
  afterChange.schedule();
}

/** Tells the client the index changed, and brings tool answers, search rows and diagnostics up to date in the background. */
function changed(): void {
  const { index } = ws.ctx;
  const payload = { version: index.version, notes: index.size, talks: index.talkCount, indexing: !answering() };
  const key = JSON.stringify(payload);
  if (key !== lastNotified) {
    lastNotified = key;
    void connection.sendNotification(Notifications.indexChanged.method, payload);
  }
  if (ws.runs > 0) {
    // Tool answers first (the first hover on a tool would make its stats), then the search rows
    // (the first workspace-symbol query after a start would make them all), then diagnostics.
    // After a whole index, both are made before the index is said complete (indexProgress); the
    // map of references once the client is quiet after that (referencesWhenQuiet).
    if (answering()) {
      inBackground(toolAnswerSteps, 'tools');
      inBackground(() => searchTableSteps(ws.ctx.index), 'search');
      if (!ws.ctx.index.referencesMapped) referencesWhenQuiet.schedule();
    }
    void publishDiagnostics();
  }
}

// ---- after a whole index: the answers over it are made before it is said complete

/** The index run (NotesWorkspace.runs) whose tool answers and search table are made. */
let answersOfRun = 0;
/** Made while the index is being made or the answers over it are (see answersAfterIndex). */
let answersReady: Promise<void> = Promise.resolve();
/** Index runs begun: a run's end is reported only if no newer run has begun meanwhile. */
let runsBegun = 0;

/** Whether the index is complete and answers over it come at once: no index run, and the tool answers and search table of the last one made. */
function answering(): boolean {
  return !ws.indexing && answersOfRun === ws.runs;
}

/**
 * The workspace's progress, with the end of a whole index held back until every tool's card and
 * definition and the search table are made: the first whole-index request (workspace symbols,
 * search, trees) after the end of progress waited for all of it (1.4-2 s after a 10k warm start),
 * so a client told "complete" could not have answers yet. Until then, indexStatus and
 * indexChanged say `indexing`.
 */
function indexProgress(e: ProgressEvent): void {
  if (e.kind === 'begin') runsBegun++;
  if (e.kind !== 'end' || answersOfRun === ws.runs) return progress(e);
  const run = ws.runs;
  const begun = runsBegun;
  // From now on the heap holds the index and grows by the answers', requests' and edits' garbage
  // (node/heap.ts): the growth is capped now, or, after a start from the persistent index, once the
  // answers are made (collectWhenQuiet).
  let limitLater = false;
  if (!heapLimited) {
    heapLimited = true;
    limitLater = ws.fromCache >= 0.9 * ws.ctx.index.size && heapUsedMB() < LIMIT_LATER_BELOW_MB;
    if (!limitLater && limitHeapGrowth() !== null) collectAfterIndex();
  }
  answersReady = answersAfterIndex().then(() => {
    if (limitLater && limitHeapGrowth() !== null) collectWhenQuiet.schedule();
    answersOfRun = Math.max(answersOfRun, run);
    // The search reads the index's own rows from now on (searchOfIndex).
    if (answering()) ws.searchSnapshot = null;
    // A newer run began meanwhile: its own end is reported.
    if (runsBegun === begun) progress(e);
    scheduleChanged();
    // The warm-ups, in background turns after the answers: begun before, the extractor's first
    // round (the extractor not compiled yet) held the first requests after a warm start for
    // 0.1-0.2 s.
    if (runsBegun === begun) {
      // The answers over the index are made from all of it: the run's journal of touched keys is no use now.
      ws.ctx.index.forgetJournal();
      ws.startWarmUp();
      warmUpSearch();
    }
  });
}

/**
 * Queries of the kinds the search takes different paths for (a tool's name, a word's beginning,
 * one character, letters scattered through the texts, a person's name, Korean and Japanese), run
 * once over the first complete index, in background slices: the first workspace-symbol queries a
 * user types otherwise pay for compiling the search. At 10k notes the bench's slowest queries
 * were all among its first 60 of 200 (10-46 ms at the server; after them, none over 9 ms); with
 * this, 2 interleaved pairs: the first 60's slowest 7.1 / 12.4 against 18.3 / 25.2 ms, workspace
 * symbols p99 13 / 13 against 15 / 28 ms, search p99 6.1 / 4.0 against 10 / 6.9 ms.
 */
const SEARCH_WARM_UP_QUERIES = ['Terraform', 'kub', 'k', 'cloud in', 'kim', '쿠버네티스', 'テラフォーム'];
let searchWarmedUp = false;
function warmUpSearch(): void {
  if (searchWarmedUp) return;
  searchWarmedUp = true;
  const begun = performance.now();
  const steps = (function* () {
    let found = 0;
    for (const query of SEARCH_WARM_UP_QUERIES) found += (yield* workspaceSymbolSteps(ws.ctx, query, undefined, 'kept')).length;
    return found;
  })();
  // After 20 ms without a message, as the extractor's warm-up: a client asking one thing after
  // another is not slowed (begun 2 s after the end of progress at most, it came between the
  // bench's hovers and definitions).
  void slicer.runInBackground(steps, 'search warm-up', TURN_WAIT).then(
    (found) => log(`warm-up of the search: ${SEARCH_WARM_UP_QUERIES.length} queries, ${found} symbols, in ${Math.round(performance.now() - begun)} ms`),
    (e) => log(`search warm-up: ${(e as Error).message}`),
  );
}

/**
 * After a start from the persistent index the cap waits for the answers over it (every tool's stats,
 * card and definition and the search table: about 40 MB that stay and 45 MB of garbage at 10k
 * notes): capped first, they took three more full collections of a growing heap. Our server alone
 * at 10k, 3 interleaved pairs: warm start 2.25–2.35 s against 2.50–2.62 s; peak 248–262 against
 * 247–251 MB (in the bench, a warm start's own peak 258 against 221 MB; a cold start's, which the
 * workers make, is about 290). The full collection that makes the cap hold then runs once the
 * client has been quiet for 200 ms (100–110 ms at 10k notes).
 * Only below LIMIT_LATER_BELOW_MB of heap: V8's own factor is up to 4 times what lives, and at
 * 100k notes (about 600 MB) the cap during the answers kept the peak 480 MB lower, for 8 s.
 */
const LIMIT_LATER_BELOW_MB = 256;
const collectWhenQuiet = new WhenQuiet({ ...QUIET_MOMENT, maxDelayMs: 10_000, client: () => traffic }, () => collectAfterIndex());

/** Whether the heap's growth was capped, and its one full collection done (once per process, after the first index). */
let heapLimited = false;

/**
 * The full collection blocks for about 0.1 s at 10k notes and 1.1-1.3 s at 100k. It runs as soon
 * as the first index is made, before the answers over it (after a start from the persistent index
 * of a smaller heap, once they are made: collectWhenQuiet): the limit takes effect only after a full
 * collection, and the answers' garbage (about 45 MB at 10k notes) had grown the heap towards the
 * limit V8 set during the index (4 times what lived then): at 10k notes the server's peak after
 * the index went from 316-321 to 307-309 MB (2 interleaved pairs). At 100k notes the answers are
 * then made under the cap, with full collections of a 1 GB heap: a warm start about 8 s longer,
 * for a peak 480 MB lower (RESULTS.md).
 */
function collectAfterIndex(): void {
  const { ms, beforeMB, afterMB } = collectGarbage();
  log(`heap: ${Math.round(beforeMB)} → ${Math.round(afterMB)} MB in one full collection after the first index (${Math.round(ms)} ms)`);
}

/**
 * Every tool's card and definition (the first hover on a tool would make its stats, several
 * milliseconds for a much mentioned tool) and the search table (the first workspace-symbol query
 * would make it, about a second at 10k notes), made at once after the requests already waiting, a
 * slice at a time, without waiting for the client to be quiet: a client asking one thing after
 * another would leave them to its requests. Hovers and definitions are answered between slices.
 */
async function answersAfterIndex(): Promise<void> {
  const made = (what: Promise<unknown>, name: string) => what.catch((e) => log(`${name}: ${(e as Error).message}`));
  // Both queued now, so no request comes between them.
  await Promise.all([made(slicer.request(toolAnswerSteps(ws.ctx), undefined, undefined, 'tool answers'), 'tool answers'), made(slicer.request(searchTableSteps(ws.ctx.index), undefined, undefined, 'search table'), 'search table')]);
}

/** Background runs queued and not started, by kind: one such run brings its answers up to the index it finds when it starts. */
const queuedRuns = new Set<string>();
function inBackground(steps: (ctx: typeof ws.ctx) => Steps<void>, kind: string): void {
  if (queuedRuns.has(kind)) return;
  queuedRuns.add(kind);
  const run = (function* () {
    queuedRuns.delete(kind);
    yield* steps(ws.ctx);
  })();
  void slicer.runInBackground(run, kind, CHANGE_WAIT).catch((e) => log(`${kind} in the background: ${(e as Error).message}`));
}

const published = new Map<string, string>();
let publishing = false;
let publishAgain = false;

/** Publishes what changed; computed a slice at a time, one run at a time, and only for a settled index. */
async function publishDiagnostics(): Promise<void> {
  if (publishing) {
    publishAgain = true;
    return;
  }
  publishing = true;
  try {
    do {
      publishAgain = false;
      const version = ws.ctx.index.version;
      const all = await slicer.runInBackground(allDiagnosticsSteps(ws.ctx), 'diagnostics', CHANGE_WAIT);
      // The index changed meanwhile: its own scheduled run publishes the newer state.
      if (ws.ctx.index.version !== version) continue;
      sendDiagnostics(all);
    } while (publishAgain);
  } finally {
    publishing = false;
  }
}

function sendDiagnostics(all: Map<string, Diagnostic[]>): void {
  const uris = new Set([...all.keys(), ...published.keys()]);
  for (const uri of uris) {
    const list = (all.get(uri) ?? []).map(toLspDiagnostic);
    const key = JSON.stringify(list);
    if ((published.get(uri) ?? '[]') === key) continue;
    if (list.length) published.set(uri, key);
    else published.delete(uri);
    void connection.sendDiagnostics({ uri: toClient(uri), diagnostics: list });
  }
}

function toLspDiagnostic(d: Diagnostic) {
  const { relatedInformation: related, ...rest } = d;
  if (!relatedInformation || !related) return rest;
  return { ...rest, relatedInformation: related.map((r) => ({ ...r, location: loc(r.location) })) };
}

// ---- progress

let progressChain: Promise<WorkDoneProgressServerReporter | null> = Promise.resolve(null);
let lastReport = 0;
function progress(e: ProgressEvent): void {
  if (!caps.window?.workDoneProgress) return;
  if (e.kind === 'begin') {
    progressChain = progressChain.then(async (old) => {
      old?.done();
      const r = await connection.window.createWorkDoneProgress().catch(() => null);
      r?.begin('Infra Notes', 0, 'Indexing notes…', false);
      return r;
    });
  } else if (e.kind === 'report') {
    const now = Date.now();
    if (now - lastReport < 100 && e.done < e.total) return;
    lastReport = now;
    const pct = e.total ? Math.round((100 * e.done) / e.total) : 100;
    progressChain = progressChain.then((r) => (r?.report(pct, `${e.done}/${e.total} notes`), r));
  } else {
    progressChain = progressChain.then((r) => (r?.done(), null));
  }
}

// ---- long computations: a slice at a time (node/slices.ts)

/** How long a computation over the whole index runs before other messages get their turn. */
const SLICE_MS = 2;

const cancelled = () => new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');

/**
 * Requests over the whole index run before background work (tool answers, search rows,
 * diagnostics), and background work waits for a quiet moment: 5 ms without a message in or out,
 * or 500 ms at most. Its steps are not all short (the first search rows of 512 notes, a tool's
 * stats): run while the client sent request after request, every request waited for one.
 */
const slicer = new Slicer({
  sliceMs: SLICE_MS,
  quietMs: 5,
  maxWaitMs: 500,
  traffic: () => ({ last: traffic.last, reads: traffic.reads + inputChunks, pending: traffic.pending }),
  onSlice: trace
    ? (kind, start, end, name) => {
        // What a finished turn let run: only when it ran long enough to hold anything up.
        if (kind === 'then' && end - start < 0.05) return;
        trace.slice(kind === 'request' ? (name ? `request (${name})` : 'request') : `background (${kind}${name ? ` ${name}` : ''})`, start, end);
      }
    : undefined,
});

// The load of the persistent index lets the requests waiting run first (those answered from its
// search snapshot), for at most LOAD_WAIT_MS between two of its slices: a client asking without
// pause does not hold the load up for good.
const LOAD_WAIT_MS = 50;
ws.loadTurn = async () => {
  const until = performance.now() + LOAD_WAIT_MS;
  do await new Promise((resolve) => setImmediate(resolve));
  while (slicer.requestsWaiting && performance.now() < until);
};

// A scheduled save of the persistent index takes background turns: after the requests, and after
// the search rows and tool answers queued before it (the first save after a cold start encodes
// every note; turn for turn with the first workspace-symbol query, it doubled that query's time).
// What runs after such a turn is not cut in slices (a save's batch of 64 notes and, after its last
// batch, the whole file's string table): 0.1-0.5 s in the latency trace of a 10k cold start on a
// loaded machine. So it waits for a longer pause than a slice does, and is pushed in between a
// client's requests only after 30 s without one (an editor pauses far more often; a benchmark's run
// of definitions met the warm-up's first round, 176 ms, when it was 5 s). The save at shutdown does
// not wait for turns.
const TURN_WAIT = { quietMs: 20, maxWaitMs: 30_000 };
ws.backgroundTurn = () => slicer.runInBackground((function* (): Generator<void, void, void> {})(), trace ? `turn for ${turnTaker()}` : undefined, TURN_WAIT);
/**
 * The extractor's warm-up (warm-up.ts, steps of about 2 ms) goes before the background work
 * queued (every note's diagnostics, the search's warm-up) and takes a slice every 50 ms however
 * busy the client: with the slicer's 500 ms, a client asking one thing after another left it
 * 0.4% of the thread, and the bench's edits, 5 s after the index, found the extractor cold.
 */
const WARM_UP_WAIT = { quietMs: 5, maxWaitMs: 50 };
ws.runWarmUp = (steps) => slicer.runInBackground(steps, 'extractor warm-up', WARM_UP_WAIT, true);

/** Which function asked for a background turn (the latency trace names the work that follows it). */
function turnTaker(): string {
  const frames = new Error().stack?.split('\n') ?? [];
  // [0] "Error", [1] turnTaker, [2] the backgroundTurn arrow, [3] whoever called it (or a wrapper of it).
  for (const f of frames.slice(3)) {
    const name = /at (?:async )?([\w.<>]+) /.exec(f)?.[1];
    if (name && !name.includes('backgroundTurn') && !name.includes('betweenBatches')) return name;
  }
  return 'turn';
}

/** How long a whole-index request waits while notes are taken from the persistent index. */
const LOADING_WAIT_MS = 5000;

/**
 * Until the first index has begun (after `initialized`, the client's settings and the watcher):
 * a whole-index request before it, sent as soon as the client is initialized, found nothing.
 */
let firstIndexBegun = () => {};
const indexBegun = new Promise<void>((resolve) => (firstIndexBegun = resolve));
function untilIndexBegun(): Promise<void> {
  return waitAtMost(indexBegun, LOADING_WAIT_MS);
}

/** A request over the whole index: made after the persistent index is read (or a while into it), a slice at a time. */
async function wholeIndex<T>(steps: () => Steps<T>, token?: CancellationToken): Promise<T> {
  await untilIndexBegun();
  await ws.untilLoadedFromCache(LOADING_WAIT_MS);
  return slicer.request(steps(), token, cancelled);
}

// ---- language features

const loc = (l: Location) => ({ uri: toClient(l.uri), range: l.range });

connection.onHover((p) => {
  const h = hover(ws.ctx, fromClient(p.textDocument.uri), p.position);
  if (!h) return null;
  return { contents: markdownHover ? { kind: MarkupKind.Markdown, value: h.markdown } : { kind: MarkupKind.PlainText, value: h.plaintext }, range: h.range };
});

/**
 * Locations with URIs as the client spells them. When no open document is spelt differently the
 * list is sent as it is: references on a much-mentioned tool are tens of thousands of locations,
 * kept by the core between requests, and copying them cost more than finding them.
 */
function locs(list: Location[]): Location[] {
  for (const [uri, spelt] of clientUris) if (uri !== spelt) return list.map(loc);
  return list;
}

connection.onDefinition((p) => locs(definition(ws.ctx, fromClient(p.textDocument.uri), p.position)));

/** Whether results may go out already serialised (RawJson): our own writer sends them (stdio). */
const rawResults = transport === '--stdio';
const respelt = () => {
  for (const [uri, spelt] of clientUris) if (uri !== spelt) return true;
  return false;
};

connection.onReferences((p) => {
  const uri = fromClient(p.textDocument.uri);
  const declaration = p.context?.includeDeclaration ?? true;
  if (!rawResults || respelt()) return locs(references(ws.ctx, uri, p.position, declaration));
  // A tool's references (~10,000 locations on a large workspace) go out as the JSON the core made and keeps.
  const room = answerBytes!;
  const r = referencesOrJson(ws.ctx, uri, p.position, declaration, room.take);
  // Typed as locations: it serialises as them (toJSON), and our writer splices its bytes in.
  return r instanceof Uint8Array ? (new RawJson(r, () => JSON.parse(new TextDecoder().decode(r)), () => room.giveBack(r)) as unknown as Location[]) : r;
});

connection.onDocumentSymbol((p) => documentSymbols(ws.ctx, fromClient(p.textDocument.uri)));

/**
 * While a whole folder is indexed, a search reads the rows as last made (`TableFreshness`) until
 * twice the main thread's time that bringing them up to date last took has passed: the rows lag
 * the index by a moment, and keeping them up to date takes at most a third of the main thread.
 * Otherwise they are current.
 */
let searchRowsFreshAfter = 0;
async function searchOfIndex<T>(steps: (freshness: TableFreshness) => Steps<T>, fromSnapshot: (snapshot: SearchSnapshot) => Steps<T>, token: CancellationToken): Promise<T> {
  // A warm start's search snapshot answers as soon as it is read, while the persistent index
  // loads, until the answers over the index (its search rows among them) are made; then it is let go.
  await untilIndexBegun();
  await ws.untilSnapshotRead(LOADING_WAIT_MS);
  const snapshot = ws.searchSnapshot;
  if (snapshot) {
    if (!answering()) return slicer.requestFirst(fromSnapshot(snapshot), token, cancelled);
    ws.searchSnapshot = null;
  }
  if (!ws.indexing || performance.now() < searchRowsFreshAfter) return wholeIndex(() => steps(ws.indexing ? 'kept' : 'current'), token);
  // Set before the wait, so that queries coming meanwhile do not bring the rows up to date too.
  searchRowsFreshAfter = Number.POSITIVE_INFINITY;
  const spent = { ms: 0 };
  try {
    return await wholeIndex(() => timedSteps(steps('current'), spent), token);
  } finally {
    searchRowsFreshAfter = performance.now() + 2 * spent.ms;
  }
}

/** The steps, adding the time each one runs (not the time between them) to `into`. */
function* timedSteps<T>(steps: Steps<T>, into: { ms: number }): Steps<T> {
  for (;;) {
    const started = performance.now();
    const r = steps.next();
    into.ms += performance.now() - started;
    if (r.done) return r.value;
    yield;
  }
}

connection.onWorkspaceSymbol(async (p, token) => (await searchOfIndex((freshness) => workspaceSymbolSteps(ws.ctx, p.query, undefined, freshness), (snapshot) => snapshotWorkspaceSymbolSteps(snapshot, p.query), token)).map((s) => ({ ...s, location: loc(s.location) })));

connection.onCompletion((p) => {
  const r = completion(ws.ctx, fromClient(p.textDocument.uri), p.position);
  return { isIncomplete: r.isIncomplete, items: r.items };
});

connection.onCodeAction((p) => {
  const uri = fromClient(p.textDocument.uri);
  return codeActions(ws.ctx, uri, p.range).map((a) => ({
    ...a,
    diagnostics: a.diagnostics?.map(toLspDiagnostic),
    edit: { changes: Object.fromEntries(Object.entries(a.edit.changes).map(([u, edits]) => [toClient(u), edits])) },
  }));
});

connection.languages.semanticTokens.on((p) => semanticTokens(ws.ctx, fromClient(p.textDocument.uri)));

// ---- custom requests (server/src/protocol.ts)

const talkOut = (t: TalkItem) => ({ ...t, uri: toClient(t.uri) });

connection.onRequest(Requests.eventTree.method, async (token: CancellationToken) => {
  const tree = await wholeIndex(() => eventTreeSteps(ws.ctx), token);
  return { years: tree.years.map((y) => ({ ...y, events: y.events.map((e) => ({ ...e, uri: toClient(e.uri), talks: e.talks.map(talkOut) })) })) };
});

connection.onRequest(Requests.toolTree.method, async (token: CancellationToken) => {
  const tree = await wholeIndex(() => toolTreeSteps(ws.ctx), token);
  return { categories: tree.categories.map((c) => ({ ...c, tools: c.tools.map((t) => ({ ...t, talks: t.talks.map(talkOut) })) })) };
});

connection.onRequest(Requests.speakerTree.method, async (token: CancellationToken) => {
  const tree = await wholeIndex(() => speakerTreeSteps(ws.ctx), token);
  return { speakers: tree.speakers.map((s) => ({ ...s, talks: s.talks.map(talkOut) })) };
});

connection.onRequest(Requests.search.method, async (p: { query?: string; kinds?: Array<'event' | 'talk' | 'speaker' | 'tool'>; limit?: number }, token: CancellationToken) =>
  (await searchOfIndex(
    (freshness) => searchSteps(ws.ctx.index, String(p?.query ?? ''), Math.min(500, p?.limit ?? 50), p?.kinds, freshness),
    (snapshot) => searchSnapshotSteps(snapshot, String(p?.query ?? ''), Math.min(500, p?.limit ?? 50), p?.kinds),
    token,
  )).map(({ kind, id, label, detail, uri, range }) => ({ kind, id, label, detail, uri: toClient(uri), range })),
);

connection.onRequest(Requests.toolCard.method, (p: { toolId?: string; uri?: string; position?: { line: number; character: number } }) => {
  let toolId = p?.toolId;
  if (!toolId && p?.uri && p.position) {
    const t = targetAt(ws.ctx, fromClient(p.uri), p.position);
    if (t?.kind === 'tool') toolId = t.toolId;
  }
  if (!toolId) return null;
  const tool = ws.ctx.index.catalog.get(toolId) ?? ws.ctx.index.catalog.lookup(toolId);
  const card = tool && toolCard(ws.ctx, tool.id);
  return card && tool ? { toolId: tool.id, name: card.name, markdown: card.markdown } : null;
});

connection.onRequest(Requests.talkAt.method, (p: { uri: string; position: { line: number; character: number } }) => {
  const t = talkAt(ws.ctx, fromClient(p.uri), p.position);
  return t ? talkOut(t) : null;
});

connection.onRequest(Requests.indexStatus.method, () => status());

connection.onRequest(Requests.reindex.method, async () => {
  void ws.reindex();
  await ws.whenIdle();
  // The answers over the new index are made before it is said complete.
  await answersReady;
  return status();
});

function status(): IndexStatus {
  const counts = indexCounts(ws.ctx);
  const problems: IndexStatus['problems'] = [];
  for (const note of ws.ctx.index.notes()) {
    for (const p of note.problems) problems.push({ uri: toClient(note.uri), line: p.range.start.line, message: displayText(p.message) });
    // Decoded, but not faithfully: say so.
    if (note.encoding.includes('replaced')) problems.push({ uri: toClient(note.uri), line: 0, message: 'Neither valid UTF-8 nor a known legacy encoding: bytes that could not be decoded were replaced with U+FFFD.' });
  }
  for (const t of ws.ctx.toolFiles) for (const p of t.problems) problems.push({ uri: toClient(t.uri), line: p.range.start.line, message: displayText(p.message) });
  return {
    indexing: !answering(),
    roots: ws.ctx.roots,
    ...counts,
    millis: Math.round(ws.millis),
    fromCache: ws.fromCache,
    pid: process.pid,
    // In path order, whatever order the files were read in.
    skipped: [...ws.skipped].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([uri, reason]) => ({ uri, reason })),
    problems: problems.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.line - b.line)),
  };
}

connection.onShutdown(async () => {
  shutdownReceived = true;
  for (const w of watchers.splice(0)) w.close();
  // The persistent index is written on the way out, so the next start finds it current.
  await ws.flushCache();
});

documents.listen(connection);
connection.listen();
