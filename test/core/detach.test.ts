// A kept note must not keep the text it was read from alive (detach.ts): each edit of a long note
// makes a new text, and a title kept by a memo used to keep its whole version in memory.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getHeapSnapshot } from 'node:v8';
import { detached } from '../../server/src/core/extract/detach';
import { extractNote, forgetPreviousExtractions } from '../../server/src/core/extract/note';
import type { Note } from '../../server/src/core/model';
import { Catalog } from '../../server/src/core/catalog/catalog';

const MARKER = 'Detach marker conference notes';
const catalog = Catalog.builtin();

/** A note of ~60 KB with talks, speakers, links and mentions; only its note is returned. */
function extractLongNote(): Note {
  const parts = [`# ${MARKER} ${Date.now()}`, '', 'Date: 2024-05-01', 'Location: Seoul Convention Center, Hall B', ''];
  for (let i = 0; i < 300; i++) {
    parts.push(`## Operating Terraform at scale, part ${i} - Jane Doe (Example Networks)`, '', `We moved from Jenkins to GitHub Actions in ${i} weeks; see [the details](other-note.md#section-number-${i}) and [[Kubernetes Day#Cluster upgrades ${i}]].`, '');
  }
  const note = extractNote('file:///notes/long.md', parts.join('\n'), { catalog });
  forgetPreviousExtractions();
  // The parser's scratch token holds the last text it read (one text, whichever it is): another note.
  extractNote('file:///notes/short.md', '# Short\n\nNothing here.\n', { catalog });
  return note;
}

/** The largest string in the heap that starts with `prefix` (its size in bytes). */
async function largestStringStartingWith(prefix: string): Promise<number> {
  return Math.max(0, ...(await stringsStartingWith(prefix)));
}

/** The sizes in bytes of the strings in the heap that start with `prefix`. */
function stringsStartingWith(prefix: string): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const stream = getHeapSnapshot();
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('error', reject);
    stream.on('end', () => {
      const snap = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[]; strings: string[] };
      const fields = snap.snapshot.meta.node_fields;
      const n = fields.length;
      const typeAt = fields.indexOf('type');
      const nameAt = fields.indexOf('name');
      const sizeAt = fields.indexOf('self_size');
      const stringType = snap.snapshot.meta.node_types[0].indexOf('string');
      const sizes: number[] = [];
      for (let i = 0; i < snap.nodes.length; i += n) {
        if (snap.nodes[i + typeAt] !== stringType) continue;
        if (snap.strings[snap.nodes[i + nameAt]].startsWith(prefix)) sizes.push(snap.nodes[i + sizeAt]);
      }
      resolve(sizes);
    });
  });
}

test('detached: the same characters', () => {
  const text = 'Operating Terraform at scale, with a long enough title';
  for (const s of ['', 'short', text, text.slice(3, 40), text.slice(10), '한국어 제목이 충분히 길다면 어떻게 될까요']) assert.equal(detached(s), s);
});

test('a note extracted from a long text does not keep the text alive', async () => {
  const note = extractLongNote();
  assert.ok(note.events[0].talks.length >= 300, 'the note has its talks');
  assert.ok(note.references.length >= 300, 'the note has its references');
  // The note is kept (as the index keeps it) and the text is not: no string as long as the text remains.
  const largest = await largestStringStartingWith(`# ${MARKER}`);
  assert.ok(largest < 10_000, `a ${largest}-byte string from the note's text is still alive`);
  assert.match(note.events[0].talks[299].title, /^Operating Terraform at scale, part 299\b/);
  assert.ok(note.events[0].talks[299].speakers.length > 0, 'the talk has its speaker');
});

/** A long note's text (about 37K characters) after `edits` edits, each of another line (every version starts with the same line). */
function editedText(edits: number): string {
  const parts = [`# ${MARKER} edits`, '', 'Date: 2024-05-01', ''];
  for (let i = 0; i < 300; i++) parts.push(`## Operating Terraform at scale, part ${i} - Jane Doe (Example Networks)`, '', `We moved from Jenkins to GitHub Actions in ${i} weeks.`, '');
  for (let k = 1; k <= edits; k++) parts[4 + 4 * 10 * k + 2] = `We moved from Jenkins to Argo CD in ${k} weeks, edit ${k}.`;
  return parts.join('\n');
}

test('edits of a long note on different lines do not keep the texts of earlier edits alive', async () => {
  const uri = 'file:///notes/edited.md';
  forgetPreviousExtractions();
  try {
    // Each edit changes one more line; the unchanged lines are reused from the previous extraction.
    for (let k = 0; k <= 6; k++) extractNote(uri, editedText(k), { catalog });
    const texts = (await stringsStartingWith(`# ${MARKER} edits`)).filter((size) => size > 10_000);
    // The first text (its lines are reused ever since) and the last one (kept for the next edit); a
    // changed line made as a slice of its version's text kept that version too (all 7 of them).
    // Two more are allowed: about one run in six of this file found a third version alive, held by
    // something of V8's own that the snapshot's collections had not cleared yet, and run after the
    // other core tests (session 26) it failed 2 runs in 8 with that bound. The fault it guards
    // against keeps all 7.
    assert.ok(texts.length <= 4, `${texts.length} versions of the text are alive`);
  } finally {
    forgetPreviousExtractions();
  }
});
