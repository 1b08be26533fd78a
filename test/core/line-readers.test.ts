// The line readers on the shapes their fast paths take apart: quotes and trailing dashes around
// titles, conjunctions and list separators between speakers, quotes inside names, dated parts.
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDateLike } from '../../server/src/core/extract/dates';
import { parseSpeakers } from '../../server/src/core/extract/people';
import { parseTalkLine, separatorsIn } from '../../server/src/core/extract/talk-line';

test('parseTalkLine trims quotes, white space and trailing punctuation around the title, and keeps its offsets', () => {
  const cases: Array<[string, string, number, boolean]> = [
    ['"Quoted Title" - Jane Doe, Acme', 'Quoted Title', 1, true],
    ['"Only quotes"', 'Only quotes', 1, true],
    ['Scaling Vault:: -- ', 'Scaling Vault', 0, false],
    // Too short for a quoted title: the quotes come off when the title is trimmed.
    ['"A" - Jane Doe', 'A', 1, false],
    // A line break inside the quotes keeps them (`.` does not cross it).
    ['“Title with\u2028break”', '“Title with\u2028break”', 0, false],
    ['  「 タイトル 」 山田 太郎 様', '「 タイトル 」 山田 太郎 様', 2, false],
    ['10:00-10:30 Title (Jane Doe, Acme)', 'Title', 12, false],
    ['follow-the-sun across 7 time zones.', 'follow-the-sun across 7 time zones.', 0, false],
  ];
  for (const [line, title, start, quoted] of cases) {
    const parsed = parseTalkLine(line)!;
    assert.equal(parsed.title, title, line);
    assert.equal(parsed.titleStart, start, line);
    assert.equal(parsed.titleEnd, start + title.length, line);
    assert.equal(parsed.quoted, quoted, line);
  }
  assert.deepEqual(parseTalkLine('Title - Jane Doe and John Smith (Acme)')!.speakers, [
    { name: 'Jane Doe', org: 'Acme' },
    { name: 'John Smith', org: 'Acme' },
  ]);
  assert.equal(parseTalkLine('Keynote - Emily Chen')!.keynote, true);
  // A bullet symbol before a quoted title, and a title that holds a comma before its speakers' parenthesis.
  assert.equal(parseTalkLine('■「Vaultの鍵管理」（株式会社カワセミの森さん）')!.title, 'Vaultの鍵管理');
  const comma = parseTalkLine('Immutable Images, Mutable Config (Choi Minho, Stellar Games)')!;
  assert.deepEqual([comma.title, comma.speakers], ['Immutable Images, Mutable Config', [{ name: 'Choi Minho', org: 'Stellar Games' }]]);
  // A line that is only a person stays a person, not a title.
  assert.equal(parseTalkLine('小林 大輔さん（@kaz_ops）')!.speakers.length, 0);
  // "感想：<title>": the writer's notes on a talk, headed by its title.
  assert.equal(parseTalkLine('感想：テラフォームのモジュール設計')!.title, 'テラフォームのモジュール設計');
});

