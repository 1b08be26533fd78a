// Text utilities shared by every part of the core: line tables, script classes, normalisation.
import type { Position, Range } from './model';

/** Offsets of line starts; positions are UTF-16 based, as in LSP. */
export class LineTable {
  readonly starts: number[];
  constructor(readonly text: string) {
    if (text.indexOf('\r') < 0) {
      // Only \n line ends (most notes): the native search is many times faster than a loop. The
      // array is made at its size (grown by push, a 7,000-line note's left 150 KB of garbage per edit).
      let n = 1;
      for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) n++;
      // (V8 makes an array of more than about 100,000 holes a slow dictionary: long ones grow.)
      const starts: number[] = new Array<number>(n <= 65_536 ? n : 0);
      starts[0] = 0;
      for (let at = text.indexOf('\n'), k = 1; at >= 0; at = text.indexOf('\n', at + 1)) starts[k++] = at + 1;
      this.starts = starts;
      return;
    }
    // Made by new Array like the other path's: one elements kind (holey small integers) for every table,
    // else the first note with \r line ends deoptimised every function that had inlined a table read.
    const starts: number[] = new Array<number>(1);
    starts[0] = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }
  get lineCount(): number {
    return this.starts.length;
  }
  /** The line's text without its line break. */
  line(n: number): string {
    return this.text.slice(this.starts[n], this.lineEnd(n));
  }
  lineEnd(n: number): number {
    if (n + 1 >= this.starts.length) return this.text.length;
    let end = this.starts[n + 1];
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
  positionAt(offset: number): Position {
    const line = lastAtOrBefore(this.starts, offset);
    return { line, character: offset - this.starts[line] };
  }
  offsetAt(pos: Position): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.starts.length) return this.text.length;
    return Math.min(this.starts[pos.line] + Math.max(0, pos.character), this.lineEnd(pos.line));
  }
  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
  /** Every line as an array, without line breaks. */
  lines(): string[] {
    const out: string[] = new Array(this.starts.length);
    for (let i = 0; i < out.length; i++) out[i] = this.line(i);
    return out;
  }
}

export function lineRange(line: number, startChar: number, endChar: number): Range {
  return { start: { line, character: startChar }, end: { line, character: endChar } };
}

export function rangeContains(range: Range, pos: Position): boolean {
  if (pos.line < range.start.line || pos.line > range.end.line) return false;
  if (pos.line === range.start.line && pos.character < range.start.character) return false;
  if (pos.line === range.end.line && pos.character > range.end.character) return false;
  return true;
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** What `\s` and `trim()` treat as white space, for one UTF-16 unit. */
export function isWhiteSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Scripts that decide where a word starts and ends. */
export const enum Script {
  Other = 0,
  Latin = 1, // ASCII letters and digits, Latin-1 letters, underscore
  Hangul = 2,
  Kana = 3, // katakana and the prolonged sound mark
  Hiragana = 4,
  Han = 5,
}

export function scriptOf(c: number): Script {
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95) return Script.Latin;
    return Script.Other;
  }
  if (c >= 0xac00 && c <= 0xd7a3) return Script.Hangul;
  // (Not "ㆍ", U+318D: Korean writes it as a middle dot between words, "ㆍ쿠버네티스".)
  if ((c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f && c !== 0x318d)) return Script.Hangul;
  // (The katakana middle dot, U+30FB, separates words: Other.)
  // (The combining voiced marks too: a half-width "ﾊﾟ" folds to "ハ" and one of them, inside the word.)
  if ((c >= 0x30a0 && c <= 0x30ff && c !== 0x30fb) || (c >= 0x31f0 && c <= 0x31ff) || (c >= 0xff66 && c <= 0xff9f) || c === 0x3099 || c === 0x309a) return Script.Kana;
  if (c >= 0x3040 && c <= 0x309f) return Script.Hiragana;
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x3005) return Script.Han;
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0xff10 && c <= 0xff5a)) return Script.Latin;
  return Script.Other;
}

/**
 * Half-width katakana and punctuation (U+FF61-U+FF9F, "ﾃﾗﾌｫｰﾑ", "｢") as full-width ones, one unit each: a voiced
 * or semi-voiced mark ("ﾊﾟ") becomes the combining mark, so "ﾊﾟｯｶｰ" folds to "パッカー" decomposed (kanaDecomposed).
 */
