// The three views of the Infra Notes container. Each provider only shows what the
// server's tree request returned; nothing here reads a note.
import * as vscode from 'vscode';
import {
  Requests,
  type EventItem,
  type EventTree,
  type SpeakerTree,
  type TalkItem,
  type ToolRefItem,
  type ToolTree,
} from '../../server/src/protocol';
import type { Connection } from './connection';
import { categoryLabel, eventDates, mentionCount, talkCount } from './format';

type ToolEntry = ToolTree['categories'][number]['tools'][number];
type SpeakerEntry = SpeakerTree['speakers'][number];

export type NodeData =
  | { kind: 'year'; year: string; events: number }
  | { kind: 'event'; event: EventItem }
  | { kind: 'talk'; talk: TalkItem; under: 'event' | 'tool' | 'speaker' }
  | { kind: 'toolRef'; tool: ToolRefItem }
  | { kind: 'category'; category: string; tools: number }
  | { kind: 'tool'; tool: ToolEntry }
  | { kind: 'speaker'; speaker: SpeakerEntry };

/** One row of a view. `id` is stable across refreshes, so expanded rows stay expanded. */
export interface InfraNode {
  readonly id: string;
  readonly parent: InfraNode | undefined;
  readonly data: NodeData;
  readonly children: InfraNode[];
}

function node(parent: InfraNode | undefined, id: string, data: NodeData): InfraNode {
  const n: InfraNode = { id: parent ? `${parent.id}/${id}` : id, parent, data, children: [] };
  parent?.children.push(n);
  return n;
}

export function buildEventNodes(tree: EventTree): InfraNode[] {
  return tree.years.map((y) => {
    const year = node(undefined, `year:${y.year}`, { kind: 'year', year: y.year, events: y.events.length });
    for (const e of y.events) {
      const ev = node(year, `event:${e.id}`, { kind: 'event', event: e });
      for (const t of e.talks) {
        const talk = node(ev, `talk:${t.id}`, { kind: 'talk', talk: t, under: 'event' });
        for (const tool of t.tools) node(talk, `tool:${tool.id}`, { kind: 'toolRef', tool });
      }
    }
    return year;
  });
}

export function buildToolNodes(tree: ToolTree): InfraNode[] {
  // Categories in the order of their (localized) labels, "Other" last.
  const collator = new Intl.Collator(vscode.env.language);
  const categories = [...tree.categories].sort(
    (a, b) => Number(a.category === 'other') - Number(b.category === 'other') || collator.compare(categoryLabel(a.category), categoryLabel(b.category)),
  );
  return categories.map((c) => {
    const cat = node(undefined, `category:${c.category}`, { kind: 'category', category: c.category, tools: c.tools.length });
    for (const tool of c.tools) {
      const t = node(cat, `tool:${tool.id}`, { kind: 'tool', tool });
      for (const talk of tool.talks) node(t, `talk:${talk.id}`, { kind: 'talk', talk, under: 'tool' });
    }
    return cat;
  });
}

export function buildSpeakerNodes(tree: SpeakerTree): InfraNode[] {
  return tree.speakers.map((s) => {
    const sp = node(undefined, `speaker:${s.key}`, { kind: 'speaker', speaker: s });
    for (const talk of s.talks) node(sp, `talk:${talk.id}`, { kind: 'talk', talk, under: 'speaker' });
    return sp;
  });
}

