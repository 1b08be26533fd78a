"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SYMBOL_QUERIES = void 0;
exports.answers = answers;
exports.settled = settled;
exports.firstDifference = firstDifference;
exports.SYMBOL_QUERIES = ['', 'terraform', '테라폼', 'テラフォーム', 'vault', 'kubernetes', '김철수', '高橋', 'jane', 'modules', '운영', '勉強会'];
async function answers(c, queries = exports.SYMBOL_QUERIES) {
    const [eventTree, toolTree, speakerTree, status, ...symbols] = await Promise.all([
        c.request('infranotes/eventTree'),
        c.request('infranotes/toolTree'),
        c.request('infranotes/speakerTree'),
        c.request('infranotes/indexStatus'),
        ...queries.map((query) => c.request('workspace/symbol', { query })),
    ]);
    const { notes, events, talks, speakers, tools, mentions } = status;
    return {
        indexing: status.indexing,
        eventTree,
        toolTree,
        speakerTree,
        counts: { notes, events, talks, speakers, tools, mentions },
        skipped: [...status.skipped].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0)),
        symbols: Object.fromEntries(queries.map((q, i) => [q, symbols[i]])),
    };
}
/**
 * Polls the server until it is idle: not indexing, and `stable` consecutive snapshots equal.
 * A poll is a round trip, not a sleep; the deadline bounds the whole wait.
 */
async function settled(c, { timeoutMs = 20000, stable = 3, queries = exports.SYMBOL_QUERIES } = {}) {
    const deadline = performance.now() + timeoutMs;
    let last = '';
    let same = 0;
    for (;;) {
        const a = await answers(c, queries);
        const key = JSON.stringify(a);
        if (!a.indexing && key === last)
            same++;
        else
            same = a.indexing ? 0 : 1;
        last = key;
        if (same >= stable)
            return a;
        if (performance.now() > deadline)
            throw new Error(`server not idle after ${timeoutMs} ms (indexing: ${a.indexing})`);
    }
}
/** The path and both values of the first place where two JSON values differ, or null. */
function firstDifference(a, b, at = '$') {
    if (a === b)
        return null;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) {
        return `${at}: ${JSON.stringify(a)?.slice(0, 400)} ≠ ${JSON.stringify(b)?.slice(0, 400)}`;
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        for (let i = 0; i < Math.min(a.length, b.length); i++) {
            const d = firstDifference(a[i], b[i], `${at}[${i}]`);
            if (d)
                return d;
        }
        if (a.length !== b.length)
            return `${at}.length: ${a.length} ≠ ${b.length}; extra: ${JSON.stringify((a.length > b.length ? a : b).slice(Math.min(a.length, b.length))).slice(0, 600)}`;
        return null;
    }
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    if (ka.join('\0') !== kb.join('\0'))
        return `${at}: keys ${ka.join(',')} ≠ ${kb.join(',')}`;
    for (const k of ka) {
        const d = firstDifference(a[k], b[k], `${at}.${k}`);
        if (d)
            return d;
    }
    return null;
}
//# sourceMappingURL=snapshot.js.map