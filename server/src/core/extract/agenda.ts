// A note's agenda: a table or a timetable of its talks, or a list of them before the note
// describes each, matched to the talks found below it.
import type { Mention, Speaker, Talk, TalkReference } from '../model';
import { yaml } from '../libraries';
import { LineKind, type LineInfo, type NoteStructure } from '../structure';
import { lineRange, nameKey, withoutWikiBrackets } from '../text';
import { closestByWords, fillOrganisations, sameSpeakers, similarTitles, type Chosen } from './choose-talks';
import { isGivenName } from './given-names';
import { frontMatterOrganisation, frontMatterSpeakers, isNonTalkTitle, withOrganisation, type AgendaEntry, type Candidate, type Reader } from './note-lines';
import { isKeynote, type TalkLine } from './talk-line';
import { FRONT_MATTER_SPEAKER_KEYS, NO_ORGANISATION, NOT_A_TALK, ORG_LABEL_WORDS, SPEAKER_LABEL_COLON, SPEAKER_LABEL_WORDS } from './vocabulary';

export function titleOffsets(raw: string, li: LineInfo, parsed: TalkLine): { start: number; end: number } {
  const at = raw.indexOf(parsed.title, li.contentStart);
  if (at >= 0) return { start: at, end: at + parsed.title.length };
  return { start: li.contentStart, end: li.contentEnd };
}

/** Whether a row's cell names one of its speakers or their organisation. */
function namesOneOf(cell: string, speakers: Speaker[]): boolean {
  return speakers.some((sp) => cell.includes(sp.name) || (sp.org !== null && cell.includes(sp.org)));
}

/** Where a table row's first cell naming one of its speakers starts, after `from` (its bar), or `from` when none does. */
export function speakerCellsStart(raw: string, from: number, speakers: Speaker[], separator = '|'): number {
  for (let at = raw.indexOf(separator, from); at >= 0; ) {
    const next = raw.indexOf(separator, at + 1);
    const cell = raw.slice(at + 1, next < 0 ? raw.length : next);
    if (namesOneOf(cell, speakers)) return at;
    at = next;
  }
  return from;
}

/**
 * Where the last cell of a table's row after `from` that names one of the speakers or their organisation ends (the row's
 * end when none does); `separator` a CSV row's comma or a tab-separated row's tab.
 */
export function speakerCellsEnd(raw: string, from: number, speakers: Speaker[], separator = '|'): number {
  let end = -1;
  for (let at = raw.indexOf(separator, from); at >= 0; at = raw.indexOf(separator, at + 1)) {
    const cell = raw.slice(from, at);
    if (namesOneOf(cell, speakers)) end = at;
    from = at + 1;
  }
  return end < 0 ? raw.length : end;
}

export interface TableColumns {
  headerLine: number;
  title: number;
  speakers: number;
  /** The organisations' column, -1 when there is none. */
  organisation: number;
  /** How many cells the header has. */
  cells: number;
  /** A column saying whether the talk took place ("ran?", "status", "진행 여부"), -1 when there is none. */
  held?: number;
  /** A column naming each row's kind ("구분", "type", "種別"), -1 when there is none. */
  kind?: number;
}

// ("| Time | Talk | Who |", "| Zeit | Talk | Wer |": a column named by the question it answers.)
// ("| topic | convener | ran? |": an open space's board, the one who called each session.)
// ("| 연사 / 소속 |", "| Speaker / Company |": the people and their organisations in one column.)
const SPEAKER_COLUMN = new RegExp(String.raw`^(?:${SPEAKER_LABEL_WORDS}|speaker\(s\)|by|who|wer|누가|誰|conveners?|convened by|proposed by|제안자|발제자|言い出しっぺ|発起人|提案者)(?:\s*[/／・]\s*${ORG_LABEL_WORDS})?$`, 'iu');
/** A board's column saying whether a session took place, and the cells that say it did not ("no (convener sick)", "merged into 6"). */
const HELD_COLUMN = /^(?:ran\??|held\??|happened\??|status|진행\s*(?:여부)?|개최\s*여부|実施|開催(?:有無)?)$/iu;
const NOT_HELD = /^(?:no\b|not\b|cancel|merged|dropped|skipped|didn'?t|[✗✘×x]$|취소|미진행|불발|안\s*함|합쳐|中止|なし|流れ|見送り|統合)/iu;

/**
 * "09:15⇥Main Hall⇥Title⇥Speaker (Org)": a row of tab-separated columns (a conference app's or a
 * spreadsheet's export, pasted), its first cell filled; "⇥⇥-> notes" under it is no row.
 */
export function isTabRow(raw: string): boolean {
  const first = raw.indexOf('\t');
  return first > 0 && raw.charCodeAt(0) !== 32 && raw.indexOf('\t', first + 1) > first;
}

/** How a row's cells are separated: a markdown table's bars, tabs, runs of spaces (a fixed-width timetable), or commas (CSV). */
export type CellSeparator = 'bars' | 'wide' | 'tabs' | 'spaces' | 'commas' | 'semicolons' | 'wiki';

/** "｜19:15｜Title｜Name｜Org｜": a table drawn with full-width bars (a Japanese IME's), three or more on the line (two between the cells when none closes the row). */
export function isWideBarRow(raw: string): boolean {
  let k = 0;
  while (raw.charCodeAt(k) === 32 || raw.charCodeAt(k) === 9) k++;
  // ("時間｜タイトル｜登壇者" then "19:20｜Title｜Name (Org)": no bar at the ends, two between the cells.)
  const open = raw.charCodeAt(k) === 0xff5c;
  let bars = 0;
  for (let at = raw.indexOf('｜', k); at >= 0 && bars < 3; at = raw.indexOf('｜', at + 1)) bars++;
  return bars >= (open ? 3 : 2);
}

/** A row's cells: a markdown table's between its bars, a tab-separated row's between its tabs, a fixed-width row's between runs of two or more spaces, a CSV row's between its commas. */
function cellsOf(raw: string, by: CellSeparator): string[] {
  if (by === 'bars' && raw.includes('\\|')) return barCells(raw);
  return by === 'tabs' ? raw.split('\t') : by === 'spaces' ? raw.trim().split(SPACES_BETWEEN_CELLS) : by === 'commas' ? csvCells(raw) : by === 'semicolons' ? quotedCells(raw, ';') : by === 'wide' ? raw.split('｜') : by === 'wiki' ? wikiCells(raw) : raw.split('|');
}

/** A markdown row with a bar escaped inside a cell ("[[Vault\\|볼트]]", Obsidian's link with its label): split at the others, read as a bar. */
function barCells(raw: string): string[] {
  return raw.split(/(?<!\\)\|/u).map((c) => c.replace(/\\\|/gu, '|'));
}

/**
 * A MediaWiki table's row or header ("| 14:00 || Title || Name (Org)", "! Time !! Ignite !! Speaker"): its cells, after an
 * empty first one as a markdown row's bars give.
 */
function wikiCells(raw: string): string[] {
  return ['', ...raw.replace(/^\s*[|!]\s*/, '').split(/\s*(?:\|\||!!)\s*/)];
}

/** A CSV row's cells: a cell in double quotes may hold commas ("LT: Loki, But Cheaper"), and "" is a quote inside it. */
export function csvCells(raw: string): string[] {
  return quotedCells(raw, ',');
}

/** A row's cells between `separator`s, a cell in double quotes holding separators, line breaks and "" (a quote). */
function quotedCells(raw: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (quoted) {
      if (c !== '"') cell += c;
      else if (raw[i + 1] === '"') cell += raw[++i];
      else quoted = false;
    } else if (c === separator) {
      cells.push(cell);
      cell = '';
    } else if (c === '"' && !cell.trim()) quoted = true;
    else cell += c;
  }
  cells.push(cell);
  return cells;
}

/**
 * "time,title,speaker,company" then "19:00,Title,Name,Org": a schedule exported as CSV and pasted.
 * Whether a line may be its header (commas and short), before columnsOf reads it.
 */
export function mayBeCsvHeader(raw: string, separator: CsvSeparator = ','): boolean {
  const first = raw.indexOf(separator);
  if (first <= 0 || first > 24 || raw.length > 120 || raw.indexOf(separator, first + 1) < 0) return false;
  // A header's cells are short: no run of 25 characters without a comma.
  const code = separator.charCodeAt(0);
  let run = 0;
  for (let i = 0; i < raw.length; i++) {
    if (raw.charCodeAt(i) === code) run = 0;
    else if (++run > 24) return false;
  }
  return true;
}

/** What separates a CSV file's cells: a comma, or a semicolon where the decimal mark is a comma (a European Excel's export). */
export type CsvSeparator = ',' | ';';

/** The separator of a CSV header line: a semicolon when it has no comma. */
export function csvSeparatorOf(header: string): CsvSeparator {
  return !header.includes(',') && header.includes(';') ? ';' : ',';
}

/** The cell separator readAgendaRow and columnsOf take for a CSV separator. */
export function csvCellsBy(separator: CsvSeparator): CellSeparator {
  return separator === ';' ? 'semicolons' : 'commas';
}

/**
 * The last line of a CSV row whose first line is `first`, a quoted cell holding line breaks ("memo\nmore memo") going on
 * to the line that closes it (12 lines at most, before `end`), or -1 when the row has not `cells` cells.
 */
