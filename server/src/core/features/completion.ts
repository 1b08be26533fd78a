// Completion: inside `[[` (event names and talk titles; after `[[Event#`, that event's talks),
// tool names in a front-matter `tools:` list, and ids and categories in the user's tool file.
import type { Position, Range } from '../model';
import { nameKey } from '../text';
import { frontMatterBlock, frontMatterToolSpans, linesOf } from './at-position';
import type { FeatureContext } from './context';
import { displayText } from './markdown-escape';
import { CATEGORY_LABELS } from './hover';
import { compareDatesDesc } from './resolve-reference';
import { matchScore } from './search';
import { CompletionItemKind, type CompletionItem } from './types';

export interface CompletionResult {
  items: CompletionItem[];
  /** More would match: the client should ask again as the user types. */
  isIncomplete: boolean;
}

const LIMIT = 200;
const EMPTY: CompletionResult = { items: [], isIncomplete: false };

export function completion(ctx: FeatureContext, uri: string, pos: Position): CompletionResult {
  const lines = linesOf(ctx, uri);
  if (!lines) return EMPTY;
  const line = lines[pos.line] ?? '';
  const before = line.slice(0, pos.character);
  if (ctx.isToolFile(uri)) return toolFileCompletion(ctx, before, pos);
  const wiki = wikiCompletion(ctx, line, before, pos);
  if (wiki) return wiki;
  return frontMatterCompletion(ctx, lines, before, pos) ?? EMPTY;
}

