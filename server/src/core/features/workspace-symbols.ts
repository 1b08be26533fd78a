// Workspace symbols: events, talks, speakers and tools, ranked by the shared search.
// A Korean or Japanese query finds Korean/Japanese titles; a tool's name in any spelling
// finds the talks that mention it.
import type { FeatureContext } from './context';
import { searchSteps, type SearchKind, type TableFreshness } from './search';
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
  return (yield* searchSteps(ctx.index, query.trim(), limit, undefined, freshness)).map((r) => ({
    name: r.label,
    kind: KIND[r.kind],
    containerName: r.detail,
    location: { uri: r.uri, range: r.range },
  }));
}
