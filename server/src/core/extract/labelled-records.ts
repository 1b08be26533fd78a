// Talks copied from a programme's page or app as labelled fields, one record per talk: "Title: …", "Speaker: …",
// "Company: …" ("제목:/발표자:/소속:", "タイトル：/登壇者：/所属：", "- **세션명**: …", "【タイトル】…"), under a heading
// or a line that only says where and when ("### Track A 10:00〜10:40", "=== Talk 1 ===", "■■■■"). The record's
// title field is the talk; its heading is none.
import type { Speaker } from '../model';
import { LineKind, type NoteStructure } from '../structure';
import { firstSentence, isNonTalkTitle, type Candidate, type Reader } from './note-lines';
import type { SpeakerParse } from './people';
import { boldLabelField, ORG_LABEL_WORDS, ROLE_FIELD_WORDS, SPEAKER_LABEL_WORDS } from './vocabulary';

/** A talk's record: the candidate at its title field, and the lines of its heading and fields [first, last]. */
export interface LabelledRecord {
  talk: Candidate;
  first: number;
  last: number;
}

// ("세션: Title", "Session: Title": the session's own name, in a record whose speakers' field follows.)
// ("TALK 1: Title" over "who: Name, Role @ Org": a numbered session's label.)
// ("Subject:\tDAT302 - Title", "**일정** Title", "予定：Title": a calendar entry's own name, printed or copied; only with a
// time field under it, CALENDAR_TITLE_FIELD.)
const CALENDAR_TITLE_WORDS = String.raw`(?:subject|일정|予定)`;
const TITLE_WORDS = String.raw`(?:(?:session|talk)\s+(?:title|name)|${CALENDAR_TITLE_WORDS}|(?:talk|session)\s*#?\s*\d{1,2}|title|session|topic|theme|세션|セッション|テーマ|토픽|세션\s*명|세션\s*제목|발표\s*제목|발표\s*명|강연\s*제목|제목|タイトル|演題|題目?|セッション名|講演タイトル|講演名|発表タイトル)`;
const ORG_WORDS = String.raw`(?:${ORG_LABEL_WORDS}|employer|所属企業)`;
/** A field's label, bold or in brackets or before a colon, then its value (group 2; empty when the value is on the next line). */
function fieldPattern(words: string): RegExp {
  return new RegExp(String.raw`^(?:【\s*${words}\s*】|\[\s*${words}\s*\]|(?:\*\*)?${words}\s*(?:\*\*\s*[:：]|[:：]\s*\*\*|[:：]))\s*(.*)$`, 'iu');
}
const TITLE_FIELD = fieldPattern(TITLE_WORDS);
const CALENDAR_TITLE_FIELD = fieldPattern(CALENDAR_TITLE_WORDS);
const NUMBERED_TITLE = /^(?:talk|session)\s*#?\s*\d/iu;
const SPEAKER_FIELD = fieldPattern(SPEAKER_LABEL_WORDS);
const ORG_FIELD = fieldPattern(ORG_WORDS);
/** The first letters a field can start with: tested before the patterns, as most lines are none. */
const FIELD_FIRST = /^(?:【|\[|\*\*|[^\s:：]{1,24}(?:\s+#?\d{1,2})?\s*[:：])/u;
/** Any field: a label of a word or two, then a colon. */
const OTHER_FIELD = /^[^\s:：][^:：]{0,23}[:：]\s*\S/u;
/** How far below its title a record's fields may go (an abstract between them is one paragraph). */
const MAX_FIELD_DISTANCE = 12;

/** "(LT) Title", "[LT] Title", "LT: Title": a lightning talk's mark before its title. */
const LIGHTNING_MARK = /^(?:[(（[]\s*LT\s*[)）\]]|LT\s*[:：])\s*/iu;
/** "Title [번역]", "Title （和訳）": a translation after a Latin title, in brackets. */
const TRANSLATION_AFTER = /^(.*[A-Za-z].*?)\s*(?:\[[^\]]*[\p{sc=Hangul}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Han}][^\]]*\]|[(（][^)）]*[\p{sc=Hangul}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Han}][^)）]*[)）])$/u;
/** A bold or quoted title, then a remark in brackets: the title (group 1). */
const REMARK_AFTER_TITLE = /^(?:\*\*)?([「『“"].+[」』”"]|[^*]+(?=\*\*))(?:\*\*)?\s*[(（][^()（）]{1,40}[)）]$/u;
/** A title in quotation marks. */
const QUOTED = /^[「『“"](.+)[」』”"]$/u;
/** "(freelance)": a field's value in brackets. */
const BRACKETED = /^[(（]([^()（）]+)[)）]$/u;
/** "AWS, 누리뱅크", "A社 / B社": organisations listed in one field. */
const ORG_SEPARATOR = /\s*(?:[,、，/／;]|\s&\s)\s*/u;

