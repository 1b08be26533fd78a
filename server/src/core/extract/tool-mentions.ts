// Where a note names tools (mentions) and other notes' talks (references): the matcher's hits,
// each read in its line's context.
import { wikiLinkNamesTool, type Catalog } from '../catalog/catalog';
import type { RawMatch, Spelling } from '../catalog/matcher';
import type { Mention, Talk, TalkReference } from '../model';
import { isBlankWithRange, LineKind, type NoteStructure } from '../structure';
import { FOLD, foldText, lineRange } from '../text';
import { detached } from './detach';
import { isContentLine, NO_MATCHES, type LineMatches } from './note-lines';
import { disclaimed, hasGloss, mayDisclaim, namesRoom, ordinarySense, readsCjk } from './ordinary-sense';

const WIKI = /\[\[([^\[\]\n]{1,300})\]\]/g;
const MD_LINK = /\[([^\[\]\n]{0,300})\]\(\s*<?([^()\s<>]+)>?(?:\s+"[^"]*")?\s*\)/g;

export function findReferences(structure: NoteStructure, footerLine: number): TalkReference[] {
  const { lines, info } = structure;
  const refs: TalkReference[] = [];
  for (let i = 0; i < Math.min(lines.length, footerLine); i++) {
    const li = info[i];
    if (li.kind === LineKind.Code || li.kind === LineKind.FrontMatter || li.kind === LineKind.Blank) continue;
    const raw = lines[i];
    if (raw.includes('[[')) {
      WIKI.lastIndex = 0;
      for (let m = WIKI.exec(raw); m; m = WIKI.exec(raw)) {
        const inner = m[1].split('|')[0].trim();
        if (!inner) continue;
        const hash = inner.lastIndexOf('#');
        const target = hash > 0 ? { event: inner.slice(0, hash).trim(), talk: inner.slice(hash + 1).trim() } : { talk: inner };
        refs.push({ kind: 'wiki', text: inner, range: lineRange(i, m.index, m.index + m[0].length), target });
      }
    }
    if (raw.includes('](')) {
      MD_LINK.lastIndex = 0;
      for (let m = MD_LINK.exec(raw); m; m = MD_LINK.exec(raw)) {
        if (m.index > 0 && raw[m.index - 1] === '!') continue;
        const href = m[2];
        if (/^[a-z][a-z0-9+.-]*:/i.test(href)) continue;
        const hash = href.indexOf('#');
        const path = hash >= 0 ? href.slice(0, hash) : href;
        const fragment = hash >= 0 ? safeDecode(href.slice(hash + 1)) : undefined;
        if (path && !/\.(md|markdown|txt)$/i.test(path) && /\.[a-z0-9]{1,5}$/i.test(path)) continue;
        if (!path && !fragment) continue;
        refs.push({ kind: 'link', text: m[1], range: lineRange(i, m.index, m.index + m[0].length), target: { path: safeDecode(path) || undefined, fragment } });
      }
    }
  }
  return refs;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** A shell command's first word, after a prompt ("$ ", "% ", "> ") and "sudo": group 2, at group 1's end. */
const COMMAND_LINE = /^(\s*(?:[$%>❯]\s+)?(?:sudo\s+)?)([a-z][a-z0-9-]{1,24})(?=\s+[a-z0-9-]|$)/;
/** The kinds of tool whose command is no sign of an infrastructure tool heard of: "git clone", "python app.py", "curl". */
const NOT_A_COMMAND_MENTION = new Set(['language', 'os', 'vcs', 'collaboration', 'other', 'build']);

/** The tool a code line's shell command runs, when the command is the tool's own name ("terraform", "helm", "vault"). */
function commandOf(raw: string, catalog: Catalog): { toolId: string; text: string; at: number } | null {
  const m = COMMAND_LINE.exec(raw);
  if (!m) return null;
  const tool = catalog.lookup(m[2]);
  if (!tool || NOT_A_COMMAND_MENTION.has(tool.category) || (m[2] !== tool.id && m[2] !== tool.name.toLowerCase())) return null;
  return { toolId: tool.id, text: m[2], at: m[1].length };
}

const MAY_HOLD_LINKS = /:\/\/|www\.|@|\]\(|data:/;
// Bounded quantifiers keep this linear on a megabyte-long line.
/**
 * A talk's lines, first to last, and what of its first line names its speakers rather than what it
 * is about: [excludeFrom, excludeTo) after the title, and before it up to `leadTo` ("**김태윤 (AWS)**:
 * Title": the speaker's organisation is no tool the talk mentions).
 */
export interface TalkSpan {
  talk: Talk;
  first: number;
  last: number;
  excludeFrom: number;
  excludeTo: number;
  /** Where the title starts when the speakers come first on its line; -1 otherwise. */
  leadTo: number;
  speakerLine: number | null;
  /** The line that names the speakers' organisations alone ("Company: AWS"), if any. */
  organisationLine: number | null;
  /** The first line of the talk's notes when they are above its title (a talk credited after them), if so. */
  notesFrom?: number;
}

// (A URL ends at a bar: "<https://…|Title>", a link in Slack, its text after the bar.)
const URL_OR_EMAIL = /\b(?:https?|ftp):\/\/[^\s<>()"'\]|]+|\bwww\.[^\s<>()"'\]|]+|\bdata:[\w/+.-]{1,64}(?:;[\w=-]{1,40})*,[^\s<>()"'\]]*|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/gi;
export function findMentions(
  structure: NoteStructure,
  text: string,
  catalog: Catalog,
  spans: TalkSpan[],
  chrome: Set<number>,
  footerLine: number,
  references: TalkReference[],
  previousScopes: Map<string, Scope> | undefined,
  scopes: Map<string, Scope> | undefined,
  previousMatches: LineMatches | undefined,
  lineMatches: LineMatches | undefined,
): Mention[] {
  const { lines, info, table } = structure;
  // Filled so that the array holds objects whether or not the note has talks (one elements kind for the reads below).
  const talkAt = new Array<(typeof spans)[number] | undefined>(lines.length).fill(undefined);
  for (const s of spans) for (let l = s.notesFrom ?? s.first; l <= s.last; l++) talkAt[l] = s;
  // A line where several talks begin (a track grid's row): each mention goes to the talk whose title comes last before it.
  let rows: Map<number, TalkSpan[]> | undefined;
  for (let k = 1; k < spans.length; k++) if (spans[k].first === spans[k - 1].first) (rows ??= new Map()).set(spans[k].first, []);
  if (rows) {
    for (const s of spans) rows.get(s.first)?.push(s);
    for (const row of rows.values()) row.sort((a, b) => a.talk.titleRange.start.character - b.talk.titleRange.start.character);
  }
  const speakerLines = new Set<number>();
  for (const s of spans) {
    if (s.speakerLine !== null) speakerLines.add(s.speakerLine);
    if (s.organisationLine !== null) speakerLines.add(s.organisationLine);
  }
  const refSpans = new Map<number, Array<[number, number]>>();
  for (const r of references) {
    if (r.kind === 'agenda') continue;
    // "[[Terraform]]": a wiki link to a tool's own page names the tool.
    if (wikiLinkNamesTool(r, catalog)) continue;
    const list = refSpans.get(r.range.start.line) ?? [];
    list.push([r.range.start.character, r.range.end.character]);
    refSpans.set(r.range.start.line, list);
  }
  const scopeCache = new Map<string, Scope>();
  const scopeFor = (line: number): Scope => {
    const span = talkAt[line];
    const from = span ? span.first : Math.max(0, line - 5);
    const to = span ? span.last : Math.min(lines.length - 1, line + 5);
    const key = `${from}:${to}`;
    let scope = scopeCache.get(key);
    if (scope === undefined) {
      // Folded only when an ambiguous spelling needs its context (most notes never do); the same
      // text in the note's previous extraction has the same scope (hits are kept per tool and surface).
      const raw = text.slice(table.starts[from], table.lineEnd(to));
      const kept = previousScopes?.get(raw);
      if (kept !== undefined) {
        scope = kept;
        // Under the copy it was kept by: a new copy of every such talk's text was about 300 KB
        // of garbage an edit of a 216 KB note, kept until the next edit.
        scopes?.set(kept.source ?? detached(raw), kept);
      } else {
        scope = makeScope(raw);
        if (scopes) scopes.set((scope.source = detached(raw)), scope);
      }
      scopeCache.set(key, scope);
    }
    return scope;
  };

  const mentions: Mention[] = [];
  /** Per line, whether it may say a word is not HashiCorp's tool (read once, for its first HashiCorp mention): 1 no, 2 yes. */
  const disclaimerCue = new Uint8Array(structure.lines.length);
  // The same surface is one string in every mention of the note (and crosses threads once).
  const surfaces = new Map<string, string>();
  // What the matcher finds in part of a line depends on that line's text alone (the line breaks
  // around it read as the text's start and end do), so a line the previous extraction had
  // (`previousLines`: same text) is not searched again. Offsets are kept from the line's start.
  const sameLines = previousMatches ? structure.previousLines : null;
  const inLine = (i: number, lineStart: number, a: number, b: number): RawMatch[] => {
    const j = sameLines ? sameLines[i] : -1;
    let matches: RawMatch[];
    if (j >= 0 && previousMatches!.from[j] === a && previousMatches!.to[j] === b) matches = previousMatches!.matches[j];
    else {
      matches = catalog.matcher.find(text, lineStart + a, lineStart + b);
      for (const m of matches) (m.start -= lineStart), (m.end -= lineStart);
    }
    if (lineMatches && lineMatches.from[i] < 0) {
      lineMatches.from[i] = a;
      lineMatches.to[i] = b;
      lineMatches.matches[i] = matches.length ? matches : NO_MATCHES;
    }
    return matches;
  };
  const mayHoldLinks = (i: number, raw: string): boolean => {
    const j = sameLines ? sameLines[i] : -1;
    let known = j >= 0 ? previousMatches!.links[j] : 0;
    if (known === 0) known = MAY_HOLD_LINKS.test(raw) ? 2 : 1;
    if (lineMatches) lineMatches.links[i] = known;
    return known === 2;
  };
  const matchSegment = (i: number, lineStart: number, a: number, b: number, lineTalkId: string | null, row?: TalkSpan[]) => {
    for (const m of inLine(i, lineStart, a, b)) {
      const talkId = row ? rowTalkAt(row, m.start) : lineTalkId;
      const start = lineStart + m.start;
      const end = lineStart + m.end;
      const toolId = resolve(start, end, m.spellings, text, catalog, scopeFor, i);
      if (!toolId) continue;
      // "(Not HashiCorp Boundary.)", "HashiCorp Vault ではない": the writer says the word is not HashiCorp's tool.
      // ("Sentinel은 Redis Sentinel (HashiCorp Sentinel 아님)": the word read as Redis's stays.)
      if (catalog.get(toolId)?.vendor === 'HashiCorp' && (disclaimerCue[i] ||= mayDisclaim(structure.lines[i]) ? 2 : 1) === 2 && disclaimed(structure.lines[i], m.start, m.end)) continue;
      const surface = interned(surfaces, text.slice(start, end));
      mentions.push({ toolId, text: surface, range: lineRange(i, m.start, m.end), talkId });
      // "Vault Agent" is also Vault's mention, pushed after it: the mention under a position is the
      // first in the note's order that holds it, so hovers still show Vault Agent there.
      if (parts.has(toolId)) partMention(toolId, surface, i, m.start, talkId);
    }
  };
  const parts = catalog.parts;
  const partMention = (toolId: string, surface: string, i: number, at: number, talkId: string | null): void => {
    const part = catalog.partWithin(toolId, surface);
    if (!part) return;
    mentions.push({ toolId: part.toolId, text: interned(surfaces, surface.slice(part.from, part.to)), range: lineRange(i, at + part.from, at + part.to), talkId });
  };
  // Inside an HTML comment that spans lines ("<!-- … -->").
  let inComment = false;
  for (let i = 0; i < Math.min(lines.length, footerLine); i++) {
    const li = info[i];
    // ("$ terraform apply", "helm upgrade --install …", "cilium status" in a code block: the tool's own command.)
    // (Not in a programme's rows pasted in a code block, "```csv" then "1,Title,Name,Org,"memo"": the talks' own lines.)
    if (li.kind === LineKind.Code && !(talkAt[i] && info[talkAt[i]!.first].kind === LineKind.Code)) {
      const command = commandOf(lines[i], catalog);
      if (command) {
        const span = talkAt[i];
        mentions.push({ toolId: command.toolId, text: interned(surfaces, command.text), range: lineRange(i, command.at, command.at + command.text.length), talkId: span ? span.talk.id : null });
      }
      continue;
    }
    const html = li.kind === LineKind.Html;
    // (A line joined to the one above it, the rest of a wrapped title, reads as blank and still names its tools.)
    if (html ? inComment && !lines[i].includes('-->') : !isContentLine(li) && !isBlankWithRange(li) && li.kind !== LineKind.Code) continue;
    const raw = lines[i];
    if (html) inComment = htmlCommentOpen(raw, inComment);
    if (chrome.has(i) || speakerLines.has(i)) continue;
    const lineStart = table.starts[i];
    const span = talkAt[i];
    const talkId = span ? span.talk.id : null;
    const from = li.kind === LineKind.Table ? 0 : li.contentStart;
    const refs = refSpans.get(i);
    const row = rows?.get(i);
    const titleTail = span && span.first === i && span.excludeFrom >= 0;
    const speakersFirst = span && span.first === i && span.leadTo > from;
    const links = mayHoldLinks(i, raw);
    const orgs = span && span.first === i && !row ? organisationsBesideTitle(raw, span.talk) : null;
    // Most lines have nothing to leave out.
    if (!refs && !row && !titleTail && !speakersFirst && !links && !html && !orgs) {
      if (from < raw.length) matchSegment(i, lineStart, from, raw.length, talkId);
      continue;
    }
    const excluded: Array<[number, number]> = refs ? [...refs] : [];
    if (row) {
      for (const s of row) if (s.excludeFrom >= 0) excluded.push([s.excludeFrom, s.excludeTo]);
    } else if (titleTail) excluded.push([span.excludeFrom, span.excludeTo]);
    if (speakersFirst) excluded.push([from, span.leadTo]);
    if (orgs) excluded.push(...orgs);
    if (links) {
      URL_OR_EMAIL.lastIndex = 0;
      for (let m = URL_OR_EMAIL.exec(raw); m; m = URL_OR_EMAIL.exec(raw)) excluded.push([m.index, m.index + m[0].length]);
      for (let at = raw.indexOf(']('); at >= 0; at = raw.indexOf('](', at + 2)) {
        const close = raw.indexOf(')', at);
        excluded.push([at, close < 0 ? raw.length : close + 1]);
      }
    }
    // An HTML line (a post exported from a blog, "<li>Vault Agent …</li>"): its text between the tags.
    if (html) for (const tag of htmlMarkup(raw)) excluded.push(tag);
    excluded.sort((a, b) => a[0] - b[0]);
    let next = from;
    for (const [a, b] of excluded) {
      if (a > next) matchSegment(i, lineStart, next, a, talkId, row);
      next = Math.max(next, b);
    }
    if (next < raw.length) matchSegment(i, lineStart, next, raw.length, talkId, row);
  }
  return mentions;
}

/**
 * Where the title's line names a speaker's organisation outside the title ("누리컴퍼니 한승민님과 AWS 김하늘님이 함께 한
 * 『…』", "First up was Name from Kakao Mobility with 'Title'"), as [from, to) ranges; null for none. A company is no
 * tool the talk mentions, though its name may be one.
 */
function organisationsBesideTitle(raw: string, talk: Talk): Array<[number, number]> | null {
  let out: Array<[number, number]> | null = null;
  // (A sentence's talk has the whole line for its title's range: the title is looked for in it.)
  const { start, end } = talk.titleRange;
  const written = raw.indexOf(talk.title, start.character);
  const titleFrom = written >= 0 ? written : start.character;
  const titleTo = written >= 0 ? written + talk.title.length : end.line === start.line ? end.character : raw.length;
  for (const sp of talk.speakers) {
    if (!sp.org || sp.org.length < 2) continue;
    for (let at = raw.indexOf(sp.org); at >= 0; at = raw.indexOf(sp.org, at + sp.org.length)) {
      if (at + sp.org.length <= titleFrom || at >= titleTo) (out ??= []).push([at, at + sp.org.length]);
    }
  }
  return out;
}

/** The talk of a grid row whose title starts last at or before `at` (before every title: the first). */
function rowTalkAt(row: TalkSpan[], at: number): string {
  let talk = row[0].talk;
  for (const s of row) if (s.talk.titleRange.start.character <= at) talk = s.talk;
  return talk.id;
}

/** The note's one string for `s` (the same surface is one string in every mention, and crosses threads once). */
function interned(surfaces: Map<string, string>, s: string): string {
  const known = surfaces.get(s);
  if (known !== undefined) return known;
  surfaces.set(s, s);
  return s;
}

/** Tags, comments and the text of script and style elements on an HTML line, as [from, to) ranges. */
function htmlMarkup(raw: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  HTML_MARKUP.lastIndex = 0;
  for (let m = HTML_MARKUP.exec(raw); m; m = HTML_MARKUP.exec(raw)) out.push([m.index, m.index + m[0].length]);
  return out;
}
// A comment left open runs to the line's end; so does a script or style element.
const HTML_MARKUP = /^[^<]*?-->|<!--[\s\S]*?(?:-->|$)|<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)|<\/?[a-z][^<>]*>?/gi;

