// Finds tool names in text: a character trie over folded spellings, with word boundaries
// that understand Korean particles, Japanese kana and full-width letters.
import { FOLD, Script, foldChar, kanaDecomposed } from '../text';
import { SCRIPT_OF_CHAR, SCRIPT_OF_FOLDED } from '../text';

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

/** Stands for "a separator or nothing" inside multi-word spellings: "Spring Boot" = "SpringBoot" = "spring-boot". */
const SEP = -1;
/** No child (node 0 is the root, never anyone's child). */
const NONE = 0;
/** A sole key no folded character has. */
const NO_KEY = -2;

function isSeparator(c: number): boolean {
  return c === 32 || c === 45 || c === 9 || c === 0xa0 || c === 0x3000 || c === 0x30fb || c === 0xb7;
}

// Korean particles and endings that may follow a short transliteration ("볼트를", "컨설과").
// A short Hangul spelling followed by anything else is part of a longer word ("컨설팅").
const PARTICLE_STARTS = new Set(
  Array.from('은는이가을를의에와과로으도만랑나까부처보하한께라야여쯤뿐밖조마같쪽측등들서엔였인임적용측')
    .map((c) => c.charCodeAt(0)),
);

// The walk's stack: it never holds more than two entries per character of the longest spelling.
const stackNodes: number[] = [];
const stackPositions: number[] = [];
const NOTHING: Spelling[] = [];
const NO_MATCHES = Object.freeze([]) as unknown as RawMatch[];

export class Matcher {
  // The trie as numbered nodes (0 is the root). Most nodes have one child: its key and node are
  // compared without a lookup; nodes with several children keep their ASCII ones in a block of
  // `asciiChildren` (a column per ASCII character some spelling has), the rest in `otherChildren`
  // (key: node * 65536 + folded character).
  private readonly soleKey: Int32Array;
  private readonly soleChild: Int32Array;
  private readonly asciiBase: Int32Array;
  private readonly asciiChildren: Int32Array;
  /** Each ASCII character's column in a node's block (0: no spelling has it); blocks are as wide as the columns. */
  private readonly asciiColumn = new Uint8Array(128);
  private readonly otherChildren = new Map<number, number>();
  /** The separator child, read on every step of the walk (NONE: none). */
  private readonly sepChild: Int32Array;
  private readonly spellingsAt: Array<Spelling[] | null> = [];
  /** 1 where one of the node's spellings is case-sensitive. */
  private readonly caseMatters: Uint8Array;
  /** The root's child for each UTF-16 unit as written (folding done), NONE for a character of no script. */
  private readonly rootChild = new Int32Array(65536);

  constructor(spellings: Iterable<Spelling>) {
    const trie = new TrieBuilder();
    for (const s of spellings) {
      trie.add(s, s.text);
      // ("ﾊﾟｯｶｰ": half-width kana fold to a voiced mark apart, so the spelling is also reached that way.)
      const apart = kanaDecomposed(s.text);
      if (apart !== s.text) trie.add(s, apart);
    }
    // Number the nodes depth-first, separator children after the others.
    const n = trie.size;
    const order = new Int32Array(n);
    const number = new Int32Array(n);
    const pending = [0];
    for (let at = 0; pending.length > 0; at++) {
      const node = pending.pop()!;
      number[node] = at;
      order[at] = node;
      // Pushed in reverse so that they are numbered in the order they were added, the separator last.
      if (trie.sepChild[node] !== NONE) pending.push(trie.sepChild[node]);
      const first = pending.length;
      for (let c = trie.firstChild[node]; c !== NONE; c = trie.nextSibling[c]) pending.push(c);
      for (let i = first, j = pending.length - 1; i < j; i++, j--) {
        const t = pending[i];
        pending[i] = pending[j];
        pending[j] = t;
      }
    }
    this.soleKey = new Int32Array(n).fill(NO_KEY);
    this.soleChild = new Int32Array(n);
    this.asciiBase = new Int32Array(n).fill(-1);
    this.sepChild = new Int32Array(n);
    this.caseMatters = new Uint8Array(n);
    let blocks = 0;
    let width = 1;
    for (let i = 0; i < n; i++) {
      const node = order[i];
      if (trie.childCount[node] > 1) blocks++;
      for (let c = trie.firstChild[node]; c !== NONE; c = trie.nextSibling[c]) {
        const key = trie.keyOf[c];
        if (key < 128 && this.asciiColumn[key] === 0) this.asciiColumn[key] = width++;
      }
    }
    this.asciiChildren = new Int32Array(blocks * width);
    let block = 0;
    for (let i = 0; i < n; i++) {
      const node = order[i];
      const spellingsHere = trie.spellingsAt[node] ?? null;
      this.spellingsAt.push(spellingsHere);
      if (spellingsHere?.some((s) => s.caseSensitive)) this.caseMatters[i] = 1;
      if (trie.sepChild[node] !== NONE) this.sepChild[i] = number[trie.sepChild[node]];
      const count = trie.childCount[node];
      if (count === 1) {
        const child = trie.firstChild[node];
        this.soleKey[i] = trie.keyOf[child];
        this.soleChild[i] = number[child];
      } else if (count > 1) {
        const base = block++ * width;
        this.asciiBase[i] = base;
        for (let c = trie.firstChild[node]; c !== NONE; c = trie.nextSibling[c]) {
          const key = trie.keyOf[c];
          if (key < 128) this.asciiChildren[base + this.asciiColumn[key]] = number[c];
          else this.otherChildren.set(i * 65536 + key, number[c]);
        }
      }
    }
    for (let c = 0; c < 65536; c++) {
      if (SCRIPT_OF_CHAR[c] !== Script.Other) this.rootChild[c] = this.childOf(0, FOLD[c]);
    }
  }

