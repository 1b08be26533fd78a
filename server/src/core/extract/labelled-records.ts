// Talks copied from a programme's page or app as labelled fields, one record per talk: "Title: …", "Speaker: …",
// "Company: …" ("제목:/발표자:/소속:", "タイトル：/登壇者：/所属：", "- **세션명**: …", "【タイトル】…"), under a heading
// or a line that only says where and when ("### Track A 10:00〜10:40", "=== Talk 1 ===", "■■■■"). The record's
// title field is the talk; its heading is none.
import type { Speaker } from '../model';
import { LineKind, type NoteStructure } from '../structure';
import { isNonTalkTitle, type Candidate, type Reader } from './note-lines';
import type { SpeakerParse } from './people';
import { ORG_LABEL_WORDS, SPEAKER_LABEL_WORDS } from './vocabulary';

/** A talk's record: the candidate at its title field, and the lines of its heading and fields [first, last]. */
export interface LabelledRecord {
  talk: Candidate;
  first: number;
  last: number;
}

// ("세션: Title", "Session: Title": the session's own name, in a record whose speakers' field follows.)
// ("TALK 1: Title" over "who: Name, Role @ Org": a numbered session's label.)
const TITLE_WORDS = String.raw`(?:(?:session|talk)\s+(?:title|name)|(?:talk|session)\s*#?\s*\d{1,2}|title|session|세션|セッション|세션\s*명|세션\s*제목|발표\s*제목|발표\s*명|강연\s*제목|제목|タイトル|演題|セッション名|講演タイトル|講演名|発表タイトル)`;
const ORG_WORDS = String.raw`(?:${ORG_LABEL_WORDS}|employer|所属企業)`;
/** A field's label, bold or in brackets or before a colon, then its value (group 2; empty when the value is on the next line). */
function fieldPattern(words: string): RegExp {
  return new RegExp(String.raw`^(?:【\s*${words}\s*】|\[\s*${words}\s*\]|(?:\*\*)?${words}\s*(?:\*\*\s*[:：]|[:：]\s*\*\*|[:：]))\s*(.*)$`, 'iu');
}
const TITLE_FIELD = fieldPattern(TITLE_WORDS);
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
    let speakers: Speaker[] | null = null;
    let speakerLine = -1;
    let orgs: string[] | null = null;
    let orgLine = -1;
    let last = title.last;
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
      if (!orgs) {
        const org = fieldValue(structure, j, ORG_FIELD, footerLine);
        if (org) {
          orgs = org.value.replace(BRACKETED, '$1').split(ORG_SEPARATOR).filter(Boolean);
          orgLine = org.line;
          last = Math.max(last, org.last);
        }
      }
    }
    if (!speakers) continue;
    // (The record's other fields right after the last one read: "보조 강사: …", "난이도: …" are the record's, no talk.)
    while (last + 1 < footerLine && last + 1 <= i + MAX_FIELD_DISTANCE && structure.info[last + 1].content.length <= 100 && OTHER_FIELD.test(structure.info[last + 1].content) && !fieldValue(structure, last + 1, TITLE_FIELD, footerLine)) last++;
    const text = titleOf(title.value);
    if (!text || isNonTalkTitle(text)) continue;
    const parsed = { title: text, speakers: withOrganisations(speakers, orgs), strongSpeakers: true, keynote: false, quoted: false, titleStart: 0, titleEnd: text.length, time: null };
    const talk: Candidate = { line: title.line, parsed, speakerLine, source: 'record', level: 0, evidence: true };
    // ("소속: AWS": an organisation, no tool the talk mentions.)
    if (orgLine >= 0) talk.organisationLine = orgLine;
    records.push({ talk, first: headerAbove(structure, i), last });
    i = last;
  }
  return records;
}

/** The value of line `i`'s field of that label, and the line it is on (the next, when the label stands alone). */
function fieldValue(structure: NoteStructure, i: number, field: RegExp, footerLine: number): { value: string; line: number; last: number } | null {
  const li = structure.info[i];
  // (A heading too: a plain text's block of fields over a drawn line reads as one heading underlined, "세션: …" to "발표자: …".)
  if ((li.kind !== LineKind.Paragraph && li.kind !== LineKind.ListItem && li.kind !== LineKind.Heading) || !FIELD_FIRST.test(li.content)) return null;
  const m = field.exec(li.content);
  if (!m) return null;
  const value = m[1].replace(/^\*\*|\*\*$/g, '').trim();
  if (value) return { value, line: i, last: i };
  // ("【タイトル】" then "  Terraform Stacks: A First Look": the value on the line below.)
  const next = i + 1 < footerLine ? structure.info[i + 1] : null;
  if (!next || !next.content || next.kind === LineKind.Heading || FIELD_FIRST.test(next.content)) return null;
  return { value: next.content.trim(), line: i + 1, last: i + 1 };
}

/** A title field's value as the talk's title: without quotation marks, a lightning talk's mark, or a translation after it. */
function titleOf(value: string): string {
  let t = value.replace(LIGHTNING_MARK, '');
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
