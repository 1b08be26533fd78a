"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.codeActions = codeActions;
exports.suggestions = suggestions;
exports.similarity = similarity;
const text_1 = require("../text");
const diagnostics_1 = require("./diagnostics");
const markdown_escape_1 = require("./markdown-escape");
const resolve_reference_1 = require("./resolve-reference");
const MAX_FIXES = 3;
function codeActions(ctx, uri, range) {
    const note = ctx.index.note(uri);
    if (!note)
        return [];
    const text = ctx.text(uri);
    const lines = text?.split(/\r\n|\r|\n/);
    const out = [];
    const diags = (0, diagnostics_1.diagnostics)(ctx, uri).filter((d) => d.code === diagnostics_1.UNRESOLVED);
    for (const ref of note.references) {
        if (ref.kind !== 'wiki' || !overlaps(ref.range, range))
            continue;
        if ((0, resolve_reference_1.resolveReference)(ctx, note, ref).kind !== 'unresolved')
            continue;
        const diag = diags.filter((d) => d.range.start.line === ref.range.start.line && d.range.start.character === ref.range.start.character);
        // Keep what the user wrote after '|' (a display text).
        const raw = lines?.[ref.range.start.line]?.slice(ref.range.start.character + 2, ref.range.end.character - 2) ?? ref.text;
        const bar = raw.indexOf('|');
        const alias = bar >= 0 ? raw.slice(bar) : '';
        suggestions(ctx, ref).forEach((s, i) => {
            out.push({
                title: (0, markdown_escape_1.displayText)(`Change to [[${s}]]`),
                kind: 'quickfix',
                isPreferred: i === 0,
                diagnostics: diag,
                edit: { changes: { [uri]: [{ range: ref.range, newText: (0, markdown_escape_1.displayText)(`[[${s}${alias}]]`) }] } },
            });
        });
    }
    return out;
}
/** What an unresolved reference most likely meant, best first, as `Event#Talk` (or an event name). */
function suggestions(ctx, ref) {
    const { index } = ctx;
    const wantTalk = ref.target.talk ?? ref.text;
    const wantEvent = ref.target.event ? (0, text_1.nameKey)(ref.target.event) : '';
    const q = (0, text_1.nameKey)(wantTalk);
    const whole = (0, text_1.nameKey)(ref.text);
    const scored = [];
    for (const { talk, event } of index.talks()) {
        let score = Math.max(similarity(q, (0, text_1.nameKey)(talk.title)), similarity(whole, (0, text_1.nameKey)(talk.title)));
        if (wantEvent)
            score = 0.75 * score + 0.25 * similarity(wantEvent, (0, text_1.nameKey)(event.name));
        if (score <= 0.1)
            continue;
        const text = talk.title.includes('#') ? talk.title : `${event.name}#${talk.title}`;
        scored.push({ text, score });
    }
    if (!ref.target.event) {
        for (const { event } of index.events()) {
            if (!event.talks.length)
                continue;
            const score = similarity(q, (0, text_1.nameKey)(event.name));
            if (score > 0.1)
                scored.push({ text: event.name, score });
        }
    }
    scored.sort((a, b) => b.score - a.score || a.text.localeCompare(b.text));
    const seen = new Set();
    const out = [];
    for (const s of scored) {
        if (seen.has(s.text))
            continue;
        seen.add(s.text);
        out.push(s.text);
        if (out.length >= MAX_FIXES)
            break;
    }
    return out;
}
/** Dice coefficient over character bigrams (single characters for very short keys); script-neutral. */
function similarity(a, b) {
    if (!a || !b)
        return 0;
    if (a === b)
        return 1;
    const grams = (s) => {
        const m = new Map();
        const chars = [...s];
        if (chars.length < 2)
            m.set(s, 1);
        for (let i = 0; i + 1 < chars.length; i++) {
            const g = chars[i] + chars[i + 1];
            m.set(g, (m.get(g) ?? 0) + 1);
        }
        return m;
    };
    const x = grams(a);
    const y = grams(b);
    let inter = 0;
    let nx = 0;
    let ny = 0;
    for (const v of x.values())
        nx += v;
    for (const v of y.values())
        ny += v;
    for (const [g, v] of x)
        inter += Math.min(v, y.get(g) ?? 0);
    return (2 * inter) / (nx + ny);
}
function overlaps(a, b) {
    const before = (p, q) => p.line < q.line || (p.line === q.line && p.character < q.character);
    return !before(a.end, b.start) && !before(b.end, a.start);
}
//# sourceMappingURL=code-actions.js.map