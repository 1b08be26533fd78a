// A note's block structure, one entry per line: what kind of block the line belongs to,
// its heading level or list depth, and its text without markdown markers.
// Markdown is parsed by markdown-it (block level only; inline markup is stripped per line).
import MarkdownIt from 'markdown-it';
import { parseDocument } from 'yaml';
import { LineTable, isWhiteSpace } from './text';

export const enum LineKind {
  Blank,
  FrontMatter,
  Heading,
  Paragraph,
  ListItem,
  Code,
  Table,
  Html,
  Rule,
}

export interface LineInfo {
  kind: LineKind;
  /** Heading level (1–6), or list depth (1 = top level) for list items; 0 otherwise. */
  level: number;
  /** The line's text without block markers and inline markup, trimmed. */
  content: string;
  /** Where the content starts and ends in the raw line (UTF-16 units). */
  contentStart: number;
  contentEnd: number;
  /** First line of its paragraph or list item. */
  blockStart: boolean;
  /** The whole paragraph is this one line. */
  standalone: boolean;
  /** Inside a block quote. */
  quote: boolean;
}

export interface FrontMatter {
  /** Parsed values; non-object YAML yields an empty record. */
  data: Record<string, unknown>;
  /** 0-based line of each top-level key. */
  keyLines: Map<string, number>;
  /** Lines [first, last] including the fences. */
  startLine: number;
  endLine: number;
  error: string | null;
}

export interface NoteStructure {
  table: LineTable;
  lines: string[];
  info: LineInfo[];
  frontMatter: FrontMatter | null;
}

/** One shape for every line's info (a class keeps V8's object layout fixed). */
class Line implements LineInfo {
  kind: LineKind;
  level = 0;
  content = '';
  contentStart = 0;
  contentEnd: number;
  blockStart = false;
  standalone = false;
  quote = false;
  constructor(raw: string) {
    this.kind = isBlank(raw) ? LineKind.Blank : LineKind.Paragraph;
    this.contentEnd = raw.length;
  }
}

/** Only white space (what trim() removes), without making a trimmed copy. */
function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isWhiteSpace(s.charCodeAt(i))) return false;
  return true;
}

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

/**
 * markdown-it's Token constructor defines each field with Object.defineProperty, which is a fifth
 * of block parsing time. Tokens made here have the same fields and prototype, assigned plainly.
 */
function fastPush(this: { level: number; tokens: Token[] }, type: string, tag: string, nesting: number): Token {
  const token = Object.create(TokenPrototype) as Token;
  token.type = type;
  token.tag = tag;
  token.attrs = null;
  token.map = null;
  token.nesting = nesting as Token['nesting'];
  token.children = null;
  token.content = '';
  token.markup = '';
  token.info = '';
  token.meta = null;
  token.block = true;
  token.hidden = false;
  if (nesting < 0) this.level--;
  token.level = this.level;
  if (nesting > 0) this.level++;
  this.tokens.push(token);
  return token;
}
let TokenPrototype: object = Object.prototype;

function makeParser(plainText: boolean): InstanceType<typeof MarkdownIt> {
  const md = new MarkdownIt({ html: true });
  const State = (md.block as unknown as { State: { prototype: { push: unknown } } }).State;
  TokenPrototype = new md.core.State('', md, {}).Token.prototype;
  State.prototype.push = fastPush;
  md.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join'], true);
  skipBlockContent(md);
  // Plain-text notes indent bullets freely: indentation is not a code block there.
  if (plainText) md.block.ruler.disable(['code']);
  return md;
}
type BlockRule = (state: { getLines: unknown }, startLine: number, endLine: number, silent: boolean) => boolean;

/**
 * Only the lines of each block are read here, never its text: the rules that copy a block's lines
 * into its token (paragraphs, headings underlined, fences, code, HTML) get an empty copy instead.
 * The reference rule, which decides from the text, is left alone.
 */
