// Talks told in the sentences of a paragraph that the writer wrapped by hand: a retrospective written in prose, its
// lines broken at a fixed width wherever a word ended ("키노트는 "Title"이라는 제목으로" then "네이버클라우드 윤재석님이
// 발표했다."). The paragraph is read as one text, sentence by sentence; each talk is placed on the line its title starts on.
import { isBlankWithRange, LineKind, type NoteStructure } from '../structure';
import { isNonTalkTitle, type Candidate, type Reader } from './note-lines';
import { CLOCK_START, markedTitleWithPerson, parseCjkProseTalk, parseProseTalk, sentenceTitleAndPerson, type TalkLine } from './talk-line';

/** The fewest lines a wrapped paragraph has here: two or three are read as one sentence before (brokenSentenceTalk). */
const MIN_LINES = 4;
/** The shortest a wrapped line is (but the last, and one in four); and the paragraph's lines on average (Korean and Japanese prose wraps at about 35 characters). */
const MIN_WRAPPED_LENGTH = 20;
const MIN_AVERAGE_LENGTH = 28;
/** A date then a time opening a line: "2024년 6월 22일 오전 10:30,", "[2024-06-13 14:05]", "2024/6/22 10:30". */
const DATE_TIME_STAMP = /^[[(【]?\s*\d{4}\s*[-./년年]\s*\d{1,2}\s*[-./월月]\s*\d{1,2}\s*[일日]?[^:：]{0,12}\d{1,2}[:：]\d{2}/u;
/** A sentence's end outside quotation marks: a full stop, a question or exclamation mark, then a space or the end. */
const SENTENCE_END_MARKS = '.!?。！？';
/** What opens and closes a quotation; a sentence does not end inside one. */
const OPENING = '「『《“‘';
const CLOSING = '」』》”’';
/** A sentence that may tell a talk: a marked title, and a person with an honorific or "by". */
const MAY_TELL_A_TALK = /[「『《"“'‘*]/u;
const PERSON_MARK = /님|さん|氏|\sby\s|\sfrom\s/u;
/** "발표자는 우아한형제들의 서동현님, 임하늘님 두 분.": the next sentence names who gave the talk the last one told (group 1). */
const SPEAKERS_SENTENCE = /^(?:발표자는|발표는|연사는|登壇者は|発表者は|登壇は|(?:the\s+)?speakers?\s+(?:was|were)|presented\s+by)\s*(.{2,80}?)\s*(?:두\s*분|세\s*분|お二人|の\s*お二人)?(?:이었다|였다|입니다|이셨다|でした|です)?[.。]?$/iu;
/** The title a sentence marks, alone: one span in quotation marks or brackets. */
const MARKED_TITLE = /[「『《"“]([^「」『』《》"“”]{4,120})[」』》"”]/gu;

/** A talk a wrapped paragraph's sentence tells, and the lines the sentence spans (first and last). */
export interface ToldTalk {
  talk: Candidate;
  from: number;
  to: number;
}

/** The talks a wrapped paragraph from line `first` tells, one candidate per talk, on the lines their titles start on. */
export function wrappedProseTalks(structure: NoteStructure, first: number, footerLine: number, check: Reader): ToldTalk[] {
  const { info, lines } = structure;
  let last = first;
  // (A line whose text the parse joined to the line above, a bracket left open at its end, is left empty: it goes on too.)
  while (last + 1 < footerLine && ((info[last + 1].kind === LineKind.Paragraph && !info[last + 1].blockStart) || isBlankWithRange(info[last + 1]))) last++;
  if (last - first + 1 < MIN_LINES) return [];
  // (Prose wrapped at a width: every line but the last is long. Not a timetable's block: a time, a title, its speaker, "메모".)
  // (A line may end early where a sentence did: one in four.)
  let chars = 0;
  let short = 0;
  for (let k = first; k <= last; k++) {
    const n = info[k].content.length;
    if (k < last && n < MIN_WRAPPED_LENGTH && lines[k].trim() === info[k].content) short++;
    // (Not a timetable: "7:10 PM  "Title" by Name (Org)", a line per slot, each read by the rules for one line.)
    // (Nor a chat's export, a date and time before each message: "2024년 6월 22일 오전 10:30, 한지민 : …".)
    if (CLOCK_START.test(info[k].content) || DATE_TIME_STAMP.test(info[k].content)) return [];
    chars += n;
  }
  if (short * 4 > last - first || chars / (last - first + 1) < MIN_AVERAGE_LENGTH) return [];
  // The paragraph as one text, and where each line starts in it (Japanese lines are joined without a space).
  let text = '';
  const starts: number[] = [];
  for (let k = first; k <= last; k++) {
    const content = info[k].content;
    if (content && k > first && !(/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]$/u.test(text) && /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}「『]/u.test(content))) text += ' ';
    starts.push(text.length);
    text += content;
  }
  const found: ToldTalk[] = [];
  const lineAt = (offset: number): number => {
    let k = starts.length - 1;
    while (k > 0 && starts[k] > offset) k--;
    return first + k;
  };
  const sentences = sentencesOf(text);
  for (let s = 0; s < sentences.length; s++) {
    const { start, end } = sentences[s];
    const sentence = text.slice(start, end);
    if (!MAY_TELL_A_TALK.test(sentence)) continue;
    const next = s + 1 < sentences.length ? text.slice(sentences[s + 1].start, sentences[s + 1].end) : '';
    const parsed = PERSON_MARK.test(sentence) ? toldTalk(sentence, check) : null;
    const told = parsed ?? (next ? titleThenSpeakers(sentence, next, check) : null);
    if (!told || !told.speakers.length || isNonTalkTitle(told.title)) continue;
    const at = start + told.titleStart;
    const line = lineAt(at);
    if (found.some((c) => c.talk.line === line)) continue;
    const shift = starts[line - first];
    const talk: Candidate = { line, parsed: { ...told, titleStart: at - shift, titleEnd: start + told.titleEnd - shift }, speakerLine: null, source: 'plain', level: 0, evidence: true, prose: true };
    found.push({ talk, from: lineAt(start), to: lineAt(Math.max(start, end - 1)) });
  }
  return found;
}