export function csvRowEnd(lines: string[], first: number, end: number, cells: number, separator: CsvSeparator): number {
  const raw = lines[first];
  if (!raw.includes(separator)) return -1;
  if (quoteCount(raw) % 2 === 0) return quotedCells(raw, separator).length === cells ? first : -1;
  for (let k = first + 1; k < end && k <= first + 12; k++) {
    if (quoteCount(lines[k]) % 2 === 0) continue;
    return quotedCells(lines.slice(first, k + 1).join('\n'), separator).length === cells ? k : -1;
  }
  return -1;
}

/** How many double quotes a line has (a CSV row's quoted cell is open after an odd count; "" inside it counts two). */
export function quoteCount(s: string): number {
  let n = 0;
  for (let i = s.indexOf('"'); i >= 0; i = s.indexOf('"', i + 1)) n++;
  return n;
}
const SPACES_BETWEEN_CELLS = /[ \t\u3000]{2,}|\t|\u3000/u;

/**
 * " 13:10-13:40   Title        Name (Org)": a row of a timetable laid out in columns of spaces, as
 * many cells as its header; `cells` is the header's count.
 */
export function isSpacedRow(raw: string, cells: number): boolean {
  return cellsOf(raw, 'spaces').length === cells;
}

/** A table's header that names a title column and a speakers column ("| 세션 | 발표자 |", "| Talk | Speaker |", "time⇥room⇥title⇥speaker"). */
export function columnsOf(header: string, line: number, by: CellSeparator = 'bars'): TableColumns | null {
  // "| 🎤 발표자 | 📝 제목 | 🏢 소속 |": emoji before the column's name.
  // ("발표자 (이름 / 직함 / 소속)", "Speaker (name, company)": what the column holds, in brackets after its name.)
  // ("|_. # |_. talk |_. who |": Textile's header cells, marked with "_.".)
  const cells = cellsOf(header, by).map((c) => c.replace(/^\s*_\.\s*/u, '').replace(/\*\*|[\p{Extended_Pictographic}\uFE0F\u200D]/gu, '').replace(/\s*[(（][^()（）]{1,40}[)）]\s*$/u, '').trim().toLowerCase());
  // ("| Time | Ignite | Speaker |", "| 時間 | LT | 登壇者 |": a column named for the kind of its talks holds their titles.)
  // ("| 세션 제목 |", "| Session title |", "| セッション名 |": the title named with the session's word.)
  // ("| LT | title | speaker |": a column named for the title wins over one named for the kind of talk, its number.)
  const named = cells.findIndex((c) => TITLE_WORD.test(c));
  const title = named >= 0 ? named : cells.findIndex((c) => TALK_KIND_COLUMN.test(c));
  // "| 시작 | 분 | 순서 | 내용 / 발표자 | 담당 |" (a cue sheet's): one column for the title and who gives it.
  const both = title < 0 ? cells.findIndex((c) => TITLE_AND_SPEAKER.test(c)) : -1;
  if (both >= 0) return { headerLine: line, title: both, speakers: both, organisation: -1, cells: cells.length };
  let speakers = cells.findIndex((c) => SPEAKER_COLUMN.test(c));
  // ("| 장 | 제목 | 발표 |": beside a column named for the title, "발표" (a talk, who gives it) names the presenters.)
  if (speakers < 0 && title >= 0 && TITLE_WORD.test(cells[title])) speakers = cells.findIndex((c, k) => k !== title && PRESENTER_COLUMN.test(c));
  // ("| 소속 / 비고 |", "| 所属・備考 |": the organisations' column that holds remarks too.)
  const organisation = cells.findIndex((c) => /^(?:소속|회사|company|org|organi[sz]ation|affiliation|所属|会社)(?:\s*[/／・]\s*(?:비고|메모|備考|メモ|notes?|remarks?))?$/iu.test(c));
  const held = cells.findIndex((c) => HELD_COLUMN.test(c));
  const kind = cells.findIndex((c, k) => k !== title && KIND_COLUMN.test(c));
  if (title >= 0 && speakers >= 0 && title !== speakers) return { headerLine: line, title, speakers, organisation, cells: cells.length, held, kind };
  // "이름 | 발표자 | 소속": a database's rows (Notion's), their title in its first property, "Name" (이름, 名前), the speakers in their own.
  const nameColumn = cells.findIndex((c) => /^(?:name|이름|名前)$/iu.test(c));
  if (nameColumn >= 0 && speakers >= 0 && nameColumn !== speakers) return { headerLine: line, title: nameColumn, speakers, organisation, cells: cells.length };
  // "| 세션 | 메모 |": a talks' column and the writer's notes, each talk's speakers inside its own cell ("Title (Name, Org)").
  const talks = cells.findIndex((c) => TALKS_COLUMN.test(c));
  return talks >= 0 && cells.length >= 2 ? { headerLine: line, title: talks, speakers: -1, organisation, cells: cells.length } : null;
}
/** A column naming each row's kind: "| 구분 |" with "세션1", "휴식", "스폰서" in it. */
const KIND_COLUMN = /^(?:구분|종류|유형|형식|type|kind|category|format|種別|区分|形式)$/iu;
/** A kind's cell that says the row is a talk ("세션1", "LT", "Keynote", "基調講演"), which NOT_A_TALK reads as a label alone. */
const TALK_KIND_CELL = /^(?:세션|발표|키노트|기조\s*연설|session|talk|keynote|lt|lightning(?:\s*talk)?|ignite|セッション|講演|発表|基調講演|キーノート)\s*#?\s*\d{0,2}$/iu;
/** A column named for the title ("제목", "Session title", "セッション名"). */
const TITLE_WORD = /^(?:제목|발표\s*제목|발표\s*주제|세션\s*제목|세션명|title|(?:session|talk)\s+title|タイトル|セッション\s*(?:名|タイトル)|講演\s*タイトル|演題|주제|topic|subject)$/iu;
/** A column named for the talks or their kind, which holds their titles when none is named for the title. */
const TALK_KIND_COLUMN = /^(?:세션|발표|내용|session|talk|テーマ|セッション|講演|発表|内容|ignites?|lts?|lightning\s*talks?|라이트닝\s*토크|ライトニングトーク)$/iu;
const TITLE_AND_SPEAKER = /^(?:세션|제목|발표|내용|title|session|talk|タイトル|セッション|内容)\s*[/／|・&]\s*(?:발표자|연사|speakers?|presenters?|登壇者|発表者|スピーカー)$/iu;
const PRESENTER_COLUMN = /^(?:발표|発表|登壇|presenter|presented by|by)$/iu;
const TALKS_COLUMN = /^(?:세션|발표|세션명|session|sessions|talk|talks|セッション|講演|発表)$/iu;

