// Hover cards, checked line by line against exact text.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hover } from '../../../server/src/core/features/hover';
import { escapeMarkdown } from '../../../server/src/core/features/markdown-escape';
import { fixture, needCursor } from '../../support/fixture';

/** The only caller of hover(): `lines` must appear in this order (each a whole line); `absent` nowhere. */
function check(src: string, expected: { lines: string[]; absent?: string[]; hoverDetail?: 'full' | 'compact'; locale?: 'en' | 'ko' | 'ja' } | null): string {
  const f = fixture(src, { hoverDetail: expected?.hoverDetail, locale: expected?.locale });
  const { uri, position } = needCursor(f);
  const h = hover(f.ctx, uri, position);
  if (expected === null) {
    assert.equal(h, null, `expected no hover, got:\n${h?.markdown}`);
    return '';
  }
  assert.ok(h, 'expected a hover');
  const got = h.markdown.split('\n');
  let from = 0;
  for (const line of expected.lines) {
    const at = got.indexOf(line, from);
    assert.ok(at >= 0, `missing (or out of order) line:\n${line}\n--- hover was ---\n${h.markdown}`);
    from = at + 1;
  }
  for (const a of expected.absent ?? []) assert.ok(!h.markdown.includes(a), `must not contain ${JSON.stringify(a)}:\n${h.markdown}`);
  // Whatever the notes say, the only links are the ones the server makes.
  for (const m of h.markdown.matchAll(/\]\(([^)]*)\)/g)) assert.match(m[1], /^(file:\/\/\/|https?:\/\/)/, `unexpected link target ${m[1]}`);
  return h.markdown;
}

const NOTES = `
  //- /2024/hashiconf.md
  ---
  title: HashiConf 2024
  date: 2024-10-15
  location: Boston, MA
  ---
  ## Vault at Scale - Dana Whitfield (Northwind Bank)
  - Dynamic secrets with Vault on k8s.
  - Terraform provisions the clusters.

  ## Terraform Stacks in Practice - Miguel Ortega (Fernhill Logistics)
  - Stacks replace workspaces in Terraform.
  //- /2024/hug-seoul.md
  # 하시코프 한국 사용자 모임 12회

  - 일시: 2024년 3월 23일 (토)
  - 장소: 서울 역삼동 마루180

  ## 테라폼 모듈 레지스트리를 사내에 구축한 이야기
  발표: 김민수 님 (토스)
  - 테라폼으로 모듈 300개를 관리한다.

  ## Vault로 DB 계정 없애기
  발표: 이지은 님 (당근마켓)
  - 쿠버네티스에서는 Vault Agent Injector를 쓴다.
  //- /2024/hug-tokyo.md
  ---
  event: HashiCorp User Group Tokyo #18
  date: 2024-05-22
  venue: 大手町オフィス 20F
  ---
  ## タイムテーブル

  19:05-19:35 テラフォームのstateを分割した話 (高橋 誠)
  20:15-20:45 VaultのPKIでサービス間mTLS (渡辺 優子)

  ## テラフォームのstateを分割した話
  登壇者: 高橋 誠 (株式会社フジミネ)

  - テラフォームを触る人が増えた。stateはS3に置く。

  ## VaultのPKIでサービス間mTLS
  登壇者: 渡辺 優子 (クラウドリーフ株式会社)

  - Kubernetesの中ではcert-managerで証明書を発行。
`;

/** Puts the cursor marker in front of the n-th (1-based) occurrence of `needle` in NOTES. */
function at(needle: string, nth = 1, extra = ''): string {
  let i = -1;
  for (let k = 0; k < nth; k++) {
    i = NOTES.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`no ${needle} #${nth}`);
  }
  return NOTES.slice(0, i) + '$0' + NOTES.slice(i) + extra;
}

