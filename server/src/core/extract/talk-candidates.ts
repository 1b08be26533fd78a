// The lines of a note that may be a talk's title, each with the speakers read around it.
import type { Speaker } from '../model';
import { isBlankWithRange, LineKind, type LineInfo, type NoteStructure } from '../structure';
import { asciiDigits, isWhiteSpace, nameKey, withoutWikiBrackets } from '../text';
import { columnsOf, csvCellsBy, csvRowEnd, csvSeparatorOf, isSpacedRow, isTabRow, isWideBarRow, mayBeCsvHeader, quoteCount, readAgendaRow, readCsvRow, readQuotedRowLines, titleOffsets, type CsvSeparator, type TableColumns } from './agenda';
import { findDates, findMonthDay, hasDigit, type FoundDate } from './dates';
import { firstSentence, indentOf, isDayAndHours, isSessionField, isNonTalkTitle, isSessionNumber, isTranslationLine, KIND_PROPERTY, LABEL_ALONE, MAY_NAME_SPEAKERS, mayNameSpeakers, nextContentLine, ORG_LABEL, pastSessionFields, organisationLine, QUOTE_MARK, SENTENCE_END, SESSION_FIRST, SESSION_LABEL, SPEAKER_LABEL, TRAILING_TAGS, withOrganisation, type AgendaEntry, type Candidate, type Reader } from './note-lines';
import { isGivenName } from './given-names';
import { looksLikeOrg, ORG_REMARK, parseSpeakers, withoutEmphasisAndLinks, type SpeakerParse } from './people';
import { logMessageTalk, messageText } from './log-messages';
import { peopleLog, type PeopleLog } from './people-log';
import { wrappedProseTalks, type ToldTalk } from './wrapped-prose';
import { CLOCK_START, GAVE_THE_TALK_END, inlineFieldSpeakers, isKeynote, isTitleLabelled, lowerCaseSpeakers, markedTitleWithPerson, parseCjkProseTalk, parseCjkSpeakersLead, parseProseTalk, personSlashOrg, remarkAfterSpeaker, speakerSentence, speakerThenTitle, TRACK, type TalkLine } from './talk-line';
import { ATTENDANCE_SUFFIX, DAY_WORDS, SPEAKER_LABEL_COLON, NO_TALKS_SECTION, EN_WEEKDAY, EVENT_SITE_SUFFIX, EVENT_WORDS, LABEL_MARKS, LIGHTNING_SECTION, mayBeLightningLabel, MESSAGE_TIME, namesYearLog, NO_ORGANISATION, ORG_PLANNING, ROLE_FIELD_WORDS, SESSION_FIELD_LINE, SESSION_KIND_ALONE, SPEAKER_LABEL_WORDS, YEAR, VERDICT_DROPPED_WORDS, MODERATOR_WORDS, PANELIST_WORDS } from './vocabulary';

/**
 * "— presented by Lena Hoffmann (Zalvero GmbH)", "발표자: 김민수", "登壇：岡田 隼人": who gave a talk, on
 * a line of its own (a dash alone before "by": "By the numbers" may be a title); "[연사] Name — Org", the label in brackets.
 */
const ATTRIBUTION =
  new RegExp(String.raw`^(?:[—–―-]{1,2}\s*)?(?:(?:presented|given|delivered|talk)\s+by\s|(?:${SPEAKER_LABEL_WORDS}|登壇)\s*[:：])|^[—–―]{1,2}\s*by\s|^[\[【]\s*(?:${SPEAKER_LABEL_WORDS}|登壇)\s*[\]】]\s*\S`, 'iu');

/** "おうちKubernetesをTalosで組み直した": a Japanese title in the past tense, not a sentence (no full stop in it). */
const PAST_TITLE = /^[^。．！？!?]{4,80}(?:した|った|てみた|んだ|ました)$/u;

/** "**Speaker Bio**", "About the speakers", "登壇者紹介": a label whose next line names the speaker ("Lucía Ferrandis, Staff Engineer, Fennmoor"). */
const BIO_LABEL = /^(?:speaker(?:'s)?\s+bios?|speaker\s+profiles?|about\s+the\s+speakers?|발표자\s*소개|연사\s*소개|登壇者紹介|スピーカー紹介|講師紹介)\s*[:：]?$/iu;

/**
 * Who line `k` (trailingSpeakerLine) names: "— presented by A & B (Org)"; under a bio label, each
 * line of the paragraph that starts with a name ("Aisha Mensah, Software Engineer, Kestrel — Aisha is …").
 */
function trailingSpeakers(structure: NoteStructure, k: number, footerLine: number, check: Reader): Speaker[] | null {
  const { info } = structure;
  if (k === 0 || !BIO_LABEL.test(info[k - 1].content)) {
    const sp = check.speakers(info[k].content.replace(/^[—–―-]{1,2}\s*/u, ''));
    return sp?.strong ? sp.speakers : null;
  }
  const out: Speaker[] = [];
  for (let j = k; j < footerLine && j < k + 6 && info[j].kind === LineKind.Paragraph && (j === k || !info[j].blockStart); j++) {
    const sp = check.speakers(info[j].content.split(/\s[—–-]\s/u)[0]);
    if (!sp?.strong) break;
    out.push(...sp.speakers);
  }
  return out.length ? out : null;
}

/**
 * "Dana Whitfield (Chief Product Officer, HashiCorp), joined halfway by …": the paragraph under a
 * heading opens with a person and their organisation in parentheses.
 */
function speakersLeadingParagraph(structure: NoteStructure, j: number, check: Reader): Speaker[] | null {
  if (j < 0 || structure.info[j].kind !== LineKind.Paragraph || !structure.info[j].blockStart) return null;
  const m = PERSON_LEAD.exec(structure.info[j].content);
  const sp = m ? check.speakers(m[0]) : null;
  return sp?.strong && sp.speakers.length === 1 && sp.speakers[0].org ? sp.speakers : null;
}
/**
 * A paragraph led by its speakers in bold, the title quoted in its first sentence: "**Keisha Morgan**
 * (Tallwater Health) opened day 1 with "Title". …", "**A and B** from Baywise did "Title" — fair.",
 * "**Ana Beltrán** (Quillfeather) — "Title". …".
 */
function boldLeadTalk(raw: string, content: string, check: Reader): TalkLine | null {
  const m = /^\*\*([^*]{2,60})\*\*\s*(?:[(（]([^()（）]{2,50})[)）]|from\s+(\p{Lu}[\w&.'’-]*(?:\s+\p{Lu}[\w&.'’-]*){0,3}))?/u.exec(raw);
  if (!m) return null;
  const sp = check.speakers(m[1].replace(/\s+and\s+/gu, ', '));
  if (!sp || !sp.speakers.length || sp.speakers.some((x) => x.org)) return null;
  const q = /["“]([^"”]{4,150})["”]/u.exec(content);
  // The title in the first sentence, close after the names.
  if (!q || q.index > m[0].length + 80 || /[.!?]\s/u.test(content.slice(0, q.index).slice(m[1].length))) return null;
  const org = (m[2] ?? m[3])?.trim() || null;
  const org2 = org && NO_ORGANISATION.test(org) ? null : org;
  const title = q[1].replace(/[.。]$/u, '').trim();
  return { title, speakers: sp.speakers.map((x) => ({ name: x.name, org: org2 })), strongSpeakers: true, keynote: isKeynote(title), quoted: true, titleStart: content.indexOf(title), titleEnd: content.indexOf(title) + title.length, time: null };
}

/** A line that opens with a day (not a time) and names an event after it, its year aside. */
function namesDatedEvent(content: string): boolean {
  if (!hasDigit(content)) return false;
  const dates = findDates(content);
  const lead = dates[0];
  if (!lead || lead.start !== 0 || lead.date.length !== 10 || lead.withTime) return false;
  return EVENT_WORDS.test(content.slice(lead.end).replace(YEAR, ' '));
}

/** Whether list item `k` names an event by its date ("**HUG London #41** — Tue 5 Nov 2024, …", "— Thu 7 Nov, …"). */
export function namesEventItem(structure: NoteStructure, k: number): boolean {
  const { info } = structure;
  const text = info[k].content;
  if (text.length > 160) return false;
  if (/\d/.test(text) && (findDates(text).length > 0 || findMonthDay(text, 2000) !== null)) return true;
  // "■ 부산 클라우드 엔지니어 모임 4월 정기모임" with "  - 일시 : 4/20(토) 14:00" among its first items: an event's name, dated below it.
  // (The event's words are tested last: most items under which items are nested are no event.)
  for (let j = k + 1, seen = 0; j < info.length && seen < 3; j++) {
    const li = info[j];
    if (li.kind === LineKind.Blank) continue;
    // (Its items are deeper, by level or, for a plain bullet's "  - 일시 :", by indentation.)
    if (li.kind !== LineKind.ListItem || (li.level <= info[k].level && indentOf(structure.lines[j]) <= indentOf(structure.lines[k]))) return false;
    seen++;
    if (/\d/.test(li.content) && (findDates(li.content).length > 0 || monthDayOfAnyYear(li.content) !== null)) return EVENT_WORDS.test(text);
  }
  return false;
}

/** What list item `k` is to the items under it: an event (namesEventItem), a day of one ("Day 1 (Wednesday)", "2일차"), or neither. */
const enum ItemGroup {
  None = 0,
  Event = 1,
  Day = 2,
}

function itemGroup(structure: NoteStructure, k: number): ItemGroup {
  if (namesEventItem(structure, k)) return ItemGroup.Event;
  const text = structure.info[k].content;
  return text.length <= 40 && DAY_LINE.test(text) ? ItemGroup.Day : ItemGroup.None;
}

/**
 * A talk in an outline of events (nestedTalk's layout): list item `i`, one level under an item that
 * names an event, with its speakers in its own line ("Title — Name (Org)") or as its first item
 * ("Name, Org").
 */
function nestedTalk(structure: NoteStructure, i: number, parent: number, footerLine: number, check: Reader, eventItems: Map<number, ItemGroup>): Candidate | null {
  const { info } = structure;
  const li = info[i];
  if (li.content.length > 160 || parent < 0) return null;
  let group = eventItems.get(parent);
  if (group === undefined) eventItems.set(parent, (group = itemGroup(structure, parent)));
  if (group === ItemGroup.None) return null;
  const parsed = check.talkLine(li.content.replace(/^(?:lightning|lt|keynote)\s*[:：]\s*/iu, ''));
  // (A title may ask a question: "… – is it sane?".)
  if (!parsed || !parsed.title || isNonTalkTitle(parsed.title) || (SENTENCE_END.test(parsed.title) && !parsed.title.endsWith('?'))) return null;
  if (parsed.speakers.length && parsed.strongSpeakers) return { line: i, parsed, speakerLine: null, source: 'bullet', level: 0, evidence: true };
  const sp = firstItemSpeakers(structure, i, footerLine, check);
  if (sp) {
    parsed.speakers = sp;
    parsed.strongSpeakers = true;
    return { line: i, parsed, speakerLine: i + 1, source: 'bullet', level: 0, evidence: true };
  }
  // ("* Consul service mesh - why we moved off it" with notes but no speaker, among items that name theirs: a talk too.
  // Under a day, whose items are its lunch and its evening too, only items that name speakers.)
  if (group === ItemGroup.Event && (!SENTENCE_END.test(parsed.title) || parsed.title.endsWith('?'))) {
    for (let k = parent + 1; k < footerLine && k < parent + 200; k++) {
      const item = info[k];
      if (item.kind === LineKind.ListItem && item.blockStart && item.level < li.level) break;
      if (k === i || item.kind !== LineKind.ListItem || item.level !== li.level || !item.blockStart) continue;
      const other = check.talkLine(item.content);
      if ((other?.speakers.length && other.strongSpeakers) || firstItemSpeakers(structure, k, footerLine, check)) {
        const whole = check.talkLine(li.content);
        if (!whole) return null;
        whole.speakers = [];
        whole.title = li.content;
        whole.titleStart = 0;
        whole.titleEnd = li.content.length;
        return { line: i, parsed: whole, speakerLine: null, source: 'bullet', level: 0, evidence: false };
      }
    }
  }
  return null;
}

/**
 * The item list item `i` is under: `byLevel`, the last item one level up, unless it is indented as far
 * as `i` ("■ Event" then "  - 일시 : …" and "  □ Title": markdown's dash item and the plain bullet
 * sit at different levels) or there is none; then the nearest item above indented less.
 */
export function outerItem(structure: NoteStructure, i: number, byLevel: number): number {
  const { lines, info } = structure;
  const indent = indentOf(lines[i]);
  if (byLevel >= 0 && indentOf(lines[byLevel]) < indent) return byLevel;
  // (Or none is known by level: the item's notes, plain lines between, ended the list for markdown.)
  if (indent === 0) return byLevel;
  for (let k = i - 1; k >= 0 && k >= i - 200; k--) {
    if (info[k].kind === LineKind.ListItem && info[k].blockStart && indentOf(lines[k]) < indent) return k;
    if (info[k].kind === LineKind.Heading) break;
  }
  return byLevel;
}

/** The speakers list item `i`'s first nested item names on its own ("Kwame Mensah, Meridian Cloud"), or null. */
function firstItemSpeakers(structure: NoteStructure, i: number, footerLine: number, check: Reader): Speaker[] | null {
  const { info } = structure;
  const j = i + 1;
  // (One level in, or more where a plain text's bullets are indented by three spaces a level.)
  if (j >= footerLine || info[j].kind !== LineKind.ListItem || info[j].level <= info[i].level || !info[j].blockStart) return null;
  // ("by Dev Malhotra (freelance)": a remark that names no organisation.)
  const paren = TRAILING_PARENTHESIS.exec(info[j].content);
  const text = paren && NO_ORGANISATION.test(paren[1]) ? info[j].content.slice(0, paren.index) : info[j].content;
  const sp = text.length <= 80 && !/https?:\/\//.test(text) ? check.speakers(text) : null;
  return sp?.strong ? sp.speakers : null;
}
const TRAILING_PARENTHESIS = /\s*[(（]([^()（）]*)[)）]\s*$/u;

/** "ハコニワ株式会社の松本 和也さんのセッション。" opening the paragraph under a heading: its speakers (parseCjkSpeakersLead). */
function cjkSpeakersLeading(structure: NoteStructure, j: number, check: Reader): Speaker[] | null {
  if (j < 0 || structure.info[j].kind !== LineKind.Paragraph || !structure.info[j].blockStart) return null;
  return parseCjkSpeakersLead(structure.info[j].content, check.names);
}
const PERSON_LEAD_WORDS = String.raw`^[^()（）,.。、:：]{2,40}?\s*[(（][^()（）]{2,60}[)）](?=\s*[,，、.。]|\s+(?:and|with|joined|gave|talked|presented|walked`;
const PERSON_LEAD = new RegExp(`${PERSON_LEAD_WORDS})\\b)`, 'u');
/** PERSON_LEAD with the verbs of a recap that opens on its speaker ("… opened the night with …"), under a title in bold only. */
const OPENING_PERSON_LEAD = new RegExp(`${PERSON_LEAD_WORDS}|opened|kicked|closed|showed|started|explained|shared|told|took|covered|demoed|ran)\\b)`, 'u');

/**
 * The line under a title in bold, in the same paragraph, opening with who gave it: "Dagmar Veldhuis (Kleinbahn
 * Logistics) opened the night with …", "by Ömer Aksoy, freelance SRE — short, funny …" (a role or an organisation
 * said, then the writer's words).
 */
function speakersOpeningLine(structure: NoteStructure, j: number, check: Reader): Speaker[] | null {
  const content = structure.info[j].content;
  const lead = OPENING_PERSON_LEAD.exec(content);
  const sp = lead ? check.speakers(lead[0]) : null;
  if (sp?.strong && sp.speakers.length <= 3 && sp.speakers.every((x) => x.org)) return sp.speakers;
  const by = content.startsWith('by ') ? BY_THEN_REMARK.exec(content) : null;
  const named = by ? check.speakers(by[1]) : null;
  return named && named.speakers.length <= 3 && (named.strong || named.speakers.every((x) => x.org || x.role)) ? named.speakers : null;
}
/** "by Name, role — remark", "by Name (Org). Remark": who gave it (group 1) up to a dash or a sentence's end. */
const BY_THEN_REMARK = /^by\s+([^—–.;]{3,60}?)\s*(?:\s[—–-]\s|[.;](?:\s|$)|$)/u;
/** "Guest 1:", "Speaker 2 —", "게스트:", "ゲスト2：": a label before the people a heading names. */
const GUEST_LABEL = /^(?:guest|speaker|presenter|panelist|게스트|연사|발표자|ゲスト|登壇者)\s*#?\d{0,2}\s*[:：—–-]\s*/iu;
/** A line wholly in bold, maybe numbered or a list's item: "**1. "Title"**". */
export const BOLD_LINE = /^\s*(?:[-*+]\s+|\d{1,2}[.)]\s+)?\*\*[^*]{4,}\*\*\s*$/u;

/** A talk whose speaker line (line `i`, labelled) comes before its title line, in one paragraph. */
function speakerAboveTitle(structure: NoteStructure, i: number, footerLine: number, check: Reader): Candidate | null {
  const { info } = structure;
  // ("[연사] Name — Org" then "(운영진, 블로그: …)" then "『Title』": a remark in brackets about them between.)
  const remark = i + 2 < footerLine && info[i + 1].kind === LineKind.Paragraph && !info[i + 1].blockStart && BRACKETED_REMARK.test(info[i + 1].content) && info[i + 2].kind === LineKind.Paragraph && TITLE_QUOTE_FIRST.test(info[i + 2].content);
  // ("Speaker: Anjali Mehta" then "Role: Principal SRE, Grab" and "Bio: …" then "Talk: "…"": their profile's fields between.)
  let j = remark ? i + 2 : i + 1;
  const fields: number[] = [];
  while (!remark && j < footerLine && fields.length < 4 && info[j].kind === LineKind.Paragraph && !info[j].blockStart && PROFILE_FIELD.test(info[j].content)) fields.push(j++);
  if (j >= footerLine || info[j].kind !== LineKind.Paragraph || (info[j].blockStart && !remark) || SPEAKER_LABEL.test(info[j].content) || ORG_LABEL.test(info[j].content)) return null;
  // Right under a heading it is the heading's speaker line; "Track: Main stage" is a field, not a title.
  const p = previousContentLine(structure, i, -1);
  if (p >= 0 && i - p <= 2 && info[p].kind === LineKind.Heading) return null;
  if ((info[j].content.length <= 40 && /^[\p{L}\p{N} ]{2,15}[:：]/u.test(info[j].content) && !isTitleLabelled(info[j].content)) || FIELD_LINE.test(info[j].content)) return null;
  const sp = check.speakers(info[i].content);
  // ("Speaker: Jaeyoung Han" then "Title: …": under two labels a name need not be one the parser is sure of.)
  const parsed = sp?.strong || (sp && sp.speakers.length <= 3 && isTitleLabelled(info[j].content)) ? check.talkLine(info[j].content) : null;
  if (!parsed || !parsed.title || parsed.speakers.length || isNonTalkTitle(parsed.title) || parsed.title.length > 120 || parsed.title.includes('://')) return null;
  if (fields.length && !isTitleLabelled(info[j].content)) return null;
  parsed.speakers = fields.length ? profiledSpeakers(structure, sp!.speakers, fields, footerLine, check) : sp!.speakers;
  parsed.strongSpeakers = true;
  return { line: j, parsed, speakerLine: i, source: 'plain', level: 0, evidence: true };
}

/** "Role: …", "Bio: …", "소속: …", "所属：…": a field of a speaker's profile. */
const PROFILE_FIELD = new RegExp(String.raw`^(?:${ROLE_FIELD_WORDS}|company|org|organi[sz]ation|affiliation|bio|profile|about|twitter|x|github|linkedin|blog|website|소속|프로필|약력|所属|プロフィール|経歴|略歴)\s*[:：]`, 'iu');
/** "Role: Principal SRE, Grab": the role's field, its value (group 1). */
const ROLE_FIELD = new RegExp(String.raw`^(?:${ROLE_FIELD_WORDS})\s*[:：]\s*(.{2,60})$`, 'iu');
/** "Role: Principal SRE, Grab" or "소속: 파도소프트" under one speaker's label: their organisation, when their name had none. */
function profiledSpeakers(structure: NoteStructure, speakers: Speaker[], fields: number[], footerLine: number, check: Reader): Speaker[] {
  if (speakers.length !== 1 || speakers[0].org) return speakers;
  for (const k of fields) {
    const org = organisationLine(structure, k, footerLine);
    if (org) return withOrganisation(speakers, org);
    const role = ROLE_FIELD.exec(structure.info[k].content);
    const read = role ? check.speakers(`${speakers[0].name} (${role[1].trim()})`) : null;
    if (read?.speakers.length === 1 && read.speakers[0].org) return [{ ...speakers[0], org: read.speakers[0].org, role: read.speakers[0].role }];
  }
  return speakers;
}

/** "--- talk 2 ***", "== session 3 ==": a plain text's label after a drawn line's start, a talk's place. */
const DASHED_LABEL = /^(?:-{2,}|={2,})\s+[\p{L}\p{N}][^-=]{0,30}?(?:\s+(?:\*+|-{2,}|={2,}))?\s*$/u;

/** A line wholly in round brackets: a remark. */
const BRACKETED_REMARK = /^[(（][^()（）]{2,80}[)）]$/u;

/** The line of a heading's section, before any other heading, that says who gave the talk (ATTRIBUTION); -1 when none does. */
function trailingSpeakerLine(structure: NoteStructure, heading: number, footerLine: number): number {
  const { info } = structure;
  for (let k = heading + 1; k < footerLine && k <= heading + 80; k++) {
    const li = info[k];
    // Another heading, a drawn line, or another talk's labelled title or time ends the section.
    // ("Talk 1: …", "Session 2 – …": a numbered session's line is another talk's too.)
    // ("- type:: talk": a block of a talk's own properties.)
    if (li.kind === LineKind.Heading || li.kind === LineKind.Rule || isTitleLabelled(li.content) || /^\d{1,2}[:：]\d{2}/.test(li.content) || NUMBERED_SESSION_LEAD.test(li.content) || KIND_PROPERTY.test(li.content)) return -1;
    // "**Speaker Bio**" then "Lucía Ferrandis, Staff Engineer, Fennmoor Logistics": the line after the label.
    if (li.kind === LineKind.Paragraph && BIO_LABEL.test(li.content)) return k + 1 < footerLine && info[k + 1].kind === LineKind.Paragraph ? k + 1 : -1;
    if ((li.kind === LineKind.Paragraph || li.kind === LineKind.ListItem) && ATTRIBUTION.test(li.content) && !isCardMembers(structure, k)) {
      // Right under a short line of its own ("**Talk 1 — Title**"), it names that line's speakers.
      const p = previousContentLine(structure, k, heading);
      const above = info[p];
      // (Or the first line of its paragraph, right above it: "Karpenter 도입 1년 회고" then "연사: 박서연".)
      if (p > heading && above.kind === LineKind.Paragraph && (above.standalone || (above.blockStart && p === k - 1)) && above.content.length <= 120 && !SENTENCE_END.test(above.content)) return -1;
      // (Or a numbered session's item right above it: "■ 세션 1. 제목" then "- 발표자 : 이름".)
      if (p > heading && above.kind === LineKind.ListItem && above.blockStart && SESSION_LABEL.test(above.content)) return -1;
      // (Or nested under a list's item, as another item's people are further down: "- 基調講演" then "  - 登壇：…", "- パネル"
      // then "  - パネリスト：…" under "## CNDS2024 メモ": the section lists talks, each with its own people.)
      if (p > heading && li.kind === LineKind.ListItem && above.kind === LineKind.ListItem && above.level < li.level && anotherItemAttributed(structure, k, p, footerLine)) return -1;
      // (Or a schedule's block that starts with its day and hours: "Wednesday March 20, 2024 11:00am - 11:35am CET", its title, its room, then "Speakers: …".)
      let start = k;
      while (start > heading + 1 && info[start].kind === LineKind.Paragraph && !info[start].blockStart) start--;
      if (start > heading && info[start].kind === LineKind.Paragraph && (isDayAndHours(info[start].content) || isTimeAlone(info[start].content))) return -1;
      return k;
    }
  }
  return -1;
}

/** Whether a list's item after line `k`, before the next heading, has people labelled under it as item `item` has (line `k`). */
function anotherItemAttributed(structure: NoteStructure, k: number, item: number, footerLine: number): boolean {
  const { info } = structure;
  for (let m = k + 1; m < footerLine && m <= k + 80 && info[m].kind !== LineKind.Heading; m++) {
    if (info[m].kind !== LineKind.ListItem || !ATTRIBUTION.test(info[m].content)) continue;
    const q = previousContentLine(structure, m, item);
    if (q > item && info[q].kind === LineKind.ListItem && info[q].level < info[m].level) return true;
  }
  return false;
}

/** "続いて森本 ひかりさん（株式会社コトリ）の発表。": who gives the talk whose title follows. */
const TALK_OF = /^(?:続いて|次は|次に|最後は|最後に|最初は)?[、,]?\s*(.{2,40}?)の(?:発表|講演)。?$/u;
/** "中島さんの発表", "김민수 님의 발표": whose talk it is, by a name with its honorific (group 1). */
const HONOURED_TALK_OF = /^(.{1,16}?(?:さん|氏|様|님))\s*(?:の|의)\s*(?:発表|講演|발표)$/u;

/**
 * The talk under a label that names whose it is ("■ 中島さんの発表"): the next line of the same block is its title (no
 * sentence, no list item), and the line after it may name the speaker in full with an organisation.
 */
function titleUnderTalkOf(structure: NoteStructure, i: number, footerLine: number, check: Reader): Candidate | null {
  const { info } = structure;
  const who = HONOURED_TALK_OF.exec(info[i].content);
  const j = i + 1;
  if (!who || j >= footerLine || info[j].kind !== LineKind.Paragraph || info[j].blockStart) return null;
  const title = info[j].content;
  if (title.length < 4 || title.length > 100 || SENTENCE_END.test(title) || /[。]/u.test(title) || isNonTalkTitle(title)) return null;
  const full = j + 1 < footerLine && info[j + 1].kind === LineKind.Paragraph && !info[j + 1].blockStart ? readSpeakerLine(structure, j + 1, check) : null;
  const short = check.speakers(who[1]);
  const speakers = full ?? (short?.speakers.length === 1 ? short.speakers : null);
  if (!speakers) return null;
  const parsed: TalkLine = { title, speakers, strongSpeakers: true, keynote: false, quoted: false, titleStart: info[j].contentStart, titleEnd: info[j].contentEnd, time: null };
  return { line: j, parsed, speakerLine: full ? j + 1 : null, source: 'plain', level: 0, evidence: true };
}

/**
 * The talk under a heading that is only its slot ("Track B 11:00〜11:40", "基調講演（Track A 10:00〜）"): the title in bold
 * on the next line, the speakers on the line after it or under a label alone ("【登壇者】" then "- 佐藤 健一（Org）").
 */
function boldTitleUnderSlot(structure: NoteStructure, i: number, footerLine: number, check: Reader): Candidate | null {
  const { info, lines } = structure;
  const slot = info[i].content.replace(/\s*[(（]([^()（）]{1,30})[)）]$/u, (m, inner: string) => (hasDigit(inner) ? '' : m));
  const keynote = slot !== info[i].content && isKeynote(slot);
  if (!keynote && !SLOT_ALONE.test(slot) && !TEAM_SLOT.test(slot)) return null;
  const j = nextContentLine(structure, i, 1);
  if (j < 0 || j + 1 >= footerLine || info[j].kind !== LineKind.Paragraph) return null;
  // (A line's content is read without its emphasis: the raw line says it was bold.)
  const title = info[j].content;
  if (!BOLD_LINE.test(lines[j]) || title.length < 4 || isNonTalkTitle(title)) return null;
  let k = j + 1;
  const underLabel = BRACKETED_LABEL_ALONE.test(info[k].content) || LABEL_ALONE.test(info[k].content);
  if (underLabel) k++;
  const speakers = k < footerLine ? readSpeakerLine(structure, k, check, underLabel) : null;
  if (!speakers && !keynote) return null;
  const parsed: TalkLine = { title, speakers: speakers ?? [], strongSpeakers: !!speakers, keynote, quoted: false, titleStart: info[j].contentStart, titleEnd: info[j].contentEnd, time: null };
  return { line: j, parsed, speakerLine: speakers ? k : null, source: 'heading', level: info[i].level, evidence: true };
}
/** A track, a room or a hall and a time or a span of times, or only the time. */
const SLOT_ALONE = /^(?:(?:track|room|hall|stage|トラック|会場|트랙|룸|홀)\s*[A-Za-z0-9]{0,3}\s*)?\d{1,2}[:：]\d{2}(?:\s*[-~〜～–]\s*(?:\d{1,2}[:：]\d{2})?)?$/iu;
/** "### チーム1「ねこ監視隊」", "### Team 3 — Tofu-Tofu": a demo day's team, its demo's title in bold under it. */
const TEAM_SLOT = /^(?:チーム|team|팀|demo|デモ)\s*#?\d{1,2}(?:\s*[:：「『"“(（—–-].{0,30})?$/iu;
/** "【登壇者】", "[Speaker]": a speakers' label in brackets, alone on its line. */
const BRACKETED_LABEL_ALONE = new RegExp(String.raw`^(?:【\s*${SPEAKER_LABEL_WORDS}\s*】|\[\s*${SPEAKER_LABEL_WORDS}\s*\])$`, 'iu');

/** "Panel:", "Panel —", "패널:", "パネル：", "[ ] Panel — …": a panel discussion's title. */
const PANEL_TITLE = /^(?:\[[ xX]\]\s*)?(?:panel(?:\s+discussion)?|패널(?:\s*토론)?|パネル(?:ディスカッション)?)\s*[:：—–-]\s*\S/iu;
/** "mod:", "모더레이터", "패널", "panelists:": the labels of a panel's people. */
const PANEL_ROLE = new RegExp(String.raw`(?:^|\s*[,，、/／]\s*)(?:moderated by|${MODERATOR_WORDS}|${PANELIST_WORDS}|登壇者)\s*[:：]?\s+`, 'giu');

/** "mod:", "host:", "panel:", "on stage:", "사회:", "パネリスト：": a panel's role labelling a line of people, first on it. */
const PANEL_ROLE_FIRST = new RegExp(String.raw`^(?:${MODERATOR_WORDS}|${PANELIST_WORDS}|on\s+stage)\s*[:：]\s*`, 'iu');
/** A panel listed as an item, its moderator and panelists on the nested lines right under it (up to four). */
function panelOfItem(structure: NoteStructure, i: number, footerLine: number, check: Reader): Candidate | null {
  const { info } = structure;
  const parsed = check.talkLine(info[i].content.replace(/^\[[ xX]\]\s*/u, ''));
  if (!parsed || !parsed.title || parsed.speakers.length) return null;
  const people = panelPeople(structure, i + 1, footerLine, check, info[i].level);
  if (!people) return null;
  parsed.speakers = people.speakers;
  parsed.strongSpeakers = true;
  return { line: i, parsed, speakerLine: people.last, source: 'bullet', level: 0, evidence: true };
}

