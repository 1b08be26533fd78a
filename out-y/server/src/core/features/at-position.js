"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.targetAt = targetAt;
exports.linesOf = linesOf;
exports.titleSpan = titleSpan;
exports.speakerSpans = speakerSpans;
exports.frontMatterToolSpans = frontMatterToolSpans;
exports.frontMatterBlock = frontMatterBlock;
// What sits at a position in a note: a tool mention, a talk reference, a talk title,
// a speaker's name, an event name, a tool in front matter, or a tool in the user's tool file.
// Every position-based feature (hover, definition, references, talkAt) starts here.
const catalog_1 = require("../catalog/catalog");
const text_1 = require("../text");
const workspace_index_1 = require("../workspace-index");
function targetAt(ctx, uri, pos) {
    if (ctx.isToolFile(uri))
        return toolFileTargetAt(ctx, uri, pos);
    const note = ctx.index.note(uri);
    if (!note)
        return null;
    for (const ref of note.references) {
        if (!(0, text_1.rangeContains)(ref.range, pos))
            continue;
        // `[[Terraform]]`: a wiki link to a tool's page is that tool's mention (the extractor counts it as one).
        if (note.mentions.indexAt(pos) >= 0 && (0, catalog_1.wikiLinkNamesTool)(ref, ctx.index.catalog))
            break;
        return { kind: 'reference', ref, note, range: ref.range };
    }
    // A mention under the cursor; one that ends right at the cursor when nothing starts there.
    const mention = note.mentions.indexAt(pos);
    if (mention >= 0)
        return { kind: 'tool', toolId: note.mentions.toolId(mention), range: note.mentions.range(mention) };
    // The text is split into lines only past this point (a large open note's first hover after an edit).
    const lines = linesOf(ctx, uri);
    if (lines) {
        for (const s of speakerSpans(ctx, note, lines, pos.line))
            if ((0, text_1.rangeContains)(s.range, pos))
                return { kind: 'speaker', key: s.key, name: s.name, talk: s.talk, range: s.range };
    }
    for (const event of note.events) {
        for (const talk of event.talks) {
            if (talk.titleRange.start.line !== pos.line)
                continue;
            const range = lines ? titleSpan(talk, lines[pos.line] ?? '') : talk.titleRange;
            const entry = ctx.index.talk(talk.id);
            if (entry && (0, text_1.rangeContains)(range, pos))
                return { kind: 'talk', talk: entry, range };
        }
        if ((0, text_1.rangeContains)(event.nameRange, pos) && event.nameRange.end.character > event.nameRange.start.character) {
            return { kind: 'event', event: { event, note }, range: event.nameRange };
        }
    }
    if (lines) {
        const fm = frontMatterToolAt(ctx, lines, pos);
        if (fm)
            return fm;
    }
    return null;
}
/** The note's lines, when the context holds its text. */
function linesOf(ctx, uri) {
    const text = ctx.text(uri);
    if (text === undefined)
        return null;
    const cached = lineCache.get(uri);
    if (cached && cached.text === text)
        return cached.lines;
    const lines = text.split(/\r\n|\r|\n/);
    lineCache.set(uri, { text, lines });
    if (lineCache.size > 64)
        lineCache.delete(lineCache.keys().next().value);
    return lines;
}
const lineCache = new Map();
/** Where the title itself sits on its line (a heading may go on with " - Speaker (Org)"). */
function titleSpan(talk, lineText) {
    const { start, end } = talk.titleRange;
    const segment = lineText.slice(start.character, end.character);
    const at = segment.indexOf(talk.title);
    if (at >= 0) {
        return { start: { line: start.line, character: start.character + at }, end: { line: start.line, character: start.character + at + talk.title.length } };
    }
    return talk.titleRange;
}
/**
 * Where speakers' names are written: after the title on the title line, on the first two
 * non-blank lines under the title, and on timetable lines that point at the talk.
 * `onlyLine` restricts the search to one line.
 */