/** A view over one of the server's trees. Re-asks the server after each index change. */
export class NotesTreeProvider<T> implements vscode.TreeDataProvider<InfraNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<InfraNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: InfraNode[] | undefined;
  private loading: Promise<InfraNode[]> | undefined;
  private generation = 0;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  /** The last error from the server, shown as a single row instead of an empty view. */
  private error: string | undefined;

  constructor(
    readonly viewId: string,
    private readonly connection: Connection,
    private readonly fetch: () => Promise<T>,
    private readonly build: (tree: T) => InfraNode[],
  ) {}

  /** Forgets the cached tree and tells VS Code to ask again for the root (expanded rows stay expanded). */
  refresh(delayMs = 0): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    const run = () => {
      this.refreshTimer = undefined;
      this.generation++;
      this.roots = undefined;
      this.loading = undefined;
      this.changed.fire(undefined);
    };
    if (delayMs > 0) this.refreshTimer = setTimeout(run, delayMs);
    else run();
  }

  /** The current root rows, asking the server if needed. */
  async load(): Promise<InfraNode[]> {
    if (this.roots) return this.roots;
    if (!this.loading) {
      const generation = this.generation;
      this.loading = this.fetch().then(
        (tree) => {
          const roots = this.build(tree);
          if (generation === this.generation) {
            this.roots = roots;
            this.error = undefined;
          }
          return roots;
        },
        (err: unknown) => {
          if (generation === this.generation) this.loading = undefined;
          this.error = err instanceof Error ? err.message : String(err);
          this.connection.output.appendLine(`[client] ${this.viewId}: ${this.error}`);
          return [];
        },
      );
    }
    return this.loading;
  }

  async getChildren(element?: InfraNode): Promise<InfraNode[]> {
    if (element) return element.children;
    return this.load();
  }

  getParent(element: InfraNode): InfraNode | undefined {
    return element.parent;
  }

  getTreeItem(element: InfraNode): vscode.TreeItem {
    return treeItem(element, this.connection);
  }

  /** Depth-first search of the loaded tree. */
  async find(predicate: (n: InfraNode) => boolean): Promise<InfraNode | undefined> {
    const stack = [...(await this.load())];
    while (stack.length) {
      const n = stack.shift()!;
      if (predicate(n)) return n;
      stack.unshift(...n.children);
    }
    return undefined;
  }

  get lastError(): string | undefined {
    return this.error;
  }

  dispose(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.changed.dispose();
  }
}

export function createProviders(connection: Connection) {
  return {
    events: new NotesTreeProvider('infranotes.events', connection, () => connection.request(Requests.eventTree), buildEventNodes),
    tools: new NotesTreeProvider('infranotes.tools', connection, () => connection.request(Requests.toolTree), buildToolNodes),
    speakers: new NotesTreeProvider('infranotes.speakers', connection, () => connection.request(Requests.speakerTree), buildSpeakerNodes),
  };
}

// ------------------------------------------------------------------ tree items

/** A tooltip that renders markdown structure of our own and plain text from notes. */
export function safeTooltip(): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', false);
  md.isTrusted = false;
  md.supportHtml = false;
  return md;
}

function line(md: vscode.MarkdownString, label: string | undefined, text: string): void {
  if (label) md.appendMarkdown(`**`).appendText(label).appendMarkdown(`**: `);
  md.appendText(text).appendMarkdown('  \n');
}

function openCommand(connection: Connection, uri: string, range: TalkItem['range']): vscode.Command {
  const r = connection.range(range);
  return {
    command: 'vscode.open',
    title: vscode.l10n.t('Open in Note'),
    arguments: [connection.uri(uri), { selection: new vscode.Range(r.start, r.start), preview: true } satisfies vscode.TextDocumentShowOptions],
  };
}

function relativePath(connection: Connection, uri: string): string {
  return vscode.workspace.asRelativePath(connection.uri(uri), true);
}

