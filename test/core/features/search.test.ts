// Search takes shortcuts (chunked texts searched with indexOf, masks per row and per text,
// subsequences looked for only while they could still get in, talks naming the query's tool
// offered without reading their texts). Whatever the shortcuts, the answer must be the one the
// search's definition gives: every row scored on every text, every result sorted.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FeatureContext } from '../../../server/src/core/features/context';
import { foldForTest, matchScore, searchByDefinition, searchIndex, searchTableSteps, type SearchKind } from '../../../server/src/core/features/search';
import { runToEnd } from '../../../server/src/core/features/steps';
import { NoteGen, prng } from '../../support/notes-gen';

/** Queries of every sort: tool names in three scripts, title words, speakers, fragments, subsequences, single characters, nothing. */
const QUERIES = [
  '', 'a', 'e', 'z', '테', 'テ', 'terraform', 'Terraform', 'TERRAFORM', '테라폼', 'テラフォーム', 'Kubernetes', 'kube', 'k8s', 'vault', 'Argo CD',
  'Scaling', 'in Production', 'Lessons from', 'Migrating to Helm', 'Observability', 'story', 'modules', 'sclng', 'trfrm', 'lssns', 'mgrtng',
  'Jane', 'Jane Doe', 'Lee', 'priya nair', '김민수', '高橋', '高橋 誠', 'Acme', 'Northwind', '토스', '株式会社',
  '모듈 설계', '운영', '도입기', 'stateを分割', '入門', 'EKS', '2023', '2024-03', 'March', 'Platform Night', '인프라 밋업', 'HashiCorp勉強会',
  'platformnight2022', 'xyzzy', 'q', 'oo', 'ee', 'ion', 'ing',
  // Several words, each in another text of the row or its event (a title and a speaker, an event and a title), or in none.
  'Jane Scaling', 'Modules Lee', 'Platform Night Terraform', 'Oslo Vault 2023', 'Priya Upgrades Lessons', '김민수 운영', '도입기 이지은', '高橋 Vault', '入門 2024', 'Jane Doe Terraform', 'Lee xyzzy', 'Summit Story Nair',
  // Misspelt: long runs in order, so subsequences that score in the forties.
  'Scalng Terraform Modules', 'Observabilty with Vault', 'Lessns from Consul Upgrades', 'Migratng to Nomad', 'Our Prometeus Story', '테라폼 모듈 설게', 'Vaultで秘密情報を管理す',
];

const KINDS: Array<SearchKind[] | undefined> = [undefined, ['talk'], ['event', 'speaker'], ['tool'], ['speaker']];
const LIMITS = [1, 7, 50, 200];

function corpus(seed: number, notes: number): { ctx: FeatureContext; gen: NoteGen; uris: string[] } {
  const gen = new NoteGen(seed);
  const ctx = new FeatureContext();
  const uris: string[] = [];
  for (let i = 0; i < notes; i++) {
    const uri = `file:///ws/${gen.pick(['2022', '2023', '2024'])}/note-${i}.md`;
    uris.push(uri);
    ctx.updateNote({ uri, text: gen.note() });
  }
  return { ctx, gen, uris };
}

function same(ctx: FeatureContext, query: string, limit: number, kinds: SearchKind[] | undefined): void {
  const got = searchIndex(ctx.index, query, limit, kinds);
  const want = searchByDefinition(ctx.index, query, limit, kinds);
  assert.deepEqual(got, want, `query ${JSON.stringify(query)}, limit ${limit}, kinds ${kinds?.join(',') ?? 'all'}`);
}

/** The first 50 results for `query` are `expected` ("kind label" each), and what the search's definition gives. */
function found(ctx: FeatureContext, query: string, expected: string[]): void {
  const got = searchIndex(ctx.index, query, 50);
  assert.deepEqual(got.map((r) => `${r.kind} ${r.label}`), expected, query);
  assert.deepEqual(got, searchByDefinition(ctx.index, query, 50), query);
}

