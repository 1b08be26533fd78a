// Infra Notes, the VS Code side: starts the language server, shows its trees,
// commands, the status bar and the tool card. It never parses a note itself.
import * as fs from 'node:fs/promises';
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import type { IndexChanged } from '../../server/src/protocol';
import * as commands from './commands';
import { Connection } from './connection';
import { IndexStatusBar, IndexStatusPanel } from './status';
import { OPEN_NOTE_COMMAND, ToolCardPanel, openNoteLink } from './tool-card';
import { createProviders, type InfraNode } from './trees';

/** What `activate` returns: used by the extension tests. */
export interface InfraNotesApi {
  connection: Connection;
  providers: ReturnType<typeof createProviders>;
  views: { events: vscode.TreeView<InfraNode>; tools: vscode.TreeView<InfraNode>; speakers: vscode.TreeView<InfraNode> };
  toolCard: ToolCardPanel;
  statusBar: IndexStatusBar;
  commandContext: commands.CommandContext;
  /** Resolves once the server is running. */
  ready: Promise<void>;
}

let connection: Connection | undefined;

export function activate(context: vscode.ExtensionContext): InfraNotesApi {
  const output = vscode.window.createOutputChannel('Infra Notes', { log: true });
  const conn = new Connection(context, output);
  connection = conn;
  const providers = createProviders(conn);
  const view = (id: string, provider: vscode.TreeDataProvider<InfraNode>) =>
    vscode.window.createTreeView(id, { treeDataProvider: provider, showCollapseAll: true });
  const views = {
    events: view('infranotes.events', providers.events),
    tools: view('infranotes.tools', providers.tools),
    speakers: view('infranotes.speakers', providers.speakers),
  };
  const toolCard = new ToolCardPanel(context.extensionUri);
  const statusBar = new IndexStatusBar(conn);
  const statusPage = new IndexStatusPanel(context.extensionUri, conn);
  const ctx: commands.CommandContext = { connection: conn, providers, eventsView: views.events, toolCard, statusPage };

  const setContext = (key: string, value: unknown) => void vscode.commands.executeCommand('setContext', key, value);
  setContext('infranotes.ready', false);

  const refreshAll = (delayMs = 0) => {
    providers.events.refresh(delayMs);
    providers.tools.refresh(delayMs);
    providers.speakers.refresh(delayMs);
  };
  const updateEmptyState = async () => {
    const roots = await providers.events.load();
    setContext('infranotes.noEvents', roots.length === 0);
  };

  const register = (id: string, fn: (...args: unknown[]) => unknown) =>
    vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      try {
        return await fn(...args);
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        output.appendLine(`[client] ${id}: ${err instanceof Error ? err.stack : message}`);
        void vscode.window.showErrorMessage(vscode.l10n.t('Infra Notes: {0}', message));
        return undefined;
      }
    });

  context.subscriptions.push(
    output,
    conn,
    providers.events,
    providers.tools,
    providers.speakers,
    views.events,
    views.tools,
    views.speakers,
    toolCard,
    statusBar,
    statusPage,
    vscode.window.registerWebviewPanelSerializer(IndexStatusPanel.viewType, statusPage),
    conn.onIndexChanged((e: IndexChanged) => {
      statusBar.update(e);
      statusPage.scheduleRefresh();
      setContext('infranotes.indexing', e.indexing);
      // Coalesce bursts (typing in a note sends one change per edit).
      refreshAll(200);
      void updateEmptyState();
    }),
    conn.onRunning(() => {
      // First start and every restart after a crash: ask again for everything.
      setContext('infranotes.ready', true);
      refreshAll();
      void statusBar.refresh().then(async () => {
        const status = conn.lastIndexChanged;
        setContext('infranotes.indexing', status?.indexing ?? false);
        await updateEmptyState();
      });
    }),
    conn.client.onDidChangeState((e) => {
      if (e.newState === State.Stopped) {
        setContext('infranotes.ready', false);
        statusBar.stopped();
      }
    }),
    register('infranotes.search', (q) => commands.search(ctx, q as string | undefined)),
    register('infranotes.searchTools', (q) => commands.searchTools(ctx, q as string | undefined)),
    register('infranotes.goToEvent', () => commands.goToEvent(ctx)),
    register('infranotes.showToolCard', (arg) => commands.showToolCard(ctx, arg)),
    register('infranotes.findMentions', (arg) => commands.findMentions(ctx, arg)),
    register('infranotes.revealInNote', (arg) => commands.revealInNote(ctx, arg)),
    register('infranotes.newEventNote', (args) => commands.newEventNote(ctx, args as commands.NewEventNoteArgs | undefined)),
    register('infranotes.reindex', () => commands.reindex(ctx)),
    register('infranotes.showIndexStatus', () => commands.showIndexStatus(ctx)),
    register('infranotes.revealTalk', () => commands.revealTalk(ctx)),
    register(OPEN_NOTE_COMMAND, (href) => openNoteLink(href, toolCard.column)),
  );

  const ready = conn.start();
  ready.catch(() => statusBar.stopped());

  // Test hook for test/vscode/run-in-code-server.mjs, which runs the extension test suite in
  // code-server where @vscode/test-electron cannot download VS Code. Only an environment
  // variable of the editor's own process turns it on; nothing in a workspace can.
  const suite = process.env.INFRANOTES_TEST_SUITE;
  if (suite) setTimeout(() => void runTestSuite(suite, process.env.INFRANOTES_TEST_RESULT, output), 0);
  return { connection: conn, providers, views, toolCard, statusBar, commandContext: ctx, ready };
}

async function runTestSuite(suite: string, resultFile: string | undefined, output: vscode.LogOutputChannel): Promise<void> {
  let result: unknown;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(suite) as { runSuite(): Promise<unknown> };
    result = await mod.runSuite();
  } catch (err) {
    result = { passed: 0, failed: 1, failures: [{ title: 'loading the test suite', error: err instanceof Error ? err.stack : String(err) }] };
  }
  output.appendLine(`[tests] ${JSON.stringify(result)}`);
  if (resultFile) {
    // Written whole, then renamed: the runner acts on the file's appearance.
    await fs.writeFile(`${resultFile}.partial`, JSON.stringify(result));
    await fs.rename(`${resultFile}.partial`, resultFile);
  }
}

export async function deactivate(): Promise<void> {
  await connection?.stop();
  connection = undefined;
}