export function treeItem(n: InfraNode, connection: Connection): vscode.TreeItem {
  const d = n.data;
  const C = vscode.TreeItemCollapsibleState;
  let item: vscode.TreeItem;
  switch (d.kind) {
    case 'year': {
      item = new vscode.TreeItem(d.year === 'undated' ? vscode.l10n.t('Undated') : d.year, C.Expanded);
      item.description = d.events === 1 ? vscode.l10n.t('1 event') : vscode.l10n.t('{0} events', d.events);
      item.iconPath = new vscode.ThemeIcon('symbol-folder');
      item.contextValue = 'year';
      break;
    }
    case 'event': {
      const e = d.event;
      item = new vscode.TreeItem(e.name, e.talks.length ? C.Collapsed : C.None);
      item.description = [eventDates(e.date, e.endDate), e.location].filter(Boolean).join(' · ');
      item.iconPath = new vscode.ThemeIcon('calendar');
      item.contextValue = 'event';
      item.command = openCommand(connection, e.uri, e.range);
      item.resourceUri = undefined;
      const md = safeTooltip();
      md.appendMarkdown('**').appendText(e.name).appendMarkdown('**  \n');
      const dates = eventDates(e.date, e.endDate);
      if (dates) line(md, vscode.l10n.t('Date'), dates);
      if (e.location) line(md, vscode.l10n.t('Venue'), e.location);
      line(md, vscode.l10n.t('Talks'), String(e.talks.length));
      line(md, vscode.l10n.t('Note'), relativePath(connection, e.uri));
      item.tooltip = md;
      break;
    }
    case 'talk': {
      const t = d.talk;
      const hasTools = d.under === 'event' && t.tools.length > 0;
      item = new vscode.TreeItem(t.title, hasTools ? C.Collapsed : C.None);
      const speakers = t.speakers || vscode.l10n.t('speaker unknown');
      item.description = d.under === 'event' ? t.speakers : d.under === 'speaker' ? t.eventName : [t.eventName, t.speakers].filter(Boolean).join(' · ');
      item.iconPath = new vscode.ThemeIcon(d.under === 'speaker' ? 'mic' : 'comment-discussion');
      item.contextValue = 'talk';
      item.command = openCommand(connection, t.uri, t.range);
      const md = safeTooltip();
      md.appendMarkdown('**').appendText(t.title).appendMarkdown('**  \n');
      line(md, vscode.l10n.t('Speakers'), speakers);
      line(md, vscode.l10n.t('Event'), [t.eventName, t.date].filter(Boolean).join(', '));
      if (t.tools.length) line(md, vscode.l10n.t('Tools'), t.tools.map((x) => (x.count > 1 ? `${x.name} ×${x.count}` : x.name)).join(', '));
      line(md, vscode.l10n.t('Note'), `${relativePath(connection, t.uri)}:${t.range.start.line + 1}`);
      item.tooltip = md;
      break;
    }
    case 'toolRef': {
      item = new vscode.TreeItem(d.tool.name, C.None);
      item.description = d.tool.count > 1 ? `×${d.tool.count}` : undefined;
      item.iconPath = new vscode.ThemeIcon('tools');
      item.contextValue = 'tool';
      item.command = { command: 'infranotes.showToolCard', title: vscode.l10n.t('Show Tool Card'), arguments: [n] };
      const md = safeTooltip();
      md.appendMarkdown('**').appendText(d.tool.name).appendMarkdown('**  \n');
      line(md, vscode.l10n.t('Category'), categoryLabel(d.tool.category));
      line(md, vscode.l10n.t('Mentions in this talk'), String(d.tool.count));
      item.tooltip = md;
      break;
    }
    case 'category': {
      item = new vscode.TreeItem(categoryLabel(d.category), C.Collapsed);
      item.description = String(d.tools);
      item.iconPath = new vscode.ThemeIcon('symbol-folder');
      item.contextValue = 'category';
      break;
    }
    case 'tool': {
      const t = d.tool;
      item = new vscode.TreeItem(t.name, t.talks.length ? C.Collapsed : C.None);
      item.description = mentionCount(t.count);
      item.iconPath = new vscode.ThemeIcon('tools');
      item.contextValue = 'tool';
      const md = safeTooltip();
      md.appendMarkdown('**').appendText(t.name).appendMarkdown('**  \n');
      if (t.description) md.appendText(t.description).appendMarkdown('\n\n');
      line(md, vscode.l10n.t('Category'), categoryLabel(t.category));
      if (t.vendor) line(md, vscode.l10n.t('Vendor'), t.vendor);
      line(md, vscode.l10n.t('Mentioned'), `${mentionCount(t.count)}, ${talkCount(t.talks.length)}`);
      item.tooltip = md;
      break;
    }
    case 'speaker': {
      const s = d.speaker;
      item = new vscode.TreeItem(s.name, s.talks.length ? C.Collapsed : C.None);
      item.description = s.orgs.join(', ');
      item.iconPath = new vscode.ThemeIcon('person');
      item.contextValue = 'speaker';
      const md = safeTooltip();
      md.appendMarkdown('**').appendText(s.name).appendMarkdown('**  \n');
      if (s.orgs.length) line(md, vscode.l10n.t('Organisation'), s.orgs.join(', '));
      line(md, vscode.l10n.t('Talks'), String(s.talks.length));
      item.tooltip = md;
      break;
    }
  }
  item.id = n.id;
  if (!item.accessibilityInformation && typeof item.label === 'string') {
    item.accessibilityInformation = { label: [item.label, item.description].filter(Boolean).join(', ') };
  }
  return item;
}
