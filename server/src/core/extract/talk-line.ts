// Reads one line as a talk: "Title - Speaker, Company", "「タイトル」 山田 太郎 様",
// "[기술세션 1] '제목' (회사 이름)", "Keynote - Name", "10:00-10:30 Title (Speaker)".
import type { Speaker } from '../model';
import { asciiDigits, isWhiteSpace, withoutWikiBrackets } from '../text';
import { isGivenName } from './given-names';
import { isJapaneseSurname, looksLikeOrg, ORG_REMARK, parseSpeakers, ROLE_WORDS, personName, TRAILING_HASHTAGS, type NameCheck, type SpeakerParse } from './people';
import { BOOK_CHAPTER, inAnotherLanguage, NO_ORGANISATION, NOT_A_TALK, NOT_A_TALK_TAG, ORG_LABEL_WORDS, SESSION_KIND_ALONE, SPEAKER_LABEL_WORDS, VERDICT_DROPPED_WORDS, VERDICT_KEPT_WORDS } from './vocabulary';

export interface TalkLine {
  title: string;
  speakers: Speaker[];
  /** The speakers were read with confidence. */
  strongSpeakers: boolean;
  keynote: boolean;
  quoted: boolean;
  /** Offsets of the title inside the content passed in (for ranges and for excluding the speaker part from tool matching). */
  titleStart: number;
  titleEnd: number;
  /** A time of day at the start ("10:00-10:30"): a timetable line. */
  time: string | null;
  /** The title again in another language, given beside it (a translation, or the original), which the title leaves out. */
  otherTitle?: string;
}

