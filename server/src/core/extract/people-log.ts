// A people log: a note kept by the people the writer met, each person's entry (a heading, a list's
// item, a card's first line) naming them and their organisation, and the talks they gave written
// under it ("Talk: …", "登壇：…", "발표: …", "LT「…」", a quoted title, a timed line, a subheading).
// An entry's line names no talk; each talk under it is that person's.
import type { Speaker } from '../model';
import { LineKind, type LineInfo, type NoteStructure } from '../structure';
import { isNonTalkTitle, QUOTE_MARK, type Candidate, type Reader } from './note-lines';
import type { TalkLine } from './talk-line';

export interface PeopleLog {
  /** The talks under the people's entries, by their title's line. */
  talks: Map<number, Candidate>;
  /** The other lines of the entries (the person's line, notes of them): no talk's title. */
  quiet: Set<number>;
}

/** A talk's kind, as a label before its title. */
const TALK_KIND = String.raw`(?:lightning\s+talk|talk|session|keynote|LT|ignite|panel|발표|세션|라이트닝\s*토크|키노트|기조\s*연설|패널|登壇|発表|講演|基調講演|パネル|ライトニング\s*トーク)`;
/** "(1) ", "2) ", "13:30-14:10 ": a number or a time slot before a talk's line. */
const LEAD = String.raw`(?:[(（]?\d{1,2}[)）.]\s*)?(?:\d{1,2}:\d{2}\s*[-–~〜]\s*\d{1,2}:\d{2}\s+)?`;
/**
 * "Talk: …", "(1) 登壇：…", "16:30-16:35 LT「…」", "lightning talk (5 min): …", "특별 세션 (영어 발표): …": a talk's
 * kind labelling its title (group 1), maybe after one word, a number or a remark in brackets.
 */
