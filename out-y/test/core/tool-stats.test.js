"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
// A tool's stats (counts, talks, events, dates), made from the notes' summaries through the
// index's per-note tool rows, equal a count made from the mentions themselves, after any edits.
const strict_1 = __importDefault(require("node:assert/strict"));
const node_test_1 = require("node:test");
const context_1 = require("../../server/src/core/features/context");
const notes_gen_1 = require("../support/notes-gen");
function recount(ctx, toolId) {
    const { index } = ctx;
    let mentions = 0;
    const notes = new Set();
    const talks = new Set();
    const titled = new Set();
    const events = new Set();
    for (const note of index.notes()) {
        for (const m of note.mentions) {
            if (m.toolId !== toolId)
                continue;
            mentions++;
            notes.add(note.uri);
            const talk = m.talkId ? index.talk(m.talkId) : undefined;
            if (talk) {
                talks.add(talk.talk.id);
                if (talk.talk.titleRange.start.line === m.range.start.line)
                    titled.add(talk.talk.id);
            }
            const ev = talk?.event ?? note.events[0];
            if (ev)
                events.add(ev.id);
        }
    }
    const dates = [...events].map((id) => index.event(id).event.date).filter((d) => !!d).sort();
    return { mentions, notes: notes.size, talks: [...talks].sort(), titled: [...titled].sort(), events: events.size, first: dates[0] ?? null, last: dates[dates.length - 1] ?? null };
}
(0, node_test_1.test)('tool stats equal a count of the mentions, after edits, additions and removals', () => {
    const gen = new notes_gen_1.NoteGen(11);
    const ctx = new context_1.FeatureContext();
    const uris = Array.from({ length: 120 }, (_, i) => `file:///ws/n${i}.md`);
    for (const uri of uris)
        ctx.updateNote({ uri, text: gen.note() });
    for (let round = 0; round < 8; round++) {
        // Half the tools asked each round: stats brought forward over one round's changes or two (past the number of changes kept).
        for (const [i, { toolId }] of ctx.index.mentionedTools().entries()) {
            if (round > 0 && i % 2 !== round % 2 && round % 3 !== 0)
                continue;
            const s = ctx.index.toolStats(toolId);
            const got = { mentions: s.mentions, notes: s.notes, talks: s.talks.map((t) => t.talk.id).sort(), titled: s.titled.map((t) => t.talk.id).sort(), events: s.events, first: s.first, last: s.last };
            strict_1.default.deepEqual(got, recount(ctx, toolId), `${toolId}, round ${round}`);
        }
        for (let k = 0; k < 1 + (round % 3) * 6; k++)
            ctx.updateNote({ uri: gen.pick(uris), text: gen.note() });
        ctx.removeNote(gen.pick(uris));
    }
});
//# sourceMappingURL=tool-stats.test.js.map