"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LEGEND = exports.TOKEN_MODIFIERS = exports.TOKEN_TYPES = void 0;
exports.semanticTokenList = semanticTokenList;
exports.semanticTokens = semanticTokens;
const at_position_1 = require("./at-position");
const resolve_reference_1 = require("./resolve-reference");
exports.TOKEN_TYPES = ['type', 'function', 'variable', 'namespace'];
exports.TOKEN_MODIFIERS = ['declaration', 'defaultLibrary'];
exports.LEGEND = { tokenTypes: [...exports.TOKEN_TYPES], tokenModifiers: [...exports.TOKEN_MODIFIERS] };
/** The tokens of a note, decoded (sorted, non-overlapping, single-line). */
function semanticTokenList(ctx, uri) {
    const note = ctx.index.note(uri);
    if (!note)
        return [];
    const { catalog } = ctx.index;
    const lines = (0, at_position_1.linesOf)(ctx, uri);
    const cands = [];
    const toolMods = (toolId) => (catalog.get(toolId)?.source === 'builtin' ? ['defaultLibrary'] : []);
    const { mentions } = note;
    for (let i = 0; i < mentions.length; i++)
        cands.push({ range: mentions.range(i), type: 'type', modifiers: toolMods(mentions.toolId(i)), priority: 3 });
    for (const event of note.events) {
        if (event.talks.length || event.date)
            cands.push({ range: event.nameRange, type: 'namespace', modifiers: ['declaration'], priority: 1 });
        for (const talk of event.talks) {
            const range = lines ? (0, at_position_1.titleSpan)(talk, lines[talk.titleRange.start.line] ?? '') : talk.titleRange;
            cands.push({ range, type: 'function', modifiers: ['declaration'], priority: 1 });
        }
    }
    for (const ref of note.references) {
        const r = (0, resolve_reference_1.resolveReference)(ctx, note, ref);
        if (r.kind === 'talks')
            cands.push({ range: ref.range, type: 'function', modifiers: [], priority: 1 });
        else if (r.kind === 'event')
            cands.push({ range: ref.range, type: 'namespace', modifiers: [], priority: 1 });
    }
    if (lines) {
        for (const s of (0, at_position_1.speakerSpans)(ctx, note, lines))
            cands.push({ range: s.range, type: 'variable', modifiers: [], priority: 2 });
        for (const s of (0, at_position_1.frontMatterToolSpans)(ctx, lines))
            if (s.toolId)
                cands.push({ range: s.range, type: 'type', modifiers: toolMods(s.toolId), priority: 3 });
    }
    return flatten(cands);
}
/** LSP's relative encoding: [deltaLine, deltaStart, length, type, modifier bits] per token. */
function semanticTokens(ctx, uri) {
    const data = [];
    let line = 0;
    let start = 0;
    for (const t of semanticTokenList(ctx, uri)) {
        const dl = t.line - line;
        data.push(dl, dl ? t.start : t.start - start, t.length, exports.TOKEN_TYPES.indexOf(t.type), t.modifiers.reduce((bits, m) => bits | (1 << exports.TOKEN_MODIFIERS.indexOf(m)), 0));
        line = t.line;
        start = t.start;
    }
    return { data };
}
function flatten(cands) {
    const byLine = new Map();
    for (const c of cands) {
        if (c.range.start.line !== c.range.end.line || c.range.end.character <= c.range.start.character)
            continue;
        const list = byLine.get(c.range.start.line) ?? [];
        list.push(c);
        byLine.set(c.range.start.line, list);
    }
    const out = [];
    for (const line of [...byLine.keys()].sort((a, b) => a - b)) {
        const list = byLine.get(line).sort((a, b) => b.priority - a.priority || a.range.start.character - b.range.start.character);
        const taken = [];
        const pieces = [];
        for (const c of list) {
            let parts = [[c.range.start.character, c.range.end.character]];
            for (const [ts, te] of taken) {
                parts = parts.flatMap(([s, e]) => {
                    if (te <= s || ts >= e)
                        return [[s, e]];
                    const keep = [];
                    if (ts > s)
                        keep.push([s, ts]);
                    if (te < e)
                        keep.push([te, e]);
                    return keep;
                });
            }
            for (const [s, e] of parts) {
                if (e <= s)
                    continue;
                taken.push([s, e]);
                pieces.push({ line, start: s, length: e - s, type: c.type, modifiers: c.modifiers });
            }
        }
        pieces.sort((a, b) => a.start - b.start);
        out.push(...pieces);
    }
    return out;
}
//# sourceMappingURL=semantic-tokens.js.map