"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
// The index's lookups after any sequence of puts and removals say what an index made afresh from
// the notes left says: talks and events by id (found through their note), speakers, a tool's
// notes (an array with holes), the notes holding references under a key (made on first use).
const strict_1 = __importDefault(require("node:assert/strict"));
const node_test_1 = require("node:test");
const note_1 = require("../../server/src/core/extract/note");
const workspace_index_1 = require("../../server/src/core/workspace-index");
const notes_gen_1 = require("../support/notes-gen");
/** Everything the index answers about its notes, in the order it answers. */
function lookups(index, notes) {
    const ids = [...notes.values()].flatMap((n) => n.events.flatMap((e) => [e.id, ...e.talks.map((t) => t.id)]));
    const keys = new Set([...notes.values()].flatMap((n) => [...(0, workspace_index_1.referenceKeys)(n)]));
    return {
        talks: index.talks().map((t) => [t.talk.id, t.event.id, t.note.uri]),
        events: index.events().map((e) => [e.event.id, e.note.uri]),
        talkCount: index.talkCount,
        byId: ids.map((id) => [index.talk(id)?.talk.title ?? null, index.event(id)?.event.name ?? null]),
        speakers: [...index.speakerKeys()].sort().map((key) => index.speaker(key)),
        tools: index.mentionedTools().map(({ toolId }) => [toolId, [...index.notesMentioning(toolId)].map((n) => n.uri)]),
        references: [...keys].sort().map((key) => [key, [...index.notesReferring(key)].map((n) => n.uri)]),
    };
}
/** A note whose ids are not its URI, '#' and a slug (the extractor makes none; the index must still find them). */
function oddIds(note, tag) {
    const rename = (id) => `urn:${tag}:${id.slice(id.lastIndexOf('#') + 1)}#x`;
    const events = note.events.map((e) => ({ ...e, id: rename(e.id), talks: e.talks.map((t) => ({ ...t, id: rename(t.id), eventId: rename(e.id) })) }));
    return { ...note, events, mentions: note.mentions.map((m) => ({ ...m, talkId: m.talkId && rename(m.talkId) })) };
}
(0, node_test_1.test)('lookups after puts and removals equal a fresh index over the notes left', () => {
    for (const seed of [31, 32]) {
        const gen = new notes_gen_1.NoteGen(seed);
        const kept = new workspace_index_1.WorkspaceIndex();
        const notes = new Map();
        const uris = Array.from({ length: 40 }, (_, i) => `file:///ws/n${i}.md`);
        for (let round = 0; round < 300; round++) {
            const uri = gen.pick(uris);
            if (gen.chance(0.2)) {
                kept.remove(uri);
                notes.delete(uri);
            }
            else {
                const extracted = (0, note_1.extractNote)(uri, gen.note(), { catalog: kept.catalog });
                const note = gen.chance(0.15) ? oddIds(extracted, `${round}`) : extracted;
                kept.put(note);
                notes.delete(uri);
                notes.set(uri, note);
            }
            // Every talk and event left is found by its id, as the note says it.
            for (const note of notes.values()) {
                for (const e of note.events) {
                    strict_1.default.equal(kept.event(e.id)?.event, e, e.id);
                    for (const t of e.talks)
                        strict_1.default.equal(kept.talk(t.id)?.talk, t, t.id);
                }
            }
            // Asked for now and then, so the reference map is made part way and kept up to date after.
            if (round % 25 === 24) {
                const fresh = new workspace_index_1.WorkspaceIndex();
                for (const note of notes.values())
                    fresh.put(note);
                strict_1.default.deepEqual(lookups(kept, notes), lookups(fresh, notes), `seed ${seed}, round ${round}`);
            }
        }
    }
});
(0, node_test_1.test)('with journaling off, a put keeps no keys: changes since a version before it are not known; after it, they are again', () => {
    const index = new workspace_index_1.WorkspaceIndex();
    const note = (name) => (0, note_1.extractNote)(`file:///ws/${name}.md`, `# Meetup ${name}\n\n## Talk ${name} - Jane Doe\n\nTerraform.\n`, { catalog: index.catalog });
    index.put(note('a'));
    const before = index.version;
    index.journaling = false;
    index.put(note('b'));
    index.journaling = true;
    const after = index.version;
    strict_1.default.equal(index.touchedSince(before), null);
    index.put(note('c'));
    const touched = index.touchedSince(after);
    strict_1.default.ok(touched?.has('link:file:///ws/c.md'), 'the put after journaling is back is known');
    strict_1.default.ok(!touched?.has('link:file:///ws/b.md'));
    strict_1.default.equal(index.touchedSince(before), null);
    const talk = index.note('file:///ws/b.md')?.events[0]?.talks[0];
    strict_1.default.ok(talk && index.talk(talk.id)?.talk === talk, 'the note put without journaling is in the index');
});
(0, node_test_1.test)('the reference map made a step at a time answers as one made on first use; a change between its steps makes it give up', () => {
    const gen = new notes_gen_1.NoteGen(41);
    const stepped = new workspace_index_1.WorkspaceIndex();
    const fresh = new workspace_index_1.WorkspaceIndex();
    const notes = new Map();
    const put = (uri, text) => {
        const note = (0, note_1.extractNote)(uri, text, { catalog: stepped.catalog });
        stepped.put(note);
        fresh.put(note);
        notes.delete(uri);
        notes.set(uri, note);
    };
    // Every such note also links to the first note, which goes between two steps below.
    const link = (i) => `\n\nSee [the talk](${gen.pick(['', '../', './', '../../'])}d${i % 5}/n${(i * 7) % 600}.md#talk) and [the first](../d0/n0.md).\n`;
    for (let i = 0; i < 600; i++)
        put(`file:///ws/d${i % 5}/n${i}.md`, gen.note() + (i % 3 === 0 ? link(i) : ''));
    const gaveUp = stepped.referenceMapSteps();
    strict_1.default.equal(gaveUp.next().done, false);
    stepped.remove('file:///ws/d0/n0.md');
    fresh.remove('file:///ws/d0/n0.md');
    notes.delete('file:///ws/d0/n0.md');
    strict_1.default.equal(gaveUp.next().done, true);
    strict_1.default.equal(stepped.referencesMapped, false, 'a change between steps: nothing kept');
    const steps = stepped.referenceMapSteps();
    let count = 0;
    while (!steps.next().done)
        count++;
    strict_1.default.ok(count >= 2, `${count} steps`);
    strict_1.default.equal(stepped.referencesMapped, true);
    // Kept up to date after, by puts and removals.
    put('file:///ws/d1/n1.md', gen.note() + link(2));
    stepped.remove('file:///ws/d2/n2.md');
    fresh.remove('file:///ws/d2/n2.md');
    notes.delete('file:///ws/d2/n2.md');
    const result = lookups(stepped, notes);
    strict_1.default.ok(result.references.some((r) => String(r[0]).startsWith('link:')), 'links are among the keys');
    strict_1.default.deepEqual(result, lookups(fresh, notes));
});
(0, node_test_1.test)('a link to a plain relative path resolves as URL resolves it', () => {
    const gen = new notes_gen_1.NoteGen(43);
    const bases = ['file:///ws/a/b/c.md', 'file:///C:/notes/x.md', 'file:///c:/n.md', 'file:///ws/%E3%81%82/b.md', 'file:///ws//b/c.md', 'file:///ws/./b/c.md', 'file:///ws/%2E%2e/c.md', 'file:///Z:/a/', 'file:///ws/b@c/d.md', 'file:///c.md'];
    const parts = ['..', '.', 'x', 'y.md', '', '~a', 'a-b_c.d', '...', '.x', '..x', 'a b', '%2e', '#h', 'ü'];
    const byUrl = (base, path) => {
        const url = new URL(path.replace(/[%#]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase()), base);
        url.hash = '';
        return url.href;
    };
    for (const base of bases) {
        for (let i = 0; i < 400; i++) {
            const path = Array.from({ length: 1 + (i % 5) }, () => gen.pick(parts)).join('/');
            if (path)
                strict_1.default.equal((0, workspace_index_1.linkTargetUri)(base, path), byUrl(base, path), `${base} + ${path}`);
        }
    }
});
//# sourceMappingURL=workspace-index.test.js.map