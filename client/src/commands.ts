// The "Infra Notes: …" commands. They ask the server and show the answer; the only
// command that writes is New Event Note, and it never overwrites a file.
import * as fs from 'node:fs/promises';
import * as vscode from 'vscode';
import { Requests, type IndexStatus, type SearchItem, type TalkItem, type ToolCard } from '../../server/src/protocol';
import type { Connection } from './connection';
import { eventDates, talkCount } from './format';
import { candidateName, isIsoDate, renderEventNote, slugify, today, type TemplateWords } from './note-template';
import { pickSearchResult, type SearchPickItem } from './search';
import type { IndexStatusPanel } from './status';
import type { ToolCardPanel } from './tool-card';
import type { InfraNode, createProviders } from './trees';

export interface CommandContext {
  connection: Connection;
  providers: ReturnType<typeof createProviders>;
  eventsView: vscode.TreeView<InfraNode>;
  toolCard: ToolCardPanel;
  statusPage: IndexStatusPanel;
  /** Tests set this to see (and drive) the QuickPicks the commands open. */
  onQuickPick?: (qp: vscode.QuickPick<SearchPickItem>) => void;
}

// ------------------------------------------------------------------ helpers

export async function openAt(connection: Connection, uri: string, range: TalkItem['range'], preview = true): Promise<vscode.TextEditor> {
  const r = connection.range(range);
  const doc = await vscode.workspace.openTextDocument(connection.uri(uri));
  const editor = await vscode.window.showTextDocument(doc, { selection: new vscode.Range(r.start, r.start), preview });
  editor.revealRange(new vscode.Range(r.start, r.start), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

function isNode(x: unknown): x is InfraNode {
  return !!x && typeof x === 'object' && 'data' in x && 'id' in x && 'children' in x;
}

function toolIdOf(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  if (isNode(arg)) {
    if (arg.data.kind === 'tool' || arg.data.kind === 'toolRef') return arg.data.tool.id;
  }
  if (arg && typeof arg === 'object' && 'toolId' in arg && typeof (arg as { toolId: unknown }).toolId === 'string') {
    return (arg as { toolId: string }).toolId;
  }
  return undefined;
}

function isNoteEditor(editor: vscode.TextEditor | undefined): editor is vscode.TextEditor {
  return !!editor && ['markdown', 'plaintext'].includes(editor.document.languageId) && ['file', 'untitled'].includes(editor.document.uri.scheme);
}

// ------------------------------------------------------------------ search

async function openSearchResult(ctx: CommandContext, r: SearchItem): Promise<void> {
  if (r.kind === 'tool') {
    await showToolCard(ctx, r.id);
    return;
  }
  await openAt(ctx.connection, r.uri, r.range, false);
}

export async function search(ctx: CommandContext, initialValue?: string): Promise<SearchItem | undefined> {
  const r = await pickSearchResult(
    ctx.connection,
    {
      title: vscode.l10n.t('Infra Notes: Search'),
      placeholder: vscode.l10n.t('Search events, talks, speakers and tools (e.g. Vault, 테라폼, テラフォーム)'),
      initialValue: typeof initialValue === 'string' ? initialValue : undefined,
    },
    ctx.onQuickPick,
  );
  if (r) await openSearchResult(ctx, r);
  return r;
}

export async function searchTools(ctx: CommandContext, initialValue?: string): Promise<SearchItem | undefined> {
  const r = await pickSearchResult(
    ctx.connection,
    {
      kinds: ['tool'],
      title: vscode.l10n.t('Infra Notes: Search Tools'),
      placeholder: vscode.l10n.t('Type a tool name in any spelling (k8s, 쿠버네티스, クバネティス)'),
      initialValue: typeof initialValue === 'string' ? initialValue : undefined,
    },
    ctx.onQuickPick,
  );
  if (r) await showToolCard(ctx, r.id);
  return r;
}

export async function goToEvent(ctx: CommandContext): Promise<void> {
  const tree = await ctx.connection.request(Requests.eventTree);
  type EventPick = vscode.QuickPickItem & { uri?: string; range?: TalkItem['range'] };
  const items: EventPick[] = [];
  for (const y of tree.years) {
    items.push({ label: y.year === 'undated' ? vscode.l10n.t('Undated') : y.year, kind: vscode.QuickPickItemKind.Separator });
    for (const e of y.events) {
      items.push({
        label: `$(calendar) ${e.name.replace(/\$\(/g, '\\$(')}`,
        description: [eventDates(e.date, e.endDate), e.location].filter(Boolean).join(' · '),
        detail: `${talkCount(e.talks.length)} — ${vscode.workspace.asRelativePath(ctx.connection.uri(e.uri), true)}`,
        uri: e.uri,
        range: e.range,
      });
    }
  }
  if (!items.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No events found in this workspace yet.'));
    return;
  }
  const chosen = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Infra Notes: Go to Event'),
    placeHolder: vscode.l10n.t('Type an event name, date or venue'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (chosen?.uri && chosen.range) await openAt(ctx.connection, chosen.uri, chosen.range, false);
}

// ------------------------------------------------------------------ tool card

export async function showToolCard(ctx: CommandContext, arg?: unknown): Promise<ToolCard | undefined> {
  const toolId = toolIdOf(arg);
  let card: ToolCard | null = null;
  if (toolId) {
    card = await ctx.connection.request(Requests.toolCard, { toolId });
  } else {
    const editor = vscode.window.activeTextEditor;
    if (isNoteEditor(editor)) {
      card = await ctx.connection.request(Requests.toolCard, {
        uri: ctx.connection.client.code2ProtocolConverter.asUri(editor.document.uri),
        position: ctx.connection.client.code2ProtocolConverter.asPosition(editor.selection.active),
      });
    }
    if (!card) {
      // Nothing under the cursor: let the user pick a tool.
      const r = await searchTools(ctx);
      return r ? ctx.toolCard.current : undefined;
    }
  }
  if (!card) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The index has no card for this tool.'));
    return undefined;
  }
  ctx.toolCard.show(card);
  return card;
}

// ------------------------------------------------------------------ mentions

/** Where a tree row is mentioned: the server's references for talks and events, the talks for tools and speakers. */
export async function findMentions(ctx: CommandContext, arg?: unknown): Promise<vscode.Location[]> {
  if (!isNode(arg)) {
    await vscode.commands.executeCommand('editor.action.referenceSearch.trigger');
    return [];
  }
  const c = ctx.connection;
  let locations: vscode.Location[] = [];
  let anchor: { uri: string; range: TalkItem['range'] } | undefined;
  const d = arg.data;
  const talkLocations = (talks: TalkItem[]) => talks.map((t) => new vscode.Location(c.uri(t.uri), c.range(t.range)));
  if (d.kind === 'talk' || d.kind === 'event') {
    const target = d.kind === 'talk' ? d.talk : d.event;
    anchor = target;
    const found = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      c.uri(target.uri),
      c.range(target.range).start,
    );
    locations = found ?? [];
    if (!locations.length && d.kind === 'event') locations = talkLocations(d.event.talks);
  } else if (d.kind === 'speaker') {
    locations = talkLocations(d.speaker.talks);
  } else if (d.kind === 'tool' || d.kind === 'toolRef') {
    let talks: TalkItem[] = d.kind === 'tool' ? d.tool.talks : [];
    if (d.kind === 'toolRef') {
      const tree = await c.request(Requests.toolTree);
      talks = tree.categories.flatMap((cat) => cat.tools).find((t) => t.id === d.tool.id)?.talks ?? [];
    }
    locations = talkLocations(talks);
  }
  if (!locations.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No mentions found.'));
    return [];
  }
  const first = anchor ? new vscode.Location(c.uri(anchor.uri), c.range(anchor.range)) : locations[0];
  await vscode.window.showTextDocument(first.uri, { selection: new vscode.Range(first.range.start, first.range.start), preview: true });
  await vscode.commands.executeCommand('editor.action.showReferences', first.uri, first.range.start, locations);
  return locations;
}

export async function revealInNote(ctx: CommandContext, arg?: unknown): Promise<void> {
  if (!isNode(arg)) return;
  const d = arg.data;
  if (d.kind === 'event') await openAt(ctx.connection, d.event.uri, d.event.range, false);
  else if (d.kind === 'talk') await openAt(ctx.connection, d.talk.uri, d.talk.range, false);
  else if (d.kind === 'speaker' && d.speaker.talks[0]) await openAt(ctx.connection, d.speaker.talks[0].uri, d.speaker.talks[0].range, false);
}

// ------------------------------------------------------------------ reveal talk

export async function revealTalk(ctx: CommandContext): Promise<InfraNode | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!isNoteEditor(editor)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a note and put the cursor in a talk first.'));
    return undefined;
  }
  const c = ctx.connection;
  const talk = await c.request(Requests.talkAt, {
    uri: c.client.code2ProtocolConverter.asUri(editor.document.uri),
    position: c.client.code2ProtocolConverter.asPosition(editor.selection.active),
  });
  if (!talk) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The cursor is not in a talk.'));
    return undefined;
  }
  const match = (n: InfraNode) => n.data.kind === 'talk' && n.data.talk.id === talk.id;
  let found = await ctx.providers.events.find(match);
  if (!found) {
    ctx.providers.events.refresh();
    found = await ctx.providers.events.find(match);
  }
  if (!found) {
    void vscode.window.showInformationMessage(vscode.l10n.t('“{0}” is not in the Events view yet.', talk.title));
    return undefined;
  }
  await revealSelected(ctx.eventsView, found);
  return found;
}