const HALF_WIDTH_KANA: Uint16Array = (() => {
  const t = new Uint16Array(0xffa0 - 0xff61);
  for (let c = 0xff61; c < 0xffa0; c++) t[c - 0xff61] = String.fromCharCode(c).normalize('NFKC').charCodeAt(0);
  return t;
})();

/** A spelling's kana with their voiced and semi-voiced marks apart ("パッカー" as "パッカー"): how half-width kana fold. */
export function kanaDecomposed(spelling: string): string {
  return spelling.replace(/[\u3040-\u30ff]/gu, (ch) => ch.normalize('NFD'));
}

/**
 * Folds one UTF-16 unit for matching: full-width ASCII to ASCII, upper to lower case,
 * curly apostrophes to straight ones. Always one unit in, one unit out, so offsets survive.
 */
export function foldChar(c: number): number {
  if (c >= 0xff61 && c <= 0xff9f) return HALF_WIDTH_KANA[c - 0xff61];
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
  else if (c === 0x3000) return 32;
  else if (c === 0x2019 || c === 0x2018 || c === 0x02bc) return 39;
  else if (c === 0x2010 || c === 0x2011 || c === 0x2012 || c === 0x2013) return 45;
  if (c >= 65 && c <= 90) return c + 32;
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 32;
  return c;
}

// The three tables below are made at every start (the server, the CLI and each worker): by the
// ranges foldChar and scriptOf name, not by calling them 65,536 times (20-30 ms before the first
// answer). A test holds each table to its function for every unit.

/** foldChar for every UTF-16 unit, as a table: the matcher folds each character it looks at. */
export const FOLD: Uint16Array = (() => {
  const t = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) t[c] = c;
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = c - 0xfee0;
  t[0x3000] = 32;
  t[0x2018] = t[0x2019] = t[0x02bc] = 39;
  t.fill(45, 0x2010, 0x2014);
  // Upper case to lower, as written or once full-width forms are ASCII.
  for (let c = 65; c <= 90; c++) t[c] = t[c + 0xfee0] = c + 32;
  for (let c = 0xc0; c <= 0xde; c++) if (c !== 0xd7) t[c] = c + 32;
  for (let c = 0xff61; c < 0xffa0; c++) t[c] = HALF_WIDTH_KANA[c - 0xff61];
  return t;
})();

/** scriptOf for every UTF-16 unit, as a table. */
export const SCRIPT_OF_FOLDED: Uint8Array = (() => {
  const t = new Uint8Array(65536);
  t.fill(Script.Latin, 48, 58);
  t.fill(Script.Latin, 65, 91);
  t.fill(Script.Latin, 97, 123);
  t[95] = Script.Latin;
  t.fill(Script.Latin, 0xc0, 0x250);
  t[0xd7] = t[0xf7] = Script.Other;
  t.fill(Script.Latin, 0xff10, 0xff5b);
  t.fill(Script.Hangul, 0xac00, 0xd7a4);
  t.fill(Script.Hangul, 0x1100, 0x1200);
  t.fill(Script.Hangul, 0x3130, 0x3190);
  t[0x318d] = Script.Other;
  t.fill(Script.Kana, 0x30a0, 0x3100);
  // The katakana middle dot separates words ("・アンシブル", a bullet; "ドッカー・コンポーズ"): a word starts after it.
  t[0x30fb] = Script.Other;
  t.fill(Script.Kana, 0x31f0, 0x3200);
  t.fill(Script.Kana, 0xff66, 0xffa0);
  t.fill(Script.Hiragana, 0x3040, 0x30a0);
  t[0x3099] = t[0x309a] = Script.Kana;
  t.fill(Script.Han, 0x4e00, 0xa000);
  t.fill(Script.Han, 0x3400, 0x4dc0);
  t[0x3005] = Script.Han;
  return t;
})();

/** The script of each UTF-16 unit once folded (SCRIPT_OF_FOLDED[FOLD[c]]): one lookup per character in the matcher's scan. */
export const SCRIPT_OF_CHAR: Uint8Array = (() => {
  const t = SCRIPT_OF_FOLDED.slice();
  // Only the units foldChar changes can have another script once folded.
  const changed: Array<[number, number]> = [
    [65, 91],
    [0xc0, 0xdf],
    [0x02bc, 0x02bd],
    [0x2010, 0x2014],
    [0x2018, 0x201a],
    [0x3000, 0x3001],
    [0xff01, 0xff5f],
    [0xff61, 0xffa0],
  ];
  for (const [from, to] of changed) for (let c = from; c < to; c++) t[c] = SCRIPT_OF_FOLDED[FOLD[c]];
  return t;
})();