const TERRAFORM_WHERE = '**Where you heard of it\\:** 4 talks at 3 events, 8 mentions in 3 notes · first 2024-03-23, last 2024-10-15';
const TERRAFORM_TALKS = [
  '- [Terraform Stacks in Practice](file:///ws/2024/hashiconf.md#L10) — HashiConf 2024, 2024-10-15',
  '- [Vault at Scale](file:///ws/2024/hashiconf.md#L6) — HashiConf 2024, 2024-10-15',
  '- [テラフォームのstateを分割した話](file:///ws/2024/hug-tokyo.md#L11) — HashiCorp User Group Tokyo \\#18, 2024-05-22',
  '- [테라폼 모듈 레지스트리를 사내에 구축한 이야기](file:///ws/2024/hug-seoul.md#L6) — 하시코프 한국 사용자 모임 12회, 2024-03-23',
];

describe('hover on a tool', () => {
  test('テラフォームを (Japanese, with a particle) shows the Terraform card', () => {
    check(at('テラフォームを'), { lines: ['**Terraform** — *infrastructure as code* · HashiCorp  ', '[terraform\\.io](https://www.terraform.io)  ', TERRAFORM_WHERE, ...TERRAFORM_TALKS] });
  });

  test('테라폼으로 (Korean, with a particle) shows the same card', () => {
    check(at('테라폼으로'), { lines: ['**Terraform** — *infrastructure as code* · HashiCorp  ', TERRAFORM_WHERE, ...TERRAFORM_TALKS] });
  });

  test('테라폼を (Hangul followed by a Japanese particle) is still Terraform', () => {
    check(`
      //- /a.md
      # メモ
      ## 移行の話 - 山田 太郎 (株式会社サンプル)
      - $0테라폼を使う。
    `, { lines: ['**Terraform** — *infrastructure as code* · HashiCorp  ', '**Where you heard of it\\:** 1 talk at 1 event, 1 mention in 1 note'] });
  });

  test('in a Korean or Japanese editor the card speaks that language; note text stays as written', () => {
    const note = `
      //- /ko.md
      # 하시코프 밋업
      - 일시: 2024년 3월 23일
      ## 시크릿 관리 이야기
      발표: 이지은 님 (당근마켓)
      - $0Vault를 HashiCorp 방식대로 쓴다.
    `;
    check(note, { locale: 'ko', lines: ['**Vault** — *시크릿 관리* · HashiCorp  ', '**들은 곳\\:** 행사 1개의 발표 1개, 노트 1개에서 1번 언급 · 2024-03-23', '- [시크릿 관리 이야기](file:///ws/ko.md#L3) — 하시코프 밋업, 2024-03-23'], absent: ['Where you heard'] });
    check(note, { locale: 'ja', lines: ['**聞いた場所\\:** 1 件のイベントの 1 件の発表、1 件のノートで 1 回 · 2024-03-23'], absent: ['Where you heard'] });
  });

  test('Vault를 shows the Vault card', () => {
    check(`
      //- /ko.md
      # 하시코프 밋업
      - 일시: 2024년 3월 23일
      ## 시크릿 관리 이야기
      발표: 이지은 님 (당근마켓)
      - $0Vault를 HashiCorp 방식대로 쓴다.
    `, { lines: ['**Vault** — *secrets management* · HashiCorp  ', '**Where you heard of it\\:** 1 talk at 1 event, 1 mention in 1 note · 2024-03-23', '- [시크릿 관리 이야기](file:///ws/ko.md#L3) — 하시코프 밋업, 2024-03-23'] });
  });

  test('k8s shows the Kubernetes card, with every spelling counted', () => {
    check(at('k8s'), {
      lines: ['**Kubernetes** — *Kubernetes ecosystem* · CNCF  ', '**Where you heard of it\\:** 3 talks at 3 events, 3 mentions in 3 notes · first 2024-03-23, last 2024-10-15'],
    });
  });

  test('the user tool file overrides the card and is linked', () => {
    check(
      `
      //- /.infranotes/tools.yaml
      tools:
        - id: shipit
          name: ShipIt
          category: ci-cd
          vendor: Example Corp
          homepage: https://example.com/shipit
          description: Our deploy pipeline.
          aliases: [シップイット, 쉽잇]
      //- /tokyo.md
      # HUG Tokyo
      ## デプロイの話 - 加藤 拓也 (Example Corp)
      - $0シップイットからTerraformを呼ぶ。
    `,
      {
        lines: [
          '**ShipIt** — *CI/CD* · Example Corp  ',
          'Our deploy pipeline.  ',
          '[example\\.com](https://example.com/shipit)  ',
          'Also written\\: シップイット, 쉽잇  ',
          'Defined in your tool file\\: [tools\\.yaml\\:2](file:///ws/.infranotes/tools.yaml#L2)',
        ],
      },
    );
  });

  test('compact detail leaves out the spellings', () => {
    check(at('k8s'), { lines: ['**Kubernetes** — *Kubernetes ecosystem* · CNCF  '], absent: ['Also written'], hoverDetail: 'compact' });
  });
});

