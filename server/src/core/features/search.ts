// One search over events, talks, speakers and tools, ranked. Used by workspace symbols,
// the command-palette search and the CLI.
import type { Range } from '../model';
import { foldText } from '../text';
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

export function searchIndex(index: WorkspaceIndex, query: string, limit = 50, kinds?: SearchKind[]): SearchResult[] {
  const q = fold(query);
  const want = (k: SearchKind) => !kinds || kinds.includes(k);
  const out: SearchResult[] = [];

  if (want('event')) {
    for (const { event, note } of index.events()) {
      const score = Math.max(matchScore(q, fold(event.name)), 0.8 * matchScore(q, fold(event.location ?? '')), 0.7 * matchScore(q, fold(event.date ?? '')));
      if (score > 0) {
        out.push({
          kind: 'event',
          id: event.id,
          label: event.name,
          detail: [event.date, event.location, `${event.talks.length} talks`].filter(Boolean).join(' · '),
          uri: note.uri,
          range: event.nameRange,
          score: score + 2,
        });
      }
    }
  }

  // A query that names a tool (in any spelling) also finds the talks that mention it.
  const tool = q.length >= 2 ? index.catalog.lookup(query) : undefined;
  const talksOfTool = new Set(tool ? index.talksMentioning(tool.id).map((t) => t.talk.id) : []);

  if (want('talk')) {
    for (const { talk, event, note } of index.talks()) {
      let score = matchScore(q, fold(talk.title));
      for (const s of talk.speakers) score = Math.max(score, 0.6 * matchScore(q, fold(s.name)));
      if (talksOfTool.has(talk.id)) score = Math.max(score, 55);
      if (score > 0) {
        out.push({
          kind: 'talk',
          id: talk.id,
          label: talk.title,
          detail: [talk.speakers.map((s) => s.name).join(', '), event.name, event.date].filter(Boolean).join(' · '),
          uri: note.uri,
          range: talk.titleRange,
          score,
        });
      }
    }
  }

  if (want('speaker')) {
    for (const sp of index.speakers()) {
      const score = Math.max(matchScore(q, fold(sp.name)), ...sp.orgs.map((o) => 0.5 * matchScore(q, fold(o))));
      const first = sp.talks[0];
      if (score > 0 && first) {
        out.push({
          kind: 'speaker',
          id: speakerKey(sp.name),
          label: sp.name,
          detail: [sp.orgs.join(', '), `${sp.talks.length} talk${sp.talks.length === 1 ? '' : 's'}`].filter(Boolean).join(' · '),
          uri: first.note.uri,
          range: first.talk.titleRange,
          score: score + 1,
        });
      }
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
      const first = index.mentionsOf(toolId)[0];
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

  out.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label));
  return out.slice(0, limit);
}