const LABELLED_TALK = new RegExp(String.raw`^${LEAD}(?:\p{L}{1,12}\s)?${TALK_KIND}(?:\s*\d{1,2})?(?:\s*[(（][^()（）]{1,24}[)）])?\s*(?:[:：]\s*|(?=[「『"“]))(\S.*)$`, 'iu');
/** "Opening Keynote (no real title on the schedule)", "기조연설": a keynote with no title; group 1 its name. */
const KEYNOTE_ALONE = /^((?:\p{L}{1,12}\s)?(?:keynote|키노트|기조\s*연설|基調講演))(?:\s*[(（][^()（）]*[)）])?$/iu;
/** '"Title"', '**"Title"**', '1) "Title" (main stage)', '13:30-14:10 「Title」': a quoted title opening the line. */
const QUOTED_LEAD = new RegExp(String.raw`^${LEAD}(?:\*\*)?["“「『]`, 'u');
/** "14:20-15:00 Title": a time slot, then the title (group 1). */
const TIMED = /^\d{1,2}:\d{2}\s*[-–~〜]\s*\d{1,2}:\d{2}\s+(\S.*)$/u;
/** 'they were on the panel "Title"': a sentence naming a talk's kind, then its quoted title (group 1). */
const TALK_IN_SENTENCE = /(?:^|\s)(?:talk|panel|session|keynote)s?\b[^"“「『]{0,30}["“「『]([^"”」』]{8,120})["”」』]/iu;
/**
 * Words right before a quoted title that say it is one: a label ("세션: ", "제목은 ", "タイトルは", "今回の話は") or a verb
 * ("co-presented ", "opened the night with ", "they called it ").
 */
const TITLE_CUE_BEFORE = /(?:세션|제목|주제|타이틀|title|タイトル|演題|テーマ|話)\s*(?:은|는|이|は)?\s*[:：]?\s*$|\b(?:presented|co-presented|opened\s+(?:the\s+\w+\s+)?with|called\s+it|titled|entitled)\s*:?\s*$/iu;
/** Words right after a quoted title that say it is one: "「…」というタイトルで", "「…」と題して", ""…"라는 제목으로". */
const TITLE_CUE_AFTER = /^\s*(?:という(?:タイトル|題|テーマ|演題)|と題し|(?:이?라는|란)\s*(?:제목|주제|타이틀))/u;
const QUOTED_SEGMENT = /["“「『]([^"“”「」『』]{4,150})["”」』]/gu;

/** The quoted title a sentence says is one (TITLE_CUE_BEFORE, TITLE_CUE_AFTER) and its offset; null when no quotation has such words beside it. */
function titleInSentence(content: string): { title: string; at: number } | null {
  for (const m of content.matchAll(QUOTED_SEGMENT)) {
    const end = m.index + m[0].length;
    if (TITLE_CUE_BEFORE.test(content.slice(Math.max(0, m.index - 30), m.index)) || TITLE_CUE_AFTER.test(content.slice(end, end + 16))) {
      return { title: m[1], at: m.index + 1 };
    }
  }
  return null;
}
/** Remarks after a person: " - 세션 2개 함!", " / 登壇2本！", " (도쿄에서 오심)". */
const TRAILING_REMARK = /\s*(?:\s[-–—/]\s|[(（])[^-–—/()（）]*[)）]?$/u;
/** A card's first line, a person in its decoration: "【名刺1】…", "--- … ---". */
const CARD_FIRST = /^(?:【|[-=~*]{3})/u;
/** A card's or a block's decoration around a person: "【名刺1】", "--- … ---". */
const DECORATION = /^(?:【[^】]{1,10}】\s*|[-=~*]{3,}\s*)|\s*[-=~*]{3,}$/gu;

/** Whether line `i` opens a card: its decoration, or ">> " before it (which markdown reads as a quotation's marks). */
function opensCard(structure: NoteStructure, i: number): boolean {
  return CARD_FIRST.test(structure.info[i].content) || structure.lines[i].startsWith('>> ');
}
/** "패널: ", "Speaker: ", "登壇者：": a label opening a line. */
const LABEL_FIRST = /^[^\s:：()（）]{1,12}\s*[:：]/u;
/** A line that only separates blocks: "────", "-----". */
const SEPARATOR = /^[-─━=~*_]{4,}$/u;
/** A quick test before reading a note as one: some line labels a talk, or says a quoted title is one. */
const ANY_LABEL = new RegExp(String.raw`${TALK_KIND}(?:\s*\d{1,2})?(?:\s*[(（][^()（）]{1,24}[)）])?\s*(?:[:：]|[「『"“])|(?:제목|タイトル)\s*(?:은|는|は)?\s*[:：]?\s*[「『"“]|[」』"”]\s*(?:という(?:タイトル|題)|と題し|(?:이?라는|란)\s*제목)|\b(?:co-presented|titled|called it)\s+["“]`, 'iu');

/** Every form of ANY_LABEL has one of these, a colon or a quotation mark: a quarter of the 1k corpus's lines, so the scan takes a third of its time (100 → 35 ms). */
const LABEL_OR_QUOTE_MARK = /[:：「『"“」』”]/u;

/** How many of a log's people must have talks under them: one is a heading that happens to name its speaker. */
const MIN_PEOPLE_WITH_TALKS = 2;

/** The note read as a people log, or null when it is not one. */
export function peopleLog(structure: NoteStructure, footerLine: number, check: Reader): PeopleLog | null {
  const { info } = structure;
  let labelled = false;
  for (let i = 0; i < footerLine && !labelled; i++) {
    const li = info[i];
    if ((li.kind === LineKind.Paragraph || li.kind === LineKind.ListItem || li.kind === LineKind.Heading) && li.content.length < 200 && LABEL_OR_QUOTE_MARK.test(li.content) && ANY_LABEL.test(li.content)) labelled = true;
  }
  if (!labelled) return null;
  const quiet = new Set<number>();
  const talks = new Map<number, Candidate>();
  let peopleWithTalks = 0;
  for (let i = 0; i < footerLine; i++) {
    const li = info[i];
    const speakers = personOf(structure, i, check);
    if (!speakers) continue;
    const end = entryEnd(structure, i, footerLine);
    let found = 0;
    quiet.add(i);
    for (let j = i + 1; j < end; j++) {
      const talk = talkUnder(structure, j, i, check);
      if (!talk) {
        quiet.add(j);
        continue;
      }
      talk.parsed.speakers = talk.parsed.speakers.length ? talk.parsed.speakers : speakers;
      talk.parsed.strongSpeakers = true;
      talks.set(j, talk);
      found++;
    }
    if (found) peopleWithTalks++;
    // (An item's or a card's lines are read once: the next entry starts after them. A heading's subheadings may be people too.)
    if (li.kind !== LineKind.Heading || !found) i = end - 1;
  }
  return peopleWithTalks >= MIN_PEOPLE_WITH_TALKS ? { talks, quiet } : null;
}

/** The people line `i` names, when it is an entry's first line naming only them (and their organisations or roles). */
function personOf(structure: NoteStructure, i: number, check: Reader): Speaker[] | null {
  const li = structure.info[i];
  let text: string;
  if (li.kind === LineKind.Heading) text = li.content;
  else if (li.kind === LineKind.ListItem && li.blockStart && li.level === 1) text = li.content;
  else if (li.kind === LineKind.Paragraph && (li.blockStart || (i > 0 && SEPARATOR.test(structure.lines[i - 1].trim()))) && opensCard(structure, i)) text = li.content.replace(DECORATION, '');
  else return null;
  // ("패널: A(X), B(Y)", "Speaker: …": a talk's labelled speakers, not an entry.)
  if (text.length < 3 || text.length > 80 || LABEL_FIRST.test(text)) return null;
  // (Not ">> Nadia Petrova (SRE, Rakuten) - "Title"": the person and their quoted title, a talk's line.)
  if (QUOTE_MARK.test(text)) {
    const line = check.talkLine(text);
    if (line?.quoted && line.speakers.length) return null;
  }
  // ("김민수 (토스) - 세션 2개 함!", "高橋 翔 / 株式会社サイバーエージェント / 登壇2本！": the person, then a remark.)
  for (let cut = 0; cut < 3 && text; cut++) {
    const sp = check.speakers(text);
    if (sp?.strong && sp.speakers.length <= 3 && sp.speakers.some((s) => s.org || s.role)) return sp.speakers;
    const shorter = text.replace(TRAILING_REMARK, '');
    if (shorter === text) break;
    text = shorter;
  }
  return null;
}

/** Where entry `i`'s lines end: its heading's section, its item's nested lines, a card's lines up to a separator. */
function entryEnd(structure: NoteStructure, i: number, footerLine: number): number {
  const { info, lines } = structure;
  const li = info[i];
  for (let j = i + 1; j < footerLine; j++) {
    const lj = info[j];
    if (lj.kind === LineKind.Heading && (li.kind !== LineKind.Heading || lj.level <= li.level)) return j;
    if (li.kind === LineKind.ListItem && lj.kind === LineKind.ListItem && lj.blockStart && lj.level <= li.level) return j;
    if (li.kind === LineKind.Paragraph && ((lj.kind === LineKind.Paragraph && lj.blockStart && opensCard(structure, j)) || lj.kind === LineKind.Rule || SEPARATOR.test(lines[j].trim()))) return j;
  }
  return footerLine;
}

/** A talk's title on line `j`, under the entry of line `entry`, without its speakers yet. */
function talkUnder(structure: NoteStructure, j: number, entry: number, check: Reader): Candidate | null {
  const lj = structure.info[j];
  if (lj.kind !== LineKind.Paragraph && lj.kind !== LineKind.ListItem && lj.kind !== LineKind.Heading) return null;
  const le = structure.info[entry];
  if (lj.kind === LineKind.ListItem && le.kind === LineKind.ListItem && lj.level > le.level + 1) return null;
  const content = lj.content.replace(/^\*\*(.*)\*\*$/u, '$1');
  if (content.length > 160) return null;
  let parsed: TalkLine | null = null;
  const label = LABELLED_TALK.exec(content);
  const keynote = label ? null : KEYNOTE_ALONE.exec(content);
  if (label) parsed = titled(check, label[1], content.length - label[1].length);
  else if (keynote) parsed = { ...(check.talkLine(keynote[1]) ?? emptyTalk()), title: keynote[1], keynote: true, titleStart: 0, titleEnd: keynote[1].length };
  else if (QUOTED_LEAD.test(content) && QUOTE_CLOSES_LINE.test(content) && topLevel(lj, le)) {
    // (Not a quote of what was said, nested in a talk's notes: "  - 「ジョブ定義がHCLなのが正義」".)
    const read = check.talkLine(content);
    parsed = read?.quoted ? read : null;
  } else if (lj.kind !== LineKind.Heading) {
    const timed = TIMED.exec(content);
    const told = timed ? null : TALK_IN_SENTENCE.exec(content);
    // ("二人での共同発表。タイトルは「…」", "- 공동 발표. 세션: "…"", "co-presented "…"": a title a sentence says is one.)
    const said = timed || told || !QUOTE_MARK.test(content) ? null : titleInSentence(content);
    if (timed) parsed = titled(check, timed[1], content.length - timed[1].length);
    else if (told) parsed = titled(check, told[1], told.index + told[0].lastIndexOf(told[1]));
    else if (said) parsed = titled(check, said.title, said.at);
  }
  if (!parsed || parsed.title.length < 4 || (!parsed.keynote && isNonTalkTitle(parsed.title)) || NO_TALK.test(parsed.title)) return null;
  // (Offsets in the line's content: a bold line's marks were left out above.)
  const marks = lj.content.indexOf(content);
  parsed.titleStart += marks;
  parsed.titleEnd += marks;
  const heading = lj.kind === LineKind.Heading;
  return { line: j, parsed, speakerLine: entry, source: heading ? 'heading' : 'plain', level: heading ? lj.level : 0, evidence: true };
}

/** A quote that ends the line, maybe before a remark in brackets ("1) "Title" (main stage, 11:00)"); not "「…」名言" or "「…」←刺さった". */
const QUOTE_CLOSES_LINE = /["”」』](?:\*\*)?(?:\s*[(（][^()（）]*[)）])?$/u;

/** Line `lj` is among an entry's own lines, not nested in another's: a paragraph, or an item right under the entry's level. */
function topLevel(lj: LineInfo, entry: LineInfo): boolean {
  return lj.kind !== LineKind.ListItem || lj.level <= (entry.kind === LineKind.ListItem ? entry.level + 1 : 1);
}

/** "없음", "なし", "none": a label saying there was no talk. */
const NO_TALK = /^(?:없음|없었음|x|なし|無し|none|no|n\/a|-)(?![\p{L}\p{N}])/iu;

/** The title in `text`, the rest of a line's content from `from`, read as a talk line (its own speakers kept: "LT「…」の人" names none); offsets in the content. */
function titled(check: Reader, text: string, from: number): TalkLine | null {
  const read = check.talkLine(text);
  if (!read?.title) return null;
  read.titleStart += from;
  read.titleEnd += from;
  return read;
}

function emptyTalk(): TalkLine {
  return { title: '', speakers: [], strongSpeakers: false, keynote: false, quoted: false, titleStart: 0, titleEnd: 0, time: null };
}
