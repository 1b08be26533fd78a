// Long computations over the whole index (search, trees, every note's diagnostics) are written
// as generators that yield every few dozen items. The core stays synchronous and pure: the CLI
// and the tests run them to the end at once (runToEnd); the language server runs them a slice
// at a time, letting other requests in between and stopping a cancelled one.

/** Items between two yields: small enough that a step takes well under a millisecond. */
export const STEP = 64;

export type Steps<T> = Generator<void, T, void>;

/** Runs a stepped computation to its end, without pausing. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
