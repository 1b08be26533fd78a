// The bundled sample notes, and notes in further layouts (test/fixtures/layouts), against their
// hand-made answer keys (ANSWERS.json in each folder).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { indexFolder, type FolderIndex } from '../../server/src/node/folder';
import { nameKey } from '../../server/src/core/text';
import { fixturesDir, samplesDir } from '../support/paths';

interface ExpectedTalk {
  title: string;
  line: number;
  speakers: Array<{ name: string; org?: string | null }>;
  tools?: string[];
  notTools?: string[];
}
interface ExpectedNote {
  language?: string;
  encoding?: string;
  events: Array<{ name: string; date: string | null; endDate?: string | null; location?: string | null; talks: ExpectedTalk[] }>;
}

function checkAnswers(title: string, dir: string, minOrganisations: number): void {
  const answers = JSON.parse(readFileSync(path.join(dir, 'ANSWERS.json'), 'utf8')) as { notes: Record<string, ExpectedNote> };

describe(title, () => {
  let loaded: FolderIndex;
  before(async () => {
    loaded = await indexFolder(dir);
  });
  const noteAt = (rel: string) => loaded.index.notes().find((n) => path.relative(dir, fileURLToPath(n.uri)).split(path.sep).join('/') === rel);

  for (const [rel, expected] of Object.entries(answers.notes)) {
    test(rel, () => {
      const note = noteAt(rel);
      assert.ok(note, `${rel} was not indexed`);
      if (expected.language) assert.equal(note.language, expected.language, 'language');
      const realEvents = note.events.filter((e) => e.talks.length > 0);
      assert.equal(realEvents.length, expected.events.length, 'number of events with talks');
      expected.events.forEach((ev, i) => {
        const got = realEvents[i];
        assert.equal(got.name, ev.name, 'event name');
        assert.equal(got.date, ev.date, 'event date');
        if (ev.endDate !== undefined) assert.equal(got.endDate, ev.endDate, 'event end date');
        assert.deepEqual(
          got.talks.map((t) => `${t.titleRange.start.line + 1}: ${t.title}`),
          ev.talks.map((t) => `${t.line}: ${t.title}`),
          'talks (line: title)',
        );
        ev.talks.forEach((et, k) => {
          const gt = got.talks[k];
          assert.deepEqual(
            gt.speakers.map((s) => s.name),
            et.speakers.map((s) => s.name),
            `speakers of "${et.title}"`,
          );
          const toolIds = new Set(gt.tools.map((c) => c.toolId));
          for (const name of et.tools ?? []) {
            const tool = loaded.index.catalog.lookup(name);
            if (tool) assert.ok(toolIds.has(tool.id), `"${et.title}" should mention ${name}`);
          }
          for (const name of et.notTools ?? []) {
            const tool = loaded.index.catalog.lookup(name);
            if (tool) assert.ok(!toolIds.has(tool.id), `"${et.title}" must not mention ${name}`);
          }
        });
      });
    });
  }

  test('speaker organisations', () => {
    let checked = 0;
    for (const [rel, expected] of Object.entries(answers.notes)) {
      const note = noteAt(rel)!;
      const talks = note.events.flatMap((e) => e.talks);
      for (const et of expected.events.flatMap((e) => e.talks)) {
        const gt = talks.find((t) => nameKey(t.title) === nameKey(et.title));
        if (!gt) continue;
        for (const es of et.speakers) {
          const gs: { org: string | null } | undefined = gt.speakers.find((s) => s.name === es.name);
          if (gs && es.org) {
            assert.equal(gs.org, es.org, `org of ${es.name} in ${rel}`);
            checked++;
          }
        }
      }
    }
    assert.ok(checked >= minOrganisations, `checked ${checked} organisations`);
  });
});
}

checkAnswers('sample notes', samplesDir, 11);
checkAnswers('notes in further layouts', path.join(fixturesDir, 'layouts'), 30);
