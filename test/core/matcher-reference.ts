// The matcher as it was before its trie was laid out in typed arrays: objects with a Map of
// children. Kept only as the reference the matcher's property test compares the real one with.
import { FOLD, SCRIPT_OF_CHAR, SCRIPT_OF_FOLDED, Script, foldChar, kanaDecomposed } from '../../server/src/core/text';
import type { RawMatch, Spelling } from '../../server/src/core/catalog/matcher';

interface TrieNode {
  /** Children by folded character (built first; see seal()). */
  next: Map<number, TrieNode>;
  spellings: Spelling[] | null;
  /** The separator child, read on every step of the walk. */
  sep: TrieNode | null;
  /** Most nodes have one child: its key and node, compared without a map lookup. */
  soleKey: number;
  sole: TrieNode | null;
  /** Nodes with several children: the ASCII ones in an array (most text is ASCII). */
  ascii: Array<TrieNode | null> | null;
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
  return { next: new Map(), spellings: null, sep: null, soleKey: NO_KEY, sole: null, ascii: null };
}

const NO_KEY = -2;
// The walk's stack: it never holds more than two entries per character of the longest spelling.
const stackNodes: TrieNode[] = [];
const stackPositions: number[] = [];
const NONE: Spelling[] = [];

/** Fills the fast fields once every spelling is in. */
function seal(node: TrieNode): void {
  node.sep = node.next.get(SEP) ?? null;
  node.next.delete(SEP);
  if (node.next.size === 1) {
    const [[key, child]] = node.next;
    node.soleKey = key;
    node.sole = child;
  } else if (node.next.size > 1) {
    node.ascii = new Array<TrieNode | null>(128).fill(null);
    for (const [key, child] of node.next) if (key < 128) node.ascii[key] = child;
  }
  for (const child of node.next.values()) seal(child);
  if (node.sep) seal(node.sep);
}

function childOf(node: TrieNode, c: number): TrieNode | undefined {
  if (node.soleKey === c) return node.sole!;
  if (node.ascii === null) return undefined;
  if (c < 128) return node.ascii[c] ?? undefined;
  return node.next.get(c);
}

export class ReferenceMatcher {
  private readonly root: TrieNode = newNode();

  constructor(spellings: Iterable<Spelling>) {
    for (const s of spellings) {
      this.add(s, s.text);
      const apart = kanaDecomposed(s.text);
      if (apart !== s.text) this.add(s, apart);
    }
    seal(this.root);
  }

  private add(s: Spelling, path: string): void {
    let node = this.root;
    let lastWasSep = true;
    for (let i = 0; i < path.length; i++) {
      let c = foldChar(path.charCodeAt(i));
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
   * never overlapping. Characters are folded on the fly (FOLD), so offsets are the text's own.
   */
  find(text: string, from = 0, to = text.length): RawMatch[] {
    const out: RawMatch[] = [];
    const root = this.root;
    let i = from;
    while (i < to) {
      const code = text.charCodeAt(i);
      const script = SCRIPT_OF_CHAR[code];
      if (script === Script.Other) {
        i++;
        continue;
      }
      // Most words start with a letter no spelling starts with: the script run is skipped at once.
      const first = childOf(root, FOLD[code]);
      if (first !== undefined && startOk(text, i, script)) {
        const match = this.longestAt(text, i, to, first);
        if (match) {
          out.push(match);
          i = match.end;
          continue;
        }
      }
      // Move to the next position where a word of another script could start.
      i++;
      while (i < to && SCRIPT_OF_CHAR[text.charCodeAt(i)] === script) i++;
    }
    return out;
  }

  private longestAt(text: string, start: number, to: number, first: TrieNode): RawMatch | null {
    // Fast path: walk straight down while no separator branches; most words stop after a few letters.
    let node = first;
    let pos = start + 1;
    let best: RawMatch | null = null;
    while (node.sep === null) {
      if (node.spellings) {
        const accepted = this.accept(text, start, pos, node.spellings);
        if (accepted.length) best = { start, end: pos, spellings: accepted };
      }
      const child = pos < to ? childOf(node, FOLD[text.charCodeAt(pos)]) : undefined;
      if (!child) return best;
      node = child;
      pos++;
    }
    return this.longestWithSeparators(text, start, to, first) ?? best;
  }

  private longestWithSeparators(text: string, start: number, to: number, first: TrieNode): RawMatch | null {
    // Depth-first walk; separators branch (skip them, or not). The stack is two arrays kept
    // between calls, so a walk allocates nothing but its answer.
    let best: RawMatch | null = null;
    const nodes = stackNodes;
    const positions = stackPositions;
    let top = 0;
    nodes[top] = first;
    positions[top++] = start + 1;
    while (top > 0) {
      const node = nodes[--top];
      const pos = positions[top];
      if (node.spellings && (!best || pos > best.end)) {
        const accepted = this.accept(text, start, pos, node.spellings);
        if (accepted.length) best = { start, end: pos, spellings: accepted };
      }
      if (pos < to) {
        const child = childOf(node, FOLD[text.charCodeAt(pos)]);
        if (child) {
          nodes[top] = child;
          positions[top++] = pos + 1;
        }
      }
      const sep = node.sep;
      if (sep) {
        let p = pos;
        while (p < to && isSeparator(FOLD[text.charCodeAt(p)])) p++;
        if (p < to) {
          const child = childOf(sep, FOLD[text.charCodeAt(p)]);
          if (child) {
            nodes[top] = child;
            positions[top++] = p + 1;
          }
        }
      }
    }
    return best;
  }

  private accept(text: string, start: number, end: number, spellings: Spelling[]): Spelling[] {
    if (!endOk(text, start, end)) return NONE;
    let caseMatters = false;
    for (const s of spellings) if (s.caseSensitive) caseMatters = true;
    if (!caseMatters) return spellings;
    // "HELM" in a heading is Helm: an all-capitals word of four letters or more is emphasis, not another word.
    const shouted = end - start >= 4 && /^[A-Z0-9 -]+$/.test(text.slice(start, end));
    return spellings.filter((s) => !s.caseSensitive || shouted || sameCase(text, start, end, s.text));
  }
}

/** A word may start at `i`: not inside a word of the same script, nor after "x." in a Latin name ("github.io"). */
function startOk(text: string, i: number, script: number): boolean {
  if (i === 0) return true;
  if (SCRIPT_OF_CHAR[text.charCodeAt(i - 1)] === script) return false;
  // (After a number and a full stop it may, "1.Terraform"; a full-width full stop is punctuation.)
  return !(i > 1 && script === Script.Latin && text[i - 1] === '.' && SCRIPT_OF_CHAR[text.charCodeAt(i - 2)] === Script.Latin && !/[0-9]/.test(text[i - 2]));
}

function endOk(text: string, start: number, end: number): boolean {
  if (end >= text.length) return true;
  const next = FOLD[text.charCodeAt(end)];
  const lastScript = SCRIPT_OF_CHAR[text.charCodeAt(end - 1)];
  const nextScript = SCRIPT_OF_FOLDED[next];
  switch (lastScript) {
    case Script.Latin:
      if (nextScript === Script.Latin) return false;
      // "github.io", "vault.example.com": part of a domain, not a mention.
      if (next === 46 && end + 1 < text.length && SCRIPT_OF_CHAR[text.charCodeAt(end + 1)] === Script.Latin) return false;
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
