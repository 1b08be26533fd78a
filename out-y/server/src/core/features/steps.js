"use strict";
// Long computations over the whole index (search, trees, every note's diagnostics) are written
// as generators that yield every few dozen items. The core stays synchronous and pure: the CLI
// and the tests run them to the end at once (runToEnd); the language server runs them a slice
// at a time, letting other requests in between and stopping a cancelled one.
Object.defineProperty(exports, "__esModule", { value: true });
exports.STEP = void 0;
exports.runToEnd = runToEnd;
/** Items between two yields: small enough that a step takes well under a millisecond. */
exports.STEP = 64;
/** Runs a stepped computation to its end, without pausing. */
function runToEnd(steps) {
    for (;;) {
        const r = steps.next();
        if (r.done)
            return r.value;
    }
}
//# sourceMappingURL=steps.js.map