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
// Untrusted content, at the server: notes and a tool file full of command: and javascript: links,
// raw <img onerror> and <script>, a 2 MB data-URI image, and bidirectional controls (U+202E …)
// in titles, speaker names, event names, venues, tool names and file names.
//
// Markdown answers (hovers, the tool card) are rendered the way the most permissive client would
// (markdown-it with raw HTML and linkify on) and must produce no raw HTML, no image, and no link
// but file: links into the workspace and http(s) links. Every string of every answer (hovers in
// both formats, trees, search, workspace and document symbols, talkAt, completion, code actions,
// diagnostics, index status) must be free of bidirectional and control characters; every URI must
// be a file: URI in the workspace. Plain strings are shown as text by the client (never markdown).
const strict_1 = __importDefault(require("node:assert/strict"));
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const path = __importStar(require("node:path"));
const node_test_1 = require("node:test");
const node_url_1 = require("node:url");
const markdown_it_1 = __importDefault(require("markdown-it"));
const lsp_client_1 = require("../support/lsp-client");
const RLO = '\u202e';
const PDF = '\u202c';
const LRI = '\u2066';
const PDI = '\u2069';
const RLM = '\u200f';
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const DATA_URI = 'data:image/png;base64,' + 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='.repeat(Math.ceil((2 * 1024 * 1024) / 96));
const EVIL = [
    '---',
    `title: "Evil Con 2024 ${RLO}gnp.exe [x](command:workbench.action.quit)"`,
    'date: 2024-05-01',
    `location: "Hall <img src=x onerror=alert(1)> ${RLO}B"`,
    'tools: [Terraform, "<script>alert(1)</script>"]',
    '---',
    `# Evil Con 2024 <script>alert(1)</script> ${RLO}gnp.exe`,
    '',
    `## [Quit now](command:workbench.action.quit) Talk ${RLO}evil${PDF} - Mallory Jones (Acme ${LRI}Corp${PDI})`,
    '- Terraform is great. [click](javascript:alert(1)) <img src=x onerror=alert(1)> zapper',
    `- ![x](${DATA_URI})`,
    '',
    `## <img src=x onerror=alert(1)> Image Talk - Eve ${RLO}Adams (Initech)`,
    '- Vault and zipper. [[Evil Con 2024#Quit now]] [[Nope](command:workbench.action.quit)]]',
    '',
    `## Script <script>alert(1)</script> Title - Bob ${RLM}Lee (Globex)`,
    '- Kubernetes javascript:alert(1) command:workbench.action.quit <script>alert(1)</script>',
    '',
    '## [Safe](javascript:alert(1)) JS Title - Dan Ray (Hooli)',
    `- Consul ![y](data:image/svg+xml;base64,PHN2Zz48c2NyaXB0PmFsZXJ0KDEpPC9zY3JpcHQ+PC9zdmc+)`,
    `- [[Evil Con 2024 ${RLO}gnp.exe#Image Talk]]`,
    '',
].join('\n');
const TOOLS = [
    'tools:',
    '  - id: zap',
    `    name: "Zap ${RLO}exe.txt <script>alert(1)</script>"`,
    '    category: other',
    '    vendor: "<img src=x onerror=alert(1)>"',
    `    description: "[x](command:workbench.action.quit) ![y](data:image/png;base64,AAAA) <script>alert(1)</script> javascript:alert(1) <javascript:alert(1)> ${RLO}"`,
    '    homepage: "javascript:alert(1)"',
    '    aliases: [zapper]',
    '  - id: zip',
    '    name: Zip',
    '    category: other',
    '    homepage: "https://example.com/\\")[x](command:workbench.action.quit"',
    '    aliases: [zipper]',
    '',
].join('\n');
/** Every string in a JSON value, with where it is. */
function strings(value, at = '$', out = []) {
    if (typeof value === 'string')
        out.push([at, value]);
    else if (Array.isArray(value))
        value.forEach((v, i) => strings(v, `${at}[${i}]`, out));
    else if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value))
            strings(v, `${at}.${k}`, out);
    return out;
}
(0, node_test_1.describe)('untrusted note text in every answer', () => {
    let root;
    let c;
    let plain;
    const md = new markdown_it_1.default({ html: true, linkify: true });
    const collected = [];
    const markdowns = [];
    const inRoot = (u) => u.startsWith((0, node_url_1.pathToFileURL)(root).href + '/') || u === (0, node_url_1.pathToFileURL)(root).href;
    (0, node_test_1.before)(async () => {
        root = (0, node_fs_1.mkdtempSync)(path.join((0, node_os_1.tmpdir)(), 'infranotes-untrusted-'));
        (0, node_fs_1.mkdirSync)(path.join(root, '.infranotes'));
        (0, node_fs_1.writeFileSync)(path.join(root, '.infranotes/tools.yaml'), TOOLS);
        (0, node_fs_1.writeFileSync)(path.join(root, 'evil.md'), EVIL);
        // A file name with a bidirectional override in it.
        (0, node_fs_1.writeFileSync)(path.join(root, `notes ${RLO}dm.txt`), `# Quiet Meetup 2024\nDate: June 2, 2024\n\n## Zapper In Practice - Sam Lee (Initech)\n- zapper and zipper.\n- [[Evil Con 2024#Image Talk]]\n`);
        c = await lsp_client_1.LspClient.start({ root });
        plain = await lsp_client_1.LspClient.start({ root, capabilities: { ...lsp_client_1.FULL_CAPABILITIES, textDocument: { ...lsp_client_1.FULL_CAPABILITIES.textDocument, hover: { contentFormat: ['plaintext'] } } } });
        await Promise.all([c.waitIndexed(), plain.waitIndexed()]);
        const evilUri = await c.open('evil.md', EVIL);
        await plain.open('evil.md', EVIL);
        const lines = EVIL.split('\n');
        // Hover everywhere in the note (every other character; three places on the 2 MB line).
        for (let line = 0; line < lines.length; line++) {
            const len = lines[line].length;
            const chars = len > 1000 ? [0, 3, Math.floor(len / 2), len - 1] : Array.from({ length: Math.ceil((len + 1) / 2) }, (_, k) => 2 * k);
            for (const character of chars) {
                const position = { line, character };
                const [h, hp, talk, defs] = await Promise.all([
                    c.hover(evilUri, line, character),
                    plain.hover(evilUri, line, character),
                    c.request('infranotes/talkAt', { uri: evilUri, position }),
                    c.request('textDocument/definition', { textDocument: { uri: evilUri }, position }),
                ]);
                if (h)
                    markdowns.push({ what: `hover ${line}:${character}`, value: h.contents.value });
                collected.push({ what: `hover ${line}:${character}`, value: h }, { what: `plain hover ${line}:${character}`, value: hp }, { what: `talkAt ${line}:${character}`, value: talk }, { what: `definition ${line}:${character}`, value: defs });
            }
        }
        const toolTree = await c.request('infranotes/toolTree');
        collected.push({ what: 'eventTree', value: await c.request('infranotes/eventTree') }, { what: 'toolTree', value: toolTree }, { what: 'speakerTree', value: await c.request('infranotes/speakerTree') });
        for (const tool of toolTree.categories.flatMap((x) => x.tools)) {
            const card = await c.request('infranotes/toolCard', { toolId: tool.id });
            markdowns.push({ what: `toolCard ${tool.id}`, value: card.markdown });
            collected.push({ what: `toolCard ${tool.id}`, value: card });
        }
        for (const query of ['', 'evil', 'zap', 'quit', 'image', 'script', 'mallory', 'eve', 'adams', 'command', 'javascript', 'gnp']) {
            collected.push({ what: `search ${query}`, value: await c.request('infranotes/search', { query, limit: 500 }) });
            collected.push({ what: `workspace/symbol ${query}`, value: await c.request('workspace/symbol', { query }) });
        }
        collected.push({ what: 'documentSymbol', value: await c.request('textDocument/documentSymbol', { textDocument: { uri: evilUri } }) });
        // Completion inside a [[…]] and in front matter.
        const refLine = lines.findIndex((l) => l.startsWith('- Vault'));
        collected.push({ what: 'completion [[', value: await c.request('textDocument/completion', { textDocument: { uri: evilUri }, position: { line: refLine, character: lines[refLine].indexOf('[[') + 4 } }) });
        collected.push({ what: 'completion tools', value: await c.request('textDocument/completion', { textDocument: { uri: evilUri }, position: { line: 4, character: 9 } }) });
        const diags = await c.waitUntil(() => c.diagnostics.get(evilUri), 'diagnostics for evil.md');
        collected.push({ what: 'diagnostics', value: [...c.diagnostics] });
        collected.push({ what: 'codeAction', value: await c.request('textDocument/codeAction', { textDocument: { uri: evilUri }, range: { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } }, context: { diagnostics: diags } }) });
        collected.push({ what: 'indexStatus', value: await c.request('infranotes/indexStatus') });
    });
    (0, node_test_1.after)(async () => {
        await c?.stop();
        await plain?.stop();
        if (root)
            (0, node_fs_1.rmSync)(root, { recursive: true, force: true });
    });
    (0, node_test_1.test)('the hostile notes were read (the test looks at real answers)', () => {
        strict_1.default.ok(markdowns.some((m) => m.what.startsWith('hover')), 'some hovers');
        strict_1.default.ok(markdowns.some((m) => m.what === 'toolCard zap') && markdowns.some((m) => m.what === 'toolCard zip'));
        const titles = strings(collected.find((x) => x.what === 'eventTree').value).map(([, s]) => s);
        strict_1.default.ok(titles.some((s) => s.startsWith('Evil Con 2024')), 'the event is in the tree');
    });
    (0, node_test_1.test)('markdown answers render no HTML, no image, and no link but into the workspace or to http(s)', () => {
        for (const { what, value } of markdowns) {
            strict_1.default.ok(value.length < 100_000, `${what}: ${value.length} characters`);
            strict_1.default.ok(!/\]\(\s*<?\s*(command|javascript|data|vbscript):/i.test(value), `${what}: a link with a dangerous scheme: ${value}`);
            strict_1.default.ok(!/<\s*(command|javascript|data|vbscript):/i.test(value), `${what}: an autolink with a dangerous scheme: ${value}`);
            strict_1.default.ok(!/(^|[^\\])<\s*(img|script|svg|iframe)\b/i.test(value), `${what}: a raw tag: ${value}`);
            strict_1.default.ok(!/data:[a-z]+\/[a-z0-9+.-]+;base64/i.test(value), `${what}: a data URI: ${value.slice(0, 300)}`);
            const walk = (tokens) => {
                for (const tok of tokens) {
                    strict_1.default.ok(tok.type !== 'html_inline' && tok.type !== 'html_block', `${what}: raw HTML ${tok.content}`);
                    strict_1.default.ok(tok.type !== 'image', `${what}: an image`);
                    if (tok.type === 'link_open') {
                        const href = tok.attrGet('href') ?? '';
                        strict_1.default.ok(/^https?:/i.test(href) || (href.startsWith('file:') && inRoot(href.split('#')[0])), `${what}: a link to ${href}`);
                    }
                    if (tok.children)
                        walk(tok.children);
                }
            };
            walk(md.parse(value, {}));
        }
    });
    (0, node_test_1.test)('no string of any answer carries bidirectional or control characters; every URI is a file in the workspace', () => {
        for (const { what, value } of collected) {
            for (const [at, s] of strings(value)) {
                strict_1.default.ok(!BIDI.test(s), `${what} ${at}: a bidirectional control in ${JSON.stringify(s)}`);
                strict_1.default.ok(!CONTROL.test(s), `${what} ${at}: a control character in ${JSON.stringify(s)}`);
                if (/\.uri$|\.targetUri$/.test(at) || /^(file|command|javascript|data):/i.test(s))
                    strict_1.default.ok(inRoot(s), `${what} ${at}: ${s}`);
            }
        }
    });
    (0, node_test_1.test)('the homepages: javascript: is dropped, a quote or a bracket cannot break out of the link', () => {
        const zap = markdowns.find((m) => m.what === 'toolCard zap').value;
        const zip = markdowns.find((m) => m.what === 'toolCard zip').value;
        strict_1.default.ok(!/javascript/i.test(md.render(zap).match(/href="[^"]*"/g)?.join(' ') ?? ''));
        const hrefs = [...md.render(zip).matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
        // One link to the homepage, its quote and brackets percent-encoded inside it: no second link after it.
        strict_1.default.deepEqual(hrefs.filter((h) => !h.startsWith('file:')), ['https://example.com/%22%29%5Bx%5D%28command:workbench.action.quit']);
    });
});
//# sourceMappingURL=untrusted.test.js.map