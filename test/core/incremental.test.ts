// Parsing again after an edit (structure.ts: markdown-it run on the changed blocks only; note.ts:
// what an extraction of the same note before can lend) must give exactly what a full parse gives.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { extractNote, forgetPreviousExtractions, reuseSettings } from '../../server/src/core/extract/note';
import MarkdownIt from 'markdown-it';
import { blockState, parseStructure, type NoteStructure } from '../../server/src/core/structure';
import { LineTable } from '../../server/src/core/text';
import { catalog } from './properties';

/** Lines that start, end, continue or interrupt markdown blocks, in every way the block rules read. */
const linePieces = [
  '', '', '', '  ', '\t', '# Heading', '## Kubernetes at scale - Jane Doe (Acme)', '### Vault 운영기 — 김철수 (카카오)', '#no heading', 'Title',
  '===', '---', '***', '- - -', '- item', '- Terraform 도입 - 山田 太郎', '* star', '+ plus', '1. one', '2) two', '10. ten', '  - nested', '    - deep',
  '   indented 3', '    code line', '\tcode tab', '> quote', '> - quoted item', '>', '| a | b |', '|---|---|', '| --- | :-: |', 'a | b', '-|-',
  '| 10:00 | Opening | Jane |', '```', '```yaml', '[me] [2:14] ```', 'code below ```yaml', '~~~', '````', '<div>', '</div>', '<!-- comment', '-->', '<script>', '</script>', '<pre>',
  '[ref]: /url', '[ref]: /url "title', 'continued title"', '[a]:', '  /dest', "'title'", 'Plain paragraph text with Consul and vault.',
  'Speaker: Emily Chen — Staff Engineer at HashiCorp', '登壇者：佐藤 大輔', '10:00 Opening keynote (Jane Doe)', '- Back to top', 'Related posts',
  '\\# escaped', '<https://example.com>', '[[Wiki link]]', '[link](other.md#talk)', '    ', 'text\u0000nul', '・ bullet', '• Bullet — Name', '■ 테라폼 모듈', '  - 발표 : 김민준', '「Terraform の前半', '  後半」', '2.1.  A title wrapped after', '      its first line', 'Title that leads on to the', '登壇者：山口（株式会社', '------------------------', ' 2. "Boxed title of', '    the section"', '    TITLE    Boring Infrastructure Is a Feature', '    SPEAKER  Ana Lima, SRE Lead — Acme Corp',
];
const line = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...linePieces) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) });
const lines = fc.array(line, { maxLength: 40 });
const eol = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');
const doc = fc.tuple(lines, eol, fc.boolean(), fc.boolean()).map(([ls, nl, frontMatter, finalNewline]) => {
  const body = (frontMatter ? ['---', 'title: T', 'tags: [vault]', '---', ...ls] : ls).join(nl);
  return finalNewline ? body + nl : body;
});

/** An edit of a text (each step of the tests makes one to three at once): some lines replaced by others, or characters inserted or removed somewhere. */
type Edit = { lines: true; at: number; remove: number; insert: string[]; nl: string } | { lines: false; at: number; remove: number; insert: string };
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ lines: fc.constant(true as const), at: fc.nat(), remove: fc.nat({ max: 4 }), insert: lines.map((ls) => ls.slice(0, 4)), nl: eol }),
  fc.record({
    lines: fc.constant(false as const),
    at: fc.nat(),
    remove: fc.nat({ max: 6 }),
    insert: fc.oneof(fc.constantFrom(...linePieces, '\n', '\n\n', '|', '`', '#', '- ', ' ', ']', '"'), fc.string({ maxLength: 4 })),
  }),
);

function apply(text: string, e: Edit): string {
  if (e.lines) {
    const ls = text.split(/\r\n|\r|\n/);
    ls.splice(e.at % (ls.length + 1), e.remove, ...e.insert);
    return ls.join(e.nl);
  }
  const i = e.at % (text.length + 1);
  return text.slice(0, i) + e.insert + text.slice(i + e.remove);
}

function plainStructure(s: NoteStructure): unknown {
  return { lines: s.lines, info: s.info.map((li) => ({ ...li })), frontMatter: s.frontMatter, roots: s.roots, plainText: s.plainText };
}

function sameAsFull(previous: NoteStructure, text: string, plainText: boolean): NoteStructure {
  const again = parseStructure(text, { plainText }, previous);
  const full = parseStructure(text, { plainText });
  assert.deepEqual(plainStructure(again), plainStructure(full), `structure of ${JSON.stringify(text)}`);
  return again;
}

