"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.workspaceSymbols = workspaceSymbols;
exports.workspaceSymbolSteps = workspaceSymbolSteps;
const search_1 = require("./search");
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
    return (yield* (0, search_1.searchSteps)(ctx.index, query.trim(), limit, undefined, freshness)).map((r) => ({
        name: r.label,
        kind: KIND[r.kind],
        containerName: r.detail,
        location: { uri: r.uri, range: r.range },
    }));
}
//# sourceMappingURL=workspace-symbols.js.map