describe('a tool that is part of another', () => {
  const PARTS = (cursorIn: 'seoul' | 'tokyo') => `
    //- /seoul.md
    # HUG Seoul
    ## Secrets without sidecars - Kim Minsu (Acme)
    - ${cursorIn === 'seoul' ? '$0' : ''}Vault Agent Injector renders the certs.
    //- /tokyo.md
    # HUG Tokyo
    ## Vault の運用 - 佐藤 花子（サンプル）
    - ${cursorIn === 'tokyo' ? '$0' : ''}Vault を使う。
  `;

  test('"Vault Agent": its own card under the cursor, on its first word too, naming what it is part of', () => {
    check(PARTS('seoul'), { lines: ['**Vault Agent** — *secrets management* · HashiCorp  ', 'Part of\\: Vault', '- [Secrets without sidecars](file:///ws/seoul.md#L2) — HUG Seoul'] });
  });

  test('Vault\'s card counts the talk that only spoke of Vault Agent', () => {
    check(PARTS('tokyo'), {
      lines: ['**Vault** — *secrets management* · HashiCorp  ', '**Where you heard of it\\:** 2 talks at 2 events, 3 mentions in 2 notes', '- [Secrets without sidecars](file:///ws/seoul.md#L2) — HUG Seoul', '- [Vault の運用](file:///ws/tokyo.md#L2) — HUG Tokyo'],
      absent: ['Part of'],
    });
  });
});

describe('hover escapes everything that comes from notes', () => {
  test('an event name with HTML and a command link stays text', () => {
    const md = check(
      `
      //- /evil.md
      ---
      title: "Evil <img src=x onerror=alert(1)> [x](command:foo)"
      date: 2024-01-01
      ---
      ## Scaling - Mallory Smith (Evil Corp)
      - We use $0Terraform.
    `,
      {
        lines: ['- [Scaling](file:///ws/evil.md#L5) — Evil \\<img src=x onerror=alert\\(1\\)\\> \\[x\\]\\(command\\:foo\\), 2024-01-01'],
        absent: ['](command:'],
      },
    );
    assert.ok(!/(^|[^\\])</.test(md), 'no unescaped <');
  });

  test('the tool file is not trusted either', () => {
    check(
      `
      //- /.infranotes/tools.yaml
      tools:
        - id: evil
          name: "Evil <b>Tool</b>"
          category: other
          homepage: "javascript:alert(1)"
          description: "<script>x</script> [run](command:workbench.action.terminal.new) **bold** www.example.com"
      //- /n.md
      # Conf
      ## Talk - A B (C)
      - uses $0Evil <b>Tool</b> here
    `,
      {
        lines: ['**Evil \\<b\\>Tool\\</b\\>** — *other*  ', '\\<script\\>x\\</script\\> \\[run\\]\\(command\\:workbench\\.action\\.terminal\\.new\\) \\*\\*bold\\*\\* www\\.example\\.com  '],
        absent: ['javascript', '](command:'],
      },
    );
  });

  test('escapeMarkdown escapes block markers at a line start only', () => {
    assert.equal(escapeMarkdown('- a-b', true), '\\- a-b');
    assert.equal(escapeMarkdown('1. x', true), '1\\. x');
    assert.equal(escapeMarkdown('a\n# b'), 'a \\# b');
    assert.equal(escapeMarkdown('see https://x.io'), 'see https\\://x\\.io');
  });
});

