"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.workspaceSymbols = workspaceSymbols;
exports.workspaceSymbolSteps = workspaceSymbolSteps;
exports.snapshotWorkspaceSymbolSteps = snapshotWorkspaceSymbolSteps;
const search_1 = require("./search");
const search_snapshot_1 = require("./search-snapshot");
const steps_1 = require("./steps");
const types_1 = require("./types");
const KIND = {
    event: types_1.SymbolKind.Event,
    talk: types_1.SymbolKind.Function,
    speaker: types_1.SymbolKind.Variable,
    tool: types_1.SymbolKind.Class,
};
function workspaceSymbols(ctx, query, limit = 200) {
    return (0, steps_1.runToEnd)(workspaceSymbolSteps(ctx, query, limit));
}
/** Workspace symbols in steps (see steps.ts). */
function* workspaceSymbolSteps(ctx, query, limit = 200, freshness = 'current') {
    return symbolsOf(yield* (0, search_1.searchSteps)(ctx.index, query.trim(), limit, undefined, freshness));
}
/** Workspace symbols from a search snapshot, while the index loads (search-snapshot.ts). */
function* snapshotWorkspaceSymbolSteps(snapshot, query, limit = 200) {
    return symbolsOf(yield* (0, search_snapshot_1.searchSnapshotSteps)(snapshot, query.trim(), limit));
}
function symbolsOf(results) {
    return results.map((r) => ({
        name: r.label,
        kind: KIND[r.kind],
        containerName: r.detail,
        location: { uri: r.uri, range: r.range },
    }));
}
//# sourceMappingURL=workspace-symbols.js.map