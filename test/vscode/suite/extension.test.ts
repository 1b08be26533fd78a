// Extension tests in a real VS Code, on a copy of samples/ (see ../runTest.ts).
// Everything here goes through VS Code's API and the extension's own providers,
// against the real bundled server (dist/server.js).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { InfraNotesApi } from '../../../client/src/extension';
import type { SearchPickItem } from '../../../client/src/search';
import { cardHtml } from '../../../client/src/tool-card';
import type { InfraNode } from '../../../client/src/trees';
import { Requests, type IndexStatus, type SearchItem, type ToolCard } from '../../../server/src/protocol';

const EXTENSION_ID = 'infranotes.infra-notes';
let api: InfraNotesApi;

function workspaceRoot(): string {
  return process.env.INFRANOTES_TEST_WORKSPACE ?? vscode.workspace.workspaceFolders![0].uri.fsPath;
}

function note(rel: string): vscode.Uri {
  return vscode.Uri.file(path.join(workspaceRoot(), rel));
}

async function until<T>(fn: () => Promise<T | undefined | null | false> | T | undefined | null | false, what: string, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? ` (${String(last)})` : ''}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function openAt(rel: string, text: string, offsetInText = 1): Promise<{ editor: vscode.TextEditor; position: vscode.Position }> {
  const doc = await vscode.workspace.openTextDocument(note(rel));
  const editor = await vscode.window.showTextDocument(doc);
  const at = doc.getText().indexOf(text);
  assert.ok(at >= 0, `"${text}" is not in ${rel}`);
  const position = doc.positionAt(at + offsetInText);
  editor.selection = new vscode.Selection(position, position);
  return { editor, position };
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

async function allNodes(roots: InfraNode[]): Promise<InfraNode[]> {
  const out: InfraNode[] = [];
  const walk = (n: InfraNode) => {
    out.push(n);
    n.children.forEach(walk);
  };
  roots.forEach(walk);
  return out;
}

/** Makes the row that satisfies `pred` active in `qp` and accepts it, as pressing Enter would. */
async function acceptWhere(qp: vscode.QuickPick<SearchPickItem>, pred: (i: SearchPickItem) => boolean, what: string): Promise<void> {
  // Results are re-queried as the value changes (new item objects), and the main thread
  // learns of activeItems asynchronously: retry until the active row is the one we want.
  await until(
    async () => {
      const item = qp.items.find(pred);
      if (!item) return false;
      qp.activeItems = [item];
      await new Promise((r) => setTimeout(r, 300));
      return !qp.busy && qp.activeItems.length === 1 && pred(qp.activeItems[0]);
    },
    what,
  );
  await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
}

function label(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : item.label?.label ?? '';
}

suiteSetup(async function () {
  this.timeout(120_000);
  const ext = vscode.extensions.getExtension<InfraNotesApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not installed in the test instance`);
  api = await ext.activate();
  await api.ready;
  await until(async () => {
    const s = await api.connection.request(Requests.indexStatus);
    return !s.indexing && s.talks > 0;
  }, 'the first index of the sample notes', 90_000);
});

suite('Language features', () => {
  test('hover on a Korean tool name (테라폼) shows the Terraform card', async () => {
    const { editor, position } = await openAt('2024/hashicorp-kr-meetup-12.md', '테라폼으로');
    const hovers = await until(
      async () => {
        const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
        return hoverText(h ?? []).includes('Terraform') ? h : null;
      },
      'a hover with Terraform',
    );
    assert.match(hoverText(hovers), /Terraform/);
  });

  test('definition of [[HashiConf 2024#Vault at Scale]] is the talk in hashiconf-2024.md', async () => {
    const { editor, position } = await openAt('2024/hashicorp-kr-meetup-12.md', 'Vault at Scale]]', 3);
    const defs = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>(
      'vscode.executeDefinitionProvider',
      editor.document.uri,
      position,
    );
    const targets = (defs ?? []).map((d) => ('targetUri' in d ? d.targetUri : d.uri).fsPath);
    assert.ok(
      targets.some((t) => t.endsWith(path.join('2024', 'hashiconf-2024.md'))),
      `definitions: ${JSON.stringify(targets)}`,
    );
  });
});

suite('Views', () => {
  test('Events: year → event (date, venue) → talks (speakers) → tools', async () => {
    const roots = await api.providers.events.getChildren();
    const years = roots.map((n) => label(api.providers.events.getTreeItem(n)));
    assert.deepEqual(years.slice(0, 2), ['2024', '2023']);
    const hashiconf = roots[0].children.find((n) => n.data.kind === 'event' && n.data.event.name === 'HashiConf 2024');
    assert.ok(hashiconf, 'HashiConf 2024 is not under 2024');
    const item = api.providers.events.getTreeItem(hashiconf);
    assert.match(String(item.description), /2024-10-15/);
    assert.match(String(item.description), /Boston/);
    assert.equal(item.contextValue, 'event');
    assert.equal(item.command?.command, 'vscode.open');
    const vault = hashiconf.children.find((n) => n.data.kind === 'talk' && n.data.talk.title === 'Vault at Scale');
    assert.ok(vault, 'Vault at Scale is not a talk of HashiConf 2024');
    assert.match(String(api.providers.events.getTreeItem(vault).description), /Dana Whitfield/);
    assert.ok(vault.children.some((n) => n.data.kind === 'toolRef' && n.data.tool.name === 'Vault'), 'the talk does not list Vault');
    assert.equal(api.providers.events.getParent(vault), hashiconf);
    const tooltip = api.providers.events.getTreeItem(vault).tooltip as vscode.MarkdownString;
    assert.equal(tooltip.isTrusted, false);
    assert.equal(tooltip.supportHtml, false);
  });

  test('ids are unique and stable across a refresh (expanded rows stay expanded)', async () => {
    const before = (await allNodes(await api.providers.events.getChildren())).map((n) => n.id);
    assert.equal(new Set(before).size, before.length, 'duplicate tree item ids');
    api.providers.events.refresh();
    const after = (await allNodes(await api.providers.events.getChildren())).map((n) => n.id);
    assert.deepEqual(after, before);
  });

  test('Tools: category → tool (mentions) → talks', async () => {
    const nodes = await allNodes(await api.providers.tools.getChildren());
    const terraform = nodes.find((n) => n.data.kind === 'tool' && n.data.tool.id === 'terraform');
    assert.ok(terraform, 'Terraform is not in the Tools view');
    assert.equal(terraform.parent?.data.kind, 'category');
    assert.match(String(api.providers.tools.getTreeItem(terraform).description), /\d+ mentions/);
    assert.ok(terraform.children.length > 0);
    const ids = nodes.map((n) => n.id);
    assert.equal(new Set(ids).size, ids.length, 'duplicate tree item ids');
  });

  test('Speakers: speaker (organisation) → talks', async () => {
    const roots = await api.providers.speakers.getChildren();
    const dana = roots.find((n) => n.data.kind === 'speaker' && n.data.speaker.name === 'Dana Whitfield');
    assert.ok(dana, 'Dana Whitfield is not in the Speakers view');
    assert.match(String(api.providers.speakers.getTreeItem(dana).description), /Northwind Bank/);
    assert.ok(dana.children.some((n) => n.data.kind === 'talk' && n.data.talk.title === 'Vault at Scale'));
  });
});

suite('Commands', () => {
  teardown(async () => {
    api.commandContext.onQuickPick = undefined;
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('Search finds Terraform by its Japanese spelling and opens its card', async () => {
    api.commandContext.onQuickPick = (qp: vscode.QuickPick<SearchPickItem>) => {
      void acceptWhere(qp, (i) => i.result?.kind === 'tool' && i.result.id === 'terraform', 'Terraform among the results');
    };
    const chosen = await vscode.commands.executeCommand<SearchItem | undefined>('infranotes.search', 'テラフォーム');
    assert.equal(chosen?.id, 'terraform');
    assert.equal(api.toolCard.current?.name, 'Terraform');
  });

  test('Search opens a talk at its line', async () => {
    api.commandContext.onQuickPick = (qp) => {
      void acceptWhere(qp, (i) => i.result?.kind === 'talk' && i.result.label === 'Vault at Scale', 'the talk among the results');
    };
    const chosen = await vscode.commands.executeCommand<SearchItem | undefined>('infranotes.search', 'vault at scale');
    assert.equal(chosen?.kind, 'talk');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document.uri.fsPath.endsWith('hashiconf-2024.md'));
    assert.match(editor.document.lineAt(editor.selection.active.line).text, /Vault at Scale/);
  });

  test('Show Tool Card by id and at the cursor', async () => {
    const byId = await vscode.commands.executeCommand<ToolCard | undefined>('infranotes.showToolCard', 'terraform');
    assert.equal(byId?.toolId, 'terraform');
    assert.match(byId.markdown, /Terraform/);
    assert.ok(api.toolCard.visible);
    await openAt('2024/hashicorp-kr-meetup-12.md', '볼트 클러스터');
    const atCursor = await vscode.commands.executeCommand<ToolCard | undefined>('infranotes.showToolCard');
    assert.equal(atCursor?.toolId, 'vault');
  });

  test('the tool card renders note links as the open-note command and drops other command links', () => {
    const html = cardHtml(
      {
        toolId: 't',
        name: 'T <b>',
        markdown: '[talk](file:///x/n.md#L3) [evil](command:workbench.action.terminal.new) [site](https://example.com) <script>alert(1)</script>',
      },
      { cspSource: 'vscode-resource:', styleUri: 'style.css', lang: 'en' },
    );
    assert.match(html, /href="command:infranotes\.openNoteLink\?/);
    assert.doesNotMatch(html, /href="command:workbench/);
    assert.match(html, /href="https:\/\/example\.com"/);
    assert.doesNotMatch(html, /<script>/);
    assert.match(html, /<title>T &lt;b&gt;<\/title>/);
    assert.match(html, /default-src 'none'/);
  });

  test('Reveal Talk Under Cursor selects the talk in the Events view', async () => {
    await openAt('2024/hashiconf-2024.md', 'Dynamic credentials with a 1h TTL');
    const node = await vscode.commands.executeCommand<InfraNode | undefined>('infranotes.revealTalk');
    assert.ok(node && node.data.kind === 'talk');
    assert.equal(node.data.talk.title, 'Vault at Scale');
    await until(() => api.views.events.selection[0]?.id === node.id, 'the talk to be selected in the Events view');
  });

  test('Go to Event opens the chosen event note', async () => {
    const done = vscode.commands.executeCommand('infranotes.goToEvent');
    await new Promise((r) => setTimeout(r, 1000));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await done;
    assert.equal(path.extname(vscode.window.activeTextEditor?.document.uri.fsPath ?? ''), '.md');
  });

  test('New Event Note creates <slug>.md and never overwrites an existing file', async () => {
    const folder = path.join(workspaceRoot(), 'scratch');
    const args = { name: 'Test Meetup 서울 #1', date: '2025-01-02', location: 'Seoul: COEX', folder };
    const first = await vscode.commands.executeCommand<vscode.Uri>('infranotes.newEventNote', args);
    assert.equal(path.basename(first.fsPath), 'test-meetup-서울-1.md');
    const text = fs.readFileSync(first.fsPath, 'utf8');
    // " #" would start a YAML comment: the title is quoted.
    assert.match(text, /^---\ntitle: "Test Meetup 서울 #1"\ndate: 2025-01-02\nlocation: "Seoul: COEX"\n/);
    fs.writeFileSync(first.fsPath, text + '\nmy own notes\n');
    const second = await vscode.commands.executeCommand<vscode.Uri>('infranotes.newEventNote', args);
    assert.equal(path.basename(second.fsPath), 'test-meetup-서울-1-2.md');
    assert.match(fs.readFileSync(first.fsPath, 'utf8'), /my own notes/, 'the first note was overwritten');
    // The server indexes the new note: it shows up in the Events view.
    await until(async () => {
      api.providers.events.refresh();
      const nodes = await allNodes(await api.providers.events.getChildren());
      return nodes.some((n) => n.data.kind === 'event' && n.data.event.name === 'Test Meetup 서울 #1');
    }, 'the new note in the Events view');
  });

  test('Find Mentions of a tool and of a talk (context menu of the views)', async () => {
    const tools = await allNodes(await api.providers.tools.getChildren());
    const terraform = tools.find((n) => n.data.kind === 'tool' && n.data.tool.id === 'terraform')!;
    const toolLocations = await vscode.commands.executeCommand<vscode.Location[]>('infranotes.findMentions', terraform);
    assert.ok(toolLocations.length >= 5, `only ${toolLocations.length} locations for Terraform`);
    const events = await allNodes(await api.providers.events.getChildren());
    const vault = events.find((n) => n.data.kind === 'talk' && n.data.talk.title === 'Vault at Scale')!;
    const talkLocations = await vscode.commands.executeCommand<vscode.Location[]>('infranotes.findMentions', vault);
    // [[HashiConf 2024#Vault at Scale]] in hashicorp-kr-meetup-12.md and scratch/todo.md
    assert.ok(
      talkLocations.some((l) => l.uri.fsPath.endsWith('hashicorp-kr-meetup-12.md')),
      JSON.stringify(talkLocations.map((l) => l.uri.fsPath)),
    );
  });

  test('Reindex Workspace and Show Index Status', async () => {
    const status = await vscode.commands.executeCommand<IndexStatus>('infranotes.reindex');
    assert.ok(status && status.notes >= 10 && status.talks > 0, JSON.stringify(status));
    const shown = await vscode.commands.executeCommand<IndexStatus>('infranotes.showIndexStatus');
    assert.equal(shown?.events, status.events);
    // The page is our own webview (a markdown preview of a virtual document cannot be restored after a reload).
    assert.equal(api.commandContext.statusPage.current?.talks, status.talks);
    const isStatusPage = (t: vscode.Tab) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('infranotes.indexStatus');
    await until(() => vscode.window.tabGroups.all.some((g) => g.tabs.some(isStatusPage)), 'the Index Status tab');
  });

  test('the server process is killed: the client starts it again, views and hovers come back', async function () {
    // Its waits add up to more than mocha's 60 s on a slow machine; each has its own limit below.
    this.timeout(180_000);
    const before = await api.connection.request(Requests.indexStatus);
    assert.ok(before.pid, 'the server reports its pid');
    const states: string[] = [];
    const watching = api.connection.client.onDidChangeState((e) => states.push(`${e.oldState}->${e.newState}`));
    process.kill(before.pid!, 'SIGKILL');
    try {
      await until(async () => {
        try {
          // A request sent as the old process died must not hold the wait: ask again after 10 s.
          const s = await Promise.race([api.connection.request(Requests.indexStatus), new Promise<null>((r) => setTimeout(() => r(null), 10_000))]);
          return s !== null && s.pid !== before.pid && !s.indexing && s.talks > 0;
        } catch {
          return false;
        }
      }, 'a new server process with a complete index', 90_000);
    } catch (e) {
      throw new Error(`${(e as Error).message}; client states: ${states.join(', ') || 'none'}, now ${api.connection.client.state}`);
    } finally {
      watching.dispose();
    }
    await until(async () => (await api.providers.events.getChildren()).length > 0, 'the Events view after the crash', 60_000);
    const { editor, position } = await openAt('2024/hashicorp-kr-meetup-12.md', '테라폼으로');
    await until(async () => {
      const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
      return hoverText(h ?? []).includes('Terraform') ? h : null;
    }, 'a hover with Terraform after the crash', 60_000);
  });

  test('the views recover after the server restarts', async () => {
    await api.connection.client.restart();
    await until(async () => (await api.providers.events.getChildren()).length > 0, 'the Events view after a restart', 60_000);
    assert.ok(api.connection.isRunning);
  });
});