/** Whether an HTML comment is open at the end of `raw`, given whether one was at its start. */
function htmlCommentOpen(raw: string, open: boolean): boolean {
  let at = 0;
  for (;;) {
    if (open) {
      const close = raw.indexOf('-->', at);
      if (close < 0) return true;
      (open = false), (at = close + 3);
    } else {
      const start = raw.indexOf('<!--', at);
      if (start < 0) return false;
      (open = true), (at = start + 4);
    }
  }
}

export interface Scope {
  text: string;
  /** The text it was made of, as the note's next extraction looks it up (a copy; see findMentions). */
  source?: string;
  /** Context hits per tool and surface, so a talk that says "Sentinel" twenty times is searched once. */
  hits: Map<string, number>;
  /**
   * The runs of three characters in `text`, as bits of their hashes: a word with a run not there is
   * not in the text (pairs would let most English words through; shorter words are searched for).
   */
  runs: Uint32Array;
  /** 32 less the number of bits of a run's hash. */
  shift: number;
}

/** The scope of `raw`: its folded text (foldText) and the runs of characters in it, in one pass. */
export function makeScope(raw: string): Scope {
  const n = raw.length;
  // About four bits per character: most words a scope lacks are told by one run or two.
  let bits = 10;
  while (1 << bits < n * 4 && bits < 22) bits++;
  const runs = new Uint32Array(1 << (bits - 5));
  const shift = 32 - bits;
  // (Runs with 0 before the first characters are marked too: bits more can only let a word through.)
  let before = 0;
  let prev = 0;
  // Most texts fold as toLowerCase does (native, no array of codes to build and collect).
  let lowerFolds = 1;
  for (let j = 0; j < n; j++) {
    const u = raw.charCodeAt(j);
    const c = FOLD[u];
    lowerFolds &= FOLDS_AS_LOWER[u];
    const three = tripleHash(before, prev, c) >>> shift;
    runs[three >>> 5] |= 1 << (three & 31);
    before = prev;
    prev = c;
  }
  return { text: lowerFolds ? raw.toLowerCase() : foldText(raw), source: undefined, hits: new Map(), runs, shift };
}

