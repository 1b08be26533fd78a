// Talks told in a log the writer kept during the event, a message stamped with its minute on each line ("[10:40] 트랙 A 남음.
// 윤성호 (네오클라우드) 발표 시작, 제목 '…'", "`10:30` Priya Raman and Tom Becker (Northwind Logistics) up: "…""). The title
// is the message's one quotation; who gave it is named just before it, or in the message before ("13:15 back in N01-02 for
// Aoife Gallagher, Harbourline Energy" then "13:16 "Title"").
import type { Speaker } from '../model';
import { LineKind, type NoteStructure } from '../structure';
import { isNonTalkTitle, TRAILING_TAGS, type Candidate, type Reader } from './note-lines';
import { CLOCK_START, isKeynote } from './talk-line';

/** A message's stamp: its time (and day) in brackets or code, then the separator after it. */
const STAMP = new RegExp(String.raw`${CLOCK_START.source}(?::\d{2})?(?:\s*[-~–—〜～]\s*\d{1,2}[:：]\d{2})?\s*[\]】\x60]?\s*[|:：;)\-–—]?\s*`, 'iu');
/** One title in quotation marks: straight or curly, double or single (an apostrophe before a letter is inside it), 「」 or 『』. */
const TITLE = /(?<=^|[\s(,:：、。.—–-])(?:"([^"]{4,150})"|“([^“”]{4,150})”|'((?:[^']|'(?=\p{L})){4,150}?)'|‘([^‘’]{4,150})’)(?=[\s,.;:：、。)!?！？—–-]|$)|「([^「」]{4,150})」|『([^『』]{4,150})』/gu;
/** Words between who gave the talk and its title: "up:", "talk is", "--", "발표 시작, 제목", "登壇、お題は", "、タイトル". */
const BEFORE_TITLE =
  /(?:\s*[,、，:：\-–—/／|]+\s*|\s+(?:talk\s+is|title\s+is|titled|called|presenting|presents|is\s+up|up|starts?|started|on)\s*|\s*(?:(?:공동\s*)?(?:발표\s*)?시작(?:함|했음)?|(?:공동\s*)?발표|제목은?|주제는?|(?:の|による)?\s*(?:共同)?(?:登壇|発表|講演)(?:開始)?|お題は?|タイトルは?|演題は?|題して)\s*)$/iu;
/** Where the people may start in the words before the title: after a sentence, a colon, "for", "of", "by" or a word for the talk's place in the programme. */
const PEOPLE_START = /(?:(?:トップバッター|続いて|次は|最後は|最初は|\d{1,2}\s*(?:人目|本目|番目|번째)|LT\s*\d{0,2}|登壇は|発表は|발표는|연사는)[、,\s]*|[.!?]\s+|[。！？]\s*|[:：]\s*|\s[—–-]{1,2}\s+|\s(?:for|of|by|with)\s+|^)/giu;
/** A question's label right before the quotation. */
const QUESTION_BEFORE = /(?:Q\s*&\s*A|Q|質問|質疑(?:応答)?|질문|질의(?:응답)?)\s*[:：]?\s*$/iu;
/** Before a title alone: nothing, or a few words that name it ("タイトル：", "title on the slide:", "제목:"). */
const TITLE_LABEL_ONLY = /^(?:[\p{L}\s]{0,20}?(?<![\p{L}])(?:title|talk|タイトル|演題|題目|제목)[\p{L}\s]{0,20}?(?:は|[:：])?\s*)?$/iu;

/** Line `i` of the note's log, a message whose one quoted title is a talk and whose speakers are named: the talk, or null. */
export function logMessageTalk(structure: NoteStructure, i: number, log: Set<number>, check: Reader): Candidate | null {
  const { info } = structure;
  const stamped = messageOf(structure, i);
  if (!stamped) return null;
  const { message, stampLength } = stamped;
  const titles = [...message.matchAll(TITLE)];
  if (titles.length !== 1) return null;
  const m = titles[0];
  const title = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6]).trim();
  if (!/\p{L}{2}/u.test(title) || isNonTalkTitle(title)) return null;
  const before = message.slice(0, m.index);
  // ("Q&A「Dockerイメージじゃダメなの？」": a question from the floor, quoted.)
  if (QUESTION_BEFORE.test(before)) return null;
  let speakers = peopleNamed(before, check, false);
  let speakerLine: number | null = null;
  if (!speakers && TITLE_LABEL_ONLY.test(before.trim())) {
    // "13:15 back in N01-02 for Aoife Gallagher, Harbourline Energy" then "13:16 "Title"": named in the message before.
    const p = i > 0 && log.has(i - 1) ? i - 1 : i > 1 && log.has(i - 2) && info[i - 1].kind === LineKind.Blank ? i - 2 : -1;
    const said = p >= 0 ? (messageOf(structure, p)?.message ?? '') : '';
    if (said && ![...said.matchAll(TITLE)].length) {
      speakers = peopleNamed(said, check, true);
      if (speakers) speakerLine = p;
    }
  }
  if (!speakers) return null;
  const titleStart = stampLength + m.index + m[0].indexOf(title);
  return {
    line: i,
    parsed: { title, speakers, strongSpeakers: true, keynote: isKeynote(title), quoted: true, titleStart, titleEnd: titleStart + title.length, time: null },
    speakerLine,
    source: 'plain',
    level: 0,
    evidence: true,
  };
}

/** Line `k`'s message: its text after the stamp (how long the stamp is), the hashtags at its end left out; null when it has no stamp. */
function messageOf(structure: NoteStructure, k: number): { message: string; stampLength: number } | null {
  const text = messageText(structure, k);
  const stamp = STAMP.exec(text);
  return stamp ? { message: text.slice(stamp[0].length).replace(TRAILING_TAGS, ''), stampLength: stamp[0].length } : null;
}

/** Line `i`'s text as a message: a table's row without its outer bars ("| 10:33 | … |" reads "10:33 | …"). */
export function messageText(structure: NoteStructure, i: number): string {
  const li = structure.info[i];
  return li.kind === LineKind.Table ? li.content.replace(/^\s*\|\s*/u, '').replace(/\s*\|\s*$/u, '') : li.content;
}

/**
 * The people named at the end of `words` (what comes before a title, or a whole message), three at most: the shortest
 * run from a place the people may start that reads as people. `alone` (a message of its own) asks that each have an
 * organisation or an honorific.
 */
function peopleNamed(words: string, check: Reader, alone: boolean): Speaker[] | null {
  let text = words;
  for (let guard = 0; guard < 4; guard++) {
    const tail = BEFORE_TITLE.exec(text);
    if (!tail || !tail[0]) break;
    text = text.slice(0, tail.index);
  }
  text = text.trim();
  if (text.length < 2 || text.length > 160) return null;
  const starts: number[] = [];
  PEOPLE_START.lastIndex = 0;
  for (let m = PEOPLE_START.exec(text); m; m = PEOPLE_START.exec(text)) {
    starts.push(m.index + m[0].length);
    if (m[0].length === 0) PEOPLE_START.lastIndex++;
  }
  for (let k = starts.length - 1; k >= 0; k--) {
    const run = text.slice(starts[k]).trim();
    if (run.length < 2) continue;
    const sp = check.speakers(run);
    if (!sp?.strong || sp.speakers.length > 3) continue;
    if (alone && !(/님|さん|氏/u.test(run) || sp.speakers.every((x) => x.org))) continue;
    return sp.speakers;
  }
  return null;
}
