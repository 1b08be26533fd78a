// Which of a note's candidate lines are its talks (the layout most of them share), and where
// each talk's section ends.
import type { Speaker } from '../model';
import { LineKind, type NoteStructure } from '../structure';
import { nameKey } from '../text';
import { findDates } from './dates';
import { indentOf, isNonTalkTitle, LineFlag, LineTests, nextContentLine, normTitle, organisationLine, SENTENCE_END, withOrganisation, type Candidate, type Reader } from './note-lines';
import { BOLD_LINE, isFirstContentLine, namesNumberedEvent, sessionsItem } from './talk-candidates';
import { isKeynote } from './talk-line';
import { ABOUT_SECTION, CLOSING_SECTION, DRAWN_LINE, LABEL_MARKS, LIGHTNING_SECTION, LOG_TIME, mayBeLightningLabel, NOT_A_TALK } from './vocabulary';

export interface Chosen {
  talks: Candidate[];
  /** Heading level of talks when they are headings; 0 for plain-text talks. */
  level: number;
  mode: 'heading' | 'plain' | 'none';
}

export function chooseTalks(structure: NoteStructure, candidates: Candidate[], chrome: Set<number>, footerLine: number, fmTitle: string, check: Reader): Chosen {
  const headings = candidates.filter((c) => c.source === 'heading');
  // The document's title heading names the event, not a talk.
  if (headings.length) {
    const first = headings[0];
    const minLevel = Math.min(...headings.map((h) => h.level));
    const sameLevel = headings.filter((h) => h.level === first.level).length;
    // ("# SRE Night Tokyo vol.8 — Slack スレッド バックアップ" over "## Title / Name" headings: the note's first line names a
    // numbered event, whatever follows its dash.)
    const isTitle =
      (fmTitle && nameKey(first.parsed.title) === nameKey(fmTitle)) ||
      (first.level === minLevel && sameLevel === 1 && (!first.evidence || (isFirstContentLine(structure, first.line) && namesNumberedEvent(first.parsed.title) && headings.some((h) => h.level > first.level && h.evidence))));
    if (isTitle) headings.shift();
  }
  const evidenceByLevel = new Map<number, number>();
  // (Not a heading no talk has: "## 참석자" over the writer's colleagues and their teams.)
  for (const h of headings) if (h.evidence && !isNonTalkTitle(h.parsed.title)) evidenceByLevel.set(h.level, (evidenceByLevel.get(h.level) ?? 0) + 1);
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
  // (Not the line under a heading that the heading read its speakers from: "## 3. Title" then "> 이준호님 (라인플러스) — remark".)
  const plain = candidates.filter((c) => c.source === 'plain' && !headingTalks.some((h) => h.speakerLine === c.line));
  const bullets = candidates.filter((c) => c.source === 'bullet');
  // Headings with no speakers anywhere, and bullets that name speakers: the bullets are the talks
  // ("## 메모" under "1. Title — 발표: Name").
  // (A keynote's slot is evidence without speakers: "## 키노트" over "1. Title [Name, Org]" items.)
  // (Or quoted titles with their speakers, in at least half the headings' sections: "## INFRA-232 Ticket" over "登壇:「Title」" and
  // "Name さん（Org）", a task tracker's tickets named for the work a talk gave the writer.)
  const quotedWithSpeakers = bullets.filter((b) => b.parsed.quoted && b.parsed.strongSpeakers).length;
  // (Or headings that only borrow their speakers from the line under an item of their own, the item naming the talk:
  // "## 🏢 쿠팡" then "- 발표: "Title"" then "  - 연사: 김도현".)
  const borrowing = headingTalks.filter((h) => h.evidence && h.speakerLine !== null && bullets.some((b) => b.line > h.line && b.speakerLine === h.speakerLine && h.speakerLine! > b.line)).length;
  const bulletsWin = !plain.length && bullets.length >= 2 && ((borrowing >= 2 && borrowing * 2 >= headingTalks.filter((h) => h.evidence).length) || (!headingTalks.some((h) => h.evidence && h.parsed.speakers.length) && (bullets.length >= headingTalks.length || (quotedWithSpeakers >= 2 && quotedWithSpeakers * 2 >= headingTalks.length))));
  if (headingTalks.length && headingEvidence >= plain.length && !bulletsWin) {
    // Notes mix layouts: a plain "Title - Name, Company" line between heading talks is a talk too.
    // ("### 2) second talk (was #3 on the agenda)" then "Lea Hartmann … talked about **Title**": a sentence naming the talk under a heading that does not.)
    const underOtherHeading = (p: Candidate) => {
      let k = p.line - 1;
      while (k >= 0 && structure.info[k].kind === LineKind.Blank) k--;
      return k >= 0 && structure.info[k].kind === LineKind.Heading && !headingTalks.some((h) => h.line === k);
    };
    const strongPlain = plain.filter((p) => p.parsed.strongSpeakers && (structure.info[p.line].standalone || p.speakerLine !== null || (p.prose && underOtherHeading(p))) && !headingTalks.some((h) => h.line === p.line || h.speakerLine === p.line));
    return { talks: [...headingTalks, ...strongPlain], level, mode: 'heading' };
  }
  if (plain.length) {
    const talks = [...plain, ...headingTalks.filter((h) => h.evidence)];
    // Layouts mix: list items that each open a group of lines and name their speakers with organisations
    // ("1) "Title" - 윤태경님(누리마켓)" after a blank line) are talks beside the plain ones.
    // (Or with their handles: "ぬるぽ太郎 (@nullpo_taro) 「Title」", "@dash_board_chan：Title".)
    const honorific = (b: Candidate) => /님|さん|氏|様/u.test(structure.info[b.line].content) || b.parsed.speakers.every((sp) => sp.handle);
    // (Or right under a heading: "### 11:30 사파이어홀 (C)" then "- 제목: Title / Name (Org)"; or after the notes
    // indented under the item before it.)
    const opensGroup = (k: number) => {
      const above = structure.info[k - 1];
      return above.kind === LineKind.Blank || above.kind === LineKind.Heading || (above.kind === LineKind.ListItem && above.level > structure.info[k].level);
    };
    const opening = bullets.filter((b) => b.parsed.strongSpeakers && (b.parsed.speakers.every((sp) => sp.org) || honorific(b)) && b.line > 0 && opensGroup(b.line));
    if (opening.length >= 2) talks.push(...opening.filter((b) => !talks.some((t) => t.line === b.line)));
    // ("- [x] Title (Name, Org)" items, each with its notes indented under it, and one talk written as a paragraph:
    // the list's items that name speakers with organisations, when they outnumber the paragraphs.)
    // (Not a to-do that names who does it: "… 수량은 권태형 님이 재확인 예정 (금요일까지)".)
    const listed = bullets.filter((b) => b.parsed.strongSpeakers && b.parsed.speakers.every((sp) => sp.org) && structure.info[b.line].level === 1 && !/님이|님께서|さんが|さんは/u.test(b.parsed.title));
    if (listed.length >= 2 && listed.length > plain.length) talks.push(...listed.filter((b) => !talks.some((t) => t.line === b.line)));
    talks.push(...sameLayoutWithoutDash(structure, talks, chrome, footerLine, check));
    // "2) Title" then its speaker's line, then "3) "Title" - Name, Org", then "4) …": an item numbered between the talks' is one, in whatever layout.
    talks.push(...numberedBetween(structure, talks, bullets));
    // ("5) Lightning talks, I only caught two:" then its items, each "Title" (Name, Org); "【LT】" then a list.)
    talks.push(...bullets.filter((b) => b.parsed.strongSpeakers && underSessionsItem(structure, b.line) && !talks.some((t) => t.line === b.line)));
    talks.push(...timedQuotedTitles(structure, talks, candidates, chrome, footerLine, check));
    return { talks, level: 0, mode: 'plain' };
  }
  if (bullets.length >= 2) {
    const talks = withoutIndentedNotes(structure, bullets);
    if (talks.length >= 2) return { talks: [...talks, ...itemsNamedLikeTalks(structure, talks, chrome, footerLine, check)], level: 0, mode: 'plain' };
  }
  return { talks: [], level: 0, mode: 'none' };
}

