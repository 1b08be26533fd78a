// The status bar item ("$(notebook) 45 talks") and the Index Status page.
import * as vscode from 'vscode';
import { Requests, type IndexChanged, type IndexStatus } from '../../server/src/protocol';
import type { Connection } from './connection';
import { talkCount } from './format';
import { createRenderer, pageHtml } from './tool-card';

export const STATUS_SCHEME = 'infranotes-status';

/** Escapes text for a markdown table cell or list item. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&').replace(/\r?\n/g, ' ');
}

export function renderIndexStatus(s: IndexStatus, rel: (uri: string) => string): string {
  const out: string[] = [`# ${vscode.l10n.t('Infra Notes Index Status')}`, ''];
  if (s.indexing) out.push(`> ${vscode.l10n.t('Indexing is in progress; the numbers below are not final yet.')}`, '');
  out.push(
    `| ${vscode.l10n.t('What')} | ${vscode.l10n.t('Count')} |`,
    '| --- | ---: |',
    `| ${vscode.l10n.t('Notes')} | ${s.notes} |`,
    `| ${vscode.l10n.t('Events')} | ${s.events} |`,
    `| ${vscode.l10n.t('Talks')} | ${s.talks} |`,
    `| ${vscode.l10n.t('Speakers')} | ${s.speakers} |`,
    `| ${vscode.l10n.t('Tools')} | ${s.tools} |`,
    `| ${vscode.l10n.t('Tool mentions')} | ${s.mentions} |`,
    '',
    vscode.l10n.t('Last full index took {0} ms; {1} notes came from the cache.', s.millis, s.fromCache),
    '',
  );
  if (s.roots.length) {
    out.push(`## ${vscode.l10n.t('Folders')}`, '', ...s.roots.map((r) => `- ${escapeMarkdown(rel(r))}`), '');
  }
  out.push(`## ${vscode.l10n.t('Skipped files ({0})', s.skipped.length)}`, '');
  if (s.skipped.length) out.push(...s.skipped.map((x) => `- \`${rel(x.uri).replace(/`/g, "'")}\`: ${escapeMarkdown(x.reason)}`));
  else out.push(vscode.l10n.t('None.'));
  out.push('', `## ${vscode.l10n.t('Problems ({0})', s.problems.length)}`, '');
  if (s.problems.length) out.push(...s.problems.map((p) => `- \`${rel(p.uri).replace(/`/g, "'")}:${p.line + 1}\`: ${escapeMarkdown(p.message)}`));
  else out.push(vscode.l10n.t('None.'));
  out.push('');
  return out.join('\n');
}

/** The Index Status page: a webview without scripts, refreshed while open, restored after a reload. */
export class IndexStatusPanel implements vscode.Disposable, vscode.WebviewPanelSerializer {
  static readonly viewType = 'infranotes.indexStatus';
  private panel: vscode.WebviewPanel | undefined;
  private readonly renderer = createRenderer();
  private refreshTimer: NodeJS.Timeout | undefined;
  /** The status on show (for tests). */
  current: IndexStatus | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly connection: Connection,
  ) {}

  /** Opens (or reveals) the page and renders the server's current status. */
  async show(): Promise<IndexStatus> {
    const status = await this.connection.request(Requests.indexStatus);
    if (this.panel) this.panel.reveal(undefined, false);
    else this.adopt(vscode.window.createWebviewPanel(IndexStatusPanel.viewType, '', vscode.ViewColumn.Active, this.options()));
    this.render(status);
    return status;
  }

  /** VS Code restores the page after a window reload; render it again from the server. */
  async deserializeWebviewPanel(panel: vscode.WebviewPanel): Promise<void> {
    panel.webview.options = this.options();
    this.adopt(panel);
    panel.webview.html = this.html(`# ${vscode.l10n.t('Infra Notes Index Status')}\n\n${vscode.l10n.t('Starting the language server…')}`);
    this.scheduleRefresh(0);
  }

  /** Re-renders the open page after an index change (bursts coalesce). */
  scheduleRefresh(delayMs = 300): void {
    if (!this.panel || this.refreshTimer) return;
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      if (!this.panel) return;
      this.connection.request(Requests.indexStatus).then(
        (status) => this.render(status),
        // The server is not up yet (a reload) or restarting: the next index change renders it.
        () => undefined,
      );
    }, delayMs);
  }

  private options(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return { enableScripts: false, enableCommandUris: false, enableFindWidget: true, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')] };
  }

  private adopt(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    panel.title = vscode.l10n.t('Infra Notes Index Status');
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'infranotes.svg');
    panel.onDidDispose(() => {
      if (this.panel === panel) this.panel = undefined;
      this.current = undefined;
    });
  }

  private render(status: IndexStatus): void {
    if (!this.panel) return;
    this.current = status;
    this.panel.webview.html = this.html(renderIndexStatus(status, (u) => vscode.workspace.asRelativePath(this.connection.uri(u), true)));
  }

  private html(markdown: string): string {
    const webview = this.panel!.webview;
    const styleUri = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'tool-card.css')).toString();
    return pageHtml(this.renderer.render(markdown), { cspSource: webview.cspSource, styleUri, lang: vscode.env.language, title: vscode.l10n.t('Infra Notes Index Status'), mainClass: 'index-status' });
  }

  dispose(): void {
    clearTimeout(this.refreshTimer);
    this.panel?.dispose();
  }
}

