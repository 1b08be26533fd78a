"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.USER_TOOL_FILES = void 0;
exports.parseUserTools = parseUserTools;
const libraries_1 = require("../libraries");
const text_1 = require("../text");
/** Where users keep their tools, relative to a workspace folder. */
exports.USER_TOOL_FILES = ['.infranotes/tools.yaml', '.infranotes/tools.yml'];
const FIELDS = ['name', 'category', 'vendor', 'homepage', 'description'];
function parseUserTools(text, uri) {
    const table = new text_1.LineTable(text);
    const problems = [];
    const tools = [];
    const rangeOf = (node) => {
        const r = node?.range;
        return r ? table.range(r[0], r[1]) : table.range(0, 0);
    };
    const { isMap, isSeq, parseDocument } = (0, libraries_1.yaml)();
    const doc = parseDocument(text, { prettyErrors: false });
    for (const e of doc.errors)
        problems.push({ range: table.range(e.pos[0], e.pos[1]), message: `Tool file is not valid YAML: ${e.message.split('\n')[0]}` });
    const root = doc.contents;
    const list = isMap(root) ? root.get('tools', true) : isSeq(root) ? root : null;
    if (!isSeq(list)) {
        if (!doc.errors.length)
            problems.push({ range: table.range(0, 0), message: 'Tool file needs a `tools:` list.' });
        return { tools, problems };
    }
    for (const item of list.items) {
        if (!isMap(item)) {
            problems.push({ range: rangeOf(item), message: 'Each tool is a mapping with at least `id`.' });
            continue;
        }
        const value = item.toJSON();
        const id = typeof value['id'] === 'string' ? value['id'].trim() : '';
        if (!id) {
            problems.push({ range: rangeOf(item), message: 'A tool needs an `id` (for example `id: shipit`).' });
            continue;
        }
        const entry = { id };
        for (const f of FIELDS)
            if (typeof value[f] === 'string')
                entry[f] = value[f];
        if (Array.isArray(value['aliases']))
            entry.aliases = value['aliases'].filter((a) => typeof a === 'string' && !!a.trim());
        if (Array.isArray(value['context']))
            entry.context = value['context'].filter((a) => typeof a === 'string');
        const idNode = item.get('id', true);
        const r = idNode?.range ?? item.range;
        const range = r ? table.range(r[0], r[1]) : table.range(0, 0);
        // Go to definition lands on the whole line of `id:`.
        tools.push({ entry, uri, range: { start: { line: range.start.line, character: 0 }, end: { line: range.start.line, character: table.line(range.start.line).length } } });
    }
    return { tools, problems };
}
//# sourceMappingURL=user-tools.js.map