describe('hover on talks, references, events and speakers', () => {
  test('a timetable line shows the talk it points at', () => {
    check(at('テラフォームのstateを分割した話 (高橋'), {
      lines: [
        '[テラフォームのstateを分割した話](file:///ws/2024/hug-tokyo.md#L11)  ',
        '*HashiCorp User Group Tokyo \\#18* · 2024-05-22 · 大手町オフィス 20F  ',
        'Speaker\\: 高橋 誠 \\(株式会社フジミネ\\)  ',
        'Tools\\: Terraform ×3, Amazon S3',
      ],
    });
  });

  test('a talk title shows its event, speakers and tools', () => {
    check(at('at Scale'), {
      lines: ['**Vault at Scale**  ', '*HashiConf 2024* · 2024-10-15 · Boston, MA  ', 'Speaker\\: Dana Whitfield \\(Northwind Bank\\)  ', 'Tools\\: Vault ×2, Kubernetes, Terraform'],
    });
  });

  test('a talk title given in two languages shows the other under it', () => {
    check(
      `
  //- /2024/hug-seoul-14.md
  # HUG Seoul #14
  ## 테라폼 모듈 $0버전 관리 (“How we manage Terraform module versions”) - 박소연 (다온페이)
  - 모듈 200개
`,
      {
        lines: ['**테라폼 모듈 버전 관리**  ', '“How we manage Terraform module versions”  ', '*HUG Seoul \\#14* · no date  '],
      },
    );
  });

  test('[[Event#Talk]] shows the talk', () => {
    check(NOTES + '//- /todo.md\n# TODO\n- see [[HashiConf 2024#Terraform $0Stacks in Practice]]\n', {
      lines: ['[Terraform Stacks in Practice](file:///ws/2024/hashiconf.md#L10)  ', '*HashiConf 2024* · 2024-10-15 · Boston, MA  '],
    });
  });

  test('[[Event]] shows the event', () => {
    check(NOTES + '//- /todo.md\n# TODO\n- see [[HashiConf$0 2024]]\n', {
      lines: ['[HashiConf 2024](file:///ws/2024/hashiconf.md#L2)  ', '2024-10-15 · Boston, MA · 2 talks', '- [Vault at Scale](file:///ws/2024/hashiconf.md#L6)', '- [Terraform Stacks in Practice](file:///ws/2024/hashiconf.md#L10)'],
    });
  });

  test('a markdown link to a note heading shows the talk', () => {
    check(NOTES + '//- /todo.md\n# TODO\n- [my $0notes](2024/hashiconf.md#vault-at-scale---dana-whitfield-northwind-bank)\n', {
      lines: ['[Vault at Scale](file:///ws/2024/hashiconf.md#L6)  '],
    });
  });

  test('a speaker name on the speaker line shows their talks across events', () => {
    check(
      at('高橋 誠 (株式会社', 1, `
  //- /2023/cndt.md
  # CloudNative Days Tokyo 2023
  2023年12月11日
  ## stateの話
  高橋 誠 (株式会社フジミネ)
  - Terraformの話。
`),
      {
        lines: [
          '**高橋 誠** · 株式会社フジミネ  ',
          '2 talks at 2 events',
          '- [テラフォームのstateを分割した話](file:///ws/2024/hug-tokyo.md#L11) — HashiCorp User Group Tokyo \\#18, 2024-05-22',
          '- [stateの話](file:///ws/2023/cndt.md#L3) — CloudNative Days Tokyo 2023, 2023-12-11',
        ],
      },
    );
  });

  test('a speaker in a heading after the title', () => {
    check(at('Dana Whitfield'), { lines: ['**Dana Whitfield** · Northwind Bank  ', '1 talk at 1 event'] });
  });

  test('ordinary prose has no hover', () => {
    check(at('replace workspaces'), null);
  });
});
