// Every encoding fixture decodes to the expected label and text; binaries are skipped with a reason.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { Catalog } from '../../server/src/core/catalog/catalog';
import { controlBytes, decodeNote } from '../../server/src/core/decode';
import { extractNote } from '../../server/src/core/extract/note';
import { fixturesDir } from '../support/paths';

const dir = path.join(fixturesDir, 'encodings');
const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as {
  files: Record<string, { encoding: string; event?: { name: string; date: string }; talks?: Array<{ title: string; line: number; tools: string[] }> }>;
};
const catalog = Catalog.builtin();

for (const [file, want] of Object.entries(expected.files)) {
  test(`decodes ${file} as ${want.encoding}`, () => {
    const decoded = decodeNote(readFileSync(path.join(dir, file)));
    if (want.encoding === 'binary') {
      assert.equal(decoded.kind, 'skipped');
      assert.match((decoded as { reason: string }).reason, /binary/);
      return;
    }
    assert.equal(decoded.kind, 'text');
    if (decoded.kind !== 'text') return;
    assert.equal(decoded.encoding, want.encoding);
    assert.ok(!decoded.text.includes('\uFEFF'), 'no BOM left in the text');
    const note = extractNote(`file:///${file}`, decoded.text, { catalog, plainText: !file.endsWith('.md') });
    if (want.event) assert.equal(note.events[0].name, want.event.name);
    for (const t of want.talks ?? []) {
      const talk = note.events[0].talks.find((x) => x.title === t.title);
      assert.ok(talk, `talk "${t.title}" in ${file}`);
      assert.equal(talk.titleRange.start.line + 1, t.line);
      for (const name of t.tools) {
        const tool = catalog.lookup(name);
        assert.ok(tool && talk.tools.some((c) => c.toolId === tool.id), `${name} in "${t.title}"`);
      }
    }
  });
}

test('a Korean UTF-8 note with one damaged byte stays Korean (not a legacy guess)', () => {
  const bytes = Buffer.from('# 하시코프 밋업\n\n## 헬름 차트 정리하기 - 김민수 (토스)\n테라폼과 헬름 이야기. 쿠버네티스 운영.\n'.repeat(3), 'utf8');
  bytes[20] = 0xff;
  const decoded = decodeNote(bytes);
  assert.equal(decoded.kind, 'text');
  if (decoded.kind !== 'text') return;
  assert.equal(decoded.encoding, 'utf-8 (invalid bytes replaced)');
  assert.ok(decoded.text.includes('헬름 차트 정리하기'), decoded.text.slice(0, 80));
});

test('control bytes: four at a time, as one at a time counts them, at every alignment', () => {
  const reference = (head: Uint8Array): number => {
    let control = 0;
    for (const b of head) {
      if (b === 0) return -1;
      if (b < 8 || (b > 13 && b < 27) || (b > 27 && b < 32)) control++;
    }
    return control;
  };
  const bytes = fc.array(fc.oneof(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 40 }), fc.constantFrom(10, 13, 9, 27, 0x41, 0xe3)), { maxLength: 64 });
  fc.assert(
    fc.property(bytes, fc.nat({ max: 7 }), (list, offset) => {
      const buffer = new Uint8Array(list.length + 8);
      buffer.set(list, offset);
      const head = buffer.subarray(offset, offset + list.length);
      assert.equal(controlBytes(head), reference(head));
    }),
    { numRuns: 3000 },
  );
});