function skipBlockContent(md: InstanceType<typeof MarkdownIt>): void {
  const ruler = md.block.ruler as unknown as { __rules__: Array<{ name: string; fn: BlockRule; alt: string[] }>; at(name: string, fn: BlockRule, options: { alt: string[] }): void };
  const State = (md.block as unknown as { State: { prototype: { getLines: unknown } } }).State;
  const getLines = State.prototype.getLines;
  const noLines = () => '';
  for (const name of ['paragraph', 'lheading', 'fence', 'code', 'html_block']) {
    const rule = ruler.__rules__.find((r) => r.name === name);
    if (!rule) continue;
    const fn = rule.fn;
    ruler.at(
      name,
      (state, startLine, endLine, silent) => {
        if (silent) return fn(state, startLine, endLine, silent);
        state.getLines = noLines;
        try {
          return fn(state, startLine, endLine, silent);
        } finally {
          state.getLines = getLines;
        }
      },
      { alt: rule.alt },
    );
  }
}

const markdownParser = makeParser(false);
const plainTextParser = makeParser(true);

/** Plain-text bullets that markdown does not know (•, ・, ▪ ...). */
const PLAIN_BULLET = /^(\s*)([•◦▪▫▸►‣⁃○●■□◆◇・※→➔➤✓✔✅]|[-*+]\s)\s*/u;

export function parseStructure(text: string, options: { plainText?: boolean } = {}): NoteStructure {
  const table = new LineTable(text);
  const lines = table.lines();
  const info: LineInfo[] = new Array(lines.length);
  for (let i = 0; i < lines.length; i++) info[i] = new Line(lines[i]);

  const frontMatter = readFrontMatter(lines);
  // markdown-it sees the front matter as blank lines so its line numbers stay ours.
  let source = text;
  if (frontMatter) {
    for (let i = frontMatter.startLine; i <= frontMatter.endLine; i++) info[i].kind = LineKind.FrontMatter;
    // markdown-it reads \r\n and \r as line ends too, so the rest of the text goes in as it is.
    const after = frontMatter.endLine + 1 < lines.length ? text.slice(table.starts[frontMatter.endLine + 1]) : '';
    source = '\n'.repeat(frontMatter.endLine + 1) + after;
  }
  const md = options.plainText ? plainTextParser : markdownParser;
  const tokens = md.parse(source, {});

  let listDepth = 0;
  let quoteDepth = 0;
  for (const token of tokens) {
    switch (token.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        listDepth++;
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        listDepth--;
        break;
      case 'blockquote_open':
        quoteDepth++;
        if (token.map) for (let l = token.map[0]; l < token.map[1]; l++) info[l].quote = true;
        break;
      case 'blockquote_close':
        quoteDepth--;
        break;
      case 'list_item_open':
        if (token.map) info[token.map[0]].blockStart = true;
        break;
      case 'heading_open':
        if (token.map) {
          const level = Number(token.tag.slice(1));
          info[token.map[0]].kind = LineKind.Heading;
          info[token.map[0]].level = level;
          info[token.map[0]].blockStart = true;
          // Setext underline.
          for (let l = token.map[0] + 1; l < token.map[1]; l++) info[l].kind = LineKind.Rule;
        }
        break;
      case 'paragraph_open':
        if (token.map) {
          const [a, b] = token.map;
          for (let l = a; l < b; l++) {
            if (listDepth > 0) {
              info[l].kind = LineKind.ListItem;
              info[l].level = listDepth;
            } else info[l].kind = LineKind.Paragraph;
          }
          if (listDepth === 0) {
            info[a].blockStart = true;
            info[a].standalone = b - a === 1;
          }
        }
        break;
      case 'fence':
      case 'code_block':
        if (token.map) for (let l = token.map[0]; l < token.map[1]; l++) info[l].kind = LineKind.Code;
        break;
      case 'table_open':
        if (token.map) for (let l = token.map[0]; l < token.map[1]; l++) info[l].kind = LineKind.Table;
        break;
      case 'html_block':
        if (token.map) for (let l = token.map[0]; l < token.map[1]; l++) info[l].kind = LineKind.Html;
        break;
      case 'hr':
        if (token.map) info[token.map[0]].kind = LineKind.Rule;
        break;
    }
  }
  void quoteDepth;

  for (let i = 0; i < lines.length; i++) {
    const li = info[i];
    if (li.kind === LineKind.Blank || li.kind === LineKind.FrontMatter || li.kind === LineKind.Rule) continue;
    fillContent(lines[i], li);
  }
  return { table, lines, info, frontMatter };
}