/**
 * Reveals and selects a node. A view never shown yet may take the first reveal before its tree is
 * drawn and select nothing (seen once in a few runs under code-server): when the selection has not
 * come within two seconds, the node is revealed again, the view shown by then.
 */
async function revealSelected(view: vscode.TreeView<InfraNode>, node: InfraNode): Promise<void> {
  const selected = () => view.selection.some((n) => n.id === node.id);
  const came = new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => done(false), 2000);
    const sub = view.onDidChangeSelection(() => {
      if (selected()) done(true);
    });
    function done(ok: boolean): void {
      clearTimeout(timer);
      sub.dispose();
      resolve(ok);
    }
  });
  await view.reveal(node, { select: true, focus: true, expand: true });
  if (selected() || (await came)) return;
  await view.reveal(node, { select: true, focus: true, expand: true });
}

// ------------------------------------------------------------------ index

export async function reindex(ctx: CommandContext): Promise<IndexStatus | undefined> {
  const status = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Infra Notes: reindexing the workspace…') },
    () => ctx.connection.request(Requests.reindex),
  );
  const showStatus = vscode.l10n.t('Show Index Status');
  void vscode.window
    .showInformationMessage(
      vscode.l10n.t('Indexed {0} notes: {1} events, {2} talks, {3} tools, in {4} ms.', status.notes, status.events, status.talks, status.tools, status.millis),
      showStatus,
    )
    .then((choice) => {
      if (choice === showStatus) void showIndexStatus(ctx);
    });
  return status;
}

