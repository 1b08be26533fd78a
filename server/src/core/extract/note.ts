// Extracts a note's events, talks, tool mentions and talk references. Pure: text in, data out.
import type { Catalog } from '../catalog/catalog';
import type { RawMatch } from '../catalog/matcher';
import type { Event, Language, Mention, Note, NoteProblem, Speaker, Talk, TalkReference } from '../model';
import { LineKind, parseStructure, type NoteStructure } from '../structure';
import { fileTitle, lineRange, nameKey, slugify } from '../text';
import { agendaOfBullets, codeBlockAgenda, fewNamed, frontMatterAgenda, htmlTableAgenda, isTabRow, listedTitlesMention, recordTableAgenda, resolveAgenda, speakerCellsEnd, speakerCellsStart, titleOffsets, withoutToldRows } from './agenda';
import { chooseTalks, driftedSections, dropTaskSections, fillOrganisations, lightningTalks, sameSpeakers, sectionBoundaries, siblingItems, similarTitles, speakersByLayout, type Chosen } from './choose-talks';
import { findDates, findMonthDay } from './dates';
import { detachStrings } from './detach';
import { dateOfFileName, DAY_LABEL_ALONE, eventOfFileName, mailDay, readEventInfo, yearOfFileName, type EventInfo } from './event-info';
import { labelledRecords } from './labelled-records';
import { namedNotes, speakerNotes, timedNotes } from './listed-notes';
import { remarkAfterSpeaker } from './talk-line';
import { findChrome, frontMatterTalk, indentOf, isNonTalkTitle, isTranslationLine, LineTests, NO_MATCHES, parentItem, reader, translationOf, type AgendaEntry, type Candidate, type LineMatches, type LineReads, type Previous, type Reader } from './note-lines';
import { calendarEventLines, collectCandidates, messageLog, namesEventItem, outerItem } from './talk-candidates';
import { findMentions, findReferences, type Scope, type TalkSpan } from './tool-mentions';
import { BOOK_CHAPTER, DRAWN_LINE, EVENT_WORDS, NO_ORGANISATION_SAID, ORG_PLANNING } from './vocabulary';

export interface ExtractOptions {
  catalog: Catalog;
  /** Plain-text notes (.txt, no extension): indentation is not code. */
  plainText?: boolean;
  encoding?: string;
}

/**
 * The last extractions of large notes are kept, so that extracting one of them again after an edit
 * reuses what the edit cannot have changed: the block structure of the unchanged lines
 * (`parseStructure` with the previous structure), what the matcher found in unchanged lines,
 * lines read as talks and speakers (by their text), and the context scopes whose text is unchanged.
 * Nothing else is carried over, and the result is exactly a full extraction's.
 */
export const reuseSettings = { minChars: 32 * 1024, notes: 4 };
const previousByUri = new Map<string, Previous>();

export function forgetPreviousExtractions(): void {
  previousByUri.clear();
}

const FULL_WIDTH_LETTER_OR_DIGIT = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/;
const FULL_WIDTH_LETTERS_AND_DIGITS = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;
const halfWidth = (c: string): string => String.fromCharCode(c.charCodeAt(0) - 0xfee0);

/** Lets one note's previous extraction go (its parse holds the whole text). */
export function forgetPreviousExtraction(uri: string): void {
  previousByUri.delete(uri);
}

/** Whether a note's previous extraction is kept for its next one (for the tests). */
export function keepsPreviousExtraction(uri: string): boolean {
  return previousByUri.has(uri);
}