function fillContent(raw: string, li: LineInfo): void {
  let start = 0;
  let s = raw;
  if (li.kind === LineKind.Code || li.kind === LineKind.Html) {
    const lead = raw.length - raw.trimStart().length;
    li.contentStart = lead;
    li.contentEnd = raw.trimEnd().length;
    li.content = raw.trim();
    return;
  }
  const quote = /^(\s*>\s?)+/.exec(s);
  if (quote) start += quote[0].length;
  if (li.kind === LineKind.Heading) {
    const m = /^\s*#{1,6}(\s+|$)/.exec(s.slice(start));
    if (m) start += m[0].length;
  } else if (li.kind === LineKind.ListItem) {
    const m = /^\s*(?:[-*+]|\d{1,3}[.)])(\s+|$)/.exec(s.slice(start));
    if (m) start += m[0].length;
  }
  if (li.kind === LineKind.Paragraph || li.kind === LineKind.ListItem) {
    const bullet = PLAIN_BULLET.exec(s.slice(start));
    if (bullet && li.kind === LineKind.Paragraph && !/^\d/.test(bullet[2] ?? '')) {
      li.kind = LineKind.ListItem;
      li.level = Math.floor(bullet[1].replace(/\t/g, '    ').length / 2) + 1;
      li.standalone = false;
      start += bullet[0].length;
    }
  }
  while (start < s.length && /\s/.test(s[start])) start++;
  let end = s.length;
  if (li.kind === LineKind.Heading) s = s.replace(/\s+#+\s*$/, (m) => ((end = s.length - m.length), ''));
  while (end > start && /\s/.test(s[end - 1])) end--;
  li.contentStart = start;
  li.contentEnd = end;
  li.content = stripInline(s.slice(start, end));
}

/** Removes inline markdown: emphasis, code ticks, images, link targets, HTML tags. */
export function stripInline(s: string): string {
  // Long lines are prose or data, never titles: keep them as they are (and linear).
  if (s.length > 2000 || !/[*_`!\[<\\]/.test(s)) return s;
  return s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '')
    .replace(/(?<!\[)\[([^\[\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=$|[\s).,:;!?])/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\\([\\`*_{}\[\]()#+\-.!|])/g, '$1')
    .trim();
}

function readFrontMatter(lines: string[]): FrontMatter | null {
  let first = 0;
  while (first < lines.length && first < 3 && lines[first].trim() === '') first++;
  if (first >= lines.length || !/^(---|\+\+\+)\s*$/.test(lines[first])) return null;
  const fence = lines[first].trim();
  const limit = Math.min(lines.length, first + 300);
  let end = -1;
  for (let i = first + 1; i < limit; i++) {
    const t = lines[i].trim();
    if (t === fence || (fence === '---' && t === '...')) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const body = lines.slice(first + 1, end).join('\n');
  const keyLines = new Map<string, number>();
  for (let i = first + 1; i < end; i++) {
    const m = /^([A-Za-z_][\w-]*)\s*[:=]/.exec(lines[i]);
    if (m && !keyLines.has(m[1].toLowerCase())) keyLines.set(m[1].toLowerCase(), i);
  }
  let data: Record<string, unknown> = {};
  let error: string | null = null;
  const simple = fence === '---' ? readSimpleYaml(lines, first + 1, end) : null;
  if (simple) data = lowerKeys(simple);
  else if (fence === '---') {
    try {
      const doc = parseDocument(body, { prettyErrors: false, uniqueKeys: false });
      if (doc.errors.length) error = doc.errors[0].message.split('\n')[0];
      const value = doc.toJS({ maxAliasCount: 50 }) as unknown;
      if (value && typeof value === 'object' && !Array.isArray(value)) data = lowerKeys(value as Record<string, unknown>);
    } catch (e) {
      error = e instanceof Error ? e.message.split('\n')[0] : String(e);
    }
  } else {
    // TOML front matter: only simple `key = "value"` lines are read.
    for (let i = first + 1; i < end; i++) {
      const m = /^([A-Za-z_][\w-]*)\s*=\s*"?([^"]*)"?\s*$/.exec(lines[i]);
      if (m) data[m[1].toLowerCase()] = m[2];
    }
  }
  return { data, keyLines, startLine: first, endLine: end, error };
}

function lowerKeys(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) out[k.toLowerCase()] = v;
  return out;
}