/**
 * Whether an item is in a list that names talks: a second-level item under an item that says so
 * ("Lightning talks:", "주요 세션"), or a first-level item of a list right under a line that says so ("【LT】").
 */
function underSessionsItem(structure: NoteStructure, line: number): boolean {
  const { info } = structure;
  const level = info[line].level;
  const indent = indentOf(structure.lines[line]);
  for (let k = line - 1; k >= 0; k--) {
    const li = info[k];
    if (li.kind === LineKind.Blank || (li.kind === LineKind.ListItem && li.level >= level)) continue;
    // ("  * Title - Name, Org" then "      about moving house: …": the item above's notes, indented under it.)
    if (li.kind === LineKind.Paragraph && indentOf(structure.lines[k]) > indent && k > 0 && info[k - 1].kind !== LineKind.Blank) continue;
    if (level === 2) return li.kind === LineKind.ListItem && sessionsItem(structure, k);
    return level === 1 && li.kind === LineKind.Paragraph && sessionsItem(structure, k);
  }
  return false;
}

/** The number of an item numbered "3)" or "3.", or -1. */
function itemNumber(structure: NoteStructure, line: number): number {
  const m = /^\s*(\d{1,2})[.)]\s/.exec(structure.lines[line]);
  return m ? Number(m[1]) : -1;
}

/** Bullets naming speakers whose item number comes right after a chosen talk's above them or right before one's below them. */
function numberedBetween(structure: NoteStructure, talks: Candidate[], bullets: Candidate[]): Candidate[] {
  const numbered = new Map<number, number>();
  for (const t of talks) {
    const n = itemNumber(structure, t.line);
    if (n >= 0) numbered.set(n, t.line);
  }
  if (numbered.size < 2) return [];
  return bullets.filter((b) => {
    if (!b.parsed.speakers.length || !b.parsed.strongSpeakers || talks.some((t) => t.line === b.line)) return false;
    const n = itemNumber(structure, b.line);
    const before = numbered.get(n - 1);
    const after = numbered.get(n + 1);
    return n >= 0 && ((before !== undefined && before < b.line) || (after !== undefined && after > b.line));
  });
}