/**
 * A panel's moderator and panelists on the list's items from line `first` (up to five lines), deeper than `level` (a
 * heading's items: 0), and the last line naming them.
 */
function panelPeople(structure: NoteStructure, first: number, footerLine: number, check: Reader, level: number): { speakers: Speaker[]; last: number } | null {
  const { info } = structure;
  const speakers: Speaker[] = [];
  let last = -1;
  for (let k = first; k < footerLine && k <= first + 4 && info[k].kind === LineKind.ListItem && info[k].level > level; k++) {
    const text = info[k].content.replace(PANEL_ROLE, (m) => (/^\s*[,，、/／]/u.test(m) ? ', ' : ''));
    if (/https?:\/\//.test(text)) continue;
    const sp = check.speakers(text);
    if (!sp?.strong) {
      if (speakers.length) break;
      continue;
    }
    speakers.push(...sp.speakers);
    last = k;
  }
  return speakers.length ? { speakers, last } : null;
}

/** Whether nothing but blank lines and front matter comes before line `i`. */
export function isFirstContentLine(structure: NoteStructure, i: number): boolean {
  for (let k = 0; k < i; k++) if (structure.info[k].kind !== LineKind.Blank && structure.info[k].kind !== LineKind.FrontMatter) return false;
  return true;
}

/** The line right under list item `i`, inside the same item, that only names speakers; -1 when there is none. */
function speakerInItem(structure: NoteStructure, i: number, check: Reader): number {
  let j = nextContentLine(structure, i, 1);
  if (j < 0) return -1;
  // ("■ "Title"" then "  （和訳：…）" then "  登壇：…": the title's translation between them, in the item too.)
  let translated = false;
  if (j + 1 < structure.lines.length && isTranslationLine(structure, j) && !structure.info[j + 1].blockStart) {
    j++;
    translated = true;
  }
  const next = structure.info[j];
  // (" [Title]" then "  登壇: [Name]さん（Org）" on a Scrapbox page: every line is an item, the speakers' one level in.)
  if (structure.dialect === 'scrapbox' && next.kind === LineKind.ListItem && next.level === structure.info[i].level + 1) return readSpeakerLine(structure, j, check) ? j : -1;
  // (In plain text the line under a "■" bullet stays its paragraph's line.)
  const inItem = next.kind === LineKind.ListItem ? next.level === structure.info[i].level : next.kind === LineKind.Paragraph && j === i + (translated ? 2 : 1);
  if (!inItem || next.blockStart) return -1;
  // Indented under the item, with no marker of its own (not the next bullet of a plain-text list),
  // or right under it ("1) 제목" then "김도윤님 / 스텔라페이").
  if (!/^[ \t]{2,}[^\s\-*+•・■▪●◦]/u.test(structure.lines[j]) && j !== i + (translated ? 2 : 1)) return -1;
  return readSpeakerLine(structure, j, check, false, true) ? j : -1;
}

/**
 * The talk a paragraph of two or three short lines tells when they are read as one sentence: a person with 님, さん or 氏
 * on one line, the title marked on another. The talk is on the title's line.
 */
function brokenSentenceTalk(structure: NoteStructure, first: number, footerLine: number, check: Reader): Candidate | null {
  const { info, lines } = structure;
  let last = first + 1;
  while (last + 1 < footerLine && last - first < 2 && info[last + 1].kind === LineKind.Paragraph && !info[last + 1].blockStart) last++;
  // (Not a longer paragraph, whose sentences are each their own.)
  if (last + 1 < footerLine && info[last + 1].kind === LineKind.Paragraph && !info[last + 1].blockStart) return null;
  const starts: number[] = [];
  let joined = '';
  let raw = '';
  const rawStarts: number[] = [];
  for (let k = first; k <= last; k++) {
    if (info[k].content.length > 120) return null;
    // ("《Title》" then "발표 ─ 임재원 님 / Org": a line that says it names the speakers is no sentence's end.)
    if (k > first && (TALK_BY_DASH.test(info[k].content) || SPEAKER_LABEL.test(info[k].content))) return null;
    starts.push(joined.length);
    rawStarts.push(raw.length);
    joined += (k > first ? ' ' : '') + info[k].content;
    raw += (k > first ? ' ' : '') + lines[k].slice(info[k].contentStart, info[k].contentEnd);
  }
  // ("…님이었는데 제목이 따로 없었다." then "내용은 "…" 같은 거.": what the talk was about, its title said to be none.)
  if (!/님|さん|氏/u.test(joined) || NO_TITLE.test(joined)) return null;
  const fromContent = parseCjkProseTalk(joined, check.names);
  const parsed = fromContent ?? markedTitleWithPerson(raw, check.names);
  if (!parsed) return null;
  const at = fromContent ? starts : rawStarts;
  // The line the title starts on; a title across two lines is not one.
  let k = at.length - 1;
  while (k > 0 && at[k] > parsed.titleStart) k--;
  const end = k + 1 < at.length ? at[k + 1] : Infinity;
  if (parsed.titleEnd > end) return null;
  // (A line that names the person beside the title is read alone, by the rules for one line.)
  if (k === 0 || /님|さん|氏/u.test(info[first + k].content)) return null;
  const shift = at[k] + 1;
  return { line: first + k, parsed: { ...parsed, titleStart: parsed.titleStart - shift, titleEnd: parsed.titleEnd - shift }, speakerLine: null, source: 'plain', level: 0, evidence: true, prose: true };
}

/** "범례:", "Legend:", "凡例：": a line that says what the page's marks mean (its first letter is checked before it). */
const LEGEND_LINE = /^(?:legend|범례|凡例)\s*[:：]/iu;

/** The lines of a page's footnotes ("[^1]: …", "[^note]: …") by their labels. */
function footnoteLines(structure: NoteStructure): Map<string, number> {
  const notes = new Map<string, number>();
  const { lines } = structure;
  for (let k = 0; k < lines.length; k++) {
    if (lines[k].charCodeAt(0) !== 91 || lines[k].charCodeAt(1) !== 94) continue;
    const m = FOOTNOTE_LINE.exec(lines[k]);
    if (m && !notes.has(m[1])) notes.set(m[1], k);
  }
  return notes;
}
const FOOTNOTE_LINE = /^\[\^([^\]\s]{1,20})\]:\s*(\S.*)$/u;
/** A footnote's reference at a line's end (its label in group 1). */
const FOOTNOTE_AT_END = /\s*\[\^([^\]\s]{1,20})\]\s*$/u;
/** What leads a title's line in a list or a callout: a to-do's box, a callout's kind ("[!NOTE]"). */
const TITLE_LINE_LEAD = /^(?:\[[ xX]\]\s*|\[![\w-]{1,16}\][+-]?\s*)+/u;
/** What leads the people in a footnote ("Hosted by"), and a remark after them (after a dash or a plus). */
const FOOTNOTE_PEOPLE_LEAD = /^(?:(?:hosted|presented|given|moderated)\s+by|by)\s+/iu;
const FOOTNOTE_REMARK = /\s+(?:[—–]|\+)\s.*$/u;
/** A title struck out whole (group 1 inside the marks). */
const STRUCK_WHOLE = /^~~(.+)~~$/u;
/** "※…": an aside, never a person. */
const ASIDE = /\s*※.*$/u;

/** A talk whose title line refers to a footnote that names its speakers. */
function footnotedTalk(structure: NoteStructure, i: number, footnotes: Map<string, number>, check: Reader): Candidate | null {
  const m = FOOTNOTE_AT_END.exec(structure.lines[i]);
  const at = m ? footnotes.get(m[1]) : undefined;
  if (!m || at === undefined || at === i) return null;
  // (The line's content may have lost the reference already.)
  const content = structure.info[i].content.replace(FOOTNOTE_AT_END, '');
  // ("- [ ] ~~**Title**~~ [^3]": a talk the writer struck out, missed but given.)
  const title = content.replace(TITLE_LINE_LEAD, '').trim().replace(STRUCK_WHOLE, '$1');
  if (title.length < 4 || isNonTalkTitle(title) || SPEAKER_LABEL.test(title)) return null;
  const note = FOOTNOTE_LINE.exec(structure.lines[at])![2];
  const people = note.replace(SPEAKER_LABEL, '').trim().replace(FOOTNOTE_PEOPLE_LEAD, '').replace(ASIDE, '');
  // ("Name, Org — @handle on the fediverse", "Name（Org） ※…": a remark after the people, unless the dash leads to their organisation.)
  let sp = people ? check.speakers(people) : null;
  if (!sp?.strong && FOOTNOTE_REMARK.test(people)) sp = check.speakers(people.replace(FOOTNOTE_REMARK, '').trim());
  if (!sp?.strong || !sp.speakers.length) return null;
  // ("1. Title — 高橋 蓮[^5]" with "[^5]: 高橋 蓮（個人参加）": the line names its speaker too, the footnote adds to it.)
  const own = check.talkLine(title);
  const named = own?.strongSpeakers && own.speakers.length ? own : null;
  const speakers = named && !named.speakers.every((p) => sp!.speakers.some((q) => nameKey(q.name) === nameKey(p.name))) ? named.speakers : sp.speakers;
  const lead = content.length - content.replace(TITLE_LINE_LEAD, '').trimStart().length;
  const titleStart = lead + (named ? named.titleStart : title.length < content.length - lead && content.startsWith('~~', lead) ? 2 : 0);
  const ownTitle = named ? named.title : title;
  return { line: i, parsed: { title: ownTitle, speakers, strongSpeakers: true, keynote: isKeynote(ownTitle), quoted: false, titleStart, titleEnd: titleStart + ownTitle.length, time: null }, speakerLine: null, source: structure.info[i].kind === LineKind.ListItem ? 'bullet' : 'plain', level: 0, evidence: true };
}

/** "제목이 따로 없었다", "タイトルはなし", "untitled": a sentence saying the talk had no title. */
const NO_TITLE = /제목(?:이|은)\s*(?:따로\s*|특별히\s*)?없|タイトル(?:は|が)?\s*(?:特に\s*)?(?:なし|無し|なかった|ない)|\bno title\b|\buntitled\b|without a title/iu;

/** The nearest line above `i`, down to `floor`, that is not blank; `floor` itself when there is none. */
function previousContentLine(structure: NoteStructure, i: number, floor: number): number {
  let p = i - 1;
  while (p > floor && !structure.lines[p].trim()) p--;
  return p;
}

