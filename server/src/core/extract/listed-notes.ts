// Notes kept apart from their talk: a programme first (a table, a timetable, a list of the talks), then sections
// that say which of its talks they are about, by number ("### 1번", "Session 3 notes", "#2 の感想"), by place
// ("Last one", "마지막 발표"), by kind ("키노트 메모", "LT"), by speaker ("Kenji's talk", "中村さんの話"), by time
// ("[00:41:02] …") or by a few words of the title ("The Cilium one", "Argo Rollouts のやつ"). Each such section is
// its talk's text; its label is no talk of its own.
import type { Catalog } from '../catalog/catalog';
import type { TalkReference } from '../model';
import { LineKind, type NoteStructure } from '../structure';
import { nameKey } from '../text';
import { isNonTalkTitle, type Candidate } from './note-lines';
import { isTabRow } from './agenda';

/** A section of notes on a talk of the programme: its lines [first, last]. */
export interface TalkNotes {
  talk: Candidate;
  first: number;
  last: number;
}

/**
 * "(1) 中村さん" then notes, below a timetable: the notes of that speaker's talk, not a talk (the notes of its rows).
 */
export function speakerNotes(structure: NoteStructure, talks: Candidate[], footerLine: number): TalkNotes[] {
  const rows = talks.filter((c) => c.source === 'agenda');
  if (rows.length < 2) return [];
  const { info } = structure;
  const after = rows[rows.length - 1].line + 1;
  const found: TalkNotes[] = [];
  for (let i = after; i < footerLine; i++) {
    const content = info[i].content;
    if (!content || content.length > 30) continue;
    const m = SPEAKER_ALONE.exec(content);
    if (!m || (!m[1] && !m[3])) continue;
    const said = m[2].replace(/\s+/g, '');
    const talk = rows.find((c) => c.parsed.speakers.some((sp) => {
      const name = sp.name.replace(/\s+/g, '');
      const parts = sp.name.split(/\s+/);
      return said === name || (said.length >= 2 && (said === parts[0] || said === parts[parts.length - 1]));
    }));
    if (talk) found.push({ talk, first: i, last: i });
  }
  // (Other talks between them: these lines are not notes of a timetable.)
  if (!found.length || talks.some((c) => c.source !== 'agenda' && c.line >= after && !found.some((n) => n.first === c.line))) return [];
  for (let k = 0; k < found.length; k++) {
    const end = k + 1 < found.length ? found[k + 1].first - 1 : footerLine - 1;
    let last = found[k].first;
    for (let j = last + 1; j <= end; j++) {
      if (info[j].kind === LineKind.Blank) continue;
      if (j > last + 1 && info[j - 1].kind === LineKind.Blank && info[j].kind !== LineKind.ListItem) break;
      last = j;
    }
    found[k].last = last;
  }
  return found;
}
/**
 * A line timed as a talk of the programme above was, after other rows of it ("00:41:02  "Title" — Felix Brandt, N26"
 * listed, then "[00:41:02] Prometheus sharding (Felix)" over notes): the notes of that talk, when it names no one else.
 */