test('structure parsed again after edits equals a full parse (random documents and edits)', () => {
  fc.assert(
    fc.property(doc, fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 }), fc.boolean(), (text, edits, plainText) => {
      let previous = parseStructure(text, { plainText });
      let current = text;
      for (const e of edits) {
        current = e.reduce(apply, current);
        previous = sameAsFull(previous, current, plainText);
      }
    }),
    { numRuns: 1500 },
  );
});

// The real notes of the project, large enough that most of them is reused.
const sampleDir = path.join(__dirname, '../../../samples');
const samples: string[] = [];
(function walk(dir: string) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.(md|txt)$/.test(e.name)) samples.push(p);
  }
})(sampleDir);

test('structure parsed again after edits of the sample notes equals a full parse', () => {
  assert.ok(samples.length >= 5);
  const texts = samples.map((f) => fs.readFileSync(f, 'utf8'));
  fc.assert(
    fc.property(fc.nat(), fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }), (which, edits) => {
      const plainText = samples[which % samples.length].endsWith('.txt');
      let current = texts[which % texts.length];
      let previous = parseStructure(current, { plainText });
      for (const e of edits) {
        current = e.reduce(apply, current);
        previous = sameAsFull(previous, current, plainText);
      }
    }),
    { numRuns: 500 },
  );
});

test('sameLineTables: the block state\'s line tables are the ones markdown-it\'s constructor makes', () => {
  const md = new MarkdownIt();
  const State = (md.block as unknown as { State: new (src: string, md: unknown, env: unknown, tokens: unknown[]) => Record<string, unknown> }).State;
  // Ours are views of reused typed arrays: compared as the numbers they hold.
  const numbers = (v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as Int32Array) : v);
  const tables = (st: Record<string, unknown>) => ({ bMarks: numbers(st.bMarks), eMarks: numbers(st.eMarks), tShift: numbers(st.tShift), sCount: numbers(st.sCount), bsCount: numbers(st.bsCount), lineMax: st.lineMax });
  const source = fc.array(fc.oneof(fc.constantFrom('\n', ' ', '  ', '\t', 'a', '    b', ' \t c', '\n\n', '\u3000', '\u00a0'), fc.string({ maxLength: 3 })), { maxLength: 30 }).map((p) => p.join('').replace(/\r\n?/g, '\n'));
  fc.assert(
    fc.property(source, (src) => {
      assert.deepEqual(tables(blockState(md, src, []) as unknown as Record<string, unknown>), tables(new State(src, md, {}, [])));
      // Told the line table's count (as parseStructure does), it makes the same tables.
      assert.deepEqual(tables(blockState(md, src, [], 0, new LineTable(src).lineCount) as unknown as Record<string, unknown>), tables(new State(src, md, {}, [])));
    }),
    { numRuns: 3000 },
  );
  for (const src of ['', ' ', '\n', 'a', '  ', 'a\n  ', 'a\n\t', '\t\tx\n']) assert.deepEqual(tables(blockState(md, src, []) as unknown as Record<string, unknown>), tables(new State(src, md, {}, [])));
  // Past the kept tables' size (64K lines), tables are made at the size asked for: a count one short would lose the last line.
  const long = 'a\n  b\n\n\tc'.repeat(34_000);
  assert.deepEqual(tables(blockState(md, long, [], 0, new LineTable(long).lineCount) as unknown as Record<string, unknown>), tables(new State(long, md, {}, [])));
});

test('an HTML block in a list item under an edited paragraph: parsed as a full parse does (found by the property above)', () => {
  const before = '# Meetup\n\n## Consul\n최서연, 라인플러스 (SRE)\n\n- <script>Eureka에서 Consul로\n- 사이드카는 Envoy.\n- ACL 토큰\n\n## Next\ntext\n';
  const after = '# Meetup\n\n[a]:\n- <script>Eureka에서 Consul로\n- 사이드카는 Envoy.\n- ACL 토큰\n\n## Next\ntext\n';
  sameAsFull(parseStructure(before, {}), after, false);
});

test('a block right after another, whose kind an edit changed: parsed again, not kept (found by the property above)', () => {
  // ("- - </div>" interrupted the paragraph "[a]:" before; after the blank line inserted, it follows a list "10. ten".)
  const before = '[a]:\n10. ten\n- - </div>';
  sameAsFull(parseStructure(before, {}), '[a]:\n\n10. ten\n- - </div>', false);
});