export async function showIndexStatus(ctx: CommandContext): Promise<IndexStatus> {
  return ctx.statusPage.show();
}

// ------------------------------------------------------------------ new note

function templateWords(): TemplateWords {
  return {
    talkTitle: vscode.l10n.t('Talk title'),
    speaker: vscode.l10n.t('Speaker Name'),
    company: vscode.l10n.t('Company'),
    bullet: vscode.l10n.t('Your notes. Tools you mention are found in any spelling.'),
  };
}

async function isDirectory(uri: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) !== 0;
  } catch {
    return false;
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Folders to offer: each workspace folder and its sub-folders two levels down (no hidden ones). */
async function candidateFolders(): Promise<vscode.Uri[]> {
  const out: vscode.Uri[] = [];
  const walk = async (dir: vscode.Uri, depth: number) => {
    out.push(dir);
    if (depth === 0 || out.length > 200) return;
    let entries: [string, vscode.FileType][] = [];
    try {
      entries = await vscode.workspace.fs.readDirectory(dir);
    } catch {
      return;
    }
    entries.sort((a, b) => a[0].localeCompare(b[0]));
    for (const [name, type] of entries) {
      if (type & vscode.FileType.Directory && !name.startsWith('.') && !['node_modules', 'out', 'dist', 'build'].includes(name)) {
        await walk(vscode.Uri.joinPath(dir, name), depth - 1);
      }
    }
  };
  for (const f of vscode.workspace.workspaceFolders ?? []) await walk(f.uri, 2);
  return out;
}

async function pickFolder(date: string): Promise<vscode.Uri | undefined> {
  const folders = await candidateFolders();
  const browse = vscode.l10n.t('Browse…');
  if (!folders.length) {
    const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: vscode.l10n.t('Create Note Here') });
    return picked?.[0];
  }
  type FolderPick = vscode.QuickPickItem & { uri?: vscode.Uri };
  const year = date.slice(0, 4);
  const roots = vscode.workspace.workspaceFolders ?? [];
  const items: FolderPick[] = folders.map((uri) => {
    const root = roots.find((f) => f.uri.toString() === uri.toString());
    if (root) return { label: `$(root-folder) ${root.name}`, description: vscode.l10n.t('workspace folder'), uri };
    return { label: `$(folder) ${vscode.workspace.asRelativePath(uri, roots.length > 1)}`, uri };
  });
  // The folder named after the event's year first, when there is one.
  items.sort((a, b) => Number(b.uri!.path.endsWith(`/${year}`)) - Number(a.uri!.path.endsWith(`/${year}`)));
  items.push({ label: '', kind: vscode.QuickPickItemKind.Separator }, { label: `$(folder-opened) ${browse}` });
  const chosen = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('New Event Note: folder'),
    placeHolder: vscode.l10n.t('Where should the note go?'),
  });
  if (!chosen) return undefined;
  if (chosen.uri) return chosen.uri;
  const picked = await vscode.window.showOpenDialog({
    canSelectFolders: true,
    canSelectFiles: false,
    canSelectMany: false,
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    openLabel: vscode.l10n.t('Create Note Here'),
  });
  return picked?.[0];
}

