// Search takes shortcuts (chunked texts searched with indexOf, masks per row and per text,
// subsequences looked for only while they could still get in, talks naming the query's tool
// offered without reading their texts). Whatever the shortcuts, the answer must be the one the
// search's definition gives: every row scored on every text, every result sorted.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FeatureContext } from '../../../server/src/core/features/context';
import { matchScore, searchByDefinition, searchIndex, searchTableSteps, type SearchKind } from '../../../server/src/core/features/search';
import { runToEnd } from '../../../server/src/core/features/steps';
import { NoteGen, prng } from '../../support/notes-gen';

/** Queries of every sort: tool names in three scripts, title words, speakers, fragments, subsequences, single characters, nothing. */
const QUERIES = [
  '', 'a', 'e', 'z', '테', 'テ', 'terraform', 'Terraform', 'TERRAFORM', '테라폼', 'テラフォーム', 'Kubernetes', 'kube', 'k8s', 'vault', 'Argo CD',
  'Scaling', 'in Production', 'Lessons from', 'Migrating to Helm', 'Observability', 'story', 'modules', 'sclng', 'trfrm', 'lssns', 'mgrtng',
  'Jane', 'Jane Doe', 'Lee', 'priya nair', '김민수', '高橋', '高橋 誠', 'Acme', 'Northwind', '토스', '株式会社',
  '모듈 설계', '운영', '도입기', 'stateを分割', '入門', 'EKS', '2023', '2024-03', 'March', 'Platform Night', '인프라 밋업', 'HashiCorp勉強会',
  'platformnight2022', 'xyzzy', 'q', 'oo', 'ee', 'ion', 'ing',
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

  test('a query naming a tool finds the talks mentioning it, even when no text of theirs holds the query', () => {
    const ctx = new FeatureContext();
    ctx.updateNote({ uri: 'file:///ws/a.md', text: '# Platform Night 2024\nDate: March 3, 2024\n\n## Our Deploy Story - Jane Doe (Acme)\n- We moved everything to 테라폼 last year.\n' });
    const got = searchIndex(ctx.index, 'terraform', 50).map((r) => `${r.kind} ${r.label} ${r.score}`);
    assert.deepEqual(got, ['tool Terraform 103', 'talk Our Deploy Story 55']);
    assert.deepEqual(searchIndex(ctx.index, 'terraform', 50), searchByDefinition(ctx.index, 'terraform', 50));
  });
});