export function timedNotes(structure: NoteStructure, talks: Candidate[], footerLine: number): TalkNotes[] {
  const { info, lines } = structure;
  // The programme: each time's first row, up to the last of them.
  const rowAt = new Map<string, Candidate>();
  let end = -1;
  for (const c of talks) {
    if (c.source !== 'agenda' || !c.parsed.time) continue;
    const key = clockKey(c.parsed.time);
    if (rowAt.has(key)) continue;
    rowAt.set(key, c);
    end = Math.max(end, c.line);
  }
  if (rowAt.size < 2) return [];
  const talkAt = new Map<number, Candidate>();
  for (const c of talks) talkAt.set(c.line, c);
  const found: TalkNotes[] = [];
  for (let j = end + 1; j < footerLine; j++) {
    const c0 = lines[j].charCodeAt(0);
    const m = c0 === 91 || (c0 >= 48 && c0 <= 57) ? TIMED_LINE.exec(lines[j]) : null;
    const row = m ? rowAt.get(clockKey(m[1])) : undefined;
    if (!row) continue;
    // (A talk of its own there names no one but the row's speakers, or their first names.)
    const own = talkAt.get(j);
    if (own && !own.parsed.speakers.every((sp) => row.parsed.speakers.some((s) => nameKey(s.name) === nameKey(sp.name) || nameKey(s.name.split(/\s+/u)[0]) === nameKey(sp.name)))) continue;
    found.push({ talk: row, first: j, last: j });
  }
  const firsts = new Set(found.map((n) => n.first));
  for (const n of found) {
    for (let j = n.first + 1; j < footerLine; j++) {
      if (info[j].kind === LineKind.Blank) continue;
      if (info[j].kind === LineKind.Heading || firsts.has(j) || talkAt.has(j)) break;
      if (j > n.last + 1 && info[j - 1].kind === LineKind.Blank && info[j].kind !== LineKind.ListItem) break;
      n.last = j;
    }
  }
  return found;
}
/** "[00:41:02] …", "00:41 …": a line led by a recording's time (group 1: its hours and minutes). */
const TIMED_LINE = /^\[?(\d{1,2}[:：]\d{2})(?:[:：]\d{2})?\]?\s/u;
/** A time's hours and minutes, compared without a leading zero ("09:15" is "9:15"). */
function clockKey(time: string): string {
  return time.replace('：', ':').replace(/^0(?=\d:)/, '');
}

/**
 * Sections below the programme that name one of its talks (see the top of this file): each runs to the next such
 * label, the next heading at its level or above, or the next talk. The programme is a table's rows, or else the
 * first run of two or more talks with no notes of their own.
 */
