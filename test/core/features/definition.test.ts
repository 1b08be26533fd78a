// Go to definition, with places named `path:line: covered text`.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { definition, firstInOrder, newestMentions, newestMentionsByDefinition } from '../../../server/src/core/features/definition';
import { prng } from '../../support/notes-gen';
import { fixture, needCursor } from '../../support/fixture';

/** The only caller of definition(). */
function check(src: string, expected: string[]): void {
  const f = fixture(src);
  const { uri, position } = needCursor(f);
  assert.deepEqual(
    definition(f.ctx, uri, position).map((l) => f.place(l.uri, l.range)),
    expected,
  );
}

const TOKYO = `
  //- /2024/hug-tokyo.md
  ---
  event: HashiCorp User Group Tokyo #18
  date: 2024-05-22
  ---
  ## タイムテーブル

  19:05-19:35 テラフォームのstateを分割した話 (高橋 誠)
  20:15-20:45 VaultのPKIでサービス間mTLS (渡辺 優子)

  ## テラフォームのstateを分割した話
  登壇者: 高橋 誠 (株式会社フジミネ)
  - テラフォームを触る人が増えた。

  ## VaultのPKIでサービス間mTLS
  登壇者: 渡辺 優子 (クラウドリーフ株式会社)
  - VaultのPKIで中間CAを運用。
`;
const SEOUL = `
  //- /2024/hug-seoul.md
  # 하시코프 한국 사용자 모임 12회
  - 일시: 2024년 3월 23일
  ## 테라폼 모듈 레지스트리를 사내에 구축한 이야기
  발표: 김민수 님 (토스)
  - 테라폼으로 모듈 300개를 관리한다.
`;
const HASHICONF = `
  //- /2024/hashiconf.md
  ---
  title: HashiConf 2024
  date: 2024-10-15
  ---
  ## Vault at Scale - Dana Whitfield (Northwind Bank)
  - Terraform and Vault on k8s.
`;

