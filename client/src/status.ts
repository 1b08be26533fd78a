// The status bar item ("$(notebook) 45 talks") and the Index Status page.
import * as vscode from 'vscode';
import { Requests, type IndexChanged, type IndexStatus } from '../../server/src/protocol';
import type { Connection } from './connection';
import { talkCount } from './format';

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

/** Read-only documents for the Index Status page. */
export class StatusDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  set(uri: vscode.Uri, text: string): void {
    this.texts.set(uri.toString(), text);
    this.changed.fire(uri);
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }

  dispose(): void {
    this.changed.dispose();
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
