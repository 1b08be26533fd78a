// A note's block structure, one entry per line: what kind of block the line belongs to,
// its heading level or list depth, and its text without markdown markers.
// Markdown is parsed by markdown-it (block level only; inline markup is stripped per line).
import type MarkdownIt from 'markdown-it';
import { markdownIt, toml, yaml } from './libraries';
import { detached } from './extract/detach';
import { LineTable, isWhiteSpace, lastAtOrBefore, withoutWikiBrackets } from './text';

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
  /** Parsed as plain text (no indented code). */
  plainText: boolean;
  /** The first line of every top-level block, ascending (where parsing again after an edit restarts and rejoins). */
  roots: number[];
  /** When parsed again after an edit: for each line, the line of the previous text with the same text (and place), or -1. */
  previousLines: Int32Array | null;
  /** A text in an outliner's syntax, wiki markup or LaTeX, read as such (applyOrgOutline, applyScrapboxOutline, applyWikiHeadings, applyLatex). */
  dialect?: 'org' | 'scrapbox' | 'wiki' | 'rst' | 'latex' | 'outliner' | null;
  /** The page has MkDocs admonitions (read with their bodies moved left): it is parsed whole after an edit, and so is the page after it. */
  admonitions?: boolean;
  /**
   * The page has ":::" containers (their fences read as blank lines or titles) or a fenced block that may hold a table drawn
   * with box-drawing characters (drawnTables): it is parsed whole after an edit, and so is the page after it.
   */
  containers?: boolean;
  /** The page has an indented block of prose, read as text, not code (proseIndentedBlocks): parsed whole after an edit too. */
  indentedProse?: boolean;
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
  if (!USED_TOKENS.has(type)) {
    // A token nothing reads (closing tokens, inline text, table cells): the levels move as markdown-it's do, and the rule fills in a scratch token.
    if (nesting < 0) this.level--;
    if (nesting > 0) this.level++;
    return scratchToken;
  }
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
/** The block tokens applyTokens reads; list closes count list depth. */
const USED_TOKENS = new Set(['bullet_list_open', 'bullet_list_close', 'ordered_list_open', 'ordered_list_close', 'blockquote_open', 'list_item_open', 'heading_open', 'fence', 'code_block', 'table_open', 'html_block', 'hr']);
let scratchToken = {} as Token;

function makeParser(plainText: boolean, fences = true): InstanceType<typeof MarkdownIt> {
  const md = new (markdownIt())({ html: true });
  const State = (md.block as unknown as { State: { prototype: { push: unknown } } }).State;
  TokenPrototype = new md.core.State('', md, {}).Token.prototype;
  scratchToken = Object.create(TokenPrototype) as Token;
  State.prototype.push = fastPush;
  md.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join'], true);
  skipBlockContent(md);
  const ruler = md.block.ruler as unknown as { at(name: string, fn: BlockRuleFn): void };
  ruler.at('paragraph', plainText ? plainParagraphLines : paragraphLines);
  // Plain-text notes indent bullets freely: indentation is not a code block there.
  if (plainText) md.block.ruler.disable(['code']);
  if (!fences) md.block.ruler.disable(['fence']);
  else notDecoratedFences(md);
  return md;
}

/**
 * "~~~ lunch ~~~": a line between tildes is a decoration around words (a break, a day), not a fence
 * opening a code block that would hide the rest of the note; CommonMark allows any info string
 * after tildes, tildes too.
 */
function notDecoratedFences(md: InstanceType<typeof MarkdownIt>): void {
  wrapBlockRule(md, 'fence', (fn) => (state, startLine, endLine, silent) => {
    const st = state as unknown as BlockState;
    const at = st.bMarks[startLine] + st.tShift[startLine];
    if (st.src.charCodeAt(at) === 0x7e && DECORATED_LINE.test(st.src.slice(at, st.eMarks[startLine]))) return false;
    // A fence no line closes is no fence ("[김도윤] [오후 2:14] ```" opened it inside a chat's line, the lone "```" after
    // the code closed it): CommonMark's block would run to the end and hide every line after it.
    if (!closedBelow(st, startLine, endLine, at)) return false;
    // ("[김도윤] [오후 2:14] ```" then the code then "```": a fence opened at the end of a line of text; the lone mark closes it.)
    if (openedInText(st, startLine, at)) return false;
    return fn(state, startLine, endLine, silent);
  });
}

/**
 * Whether the lone fence mark at `startLine` closes a fence that a line of text above opened at its end ("… ```yaml"),
 * looked for up to 50 lines back and not past another fence's line.
 */
function openedInText(st: BlockState, startLine: number, at: number): boolean {
  const src = st.src;
  let p = at;
  while (p < st.eMarks[startLine] && src.charCodeAt(p) === src.charCodeAt(at)) p++;
  while (p < st.eMarks[startLine] && (src.charCodeAt(p) === 32 || src.charCodeAt(p) === 9)) p++;
  if (p !== st.eMarks[startLine]) return false;
  for (let line = startLine - 1; line >= 0 && line >= startLine - 50; line--) {
    const text = src.slice(st.bMarks[line], st.eMarks[line]);
    if (isFenceMarkLine(text)) return false;
    if (TEXT_THEN_FENCE.test(text)) return true;
  }
  return false;
}
const TEXT_THEN_FENCE = /\S\s+(?:`{3,}|~{3,})[\w+-]*\s*$/u;

/**
 * Whether a line after `startLine` (before `endLine`) closes the fence that opens at offset `at`: its mark, as long or
 * longer, alone. The lines that may close a fence are found once per text (`fenceClosers`), so that a note of many
 * fences no line closes is read in linear time; a walk past more than 1,000 shorter marks counts as closed (as
 * CommonMark reads it).
 */
function closedBelow(st: BlockState, startLine: number, endLine: number, at: number): boolean {
  const src = st.src;
  const mark = src.charCodeAt(at);
  if (mark !== 0x60 && mark !== 0x7e) return true;
  let len = 0;
  while (src.charCodeAt(at + len) === mark) len++;
  if (len < 3) return true;
  const closers = fenceClosers(st);
  const next = mark === 0x60 ? closers.backticks : closers.tildes;
  for (let line = startLine + 1 < next.length ? next[startLine + 1] : -1, steps = 0; line >= 0 && line < endLine; line = line + 1 < next.length ? next[line + 1] : -1) {
    if (++steps > 1000) return true;
    if (st.tShift[line] - st.blkIndent >= 4) continue;
    if (closers.lengths[line] >= len) return true;
  }
  return false;
}

interface FenceClosers {
  src: string;
  /** Per line, the first line at or after it that is a lone run of three backticks or more (-1: none); the same for tildes. */
  backticks: Int32Array;
  tildes: Int32Array;
  /** Per such line, the run's length. */
  lengths: Int32Array;
}
let lastClosers: FenceClosers | null = null;

/** The lines of the state's text that may close a fence, read once per text (the last text's are kept). */
function fenceClosers(st: BlockState): FenceClosers {
  if (lastClosers?.src === st.src && lastClosers.lengths.length === st.lineMax) return lastClosers;
  const n = st.lineMax;
  const backticks = new Int32Array(n + 1).fill(-1);
  const tildes = new Int32Array(n + 1).fill(-1);
  const lengths = new Int32Array(n);
  const src = st.src;
  for (let line = n - 1; line >= 0; line--) {
    backticks[line] = backticks[line + 1];
    tildes[line] = tildes[line + 1];
    let p = st.bMarks[line] + st.tShift[line];
    const end = st.eMarks[line];
    const mark = src.charCodeAt(p);
    if (mark !== 0x60 && mark !== 0x7e) continue;
    let run = 0;
    while (p < end && src.charCodeAt(p) === mark) (p++, run++);
    while (p < end && (src.charCodeAt(p) === 32 || src.charCodeAt(p) === 9)) p++;
    if (run < 3 || p !== end) continue;
    lengths[line] = run;
    if (mark === 0x60) backticks[line] = line;
    else tildes[line] = line;
  }
  lastClosers = { src, backticks, tildes, lengths };
  return lastClosers;
}
const DECORATED_LINE = /^~{3,}[^~]*[^~\s][^~]*~{3,}\s*$/u;
type BlockRule = (state: { getLines: unknown }, startLine: number, endLine: number, silent: boolean) => boolean;

/**
 * Only the lines of each block are read here, never its text: the rules that copy a block's lines
 * into its token (headings underlined, fences, code, HTML) get an empty copy instead (paragraphs have their own rule).
 * The reference rule, which decides from the text, is left alone.
 */
function skipBlockContent(md: InstanceType<typeof MarkdownIt>): void {
  const State = (md.block as unknown as { State: { prototype: { getLines: unknown } } }).State;
  const getLines = State.prototype.getLines;
  const noLines = () => '';
  for (const name of ['lheading', 'fence', 'code', 'html_block']) {
    wrapBlockRule(md, name, (fn) => (state, startLine, endLine, silent) => {
      if (silent) return fn(state, startLine, endLine, silent);
      state.getLines = noLines;
      try {
        return fn(state, startLine, endLine, silent);
      } finally {
        state.getLines = getLines;
      }
    });
  }
}

/** Puts `wrap(rule)` in place of markdown-it's block rule `name` (when it has one), with the rule's own alternatives. */
function wrapBlockRule(md: InstanceType<typeof MarkdownIt>, name: string, wrap: (fn: BlockRule) => BlockRule): void {
  const ruler = md.block.ruler as unknown as { __rules__: Array<{ name: string; fn: BlockRule; alt: string[] }>; at(name: string, fn: BlockRule, options: { alt: string[] }): void };
  const rule = ruler.__rules__.find((r) => r.name === name);
  if (rule) ruler.at(name, wrap(rule.fn), { alt: rule.alt });
}

/**
 * markdown-it's paragraph rule, reading the same lines, without its three tokens (open, inline with
 * the text, close): paragraphs are most blocks, and only their lines are used. Each is kept as three
 * numbers in `state.paragraphs` (where its tokens would be, its first line, the line after it).
 */
function paragraphLines(state: BlockState, startLine: number, endLine: number): boolean {
  return paragraphOf(state, startLine, endLine, false);
}

/**
 * The same for plain text, where a line at the margin after an indented bullet's text starts a line
 * of its own ("  - notes" then "next title — Name (Org)"), not the bullet's lazy continuation.
 */
function plainParagraphLines(state: BlockState, startLine: number, endLine: number): boolean {
  return paragraphOf(state, startLine, endLine, true);
}

function paragraphOf(state: BlockState, startLine: number, endLine: number, plainText: boolean): boolean {
  const terminators = (state.md.block.ruler as unknown as { getRules(name: string): BlockRuleFn[] }).getRules('paragraph');
  const oldParentType = state.parentType;
  let nextLine = startLine + 1;
  state.parentType = 'paragraph';
  for (; nextLine < endLine && !state.isEmpty(nextLine); nextLine++) {
    if (plainText && state.sCount[nextLine] === 0 && state.blkIndent >= 3) break;
    // (Nor, after a bullet at the margin: "- notes" then "......" between two posts, "[나] [오전 11:20] …", a chat's next message.)
    if (plainText && state.sCount[nextLine] === 0 && state.blkIndent > 0) break;
    // A line indented as code cannot start another block: it continues the paragraph.
    if (state.sCount[nextLine] - state.blkIndent > 3) continue;
    if (state.sCount[nextLine] < 0) continue;
    // "15:20  2부" then "3) Title": in plain text a numbered line starts an item whatever its number
    // (markdown lets only "1." or "1)" interrupt a paragraph).
    if (plainText && numberedItemAt(state, nextLine)) break;
    let terminate = false;
    for (let i = 0; i < terminators.length; i++) {
      if (terminators[i](state, nextLine, endLine, true)) {
        terminate = true;
        break;
      }
    }
    if (terminate) break;
  }
  state.line = nextLine;
  state.paragraphs.push(state.tokens.length, startLine, nextLine);
  state.parentType = oldParentType;
  return true;
}

/** Whether a line starts with "3)" or "12." and text after it. */
function numberedItemAt(state: BlockState, line: number): boolean {
  const at = state.bMarks[line] + state.tShift[line];
  const c = state.src.charCodeAt(at);
  return c >= 48 && c <= 57 && NUMBERED_ITEM.test(state.src.slice(at, Math.min(state.eMarks[line], at + 8)));
}
const NUMBERED_ITEM = /^\d{1,2}[.)]\s+\S/;

// Made on the first parse of each kind: a start that parses no note never loads markdown-it.
let markdownParser: InstanceType<typeof MarkdownIt> | null = null;
let plainTextParser: InstanceType<typeof MarkdownIt> | null = null;
/** For reStructuredText: plain text without fences (its titles' underlines may be "~~~~" or "````"). */
let rstParser: InstanceType<typeof MarkdownIt> | null = null;

/** The symbols a plain bullet may be (PLAIN_BULLET, SYMBOL_BULLET); doubled or tripled too ("■■ vol.5", a larger section's mark). */
const BULLET_SYMBOLS = '•◦▪▫▸►‣⁃○●■□◆◇・ㆍ※→⇒➔➤✓✔✅└';
/** A tree's branch ("├──", "└─", "┣━", "┗━"), and the line down past a branch ("│", "┃"). */
const TREE_BRANCH = '[├┣└┗╠╚][─━═]+';
const TREE_VERTICAL = '[│┃║]';
/** A line under a tree's branch, its text after the lines down ("│  Thu 2024-03-21, Berlin"): group 1 is the lead. */
const UNDER_BRANCH = new RegExp(String.raw`^((?:\s*${TREE_VERTICAL})+\s*)(?=[^│┃║\s]|$)(?!.*${TREE_VERTICAL})`, 'u');
/** Plain-text bullets that markdown does not know (•, ・, ▪ ...). */
// ("o Talk 1: …": a lowercase o and a space, a bullet typed in plain text.)
// ("[ ] Title", "[x] Title": a checkbox typed without a list's dash.)
// ("ㄴ 발표자: …", "└ Name (Org)": a Korean note's mark for a line under the one above; "ㆍ", its middle dot, as a bullet.)
// ("\- item": Day One's export escapes a list's dash, a bullet still.)
// ("├── Title", "│   └── Name (Org)", "┣━ ① Title": a tree's branch drawn with box-drawing characters (a mind map typed out,
// the `tree` command's lines), as deep as the branches' columns before it.)
const PLAIN_BULLET = new RegExp(String.raw`((?:\s|${TREE_VERTICAL}(?=\s))*)(${TREE_BRANCH}|([${BULLET_SYMBOLS}])\3{0,2}|\\?[-*+]\s|o\s(?=\S)|ㄴ\s(?=\S)|\[[ xX✓✔]\]\s(?=\S))\s*`, 'uy');

export function parseStructure(text: string, options: { plainText?: boolean } = {}, previous?: NoteStructure | null): NoteStructure {
  const plainText = !!options.plainText;
  const table = new LineTable(text);
  // After an edit, the unchanged lines' strings are the previous parse's (no copy of every line).
  // An Org, Scrapbox or wiki-markup text is parsed whole each time (its pass changes lines' info, which a partial parse keeps).
  // (A Scrapbox page saved as .md is Scrapbox still: markdown has no "[** Title]" lines.)
  // (A reStructuredText page saved as .md, with a directive of it (".. note::"), is reStructuredText still.)
  // (So is an Org file saved as .md, from a phone's Org app.)
  const dialect = isLatex(text) ? 'latex' : plainText ? outlineDialect(text) : isScrapbox(text) ? 'scrapbox' : isOrg(text) ? 'org' : (markupDialect(text) ?? (text.includes('\n.. ') && RST_DIRECTIVE.test(text) && isRestructuredText(text) ? 'rst' : null));
  // (A page with MkDocs admonitions is parsed whole: markdown-it reads it with their bodies moved left, lines of other lengths.)
  const admonitions = !plainText && (text.includes('!!!') || text.includes('???')) && ADMONITION.test(text);
  // (":::note" … ":::", ":::tip[Title]": Docusaurus', Qiita's and Zenn's containers; their fences are read as blank lines or a title.)
  const containers = (text.includes(':::') && CONTAINER_FENCE_LINE.test(text)) || ((text.includes('│') || text.includes('┃')) && text.includes('```'));
  const hunks = previous && previous.plainText === plainText && !dialect && !previous.dialect && !admonitions && !previous.admonitions && !containers && !previous.containers && !previous.indentedProse ? changedLines(previous.table, table) : null;
  const lines = hunks ? linesAfter(previous!, table, hunks) : table.lines();
  const frontMatter = readFrontMatter(lines);
  const md = dialect === 'rst' ? (rstParser ??= makeParser(true, false)) : plainText || dialect === 'org' ? (plainTextParser ??= makeParser(true)) : (markdownParser ??= makeParser(false));
  // What markdown-it's core does before its block rules (the only core rule left on besides them).
  // (It reads \r\n and \r as line ends, as the line table does: the lines stay ours.)
  let source = text;
  if (source.includes('\r')) source = source.replace(/\r\n?/g, '\n');
  if (source.includes('\0')) source = source.replace(/\0/g, '\uFFFD');
  if (admonitions) source = withAdmonitionsOpen(source);
  if (containers) source = withContainerFences(source);
  // markdown-it sees the front matter as blank lines (in its line tables, not a copy of the text).
  const blank = frontMatter ? frontMatter.endLine + 1 : 0;
  const again = hunks ? reparse(previous!, hunks, table, lines, frontMatter, plainText, md, source, blank) : null;
  // (An edit that makes the page an outliner's, or that changes whether "---" separates its parts, is parsed whole, as
  // its first parse would be: the lines outside the edit keep what the previous parse decided.)
  if (again && !isOutlinerPage(again.info) && dashSeparators(previous!.lines, previous!.info) === dashSeparators(lines, again.info)) return { table, lines, info: again.info, frontMatter, plainText, roots: again.roots, previousLines: again.previousLines };

  const info: LineInfo[] = new Array(lines.length);
  for (let i = 0; i < lines.length; i++) info[i] = new Line(lines[i]);
  if (frontMatter) for (let i = frontMatter.startLine; i <= frontMatter.endLine; i++) info[i].kind = LineKind.FrontMatter;
  let tokens: Token[] = [];
  let roots: number[] = [];
  let state = source ? blockState(md, source, tokens, blank, table.lineCount) : null;
  if (state) parseBlocks(md, state, 0, roots, null);
  // (Parsed again with those blocks moved left, when some indented block is prose: a programme pasted four spaces in.)
  const prose = plainText || !state ? null : proseIndentedBlocks(tokens, lines);
  if (prose) {
    source = movedLeft(source, prose);
    tokens = [];
    roots = [];
    state = blockState(md, source, tokens, blank, table.lineCount);
    parseBlocks(md, state, 0, roots, null);
  }
  applyTokens(tokens, state?.paragraphs ?? [], info, lines);
  for (let i = 0; i < lines.length; i++) fillLine(lines[i], info[i], i > 0 ? info[i - 1] : undefined);
  nestUnderPlainBullets(lines, info, roots, 0, lines.length);
  joinWrappedLines(lines, info, 0, lines.length);
  boxedTitles(lines, info, 0, lines.length);
  if (containers) drawnTables(lines, info);
  if (dialect === 'org') applyOrgOutline(lines, info);
  else if (dialect === 'scrapbox') applyScrapboxOutline(lines, info);
  else if (dialect === 'wiki') applyWikiHeadings(lines, info);
  // (Front matter's lines read as blank lines there, as markdown-it reads them.)
  else if (dialect === 'rst') applyRstHeadings(frontMatter ? lines.map((l, k) => (k <= frontMatter.endLine ? '' : l)) : lines, info);
  else if (dialect === 'latex') applyLatex(lines, info);
  // An outliner's page is parsed whole after each edit too (its pass changes lines' info).
  if (!dialect && isOutlinerPage(info)) {
    liftOutline(info);
    return { table, lines, info, frontMatter, plainText, roots, previousLines: null, dialect: 'outliner', admonitions, containers, indentedProse: !!prose };
  }
  return { table, lines, info, frontMatter, plainText, roots, previousLines: null, dialect, admonitions, containers, indentedProse: !!prose };
}

