// One search over events, talks, speakers and tools, ranked. Used by workspace symbols,
// the command-palette search and the CLI.
import type { Range } from '../model';
import { comparePositions, foldText } from '../text';
import { compareStrings, speakerView } from './resolve-reference';
import { speakerKey, type WorkspaceIndex } from '../workspace-index';

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
 * Events, talks and speakers with their folded texts, built once per index version: workspace
 * symbols ask on every keystroke, and folding every title each time is most of the cost.
 */
const tables = new WeakMap<WorkspaceIndex, { version: number; events: Row[]; talks: Row[]; speakers: Row[] }>();

function tableOf(index: WorkspaceIndex): { events: Row[]; talks: Row[]; speakers: Row[] } {
  const cached = tables.get(index);
  if (cached && cached.version === index.version) return cached;
  const events: Row[] = index.events().map(({ event, note }) => ({
    result: {
      kind: 'event',
      id: event.id,
      label: event.name,
      detail: [event.date, event.location, `${event.talks.length} talks`].filter(Boolean).join(' · '),
      uri: note.uri,
      range: event.nameRange,
    },
    keys: [
      [fold(event.name), 1],
      [fold(event.location ?? ''), 0.8],
      [fold(event.date ?? ''), 0.7],
    ],
    bonus: 2,
  }));
  const talks: Row[] = index.talks().map(({ talk, event, note }) => ({
    result: {
      kind: 'talk',
      id: talk.id,
      label: talk.title,
      detail: [talk.speakers.map((s) => s.name).join(', '), event.name, event.date].filter(Boolean).join(' · '),
      uri: note.uri,
      range: talk.titleRange,
    },
    keys: [[fold(talk.title), 1], ...talk.speakers.map((s): [string, number] => [fold(s.name), 0.6])],
    bonus: 0,
    talkId: talk.id,
  }));
  const speakers: Row[] = [];
  for (const sp of index.speakers().map(speakerView)) {
    const first = sp.talks[0];
    if (!first) continue;
    speakers.push({
      result: {
        kind: 'speaker',
        id: speakerKey(sp.name),
        label: sp.name,
        detail: [sp.orgs.join(', '), `${sp.talks.length} talk${sp.talks.length === 1 ? '' : 's'}`].filter(Boolean).join(' · '),
        uri: first.note.uri,
        range: first.talk.titleRange,
      },
      keys: [[fold(sp.name), 1], ...sp.orgs.map((o): [string, number] => [fold(o), 0.5])],
      bonus: 1,
    });
  }
  const table = { version: index.version, events, talks, speakers };
  tables.set(index, table);
  return table;
}

function rowScore(q: string, row: Row): number {
  let score = 0;
  for (const [key, weight] of row.keys) score = Math.max(score, weight * matchScore(q, key));
  return score;
}

export function searchIndex(index: WorkspaceIndex, query: string, limit = 50, kinds?: SearchKind[]): SearchResult[] {
  const q = fold(query);
  const want = (k: SearchKind) => !kinds || kinds.includes(k);
  const out: SearchResult[] = [];
  const table = tableOf(index);

  if (want('event')) {
    for (const row of table.events) {
      const score = rowScore(q, row);
      if (score > 0) out.push({ ...row.result, score: score + row.bonus });
    }
  }

  // A query that names a tool (in any spelling) also finds the talks that mention it.
  const tool = q.length >= 2 ? index.catalog.lookup(query) : undefined;
  const talksOfTool = new Set(tool ? index.talksMentioning(tool.id).map((t) => t.talk.id) : []);

  if (want('talk')) {
    for (const row of table.talks) {
      let score = rowScore(q, row);
      if (talksOfTool.has(row.talkId!)) score = Math.max(score, 55);
      if (score > 0) out.push({ ...row.result, score });
    }
  }

  if (want('speaker')) {
    for (const row of table.speakers) {
      const score = rowScore(q, row);
      if (score > 0) out.push({ ...row.result, score: score + row.bonus });
    }
  }

  if (want('tool')) {
    for (const { toolId, count } of index.mentionedTools()) {
      const t = index.catalog.get(toolId);
      if (!t) continue;
      let score = matchScore(q, fold(t.name));
      for (const a of index.catalog.aliasesOf(t)) score = Math.max(score, 0.95 * matchScore(q, fold(a)));
      if (tool && tool.id === toolId) score = Math.max(score, 100);
      if (score <= 0) continue;
      // The first mention in path order, not in indexing order.
      let first = index.mentionsOf(toolId)[0];
      for (const m of index.mentionsOf(toolId)) {
        if (compareStrings(m.note.uri, first.note.uri) < 0 || (m.note.uri === first.note.uri && comparePositions(m.mention.range.start, first.mention.range.start) < 0)) first = m;
      }
      out.push({
        kind: 'tool',
        id: toolId,
        label: t.name,
        detail: `${t.category} · ${count} mention${count === 1 ? '' : 's'}`,
        uri: t.definition?.uri ?? first.note.uri,
        range: t.definition?.range ?? first.mention.range,
        score: score + 3,
      });
    }
  }

  out.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label) || compareStrings(a.uri, b.uri) || comparePositions(a.range.start, b.range.start) || compareStrings(a.kind, b.kind) || compareStrings(a.id, b.id));
  return out.slice(0, limit);
}