/**
 * Bullets without those indented under another bullet of theirs in one group of lines: in plain
 * text, "1) Title - 윤태경님(누리마켓)" then " - 오토스케일러 -> 카펜터" are one depth to the parser.
 */
function withoutIndentedNotes(structure: NoteStructure, bullets: Candidate[]): Candidate[] {
  const { lines, info } = structure;
  const indent = (i: number) => lines[i].length - lines[i].trimStart().length;
  // In line order, the least indentation of the bullets on earlier lines of the same group (no blank line between).
  const byLine = bullets.slice().sort((a, b) => a.line - b.line);
  const dropped = new Set<Candidate>();
  let least = Infinity;
  let lineLeast = Infinity;
  for (let k = 0, line = -1; k < byLine.length; k++) {
    const b = byLine[k];
    if (b.line !== line) {
      // The bullets of the line before count from now on, unless a blank line ends their group before this one.
      let blank = false;
      for (let j = b.line - 1; j > line && !blank; j--) blank = info[j].kind === LineKind.Blank;
      least = blank || line < 0 ? Infinity : Math.min(least, lineLeast);
      lineLeast = Infinity;
      line = b.line;
    }
    if (least < indent(b.line)) dropped.add(b);
    lineLeast = Math.min(lineLeast, indent(b.line));
  }
  return dropped.size ? bullets.filter((b) => !dropped.has(b)) : bullets;
}

/**
 * "1) Title — 카일 (플랫폼팀)" and "3) Title — 준" in the list whose "5) Title — 소라 (SRE)" and "7) Title — 태준" are talks: items
 * of the same list, written as its talks are, whose speakers are a given name or a nickname alone (an in-house talk day's),
 * which the parser cannot tell for a person's.
 */
function itemsNamedLikeTalks(structure: NoteStructure, talks: Candidate[], chrome: Set<number>, footerLine: number, check: Reader): Candidate[] {
  const { info } = structure;
  const items = talks.filter((t) => t.speakerLine === null && info[t.line].kind === LineKind.ListItem && info[t.line].level === info[talks[0].line].level);
  // (Two of its talks credited after the same dash.)
  const dashes = new Map<string, number>();
  for (const t of items) {
    const dash = CREDIT_AFTER_DASH.exec(info[t.line].content)?.[2];
    if (dash) dashes.set(dash, (dashes.get(dash) ?? 0) + 1);
  }
  if (![...dashes.values()].some((n) => n >= 2)) return [];
  const level = info[items[0].line].level;
  const taken = new Set(talks.flatMap((t) => (t.speakerLine === null ? [t.line] : [t.line, t.speakerLine])));
  // The list the talks are in: up from the first and down from the last, to a heading or a paragraph of its own level.
  const apart = (k: number) => info[k].kind === LineKind.Heading || (info[k].kind === LineKind.Paragraph && info[k].blockStart && indentOf(structure.lines[k]) === 0);
  let top = items[0].line;
  while (top > 0 && !apart(top - 1)) top--;
  let bottom = items[items.length - 1].line;
  while (bottom + 1 < footerLine && !apart(bottom + 1)) bottom++;
  const out: Candidate[] = [];
  for (let i = top; i <= bottom; i++) {
    const li = info[i];
    if (taken.has(i) || chrome.has(i) || li.kind !== LineKind.ListItem || li.level !== level || !li.blockStart || li.content.length > 160) continue;
    const m = CREDIT_AFTER_DASH.exec(li.content);
    if (!m || (dashes.get(m[2]) ?? 0) < 2) continue;
    const name = m[3];
    if (/\d/.test(name) || SENTENCE_END.test(name) || check.isKnownNonPerson?.(name) || isNonTalkTitle(name)) continue;
    const parsed = check.talkLine(m[1]);
    if (!parsed || parsed.speakers.length || isNonTalkTitle(parsed.title)) continue;
    const read = check.speakers(m[4] ? `${name} (${m[4]})` : name);
    parsed.speakers = read?.speakers.length === 1 && read.speakers[0].name === name ? read.speakers : [{ name, org: m[4] ?? null }];
    parsed.strongSpeakers = true;
    out.push({ line: i, parsed, speakerLine: null, source: 'bullet', level: 0, evidence: true });
  }
  return out;
}
/** "Title — Name (Org)", "Title - Name": a title, a dash, one or two short words and what is in brackets after them. */
const CREDIT_AFTER_DASH = /^(.{4,120}?)\s+([—–-])\s+([^\s()（）]{1,12}(?:\s[^\s()（）—–-]{1,12})?)\s*(?:[(（]([^()（）]{1,30})[)）])?$/u;

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

/**
 * "[11:00] T2-1  "Title"" lines, three or more: a programme's slots each with a quoted title, talks
 * too when the line under them names no one the writer could name ("쿠팡 SRE 분 (성함 못 들음)").
 */