/** The folded copy of a string: same length, same offsets. */
export function foldText(text: string): string {
  const n = text.length;
  if (n >= FOLD_INTO_BUFFER) return foldIntoBuffer(text);
  const codes = new Array<number>(n);
  for (let j = 0; j < n; j++) codes[j] = FOLD[text.charCodeAt(j)];
  return String.fromCharCode.apply(null, codes);
}

/**
 * A text this long is folded into a reused array of UTF-16 units, read back as one string (V8
 * makes it one-byte when it can, as fromCharCode does). An array of numbers per 8K characters and
 * a string per piece, joined, then copied flat by the first search in it, made about 450 KB of
 * garbage per edit of a long talk (a quarter of what an edit of a 216 KB note and the hover after it
 * allocate), and took 1.5-2.4 times as long; below this length the array is quicker.
 */
const FOLD_INTO_BUFFER = 1024;
/** The reused array is not kept for texts longer than this. */
const KEEP_FOLD_BUFFER = 128 * 1024;
let foldBuffer: Uint16Array | null = null;

function foldIntoBuffer(text: string): string {
  const n = text.length;
  let units = foldBuffer;
  if (!units || units.length < n) {
    units = new Uint16Array(Math.max(n, FOLD_INTO_BUFFER * 8));
    if (units.length <= KEEP_FOLD_BUFFER) foldBuffer = units;
  }
  for (let j = 0; j < n; j++) units[j] = FOLD[text.charCodeAt(j)];
  return Buffer.from(units.buffer, units.byteOffset, 2 * n).toString('utf16le');
}

/** A key for comparing names: NFKC, lower case, letters and digits only. */
export function nameKey(s: string): string {
  // Printable ASCII needs no normalisation, and its letters and digits are [a-z0-9] once lower-cased.
  if (PRINTABLE_ASCII.test(s)) return s.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** A URL- and id-friendly slug that keeps Hangul, kana and kanji. */
export function slugify(s: string): string {
  if (PRINTABLE_ASCII.test(s)) return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'untitled';
  return (
    s
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'untitled'
  );
}

/** GitHub-style heading anchor: lower case, punctuation dropped, spaces to hyphens. */
export function headingAnchor(s: string): string {
  return s
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** Number of code points before a UTF-16 offset within a string (CLI columns count characters). */
export function codePointColumn(line: string, utf16: number): number {
  let n = 0;
  for (let i = 0; i < utf16 && i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < line.length) i++;
    n++;
  }
  return n;
}

/** The index of the last of ascending `starts` that is at or before `offset` (0 when none is). */
export function lastAtOrBefore(starts: ArrayLike<number>, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** "file:///notes/Platform%20roadmap%20Q3.md" → "Platform roadmap Q3": a note's file name without its extension (an event's name when it has none, a wiki link's page). */
export function fileTitle(uri: string): string {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  let base = name;
  try {
    base = decodeURIComponent(name);
  } catch {
    // A malformed escape: the name as written.
  }
  return base.replace(/\.(md|markdown|txt)$/i, '');
}

/** "[[Talk]] by [[Person|Jane]]" → "Talk by Jane". */
export function withoutWikiBrackets(s: string): string {
  // ("[[Jisoo Park|people.jisoo-park]]": Dendron writes the label first, the note's dotted path after it.)
  return s.replace(/\[\[([^\[\]|#]*)(?:#[^\[\]|]*)?(?:\|([^\[\]]*))?\]\]/g, (_, target: string, alias?: string) => (alias === undefined ? target : DENDRON_PATH.test(alias) && !DENDRON_PATH.test(target) ? target : alias));
}
/** A Dendron note's path: lower-case words joined by dots ("people.jisoo-park", "conf.2024.hashiconf"). */
const DENDRON_PATH = /^[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9_-]+)+$/;

/** Full-width digits as ASCII ones ("１０月５日" as "10月5日"): one UTF-16 unit each, so offsets hold. */
export function asciiDigits(s: string): string {
  return s.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48));
}
