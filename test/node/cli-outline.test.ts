// `infranotes index` (the outline) prints, with its persistent index or without, what the
// workspace index of the same folder says: each note's events and talks, and the totals.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { indexFolder, type FolderIndex } from '../../server/src/node/folder';
import { projectRoot, samplesDir } from '../support/paths';

const cli = path.join(projectRoot, 'dist', 'cli.js');

/** The outline as the command printed it before it read notes without an index: the reference. */
function expectedOutline(loaded: FolderIndex): string {
  const { index } = loaded;
  const rel = (uri: string) => path.relative(loaded.root, fileURLToPath(uri)).split(path.sep).join('/');
  const compare = new Intl.Collator().compare;
  const out: string[] = [];
  for (const note of index.notes().sort((a, b) => compare(rel(a.uri), rel(b.uri)))) {
    out.push(`${rel(note.uri)}  [${note.language}, ${note.encoding}]`);
    for (const e of note.events) {
      const when = e.date ? (e.endDate ? `${e.date} – ${e.endDate}` : e.date) : 'no date';
      out.push(`  ${e.name}  (${when}${e.location ? `, ${e.location}` : ''})`);
      for (const t of e.talks) {
        const who = t.speakers.map((s) => (s.org ? `${s.name} (${s.org})` : s.name)).join(', ');
        out.push(`    ${t.titleRange.start.line + 1}: ${t.title}${who ? ` — ${who}` : ''}`);
        if (t.tools.length) out.push(`        tools: ${t.tools.map((c) => `${index.catalog.get(c.toolId)?.name ?? c.toolId}×${c.count}`).join(', ')}`);
      }
    }
  }
  out.push('');
  out.push(`${index.size} notes, ${index.events().length} events, ${index.talks().length} talks, ${index.mentionedTools().length} tools mentioned; ${loaded.skipped.length} files skipped`);
  return out.join('\n') + '\n';
}

/** The time it took is the one thing two runs may print differently. */
const withoutTime = (outline: string) => outline.replace(/; \d+ ms( \(\d+ notes from the persistent index\))?\n$/, '\n');

describe('infranotes index', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'infranotes-cli-outline-'));
  const notes = path.join(root, 'notes');
  const env = { ...process.env, XDG_CACHE_HOME: path.join(root, 'cache') };
  after(() => rmSync(root, { recursive: true, force: true }));
  // The sample notes four times over: more notes than the thresholds of the workers and of the hashing thread.
  for (let copy = 0; copy < 4; copy++) cpSync(samplesDir, path.join(notes, `copy-${copy}`), { recursive: true, filter: (src) => !src.endsWith('.json') });
  const run = (...flags: string[]) => execFileSync(process.execPath, [cli, 'index', notes, ...flags], { encoding: 'utf8', env });

  test('prints what the index says, with its persistent index or without', async () => {
    const expected = expectedOutline(await indexFolder(notes));
    const first = run();
    const second = run();
    assert.match(second, /\((\d+) notes from the persistent index\)\n$/);
    assert.equal(withoutTime(first), expected);
    assert.equal(withoutTime(second), expected);
    assert.equal(withoutTime(run('--no-cache')), expected);
  });

  test('a note changed behind the persistent index (same size and time) is printed as it is now', async () => {
    const before = run();
    const file = path.join(notes, 'copy-0', '2024', 'hashiconf-2024.md');
    const stat = statSync(file);
    const text = readFileSync(file, 'utf8');
    // A talk's title, the same length, at the same time.
    assert.ok(text.includes('## Vault at Scale -'));
    writeFileSync(file, text.replace('## Vault at Scale -', '## Vault at Scalf -'));
    utimesSync(file, stat.atime, stat.mtime);
    const expected = expectedOutline(await indexFolder(notes));
    const now = run();
    assert.notEqual(withoutTime(now), withoutTime(before));
    assert.equal(withoutTime(now), expected);
  });

  test('one note file: its part of the folder outline, and the persistent index keeps the folder\'s other notes', () => {
    // At the folder's top, so that the file's folder and the folder share one persistent index.
    const file = path.join(notes, 'hug-tokyo-18.md');
    cpSync(path.join(notes, 'copy-1', '2024', 'hug-tokyo-18.md'), file);
    const folderOutline = withoutTime(run());
    const total = Number(/^(\d+) notes,/m.exec(folderOutline)![1]);
    const one = execFileSync(process.execPath, [cli, 'index', file], { encoding: 'utf8', env });
    const block = (outline: string, name: string) => {
      const lines = outline.split('\n');
      const start = lines.findIndex((l) => l.startsWith(name + '  ['));
      const end = lines.findIndex((l, i) => i > start && !l.startsWith(' '));
      return lines.slice(start + 1, end).join('\n');
    };
    assert.match(one, /^hug-tokyo-18\.md {2}\[ja, /);
    assert.match(one, /^1 notes, /m);
    assert.equal(block(one, 'hug-tokyo-18.md'), block(folderOutline, 'hug-tokyo-18.md'));
    assert.ok(block(one, 'hug-tokyo-18.md').includes('\n    '), 'the note has talks');
    // Reading one note did not drop the folder's other notes from the persistent index.
    assert.match(run(), new RegExp(`\\(${total} notes from the persistent index\\)\\n$`));
  });
});