describe('search', () => {
  test('gives what its definition gives, for every sort of query, kind and limit', () => {
    for (const seed of [1, 2]) {
      const { ctx } = corpus(seed, 300);
      for (const query of QUERIES) for (const limit of LIMITS) for (const kinds of KINDS) same(ctx, query, limit, kinds);
    }
  });

  test('still does after notes are edited, added and removed (chunks made again or kept)', () => {
    const { ctx, gen, uris } = corpus(3, 200);
    runToEnd(searchTableSteps(ctx.index));
    for (let round = 0; round < 6; round++) {
      for (let k = 0; k < 5; k++) ctx.updateNote({ uri: gen.pick(uris), text: gen.note() });
      ctx.removeNote(gen.pick(uris));
      const uri = `file:///ws/new-${round}.md`;
      uris.push(uri);
      ctx.updateNote({ uri, text: gen.note() });
      for (const query of QUERIES) for (const limit of [7, 200]) same(ctx, query, limit, undefined);
    }
  });

  test('still does when the table follows every change, one at a time or several at once (body edits, speakers renamed and gone, notes gone)', () => {
    const gen = new NoteGen(4);
    const ctx = new FeatureContext();
    const texts = new Map<string, string>();
    const put = (uri: string, text: string) => (texts.set(uri, text), ctx.updateNote({ uri, text }));
    for (let i = 0; i < 120; i++) put(`file:///ws/note-${i}.md`, gen.note());
    const uris = [...texts.keys()];
    const queries = QUERIES.filter((_, i) => i % 3 === 0);
    for (let round = 0; round < 12; round++) {
      if (round % 2 === 0) runToEnd(searchTableSteps(ctx.index));
      // The same titles with other words under them: the note's rows keep their texts.
      const a = gen.pick(uris);
      if (texts.has(a)) put(a, texts.get(a)! + '\n- one more line about Vault\n');
      // A speaker renamed in one note to another note's speaker: both rows change (the first goes if that was their only talk).
      const firstSpeaker = (uri: string) => ctx.index.note(uri)?.events.flatMap((e) => e.talks.flatMap((t) => t.speakers))[0]?.name;
      const b = gen.pick(uris);
      const from = firstSpeaker(b);
      const to = firstSpeaker(gen.pick(uris));
      if (from && to && from !== to) put(b, texts.get(b)!.split(from).join(to));
      const names = [from, to].filter((x): x is string => !!x);
      if (round % 3 === 2) {
        const gone = gen.pick(uris);
        texts.delete(gone);
        ctx.removeNote(gone);
      }
      for (const query of [...queries, ...names]) for (const limit of [7, 200]) same(ctx, query, limit, undefined);
      for (const kinds of KINDS) same(ctx, '', 50, kinds);
    }
  });

  test('still does when the table is brought up to date while notes change, or its update is left half way', () => {
    const { ctx, gen, uris } = corpus(5, 150);
    runToEnd(searchTableSteps(ctx.index));
    for (let round = 0; round < 8; round++) {
      for (let k = 0; k < 3; k++) ctx.updateNote({ uri: gen.pick(uris), text: gen.note() });
      const steps = searchTableSteps(ctx.index);
      // A few steps, then notes change under it; every other round it is never resumed (a cancelled search).
      for (let k = 0; k < 1 + (round % 3); k++) steps.next();
      ctx.updateNote({ uri: gen.pick(uris), text: gen.note() });
      if (round % 3 === 1) ctx.removeNote(gen.pick(uris));
      if (round % 2 === 0) runToEnd(steps);
      for (const query of QUERIES.filter((_, i) => i % 4 === round % 4)) same(ctx, query, 50, undefined);
      same(ctx, '', 200, undefined);
    }
  });

  test('still does when notes change while the whole table is made (the table is kept as of when it began, and brought forward)', () => {
    for (const seed of [6, 7]) {
      const { ctx, gen, uris } = corpus(seed, 150);
      const steps = searchTableSteps(ctx.index);
      for (let k = 0; k < 4; k++) steps.next();
      // Notes edited, gone and new while the first notes' rows are made; a speaker's talks move.
      for (let k = 0; k < 4; k++) ctx.updateNote({ uri: gen.pick(uris), text: gen.note() });
      ctx.removeNote(uris[0]);
      ctx.updateNote({ uri: 'file:///ws/new.md', text: gen.note() });
      for (let k = 0; k < 12; k++) steps.next();
      // And while the speakers' rows are made.
      ctx.updateNote({ uri: gen.pick(uris), text: gen.note() });
      runToEnd(steps);
      for (const query of QUERIES.filter((_, i) => i % 2 === seed % 2)) same(ctx, query, 50, undefined);
      same(ctx, '', 200, undefined);
    }
  });

  test('reads the rows as last made when asked for kept ones, and makes them when there are none', () => {
    const ctx = new FeatureContext();
    const first = 'file:///ws/2024/first.md';
    const later = 'file:///ws/2024/later.md';
    ctx.updateNote({ uri: first, text: '# Platform Night 3\n\n## Scaling Terraform Modules - Jane Doe, Acme\n\nTerraform and Vault.\n' });
    // No rows made yet: kept ones are made, as current ones would be.
    assert.deepEqual(searchIndex(ctx.index, 'Scaling', 10, ['talk'], 'kept').map((r) => r.uri), [first]);
    ctx.updateNote({ uri: later, text: '# 인프라 밋업 7\n\n## Scaling Vault Clusters - 김민수, 토스\n\nVault를 운영한다.\n' });
    assert.deepEqual(searchIndex(ctx.index, 'Scaling', 10, ['talk'], 'kept').map((r) => r.uri), [first]);
    assert.deepEqual(searchIndex(ctx.index, 'Scaling', 10, ['talk'], 'current').map((r) => r.uri).sort(), [first, later]);
    // Brought up to date by the current search, kept rows hold the later note too.
    assert.deepEqual(searchIndex(ctx.index, 'Scaling', 10, ['talk'], 'kept').map((r) => r.uri).sort(), [first, later]);
  });

  test('folds ASCII texts as the full fold does (NFKC, fold table, no spaces, punctuation or symbols)', () => {
    const texts = [Array.from({ length: 128 }, (_, c) => String.fromCharCode(c)).join(''), 'Kubernetes Deep-Dive: (v1.29) & more!', 'A_B~C|D`E^F', 'Ünïcode ﬁ Ｔｅｒｒａ 테라폼'];
    for (let c = 0; c < 128; c++) texts.push(`x${String.fromCharCode(c)}Y`);
    for (const text of texts) {
      const { fast, full } = foldForTest(text);
      assert.equal(fast, full, JSON.stringify(text));
    }
  });

  test('a text that does not hold the query scores at most 30 by subsequence (the bound the search prunes with)', () => {
    const random = prng(7);
    const text = (n: number) => Array.from({ length: n }, () => 'abc'[Math.floor(random() * 3)]).join('');
    let most = 0;
    for (let i = 0; i < 200_000; i++) {
      const q = text(2 + Math.floor(random() * 5));
      const target = text(Math.floor(random() * 12));
      if (target.includes(q)) continue;
      most = Math.max(most, matchScore(q, target));
    }
    assert.equal(most, 30);
  });

  test('a query of several words finds the rows holding each word: a title and its speaker, an event and a title, in English, Korean and Japanese', () => {
    const ctx = new FeatureContext();
    ctx.updateNote({ uri: 'file:///ws/en.md', text: '# HashiConf 2024\nDate: June 10, 2024\n\n## Keynote - Kelsey Hightower (Google)\n- Terraform everywhere.\n\n## Scaling Vault - Jane Doe (Acme)\n- Vault clusters.\n' });
    ctx.updateNote({ uri: 'file:///ws/ko.md', text: '# 인프라 밋업 2023\n일시: 2023년 5월 20일\n\n## 테라폼 모듈 설계 - 김민수 (토스)\n- 테라폼 모듈을 나눴다.\n' });
    ctx.updateNote({ uri: 'file:///ws/ja.md', text: '# HashiCorp勉強会 2024\n日時: 2024年2月1日\n\n## Vaultで秘密情報を管理する - 高橋 誠\n- Vaultを使う。\n' });
    const check = (query: string, expected: string[]) => found(ctx, query, expected);
    check('keynote hightower', ['talk Keynote']);
    check('Hightower  KEYNOTE', ['talk Keynote']);
    check('hashiconf vault', ['talk Scaling Vault']);
    check('keynote 2024', ['talk Keynote']);
    check('김민수 모듈', ['talk 테라폼 모듈 설계']);
    check('밋업 테라폼', ['talk 테라폼 모듈 설계']);
    check('高橋 vault', ['talk Vaultで秘密情報を管理する']);
    check('勉強会 秘密', ['talk Vaultで秘密情報を管理する']);
    check('kelsey google', ['speaker Kelsey Hightower']);
    // Every word in the event alone: the event, not its talks.
    check('2024 hashiconf', ['event HashiConf 2024']);
    // One word held by no row of the other.
    check('hightower vault', []);
    // A query some row holds as typed is not looked for word by word: "Nomad Scaling Tips" holds
    // "scaling" and "nomad" apart, and is found for them only when no row holds "scaling nomad".
    ctx.updateNote({ uri: 'file:///ws/en-2.md', text: '# Platform Night 2023\nDate: May 2, 2023\n\n## Scaling Nomad - Jane Doe (Acme)\n\n## Nomad Scaling Tips - Sam Lee\n' });
    check('scaling nomad', ['talk Scaling Nomad']);
    check('tips nomad', ['talk Nomad Scaling Tips']);
    check('vault jane', ['talk Scaling Vault']);
    check('jane doe', ['speaker Jane Doe', 'talk Scaling Nomad', 'talk Scaling Vault']);
    check('jane nomad', ['talk Scaling Nomad']);
    ctx.removeNote('file:///ws/en-2.md');
    check('scaling nomad', []);
    ctx.updateNote({ uri: 'file:///ws/en-2.md', text: '# Platform Night 2023\nDate: May 2, 2023\n\n## Nomad Scaling Tips - Sam Lee\n' });
    check('scaling nomad', ['talk Nomad Scaling Tips']);
  });

  test('a talk is found by its title in another language, as the note gives it beside the title', () => {
    const ctx = new FeatureContext();
    ctx.updateNote({ uri: 'file:///ws/ko.md', text: '# HUG Seoul #14\n\n## 테라폼 모듈 버전 관리 (“How we manage Terraform module versions”) - 박소연 (다온페이)\n- 모듈 200개\n' });
    ctx.updateNote({ uri: 'file:///ws/ja.md', text: '# CNDW 2024\n\n■ 「Terraformのstate分割、どこまでやるか」\n → 테라폼 state 분할, 어디까지 할 것인가\n 山本 奈々 (ミドリ銀行)\n - state 하나에 리소스 3000개\n' });
    const check = (query: string, expected: string[]) => found(ctx, query, expected);
    check('module versions', ['talk 테라폼 모듈 버전 관리']);
    check('어디까지 할 것인가', ['talk Terraformのstate分割、どこまでやるか']);
  });

  test('a query naming a tool finds the talks mentioning it, even when no text of theirs holds the query', () => {
    const ctx = new FeatureContext();
    ctx.updateNote({ uri: 'file:///ws/a.md', text: '# Platform Night 2024\nDate: March 3, 2024\n\n## Our Deploy Story - Jane Doe (Acme)\n- We moved everything to 테라폼 last year.\n' });
    const got = searchIndex(ctx.index, 'terraform', 50).map((r) => `${r.kind} ${r.label} ${r.score}`);
    assert.deepEqual(got, ['tool Terraform 103', 'talk Our Deploy Story 55']);
    assert.deepEqual(searchIndex(ctx.index, 'terraform', 50), searchByDefinition(ctx.index, 'terraform', 50));
  });
});