test('posts separated by "---" and an outliner\'s page, edited: parsed as a full parse does (both are decided by the whole note)', () => {
  const posts = ['# Posts', '', '---', 'first post #tag', '---', 'second post', 'and its second line', '---', 'third post', '---', 'fourth'];
  for (const [at, text] of [[3, 'first post edited'], [5, 'Title'], [9, '---'], [2, '']] as const) {
    const edited = posts.slice();
    edited[at] = text;
    sameAsFull(parseStructure(posts.join('\n'), {}), edited.join('\n'), false);
  }
  // (An edit far from the first "---" lines that makes "---" a separator: those lines change too; found by the property above.)
  const before = 'title: T\ntags: [vault]\n---\n---\n\n1. one\n> - quoted item\n\n';
  sameAsFull(parseStructure(before, {}), before.replace('> - quoted item\n', '> - quoted item\n---\n'), false);
  const outline = ['# Day', '', '- KubeCon — day 1', '    - Talk A by Ann Lee (Acme)', '        - note', '    - Talk B by Bo Kim (Beta)', '        - note', '    - lunch', '    - Talk C by Cy Park (Cee)', '        - note', '- thoughts'];
  for (const [at, text] of [[8, '    - Talk C'], [4, ''], [9, '        - note edited'], [10, '- thoughts, edited']] as const) {
    const edited = outline.slice();
    edited[at] = text;
    sameAsFull(parseStructure(outline.join('\n'), {}), edited.join('\n'), false);
    sameAsFull(parseStructure(edited.join('\n'), {}), outline.join('\n'), false);
  }
});

test('parsing again reuses the lines outside the edit', () => {
  const text = ['# Event', '', '## Talk one - Jane Doe', '', 'Terraform and Vault.', '', '## Talk two - John Roe', '', '- Consul', '- Nomad', ''].join('\n');
  const before = parseStructure(text);
  const after = parseStructure(text.replace('Nomad', 'Packer'), {}, before);
  assert.equal(after.info[2], before.info[2]);
  assert.notEqual(after.info[9], before.info[9]);
  assert.equal(after.info[9].content, 'Packer');
  // A fence opened near the top, closed at the end, changes every block between.
  const closed = text.replace('Terraform and Vault.', '```') + '```\n';
  const fenced = parseStructure(closed, {}, before);
  assert.deepEqual(plainStructure(fenced), plainStructure(parseStructure(closed)));
  assert.equal(fenced.info[8].kind, parseStructure('```\n- Consul\n```').info[1].kind);
  // Left open, it is a line of text (no fence hides the rest of a note); closed by a later edit, a fence again.
  const open = parseStructure(text.replace('Terraform and Vault.', '```'), {}, before);
  assert.equal(open.info[8].kind, before.info[8].kind);
  assert.deepEqual(plainStructure(parseStructure(closed, {}, open)), plainStructure(parseStructure(closed)));
});

test('extraction after an edit of a title\'s second speaker line equals a full extraction (a line\'s reading kept by its text is not changed in place; found by the property below)', () => {
  const saved = reuseSettings.minChars;
  reuseSettings.minChars = 0;
  try {
    const uri = 'file:///notes/speakers.md';
    const before = '# Meetup 2023\n\n「Terraformでマルチアカウント環境を整える」\n山田 太郎 様, 株式会社サンプル\nSpeaker: Emily Chen — Staff Engineer at HashiCorp\n- Terraform のモジュール\n';
    const after = before.replace('\nSpeaker: Emily', '\n!Speaker: Emily');
    forgetPreviousExtractions();
    extractNote(uri, before, { catalog });
    const again = JSON.stringify(extractNote(uri, after, { catalog }));
    forgetPreviousExtractions();
    assert.equal(again, JSON.stringify(extractNote(uri, after, { catalog })));
  } finally {
    reuseSettings.minChars = saved;
    forgetPreviousExtractions();
  }
});