/** The index size in the status bar; a spinner while the server indexes. */
export class IndexStatusBar implements vscode.Disposable {
  readonly item: vscode.StatusBarItem;
  private talks: number | undefined;
  private notes: number | undefined;
  private indexing = false;
  /** Until the server's first indexChanged, a status of "0 notes, not indexing" only means "not started yet". */
  private heardFromServer = false;

  constructor(private readonly connection: Connection) {
    this.item = vscode.window.createStatusBarItem('infranotes.status', vscode.StatusBarAlignment.Left, 50);
    this.item.name = vscode.l10n.t('Infra Notes');
    this.item.command = 'infranotes.showIndexStatus';
    this.item.text = '$(notebook) …';
    this.item.tooltip = vscode.l10n.t('Infra Notes: starting the language server…');
    this.item.show();
  }

  update(e: Pick<IndexChanged, 'notes' | 'talks' | 'indexing'>, fromNotification = true): void {
    if (fromNotification) this.heardFromServer = true;
    else if (!this.heardFromServer && !e.indexing && e.notes === 0) e = { ...e, indexing: true };
    this.talks = e.talks;
    this.notes = e.notes;
    this.indexing = e.indexing;
    this.render();
  }

  /** Asks the server for the current counts (after a start or restart). */
  async refresh(): Promise<void> {
    try {
      const s = await this.connection.request(Requests.indexStatus);
      this.update(s, false);
    } catch (err) {
      this.connection.output.appendLine(`[client] status bar: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  stopped(): void {
    this.item.text = '$(notebook) $(warning)';
    this.item.tooltip = vscode.l10n.t('Infra Notes: the language server is not running. It restarts by itself; see the Infra Notes output for details.');
  }

  private render(): void {
    if (this.indexing) {
      this.item.text = `$(sync~spin) ${vscode.l10n.t('Indexing notes…')}`;
      this.item.tooltip = vscode.l10n.t('Infra Notes is reading your notes. Click for the index status.');
      this.item.accessibilityInformation = { label: vscode.l10n.t('Infra Notes is indexing'), role: 'button' };
      return;
    }
    const talks = this.talks ?? 0;
    this.item.text = `$(notebook) ${talkCount(talks)}`;
    this.item.tooltip = vscode.l10n.t('Infra Notes: {0} talks in {1} notes. Click for the index status.', talks, this.notes ?? 0);
    this.item.accessibilityInformation = { label: vscode.l10n.t('Infra Notes: {0} talks in {1} notes', talks, this.notes ?? 0), role: 'button' };
  }

  dispose(): void {
    this.item.dispose();
  }
}
