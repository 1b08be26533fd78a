"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.toolAnswerSteps = toolAnswerSteps;
// Makes the answers about every mentioned tool ahead of the first question: the first hover or
// definition on a tool otherwise paid for its stats (read from the summaries of every note that
// mentions it: several milliseconds for a tool of a thousand notes) and for its definition.
// The server runs it in the background after the index changes; answers still current are not made again.
const definition_1 = require("./definition");
const hover_1 = require("./hover");
/** Tool cards and definitions, most mentioned tools first, a card or a definition per step. */
function* toolAnswerSteps(ctx) {
    // Every tool's stats first, in one pass over the notes (after a whole index, none is kept).
    yield* ctx.index.allToolStatsSteps();
    for (const { toolId } of ctx.index.mentionedTools()) {
        (0, hover_1.toolCard)(ctx, toolId);
        // Two steps: a request that comes meanwhile waits for one of them, not both.
        yield;
        (0, definition_1.toolDefinition)(ctx.index, toolId);
        yield;
    }
}
//# sourceMappingURL=tool-answers.js.map