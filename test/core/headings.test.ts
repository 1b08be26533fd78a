// markdownHeadings reads only the lines that could be markup; it must find exactly what reading
// every line (the plain definition below) finds, on any text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { FeatureContext, markdownHeadings } from '../../server/src/core/features/context';
import { headingAnchor } from '../../server/src/core/text';

/** The definition: every line split out, front matter and fences skipped, ATX headings with GitHub anchors. */
function headingsOfEveryLine(text: string): Array<{ line: number; anchor: string }> {
  const lines = text.split(/\r\n|\r|\n/);
  const out: Array<{ line: number; anchor: string }> = [];
  const used = new Map<string, number>();
  let fence: string | null = null;
  let i = 0;
  if (lines[0] === '---') {
    const end = lines.indexOf('---', 1);
    if (end > 0) i = end + 1;
  }
  for (; i < lines.length; i++) {
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(lines[i]);
    if (f) {
      if (!fence) fence = f[1][0];
      else if (f[1][0] === fence) fence = null;
      continue;
    }
    if (fence) continue;
    const m = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/.exec(lines[i]);
    if (!m) continue;
    const base = headingAnchor((m[2] ?? '').replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1'));
    const n = used.get(base) ?? 0;
    used.set(base, n + 1);
    out.push({ line: i, anchor: n ? `${base}-${n}` : base });
  }
  return out;
}

const pieces = [
  '', '---', '--- ', 'title: Vault', '# Heading', '## 쿠버네티스 운영기', '### Terraform [slides](s.pdf) ##', '   # three spaces', '    # four spaces',
  '#no heading', '####### seven', '```', '```yaml', '~~~', '  ~~~~', '````', '`inline`', 'text', '- item', '-', '# ', '#', '# Heading', 'テラフォーム入門',
];
const eol = fc.constantFrom('\n', '\r\n', '\r');
const doc = fc
  .tuple(fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pieces) }, { weight: 1, arbitrary: fc.string({ maxLength: 5 }) }), { maxLength: 30 }), eol, fc.boolean())
  .map(([ls, nl, last]) => ls.join(nl) + (last ? nl : ''));

test('markdownHeadings finds what reading every line finds', () => {
  fc.assert(fc.property(doc, (text) => assert.deepEqual(markdownHeadings(text), headingsOfEveryLine(text))), { numRuns: 3000 });
});

test('markdownHeadings: front matter, fences, repeated anchors', () => {
  const text = ['---', 'title: x', '---', '# Vault', '```', '# not a heading', '```', '# Vault', '## Consul ##'].join('\n');
  assert.deepEqual(markdownHeadings(text), [
    { line: 3, anchor: 'vault' },
    { line: 7, anchor: 'vault-1' },
    { line: 8, anchor: 'consul' },
  ]);
});

test("an open note's headings are the ones of its last text, made when asked for, also after its text is let go", () => {
  const ctx = new FeatureContext();
  const uri = 'file:///notes/open.md';
  ctx.updateNote({ uri, text: '# Conf\n\n## Old talk\n', plainText: false }, true);
  ctx.updateNote({ uri, text: '# Conf\n\n## New talk\n\n## New talk\n', plainText: false }, true);
  assert.deepEqual(ctx.headings(uri), markdownHeadings('# Conf\n\n## New talk\n\n## New talk\n'));
  ctx.updateNote({ uri, text: '# Renamed\n', plainText: false }, true);
  // Closed: the kept text goes (the note is read again from disk after).
  ctx.setText(uri, undefined);
  assert.deepEqual(ctx.headings(uri), [{ line: 0, anchor: 'renamed' }]);
  // Read from disk (not kept): made at once, as before.
  ctx.updateNote({ uri, text: '## From disk\n', plainText: false });
  assert.deepEqual(ctx.headings(uri), [{ line: 0, anchor: 'from-disk' }]);
});
