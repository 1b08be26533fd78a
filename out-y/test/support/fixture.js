"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CURSOR = exports.ROOT = void 0;
exports.dedent = dedent;
exports.fixture = fixture;
exports.needCursor = needCursor;
// In-memory workspaces for the feature tests, written inline in the test:
//
//   //- /2024/hug-tokyo.md
//   # HUG Tokyo #18
//   ## テラフォーム$0のstateを分割した話
//   //- /.infranotes/tools.yaml
//   tools:
//     - id: shipit
//
// Every `//- /path` line starts a file of the workspace `file:///ws`. `$0` marks the cursor
// (at most once). `/.infranotes/tools.yaml` is the user's tool file. Each file's common
// indentation is removed.
const catalog_1 = require("../../server/src/core/catalog/catalog");
const user_tools_1 = require("../../server/src/core/catalog/user-tools");
const context_1 = require("../../server/src/core/features/context");
const text_1 = require("../../server/src/core/text");
exports.ROOT = 'file:///ws';
exports.CURSOR = '$0';
const TOOL_FILE = '/.infranotes/tools.yaml';
function dedent(src) {
    const lines = src.replace(/^\n/, '').replace(/\n[ \t]*$/, '').split('\n');
    const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)[0].length);
    const cut = indents.length ? Math.min(...indents) : 0;
    return lines.map((l) => l.slice(cut)).join('\n') + '\n';
}
function fixture(src, options = {}) {
    const files = new Map();
    let current = null;
    let buf = [];
    // Each file's body loses its own common indentation, so fixtures can be pasted together.
    const flush = () => {
        if (current !== null)
            files.set(current, dedent(buf.join('\n')).replace(/\n*$/, '\n'));
        buf = [];
    };
    for (const line of src.split('\n')) {
        const m = /^\s*\/\/- (\/\S(?:.*\S)?)\s*$/.exec(line);
        if (m) {
            flush();
            current = m[1];
        }
        else if (current !== null)
            buf.push(line);
        else if (line.trim())
            throw new Error(`fixture text before the first //- header: ${line}`);
    }
    flush();
    const uri = (p) => exports.ROOT + p.split('/').map((s) => encodeURIComponent(s)).join('/');
    let cursor = null;
    for (const [p, text] of files) {
        const at = text.indexOf(exports.CURSOR);
        if (at < 0)
            continue;
        if (cursor || text.indexOf(exports.CURSOR, at + 1) >= 0)
            throw new Error('more than one cursor marker');
        const clean = text.slice(0, at) + text.slice(at + exports.CURSOR.length);
        files.set(p, clean);
        cursor = { uri: uri(p), position: new text_1.LineTable(clean).positionAt(at) };
    }
    const toolText = files.get(TOOL_FILE);
    const user = toolText === undefined ? null : (0, user_tools_1.parseUserTools)(toolText, uri(TOOL_FILE));
    const ctx = new context_1.FeatureContext(catalog_1.Catalog.builtin(user?.tools ?? []));
    ctx.roots = [exports.ROOT];
    ctx.options = { hoverDetail: options.hoverDetail ?? 'full', locale: options.locale };
    if (user) {
        ctx.toolFiles = [{ uri: uri(TOOL_FILE), problems: user.problems }];
        ctx.setText(uri(TOOL_FILE), toolText);
    }
    for (const [p, text] of files) {
        if (p === TOOL_FILE)
            continue;
        ctx.updateNote({ uri: uri(p), text, plainText: !/\.(md|markdown)$/i.test(p) }, true);
    }
    const place = (u, range) => {
        const p = [...files.keys()].find((k) => uri(k) === u) ?? u;
        const text = files.get(p) ?? '';
        const table = new text_1.LineTable(text);
        const covered = range.start.line === range.end.line ? table.line(range.start.line).slice(range.start.character, range.end.character) : `${table.line(range.start.line).slice(range.start.character)}…`;
        return `${p}:${range.start.line + 1}: ${covered}`;
    };
    return { ctx, files, cursor, uri, place };
}
function needCursor(f) {
    if (!f.cursor)
        throw new Error('this check needs a $0 cursor in the fixture');
    return f.cursor;
}
//# sourceMappingURL=fixture.js.map