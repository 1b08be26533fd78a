// What the steps of a note's extraction share: a talk candidate, the memo of the note's previous
// extraction, and the reads of a line that candidates, agendas and the choice of talks all make.
import type { Catalog } from '../catalog/catalog';
import type { RawMatch } from '../catalog/matcher';
import type { Speaker } from '../model';
import { isBlankWithRange, LineKind, type LineInfo, type NoteStructure } from '../structure';
import { isWhiteSpace, withoutWikiBrackets } from '../text';
import { DATE_WORDS, hasDigit, isDateLike } from './dates';
import { detached, detachSpeakers, rememberedAnswer } from './detach';
import { parseSpeakers, type NameCheck, type SpeakerParse } from './people';
import { INLINE_SPEAKER_FIELD, isKeynote, parseTalkLine, unquoted, type TalkLine } from './talk-line';
import type { Scope } from './tool-mentions';
import { ABOUT_SECTION, ATTENDANCE_SUFFIX, BRACKETED_ALONE, BRACKETED_TRANSLATION_LABEL_WORDS, CHROME_LINE, CLOSING_SECTION, FOOTER_START, FRONT_MATTER_SPEAKER_KEYS, inAnotherLanguage, LIGHTNING_SECTION, mayBeLightningLabel, NOT_A_TALK, NOT_A_TALK_TAG, ORG_LABEL_WORDS, SESSION_FIELD_LINE, SPEAKER_LABEL_WORDS, TEASER, TRANSLATION_LABEL_WORDS, TRANSLATION_LINE } from './vocabulary';

export interface Candidate {
  line: number;
  parsed: TalkLine;
  /** The line below the title that names the speakers, if any. */
  speakerLine: number | null;
  /** The line below the title that names the speakers' organisations alone, if any (a record's "Company:" field). */
  organisationLine?: number;
  /** Where it was found; 'record': a programme's labelled fields (labelled-records.ts). */
  source: 'heading' | 'plain' | 'bullet' | 'agenda' | 'frontMatter' | 'record';
  level: number;
  evidence: boolean;
  /** Told in a sentence of a paragraph (parseProseTalk): the rest of its line is the talk's text, not its speakers. */
  prose?: boolean;
}

export interface AgendaEntry {
  line: number;
  parsed: TalkLine;
  /** Where the title sits in the raw line. */
  start: number;
  end: number;
  /** Listed under `talks:` in the front matter, with notes below under short headings. */
  frontMatter?: boolean;
  /** A list item of a list of the talks above their headings (agendaOfBullets). */
  bullet?: boolean;
  /** One talk's record in a code block of its own, or a printed programme's slot (its notes follow it, up to the next talk). */
  record?: boolean;
  /** The last line of a row whose quoted cells hold line breaks (readQuotedRowLines): its lines are the talk's. */
  last?: number;
  /** The session's id in a pasted programme's record ("id: 2515"), which the notes' headings may name it by. */
  code?: string;
  /** A front matter's short key for the session ("slot: A", "seq: 1"), which the body's notes may open with in brackets ("[A]", "【1】"). */
  mark?: string;
}

/** The first letters of SESSION_LABEL's words (a native test before it). */
export const SESSION_FIRST = 'sStT세발トセ講';
/** "Session 3 —", "Talk 2:", "세션 1.", "세션 4 (LT).", "セッション2：": a numbered session label. */
export const SESSION_LABEL = /^(?:session|talk|track|세션|발표|トラック|セッション|講演)\s*#?\s*\d{1,2}\s*(?:[(（][^()（）]{1,10}[)）])?\s*[:：.\-–—)]/iu;

