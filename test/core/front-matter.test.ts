// Simple front matter is read without the YAML parser: wherever that fast reading answers,
// it must answer exactly what the YAML parser answers; anything unusual must go to the parser.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { parseStructure, readSimpleYaml } from '../../server/src/core/structure';

function check(body: string, expectFast: boolean): void {
  const lines = body.split('\n');
  const fast = readSimpleYaml(lines, 0, lines.length);
  const doc = parseDocument(body, { prettyErrors: false, uniqueKeys: false });
  if (expectFast) {
    assert.ok(fast, `the fast reading gave up on:\n${body}`);
    assert.equal(doc.errors.length, 0, `the YAML parser found errors in:\n${body}`);
  }
  // Front matter that is not a mapping (an empty one included) counts as no fields.
  if (fast) {
    assert.equal(doc.errors.length, 0, `the fast reading accepted what the YAML parser rejects:\n${body}`);
    const parsed = doc.toJS() as unknown;
    const want = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : {};
    assert.deepEqual(fast, want, `the fast reading differs from the YAML parser on:\n${body}`);
  }
  else if (expectFast === false) assert.equal(fast, null);
}

test('plain key: value lines, dates, numbers, quoted strings and lists are read without the parser', () => {
  check('title: HashiConf 2024\ndate: 2024-10-15\nlocation: Boston, MA\nyear: 2024', true);
  check('title: "테라폼 밋업: 12회"\nvenue: \'東京 渋谷\'\ntags: [terraform, vault, "k8s"]', true);
  check('event: 하시코프 한국 사용자 모임\ntools:\n  - Terraform\n  - 테라폼\n- Vault', false);
  check('event: HUG Tokyo\ntools:\n  - Terraform\n  - テラフォーム\nempty:\ntags: []', true);
  check('title: C# and .NET on Kubernetes\nurl: https://example.com/a#b\ndate: 2024/5/1', true);
  check('draft: yes\nname: null-safety talks', true);
  check('date: 2014-05-14 16:15:00 -0700\nupdated: 2024-05-01T10:00:00+09:00', true);
});

test('anything a YAML parser must decide goes to the parser', () => {
  for (const body of [
    'title: Foo # a comment',
    'date: 2024-13-45',
    'count: 0',
    'version: 1.10',
    'flag: true',
    'empty: null',
    'anchor: &a x',
    'text: |\n  multi\n  line',
    'nested:\n  key: value',
    'dup: a\ndup: b',
    'title: a: b',
    'list: [a, [b]]',
    'list: ["a, b", c]',
    'quote: "with \\"escape\\""',
    'single: \'it\'\'s\'',
    '# comment only',
    '  indented: x',
    'key:\tvalue',
    '__proto__: x',
    'time: 10:30',
    'minus: -5',
  ]) {
    const lines = body.split('\n');
    const fast = readSimpleYaml(lines, 0, lines.length);
    if (fast) check(body, true);
  }
  assert.equal(readSimpleYaml(['nested:', '  key: value'], 0, 2), null);
  assert.equal(readSimpleYaml(['title: Foo # a comment'], 0, 1), null);
});

test('generated simple front matter: the fast reading agrees with the YAML parser', () => {
  const word = fc.stringMatching(/^[A-Za-z가-힣ぁ-んァ-ン0-9 ._#:\/,'"&*!|>%@`~+\-\[\]{}]{0,12}$/);
  const key = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_-]{0,8}$/);
  const value = fc.oneof(
    word,
    word.map((w) => `"${w}"`),
    word.map((w) => `'${w}'`),
    fc.array(word, { maxLength: 4 }).map((ws) => `[${ws.join(', ')}]`),
    fc.integer({ min: -100, max: 3000 }).map(String),
    fc.constantFrom('2024-05-01', '2024/5/1', '2024.05.01', '2014-05-14 16:15:00 -0700', '2024-05-01T10:00:00Z', '2024-05-01 9:30', 'true', 'False', 'null', '~', ''),
  );
  const entry = fc.oneof(
    fc.tuple(key, value).map(([k, v]) => `${k}: ${v}`),
    fc.tuple(key, fc.array(word, { minLength: 1, maxLength: 3 })).map(([k, ws]) => `${k}:\n${ws.map((w) => `  - ${w}`).join('\n')}`),
  );
  let fast = 0;
  fc.assert(
    fc.property(fc.array(entry, { maxLength: 6 }), (entries) => {
      const body = entries.join('\n');
      const lines = body.split('\n');
      if (readSimpleYaml(lines, 0, lines.length)) fast++;
      check(body, undefined as unknown as boolean);
    }),
    { numRuns: 3000 },
  );
  // Not a vacuous property: a good share of the cases took the fast reading.
  assert.ok(fast > 600, `only ${fast} of 3000 cases were read without the parser`);
});

test('TOML front matter is read whole: tables, arrays of tables, dates as written; a broken one keeps its plain lines and says why', () => {
  const fm = parseStructure('+++\ntitle = "Meetup"\ndate = 2024-06-18\n\n[event]\nName = "HUG Seoul"\n\n[[talks]]\ntitle = "A"\n\n[[talks]]\ntitle = "B"\n+++\nbody').frontMatter;
  assert.deepEqual(fm?.data, { title: 'Meetup', date: '2024-06-18', event: { Name: 'HUG Seoul' }, talks: [{ title: 'A' }, { title: 'B' }] });
  assert.equal(fm?.error, null);
  const broken = parseStructure('+++\ntitle = "Meetup"\n= "no key"\n+++\nbody').frontMatter;
  assert.deepEqual(broken?.data, { title: 'Meetup' });
  assert.ok(broken?.error, 'a broken TOML front matter has its parser\'s message');
});
