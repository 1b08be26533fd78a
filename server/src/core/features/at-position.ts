// What sits at a position in a note: a tool mention, a talk reference, a talk title,
// a speaker's name, an event name, a tool in front matter, or a tool in the user's tool file.
// Every position-based feature (hover, definition, references, talkAt) starts here.
import { wikiLinkNamesTool } from '../catalog/catalog';
import type { Position, Range, Talk, TalkReference } from '../model';
import { nameKey, rangeContains } from '../text';
import { speakerKey, type StoredNote, type TalkEntry } from '../workspace-index';
import type { FeatureContext } from './context';
import type { EventEntry } from './resolve-reference';

export type Target =
  | { kind: 'tool'; toolId: string; range: Range }
  | { kind: 'reference'; ref: TalkReference; note: StoredNote; range: Range }
  | { kind: 'talk'; talk: TalkEntry; range: Range }
  | { kind: 'speaker'; key: string; name: string; talk: TalkEntry; range: Range }
  | { kind: 'event'; event: EventEntry; range: Range };

export function targetAt(ctx: FeatureContext, uri: string, pos: Position): Target | null {
  if (ctx.isToolFile(uri)) return toolFileTargetAt(ctx, uri, pos);
  const note = ctx.index.note(uri);
  if (!note) return null;

  for (const ref of note.references) {
    if (!rangeContains(ref.range, pos)) continue;
    // `[[Terraform]]`: a wiki link to a tool's page is that tool's mention (the extractor counts it as one).
    if (note.mentions.indexAt(pos) >= 0 && wikiLinkNamesTool(ref, ctx.index.catalog)) break;
    return { kind: 'reference', ref, note, range: ref.range };
  }
  // A mention under the cursor; one that ends right at the cursor when nothing starts there.
  const mention = note.mentions.indexAt(pos);
  if (mention >= 0) return { kind: 'tool', toolId: note.mentions.toolId(mention), range: note.mentions.range(mention) };
  // The text is split into lines only past this point (a large open note's first hover after an edit).
  const lines = linesOf(ctx, uri);
  if (lines) {
    for (const s of speakerSpans(ctx, note, lines, pos.line)) if (rangeContains(s.range, pos)) return { kind: 'speaker', key: s.key, name: s.name, talk: s.talk, range: s.range };
  }
  for (const event of note.events) {
    for (const talk of event.talks) {
      if (talk.titleRange.start.line !== pos.line) continue;
      const range = lines ? titleSpan(talk, lines[pos.line] ?? '') : talk.titleRange;
      const entry = ctx.index.talk(talk.id);
      if (entry && rangeContains(range, pos)) return { kind: 'talk', talk: entry, range };
    }
    if (rangeContains(event.nameRange, pos) && event.nameRange.end.character > event.nameRange.start.character) {
      return { kind: 'event', event: { event, note }, range: event.nameRange };
    }
  }
  if (lines) {
    const fm = frontMatterToolAt(ctx, lines, pos);
    if (fm) return fm;
  }
  return null;
}

/** The note's lines, when the context holds its text. */
export function linesOf(ctx: FeatureContext, uri: string): string[] | null {
  const text = ctx.text(uri);
  if (text === undefined) return null;
  const cached = lineCache.get(uri);
  if (cached && cached.text === text) return cached.lines;
  const lines = text.split(/\r\n|\r|\n/);
  lineCache.set(uri, { text, lines });
  if (lineCache.size > 64) lineCache.delete(lineCache.keys().next().value!);
  return lines;
}
const lineCache = new Map<string, { text: string; lines: string[] }>();

/** Where the title itself sits on its line (a heading may go on with " - Speaker (Org)"). */
export function titleSpan(talk: Talk, lineText: string): Range {
  const { start, end } = talk.titleRange;
  const segment = lineText.slice(start.character, end.character);
  const at = segment.indexOf(talk.title);
  if (at >= 0) {
    return { start: { line: start.line, character: start.character + at }, end: { line: start.line, character: start.character + at + talk.title.length } };
  }
  return talk.titleRange;
}

export interface SpeakerSpan {
  key: string;
  name: string;
  talk: TalkEntry;
  range: Range;
}

/**
 * Where speakers' names are written: after the title on the title line, on the first two
 * non-blank lines under the title, and on timetable lines that point at the talk.
 * `onlyLine` restricts the search to one line.
 */
