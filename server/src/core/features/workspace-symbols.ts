// Workspace symbols: events, talks, speakers and tools, ranked by the shared search.
// A Korean or Japanese query finds Korean/Japanese titles; a tool's name in any spelling
// finds the talks that mention it.
import type { FeatureContext } from './context';
import { searchSteps, type SearchKind, type SearchResult, type TableFreshness } from './search';
import { searchSnapshotSteps, type SearchSnapshot } from './search-snapshot';
import { runToEnd, type Steps } from './steps';
import { SymbolKind, type SymbolKindValue, type WorkspaceSymbol } from './types';

const KIND: Record<SearchKind, SymbolKindValue> = {
  event: SymbolKind.Event,
  talk: SymbolKind.Function,
  speaker: SymbolKind.Variable,
  tool: SymbolKind.Class,
};

export function workspaceSymbols(ctx: FeatureContext, query: string, limit = 200): WorkspaceSymbol[] {
  return runToEnd(workspaceSymbolSteps(ctx, query, limit));
}

/** Workspace symbols in steps (see steps.ts). */
export function* workspaceSymbolSteps(ctx: FeatureContext, query: string, limit = 200, freshness: TableFreshness = 'current'): Steps<WorkspaceSymbol[]> {
  return symbolsOf(yield* searchSteps(ctx.index, query.trim(), limit, undefined, freshness));
}

/** Workspace symbols from a search snapshot, while the index loads (search-snapshot.ts). */
export function* snapshotWorkspaceSymbolSteps(snapshot: SearchSnapshot, query: string, limit = 200): Steps<WorkspaceSymbol[]> {
  return symbolsOf(yield* searchSnapshotSteps(snapshot, query.trim(), limit));
}

function symbolsOf(results: SearchResult[]): WorkspaceSymbol[] {
  return results.map((r) => ({
    name: r.label,
    kind: KIND[r.kind],
    containerName: r.detail,
    location: { uri: r.uri, range: r.range },
  }));
}
