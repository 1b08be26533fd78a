// An event's name, date and venue: from front matter, the title, the first lines, or prose.
import { LineKind, type LineInfo, type NoteStructure } from '../structure';
import { withoutWikiBrackets } from '../text';
import { findDates, findMonthDay, hasDigit, isDateLike, parseDateValue, type FoundDate } from './dates';
import { ATTENDANCE_SUFFIX, boldLabelField, BRACKETED_ALONE, DAY_WORDS, DRAWN_LINE, EN_WEEKDAY, EVENT_SITE_SUFFIX, EVENT_WORDS, FRONT_MATTER_SPEAKER_KEYS, namesYearLog, ORG_PLANNING } from './vocabulary';

export interface EventInfo {
  name: string;
  nameLine: number;
  nameStart: number;
  nameEnd: number;
  date: string | null;
  endDate: string | null;
  location: string | null;
}

function str(v: unknown): string | null {
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (typeof v === 'number') return String(v);
  return null;
}

/** "나와의 채팅", "나에게 보내기": KakaoTalk's chat with oneself, a memo's room, not the event. */
const SELF_CHAT = /나와의\s*채팅|나에게\s*보내기/u;

/** "밋업 후기", "컨퍼런스 참관기", "meetup recap": a post's kind in brackets before its title. */
const POST_KIND = /^(?:밋업|모임|세미나|컨퍼런스|행사|meetup|conference|event|イベント|勉強会|カンファレンス)\s*(?:후기|참관기|참석기|리뷰|정리|review|recap|notes?|レポート|参加記|参加レポート)?$/iu;

const WRITING_BEFORE_DASH = /^(?:(?:live\s+)?thread(?:\s+draft)?|(?:my\s+)?notes?|recap(?:\s*(?:\+|&|and)\s*slides)?|write-?up|memo|메모|후기|メモ)\s*[—–-]\s+/iu;
/** "Fwd: ", "Re: Fw: ": a mail's marks of a forward or an answer before its subject. */
// (A space after the colon: "re:Invent 2024" is a name.)
const MAIL_REPLY_MARKS = /^(?:(?:re|fwd?|fw)\s*:\s+)+(?=\S)/iu;

/** A sentence (its ending in Korean or Japanese, or its mark), then a dash and more. */
const SENTENCE_THEN_NAME = /^(.{4,}?(?:습니다|었다|였다|했다|어요|아요|ました|でした|[!！?？]))\s+[-–—―]\s+(\S.{3,})$/u;

