// Workspace symbols: events, talks, speakers and tools, ranked by the shared search.
// A Korean or Japanese query finds Korean/Japanese titles; a tool's name in any spelling
// finds the talks that mention it.
import type { FeatureContext } from './context';
import { searchIndex, type SearchKind } from './search';
import { SymbolKind, type SymbolKindValue, type WorkspaceSymbol } from './types';

const KIND: Record<SearchKind, SymbolKindValue> = {
  event: SymbolKind.Event,
  talk: SymbolKind.Function,
  speaker: SymbolKind.Variable,
  tool: SymbolKind.Class,
};

export function workspaceSymbols(ctx: FeatureContext, query: string, limit = 200): WorkspaceSymbol[] {
  return searchIndex(ctx.index, query.trim(), limit).map((r) => ({
    name: r.label,
    kind: KIND[r.kind],
    containerName: r.detail,
    location: { uri: r.uri, range: r.range },
  }));
}