  private childOf(node: number, folded: number): number {
    if (this.soleKey[node] === folded) return this.soleChild[node];
    const base = this.asciiBase[node];
    if (base < 0) return NONE;
    if (folded < 128) return this.asciiChildren[base + this.asciiColumn[folded]];
    return this.otherChildren.get(node * 65536 + folded) ?? NONE;
  }

  /**
   * Every span in `text[from, to)` that some spelling accepts, left to right, longest first,
   * never overlapping. Characters are folded on the fly (FOLD), so offsets are the text's own.
   * Most searches find nothing: they all get one frozen empty array.
   */
  find(text: string, from = 0, to = text.length): RawMatch[] {
    let out: RawMatch[] | null = null;
    const rootChild = this.rootChild;
    let i = from;
    while (i < to) {
      const code = text.charCodeAt(i);
      const script = SCRIPT_OF_CHAR[code];
      if (script === Script.Other) {
        i++;
        continue;
      }
      // Most words start with a letter no spelling starts with: the script run is skipped at once.
      const first = rootChild[code];
      if (first !== NONE && startOk(text, i, script)) {
        const match = this.longestAt(text, i, to, first);
        if (match) {
          (out ??= []).push(match);
          i = match.end;
          continue;
        }
      }
      // Move to the next position where a word of another script could start.
      i++;
      while (i < to && SCRIPT_OF_CHAR[text.charCodeAt(i)] === script) i++;
    }
    return out ?? NO_MATCHES;
  }

  private longestAt(text: string, start: number, to: number, first: number): RawMatch | null {
    // Fast path: walk straight down while no separator branches; most words stop after a few letters.
    const soleKey = this.soleKey;
    const sepChild = this.sepChild;
    let node = first;
    let pos = start + 1;
    let best: RawMatch | null = null;
    while (sepChild[node] === NONE) {
      const spellings = this.spellingsAt[node];
      if (spellings !== null) {
        const accepted = this.accept(text, start, pos, spellings, this.caseMatters[node]);
        if (accepted.length) best = { start, end: pos, spellings: accepted };
      }
      if (pos >= to) return best;
      const folded = FOLD[text.charCodeAt(pos)];
      let child: number;
      if (soleKey[node] === folded) child = this.soleChild[node];
      else {
        const base = this.asciiBase[node];
        if (base < 0) return best;
        child = folded < 128 ? this.asciiChildren[base + this.asciiColumn[folded]] : (this.otherChildren.get(node * 65536 + folded) ?? NONE);
        if (child === NONE) return best;
      }
      node = child;
      pos++;
    }
    return this.longestWithSeparators(text, start, to, node, pos, best);
  }