function timedQuotedTitles(structure: NoteStructure, talks: Candidate[], candidates: Candidate[], chrome: Set<number>, footerLine: number, check: Reader): Candidate[] {
  const { info } = structure;
  const found: Candidate[] = [];
  for (let i = 0; i < footerLine; i++) {
    const li = info[i];
    if (chrome.has(i) || li.kind !== LineKind.Paragraph || !li.blockStart || li.content.length > 160 || !TIME_THEN_QUOTE.test(li.content)) continue;
    const parsed = check.talkLine(li.content);
    if (!parsed?.time || !parsed.quoted || isNonTalkTitle(parsed.title)) continue;
    // ("       Rina Takahashi + Olu Adeyemi (Google)": its people on the line under it.)
    const next = i + 1 < footerLine ? info[i + 1] : null;
    const sp = !parsed.speakers.length && next && next.kind === LineKind.Paragraph && !next.blockStart && next.content.length <= 80 ? check.speakers(next.content) : null;
    if (sp?.strong) parsed.speakers = sp.speakers;
    found.push({ line: i, parsed, speakerLine: sp?.strong ? i + 1 : null, source: 'plain', level: 0, evidence: true });
  }
  if (found.length < 3) return [];
  // (Not a line some other reading made a talk of, with its speakers, or read as one's speakers.)
  return found.filter((f) => !talks.some((t) => t.line === f.line || t.speakerLine === f.line) && !candidates.some((c) => c.line === f.line || c.speakerLine === f.line));
}
const TIME_THEN_QUOTE = /^\[?\d{1,2}:\d{2}\b.{0,30}?["“「『]/u;

export function similarTitles(a: string, b: string): boolean {
  const x = nameKey(a);
  const y = nameKey(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return short.length >= 4 && long.includes(short) && short.length / long.length >= 0.5;
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
export function speakersByLayout(talks: Candidate[], isTool: (name: string) => boolean, check: Reader, structure: NoteStructure, footerLine: number): void {
  const headings = talks.filter((t) => t.source === 'heading');
  for (const t of headings) if (!t.parsed.speakers.length) speakersInProfile(t, check, structure, footerLine);
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

/**
 * "## セッション1：Title", then "### 概要" and "### 登壇者プロフィール" (an event page's parts, copied), the profile's first line
 * naming its speaker: "鈴木 一郎（株式会社ミドリ）", "Jane Doe, Staff SRE at Acme".
 */
function speakersInProfile(t: Candidate, check: Reader, structure: NoteStructure, footerLine: number): void {
  const { info } = structure;
  const level = info[t.line].level;
  for (let k = t.line + 1; k < Math.min(footerLine, info.length, t.line + 80); k++) {
    const li = info[k];
    if (li.kind !== LineKind.Heading) continue;
    if (li.level <= level) return;
    if (!PROFILE_HEADING.test(li.content)) continue;
    const j = nextContentLine(structure, k, 1);
    const line = j >= 0 && info[j].kind === LineKind.Paragraph ? info[j].content : '';
    const sp = line.length <= 60 ? check.speakers(line) : null;
    if (sp?.strong || (sp && line.length <= 30)) t.parsed = { ...t.parsed, speakers: sp.speakers, strongSpeakers: true };
    return;
  }
}
const PROFILE_HEADING = /^(?:(?:登壇者|講演者|発表者|スピーカー|講師)\s*(?:プロフィール|紹介)?|プロフィール|(?:연사|발표자|강연자)\s*(?:소개|프로필)?|about (?:the )?(?:speakers?|presenters?)|speakers?(?: bio| profile)?|bio)$/iu;

/** The one talk whose title shares the most words (of three letters or more) with `title`; null on a tie or none. */
export function closestByWords(title: string, talks: Candidate[]): Candidate | null {
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

/** The same people, by name key (organisations aside). */
export function sameSpeakers(a: Speaker[], b: Speaker[]): boolean {
  if (!a.length || a.length !== b.length) return false;
  const keys = new Set(a.map((s) => nameKey(s.name)));
  return b.every((s) => keys.has(nameKey(s.name)));
}

/** A talk's speakers without an organisation take the one the timetable gives the same person. */
export function fillOrganisations(speakers: Speaker[], from: Speaker[]): void {
  for (let k = 0; k < speakers.length; k++) {
    if (speakers[k].org) continue;
    const same = from.find((s) => s.org && nameKey(s.name) === nameKey(speakers[k].name));
    if (same) speakers[k] = { ...speakers[k], org: same.org };
  }
}

/** "## Action items", "## TODO", "## 액션 아이템", "## やること": the writer's tasks. */
const TASK_SECTION = /^(?:action items?|(?:my )?to-?dos?|next steps|follow-?ups?|액션\s*아이템|할\s*일|やること|todoリスト)$/iu;

/** Takes out the candidates under a heading of the writer's tasks ("- [ ] ECR 이미지 서명 PoC (이서연)"): things to do, not talks. */
export function dropTaskSections(structure: NoteStructure, candidates: Candidate[]): void {
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

/** A word or two and a colon first ("메모: …", "Q: …"). */
const LABEL_FIRST = /^[^\s:：]{1,12}(?:\s[^\s:：]{1,12})?\s*[:：]/u;

/** "【ブース】…", "[Lunch] …": a label in brackets before a line's text (group 1 or 2). */
const BRACKET_LABEL = /^(?:【([^】]{1,12})】|\[([^\]]{1,12})\])\s*\S/u;

/** Lines where a talk's body must stop: non-talk sections at the talks' level or above, closings, the footer. */
export function sectionBoundaries(structure: NoteStructure, chosen: Chosen, chrome: Set<number>, footerLine: number, tests: LineTests): number[] {
  const { info } = structure;
  const talkLines = new Set(chosen.talks.map((t) => t.line));
  const out: number[] = [];
  const closing = (i: number) => tests.get(i, LineFlag.Closing, isClosing, info[i].content);
  let lastTalk = -1;
  for (const t of chosen.talks) lastTalk = Math.max(lastTalk, t.speakerLine ?? t.line);
  const firstTalk = chosen.talks.length ? chosen.talks[0].line : footerLine;
  // Talks that are items of a list: an item at their level that names a break or the party ends the one before.
  let itemLevel = 0;
  for (const t of chosen.talks) if (info[t.line].kind === LineKind.ListItem && (!itemLevel || info[t.line].level < itemLevel)) itemLevel = info[t.line].level;
  for (let i = 0; i < footerLine; i++) {
    if (talkLines.has(i)) continue;
    const li = info[i];
    if (itemLevel && li.kind === LineKind.ListItem && li.blockStart && li.level <= itemLevel && li.content.length <= 40 && !chrome.has(i) && isNonTalkTitle(li.content)) {
      out.push(i);
      continue;
    }
    // "【ブース】スポンサーブース巡回", "[Lunch] …": an entry of the programme, labelled in brackets, that is no talk.
    const bracket = li.content.charCodeAt(0) === 0x3010 || li.content.charCodeAt(0) === 91 ? BRACKET_LABEL.exec(li.content) : null;
    if (bracket && (li.kind === LineKind.Paragraph || li.kind === LineKind.ListItem) && NOT_A_TALK.test(bracket[1] ?? bracket[2])) {
      out.push(i);
      continue;
    }
    // ("-- " then "Femke de Vries" and her title: a mail's signature, after the last talk, ends it; a digest's next
    // message, a reply quoting the talks, is no part of it.)
    if (i > lastTalk && (structure.lines[i] === '-- ' || structure.lines[i] === '--')) {
      out.push(i);
      continue;
    }
    // After the last talk, "Overall: …", "TODO：…" open the writer's own epilogue (inside a talk's notes they may be about it).
    if (i > lastTalk && li.kind === LineKind.Paragraph && !chrome.has(i) && isClosingLabel(li.content)) {
      out.push(i);
      continue;
    }
    // ("[오후 3:00] 쉬는시간 🍩 …", "12:30 lunch (tacos)": a log's entry of the programme that is no talk ends the talk before it.)
    // ("☕ 15:10 커피 + 부스 투어": an emoji before the time.)
    const timed = li.kind === LineKind.Paragraph && i > firstTalk && !chrome.has(i) ? li.content.replace(LEADING_PICTOGRAPHS, '') : '';
    if (timed && LOG_TIME.test(timed)) {
      const rest = timed.replace(LOG_TIME, '');
      // (Not a label: "[20:04] 메모: …", "[10:31] notes: …" are the writer's notes.)
      const head = LABEL_FIRST.test(rest) ? '' : rest.split(/[\s,.!?()（）\p{Extended_Pictographic}]/u)[0];
      if (head && NOT_A_TALK.test(head)) {
        out.push(i);
        continue;
      }
    }
    // ("━━━━━━━━" then "내 생각 정리": a drawn line, then the writer's own part, in plain text.)
    // ("=====" then "네트워킹 - 맥주 한잔.": or the programme's next entry that is no talk.)
    if (i > firstTalk + 1 && li.kind === LineKind.Paragraph && !li.blockStart && li.content.length <= 40 && DRAWN_LINE.test(info[i - 1].content) && ((i > lastTalk + 1 && closing(i)) || isNonTalkTitle(li.content))) {
      out.push(i - 1);
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

const LEADING_PICTOGRAPHS = /^[\p{Extended_Pictographic}\uFE0F\u200D]+\s*/u;

/**
 * "## 라이트닝 토크", ":zap: LTs at the end:", "【LT枠】" then a list of "LT1: Title — Name" items:
 * a note's lightning talks, listed in another layout than its talks (or the sessions the writer
 * skipped: "## Sessions I skipped"). The list's items that name their speakers join the chosen
 * talks, items markdown reads deeper than the first level too; so does an item labelled as a
 * lightning talk anywhere ("◆【LT】Title ／ Name").
 */
export function lightningTalks(structure: NoteStructure, candidates: Candidate[], chosen: Chosen, check: Reader): void {
  const { info } = structure;
  const taken = new Set(chosen.talks.map((t) => t.line));
  let added = false;
  for (let i = 0; i < info.length; i++) {
    const li = info[i];
    // (An item of a timetable's list too: "5. 16:10-16:40 LT大会（3本）" with its talks on its own lines.)
    if ((li.kind !== LineKind.Heading && li.kind !== LineKind.Paragraph && li.kind !== LineKind.ListItem) || li.content.length > 90 || !mayBeLightningLabel(li.content) || !LIGHTNING_SECTION.test(li.content)) continue;
    // The section: the list right under the label (a blank line between), up to a heading or a paragraph after it;
    // an item's: its own lines and the items under it.
    let end = i + 1;
    // (A reStructuredText title's underline, a rule under the heading.)
    if (li.kind === LineKind.Heading && end < info.length && info[end].kind === LineKind.Rule) end++;
    // ("## Ignite talks" then "5 min each. Two I remember:" then the list: a heading's line of introduction before its list.)
    if (li.kind === LineKind.Heading && end < info.length && info[end].kind === LineKind.Paragraph) {
      let after = end + 1;
      while (after < info.length && info[after].kind === LineKind.Paragraph && !info[after].blockStart) after++;
      while (after < info.length && info[after].kind === LineKind.Blank) after++;
      if (after - end <= 3 && after < info.length && info[after].kind === LineKind.ListItem) end = after;
    }
    // ("■ 라이트닝 토크" then "1. …", "2. …": a plain text's mark before the label, read as a paragraph's label.)
    const marked = li.kind === LineKind.ListItem && LABEL_MARKS.includes(structure.lines[i].trimStart()[0] ?? '');
    if (li.kind === LineKind.ListItem && !marked) while (end < info.length && info[end].kind === LineKind.ListItem && (!info[end].blockStart || info[end].level > li.level)) end++;
    else while (end < info.length && (info[end].kind === LineKind.ListItem || info[end].kind === LineKind.Blank || (info[end].kind === LineKind.Paragraph && !info[end].blockStart))) end++;
    const items = candidates.filter((c) => c.source === 'bullet' && c.line > i && c.line < end && !taken.has(c.line) && c.parsed.strongSpeakers && c.parsed.speakers.length > 0 && !isNonTalkTitle(c.parsed.title));
    for (const c of items) {
      chosen.talks.push(c);
      taken.add(c.line);
    }
    // ("16:30 – 17:00  Lightning talks (3x)" then "    - Title — Noor Haddad (Brugwerk)": items markdown reads deeper than
    // the first level, which are no candidates, read here; the list's first level only.)
    let level = 0;
    for (let j = i + 1; j < end; j++) {
      const item = info[j];
      // ("   5-1. 「Title」 上田 大輔" under "5. 16:10-16:40 LT大会（3本）": a plain text's numbered lines, one paragraph with the label.)
      const subNumbered = (item.kind === LineKind.Paragraph || item.kind === LineKind.ListItem) && !item.blockStart && SUB_NUMBER.test(item.content);
      // ("ignite talks (5 min):" then "[Title](url) — Name" at the margin, its notes as items under it: a line of the
      // label's paragraph, or one markdown reads as an item's continuation.)
      const atMargin = (item.kind === LineKind.Paragraph || item.kind === LineKind.ListItem) && !item.blockStart && !subNumbered && MARGIN_TALK_START.test(structure.lines[j]);
      if ((item.kind !== LineKind.ListItem || !item.blockStart) && !subNumbered && !atMargin) continue;
      if ((level && !atMargin && item.level !== level) || taken.has(j)) continue;
      const candidate = candidates.find((c) => c.line === j);
      if (candidate) {
        // (A line at the margin may be a candidate of another layout already: it joins the talks as read there.)
        if (atMargin && candidate.parsed.strongSpeakers && candidate.parsed.speakers.length && !isNonTalkTitle(candidate.parsed.title)) {
          chosen.talks.push(candidate);
          taken.add(j);
          added = true;
        }
        continue;
      }
      if (!atMargin) level = item.level;
      const parsed = check.talkLine(item.content);
      if (!parsed?.title || !parsed.strongSpeakers || !parsed.speakers.length || isNonTalkTitle(parsed.title)) continue;
      chosen.talks.push({ line: j, parsed, speakerLine: null, source: 'bullet', level: 0, evidence: true });
      taken.add(j);
      added = true;
    }
  }
  if (added) chosen.talks.sort((a, b) => a.line - b.line);
  // "◆【LT】Title ／ Name", "- [LT] Title — Name": an item labelled as a lightning talk, its speakers named with confidence.
  let labelled = false;
  for (const c of candidates) {
    if (c.source !== 'bullet' || !c.parsed.strongSpeakers || taken.has(c.line)) continue;
    const content = info[c.line].content;
    if (!mayBeLightningLabel(content) || !LIGHTNING_LABELLED.test(content) || !c.parsed.speakers.length || isNonTalkTitle(c.parsed.title)) continue;
    chosen.talks.push(c);
    taken.add(c.line);
    labelled = true;
  }
  if (labelled) chosen.talks.sort((a, b) => a.line - b.line);
}
/**
 * Items of the same list as chosen talks, at their level, that name their speakers with confidence: talks too, whatever
 * layout the other items' speakers took ("- Title — [[Name]]" among "- Title" items with "speaker:: Name" under them).
 */
export function siblingItems(structure: NoteStructure, candidates: Candidate[], chosen: Chosen): void {
  const { info } = structure;
  const items = chosen.talks.filter((t) => info[t.line].kind === LineKind.ListItem);
  if (!items.length) return;
  const taken = new Set(chosen.talks.map((t) => t.line));
  const backwards = items.slice().reverse();
  let added = false;
  for (const c of candidates) {
    if (taken.has(c.line) || info[c.line].kind !== LineKind.ListItem || !info[c.line].blockStart || !c.parsed.strongSpeakers || !c.parsed.speakers.length || isNonTalkTitle(c.parsed.title)) continue;
    const level = info[c.line].level;
    // The nearest chosen item after it (or before it) at its level, with nothing but that list's lines (and paragraphs) between.
    const near = items.find((t) => info[t.line].level === level && t.line > c.line) ?? backwards.find((t) => info[t.line].level === level && t.line < c.line);
    // (And written as it is, its marker and indentation the same: notes under a numbered talk may be bullets of its depth.)
    if (!near || !sameMarker(structure.lines[c.line], structure.lines[near.line])) continue;
    const [from, to] = near.line > c.line ? [c.line, near.line] : [near.line, c.line];
    let sameList = true;
    // (A break's line may come between: "-- break, 10 min --". A heading or a rule starts another part.)
    for (let k = from + 1; k < to && sameList; k++) if (info[k].kind !== LineKind.ListItem && info[k].kind !== LineKind.Blank && info[k].kind !== LineKind.Paragraph) sameList = false;
    if (!sameList) continue;
    chosen.talks.push(c);
    taken.add(c.line);
    added = true;
  }
  if (boldSiblings(structure, chosen, taken) || added) chosen.talks.sort((a, b) => a.line - b.line);
}

/**
 * "- **Title**" with its notes nested under it, in a list where two items or more written so are talks: a talk too,
 * though it names no speakers ("  - Video: … (the speaker's name in its description)"). Not an item that holds talks
 * ("- **라이트닝 토크**" over them), nor one of the writer's own parts. Returns whether any was added.
 */
function boldSiblings(structure: NoteStructure, chosen: Chosen, taken: Set<number>): boolean {
  const { info, lines } = structure;
  const bold = chosen.talks.filter((t) => info[t.line].kind === LineKind.ListItem && BOLD_LINE.test(lines[t.line]));
  if (bold.length < 2) return false;
  let added = false;
  const first = bold[0].line;
  const level = info[first].level;
  for (let b = first + 1; b < info.length; b++) {
    const li = info[b];
    // (A heading or a rule ends the list.)
    if (li.kind === LineKind.Heading || li.kind === LineKind.Rule) break;
    if (taken.has(b) || li.kind !== LineKind.ListItem || li.level !== level || !BOLD_LINE.test(lines[b]) || !sameMarker(lines[b], lines[first])) continue;
    if (b + 1 >= info.length || info[b + 1].kind !== LineKind.ListItem || info[b + 1].level !== level + 1) continue;
    let end = b + 1;
    while (end < info.length && !(info[end].kind === LineKind.ListItem && info[end].level <= level) && info[end].kind !== LineKind.Heading) end++;
    if (chosen.talks.some((t) => t.line > b && t.line < end)) continue;
    const raw = lines[b].slice(li.contentStart).trimEnd();
    const title = raw.slice(2, -2).trim();
    if (isNonTalkTitle(title) || isWritersOwnSection(title) || SENTENCE_END.test(title) || LIGHTNING_SECTION.test(title)) continue;
    const at = raw.indexOf(title);
    chosen.talks.push({ line: b, parsed: { title, speakers: [], strongSpeakers: false, keynote: isKeynote(title), quoted: false, titleStart: at, titleEnd: at + title.length, time: null }, speakerLine: null, source: 'bullet', level: 0, evidence: false });
    taken.add(b);
    added = true;
  }
  return added;
}

/**
 * A note whose writing drifts: talks under their own headings first, then, under a heading of a higher level that holds
 * none of them ("## Afternoon (formatting gets lazy from here)"), a list whose items name their speakers with confidence
 * ("- Title — Name, Org"). Two such items or more in that section are its talks.
 */
export function driftedSections(structure: NoteStructure, candidates: Candidate[], chosen: Chosen): void {
  if (chosen.mode === 'plain') return driftedItems(structure, candidates, chosen);
  if (chosen.mode !== 'heading' || chosen.level < 2 || chosen.talks.length < 2) return;
  const { info } = structure;
  const taken = new Set(chosen.talks.map((t) => t.line));
  let added = false;
  // (After the first of them: a list above the headings is their programme, not talks of its own.)
  const first = Math.min(...chosen.talks.map((t) => t.line));
  for (let h = first + 1; h < info.length; h++) {
    // (A part of the day, "## Afternoon (…)", is such a section; the writer's summary or tasks are not: "## 所感・ネクストアクション".)
    if (info[h].kind !== LineKind.Heading || info[h].level >= chosen.level || isWritersOwnSection(info[h].content)) continue;
    let end = h + 1;
    while (end < info.length && !(info[end].kind === LineKind.Heading && info[end].level <= info[h].level)) end++;
    if (chosen.talks.some((t) => t.line > h && t.line < end)) continue;
    const items = candidates.filter((c) => c.line > h && c.line < end && !taken.has(c.line) && info[c.line].kind === LineKind.ListItem && info[c.line].blockStart && c.parsed.strongSpeakers && c.parsed.speakers.length > 0 && !isNonTalkTitle(c.parsed.title));
    if (items.length < 2) continue;
    for (const c of items) {
      chosen.talks.push(c);
      taken.add(c.line);
    }
    added = true;
    h = end - 1;
  }
  if (added) chosen.talks.sort((a, b) => a.line - b.line);
}

/**
 * The same drift in a note without headings: talks on lines of their own ("TALK 2: Title" over "Speaker: Name (Org)"),
 * then, no deeper than those lines (not a talk's own notes), two list items or more in a row that name their speakers
 * with confidence ("* Title [Name, Org]").
 */
function driftedItems(structure: NoteStructure, candidates: Candidate[], chosen: Chosen): void {
  if (chosen.talks.length < 2 || chosen.talks.some((t) => t.source !== 'plain')) return;
  const { info, lines } = structure;
  const taken = new Set(chosen.talks.map((t) => t.line));
  const first = Math.min(...chosen.talks.map((t) => t.line));
  const indent = Math.min(...chosen.talks.map((t) => indentOf(lines[t.line])));
  const items = candidates.filter((c) => c.line > first && !taken.has(c.line) && info[c.line].kind === LineKind.ListItem && info[c.line].blockStart && info[c.line].level === 1 && indentOf(lines[c.line]) <= indent && c.parsed.strongSpeakers && c.parsed.speakers.length > 0 && !isNonTalkTitle(c.parsed.title) && !underWritersOwnSection(structure, c.line));
  let added = false;
  for (let k = 0; k < items.length; ) {
    // (A run: the same list, no chosen talk between its items.)
    let end = k + 1;
    while (end < items.length && sameMarker(lines[items[end - 1].line], lines[items[end].line]) && !chosen.talks.some((t) => t.line > items[end - 1].line && t.line < items[end].line) && sameList(structure, items[end - 1].line, items[end].line)) end++;
    if (end - k >= 2) {
      for (let j = k; j < end; j++) chosen.talks.push(items[j]);
      added = true;
    }
    k = end;
  }
  if (added) chosen.talks.sort((a, b) => a.line - b.line);
}

/** Under a heading of the writer's own part ("## 총평 / 후속 액션": its "- [ ] task — Name" are no talks). */
function underWritersOwnSection(structure: NoteStructure, line: number): boolean {
  for (let l = line - 1; l >= 0; l--) if (structure.info[l].kind === LineKind.Heading) return isWritersOwnSection(structure.info[l].content);
  return false;
}

/**
 * Two talks' items of one list: nothing between them but their continuation lines, deeper items, blank lines and
 * breaks ("- lunch"). (An item between that is no talk makes it a list of the writer's remarks.)
 */
function sameList(structure: NoteStructure, a: number, b: number): boolean {
  const { info, lines } = structure;
  for (let l = a + 1; l < b; l++) {
    const k = info[l].kind;
    if (k === LineKind.Blank) continue;
    if (k === LineKind.ListItem) {
      if (!info[l].blockStart || info[l].level > info[a].level || isNonTalkTitle(info[l].content)) continue;
      return false;
    }
    if (k === LineKind.Paragraph && indentOf(lines[l]) > 0) continue;
    return false;
  }
  return true;
}

/** "## Summary / next actions", "## 所感・ネクストアクション": a part the writer keeps for their own words, not a part of the day. */
function isWritersOwnSection(heading: string): boolean {
  if (heading.split(/\s*[・/&、,]\s*/u).some((part) => CLOSING_SECTION.test(part))) return true;
  return isNonTalkTitle(heading) && !NOT_A_TALK.test(normTitle(heading.replace(/\s*[(（][^()（）]*[)）]\s*$/u, '')));
}

/** Two list items' lines with the same indentation and the same kind of marker (the same bullet, or numbers). */
function sameMarker(a: string, b: string): boolean {
  const ma = /^(\s*)(\d+|\S)/u.exec(a);
  const mb = /^(\s*)(\d+|\S)/u.exec(b);
  if (!ma || !mb || ma[1] !== mb[1]) return false;
  return /^\d/u.test(ma[2]) ? /^\d/u.test(mb[2]) : ma[2] === mb[2];
}
// ("   5-1. 「Title」 Name", "　　①『Title』　〔Name／Org〕": a line numbered under the label's, indented by any spaces.)
// ("    LT2 Title / Name (Org)": a lightning talk's number, under the label's line in a plain text.)
const SUB_NUMBER = /^[\s\u3000]*(?:\d{1,2}[-.]\d{1,2}\.?\s|[①-⑳]|(?:LT|ＬＴ)\s?\d{1,2}[\s.:：)])/u;
const LIGHTNING_LABELLED = new RegExp(String.raw`^(?:[${LABEL_MARKS}]\s*)?(?:【\s*(?:LT|ＬＴ|ライトニング\s*トーク|라이트닝\s*토크|lightning(?:\s*talk)?)\s*\d{0,2}\s*】|\[\s*(?:LT|lightning(?:\s*talk)?|라이트닝(?:\s*토크)?)\s*\d{0,2}\s*\])`, 'iu');
/** A line at the margin that starts with a letter, a quote or a link's bracket (not a list's mark, not a time). */
const MARGIN_TALK_START = /^(?:\[(?!\s*\])|["“「『]|\p{L})/u;