/**
 * 1 for a UTF-16 unit that String.prototype.toLowerCase turns into FOLD's unit, in the ranges notes
 * use: Latin, Hangul jamo, punctuation and symbols, CJK punctuation and kana, variation selectors
 * (each checked), Hangul syllables and CJK ideographs (no case: kept when FOLD keeps them), and the
 * surrogates of emoji (no pair of them has a case). Others (full-width forms) take foldText.
 */
export const FOLDS_AS_LOWER: Uint8Array = (() => {
  const t = new Uint8Array(65536);
  const checked: Array<[number, number]> = [
    [0, 0x250],
    [0x1100, 0x1200],
    [0x2000, 0x2c00],
    [0x3000, 0x3100],
    [0xfe00, 0xfe10],
  ];
  for (const [from, to] of checked) {
    for (let c = from; c < to; c++) {
      const lower = String.fromCharCode(c).toLowerCase();
      if (lower.length === 1 && lower.charCodeAt(0) === FOLD[c]) t[c] = 1;
    }
  }
  const caseless: Array<[number, number]> = [
    [0x4e00, 0xa000],
    [0xac00, 0xd7a4],
    [0xd83c, 0xd83f],
    [0xdc00, 0xe000],
  ];
  for (const [from, to] of caseless) for (let c = from; c < to; c++) if (FOLD[c] === c) t[c] = 1;
  return t;
})();

