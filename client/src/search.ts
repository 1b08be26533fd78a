// One QuickPick over events, talks, speakers and tools, re-asking the server as the user types.
import * as vscode from 'vscode';
import { Requests, type SearchItem, type SearchKind } from '../../server/src/protocol';
import type { Connection } from './connection';

export const KIND_ICON: Record<SearchKind, string> = {
  event: 'calendar',
  talk: 'comment-discussion',
  speaker: 'person',
  tool: 'tools',
};

export function kindLabel(kind: SearchKind): string {
  switch (kind) {
    case 'event':
      return vscode.l10n.t('event');
    case 'talk':
      return vscode.l10n.t('talk');
    case 'speaker':
      return vscode.l10n.t('speaker');
    case 'tool':
      return vscode.l10n.t('tool');
  }
}

/** Text from notes in a label that renders `$(icon)`: escape so a note cannot inject icons. */
export function escapeIcons(s: string): string {
  return s.replace(/\$\(/g, '\\$(');
}

export interface SearchPickItem extends vscode.QuickPickItem {
  result: SearchItem;
}

export function toPickItem(r: SearchItem): SearchPickItem {
  return {
    label: `$(${KIND_ICON[r.kind]}) ${escapeIcons(r.label)}`,
    description: kindLabel(r.kind),
    detail: r.detail ? escapeIcons(r.detail) : undefined,
    // The server ranks by its own matching (aliases, Korean and Japanese spellings):
    // keep every result even when the label does not contain what was typed.
    alwaysShow: true,
    result: r,
  };
}

export interface SearchOptions {
  kinds?: SearchKind[];
  title: string;
  placeholder: string;
  initialValue?: string;
  limit?: number;
  debounceMs?: number;
}

/**
 * Shows the search QuickPick; resolves with the chosen result (undefined when dismissed).
 * `onQuickPick` hands out the QuickPick (tests type into it).
 */
export function pickSearchResult(
  connection: Connection,
  opts: SearchOptions,
  onQuickPick?: (qp: vscode.QuickPick<SearchPickItem>) => void,
): Promise<SearchItem | undefined> {
  const qp = vscode.window.createQuickPick<SearchPickItem>();
  qp.title = opts.title;
  qp.placeholder = opts.placeholder;
  qp.matchOnDescription = true;
  qp.matchOnDetail = true;
  qp.value = opts.initialValue ?? '';
  const debounceMs = opts.debounceMs ?? 150;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;
  let cts: vscode.CancellationTokenSource | undefined;
  /** The text of the query on show (or on its way): the same text is not asked twice in a row. */
  let asked: string | undefined;

  const query = async (text: string) => {
    if (text === asked) return;
    asked = text;
    const mine = ++seq;
    cts?.cancel();
    cts?.dispose();
    cts = new vscode.CancellationTokenSource();
    qp.busy = true;
    try {
      const results = await connection.request(Requests.search, { query: text, kinds: opts.kinds, limit: opts.limit ?? 50 }, cts.token);
      if (mine !== seq) return;
      // Keep the row the user moved to, when it is still among the results.
      const active = qp.activeItems[0]?.result;
      const items = results.map(toPickItem);
      qp.items = items;
      const keep = active && items.find((i) => i.result.kind === active.kind && i.result.id === active.id);
      if (keep) qp.activeItems = [keep];
      if (!results.length && text.trim()) {
        qp.items = [{ label: vscode.l10n.t('No matches for “{0}”', escapeIcons(text.trim())), alwaysShow: true, result: undefined as unknown as SearchItem }];
      }
    } catch (err) {
      if (mine !== seq) return;
      asked = undefined;
      connection.output.appendLine(`[client] search: ${err instanceof Error ? err.message : String(err)}`);
      qp.items = [];
    } finally {
      if (mine === seq) qp.busy = false;
    }
  };

  return new Promise<SearchItem | undefined>((resolve) => {
    let done = false;
    const finish = (r: SearchItem | undefined) => {
      if (done) return;
      done = true;
      if (timer) clearTimeout(timer);
      cts?.cancel();
      cts?.dispose();
      qp.dispose();
      resolve(r);
    };
    qp.onDidChangeValue((v) => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void query(v), debounceMs);
    });
    qp.onDidAccept(() => {
      const chosen = qp.selectedItems[0] ?? qp.activeItems[0];
      if (chosen?.result) finish(chosen.result);
    });
    qp.onDidHide(() => finish(undefined));
    // While the server is still indexing, results grow: ask again when the index changes.
    const indexChanged = connection.onIndexChanged(() => {
      if (timer) clearTimeout(timer);
      asked = undefined;
      timer = setTimeout(() => void query(qp.value), debounceMs);
    });
    qp.onDidHide(() => indexChanged.dispose());
    onQuickPick?.(qp);
    qp.show();
    void query(qp.value);
  });
}