export function extractNote(uri: string, typed: string, options: ExtractOptions): Note {
  // "Ｔｅｒｒａｆｏｒｍ", "１９：０５〜", "ＬＴ枠": letters and digits typed full-width are read as the ASCII ones.
  // One UTF-16 unit for one, so every offset into the note holds.
  const text = FULL_WIDTH_LETTER_OR_DIGIT.test(typed) ? typed.replace(FULL_WIDTH_LETTERS_AND_DIGITS, halfWidth) : typed;
  const plainText = !!options.plainText;
  const reuse = text.length >= reuseSettings.minChars;
  let previous = reuse ? previousByUri.get(uri) : undefined;
  if (previous && (previous.catalog !== options.catalog || previous.plainText !== plainText)) previous = undefined;
  previousByUri.delete(uri);
  const structure = parseStructure(text, { plainText }, previous?.structure);
  const { lines, info } = structure;
  const catalog = options.catalog;
  const reads: LineReads | undefined = reuse ? { talkLines: new Map(), speakers: new Map(), bare: new Map() } : undefined;
  const check = reader({ isKnownNonPerson: (s) => catalog.lookup(s) !== undefined }, previous?.reads, reads);

  const lineCount = structure.lines.length;
  const lineMatches: LineMatches | undefined = reuse
    ? { from: new Int32Array(lineCount).fill(-1), to: new Int32Array(lineCount), matches: new Array<RawMatch[]>(lineCount).fill(NO_MATCHES), links: new Uint8Array(lineCount), letters: new Int32Array(lineCount * 4).fill(-1), flags: new Uint16Array(lineCount) }
    : undefined;
  const tests = new LineTests(structure, previous, lineMatches);
  // Nothing reads the previous parse from here on: only what is read later is kept, so the
  // previous text can go before this extraction's garbage is collected (else every young
  // collection during an edit of a long note promoted two texts to the old generation).
  const previousScopes = previous?.scopes;
  const previousMatches = previous?.lineMatches;
  previous = undefined;
  const { chrome, footerLine } = findChrome(structure, tests);
  const candidates: Candidate[] = [];
  const agenda: AgendaEntry[] = [];
  const log = messageLog(structure, footerLine);
  collectCandidates(structure, chrome, footerLine, check, candidates, agenda, log);
  dropTaskSections(structure, candidates);
  frontMatterAgenda(structure, check, agenda);
  codeBlockAgenda(structure, check, agenda);
  recordTableAgenda(structure, check, agenda);
  htmlTableAgenda(structure, check, agenda);
  withoutToldRows(structure, agenda);

  const fmTitle = structure.frontMatter ? String(structure.frontMatter.data['title'] ?? structure.frontMatter.data['event'] ?? '') : '';
  // One note per talk: its front matter names the talk and its speakers, its headings are the talk's own sections.
  const fmTalk = frontMatterTalk(structure, check);
  let chosen: Chosen = fmTalk ? { talks: [fmTalk], level: 0, mode: 'plain' } : chooseTalks(structure, candidates, chrome, footerLine, fmTitle, check);
  const heads = eventHeadings(structure, chrome, footerLine);
  if (!fmTalk) chosen = chooseBySection(structure, candidates, chosen, heads, chrome, footerLine, check);
  if (!fmTalk) chosen = agendaOfBullets(structure, candidates, chosen, agenda, check);
  if (!fmTalk) lightningTalks(structure, candidates, chosen, check);
  if (!fmTalk) siblingItems(structure, candidates, chosen);
  if (!fmTalk) driftedSections(structure, candidates, chosen);
  if (chosen.mode === 'heading') speakersByLayout(chosen.talks, (name) => catalog.lookup(name) !== undefined, check, structure, footerLine);
  const agendaRefs: TalkReference[] = [];
  /** The talk each timetable line names (listedTitlesMention). */
  const agendaTargets = new Map<TalkReference, Candidate>();
  if (!fmTalk) resolveAgenda(agenda, chosen.talks, agendaRefs, agendaTargets, lines);
  // "## Kubernetes", "## Boundary" in a note sorted by tool, no talk of the timetable named short: a tool's section holds
  // what several talks said of it.
  if (!fmTalk && chosen.mode === 'heading' && agenda.length) chosen.talks = chosen.talks.filter((c) => !(c.source === 'heading' && !c.parsed.speakers.length && namesToolsOnly(c.parsed.title, check)));
  // ("## 정리: Nomad vs 쿠버네티스 (우리 팀 기준)", "### ARGO CD vs FLUX", "## Vault vs ASM — quick matrix"): among talks that name
  // their speakers, a heading that names no one and only compares tools is the writer's comparison, no talk.
  if (!fmTalk && chosen.mode === 'heading' && chosen.talks.filter((c) => c.parsed.speakers.length).length >= 2) chosen.talks = chosen.talks.filter((c) => !(c.source === 'heading' && !c.parsed.speakers.length && comparesToolsOnly(c.parsed.title, check)));
  // ("## 타임라인" over "- 14:10 **"Title"** [speaker:: …]" items, "## 내 액션 아이템" below them): where the timetable's own lines
  // are the talks (two or more, no heading naming them), a heading that names no one and no listed talk is a section, no talk.
  if (!fmTalk && chosen.mode === 'heading' && chosen.talks.filter((c) => c.source === 'agenda').length >= 2) {
    const named = new Set(agendaTargets.values());
    chosen.talks = chosen.talks.filter((c) => !(c.source === 'heading' && !c.evidence && !c.parsed.speakers.length && !c.parsed.keynote && !named.has(c)));
  }
  // "- Title (김도현 / 한빛클라우드)" listed above "### 1. Title - 김도현님": the list's organisations for the same people.
  if (chosen.mode === 'heading') {
    // (Read once: the list's items that name organisations.)
    let listedWithOrgs: Candidate[] | undefined;
    for (const t of chosen.talks) {
      if (t.parsed.speakers.every((sp) => sp.org)) continue;
      listedWithOrgs ??= candidates.filter((c) => c.source === 'bullet' && c.parsed.speakers.some((sp) => sp.org));
      const listed = listedWithOrgs.find((c) => c.line < t.line && similarTitles(c.parsed.title, t.parsed.title));
      if (listed) fillOrganisations(t.parsed.speakers, listed.parsed.speakers);
    }
  }
  // "### キーノート", "Keynotes (main hall)" with no one named: the keynotes' slot, not a talk (with its speaker it is one).
  // ("### Keynote" then "Hannah Moreau (CNCF) opening + sponsor keynotes.": its speaker leads the sentence under it.)
  for (const c of chosen.talks) if (c.source === 'heading' && !c.parsed.speakers.length && KEYNOTE_SLOT.test(c.parsed.title)) c.parsed.speakers = personLeadingLine(structure, c.line + 1, check) ?? [];
  // ("## 7장. 모듈 설계" with no one named: a book's chapter, the writer's reading of it; "5장 …" then "- 발표: 상우": a study group's talk.)
  chosen.talks = chosen.talks.filter((c) => c.parsed.speakers.length > 0 || !(KEYNOTE_SLOT.test(c.parsed.title) || BOOK_CHAPTER.test(c.parsed.title)));
  // "## My schedule for the day" right over a table whose rows are the talks: the table's caption, no talk.
  if (!fmTalk && chosen.mode === 'heading') chosen.talks = chosen.talks.filter((c) => !captionOfTable(structure, c, chosen.talks));
  // "タイトル：…", "登壇者：…", "所属：…" under "### Track A 10:00〜10:40": a programme's record of a talk, copied; its heading is none.
  const records = fmTalk ? [] : labelledRecords(structure, footerLine, check);
  if (records.length) chosen.talks = [...chosen.talks.filter((c) => !records.some((r) => c.line >= r.first && c.line <= r.last)), ...records.map((r) => r.talk)];
  // ("08:30  등록 및 출입증 수령" above "□ 세션 ①" and its "제    목:"/"발 표 자:" fields: beside two records or more, a line that
  // names no one is the day's schedule, not a talk.)
  if (records.length >= 2) chosen.talks = chosen.talks.filter((c) => c.source === 'record' || c.parsed.speakers.length > 0);
  // "=====" rows around the note's first lines (a plain text's banner): its event, date and place, no talks.
  const banner = topBanner(structure, footerLine);
  if (banner) chosen.talks = chosen.talks.filter((c) => c.line < banner.from || c.line > banner.to || c.parsed.speakers.length > 0);
  chosen.talks.sort((a, b) => a.line - b.line);
  // "(1) 中村さん" then notes, below a timetable: the notes of that speaker's talk, not a talk (the notes of its rows).
  const notesOfRows = speakerNotes(structure, chosen.talks, footerLine);
  // "### 1번", "#4 메모", "6장 메모" below a table of the talks: the notes of its row of that number.
  for (const n of namedNotes(structure, chosen.talks, agendaTargets, footerLine, catalog)) if (!notesOfRows.some((o) => o.first === n.first)) notesOfRows.push(n);
  // "[00:41:02] Prometheus sharding (Felix)" below a recording's chapters: the notes of the chapter of that time.
  for (const n of timedNotes(structure, chosen.talks, footerLine)) if (!notesOfRows.some((o) => o.first === n.first)) notesOfRows.push(n);
  if (notesOfRows.length) chosen.talks = chosen.talks.filter((c) => !notesOfRows.some((n) => n.first === c.line));
  const remarks = creditedRemarks(structure, chosen.talks, new Set(agendaTargets.values()));
  if (remarks.size) chosen.talks = chosen.talks.filter((t) => !remarks.has(t));
  sharedOrganisationsKnown(chosen.talks);

  // Events: one per note, or one per section when the note keeps several events under headings.
  const { events, sections, keepEvents } = noteEvents(structure, uri, chosen, heads, chrome);
  const eventAt = (line: number): Event => {
    if (!sections) return events[0];
    let k = 0;
    while (k + 1 < sections.length && sections[k + 1].from <= line) k++;
    return events[k];
  };

  // Talk bodies: from the title to the next talk or section boundary.
  // (A record's field lines end no section: "유형: …" and "발표자: …" read as a heading's lines in plain text.)
  const boundaries = fmTalk ? [footerLine] : sectionBoundaries(structure, chosen, chrome, footerLine, tests).filter((b) => !records.some((r) => b > r.talk.line && b <= r.last));
  // An event's section ends the talks of the one before it (its first line may be a list's item, not a heading).
  if (sections) for (const sec of sections) boundaries.push(sec.from);
  const { talkSpans, talkOfCandidate } = talkSpansOf(structure, uri, chosen, boundaries, agenda, log, eventAt, check);
  if (!records.length) notesAboveTitles(structure, talkSpans, chrome);
  calendarEventSpans(structure, talkSpans);

  for (const n of notesOfRows) {
    const talk = talkOfCandidate.get(n.talk);
    if (talk) talkSpans.push({ talk, first: n.first, last: n.last, excludeFrom: -1, excludeTo: lines[n.first].length, leadTo: -1, speakerLine: null, organisationLine: null });
  }
  // A remark credited to a talk's speaker is that talk's text, with the items under it.
  for (const [remark, credited] of remarks) {
    const talk = talkOfCandidate.get(credited);
    if (!talk) continue;
    const own = info[remark.line];
    let last = remark.line;
    while (last + 1 < lines.length && info[last + 1].kind === LineKind.ListItem && (info[last + 1].level > own.level || !info[last + 1].blockStart)) last++;
    talkSpans.push({ talk, first: remark.line, last, excludeFrom: -1, excludeTo: lines[remark.line].length, leadTo: -1, speakerLine: null, organisationLine: null });
  }

  // References and mentions.
  const references = [...findReferences(structure, footerLine), ...agendaRefs];
  const scopes = reuse ? new Map<string, Scope>() : undefined;
  const mentions = findMentions(structure, text, catalog, talkSpans, chrome, footerLine, references, previousScopes, scopes, previousMatches, lineMatches);
  if (agendaRefs.length) listedTitlesMention(agendaRefs, agendaTargets, talkOfCandidate, mentions);
  const countsByTalk = new Map<string, Map<string, number>>();
  for (const m of mentions) {
    if (m.talkId === null) continue;
    let counts = countsByTalk.get(m.talkId);
    if (!counts) countsByTalk.set(m.talkId, (counts = new Map()));
    counts.set(m.toolId, (counts.get(m.toolId) ?? 0) + 1);
  }
  for (const span of talkSpans) {
    const counts = countsByTalk.get(span.talk.id);
    // Built by push and sorted only when there is an order to make: map and sort over arrays of
    // varying elements kinds (an empty map's result stays a small-integer array) deoptimised extractNote.
    const tools: Talk['tools'] = [];
    if (counts) for (const [toolId, count] of counts) tools.push({ toolId, count });
    if (tools.length > 1) tools.sort((a, b) => b.count - a.count);
    span.talk.tools = tools;
  }

  const problems: NoteProblem[] = [];
  const fm = structure.frontMatter;
  if (fm?.error) problems.push({ range: lineRange(fm.startLine, 0, lines[fm.startLine].length), message: `Front matter is not valid YAML: ${fm.error}` });

  // Lists made by push, not concat and spreads over lists whose elements kind varies (empty or not): a note
  // with front matter tags deoptimised extractNote.
  const tags: string[] = [];
  addStrings(tags, fm?.data['tags']);
  addStrings(tags, fm?.data['tag']);
  const fmNames: string[] = [];
  addStrings(fmNames, fm?.data['tools']);
  for (const tag of tags) fmNames.push(tag);
  const fmTools = new Set<string>();
  for (const name of fmNames) {
    const tool = catalog.lookup(name);
    if (tool) fmTools.add(tool.id);
  }

  if (scopes && lineMatches && reads) {
    previousByUri.set(uri, { catalog, plainText, structure, scopes, lineMatches, reads });
    for (const key of previousByUri.keys()) {
      if (previousByUri.size <= reuseSettings.notes) break;
      previousByUri.delete(key);
    }
  }

  if (text !== typed) asTyped(typed, text, structure, events, mentions);

  // Kept notes must not keep their text (detach.ts): each edit of a long note makes a new one.
  return detachStrings({
    uri,
    language: detectLanguage(structure, text, previousMatches, lineMatches),
    encoding: options.encoding ?? 'text',
    lineCount: lines.length,
    events: keepEvents ? events : [],
    mentions,
    references,
    tags,
    frontMatterTools: [...fmTools],
    problems,
  });
}

