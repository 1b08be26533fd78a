// Finds tool names in text: a character trie over folded spellings, with word boundaries
// that understand Korean particles, Japanese kana and full-width letters.
import { Script, foldChar, scriptOf } from '../text';

/** One spelling as the matcher sees it. */
export interface Spelling {
  toolId: string;
  /** The spelling as written in the catalog. */
  text: string;
  caseSensitive: boolean;
  needsContext: boolean;
}

/** A span of text that one or more spellings accept. */
export interface RawMatch {
  start: number;
  end: number;
  spellings: Spelling[];
}

interface TrieNode {
  next: Map<number, TrieNode>;
  spellings: Spelling[] | null;
}

/** Stands for "a separator or nothing" inside multi-word spellings: "Spring Boot" = "SpringBoot" = "spring-boot". */
const SEP = -1;

function isSeparator(c: number): boolean {
  return c === 32 || c === 45 || c === 9 || c === 0xa0 || c === 0x3000 || c === 0x30fb || c === 0xb7;
}

// Korean particles and endings that may follow a short transliteration ("볼트를", "컨설과").
// A short Hangul spelling followed by anything else is part of a longer word ("컨설팅").
const PARTICLE_STARTS = new Set(
  Array.from('은는이가을를의에와과로으도만랑나까부처보하한께라야여쯤뿐밖조마같쪽측등들서엔였인임적용측')
    .map((c) => c.charCodeAt(0)),
);

function newNode(): TrieNode {
  return { next: new Map(), spellings: null };
}

export class Matcher {
  private readonly root: TrieNode = newNode();

  constructor(spellings: Iterable<Spelling>) {
    for (const s of spellings) this.add(s);
  }

  private add(s: Spelling): void {
    let node = this.root;
    let lastWasSep = true;
    for (let i = 0; i < s.text.length; i++) {
      let c = foldChar(s.text.charCodeAt(i));
      if (isSeparator(c)) {
        if (lastWasSep) continue;
        c = SEP;
        lastWasSep = true;
      } else lastWasSep = false;
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = newNode()));
      node = child;
    }
    if (node === this.root) return;
    (node.spellings ??= []).push(s);
  }

  /**
   * Every span in `text[from, to)` that some spelling accepts, left to right, longest first,
   * never overlapping. `folded` is `foldText(text)`. `skip` marks offsets that must not be matched (URLs, code).
   */
  find(text: string, folded: string, from = 0, to = text.length, skip?: (offset: number) => number): RawMatch[] {
    const out: RawMatch[] = [];
    const root = this.root;
    let i = from;
    while (i < to) {
      const c = folded.charCodeAt(i);
      const script = scriptOf(c);
      if (script === Script.Other) {
        i++;
        continue;
      }
      if (skip) {
        const jump = skip(i);
        if (jump > i) {
          i = jump;
          continue;
        }
      }
      const prev = i > 0 ? folded.charCodeAt(i - 1) : 32;
      const startOk = scriptOf(prev) !== script && !(prev === 46 && script === Script.Latin && i > 1 && scriptOf(folded.charCodeAt(i - 2)) === Script.Latin);
      const first = startOk ? root.next.get(c) : undefined;
      if (first) {
        const match = this.longestAt(text, folded, i, to, first);
        if (match) {
          out.push(match);
          i = match.end;
          continue;
        }
      }
      // Move to the next position where a word of another script could start.
      i++;
      while (i < to && scriptOf(folded.charCodeAt(i)) === script) i++;
    }
    return out;
  }

  private longestAt(text: string, folded: string, start: number, to: number, first: TrieNode): RawMatch | null {
    // Fast path: walk straight down while no separator branches; most words stop after a few letters.
    let node = first;
    let pos = start + 1;
    let best: RawMatch | null = null;
    while (!node.next.has(SEP)) {
      if (node.spellings) {
        const accepted = this.accept(text, folded, start, pos, node.spellings);
        if (accepted.length) best = { start, end: pos, spellings: accepted };
      }
      const child = pos < to ? node.next.get(folded.charCodeAt(pos)) : undefined;
      if (!child) return best;
      node = child;
      pos++;
    }
    return this.longestWithSeparators(text, folded, start, to, first) ?? best;
  }

  private longestWithSeparators(text: string, folded: string, start: number, to: number, first: TrieNode): RawMatch | null {
    // Depth-first walk; separators branch (skip them, or not), so keep a small stack.
    let best: RawMatch | null = null;
    const stack: Array<[TrieNode, number]> = [[first, start + 1]];
    while (stack.length) {
      const [node, pos] = stack.pop()!;
      if (node.spellings && (!best || pos > best.end)) {
        const accepted = this.accept(text, folded, start, pos, node.spellings);
        if (accepted.length) best = { start, end: pos, spellings: accepted };
      }
      if (pos < to) {
        const child = node.next.get(folded.charCodeAt(pos));
        if (child) stack.push([child, pos + 1]);
      }
      const sep = node.next.get(SEP);
      if (sep) {
        let p = pos;
        while (p < to && isSeparator(folded.charCodeAt(p))) p++;
        if (p < to) {
          const child = sep.next.get(folded.charCodeAt(p));
          if (child) stack.push([child, p + 1]);
        }
      }
    }
    return best;
  }

  private accept(text: string, folded: string, start: number, end: number, spellings: Spelling[]): Spelling[] {
    if (!endOk(folded, start, end)) return [];
    // "HELM" in a heading is Helm: an all-capitals word of four letters or more is emphasis, not another word.
    const shouted = end - start >= 4 && /^[A-Z0-9 -]+$/.test(text.slice(start, end));
    return spellings.filter((s) => !s.caseSensitive || shouted || sameCase(text, start, end, s.text));
  }
}

function endOk(folded: string, start: number, end: number): boolean {
  if (end >= folded.length) return true;
  const last = folded.charCodeAt(end - 1);
  const next = folded.charCodeAt(end);
  const lastScript = scriptOf(last);
  const nextScript = scriptOf(next);
  switch (lastScript) {
    case Script.Latin:
      if (nextScript === Script.Latin) return false;
      // "github.io", "vault.example.com": part of a domain, not a mention.
      if (next === 46 && end + 1 < folded.length && scriptOf(folded.charCodeAt(end + 1)) === Script.Latin) return false;
      return true;
    case Script.Hangul:
      if (nextScript !== Script.Hangul) return true;
      return end - start > 2 || PARTICLE_STARTS.has(next);
    case Script.Kana:
      return nextScript !== Script.Kana;
    default:
      return true;
  }
}

/** Letters must match exactly, separators are free. */
function sameCase(text: string, start: number, end: number, spelling: string): boolean {
  let j = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isSeparator(foldChar(c))) continue;
    while (j < spelling.length && isSeparator(spelling.charCodeAt(j))) j++;
    if (j >= spelling.length) return false;
    let t = c;
    if (t >= 0xff01 && t <= 0xff5e) t -= 0xfee0;
    if (t !== spelling.charCodeAt(j)) return false;
    j++;
  }
  return true;
}