/** The labelled records of a note, in order; none when no record has both a title and speakers. */
export function labelledRecords(structure: NoteStructure, footerLine: number, check: Reader): LabelledRecord[] {
  const { info } = structure;
  const records: LabelledRecord[] = [];
  for (let i = 0; i < footerLine; i++) {
    const title = fieldValue(structure, i, TITLE_FIELD, footerLine);
    if (!title) continue;
    // ("Subject: HashiConf notes" over a mail's body: no calendar entry without its time.)
    const timed = timedEntry(structure, title.last + 1, Math.min(footerLine, i + MAX_FIELD_DISTANCE));
    if (!timed && CALENDAR_TITLE_FIELD.test(labelledText(structure, i))) continue;
    let speakers: Speaker[] | null = null;
    let speakerLine = -1;
    let orgs: string[] | null = null;
    let orgLine = -1;
    let last = title.last;
    let unnamed: { value: string; line: number; last: number } | null = null;
    // ("Talk 2: Title" over "Sora Ahn (…)": a numbered label is a record's only with its people's field right under it.)
    const numbered = NUMBERED_TITLE.test(info[i].content);
    for (let j = title.last + 1; j < footerLine && j <= i + MAX_FIELD_DISTANCE; j++) {
      if (numbered && !speakers && j > title.last + 1) break;
      const lj = info[j];
      // ("유형: …" and "발표자: Name" over "-----", read as a heading underlined: the record's fields still.)
      if ((lj.kind === LineKind.Heading && !FIELD_FIRST.test(lj.content)) || fieldValue(structure, j, TITLE_FIELD, footerLine)) break;
      // ("사회: A" then "패널: B, C": each field that names people, one right after the other, adds them.)
      const said: { value: string; line: number; last: number } | null = !speakers || j === last + 1 ? fieldValue(structure, j, SPEAKER_FIELD, footerLine) : null;
      const read: SpeakerParse | null = said ? check.speakers(said.value) : null;
      if (said && read?.speakers.length) {
        speakers = speakers ? [...speakers, ...read.speakers] : read.speakers;
        if (speakerLine < 0) speakerLine = said.last;
        last = Math.max(last, said.last);
        continue;
      }
      // ("연사: 당근 CTO님 (이름 안 밝힘)": a speakers' field right under the title that names no one still makes the record a talk's.)
      // (Not "speaker:: [[Name]]": a notes app's property, read by its own reader.)
      if (said && !speakers && !unnamed && j === title.last + 1 && said.value.trim() && !/^[:：]/u.test(said.value.trim())) {
        unnamed = said;
        continue;
      }
      if (!orgs) {
        const org = fieldValue(structure, j, ORG_FIELD, footerLine);
        if (org) {
          orgs = org.value.replace(BRACKETED, '$1').split(ORG_SEPARATOR).filter(Boolean);
          orgLine = org.line;
          last = Math.max(last, org.last);
        }
      }
    }
    // ("## 🎤 やまだ たろう（山田 太郎）" over "- 所属: …" and "- タイトル: …": the record's person is its heading.)
    let first = -1;
    // ("Location:", "Start:", "**장소**" then "**메모**" and "김도윤님 (한빛페이)": a calendar entry's notes, their first line naming the speakers.)
    if (!speakers && !unnamed && timed) {
      const noted = notesSpeakers(structure, last + 1, Math.min(footerLine, i + MAX_FIELD_DISTANCE + 2), check);
      if (noted) {
        speakers = noted.speakers;
        speakerLine = noted.line;
        last = Math.max(last, noted.line);
      }
    }
    if (!speakers && unnamed) {
      speakers = [];
      speakerLine = unnamed.last;
      last = Math.max(last, unnamed.last);
    } else if (!speakers) {
      const above = personHeadingAbove(structure, i, check);
      if (!above) continue;
      first = above.line;
      for (let j = above.line + 1; !orgs && j < i; j++) {
        const org = fieldValue(structure, j, ORG_FIELD, footerLine);
        if (org) {
          orgs = org.value.replace(BRACKETED, '$1').split(ORG_SEPARATOR).filter(Boolean);
          orgLine = org.line;
        }
      }
      speakers = orgs ? above.speakers : profiledPeople(structure, above.speakers, above.line + 1, i, check);
    }
    // (The record's other fields right after the last one read: "보조 강사: …", "난이도: …" are the record's, no talk.)
    while (last + 1 < footerLine && last + 1 <= i + MAX_FIELD_DISTANCE && structure.info[last + 1].content.length <= 100 && OTHER_FIELD.test(structure.info[last + 1].content) && !fieldValue(structure, last + 1, TITLE_FIELD, footerLine)) last++;
    const text = titleOf(title.value);
    if (!text || isNonTalkTitle(text)) continue;
    const parsed = { title: text, speakers: withOrganisations(speakers, orgs), strongSpeakers: true, keynote: false, quoted: false, titleStart: 0, titleEnd: text.length, time: null };
    const talk: Candidate = { line: title.line, parsed, speakerLine, source: 'record', level: 0, evidence: true };
    // ("소속: AWS": an organisation, no tool the talk mentions.)
    if (orgLine >= 0) talk.organisationLine = orgLine;
    records.push({ talk, first: first >= 0 ? first : headerAbove(structure, i), last });
    i = last;
  }
  return records;
}