/**
 * A note's events: one, or one per section when the note keeps several events under headings; `keep` is false for a
 * note of one event that names, dates and holds nothing (a README, a to-do list).
 */
function noteEvents(structure: NoteStructure, uri: string, chosen: Chosen, heads: EventHeading[], chrome: Set<number>): { events: Event[]; sections: Array<{ from: number; to: number }> | null; keepEvents: boolean } {
  const { lines } = structure;
  const lastLine = lines.length - 1;
  const sections = eventSections(structure, chosen.talks, heads);
  const events: Event[] = [];
  const usedEventIds = new Set<string>();
  const makeEvent = (header: EventInfo, from: number, to: number): Event => {
    const base = `${uri}#event:${slugify(header.name || 'notes')}`;
    let id = base;
    for (let n = 2; usedEventIds.has(id); n++) id = `${base}-${n}`;
    usedEventIds.add(id);
    return {
      id,
      name: header.name || fileTitle(uri),
      date: header.date,
      endDate: header.endDate,
      location: header.location,
      nameRange: lineRange(header.nameLine, header.nameStart, header.nameEnd),
      range: { start: { line: from, character: 0 }, end: { line: to, character: lines[to].length } },
      talks: [],
    };
  };
  // The one event of a usual note is kept only when it names or dates something (a README, a
  // to-do list has no event); the events of sections always hold talks.
  let keepEvents = true;
  const yearHint = yearOfFileName(fileTitle(uri));
  if (sections) {
    let seriesName: string | undefined;
    for (const sec of sections) {
      const first = chosen.talks.find((t) => t.line > sec.from && t.line < sec.to);
      // (A later event without a year in its section, "HUG Boston — Thursday night (5/8)": the year of the one before it.)
      const before = events.length ? events[events.length - 1].date : null;
      // (The first, "## Mar 4 — Berlin HUG #31" under "# Meetup log — March 2025": the year of the note's title.)
      const header = readEventInfo(structure, first ? first.line : -1, chrome, sec, before ? Number(before.slice(0, 4)) : (yearHint ?? yearAbove(structure, sections[0].from)));
      // "#37 -- Wed 24 Jan 2024" under "MUNICH KUBERNETES MEETUP -- running notes": the series' name, then the number.
      // ("## 제15회 — 2024.05.23 (목)" under "# 쿠버네티스 서울 밋업 누적 정리".)
      if (NUMBER_ALONE.test(header.name)) {
        const series = (seriesName ??= readEventInfo(structure, -1, chrome, { from: 0, to: sections[0].from }, yearHint).name);
        // (Up to the writer's words after it: "-- running notes, Q1 2024".)
        const head = series ? series.split(/\s+(?:--|[-–—|:])\s+|,\s+/u)[0] : '';
        if (head && !NUMBER_ALONE.test(head) && EVENT_WORDS.test(head)) header.name = `${head} ${header.name}`;
      }
      events.push(makeEvent(header, sec.from, sec.to - 1));
    }
  } else {
    const header = readEventInfo(structure, chosen.talks.length ? chosen.talks[0].line : -1, chrome, undefined, yearHint);
    // ("9:40着、入場QRでもたつく。" over the talks of "aws-summit-japan-2024-memo.md": the file's name names the event, its lines do not.)
    // ("Day 2 notes", "1日目メモ", "第7回 メモ" over the talks of "hashidays-seoul-2024_day2.md": one of the event's days, the file named for the event.)
    const dayOnly = DAY_LABEL_ALONE.test(header.name.trim());
    const fromFile = !hasEventName(structure, header.name) || dayOnly ? eventOfFileName(fileTitle(uri), dayOnly) : null;
    if (fromFile) header.name = fromFile;
    // ("2024-11-16-k8s-seoul.txt", a journal's "2024_07_13.md": the day the file is named for, when the note gives none
    // or only its year.)
    if (!header.date || header.date.length === 4) {
      const named = dateOfFileName(fileTitle(uri));
      if (named && (!header.date || named.startsWith(header.date))) (header.date = named), (header.endDate = null);
    }
    // ("Date: 14.11.2024, 22:41" over "rough notes from tonight's stream": a mail's day, when nothing else dates the event
    // or only its year: "日付: 2024/6/1 (土) 22:10" under "件名: Infra Kaigi 2024 参加メモ".)
    if (!header.date || header.date.length === 4) {
      const sent = mailDay(structure);
      if (sent && (!header.date || sent.startsWith(header.date))) (header.date = sent), (header.endDate = null);
    }
    events.push(makeEvent(header, 0, lastLine));
    keepEvents = chosen.talks.length > 0 || !!header.date || hasEventName(structure, header.name);
  }
  return { events, sections, keepEvents };
}

/**
 * The talks of a note, each with the lines that are its text (from its title to the next talk or section boundary), in
 * the order chosen; a talk written twice in one event is one talk (the first), its spans both.
 */
