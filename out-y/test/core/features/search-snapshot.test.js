"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
// A search snapshot answers while the persistent index loads: whatever it is asked, it must give
// what the index it was made from gives, and a damaged one must be refused, never searched.
const strict_1 = __importDefault(require("node:assert/strict"));
const node_test_1 = require("node:test");
const context_1 = require("../../../server/src/core/features/context");
const search_1 = require("../../../server/src/core/features/search");
const search_snapshot_1 = require("../../../server/src/core/features/search-snapshot");
const steps_1 = require("../../../server/src/core/features/steps");
const notes_gen_1 = require("../../support/notes-gen");
const QUERIES = [
    '', 'a', 'e', '테', 'テ', 'terraform', '테라폼', 'テラフォーム', 'k8s', 'vault', 'Argo CD', 'Scaling', 'in Production', 'sclng', 'trfrm',
    'Jane', 'Jane Doe', 'Lee', '김민수', '高橋 誠', 'Acme', '토스', '모듈 설계', 'stateを分割', 'EKS', '2024-03', 'Platform Night', '인프라 밋업',
    'xyzzy', 'ion', 'Oslo Scaling', 'Tokyo Scaling', '서울 Observability', 'Oslo 운영', 'Jane Scaling', 'Platform Night Terraform', 'Oslo Vault 2023', '김민수 운영', '高橋 Vault', 'Summit Story Nair', 'Observabilty with Vault',
];
const SEVERAL_EVENTS = `# 2024 conference notes

## Platform Summit 2024 (Oslo, March 19-20, 2024)

### Scaling Vault in Production - Jane Doe (Acme)
Notes about Vault.

### 운영 자동화 - 김민수 (토스)

## Cloud Days 2024 (Tokyo, June 4-5, 2024)

### Scaling Terraform Modules - Priya Nair (Northwind)

### Terraform 운영 이야기 - 이지은 (당근)

## 인프라 밋업 2024 (서울, 2024년 9월 7일)

### Observability 101 - Lee Chen (Initech)
`;
const KINDS = [undefined, ['talk'], ['event', 'speaker'], ['tool']];
const LIMITS = [1, 7, 50, 200];
function corpus(seed, notes) {
    const gen = new notes_gen_1.NoteGen(seed);
    const ctx = new context_1.FeatureContext();
    for (let i = 0; i < notes; i++)
        ctx.updateNote({ uri: `file:///ws/${gen.pick(['2022', '2023', '한국', '日本'])}/note-${i}.md`, text: gen.note() });
    // A note of several events, a talk under each: a query's words in one event's name and the other's talk find nothing.
    ctx.updateNote({ uri: 'file:///ws/two-events.md', text: SEVERAL_EVENTS });
    return ctx;
}
/** The snapshot of the index's rows as made now (made first). */
function snapshotOf(ctx) {
    (0, steps_1.runToEnd)((0, search_1.searchTableSteps)(ctx.index));
    const parts = (0, steps_1.runToEnd)((0, search_snapshot_1.encodeSearchSnapshot)(ctx.index));
    strict_1.default.ok(parts, 'a snapshot of a current table');
    return parts;
}
/** The snapshot's answer and the index's, for every query, limit and kind. */
function check(ctx, parts) {
    const snapshot = (0, search_snapshot_1.readSearchSnapshot)((0, search_snapshot_1.snapshotInput)(parts), ctx.index.catalog);
    for (const query of QUERIES) {
        for (const limit of LIMITS) {
            for (const kinds of KINDS) {
                const want = (0, search_1.searchIndex)(ctx.index, query, limit, kinds);
                strict_1.default.deepEqual((0, steps_1.runToEnd)((0, search_snapshot_1.searchSnapshotSteps)(snapshot, query, limit, kinds)), want, `query ${JSON.stringify(query)}, limit ${limit}, kinds ${kinds?.join(',') ?? 'all'}`);
            }
        }
    }
}
(0, node_test_1.describe)('search snapshot', () => {
    (0, node_test_1.test)('answers every sort of query, kind and limit as the index it was made from', () => {
        for (const seed of [1, 2]) {
            const ctx = corpus(seed, 250);
            const parts = snapshotOf(ctx);
            // A one-byte part for the chunks without wide characters, and the rest: both used.
            strict_1.default.ok(parts.latin1.length > 0 && parts.wide.length > 0 && parts.chunkLatin1.length > 0 && parts.chunkWide.length > 0);
            check(ctx, parts);
        }
    });
    (0, node_test_1.test)('is made as of the rows brought up to date, after notes change', () => {
        const gen = new notes_gen_1.NoteGen(5);
        const ctx = corpus(5, 120);
        (0, steps_1.runToEnd)((0, search_1.searchTableSteps)(ctx.index));
        for (let i = 0; i < 10; i++)
            ctx.updateNote({ uri: `file:///ws/2023/note-${i * 7}.md`, text: gen.note() });
        ctx.removeNote('file:///ws/2022/note-3.md');
        check(ctx, snapshotOf(ctx));
    });
    (0, node_test_1.test)('is not made before the rows ever were, nor when the index changes while it is made', () => {
        const ctx = corpus(6, 60);
        strict_1.default.equal((0, steps_1.runToEnd)((0, search_snapshot_1.encodeSearchSnapshot)(ctx.index)), null);
        (0, steps_1.runToEnd)((0, search_1.searchTableSteps)(ctx.index));
        const steps = (0, search_snapshot_1.encodeSearchSnapshot)(ctx.index);
        strict_1.default.equal(steps.next().done, false, 'a snapshot is made in steps');
        ctx.updateNote({ uri: 'file:///ws/late.md', text: '# Late talk about Vault\n' });
        let r = steps.next();
        while (!r.done)
            r = steps.next();
        strict_1.default.equal(r.value, null);
    });
    (0, node_test_1.test)('a damaged snapshot is refused with a reason, or searched without error', () => {
        const ctx = corpus(7, 80);
        const parts = snapshotOf(ctx);
        const rand = (0, notes_gen_1.prng)(7);
        let refused = 0;
        for (let round = 0; round < 300; round++) {
            const ints = (0, search_snapshot_1.snapshotInput)(parts).ints;
            const damaged = { ...parts, ints: [ints] };
            const how = round % 4;
            if (how === 0) {
                // Numbers changed at random.
                for (let k = 0; k < 3; k++)
                    ints[Math.floor(rand() * ints.length)] = Math.floor(rand() * 2 ** 31) * (rand() < 0.5 ? -1 : 1);
            }
            else if (how === 1) {
                // A number moved by one.
                ints[Math.floor(rand() * ints.length)] += rand() < 0.5 ? -1 : 1;
            }
            else if (how === 2) {
                damaged.ints = [ints.subarray(0, Math.floor(rand() * ints.length))];
                strict_1.default.throws(() => (0, search_snapshot_1.readSearchSnapshot)((0, search_snapshot_1.snapshotInput)(damaged), ctx.index.catalog), /search snapshot/);
                refused++;
                continue;
            }
            else {
                // A text cut short, or a line break put in one.
                const key = ['chunkLatin1', 'chunkWide', 'latin1', 'wide'][Math.floor(rand() * 4)];
                const text = damaged[key].join('');
                const at = Math.floor(rand() * text.length);
                damaged[key] = [rand() < 0.5 ? text.slice(0, -1) : text.slice(0, at) + '\n' + text.slice(at + 1)];
            }
            let snapshot;
            try {
                snapshot = (0, search_snapshot_1.readSearchSnapshot)((0, search_snapshot_1.snapshotInput)(damaged), ctx.index.catalog);
            }
            catch (e) {
                strict_1.default.match(e.message, /search snapshot/);
                refused++;
                continue;
            }
            for (const query of ['', 'a', 'vault', 'Jane Scaling', '테라폼', 'sclng'])
                (0, steps_1.runToEnd)((0, search_snapshot_1.searchSnapshotSteps)(snapshot, query, 20));
        }
        strict_1.default.ok(refused > 100, `refused ${refused} of 300`);
    });
});
//# sourceMappingURL=search-snapshot.test.js.map