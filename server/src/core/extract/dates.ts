// Dates as people write them in en/ko/ja notes, with ranges over several days.
import { asciiDigits } from '../text';
import { EN_WEEKDAY } from './vocabulary';

export interface FoundDate {
  /** UTF-16 offsets in the searched string. */
  start: number;
  end: number;
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string;
  endDate: string | null;
  /** The text had a time of day right after the date (a post's timestamp, usually). */
  withTime: boolean;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/** Weekdays' and months' names, whole words ("Tue", "December"; not the start of "Monitoring"). */
export const DATE_WORDS = new RegExp(String.raw`\b(?:${EN_WEEKDAY}|${MONTH})(?![a-z])`, 'giu');
const DASH = '\\s*[-–—~〜～]\\s*';
const ORD = '(?:st|nd|rd|th)?';
const WEEKDAY = '(?:\\s*[（(]\\s*[^()（）\\s]{1,9}\\s*[）)])?';
const TIME = /^\s*(?:[T ]\s*)?\d{1,2}:\d{2}/;

interface Pattern {
  re: RegExp;
  read(m: RegExpExecArray): { y: number; mo: number; d?: number; y2?: number; mo2?: number; d2?: number } | null;
}

const PATTERNS: Pattern[] = [
  {
    // "DTSTART:20231010T160000Z", "DTSTART;VALUE=DATE:20240319": an iCalendar event's start.
    re: /(?<=^DT(?:START|END)(?:;[^:]*)?:)(\d{4})(\d{2})(\d{2})(?=T\d{6}|\s*$)/gmu,
    read: (m) => ({ y: +m[1], mo: +m[2], d: +m[3] }),
  },
  {
    // "2024년 6월 넷째 주 화요일", "2024年6月の第4火曜日", "the fourth Tuesday of June 2024": a month's nth weekday.
    re: new RegExp(
      String.raw`(\d{4})\s*년\s*(\d{1,2})\s*월\s*(첫|둘|셋|넷|다섯)\s*째\s*주\s*([월화수목금토일])요일|(\d{4})\s*年\s*(\d{1,2})\s*月\s*の?\s*第\s*([1-5])\s*([月火水木金土日])曜日?|\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+((?:sun|mon|tues|wednes|thurs|fri|satur)day)\s+(?:of|in)\s+${MONTH},?\s+(\d{4})\b`,
      'giu',
    ),
    read: (m) => {
      const [y, mo, n, weekday] = m[1]
        ? [+m[1], +m[2], ORDINAL_WEEK[m[3]], weekdayNumber(m[4])]
        : m[5]
          ? [+m[5], +m[6], +m[7], weekdayNumber(m[8])]
          : [+m[12], MONTHS[m[11].toLowerCase().replace('.', '')], ORDINAL_WEEK[m[9].toLowerCase()], weekdayNumber(m[10])];
      const d = nthWeekday(y, mo, n, weekday);
      return d ? { y, mo, d } : null;
    },
  },
  {
    // 2018-07-28, 2018.07.28, 2018/7/28(Sat), 2018. 7. 28.; ranges "~ 2018-07-30", "~ 7/30", "-30"
    re: new RegExp(
      `(?<![\\d.])(\\d{4})\\s*([-./])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})(?!\\d)\\.?${WEEKDAY}` +
        `(?:${DASH}(?:(\\d{4})\\s*[-./]\\s*)?(?:(\\d{1,2})\\s*[-./]\\s*)?(\\d{1,2})(?![\\d:])\\.?${WEEKDAY})?`,
      'gu',
    ),
    read: (m) => ({ y: +m[1], mo: +m[3], d: +m[4], y2: m[5] ? +m[5] : undefined, mo2: m[6] ? +m[6] : undefined, d2: m[7] ? +m[7] : undefined }),
  },
  {
    // 22.10.2024: the day first, with full stops (German, Dutch, Polish …; not with slashes, which the US reads month first).
    re: /(?<![\d.\p{L}])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])/gu,
    read: (m) => ({ y: +m[3], mo: +m[2], d: +m[1] }),
  },
  {
    // '24. 11. 12.(화) ~ 11. 15.(금), ’24/11/12: a two-digit year the apostrophe says is one.
    re: new RegExp(
      `['’‘](\\d{2})\\s*([-./])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})(?!\\d)\\.?${WEEKDAY}` +
        `(?:${DASH}(?:(\\d{1,2})\\s*[-./]\\s*)?(\\d{1,2})(?![\\d:])\\.?${WEEKDAY})?`,
      'gu',
    ),
    read: (m) => ({ y: 2000 + +m[1], mo: +m[3], d: +m[4], mo2: m[5] ? +m[5] : undefined, d2: m[6] ? +m[6] : undefined }),
  },
  {
    // 2018년 7월 28일 (토) ~ 29일, 2018년 7월
    re: new RegExp(
      `(\\d{4})\\s*년\\s*(\\d{1,2})\\s*월(?:\\s*(\\d{1,2})\\s*일${WEEKDAY}(?:${DASH}(?:(\\d{1,2})\\s*월\\s*)?(\\d{1,2})\\s*일)?)?`,
      'gu',
    ),
    read: (m) => ({ y: +m[1], mo: +m[2], d: m[3] ? +m[3] : undefined, mo2: m[4] ? +m[4] : undefined, d2: m[5] ? +m[5] : undefined }),
  },
  {
    // 2023年12月11日(月)〜12日, 2023年12月
    re: new RegExp(
      `(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日${WEEKDAY}(?:${DASH}(?:(\\d{1,2})\\s*月\\s*)?(\\d{1,2})\\s*日)?)?`,
      'gu',
    ),
    read: (m) => ({ y: +m[1], mo: +m[2], d: m[3] ? +m[3] : undefined, mo2: m[4] ? +m[4] : undefined, d2: m[5] ? +m[5] : undefined }),
  },
  {
    // 令和6年5月18日（土）, 平成31年4月: a year of the Japanese era (令和 1 is 2019, 平成 1 is 1989; 元年 its first).
    re: new RegExp(`(令和|平成)\\s*(元|\\d{1,2})\\s*年\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日)?`, 'gu'),
    read: (m) => ({ y: (m[1] === '令和' ? 2018 : 1988) + (m[2] === '元' ? 1 : +m[2]), mo: +m[3], d: m[4] ? +m[4] : undefined }),
  },
  {
    // July 28, 2018; Nov 6–9, 2023; Jul 30 - Aug 1, 2018; Saturday, March 7th 2024
    re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})${ORD}(?:${DASH}(?:${MONTH}\\s+)?(\\d{1,2})${ORD})?,?\\s+(\\d{4})\\b`, 'giu'),
    read: (m) => ({ y: +m[5], mo: MONTHS[m[1].toLowerCase().replace('.', '')], d: +m[2], mo2: m[3] ? MONTHS[m[3].toLowerCase().replace('.', '')] : undefined, d2: m[4] ? +m[4] : undefined }),
  },
  {
    // 28 July 2018; 6-9 November 2023
    re: new RegExp(`\\b(\\d{1,2})${ORD}(?:${DASH}(\\d{1,2})${ORD})?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'giu'),
    read: (m) => ({ y: +m[4], mo: MONTHS[m[3].toLowerCase().replace('.', '')], d: +m[1], d2: m[2] ? +m[2] : undefined }),
  },
  {
    // 24.08.24 (토): a two-digit year, read only when the weekday after it is that date's.
    re: /(?<![\d.])(\d{2})\.(\d{1,2})\.(\d{1,2})\.?\s*[(（]\s*([월화수목금토일月火水木金土日]|sun|mon|tue|wed|thu|fri|sat)[a-z]*\.?\s*[)）]/giu,
    read: (m) => {
      const y = 2000 + +m[1];
      return fallsOn(y, +m[2], +m[3], weekdayNumber(m[4])) ? { y, mo: +m[2], d: +m[3] } : null;
    },
  },
  {
    // tue 3/19/24, Sat, 6/1/24: a US month, day and two-digit year, read only when the weekday before it is that date's.
    // ("Wed 7/10/2024": Outlook's, with the year in full; "Wed 10/7/2024", the day first, when the weekday says so.)
    re: /\b(sun|mon|tue|wed|thu|fri|sat)[a-z]*\.?,?\s+(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/giu,
    read: (m) => {
      const y = m[4].length === 2 ? 2000 + +m[4] : +m[4];
      const weekday = weekdayNumber(m[1]);
      if (fallsOn(y, +m[2], +m[3], weekday)) return { y, mo: +m[2], d: +m[3] };
      return m[4].length === 4 && fallsOn(y, +m[3], +m[2], weekday) ? { y, mo: +m[3], d: +m[2] } : null;
    },
  },
  {
    // 일시: 24.11.02, 日時：24/11/02: a two-digit year first, read only after a Korean or Japanese label that
    // says a date follows (an English note's "02.11.24" or "11/02/24" puts the year last).
    re: /(?<=(?:일시|날짜|일자|日時|日付|開催日)\s*[:：]\s*)(\d{2})([./-])(\d{1,2})\2(\d{1,2})(?![\d./-])/giu,
    read: (m) => ({ y: 2000 + +m[1], mo: +m[3], d: +m[4] }),
  },
  {
    // July 2018 (month only)
    re: new RegExp(`\\b${MONTH},?\\s+(\\d{4})\\b`, 'giu'),
    read: (m) => ({ y: +m[2], mo: MONTHS[m[1].toLowerCase().replace('.', '')] }),
  },
];

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, mo: number, d?: number): boolean {
  return y >= 1990 && y <= 2100 && mo >= 1 && mo <= 12 && (d === undefined || (d >= 1 && d <= 31));
}