function talkSpansOf(structure: NoteStructure, uri: string, chosen: Chosen, boundaries: number[], agenda: AgendaEntry[], log: Set<number> | null, eventAt: (line: number) => Event, check: Reader): { talkSpans: TalkSpan[]; talkOfCandidate: Map<Candidate, Talk> } {
  const { lines, info } = structure;
  const sortedBoundaries = Int32Array.from(boundaries).sort();
  const usedIds = new Set<string>();
  // The lines of talks' records, each in a code block or a table of its own.
  const recordLines = new Set<number>();
  /** The note's timed lines are a dictated log's, a few of them talks (agenda.ts' fewNamed); read once. */
  let dictated: boolean | undefined;
  /** The last lines of rows whose quoted cells hold line breaks, by their first lines. */
  const rowLast = new Map<number, number>();
  for (const a of agenda) {
    if (a.record) recordLines.add(a.line);
    if (a.last !== undefined) rowLast.set(a.line, a.last);
  }
  // The first talk of each title with speakers, per event: a later one of the same title and people is the same talk.
  const talkOfTitle = new Map<string, Talk>();
  const talkSpans: TalkSpan[] = [];
  const talkOfCandidate = new Map<Candidate, Talk>();
  // Table rows that hold several talks (a track grid's row: a talk per cell).
  const gridRows = new Set<number>();
  for (let k = 1; k < chosen.talks.length; k++) if (chosen.talks[k].line === chosen.talks[k - 1].line && info[chosen.talks[k].line].kind === LineKind.Table) gridRows.add(chosen.talks[k].line);
  for (let k = 0; k < chosen.talks.length; k++) {
    const c = chosen.talks[k];
    const next = k + 1 < chosen.talks.length ? chosen.talks[k + 1].line : lines.length;
    let end = next - 1;
    // (The first boundary after the title, found by halves: a note of many talks has as many boundaries.)
    const after = firstAbove(sortedBoundaries, c.line);
    if (after < sortedBoundaries.length && sortedBoundaries[after] <= end) end = sortedBoundaries[after] - 1;
    // (In a log of messages, the messages after a talk's are its notes, up to the next talk.)
    // (One talk's record, in a code block or a table of its own: the notes after it are the talk's, up to the next.)
    if (c.source === 'agenda' && !log?.has(c.line) && !recordLines.has(c.line)) {
      // "- 19:10 「Title」Name" with notes nested under the timetable's item: they are the talk's.
      const bounded = end;
      end = c.line;
      const item = info[c.line];
      // ("[00:41] first talk was Title by Name from Org" then "[00:55] they bake AMIs with Packer …": a dictated log's lines
      // after a talk's are its notes, up to the next talk.)
      if ((dictated ??= fewNamed(agenda))) end = bounded;
      // ("1,10:30,"Title",Name,Org,"memo" then "more memo",5": a CSV row's lines, its quoted memo's line breaks inside it.)
      else if (rowLast.has(c.line)) end = Math.min(rowLast.get(c.line)!, bounded);
      // (A timed line that markdown read as the lazy continuation of the list above it, "- …" then "11:50-12:30 Title / Name"
      // with no blank line between: the items after it, at its level, are its notes.)
      // ("■ 15:10 Title" then "  登壇：Name" as the same paragraph's line, then "  ・…": the items after the lines it goes on to.)
      else if (item.kind === LineKind.ListItem) while (end + 1 < lines.length && end + 1 < next && ((info[end + 1].kind === LineKind.ListItem && (info[end + 1].level > item.level || (!item.blockStart && info[end + 1].level === item.level))) || (info[end + 1].kind === LineKind.Paragraph && !info[end + 1].blockStart))) end++;
      // ("0915 | Title | Name (Org) | notes" then "     |      |     | more notes": a typed table's rows that go on the row's notes.)
      else if (item.kind === LineKind.Paragraph && ROW_GOING_ON.test(lines[end + 1] ?? '')) while (end + 1 < lines.length && end + 1 < next && ROW_GOING_ON.test(lines[end + 1])) end++;
      // "10:15 Name (Org) on Title" with a list right under it (no blank line between): the talk's notes.
      // (Or the last line of a paragraph of timed lines: "10:30-11:00 휴식" then "11:00-11:40 Title / Name" then "  - …".)
      else if (item.kind === LineKind.Paragraph && (item.standalone || (end + 1 < lines.length && info[end + 1].kind === LineKind.ListItem))) while (end + 1 < lines.length && end + 1 < next && info[end + 1].kind === LineKind.ListItem) end++;
      // ("**13:20 · Title**" then "Name — Org" then "- …": the list after its speakers' line;
      // "19:30 [패널 1] Title", "패널: …", "사회: …", then "- …": after the lines that say who took part.)
      else if (item.kind === LineKind.Paragraph && listAfterLines(info, end, next) > end) {
        end = listAfterLines(info, end, next);
        while (end + 1 < lines.length && end + 1 < next && info[end + 1].kind === LineKind.ListItem) end++;
      }
      // "10:15⇥Hall 2⇥Title⇥Name" then "⇥⇥-> notes": a tab-separated row's notes are indented by tabs under it.
      else if (lines[c.line].includes('\t') && isTabRow(lines[c.line])) while (end + 1 < lines.length && end + 1 < next && lines[end + 1].charCodeAt(0) === 9 && !isTabRow(lines[end + 1])) end++;
      // "10:00-10:40 | Title" then "            | 登壇: …" and "            |  - notes": a timetable drawn with bars, its row gone on
      // below the time's cell.
      else if (item.kind === LineKind.Paragraph && BAR_ROW_GOES_ON.test(lines[c.line])) while (end + 1 < lines.length && end + 1 < next && BAR_CONTINUED.test(lines[end + 1])) end++;
    }
    // A talk that is an item inside a list (an outline's "2.1 Title – Name"): its notes are the items
    // under it, not its siblings after it (a day's lunch, an open space).
    const own = info[c.line];
    // (A top-level item with items of its own, too: " [Title]" then "  [Name]さん", "  notes …", then " ランチ".)
    const hasItems = c.line + 1 < lines.length && info[c.line + 1].kind === LineKind.ListItem && info[c.line + 1].level > own.level;
    if (c.source === 'bullet' && own.kind === LineKind.ListItem && (own.level >= 2 || hasItems) && own.blockStart) {
      for (let j = c.line + 1; j <= end; j++) {
        const lj = info[j];
        if (lj.kind === LineKind.ListItem && lj.blockStart && lj.level <= own.level && (lj.level < own.level || indentOf(lines[j]) <= indentOf(lines[c.line]))) {
          end = j - 1;
          break;
        }
      }
    }
    // (Nor the rows drawn under it: "-----", "=====" before the next talk's banner.)
    while (end > c.line && (!lines[end].trim() || info[end].kind === LineKind.Rule)) end--;
    const li = info[c.line];
    const event = eventAt(c.line);
    // "Title - Name, Org" written twice in one event (a phone's notes pasted under a laptop's): one talk, its notes both.
    const titleKey = c.parsed.speakers.length ? `${event.id}\n${nameKey(c.parsed.title)}` : '';
    const named = titleKey ? talkOfTitle.get(titleKey) : undefined;
    const earlier = named && sameSpeakers(named.speakers, c.parsed.speakers) ? named : undefined;
    let id = earlier?.id ?? `${uri}#${slugify(c.parsed.title)}`;
    for (let n = 2; !earlier && usedIds.has(id); n++) id = `${uri}#${slugify(c.parsed.title)}-${n}`;
    usedIds.add(id);
    const talk: Talk = earlier ?? {
      id,
      eventId: event.id,
      title: c.parsed.title,
      speakers: talkSpeakers(c.parsed.speakers),
      titleRange: lineRange(c.line, li.contentStart, li.contentEnd),
      bodyRange: { start: { line: c.line, character: 0 }, end: { line: end, character: lines[end].length } },
      tools: [],
    };
    if (!earlier) {
      const otherTitle = c.parsed.otherTitle ?? translationBelow(structure, c.line, end, c.parsed.title);
      if (otherTitle) talk.otherTitle = otherTitle;
    }
    // (A talk written twice keeps its first title's place.)
    if (!earlier && c.source === 'agenda') {
      const entry = agenda.find((a) => a.line === c.line);
      if (entry) talk.titleRange = lineRange(c.line, entry.start, entry.end);
    } else if (!earlier && (c.source === 'frontMatter' || c.source === 'record')) {
      // ("title: …" in front matter, "Title: …" in a record: the title after its label.)
      const at = lines[c.line].indexOf(c.parsed.title);
      talk.titleRange = at >= 0 ? lineRange(c.line, at, at + c.parsed.title.length) : lineRange(c.line, 0, lines[c.line].length);
    }
    const offsets = c.parsed.speakers.length && c.speakerLine === null && !c.prose ? titleOffsets(lines[c.line], li, c.parsed) : null;
    // "**김태윤 (AWS)**: Title": the speakers before the title, on its line.
    const lead = offsets && li.kind !== LineKind.Table && offsets.start > li.contentStart ? lines[c.line].slice(li.contentStart, offsets.start) : '';
    const leadTo = lead && c.parsed.speakers.some((sp) => lead.includes(sp.name)) ? offsets!.start : -1;
    // (All of them there, what follows the title is the talk's own text: "Name「Title」〜PagerDutyに全部寄せる〜".)
    const afterTitle = offsets && leadTo >= 0 ? lines[c.line].slice(offsets.end) : '';
    let excludeFrom = offsets && !(leadTo >= 0 && !c.parsed.speakers.some((sp) => afterTitle.includes(sp.name) || (sp.org !== null && afterTitle.includes(sp.org)))) ? offsets.end : -1;
    // A table's row: its speakers' cells are left out, a notes cell after them is the talk's text.
    // ("Title — Name (Org) — remark": the remark after the speaker is the talk's text.)
    const remark = excludeFrom >= 0 && li.kind !== LineKind.Table && (li.content.includes(' — ') || li.content.includes(' – ') || li.content.includes(' - ')) ? remarkAfterSpeaker(li.content, check.names) : -1;
    // (A CSV row's title cell ends at a comma, a tab-separated row's at a tab: its tags and memo cells after the speakers'
    // are the talk's text too.)
    const rowSeparator = excludeFrom >= 0 && c.source === 'agenda' && li.kind !== LineKind.Table ? (ROW_SEPARATOR_AFTER.exec(lines[c.line].slice(excludeFrom, excludeFrom + 80))?.[1] ?? null) : null;
    const excludeTo = excludeFrom >= 0 && li.kind === LineKind.Table ? speakerCellsEnd(lines[c.line], excludeFrom, c.parsed.speakers) : rowSeparator ? speakerCellsEnd(lines[c.line], excludeFrom, c.parsed.speakers, rowSeparator) : remark >= 0 ? li.contentStart + remark : lines[c.line].length;
    // ("| <b>Title</b> #gitops #k8s | Name (Org) |": the title's cell's words after it are the talk's text, left out from the speakers' cell on.)
    if (excludeFrom >= 0 && li.kind === LineKind.Table && c.parsed.speakers.length) excludeFrom = speakerCellsStart(lines[c.line], excludeFrom, c.parsed.speakers);
    // In a track grid's row, the talk's title is in its own cell, and the rest of that cell names its speakers.
    const cell = gridRows.has(c.line) ? cellOfTitle(lines[c.line], c.parsed.title) : null;
    if (cell) {
      if (!earlier) talk.titleRange = lineRange(c.line, cell.titleStart, cell.titleEnd);
      talkSpans.push({ talk, first: c.line, last: end, excludeFrom: cell.titleEnd, excludeTo: cell.end, leadTo: -1, speakerLine: c.speakerLine, organisationLine: c.organisationLine ?? null });
    } else talkSpans.push({ talk, first: c.line, last: end, excludeFrom, excludeTo, leadTo, speakerLine: c.speakerLine, organisationLine: c.organisationLine ?? null });
    talkOfCandidate.set(c, talk);
    if (!earlier) event.talks.push(talk);
    if (titleKey && !named) talkOfTitle.set(titleKey, talk);
  }
  return { talkSpans, talkOfCandidate };
}