function tripleHash(a: number, b: number, c: number): number {
  return Math.imul(Math.imul((a << 16) | b, 0x85ebca6b) ^ c, 0xc2b2ae35);
}

/** False when the scope cannot hold `word` (one of its runs of characters is missing). */
export function mayHold(scope: Scope, word: string): boolean {
  const { runs, shift } = scope;
  for (let i = 2; i < word.length; i++) {
    const h = tripleHash(word.charCodeAt(i - 2), word.charCodeAt(i - 1), word.charCodeAt(i)) >>> shift;
    if ((runs[h >>> 5] & (1 << (h & 31))) === 0) return false;
  }
  return true;
}

function resolve(start: number, end: number, spellings: Spelling[], text: string, catalog: Catalog, scope: (line: number) => Scope, line: number): string | null {
  // Most matches are of one plain spelling: decided without slicing the text.
  let plain: Spelling | undefined;
  let guarded = false;
  for (const s of spellings) {
    if (!s.needsContext) plain ??= s;
    if (s.caseSensitive || s.needsContext) guarded = true;
  }
  const surface = text.slice(start, end);
  // "a warehouse packer", "the Dutch consul", "220볼트", "디지털 노마드": the ordinary word.
  if ((guarded || readsCjk(surface) || hasGloss(surface)) && ordinarySense(text, start, end, surface, guarded)) return null;
  if (namesRoom(text, start, surface)) return null;
  // "--ask-vault-pass": a word inside a command's flag, not the tool ("--etcd-compaction-interval", its first word, is).
  if (start >= 4 && text.charCodeAt(start - 1) === 45 && text.charCodeAt(start - 2) !== 45 && inFlag(text, start)) return null;
  // "terraform a planet", "Terraforming Mars": planets, not infrastructure.
  if ((surface.charCodeAt(0) | 32) === 116 && /^terraform/i.test(surface) && /^(?:ing|ed|s)?\s+(?:a\s+|the\s+)?(?:planets?|mars|venus|the moon|moons?|worlds?)\b/i.test(text.slice(end, end + 20))) return null;
  // "Who's at the Helm?", "took the helm": steering, not the chart tool.
  if (guarded && end - start === 4 && /^helm$/i.test(surface) && /(?:^|[^\p{L}])(?:at|take|took|taking|takes) the\s+$/iu.test(text.slice(Math.max(0, start - 12), start))) return null;
  // "Packer Logistics", "Consul Partners", "テラフォーム建設": a company named with the word.
  // (Tested only after a space or a CJK letter: most matches end before punctuation or the line's end.)
  const next = text.charCodeAt(end);
  if ((next === 32 || next >= 0x3000) && COMPANY_AFTER.test(text.slice(end, end + 14))) return null;
  if (plain) return plain.toolId;
  let best: string | null = null;
  let bestHits = 0;
  const sc = scope(line);
  const lower = surface.toLowerCase();
  // One candidate only needs one context word; several are ranked by how many they have.
  const firstHitDecides = spellings.length === 1;
  if (!firstHitDecides) {
    // ("policy checks with Sentinel in TFC" over "… Microsoft Sentinel alerts, Azure side": the line's own words first.)
    const onLine = lineDecides(start, end, spellings, text, catalog, lower);
    if (onLine) return onLine;
  }
  for (const s of spellings) {
    const tool = catalog.get(s.toolId);
    if (!tool) continue;
    const key = `${s.toolId}\u0000${lower}${firstHitDecides ? '\u0000first' : ''}`;
    let hits = sc.hits.get(key);
    if (hits === undefined) {
      hits = 0;
      for (const word of tool.contextWords) {
        if (word && mayHold(sc, word) && contextHit(sc.text, word, lower)) {
          hits++;
          if (firstHitDecides) break;
        }
      }
      sc.hits.set(key, hits);
    }
    if (hits > bestHits) (bestHits = hits), (best = s.toolId);
  }
  return best;
}

