"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.completion = completion;
const text_1 = require("../text");
const at_position_1 = require("./at-position");
const markdown_escape_1 = require("./markdown-escape");
const hover_1 = require("./hover");
const resolve_reference_1 = require("./resolve-reference");
const search_1 = require("./search");
const types_1 = require("./types");
const LIMIT = 200;
const EMPTY = { items: [], isIncomplete: false };
function completion(ctx, uri, pos) {
    const lines = (0, at_position_1.linesOf)(ctx, uri);
    if (!lines)
        return EMPTY;
    const line = lines[pos.line] ?? '';
    const before = line.slice(0, pos.character);
    if (ctx.isToolFile(uri))
        return toolFileCompletion(ctx, before, pos);
    const wiki = wikiCompletion(ctx, line, before, pos);
    if (wiki)
        return wiki;
    return frontMatterCompletion(ctx, lines, before, pos) ?? EMPTY;
}
function wikiCompletion(ctx, line, before, pos) {
    const open = before.lastIndexOf('[[');
    if (open < 0 || before.indexOf(']]', open) >= 0)
        return null;
    const inner = before.slice(open + 2);
    if (inner.includes('|') || inner.includes('['))
        return null;
    const after = line.slice(pos.character);
    const close = after.startsWith(']]') ? '' : ']]';
    const hash = inner.lastIndexOf('#');
    const { index } = ctx;
    const scored = [];
    // `[[HashiCorp User Group Tokyo #` may still be an event name being typed: only an event
    // that exists makes the '#' a separator.
    if (hash >= 0 && index.eventsNamed(inner.slice(0, hash).trim()).length) {
        const eventName = inner.slice(0, hash).trim();
        const typed = inner.slice(hash + 1);
        const range = lineSpan(pos.line, open + 2 + hash + 1, pos.character);
        const q = fold(typed);
        for (const { event } of index.eventsNamed(eventName)) {
            for (const talk of event.talks) {
                const score = (0, search_1.matchScore)(q, fold(talk.title));
                if (score <= 0)
                    continue;
                scored.push({
                    item: {
                        label: talk.title,
                        kind: types_1.CompletionItemKind.Function,
                        detail: talk.speakers.map((s) => s.name).join(', '),
                        filterText: typed.startsWith(' ') ? ' ' + talk.title : talk.title,
                        textEdit: { range, newText: talk.title + close },
                    },
                    score,
                    date: event.date,
                });
            }
        }
        return finish(scored);
    }
    const range = lineSpan(pos.line, open + 2, pos.character);
    const q = fold(inner);
    for (const { event } of index.events()) {
        if (!event.talks.length && !event.date)
            continue;
        const score = (0, search_1.matchScore)(q, fold(event.name));
        if (score <= 0)
            continue;
        scored.push({
            item: {
                label: event.name,
                kind: types_1.CompletionItemKind.Event,
                detail: [event.date, event.location, `${event.talks.length} talks`].filter(Boolean).join(' \u00b7 '),
                filterText: event.name,
                textEdit: { range, newText: event.name + close },
            },
            score: score + 1,
            date: event.date,
        });
    }
    for (const { talk, event } of index.talks()) {
        const score = Math.max((0, search_1.matchScore)(q, fold(talk.title)), 0.9 * (0, search_1.matchScore)(q, fold(`${event.name}#${talk.title}`)));
        if (score <= 0)
            continue;
        // A title used by more than one talk needs its event to stay unambiguous; so does a title with '#'.
        const ambiguous = index.talksTitled(talk.title).length > 1 || talk.title.includes('#');
        const insert = ambiguous && !talk.title.includes('#') ? `${event.name}#${talk.title}` : talk.title;
        scored.push({
            item: {
                label: talk.title,
                kind: types_1.CompletionItemKind.Function,
                detail: [event.name, event.date].filter(Boolean).join(' \u00b7 '),
                documentation: talk.speakers.map((s) => (s.org ? `${s.name} (${s.org})` : s.name)).join(', ') || undefined,
                filterText: insert === talk.title ? talk.title : `${talk.title} ${event.name}`,
                textEdit: { range, newText: insert + close },
            },
            score,
            date: event.date,
        });
    }
    return finish(scored);
}
function frontMatterCompletion(ctx, lines, before, pos) {
    const block = (0, at_position_1.frontMatterBlock)(lines);
    if (!block || pos.line <= block.start || pos.line >= block.end)
        return null;
    // On the `tools:` line itself, or on a `- item` line under it.
    let inTools = /^tools\s*:/.test(lines[pos.line]);
    if (!inTools && /^\s*-\s*/.test(lines[pos.line])) {
        for (let l = pos.line - 1; l > block.start; l--) {
            if (/^\s*-/.test(lines[l]) || !lines[l].trim())
                continue;
            inTools = /^tools\s*:/.test(lines[l]);
            break;
        }
    }
    if (!inTools)
        return null;
    const m = /[^,\[\]:\-\s][^,\[\]:]*$/.exec(before);
    const typed = m ? m[0] : '';
    const start = pos.character - typed.length;
    const listed = new Set((0, at_position_1.frontMatterToolSpans)(ctx, lines).filter((s) => s.range.start.line !== pos.line || s.range.end.character < start).map((s) => s.toolId));
    return toolItems(ctx, typed, lineSpan(pos.line, start, pos.character), (id) => !listed.has(id), 'name');
}
function toolFileCompletion(ctx, before, pos) {
    const id = /^(\s*(?:-\s+)?id\s*:\s*)(\S*)$/.exec(before);
    if (id)
        return toolItems(ctx, id[2], lineSpan(pos.line, id[1].length, pos.character), (toolId) => ctx.index.catalog.get(toolId)?.source === 'builtin', 'id');
    const cat = /^(\s*(?:-\s+)?category\s*:\s*)(\S*)$/.exec(before);
    if (cat) {
        const categories = new Set(Object.keys(hover_1.CATEGORY_LABELS));
        // The built-in catalog's categories (a user's entry being typed must not suggest itself).
        for (const t of ctx.index.catalog.all())
            if (t.source === 'builtin')
                categories.add(t.category);
        const range = lineSpan(pos.line, cat[1].length, pos.character);
        const q = fold(cat[2]);
        const scored = [...categories]
            .map((c) => ({ c, score: Math.max((0, search_1.matchScore)(q, fold(c)), 0.9 * (0, search_1.matchScore)(q, fold(hover_1.CATEGORY_LABELS[c] ?? ''))) }))
            .filter((x) => x.score > 0)
            .map(({ c, score }) => ({ item: { label: c, kind: types_1.CompletionItemKind.EnumMember, detail: hover_1.CATEGORY_LABELS[c], textEdit: { range, newText: c } }, score, date: null }));
        return finish(scored);
    }
    return EMPTY;
}
function toolItems(ctx, typed, range, keep, insert) {
    const { catalog } = ctx.index;
    const mentioned = new Map(ctx.index.mentionedTools().map((t) => [t.toolId, t.count]));
    const q = fold(typed);
    const scored = [];
    for (const tool of catalog.all()) {
        if (!keep(tool.id))
            continue;
        const aliases = catalog.aliasesOf(tool);
        let score = Math.max((0, search_1.matchScore)(q, fold(tool.name)), (0, search_1.matchScore)(q, fold(tool.id)));
        for (const a of aliases)
            score = Math.max(score, 0.95 * (0, search_1.matchScore)(q, fold(a)));
        if (score <= 0)
            continue;
        const text = insert === 'id' ? tool.id : /[,\[\]#:]/.test(tool.name) ? JSON.stringify(tool.name) : tool.name;
        // Tools the notes already mention come first among equals.
        const count = mentioned.get(tool.id) ?? 0;
        scored.push({
            item: {
                label: insert === 'id' ? tool.id : tool.name,
                kind: types_1.CompletionItemKind.Module,
                detail: [hover_1.CATEGORY_LABELS[tool.category] ?? tool.category, tool.vendor].filter(Boolean).join(' \u00b7 '),
                documentation: tool.description || undefined,
                // Any spelling finds the tool: typing 테라 or テラ offers Terraform.
                filterText: [tool.name, ...aliases, tool.id].join(' '),
                textEdit: { range, newText: text },
            },
            score: score + Math.min(5, Math.log2(1 + count)),
            date: null,
        });
    }
    return finish(scored);
}
function finish(scored) {
    scored.sort((a, b) => b.score - a.score || (0, resolve_reference_1.compareDatesDesc)(a.date, b.date) || a.item.label.localeCompare(b.item.label));
    const items = scored.slice(0, LIMIT).map((s, i) => ({ ...clean(s.item), sortText: String(i).padStart(4, '0') }));
    return { items, isIncomplete: scored.length > LIMIT };
}
/** What a completion shows and inserts, without bidirectional or control characters from notes. */
function clean(item) {
    const out = { ...item, label: (0, markdown_escape_1.displayText)(item.label) };
    if (typeof out.detail === 'string')
        out.detail = (0, markdown_escape_1.displayText)(out.detail);
    if (typeof out.documentation === 'string')
        out.documentation = (0, markdown_escape_1.displayText)(out.documentation);
    if (typeof out.filterText === 'string')
        out.filterText = (0, markdown_escape_1.displayText)(out.filterText);
    if (out.textEdit)
        out.textEdit = { ...out.textEdit, newText: (0, markdown_escape_1.displayText)(out.textEdit.newText) };
    return out;
}
function lineSpan(line, from, to) {
    return { start: { line, character: from }, end: { line, character: to } };
}
function fold(s) {
    return (0, text_1.nameKey)(s);
}
//# sourceMappingURL=completion.js.map