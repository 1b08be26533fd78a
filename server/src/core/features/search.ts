// One search over events, talks, speakers and tools, ranked. Used by workspace symbols,
// the command-palette search and the CLI.
import type { Note, Range } from '../model';
import { comparePositions, foldText } from '../text';
import { speakerKey, type MentionEntry, type WorkspaceIndex } from '../workspace-index';
import { CATEGORY_LABELS } from './categories';
import { compareStrings, speakerSummary } from './resolve-reference';
import { displayText } from './markdown-escape';
import { runToEnd, STEP, type Steps } from './steps';

export type SearchKind = 'event' | 'talk' | 'speaker' | 'tool';

export interface SearchResult {
  kind: SearchKind;
  /** Event id, talk id, speaker key or tool id. */
  id: string;
  label: string;
  detail: string;
  uri: string;
  range: Range;
  score: number;
}

/** Folds for matching: lower case, full-width to ASCII, and no spaces or punctuation. */
function fold(s: string): string {
  return foldText(s.normalize('NFKC')).replace(/[\s\p{P}\p{S}]+/gu, '');
}

/**
 * How well `query` matches `target` (both folded): 0 for no match.
 * Exact beats prefix beats substring beats an in-order subsequence.
 */
export function matchScore(query: string, target: string): number {
  if (!query) return 1;
  if (!target) return 0;
  if (target === query) return 100;
  if (target.startsWith(query)) return 80 + Math.min(10, (10 * query.length) / target.length);
  const at = target.indexOf(query);
  if (at >= 0) return 60 + Math.min(10, (10 * query.length) / target.length);
  // Subsequence with a bonus for runs.
  let qi = 0;
  let run = 0;
  let bonus = 0;
  for (let i = 0; i < target.length && qi < query.length; i++) {
    if (target[i] === query[qi]) {
      qi++;
      run++;
      bonus += run;
    } else run = 0;
  }
  if (qi < query.length) return 0;
  return Math.min(50, 10 + (bonus / (query.length * query.length)) * 40);
}

/** A searchable row: its result, and the folded texts it matches with their weights. */
interface Row {
  result: Omit<SearchResult, 'score'>;
  keys: Array<[string, number]>;
  bonus: number;
  talkId?: string;
}

/**
 * A note's event and talk rows with their folded texts, made once per note: notes are replaced,
 * never changed, so an edit re-folds one note, not the workspace.
 */
const noteRows = new WeakMap<Note, { events: Row[]; talks: Row[] }>();

function rowsOf(note: Note): { events: Row[]; talks: Row[] } {
  let rows = noteRows.get(note);
  if (rows) return rows;
  rows = { events: [], talks: [] };
  for (const event of note.events) {
    rows.events.push({
      result: {
        kind: 'event',
        id: event.id,
        label: displayText(event.name),
        detail: displayText([event.date, event.location, `${event.talks.length} talks`].filter(Boolean).join(' · ')),
        uri: note.uri,
        range: event.nameRange,
      },
      keys: [
        [fold(event.name), 1],
        [fold(event.location ?? ''), 0.8],
        [fold(event.date ?? ''), 0.7],
      ],
      bonus: 2,
    });
    for (const talk of event.talks) {
      rows.talks.push({
        result: {
          kind: 'talk',
          id: talk.id,
          label: displayText(talk.title),
          detail: displayText([talk.speakers.map((s) => s.name).join(', '), event.name, event.date].filter(Boolean).join(' · ')),
          uri: note.uri,
          range: talk.titleRange,
        },
        keys: [[fold(talk.title), 1], ...talk.speakers.map((s): [string, number] => [fold(s.name), 0.6])],
        bonus: 0,
        talkId: talk.id,
      });
    }
  }
  noteRows.set(note, rows);
  return rows;
}

type Table = { version: number; events: Row[]; talks: Row[]; speakers: Row[] };

/** The rows of the whole index, gathered once per index version (workspace symbols ask on every keystroke). */
const tables = new WeakMap<WorkspaceIndex, Table>();

function* tableSteps(index: WorkspaceIndex): Steps<Table> {
  const cached = tables.get(index);
  if (cached && cached.version === index.version) return cached;
  const version = index.version;
  const events: Row[] = [];
  const talks: Row[] = [];
  const notes = index.notes();
  for (let i = 0; i < notes.length; i++) {
    const rows = rowsOf(notes[i]);
    for (const r of rows.events) events.push(r);
    for (const r of rows.talks) talks.push(r);
    if (i % STEP === STEP - 1) yield;
  }
  const speakers: Row[] = [];
  const entries = index.speakers();
  for (let i = 0; i < entries.length; i++) {
    const sp = speakerSummary(entries[i]);
    const first = sp.newest;
    if (i % STEP === STEP - 1) yield;
    if (!first) continue;
    speakers.push({
      result: {
        kind: 'speaker',
        id: speakerKey(sp.name),
        label: displayText(sp.name),
        detail: displayText([sp.orgs.join(', '), `${sp.talkCount} talk${sp.talkCount === 1 ? '' : 's'}`].filter(Boolean).join(' · ')),
        uri: first.note.uri,
        range: first.talk.titleRange,
      },
      keys: [[fold(sp.name), 1], ...sp.orgs.map((o): [string, number] => [fold(o), 0.5])],
      bonus: 1,
    });
  }
  const table = { version, events, talks, speakers };
  // Built while the index changed (a sliced search let an edit in): good for this answer, not for the next.
  if (index.version === version) tables.set(index, table);
  return table;
}