test('extraction after an edit equals a full extraction (sample notes, random edits)', () => {
  const saved = reuseSettings.minChars;
  reuseSettings.minChars = 0;
  try {
    const texts = samples.map((f) => fs.readFileSync(f, 'utf8'));
    fc.assert(
      fc.property(fc.nat(), fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }), (which, edits) => {
        const file = samples[which % samples.length];
        const options = { catalog, plainText: file.endsWith('.txt') };
        const uri = 'file:///notes/' + path.basename(file);
        let current = texts[which % texts.length];
        forgetPreviousExtractions();
        extractNote(uri, current, options);
        for (const e of edits) {
          current = e.reduce(apply, current);
          const again = JSON.stringify(extractNote(uri, current, options));
          forgetPreviousExtractions();
          const full = JSON.stringify(extractNote(uri, current, options));
          assert.equal(again, full);
        }
      }),
      { numRuns: 300 },
    );
  } finally {
    reuseSettings.minChars = saved;
    forgetPreviousExtractions();
  }
});

test('a line at the margin after an indented plain bullet, edited above: parsed as a full parse does (found by the property above, against a first reading of such lines in the structure)', () => {
  sameAsFull(parseStructure('    - deep\n>', { plainText: true }), '!    - deep\n>', true);
  sameAsFull(parseStructure('Meetup\n\t• note\nセッション1　Title — 西村 遼（Org）\n\t• more', { plainText: true }), 'Meetup!\n\t• note\nセッション1　Title — 西村 遼（Org）\n\t• more', true);
});

test('a dash list right under a plain bullet ("■ Title" then "  - 발표 : Name"), the bullet edited: parsed as a full parse does', () => {
  const lines = ['# 밋업', '', 'intro', '■ 테라폼 모듈 설계', '  - 발표 : 김민준 (토스)', '  - 메모', '■ Vault 운영', '  - 발표 : 이서연', '', 'end'];
  for (const [at, text] of [[3, '테라폼 모듈 설계'], [3, '■ 테라폼 모듈'], [6, '■'], [2, '■ intro'], [5, '- 메모'], [6, 'Vault 운영']] as const) {
    const edited = lines.slice();
    edited[at] = text;
    sameAsFull(parseStructure(lines.join('\n'), {}), edited.join('\n'), false);
    sameAsFull(parseStructure(edited.join('\n'), {}), lines.join('\n'), false);
  }
});

test('a line boxed in by long rules, a rule or the line beside it edited: parsed as a full parse does', () => {
  const rule = '-'.repeat(40);
  const lines = ['Digest', '', rule, ' 1. "Title of the first', '    talk"', rule, '    Name, Org', '', 'text', '', rule, ' 2. Second', rule, 'end'];
  for (const [at, text] of [[2, ''], [5, 'not a rule'], [12, '---'], [11, ' 2. Second edited'], [4, '    talk" and more'], [10, 'x']] as const) {
    const edited = lines.slice();
    edited[at] = text;
    sameAsFull(parseStructure(lines.join('\n'), { plainText: true }), edited.join('\n'), true);
    sameAsFull(parseStructure(edited.join('\n'), { plainText: true }), lines.join('\n'), true);
  }
});

test('an indented block made prose or code by an edit: parsed as a full parse does (a prose block is read moved left)', () => {
  const page = ['# Summit', '', '    TITLE    Boring Infrastructure Is a Feature', '    SPEAKER  Ana Lima, SRE Lead — Acme Corp', '', 'notes on Vault', '', '    terraform plan'];
  for (const [at, text] of [[2, '    x = 1;'], [3, '    SPEAKER  Ana Lima — Acme Corp'], [5, 'notes on Vault, edited'], [6, '    TITLE    Another Card Entirely Here'], [1, 'intro']] as const) {
    const edited = page.slice();
    edited[at] = text;
    sameAsFull(parseStructure(page.join('\n'), {}), edited.join('\n'), false);
    sameAsFull(parseStructure(edited.join('\n'), {}), page.join('\n'), false);
  }
});

test('a MkDocs admonition made or unmade by an edit: parsed as a full parse does (its body is read moved left only while its first line is there)', () => {
  const page = ['# KubeCon', '', '!!! note "Title"', '    **Speaker:** Ann Lee (Acme)', '', '    - Cilium notes', '', 'after'];
  for (const [at, text] of [[2, 'note "Title"'], [5, '    - Cilium notes, edited'], [7, 'after, edited']] as const) {
    const edited = page.slice();
    edited[at] = text;
    sameAsFull(parseStructure(page.join('\n'), {}), edited.join('\n'), false);
    sameAsFull(parseStructure(edited.join('\n'), {}), page.join('\n'), false);
  }
});