/** An opening quotation mark or Japanese quote bracket: where a quoted title may start. */
export const QUOTE_MARK = /["“「『]/u;

/** A line that says it names speakers. */
export const SPEAKER_LABEL = new RegExp(String.raw`^(?:[\p{Extended_Pictographic}\uFE0F\u200D]+\s*)?(?::${SPEAKER_LABEL_WORDS}:|${SPEAKER_LABEL_WORDS}(?:\s*[/／]\s*${SPEAKER_LABEL_WORDS})?\s*[:：]|[【\[]\s*${SPEAKER_LABEL_WORDS}\s*[】\]])`, 'iu');

/** "Speaker", "[!info] Speaker", "登壇者：": a speakers' label with nothing after it (an Obsidian callout's title). */
export const LABEL_ALONE = new RegExp(String.raw`^(?:\[![\w-]+\]\s*)?${SPEAKER_LABEL_WORDS}\s*[:：]{0,2}$`, 'iu');

/** Cheap test before the full parse: a line that could carry speakers after its title. */
// ("〈Title〉 · 박지훈 · 클라우드비": a middle dot between spaces.)
export const MAY_NAME_SPEAKERS = /[-–—/|(（／]|\sby\s|\s[·・•]\s/u;
const NIM_FIRST = /^[가-힣]{2,4}\s?님[\s:：]/u;
/** MAY_NAME_SPEAKERS, or a handle after a space ("… @nekomata"): two tests, each with a fast first character. */
export function mayNameSpeakers(content: string): boolean {
  // ("@dash_board_chan：Title": a handle first.)
  // ("Title [김도현, 하늘페이]": the speakers in square brackets at the end.)
  // ("@yuzu_ops さんの Title の話": the speaker with an honorific, the title after it, "the talk" at the end.)
  // ("지은님: Title", "현우님 Title": a Korean name with 님 first.)
  // ("Title [speaker:: Name] [org:: Org] #tag": a speaker's inline field after the title.)
  return MAY_NAME_SPEAKERS.test(content) || (content.charCodeAt(0) >= 0xac00 && NIM_FIRST.test(content)) || (content.charCodeAt(content.length - 1) === 0x8a71 && content.includes('さん')) || (content.includes(' @') && /\s@[A-Za-z0-9_]/.test(content)) || (content.charCodeAt(0) === 64 && /^@[A-Za-z0-9_]{2,30}\s*[:：]/.test(content)) || (content.charCodeAt(content.length - 1) === 93 && content.includes(' [')) || (content.includes('::') && INLINE_SPEAKER_FIELD.test(content));
}

export const SENTENCE_END = /(?:[.!?。！？]|[다요음함됨죠네][.!]?|です|ます|した|ました)$/u;

export interface Previous {
  catalog: Catalog;
  plainText: boolean;
  /** Its line table holds the previous text: the next extraction lets it go once its parse and line tests have read it. */
  structure: NoteStructure;
  /** Context scopes by their text (copies: a slice would hold the whole previous text). */
  scopes: Map<string, Scope>;
  /** What the matcher found in each line. */
  lineMatches: LineMatches;
  reads: LineReads;
}

/** Lines read as talks and as speakers, by their text. */
export interface LineReads {
  talkLines: Map<string, TalkLine | null>;
  speakers: Map<string, SpeakerParse | null>;
  /** Read with `allowBareHandle`. */
  bare: Map<string, SpeakerParse | null>;
}

/** `parseTalkLine` and `parseSpeakers` (pure: text and catalog in), with the answers of the note's previous extraction. */
export interface Reader extends NameCheck {
  /** The one check object every parser call of this reader gets (one shape: see reader()); hand it to the parsers called directly. */
  readonly names: NameCheck & { allowBareHandle: boolean };
  talkLine(text: string): TalkLine | null;
  speakers(text: string, allowBareHandle?: boolean): SpeakerParse | null;
}

export function reader(given: NameCheck, previous: LineReads | undefined, next: LineReads | undefined): Reader {
  // Every check the parsers get has one shape (the copies with allowBareHandle set keep it): a check
  // of another shape deoptimised parseSpeakers and its callers when it first came.
  const check = { isKnownNonPerson: given.isKnownNonPerson, allowBareHandle: false };
  const bareCheck = { ...check, allowBareHandle: true };
  if (!next) {
    return {
      isKnownNonPerson: check.isKnownNonPerson,
      names: check,
      talkLine: (text) => parseTalkLine(text, check),
      speakers: (text, bare) => parseSpeakers(text, bare ? bareCheck : check),
    };
  }
  // Callers set fields of what they are given (speakers found on the next line), never change a
  // speaker list or a speaker in place: each caller gets its own shallow copy.
  // What is kept is carried from edit to edit, so it must not keep the text it was read from (detach.ts).
  const recall = <T extends { speakers: Speaker[]; title?: string }>(before: Map<string, T | null> | undefined, now: Map<string, T | null>, text: string, read: () => T | null): T | null => {
    let value = now.get(text);
    if (value === undefined) {
      value = before?.get(text);
      if (value === undefined) {
        const fresh = read();
        if (fresh) {
          if (fresh.title !== undefined) fresh.title = detached(fresh.title);
          detachSpeakers(fresh.speakers);
        }
        now.set(text, fresh && { ...fresh });
        return fresh;
      }
      now.set(text, value);
    }
    return value && { ...value };
  };
  return {
    isKnownNonPerson: check.isKnownNonPerson,
    names: check,
    talkLine: (text) => recall(previous?.talkLines, next.talkLines, text, () => parseTalkLine(text, check)),
    speakers: (text, bare) =>
      bare ? recall(previous?.bare, next.bare, text, () => parseSpeakers(text, bareCheck)) : recall(previous?.speakers, next.speakers, text, () => parseSpeakers(text, check)),
  };
}

/** What was read from each line's text alone, by line (offsets from the line's start). */
export interface LineMatches {
  /** What the matcher found in the first part [from, to) of the line searched (from -1: none). */
  from: Int32Array;
  to: Int32Array;
  matches: RawMatch[][];
  /** Whether the line may hold links (MAY_HOLD_LINKS): 0 not known, 1 no, 2 yes. */
  links: Uint8Array;
  /** Hangul, kana, Han and Latin letters (detectLanguage), four per line; -1: not counted. */
  letters: Int32Array;
  /** What the vocabulary says of the line's content (LineFlag bits: each known or not, and its answer). */
  flags: Uint16Array;
}

/** Tests of a line's content alone, two bits each (known, answer), kept for lines whose info is the same object as before. */
export const enum LineFlag {
  Chrome = 0,
  Footer = 2,
  Teaser = 4,
  Closing = 6,
}

/**
 * The vocabulary's answers about each line's content, remembered in the note's extraction: a line
 * whose info the parse kept (the same object, so the same content) has the answers it had before.
 */
export class LineTests {
  private readonly flags: Uint16Array;
  constructor(structure: NoteStructure, previous: Previous | undefined, memo: LineMatches | undefined) {
    const n = structure.lines.length;
    this.flags = memo?.flags ?? new Uint16Array(n);
    const same = previous ? structure.previousLines : null;
    if (!same || !previous) return;
    const before = previous.lineMatches.flags;
    const oldInfo = previous.structure.info;
    const { info } = structure;
    for (let i = 0; i < n; i++) {
      const j = same[i];
      if (j >= 0 && oldInfo[j] === info[i]) this.flags[i] = before[j];
    }
  }
  /** The answer of `test` for line `i` (whose content is `text`), computed once per line content. */
  get(i: number, flag: LineFlag, test: (text: string) => boolean, text: string): boolean {
    const f = this.flags[i];
    if (f & (1 << flag)) return (f & (2 << flag)) !== 0;
    const yes = test(text);
    this.flags[i] = f | (1 << flag) | (yes ? 2 << flag : 0);
    return yes;
  }
}
export const NO_MATCHES: RawMatch[] = [];

export const isContentLine = (li: LineInfo) =>
  li.kind === LineKind.Heading || li.kind === LineKind.Paragraph || li.kind === LineKind.ListItem || li.kind === LineKind.Table;

/** Page chrome lines, and the line where a blog footer starts (everything after it is not notes). */
export function findChrome(structure: NoteStructure, tests: LineTests): { chrome: Set<number>; footerLine: number } {
  const { lines, info } = structure;
  const chrome = new Set<number>();
  let footerLine = lines.length;
  const lateStart = Math.floor(lines.length * 0.5);
  for (let i = 0; i < lines.length; i++) {
    const li = info[i];
    if (!isContentLine(li)) continue;
    const text = li.content;
    if (tests.get(i, LineFlag.Chrome, isChrome, text)) chrome.add(i);
    // ("Tags: vault, github-actions" under a session's heading, more sessions' headings after it: the session's field.)
    // ("- コメント:" in a ticket, more tickets' headings after it: the ticket's comments, not the page's.)
    if (i >= lateStart && tests.get(i, LineFlag.Footer, isFooterStart, text) && !((TAGS_FIELD.test(text) || li.kind === LineKind.ListItem) && headingAfter(structure, i))) {
      footerLine = i;
      break;
    }
    if (i >= lateStart && tests.get(i, LineFlag.Teaser, isTeaser, text)) {
      // The teaser's own title line sits just above its paragraph.
      let p = i;
      while (p > 0 && info[p].kind === info[i].kind && !info[p].blockStart) p--;
      let q = p - 1;
      while (q > 0 && !lines[q].trim()) q--;
      footerLine = q > 0 && (info[q].standalone || info[q].kind === LineKind.Heading) ? q : p;
      break;
    }
  }
  runningHeaders(structure, footerLine, chrome);
  return { chrome, footerLine };
}

const isChrome = (content: string): boolean => CHROME_LINE.test(content);

/**
 * A pasted PDF's or printout's running headers and footers: "HASHICONF EUROPE 2024 · PROGRAMME · PAGE 4 OF 9", "Platform
 * Engineering Meetup Fukuoka vol.3 | 2024.09.28 | 3/5", "- 2 -": a line with a page's number, written twice or more the same
 * way but for its digits. Page furniture, not notes.
 */
function runningHeaders(structure: NoteStructure, footerLine: number, chrome: Set<number>): void {
  const { info } = structure;
  let seen: Map<string, number[]> | undefined;
  for (let i = 0; i < footerLine; i++) {
    const text = info[i].content;
    if (text.length < 3 || text.length > 160 || !PAGE_CUE.test(text) || !PAGE_NUMBER.test(text)) continue;
    const key = text.replace(/\d+/gu, '#');
    seen ??= new Map();
    const at = seen.get(key);
    if (at) at.push(i);
    else seen.set(key, [i]);
  }
  if (seen) for (const at of seen.values()) if (at.length >= 2) for (const i of at) chrome.add(i);
}
/** What every PAGE_NUMBER has in it: a quick test first (most lines have none). */
const PAGE_CUE = /[/페ペ]|pag|p\.|^[-—–·]/iu;
/** A page's number: "Page 3 of 8", "p.2", "1 / 3 페이지", "3/5" last on the line, "- 1 -", "— 2 —". */
const PAGE_NUMBER = /\b(?:page|p\.)\s*\d{1,3}\b|\d{1,3}\s*(?:\/|of)\s*\d{1,3}\s*(?:페이지|ページ|pages?)|페이지|ページ|(?:^|\s)\d{1,3}\s*\/\s*\d{1,3}$|^[-—–·]\s*\d{1,3}(?:\s*[-—–·])?$/iu;

/** A post's tags or categories with a value: a footer's line, or a field of the section it is in. */
const TAGS_FIELD = /^(?:tags?|categories|태그|タグ|カテゴリー)\s*[:：]\s*\S/iu;

/** Whether a heading comes after line `i`. */
function headingAfter(structure: NoteStructure, i: number): boolean {
  for (let k = i + 1; k < structure.info.length; k++) if (structure.info[k].kind === LineKind.Heading) return true;
  return false;
}

/** FOOTER_START, after one colon at the end ("Comments:"). A line's content has no white space at its ends. */
export function isFooterStart(content: string): boolean {
  const last = content.charCodeAt(content.length - 1);
  return FOOTER_START.test(last === 0x3a || last === 0xff1a ? content.slice(0, -1) : content);
}

/**
 * TEASER ends its match at the end of the content (which has no white space at its ends): the
 * last character ends one of its phrases (reading, more, 보기, 읽기, 読む; no other character folds
 * to g or e) or is one of the marks after them. Other lines, nearly all, skip the unanchored search.
 */
const TEASER_LAST = new Set([...'gGeE기む»→>….'].map((c) => c.charCodeAt(0)));
export function isTeaser(content: string): boolean {
  return TEASER_LAST.has(content.charCodeAt(content.length - 1)) && TEASER.test(content);
}

/** A title without trailing punctuation or leading markers (a loop: end-anchored regexes retry at every offset). */
export function normTitle(s: string): string {
  let end = s.length;
  while (end > 0 && (TITLE_TRAILING.includes(s[end - 1]) || isWhiteSpace(s.charCodeAt(end - 1)))) end--;
  let start = 0;
  while (start < end && (TITLE_LEADING.includes(s[start]) || isWhiteSpace(s.charCodeAt(start)))) start++;
  let t = s.slice(start, end).trim();
  // Native searches for the rare titles that need more: a backslash, or a symbol (an emoji's first code unit).
  if (!t.includes('\\') && !EMOJI_UNIT.test(t)) return t;
  // "Lunch \+ expo" (a cell of a table exported from Google Docs): markdown's escapes read as their marks.
  if (t.includes('\\')) t = t.replace(/\\(?=[^\w\s])/g, '');
  // "네트워킹 / 피자 🍕": an emoji says nothing of what the line is.
  return t.replace(/[\p{Extended_Pictographic}\uFE0F\u200D]/gu, '').trim();
}
/** A symbol or a surrogate pair's first half, by code unit (no Unicode mode: one native scan). */
const EMOJI_UNIT = /[\u2600-\u27bf\ud83c-\ud83e]/;
const TITLE_TRAILING = ':：.。!！?？-–—*#';
const TITLE_LEADING = '-–—*#';


/** "→ キャンセル", "(cancelled)", "- 취소": a talk that did not happen. */
const CALLED_OFF = /(?:→|->|[-–—(（])\s*(?:キャンセル|中止|休講|cancel(?:l?ed)?|취소(?:됨)?|불참)\s*[)）]?$/iu;

const SPONSOR_TURN = /^(?:sponsor(?:'s|s'|ed)?\s+(?:lightning\s+)?(?:pitch(?:es)?|slots?|intros?|announcements?|talks?|sessions?|keynotes|lt|stage)|(?:懇親会|ランチ)?スポンサー\s*(?:セッション|LT|枠|紹介)|스폰서\s*(?:세션|발표|소개))(?:\s*(?:relay|릴레이|リレー))?(?:\s+(?:by|from)\s+[^:：]{1,40})?$/iu;

const WORKSHOP_STEP = /^(?:step|ステップ|스텝)\s*\d{1,2}(?=\s*[:：(（.]|$)|^\d{1,2}\s*단계\s*[:：.]/iu;
const SPONSORS_LABEL = /^(?:sponsors?|sponsored by|스폰서|후원(?:사)?|협찬|スポンサー|協賛)\s*[:：]/iu;

const QUESTION_LABEL = /^(?:질문|답변|質問|回答|question|answer|q|a)\s*[:：]/iu;

/**
 * The answers of isNonTalkTitle for the titles met last: a note's titles are asked about from several rules, half of
 * the 25,000 asks over the 1k benchmark corpus repeat one (about 12 µs each). Cleared when full, so it stays small.
 */
const nonTalkAnswers = new Map<string, boolean>();
const NON_TALK_ANSWERS_KEPT = 4096;

/** A panel's or a workshop's word, alone. */
const PANEL_OR_WORKSHOP = /^(?:panel(?:\s+discussion)?|패널(?:\s*토크|\s*토론)?|パネル(?:ディスカッション|トーク)?|workshop|워크숍|ワークショップ)$/iu;
/** A day of the month alone, its year and weekday may be: "11/07（火）", "2024-05-17 (금)", "6月12日(水)". */
const DAY_ALONE = /^(?:(?:19|20)\d{2}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}\s*[日일]?\s*(?:[(（][^()（）]{1,4}[)）])?$/u;

const WEEKDAY_THEN_DAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\.?,?\s+\d{1,2}[./]\d{1,2}\.?$/iu;

/** Whether a title is a schedule item, a section of the writer's own or anything else that is no talk's. */
export function isNonTalkTitle(title: string): boolean {
  return rememberedAnswer(nonTalkAnswers, title, NON_TALK_ANSWERS_KEPT, readsAsNonTalk);
}

function readsAsNonTalk(title: string): boolean {
  // ("21:05&nbsp;Networking": a page's entity between a time and a schedule item.)
  const t = normTitle(title.includes('&nbsp;') ? title.replace(/&nbsp;/g, ' ').replace(/^\d{1,2}:\d{2}\s+/, '') : title);
  // ("1일차 懇親会 (네트워킹 파티)", "2日目 ランチ": the day before a schedule item; most titles start with no digit or "day".)
  const c0 = t.charCodeAt(0);
  const dayless = t.length > 4 && ((c0 >= 48 && c0 <= 57) || (c0 | 32) === 100) && DAY_FIRST.test(t) ? t.replace(DAY_FIRST, '') : t;
  if (dayless !== t && isNonTalkTitle(dayless)) return true;
  // ("休憩 10分 ← 5分に短縮 (押してるので)": a schedule item, then the writer's remark after an arrow pointing back at it.)
  const pointed = t.includes('←') ? t.slice(0, t.indexOf('←')).trim() : '';
  if (pointed.length >= 2 && isNonTalkTitle(pointed)) return true;
  // "==============================": a drawn line, no words; "ㅡㅡㅡㅡㅡㅡ": one letter drawn as a line.
  // ("질문: 알람 룰 이관은 어떻게? → …", "Q: …": a question from the floor and its answer.)
  if (QUESTION_LABEL.test(t)) return true;
  // ("11/07（火）", "2024.05.17 (금)", "6月12日(水)": a day alone heads the day's talks.)
  if (c0 >= 48 && c0 <= 57 && DAY_ALONE.test(t)) return true;
  // ("Wed 20.03", "Thu 21/03": a weekday, then the day and the month.)
  if (t.length <= 16 && WEEKDAY_THEN_DAY.test(t)) return true;
  if (!t || !/[\p{L}\p{N}]/u.test(t) || NOT_A_TALK.test(t) || CLOSING_SECTION.test(t) || ABOUT_SECTION.test(t) || INFO_LABEL.test(t) || (t[0] === t[1] && /^(.)\1{3,}$/u.test(t))) return true;
  // "안녕하세요 이웃님들~ …", "Hi all, …": a greeting opens the writer's own words.
  if (GREETING_FIRST.includes(t[0]) && GREETING.test(t)) return true;
  // "昼休憩（ランチセッションはパス）", "lunch (skipped)": a schedule item and the writer's remark in parentheses.
  const remark = t.endsWith(')') || t.endsWith('）') ? /^(.{1,20}?)\s*[(（][^()（）]*[)）]$/u.exec(t) : null;
  if (remark && (NOT_A_TALK.test(remark[1]) || SPONSOR_TURN.test(remark[1]) || (remark[1].includes('&') && allPartsNonTalk(remark[1])))) return true;
  // "break 10min", "쉬는시간 10분", "休憩 5分 // sponsor: …": a schedule item, how long it was, the writer's remark after it.
  const lasting = hasDigit(t) ? LASTING.exec(t) : null;
  if (lasting && lasting.index > 0 && NOT_A_TALK.test(t.slice(0, lasting.index))) return true;
  // ("受付開始 → 実績 18:30", "오프닝 → 2분 늦게 시작": a schedule item, then what became of it after an arrow.)
  const arrow = t.indexOf('→');
  if (arrow > 0 && isNonTalkTitle(t.slice(0, arrow).trim().replace(/(?:開始|시작|start)$/iu, ''))) return true;
  // "lunch @ Venetian hall C", "懇親会 @ 近くの居酒屋": a schedule item and where it was.
  const at = t.includes('@') || t.includes('＠') ? /^(.{1,20}?)\s*[@＠]\s*\S.{0,40}$/u.exec(t) : null;
  if (at && NOT_A_TALK.test(at[1])) return true;
  // ("懇親会　たこ焼き🐙", "점심 김밥": a schedule item, a space, a few words of what it was, no Latin word among them.)
  // (Not "정리 안 된 앤서블 정리하기": a title that ends as one, in a verb's noun form.)
  const spaced = t.length <= 20 && !/[A-Za-z]/.test(t) && !/[가-힣]기$/u.test(t) ? /^(\S{1,8})[\s\u3000]+\S.{0,11}$/u.exec(t) : null;
  if (spaced && NOT_A_TALK.test(spaced[1])) return true;
  // "[세션 1]", "【セッション2】": a session's number in brackets, alone; "【休憩】": a schedule item in brackets.
  // ("[BOOTH] Datadog demo", "[OFFICE HOURS] Amazon EKS team": a tag saying what the entry is.)
  if ((t[0] === '[' || t[0] === '【') && (isSessionNumber(t) || NOT_A_TALK.test(t.slice(1, -1).trim()) || NOT_A_TALK_TAG.test(t))) return true;
  // "#HashiCorp #HUG #테라폼 …": a post's tags.
  if (title.includes('#') && /^\s*#[^\s#]+(?:\s+#[^\s#]+)+/u.test(title)) return true;
  // ("2025-05-14 (수)", "Tue Dec 3": a day alone.)
  if (t.length <= 24 && hasDigit(t) && isDateLike(t) && !/\p{L}{4}/u.test(t.replace(DATE_WORDS, ''))) return true;
  // ("~~Title~~（Name）→ キャンセル", "Title (cancelled)": struck out or called off.)
  if ((t.startsWith('~~') && t.indexOf('~~', 2) > 2) || CALLED_OFF.test(t)) return true;
  // ("~~Old Title~~ ← wrong title, …": an arrow back at what was struck out, the writer's remark on it.)
  if (c0 === 0x2190 || c0 === 0x21d0 || t.startsWith('<-')) return true;
  // ("$ terraform fmt -check": a shell's prompt, then a command.)
  if (c0 === 36 && /^\$\s+\S/.test(t)) return true;
  // ("^ 항목 ^ 이전 ^ 이후 ^": a wiki table's header row, DokuWiki's carets.)
  if (c0 === 94 && /^\^.*\^$/u.test(t)) return true;
  // ("연사 패널 Q&A (별도 제목 없음)", "Panel (no title)": a slot the writer says had no title.)
  if ((t.endsWith(')') || t.endsWith('）')) && NO_TITLE_REMARK.test(t)) return true;
  // ("受付・ノベルティ配布", "休憩・コーヒー", "クロージング・懇親会案内": a schedule item, then what came with it.)
  const joined = t.length <= 24 && t.includes('・') ? /^([^・]{1,12})・/u.exec(t) : null;
  if (joined && NOT_A_TALK.test(joined[1])) return true;
  // ("opening remarks from the program chairs", "welcome by the organisers": a schedule item and who gave it.)
  const from = t.includes(' the ') ? /^(.{2,30}?)\s+(?:from|by)\s+the\s+\S.{0,40}$/iu.exec(t) : null;
  if (from && NOT_A_TALK.test(from[1])) return true;
  // ("フリートーク／懇親会", "Lunch / networking": two schedule items.)
  const slash = t.includes('／') || t.includes('/') ? /^([^/／]{1,20})[/／]([^/／]{1,20})$/u.exec(t) : null;
  if (slash && NOT_A_TALK.test(slash[1].trim()) && NOT_A_TALK.test(slash[2].trim())) return true;
  // ("D2 · Track B · 11:00 — Lightning Talks (5 min each)": the label over the lightning talks, its track and time before it.)
  if (t.length <= 60 && mayBeLightningLabel(t) && LIGHTNING_SECTION.test(t)) return true;
  // ("Registration & breakfast · Keizersgracht Conference Loft": a calendar's entry and its place.)
  const dot = t.indexOf(' · ');
  if (dot > 0 && isNonTalkTitle(t.slice(0, dot))) return true;
  // ("스폰서: 옵스웨이 (…) — 피자 제공", "Sponsors: Acme, Initech": who paid, after its label.)
  // ("step 4 (didn't do): Vault integration", "ステップ2：…": a hands-on workshop's step.)
  if (SPONSORS_LABEL.test(t) || (((c0 | 32) === 115 || (c0 >= 48 && c0 <= 57) || c0 === 0x30b9 || c0 === 0xc2a4) && WORKSHOP_STEP.test(t))) return true;
  // "TODO 資料URL拾う", "todo: slides": the writer's list, not a talk.
  const lower0 = c0 | 32;
  if ((lower0 === 116 || lower0 === 102 || lower0 === 97) && /^(?:todo|to-?dos?|fixme|action items?)(?:[\s:：]|$)/iu.test(t)) return true;
  // ("自分用TODO", "내 TODO", "후속 TODO", "follow-up todos": the writer's own, or what to do after.)
  if (t.length <= 16 && /^(?:自分用の?|自分の|私の|내|나의|후속|follow-?up|フォローアップ|持ち帰り)\s*(?:todo|to-?dos?)$/iu.test(t)) return true;
  // "coffee + badge. line was huge, …", "break / sponsor hall. got socks": a schedule item, then the writer's remark.
  // (Not "lightning talk (unannounced): …": a label.)
  // ("스폰서 세션 릴레이 — 거의 흘려들음": a sponsors' turn, then the remark.)
  // (Not "패널 토크 - Title", "Panel — Title": a panel or a workshop, then its own title.)
  const item = leadingItem(t);
  if (item && (NOT_A_TALK.test(item) || SPONSOR_TURN.test(item)) && !(PANEL_OR_WORKSHOP.test(item) && !t.includes('→'))) return true;
  // ("Networking reception, met two people from …", "lunch, skipped it": a schedule item, a comma, the writer's remark in lower case.)
  const comma = t.indexOf(', ');
  if (comma > 0 && comma <= 24 && /\p{Ll}/u.test(t[comma + 2] ?? '') && NOT_A_TALK.test(t.slice(0, comma))) return true;
  // ("sponsor pitch by a cloud reseller", "sponsor slot from Acme": a sponsor's turn with no title of its own.)
  if ((lower0 === 115 || c0 === 0x30b9 || c0 === 0xc2a4) && SPONSOR_TURN.test(t)) return true;
  // ("For #platform-global. The Berlin team asked for a summary, so here it is.": two sentences, the writer's own.)
  if (t.length > 40 && /[.!?]$/.test(title.trim()) && /[.!?]\s+\p{Lu}/u.test(t)) return true;
  if ((c0 | 32) === 104 && HOSTED_AT.test(t)) return true;
  // ("테라폼 파. 멀티 클라우드, 모듈 생태계, 상태 파일 명시적": a sentence ended, then points listed: the writer's summary.)
  if (t.length > 20 && title.includes('. ') && /[^\s.]\.\s+\S[^.]*,[^,]+,/u.test(title)) return true;
  // Schedule items are short: a long title is a talk's.
  if (t.length > 40) return false;
  // "Networking until they kicked us out", "lunch at the food court": a break and what it was like.
  if (SOCIAL_THEN_REMARK.test(t) || SOCIAL_IN_CAPITALS.test(title.trimStart())) return true;
  if (allPartsNonTalk(t)) return true;
  // "懇親会メモ", "Lunch notes", "네트워킹 정리": a schedule item with the writer's word for notes after it.
  const bare = t.replace(NOTES_WORD_AFTER, '');
  return bare !== t && !!bare && (NOT_A_TALK.test(bare) || CLOSING_SECTION.test(bare));
}
/** A length of time at a title's end, in brackets or not, and a remark after two slashes or a dash. */
const LASTING = /\s*[(（]?\d{1,3}\s*(?:min(?:ute)?s?|분|分間?)[)）]?(?:\s+(?:\/\/|[-–—])\s.*)?$/iu;
const NO_TITLE_REMARK = /[(（](?:별도\s*)?(?:제목|타이틀)\s*(?:없음|없었음|미정)|no\s+title|untitled|タイトル(?:なし|無し)[^()（）]*[)）]$/iu;
/**
 * The words before a full stop or a spaced "+", "/" or dash within a title's first 20 characters
 * ("coffee + badges. …" → "coffee"), or null: what `/^([^、,.。:：(（+/]{1,20}?)\s*(?:[.。]|\s[+/\-–—]\s)/u` finds,
 * by a scan of at most 21 characters.
 */
function leadingItem(t: string): string | null {
  const n = Math.min(t.length, 22);
  for (let k = 0; k < n; k++) {
    const c = t.charCodeAt(k);
    // 、 , : ： ( （ + / end the words without a separator.
    if (c === 0x3001 || c === 44 || c === 58 || c === 0xff1a || c === 40 || c === 0xff08 || c === 43 || c === 47) return null;
    if (k === 0) continue;
    if (c === 46 || c === 0x3002) return t.slice(0, k).trimEnd() || null;
    if (c === 32 && k + 2 < t.length && t.charCodeAt(k + 2) === 32) {
      const d = t.charCodeAt(k + 1);
      if (d === 43 || d === 47 || d === 45 || d === 0x2013 || d === 0x2014) return t.slice(0, k).trimEnd() || null;
    }
    // ("Registration -- badge queue": two hyphens for a dash.)
    if (c === 32 && k + 3 < t.length && t.charCodeAt(k + 1) === 45 && t.charCodeAt(k + 2) === 45 && t.charCodeAt(k + 3) === 32) return t.slice(0, k).trimEnd() || null;
  }
  return null;
}
const NOTES_WORD_AFTER = /\s*(?:メモ|まとめ|の感想|memo|notes?|정리|메모|후기)$/iu;

/** "주최: …", "Hosted by: …", "会場：…": a line about the event, not a talk. */
const INFO_LABEL =
  /^(?:주최|주관|후원|일시|날짜|장소|참가|참석|같이\s*간\s*(?:사람|분)들?|동행(?:자)?|참석자|同行者|went with|related(?: notes)?|관련(?:\s*노트)?|関連(?:ノート|リンク)?|host(?:ed by)?|organi[sz]ers?|organi[sz]ed by|sponsors?|date|time|venue|location|place|where|when|attendees?|日時|会場|場所|主催|共催|協賛|参加(?:者)?)\s*[:：]/iu;

const DAY_FIRST = /^(?:\d{1,2}\s*일차|\d{1,2}\s*日目|day\s*\d{1,2}[:：]?)\s+(?=\S)/iu;

const GREETING_FIRST = '안こおhH';
const GREETING = /^(?:안녕하세요|안녕하십니까|こんにちは|こんばんは|お疲れ様です|hi (?:all|everyone|team)\b|hello (?:all|everyone|team)\b)/iu;

/** "Networking until they kicked us out", "lunch at the food court": a break, then what it was like. */
// ("networking until 9:30": until a time too.)
const SOCIAL_THEN_REMARK = /^(?:networking|lunch|dinner|drinks|beers?|pizza|coffee|break|after ?party|doors)\s+(?:(?:until|till|at|in|with|on|and)\s+\p{Ll}|(?:until|till)\s+\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?$)/iu;
/** "Hosted at Lattice Robotics HQ, 450 Townsend St": where the event was, said as it is hosted. */
const HOSTED_AT = /^(?:hosted|held)\s+(?:at|by|in)\s+\S/iu;
/** "BREAK pizza round 2 + hallway": an outline's break in capitals, then the writer's words. */
const SOCIAL_IN_CAPITALS = /^(?:NETWORKING|LUNCH|DINNER|DRINKS|COFFEE|BREAK)\s+\p{Ll}/u;

/** "Hallway / misc", "Lunch & networking", "休憩・懇親会": schedule items joined, still no talk. */
const HOST_PART = /^(?:사회|진행|사회자|mc|司会|host(?:ed by)?|moderator)\s*[:：]/iu;

function allPartsNonTalk(t: string): boolean {
  // "集合、自己紹介(一人30秒)", "撤収、何人かで近くの中華", "Lunch. Italian beef": a schedule item, then a remark
  // (not "LT: Title", "라이트닝 토크: 제목": a label).
  const first = /^([^、,.。:：(（]{1,20})[、,.。(（]/u.exec(t);
  if (first && NOT_A_TALK.test(first[1].trim())) return true;
  // ("クロージング → 懇親会（国際通りの居酒屋）": one item after another, a remark in brackets after the last.)
  // ("폐회 및 경품 추첨", "懇親会および撤収": "and" in Korean and Japanese too.)
  if (!/[-–—/|&＆·・、,+→]|\s(?:and|및)\s|および/u.test(t)) return false;
  const parts = t.split(/\s*(?:->|[-–—/|&＆·・、,+→]|\s(?:and|및)\s|および)\s*/u).filter((p) => p);
  // ("오프닝 | 사회: 임채원 (…)": the one who hosts it is no speaker.)
  return parts.length >= 2 && parts.every((p) => NOT_A_TALK.test(p) || CLOSING_SECTION.test(p) || HOST_PART.test(p) || NOT_A_TALK.test(p.replace(/\s*[(（][^()（）]*[)）]$/u, '')));
}

/** How far a line is indented, a tab counting four. */
export function indentOf(raw: string): number {
  let n = 0;
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c === 32 || c === 0x3000) n++;
    else if (c === 9) n += 4;
    else break;
  }
  return n;
}

/**
 * Line `j`, or the first line after the session's labelled fields that start there ("트랙: 메인",
 * "난이도: 중급", then "발표자: …"): where a title's speakers are looked for. At most three fields, in one block.
 */
export function pastSessionFields(structure: NoteStructure, j: number, footerLine: number): number {
  const { info } = structure;
  // ("- type:: talk" under a heading: a block of a talk's own properties, not the heading's fields.)
  if (j >= 0 && j < footerLine && info[j].content.includes('::') && KIND_PROPERTY.test(info[j].content)) return j;
  let k = j;
  // ("EN) Lessons from …", "*Cutting Prometheus Costs by 60%*": the title's translation, between it and its speakers.)
  // ("(원래 적어둔 제목: "EKS 비용 최적화" <- …)": the writer's remark in brackets, a label or an arrow in it.)
  for (let n = 0; k >= 0 && k < footerLine && n < 3 && (isSessionField(info[k].content) || isTranslationLine(structure, k) || BRACKETED_REMARK.test(info[k].content)); n++) {
    if (k + 1 >= footerLine || info[k + 1].kind === LineKind.Blank) return j;
    k++;
  }
  return k < footerLine ? k : j;
}

/** A note's first sentence, up to a full stop after brackets or before a lowercase word: "Priya Raman (Quillpay). how they run …". */
export function firstSentence(text: string): string {
  return text.split(SENTENCE_BREAK)[0].replace(/\.$/u, '').trim();
}
const SENTENCE_BREAK = /(?<=\))\.\s|\.\s+(?=\p{Ll})/u;

/** A line wholly in brackets with a label's colon or an arrow in it: a remark between a title and its speakers. */
const BRACKETED_REMARK = /^[(（][^()（）]{0,40}(?:[:：]\s|<-|←|->|→)[^()（）]{0,80}[)）]$/u;

/** "type:: talk", "種別:: 発表": a block's kind property naming a talk (Logseq's "- type:: talk" over its title's property). */
export const KIND_PROPERTY = /^(?:type|kind|category|種別|種類|タイプ|유형|종류)::\s*(?:talk|session|lt|lightning(?:\s*talk)?|keynote|panel|workshop|発表|セッション|講演|トーク|LT|발표|세션|강연)\s*$/iu;

/** Whether line `k` is a title's translation (TRANSLATION_LINE), read on its text or, for its italics, on the line as typed. */
export function isTranslationLine(structure: NoteStructure, k: number): boolean {
  // (Or its arrow, read as a bullet: "   → "English title"".)
  const raw = structure.lines[k];
  const arrowed = raw.includes('→') || raw.includes('⇒');
  if (TRANSLATION_LINE.test(structure.info[k].content) || (arrowed || raw.includes('*') || raw.includes('_') ? TRANSLATION_LINE.test(raw.trim()) : false)) return true;
  // ("■ 「Kubernetesの監視基盤を…」" then " → 쿠버네티스 모니터링 기반을 …": an arrow, then the quoted title above in another language.)
  const arrow = k > 0 && arrowed ? ARROW_LINE.exec(raw) : null;
  const above = arrow ? QUOTED_ALONE.exec(structure.info[k - 1].content) : null;
  return !!above && inAnotherLanguage(above[1], arrow![1]);
}
const ARROW_LINE = /^\s*[→⇒]\s*([^「」『』"“”]{4,150})$/u;

/** The words of line `k`, a title's translation (isTranslationLine): without its arrow, label, brackets, quotes or italics. */
export function translationOf(structure: NoteStructure, k: number, title: string): string {
  const content = structure.info[k].content;
  let text = (TRANSLATION_LINE.test(content) ? content : structure.lines[k]).trim();
  text = text.replace(/^[→⇒]\s*/u, '');
  const bracketed = /^[(（]([^()（）]+)[)）]$/u.exec(text);
  text = bracketed ? bracketed[1].replace(BRACKETED_TRANSLATION_LABEL, '') : text.replace(TRANSLATION_LABEL, '');
  // (A line in italics is a translation only in another script: in the title's, it is a subtitle.)
  const italic = /^[*_]+([^*_]+)[*_]+$/u.exec(text);
  if (italic) return inAnotherLanguage(title, `"${italic[1]}"`) ? italic[1].trim() : '';
  return unquoted(text);
}
/** TRANSLATION_LINE's labels: "EN: …", "번역: …" before a colon; "和訳：…" inside the brackets. */
const TRANSLATION_LABEL = new RegExp(String.raw`^${TRANSLATION_LABEL_WORDS}\s*[:：)）]\s*`, 'u');
const BRACKETED_TRANSLATION_LABEL = new RegExp(String.raw`^${BRACKETED_TRANSLATION_LABEL_WORDS}\s*[:：]?\s*`, 'u');
/** A quoted title alone on its line, after a mark or a number ("■ 「…」", "1) 「…」"). */
const QUOTED_ALONE = /^(?:[^\p{L}\p{N}\s]\s*|\d{1,2}[.)]\s*)?[「『"“]([^「」『』"“”]{4,150})[」』"”]$/u;

/**
 * A session's field: labelled ("Level: Intermediate", "난이도: 중급"), or, as a schedule's page prints them, its day and
 * hours ("Wednesday March 20, 2024 11:00am - 11:35am CET") or its room ("Pavilion 7 | Level 7.3 | Room E").
 */
export function isSessionField(content: string): boolean {
  if (SESSION_FIELD_LINE.test(content)) return !SPEAKER_LABEL.test(content);
  if (content.length > 90) return false;
  // (Only the day and the hours: "09:30-10:00 受付・オープニング" is a programme's entry of its own.)
  if (hasDigit(content) && (SLOT_TIMES.test(content) || isDateLike(content))) return onlyDayAndHours(content);
  return ROOM_LINE.test(content);
}

/** "Wednesday March 20, 2024 9:15am - 9:35am CET": a session's day and hours, nothing else (a schedule's block starts so). */
export function isDayAndHours(content: string): boolean {
  return content.length <= 90 && hasDigit(content) && SLOT_TIMES.test(content) && onlyDayAndHours(content);
}

function onlyDayAndHours(content: string): boolean {
  return !/\p{L}{2,}/u.test(content.replace(DATE_WORDS, ' ').replace(SLOT_WORDS, ' '));
}
/** "9:00am - 9:15am", "19:05～19:35": a slot's hours. */
// ("오후 2:00 ~ 오후 2:40": the half of the day before each time.)
const SLOT_TIMES = /\d{1,2}[:：]\d{2}\s*(?:[ap]\.?m\.?)?\s*[-–—~〜～]\s*(?:(?:오전|오후|午前|午後)\s*)?\d{1,2}[:：]\d{2}/iu;
/** The words of a day and its hours: "am", "pm", a time zone, "年月日", "th". */
const SLOT_WORDS = /\d{1,2}[:：]\d{2}\s*[ap]\.?m\.?|(?<![\p{L}])(?:[ap]m|utc|gmt|[a-z]{1,2}[sd]?t|cet|cest|jst|kst|st|nd|rd|th)(?![\p{L}])|[年月日]|(?<=\d)[년월일]|오전|오후|午前|午後/giu;
/** "Hall 7.2 | Keynote Stage", "Pavilion 7 | Level 7.3 | Room E", "Room 210": a room, its parts set apart by bars. */
const ROOM_LINE = /^(?:(?:hall|room|pavilion|level|stage|floor|ballroom|auditorium|theat(?:re|er))\s+[\p{L}\d.-]{1,8}|[\p{L}\d. ]{1,20}\s+(?:hall|room|stage|ballroom|auditorium))(?:\s*[|·]\s*[\p{L}\d. ]{1,24})*$/iu;

export function nextContentLine(structure: NoteStructure, i: number, allowBlank: number): number {
  const { lines, info } = structure;
  let j = i + 1;
  // The rest of a wrapped title, joined to its first line (read as blank, its text not).
  while (j < lines.length && isBlankWithRange(info[j])) j++;
  // A setext heading's underline ("-----" under the title) is part of the heading (or reStructuredText's, "~~~~~").
  if (info[i]?.kind === LineKind.Heading && j < lines.length && info[j].kind === LineKind.Rule && /^\s*([=~^"'`+*#:._-])\1*\s*$/.test(lines[j])) j++;
  let blanks = 0;
  // (And a line read as blank for its markup, "[horizontal]" over an AsciiDoc list: no content, no blank line either.)
  while (j < lines.length && (!lines[j].trim() || isBlankWithRange(info[j]))) {
    if (!isBlankWithRange(info[j]) && ++blanks > allowBlank) return -1;
    j++;
  }
  return j < lines.length ? j : -1;
}

/** The item a nested list item is under (the nearest item above it one level up), or -1. */
export function parentItem(structure: NoteStructure, i: number): number {
  const { info } = structure;
  const level = info[i].level;
  for (let k = i - 1; k >= 0 && k >= i - 200; k--) {
    const li = info[k];
    if (li.kind !== LineKind.ListItem && li.kind !== LineKind.Blank) return -1;
    if (li.kind === LineKind.ListItem && li.blockStart && li.level < level) return li.level === level - 1 ? k : -1;
  }
  return -1;
}

const FM_TALK_KEYS = ['talk', 'session', 'title', '발표', '세션', 'セッション', 'タイトル'];
const FM_ORG_KEYS = ['company', 'org', 'organisation', 'organization', 'affiliation', '회사', '소속', '会社', '所属'];

/**
 * The one talk of a note whose front matter names it: `title:` (or `talk:`) and `speaker:` (with
 * `company:`), the Obsidian or Foam way of one note per talk. `author:` counts only beside an
 * `event:` key (alone it is the note's writer).
 */
export function frontMatterTalk(structure: NoteStructure, check: Reader): Candidate | null {
  const fm = structure.frontMatter;
  if (!fm) return null;
  const data = fm.data;
  const hasEvent = EVENT_KEYS.some((k) => typeof data[k] === 'string' && data[k]);
  const speakerKey = FRONT_MATTER_SPEAKER_KEYS.find((k) => data[k] !== undefined && data[k] !== null && (k !== 'author' || hasEvent));
  const titleKey = FM_TALK_KEYS.find((k) => typeof data[k] === 'string' && (data[k] as string).trim());
  if (!speakerKey || !titleKey || !fm.keyLines.has(titleKey)) return null;
  const title = (data[titleKey] as string).trim();
  // ("title: 出張報告 AWS Summit Japan 2024（2日目）", "author: 渡辺 光", "event: AWS Summit Japan 2024": the writer's report on
  // the event, its author no speaker.)
  if (speakerKey === 'author' && (ATTENDANCE_SUFFIX.test(title) || REPORT_FIRST.test(title) || EVENT_KEYS.some((k) => typeof data[k] === 'string' && (data[k] as string).trim().length >= 4 && title.includes((data[k] as string).trim())))) return null;
  const speakers = frontMatterSpeakers(data[speakerKey], frontMatterOrganisation(data), check);
  if (!speakers.length) return null;
  const parsed: TalkLine = { title, speakers, strongSpeakers: true, keynote: isKeynote(title), quoted: false, titleStart: 0, titleEnd: title.length, time: null };
  return { line: fm.keyLines.get(titleKey)!, parsed, speakerLine: null, source: 'frontMatter', level: 0, evidence: true };
}

const EVENT_KEYS = ['event', 'conference', 'meetup'];
/** "出張報告 …", "참관 후기: …", "Trip report: …": a report's word before the event's name. */
const REPORT_FIRST = /^(?:出張報告(?:書)?|参加(?:報告|レポート|レポ)|(?:출장|참관|참석)\s*(?:보고서?|후기|결과)|trip report|recap|notes)(?!\p{L})/iu;

/** `company:`, `org:`, `所属:` … of a front matter or of one of its `talks:`. */
export function frontMatterOrganisation(data: Record<string, unknown>): string | undefined {
  const v = FM_ORG_KEYS.map((k) => data[k]).find((x) => typeof x === 'string' && x.trim()) as string | undefined;
  return v?.trim();
}

/** A front matter's speaker value: a name or a list of names (`[[Name]]` or `{ name: … }` too), each with `org` unless it gives its own. */
export function frontMatterSpeakers(raw: unknown, org: string | undefined, check: Reader): Speaker[] {
  const speakers: Speaker[] = [];
  for (const v of Array.isArray(raw) ? raw : [raw]) {
    const record = v && typeof v === 'object' ? (v as Record<string, unknown>) : null;
    const name = typeof v === 'string' ? v.replace(/^\[\[|\]\]$/g, '') : typeof record?.name === 'string' ? record.name : '';
    if (!name.trim()) continue;
    const sp = check.speakers(name);
    // ("- name: 佐藤 遼" with "company: …" under it: each speaker's own organisation first.)
    speakers.push(...withOrganisation(sp ? sp.speakers : [{ name: name.trim(), org: null }], (record && frontMatterOrganisation(record)) ?? org));
  }
  return speakers;
}

/** "… #talk #terraform": tags closing an outline's item. */
export const TRAILING_TAGS = /(?:\s+#[^\s#]+)+\s*$/u;


/** "company:: Zalando", "Company: Acme", "소속: 카카오", "所属：メルカリ": a speaker's organisation on a line of its own. */
// ("🏢 Solo.io": an office building for the label, under "👤 Name".)
export const ORG_LABEL = new RegExp(String.raw`^(?:${ORG_LABEL_WORDS}\s*[:：]{1,2}|:${ORG_LABEL_WORDS}:|🏢\uFE0F?)\s*(.{2,60})$`, 'iu');

/** The organisation that line `k` gives on its own (ORG_LABEL), or null. */
export function organisationLine(structure: NoteStructure, k: number, footerLine: number): string | null {
  if (k < 0 || k >= footerLine) return null;
  const m = ORG_LABEL.exec(structure.info[k].content);
  return m ? withoutWikiBrackets(m[1]).trim() : null;
}

/**
 * The speakers, each without an organisation given `org` (when there is one). With `check`, a line
 * of two names read as a name and an organisation ("Wen Hsu, Olamide Bakare" above ":COMPANY: Quillbank")
 * is two people when the organisation is given apart.
 */
export function withOrganisation(speakers: Speaker[], org: string | null | undefined, check?: Reader): Speaker[] {
  if (!org) return speakers;
  if (check && speakers.length === 1 && speakers[0].org) {
    const other = check.speakers(speakers[0].org);
    if (other && other.speakers.length === 1 && !other.speakers[0].org && (other.strong || /^\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{Ll}'-]+){1,2}$/u.test(other.speakers[0].name))) return [{ name: speakers[0].name, org }, { name: other.speakers[0].name, org }];
  }
  return speakers.map((sp) => (sp.org ? sp : { ...sp, org }));
}

/** "[세션 1]", "【セッション2】": a label in brackets alone, with a session's number. */
export function isSessionNumber(text: string): boolean {
  return BRACKETED_ALONE.test(text) && hasDigit(text);
}
