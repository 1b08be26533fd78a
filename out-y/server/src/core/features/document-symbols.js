"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.documentSymbols = documentSymbols;
const text_1 = require("../text");
const markdown_escape_1 = require("./markdown-escape");
const types_1 = require("./types");
function documentSymbols(ctx, uri) {
    const note = ctx.index.note(uri);
    if (!note)
        return [];
    const out = [];
    for (const event of note.events) {
        const children = event.talks.map((talk) => ({
            name: (0, markdown_escape_1.displayText)(talk.title) || '(untitled talk)',
            detail: (0, markdown_escape_1.displayText)(talk.speakers.map((s) => (s.org ? `${s.name} (${s.org})` : s.name)).join(', ')),
            kind: types_1.SymbolKind.Function,
            range: talk.bodyRange,
            selectionRange: within(talk.titleRange, talk.bodyRange),
        }));
        // A note that names no talk, date or venue is not an event note: its title alone is no outline.
        if (!children.length && !event.date && !event.location)
            continue;
        out.push({
            name: (0, markdown_escape_1.displayText)(event.name) || '(untitled event)',
            detail: (0, markdown_escape_1.displayText)([event.date, event.location].filter(Boolean).join(' \u00b7 ')),
            kind: types_1.SymbolKind.Event,
            range: event.range,
            selectionRange: within(event.nameRange, event.range),
            children,
        });
    }
    return out;
}
/** LSP requires the selection range inside the range; clamp when the extractor's ranges disagree. */
function within(inner, outer) {
    if ((0, text_1.comparePositions)(inner.start, outer.start) >= 0 && (0, text_1.comparePositions)(inner.end, outer.end) <= 0)
        return inner;
    return { start: outer.start, end: outer.start };
}
//# sourceMappingURL=document-symbols.js.map