function rowScore(q: string, row: Row): number {
  let score = 0;
  for (const [key, weight] of row.keys) score = Math.max(score, weight * matchScore(q, key));
  return score;
}

type Unscored = Omit<SearchResult, 'score'>;

/** Best first: score, then label, then place; a total order, so equal inputs give equal answers. */
function compareScored(aScore: number, a: Unscored, bScore: number, b: Unscored): number {
  return bScore - aScore || a.label.localeCompare(b.label) || compareStrings(a.uri, b.uri) || comparePositions(a.range.start, b.range.start) || compareStrings(a.kind, b.kind) || compareStrings(a.id, b.id);
}

function compareResults(a: SearchResult, b: SearchResult): number {
  return compareScored(a.score, a, b.score, b);
}

/**
 * The best `limit` results seen so far: a heap whose root is the worst kept. Most candidates are
 * turned away by one comparison with the root, so a query that matches everything (the empty
 * one) costs about one comparison per row instead of a sort of every row.
 */
class TopK {
  readonly heap: SearchResult[] = [];
  constructor(private readonly limit: number) {}

  /** Keeps a result if it is among the best so far; allocates only then. */
  offer(result: Unscored, score: number): void {
    const h = this.heap;
    if (this.limit <= 0) return;
    if (h.length >= this.limit && compareScored(score, result, h[0].score, h[0]) >= 0) return;
    const r: SearchResult = { ...result, score };
    if (h.length < this.limit) {
      h.push(r);
      for (let i = h.length - 1; i > 0; ) {
        const p = (i - 1) >> 1;
        if (compareResults(h[p], h[i]) >= 0) break;
        [h[p], h[i]] = [h[i], h[p]];
        i = p;
      }
      return;
    }
    h[0] = r;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const rr = l + 1;
      let worst = i;
      if (l < h.length && compareResults(h[l], h[worst]) > 0) worst = l;
      if (rr < h.length && compareResults(h[rr], h[worst]) > 0) worst = rr;
      if (worst === i) break;
      [h[worst], h[i]] = [h[i], h[worst]];
      i = worst;
    }
  }

  sorted(): SearchResult[] {
    return this.heap.slice().sort(compareResults);
  }
}

/**
 * The search, in steps: it yields every few dozen rows so that a caller (the language server)
 * can let other requests in and stop a cancelled one. `searchIndex` runs it to the end at once.
 */
export function* searchSteps(index: WorkspaceIndex, query: string, limit = 50, kinds?: SearchKind[]): Steps<SearchResult[]> {
  const q = fold(query);
  const want = (k: SearchKind) => !kinds || kinds.includes(k);
  const top = new TopK(limit);
  const table = yield* tableSteps(index);

  const scan = function* (rows: Row[], extra: (row: Row, score: number) => number): Steps<void> {
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const score = extra(row, rowScore(q, row));
      if (score > 0) top.offer(row.result, score);
      if (i % STEP === STEP - 1) yield;
    }
  };

  if (want('event')) yield* scan(table.events, (row, score) => (score > 0 ? score + row.bonus : 0));

  // A query that names a tool (in any spelling) also finds the talks that mention it.
  const tool = q.length >= 2 ? index.catalog.lookup(query) : undefined;
  const talksOfTool = new Set(tool ? index.talksMentioning(tool.id).map((t) => t.talk.id) : []);

  if (want('talk')) yield* scan(table.talks, (row, score) => (talksOfTool.has(row.talkId!) ? Math.max(score, 55) : score));

  if (want('speaker')) yield* scan(table.speakers, (row, score) => (score > 0 ? score + row.bonus : 0));

  if (want('tool')) {
    for (const { toolId, count } of index.mentionedTools()) {
      const t = index.catalog.get(toolId);
      if (!t) continue;
      let score = matchScore(q, fold(t.name));
      for (const a of index.catalog.aliasesOf(t)) score = Math.max(score, 0.95 * matchScore(q, fold(a)));
      if (tool && tool.id === toolId) score = Math.max(score, 100);
      if (score <= 0) continue;
      // The first mention in path order, not in indexing order.
      let first: MentionEntry | undefined;
      for (const m of index.mentionsOf(toolId)) {
        if (!first || compareStrings(m.note.uri, first.note.uri) < 0 || (m.note.uri === first.note.uri && comparePositions(m.mention.range.start, first.mention.range.start) < 0)) first = m;
      }
      const at = t.definition ?? (first && { uri: first.note.uri, range: first.mention.range });
      if (!at) continue;
      top.offer({ kind: 'tool', id: toolId, label: displayText(t.name), detail: displayText(`${CATEGORY_LABELS[t.category] ?? t.category} · ${count} mention${count === 1 ? '' : 's'}`), uri: at.uri, range: at.range }, score + 3);
      yield;
    }
  }

  return top.sorted();
}

export function searchIndex(index: WorkspaceIndex, query: string, limit = 50, kinds?: SearchKind[]): SearchResult[] {
  return runToEnd(searchSteps(index, query, limit, kinds));
}