function speakerSpans(ctx, note, lines, onlyLine) {
    const out = [];
    const talkLines = new Set();
    for (const e of note.events)
        for (const t of e.talks)
            talkLines.add(t.titleRange.start.line);
    const push = (talk, line, from) => {
        if (onlyLine !== undefined && line !== onlyLine)
            return;
        const text = lines[line] ?? '';
        for (const sp of talk.talk.speakers) {
            if (!sp.name)
                continue;
            const at = text.indexOf(sp.name, from);
            if (at < 0)
                continue;
            out.push({ key: (0, workspace_index_1.speakerKey)(sp.name), name: sp.name, talk, range: { start: { line, character: at }, end: { line, character: at + sp.name.length } } });
        }
    };
    for (const e of note.events) {
        for (const t of e.talks) {
            const entry = ctx.index.talk(t.id);
            if (!entry || !t.speakers.length)
                continue;
            const line = t.titleRange.start.line;
            push(entry, line, titleSpan(t, lines[line] ?? '').end.character);
            let seen = 0;
            for (let l = line + 1; l <= t.bodyRange.end.line && seen < 2 && l < lines.length; l++) {
                if (talkLines.has(l))
                    break;
                if (!lines[l].trim())
                    continue;
                seen++;
                push(entry, l, 0);
            }
        }
    }
    for (const ref of note.references) {
        if (ref.kind !== 'agenda' || !ref.target.talk)
            continue;
        const key = (0, text_1.nameKey)(ref.target.talk);
        const talk = note.events.flatMap((e) => e.talks).find((t) => (0, text_1.nameKey)(t.title) === key);
        const entry = talk && ctx.index.talk(talk.id);
        if (entry)
            push(entry, ref.range.start.line, ref.range.end.character);
    }
    // One span per place (a name may be found twice through two talks of one line).
    const seen = new Set();
    return out.filter((s) => {
        const k = `${s.range.start.line}:${s.range.start.character}`;
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}
/** Tools listed in front matter: `tools: [Terraform, Vault]`, `tools: a, b`, or a `- item` list. */
function frontMatterToolSpans(ctx, lines) {
    const out = [];
    const block = frontMatterBlock(lines);
    if (!block)
        return out;
    let inTools = false;
    for (let l = block.start + 1; l < block.end; l++) {
        const line = lines[l];
        const key = /^([A-Za-z_][\w-]*)\s*:(.*)$/.exec(line);
        if (key) {
            inTools = key[1] === 'tools';
            if (inTools)
                collectItems(ctx, line, line.length - key[2].length, l, out);
            continue;
        }
        const item = /^(\s*-\s+)(.*)$/.exec(line);
        if (inTools && item)
            collectItems(ctx, line, item[1].length, l, out);
        else if (line.trim() && !/^\s/.test(line))
            inTools = false;
    }
    return out;
}
function frontMatterBlock(lines) {
    if (lines[0]?.trim() !== '---')
        return null;
    for (let i = 1; i < lines.length; i++)
        if (/^(---|\.\.\.)\s*$/.test(lines[i]))
            return { start: 0, end: i };
    return null;
}
function collectItems(ctx, line, from, l, out) {
    const re = /[^,\[\]"'#]+/g;
    re.lastIndex = from;
    for (let m = re.exec(line); m; m = re.exec(line)) {
        const raw = m[0];
        const text = raw.trim();
        if (!text)
            continue;
        const at = m.index + raw.indexOf(text);
        out.push({ toolId: ctx.index.catalog.lookup(text)?.id ?? null, text, range: { start: { line: l, character: at }, end: { line: l, character: at + text.length } } });
    }
}
function frontMatterToolAt(ctx, lines, pos) {
    for (const s of frontMatterToolSpans(ctx, lines)) {
        if (s.toolId && (0, text_1.rangeContains)(s.range, pos))
            return { kind: 'tool', toolId: s.toolId, range: s.range };
    }
    return null;
}
/** In a tool file: the tool whose entry holds the position (from its `id:` line to the next entry). */
function toolFileTargetAt(ctx, uri, pos) {
    const defs = ctx.index.catalog
        .all()
        .filter((t) => t.definition?.uri === uri)
        .sort((a, b) => a.definition.range.start.line - b.definition.range.start.line);
    let found;
    for (const t of defs)
        if (t.definition.range.start.line <= pos.line)
            found = t;
    if (!found)
        return null;
    const lines = linesOf(ctx, uri);
    // Only within the entry's own lines: stop at a blank line or a comment after the entry.
    if (lines) {
        for (let l = found.definition.range.start.line + 1; l <= pos.line; l++) {
            if (/^\s*-\s/.test(lines[l]) || /^\S/.test(lines[l]))
                return null;
        }
    }
    return { kind: 'tool', toolId: found.id, range: found.definition.range };
}
//# sourceMappingURL=at-position.js.map