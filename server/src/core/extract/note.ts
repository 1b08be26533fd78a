// Extracts a note's events, talks, tool mentions and talk references. Pure: text in, data out.
import { wikiLinkNamesTool, type Catalog } from '../catalog/catalog';
import type { RawMatch, Spelling } from '../catalog/matcher';
import type { Event, Language, Mention, Note, NoteProblem, Speaker, Talk, TalkReference } from '../model';
import { LineKind, parseStructure, type LineInfo, type NoteStructure } from '../structure';
import { FOLD, fileTitle, foldText, isWhiteSpace, lineRange, nameKey, slugify, withoutWikiBrackets } from '../text';
import { findDates, findMonthDay, hasDigit } from './dates';
import { detachSpeakers, detachStrings, detached } from './detach';
import { ordinarySense, readsCjk } from './ordinary-sense';
import { readEventInfo, yearOfFileName, type EventInfo } from './event-info';
import { looksLikeOrg, parseSpeakers, type NameCheck, type SpeakerParse } from './people';
import { isTitleLabelled, isKeynote, parseCjkProseTalk, parseCjkSpeakersLead, parseProseTalk, parseTalkLine, type TalkLine } from './talk-line';
import { ABOUT_SECTION, ATTENDANCE_SUFFIX, BRACKETED_ALONE, CHROME_LINE, CLOSING_SECTION, DAY_WORDS, EN_WEEKDAY, EVENT_WORDS, FOOTER_START, EVENT_SITE_SUFFIX, FRONT_MATTER_SPEAKER_KEYS, NOT_A_TALK, SPEAKER_LABEL_WORDS, TEASER } from './vocabulary';

export interface ExtractOptions {
  catalog: Catalog;
  /** Plain-text notes (.txt, no extension): indentation is not code. */
  plainText?: boolean;
  encoding?: string;
}

interface Candidate {
  line: number;
  parsed: TalkLine;
  /** The line below the title that names the speakers, if any. */
  speakerLine: number | null;
  source: 'heading' | 'plain' | 'bullet' | 'agenda' | 'frontMatter';
  level: number;
  evidence: boolean;
  /** Told in a sentence of a paragraph (parseProseTalk): the rest of its line is the talk's text, not its speakers. */
  prose?: boolean;
}

interface AgendaEntry {
  line: number;
  parsed: TalkLine;
  /** Where the title sits in the raw line. */
  start: number;
  end: number;
  /** Listed under `talks:` in the front matter, with notes below under short headings. */
  frontMatter?: boolean;
  /** A list item of a list of the talks above their headings (agendaOfBullets). */
  bullet?: boolean;
}

/** The first letters of SESSION_LABEL's words (a native test before it). */
const SESSION_FIRST = 'sStT세발トセ講';
/** "Session 3 —", "Talk 2:", "세션 1.", "세션 4 (LT).", "セッション2：": a numbered session label. */
const SESSION_LABEL = /^(?:session|talk|track|세션|발표|トラック|セッション|講演)\s*#?\s*\d{1,2}\s*(?:[(（][^()（）]{1,10}[)）])?\s*[:：.\-–—)]/iu;

/** A line that says it names speakers. */
const SPEAKER_LABEL = new RegExp(String.raw`^(?:[\p{Extended_Pictographic}\uFE0F\u200D]+\s*)?(?::${SPEAKER_LABEL_WORDS}:|${SPEAKER_LABEL_WORDS}\s*[:：]|[【\[]\s*${SPEAKER_LABEL_WORDS}\s*[】\]])`, 'iu');

/** "Speaker", "[!info] Speaker", "登壇者：": a speakers' label with nothing after it (an Obsidian callout's title). */
const LABEL_ALONE = new RegExp(String.raw`^(?:\[![\w-]+\]\s*)?${SPEAKER_LABEL_WORDS}\s*[:：]{0,2}$`, 'iu');