/** A sentence's talk, by the rules for a recap's sentence in Korean or Japanese, or in English. */
function toldTalk(sentence: string, check: Reader): TalkLine | null {
  if (/님|さん|氏/u.test(sentence)) return parseCjkProseTalk(sentence, check.names) ?? markedTitleWithPerson(sentence, check.names);
  return parseProseTalk(sentence, check.names) ?? sentenceTitleAndPerson(sentence, check.names);
}

/** "그다음 세션이 "Title"였다." then "발표자는 Org의 A님, B님 두 분.": the title in one sentence, its speakers in the next. */
function titleThenSpeakers(sentence: string, next: string, check: Reader): TalkLine | null {
  const titles = [...sentence.matchAll(MARKED_TITLE)];
  if (titles.length !== 1) return null;
  const said = SPEAKERS_SENTENCE.exec(next.trim());
  const people = said ? check.speakers(said[1].replace(/^(\S{2,24}?)의\s+(.+)$/u, '$2 ($1)')) : null;
  if (!people?.strong) return null;
  const m = titles[0];
  const titleStart = m.index + 1;
  return { title: m[1].trim(), speakers: people.speakers, strongSpeakers: true, keynote: false, quoted: true, titleStart, titleEnd: titleStart + m[1].length, time: null };
}

/** The sentences of a text, [start, end) each, split after a sentence's end mark outside quotation marks. */
function sentencesOf(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  let depth = 0;
  let straight = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (OPENING.includes(c)) depth++;
    else if (CLOSING.includes(c)) depth = Math.max(0, depth - 1);
    else if (c === '"') straight = !straight;
    else if (depth === 0 && !straight && SENTENCE_END_MARKS.includes(c) && (i + 1 === text.length || text[i + 1] === ' ' || c.charCodeAt(0) > 0x3000)) {
      out.push({ start, end: i + 1 });
      start = i + 1;
      while (start < text.length && text[start] === ' ') start++;
      i = start - 1;
    }
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}