/** Whether a text names an event by a word of one ("meetup", "KubeCon", "勉強会"), not only by a number or a year ("#37", "vol.5", "2025"). */
function namesEventByWord(text: string): boolean {
  return EVENT_WORDS.test(text.replace(/#\s?\d+|\bvol\.?\s?\d{1,3}\b|\b(?:19|20)\d{2}\b/giu, ' '));
}

/** Removes "참석기", "に行ってきた", ": Day 2", "[후기]" and the like from a title to get the event's name. */
export function cleanEventName(s: string): string {
  // ("KubeCon Europe 2024 -- Paris": two hyphens typed for a dash; read as one, when the name is cut at it.)
  if (s.includes(' -- ')) {
    const dashed = cleanEventName(s.replace(/ -- /g, ' — '));
    if (!dashed.includes(' — ')) return dashed;
  }
  // "[[HashiCorp User Group Tokyo]] Vol.21 #meetup #hashicorp": an outline's item, its links and tags.
  let t = (s.includes('[[') ? withoutWikiBrackets(s) : s).replace(/(?:\s+#[^\s#\d][^\s#]*)+\s*$/u, '').trim();
  // "===== DevOpsDays Seoul 2025 =====", "━━ Name ━━": decoration around a plain-text title (drawn with two box lines too).
  t = t.replace(/^(?:[-=*~#]{3,}|[\u2500-\u257f]{2,})\s*|\s*(?:[-=*~#]{3,}|[\u2500-\u257f]{2,})$/gu, '');
  // ("★ Cloud Native Seoul 2023", "HUG Tokyo Conference 2023 ★": the writer's mark for the year's main event.)
  t = t.replace(/^[★☆⭐]+\s*|\s*[★☆⭐]+$/gu, '');
  // ("Fwd: Recap + slides — Berlin SRE Meetup #41": a mail forwarded or answered, its subject after the mark.)
  if (t.length > 5 && (t[0] === 'F' || t[0] === 'f' || t[0] === 'R' || t[0] === 'r')) t = t.replace(MAIL_REPLY_MARKS, '');
  // "thread draft — ReliabilityConf EU 2024", "notes - HUG Berlin #14": the writing's kind before a dash, the event after it.
  const kind = WRITING_BEFORE_DASH.exec(t);
  if (kind && EVENT_WORDS.test(t.slice(kind[0].length))) t = t.slice(kind[0].length);
  // "Subject: KubeCon EU 2024 notes", "件名：【共有】…": a mail's subject line (first: a label in brackets may follow).
  // ("Reminder: HUG Berlin #31 - …": a meetup site's reminder, the event after its word.)
  // ("X-WR-CALNAME:HashiConf 23": an iCalendar file's name for its calendar.)
  const unlabelled = t.replace(/^(?:subject|件名|제목|X-WR-CALNAME)\s*[:：]\s*(?:(?:re|fwd?|fw)\s*:\s*)*/iu, '');
  const subject = unlabelled !== t;
  t = unlabelled.replace(/^(?:reminder|invitation|updated invitation|rsvp)\s*:\s*(?=\S)/iu, '');
  // ("[Reminder] Webinar "Secrets Sprawl Is Real" starts in 1 hour": the name quoted after the kind of event.)
  const quotedName = QUOTED_AFTER_KIND.exec(t.replace(/^(?:\[[^\]]{1,12}\]|【[^】]{1,12}】)\s*/u, ''));
  if (quotedName) t = quotedName[1].trim();
  // "[IaC 코리아 정기 밋업 #31]", "【HUG Tokyo #18】": the whole name in brackets.
  t = t.replace(/^\[([^\[\]]{4,80})\]$|^【([^【】]{4,80})】$/u, (_m, a: string | undefined, b: string | undefined) => (a ?? b ?? '').trim());
  // "[AWS Summit Seoul 2024] 1일차 참관 후기 - …": the event in brackets, the writer's words after it (or a mail's subject
  // after it: "[DevOpsDays Berlin 2024] Your programme for Day 1").
  const bracketed = /^(?:\[([^\]]{4,60})\]|【([^】]{4,60})】)\s*(.+)$/u.exec(t);
  // (Not "[밋업 후기] 클라우드 인프라 서울 밋업 …": a bracket of the post's kind, no name in it.)
  // ("Subject: [Platform Weekly #37] KubeCon EU London special": a newsletter's issue in brackets, the event after it.)
  const issueFirst = bracketed !== null && subject && !namesEventByWord(bracketed[1] ?? bracketed[2]) && namesEventByWord(bracketed[3]);
  if (issueFirst) t = bracketed[3].trim();
  else if (bracketed && EVENT_WORDS.test(bracketed[1] ?? bracketed[2]) && !POST_KIND.test((bracketed[1] ?? bracketed[2]).trim()) && (subject || ATTENDANCE_SUFFIX.test(bracketed[3]) || /참관|참석|후기|参加|レポート|recap|notes/iu.test(bracketed[3]))) t = (bracketed[1] ?? bracketed[2]).trim();
  // ("[김도윤] [오후 1:52] …": a chat's sender and time, two brackets.)
  t = t.replace(/^(?:(?:\[[^\]]{1,12}\]|【[^】]{1,12}】)\s*){1,2}/u, '');
  // "(1) HUG Seoul 16차 밋업", "① …": the number of one of several events in a note.
  t = t.replace(/^(?:[(（]\d{1,2}[)）]|[①-⑳])\s*(?=\S)/u, '');
  // ("Trip report - Harbor Infra Summit 2024": a dash after the label.)
  t = t.replace(/^(?:(?:my )?notes?(?: (?:from|on))?|recap(?: of)?|(?:(?:trip|event|meetup|conference) )?report(?: from)?|highlights(?: from)?)(?: our)?\s*[:：\-–—]?\s+/i, '');
  // "出張報告: KubeCon Japan 2025", "참관 후기 - KCD Seoul": a report's label before the name.
  // ("출장 결과 보고 — AWS Summit Seoul 2024": the report of the trip's results.)
  t = t.replace(/^(?:出張報告|参加報告|参加レポート|参加メモ|聴講メモ|参加記|(?:참관|출장|참석|참가)\s*(?:결과\s*)?(?:보고서?|후기|기|메모))\s*(?:[:：]|\s[-–—]\s)\s*(?=\S)/u, '');
  // "Day 2 — DevOps Kansai Day 2025": a trip's day, then the event it was at.
  t = t.replace(/^(?:day\s*\d{1,2}|\d{1,2}\s*일차|\d{1,2}日目)\s*[-–—:：]\s+(?=\S{2})/iu, '');
  // "HanseOps 2024, day 2 — recap for the team wiki", "TokyoOps Summit 2025 — day 1 (2025-05-15), Hall B": the day of the
  // event and what follows it, after a comma or a dash, are no part of its name.
  // ("DevOpsDays Berlin, day one (21.05.2024) at …": the day in a word.)
  const dayAfter = /(?:,\s+|\s+[-–—]\s+)(?:day\s*(?:\d{1,2}|one|two|three|four|five)|(?:first|second|third|fourth|last|final)\s+day)\b.*$/iu.exec(t);
  if (dayAfter && dayAfter.index >= 4 && EVENT_WORDS.test(t.slice(0, dayAfter.index))) t = t.slice(0, dayAfter.index);
  // "오후 1:33 SRE 코리아 판교 밋업 #18": a message's time. ("09:30 | Room E102 | Platform Engineering Day": a bar after it.)
  t = t.replace(/^(?:(?:오전|오후|午前|午後)\s?)?\d{1,2}[:：]\d{2}(?:\s?[ap]\.?m\.?(?![\p{L}]))?\s+(?:[|｜·•]\s+)?(?=\S)/iu, '');
  // "판교 인프라 밋업 님과 카카오톡 대화": a KakaoTalk room's export.
  t = t.replace(/\s*님과\s*카카오톡\s*대화$/u, '');
  // "2024.09.07 AWS Community Day Korea": a date before the name is not part of it.
  // ("Thu 27 Mar 2025 — Osaka HUG vol.12": its weekday first; "2025-03-06 · Berlin …": a middle dot after it.)
  const leading = findDates(t)[0];
  const weekday = leading && leading.start > 0 && leading.start <= 10 && /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s+$/i.test(t.slice(0, leading.start));
  if (leading && (leading.start === 0 || weekday) && t.slice(leading.end).trim().length >= 3) {
    t = t.slice(leading.end).replace(/^[\s,:：\-–—|/·•]+/u, '');
    // ("2023/09/22(金) 晴れ ― SRE Kaigi 2023": a diary's day and its weather, then the event after a dash.)
    const remark = /^([^-–—―|]{1,12}?)\s+[-–—―|]\s+(?=\S)/u.exec(t);
    if (remark && !EVENT_WORDS.test(remark[1]) && EVENT_WORDS.test(t.slice(remark[0].length))) t = t.slice(remark[0].length);
  }
  // "Mar 4 — Berlin HashiCorp User Group #31", "3월 4일 - 밋업": a month and day, then a separator.
  // ("Wed 20 Mar — Platform Summit Amsterdam": a journal's entry, its weekday first.)
  const undated = t.replace(LEADING_WEEKDAY, '');
  const monthDay = /^[\da-z]/i.test(undated) ? findMonthDay(undated, 2000) : null;
  if (monthDay && monthDay.start === 0 && /^\s*[-–—:|·]\s+\S.{2}/u.test(undated.slice(monthDay.end))) t = undated.slice(monthDay.end).replace(/^\s*[-–—:|·]\s+/u, '');
  // "11/23 (土) Platform Engineering Meetup Tokyo #9": a month and day, and its weekday.
  t = t.replace(/^\d{1,2}\/\d{1,2}(?:\s*[(（][^()（）]{1,9}[)）])?\s+(?=\S.{2})/u, '');
  // ("쿠버네티스 밋업에서 "운영 지옥" 탈출법을 배워왔습니다 — Kubernetes Korea Group 9월 정기 밋업 후기": a post's catchy
  // sentence, then the event after a dash.)
  const told = SENTENCE_THEN_NAME.exec(t);
  if (told && EVENT_WORDS.test(told[2].replace(/(?:19|20)\d{2}/gu, ' '))) t = told[2];
  // "HashiTalks Japan 2025 / 2025-02-20 / Online": the name ends where a dated part begins.
  const SEGMENT = /\s*,\s+|\s+(?:--|[/|｜·•／\-–—])\s+/gu;
  for (let m = SEGMENT.exec(t); m; m = SEGMENT.exec(t)) {
    // Not inside parentheses: "(Paris, March 19-22, 2024)" is dropped whole below.
    const open = openParentheses(t.slice(0, m.index));
    if (open > 0) continue;
    // ("— Wed Jan 24, 2024, …": a weekday may come first; "— Thursday night (5/8), …": a day without its year, after a name of an event.)
    const after = t.slice(m.index + m[0].length);
    const rest = after.replace(LEADING_WEEKDAY, '');
    const dated = hasDigit(after) && (findDates(rest).some((d) => d.start === 0) || findMonthDay(rest, 2000)?.start === 0 || ((findMonthDay(after, 2000)?.start ?? 99) <= 24 && EVENT_WORDS.test(t.slice(0, m.index))));
    if (m.index > 0 && dated) {
      t = t.slice(0, m.index);
      break;
    }
  }
  // "인프콘 2024 - 인프라 세션": the name ends with its year; what follows is the writer's subtitle.
  // ("HUG Berlin #31 - hands-on workshop + 2 short talks", "SRE 밋업 12회 - …": its number, in the same way.)
  const subtitle = /^(.{2,60}?(?:(?:19|20)\d{2}|#\d{1,4}|\bvol\.?\s?\d{1,4}|\d{1,4}\s?(?:차|회)|第\d{1,4}回))\s+[-–—:|]\s+(.+)$/iu.exec(t);
  if (subtitle && !/(?:19|20)\d{2}/.test(subtitle[2].replace(/\s*[(（][^()（）]*[)）]\s*$/u, '')) && EVENT_WORDS.test(subtitle[1])) t = subtitle[1];
  // "#infra-chatter — exported 2025-06-12": an export's note after a channel's name.
  t = t.replace(/\s+[-–—|]\s+(?:exported|saved|export|저장|내보내기|エクスポート|保存)\b.*$/iu, '');
  // "HashiCorp User Group Tokyo Vol.21 - connpass": the event site's name after a page's title.
  t = t.replace(EVENT_SITE_SUFFIX, '');
  // "CloudNative Days Tokyo 2023 参加レポート：Istio Ambient、…": the write-up's word, then its subtitle.
  // ("外部イベント参加報告: 俺たちのTerraform勉強会 #7": a report's kind before the colon, the event after it.)
  // ("HUG Tokyo #52 に行ってきた：Terraform Stacks から …": the words for going there, then the post's subtitle.)
  t = t.replace(/^(.{4,}?)\s*(?:参加レポート|参加報告|参加記|レポート|참석기|참관기|후기|recap|write-?up|notes|に行ってきた|に行ってきました|に参加してきた|に参加してきました|に参加しました)\s*[:：]\s*(\S.*)$/iu, (_m, before: string, after: string) => (!EVENT_WORDS.test(before) && EVENT_WORDS.test(after) ? after : before));
  // "AWSKRUG 컨테이너 소모임 왔습니다~ 사람 많네요", "JAWS-UG 横浜に来ました！": a message saying the writer came to it.
  const came = ARRIVED.exec(t) ?? WENT.exec(t);
  if (came && EVENT_WORDS.test(came[1])) t = came[1];
  // "KubeCon EU 2025 London - talks I actually made it to": the writer's own words after the name.
  const remark = /\s[-–—|]\s/u.test(t) ? /^(.{4,}?)\s+[-–—|]\s+(.+)$/u.exec(t) : null;
  if (remark && EVENT_WORDS.test(remark[1]) && /\b(?:I|I'm|my|we|our|me)\b|내가|제가|私|僕|俺/u.test(remark[2])) t = remark[1];
  for (let guard = 0; guard < 4; guard++) {
    const before = t;
    t = t.replace(ATTENDANCE_SUFFIX, '');
    // "福岡インフラ勉強会 #7 参加メモ 2024/6/8", "KubeCon EU notes 2024-03-20 (Wed)": the day written last, after the name and
    // the writing's word (the event's date is read apart; a year alone, "KubeCon EU 2024", stays).
    const last = hasDigit(t) ? findDates(t).at(-1) : undefined;
    if (last && last.date.length === 10 && last.start >= 4 && /[\s,:：\-–—|]$/u.test(t.slice(0, last.start)) && TRAILING_WEEKDAY.test(t.slice(last.end))) t = t.slice(0, last.start).replace(WEEKDAY_LAST, '');
    // "SREcon24 EMEA — notes (observability-heavy day)": the write-up's word and the writer's remark on it.
    const remarked = t.endsWith(')') || t.endsWith('）') ? t.replace(/\s*[(（][^()（）]*[)）]\s*$/u, '') : t;
    if (remarked !== t && /[-–—|:]\s*(?:notes?|memo|recap|메모|노트|후기|メモ|まとめ)\s*$/iu.test(remarked)) t = remarked.replace(ATTENDANCE_SUFFIX, '');
    // "HashiCorp User Group Tokyo #14 〜Terraform LT祭り〜": a subtitle between wave dashes.
    t = t.replace(/\s*[〜～][^〜～]{1,40}[〜～]$/u, '').replace(/^[\p{Extended_Pictographic}\uFE0F\u200D]+\s*/u, '');
    // "부산 쿠버네티스 밋업 7회 ㄱㄱ": the writer's letters of a chat ("let's go", a laugh).
    t = t.replace(/\s+[ㄱ-ㅎㅏ-ㅣ]{2,}$/u, '');
    // "클라우드 네이티브 부산 밋업 #2 🌊": an emoji.
    t = t.replace(/[\s\p{Extended_Pictographic}\uFE0F\u200D]+$/u, '');
    // A date, a day, or a remark ("(Paris)", "（オンライン開催）") after a name that says it is an event on its own.
    t = t.replace(/\s*[(（][^()（）]*[)）]\s*$/u, (m) => (/\d{4}|[월日年]/.test(m) || isDateLike(m) || DAY_OF_EVENT.test(m.trim().slice(1, -1)) || namesEventWithout(t, m) ? '' : m));
    // "클라우드 인프라 밋업 #7 @판교": the place after an at sign (not inside a parenthesis).
    const at = /\s+[@＠]\s*[^\s@＠#][^@＠#()（）]{0,30}$/u.exec(t);
    if (at && openParentheses(t.slice(0, at.index)) === 0) t = t.slice(0, at.index);
    // "KubeCon EU 2024 - Day 2", "인프라콘 2024 1일차": the note's day, not the event's name.
    // Only after the year or a separator: "DevOps Day 3" may be the series' name.
    // ("Infra Reliability Day 2024" is a name with its year: a day has one or two digits.)
    const day = DAY_AFTER_NAME.exec(t);
    if (day && day.index >= 3) t = t.slice(0, day.index);
    t = t.replace(/[\s:：\-–—|,]+$/u, '');
    if (t === before) break;
  }
  // ("Sidecars Are Dying and Nobody Is Sad: My InfraDays Berlin 2023 Recap": a post's catchy title, then the event after a colon.)
  // (A headline of three words or more: "HashiTalks: Seoul 2024" is a name.)
  const headline = /^(\S+(?:\s+\S+){2,}?)[:：]\s+(?:(?:my|our)\s+)?(\S.{3,})$/iu.exec(t);
  if (headline && !EVENT_WORDS.test(headline[1]) && EVENT_WORDS.test(headline[2])) t = headline[2];
  // ("vol.5  2024年5月16日(木) 19:00- 梅田": a series' number alone, then the day, the time and the place.)
  const numbered = SERIES_NUMBER_FIRST.exec(t);
  if (numbered && findDates(t)[0]?.start === numbered[0].length) t = numbered[1];
  // "「インフラ技術フォーラム関西 2024」" (what was left of "件名：「…」参加報告"): the whole name in quotes.
  const quoted = /^[「『"“]([^「『」』"“”]{4,80})[」』"”]$/u.exec(t);
  if (quoted) t = quoted[1].trim();
  return embeddedEventName(t) ?? (t || s.trim());
}

const SERIES_NUMBER_FIRST = /^((?:#|no\.?\s*|vol\.?\s*|第|제\s?)\d{1,4}(?:회|回|차)?)[\s,:：\-–—|·]+/iu;

/**
 * The event's name inside a sentence that is the note's title: "Three days at SREcon25 Americas:
 * what actually stuck with me", ":wave: Quick recap from *SRE NEXT 2024* day 1 for folks who…",
 * "DevOpsDays Amsterdam recap (3 talks worth your time) + Tech Talk Day notes". A run of
 * capitalised words (or numbers) after "at", "from" or "of", or before a report's word, that has
 * an event's word or a number in it. Null when the title is no such sentence.
 */
function embeddedEventName(t: string): string | null {
  // "今日は…で Kubernetes Meetup Osaka #15。2024/2/16（金）、仕事早退して参加", "오늘 HashiCorp Korea User Group (HUG Seoul) 9월
  // 밋업 실시간 스레드입니다!": a sentence in Korean or Japanese, the event's name in Latin letters inside it.
  if (t.length >= 20 && CJK_SENTENCE.test(t)) {
    // ("今日は天神で「SRE勉強会 in 福岡 vol.5」に行ってきた": the name quoted in the sentence.)
    const quoted = /[「『]([^「」『』]{3,60})[」』]/u.exec(t);
    if (quoted && EVENT_WORDS.test(quoted[1].replace(YEAR_WORD, ' '))) return quoted[1].trim();
    let best: string | null = null;
    for (const m of t.matchAll(LATIN_NAME_RUNS)) {
      const n = m[0].replace(/[\s:：,.!?]+$/u, '');
      if (n.includes(' ') && EVENT_WORDS.test(n.replace(YEAR_WORD, ' ')) && n.length > (best?.length ?? 5)) best = n;
    }
    if (best) return best;
  }
  if (t.length < 24 || !/[a-z]{2,}\s+[a-z]{2,}/.test(t)) return null;
  const plain = t.replace(/:[a-z0-9_+-]+:/g, ' ').replace(/[*_]+(?=\S)|(?<=\S)[*_]+/g, '').replace(/\s+/g, ' ').trim();
  const named = (name: string | undefined): string | null => {
    // ("day 1 of #HashiConf 2023 from Pier 27": a hashtag's name.)
    const n = name?.replace(/[\s:：,.!?]+$/u, '').replace(/^#(?=\p{L})/u, '');
    return n && n.length >= 4 && (EVENT_WORDS.test(n) || /\d/.test(n)) && /^\p{Lu}|^\d/u.test(n) ? n : null;
  };
  // ("SREcon24 Americas — only made it to day 1 (March 18th 2024), Hyatt Regency …": the name, then the writer's sentences after a dash.)
  const head = t.length >= 50 ? /^(.{4,60}?)\s+(?:—|--|–)\s+\S/u.exec(t) : null;
  if (head && EVENT_WORDS.test(head[1].replace(YEAR_WORD, ' ')) && !/[.!?]\s/u.test(head[1])) return named(NAME_AFTER_GOING.exec(head[1])?.[1]) ?? head[1].trim();
  return named(NAME_THEN_REPORT.exec(plain)?.[1]) ?? named(NAME_AFTER_PREPOSITION.exec(plain)?.[1]) ?? eventNamed(NAME_AFTER_GOING.exec(plain)?.[1]);
}
/** A name after "went to", "for", "attended": only when it says it is an event ("Cloud Builders Singapore meetup"). */
function eventNamed(name: string | undefined): string | null {
  const n = name?.replace(/[\s:：,.!?]+$/u, '');
  // (Not "Your programme for Day 1": a day of the event.)
  return n && n.length >= 4 && EVENT_WORDS.test(n.replace(YEAR_WORD, ' ')) && !/^(?:day|week|part|track|session)\s*\d/iu.test(n) ? n : null;
}
/** What may follow a date that ends a title: its weekday in brackets. */
const TRAILING_WEEKDAY = /^\s*(?:[(（][^()（）]{1,9}[)）])?\s*$/u;
/** "… tue" before such a date ("d1  tue 11 nov 2025"). */
const WEEKDAY_LAST = new RegExp(String.raw`\s+${EN_WEEKDAY}\.?,?\s*$`, 'iu');
/** A line that opens with the word for a programme, alone or before a colon or a bracket. */
/**
 * "週報 2024-W26", "# 업무일지 — 2024년 5월 17일", "WORK LOG — week 44", "[주간 업무 보고] …", "개발 일기 — …", "日報　…", "bujo — …":
 * the title of the writer's own journal or report, which holds the event among the day's or the week's work.
 */
const JOURNAL_TITLE = /^[\[【(（]?\s*(?:週報|日報|月報|業務日誌|作業日誌|作業ログ|주간\s*(?:업무\s*)?보고서?|일일\s*(?:업무\s*)?보고서?|업무\s*일지|업무\s*보고서?|개발\s*일기|작업\s*일지|work\s*log|weekly\s+(?:report|update|notes)|daily\s+(?:notes?|log|report)|dev(?:elopment)?\s+(?:diary|journal|log)|bujo|bullet\s+journal)(?![\p{L}\p{N}])/iu;
/** A line of a year's log that names one of its events: not a sentence, nor a programme's label. */
function namesLogEntry(text: string): boolean {
  const dates = hasDigit(text) ? findDates(text) : [];
  // ("Wed 19 March 2025, Marina Bay Sands Expo & Convention Centre": a line that opens with its day dates and places the entry.)
  if (dates.length && LEADING_WEEKDAY.test(text.slice(0, dates[0].start))) return false;
  return text.length <= 90 && EVENT_WORDS.test(withoutDates(text, dates)) && !/[.。!?]$/u.test(text) && !SENTENCES.test(text) && !PROGRAMME_LABEL.test(text);
}
/** The text without its dates, as found in it ("Cloud Native Seoul 2023 (2023-09-14)": its year stays, its day goes). */
function withoutDates(text: string, dates: FoundDate[]): string {
  let out = '';
  let at = 0;
  for (const d of dates) (out += text.slice(at, d.start) + ' '), (at = d.end);
  return out + text.slice(at);
}
/** Sentences one after another: "… (Mar 20-22 2024). typed on phone …", "…開催。会場は…". */
const SENTENCES = /[\p{L}\p{N}]{2,}[)）]?[.!?]\s+\p{Ll}|[。！？]\s*\S/u;
/** The hours of an event after its day: "(金) 19:00-21:30", " 14:00〜18:00". */
const HOURS_AFTER = /^\s*(?:[(（][^()（）]{1,4}[)）]\s*)?\d{1,2}[:：]\d{2}\s*[-~〜～–]\s*\d{1,2}[:：]\d{2}/u;

/** The year an event's name carries ("KubeCon EU 2024"), not digits inside a longer number. */
function yearInName(name: string): string | undefined {
  return /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(name)?.[1];
}
const PROGRAMME_LABEL = /^(?:agenda|schedule|timetable|programme|program|line-?up|タイムテーブル|アジェンダ|スケジュール|プログラム|시간표|아젠다|일정|프로그램)\s*(?:[(（:：]|$)/iu;
/** A sentence's marks in Korean or Japanese: its stops, or the words of one who went. */
const CJK_SENTENCE = /[。、！？]|입니다|습니다|했다|했음|다녀옴|다녀왔|왔음|참가했|参加した|参加して|今日は|오늘/u;
const LATIN_NAME_RUNS = /[\p{Lu}][\p{L}\d'’&.:+-]*(?:\s+(?:&|\+|#\d{1,4}|[\p{Lu}\d][\p{L}\d'’&.:+-]*))+/gu;
const NAME_RUN = String.raw`[\p{Lu}\d#][\p{L}\d'’&.:+#-]*(?:\s+(?:&|\+|[\p{Lu}\d#][\p{L}\d'’&.:+#-]*))*`;
const NAME_AFTER_PREPOSITION = new RegExp(String.raw`(?:^|\s)(?:at|from|of)\s+(?:the\s+)?(?:(?:tonight|today|yesterday|this\s+year|last\s+(?:week|month|year))['’]s\s+)?(${NAME_RUN})`, 'u');
/** "Went to the Cloud Builders Singapore meetup", "Flew into SF for HashiConf 2023": the name after going (group 1), an event's noun after it kept. */
const NAME_AFTER_GOING = new RegExp(String.raw`(?:^|\s)(?:[Ww]ent\s+to|[Hh]eaded\s+to|for|[Aa]ttended|[Aa]ttending)\s+(?:the\s+)?(${NAME_RUN}(?:\s+(?:meetup|conference|summit|user\s+group|hackathon|night|workshop|unconference))?)`, 'u');
const NAME_THEN_REPORT = new RegExp(String.raw`^(${NAME_RUN})\s+(?:recap|notes|report|trip\s+report|write-?up|takeaways|highlights|summary)\b`, 'u');

const ARRIVED = /^(.{4,}?)\s*(?:에|に)?\s*(?<!다녀)(?:왔습니다|왔어요|왔음|왔다|와\s*있(?:어요|습니다|음)|도착(?:했습니다|했어요|함)?|来ました|来てます|来てる|来た|到着(?:しました)?)(?=[~〜～!！.。…\s]|$)/u;

/** "쿠버네티스 코리아 그룹(KKUG) 부산 밋업 다녀옴. 2024/6/15 …", "…に参加してきた。…": the writer went to it, then another sentence. */
const WENT = /^(.{4,}?)\s*(?:에|을|를|に)?\s*(?:다녀옴|다녀왔(?:다|음|어요|습니다)|갔다\s*옴|참석함|참가함|行ってきた|参加してきた|参加した)[.。!！]\s*\S/u;

// ("| name = KubeCon + CloudNativeCon Europe 2024": a wiki's infobox.)
const EVENT_NAME_LABEL = /^(?:(?:행\s*사\s*명|행사\s*이름|イベント名|イベント名称|event\s+name)\s*[:：]|\|\s*(?:name|event)\s*=)\s*(\S.{1,80}?)\s*$/iu;

/** Whether `text` is only a date, a weekday or a week's number ("Wed 20 Mar 2024", "Tue 15.10.2024", "WEEK 21 / 2024"). */
function onlyADate(text: string): boolean {
  let rest = text;
  for (const d of findDates(text).reverse()) rest = rest.slice(0, d.start) + ' ' + rest.slice(d.end);
  rest = rest.replace(DAY_OR_WEEK, ' ');
  // (Not "#37 -- Wed 24 Jan 2024": a series' number before the day.)
  return !/[\p{L}\d]/u.test(rest);
}
const DAY_OR_WEEK = new RegExp(String.raw`(?<![\p{L}])(?:${EN_WEEKDAY}\.?|(?:week|wk|cw)\s*\d{1,2}|w\d{1,2})(?![\p{L}])|[월화수목금토일]요일|[月火水木金土日]曜日?|\d{1,2}\s*주차|第\d{1,2}週|\b(?:19|20)\d{2}\b`, 'giu');
const WEEKDAY_ALONE = new RegExp(String.raw`^(?:${EN_WEEKDAY}\.?|[월화수목금토일]요일|[月火水木金土日]曜日?)$`, 'iu');
const LEADING_WEEKDAY = new RegExp(String.raw`^${EN_WEEKDAY}\.?,?\s+`, 'i');

/** Parentheses opened and not closed in `s` (negative when more close than open). */
function openParentheses(s: string): number {
  return (s.match(/[(（]/g) ?? []).length - (s.match(/[)）]/g) ?? []).length;
}

/** Whether `name` without its trailing parenthesis `paren` still reads as an event's name (an event word, a number or a year in it). */
function namesEventWithout(name: string, paren: string): boolean {
  const rest = name.slice(0, name.length - paren.length).trim();
  return rest.length >= 6 && EVENT_WORDS.test(rest);
}

const DAY_OF_EVENT = new RegExp(String.raw`^\s*(?:${DAY_WORDS})\s*$`, 'iu');
/** A day at the end of an event's name, after its year or a separator: "KubeCon EU 2024 - Day 2", "인프라콘 2024 둘째 날". */
const DAY_AFTER_NAME = new RegExp(
  String.raw`(?:(?<=\d{4})\s*(?:[-–—:|,/]\s*)?|\s*[-–—:|,/]\s*|\s+(?=\d{1,2}\s*일차|\d{1,2}日目|둘째|첫째|셋째|첫날|마지막\s*날|初日|最終日))(?:${DAY_WORDS}|(?:첫째|둘째|셋째)\s*날|첫날|마지막\s*날|初日|最終日)\s*[!.]*$`,
  'iu',
);

/** Last line of the header: the first talk's line, or a bounded number of lines. */
/** A note app's field about the note: its author, notebook, tags, category. */
const NOTE_FIELD = /^(?:작성(?:자)?|노트북|태그|카테고리|author|notebook|tags?|categor(?:y|ies)|作成者|ノートブック|タグ|カテゴリー?)\s*[:：]/iu;
/** "Host: Dana Whitfield, HUG Online organizer", "사회: …", "ゲスト：…": who ran it or took part, no event's name. */
const PEOPLE_FIELD = /^(?:hosts?|hosted by|moderators?|mc|emcee|guests?|panelists?|사회(?:자)?|진행(?:자)?|모더레이터|게스트|司会|モデレーター|ゲスト|パネリスト)\s*[:：]/iu;

/** A front matter's line, which the front matter's data says; not an AsciiDoc header's ":date: …", read as the note's own lines. */
function isFrontMatter(structure: NoteStructure, li: LineInfo): boolean {
  return li.kind === LineKind.FrontMatter && structure.frontMatter !== null;
}

const YEAR_WORD = /\b(?:19|20)\d{2}\b/gu;
const DAY_NUMBER = /\bday\s?\d\b|\d\s?일차|\d日目/iu;
/** A part of a day's programme: a time of day or a track, alone or with a remark. */
const DAY_PART = /^(?:(?:morning|afternoon|evening|오전|오후|저녁|午前|午後|夕方)(?:\s*(?:sessions?|block|track|세션|の部|セッション))?|(?:track|room|hall|트랙|トラック|ルーム)\s*[a-z0-9]{1,2})(?:\s*[(（][^()（）]{1,20}[)）])?\s*$/iu;

/**
 * The front matter with an event's own mapping lifted to the top ("event:" then "name:", "date:", "venue:"; "meta:" then
 * "event:", "when:", "where:"; TOML's "[event]" table): its name is the event's, its other keys are read where the top
 * level has none.
 */
function eventFields(fm: Record<string, unknown>): Record<string, unknown> {
  let out: Record<string, unknown> | null = null;
  for (const key of ['event', 'meta', 'conference', 'meetup']) {
    const v = fm[key];
    if (!v || typeof v !== 'object' || Array.isArray(v)) continue;
    out ??= { ...fm };
    if (out[key] === v) delete out[key];
    for (const [k, inner] of Object.entries(v as Record<string, unknown>)) {
      const lifted = k === 'name' || k === 'title' ? 'event' : k.toLowerCase();
      if (out[lifted] === undefined) out[lifted] = inner;
    }
  }
  return out ?? fm;
}

/** The first line from `from` to `to` that holds `text`, else `from`. */
function lineHolding(lines: string[], text: string, from: number, to: number): number {
  for (let i = from; i <= to && i < lines.length; i++) if (lines[i].includes(text)) return i;
  return from;
}

export function readEventInfo(structure: NoteStructure, firstTalkLine: number, chrome: Set<number>, section?: { from: number; to: number }, yearHint: number | null = null): EventInfo {
  const { lines, info } = structure;
  // One of several events in a note: its own lines only, and no front matter (it names the note).
  const from = section?.from ?? 0;
  const to = section?.to ?? lines.length;
  const frontMatter = section ? null : structure.frontMatter;
  const headerEnd = Math.min(firstTalkLine >= 0 ? firstTalkLine : to, from + 40, to);
  const fm = eventFields(frontMatter?.data ?? {});

  // Name.
  let name: string | null = null;
  let nameLine = 0;
  let nameStart = 0;
  let nameEnd = 0;
  // A note per talk (`speaker:` in its front matter): its title is the talk's, not the event's.
  const perTalk = FRONT_MATTER_SPEAKER_KEYS.some((k) => k !== 'author' && fm[k] !== undefined && fm[k] !== null);
  for (const key of ['event', 'conference', 'meetup', 'title', 'name']) {
    if (perTalk && key === 'title') continue;
    let v = str(fm[key]);
    // ("title: 週報 2024-W26": the writer's report, not the event it holds.)
    if (v && (key === 'title' || key === 'name') && JOURNAL_TITLE.test(v)) continue;
    if (v) {
      // YAML reads "Meetup #18" unquoted as "Meetup" plus a comment; people mean the number.
      const rawLine = frontMatter!.keyLines.has(key) ? lines[frontMatter!.keyLines.get(key)!] : '';
      const rawValue = /^[^:]+:\s*([^"'\s].*?)\s*$/.exec(rawLine)?.[1];
      if (rawValue && rawValue.startsWith(v) && /\s#/.test(rawValue)) v = rawValue;
      name = key === 'title' || key === 'name' ? cleanEventName(v) : v;
      nameLine = frontMatter!.keyLines.get(key) ?? lineHolding(lines, v, frontMatter!.startLine, frontMatter!.endLine);
      const raw = lines[nameLine];
      const at = raw.indexOf(v);
      nameStart = at >= 0 ? at : 0;
      nameEnd = at >= 0 ? at + v.length : raw.length;
      break;
    }
  }
  /** The first line titles the writer's journal or report (JOURNAL_TITLE): the event is one of its entries. */
  let journal = false;
  /** It titles a log of a year's events (namesYearLog): the event is the entry nearest above the talks. */
  let yearLog = false;
  let logYear: number | null = null;
  let lastEntryLine = -1;
  // "- 행 사 명 : NHN FORWARD 2024", "イベント名：…": a header's line that labels the event's name.
  if (!name) {
    for (let i = from; i < headerEnd; i++) {
      const li = info[i];
      if (li.kind !== LineKind.Paragraph && li.kind !== LineKind.ListItem) continue;
      const m = li.content.length <= 100 ? EVENT_NAME_LABEL.exec(li.content) : null;
      if (!m) continue;
      name = cleanEventName(m[1]);
      nameLine = i;
      const at = lines[i].indexOf(m[1]);
      nameStart = at >= 0 ? at : li.contentStart;
      nameEnd = at >= 0 ? at + m[1].length : li.contentEnd;
      break;
    }
  }
  if (!name) {
    let best = -Infinity;
    let seenContent = 0;
    let scanEnd = headerEnd;
    for (let i = from; i < scanEnd; i++) {
      const li = info[i];
      // (An HTML line: "<!-- drafts for the live thread … -->", a comment the writer left for themselves.)
      if (li.kind === LineKind.Blank || li.kind === LineKind.FrontMatter || li.kind === LineKind.Code || li.kind === LineKind.Rule || li.kind === LineKind.Table || li.kind === LineKind.Html) continue;
      const text = li.content;
      // Past the first twelve lines, only a heading that names an event ("## KubeCon Europe 2024 — day 2" after a journal's todos and meetings).
      // (Under a journal's title any line that names one: "Tue 29 Oct — SRECon24 EMEA day 1 (…)" among the week's entries.)
      if (seenContent >= 12 && !yearLog && ((li.kind !== LineKind.Heading && !journal) || !EVENT_WORDS.test(text.replace(YEAR_WORD, ' ')))) continue;
      if (!text || chrome.has(i)) continue;
      // ("# Wed 20 Mar 2024", "WEEK 21 / 2024": a journal's day or week names no event.)
      // ("일시: 2024년 9월 12일 (목) 19:00~21:30 / 장소: …": the event's labelled date and place.)
      if (hasDigit(text) && (onlyADate(text) || EVENT_DATE_LABEL.test(text))) continue;
      // "==========" around a plain-text title; "From: …", "Date: Mon, 17 Jun …", "宛先：…" of a mail: not the name.
      // ("작성: 나 / 노트북: 컨퍼런스 메모", "Tags: …": a note app's fields about the note itself.)
      if (DRAWN_LINE.test(text) || MAIL_HEADER.test(text) || BRACKETED_ALONE.test(text) || TIMES_ALONE.test(text) || ORG_PLANNING.test(text) || SELF_CHAT.test(text) || NOTE_FIELD.test(text) || PEOPLE_FIELD.test(text)) continue;
      seenContent++;
      if (text.length > 300) continue;
      // In a year's log, the last line above the talks that names an event is their event's entry.
      if (yearLog) {
        if (namesLogEntry(text)) lastEntryLine = i;
        continue;
      }
      let score = 0;
      // The writer's journal or report names no event; the event is one of its entries.
      if (JOURNAL_TITLE.test(text)) {
        if (seenContent === 1) journal = true;
        score -= 6;
      } else if (seenContent === 1 && !section && namesYearLog(text)) {
        journal = yearLog = true;
        logYear = Number(yearInName(text));
        score -= 6;
        // (The year's other events, in a table or a list of months, may fill more than a header's lines.)
        scanEnd = firstTalkLine >= 0 ? firstTalkLine : to;
      }
      // "#infra-meetup — thread export", "#conference #gcp": a channel's or a tag's name, not the event's.
      // ("[#hug-seoul 채널 스레드 복붙 — …]": the channel's name in the writer's bracketed remark.)
      // (Not "#srenext Day1 7/13 (土) @TOC有明": the event's tag heading its day and place.)
      if ((text.charCodeAt(0) === 35 || text.startsWith('[#')) && li.kind !== LineKind.Heading && /^\[?#[^\s#]/u.test(text) && !(seenContent === 1 && hasDigit(text) && (DAY_NUMBER.test(text) || findDates(text).length > 0))) score -= 4;
      // ("2025-03-27, Dogenzaka Hive, Tokyo": a line that opens with its date is the event's date and place, its year no event word.)
      const leading = /^\d/.test(text) ? findDates(text)[0] : undefined;
      if (leading?.start === 0 ? EVENT_WORDS.test(text.slice(leading.end).replace(YEAR_WORD, '')) : EVENT_WORDS.test(text)) score += 3;
      if (ATTENDANCE_SUFFIX.test(text) || ATTENDED_WORDS.test(text)) score += 2;
      if (li.kind === LineKind.Heading) score += li.level === 1 ? 2 : 1;
      // ("## Morning (Track A)", "## 오후 세션", "## 午後の部", "## Track B": a part of the day's programme, not the event.)
      if (li.kind === LineKind.Heading && li.level > 1 && text.length <= 40 && DAY_PART.test(text)) score -= 4;
      if (seenContent === 1) score += 1;
      if (text.length > 90) score -= 3;
      if (/[.。!?]$/.test(text) && !/\.{2,}$/.test(text)) score -= 2;
      // ("notes from all 3 days (Mar 20-22 2024). typed on phone half the time": sentences, one after another.)
      else if (SENTENCES.test(text)) score -= 2;
      if (li.kind === LineKind.ListItem) score -= 2;
      // ("Agenda (from the meetup page, ran ~20 min late):", "タイムテーブル：": the programme's label, not the event.)
      if (PROGRAMME_LABEL.test(text)) score -= 4;
      // ("지난 토요일에 다녀온 **쿠버네티스 코리아 가을 컨퍼런스 2023** (…) 요약 올려요": the event's name in bold inside the
      // writer's sentence about going to it.)
      const bold = li.kind !== LineKind.Heading && text.length > 40 && lines[i].includes('**') ? BOLD_SPAN.exec(lines[i]) : null;
      if (bold && bold[1].length <= 60 && EVENT_WORDS.test(bold[1]) && ATTENDED_WORDS.test(text)) {
        const boldScore = 5 + (seenContent === 1 ? 1 : 0);
        if (boldScore > best) {
          best = boldScore;
          name = cleanEventName(bold[1]);
          nameLine = i;
          nameStart = bold.index + 2;
          nameEnd = bold.index + 2 + bold[1].length;
          continue;
        }
      }
      // ("--- Wednesday, June 11, 2025 ---": a day's line of a chat export names no event.)
      const cleaned = score > best ? cleanEventName(text) : '';
      if (score > best && !WEEKDAY_ALONE.test(cleaned) && !TIMES_ALONE.test(cleaned)) {
        best = score;
        name = cleaned;
        nameLine = i;
        nameStart = li.contentStart;
        nameEnd = li.contentEnd;
      }
    }
  }

  // A year's log: its entry's own lines from its name down, as one of several events' sections.
  if (yearLog && lastEntryLine > from) return readEventInfo(structure, firstTalkLine, chrome, { from: lastEntryLine, to }, logYear ?? yearHint);

  // Date.
  let date: string | null = null;
  let endDate: string | null = null;
  let fmDate = parseDateValue(fm['date'] ?? fm['start_date'] ?? fm['startdate'] ?? fm['start'] ?? fm['when'] ?? fm['日付'] ?? fm['날짜'] ?? fm['開催日'] ?? fm['開催日時'] ?? fm['開催'] ?? fm['日時'] ?? fm['일시'] ?? fm['일자']);
  // ("date: 2024-08-05" over "開催日：2024年8月3日（土）": a post's own date in its front matter; the event's, labelled, wins.)
  if (fmDate && fm['date'] !== undefined && fm['start_date'] === undefined && fm['start'] === undefined && fm['when'] === undefined) {
    const labelled = labelledDateIn(structure, from, headerEnd)?.found;
    if (labelled && labelled.date.length === 10 && labelled.date !== fmDate.date) fmDate = { date: labelled.date, endDate: labelled.endDate };
  }
  // ("title: "AWS Summit Seoul 2024 참관기: …"", "date: 2024-05-20", "draft: true" over "5월 16일, 삼성동 코엑스…": a write-up's own date; the
  // day its header names, up to two months before, is the event's.)
  if (fmDate && fm['date'] !== undefined && fmDate.date.length === 10 && !fmDate.endDate && (fm['draft'] !== undefined || WRITE_UP_WORD.test(str(fm['title']) ?? ''))) {
    const before = dayBefore(structure, from, headerEnd, fmDate.date);
    if (before) fmDate = { date: before, endDate: null };
  }
  if (fmDate) {
    date = fmDate.date;
    endDate = fmDate.endDate;
    const end = parseDateValue(fm['end_date'] ?? fm['enddate'] ?? fm['end'] ?? fm['until']);
    if (end && end.date > date) endDate = end.date;
  }
  if (!date) {
    const fromName = name ? findDates(name) : [];
    const header = firstDateIn(structure, from, headerEnd, chrome, true);
    const anywhere = header ?? firstDateIn(structure, headerEnd, to, new Set(), false);
    let found = fromName[0] ?? header?.found ?? anywhere?.found;
    // A journal's event: the day of the entry that names it ("Tue 29 Oct — SRECon24 EMEA day 1" in a week's log), in the
    // year of the journal's own dates.
    if (journal && name && nameLine >= from && hasDigit(lines[nameLine])) {
      const entry = lines[nameLine];
      const year = found ? Number(found.date.slice(0, 4)) : Number(yearInName(name) ?? yearHint ?? 0);
      const day = findDates(entry).find((d) => d.date.length === 10) ?? (year ? findMonthDay(entry, year) : null);
      if (day) found = day;
    }
    // Only a month ("밋업 - 2025년 3월"): a day in that month further down the header is better.
    if (found && found.date.length === 7) {
      const month = found.date;
      for (let i = from; i < headerEnd; i++) {
        const li = info[i];
        if (li.kind === LineKind.Code || li.kind === LineKind.FrontMatter || chrome.has(i)) continue;
        const day = findDates(li.content || lines[i]).find((d) => d.date.length === 10 && d.date.startsWith(month));
        if (day) {
          found = day;
          break;
        }
      }
    }
    if (found) {
      date = found.date;
      endDate = found.endDate;
      // A post's timestamp found far from the header dates the write-up, not the event: keep the month only.
      // (Not when more posts are stamped the same day: a live log of the event, "2024/06/14 18:41", "2024/06/14 19:06".)
      // (Not the hours of an event's day either: "■ 일시: 2024년 11월 14일(목) 14:00~18:00" in a mail forwarded below.)
      if (!fromName[0] && !header && found.withTime && date.length === 10 && !stampedAgain(structure, found.date) && !(anywhere && EVENT_HOURS.test(lines[anywhere.line]))) {
        date = date.slice(0, 7);
        endDate = null;
      }
    } else {
      // ("Terraform User Group Osaka vol.3（2024）": the year in brackets on the name's line, not in the name read from it.)
      const named = name ? (yearInName(name) ?? (nameLine >= from && nameLine < headerEnd ? yearInName(lines[nameLine]) : undefined)) : undefined;
      // Without one in the name: a year tag in the header ("#2024 #밋업"), then the file's name ("kkg_meetup_2024_11.md").
      const sent = named ? null : mailDate(structure, from, headerEnd);
      const year = named ? Number(named) : (taggedYear(structure, from, headerEnd) ?? yearHint ?? (sent ? Number(sent.slice(0, 4)) : null));
      if (named) date = named;
      // "인프콘 2024" and, in the header, "8월 2일": the year from the name, the day from the header.
      for (let i = from; year && i < headerEnd && (date === null || date.length === 4); i++) {
        const li = info[i];
        if (li.kind === LineKind.Code || li.kind === LineKind.FrontMatter || chrome.has(i)) continue;
        const md = findMonthDay(li.content || lines[i], year);
        // (Not a post's time stamp; "6/21 (金) 19:00-21:30", the evening's hours, is the event's day.)
        if (md && (!md.withTime || HOURS_AFTER.test((li.content || lines[i]).slice(md.end)))) {
          // (The mail is sent after the event: "Mar 25-27" in a mail of January 2025 was in 2024.)
          const back = sent && year === Number(sent.slice(0, 4)) && md.date > sent ? findMonthDay(li.content || lines[i], year - 1) : null;
          date = (back ?? md).date;
          endDate = (back ?? md).endDate;
        }
      }
    }
  }

  // Location.
  let location: string | null = null;
  for (const key of ['location', 'venue', 'place', 'where', 'city', '場所', '会場', '장소']) {
    const v = fm[key];
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const parts = Object.values(v as Record<string, unknown>).map(str).filter(Boolean);
      if (parts.length) location = parts.join(', ');
    } else location = str(v);
    if (location) break;
  }
  if (!location) location = findLocation(structure, headerEnd, chrome, from, to);
  // ("📍 코엑스 …", ":round_pushpin: 코엑스 …": the pin that marks the place is no part of it.)
  if (location && PLACE_PIN.test(location)) location = location.replace(PLACE_PIN, '') || location;

  return { name: name ?? '', nameLine, nameStart, nameEnd, date, endDate, location };
}

/** A write-up's word in a post's title: "참관기", "recap", "参加レポート". */
const WRITE_UP_WORD = /참관기|참석기|참가기|후기|recap|write-?up|trip report|レポート|参加記|参加報告/iu;

/** The first day the header's lines name (not its front matter) in the year of `day` and up to 60 days before it, or null. */
function dayBefore(structure: NoteStructure, from: number, to: number, day: string): string | null {
  const { info, lines } = structure;
  const year = Number(day.slice(0, 4));
  const limit = Date.parse(day);
  for (let i = from; i < to; i++) {
    const li = info[i];
    if (li.kind === LineKind.Code || li.kind === LineKind.FrontMatter || !hasDigit(lines[i])) continue;
    const text = li.content || lines[i];
    const found = findDates(text).find((d) => d.date.length === 10) ?? findMonthDay(text, year);
    if (!found || found.date.length !== 10) continue;
    const t = Date.parse(found.date);
    if (t < limit && limit - t <= 60 * 86_400_000) return found.date;
  }
  return null;
}

/** The year of a tag in the header ("#2024 #밋업"), or null. */
function taggedYear(structure: NoteStructure, from: number, to: number): number | null {
  for (let i = from; i < to; i++) {
    const line = structure.lines[i];
    if (!line.includes('#')) continue;
    const m = /(?:^|\s)#((?:19|20)\d{2})(?![\p{L}\p{N}])/u.exec(line);
    if (m) return Number(m[1]);
  }
  return null;
}

/** The day of a mail's date field in the first 12 lines ("Date: 14.11.2024, 22:41", "日付: 2024/6/1 (土) 22:10"), or null. */
export function mailDay(structure: NoteStructure): string | null {
  for (let i = 0; i < Math.min(structure.lines.length, 12); i++) {
    if (!isMailDate(structure, i, structure.lines[i])) continue;
    const found = findDates(structure.lines[i])[0];
    return found && found.date.length === 10 ? found.date : null;
  }
  return null;
}

/** The day of a mail's "Date:" header line ("Date: Mon, 31 Mar 2025 09:12") or of a post's "Posted April 2, 2025", or null. */
function mailDate(structure: NoteStructure, from: number, to: number): string | null {
  for (let i = from; i < to; i++) {
    const line = structure.lines[i];
    const d = isMailDate(structure, i, line) || POSTED_DATE.test(structure.info[i].content) ? findDates(line)[0] : undefined;
    if (d && d.date.length === 10) return d.date;
  }
  return null;
}

/**
 * The event a file's name gives ("aws-summit-japan-2024-memo" → "aws summit japan 2024"), when it names one
 * (an event's word besides a year); null otherwise ("2024-03-20", "notes").
 */
export function eventOfFileName(name: string, anyWords = false): string | null {
  const words = name.replace(/[-_]+/g, ' ').replace(FILE_WRITING_WORDS, '').trim();
  // ("2023_sre-gathering-tokyo_day1" under a note titled "1日目メモ": the file's words are the event's, whatever they
  // are, when they are two words or more: not "test", "notes".)
  if (anyWords ? !/\p{L}{2,}\s+(?:\d+\s+)?\p{L}{2,}/u.test(words.replace(YEAR_WORD, ' ')) : !EVENT_WORDS.test(words.replace(YEAR_WORD, ' '))) return null;
  const named = cleanEventName(words);
  return named.length >= 3 ? named : null;
}
/** A file name's words for the writing, not the event ("…-memo", "…-notes", "…-slides", "…-archive"), or for one of its days ("…_day2", "…_wednesday"). */
const FILE_WRITING_WORDS = /(?:\s+(?:memo|notes?|recap|archive|slides|playlist|log|report|draft|watchlist|rewatch|summary|vod|メモ|메모|후기|정리|day\s?\d{1,2}|d\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day))+$/iu;

/** A note's title that names one of the event's days and nothing else: "Day 2", "1日目", "2일차", "第7回", "Wednesday", "토요일". */
export const DAY_LABEL_ALONE = /^(?:day\s*\d{1,2}|\d{1,2}\s*日目|\d{1,2}\s*일\s*차|第\s*\d{1,3}\s*回|(?:mon|tues|wednes|thurs|fri|satur|sun)day|[월화수목금토일]요일|[月火水木金土日]曜日?)$/iu;

/** The day or the month a file's name gives ("2024-11-16-k8s-seoul", "2024_07_13", "20240612-nippo", "srecon-2024-10"), or null. */
export function dateOfFileName(name: string): string | null {
  const found = hasDigit(name) ? findDates(name.replace(/_/g, '-')).find((d) => d.date.length === 10) : undefined;
  if (found) return found.date;
  const compact = /(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)/.exec(name);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  const month = /(?<!\d)((?:19|20)\d{2})[-_.](0[1-9]|1[0-2])(?![\d.])/.exec(name);
  return month ? `${month[1]}-${month[2]}` : null;
}

/** The year a file's name gives ("kkg_meetup_2024_11.md", "memo_20250625.txt"), or null. */
export function yearOfFileName(name: string): number | null {
  const m = /(?<!\d)((?:19|20)\d{2})(?:(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))?(?!\d)/.exec(name);
  return m ? Number(m[1]) : null;
}

/** The labels of a document's own dates (written, saved, handed in), which are not the event's: a header's fields. */
const DOCUMENT_DATE_WORDS = String.raw`작성일|저장한\s*날짜|보고일|作成日|提出日|報告日`;
/** A draft's own fields: "작성: 2023-12-18 · 초안 v2", "상태: 초안 (발행 예정 2023-09-22)", "公開予定：2024/07/03", "Draft — target publish date: …". */
const DRAFT_DATE_WORDS = String.raw`(?:작성|상태|status)\s*[:：]|발행\s*(?:일|예정)|公開(?:日|予定)|draft\b|(?:target\s+)?publish(?:ing)?\s+date`;
/** A mail's or a report's header field ("From:", "宛先：", "문서번호 :", "작성자 :"): no event's name. */
const MAIL_HEADER = new RegExp(
  String.raw`^(?:from|to|cc|bcc|date|sent|reply-to|宛先|差出人|送信者|送信日時|日付|보낸\s*사람|받는\s*사람|보낸\s*날짜|참\s*조|문서\s*번호|작성자|수\s*신|발\s*신|결\s*재|보고자|文書番号|作成者|報告者|document\s*(?:no\.?|number|id)|prepared\s+by|${DOCUMENT_DATE_WORDS})\s*[:：]`,
  'iu',
);
/** A page's or a document's own date ("Posted", "최종 편집 일시", "提出日"), not the event's. */
const PAGE_DATE_LABEL = new RegExp(
  String.raw`^(?:posted|published|updated|saved|last\s+(?:edited|modified|updated)|created|수정일|(?:최종\s*)?(?:편집|수정)\s*일시|(?:생성|작성)\s*일시|投稿日|更新日|保存日|最終(?:更新|編集)|${DOCUMENT_DATE_WORDS}|${DRAFT_DATE_WORDS})`,
  'i',
);
/** A task's due date, its label first or among a ticket's fields ("種別: タスク / 担当者: … / 期限日: 2024/07/19"). */
const TASK_DATE = /(?:^|[/|·・]\s*)(?:due(?:\s+date)?|deadline|期限日?|마감일?)\s*[:：]/iu;
/** "19:00〜21:30", "10:00 - 10:40": a line of times, which names nothing. */
const TIMES_ALONE = /^(?:(?:오전|오후|午前|午後)\s*)?\d{1,2}[:：]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:[-–—~〜～]|to)\s*(?:\d{1,2}[:：]\d{2}(?:\s*[ap]\.?m\.?)?)?)?\s*$/iu;
/** "14:00~18:00", "19:00 - 21:30": the hours of an event's day (a mail or a post is stamped at one time). */
const EVENT_HOURS = /\d{1,2}:\d{2}\s*[-–~〜]\s*\d{1,2}:\d{2}/u;
/** A mail's date field: "Date:", "Sent:", "날짜:", "보낸 날짜:", "送信日時：", "日付：". */
const MAIL_DATE_LABEL = /^(?:date|sent|날짜|보낸\s*(?:날짜|시간)|送信日時?|日付)\s*[:：]/iu;
const MAIL_DATE = /^(?:date|sent)\s*[:：].*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[+-]\d{4}|gmt|utc|[ap]m)?\s*$/i;

/**
 * Whether line `i` (`text`) is a mail's date: with its time ("Date: Mon, 25 Mar 2024 09:12:44 +0100"), or
 * without one among the mail's other fields ("Subject: …", "To: …", then "Date: Mon, 9 Sep 2024"; "제목: …",
 * "보낸 사람: …", then "날짜: 2025년 5월 16일 (금) 오전 10:03"; "件名：…", "差出人：…", then "日付：2024年9月13日 10:15").
 */
function isMailDate(structure: NoteStructure, i: number, text: string): boolean {
  // ("date: 2024-07-18 (Thu) 19:00-21:30": a span of times is an event's, a mail is sent at one.)
  if (EVENT_HOURS.test(text)) return false;
  // ("**Date:** Mon, 7 Apr 2025", "> Sent: …": a field in bold, or quoted in a reply.)
  const field = mailField(text);
  if (MAIL_DATE.test(field)) return true;
  if (!MAIL_DATE_LABEL.test(field)) return false;
  for (let k = Math.max(0, i - 3); k <= Math.min(structure.lines.length - 1, i + 3); k++) if (k !== i && MAIL_FIELD.test(mailField(structure.lines[k]))) return true;
  return false;
}
const MAIL_FIELD = /^(?:subject|to|from|cc|제목|보낸\s*사람|받는\s*사람|참조|件名|差出人|宛先|送信者)\s*[:：]/iu;
/** A line as a mail's field: without a reply's quote marks or the bold of its label. */
function mailField(line: string): string {
  return line.includes('*') || line.startsWith('>') ? line.replace(/^(?:>\s*)+/, '').replace(/\*\*/g, '') : line;
}
/** A post's own date ("Posted April 2, 2025 · 9 min read"): written after the event, like a mail's. */
const POSTED_DATE = new RegExp(String.raw`^(?:(?:posted|published|投稿日|公開日|게시일)\b|${DRAFT_DATE_WORDS})`, 'iu');

/**
 * "9 min read · Oct 18, 2024", "kim-devops · 2024년 3월 25일" (an author's handle, not "Berlin · May 21, 2024"), "카테고리:
 * 컨퍼런스 후기 · 2024. 5. 21. 23:47": a post's byline.
 */
const BYLINE = /\bmin(?:ute)?s?\s+read\b|読了|^@?(?=[a-z0-9._-]*[a-z])[a-z0-9]+[._-][a-z0-9._-]+\s+·\s+(?=.*\d)|^카테고리\s*[:：].*·/u;

/** A pin or another pictograph, or a chat's emoji code, before a place. */
const PLACE_PIN = /^(?:(?:\p{Extended_Pictographic}\uFE0F?|:[a-z0-9_+-]{2,30}:)\s*)+/u;
/** Words of the writer going to the event ("다녀온", "参加", "went to"). */
const ATTENDED_WORDS = /참석|참가|참관|출장|다녀|recap|notes? (?:from|on)|参加|行ってきた|\b(?:went to|attended|back from)\s/i;
/** A span in bold on a raw line. */
const BOLD_SPAN = /\*\*([^*]{4,80})\*\*/u;

/** "열린", "開催された", "held on", "took place": a sentence saying when the event was. */
const HELD_WORDS = /열린|열렸|진행된|開催され|開かれ|行われ|\bheld\b|took place|\bhosted\b/iu;

/** The first full date in a header's sentence that says when the event was held (HELD_WORDS) in [from, to). */
function heldDateIn(structure: NoteStructure, from: number, to: number): { found: FoundDate; line: number } | null {
  const { info, lines } = structure;
  for (let i = from; i < to; i++) {
    const li = info[i];
    if (li.kind !== LineKind.Paragraph && li.kind !== LineKind.ListItem) continue;
    const text = li.content || lines[i];
    if (text.length > 300 || !HELD_WORDS.test(text)) continue;
    const found = findDates(text).filter((d) => d.date.length === 10);
    if (found.length) return { found: found[0], line: i };
  }
  return null;
}

/** A header's line that labels the event's own dates (not a trip's, a report's or a page's): "행사기간 :", "기  간 :", "日時：", "Dates:". */
const EVENT_DATE_LABEL = /^(?:행사\s*(?:기간|일시|일자|일정)|기\s*간|일\s*시|일\s*자|일\s*정|開催日時?|開催期間|日\s*時|日\s*程|会\s*期|event\s+dates?|dates?|when)\s*[:：]/iu;

/**
 * A line's text as a label and its value: "| 행사 기간 | 2024-10-14 ~ 2024-10-16 |", a row of a
 * two-column table (a report's header in Confluence or Notion), reads "행사 기간: 2024-10-14 ~ …".
 */
function labelText(li: LineInfo, raw: string): string {
  if (li.kind !== LineKind.Table) {
    // ("**장소** 선릉역 라운지", "**일시** 2024.03.21": a bold label without its colon, read as one with it.)
    return boldLabelField(raw, li.content) ?? (li.content || raw);
  }
  const cells = raw.split('|').map((c) => c.trim());
  if (cells.length && !cells[0]) cells.shift();
  if (cells.length && !cells[cells.length - 1]) cells.pop();
  return cells.length === 2 && cells[0] && cells[1] && !/^:?-+:?$/.test(cells[0]) ? `${cells[0].replace(/\*\*/g, '')}: ${cells[1]}` : li.content || raw;
}

/** The first date on a line labelled as the event's ("開催日：…", "일시: …", "Date: …", not a mail's header) in [from, to). */
function labelledDateIn(structure: NoteStructure, from: number, to: number): { found: FoundDate; line: number } | null {
  const { info, lines } = structure;
  for (let i = from; i < to; i++) {
    const li = info[i];
    if (li.kind === LineKind.Code || isFrontMatter(structure, li) || !li.content) continue;
    const text = labelText(li, lines[i]);
    // ("Date: Mon, 25 Mar 2024 09:12:44 +0100" is a mail's header.)
    if (!EVENT_DATE_LABEL.test(text) || isMailDate(structure, i, text)) continue;
    const found = findDates(text);
    if (found.length) return { found: found[0], line: i };
  }
  return null;
}

function firstDateIn(structure: NoteStructure, from: number, to: number, chrome: Set<number>, headerOnly: boolean): { found: FoundDate; line: number } | null {
  const { info, lines } = structure;
  // A report's header dates itself and the trip too; the line labelled with the event's dates says them.
  // (So does a post's sentence that says when the event was held, under the post's own date: "2024년 3월 23일(토) 역삼
  // 마루180에서 열린 …", "11/2 (土) に…で開催された", "held on May 21".)
  const labelled = headerOnly ? (labelledDateIn(structure, from, to) ?? heldDateIn(structure, from, to)) : null;
  if (labelled) return labelled;
  for (let i = from; i < to; i++) {
    const li = info[i];
    if (li.kind === LineKind.Code || isFrontMatter(structure, li)) continue;
    const text = labelText(li, lines[i]);
    // ("최종 편집 일시: 2024년 5월 20일 오후 3:12", "Last edited time: …": a page's properties, as Notion exports them.)
    // ("9 min read · Oct 18, 2024", "kim-devops · 2024년 3월 25일": a post's byline.)
    if (headerOnly && (PAGE_DATE_LABEL.test(text) || (text.length <= 60 && BYLINE.test(text)))) continue;
    // ("Due: 2024-10-30", "期限日: 2024/07/19": when a task is due, wherever it is.)
    if (text.length <= 200 && TASK_DATE.test(text)) continue;
    // "Date: Mon, 25 Mar 2024 09:12:44 +0100": a mail's header dates the mail, not the event.
    if (isMailDate(structure, i, text)) continue;
    if (chrome.has(i) && headerOnly) continue;
    const found = findDates(text);
    if (found.length) return { found: found[0], line: i };
    const wrapped = li.kind === LineKind.Paragraph ? dateWrappedBeforeYear(structure, i, text) : null;
    if (wrapped) return { found: wrapped, line: i };
  }
  return null;
}

/** "…was on Friday 12 April" then "2024, at the …": a sentence wrapped between a date's day and its year; the date, on the first line. */
function dateWrappedBeforeYear(structure: NoteStructure, i: number, text: string): FoundDate | null {
  const next = structure.info[i + 1];
  if (!next || next.kind !== LineKind.Paragraph || next.blockStart || !/^(?:19|20)\d{2}\b/u.test(next.content) || !hasDigit(text)) return null;
  const joined = findDates(`${text} ${next.content.slice(0, 4)}`).find((d) => d.start < text.length && d.end > text.length);
  return joined ? { ...joined, end: text.length } : null;
}

// ("【会場】日本橋室町ラボ 3F", "[장소] …": the label in brackets; "| venue = …": a wiki's infobox.)
// ("장소(場所): …": the label's word in hanja after it, in brackets.)
// ("📍 코엑스 3층 301호": a calendar's or a journal's pin before the place.)
const LABELLED_PLACE = /^(?:[-*•]\s*)?:?(?:📍\uFE0F?\s*(?=\S)|(?:장\s*소|위\s*치|venue|location|place|where|会場|場所|開催場所)(?:\s*[(（][^()（）]{1,10}[)）])?\s*[:：]{1,2}|\|\s*(?:venue|location|place)\s*=|[【\[](?:장\s*소|venue|location|place|会場|場所|開催場所)[】\]])\s*(.{2,80})$/iu;
const INLINE_PLACE = /(?:^|[\s,.;、。(（·|])(?:장\s{0,4}소|위\s{0,4}치|venue|location|place|where|会場|場所|開催場所)\s*[:：]{1,2}\s*([^.;。、()（）·|]{2,60}?)\s*(?:$|[.;。、()（）·|])/iu;
/** "(19 November 2017, Orlando, FL)", "（2023-10-01、札幌）": a date and a place in one parenthesis. */
const DATED_PAREN = /[(（]([^()（）]{6,100})[)）]/gu;
const KO_PLACE = /(?:(?:\d{1,2}\s*일|\d{4}[./-]\d{1,2}[./-]\d{1,2}\.?)\s*(?:[(（][^)）]*[)）])?\s*(?:[월화수목금토일]요일)?\s*(?:에\s*)?(?:,\s*)?)([^,.。()（）"“”]{2,40}?)\s*에서\s*(?:있었던|열린|열렸던|진행된|진행한|진행되었던|진행됐던|개최된|열렸|있었|진행|개최)/u;
const KO_PLACE_NO_DATE = /([^\s,.。()（）"“”]{2,20}(?:\s[^\s,.。()（）"“”]{1,20})?)\s*에서\s*(?:열린|열렸던|진행된|개최된|있었던)\s/u;
const JA_PLACE = /(?:会場は|会場\s*[:：])\s*([^、。\s]{2,40})|([^\s、。「」]{2,30})(?:にて|で)(?:開催|行われ)|([^\s、。「」]{2,30})にて(?:[。.]|$)/u;
const EN_PLACE = /\bheld\s+(?:on\s+[^,.;]+?\s+)?(?:at|in)\s+(.{2,60}?)(?:\s+on\s+|[.;]\s|[.;]?$)|\b(?:at|in)\s+((?:the\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?)(?=[.;]|$)/u;

/** "Monday", "Thu.,": a weekday before a date. */
// ("목", "(木)", "수요일": a Korean or Japanese weekday too.)
const WEEKDAY_BEFORE_PLACE = /^(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?|[(（]?[월화수목금토일](?:요일)?[)）]?|[(（]?[月火水木金土日](?:曜日?)?[)）]?)(?:\s*[,、，/／|·]\s*|\s+)(?=\S)/iu;
const WEEKDAY_ONLY = /^\s*(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?,?|[(（]?[월화수목금토일](?:요일)?[)）]?|[(（]?[月火水木金土日](?:曜日?)?[)）]?)?\s*$/iu;

/** "Tallybank HQ, Finsbury Square. ~70 people, decent pizza.": the place is the first sentence. */
function untilSentenceEnd(s: string): string {
  const end = /(?<!\b(?:St|Dr|Mt|No|Ave|Blvd|Rd))[.。]\s+\S/u.exec(s);
  // (A sentence's full stop at the end too: "Umeda Sky Hub, 9F, Osaka." but not "St.")
  return (end ? s.slice(0, end.index) : s).trim().replace(/(?<!\b(?:St|Dr|Mt|No|Ave|Blvd|Rd|Inc|Ltd|Co))[.。]$/u, '');
}

function hasColon(text: string): boolean {
  return text.includes(':') || text.includes('：');
}

/** What every form of JA_PLACE has in it. */
function mayHoldJapanesePlace(text: string): boolean {
  return text.includes('会場') || text.includes('開催') || text.includes('行われ') || text.includes('にて');
}

function findLocation(structure: NoteStructure, headerEnd: number, chrome: Set<number>, from: number, to: number): string | null {
  const found = findPlace(structure, headerEnd, chrome, from, to);
  // ("2023-09-23 토 / 센텀": the weekday after the date, then the place.)
  const place = found && found.replace(WEEKDAY_BEFORE_PLACE, '');
  // ("2025.05.24 토요일": the day's name after its date, no place.)
  return place && WEEKDAY_ALONE.test(place.trim()) ? null : place;
}

function findPlace(structure: NoteStructure, headerEnd: number, chrome: Set<number>, from: number, to: number): string | null {
  const { info, lines } = structure;
  for (let i = from; i < Math.min(to, Math.max(headerEnd, from + 12) + 10); i++) {
    const li = info[i];
    if (li.kind === LineKind.Code || isFrontMatter(structure, li) || chrome.has(i)) continue;
    const text = labelText(li, lines[i].trim()).slice(0, 400);
    // Both forms need a colon: most lines have none, and the expressions are tried at every position.
    const m = hasColon(text) ? (LABELLED_PLACE.exec(text) ?? INLINE_PLACE.exec(text)) : text.charCodeAt(0) === 0x3010 || text.charCodeAt(0) === 91 || text.charCodeAt(0) === 124 || text.codePointAt(0) === 0x1f4cd ? LABELLED_PLACE.exec(text) : null;
    // ("📍 Boston, Hynes Convention Center · 🗓 Oct 15–16 2024": the place, then another field after its mark.)
    if (m) return untilSentenceEnd(m[1].replace(/\s+[·|]\s+\p{Extended_Pictographic}.*$/u, ''));
    DATED_PAREN.lastIndex = 0;
    for (let p = DATED_PAREN.exec(text); p; p = DATED_PAREN.exec(text)) {
      const dates = findDates(p[1]);
      // "(Paris, March 19-22, 2024)": the place before the date.
      if (dates.length === 1 && dates[0].start > 1 && dates[0].end >= p[1].trimEnd().length) {
        const before = p[1].slice(0, dates[0].start).replace(/[\s,、，]+$/u, '').trim();
        // (Not "(Tue 15 Oct 2024)": a weekday.)
        if (before && before.length <= 40 && !/\d/.test(before) && !WEEKDAY_ONLY.test(before)) return before;
      }
      if (dates.length !== 1 || dates[0].start > 1) continue;
      // ("(2024/12/14 土, 大阪)": the weekday after the date, then the place.)
      const place = p[1].slice(dates[0].end).replace(/^\s*(?:[,、，]|\s)\s*/u, '').replace(WEEKDAY_BEFORE_PLACE, '').trim();
      // (Not "(2024.9.5 목)": the weekday after the date.)
      if (place && place.length <= 60 && !/\d{1,2}:\d{2}/.test(place) && !WEEKDAY_ONLY.test(place)) return place;
    }
  }
  for (let i = from; i < headerEnd; i++) {
    const li = info[i];
    if (li.kind === LineKind.Code || isFrontMatter(structure, li) || chrome.has(i)) continue;
    const text = li.content;
    if (!text || text.length > 400) continue;
    const dates = findDates(text);
    if (li.kind === LineKind.Heading) {
      // "## Cloud Native Taiwan meetup, Nov 6–9, 2023, Taipei": a short place closing a dated title.
      const tail = dates.length ? /^\s*,\s*([^,\d.。!?]{2,40})$/u.exec(text.slice(dates[dates.length - 1].end)) : null;
      if (tail && tail[1].trim().split(/\s+/).length <= 4) return tail[1].trim();
      // "## Mar 4 — Berlin HUG #31 @ Kiezcloud office, Kreuzberg": the place after an at sign (cleanEventName leaves it out of the name).
      const at = /\s[@＠]\s*([^\s@＠#][^@＠#()（）]{1,59})$/u.exec(text);
      if (at && (EVENT_WORDS.test(text.slice(0, at.index)) || dates.length || findMonthDay(text, 2000))) return at[1].trim();
      continue;
    }
    if (dates.length) {
      // "September 14, 2023 | COEX Hall, Seoul" or "2023/08/24(木) @ 渋谷ストリーム".
      const after = text.slice(dates[dates.length - 1].end).replace(/^[\s,]*(?:\d{1,2}:\d{2}\s*(?:[-–~〜～]\s*(?:\d{1,2}:\d{2})?)?)?\s*/u, '');
      const sep = /^(?:[|｜·•@＠/／]|at\s)\s*(.{2,80})$/u.exec(after);
      // ("(Thu April 10, 2025 @ Porto Tech Hub)": not the closing parenthesis.)
      // (Not "April 18, 2025 at 9:12 AM": a time.)
      if (sep && !/[.。]$/.test(sep[1]) && !/^\d{1,2}[:.]\d{2}/.test(sep[1])) return sep[1].trim().replace(/^([^(（]*)[)）]$/u, '$1').trim();
      // "Berlin, 12 May 2025": a short place, a comma, the date.
      const placeFirst = after.length === 0 ? /^([^,\d.。!?()（）:：]{2,30}),$/u.exec(text.slice(0, dates[0].start).trim()) : null;
      // (Not "Thursday, April 10, 2025": a weekday.)
      if (placeFirst && placeFirst[1].trim().split(/\s+/).length <= 3 && !EVENT_WORDS.test(placeFirst[1]) && !WEEKDAY_ONLY.test(placeFirst[1])) return placeFirst[1].trim();
      // "Münchenbryggeriet, Stockholm · 22–23 May 2025": a place, a middle dot or a bar, the date.
      // ("도토리의 인프라 일기 | 2024. 11. 26. 23:41": a blog's name and its post's time.)
      const placeThenDot = after.length === 0 && !dates[0].withTime ? /^([^\d.。!?()（）:：·|｜]{2,60}?)\s*[·|｜]$/u.exec(text.slice(0, dates[0].start).trim()) : null;
      if (placeThenDot && placeThenDot[1].split(/\s+/).length <= 6 && !EVENT_WORDS.test(placeThenDot[1]) && !BYLINE.test(text)) return placeThenDot[1];
      // "2025/06/25-26 幕張メッセ": a line that is a date and a short place, nothing else.
      const bare = dates[0].start === 0 ? after.trim() : '';
      // ("名駅 ミナトクラウド 12F": a floor's number is part of a place.)
      if (bare && bare.length <= 30 && bare.split(/\s+/).length <= 4 && !/[\d.。!?！？:：]|ました|です|した|[다요]$/u.test(bare.replace(/\d{1,3}\s*(?:F|階|층)(?![\p{L}\p{N}])/gu, '')) && !ATTENDANCE_SUFFIX.test(bare) && !EVENT_WORDS.test(bare)) return bare;
      // "2025-04-12, 강남 마루180": a line that starts with the date, then a short place after a comma.
      const comma = dates[0].start <= 1 ? /^\s*,\s*([^,.。!?()（）]{2,40})$/u.exec(text.slice(dates[dates.length - 1].end)) : null;
      if (comma && comma[1].trim().split(/\s+/).length <= 4 && !isDateLike(comma[1])) return comma[1].trim();
      // "Thursday 3 Oct 2024, Kromhouthal (Amsterdam-Noord). Took the ferry…", "2024년 9월 12일(목) ~ 13일(금), 코엑스
      // 그랜드볼룸. 회사…", "2025年3月8日(土)、秋葉原UDX（東京都千代田区）にて。…": the date, a comma, the place, its sentence's end.
      if (WEEKDAY_ONLY.test(text.slice(0, dates[0].start))) {
        const rest = text
          .slice(dates[dates.length - 1].end)
          .replace(/^\s*[(（][^()（）]{1,8}[)）]/u, '')
          .replace(/^\s*\d{1,2}:\d{2}(?:\s*[-–~〜]\s*\d{1,2}:\d{2})?/u, '');
        const sentence = /^\s*[,、，]\s*([^a-z\s].{1,79}?)(?:[.。](?:\s|$)|$)/u.exec(rest);
        // "東京で行われた…に行ってきた": the place ends where its verb begins.
        const place = sentence?.[1].replace(/(?:にて|で(?:開催|行われ)|에서\s).*$/u, '').trim();
        if (
          place &&
          place.length <= 50 &&
          place.split(/\s+/).length <= 6 &&
          !/[.。!?！？]|ました|です|した|[다요음]$|[\p{sc=Hiragana}]{3}/u.test(place) &&
          !isDateLike(place) &&
          !/\d{1,2}:\d{2}/.test(place)
        )
          return place;
      }
      // A line holding only the date, followed by a short line: the venue.
      if (after.length === 0 && text.slice(0, dates[0].start).trim().length <= 12 && i + 1 < headerEnd) {
        const next = info[i + 1];
        const t = next.content;
        // (Not a mail's next header, "宛先: infra-team@", nor a drawn line, "━━━━", nor another field, "사회: 김지은".)
        if (next.kind === LineKind.Paragraph && t && t.length <= 80 && !/[.。!?]$/.test(t) && !findDates(t).length && !ATTENDANCE_SUFFIX.test(t) && !MAIL_HEADER.test(t) && !MAIL_FIELD.test(t) && !/^[^\s:：]{1,10}\s*[:：]\s/u.test(t) && /[\p{L}\p{N}]/u.test(t)) return t;
      }
    }
    let m = text.includes('에서') ? (KO_PLACE.exec(text) ?? KO_PLACE_NO_DATE.exec(text)) : null;
    if (m) return m[1].trim();
    m = mayHoldJapanesePlace(text) ? JA_PLACE.exec(text) : null;
    if (m) {
      // "2018/02/16に東京で開催": the date is not part of the place.
      let place = m[1] ?? m[2] ?? m[3];
      const dated = findDates(place).find((d) => d.start === 0);
      if (dated) place = place.slice(dated.end);
      return place.replace(/^[にでは]/u, '').trim() || null;
    }
    if (dates.length) {
      m = EN_PLACE.exec(text);
      if (m) return (m[1] ?? m[2]).replace(/[.,]$/, '').trim();
    }
  }
  return null;
}

/** Whether two lines or more of a note start with a time stamp of `day` (a log of posts written on that day). */
function stampedAgain(structure: NoteStructure, day: string): boolean {
  let stamps = 0;
  for (const li of structure.info) {
    if (li.kind !== LineKind.Paragraph || li.content.length > 40 || !li.content.startsWith(day.slice(0, 4))) continue;
    const d = findDates(li.content)[0];
    if (d && d.start === 0 && d.withTime && d.date === day && ++stamps >= 2) return true;
  }
  return false;
}

/** "Webinar "Secrets Sprawl Is Real" starts …", "웨비나 「…」": the event's name quoted after its kind (group 1). */
const QUOTED_AFTER_KIND = /^(?:webinar|livestream|live stream|online meetup|웨비나|온라인\s*세미나|ウェビナー|オンライン勉強会)\s*[:：]?\s*["“「『]([^"”」』]{3,80})["”」』]/iu;