export function speakerSpans(ctx: FeatureContext, note: StoredNote, lines: string[], onlyLine?: number): SpeakerSpan[] {
  const out: SpeakerSpan[] = [];
  const talkLines = new Set<number>();
  for (const e of note.events) for (const t of e.talks) talkLines.add(t.titleRange.start.line);
  const push = (talk: TalkEntry, line: number, from: number) => {
    if (onlyLine !== undefined && line !== onlyLine) return;
    const text = lines[line] ?? '';
    for (const sp of talk.talk.speakers) {
      if (!sp.name) continue;
      const at = text.indexOf(sp.name, from);
      if (at < 0) continue;
      out.push({ key: speakerKey(sp.name), name: sp.name, talk, range: { start: { line, character: at }, end: { line, character: at + sp.name.length } } });
    }
  };
  for (const e of note.events) {
    for (const t of e.talks) {
      const entry = ctx.index.talk(t.id);
      if (!entry || !t.speakers.length) continue;
      const line = t.titleRange.start.line;
      push(entry, line, titleSpan(t, lines[line] ?? '').end.character);
      let seen = 0;
      for (let l = line + 1; l <= t.bodyRange.end.line && seen < 2 && l < lines.length; l++) {
        if (talkLines.has(l)) break;
        if (!lines[l].trim()) continue;
        seen++;
        push(entry, l, 0);
      }
    }
  }
  for (const ref of note.references) {
    if (ref.kind !== 'agenda' || !ref.target.talk) continue;
    const key = nameKey(ref.target.talk);
    const talk = note.events.flatMap((e) => e.talks).find((t) => nameKey(t.title) === key);
    const entry = talk && ctx.index.talk(talk.id);
    if (entry) push(entry, ref.range.start.line, ref.range.end.character);
  }
  // One span per place (a name may be found twice through two talks of one line).
  const seen = new Set<string>();
  return out.filter((s) => {
    const k = `${s.range.start.line}:${s.range.start.character}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Tools listed in front matter: `tools: [Terraform, Vault]`, `tools: a, b`, or a `- item` list. */
export function frontMatterToolSpans(ctx: FeatureContext, lines: string[]): Array<{ toolId: string | null; text: string; range: Range }> {
  const out: Array<{ toolId: string | null; text: string; range: Range }> = [];
  const block = frontMatterBlock(lines);
  if (!block) return out;
  let inTools = false;
  for (let l = block.start + 1; l < block.end; l++) {
    const line = lines[l];
    const key = /^([A-Za-z_][\w-]*)\s*:(.*)$/.exec(line);
    if (key) {
      inTools = key[1] === 'tools';
      if (inTools) collectItems(ctx, line, line.length - key[2].length, l, out);
      continue;
    }
    const item = /^(\s*-\s+)(.*)$/.exec(line);
    if (inTools && item) collectItems(ctx, line, item[1].length, l, out);
    else if (line.trim() && !/^\s/.test(line)) inTools = false;
  }
  return out;
}

export function frontMatterBlock(lines: string[]): { start: number; end: number } | null {
  if (lines[0]?.trim() !== '---') return null;
  for (let i = 1; i < lines.length; i++) if (/^(---|\.\.\.)\s*$/.test(lines[i])) return { start: 0, end: i };
  return null;
}

function collectItems(ctx: FeatureContext, line: string, from: number, l: number, out: Array<{ toolId: string | null; text: string; range: Range }>): void {
  const re = /[^,\[\]"'#]+/g;
  re.lastIndex = from;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const raw = m[0];
    const text = raw.trim();
    if (!text) continue;
    const at = m.index + raw.indexOf(text);
    out.push({ toolId: ctx.index.catalog.lookup(text)?.id ?? null, text, range: { start: { line: l, character: at }, end: { line: l, character: at + text.length } } });
  }
}

function frontMatterToolAt(ctx: FeatureContext, lines: string[], pos: Position): Target | null {
  for (const s of frontMatterToolSpans(ctx, lines)) {
    if (s.toolId && rangeContains(s.range, pos)) return { kind: 'tool', toolId: s.toolId, range: s.range };
  }
  return null;
}

/** In a tool file: the tool whose entry holds the position (from its `id:` line to the next entry). */
function toolFileTargetAt(ctx: FeatureContext, uri: string, pos: Position): Target | null {
  const defs = ctx.index.catalog
    .all()
    .filter((t) => t.definition?.uri === uri)
    .sort((a, b) => a.definition!.range.start.line - b.definition!.range.start.line);
  let found: (typeof defs)[number] | undefined;
  for (const t of defs) if (t.definition!.range.start.line <= pos.line) found = t;
  if (!found) return null;
  const lines = linesOf(ctx, uri);
  // Only within the entry's own lines: stop at a blank line or a comment after the entry.
  if (lines) {
    for (let l = found.definition!.range.start.line + 1; l <= pos.line; l++) {
      if (/^\s*-\s/.test(lines[l]) || /^\S/.test(lines[l])) return null;
    }
  }
  return { kind: 'tool', toolId: found.id, range: found.definition!.range };
}