/** A line that starts with a time of day: a schedule's entry, no talk's notes. */
const TIMED_LINE = /^\d{1,2}[:：]\d{2}/u;

/** "↑ 「Title」（Name / Org）": a mark that points up at the notes above the line. */
const POINTS_UP = /^(?:\*\*|__)?\s*[↑⬆☝^]/u;

/**
 * A talk read from an iCalendar event's `SUMMARY:` line starts at the event's `BEGIN:VEVENT`: a calendar puts the
 * description (the notes) before the summary as often as after it. (It ends where it did: notes typed after `END:VEVENT`
 * are the talk's too.)
 */
function calendarEventSpans(structure: NoteStructure, spans: TalkSpan[]): void {
  const { lines } = structure;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (!lines[s.first].startsWith('SUMMARY:')) continue;
    const event = calendarEventLines(lines, s.first);
    if (event.first < s.first && (k === 0 || spans[k - 1].first < event.first)) notesFromLine(structure, spans, k, event.first, event.first - 1);
  }
}

/**
 * Talks credited after their notes ("- …" then "→ 발표: 「Title」 / Name (Org)", a paragraph ending "— from "Title" by
 * Name (Org)"): when at least two talks, and two in three, have lines of notes above them and close them, each talk's
 * notes are the lines above its line. A talk (not a heading, a table's row or a timed line; no text right under it)
 * closes the paragraph or list its line ends (no blank line between them), the section it ends (no text after it up to
 * a heading or rule), or points up at them ("↑ 「Title」"); its notes go up to the heading, rule, timed line or talk
 * before them (only to a blank line when its line ends their block). Not in a note of labelled records: a record's
 * fields are above its title.
 */
function notesAboveTitles(structure: NoteStructure, spans: TalkSpan[], chrome: Set<number>): void {
  const { info } = structure;
  if (spans.length < 2) return;
  const text = (l: number): boolean => l >= 0 && l < info.length && info[l].kind !== LineKind.Blank && info[l].kind !== LineKind.Rule && !!info[l].content;
  const above: number[] = [];
  let closing = 0;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    above.push(-1);
    const own = info[s.first];
    if (own.kind === LineKind.Heading || own.kind === LineKind.Table) continue;
    // (A timetable's entry, "19:10  Title - Name", or a line with text right under it leads its notes.)
    if (TIMED_LINE.test(own.content) || text(s.first + 1)) continue;
    const attached = text(s.first - 1) && info[s.first - 1].kind !== LineKind.Heading;
    let closes = attached || POINTS_UP.test(own.content);
    if (!closes) {
      let l = s.first + 1;
      while (l < info.length && !text(l) && info[l].kind !== LineKind.Rule) l++;
      closes = l >= info.length || info[l].kind === LineKind.Rule || info[l].kind === LineKind.Heading;
    }
    if (!closes) continue;
    const floor = k > 0 ? spans[k - 1].first : -1;
    const indent = own.kind === LineKind.ListItem ? indentOf(structure.lines[s.first]) : Infinity;
    let from = s.first;
    let lines = 0;
    for (let l = s.first - 1; l > floor; l--) {
      const li = info[l];
      // (Nor, above an item, the lines nested under the item before it: "- Title" then "    - notes" then "- Title 2" is an outline's.)
      if (li.kind === LineKind.Rule || (text(l) && indentOf(structure.lines[l]) > indent)) break;
      if (!text(l)) {
        if (attached) break;
        continue;
      }
      if (li.kind === LineKind.Heading || li.kind === LineKind.FrontMatter || chrome.has(l) || TIMED_LINE.test(li.content)) break;
      from = l;
      lines++;
    }
    if (lines < 2) continue;
    above[k] = from;
    closing++;
  }
  if (closing < 2 || closing * 3 < spans.length * 2) return;
  for (let k = 0; k < spans.length; k++) {
    if (above[k] < 0) continue;
    // (The talk before ends at the last text above these notes.)
    let last = above[k] - 1;
    while (k > 0 && last > spans[k - 1].first && !text(last)) last--;
    notesFromLine(structure, spans, k, above[k], last);
  }
}

/** Span `k`'s notes start at line `from`, above its title; the talk before it, when it reached them, ends at line `last`. */
function notesFromLine(structure: NoteStructure, spans: TalkSpan[], k: number, from: number, last: number): void {
  const s = spans[k];
  s.notesFrom = from;
  s.talk.bodyRange = { start: { line: from, character: 0 }, end: s.talk.bodyRange.end };
  const before = k > 0 ? spans[k - 1] : null;
  if (before && before.last >= from) {
    before.last = Math.max(before.first, last);
    before.talk.bodyRange = { start: before.talk.bodyRange.start, end: { line: before.last, character: structure.lines[before.last].length } };
  }
}

/**
 * Names, titles and surfaces as the note types them ("Ｔｅｒｒａｆｏｒｍ", not the "Terraform" read): each is found in
 * the text read (on its line first), and the same units of the typed text are taken.
 */
