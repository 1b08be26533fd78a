// A line's content is read with character tests; it must be what the regexes it replaced read.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { LineKind, fillContent, parseStructure, stripInline, type LineInfo } from '../../server/src/core/structure';

const PLAIN_BULLET = /^(\s*)(([•◦▪▫▸►‣⁃○●■□◆◇・※→➔➤✓✔✅])\3{0,2}|\\?[-*+]\s|o\s(?=\S))\s*/u;

/** The regex reading this replaced. */
function referenceContent(raw: string, li: LineInfo): void {
  let start = 0;
  let s = raw;
  if (li.kind === LineKind.Code || li.kind === LineKind.Html) {
    li.contentStart = raw.length - raw.trimStart().length;
    li.contentEnd = raw.trimEnd().length;
    li.content = raw.trim();
    return;
  }
  const quote = /^(\s*>\s?)+/.exec(s);
  if (quote) start += quote[0].length;
  if (li.kind === LineKind.Heading) {
    const m = /^\s*(?:[-*+]\s+(?=#))?#{1,6}(\s+|$)/.exec(s.slice(start));
    if (m) start += m[0].length;
  } else if (li.kind === LineKind.ListItem) {
    const m = /^\s*(?:[-*+]|\d{1,3}[.)])(\s+|$)/.exec(s.slice(start));
    if (m) start += m[0].length;
  }
  if (li.kind === LineKind.Paragraph) {
    const bullet = PLAIN_BULLET.exec(s.slice(start));
    if (bullet) {
      li.kind = LineKind.ListItem;
      // (A full-width space is two columns.)
      li.level = Math.floor(bullet[1].replace(/\t/g, '    ').replace(/\u3000/g, '  ').length / 2) + 1;
      li.standalone = false;
      start += bullet[0].length;
    }
  }
  while (start < s.length && /\s/.test(s[start])) start++;
  let end = s.length;
  if (li.kind === LineKind.Heading) s = s.replace(/\s+#+\s*$/, (m) => ((end = s.length - m.length), ''));
  while (end > start && /\s/.test(s[end - 1])) end--;
  li.contentStart = start;
  li.contentEnd = end;
  li.content = stripInline(s.slice(start, end));
}

const info = (kind: LineKind): LineInfo => ({ kind, level: 0, content: '', contentStart: 0, contentEnd: 0, blockStart: true, standalone: true, quote: false });

const KINDS = [LineKind.Heading, LineKind.Paragraph, LineKind.ListItem, LineKind.Code, LineKind.Html, LineKind.Table];
const pieces = [' ', '  ', '\t', '\u3000', '\u00a0', '>', '> ', '#', '## ', '###### ', '#######', '-', '- ', '*', '+ ', '1', '12', '1234', '.', ')', '1. ', '•', '・', '→', '✅', '※', 'a', 'o ', 'Title', '테라폼', '**', '`x`', '[a](b)', '\\#'];
const line = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 })), { maxLength: 12 }).map((parts) => parts.join(''));

function check(raw: string, kind: LineKind): void {
  const fast = info(kind);
  const slow = info(kind);
  fillContent(raw, fast);
  referenceContent(raw, slow);
  assert.deepEqual(fast, slow, `${JSON.stringify(raw)} as kind ${kind}`);
}

test('line content: the examples that decide each branch', () => {
  for (const kind of KINDS) {
    for (const raw of ['', '   ', '# Title', '#Title', '####### Seven', '## Title ##', '## Title #  ', '# #', '## ##', '>> > # Quoted', '> - item', '- item', '-item', '1234. not', '123) item', '  • bullet', '■■ vol.5', '・項目', '→ next', '-\tx', 'plain **bold** text', '\t code  ']) check(raw, kind);
  }
});

test('line content: random lines of every kind', () => {
  fc.assert(
    // (Not a line numbered as a word processor's outline, "12.1. …": the enumerators came after these regexes, which
    // do not read them; extract.test.ts checks them, "2.1 Title" and "2.3.1" among the layouts.)
    fc.property(line, fc.constantFrom(...KINDS), (raw, kind) => {
      fc.pre(!/^\s*\d{1,3}(?:\.\d{1,3})+\.?\s/u.test(raw));
      check(raw, kind);
    }),
    { numRuns: 3000 },
  );
});

test('front matter before "---" lines: its fence counts as a blank line when "---" is read as a separator (found by the property below)', () => {
  const fm = '---\ntitle: T\n---';
  const text = '# Title\n---\n---\n\n|---|---|\n---';
  const k = fm.split('\n').length;
  const withFront = parseStructure(`${fm}\n${text}`, { plainText: false });
  const blanks = parseStructure(`${'\n'.repeat(k)}${text}`, { plainText: false });
  assert.deepEqual(withFront.info.slice(k), blanks.info.slice(k));
});

test('front matter: markdown-it reads it as blank lines, the blocks after it as they would be after blank lines', () => {
  const body = fc.array(fc.constantFrom('# Title', '## Talk - Jane Doe', 'text', '- item', '  - nested', '1. one', '> quote', '```', '    code', '| a | b |', '|---|---|', '---', '===', '[ref]: /x', '<div>', '', ' ', '\t'), { maxLength: 14 }).map((l) => l.join('\n'));
  const front = fc.constantFrom('---\ntitle: T\n---', '\n---\ntags: [a]\ndate: 2024-01-02\n---', '+++\ntitle = "x"\n+++', '---\n---');
  fc.assert(
    fc.property(front, body, fc.boolean(), (fm, text, plainText) => {
      const k = fm.split('\n').length;
      const withFront = parseStructure(`${fm}\n${text}`, { plainText });
      const blanks = parseStructure(`${'\n'.repeat(k)}${text}`, { plainText });
      assert.ok(withFront.frontMatter);
      // (A body that starts with a fence after three blank lines is front matter there.)
      fc.pre(!blanks.frontMatter);
      assert.deepEqual(withFront.roots, blanks.roots);
      assert.deepEqual(withFront.info.slice(k), blanks.info.slice(k));
    }),
    { numRuns: 1500 },
  );
});

test('front matter over a body markdown does not read ("    code" over "```", "text" over "```": reStructuredText\'s titles) reads as blank lines there too (found by the property above)', () => {
  const fm = '+++\ntitle = "x"\n+++';
  const text = '    code\n```\ntext\n```';
  const withFront = parseStructure(`${fm}\n${text}`, { plainText: true });
  const blanks = parseStructure(`${'\n'.repeat(3)}${text}`, { plainText: true });
  assert.deepEqual(withFront.info.slice(3), blanks.info.slice(3));
});

test('a MkDocs admonition\'s body is moved left once: its list is items, an indented code block inside it stays code, a nested admonition\'s body is items too', () => {
  const text = ['# T', '', '!!! note "Title"', '', '        terraform apply', '', '    - Cilium notes', '', '    ??? tip "所感"', '        - Helm values'].join('\n');
  const kinds = parseStructure(text, {}).info.map((li) => li.kind);
  assert.deepEqual([kinds[2], kinds[4], kinds[6], kinds[9]], [LineKind.Heading, LineKind.Code, LineKind.ListItem, LineKind.ListItem]);
});