/** Cheap test before the full parse: a line that could carry speakers after its title. */
const MAY_NAME_SPEAKERS = /[-–—/|(（／]|\sby\s/u;
/** MAY_NAME_SPEAKERS, or a handle after a space ("… @nekomata"): two tests, each with a fast first character. */
function mayNameSpeakers(content: string): boolean {
  return MAY_NAME_SPEAKERS.test(content) || (content.includes(' @') && /\s@[A-Za-z0-9_]/.test(content));
}

const SENTENCE_END = /(?:[.!?。！？]|[다요음함됨죠네][.!]?|です|ます|した|ました)$/u;

/**
 * The last extractions of large notes are kept, so that extracting one of them again after an edit
 * reuses what the edit cannot have changed: the block structure of the unchanged lines
 * (`parseStructure` with the previous structure), what the matcher found in unchanged lines,
 * lines read as talks and speakers (by their text), and the context scopes whose text is unchanged.
 * Nothing else is carried over, and the result is exactly a full extraction's.
 */
export const reuseSettings = { minChars: 32 * 1024, notes: 4 };

interface Previous {
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
interface LineReads {
  talkLines: Map<string, TalkLine | null>;
  speakers: Map<string, SpeakerParse | null>;
  /** Read with `allowBareHandle`. */
  bare: Map<string, SpeakerParse | null>;
}

/** `parseTalkLine` and `parseSpeakers` (pure: text and catalog in), with the answers of the note's previous extraction. */
interface Reader extends NameCheck {
  talkLine(text: string): TalkLine | null;
  speakers(text: string, allowBareHandle?: boolean): SpeakerParse | null;
}

function reader(given: NameCheck, previous: LineReads | undefined, next: LineReads | undefined): Reader {
  // Every check the parsers get has one shape (the copies with allowBareHandle set keep it): a check
  // of another shape deoptimised parseSpeakers and its callers when it first came.
  const check = { isKnownNonPerson: given.isKnownNonPerson, allowBareHandle: false };
  const bareCheck = { ...check, allowBareHandle: true };
  if (!next) {
    return {
      isKnownNonPerson: check.isKnownNonPerson,
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
    talkLine: (text) => recall(previous?.talkLines, next.talkLines, text, () => parseTalkLine(text, check)),
    speakers: (text, bare) =>
      bare ? recall(previous?.bare, next.bare, text, () => parseSpeakers(text, bareCheck)) : recall(previous?.speakers, next.speakers, text, () => parseSpeakers(text, check)),
  };
}

/** What was read from each line's text alone, by line (offsets from the line's start). */
interface LineMatches {
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
const enum LineFlag {
  Chrome = 0,
  Footer = 2,
  Teaser = 4,
  Closing = 6,
}

/**
 * The vocabulary's answers about each line's content, remembered in the note's extraction: a line
 * whose info the parse kept (the same object, so the same content) has the answers it had before.
 */
class LineTests {
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
const NO_MATCHES: RawMatch[] = [];
const previousByUri = new Map<string, Previous>();

export function forgetPreviousExtractions(): void {
  previousByUri.clear();
}

/** Lets one note's previous extraction go (its parse holds the whole text). */
export function forgetPreviousExtraction(uri: string): void {
  previousByUri.delete(uri);
}

/** Whether a note's previous extraction is kept for its next one (for the tests). */
export function keepsPreviousExtraction(uri: string): boolean {
  return previousByUri.has(uri);
}

export function extractNote(uri: string, text: string, options: ExtractOptions): Note {
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
  collectCandidates(structure, chrome, footerLine, check, candidates, agenda);
  dropTaskSections(structure, candidates);
  frontMatterAgenda(structure, check, agenda);

  const fmTitle = structure.frontMatter ? String(structure.frontMatter.data['title'] ?? structure.frontMatter.data['event'] ?? '') : '';
  // One note per talk: its front matter names the talk and its speakers, its headings are the talk's own sections.
  const fmTalk = frontMatterTalk(structure, check);
  let chosen: Chosen = fmTalk ? { talks: [fmTalk], level: 0, mode: 'plain' } : chooseTalks(structure, candidates, chrome, footerLine, fmTitle, check);
  if (!fmTalk) chosen = agendaOfBullets(structure, candidates, chosen, agenda);
  if (chosen.mode === 'heading') speakersByLayout(chosen.talks, (name) => catalog.lookup(name) !== undefined, check, structure, footerLine);
  const agendaRefs: TalkReference[] = [];
  /** The talk each timetable line names (listedTitlesMention). */
  const agendaTargets = new Map<TalkReference, Candidate>();
  if (!fmTalk) resolveAgenda(agenda, chosen.talks, agendaRefs, agendaTargets, lines);
  chosen.talks.sort((a, b) => a.line - b.line);

  // Events: one per note, or one per section when the note keeps several events under headings.
  const lastLine = lines.length - 1;
  const sections = eventSections(structure, chosen.talks, chrome, footerLine);
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
    for (const sec of sections) {
      const first = chosen.talks.find((t) => t.line > sec.from && t.line < sec.to);
      // (A later event without a year in its section, "HUG Boston — Thursday night (5/8)": the year of the one before it.)
      const before = events.length ? events[events.length - 1].date : null;
      events.push(makeEvent(readEventInfo(structure, first ? first.line : -1, chrome, sec, before ? Number(before.slice(0, 4)) : yearHint), sec.from, sec.to - 1));
    }
  } else {
    const header = readEventInfo(structure, chosen.talks.length ? chosen.talks[0].line : -1, chrome, undefined, yearHint);
    events.push(makeEvent(header, 0, lastLine));
    keepEvents = chosen.talks.length > 0 || !!header.date || hasEventName(structure, header.name);
  }
  const eventAt = (line: number): Event => {
    if (!sections) return events[0];
    let k = 0;
    while (k + 1 < sections.length && sections[k + 1].from <= line) k++;
    return events[k];
  };

  // Talk bodies: from the title to the next talk or section boundary.
  const boundaries = fmTalk ? [footerLine] : sectionBoundaries(structure, chosen, chrome, footerLine, tests);
  // An event's section ends the talks of the one before it (its first line may be a list's item, not a heading).
  if (sections) for (const sec of sections) boundaries.push(sec.from);
  const usedIds = new Set<string>();
  const talkSpans: Array<{ talk: Talk; first: number; last: number; excludeFrom: number; excludeTo: number; speakerLine: number | null }> = [];
  const talkOfCandidate = new Map<Candidate, Talk>();
  for (let k = 0; k < chosen.talks.length; k++) {
    const c = chosen.talks[k];
    const next = k + 1 < chosen.talks.length ? chosen.talks[k + 1].line : lines.length;
    let end = next - 1;
    for (const b of boundaries) if (b > c.line && b <= end) end = b - 1;
    if (c.source === 'agenda') {
      // "- 19:10 「Title」Name" with notes nested under the timetable's item: they are the talk's.
      end = c.line;
      const item = info[c.line];
      // (A timed line that markdown read as the lazy continuation of the list above it, "- …" then "11:50-12:30 Title / Name"
      // with no blank line between: the items after it, at its level, are its notes.)
      if (item.kind === LineKind.ListItem) while (end + 1 < lines.length && end + 1 < next && info[end + 1].kind === LineKind.ListItem && (info[end + 1].level > item.level || (!item.blockStart && info[end + 1].level === item.level))) end++;
      // "10:15 Name (Org) on Title" with a list right under it (no blank line between): the talk's notes.
      // (Or the last line of a paragraph of timed lines: "10:30-11:00 휴식" then "11:00-11:40 Title / Name" then "  - …".)
      else if (item.kind === LineKind.Paragraph && (item.standalone || (end + 1 < lines.length && info[end + 1].kind === LineKind.ListItem))) while (end + 1 < lines.length && end + 1 < next && info[end + 1].kind === LineKind.ListItem) end++;
    }
    // A talk that is an item inside a list (an outline's "2.1 Title – Name"): its notes are the items
    // under it, not its siblings after it (a day's lunch, an open space).
    const own = info[c.line];
    if (c.source === 'bullet' && own.kind === LineKind.ListItem && own.level >= 2 && own.blockStart) {
      for (let j = c.line + 1; j <= end; j++) {
        const lj = info[j];
        if (lj.kind === LineKind.ListItem && lj.blockStart && lj.level <= own.level && (lj.level < own.level || indentOf(lines[j]) <= indentOf(lines[c.line]))) {
          end = j - 1;
          break;
        }
      }
    }
    while (end > c.line && !lines[end].trim()) end--;
    let id = `${uri}#${slugify(c.parsed.title)}`;
    for (let n = 2; usedIds.has(id); n++) id = `${uri}#${slugify(c.parsed.title)}-${n}`;
    usedIds.add(id);
    const li = info[c.line];
    const event = eventAt(c.line);
    const talk: Talk = {
      id,
      eventId: event.id,
      title: c.parsed.title,
      speakers: dedupeSpeakers(c.parsed.speakers),
      titleRange: lineRange(c.line, li.contentStart, li.contentEnd),
      bodyRange: { start: { line: c.line, character: 0 }, end: { line: end, character: lines[end].length } },
      tools: [],
    };
    if (c.source === 'agenda') {
      const entry = agenda.find((a) => a.line === c.line);
      if (entry) talk.titleRange = lineRange(c.line, entry.start, entry.end);
    } else if (c.source === 'frontMatter') {
      const at = lines[c.line].indexOf(c.parsed.title);
      talk.titleRange = at >= 0 ? lineRange(c.line, at, at + c.parsed.title.length) : lineRange(c.line, 0, lines[c.line].length);
    }
    const excludeFrom = c.parsed.speakers.length && c.speakerLine === null && !c.prose ? titleEndInLine(lines[c.line], li, c.parsed) : -1;
    // A table's row: its speakers' cells are left out, a notes cell after them is the talk's text.
    const excludeTo = excludeFrom >= 0 && li.kind === LineKind.Table ? speakerCellsEnd(lines[c.line], excludeFrom, c.parsed.speakers) : lines[c.line].length;
    talkSpans.push({ talk, first: c.line, last: end, excludeFrom, excludeTo, speakerLine: c.speakerLine });
    talkOfCandidate.set(c, talk);
    event.talks.push(talk);
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

/** "Day 1 (Nov 7)", "2일차", "1日目", "Morning": the days and parts of one event. */
const DAY_HEADING = /^(?:day\s*\d+|d\d\b|\d+\s*일차|(?:첫|둘|셋)째\s*날|\d+日目|第\d+日|morning|afternoon|오전|오후|午前|午後)/iu;

/**
 * A note that keeps several events ("## KubeCon EU 2024 (Paris)", "## HashiConf 2024", each with
 * its talks): the headings, all at one level, that name an event or carry a date, and that each
 * hold at least one talk, with no talk before the first. Null for the usual one-event note.
 */
function eventSections(structure: NoteStructure, talks: Candidate[], chrome: Set<number>, footerLine: number): Array<{ from: number; to: number }> | null {
  if (talks.length < 2) return null;
  const { info, lines } = structure;
  // "* **HUG London #41** — Tue 5 Nov 2024, …" and "* **Kubernetes London** — Thu 7 Nov, …" with the talks as their items.
  const items = [...new Set(talks.filter((t) => info[t.line].kind === LineKind.ListItem && info[t.line].level >= 2).map((t) => parentItem(structure, t.line)))]
    .filter((k) => k >= 0 && namesEventItem(structure, k))
    .sort((a, b) => a - b);
  if (items.length >= 2 && talks[0].line > items[0]) {
    const sections = items.map((from, k) => ({ from, to: k + 1 < items.length ? items[k + 1] : lines.length }));
    if (sections.every((sec) => talks.some((t) => t.line > sec.from && t.line < sec.to))) return sections;
  }
  const talkLines = new Set(talks.map((t) => t.line));
  const byLevel = new Map<number, number[]>();
  for (let i = 0; i < footerLine; i++) {
    const li = info[i];
    if (li.kind !== LineKind.Heading || chrome.has(i) || talkLines.has(i)) continue;
    const text = li.content;
    if (!text || text.length > 120 || isNonTalkTitle(text) || DAY_HEADING.test(text)) continue;
    if (!findDates(text).length && !EVENT_WORDS.test(text)) continue;
    const list = byLevel.get(li.level) ?? [];
    list.push(i);
    byLevel.set(li.level, list);
  }
  for (const level of [...byLevel.keys()].sort((a, b) => a - b)) {
    const heads = byLevel.get(level)!;
    if (heads.length < 2 || talks[0].line < heads[0]) continue;
    // Talks must sit below the event headings, never at their level.
    if (talks.some((t) => t.source === 'heading' && t.level <= level)) continue;
    // A heading at a shallower level between two event headings would end the section early.
    const sections = heads.map((from, k) => ({ from, to: k + 1 < heads.length ? heads[k + 1] : lines.length }));
    if (sections.every((sec) => talks.some((t) => t.line > sec.from && t.line < sec.to))) return sections;
  }
  return null;
}

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

function dedupeSpeakers(speakers: Speaker[]): Speaker[] {
  const seen = new Set<string>();
  return speakers.filter((s) => {
    const key = nameKey(s.name);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const isContentLine = (li: LineInfo) =>
  li.kind === LineKind.Heading || li.kind === LineKind.Paragraph || li.kind === LineKind.ListItem || li.kind === LineKind.Table;

/** Page chrome lines, and the line where a blog footer starts (everything after it is not notes). */
function findChrome(structure: NoteStructure, tests: LineTests): { chrome: Set<number>; footerLine: number } {
  const { lines, info } = structure;
  const chrome = new Set<number>();
  let footerLine = lines.length;
  const lateStart = Math.floor(lines.length * 0.5);
  for (let i = 0; i < lines.length; i++) {
    const li = info[i];
    if (!isContentLine(li)) continue;
    const text = li.content;
    if (tests.get(i, LineFlag.Chrome, isChrome, text)) chrome.add(i);
    if (i >= lateStart && tests.get(i, LineFlag.Footer, isFooterStart, text)) {
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
  return { chrome, footerLine };
}

const isChrome = (content: string): boolean => CHROME_LINE.test(content);

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
function normTitle(s: string): string {
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


function isNonTalkTitle(title: string): boolean {
  const t = normTitle(title);
  if (!t || NOT_A_TALK.test(t) || CLOSING_SECTION.test(t) || ABOUT_SECTION.test(t) || INFO_LABEL.test(t)) return true;
  // "昼休憩（ランチセッションはパス）", "lunch (skipped)": a schedule item and the writer's remark in parentheses.
  const remark = t.endsWith(')') || t.endsWith('）') ? /^(.{1,20}?)\s*[(（][^()（）]*[)）]$/u.exec(t) : null;
  if (remark && NOT_A_TALK.test(remark[1])) return true;
  // "[세션 1]", "【セッション2】": a session's number in brackets, alone.
  if ((t[0] === '[' || t[0] === '【') && isSessionNumber(t)) return true;
  // "#HashiCorp #HUG #테라폼 …": a post's tags.
  if (title.includes('#') && /^\s*#[^\s#]+(?:\s+#[^\s#]+)+/u.test(title)) return true;
  // "TODO 資料URL拾う", "todo: slides": the writer's list, not a talk.
  const c0 = t.charCodeAt(0) | 32;
  if ((c0 === 116 || c0 === 102 || c0 === 97) && /^(?:todo|to-?dos?|fixme|action items?)(?:[\s:：]|$)/iu.test(t)) return true;
  // "coffee + badge. line was huge, …", "break / sponsor hall. got socks": a schedule item, then the writer's remark.
  // (Not "lightning talk (unannounced): …": a label.)
  const item = leadingItem(t);
  if (item && NOT_A_TALK.test(item)) return true;
  // Schedule items are short: a long title is a talk's.
  if (t.length > 40) return false;
  if (allPartsNonTalk(t)) return true;
  // "懇親会メモ", "Lunch notes", "네트워킹 정리": a schedule item with the writer's word for notes after it.
  const bare = t.replace(NOTES_WORD_AFTER, '');
  return bare !== t && !!bare && (NOT_A_TALK.test(bare) || CLOSING_SECTION.test(bare));
}
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
  }
  return null;
}
const NOTES_WORD_AFTER = /\s*(?:メモ|まとめ|の感想|memo|notes?|정리|메모|후기)$/iu;

/** "주최: …", "Hosted by: …", "会場：…": a line about the event, not a talk. */
const INFO_LABEL =
  /^(?:주최|주관|후원|일시|날짜|장소|참가|참석|host(?:ed by)?|organi[sz]ers?|organi[sz]ed by|sponsors?|date|time|venue|location|place|where|when|attendees?|日時|会場|場所|主催|共催|協賛|参加(?:者)?)\s*[:：]/iu;

/** "Hallway / misc", "Lunch & networking", "休憩・懇親会": schedule items joined, still no talk. */
function allPartsNonTalk(t: string): boolean {
  // "集合、自己紹介(一人30秒)", "撤収、何人かで近くの中華", "Lunch. Italian beef": a schedule item, then a remark
  // (not "LT: Title", "라이트닝 토크: 제목": a label).
  const first = /^([^、,.。:：(（]{1,20})[、,.。(（]/u.exec(t);
  if (first && NOT_A_TALK.test(first[1].trim())) return true;
  if (!/[-–—/|&·・、,+]|\sand\s/u.test(t)) return false;
  const parts = t.split(/\s*(?:[-–—/|&·・、,+]|\sand\s)\s*/u).filter((p) => p);
  return parts.length >= 2 && parts.every((p) => NOT_A_TALK.test(p) || CLOSING_SECTION.test(p));
}

/** How far a line is indented, a tab counting four. */
function indentOf(raw: string): number {
  let n = 0;
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c === 32 || c === 0x3000) n++;
    else if (c === 9) n += 4;
    else break;
  }
  return n;
}

function nextContentLine(structure: NoteStructure, i: number, allowBlank: number): number {
  const { lines, info } = structure;
  let j = i + 1;
  // A setext heading's underline ("-----" under the title) is part of the heading.
  if (info[i]?.kind === LineKind.Heading && j < lines.length && info[j].kind === LineKind.Rule && /^\s*(?:=+|-+)\s*$/.test(lines[j])) j++;
  let blanks = 0;
  while (j < lines.length && !lines[j].trim()) {
    if (++blanks > allowBlank) return -1;
    j++;
  }
  return j < lines.length ? j : -1;
}

/**
 * "— presented by Lena Hoffmann (Zalvero GmbH)", "발표자: 김민수", "登壇：岡田 隼人": who gave a talk, on
 * a line of its own (a dash alone before "by": "By the numbers" may be a title).
 */
const ATTRIBUTION =
  new RegExp(String.raw`^(?:[—–―-]{1,2}\s*)?(?:(?:presented|given|talk)\s+by\s|(?:${SPEAKER_LABEL_WORDS}|登壇)\s*[:：])|^[—–―]{1,2}\s*by\s`, 'iu');

/** "おうちKubernetesをTalosで組み直した": a Japanese title in the past tense, not a sentence (no full stop in it). */
const PAST_TITLE = /^[^。．！？!?]{4,80}(?:した|った|てみた|んだ)$/u;

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
  const org2 = org && /^(?:independent|freelance|self|none|n\/a)$/iu.test(org) ? null : org;
  const title = q[1].replace(/[.。]$/u, '').trim();
  return { title, speakers: sp.speakers.map((x) => ({ name: x.name, org: org2 })), strongSpeakers: true, keynote: isKeynote(title), quoted: true, titleStart: content.indexOf(title), titleEnd: content.indexOf(title) + title.length, time: null };
}

/** The item a nested list item is under (the nearest item above it one level up), or -1. */
function parentItem(structure: NoteStructure, i: number): number {
  const { info } = structure;
  const level = info[i].level;
  for (let k = i - 1; k >= 0 && k >= i - 200; k--) {
    const li = info[k];
    if (li.kind !== LineKind.ListItem && li.kind !== LineKind.Blank) return -1;
    if (li.kind === LineKind.ListItem && li.blockStart && li.level < level) return li.level === level - 1 ? k : -1;
  }
  return -1;
}

/** Whether list item `k` names an event by its date ("**HUG London #41** — Tue 5 Nov 2024, …", "— Thu 7 Nov, …"). */
function namesEventItem(structure: NoteStructure, k: number): boolean {
  const text = structure.info[k].content;
  return text.length <= 160 && /\d/.test(text) && (findDates(text).length > 0 || findMonthDay(text, 2000) !== null);
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

/** The speakers list item `i`'s first nested item names on its own ("Kwame Mensah, Meridian Cloud"), or null. */
function firstItemSpeakers(structure: NoteStructure, i: number, footerLine: number, check: Reader): Speaker[] | null {
  const { info } = structure;
  const j = i + 1;
  if (j >= footerLine || info[j].kind !== LineKind.ListItem || info[j].level !== info[i].level + 1 || !info[j].blockStart) return null;
  const text = info[j].content;
  const sp = text.length <= 80 && !/https?:\/\//.test(text) ? check.speakers(text) : null;
  return sp?.strong ? sp.speakers : null;
}

/** "ハコニワ株式会社の松本 和也さんのセッション。" opening the paragraph under a heading: its speakers (parseCjkSpeakersLead). */
function cjkSpeakersLeading(structure: NoteStructure, j: number, check: Reader): Speaker[] | null {
  if (j < 0 || structure.info[j].kind !== LineKind.Paragraph || !structure.info[j].blockStart) return null;
  return parseCjkSpeakersLead(structure.info[j].content, { isKnownNonPerson: check.isKnownNonPerson });
}
const PERSON_LEAD = /^[^()（）,.。、:：]{2,40}?\s*[(（][^()（）]{2,60}[)）](?=\s*[,，、.。]|\s+(?:and|with|joined|gave|talked|presented|walked)\b)/u;

/** A talk whose speaker line (line `i`, labelled) comes before its title line, in one paragraph. */
function speakerAboveTitle(structure: NoteStructure, i: number, footerLine: number, check: Reader): Candidate | null {
  const { info } = structure;
  const j = i + 1;
  if (j >= footerLine || info[j].kind !== LineKind.Paragraph || info[j].blockStart || SPEAKER_LABEL.test(info[j].content) || ORG_LABEL.test(info[j].content)) return null;
  // Right under a heading it is the heading's speaker line; "Track: Main stage" is a field, not a title.
  const p = previousContentLine(structure, i, -1);
  if (p >= 0 && i - p <= 2 && info[p].kind === LineKind.Heading) return null;
  if (info[j].content.length <= 40 && /^[\p{L}\p{N} ]{2,15}[:：]/u.test(info[j].content) && !isTitleLabelled(info[j].content)) return null;
  const sp = check.speakers(info[i].content);
  const parsed = sp?.strong ? check.talkLine(info[j].content) : null;
  if (!parsed || !parsed.title || parsed.speakers.length || isNonTalkTitle(parsed.title) || parsed.title.length > 120) return null;
  parsed.speakers = sp!.speakers;
  parsed.strongSpeakers = true;
  return { line: j, parsed, speakerLine: i, source: 'plain', level: 0, evidence: true };
}

/** The line of a heading's section, before any other heading, that says who gave the talk (ATTRIBUTION); -1 when none does. */
function trailingSpeakerLine(structure: NoteStructure, heading: number, footerLine: number): number {
  const { info } = structure;
  for (let k = heading + 1; k < footerLine && k <= heading + 80; k++) {
    const li = info[k];
    // Another heading, a drawn line, or another talk's labelled title or time ends the section.
    if (li.kind === LineKind.Heading || li.kind === LineKind.Rule || isTitleLabelled(li.content) || /^\d{1,2}[:：]\d{2}/.test(li.content)) return -1;
    // "**Speaker Bio**" then "Lucía Ferrandis, Staff Engineer, Fennmoor Logistics": the line after the label.
    if (li.kind === LineKind.Paragraph && BIO_LABEL.test(li.content)) return k + 1 < footerLine && info[k + 1].kind === LineKind.Paragraph ? k + 1 : -1;
    if ((li.kind === LineKind.Paragraph || li.kind === LineKind.ListItem) && ATTRIBUTION.test(li.content)) {
      // Right under a short line of its own ("**Talk 1 — Title**"), it names that line's speakers.
      const p = previousContentLine(structure, k, heading);
      const above = info[p];
      // (Or the first line of its paragraph, right above it: "Karpenter 도입 1년 회고" then "연사: 박서연".)
      if (p > heading && above.kind === LineKind.Paragraph && (above.standalone || (above.blockStart && p === k - 1)) && above.content.length <= 120 && !SENTENCE_END.test(above.content)) return -1;
      // (Or a numbered session's item right above it: "■ 세션 1. 제목" then "- 발표자 : 이름".)
      if (p > heading && above.kind === LineKind.ListItem && above.blockStart && SESSION_LABEL.test(above.content)) return -1;
      return k;
    }
  }
  return -1;
}

/** "続いて森本 ひかりさん（株式会社コトリ）の発表。": who gives the talk whose title follows. */
const TALK_OF = /^(?:続いて|次は|次に|最後は|最後に|最初は)?[、,]?\s*(.{2,40}?)の(?:発表|講演)。?$/u;

/** "Panel:", "Panel —", "패널:", "パネル：", "[ ] Panel — …": a panel discussion's title. */
const PANEL_TITLE = /^(?:\[[ xX]\]\s*)?(?:panel(?:\s+discussion)?|패널(?:\s*토론)?|パネル(?:ディスカッション)?)\s*[:：—–-]\s*\S/iu;
/** "mod:", "모더레이터", "패널", "panelists:": the labels of a panel's people. */
const PANEL_ROLE = /(?:^|[,，、]\s*)(?:mod(?:erator|erated by)?|host|panel(?:ists?)?|모더레이터|사회(?:자)?|패널(?:리스트)?|司会|モデレーター|パネリスト|登壇者)\s*[:：]?\s+/giu;

/** A panel listed as an item, its moderator and panelists on the nested lines right under it (up to four). */
function panelOfItem(structure: NoteStructure, i: number, footerLine: number, check: Reader): Candidate | null {
  const { info } = structure;
  const parsed = check.talkLine(info[i].content.replace(/^\[[ xX]\]\s*/u, ''));
  if (!parsed || !parsed.title || parsed.speakers.length) return null;
  const speakers: Speaker[] = [];
  let last = -1;
  for (let k = i + 1; k < footerLine && k <= i + 5 && info[k].kind === LineKind.ListItem && info[k].level > info[i].level; k++) {
    const text = info[k].content.replace(PANEL_ROLE, (m) => (/^[,，、]/u.test(m) ? ', ' : ''));
    if (/https?:\/\//.test(text)) continue;
    const sp = check.speakers(text);
    if (!sp?.strong) {
      if (speakers.length) break;
      continue;
    }
    speakers.push(...sp.speakers);
    last = k;
  }
  if (!speakers.length) return null;
  parsed.speakers = speakers;
  parsed.strongSpeakers = true;
  return { line: i, parsed, speakerLine: last, source: 'bullet', level: 0, evidence: true };
}

/** Whether nothing but blank lines and front matter comes before line `i`. */
function isFirstContentLine(structure: NoteStructure, i: number): boolean {
  for (let k = 0; k < i; k++) if (structure.info[k].kind !== LineKind.Blank && structure.info[k].kind !== LineKind.FrontMatter) return false;
  return true;
}

/** The line right under list item `i`, inside the same item, that only names speakers; -1 when there is none. */
function speakerInItem(structure: NoteStructure, i: number, check: Reader): number {
  const j = nextContentLine(structure, i, 1);
  if (j < 0) return -1;
  const next = structure.info[j];
  // (In plain text the line under a "■" bullet stays its paragraph's line.)
  const inItem = next.kind === LineKind.ListItem ? next.level === structure.info[i].level : next.kind === LineKind.Paragraph && j === i + 1;
  if (!inItem || next.blockStart) return -1;
  // Indented under the item, with no marker of its own (not the next bullet of a plain-text list),
  // or right under it ("1) 제목" then "김도윤님 / 스텔라페이").
  if (!/^[ \t]{2,}[^\s\-*+•・■▪●◦]/u.test(structure.lines[j]) && j !== i + 1) return -1;
  return readSpeakerLine(structure, j, check) ? j : -1;
}

/** The nearest line above `i`, down to `floor`, that is not blank; `floor` itself when there is none. */
function previousContentLine(structure: NoteStructure, i: number, floor: number): number {
  let p = i - 1;
  while (p > floor && !structure.lines[p].trim()) p--;
  return p;
}

/** A line that only names speakers: short, no sentence, every part a person or an organisation. */
function readSpeakerLine(structure: NoteStructure, j: number, check: Reader, underLabel = false): Speaker[] | null {
  if (j < 0) return null;
  const li = structure.info[j];
  // "- **Talk:** Title" with "  - **Speaker:** Name (Org)" under it: a labelled speaker line may be nested.
  if (li.kind !== LineKind.Paragraph && !(li.kind === LineKind.ListItem && (li.level === 1 || SPEAKER_LABEL.test(li.content)))) return null;
  // ": Inês Carvalho, Atlântico Telecom" (a definition list), "— Lena Hoffmann, Kranich Mobility" (an attribution).
  // "Speaker:: [[Dana Whitcombe]] (Lumenfield)": a wiki link reads as its text.
  const content = li.content.includes('[[') ? withoutWikiBrackets(li.content) : li.content;
  const text = content.length > 2 && (content[0] === ':' || content[0] === '—' || content[0] === '–') ? content.replace(/^(?::|[—–])\s+/u, '') : content;
  // A line with a title-like dash is a talk line of its own, not a speaker line.
  // (Unless a label says it names speakers: "Speaker: Emily Chen — Staff Engineer at HashiCorp".)
  // (Longer for a panel's people, each with their organisation: "A (X), B (Y), C (Z)".)
  const limit = text.length > 90 && text.endsWith(')') && (text.match(/\)[,，、]/g)?.length ?? 0) >= 2 ? 180 : 90;
  const labelled = underLabel || SPEAKER_LABEL.test(text);
  if (!text || text.length > limit || (/\s[-–—]\s/.test(text) && !labelled) || /https?:\/\//.test(text)) return null;
  // "スピーカー: 田中 健太 (Org) / @kenta": a labelled line names people, whatever separates them.
  const asTalk = labelled ? null : check.talkLine(text);
  if (asTalk && asTalk.speakers.length && asTalk.title) {
    // "Docker社 / 佐藤 大輔": an organisation, then the person; not a title.
    const org = asTalk.title.trim();
    if (org.length <= 30 && looksLikeOrg(org) && asTalk.speakers.every((sp) => !sp.org)) return asTalk.speakers.map((sp) => ({ ...sp, org }));
    return null;
  }
  const sp = check.speakers(text);
  // "Speaker:: Keiko Anders, Raul Benitez": names under a label need no organisation to count.
  return sp && (sp.strong || (labelled && sp.speakers.every((s) => s.name.length >= 2))) ? sp.speakers : null;
}

function collectCandidates(structure: NoteStructure, chrome: Set<number>, footerLine: number, check: Reader, out: Candidate[], agenda: AgendaEntry[]): void {
  const { lines, info } = structure;
  let timetableCode = false;
  let tableColumns: TableColumns | null = null;
  /** List items' lines → whether they name an event or a day (nestedTalk asks once per item). */
  const eventItems = new Map<number, ItemGroup>();
  /** The line of the last item that began at each depth of the list going on (parentItem's answer, kept as the lines go by). */
  const itemAt: number[] = [];
  for (let i = 0; i < footerLine; i++) {
    const li = info[i];
    if (li.kind === LineKind.ListItem) {
      if (li.blockStart) {
        itemAt[li.level] = i;
        itemAt.length = li.level + 1;
      }
    } else if (li.kind !== LineKind.Blank) itemAt.length = 0;
    if (li.kind === LineKind.Code && (i === 0 || info[i - 1].kind !== LineKind.Code)) timetableCode = isTimetableCode(structure, i);
    if (chrome.has(i)) continue;
    if (li.kind === LineKind.Table) {
      if (i === 0 || info[i - 1].kind !== LineKind.Table) tableColumns = columnsOf(lines[i], i);
      readAgendaRow(structure, i, check, agenda, tableColumns);
      continue;
    }
    if (li.kind !== LineKind.Heading && li.kind !== LineKind.Paragraph && li.kind !== LineKind.ListItem && !(li.kind === LineKind.Code && timetableCode)) continue;
    const content = li.content;
    // "Next up, Marcus Oyelaran of Tidewater Health walked us through "Dynamic Secrets or Bust", …".
    if (li.kind === LineKind.Paragraph && li.blockStart && content.length > 40) {
      const prose = parseProseTalk(content, { isKnownNonPerson: check.isKnownNonPerson, allowBareHandle: false });
      if (prose) {
        out.push({ line: i, parsed: prose, speakerLine: null, source: 'plain', level: 0, evidence: true, prose: true });
        continue;
      }
    }
    // "**Keisha Morgan** (Tallwater Health) opened day 1 with "Pager Fatigue …". …": a paragraph led by its speakers in bold.
    if (li.kind === LineKind.Paragraph && li.blockStart && lines[i].startsWith('**', li.contentStart) && (content.includes('"') || content.includes('“'))) {
      const bold = boldLeadTalk(lines[i].slice(li.contentStart), content, check);
      if (bold) {
        out.push({ line: i, parsed: bold, speakerLine: null, source: 'plain', level: 0, evidence: true, prose: true });
        continue;
      }
    }
    // "첫 번째 세션은 클라우드브릭스의 김도윤님이 발표하신 「…」였는데요", "株式会社カゼミチの田中さんが「…」について話していた": any line of a paragraph.
    if (li.kind === LineKind.Paragraph && (content.includes('님') ? /[「『'‘"“]/u.test(content) : (content.includes('「') || content.includes('『')) && (content.includes('さん') || content.includes('氏')))) {
      const prose = parseCjkProseTalk(content, { isKnownNonPerson: check.isKnownNonPerson });
      // (Not the paragraph under a heading of the same title: the heading is the talk, this line its speakers.)
      const p = prose ? previousContentLine(structure, i, -1) : -1;
      if (prose && !(p >= 0 && info[p].kind === LineKind.Heading && nameKey(info[p].content).endsWith(nameKey(prose.title)))) {
        out.push({ line: i, parsed: prose, speakerLine: null, source: 'plain', level: 0, evidence: true, prose: true });
        continue;
      }
    }
    if (!content || content.length > 200) continue;
    // ("19:10", "2024년 5월 14일 오후 3:47": a time alone heads the entry under it; it is no title.)
    if (isTimeAlone(content)) continue;
    // Most lines are prose inside a paragraph or a nested bullet: only a timetable time makes them candidates.
    const timed = /^\d{1,2}[:：]\d{2}/.test(content);
    if (li.kind === LineKind.Code && !timed) continue;
    const blockStart = li.blockStart || afterSeparator(structure, i) || afterSessionNumber(structure, i) || (lines[i].charCodeAt(0) === 91 && CHAT_LINE.test(lines[i])) || afterChatHeader(structure, i) || afterDayLine(structure, i) || afterTimeLine(structure, i);
    const labelled = isTitleLabelled(content);
    // "19:10〜19:40" then "セッション名：…" in one paragraph: a labelled title needs no paragraph of its own.
    // "「tfstateを見たことない人のためのTerraform」ささき氏" inside a paragraph of a phone note: a quoted title with its speaker.
    // ("09:15–09:50   OPENING KEYNOTE" then ""Paved roads, not golden cages"" then "Name, Role, Org": a quoted title under a time.)
    const quotedLead =
      !blockStart &&
      li.kind === LineKind.Paragraph &&
      (content.charCodeAt(0) === 0x300c || content.charCodeAt(0) === 0x300e || ((content.charCodeAt(0) === 34 || content.charCodeAt(0) === 0x201c) && i > 0 && /^\s*\d{1,2}[:：]\d{2}/.test(lines[i - 1])));
    if (!timed && !blockStart && li.kind !== LineKind.Heading && !(labelled && li.kind === LineKind.Paragraph) && !quotedLead) continue;
    // "— presented by Lena Hoffmann (Zalvero GmbH)" says who gave the talk above it (trailingSpeakerLine).
    if (li.kind !== LineKind.Heading && (ATTRIBUTION.test(content) || BIO_LABEL.test(content))) {
      // "登壇者：青木 拓海（…）" first in its paragraph, the title on the next line: the talk below it.
      const below = li.kind === LineKind.Paragraph && blockStart && SPEAKER_LABEL.test(content) ? speakerAboveTitle(structure, i, footerLine, check) : null;
      if (below) {
        out.push(below);
        i = below.line;
      }
      continue;
    }
    // "- Title #talk" with "  speaker:: [[森本 遥]]" and "  company:: …" in the same block, at any depth: an outline's
    // item with its properties (Logseq).
    if (li.kind === LineKind.ListItem && li.blockStart && i + 1 < footerLine && info[i + 1].kind === LineKind.ListItem && !info[i + 1].blockStart && SPEAKER_LABEL.test(info[i + 1].content)) {
      const item = check.talkLine(withoutWikiBrackets(content).replace(TRAILING_TAGS, ''));
      const sp = item && item.title && !item.speakers.length && !isNonTalkTitle(item.title) ? readSpeakerLine(structure, i + 1, check) : null;
      if (item && sp) {
        const org = organisationLine(structure, i + 2, footerLine);
        item.speakers = withOrganisation(sp, org, check);
        item.strongSpeakers = true;
        out.push({ line: i, parsed: item, speakerLine: i + 1, source: 'plain', level: 0, evidence: true });
        i = org ? i + 2 : i + 1;
        continue;
      }
    }
    // "가. Title" (or "- Title", "2.1 Title") with its first item labelled "- 발표자 : Name (Org)" (or "Speaker:",
    // "登壇者："), at any depth: a report's session and its speakers. (Markdown may put the label's item at
    // the title's own level when the title was a line it did not read as an item: it is indented further.)
    if (li.kind === LineKind.ListItem && li.blockStart && li.level >= 2 && i + 1 < footerLine) {
      const j = nextContentLine(structure, i, 1);
      const below = j > 0 && j < footerLine ? info[j] : null;
      if (below && below.kind === LineKind.ListItem && below.blockStart && SPEAKER_LABEL.test(below.content) && (below.level === li.level + 1 || (below.level === li.level && indentOf(lines[j]) > indentOf(lines[i])))) {
        const item = check.talkLine(content);
        const sp = item && item.title && !item.speakers.length && !isNonTalkTitle(item.title) ? readSpeakerLine(structure, j, check, true) : null;
        if (item && sp) {
          item.speakers = sp;
          item.strongSpeakers = true;
          out.push({ line: i, parsed: item, speakerLine: j, source: 'bullet', level: 0, evidence: true });
          i = j;
          continue;
        }
      }
    }
    // "- ## Title" with "speaker:: Name" under it: a Logseq block with a heading and properties.
    const outlineHeading = li.kind === LineKind.ListItem && /^#{1,6}\s+\S/.test(content);
    // "- Title" with "    임재현 님 (마루커넥트)" under it, inside the same item (a Notion toggle).
    const itemSpeakerLine = li.kind === LineKind.ListItem && li.level === 1 && li.blockStart ? speakerInItem(structure, i, check) : -1;
    // "* 패널: 플랫폼 엔지니어링, 진짜 필요한가?" with "  - 모더레이터 류지현 (LINE Plus), 패널 서민재 (…)" under it.
    if (li.kind === LineKind.ListItem && li.level === 1 && li.blockStart && PANEL_TITLE.test(content)) {
      const panel = panelOfItem(structure, i, footerLine, check);
      if (panel) {
        out.push(panel);
        continue;
      }
    }
    // "* **HUG London #41** — Tue 5 Nov 2024, …" with "  * Title" items under it, each with its speaker first among
    // its own items ("    * Kwame Mensah, Meridian Cloud"): an outline of events, talks and notes.
    if (li.kind === LineKind.ListItem && li.level >= 2 && li.blockStart && !timed) {
      const nested = nestedTalk(structure, i, itemAt[li.level - 1] ?? -1, footerLine, check, eventItems);
      if (nested) {
        out.push(nested);
        continue;
      }
    }
    // ("■ 세션 1. 제목" then "- 발표자 : 이름 (회사)": a numbered session's title, its speakers on the item below.)
    const session = li.kind === LineKind.ListItem && !labelled && SESSION_FIRST.includes(content[0]) && SESSION_LABEL.test(content);
    // ("・[高橋 渚さん](…)「タイトル」": a quoted title after its speaker's name.)
    if (!timed && li.kind === LineKind.ListItem && (li.level !== 1 || !(mayNameSpeakers(content) || labelled || session || outlineHeading || itemSpeakerLine >= 0 || content.includes('「') || content.includes('『') || content.charCodeAt(0) === 0x201c))) continue;
    // A paragraph's first line is a title only when short, or when it names speakers itself.
    if (!timed && li.kind === LineKind.Paragraph && content.length > 120 && !MAY_NAME_SPEAKERS.test(content)) continue;
    // "- [[Drift Detection]] by [[Katrin Vogel]] ([[Spreewerk]])": a line of wiki links reads as its text.
    const parsed = check.talkLine(content.includes('[[') ? withoutWikiBrackets(content) : content);
    if (!parsed || !parsed.title || /^[(（]/.test(parsed.title) || /https?:\/\//.test(parsed.title)) continue;
    if (parsed.time && li.kind !== LineKind.Heading) {
      if (!isNonTalkTitle(parsed.title)) agenda.push({ line: i, parsed, ...titleOffsets(lines[i], li, parsed) });
      continue;
    }
    if (li.kind === LineKind.Heading) {
      // "### Gabriela Nunes (Pinecrest Labs)" then ""Terraform testing that people actually run"": a heading that
      // names people, the talk's title quoted on the line under it.
      const below = nextContentLine(structure, i, 1);
      if (below >= 0 && below <= i + 2 && info[below].kind === LineKind.Paragraph && info[below].blockStart && /^["“「『]/u.test(info[below].content)) {
        const sp = check.speakers(content);
        const quoted = sp?.strong ? check.talkLine(info[below].content) : null;
        if (quoted?.quoted && quoted.title && !quoted.speakers.length) {
          quoted.speakers = sp!.speakers;
          quoted.strongSpeakers = true;
          out.push({ line: below, parsed: quoted, speakerLine: i, source: 'plain', level: 0, evidence: true });
          i = below;
          continue;
        }
      }
      let speakerLine: number | null = null;
      if (!parsed.speakers.length) {
        let j = nextContentLine(structure, i, 1);
        // "CLOSED: [2024-03-20 Wed]", ":PROPERTIES:": an Org heading's planning line and drawer open before its properties.
        while (structure.dialect === 'org' && j >= 0 && j + 1 < footerLine && ORG_PLANNING.test(info[j].content)) j++;
        // "> [!info] Speaker" then "> [[Marcus Oyelaran]] — …": a label alone, the names on the line below it.
        const underLabel = j >= 0 && j + 1 < footerLine && LABEL_ALONE.test(info[j].content) && info[j + 1].kind === LineKind.Paragraph && !info[j + 1].blockStart;
        if (underLabel) j++;
        const sp = readSpeakerLine(structure, j, check, underLabel);
        if (sp) {
          // "speaker:: Lena Hoffmann" then "company:: Zalando".
          parsed.speakers = withOrganisation(sp, organisationLine(structure, j + 1, footerLine), check);
          parsed.strongSpeakers = true;
          speakerLine = j;
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
          }
        }
      } else if (parsed.speakers.every((sp) => !sp.org)) {
        // "### 田中 健太さん：…" then "所属：ミドリクラウド": the organisation on the next line.
        parsed.speakers = withOrganisation(parsed.speakers, organisationLine(structure, nextContentLine(structure, i, 1), footerLine));
      }
      const evidence = (parsed.speakers.length > 0 && (parsed.strongSpeakers || speakerLine !== null || parsed.speakers.every((s) => s.org))) || parsed.keynote;
      out.push({ line: i, parsed, speakerLine, source: 'heading', level: li.level, evidence });
      continue;
    }
    if (li.kind === LineKind.ListItem) {
      // (A title may end like a sentence, "…を撲滅した", when its speakers are named with their organisations.)
      if (li.level === 1 && li.blockStart && parsed.speakers.length && parsed.strongSpeakers && !isNonTalkTitle(parsed.title) && (!SENTENCE_END.test(parsed.title) || parsed.speakers.every((sp) => sp.org) || PAST_TITLE.test(parsed.title))) {
        out.push({ line: i, parsed, speakerLine: null, source: 'bullet', level: 0, evidence: true });
      } else if (itemSpeakerLine >= 0 && !parsed.speakers.length && !SENTENCE_END.test(parsed.title)) {
        parsed.speakers = readSpeakerLine(structure, itemSpeakerLine, check)!;
        parsed.strongSpeakers = true;
        out.push({ line: i, parsed, speakerLine: itemSpeakerLine, source: 'plain', level: 0, evidence: true });
      } else if ((labelled || session || parsed.quoted || outlineHeading) && !parsed.speakers.length) {
        // "■ 세션명: …" then "■ 발표자: …", "■「タイトル」" then "発表者：…": a labelled or quoted title with its speakers on the next line.
        const j = nextContentLine(structure, i, 0);
        const sp = readSpeakerLine(structure, j, check);
        if (sp) {
          // "  - **Speaker:** A (X)" then "  - **Speaker:** B (Y)": one labelled line per speaker.
          let last = j;
          while (last + 1 < footerLine && info[last + 1].kind === LineKind.ListItem && SPEAKER_LABEL.test(info[last + 1].content)) {
            const more = readSpeakerLine(structure, last + 1, check);
            if (!more) break;
            sp.push(...more);
            last++;
          }
          // "company:: Zalando", "Company: Acme" under the speaker: their organisation.
          const org = organisationLine(structure, last + 1, footerLine);
          if (org) last++;
          parsed.speakers = withOrganisation(sp, org, check);
          parsed.strongSpeakers = true;
          out.push({ line: i, parsed, speakerLine: j, source: 'plain', level: 0, evidence: true });
          i = last;
        }
      }
      continue;
    }
    // A plain paragraph line: only the first line of a paragraph (or the first after a drawn line, or a labelled title) can be a title.
    // (A quoted title alone on its line, its speakers on the next line of the paragraph.)
    const quotedSpeakers = quotedLead && parsed.quoted && !parsed.speakers.length && i + 1 < footerLine && info[i + 1].kind === LineKind.Paragraph && !info[i + 1].blockStart ? readSpeakerLine(structure, i + 1, check) : null;
    if (quotedSpeakers) {
      parsed.speakers = quotedSpeakers;
      parsed.strongSpeakers = true;
      // The timed line above names the slot ("OPENING KEYNOTE", "TRACK A — Exchange Hall"), not another talk.
      for (let k = agenda.length - 1; k >= 0; k--) if (agenda[k].line === i - 1) agenda.splice(k, 1);
      out.push({ line: i, parsed, speakerLine: i + 1, source: 'plain', level: 0, evidence: true });
      i++;
      continue;
    }
    if (!blockStart && !labelled && !(quotedLead && parsed.quoted && parsed.strongSpeakers)) continue;
    if (quotedLead && !blockStart && !labelled) {
      // (Under "■ 19:40 メインセッション", a list's item, it is one of the list's talks.)
      const p = previousContentLine(structure, i, -1);
      out.push({ line: i, parsed, speakerLine: null, source: p >= 0 && info[p].kind === LineKind.ListItem ? 'bullet' : 'plain', level: 0, evidence: true });
      continue;
    }
    if (isNonTalkTitle(parsed.title) && !parsed.keynote) continue;
    // "paris notes - rejekts + kubecon eu 24": the note's own title line, the writer's notes of events.
    if (ATTENDANCE_SUFFIX.test(parsed.title) && isFirstContentLine(structure, i)) continue;
    // "HashiCorp User Group Nagoya Vol.3 - connpass": the title of the event's page, copied.
    if ((content.includes(' - ') || content.includes(' | ') || content.includes('｜')) && EVENT_SITE_SUFFIX.test(content)) continue;
    // "鈴木 拓也さん（ナミノリ）の発表" then "「タイトル」" or "タイトルは「…」": the speaker said first, the title quoted below.
    const said = content.endsWith('発表') || content.endsWith('発表。') || content.endsWith('講演') || content.endsWith('講演。') ? TALK_OF.exec(content) : null;
    if (said && i + 1 < footerLine && info[i + 1].kind === LineKind.Paragraph && !info[i + 1].blockStart) {
      const sp = check.speakers(said[1]);
      const quoted = sp?.strong ? check.talkLine(info[i + 1].content.replace(/^(?:タイトルは|演題は)\s*/u, '')) : null;
      if (sp?.strong && quoted?.quoted && !quoted.speakers.length) {
        quoted.speakers = sp.speakers;
        quoted.strongSpeakers = true;
        out.push({ line: i + 1, parsed: quoted, speakerLine: i, source: 'plain', level: 0, evidence: true });
        i++;
        continue;
      }
    }
    if (parsed.speakers.length) {
      const next = nextContentLine(structure, i, 0);
      const alone = li.standalone || parsed.quoted || next < 0 || readSpeakerLine(structure, next, check) !== null;
      // "Session 1 — Title by Name (Company)" with the notes right below it, no blank line between.
      const headline = parsed.strongSpeakers && (SESSION_LABEL.test(content) || parsed.speakers.every((sp) => sp.org));
      if ((alone && (parsed.strongSpeakers || li.standalone)) || headline) {
        out.push({ line: i, parsed, speakerLine: null, source: 'plain', level: 0, evidence: true });
        continue;
      }
    }
    // (A labelled title may end like a sentence: "セッション名：…を短縮した"; any title may ask a question, "#5 Platform
    // teams: who's at the helm?", with "speaker: …" under it.)
    const asks = parsed.title.endsWith('?') && i + 1 < footerLine && SPEAKER_LABEL.test(info[i + 1].content);
    if (content.length <= 120 && (labelled || asks || !SENTENCE_END.test(parsed.title))) {
      const j = nextContentLine(structure, i, li.standalone ? 1 : 0);
      // (Not "登壇者：…" heading a paragraph whose next line is the title: that line's talk.)
      const sp = j >= 0 && info[j].blockStart && SPEAKER_LABEL.test(info[j].content) && speakerAboveTitle(structure, j, footerLine, check) ? null : readSpeakerLine(structure, j, check);
      // A line that reads as a name ("Golden Paths, Not Golden Cages") is a title when the paragraph's next line names people with their organisations.
      const titleFirst =
        sp !== null && (!check.speakers(content)?.strong || (sp.every((s) => s.org) && !/[(（]/.test(content) && j === i + 1 && info[j].kind === LineKind.Paragraph && !info[j].blockStart));
      if (sp && titleFirst && (li.standalone || (j === i + 1 && !info[j].blockStart && !afterSeparator(structure, j)))) {
        // "Ramona Ellis, Cobaltline" then "Vikram Sethi, Cobaltline" (a schedule's entry): one line per speaker,
        // each with an organisation, in the same paragraph.
        let last = j;
        if (sp.every((s) => s.org)) {
          while (last + 1 < footerLine && info[last + 1].kind === LineKind.Paragraph && !info[last + 1].blockStart) {
            const more = readSpeakerLine(structure, last + 1, check);
            if (!more || !more.every((s) => s.org)) break;
            sp.push(...more);
            last++;
          }
        }
        // "スピーカー：中村 彩花" then "所属：株式会社ハカタクラウド".
        const org = organisationLine(structure, last + 1, footerLine);
        parsed.speakers = withOrganisation(sp, org);
        parsed.strongSpeakers = true;
        out.push({ line: i, parsed, speakerLine: j, source: 'plain', level: 0, evidence: true });
        i = org ? last + 1 : last;
        continue;
      }
    }
    // "Keynote", "基調講演：…"; not "基調講演はメモを取り忘れた。…".
    if (parsed.keynote && li.standalone && !SENTENCE_END.test(parsed.title) && !/[。！？]|[.!?]\s/u.test(parsed.title)) out.push({ line: i, parsed, speakerLine: null, source: 'plain', level: 0, evidence: true });
  }
}

const FM_TALK_KEYS = ['talk', 'session', 'title', '발표', '세션', 'セッション', 'タイトル'];
const FM_ORG_KEYS = ['company', 'org', 'organisation', 'organization', 'affiliation', '회사', '소속', '会社', '所属'];

/**
 * The one talk of a note whose front matter names it: `title:` (or `talk:`) and `speaker:` (with
 * `company:`), the Obsidian or Foam way of one note per talk. `author:` counts only beside an
 * `event:` key (alone it is the note's writer).
 */
function frontMatterTalk(structure: NoteStructure, check: Reader): Candidate | null {
  const fm = structure.frontMatter;
  if (!fm) return null;
  const data = fm.data;
  const hasEvent = ['event', 'conference', 'meetup'].some((k) => typeof data[k] === 'string' && data[k]);
  const speakerKey = FRONT_MATTER_SPEAKER_KEYS.find((k) => data[k] !== undefined && data[k] !== null && (k !== 'author' || hasEvent));
  const titleKey = FM_TALK_KEYS.find((k) => typeof data[k] === 'string' && (data[k] as string).trim());
  if (!speakerKey || !titleKey || !fm.keyLines.has(titleKey)) return null;
  const title = (data[titleKey] as string).trim();
  const speakers = frontMatterSpeakers(data[speakerKey], frontMatterOrganisation(data), check);
  if (!speakers.length) return null;
  const parsed: TalkLine = { title, speakers, strongSpeakers: true, keynote: isKeynote(title), quoted: false, titleStart: 0, titleEnd: title.length, time: null };
  return { line: fm.keyLines.get(titleKey)!, parsed, speakerLine: null, source: 'frontMatter', level: 0, evidence: true };
}

/** `company:`, `org:`, `所属:` … of a front matter or of one of its `talks:`. */
function frontMatterOrganisation(data: Record<string, unknown>): string | undefined {
  const v = FM_ORG_KEYS.map((k) => data[k]).find((x) => typeof x === 'string' && x.trim()) as string | undefined;
  return v?.trim();
}

/** A front matter's speaker value: a name or a list of names (`[[Name]]` or `{ name: … }` too), each with `org` unless it gives its own. */
function frontMatterSpeakers(raw: unknown, org: string | undefined, check: Reader): Speaker[] {
  const speakers: Speaker[] = [];
  for (const v of Array.isArray(raw) ? raw : [raw]) {
    const name = typeof v === 'string' ? v.replace(/^\[\[|\]\]$/g, '') : v && typeof v === 'object' && typeof (v as Record<string, unknown>).name === 'string' ? (v as Record<string, string>).name : '';
    if (!name.trim()) continue;
    const sp = check.speakers(name);
    speakers.push(...withOrganisation(sp ? sp.speakers : [{ name: name.trim(), org: null }], org));
  }
  return speakers;
}

const ORG_PLANNING = /^(?:(?:CLOSED|SCHEDULED|DEADLINE):|:PROPERTIES:$)/u;

/** "… #talk #terraform": tags closing an outline's item. */
const TRAILING_TAGS = /(?:\s+#[^\s#]+)+\s*$/u;


/** "company:: Zalando", "Company: Acme", "소속: 카카오", "所属：メルカリ": a speaker's organisation on a line of its own. */
const ORG_LABEL = /^(?:(?:company|org|organi[sz]ation|affiliation|회사|소속|会社|所属)\s*[:：]{1,2}|:(?:company|org|organi[sz]ation|affiliation):)\s*(.{2,60})$/iu;

/** The organisation that line `k` gives on its own (ORG_LABEL), or null. */
function organisationLine(structure: NoteStructure, k: number, footerLine: number): string | null {
  if (k < 0 || k >= footerLine) return null;
  const m = ORG_LABEL.exec(structure.info[k].content);
  return m ? withoutWikiBrackets(m[1]).trim() : null;
}

/**
 * The speakers, each without an organisation given `org` (when there is one). With `check`, a line
 * of two names read as a name and an organisation ("Wen Hsu, Olamide Bakare" above ":COMPANY: Quillbank")
 * is two people when the organisation is given apart.
 */
function withOrganisation(speakers: Speaker[], org: string | null | undefined, check?: Reader): Speaker[] {
  if (!org) return speakers;
  if (check && speakers.length === 1 && speakers[0].org) {
    const other = check.speakers(speakers[0].org);
    if (other && other.speakers.length === 1 && !other.speakers[0].org && (other.strong || /^\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{Ll}'-]+){1,2}$/u.test(other.speakers[0].name))) return [{ name: speakers[0].name, org }, { name: other.speakers[0].name, org }];
  }
  return speakers.map((sp) => (sp.org ? sp : { ...sp, org }));
}

/** "[김민수] [오후 7:30] …", "[Jane] [7:30 PM] …": a message of a chat log pasted as it is, one per line. */
// ("[10:31] maya.r: first one: "Title" — Name, Org": the time first, then who wrote it.)
const CHAT_LINE = /^\[[^\]]{1,24}\]\s*\[(?:오전|오후|午前|午後|AM|PM)?\s*\d{1,2}:\d{2}(?:\s*[AP]M)?\]|^\[(?:오전|오후|午前|午後)?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?\]\s*[\p{L}\p{N}._-]{2,32}\s*[:：]\s/iu;

/** "jordan.pike  6:58 PM": who wrote the message below, and when (a chat thread copied from Slack). */
const CHAT_HEADER = /^[\p{L}\p{N}._-]{2,32}(?: [\p{L}\p{N}._-]{1,20})?\s{1,3}(?:\d{1,2}:\d{2}\s?(?:AM|PM)?|(?:오전|오후|午前|午後)\s?\d{1,2}:\d{2})$/iu;

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
  if (i === 0 || structure.info[i - 1].kind !== LineKind.Paragraph) return false;
  return isTimeAlone(structure.info[i - 1].content);
}
/** A line that is only a time or a span of times, with a day before it or a zone after it. */
function isTimeAlone(text: string): boolean {
  return text.length <= 40 && hasDigit(text) && TIME_ALONE.test(text);
}
const CLOCK = String.raw`(?:(?:오전|오후)\s*)?\d{1,2}[:：]\d{2}(?:\s*[ap]\.?m\.?)?`;
const TIME_ALONE = new RegExp(
  String.raw`^(?:\d{4}\s*년\s*\d{1,2}\s*월\s*\d{1,2}\s*일\s*)?${CLOCK}(?:\s*(?:[-–—~〜～]|to)\s*${CLOCK})?(?:\s*[A-Z]{2,4})?\s*[〜～~-]?$`,
  'iu',
);

/** A message's first line in a copied chat thread (under its CHAT_HEADER). */
function afterChatHeader(structure: NoteStructure, i: number): boolean {
  if (i === 0 || structure.info[i - 1].kind !== LineKind.Paragraph) return false;
  const prev = structure.lines[i - 1].trimEnd();
  const last = prev.charCodeAt(prev.length - 1);
  // Most lines do not end with a time ("…6:58 PM", "…18:58").
  return (last === 77 || last === 109 || (last >= 48 && last <= 57)) && CHAT_HEADER.test(prev);
}

const SEPARATOR_CHARS = '-─━═―—–=_*~・･·.＝';

/** "────────", "=====", "- - -": a line drawn between talks in plain text, which markdown reads as paragraph text. */
/** "[세션 1]", "【セッション2】" alone on the line above: a session's number, what follows is its talk ("연사: …" then "주제: …"). */
function afterSessionNumber(structure: NoteStructure, i: number): boolean {
  if (i === 0) return false;
  const prev = structure.info[i - 1];
  const c = prev.content;
  return prev.kind === LineKind.Paragraph && prev.blockStart && (c[0] === '[' || c[0] === '【') && isSessionNumber(c);
}

/** "[세션 1]", "【セッション2】": a label in brackets alone, with a session's number. */
function isSessionNumber(text: string): boolean {
  return BRACKETED_ALONE.test(text) && hasDigit(text);
}

function afterSeparator(structure: NoteStructure, i: number): boolean {
  if (i === 0) return false;
  const prev = structure.info[i - 1];
  if (prev.kind !== LineKind.Paragraph || prev.content.length < 3 || !SEPARATOR_CHARS.includes(prev.content[0])) return false;
  // "== Track A ==", "--- Day 2 ---": a plain-text section title between runs of the same mark (not the note's
  // own title, "===== DevOpsDays Seoul 2025 =====", whose next line is its date and place).
  return /^[-─━═―—–=_*~・･·.＝\s]+$/u.test(prev.content) || (/^([=\-~*＝─━])\1+\s*\S.{0,40}?\s*\1{2,}$/u.test(prev.content) && !isFirstContentLine(structure, i - 1));
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

function titleOffsets(raw: string, li: LineInfo, parsed: TalkLine): { start: number; end: number } {
  const at = raw.indexOf(parsed.title, li.contentStart);
  if (at >= 0) return { start: at, end: at + parsed.title.length };
  return { start: li.contentStart, end: li.contentEnd };
}

/** Where the last cell of a table's row after `from` that names one of the speakers or their organisation ends (the row's end when none does). */
function speakerCellsEnd(raw: string, from: number, speakers: Speaker[]): number {
  let end = -1;
  for (let at = raw.indexOf('|', from); at >= 0; at = raw.indexOf('|', at + 1)) {
    const cell = raw.slice(from, at);
    if (speakers.some((sp) => cell.includes(sp.name) || (sp.org !== null && cell.includes(sp.org)))) end = at;
    from = at + 1;
  }
  return end < 0 ? raw.length : end;
}

function titleEndInLine(raw: string, li: LineInfo, parsed: TalkLine): number {
  return titleOffsets(raw, li, parsed).end;
}

interface TableColumns {
  headerLine: number;
  title: number;
  speakers: number;
  /** The organisations' column, -1 when there is none. */
  organisation: number;
}

const SPEAKER_COLUMN = new RegExp(String.raw`^(?:${SPEAKER_LABEL_WORDS}|by)$`, 'iu');

/** A table's header that names a title column and a speakers column ("| 세션 | 발표자 |", "| Talk | Speaker |"). */
function columnsOf(header: string, line: number): TableColumns | null {
  // "| 🎤 발표자 | 📝 제목 | 🏢 소속 |": emoji before the column's name.
  const cells = header.split('|').map((c) => c.replace(/\*\*|[\p{Extended_Pictographic}\uFE0F\u200D]/gu, '').trim().toLowerCase());
  const title = cells.findIndex((c) => /^(?:세션|제목|발표|발표\s*제목|세션명|title|session|talk|topic|タイトル|セッション|演題|講演)$/iu.test(c));
  const speakers = cells.findIndex((c) => SPEAKER_COLUMN.test(c));
  const organisation = cells.findIndex((c) => /^(?:소속|회사|company|org|organi[sz]ation|affiliation|所属|会社)$/iu.test(c));
  return title >= 0 && speakers >= 0 && title !== speakers ? { headerLine: line, title, speakers, organisation } : null;
}

const TIME_CELL = /^\d{1,2}[:：]\d{2}(?:\s*[-~–—〜～]\s*\d{1,2}[:：]\d{2})?$/u;

function readAgendaRow(structure: NoteStructure, i: number, check: Reader, agenda: AgendaEntry[], columns: TableColumns | null): void {
  const raw = structure.lines[i];
  if (!raw.includes('|')) return;
  const cells = raw.split('|').map((c) => c.trim());
  if (!cells.some((c) => TIME_CELL.test(c))) {
    // "| 세션 | 발표자 |" without a time column: the header names the title's and the speakers' columns.
    if (!columns || i === columns.headerLine || /^[\s|:-]+$/.test(raw)) return;
    const titleCell = cells[columns.title]?.replace(/\*\*/g, '');
    const parsed = titleCell ? check.talkLine(titleCell) : null;
    if (!parsed || isNonTalkTitle(parsed.title)) return;
    const sp = cells[columns.speakers] ? check.speakers(cells[columns.speakers], true) : null;
    if (!parsed.speakers.length && sp) parsed.speakers = withOrganisation(sp.speakers, columns.organisation >= 0 ? cells[columns.organisation] : null);
    if (!parsed.speakers.length) return;
    agenda.push(agendaEntry(i, raw, parsed));
    return;
  }
  const rest = cells.filter((c) => c && !TIME_CELL.test(c) && !/^:?-{2,}:?$/.test(c));
  if (!rest.length) return;
  // "| 10:30 | Title (Speaker) | Other title (Other speaker) |": a track per column, a talk per cell.
  if (rest.length >= 2) {
    const each = rest.map((c) => trackCell(c.replace(/\*\*/g, ''), check)).filter((t): t is TalkLine => !!t && t.speakers.length > 0 && !isNonTalkTitle(t.title));
    // Every cell in that shape, one with a name read with confidence: not a title and a speakers column.
    if (each.length >= 2 && each.length === rest.filter((c) => c !== '—' && c !== '-').length && each.some((t) => t.strongSpeakers)) {
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

/** A timetable row's entry: its title found in the raw line (the whole line when it is not there as written). */
function agendaEntry(line: number, raw: string, parsed: TalkLine): AgendaEntry {
  const at = raw.indexOf(parsed.title);
  return { line, parsed, start: at >= 0 ? at : 0, end: at >= 0 ? at + parsed.title.length : raw.length };
}

/** A cell of a timetable's track column: "Title (Speaker)", the name read even when only its shape says so. */
function trackCell(cell: string, check: Reader): TalkLine | null {
  const parsed = check.talkLine(cell);
  if (!parsed || parsed.speakers.length) return parsed;
  const paren = /^(.*\S)\s*[(（]([^()（）]{2,60})[)）]$/u.exec(parsed.title);
  const sp = paren ? check.speakers(paren[2]) : null;
  return sp ? { ...parsed, title: paren![1], speakers: sp.speakers, strongSpeakers: sp.strong } : parsed;
}

interface Chosen {
  talks: Candidate[];
  /** Heading level of talks when they are headings; 0 for plain-text talks. */
  level: number;
  mode: 'heading' | 'plain' | 'none';
}

function chooseTalks(structure: NoteStructure, candidates: Candidate[], chrome: Set<number>, footerLine: number, fmTitle: string, check: Reader): Chosen {
  const headings = candidates.filter((c) => c.source === 'heading');
  // The document's title heading names the event, not a talk.
  if (headings.length) {
    const first = headings[0];
    const minLevel = Math.min(...headings.map((h) => h.level));
    const sameLevel = headings.filter((h) => h.level === first.level).length;
    const isTitle =
      (fmTitle && nameKey(first.parsed.title) === nameKey(fmTitle)) ||
      (first.level === minLevel && sameLevel === 1 && !first.evidence);
    if (isTitle) headings.shift();
  }
  const evidenceByLevel = new Map<number, number>();
  for (const h of headings) if (h.evidence) evidenceByLevel.set(h.level, (evidenceByLevel.get(h.level) ?? 0) + 1);
  let level = 0;
  if (evidenceByLevel.size) {
    let best = -1;
    for (const [l, n] of [...evidenceByLevel].sort((a, b) => a[0] - b[0])) if (n > best) (best = n), (level = l);
  } else {
    const talky = headings.filter((h) => !isNonTalkTitle(h.parsed.title));
    if (talky.length) level = Math.min(...talky.map((h) => h.level));
  }
  const headingTalks = headings.filter((h) => (h.level === level && !isNonTalkTitle(h.parsed.title)) || (h.evidence && !isNonTalkTitle(h.parsed.title)));
  const headingEvidence = headingTalks.filter((h) => h.evidence).length;
  const plain = candidates.filter((c) => c.source === 'plain');
  const bullets = candidates.filter((c) => c.source === 'bullet');
  // Headings with no speakers anywhere, and bullets that name speakers: the bullets are the talks
  // ("## 메모" under "1. Title — 발표: Name").
  const bulletsWin = headingEvidence === 0 && !plain.length && bullets.length >= 2 && bullets.length >= headingTalks.length;
  if (headingTalks.length && headingEvidence >= plain.length && !bulletsWin) {
    // Notes mix layouts: a plain "Title - Name, Company" line between heading talks is a talk too.
    const strongPlain = plain.filter((p) => p.parsed.strongSpeakers && (structure.info[p.line].standalone || p.speakerLine !== null) && !headingTalks.some((h) => h.line === p.line || h.speakerLine === p.line));
    return { talks: [...headingTalks, ...strongPlain], level, mode: 'heading' };
  }
  if (plain.length) {
    const talks = [...plain, ...headingTalks.filter((h) => h.evidence)];
    // Layouts mix: list items that each open a group of lines and name their speakers with organisations
    // ("1) "Title" - 윤태경님(누리마켓)" after a blank line) are talks beside the plain ones.
    const honorific = (b: Candidate) => /님|さん|氏|様/u.test(structure.info[b.line].content);
    const opening = bullets.filter((b) => b.parsed.strongSpeakers && (b.parsed.speakers.every((sp) => sp.org) || honorific(b)) && b.line > 0 && structure.info[b.line - 1].kind === LineKind.Blank);
    if (opening.length >= 2) talks.push(...opening.filter((b) => !talks.some((t) => t.line === b.line)));
    talks.push(...sameLayoutWithoutDash(structure, talks, chrome, footerLine, check));
    return { talks, level: 0, mode: 'plain' };
  }
  if (bullets.length >= 2) {
    const talks = withoutIndentedNotes(structure, bullets);
    if (talks.length >= 2) return { talks, level: 0, mode: 'plain' };
  }
  return { talks: [], level: 0, mode: 'none' };
}

/**
 * Bullets without those indented under another bullet of theirs in one group of lines: in plain
 * text, "1) Title - 윤태경님(누리마켓)" then " - 오토스케일러 -> 카펜터" are one depth to the parser.
 */
function withoutIndentedNotes(structure: NoteStructure, bullets: Candidate[]): Candidate[] {
  const { lines, info } = structure;
  const indent = (i: number) => lines[i].length - lines[i].trimStart().length;
  return bullets.filter((b) => {
    for (let k = b.line - 1; k >= 0 && info[k].kind !== LineKind.Blank; k--) {
      if (indent(k) < indent(b.line) && bullets.some((o) => o.line === k)) return false;
    }
    return true;
  });
}

/**
 * When a note writes its talks as "Title - Name, Company", a line in the same shape that lost
 * its dash ("Title Name Surname, Company") is a talk too.
 */
function sameLayoutWithoutDash(structure: NoteStructure, plain: Candidate[], chrome: Set<number>, footerLine: number, check: Reader): Candidate[] {
  const withOrg = plain.filter((c) => c.speakerLine === null && c.parsed.speakers.length && c.parsed.speakers.every((s) => s.org));
  if (withOrg.length < 2) return [];
  const taken = new Set(plain.flatMap((c) => (c.speakerLine === null ? [c.line] : [c.line, c.speakerLine])));
  const out: Candidate[] = [];
  const { info } = structure;
  for (let i = 0; i < footerLine; i++) {
    const li = info[i];
    if (taken.has(i) || chrome.has(i) || li.kind !== LineKind.Paragraph || !li.standalone || li.content.length > 200) continue;
    const m = li.content.includes(',') ? /^(.{6,}?)\s+(\S+\s+\S+(?:\s+\S+)?),\s*([^,]{2,40})$/u.exec(li.content) : null;
    if (!m || SENTENCE_END.test(m[3]) || check.speakers(li.content)) continue;
    // "10–11 September 2024 · Old Exchange Hall, Edinburgh": the event's date and place.
    if (/\d/.test(li.content) && findDates(li.content).length) continue;
    // Try the shortest name first: "Backend Joel Thompson" is a title word plus a name.
    const words = m[2].split(/\s+/);
    for (let n = 2; n <= words.length; n++) {
      const name = words.slice(words.length - n).join(' ');
      const sp = check.speakers(`${name}, ${m[3]}`);
      if (!sp?.strong || sp.speakers.length !== 1) continue;
      const title = `${m[1]} ${words.slice(0, words.length - n).join(' ')}`.trim();
      const parsed = check.talkLine(title);
      if (!parsed) break;
      parsed.speakers = sp.speakers;
      parsed.strongSpeakers = true;
      out.push({ line: i, parsed, speakerLine: null, source: 'plain', level: 0, evidence: true });
      break;
    }
  }
  return out;
}

function similarTitles(a: string, b: string): boolean {
  const x = nameKey(a);
  const y = nameKey(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return short.length >= 4 && long.includes(short) && short.length / long.length >= 0.5;
}

/**
 * "1. Title — Name (Org)" listed before the talks' headings, each heading naming its talk short
 * ("### Stacks (Priya)", "### Keynote (Mon)"): the list is the agenda, and the headings the talks.
 */
function agendaOfBullets(structure: NoteStructure, candidates: Candidate[], chosen: Chosen, agenda: AgendaEntry[]): Chosen {
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

/** A heading's name without a speaker's honorific or a talk's word after it: "しげぞうさん LT" → "しげぞう". */
function headingPerson(heading: string): string {
  return nameKey(heading.replace(/\s*(?:lt|talk|session|の?(?:発表|講演|セッション)|발표|세션)\s*$/iu, '').replace(/\s*(?:さん|氏|様|님|씨|san)\s*$/iu, ''));
}

/** Whether a heading whose person is `key` (headingPerson: "佐伯さん" → "佐伯") names one of a talk's speakers alone, by a whole name or one part of it. */
function headingNamesSpeakerOf(key: string, talk: TalkLine): boolean {
  if (key.length < 2) return false;
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
  return words.length > 0 && words.every((w) => title.includes(w));
}

/**
 * A talk listed in a timetable or a list and described below: the tools its listed title names
 * are the talk's too ("Terraform Stacks in production" in the list, only "Stacks" in the notes).
 */
function listedTitlesMention(agendaRefs: TalkReference[], targets: Map<TalkReference, Candidate>, talkOf: Map<Candidate, Talk>, mentions: Mention[]): void {
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
    if (m.talkId !== null) continue;
    const listed = byLine.get(m.range.start.line)?.find((r) => m.range.start.character >= r.from && m.range.end.character <= r.to);
    if (listed) m.talkId = listed.talkId;
  }
}

/** Timetable lines that name a talk described below become references; the others become talks. */
function resolveAgenda(agenda: AgendaEntry[], talks: Candidate[], refs: TalkReference[], targets: Map<TalkReference, Candidate>, lines: string[]): void {
  const described = talks.slice();
  const taken = new Set<Candidate>();
  // Short headings without speakers, each with the person it may name ("## 佐伯さん" → "佐伯"), read once.
  const personOf = new Map<Candidate, string>();
  for (const t of described) if (t.source === 'heading' && !t.parsed.speakers.length && t.parsed.title.length <= 30) personOf.set(t, headingPerson(t.parsed.title));
  for (const entry of agenda) {
    let target = described.find((t) => t.line !== entry.line && similarTitles(t.parsed.title, entry.parsed.title));
    // "## vault scaling" under a front matter that lists "Scaling Vault Across 30 Product Teams": its words.
    if (!target && entry.frontMatter) {
      target = closestByWords(entry.parsed.title, described.filter((t) => t.source === 'heading' && !taken.has(t) && !t.parsed.speakers.length)) ?? undefined;
      if (target) target.parsed = { ...target.parsed, title: entry.parsed.title };
    }
    // "### Stacks (Priya)" under a list of the talks: a heading naming one short (agendaOfBullets).
    if (!target && entry.bullet) {
      target = described.find((t) => t.source === 'heading' && !taken.has(t) && !t.parsed.strongSpeakers && namesShort(t.parsed.title, entry.parsed));
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
    // "- 아르고CD 세션 (최현우님)" under the timetable: a talk named short, known by its speakers.
    if (!target && entry.parsed.speakers.length) {
      target = described.find((t) => t.line !== entry.line && !taken.has(t) && t.source !== 'heading' && sameSpeakers(t.parsed.speakers, entry.parsed.speakers) && !agenda.some((a) => similarTitles(t.parsed.title, a.parsed.title)));
      // The timetable holds the full title.
      if (target) target.parsed = { ...target.parsed, title: entry.parsed.title };
    }
    if (target) {
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
      else fillOrganisations(target.parsed.speakers, entry.parsed.speakers);
    } else if (!described.length || entry.parsed.speakers.length || entry.parsed.keynote) {
      talks.push({ line: entry.line, parsed: entry.parsed, speakerLine: null, source: 'agenda', level: 0, evidence: true });
    }
  }
  void lines;
}

/** "Overall: best event so far.", "TODO：資料を共有", "Follow-ups:": a label that opens an epilogue. */
function isClosingLabel(content: string): boolean {
  const colon = content.search(/[:：]/);
  if (colon < 2 || colon > 24) return false;
  const label = content.slice(0, colon).trim();
  return EPILOGUE_LABEL.test(label);
}
/** Labels of the whole note's epilogue; "感想", "takeaways" and the like are left out: in a talk's notes they are about the talk. */
const EPILOGUE_LABEL =
  /^(?:overall(?: impressions?)?|all in all|in summary|final thoughts|closing thoughts|wrap-?up|todo|to-?dos?|action items?|follow-?ups?|next steps|총평|전체\s*후기|마무리|할\s*일|액션\s*아이템|全体の感想|総括|おわりに|最後に|やること|宿題|todoリスト)$/iu;

/**
 * "## scaling stateful stuff - raj p" among "## … - lena", "## … - dave": when headings name their
 * speakers after a dash, a heading of the same shape whose name was not recognised (lower case,
 * an initial) names one too.
 */
function speakersByLayout(talks: Candidate[], isTool: (name: string) => boolean, check: Reader, structure: NoteStructure, footerLine: number): void {
  const headings = talks.filter((t) => t.source === 'heading');
  const named = headings.filter((t) => t.parsed.speakers.length && t.speakerLine === null);
  // "### 윤채원 (별빛모빌리티) - 제목" among "### 서도현 - 제목", "### 강유나, 문태양 - 제목": the speakers first, before a
  // dash; a heading of that shape whose people have no organisation names them too (with one from a "소속:" line below).
  if (named.some((t) => t.parsed.titleStart > 0 && !t.parsed.time)) {
    for (const t of headings) {
      if (t.parsed.speakers.length) continue;
      const m = /^([^-–—:：]{2,40}?)\s+[-–—]\s+(.{4,})$/u.exec(t.parsed.title);
      if (!m || isNonTalkTitle(m[1]) || check.speakers(m[2])) continue;
      const sp = check.speakers(m[1]);
      if (!sp || !sp.speakers.every((s) => s.name.length >= 2 && !isTool(s.name))) continue;
      const title = m[2].trim();
      const at = t.parsed.titleStart + t.parsed.title.indexOf(title, m[1].length);
      const org = organisationLine(structure, nextContentLine(structure, t.line, 1), footerLine);
      t.parsed = { ...t.parsed, title, speakers: withOrganisation(sp.speakers, org), strongSpeakers: true, titleStart: at, titleEnd: at + title.length };
    }
  }
  if (named.length < 2 || named.length * 2 < headings.length) return;
  for (const t of headings) {
    if (t.parsed.speakers.length) continue;
    const m = /^(.{3,}?)\s+[-–—]\s+([^-–—\d]{1,24})$/u.exec(t.parsed.title);
    const name = m?.[2].trim();
    if (!m || !name || name.split(/\s+/).length > 3 || isTool(name)) continue;
    t.parsed = { ...t.parsed, title: m[1].trim(), speakers: [{ name, org: null }], titleEnd: t.parsed.titleStart + m[1].trim().length };
  }
}

/** The one talk whose title shares the most words (of three letters or more) with `title`; null on a tie or none. */
function closestByWords(title: string, talks: Candidate[]): Candidate | null {
  // Words of three letters or more; in Korean and Japanese, which write words together, pairs of characters.
  const words = (t: string) => {
    const out = new Set<string>();
    for (const w of t.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
      const cjk = w.match(/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}ー]+/gu);
      for (const run of cjk ?? []) for (let k = 0; k + 1 < run.length; k++) out.add(run.slice(k, k + 2));
      for (const latin of w.split(/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}ー]+/u)) if (latin.length >= 3) out.add(latin);
    }
    return out;
  };
  const wanted = words(title);
  let best: Candidate | null = null;
  let bestScore = 0;
  let tie = false;
  for (const t of talks) {
    let score = 0;
    for (const w of words(t.parsed.title)) if (wanted.has(w)) score++;
    if (score > bestScore) (best = t), (bestScore = score), (tie = false);
    else if (score === bestScore && score > 0) tie = true;
  }
  return bestScore > 0 && !tie ? best : null;
}

/**
 * `talks:` in the front matter, a list of `title:` / `speaker:` / `company:`: timetable entries
 * whose lines are found in the front matter by their titles.
 */
function frontMatterAgenda(structure: NoteStructure, check: Reader, agenda: AgendaEntry[]): void {
  const fm = structure.frontMatter;
  const list = fm ? (fm.data['talks'] ?? fm.data['sessions'] ?? fm.data['セッション'] ?? fm.data['세션']) : undefined;
  if (!fm || !Array.isArray(list)) return;
  const { lines } = structure;
  for (const item of list) {
    if (!item || typeof item !== 'object') continue;
    const o = item as Record<string, unknown>;
    const title = [o.title, o.talk, o.name].find((v) => typeof v === 'string' && v.trim()) as string | undefined;
    if (!title) continue;
    const who = FRONT_MATTER_SPEAKER_KEYS.map((k) => o[k]).find((v) => typeof v === 'string' && v.trim());
    const speakers = frontMatterSpeakers(who, frontMatterOrganisation(o), check);
    let line = -1;
    for (let i = fm.startLine + 1; i < fm.endLine && line < 0; i++) if (lines[i].includes(title)) line = i;
    if (line < 0) continue;
    const start = lines[line].indexOf(title);
    const parsed: TalkLine = { title: title.trim(), speakers, strongSpeakers: speakers.length > 0, keynote: isKeynote(title), quoted: false, titleStart: start, titleEnd: start + title.length, time: null };
    agenda.push({ line, parsed, start, end: start + title.length, frontMatter: true });
  }
}

/** The same people, by name key (organisations aside). */
function sameSpeakers(a: Speaker[], b: Speaker[]): boolean {
  if (!a.length || a.length !== b.length) return false;
  const keys = new Set(a.map((s) => nameKey(s.name)));
  return b.every((s) => keys.has(nameKey(s.name)));
}

/** A talk's speakers without an organisation take the one the timetable gives the same person. */
function fillOrganisations(speakers: Speaker[], from: Speaker[]): void {
  for (let k = 0; k < speakers.length; k++) {
    if (speakers[k].org) continue;
    const same = from.find((s) => s.org && nameKey(s.name) === nameKey(speakers[k].name));
    if (same) speakers[k] = { ...speakers[k], org: same.org };
  }
}

/** "## Action items", "## TODO", "## 액션 아이템", "## やること": the writer's tasks. */
const TASK_SECTION = /^(?:action items?|(?:my )?to-?dos?|next steps|follow-?ups?|액션\s*아이템|할\s*일|やること|todoリスト)$/iu;

/** Takes out the candidates under a heading of the writer's tasks ("- [ ] ECR 이미지 서명 PoC (이서연)"): things to do, not talks. */
function dropTaskSections(structure: NoteStructure, candidates: Candidate[]): void {
  const { info } = structure;
  let under = -1;
  const inTasks = new Set<number>();
  for (let i = 0; i < info.length; i++) {
    const li = info[i];
    if (li.kind === LineKind.Heading) under = TASK_SECTION.test(normTitle(li.content)) ? li.level : under >= 0 && li.level > under ? under : -1;
    else if (under >= 0) inTasks.add(i);
  }
  if (!inTasks.size) return;
  for (let k = candidates.length - 1; k >= 0; k--) if (inTasks.has(candidates[k].line)) candidates.splice(k, 1);
}

function isClosing(content: string): boolean {
  const title = normTitle(content);
  return CLOSING_SECTION.test(title) || ABOUT_SECTION.test(title);
}

/** Lines where a talk's body must stop: non-talk sections at the talks' level or above, closings, the footer. */
function sectionBoundaries(structure: NoteStructure, chosen: Chosen, chrome: Set<number>, footerLine: number, tests: LineTests): number[] {
  const { info } = structure;
  const talkLines = new Set(chosen.talks.map((t) => t.line));
  const out: number[] = [];
  const closing = (i: number) => tests.get(i, LineFlag.Closing, isClosing, info[i].content);
  let lastTalk = -1;
  for (const t of chosen.talks) lastTalk = Math.max(lastTalk, t.speakerLine ?? t.line);
  for (let i = 0; i < footerLine; i++) {
    if (talkLines.has(i)) continue;
    const li = info[i];
    // After the last talk, "Overall: …", "TODO：…" open the writer's own epilogue (inside a talk's notes they may be about it).
    if (i > lastTalk && li.kind === LineKind.Paragraph && !chrome.has(i) && isClosingLabel(li.content)) {
      out.push(i);
      continue;
    }
    if (li.kind === LineKind.Heading) {
      if (chosen.mode === 'heading') {
        if (li.level <= chosen.level) out.push(i);
      } else if (li.level <= 2 || closing(i)) out.push(i);
    } else if (li.kind === LineKind.Paragraph && li.standalone && !chrome.has(i)) {
      if (closing(i)) out.push(i);
    }
  }
  out.push(footerLine);
  return out;
}

const WIKI = /\[\[([^\[\]\n]{1,300})\]\]/g;
const MD_LINK = /\[([^\[\]\n]{0,300})\]\(\s*<?([^()\s<>]+)>?(?:\s+"[^"]*")?\s*\)/g;

function findReferences(structure: NoteStructure, footerLine: number): TalkReference[] {
  const { lines, info } = structure;
  const refs: TalkReference[] = [];
  for (let i = 0; i < Math.min(lines.length, footerLine); i++) {
    const li = info[i];
    if (li.kind === LineKind.Code || li.kind === LineKind.FrontMatter || li.kind === LineKind.Blank) continue;
    const raw = lines[i];
    if (raw.includes('[[')) {
      WIKI.lastIndex = 0;
      for (let m = WIKI.exec(raw); m; m = WIKI.exec(raw)) {
        const inner = m[1].split('|')[0].trim();
        if (!inner) continue;
        const hash = inner.lastIndexOf('#');
        const target = hash > 0 ? { event: inner.slice(0, hash).trim(), talk: inner.slice(hash + 1).trim() } : { talk: inner };
        refs.push({ kind: 'wiki', text: inner, range: lineRange(i, m.index, m.index + m[0].length), target });
      }
    }
    if (raw.includes('](')) {
      MD_LINK.lastIndex = 0;
      for (let m = MD_LINK.exec(raw); m; m = MD_LINK.exec(raw)) {
        if (m.index > 0 && raw[m.index - 1] === '!') continue;
        const href = m[2];
        if (/^[a-z][a-z0-9+.-]*:/i.test(href)) continue;
        const hash = href.indexOf('#');
        const path = hash >= 0 ? href.slice(0, hash) : href;
        const fragment = hash >= 0 ? safeDecode(href.slice(hash + 1)) : undefined;
        if (path && !/\.(md|markdown|txt)$/i.test(path) && /\.[a-z0-9]{1,5}$/i.test(path)) continue;
        if (!path && !fragment) continue;
        refs.push({ kind: 'link', text: m[1], range: lineRange(i, m.index, m.index + m[0].length), target: { path: safeDecode(path) || undefined, fragment } });
      }
    }
  }
  return refs;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const MAY_HOLD_LINKS = /:\/\/|www\.|@|\]\(|data:/;
// Bounded quantifiers keep this linear on a megabyte-long line.
const URL_OR_EMAIL = /\b(?:https?|ftp):\/\/[^\s<>()"'\]]+|\bwww\.[^\s<>()"'\]]+|\bdata:[\w/+.-]{1,64}(?:;[\w=-]{1,40})*,[^\s<>()"'\]]*|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/gi;
function findMentions(
  structure: NoteStructure,
  text: string,
  catalog: Catalog,
  spans: Array<{ talk: Talk; first: number; last: number; excludeFrom: number; excludeTo: number; speakerLine: number | null }>,
  chrome: Set<number>,
  footerLine: number,
  references: TalkReference[],
  previousScopes: Map<string, Scope> | undefined,
  scopes: Map<string, Scope> | undefined,
  previousMatches: LineMatches | undefined,
  lineMatches: LineMatches | undefined,
): Mention[] {
  const { lines, info, table } = structure;
  // Filled so that the array holds objects whether or not the note has talks (one elements kind for the reads below).
  const talkAt = new Array<(typeof spans)[number] | undefined>(lines.length).fill(undefined);
  for (const s of spans) for (let l = s.first; l <= s.last; l++) talkAt[l] = s;
  const speakerLines = new Set<number>();
  for (const s of spans) if (s.speakerLine !== null) speakerLines.add(s.speakerLine);
  const refSpans = new Map<number, Array<[number, number]>>();
  for (const r of references) {
    if (r.kind === 'agenda') continue;
    // "[[Terraform]]": a wiki link to a tool's own page names the tool.
    if (wikiLinkNamesTool(r, catalog)) continue;
    const list = refSpans.get(r.range.start.line) ?? [];
    list.push([r.range.start.character, r.range.end.character]);
    refSpans.set(r.range.start.line, list);
  }
  const scopeCache = new Map<string, Scope>();
  const scopeFor = (line: number): Scope => {
    const span = talkAt[line];
    const from = span ? span.first : Math.max(0, line - 5);
    const to = span ? span.last : Math.min(lines.length - 1, line + 5);
    const key = `${from}:${to}`;
    let scope = scopeCache.get(key);
    if (scope === undefined) {
      // Folded only when an ambiguous spelling needs its context (most notes never do); the same
      // text in the note's previous extraction has the same scope (hits are kept per tool and surface).
      const raw = text.slice(table.starts[from], table.lineEnd(to));
      const kept = previousScopes?.get(raw);
      if (kept !== undefined) {
        scope = kept;
        // Under the copy it was kept by: a new copy of every such talk's text was about 300 KB
        // of garbage an edit of a 216 KB note, kept until the next edit.
        scopes?.set(kept.source ?? detached(raw), kept);
      } else {
        scope = makeScope(raw);
        if (scopes) scopes.set((scope.source = detached(raw)), scope);
      }
      scopeCache.set(key, scope);
    }
    return scope;
  };

  const mentions: Mention[] = [];
  // The same surface is one string in every mention of the note (and crosses threads once).
  const surfaces = new Map<string, string>();
  // What the matcher finds in part of a line depends on that line's text alone (the line breaks
  // around it read as the text's start and end do), so a line the previous extraction had
  // (`previousLines`: same text) is not searched again. Offsets are kept from the line's start.
  const sameLines = previousMatches ? structure.previousLines : null;
  const inLine = (i: number, lineStart: number, a: number, b: number): RawMatch[] => {
    const j = sameLines ? sameLines[i] : -1;
    let matches: RawMatch[];
    if (j >= 0 && previousMatches!.from[j] === a && previousMatches!.to[j] === b) matches = previousMatches!.matches[j];
    else {
      matches = catalog.matcher.find(text, lineStart + a, lineStart + b);
      for (const m of matches) (m.start -= lineStart), (m.end -= lineStart);
    }
    if (lineMatches && lineMatches.from[i] < 0) {
      lineMatches.from[i] = a;
      lineMatches.to[i] = b;
      lineMatches.matches[i] = matches.length ? matches : NO_MATCHES;
    }
    return matches;
  };
  const mayHoldLinks = (i: number, raw: string): boolean => {
    const j = sameLines ? sameLines[i] : -1;
    let known = j >= 0 ? previousMatches!.links[j] : 0;
    if (known === 0) known = MAY_HOLD_LINKS.test(raw) ? 2 : 1;
    if (lineMatches) lineMatches.links[i] = known;
    return known === 2;
  };
  const matchSegment = (i: number, lineStart: number, a: number, b: number, talkId: string | null) => {
    for (const m of inLine(i, lineStart, a, b)) {
      const start = lineStart + m.start;
      const end = lineStart + m.end;
      const toolId = resolve(start, end, m.spellings, text, catalog, scopeFor, i);
      if (!toolId) continue;
      let surface = text.slice(start, end);
      const known = surfaces.get(surface);
      if (known === undefined) surfaces.set(surface, surface);
      else surface = known;
      mentions.push({ toolId, text: surface, range: lineRange(i, m.start, m.end), talkId });
    }
  };
  for (let i = 0; i < Math.min(lines.length, footerLine); i++) {
    const li = info[i];
    if (!isContentLine(li) || chrome.has(i) || speakerLines.has(i)) continue;
    const raw = lines[i];
    const lineStart = table.starts[i];
    const span = talkAt[i];
    const talkId = span ? span.talk.id : null;
    const from = li.kind === LineKind.Table ? 0 : li.contentStart;
    const refs = refSpans.get(i);
    const titleTail = span && span.first === i && span.excludeFrom >= 0;
    const links = mayHoldLinks(i, raw);
    // Most lines have nothing to leave out.
    if (!refs && !titleTail && !links) {
      if (from < raw.length) matchSegment(i, lineStart, from, raw.length, talkId);
      continue;
    }
    const excluded: Array<[number, number]> = refs ? [...refs] : [];
    if (titleTail) excluded.push([span.excludeFrom, span.excludeTo]);
    if (links) {
      URL_OR_EMAIL.lastIndex = 0;
      for (let m = URL_OR_EMAIL.exec(raw); m; m = URL_OR_EMAIL.exec(raw)) excluded.push([m.index, m.index + m[0].length]);
      for (let at = raw.indexOf(']('); at >= 0; at = raw.indexOf('](', at + 2)) {
        const close = raw.indexOf(')', at);
        excluded.push([at, close < 0 ? raw.length : close + 1]);
      }
    }
    excluded.sort((a, b) => a[0] - b[0]);
    let next = from;
    for (const [a, b] of excluded) {
      if (a > next) matchSegment(i, lineStart, next, a, talkId);
      next = Math.max(next, b);
    }
    if (next < raw.length) matchSegment(i, lineStart, next, raw.length, talkId);
  }
  return mentions;
}

export interface Scope {
  text: string;
  /** The text it was made of, as the note's next extraction looks it up (a copy; see findMentions). */
  source?: string;
  /** Context hits per tool and surface, so a talk that says "Sentinel" twenty times is searched once. */
  hits: Map<string, number>;
  /**
   * The runs of three characters in `text`, as bits of their hashes: a word with a run not there is
   * not in the text (pairs would let most English words through; shorter words are searched for).
   */
  runs: Uint32Array;
  /** 32 less the number of bits of a run's hash. */
  shift: number;
}

/** The scope of `raw`: its folded text (foldText) and the runs of characters in it, in one pass. */
export function makeScope(raw: string): Scope {
  const n = raw.length;
  // About four bits per character: most words a scope lacks are told by one run or two.
  let bits = 10;
  while (1 << bits < n * 4 && bits < 22) bits++;
  const runs = new Uint32Array(1 << (bits - 5));
  const shift = 32 - bits;
  // (Runs with 0 before the first characters are marked too: bits more can only let a word through.)
  let before = 0;
  let prev = 0;
  // Most texts fold as toLowerCase does (native, no array of codes to build and collect).
  let lowerFolds = 1;
  for (let j = 0; j < n; j++) {
    const u = raw.charCodeAt(j);
    const c = FOLD[u];
    lowerFolds &= FOLDS_AS_LOWER[u];
    const three = tripleHash(before, prev, c) >>> shift;
    runs[three >>> 5] |= 1 << (three & 31);
    before = prev;
    prev = c;
  }
  return { text: lowerFolds ? raw.toLowerCase() : foldText(raw), source: undefined, hits: new Map(), runs, shift };
}

/**
 * 1 for a UTF-16 unit that String.prototype.toLowerCase turns into FOLD's unit, in the ranges notes
 * use: Latin, Hangul jamo, punctuation and symbols, CJK punctuation and kana, variation selectors
 * (each checked), Hangul syllables and CJK ideographs (no case: kept when FOLD keeps them), and the
 * surrogates of emoji (no pair of them has a case). Others (full-width forms) take foldText.
 */
export const FOLDS_AS_LOWER: Uint8Array = (() => {
  const t = new Uint8Array(65536);
  const checked: Array<[number, number]> = [
    [0, 0x250],
    [0x1100, 0x1200],
    [0x2000, 0x2c00],
    [0x3000, 0x3100],
    [0xfe00, 0xfe10],
  ];
  for (const [from, to] of checked) {
    for (let c = from; c < to; c++) {
      const lower = String.fromCharCode(c).toLowerCase();
      if (lower.length === 1 && lower.charCodeAt(0) === FOLD[c]) t[c] = 1;
    }
  }
  const caseless: Array<[number, number]> = [
    [0x4e00, 0xa000],
    [0xac00, 0xd7a4],
    [0xd83c, 0xd83f],
    [0xdc00, 0xe000],
  ];
  for (const [from, to] of caseless) for (let c = from; c < to; c++) if (FOLD[c] === c) t[c] = 1;
  return t;
})();

function tripleHash(a: number, b: number, c: number): number {
  return Math.imul(Math.imul((a << 16) | b, 0x85ebca6b) ^ c, 0xc2b2ae35);
}

/** False when the scope cannot hold `word` (one of its runs of characters is missing). */
export function mayHold(scope: Scope, word: string): boolean {
  const { runs, shift } = scope;
  for (let i = 2; i < word.length; i++) {
    const h = tripleHash(word.charCodeAt(i - 2), word.charCodeAt(i - 1), word.charCodeAt(i)) >>> shift;
    if ((runs[h >>> 5] & (1 << (h & 31))) === 0) return false;
  }
  return true;
}

function resolve(start: number, end: number, spellings: Spelling[], text: string, catalog: Catalog, scope: (line: number) => Scope, line: number): string | null {
  // Most matches are of one plain spelling: decided without slicing the text.
  let plain: Spelling | undefined;
  let guarded = false;
  for (const s of spellings) {
    if (!s.needsContext) plain ??= s;
    if (s.caseSensitive || s.needsContext) guarded = true;
  }
  const surface = text.slice(start, end);
  // "a warehouse packer", "the Dutch consul", "220볼트", "디지털 노마드": the ordinary word.
  if ((guarded || readsCjk(surface)) && ordinarySense(text, start, end, surface, guarded)) return null;
  // "terraform a planet", "Terraforming Mars": planets, not infrastructure.
  if ((surface.charCodeAt(0) | 32) === 116 && /^terraform/i.test(surface) && /^(?:ing|ed|s)?\s+(?:a\s+|the\s+)?(?:planets?|mars|venus|the moon|moons?|worlds?)\b/i.test(text.slice(end, end + 20))) return null;
  // "Who's at the Helm?", "took the helm": steering, not the chart tool.
  if (guarded && end - start === 4 && /^helm$/i.test(surface) && /(?:^|[^\p{L}])(?:at|take|took|taking|takes) the\s+$/iu.test(text.slice(Math.max(0, start - 12), start))) return null;
  if (plain) return plain.toolId;
  let best: string | null = null;
  let bestHits = 0;
  const sc = scope(line);
  const lower = surface.toLowerCase();
  // One candidate only needs one context word; several are ranked by how many they have.
  const firstHitDecides = spellings.length === 1;
  for (const s of spellings) {
    const tool = catalog.get(s.toolId);
    if (!tool) continue;
    const key = `${s.toolId}\u0000${lower}${firstHitDecides ? '\u0000first' : ''}`;
    let hits = sc.hits.get(key);
    if (hits === undefined) {
      hits = 0;
      for (const word of tool.contextWords) {
        if (word && mayHold(sc, word) && contextHit(sc.text, word, lower)) {
          hits++;
          if (firstHitDecides) break;
        }
      }
      sc.hits.set(key, hits);
    }
    if (hits > bestHits) (bestHits = hits), (best = s.toolId);
  }
  return best;
}

export function contextHit(scope: string, word: string, surface: string): boolean {
  if (word === surface) return false;
  if (word.length > 3 || !SHORT_WORD.test(word)) return scope.includes(word);
  // A short word ("ci", "aws") counts only on its own, not inside a longer word ("decision").
  let alone = ALONE.get(word);
  if (!alone) ALONE.set(word, (alone = new RegExp(`(?<![a-z0-9])${word}(?![a-z0-9])`)));
  return alone.test(scope);
}
const SHORT_WORD = /^[a-z0-9]+$/;
/** A short context word with no letter or digit next to it, per word. */
const ALONE = new Map<string, RegExp>();

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