/** Creates `uri` with `text` unless something is already there; true when created. */
async function createExclusive(uri: vscode.Uri, text: string): Promise<boolean> {
  if (uri.scheme === 'file') {
    try {
      await fs.writeFile(uri.fsPath, text, { encoding: 'utf8', flag: 'wx' });
      return true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw err;
    }
  }
  if (await exists(uri)) return false;
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return true;
}

export interface NewEventNoteArgs {
  name?: string;
  date?: string;
  location?: string;
  folder?: vscode.Uri | string;
}

/** New Event Note: asks for name, date, venue and folder; creates `<slug>.md`, or `<slug>-2.md` if taken. */
export async function newEventNote(_ctx: CommandContext, args?: NewEventNoteArgs): Promise<vscode.Uri | undefined> {
  const a = args && typeof args === 'object' && !isNode(args) ? args : {};
  const name =
    a.name ??
    (await vscode.window.showInputBox({
      title: vscode.l10n.t('New Event Note (1/3)'),
      prompt: vscode.l10n.t('Event name'),
      placeHolder: vscode.l10n.t('e.g. HashiCorp User Group Seoul #13, KubeCon Japan 2025'),
      validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Give the event a name.')),
    }));
  if (!name?.trim()) return undefined;
  const date =
    a.date ??
    (await vscode.window.showInputBox({
      title: vscode.l10n.t('New Event Note (2/3)'),
      prompt: vscode.l10n.t('Date of the event (YYYY-MM-DD)'),
      value: today(),
      validateInput: (v) => (isIsoDate(v) ? undefined : vscode.l10n.t('Write the date as YYYY-MM-DD, e.g. {0}.', today())),
    }));
  if (!date || !isIsoDate(date)) return undefined;
  const location =
    a.location ??
    (await vscode.window.showInputBox({
      title: vscode.l10n.t('New Event Note (3/3)'),
      prompt: vscode.l10n.t('Venue (optional)'),
      placeHolder: vscode.l10n.t('e.g. COEX, Seoul'),
    }));
  if (location === undefined) return undefined;
  const folder = a.folder ? (typeof a.folder === 'string' ? vscode.Uri.file(a.folder) : a.folder) : await pickFolder(date.trim());
  if (!folder) return undefined;
  if (!(await isDirectory(folder))) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} is not a folder.', folder.fsPath));
    return undefined;
  }
  const text = renderEventNote({ name, date: date.trim(), location }, templateWords());
  const slug = slugify(name);
  for (let n = 1; n <= 99; n++) {
    const uri = vscode.Uri.joinPath(folder, candidateName(slug, n));
    if (await createExclusive(uri, text)) {
      const doc = await vscode.workspace.openTextDocument(uri);
      const talkLine = doc.getText().split(/\r?\n/).findIndex((l) => l.startsWith('## '));
      const pos = new vscode.Position(Math.max(0, talkLine), 3);
      const editor = await vscode.window.showTextDocument(doc, { preview: false });
      editor.selection = new vscode.Selection(pos, doc.lineAt(pos.line).range.end);
      return uri;
    }
  }
  void vscode.window.showErrorMessage(vscode.l10n.t('Could not find a free file name for {0}.md in {1}.', slug, folder.fsPath));
  return undefined;
}
