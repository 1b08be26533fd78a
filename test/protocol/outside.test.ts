// References never lead outside the workspace folders: `[[../../etc/passwd]]`, markdown links to
// `../../../etc/passwd`, absolute paths and `file:` URLs, encoded dots, backslashes, a sibling
// folder whose name starts like the workspace's, and a symbolic link pointing out. Definition,
// hover, references and diagnostics return no location outside the root, and no file outside it
// is read (its access time, set in 1970, stays put).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { markUnread, readsAreRecorded, wasRead } from '../support/atime';
import { LspClient } from '../support/lsp-client';

const LINKS = [
  '[[../../etc/passwd]]',
  '[[../../../etc/passwd#root]]',
  '[passwd](../../../etc/passwd)',
  '[abs](/etc/passwd)',
  '[file](file:///etc/passwd)',
  '[host](file://localhost/etc/passwd)',
  '[sibling](../../{SIBLING}/secret.md#leaked-keynote)',
  '[outside](../../{OUTSIDE}/secret.md)',
  '[enc](%2e%2e/%2e%2e/%2e%2e/etc/passwd)',
  '[enc2](..%2F..%2F..%2Fetc%2Fpasswd)',
  '[back](..\\..\\..\\etc\\passwd)',
  '[proto](//evil.example/etc/passwd)',
  '[link](../links/out.md#leaked-keynote)',
  '[abs-root](/{ROOT}/../{OUTSIDE}/secret.md)',
  '<../../../etc/passwd>',
];

const SECRET = '# Secret Summit 2024\nDate: August 8, 2024\n\n## Leaked Keynote - Eve Adams (Mallory Inc)\n- Terraform secrets.\n';