describe('definition', () => {
  test('a timetable line lands on the talk described below', () => {
    check(TOKYO.replace('19:05-19:35 テラ', '19:05-19:35 テ$0ラ'), ['/2024/hug-tokyo.md:10: テラフォームのstateを分割した話']);
  });

  test('a tool the user defined lands in the tool file', () => {
    check(
      `
      //- /.infranotes/tools.yaml
      tools:
        - id: shipit
          name: ShipIt
          category: ci-cd
          aliases: [シップイット]
      //- /a.md
      # HUG
      ## デプロイの話 - 加藤 拓也 (Example Corp)
      - シップ$0イットからTerraformを呼ぶ。
    `,
      ['/.infranotes/tools.yaml:2:   - id: shipit'],
    );
  });

  test('a built-in tool lands on the talks that name it in their title, newest first', () => {
    check(TOKYO + SEOUL + HASHICONF.replace('Terraform and', 'Terra$0form and'), [
      '/2024/hug-tokyo.md:10: テラフォームのstateを分割した話',
      '/2024/hug-seoul.md:3: 테라폼 모듈 레지스트리를 사내에 구축한 이야기',
    ]);
  });

  test('a tool no title names lands on its mentions, newest first', () => {
    check(TOKYO + SEOUL + HASHICONF.replace('on k8s', 'on k$08s') + '//- /2023/old.md\n# Old Meetup\n2023-01-10\n## Clusters - A B (C)\n- Kubernetes everywhere.\n', [
      '/2024/hashiconf.md:6: k8s',
      '/2023/old.md:4: Kubernetes',
    ]);
  });

  test('wiki links to a note by its file name, and to a tool', () => {
    const notes = '//- /Platform roadmap Q3.md\nplans\n//- /daily.md\n# Day 2024\n- [[Platform roadmap Q3]] and [[Terraform]]\n';
    check(notes.replace('[[Platform roadmap', '[[Platform road$0map'), ['/Platform roadmap Q3.md:1: ']);
    check(notes.replace('[[Terraform]]', '[[Terra$0form]]'), ['/daily.md:2: Terraform']);
  });

  test('a tool mentioned in many notes: the newest hundred places', () => {
    let src = '//- /here.md\n# Here 2020\n- Terra$0form\n';
    for (let n = 1; n <= 120; n++) {
      const day = `2024-${String(1 + Math.floor((n - 1) / 28)).padStart(2, '0')}-${String(1 + ((n - 1) % 28)).padStart(2, '0')}`;
      src += `//- /m/${String(n).padStart(3, '0')}.md\n# Meetup ${n}\n${day}\n- Terraform.\n`;
    }
    check(src, Array.from({ length: 100 }, (_, k) => `/m/${String(120 - k).padStart(3, '0')}.md:3: Terraform`));
  });

  test('the newest mentions, read from the newest dates only, are the ones sorting every mention gives', () => {
    // Notes of a few dates (some none), with one or two events, talks and mentions outside talks.
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    const dates = ['2023-05-01', '2024-01-10', '2024-01-10', '2024-09-30', ''];
    let src = '';
    for (let n = 0; n < 40; n++) {
      src += `//- /${['a', 'b', 'c'][rnd(3)]}/${String(rnd(50)).padStart(2, '0')}-${n}.md\n`;
      for (let e = 0; e <= rnd(2); e++) {
        const date = dates[rnd(dates.length)];
        src += `# Meetup ${n}-${e}\n${date}\n- Vault before the talks.\n`.repeat(rnd(2) + 1).replace(/# Meetup.*\n(?=[^]*# Meetup)/, '');
        for (let t = 0; t <= rnd(3); t++) src += `## Talk ${t} - A B (C)\n${'- Vault here, and Vault again.\n'.repeat(rnd(3))}`;
      }
    }
    const f = fixture(src);
    const all = newestMentionsByDefinition(f.ctx.index, 'vault', 10_000);
    assert.ok(all.length > 50, `${all.length} mentions`);
    for (const limit of [1, 2, 3, 5, 8, 13, 40, 100, 10_000]) assert.deepEqual(newestMentions(f.ctx.index, 'vault', limit), all.slice(0, limit), `limit ${limit}`);
  });

  test('[[Event#Talk]], [[Talk]] and [[Event]]', () => {
    const base = TOKYO + SEOUL + HASHICONF;
    check(base + '//- /todo.md\n# TODO\n- [[HashiConf 2024#Vault at$0 Scale]]\n', ['/2024/hashiconf.md:5: Vault at Scale - Dana Whitfield (Northwind Bank)']);
    check(base + '//- /todo.md\n# TODO\n- [[테라폼 모듈$0 레지스트리를 사내에 구축한 이야기]]\n', ['/2024/hug-seoul.md:3: 테라폼 모듈 레지스트리를 사내에 구축한 이야기']);
    check(base + '//- /todo.md\n# TODO\n- [[HashiCorp User Group $0Tokyo #18]]\n', ['/2024/hug-tokyo.md:2: HashiCorp User Group Tokyo #18']);
    check(base + '//- /todo.md\n# TODO\n- [[HashiCorp User Group Tokyo #18#VaultのPKI$0でサービス間mTLS]]\n', ['/2024/hug-tokyo.md:14: VaultのPKIでサービス間mTLS']);
  });

  test('[[Talk]] of a track grid\'s second cell lands on that cell\'s title', () => {
    const grid = '//- /2024/cnd.md\n# Cloud Native Day 2024\n\n| Time | Track A | Track B |\n| --- | --- | --- |\n| 10:00 | Terraform at Scale (Kim Minsu, Acme) | Vault Secrets Everywhere (Lee Jiwon, Beta) |\n';
    check(grid + '//- /todo.md\n# TODO\n- [[Vault Secrets$0 Everywhere]]\n', ['/2024/cnd.md:5: Vault Secrets Everywhere']);
    check(grid + '//- /todo.md\n# TODO\n- [[Terraform at$0 Scale]]\n', ['/2024/cnd.md:5: Terraform at Scale']);
  });

  test('a markdown link to a heading lands on the talk; outside the workspace, nowhere', () => {
    const base = TOKYO + HASHICONF;
    check(base + '//- /notes/todo.md\n# TODO\n- [see$0](../2024/hug-tokyo.md#vaultのpkiでサービス間mtls)\n', ['/2024/hug-tokyo.md:14: VaultのPKIでサービス間mTLS']);
    check(base + '//- /notes/todo.md\n# TODO\n- [see$0](../2024/hashiconf.md)\n', ['/2024/hashiconf.md:2: HashiConf 2024']);
    check(base + '//- /notes/todo.md\n# TODO\n- [see$0](../../etc/hashiconf.md#vault-at-scale)\n', []);
  });

  test('a speaker lands on their talks', () => {
    check(TOKYO.replace('登壇者: 高橋', '登壇者: 高$0橋'), ['/2024/hug-tokyo.md:10: テラフォームのstateを分割した話']);
  });

  test('plain prose has no definition', () => {
    check(TOKYO.replace('触る人', '触$0る人'), []);
  });

  test('the first places in order are those a stable sort puts first, ties in their order', () => {
    const random = prng(3);
    for (let round = 0; round < 300; round++) {
      // Few distinct keys: many ties, which a stable sort keeps in their order (told apart by `at`).
      const items = Array.from({ length: Math.floor(random() * 60) }, (_, at) => ({ key: Math.floor(random() * 6), at }));
      const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
      for (const limit of [0, 1, 3, 10, 100]) assert.deepEqual(firstInOrder(items, limit, byKey), items.slice().sort(byKey).slice(0, limit), `round ${round}, limit ${limit}`);
    }
  });
});