  /** Goes on from `branch` (reached at `branchPos` by the only path there) where separators branch. */
  private longestWithSeparators(text: string, start: number, to: number, branch: number, branchPos: number, bestBefore: RawMatch | null): RawMatch | null {
    // Depth-first walk; separators branch (skip them, or not). The stack is two arrays kept
    // between calls, so a walk allocates nothing but its answer.
    let best = bestBefore;
    const nodes = stackNodes;
    const positions = stackPositions;
    let top = 0;
    nodes[top] = branch;
    positions[top++] = branchPos;
    while (top > 0) {
      const node = nodes[--top];
      const pos = positions[top];
      const spellings = this.spellingsAt[node];
      if (spellings !== null && (!best || pos > best.end)) {
        const accepted = this.accept(text, start, pos, spellings, this.caseMatters[node]);
        if (accepted.length) best = { start, end: pos, spellings: accepted };
      }
      if (pos < to) {
        const child = this.childOf(node, FOLD[text.charCodeAt(pos)]);
        if (child !== NONE) {
          nodes[top] = child;
          positions[top++] = pos + 1;
        }
      }
      const sep = this.sepChild[node];
      if (sep !== NONE) {
        let p = pos;
        while (p < to && isSeparator(FOLD[text.charCodeAt(p)])) p++;
        if (p < to) {
          const child = this.childOf(sep, FOLD[text.charCodeAt(p)]);
          if (child !== NONE) {
            nodes[top] = child;
            positions[top++] = p + 1;
          }
        }
      }
    }
    return best;
  }

  private accept(text: string, start: number, end: number, spellings: Spelling[], caseMatters: number): Spelling[] {
    if (!endOk(text, start, end)) return NOTHING;
    if (caseMatters === 0) return spellings;
    // The spellings themselves when all pass (no copy); a copy from the first one that does not.
    let passed: Spelling[] | null = null;
    for (let k = 0; k < spellings.length; k++) {
      const s = spellings[k];
      // "HELM" in a heading is Helm: an all-capitals word of four letters or more is emphasis, not another word.
      const ok = !s.caseSensitive || sameCase(text, start, end, s.text) || shouted(text, start, end);
      if (ok) passed?.push(s);
      else passed ??= spellings.slice(0, k);
    }
    return passed ?? spellings;
  }
}

/**
 * The trie while spellings are added, as numbered nodes in growing arrays (node 0 is the root):
 * each node's children are a list in the order they were added, found by one map keyed by
 * parent and key. Made once per catalog; a Map per node cost five times more.
 */
class TrieBuilder {
  size = 1;
  /** The key that leads to the node from its parent (a folded character; not used for separator children). */
  readonly keyOf: number[] = [0];
  readonly firstChild: number[] = [NONE];
  readonly lastChild: number[] = [NONE];
  readonly nextSibling: number[] = [NONE];
  /** Children other than the separator child. */
  readonly childCount: number[] = [0];
  readonly sepChild: number[] = [NONE];
  readonly spellingsAt: Array<Spelling[] | undefined> = [undefined];
  private readonly children = new Map<number, number>();

  add(s: Spelling, path: string): void {
    let node = 0;
    let lastWasSep = true;
    for (let i = 0; i < path.length; i++) {
      const c = foldChar(path.charCodeAt(i));
      if (isSeparator(c)) {
        if (lastWasSep) continue;
        lastWasSep = true;
        if (this.sepChild[node] === NONE) this.sepChild[node] = this.newNode(SEP);
        node = this.sepChild[node];
        continue;
      }
      lastWasSep = false;
      const slot = node * 65536 + c;
      let child = this.children.get(slot);
      if (child === undefined) {
        child = this.newNode(c);
        this.children.set(slot, child);
        if (this.firstChild[node] === NONE) this.firstChild[node] = child;
        else this.nextSibling[this.lastChild[node]] = child;
        this.lastChild[node] = child;
        this.childCount[node]++;
      }
      node = child;
    }
    if (node === 0) return;
    (this.spellingsAt[node] ??= []).push(s);
  }

  private newNode(key: number): number {
    const id = this.size++;
    this.keyOf.push(key);
    this.firstChild.push(NONE);
    this.lastChild.push(NONE);
    this.nextSibling.push(NONE);
    this.childCount.push(0);
    this.sepChild.push(NONE);
    this.spellingsAt.push(undefined);
    return id;
  }
}

/**
 * A word may start at `i`: not inside a word of the same script, nor after "x." in a Latin name ("github.io").
 * (After a number and a full stop it may: "1.Terraform の話", "１．Terraform の state", a list's number; a
 * full-width full stop is always punctuation.)
 */
function startOk(text: string, i: number, script: number): boolean {
  if (i === 0) return true;
  if (SCRIPT_OF_CHAR[text.charCodeAt(i - 1)] === script) return false;
  if (i < 2 || script !== Script.Latin || text.charCodeAt(i - 1) !== 46) return true;
  const before = text.charCodeAt(i - 2);
  return SCRIPT_OF_CHAR[before] !== Script.Latin || (before >= 48 && before <= 57);
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

/** Capitals, digits, spaces and hyphens only, four or more. */
function shouted(text: string, start: number, end: number): boolean {
  if (end - start < 4) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 32 || c === 45)) return false;
  }
  return true;
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