/** Whether the word at `start` is inside a flag of two hyphens ("--ask-vault-pass"): its token starts with them. */
function inFlag(text: string, start: number): boolean {
  let k = start;
  while (k > 0 && start - k < 40) {
    const c = text.charCodeAt(k - 1);
    if (c === 32 || c === 9 || c === 10 || c === 96 || c === 34 || c === 39 || c === 61) break;
    k--;
  }
  return text.charCodeAt(k) === 45 && text.charCodeAt(k + 1) === 45;
}

/** A word after a tool's name that makes the two a company's name. */
const COMPANY_AFTER = /^(?:\s(?:Partners|Logistics|Capital|Coffee|Travel|Bank|Insurance|Securities|Holdings|Motors|Foods|Realty)\b|\s?(?:建設|運輸|証券|損保|銀行|物流|商事|물류|증권|은행|건설|보험|커피))/u;

/**
 * The one candidate with two or more context words on the mention's own line when the others have none there, or null
 * (one word, "Sentinel for security reviews" in a Terraform talk, is left to the scope).
 */
function lineDecides(start: number, end: number, spellings: Spelling[], text: string, catalog: Catalog, lower: string): string | null {
  let to = text.indexOf('\n', end);
  if (to < 0) to = text.length;
  const own = text.slice(text.lastIndexOf('\n', start) + 1, to).toLowerCase();
  // ("Is Sentinel related to Redis Sentinel?": a line that names the word twice sets the two side by side.)
  if (own.indexOf(lower) !== own.lastIndexOf(lower)) return null;
  let found: string | null = null;
  let foundHits = 0;
  for (const s of spellings) {
    const tool = catalog.get(s.toolId);
    if (!tool || s.toolId === found) continue;
    let hits = 0;
    for (const word of tool.contextWords) if (word && contextHit(own, word, lower) && ++hits === 2) break;
    if (!hits) continue;
    if (found) return null;
    found = s.toolId;
    foundHits = hits;
  }
  return foundHits >= 2 ? found : null;
}

export function contextHit(scope: string, word: string, surface: string): boolean {
  if (word === surface) return false;
  if (word.length > 3 || !SHORT_WORD.test(word)) return scope.includes(word);
  // A short word ("ci", "aws") counts only on its own, not inside a longer word ("decision").
  let alone = ALONE.get(word);
  if (!alone) ALONE.set(word, (alone = new RegExp(`(?<![a-z0-9])${word}(?![a-z0-9])`)));
  return alone.test(scope);
}
const SHORT_WORD = /^[a-z0-9]+$/;
/** A short context word with no letter or digit next to it, per word. */
const ALONE = new Map<string, RegExp>();