/** A heading's marks before a person's name ("🎤", "👤", "■"). */
const HEADING_MARKS = /^[\p{Extended_Pictographic}\uFE0F\u200D■□◆◇●○▶▷★☆\s]+/u;

/** "Role", "肩書", "직함": a profile field's label of a role. */
const ROLE_LABEL = new RegExp(String.raw`^(?:${ROLE_FIELD_WORDS})$`, 'iu');
/** "（こばやし まこと）": a name's reading in kana after it. */
const READING_AFTER = /\s*[（(][\p{sc=Hiragana}\p{sc=Katakana}ー\s・]{2,20}[)）]/gu;
const READING_THEN_NAME = /^[\p{sc=Hiragana}\p{sc=Katakana}ー\p{L}\s・]{2,20}[（(]([^()（）]{2,20})[)）]$/u;

/**
 * The heading over title field `i`, when it names the record's people and only the lines of their profiles lie between
 * them (at most four): its line and speakers.
 */
function personHeadingAbove(structure: NoteStructure, i: number, check: Reader): { line: number; speakers: Speaker[] } | null {
  const { info } = structure;
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    const lk = info[k];
    if (lk.kind === LineKind.Heading) {
      const name = lk.content.replace(HEADING_MARKS, '').replace(READING_AFTER, '');
      if (!name || name.length > 40) return null;
      // ("やまだ たろう（山田 太郎）": a name's reading, then the name in brackets.)
      const reading = READING_THEN_NAME.exec(name);
      const sp = check.speakers(name) ?? (reading ? check.speakers(reading[1]) : null);
      return sp?.strong && sp.speakers.length <= 2 ? { line: k, speakers: sp.speakers } : null;
    }
    if (!lk.content) continue;
    // (Lines of the title field's own kind and depth: under "1. **송재훈** 님 — AWS 코리아" the field is that item's.)
    if (lk.kind !== info[i].kind || lk.level !== info[i].level || lk.content.length > 120) return null;
  }
  return null;
}

/** "Anna: Principal Engineer, Isovalent", "さん", "님": a profile line's label that is a person's given or family name. */
const NAME_LABEL = /^([^\s:：]{1,20}?)(?:\s*(?:さん|氏|님|san))?\s*[:：]\s*(.+)$/u;
/** "X: @handle", "GitHub: name", "@handle": a profile's part that names an account, not an organisation. */
const ACCOUNT_PART = /^(?:@|(?:x|twitter|github|blog|linkedin|website)\s*[:：])/iu;
/** "(ex-Google)", "（本人いわく…）": a remark in brackets inside a profile. */
const PROFILE_REMARK = /\s*[(（][^()（）]*[)）]/gu;

/**
 * The heading's people with the organisations their profile lines (lines [from, to)) give: a line of its own under one person
 * ("- Developer Advocate, 株式会社クモマツリ / @saki_cloud"), a role's field, or a line labelled with one person's name
 * ("- Anna: Principal Engineer, Isovalent"). A profile's accounts and remarks in brackets are no organisation.
 */
function profiledPeople(structure: NoteStructure, speakers: Speaker[], from: number, to: number, check: Reader): Speaker[] {
  const result = [...speakers];
  for (let k = from; k < to; k++) {
    const content = structure.info[k].content;
    if (!content) continue;
    let who = -1;
    let value = content;
    const labelled = NAME_LABEL.exec(content);
    if (labelled) {
      const label = labelled[1];
      who = ROLE_LABEL.test(label) && result.length === 1 ? 0 : result.findIndex((sp) => sp.name.split(/\s+/u).includes(label));
      value = labelled[2];
    } else if (result.length === 1 && !OTHER_FIELD.test(content)) who = 0;
    if (who < 0 || result[who].org) continue;
    for (const part of value.split(/\s+[/／]\s+/u)) {
      if (ACCOUNT_PART.test(part)) continue;
      const read = check.speakers(`${result[who].name} (${part.replace(PROFILE_REMARK, '').trim()})`);
      if (read?.speakers.length === 1 && read.speakers[0].org) {
        result[who] = { ...result[who], org: read.speakers[0].org, role: read.speakers[0].role };
        break;
      }
    }
  }
  return result;
}