/** A line that only names speakers: short, no sentence, every part a person or an organisation. */
const BRACKETED_FIELD = /^\[[^[\]:]{1,24}::/u;

function readSpeakerLine(structure: NoteStructure, j: number, check: Reader, underLabel = false, itemText = false): Speaker[] | null {
  if (j < 0) return null;
  const li = structure.info[j];
  // ("Wed June 12, Lakeshore Analytics office, 220 King St W": an event's day and venue under its heading.)
  if (!underLabel && hasDigit(li.content) && isDayLine(li.content)) return null;
  // ("/cc @infra-team", "cc: @sre": who a post is copied to.)
  if (CARBON_COPY.test(li.content)) return null;
  // ("이름\t발표자\t소속": a table's header, pasted with its tabs.)
  if (structure.lines[j].includes('\t') && isTabRow(structure.lines[j])) return null;
  if (isCardMembers(structure, j)) return null;
  // "<p>Speaker: Rosa Delgado, VP Engineering at Prairie Mutual</p>": a labelled paragraph pasted from an event's page.
  const html = li.content.startsWith('<p>') && li.content.endsWith('</p>');
  // ("―― 話したのは 羽田 恵理子 さん（…）。": a dash before the line, as an attribution's.)
  // ("→ 연사 표은서 님, 코드베어", "↳ Name (Org)": an arrow before the line, pointing back at the title.)
  const c0 = li.content.charCodeAt(0);
  const own = html ? li.content.slice(3, -4).replace(/&amp;/g, '&').trim() : c0 === 0x2015 ? li.content.replace(/^―{1,2}\s*/u, '— ') : c0 === 0x2192 || c0 === 0x21b3 ? li.content.replace(/^[→↳]\s*/u, '') : withoutRowBar(li.content);
  if (html && !SPEAKER_LABEL.test(own)) return null;
  // "[speaker:: [[田中 美咲]]] [org:: [[ミライ決済]]] #SLO": Dataview's inline fields in square brackets, on one line.
  if (c0 === 91 && BRACKETED_FIELD.test(own)) return inlineFieldSpeakers(own, check.names);
  // "발표자는 정하늘 님 (당근).": a sentence that says who spoke.
  // "Speaker bio: Beatriz Saraiva is a platform engineer at Ondaverde Energia, …": the bio's first words name the speaker.
  const bio = own.length > 14 && (own.charCodeAt(0) | 32) === 115 ? INLINE_BIO.exec(own) : null;
  if (bio) return [{ name: bio[1], org: (bio[2] ?? bio[3])?.trim() ?? null }];
  const sentence = own.startsWith('— ') ? own.slice(2) : own;
  // ("株式会社…の 岡田 浩二さんによる発表。": or who gave it first, the words for giving the talk at the end.)
  const said = sentence.length <= 80 && (SENTENCE_FIRST.includes(sentence[0]) || GAVE_AT_END.test(sentence)) ? speakerSentence(sentence, check.names) : null;
  if (said) return said;
  // "- **Talk:** Title" with "  - **Speaker:** Name (Org)" under it: a labelled speaker line may be nested.
  // (Scrapbox's lines are all items of its outline: "  [Name]さん" under " [** Title]".)
  // (Or an item's own next line, at any level: "  - Title" then "    Name, Org".)
  // ("    - 발표: 박성호 님 (…)": a nested item labelled with the talk's word names its speakers too.)
  if (!html && li.kind !== LineKind.Paragraph && !(li.kind === LineKind.ListItem && (li.level === 1 || underLabel || (itemText && !li.blockStart) || structure.dialect === 'scrapbox' || SPEAKER_LABEL_COLON.test(li.content)))) return null;
  // ": Inês Carvalho, Atlântico Telecom" (a definition list), "— Lena Hoffmann, Kranich Mobility" (an attribution).
  // "Speaker:: [[Dana Whitcombe]] (Lumenfield)": a wiki link reads as its text.
  const content = own.includes('[[') ? withoutWikiBrackets(own) : own;
  // ("[Chloe Brennan, Ardent Mutual Insurance]", "[Diego Alvarez / Pinecrest Grocers]": the whole line in square brackets.)
  const bare = content.length > 2 && (content[0] === ':' || content[0] === '—' || content[0] === '–') ? content.replace(/^(?::|[—–])\s+/u, '') : withoutSquareBrackets(content);
  // ("Mariko Fujii [Infra Eng @ Sakura Pixel]": the role and organisation in square brackets, read as in round ones.)
  // ("Daichi Okabe (SRE @ Kumoya) -- same company as Aiko": two hyphens for a dash.)
  // ("Priya Raman-Okoye, Northwind Freight — Ballroom A, 10:15": where and when, after a dash, as a printed programme gives them.)
  // ("*Priya Raman — HashiCorp*", "Name, Org · [S] https://…": emphasis and links the people's parser leaves out too.)
  const plain = withoutEmphasisAndLinks(bare);
  const text = plain.replace(ROLE_IN_SQUARE_BRACKETS, ' ($1)').replace(/ -- /g, ' — ').replace(SLOT_AFTER_SPEAKERS, '');
  // A line with a title-like dash is a talk line of its own, not a speaker line.
  // (Unless a label says it names speakers: "Speaker: Emily Chen — Staff Engineer at HashiCorp".)
  // (Longer for a panel's people, each with their organisation: "A (X), B (Y), C (Z)".)
  // ("A (Senior Engineer, X) and B (SRE Lead, X)": two people, each with a role and their organisation; "A (X) in conversation with B (Y)".)
  // (Or labelled, its people set apart by semicolons: "Speakers: A, X; B, Y; C, Z".)
  const limit = text.length > 90 && ((text.endsWith(')') && ((text.match(/\)[,，、;]/g)?.length ?? 0) >= 2 || /^[^()]+\([^()]+\)(?:,? and | & | in conversation with | with )[^()]+\([^()]+\)$/u.test(text))) || (text.includes(';') && SPEAKER_LABEL.test(text))) ? 180 : 90;
  // "발표 - 최수빈 (동백클라우드)": "talk", a dash, who gave it; "한지우 님 - 프리랜서 (전 …)": a name with its honorific, a dash, the organisation.
  const dashed = text.length <= limit && (text.includes(' - ') || text.includes(' — ') || text.includes(' – ') || text.includes(' ─ ')) ? dashedSpeakerLine(text, check, remarkMayFollow(structure, j)) : null;
  if (dashed) return dashed;
  const labelled = underLabel || SPEAKER_LABEL.test(text);
  if (!text || text.length > limit || (/\s[-–—]\s/.test(text) && !labelled) || /https?:\/\//.test(text)) return null;
  // "スピーカー: 田中 健太 (Org) / @kenta": a labelled line names people, whatever separates them.
  // ("Kenta Ueda / Hanshin Rail Digital": a person, a slash, their organisation.)
  // ("발표: 박서연 / Seoyeon Park (Org)": "talk:" before its people, not a title and a speaker after a slash.)
  const given = !labelled && GIVEN_BY_LABEL.test(text) ? check.speakers(text) : null;
  if (given?.strong) return given.speakers;
  const slashed = labelled ? null : personSlashOrg(text, check.names);
  if (slashed?.strong && slashed.speakers.length === 1) return slashed.speakers;
  const asTalk = labelled ? null : check.talkLine(text);
  if (asTalk && asTalk.speakers.length && asTalk.title) {
    // "Docker社 / 佐藤 大輔": an organisation, then the person; not a title.
    const org = asTalk.title.trim();
    if (org.length <= 30 && looksLikeOrg(org) && asTalk.speakers.every((sp) => !sp.org)) return asTalk.speakers.map((sp) => ({ ...sp, org }));
    return null;
  }
  // "김도현 님 (한빛커머스). 제목만 보면 …", "梶原 修平さん（Org）。元々 SRE 出身": the speaker and their organisation, then the writer's sentence.
  const head = text.includes('. ') || text.includes('。') ? SPEAKER_THEN_SENTENCE.exec(text) : null;
  const first = head ? check.speakers(head[1]) : null;
  if (first?.strong && first.speakers.every((s) => s.org)) return first.speakers;
  const sp = check.speakers(text);
  // "Speaker:: Keiko Anders, Raul Benitez": names under a label need no organisation to count.
  if (sp && (sp.strong || (labelled && sp.speakers.every((s) => s.name.length >= 2)))) return sp.speakers;
  // ("登壇：松本 悠（株式会社コトブキゲームス）／ 受付 18:40、リハ OK": a labelled person with their organisation, then the writer's
  // remark after a slash.)
  // (Not the title's field after it: "연사: 박서연 (넥스트웨이브) / 제목: Title" is a talk's line.)
  const slash = !sp && labelled ? /\s[/／]\s|\s?／\s?/u.exec(text) : null;
  const before = slash && !isTitleLabelled(text.slice(slash.index + slash[0].length).trim()) ? check.speakers(text.slice(0, slash.index)) : null;
  if (before?.strong && before.speakers.every((s) => s.org)) return before.speakers;
  // "株式会社みなみ銀行 IT統括部 … 主任 藤井 翔太 氏": a formal Japanese line, the affiliation first (its first word the
  // organisation), the department and title, then the name with its honorific.
  const formal = !sp && text.length <= 120 && (text.endsWith('氏') || text.endsWith('さん') || text.endsWith('様')) ? JA_AFFILIATION_THEN_NAME.exec(text.replace(SPEAKER_LABEL, '').trim()) : null;
  if (formal) return [{ name: formal[2].trim(), org: formal[1] }];
  // "Tilo Brandt, freelance": one name said to have no organisation.
  if (sp && sp.speakers.length === 1 && endsWithNoOrganisation(text)) return sp.speakers;
  // "jonas weidlich from parcelbird": a note typed on a phone in lower case (a known given name first).
  return text.length <= 60 && LOWER_FIRST.test(text) ? (lowerCaseSpeakers(text, check.names)?.speakers ?? null) : null;
}
const LOWER_FIRST = /^[a-z]/;
const JA_AFFILIATION_THEN_NAME = /^(\S{2,30}?)\s.{0,80}?\s(\p{sc=Han}{1,3}\s\p{sc=Han}{1,3})\s?(?:氏|さん|様)$/u;
/** "Speaker bio: Name (Org) has …", "Speaker bio: Name is a … at Org, …", "Speaker bio: Name, SRE at Org.": group 1 the name, 2 or 3 the organisation. */
const INLINE_BIO = /^[Ss]peaker(?:'s)?\s+[Bb]io\s*[:：]\s*(\p{Lu}[\p{Ll}'’]+(?:[ -]\p{Lu}[\p{Ll}'’]+){1,2})(?:\s*[(（]([^()（）]{2,40})[)）]|(?:,|\s+is)\s+[^.,;]{0,60}?\s(?:at|@)\s+(\p{Lu}[\p{L}&'’-]*(?:\s\p{Lu}[\p{L}&'’-]*){0,3}))?(?=[\s,.;(]|$)/u;
const SLOT_AFTER_SPEAKERS = /\s+[—–]\s+(?:(?:main\s+stage|(?:ball)?room|hall|stage|track|auditorium)\b[^—–]{0,24}|\d{1,2}:\d{2}[^—–]{0,16})$/iu;
/**
 * Whether speaker line `j` may end with the writer's remark after a dash: right under a talk's heading, the line
 * not emphasised like a title ("**Liis Tamm (Sõnarada OÜ) — One Vault Cluster**" under "# Baltic DevOps Day" is a talk).
 */
function remarkMayFollow(structure: NoteStructure, j: number): boolean {
  const above = j > 0 ? structure.info[j - 1] : undefined;
  if (!above || structure.lines[j].trimStart().startsWith('**')) return false;
  // (Or under a title line, indented deeper than it: "Title" then "  Name (Org) -- remark".)
  // (Or under a quoted title alone on its line, in the same paragraph: ""Title"" then "Name / Org — remark".)
  return (above.kind === LineKind.Heading && above.level >= 2) || (above.kind === LineKind.Paragraph && structure.info[j].kind === LineKind.Paragraph && (indentOf(structure.lines[j]) > indentOf(structure.lines[j - 1]) || (!structure.info[j].blockStart && QUOTED_ALONE.test(above.content))));
}
/** A name's role and organisation in square brackets at the end of a line, with an at sign or a comma between them. */
const ROLE_IN_SQUARE_BRACKETS = /\s*\[([^\[\]]{2,30}(?:\s@\s|,\s)[^\[\]]{2,40})\]$/u;
/** readSpeakerLine's lines with a dash that name people: after "발표"/"発表"/"登壇", or a name with its honorific before the organisation. */
function dashedSpeakerLine(text: string, check: Reader, remarkMayFollow: boolean): Speaker[] | null {
  const label = TALK_BY_DASH.exec(text);
  if (label) {
    const sp = check.speakers(text.slice(label[0].length));
    // ("발표 ─ 정하늘 씨 / 누리페이 DevOps팀": a team is where they work too.)
    return sp?.strong && sp.speakers.every((s) => s.org || s.role) ? sp.speakers : null;
  }
  // "최하은 (달빛모빌리티) — 원래 연사 사정으로 대타 발표": a full name and its organisation, then the writer's remark.
  // ("장현우 / 빌드웨이브 — 체크인 11:15, 자료 USB로 받음": the organisation after a slash.)
  const remark = remarkMayFollow ? (NAME_ORG_DASH_REMARK.exec(text) ?? NAME_SLASH_ORG_DASH_REMARK.exec(text)) : null;
  // (Not a quoted title after the dash: "Ken Ishida (Ishida Print) — "Title"" is a talk's line.)
  if (remark && !/^["“「『]/u.test(remark[3]) && (CJK_FULL_NAME.test(remark[1]) || LATIN_FULL_NAME.test(remark[1]))) {
    const sp = check.speakers(`${remark[1]} (${remark[2]})`);
    // (Unless the words after the dash name people too: "Kim Minsu (Acme) — Lee Jiwoo (Toss)".)
    const after = check.speakers(remark[3]);
    const namesAfter = after?.strong && after.speakers.some((s) => CJK_FULL_NAME.test(s.name) || LATIN_FULL_NAME.test(s.name));
    if (sp?.strong && sp.speakers.length === 1 && sp.speakers[0].org && !namesAfter) return sp.speakers;
  }
  // "Anja Vogel, Deutsche Bahn — no title on the slide": a full name, a comma, the organisation, then the writer's words in lower case.
  const commaRemark = NAME_COMMA_ORG_DASH_REMARK.exec(text);
  if (commaRemark && LATIN_FULL_NAME.test(commaRemark[1])) {
    const sp = check.speakers(`${commaRemark[1]} (${commaRemark[2]})`);
    if (sp?.strong && sp.speakers.length === 1 && sp.speakers[0].org) return sp.speakers;
  }
  const honorific = HONORIFIC_DASH_ORG.exec(text);
  if (!honorific) {
    // "임채원 — 모아커머스 관측성팀", "佐藤 花子 — 株式会社サンプル": a full Korean or Japanese name, a long dash, the organisation.
    // ("Ana Ruiz — Kelpway, Inc.": a Latin name of two or three words the same way.)
    // ("Kim Soo-ah — Vault Agent sidecars are a trap": words in lower case, a title's, not an organisation's.)
    const hyphen = LATIN_NAME_HYPHEN_ORG.exec(text);
    const named = NAME_DASH_ORG.exec(text) ?? LATIN_NAME_DASH_ORG.exec(text) ?? (hyphen && (isGivenName(hyphen[1].slice(0, hyphen[1].search(/\s/))) || !/\s/.test(hyphen[2])) ? hyphen : null);
    const sp = named && (CJK_FULL_NAME.test(named[1]) || LATIN_FULL_NAME.test(named[1])) && !LOWER_CASE_WORDS.test(named[2]) ? check.speakers(`${named[1]} (${named[2].trim()})`) : null;
    if (sp) return sp.strong && sp.speakers.length === 1 && sp.speakers[0].org ? sp.speakers : null;
    // ("Priya Raman, Chief Product Officer — HashiCorp", "Ken Oduya & Sam Petrov — Loopfreight": full names, maybe a role,
    // a long dash, the organisation of them all.)
    const dash = text.search(/\s[—–]\s/u);
    const after = dash > 0 ? text.slice(dash + 3) : '';
    // (Not a title before the dash: "**Golden paths** — Priya Raman (Northwind)".)
    const all = after && !/[—–]/u.test(after) && !LOWER_CASE_WORDS.test(after) && check.speakers(text.slice(0, dash))?.strong ? check.speakers(text) : null;
    return all?.strong && all.speakers.every((s) => s.org && (CJK_FULL_NAME.test(s.name) || LATIN_FULL_NAME.test(s.name))) ? all.speakers : null;
  }
  // ("프리랜서 (전 해운물류 회사 인프라팀)": a remark in brackets after the organisation.)
  const org = honorific[2].replace(/\s*[(（][^()（）]*[)）]\s*$/u, '').trim();
  const sp = org ? check.speakers(`${honorific[1]} (${org})`) : null;
  return sp?.strong && sp.speakers.length === 1 ? sp.speakers : null;
}
/** Two words in lower case (other than of, and, for, the …): a phrase, not an organisation's name. */
const LOWER_CASE_WORDS = /(?:^|\s)(?!(?:of|and|for|the|de|du|und|van|von|at|in|on)\s)\p{Ll}\p{L}*\s+(?:\S+\s+)*?(?!(?:of|and|for|the|de|du|und|van|von|at|in|on)(?:\s|$))\p{Ll}\p{L}*(?:\s|$)/u;
/** "발표: ", "登壇：", "発表：": the word for the talk, a colon, then who gave it. */
const GIVEN_BY_LABEL = /^(?:발표|登壇|発表)\s*[:：]\s*\S/u;
const TALK_BY_DASH = /^(?:발표|発表|登壇)\s*[-–—―─]\s+/u;
const LATIN_FULL_NAME = /^\p{Lu}[\p{Ll}'-]+(?:\s+\p{Lu}[\p{Ll}'-]+){1,2}$/u;
const LATIN_NAME_DASH_ORG = /^(\p{Lu}[\p{Ll}'-]+(?:\s+\p{Lu}[\p{Ll}'-]+){1,2})\s+[—–]\s+([^-–—()（）]{2,40})$/u;
/**
 * "Katrin Vogel - Enpal (she moved from Solaris last year)": a hyphen, one short organisation, the writer's remark in
 * brackets; read when the first word is a known given name or the organisation one word ("Vector Search - Jane Doe" is a talk).
 */
const LATIN_NAME_HYPHEN_ORG = /^(\p{Lu}[\p{Ll}'-]+\s+\p{Lu}[\p{Ll}'-]+)\s+-\s+(\p{Lu}[^-–—(),（）]{1,30}?)(?:\s*[(（][^()（）]{2,60}[)）])?$/u;
const NAME_DASH_ORG = /^([^-–—()（）\s]{2,4}|[^-–—()（）\s]{1,4}[ 　][^-–—()（）\s]{1,4})\s+[—–]\s+([^-–—()（）]{2,30})$/u;
const NAME_ORG_DASH_REMARK = /^([^-–—()（）]{2,30}?)\s*[(（]([^()（）]{2,40})[)）]\s+[-–—]\s+(\S.{1,80})$/u;
const NAME_SLASH_ORG_DASH_REMARK = /^([^-–—/／()（）]{2,30}?)\s+[/／]\s+([^-–—/／()（）]{2,40}?)\s+[—–]\s+(\S.{1,80})$/u;
const NAME_COMMA_ORG_DASH_REMARK = /^([^-–—(),（）]{4,30}?),\s+(\p{Lu}[^-–—(),（）]{1,40}?)\s+[—–]\s+(\p{Ll}+\s\S.{1,80})$/u;
const HONORIFIC_DASH_ORG = /^([^-–—()（）]{1,20}?(?:님|さん|氏))\s+[-–—]\s+([^-–—]{2,60})$/u;

/** A speaker and their organisation in brackets (or with an honorific), a full stop, more words. */
const SPEAKER_THEN_SENTENCE = /^([^.。()（）]{2,40}(?:[(（][^()（）]{2,40}[)）]|님|さん|氏))\s*[.。]\s*\S/u;

/** The first letters of speakerSentence's labels. */
const SENTENCE_FIRST = '발연発登講ス話';
/** "…さんによる発表。", "…さんが発表。", "…님이 발표했다.": a sentence that ends saying someone gave the talk. */
const GAVE_AT_END = new RegExp(GAVE_THE_TALK_END, 'u');
/** "/cc @infra-team", "cc: @sre". */
const CARBON_COPY = /^\/?cc\b\s*[:：]?\s*@/i;

/** "【セッション】", "[Talk]", "【키노트】" before a title: the kind of an entry of the programme, in brackets. */
/** "Mikkel Sorensen on Retiring Chef Server": a person's name of two to four capitalised words (with "van", "de" …), "on", a title. */
const NAME_ON_TITLE = /^(\p{Lu}[\p{Ll}'’-]+(?:\s(?:van|de|der|den|von|da|di|le|la|\p{Lu}[\p{Ll}'’-]+)){1,3})\s+on\s+(\p{Lu}.{3,})$/u;

/** How many lines before the footer (each with a line after it) pass `test`: a shape a reader trusts only when the note repeats it. */
function countLines(footerLine: number, test: (i: number) => boolean): number {
  let n = 0;
  for (let i = 0; i + 1 < footerLine; i++) if (test(i)) n++;
  return n;
}

/** The paragraphs of a note that read "Name on Title" with a list under them. */
function countNameOnTitle(structure: NoteStructure, footerLine: number): number {
  const { info } = structure;
  return countLines(footerLine, (i) => info[i].kind === LineKind.Paragraph && info[i].blockStart && info[i + 1].kind === LineKind.ListItem && NAME_ON_TITLE.test(info[i].content));
}

/** "登壇　長谷川 誠 氏（…）", "登壇者：…", "Speaker: …": a speakers' label, with a colon or a space after it. */
// ("패널 — 민경태 (씨앤웨이브), 오하늘 (…)": a panel's people.)
const SPEAKER_BELOW = /^(?:(?:\u{1F464}|\u{1F465}|\u{1F5E3})\uFE0F?\s*(?=[^\s\p{Extended_Pictographic}])|(?:[\p{Extended_Pictographic}\uFE0F\u200D]+\s*)?(?:登壇者?|発表者?|講演者?|講師|パネリスト|パネラー|speakers?(?:\(s\))?|panelists?|발표자?|연사|패널(?:리스트)?)(?:\s*[:：—–]\s*|[\s\u3000]+)\S)/iu;
/** "LT1: Title / Name", "Session 3 – …", "세션 2: …", "発表1：…": a numbered session's label opens an entry, even as a paragraph's next line. */
// ("LT1 "Title" 정민수 님": a numbered lightning talk, its title quoted.)
const NUMBERED_SESSION_LEAD = /^(?:(?:LT|lightning\s+talk|session|talk|세션|발표|セッション|発表|講演)\s*#?\s*\d{1,2}\s*[:：.\-–—)]\s*\S|LT\s*\d{1,2}\s+["“「『])/iu;
const MARK_BEFORE_BRACKET = new RegExp(`^[${LABEL_MARKS}]\\s*[【\\[]`, 'u');
const BRACKET_SESSION = /^(?:【|\[)\s*(?:セッション|キーノート|基調講演|ライトニングトーク|LT|session|talk|keynote|track|세션|발표|키노트|트랙)[^】\]]{0,12}(?:】|\])\s*\S/iu;

/**
 * The lines of a log of messages stamped with the minute they were written ("오후 2:13 1세션 …",
 * "오후 2:15 blameless 강조"): six timed lines or more, close together, many of them at a minute a
 * timetable never uses (a programme's slots start on the fives: 19:00, 19:05, 10:45). Null when
 * the note has none.
 */
export function messageLog(structure: NoteStructure, footerLine: number): Set<number> | null {
  const { info } = structure;
  let out: Set<number> | null = null;
  let run: number[] = [];
  let odd = 0;
  /** Lines that end with a hashtag: posts ("10:24 k8s10周年 … #CNDW2024"), whatever their minutes. */
  let tagged = 0;
  let gap = 0;
  const close = (): void => {
    if (run.length >= 6 && (odd * 5 >= run.length * 2 || tagged * 2 >= run.length)) {
      out ??= new Set();
      for (const line of run) out.add(line);
    }
    run = [];
    odd = 0;
    tagged = 0;
  };
  for (let i = 0; i < footerLine; i++) {
    const li = info[i];
    // (Nor does a code block in a message: "10:41 — the alert rule from her slide" then "```promql".)
    if (li.kind === LineKind.Blank || li.kind === LineKind.Code) continue;
    // ("| 10:33 | 클러스터 9개를 … |": a table of the minutes and what happened, its first cell the time.)
    const text = li.kind === LineKind.Table ? messageText(structure, i) : li.content;
    const c = text.charCodeAt(0);
    // (Its first character tells most lines apart: a digit, 오 or 午.)
    // ("[00:06:30] shows the RBAC policies": a recording's notes, a time in brackets.)
    const m = text.length > 3 && ((c >= 48 && c <= 57) || c === 0xc624 || c === 0x5348 || c === 91 || c === 0x3010 || c === 96) ? CLOCK_START.exec(text) : null;
    if (!m) {
      // (A line or two without a time, a message's second line, do not end the log.)
      if (++gap > 2) close();
      continue;
    }
    gap = 0;
    run.push(i);
    if (Number(m[1]) % 5 !== 0) odd++;
    if (li.content.includes(' #') && TRAILING_HASHTAG.test(li.content)) tagged++;
  }
  close();
  return out;
}

const TRAILING_HASHTAG = /\s#[^\s#]+\s*$/u;

/** Whether a line starts with a day of the year, any year: "Wed June 12, …", "2024-05-23 …", "4/20(토) …". */
function isDayLine(text: string): boolean {
  const found = findDates(text)[0];
  if (found) return found.start <= 4;
  const md = monthDayOfAnyYear(text.replace(LEADING_WEEKDAY, ''));
  return md !== null && md.start === 0;
}

const LEADING_WEEKDAY = new RegExp(String.raw`^\s*${EN_WEEKDAY}\.?,?\s*`, 'iu');

/** A month and day in `text` whatever the year: its weekday in parentheses ("4/20(토)") is left out, as it fits one year only. */
function monthDayOfAnyYear(text: string): FoundDate | null {
  return findMonthDay(text.replace(/[(（][^()（）]{1,4}[)）]/gu, ''), 2000);
}

/** `log`: the note's log of messages (messageLog), whose timed lines are talks only when they name their speakers. */
/**
 * What a line's reading finds about it before its kind's own rules: whether it may open an entry, and how (see candidateLine).
 */
interface EntryMarks {
  blockStart: boolean;
  labelled: boolean;
  bracketSession: boolean;
  quotedLead: boolean;
  outlineStart: boolean;
  afterLazyTalk: boolean;
  outlineHeading: boolean;
  itemSpeakerLine: number;
  session: boolean;
  labelBelow: boolean;
  /** "■ 2. Title", a blank line, then "- 발표자: …": a post's numbered section over its speakers' labelled item (the line). */
  labelAfterBlank: number;
}

/**
 * collectCandidates' pass over a note's lines: what it is given, and what it keeps from line to line. Each reading of a
 * line is a function of its own (V8 compiles and, when a rare line deoptimises one, recompiles them one by one: the pass
 * as one function of 800 lines took 0.2-0.3 s to compile each time, a dozen times over the 10k corpus).
 */
interface CandidateScan {
  readonly structure: NoteStructure;
  readonly lines: string[];
  readonly info: LineInfo[];
  readonly chrome: Set<number>;
  readonly footerLine: number;
  readonly check: Reader;
  readonly out: Candidate[];
  readonly agenda: AgendaEntry[];
  readonly log: Set<number> | null;
  /** Whether the note's times on its lines are positions in a recording (recordingPositions), found on first need. */
  recording: boolean | undefined;
  /** List items' lines → whether they name an event or a day (nestedTalk asks once per item). */
  readonly eventItems: Map<number, ItemGroup>;
  /** The line of the last item that began at each depth of the list going on (parentItem's answer, kept as the lines go by). */
  readonly itemAt: number[];
  /** Lines that only say what kind of session the heading above them is ("Keynote"): no title of their own. */
  readonly kindLines: Set<number>;
  /** The note read as a people log (people-log.ts), or null. */
  readonly people: PeopleLog | null;
  tableColumns: TableColumns | null;
  tabColumns: TableColumns | null;
  spacedColumns: TableColumns | null;
  csvColumns: TableColumns | null;
  /** What separates the cells of the CSV rows under csvColumns' header. */
  csvSeparator: CsvSeparator;
  /** The last line of a tab-separated row whose quoted cells hold line breaks (readQuotedRowLines), -1 before one. */
  tabRowLast: number;
  csvQuoteOpen: boolean;
  csvRowClosed: boolean;
  wideColumns: TableColumns | null;
  /** Inside a table drawn in ASCII: its header's columns (null before the header); undefined outside one. */
  boxColumns: TableColumns | null | undefined;
  /** The header of a table typed without its outer bars ("LT | title | speaker | org"), while its rows go on. */
  openBarColumns: TableColumns | null;
  /** Inside a MediaWiki table ("{|" to "|}"): its header's columns (null before the header); undefined outside one. */
  wikiColumns: TableColumns | null | undefined;
  /** How many paragraphs read "Name on Title" with a list under them (counted when the first is met). */
  nameOnTitleLines: number | undefined;
  /** How many lines read "FirstName: Title" with a list under them (counted when the first is met). */
  firstNameTitles: number | undefined;
  /** Footnotes' labels → their lines ("[^1]: 登壇者：…"), read on the first line that refers to one. */
  footnotes: Map<string, number> | undefined;
  /** How many paragraphs open with a line of speakers and their organisations, a title under it (counted when the first is met). */
  speakersAboveLines: number | undefined;
  /** How many paragraphs open with "Name — Title" over their notes (counted when the first is met). */
  speakersDashLines: number | undefined;
  /** The talks read from a wrapped paragraph's sentences: another rule's reading of their sentences' lines gives way to them. */
  wrappedProse: ToldTalk[];
}

export function collectCandidates(structure: NoteStructure, chrome: Set<number>, footerLine: number, check: Reader, out: Candidate[], agenda: AgendaEntry[], log: Set<number> | null): void {
  const { lines, info } = structure;
  const scan: CandidateScan = {
    structure, lines, info, chrome, footerLine, check, out, agenda, log,
    eventItems: new Map(), itemAt: [], kindLines: new Set(), people: peopleLog(structure, footerLine, check),
    tableColumns: null, openBarColumns: null, tabColumns: null, spacedColumns: null, csvColumns: null, csvSeparator: ',', tabRowLast: -1, csvQuoteOpen: false, csvRowClosed: false, wideColumns: null, boxColumns: undefined, wikiColumns: undefined,
    nameOnTitleLines: undefined, firstNameTitles: undefined, footnotes: undefined, speakersAboveLines: undefined, speakersDashLines: undefined,
    wrappedProse: [],
    recording: undefined,
  };
  // A note kept by the people the writer met: their entries' lines name no talk, the talks under them are theirs.
  const { itemAt, kindLines, people } = scan;
  let timetableCode = false;
  // "**목차**", "Table of contents", "目次" then a list: the post's own sections, no talks.
  let inContents = false;
  // Inside a section whose heading says its people gave no talk ("## 복도에서 (발표 안 하신 분들)"): the level of its heading.
  let noTalksLevel = 0;
  for (let i = 0; i < footerLine; i++) {
    const li = info[i];
    if (kindLines.has(i)) continue;
    if (li.kind === LineKind.Heading) noTalksLevel = noTalksLevel && li.level > noTalksLevel ? noTalksLevel : NO_TALKS_SECTION.test(li.content) ? li.level : 0;
    if (noTalksLevel) continue;
    if (inContents) {
      if (li.kind === LineKind.ListItem || li.kind === LineKind.Blank) continue;
      inContents = false;
    }
    if ((li.kind === LineKind.Paragraph || li.kind === LineKind.Heading) && li.content.length <= 24 && CONTENTS_LABEL.test(li.content)) {
      inContents = true;
      continue;
    }
    if (li.kind === LineKind.ListItem) {
      if (li.blockStart) {
        itemAt[li.level] = i;
        itemAt.length = li.level + 1;
      }
    } else if (li.kind !== LineKind.Blank && itemAt.length) {
      // (Only when it changes: setting an array's length is a call into V8's runtime, on most lines of a note.)
      itemAt.length = 0;
    }
    if (li.kind === LineKind.Code && (i === 0 || info[i - 1].kind !== LineKind.Code)) timetableCode = isTimetableCode(structure, i);
    if (chrome.has(i)) continue;
    if (people) {
      const talk = people.talks.get(i);
      if (talk) {
        out.push(talk);
        continue;
      }
      if (people.quiet.has(i)) continue;
    }
    if (tableRow(scan, i)) continue;
    if (li.kind !== LineKind.Heading && li.kind !== LineKind.Paragraph && li.kind !== LineKind.ListItem && !(li.kind === LineKind.Code && timetableCode)) continue;
    // ("1. 「Title」" then "   → "Translation"": the title's translation right under a talk's title is no talk of its own.)
    if (out.length && out[out.length - 1].line < i && out[out.length - 1].line === previousContentLine(structure, i, -1) && isTranslationLine(structure, i)) continue;
    // ("質問者：鈴木さん「…？」", "Q (Tom, Acme): …", "Q2) …", "질문자: 김OO님": a question from the floor or its answer, no talk.)
    if (li.content.length > 0 && QUESTION_FIRST.includes(li.content[0]) && QUESTION_LINE.test(li.content)) continue;
    // ("> 💬 @kim: Flux との違いは?", "🗨️ Tom: any plans for v2?": a speech balloon leads someone's message, no talk.)
    if (li.content.charCodeAt(0) === 0xd83d && SPEECH_BALLOON.test(li.content)) continue;
    const told = sentenceTalk(scan, i);
    if (told >= 0) {
      i = told;
      continue;
    }
    const placed = placedTalk(scan, i);
    if (placed >= 0) {
      i = placed;
      continue;
    }
    i = candidateLine(scan, i);
  }
  // (A line of a wrapped paragraph is read alone too, as if the sentence ended at the line's end: "First up was Name from
  // Org with" then "'Title'. Nothing radically new": the sentence's reading is the one kept.)
  if (scan.wrappedProse.length) {
    const kept = out.filter((c) => scan.wrappedProse.every((t) => t.talk === c || c.line < t.from || c.line > t.to));
    out.length = 0;
    out.push(...kept);
  }
}

/** A row of a table of any drawing (ASCII, markdown, spaces, tabs, full-width bars, CSV) read into the agenda: true when the line was one. */
function tableRow(scan: CandidateScan, i: number): boolean {
  const { structure, lines, info, footerLine, check, agenda } = scan;
  const li = info[i];
  // "{| class="wikitable"", "! Time !! Title !! Speaker", "|-", "| 14:00 || Title || Name (Org)", "|}": a MediaWiki table.
  if (scan.wikiColumns !== undefined || (lines[i].charCodeAt(0) === 123 && lines[i].startsWith('{|'))) {
    const c0 = lines[i].charCodeAt(0);
    if (c0 === 123) scan.wikiColumns = null;
    else if (lines[i].startsWith('|}')) scan.wikiColumns = undefined;
    else if (c0 === 33) scan.wikiColumns = columnsOf(lines[i], i, 'wiki');
    else if (c0 === 124 && !lines[i].startsWith('|-') && !lines[i].startsWith('|+') && scan.wikiColumns) readAgendaRow(structure, i, check, agenda, scan.wikiColumns, 'wiki');
    else if (c0 !== 124 && c0 !== 33) scan.wikiColumns = undefined;
    if (scan.wikiColumns !== undefined || lines[i].startsWith('|}')) return true;
  }
  // "+-------+---------+" borders around "| 09:45 | Title | Name, Org |" rows: a table drawn in ASCII, its
  // header the first row; read as a markdown table's rows are.
  if (li.kind === LineKind.Paragraph && (lines[i].charCodeAt(li.contentStart) === 43 || lines[i].charCodeAt(li.contentStart) === 124 || lines[i].charCodeAt(li.contentStart) === 94)) {
    if (BOX_BORDER.test(lines[i])) {
      scan.boxColumns ??= null;
      return true;
    }
    if (scan.boxColumns !== undefined && BOX_ROW.test(lines[i])) {
      if (scan.boxColumns) readAgendaRow(structure, i, check, agenda, scan.boxColumns);
      else scan.boxColumns = columnsOf(lines[i], i);
      return true;
    }
    // ("| 時間 | 内容 | 登壇者 |" then "| 19:10〜19:40 | Title | Name（Org） |" with no "|---|" under the header: rows
    // markdown reads as a paragraph, read by the header's columns.)
    // (Backlog's wiki marks its header row with an "h" after the last bar: "|時間|タイトル|登壇者|h"; DokuWiki draws it
    // with carets: "^ 시간 ^ 제목 ^ 발표자 ^".)
    // (Confluence's wiki marks its header cells with double bars: "|| Time || Session || Speaker(s) ||".)
    const headerRow = BOX_ROW.test(lines[i]) ? (lines[i].includes('||') && /^\s*\|\|.*\|\|\s*$/u.test(lines[i]) ? lines[i].replace(/\|\|/g, '|') : lines[i]) : WIKI_HEADER_ROW.test(lines[i]) ? lines[i].replace(/h\s*$/, '').replace(/\^/g, '|') : null;
    if (scan.boxColumns === undefined && (i === 0 || !BOX_ROW.test(lines[i - 1])) && headerRow && i + 1 < footerLine && BOX_ROW.test(lines[i + 1]) && !/^[\s|:-]+$/.test(lines[i + 1])) {
      const header = columnsOf(headerRow, i);
      if (header) {
        scan.boxColumns = header;
        return true;
      }
    }
  }
  scan.boxColumns = undefined;
  // "LT | title | speaker | org | my notes" then "01 | Title | Name | Org | …": a table typed without its outer bars or a
  // line under its header; a row of as many cells (a cancelled slot's shorter line is skipped).
  // ("time | talk | who" over "-----+------+-----": a line drawn under the header, and rows whose first cells are empty.)
  if (scan.openBarColumns && li.kind === LineKind.Paragraph && /^[-+|=: ]+$/u.test(lines[i])) return true;
  if (li.kind === LineKind.Paragraph && (scan.openBarColumns ? lines[i].includes('|') : lines[i].charCodeAt(li.contentStart) !== 124 && lines[i].includes(' | '))) {
    const columns = scan.openBarColumns;
    if (columns) {
      if (cellCount(lines[i], 124) === columns.cells) readAgendaRow(structure, i, check, agenda, columns);
      return true;
    }
    const header = li.blockStart && cellCount(lines[i], 124) >= 3 && i + 1 < footerLine && info[i + 1].kind === LineKind.Paragraph && !info[i + 1].blockStart ? columnsOf(lines[i], i) : null;
    if (header) {
      scan.openBarColumns = header;
      return true;
    }
  } else if (li.kind !== LineKind.Blank) scan.openBarColumns = null;
  if (li.kind === LineKind.Table) {
    if (i === 0 || info[i - 1].kind !== LineKind.Table) scan.tableColumns = columnsOf(lines[i], i);
    // (A log kept in a table, "| 10:30 | 아셈볼룸 201호. 임도현님 (Org) "Title" |": its rows are messages, read as the log's.)
    if (scan.log?.has(i)) {
      readLogMessage(scan, i, scan.log);
      return true;
    }
    readAgendaRow(structure, i, check, agenda, scan.tableColumns);
    return true;
  }
  // "時間   内容   登壇者" then " 13:10-13:40   Title   Name (Org)": a timetable in columns of spaces (a plain
  // text's; a drawn line under it may have made its rows a heading). Its rows have as many cells as its header.
  if ((li.kind === LineKind.Paragraph || li.kind === LineKind.Heading) && (li.content.includes('  ') || li.content.includes('\u3000'))) {
    const header: TableColumns | null = scan.spacedColumns ? null : columnsOf(lines[i], i, 'spaces');
    if (header) scan.spacedColumns = header;
    else if (scan.spacedColumns && isSpacedRow(lines[i], scan.spacedColumns.cells)) readAgendaRow(structure, i, check, agenda, scan.spacedColumns, 'spaces');
    if (header || scan.spacedColumns) return true;
  } else if (li.kind !== LineKind.Blank && li.kind !== LineKind.Rule) scan.spacedColumns = null;
  // (The lines of a row whose quoted cells hold line breaks, read with its first.)
  if (scan.tabColumns && i <= scan.tabRowLast) return true;
  // ("⇥Ignite: Title⇥Name⇥Org": a row under a merged cell, its first cell left empty.)
  // (Its line starts with a tab, so it is no isTabRow.)
  const underMerged = scan.tabColumns !== null && lines[i].charCodeAt(0) === 9 && cellCount(lines[i], 9) >= scan.tabColumns.cells;
  // ("11:00⇥"Title": a row's first line, a quoted cell going on below it.)
  const firstTab = lines[i].indexOf('\t');
  const quoteOpen = firstTab >= 0 && quoteCount(lines[i]) % 2 === 1;
  const openRow = quoteOpen && scan.tabColumns !== null && !underMerged && firstTab > 0;
  // (A sheet's rows pasted into a code block keep their tabs: "```" then "#⇥when⇥title⇥who⇥memo".)
  if (((li.kind === LineKind.Paragraph || li.kind === LineKind.Code) && firstTab >= 0 && (isTabRow(lines[i]) || openRow)) || underMerged) {
    // The header's columns hold for the rows under it, notes indented by tabs between them.
    if (!underMerged && !openRow) scan.tabColumns = columnsOf(lines[i], i, 'tabs') ?? scan.tabColumns;
    if (scan.tabColumns) {
      // ("11:00⇥"Title" then "subtitle"⇥Name⇥Org": a quote left open goes on to the line that closes it.)
      let last = i;
      if (quoteOpen) {
        let open = true;
        for (let k = i + 1; k < footerLine && k <= i + 12 && open; k++) {
          if (quoteCount(lines[k]) % 2 === 1) open = false;
          last = k;
        }
        if (open) last = i;
      }
      if (last > i) {
        scan.tabRowLast = last;
        readQuotedRowLines(structure, i, last, check, agenda, scan.tabColumns);
      } else readAgendaRow(structure, i, check, agenda, scan.tabColumns, 'tabs');
      return true;
    }
  } else if (li.kind !== LineKind.Blank && lines[i].charCodeAt(0) !== 9) scan.tabColumns = null;
  // "｜時間｜タイトル｜登壇者｜所属｜" then "｜19:15｜Title｜Name｜Org｜": a table drawn with full-width bars, read as a markdown table is.
  if (li.kind === LineKind.Paragraph && isWideBarRow(lines[i])) {
    if (li.blockStart || !scan.wideColumns) scan.wideColumns = columnsOf(lines[i], i, 'wide');
    else readAgendaRow(structure, i, check, agenda, scan.wideColumns, 'wide');
    if (scan.wideColumns) return true;
  } else if (li.kind !== LineKind.Blank) scan.wideColumns = null;
  // "time,title,speaker,company" then "19:00,Title,Name,Org": a CSV schedule, one paragraph; its rows have as many cells as its header.
  // (A cell in double quotes may hold line breaks, a database's memo exported as CSV: its lines, of any kind, are
  // the row's until the quote closes, and the next row may start a paragraph of its own.)
  if (scan.csvColumns && scan.csvQuoteOpen) {
    if (quoteCount(lines[i]) % 2 === 1) {
      scan.csvQuoteOpen = false;
      scan.csvRowClosed = true;
    }
    return true;
  }
  // (After a quoted cell's last line, markdown may read the next row as that line's continuation, inside a list's item.)
  if (li.kind === LineKind.Paragraph || (scan.csvColumns && li.kind === LineKind.ListItem && (scan.csvRowClosed || !li.blockStart))) {
    // (A row whose quoted cell holds line breaks is read with the lines it takes: "1,10:30,"Title",Name,"memo" then "more memo",5".)
    const last = scan.csvColumns && (!li.blockStart || scan.csvRowClosed || quoteCount(lines[i]) % 2 === 1) ? csvRowEnd(lines, i, footerLine, scan.csvColumns.cells, scan.csvSeparator) : -1;
    if (scan.csvColumns && last >= 0) {
      readCsvRow(structure, i, last, check, agenda, scan.csvColumns, scan.csvSeparator);
      scan.csvQuoteOpen = quoteCount(lines[i]) % 2 === 1;
      scan.csvRowClosed = false;
      return true;
    }
    scan.csvRowClosed = false;
    scan.csvSeparator = csvSeparatorOf(lines[i]);
    scan.csvColumns = li.blockStart && mayBeCsvHeader(lines[i], scan.csvSeparator) ? columnsOf(lines[i], i, csvCellsBy(scan.csvSeparator)) : null;
    if (scan.csvColumns) return true;
  } else {
    scan.csvColumns = null;
    scan.csvRowClosed = false;
  }
  return false;
}

/** A talk told in a line's sentence ("… walked us through \"Title\"", "김도윤님이 발표하신 「…」"); the line to go on after it, or -1. */
function sentenceTalk(scan: CandidateScan, i: number): number {
  const { structure, lines, info, footerLine, check, out } = scan;
  const li = info[i];
  const content = li.content;
  // "## Track B 11:00〜11:40" then "**Title**" then "【登壇者】" and "- Name（Org）": a slot's heading, the title in bold under it.
  const slotted = li.kind === LineKind.Heading && content.length <= 40 && hasDigit(content) ? boldTitleUnderSlot(structure, i, footerLine, check) : null;
  if (slotted) {
    out.push(slotted);
    return slotted.speakerLine ?? slotted.line;
  }
  // "SUMMARY:Title" then "DESCRIPTION:Speaker: Name, role @ Org" in the same VEVENT: a calendar's entries pasted as text.
  if (content.charCodeAt(0) === 83 && content.startsWith('SUMMARY:')) {
    const entry = calendarEntry(structure, i, check);
    if (entry) out.push(entry);
    return i;
  }
  // "**최유리**: [라이트닝] Title": a name in bold, a colon, the title (a full Korean or Japanese name, or one with an honorific).
  if (li.kind === LineKind.Paragraph && li.blockStart && lines[i].charCodeAt(li.contentStart) === 42) {
    const bold = BOLD_NAME_COLON.exec(lines[i].slice(li.contentStart));
    const sp = bold ? check.speakers(bold[1]) : null;
    // (With an organisation, "**정우진 (AWS)**: Title", the line reads as a talk line below.)
    const parsed = sp?.strong && sp.speakers.length === 1 && !sp.speakers[0].org && CJK_FULL_NAME.test(bold![1]) ? check.talkLine(bold![2]) : null;
    if (parsed && parsed.title && !parsed.speakers.length && !isNonTalkTitle(parsed.title)) {
      parsed.speakers = sp!.speakers;
      parsed.strongSpeakers = true;
      out.push({ line: i, parsed, speakerLine: null, source: 'plain', level: 0, evidence: true });
      return i;
    }
  }
  // "Next up, Marcus Oyelaran of Tidewater Health walked us through "Dynamic Secrets or Bust", …".
  // (Any line of a paragraph when a quotation is followed by "by" or a dash: a thread's post under its author's line;
  // or a recording's timed line with a quotation: "[00:04:20] Marit introduces … who will talk about "Title"".)
  const quoting = content.includes('"') || content.includes('“');
  if (li.kind === LineKind.Paragraph && content.length > 40 && (li.blockStart || (quoting && (content.includes(' by ') || content.includes(' — ') || content.includes(' – ') || content.includes('" - ') || (content.charCodeAt(0) === 91 && RECORDING_TIME.test(content)))))) {
    // (Read with its bold kept when the sentence has no quotation: "… talked about **Title**".)
    const one = parseProseTalk(!content.includes('"') && !content.includes('“') && lines[i].includes('**') ? lines[i].slice(li.contentStart) : content, check.names);
    // ("… by Miriam Osei" then "(Fernwald Logistics). Not very …": the organisation may be on the next line.)
    const wrapped = !one || (one.speakers.some((sp) => !sp.org) && content.replace(/[\s,]+$/u, '').endsWith(one.speakers[one.speakers.length - 1].name)) ? wrappedProseTalk(structure, i, check) : null;
    const prose = wrapped && (!one || (wrapped.title === one.title && wrapped.speakers.every((sp) => sp.org))) ? wrapped : one;
    if (prose) {
      out.push({ line: i, parsed: prose, speakerLine: null, source: 'plain', level: 0, evidence: true, prose: true });
      return i;
    }
  }
  // "Mikkel Sorensen on Retiring Chef Server: 600 Nodes Later" with its notes listed under it, in a note
  // that writes two or more talks so: the speaker first, "on", the title.
  if (li.kind === LineKind.Paragraph && li.blockStart && content.includes(' on ') && i + 1 < footerLine && info[i + 1].kind === LineKind.ListItem) {
    const on = NAME_ON_TITLE.exec(content);
    if (on && (scan.nameOnTitleLines ??= countNameOnTitle(structure, footerLine)) >= 2) {
      const sp = parseSpeakers(on[1], check.names);
      if (sp && sp.speakers.length === 1 && !isNonTalkTitle(on[2])) {
        const parsed: TalkLine = { title: on[2], speakers: sp.speakers, strongSpeakers: true, keynote: isKeynote(on[2]), quoted: false, titleStart: on[1].length + 4, titleEnd: content.length, time: null };
        out.push({ line: i, parsed, speakerLine: null, source: 'plain', level: 0, evidence: true });
        return i;
      }
    }
  }
  // "**Keisha Morgan** (Tallwater Health) opened day 1 with "Pager Fatigue …". …": a paragraph led by its speakers in bold.
  if (li.kind === LineKind.Paragraph && li.blockStart && lines[i].startsWith('**', li.contentStart) && (content.includes('"') || content.includes('“'))) {
    const bold = boldLeadTalk(lines[i].slice(li.contentStart), content, check);
    if (bold) {
      out.push({ line: i, parsed: bold, speakerLine: null, source: 'plain', level: 0, evidence: true, prose: true });
      return i;
    }
  }
  // "トップバッターはLINEヤフーの中村 大輔さんで、タイトルは" then "「Title」。", "Next up was Priya Raman from Tessellate, who
  // walked us through" then ""Title". …": a recap's sentence wrapped right before its title, read joined; the talk is
  // the title's line.
  if (li.kind === LineKind.Paragraph && i + 1 < footerLine && info[i + 1].kind === LineKind.Paragraph && !info[i + 1].blockStart && TITLE_QUOTE_FIRST.test(info[i + 1].content) && !QUOTE_MARK.test(content)) {
    const titled = titleWrappedBelow(content, info[i + 1].content, check);
    if (titled) {
      out.push({ line: i + 1, parsed: titled, speakerLine: i, source: 'plain', level: 0, evidence: true, prose: true });
      return i + 1;
    }
  }
  // "첫 번째 세션은 클라우드브릭스의 김도윤님이 발표하신 「…」였는데요", "株式会社カゼミチの田中さんが「…」について話していた": any line of a paragraph.
  // ("山田 健太さんで、タイトルは *Title*。": a plain text's title in asterisks.)
  // ("→ 세 번째는 윤슬기 님의 「…」": a list's item too.)
  if ((li.kind === LineKind.Paragraph || (li.kind === LineKind.ListItem && li.level === 1 && li.blockStart)) && (content.includes('님') ? /[「『'‘"“*]/u.test(content) : (content.includes('「') || content.includes('『') || content.includes('*')) && (content.includes('さん') || content.includes('氏')))) {
    const prose = parseCjkProseTalk(content, check.names);
    // (Not the paragraph under a heading of the same title: the heading is the talk, this line its speakers.)
    const p = prose ? previousContentLine(structure, i, -1) : -1;
    if (prose && !(p >= 0 && info[p].kind === LineKind.Heading && nameKey(info[p].content).endsWith(nameKey(prose.title)))) {
      // ("두 번째: "Title" - 박서연 님, 누리핀테크": read as a talk line, the organisation after the name is kept.)
      const line = prose.speakers.some((sp) => !sp.org) ? check.talkLine(content) : null;
      const parsed = line && line.title === prose.title && line.strongSpeakers && line.speakers.length === prose.speakers.length && line.speakers.every((sp) => sp.org) ? line : prose;
      out.push({ line: i, parsed, speakerLine: null, source: li.kind === LineKind.ListItem ? 'bullet' : 'plain', level: 0, evidence: true, prose: true });
      return i;
    }
  }
  // "첫 발표는 **…**이었고 발표자는 배소연 님(구름다리소프트).": the same told in another order (not a line under a heading,
  // which is the talk, this line its speakers). Read in the line as written: the content has lost its bold marks.
  // ("2. 中洲リンクス株式会社の松尾さんの発表 → [Title](url)": a top-level item told so, its title a link's text.)
  if ((li.kind === LineKind.Paragraph || (li.kind === LineKind.ListItem && li.level === 1 && li.blockStart)) && (content.includes('님') || content.includes('さん') || content.includes('氏'))) {
    const p = previousContentLine(structure, i, -1);
    const prose = p >= 0 && info[p].kind === LineKind.Heading ? null : markedTitleWithPerson(lines[i].slice(li.contentStart, li.contentEnd), check.names);
    if (prose) {
      out.push({ line: i, parsed: prose, speakerLine: null, source: 'plain', level: 0, evidence: true, prose: true });
      return i;
    }
  }
  return -1;
}

/** A talk told by where its lines stand (a footnote, a chat's messages, a name then a dash or a colon, a line announcing the next); the line to go on after it, or -1. */
function placedTalk(scan: CandidateScan, i: number): number {
  const { structure, lines, info, footerLine, check, out } = scan;
  const li = info[i];
  const content = li.content;
  // ("범례: [x] = 들음 / [ ] = 못 들음", "Legend: ★ = my rating": what the page's marks mean.)
  if (li.kind !== LineKind.Heading && (content.charCodeAt(0) === 0xbc94 || content.charCodeAt(0) === 0x51e1 || content.charCodeAt(0) === 76 || content.charCodeAt(0) === 108) && LEGEND_LINE.test(content)) return i;
  // ("[^1]: 登壇者：…": a footnote, read from the line that refers to it.)
  if (lines[i].charCodeAt(0) === 91 && lines[i].charCodeAt(1) === 94 && FOOTNOTE_LINE.test(lines[i])) return i;
  // "- [x] **Title** [^1]", "> [!NOTE] Title[^2]" with "[^1]: 登壇者：Name（Org）" at the page's end: who gave the talk, in a footnote.
  if ((li.kind === LineKind.ListItem || li.kind === LineKind.Paragraph) && li.blockStart && content.length <= 200 && lines[i].includes('[^')) {
    const noted = footnotedTalk(structure, i, (scan.footnotes ??= footnoteLines(structure)), check);
    if (noted) {
      out.push(noted);
      return i;
    }
  }
  // "세 번째 발표자는 클라우드웨이브의 박준혁님." then "「Title」" on the next line, "1本目は株式会社ミナトの高田さん。" then
  // "「Title」というお話": one sentence of a recap broken over the lines of a short paragraph, read as one line.
  // (Or a line the parse joined to it, a bracket left open at its end: "…(라인플러스" then "한소희님)를 들었다.")
  if (li.kind === LineKind.Paragraph && li.blockStart && i + 1 < footerLine && ((info[i + 1].kind === LineKind.Paragraph && !info[i + 1].blockStart) || isBlankWithRange(info[i + 1]))) {
    const joined = brokenSentenceTalk(structure, i, footerLine, check);
    if (joined) {
      out.push(joined);
      return joined.line;
    }
    // A longer paragraph wrapped by hand: the talks its sentences tell, each on the line its title starts on.
    const told = wrappedProseTalks(structure, i, footerLine, check);
    for (const t of told) out.push(t.talk);
    scan.wrappedProse.push(...told);
    if (told.some((t) => t.talk.line === i)) return i;
  }
  // "* 'Title' from Yuna Kang of Kkachi Labs — browser spans …": a list's item told as a recap's sentence, its title quoted first.
  if (li.kind === LineKind.ListItem && li.level === 1 && li.blockStart && content.length > 40 && QUOTE_FIRST.includes(content[0])) {
    const prose = parseProseTalk(content, check.names);
    if (prose && prose.titleStart <= 1) {
      out.push({ line: i, parsed: prose, speakerLine: null, source: 'bullet', level: 0, evidence: true, prose: true });
      return i;
    }
  }
  // "[운영진 송지호] [오후 7:03] 첫 발표 시작합니다! 「Title」" then "[운영진 송지호] [오후 7:03] 발표자: 문가온님 (Org)": a chat's
  // message announcing a talk, its speakers in the next message.
  if (lines[i].charCodeAt(0) === 91 && i + 1 < footerLine && CHAT_LINE.test(lines[i]) && CHAT_LINE.test(lines[i + 1])) {
    const announced = chatAnnouncedTalk(structure, i, check);
    if (announced) {
      out.push(announced);
      return i + 1;
    }
    // ("[운영진 하늘] [오후 2:41] 두 번째 발표!", then the title in a message of its own, then its speakers in the next.)
    const titled = i + 2 < footerLine ? chatTitleAfterAnnouncement(structure, i, check) : null;
    if (titled) {
      out.push(titled);
      return titled.speakerLine ?? titled.line;
    }
  }
  // "Mia: Our Terraform monorepo is a mess" with its notes listed under it, in a note that writes three or more talks
  // so: a first name, a colon, the title (a meetup where everyone is known by their first name).
  const firstName = i + 1 < footerLine && content.length <= 120 ? firstNameColon(structure, i) : null;
  if (firstName) {
    const [whole, name, title] = firstName;
    const parsed = (scan.firstNameTitles ??= countLines(footerLine, (k) => firstNameColon(structure, k) !== null)) >= 3 ? check.talkLine(title) : null;
    if (parsed?.title && !parsed.speakers.length && !isNonTalkTitle(parsed.title) && !SENTENCE_END.test(parsed.title)) {
      const at = whole.length - title.length;
      out.push({ line: i, parsed: { ...parsed, titleStart: parsed.titleStart + at, titleEnd: parsed.titleEnd + at, speakers: [{ name, org: null }], strongSpeakers: true }, speakerLine: null, source: 'plain', level: 0, evidence: true });
      return i;
    }
  }
  // "Kim Soo-ah — Vault Agent sidecars are a trap" with its notes right under it, in a note that writes two or more
  // talks so: the speakers' names first (no organisation), a dash, the title.
  // ("[오후 1:40] 🎤 윤하늘 - Title": one message of a log to oneself, a paragraph's line.)
  if (li.kind === LineKind.Paragraph && (li.blockStart || (li.content.charCodeAt(0) === 91 && MESSAGE_TIME.test(li.content))) && i + 1 < footerLine) {
    const first = speakersDashTitle(structure, i, check);
    if (first && (scan.speakersDashLines ??= countLines(footerLine, (k) => speakersDashTitle(structure, k, check) !== null)) >= 2) {
      out.push(first);
      return i;
    }
  }
  // "Rhiannon Pryce -- Thamesbyte" then "Terraform at 400 engineers: …": the speakers first, on a line of their own.
  if (li.kind === LineKind.Paragraph && li.blockStart && i + 1 < footerLine) {
    const above = unlabelledSpeakersAboveTitle(structure, i, check);
    if (above && (scan.speakersAboveLines ??= countLines(footerLine, (k) => unlabelledSpeakersAboveTitle(structure, k, check) !== null)) >= 2) {
      out.push(above);
      return i + 1;
    }
  }
  // "Next up was Tom Okafor from Bramble Energy." then "Karpenter in anger": the speaker announced, the title on the next line.
  if (li.kind === LineKind.Paragraph && li.blockStart && i + 1 < footerLine && info[i + 1].kind === LineKind.Paragraph && !info[i + 1].blockStart && ANNOUNCED_FIRST.includes(content[0])) {
    const announced = announcedTalk(structure, i, check);
    if (announced) {
      out.push(announced);
      return i + 1;
    }
  }
  // "Title (Rachel Osei @ Gilbey & Crane Bank) — they ran both …; …": a talk per long line, its notes after a dash.
  if (li.kind === LineKind.Paragraph && li.blockStart && content.length > 120) {
    const head = longLineTalk(content, check);
    if (head) {
      out.push({ line: i, parsed: head, speakerLine: null, source: 'plain', level: 0, evidence: true, prose: true });
      return i;
    }
  }
  return -1;
}

/** Whether the note's times are positions in a recording (recordingPositions), read once a note. */
function inRecording(scan: CandidateScan): boolean {
  return (scan.recording ??= recordingPositions(scan.structure, scan.footerLine));
}

/**
 * Whether the times that open the note's lines are positions in a recording: two lines or more open with minutes past 23
 * ("- 26:30 …", "[38:05] …"), which no day's programme has.
 */
function recordingPositions(structure: NoteStructure, footerLine: number): boolean {
  let past = 0;
  for (let i = 0; i < footerLine; i++) {
    const m = POSITION_FIRST.exec(structure.info[i].content);
    if (m && Number(m[1]) >= 24 && ++past >= 2) return true;
  }
  return false;
}
/** A line's leading "MM:SS" (or "[MM:SS]", "▶ MM:SS"), its first number in group 1. */
const POSITION_FIRST = /^(?:[\[【(（▶►]\s*)?(\d{2}):[0-5]\d(?![\d:])/u;

/** A line that may open an entry: a title, with or without its speakers, on a heading, an item or a paragraph; the line to go on after it. */
/** The first characters of CLOSING_CREDIT. */
const CREDIT_FIRST = '―─—–(（[';
/** "―― 「Title」 …", "(발표: Name — "Title")", "[talk: Title | speakers: …]": a line that credits a talk, a dash before its quoted title or a label in brackets. */
const CLOSING_CREDIT = /^(?:[―─—–]{1,2}\s*(?=[「『"“])|[(（\[]\s*(?:발표(?:자)?|연사|発表(?:者)?|登壇(?:者)?|talk|speakers?)\s*[:：])/iu;

function candidateLine(scan: CandidateScan, i: number): number {
  const { structure, lines, info, footerLine, check, out, agenda, log, itemAt } = scan;
  const li = info[i];
  const content = li.content;
  if (!content || content.length > 200) return i;
  // ("### Track A 11:00" then "Kubernetes クラスタ" / "アップグレードを止めないための" then "登壇：Name（Org）": a slot's heading, the
  // title its paragraph's lines up to the one that names the speakers.)
  // ("## ① 10:50〜 Track A": the track after the time.)
  if (li.kind === LineKind.Heading && content.length <= 40 && hasDigit(content) && isTimeAlone(content.replace(TRACK_FIRST, '').replace(TRACK_LAST, ''))) {
    const slot = codedSlot(structure, i, footerLine, check, true);
    if (slot) {
      out.push({ line: slot.line, parsed: { ...slot.parsed, titleStart: info[slot.line].contentStart, titleEnd: info[slot.line].contentEnd }, speakerLine: slot.last, source: 'plain', level: 0, evidence: true });
      return slot.last;
    }
  }
  // ("19:10", "2024년 5월 14일 오후 3:47": a time alone heads the entry under it; it is no title. Nor is a deck's page marker.)
  if (isTimeAlone(content) || isSlideMarker(content)) return i;
  // ("## 1. 쿠버네티스 멀티 클러스터 운영기" then "*Operating Multi-cluster Kubernetes*": the heading's title translated, no talk of its own.)
  if (li.kind === LineKind.Paragraph && li.blockStart && isTranslationLine(structure, i)) {
    const above = previousContentLine(structure, i, 0);
    if (above >= 0 && info[above].kind === LineKind.Heading) return i;
  }
  // ("[18:41] 김지훈 (운영진)" over the message: who posted it and when, no talk.)
  if (content.charCodeAt(0) === 91 && li.kind === LineKind.Paragraph && TIME_FIRST_CHAT_HEADER.test(content)) return i;
  // ("## [탈락] Title ★★☆☆☆", "[채택→취소] Title", "【不採択】Title": a proposal the reviewers turned down, or one cancelled, never given.)
  if ((content.charCodeAt(0) === 91 || content.charCodeAt(0) === 0x3010) && NOT_GIVEN_VERDICT.test(content)) return i;
  // Most lines are prose inside a paragraph or a nested bullet: only a timetable time makes them candidates.
  // (Not a time in a recording, "- 26:30 …" among the notes of a video watched later: its items are notes.)
  const timed = CLOCK_START.test(content) && !(li.kind !== LineKind.Heading && inRecording(scan));
  if (li.kind === LineKind.Code && !timed) return i;
  // "【セッション】Title" even as the lazy line of the item above: a label that opens an entry.
  // ("◆【LT】Title ／ Name": a mark before it.)
  const bracketed = LABEL_MARKS.includes(content[0]) && MARK_BEFORE_BRACKET.test(content) ? content.slice(1).trimStart() : content;
  const bracketSession = (bracketed.charCodeAt(0) === 0x3010 || bracketed.charCodeAt(0) === 91) && BRACKET_SESSION.test(bracketed);
  // ("1.2 Title" at the line's start inside an item's text: markdown reads an outline's number as the item's own words.)
  const outlineStart = li.kind === LineKind.ListItem && !li.blockStart && lines[i].charCodeAt(0) >= 48 && lines[i].charCodeAt(0) <= 57 && OUTLINE_NUMBER.test(lines[i]);
  // ("   a. "Title" - Name (Org)" then "   b. …" as the lazy lines of "7) Ignite talks": one talk after another in an item.)
  const afterLazyTalk = li.kind === LineKind.ListItem && !li.blockStart && out.length > 0 && out[out.length - 1].line === i - 1 && out[out.length - 1].source === 'bullet';
  const blockStart = li.blockStart || bracketSession || afterLazyTalk || afterIndentedBullet(structure, i) || afterIndentedLines(structure, i) || outlineStart || (li.kind === LineKind.Paragraph && NUMBERED_SESSION_LEAD.test(content)) || afterSeparator(structure, i) || afterSessionNumber(structure, i) || afterSlideNumber(structure, i) || (lines[i].charCodeAt(0) === 91 && CHAT_LINE.test(lines[i])) || afterChatHeader(structure, i) || afterDayLine(structure, i) || afterTimeLine(structure, i) || afterLightningLabel(structure, i) || afterTalkLine(structure, i, check) || (i > 0 && (info[i - 1].kind === LineKind.Paragraph || info[i - 1].kind === LineKind.ListItem) && ORDINAL_TALK_LABEL.test(info[i - 1].content));
  // ("[서밋] Title" then "5월 16일(목) 11:30 - 12:10", "📍 …", "메모:" and "정하늘 (AWS SA) / …": a calendar app's entry copied.)
  if (blockStart && li.kind === LineKind.Paragraph && i + 1 < footerLine && info[i + 1].kind === LineKind.Paragraph && !info[i + 1].blockStart && isDayAndHours(info[i + 1].content)) {
    const entry = calendarBlockTalk(scan, i);
    if (entry) {
      out.push(entry);
      return i + 1;
    }
  }
  // ("- type:: talk" over the title's property: the block's kind, read with the properties under it.)
  if (li.kind === LineKind.ListItem && li.blockStart && content.includes('::') && KIND_PROPERTY.test(content)) {
    const last = kindFirstBlock(scan, i);
    if (last >= 0) return last;
  }
  // ("セッション種別：一般セッション（30分）", "Level: 300" under a session's title: its field, no title of its own.)
  if (li.kind !== LineKind.Heading && SESSION_FIELD_LINE.test(content) && !SPEAKER_LABEL.test(content)) return i;
  const labelled = isTitleLabelled(content);
  // "19:10〜19:40" then "セッション名：…" in one paragraph: a labelled title needs no paragraph of its own.
  // "「tfstateを見たことない人のためのTerraform」ささき氏" inside a paragraph of a phone note: a quoted title with its speaker.
  // ("09:15–09:50   OPENING KEYNOTE" then ""Paved roads, not golden cages"" then "Name, Role, Org": a quoted title under a time.)
  // ("[11:40] ▶ 트랙 B-2" then ""Title"" then "Name / Org — checked in 11:15": the same under a log's time, read as the line after one.)
  // ("--- talk 2 ***" then ""Title"" then "Name, Org": the same under a plain text's dashed label.)
  const quotedUnderTime = li.kind === LineKind.Paragraph && (content.charCodeAt(0) === 34 || content.charCodeAt(0) === 0x201c) && i > 0 && (/^\s*\[?\d{1,2}[:：]\d{2}/.test(lines[i - 1]) || DASHED_LABEL.test(lines[i - 1]));
  // ("…notes" then "(발표: 김하늘, 데브온 — "Title")", "　―― 「Title」 登壇: Name（Org）": a credit that closes the paragraph of its notes.)
  const closingCredit = !blockStart && li.kind === LineKind.Paragraph && CREDIT_FIRST.includes(content[0]) && (i + 1 >= footerLine || info[i + 1].kind !== LineKind.Paragraph || info[i + 1].blockStart) && CLOSING_CREDIT.test(content);
  const quotedLead =
    (!blockStart && li.kind === LineKind.Paragraph && (content.charCodeAt(0) === 0x300c || content.charCodeAt(0) === 0x300e || (content.charCodeAt(0) === 0x30fb && /^・\s*[「『]/u.test(content)))) || quotedUnderTime || closingCredit;
  // ("- 詳細:" then "  登壇:「Title」" then "  Name さん（Org）" inside the item: a talk's label and its quoted title, its speakers below.)
  if (!blockStart && li.kind !== LineKind.Heading && content.length <= 160 && TALK_LABEL_QUOTE.test(content)) {
    const talk = labelledQuotedTalk(scan, i);
    if (talk) {
      out.push(talk);
      return talk.speakerLine ?? i;
    }
  }
  if (!timed && !blockStart && li.kind !== LineKind.Heading && !(labelled && li.kind === LineKind.Paragraph) && !quotedLead) return i;
  // "— presented by Lena Hoffmann (Zalvero GmbH)" says who gave the talk above it (trailingSpeakerLine).
  if (li.kind !== LineKind.Heading && (ATTRIBUTION.test(content) || BIO_LABEL.test(content))) {
    // "登壇者：青木 拓海（…）" first in its paragraph, the title on the next line: the talk below it.
    const below = li.kind === LineKind.Paragraph && blockStart && SPEAKER_LABEL.test(content) ? speakerAboveTitle(structure, i, footerLine, check) : null;
    if (below) {
      out.push(below);
      return below.line;
    }
    // "연사: 김태오 / 제목: Title" (then "소속: Org"): both labelled on one line.
    const both = li.kind !== LineKind.Code ? speakerThenTitle(content, check.names) : null;
    if (both && !isNonTalkTitle(both.title)) {
      const org = organisationLine(structure, i + 1, footerLine);
      if (org) both.speakers = withOrganisation(both.speakers, org, check);
      out.push({ line: i, parsed: both, speakerLine: org ? i + 1 : null, source: li.kind === LineKind.ListItem ? 'bullet' : 'plain', level: 0, evidence: true });
      if (org) i++;
    }
    return i;
  }
  // A quoted title the line's end breaks ("1) "Drift detection …: Terraform plan in" then "Slack without the noise" --
  // ABE Kotaro, Minato Freight"), or its speakers on the block's next line ("- "Title"" then "by OTA Ryo (Org). …").
  if ((li.kind === LineKind.Paragraph || li.kind === LineKind.ListItem) && li.blockStart && (content.includes('"') || content.includes('“'))) {
    const wrapped = wrappedTalkLine(structure, i, footerLine, check);
    if (wrapped) {
      // (The next line is the speakers' alone unless the talk's text goes on after them: "… (Pocket Pay). helm lint …".)
      const speakerLine = /[.。]\s+\S/u.test(info[i + 1].content) ? null : i + 1;
      out.push({ line: i, parsed: wrapped, speakerLine, source: li.kind === LineKind.ListItem ? 'bullet' : 'plain', level: 0, evidence: true });
      return i + 1;
    }
  }
  // "ii. SLO を Prometheus だけで運用する：" then "    Sloth と recording rule の実践 ―― 石動 健（カモメ物流）": a title the line's end
  // breaks, its speakers at the end of the block's next line.
  if (li.kind === LineKind.Paragraph && li.blockStart && i + 1 < footerLine && !info[i + 1].blockStart && info[i + 1].kind === LineKind.Paragraph) {
    const wrapped = wrappedTitleLine(structure, i, check);
    if (wrapped) {
      // (Its next line is no speakers' line alone: the tools in the title's end are the talk's.)
      out.push({ line: i, parsed: wrapped, speakerLine: null, source: 'plain', level: 0, evidence: true });
      return i + 1;
    }
  }
  const entry = itemEntry(scan, i, timed);
  if (entry >= 0) return entry;
  // "- ## Title" with "speaker:: Name" under it: a Logseq block with a heading and properties.
  // ("- Title" then "  - speaker:: Name": the same block without its heading.)
  const outlineHeading = li.kind === LineKind.ListItem && (/^#{1,6}\s+\S/.test(content) || (li.level === 1 && li.blockStart && speakerPropertyBelow(structure, i)));
  // "- Title" with "    임재현 님 (마루커넥트)" under it, inside the same item (a Notion toggle).
  // (Or an item of a track's item: "- Track A" then "  - Title" then "    Name, Org".)
  const itemSpeakerLine = li.kind === LineKind.ListItem && li.blockStart && (li.level === 1 || (li.level === 2 && itemAt[1] !== undefined && sessionsItem(structure, itemAt[1]))) ? speakerInItem(structure, i, check) : -1;
  // ("■ 세션 1. 제목" then "- 발표자 : 이름 (회사)": a numbered session's title, its speakers on the item below.)
  const numberedSection = li.kind === LineKind.ListItem && li.level === 1 && li.blockStart && !labelled && BOX_MARK.includes(lines[i].trimStart()[0]) && NUMBERED_SECTION.test(content) ? nextContentLine(structure, i, 1) : -1;
  const labelAfterBlank = numberedSection > i + 1 && SPEAKER_LABEL.test(info[numberedSection].content) ? numberedSection : -1;
  const session = li.kind === LineKind.ListItem && !labelled && (bracketSession || (SESSION_FIRST.includes(content[0]) && SESSION_LABEL.test(content)) || labelAfterBlank >= 0);
  // ("・[高橋 渚さん](…)「タイトル」": a quoted title after its speaker's name.)
  // ("1.1 Title — Name (Org)" under "1. 세션 1부": a report's numbered second level, its sessions' entries.)
  const outlined = li.level === 2 && li.blockStart && OUTLINE_NUMBER.test(lines[i]);
  // (Its speakers labelled on the next line: "발표자:", "Speaker:", or "발표:" before a name.)
  // (Or any item with an item under it that labels them: "가. Title" then "  - 발표: Name / Org".)
  const nestedLabel = li.kind === LineKind.ListItem && li.blockStart && i + 1 < footerLine && info[i + 1].kind === LineKind.ListItem && info[i + 1].level > li.level;
  const labelBelow = (outlineStart || nestedLabel) && i + 1 < footerLine && (SPEAKER_LABEL.test(info[i + 1].content) || /^발표\s*[:：]/u.test(info[i + 1].content));
  if (!timed && li.kind === LineKind.ListItem && ((li.level !== 1 && !outlined && !labelBelow && !(li.level === 2 && li.blockStart && itemAt[1] !== undefined && sessionsItem(structure, itemAt[1]) && (mayNameSpeakers(content) || itemSpeakerLine >= 0))) || !(mayNameSpeakers(content) || labelled || session || outlineHeading || labelBelow || itemSpeakerLine >= 0 || content.includes('「') || content.includes('『') || content.charCodeAt(0) === 0x201c || ((content.includes('"') || content.includes('”')) && QUOTED_THEN_NAME.test(content))))) return i;
  // A paragraph's first line is a title only when short, or when it names speakers itself.
  if (!timed && li.kind === LineKind.Paragraph && content.length > 120 && !MAY_NAME_SPEAKERS.test(content)) return i;
  // "- [[Drift Detection]] by [[Katrin Vogel]] ([[Spreewerk]])": a line of wiki links reads as its text.
  // ("11:00 次は大川 美咲さん「…」 株式会社ソラマチテック #CNDW2024_A": a post's hashtags after it.)
  // (A log's message: its one quoted title, and who gave it named before it or in the message before.)
  if (log?.has(i) && readLogMessage(scan, i, log)) return i;
  const own = log?.has(i) && content.includes(' #') ? content.replace(TRAILING_TAGS, '') : content;
  let parsed = check.talkLine(own.includes('[[') ? withoutWikiBrackets(own) : own);
  if (!parsed || !parsed.title || /^[(（]/.test(parsed.title) || /https?:\/\//.test(parsed.title)) return i;
  if (parsed.time && li.kind !== LineKind.Heading) {
    if (inRecording(scan)) return i;
    // "■19:00〜 Title" then "　登壇　長谷川 誠 氏（Org）": a timed entry's speakers on the line below it.
    let entry = parsed;
    // ("09:00-09:45 Title" then "  Format: Panel, 45 min" then "  Panelists: …": the slot's fields before them.)
    const k = i + 1 < footerLine ? pastSessionFields(structure, i + 1, footerLine) : -1;
    // ("11:00  S03" then "Title" then "speaker: …": a slot's time and its code or room, the title under it.)
    const slotHeader = !parsed.speakers.length && i + 1 < footerLine && info[i + 1].kind !== LineKind.Blank && isSlotHeader(content);
    // (Its lines are read as the entry under a time's line is: afterTimeLine.)
    if (!slotHeader && !parsed.speakers.length && k > i && SPEAKER_BELOW.test(withoutRowBar(info[k].content))) {
      const below = readSpeakerLine(structure, k, check, true);
      if (below?.length) entry = { ...parsed, speakers: below, strongSpeakers: true };
    } else if (!slotHeader && !parsed.speakers.length && i + 1 < footerLine && info[i + 1].kind === LineKind.Paragraph && !info[i + 1].blockStart && info[i + 1].content.length <= 80) {
      // "**13:20 · Title**" then "Taehoon Kim — Bluewave Payments": the same paragraph's next line names them with their organisation.
      // ("[00:31:05] Mei-Lin Zhou, observability lead at Willamette Health": the next line's own time left out.)
      const below = check.speakers(withoutSquareBrackets(info[i + 1].content.replace(LEADING_CLOCK, '')));
      // ("Tomasz Wierzbicki (independent, ex-Equinix)": no organisation, but a name and its brackets alone on the line.)
      if (below?.strong && (below.speakers.every((sp) => sp.org) || (below.speakers.length === 1 && NAME_THEN_BRACKETS.test(info[i + 1].content)))) entry = { ...parsed, speakers: below.speakers, strongSpeakers: true };
    } else if (!slotHeader && !parsed.speakers.length && li.kind === LineKind.ListItem && i + 1 < footerLine && info[i + 1].kind === LineKind.ListItem && info[i + 1].blockStart && info[i + 1].level === li.level + 1 && info[i + 1].content.length <= 80) {
      // "- 19:00 「Title」" then "  - 松本 沙織 / 株式会社はかたクラウド": the timed item's first item names them with their organisations.
      const below = check.speakers(info[i + 1].content);
      if (below?.strong && below.speakers.every((sp) => sp.org)) entry = { ...parsed, speakers: below.speakers, strongSpeakers: true };
    }
    // "10:15  BRK-2041 · Room Vermeer" then "Policy as Code at Scale with Sentinel and" / "OPA" then "Marcus Lindqvist, …, Brightlane
    // Bank": a printed programme's slot, its code and room on the time's line, its title and speakers on the lines under it.
    // ("[S-01] 13:00 – 13:40   메인홀 A": the code first, then the time and the room.)
    if (!entry.speakers.length && (SESSION_CODE_ALONE.test(entry.title) || SESSION_CODE.test(content))) {
      const slot = codedSlot(structure, i, footerLine, check);
      if (slot) {
        // (A record of one talk: the notes after it are the talk's, up to the next.)
        agenda.push({ line: slot.line, parsed: { ...slot.parsed, time: entry.time }, ...titleOffsets(lines[slot.line], info[slot.line], slot.parsed), record: true });
        return slot.last;
      }
    }
    // (In a log of messages, only a line that names its speakers is a talk's; not one that names the talk's own speaker
    // again: "[13:24] 오하늘님 파트: concurrency 옵션" is the second speaker's part of it.)
    // (Not a slot's header over the title: "09:30 오프닝 키노트 (A홀)" then "▶ "Title"".)
    const header = slotHeader;
    // ("18:50 ピザ到着 15枚。冷蔵庫に入らないので…": what happened at that minute, told in sentences, no talk.)
    const told = !entry.speakers.length && !entry.quoted && INNER_SENTENCE.test(entry.title);
    if (!header && !told && !isNonTalkTitle(entry.title) && !(log?.has(i) && (!entry.strongSpeakers || namesLastTalksSpeakers(agenda, out, i, entry)))) agenda.push({ line: i, parsed: entry, ...titleOffsets(lines[i], li, entry) });
    return i;
  }
  const marks: EntryMarks = { blockStart, labelled, bracketSession, quotedLead, outlineStart, afterLazyTalk, outlineHeading, itemSpeakerLine, session, labelBelow, labelAfterBlank };
  if (li.kind === LineKind.Heading) return headingTalk(scan, i, parsed);
  if (li.kind === LineKind.ListItem) return itemTalk(scan, i, parsed, marks);
  return paragraphTalk(scan, i, parsed, marks);
}

/** A reviewer's verdict in brackets that leaves the talk ungiven: rejected, or accepted and then cancelled ("[채택→취소]"). */
const NOT_GIVEN_VERDICT = new RegExp(String.raw`^[\[【]\s*(?:[^\]】]{1,10}?\s*(?:→|->|⇒)\s*)?(?:${VERDICT_DROPPED_WORDS})\s*[\]】]`, 'iu');

/** "~~Old Title~~ ← wrong title, …": what the writer struck out, and an arrow back at it. */
const STRUCK_REMARK = /^\s*~~[^~]+~~\s*(?:←|<-|⇐)/u;

/** "Members: …", "팀원:", "メンバー：": a card's members, or a panel's. */
const CARD_MEMBERS = /^(?:members|팀원|メンバー)\s*[:：]/iu;
/** A task tracker's field: "Labels:", "Due:", "Assignee:", "Status:", "담당자:", "担当者：", "期限日：". */
const TRACKER_FIELD = /^(?:labels?|due(?:\s+date)?|assignees?|status|priority|reporter|watchers|checklists?|라벨|담당자|상태|우선\s*순위|마감일?|ラベル|担当者|状態|ステータス|優先度|期限日?)\s*[:：]/iu;

/**
 * A task tracker's card under a talk's heading: its fields ("Labels:", "Members:", "Due:"), then "Description:" alone, and
 * the description's first line names the speakers with their organisations ("Tomás Ortega (Lumen Mutual)"). From line `j`.
 */
function describedSpeakers(structure: NoteStructure, j: number, footerLine: number, check: Reader): { speakers: Speaker[]; line: number } | null {
  const { info } = structure;
  for (let k = j; k >= 0 && k < footerLine - 1 && k < j + 8; k++) {
    const text = info[k].content;
    if (DESCRIPTION_ALONE.test(text)) {
      const next = info[k + 1];
      if (next.blockStart && next.level <= info[k].level) return null;
      const read = readSpeakerLine(structure, k + 1, check);
      return read?.length && read.every((sp) => sp.org) ? { speakers: read, line: k + 1 } : null;
    }
    if (!TRACKER_FIELD.test(text) && !CARD_MEMBERS.test(text) && !isSessionField(text)) return null;
  }
  return null;
}
/** "Description:", "詳細:", "설명:": a card's description, its text on the lines under the label. */
const DESCRIPTION_ALONE = /^(?:description|details|notes|詳細|説明|내용|설명|상세)\s*[:：]?$/iu;

/** "Members: @dtorres" beside "Labels: …" or "Due: …": a task tracker's card and who works on it, not who spoke. */
function isCardMembers(structure: NoteStructure, j: number): boolean {
  const { info } = structure;
  return CARD_MEMBERS.test(info[j].content) && ((j > 0 && TRACKER_FIELD.test(info[j - 1].content)) || (j + 1 < info.length && TRACKER_FIELD.test(info[j + 1].content)));
}

/** "登壇:「Title」", "Talk: "Title"", "발표: 「Title」": a talk's label, then its title in quotes. */
const TALK_LABEL_QUOTE = /^(?:登壇|発表|講演|セッション|LT|talk|session|세션|발표)\s*[:：]?\s*[「『"“]/iu;

/** The talk of a labelled quoted title inside a block (TALK_LABEL_QUOTE), with its speakers on it or on the block's next line. */
function labelledQuotedTalk(scan: CandidateScan, i: number): Candidate | null {
  const { structure, info, footerLine, check } = scan;
  const li = info[i];
  const parsed = check.talkLine(li.content);
  if (!parsed?.quoted || !parsed.title || isNonTalkTitle(parsed.title)) return null;
  const source = li.kind === LineKind.ListItem ? 'bullet' : 'plain';
  if (parsed.speakers.length) return parsed.strongSpeakers ? { line: i, parsed, speakerLine: null, source, level: 0, evidence: true } : null;
  const next = info[i + 1];
  if (i + 1 >= footerLine || next.blockStart || next.kind !== li.kind) return null;
  const below = readSpeakerLine(structure, i + 1, check);
  return below?.length ? { line: i, parsed: { ...parsed, speakers: below, strongSpeakers: true }, speakerLine: i + 1, source, level: 0, evidence: true } : null;
}

/** Log line `i`'s talk (logMessageTalk) into the candidates: true when it tells one. */
function readLogMessage(scan: CandidateScan, i: number, log: Set<number>): boolean {
  const logged = logMessageTalk(scan.structure, i, log, scan.check);
  if (!logged) return false;
  // (The message before, which named its speakers, is no talk of its own: "`14:00` room N03 — Name (Org) presenting".)
  if (logged.speakerLine !== null) dropLine(scan.agenda, scan.out, logged.speakerLine);
  scan.out.push(logged);
  return true;
}

/** Leaves out of `agenda` and `out` what was read on `line`. */
function dropLine(agenda: AgendaEntry[], out: Candidate[], line: number): void {
  for (const list of [agenda, out] as Array<Array<{ line: number }>>) {
    for (let k = list.length - 1; k >= 0; k--) if (list[k].line === line) list.splice(k, 1);
  }
}

/** Whether every speaker `entry` names is one of the talk read last before line `i` (in `agenda` or `out`). */
function namesLastTalksSpeakers(agenda: AgendaEntry[], out: Candidate[], i: number, entry: TalkLine): boolean {
  let last: TalkLine | null = null;
  let at = -1;
  for (const c of agenda) if (c.line < i && c.line > at) [last, at] = [c.parsed, c.line];
  for (const c of out) if (c.line < i && c.line > at) [last, at] = [c.parsed, c.line];
  return !!last && entry.speakers.length > 0 && entry.speakers.every((sp) => last!.speakers.some((x) => x.name === sp.name));
}

/** A list's item (or a short line) whose speakers, or whose title, the lines under it give; the line to go on after it, or -1. */
/**
 * "- type:: talk" then "  セッション:: Title", "  speaker:: [[Name]]" and "  org:: …": a block of properties alone, its kind
 * first (Logseq). The title's line is the talk's; the last line read, or -1.
 */
function kindFirstBlock(scan: CandidateScan, i: number): number {
  const { structure, info, footerLine } = scan;
  const t = i + 1;
  if (t + 1 >= footerLine || info[t].kind !== LineKind.ListItem || info[t].blockStart || !(isTitleLabelled(info[t].content) || SESSION_PROPERTY.test(info[t].content))) return -1;
  return labelledItemTalk(scan, t, info[t].content.replace(TRAILING_TAGS, ''), pastSessionFields(structure, t + 1, footerLine));
}

/**
 * An item's title (`text`, on line `line`) whose people a line of the same item labels (`labelAt`: "speaker:: Name",
 * "발표자: Name", then "company:: …"): the talk; the last line read, or -1 when it is none.
 */
function labelledItemTalk(scan: CandidateScan, line: number, text: string, labelAt: number): number {
  const { structure, info, footerLine, check, out } = scan;
  if (info[labelAt].kind !== LineKind.ListItem || info[labelAt].blockStart || !SPEAKER_LABEL.test(info[labelAt].content)) return -1;
  const item = check.talkLine(text);
  const read = item && item.title && !item.speakers.length && !isNonTalkTitle(item.title) ? readSpeakerLine(structure, labelAt, check) : null;
  if (!item || !read) return -1;
  // ("moderator: …" then "panelists: …": each labelled line's people.)
  const { speakers, last, org } = labelledSpeakers(structure, labelAt, read, footerLine, check);
  item.speakers = speakers;
  item.strongSpeakers = true;
  out.push({ line, parsed: item, speakerLine: last, source: 'plain', level: 0, evidence: true });
  return org ? last + 1 : last;
}
/** "セッション:: Title", "session:: Title": a property that names the session by its title. */
const SESSION_PROPERTY = /^(?:session|talk|lt|セッション|発表|講演|세션|발표)::\s*\S/iu;

function itemEntry(scan: CandidateScan, i: number, timed: boolean): number {
  const { structure, lines, info, footerLine, check, out, eventItems, itemAt } = scan;
  const li = info[i];
  const content = li.content;
  // "- Title #talk" with "  speaker:: [[森本 遥]]" and "  company:: …" in the same block, at any depth: an outline's
  // item with its properties (Logseq).
  // ("- **Title**" then "  - 난이도: 초급" and "  - 발표자: …": the session's fields may come first.)
  const labelAt = li.kind === LineKind.ListItem && li.blockStart && i + 1 < footerLine && info[i + 1].kind === LineKind.ListItem && !info[i + 1].blockStart ? pastSessionFields(structure, i + 1, footerLine) : -1;
  if (labelAt > i) {
    const last = labelledItemTalk(scan, i, withoutWikiBrackets(content).replace(TRAILING_TAGS, ''), labelAt);
    if (last >= 0) return last;
  }
  // "가. Title" (or "- Title", "2.1 Title") with its first item labelled "- 발표자 : Name (Org)" (or "Speaker:",
  // "登壇者："), at any depth: a report's session and its speakers. (Markdown may put the label's item at
  // the title's own level when the title was a line it did not read as an item: it is indented further.)
  if (li.kind === LineKind.ListItem && li.blockStart && (li.level >= 2 || structure.dialect === 'outliner') && i + 1 < footerLine) {
    const j = nextContentLine(structure, i, 1);
    const below = j > 0 && j < footerLine ? info[j] : null;
    if (below && below.kind === LineKind.ListItem && below.blockStart && SPEAKER_LABEL.test(below.content) && (below.level === li.level + 1 || (below.level === li.level && indentOf(lines[j]) > indentOf(lines[i])))) {
      const item = check.talkLine(content);
      const sp = item && item.title && !item.speakers.length && !isNonTalkTitle(item.title) ? readSpeakerLine(structure, j, check, true) : null;
      if (item && sp) {
        item.speakers = sp;
        item.strongSpeakers = true;
        out.push({ line: i, parsed: item, speakerLine: j, source: 'bullet', level: 0, evidence: true });
        return j;
      }
    }
  }
  // "- Title" with "  - Name (Org)" as its first item, " [Title]" then "  [Name]さん ([Org])" in Scrapbox: a top-level
  // item whose first item names people and their organisations with confidence, and nothing else.
  // (A labelled first item, "  - **Speaker:** …", is read below with the labelled items after it.)
  // ("• Bay Area Infra Meetup" then "   • Talk 1: "Title"" then "      • Name — Role, Org": an outline whose first item, the
  // event, holds the whole note: its items one level in are the top level.)
  const top = li.level === 1 || (li.level === 2 && itemAt[1] !== undefined && isFirstContentLine(structure, itemAt[1]));
  if (li.kind === LineKind.ListItem && top && li.blockStart && !timed && i + 1 < footerLine && info[i + 1].kind === LineKind.ListItem && info[i + 1].level > li.level && !SPEAKER_LABEL.test(info[i + 1].content)) {
    // (Each named with an organisation, set apart by a bracket, a comma, a slash or an honorific: prose under an
    // item reads as a name and its organisation often enough, "피처 플래그를 적극적으로 사용".)
    // ("1. Title" then "   - by Name, Org" or "   - by Name (freelance)": said to be its speakers, with or without organisations.)
    const by = BY_LEAD.test(info[i + 1].content);
    const sp = by || /[(（,、/／@]|님|さん|氏/u.test(info[i + 1].content) ? firstItemSpeakers(structure, i, footerLine, check) : null;
    let item = sp && (by || sp.every((s) => s.org)) ? check.talkLine(content) : null;
    // ("Policy as code: Sentinel and OPA, side by side": the title's own words read as a speaker.)
    if (item && by && item.speakers.length) item = { ...item, title: content, titleStart: 0, titleEnd: content.length, speakers: [] };
    if (item && item.title && !item.speakers.length && !isNonTalkTitle(item.title) && !SENTENCE_END.test(item.title)) {
      item.speakers = sp!;
      item.strongSpeakers = true;
      out.push({ line: i, parsed: item, speakerLine: i + 1, source: 'bullet', level: 0, evidence: true });
      return i + 1;
    }
  }
  // "■ 中島さんの発表" then "Title" then "中島 彩さん（Org）。…": a label naming whose talk it is, the title on the next line.
  if ((li.kind === LineKind.ListItem || li.kind === LineKind.Paragraph) && content.length <= 30 && (content.endsWith('発表') || content.endsWith('講演') || content.endsWith('발표'))) {
    const talk = titleUnderTalkOf(structure, i, footerLine, check);
    if (talk) {
      out.push(talk);
      return talk.speakerLine ?? talk.line;
    }
  }
  // "◆ 1本目 / 鈴木 大輔さん（Org）" then "『Title』": the programme's order and who spoke, the title quoted alone on the next line.
  if ((li.kind === LineKind.ListItem || li.kind === LineKind.Paragraph) && content.length <= 80 && i + 1 < footerLine && (info[i + 1].kind === LineKind.Paragraph || info[i + 1].kind === LineKind.ListItem)) {
    const order = ORDER_THEN_PEOPLE.exec(content);
    // ("▼ 1本目  北村さん（Org）" then "お題: Title ← remark": the title labelled on the next line.)
    const quoted = order ? (QUOTED_ALONE.exec(info[i + 1].content) ?? TITLE_LABELLED.exec(info[i + 1].content)) : null;
    const sp = quoted ? check.speakers(order![1]) : null;
    if (quoted && sp?.strong && !isNonTalkTitle(quoted[1])) {
      const at = info[i + 1].content.indexOf(quoted[1]);
      out.push({ line: i + 1, parsed: { title: quoted[1], speakers: sp.speakers, strongSpeakers: true, keynote: false, quoted: true, titleStart: at, titleEnd: at + quoted[1].length, time: null }, speakerLine: i, source: 'plain', level: 0, evidence: true });
      return i + 1;
    }
  }
  // "* 패널: 플랫폼 엔지니어링, 진짜 필요한가?" with "  - 모더레이터 류지현 (LINE Plus), 패널 서민재 (…)" under it.
  if (li.kind === LineKind.ListItem && li.level === 1 && li.blockStart && PANEL_TITLE.test(content)) {
    const panel = panelOfItem(structure, i, footerLine, check);
    if (panel) {
      out.push(panel);
      return i;
    }
  }
  // "    - **Title** by Name (Org)" (or its speakers on the item's next line): a title in bold with its speakers, at any
  // depth of an outline (a day, a track, then its talks).
  // (At the first level too when the item is only the bold title and items nest under it: "- **Title**" then "  - Name | Org | Role".)
  if (li.kind === LineKind.ListItem && (li.level >= 2 || (i + 1 < footerLine && info[i + 1].kind === LineKind.ListItem && info[i + 1].level === li.level + 1 && BOLD_LINE.test(lines[i]))) && li.blockStart && !timed && lines[i].includes('**')) {
    const bold = boldTitleItem(structure, i, footerLine, check);
    if (bold) {
      out.push(bold);
      if (bold.speakerLine !== null) i = bold.speakerLine;
      return i;
    }
  }
  // "* **HUG London #41** — Tue 5 Nov 2024, …" with "  * Title" items under it, each with its speaker first among
  // its own items ("    * Kwame Mensah, Meridian Cloud"): an outline of events, talks and notes.
  if (li.kind === LineKind.ListItem && li.level >= 2 && li.blockStart && !timed) {
    const nested = nestedTalk(structure, i, outerItem(structure, i, itemAt[li.level - 1] ?? -1), footerLine, check, eventItems);
    if (nested) {
      out.push(nested);
      return i;
    }
  }
  return -1;
}

/** A heading read as a talk's title (candidateLine's reading given): its speakers on it, under it, or named by it; the line to go on after it. */
function headingTalk(scan: CandidateScan, i: number, parsed: TalkLine): number {
  const { structure, lines, info, footerLine, check, out, kindLines } = scan;
  const li = info[i];
  const content = li.content;
  // "## Priya" then "- "From Jenkins to Argo CD"" and "- Priya Raman, staff engineer at Tessellate Health": the
  // heading names the speaker, the first item is the title, the second names the speaker in full.
  const named = content.length <= 40 && PERSON_HEADING.test(content) ? itemsUnderSpeakerHeading(structure, i, footerLine, check) : null;
  if (named) {
    out.push(named);
    return named.speakerLine!;
  }
  // "### Gabriela Nunes (Pinecrest Labs)" then ""Terraform testing that people actually run"": a heading that
  // names people, the talk's title quoted on the line under it.
  // ("### Guest 1: Priya Raman (Ledgerline)" then "**From 400 static creds to zero**": the title in bold under it.)
  const below = nextContentLine(structure, i, 1);
  const boldBelow = below >= 0 && below <= i + 2 && info[below].kind === LineKind.Paragraph && BOLD_LINE.test(lines[below]);
  if (below >= 0 && below <= i + 2 && info[below].kind === LineKind.Paragraph && info[below].blockStart && (/^["“「『]/u.test(info[below].content) || boldBelow)) {
    const sp = check.speakers(boldBelow ? content.replace(GUEST_LABEL, '') : content);
    const quoted = sp?.strong && (boldBelow ? sp.speakers.every((x) => x.org) : true) ? check.talkLine(info[below].content) : null;
    if (quoted && (quoted.quoted || boldBelow) && quoted.title && !quoted.speakers.length && !isNonTalkTitle(quoted.title)) {
      quoted.speakers = sp!.speakers;
      quoted.strongSpeakers = true;
      out.push({ line: below, parsed: quoted, speakerLine: i, source: 'plain', level: 0, evidence: true });
      return below;
    }
  }
  let speakerLine: number | null = null;
  // ("# Cloud Summit 2024" then "1. **Name** 님 — Org" with its talk under it: the first of a people log's entries, not the heading's speakers.)
  let j = nextContentLine(structure, i, 1);
  // ("## 1. 쿠버네티스 멀티 클러스터 운영기" then "*Operating Multi-cluster Kubernetes*" then "**발표자**: …": the title's translation between it and its speakers.)
  if (j >= 0 && isTranslationLine(structure, j)) j = pastSessionFields(structure, j, footerLine);
  // ("~~Old Title~~ ← wrong title" between the heading and its speakers: the writer's correction of the title.)
  if (j >= 0 && j + 1 < footerLine && STRUCK_REMARK.test(lines[j])) j = nextContentLine(structure, j, 1);
  if (!parsed.speakers.length && !scan.people?.quiet.has(j)) {
    // "CLOSED: [2024-03-20 Wed]", ":PROPERTIES:": an Org heading's planning line and drawer open before its properties.
    while (structure.dialect === 'org' && j >= 0 && j + 1 < footerLine && ORG_PLANNING.test(info[j].content)) j++;
    // "### Title" then "Keynote" (or "<p class="session-type">Keynote</p>") then "Speaker: …": the session's kind between them.
    if (j >= 0 && j + 1 < footerLine && info[j].kind === LineKind.Paragraph && info[j].content.length <= 24 && SESSION_KIND_ALONE.test(info[j].content)) {
      const k = nextContentLine(structure, j, 1);
      if (k >= 0 && readSpeakerLine(structure, k, check)) {
        kindLines.add(j);
        j = k;
      }
    }
    // "> [!info] Speaker" then "> [[Marcus Oyelaran]] — …": a label alone, the names on the line below it.
    const underLabel = j >= 0 && j + 1 < footerLine && LABEL_ALONE.test(info[j].content) && info[j + 1].kind === LineKind.Paragraph && !info[j + 1].blockStart;
    if (underLabel) j++;
    // ("## 패널: Title" then "- 패널: A(X), B(Y) / 모더레이터 C(Z)": a panel's people on the items under its heading.)
    const panel = !underLabel && j >= 0 && info[j].kind === LineKind.ListItem && PANEL_TITLE.test(content) ? panelPeople(structure, j, footerLine, check, 0) : null;
    const read = panel ? null : readSpeakerLine(structure, j, check, underLabel);
    if (panel) {
      parsed.speakers = panel.speakers;
      parsed.strongSpeakers = true;
      speakerLine = panel.last;
    } else if (read) {
      // ("モデレーター：…" then "パネリスト：…": a panel's labelled lines, one after the other.)
      // "speaker:: Lena Hoffmann" then "company:: Zalando".
      const { speakers, last } = labelledSpeakers(structure, j, read, footerLine, check);
      parsed.speakers = speakers;
      parsed.strongSpeakers = true;
      speakerLine = last;
    } else {
      const k = trailingSpeakerLine(structure, i, footerLine);
      const trailing = k >= 0 ? trailingSpeakers(structure, k, footerLine, check) : null;
      const lead = trailing ? null : (speakersLeadingParagraph(structure, j, check) ?? cjkSpeakersLeading(structure, j, check));
      if (trailing) {
        parsed.speakers = trailing;
        parsed.strongSpeakers = true;
        speakerLine = k;
      } else if (lead) {
        // (Not the speaker line: the rest of the paragraph is the talk's text.)
        parsed.speakers = lead;
        parsed.strongSpeakers = true;
      } else {
        const described = describedSpeakers(structure, j, footerLine, check);
        if (described) {
          parsed.speakers = described.speakers;
          parsed.strongSpeakers = true;
          speakerLine = described.line;
        }
      }
    }
  } else if (parsed.speakers.every((sp) => !sp.org)) {
    // "### 田中 健太さん：…" then "所属：ミドリクラウド": the organisation on the next line.
    parsed.speakers = withOrganisation(parsed.speakers, organisationLine(structure, nextContentLine(structure, i, 1), footerLine));
  }
  // ("# Container Days Yokohama 2025 — 聴講リスト & メモ": the note's own title, an event of a year and the writer's word for notes
  // after it, read as no person.)
  // ("# HashiCorp User Group Seoul #14 참석 메모": or of a number in a series.)
  if (li.level === 1 && isFirstContentLine(structure, i) && ATTENDANCE_SUFFIX.test(content) && namesNumberedEvent(content)) return i;
  // ("AWS Summit Seoul 2025 첫날 메모" over its date line, underlined: the note's own title, the writer's notes of an event.)
  if (!parsed.speakers.length && i + 1 < info.length && info[i + 1].kind === LineKind.Heading && info[i + 1].level === li.level && isFirstContentLine(structure, i) && ATTENDANCE_SUFFIX.test(parsed.title)) return i;
  // ("### 1번", "## 2本目" over a timetable's notes: a number alone, naming no one, is no talk's heading.)
  if (!parsed.speakers.length && NUMBER_ALONE_TITLE.test(parsed.title)) return i;
  // ("## 2023/11/10(金) 晴れ ― HUG Tokyo Conference 2023 ★": a diary's day, named for the event the writer went to.)
  if (!parsed.speakers.length && speakerLine === null && namesDatedEvent(content)) return i;
  // ("### Title" then "speaker: a Googler from the GKE team": a speaker's label under it says it is a talk, whoever gave it.)
  const labelledBelow = !parsed.speakers.length && speakerLine === null && unnamedSpeakerLine(structure, i, footerLine, check);
  const evidence = (parsed.speakers.length > 0 && (parsed.strongSpeakers || speakerLine !== null || parsed.speakers.every((s) => s.org))) || parsed.keynote || labelledBelow;
  // ("## Lab 1 — Title" then "Rosa Delgado / HashiCorp", "## 실습 1. Title" then "강사: …": a workshop's lab that names who
  // taught it is a talk, its number no part of its title; a lab naming no one is an exercise, no talk (isNonTalkTitle).)
  const lab = evidence && parsed.speakers.length ? TAUGHT_LAB.exec(parsed.title) : null;
  if (lab && lab[0].length < parsed.title.length) {
    parsed.title = parsed.title.slice(lab[0].length);
    parsed.titleStart += lab[0].length;
  }
  out.push({ line: i, parsed, speakerLine, source: 'heading', level: li.level, evidence });
  return i;
}

/** "Lab 1 — ", "실습 2. ", "ハンズオン3：": the number of a workshop's lab before its title. */
const TAUGHT_LAB = /^(?:lab|exercise|hands-on|실습|핸즈온|ハンズオン|演習|実習)\s*#?\s*\d{1,2}\s*[-–—:：.)]\s*(?=\S)/iu;

/**
 * The line right under heading `i` labels its speaker ("speaker: the CNCF exec director", "발표자: K씨 (某 핀테크)") with
 * words that name no one the parser knows: still a talk's, its speaker left unnamed.
 */
function unnamedSpeakerLine(structure: NoteStructure, i: number, footerLine: number, check: Reader): boolean {
  const j = nextContentLine(structure, i, 1);
  // (Not the note's own title over a talk of its own: "연사: 박서연 (넥스트웨이브) / 제목: Title".)
  if (j < 0 || j >= footerLine || structure.info[j].kind === LineKind.Heading || isFirstContentLine(structure, i)) return false;
  const content = structure.info[j].content;
  const m = SPEAKER_LABEL.exec(content);
  return !!m && content.length - m[0].length >= 2 && content.length <= 120 && !isTitleLabelled(content) && !speakerThenTitle(content, check.names);
}

/** A list's item read as a talk's title (candidateLine's reading given); the line to go on after it. */
function itemTalk(scan: CandidateScan, i: number, parsed: TalkLine, marks: EntryMarks): number {
  const { structure, lines, footerLine, check, out, itemAt } = scan;
  const li = scan.info[i];
  const { outlineStart, afterLazyTalk, labelled, outlineHeading, itemSpeakerLine, session, labelBelow, labelAfterBlank } = marks;
  // (Read once: an outline's entry whose next line labels its speakers, labelBelow.)
  const labelledBelow = labelBelow && !parsed.speakers.length && !isNonTalkTitle(parsed.title) ? readSpeakerLine(structure, i + 1, check, true, true) : null;
  // (A title may end like a sentence, "…を撲滅した", when its speakers are named with their organisations.)
  // (Or asks a question: "**個人開発を k8s でやるのはやりすぎか？** — ねこやまさん".)
  // ("2. 주요 세션" then "  가. Title (발표: Name, Org)": items under a list's item that only names the sessions.)
  // (A title in brackets or quotes may end as a sentence does: "【Loki 라벨 설계 실수 모음】(위준호)".)
  // ("7) Ignite talks (5 min)" then "   a. "Title" - Name (Org)", "   b. …": the label's item, its talks on its next lines.)
  if ((li.level === 1 || (li.level === 2 && itemAt[1] !== undefined && sessionsItem(structure, itemAt[1]))) && (li.blockStart || outlineStart || (parsed.quoted && (afterLazyTalk || afterLightningLabel(structure, i)))) && parsed.speakers.length && parsed.strongSpeakers && !isNonTalkTitle(parsed.title) && (!SENTENCE_END.test(parsed.title) || parsed.quoted || parsed.speakers.every((sp) => sp.org) || PAST_TITLE.test(parsed.title) || QUESTION_END.test(parsed.title))) {
    out.push({ line: i, parsed, speakerLine: null, source: 'bullet', level: 0, evidence: true });
  } else if (labelledBelow) {
    // ("1.2 Title" then "  발표: 이수연 / 도담헬스케어" or "  - 발표자: 한소희 (Org)": an outline's entry, its speakers labelled under it.)
    // ("  - **Speaker:** A (X)" then "  - **Speaker:** B (Y)", or "company:: Org" under it: all of them.)
    parsed.speakers = labelledSpeakers(structure, i + 1, labelledBelow, footerLine, check).speakers;
    parsed.strongSpeakers = true;
    out.push({ line: i, parsed, speakerLine: i + 1, source: 'bullet', level: 0, evidence: true });
  } else if (itemSpeakerLine >= 0 && !parsed.speakers.length && !isNonTalkTitle(parsed.title) && (!SENTENCE_END.test(parsed.title) || BOX_MARK.includes(lines[i].trimStart()[0]) || PAST_TITLE.test(parsed.title) || QUESTION_END.test(parsed.title))) {
    // (A title may end as a sentence does, "…やめました", "…気にしなくていい？", when its speaker's line is under it.)
    parsed.speakers = readSpeakerLine(structure, itemSpeakerLine, check, false, true)!;
    parsed.strongSpeakers = true;
    // (A Scrapbox page's items are its list's talks, as those read with their speakers on the same line are.)
    out.push({ line: i, parsed, speakerLine: itemSpeakerLine, source: structure.dialect === 'scrapbox' ? 'bullet' : 'plain', level: 0, evidence: true });
  } else if ((labelled || session || parsed.quoted || outlineHeading) && !parsed.speakers.length) {
    // "■ 세션명: …" then "■ 발표자: …", "■「タイトル」" then "発表者：…": a labelled or quoted title with its speakers on the next line.
    // ("[세션 1] Title" then "트랙: 메인", "난이도: 중급", then "발표자: …": the session's fields before its speakers.)
    const j = labelAfterBlank >= 0 ? labelAfterBlank : pastSessionFields(structure, nextContentLine(structure, i, 0), footerLine);
    const read = readSpeakerLine(structure, j, check);
    if (read) {
      // "  - **Speaker:** A (X)" then "  - **Speaker:** B (Y)": one labelled line per speaker; "company:: Zalando",
      // "Company: Acme" under the speaker: their organisation.
      const { speakers, last, org } = labelledSpeakers(structure, j, read, footerLine, check);
      parsed.speakers = speakers;
      parsed.strongSpeakers = true;
      out.push({ line: i, parsed, speakerLine: j, source: 'plain', level: 0, evidence: true });
      i = org ? last + 1 : last;
    }
  }
  return i;
}

/** A paragraph's line read as a talk's title (candidateLine's reading given); the line to go on after it. */
function paragraphTalk(scan: CandidateScan, i: number, parsed: TalkLine, marks: EntryMarks): number {
  const { structure, lines, info, footerLine, check, out, agenda } = scan;
  const li = info[i];
  const content = li.content;
  const { bracketSession, blockStart, labelled, quotedLead } = marks;
  // ("끝나고 코엑스몰에서 저녁. 2일차는 못 감 (배포날 ㅠ)", "懇親会はピザ。Kevinさんと…": two sentences, no title.)
  if (!parsed.quoted && INNER_SENTENCE.test(parsed.title)) return i;
  // A plain paragraph line: only the first line of a paragraph (or the first after a drawn line, or a labelled title) can be a title.
  // (A quoted title alone on its line, its speakers on the next line of the paragraph.)
  const quotedSpeakers = quotedLead && parsed.quoted && !parsed.speakers.length && i + 1 < footerLine && info[i + 1].kind === LineKind.Paragraph && !info[i + 1].blockStart ? readSpeakerLine(structure, i + 1, check) : null;
  if (quotedSpeakers) {
    parsed.speakers = quotedSpeakers;
    parsed.strongSpeakers = true;
    // The timed line above names the slot ("OPENING KEYNOTE", "TRACK A — Exchange Hall"), not another talk.
    for (let k = agenda.length - 1; k >= 0; k--) if (agenda[k].line === i - 1) agenda.splice(k, 1);
    out.push({ line: i, parsed, speakerLine: i + 1, source: 'plain', level: 0, evidence: true });
    return i + 1;
  }
  if (!blockStart && !labelled && !(quotedLead && parsed.quoted && parsed.strongSpeakers)) return i;
  if (quotedLead && !blockStart && !labelled) {
    // (Under "■ 19:40 メインセッション", a list's item, it is one of the list's talks.)
    const p = previousContentLine(structure, i, -1);
    out.push({ line: i, parsed, speakerLine: null, source: p >= 0 && info[p].kind === LineKind.ListItem ? 'bullet' : 'plain', level: 0, evidence: true });
    return i;
  }
  if (isNonTalkTitle(parsed.title) && !parsed.keynote) return i;
  // "paris notes - rejekts + kubecon eu 24": the note's own title line, the writer's notes of events.
  // ("SREcon24 Americas -- Mar 18-20, 2024": the note's first line names and dates the event.)
  // ("CONFERENCES 2025 -- index": the title of the writer's log of a year's events.)
  // ("2024 빛고을 인프라 엔지니어 모임 - 연말 세미나": the note's first line names an event of a year, then what kind.)
  // ("Platform Meetup Kobe vol.3 — memo": an event's name, then what the note is, read as a title and a speaker.)
  // ("kubecon + cloudnativecon eu 2025 — london, ExCeL": an event's name, then its place, a word read as a bare handle.)
  if (isFirstContentLine(structure, i) && (namesYearLog(content) || ATTENDANCE_SUFFIX.test(parsed.title) || (!parsed.strongSpeakers && parsed.speakers.length > 0 && EVENT_WORDS.test(parsed.title) && ATTENDANCE_SUFFIX.test(content)) || (!parsed.strongSpeakers && hasDigit(content) && findDates(content).some((d) => d.date.length === 10)) || (YEAR.test(parsed.title) && EVENT_WORDS.test(parsed.title) && EVENT_WORDS.test(content.slice(parsed.titleEnd))) || (namesNumberedEvent(parsed.title) && parsed.speakers.every((sp) => sp.handle === sp.name && !content.includes('@'))))) return i;
  // "HashiCorp User Group Nagoya Vol.3 - connpass": the title of the event's page, copied.
  if ((content.includes(' - ') || content.includes(' | ') || content.includes('｜')) && EVENT_SITE_SUFFIX.test(content)) return i;
  // "鈴木 拓也さん（ナミノリ）の発表" then "「タイトル」" or "タイトルは「…」": the speaker said first, the title quoted below.
  const said = content.endsWith('発表') || content.endsWith('発表。') || content.endsWith('講演') || content.endsWith('講演。') ? TALK_OF.exec(content) : null;
  if (said && i + 1 < footerLine && info[i + 1].kind === LineKind.Paragraph && !info[i + 1].blockStart) {
    const sp = check.speakers(said[1]);
    const quoted = sp?.strong ? check.talkLine(info[i + 1].content.replace(/^(?:タイトルは|演題は)\s*/u, '')) : null;
    if (sp?.strong && quoted?.quoted && !quoted.speakers.length) {
      quoted.speakers = sp.speakers;
      quoted.strongSpeakers = true;
      out.push({ line: i + 1, parsed: quoted, speakerLine: i, source: 'plain', level: 0, evidence: true });
      return i + 1;
    }
  }
  if (parsed.speakers.length) {
    const next = nextContentLine(structure, i, 0);
    // (Or over the post's time alone: "6/ session 2 — Title — Name & Name, @Org" then "   — 11:05 AM", a thread copied from X.)
    const alone = li.standalone || parsed.quoted || next < 0 || readSpeakerLine(structure, next, check) !== null || (hasDigit(info[next].content) && POST_TIME.test(info[next].content));
    // "Session 1 — Title by Name (Company)" with the notes right below it, no blank line between.
    // ("[4] Title — 배준호님", "(2) Title - Name": a numbered line naming its speaker, its notes below.)
    // ("Title - Bram Hendriks, independent": no organisation, said so.)
    // ("Title - Pieter de Vries" at the margin, its notes indented under it, the entry before it the same way: a
    // hanging-indent list's entry, in the paragraph of those before it.)
    const hanging = next === i + 1 && li.contentStart === 0 && isIndentedText(info[i - 1]) && isIndentedText(info[next]) && !info[next].blockStart && !ORG_IN_BRACKETS.test(info[next].content);
    // ("[김도윤] [오후 3:51] LT1 Title - 최유나님": a chat's message that numbers its talk.)
    const numberedMessage = lines[i].charCodeAt(0) === 91 && CHAT_LINE.test(lines[i]) && NUMBERED_MESSAGE.test(lines[i].replace(CHAT_MESSAGE_PREFIX, ''));
    const headline = parsed.strongSpeakers && (SESSION_LABEL.test(content) || NUMBERED_LEAD.test(content) || parsed.speakers.every((sp) => sp.org) || endsWithNoOrganisation(content) || hanging || numberedMessage);
    // ("Title ........ 藤原 さくら" then "      (関西データ工房)": the speaker's organisation alone on the line below, in brackets.)
    const orgBelow = !headline && !alone && parsed.strongSpeakers && next === i + 1 && !info[next].blockStart && parsed.speakers.every((sp) => !sp.org) ? ORG_IN_BRACKETS.exec(info[next].content) : null;
    if (orgBelow) {
      // (New speakers: a line's reading is kept by its text, and no caller changes a speaker in place.)
      const org = orgBelow[1].trim();
      parsed.speakers = parsed.speakers.map((sp) => ({ ...sp, org }));
      out.push({ line: i, parsed, speakerLine: next, source: 'plain', level: 0, evidence: true });
      return next;
    }
    if ((alone && (parsed.strongSpeakers || li.standalone)) || headline) {
      out.push({ line: i, parsed, speakerLine: null, source: 'plain', level: 0, evidence: true });
      return i;
    }
  }
  // (A labelled title may end like a sentence: "セッション名：…を短縮した"; any title may ask a question, "#5 Platform
  // teams: who's at the helm?", with "speaker: …" under it.)
  // ("Q. 도커 이미지, 왜 아직도 2GB인가요?" then "발표: 윤서준 (해운대랩스)": a title put as a question, its "Q." no part of it.)
  // ("Talk 1: Do you really need a service mesh?" then "by Jihoon Kwak, Wavecrest Cloud".)
  // ("Panel: Who Owns the Pager?" then its day, its room, then "Moderators: …": past the session's fields.)
  // ("🎤 tf の state 分割 どこまでやる?" then "👤 山本 / 株式会社フォレストペイ": the speaker's emoji for the label.)
  // ("Terraform과 AWS CDK, 언제 무엇을 써야 할까?" then "오태양, 여기어때": a line of a person and their organisation under it, in plain text.)
  const asks = (parsed.title.endsWith('?') || parsed.title.endsWith('？')) && i + 1 < footerLine && (SPEAKER_LABEL.test(info[pastSessionFields(structure, i + 1, footerLine)].content) || SPEAKER_BELOW.test(info[i + 1].content) || TALK_BY_LABEL.test(info[i + 1].content) || NUMBERED_SESSION_LEAD.test(content) || (structure.plainText && !info[i + 1].blockStart && info[i + 1].kind === LineKind.Paragraph && !!check.speakers(info[i + 1].content)?.speakers.every((sp) => sp.org)));
  const question = asks ? QUESTION_MARK.exec(parsed.title) : null;
  if (question) parsed = { ...parsed, title: parsed.title.slice(question[0].length), titleStart: parsed.titleStart + question[0].length };
  // ("■ Consulのサービスメッシュ、やめました" then "加藤さん / フリーランス": a title marked as one may end like a sentence.)
  const marked = BOX_MARK.includes(content[0]);
  // (Not "> [!info] Speaker", a label alone over the names.)
  // ("첫 발표 — 헬름 차트 표준화, 삼 년 걸렸습니다", "세 번째 발표: …했다": a title the order of the programme announces.)
  const ordered = ORDINAL_SESSION_LEAD.test(content);
  // ("Panel: "On-call at the helm: who steers?"": a quoted title may ask a question too.)
  if (content.length <= 120 && (labelled || asks || marked || ordered || parsed.quoted || !SENTENCE_END.test(parsed.title)) && !LABEL_ALONE.test(content)) {
    // (Past the session's labelled fields: "트랙: 메인", "난이도: 중급", then "발표자: …".)
    const first = nextContentLine(structure, i, li.standalone ? 1 : 0);
    const j = pastSessionFields(structure, first, footerLine);
    // (The speakers' line right under the title, or under the fields right under it.)
    const under = first === i + 1;
    // (Not "登壇者：…" heading a paragraph whose next line is the title: that line's talk.)
    // ("登壇者：" alone, then the people on the lines under it: read from the first of them.)
    const named = j >= 0 && j + 1 < footerLine && info[j].content.length <= 12 && LABEL_ALONE.test(info[j].content) && info[j + 1].kind === LineKind.Paragraph && !info[j + 1].blockStart ? j + 1 : j;
    const read = j >= 0 && info[j].blockStart && SPEAKER_LABEL.test(info[j].content) && speakerAboveTitle(structure, j, footerLine, check) ? null : readSpeakerLine(structure, named, check, named !== j);
    // (Not the speaker line then: the rest of that line is the talk's text.)
    const opening = read === null && under && info[j].kind === LineKind.Paragraph && !info[j].blockStart && BOLD_LINE.test(lines[i]) ? speakersOpeningLine(structure, j, check) : null;
    const sp = read ?? opening;
    // A line that reads as a name ("Golden Paths, Not Golden Cages") is a title when the paragraph's next line names people with their organisations.
    const titleFirst =
      sp !== null && (!check.speakers(content)?.strong || (sp.every((s) => s.org) && !/[(（]/.test(content) && under && info[j].kind === LineKind.Paragraph && !info[j].blockStart));
    // ("【セッション】Title" then "- 登壇: …": a labelled entry's speakers may be the item right below it.)
    // (A Scrapbox page's "[Title]" then " Name さん (Org)": every line is an item of its own, the speakers' indented under the title.)
    // ("→ 석현우 님 / 그리드웨이브", "↳ Name (Org)": an item whose arrow points back at the title.)
    // ("[1] Title" then "    - 발표: 박성호 님 (…)": the item right below it labels its speakers.)
    if (sp && titleFirst && (li.standalone || (under && (bracketSession || (!info[j].blockStart && !afterSeparator(structure, j)) || (structure.dialect === 'scrapbox' && info[j].kind === LineKind.ListItem) || (info[j].kind === LineKind.ListItem && (/^\s*[→↳]/u.test(lines[j]) || SPEAKER_LABEL_COLON.test(info[j].content))))))) {
      // "Ramona Ellis, Cobaltline" then "Vikram Sethi, Cobaltline" (a schedule's entry): one line per speaker,
      // each with an organisation, in the same paragraph.
      let last = read ? named : j;
      let speakers = sp;
      // ("Moderators: Claire Dubois, Independent" then "Speakers: …": labelled lines, one after the other.)
      if (read && SPEAKER_LABEL.test(info[named].content)) ({ speakers, last } = labelledLinesAfter(structure, named, sp, footerLine, check));
      // ("윤지호, AWS 솔루션즈 아키텍트" then "한승우, 컬리": a role where the organisation would be, one person a line too.)
      if (!opening && speakers.every((s) => s.org || s.role)) {
        while (last + 1 < footerLine && info[last + 1].kind === LineKind.Paragraph && !info[last + 1].blockStart) {
          // ("👤 Name / Org" then "💬 証明書 手動更新やめた": a line marked as a note by another emoji is none of them.)
          if (EMOJI_LEAD.test(info[last + 1].content) && !SPEAKER_BELOW.test(info[last + 1].content)) break;
          const more = readSpeakerLine(structure, last + 1, check);
          if (!more || !more.every((s) => s.org || s.role)) break;
          // (A new list, as above: the line's reading is kept by its text.)
          speakers = [...speakers, ...more];
          last++;
        }
      }
      // "スピーカー：中村 彩花" then "所属：株式会社ハカタクラウド".
      const org = opening ? null : organisationLine(structure, last + 1, footerLine);
      parsed.speakers = withOrganisation(speakers, org);
      parsed.strongSpeakers = true;
      out.push({ line: i, parsed, speakerLine: opening ? null : j, source: 'plain', level: 0, evidence: true });
      return opening ? i : org ? last + 1 : last;
    }
    // ("[2] Title" then "    - 발표: 그 스타트업 CTO분 (성함 기억 안남)": a numbered title whose labelled item names no one is a talk still.)
    if (!sp && under && NUMBERED_LEAD.test(content) && info[j].kind === LineKind.ListItem && SPEAKER_LABEL_COLON.test(info[j].content) && !check.speakers(content)?.strong) {
      out.push({ line: i, parsed, speakerLine: j, source: 'plain', level: 0, evidence: true });
      return j;
    }
  }
  // "Keynote", "基調講演：…"; not "基調講演はメモを取り忘れた。…".
  if (parsed.keynote && li.standalone && !SENTENCE_END.test(parsed.title) && !/[。！？]|[.!?]\s/u.test(parsed.title)) out.push({ line: i, parsed, speakerLine: null, source: 'plain', level: 0, evidence: true });
  return i;
}


const TITLE_QUOTE_FIRST = /^[「『"“]/u;

/** A recap's sentence on `first` whose title opens the next line `second` (sentenceTalk), the title's offsets in `second`; or null. */
function titleWrappedBelow(first: string, second: string, check: Reader): TalkLine | null {
  const cjk = /님|さん|氏/u.test(first);
  // (Japanese is written without spaces, so a line broken in it is joined without one.)
  const joiner = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]$/u.test(first) ? '' : ' ';
  const joined = first + joiner + second;
  const prose = cjk ? parseCjkProseTalk(joined, check.names) : first.length > 20 ? parseProseTalk(joined, check.names) : null;
  const shift = first.length + joiner.length;
  if (!prose || prose.titleStart < shift || !prose.speakers.length) return null;
  return { ...prose, titleStart: prose.titleStart - shift, titleEnd: prose.titleEnd - shift };
}

/**
 * A talk told in a sentence that a hard-wrapped paragraph breaks ("Second talk: "Title", Jonas Behrendt from"
 * then "Nordkap Versicherung. This is …"): read with the paragraph's next line, its title starting on this one.
 */
function wrappedProseTalk(structure: NoteStructure, i: number, check: Reader): TalkLine | null {
  const { info } = structure;
  const content = info[i].content;
  if (i + 1 >= info.length || info[i + 1].kind !== LineKind.Paragraph || info[i + 1].blockStart || !(content.includes('"') || content.includes('“') || content.includes("'") || content.includes('‘'))) return null;
  return onFirstLine(parseProseTalk(`${content} ${info[i + 1].content}`, check.names), content);
}

/** A talk read from a line joined with the next one, when its title starts on the first: a title that goes on is marked on the first line. */
function onFirstLine(parsed: TalkLine | null, first: string): TalkLine | null {
  if (!parsed || parsed.titleStart >= first.length) return null;
  return parsed.titleEnd > first.length ? { ...parsed, titleEnd: first.length } : parsed;
}

/**
 * A block's first line with a quotation that is not closed on it, or closed at its end with nothing after it, read with
 * the block's next line up to the end of that line's first sentence: a talk whose title starts on this line and whose
 * speakers are named with confidence.
 */
function wrappedTalkLine(structure: NoteStructure, i: number, footerLine: number, check: Reader): TalkLine | null {
  const { info } = structure;
  const content = info[i].content;
  if (i + 1 >= footerLine || info[i + 1].blockStart || (info[i + 1].kind !== LineKind.Paragraph && info[i + 1].kind !== LineKind.ListItem)) return null;
  const open = content.search(/["“]/u);
  if (open < 0) return null;
  const close = content.slice(open + 1).search(/["”]/u);
  const next = info[i + 1].content;
  // Closed: only when nothing but a full stop follows it and the next line says who ("- "Title"" then "by Name (Org). …");
  // open: when the next line closes it.
  if (close >= 0 ? !/^[.,]?\s*$/u.test(content.slice(open + 2 + close)) || !SPEAKERS_NEXT.test(next) : !(next.includes('"') || next.includes('”'))) return null;
  let joined = `${content} ${next}`;
  const closeAt = joined.slice(open + 1).search(/["”]/u);
  if (closeAt < 0) return null;
  const sentenceEnd = joined.indexOf('. ', open + 1 + closeAt);
  if (sentenceEnd > 0) joined = joined.slice(0, sentenceEnd + 1);
  const parsed = check.talkLine(joined.replace(/\.$/u, ''));
  if (!parsed?.quoted || !parsed.strongSpeakers || !parsed.speakers.length || isNonTalkTitle(parsed.title)) return null;
  return onFirstLine(parsed, content);
}

/**
 * wrappedTitleLine's test that the next line goes on with the title: it hangs under the title's text (indented
 * further), or the line ends as a title cut short does (a colon, a comma, a particle, a joining word).
 */
const TITLE_GOES_ON = /(?:[:：、,&+]|[とのやを]|\s(?:and|with|for|of|to|in|on|the|a|vs\.?))$/iu;

/** A block's first line that names no one, read with its next line when that line ends with its speakers after a dash. */
function wrappedTitleLine(structure: NoteStructure, i: number, check: Reader): TalkLine | null {
  const { info, lines } = structure;
  const content = info[i].content;
  const next = info[i + 1].content;
  if (content.length > 100 || next.length > 100 || SENTENCE_END.test(content)) return null;
  if (!(indentOf(lines[i + 1]) > indentOf(lines[i]) || TITLE_GOES_ON.test(content))) return null;
  // (The next line alone: a title's end, a dash, people named with confidence.)
  const tail = check.talkLine(next);
  if (!tail?.strongSpeakers || !tail.speakers.length || tail.quoted || tail.time) return null;
  // (Not a timed entry's line, "20:45 LT: Title" over "吉川 さん (Org)", nor a title over its speakers' own line.)
  const own = check.talkLine(content);
  if (!own?.title || own.speakers.length || own.time || isNonTalkTitle(own.title) || readSpeakerLine(structure, i + 1, check)) return null;
  const joined = onFirstLine(check.talkLine(`${content} ${next}`), content);
  return joined?.strongSpeakers && joined.speakers.length && !isNonTalkTitle(joined.title) ? joined : null;
}

/** longLine's talk: the head before the line's first dash, a title with its speakers in brackets at its end (each with an organisation). */
function longLineTalk(content: string, check: Reader): TalkLine | null {
  // (Natively: a closing bracket, a space and a dash, early in the line.)
  let at = -1;
  for (const mark of BRACKET_THEN_DASH) {
    const k = content.indexOf(mark);
    if (k >= 0 && (at < 0 || k < at)) at = k;
  }
  if (at < 11 || at > 159) return null;
  const parsed = check.talkLine(content.slice(0, at + 1));
  return parsed?.title && parsed.strongSpeakers && parsed.speakers.length && parsed.speakers.every((sp) => sp.org) && !isNonTalkTitle(parsed.title) ? parsed : null;
}
const QUOTE_FIRST = `'‘"“`;
const BRACKET_THEN_DASH = [') — ', ') – ', ') - ', '） — ', '）— ', '） - '];
/** "by Name", "-- Name", "— Name", "(Name)": the line under a quoted title that names who gave it. */
const SPEAKERS_NEXT = /^\s*(?:by\s|[-—–]{1,2}\s|[(（])/iu;

/** "[Chloe Brennan, Ardent Mutual Insurance]": a line wholly in one pair of square brackets, without them. */
function withoutSquareBrackets(content: string): string {
  return content.length > 2 && content[0] === '[' && content.indexOf(']') === content.length - 1 ? content.slice(1, -1).trim() : content;
}

/** "First up was Priya Raman from Northwind Freight, i.e. the hosts." over its title: the talk of line i + 1. */
function announcedTalk(structure: NoteStructure, i: number, check: Reader): Candidate | null {
  const m = ANNOUNCED_SPEAKER.exec(structure.info[i].content);
  if (!m) return null;
  const sp = check.speakers(m[2] ? `${m[1]} (${m[2]})` : m[1]);
  const title = structure.info[i + 1].content;
  if (!sp?.strong || sp.speakers.length !== 1 || title.length < 4 || title.length > 100 || /[.。!?]$/u.test(title)) return null;
  return titleUnderSpeakers(i, title, sp.speakers, check);
}
const LEADING_CLOCK = /^\[\d{1,2}:\d{2}:\d{2}\]\s+/;
/** "+-------+-----+": a drawn table's border; "| a | b |": one of its rows. */
const BOX_BORDER = /^\s*\+(?:[-=:]{2,}\+){2,}\s*$/;
const BOX_ROW = /^\s*\|.*\|\s*$/;
const WIKI_HEADER_ROW = /^\s*(?:\|.*\|h|\^.*\^)\s*$/;
const ANNOUNCED_FIRST = 'FNTAUfntau';
/** The marks that open a quoted title. */
const QUOTE_OPENING = '「『"“';
/** A session's code among a line's words: "BRK-2107", "[S-01]", "KCD-T1-01", "CNK-A1". */
const SESSION_CODE = /(?:^|[\s\[【(])[A-Z]{1,5}-[A-Z0-9]{1,4}(?:-\d{1,3})?(?=[\s\]】)·|]|$)/u;
/** A session's code alone: "KEY-01", "BRK-2107", "CNK-A1", "[S-01]", "T-1". */
const SESSION_CODE_ALONE = /^[\[【(]?[A-Z]{1,5}-?[A-Z]?\d{1,4}[A-Z]?[\]】)]?$/u;

/**
 * The title (one to three lines, a word broken by a hyphen at a line's end joined) and the speakers (the next line, that
 * names them) under a programme slot's line at `i`; null when the lines there are not so.
 */
function codedSlot(structure: NoteStructure, i: number, footerLine: number, check: Reader, underHeading = false): { line: number; last: number; parsed: TalkLine } | null {
  const { info } = structure;
  let title = '';
  // (Under a heading, the title's first line opens the paragraph, maybe after a blank line: "## ① 10:50〜 Track A", "", "Title".)
  let start = i + 1;
  if (underHeading) while (start < footerLine && start <= i + 2 && info[start].kind === LineKind.Blank) start++;
  for (let j = start; j < Math.min(footerLine, start + 4); j++) {
    const li = info[j];
    if (li.kind !== LineKind.Paragraph || (li.blockStart && !(underHeading && j === start)) || !li.content) return null;
    // (A quoted title under it, "「Title」" then "登壇：…", is read as any quoted title is.)
    if (!title && QUOTE_OPENING.includes(li.content[0])) return null;
    // (A line that labels them, "登壇：Name（Org）", or names each with an organisation or a role; not a title's line that
    // goes on after a particle: "の 分 割 と 依存管理".)
    const labelled = underHeading && SPEAKER_LABEL.test(li.content);
    const sp = title && !HIRAGANA_FIRST.test(li.content) ? check.speakers(li.content) : null;
    if (sp?.strong && sp.speakers.length && sp.speakers.every((x) => x.org || x.role || labelled)) {
      if (title.length < 4) return null;
      return { line: start, last: j, parsed: { title, speakers: sp.speakers, strongSpeakers: true, keynote: isKeynote(title), quoted: false, titleStart: 0, titleEnd: title.length, time: null } };
    }
    // (A word broken by a hyphen at the line's end is joined; a Japanese line's end breaks no word, so no space either.)
    title = !title ? li.content : /\p{L}-$/u.test(title) ? title.slice(0, -1) + li.content : CJK_WRAP_END.test(title) ? title + li.content : `${title} ${li.content}`;
  }
  return null;
}

const HIRAGANA_FIRST = /^\p{sc=Hiragana}/u;
/** A line's end in Japanese (a kanji or kana, or a full-width bracket): the next line goes on with no space between. */
const CJK_WRAP_END = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー）」』]$/u;
/** A slot's track or room: "Track A", "Room 2", "トラックB". */
const SLOT_TRACK = String.raw`(?:track|room|hall|트랙|룸|홀|トラック|ルーム|会場)\s*[A-Za-z0-9]{1,2}`;
/** The track before a slot's time ("Track A 11:00"), and after it ("① 10:50〜 Track A"). */
const TRACK_FIRST = new RegExp(String.raw`^${SLOT_TRACK}\s+`, 'iu');
const TRACK_LAST = new RegExp(String.raw`\s+${SLOT_TRACK}$`, 'iu');
/** A speech balloon's emoji at a line's start. */
const SPEECH_BALLOON = /^(?:\u{1F4AC}|\u{1F5E8}|\u{1F5EF}|\u{1F4AD})/u;
/** "#14", "vol.3", "第12回", "7회", "3차": an event's number in its series. */
const SERIES_NUMBER = /#\s?\d{1,4}\b|\bvol\.?\s?\d{1,4}|第\d{1,4}回|\d{1,4}\s?(?:회|차)(?![\p{L}])/iu;

/** "kubecon + cloudnativecon eu 2025", "SRE Night Tokyo vol.8": an event's name with its year or its number in the series. */
export function namesNumberedEvent(title: string): boolean {
  return (YEAR.test(title) || SERIES_NUMBER.test(title)) && EVENT_WORDS.test(title.replace(YEAR, ' ').replace(SERIES_NUMBER, ' '));
}
/** An organisation alone in brackets: "(関西データ工房)". */
const ORG_IN_BRACKETS = /^[(（]([^()（）]{2,40})[)）]$/u;
/** "첫 발표 —", "세 번째 발표:", "다섯 번째 —", "네 번째 (라이트닝)": the order of the programme before a title. */
// ("LT4 Istio やめて Cilium Service Mesh にした": a lightning talk's number before it.)
const ORDINAL_SESSION_LEAD = /^(?:(?:첫|두|세|네|다섯|여섯|일곱|여덟|마지막)\s*(?:번째)?\s*(?:발표|세션)?\s*(?:[(（][^()（）]{1,10}[)）]\s*|[:：—–-]\s*)\S|(?:LT|ＬＴ)\s*[0-9０-９]{1,2}[\s:：](?!\s*[(（]))/u;
/** "First talk", "Second talk:", "두 번째 발표", "2つ目のセッション": a label alone on its line, the title on the next. */
// ("■1本目", "◆ 2番目", "Talk #3", "세션 2": a mark before it, a number in it.)
// ("Talk 1/5 | 11:00 | Room S1": of how many, and the slot's time and room in cells after it.)
const ORDINAL_TALK_LABEL = new RegExp(String.raw`^(?:[${LABEL_MARKS}]\s*)?(?:(?:first|second|third|fourth|fifth|last|final|next) (?:talk|session|speaker)|(?:first|second|third|fourth|fifth|last|final|next)(?: up| one)?|up first|(?:첫|두|세|네|다섯)\s*번째\s*(?:발표|세션)|[1-9１-９一二三四五]つ目の(?:発表|セッション|講演)|(?:第\s*)?[0-9０-９一二三四五六七八九十]{1,2}\s*(?:本目|番目|人目)(?:の(?:発表|セッション|講演|LT))?|(?:(?:short|lightning|main|invited)\s+)?(?:talk|session|lt|セッション|発表|講演|세션|발표)\s*#?\s*[0-9０-９]{1,2}(?:\s*\/\s*[0-9]{1,2})?)(?:\s+[|·]\s+[^|·]{1,24}){0,3}\s*[:：]?$`, 'iu');
const FIRST_NAME_COLON = /^(\p{Lu}\p{Ll}{1,11}):\s+(\S.{3,})$/u;
/** Words that take a colon as labels, not as a person's first name. */
const NOT_A_NAME_LABEL = /^(?:Note|Notes|Todo|Update|Agenda|Summary|Takeaways?|Action|Actions|Next|Speaker|Speakers|Title|Talk|Session|Topic|Slides|Video|Link|Links|Question|Answer|Tip|Warning|Also|Lunch|Break|Venue|Date|Time|Where|When|Host|Hosts|Sponsor|Sponsors|Food|Verdict|Rating|Demo|Repo|Tldr|Status|Context|Problem|Solution|Result|Results|Lesson|Lessons|Idea|Ideas|Overall|Thoughts|Pros|Cons|Room|Rooms|Hall|Stage|Track|Level|Format|Tags|Tag|Language|Duration|Length|Type|Kind|Audience|Difficulty|Category|Recording|Abstract|Description|Bio|Panel|Panelists|Panelist|Moderator|Moderators|Location|Prerequisites)$/u;

/** Paragraph line `i` reads "FirstName: Title" (no label's word before the colon) with a list under it: the name and the title. */
function firstNameColon(structure: NoteStructure, i: number): RegExpExecArray | null {
  const { info } = structure;
  const m = info[i].kind === LineKind.Paragraph && info[i + 1].kind === LineKind.ListItem ? FIRST_NAME_COLON.exec(info[i].content) : null;
  // ("Lv: 初級 / ★★★☆☆", "Level: 300": a session's field, not a first name.)
  return m && !NOT_A_NAME_LABEL.test(m[1]) && !SESSION_FIELD_LINE.test(info[i].content) ? m : null;
}
/** Paragraph line `i` as "Kim Soo-ah — Title", "Yoon Ji-woo & Daniel Cho – Title": people's full names, a dash, the title (notes under it). */
function speakersDashTitle(structure: NoteStructure, i: number, check: Reader): Candidate | null {
  const { info } = structure;
  const li = info[i];
  const message = li.content.charCodeAt(0) === 91 ? MESSAGE_TIME.exec(li.content) : null;
  if (li.kind !== LineKind.Paragraph || !(li.blockStart || message) || info[i + 1]?.kind === LineKind.Blank || li.content.length > 140) return null;
  // ("09:50 🎤 Hiro Tanaka - Incident Command for 12-Person Teams": the slot's time and a mark before them.)
  const own = message ? li.content.slice(message[0].length) : li.content;
  const c0 = own.charCodeAt(0);
  const text = (c0 >= 48 && c0 <= 57) || c0 >= 0x2000 ? own.replace(TIME_MARK_LEAD, '') : own;
  // ("🎤 패널 - 온프렘 k8s vs EKS" then "노태윤(부산은행), 김하나(NHN), …": a panel in the same shape, its people on the next line.)
  const panel = PANEL_DASH.exec(text);
  // ("Raj Patel: Retiring Consul (mostly)": a colon between them, when the name opens with a given name or is a Korean or
  // Japanese full name; not "Action Items: …".)
  const dash = panel ? null : SPEAKERS_DASH_TITLE.exec(text);
  const colon = panel || dash ? null : SPEAKERS_COLON_TITLE.exec(text);
  if (colon && !colon[1].split(/\s*(?:&|\+|,|\band\b)\s*/u).every((n) => isGivenName(n.split(' ')[0]) || CJK_FULL_NAME.test(n))) return null;
  const m = panel ?? dash ?? colon;
  if (!m) return null;
  if (panel) {
    const next = info[i + 1];
    const people = next?.kind === LineKind.Paragraph && !next.blockStart && next.content.length <= 160 ? check.speakers(next.content) : null;
    if (!people?.strong || people.speakers.length < 2) return null;
    const at = li.content.length - m[2].length;
    const title = m[2].trim();
    return { line: i, parsed: { title, speakers: people.speakers, strongSpeakers: true, keynote: false, quoted: false, titleStart: at, titleEnd: at + title.length, time: null }, speakerLine: i + 1, source: 'plain', level: 0, evidence: true };
  }
  const names = m[1].split(/\s*(?:&|\+|,|\band\b)\s*/u);
  if (names.length > 3 || !names.every((n) => LATIN_PERSON.test(n) || CJK_FULL_NAME.test(n))) return null;
  const sp = check.speakers(m[1]);
  if (!sp || sp.speakers.length !== names.length || sp.speakers.some((x) => x.org)) return null;
  // ("🎤 조은비 - 레디스 클러스터 장애 회고 (당근)": the one speaker's organisation in brackets after the title.)
  // (Not "Retiring Consul (mostly)": the title's own word in brackets.)
  const bracketed = names.length === 1 ? ORG_AFTER_TITLE.exec(m[2]) : null;
  const tail = bracketed && !TITLE_WORD_IN_BRACKETS.test(bracketed[1]) ? bracketed : null;
  const titled = tail ? m[2].slice(0, tail.index) : m[2];
  const parsed = check.talkLine(titled);
  if (!parsed?.title || parsed.speakers.length || parsed.title.length < 6 || isNonTalkTitle(parsed.title)) return null;
  // (After a colon, not what the person said: "Raj Patel: we moved it all to k8s."; a title may ask, "…, RIP?".)
  if (colon && SAID_END.test(parsed.title)) return null;
  // ("▶ 현우님 — 도메인 1 … (요약)": a remark on the notes in brackets is neither organisation nor title.)
  if (tail && !ORG_REMARK.test(tail[1].trim())) sp.speakers = [{ ...sp.speakers[0], org: tail[1].trim() }];
  const at = li.content.length - m[2].length;
  // ("🎤 서지우 - Argo CD …" then "(마이리얼트립)": the speaker's organisation alone in brackets on the next line.)
  const next = info[i + 1];
  const org = names.length === 1 && next?.kind === LineKind.Paragraph && !next.blockStart ? ORG_ALONE_IN_BRACKETS.exec(next.content) : null;
  const speakers = org && (looksLikeOrg(org[1]) || (!/\s/.test(org[1].trim()) && !/[ㄱ-ㅎ]/u.test(org[1]))) ? [{ ...sp.speakers[0], org: org[1].trim() }] : sp.speakers;
  return { line: i, parsed: { ...parsed, titleStart: parsed.titleStart + at, titleEnd: parsed.titleEnd + at, speakers, strongSpeakers: true }, speakerLine: org ? i + 1 : null, source: 'plain', level: 0, evidence: true };
}
/** " (당근)", " (Stripe)": one short word or two in brackets at a line's end. */
const ORG_AFTER_TITLE = /\s*[(（]([^()（）\s]{1,16}(?:\s[^()（）\s]{1,16})?)[)）]$/u;
/** "1번", "2本目", "#3", "5번 (LT)": a number alone, perhaps with a remark in brackets. */
// ("### 5 — panel", "## 6 - lightning talk": the number and the session's kind, its title in the record below.)
const NUMBER_ALONE_TITLE = /^#?\d{1,2}\s*(?:번|本目|人目|つ目)?(?:\s*[(（][^()（）]{1,10}[)）]|\s+[—–-]\s+(?:panel|keynote|lightning(?:\s+talk)?|lt|workshop|패널|키노트|パネル|基調講演))?$/iu;
/** "◆ 1本目 / Name（Org）", "LT2 / Name", "#3 — Name": the programme's order, then people (group 1). */
const ORDER_THEN_PEOPLE = /^(?:[◆◇■□●○▶▷►★☆・•▼▽]\s*)?(?:\d{1,2}\s*(?:本目|人目|番目|번째|번)|LT\s*#?\d{0,2}|(?:発表|세션|발표|talk|session)\s*#?\d{1,2}|#\d{1,2})(?:\s*[/／|｜:：—–-]\s*|\s+)(\S.{1,60})$/iu;
/** "お題: Title ← remark", "タイトル：「Title」", "제목: Title": the title under its label (group 1), a remark after an arrow left out. */
const TITLE_LABELLED = /^(?:お題|タイトル|題目|演題|title|topic|제목|주제)\s*[:：]\s*[「『"“]?([^「」『』"“”←]{3,120}?)[」』"”]?(?:\s*(?:←|<-)\s*.*)?$/iu;
/** "『Title』", "「Title」", ""Title"": a title alone in quotes. */
const QUOTED_ALONE = /^[「『"“]([^「『」』"“”]{3,120})[」』"”]$/u;
const PANEL_DASH = /^(panel(?:\s+discussion)?|패널(?:\s*토론|\s*토크)?|パネル(?:ディスカッション)?)\s+(?:[—–]|--?)\s+(\S.{3,})$/iu;
const ORG_ALONE_IN_BRACKETS = /^[(（]\s*([^()（）\s][^()（）]{0,30}?)\s*[)）]$/u;
const TIME_MARK_LEAD = /^(?:\d{1,2}[:：]\d{2}(?:\s*[-~–〜]\s*\d{1,2}[:：]\d{2})?\s+)?(?:[\p{Extended_Pictographic}\uFE0F\u200D]+\s*)?/u;
const SPEAKERS_DASH_TITLE = /^([^–—:()（）]{3,60}?)\s+(?:[—–]|--?)\s+(\S.{5,})$/u;
/** A sentence's end, not a question's: what someone said. */
const SAID_END = /(?:[.。]|[다요음함됨죠네][.!]?|です|ます|した|ました)$/u;
/** "(mostly)", "(again)", "(part 2)": a title's last word in brackets, no organisation. */
const TITLE_WORD_IN_BRACKETS = /^(?:mostly|partly|probably|basically|actually|finally|hopefully|roughly|again|maybe|kinda|redux|revisited|reprise|cont'?d|continued|(?:part|pt\.?)\s*\d{1,2})$/iu;
const SPEAKERS_COLON_TITLE = /^([^–—:：()（）]{3,60}?)\s*[:：]\s+(\S.{5,})$/u;
/** A person's name in Latin letters, two or three words ("Kim Soo-ah", "Marta Nowak", "Anna de Wit", "Dan O'Connell"). */
const LATIN_PERSON = /^\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]+)?(?:\s(?:van|de|der|von|da|di|le|la)?\s?\p{Lu}(?:['’]\p{Lu})?[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]+)?){1,2}$/u;

/** A heading of one to three capitalised words, a person's first name or full name. */
// ("## Hyun-woo Jang (visiting from Seoul)": a remark in brackets after it.)
const PERSON_HEADING = /^\p{Lu}[\p{Ll}'-]+(?:[\s-]+\p{L}[\p{Ll}'-]+){0,3}(?:\s*\([^()]{1,40}\))?$/u;

/** Under heading `i` (a person's name): a first item that is a title, a second that names the same person with their organisation. */
function itemsUnderSpeakerHeading(structure: NoteStructure, i: number, footerLine: number, check: Reader): Candidate | null {
  const { info } = structure;
  const a = nextContentLine(structure, i, 1);
  if (a < 0 || a + 1 >= footerLine || info[a].kind !== LineKind.ListItem || !info[a].blockStart || info[a + 1].kind !== LineKind.ListItem || info[a + 1].level !== info[a].level) return null;
  const sp = check.speakers(info[a + 1].content);
  const first = info[i].content.split(/\s+/u)[0];
  if (!sp?.strong || sp.speakers.length !== 1 || !sp.speakers[0].org || !sp.speakers[0].name.startsWith(first)) return null;
  const title = check.talkLine(info[a].content);
  if (!title?.title || title.speakers.length || isNonTalkTitle(title.title) || (!title.quoted && SENTENCE_END.test(title.title))) return null;
  return { line: a, parsed: { ...title, speakers: sp.speakers, strongSpeakers: true }, speakerLine: a + 1, source: 'plain', level: 0, evidence: true };
}

/** Chat line `i`'s message announces a talk (a quoted title, or a session's label and a title) and line i + 1's names its speakers. */
function chatAnnouncedTalk(structure: NoteStructure, i: number, check: Reader): Candidate | null {
  const { lines, info } = structure;
  const message = lines[i].replace(CHAT_MESSAGE_PREFIX, '');
  const next = lines[i + 1].replace(CHAT_MESSAGE_PREFIX, '');
  const quoted = /[「『"“]([^「」『』"“”]{4,120})[」』"”]/u.exec(message);
  const parsed = quoted ? null : SESSION_ANNOUNCED.test(message) ? check.talkLine(message) : null;
  const title = quoted ? quoted[1].trim() : parsed && !parsed.speakers.length && parsed.titleStart > 0 ? parsed.title : null;
  if (!title || isNonTalkTitle(title)) return null;
  const sp = check.speakers(next, true);
  if (!chatNamesSpeakers(next, sp)) return null;
  const at = info[i].content.indexOf(title);
  if (at < 0) return null;
  return { line: i, parsed: { title, speakers: sp.speakers, strongSpeakers: true, keynote: isKeynote(title), quoted: !!quoted, titleStart: at, titleEnd: at + title.length, time: null }, speakerLine: i + 1, source: 'plain', level: 0, evidence: true };
}
/**
 * A chat's message that only announces a talk ("📢 첫 번째 발표 시작합니다", "next talk!"), the title in the
 * next message alone, and its speakers in the one after (labelled, with their organisation or an
 * honorific; or at the end of that message, "… 제가 대타로 합니다 박재형 / 광안데이터"): the talk, on the
 * title's line. Without speakers there, the talk still, the announcement being its evidence.
 */
function chatTitleAfterAnnouncement(structure: NoteStructure, i: number, check: Reader): Candidate | null {
  const { lines, info } = structure;
  const message = lines[i].replace(CHAT_MESSAGE_PREFIX, '');
  if (message.length > 40 || !ANNOUNCEMENT_ALONE.test(message)) return null;
  const title = lines[i + 1].replace(CHAT_MESSAGE_PREFIX, '').trim();
  if (title.length < 4 || title.length > 120 || (SENTENCE_END.test(title) && !QUESTION_END.test(title)) || isNonTalkTitle(title) || check.speakers(title)) return null;
  const at = info[i + 1].content.indexOf(title);
  if (at < 0) return null;
  const parsed = { title, speakers: [] as Speaker[], strongSpeakers: false, keynote: isKeynote(title), quoted: false, titleStart: at, titleEnd: at + title.length, time: null };
  let speakerLine: number | null = null;
  if (CHAT_LINE.test(lines[i + 2])) {
    const next = lines[i + 2].replace(CHAT_MESSAGE_PREFIX, '').trim();
    const tail = CHAT_SPEAKER_TAIL.exec(next);
    const sp = check.speakers(next, true) ?? (tail ? check.speakers(tail[1], true) : null);
    if (chatNamesSpeakers(next, sp)) {
      parsed.speakers = sp.speakers;
      parsed.strongSpeakers = true;
      speakerLine = i + 2;
    }
  }
  return { line: i + 1, parsed, speakerLine, source: 'plain', level: 0, evidence: true };
}
/** Whether a chat's message (`message`, read as `sp`) names a talk's speakers: labelled, with their organisations or an honorific, three at most. */
function chatNamesSpeakers(message: string, sp: SpeakerParse | null): sp is SpeakerParse {
  return !!sp?.strong && sp.speakers.length <= 3 && (SPEAKER_LABEL.test(message) || sp.speakers.every((x) => x.org) || /님|さん|氏/u.test(message));
}
/** "📢 첫 번째 발표 시작합니다", "두 번째 발표!", "next talk:", "次の発表です": a message that announces a talk and names none. */
const ANNOUNCEMENT_ALONE = /^(?:[\p{Extended_Pictographic}\uFE0F]+\s*)?(?:(?:(?:첫|두|세|네|다섯|여섯|일곱|여덟|마지막|다음)\s*(?:번째)?\s*(?:발표|세션)|\d{1,2}\s*번(?:째)?\s*(?:발표|세션)|(?:talk|session)\s*#?\d{1,2}|(?:first|second|third|fourth|fifth|next|last|final)\s+(?:talk|session|speaker)|(?:最初|次|最後|\d{1,2}番目|\d{1,2}本目)の?(?:発表|セッション|登壇|LT))(?:\s*(?:시작(?:합니다|할게요|해요)?|입니다|です|始まります|is up|up next|starting))?\s*[!！.。~:：]*)$/iu;
/** "… 제가 대타로 합니다 ㅎㅎ 박재형 / 광안데이터": a name and an organisation ending a message. */
const CHAT_SPEAKER_TAIL = /(?:^|\s)((?:[가-힣]{2,4}|\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+)(?:님)?\s*(?:\/|[(（])\s*[^\s()（）/]{2,24}[)）]?)$/u;

/** "LT1 "Title" 탁민호": a quoted title, then a name alone, ending the line; or "Jun Okabe from Hanshin Ops: "Title"": a colon, then the quoted title ending it. */
// ("… "Title" 한유진 @ 브릭스페이": a name, an at sign and the organisation.)
const QUOTED_THEN_NAME = /["“][^"“”]{4,150}["”]\s*[^\s"“”]{2,20}(?:\s[^\s"“”]{2,20}|\s@\s[^\s"“”]{2,20})?\s*$|[:：]\s*["“][^"“”]{4,150}["”]\s*$/u;
/** A chat line's author and time ("[운영진 송지호] [오후 7:03] ", "[10:31] jun.k: "), before its message. */
const CHAT_MESSAGE_PREFIX = /^\[[^\]]{1,24}\]\s*\[[^\]]{1,16}\]\s*|^\[[^\]]{1,16}\]\s*[\p{L}\p{N}._-]{2,32}\s*[:：]\s*/u;
/** "두 번째 발표: Title", "next talk: Title", "次のセッション：Title": a message that names the session it announces. */
/** "LT1 …", "Talk 2: …", "3번 …": a message that opens with its talk's number. */
const NUMBERED_MESSAGE = /^(?:LT\s*#?\d{1,2}|(?:session|talk|세션|발표|セッション|発表)\s*#?\d{1,2}|\d{1,2}\s*(?:번|本目|番目))(?![\p{L}\p{N}])/iu;
const SESSION_ANNOUNCED = /(?:발표|세션|키노트|talk|session|keynote|セッション|発表|講演|LT)\s*\d{0,2}\s*[:：]|^\d{1,2}\s*(?:번|本目|番目)\s*[:：]/iu;

/**
 * Paragraph `i`'s first line names speakers with their organisations ("Name -- Org", "Name (Org)",
 * "Name / freelance") and nothing else, the next line a title: the talk, on the next line.
 */
function unlabelledSpeakersAboveTitle(structure: NoteStructure, i: number, check: Reader): Candidate | null {
  const { info } = structure;
  if (info[i].kind !== LineKind.Paragraph || !info[i].blockStart || info[i + 1].kind !== LineKind.Paragraph || info[i + 1].blockStart || info[i].content.length > 80) return null;
  const content = withoutSquareBrackets(info[i].content);
  // ("Speaker: Aya Kuroda (Org)" then "Slides: …": the labelled speakers of the talk above.)
  if (!SPEAKERS_SET_APART.test(content) || SPEAKER_LABEL.test(content) || ATTRIBUTION.test(content)) return null;
  const sp = check.speakers(content);
  if (!sp?.strong || sp.speakers.length > 4 || !(sp.speakers.every((x) => x.org || x.role) || endsWithNoOrganisation(content) || NO_ORGANISATION.test(content.slice(content.lastIndexOf('/') + 1).trim()))) return null;
  // ("서지훈, 오세영 (라인플러스) / Cilium으로 kube-proxy 걷어내기": a talk's line of its own, its title after the slash.)
  // ("이동건 | 야놀자 | eks 업그레이드 무중단으로 하기": who, where and what between bars, a talk's line too.)
  if ((SLASH_AFTER_BRACKET.test(content) || content.includes(' | ')) && check.talkLine(content)?.speakers.length) return null;
  const title = info[i + 1].content;
  // ("**심사 코멘트**: …", "**Verdict:** …": a field of the talk above, its label in bold.)
  if (title.length < 4 || title.length > 150 || /[.。!?]$/u.test(title) || BOLD_LABEL_FIRST.test(structure.lines[i + 1])) return null;
  return titleUnderSpeakers(i, title, sp.speakers, check);
}
/** "| 登壇: Name (Org)" under "10:00-10:40 | Title": a row of a timetable drawn with bars, gone on below its time's cell, without its bar. */
function withoutRowBar(content: string): string {
  return content.charCodeAt(0) === 124 && !content.includes(' |') ? content.replace(/^\|\s*/u, '') : content;
}

/** A line that starts with a pictograph ("💬 …", "👤 …"). */
const EMOJI_LEAD = /^\p{Extended_Pictographic}/u;
/** A closing bracket, a slash, then words with no brackets: "Name (Org) / Title" (or "Name (Org) / freelance"). */
const SLASH_AFTER_BRACKET = /[)）]\s*[/／]\s*[^()（）]+$/u;
/** Line i + 1's `title` as the talk of `speakers`, named on line i; not a field of the talk above ("Rating: 4/5", "Slides: https://…"). */
function titleUnderSpeakers(i: number, title: string, speakers: Speaker[], check: Reader): Candidate | null {
  const parsed = check.talkLine(title);
  // ("발표:: 이서연, 모먼트커머스" then "트랙:: 컨테이너 / 300": the session's track, a field.)
  if (!parsed?.title || parsed.speakers.length || isNonTalkTitle(parsed.title) || parsed.title.includes('://') || !/\p{L}{3}/u.test(parsed.title) || FIELD_LINE.test(title) || isSessionField(title)) return null;
  return { line: i + 1, parsed: { ...parsed, speakers, strongSpeakers: true }, speakerLine: i, source: 'plain', level: 0, evidence: true };
}
/** "Slides: …", "Rating: 4/5", "Video: …": a talk's field, a word or two and a colon. */
const FIELD_LINE = /^(?:slides?|deck|video|recording|rating|score|links?|repo|demo|notes?|review(?:er)?(?:\s+notes?)?|verdict|feedback|資料|スライド|動画|評価|講評|審査(?:コメント|メモ)?|슬라이드|발표\s*자료|영상|평점|별점|심사(?:\s*(?:코멘트|의견|메모))?|리뷰)\s*[:：]/iu;
/** "**심사 코멘트**: …", "**Verdict:** accept": a label in bold, then its colon. */
const BOLD_LABEL_FIRST = /^\s*\*\*[^*]{1,24}?(?:\*\*\s*[:：]|[:：]\s*\*\*)/u;
/** A name set apart from its organisation: a dash, a comma, a bracket, a slash, an at sign. */
const SPEAKERS_SET_APART = /\s[-–—/@|]{1,2}\s|,\s|[(（]/u;


const ANNOUNCED_SPEAKER = /^(?:first up|next up|up next|next|then|after (?:that|lunch|the break))(?:\s+(?:was|came))?[:,]?\s+(\p{Lu}[\p{Ll}'-]+(?:\s+\p{Lu}[\p{Ll}'-]+){1,2})(?:\s+(?:from|of|at)\s+(\p{Lu}[\w&'-]*(?:\s+\p{Lu}[\w&'-]*){0,3}))?(?=\s*[,.;]|\s*$)/iu;

/** Whether a line ends by saying its speaker has no organisation: ", independent", "(freelance)". */
function endsWithNoOrganisation(content: string): boolean {
  const cut = Math.max(content.lastIndexOf(','), content.lastIndexOf('('), content.lastIndexOf('（'));
  return cut > 0 && NO_ORGANISATION.test(content.slice(cut + 1).replace(/[)）]\s*$/u, '').trim());
}

/** "by Name, Org" opening a title's first item. */
const BY_LEAD = /^by\s+\S/i;
/** A Korean sentence's full stop, or a Japanese one, with more text after it. */
const INNER_SENTENCE = /[가-힣]\.\s+\S|。\s*\S/u;

/** Whether the first line under item `i` is a child item holding a speaker property ("speaker:: Name", Logseq's). */
function speakerPropertyBelow(structure: NoteStructure, i: number): boolean {
  const next = structure.info[i + 1];
  return !!next && next.kind === LineKind.ListItem && next.level === structure.info[i].level + 1 && next.content.includes('::') && SPEAKER_PROPERTY.test(next.content);
}
const SPEAKER_PROPERTY = new RegExp(String.raw`^${SPEAKER_LABEL_WORDS}::\s*\S`, 'iu');

/** Whether list item `k` only names the sessions ("2. 주요 세션", "Sessions", "聴講したセッション"): the items under it are the talks. */
export function sessionsItem(structure: NoteStructure, k: number): boolean {
  // ("【LT】", "[Lightning talks]": the label in brackets.)
  // ("- [x] 라이트닝 토크 :zap: (5분씩)": a to-do's box before it, an emoji's code after it.)
  const content = structure.info[k].content.replace(/^\[[ xX]\]\s*/u, '').replace(/\s:[a-z0-9_+-]{2,30}:(?=\s|$)/gu, '').replace(/^[【\[]\s*(.{1,40}?)\s*[】\]]\s*$/u, '$1');
  return (content.length <= 24 && SESSIONS_ITEM.test(content)) || (content.length <= 80 && LIGHTNING_ITEM.test(content)) || (content.length <= 60 && TRACK_ITEM.test(content));
}
/** "Track A - platform", "Keynote (main hall, no track)", "Room 2 (afternoon)", "트랙 B": an item over a track's or a slot's talks. */
const TRACK_ITEM = /^(?:(?:track|room|hall|stage|트랙|룸|홀|トラック|ルーム|会場)\s*[a-z0-9]{1,2}(?=$|[\s,:：(（—–-])|keynotes?(?=$|\s*[(（:：—–-]))/iu;
/** "5) Lightning talks, I only caught two:", "LT枠（5分）": an item over the lightning talks, with a remark. */
// ("4부 LT들 (각 5분)": the evening's part before it.)
const LIGHTNING_ITEM = /^(?:\d{1,2}[.)]\s*|\d{1,2}\s*부\s*)?(?:lightning\s+talks|lts?들?|라이트닝\s*토크|ライトニング\s*トーク|LT\s*枠)(?=$|[\s,:：(（—–-])/iu;
const SESSIONS_ITEM = /^(?:주요\s*)?(?:세션|발표)(?:\s*(?:내용|요약|정리|목록))?$|^(?:주요|세미나|행사)\s*내용$|^主な内容$|^(?:main\s+|key\s+)?(?:sessions|talks)(?:\s+(?:i\s+)?(?:attended|saw))?$|^(?:聴講した)?(?:セッション|講演)(?:一覧|まとめ)?$/iu;

/** A table of contents' label. */
const CONTENTS_LABEL = /^(?:\*\*)?(?:목차|차례|目次|もくじ|table of contents|contents|toc)(?:\*\*)?\s*[:：]?$/iu;

/** "1.2 Title": a report's outline number, two deep, at a line's start. */
const OUTLINE_NUMBER = /^\s*\d{1,2}\.\d{1,2}\.?\s/u;

/** "**Title** by Name (Org)": group 1 a session's kind before it ("Lightning: **Title** – Name (Org)"), 2 the title, 3 the rest. */
const BOLD_TITLE_ITEM = /^((?:[\p{L} ]{2,20}[:：]\s*)?)\*\*([^*]{4,160})\*\*\s*(.*)$/u;

/** boldTitleItem's reading of what follows the bold title: "by Name (Org)", "– Name, Org", or nothing (the speakers on the next line). */
function boldTitleItem(structure: NoteStructure, i: number, footerLine: number, check: Reader): Candidate | null {
  const { info, lines } = structure;
  const m = BOLD_TITLE_ITEM.exec(lines[i].slice(info[i].contentStart).trimEnd());
  if (!m) return null;
  const title = m[2].trim();
  if (isNonTalkTitle(title) || SENTENCE_END.test(title)) return null;
  const rest = m[3].replace(/^(?:[-–—,:：]\s*|by\s+)/iu, '').trim();
  let speakers: Speaker[] | null = null;
  let speakerLine: number | null = null;
  if (rest) {
    const sp = rest.length <= 90 && m[3] !== rest ? check.speakers(rest) : null;
    if (sp?.strong) speakers = sp.speakers;
  } else if (i + 1 < footerLine && !info[i + 1].blockStart) {
    speakers = readSpeakerLine(structure, i + 1, check, false, true);
    if (speakers) speakerLine = i + 1;
  } else if (i + 1 < footerLine && info[i].kind === LineKind.ListItem && info[i + 1].kind === LineKind.ListItem && info[i + 1].level === info[i].level + 1) {
    // "- **Title**" then "  - 서지훈 | 클라우드웨이브 | Cloud Architect" and "  - 한예린 | …": its first nested items, a person each with
    // an organisation set apart by bars, slashes or brackets (not "기반은 테라폼", the notes' first words).
    const people: Speaker[] = [];
    // ("  - 난이도: 초급" then "  - 발표자: …": past the session's fields.)
    const from = pastSessionFields(structure, i + 1, footerLine);
    let k = from;
    for (; k < footerLine && k <= from + 2 && info[k].kind === LineKind.ListItem && info[k].level === info[i].level + 1; k++) {
      // ("  - mod: Nadia Brennan (CNCF)" then "  - panel: Felix Adeyemi (Spotify), Jo Lindqvist (…), …": a panel's people,
      // labelled by their roles, several on one item.)
      const role = PANEL_ROLE_FIRST.test(info[k].content);
      if (!role && info[k].content.length > 90) break;
      // ("  - 모더레이터: 강도윤 | AWS | Solutions Architect": a panel's moderator, labelled.)
      const sp = role || /[|/／(（]/u.test(info[k].content) ? check.speakers(info[k].content.replace(PANEL_ROLE_FIRST, '')) : null;
      if (!sp?.strong || (!role && sp.speakers.length !== 1) || !sp.speakers.every((x) => x.org)) break;
      people.push(...sp.speakers);
    }
    if (people.length) {
      speakers = people;
      speakerLine = k - 1;
    }
  }
  if (!speakers?.length) return null;
  const start = m[1].length + 2;
  const parsed: TalkLine = { title, speakers, strongSpeakers: true, keynote: isKeynote(title) || /keynote/iu.test(m[1]), quoted: false, titleStart: start, titleEnd: start + m[2].length, time: null };
  return { line: i, parsed, speakerLine, source: 'bullet', level: 0, evidence: true };
}

/** "**최유리**: Title": group 1 the name, group 2 the title. */
const BOLD_NAME_COLON = /^\*\*([^*:：]{2,20})\*\*\s*[:：]\s*(\S.{3,})$/u;
/** "최유리", "佐藤 健", "김민수님": a name that reads as one with confidence without its organisation. */
const CJK_FULL_NAME = /^(?:[가-힣]{3}|[\p{sc=Han}]{1,3}\s?[\p{sc=Han}\p{sc=Hiragana}]{1,3}|\S.*(?:님|さん|氏))$/u;
const QUESTION_END = /[?？](?:\*\*)?$/u;

/** Marks a plain text puts before a title ("■ ", "▶ "). */
const BOX_MARK = '■□▪◆◇▶▷►★☆◎';
/** "2. Title": a section's number before its title. */
const NUMBERED_SECTION = /^\d{1,2}[.)]\s+\S/u;
/** "Tomasz Wierzbicki (independent, ex-Equinix)": a name of two or three words, then brackets that end the line. */
const NAME_THEN_BRACKETS = /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}\s*\([^()]{2,60}\)$/u;

/** "[4] ", "(2) ", "3) ": a number before a line's title. */
const NUMBERED_LEAD = /^(?:\[\d{1,2}\]|[(（]\d{1,2}[)）]|\d{1,2}\))\s*\S/u;

/** "[김민수] [오후 7:30] …", "[Jane] [7:30 PM] …": a message of a chat log pasted as it is, one per line. */
// ("[10:31] maya.r: first one: "Title" — Name, Org": the time first, then who wrote it.)
/**
 * An iCalendar event pasted as text: its `SUMMARY:` is the title (a session's kind before a dash left out), its
 * `DESCRIPTION:` within the event (before the summary or after it, folded over lines that start with a space) names the
 * speakers, in all its lines or in its first line or sentence ("Priya Raman (Quillpay). how they run …"); null for a
 * schedule item ("SUMMARY:Lunch") or no one named.
 */
function calendarEntry(structure: NoteStructure, i: number, check: Reader): Candidate | null {
  const { lines, info } = structure;
  const raw = info[i].content.slice('SUMMARY:'.length);
  const kind = CALENDAR_KIND.exec(raw);
  const written = raw.slice(kind ? kind[0].length : 0).trim();
  // ("Scaling Argo CD to 5\,000 Applications": iCalendar's escapes read as the characters they stand for.)
  const title = unescapeCalendar(written);
  if (title.length < 4 || isNonTalkTitle(title)) return null;
  const event = calendarEventLines(lines, i);
  for (let j = event.first; j <= event.last; j++) {
    if (!lines[j].startsWith('DESCRIPTION:')) continue;
    const description = unescapeCalendar(unfoldedCalendarValue(lines, j).slice('DESCRIPTION:'.length));
    const read = calendarSpeakers(description, check);
    if (!read) return null;
    const at = info[i].content.indexOf(written);
    const parsed: TalkLine = { title, speakers: read.speakers, strongSpeakers: true, keynote: isKeynote(title) || (!!kind && isKeynote(kind[0])), quoted: false, titleStart: at, titleEnd: at + written.length, time: null };
    // (A description that goes on after its speakers is the talk's notes: its line is no speakers' line.)
    return { line: i, parsed, speakerLine: read.whole ? j : null, source: 'plain', level: 0, evidence: true };
  }
  return null;
}

/** Who a calendar event's description names: every line of it ("Moderator: A (X)\nPanelists: B (Y)"), or its first line or sentence. */
function calendarSpeakers(description: string, check: Reader): { speakers: Speaker[]; whole: boolean } | null {
  const speakers: Speaker[] = [];
  const parts = description.split('\n').map((part) => part.trim()).filter(Boolean);
  let read = 0;
  for (const part of parts) {
    const sp = check.speakers(part);
    if (!sp?.strong) break;
    speakers.push(...sp.speakers);
    read++;
  }
  if (read && read === parts.length) return { speakers, whole: true };
  const first = parts.length ? firstSentence(parts[0]) : '';
  const sp = first && first.length <= 100 ? check.speakers(first) : null;
  return sp?.strong && sp.speakers.every((x) => x.org) ? { speakers: sp.speakers, whole: false } : null;
}

/** The lines of the iCalendar event around line `i`: from its `BEGIN:VEVENT` to its `END:VEVENT` (or six lines on, without them). */
export function calendarEventLines(lines: string[], i: number): { first: number; last: number } {
  let first = i;
  for (let k = i - 1; k >= 0 && k >= i - 60; k--) {
    if (lines[k].startsWith('END:VEVENT')) break;
    if (lines[k].startsWith('BEGIN:VEVENT')) {
      first = k;
      break;
    }
  }
  let last = Math.min(lines.length - 1, i + 6);
  for (let k = i + 1; k < lines.length && k <= i + 60; k++) {
    if (lines[k].startsWith('BEGIN:VEVENT')) break;
    if (lines[k].startsWith('END:VEVENT')) {
      last = k;
      break;
    }
  }
  return { first, last };
}

/** A value folded over lines: each line after it that starts with a space or a tab goes on from its second character (RFC 5545). */
function unfoldedCalendarValue(lines: string[], j: number): string {
  let value = lines[j];
  for (let k = j + 1; k < lines.length && (lines[k].startsWith(' ') || lines[k].startsWith('\t')); k++) value += lines[k].slice(1);
  return value;
}

/**
 * A calendar app's entry copied as text (TimeTree, KakaoTalk's calendar): its title on line `i` ("[서밋] Title", "[톡캘린더]
 * DevOps 부산 밋업 #3 — Title"), its day and hours on the next, then its place and its notes ("메모: 강민호 (해운대랩스) / …"),
 * whose first part names the speakers with their organisations; null for a schedule item or no one named.
 */
function calendarBlockTalk(scan: CandidateScan, i: number): Candidate | null {
  const { info, footerLine, check } = scan;
  const content = info[i].content;
  // (Not "予定：Title": a labelled record's, labelled-records.ts.)
  if (/^[^\s:：]{1,12}\s*[:：]/u.test(content)) return null;
  const tagged = content.replace(CALENDAR_TAG, '');
  const named = EVENT_THEN_TITLE.exec(tagged);
  const title = (named && EVENT_WORDS.test(named[1]) ? named[2] : tagged).trim();
  if (title.length < 4 || isNonTalkTitle(title)) return null;
  for (let k = i + 2; k < footerLine && k <= i + 5 && info[k].kind === LineKind.Paragraph && !info[k].blockStart; k++) {
    const notes = CALENDAR_NOTES.exec(info[k].content);
    if (!notes) continue;
    const value = notes[1] || (k + 1 < footerLine && info[k + 1].kind === LineKind.Paragraph && !info[k + 1].blockStart ? info[k + 1].content : '');
    const first = value.split(/\s[/／|]\s|(?<=[)）])[.。]?\s|[.。]\s+/u)[0].trim();
    const sp = first && first.length <= 80 ? check.speakers(first) : null;
    if (!sp?.strong || !sp.speakers.every((x) => x.org)) return null;
    const at = content.lastIndexOf(title);
    return { line: i, parsed: { title, speakers: sp.speakers, strongSpeakers: true, keynote: isKeynote(title), quoted: false, titleStart: at, titleEnd: at + title.length, time: null }, speakerLine: null, source: 'plain', level: 0, evidence: true };
  }
  return null;
}
/** "[서밋] ", "【外出】", "[톡캘린더] ": a calendar's tag before an entry's title. */
const CALENDAR_TAG = /^(?:\[[^\]]{1,8}\]|【[^】]{1,8}】)\s*/u;
/** "DevOps 부산 밋업 #3 — Title": the event's name, a dash, the entry's title (groups 1, 2). */
const EVENT_THEN_TITLE = /^(.{3,40}?)\s+[—–-]\s+(\S.*)$/u;
/** "메모: …", "Notes:", "メモ：": the entry's notes, their first line after the label or on the next line (group 1). */
const CALENDAR_NOTES = /^(?:메모|memo|notes?|description|メモ|内容)\s*[:：]\s*(.*)$/iu;

/** An iCalendar value's text: "\," is ",", "\;" ";", "\n" a line break, "\\" a backslash. */
function unescapeCalendar(value: string): string {
  return value.includes('\\') ? value.replace(/\\([,;nN\\])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c)) : value;
}
const CALENDAR_KIND = /^(?:keynote|opening keynote|closing keynote|lightning talk|lt|workshop|talk|session)\s*[-–—:]\s*/iu;

const TALK_BY_LABEL = /^(?:발표|登壇|発表)\s*[:：]/u;
/** The first letters of QUESTION_LINE's labels (a native test before it). */
const QUESTION_FIRST = 'QqAa質回질답';
/** "質問者：…", "回答：…", "질문자: …", "Q (Tom, Acme): …", "Q2) …", "A1: …", "Question from …:", "Q 会場の前田さん「…？」": the floor's question or its answer. */
const QUESTION_LINE = /^(?:(?:質問者?|回答者?|질문자?|답변자?|Q\d{0,2}|A\d{0,2}|questions?|answers?|asker)\s*(?:[(（][^()（）]{0,40}[)）]\s*)?(?:[:：]|(?<=\d)\))|Q\s+(?=\S))/iu;
const QUESTION_MARK = /^Q\s*[.:：]\s*/u;

/** "[00:04:20] ", "[12:05] ": a recording's or a log's time before a line. */
const RECORDING_TIME = /^\[\d{1,2}:\d{2}(?::\d{2})?\]\s/u;
const CHAT_LINE = /^\[[^\]]{1,24}\]\s*\[(?:오전|오후|午前|午後|AM|PM)?\s*\d{1,2}:\d{2}(?:\s*[AP]M)?\]|^\[(?:오전|오후|午前|午後)?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?\]\s*[\p{L}\p{N}._-]{2,32}\s*[:：]\s/iu;

/** "jordan.pike  6:58 PM": who wrote the message below, and when (a chat thread copied from Slack or Discord). */
// ("kaya — Today at 6:58 PM", "bramvdl — 03/13/2025 7:06 PM": Discord's.)
/** A chat's sender: a name of one or two words ("jun.k", "Mina Park"). */
const CHAT_NAME = String.raw`[\p{L}\p{N}._-]{2,32}(?: [\p{L}\p{N}._-]{1,20})?`;
const CHAT_HEADER = new RegExp(String.raw`^${CHAT_NAME}(?:\s{1,3}|\s[—–-]\s(?:(?:today|yesterday)\s+at\s+|\d{1,2}\/\d{1,2}\/\d{2,4},?\s+|\d{4}\/\d{1,2}\/\d{1,2}\s+)?)(?:\d{1,2}:\d{2}\s?(?:AM|PM)?|(?:오전|오후|午前|午後)\s?\d{1,2}:\d{2})$`, 'iu');

/**
 * "\t• 感想：…" then "セッション2　Title" at the margin (a OneNote paste, no blank lines): after an indented plain bullet's line,
 * a paragraph's line at the margin starts an entry of its own (markdown read both as one paragraph). Read here, not by the
 * structure, whose lines after an edit are read again without their neighbours.
 */
function afterIndentedBullet(structure: NoteStructure, i: number): boolean {
  if (i === 0 || structure.info[i].kind !== LineKind.Paragraph) return false;
  const above = structure.info[i - 1];
  const raw = structure.lines[i];
  // ("　・…" then "②「Title」　登壇者：…": a bullet indented by an ideographic space, which markdown reads at the first level.)
  // (Or less indented than the bullet by two or more: " 2本目　Name「Title」" under "   ・notes".)
  return above.kind === LineKind.ListItem && (above.level >= 2 || indentOf(structure.lines[i - 1]) > 0) && above.blockStart && raw.length > 0 && (!isWhiteSpace(raw.charCodeAt(0)) || indentOf(raw) + 2 <= indentOf(structure.lines[i - 1]));
}

/**
 * A line at the margin between indented lines of one paragraph ("基調講演" then "⇥高橋 健一（メルカリ）"): a plain text's
 * outline by indentation alone, each entry at the margin with its lines indented under it.
 */
function afterIndentedLines(structure: NoteStructure, i: number): boolean {
  const { info, lines } = structure;
  // (The lines under it may be bullets: " 3本目　Name「Title」" then "   ・notes".)
  const belowBullet = i + 1 < info.length && info[i + 1].kind === LineKind.ListItem;
  if (i === 0 || i + 1 >= info.length || info[i].kind !== LineKind.Paragraph || info[i].blockStart || info[i - 1].kind !== LineKind.Paragraph || (info[i + 1].kind !== LineKind.Paragraph && !belowBullet) || (!belowBullet && info[i + 1].blockStart)) return false;
  const raw = lines[i];
  if (raw.length === 0) return false;
  const here = indentOf(raw);
  const above = indentOf(lines[i - 1]);
  const below = indentOf(lines[i + 1]);
  // ("LT枠" then "⇥Title" then "⇥⇥鈴木 拓也（個人）": deeper in, an entry of a group with its own lines under it.)
  // ("break 10min" at the margin between two entries, no line of its own: the next entry is not its line.)
  return here === 0 ? below > 0 && (above > 0 || (i > 1 && indentOf(lines[i - 2]) > 0 && isNonTalkTitle(info[i - 1].content))) : below > here && above !== here;
}

/** "20:15〜20:45　LT枠（5分×5本）" on the line above, in the same paragraph: the label, then its first lightning talk. */
function afterLightningLabel(structure: NoteStructure, i: number): boolean {
  // (The label may be a plain bullet's item: "■ LT (5分×4本)" then " 1本目　Name「Title」".)
  // (Or the label's own item, its talks its next lines: "7) Ignite talks (5 min)" then "   a. "Title" - Name (Org)".)
  const li = structure.info[i];
  if (i === 0 || !(li.kind === LineKind.Paragraph || (li.kind === LineKind.ListItem && !li.blockStart)) || (structure.info[i - 1].kind !== LineKind.Paragraph && structure.info[i - 1].kind !== LineKind.ListItem)) return false;
  const above = structure.info[i - 1].content;
  return above.length <= 60 && mayBeLightningLabel(above) && LIGHTNING_SECTION.test(above);
}

/** The speakers of a parse that is sure of them, else null. */
function strongSpeakers(parse: SpeakerParse | null): Speaker[] | null {
  return parse?.strong && parse.speakers.length ? parse.speakers : null;
}

/**
 * The speakers of labelled line `j` (`read`) and of the labelled lines right after it, in its block or as items of its
 * list ("Moderators: …" then "Speakers: …", "  - **Speaker:** A (X)" then "  - **Speaker:** B (Y)"), and the last such line.
 */
function labelledLinesAfter(structure: NoteStructure, j: number, read: Speaker[], footerLine: number, check: Reader): { speakers: Speaker[]; last: number } {
  const { info } = structure;
  let speakers = read;
  let last = j;
  const labelled = SPEAKER_LABEL.test(info[j].content);
  // ("mod: …" then "panel: A (X), B (Y)": after a labelled line, a panel's role labels people too.)
  while (last + 1 < footerLine && last - j < 3 && (info[last + 1].kind === LineKind.ListItem || (labelled && info[last + 1].kind === LineKind.Paragraph && !info[last + 1].blockStart)) && (SPEAKER_LABEL.test(info[last + 1].content) || (labelled && PANEL_ROLE_FIRST.test(info[last + 1].content)))) {
    const role = !SPEAKER_LABEL.test(info[last + 1].content);
    const more = role ? strongSpeakers(check.speakers(info[last + 1].content.replace(PANEL_ROLE_FIRST, ''))) : readSpeakerLine(structure, last + 1, check);
    if (!more) break;
    // (A new list: what a line reads as is kept by its text for the next extraction, and must stay as read.)
    speakers = [...speakers, ...more];
    last++;
  }
  return { speakers, last };
}

/**
 * labelledLinesAfter's speakers, with the organisation an "Org:" line right after the last of them gives ("speaker::
 * Lena Hoffmann" then "company:: Zalando"), and that organisation.
 */
function labelledSpeakers(structure: NoteStructure, j: number, read: Speaker[], footerLine: number, check: Reader): { speakers: Speaker[]; last: number; org: string | null } {
  const { speakers, last } = labelledLinesAfter(structure, j, read, footerLine, check);
  const org = organisationLine(structure, last + 1, footerLine);
  return { speakers: withOrganisation(speakers, org, check), last, org };
}

/** "wed", "Day 2", "2日目" alone on the line above, in the same paragraph: the day, then its first talk. */
function afterDayLine(structure: NoteStructure, i: number): boolean {
  if (i === 0 || structure.info[i - 1].kind !== LineKind.Paragraph || !structure.info[i - 1].blockStart) return false;
  const prev = structure.info[i - 1].content;
  return prev.length <= 24 && DAY_LINE.test(prev);
}
const DAY_LINE = new RegExp(String.raw`^(?:(?:${DAY_WORDS}|${EN_WEEKDAY}|[월화수목금토일]요일|[月火水木金土日]曜日?)\.?)(?:\s*[(（][^()（）]{1,12}[)）])?\s*[:：]?$`, 'iu');

/**
 * The line under a line that is only a time or a span of times ("19:10", "11:00am – 11:35am CST",
 * "2024년 5월 14일 오후 2:13"): a vertical timetable's or a memo log's entry starts there, inside
 * one paragraph of a pasted schedule.
 */
function afterTimeLine(structure: NoteStructure, i: number): boolean {
  // ("[x] 10:00 | Track 1 - Orchid Ballroom" then the title: a checked item's time, its lines under it.)
  if (i === 0 || (structure.info[i - 1].kind !== LineKind.Paragraph && !(structure.info[i - 1].kind === LineKind.ListItem && structure.info[i].kind === LineKind.Paragraph))) return false;
  const above = structure.info[i - 1].content;
  if (isTimeAlone(above)) return true;
  // ("Wednesday March 20, 2024 9:15am - 9:35am CET" over the title: a schedule's block, which starts with it; not an
  // event's own day and hours under its name.)
  if (structure.info[i - 1].blockStart && isDayAndHours(above)) return true;
  // ("セッションID：AWS-15　レベル：300", "Session code: CON301 · Level 300": a programme's labelled code over its title.)
  if (above.length <= 60 && SESSION_META_LINE.test(above)) return true;
  // ("10:30" then "[Grand Ballroom A]" then the title: the room between the time and its talk.)
  if (i >= 2 && structure.info[i - 2].kind === LineKind.Paragraph && ROOM_ALONE.test(above) && isTimeAlone(structure.info[i - 2].content)) return true;
  // ("**15:00 UTC (08:00 PT)** — Opening keynote": the time and the session's kind, the title on the next line.)
  const kind = above.length <= 80 && hasDigit(above) ? TIME_THEN_KIND.exec(above) : null;
  if (kind && isTimeAlone(kind[1]) && SESSION_KIND_ALONE.test(kind[2].trim())) return true;
  // ("[D1 트랙2 13:30] 윤" over the title: a slot's day, track and time in brackets, and who of a team went to it.)
  if (structure.info[i - 1].blockStart && above.length <= 50 && SLOT_IN_BRACKETS.test(above)) return true;
  // ("10:40 A트랙", "09:30 오프닝 키노트 (A홀)" over "▶ Title": a slot's time and its track, room or kind, the title under it.)
  return isSlotHeader(above);
}
/** "10:40 A트랙", "09:30 오프닝 키노트 (A홀)": a slot's time and its track, room or kind, no title. */
function isSlotHeader(content: string): boolean {
  const slot = content.length <= 48 ? TIME_THEN_SLOT.exec(content) : null;
  return !!slot && (SESSION_KIND_ALONE.test(slot[1]) || TRACK_ALONE.test(slot[1]) || ROOM_OR_CODE.test(slot[1]));
}
const TIME_THEN_SLOT = /^\d{1,2}[:：]\d{2}(?:\s*[-~–〜]\s*\d{1,2}[:：]\d{2})?\s+(?:(?:오프닝|클로징|opening|closing|オープニング|クロージング)\s*)?(\S.{0,32}?)(?:\s*[(（][^()（）]{1,12}[)）])?$/iu;
/** "S03", "CON-204", "Pavilion 7 Level 7.3 Room N01": a session's code, or a room told by its building's parts. */
const ROOM_OR_CODE = /^(?:[A-Z]{1,4}-?\d{1,4}|(?:(?:[Pp]avilion|[Ll]evel|[Ff]loor|[Rr]oom|[Hh]all|[Ss]tage|[Zz]aal|[Bb]uilding)\s*[A-Za-z0-9][\w.]{0,4}\s*){1,4})$/u;
/** "[D1 트랙2 13:30] 윤", "【Day2 B会場 10:45】(T→S)": a slot in brackets with its time, then maybe a few letters (who went). */
const SLOT_IN_BRACKETS = /^[\[【][^\]】]{0,30}\d{1,2}[:：]\d{2}[^\]】]{0,20}[\]】](?:\s*[^\s.。!?！？][^.。!?！？]{0,15})?$/u;
/** "A트랙", "Track 2", "B会場", "Room 3": a track or room alone. */
const TRACK_ALONE = new RegExp(`^${TRACK}$`, 'iu');
const TIME_THEN_KIND = /^(.{4,40}?)\s+[—–-]\s+(\S.{1,30})$/u;
const SESSION_META_LINE = /^(?:セッション\s*ID|session\s*(?:id|code)|세션\s*(?:코드|ID))\s*[:：]\s*[A-Za-z0-9][\w-]{1,14}(?:[\s　·,/|]+(?:レベル|level|레벨)\s*[:：]?\s*\d{3})?$/iu;
/** "[Grand Ballroom A]", "【B会場】", "(Room 210)": a room alone on its line, in brackets. */
const ROOM_ALONE = /^(?:\[[^\]]{1,30}\]|【[^】]{1,20}】|[(（][^()（）]{1,30}[)）])$/u;
/**
 * A line that is only a time or a span of times, with a day before it or a zone after it; or a
 * session's line of a pasted programme, its code, time, room and level ("【AWS-07】10:50 - 11:30 ／
 * Room F ／ Level 300: Advanced").
 */
function isTimeAlone(written: string): boolean {
  // ("■ １３：１０〜１３：５０": a mark before it, full-width digits.)
  const c0 = written.charCodeAt(0);
  // ("① 오후 7시 10분 ~ 7시 40분 · 세미나룸 A · Level 200 · ★★★★☆": a circled number before it.)
  // ("★ ✓ 9:00 AM - 9:45 AM · Grand Ballroom A/B": an app's bookmark and check-in marks before it.)
  // ("[1] 19:10 ~ 19:40", "(2) 10:00-10:40": the session's number in brackets before it.)
  const text = c0 >= 0x2000 && (LABEL_MARKS.includes(written[0]) || APP_MARKS.includes(written[0]) || (c0 >= 0xff10 && c0 <= 0xff19) || (c0 >= 0x2460 && c0 <= 0x2473)) ? asciiDigits(written.replace(LEADING_MARK, '')) : (c0 === 91 || c0 === 40) && NUMBER_IN_BRACKETS_FIRST.test(written) ? written.replace(NUMBER_IN_BRACKETS_FIRST, '') : written;
  if (text.length <= 40 && hasDigit(text) && (TIME_ALONE.test(text) || POST_STAMP.test(text) || THREAD_STAMP.test(text))) return true;
  const meta = text.length <= 100 && (text.includes('／') || text.includes(' / ') || text.includes(' | ')) && hasDigit(text) ? SESSION_META.exec(text) : null;
  if (meta) return TIME_ALONE.test(meta[1].trim());
  if (text.length > 100 || !hasDigit(text)) return false;
  if ((text.includes(' | ') || text.includes('｜') || text.includes(' · ')) && isMetaRow(text)) return true;
  // ("9:00 AM - 9:45 AM · Grand Ballroom A/B", "10:15 · Seacliff A-C": a conference app's slot, then the room it gives by name.)
  const dot = text.indexOf(' · ');
  return dot > 0 && TIME_ALONE.test(text.slice(0, dot)) && PLACE_NAME.test(text.slice(dot + 3)) && !SESSION_KIND_ALONE.test(text.slice(dot + 3));
}
/** "✓", "✔", "☑": an app's check-in marks (with LABEL_MARKS' bookmark stars). */
const APP_MARKS = '✓✔☑';
/**
 * "Grand Ballroom A/B", "Regency Foyer", "Seacliff A-C", "Sala Tejo", "Atrium": a room's name, one or two capitalised
 * words with a room's word among them or a letter or number after them (not a title: "Error Budgets People Respect").
 */
const PLACE_NAME = /^(?:\p{Lu}[\p{L}'-]+(?:\s\p{Lu}[\p{L}'-]+)?\s[A-Z0-9]{1,3}(?:[/.-][A-Z0-9]{1,3})?|(?:\p{Lu}[\p{L}'-]+\s)?(?:Hall|Room|Ballroom|Foyer|Atrium|Auditorium|Stage|Theat(?:er|re)|Salon|Sala|Suite|Lounge|Pavilion|Terrace)(?:\s\p{Lu}[\p{L}'-]+)?|\p{Lu}[\p{L}'-]+)$/u;

/**
 * "트랙 3 | 402호 | 11:00 - 11:40 | 레벨 300 (고급)": a programme's session line, cells between bars in any order, one of
 * them the time and every other a track, a room or a level.
 */
function isMetaRow(text: string): boolean {
  const cells = text.split(/\s*[|｜]\s*|\s+·\s+/u);
  if (cells.length < 2 || cells.length > 6) return false;
  let times = 0;
  for (const cell of cells) {
    if (TIME_ALONE.test(cell) || (cell.includes('→') && TIME_ALONE.test(cell.replace(MOVED_TIME, '$1')))) times++;
    else if (!META_CELL.test(cell)) return false;
  }
  return times === 1;
}
/** "오후 8시 → 8시 20분으로 변경", "19:00 → 19:30に変更", "14:00 → 15:00 (moved)": a slot moved, its new time (group 1). */
const MOVED_TIME = /^.{1,24}?\s*→\s*(.{2,24}?)\s*(?:(?:으로|로)\s*변경(?:됨)?|に変更|へ変更|[(（]moved[)）])?$/u;
// ("세미나룸 A", "★★★★☆ ⭐ 꼭 다시 볼 것", "L300": a room named with its kind at the end, the writer's rating, a level.)
const META_CELL = /^(?:(?:room|hall|track|level|stage|floor|ルーム|トラック|レベル|会場|룸|트랙|레벨|홀)\s*[\p{L}\d.-]{0,12}(?:\s*[(（][^()（）]{1,12}[)）])?|\d{2,4}\s*(?:호|号室|号|室)|[\p{L}\d ]{1,16}\s+(?:hall|room|stage|홀|룸|ホール)|\p{L}{1,10}(?:룸|홀|ルーム|ホール|会場)(?:\s*[A-Za-z0-9]{1,3})?|[★☆]{1,5}(?:\s.{0,30})?|L\d{3})$/iu;
/** "2024/06/14 19:06": a post's day and one time (a scrapbook's entry under it; a span of times is an event's hours). */
const POST_STAMP = /^\d{4}[/.-]\d{1,2}[/.-]\d{1,2}(?:\s*[(（][^()（）]{1,4}[)）])?\s+\d{1,2}:\d{2}(?::\d{2})?$/u;
/** "— 11:05 AM", "`오후 7:08`", "午前10:32 · 2024年8月3日": the time a post was made, alone on the line under it. */
const POST_TIME = /^[—–-]?\s*`?(?:(?:오전|오후|午前|午後)\s?)?\d{1,2}:\d{2}(?:\s?[AP]M)?`?(?:\s+·\s+[^·]{4,24})?$/u;
/** "[19:12] 4/14", "19:05 (3/16)": a thread's post, its time and its place in the thread. */
const THREAD_STAMP = /^\[?\d{1,2}[:：]\d{2}\]?\s+[(（]?\d{1,3}\s*\/\s*\d{1,3}[)）]?$/u;
/** "[1] ", "(2) ": a session's number in brackets, first on its line. */
const NUMBER_IN_BRACKETS_FIRST = /^(?:\[\d{1,2}\]|\(\d{1,2}\))\s+(?=\d)/u;
const LEADING_MARK = new RegExp(`^(?:[${LABEL_MARKS}①-⑳✓✔☑]\\s*)+`, 'u');
// ("오후 7시 10분", "7시 반", "19時30分", "14h00": the hour and its minutes in words or with an h.)
const CLOCK = String.raw`(?:(?:오전|오후|午前|午後)\s*)?(?:\d{1,2}[:：]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*시(?:\s*\d{1,2}\s*분|\s*반)?|\d{1,2}\s*時(?:\s*\d{1,2}\s*分|半)?|\d{1,2}h\d{2})`;
/** "【AWS-07】10:50 - 11:30 ／ Room F ／ Level 300: Advanced": group 1 the time, then rooms, tracks and levels only. */
const SESSION_META = /^(?:【[^】]{1,16}】|\[[^\]]{1,16}\])?\s*([^／/|]{4,30}?)\s*(?:[／|]|\s\/\s)\s*(?:(?:room|hall|track|level|stage|floor|ルーム|トラック|レベル|会場|룸|트랙|레벨|홀)\b[^／/|]{0,30}?\s*(?:[／|]|\s\/\s|$)\s*)+$/iu;

// ("⏰ 13:10", "🕐 14:00-14:30": an emoji before the time; "15:00 UTC (08:00 PT)": the same time in another zone after it.)
/** "19:10", "19:10 ~ 19:40", "10:00 JST (01:00 UTC)", "21:00 ~ 21:20 (라이트닝)": a time, maybe a span, maybe the session's kind in brackets, alone. */
const TIME_ALONE = new RegExp(
  String.raw`^(?:[\p{Extended_Pictographic}\uFE0F]+\s*)?(?:\d{4}\s*년\s*\d{1,2}\s*월\s*\d{1,2}\s*일\s*)?${CLOCK}(?:\s*(?:[-–—~〜～]|to)\s*${CLOCK})?(?:\s*[A-Z]{2,4})?(?:\s*[(（]${CLOCK}(?:\s*[A-Z]{2,4})?[)）])?(?:\s*[(（](?:keynote|키노트|基調講演|キーノート|lt|lightning(?:\s*talk)?|라이트닝(?:\s*토크)?|ライトニング(?:トーク)?|panel|패널|パネル|workshop|워크숍|ワークショップ)[)）])?\s*[〜～~-]?$`,
  'iu',
);

/**
 * "argo cd w/ 4k apps — D. Huang (Intuit) — …" right under "cilium in prod — L. Meyer (Isovalent) — …"
 * in one paragraph: a talk per line, each naming its speaker with an organisation.
 */
function afterTalkLine(structure: NoteStructure, i: number, check: Reader): boolean {
  const { info } = structure;
  if (i === 0 || info[i].kind !== LineKind.Paragraph || info[i - 1].kind !== LineKind.Paragraph) return false;
  const named = (text: string) => (text.includes(' — ') || text.includes(' – ') || text.includes(' - ')) && (text.includes('(') || text.includes('（'));
  if (!named(info[i].content)) return false;
  // ("crossplane v2 compositions — A. Novak (Upbound) — finally": a line in the layout's own shape.)
  if (remarkAfterSpeaker(info[i].content, check.names) >= 0) return true;
  // (One line between may name no organisation: "… — S. Iyer — no org on slides".)
  for (let k = i - 1; k >= 0 && k >= i - 2 && info[k].kind === LineKind.Paragraph; k--) {
    if (!named(info[k].content)) continue;
    const above = check.talkLine(info[k].content);
    if (above && above.strongSpeakers && above.speakers.length > 0 && above.speakers.every((sp) => sp.org)) return true;
    if (info[k].blockStart) break;
  }
  return false;
}

/** A message's first line in a copied chat thread (under its CHAT_HEADER). */
function afterChatHeader(structure: NoteStructure, i: number): boolean {
  if (i === 0 || structure.info[i - 1].kind !== LineKind.Paragraph) return false;
  const prev = structure.lines[i - 1].trimEnd();
  const last = prev.charCodeAt(prev.length - 1);
  // Most lines do not end with a time ("…6:58 PM", "…18:58").
  return ((last === 77 || last === 109 || (last >= 48 && last <= 57)) && CHAT_HEADER.test(prev)) || (prev.charCodeAt(0) === 91 && TIME_FIRST_CHAT_HEADER.test(prev)) || (prev.includes(' · ') && POST_HEADER.test(prev));
}
/** "@ines_ops@hachyderm.io · 2024-03-20 11:02 CET", "  ↪ @gkovac@fosstodon.org · 11:09": a post's author and time (a Mastodon or Bluesky thread copied out). */
const POST_HEADER = /^\s*(?:[↪↳]\s*)?@[\p{L}\p{N}._-]{1,30}(?:@[\p{L}\p{N}.-]{3,40})?\s·\s(?:\d{4}-\d{2}-\d{2}\s+)?\d{1,2}:\d{2}(?:\s?[AP]M)?(?:\s+[A-Z]{2,5})?$/u;
/** "[18:41] 김지훈 (운영진)", "[19:03] Jane Doe": a chat message's header with its time first, then who posted it (and their role). */
const TIME_FIRST_CHAT_HEADER = new RegExp(String.raw`${RECORDING_TIME.source}\s*${CHAT_NAME}(?:\s*[(（][^()（）]{1,20}[)）])?$`, 'u');

const SEPARATOR_CHARS = '-─━═―—–=_*~・･·.＝';

/** "────────", "=====", "- - -": a line drawn between talks in plain text, which markdown reads as paragraph text. */
/** "[세션 1]", "【セッション2】" alone on the line above: a session's number, what follows is its talk ("연사: …" then "주제: …"). */
function afterSessionNumber(structure: NoteStructure, i: number): boolean {
  if (i === 0) return false;
  const prev = structure.info[i - 1];
  const c = prev.content;
  // ("[세션]", "【セッション】", "[Talks]" over the first entry: the sessions' label, no number.)
  return prev.kind === LineKind.Paragraph && prev.blockStart && (c[0] === '[' || c[0] === '【') && (isSessionNumber(c) || SESSIONS_IN_BRACKETS.test(c));
}
const SESSIONS_IN_BRACKETS = /^[\[【]\s*(?:세션|발표|sessions?|talks?|セッション|発表|講演|本編)\s*[\]】]$/iu;

/** "Slide 3", "[슬라이드 4]", "スライド5", "Page 2": a deck's page marker alone on the line above, in the same paragraph; its page's first line opens an entry. */
function afterSlideNumber(structure: NoteStructure, i: number): boolean {
  if (i === 0 || structure.info[i - 1].kind !== LineKind.Paragraph) return false;
  return isSlideMarker(structure.info[i - 1].content);
}

/** Whether a line's content is a deck's page marker alone (SLIDE_NUMBER). */
function isSlideMarker(content: string): boolean {
  return content.length <= 16 && SLIDE_NUMBER.test(content);
}
/** A deck's page marker: "Slide 3", "[슬라이드 4]", "スライド 5", "Page 2", "p.7". */
const SLIDE_NUMBER = /^[[【(]?(?:slide|page|p\.|スライド|ページ|슬라이드|페이지)\s*\d{1,3}[\]】)]?$/iu;

function afterSeparator(structure: NoteStructure, i: number): boolean {
  if (i === 0) return false;
  const prev = structure.info[i - 1];
  if (prev.kind !== LineKind.Paragraph || prev.content.length < 3 || !SEPARATOR_CHARS.includes(prev.content[0])) return false;
  // "== Track A ==", "--- Day 2 ---": a plain-text section title between runs of the same mark (not the note's
  // own title, "===== DevOpsDays Seoul 2025 =====", whose next line is its date and place).
  return /^[-─━═―—–=_*~・･·.＝\s]+$/u.test(prev.content) || (/^([=\-~*＝─━])\1+\s*\S.{0,40}?\s*\1{2,}$/u.test(prev.content) && !isFirstContentLine(structure, i - 1));
}

/** How many cells a row separated by the character `separator` has. */
function cellCount(line: string, separator: number): number {
  let n = 1;
  for (let k = 0; k < line.length; k++) if (line.charCodeAt(k) === separator) n++;
  return n;
}


/**
 * A timetable pasted into a code block with no language ("```", "```text", or indented): most of
 * its lines start with a time of day, none with a time to the second (a log).
 */
function isTimetableCode(structure: NoteStructure, first: number): boolean {
  const { lines, info } = structure;
  const fence = /^\s*(?:`{3,}|~{3,})\s*(\S*)/.exec(lines[first]);
  if (fence && fence[1] && !/^(?:te?xt|plain(?:text)?|md|markdown)$/i.test(fence[1])) return false;
  let timed = 0;
  let other = 0;
  for (let k = first + (fence ? 1 : 0); k < lines.length && info[k].kind === LineKind.Code; k++) {
    const t = info[k].content;
    if (!t || /^(?:`{3,}|~{3,})\s*$/.test(t)) continue;
    if (/^\d{1,2}[:：]\d{2}[:：]\d{2}/.test(t)) return false;
    if (/^\d{1,2}[:：]\d{2}/.test(t)) timed++;
    else other++;
  }
  return timed >= 2 && timed >= other;
}

/** A paragraph's line indented from the margin (a hanging-indent list's notes). */
function isIndentedText(li: LineInfo | undefined): boolean {
  return li !== undefined && li.kind === LineKind.Paragraph && li.contentStart >= 2;
}
