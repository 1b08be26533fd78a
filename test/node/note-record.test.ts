// A note's record (how a note crosses from a worker) gives back exactly the note that was
// written, and a damaged record is refused, never half-read.
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
import { decodeRecord, encodeRecord, type NoteEntry } from '../../server/src/node/note-record';
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

/** A record as it crosses threads: its fields as JSON, its numbers after some other record's. */
function crossing(uri: string, entry: NoteEntry): { json: string; numbers: Int32Array; at: number; count: number; summaryCount: number } {
  const r = encodeRecord(uri, entry);
  const at = 5;
  const numbers = new Int32Array(at + r.data.length + r.summary.length + 3);
  numbers.set(r.data, at);
  numbers.set(r.summary, at + r.data.length);
  return { json: JSON.stringify(r.fields), numbers, at, count: r.data.length, summaryCount: r.summary.length };
}

function roundTrip(uri: string, entry: NoteEntry) {
  const c = crossing(uri, entry);
  const back = decodeRecord(JSON.parse(c.json), c.numbers, c.at, c.count, c.summaryCount);
  assert.ok(back, `${uri}: the record was refused`);
  // Headings cross flat (made into objects when a link asks): compared as objects.
  assert.ok(back.headings.length === 0 || isFlatHeadings(back.headings), 'headings are read flat');
  assert.deepEqual({ ...back, headings: unflattenHeadings(back.headings) }, entry);
  assert.notEqual(back.note.mentions.data.buffer, c.numbers.buffer, 'the numbers are copied out of the batch');
  return c;
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
            {
              id: 'other:#talk-2',
              eventId: `${uri}#event:x`,
              title: '테라폼 모듈 버전 관리',
              speakers: [],
              titleRange: r(7),
              bodyRange: r(8),
              tools: [],
              otherTitle: 'How we manage Terraform module versions',
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

  test('a damaged record is refused, whatever character or number is damaged', () => {
    const file = files(samplesDir).find((f) => f.endsWith('.md'))!;
    const uri = pathToFileURL(file).href;
    const text = readFileSync(file, 'utf8');
    const c = roundTrip(uri, entryOf(uri, extractNote(uri, text, { catalog, plainText: false })));
    assert.ok(c.count > 0, 'the sample has mentions');
    const read = (json: string, numbers: Int32Array, at: number = c.at, count: number = c.count, summaryCount: number = c.summaryCount) => {
      let fields: unknown;
      try {
        fields = JSON.parse(json);
      } catch {
        return null;
      }
      // Never throws; either refused or still a complete entry.
      return decodeRecord(fields, numbers, at, count, summaryCount);
    };
    let refused = 0;
    let tried = 0;
    for (let i = 0; i < c.json.length; i += Math.max(1, Math.floor(c.json.length / 400))) {
      const damaged = c.json.slice(0, i) + String.fromCharCode(c.json.charCodeAt(i) ^ 0x25) + c.json.slice(i + 1);
      tried++;
      if (!read(damaged, c.numbers)) refused++;
    }
    assert.ok(refused > tried / 4, `only ${refused} of ${tried} records with a damaged character were refused`);
    refused = 0;
    tried = 0;
    for (let i = c.at; i < c.at + c.count + c.summaryCount; i++) {
      const damaged = c.numbers.slice();
      damaged[i] = i % 2 ? -7 : 1 << 20;
      tried++;
      if (!read(c.json, damaged)) refused++;
    }
    assert.ok(refused > tried / 4, `only ${refused} of ${tried} records with a damaged number were refused`);
    assert.equal(read(c.json, c.numbers.subarray(0, c.at + c.count)), null, 'numbers cut short');
    assert.equal(read(c.json, c.numbers, c.at, c.count + 1), null, 'a count that is not whole mentions');
    assert.equal(read(c.json, c.numbers, -1), null, 'a negative place');
  });
});