/** "○ 제    목: …", "○ 발 표 자: …": a formal report's field, a mark before it and its label's letters spaced out. */
const SPACED_LABEL = /^(?:[○●◦◎□■▪・]\s*)?((?:[\p{sc=Hangul}\p{sc=Han}][ \u3000]+)+[\p{sc=Hangul}\p{sc=Han}])(?=\s*[:：])/u;

/** "|title = …": a wiki template's parameter, its name (1) and value (2). */
const TEMPLATE_PARAMETER = /^\|\s*([\p{L}][\p{L} ]{0,20}?)\s*=\s*(.*)$/u;
/** "TITLE    Keynote: …", "SPEAKER  Name — Org": a printed card's label in capitals, its value after a gap of spaces or a tab. */
const CAPITALS_LABEL = /^([A-Z][A-Z&/]{1,15}(?: [A-Z&/]{2,15})?)(?: {2,}|\t)(?=\S)/u;

const CJK = /[\p{sc=Hangul}\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;

/** A line's text as a field: a formal report's spaced label closed up ("제목: …"), a label in capitals given its colon. */
function fieldText(content: string): string {
  const c0 = content.charCodeAt(0);
  // ("|title   = Title", "|speaker = Name": a MediaWiki template's parameters.)
  if (c0 === 124) {
    const m = TEMPLATE_PARAMETER.exec(content);
    return m ? `${m[1]}: ${m[2]}` : content;
  }
  if (c0 >= 65 && c0 <= 90) {
    const m = CAPITALS_LABEL.exec(content);
    return m ? `${m[1]}: ${content.slice(m[0].length)}` : content;
  }
  if (c0 < 0x2000) return content;
  const m = SPACED_LABEL.exec(content);
  return m ? m[1].replace(/[ \u3000]+/gu, '') + content.slice(m[0].length) : content;
}

/** The value of line `i`'s field of that label, and the line it is on (the next, when the label stands alone). */
function fieldValue(structure: NoteStructure, i: number, field: RegExp, footerLine: number): { value: string; line: number; last: number } | null {
  const li = structure.info[i];
  // (A heading too: a plain text's block of fields over a drawn line reads as one heading underlined, "세션: …" to "발표자: …".)
  if (li.kind !== LineKind.Paragraph && li.kind !== LineKind.ListItem && li.kind !== LineKind.Heading) return null;
  const content = labelledText(structure, i);
  if (!FIELD_FIRST.test(content)) return null;
  const m = field.exec(content);
  if (!m) return null;
  const value = m[1].replace(/^\*\*|\*\*$/g, '').trim();
  const next = i + 1 < footerLine ? structure.info[i + 1] : null;
  if (value) {
    // ("TITLE    GitOps at 400 Clusters: Lessons from" over "         Argo CD Sharding": the value wrapped under itself.)
    // (Not "【タイトル】Terraform Stacks: A First Look" over "　　　Terraform Stacks 初見レビュー": its translation, in another script.)
    if (next && next.content && !next.blockStart && next.kind === li.kind && next.contentStart > li.contentStart + 2 && !FIELD_FIRST.test(fieldText(next.content)) && CJK.test(value) === CJK.test(next.content)) {
      return { value: `${value.replace(READING_AFTER, '')} ${next.content}`, line: i, last: i + 1 };
    }
    return { value, line: i, last: i };
  }
  // ("【タイトル】" then "  Terraform Stacks: A First Look": the value on the line below.)
  if (!next || !next.content || next.kind === LineKind.Heading || FIELD_FIRST.test(next.content)) return null;
  return { value: next.content.trim(), line: i + 1, last: i + 1 };
}

/** "Start:\tWed 7/10/2024 10:00 AM", "**일시** 2024.03.21 19:10 ~ 19:45", "日時：…": a calendar entry's time field. */
const TIME_FIELD = /^(?:\*\*)?(?:start|when|date|일시|시간|日時|開始)(?:\*\*)?\s*[:：]\s*.*\d{1,2}[:：]\d{2}/iu;

/** Whether lines [from, to) hold a calendar entry's time field, before the next title field. */
function timedEntry(structure: NoteStructure, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (TIME_FIELD.test(labelledText(structure, k))) return true;
    if (fieldValue(structure, k, TITLE_FIELD, to)) return false;
  }
  return false;
}