export function namedNotes(structure: NoteStructure, talks: Candidate[], agendaTargets: Map<TalkReference, Candidate>, footerLine: number, catalog: Catalog): TalkNotes[] {
  const { info, lines } = structure;
  // (Or a sheet's rows pasted with their tabs, in a code block or as text.)
  const isRow = (line: number) => info[line].kind === LineKind.Table || isTabRow(lines[line]);
  const tableRows = talks.filter((c) => c.source === 'agenda' && isRow(c.line));
  const inTable = tableRows.length >= 2;
  const rows = inTable ? tableRows : programme(structure, talks);
  // The programme's talks in its order, by place: a row whose talk has a heading of its own below counts too
  // ("2번 세션 메모 — 동적 시크릿" read as that row's talk, then "세번째 세션 메모" for the row after it).
  let ordered = rows;
  // (A timetable's list whose talks headings took, some or all: "- 19:00 「Title」" over "### 1本目 SLO の話".)
  let listed: Set<Candidate> | null = null;
  let programmeEnd = rows.length ? rows[rows.length - 1].line : -1;
  if (!inTable && rows.length < 2 && agendaTargets.size) {
    const placed = inProgrammeOrder(talks.filter((c) => c.source === 'agenda'), agendaTargets, () => true);
    if (placed.length >= 2) {
      ordered = placed.map((p) => p.talk);
      listed = new Set(ordered);
      programmeEnd = placed[placed.length - 1].line;
    }
  }
  if (rows.length < 2 && !listed) return [];
  if (inTable && agendaTargets.size) {
    const placed = inProgrammeOrder(rows, agendaTargets, (line) => isRow(line) && line < programmeEnd);
    if (placed.length > rows.length) ordered = placed.map((p) => p.talk);
  }
  const firstCells = inTable
    ? rows.map((c) => {
        const cells = lines[c.line].split(info[c.line].kind === LineKind.Table ? '|' : '\t');
        return (cells[0].trim() ? cells[0] : (cells[1] ?? '')).replace(/\s+/g, '').toLowerCase();
      })
    : [];
  const numberedRows = firstCells.some((cell) => /^\d/.test(cell));
  // (Numbers alone, "| 3 | 14:30 | …": not times, "| 19:00 | …".)
  const numberCells = firstCells.length && firstCells.every((cell) => /^\d{1,2}$/.test(cell)) ? firstCells : null;
  const after = programmeEnd + 1;
  const talkAt = new Map<number, Candidate>();
  for (const c of talks) talkAt.set(c.line, c);
  const found: Array<TalkNotes & { loose: boolean }> = [];
  let rowWords: RowWords[] | undefined;
  for (let i = after; i < footerLine; i++) {
    const li = info[i];
    const content = li.content;
    if (!content || content.length > 48) continue;
    // (A label that is no heading has its notes under it: "* 정하늘님 발표" over its items, "■ Cilium の話" over its lines.)
    const labelKind = li.kind === LineKind.Heading || (li.blockStart && (li.kind === LineKind.Paragraph || (li.kind === LineKind.ListItem && li.level === 1)) && notesUnder(structure, i));
    if (!labelKind) continue;
    let k = -1;
    if (inTable && content.length <= 40 && li.kind !== LineKind.ListItem) {
      // ("notes #1 (monorepo)": the word first, the row's number, what it was about.)
      // ("row 4 — Kafka at a bank": the sheet's row by its number, what it was about after a dash.)
      // ("### #2 argo (Marta)": the row's number after a hash, what it was about after it.)
      const led = NOTES_THEN_NUMBER.exec(content) ?? ROW_THEN_NUMBER.exec(content) ?? (content.charCodeAt(0) === 35 ? HASH_NUMBER_THEN_WORDS.exec(content) : null);
      const m = led ? [led[0], led[1], undefined, 'notes'] : content.length <= 24 ? NUMBERED_NOTES.exec(content) : null;
      // (A heading may be the number alone; a line of text says what it is: "6장 메모", "2本目".)
      if (m && (li.kind === LineKind.Heading || m[2] || m[3])) {
        const label = (m[1] + (m[2] ?? '')).toLowerCase();
        k = firstCells.findIndex((cell) => cell === label || cell === m[1]);
        if (k < 0 && !numberedRows) k = Number(m[1]) - 1;
      }
    }
    if (k < 0) {
      // (A line that names its own speakers is a talk, whatever its words.)
      const own = talkAt.get(i);
      if (own?.parsed.speakers.length) continue;
      const n = namedRow(content, li.kind === LineKind.Heading, ordered, ordered === rows ? numberCells : null, lines, (rowWords ??= ordered.map((r) => wordsOf(r.parsed.title, catalog))), catalog);
      if (n >= 0 && n < ordered.length) {
        const talk = ordered[n];
        if (!found.some((x) => x.talk === talk)) found.push({ talk, first: i, last: i, loose: true });
      }
      continue;
    }
    const talk = k >= 0 && k < rows.length ? rows[k] : undefined;
    if (talk && !found.some((n) => n.talk === talk)) found.push({ talk, first: i, last: i, loose: false });
  }
  // (Below a programme that is no table, every talk after it is a section of its notes: else these are talks of their own.)
  if (!inTable && talks.some((c) => c.line >= after && !listed?.has(c) && !found.some((n) => n.first === c.line))) return [];
  const firsts = new Set(found.map((n) => n.first));
  for (let k = 0; k < found.length; k++) {
    const start = found[k].first;
    const own = info[start];
    const level = own.kind === LineKind.Heading ? own.level : 7;
    let end = k + 1 < found.length ? found[k + 1].first - 1 : footerLine - 1;
    for (const c of talks) if (c.line > start && c.line - 1 < end && !firsts.has(c.line)) end = c.line - 1;
    for (let j = start + 1; j <= end; j++) {
      const lj = info[j];
      // (A label that is no heading ends at its next sibling: "* 쉬는시간" after "* 정하늘님 발표" and its items, "■ 休憩".)
      const sibling =
        found[k].loose &&
        own.kind !== LineKind.Heading &&
        lj.blockStart &&
        ((own.kind === LineKind.ListItem && lj.kind === LineKind.ListItem && lj.level <= own.level) || (lj.kind === LineKind.Paragraph && info[j - 1].kind === LineKind.Blank));
      if ((lj.kind === LineKind.Heading && lj.level <= level) || lj.kind === LineKind.Rule || sibling) {
        end = j - 1;
        break;
      }
    }
    while (end > start && info[end].kind === LineKind.Blank) end--;
    found[k].last = end;
  }
  return found.map(({ talk, first, last }) => ({ talk, first, last }));
}
const NOTES_THEN_NUMBER = /^(?:notes?|memo|메모|メモ)\s*(?:(?:for|on)\s+)?(?:#|no\.?\s?)?(\d{1,2})(?:\s*[(（][^()（）]{1,30}[)）])?\s*[:：]?$/iu;
const HASH_NUMBER_THEN_WORDS = /^#\s?(\d{1,2})(?:\s*[-–—:：]\s*|\s+)\S.{0,36}$/u;
const ROW_THEN_NUMBER = /^(?:row|행|行)\s*#?(\d{1,2})(?:\s*[-–—:：]\s*\S.{0,36})?$/iu;
const NUMBERED_NOTES = /^(?:#\s*)?(\d{1,2})\s*(번|本目|番目|つ目|장|章)?(?:\s*(?:발표|세션|session|talk|発表|セッション|lt))?\s*(메모|memo|notes?|メモ|정리|요약|まとめ)?\s*[:：]?$/iu;

const SPEAKER_ALONE = /^(?:([(（]\d{1,2}[)）]|\d{1,2}[.)]|[■□●◆▶・*-])\s*)?(\p{L}[\p{L} .]{0,20}?)\s*(さん|氏|先生|님|씨|san)?\s*[:：]?$/u;


/** Whether line `i` (an item or a paragraph's first line) has notes right under it: its own deeper items, or more lines of its paragraph. */
function notesUnder(structure: NoteStructure, i: number): boolean {
  const { info } = structure;
  const next = info[i + 1];
  if (!next) return false;
  if (info[i].kind === LineKind.ListItem) return next.kind === LineKind.ListItem && next.level > info[i].level;
  return next.kind !== LineKind.Blank && next.kind !== LineKind.Heading && !next.blockStart ? true : next.kind === LineKind.ListItem;
}

/** `rows` and the talks that headings took from the programme's other rows (the agenda references `keep` accepts by line), in the programme's order. */
function inProgrammeOrder(rows: Candidate[], agendaTargets: Map<TalkReference, Candidate>, keep: (line: number) => boolean): Array<{ line: number; talk: Candidate }> {
  const placed = rows.map((talk) => ({ line: talk.line, talk }));
  for (const [ref, talk] of agendaTargets) if (keep(ref.range.start.line)) placed.push({ line: ref.range.start.line, talk });
  return placed.sort((a, b) => a.line - b.line);
}

/**
 * The programme when it is no table: the first run of two or more talks in a row with no notes between them (a
 * speaker's line, or a schedule's item that is no talk, at most).
 */
function programme(structure: NoteStructure, talks: Candidate[]): Candidate[] {
  let run: Candidate[] = [];
  for (let k = 0; k < talks.length; k++) {
    const t = talks[k];
    if (run.length && bodiless(structure, run[run.length - 1], t.line)) {
      run.push(t);
      continue;
    }
    if (run.length >= 2) return run;
    run = [t];
  }
  return run.length >= 2 ? run : [];
}

/**
 * Whether the lines between talk `a` and line `next` hold no notes of `a`: at most one line, or only timed lines; or, in
 * plain text, up to four short lines of the entry that are no list's items ("한승우, 컬리", "고객 사례 | 레벨 300 | 트랙 3",
 * "오디토리움": a second speaker, the session's level and track, its room, copied from an event's app).
 */
function bodiless(structure: NoteStructure, a: Candidate, next: number): boolean {
  const { info } = structure;
  let notes = 0;
  let short = 0;
  for (let j = a.line + 1; j < next; j++) {
    const lj = info[j];
    if (lj.kind === LineKind.Blank || lj.kind === LineKind.Rule || j === a.speakerLine || TIMED_ITEM.test(lj.content)) continue;
    notes++;
    if (structure.plainText && lj.kind === LineKind.Paragraph && lj.content.length <= 40) short++;
    else if (notes > 1) return false;
  }
  return notes <= 1 || (short === notes && notes <= 4);
}
const TIMED_ITEM = /^\d{1,2}[:：]\d{2}/u;

/** A row's words that a label may name it by: its tools, and its Latin words of four letters or more. */
interface RowWords {
  tools: Set<string>;
  words: Set<string>;
}
function wordsOf(text: string, catalog: Catalog): RowWords {
  const tools = new Set<string>();
  // (The words of a tool's name are that tool: "Redis Sentinel" shares no word with "Sentinel policies".)
  let rest = text;
  for (const m of catalog.matcher.find(text)) {
    for (const s of m.spellings) tools.add(s.toolId);
    rest = rest.slice(0, m.start) + ' '.repeat(m.end - m.start) + rest.slice(m.end);
  }
  const words = new Set<string>();
  for (const w of rest.toLowerCase().match(/[a-z][a-z-]{3,}/g) ?? []) if (!PLAIN_WORDS.has(w)) words.add(w);
  return { tools, words };
}
/** Words of labels that say nothing of which talk they mean. */
const PLAIN_WORDS = new Set('notes note memo talk talks session sessions about from with that this their last first second third fourth fifth next keynote lightning'.split(' '));

/** What a label after its number or place may say: the talk's word, a word for notes, or nothing. */
// ("#4（LT）メモ": a remark in brackets before the word for notes.)
const NTH = String.raw`(?:\s*(?:session|talk|lt|세션|발표|セッション|発表|講演))?(?:\s*[(（][^()（）]{1,20}[)）])?(?:\s*(?:notes?|memo|메모|정리|요약|후기|얘기|이야기|メモ|まとめ|の?感想|の話))?\s*[:：]?$`;
/** "Session 3 notes", "#3", "1번 세션", "2本目", "세번째 세션 메모", "the second talk": the programme's talk of that place. */
const NTH_LABEL = new RegExp(
  String.raw`^(?:(?:session|talk|セッション|세션|발표)\s*#?\s*(\d{1,2})(?:\s*(?:notes?|memo|메모|メモ|の?感想))?\s*[:：]?$|#\s*(\d{1,2})${NTH}|(\d{1,2})\s*(?:번\s*째|번|本目|番目|つ目)(?:${NTH}|\s+\S.{0,30})|(첫|두|세|네|다섯|여섯|일곱|여덟)\s*번\s*째${NTH}|(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth)\s+(?:talk|session|one)${NTH})`,
  'iu',
);
const KOREAN_NTH = ['첫', '두', '세', '네', '다섯', '여섯', '일곱', '여덟'];
const ENGLISH_NTH = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth'];
/** "Last one", "마지막 발표", "最後のメトリクスの話", "ラスト": the programme's last talk. */
const LAST_LABEL = /^(?:(?:the\s+)?(?:last|final)\s+(?:one|talk|session)\b|마지막\s*(?:세션|발표|순서)?|最後の|ラスト(?:の|\s)|トリ(?:の|\s))/iu;
/** "키노트 메모", "Keynote notes", "基調講演の感想": the programme's keynote. */
const KEYNOTE_LABEL = /^(?:키노트|기조\s*연설|keynote|基調講演|キーノート)(?:\s*(?:메모|정리|notes?|memo|メモ|の?感想))?$/iu;
const KEYNOTE_ROW = /(?:^|[\s(\[【「])(?:키노트|기조\s*연설|keynote|基調講演|キーノート)/iu;
/** "LT (Packer)", "LT メモ": the programme's lightning talk, when it has one. */
const LIGHTNING_LABEL = /^(?:LT|라이트닝\s*토크|lightning(?:\s*talk)?|ライトニング\s*トーク)(?:\s*(?:메모|정리|notes?|memo|メモ|の?感想))?$/iu;
const LIGHTNING_ROW = /(?:^|[\s(\[【「|])(?:LT\d*|라이트닝|lightning|ライトニング)(?![a-z])/iu;
/** What a label's words mean when they name a talk by its speaker or its words: "talk", "one", "の話", "얘기", "발표", "notes". */
const TALK_CUE = /\b(?:one|talk|session|notes?|memo|LT)\b|の?話|のやつ|の件|の?感想|メモ|発表|講演|セッション|얘기|이야기|발표|세션|메모|정리|후기/iu;
/** "Kenji's", "정하늘님", "中村さん", "윤지호 님": a speaker named in a label. */
const LATIN_POSSESSIVE = /\b(\p{Lu}\p{Ll}+)['’]s\b/u;
const HONORED_NAME = /([\p{L}]{2,6}?)\s?(?:님|씨|さん|氏|先生)/u;
/** "[트랙3 1번 - 카펜터]", "【MSK Serverless】": a label in brackets (its words, 1). */
const BRACKETED_LABEL = /^[\[【〔]([^\[\]【】〔〕]{2,40})[\]】〕]$/u;
/** A label's remark after it: "(모듈 200개 얘기)", "— gateway benchmark". */
const LABEL_REMARK = /^(.+?)\s*(?:[(（]([^()（）]{1,40})[)）]|\s[-–—―]\s*(.{1,40}))$/u;

/** Which talk of the programme `content` names (its index in `rows`), or -1. */
function namedRow(text: string, heading: boolean, rows: Candidate[], numberCells: string[] | null, lines: string[], rowWords: RowWords[], catalog: Catalog): number {
  // ("[트랙3 1번 - 카펜터]", "【MSK Serverless】": the writer's label in brackets, over its notes; one tool of one title names it.)
  const bracketed = BRACKETED_LABEL.exec(text);
  const content = bracketed ? bracketed[1].trim() : text;
  // (A label in brackets is the writer's, whatever its words: "[트랙5 - Aurora Limitless]" names its track first.)
  if (!bracketed && isNonTalkTitle(content) && !TALK_CUE.test(content)) return -1;
  const remark = LABEL_REMARK.exec(content);
  const parts = remark ? [remark[1], remark[2] ?? remark[3]] : [content];
  for (const part of parts) {
    const nth = NTH_LABEL.exec(part);
    if (nth) {
      const digits = nth[1] ?? nth[2] ?? nth[3];
      // (A number alone names a talk only as a heading: "#3", not "3" in a line of text.)
      if (nth[2] !== undefined && !heading && !TALK_CUE.test(part)) continue;
      // (A table's rows numbered in their first cell are named by that number: "| - | 12:00 | Lunch |" has none.)
      if (digits !== undefined && numberCells) return numberCells.indexOf(digits);
      const k = digits !== undefined ? Number(digits) - 1 : nth[4] !== undefined ? KOREAN_NTH.indexOf(nth[4]) : ENGLISH_NTH.indexOf(nth[5].toLowerCase());
      return k < rows.length ? k : -1;
    }
    if (LAST_LABEL.test(part)) return rows.length - 1;
    if (KEYNOTE_LABEL.test(part)) return onlyOne(rows, (r) => r.parsed.keynote || KEYNOTE_ROW.test(lines[r.line]));
    if (LIGHTNING_LABEL.test(part)) return onlyOne(rows, (r) => LIGHTNING_ROW.test(lines[r.line]));
  }
  const cue = !!bracketed || TALK_CUE.test(content);
  // ("Kenji's edge talk", "정하늘님 발표", "中村さんの話", "실리움 얘기 (윤지호님)": the speaker, with a word saying it is their talk.)
  const person = (LATIN_POSSESSIVE.exec(content) ?? HONORED_NAME.exec(content))?.[1];
  if (person && (cue || remark)) {
    const key = nameKey(person);
    const k = onlyOne(rows, (r) => r.parsed.speakers.some((sp) => nameKey(sp.name) === key || sp.name.split(/\s+/u).some((part) => part.length >= 2 && nameKey(part) === key)));
    if (k >= 0) return k;
  }
  // ("The Cilium one", "Helm contracts talk", "Argo Rollouts のやつ", "the Alloy migration": words of one talk's title.)
  const own = wordsOf(content, catalog);
  if (!own.tools.size && !own.words.size) return -1;
  let best = -1;
  let bestScore = 0;
  let tie = false;
  for (let k = 0; k < rows.length; k++) {
    let score = 0;
    for (const t of own.tools) if (rowWords[k].tools.has(t)) score++;
    for (const w of own.words) if (rowWords[k].words.has(w)) score++;
    if (score > bestScore) {
      best = k;
      bestScore = score;
      tie = false;
    } else if (score === bestScore && score > 0) tie = true;
  }
  return best >= 0 && !tie && (cue || bestScore >= 2) ? best : -1;
}

/** The index of the one row that `test` accepts, or -1 (none, or several). */
function onlyOne(rows: Candidate[], test: (row: Candidate) => boolean): number {
  let found = -1;
  for (let k = 0; k < rows.length; k++) {
    if (!test(rows[k])) continue;
    if (found >= 0) return -1;
    found = k;
  }
  return found;
}