test('parseSpeakers splits at separators and conjunctions, and reads handles and roles', () => {
  const cases: Array<[string, ReturnType<typeof parseSpeakers>]> = [
    ['Jane Doe, John Smith and Kim Lee (Acme)', { speakers: [{ name: 'Jane Doe', org: 'Acme' }, { name: 'John Smith', org: 'Acme' }, { name: 'Kim Lee', org: 'Acme' }], strong: true }],
    ['김철수 와 이영희', { speakers: [{ name: '김철수', org: null }, { name: '이영희', org: null }], strong: true }],
    ['Kevin Lee、山田 太郎', { speakers: [{ name: 'Kevin Lee', org: null }, { name: '山田 太郎', org: null }], strong: true }],
    ["Jane O'Brien, Acme", { speakers: [{ name: "Jane O'Brien", org: 'Acme' }], strong: true }],
    ["Jane 'JD' Doe", null],
    ['@handle', { speakers: [{ name: 'handle', org: null, handle: 'handle' }], strong: true }],
    ['Emily Chen — Staff Engineer at HashiCorp', { speakers: [{ name: 'Emily Chen', org: 'HashiCorp', role: 'Staff Engineer' }], strong: true }],
    ['Jane Doe (Acme, @jd)', { speakers: [{ name: 'Jane Doe', org: 'Acme', handle: 'jd' }], strong: true }],
    ['Jane Doe, Oct 10', null],
    ['CTO Kevin Lee, Acme', { speakers: [{ name: 'Kevin Lee', org: 'Acme', role: 'CTO' }], strong: true }],
    // An organisation, の, its people; a one-character family name with its honorific.
    ['株式会社カワセミの森さん', { speakers: [{ name: '森', org: '株式会社カワセミ' }], strong: true }],
    ['ミドリの松本さん、佐々木さん', { speakers: [{ name: '松本', org: 'ミドリ' }, { name: '佐々木', org: 'ミドリ' }], strong: true }],
    // "チーム" is a colleague's group, not an organisation's name.
    ['チームの山田さん', null],
    // A family name the list knows, written without a space.
    ['鈴木一郎', { speakers: [{ name: '鈴木一郎', org: null }], strong: true }],
    ['東京都庁', { speakers: [{ name: '東京都庁', org: null }], strong: false }],
    // An ampersand inside an organisation's name; "at" only as a word before one.
    ['Aisha Khan, Crumb & Co Bakeries', { speakers: [{ name: 'Aisha Khan', org: 'Crumb & Co Bakeries' }], strong: true }],
    ['Jane Doe, AT&T', { speakers: [{ name: 'Jane Doe', org: 'AT&T' }], strong: true }],
    ['Jane Doe, Atlassian', { speakers: [{ name: 'Jane Doe', org: 'Atlassian' }], strong: true }],
    ['Jane Doe, at Atlassian', { speakers: [{ name: 'Jane Doe', org: 'Atlassian' }], strong: true }],
    ['Raj Patel & Chloe Adams (Finstream)', { speakers: [{ name: 'Raj Patel', org: 'Finstream' }, { name: 'Chloe Adams', org: 'Finstream' }], strong: true }],
    ['高橋美咲／株式会社サクラネット', { speakers: [{ name: '高橋美咲', org: '株式会社サクラネット' }], strong: true }],
    // A nickname said with an honorific and its handle in brackets; a remark after the dash is no organisation.
    ['とりさん (@tori_san) -- only the handle on the slide, no company', { speakers: [{ name: 'とり', org: null, handle: 'tori_san' }], strong: true }],
    // A name by its reading and the kanji in brackets; "freelance" in two scripts is no organisation.
    ['NAKAMURA Y. (中村 ゆう) / freelance (フリーランス)', { speakers: [{ name: 'NAKAMURA Y.', org: null }], strong: true }],
    // Someone from a company, not named.
    ['당근 SRE 분', null],
  ];
  for (const [text, expected] of cases) assert.deepEqual(parseSpeakers(text), expected, text);
  // The key order is part of the CLI's output.
  assert.equal(JSON.stringify(parseSpeakers('김대권 @nacyo_t SMARTSTUDY SRE팀')!.speakers[0]), '{"name":"김대권","org":"SMARTSTUDY","handle":"nacyo_t","role":"SRE팀"}');
});

test('isDateLike needs a digit', () => {
  for (const [text, expected] of [['Oct 10', true], ['11月14日', true], ['2024/3', true], ['Acme Inc', false], ['October', false]] as const) {
    assert.equal(isDateLike(text), expected, text);
  }
});

/** The separators as a regular expression: what `separatorsIn` finds by hand. */
const SEPARATORS = /\s+[-–—―─]{1,2}\s*|(?<=[^\s\d-])[-–—―─]{1,2}\s+|\s+\/\s+|(?<=[)）])\/\s+|\s+\|\s+|\s+by\s+|\s*[／]\s*/giu;

function separatorsByExpression(s: string): number[] | null {
  if (!/[-–—―─/|／]|\sby\s/u.test(s)) return null;
  const out: number[] = [];
  SEPARATORS.lastIndex = 0;
  for (let m = SEPARATORS.exec(s); m; m = SEPARATORS.exec(s)) if (m.index > 0) out.push(m.index, m.index + m[0].length);
  return out.length ? out : null;
}

test('separatorsIn finds what the separators expression finds', () => {
  const pieces = [' ', '  ', '\t', '\u3000', '\u00a0', '\ufeff', '-', '–', '—', '―', '─', '/', '|', '／', 'by', 'BY', 'bY', 'b', 'y', 'a', '1', 'x', '\ud83d', '\ude80', 'é', ')', '）'];
  const line = fc.array(fc.constantFrom(...pieces), { maxLength: 16 }).map((parts) => parts.join(''));
  fc.assert(fc.property(line, (s) => assert.deepEqual(separatorsIn(s), separatorsByExpression(s), JSON.stringify(s))), { numRuns: 20000, seed: 11 });
  assert.deepEqual(separatorsIn('Title - Jane Doe / Acme by Kim'), [5, 8, 16, 19, 23, 27]);
});
