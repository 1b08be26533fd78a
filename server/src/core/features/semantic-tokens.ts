// Semantic tokens: tool mentions, talk titles and references, speakers, event names.
//
// Legend (documented in docs/server-capabilities.md):
//   type       a tool mention (also in front matter `tools:`); + defaultLibrary when the tool is
//              from the built-in catalog, none when it is the user's own
//   function   a talk: + declaration on its title line; plain on a reference to it
//   variable   a speaker's name
//   namespace  an event: + declaration on its name; plain on a reference to it
// Inner tokens win over outer ones: a tool named in a title splits the title's token.
import type { Range } from '../model';
import { frontMatterToolSpans, linesOf, speakerSpans, titleSpan } from './at-position';
import type { FeatureContext } from './context';
import { resolveReference } from './resolve-reference';

export const TOKEN_TYPES = ['type', 'function', 'variable', 'namespace'] as const;
export const TOKEN_MODIFIERS = ['declaration', 'defaultLibrary'] as const;
export const LEGEND = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

type TokenType = (typeof TOKEN_TYPES)[number];
type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

export interface Token {
  line: number;
  start: number;
  length: number;
  type: TokenType;
  modifiers: TokenModifier[];
}

interface Candidate {
  range: Range;
  type: TokenType;
  modifiers: TokenModifier[];
  priority: number;
}

/** The tokens of a note, decoded (sorted, non-overlapping, single-line). */
export function semanticTokenList(ctx: FeatureContext, uri: string): Token[] {
  const note = ctx.index.note(uri);
  if (!note) return [];
  const { catalog } = ctx.index;
  const lines = linesOf(ctx, uri);
  const cands: Candidate[] = [];
  const toolMods = (toolId: string): TokenModifier[] => (catalog.get(toolId)?.source === 'builtin' ? ['defaultLibrary'] : []);

  const { mentions } = note;
  for (let i = 0; i < mentions.length; i++) cands.push({ range: mentions.range(i), type: 'type', modifiers: toolMods(mentions.toolId(i)), priority: 3 });
  for (const event of note.events) {
    if (event.talks.length || event.date) cands.push({ range: event.nameRange, type: 'namespace', modifiers: ['declaration'], priority: 1 });
    for (const talk of event.talks) {
      const range = lines ? titleSpan(talk, lines[talk.titleRange.start.line] ?? '') : talk.titleRange;
      cands.push({ range, type: 'function', modifiers: ['declaration'], priority: 1 });
    }
  }
  for (const ref of note.references) {
    const r = resolveReference(ctx, note, ref);
    if (r.kind === 'talks') cands.push({ range: ref.range, type: 'function', modifiers: [], priority: 1 });
    else if (r.kind === 'event') cands.push({ range: ref.range, type: 'namespace', modifiers: [], priority: 1 });
  }
  if (lines) {
    for (const s of speakerSpans(ctx, note, lines)) cands.push({ range: s.range, type: 'variable', modifiers: [], priority: 2 });
    for (const s of frontMatterToolSpans(ctx, lines)) if (s.toolId) cands.push({ range: s.range, type: 'type', modifiers: toolMods(s.toolId), priority: 3 });
  }
  return flatten(cands);
}

/** LSP's relative encoding: [deltaLine, deltaStart, length, type, modifier bits] per token. */
export function semanticTokens(ctx: FeatureContext, uri: string): { data: number[] } {
  const data: number[] = [];
  let line = 0;
  let start = 0;
  for (const t of semanticTokenList(ctx, uri)) {
    const dl = t.line - line;
    data.push(dl, dl ? t.start : t.start - start, t.length, TOKEN_TYPES.indexOf(t.type), t.modifiers.reduce((bits, m) => bits | (1 << TOKEN_MODIFIERS.indexOf(m)), 0));
    line = t.line;
    start = t.start;
  }
  return { data };
}

function flatten(cands: Candidate[]): Token[] {
  const byLine = new Map<number, Candidate[]>();
  for (const c of cands) {
    if (c.range.start.line !== c.range.end.line || c.range.end.character <= c.range.start.character) continue;
    const list = byLine.get(c.range.start.line) ?? [];
    list.push(c);
    byLine.set(c.range.start.line, list);
  }
  const out: Token[] = [];
  for (const line of [...byLine.keys()].sort((a, b) => a - b)) {
    // At one start the longer first: "Vault Agent" keeps its token over the Vault mention inside it.
    const list = byLine.get(line)!.sort((a, b) => b.priority - a.priority || a.range.start.character - b.range.start.character || b.range.end.character - a.range.end.character);
    const taken: Array<[number, number]> = [];
    const pieces: Token[] = [];
    for (const c of list) {
      let parts: Array<[number, number]> = [[c.range.start.character, c.range.end.character]];
      for (const [ts, te] of taken) {
        parts = parts.flatMap(([s, e]) => {
          if (te <= s || ts >= e) return [[s, e] as [number, number]];
          const keep: Array<[number, number]> = [];
          if (ts > s) keep.push([s, ts]);
          if (te < e) keep.push([te, e]);
          return keep;
        });
      }
      for (const [s, e] of parts) {
        if (e <= s) continue;
        taken.push([s, e]);
        pieces.push({ line, start: s, length: e - s, type: c.type, modifiers: c.modifiers });
      }
    }
    pieces.sort((a, b) => a.start - b.start);
    out.push(...pieces);
  }
  return out;
}