/** A Latin name of two or three capitalised words. */
const LATIN_NAME = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}[\p{L}'’-]+){1,2}$/u;
/** Its first word: "Jenna" of "Jenna Kowalski". */
const firstWord = (name: string): string => name.slice(0, name.search(/[ -]/u));
/** A speakers' cell that names the organisers or no one yet: "運営", "운영진", "Staff", "TBD". */
const STAFF_CELL = /^(?:運営(?:事務局|スタッフ|チーム)?|운영팀|事務局|主催(?:者)?|司会|운영진?|주최(?:측)?|스태프|사회|staff|organi[sz]ers?|hosts?|mc|tb[ad]|未定|미정)$/iu;

/** A speakers' cell that names the sponsors: "스폰서사", "Sponsors", "協賛企業". */
const SPONSOR_CELL = /^(?:스폰서(?:사|들)?|후원사|sponsors?|スポンサー(?:企業)?|協賛(?:企業)?)$/iu;

/** "[text](https://…)": a markdown link, its text (1). */
const MARKDOWN_LINK = /\[([^\[\]]{1,200})\]\([^()\s]{1,400}\)/gu;

/** A speakers' cell the writer left unknown: "?", "??", "모름", "不明", "unknown". */
const UNKNOWN_CELL = /^(?:[?？]{1,3}|모름|미상|不明|unknown|n\/a)$/iu;

const TIME_CELL = /^\d{1,2}[:：]\d{2}(?:\s*[-~–—〜～]\s*\d{1,2}[:：]\d{2})?$/u;

export function readAgendaRow(structure: NoteStructure, i: number, check: Reader, agenda: AgendaEntry[], columns: TableColumns | null, by: CellSeparator = 'bars'): void {
  const raw = structure.lines[i];
  if (by !== 'spaces' && !raw.includes(by === 'tabs' ? '\t' : by === 'commas' ? ',' : by === 'semicolons' ? ';' : by === 'wide' ? '｜' : '|')) return;
  // ("Title<br>Name, Org": a line break inside a cell, between the title and who gave it, reads as a dash; "Terraform at
  // 400 workspaces:<br>what broke…", a title wrapped in its cell, as a space.)
  // ("| [[박준혁]] | [[토스트페이]] |": a notes app's links in the cells, read as their text.)
  // ("| [Title](https://…/#1) | [@shun_okada](https://x.com/…)（岡田 駿 / Org） |": markdown's links in the cells, read as their text.)
  const cells = cellsOf(raw, by).map((c) => (c.includes('<br') ? joinCellLines(c, check) : c.includes('[[') ? withoutWikiBrackets(c) : c.includes('](') ? c.replace(MARKDOWN_LINK, '$1') : c).trim());
  // ("<b>Title</b>", "<i>Name</i> (Org)", "<span style=…>": inline HTML's marks around a cell's words.)
  if (raw.includes('</')) for (let k = 0; k < cells.length; k++) if (cells[k].includes('<')) cells[k] = cells[k].replace(INLINE_HTML_TAG, '').trim();
  if (by === 'tabs' && columns) withoutMergedCell(cells, columns);
  const before = agenda.length;
  readAgendaCells(i, raw, cells, check, agenda, columns);
  // (A bold title's rows go on to the next bold title's, or the table's end: the slide's text and the notes beside it.)
  if (!columns && agenda.length === before + 1 && by === 'bars' && BOLD_CELL.test(cells.find((c) => c.startsWith('**')) ?? '')) {
    let last = i;
    while (last + 1 < structure.lines.length && structure.info[last + 1].kind === LineKind.Table && !BOLD_CELL_IN_ROW.test(structure.lines[last + 1])) last++;
    if (last > i) agenda[before].last = last;
  }
}

/**
 * A spreadsheet's row copied with line breaks inside its cells (lines `first` to `last`): the sheet put each such cell in
 * double quotes ("Title\nsubtitle", "Name\nName", "Org\nOrg"). Its title is read where its first line is written.
 */
export function readQuotedRowLines(structure: NoteStructure, first: number, last: number, check: Reader, agenda: AgendaEntry[], columns: TableColumns, separator: '\t' | CsvSeparator = '\t'): void {
  const raw = structure.lines[first];
  const cells = quotedCells(structure.lines.slice(first, last + 1).join('\n'), separator);
  if (separator === '\t') withoutMergedCell(cells, columns);
  for (let k = 0; k < cells.length; k++) {
    if (!cells[k].includes('\n')) {
      cells[k] = cells[k].trim();
      continue;
    }
    const parts = cells[k].split('\n').map((p) => p.trim()).filter(Boolean);
    // (The organisations' cell keeps its lines, an organisation a person; people a line each are a list; a title's lines
    // join as a wrapped title's do.)
    cells[k] = k === columns.organisation ? parts.join('\n') : parts.every((p) => check.speakers(p) !== null) ? parts.join('、') : joinCellLines(parts.join('<br>'), check);
  }
  const before = agenda.length;
  readAgendaCells(first, raw, cells, check, agenda, columns);
  for (let k = before; k < agenda.length; k++) agenda[k].last = last;
}

/** A CSV row on lines `first` to `last` (csvRowEnd): read with its lines when a quoted cell holds line breaks. */
export function readCsvRow(structure: NoteStructure, first: number, last: number, check: Reader, agenda: AgendaEntry[], columns: TableColumns, separator: CsvSeparator): void {
  if (last > first) readQuotedRowLines(structure, first, last, check, agenda, columns, separator);
  else readAgendaRow(structure, first, check, agenda, columns, csvCellsBy(separator));
}

/**
 * "15:20⇥LT⇥Title⇥Name⇥Org" and "⇥⇥Title⇥Name" under a header of one cell fewer: a merged cell ("LT", a block of lightning
 * talks) left in the title's column pushed the row right by one. Removed, the row's cells are under their header's again.
 */
function withoutMergedCell(cells: string[], columns: TableColumns): void {
  if (cells.length !== columns.cells + 1 || columns.title < 0) return;
  const merged = cells[columns.title].trim();
  if (!merged || MERGED_KIND_CELL.test(merged)) cells.splice(columns.title, 1);
}
const MERGED_KIND_CELL = /^(?:lts?|lightning\s*talks?|ignites?(?:\s*talks?)?|라이트닝\s*토크|ライトニング\s*トーク|lt枠|lt\s*[(（]?\d+[)）]?)$/iu;

/** A timetable's row read from its cells; `line` and `raw` are where its title is written. */
function readAgendaCells(i: number, raw: string, cells: string[], check: Reader, agenda: AgendaEntry[], columns: TableColumns | null): void {
  // ("11:00 "Title" – Name, Org | "Title" – Name (Org)": a track grid's row, its time at the start of its first cell.)
  const lead = columns ? null : TIME_LEAD.exec(cells[0] ?? '');
  if (lead) cells.splice(0, 1, lead[1], lead[2]);
  const timed = cells.some((c) => TIME_CELL.test(c));
  // "| 세션 | 발표자 |", "| 時間 | 登壇者 | 所属 | タイトル |": the header names the title's and the speakers' columns.
  // (A tab-separated row comes with its header's columns and is read by them alone: its other cells are a room, a track.)
  if (columns || !timed) {
    // ("| **① Title** | 登壇: 藤原 大輝 さん（Org） |": a slide's text beside the writer's notes, the title in bold, the speaker labelled.)
    if (!columns) {
      boldTitleRow(i, raw, cells, check, agenda);
      return;
    }
    // (The line under the header: "|---|---|", "｜ー｜ー｜".)
    if (i === columns.headerLine || /^[\s|｜:ー－-]+$/u.test(raw)) return;
    // ("* Drift happens: …": a mark the writer put before the talks they went to.)
    // (A session on an open space's board that did not run, or was merged into another.)
    if (columns.held !== undefined && columns.held >= 0 && NOT_HELD.test(cells[columns.held] ?? '')) return;
    // ("| 20:20 | 스폰서 | 회사 소개 (5분) | 김상우 |": a row whose kind is a break, the registration or a sponsor's turn.)
    const kindCell = columns.kind !== undefined && columns.kind >= 0 ? (cells[columns.kind] ?? '').trim() : '';
    if (kindCell && !TALK_KIND_CELL.test(kindCell) && (NOT_A_TALK.test(kindCell) || SPONSOR_CELL.test(kindCell))) return;
    const titleCell = cells[columns.title]?.replace(/\*\*/g, '').replace(/^[*•・+-]\s+/u, '');
    const parsed = titleCell ? check.talkLine(titleCell) : null;
    if (!parsed || isNonTalkTitle(parsed.title)) return;
    let sp = columns.speakers >= 0 && columns.speakers !== columns.title && cells[columns.speakers] && !STAFF_CELL.test(cells[columns.speakers]) ? check.speakers(cells[columns.speakers], true) : null;
    // ("| Marcus Oyelaran, Jenna Kowalski | Tidewater Logistics |": beside a column of organisations, a comma between two
    // people's names is between people, not before an organisation.)
    // (The organisations' cell not empty: the organisation is given there.)
    if (sp && columns.organisation >= 0 && (cells[columns.organisation] ?? '').trim() && sp.speakers.some((x) => x.org && LATIN_NAME.test(x.org) && LATIN_NAME.test(x.name) && (isGivenName(firstWord(x.org)) || isGivenName(firstWord(x.name))))) {
      const names = cells[columns.speakers].split(/\s*(?:,|、|&|\band\b)\s*/u).map((n) => n.trim());
      if (names.length <= 4 && names.every((n) => LATIN_NAME.test(n))) sp = { speakers: names.map((name) => ({ name, org: null })), strong: true };
    }
    // ("freelance", "independent": no organisation.)
    const org = columns.organisation >= 0 && !/^[-–—―ー]*$/u.test(cells[columns.organisation] ?? '') && !NO_ORGANISATION.test(cells[columns.organisation]) ? cells[columns.organisation] : null;
    // ("Ana Costa / Björn Petersen" from "Personio / SoundCloud": an organisation each, in the same order.)
    const orgs = org && sp && sp.speakers.length > 1 ? org.split(/\s*(?:\n|\s\/\s|／|、)\s*/u) : null;
    if (!parsed.speakers.length && sp) parsed.speakers = orgs && orgs.length === sp.speakers.length ? sp.speakers.map((p, n) => (p.org ? p : { ...p, org: orgs[n] })) : withOrganisation(sp.speakers, org);
    // (Without a speakers' column, the title's cell names them with their organisations, or it is no talk's row.)
    if (columns.speakers < 0 && !(parsed.strongSpeakers && parsed.speakers.length && parsed.speakers.every((x) => x.org))) return;
    // (One column for both: its cell names the speakers, or it is the programme's own.)
    if (columns.speakers === columns.title && !parsed.speakers.length) return;
    // (A row without its speakers, timed or not, is the programme's own: a break, the opening, the party. Not "| 13:10 |
    // Title | ? |", a talk whose speaker the writer did not catch, or "| 09:30 | 기조연설 | AWS 코리아 대표 |", "| 11:00 |
    // Title | 某 커머스 회사 DevOps 리드 |", a talk given by someone named by their position.)
    const cell = columns.speakers >= 0 ? (cells[columns.speakers] ?? '').trim() : '';
    const someone = !STAFF_CELL.test(cell) && !/^[-–—―ー]*$/u.test(cell);
    // (Not a remark in brackets where a title would be, "(ran the open spaces, no talk)", nor a sponsor's turn.)
    const byPosition = someone && !SPONSOR_CELL.test(cell) && !/^[(（]/u.test(parsed.title);
    if (!parsed.speakers.length && !(cell && (UNKNOWN_CELL.test(cell) || (parsed.keynote && someone) || byPosition))) return;
    agenda.push(agendaEntry(i, raw, parsed));
    return;
  }
  // (Nor a cell without a letter: a row's number, "❤️ 21" a post's reactions.)
  const rest = cells.filter((c) => c && !TIME_CELL.test(c) && !/^:?-{2,}:?$/.test(c) && /\p{L}/u.test(c));
  if (!rest.length) return;
  // "| 10:30 | Title (Speaker) | Other title (Other speaker) |": a track per column, a talk per cell.
  if (rest.length >= 2) {
    const each = rest.map((c) => trackCell(c.replace(/\*\*/g, ''), check)).filter((t): t is TalkLine => !!t && t.speakers.length > 0 && !isNonTalkTitle(t.title));
    // Every cell in that shape, one with a name read with confidence: not a title and a speakers column.
    // (Or a break: "14:45 hallway track / Cilium booth | Title — Name, Org".)
    const talkCells = rest.filter((c) => c !== '—' && c !== '-' && !isBreakCell(c)).length;
    if (each.length >= (talkCells < rest.length ? 1 : 2) && each.length === talkCells && each.some((t) => t.strongSpeakers)) {
      for (const parsed of each) agenda.push(agendaEntry(i, raw, parsed));
      return;
    }
  }
  let titleCell = rest[0];
  let speakers: Speaker[] = [];
  for (const cell of rest.slice(1)) {
    const sp = check.speakers(cell, true);
    if (sp && !speakers.length) speakers = sp.speakers;
  }
  if (rest.length >= 2 && !speakers.length) {
    const sp0 = check.speakers(rest[0]);
    if (sp0?.strong) {
      titleCell = rest[1];
      speakers = sp0.speakers;
    }
  }
  const parsed = check.talkLine(titleCell.replace(/\*\*/g, ''));
  if (!parsed || isNonTalkTitle(parsed.title)) return;
  if (!parsed.speakers.length) parsed.speakers = speakers;
  agenda.push(agendaEntry(i, raw, parsed));
}

/** A row without a header to read it by whose one cell is a title in bold and another names its speakers under their label; no entry otherwise. */
function boldTitleRow(i: number, raw: string, cells: string[], check: Reader, agenda: AgendaEntry[]): void {
  if (cells.length < 2 || cells.length > 4) return;
  const bold = cells.findIndex((c) => BOLD_CELL.test(c.trim()));
  const labelled = bold < 0 ? -1 : cells.findIndex((c, k) => k !== bold && SPEAKER_LABEL_COLON.test(c.trim()));
  if (labelled < 0) return;
  const parsed = check.talkLine(cells[bold].trim().slice(2, -2));
  const sp = parsed && !parsed.speakers.length && !isNonTalkTitle(parsed.title) ? check.speakers(cells[labelled].trim()) : null;
  if (!parsed || !sp) return;
  parsed.speakers = sp.speakers;
  parsed.strongSpeakers = sp.strong;
  agenda.push(agendaEntry(i, raw, parsed));
}
const BOLD_CELL = /^\*\*[^*]{3,}\*\*$/u;
const BOLD_CELL_IN_ROW = /\|\s*\*\*[^*]{3,}\*\*\s*\|/u;

const CELL_BREAK = /\s*<br\s*\/?>\s*/giu;
const INLINE_HTML_TAG = /<\/?(?:b|i|em|strong|u|s|mark|small|code|span|font)(?:\s[^<>]*)?>/giu;

/** A cell's lines (set apart by "<br>"): a dash before or after a line that names people, a space before the rest of a wrapped title. */
function joinCellLines(cell: string, check: Reader): string {
  const parts = cell.split(CELL_BREAK);
  let out = parts[0];
  for (let k = 1; k < parts.length; k++) {
    const part = parts[k];
    if (!part) continue;
    // (A person, then their organisation: "Jana Hoffmann<br>Zalando".)
    out += !out ? part : check.speakers(part)?.strong || (part.length <= 40 && check.speakers(out) !== null) || /[(（]/u.test(part) ? ` — ${part}` : /[\u3000-\u30ff\u4e00-\u9fff]$/u.test(out) ? part : ` ${part}`;
  }
  return out;
}
const TIME_LEAD = /^(\d{1,2}[:：]\d{2}(?:\s*[-~–—〜～]\s*\d{1,2}[:：]\d{2})?)\s+(\S.*)$/u;

/** A track's cell that is the programme's own: "lunch", "coffee", "hallway track / Cilium booth". */
function isBreakCell(cell: string): boolean {
  return isNonTalkTitle(cell) || isNonTalkTitle(cell.split(/\s+[/|·]\s+/u)[0]) || isNonTalkTitle(cell.replace(/\s*[(（][^()（）]*[)）]\s*$/u, ''));
}

/** One speaker named by one word that is the first part of the other list's one speaker's name ("藤原" for "藤原 健一", "Priya" for "Priya Raman"). */
function namedByFirstPart(short: Speaker[], full: Speaker[]): boolean {
  if (short.length !== 1 || full.length !== 1) return false;
  const name = short[0].name.trim();
  const parts = full[0].name.trim().split(/\s+/u);
  return parts.length >= 2 && !/\s/u.test(name) && nameKey(parts[0]) === nameKey(name);
}

/** A timetable row's entry: its title found in the raw line (the whole line when it is not there as written). */
function agendaEntry(line: number, raw: string, parsed: TalkLine): AgendaEntry {
  const at = raw.indexOf(parsed.title);
  if (at >= 0) return { line, parsed, start: at, end: at + parsed.title.length };
  // (A title whose cell goes on below its first line: its part on this line, to the cell's end.)
  const head = parsed.title.length > 8 ? raw.indexOf(parsed.title.slice(0, 8)) : -1;
  if (head < 0) return { line, parsed, start: 0, end: raw.length };
  const tab = raw.indexOf('\t', head);
  return { line, parsed, start: head, end: tab >= 0 ? tab : raw.length };
}

/** A cell of a timetable's track column: "Title (Speaker)", the name read even when only its shape says so. */
function trackCell(cell: string, check: Reader): TalkLine | null {
  const parsed = check.talkLine(cell);
  if (!parsed || parsed.speakers.length) return parsed;
  const paren = /^(.*\S)\s*[(（]([^()（）]{2,60})[)）]$/u.exec(parsed.title);
  const sp = paren ? check.speakers(paren[2]) : null;
  return sp ? { ...parsed, title: paren![1], speakers: sp.speakers, strongSpeakers: sp.strong } : parsed;
}

/**
 * "1. Title — Name (Org)" listed before the talks' headings, each heading naming its talk short
 * ("### Stacks (Priya)", "### Keynote (Mon)"): the list is the agenda, and the headings the talks.
 */
export function agendaOfBullets(structure: NoteStructure, candidates: Candidate[], chosen: Chosen, agenda: AgendaEntry[], check: Reader): Chosen {
  const bySpeakers = listedBySpeakers(structure, candidates, chosen, agenda);
  if (bySpeakers) return bySpeakers;
  if (listedByHeadingPerson(structure, chosen, agenda, check)) return chosen;
  // The headings chosen as talks; or, when the list's items were chosen, the headings below them.
  const fromList = chosen.mode === 'plain' && chosen.talks.length >= 2 && chosen.talks.every((t) => t.source === 'bullet');
  const pool = chosen.mode === 'heading' ? chosen.talks : fromList ? candidates : [];
  const listed = candidates.filter((c) => c.source === 'bullet');
  if (listed.length < 2) return chosen;
  // Headings below the list's first item (the note's title heading is above it).
  const headings = pool.filter((t) => t.source === 'heading' && t.line > listed[0].line && !t.parsed.strongSpeakers && !isNonTalkTitle(t.parsed.title));
  if (headings.length < 2) return chosen;
  const first = Math.min(...headings.map((h) => h.line));
  const bullets = listed.filter((c) => c.line < first);
  if (bullets.length < 2) return chosen;
  const named = headings.filter((h) => bullets.some((b) => namesShort(h.parsed.title, b.parsed)));
  if (named.length < Math.max(2, Math.ceil(headings.length / 2))) return chosen;
  for (const b of bullets) agenda.push({ line: b.line, parsed: b.parsed, ...titleOffsets(structure.lines[b.line], structure.info[b.line], b.parsed), bullet: true });
  return chosen.mode === 'heading' ? chosen : { talks: named, level: named[0].level, mode: 'heading' };
}

/**
 * "1) Title - 송지훈 님 (NHN Cloud)" listed, then "[1] 테라폼 세션 (송지훈 님)" and its notes: each
 * talk chosen below the list names a listed one short, by the same speakers. The list is their
 * agenda (resolveAgenda gives each its listed title); null when the talks below are not all such.
 */
function listedBySpeakers(structure: NoteStructure, candidates: Candidate[], chosen: Chosen, agenda: AgendaEntry[]): Chosen | null {
  if (chosen.mode !== 'plain') return null;
  const below = chosen.talks.filter((t) => t.source !== 'bullet');
  if (below.length < 2) return null;
  const first = Math.min(...below.map((t) => t.line));
  const listed = candidates.filter((c) => c.source === 'bullet' && c.line < first && c.parsed.strongSpeakers && c.parsed.speakers.length > 0);
  if (listed.length < 2) return null;
  const used = new Set<Candidate>();
  for (const t of below) {
    const b = listed.find((c) => !used.has(c) && sameSpeakers(c.parsed.speakers, t.parsed.speakers));
    if (!b) return null;
    used.add(b);
  }
  for (const b of listed) agenda.push({ line: b.line, parsed: b.parsed, ...titleOffsets(structure.lines[b.line], structure.info[b.line], b.parsed), bullet: true });
  return { ...chosen, talks: chosen.talks.filter((t) => !listed.includes(t)) };
}

/**
 * "1. Title / 森本 (コトブキ決済)" listed, then "## 森本さんの発表" and its notes: the headings chosen as
 * talks name no title but a listed talk's speaker. The list's items that name speakers (weakly too:
 * "/ 藤井") are their agenda (resolveAgenda gives each heading its listed title and speakers), when
 * two or more headings, and at least half of them, name a listed speaker.
 */
function listedByHeadingPerson(structure: NoteStructure, chosen: Chosen, agenda: AgendaEntry[], check: Reader): boolean {
  if (chosen.mode !== 'heading') return false;
  const heads = chosen.talks.filter((t) => t.source === 'heading' && !t.parsed.speakers.length && t.parsed.title.length <= 40);
  if (heads.length < 2) return false;
  const first = Math.min(...heads.map((h) => h.line));
  const { info, lines } = structure;
  const items: Array<{ line: number; parsed: TalkLine }> = [];
  for (let i = 0; i < first; i++) {
    if (info[i].kind !== LineKind.ListItem || info[i].level !== 1 || agenda.some((a) => a.line === i)) continue;
    const parsed = check.talkLine(info[i].content);
    if (parsed?.title && parsed.speakers.length) items.push({ line: i, parsed });
    else {
      // ("… / 高橋・石川 (ひかりネット)", "… / あべ": names after the last slash that the parser is not sure of; a heading below names them.)
      const slash = /^(.{4,}?)\s+[/／]\s+([^/／]{1,40})$/u.exec(info[i].content);
      if (!slash) continue;
      const org = /[(（]([^()（）]{2,30})[)）]\s*$/u.exec(slash[2]);
      const names = slash[2].slice(0, org ? org.index : undefined).split(/\s*(?:・|、|,|&)\s*/u).map((n) => n.trim()).filter((n) => n.length >= 1 && n.length <= 12);
      if (!names.length) continue;
      const title = check.talkLine(slash[1])?.title ?? slash[1].trim();
      const start = info[i].content.indexOf(title);
      items.push({ line: i, parsed: { title, speakers: names.map((name) => ({ name, org: org ? org[1].trim() : null })), strongSpeakers: false, keynote: isKeynote(title), quoted: false, titleStart: start, titleEnd: start + title.length, time: null } });
    }
  }
  if (items.length < 2) return false;
  const named = heads.filter((h) => items.some((it) => headingNamesSpeakerOf(headingPerson(h.parsed.title), it.parsed)));
  if (named.length < Math.max(2, Math.ceil(heads.length / 2))) return false;
  for (const it of items) {
    const parsed = { ...it.parsed, strongSpeakers: true };
    agenda.push({ line: it.line, parsed, ...titleOffsets(lines[it.line], info[it.line], parsed), bullet: true });
  }
  return true;
}

/**
 * A heading's name without a speaker's honorific or a talk's word after it: "しげぞうさん LT" →
 * "しげぞう"; without a remark in brackets after it ("藤井さん (LT)", "신동혁 님 (앤서블 ↔ 테라폼)").
 */
function headingPerson(heading: string): string {
  // "Mehmet — tf @ 400 workspaces", "김민수님 / 테라폼 모듈 레지스트리", "1. 佐藤さん CloudNativePG": the person first, then the
  // talk named short.
  const lead = PERSON_THEN_TOPIC.exec(heading);
  if (lead) return nameKey(lead[1] ?? lead[2]);
  const person = heading.replace(/\s*[(（][^()（）]{1,32}[)）]$/u, '');
  // ("あべさんの LT"; "高橋さん・石川さんの発表": two people, the first named.)
  const first = person.replace(/\s*の?\s*(?:lt|talk|session|発表|講演|セッション|발표|세션)\s*$/iu, '').split(/\s*(?:・|、|&|\s+and\s+)\s*/u)[0];
  return nameKey(first.replace(/\s*(?:さん|氏|様|님|씨|san)\s*$/iu, ''));
}

/** A heading led by a person: a name with an honorific (group 1), or a capitalised first name before a dash (group 2). */
const PERSON_THEN_TOPIC = /^(?:\d{1,2}[.)]\s*)?(?:([^\s/|:：—–(（]{1,12}?)\s?(?:さん|氏|님)\s*(?:[/|:：—–-]\s*)?(?=[^\s・、&の]))|^(?:\d{1,2}[.)]\s*)?(\p{Lu}\p{Ll}{1,15})\s+[—–-]\s+(?=\S)/u;

/** Whether a heading whose person is `key` (headingPerson: "佐伯さん" → "佐伯") names one of a talk's speakers alone, by a whole name or one part of it. */
function headingNamesSpeakerOf(key: string, talk: TalkLine): boolean {
  // (One character is a whole surname in Japanese and Chinese: "森さん", "林さん".)
  if (key.length < 2 && !/^\p{Script=Han}$/u.test(key)) return false;
  if (talk.speakers.some((sp) => nameKey(sp.name) === key || sp.name.split(/\s+/u).some((part) => nameKey(part) === key))) return true;
  return !talk.speakers.length && speakerInTrailingParenthesis(key, talk) !== null;
}

/** "LT: Title（しげぞう）" listed, "## しげぞうさん LT" (its person `key`) below: the name in the listed title's last parenthesis is its speaker. */
function speakerInTrailingParenthesis(key: string, talk: TalkLine): TalkLine | null {
  const m = /^(.*\S)\s*[(（]([^()（）]{2,20})[)）]$/u.exec(talk.title);
  if (!m || nameKey(m[2]) !== key) return null;
  const title = m[1].replace(/^(?:LT|lt)\s*[:：]\s*/u, '');
  return { ...talk, title, speakers: [{ name: m[2].trim(), org: null }], strongSpeakers: true, titleEnd: talk.titleStart + talk.title.indexOf(title) + title.length, titleStart: talk.titleStart + talk.title.indexOf(title) };
}

/** Whether a heading ("Stacks (Priya)", "Policy as code (Marcus + Jana)", "Keynote (Mon)") names the talk short: by every word of its title, or every name in its parenthesis as a speaker's first name. */
function namesShort(heading: string, talk: TalkLine): boolean {
  const paren = /^(.*?)\s*[(（]([^()（）]{1,60})[)）]\s*$/u.exec(heading);
  const titlePart = (paren ? paren[1] : heading).toLowerCase();
  if (paren) {
    const names = paren[2].split(/\s*(?:[+,&、/]|\band\b)\s*/u).filter(Boolean);
    const firstNames = talk.speakers.map((sp) => sp.name.split(/\s+/u)[0].toLowerCase());
    if (names.length && names.every((n) => firstNames.includes(n.toLowerCase()))) return true;
  }
  if (isKeynote(titlePart) && talk.keynote) return true;
  const words = titlePart.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3);
  const title = talk.title.toLowerCase();
  // ("10k" for "10,000".)
  const thousands = (w: string) => /^\d{1,3}k$/.test(w) && (title.includes(`${w.slice(0, -1)},000`) || title.includes(`${w.slice(0, -1)}000`));
  return words.length > 0 && words.every((w) => title.includes(w) || thousands(w));
}

/**
 * A talk listed in a timetable or a list and described below: the tools its listed title names
 * are the talk's too ("Terraform Stacks in production" in the list, only "Stacks" in the notes),
 * also on a line that is another talk's (a track grid's row: that talk in one cell, this one's
 * title in the next).
 */
export function listedTitlesMention(agendaRefs: TalkReference[], targets: Map<TalkReference, Candidate>, talkOf: Map<Candidate, Talk>, mentions: Mention[]): void {
  const byLine = new Map<number, Array<{ from: number; to: number; talkId: string }>>();
  for (const r of agendaRefs) {
    const target = targets.get(r);
    const talk = target && talkOf.get(target);
    if (!talk) continue;
    const list = byLine.get(r.range.start.line) ?? [];
    list.push({ from: r.range.start.character, to: r.range.end.character, talkId: talk.id });
    byLine.set(r.range.start.line, list);
  }
  for (const m of mentions) {
    const listed = byLine.get(m.range.start.line)?.find((r) => m.range.start.character >= r.from && m.range.end.character <= r.to);
    if (listed) m.talkId = listed.talkId;
  }
}

/** Timetable lines that name a talk described below become references; the others become talks. */
export function resolveAgenda(agenda: AgendaEntry[], talks: Candidate[], refs: TalkReference[], targets: Map<TalkReference, Candidate>, lines: string[]): void {
  const described = talks.slice();
  const taken = new Set<Candidate>();
  // Short headings without speakers, each with the person it may name ("## 佐伯さん" → "佐伯"), read once.
  const personOf = new Map<Candidate, string>();
  for (const t of described) if (t.source === 'heading' && !t.parsed.speakers.length && t.parsed.title.length <= 64) {
    const person = headingPerson(t.parsed.title);
    if (person.length <= 24) personOf.set(t, person);
  }
  // A body's line that holds the notes on a listed talk: the talk, the listed entry below becoming a reference to it.
  const notesOf = (line: number, parsed: TalkLine): void => {
    const there = described.find((t) => t.line === line);
    if (there) there.parsed = parsed;
    else {
      const talk: Candidate = { line, parsed, speakerLine: null, source: 'plain', level: 0, evidence: true };
      talks.push(talk);
      described.push(talk);
    }
  };
  // "[A] Landing zone w/ Terraform", "【1】Stacks 先取り": opened with its slot's mark.
  for (const [line, listed] of markedLines(agenda, lines)) notesOf(line, { ...listed.parsed, titleStart: 0, titleEnd: lines[line].length });
  // "■ 13:30 森田さん": a timed line naming its speaker alone.
  const named = personNamedEntries(agenda);
  for (const [entry, listed] of named) notesOf(entry.line, { ...entry.parsed, title: listed.parsed.title, speakers: listed.parsed.speakers, strongSpeakers: listed.parsed.speakers.length > 0, keynote: listed.parsed.keynote });
  // ("[00:41] first talk was Title by Name from Org" among a dictated log's timed lines: where two entries or more name their
  // speakers but most name none, those are the log's other lines, no talks. A timetable of titles alone has talks only so,
  // and one whose entries mostly name speakers keeps the others: "17:10 패널토크 "…"".)
  let dictated: boolean | undefined;
  for (const entry of agenda) {
    // (A line chosen as a talk already is that talk, not a second one.)
    if (named.has(entry) || described.some((t) => t.line === entry.line)) continue;
    let target = described.find((t) => t.line !== entry.line && similarTitles(t.parsed.title, entry.parsed.title));
    // "### DEV-114 테라폼 + CDK", "### 2515 パネル" below a programme that gives each session its code or id: the heading names it by that.
    const code = target ? undefined : (entry.code ?? codeBefore(lines[entry.line], entry.start));
    if (!target && code) {
      target = described.find((t) => t.source === 'heading' && t.line > entry.line && !taken.has(t) && namesCode(t.parsed.title, code));
      if (target) target.parsed = { ...target.parsed, title: entry.parsed.title, speakers: target.parsed.speakers.some((sp) => sp.org) ? target.parsed.speakers : entry.parsed.speakers, keynote: entry.parsed.keynote };
    }
    // "## vault scaling" under a front matter that lists "Scaling Vault Across 30 Product Teams": its words.
    if (!target && entry.frontMatter) {
      target = closestByWords(entry.parsed.title, described.filter((t) => t.source === 'heading' && !taken.has(t) && !t.parsed.speakers.length)) ?? undefined;
      if (target) target.parsed = { ...target.parsed, title: entry.parsed.title };
    }
    // "### Stacks (Priya)" under a list of the talks: a heading naming one short (agendaOfBullets); or below a
    // timetable ("### Packer golden images" for "Golden Images with Packer and GitHub Actions").
    if (!target && (entry.bullet || !entry.frontMatter)) {
      target = described.find((t) => t.source === 'heading' && !taken.has(t) && !t.parsed.strongSpeakers && (entry.bullet || t.line > entry.line) && namesShort(t.parsed.title, entry.parsed));
      if (target) target.parsed = { ...target.parsed, title: entry.parsed.title, speakers: [], keynote: entry.parsed.keynote };
    }
    // "## 佐伯さん", "## しげぞうさん LT" under a timetable: a heading that names the talk's speaker alone.
    if (!target) {
      target = personOf.size ? described.find((t) => personOf.has(t) && !taken.has(t) && !t.parsed.speakers.length && headingNamesSpeakerOf(personOf.get(t)!, entry.parsed)) : undefined;
      if (target) {
        const named = entry.parsed.speakers.length ? null : speakerInTrailingParenthesis(personOf.get(target)!, entry.parsed);
        const parsed = named ?? entry.parsed;
        target.parsed = { ...target.parsed, title: parsed.title, speakers: parsed.speakers, keynote: entry.parsed.keynote };
      }
    }
    // "### Backstage (岡田さん)" below a timetable that lists "Backstageで始める… | 岡田 真央 (Org)", "### 포털 세션 (추하늘)": a
    // heading naming the talk short and its speaker, whole or by the first part of the name.
    if (!target && entry.parsed.speakers.length) {
      target = described.find((t) => t.source === 'heading' && t.line > entry.line && !taken.has(t) && t.parsed.speakers.length > 0 && t.parsed.speakers.every((sp) => !sp.org) && (sameSpeakers(t.parsed.speakers, entry.parsed.speakers) || namedByFirstPart(t.parsed.speakers, entry.parsed.speakers)));
      if (target) target.parsed = { ...target.parsed, title: entry.parsed.title, speakers: entry.parsed.speakers, keynote: entry.parsed.keynote };
    }
    // "- 아르고CD 세션 (최현우님)" under the timetable: a talk named short, known by its speakers.
    if (!target && entry.parsed.speakers.length) {
      // ("◆ state分割（藤原さん）" for "「…」 藤原 健一（Org）": the speaker by the first part of the name alone.)
      target = described.find((t) => t.line !== entry.line && !taken.has(t) && t.source !== 'heading' && (sameSpeakers(t.parsed.speakers, entry.parsed.speakers) || namedByFirstPart(t.parsed.speakers, entry.parsed.speakers)) && !agenda.some((a) => similarTitles(t.parsed.title, a.parsed.title)));
      // The timetable holds the full title (and, for a speaker named by the first part of the name, the full name).
      if (target) target.parsed = { ...target.parsed, title: entry.parsed.title, ...(sameSpeakers(target.parsed.speakers, entry.parsed.speakers) ? {} : { speakers: entry.parsed.speakers }) };
    }
    if (target) {
      // ("### GitHub Actions (西田さん)" for "GitHub Actionsの共通ワークフロー運用 | 西田 あかり (Org)": the timetable's full
      // title and names.)
      const short = target.parsed;
      if (short.speakers.length && entry.parsed.speakers.length && short.speakers.every((sp) => !sp.org) && namedByFirstPart(short.speakers, entry.parsed.speakers)) {
        const longer = entry.parsed.title.length > short.title.length && entry.parsed.title.startsWith(short.title);
        target.parsed = { ...short, title: longer ? entry.parsed.title : short.title, speakers: entry.parsed.speakers };
      }
      taken.add(target);
      const ref: TalkReference = {
        kind: 'agenda',
        text: entry.parsed.title,
        range: lineRange(entry.line, entry.start, entry.end),
        target: { talk: target.parsed.title },
      };
      refs.push(ref);
      targets.set(ref, target);
      if (!target.parsed.speakers.length && entry.parsed.speakers.length) target.parsed.speakers = entry.parsed.speakers;
      // ("| パネル：Vault 導入 | 橋本 優子（ルリ製薬）、木村 翼（…） |" then "### パネル（Vault 導入）" and "司会は運営の久保田 誠さん。":
      // the timetable names who gave it; a line under the heading that names someone else names its host.)
      else if (target.source === 'heading' && entry.parsed.speakers.length && (entry.parsed.strongSpeakers || entry.parsed.speakers.every((e) => e.org)) && !target.parsed.speakers.some((sp) => entry.parsed.speakers.some((e) => namesOverlap(e.name, sp.name)))) target.parsed.speakers = entry.parsed.speakers;
      else fillOrganisations(target.parsed.speakers, entry.parsed.speakers);
    } else if ((!described.length && (!(dictated ??= fewNamed(agenda)) || quotedAlone(lines[entry.line], entry))) || entry.parsed.speakers.length || entry.parsed.keynote) {
      talks.push({ line: entry.line, parsed: entry.parsed, speakerLine: null, source: 'agenda', level: 0, evidence: true });
    }
  }
}

/** "19:40  "Kafka on k8s: we tried, we cried"": a timed line that is its quoted title alone (its speakers on the line under it), a talk in a log too. */
function quotedAlone(raw: string, entry: AgendaEntry): boolean {
  return entry.parsed.quoted && !entry.parsed.speakers.length && raw.trimEnd().length - entry.end <= 1;
}

/** Two entries or more name their speakers, and they are fewer than half of all: a dictated log's timed lines, a few of them talks. */
export function fewNamed(agenda: AgendaEntry[]): boolean {
  let named = 0;
  for (const e of agenda) if (e.parsed.strongSpeakers) named++;
  return named >= 2 && named * 2 < agenda.length;
}

/** One name holds the other ("河野" in "河野 直樹", "Priya" in "Priya Raman"), letters compared. */
function namesOverlap(a: string, b: string): boolean {
  const x = nameKey(a);
  const y = nameKey(b);
  return !!x && !!y && (x.includes(y) || y.includes(x));
}

/**
 * The body's lines that open with a listed talk's mark in brackets ("[A] …", "【1】…", "(2) …"), past the front matter,
 * each with its talk: only when every mark is found once, so that a list numbered the same way is not taken for them.
 */
function markedLines(agenda: AgendaEntry[], lines: string[]): Map<number, AgendaEntry> {
  const found = new Map<number, AgendaEntry>();
  const listed = agenda.filter((e) => e.frontMatter && e.mark);
  if (listed.length < 2) return found;
  const after = Math.max(...listed.map((e) => e.line)) + 1;
  const byMark = new Map(listed.map((e) => [e.mark!.toLowerCase(), e]));
  // (A column of tracks, "A" and "B" on many rows, numbers no talk.)
  if (byMark.size < listed.length) return found;
  const seen = new Set<string>();
  for (let i = after; i < lines.length; i++) {
    const m = MARK_FIRST.exec(lines[i]);
    const entry = m ? byMark.get((m[1] ?? m[2] ?? m[3]).toLowerCase()) : undefined;
    if (!entry) continue;
    if (seen.has(entry.mark!)) return new Map();
    seen.add(entry.mark!);
    found.set(i, entry);
  }
  return found.size >= 2 ? found : new Map();
}
/** A line opening with a short mark in brackets, then words. */
const MARK_FIRST = /^\s*(?:#{1,6}\s+)?(?:\[([A-Za-z0-9]{1,3})\]|【([A-Za-z0-9]{1,3})】|[(（]([A-Za-z0-9]{1,3})[)）])\s*(?=\S)/u;

/**
 * "■ 13:30 森田さん" in the body of a note whose front matter lists "title: …" and "by: 森田 恵（…）": a timed line that
 * names one listed talk by its speaker alone, with the notes on it below. Each such line, with the listed talk it names.
 */
function personNamedEntries(agenda: AgendaEntry[]): Map<AgendaEntry, AgendaEntry> {
  const named = new Map<AgendaEntry, AgendaEntry>();
  const listed = agenda.filter((e) => e.frontMatter && e.parsed.speakers.length);
  if (!listed.length) return named;
  const taken = new Set<AgendaEntry>();
  for (const entry of agenda) {
    if (entry.frontMatter || entry.parsed.speakers.length || entry.parsed.title.length > 24) continue;
    const person = headingPerson(entry.parsed.title);
    const matches = listed.filter((e) => headingNamesSpeakerOf(person, e.parsed));
    if (matches.length !== 1 || taken.has(matches[0])) continue;
    named.set(entry, matches[0]);
    taken.add(matches[0]);
  }
  return named;
}

/** "[DEV-114] ", "CON-203 ": a session's code before the title on a programme's line (the last before `start`). */
function codeBefore(line: string, start: number): string | undefined {
  const before = line.slice(0, Math.max(0, start));
  let code: string | undefined;
  for (const m of before.matchAll(SESSION_CODE)) code = m[1];
  return code;
}
const SESSION_CODE = /(?:^|[\s[【(|])([A-Z]{2,5}-?\d{2,4}(?:-[A-Z])?)(?=[\]】)\s|]|$)/gu;

/** A heading that opens with the code ("DEV-114 테라폼 + CDK", "2515 パネル", "[CON-203] …"). */
function namesCode(title: string, code: string): boolean {
  const at = title.startsWith('[') || title.startsWith('【') ? 1 : 0;
  if (!title.startsWith(code, at)) return false;
  const next = title.charCodeAt(at + code.length);
  return Number.isNaN(next) || next === 32 || next === 58 || next === 93 || next === 0x3011 || next === 0xff1a || next === 0x3000;
}

/**
 * `talks:` in the front matter, a list of `title:` / `speaker:` / `company:`: timetable entries
 * whose lines are found in the front matter by their titles.
 */
export function frontMatterAgenda(structure: NoteStructure, check: Reader, agenda: AgendaEntry[]): void {
  const fm = structure.frontMatter;
  if (!fm) return;
  const list = PROGRAMME_KEYS.map((k) => fm.data[k]).find((v) => v && typeof v === 'object');
  // ("schedule:" then ""13:30":" and "title: …", "by: …": the programme keyed by its times; a time's plain string is no talk.)
  listedAgenda(list && !Array.isArray(list) ? Object.values(list) : list, structure.lines, fm.startLine + 1, fm.endLine, check, agenda);
}

/**
 * The same list in a YAML block pasted into the note ("```yaml", "talks:", "  - title: …", "    speaker: …"):
 * an event's programme as its organisers keep it, the notes on each talk below it.
 */
export function codeBlockAgenda(structure: NoteStructure, check: Reader, agenda: AgendaEntry[]): void {
  const { lines } = structure;
  for (let i = 0; i < lines.length; i++) {
    const c0 = lines[i].charCodeAt(0);
    // ("{" then "  "sessions": [ { "title": …, "speaker": …, "company": … } ]" then "}": an event site's answer pasted as JSON.)
    if ((c0 === 123 || c0 === 91) && lines[i].trimEnd().length === 1) {
      i = jsonAgenda(structure, i, check, agenda);
      continue;
    }
    if (c0 !== 96 && c0 !== 126) continue;
    const json = JSON_FENCE.test(lines[i]);
    if (!json && !YAML_FENCE.test(lines[i]) && !CSV_FENCE.test(lines[i])) continue;
    let end = i + 1;
    while (end < lines.length && !CLOSING_FENCE.test(lines[end])) end++;
    const body = lines.slice(i + 1, end).join('\n');
    if (json) listedAgenda(sessionsIn(parseJson(body)), lines, i + 1, end, check, agenda);
    // ("```csv" then "title,speaker,company" and a row per talk: a programme's rows pasted as they were exported.)
    else if (CSV_FENCE.test(lines[i]) && end > i + 2) {
      const separator = csvSeparatorOf(lines[i + 1]);
      const columns = columnsOf(lines[i + 1], i + 1, csvCellsBy(separator));
      const before = agenda.length;
      // (A quoted cell may hold line breaks: the row is read with the lines it takes.)
      if (columns) {
        for (let k = i + 2; k < end; k++) {
          const last = csvRowEnd(lines, k, end, columns.cells, separator);
          if (last < 0) continue;
          readCsvRow(structure, k, last, check, agenda, columns, separator);
          k = last;
        }
      }
      if (agenda.length === before + 1) agenda[before].record = true;
    } else if (YAML_FENCE.test(lines[i]) && (TALKS_KEY.test(body) || RECORD_TITLE_KEY.test(body))) {
      let data: unknown = null;
      try {
        data = yaml().parse(body, { prettyErrors: false, uniqueKeys: false, maxAliasCount: 50 });
      } catch {
        // Not YAML after all: nothing listed.
      }
      const o = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
      if (TALKS_KEY.test(body)) listedAgenda(o?.talks ?? o?.sessions ?? o?.Talks ?? o?.Sessions, lines, i + 1, end, check, agenda);
      else if (o) {
        // ("```yaml" then "タイトル: …", "登壇者: …", "所属: …": one talk's record, pasted above the notes on it.)
        const before = agenda.length;
        listedAgenda([o], lines, i + 1, end, check, agenda);
        if (agenda.length === before + 1) agenda[before].record = true;
      }
    }
    i = end;
  }
}
/**
 * A timetable pasted as HTML from an event's page: "<table>", a header row of "<th>" cells, then "<tr>" rows whose
 * "<td>" cells may each take a line of their own. Read as a table of the same columns; a row's line is its title's.
 */
export function htmlTableAgenda(structure: NoteStructure, check: Reader, agenda: AgendaEntry[]): void {
  const { lines, info } = structure;
  for (let i = 0; i < lines.length; i++) {
    if (info[i].kind !== LineKind.Html || !lines[i].includes('<table')) continue;
    let columns: TableColumns | null = null;
    // The row being read: its cells' text, and the line each starts on.
    let cells: string[] = [];
    let cellLines: number[] = [];
    let k = i;
    for (; k < lines.length && k < i + 2000; k++) {
      const raw = lines[k];
      for (const m of raw.matchAll(HTML_TABLE_PART)) {
        const tag = m[1]?.toLowerCase();
        if (tag === 'tr') {
          cells = [];
          cellLines = [];
        } else if (tag === '/tr' && cells.length) {
          if (!columns) columns = columnsOf(cells.join('|'), -1);
          else {
            const title = cellLines[columns.title] ?? k;
            readAgendaCells(title, lines[title], cells, check, agenda, columns);
          }
          cells = [];
        } else if (m[2] !== undefined) {
          cells.push(decodeCell(m[2]));
          cellLines.push(k);
        }
      }
      if (raw.includes('</table')) break;
    }
    i = k;
  }
}
/** A row's start or end, or a cell and its inner HTML on one line (group 2). */
const HTML_TABLE_PART = /<(\/?tr)\b[^>]*>|<t[hd]\b[^>]*>(.*?)<\/t[hd]>/giu;
/** A cell's text: its tags dropped, its entities read. */
function decodeCell(html: string): string {
  return html.replace(/<br\s*\/?>/giu, ' ').replace(/<[^>]*>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&nbsp;/g, ' ').trim();
}

/**
 * "| Title | … |", "|---|---|", "| Speaker | … |", "| Org | … |": one talk's record as a table of two columns, a key and its
 * value on each row (the header row the first of them), above the notes on that talk.
 */
export function recordTableAgenda(structure: NoteStructure, check: Reader, agenda: AgendaEntry[]): void {
  const { lines, info } = structure;
  for (let i = 0; i < lines.length; i++) {
    if (info[i].kind !== LineKind.Table || (i > 0 && info[i - 1].kind === LineKind.Table)) continue;
    let end = i;
    while (end + 1 < lines.length && info[end + 1].kind === LineKind.Table) end++;
    // ("| 項目 | 内容 |", "| Field | Value |": a header naming the two columns, the record's keys from the row after the rule.)
    const key = (k: number): string => cellsOf(lines[k], 'bars')[1]?.replace(/\*\*/g, '').trim() ?? '';
    const first = end - i >= 3 && KEY_VALUE_HEADER.test(key(i)) ? i + 2 : i;
    if (end - i <= 12 && RECORD_KEY.test(key(first))) readRecordTable(structure, i, end, check, agenda);
    i = end;
  }
}

/** "項目", "Field", "항목": the header of a record's key column. */
const KEY_VALUE_HEADER = /^(?:項目|key|field|item|항목|구분)$/iu;
/** The key cells of a talk's record: its title (group 1), its speakers (2) or their organisation (3). */
const RECORD_KEY = /^(?:(title|talk|session|タイトル|演題|제목|세션명?|발표\s*제목)|(speakers?|speaker\(s\)|presenters?|panelists?|moderators?|guests?|by|발표자|연사|패널|게스트|登壇者|発表者|講演者|パネリスト|モデレーター|ゲスト|聞き手)|(orgs?|organi[sz]ations?|company|companies|affiliations?|소속|회사|所属|会社))$/iu;
/** A remark in brackets after a title: "Keynote (no title on the slide, just the logo)". */
const TITLE_REMARK = /\s*[(（](?=\p{Ll}|[^()（）]{24})[^()（）]*[)）]\s*$/u;

function readRecordTable(structure: NoteStructure, from: number, to: number, check: Reader, agenda: AgendaEntry[]): void {
  const { lines } = structure;
  let title: { value: string; line: number } | null = null;
  let who = '';
  let org: string | undefined;
  for (let k = from; k <= to; k++) {
    if (/^[\s|:ー－-]+$/u.test(lines[k])) continue;
    const cells = cellsOf(lines[k], 'bars').map((c) => c.trim());
    if (cells[0] === '') cells.shift();
    if (cells[cells.length - 1] === '') cells.pop();
    if (cells.length !== 2) return;
    const key = RECORD_KEY.exec(cells[0].replace(/\*\*/g, '').trim());
    if (key?.[1] && !title) title = { value: cells[1].replace(/\*\*/g, ''), line: k };
    // ("| 聞き手 | … |" then "| ゲスト | … |": each row's people.)
    else if (key?.[2]) who = who ? `${who}, ${cells[1]}` : cells[1];
    else if (key?.[3]) org = cells[1];
  }
  if (!title) return;
  const text = title.value.replace(TITLE_REMARK, '').trim();
  const sp = who ? check.speakers(who, true) : null;
  // ("| Orgs | Kakao Enterprise / OVHcloud / independent |": an organisation per speaker, in their order.)
  const orgs = org?.split(/\s+[/／]\s+/u);
  // ("| 所属 | 株式会社はてな / SRE |": one speaker's organisation and role, read as they would be in brackets after the name.)
  const orgAndRole = sp?.speakers.length === 1 && !sp.speakers[0].org && org && !NO_ORGANISATION.test(org) ? check.speakers(`${sp.speakers[0].name} (${org.trim()})`) : null;
  const speakers = !sp ? [] : orgAndRole?.speakers.length === 1 && orgAndRole.speakers[0].org ? orgAndRole.speakers : orgs && orgs.length > 1 && orgs.length === sp.speakers.length ? sp.speakers.map((p, n) => (p.org || NO_ORGANISATION.test(orgs[n]) ? p : { ...p, org: orgs[n].trim() })) : withOrganisation(sp.speakers, org && !NO_ORGANISATION.test(org) ? org : null);
  if (!text || isNonTalkTitle(text) || (!speakers.length && !isKeynote(text))) return;
  const start = lines[title.line].indexOf(text);
  const parsed: TalkLine = { title: text, speakers, strongSpeakers: speakers.length > 0, keynote: isKeynote(text), quoted: false, titleStart: start, titleEnd: start + text.length, time: null };
  agenda.push({ line: title.line, parsed, start, end: start + text.length, record: true });
}

const YAML_FENCE = /^(?:```|~~~)\s*ya?ml\s*$/iu;
const JSON_FENCE = /^(?:```|~~~)\s*json\s*$/iu;

/** A JSON value pasted without a fence, from line `i` ("{" or "[" alone) to its closing line at the margin; the line to go on from. */
function jsonAgenda(structure: NoteStructure, i: number, check: Reader, agenda: AgendaEntry[]): number {
  const { lines } = structure;
  const close = lines[i][0] === '{' ? '}' : ']';
  let end = i + 1;
  while (end < lines.length && end < i + 2000 && lines[end].trimEnd() !== close) end++;
  if (end >= lines.length || lines[end].trimEnd() !== close) return i;
  listedAgenda(sessionsIn(parseJson(lines.slice(i, end + 1).join('\n'))), lines, i + 1, end, check, agenda);
  return end;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Not JSON after all: nothing listed.
    return null;
  }
}

/** The list of talks a pasted value holds: itself, its `sessions` or `talks`, or those of one of its values (`"event": { "sessions": … }`). */
function sessionsIn(data: unknown): unknown {
  if (Array.isArray(data)) return data;
  if (!data || typeof data !== 'object') return null;
  const o = data as Record<string, unknown>;
  const own = o.talks ?? o.sessions ?? o.Talks ?? o.Sessions;
  if (own) return own;
  for (const v of Object.values(o)) if (v && typeof v === 'object' && !Array.isArray(v)) {
    const inner = v as Record<string, unknown>;
    const list = inner.talks ?? inner.sessions;
    if (list) return list;
  }
  return null;
}
const CSV_FENCE = /^(?:```|~~~)\s*csv\s*$/iu;
/** A record's title key on a line of its own ("title:", "タイトル：", "제목:"). */
const RECORD_TITLE_KEY = /^(?:title|talk|session|タイトル|演題|제목|세션명?)\s*[:：]\s*\S/imu;
/** The keys a talk's record names its title by. */
const RECORD_TITLE_KEYS = ['title', 'talk', 'name', 'Title', 'タイトル', '演題', '제목', '세션명', '세션'];
const CLOSING_FENCE = /^(?:```|~~~)\s*$/u;
const TALKS_KEY = /^(?:talks|sessions)\s*:/imu;

/** The front matter's keys for the programme: a list of talks, or a map from their times. */
const PROGRAMME_KEYS = ['talks', 'sessions', 'セッション', '세션', 'schedule', 'agenda', 'timetable', 'program', 'programme', 'タイムテーブル', 'スケジュール', '일정', '시간표'];

/** A record's id a heading may name its session by: "2515", "CON-203". */
const RECORD_ID = /^[A-Za-z0-9][\w-]{1,11}$/u;

/** A programme's kinds of slot that are no talk. */
const NO_TALK_KIND = /^(?:break|lunch|notice|announcement|etc|other|social|networking|party|registration|opening|closing|meal|coffee|休憩|懇親会|受付|휴식|네트워킹|공지)$/iu;

/** Timetable entries for a list of `title:` / `speaker:` / `company:` objects written on lines [from, to). */
function listedAgenda(list: unknown, lines: string[], from: number, to: number, check: Reader, agenda: AgendaEntry[]): void {
  if (!Array.isArray(list)) return;
  for (const item of list) {
    if (!item || typeof item !== 'object') continue;
    const o = item as Record<string, unknown>;
    const title = RECORD_TITLE_KEYS.map((k) => o[k]).find((v) => typeof v === 'string' && v.trim()) as string | undefined;
    // ("type: break", "\"type\": \"notice\"": a programme's slot that is no talk.)
    const kind = o.type ?? o.kind;
    if (!title || (typeof kind === 'string' && NO_TALK_KIND.test(kind.trim()))) continue;
    // (A name, or a list of names or of records: "speakers:" then "- name: …" and "company: …".)
    // ("by: 森田 恵（なにわシステムズ株式会社）": a programme's entry says who by "by".)
    const who = [...FRONT_MATTER_SPEAKER_KEYS, 'by'].map((k) => o[k]).find((v) => (typeof v === 'string' && v.trim()) || (Array.isArray(v) && v.length));
    const speakers = frontMatterSpeakers(who, frontMatterOrganisation(o), check);
    let line = -1;
    for (let i = from; i < to && line < 0; i++) if (lines[i].includes(title)) line = i;
    if (line < 0) continue;
    const start = lines[line].indexOf(title);
    const parsed: TalkLine = { title: title.trim(), speakers, strongSpeakers: speakers.length > 0, keynote: isKeynote(title), quoted: false, titleStart: start, titleEnd: start + title.length, time: null };
    const id = o.id ?? o.code ?? o.session_id ?? o.sessionId;
    const code = (typeof id === 'string' || typeof id === 'number') && RECORD_ID.test(String(id)) ? String(id) : undefined;
    const key = o.slot ?? o.seq ?? o.no ?? o.number ?? id;
    const mark = (typeof key === 'string' || typeof key === 'number') && /^[A-Za-z0-9]{1,3}$/u.test(String(key)) ? String(key) : undefined;
    agenda.push({ line, parsed, start, end: start + title.length, frontMatter: true, code, mark });
  }
}

/**
 * "09:30  "Title" — Name" rows, and "08:40  coffee at Envoy on the corner, registration queue was out the door" or
 * "11:00  ~ skipped the rest" between them: where most of a note's timed lines quote their titles and name their
 * speakers, one that does neither and goes on past a comma tells what happened at that minute. Leaves it out.
 */
export function withoutToldRows(structure: NoteStructure, agenda: AgendaEntry[]): void {
  let rows = 0;
  let quoted = 0;
  for (const e of agenda) {
    if (!e.parsed.time || e.record || structure.info[e.line].kind === LineKind.Table) continue;
    rows++;
    if (e.parsed.quoted && e.parsed.speakers.length) quoted++;
  }
  if (quoted < 2 || quoted * 2 < rows) return;
  for (let k = agenda.length - 1; k >= 0; k--) {
    const e = agenda[k];
    if (!e.parsed.time || e.record || e.parsed.quoted || e.parsed.speakers.length || structure.info[e.line].kind === LineKind.Table) continue;
    if (TOLD_ROW.test(e.parsed.title)) agenda.splice(k, 1);
  }
}

/** A clause after a comma ("…, registration queue was out the door", "…, 줄이 길었다", "…、結局"), or a tilde before an aside. */
const TOLD_ROW = /^[~～]|,\s+[\p{Ll}가-힣]|、\S{2}/u;