function asTyped(typed: string, text: string, structure: NoteStructure, events: Event[], mentions: Mention[]): void {
  const { table } = structure;
  const back = (s: string, line: number): string => {
    if (!FULL_WIDTH_READ.test(s)) return s;
    const from = line >= 0 && line < structure.lines.length ? table.starts[line] : 0;
    let at = text.indexOf(s, from);
    if (at < 0 || (line >= 0 && at > table.lineEnd(line))) at = text.indexOf(s);
    return at >= 0 ? typed.slice(at, at + s.length) : s;
  };
  for (const m of mentions) m.text = typed.slice(table.starts[m.range.start.line] + m.range.start.character, table.starts[m.range.end.line] + m.range.end.character);
  for (const e of events) {
    e.name = back(e.name, e.nameRange.start.line);
    if (e.location) e.location = back(e.location, -1);
    for (const t of e.talks) {
      t.title = back(t.title, t.titleRange.start.line);
      for (const sp of t.speakers) {
        sp.name = back(sp.name, t.titleRange.start.line);
        if (sp.org) sp.org = back(sp.org, t.titleRange.start.line);
        if (sp.role) sp.role = back(sp.role, t.titleRange.start.line);
      }
    }
  }
}
/** A string with ASCII letters or digits, which may have been typed full-width. */
const FULL_WIDTH_READ = /[0-9A-Za-z]/;

/** The year written in the lines above `to` (a note's title over its events), or null. */
function yearAbove(structure: NoteStructure, to: number): number | null {
  for (let i = 0; i < to; i++) {
    const y = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(structure.info[i].content)?.[1];
    if (y) return Number(y);
  }
  return null;
}