// (Not before a month, day and year with slashes: "tue 3/19/24" is read with its weekday.)
const WEEKDAY_BEFORE_DAY = new RegExp(String.raw`\b${EN_WEEKDAY}\.?,?(?=\s+\d{1,2}(?!\d))(?!\s+\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})(?!\d))`, 'gi');

const FULL_WIDTH_DIGIT = /[０-９]/u;

/** Every date in `written`, in order, without overlaps (the first pattern to claim a span wins). */
export function findDates(written: string): FoundDate[] {
  // ("令和6年１０月５日", "２０２４年１０月５日": full-width digits read as ASCII ones, offsets unchanged.)
  const input = FULL_WIDTH_DIGIT.test(written) ? asciiDigits(written) : written;
  // (A two-digit year is read only with its weekday, "24.08.24 (토)", an apostrophe, "'24. 11. 12.", after a Korean or Japanese date label, "일시: 24.11.02", or after its weekday, "tue 3/19/24".)
  if (!/\d{4}|\d\.\d{1,2}\.?\s*[(（]|['’‘]\d{2}\s*[-./]|[:：]\s*\d{2}[./-]\d|\d\/\d{1,2}\/\d{2}|令和|平成/.test(input)) return [];
  // "Wed 19 – Thu 20 June 2024": a weekday inside a range is blanked (same length: places hold).
  const text = /(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+\d/i.test(input) ? input.replace(WEEKDAY_BEFORE_DAY, (w) => ' '.repeat(w.length)) : input;
  const found: FoundDate[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      const r = p.read(m);
      // ("#41 — Tue 5 Nov 2024": "41 — 5 Nov" is no range, nor "#12 — Tue 4 Mar 2025"; the date may start further on.)
      if (!r || !valid(r.y, r.mo, r.d) || (r.d2 !== undefined && r.d !== undefined && r.mo2 === undefined && r.y2 === undefined && r.d2 <= r.d)) {
        p.re.lastIndex = m.index + 1;
        continue;
      }
      const date = r.d !== undefined ? `${r.y}-${pad(r.mo)}-${pad(r.d)}` : `${r.y}-${pad(r.mo)}`;
      let endDate: string | null = null;
      if (r.d2 !== undefined && r.d !== undefined) {
        const y2 = r.y2 ?? r.y;
        const mo2 = r.mo2 ?? r.mo;
        if (valid(y2, mo2, r.d2)) {
          const e = `${y2}-${pad(mo2)}-${pad(r.d2)}`;
          if (e > date) endDate = e;
        }
      }
      found.push({ start, end, date, endDate, withTime: TIME.test(text.slice(end, end + 12)) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** "첫째", "fourth", "3rd": which of a month's weeks. */
const ORDINAL_WEEK: Record<string, number> = { 첫: 1, 둘: 2, 셋: 3, 넷: 4, 다섯: 5, first: 1, second: 2, third: 3, fourth: 4, fifth: 5, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5 };

/** The day of month `mo` of year `y` that is its `n`th `weekday` (weekdayNumber), or null when the month has no such day. */
function nthWeekday(y: number, mo: number, n: number, weekday: number): number | null {
  if (!(mo >= 1 && mo <= 12) || weekday < 0) return null;
  const first = new Date(Date.UTC(y, mo - 1, 1)).getUTCDay();
  const d = 1 + ((weekday - first + 7) % 7) + (n - 1) * 7;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate() ? d : null;
}

/** Sunday 0 … Saturday 6, from a weekday's Korean or Japanese character or English name ("wed", "Saturday"). */
function weekdayNumber(w: string): number {
  const k = '일월화수목금토'.indexOf(w);
  if (k >= 0) return k;
  const j = '日月火水木金土'.indexOf(w);
  if (j >= 0) return j;
  return ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].indexOf(w.slice(0, 3).toLowerCase());
}

/** Whether `y`-`mo`-`d` falls on `weekday` (weekdayNumber): a date written with its weekday is read only when they agree. */
function fallsOn(y: number, mo: number, d: number, weekday: number): boolean {
  return new Date(Date.UTC(y, mo - 1, d)).getUTCDay() === weekday;
}

/** Month-and-day forms without a year: the year comes from elsewhere (the event's name). */
const YEARLESS: Array<{ re: RegExp; read(m: RegExpExecArray): { mo: number; d: number; mo2?: number; d2?: number; weekday?: number } }> = [
  {
    // 11/23 토, 8/3(土): month and day with a slash, read only when the weekday after it is that date's in the year.
    re: /(?<![\d/.])(\d{1,2})\/(\d{1,2})(?![\d/])\s*[(（]?\s*([월화수목금토일月火水木金土日]|(?:sun|mon|tue|wed|thu|fri|sat)[a-z]*)/giu,
    read: (m) => ({ mo: +m[1], d: +m[2], weekday: weekdayNumber(m[3]) }),
  },
  {
    // "5/14~15, 코엑스", "(2/27~28, …)", "11/28-29 @有明": month and day with a slash and no weekday, read only
    // between a line's start, a space or a parenthesis and a separator (not "1/3 of", not "8/3 土": see above).
    // (Not a count of a programme's items: "Talk 1/5", "Session 2/3", "page 3/12".)
    re: new RegExp(String.raw`(?<![\p{L}\p{N}/.:])(?<!\b(?:talks?|sessions?|parts?|lt|slides?|pages?|steps?)\s?)(\d{1,2})\/(\d{1,2})(?:${DASH}(?:(\d{1,2})\/)?(\d{1,2}))?(?=\s*(?:$|[,、，)）@＠/|]|\s))(?!\s*[(（]?\s*(?:[월화수목금토일月火水木金土日]|(?:sun|mon|tue|wed|thu|fri|sat)))(?!\s+(?:of|of\s+the)\b)`, 'giu'),
    read: (m) => ({ mo: +m[1], d: +m[2], mo2: m[3] ? +m[3] : undefined, d2: m[4] ? +m[4] : undefined }),
  },
  {
    // 8월 2일, 8월 2일(금)~3일
    re: new RegExp(`(?<!\\d)(\\d{1,2})\\s*월\\s*(\\d{1,2})\\s*일${WEEKDAY}(?:${DASH}(?:(\\d{1,2})\\s*월\\s*)?(\\d{1,2})\\s*일)?`, 'gu'),
    read: (m) => ({ mo: +m[1], d: +m[2], mo2: m[3] ? +m[3] : undefined, d2: m[4] ? +m[4] : undefined }),
  },
  {
    // 7月13日(土)〜14日
    re: new RegExp(`(?<!\\d)(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日${WEEKDAY}(?:${DASH}(?:(\\d{1,2})\\s*月\\s*)?(\\d{1,2})\\s*日)?`, 'gu'),
    read: (m) => ({ mo: +m[1], d: +m[2], mo2: m[3] ? +m[3] : undefined, d2: m[4] ? +m[4] : undefined }),
  },
  {
    // 20–22 March, 5 June, "Thu 19 - Fri 20 June" (a weekday before the second day)
    re: new RegExp(`(?<![\\d.,/-])(\\d{1,2})${ORD}(?:${DASH}(?:(?:sun|mon|tue|wed|thu|fri|sat)[a-z]*\\.?,?\\s+)?(\\d{1,2})${ORD})?\\s+(?:of\\s+)?${MONTH}(?![a-z])(?!,?\\s*\\d{4})`, 'giu'),
    read: (m) => ({ mo: MONTHS[m[3].toLowerCase().replace('.', '')], d: +m[1], d2: m[2] ? +m[2] : undefined }),
  },
  {
    // Oct 10–12, October 10
    re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})${ORD}(?:${DASH}(?:${MONTH}\\s+)?(\\d{1,2})${ORD})?\\b(?!,?\\s*\\d{4})`, 'giu'),
    read: (m) => ({ mo: MONTHS[m[1].toLowerCase().replace('.', '')], d: +m[2], mo2: m[3] ? MONTHS[m[3].toLowerCase().replace('.', '')] : undefined, d2: m[4] ? +m[4] : undefined }),
  },
];

/** The first month and day in `text` written without a year, dated in `year`. */
export function findMonthDay(text: string, year: number): FoundDate | null {
  let best: FoundDate | null = null;
  for (const p of YEARLESS) {
    p.re.lastIndex = 0;
    const m = p.re.exec(text);
    if (!m || (best && best.start <= m.index)) continue;
    const r = p.read(m);
    if (!valid(year, r.mo, r.d)) continue;
    if (r.weekday !== undefined && !fallsOn(year, r.mo, r.d, r.weekday)) continue;
    const date = `${year}-${pad(r.mo)}-${pad(r.d)}`;
    let endDate: string | null = null;
    if (r.d2 !== undefined && valid(year, r.mo2 ?? r.mo, r.d2)) {
      const e = `${year}-${pad(r.mo2 ?? r.mo)}-${pad(r.d2)}`;
      if (e > date) endDate = e;
    }
    best = { start: m.index, end: m.index + m[0].length, date, endDate, withTime: TIME.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)) };
  }
  return best;
}

/** Reads a single date value (front matter): a string, a number (a year) or a Date object. */
export function parseDateValue(value: unknown): { date: string; endDate: string | null } | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return { date: value.toISOString().slice(0, 10), endDate: null };
  }
  if (typeof value === 'number' && value >= 1990 && value <= 2100) return { date: String(value), endDate: null };
  if (typeof value !== 'string') return null;
  const dates = findDates(value);
  if (dates.length) return { date: dates[0].date, endDate: dates[0].endDate ?? (dates[1] && dates[1].date > dates[0].date ? dates[1].date : null) };
  const ym = /^\s*(\d{4})[-./](\d{1,2})\s*$/.exec(value);
  if (ym && valid(+ym[1], +ym[2])) return { date: `${ym[1]}-${pad(+ym[2])}`, endDate: null };
  const y = /^\s*(\d{4})\s*$/.exec(value);
  if (y && valid(+y[1], 1)) return { date: y[1], endDate: null };
  return null;
}

/** Month and day without a year ("Oct 10–12", "11月14日"), or any full date. */
const MONTH_DAY = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\d{1,2}\s*[월月]\s*\d{1,2}\s*[일日]|^\d{1,4}[./-]\d{1,2}(?:[./-]\d{1,4})?$/iu;

export function isDateLike(s: string): boolean {
  // Every form has a digit; most names and organisations have none.
  return hasDigit(s) && (MONTH_DAY.test(s) || findDates(s).length > 0);
}

/** Whether `s` holds an ASCII digit (a scan, before any date expression). */
export function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
