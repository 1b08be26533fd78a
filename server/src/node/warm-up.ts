// Warms up the extractor on the main thread once the first index is done. The workers extract
// every note of the first index, so without this the main thread would compile the extractor
// (and its incremental path for long notes) at the user's first keystroke in a note: the first
// edits of a long note took several times longer than the later ones.
import type { Catalog } from '../core/catalog/catalog';
import { markdownHeadings } from '../core/features/context';
import { forgetPreviousExtraction, reuseSettings } from '../core/extract/note';
import { runToEnd, type Steps } from '../core/features/steps';
import { WorkspaceIndex } from '../core/workspace-index';
import { stopAllocationSitePretenuring } from './heap';

/** The warm-up note lives in an index of its own, never in the user's. */
const URI = 'untitled:infranotes-warm-up.md';

/** A long note in the layouts and languages real notes use (longer than the incremental path's threshold). */
export function warmUpText(): string {
  const blocks = [
    (i: number) =>
      `## Terraform at scale ${i} - Jane Doe, Acme\n\nWe moved from Ansible to Terraform and Vault; Kubernetes (k8s) runs on EKS.\n\n- Packer images, Consul service mesh\n- Prometheus and Grafana\n\n| tool | use |\n| --- | --- |\n| Prometheus | metrics |\n`,
    (i: number) => `## 쿠버네티스 운영기 ${i} - 김민수 (카카오)\n\n테라폼을 쓰고 Vault를 붙였다. 쿠버네티스 위에서 Argo CD로 배포한다.\n\n> Redis Sentinel 구성도 다뤘다.\n`,
    (i: number) =>
      `## テラフォーム入門 ${i} — 佐藤 花子（メルカリ）\n\nテラフォームとPackerの比較。Kubernetesのクラスタは[[Warm-up Conf#Terraform at scale ${i}]]を参照。\n\n\`\`\`hcl\nresource "aws_instance" "x" {}\n\`\`\`\n`,
  ];
  const parts = ['---', 'title: Warm-up Conf', 'date: 2024-05-01', 'location: Seoul', '---', '', '# Warm-up Conf', '', '10:00-10:40 Keynote (Alex Kim)', ''];
  let length = 0;
  for (let i = 0; length < 48_000; i++) {
    const block = blocks[i % blocks.length](i);
    parts.push(block);
    length += block.length + 1;
  }
  return parts.join('\n');
}

/**
 * Extracts the warm-up note and then the user's own long notes it is given, a piece at a time,
 * each piece once and again after a small edit (the path an edit of a long note takes), then the
 * longest of them whole, grown and edited (`wholeNoteVersions`), one extraction per step of `run` (the server's background slices: after requests, a few
 * milliseconds each), so requests are never held for long. Stops early when `stop()` says so (a
 * new index started). The own notes are read first (`ownNotes`), in the caller's turns.
 */
export async function warmUp(catalog: Catalog, stop: () => boolean, run: (steps: Steps<number>) => Promise<number> = runAlone, ownNotes: () => AsyncIterable<string> = emptyNotes): Promise<number> {
  const texts = [warmUpText()];
  for await (const own of ownNotes()) {
    if (stop()) return 0;
    texts.push(own);
  }
  try {
    return await run(warmUpSteps(catalog, stop, texts));
  } finally {
    // The last piece's parse (kept for the next edit of the warm-up note, which never comes) holds its text.
    forgetPreviousExtraction(URI);
  }
}

/** Pieces' sizes in characters: the first small (the extractor is compiled during it, ~0.1 s), then grown while a step stays short. */
const FIRST_PIECE = 200;
const LARGEST_PIECE = 32 * 1024;
/** A step's aim in milliseconds: about a background slice (server.ts, SLICE_MS). */
const STEP_MS = 2;

/**
 * The extractions, a step each: every text cut at line ends into pieces, each piece extracted and
 * then extracted again with a word added in its middle, as the extractor keeps and reuses a long
 * note's parse (reuse is asked for whatever the piece's length). A piece doubles while steps take
 * under half of STEP_MS and halves when one takes over twice it, so the first extractions (the
 * extractor interpreted, then compiled) hold the thread no longer than the later ones. Made in
 * pieces since session 29: whole rounds (10-150 ms each) waited for a 20 ms pause of the client,
 * which a client asking one thing after another never made, and the bench's first edits of a long
 * note found the extractor cold (25-50 ms each, against 5-10 once warm).
 */
