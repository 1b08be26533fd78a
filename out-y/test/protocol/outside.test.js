"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
// References never lead outside the workspace folders: `[[../../etc/passwd]]`, markdown links to
// `../../../etc/passwd`, absolute paths and `file:` URLs, encoded dots, backslashes, a sibling
// folder whose name starts like the workspace's, and a symbolic link pointing out. Definition,
// hover, references and diagnostics return no location outside the root, and no file outside it
// is read (its access time, set in 1970, stays put).
const strict_1 = __importDefault(require("node:assert/strict"));
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const path = __importStar(require("node:path"));
const node_test_1 = require("node:test");
const node_url_1 = require("node:url");
const atime_1 = require("../support/atime");
const lsp_client_1 = require("../support/lsp-client");
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
(0, node_test_1.describe)('references never leave the workspace folders', () => {
    let base;
    let root;
    let outside;
    let sibling;
    let c;
    let text;
    let uri;
    const rootUri = () => (0, node_url_1.pathToFileURL)(root).href;
    const inside = (u) => u === rootUri() || u.startsWith(rootUri() + '/');
    (0, node_test_1.before)(async () => {
        base = (0, node_fs_1.mkdtempSync)(path.join((0, node_os_1.tmpdir)(), 'infranotes-refs-'));
        root = path.join(base, 'ws');
        // A sibling whose name starts with the workspace's: a prefix test without the slash would let it in.
        sibling = path.join(base, 'ws-evil');
        outside = path.join(base, 'outside');
        for (const d of [root, sibling, outside, path.join(root, 'notes'), path.join(root, 'links')])
            (0, node_fs_1.mkdirSync)(d, { recursive: true });
        for (const d of [sibling, outside]) {
            (0, node_fs_1.writeFileSync)(path.join(d, 'secret.md'), SECRET);
            (0, atime_1.markUnread)(path.join(d, 'secret.md'));
        }
        (0, node_fs_1.symlinkSync)(path.join(outside, 'secret.md'), path.join(root, 'links/out.md'));
        (0, node_fs_1.writeFileSync)(path.join(root, 'notes/other.md'), '# Platform Night 2024\nDate: March 5, 2024\n\n## Scaling Terraform Modules - Jane Doe (Acme)\n- Terraform.\n');
        text = [
            '# Link Hazards Meetup 2024',
            'Date: May 1, 2024',
            '',
            '## Links That Leave - Sam Lee (Initech)',
            ...LINKS.map((l) => `- see ${l.replace('{SIBLING}', path.basename(sibling)).replace('{OUTSIDE}', path.basename(outside)).replace('{ROOT}', root.slice(1))} here`),
            '- and one that stays: [ok](./other.md#scaling-terraform-modules)',
            '',
        ].join('\n');
        (0, node_fs_1.writeFileSync)(path.join(root, 'notes/links.md'), text);
        c = await lsp_client_1.LspClient.start({ root });
        await c.waitIndexed();
        uri = await c.open('notes/links.md', text);
    });
    (0, node_test_1.after)(async () => {
        await c?.stop();
        if (base)
            (0, node_fs_1.rmSync)(base, { recursive: true, force: true });
    });
    /** Every position inside each link: its first, middle and last character. */
    function positions() {
        const lines = text.split('\n');
        const out = [];
        lines.forEach((l, line) => {
            const m = /(\[\[.*\]\]|\[[^\]]*\]\([^)]*\)|<[^>]*>)/.exec(l);
            if (!m || line < 4)
                return;
            for (const k of [1, Math.floor(m[0].length / 2), m[0].length - 1])
                out.push({ line, character: m.index + k, link: m[0] });
        });
        return out;
    }
    (0, node_test_1.test)('definition, hover and references return nothing outside the root', async () => {
        const seen = [];
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
                strict_1.default.ok(inside(l.uri), `${at.link}: a location outside the root: ${l.uri}`);
            }
            const value = hover?.contents?.value ?? '';
            for (const m of value.matchAll(/\]\(([^)]+)\)/g))
                strict_1.default.ok(inside(m[1].split('#')[0]), `${at.link}: the hover links outside the root: ${m[1]}`);
            strict_1.default.ok(!/Leaked Keynote|Secret Summit|root:x:0/.test(value), `${at.link}: the hover shows what is outside: ${value}`);
        }
        // The one link that stays inside does resolve.
        const ok = text.split('\n').findIndex((l) => l.includes('[ok]'));
        const defs = await c.request('textDocument/definition', { textDocument: { uri }, position: { line: ok, character: text.split('\n')[ok].indexOf('[ok]') + 2 } });
        strict_1.default.deepEqual(defs.map((d) => [path.relative(root, new URL(d.uri).pathname), d.range.start.line]), [['notes/other.md', 3]]);
        strict_1.default.ok(seen.every(inside));
    });
    (0, node_test_1.test)('diagnostics name no place outside the root', async () => {
        const diags = await c.waitUntil(() => c.diagnostics.get(uri), 'diagnostics for links.md');
        for (const d of diags) {
            for (const r of d.relatedInformation ?? [])
                strict_1.default.ok(inside(r.location.uri), `related information outside the root: ${r.location.uri}`);
            strict_1.default.ok(!/Leaked Keynote|Secret Summit|root:x:0/.test(d.message), d.message);
        }
        for (const [u] of c.diagnostics)
            strict_1.default.ok(inside(u), `diagnostics published for a file outside the root: ${u}`);
        // Only the [[…]] references are judged (unresolved); links out of the workspace are not ours to judge.
        strict_1.default.deepEqual(diags.map((d) => d.code), ['unresolved-reference', 'unresolved-reference']);
    });
    (0, node_test_1.test)('a document outside the root that the editor has open is not a link target either', async () => {
        // The editor opened the sibling's note (a loose file: indexed from the editor's text, not read).
        const loose = (0, node_url_1.pathToFileURL)(path.join(sibling, 'secret.md')).href;
        await c.notify('textDocument/didOpen', { textDocument: { uri: loose, languageId: 'markdown', version: 1, text: SECRET } });
        try {
            const line = text.split('\n').findIndex((l) => l.includes('[sibling]'));
            const pos = { textDocument: { uri }, position: { line, character: text.split('\n')[line].indexOf('[sibling]') + 2 } };
            strict_1.default.deepEqual(await c.request('textDocument/definition', pos), []);
            strict_1.default.equal(await c.request('textDocument/hover', pos), null);
        }
        finally {
            await c.notify('textDocument/didClose', { textDocument: { uri: loose } });
        }
    });
    (0, node_test_1.test)('a tool file setting that points outside the workspace folder is not read', async (t) => {
        // The setting is per workspace folder: a workspace could point it anywhere.
        const toolFile = path.join(outside, 'tools.yaml');
        (0, node_fs_1.writeFileSync)(toolFile, 'tools:\n  - id: zorblax\n    name: Zorblax\n    category: other\n');
        (0, atime_1.markUnread)(toolFile);
        for (const setting of [path.relative(root, toolFile), toolFile]) {
            const s = await lsp_client_1.LspClient.start({ root, settings: { toolFile: setting } });
            try {
                await s.waitIndexed();
                strict_1.default.deepEqual(await s.request('infranotes/search', { query: 'zorblax', kinds: ['tool'] }), [], setting);
                const status = await s.request('infranotes/indexStatus');
                strict_1.default.deepEqual(status.skipped.filter((x) => x.uri.endsWith('/tools.yaml')), [{ uri: (0, node_url_1.pathToFileURL)(toolFile).href, reason: 'the tool file setting points outside the workspace folder: not read' }], setting);
            }
            finally {
                await s.stop();
            }
        }
        if ((0, atime_1.readsAreRecorded)(base))
            strict_1.default.ok(!(0, atime_1.wasRead)(toolFile), 'the tool file outside the workspace was read');
        else
            t.diagnostic('this file system does not record reads (noatime)');
    });
    (0, node_test_1.test)('nothing outside the root was read, nor indexed', async (t) => {
        if ((0, atime_1.readsAreRecorded)(base)) {
            strict_1.default.ok(!(0, atime_1.wasRead)(path.join(outside, 'secret.md')), 'the file behind the link out was read');
            strict_1.default.ok(!(0, atime_1.wasRead)(path.join(sibling, 'secret.md')), 'the sibling folder was read');
        }
        else
            t.diagnostic('this file system does not record reads (noatime): only the answers are checked');
        const symbols = await c.request('workspace/symbol', { query: 'Leaked Keynote' });
        strict_1.default.deepEqual(symbols.filter((s) => s.name === 'Leaked Keynote'), []);
        strict_1.default.ok((0, node_fs_1.readFileSync)(path.join(outside, 'secret.md'), 'utf8').includes('Leaked Keynote'), 'the test itself reads it last');
    });
});
//# sourceMappingURL=outside.test.js.map