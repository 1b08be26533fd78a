// Makes the answers about every mentioned tool ahead of the first question: the first hover or
// definition on a tool otherwise paid for its stats (read from the summaries of every note that
// mentions it: several milliseconds for a tool of a thousand notes) and for its definition.
// The server runs it in the background after the index changes; answers still current are not made again.
import { toolDefinition } from './definition';
import type { FeatureContext } from './context';
import { toolCard } from './hover';
import type { Steps } from './steps';

/** Tool cards and definitions, most mentioned tools first, a card or a definition per step. */
export function* toolAnswerSteps(ctx: FeatureContext): Steps<void> {
  // Every tool's stats first, in one pass over the notes (after a whole index, none is kept).
  yield* ctx.index.allToolStatsSteps();
  for (const { toolId } of ctx.index.mentionedTools()) {
    toolCard(ctx, toolId);
    // Two steps: a request that comes meanwhile waits for one of them, not both.
    yield;
    toolDefinition(ctx.index, toolId);
    yield;
  }
}
