// "Show Tool Card": the server's tool card (the same markdown as the hover) in a panel
// that stays open. Rendered with markdown-it (html: false), no scripts, strict CSP.
import MarkdownIt from 'markdown-it';
import * as vscode from 'vscode';
import type { ToolCard } from '../../server/src/protocol';

const ALLOWED_LINK = /^(https?:|mailto:|file:)/i;

/** Opens `file:///…/note.md#L12` at line 12 (the links of the tool card). */
export const OPEN_NOTE_COMMAND = 'infranotes.openNoteLink';

function fileLinkTitle(href: string): string {
  try {
    const uri = vscode.Uri.parse(href);
    const line = /^L(\d+)/.exec(uri.fragment)?.[1];
    return `${vscode.workspace.asRelativePath(uri.with({ fragment: '' }), true)}${line ? `:${line}` : ''}`;
  } catch {
    return href;
  }
}

/** The command behind the tool card's note links. */
export async function openNoteLink(href: unknown, cardColumn?: vscode.ViewColumn): Promise<void> {
  if (typeof href !== 'string' || !/^file:/i.test(href)) return;
  const uri = vscode.Uri.parse(href);
  const line = Number(/^L(\d+)/.exec(uri.fragment)?.[1] ?? 1) - 1;
  const doc = await vscode.workspace.openTextDocument(uri.with({ fragment: '' }));
  const pos = new vscode.Position(Math.max(0, Math.min(line, doc.lineCount - 1)), 0);
  // Next to the card, not over it.
  const viewColumn = cardColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One;
  await vscode.window.showTextDocument(doc, { selection: new vscode.Range(pos, pos), viewColumn });
}

type Renderer = InstanceType<typeof MarkdownIt>;

export function createRenderer(): Renderer {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });
  // The card links talks to their notes with file: URIs (markdown-it refuses file: by default);
  // VS Code opens http(s), mailto and file links that are clicked in a webview.
  md.validateLink = (url) => ALLOWED_LINK.test(url.trim()) || !/^[a-z][a-z0-9+.-]*:/i.test(url.trim());
  // Links that a webview without scripts cannot follow (command:, relative paths) keep
  // their text and lose the link.
  md.core.ruler.push('infranotes-links', (state) => {
    for (const block of state.tokens) {
      if (block.type !== 'inline' || !block.children) continue;
      let dropping = false;
      for (const t of block.children) {
        if (t.type === 'link_open') {
          const href = String(t.attrGet('href') ?? '');
          dropping = !ALLOWED_LINK.test(href);
          if (dropping) {
            t.type = 'infranotes_nolink_open';
            t.tag = 'span';
            t.attrs = [['class', 'nolink']];
          } else if (/^file:/i.test(href)) {
            // A webview does not follow file: links; our own command opens the note at the line.
            // (Every other command: link was dropped above, so this is the only kind there is.)
            t.attrSet('href', `command:${OPEN_NOTE_COMMAND}?${encodeURIComponent(JSON.stringify([href]))}`);
            t.attrSet('title', fileLinkTitle(href));
          } else {
            t.attrSet('title', href);
          }
        } else if (t.type === 'link_close' && dropping) {
          t.type = 'infranotes_nolink_close';
          t.tag = 'span';
          dropping = false;
        }
      }
    }
  });
  return md;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A page of rendered markdown: no scripts, styles only from the extension. */
export function pageHtml(body: string, opts: { cspSource: string; styleUri: string; lang: string; title: string; mainClass: string; mainAttrs?: string }): string {
  const csp = `default-src 'none'; style-src ${opts.cspSource} 'unsafe-inline'; img-src ${opts.cspSource}`;
  return `<!DOCTYPE html>
<html lang="${escapeHtml(opts.lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(opts.styleUri)}">
<title>${escapeHtml(opts.title)}</title>
</head>
<body>
<main class="${escapeHtml(opts.mainClass)}"${opts.mainAttrs ?? ''}>
${body}
</main>
</body>
</html>`;
}

/** The whole page of a card. Exported for tests. */
export function cardHtml(card: ToolCard, opts: { cspSource: string; styleUri: string; lang: string; renderer?: Renderer }): string {
  const body = (opts.renderer ?? createRenderer()).render(card.markdown);
  return pageHtml(body, { ...opts, title: card.name, mainClass: 'tool-card', mainAttrs: ` data-tool-id="${escapeHtml(card.toolId)}"` });
}

export class ToolCardPanel implements vscode.Disposable {
  static readonly viewType = 'infranotes.toolCard';
  private panel: vscode.WebviewPanel | undefined;
  private readonly renderer = createRenderer();
  /** The card on show (for tests and for refreshing after an index change). */
  current: ToolCard | undefined;

  constructor(private readonly extensionUri: vscode.Uri) {}

  show(card: ToolCard): void {
    const mediaRoot = vscode.Uri.joinPath(this.extensionUri, 'media');
    if (!this.panel) {
      // No scripts. Command links are on only for the links createRenderer() writes itself
      // (note links → OPEN_NOTE_COMMAND); any command: link in the card's markdown is dropped.
      this.panel = vscode.window.createWebviewPanel(
        ToolCardPanel.viewType,
        '',
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: false, enableCommandUris: true, enableFindWidget: true, retainContextWhenHidden: false, localResourceRoots: [mediaRoot] },
      );
      this.panel.iconPath = {
        light: vscode.Uri.joinPath(mediaRoot, 'tool-light.svg'),
        dark: vscode.Uri.joinPath(mediaRoot, 'tool-dark.svg'),
      };
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.current = undefined;
      });
    } else {
      this.panel.reveal(undefined, true);
    }
    const webview = this.panel.webview;
    this.current = card;
    this.panel.title = vscode.l10n.t('Tool: {0}', card.name);
    webview.html = cardHtml(card, {
      cspSource: webview.cspSource,
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(mediaRoot, 'tool-card.css')).toString(),
      lang: vscode.env.language,
      renderer: this.renderer,
    });
  }

  get column(): vscode.ViewColumn | undefined {
    return this.panel?.viewColumn;
  }

  get visible(): boolean {
    return !!this.panel;
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