// ("19:15〜 Title": a start with an open end; "오후 2:13 …", "2:13 PM …": a chat's or a phone's clock.)
// ("[14:50] Title", "【19:30】Title": the time in brackets.)
// ("[00:05:10] TALK 1 — …": a recording's time, with its seconds.)
// ("15:10（15:00→15:10に時間変更）Title": a remark on the time in full-width brackets right after it.)
// ("[11:00 / 트랙2] Title", "[14:00 | Room B] Title": the track or room in the time's brackets.)
const TIME_PREFIX = /^(?:\[(?=(?:\d{4}-\d{2}-\d{2}\s)?\d{1,2}[:：]\d{2}(?::\d{2}|\s*[-~–—〜～]\s*\d{1,2}[:：]\d{2})?(?:\s*[/|,·]\s*[^\[\]]{1,24})?\])|【(?=\d{1,2}[:：]\d{2})|`(?=\d{1,2}[:：]\d{2}`))?(?:(?<=\[)\d{4}-\d{2}-\d{2}\s)?(?:(?:오전|오후|午前|午後)\s?)?(\d{1,2}[:：]\d{2})(?::\d{2}(?=\]|\s))?(?:\s?[AaPp]\.?[Mm]\.?(?![\p{L}]))?(?:\s*[-~–—〜～]\s*(\d{1,2}[:：]\d{2})|[〜～~])?\s*(?:(?<=^\[.*)[/|,·]\s*[^\[\]]{1,24}\]\s*|[|:：;)\]】`]\s*|[-–—]\s+|\s|(?=（))/u;
/** "D1 · Track A · 10:40 — ", "Day 2 · Hall B — ": two or more of a day, a track or room and a time, between middle dots, then a dash. */
const BREADCRUMB_PART = String.raw`(?:(?:d|day)\s?\d{1,2}|(?:track|room|hall|stage)\s?[A-Za-z0-9]{1,2}|\d{1,2}日目|\d{1,2}일차|\d{1,2}:\d{2})`;
const BREADCRUMB = new RegExp(String.raw`^${BREADCRUMB_PART}(?:\s·\s${BREADCRUMB_PART})+\s+[—–-]\s+`, 'iu');
/** A timetable's track or room before a time: "Track A", "Room 2", "B会場", "A트랙". */
export const TRACK = String.raw`(?:(?:track|room|hall|stage|トラック|ルーム|트랙|룸|홀)\s*[A-Za-z0-9]{1,2}|[A-Za-z0-9]{1,2}\s*(?:会場|트랙|トラック|룸|홀))`;
/** A line that starts with a time of day, as TIME_PREFIX reads one (after a track: "Track A 10:00"); the minutes are its group 1. */
/** A checklist's box typed in square brackets: "[O]", "[x]", "[ ]", "[-]", "[v]", "[✓]". */
const CHECK_BOX = String.raw`\[[ xXoOvV✓✔-]\]`;
const CHECK_BOX_PREFIX = new RegExp(String.raw`^${CHECK_BOX}\s+(?=\S)`, 'u');
/** One emoji's character: a pictograph, its joiners, or a keycap number (a digit with its keycap mark, "2️⃣"). */
const EMOJI_CHAR = String.raw`(?:[0-9#*]\uFE0F?\u20E3|[\p{Extended_Pictographic}\uFE0F\u200D])`;
// ("2️⃣ 19:35 「Title」", "☕ 20:10 Break": an emoji before the time; "★ ✓ 13:10-13:50 | …": an app's bookmark and check-in marks.)
// ("[2024-06-13 09:10] …", "`10:30` …": a log's stamp with its day, a time in code.)
// ("[O] 11:00 …", "[X] 09:30 …", "[-] 13:00 …": a checklist's box before it, heard, missed or cancelled.)
export const CLOCK_START = new RegExp(String.raw`^(?:${EMOJI_CHAR}+\s*|(?:[★☆✓✔☑]\s*)+|${CHECK_BOX}\s*)?(?:${TRACK}\s+)?(?:\[|【|\x60)?(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+)?(?:(?:오전|오후|午前|午後)\s?)?\d{1,2}[:：](\d{2})`, 'iu');
/**
 * "다음: …", "지금 세션: …", "next: …", "次のセッション：…" (a chat's live notes), "スライド「…」", "slides "…"" (a link's
 * word before a quoted title). Tried only after a line's first character says it may be one.
 */
const NOW_NEXT_LABEL = /^(?:(?:지금|현재|이번|다음)\s*(?:세션|발표)?\s*[:：]\s*|(?:now|next|up next)\s*[:：]\s*|(?:次|今)の?(?:セッション|発表)?\s*[:：]\s*|(?:スライド|資料|slides?|발표\s*자료)\s*(?=[「『"“]))/iu;
/** "[10:31] maya.r: ": a chat message's time and writer (a channel exported as text). */
const CHAT_PREFIX = /^\[(?:오전|오후|午前|午後)?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?\]\s*[\p{L}\p{N}._-]{2,32}\s*[:：]\s+/iu;
const NOW_NEXT_FIRST = '지현이다nNuU次今ス資sS발';

/** "세션명: …", "Title: …", "タイトル：…": a label that says the rest of the line is a talk's title. */
const TITLE_LABEL_WORDS = String.raw`(?:세션\s*명|세션\s*제목|발표\s*제목|발표\s*주제|제목|주제|(?:session|talk)\s+title|title|talk|session|topic|세션|セッション|タイトル|演題|テーマ|セッション名|講演タイトル)\s*(?:::|[:：])\s*`;
/** "## 感想：<title>", "### Notes: <title>": the writer's notes on a talk, headed by its title. */
const NOTES_LABEL_WORDS = String.raw`(?:感想|所感|メモ|聴講メモ|(?:my\s+)?notes?|memo|후기|메모|정리)\s*[:：]\s*`;
// (":タイトル: …": a field of reStructuredText's field list.)
const TITLE_LABEL = new RegExp(`^:?${TITLE_LABEL_WORDS}`, 'iu');
/** The first letters of TITLE_LABEL_WORDS' words, in either case, and the colon of a field list. */
const TITLE_LABEL_FIRST = '세발제주sStTタ演テセ講:';

/** Whether a line starts with a label that says the rest is a talk's title (TITLE_LABEL_WORDS): its first letter is tested first. */
export function isTitleLabelled(content: string): boolean {
  return content.length > 2 && TITLE_LABEL_FIRST.includes(content[0]) && TITLE_LABEL.test(content);
}

/** Labels before a title: "제목:", "メモ：", "[LT]", "【基調講演】", "EN: " (the language of a title written in two), … */
const LABEL_PREFIX = new RegExp(
  String.raw`^(?::?${TITLE_LABEL_WORDS}|${NOTES_LABEL_WORDS}|(?:EN|JA|JP|KO|KR)\s*[:：)）]\s*|(?:sponsor(?:ed)?(?:\s+(?:talk|session|slot))?|스폰서(?:\s*(?:세션|발표))?|スポンサー(?:セッション|枠|LT)?)\s*[:：]\s*(?=.*["“「『])|\[[^\]]{1,24}\]|[《〈][^》〉]{1,12}[》〉]\s*(?=[「『"“《〈])|【[^】]{1,24}】|:[a-z0-9_+-]{2,30}:\s*|(?:키노트|기조\s*연설|基調講演|キーノート|keynote)\s*(?=[「『"“])|(?:(?:오전|오후|午前|午後)\s*)?(?:(?:첫|두|세|네|다섯|마지막|다음)\s*(?:번째\s*)?)?(?:세션|발표|LT|セッション|発表|talk|session)\s*(?=["“「『])|(?:トーク|セッション|発表|講演|ハンズオン|実習|演習|세션|발표|실습|핸즈온|talk|session|LT|lab)\s*\d{1,2}\s*(?:は\s*)?(?=[「『"“])|(?:会場|ルーム|ホール|트랙|룸|홀|room|hall|track)\s*[A-Za-z0-9]{1,2}\s*(?=[「『"“])|(?:(?:첫|두\s*번째|세\s*번째|네\s*번째|마지막|다음|first|second|third|fourth|last|next|guest)\s+|(?:게스트|초청|ゲスト)\s*|基調(?=LT))?(?:session|talk|track|breakout(?:\s*session)?|lt|lightning(?:\s*talk)?|ignite(?:\s*talk)?|bof|birds[- ]of[- ]a[- ]feather|open\s*space|workshop|hands-?on|라이트닝(?:\s*토크)?|세션|발표|트랙|워크숍|ライトニング(?:\s*トーク)?|セッション|発表|トラック|講演|ワークショップ)\s*#?\s*\d{0,2}\s*(?:[(（][^()（）]{1,24}[)）]\s*(?:::|[:：.\-–—])|::|[:：.\-–—)])\s*|(?:session|talk|lt|세션|발표|セッション|発表|講演)\s*#?\s*\d{1,2}\s*[·・]\s*|(?:세션|セッション)\s*\d{1,2}\s+|(?:talk|session)\s+\d{1,2}\s+(?=\p{L})|(?:첫|두|세|네|다섯|여섯|일곱)\s*번째\s*[:：]\s*|(?:첫|두|세|네|다섯|여섯|일곱|마지막)\s*(?:번째)?\s+(?=["“「『])|(?:첫|두|세|네|다섯|여섯|일곱|여덟|마지막)\s*번째\s*(?:[(（][^()（）]{1,10}[)）]\s*)?(?:[—–]\s*|(?<=[)）]\s*))|lt\s*\d{1,2}\s+(?=["“「『\p{L}])|\d{1,2}\s*(?:세션|セッション)\s+|(?:안건|議題|agenda item)\s*\d{1,2}\s*[.:：)]\s*|(?:게스트\s*|ゲスト\s*|guest\s+)?(?:발표|発表|講演|talk)\s*[—–]\s*(?=["“「『])|#\d{1,3}[:.)]?\s+|\d{1,2}\s*부\s*[).:：]\s*|\d{1,2}\s*(?:번|本目|番目)(?:\s*(?:발표|세션|発表))?\s*[).:：]\s*|\d{1,2}\s*(?:本目|人目|番目|つ目|번째)(?:\s+|[、，,]\s*)(?=\S)|\d{1,2}[.)]\s+|(?:i{1,3}|iv|vi{0,3}|ix|xi{0,2})[.)](?:\s+|(?=[(（「『"“]))|[a-h][.)]\s+(?=["“「『]|\p{Lu})|(?:[０-９]{1,2}[．.、]|\d{1,2}[．、])\s*|\d{1,2}[.-]\d{1,2}\.?\s*(?=\S)|\d{1,2}\/\d{1,2}\s+(?=\S)|\d{1,3}\/\s+(?=\S)|(?!(?:opening\s+|closing\s+)?key\s?note|키노트|기조|基調講演|キーノート)[\p{L}][\p{L} ]{1,22}[:：]\s*(?=["“「『])|第\d+部\s*[:：]?\s*|[①-⑳]\s*|[(（]\d{1,2}[)）]\s*|[(（][a-h][)）]\s+(?=["“「『]|\p{Lu})|[(（](?:lt|lightning(?:\s*talk)?|라이트닝(?:\s*토크)?|ライトニング(?:トーク)?|키노트|keynote)[)）]\s*|(?:now|next|up next)\s*[:：]\s*|(?:次|今)の?(?:セッション|発表)?\s*[:：]\s*)\s*`,
  'iu',
);
/**
 * "so the first talk was called ", "next talk was ", "third one was ", "then a lightning talk, ", "uh and then there was a
 * lightning talk called ": the words a dictated note says before a talk's title (its speakers follow it after "by").
 */
const SPOKEN_LEAD = /^(?:(?:so|okay|ok|and|uh|um|then|and then)[,\s]+)*(?:(?:the|a)\s+)?(?:(?:(?:first|second|third|fourth|fifth|next|last|final|another)\s+(?:talk|one|session|presentation)|(?:there\s+was\s+)?a\s+lightning\s+talk)\s*(?:was\s+)?(?:(?:uh|um)[,\s]+)?(?:called\s+|titled\s+|,\s*)?|(?:there\s+was\s+a\s+lightning\s+talk\s+called\s+))(?=\S)/iu;
/** SPOKEN_LEAD in a dictated note's lower case (its first letter aside): "The First Talk Was Great" is a title. */
function spokenLead(rest: string): RegExpExecArray | null {
  const m = SPOKEN_LEAD.exec(rest);
  // (Not before a colon or a dash: "first one: "Title"" is a label, "## Last one — …" a heading naming a listed talk by place.)
  return m && m[0].slice(1) === m[0].slice(1).toLowerCase() && !':：-–—'.includes(rest[m[0].length]) ? m : null;
}
/** The first letters of SPOKEN_LEAD's words (and every form has " was " or "lightning talk" in it: tested before it). */
const SPOKEN_FIRST = 'sSoOaAuUtTfFnNlL';
/** "--- ", "=== ", "*** ", "■ ", "▶ ": decoration before a title in plain text; "★★★☆☆ ", the writer's rating; "↑ ", pointing up at its notes. */
// ("・「Title」": a Japanese list's dot before a quotation.)
// ("(*) "Title"", "(✓) Title": the writer's mark in brackets, its meaning in a legend: "(*) = I saw it live".)
const DECORATION_PREFIX = /^(?:[(（][*+✓✔★☆!][)）](?=\s)|[★☆]{2,5}(?=\s)|⭐{1,5}(?=\s)|[-=*~#>―─━]{2,}|[-=*~]{1,}\s*>|[■□▪▫●○◆◇◼◻▶▷►▸▹★☆◎•·‣⁃❖➤➔→↑⬆](?!\S*[■□▪▫●○◆◇◼◻▶▷►▸▹★☆◎•‣⁃❖➤➔→↑⬆])|・(?=\s*[「『]))\s*/u;
const EMOJI_PREFIX = new RegExp(String.raw`^(?:${EMOJI_CHAR}+\s*)+`, 'u');
// (A Japanese closing bracket needs no space after it: "「タイトル」北村 誠さん"; "≪Title≫", "«Title»" as well.)
const QUOTED = /^(?:["“”「『'‘’《〈≪«])(.{2,200}?)(?:["“”'’](?=\s|$|[-–—,(（/])|[」』》〉≫»])\s*(.*)$/u;
const KEYNOTE = /^(?:(?:opening|closing|day\s*\d+|morning|afternoon|welcome)\s+)?key\s?note\b|^(?:오프닝\s*|클로징\s*)?키노트|^기조\s*(?:연설|강연)|^基調講演|^(?:オープニング|クロージング)?キーノート/iu;

/** What the "presented" form needs, by native searches: a regular expression tried at every position cost more. */
function hasPresentedVerb(s: string): boolean {
  return s.includes(' presente') || s.includes(' talked about ') || s.includes(' spoke about ') || s.includes(' gave a talk ');
}

const HIRAGANA_NAME = /^[\p{sc=Hiragana}ー]{2,10}(?:さん|氏|様)(?:\s*[(（][^()（）]{1,30}[)）])?$/u;

/** "~~Old title~~ → ", "~~Old~~ New": a struck-out title and the arrow (if any) to what replaced it. */
const STRUCK_THEN_NEW = /^~~[^~]{1,120}~~\s*(?:(?:→|->|⇒|=>)\s*)?(?=[^\s(（])/u;
/** Words struck out at a line's end. */
const STRUCK_END = /\s+~~[^~]{1,80}~~$/u;
/** A remark of the writer's in brackets at a line's end: a to-do's mark, or the slot moved, swapped, skipped or missed. */
// ("… (한국어 세션)", "…（英語タイトル、発表は日本語）", "… (원제 그대로)": the language it was given or titled in.)
const WRITERS_REMARK_AFTER = /\s*[(（][^()（）]*(?:\b(?:FIXME|TODO|TBD|XXX)\b|\b(?:moved|swapped|skipped|missed|rescheduled|postponed)\b|한국어|영어|일본어|원제|통역|韓国語|英語|日本語|原題|通訳|\bin\s+(?:English|Japanese|Korean)\b|\b(?:English|Japanese|Korean)\s+(?:session|talk|title|slides)\b)[^()（）]*[)）]$/u;
/** "Orange presents: ", "Deutsche Bahn presents — ": an organisation's name that presents the title after it. */
const ORG_PRESENTS = /^\p{Lu}[\p{L}\d&.'’ -]{0,30}?\s+presents?\s*[:：—–-]\s*(?=\S)/u;
/** "(not on my list) Title", "(제목 FIXME — 사진 흐림) Title": the writer's remark in brackets before the title. */
// ("(watched Sat morning) Title": a capitalised word between, its first and last in lower case.)
const WRITERS_REMARK_BEFORE = /^[(（](?:[^()（）]*\b(?:FIXME|TODO|TBD)\b[^()（）]*|[a-z][a-z'’]*\s+(?:[A-Za-z][a-z'’]*\s+){0,4}[a-z][a-z'’]*)[)）]\s*(?=\S)/u;
/** What says a slot was called off, after the arrow ("→ 발표자 사정으로 취소", "→ 中止", "→ cancelled"). */
const CALLED_OFF_WORDS = /취소|불참|中止|キャンセル|休講|cancel/iu;
/** A remark in brackets on a slot's change: a time, an arrow, a word of change or delay in it. */
// ("11:00 (같은 시간 다른 트랙) Title": a few Korean or Japanese words in brackets after the time, a remark on the slot.)
const SLOT_CHANGE_REMARK = /^(?:[(（][^()（）]{0,30}(?:\d{1,2}[:：]\d{2}|→|変更|변경|changed|moved|delayed|押し|지연)[^()（）]{0,30}[)）]|[(（][\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー가-힣]+(?:\s[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー가-힣]+){1,4}[)）])\s*(?=\S)/iu;
const CJK_REMARK_PREFIX = /^[(（][\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー가-힣]{1,6}[)）]\s*(?=\S)/u;

// ("11:00 (B홀) Title", "14:00 [Room 2] Title": the room in brackets after the time.)
const TRACK_AFTER_TIME = /^(?:(?:track|트랙|トラック)\s*[a-h]\s*[:：\-–—]\s*|[(（\[](?:[a-h0-9]\s*(?:홀|룸|트랙|会場|ルーム|ホール)|(?:room|hall|track|stage|룸|홀|트랙|会場|ルーム|トラック)\s*[a-h0-9]{1,2})[)）\]]\s*)/iu;

/** "301호 | ", "그랜드볼룸 | ", "Room 4 | ", "전시장 B홀 | ": a room's cell, between bars, after a schedule's time. */
const ROOM_CELL = /^(?:\d{2,4}\s*(?:호|号室|号|室)|[\p{L}\d ]{0,12}?(?:볼룸|홀|룸|로비|ホール|ルーム|会場|hall|room|ballroom|stage|foyer|lobby)(?:\s*[A-Za-z0-9]{1,3})?|(?:room|hall|track|stage)\s*[\w-]{1,6})\s*(?:[|｜]|\s·)\s*/iu;

function stripPrefixes(s: string): { rest: string; offset: number; time: string | null } {
  let offset = 0;
  let time: string | null = null;
  let rest = s;
  for (let guard = 0; guard < 4; guard++) {
    // ("２０：５０〜　懇親会": a time in full-width digits, read as the same time.)
    const c0 = rest.charCodeAt(0);
    // (A chat's "[10:31] jun.k: …" is its message's time and author: CHAT_PREFIX below.)
    const box = c0 === 91 && guard === 0 ? CHECK_BOX_PREFIX.exec(rest) : null;
    if (box) {
      offset += box[0].length;
      rest = rest.slice(box[0].length);
      continue;
    }
    const t = c0 === 91 && CHAT_PREFIX.test(rest) ? null : TIME_PREFIX.exec(c0 >= 0xff10 && c0 <= 0xff19 ? asciiDigits(rest) : rest);
    if (t) {
      time = t[2] ? `${t[1]}-${t[2]}` : t[1];
      offset += t[0].length;
      rest = rest.slice(t[0].length);
      // ("【10:00 オープニング】主催挨拶のみ", "【13:30 スポンサーセッション】Title": the slot's kind in the time's brackets; a
      // programme's item that is no talk is the line's title, any other kind is left out before the title after it.)
      const close = t[0].charCodeAt(0) === 0x3010 ? rest.indexOf('】') : -1;
      if (close > 0 && close <= 16 && !rest.slice(0, close).includes('【')) {
        const kind = rest.slice(0, close).trim();
        if (NOT_A_TALK.test(kind) || close + 1 >= rest.trimEnd().length) rest = rest.slice(0, close);
        else {
          offset += close + 1;
          rest = rest.slice(close + 1);
        }
      }
      continue;
    }
    // ("D1 · Track A · 10:40 — Title": a programme's breadcrumb, its day, track and time set apart by middle dots, a dash after it.)
    const crumbs = guard === 0 && rest.includes(' · ') ? BREADCRUMB.exec(rest) : null;
    if (crumbs && crumbs[0].length < rest.length) {
      time = /\d{1,2}:\d{2}/u.exec(crumbs[0])?.[0] ?? time;
      offset += crumbs[0].length;
      rest = rest.slice(crumbs[0].length);
      continue;
    }
    // ("Track A 10:00-10:40 Title / Name", "B会場 13:00 …": the track before a timetable's time.)
    const track = time === null && guard === 0 ? TRACK_BEFORE_TIME.exec(rest) : null;
    if (track) {
      offset += track[0].length;
      rest = rest.slice(track[0].length);
      continue;
    }
    // ("17:30-      | 懇親会": an open end's dash, then the bar before the timetable's cell.)
    if (time !== null && c0 === 124 && rest.length > 2) {
      const bar = /^\|\s*/u.exec(rest)![0];
      offset += bar.length;
      rest = rest.slice(bar.length);
      continue;
    }
    // ("10:40 Track B — Title": a timetable's track after its time; alone, "Track B — Reliability (Main Hall)" names the track.)
    const lettered = time !== null ? TRACK_AFTER_TIME.exec(rest) : null;
    if (lettered && lettered[0].length < rest.length) {
      offset += lettered[0].length;
      rest = rest.slice(lettered[0].length);
      continue;
    }
    // ("11:00  [R]  hall 7.3 room K   Title": a room in its own column after the time, wide spaces after it.)
    const column = time !== null ? ROOM_COLUMN.exec(rest) : null;
    if (column && column[0].length < rest.length) {
      offset += column[0].length;
      rest = rest.slice(column[0].length);
      continue;
    }
    // ("13:30 / space A / Title", "14:20 / B / Title": an open space's room between slashes after the time.)
    const slashed = time !== null && c0 === 47 ? SLASHED_ROOM.exec(rest) : null;
    if (slashed && slashed[0].length < rest.length) {
      offset += slashed[0].length;
      rest = rest.slice(slashed[0].length);
      continue;
    }
    // ("11:20-12:00 | 301호 | [CON-203] Title", "09:30 | 그랜드볼룸 | 기조연설": an app's schedule, the room in a cell after the time.)
    // ("09:40 · Room S3 · Title", "11:15 · Keynote stage · Title": or after a middle dot.)
    const room = time !== null ? ROOM_CELL.exec(rest) : null;
    if (room && room[0].length < rest.length) {
      offset += room[0].length;
      rest = rest.slice(room[0].length);
      continue;
    }
    // ("~~Old title~~ → 「New title」": the title struck out and replaced, the new one after the arrow.)
    const replaced = rest.startsWith('~~') ? STRUCK_THEN_NEW.exec(rest) : null;
    if (replaced && replaced[0].length < rest.length && !CALLED_OFF_WORDS.test(rest.slice(replaced[0].length))) {
      offset += replaced[0].length;
      rest = rest.slice(replaced[0].length);
      continue;
    }
    // ("Orange presents: Title", "Zalando presents: …": a sponsor's name before its talk's title.)
    const presents = guard <= 2 && rest.includes(' presents') ? ORG_PRESENTS.exec(rest) : null;
    if (presents && presents[0].length < rest.length) {
      offset += presents[0].length;
      rest = rest.slice(presents[0].length);
      continue;
    }
    const before = c0 === 40 || c0 === 0xff08 ? WRITERS_REMARK_BEFORE.exec(rest) : null;
    if (before && before[0].length < rest.length) {
      offset += before[0].length;
      rest = rest.slice(before[0].length);
      continue;
    }
    // ("~~Old title~~": struck out, the marks kept for isNonTalkTitle.)
    if (rest.startsWith('~~') && rest.indexOf('~~', 2) > 2) break;
    // ("[BOOTH] Datadog demo": a tag saying the entry is no talk, kept for isNonTalkTitle.)
    if ((c0 === 91 || c0 === 0x3010) && NOT_A_TALK_TAG.test(rest)) break;
    // ("（代打）Title": a remark of a few Japanese or Korean letters in brackets before the title.)
    // ("15:10（15:00→15:10に時間変更）Title", "14:00 (moved from 13:30) Title": a remark on the slot's change after its time.)
    const changed = time !== null && (c0 === 40 || c0 === 0xff08) ? SLOT_CHANGE_REMARK.exec(rest) : null;
    if (changed && changed[0].length < rest.length) {
      offset += changed[0].length;
      rest = rest.slice(changed[0].length);
      continue;
    }
    const m = DECORATION_PREFIX.exec(rest) ?? (rest[0] === '[' ? CHAT_PREFIX.exec(rest) : null) ?? (SPOKEN_FIRST.includes(rest[0]) && (rest.includes(' was ') || rest.includes('lightning talk')) ? spokenLead(rest) : null) ?? LABEL_PREFIX.exec(rest) ?? (NOW_NEXT_FIRST.includes(rest[0]) ? NOW_NEXT_LABEL.exec(rest) : null) ?? EMOJI_PREFIX.exec(rest) ?? (rest[0] === '（' || rest[0] === '(' ? CJK_REMARK_PREFIX.exec(rest) : null);
    if (m && m[0].length < rest.length) {
      offset += m[0].length;
      rest = rest.slice(m[0].length);
      continue;
    }
    break;
  }
  // ("Name「Title」〜PagerDutyに全部寄せる〜": a subtitle between wave dashes after the quoted title, blanked.)
  if ((rest.endsWith('〜') || rest.endsWith('～')) && QUOTE_THEN_SUBTITLE.test(rest)) rest = rest.replace(QUOTE_THEN_SUBTITLE, (m, close: string) => close + ' '.repeat(m.length - close.length)).trimEnd();
  // "Title — Name (Org) · Room Amstel", "Title · Room IJ · Name": a calendar's room, blanked (offsets hold).
  if (time && rest.includes(' · ')) rest = rest.replace(ROOM_SEGMENT, (m) => ' '.repeat(m.length)).trimEnd();
  return { rest, offset, time };
}
const QUOTE_THEN_SUBTITLE = /([」』])\s*[〜～][^〜～「」『』]{1,40}[〜～]$/u;
/** "hall 7.3 room K   ", "room 7.2 B   ": a room (one or two of its words) in a column of its own, two spaces or more after it. */
const ROOM_COLUMN = /^(?:(?:hall|room|stage|zaal|saal|홀|룸|ホール|ルーム|会場)\s*[A-Za-z0-9][\w.-]{0,5}(?:\s[A-Za-z0-9]{1,2}(?=\s))?\s?){1,2}\s{2,}(?=\S)/iu;
/** "/ space A / ", "/ B / ": a room or a space between slashes. */
const SLASHED_ROOM = /^\/\s*(?:(?:space|room|hall|track|stage|zaal|트랙|룸|会場)\s*)?[A-Za-z0-9]{1,3}\s*\/\s*(?=\S)/iu;
const TRACK_BEFORE_TIME = new RegExp(String.raw`^${TRACK}\s+(?=\d{1,2}[:：]\d{2})`, 'iu');
/** " · Room Amstel", " · Main Hall", " · Foyer, sponsor booths": a room or a place after a middle dot. */
const ROOM_SEGMENT = /\s+·\s+(?:(?:main|big|small|great|grand)\s+)?(?:room|hall|foyer|rooftop|lobby|terrace|lounge|auditorium|theat(?:re|er)|stage|track|ballroom|atrium|zaal|saal|룸|홀|ホール|会議室|ルーム)\b[^·]{0,40}?(?=\s+·\s+|\s*$)|\s+·\s+[\p{Lu}][\p{L}'-]*\s+(?:room|hall|stage|zaal|saal)\b[^·]{0,30}?(?=\s+·\s+|\s*$)/giu;

/** An emoji first: the writer's mark. */
const MARK_FIRST = /^\p{Extended_Pictographic}/u;

/** After a quoted title's speakers: the writer's next sentence (". Clashed …") or a remark in brackets ("(plenary; I was …)"). */
const SENTENCE_AFTER_SPEAKERS = /(?:\.\s+\p{Lu}.*|\s*[(（][^()（）]*[;；][^()（）]*[)）])$/u;

/** Trims quotes, trailing colons and dashes around a title. */
function trimTitle(s: string): { text: string; lead: number } {
  // Index arithmetic, not trim() and regular expressions: one slice per title (every line is read as one).
  let start = 0;
  let end = s.length;
  while (start < end && isWhiteSpace(s.charCodeAt(start))) start++;
  while (end > start && isWhiteSpace(s.charCodeAt(end - 1))) end--;
  const lead = start;
  let extra = 0;
  if (end - start >= 2 && OPENING_QUOTES.includes(s[start]) && CLOSING_QUOTES.includes(s[end - 1]) && !hasLineTerminator(s, start + 1, end - 1)) {
    start++;
    end--;
    extra = 1;
  }
  // "Registration & breakfast          Exchange Foyer": a pasted agenda's next column after a wide gap.
  const gap = s.indexOf('   ', start);
  if (gap > start && gap < end) end = gap;
  while (end > start && isTitleTail(s.charCodeAt(end - 1))) end--;
  while (start < end && isWhiteSpace(s.charCodeAt(start))) start++;
  return { text: s.slice(start, end), lead: lead + extra };
}

const OPENING_QUOTES = '"“「『\'‘《〈≪«';
const CLOSING_QUOTES = '"”」』\'’》〉≫»';

/** What `.` does not match. */
function hasLineTerminator(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/** White space, colons, commas, dashes, bars and slashes: what a title does not end with. */
function isTitleTail(c: number): boolean {
  return c === 58 || c === 0xff1a || c === 44 || c === 45 || c === 0x2013 || c === 0x2014 || c === 124 || c === 47 || isWhiteSpace(c);
}

/** The people and the organisation a line's bracketed inline fields name ("[speaker:: A, B] [org:: X]"), or null. */
export function inlineFieldSpeakers(text: string, check: NameCheck): Speaker[] | null {
  return fieldSpeakers(text.matchAll(BRACKETED_FIELDS), { ...check, allowBareHandle: true }, true);
}

/**
 * The speakers that labelled fields name ([key, value] in groups 1 and 2 of each match), the organisation's field given
 * to each without one; with `nameAlone`, a given name or a nickname alone is the name written.
 */
function fieldSpeakers(fields: Iterable<RegExpMatchArray>, check: NameCheck & { allowBareHandle?: boolean }, nameAlone: boolean): Speaker[] | null {
  let people: string | null = null;
  let org: string | null = null;
  for (const m of fields) {
    const key = m[1].trim();
    if (people === null && SPEAKER_FIELD_KEY.test(key)) people = withoutWikiBrackets(m[2]).trim();
    else if (org === null && ORG_FIELD_KEY.test(key)) org = withoutWikiBrackets(m[2]).trim() || null;
  }
  const sp = people ? parseSpeakers(people, check) : null;
  // ("[speaker:: [[Oh Jaehyun|재현]]]": the field says who it is; a given name alone, or a nickname, is the name written.)
  const speakers = sp?.speakers.length ? sp.speakers : nameAlone && people && FIELD_NAME_ALONE.test(people) && !check.isKnownNonPerson?.(people) ? [{ name: people, org: null }] : null;
  if (!speakers) return null;
  return org && !NO_ORGANISATION.test(org) ? speakers.map((x) => (x.org ? x : { ...x, org })) : speakers;
}
const BRACKETED_FIELDS = /\[([^[\]:]{1,24})::\s*((?:[^[\]]|\[\[[^[\]]*\]\])*)\]/gu;
const SPEAKER_FIELD_KEY = new RegExp(`^${SPEAKER_LABEL_WORDS}$`, 'iu');
const ORG_FIELD_KEY = new RegExp(`^${ORG_LABEL_WORDS}$`, 'iu');
/** A name alone: one to three words of letters, no longer than a name. */
const FIELD_NAME_ALONE = /^(?=.{2,24}$)[\p{L}][\p{L}.'’-]*(?:\s[\p{L}][\p{L}.'’-]*){0,2}$/u;
/** " [speaker:: …": a speaker's inline field after a title. */
export const INLINE_SPEAKER_FIELD = new RegExp(String.raw`\s\[${SPEAKER_LABEL_WORDS}\s*::`, 'iu');

/** A time (in brackets or not) or nothing (1), a session's code, "T2-1", "DEV301", "CON-204" (2; not "LT1", a lightning talk's label), then a quoted title. */
const SESSION_CODE_BEFORE_QUOTE = /^(\s*(?:\[?\d{1,2}:\d{2}(?:\s*[-–~]\s*\d{1,2}:\d{2})?\]?\s+)?)(?!LT)(\p{Lu}{1,4}(?:\d{1,2}-\d{1,3}|-?\d{2,3})[a-z]?)(?=\s+["“「『])/u;
/** "Ch. 10", "Chapter 4", "第3章", "제5장": a book's chapter by its number alone. */
const CHAPTER_ALONE = new RegExp(`${BOOK_CHAPTER.source}\\.?$`, 'iu');

/** A short lead (1), then emoji (2), then a quoted title (or a lightning talk's one). */
const EMOJI_BEFORE_QUOTE = new RegExp(String.raw`^([^「『"“\s][^「『"“]{0,13}?)(\s*${EMOJI_CHAR}+\s*)(?=(?:LT\s*)?[「『"“])`, 'u');
/** A line in brackets that credits a talk: a label for its title or speakers first ("[talk: …]", "(발표: …)"). */
const CREDIT_LABEL = String.raw`(?:${TITLE_LABEL_WORDS}|(?:${SPEAKER_LABEL_WORDS}|발표|発表)\s*[:：])`;
const WRAPPED_CREDIT = new RegExp(String.raw`^(?:\(${CREDIT_LABEL}[^()]+\)|（${CREDIT_LABEL}[^（）]+）|\[${CREDIT_LABEL}[^[\]]+\])$`, 'iu');
/** " | speakers: …": a cell with the speakers' label after a title's. */
const SPEAKER_CELL = new RegExp(String.raw`\s*[|｜]\s*${SPEAKER_LABEL_WORDS}\s*[:：]`, 'iu');
const CELL_FIELD = /([^|｜:：]{1,24})[:：]\s*([^|｜]*)/gu;

/**
 * Reads a line's content as a talk title with optional speakers. Returns null for empty text.
 * `check` tells which words are never people (tool names, vendors).
 */
export function parseTalkLine(content: string, check: NameCheck = {}): TalkLine | null {
  // "[KR, interp→JP] Title", "[EN] Title", "[KR/JP 공동] Title": the language it was given in, and its interpreting, before it.
  const language = content.charCodeAt(0) === 91 ? LANGUAGE_TAG.exec(content) : null;
  if (language && language[0].length + 4 <= content.length) {
    const inner = parseTalkLine(content.slice(language[0].length), check);
    if (inner) return { ...inner, titleStart: inner.titleStart + language[0].length, titleEnd: inner.titleEnd + language[0].length };
  }
  // "[10:40] 【Title】 藤井 美咲（Org）", "基調講演【Title】 Name（Org）", "Aトラック【Title】 …": a title in lenticular brackets
  // (long enough not to be a label or a name), its speakers after it.
  const lenticular = content.includes('【') ? LENTICULAR_TITLE.exec(content) : null;
  // (Not "【北浜テック株式会社】西田 恵「Title」": an organisation first, the title quoted after its people.)
  if (lenticular && !BRACKET_LABEL.test(lenticular[4]) && !looksLikeOrg(lenticular[4]) && !/[「『"“]/u.test(lenticular[5])) {
    // ("… 山本 さくら（Org）←昨日の Istio の人": the writer's remark after an arrow pointing back.)
    const sp = parseSpeakers(lenticular[5].replace(/\s*(?:←|<-{1,2}).*$/u, ''), check);
    if (sp?.strong && sp.speakers.length <= 4) {
      const start = lenticular[1].length;
      return { title: lenticular[4], speakers: sp.speakers, strongSpeakers: true, keynote: !!lenticular[3] && KEYNOTE.test(lenticular[3]), quoted: true, titleStart: start, titleEnd: start + lenticular[4].length, time: lenticular[2] ?? null };
    }
  }
  // "Title https://slides.example.com/… — Name（Org）": the slides' address beside the title, blanked (offsets hold).
  const blanked = content.includes('://') && !/^\s*https?:/u.test(content) ? content.replace(BARE_URL, (url) => ' '.repeat(url.length)) : content;
  if (blanked !== content) {
    if (blanked.trim().length >= 4) {
      const line = parseTalkLine(blanked.trimEnd(), check);
      return line && !line.title.includes('://') ? { ...line, title: line.title.trim() } : line;
    }
  }
  // "Title ................ 中村 亮 (Org)": a printed programme's dot leader between the title and its speakers, read as a
  // dash (of the same length, so that the title's place in the line stays).
  if ((content.includes('....') || content.includes('……') || content.includes('・・・')) && DOT_LEADER.test(content)) {
    content = content.replace(DOT_LEADER, (run) => ' —' + ' '.repeat(run.length - 2));
  }
  // ("Golden Paths, Not Golden Cages        Jonas Becker (Ostwind)": two columns of a text lined up with spaces, the title
  // and who gave it; read as a dash, when the right column names people.)
  const gap = content.length > 24 && content.includes('      ') ? COLUMN_GAP.exec(content) : null;
  if (gap) {
    const dashed = parseTalkLine(content.slice(0, gap.index) + ' — ' + content.slice(gap.index + gap[0].length), check);
    // (The title left of the gap keeps its place in the line.)
    if (dashed?.speakers.length && dashed.strongSpeakers && dashed.titleEnd <= gap.index) return dashed;
  }
  // "Title - 염지완 (한밭모빌리티) (13:40~14:20)": the slot's time after the line, in brackets, is no part of it.
  const slot = content.endsWith(')') || content.endsWith('）') || content.endsWith(']') ? TRAILING_SLOT.exec(content) : null;
  if (slot && slot.index >= 4) return parseTalkLine(content.slice(0, slot.index), check) ?? parseTalkLineAsIs(content, check);
  // "Title (FIXME: exact title, …)", "Title (moved to the afternoon, skipped it)": the writer's remark in brackets after it.
  const remark = content.endsWith(')') || content.endsWith('）') ? WRITERS_REMARK_AFTER.exec(content) : null;
  if (remark && remark.index >= 4) {
    const line = parseTalkLine(content.slice(0, remark.index), check);
    // ("… (원제: Automating EKS operations)": the original title, kept as the title's other.)
    const original = line && !line.otherTitle ? ORIGINAL_IN_BRACKETS.exec(remark[0]) : null;
    return (original ? { ...line!, otherTitle: unquoted(original[1]) } : line) ?? parseTalkLineAsIs(content, check);
  }
  // "Building golden paths on Waypoint ~~and no-code modules~~": the words struck out at its end are no longer its.
  if (content.endsWith('~~')) {
    const struck = STRUCK_END.exec(content);
    if (struck && struck.index >= 4) return parseTalkLine(content.slice(0, struck.index), check) ?? parseTalkLineAsIs(content, check);
  }
  // "Title — Name (Org)  <- attended", "… ← 必見": the writer's remark after an arrow pointing back at the line.
  // (Only where the rest names its speakers: "Title <- something" alone may be the title.)
  const pointed = content.includes('<-') || content.includes('←') ? ARROW_REMARK.exec(content) : null;
  const unpointed = pointed && pointed.index >= 4 ? parseTalkLine(content.slice(0, pointed.index), check) : null;
  if (unpointed?.speakers.length) return unpointed;
  // ("『Title』 hnakamura さん —「GitHub Actions の runner を Nomad で」": a quoted title and its speaker, then their words quoted after a dash.)
  const saidAfter = content.length > 12 && endsWithQuote(content) && QUOTE_FIRST_CHARS.includes(content[0]) ? SAID_AFTER_DASH.exec(content) : null;
  const beforeSaid = saidAfter && saidAfter.index >= 6 ? content.slice(0, saidAfter.index) : null;
  const unsaid = beforeSaid !== null ? parseTalkLine(beforeSaid, check) : null;
  if (beforeSaid !== null && unsaid?.quoted && unsaid.speakers.length && (unsaid.strongSpeakers || /さん|氏|様|님/u.test(beforeSaid))) return { ...unsaid, strongSpeakers: true };
  // ("“Title” — 정하늘 (5분) → tfsec이 Trivy로 흡수된 얘기": a quoted title and its speaker, then what it was about after an arrow.)
  // (Only so: "Jenkins → GitHub Actions 이관" is a title with an arrow in it.)
  const told = content.includes(' → ') || content.includes(' -> ') ? ARROW_THEN_NOTE.exec(content) : null;
  const untold = told && told.index >= 6 ? parseTalkLine(content.slice(0, told.index), check) : null;
  if (untold?.quoted && untold.strongSpeakers && untold.speakers.length) return untold;
  // "【Org】Name (@handle)「Title」Track A", "Title - Name (Org)  Room 2": the track or room after the line, no part of it.
  // (Only where the rest names its speakers or quotes its title: "Escape Room 2" is a title.)
  const track = TRACK_GATE.test(content) ? TRAILING_TRACK.exec(content) : null;
  const untracked = track && track.index >= 4 ? parseTalkLine(content.slice(0, track.index), check) : null;
  if (untracked && (untracked.speakers.length || untracked.quoted)) return untracked;
  // "Title - Name, Org   [9:00am | Ballroom A | Core | L200 | 4/5]   ⭐ must rewatch": the slot's fields in square brackets
  // after the line (a mark and a remark after them), no part of it.
  const open = content.endsWith(']') || content.includes('] ') ? content.lastIndexOf('[') : -1;
  const fields = open >= 4 && isWhiteSpace(content.charCodeAt(open - 1)) ? TRAILING_FIELDS.exec(content.slice(open)) : null;
  if (fields && (fields[1].split('|').length >= 3 || FIELD_TIME.test(fields[1]))) return parseTalkLine(content.slice(0, open).trimEnd(), check) ?? parseTalkLineAsIs(content, check);
  // "LT2 Title / 森 花子 (Org) ★★★★★ ⭐ must rewatch": the writer's rating after the line, and any remark after it.
  // ("■ 13:40 Title ×", "… 中村 恵子（Org） ◎": a legend's mark after the line, heard, liked or missed.)
  const rating = content.includes('★') || content.includes('☆') || content.includes('⭐') ? TRAILING_RATING.exec(content) : LEGEND_MARK_AFTER.exec(content);
  if (rating && rating.index >= 4) return parseTalkLine(content.slice(0, rating.index), check) ?? parseTalkLineAsIs(content, check);
  // "### 1. 키노트 (류성민 정리)", "(notes: Jun)", "（まとめ：佐藤）": who took the notes, in brackets after the line, is no speaker.
  const taker = content.endsWith(')') || content.endsWith('）') ? NOTE_TAKER.exec(content) : null;
  if (taker && taker.index >= 2) return parseTalkLine(content.slice(0, taker.index), check) ?? parseTalkLineAsIs(content, check);
  // "LT1: 高田さん(フリーランス)「Title」 #ocn_osaka": a post's hashtags after the line.
  const tags = content.includes('#') ? TRAILING_HASHTAGS.exec(content) : null;
  if (tags && tags.index >= 4) return parseTalkLine(content.slice(0, tags.index), check) ?? parseTalkLineAsIs(content, check);
  // "**Title** [speaker:: [[Kato Hiroshi|加藤 浩]]] [org:: なにわシステムズ]": Dataview's inline fields after the title name its speakers.
  const field = content.includes('::') ? INLINE_SPEAKER_FIELD.exec(content) : null;
  if (field && field.index >= 4) {
    const speakers = inlineFieldSpeakers(content.slice(field.index), check);
    const titled = speakers ? parseTalkLine(content.slice(0, field.index).trimEnd(), check) : null;
    if (titled && speakers) return { ...titled, speakers, strongSpeakers: true };
  }
  // ("첫 세션 🎤 「Title」", "두 번째 🎤 "Title"": an emoji between a short lead and the quoted title, read as a space.)
  const emojiLead = content.length > 8 && content.charCodeAt(0) < 0xd800 ? EMOJI_BEFORE_QUOTE.exec(content) : null;
  // (Only when the lead is read as a label: the title starts at the quotation.)
  const led = emojiLead ? parseTalkLine(content.slice(0, emojiLead[1].length) + ' '.repeat(emojiLead[2].length) + content.slice(emojiLead[0].length), check) : null;
  if (led && led.titleStart >= emojiLead![0].length) return led;
  // "[talk: Title | speakers: A, B | org: Org]", "(발표: 김하늘, 데브온 — "Title")": a credit line in brackets, read inside them.
  const c0 = content.charCodeAt(0);
  if ((c0 === 40 || c0 === 91 || c0 === 0xff08) && content.length > 8 && WRAPPED_CREDIT.test(content)) {
    const inner = parseTalkLine(content.slice(1, -1), check);
    return inner && { ...inner, titleStart: inner.titleStart + 1, titleEnd: inner.titleEnd + 1 };
  }
  // "Title | speakers: A, B | org: Org": cells with labels after the title name its speakers and their organisation.
  const cells = content.includes('|') || content.includes('｜') ? SPEAKER_CELL.exec(content) : null;
  if (cells && cells.index >= 4) {
    const speakers = fieldSpeakers(content.slice(cells.index).matchAll(CELL_FIELD), check, false);
    const titled = speakers ? parseTalkLine(content.slice(0, cells.index).trimEnd(), check) : null;
    if (titled && speakers) return { ...titled, speakers, strongSpeakers: true };
  }
  // ("[11:00] T2-1  "Title"", "DEV301 「Title」": the session's code in the programme before its quoted title, blanked.)
  const code = content.length > 12 && content.charCodeAt(0) < 0x80 ? SESSION_CODE_BEFORE_QUOTE.exec(content) : null;
  if (code) return parseTalkLine(content.slice(0, code[1].length) + ' '.repeat(code[2].length) + content.slice(code[1].length + code[2].length), check);
  const line = parseTalkLineAsIs(content, check);
  // ("Ch. 10 — Practical Alerting", "第3章 — 監視のアンチパターン": a book's chapter, a dash, the chapter's name; no speaker.)
  if (line?.speakers.length && CHAPTER_ALONE.test(line.title)) {
    return { ...line, title: content.trim(), speakers: [], strongSpeakers: false, titleStart: content.length - content.trimStart().length, titleEnd: content.trimEnd().length };
  }
  // "Open Observability Meetup Seoul #7 (오픈 옵저버빌리티 밋업 서울)": an event's name, then the same in another
  // language in brackets; no person and organisation.
  if (line?.speakers.length === 1 && line.speakers[0].org && EVENT_KIND.test(line.speakers[0].org) && EVENT_KIND.test(line.title)) {
    return { ...line, title: content.trim(), speakers: [], strongSpeakers: false, titleStart: content.length - content.trimStart().length, titleEnd: content.trimEnd().length };
  }
  // "Title — 中部ネットショップ株式会社 / 酒井 翔太": the organisation, then its person, after the dash.
  if (line?.speakers.length === 1 && !line.speakers[0].org && line.strongSpeakers) {
    const dash = / [—–-] (?=[^—–]{2,40}$)/u.exec(line.title);
    const org = dash ? line.title.slice(dash.index + 3).trim() : '';
    if (dash && dash.index >= 4 && looksLikeOrg(org)) {
      const title = line.title.slice(0, dash.index).trimEnd();
      return { ...line, title, titleEnd: line.titleStart + title.length, speakers: [{ ...line.speakers[0], org }] };
    }
  }
  // ("A (Google), B (Red Hat), moderated by C (CNCF)": a panel's people, its moderator after "by"; no title.)
  if (line?.speakers.length && MODERATED_BEFORE_BY.test(line.title)) return null;
  // "Vault로 DB 계정 자동 회전하기（VaultでDBアカウントを自動ローテーション）", "Keeping Loki Cheap (Loki 비용 줄이기)": the
  // title translated in brackets after it, in a script the title does not use.
  // ("… (원제: Automating EKS operations)": the original, labelled.)
  // ("쿠버네티스 … 무중단으로 / "Zero-downtime Kubernetes upgrades"": the same after a slash, each of the two at most once.)
  if (line && line.title.length > 10) {
    let title = line.title;
    let otherTitle = '';
    const bracket = title.endsWith(')') || title.endsWith('）') ? TRAILING_TRANSLATION.exec(title) : null;
    const label = bracket && bracket.index >= 4 ? ORIGINAL_TITLE_LABEL.exec(bracket[1]) : null;
    if (bracket && bracket.index >= 4 && (label || inAnotherLanguage(title.slice(0, bracket.index), bracket[1]))) {
      title = title.slice(0, bracket.index).trimEnd();
      otherTitle = unquoted(bracket[1].slice(label ? label[0].length : 0));
    }
    const slashed = title.includes('/') || title.includes('／') ? SLASHED_TRANSLATION.exec(title) : null;
    // (Not "Cilium / eBPF なんでも相談会": unquoted, the other language's part has no Latin letter.)
    if (slashed && slashed.index >= 8 && !!slashed[1] === !!slashed[3] && (!!slashed[1] || !/\p{sc=Latin}/u.test(slashed[2])) && inAnotherLanguage(title.slice(0, slashed.index), slashed[1] ? `"${slashed[2]}"` : slashed[2])) {
      title = title.slice(0, slashed.index).trimEnd();
      otherTitle ||= slashed[2].trim();
    }
    if (title !== line.title) return { ...line, title, titleEnd: line.titleStart + title.length, ...(otherTitle ? { otherTitle } : {}) };
  }
  // "続いて「Title」", "最後は遠隔登壇で「Title」": a sentence's lead before the quoted title, its speakers on the next line.
  if (line && !line.speakers.length && line.title.includes('「')) {
    const led = LEAD_THEN_QUOTED.exec(line.title);
    if (led) return { ...line, title: led[2], quoted: true, titleStart: line.titleStart + led[1].length, titleEnd: line.titleStart + led[1].length + led[2].length };
  }
  // "모듈이 200개 넘어가면서 버전 관리 지옥 ㅠㅠ (공감 백배)", "… 의견 (반론 있을 듯 ㅎㅎ)": a remark in brackets after a
  // sentence that ends crying or laughing, not a person and their organisation.
  if (line?.speakers.length && !line.quoted && /[)）]$/u.test(content) && (KO_LAUGHTER_END.test(line.title) || line.speakers.some((sp) => sp.org !== null && KO_LAUGHTER.test(sp.org)))) {
    return { ...line, title: content.trim(), speakers: [], strongSpeakers: false, titleStart: content.length - content.trimStart().length, titleEnd: content.trimEnd().length };
  }
  return line;
}

/** Korean laughter and crying written in letters: "ㅋㅋ", "ㅎㅎ", "ㅠㅠ", "ㅜㅜ". */
const KO_LAUGHTER = /[ㅋㅎㅠㅜ]{2}/u;
const KO_LAUGHTER_END = /[ㅋㅎㅠㅜ]{2}[\s!?~.]*$/u;

const MODERATED_BEFORE_BY = /[,，]\s*(?:moderated|hosted|chaired|facilitated)$/iu;
/** "QT @handle", "RT @handle", "🔁 @handle": a post of someone else's, quoted or shared. */
const QUOTED_POST = /^(?:QT|RT|🔁)\s*@[\w.-]{1,40}/iu;
/** A title's last bracket (group 1 inside it). */
const TRAILING_TRANSLATION = /\s*[(（]([^()（）]{4,120})[)）]$/u;
/** "원제: …", "原題：…", "original: …": the title as its speaker wrote it, labelled, inside the bracket after the writer's. */
const ORIGINAL_TITLE_LABEL = /^(?:원제|원래\s*제목|영문\s*제목|原題|英題|original(?:\s+title)?|orig\.)\s*[:：]/iu;
/** A bracket that holds the labelled original alone (group 1). */
const ORIGINAL_IN_BRACKETS = new RegExp(String.raw`^\s*[(（]${ORIGINAL_TITLE_LABEL.source.slice(1)}\s*([^()（）]{4,})[)）]$`, 'iu');
/** Words without the quotes around them: "“Zero-downtime upgrades”" → "Zero-downtime upgrades". */
export function unquoted(text: string): string {
  const t = text.trim();
  return /^["“'‘「『]/u.test(t) && /["”'’」』]$/u.test(t) && t.length > 2 ? t.slice(1, -1).trim() : t;
}
/** After a slash, the title again: "무중단으로 / "Zero-downtime upgrades"", "한일 공동 온콜 운영기 / 日韓共同オンコール運用記". */
const SLASHED_TRANSLATION = /\s+[/／]\s+(["“「]?)([^/／]{6,120}?)(["”」]?)$/u;

/** An address after white space, not inside a markdown link's brackets. */
const BARE_URL = /(?<=\s)https?:\/\/[^\s()（）<>\]]+/gu;

/** A few words ending as a sentence's lead does (は, で, て, 、), then the whole title in 「」 (group 2 inside, group 1 before it with the bracket). */
const LEAD_THEN_QUOTED = /^([^\p{sc=Latin}\d「」]{1,11}(?:は|で|て|、|に)\s*「)([^「」]{4,120})」[。！!]?$/u;

/** The words that name a kind of event, in any language (fewer than EVENT_WORDS: "번개장터" and "선데이토즈" are companies). */
const EVENT_KIND = /(?:meetup|meet-up|conference|summit|user\s*group|밋업|컨퍼런스|콘퍼런스|서밋|유저\s*그룹|사용자\s*모임|勉強会|ミートアップ|カンファレンス|サミット|ユーザー会)/iu;

/** Six spaces or more between two words: the gap between two columns. */
const COLUMN_GAP = /(?<=\S) {6,}(?=\S)/u;
/** A dot leader: four dots or more, two ellipses or more, three middle dots or more, the spaces around them. */
const DOT_LEADER = /[ \t\u3000]*(?:\.{4,}|…{2,}|・{3,})[ \t\u3000]*/u;

/** What the speaker said, quoted after a dash at the line's end (" —「…」", " - "…""). */
const SAID_AFTER_DASH = /\s*(?:[—–]|--?)\s*(?:「[^「」]{2,200}」|“[^“”]{2,200}”|"[^"]{2,200}")$/u;
const QUOTE_FIRST_CHARS = '「『“"';
/** What the talk was about, after an arrow pointing away at the line's end (" → tfsec이 Trivy로 흡수된 얘기"). */
const ARROW_THEN_NOTE = /\s+(?:→|->)\s+[^→]{2,120}$/u;
/** A remark after an arrow pointing back at the line ("  <- attended", " ← 必見", " <-- must rewatch"), at its end. */
const ARROW_REMARK = /\s+(?:<-{1,2}|←)\s*[^<←→]{1,40}$/u;
/** A track's or a room's letter or number after a line ("Track A", "Room 2", "トラックB", "(Hall 3)"), the space before it. */
const TRAILING_TRACK = /[\s\u3000]*[(（\[]?(?:track|room|hall|トラック|ルーム|ホール|트랙|룸|홀)[\s\u3000]*[A-Za-z0-9]{1,2}[)）\]]?$/iu;
/** A line's last characters as TRAILING_TRACK's end: a letter or digit, or a bracket after one. */
const TRACK_GATE = /[A-Za-z0-9][)）\]]?$/u;
/** Who took a section's notes, in brackets at the end of its line: "(류성민 정리)", "(정리: 최윤아)", "(notes by Jun)", "（まとめ：佐藤）". */
const NOTE_TAKER = /\s*[(（](?:[^()（）:：]{1,20}\s(?:정리|작성|기록|메모)|(?:정리|작성|기록|메모|notes?(?:\s+by)?|written\s+by|まとめ|記録|メモ)\s*[:：]?\s*[^()（）]{1,20})[)）]$/iu;
/** A Korean or Japanese full name: "강민서", "吉田 直樹". */
const CJK_FULL_NAME_WORDS = String.raw`[가-힣]{2,4}|\p{sc=Han}{1,3}\s?[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]{1,4}`;
const CJK_FULL_NAME_ALONE = new RegExp(`^(?:${CJK_FULL_NAME_WORDS})$`, 'u');
/** "[한결페이 / 강민서]": an organisation, then a person's full name, read as the person of the organisation. */
function orgSlashPerson(org: string, name: string, check: NameCheck): SpeakerParse | null {
  if (!CJK_FULL_NAME_ALONE.test(name.trim())) return null;
  const sp = parseSpeakers(`${name.trim()} (${org.trim()})`, check);
  return sp?.strong && sp.speakers.length === 1 ? sp : null;
}
/** "김지훈 / 파도소프트", "Jane Doe / Acme Corp": a person's full name (group 1), a slash or bar, their organisation (group 2). */
const PERSON_SLASH_ORG = new RegExp(String.raw`^(${CJK_FULL_NAME_WORDS}|\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2})\s*[/／|]\s*(\S[^/／|]{1,30})$`, 'u');
/** The person and organisation of a PERSON_SLASH_ORG text, as parseSpeakers reads "Name (Org)"; undefined when it has not that shape. */
export function personSlashOrg(text: string, check: NameCheck): SpeakerParse | null | undefined {
  const m = PERSON_SLASH_ORG.exec(text);
  return m ? parseSpeakers(`${m[1]} (${m[2].trim()})`, check) : undefined;
}
/** A list's mark ("▶", "■", "◆") before a bracket that opens the rest. */
const MARK_THEN_BRACKET = /^[■□▪●○◆◇▶▷►▸★☆◎•‣❖➤➔→]\s*(?=[\[【])/u;
/** A time or a span of times (group 1), then a bracket that opens the rest. */
const TIME_THEN_BRACKET = /^(\d{1,2}[:：]\d{2}(?:\s*[-–~〜]\s*\d{1,2}[:：]\d{2})?)\s+(?=[\[【])/u;
/** One mark of a note's legend after the line ("◎ liked", "○ fine", "× missed"). */
// ("… 中村 彩 (Org) 📍🏃": or the writer's own marks, in emoji, where the line says how they heard it.)
const LEGEND_MARK_AFTER = /\s+(?:[◎○◯△×✕✗]|(?:[\p{Extended_Pictographic}][\uFE0F\u200D]?){1,4})$/u;
/** Three to five stars or a starred mark, after white space, to the line's end (what follows them a remark). */
const TRAILING_RATING = /\s+(?:[★☆]{3,5}|⭐+(?=\s|$))(?:\s.{0,60})?$/u;
/** Square brackets of fields split by bars at a line's end (group 1 inside), a starred remark after them. */
const TRAILING_FIELDS = /^\[([^\[\]]*\|[^\[\]]*)\](?:\s+[⭐★☆!♥❤]\S*(?:\s+\S+){0,4})?\s*$/u;
const FIELD_TIME = /\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\b\d{1,2}:\d{2}\b/iu;
/** A time or time range in brackets at the end of a line: "(13:40~14:20)", "[14:00]", "（19:05〜19:15）". */
const TRAILING_SLOT = /\s*[(（\[]\s*(?:오전|오후|午前|午後)?\s*\d{1,2}[:：]\d{2}\s*(?:[~〜～\-–—]\s*\d{1,2}[:：]\d{2}\s*)?[)）\]]$/u;

function parseTalkLineAsIs(content: string, check: NameCheck): TalkLine | null {
  // "[누리클라우드] 박지훈 - 제목", "【ミドリクラウド】タイトル / 佐藤 健太": the speakers' organisation first, in brackets.
  const c0 = content.charCodeAt(0);
  // ("▶ [강동현 / 한빛모빌리티] Title": a mark before the bracket, read past.)
  const mark = c0 > 0x2000 && (content.includes('[') || content.includes('【')) ? MARK_THEN_BRACKET.exec(content) : null;
  if (mark) {
    const inner = parseTalkLineAsIs(content.slice(mark[0].length), check);
    if (inner?.speakers.length) return { ...inner, titleStart: inner.titleStart + mark[0].length, titleEnd: inner.titleEnd + mark[0].length };
  }
  // ("20:00  [이도현/하이퍼커넥트] Title": a timetable's time first, then the same.)
  const timed = c0 >= 48 && c0 <= 57 && (content.includes('[') || content.includes('【')) ? TIME_THEN_BRACKET.exec(content) : null;
  const afterTime = timed ? content.slice(timed[0].length) : '';
  const inner = timed ? parseTalkLineAsIs(afterTime, check) : null;
  // (The people in the brackets, the title after them: not "[Hall B] 사내 …" read as a title in brackets and people after it.)
  if (inner?.speakers.length && inner.speakers.every((sp) => sp.org) && inner.titleStart > afterTime.search(/[\]】]/u)) return { ...inner, titleStart: inner.titleStart + timed![0].length, titleEnd: inner.titleEnd + timed![0].length, time: timed![1] };
  if (c0 === 91 || c0 === 0x3010) {
    const lead = /^(?:\[([^\]]{2,30})\]|【([^】]{2,40})】)\s*/u.exec(content);
    const org = lead ? (lead[1] ?? lead[2]).trim() : '';
    // "【青木 すみれ】Title", "【LT / 岡本 圭】Title", "【Rahul Mehta / 松下 陽介】Title": the speakers first, in brackets.
    const rest = lead ? content.slice(lead[0].length).trimEnd() : '';
    const people = rest.length >= 4 && c0 === 0x3010 ? peopleInBrackets(org, check) : null;
    if (people) return namedTalkLine(rest, lead![0].length, people, false);
    // "[김지훈 / 파도소프트] Title", "[Jane Doe / Acme] Title": a person, then their organisation, in square brackets.
    const named = rest.length >= 4 && c0 === 91 ? personSlashOrg(org, check) : null;
    if (named?.strong && named.speakers.length === 1 && named.speakers[0].org) {
      const after = stripPrefixes(rest);
      if (after.rest.trim().length >= 4) return namedTalkLine(after.rest.trim(), lead![0].length + after.offset, named.speakers, false);
    }
    // "[우주커머스 김철수] Title", "[별빛게임즈 / 이수민, 장태오] Title": the organisation, then its people, in square brackets.
    // (Not a chat's "[운영진 송지호] [오후 6:52] …" nor a channel's "[#infra-잡담 스레드 백업] …".)
    const staff = rest.length >= 4 && c0 === 91 && rest[0] !== '[' && org[0] !== '#' ? orgThenPeople(org, check) : null;
    if (staff) {
      const after = stripPrefixes(rest);
      if (after.rest.trim().length >= 4) return namedTalkLine(after.rest.trim(), lead![0].length + after.offset, staff, false);
    }
    // "[정하늘 · 파도은행] Title": a person and their organisation in square brackets, a middle dot between.
    const dotted = rest.length >= 4 && c0 === 91 && org.includes(' · ') ? /^([^·]{2,30}?)\s+·\s+([^·]{2,40})$/u.exec(org) : null;
    const sp = dotted ? parseSpeakers(`${dotted[1]} (${dotted[2]})`, check) : null;
    if (sp?.strong && sp.speakers.length === 1) return namedTalkLine(rest, lead![0].length, sp.speakers, true);
    // Not a chat log's "[최현우] [오후 7:42] …" (a person, then another bracket).
    if (lead && !BRACKET_LABEL.test(org) && !/[:：]/.test(org) && !/^[\[【]/u.test(content.slice(lead[0].length)) && !isPeopleOnly(org, check)) {
      const inner = parseTalkLineWithin(content.slice(lead[0].length), check, org);
      if (inner) return { ...inner, titleStart: inner.titleStart + lead[0].length, titleEnd: inner.titleEnd + lead[0].length };
    }
  }
  // "(Haruto Mizuno, Kitsune Works) Title", "（田中 太郎／ミドリ株式会社）「Title」": the speakers first, in round brackets.
  if (c0 === 40 || c0 === 0xff08) {
    const lead = speakersInRoundBrackets(content, check);
    if (lead) return lead;
  }
  const parsed = parseTalkLineWithin(content, check, null);
  if (!(content.includes(' — ') || content.includes(' – ') || content.includes(' - '))) return parsed;
  // "karpenter consolidation — R. Okafor (Datadog) — ~30% fewer nodes": the writer's remark after the speaker.
  const cut = remarkAfterSpeaker(content, check);
  // (The part before the remark read as a whole line is: "keynote: \"Title\" — Name (Org) -- remark" loses its label too.)
  return cut >= 0 ? (parseTalkLine(content.slice(0, cut), check) ?? parsed) : parsed;
}

/** "[KR, interp→JP] ", "[EN] ", "[KR/JP 공동] ": a language's code or name first in square brackets, then the title. */
const LANGUAGE_TAG = /^\[(?:EN|ENG|KR|KO|JP|JA|English|Korean|Japanese|한국어|영어|일본어|日本語|英語|韓国語)(?![\p{L}])[^\[\]]{0,24}\]\s*(?=\S)/u;
/** LENTICULAR_TITLE's groups: 1 all before the title, 2 the time, 3 a kind or track, 4 the title, 5 the speakers. */
const LENTICULAR_TITLE = /^((?:\[?(\d{1,2}[:：]\d{2})(?:\s*[-~〜]\s*\d{1,2}[:：]\d{2})?\]?\s*)?(?:(基調講演|キーノート|[A-Z]\s?トラック|トラック\s?[A-Z]|[A-Z]\s?会場|키노트|기조\s?연설|[A-Z]\s?트랙)\s*)?【)([^【】]{8,120})】\s*(\S.{1,80})$/u;
/** "→ translation / " after a quoted title, before its speakers. */
const ARROW_TRANSLATION = /^\s*(?:→|->|⇒)\s*([^/／→]{2,80}?)\s*[/／]\s*(?=\S)/u;

const ROUND_LEAD = /^[(（]([^()（）]{3,60})[)）]\s*/u;

/** A round bracket before a title that names its speakers with confidence, each a person (a remark or a length is none). */
function speakersInRoundBrackets(content: string, check: NameCheck): TalkLine | null {
  const lead = ROUND_LEAD.exec(content);
  if (!lead || content.length - lead[0].length < 4) return null;
  const inner = lead[1].replace(/，/gu, ', ').trim();
  const slashed = personSlashOrg(inner, check);
  const sp = slashed === undefined ? parseSpeakers(inner, check) : slashed;
  if (!sp?.strong || !sp.speakers.length) return null;
  const after = stripPrefixes(content.slice(lead[0].length));
  const start = lead[0].length + after.offset;
  const quoted = QUOTED.exec(after.rest);
  if (quoted && !quoted[2].trim()) return namedTalkLine(quoted[1], start + 1, sp.speakers, true);
  const title = after.rest.trimEnd();
  return title.length >= 4 && !title.startsWith('(') && !title.startsWith('（') ? namedTalkLine(title, start, sp.speakers, false) : null;
}

const SPEAKER_THEN_TITLE = new RegExp(String.raw`^${SPEAKER_LABEL_WORDS}\s*[:：]\s*(\S.{0,60}?)\s*(?:[/／|｜]|\s{2,})\s*${TITLE_LABEL_WORDS}(\S.*)$`, 'iu');

/** "연사: 박서연 (넥스트웨이브) / 제목: Title", "発表者：森 ひかり／タイトル：Title": a labelled speaker, then the labelled title, on one line. */
export function speakerThenTitle(content: string, check: NameCheck): TalkLine | null {
  const m = SPEAKER_THEN_TITLE.exec(content);
  const sp = m ? parseSpeakers(m[1], check) : null;
  if (!sp?.speakers.length) return null;
  const after = stripPrefixes(m![2]);
  const title = trimTitle(after.rest.trimEnd()).text;
  if (title.length < 2) return null;
  const start = content.length - m![2].length + after.offset;
  return { ...namedTalkLine(title, start, sp.speakers, false), keynote: KEYNOTE.test(title) };
}

/** "우주커머스 김철수", "별빛게임즈 / 이수민, 장태오", "개인 / 박준영": an organisation, then people (a Korean or Japanese name last, or after a slash); null otherwise. */
function orgThenPeople(text: string, check: NameCheck): Speaker[] | null {
  const slash = /^([^/／]{2,30}?)\s*[/／]\s*([^/／]{2,40})$/u.exec(text);
  const spaced = slash ? null : /^(\S.{0,28}?)\s+([가-힣]{2,4}|\p{sc=Han}{1,3}\s?\p{sc=Han}{1,3})$/u.exec(text);
  const m = slash ?? spaced;
  if (!m || BRACKET_LABEL.test(m[1].trim())) return null;
  const sp = parseSpeakers(m[2], check);
  if (!sp?.strong || sp.speakers.some((x) => x.org) || isPeopleOnly(m[1], check)) return null;
  const org = NO_ORGANISATION.test(m[1].trim()) ? null : m[1].trim();
  return sp.speakers.map((x) => ({ ...x, org }));
}

/** The people a bracket before a title names ("青木 すみれ", "LT / 岡本 圭", "Rahul Mehta / 松下 陽介"), or null when it names anything else. */
function peopleInBrackets(text: string, check: NameCheck): Speaker[] | null {
  const names = text.replace(/^(?:LT|ライトニングトーク|キーノート|基調講演)\s*[/／|・:：]\s*/iu, '').split(/\s*[/／、,&]\s*/u);
  if (!names.length || names.some((n) => !n || !isPeopleOnly(n, check))) return null;
  return names.map((n) => ({ name: parseSpeakers(n, check)!.speakers[0].name, org: null }));
}

/** "Title — Name (Org) — remark": where " — remark" begins after a line's middle part that names a speaker with their organisation in parentheses; -1 when none does. */
export function remarkAfterSpeaker(content: string, check: NameCheck = {}): number {
  const seps: Array<[number, number]> = [];
  for (const m of content.matchAll(DASH_BETWEEN)) seps.push([m.index!, m.index! + m[0].length]);
  // ("Title - Choi Minjun (Saebyeok Retail): Nomad + Consul on 300 boxes": a colon after the speaker's organisation.)
  // (Not "Keynote — Claudia Meier (Alpenfunk AG): Title": a session's kind before the dash, the title after the colon.)
  const colon = content.indexOf('): ');
  if (colon > 0 && seps.length && seps[0][1] < colon && !SESSION_KIND_ALONE.test(content.slice(0, seps[0][0]).replace(/^(?:TODO|DONE)\s+/u, '').trim())) {
    const sp = parseSpeakers(content.slice(seps[0][1], colon + 1).trim(), check);
    if (sp?.strong && sp.speakers.every((x) => x.org)) return colon + 1;
  }
  for (let k = 0; k + 1 < seps.length; k++) {
    // (Not "Keynote — Yuki Tanabe (Org) — Title": the session's kind before the speaker, the title after.)
    if (k === 0 && SESSION_KIND_ALONE.test(content.slice(0, seps[0][0]).trim().replace(EMOJI_PREFIX, ''))) continue;
    const middle = content.slice(seps[k][1], seps[k + 1][0]).trim();
    if (!middle.endsWith(')') && !middle.endsWith('）')) continue;
    const sp = parseSpeakers(middle, check);
    if (sp?.strong && sp.speakers.every((x) => x.org)) return seps[k + 1][0];
  }
  return -1;
}
// (" -- ": two hyphens typed for the dash.)
const DASH_BETWEEN = /\s(?:[—–-]|--)\s/gu;

/** Words of a bracketed label before a title ("[LT]", "【基調講演】", "[세션 2]", a session's code "【A-3】", a reviewer's verdict "[보류→채택]"), not an organisation. */
const VERDICT = `(?:${VERDICT_KEPT_WORDS}|${VERDICT_DROPPED_WORDS})`;
const BRACKET_LABEL = new RegExp(
  String.raw`^(?:${VERDICT}(?:\s*(?:→|->|⇒)\s*${VERDICT})?|[a-z]{1,2}-?\d{1,2}|\d{1,2}-\d{1,2}|\d{1,2}\s*(?:本目|番目|つ目|번\s*째|번)|lt\s*\d*|lightning(?:\s+talk)?|keynote|opening|closing|session\s*\d*|track\s*\w?|panel|workshop|hands-?on|sponsor(?:ed)?|day\s*\d*|q&a|demo|invited|special|\d+|키노트|기조\s*(?:연설|강연)?|세션\s*\d*|발표\s*\d*|트랙\s*\w?|패널|워크숍|핸즈온|스폰서|특별|초청|기술\s*세션\s*\d*|基調講演|キーノート|セッション\s*\d*|トラック\s*\w?|パネル|ワークショップ|ハンズオン|スポンサー|招待|特別|LT枠|一般|day\d|イベント|イベント名|日時|会場|場所|행사|행사명|일시|장소|event|date|venue|place|when|where)$`,
  'iu',
);

/** parseTalkLine after an organisation in brackets (`org`, null without one): its speakers without an organisation get it. */
function parseTalkLineWithin(content: string, check: NameCheck, org: string | null): TalkLine | null {
  const line = parseTalkLineBody(content, check);
  if (org === null) return line;
  if (line && line.speakers.length && line.strongSpeakers) return { ...line, speakers: line.speakers.map((sp) => (sp.org ? sp : { ...sp, org })) };
  // "박지훈 - 테라폼으로 멀티 계정 AWS 랜딩존 만들기": a bare name before the dash, the bracket its organisation.
  const dash = /^(.{2,30}?)\s+[-–—]\s+(.{4,})$/u.exec(content);
  const sp = dash ? parseSpeakers(`${dash[1]} (${org})`, check) : null;
  if (dash && sp?.strong && sp.speakers.length === 1 && !parseSpeakers(dash[2], check)) return namedTalkLine(dash[2].trim(), content.length - dash[2].length, sp.speakers, false);
  return null;
}

const CJK_NAME_COLON = /^([가-힣]{2,4}|[\p{sc=Han}\p{sc=Katakana}ー]{1,4}\s?[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー]{1,4})\s*[:：]\s*(\S.{3,80})$/u;
/** A Korean or Japanese sentence's end: "…했다.", "…좋았음", "…でした。". */
const CJK_SENTENCE_END = /(?:[.。!！?？]|[다요음함됨죠네]|です|ます|した|ました|った|ない)$/u;

/** Where a line's first colon is when the words before it may be people and their organisation (a slash, a comma or a plus among them), else -1. */
function peopleColon(rest: string): number {
  const at = rest.indexOf(': ');
  if (at < 5 || at > 60) return -1;
  const left = rest.slice(0, at);
  // (Not "패널토론 (연사 4명, 사회: 주최측)": a colon inside brackets.)
  return (left.includes(' / ') || left.includes(', ') || left.includes(' + ')) && !left.includes('"') && openBrackets(left) === 0 ? at : -1;
}

/**
 * "Org Name: Title" (see parseTalkLineBody): the words before the colon split where the rest are people's names (a Latin
 * one led by a known given name, a Korean or Japanese full name, a role after it), joined by "&", "and" or commas.
 */
function orgThenPeopleColon(rest: string, check: NameCheck, timed: boolean): { speakers: Speaker[]; at: number } | null {
  const colon = rest.search(/[:：]\s/u);
  if (colon < 5 || colon > 70) return null;
  const title = rest.slice(colon + 1).trim();
  if (title.length < 4) return null;
  const words = rest.slice(0, colon).replace(PERSON_ROLE_AFTER, '').trim().split(/\s+/u);
  if (words.length < 2 || words.length > 9) return null;
  for (let k = 1; k < words.length; k++) {
    const org = words.slice(0, k).join(' ');
    // (Not a label: "S6. (패널) 제목: Title", "10:00 Track A …".)
    if (NOT_AN_ORG_FIRST.test(org) || /\d[:：.]\d|[()（）\[\]【】]|\.$/u.test(org)) return null;
    const names = words.slice(k).join(' ').split(/\s*(?:&|\+|,|、|\band\b)\s*/u);
    // (A Korean or Japanese name needs a timetable's time before it or an organisation that reads as one: "관측 가능성 표준화:"
    // is a title's words.)
    if (names.length > 4 || !names.every((name) => isOwnName(name, check, timed || /[A-Za-z]/.test(org) || looksLikeOrg(org)))) continue;
    // (Not when a person with an organisation follows: "Acme Jane Doe: John Roe (Initech)" is no title.)
    // ("기조연설 (Keynote)": a session's kind in the brackets.)
    if (NAME_IN_BRACKETS.test(title) && !KIND_IN_BRACKETS.test(title)) return null;
    return { speakers: names.map((name) => ({ name, org })), at: colon + 1 };
  }
  return null;
}
/** Whether `name` is a person's name on its own: capitalised Latin words led by a known given name, or a Korean or Japanese full name. */
function isOwnName(name: string, check: NameCheck, cjkAllowed: boolean): boolean {
  if (LATIN_FULL_NAME.test(name)) return isGivenName(name.slice(0, name.indexOf(' ')));
  return cjkAllowed && (HANGUL_NAME.test(name) || KANJI_FULL_NAME.test(name)) && !LABEL_WORDS.test(name) && personName(name, check) === 'strong';
}
// (Latin letters only: not "Aurora PostgreSQL로", a particle after a tool's name.)
const LATIN_FULL_NAME = /^\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{sc=Latin}'’-]+){1,2}$/u;
const HANGUL_NAME = /^[가-힣]{2,4}$/u;
const KANJI_FULL_NAME = /^\p{sc=Han}{1,3}\s?\p{sc=Han}{1,3}$/u;
/** A session's kind in brackets closing a title: "기조연설 (Keynote)", "Title (panel)". */
const KIND_IN_BRACKETS = /[(（](?:keynote|키노트|基調講演|キーノート|lt|lightning talk|panel|패널|パネル|workshop|워크숍|ワークショップ)[)）]\s*$/iu;
/** A field's label before a colon, not a name: "제목:", "主題：". */
const LABEL_WORDS = /^(?:제목|주제|발표|세션|연사|사회|패널|메모|후기|요약|정리|소개|題目|主題|講演|発表|司会|概要)$/u;
/** A role after the last name ("함기호 대표"), left out. */
const PERSON_ROLE_AFTER = /\s(?:대표|이사|팀장|매니저|님|さん|氏|様)$/u;
/** Words before a name that are a programme's, not an organisation: "Track A", "Day 1", "Keynote". */
const NOT_AN_ORG_FIRST = /^(?:track|room|hall|stage|day|session|talk|keynote|lt|panel|lightning|트랙|세션|발표|키노트|セッション|トラック|発表)(?:\s|$)/iu;

/** Brackets opened and not closed in `s`. */
function openBrackets(s: string): number {
  let open = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 40 || c === 0xff08) open++;
    else if ((c === 41 || c === 0xff09) && open > 0) open--;
  }
  return open;
}

/** An order word ("最初は", "次、", "最後は"), the speaker with an honorific (and what is in brackets after it), a particle. */
const JA_ORDER = String.raw`(?:(?:最初|次|続いて|その次|その後|最後|トリ|トップバッター)(?:は|に|が|、|,)?\s*)?`;
const JA_SPEAKER_IN_SENTENCE = new RegExp(String.raw`^${JA_ORDER}(\S(?:.{0,38}?)(?:さん|氏|様|先生)(?:\s*[（(][^()（）]{1,40}[)）])?)\s*(?:の|で|による|から)?$`, 'u');
const JA_SPEAKER_STORY = new RegExp(String.raw`^${JA_ORDER}(\S(?:.{0,38}?)(?:さん|氏)(?:\s*[（(][^()（）]{1,40}[)）])?)\s*(?:の|で|による)\s*([^「」『』\s](?:.{4,118}?))\s*の?話$`, 'u');

/** "- 발표: ", "/ Speaker: ", "— 登壇者：": a dash or a label before the speakers after a bracketed title. */
const LABEL_AFTER_BRACKET = /^\s*(?:[-–—/|]\s*)?(?:(?:발표자?|연사|speakers?|発表者?|登壇者?)\s*[:：]\s*)?/iu;
/** People, each or the last with an organisation in brackets (group 1), then "on" or a colon, then the title (2). */
const PEOPLE_IN_BRACKETS_LEAD = /^((?:[^()（）]{2,60}[(（][^()（）]{2,50}[)）]\s*(?:&|,|、|\band\b)\s*){0,3}[^()（）]{2,60}[(（][^()（）]{2,50}[)）])\s*(?:on\s+|[:：]\s*)(.{4,})$/u;
/** "Keynote — " before "Name (Org): Title" or "Name (Org) — Title". */
const KIND_DASH_SPEAKER = /^(?:(?:opening|closing)\s+)?(?:keynote|키노트)\s*[—–-]\s+(?=\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,2}\s*[(（][^()（）]{2,40}[)）]\s*(?:[:：]|\s[—–-])\s)/iu;
/** The kinds of session whose label may come before a speaker and a colon ("LT — 오승우: Title"). */
const KIND_WORD = /(?:lt|lightning|라이트닝|키노트|keynote|ライトニング|基調講演|キーノート)/iu;
/** A person's name alone (group 1: a Korean one, two or three capitalised words, a Japanese one), a colon, then the title (group 2). */
const NAME_COLON_TITLE = /^([가-힣]{2,4}|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,2}|[\p{sc=Han}\p{sc=Katakana}]{1,4}\s?[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]{1,4})\s*[:：]\s+(\S.{3,})$/u;
/** A session's kind and number with a dash or colon (group 1), two or three capitalised words (group 2), a colon, a title in double quotes (group 3). */
const KIND_NAME_COLON_QUOTED = /^((?:LT|lightning(?:\s+talk)?|keynote|talk|session)\s*#?\d{0,2}\s*[—–:-]\s*)(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2})\s*[:：]\s*["“]([^"“”]{4,200})["”]\s*$/iu;
/** Two or three capitalised words (group 1), a colon, a title in double quotes (group 2), nothing after. */
const NAME_COLON_QUOTED = /^(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2})\s*[:：]\s*["“]([^"“”]{4,200})["”]\s*$/u;
/** Korean names with 님 (one, or joined by +, a comma or &), then a dash. */
const NIM_BEFORE_DASH = /^[가-힣]{2,4}\s?님(?:\s*[+,、&]\s*[가-힣]{2,4}\s?님)*\s*[—–-]\s/u;
/** "LT ", "키노트 ", "Keynote " before a speaker with an honorific. */
const KIND_BEFORE_SPEAKER = /^(?:lt|라이트닝|키노트|keynote)\s+(?=[가-힣]{2,4}\s?님|\S{1,8}\s?さん)/iu;
/** "현우님 Title": a Korean name of two to four syllables, 님, a space, then the title (group 2). */
const NAME_NIM_THEN_TITLE = /^([가-힣]{2,4})님\s+([^\s\-–—:：/|(（].{3,118})$/u;
/** What a talk's title has and a to-do ("남궁현님 자료 요청 메일") has not: a word in Latin letters (a tool's name, k8s), or a talk's kind of story at its end. */
const TALKISH_KO = /[A-Za-z]{2}|(?:기|이야기|회고|입문|소개|실전|운영|구축|도입|이관|전환|적용|사례|분투기|삽질기)$/u;
/** "팀장님", "선배님", "강사님": a position or a relation with 님, not a name. */
const TITLE_NOT_NAME = /^(?:팀장|실장|부장|과장|차장|대리|사장|대표|이사|본부장|센터장|선배|후배|교수|강사|연사|발표자|사회자|운영진|회장|선생|고객|기사|매니저|리더)$/u;
/** Emoji, laughter and marks closing a message: "… 빵 터짐 🤣", "… ㅋㅋ". */
const TRAILING_MARKS = /[\s\p{Extended_Pictographic}\uFE0F\u200Dㅋㅎㅠㅜ!?~.]+$/u;
/** A clause that goes on: "… 였다고 하셔서 …", "… 했는데 …" (a sentence about the person, not a title). */
const KO_CLAUSE = /(?:다고|라고|해서|셔서|는데|했고|지만|니까)\s/u;
/** How a Korean sentence ends: "… 좋았음", "… 했다", "… 해요". */
const SENTENCE_END_KO = /(?:[다요음함됨죠네임]|[.!?])$/u;

/** NAME_NIM_THEN_TITLE's match when what follows the name reads as a title: not a position, a to-do, a sentence or a clause about the person. */
function nameNimThenTitle(rest: string): RegExpExecArray | null {
  const m = NAME_NIM_THEN_TITLE.exec(rest);
  if (!m || !TALKISH_KO.test(m[2]) || TITLE_NOT_NAME.test(m[1]) || m[2].includes('. ') || KO_CLAUSE.test(m[2])) return null;
  return SENTENCE_END_KO.test(m[2].replace(TRAILING_MARKS, '')) || /^(?:발표|세션|얘기|이야기|말|질문|답변|슬라이드|블로그)(?:\s|$)/u.test(m[2]) ? null : m;
}

/** A talk line whose title was found whole at `titleStart` and whose speakers were read with confidence (the forms read outside parseTalkLineBody's `result`). */
function namedTalkLine(title: string, titleStart: number, speakers: Speaker[], quoted: boolean): TalkLine {
  return { title, speakers, strongSpeakers: true, keynote: KEYNOTE.test(title), quoted, titleStart, titleEnd: titleStart + title.length, time: null };
}

/** An item's number before a bracketed title: "１．", "2. ", "③", "(4)". */
const NUMBER_BEFORE_BRACKET = /^(?:[０-９]{1,2}[．.、]|\d{1,2}[.)、．]|[①-⑳]|[(（]\d{1,2}[)）])\s*(?=[[【])/u;

function parseTalkLineBody(content: string, check: NameCheck): TalkLine | null {
  // "[GitOps로 멀티클러스터 배포 자동화하기] 한승우 (누리클라우드)": the title in brackets, its speakers after it (not a label).
  // "【SLOを組織に根付かせるまでの3年間】田中 美咲＠株式会社ツバメペイ": the same with lenticular brackets.
  // ("１．【Title】　Name（Org）", "② [Title] Name": the same after the item's number.)
  const numbered = content.charCodeAt(0) !== 91 && content.charCodeAt(0) !== 0x3010 ? NUMBER_BEFORE_BRACKET.exec(content) : null;
  const afterNumber = numbered ? numbered[0].length : 0;
  if (content.charCodeAt(afterNumber) === 91 || content.charCodeAt(afterNumber) === 0x3010) {
    const body = afterNumber ? content.slice(afterNumber) : content;
    const bracketed = body.charCodeAt(0) === 91 ? /^\[([^\]]{2,120})\]\s*(.{2,80})$/u.exec(body) : /^【([^】]{2,120})】\s*(.{2,80})$/u.exec(body);
    // ("【基調講演】…": a label in brackets, not a title.)
    // ("【Title】 - 발표: 남도윤 (프리랜서)": a dash and a label before the speakers.)
    const sp = bracketed && !BRACKET_LABEL.test(bracketed[1].trim()) ? parseSpeakers(bracketed[2].replace(LABEL_AFTER_BRACKET, ''), check) : null;
    if (bracketed && sp?.strong) return { ...namedTalkLine(bracketed[1].trim(), afterNumber + 1, sp.speakers, true), titleEnd: afterNumber + 1 + bracketed[1].length };
  }
  // "Kenji Morita: "Ten Years of Terraform"": a person's name (its first word a given name), a colon, the quoted
  // title (before the prefixes are stripped: a word or two before a colon and a quote is a label there).
  const named = content.charCodeAt(0) < 0x80 && endsWithQuote(content) ? NAME_COLON_QUOTED.exec(content) : null;
  if (named && isGivenName(named[1].split(/[ -]/)[0]) && !check.isKnownNonPerson?.(named[1])) return namedTalkLine(named[2], content.indexOf(named[2], named[1].length), [{ name: named[1], org: null }], true);
  // "LT1 — Soma Ueda: "Title"": a session's kind and number, then a name of capitalised words, a colon and the quoted title.
  const kindNamed = content.charCodeAt(0) < 0x80 && endsWithQuote(content) ? KIND_NAME_COLON_QUOTED.exec(content) : null;
  if (kindNamed && !check.isKnownNonPerson?.(kindNamed[2])) return { ...namedTalkLine(kindNamed[3], content.indexOf(kindNamed[3], kindNamed[1].length + kindNamed[2].length), [{ name: kindNamed[2], org: null }], true), keynote: /keynote/i.test(kindNamed[1]) };
  let { rest, offset, time } = stripPrefixes(content);
  if (!rest.trim()) return null;
  // ("15/ QT @HashiCorp: "Nomad 1.9 is out"", "RT @cncf: …": someone else's post quoted or shared in a thread, no talk.)
  if (rest.length > 4 && (rest[1] === 'T' || rest[1] === 't' || rest.charCodeAt(0) === 0xd83d) && QUOTED_POST.test(rest)) return null;
  // ("ii.（Priya Raman，Lumen Ledger）Title": the speakers in round brackets after a number.)
  if (offset > 0 && (rest.charCodeAt(0) === 40 || rest.charCodeAt(0) === 0xff08)) {
    const lead = speakersInRoundBrackets(rest, check);
    if (lead) return { ...lead, titleStart: lead.titleStart + offset, titleEnd: lead.titleEnd + offset, time };
  }
  // "LT 서연님 - Title", "LT 田中さん「…」": the session's kind before its speaker, with no separator.
  const kind = (rest.charCodeAt(0) | 32) === 108 || rest.charCodeAt(0) >= 0xac00 ? KIND_BEFORE_SPEAKER.exec(rest) : null;
  // ("Keynote — Claudia Meier (Alpenfunk AG): Title": the kind, a dash, then the speaker and a colon.)
  const kindDash = kind ? null : (rest.charCodeAt(0) | 32) === 107 || rest.charCodeAt(0) >= 0xac00 ? KIND_DASH_SPEAKER.exec(rest) : null;
  // ("Keynote — Name (Org) — Title": a keynote by the kind before its speaker.)
  const keynoteKind = !!(kind ?? kindDash) && /keynote|키노트/iu.test((kind ?? kindDash)![0]);
  if (kind ?? kindDash) {
    const k = (kind ?? kindDash)!;
    offset += k[0].length;
    rest = rest.slice(k[0].length);
  }
  const result = (title: string, at: number, speakers: Speaker[], strong: boolean, quoted: boolean): TalkLine => {
    const tt = trimTitle(title);
    return {
      title: tt.text,
      speakers,
      strongSpeakers: strong,
      keynote: keynoteKind || KEYNOTE.test(tt.text),
      quoted,
      titleStart: offset + at + tt.lead,
      titleEnd: offset + at + tt.lead + tt.text.length,
      time,
    };
  };
  // "talk 3 :: service mesh regrets / chen & fujita / mercari": after a talk's label, what, who and where between
  // slashes, typed in lower case on a phone (who as written: surnames, a handle).
  const typed = offset > 0 && rest.includes(' / ') && TALK_LABEL_BEFORE.test(content.slice(0, offset)) ? titleWhoWhereCells(rest) : null;
  if (typed) return result(typed.title, 0, typed.speakers, true, false);
  // "이동건 | 야놀자 | eks 업그레이드 무중단으로 하기": who, where, then what, between bars.
  const whoWhereWhat = rest.includes(' | ') ? peopleOrgTitleCells(rest, check) : null;
  if (whoWhereWhat) return result(whoWhereWhat.title, whoWhereWhat.at, whoWhereWhat.speakers, true, false);
  // "LT — 오승우: Title", "Keynote - Dana Kim: Title": after the session's kind, a person alone before a colon.
  const afterKind = offset > 0 && rest.length > 8 && KIND_WORD.test(content.slice(0, offset)) ? NAME_COLON_TITLE.exec(rest) : null;
  const kindSpeaker = afterKind ? parseSpeakers(afterKind[1], check) : null;
  if (afterKind && kindSpeaker?.strong && kindSpeaker.speakers.length <= 3) return result(afterKind[2], afterKind[0].length - afterKind[2].length, kindSpeaker.speakers, true, false);

  // "10:30; Title; Speaker; Company": a schedule pasted from a spreadsheet.
  if (time && rest.includes(';')) {
    const cells = rest.split(/\s*;\s*/);
    // Not "Panel (A, X; B, Y)": a semicolon inside parentheses separates people, not cells.
    const balanced = cells.every((c) => (c.match(/[(（]/g)?.length ?? 0) === (c.match(/[)）]/g)?.length ?? 0));
    const sp = balanced && cells.length >= 2 && cells[0] ? parseSpeakers(cells.slice(1).filter((c) => c).join(', '), check) : null;
    if (sp) return result(cells[0], 0, sp.speakers, sp.strong, false);
  }
  // "山田さん「タイトル」": the speaker first, then the quoted title.
  // "藤田 誠さん（ゼブラ通信）の発表：『…』": "the talk of" between them.
  // ("최유나 님 (바다물류) — "Title"": a dash and double quotes between them.)
  // ("伊藤 翔さん（フリーランス）/「…」": a slash between them.)
  const speakerFirst = endsWithQuote(rest) ? /^([^「『"“]{1,90}?)\s*(?:の(?:発表|講演|セッション|LT)\s*[:：]?\s*|[—–\-:：/／]\s*)?(?:[「『]([^「」『』]{2,200})[」』]|["“]([^"“”]{2,200})["”])\s*$/u.exec(rest) : null;
  if (speakerFirst) {
    // "最初は @kuro_neko さんで「…」", "田中さんの「…」": an order word before the speaker, a particle after the honorific.
    const who = JA_SPEAKER_IN_SENTENCE.exec(speakerFirst[1]);
    const sp = parseSpeakers(who ? who[1] : speakerFirst[1], check);
    const title = speakerFirst[2] ?? speakerFirst[3];
    if (sp?.strong) return result(title, speakerFirst[0].indexOf(title, speakerFirst[1].length), sp.speakers, true, true);
    // ("Keynote - "Title"", "基調講演「…」": the session's kind before the quoted title, not its speaker.)
    if (SESSION_KIND_ALONE.test(speakerFirst[1].trim())) return { ...result(title, speakerFirst[0].indexOf(title, speakerFirst[1].length), [], false, true), keynote: KEYNOTE.test(speakerFirst[1].trim()) };
  }
  // "次、@yuzu_ops さんの Vault Agent Injector を全部 CSI Driver に置き換えた話": the speaker, の or で, the title, then 話 ("the talk").
  const story = rest.endsWith('話') ? JA_SPEAKER_STORY.exec(rest) : null;
  if (story) {
    const sp = parseSpeakers(story[1], check);
    if (sp?.strong && sp.speakers.length <= 2) return result(story[2], rest.lastIndexOf(story[2]), sp.speakers, true, false);
  }
  // "田中 健太さん：EKS から自前クラスタへ", "지은님: 젠킨스 → GitHub Actions 이관": the speaker with an honorific, a colon, the title.
  const colon = rest.indexOf('：') > 0 ? rest.indexOf('：') : rest.indexOf(': ') > 0 ? rest.indexOf(': ') : -1;
  // ("김단아 님 발표: Title", "田中さんの発表：Title": "the talk of" before the colon.)
  const head = colon > 0 && colon <= 40 ? rest.slice(0, colon).trim() : '';
  const talkOf = head ? /\s*(?:의\s*|の)?(?:발표|発表|講演)$/u.exec(head) : null;
  const who = talkOf ? head.slice(0, talkOf.index) : head;
  if (who && /(?:さん|氏|様|先生|님)$/u.test(who)) {
    const sp = parseSpeakers(who, check);
    const title = rest.slice(colon + 1).trim();
    // (Not "山本さん: 1 state に 2000 リソース → plan 12分。…": what they said, in sentences, the writer's notes on it.)
    if (sp?.strong && title.length >= 2 && !(title.length > 40 && /。\s*\S|→/u.test(title))) return result(title, rest.indexOf(title, colon), sp.speakers, true, false);
  }
  // "현우님 k8s 1.27→1.29 업그레이드 삽질기": a given name with 님, then the title (not a sentence about them).
  const honoured = rest.charCodeAt(0) >= 0xac00 && rest.includes('님 ') ? nameNimThenTitle(rest) : null;
  if (honoured) return result(honoured[2], honoured[0].length - honoured[2].length, [{ name: honoured[1], org: null }], true, false);
  // (Not "「クバネティス」と読む人のための…": a quoted word that the title goes on from.)
  const quoted = QUOTED.exec(rest);
  // (Hiragana right after the quotation is a particle, "「…」について"; a name in hiragana with its honorific, after a space, is who gave it: "「…」 やまぐちさん".)
  if (quoted && (!/^[\p{sc=Hiragana}]/u.test(quoted[2]) || (HIRAGANA_NAME.test(quoted[2]) && /\s$/u.test(rest.slice(0, rest.length - quoted[2].length))))) {
    // ("… " 발표 문다인 (Org)", "… " 登壇 …": a word for "presented by" before the speakers.)
    // ("Title" [Ron Bakker, Pagewise]: the speakers in square brackets.)
    // ("「Title」 → 번역한 제목 / 小林さん": the writer's translation between the title and who gave it.)
    const arrow = ARROW_TRANSLATION.exec(quoted[2]);
    const after = quoted[2].slice(arrow ? arrow[0].length : 0).replace(/^[\s,\-–—/|:：]+/u, '').replace(/^(?:by|발표|登壇)\s+/iu, '').replace(/^\[([^\[\]]{3,80})\]$/u, '$1');
    let sp = after ? (parseSpeakers(after, { ...check, allowBareHandle: true }) ?? lowerCaseSpeakers(after, check)) : null;
    // ("「Title」 📍 (最後まで)", "「Title」 ❌ 聞けず": the writer's marks and a remark, no one named for sure.)
    if (sp && !sp.strong && MARK_FIRST.test(after)) sp = null;
    // (""Title" — Priyanka Shah. Kustomize + plain manifests, …": a sentence inside a name is the writer's next one.)
    if (sp?.speakers.some((x) => x.name.includes('. '))) {
      const one = parseSpeakers(after.replace(SENTENCE_AFTER_SPEAKERS, ''), check);
      sp = one?.strong && !one.speakers.some((x) => x.name.includes('. ')) ? one : null;
    }
    // (""Title" — Lars Henning, Staff Engineer, Ostrava Cloud. Clashed with …", "… Halvorsen Group (plenary; I was stuck …)":
    // the speakers, then the writer's sentence or remark.)
    // (""Title" Yuki Tanaka / Hoshizora Games - answer: no, use a wiki": a remark after a dash.)
    if (!sp && after.length > 20) {
      for (const cut of [after.replace(SENTENCE_AFTER_SPEAKERS, ''), after.replace(/\s[-–—]\s.*$/u, '')]) {
        const one = cut !== after && cut.length >= 4 ? parseSpeakers(cut, check) : null;
        if (one?.strong && one.speakers.every((x) => x.org)) {
          sp = one;
          break;
        }
      }
    }
    // "「LT：Boundaryさわってみた」": a label inside the quotes.
    const label = LABEL_PREFIX.exec(quoted[1]);
    const title = label && label[0].length < quoted[1].length ? quoted[1].slice(label[0].length) : quoted[1];
    // ("Title" — Aya Morimoto, "Title" — Cho Min-ji (freelance): a dash after the quotes, then one name of capitalised words, is who gave it.)
    const dashed = !!sp && !sp.strong && sp.speakers.length === 1 && /^\s*[—–]\s/u.test(quoted[2]) && /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+(?:-\p{Ll}+)?){1,2}(?:\s*[(（][^()（）]{1,40}[)）])?$/u.test(after);
    const line = result(title, rest.indexOf(title), sp?.speakers ?? [], !!sp?.strong || dashed, true);
    return arrow ? { ...line, otherTitle: unquoted(arrow[1]) } : line;
  }
  // "Jane Doe (Acme) presented Rotating Everything": the speaker, a verb, the title.
  const presented = rest.length > 12 && hasPresentedVerb(rest) ? / (?:presented|presents|talked about|spoke about|gave a talk (?:on|about)) /.exec(rest) : null;
  if (presented) {
    const sp = parseSpeakers(rest.slice(0, presented.index), check);
    const title = rest.slice(presented.index + presented[0].length);
    if (sp?.strong && title.trim().length >= 4) return result(title, presented.index + presented[0].length, sp.speakers, true, false);
  }

  // "Marcus Oyelaran (Fernhill Logistics) on why Vault …", "A + B (Quillstone Bank): "Title"": people with their
  // organisation in parentheses, then "on" or a colon, then the title.
  // ("A (X) & B (Y): Title", "송하늘 (토스증권) : Title": two people each with theirs; a space before the colon.)
  const lead = rest.includes(') on ') || rest.includes(')') || rest.includes('）') ? PEOPLE_IN_BRACKETS_LEAD.exec(rest) : null;
  if (lead) {
    const sp = parseSpeakers(lead[1], check);
    // ("Svenja Roth (freelance): Title": no organisation, said so.)
    if (sp?.strong && (sp.speakers.every((x) => x.org) || (sp.speakers.length === 1 && NO_ORG_IN_BRACKETS.test(lead[1])))) {
      const q = /^["“「『](.+)["”」』]$/u.exec(lead[2].trim());
      const title = q ? q[1] : lead[2];
      return result(title, rest.indexOf(title, lead[1].length), sp.speakers, true, !!q);
    }
  }

  // "Henrik Aalto / Lumikki Systems: Title", "A + B, both Fjordline Analytics: Title": people, each with an
  // organisation, then a colon and the title.
  // ("카카오 / 김태윤 @taeyoon.k : Title": the organisation first, then its person and their handle.)
  const colonAt = lead ? -1 : peopleColon(rest);
  // (Not "윤소희 (쿠팡) / 멀티 클러스터 운영기: ApplicationSet…": a name and its organisation, a slash, then a title with a colon in it.)
  if (colonAt > 0 && !NAME_IN_BRACKETS_THEN_SLASH.test(rest.slice(0, colonAt))) {
    const sp = parseSpeakers(rest.slice(0, colonAt), check) ?? orgSlashHandledPerson(rest.slice(0, colonAt), check);
    const title = rest.slice(colonAt + 1).trim();
    if (sp?.strong && sp.speakers.every((x) => x.org) && title.length >= 4 && !parseSpeakers(title, check)) return result(title, rest.indexOf(title, colonAt), sp.speakers, true, false);
  }
  // "HashiCorp Megan Alvarez: Title", "Contoso Health Rebecca Liu & Omar Farouk: Title", "AWS 코리아 함기호 대표: Title",
  // "크래프톤 유지민, 안재현: Title": the organisation first, then its people, a colon and the title.
  const orgFirst = lead ? null : orgThenPeopleColon(rest, check, time !== null);
  if (orgFirst) {
    const title = rest.slice(orgFirst.at).trim();
    return result(title, rest.indexOf(title, orgFirst.at), orgFirst.speakers, true, false);
  }
  // "김도윤: 테라폼 모듈 버저닝", "田中 太郎：Terraformの話": a Korean or Japanese full name, a colon, the title (not a sentence).
  const cjkName = rest.charCodeAt(0) >= 0x3040 ? CJK_NAME_COLON.exec(rest) : null;
  // (Short, one phrase: "박소영: 작은 팀은 그냥 Lightsail 로 충분하다, k8s 는 사치" is what someone said.)
  if (cjkName && cjkName[2].length <= 40 && !/[,、，→]|[.。]\s/u.test(cjkName[2]) && personName(cjkName[1], check) === 'strong' && !CJK_SENTENCE_END.test(cjkName[2]) && !parseSpeakers(cjkName[2], check)) return result(cjkName[2], rest.length - cjkName[2].length, [{ name: cjkName[1], org: null }], true, false);
  // "ぬるぽ太郎 (@nullpo_taro) 「Title」", "吉田 蓮さん『Title』": who gave it, then the title in Japanese quotes to the line's end.
  const quotedLast = (rest.includes('「') || rest.includes('『')) && endsWithQuote(rest) ? SPEAKER_THEN_CJK_QUOTE.exec(rest) : null;
  if (quotedLast) {
    // (A nickname with its handle in brackets is a speaker too: "ぬるぽ太郎 (@nullpo_taro)".)
    const nick = /^(\S{1,20}?)\s*[(（]@([A-Za-z0-9_]{2,30})[)）]$/u.exec(quotedLast[1].trim());
    const sp = nick ? { speakers: [{ name: nick[1], org: null, handle: nick[2] }], strong: true } : parseSpeakers(quotedLast[1], { isKnownNonPerson: check.isKnownNonPerson, allowBareHandle: true });
    if (sp && sp.speakers.length <= 3 && (sp.strong || /@|さん|氏|様|님/u.test(quotedLast[1]))) return result(quotedLast[2], rest.lastIndexOf(quotedLast[2]), sp.speakers, true, true);
  }
  // "@kaylee_ops from Rivetline: "Title"", "@marcus.h & @dchen from Fernwood Health: Title": handles, their organisation, a colon, the title.
  const handlesFrom = rest.charCodeAt(0) === 64 && rest.includes(' from ') ? HANDLES_FROM_COLON.exec(rest) : null;
  if (handlesFrom) {
    const org = handlesFrom[2].trim();
    const speakers = handlesFrom[1].split(/\s*(?:&|\band\b|,)\s*/u).map((h) => ({ name: h.slice(1), org, handle: h.slice(1) }));
    const q = /^["“](.+)["”]$/u.exec(handlesFrom[3].trim());
    const title = q ? q[1] : handlesFrom[3].trim();
    return result(title, rest.lastIndexOf(title), speakers, true, !!q);
  }
  // "@dash_board_chan：Title": a handle, a colon, the title.
  const handleFirst = rest.charCodeAt(0) === 64 ? HANDLE_COLON.exec(rest) : null;
  if (handleFirst && !parseSpeakers(handleFirst[2], check)) return result(handleFirst[2], rest.length - handleFirst[2].length, [{ name: handleFirst[1], org: null, handle: handleFirst[1] }], true, false);
  // "정하린 (그린웨이브) → Title", "Title ← 류민아, 스텔라랩스": an arrow from the speakers to the title.
  const arrow = rest.includes('→') || rest.includes('->') || rest.includes('←') || rest.includes('<-') ? ARROW.exec(rest) : null;
  // (Not an arrow inside brackets: "회의 (30분 예정 → 1시간 걸림)".)
  if (arrow && bracketsBalanced(arrow[1]) && bracketsBalanced(arrow[3])) {
    const toTitle = arrow[2] === '→' || arrow[2] === '->';
    const people = toTitle ? arrow[1] : arrow[3];
    const title = toTitle ? arrow[3] : arrow[1];
    const sp = parseSpeakers(people, check);
    if (sp?.strong && (sp.speakers.every((x) => x.org) || /(?:님|さん|氏)\s*(?:[/／(（,]|$)/u.test(people)) && title.trim().length >= 4 && !parseSpeakers(title, check)?.strong) return result(title.trim(), toTitle ? arrow.index + arrow[0].length - arrow[3].length : 0, sp.speakers, true, false);
  }
  // "Freja Lindqvist (Skovhavn Energi) — Twelve Regions, One Terraform Codebase": a name and its organisation
  // in brackets first, a dash, then words that read as a name and an organisation too but name a tool or a number.
  const nameFirst = rest.includes(')') || rest.includes('）') ? nameInBracketsFirst(rest, check) : null;
  if (nameFirst) return result(rest.slice(nameFirst.at), nameFirst.at, nameFirst.speakers, true, false);
  // "김하늘님 — 모듈 레지스트리", "장보름님 + 서태웅님 — 골든 이미지": names with 님 before the dash are the speakers,
  // whatever the words after it look like (two syllables read as a name too).
  const honouredFirst = rest.charCodeAt(0) >= 0xac00 && NIM_BEFORE_DASH.test(rest) ? speakerBeforeTitle(rest, check, true) : null;
  if (honouredFirst) return result(rest.slice(honouredFirst.at), honouredFirst.at, honouredFirst.speakers, true, false);
  const split = splitAtSeparator(rest, check);
  if (split) return result(split.title, 0, split.speakers, split.strong, false);
  const first = speakerBeforeTitle(rest, check);
  if (first) return result(rest.slice(first.at), first.at, first.speakers, true, false);

  // "당근의 쿠버네티스 멀티 클러스터 운영기 [정하늘 / 당근]": the speaker and organisation in brackets at the end.
  const square = /\]\s*$/u.test(rest) ? /^(.*\S)\s*\[([^\[\]]{2,60})\]\s*$/u.exec(rest) : null;
  if (square) {
    const slash = /^(.+?)\s*[/／|]\s*(.+)$/u.exec(square[2]);
    // ("[한결페이 / 강민서]": the organisation may come first.)
    const sp = slash ? (parseSpeakers(`${slash[1]} (${slash[2]})`, check) ?? orgSlashPerson(slash[1], slash[2], check)) : parseSpeakers(square[2], check);
    if (sp?.strong && !isPeopleOnly(square[1], check)) return result(square[1], 0, sp.speakers, true, false);
  }
  // "おうちKubernetesをTalosで組み直した @nekomata": a title, then its speaker's handle.
  const at = rest.length > 8 ? rest.lastIndexOf('@') : -1;
  const handle = at > 4 && isWhiteSpace(rest.charCodeAt(at - 1)) ? /^(.*\S)\s+@([A-Za-z0-9_]{2,20})$/u.exec(rest) : null;
  if (handle && handle[1].length >= 4 && !parseSpeakers(handle[1], check)) return result(handle[1], 0, [{ name: handle[2], org: null }], true, false);
  // "Title　中島 諒さん（フリー）": a title, a wide gap (an ideographic space or two spaces), then its speaker with an honorific or an organisation.
  const gap = rest.length > 8 ? Math.max(rest.lastIndexOf('\u3000'), rest.lastIndexOf('  ')) : -1;
  if (gap >= 4) {
    const right = rest.slice(gap).trim();
    const sp = right.length >= 2 && right.length <= 50 ? parseSpeakers(right, check) : null;
    const left = rest.slice(0, gap).trim();
    // (Or labelled: "Title　登壇者：中島 亮".)
    if (sp?.strong && (sp.speakers.every((x) => x.org) || /(?:さん|氏|様|님)/u.test(right) || LABELLED_SPEAKER.test(right)) && left.length >= 4 && !parseSpeakers(left, check)?.strong) return result(left, rest.indexOf(left), sp.speakers, true, false);
  }
  // Title followed by a parenthesis of people: "Title (Jane Doe, Acme)".
  // A line that is wholly a speaker ("小林 大輔さん（@kaz_ops）") is not a title.
  const paren = /[)）]\s*$/u.test(rest) ? /^(.*\S)\s*[(（]([^()（）]{2,80})[)）]\s*$/u.exec(rest) : null;
  // (Nor "Mariko Fujii (Infra Eng @ Sakura Pixel)": a name, then a role at an organisation.)
  if (paren && !(parseSpeakers(rest, check)?.strong && (isPeopleOnly(paren[1], check) || ROLE_AT_ORG.test(paren[2])))) {
    const inner = parseSpeakers(paren[2], check);
    const wrapped = inner?.strong ? inner : parseSpeakers(`(${paren[2]})`, check);
    if (wrapped?.strong) return result(paren[1], 0, wrapped.speakers, true, false);
    // "OpenTelemetryはじめの一歩 (田中)": a family name alone, after a title of its own.
    const surname = paren[2].trim();
    if (isJapaneseSurname(surname) && paren[1].length >= 6 && !isJapaneseSurname(paren[1].trim())) return result(paren[1], 0, [{ name: surname, org: null }], true, false);
  }
  return result(rest, 0, [], false, false);
}

/** "登壇者：", "Speaker:": a label that names the people after it. */
const LABELLED_SPEAKER = new RegExp(String.raw`^${SPEAKER_LABEL_WORDS}\s*[:：]`, 'iu');

/** "Staff SRE @ Kumoya": a role, an at sign between spaces, an organisation. */
const ROLE_AT_ORG = /^[^@()（）]{2,40}\s@\s[^@()（）]{2,50}$/u;

/** "… Priya Raman from Cascade Freight talking about "Title" …": a verb that puts a quoted title after its speakers. */
const PROSE_VERB =
  /\s(?:talking about|talked about|walked us through|presented|presenting|gave a talk (?:on|about|called|titled)|called|titled|entitled|did|did a (?:joint |short |lightning )?talk (?:on|about|called|titled)|(?:did|gave) an? (?:\d{1,2}[- ]min(?:ute)? )?(?:(?:quick|short|joint) )?(?:lightning talk|talk|lt),|spoke about|speaking about|with a talk (?:on|about|called|titled)|opened with a talk (?:on|about|called|titled)|closed with|kicked off with|kicked things off with|gave|with|on)\s*,?\s*(?:["“]([^"”]{4,150})["”]|\*\*([^*"“”]{4,150})\*\*)/u;
/** People and, after "from", "of" or "at", their organisation: the last such run before the verb names the speakers. */
const PROSE_PEOPLE =
  /(\p{Lu}[\p{Ll}'’-]+(?!\p{L})(?:\s+(?:de |van |von |da )?\p{Lu}[\p{Ll}'’-]+(?!\p{L})){1,2}(?:,?\s+(?:and|&)\s+\p{Lu}[\p{Ll}'’-]+(?!\p{L})(?:\s+(?:de |van |von |da )?\p{Lu}[\p{Ll}'’-]+(?!\p{L})){1,2})*)(?:,?\s+(?:both\s+|all\s+)?(?:from|of|at)\s+((?:the\s+)?\p{Lu}[\w&.'’-]*(?:\s+\p{Lu}[\w&.'’-]*){0,3}))?/gu;

/**
 * A talk told in a sentence of a written-up recap: "Next up, Marcus Oyelaran of Tidewater Health
 * walked us through "Dynamic Secrets or Bust", …". The speakers are the last names before the verb,
 * in the same sentence; null when the sentence does not read that way.
 */
export function parseProseTalk(content: string, check: { allowBareHandle?: boolean } & NameCheck = {}): TalkLine | null {
  if (content.length < 40) return null;
  // ("Lea Hartmann from Kranich Mobility talked about **Running Nomad at the edge**": the title in bold.)
  const quoted = content.includes('"') || content.includes('“');
  if (!quoted && !content.includes('**')) {
    // "caught the end of Greta Hoffmann's talk on Karpenter consolidation tuning, something about …": the title unquoted after "talk on".
    const on = (content.includes("'s ") || content.includes('’s ')) && (content.includes(' talk on ') || content.includes(' talk about ') || content.includes(' session on ') || content.includes(' keynote on ')) ? POSSESSIVE_TALK_ON.exec(content) : null;
    const sp = on ? parseSpeakers(on[1], check) : null;
    if (on && sp?.speakers.length === 1 && !sp.speakers[0].org) return namedTalkLine(on[3].trim(), on.index + on[0].length - on[3].length, [{ ...sp.speakers[0], org: on[2]?.trim() ?? null }], false);
    return (content.includes("'") || content.includes('‘')) && (content.includes(' from ') || content.includes(' by ')) ? singleQuotedFrom(content, check) : null;
  }
  const verb = PROSE_VERB.exec(content);
  if (!verb) return quoted ? proseTalkNamed(content, check) : null;
  // The sentence the verb is in.
  const before = content.slice(0, verb.index);
  const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '));
  const sentence = before.slice(sentenceStart + 1);
  let last: RegExpExecArray | null = null;
  PROSE_PEOPLE.lastIndex = 0;
  // (Read with what is in brackets blanked: "Ines Roux (Fourviere Data) gave" names Ines Roux, her organisation after her.)
  let unbracketed = sentence.includes('(') || sentence.includes('（') ? sentence.replace(/[(（][^()（）]*[)）]/gu, (m) => ' '.repeat(m.length)) : sentence;
  // ("Then Priya Menon from Loopfield on "Title"": a word that orders the talks is no part of a name.)
  unbracketed = unbracketed.replace(/^\s*(?:then|next|later|afterwards|finally|lastly)\s/iu, (m) => ' '.repeat(m.length));
  for (let m = PROSE_PEOPLE.exec(unbracketed); m; m = PROSE_PEOPLE.exec(unbracketed)) last = m;
  // The names end where the verb begins (an organisation may sit between, or in brackets: "Aylin Kaya (Brückenwerk GmbH) gave");
  // else the sentence may name the talk another way.
  const between = last ? sentence.slice(last.index + last[0].length) : '';
  const bracketed = last && !last[2] ? /^\s*[(（]([^()（）]{2,60})[)）]\s*,?\s*$/u.exec(between) : null;
  if (!last || (!bracketed && !/^\s*,?\s*$/u.test(between))) return proseTalkNamed(content, check);
  const names = last[1].split(/,?\s+(?:and|&)\s+/u);
  const org = (bracketed ? bracketed[1] : last[2]?.replace(/^the\s+/i, ''))?.trim() || null;
  // ("Marta Nowak from Spreeline Bank on **Title**": "on" says the talk only after a speaker's organisation.)
  if (verb[0].trimStart().startsWith('on') && !org) return proseTalkNamed(content, check);
  const speakers: Speaker[] = [];
  for (const name of names) {
    // (The sentence is the evidence: a name the parser is not sure of is taken here.)
    const sp = parseSpeakers(name, check);
    if (!sp || sp.speakers.length !== 1 || sp.speakers[0].org) return null;
    speakers.push({ ...sp.speakers[0], org });
  }
  const title = (verb[1] ?? verb[2]).trim();
  return namedTalkLine(title, content.indexOf(title, verb.index), speakers, true);
}

/** Words of a host bringing on a speaker, for a quick look before INTRODUCED. */
const INTRO_CUE = /\b(?:introduc(?:es|ed|ing)|brings on|brought on|welcom(?:es|ed)|hands? (?:it )?over to|handed (?:it )?over to|invit(?:es|ed))\b/u;
/**
 * "introduces the first speaker: Name, role at Org, who will talk about "Title"", "brings on Name, platform lead at Org,
 * whose talk is called "Title"", "introduces … Name from Org, with a lightning talk: "Title"": the name (group 1), the
 * organisation (2, 3 or 4), the title (5).
 */
const INTRODUCED =
  /\b(?:introduc(?:es|ed|ing)|brings on|brought on|welcom(?:es|ed)|hands? (?:it )?over to|handed (?:it )?over to|invit(?:es|ed))\s+(?:(?:the|our) (?:first|next|second|third|last|final) speaker(?: of the (?:evening|day|night|morning|afternoon))?[:,]?\s+)?(\p{Lu}[\p{Ll}'-]+(?:\s+\p{Lu}[\p{Ll}'-]+){1,2})(?:,\s+(?:[\p{L}-]+\s+){1,4}?(?:at|of)\s+(\p{Lu}[\w&.'-]*(?:\s+\p{Lu}[\w&.'-]*){0,3})|\s+(?:from|of|at)\s+(\p{Lu}[\w&.'-]*(?:\s+\p{Lu}[\w&.'-]*){0,3})|\s*[(（]([^()（）]{2,60})[)）])?,?\s+(?:who (?:will |is going to |would |is here to )?(?:talks?|speaks?|presents?) (?:about|on)|whose talk is (?:called|titled|named)|with (?:a|her|his|their) (?:lightning )?talk(?: called| titled| named)?:?|to (?:talk about|present))\s*["“]([^"”]{4,150})["”]/u;

/** "went to Marcus Oyelaran's talk on "Title"": a possessive before the talk. */
// ("Nadia Petrović's "Title"": the quotation right after the possessive.)
// ("Tomás Rivera's (Containerwerk GmbH) slightly clickbait "Title"": the organisation in brackets, a few words in lower case.)
const POSSESSIVE_TALK = /(\p{Lu}[\p{Ll}'-]+(?:\s+\p{Lu}[\p{Ll}'-]+){1,2})['’]s\s+(?:[(（]([^()（）]{2,60})[)）]\s+)?(?:(?:talk|session|keynote|presentation|lightning talk)\b[^"“”.]{0,60}?|(?:\p{Ll}[\p{Ll}-]*\s+){1,3})?["“]([^"”]{4,150})["”]/u;
/** "Greta Hoffmann's talk on Title, …", "Ji-ho Shin's (Baram Games) talk on Title — …": group 1 the name, 2 the organisation, 3 the title up to a comma, a dash or a full stop. */
const POSSESSIVE_TALK_ON = /(\p{Lu}[\p{Ll}'-]+(?:[\s-]\p{Lu}[\p{Ll}'-]+){1,2})['’]s\s+(?:[(（]([^()（）]{2,60})[)）]\s+)?(?:talk|session|keynote)\s+(?:on|about)\s+(\S[^,;.。—–()（）]{3,80}?)(?=\s*(?:[,;.。—–(（]|\s-\s|$))/u;
/** ""Kubernetes Upgrades as a Team Sport" by Jenna Kowalczyk from Midway Freight", "… (Tinsel Games)", "…, Tinsel Games.". */
// ("… by Maarten Hoekstra & Lotte Jansen, both at Grachtnet": two people, one organisation.)
// ("**"Title"**, presented jointly by Ana Costa and Pieter de Vries from Kestrel Freight": bold, a verb before "by", a particle in a name.)
const QUOTED_BY = /["“]([^"”]{4,150})["”]\**\s*,?\s+(?:(?:presented|given|delivered|co-presented)(?:\s+jointly)?\s+)?by\s+(\p{Lu}[\p{Ll}'-]+(?:\s+(?:(?:de|van|von|da|der|den|di|du|le|la)\s+)?\p{Lu}(?:['’]\p{Lu})?[\p{Ll}']+(?:-\p{L}\p{Ll}+)?){1,2}(?:\s+(?:&|and)\s+\p{Lu}[\p{Ll}'-]+(?:\s+(?:(?:de|van|von|da|der|den|di|du|le|la)\s+)?\p{Lu}[\p{Ll}'-]+){1,2})?)(?:,?\s+(?:both\s+)?(?:from|of|at|@)\s+(\p{Lu}[\w&.'-]*(?:\s+\p{Lu}[\w&.'-]*){0,3})|\s*[(（]([^()（）]{2,80})[)）]|,\s+(\p{Lu}[\w&'-]*(?:\s+\p{Lu}[\w&'-]*){0,3})(?=\s*(?:[.;]|$)))?/u;
/** "Next: "From warehouse packer to platform engineer" — Danny Okonkwo (Bolwerk Retail).": a quotation, a dash, a name and its organisation. */
// ("… — Dr. Anneke Vos, VP Reliability at Strandpaal.": a title before the name, the role and organisation after a comma, to the
// sentence's end: not "Director of SRE, Halvorsen Group".)
const QUOTED_DASH = /["“]([^"”]{4,150})["”]\s*(?:[—–]|-(?=\s))\s*(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?(\p{Lu}[\p{Ll}'-]+(?:\s+\p{Lu}[\p{Ll}'-]+){1,2})(?:\s*[(（]([^()（）]{2,80})[)）]|,\s+(?:[\p{L}-]+\s+){1,4}?(?:at|of|from)\s+(\p{Lu}[\w&.'-]*(?:\s+\p{Lu}[\w&.'-]*){0,3})(?=\s*(?:[.;]|$)))/u;
const QUOTED_COMMA_FROM = /["“]([^"”]{4,150})["”]\s*,\s+(\p{Lu}[\p{Ll}'-]+(?:\s+\p{Lu}[\p{Ll}'-]+){1,2})\s+(?:from|of|at)\s+(\p{Lu}[\w&.'-]*(?:\s+\p{Lu}[\w&.'-]*){0,3})/u;
/** "Dana Whitfield (Prairie Mutual): "The Pager Is Not a Personality."", "Raj Patel, "Ops from a Camper Van."". */
// ("first up: Lotte Vermeer (Fennick) — "Our on-call was on fire"": a dash between them.)
// ("Next up, Oskar Lindqvist from Fjordbyte: "Title"": the organisation after "from"; "Opening keynote — Siri Dahl, CTO of
// Fjellbank: "Title"": after the role.)
const NAME_THEN_QUOTED = /(?:^|[,:;.—–-]\s+)(\p{Lu}[\p{Ll}'-]+(?:\s+\p{Lu}[\p{Ll}'-]+){1,2})(?:\s*[(（]([^()（）]{2,50})[)）]|(?:\s+|,\s+(?:[\p{L}&-]+\s+){1,4}?)(?:from|of|at)\s+(\p{Lu}[\w&.'-]*(?:\s+\p{Lu}[\w&.'-]*){0,3}))?\s*([,:]|\s[—–])\s*["“]([^"”]{4,150})["”]/u;

/**
 * "First up was 'Taming Terraform drift' from Daniel Cho (Mintleaf Bank).", "'Title' from Hana Yoon, SRE at Pebble
 * Logistics.", "'Title' from Marcus Lindgren, who leads platform at Hanbit Mobility.": a title in single quotes, "from"
 * or "by" and who gave it.
 */
function singleQuotedFrom(content: string, check: NameCheck): TalkLine | null {
  const m = SINGLE_QUOTED_FROM.exec(content);
  if (!m) return null;
  const sp = parseSpeakers(m[2], check);
  if (!sp || sp.speakers.length !== 1 || sp.speakers[0].org) return null;
  const org = untilFullStop((m[3] ?? m[4] ?? m[5] ?? null)?.trim() ?? null);
  return namedTalkLine(m[1].trim(), m.index + m[0].indexOf(m[1]), [{ ...sp.speakers[0], org }], true);
}
const SINGLE_QUOTED_FROM =
  /(?:^|[\s(:])['‘]([^'‘’]{4,150}?)['’]\s*,?\s+(?:from|by)\s+(\p{Lu}[\p{Ll}'-]+(?:\s+\p{Lu}[\p{Ll}'-]+){1,2})(?:\s*[(（]([^()（）]{2,60})[)）]|,\s+(?:[\w-]+\s+){0,5}?(?:at|of)\s+(\p{Lu}[\w&'-]*(?:\s+\p{Lu}[\w&'-]*){0,3})|\s+(?:from|of|at)\s+(\p{Lu}[\w&'-]*(?:\s+\p{Lu}[\w&'-]*){0,3}))?/u;

/**
 * A recap's sentence in English told in any order: one title in quotation marks, a word for a talk, and one person said
 * to give it, "by" them or "from" their organisation ("The second talk, 'Title', was given by Daniel Kwon, who works at
 * Riiid.", "Last was a lightning talk by Marcus Lee (freelance consultant), cheekily titled 'Title'.", "First up was Jiwoo
 * Park from Kakao Mobility with 'Title'."). Asked only of a wrapped paragraph's sentences, after the orders parseProseTalk knows.
 */
export function sentenceTitleAndPerson(sentence: string, check: NameCheck = {}): TalkLine | null {
  const spans = [...sentence.matchAll(SENTENCE_TITLE)];
  if (spans.length !== 1) return null;
  const m = spans[0];
  const inner = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? '';
  const title = inner.trim();
  if (!/\p{L}{2}/u.test(title) || looksLikeOrg(title)) return null;
  const start = m.index + m[0].indexOf(inner) + (inner.length - inner.trimStart().length);
  const rest = sentence.slice(0, m.index) + ' '.repeat(m[0].length) + sentence.slice(m.index + m[0].length);
  if (!TALK_WORD_EN.test(rest)) return null;
  const by = [...rest.matchAll(BY_PERSON)];
  const from = by.length ? [] : [...rest.matchAll(PERSON_FROM)];
  const person = by.length === 1 ? by[0] : from.length === 1 ? from[0] : null;
  if (!person) return null;
  const [, name, bracket, orgWords, worksAt] = person;
  const sp = parseSpeakers(name, check);
  if (!sp || sp.speakers.length !== 1 || sp.speakers[0].org) return null;
  // ("Marcus Lee (freelance consultant)": a role in lower case, or a freelancer's word, is no organisation.)
  const said = (orgWords ?? worksAt ?? (bracket && /\p{Lu}|[^\p{sc=Latin}\s\p{P}]/u.test(bracket) ? bracket : undefined))?.trim().replace(/\.$/u, '');
  const org = said && !NO_ORGANISATION.test(said) ? said : null;
  return namedTalkLine(title, start, [{ ...sp.speakers[0], org }], true);
}
/** One title in quotation marks (straight or curly, single or double, or 「」『』); an apostrophe before a letter is inside it. */
const SENTENCE_TITLE = /(?<=^|[\s(,:—–-])(?:'((?:[^']|'(?=\p{L})){4,150}?)'|‘([^‘’]{4,150})’|"([^"]{4,150})"|“([^“”]{4,150})”|「([^「」]{4,150})」|『([^『』]{4,150})』)(?=[\s,.;:)!?—–-]|$)/gu;
const TALK_WORD_EN = /\b(?:talks?|sessions?|keynote|presentation|lightning|workshop|first up|next up|up next|given by|presented by|titled|called)\b/iu;
/** A person's name: Latin words in capitals, or Korean or Japanese, with their name in Latin letters in brackets after it left out. */
const SENTENCE_NAME = String.raw`(\p{Lu}[\p{Ll}'-]+(?:[\s-]\p{Lu}[\p{Ll}'-]+){1,2}|[가-힣]{2,4}|\p{sc=Han}{1,4}\s?\p{sc=Han}{1,3})(?:\s*[(（]\p{Lu}[\p{Ll}'-]+(?:[\s-]\p{Lu}[\p{Ll}'-]+){1,2}[)）])?`;
/** An organisation named after "from", "of" or "at": capitalised words, or one word in another script (its name in Latin letters in brackets left out). */
const SENTENCE_ORG = String.raw`(\p{Lu}[\w&.'-]*(?:\s+\p{Lu}[\w&.'-]*){0,3}|[^\s\p{P}\p{Lu}\p{Ll}]{2,20})(?:\s*[(（][^()（）]{2,30}[)）])?`;
const AFTER_NAME = String.raw`(?:\s*[(（]([^()（）]{2,60})[)）])?(?:,?\s+(?:from|of|at)\s+${SENTENCE_ORG}|,\s+who\s+(?:works|is)\s+(?:at|for|with)\s+${SENTENCE_ORG})?`;
/** "by Name", its organisation after it (1 the name, 2 in brackets, 3 after "from", 4 after "who works at"). */
const BY_PERSON = new RegExp(String.raw`\bby\s+${SENTENCE_NAME}${AFTER_NAME}`, 'gu');
/** "Name from Org": a person only with their organisation said. */
const PERSON_FROM = new RegExp(String.raw`(?<![\p{L}])${SENTENCE_NAME}(?:\s*[(（]([^()（）]{2,60})[)）])?\s+(?:from|of|at)\s+${SENTENCE_ORG}()`, 'gu');

/** An organisation read to the end of a sentence's words, up to its full stop ("from Nordkap Versicherung. This is the one …"). */
function untilFullStop(org: string | null): string | null {
  return org?.includes('. ') ? org.slice(0, org.indexOf('. ')) : org;
}

/** The other ways a recap names a talk and its speaker in a sentence (parseProseTalk). */
function proseTalkNamed(content: string, check: { allowBareHandle?: boolean } & NameCheck): TalkLine | null {
  let name: string;
  let org: string | null = null;
  let title: string;
  // "Marit introduces the first speaker: Tomasz Wieczorek, staff SRE at Brightwater Logistics, who will talk about "Title"":
  // a host's introduction (a webinar's or a meetup's), who is brought on and what their talk is called.
  const introduced = INTRO_CUE.test(content) ? INTRODUCED.exec(content) : null;
  if (introduced) {
    const sp = parseSpeakers(introduced[1], check);
    const org = introduced[2] ?? introduced[3] ?? introduced[4] ?? null;
    const text = introduced[5].replace(/[.。]$/u, '').trim();
    if (sp?.strong && sp.speakers.length === 1 && !sp.speakers[0].org) return namedTalkLine(text, content.indexOf(text, introduced.index), [{ ...sp.speakers[0], org: org?.trim() || null }], true);
  }
  // Native searches first: most paragraphs with a quotation have none of these shapes.
  const possessive = content.includes('s talk') || content.includes('s session') || content.includes('s keynote') || content.includes('s presentation') || content.includes('s lightning') || content.includes('s "') || content.includes('s “') || content.includes("'s ") || content.includes('’s ') ? POSSESSIVE_TALK.exec(content) : null;
  const by = possessive || !content.includes(' by ') ? null : QUOTED_BY.exec(content);
  const dash = possessive || by || !(content.includes('” —') || content.includes('" —') || content.includes('" –') || content.includes('” –') || content.includes('" - ') || content.includes('” - ')) ? null : QUOTED_DASH.exec(content);
  // ("Second talk: "Title", Jonas Behrendt from Nordkap Versicherung.": a comma, the name, "from" and the organisation.)
  const comma = possessive || by || dash || !(content.includes('", ') || content.includes('”, ')) ? null : QUOTED_COMMA_FROM.exec(content);
  const named = possessive || by || dash || comma || !/(?:[,:]|\s[—–])\s*["“]/.test(content) ? null : NAME_THEN_QUOTED.exec(content);
  if (possessive) [name, org, title] = [possessive[1], possessive[2] ?? null, possessive[3]];
  // ("by Dmitri Sokolov, Elbe Cloud Services.": the organisation after a comma, to the sentence's end.)
  else if (by) [title, name, org] = [by[1], by[2], by[3] ?? by[4] ?? by[5] ?? null];
  else if (dash) [title, name, org] = [dash[1], dash[2], dash[3] ?? dash[4]];
  else if (comma) [title, name, org] = [comma[1], comma[2], comma[3]];
  // A name and a quotation may be words the speaker said: a title is mostly capitalised words (or
  // follows the name's organisation and a dash: "Lotte Vermeer (Fennick) — "Our on-call was on fire"").
  else if (named && (isTitleCase(named[5]) || (named[2] && named[4] !== ',' && named[4] !== ':'))) [name, org, title] = [named[1], named[2] ?? named[3] ?? null, named[5]];
  else return null;
  org = untilFullStop(org);
  const speakers: Speaker[] = [];
  for (const one of name.split(/\s+(?:&|and)\s+/u)) {
    const sp = parseSpeakers(one, check);
    if (!sp || sp.speakers.length !== 1 || sp.speakers[0].org) return null;
    speakers.push(sp.speakers[0]);
  }
  const text = title.replace(/[.。]$/u, '').trim();
  // "from Midway Freight. They'd …": the sentence ends the organisation; "(@femke@tulpware.social, Tulpware)": a handle beside it.
  if (by?.[3]) org = by[3].replace(/\.(?:\s.*)?$/u, '').trim() || null;
  if (org?.includes('@')) org = org.split(/\s*,\s*/u).find((part) => !part.includes('@')) ?? null;
  if (org && NO_ORGANISATION.test(org)) org = null;
  return namedTalkLine(text, content.indexOf(text), speakers.map((sp) => ({ ...sp, org })), true);
}

/** Whether most words of an English phrase start with a capital ("Ops from a Camper Van"). */
function isTitleCase(s: string): boolean {
  const words = s.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  const capital = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 2 && capital / words.length >= 0.6;
}

/**
 * "jonas brandt (kestrel mobility)" after a quoted title in a note typed on a phone: read as if
 * capitalised, the names and organisations kept as written. Only a name of two or three words
 * with an organisation in parentheses.
 */
export function lowerCaseSpeakers(text: string, check: NameCheck): SpeakerParse | null {
  // ("jonas weidlich from parcelbird": "from" before the organisation, kept in lower case.)
  // ("priya nair @ ledgerline": an at sign for "from".)
  // ("raj patel and emily chen both from honeycomb": two people of one organisation.)
  if (!/^[a-z][a-z'-]+(?: [a-z][a-z'-]+){1,2}(?: and [a-z][a-z'-]+(?: [a-z][a-z'-]+){1,2}(?: both)?)?(?:\s*\([^()]{2,50}\)| (?:from|@) [a-z][\w&'-]*(?: [a-z][\w&'-]*){0,2})$/.test(text.trim())) return null;
  const capitalised = text.replace(/ @ /, ' from ').replace(/ both from /, ' from ').replace(/(^|[\s(])([a-z])/g, (_, before: string, c: string) => before + c.toUpperCase()).replace(/ From /, ' from ').replace(/ And /, ' and ');
  // ("Raj Patel and Emily Chen from Honeycomb" is read as "Raj Patel, Emily Chen (Honeycomb)".)
  const pair = / and /.test(capitalised) ? / and (.+?) from (.+)$/.exec(capitalised) : null;
  const sp = parseSpeakers(pair ? `${capitalised.slice(0, pair.index)}, ${pair[1]} (${pair[2]})` : capitalised, check);
  if (!sp?.strong || sp.speakers.length !== (pair ? 2 : 1)) return null;
  const asWritten = (s: string | null) => {
    if (s === null) return null;
    const at = text.toLowerCase().indexOf(s.toLowerCase());
    return at >= 0 ? text.slice(at, at + s.length) : s;
  };
  return { speakers: sp.speakers.map((p) => ({ ...p, name: asWritten(p.name)!, org: asWritten(p.org) })), strong: true };
}

/** "小林 大輔さん", "Jane Doe": people and nothing else ("Immutable Images, Mutable Config" reads as a person and an organisation). */
function isPeopleOnly(text: string, check: NameCheck): boolean {
  const sp = parseSpeakers(text, check);
  return !!sp?.strong && sp.speakers.every((s) => !s.org);
}

function splitAtSeparator(rest: string, check: NameCheck): { title: string; speakers: Speaker[]; strong: boolean } | null {
  const seps = unquotedSeparators(rest);
  if (seps === null) return null;
  const bare = { ...check, allowBareHandle: true };
  for (let i = seps.length - 2; i >= 0; i -= 2) {
    const title = rest.slice(0, seps[i]);
    const right = rest.slice(seps[i + 1]);
    if (!title.trim() || !right.trim()) continue;
    // ("step by step", "case by case": a word repeated after "by" is no speaker.)
    if (right.trim().toLowerCase() === /(\S+)\s*$/u.exec(title)?.[1].toLowerCase()) continue;
    const comma = i === seps.length - 2 ? commaNameSlashOrg(title, right, rest.slice(seps[i], seps[i + 1]), check) : null;
    if (comma) return comma;
    const sp = parseSpeakers(right, bare);
    if (sp) return widerAtBar(rest, seps, i, sp, bare) ?? { title, speakers: sp.speakers, strong: sp.strong };
    // ("splitting tf state without tears - priya nair @ ledgerline": a note typed in lower case, a dash before its speaker.)
    const lower = i === seps.length - 2 && isDash(rest.charCodeAt(skipWhiteSpace(rest, seps[i]))) ? lowerCaseSpeakers(right, check) : null;
    if (lower) return { title, speakers: lower.speakers, strong: true };
  }
  return null;
}

/**
 * "Title | 진행 오세훈(AWS) / 패널 윤서진(쿠팡), …": a table's cell of people, split by the slash between its moderator and its
 * panel. The split at the bar before separator `i` when all after it reads as more people, strongly; null otherwise.
 */
function widerAtBar(rest: string, seps: number[], i: number, found: { speakers: Speaker[] }, check: NameCheck): { title: string; speakers: Speaker[]; strong: boolean } | null {
  for (let j = i - 2; j >= 0; j -= 2) {
    if (!rest.slice(seps[j], seps[j + 1]).includes('|')) continue;
    const title = rest.slice(0, seps[j]);
    const wider = title.trim() ? parseSpeakers(rest.slice(seps[j + 1]), check) : null;
    return wider?.strong && wider.speakers.length > found.speakers.length ? { title, speakers: wider.speakers, strong: true } : null;
  }
  return null;
}

/** A talk's label with its number before a line's text: "talk 1 ::", "LT2:", "발표 3 -". */
const TALK_LABEL_BEFORE = /^(?:talk|session|lt|lightning(?:\s*talk)?|발표|세션|発表|セッション)\s*#?\s*\d{1,2}\b/iu;
/** "kube_nomad", "@mai_codes", "hiroshi ota", "chen": one person as a phone's note writes them. */
const TYPED_PERSON = /^@?[\p{L}][\p{L}\d'._-]{1,24}(?: [\p{L}][\p{L}'-]{1,20}){0,2}$/u;

/**
 * "migrating 300 vms to k8s / hiroshi ota / rakuten mobile? (cant remember)", "gitops w argo / "kube_nomad" (freee)":
 * the title, who gave it (one to three people, as written), and their organisation (a remark and a question mark left
 * out), between slashes. Read only after a talk's label.
 */
function titleWhoWhereCells(rest: string): { title: string; speakers: Speaker[] } | null {
  const cells = rest.split(/\s+[/／]\s+/u);
  // (Not "LT1 "Title" 노지훈 님 / 파도랩스": a quoted title, a person with an honorific, read by the other rules.)
  if (cells.length < 2 || cells.length > 3 || cells[0].trim().length < 4 || /["“「『]/u.test(cells[0]) || /님|さん|氏/u.test(rest)) return null;
  let who = cells[1].trim();
  let where = cells[2]?.trim() ?? null;
  const bracket = /^(.*?)\s*[(（]([^()（）]{2,40})[)）]$/u.exec(who);
  if (bracket && where === null) [who, where] = [bracket[1], bracket[2]];
  // (Two cells: the person marked as one, by a handle, quotes or their organisation in brackets.)
  if (where === null && !/^[@"“]/u.test(who)) return null;
  who = who.replace(/^["“'‘]|["”'’]$/gu, '').trim();
  const names = who.split(/\s*(?:&|,|\band\b|＆|、)\s*/u);
  if (names.length > 3 || !names.every((n) => TYPED_PERSON.test(n))) return null;
  const said = where?.replace(/\s*[(（][^()（）]*[)）]\s*$/u, '').replace(/\?+$/u, '').trim() || null;
  const org = said && said.length <= 40 && !NO_ORGANISATION.test(said) ? said : null;
  return { title: cells[0], speakers: names.map((name) => ({ name: name.replace(/^@/u, ''), org })) };
}

/**
 * A line of three cells between bars, people, their organisation, the title ("박준영, 서지민 | 당근 | 관측성 파이프라인 재구축"):
 * the people (read as people alone too) with the organisation, and the title (where it starts in `rest`).
 */
function peopleOrgTitleCells(rest: string, check: NameCheck): { title: string; at: number; speakers: Speaker[] } | null {
  const cells = rest.split(' | ');
  if (cells.length !== 3) return null;
  const [who, where, what] = cells.map((c) => c.trim());
  if (!who || !where || where.length > 30 || what.length < 4 || /[(（]/u.test(who) || !parseSpeakers(who, check)?.strong) return null;
  const sp = parseSpeakers(`${who} (${where})`, check);
  if (!sp?.strong || sp.speakers.length > 3 || !sp.speakers.every((x) => x.org) || parseSpeakers(what, check)?.strong) return null;
  return { title: what, at: rest.lastIndexOf(what), speakers: sp.speakers };
}

/**
 * "Module versioning without tears, Jonas Albrecht / Kranich Logistik": the title, a comma, one person, a slash and
 * their organisation. Not when what follows the slash is itself a person ("Platform, Developer Experience / Jane Doe").
 */
function commaNameSlashOrg(left: string, right: string, separator: string, check: NameCheck): { title: string; speakers: Speaker[]; strong: boolean } | null {
  if (!separator.includes('/') && !separator.includes('／')) return null;
  const comma = left.lastIndexOf(', ');
  if (comma < 6 || right.includes(',')) return null;
  const name = left.slice(comma + 2).trim();
  if (name.length < 3 || name.length > 40 || /\d/.test(name)) return null;
  const alone = parseSpeakers(name, check);
  if (!alone || alone.speakers.length !== 1 || alone.speakers[0].org) return null;
  const asPerson = parseSpeakers(right, check);
  if (asPerson?.strong && asPerson.speakers.some((s) => isGivenName(s.name.split(/[ -]/)[0]))) return null;
  const sp = parseSpeakers(`${name} (${right.trim()})`, check);
  if (!sp?.strong || sp.speakers.length !== 1 || !sp.speakers[0].org) return null;
  return { title: left.slice(0, comma), speakers: sp.speakers, strong: true };
}

const SPEAKER_THEN_CJK_QUOTE = /^([^「『」』]{2,40}?)\s*[「『]([^「」『』]{4,150})[」』]\s*$/u;
const HANDLE_COLON = /^@([A-Za-z0-9_]{2,30})\s*[:：]\s*(\S.{3,})$/u;
/** Handles joined by "&", "and" or commas (group 1), "from" their organisation (group 2), a colon, the title (group 3). */
const HANDLES_FROM_COLON = /^(@[A-Za-z0-9_.-]{2,30}(?:\s*(?:&|,|\band\b)\s*@[A-Za-z0-9_.-]{2,30}){0,3})\s+from\s+(\p{Lu}[^:：@]{1,40}?)\s*[:：]\s+(\S.{3,})$/u;
/** "카카오 / 김태윤 @taeyoon.k": an organisation, a slash, a person's full name and their handle (groups 1-3). */
const ORG_SLASH_HANDLED_PERSON = /^(\S[^/／@]{0,30}?)\s*[/／]\s*(\S[^/／@]{1,12}?)\s+@([A-Za-z0-9_.-]{2,30})\s*$/u;

/** The person of an organisation named first, with their handle ("카카오 / 김태윤 @taeyoon.k"), or null. */
function orgSlashHandledPerson(text: string, check: NameCheck): SpeakerParse | null {
  const m = ORG_SLASH_HANDLED_PERSON.exec(text);
  const sp = m ? orgSlashPerson(m[1], m[2], check) : null;
  if (!sp) return null;
  sp.speakers[0].handle = m![3];
  return sp;
}

/** Whether every bracket opened in `s` is closed in it. */
function bracketsBalanced(s: string): boolean {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 40 || c === 0xff08) depth++;
    else if ((c === 41 || c === 0xff09) && --depth < 0) return false;
  }
  return depth === 0;
}

/** One arrow between white space, the only one on the line: what is on either side of it. */
const ARROW = /^([^→←]+?)\s+(→|->|←|<-)\s+([^→←]+)$/u;

/**
 * "박서준 (하늘커머스) — 테라폼 모노레포 운영기", "Jane Doe, Acme — Title": the speakers first, then a
 * dash and the title. Only when every speaker has an organisation or an honorific (a bare name
 * before a dash is as often a title's first words) and the right side names nobody.
 */
function speakerBeforeTitle(rest: string, check: NameCheck, honoured = false): { speakers: Speaker[]; at: number } | null {
  const seps = unquotedSeparators(rest);
  if (seps === null) return null;
  // The first dash ("이하은 님 / 모아페이 — 제목": the slash is the speaker's), or bar ("이도현님, 한빛페이 SRE팀 | 제목").
  let d = 0;
  while (d < seps.length && !isDash(rest.charCodeAt(skipWhiteSpace(rest, seps[d]))) && rest.charCodeAt(skipWhiteSpace(rest, seps[d])) !== 124) d += 2;
  if (d >= seps.length) return null;
  const left = rest.slice(0, seps[d]);
  const right = rest.slice(seps[d + 1]);
  // (A bar only after a name with its honorific: a timetable's "Closing | 사회: 임채원" is its cells.)
  if (rest.charCodeAt(skipWhiteSpace(rest, seps[d])) === 124 && !/(?:님|さん|氏)(?:[\s,，、]|$)/u.test(left)) return null;
  // ("경품 추첨 — AWS 크레딧 $100": a part of the evening, not people.)
  if (right.trim().length < 4 || NOT_A_TALK.test(left.trim())) return null;
  const sp = parseSpeakers(left, check);
  // ("Tom Becker (freelance) — Title": no organisation, said in brackets, is as sure a sign of a person.)
  // ("이도현님, 한빛페이 SRE팀 | Title": the organisation and team after a comma.)
  if (!sp?.strong || !(sp.speakers.every((s) => s.org) || /(?:님|さん|氏)\s*(?:[/／(（]|$)/u.test(left) || (sp.speakers.length === 1 && /(?:님|さん|氏)\s*[,，、]/u.test(left)) || NO_ORG_IN_BRACKETS.test(left))) return null;
  if (!honoured && parseSpeakers(right, check)) return null;
  // ("Golden Paths, Not Golden Cages — 플랫폼팀이 …": capitalised words and a comma before a dash are a title's as often; a
  // Latin name there needs a known given name or its organisation in brackets.)
  if (!left.includes('(') && !left.includes('（') && sp.speakers.some((x) => /^\p{Lu}\p{Ll}+\s\p{Lu}/u.test(x.name) && !isGivenName(x.name.split(' ')[0]))) return null;
  return { speakers: sp.speakers, at: seps[d + 1] };
}

/** "(freelance)", "(개인)", "（フリーランス）" closing the speakers' part. */
const NO_ORG_IN_BRACKETS = /[(（](?:freelance(?:r)?|independent|self-employed|個人|フリーランス|개인|프리랜서)[)）]\s*$/iu;

/** Whether the last character before trailing white space closes a quotation: 」』"” (a native test, not an expression at every line). */
function endsWithQuote(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && isWhiteSpace(s.charCodeAt(i))) i--;
  const c = i >= 0 ? s.charCodeAt(i) : 0;
  return c === 0x300d || c === 0x300f || c === 34 || c === 0x201d;
}

/** speakerBeforeTitle's "Name (Org) — Title" when the title also reads as people: it names a tool of the catalog or holds a digit. */
function nameInBracketsFirst(rest: string, check: NameCheck): { speakers: Speaker[]; at: number } | null {
  // (Natively first: the first closing bracket soon, a dash right after it.)
  const close = Math.max(rest.indexOf(')'), rest.indexOf('）'));
  const after = rest.charCodeAt(skipWhiteSpace(rest, close + 1));
  // ("윤소희 (쿠팡) / 멀티 클러스터 Argo CD 운영기": a slash after the bracket, as a dash.)
  const slash = after === 47 || after === 0xff0f;
  if (close < 4 || close > 95 || !(isDash(after) || slash)) return null;
  const seps = unquotedSeparators(rest);
  if (seps === null || rest.charCodeAt(skipWhiteSpace(rest, seps[0])) !== after) return null;
  const left = rest.slice(0, seps[0]);
  if (!NAME_IN_BRACKETS.test(left)) return null;
  const sp = parseSpeakers(left, check);
  // ("Emi Kurosawa & Daniel Ortiz (Mizuumi Games) — Title": two people of one organisation.)
  if (!sp?.strong || sp.speakers.length > 3 || !sp.speakers.every((x) => x.org)) return null;
  const right = rest.slice(seps[1]);
  const words = right.split(/[\s,]+/u);
  if (/\d/.test(right) || words.some((w) => w.length >= 3 && !!check.isKnownNonPerson?.(w))) return { speakers: sp.speakers, at: seps[1] };
  // (After a slash, words of a title that name no one with an organisation: "Title / Name (Org)" is read the other way
  // round, and "마크 리 (Mark Lee) / 빛나래데이터" is a name and its organisation.)
  const title = right.trim();
  return slash && /\s/u.test(title) && title.length >= 8 && !title.includes('(') && !title.includes('（') && !looksLikeOrg(title) && !parseSpeakers(title, check)?.strong ? { speakers: sp.speakers, at: seps[1] } : null;
}
const NAME_IN_BRACKETS = /^[^()（）\d]{3,40}[(（][^()（）]{2,50}[)）]\s*$/u;
/** NAME_IN_BRACKETS, then a slash and words with no brackets (no second person with an organisation). */
const NAME_IN_BRACKETS_THEN_SLASH = /^[^()（）\d]{3,40}[(（][^()（）]{2,50}[)）]\s*[/／]\s*[^()（）]+$/u;

/**
 * separatorsIn, without those inside 「…」 or 『…』 ("「さよなら Jenkins おじさん ─ GitHub Actions 移行記」": the title's own
 * dash) or inside brackets ("Panel: on-call (Aisha Bello / Tom Reyes / Ming Zhao)": the slashes are between its people).
 */
function unquotedSeparators(rest: string): number[] | null {
  const seps = separatorsIn(rest);
  const quoted = rest.includes('「') || rest.includes('『');
  const bracketed = rest.includes('(') || rest.includes('（');
  if (seps === null || !(quoted || bracketed)) return seps;
  const out: number[] = [];
  for (let k = 0; k < seps.length; k += 2) {
    const before = rest.slice(0, seps[k]);
    const open = quoted ? (before.match(/[「『]/gu)?.length ?? 0) - (before.match(/[」』]/gu)?.length ?? 0) : 0;
    if (open <= 0 && !(bracketed && openBrackets(before) > 0 && closesLater(rest, seps[k + 1]))) out.push(seps[k], seps[k + 1]);
  }
  return out.length ? out : null;
}

/** Whether a closing bracket comes at or after `from`. */
function closesLater(s: string, from: number): boolean {
  return s.indexOf(')', from) >= 0 || s.indexOf('）', from) >= 0;
}

/**
 * Separators between a title and its speakers (the rightmost one that leaves a speaker list wins):
 * start and end of each, in pairs, leaving out one at the start; null when there is none. What
 * `/\s+[-–—―─]{1,2}\s*|(?<=[^\s\d-])[-–—―─]{1,2}\s+|\s+\/\s+|(?<=[)）])\/\s+|\s+\|\s+|\s+by\s+|\s*[／]\s*\/giu` finds in a line with a
 * dash, a slash, a bar or a lower-case " by " (a property test holds it to that), found by hand:
 * the expression's lookbehind and leading white space made it try every alternative at every position.
 */
export function separatorsIn(s: string): number[] | null {
  // A native search first: most lines have no dash, slash, bar or " by " at all.
  if (!/[-–—―─/|／]|\sby\s/u.test(s)) return null;
  let out: number[] | null = null;
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    // "（Raspberry Pi 4台）/ 吉田 蓮": a slash right after a closing parenthesis, white space after it.
    if (c === 47 && i > 0 && (s.charCodeAt(i - 1) === 41 || s.charCodeAt(i - 1) === 0xff09) && i + 1 < n && isWhiteSpace(s.charCodeAt(i + 1))) {
      const end = skipWhiteSpace(s, i + 1);
      (out ??= []).push(i, end);
      i = end;
      continue;
    }
    // Printable ASCII other than the hyphen starts nothing (a slash or a bar counts only after white space).
    if (c > 32 && c < 127 && c !== 45) {
      i++;
      continue;
    }
    let end = -1;
    if (isWhiteSpace(c)) {
      // \s+ then a dash (\s*), a slash or a bar (\s+), "by" (\s+), or a full-width slash (\s*).
      let q = i + 1;
      while (q < n && isWhiteSpace(s.charCodeAt(q))) q++;
      const d = q < n ? s.charCodeAt(q) : -1;
      if (isDash(d)) {
        end = q + 1;
        if (end < n && isDash(s.charCodeAt(end))) end++;
        // ("등록줄 엄청김 -> 30분 기다림": an arrow, what came of it, no speaker.)
        end = end < n && s.charCodeAt(end) === 62 ? -1 : skipWhiteSpace(s, end);
      } else if (d === 47 || d === 124) {
        if (q + 1 < n && isWhiteSpace(s.charCodeAt(q + 1))) end = skipWhiteSpace(s, q + 1);
      } else if ((d === 98 || d === 66) && q + 2 < n && (s.charCodeAt(q + 1) === 121 || s.charCodeAt(q + 1) === 89) && isWhiteSpace(s.charCodeAt(q + 2))) {
        end = skipWhiteSpace(s, q + 2);
      } else if (d === 0xff0f) {
        end = skipWhiteSpace(s, q + 1);
      }
      // No match starts inside the run either: every form needs the same character after it.
      if (end < 0) {
        i = q;
        continue;
      }
    } else if (isDash(c)) {
      // (?<=[^\s\d-])[-–—]{1,2}\s+
      const before = i > 0 ? s.charCodeAt(i - 1) : -1;
      if (before >= 0 && !isWhiteSpace(before) && !(before >= 48 && before <= 57) && before !== 45) {
        let e = i + 1;
        if (e < n && isDash(s.charCodeAt(e))) e++;
        if (e < n && isWhiteSpace(s.charCodeAt(e))) end = skipWhiteSpace(s, e);
      }
    } else if (c === 0xff0f) {
      end = skipWhiteSpace(s, i + 1);
    }
    if (end < 0) {
      i++;
      continue;
    }
    if (i > 0) (out ??= []).push(i, end);
    i = end;
  }
  return out;
}

/** - – — */
function isDash(c: number): boolean {
  // (And "―" and "─", which Japanese writers draw as dashes: "Title ─ 小田切 誠（ユズリハ工業）".)
  return c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2015 || c === 0x2500;
}

function skipWhiteSpace(s: string, from: number): number {
  let i = from;
  while (i < s.length && isWhiteSpace(s.charCodeAt(i))) i++;
  return i;
}

export function isKeynote(title: string): boolean {
  return KEYNOTE.test(title);
}

/**
 * A talk told in a Korean or Japanese sentence, its title in 「」 or 『』: "클라우드브릭스의 김도윤님이 발표하신 「…」",
 * "김지훈님(누리페이)이 「…」라는 주제로", "株式会社カゼミチの田中さんが「…」について話していた",
 * "株式会社ナミノリの高田 亮さんによる「…」というセッション". The person is named with 님, さん or 氏; an
 * organisation before them with 의 or の, or after them in parentheses.
 */
export function parseCjkProseTalk(content: string, check: NameCheck = {}): TalkLine | null {
  if (content.length < 12 || !(content.includes('「') || content.includes('『') || (content.includes('님') && /['‘"“]/u.test(content)) || (content.includes('*') && /님|さん|氏/u.test(content)))) return null;
  const m = CJK_PROSE.exec(content);
  if (!m) return quotedThenPeople(content, check);
  const title = m[5] ?? m[6] ?? m[7];
  // After the title: what the sentence says of it (a talk's title, not words someone said).
  const after = content.slice(m.index + m[0].length);
  const lead = m[0].slice(0, m[0].length - title.length - 1);
  // (Quotes other than 「」 and 『』 only in Korean.)
  if (!lead.includes('님') && !/[「『*]$/u.test(lead)) return null;
  // ("次は大川 美咲さん「…」 株式会社ソラマチテック": the next talk announced.)
  const announced = !lead.includes('님') && /(?:次は|続いて|最後は|最初は|まずは|次に|トップバッターは)\s*$/u.test(content.slice(0, m.index + (m[1] ? m[0].indexOf(m[2]) : 0)));
  const said = TITLE_IS_LEAD.test(lead) || (lead.includes('님') ? KO_TALK_AFTER.test(after) || /(?:발표하신|발표한|발표해\s*주신|의)\s*[「『'‘"“]$/u.test(lead) : announced || JA_TALK_AFTER.test(after) || /(?:による|の)\s*[「『*]$/u.test(lead));
  const speakers = said ? cjkPeople(m, check) : null;
  if (!speakers) return quotedThenPeople(content, check);
  const at = m.index + m[0].length - title.length - 1;
  return namedTalkLine(title.trim(), at, speakers, true);
}

/**
 * A sentence of a recap in any word order: one marked title (in quotes, brackets or bold), a person named with 님, さん or
 * 氏 outside it, and a word for a talk ("첫 발표는 **…**이었고 발표자는 배소연 님(구름다리소프트).", "…라는 발표를 여승재
 * 님(프리랜서)이 했다.", "권도하 님(스텔라웍스)의 《…》."). The rules above read the orders they know first; this one
 * asks only that the three be there, so that a recap told in another order is not lost.
 */
export function markedTitleWithPerson(content: string, check: NameCheck = {}): TalkLine | null {
  if (content.length < 12) return null;
  const spans: Array<{ title: string; start: number; end: number }> = [];
  for (const m of content.matchAll(MARKED_SPAN)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7] ?? m[8] ?? m[9] ?? '';
    const title = inner.trim();
    // ("所属はメモに「株式会社…」とある": an organisation in brackets.)
    if (title.length < 4 || !/\p{L}{2}/u.test(title) || looksLikeOrg(title)) continue;
    const end = m.index + m[0].length;
    // ('"…"라고 했다', "「…」と言っていた", '"…"라는 드립'): words someone said, not a title.
    const after = content.slice(end, end + 12);
    if (SAID_AFTER.test(after) || (/^\s*(?:이)?라는\s/u.test(after) && !KO_TALK_AFTER.test(after))) continue;
    spans.push({ title, start: m.index + m[0].indexOf(inner) + (inner.length - inner.trimStart().length), end });
  }
  if (spans.length !== 1) return null;
  const { title, start, end } = spans[0];
  const rest = content.slice(0, start) + ' '.repeat(end - start) + content.slice(end);
  if (!TALK_WORD.test(rest)) return null;
  const people = [...rest.matchAll(HONORIFIC_PERSON)];
  if (people.length === 0 || people.length > 3) return null;
  // ("高橋由美さんと小林大輔さんの二人による", "하이퍼커넥트 노승민님과 AWS 김태희님이 함께 한": people named one after
  // another, each of their own organisation or of the one named before them.)
  // ("윤서연님, 송민재님 (넷블루게임즈)": an organisation in brackets after the last is all of theirs.)
  const speakers: Speaker[] = [];
  for (let k = 0; k < people.length; k++) {
    const [, orgBefore, bareOrg, name, orgAfter] = people[k];
    if (k > 0 && !PEOPLE_JOINED.test(rest.slice(people[k - 1].index + people[k - 1][0].length, people[k].index))) return null;
    const own = cjkOrganisation(orgAfter ?? orgBefore ?? bareOrg);
    const one = peopleOfOneOrganisation([name], own ?? speakers[k - 1]?.org ?? null, check);
    if (!one) return null;
    speakers.push(...one);
  }
  const lastOrg = people[people.length - 1][4] ? speakers[speakers.length - 1].org : null;
  return namedTalkLine(title, start, lastOrg ? speakers.map((sp) => ({ ...sp, org: sp.org ?? lastOrg })) : speakers, true);
}
/** What stands between two people a sentence names one after the other: "と", "과", "와", "및", a comma. */
const PEOPLE_JOINED = /^\s*(?:と|과|와|및|、|,|，)\s*$/u;

/**
 * The title first, then who gave it: "「…」（登壇：桜井 美穂さん／ゼロワン・クラウド株式会社）", "「…」李 俊浩さん（Org）",
 * "「…」（遠藤 さくらさん、株式会社ハルカゼ）", "「…」。登壇は荒木 雄一さん（株式会社ツバメデジタル）",
 * "「…」では、株式会社ミカヅキの原田 真司さんが…". The person is named with さん, 氏 or 님.
 */
function quotedThenPeople(content: string, check: NameCheck): TalkLine | null {
  const m = QUOTED_THEN_PEOPLE.exec(content);
  if (!m) return content.includes('님') ? koreanQuotedThenPerson(content, check) : null;
  const [, title, inName, inOrg, saidName, saidOrg, thenOrg, thenName, name1, name2, nextOrg] = m;
  const speakers = peopleOfOneOrganisation([inName ?? saidName ?? thenName ?? name1, name2], cjkOrganisation(inOrg ?? saidOrg ?? thenOrg ?? nextOrg), check);
  return speakers && namedTalkLine(title.trim(), m.index + 1, speakers, true);
}

const ORDER_BEFORE_ORG = /^(?:#\S+\s+)*(?:[0-9０-９一二三四五六七八九十]{1,2}\s*(?:本目|番目|人目)|LT\s*[0-9０-９]{1,2}|(?:セッション|発表|세션|발표)\s*[0-9０-９]{1,2}|[0-9]{1,2}\s*번째)\s*[:：]\s*/iu;

/**
 * The organisation a Korean or Japanese sentence gives: without the words that lead into it ("トップバッターは株式会社モモンガ",
 * "続いてニジイロ決済"); null for a remark ("会社名聞き逃した", "소속은 안 밝히심").
 */
function cjkOrganisation(raw: string | undefined): string | null {
  let org = raw?.trim();
  if (!org) return null;
  org = org.replace(/^.*?(?:は|은|는)(?=\S{2})/u, '').replace(/^(?:続いて|次に|次は|最後に|最後は|最初に|まず|そして|이어서|다음으로|마지막으로)\s*/u, '');
  // ("1本目：株式会社ミナトシステムズ", "LT2：フリーランス", "#k8sjp 3番目: …": the talk's place in the programme, a post's tag, before it.)
  // ("@kinoshita_sre／合同会社ハルカゼ": the speaker's handle, then the organisation.)
  org = org.replace(ORDER_BEFORE_ORG, '').replace(/^@[\w.-]{2,30}\s*[／/、,]\s*/u, '');
  // ("SRE, 株式会社みなとクラウド", "Platform Engineer、…": the role before the organisation.)
  const role = /^([^,，、]{2,30})[,，、]\s*(?=\S)/u.exec(org);
  if (role && ROLE_WORDS.test(role[1])) org = org.slice(role[0].length);
  if (ORG_REMARK.test(org) || /[\p{sc=Hiragana}]{4,}$/u.test(org)) return null;
  return org || null;
}

/** "제목은", "주제는", "タイトルは": the sentence names a talk's title next. */
const TITLE_IS = String.raw`(?:제목은|주제는|발표\s*제목은|タイトルは|題目は|演題は)\s*`;
const TITLE_IS_LEAD = new RegExp(`${TITLE_IS}[「『'‘"“*]$`, 'u');
// ("中村あゆみさん": a given name in hiragana written on to the family name; not "会場のみなさん", a particle first.)
const CJK_NAME = String.raw`(?:[가-힣]{2,4}|[\p{sc=Han}\p{sc=Katakana}ー]{1,6}(?:[ 　][\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー]{1,6})?|\p{sc=Han}{1,3}(?![のはがをにでともへや])\p{sc=Hiragana}{2,4}|\p{Lu}[\p{Ll}]+(?: \p{Lu}[\p{Ll}]+)?)`;
/** A person with 님, さん or 氏 (group 2), their organisation in parentheses (3), and a second person after と, 과 or 와 (4). */
const CJK_PEOPLE = String.raw`(${CJK_NAME})\s*(?:님|さん|氏)(?:\s*[(（]([^()（）]{1,30})[)）])?(?:\s*(?:と|과|와)\s*(${CJK_NAME})\s*(?:님|さん|氏))?`;
/** A title as a link's text, in code after "제목은" or "タイトルは", in **bold**, 「」, 『』, 《》, 〈〉, ≪≫ or «», or in double or curly quotes (its text in one of the groups). */
const MARKED_SPAN = /(?<=(?:제목은|주제는|タイトルは|題目は|演題は)\s*)`([^`]{2,120})`|\[([^\[\]]{2,120})\]\([^()\s]+\)|\*\*([^*]{2,120})\*\*|「([^「」]{2,120})」|『([^『』]{2,120})』|《([^《》]{2,120})》|〈([^〈〉]{2,120})〉|[≪«]([^≪≫«»]{2,120})[≫»]|["“]([^"“”]{2,120})["”]/gu;
const SAID_AFTER = /^\s*(?:(?:이)?라고|고\s*(?:했|하|말)|と(?:言|話|いう話|の(?:こと|話))|って)/u;
/** A word that makes the sentence about a talk. */
const TALK_WORD = /발표|세션|제목은|タイトルは|들었|들은|聴い|聞い|키노트|라이트닝|강연|登壇|発表|講演|セッション|キーノート|基調|による|\bLT\b/u;
/**
 * A person with 님, さん or 氏 (3), their organisation before 의 or の (1), before a Korean name with only a space between (2:
 * "하이퍼커넥트 노승민님", "AWS 김태희님"; not a word that orders the talks, nor one that ends in a particle), or in
 * parentheses after (4).
 */
const HONORIFIC_PERSON = new RegExp(
  String.raw`(?:(?<=^|[\s、，,。(（])(?:([^\s、，,。「」『』《》()（）]{2,24}?)(?:의|の)|(?!(?:그다음|그리고|이어서|이번엔|이번에|마지막|다음엔|처음엔)\s)(\p{Lu}[\p{L}\d&.-]{1,20}|[가-힣A-Za-z\d]{3,12}(?<![은는이가을를도에로의와과서엔께건]))\s+(?=[가-힣]{2,4}\s*님))\s*)?(${CJK_NAME})\s*(?:님|さん|氏)(?:\s*[(（]([^()（）]{1,30})[)）])?`,
  'gu',
);
const CJK_PROSE = new RegExp(
  String.raw`(?:(?<=^|[\s、，,。!！?？(（])([^\s、，,。!！?？「」『』()（）]{2,24}?)(?:의|の)\s*)?` +
    CJK_PEOPLE +
    // (Korean writes a title in '…' or "…" too: "라온티켓 배수현 님의 '티켓 오픈 10분, …'였다".)
    // ("木村 翔さん。*Title* というタイトルで": a full stop between, a plain text's title in asterisks.)
    String.raw`\s*(?:이|가|께서|의|が|による|の|は|[。、])?\s*(?:(?:라이트닝\s*토크|LT|키노트|세션)(?:로|으로|에서)\s*)?(?:(?:함께\s*)?발표하신|(?:함께\s*)?발표한|발표해\s*주신|준비한|준비해\s*주신)?` +
    // ("윤재원님이 노드 비용 이야기를 들고 나왔다. 제목은 「…」": the title named later in the line.)
    // ("「SLOを"守る"から"使う"へ」": a Japanese bracket closes on its own pair, plain quotes inside it.)
    String.raw`(?:[^「」『』'‘’"“”*]{0,60}?${TITLE_IS})?\s*(?:「([^「」]{2,120})」|『([^『』]{2,120})』|['‘"“*]([^「」『』'‘’"“”*]{2,120})['’"”*])`,
  'u',
);
/** "첫 발표 '…' - 윤태오 책임님 (플랫폼팀)": a quoted title, a dash, a Korean name with 님 (a job grade before it may be). */
function koreanQuotedThenPerson(content: string, check: NameCheck): TalkLine | null {
  const m = KO_QUOTED_THEN_PERSON.exec(content);
  if (!m) return koreanQuotedThenSaid(content, check);
  const speakers = peopleOfOneOrganisation([m[2], m[3]], cjkOrganisation(m[4]), check);
  return speakers && namedTalkLine(m[1].trim(), m.index + 1, speakers, true);
}
const KO_GRADE_THEN_NIM = String.raw`\s*(?:(?:책임|선임|수석|주임|팀장|파트장|매니저|프로|연구원)\s*)?님`;
const KO_QUOTED_THEN_PERSON = new RegExp(
  String.raw`['‘"“]([^'‘’"“”]{4,120})['’"”]\s*[-–—]\s*([가-힣]{2,4})${KO_GRADE_THEN_NIM}(?:\s*[,、·]\s*([가-힣]{2,4})${KO_GRADE_THEN_NIM})?(?:\s*[(（]([^()（）]{1,30})[)）])?`,
  'u',
);

/**
 * "두 번째 세션은 「…」라는 제목으로 다온랩스의 노은채님께서 발표해 주셨습니다", "마지막 세션은 「…」였고, 발표자는
 * 이음네트웍스의 윤가람님이셨습니다": the title, then who gave it later in the sentence (their organisation before 의).
 */
function koreanQuotedThenSaid(content: string, check: NameCheck): TalkLine | null {
  const m = KO_QUOTED_THEN_SAID.exec(content) ?? KO_QUOTED_THEN_PRESENTED.exec(content);
  if (!m) return null;
  const speakers = peopleOfOneOrganisation([m[3]], cjkOrganisation(m[2]), check);
  return speakers && namedTalkLine(m[1].trim(), m.index + 1, speakers, true);
}
/** "제목은 'Title'. 다솜생명 플랫폼팀 조은채님이 발표했다.": the title, then in the next sentence the organisation (2), the person (3) and "presented". */
const KO_QUOTED_THEN_PRESENTED = new RegExp(
  String.raw`[「『'‘"“]([^「」『』'‘’"“”]{4,120})[」』'’"”]\s*[.。]\s*(?:([^\s、，,。「」『』()（）]{2,16}(?:\s[^\s、，,。「」『』()（）]{2,12})?)\s+)?([가-힣]{2,4})\s*님(?:이|께서)\s*발표(?:했|하셨|해\s*주셨)`,
  'u',
);
const KO_QUOTED_THEN_SAID = new RegExp(
  String.raw`[「『'‘"“]([^「」『』'‘’"“”]{4,120})[」』'’"”](?:(?:이)?라는\s*(?:제목|주제)으로|(?:이)?었고|였고)[,，]?\s*(?:발표자는\s*)?(?:([^\s、，,。「」『』()（）]{2,24}?)의\s*)?([가-힣]{2,4})\s*님(?:께서|이셨|이었|이)`,
  'u',
);
const QUOTED_THEN_PEOPLE = new RegExp(
  String.raw`[「『]([^「」『』]{4,120})[」』]\s*(?:` +
    String.raw`[(（](?:(?:登壇|登壇者|発表|講演|スピーカー|발표|발표자|연사)\s*[:：]\s*)?(${CJK_NAME})\s*(?:さん|氏|님)\s*[／/、,，]\s*([^()（）／/、,，]{2,30})[)）]` +
    String.raw`|で?[。、]?\s*(?:登壇|登壇者|発表者|講演者|スピーカー)(?:は|[:：])\s*(${CJK_NAME})\s*(?:さん|氏)(?:\s*[(（]([^()（）]{1,30})[)）])?` +
    // ("「…」というタイトルで、カワセミ・インタラクティブの前田 修さんが話してくれた": "under the title", then who gave it.)
    String.raw`|(?:では|というタイトルで|という題で|というテーマで)[、,]?\s*(?:([^\s、，,。「」『』()（）]{2,24}?)の)?(${CJK_NAME})\s*(?:さん|氏)が` +
    // "「…」李 俊浩さん（株式会社ネクサスペイ）", "「…」西條 亮さん・柏木 七海さん（…）"
    String.raw`|(${CJK_NAME})\s*(?:さん|氏)(?:\s*[・、と]\s*(${CJK_NAME})\s*(?:さん|氏))?\s*(?:[(（]([^()（）]{1,30})[)）])?(?=\s*(?:$|[。、]|#))` +
    ')',
  'u',
);
/** "…」라는 주제로", "…」를 발표함", "…」였는데요": the sentence goes on about a talk. */
const KO_TALK_AFTER = /^\s*(?:(?:이)?라는\s*(?:주제|제목|세션|발표|타이틀)|(?:발표|세션|강연)(?:로|으로|에서|를|은|는|였|였다|입니다)?(?=[\s,.]|$)|[을를]\s*(?:\S{1,4}\s+)?(?:발표|소개|주제|했|하셨|진행|공유)|(?:이)?었|였|[!！]|$)/u;
/** "…」について話していた", "…」というセッション", "…」話。", "…」をしていた": the sentence goes on about a talk. */
const JA_TALK_AFTER = /^\s*(?:について|という(?:セッション|発表|講演|話|タイトル|テーマ)|(?:の)?(?:話|発表|講演|セッション|LT)|を(?:発表|話|紹介|して|し)|で(?:登壇|発表)|[。！!]|$)/u;

/**
 * The people a Korean or Japanese paragraph opens with, as the speakers of the talk headed above it:
 * "ハコニワ株式会社の松本 和也さんのセッション。", "続いて、株式会社ツバメネットの中川 さくらさんと井上 大輔さんの共同発表です。",
 * "누리페이의 김지훈님이 발표한 세션".
 */
export function parseCjkSpeakersLead(content: string, check: NameCheck = {}): Speaker[] | null {
  if (!(content.includes('さん') || content.includes('氏') || content.includes('님'))) return null;
  const m = CJK_LEAD.exec(content);
  return m ? cjkPeople(m, check) : speakerSentence(content, check);
}

/** "발표자는 윤서연 님, …", "발표자는 한지훈 님이고 라인플러스 플랫폼팀 소속.", "登壇者は佐藤さん（メルカリ）。": a sentence saying who spoke. */
export function speakerSentence(content: string, check: NameCheck = {}): Speaker[] | null {
  const is = SPEAKER_IS.exec(content);
  // "株式会社なにわシステムズの 岡田 浩二さんによる発表。", "Orgの Nameさんが発表。", "Org의 Name님이 발표했다.": who gave it, said after them.
  const gave = is ? null : GAVE_THE_TALK.exec(content);
  if (gave) return peopleOfOneOrganisation([gave[2]], cjkOrganisation(gave[3] ?? gave[1]), check);
  const sp = is ? parseSpeakers(is[1].trim(), check) : null;
  if (!sp || sp.speakers.length !== 1) return null;
  const org = is![2] ?? ORG_THEN_BELONGS.exec(content.slice(is![0].length))?.[1] ?? null;
  return [{ name: sp.speakers[0].name, org: org ? cjkOrganisation(org) : null }];
}
/** An honorific, the organisation in brackets (a group), then words saying the person gave the talk, to the sentence's end: "さんによる発表。", "님이 발표했다.". */
export const GAVE_THE_TALK_END = String.raw`(?:さん|氏|님)(?:\s*[(（]([^()（）]{1,30})[)）])?\s*(?:による(?:発表|講演|セッション|LT)|が(?:発表|登壇|講演)|(?:이|께서)\s*발표)[^。.]{0,12}[。.]?$`;
/** An organisation and の or 의 (group 1), a name (2), then GAVE_THE_TALK_END (its organisation in brackets, group 3). */
const GAVE_THE_TALK = new RegExp(String.raw`^(?:(\S{2,30}?)\s*(?:の|의)\s*)?([^\s,、，。()（）]{1,8}(?:\s[^\s,、，。()（）]{1,8})?)\s*${GAVE_THE_TALK_END}`, 'u');
const SPEAKER_IS = /^(?:발표자는|연사는|발표는|発表者は|登壇者は|講演者は|スピーカーは|話したのは|話者は)\s*([^\s,、，。()（）]{1,8}(?:\s[^\s,、，。()（）]{1,8})?)\s*(?:님|さん|氏)(?:\s*[(（]([^()（）]{1,30})[)）])?/u;
/** "이고 라인플러스 플랫폼팀 소속": the organisation named after the speaker, its team left out. */
const ORG_THEN_BELONGS = /^이고\s+([^\s,.]{2,20})(?:\s+\S{1,12}팀)?\s*소속/u;

/**
 * The people of a CJK_PROSE or CJK_LEAD match (groups 1–4: an organisation before them, a name, an
 * organisation after it, a second name), each a person by parseSpeakers; null when one is not.
 */
function cjkPeople(m: RegExpExecArray, check: NameCheck): Speaker[] | null {
  const [, orgBefore, name, orgAfter, second] = m;
  return peopleOfOneOrganisation([name, second], cjkOrganisation(orgAfter ?? orgBefore), check);
}

/** The people a sentence names (a name that is not one person's makes it null), all of `org`; names left out of the match are skipped. */
function peopleOfOneOrganisation(names: Array<string | undefined>, org: string | null, check: NameCheck): Speaker[] | null {
  const speakers: Speaker[] = [];
  for (const n of names) {
    if (!n) continue;
    // (Every name here was said with its honorific: "윤슬기 님" is a person whatever its last syllable.)
    const sp = parseSpeakers(n.trim(), check) ?? (/^[가-힣]{2,4}$/u.test(n.trim()) ? parseSpeakers(`${n.trim()} 님`, check) : null);
    if (!sp || sp.speakers.length !== 1) return null;
    speakers.push({ name: sp.speakers[0].name, org });
  }
  return speakers;
}
const CJK_LEAD = new RegExp(
  String.raw`^(?:(?:続いて|次に|次は|最後に|最後は|最初は|まず|다음은|이어서|마지막으로|마지막은)[、,]?\s*)?(?:([^\s、，,。「」『』()（）]{2,24}?)(?:의|の)\s*)?` +
    CJK_PEOPLE +
    String.raw`\s*(?:による|の(?:共同)?(?:発表|講演|セッション|LT|登壇)|が(?:登壇|発表)|의\s*(?:발표|세션)|(?:이|가|께서)\s*발표)`,
  'u',
);