function wikiCompletion(ctx: FeatureContext, line: string, before: string, pos: Position): CompletionResult | null {
  const open = before.lastIndexOf('[[');
  if (open < 0 || before.indexOf(']]', open) >= 0) return null;
  const inner = before.slice(open + 2);
  if (inner.includes('|') || inner.includes('[')) return null;
  const after = line.slice(pos.character);
  const close = after.startsWith(']]') ? '' : ']]';
  const hash = inner.lastIndexOf('#');
  const { index } = ctx;
  const scored: Array<{ item: CompletionItem; score: number; date: string | null }> = [];

  // `[[HashiCorp User Group Tokyo #` may still be an event name being typed: only an event
  // that exists makes the '#' a separator.
  if (hash >= 0 && index.eventsNamed(inner.slice(0, hash).trim()).length) {
    const eventName = inner.slice(0, hash).trim();
    const typed = inner.slice(hash + 1);
    const range = lineSpan(pos.line, open + 2 + hash + 1, pos.character);
    const q = fold(typed);
    for (const { event } of index.eventsNamed(eventName)) {
      for (const talk of event.talks) {
        const score = matchScore(q, fold(talk.title));
        if (score <= 0) continue;
        scored.push({
          item: {
            label: talk.title,
            kind: CompletionItemKind.Function,
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
    if (!event.talks.length && !event.date) continue;
    const score = matchScore(q, fold(event.name));
    if (score <= 0) continue;
    scored.push({
      item: {
        label: event.name,
        kind: CompletionItemKind.Event,
        detail: [event.date, event.location, `${event.talks.length} talks`].filter(Boolean).join(' \u00b7 '),
        filterText: event.name,
        textEdit: { range, newText: event.name + close },
      },
      score: score + 1,
      date: event.date,
    });
  }
  for (const { talk, event } of index.talks()) {
    const score = Math.max(matchScore(q, fold(talk.title)), 0.9 * matchScore(q, fold(`${event.name}#${talk.title}`)));
    if (score <= 0) continue;
    // A title used by more than one talk needs its event to stay unambiguous; so does a title with '#'.
    const ambiguous = index.talksTitled(talk.title).length > 1 || talk.title.includes('#');
    const insert = ambiguous && !talk.title.includes('#') ? `${event.name}#${talk.title}` : talk.title;
    scored.push({
      item: {
        label: talk.title,
        kind: CompletionItemKind.Function,
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

function frontMatterCompletion(ctx: FeatureContext, lines: string[], before: string, pos: Position): CompletionResult | null {
  const block = frontMatterBlock(lines);
  if (!block || pos.line <= block.start || pos.line >= block.end) return null;
  // On the `tools:` line itself, or on a `- item` line under it.
  let inTools = /^tools\s*:/.test(lines[pos.line]);
  if (!inTools && /^\s*-\s*/.test(lines[pos.line])) {
    for (let l = pos.line - 1; l > block.start; l--) {
      if (/^\s*-/.test(lines[l]) || !lines[l].trim()) continue;
      inTools = /^tools\s*:/.test(lines[l]);
      break;
    }
  }
  if (!inTools) return null;
  const m = /[^,\[\]:\-\s][^,\[\]:]*$/.exec(before);
  const typed = m ? m[0] : '';
  const start = pos.character - typed.length;
  const listed = new Set(frontMatterToolSpans(ctx, lines).filter((s) => s.range.start.line !== pos.line || s.range.end.character < start).map((s) => s.toolId));
  return toolItems(ctx, typed, lineSpan(pos.line, start, pos.character), (id) => !listed.has(id), 'name');
}

function toolFileCompletion(ctx: FeatureContext, before: string, pos: Position): CompletionResult {
  const id = /^(\s*(?:-\s+)?id\s*:\s*)(\S*)$/.exec(before);
  if (id) return toolItems(ctx, id[2], lineSpan(pos.line, id[1].length, pos.character), (toolId) => ctx.index.catalog.get(toolId)?.source === 'builtin', 'id');
  const cat = /^(\s*(?:-\s+)?category\s*:\s*)(\S*)$/.exec(before);
  if (cat) {
    const categories = new Set<string>(Object.keys(CATEGORY_LABELS));
    // The built-in catalog's categories (a user's entry being typed must not suggest itself).
    for (const t of ctx.index.catalog.all()) if (t.source === 'builtin') categories.add(t.category);
    const range = lineSpan(pos.line, cat[1].length, pos.character);
    const q = fold(cat[2]);
    const scored = [...categories]
      .map((c) => ({ c, score: Math.max(matchScore(q, fold(c)), 0.9 * matchScore(q, fold(CATEGORY_LABELS[c] ?? ''))) }))
      .filter((x) => x.score > 0)
      .map(({ c, score }) => ({ item: { label: c, kind: CompletionItemKind.EnumMember, detail: CATEGORY_LABELS[c], textEdit: { range, newText: c } }, score, date: null }));
    return finish(scored);
  }
  return EMPTY;
}

function toolItems(ctx: FeatureContext, typed: string, range: Range, keep: (toolId: string) => boolean, insert: 'name' | 'id'): CompletionResult {
  const { catalog } = ctx.index;
  const mentioned = new Map(ctx.index.mentionedTools().map((t) => [t.toolId, t.count]));
  const q = fold(typed);
  const scored: Array<{ item: CompletionItem; score: number; date: string | null }> = [];
  for (const tool of catalog.all()) {
    if (!keep(tool.id)) continue;
    const aliases = catalog.aliasesOf(tool);
    let score = Math.max(matchScore(q, fold(tool.name)), matchScore(q, fold(tool.id)));
    for (const a of aliases) score = Math.max(score, 0.95 * matchScore(q, fold(a)));
    if (score <= 0) continue;
    const text = insert === 'id' ? tool.id : /[,\[\]#:]/.test(tool.name) ? JSON.stringify(tool.name) : tool.name;
    // Tools the notes already mention come first among equals.
    const count = mentioned.get(tool.id) ?? 0;
    scored.push({
      item: {
        label: insert === 'id' ? tool.id : tool.name,
        kind: CompletionItemKind.Module,
        detail: [CATEGORY_LABELS[tool.category] ?? tool.category, tool.vendor].filter(Boolean).join(' \u00b7 '),
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

function finish(scored: Array<{ item: CompletionItem; score: number; date: string | null }>): CompletionResult {
  scored.sort((a, b) => b.score - a.score || compareDatesDesc(a.date, b.date) || a.item.label.localeCompare(b.item.label));
  const items = scored.slice(0, LIMIT).map((s, i) => ({ ...clean(s.item), sortText: String(i).padStart(4, '0') }));
  return { items, isIncomplete: scored.length > LIMIT };
}

/** What a completion shows and inserts, without bidirectional or control characters from notes. */
function clean(item: CompletionItem): CompletionItem {
  const out = { ...item, label: displayText(item.label) };
  if (typeof out.detail === 'string') out.detail = displayText(out.detail);
  if (typeof out.documentation === 'string') out.documentation = displayText(out.documentation);
  if (typeof out.filterText === 'string') out.filterText = displayText(out.filterText);
  if (out.textEdit) out.textEdit = { ...out.textEdit, newText: displayText(out.textEdit.newText) };
  return out;
}

function lineSpan(line: number, from: number, to: number): Range {
  return { start: { line, character: from }, end: { line, character: to } };
}

function fold(s: string): string {
  return nameKey(s);
}