/** A line of code: braces, a semicolon or an assignment, a prompt, a comment's mark, a flag, a call, a key alone. */
const CODE_LINE = /[{};<>`\\]|\s=\s|=>|^(?:\$|#|\/\/|--?\w|-\s+[\w.-]+:)|\w\(|^[\w.\/-]+:\s*\S{0,40}$|^[\w.\/-]+:$/u;
/** A line of prose: three words or more, one with a capital letter, or six letters of Korean or Japanese. */
const PROSE_LINE = /(?=.*\p{Lu})\p{L}+(?:[\s,&—–-]+\S+){2,}|[\p{sc=Hangul}\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]{6}/u;

/**
 * The indented code blocks (not fenced) that are prose, lines [from, to): most of their lines read as prose and almost
 * none as code ("    SESSION  CCN-101", "    TITLE    Keynote: …", a programme pasted in with its indentation), or null.
 */
function proseIndentedBlocks(tokens: Token[], lines: string[]): Array<[number, number]> | null {
  let blocks: Array<[number, number]> | null = null;
  for (const token of tokens) {
    if (token.type !== 'code_block' || !token.map) continue;
    const [from, to] = token.map;
    let prose = 0;
    let code = 0;
    let other = 0;
    for (let i = from; i < to && i < lines.length; i++) {
      const t = lines[i].trim();
      if (!t) continue;
      if (CODE_LINE.test(t)) code++;
      else if (PROSE_LINE.test(t)) prose++;
      else other++;
    }
    if (prose >= 2 && prose * 5 >= (prose + code + other) * 3 && code * 10 <= prose + code + other) (blocks ??= []).push([from, to]);
  }
  return blocks;
}

/** The source with lines of those blocks moved four columns left (a tab is four; a blank line's spaces stay). */
function movedLeft(source: string, blocks: Array<[number, number]>): string {
  const lines = source.split('\n');
  for (const [from, to] of blocks) for (let i = from; i < to && i < lines.length; i++) lines[i] = fourColumnsLeft(lines[i], 0) ?? lines[i];
  return lines.join('\n');
}

/** A line indented four columns (four spaces or a tab) past `indent` spaces, moved four columns left; null when it is not. */
function fourColumnsLeft(line: string, indent: number): string | null {
  for (let k = 0; k < indent; k++) if (line.charCodeAt(k) !== 32) return null;
  if (line.charCodeAt(indent) === 9) return line.slice(0, indent) + line.slice(indent + 1);
  for (let k = indent; k < indent + 4; k++) if (line.charCodeAt(k) !== 32) return null;
  return line.slice(0, indent) + line.slice(indent + 4);
}

/** "!!! note "Title"", "??? tip", "???+ quote": a MkDocs admonition's first line, its body indented under it. */
const ADMONITION = /^[ \t]*(?:!!!|\?\?\?\+?)[ \t]+[A-Za-z][\w-]*(?:[ \t]+"[^"\n]*")?[ \t]*$/m;
/** An admonition's first line with a title, at the margin (one inside another is part of its body): the marks and kind before it (group 1), the title (group 2). */
const ADMONITION_TITLE = /^((?:!!!|\?\?\?\+?)[ \t]+[A-Za-z][\w-]*[ \t]+")([^"]+)"[ \t]*$/;

/** ":::note", ":::note warn", ":::tip[Title]", ":::details Title", ":::": a container's fence (Docusaurus, VitePress, Qiita, Zenn), its kind (1), its title in brackets (2) or after the kind (3). */
const CONTAINER_FENCE = /^[ \t]{0,3}:{3,}[ \t]*(?:([A-Za-z][\w-]*)(?:\[([^\]\n]*)\])?(?:[ \t]+([^\n]*?))?)?[ \t]*$/;
const CONTAINER_FENCE_LINE = new RegExp(CONTAINER_FENCE.source, 'm');
/** Qiita's and Zenn's words after a container's kind that say how it looks, no title ("note warn", "message alert"). */
const CONTAINER_STYLE = /^(?:info|warn|warning|alert|error|success|danger|caution|tip|note|open|\+)$/i;

/** A container fence's title, or '' for a fence without one. */
function containerTitle(line: string): string | null {
  const m = CONTAINER_FENCE.exec(line);
  if (!m) return null;
  const title = (m[2] ?? m[3] ?? '').trim();
  return CONTAINER_STYLE.test(title) ? '' : title;
}

/** The source with each container's fence a heading's line (one with a title) or a blank line: what is inside is read as the page's own blocks. */
function withContainerFences(source: string): string {
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].includes(':::')) continue;
    const title = containerTitle(lines[i]);
    if (title !== null) lines[i] = title ? '###### ' + title : '';
  }
  return lines.join('\n');
}

/**
 * The source with each MkDocs admonition's body moved four columns left, so that markdown-it reads its items and
 * paragraphs as such, not as indented code (the line table keeps the lines as written). One pass, top to bottom: a nested
 * admonition's first line is met after its outer one has moved it, and then moves its own body.
 */
function withAdmonitionsOpen(source: string): string {
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!ADMONITION.test(lines[i])) continue;
    const indent = lines[i].length - lines[i].trimStart().length;
    for (let j = i + 1; j < lines.length; j++) {
      if (!lines[j].trim()) continue;
      const moved = fourColumnsLeft(lines[j], indent);
      if (moved === null) break;
      lines[j] = moved;
    }
  }
  return lines.join('\n');
}

/**
 * A page written in an outliner (Roam, Logseq, Workflowy): all of it one list or two or three, one of whose items holds
 * the note (a day: "- KubeCon EU — day 1"), four items or more under it, three of them with notes of their own
 * ("- Title by Name", under it the notes).
 */
function isOutlinerPage(info: LineInfo[]): boolean {
  let top = 0;
  let other = 0;
  // Per top item: its items one level down, and how many of those hold items of their own.
  let second = 0;
  let parents = 0;
  let holding = 0;
  const close = () => {
    if (second >= 4 && parents >= 3) holding++;
    second = parents = 0;
  };
  for (let i = 0; i < info.length; i++) {
    const li = info[i];
    if (li.kind === LineKind.ListItem) {
      if (!li.blockStart) continue;
      if (li.level === 1) {
        close();
        top++;
      } else if (li.level === 2) {
        second++;
        for (let j = i + 1; j < info.length && info[j].kind === LineKind.ListItem && info[j].level >= 2; j++) {
          if (info[j].blockStart && info[j].level === 3) {
            parents++;
            break;
          }
          if (info[j].blockStart && info[j].level === 2) break;
        }
      }
    } else if (li.kind === LineKind.Paragraph || li.kind === LineKind.Table || li.kind === LineKind.Code) other++;
    if (top > 3 || other > 2) return false;
  }
  close();
  // (Not a list of events, each an item with its few talks under it: one item holds the page.)
  return holding === 1;
}

/** Each top-level item of an outliner's page becomes a paragraph, the part it names; the items under it one level up. */
function liftOutline(info: LineInfo[]): void {
  for (const li of info) {
    if (li.kind !== LineKind.ListItem) continue;
    if (li.level === 1) {
      li.kind = LineKind.Paragraph;
      li.level = 0;
    } else li.level--;
  }
}

/** Org-mode: a `#+TITLE:` line or a property drawer, and a heading of stars. */
function isOrg(text: string): boolean {
  return (text.includes('#+') || text.includes(':PROPERTIES:')) && (/^#\+title:/im.test(text) || text.includes(':PROPERTIES:')) && /^\*{1,6}\s+\S/m.test(text);
}

/**
 * A text written in an outliner's syntax: Org-mode (a `#+TITLE:` line or a property drawer, and a
 * heading of stars) or Scrapbox (two lines or more that are a bracketed heading, "[** Title]").
 */
function outlineDialect(text: string): 'org' | 'scrapbox' | 'wiki' | 'rst' | null {
  if (isOrg(text)) return 'org';
  if (isScrapbox(text)) return 'scrapbox';
  return markupDialect(text) ?? (isRestructuredText(text) ? 'rst' : null);
}

/**
 * reStructuredText's section titles: a line of text underlined by one punctuation character repeated at least
 * as long (about), "Session 2" over "^^^^^^^^^". Markdown knows "=" and "-" underlines only (and takes "~~~~" or
 * "````" for a fence that hides the rest of the note).
 */
const RST_UNDERLINE = /^([~^"'`+*#:._])\1{2,}[ \t]*$/u;
const RST_MARKS = ['~~~', '^^^', '```', '"""', "'''", '***', '+++', '###', ':::', '...', '___'];
/** A line that is such a row anywhere in a text (a row is needed before the text is split into lines to look for titles). */
const RST_ROW = /^([~^"'`+*#:._])\1{2,}[ \t]*$/mu;
/** ".. note::", ".. code-block:: console": a directive, at a line's start. */
const RST_DIRECTIVE = /^\.\. [a-z-]+::/m;
/** Two titles underlined with a character markdown does not underline with, or one and a directive (".. note::"). */
function isRestructuredText(text: string): boolean {
  // ("..." and "***" are in much prose: the text is split only when a line is nothing but such a row.)
  if ((!RST_MARKS.some((m) => text.includes(m)) || !RST_ROW.test(text)) && !(text.includes('.. ') && RST_DIRECTIVE.test(text))) return false;
  const lines = text.split(/\r\n?|\n/);
  // (Front matter's lines count as blank lines, as markdown-it reads them: 'title = "x"' over its "+++" is no title.)
  const fence = lines[0] === '---' || lines[0] === '+++' ? lines.indexOf(lines[0], 1) : -1;
  if (fence > 0 && fence <= 60) lines.fill('', 0, fence + 1);
  let titles = 0;
  for (let i = 1; i < lines.length; i++) if (isRstUnderline(lines, i)) titles++;
  // ("=====" over "Title" over "=====": a title with its overline, which markdown never writes; not front matter's "---".)
  for (let i = 2; i < lines.length; i++) if (lines[i].charCodeAt(0) === 61 && SETEXT_ROW.test(lines[i]) && lines[i - 2].trim() === lines[i].trim() && /[\p{L}\p{N}]/u.test(lines[i - 1])) titles++;
  return titles >= 2 || (titles === 1 && RST_DIRECTIVE.test(text));
}
function isRstUnderline(lines: string[], i: number): boolean {
  const m = RST_UNDERLINE.exec(lines[i]);
  const above = lines[i - 1].trim();
  // (A title has words: not "---" over "```".)
  if (!m || above.length < 2 || !/[\p{L}\p{N}]/u.test(above) || lines[i].trimEnd().length < Math.min(above.length, Math.max(3, Math.floor(above.length * 0.8)))) return false;
  // (A title starts its block, after a blank line, its overline or a rule (front matter's end): not a post's last line over the row of dots
  // that parts it from the next post.)
  const before = lines[i - 2]?.trim();
  return !before || before[0] === m[1] || /^-{3,}$/u.test(before);
}

/** "1. Title", "4.1 Title": a numbered section's title. */
const NUMBERED_TITLE = /^\d{1,2}(?:\.\d{1,2})*[.)]?\s+\S/u;
/** A row of "-" or "=" that markdown underlines a heading with. */
const SETEXT_ROW = /^(?:-{3,}|={3,})[ \t]*$/u;
/** reStructuredText's section titles as headings, levels in the order their underlines first appear (below the note's own title, level 1). */
function applyRstHeadings(lines: string[], info: LineInfo[]): void {
  const levels: string[] = [];
  for (let i = 1; i < lines.length; i++) {
    // ("1. Title" over "--------": a numbered section's title, which markdown read as a list's item over a rule.)
    if (info[i - 1].kind === LineKind.ListItem && NUMBERED_TITLE.test(lines[i - 1]) && SETEXT_ROW.test(lines[i]) && lines[i].trimEnd().length >= Math.min(lines[i - 1].trim().length, 8)) {
      asHeading(info[i - 1], lines[i - 1], lines[i][0] === '=' ? 1 : 2, stripInline(lines[i - 1].trim()));
      asBlank(info[i]);
      continue;
    }
    if (!isRstUnderline(lines, i) || info[i - 1].kind === LineKind.Heading) continue;
    const c = lines[i].trim()[0];
    if (!levels.includes(c)) levels.push(c);
    asHeading(info[i - 1], lines[i - 1], Math.min(6, 2 + levels.indexOf(c)), stripInline(lines[i - 1].trim()));
    const under = info[i];
    under.kind = LineKind.Rule;
    under.level = 0;
    under.blockStart = true;
    under.standalone = true;
    under.content = '';
  }
  // "=====" over "Title" over "=====" first in the page: the document's title; every other section is under it (markdown
  // read "Section" over "=====" as a heading of its level).
  const title = info.findIndex((li) => li.kind !== LineKind.Blank && li.kind !== LineKind.Rule && !(li.kind === LineKind.Paragraph && RST_TARGET.test(li.content)));
  if (title > 0 && info[title].kind === LineKind.Heading && info[title].level === 1 && SETEXT_ROW.test(lines[title - 1]) && lines[title - 1].trim() === lines[title + 1]?.trim()) {
    for (let i = title + 1; i < info.length; i++) if (info[i].kind === LineKind.Heading) info[i].level = Math.min(6, info[i].level + 1);
  }
}
/** ".. _infra-guild:": a link target, before the title. */
const RST_TARGET = /^\.\. _[\w-]+:$/u;

/** Two lines or more that are a bracketed heading, "[** Title]". */
function isScrapbox(text: string): boolean {
  return (text.includes('[*') && (text.match(/^[ \t]*\[\*{1,5}\s[^\[\]\n]+\]\s*$/gm)?.length ?? 0) >= 2) || (text.includes('\n [') && indentedLikeScrapbox(text));
}

/**
 * A Scrapbox page with no bracketed headings: its title on the first line, most lines after it indented by one space
 * per level (three or more by exactly one), bracketed links on three or more, and hardly any markdown list or heading.
 */
function indentedLikeScrapbox(text: string): boolean {
  // (Before reading every line: three links at a line's start after one space, and hardly any markdown item, by native searches.)
  if (occurrences(text, '\n [', 3) < 3 || occurrences(text, '\n- ', 8) >= 8 || occurrences(text, '\n#', 8) >= 8) return false;
  let nonBlank = 0;
  let indented = 0;
  let oneSpace = 0;
  let bracketed = 0;
  let markdown = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    nonBlank++;
    if (line.charCodeAt(0) === 32) {
      indented++;
      if (line.charCodeAt(1) !== 32) oneSpace++;
    }
    if (/\[[^\[\]\s][^\[\]]*\]/u.test(line)) bracketed++;
    if (/^\s*(?:[-*+]\s|#{1,6}\s|\d+[.)]\s)/u.test(line)) markdown++;
  }
  return nonBlank >= 8 && indented >= nonBlank * 0.6 && oneSpace >= 3 && bracketed >= 3 && markdown * 10 <= nonBlank;
}

/** How many times `part` occurs in `text`, counted up to `limit`. */
function occurrences(text: string, part: string, limit: number): number {
  let n = 0;
  for (let at = text.indexOf(part); at >= 0 && n < limit; at = text.indexOf(part, at + part.length)) n++;
  return n;
}

/** "h1. Title" (Confluence's wiki markup), "== Title" (AsciiDoc) or "== Title ==" (MediaWiki) heading two lines or more, in a text saved as a note. */
const WIKI_HEADING = /^(?:h([1-6])\.|(={1,6}))[ \t]+(\S.*?)(?:[ \t]+=+)?[ \t]*$/u;
function markupDialect(text: string): 'wiki' | null {
  if (!text.includes('h1. ') && !text.includes('h2. ') && !text.includes('h3. ') && !text.includes('== ') && !text.startsWith('= ')) return null;
  return (text.match(/^(?:h[1-6]\.|={1,6})[ \t]+\S/gm)?.length ?? 0) >= 2 ? 'wiki' : null;
}

const ASCIIDOC_ATTRIBUTE = /^:!?[\w-]+!?:(?:\s|$)/u;
const ASCIIDOC_REVISION = /^v?\d+(?:\.\d+)*,\s*\S.{0,60}$/u;
/** An AsciiDoc block's delimiter line ("----", "....", "====", "****", "++++", "____"), the same line closing it. */
const ASCIIDOC_DELIMITER = /^(?:-{4,}|\.{4,}|={4,}|\*{4,}|\+{4,}|_{4,})$/u;
/** A sidebar's or a quote's delimiter: text inside, not code. */
const ASCIIDOC_PROSE_DELIMITER = /^(?:\*{4,}|_{4,})$/u;
/** ".Title": an AsciiDoc block's title (not "...", nor ".5 seconds"). */
const BLOCK_TITLE = /^\.[^\s.\d][^\n]{1,150}$/u;
/** "[source,hcl]", "[NOTE]": a block's attributes on the line before its delimiter. */
const ASCIIDOC_BLOCK_ATTRIBUTES = /^\[[\w.#%,=" -]{1,60}\]$/u;

/** A LaTeX document: two sectioning commands or more ("\\section*{Day 1}", "\\subsection{Title}"), or its body with items. */
function isLatex(text: string): boolean {
  if (!text.includes('\\section') && !text.includes('\\subsection') && !text.includes('\\begin{document}')) return false;
  return (text.match(LATEX_SECTION_LINE)?.length ?? 0) >= 2;
}
const LATEX_SECTION_LINE = /^[ \t]*\\(?:chapter|(?:sub){0,2}section|paragraph)\*?\{/gm;
/** "\\subsection*{Title}": a sectioning command, its depth's name (1) and title (2). */
const LATEX_HEADING = /^\s*\\(chapter|section|subsection|subsubsection|paragraph)\*?\{(.*)\}\s*(?:%.*)?$/u;
const LATEX_LEVEL: Record<string, number> = { chapter: 1, section: 2, subsection: 3, subsubsection: 4, paragraph: 5 };
/** "\\item Text", "\\item[Label] Text": a list's item. */
const LATEX_ITEM = /^\s*\\item(?:\[[^\]]*\])?\s*(.*)$/u;
/** "\\title{HashiConf 2023 --- field notes}", "\\date{10--12 October 2023, San Francisco}": the document's own fields. */
const LATEX_FIELD = /^\s*\\(title|date|author)\{(.*)\}\s*$/u;
/** "\\documentclass", "\\usepackage", "\\begin{itemize}", "\\maketitle", "% comment": no text of the notes. */
const LATEX_COMMAND_LINE = /^\s*(?:%|\\(?:documentclass|usepackage|begin|end|maketitle|tableofcontents|newpage|clearpage|vspace|hspace|noindent|setlength|renewcommand|newcommand|hypersetup|centering|small|large|bigskip|medskip)\b)/u;
/** "\\begin{lstlisting}", "\\begin{verbatim}", "\\begin{minted}{hcl}": a block of code (1, its environment). */
const LATEX_CODE_BEGIN = /^\s*\\begin\{(lstlisting|verbatim|minted|Verbatim)\}/u;

/** LaTeX's inline markup read as its text: "\\textbf{Terraform}" is "Terraform", "``quoted''" is "\"quoted\"", "--" a dash. */
function latexText(s: string): string {
  return s
    .replace(/\\(?:textbf|textit|texttt|emph|underline|textsc|mbox|url|footnote)\{([^{}]*)\}/g, '$1')
    .replace(/\\href\{[^{}]*\}\{([^{}]*)\}/g, '$1')
    .replace(/``|''/g, '"')
    .replace(/---/g, '—')
    .replace(/--/g, '–')
    .replace(/\\([&%#_$])/g, '$1')
    .replace(/(?<!\\)~/g, ' ')
    .replace(/\\\\\s*$/u, '')
    .replace(/(?<!\\)%.*$/u, '')
    // ("3{,}000": a group that only keeps the comma from spacing.)
    .replace(/\{([^{}]*)\}/g, '$1')
    .trim();
}

/**
 * A LaTeX document read as notes: sectioning commands are headings, "\\item"s items as deep as their lists, the title and
 * date fields lines of the header, code environments code, commands and comments no text, every other line its text.
 */
function applyLatex(lines: string[], info: LineInfo[]): void {
  let depth = 0;
  let afterBreak = true;
  for (let i = 0; i < lines.length; i++) {
    const li = info[i];
    const raw = lines[i];
    const code = LATEX_CODE_BEGIN.exec(raw);
    if (code) {
      const end = lines.findIndex((l, k) => k > i && l.includes(`\\end{${code[1]}}`));
      const last = end > i ? end : i;
      for (let k = i; k <= last; k++) asCode(info[k]);
      i = last;
      afterBreak = true;
      continue;
    }
    if (/^\s*\\begin\{(?:itemize|enumerate|description)\}/u.test(raw)) depth++;
    else if (/^\s*\\end\{(?:itemize|enumerate|description)\}/u.test(raw)) depth = Math.max(0, depth - 1);
    if (li.kind === LineKind.FrontMatter) continue;
    if (!raw.trim()) {
      asBlank(li);
      afterBreak = true;
      continue;
    }
    const h = LATEX_HEADING.exec(raw);
    if (h) {
      asHeading(li, raw, LATEX_LEVEL[h[1]], latexText(h[2]));
      afterBreak = true;
      continue;
    }
    const field = LATEX_FIELD.exec(raw);
    if (field) {
      // (The document's title is its first heading; its date and author, lines of its header.)
      // (The author is the writer, no one who spoke.)
      if (field[1] === 'title') asHeading(li, raw, 1, latexText(field[2]));
      else if (field[1] === 'author') {
        asCode(li);
        li.content = '';
      } else {
        asText(li, raw, true);
        li.content = latexText(field[2]);
      }
      afterBreak = true;
      continue;
    }
    if (LATEX_COMMAND_LINE.test(raw)) {
      asCode(li);
      li.content = '';
      afterBreak = true;
      continue;
    }
    const item = LATEX_ITEM.exec(raw);
    if (item) {
      li.kind = LineKind.ListItem;
      li.level = Math.max(1, depth);
      li.content = latexText(item[1]);
      li.contentStart = raw.length - item[1].length;
      li.contentEnd = raw.length;
      li.blockStart = true;
      li.standalone = false;
      afterBreak = false;
      continue;
    }
    asText(li, raw, afterBreak);
    li.content = latexText(raw);
    li.standalone = false;
    afterBreak = false;
  }
}

/** Makes a line blank: no text, nothing starts on it. */
function asBlank(li: LineInfo): void {
  li.kind = LineKind.Blank;
  li.content = '';
  li.level = 0;
  li.blockStart = false;
  li.standalone = false;
}

/** Makes a line code: no heading, no paragraph, never a title. */
function asCode(li: LineInfo): void {
  li.kind = LineKind.Code;
  li.level = 0;
  li.blockStart = false;
  li.standalone = false;
}
const ASCIIDOC_AUTHOR = /^[^\s:=][^<>]{1,80}<[^<>\s@]+@[^<>\s]+>(?:;.*)?\s*$/u;

/** Wiki markup's headings over markdown's reading of them (a paragraph's line): the line after one starts a block. */
function applyWikiHeadings(lines: string[], info: LineInfo[]): void {
  let afterHeading = false;
  let asciidoc = false;
  let sectionLevel = 1;
  for (let i = 0; i < lines.length; i++) {
    const li = info[i];
    // ".Title" alone over a block's delimiter or attributes: the block's title, a heading one level under its section's.
    if (asciidoc && li.kind === LineKind.Paragraph && BLOCK_TITLE.test(lines[i]) && i + 1 < lines.length && (ASCIIDOC_DELIMITER.test(lines[i + 1]) || ASCIIDOC_STYLE_LINE.test(lines[i + 1]))) {
      asHeading(li, lines[i], Math.min(6, sectionLevel + 1), stripInline(lines[i].slice(1).trim()));
      afterHeading = true;
      continue;
    }
    // "****" … "****", "____" … "____": a sidebar or a quote holds the notes' own text, as markdown read it; the delimiters are
    // no text.
    const proseEnd = asciidoc && ASCIIDOC_PROSE_DELIMITER.test(lines[i]) ? lines.indexOf(lines[i], i + 1) : -1;
    if (proseEnd > i) {
      asBlank(info[i]);
      asBlank(info[proseEnd]);
      afterHeading = true;
      continue;
    }
    // "[source,hcl]" then "----" … "----": an AsciiDoc delimited block (listing, literal, example, passthrough) is code,
    // whatever markdown made of its lines (its delimiters underline headings).
    if (asciidoc && ASCIIDOC_DELIMITER.test(lines[i])) {
      const end = lines.indexOf(lines[i], i + 1);
      if (end > i) {
        const from = i > 0 && ASCIIDOC_BLOCK_ATTRIBUTES.test(lines[i - 1]) ? i - 1 : i;
        for (let j = from; j <= end; j++) asCode(info[j]);
        i = end;
        afterHeading = false;
        continue;
      }
    }
    if (li.kind === LineKind.Code || li.kind === LineKind.FrontMatter || li.kind === LineKind.Blank) {
      afterHeading = false;
      continue;
    }
    const c = lines[i].charCodeAt(0);
    const h = (c === 104 || c === 61) && li.kind === LineKind.Paragraph ? WIKI_HEADING.exec(lines[i]) : null;
    if (h) {
      asHeading(li, lines[i], h[1] ? Number(h[1]) : h[2].length, stripInline(h[3]));
      sectionLevel = li.level;
      afterHeading = true;
      // (AsciiDoc's "== Title"; not MediaWiki's "=== Title ===", closed by its marks, whose "----" is a rule.)
      if (h[2] && !/=[ \t]*$/.test(lines[i])) asciidoc = true;
      // "= Title" then "Author Name <mail>" and ":event: …" lines: an AsciiDoc document's header, no content.
      if (h[2] === '=') {
        let j = i + 1;
        // ("v0.3, 2025-06-06": the revision line under the author, the document's date, not the event's.)
        while (j < lines.length && info[j].kind !== LineKind.Blank && (ASCIIDOC_ATTRIBUTE.test(lines[j]) || (j === i + 1 && ASCIIDOC_AUTHOR.test(lines[j])) || (j <= i + 2 && ASCIIDOC_REVISION.test(lines[j])))) info[j++].kind = LineKind.FrontMatter;
        if (j > i + 1) i = j - 1;
      }
      continue;
    }
    // "[horizontal]" then "登壇者:: 中村 優": a block's attributes, alone over the block; the block starts under it.
    // (Read as blank, its range kept, as a wrapped title's rest is: the line after a heading is the one under it.)
    if (asciidoc && li.kind === LineKind.Paragraph && ASCIIDOC_STYLE_LINE.test(lines[i])) {
      li.kind = LineKind.Blank;
      li.content = '';
      li.blockStart = false;
      li.standalone = false;
      afterHeading = true;
      continue;
    }
    if (afterHeading && li.kind === LineKind.Paragraph) li.blockStart = true;
    afterHeading = false;
  }
}
/** "[horizontal]", "[NOTE]", "[source,hcl]", "[.lead]", "[#id]": AsciiDoc's style and attributes of the block under it. */
const ASCIIDOC_STYLE_LINE = /^\[(?:horizontal|qanda|glossary|bibliography|abstract|partintro|appendix|discrete|float|NOTE|TIP|IMPORTANT|WARNING|CAUTION|source|listing|literal|example|sidebar|quote|verse|[.#%][\w-]+)(?:[,.#%][\w .#%=",-]*)?\]$/u;

/** "[** Title]" alone on a line, indented by its depth; "[link]", "[* bold]" inside a line. */
const SCRAPBOX_HEADING = /^([ \t]*)\[\*{1,5}\s+([^\[\]]+?)\s*\]\s*$/u;
const SCRAPBOX_BRACKET = /\[(?:\*{1,5}\s+|[-/_]\s*)?([^\[\]]+)\]/gu;

/**
 * Scrapbox's outline: a bracketed bold line is a heading, one level deeper per space of indentation;
 * links and bold in other lines read as their text; the line under a heading starts its text.
 */
function applyScrapboxOutline(lines: string[], info: LineInfo[]): void {
  let afterHeading = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const li = info[i];
    if (li.kind === LineKind.Blank || li.kind === LineKind.Code) continue;
    const h = raw.includes('[*') ? SCRAPBOX_HEADING.exec(raw) : null;
    if (h) {
      asHeading(li, raw, Math.min(6, h[1].length + 1), h[2]);
      afterHeading = true;
      continue;
    }
    if (afterHeading) li.blockStart = true;
    afterHeading = false;
    // " [Title]" then "  [Name]さん": Scrapbox indents a line one space per level, each line an item of its outline.
    const indent = raw.length - raw.trimStart().length;
    if (indent > 0 && li.kind === LineKind.Paragraph) {
      li.kind = LineKind.ListItem;
      li.level = Math.min(indent, 9);
      li.blockStart = true;
      li.standalone = false;
    } else if (li.kind === LineKind.Paragraph) li.blockStart = true;
    if (li.content.includes('[')) li.content = li.content.replace(SCRAPBOX_BRACKET, '$1');
  }
}

/** Makes a line a heading of `level` whose content is `title`, found in the raw line (an outliner's pass). */
function asHeading(li: LineInfo, raw: string, level: number, title: string): void {
  li.kind = LineKind.Heading;
  li.level = level;
  li.content = title;
  li.contentStart = Math.max(0, raw.indexOf(title));
  li.contentEnd = li.contentStart + title.length;
  li.blockStart = true;
  li.standalone = true;
}

/** "** DONE Title  :tag:" (a heading: no keyword, priority or tags in its content), "#+TITLE: Name" (the title). */
const ORG_HEADING = /^(\*{1,6})\s+(?:([A-Z]{2,12})\s+(?=\S))?(?:\[#[A-C]\]\s+)?(.*?)(?:\s+:[\w@#%:]+:)?\s*$/u;
const ORG_TITLE = /^#\+title:\s*(.*?)\s*$/iu;
/** Org's own keywords, and the file's (`#+TODO: TODO TALK | DONE`, shortcuts "WAIT(w)" without theirs). */
const ORG_KEYWORDS = ['TODO', 'DONE', 'NEXT', 'WAITING', 'HOLD', 'CANCELED', 'CANCELLED'];
const ORG_KEYWORD_LINE = /^#\+(?:SEQ_|TYP_)?TODO:(.*)$/iu;
/** A heading's title that starts with a capitalised word which is no keyword ("** AWS costs"). */
function orgHeadingTitle(raw: string): string {
  return raw.replace(/^\*{1,6}\s+/, '').replace(/\s+:[\w@#%:]+:\s*$/, '');
}
const ORG_DRAWER = /^\s*:([A-Za-z_]{2,20}):\s*$/u;
/** "CLOSED: [2024-03-12 Tue 22:47] SCHEDULED: <2024-03-12 Tue 18:30>": a heading's planning line. */
const ORG_PLANNING_LINE = /^\s*(?:CLOSED|SCHEDULED|DEADLINE):\s/u;
/** "<2023-12-11 月 11:20-12:00>", "[2024-03-12 Tue]": an Org timestamp alone on its line. */
const ORG_TIMESTAMP_ALONE = /^\s*[<\[]\d{4}-\d{2}-\d{2}(?:\s+[^<>\[\]\d\s]{1,4})?(?:\s+\d{1,2}:\d{2}(?:-\d{1,2}:\d{2})?)?[>\]]\s*$/u;

/** Makes a line a paragraph's, its content the trimmed raw line. */
function asText(li: LineInfo, raw: string, blockStart: boolean): void {
  li.kind = LineKind.Paragraph;
  li.level = 0;
  li.content = raw.trim();
  li.contentStart = raw.length - raw.trimStart().length;
  li.contentEnd = li.contentStart + li.content.length;
  li.blockStart = blockStart;
}

function orgKeywords(lines: string[]): Set<string> {
  const out = new Set(ORG_KEYWORDS);
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].charCodeAt(0) !== 35) continue;
    const m = ORG_KEYWORD_LINE.exec(lines[i]);
    if (m) for (const word of m[1].split(/\s+/)) if (word && word !== '|') out.add(word.replace(/\(.*\)$/, ''));
  }
  return out;
}

/**
 * Org's outline over markdown's reading of it: star lines are headings (markdown took "* …" for a
 * bullet and "** …" for text), the title line is the first heading, and the lines a star bullet
 * had taken in are text again.
 */
function applyOrgOutline(lines: string[], info: LineInfo[]): void {
  const keywords = orgKeywords(lines);
  // "#+TITLE:" before the first star: the document's title, its top headings one level below it.
  let below = 0;
  for (let i = 0; i < lines.length && lines[i].charCodeAt(0) !== 42; i++) if (lines[i].charCodeAt(0) === 35 && ORG_TITLE.test(lines[i])) below = 1;
  let afterHeading = false;
  let drawer: 'properties' | 'other' | null = null;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const li = info[i];
    if (li.kind === LineKind.Code || li.kind === LineKind.FrontMatter) continue;
    const c = raw.charCodeAt(0);
    const h = c === 42 ? ORG_HEADING.exec(raw) : c === 35 ? ORG_TITLE.exec(raw) : null;
    // "** TALK Ansible is fine": a keyword the file declares; "** AWS costs": a word of the title.
    const title = !h ? '' : h.length === 2 ? h[1] : h[2] && !keywords.has(h[2]) ? orgHeadingTitle(raw) : h[3];
    if (h && title.trim()) {
      asHeading(li, raw, h.length > 2 ? Math.min(6, h[1].length + below) : 1, title.trim());
      afterHeading = true;
      drawer = null;
      continue;
    }
    if (li.kind === LineKind.Blank) continue;
    // ":PROPERTIES:" … ":END:": a drawer's fences are no text; its properties (":SPEAKER: Greta Hoffmann")
    // are a line each, and a drawer of other lines (":LOGBOOK:" and its clock entries) is no text at all.
    const fence = raw.includes(':') ? ORG_DRAWER.exec(raw) : null;
    if (fence || drawer === 'other') {
      li.kind = LineKind.FrontMatter;
      if (fence) drawer = fence[1].toUpperCase() === 'END' ? null : fence[1].toUpperCase() === 'PROPERTIES' ? 'properties' : 'other';
      continue;
    }
    // ("<2023-12-11 Mon 11:20-12:00>" alone under a heading: when, no text; the line under it is the first of the heading's.)
    if (afterHeading && ORG_TIMESTAMP_ALONE.test(raw)) {
      li.kind = LineKind.FrontMatter;
      continue;
    }
    if (afterHeading && li.kind === LineKind.Paragraph) li.blockStart = true;
    if (drawer === 'properties' || ORG_PLANNING_LINE.test(raw)) {
      // A paragraph of its own.
      asText(li, raw, true);
      li.standalone = true;
      continue;
    }
    // A line that markdown put in a star's list item, with no marker of its own: the text under a heading.
    if (li.kind === LineKind.ListItem && !/^\s*(?:[-+]|\d{1,3}[.)])\s/.test(raw)) asText(li, raw, afterHeading);
    afterHeading = false;
  }
}

/**
 * The structure of a text that differs from `previous`'s in a few places, from `previous`'s info
 * and markdown-it run on the changed parts only; null when the whole text must be parsed.
 *
 * markdown-it's top-level loop reads one block after another, and a top-level block starting at
 * line L is a function of the lines from L on alone (its rules look forward, never back). So:
 * - a run of unchanged lines keeps the top-level blocks the old parse had there, from a line where
 *   both parses start a block, up to a line R where the old one starts a block with a blank line
 *   before it, when the text is unchanged up to R + 1: a block's rules read at most one line past
 *   the start of the next block (a paragraph asks whether a table starts there, whose second line
 *   it reads), except a link reference definition, which reads on up to the next blank line;
 * - parsing again from R, once the new parse starts a top-level block at a line X past the change
 *   where the old parse started one at the same line of the unchanged text (X - delta), the blocks
 *   from there on are the old ones moved by delta lines, up to the next change.
 * A line's info depends only on its text and the blocks over it, so the lines of kept blocks keep
 * their info (the same objects: info is never changed once made).
 */
function reparse(previous: NoteStructure, hunks: Hunk[], table: LineTable, lines: string[], frontMatter: FrontMatter | null, plainText: boolean, md: InstanceType<typeof MarkdownIt>, source: string, blank: number): { info: LineInfo[]; roots: number[]; previousLines: Int32Array } | null {
  if (previous.plainText !== plainText) return null;
  const old = previous.lines;
  const n = lines.length;
  const previousLines = new Int32Array(n);
  for (let k = 0, from = 0, delta = 0; k <= hunks.length; k++) {
    const to = k < hunks.length ? hunks[k].newStart : n;
    for (let i = from; i < to; i++) previousLines[i] = i - delta;
    if (k === hunks.length) break;
    for (let i = to; i < hunks[k].newEnd; i++) previousLines[i] = -1;
    from = hunks[k].newEnd;
    delta = hunks[k].newEnd - hunks[k].oldEnd;
  }
  if (!hunks.length) return { info: previous.info, roots: previous.roots, previousLines };
  // The front matter must be the same lines (and so the same data): the change is past it.
  const fmOld = previous.frontMatter;
  if (!!fmOld !== !!frontMatter) return null;
  if (fmOld && frontMatter && (fmOld.startLine !== frontMatter.startLine || fmOld.endLine !== frontMatter.endLine || hunks[0].oldStart <= fmOld.endLine + 1)) return null;

  const oldRoots = previous.roots;
  const oldInfo = previous.info;
  // An HTML block's text lines are read with the line before them (fillLine's `before`: the text under a
  // "<summary>"), which a kept block does not see change: a note with HTML, before or after the edit, is parsed whole.
  for (const li of oldInfo) if (li.kind === LineKind.Html) return null;
  for (const h of hunks) for (let i = h.newStart; i < h.newEnd; i++) if (lines[i].includes('<')) return null;
  // A long rule, added, taken away or beside an edit, may box a title in or let it out (boxedTitles): parsed whole.
  for (const h of hunks) {
    for (let i = Math.max(0, h.newStart - 1); i <= h.newEnd && i < n; i++) if (LONG_RULE.test(lines[i])) return null;
    for (let i = Math.max(0, h.oldStart - 1); i <= h.oldEnd && i < old.length; i++) if (LONG_RULE.test(old[i])) return null;
  }
  // A fence's mark, added or taken away, may close or leave open a fence far above it (closedBelow) or make a lone mark
  // below close what a line of text opened (openedInText): parsed whole.
  for (const h of hunks) {
    for (let i = h.newStart; i < h.newEnd; i++) if (lines[i].includes('```') || lines[i].includes('~~~')) return null;
    for (let i = h.oldStart; i < h.oldEnd; i++) if (old[i].includes('```') || old[i].includes('~~~')) return null;
  }
  const info: LineInfo[] = new Array(n);
  const roots: number[] = [];
  const tokens: Token[] = [];
  const parsed: Array<[number, number]> = [];
  const first = frontMatter ? frontMatter.endLine + 1 : 0;
  /** The first old root at or after `line`. */
  const rootFrom = (line: number): number => {
    let lo = 0;
    let hi = oldRoots.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (oldRoots[mid] < line) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /** Keeps the old blocks of new lines [from, to) (old lines less `delta`). */
  const keep = (from: number, to: number, delta: number): void => {
    for (let i = from; i < to; i++) info[i] = oldInfo[i - delta];
    for (let j = rootFrom(from - delta); j < oldRoots.length && oldRoots[j] < to - delta; j++) roots.push(oldRoots[j] + delta);
  };
  // The front matter's lines (unchanged).
  for (let i = 0; i < first; i++) info[i] = oldInfo[i];
  let state: BlockState | null = null;
  // Where both parses start a top-level block (or the first line markdown-it reads), and the shift of the old lines there.
  let cur = first;
  let delta = 0;
  for (let k = 0; k < hunks.length; ) {
    const h = hunks[k];
    // The restart: the last old block start in this unchanged run with a blank line before it and two unchanged lines from it.
    let j = rootFrom(h.oldStart - 1) - 1;
    while (j >= 0 && oldRoots[j] + 2 > h.oldStart) j--;
    while (j >= 0 && oldRoots[j] > cur - delta && oldRoots[j] > first && !isMarkdownBlank(old[oldRoots[j] - 1])) j--;
    const restart = j >= 0 && oldRoots[j] > cur - delta ? oldRoots[j] + delta : cur;
    keep(cur, restart, delta);
    state ??= blockState(md, source, tokens, blank, table.lineCount);
    let hunk = k;
    let shift = delta;
    const stopped = parseBlocks(md, state, restart, roots, (line) => {
      while (hunk + 1 < hunks.length && line >= hunks[hunk + 1].newStart) hunk++;
      const h2 = hunks[hunk];
      if (line < h2.newEnd) return false;
      // (A list right under a plain bullet is nested under it, nestUnderPlainBullets: its old info is kept only when the line above it is no such bullet, before and after.)
      if (line > 0 && (startsWithSymbolBullet(lines[line - 1]) || startsWithSymbolBullet(old[line - 1 - (h2.newEnd - h2.oldEnd)] ?? ''))) return false;
      shift = h2.newEnd - h2.oldEnd;
      // (After a blank line in both: a block right after another may read differently after another kind of block, "- - </div>"
      // interrupting a paragraph or after a list.)
      if (line > 0 && (!isMarkdownBlank(lines[line - 1]) || !isMarkdownBlank(old[line - 1 - shift] ?? ''))) return false;
      const at = rootFrom(line - shift);
      return at < oldRoots.length && oldRoots[at] === line - shift;
    });
    const x = stopped < 0 ? n : stopped;
    parsed.push([restart, x]);
    if (stopped < 0) {
      cur = n;
      break;
    }
    cur = x;
    delta = shift;
    k = hunk + 1;
  }
  if (cur < n) keep(cur, n, delta);
  // (An indented block parsed again may be prose, read only by a whole parse: proseIndentedBlocks.)
  for (const token of tokens) if (token.type === 'code_block') return null;
  for (const [from, to] of parsed) for (let i = from; i < to; i++) info[i] = new Line(lines[i]);
  applyTokens(tokens, state?.paragraphs ?? [], info, lines);
  for (const [from, to] of parsed) for (let i = from; i < to; i++) fillLine(lines[i], info[i], i > 0 ? info[i - 1] : undefined);
  for (const [from, to] of parsed) nestUnderPlainBullets(lines, info, roots, from, to);
  for (const [from, to] of parsed) joinWrappedLines(lines, info, from, to);
  for (const [from, to] of parsed) boxedTitles(lines, info, from, to);
  return { info, roots, previousLines };
}

/**
 * A title or a name wrapped onto the next line of its block (a note hard-wrapped at a width, a heading written over two
 * lines): "「OpenTelemetry Collector を全社標準にするまでの" then "　1年間 ― …構成へ」", "2. "Kubernetes Upgrades … Two
 * Years of" then "    Rolling Control Planes"", "2.1.  사내 테라폼 모듈 레지스트리를 … 보니" then "      생긴 일들" aligned under
 * its text, "Backstage を入れて半年、開発者ポータルが" then "「誰も見ないWiki」に…話" over one underline. The first line's
 * content becomes the whole; the lines joined to it are read as blank (their text is still theirs, and so are the
 * tools named in it).
 * Runs on the lines in [from, to); a block's lines are parsed together, so a join never crosses into kept lines.
 */
function joinWrappedLines(lines: string[], info: LineInfo[], from: number, to: number): void {
  for (let i = from; i + 1 < to; i++) {
    const li = info[i];
    if (li.kind !== LineKind.Paragraph && li.kind !== LineKind.ListItem && li.kind !== LineKind.Heading) continue;
    if (!li.content || li.quote) continue;
    // (Only a line that may hold a title or a name: a block's first, one that opens with a quote, or a field's.)
    const open = (li.blockStart || OPENS_QUOTED.test(li.content) || FIELD_LEAD.test(li.content)) && unclosedBracket(li.content);
    // How many lines after it are its continuation (0: none).
    let more = 0;
    if (open) {
      // The bracket closed within the next two lines of the same block.
      let joined = li.content;
      for (let k = 1; k <= 2 && i + k < to && continues(lines, info, i, i + k); k++) {
        joined += info[i + k].content;
        if (!unclosedBracket(joined)) {
          more = k;
          break;
        }
      }
    } else if (continues(lines, info, i, i + 1) && (i + 2 >= lines.length || !continues(lines, info, i, i + 2))) {
      const next = lines[i + 1];
      const indent = next.length - next.trimStart().length;
      // "2.1.  Title first half" then its second half under the title's first letter, the two lines a block of their own
      // (after "3)" only when the first half leads on: a note under a talk's line is aligned the same way).
      const number = li.blockStart && li.kind !== LineKind.Heading ? NUMBER_LEAD.exec(lines[i]) : null;
      const hanging = !!number && indent === number[0].length && (number[1] !== undefined || ENDS_LEADING_ON.test(li.content));
      // A heading's two lines over its underline (continues says the second is one), the first ending on a word that leads on.
      const heading = li.kind === LineKind.Heading && ENDS_LEADING_ON.test(li.content);
      if (hanging || heading) more = 1;
    }
    if (!more) continue;
    for (let k = 1; k <= more; k++) if (FIELD_LEAD.test(info[i + k].content)) more = 0;
    if (!more) continue;
    let content = li.content;
    for (let k = 1; k <= more; k++) {
      const part = info[i + k];
      content = joinWrapped(content, part.content);
      // Read as a blank line in the block: what is looked for under a title (its speakers) is found past it.
      part.content = '';
      part.kind = LineKind.Blank;
      part.level = 0;
      part.blockStart = false;
      part.standalone = false;
    }
    li.content = content;
    // (A paragraph that was only the wrapped line is now a paragraph of one line.)
    const after = info[i + more + 1];
    if (li.kind === LineKind.Paragraph && li.blockStart && (!after || after.kind !== LineKind.Paragraph || after.blockStart)) li.standalone = true;
    i += more;
  }
}
/** Line `j` goes on with line `i`'s block: not blank, no block of its own, the same kind (a heading's over one underline). */
function continues(lines: string[], info: LineInfo[], i: number, j: number): boolean {
  const a = info[i];
  const b = info[j];
  if (!b.content || b.quote !== a.quote) return false;
  if (a.kind === LineKind.Heading) return b.kind === LineKind.Heading && b.level === a.level && !/^\s{0,3}#/.test(lines[j]) && !/^\s{0,3}#/.test(lines[i]);
  return b.kind === a.kind && !b.blockStart;
}
const OPENS_QUOTED = /^[「『"“]/u;
/** "2.1.  ", "3) " before a line's text (group 1: a second number, an outline's). */
const NUMBER_LEAD = /^\s*\d{1,2}(\.\d{1,2})?[.)]?\s+(?=\S)/u;
/** "Speaker: …", "登壇者：…", "발표: …": a line of its own field, never the rest of a title. */
const FIELD_LEAD = /^[\p{L}\p{N} ()（）]{1,14}\s*[:：]\s*\S/u;
/** A title's first line cut before its end: a particle, a joining word, or a dash or comma after which more must come (not a colon: a list follows one). */
const ENDS_LEADING_ON = /(?:[がのをにでとはもへや、,\-–—&+]|から|まで|より|について|\b(?:of|the|a|an|and|or|to|for|with|in|on|at|from|by|without|into|vs\.?|versus|how|why|what))\s*$/iu;
/** Any bracket or quote that opens (a line without one, most lines, is read no further). */
const OPENS_ANY = /[「『(（[“"]/u;
/** The text opens a bracket or a quote it does not close (one pass over it), each opener above its closer. */
function unclosedBracket(text: string): boolean {
  if (!OPENS_ANY.test(text)) return false;
  let corner = 0;
  let whiteCorner = 0;
  let round = 0;
  let wideRound = 0;
  let square = 0;
  let curly = 0;
  let quotes = 0;
  for (let i = 0; i < text.length; i++) {
    switch (text.charCodeAt(i)) {
      case 0x300c: corner++; break; // 「
      case 0x300d: if (corner > 0) corner--; break;
      case 0x300e: whiteCorner++; break; // 『
      case 0x300f: if (whiteCorner > 0) whiteCorner--; break;
      case 0x28: round++; break; // (
      case 0x29: if (round > 0) round--; break;
      case 0xff08: wideRound++; break; // （
      case 0xff09: if (wideRound > 0) wideRound--; break;
      case 0x5b: square++; break; // [
      case 0x5d: if (square > 0) square--; break;
      case 0x201c: curly++; break; // “
      case 0x201d: if (curly > 0) curly--; break;
      case 0x22: quotes++; break; // "
    }
  }
  if (corner > 0 || whiteCorner > 0 || round > 0 || wideRound > 0 || square > 0 || curly > 0) return true;
  if (quotes % 2 === 0) return false;
  // (A straight quote only when the text opens with it, after a label at most: a CSV row's quoted cell may hold lines.)
  const first = text.indexOf('"');
  return first <= 12 && !text.includes('",') && !text.includes(',"');
}
/** Two parts of a wrapped line: a space between words of spaced scripts, none where either side is Japanese or Chinese. */
function joinWrapped(a: string, b: string): string {
  const last = a.charCodeAt(a.length - 1);
  const first = b.charCodeAt(0);
  const unspaced = (c: number) => (c >= 0x3000 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef);
  return unspaced(last) || unspaced(first) ? a + b : `${a} ${b}`;
}

/**
 * A line read as blank whose content range is not empty: a line joined to the one above it (joinWrappedLines), whose
 * text still names its tools and is stepped over under a title; or a line of white space only, the range its spaces
 * (stepped over in the same way: "- 발표 1: Title", "    ", "    발표자: Name" in one item).
 */
export function isBlankWithRange(li: LineInfo): boolean {
  return li.kind === LineKind.Blank && li.contentEnd > li.contentStart;
}

/** "#  date  event  where  notes": marks, then four cells or more apart by runs of two spaces or more. */
const SPACED_COLUMNS_AFTER_MARKS = /^ {0,3}#{1,6}[ \t]+\S+(?:[ \t]\S+)*(?:[ \t]{2,}\S+(?:[ \t]\S+)*){3,}[ \t]*$/;

/** A rule drawn across a plain-text note, ten characters or more ("------------------------------------"). */
const LONG_RULE = /^[ \t]*([-*_])\1{9,}[ \t]*$/;

/**
 * A line (or a wrapped line and the rest of it) boxed in between two long rules, as a mail or a plain-text file sets off
 * its sections: " 2. "Kubernetes Upgrades Without the Drama"" between rows of dashes is a heading.
 */
function boxedTitles(lines: string[], info: LineInfo[], from: number, to: number): void {
  for (let i = Math.max(1, from); i < to; i++) {
    const li = info[i];
    if ((li.kind !== LineKind.Paragraph && li.kind !== LineKind.ListItem) || !li.blockStart || !li.content || li.quote) continue;
    if (info[i - 1].kind !== LineKind.Rule || !LONG_RULE.test(lines[i - 1])) continue;
    let j = i + 1;
    while (j < lines.length && isBlankWithRange(info[j])) j++;
    if (j >= lines.length || info[j].kind !== LineKind.Rule || !LONG_RULE.test(lines[j])) continue;
    li.kind = LineKind.Heading;
    li.level = 2;
    li.standalone = true;
    i = j;
  }
}

/** A line of a table drawn with box-drawing characters: a row ("│ cell │ cell │") or a border ("├──┼──┤"). */
const DRAWN_TABLE_ROW = /^\s*[│┃║|]/u;
const DRAWN_BORDER = /^\s*[┌┏╔├┣╠└┗╚─━═┬┼┴┳╋┻╦╬╩┐┓╗┤┫╣┘┛╝+\-\s]+$/u;

/**
 * A fenced block that holds a table drawn with box-drawing characters ("┌──┬──┐", "│ Title │ notes │") is the writer's
 * text, not code: each row is a paragraph's line of its longest cell (the title beside "우리 팀에 가져온다면?", the notes
 * beside a cue), the borders and the fences blank lines between the rows' blocks. So is one that holds a tree (readAsTree).
 */
function drawnTables(lines: string[], info: LineInfo[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (info[i].kind !== LineKind.Code || !/^\s*(?:```|~~~)/u.test(lines[i])) continue;
    let end = i + 1;
    while (end < lines.length && info[end].kind === LineKind.Code && !/^\s*(?:```|~~~)\s*$/u.test(lines[end])) end++;
    let rows = 0;
    let other = 0;
    for (let j = i + 1; j < end; j++) {
      if (!lines[j].trim()) continue;
      if (DRAWN_TABLE_ROW.test(lines[j]) && /[│┃║]/u.test(lines[j])) rows++;
      else if (!DRAWN_BORDER.test(lines[j])) other++;
    }
    if (rows < 2 || other > 0) {
      if (isDrawnTree(lines, i + 1, end)) readAsTree(lines, info, i, end);
      i = end;
      continue;
    }
    let afterBorder = true;
    for (let j = i; j <= Math.min(end, lines.length - 1); j++) {
      const li = info[j];
      const raw = lines[j];
      if (j === i || j === end || !raw.trim() || DRAWN_BORDER.test(raw)) {
        asBlank(li);
        // (A border inside the table, "├──┼──┤", parts its rows, not its blocks: the rows under it go on the title's.)
        if (!/^\s*[├┣╠]/u.test(raw)) afterBorder = true;
        continue;
      }
      let best = '';
      for (const cell of raw.split(/[│┃║]/u)) if (cell.trim().length > best.length) best = cell.trim();
      li.kind = LineKind.Paragraph;
      li.level = 0;
      li.contentStart = raw.indexOf(best);
      li.contentEnd = li.contentStart + best.length;
      li.content = stripInline(best);
      li.blockStart = afterBorder;
      li.standalone = afterBorder && (j + 1 > end || !DRAWN_TABLE_ROW.test(lines[j + 1]) || DRAWN_BORDER.test(lines[j + 1]));
      afterBorder = false;
    }
    i = end;
  }
}

/** Whether lines [from, to) are a tree drawn with box-drawing characters: two branches or more, and lines down to them. */
function isDrawnTree(lines: string[], from: number, to: number): boolean {
  let branches = 0;
  let other = 0;
  for (let j = from; j < to; j++) {
    const raw = lines[j];
    if (!raw.trim()) continue;
    if (TREE_LINE.test(raw)) {
      if (TREE_BRANCH_AT.test(raw)) branches++;
    } else other++;
  }
  return branches >= 2 && other <= 2;
}
const TREE_LINE = new RegExp(String.raw`^\s*(?:${TREE_VERTICAL}|${TREE_BRANCH})`, 'u');
const TREE_BRANCH_AT = new RegExp(String.raw`^(?:\s|${TREE_VERTICAL})*${TREE_BRANCH}`, 'u');

/**
 * A fenced block that holds a tree drawn with box-drawing characters (a mind map typed out in a code block) is the
 * writer's text: each branch an item as deep as its column, the lines above the first branch a paragraph, the fences blank.
 */
function readAsTree(lines: string[], info: LineInfo[], fence: number, end: number): void {
  for (let j = fence; j <= Math.min(end, lines.length - 1); j++) {
    const li = info[j];
    const raw = lines[j];
    if (j === fence || j === end || !raw.trim()) {
      asBlank(li);
      continue;
    }
    li.level = 0;
    li.standalone = false;
    li.kind = LineKind.Paragraph;
    li.blockStart = j === fence + 1 || !lines[j - 1].trim();
    fillContent(raw, li);
  }
}

/** A plain bullet markdown does not know ("■ Title", "○ 세션 1", "・ タイトル") first on a line. */
const SYMBOL_BULLET = new RegExp(`^[ \\t]*[${BULLET_SYMBOLS}]`, 'u');
function startsWithSymbolBullet(raw: string): boolean {
  return SYMBOL_BULLET.test(raw);
}

/**
 * "■ Title" then "  - 발표 : Name" and "  - notes" with no blank line between: markdown reads the dash items as a list
 * of their own, beside the bullet it does not know; they are the bullet's items, one level under it, when their
 * marker is at or past the bullet's text. Also for a bullet that markdown read into that list as a lazy line, and
 * the items after it. Runs on the top-level blocks starting in [from, to), whose lines' info this parse made.
 */
function nestUnderPlainBullets(lines: string[], info: LineInfo[], roots: number[], from: number, to: number): void {
  for (let r = 0; r < roots.length; r++) {
    const root = roots[r];
    if (root < from || root >= to || info[root].kind !== LineKind.ListItem) continue;
    const end = r + 1 < roots.length ? roots[r + 1] : lines.length;
    let anchor: LineInfo | null = root > 0 && isPlainBulletItem(lines[root - 1], info[root - 1]) ? info[root - 1] : null;
    // Whether the first item after the anchor is far enough right to be under it (decided once per anchor).
    let under: boolean | null = null;
    for (let i = root; i < end; i++) {
      const li = info[i];
      if (li.kind !== LineKind.ListItem) continue;
      if (isPlainBulletItem(lines[i], li)) {
        anchor = li;
        under = null;
        continue;
      }
      if (!anchor) continue;
      under ??= li.blockStart && lines[i].length - lines[i].trimStart().length >= anchor.contentStart;
      if (under) li.level += anchor.level;
    }
  }
}
function isPlainBulletItem(raw: string, li: LineInfo): boolean {
  return li.kind === LineKind.ListItem && li.blockStart && !li.quote && (startsWithSymbolBullet(raw) || PLAIN_NUMBER_BULLET.test(raw));
}
/** "가.", "나)", "①", "（1）", "1）": numbering markdown does not know (one of PLAIN_ENUMERATOR's forms). */
const LETTER_CIRCLED_OR_BRACKETED = String.raw`[가나다라마바사아자차카타파하][.)]|[①-⑳]|（\d{1,2}）|\d{1,2}）`;
/** ("① 09:50 Title" then "   - AWS SA 정민아님": a number markdown does not know, as a plain bullet's symbol is.) */
const PLAIN_NUMBER_BULLET = new RegExp(String.raw`^[ \t]*(?:${LETTER_CIRCLED_OR_BRACKETED})[ \t\u3000]`, 'u');

/**
 * The lines of the new text: outside the hunks, the previous text's line strings (the same text).
 * A changed line is a copy, not a slice of the new text: a slice kept its whole text alive for as
 * long as the line stayed unchanged, through later edits (100 edits of a 211 KB note on nine
 * lines kept nine texts at a time, and most of the 100 were promoted to the old generation).
 */
function linesAfter(previous: NoteStructure, table: LineTable, hunks: Hunk[]): string[] {
  const n = table.lineCount;
  const old = previous.lines;
  const out: string[] = new Array(n);
  let i = 0;
  let delta = 0;
  for (const h of hunks) {
    for (; i < h.newStart; i++) out[i] = old[i - delta];
    for (; i < h.newEnd; i++) out[i] = detached(table.line(i));
    delta = h.newEnd - h.oldEnd;
  }
  for (; i < n; i++) out[i] = old[i - delta];
  return out;
}

interface Hunk {
  /** Changed lines: [oldStart, oldEnd) of the old text are [newStart, newEnd) of the new one. */
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

/**
 * The runs of lines that differ between two texts; every other line is the same in both (its text
 * and its line break). Long stretches are compared whole (one native comparison), and narrowed
 * down by halves where they differ: comparing line by line costs twenty times more.
 */
function changedLines(before: LineTable, after: LineTable): Hunk[] {
  const a = before.text;
  const b = after.text;
  const sa = before.starts;
  const sb = after.starts;
  const n0 = sa.length;
  const n = sb.length;
  const limit = Math.min(a.length, b.length);
  // The first differing character, and how many characters at the end are the same.
  let prefix = 0;
  for (let step = 16384; step >= 1; ) {
    const end = Math.min(limit, prefix + step);
    if (end > prefix && a.substring(prefix, end) === b.substring(prefix, end)) prefix = end;
    else step >>= 1;
  }
  if (prefix === a.length && prefix === b.length) return [];
  let suffix = 0;
  for (let step = 16384; step >= 1; ) {
    const len = Math.min(limit - prefix, suffix + step);
    if (len > suffix && a.substring(a.length - len, a.length - suffix) === b.substring(b.length - len, b.length - suffix)) suffix = len;
    else step >>= 1;
  }
  // Lines before the one holding the first difference are the same; so are the lines whose line
  // break before them lies in the same end.
  const first = lastAtOrBefore(sa, prefix);
  let endOld = lastAtOrBefore(sa, a.length - suffix) + 1;
  let endNew = endOld + (n - n0);
  if (endNew < first) (endOld += first - endNew), (endNew = first);
  if (endOld < first) (endNew += first - endOld), (endOld = first);
  if (n0 !== n) return [{ oldStart: first, oldEnd: Math.min(endOld, n0), newStart: first, newEnd: Math.min(endNew, n) }];
  // As many lines as before (edits inside lines): every run of changed lines on its own.
  const hunks: Hunk[] = [];
  const offset = (starts: number[], text: string, i: number) => (i < starts.length ? starts[i] : text.length);
  const same = (i: number, j: number) => a.substring(sa[i], offset(sa, a, j)) === b.substring(sb[i], offset(sb, b, j));
  const collect = (i: number, j: number): void => {
    if (i >= j || same(i, j)) return;
    if (j - i === 1) {
      const last = hunks[hunks.length - 1];
      if (last && last.oldEnd === i) last.oldEnd = last.newEnd = i + 1;
      else hunks.push({ oldStart: i, oldEnd: i + 1, newStart: i, newEnd: i + 1 });
      return;
    }
    const mid = (i + j) >> 1;
    collect(i, mid);
    collect(mid, j);
  };
  collect(first, Math.min(endOld, n));
  return hunks;
}


/** A line that may open or close a fence: up to three spaces, then three backticks or tildes. */
function isFenceMarkLine(line: string): boolean {
  const t = line.trimStart();
  return line.length - t.length <= 3 && (t.startsWith('```') || t.startsWith('~~~'));
}

/** A blank line as markdown-it sees it: spaces and tabs only. */
function isMarkdownBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/**
 * markdown-it's block state over `source`, with its line tables (start, end, indent and indent
 * width of every line) made here from a native search for line ends instead of its constructor's
 * loop over every character; `sameLineTables` (a property test) holds them to the constructor's.
 * The first `blank` lines (the front matter) are blank in the tables, as if the text had only line breaks there.
 */
export function blockState(md: InstanceType<typeof MarkdownIt>, source: string, tokens: Token[], blank = 0, lineCount?: number): BlockState {
  const block = md.block as unknown as { State: new (src: string, md: unknown, env: unknown, tokens: Token[]) => BlockState };
  const state = new block.State('', md, {}, tokens);
  // At most the line table's lines (one more than the line breaks), and markdown-it's sentinel line after the last.
  let most = (lineCount ?? 1) + 1;
  if (lineCount === undefined) for (let at = source.indexOf('\n'); at >= 0; at = source.indexOf('\n', at + 1)) most++;
  const tables = lineTables(most);
  const { bMarks, eMarks, tShift, sCount } = tables;
  const len = source.length;
  let n = 0;
  for (let start = 0; start < len; ) {
    const nl = source.indexOf('\n', start);
    const end = nl < 0 ? len : nl;
    let pos = start;
    let offset = 0;
    for (; pos < end; pos++) {
      const c = source.charCodeAt(pos);
      if (c === 32) offset++;
      else if (c === 9) offset += 4 - (offset % 4);
      else break;
    }
    // A last line without a line break that is only spaces is no line to markdown-it.
    if (nl < 0 && pos >= len) break;
    bMarks[n] = start;
    eMarks[n] = end;
    tShift[n] = pos - start;
    sCount[n] = offset;
    n++;
    start = end + 1;
  }
  // Lines read as blank (the front matter): no rule reads a line before the one it starts at.
  for (let i = 0; i < blank && i < n; i++) {
    eMarks[i] = bMarks[i];
    tShift[i] = 0;
    sCount[i] = 0;
  }
  bMarks[n] = len;
  eMarks[n] = len;
  tShift[n] = 0;
  sCount[n] = 0;
  n++;
  state.src = source;
  // Views of exactly the lines (a read past them is undefined, as in markdown-it's own arrays).
  state.bMarks = bMarks.subarray(0, n);
  state.eMarks = eMarks.subarray(0, n);
  state.tShift = tShift.subarray(0, n);
  state.sCount = sCount.subarray(0, n);
  state.bsCount = tables.bsCount.subarray(0, n).fill(0);
  state.lineMax = n - 1;
  state.paragraphs = [];
  return state;
}

/**
 * The line tables of block states, reused from parse to parse (a state lives only while its parse
 * runs, and each state fills its lines anew): made for each parse, the five arrays of a 7,000-line
 * note were about 1 MB of garbage at every edit (a third of what an edit allocates).
 */
let lineTableStore: { bMarks: Int32Array; eMarks: Int32Array; tShift: Int32Array; sCount: Int32Array; bsCount: Int32Array } | null = null;
/** Line tables this long are not kept after their parse asks for them (a huge note's would stay in memory). */
const KEEP_LINE_TABLES = 64 * 1024;

function lineTables(lines: number): NonNullable<typeof lineTableStore> {
  if (lineTableStore && lineTableStore.bMarks.length >= lines) return lineTableStore;
  const size = Math.max(lines, 2 * (lineTableStore?.bMarks.length ?? 512));
  const made = { bMarks: new Int32Array(size), eMarks: new Int32Array(size), tShift: new Int32Array(size), sCount: new Int32Array(size), bsCount: new Int32Array(size) };
  if (size <= KEEP_LINE_TABLES) lineTableStore = made;
  return made;
}

/**
 * markdown-it's top-level block loop (ParserBlock.tokenize) from line `from`, recording where each
 * top-level block starts; stops before a block whose start `stop` accepts, and returns that line
 * (or -1 when it read to the end).
 */
function parseBlocks(md: InstanceType<typeof MarkdownIt>, state: BlockState, from: number, roots: number[], stop: ((line: number) => boolean) | null): number {
  const rules = (md.block.ruler as unknown as { getRules(name: string): BlockRuleFn[] }).getRules('');
  const maxNesting = md.options.maxNesting ?? 100;
  const endLine = state.lineMax;
  let line = from;
  // (state.tight at the top level is read by no rule: a list keeps its own.)
  let hasEmptyLines = false;
  while (line < endLine) {
    state.line = line = state.skipEmptyLines(line);
    if (line >= endLine) break;
    if (state.sCount[line] < state.blkIndent) break;
    if (state.level >= maxNesting) {
      state.line = endLine;
      break;
    }
    if (stop && stop(line)) return line;
    roots.push(line);
    const prevLine = state.line;
    let ok = false;
    for (let i = 0; i < rules.length; i++) {
      ok = rules[i](state, line, endLine, false);
      if (ok) {
        if (prevLine >= state.line) throw new Error("block rule didn't increment state.line");
        break;
      }
    }
    if (!ok) throw new Error('none of the block rules matched');
    state.tight = !hasEmptyLines;
    if (state.isEmpty(state.line - 1)) hasEmptyLines = true;
    line = state.line;
    if (line < endLine && state.isEmpty(line)) {
      hasEmptyLines = true;
      line++;
      state.line = line;
    }
  }
  return -1;
}

export interface BlockState {
  md: InstanceType<typeof MarkdownIt>;
  parentType: string;
  tokens: Token[];
  /** Each paragraph as three numbers: the index its tokens would have in `tokens`, its first line, the line after it. */
  paragraphs: number[];
  src: string;
  bMarks: Int32Array;
  eMarks: Int32Array;
  tShift: Int32Array;
  bsCount: Int32Array;
  line: number;
  lineMax: number;
  level: number;
  blkIndent: number;
  tight: boolean;
  sCount: Int32Array;
  skipEmptyLines(from: number): number;
  isEmpty(line: number): boolean;
}
type BlockRuleFn = (state: BlockState, startLine: number, endLine: number, silent: boolean) => boolean;

/** Marks each line with the blocks over it. */
/** A row of one drawing character: "=====", "-----". */
const DRAWN_ROW = /^\s*([=\-*~#_])\1{2,}\s*$/u;

function applyTokens(tokens: Token[], paragraphs: number[], info: LineInfo[], lines: string[]): void {
  let listDepth = 0;
  let p = 0;
  const separators = dashSeparators(lines, info);
  for (let t = 0; t <= tokens.length; t++) {
    // The paragraphs that come before this token.
    for (; p < paragraphs.length && paragraphs[p] === t; p += 3) markParagraph(info, paragraphs[p + 1], paragraphs[p + 2], listDepth);
    if (t === tokens.length) break;
    const token = tokens[t];
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
        if (token.map) for (let l = token.map[0]; l < token.map[1]; l++) info[l].quote = true;
        break;
      case 'list_item_open':
        if (token.map) info[token.map[0]].blockStart = true;
        break;
      case 'heading_open':
        if (token.map) {
          const level = Number(token.tag.slice(1));
          // A setext heading's text may take several lines (a plain-text banner between two rows of "="): each is a
          // heading's line; the underline is a rule.
          const last = token.markup === '=' || token.markup === '-' || token.map[1] - token.map[0] > 1 ? token.map[1] - 1 : token.map[1];
          // Three lines or more over a row of dashes ("タイトル: …", "登壇者: …", "概要: …" then "-----"): a paragraph and a
          // rule after it with no blank line between, no title of three lines (a banner between rows of "=" is one).
          // (A YAML document's "---" under its keys stays as markdown reads it: a separator is drawn longer.)
          // In a note that separates its posts with "---", with or without a blank line before it, the text over one is a post.
          if (token.markup === '-' && ((last - token.map[0] >= 3 && lines[last].trim().length >= 10 && !DRAWN_ROW.test(lines[token.map[0]])) || (separators && lines[last].trim() === '---'))) {
            for (let l = token.map[0]; l < last; l++) {
              info[l].kind = LineKind.Paragraph;
              info[l].blockStart = l === token.map[0];
            }
            info[last].kind = LineKind.Rule;
            break;
          }
          // ("#   date        event        where      notes": the header of a table in columns of spaces, its first column numbered.)
          if (token.markup.charCodeAt(0) === 35 && SPACED_COLUMNS_AFTER_MARKS.test(lines[token.map[0]])) {
            info[token.map[0]].kind = LineKind.Paragraph;
            info[token.map[0]].blockStart = true;
            break;
          }
          // ("=====" over the banner's lines, with no blank line between: the banner's top row, a rule.)
          let top = token.map[0];
          if (last - top >= 2 && DRAWN_ROW.test(lines[top])) info[top++].kind = LineKind.Rule;
          for (let l = top; l < Math.max(last, top + 1); l++) {
            info[l].kind = LineKind.Heading;
            info[l].level = level;
            info[l].blockStart = true;
          }
          for (let l = Math.max(last, token.map[0] + 1); l < token.map[1]; l++) info[l].kind = LineKind.Rule;
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
}

/**
 * True when "---" separates the note's parts: three lines or more of it right under text (which markdown reads as
 * setext headings), and it alone after a blank line as well (a rule), or most of those texts two lines or more (posts,
 * not titles). Read from the whole note's lines, so that a partial parse after an edit decides as the first parse did.
 */
function dashSeparators(lines: string[], info: LineInfo[]): boolean {
  let underlined = 0;
  let multiLine = 0;
  let rule = false;
  // (The front matter's lines count as blank: markdown reads them so.)
  const blankAt = (k: number) => !lines[k].trim() || info[k].kind === LineKind.FrontMatter;
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i];
    if (l.charCodeAt(0) !== 45 || l.trim() !== '---' || info[i].kind === LineKind.FrontMatter) continue;
    if (blankAt(i - 1)) rule = true;
    else {
      underlined++;
      if (i >= 2 && !blankAt(i - 2)) multiLine++;
    }
  }
  return underlined >= 3 && (rule || multiLine * 2 >= underlined);
}

function markParagraph(info: LineInfo[], a: number, b: number, listDepth: number): void {
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

function fillLine(raw: string, li: LineInfo, before: LineInfo | undefined): void {
  if (li.kind === LineKind.Blank || li.kind === LineKind.FrontMatter || li.kind === LineKind.Rule) return;
  // "<summary>Title</summary>" then "발표: 오태호 님 / 하늘페이" in the same folded block, no blank line between: the
  // text under the summary (a line that is no tag) is a paragraph, as it would be after a blank line.
  if (li.kind === LineKind.Html && before && ((before.kind === LineKind.Heading && before.level === 6 && before.contentStart > 0) || before.kind === LineKind.Paragraph) && raw.trim() && raw.trimStart().charCodeAt(0) !== 60) {
    li.kind = LineKind.Paragraph;
    fillContent(raw, li);
    li.blockStart = before.kind === LineKind.Heading;
    li.standalone = false;
    return;
  }
  // "<h3>Title - Speaker (Org)</h3>" on a line of its own (a post exported from a blog): a heading.
  // "<summary><b>Title</b> — Speaker (Org)</summary>" of a folded block (<details>): a heading of the lowest level.
  if (li.kind === LineKind.Html && (raw.includes('</h') || raw.includes('</summary'))) {
    const h = HTML_HEADING.exec(raw) ?? HTML_SUMMARY.exec(raw);
    if (h) {
      li.kind = LineKind.Heading;
      li.level = h[2] ? Number(h[2]) : 6;
      li.blockStart = true;
      li.contentStart = h[1].length;
      li.contentEnd = raw.length - h[4].length;
      li.content = decodeEntities(h[3].replace(/<[^>]*>/g, '')).trim();
      return;
    }
  }
  // "<li><strong>Title</strong> &ndash; Name (Org)<br>" on a line of its own (a mail's or a page's source pasted): an item of
  // its text.
  // (Not one that holds a comment: its words are left out of the tools' mentions only on an HTML line.)
  if (li.kind === LineKind.Html && raw.includes('<li') && !raw.includes('<!--')) {
    const item = HTML_ITEM.exec(raw);
    if (item) {
      li.kind = LineKind.ListItem;
      li.level = 1;
      li.blockStart = true;
      li.standalone = false;
      li.contentStart = item[1].length;
      li.contentEnd = raw.length - item[3].length;
      // (A line break inside it, between the title and who gave it, reads as a dash.)
      li.content = decodeEntities(item[2].replace(/\s*<br\s*\/?>\s*/gi, ' — ').replace(/<[^>]*>/g, '')).trim();
      return;
    }
  }
  // "<p class="speaker">Name (Org)</p>" on a line of its own: a paragraph of its text.
  if (li.kind === LineKind.Html && raw.includes('</p>')) {
    const p = HTML_PARAGRAPH.exec(raw);
    if (p) {
      li.kind = LineKind.Paragraph;
      li.blockStart = true;
      li.standalone = true;
      li.contentStart = p[1].length;
      li.contentEnd = raw.length - p[3].length;
      li.content = decodeEntities(p[2].replace(/<[^>]*>/g, ''), false).trim();
      return;
    }
  }
  // ":::tip[Title]", ":::details Title": a container's title, a heading of the lowest level, as an admonition's is.
  if (li.kind === LineKind.Heading && raw.charCodeAt(0) !== 35 && raw.includes(':::')) {
    const title = containerTitle(raw);
    if (title) {
      li.level = 6;
      li.blockStart = true;
      li.contentStart = raw.indexOf(title);
      li.contentEnd = li.contentStart + title.length;
      li.content = stripInline(title);
      return;
    }
  }
  // "!!! note "Title"", "??? abstract "【Track A】Title"": a MkDocs admonition's title, over its body, a heading of the lowest
  // level, as a folded block's summary is.
  if (li.kind === LineKind.Paragraph && raw.endsWith('"')) {
    const a = ADMONITION_TITLE.exec(raw);
    if (a) {
      li.kind = LineKind.Heading;
      li.level = 6;
      li.blockStart = true;
      li.contentStart = a[1].length;
      li.contentEnd = a[1].length + a[2].length;
      li.content = a[2].trim();
      return;
    }
  }
  fillContent(raw, li);
  // "★★★☆☆ Title - Name" under "  notes of the talk above": a line back at the margin after indented lines of the same
  // paragraph starts an entry of a hanging-indent list (markdown reads the indented lines as the paragraph's continuation).
  if (li.kind === LineKind.Paragraph && !li.blockStart && li.contentStart === 0 && before !== undefined && before.kind === LineKind.Paragraph && before.contentStart >= 2 && li.content.length > 0) li.blockStart = true;
}

/** The entities an exported post writes in its text ("Vault &amp; Consul", "&ndash;", "Don&#8217;t"). */
function decodeEntities(text: string, all = true): string {
  if (!text.includes('&')) return text;
  // (A "<p>" line keeps its dashes' entities: "Name, Role &amp; Name, Role &mdash; Org" under a heading names people, and
  // read with a dash it would read as a title and its speaker.)
  return all ? text.replace(ALL_ENTITIES, (_, e: string) => ENTITIES[e] ?? numericEntity(e)) : text.replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_, e: string) => ENTITIES[e]);
}
const ALL_ENTITIES = /&(amp|lt|gt|quot|#39|apos|nbsp|ndash|mdash|middot|bull|hellip|lsquo|rsquo|ldquo|rdquo|#\d{2,7}|#x[0-9a-f]{2,6});/gi;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ', ndash: '–', mdash: '—', middot: '·', bull: '•', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”' };
/** "&#8217;", "&#x1F355;": a character by its number (a replacement character where there is none). */
function numericEntity(e: string): string {
  const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
}
/** A whole line that opens a list's item: lead (to the item's text), inner HTML, close (a line break, the item's end). */
const HTML_ITEM = /^(\s*<li(?:\s[^>]*)?>)(.*?)((?:\s*<br\s*\/?>)?(?:\s*<\/li>)?\s*)$/i;

/** A whole line that is one HTML heading: lead, level, inner HTML, close. */
const HTML_HEADING = /^(\s*<h([1-6])(?:\s[^>]*)?>)(.*?)(<\/h\2>\s*)$/i;
/** A whole line that is one HTML paragraph: lead, inner HTML, close. */
const HTML_PARAGRAPH = /^(\s*<p(?:\s[^>]*)?>)((?:(?!<\/?p[\s>]).)*)(<\/p>\s*)$/i;
/** The same for a folded block's summary line (the level left empty). */
const HTML_SUMMARY = /^(\s*(?:<details(?:\s[^>]*)?>\s*)?<summary(?:\s[^>]*)?>)()(.*?)(<\/summary>\s*)$/i;

/**
 * Sets a line's content: the text after its block markers (block quote, heading, list, plain
 * bullet), trimmed, without inline markup. Read with character tests, not regexes on copies of the
 * line; a property test holds it to the regexes it replaced (`/^(\s*>\s?)+/`, `/^\s*#{1,6}(\s+|$)/`,
 * `/^\s*(?:[-*+]|\d{1,3}[.)])(\s+|$)/`, `/\s+#+\s*$/`).
 */
export function fillContent(raw: string, li: LineInfo): void {
  const n = raw.length;
  if (li.kind === LineKind.Code || li.kind === LineKind.Html) {
    let lead = 0;
    while (lead < n && isWhiteSpace(raw.charCodeAt(lead))) lead++;
    let end = n;
    while (end > 0 && isWhiteSpace(raw.charCodeAt(end - 1))) end--;
    li.contentStart = lead;
    li.contentEnd = end;
    li.content = lead >= end ? '' : lead === 0 && end === n ? raw : raw.slice(lead, end);
    return;
  }
  // Block quote markers: white space, '>', and one white space after it, as often as they come.
  let start = 0;
  for (;;) {
    let p = start;
    while (p < n && isWhiteSpace(raw.charCodeAt(p))) p++;
    if (p >= n || raw.charCodeAt(p) !== 62) break;
    p++;
    if (p < n && isWhiteSpace(raw.charCodeAt(p))) p++;
    start = p;
  }
  if (li.kind === LineKind.Heading) {
    // '#' to '######', then white space or the end; in a list item ("- ## Title", an outliner's
    // heading block) after its marker.
    let p = start;
    while (p < n && isWhiteSpace(raw.charCodeAt(p))) p++;
    const marker = raw.charCodeAt(p);
    if ((marker === 45 || marker === 42 || marker === 43) && p + 1 < n && isWhiteSpace(raw.charCodeAt(p + 1))) {
      let r = p + 1;
      while (r < n && isWhiteSpace(raw.charCodeAt(r))) r++;
      if (raw.charCodeAt(r) === 35) p = r;
    }
    let q = p;
    while (q < n && raw.charCodeAt(q) === 35) q++;
    if (q > p && q - p <= 6) start = afterMarker(raw, q, start);
  } else if (li.kind === LineKind.ListItem) {
    // '-', '*', '+', or one to three digits and '.' or ')', then white space or the end.
    let p = start;
    while (p < n && isWhiteSpace(raw.charCodeAt(p))) p++;
    const c = raw.charCodeAt(p);
    if (c === 45 || c === 42 || c === 43) start = afterMarker(raw, p + 1, start);
    else {
      let q = p;
      while (q < n && isDigit(raw.charCodeAt(q))) q++;
      const mark = raw.charCodeAt(q);
      if (q > p && q - p <= 3 && (mark === 46 || mark === 41)) start = afterMarker(raw, q + 1, start);
    }
  }
  let bulleted = false;
  // (Also a line markdown took into the list item above: "1. 개요" then "  □ 장소 : …", "2. Day 1" then "   2.1 Title".)
  const mayBeItem = li.kind === LineKind.Paragraph || (li.kind === LineKind.ListItem && !li.blockStart);
  if (mayBeItem && mayStartPlainBullet(raw, start)) {
    PLAIN_BULLET.lastIndex = start;
    const bullet = PLAIN_BULLET.exec(raw);
    if (bullet) {
      bulleted = true;
      li.kind = LineKind.ListItem;
      li.level = depthOfIndent(bullet[1]);
      li.standalone = false;
      // Each bullet starts an item, as a markdown list item's first line does.
      li.blockStart = true;
      start += bullet[0].length;
    }
  }
  // (A Hangul or circled enumerator passes the bullet's first test too.)
  if (!bulleted && mayBeItem && mayStartEnumerator(raw, start)) {
    PLAIN_ENUMERATOR.lastIndex = start;
    const item = PLAIN_ENUMERATOR.exec(raw);
    // (A thread's "3/ " and "(1)" only inside a paragraph, each line a post or an entry: after a blank line such a line
    // reads as prose, as it always did.)
    if (item && (item[2] === undefined || item[1].length > 0 || item[2].split('.').length >= 3) && !(li.blockStart && (item[0].trimEnd().endsWith('/') || item[0].trimStart().startsWith('(')))) {
      li.kind = LineKind.ListItem;
      // "2.3.1": as deep as its numbers; "가.", "①": by indentation, as a plain bullet.
      li.level = item[2] !== undefined ? item[2].split('.').length : depthOfIndent(item[1]);
      li.standalone = false;
      li.blockStart = true;
      start += item[0].length;
    }
  }
  // ("│  Thu 2024-03-21, Berlin" under a tree's root: a line of its own, its text after the lines down.)
  if (!bulleted && mayBeItem && raw.charCodeAt(start) >= 0x2500 && raw.charCodeAt(start) <= 0x2551) {
    const under = UNDER_BRANCH.exec(start === 0 ? raw : raw.slice(start));
    if (under) {
      start += under[1].length;
      li.blockStart = true;
      // ("│" alone: the space between two branches.)
      if (start >= n) asBlank(li);
    }
  }
  while (start < n && isWhiteSpace(raw.charCodeAt(start))) start++;
  let end = n;
  if (li.kind === LineKind.Heading) {
    // A closing run of '#' with white space before it.
    let e = n;
    while (e > 0 && isWhiteSpace(raw.charCodeAt(e - 1))) e--;
    let h = e;
    while (h > 0 && raw.charCodeAt(h - 1) === 35) h--;
    let w = h;
    while (w > 0 && isWhiteSpace(raw.charCodeAt(w - 1))) w--;
    if (h < e && w < h) end = w;
  }
  while (end > start && isWhiteSpace(raw.charCodeAt(end - 1))) end--;
  li.contentStart = start;
  li.contentEnd = end;
  li.content = stripInline(start === 0 && end === n ? raw : raw.slice(start, end));
}

/** Where a block marker ending at `at` leaves the line: past the white space after it, or `fallback` when neither white space nor the end follows. */
function afterMarker(raw: string, at: number, fallback: number): number {
  if (at >= raw.length) return at;
  if (!isWhiteSpace(raw.charCodeAt(at))) return fallback;
  while (at < raw.length && isWhiteSpace(raw.charCodeAt(at))) at++;
  return at;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A plain bullet's or enumerator's list depth from the white space before it: one more per two columns, a tab counting four. */
function depthOfIndent(space: string): number {
  // (A full-width space is two columns: "⇒ Title" then "　→ note" under it.)
  return Math.floor(space.replace(/\t/g, '    ').replace(/\u3000/g, '  ').length / 2) + 1;
}

/**
 * Numbering markdown does not know, at a line's start: a word processor's outline ("2.1", "2.3.1",
 * indented or three numbers deep), Korean documents' letters ("가.", "나)"), circled numbers and
 * numbers and letters in brackets ("①", "（1）", "(1)", "1）", "(a)"), a thread's "3/ ". Group 2 is the outline's numbers.
 */
// ("3/ Title — Name": a thread's posts, numbered as they were posted.)
const PLAIN_ENUMERATOR = new RegExp(String.raw`(\s*)(?:(\d{1,2}(?:\.\d{1,2}){1,4})\.?|${LETTER_CIRCLED_OR_BRACKETED}|\(\d{1,2}\)|\([a-h]\)|（[a-h]）|\d{1,3}\/)[ \t\u3000]+(?=\S)`, 'uy');

/** Whether the first character past white space could start PLAIN_ENUMERATOR. */
function mayStartEnumerator(raw: string, from: number): boolean {
  let p = from;
  while (p < raw.length && isWhiteSpace(raw.charCodeAt(p))) p++;
  const c = raw.charCodeAt(p);
  return (c >= 48 && c <= 57) || (c >= 0x2460 && c <= 0x2473) || c === 0xff08 || c === 40 || (c >= 0xac00 && c <= 0xd558);
}

/** Whether the first character past white space could be a plain bullet (most lines start with a letter). */
function mayStartPlainBullet(raw: string, from: number): boolean {
  let p = from;
  while (p < raw.length && isWhiteSpace(raw.charCodeAt(p))) p++;
  const c = raw.charCodeAt(p);
  // ("o　item": a full-width space after the o, as PLAIN_BULLET's \s reads it.)
  return c === 45 || c === 42 || c === 43 || c >= 0x2000 || (c === 92 && /[-*+]/.test(raw[p + 1] ?? '')) || (c === 111 && isWhiteSpace(raw.charCodeAt(p + 1))) || (c === 91 && raw.charCodeAt(p + 2) === 93);
}

/** Removes inline markdown: emphasis, code ticks, images, link targets, HTML tags. */
export function stripInline(text: string): string {
  // ":microphone: Title", ":bust_in_silhouette: Name": emoji typed by their short names (Slack, GitHub), read as the emoji.
  const s = text.length <= 2000 && text.includes(':') && EMOJI_SHORTCODE.test(text) ? withEmojiFromShortcodes(text) : text;
  // Long lines are prose or data, never titles: keep them as they are (and linear).
  if (s.length > 2000 || (!/[*_`!\[<\\]/.test(s) && !s.includes("''"))) return s;
  // "[[Jane Doe]]", "[[people/jane|Jane Doe]]", "#[[KubeCon EU]]": a notes app's links and tags, read as their text.
  return withoutWikiBrackets(s.includes('#[[') ? s.replace(/#\[\[/g, '[[') : s)
    // ("Marcus Lee[^1], Northgale Systems": a footnote's mark.)
    .replace(/\[\^[^\]\s]{1,20}\](?!:)/g, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '')
    .replace(/(?<!\[)\[([^\[\]]+)\]\([^)]*\)/g, '$1')
    // ("<https://…|Title>": Slack's link, read as its text.)
    .replace(/<(?:https?|mailto):[^\s|<>]+\|([^<>]+)>/g, '$1')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=$|[\s).,:;!?])/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    // ("'''KubeCon EU 2024'''", "''会場'': …": a wiki's bold and italics, MediaWiki's and Backlog's.)
    .replace(/'{2,3}([^']+?)'{2,3}/g, '$1')
    .replace(/\\([\\`*_{}\[\]()#+\-.!|])/g, '$1')
    .trim();
}

/** ":microphone:", ":small_blue_diamond:": an emoji's short name between colons, alone between spaces (not "10:30:", "std::vector"). */
const EMOJI_SHORTCODES = /(?<=^|\s):([a-z][a-z0-9_+-]{1,40}):(\s+|$)/g;
/** Whether a text holds one (EMOJI_SHORTCODES without the global flag, whose lastIndex a test would move). */
const EMOJI_SHORTCODE = new RegExp(EMOJI_SHORTCODES.source);
/** The emoji whose short names mean something in a note (a talk, a person, a place, a time, a break, a number); other short names stay as written. */
const EMOJI_BY_SHORTCODE: ReadonlyMap<string, string> = new Map(
  Object.entries({
    microphone: '🎤', studio_microphone: '🎙️', speaking_head: '🗣️', speaking_head_in_silhouette: '🗣️', bust_in_silhouette: '👤', busts_in_silhouette: '👥', raising_hand: '🙋',
    office: '🏢', round_pushpin: '📍', pushpin: '📌', calendar: '📆', date: '📅', spiral_calendar: '🗓️', spiral_calendar_pad: '🗓️', alarm_clock: '⏰', clock: '🕐', watch: '⌚', stopwatch: '⏱️', hourglass: '⌛',
    memo: '📝', pencil: '📝', pencil2: '✏️', speech_balloon: '💬', bulb: '💡', link: '🔗', label: '🏷️', bookmark: '🔖', hammer_and_wrench: '🛠️', wrench: '🔧',
    star: '⭐', star2: '🌟', white_check_mark: '✅', heavy_check_mark: '✔️', ballot_box_with_check: '☑️', x: '❌', warning: '⚠️', question: '❓',
    coffee: '☕', bento: '🍱', pizza: '🍕', beer: '🍺', beers: '🍻', sandwich: '🥪', hamburger: '🍔', fork_and_knife: '🍴', tea: '🍵',
    point_right: '👉', arrow_right: '➡️', small_blue_diamond: '🔹', small_orange_diamond: '🔸', black_small_square: '▪️', white_small_square: '▫️',
    one: '1️⃣', two: '2️⃣', three: '3️⃣', four: '4️⃣', five: '5️⃣', six: '6️⃣', seven: '7️⃣', eight: '8️⃣', nine: '9️⃣', keycap_ten: '🔟',
  }),
);

/** The text with each emoji's short name that EMOJI_BY_SHORTCODE knows read as the emoji, one space kept after it. */
function withEmojiFromShortcodes(text: string): string {
  return text
    .replace(EMOJI_SHORTCODES, (_all, name: string, trail: string) => {
      const emoji = EMOJI_BY_SHORTCODE.get(/^clock\d{1,4}$/.test(name) ? 'clock' : name);
      // (Not ":speaker:", ":org:": a field's name, a reStructuredText field list.)
      return emoji ? emoji + (trail ? ' ' : '') : _all;
    })
    .trim();
}

function readFrontMatter(lines: string[]): FrontMatter | null {
  let first = 0;
  while (first < lines.length && first < 3 && lines[first].trim() === '') first++;
  if (first >= lines.length) return null;
  if (!/^(---|\+\+\+)\s*$/.test(lines[first])) return pageProperties(lines, first);
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
      const doc = yaml().parseDocument(body, { prettyErrors: false, uniqueKeys: false });
      if (doc.errors.length) error = doc.errors[0].message.split('\n')[0];
      const value = doc.toJS({ maxAliasCount: 50 }) as unknown;
      if (value && typeof value === 'object' && !Array.isArray(value)) data = lowerKeys(value as Record<string, unknown>);
    } catch (e) {
      error = e instanceof Error ? e.message.split('\n')[0] : String(e);
    }
  } else {
    // TOML front matter (Hugo's "+++"), tables and arrays of tables ("[[talks]]") too.
    try {
      data = lowerKeys(plainToml(toml().parse(body)) as Record<string, unknown>);
    } catch (e) {
      error = e instanceof Error ? e.message.split('\n')[0] : String(e);
      // What a broken TOML still says plainly: its `key = "value"` lines.
      for (let i = first + 1; i < end; i++) {
        const m = /^([A-Za-z_][\w-]*)\s*=\s*"?([^"]*)"?\s*$/.exec(lines[i]);
        if (m) data[m[1].toLowerCase()] = m[2];
      }
    }
  }
  return { data, keyLines, startLine: first, endLine: end, error };
}

/**
 * "title:: CNDT2024 Day1" then "date:: [[Nov 28th, 2024]]" at the top of a note: an outliner's page
 * properties (Logseq's, Dataview's inline fields), read as front matter; a link's brackets are dropped.
 */
function pageProperties(lines: string[], first: number): FrontMatter | null {
  if (!lines[first].includes('::')) return null;
  const data: Record<string, unknown> = {};
  const keyLines = new Map<string, number>();
  let i = first;
  for (; i < lines.length && i < first + 40; i++) {
    const m = PAGE_PROPERTY.exec(lines[i]);
    if (!m) break;
    const key = m[1].toLowerCase();
    if (keyLines.has(key)) continue;
    keyLines.set(key, i);
    data[key] = (m[2] ?? "").replace(/\[\[([^\]]*)\]\]/g, '$1').trim();
  }
  if (i === first || (i < lines.length && lines[i].trim() !== '')) return null;
  return { data, keyLines, startLine: first, endLine: i - 1, error: null };
}
// (A key in any script: "開催:: 2023-12-11", "장소:: …".)
const PAGE_PROPERTY = /^([\p{L}_][\p{L}\p{N}_-]*)::(?:\s+(.*?))?\s*$/u;

/** A TOML value as YAML's core schema gives it: dates and times as they were written, tables as plain objects. */
function plainToml(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(plainToml);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = plainToml(v);
    return out;
  }
  return value;
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
