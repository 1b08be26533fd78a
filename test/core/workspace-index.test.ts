// The index's lookups after any sequence of puts and removals say what an index made afresh from
// the notes left says: talks and events by id (found through their note), speakers, a tool's
// notes (an array with holes), the notes holding references under a key (made on first use).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractNote } from '../../server/src/core/extract/note';
import type { Note } from '../../server/src/core/model';
import { linkTargetUri, referenceKeys, WorkspaceIndex } from '../../server/src/core/workspace-index';
import { NoteGen } from '../support/notes-gen';

/** Everything the index answers about its notes, in the order it answers. */
function lookups(index: WorkspaceIndex, notes: Map<string, Note>): unknown {
  const ids = [...notes.values()].flatMap((n) => n.events.flatMap((e) => [e.id, ...e.talks.map((t) => t.id)]));
  const keys = new Set([...notes.values()].flatMap((n) => [...referenceKeys(n)]));
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
function oddIds(note: Note, tag: string): Note {
  const rename = (id: string) => `urn:${tag}:${id.slice(id.lastIndexOf('#') + 1)}#x`;
  const events = note.events.map((e) => ({ ...e, id: rename(e.id), talks: e.talks.map((t) => ({ ...t, id: rename(t.id), eventId: rename(e.id) })) }));
  return { ...note, events, mentions: note.mentions.map((m) => ({ ...m, talkId: m.talkId && rename(m.talkId) })) };
}

test('lookups after puts and removals equal a fresh index over the notes left', () => {
  for (const seed of [31, 32]) {
    const gen = new NoteGen(seed);
    const kept = new WorkspaceIndex();
    const notes = new Map<string, Note>();
    const uris = Array.from({ length: 40 }, (_, i) => `file:///ws/n${i}.md`);
    for (let round = 0; round < 300; round++) {
      const uri = gen.pick(uris);
      if (gen.chance(0.2)) {
        kept.remove(uri);
        notes.delete(uri);
      } else {
        const extracted = extractNote(uri, gen.note(), { catalog: kept.catalog });
        const note = gen.chance(0.15) ? oddIds(extracted, `${round}`) : extracted;
        kept.put(note);
        notes.delete(uri);
        notes.set(uri, note);
      }
      // Every talk and event left is found by its id, as the note says it.
      for (const note of notes.values()) {
        for (const e of note.events) {
          assert.equal(kept.event(e.id)?.event, e, e.id);
          for (const t of e.talks) assert.equal(kept.talk(t.id)?.talk, t, t.id);
        }
      }
      // Asked for now and then, so the reference map is made part way and kept up to date after.
      if (round % 25 === 24) {
        const fresh = new WorkspaceIndex();
        for (const note of notes.values()) fresh.put(note);
        assert.deepEqual(lookups(kept, notes), lookups(fresh, notes), `seed ${seed}, round ${round}`);
      }
    }
  }
});

test('with journaling off, a put keeps no keys: changes since a version before it are not known; after it, they are again', () => {
  const index = new WorkspaceIndex();
  const note = (name: string) => extractNote(`file:///ws/${name}.md`, `# Meetup ${name}\n\n## Talk ${name} - Jane Doe\n\nTerraform.\n`, { catalog: index.catalog });
  index.put(note('a'));
  const before = index.version;
  index.journaling = false;
  index.put(note('b'));
  index.journaling = true;
  const after = index.version;
  assert.equal(index.touchedSince(before), null);
  index.put(note('c'));
  const touched = index.touchedSince(after);
  assert.ok(touched?.has('link:file:///ws/c.md'), 'the put after journaling is back is known');
  assert.ok(!touched?.has('link:file:///ws/b.md'));
  assert.equal(index.touchedSince(before), null);
  const talk = index.note('file:///ws/b.md')?.events[0]?.talks[0];
  assert.ok(talk && index.talk(talk.id)?.talk === talk, 'the note put without journaling is in the index');
});

test('a forgotten journal: changes since a version before it are not known, changes after it are', () => {
  const index = new WorkspaceIndex();
  const note = (name: string) => extractNote(`file:///ws/${name}.md`, `# Meetup ${name}\n\n## Talk ${name} - Jane Doe\n\nTerraform.\n`, { catalog: index.catalog });
  index.put(note('a'));
  const before = index.version;
  index.put(note('b'));
  assert.ok(index.touchedSince(before)?.has('link:file:///ws/b.md'));
  index.forgetJournal();
  const now = index.version;
  assert.equal(index.touchedSince(before), null);
  assert.deepEqual(index.touchedSince(now), new Set());
  index.put(note('c'));
  assert.deepEqual([...(index.touchedSince(now) ?? [])].filter((k) => k.startsWith('link:')), ['link:file:///ws/c.md']);
});

test('the reference map made a step at a time answers as one made on first use; a change between its steps makes it give up', () => {
  const gen = new NoteGen(41);
  const stepped = new WorkspaceIndex();
  const fresh = new WorkspaceIndex();
  const notes = new Map<string, Note>();
  const put = (uri: string, text: string) => {
    const note = extractNote(uri, text, { catalog: stepped.catalog });
    stepped.put(note);
    fresh.put(note);
    notes.delete(uri);
    notes.set(uri, note);
  };
  // Every such note also links to the first note, which goes between two steps below.
  const link = (i: number) => `\n\nSee [the talk](${gen.pick(['', '../', './', '../../'])}d${i % 5}/n${(i * 7) % 600}.md#talk) and [the first](../d0/n0.md).\n`;
  for (let i = 0; i < 600; i++) put(`file:///ws/d${i % 5}/n${i}.md`, gen.note() + (i % 3 === 0 ? link(i) : ''));
  const gaveUp = stepped.referenceMapSteps();
  assert.equal(gaveUp.next().done, false);
  stepped.remove('file:///ws/d0/n0.md');
  fresh.remove('file:///ws/d0/n0.md');
  notes.delete('file:///ws/d0/n0.md');
  assert.equal(gaveUp.next().done, true);
  assert.equal(stepped.referencesMapped, false, 'a change between steps: nothing kept');
  const steps = stepped.referenceMapSteps();
  let count = 0;
  while (!steps.next().done) count++;
  assert.ok(count >= 2, `${count} steps`);
  assert.equal(stepped.referencesMapped, true);
  // Kept up to date after, by puts and removals.
  put('file:///ws/d1/n1.md', gen.note() + link(2));
  stepped.remove('file:///ws/d2/n2.md');
  fresh.remove('file:///ws/d2/n2.md');
  notes.delete('file:///ws/d2/n2.md');
  const result = lookups(stepped, notes) as { references: unknown[] };
  assert.ok(result.references.some((r) => String((r as unknown[])[0]).startsWith('link:')), 'links are among the keys');
  assert.deepEqual(result, lookups(fresh, notes));
});

test('a link to a plain relative path resolves as URL resolves it', () => {
  const gen = new NoteGen(43);
  const bases = ['file:///ws/a/b/c.md', 'file:///C:/notes/x.md', 'file:///c:/n.md', 'file:///ws/%E3%81%82/b.md', 'file:///ws//b/c.md', 'file:///ws/./b/c.md', 'file:///ws/%2E%2e/c.md', 'file:///Z:/a/', 'file:///ws/b@c/d.md', 'file:///c.md'];
  const parts = ['..', '.', 'x', 'y.md', '', '~a', 'a-b_c.d', '...', '.x', '..x', 'a b', '%2e', '#h', 'ü'];
  const byUrl = (base: string, path: string) => {
    const url = new URL(path.replace(/[%#]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase()), base);
    url.hash = '';
    return url.href;
  };
  for (const base of bases) {
    for (let i = 0; i < 400; i++) {
      const path = Array.from({ length: 1 + (i % 5) }, () => gen.pick(parts)).join('/');
      if (path) assert.equal(linkTargetUri(base, path), byUrl(base, path), `${base} + ${path}`);
    }
  }
});