export function* warmUpSteps(catalog: Catalog, stop: () => boolean, texts: string[], now: () => number = () => performance.now()): Steps<number> {
  const index = new WorkspaceIndex(catalog);
  let done = 0;
  let size = FIRST_PIECE;
  for (const text of texts) {
    for (let at = 0; at < text.length; ) {
      let end = text.indexOf('\n', Math.min(text.length, at + size));
      if (end < 0) end = text.length;
      const piece = text.slice(at, end);
      at = end + 1;
      const middle = piece.lastIndexOf(' ', piece.length >> 1);
      const edited = middle > 0 ? `${piece.slice(0, middle)} Terraform${piece.slice(middle)}` : `${piece} Vault`;
      let longest = 0;
      for (const version of [piece, edited]) {
        yield;
        if (stop()) return done;
        // Not before the first step: the tool answers and search rows made after the index, which do live long, come first.
        stopAllocationSitePretenuring();
        const started = now();
        extractReusing(index, version);
        longest = Math.max(longest, now() - started);
        done++;
      }
      if (longest < STEP_MS / 2) size = Math.min(LARGEST_PIECE, size * 2);
      else if (longest > STEP_MS * 2) size = Math.max(FIRST_PIECE, size >> 1);
    }
  }
  // Pieces alone left the first edits of a 211 KB note at 15-30 ms against 4-5 once warm: what a
  // note's whole length makes the extractor do was never compiled. After twelve edits of another
  // long note it took 4-16 ms (test/bench/RESULTS.md, session 31).
  const longest = texts.reduce((a, b) => (b.length > a.length ? b : a), '');
  for (const version of wholeNoteVersions(longest)) {
    yield;
    if (stop()) return done;
    extractReusing(index, version);
    done++;
  }
  return done;
}

/** Edits of a whole note in the warm-up: a few, spread over it. */
const WHOLE_NOTE_EDITS = 12;
/** Growth steps at most, before a whole note's edits: each extraction reuses the one before and reads only the part added. */
const GROWTH_STEPS = 16;
const GROWTH_PART = 8 * 1024;
const EDIT_WORDS = [' Terraform', ' Vault', ' テラフォーム', ' 쿠버네티스'];

/**
 * The versions of a long note the warm-up extracts one after another, as a user writing and
 * editing it would: the note grown from its start a part at a time (at line ends), so that no step
 * reads the whole of it at once, then the whole note, then the whole note with one word added in
 * a different place each time. Made one at a time: held together, the edited copies of a 256 KB
 * note (each made flat by its extraction) would all stay alive to the warm-up's end.
 */
export function* wholeNoteVersions(text: string): Generator<string, void, void> {
  const part = Math.max(GROWTH_PART, Math.ceil(text.length / GROWTH_STEPS));
  for (let at = part; at < text.length; at += part) {
    const end = text.indexOf('\n', at);
    if (end < 0) break;
    yield text.slice(0, end);
    at = end;
  }
  yield text;
  for (let i = 0; i < WHOLE_NOTE_EDITS; i++) {
    // Places spread over the note by the golden ratio, moved to the next space (a word's end).
    const place = Math.floor(text.length * ((0.3 + i * 0.618) % 1));
    const space = text.indexOf(' ', place);
    const at = space < 0 ? text.length : space;
    yield text.slice(0, at) + EDIT_WORDS[i % EDIT_WORDS.length] + text.slice(at);
  }
}

/** One extraction of the warm-up note, its parse kept for the next one whatever its length. */
function extractReusing(index: WorkspaceIndex, text: string): void {
  const minChars = reuseSettings.minChars;
  reuseSettings.minChars = 0;
  try {
    index.update({ uri: URI, text, plainText: false });
    markdownHeadings(text);
  } finally {
    reuseSettings.minChars = minChars;
  }
}

/** Runs the steps to their end at once (tests, and a caller with no scheduler). */
async function runAlone(steps: Steps<number>): Promise<number> {
  return runToEnd(steps);
}

async function* emptyNotes(): AsyncIterable<string> {}

/** The script a note is mostly written in, from its first characters: the extractor's paths differ by it. */
export function scriptOf(text: string): 'ja' | 'ko' | 'other' {
  const head = text.slice(0, 8192);
  if (/[\u3040-\u30ff]/.test(head)) return 'ja';
  if (/[\uac00-\ud7af]/.test(head)) return 'ko';
  return 'other';
}

/**
 * Which of the user's notes to warm up on: long enough for the incremental path (48-256 KB), those
 * nearest 128 KB first (long notes are the ones whose edits cost; the longest would hold the
 * thread longest), at most `limit` to look at.
 */
export function warmUpCandidates(sizes: Iterable<{ uri: string; size: number }>, limit = 24): string[] {
  const fit: { uri: string; size: number }[] = [];
  for (const s of sizes) if (s.size >= 48 * 1024 && s.size <= 256 * 1024) fit.push(s);
  fit.sort((a, b) => Math.abs(a.size - 128 * 1024) - Math.abs(b.size - 128 * 1024) || (a.uri < b.uri ? -1 : 1));
  return fit.slice(0, limit).map((s) => s.uri);
}