/** An event's name that is only its number: "#37", "vol.12", "第5回", "17회". */
const NUMBER_ALONE = /^(?:#|no\.?\s*|vol\.?\s*|第|제\s?)?\d{1,4}(?:회|回|차)?$/iu;
/** A day heading that names an event after a dash: "Day 2 — DevOps Kansai Day 2025" (the event in group 1). */
const DAY_THEN_EVENT = /^\S+(?:\s+\d+)?\s+[-–—:]\s+(\S.{3,})$/u;
/** "Day 1 (Nov 7)", "2일차", "1日目", "Morning": the days and parts of one event. */
const DAY_HEADING = /^(?:day\s*\d+|d\d\b|\d+\s*일차|(?:첫|둘|셋)째\s*날|\d+日目|第\d+日|morning|afternoon|오전|오후|午前|午後)/iu;

/** A heading that may head one of several events in a note: its line and level, and for a day heading the event it names. */
interface EventHeading {
  line: number;
  level: number;
  dayEvent: string | null;
  /** Written "Mar 4 — Name", "3월 4일 — 이름": a month and day without a year, then a name after a separator. */
  monthDay: boolean;
}

/** A month and day first ("Mar 27", "3월 4일", "3月4日"), then a separator and a name. */
function monthDayFirst(text: string): boolean {
  const md = /^[\da-z]/i.test(text) ? findMonthDay(text, 2000) : null;
  return !!md && md.start === 0 && /^\s*(?:[-–—:|·]|\s)\s*\S{2}/u.test(text.slice(md.end));
}

/** The headings that name an event or carry a date (read once per extraction; eventSections picks among them). */
const DOUBLED_MARK = /^([■□◆◇●○▲△▼▽★☆])\1\s/u;

function eventHeadings(structure: NoteStructure, chrome: Set<number>, footerLine: number): EventHeading[] {
  const { info } = structure;
  const out: EventHeading[] = [];
  /** Headings in the "Mar 27 — Name" shape that name no event on their own ("Platform Engineering Online"). */
  const shaped: EventHeading[] = [];
  for (let i = 0; i < footerLine; i++) {
    const li = info[i];
    // ("■■ vol.5  2024年5月16日(木) 19:00- 梅田" over "■ Title" lines: a plain text's doubled mark sets off a larger section.)
    const doubled = li.kind === LineKind.ListItem && li.level === 1 && DOUBLED_MARK.test(structure.lines[i]);
    if ((li.kind !== LineKind.Heading && !doubled) || chrome.has(i)) continue;
    const text = li.content;
    if (!text || text.length > 120) continue;
    const monthDay = monthDayFirst(text);
    // ("## Day 1 — Cloud Native Summit Tokyo 2025", "## Day 2 — DevOps Kansai Day 2025": a trip's days, each at another event.)
    // ("2025-03-06 · Berlin Platform Engineering Meetup #41": a day, then the event's name; no schedule's item.)
    const dayFirst = DAY_HEADING.test(text);
    const day = dayFirst ? DAY_THEN_EVENT.exec(text) : null;
    if (day ? !EVENT_WORDS.test(day[1]) : dayFirst || (isNonTalkTitle(text) && !(EVENT_WORDS.test(text) && findDates(text).length))) continue;
    // (An Org heading's date is on its planning line: "SCHEDULED: <2025-05-14 Wed 18:30>".)
    if (!findDates(text).length && !EVENT_WORDS.test(text) && !(structure.dialect === 'org' && i + 1 < footerLine && ORG_PLANNING.test(info[i + 1].content) && findDates(info[i + 1].content).length)) {
      if (monthDay) shaped.push({ line: i, level: li.level, dayEvent: null, monthDay });
      continue;
    }
    out.push({ line: i, level: li.level, dayEvent: day ? nameKey(day[1]) : null, monthDay });
  }
  // ("## Mar 4 — Berlin HUG #31", "## Mar 12 — Kubernetes Berlin Meetup", then "## Mar 27 — Platform Engineering Online":
  // a month's log of events, the last in the same shape as the others.)
  if (!shaped.length) return out;
  const sameShape = shaped.filter((h) => out.filter((o) => o.monthDay && o.level === h.level).length >= 2);
  return sameShape.length ? [...out, ...sameShape].sort((a, b) => a.line - b.line) : out;
}

/**
 * A note that keeps several events ("## KubeCon EU 2024 (Paris)", "## HashiConf 2024", each with
 * its talks): the headings, all at one level, that name an event or carry a date, and that each
 * hold at least one talk, with no talk before the first. Null for the usual one-event note.
 */
function eventSections(structure: NoteStructure, talks: Candidate[], heads: EventHeading[]): Array<{ from: number; to: number }> | null {
  if (talks.length < 2) return null;
  const { info, lines } = structure;
  // "* **HUG London #41** — Tue 5 Nov 2024, …" and "* **Kubernetes London** — Thu 7 Nov, …" with the talks as their items.
  const items = [...new Set(talks.filter((t) => info[t.line].kind === LineKind.ListItem && info[t.line].level >= 2).map((t) => outerItem(structure, t.line, parentItem(structure, t.line))))]
    .filter((k) => k >= 0 && namesEventItem(structure, k))
    .sort((a, b) => a - b);
  if (items.length >= 2 && talks[0].line > items[0]) {
    const sections = items.map((from, k) => ({ from, to: k + 1 < items.length ? items[k + 1] : lines.length }));
    if (sections.every((sec) => talks.some((t) => t.line > sec.from && t.line < sec.to))) return sections;
  }
  if (heads.length < 2) return null;
  const talkLines = new Set(talks.map((t) => t.line));
  const byLevel = new Map<number, number[]>();
  /** Day headings that name an event after the day, and that event's name. */
  const dayEvents = new Map<number, string>();
  for (const h of heads) {
    if (talkLines.has(h.line)) continue;
    if (h.dayEvent) dayEvents.set(h.line, h.dayEvent);
    const list = byLevel.get(h.level) ?? [];
    list.push(h.line);
    byLevel.set(h.level, list);
  }
  for (const level of [...byLevel.keys()].sort((a, b) => a - b)) {
    const starts = byLevel.get(level)!;
    // (Days of one event name it the same way each: "## Day 1 — KubeCon EU", "## Day 2 — KubeCon EU".)
    const named = starts.filter((h) => dayEvents.has(h)).map((h) => dayEvents.get(h));
    if (named.length && new Set(named).size < named.length) continue;
    if (starts.length < 2 || talks[0].line < starts[0]) continue;
    // Talks must sit below the event headings, never at their level.
    if (talks.some((t) => t.source === 'heading' && t.level <= level)) continue;
    // A heading at a shallower level between two event headings would end the section early.
    const sections = starts.map((from, k) => ({ from, to: k + 1 < starts.length ? starts[k + 1] : lines.length }));
    if (sections.every((sec) => talks.some((t) => t.line > sec.from && t.line < sec.to))) return sections;
  }
  return null;
}

/**
 * A note that keeps several events, each written its own way ("## Berlin meetup" with quoted titles in
 * prose, "## Seoul meetup" with numbered ones, "## Osaka HUG" with a list): the talks chosen in each
 * event's section on their own, when the note's candidates fall into event sections that the talks
 * chosen over the whole note do not (one layout won and the other events lost theirs).
 */
function chooseBySection(structure: NoteStructure, candidates: Candidate[], chosen: Chosen, heads: EventHeading[], chrome: Set<number>, footerLine: number, check: Reader): Chosen {
  if (heads.length < 2 || chosen.mode === 'none' || candidates.length < 3 || eventSections(structure, chosen.talks, heads)) return chosen;
  // (An event's own heading read as a talk's is no talk of it.)
  const { info } = structure;
  const own = candidates.filter((c) => c.evidence && !(c.source === 'heading' && info[c.line].level <= 2 && (EVENT_WORDS.test(c.parsed.title) || findDates(info[c.line].content).length > 0)));
  const sections = eventSections(structure, own, heads);
  if (!sections) return chosen;
  const talks: Candidate[] = [];
  let headings = true;
  for (const sec of sections) {
    const mine = chooseTalks(structure, candidates.filter((c) => c.line > sec.from && c.line < sec.to), chrome, footerLine, '', check);
    talks.push(...mine.talks);
    if (mine.mode !== 'heading') headings = false;
  }
  return talks.length > chosen.talks.length && eventSections(structure, talks, heads) ? { talks, level: headings ? chosen.level : 0, mode: headings ? chosen.mode : 'plain' } : chosen;
}

/**
 * Below a timetable (talks read from its rows), a line that names one of its speakers alone, with a
 * number or an honorific ("(1) 中村さん", "2. 김민수님", "■ Jane:"), starts that talk's notes, up to
 * the next such line or the first paragraph after a blank line that is not a list's item.
 */
/** The last of one to three lines that go on line `i`'s paragraph, when a list follows them before line `next`; else `i`. */
function listAfterLines(info: NoteStructure['info'], i: number, next: number): number {
  let last = i;
  while (last + 1 < next && last < i + 3 && info[last + 1].kind === LineKind.Paragraph && !info[last + 1].blockStart) last++;
  return last > i && last + 1 < next && info[last + 1].kind === LineKind.ListItem ? last : i;
}

/** The index of the first value in `sorted` greater than `line` (its length when none is). */
function firstAbove(sorted: Int32Array, line: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** "Kubernetes", "Vault & Consul", "Packer / images": tools, and at most two lowercase words after them. */
/** "정리: Nomad vs 쿠버네티스 (우리 팀 기준)", "Vault vs ASM — quick matrix": tools against each other, a label before, a remark after. */
function comparesToolsOnly(title: string, check: Reader): boolean {
  if (!VERSUS.test(title)) return false;
  const t = title.replace(COMPARISON_LABEL, '').replace(/\s*[(（][^()（）]*[)）]\s*$/u, '').replace(/\s+[—–-]\s+.*$/u, '');
  return VERSUS.test(t) && namesToolsOnly(t, check);
}
const VERSUS = /\svs\.?\s/iu;
/** "정리: ", "比較表：", "Comparison: ": a short label before the comparison. */
const COMPARISON_LABEL = /^[^:：\s]{1,12}(?:\s[^:：\s]{1,12})?\s*[:：]\s*/u;

function namesToolsOnly(title: string, check: Reader): boolean {
  const parts = title.split(/\s*(?:[/&,+・、]|\s(?:and|vs\.?)\s)\s*/u).filter(Boolean);
  const isTool = check.isKnownNonPerson;
  if (!isTool || !parts.length || parts.length > 4 || !isTool(parts[0])) return false;
  return parts.every((p, k) => isTool(p) || (k === parts.length - 1 && k > 0 && /^[a-z]+(?: [a-z]+)?$/u.test(p)));
}

/**
 * "* 클러스터 1000개를 Cluster API로 관리 (정하늘)" under a topic's label, after "- 정하늘 (라인플러스): Title" in the list of
 * talks above it: a remark the note credits to a speaker of one of its talks, not a talk. Such a line names people
 * without organisations, all of them speakers of one earlier talk that gives theirs, and is no item of that talk's list
 * (a heading or a paragraph comes between them, or the talk is a timetable's row that `named`, read into a line of notes).
 * Each such line, and the talk it credits.
 */
function creditedRemarks(structure: NoteStructure, talks: Candidate[], named: Set<Candidate>): Map<Candidate, Candidate> {
  const { info } = structure;
  // The earlier talks that name each person's organisation.
  let talksOf: Map<string, Candidate[]> | null = null;
  // How many headings and paragraphs start before each line (made when first needed).
  let starts: Int32Array | null = null;
  const remarks = new Map<Candidate, Candidate>();
  for (const t of talks) {
    const people = t.parsed.speakers;
    // (Its people on its own line: not "座談会「…」" with "モデレーター：Name" under it, who gave a talk before.)
    if (t.source === 'heading' || !people.length || people.some((sp) => sp.org) || (t.speakerLine !== null && t.speakerLine !== t.line)) continue;
    if (!talksOf) {
      talksOf = new Map();
      for (const a of talks) {
        for (const sp of a.parsed.speakers) {
          if (!sp.org) continue;
          const list = talksOf.get(nameKey(sp.name));
          if (!list) talksOf.set(nameKey(sp.name), [a]);
          else if (list[list.length - 1] !== a) list.push(a);
        }
      }
    }
    const keys = people.map((sp) => nameKey(sp.name));
    const credited = talksOf.get(keys[0])?.find((a) => (a.line < t.line || named.has(a)) && a !== t && a.parsed.title !== t.parsed.title && keys.every((k) => a.parsed.speakers.some((sp) => nameKey(sp.name) === k)));
    if (!credited) continue;
    if (!starts) {
      starts = new Int32Array(info.length + 1);
      for (let i = 0; i < info.length; i++) starts[i + 1] = starts[i] + (info[i].kind === LineKind.Heading || (info[i].kind === LineKind.Paragraph && info[i].blockStart) ? 1 : 0);
    }
    // (Or the earlier talk is a timetable's row read into the first remark on its speaker: "- Karpenter v1 … (송재민, 무신사)".)
    if (starts[t.line] - starts[credited.line + 1] > 0 || named.has(credited)) remarks.set(t, credited);
  }
  return remarks;
}

/**
 * "Panel — Marta Sousa, Tom Becker, Ana Lima (Uphold)": the organisation after the last name was given to all of them;
 * a person whom a talk of their own gives another organisation keeps that one. (Two people, "A, B (Org)", are read
 * as the writer wrote them: colleagues who gave a talk together.)
 */
function sharedOrganisationsKnown(talks: Candidate[]): void {
  let own: Map<string, string> | null = null;
  for (const t of talks) {
    const people = t.parsed.speakers;
    if (people.length < 3 || !people[0].org || people.some((sp) => sp.org !== people[0].org)) continue;
    if (!own) {
      own = new Map();
      for (const a of talks) if (a.parsed.speakers.length === 1 && a.parsed.speakers[0].org) own.set(nameKey(a.parsed.speakers[0].name), a.parsed.speakers[0].org);
    }
    const known = people.map((sp) => own!.get(nameKey(sp.name)));
    if (known.some((org) => org && org !== people[0].org)) t.parsed = { ...t.parsed, speakers: people.map((sp, k) => (known[k] ? { ...sp, org: known[k]! } : sp)) };
  }
}

/** A timed row of a timetable drawn with bars ("10:00-10:40 | Title"), and a line that goes on under its time's cell ("            | …"). */
const BAR_ROW_GOES_ON = /^\d{1,2}:\d{2}\S*\s*\|\s*\S/u;
const BAR_CONTINUED = /^\s+\|\s*\S/u;
/** A typed table's row whose first cells are empty, its last holding words. */
const ROW_GOING_ON = /^\s+\|(?:\s*\|)*\s*[^\s|]/u;
/** A CSV row's comma or a tab-separated row's tab right after its title cell (after the cell's closing quote). */
// (Or a bar, "01 | Title | Name | Org | notes": a table typed without its outer bars.)
const ROW_SEPARATOR_AFTER = /^"?(?: +(?=\| ))?([,\t]|(?<= )\|)/;
const KEYNOTE_SLOT = /^(?:(?:opening|closing|morning|day\s*\d+)\s+)?key\s?notes?(?:\s*[(（][^()（）]{1,24}[)）])?$|^(?:오프닝\s*|클로징\s*)?키노트$|^基調講演$|^(?:オープニング|クロージング)?キーノート$/iu;

function hasEventName(structure: NoteStructure, name: string): boolean {
  const fm = structure.frontMatter?.data ?? {};
  return !!(fm['event'] || fm['conference'] || fm['meetup'] || (name && EVENT_WORDS.test(name)));
}

/** Adds a front matter value's strings (a list, or words separated by commas or spaces), trimmed, without empty ones. */
function addStrings(out: string[], v: unknown): void {
  if (Array.isArray(v)) {
    for (const x of v) {
      const s = String(x).trim();
      if (s) out.push(s);
    }
  } else if (typeof v === 'string') {
    for (const x of v.split(/[,\s]+/)) {
      const s = x.trim();
      if (s) out.push(s);
    }
  }
}

/** The person, with their organisation in brackets, who opens line `i`'s sentence ("Hannah Moreau (CNCF) opening + …"). */
function personLeadingLine(structure: NoteStructure, i: number, check: Reader): Speaker[] | null {
  const li = structure.info[i];
  if (!li || li.kind !== LineKind.Paragraph) return null;
  const m = PERSON_LEADING.exec(li.content);
  const sp = m ? check.speakers(`${m[1]} (${m[2]})`) : null;
  return sp?.strong && sp.speakers.length === 1 && sp.speakers[0].org ? sp.speakers : null;
}
const PERSON_LEADING = /^(\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){1,2}|[가-힣]{2,4}|\p{sc=Han}{1,3} \p{sc=Han}{1,3})\s*[(（]([^()（）]{2,30})[)）]\s+\S/u;

/** Whether heading talk `c`, naming no one, has right under it a table whose rows are talks (`talks`, read from the table). */
function captionOfTable(structure: NoteStructure, c: Candidate, talks: Candidate[]): boolean {
  const { info } = structure;
  if (c.source !== 'heading' || c.parsed.speakers.length) return false;
  let j = c.line + 1;
  while (j < info.length && info[j].kind === LineKind.Blank) j++;
  if (j >= info.length || info[j].kind !== LineKind.Table) return false;
  let end = j;
  while (end + 1 < info.length && info[end + 1].kind === LineKind.Table) end++;
  let rows = 0;
  for (const t of talks) if (t.source === 'agenda' && t.line >= j && t.line <= end) rows++;
  return rows >= 2;
}

/** A talk's speakers, each once; one said to have no organisation ("freelance", "フリーランス", "개인") has none, however it was read. */
function talkSpeakers(speakers: Speaker[]): Speaker[] {
  const seen = new Set<string>();
  const out: Speaker[] = [];
  for (const s of speakers) {
    const key = nameKey(s.name);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(s.org && NO_ORGANISATION_SAID.test(s.org) ? { ...s, org: null } : s);
  }
  return out;
}

const enum LetterClass {
  None = 0,
  Latin = 1,
  Hangul = 2,
  Kana = 3,
  Han = 4,
}

/** The letter class of every UTF-16 unit, as detectLanguage counts them: ASCII letters, Hangul syllables, kana, CJK ideographs. */
export const LETTER_CLASS: Uint8Array = (() => {
  const t = new Uint8Array(65536);
  for (let c = 65; c <= 90; c++) t[c] = t[c + 32] = LetterClass.Latin;
  t.fill(LetterClass.Hangul, 0xac00, 0xd7a4);
  t.fill(LetterClass.Kana, 0x3040, 0x3100);
  t.fill(LetterClass.Han, 0x4e00, 0xa000);
  return t;
})();

function detectLanguage(structure: NoteStructure, text: string, previous: LineMatches | undefined, memo: LineMatches | undefined): Language {
  let hangul = 0;
  let kana = 0;
  let han = 0;
  let latin = 0;
  const { lines, info, table } = structure;
  // A line's letters depend on its text alone: an unchanged line's are the previous extraction's.
  const sameLines = previous ? structure.previousLines : null;
  let budget = 200_000;
  const counts = new Int32Array(5);
  const classes = LETTER_CLASS;
  for (let i = 0; i < lines.length && budget > 0; i++) {
    const li = info[i];
    if (li.kind === LineKind.Code || li.kind === LineKind.FrontMatter) continue;
    // The note's own text, not the line's copy: reading a flat string is several times faster.
    const start = table.starts[i];
    const end = start + lines[i].length;
    budget -= end - start;
    const j = sameLines ? sameLines[i] : -1;
    if (j >= 0 && previous!.letters[4 * j] >= 0) {
      const kept = previous!.letters;
      hangul += kept[4 * j];
      kana += kept[4 * j + 1];
      han += kept[4 * j + 2];
      latin += kept[4 * j + 3];
      if (memo) for (let k = 0; k < 4; k++) memo.letters[4 * i + k] = kept[4 * j + k];
      continue;
    }
    // One table lookup per character; the counts are kept as running totals by letter class.
    const h0 = counts[LetterClass.Hangul];
    const kn0 = counts[LetterClass.Kana];
    const hn0 = counts[LetterClass.Han];
    const lt0 = counts[LetterClass.Latin];
    for (let k = start; k < end; k++) counts[classes[text.charCodeAt(k)]]++;
    const h = counts[LetterClass.Hangul] - h0;
    const kn = counts[LetterClass.Kana] - kn0;
    const hn = counts[LetterClass.Han] - hn0;
    const lt = counts[LetterClass.Latin] - lt0;
    hangul += h;
    kana += kn;
    han += hn;
    latin += lt;
    if (memo) {
      memo.letters[4 * i] = h;
      memo.letters[4 * i + 1] = kn;
      memo.letters[4 * i + 2] = hn;
      memo.letters[4 * i + 3] = lt;
    }
  }
  const total = hangul + kana + han + latin || 1;
  const ko = hangul / total >= 0.1;
  const ja = kana / total >= 0.03 || (kana > 0 && (kana + han) / total >= 0.15);
  if (ko && ja) return 'mixed';
  if (ko) return 'ko';
  if (ja) return 'ja';
  return 'en';
}

/** Where a talk's title is in a table row, and where its cell ends (the next bar, either width). */
function cellOfTitle(raw: string, title: string): { titleStart: number; titleEnd: number; end: number } | null {
  const at = raw.indexOf(title);
  if (at < 0) return null;
  let end = at + title.length;
  while (end < raw.length && raw[end] !== '|' && raw[end] !== '\uff5c') end++;
  return { titleStart: at, titleEnd: at + title.length, end };
}

/** The heading lines [from, to] of a banner at the top of the note: between a drawn row and the rule under them. */
function topBanner(structure: NoteStructure, footerLine: number): { from: number; to: number } | null {
  const { info } = structure;
  let i = 0;
  while (i < footerLine && (info[i].kind === LineKind.Blank || info[i].kind === LineKind.FrontMatter)) i++;
  if (i >= footerLine || !(info[i].kind === LineKind.Rule || DRAWN_LINE.test(info[i].content))) return null;
  i++;
  const from = i;
  while (i < footerLine && info[i].kind === LineKind.Heading && info[i].level === info[from].level) i++;
  return i > from && i < footerLine && info[i].kind === LineKind.Rule ? { from, to: i - 1 } : null;
}

/** The title's translation on one of the two lines under it ("→ "English title"", "EN: …"), if the talk has one there. */
function translationBelow(structure: NoteStructure, line: number, end: number, title: string): string {
  for (let k = line + 1; k <= Math.min(end, line + 2); k++) {
    if (isTranslationLine(structure, k)) return translationOf(structure, k, title);
  }
  return '';
}
