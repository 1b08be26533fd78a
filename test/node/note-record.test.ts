// A note's record (what crosses from a worker and what the persistent index stores) gives back
// exactly the note that was written, and a damaged record is refused, never half-read.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { Catalog } from '../../server/src/core/catalog/catalog';
import { decodeNote } from '../../server/src/core/decode';
import { extractNote } from '../../server/src/core/extract/note';
import { isFlatHeadings, markdownHeadings, unflattenHeadings } from '../../server/src/core/features/context';
import { storedNote } from '../../server/src/core/mentions';
import type { Note } from '../../server/src/core/model';
import { readRecord, recordBytes, type NoteEntry } from '../../server/src/node/note-record';
import { fixturesDir, samplesDir } from '../support/paths';

const catalog = Catalog.builtin();

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

function entryOf(uri: string, note: Note, headings = markdownHeadings('')): NoteEntry {
  return { size: 123, mtimeMs: 1700000000123.5, hash: 'a'.repeat(40), headings, note: storedNote(note) };
}

function roundTrip(uri: string, entry: NoteEntry) {
  const bytes = recordBytes(uri, entry);
  assert.equal(bytes.length % 4, 0, 'a record takes a multiple of 4 bytes');
  const back = readRecord(bytes, 0, bytes.length);
  assert.ok(back, `${uri}: the record was refused`);
  const { record, ...read } = back;
  // Headings cross flat (made into objects when a link asks): compared as objects.
  assert.ok(read.headings.length === 0 || isFlatHeadings(read.headings), 'headings are read flat');
  const rest = { ...read, headings: unflattenHeadings(read.headings) };
  assert.deepEqual(rest, entry);
  assert.deepEqual([...record], [...bytes]);
  return bytes;
}

describe('note records', () => {
  test('every sample and fixture note comes back as it was extracted', () => {
    let notes = 0;
    let talks = 0;
    for (const file of [...files(samplesDir), ...files(fixturesDir)]) {
      const decoded = decodeNote(readFileSync(file));
      if (decoded.kind !== 'text') continue;
      const uri = pathToFileURL(file).href;
      const note = extractNote(uri, decoded.text, { catalog, plainText: file.endsWith('.txt'), encoding: decoded.encoding });
      roundTrip(uri, entryOf(uri, note, markdownHeadings(decoded.text)));
      notes++;
      talks += note.events.reduce((n, e) => n + e.talks.length, 0);
    }
    assert.ok(notes >= 20 && talks >= 50, `only ${notes} notes with ${talks} talks were checked`);
  });

  test('ids outside the note, strings that look relative, every shape of speaker', () => {
    const uri = 'file:///notes/%ED%95%9C%EA%B8%80.md';
    const r = (l: number) => ({ start: { line: l, character: 0 }, end: { line: l, character: 5 } });
    const note: Note = {
      uri,
      language: 'mixed',
      encoding: 'utf-8',
      lineCount: 9,
      events: [
        {
          id: `${uri}#event:x`,
          name: '#해시',
          date: '2024-05',
          endDate: null,
          location: '\u0001odd',
          nameRange: r(0),
          range: r(0),
          talks: [
            {
              id: 'other:#talk',
              eventId: 'file:///elsewhere.md#event:y',
              title: '테라폼을 쓰다',
              speakers: [{ name: 'A', org: null }, { name: 'B', org: 'C', handle: '@b' }, { name: 'D', org: null, role: 'SRE' }, { name: 'E', org: 'F', handle: 'e', role: 'CTO' }],
              titleRange: r(1),
              bodyRange: r(2),
              tools: [{ toolId: 'terraform', count: 2 }],
            },
          ],
        },
      ],
      mentions: [
        { toolId: 'terraform', text: '#terraform', range: r(3), talkId: 'other:#talk' },
        { toolId: 'terraform', text: '\u0001テラフォーム', range: r(4), talkId: null },
      ],
      references: [{ kind: 'wiki', text: '[[x#y]]', range: r(5), target: { event: 'x', talk: 'y' } }],
      tags: ['a'],
      frontMatterTools: ['terraform'],
      problems: [{ range: r(6), message: 'bad' }],
    };
    roundTrip(uri, entryOf(uri, note, [{ line: 2, anchor: 'x' }]));
  });

  test('a damaged record is refused, whatever byte is damaged', () => {
    const file = files(samplesDir).find((f) => f.endsWith('.md'))!;
    const uri = pathToFileURL(file).href;
    const text = readFileSync(file, 'utf8');
    const bytes = roundTrip(uri, entryOf(uri, extractNote(uri, text, { catalog, plainText: false })));
    let refused = 0;
    for (let i = 0; i < bytes.length; i += Math.max(1, Math.floor(bytes.length / 400))) {
      const damaged = Buffer.from(bytes);
      damaged[i] ^= 0xa5;
      // Never throws; either refused or still a complete entry.
      const back = readRecord(damaged, 0, damaged.length);
      if (!back) refused++;
    }
    assert.ok(refused > 0, 'no damaged record was refused');
    assert.equal(readRecord(bytes.subarray(0, bytes.length - 4), 0, bytes.length - 4), null, 'a truncated record');
  });
});
