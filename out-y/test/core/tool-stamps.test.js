"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
// A tool's stamps move only when what the notes say of it changes: an edit of a long note that
// names sixty tools remakes the answers of the few it changed. Answers kept across such edits
// must still say what a freshly made index says, places included (lines inserted above a
// mention move it).
const strict_1 = __importDefault(require("node:assert/strict"));
const node_test_1 = require("node:test");
const context_1 = require("../../server/src/core/features/context");
const definition_1 = require("../../server/src/core/features/definition");
const hover_1 = require("../../server/src/core/features/hover");
const references_1 = require("../../server/src/core/features/references");
const search_1 = require("../../server/src/core/features/search");
const steps_1 = require("../../server/src/core/features/steps");
const tool_answers_1 = require("../../server/src/core/features/tool-answers");
const resolve_reference_1 = require("../../server/src/core/features/resolve-reference");
const notes_gen_1 = require("../support/notes-gen");
const URI = 'file:///ws/2024/hashiconf.md';
const NOTE = [
    '# HashiConf 2024',
    'Date: 2024-10-15',
    '',
    '## Terraform Stacks in Practice - Miguel Ortega (Acme)',
    '- Stacks replace workspaces; state stays in Consul',
    '- Then Kubernetes operators',
    '',
    '## Secrets at Scale - Jane Doe (Globex)',
    '- Rotating everything with Vault',
    '- Nomad runs the jobs',
    '',
];
function edited(lines, line, from, to) {
    const out = lines.slice();
    strict_1.default.ok(out[line].includes(from), `line ${line} holds ${from}`);
    out[line] = out[line].replace(from, to);
    return out.join('\n');
}
function stamps(ctx) {
    const out = new Map();
    for (const toolId of ['terraform', 'consul', 'kubernetes', 'vault', 'nomad', 'ansible']) {
        out.set(toolId, [ctx.index.toolStamp(toolId), ctx.index.toolTitlesStamp(toolId), ctx.index.toolChangedAt(toolId)]);
    }
    return out;
}
/** The tools whose stamp (0), titles stamp (1) or changedAt (2) moved. */
function moved(before, after, which) {
    return [...before.keys()].filter((id) => before.get(id)[which] !== after.get(id)[which]).sort();
}
(0, node_test_1.describe)('tool stamps', () => {
    const cases = [
        { name: 'a mention replaced at the end of a body line', text: edited(NOTE, 8, 'Vault', 'Ansible'), stamp: ['ansible', 'vault'], titles: ['ansible', 'vault'] },
        { name: 'a word added after the mentions of a line', text: edited(NOTE, 4, 'Consul', 'Consul today'), stamp: [], titles: [] },
        { name: 'a word added before a mention on its line', text: edited(NOTE, 9, 'Nomad runs', 'Then Nomad runs'), stamp: ['nomad'], titles: ['nomad'] },
        // The talk's id and title change: a card showing it changes; counts, places and dates do not.
        { name: 'a talk title reworded', text: edited(NOTE, 3, 'in Practice', 'in Real Life'), stamp: ['terraform'], titles: ['consul', 'kubernetes', 'terraform'] },
        { name: 'the event date changed', text: edited(NOTE, 1, '2024-10-15', '2024-10-16'), stamp: ['consul', 'kubernetes', 'nomad', 'terraform', 'vault'], titles: ['consul', 'kubernetes', 'nomad', 'terraform', 'vault'] },
        { name: 'a line inserted above every mention', text: ['# HashiConf 2024', 'Date: 2024-10-15', 'Room: Hall B', ...NOTE.slice(2)].join('\n'), stamp: ['consul', 'kubernetes', 'nomad', 'terraform', 'vault'], titles: ['consul', 'kubernetes', 'nomad', 'terraform', 'vault'] },
        { name: 'a line inserted between the talks', text: [...NOTE.slice(0, 7), '- Q&A afterwards', ...NOTE.slice(7)].join('\n'), stamp: ['nomad', 'vault'], titles: ['nomad', 'vault'] },
        { name: 'nothing changed', text: NOTE.join('\n'), stamp: [], titles: [] },
    ];
    for (const c of cases) {
        (0, node_test_1.test)(`${c.name}: only the stamps of the tools it changed move`, () => {
            const ctx = new context_1.FeatureContext();
            ctx.updateNote({ uri: URI, text: NOTE.join('\n') });
            ctx.updateNote({ uri: 'file:///ws/other.md', text: '# Infra Day\n- Vault and Ansible and Terraform\n' });
            const before = stamps(ctx);
            ctx.updateNote({ uri: URI, text: c.text });
            const after = stamps(ctx);
            strict_1.default.deepEqual(moved(before, after, 0), c.stamp, 'stamp');
            strict_1.default.deepEqual(moved(before, after, 1), c.titles, 'titles stamp');
            // The note's objects were replaced for every tool it mentions, and for one it stopped mentioning.
            const mentioned = new Set([...ctx.index.note(URI).mentions].map((m) => m.toolId));
            if (c.stamp.includes('vault') && c.stamp.includes('ansible'))
                mentioned.add('vault');
            strict_1.default.deepEqual(moved(before, after, 2), [...mentioned].sort(), 'changedAt');
        });
    }
    (0, node_test_1.test)('after a line is inserted above, kept answers show the new places', () => {
        const ctx = new context_1.FeatureContext();
        ctx.updateNote({ uri: URI, text: NOTE.join('\n') });
        (0, steps_1.runToEnd)((0, tool_answers_1.toolAnswerSteps)(ctx));
        const lineOf = () => (0, references_1.toolReferences)(ctx.index, 'nomad', false).map((l) => l.range.start.line);
        strict_1.default.deepEqual(lineOf(), [9]);
        ctx.updateNote({ uri: URI, text: [...NOTE.slice(0, 7), '- Q&A afterwards', ...NOTE.slice(7)].join('\n') });
        strict_1.default.deepEqual(lineOf(), [10]);
        strict_1.default.deepEqual((0, definition_1.toolDefinition)(ctx.index, 'vault').map((l) => l.range.start.line), [9]);
        // Terraform's places did not move: its answers are the ones kept.
        strict_1.default.deepEqual((0, definition_1.toolDefinition)(ctx.index, 'terraform').map((l) => l.range.start.line), [3]);
    });
});
/** A small edit of a note: a tool's name replaced, a line inserted, removed or lengthened, a digit changed. */
function smallEdit(gen, text) {
    const lines = text.split('\n');
    const names = ['Terraform', 'Vault', 'Kubernetes', 'Consul', 'Nomad', 'Ansible', 'Helm', '테라폼', '쿠버네티스', 'テラフォーム'];
    const at = gen.int(lines.length);
    switch (gen.int(6)) {
        case 0: {
            const holding = lines.map((l, i) => [l, i]).filter(([l]) => names.some((n) => l.includes(n)));
            if (!holding.length)
                break;
            const [line, i] = gen.pick(holding);
            const from = gen.pick(names.filter((n) => line.includes(n)));
            lines[i] = line.replace(from, gen.pick(names));
            break;
        }
        case 1:
            lines.splice(at, 0, gen.snippet().replace(/\n$/, ''));
            break;
        case 2:
            lines.splice(at, 1);
            break;
        case 3:
            lines[at] += gen.pick([' x', ' and Vault', ' (slides)']);
            break;
        case 4:
            lines[at] = lines[at].replace(/\d/, (d) => String((Number(d) + 1) % 10));
            break;
        default:
            lines[at] = gen.pick(['', 'Then ', '- ']) + lines[at];
    }
    return lines.join('\n');
}
/** Every answer about every tool that the index or the features keep between changes. */
function answers(ctx) {
    const out = {};
    for (const { toolId } of ctx.index.mentionedTools()) {
        const talks = (0, resolve_reference_1.sortTalksByDate)(ctx.index.talksMentioning(toolId)).map((t) => [t.talk.id, t.talk.title, t.talk.titleRange.start.line, t.note.uri]);
        ctx.options = { hoverDetail: 'full' };
        const full = (0, hover_1.toolCard)(ctx, toolId)?.markdown;
        ctx.options = { hoverDetail: 'compact' };
        const compact = (0, hover_1.toolCard)(ctx, toolId)?.markdown;
        const stats = ctx.index.toolStats(toolId);
        out[toolId] = {
            full,
            compact,
            definition: (0, definition_1.toolDefinition)(ctx.index, toolId),
            references: (0, references_1.toolReferences)(ctx.index, toolId, true),
            talks,
            counts: [stats.mentions, stats.notes, stats.events, stats.first, stats.last, stats.titled.length],
        };
    }
    return out;
}
(0, node_test_1.test)('answers kept across small edits of long notes say what a freshly made index says', () => {
    for (const seed of [21, 22, 23]) {
        const gen = new notes_gen_1.NoteGen(seed);
        const texts = new Map();
        const kept = new context_1.FeatureContext();
        // Long notes (many talks each), so most tools of an edited note keep their stamps.
        for (let i = 0; i < 12; i++) {
            const uri = `file:///ws/${2021 + (i % 4)}/note-${i}.md`;
            const text = Array.from({ length: 4 }, () => gen.note()).join('\n');
            texts.set(uri, text);
            kept.updateNote({ uri, text });
        }
        const uris = [...texts.keys()];
        for (let round = 0; round < 40; round++) {
            // What is kept is made before the edit: cards, definitions, stats, search rows.
            if (round % 4 !== 3) {
                answers(kept);
                (0, steps_1.runToEnd)((0, tool_answers_1.toolAnswerSteps)(kept));
                (0, steps_1.runToEnd)((0, search_1.searchTableSteps)(kept.index));
                for (const q of ['Terraform', 'Vault', 'Kubernetes', '테라폼'])
                    (0, search_1.searchIndex)(kept.index, q);
            }
            for (let k = 0; k < 1 + (round % 3); k++) {
                const uri = gen.pick(uris);
                texts.set(uri, smallEdit(gen, texts.get(uri)));
                kept.updateNote({ uri, text: texts.get(uri) });
            }
            const fresh = new context_1.FeatureContext();
            for (const [uri, text] of texts)
                fresh.updateNote({ uri, text });
            strict_1.default.deepEqual(answers(kept), answers(fresh), `seed ${seed}, round ${round}`);
            (0, steps_1.runToEnd)((0, search_1.searchTableSteps)(kept.index));
            for (const q of ['Terraform', 'Vault', 'Kubernetes', '테라폼'])
                strict_1.default.deepEqual((0, search_1.searchIndex)(kept.index, q), (0, search_1.searchByDefinition)(kept.index, q), `seed ${seed}, round ${round}, ${q}`);
        }
    }
});
//# sourceMappingURL=tool-stamps.test.js.map