describe('references never leave the workspace folders', () => {
  let base: string;
  let root: string;
  let outside: string;
  let sibling: string;
  let c: LspClient;
  let text: string;
  let uri: string;
  const rootUri = () => pathToFileURL(root).href;
  const inside = (u: string) => u === rootUri() || u.startsWith(rootUri() + '/');

  before(async () => {
    base = mkdtempSync(path.join(tmpdir(), 'infranotes-refs-'));
    root = path.join(base, 'ws');
    // A sibling whose name starts with the workspace's: a prefix test without the slash would let it in.
    sibling = path.join(base, 'ws-evil');
    outside = path.join(base, 'outside');
    for (const d of [root, sibling, outside, path.join(root, 'notes'), path.join(root, 'links')]) mkdirSync(d, { recursive: true });
    for (const d of [sibling, outside]) {
      writeFileSync(path.join(d, 'secret.md'), SECRET);
      markUnread(path.join(d, 'secret.md'));
    }
    symlinkSync(path.join(outside, 'secret.md'), path.join(root, 'links/out.md'));
    writeFileSync(path.join(root, 'notes/other.md'), '# Platform Night 2024\nDate: March 5, 2024\n\n## Scaling Terraform Modules - Jane Doe (Acme)\n- Terraform.\n');
    text = [
      '# Link Hazards Meetup 2024',
      'Date: May 1, 2024',
      '',
      '## Links That Leave - Sam Lee (Initech)',
      ...LINKS.map((l) => `- see ${l.replace('{SIBLING}', path.basename(sibling)).replace('{OUTSIDE}', path.basename(outside)).replace('{ROOT}', root.slice(1))} here`),
      '- and one that stays: [ok](./other.md#scaling-terraform-modules)',
      '',
    ].join('\n');
    writeFileSync(path.join(root, 'notes/links.md'), text);
    c = await LspClient.start({ root });
    await c.waitIndexed();
    uri = await c.open('notes/links.md', text);
  });

  after(async () => {
    await c?.stop();
    if (base) rmSync(base, { recursive: true, force: true });
  });

  /** Every position inside each link: its first, middle and last character. */
  function positions(): Array<{ line: number; character: number; link: string }> {
    const lines = text.split('\n');
    const out: Array<{ line: number; character: number; link: string }> = [];
    lines.forEach((l, line) => {
      const m = /(\[\[.*\]\]|\[[^\]]*\]\([^)]*\)|<[^>]*>)/.exec(l);
      if (!m || line < 4) return;
      for (const k of [1, Math.floor(m[0].length / 2), m[0].length - 1]) out.push({ line, character: m.index + k, link: m[0] });
    });
    return out;
  }

  test('definition, hover and references return nothing outside the root', async () => {
    const seen: string[] = [];
    for (const at of positions()) {
      const pos = { textDocument: { uri }, position: { line: at.line, character: at.character } };
      const [defs, hover, refs] = await Promise.all([
        c.request('textDocument/definition', pos),
        c.request('textDocument/hover', pos),
        c.request('textDocument/references', { ...pos, context: { includeDeclaration: true } }),
      ]);
      const locs = [...(Array.isArray(defs) ? defs : defs ? [defs] : []), ...(refs ?? [])];
      for (const l of locs) {
        seen.push(l.uri);
        assert.ok(inside(l.uri), `${at.link}: a location outside the root: ${l.uri}`);
      }
      const value: string = hover?.contents?.value ?? '';
      for (const m of value.matchAll(/\]\(([^)]+)\)/g)) assert.ok(inside(m[1].split('#')[0]), `${at.link}: the hover links outside the root: ${m[1]}`);
      assert.ok(!/Leaked Keynote|Secret Summit|root:x:0/.test(value), `${at.link}: the hover shows what is outside: ${value}`);
    }
    // The one link that stays inside does resolve.
    const ok = text.split('\n').findIndex((l) => l.includes('[ok]'));
    const defs = await c.request('textDocument/definition', { textDocument: { uri }, position: { line: ok, character: text.split('\n')[ok].indexOf('[ok]') + 2 } });
    assert.deepEqual(defs.map((d: any) => [path.relative(root, new URL(d.uri).pathname), d.range.start.line]), [['notes/other.md', 3]]);
    assert.ok(seen.every(inside));
  });

  test('diagnostics name no place outside the root', async () => {
    const diags = await c.waitUntil(() => c.diagnostics.get(uri), 'diagnostics for links.md');
    for (const d of diags) {
      for (const r of d.relatedInformation ?? []) assert.ok(inside(r.location.uri), `related information outside the root: ${r.location.uri}`);
      assert.ok(!/Leaked Keynote|Secret Summit|root:x:0/.test(d.message), d.message);
    }
    for (const [u] of c.diagnostics) assert.ok(inside(u), `diagnostics published for a file outside the root: ${u}`);
    // Only the [[…]] references are judged (unresolved); links out of the workspace are not ours to judge.
    assert.deepEqual(diags.map((d: any) => d.code), ['unresolved-reference', 'unresolved-reference']);
  });

  test('a document outside the root that the editor has open is not a link target either', async () => {
    // The editor opened the sibling's note (a loose file: indexed from the editor's text, not read).
    const loose = pathToFileURL(path.join(sibling, 'secret.md')).href;
    await c.notify('textDocument/didOpen', { textDocument: { uri: loose, languageId: 'markdown', version: 1, text: SECRET } });
    try {
      const line = text.split('\n').findIndex((l) => l.includes('[sibling]'));
      const pos = { textDocument: { uri }, position: { line, character: text.split('\n')[line].indexOf('[sibling]') + 2 } };
      assert.deepEqual(await c.request('textDocument/definition', pos), []);
      assert.equal(await c.request('textDocument/hover', pos), null);
    } finally {
      await c.notify('textDocument/didClose', { textDocument: { uri: loose } });
    }
  });

  test('a tool file setting that points outside the workspace folder is not read', async (t) => {
    // The setting is per workspace folder: a workspace could point it anywhere.
    const toolFile = path.join(outside, 'tools.yaml');
    writeFileSync(toolFile, 'tools:\n  - id: zorblax\n    name: Zorblax\n    category: other\n');
    markUnread(toolFile);
    for (const setting of [path.relative(root, toolFile), toolFile]) {
      const s = await LspClient.start({ root, settings: { toolFile: setting } });
      try {
        await s.waitIndexed();
        assert.deepEqual(await s.request('infranotes/search', { query: 'zorblax', kinds: ['tool'] }), [], setting);
        const status = await s.request('infranotes/indexStatus');
        assert.deepEqual(
          status.skipped.filter((x: any) => x.uri.endsWith('/tools.yaml')),
          [{ uri: pathToFileURL(toolFile).href, reason: 'the tool file setting points outside the workspace folder: not read' }],
          setting,
        );
      } finally {
        await s.stop();
      }
    }
    if (readsAreRecorded(base)) assert.ok(!wasRead(toolFile), 'the tool file outside the workspace was read');
    else t.diagnostic('this file system does not record reads (noatime)');
  });

  test('nothing outside the root was read, nor indexed', async (t) => {
    if (readsAreRecorded(base)) {
      assert.ok(!wasRead(path.join(outside, 'secret.md')), 'the file behind the link out was read');
      assert.ok(!wasRead(path.join(sibling, 'secret.md')), 'the sibling folder was read');
    } else t.diagnostic('this file system does not record reads (noatime): only the answers are checked');
    const symbols = await c.request('workspace/symbol', { query: 'Leaked Keynote' });
    assert.deepEqual(symbols.filter((s: any) => s.name === 'Leaked Keynote'), []);
    assert.ok(readFileSync(path.join(outside, 'secret.md'), 'utf8').includes('Leaked Keynote'), 'the test itself reads it last');
  });
});