/** "Memo", "메모", "メモ", "Notes", "Description": a calendar entry's field of notes. */
const NOTES_FIELD = fieldPattern(String.raw`(?:memo|notes?|description|메모|내용|설명|メモ|内容|備考)`);

/**
 * The speakers a calendar entry's notes name on their first line, past the entry's other fields and rules ("Start:", "Show
 * Time As:", "____"): "김도윤님 (한빛페이 플랫폼팀)", "Joaquín Reyes, Sr. SA @ AWS", "Speakers: Grace Liu (AWS), …". Lines [from, to).
 */
function notesSpeakers(structure: NoteStructure, from: number, to: number, check: Reader): { speakers: Speaker[]; line: number } | null {
  const { info } = structure;
  for (let k = from; k < to; k++) {
    const lk = info[k];
    if (lk.kind === LineKind.Blank || lk.kind === LineKind.Rule || !lk.content || /^[_\-=─━]{5,}$/u.test(lk.content)) continue;
    // ("Recurrence:\t(none)" over "____", read as a heading underlined: a field still.)
    if ((lk.kind === LineKind.Heading && !OTHER_FIELD.test(lk.content)) || fieldValue(structure, k, TITLE_FIELD, to)) return null;
    const notes = fieldValue(structure, k, NOTES_FIELD, to);
    const said = notes ? null : fieldValue(structure, k, SPEAKER_FIELD, to);
    const text = notes?.value ?? said?.value ?? (OTHER_FIELD.test(labelledText(structure, k)) ? null : lk.content);
    if (text === null) continue;
    const first = firstSentence(text);
    const read = first.length <= 120 ? check.speakers(first) : null;
    const line = notes?.line ?? said?.line ?? k;
    return read?.strong && read.speakers.length && (said || read.speakers.every((sp) => sp.org)) ? { speakers: read.speakers, line } : null;
  }
  return null;
}

/** "【外出】", "[서밋]": a calendar's tag before an entry's name, something after it. */
const ENTRY_TAG = /^(?:\[[^\]\d]{1,6}\]|【[^】\d]{1,6}】)\s*(?=\S{2})/u;
/** "DAT302 - Title", "API310 – Title": a programme's session code before a title. */
const SESSION_CODE_FIRST = /^[A-Z]{2,5}\d{3}(?:-[A-Z])?\s*[-–—:·]\s+(?=\S)/u;

/** Line `i`'s text as a field (fieldText); a bold label without its colon ("**일정** Title", "**메모**") read as one with it. */
function labelledText(structure: NoteStructure, i: number): string {
  const li = structure.info[i];
  return (structure.lines[i].charCodeAt(li.contentStart) === 42 ? boldLabelField(structure.lines[i].slice(li.contentStart), li.content) : null) ?? fieldText(li.content);
}

/** A title field's value as the talk's title: without quotation marks, a lightning talk's mark, or a translation after it. */
function titleOf(value: string): string {
  // ("**「Title」**（キーノート, Track A）": a remark in brackets after the bold title.)
  // ("【外出】懇親会", "[서밋] Title": a calendar's tag before an entry's name.)
  let t = value.replace(LIGHTNING_MARK, '').replace(SESSION_CODE_FIRST, '').replace(ENTRY_TAG, '').replace(REMARK_AFTER_TITLE, '$1');
  const translated = TRANSLATION_AFTER.exec(t);
  if (translated) t = translated[1];
  const quoted = QUOTED.exec(t);
  if (quoted) t = quoted[1];
  return t.trim();
}

/** The speakers with the organisations of their field: one each when the counts agree, else the one for all without. */
function withOrganisations(speakers: Speaker[], orgs: string[] | null): Speaker[] {
  if (!orgs?.length) return speakers;
  if (orgs.length === speakers.length && speakers.length > 1) return speakers.map((sp, k) => ({ ...sp, org: orgs[k] }));
  const org = orgs.length === 1 ? orgs[0] : null;
  return speakers.map((sp) => (sp.org || !org ? sp : { ...sp, org }));
}

/** The record's first line: the heading or line right above its title that only says where and when ("### Track A 10:00"), or the title. */
function headerAbove(structure: NoteStructure, i: number): number {
  if (i === 0) return i;
  const above = structure.info[i - 1];
  return above.content && (above.kind === LineKind.Heading || above.kind === LineKind.Paragraph || above.kind === LineKind.ListItem) && !above.content.includes('：') && !/[:：]\s/u.test(above.content) ? i - 1 : i;
}