/** A plain scalar that the YAML core schema reads as a string (no indicator, no comment, no type). */
const PLAIN_STRING = /^[^-?:,[\]{}#&*!|>'"%@`\s+.0-9~](?:[^:#]|:(?!\s|$)|(?<!\s)#)*$/;
const NOT_STRINGS = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
const KEY_LINE = /^([A-Za-z_][\w-]*):(?: +(.*?))?[ \t]*$/;
const ITEM_LINE = /^( {0,4})-[ \t]+(.*?)[ \t]*$/;

/** One scalar of simple front matter, or undefined when only a YAML parser can say. */
function simpleScalar(v: string): unknown {
  if (v === '' || v === '~') return null;
  if (v[0] === '"') return /^"[^"\\]*"$/.test(v) ? v.slice(1, -1) : undefined;
  if (v[0] === "'") return /^'[^']*'$/.test(v) ? v.slice(1, -1) : undefined;
  // Dates and Jekyll-style timestamps are strings in the core schema.
  if (/^(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?:[Tt ]\d{1,2}:\d\d(?::\d\d(?:\.\d{1,9})?)?(?: ?(?:Z|[+-]\d\d:?\d\d))?)?$/.test(v)) return v;
  if (/^[1-9]\d{0,8}$/.test(v)) return Number(v);
  if (NOT_STRINGS.test(v)) return undefined;
  return PLAIN_STRING.test(v) ? v : undefined;
}

/**
 * Front matter written as plain `key: value` lines, `key: [a, b]` and `- item` lists is read here,
 * without the YAML parser (a tenth of indexing time); anything else returns null and goes to the parser.
 * Values come out exactly as the YAML core schema reads them.
 */
export function readSimpleYaml(lines: readonly string[], from: number, to: number): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  let listKey: string | null = null;
  let listIndent = -1;
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (!line.trim()) continue;
    const item = ITEM_LINE.exec(line);
    if (item) {
      if (listKey === null || (listIndent >= 0 && item[1].length !== listIndent)) return null;
      listIndent = item[1].length;
      const v = simpleScalar(item[2]);
      if (v === undefined || item[2] === '') return null;
      (out[listKey] as unknown[]).push(v);
      continue;
    }
    const m = KEY_LINE.exec(line);
    if (!m || Object.prototype.hasOwnProperty.call(out, m[1]) || m[1] === '__proto__') return null;
    listKey = null;
    const raw = m[2] ?? '';
    if (raw === '') {
      // Either an empty value or the head of a `- item` list.
      const next = nextNonBlank(lines, i + 1, to);
      if (next >= 0 && ITEM_LINE.test(lines[next])) {
        out[m[1]] = [];
        listKey = m[1];
        listIndent = -1;
      } else out[m[1]] = null;
      continue;
    }
    if (raw[0] === '[') {
      if (!raw.endsWith(']')) return null;
      const inner = raw.slice(1, -1).trim();
      if (!inner) {
        out[m[1]] = [];
        continue;
      }
      const items: unknown[] = [];
      for (const part of inner.split(',')) {
        const t = part.trim();
        if (!t || /[[\]{}]/.test(t)) return null;
        const v = simpleScalar(t);
        if (v === undefined) return null;
        items.push(v);
      }
      out[m[1]] = items;
      continue;
    }
    const v = simpleScalar(raw);
    if (v === undefined) return null;
    out[m[1]] = v;
  }
  return out;
}

function nextNonBlank(lines: readonly string[], from: number, to: number): number {
  for (let i = from; i < to; i++) if (lines[i].trim()) return i;
  return -1;
}
