// Extraction, data-driven: each case is a note and the outline the extractor must produce.
// `check` is the only caller of the extractor in this file.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Catalog } from '../../server/src/core/catalog/catalog';
import { extractNote } from '../../server/src/core/extract/note';
import type { Note } from '../../server/src/core/model';
import { parseSpeakers } from '../../server/src/core/extract/people';
import { isNonTalkTitle } from '../../server/src/core/extract/note-lines';

const catalog = Catalog.builtin();

/** A compact, readable outline of what the extractor understood. */
function outline(note: Note, bodies = false): string {
  const out: string[] = [];
  for (const e of note.events) {
    const when = e.date ? (e.endDate ? `${e.date}..${e.endDate}` : e.date) : '-';
    out.push(`event ${e.name} | ${when} | ${e.location ?? '-'}`);
    for (const t of e.talks) {
      const who = t.speakers.map((s) => (s.org ? `${s.name} (${s.org})` : s.name)).join(', ') || '-';
      const tools = t.tools.map((c) => c.toolId).sort().join(' ') || '-';
      const lines = bodies ? `${t.titleRange.start.line + 1}..${t.bodyRange.end.line + 1}` : `${t.titleRange.start.line + 1}`;
      // (Its title in another language, when the note gives one: "Title ‖ Other".)
      const title = t.otherTitle !== undefined ? `${t.title} ‖ ${t.otherTitle}` : t.title;
      out.push(`talk ${lines} ${title} | ${who} | ${tools}`);
    }
  }
  return out.join('\n');
}

/** `name`: the note's file name (a year in it dates a month and day without one); `bodies`: each talk's lines, first..last. */
function check(text: string, expected: string, options: { plainText?: boolean; name?: string; bodies?: boolean } = {}): void {
  const note = extractNote(`file:///notes/${options.name ?? 'test.md'}`, dedent(text), { catalog, plainText: options.plainText });
  assert.equal(outline(note, options.bodies), dedent(expected).trim());
}

/** Lets cases be written indented inside the test. */
function dedent(s: string): string {
  const lines = s.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

describe('talks as headings', () => {
  test('"## Title - Speaker (Company)" under front matter', () => {
    check(
      `
      ---
      title: "HashiConf Global 2023"
      date: 2023-10-10
      end_date: 2023-10-12
      location: San Francisco
      ---
      ## Vault Secrets at Scale - Jane Doe (Acme Corp)
      We moved every app to Vault with the Kubernetes auth method.

      ## Terraform Stacks - John Smith, HashiCorp
      Terraform stacks replace hand-written wrappers.
      `,
      `
      event HashiConf Global 2023 | 2023-10-10..2023-10-12 | San Francisco
      talk 7 Vault Secrets at Scale | Jane Doe (Acme Corp) | kubernetes vault
      talk 10 Terraform Stacks | John Smith (HashiCorp) | terraform
      `,
    );
  });

  test('a heading followed by a speaker line with handle, company and team (ko)', () => {
    check(
      `
      # 데브옵스 코리아 밋업 2019 후기

      ## 테라폼 도입기
      김대권 @nacyo_t SMARTSTUDY SRE팀
      * 테라폼으로 IAM을 관리한다

      ## 쿠버네티스 운영 이야기
      박지민(카카오, jimin@example.com)
      쿠버네티스를 AWS 위에서 운영한다.
      `,
      `
      event 데브옵스 코리아 밋업 2019 | 2019 | -
      talk 3 테라폼 도입기 | 김대권 (SMARTSTUDY) | aws-iam terraform
      talk 7 쿠버네티스 운영 이야기 | 박지민 (카카오) | aws kubernetes
      `,
    );
  });

  test('the title heading names the event; "## Sessions" groups talks; Q&A stays inside the talk', () => {
    check(
      `
      # Kafka Berlin #12 notes

      Notes from Kafka Berlin #12, held on 2021-03-04 in Berlin, Germany.

      ## Sessions

      ### Taming Kafka Drift - Ava Green (GitHub)
      They run Kafka behind NATS.

      #### Q&A
      Someone asked about ZooKeeper.

      ### Disaster Recovery for MySQL – Avery Wright (Google)
      MySQL everywhere.
      `,
      `
      event Kafka Berlin #12 | 2021-03-04 | Berlin, Germany
      talk 7 Taming Kafka Drift | Ava Green (GitHub) | kafka nats zookeeper
      talk 13 Disaster Recovery for MySQL | Avery Wright (Google) | mysql
      `,
    );
  });

  test('Japanese headings with a speaker line and honorific', () => {
    check(
      `
      # Kubernetes Meetup Tokyo #60 に参加してきました

      2023/08/24(木) に渋谷で開催されました。

      ## テラフォームで作る開発環境
      山本 さくら 様, 株式会社サンプル

      Terraformでモジュールを分割し、k8sのクラスタを作る。
      `,
      `
      event Kubernetes Meetup Tokyo #60 | 2023-08-24 | 渋谷
      talk 5 テラフォームで作る開発環境 | 山本 さくら (株式会社サンプル) | kubernetes terraform
      `,
    );
  });
});

describe('talks as plain lines', () => {
  test('"Title - Speaker, Company", a keynote, a subtitle with a dash, and photo captions', () => {
    check(
      `
      Platform Day Seoul 2023
      September 14, 2023

      Keynote - Hannah Cho, Bluewave Cloud

      Backstage templates and the Backstage software catalog are the front door for every team.

      IMG_2041

      Terraform at Scale - Lessons from 300 Workspaces - Grace Yoon, Acme Retail

      We split the state per team.

      GitOps Two Ways - Tom Becker, Yuna Seo (Riverstone)

      Argo CD for apps, Flux for clusters.
      `,
      `
      event Platform Day Seoul 2023 | 2023-09-14 | -
      talk 4 Keynote | Hannah Cho (Bluewave Cloud) | backstage
      talk 10 Terraform at Scale - Lessons from 300 Workspaces | Grace Yoon (Acme Retail) | terraform
      talk 14 GitOps Two Ways | Tom Becker (Riverstone), Yuna Seo (Riverstone) | argo-cd flux
      `,
      { plainText: true },
    );
  });

  test('Korean plain lines: several speakers, sub-sections that are not talks, a dash in prose', () => {
    check(
      `
      하시코프 한국 사용자 모임 밋업 정리

      2018년 7월 28일 공개SW센터 대강의장에서 있었던 밋업을 정리했다.

      레거시 위에서 환경 구축하기 - 홍길동

      기존 개발 환경

        • rsync로 배포

      프로비저닝은 서버를 쓸 수 있는 상태로 만드는 것 - 코드로 인프라 관리하기

      20명 팀에서 Vault 사용하기 - 김민규, 김도윤

        • 볼트는 믿을 수 있는 저장소
      `,
      `
      event 하시코프 한국 사용자 모임 밋업 | 2018-07-28 | 공개SW센터 대강의장
      talk 5 레거시 위에서 환경 구축하기 | 홍길동 | rsync
      talk 13 20명 팀에서 Vault 사용하기 | 김민규, 김도윤 | vault
      `,
      { plainText: true },
    );
  });

  test('a title line followed by a speaker line, and a line that lost its dash', () => {
    check(
      `
      DevOpsDays Tokyo 2022

      Making Gossip Robust - Jon Currey, HashiCorp

      Consul uses memberlist.

      Deep Dive into Vault Auth Backends Joel Thompson, Bridgewater

      Vault and AWS.

      Scaling Support with Vagrant - Stephen Miller, Datadog

      Vagrant boxes.
      `,
      `
      event DevOpsDays Tokyo 2022 | 2022 | -
      talk 3 Making Gossip Robust | Jon Currey (HashiCorp) | consul memberlist
      talk 7 Deep Dive into Vault Auth Backends | Joel Thompson (Bridgewater) | aws vault
      talk 11 Scaling Support with Vagrant | Stephen Miller (Datadog) | vagrant
      `,
      { plainText: true },
    );
  });

  test('quoted titles: 「」 with 様, Korean session labels, curly quotes', () => {
    check(
      `
      # クラウドネイティブ会議 2023

      「Terraformでマルチアカウント」
      山田 太郎 様, 株式会社サンプル

      Terraformの話。

      [기술세션 1] '쿠버네티스 위에서 Kafka 운영하기' (카카오 서민재)

      카프카를 쿠버네티스에.

      “Observability on a Budget” - Min-jae Lee (Daybreak Games)

      Prometheus and Grafana.
      `,
      `
      event クラウドネイティブ会議 2023 | 2023 | -
      talk 3 Terraformでマルチアカウント | 山田 太郎 (株式会社サンプル) | terraform
      talk 8 쿠버네티스 위에서 Kafka 운영하기 | 서민재 (카카오) | kafka kubernetes
      talk 12 Observability on a Budget | Min-jae Lee (Daybreak Games) | grafana prometheus
      `,
    );
  });
});

describe('job titles, honorifics and labels around names', () => {
  test('a role before the name, a role after it, a speaker label with handle and team', () => {
    check(
      `
      # SRE Summit 2022 notes

      Date: 2022-05-12 · Venue: Marina Bay Sands, Singapore

      ## Opening Keynote: The Future of Reliability - Dr. Maria Santos, Principal Engineer at Stripe
      Kubernetes.

      ## "Chaos at Scale" — CTO Kevin Lee (Gremlin)
      k8s.

      ## Running Vault in Production
      Speaker: Priya Sharma (@priyasre), Staff SRE, Shopify

      Vault.
      `,
      `
      event SRE Summit 2022 | 2022-05-12 | Marina Bay Sands, Singapore
      talk 5 Opening Keynote: The Future of Reliability | Maria Santos (Stripe) | kubernetes
      talk 8 Chaos at Scale | Kevin Lee (Gremlin) | kubernetes
      talk 11 Running Vault in Production | Priya Sharma (Shopify) | vault
      `,
    );
  });

  test('numbered Korean plain lines with company and 님, a lunch break, a slash separator', () => {
    check(
      `
      2019 AWS Community Day Seoul 후기

      일시: 2019년 10월 1일(화)
      장소: 코엑스 그랜드볼룸

      1. 서버리스로 만드는 채팅 서비스 - 카카오 김영희 님
      람다와 DynamoDB를 썼다.

      점심

      3. EKS 운영 경험 공유 / 쿠팡 이민호
      쿠버네티스 운영.
      `,
      `
      event 2019 AWS Community Day Seoul | 2019-10-01 | 코엑스 그랜드볼룸
      talk 6 서버리스로 만드는 채팅 서비스 | 김영희 (카카오) | aws-dynamodb aws-lambda
      talk 11 EKS 운영 경험 공유 | 이민호 (쿠팡) | aws-eks kubernetes
      `,
      { plainText: true },
    );
  });

  test('Japanese session labels with company and さん in full-width parentheses', () => {
    check(
      `
      # JAWS DAYS 2023 参加レポート

      ## セッション1: Terraformで始めるIaC入門（株式会社サンプル 佐藤 健さん）
      テラフォームの基本。
      `,
      `
      event JAWS DAYS 2023 | 2023 | -
      talk 3 Terraformで始めるIaC入門 | 佐藤 健 (株式会社サンプル) | terraform
      `,
    );
  });
});

describe('what is not a talk', () => {
  test('a timetable lists talks described below: references, not extra talks; breaks are not talks', () => {
    const note = extractNote(
      'file:///n.md',
      dedent(`
      # HUG Tokyo #18

      18:30-19:00 受付
      19:05-19:35 テラフォームのstateを分割した話 (高橋 誠)
      20:05-20:15 休憩
      21:00-22:00 懇親会

      ## テラフォームのstateを分割した話
      高橋 誠, 株式会社フジミネ

      stateを分割した。
      `),
      { catalog },
    );
    assert.deepEqual(
      note.events[0].talks.map((t) => [t.title, t.titleRange.start.line]),
      [['テラフォームのstateを分割した話', 7]],
    );
    assert.deepEqual(
      note.references.map((r) => [r.kind, r.range.start.line, r.target.talk]),
      [['agenda', 3, 'テラフォームのstateを分割した話']],
    );
  });

  test('a timetable without descriptions gives talks; about-this-meetup, related posts and back-to-top do not', () => {
    check(
      `
      # SRE Meetup Amsterdam #22

      March 7, 2024

      ## About this meetup
      A monthly meetup about Kubernetes.

      ## Agenda

      - 18:00 Doors open
      - 18:30 Redis at 2 a.m. (Noor Haddad, Tulipware)
      - 19:15 Policy as Code with OPA (Bram de Vries)
      - 20:00 Networking

      Back to top

      Related posts

      Another post - Someone Else, Company
      `,
      `
      event SRE Meetup Amsterdam #22 | 2024-03-07 | -
      talk 11 Redis at 2 a.m. | Noor Haddad (Tulipware) | redis
      talk 12 Policy as Code with OPA | Bram de Vries | open-policy-agent
      `,
    );
  });
});

describe('events', () => {
  test('front matter with a YAML comment-looking "#", CRLF line endings', () => {
    const text = '---\r\nevent: HashiCorp User Group Tokyo #18\r\ndate: 2024-05-22\r\nvenue: 大手町オフィス 20F\r\n---\r\n\r\n## Vault Agent - Jane Doe\r\nVault.\r\n';
    const note = extractNote('file:///n.md', text, { catalog });
    const e = note.events[0];
    assert.deepEqual([e.name, e.date, e.location, e.nameRange.start.line], ['HashiCorp User Group Tokyo #18', '2024-05-22', '大手町オフィス 20F', 1]);
    assert.equal(e.talks[0].titleRange.start.line, 6);
  });

  test('a date in a blog timestamp at the end gives the month only', () => {
    check(
      `
      Someone's Dev Story

      HashiConf 17 참석기 : Day 2

      Keynote - Kelsey Hightower, Google

      k8s demo.

      2017/09/30 23:51 2017/09/30 23:51
      `,
      `
      event HashiConf 17 | 2017-09 | -
      talk 5 Keynote | Kelsey Hightower (Google) | kubernetes
      `,
      { plainText: true },
    );
  });

  test('"Name / date / venue" on the first line: the name stops at the dated part', () => {
    check(
      `
      HashiTalks Japan 2025 / 2025-02-20 / オンライン

      Talk: Vault Secrets Operatorの実践
      Speaker: 高橋 健 (freee)
      テラフォームとヴォルトの連携。
      `,
      `
      event HashiTalks Japan 2025 | 2025-02-20 | オンライン
      talk 3 Vault Secrets Operatorの実践 | 高橋 健 (freee) | terraform vault vault-secrets-operator
      `,
      { plainText: true },
    );
  });

  test('"<date>に<place>で開催された…": the place without the date', () => {
    check(
      `
      # Cloud Native Days Fukuoka 2024

      2024/05/10に福岡で開催されたイベントに行ってきました。

      ### Argo CDの運用 - 田中 誠 (LINEヤフー)
      Argo CDのApplicationSetを使う。
      `,
      `
      event Cloud Native Days Fukuoka 2024 | 2024-05-10 | 福岡
      talk 5 Argo CDの運用 | 田中 誠 (LINEヤフー) | argo-cd
      `,
    );
  });

  test('a Japanese venue closing the date line with にて', () => {
    check(
      `
      # SRE NEXT 2024 参加メモ

      2024年7月13日〜14日、東京・TOC有明にて。

      ### Kubernetesのアップグレード戦略
      - 登壇者: 佐藤 花子 (サイバーエージェント)
      - EKSを毎年アップグレード。
      `,
      `
      event SRE NEXT 2024 | 2024-07-13..2024-07-14 | 東京・TOC有明
      talk 5 Kubernetesのアップグレード戦略 | 佐藤 花子 (サイバーエージェント) | aws-eks kubernetes
      `,
    );
  });
});

describe('labelled layouts', () => {
  test('"### 1. Title" with "Speaker: Name — Role at Company" below; the title heading carries place and dates', () => {
    check(
      `
      # Notes: HashiConf 2023 (San Francisco, Oct 10–12)

      ### 1. Terraform Stacks deep dive
      Speaker: Emily Chen — Staff Engineer at HashiCorp

      Stacks orchestrate many Terraform configurations.

      ### 2. Running Nomad at the edge
      Speaker: Raj Patel, Principal SRE @ Cloudflare

      Nomad clients everywhere; Consul for discovery.
      `,
      `
      event HashiConf 2023 | 2023-10-10..2023-10-12 | -
      talk 3 Terraform Stacks deep dive | Emily Chen (HashiCorp) | terraform
      talk 8 Running Nomad at the edge | Raj Patel (Cloudflare) | consul nomad
      `,
    );
  });

  test('"■ 세션명:" and "■ 발표자:" bullets in a plain-text note', () => {
    check(
      `
      [후기] 2024 데브옵스 코리아 컨퍼런스

      ■ 일시: 2024년 11월 2일(토) 10:00~18:00
      ■ 장소: 서울 코엑스

      ■ 세션명: 쿠버네티스 멀티 클러스터 운영기
      ■ 발표자: 정다은 (라인플러스)
      - 아르고CD로 배포.

      ■ 세션명: 앤서블에서 테라폼으로
      ■ 발표자: 한지민 (네이버클라우드)
      - 앤서블은 설정 관리에만.
      `,
      `
      event 2024 데브옵스 코리아 컨퍼런스 | 2024-11-02 | 서울 코엑스
      talk 6 쿠버네티스 멀티 클러스터 운영기 | 정다은 (라인플러스) | argo-cd kubernetes
      talk 10 앤서블에서 테라폼으로 | 한지민 (네이버클라우드) | ansible terraform
      `,
      { plainText: true },
    );
  });

  test('numbered bullets "Title — 발표: Name 님" win over a "## 메모" heading; "date, place" line', () => {
    check(
      `
      # 테라폼 코리아 밋업 2025 봄

      2025-04-12, 강남 마루180

      오늘 들은 세션들:
      1. 테라폼 1.10 새 기능 — 발표: 박성민 님
      2. OpenTofu로 갈아탄 후기 — 발표: 윤서연 님 (야놀자)

      ## 메모
      - 테라폼 ephemeral 리소스
      `,
      `
      event 테라폼 코리아 밋업 2025 봄 | 2025-04-12 | 강남 마루180
      talk 6 테라폼 1.10 새 기능 | 박성민 | terraform
      talk 7 OpenTofu로 갈아탄 후기 | 윤서연 (야놀자) | opentofu
      `,
    );
  });

  test('"Session 1 — Title by Name (Company)" with notes right below; "Place, date" line', () => {
    check(
      `
      # GitOps Summit 2025 Berlin

      Berlin, 12 May 2025

      Session 1 — Flux at scale by Laura Schmidt (Deutsche Telekom)
      They run Flux on many clusters, with Kustomize overlays.

      Session 2 — Policy with Kyverno by Tom Becker
      Kyverno instead of hand-written admission webhooks.
      `,
      `
      event GitOps Summit 2025 Berlin | 2025-05-12 | Berlin
      talk 5 Flux at scale | Laura Schmidt (Deutsche Telekom) | flux kustomize
      talk 8 Policy with Kyverno | Tom Becker | kyverno
      `,
    );
  });

  test('a timetable of "・time Title / Name（Company）" bullets under "date place"', () => {
    check(
      `
      AWS Summit Japan 2025 メモ
      2025/06/25-26 幕張メッセ

      ・13:00-13:40 Amazon EKS Auto Mode 入門 / 田村 修（AWS）
      ・14:00-14:40 CDKで作るマルチアカウント / 吉田 亮（クラスメソッド）
      `,
      `
      event AWS Summit Japan 2025 | 2025-06-25..2025-06-26 | 幕張メッセ
      talk 4 Amazon EKS Auto Mode 入門 | 田村 修 (AWS) | aws-eks
      talk 5 CDKで作るマルチアカウント | 吉田 亮 (クラスメソッド) | -
      `,
      { plainText: true },
    );
  });

  test('"Name 2024 - subtitle" title, the day from the prose, "### 1. Title / 회사 이름" headings', () => {
    check(
      `
      ---
      title: "[참관기] 인프콘 2024 - 인프라 세션 정리"
      ---

      인프콘 2024에 다녀왔다. 8월 2일.

      ### 1. 대규모 트래픽을 견디는 쿠버네티스 운영 / 배민 김태희
      KEDA로 오토스케일링.

      ### 2. 오픈소스로 관측하기 / 토스 박준영
      프로메테우스와 그라파나.
      `,
      `
      event 인프콘 2024 | 2024-08-02 | -
      talk 7 대규모 트래픽을 견디는 쿠버네티스 운영 | 김태희 (배민) | keda kubernetes
      talk 10 오픈소스로 관측하기 | 박준영 (토스) | grafana prometheus
      `,
    );
  });

  test('"Company社 / Name" under a heading is its speaker line, not a talk', () => {
    check(
      `
      # Japan Container Days v18.04 (2018-04-19)

      ## Docker Enterprise 2.0 の紹介
      Docker社 / 佐藤 大輔

      Swarmとk8sの両方をサポート。

      ## Kubernetesの運用 - 田中 誠 (LINEヤフー)
      kubectlの話。
      `,
      `
      event Japan Container Days v18.04 | 2018-04-19 | -
      talk 3 Docker Enterprise 2.0 の紹介 | 佐藤 大輔 (Docker社) | docker docker-swarm kubernetes
      talk 8 Kubernetesの運用 | 田中 誠 (LINEヤフー) | kubectl kubernetes
      `,
    );
  });

  test('"Name - 2025년 3월" title with the day in a labelled line; "[세션1] Title — Name (Company)"', () => {
    check(
      `
      Kubernetes Korea Group 밋업 - 2025년 3월

      * 일시 : 2025. 3. 15 (토) 14:00
      * 장소 : 판교 카카오 아지트

      [세션1] 쿠버네티스 네트워크 정책 실전 — 오세훈 (NHN Cloud)
        - 실리움 네트워크 폴리시

      [세션2] GPU 클러스터 운영기 — 장하늘 (업스테이지)
        - 스케줄러 이야기
      `,
      `
      event Kubernetes Korea Group 밋업 | 2025-03-15 | 판교 카카오 아지트
      talk 6 쿠버네티스 네트워크 정책 실전 | 오세훈 (NHN Cloud) | cilium kubernetes
      talk 9 GPU 클러스터 운영기 | 장하늘 (업스테이지) | -
      `,
    );
  });

  test('setext headings with a speaker line under the underline', () => {
    check(
      `
      ---
      title: SREcon24 Americas
      date: 2024-03-18
      ---

      Kafka Tiered Storage in Practice
      --------------------------------
      Speaker: Priya Raman (Confluent)

      Kafka tiered storage with S3.

      Running Vault on Kubernetes
      ---------------------------
      Speaker: Tom Becker (Riverstone)

      Vault Agent injector.
      `,
      `
      event SREcon24 Americas | 2024-03-18 | -
      talk 6 Kafka Tiered Storage in Practice | Priya Raman (Confluent) | aws-s3 kafka
      talk 12 Running Vault on Kubernetes | Tom Becker (Riverstone) | kubernetes vault vault-agent
      `,
    );
  });

  test('plain-text decoration: "===== Name =====", "--- 세션: Title (발표자: Name, Company)"', () => {
    check(
      `
      ===== DevOpsDays Seoul 2025 =====
      2025-10-01 / 서울 aT센터

      --- 세션: 플랫폼 팀의 첫 1년 (발표자: 문지혜, 무신사)
      아르고CD, 테라폼 모듈화

      --- 세션: 옵저버빌리티 비용 줄이기 (발표자: 권도윤, 리디)
      그라파나 스택으로 이전
      `,
      `
      event DevOpsDays Seoul 2025 | 2025-10-01 | 서울 aT센터
      talk 4 플랫폼 팀의 첫 1년 | 문지혜 (무신사) | argo-cd terraform
      talk 7 옵저버빌리티 비용 줄이기 | 권도윤 (리디) | grafana
      `,
      { plainText: true },
    );
  });

  test('two speakers each with their own parenthesis, "（同）" for the same company', () => {
    check(
      `
      # Cloud Native Days Tokyo 2024 に参加してきました

      ## OpenTelemetryでコスト削減
      登壇者：田中 一郎（LINEヤフー株式会社）、山本 次郎（同）

      Collectorのtail samplingで削減。
      `,
      `
      event Cloud Native Days Tokyo 2024 | 2024 | -
      talk 3 OpenTelemetryでコスト削減 | 田中 一郎 (LINEヤフー株式会社), 山本 次郎 (LINEヤフー株式会社) | opentelemetry
      `,
    );
  });

  test('a date before the event name on the first line is not part of the name', () => {
    check(
      `
      2024.09.07 AWS Community Day Korea 후기

      1) EKS에서 Karpenter로 비용 줄이기 - 김하늘(우아한형제들)
       카펜터 도입 후 스팟 비율 70%.

      2) Terraform Cloud 대신 Atlantis - 박지성(리디)
       아틀란티스로 PR 기반 플랜.
      `,
      `
      event AWS Community Day Korea | 2024-09-07 | -
      talk 3 EKS에서 Karpenter로 비용 줄이기 | 김하늘 (우아한형제들) | aws-eks karpenter
      talk 6 Terraform Cloud 대신 Atlantis | 박지성 (리디) | atlantis terraform terraform-cloud
      `,
      { plainText: true },
    );
  });

  test('a heading "Name, dates, place" and bullets "Title (Name @ Company)"', () => {
    check(
      `
      ## Cloud Native Taiwan meetup, Nov 6–9, 2023, Taipei

      - Service mesh without sidecars (Kevin Lin @ Trend Micro)
        - Istio ambient mode.
      - Karpenter vs Cluster Autoscaler (Amy Wu @ 91APP)
        - Spot instances.
      `,
      `
      event Cloud Native Taiwan meetup | 2023-11-06..2023-11-09 | Taipei
      talk 3 Service mesh without sidecars | Kevin Lin (Trend Micro) | istio
      talk 5 Karpenter vs Cluster Autoscaler | Amy Wu (91APP) | cluster-autoscaler karpenter
      `,
    );
  });
});

describe('several events in one note', () => {
  test('a series\' running notes: "#37 -- Wed 24 Jan 2024" under "MUNICH KUBERNETES MEETUP -- running notes" is "MUNICH KUBERNETES MEETUP #37"', () => {
    check(
      `
      MUNICH KUBERNETES MEETUP -- running notes, Q1 2024

      #37 -- Wed 24 Jan 2024
      ======================
      Cilium Cluster Mesh in practice - Anna Huber, Isarwerk
        - two clusters, one mesh

      #38 -- Wed 28 Feb 2024
      ======================
      Karpenter on bare EKS - Tobias Maier, Alpenbahn
        - consolidation
      `,
      `
      event MUNICH KUBERNETES MEETUP #37 | 2024-01-24 | -
      talk 5 Cilium Cluster Mesh in practice | Anna Huber (Isarwerk) | cilium
      event MUNICH KUBERNETES MEETUP #38 | 2024-02-28 | -
      talk 10 Karpenter on bare EKS | Tobias Maier (Alpenbahn) | aws-eks karpenter
      `,
      { plainText: true },
    );
  });

  test('a month\'s log: each event\'s talks chosen in its own section, each written its own way ("## 2025-03-06 · Name", "## Thu 27 Mar 2025 — Name")', () => {
    check(
      `
      # meetup log — march 2025

      ## 2025-03-06 · Berlin Platform Engineering Meetup #41
      Venue: Kantstrasse Works, Berlin

      1) Cilium at 3,000 nodes: what broke first
         Park Ji-hoon, Hanbit Pay
         - Cilium in kube-proxy replacement mode
      2) Prometheus long-term storage, honestly
         Kim Dae-won, Daol Systems
         - Thanos vs Mimir

      ## Thu 27 Mar 2025 — Osaka HashiCorp User Group vol.12
      Place: Umeda Sky Hub coworking, 9F, Osaka

      - "Nomad for the edge: 40 shops" — Sato Kenji, Kansai Retail Tech
          Nomad on small NUCs in every shop
      - "Terraform Stacks, first impressions" — Yamamoto Aiko (Hoshizora Cloud)
          deferred changes look nice
      `,
      `
      event Berlin Platform Engineering Meetup #41 | 2025-03-06 | Kantstrasse Works, Berlin
      talk 6 Cilium at 3,000 nodes: what broke first | Park Ji-hoon (Hanbit Pay) | cilium kube-proxy
      talk 9 Prometheus long-term storage, honestly | Kim Dae-won (Daol Systems) | grafana-mimir prometheus thanos
      event Osaka HashiCorp User Group vol.12 | 2025-03-27 | Umeda Sky Hub coworking, 9F, Osaka
      talk 16 Nomad for the edge: 40 shops | Sato Kenji (Kansai Retail Tech) | nomad
      talk 18 Terraform Stacks, first impressions | Yamamoto Aiko (Hoshizora Cloud) | terraform
      `,
    );
  });

  test('a trip\'s days at two events: "## Day 1 — Cloud Native Summit Tokyo 2025", "## Day 2 — DevOps Kansai Day 2025"', () => {
    check(
      `
      # Trip report — Tokyo and Osaka (13–14 Mar 2025)

      ## Day 1 — Cloud Native Summit Tokyo 2025
      Thu 2025-03-13, Ariake Sky Hall, Tokyo

      ### Scaling Argo CD to 2,000 applications — Kenji Mori (Shirokane Systems)
      - ApplicationSets everywhere

      ## Day 2 — DevOps Kansai Day 2025
      Fri 2025-03-14

      ### Jenkins to GitHub Actions — Takuya Nishida (Kansai Rail Digital)
      - self-hosted runners
      `,
      `
      event Cloud Native Summit Tokyo 2025 | 2025-03-13 | Ariake Sky Hall, Tokyo
      talk 6 Scaling Argo CD to 2,000 applications | Kenji Mori (Shirokane Systems) | argo-cd
      event DevOps Kansai Day 2025 | 2025-03-14 | -
      talk 12 Jenkins to GitHub Actions | Takuya Nishida (Kansai Rail Digital) | github-actions jenkins
      `,
    );
  });

  test('a yearly note: one event per "## Event (Place, dates)" heading, its talks below it', () => {
    check(
      `
      # 2024 conference notes

      ## KubeCon + CloudNativeCon Europe 2024 (Paris, March 19-22, 2024)

      ### Cilium at scale - Anna Berg (Isovalent)
      eBPF dataplane.

      ## HashiConf 2024 (Boston, October 15-16, 2024)

      ### Terraform Stacks - Emily Chen (HashiCorp)
      Stacks are GA.

      ### Vault Secrets Operator - Raj Patel (Cloudflare)
      Vault on Kubernetes.
      `,
      `
      event KubeCon + CloudNativeCon Europe 2024 | 2024-03-19..2024-03-22 | Paris
      talk 5 Cilium at scale | Anna Berg (Isovalent) | cilium ebpf
      event HashiConf 2024 | 2024-10-15..2024-10-16 | Boston
      talk 10 Terraform Stacks | Emily Chen (HashiCorp) | terraform
      talk 13 Vault Secrets Operator | Raj Patel (Cloudflare) | kubernetes vault vault-secrets-operator
      `,
    );
  });

  test('days of one event are not events: "## Day 1 (Nov 7)"', () => {
    check(
      `
      # KubeCon NA 2023

      ## Day 1 (Nov 7)
      ### Gateway API - Mei Lin (Brightpath)
      Envoy Gateway.

      ## Day 2 (Nov 8)
      ### Cilium policies - Oskar Nilsson (Brightpath)
      eBPF.
      `,
      `
      event KubeCon NA 2023 | 2023-11-07 | -
      talk 4 Gateway API | Mei Lin (Brightpath) | envoy envoy-gateway gateway-api
      talk 8 Cilium policies | Oskar Nilsson (Brightpath) | cilium ebpf
      `,
    );
  });
});

describe('mentions', () => {
  function mentions(text: string): string[] {
    const note = extractNote('file:///m.md', text, { catalog });
    return note.mentions.map((m) => `${m.toolId}@${m.range.start.line}:${m.range.start.character}:${m.text}`);
  }

  test('Korean particles, Japanese kana, full-width letters', () => {
    assert.deepEqual(mentions('Vault를 쓰고 테라폼을 도입했다.\nTerraformで構築し、テラフォームを使う。\nＴｅｒｒａｆｏｒｍ and k8s'), [
      'vault@0:0:Vault',
      'terraform@0:10:테라폼',
      'terraform@1:0:Terraform',
      'terraform@1:14:テラフォーム',
      'terraform@2:0:Ｔｅｒｒａｆｏｒｍ',
      'kubernetes@2:14:k8s',
    ]);
  });

  test('katakana and Hangul transliterations; ambiguous ones only beside their context', () => {
    assert.deepEqual(mentions('アルゴシーディーで配布、シリウムでCNI。'), ['argo-cd@0:0:アルゴシーディー', 'cilium@0:12:シリウム']);
    assert.deepEqual(mentions('쿠버네티스 런타임 보안은 팔코로 탐지.'), ['kubernetes@0:0:쿠버네티스', 'falco@0:14:팔코']);
    assert.deepEqual(mentions('ミニオンとミニオ、ランチャーアプリ。'), ['minio@0:5:ミニオ']);
  });

  test('a name inside a longer word does not count', () => {
    assert.deepEqual(mentions('Consultant wears a Helmet; 컨설팅 회사; コンサルタント'), []);
  });

  test('ambiguous names need context: Redis Sentinel, HashiCorp Sentinel, the English noun vault', () => {
    assert.deepEqual(mentions('## Redis failover\nWe use Redis with Sentinel for failover.'), ['redis@0:3:Redis', 'redis@1:7:Redis', 'redis-sentinel@1:18:Sentinel']);
    assert.deepEqual(mentions('## Policy\nTerraform Cloud runs Sentinel policies before apply.'), ['terraform-cloud@1:0:Terraform Cloud', 'terraform@1:0:Terraform', 'sentinel@1:21:Sentinel']);
    assert.deepEqual(mentions('Think of it as a bank vault for money.'), []);
  });

  test('"tf" is Terraform where its trade is in the talk; a one-word name matched by its case counts in capitals where its context does', () => {
    assert.deepEqual(mentions('## State - Kim Minsu (Acme)\nour tf state is 25 MB, tfのstate分割'), ['terraform@1:4:tf', 'terraform@1:23:tf']);
    assert.deepEqual(mentions('## Models - Kim Minsu (Acme)\ntf.keras for the training loop'), []);
    // (In capitals, a task force in Korean and Japanese notes: "인프라 TF에서 IaC 모듈 정리".)
    assert.deepEqual(mentions('## 정리 - 김민수 (에이크미)\n인프라 TF에서 IaC 모듈 정리'), []);
    assert.deepEqual(mentions('## Deploys - Kim Minsu (Acme)\nApp + Install -> HELM, then a chart per team'), ['helm@1:17:HELM']);
    assert.deepEqual(mentions('## Sailing - Kim Minsu (Acme)\nAT THE HELM OF THE BOAT'), []);
  });

  test('spellings first met in session 42: "GHA" beside Jenkins or OIDC, 오픈토푸, "HCP TF"; "GHA" alone stays unread', () => {
    const at = (text: string) => mentions(text).map((m) => m.replace(/@\d+:\d+/, ''));
    assert.deepEqual(at('## Pipelines - Jane Doe (Acme)\nJenkins -> GHA migration next quarter'), ['jenkins:Jenkins', 'github-actions:GHA']);
    assert.deepEqual(at('## Keys - Jane Doe (Acme)\nGHA + OIDC, no more access keys'), ['github-actions:GHA']);
    assert.deepEqual(at('## Misc - Jane Doe (Acme)\nGHA was mentioned once'), []);
    assert.deepEqual(at('오픈토푸로 일부 옮김, state 암호화'), ['opentofu:오픈토푸']);
    assert.deepEqual(at('workspaces moved to HCP TF'), ['terraform-cloud:HCP TF', 'terraform:TF']);
  });

  test('a writer\'s own sections are no talks: "TOP 3", "나머지", "그 외", "링크", "세션별 메모", "내 takeaways", "Backlog", "나중에 VOD로 볼 것"', () => {
    for (const title of ['TOP 3', '나머지 (순위 밖, 간단히)', '그 외', '링크', '세션별 메모', '세부 메모', '내 takeaways', 'Backlog', '나중에 VOD로 볼 것', 'AM', '오프닝 & 커뮤니티 소개 (10분)', '들은 세션 (시간순)']) assert.equal(isNonTalkTitle(title), true, title);
    for (const title of ['Top 3 Terraform Mistakes', '그 외 이야기들: Consul 운영기', 'Backlog grooming with Jira automation']) assert.equal(isNonTalkTitle(title), false, title);
  });

  test('one person\'s name in two scripts, or with a nickname in quotes, is one person', () => {
    const names = (line: string) => parseSpeakers(line)?.speakers.map((sp) => (sp.org ? `${sp.name} (${sp.org})` : sp.name));
    assert.deepEqual(names('KIM Cheolsu / キム・チョルス（NAVER Cloud）'), ['KIM Cheolsu (NAVER Cloud)']);
    assert.deepEqual(names('정유진 (Yujin Jung) / 카카오엔터프라이즈'), ['정유진 (카카오엔터프라이즈)']);
    assert.deepEqual(names('田中 太郎 (Taro Tanaka)'), ['田中 太郎']);
    assert.deepEqual(names('伊藤 "itochan" 美咲（SmartHR）'), ['伊藤 美咲 (SmartHR)']);
    // (An organisation in brackets stays one: "김민수 (Toss)".)
    assert.deepEqual(names('김민수 (Toss)'), ['김민수 (Toss)']);
    assert.deepEqual(names('山本 葵 (Deutsche Bahn)'), ['山本 葵 (Deutsche Bahn)']);
    assert.deepEqual(names('Emily Park / 핀테크랩'), ['Emily Park (핀테크랩)']);
  });

  test('spellings first met in session 38: 콘술, コンスル, ヴォールト, GH Actions, otelcol, 빅토리아메트릭스; tofu, prom and ボルト only in their trade, not at lunch, at a dance or on a bolt', () => {
    const at = (text: string) => mentions(text).map((m) => m.replace(/@\d+:\d+/, ''));
    assert.deepEqual(at('콘술 클러스터, コンスルのACL, ヴォールトのポリシー, GH Actions, otelcol, 빅토리아메트릭스'), ['consul:콘술', 'consul:コンスル', 'vault:ヴォールト', 'github-actions:GH Actions', 'opentelemetry:otelcol', 'victoriametrics:빅토리아메트릭스']);
    // (Each guarded: a context word in the talk, and no ordinary sense beside it.)
    assert.deepEqual(at('## Moving off Terraform - Jane Doe (Acme)\nwe run tofu plan after the BSL change\nmapo tofu for lunch'), ['terraform:Terraform', 'opentofu:tofu']);
    assert.deepEqual(at('## Metrics - Jane Doe (Acme)\nprom scrape configs, PromQL\nprom night photos'), ['prometheus:prom', 'prometheus:PromQL']);
    assert.deepEqual(at('## Consul運用 - 田中 太郎（Acme）\nボルトのsecret engine\nボルト締め、100ボルト'), ['consul:Consul', 'vault:ボルト']);
    // (Redis's 센티널 on a line that names Redis; HashiCorp's in a talk on policies.)
    assert.deepEqual(at('## 정책 - 김민수 (Acme)\nRedis Sentinel 구성, 센티널 설정 갱신\n\n## Terraform 정책 - 이수진 (Acme)\n센티널 정책으로 plan 검사'), ['redis-sentinel:Redis Sentinel', 'redis:Redis', 'redis-sentinel:센티널', 'terraform:Terraform', 'sentinel:센티널']);
  });

  test('spellings first met in session 38, round 2: 아르고씨디, 링커드, istioctl; 솔트 beside configuration management, not on food', () => {
    const at = (text: string) => mentions(text).map((m) => m.replace(/@\d+:\d+/, ''));
    assert.deepEqual(at('## 솔트 마스터 운영기 - 김민수 (Acme)\n앤서블 대신 솔트, 미니언 500대\n음식에 솔트 조금\n아르고씨디, 링커드, istioctl analyze'), ['saltstack:솔트', 'ansible:앤서블', 'saltstack:솔트', 'argo-cd:아르고씨디', 'linkerd:링커드', 'istio:istioctl']);
  });

  test('ordinary words first met in session 38: the tempo of incidents, a novelty doll called Puppet, a restaurant\'s シェフ, 너트와 볼트, 조직 바운더리, a solder\'s フラックス', () => {
    const at = (text: string) => mentions(`## Platform - 田中 太郎（Acme）\nHelm, Argo CD, GitOps, Kubernetes, HashiCorp, Vault, Boundary, Grafana, Puppet, Chef, Flux.\n${text}`).filter((m) => m.startsWith(`${m.split('@')[0]}@2:`)).map((m) => m.replace(/@\d+:\d+/, ''));
    assert.deepEqual(at('the tempo of incidents went up since 2020'), []);
    assert.deepEqual(at('we moved traces to Tempo'), ['grafana-tempo:Tempo']);
    assert.deepEqual(at('某ベンダーで「Puppet」ってノベルティのパペット人形配ってた'), []);
    assert.deepEqual(at('お好み焼き屋。店のシェフがTシャツに興味津々'), []);
    assert.deepEqual(at('"이건 너트와 볼트 수준의 기초 얘기" 그리고 볼트 정책'), ['vault:볼트']);
    assert.deepEqual(at('플랫폼팀 vs 서비스팀 책임 바운더리가 애매'), []);
    assert.deepEqual(at('ケースを自作してハンダ付けでフラックス塗りすぎた'), []);
  });

  test('the ordinary word is read from the words around it, the tool from a word of its trade after it', () => {
    const note = (line: string) => mentions(`## Secrets - Kim Minsu (Acme)\nTerraform and HashiCorp tooling on AWS.\n${line}`).filter((m) => m.startsWith('vault') || m.startsWith('packer') || m.startsWith('consul') || m.startsWith('nomad'));
    // Lowercase after a determiner: the tool when a word of its trade follows, joined or not.
    assert.deepEqual(note('we run a vault cluster with raft; the packer build runs nightly; a vault-backed store'), ['vault@2:9:vault', 'packer@2:38:packer', 'vault@2:67:vault']);
    // An adjective or a noun between an article and the word; a nationality before it.
    assert.deepEqual(note('he was a professional packer before ops, and the Portuguese consul in Macau'), []);
    // "that glues packer": a pronoun and a verb, not an article and an adjective.
    assert.deepEqual(note('a small tool that glues packer to vagrant'), ['packer@2:24:packer']);
    // Volts and bolts, a digital nomad, a consulting firm, a packer's part-time job.
    assert.deepEqual(note('220볼트 섞여있어서, 볼트 조이는 것부터, 디지털 노마드로, 外部コンサルに頼らず, 패커 알바'), []);
    assert.deepEqual(note('볼트로 시크릿 관리, 노마드 클러스터, コンサルでサービスメッシュ'), ['vault@2:0:볼트', 'nomad@2:12:노마드', 'consul@2:22:コンサル']);
    // A lowercase spelling glossed by the ordinary word beside it: a bank's vault, in any language.
    assert.deepEqual(note('"은행 금고(vault)보다 더 잠가놨다", 銀行で vault と言うと地下の金庫のこと'), []);
    assert.deepEqual(note('vault server 띄우고 (은행 금고 말고)'), ['vault@2:0:vault']);
    // Science fiction's ansible, in English or Korean.
    const ansible = (line: string) => mentions(`## Tracing - Kim Minsu (Acme)\n${line}`).filter((m) => m.startsWith('ansible'));
    assert.deepEqual(ansible('an Ursula K. Le Guin quote about the ansible, instant messages; "SF에 나오는 앤서블 같은 게"'), []);
    assert.deepEqual(ansible('we moved the ansible playbooks to AWX'), ['ansible@1:13:ansible', 'ansible@1:34:AWX']);
  });

  test('the names\' other bearers: the Titan who stole fire, a dog called Loki, the villain\'s snap, a stage\'s wings, a diplomat, Mars', () => {
    const note = (line: string) => mentions(`## Observability - Kim Minsu (Acme)\nPrometheus, Loki, Thanos, Grafana dashboards, Envoy sidecars, Backstage developer portal, Terraform.\n${line}`).filter((m) => m.includes('@2:'));
    assert.deepEqual(note('a painting of Prometheus stealing fire; that is Loki, my dog; a Thanos snap of the logs'), []);
    assert.deepEqual(note('"타노스 핑거스냅"으로 로그 절반 삭제, 登壇者がバックステージで待機'), []);
    assert.deepEqual(note('he is the reluctant envoy between teams; we should terraform Mars; Le Guin\'s ansible, faster than light'), []);
    // The tools, where the same words stand without them.
    assert.deepEqual(note('Prometheus scrapes, Loki stores logs, Thanos compacts'), ['prometheus@2:0:Prometheus', 'grafana-loki@2:20:Loki', 'thanos@2:38:Thanos']);
  });

  test('idioms and people: bolts and nuts, the helm of a team, a catering chef, a Jenkins who is a person', () => {
    const note = (line: string) => mentions(`## Platform day - Kim Minsu (Acme)\nHashiCorp Vault, Helm charts, Chef cookbooks and a Jenkins pipeline.\n${line}`).filter((m) => /^(?:vault|helm|chef|jenkins|consul)@2/.test(m));
    assert.deepEqual(note('서버 랙의 볼트와 너트, 선반 볼트/너트, 의자 볼트가 빠져서 수리 요청'), []);
    assert.deepEqual(note('운영팀의 헬름을 잡은 뒤로, 호텔 셰프가 만든 디저트'), []);
    assert.deepEqual(note('ケータリングのシェフが作ったパスタ, 移行コンサルの営業'), []);
    assert.deepEqual(note('"리로이 젠킨스" 같은 배포, send receipts to Mark Jenkins by Friday, Leeroy Jenkins style'), []);
    assert.deepEqual(note('the caterer said the chef prepared lunch'), []);
    // A ship's wheel, a dock worker and a packing job, glossed in Korean beside the English word.
    const more = (line: string) => mentions(`## Platform day - Kim Minsu (Acme)\nHelm charts, Docker images and a Packer build.\n${line}`).filter((m) => /^(?:helm|docker|packer)@2/.test(m));
    assert.deepEqual(more('비유: "배의 키(helm)는 하나여야 한다"'), []);
    assert.deepEqual(more('옛날 부두 노동자(docker) 얘기부터 시작'), []);
    assert.deepEqual(more("전 직장에선 'packer'가 포장 담당 직함이었다"), []);
    assert.deepEqual(more('docker build 후 packer로 AMI, helm upgrade'), ['docker@2:0:docker', 'packer@2:15:packer', 'helm@2:28:helm']);
    // The tool, where the same words stand without them.
    assert.deepEqual(note('볼트 정책을 바꾸고 헬름 차트를 배포, 셰프 쿡북, シェフのレシピ, 젠킨스 잡, the Jenkins agents'), [
      'vault@2:0:볼트', 'helm@2:11:헬름', 'chef@2:22:셰프', 'chef@2:29:シェフ', 'jenkins@2:38:젠킨스', 'jenkins@2:49:Jenkins',
    ]);
  });

  test('a name given to something before a tool’s spelling ("飼い猫の名前が「ジェンキンス」", "1 号機は「アンシブル」", "고양이 이름이 젠킨스"); a diner’s chef, a venue’s backstage', () => {
    const note = (line: string) => mentions(`## 運用の話 - 佐藤 花子（サンプル）\nJenkins と Ansible と Chef と Consul と Backstage のポータル。\n${line}`).filter((m) => m.includes('@2:'));
    assert.deepEqual(note('飼い猫の名前が「ジェンキンス」。ホスト名が SF ネタで、1 号機は「アンシブル」'), []);
    assert.deepEqual(note('고양이 이름이 젠킨스라서 웃었다'), []);
    assert.deepEqual(note('洋食屋のシェフに聞かれた。会場のバックステージ（倉庫）に椅子を運んだ'), []);
    // The tools, where the same words stand without them.
    assert.deepEqual(note('ジェンキンスのジョブ、アンシブルのロール'), ['jenkins@2:0:ジェンキンス', 'ansible@2:11:アンシブル']);
  });

  test('Japanese and Korean ordinary words: the myth\'s Prometheus, a vaulted ceiling, a restaurant\'s chef, ノマド as an adjective or said not to be the tool', () => {
    const note = (line: string) => mentions(`## 運用の話 - 佐藤 花子（サンプル）\nPrometheus と Vault と Nomad と Chef。\n${line}`).filter((m) => m.includes('@2:'));
    assert.deepEqual(note('冒頭「プロメテウスが人類に火を与えたように」という比喩'), []);
    assert.deepEqual(note('ホールの天井がボールト（ヴォールト）構造で声が響く'), []);
    assert.deepEqual(note('元イタリアンのシェフという経歴'), []);
    assert.deepEqual(note('ノマドなクラスタたち、タイトルのノマドは HashiCorp のあれではなく遊牧民の意味'), []);
    assert.deepEqual(note('그리스 신화의 프로메테우스처럼, 노마드족 같은 클러스터'), []);
    // The tools, where the same words stand without them.
    assert.deepEqual(note('プロメテウスでメトリクス収集、ボールトのシークレット、ノマドなしで運用'), ['prometheus@2:0:プロメテウス', 'vault@2:15:ボールト', 'nomad@2:27:ノマド']);
  });

  test('ordinary words first met in session 36: a garbage truck, a line between teams, the novelist, a sock puppet, a diplomat, the drink, a bank\'s safe', () => {
    const note = (line: string) => mentions(`## 運用の話 - 佐藤 花子（サンプル）\nPacker と Boundary と Kafka と Puppet と Consul と Jaeger と Vault。\n${line}`).filter((m) => m.includes('@2:'));
    assert.deepEqual(note('帰り道でパッカー車に道をふさがれた'), []);
    assert.deepEqual(note('팀 간 바운더리를 어디에 긋느냐가 문제, 요즘 카프카 『변신』 읽는 중'), []);
    assert.deepEqual(note('チーム間のバウンダリーをどこに引くか、カフカの『変身』みたいな設定ファイル'), []);
    assert.deepEqual(note('the moderator asked questions with a sock puppet; the speaker was a vice consul in Osaka before tech'), []);
    assert.deepEqual(note('「パッカー」って言うと物流部門の梱包担当が反応する、飲み物が「イェーガー」（Jägermeister）だった'), []);
    assert.deepEqual(note('발표에서 볼트를 금고에 비유함; 옆자리 분이 영사였고 명함에 Consul General'), []);
    assert.deepEqual(note('read Kafka on the train home (The Castle); the "consul" joke slide: a picture of a diplomat stamping a passport'), []);
    // The tools, where the same words stand without them.
    assert.deepEqual(note('パッカーでAMI、바운더리로 접속, 카프카 컨슈머 랙'), ['packer@2:0:パッカー', 'aws-ami@2:5:AMI', 'boundary@2:9:바운더리', 'kafka@2:19:카프카']);
  });

  test('"Boundary between teams", "팀 사이 Boundary를 어디에 그을지", "開発の Boundary をどこに引くか": a line drawn between teams, not HashiCorp Boundary', () => {
    const note = (line: string) => mentions(`## Access - Jane Roe (Acme)\nVault, Consul and Boundary.\n${line}`).filter((m) => m.includes('@2:'));
    assert.deepEqual(note('Boundary between platform team and app teams came up again'), []);
    assert.deepEqual(note('플랫폼팀/서비스팀 사이 Boundary를 어디에 그을지 토론'), []);
    assert.deepEqual(note('SRE と開発の Boundary をどこに引くかで盛り上がる'), []);
    // The tool, where the same word stands without them.
    assert.deepEqual(note('Boundary workers between the VPCs, sessions recorded'), ['boundary@2:0:Boundary']);
  });

  test('"하버 뷰", "배의 헬름(키)", "자기 플럭스", "舵(ヘルム)", "港の「ハーバー」", "노마드 라이프스타일": the ordinary words, not Harbor, Helm, Flux or Nomad', () => {
    const note = (line: string) => mentions(`## 레지스트리 이야기 - 김하늘 (바다랩)\nHarbor, Helm, Flux 와 Nomad 로 배포.\n${line}`).filter((m) => m.includes('@2:'));
    assert.deepEqual(note('호텔 방에서 하버 뷰가 보였고 인천항 여객선이 지나감'), []);
    assert.deepEqual(note('발표자가 요트에서 배의 헬름(키)을 잡은 사진으로 시작'), []);
    assert.deepEqual(note('물리 전공이라 자기 플럭스 농담을 함'), []);
    assert.deepEqual(note('마무리: 노마드 라이프스타일처럼 가볍게'), []);
    assert.deepEqual(note('「組織の舵(ヘルム)を握る」という比喩、会場が港の近くで「ハーバー」つながりの冗談'), []);
    // The tools, where the same words stand without them.
    assert.deepEqual(note('하버에 이미지 푸시, 헬름 차트로 배포, 플럭스가 싱크'), ['harbor@2:0:하버', 'helm@2:12:헬름', 'flux@2:23:플럭스']);
  });

  test('a part spells the tool it is part of: "Vault Agent" is a mention of Vault too, in every script', () => {
    assert.deepEqual(mentions('Vault Agent Injector, HCP Terraform, Docker Compose\n테라폼 클라우드로 옮김, テラフォームクラウド'), [
      'vault-agent@0:0:Vault Agent Injector',
      'vault@0:0:Vault',
      'terraform-cloud@0:22:HCP Terraform',
      'terraform@0:26:Terraform',
      'docker-compose@0:37:Docker Compose',
      'docker@0:37:Docker',
      'terraform-cloud@1:0:테라폼 클라우드',
      'terraform@1:0:테라폼',
      'terraform-cloud@1:14:テラフォームクラウド',
      'terraform@1:14:テラフォーム',
    ]);
    // A part whose spelling does not name its parent ("VSO", "Alertmanager") stays alone; so does an unrelated longer name.
    assert.deepEqual(mentions('VSO syncs secrets for Vault users; Alertmanager; GitHub Actions'), ['vault-secrets-operator@0:0:VSO', 'vault@0:22:Vault', 'alertmanager@0:35:Alertmanager', 'github-actions@0:49:GitHub Actions']);
  });

  test('positions are UTF-16 offsets, also after an emoji outside the BMP', () => {
    assert.deepEqual(mentions('🚀 Terraform'), ['terraform@0:3:Terraform']);
  });

  test('URLs, data URIs and wiki references are not mentions', () => {
    assert.deepEqual(mentions('See https://example.com/terraform and [[HashiConf#Vault at Scale]].'), []);
    assert.deepEqual(mentions('![x](data:image/png;base64,iVBORjqyqphpawsS3Kafka+Terraform==)'), []);
  });
});

describe('layouts first met in session 21', () => {
  test('plain text: "■「タイトル」（会社の名前さん）", with a Redis Sentinel that is not HashiCorp Sentinel', () => {
    check(
      `
      関西インフラ勉強会 秋メモ
      日時：2024年11月8日(金)14:00〜
      会場：梅田スカイホール

      ■「Redis Sentinelをやめるまで」（株式会社カワセミの森さん）
      ・Sentinel構成のRedisをマネージドへ。

      ■「Terraformのポリシーをコードで書く」（ヨドガワ電機株式会社の高田さん、浅野さん）
      ・HashiCorp Sentinelでplanを検査する。
      `,
      `
      event 関西インフラ勉強会 秋 | 2024-11-08 | 梅田スカイホール
      talk 5 Redis Sentinelをやめるまで | 森 (株式会社カワセミ) | redis redis-sentinel
      talk 8 Terraformのポリシーをコードで書く | 高田 (ヨドガワ電機株式会社), 浅野 (ヨドガワ電機株式会社) | sentinel terraform
      `,
      { plainText: true },
    );
  });

  test('a timetable in a plain code fence, described under "## 感想：<title>" headings', () => {
    check(
      `
      # インフラ秋祭り2024 参加レポ

      2024年10月5日(土)、浜松町ホール（東京都港区）にて。雨でした。

      \`\`\`
      10:00-10:40 基調講演：運用の20年（中村一郎）
      10:50-11:30 Packer vs Ansible（石田健／株式会社ミドリ）
      11:30-12:30 昼休憩
      \`\`\`

      基調講演はメモを取り忘れた。

      ## 感想：Packer vs Ansible

      - パッカーで焼くかアンシブルで構成するか。
      `,
      `
      event インフラ秋祭り2024 | 2024-10-05 | 浜松町ホール（東京都港区）
      talk 6 基調講演：運用の20年 | 中村一郎 | -
      talk 13 Packer vs Ansible | 石田健 (株式会社ミドリ) | ansible packer
      `,
    );
  });

  test('a log in a code fence is not a timetable', () => {
    check(
      `
      # Ops Meetup 7

      ## Debugging Vault outages - Jane Doe (Acme Corp)

      \`\`\`
      10:00:01 vault sealed
      10:00:02 vault unsealed
      \`\`\`
      `,
      `
      event Ops Meetup 7 | - | -
      talk 3 Debugging Vault outages | Jane Doe (Acme Corp) | vault
      `,
    );
  });

  test('"## Title (Speaker, Company)" when the title has a comma, and sections that are no talk', () => {
    check(
      `
      # 서울 플랫폼 밋업 #5 정리

      ## 발표 정리

      ## Immutable Images, Mutable Config (Choi Minho, Stellar Games)
      - 패커로 이미지를 굽는다

      ## Service Discovery Beyond DNS (Lee Sora, Orange Market)
      - 콘설 템플릿으로 upstream 자동 갱신

      ## Hallway / misc
      - 피자

      ## TODO
      - 콘설 PoC
      `,
      `
      event 서울 플랫폼 밋업 #5 | - | -
      talk 5 Immutable Images, Mutable Config | Choi Minho (Stellar Games) | packer
      talk 8 Service Discovery Beyond DNS | Lee Sora (Orange Market) | consul
      `,
    );
  });

  test('the place after a dated sentence, "(day 1)" out of the event name, an organisation with "&"', () => {
    check(
      `
      ---
      title: "Config Camp 2025 (day 1)"
      date: 2025-02-03
      ---
      Speaker lines below.

      ## Terraform without tears
      *Speaker: Aisha Khan, Crumb & Co Bakeries*
      Terraform modules.
      `,
      `
      event Config Camp 2025 | 2025-02-03 | -
      talk 7 Terraform without tears | Aisha Khan (Crumb & Co Bakeries) | terraform
      `,
    );
    check(
      `
      # Platform Day Utrecht 2024

      Thursday 3 Oct 2024, Tivoli Hall (Utrecht). Took the train.

      ## Paved roads - Jan de Vries (Atlassian)
      Kubernetes platform.
      `,
      `
      event Platform Day Utrecht 2024 | 2024-10-03 | Tivoli Hall (Utrecht)
      talk 5 Paved roads | Jan de Vries (Atlassian) | kubernetes
      `,
    );
  });
});

describe('layouts first met in session 21, second batch', () => {
  test('Obsidian: "- [[Talk]] by [[Person]] ([[Company]])", and "[[Terraform]]" is a mention of the tool', () => {
    check(
      `
      # Infra Day Hamburg 2024

      - [[Drift at Scale]] by [[Katrin Vogel]] ([[Spreewerk]])
        - nightly plan over [[Terraform]] workspaces
      - [[Images for Everyone]] by [[Ole Hansen]] ([[Fjordline Systems]])
        - [[Packer]] templates
      `,
      `
      event Infra Day Hamburg 2024 | 2024 | -
      talk 3 Drift at Scale | Katrin Vogel (Spreewerk) | terraform
      talk 5 Images for Everyone | Ole Hansen (Fjordline Systems) | packer
      `,
    );
  });

  test('plain text: "【セッション名】" and "【登壇者】" between drawn lines', () => {
    check(
      `
      Cloud Night Sendai vol.2 メモ
      日時：2024/10/04（金）19:00〜

      ────────────
      【セッション名】Vault で秘密を配る
      【登壇者】井上 沙織氏（株式会社ハカタネット）
      【メモ】
      Vault Agent でファイルに書き出す。
      ────────────
      【セッション名】Nomad の三年
      【登壇者】松本 亮（九州データセンター株式会社）
      【メモ】
      Nomad と Consul。
      `,
      `
      event Cloud Night Sendai vol.2 | 2024-10-04 | -
      talk 5 Vault で秘密を配る | 井上 沙織 (株式会社ハカタネット) | vault vault-agent
      talk 10 Nomad の三年 | 松本 亮 (九州データセンター株式会社) | consul nomad
      `,
      { plainText: true },
    );
  });

  test('a timetable, then notes that name each talk short, by its speaker; an "organiser:" line is no talk', () => {
    check(
      `
      # 2024 인프라 세미나

      - 일시: 2024년 11월 7일 (목)
      - 주최: 판교 인프라 스터디 (사전 등록 200명, 현장 150명)

      | 시간 | 세션 | 발표자 |
      |------|------|--------|
      | 13:20 | 쿠버네티스 멀티 클러스터 배포 | 최현우 (스텔라게임즈) |
      | 14:00 | 헬름 차트 지옥에서 탈출하기 | 윤지아 (바로배송) |

      ## 메모

      - 멀티 클러스터 세션 (최현우님)
        - 아르고CD ApplicationSet
      - 헬름 세션 (윤지아님)
        - 헬름 라이브러리 차트
      `,
      `
      event 2024 인프라 세미나 | 2024-11-07 | -
      talk 13 쿠버네티스 멀티 클러스터 배포 | 최현우 (스텔라게임즈) | argo-cd kubernetes
      talk 15 헬름 차트 지옥에서 탈출하기 | 윤지아 (바로배송) | helm
      `,
    );
  });

  test('an organisation before a full name inside the parenthesis', () => {
    check(
      `
      # 클라우드 밋업 12

      [기술세션 1] 'Vault 운영기' (Red Hat 한은지, 이지수)

      [기술세션 2] 'Crossplane 3년' (Capital One Katarzyna Hall)
      `,
      `
      event 클라우드 밋업 12 | - | -
      talk 3 Vault 운영기 | 한은지 (Red Hat), 이지수 (Red Hat) | vault
      talk 5 Crossplane 3년 | Katarzyna Hall (Capital One) | crossplane
      `,
    );
  });
});

describe('layouts first met in session 21, third batch', () => {
  test('one note per talk: the front matter names the talk, its speaker and the event; its headings are its sections', () => {
    check(
      `
      ---
      title: "Vault at Scale: 40 Clusters"
      speaker: Oliver Grant
      company: Monzo
      event: HashiDays 2024
      date: 2024-06-12
      ---
      # Vault at Scale

      ## Architecture
      - Vault clusters per region, Raft storage

      ## Operations
      - Terraform for the policies
      `,
      `
      event HashiDays 2024 | 2024-06-12 | -
      talk 2 Vault at Scale: 40 Clusters | Oliver Grant (Monzo) | terraform vault
      `,
    );
  });

  test('"- **Talk:**" with nested "**Speaker:**" lines; "the Digital Nomad" and "the Dutch consul" are no tools', () => {
    check(
      `
      # Platform Meetup Berlin #17

      - **Talk:** Cilium Policies for Humans
        - **Speaker:** Marco Bianchi (Isovalent)
        - **Speaker:** Jana Novák (SAP)
        - Cilium network policies, and a letter from the Dutch consul
      - **Talk:** On-call for the Digital Nomad
        - **Speaker:** Sofia Almeida (GitLab)
        - PagerDuty rotations across time zones; Kubernetes alerts
      `,
      `
      event Platform Meetup Berlin #17 | - | -
      talk 3 Cilium Policies for Humans | Marco Bianchi (Isovalent), Jana Novák (SAP) | cilium
      talk 7 On-call for the Digital Nomad | Sofia Almeida (GitLab) | kubernetes pagerduty
      `,
    );
  });

  test('"<h3>" headings of an exported blog post, "🎤 발표자:" lines, "山田さん「…」" headings', () => {
    check(
      `
      # KCD Seoul 2024 후기

      <h3>쿠버네티스 멀티 클러스터 운영기 - 박지훈 (토스)</h3>

      Argo CD로 배포.

      ### 테라폼 모듈 이야기
      🎤 발표자: 이서연(당근)

      Terraform 모듈.

      ## 山田さん「Boundaryで踏み台を廃止した」

      Boundary の話。
      `,
      `
      event KCD Seoul 2024 | 2024 | -
      talk 3 쿠버네티스 멀티 클러스터 운영기 | 박지훈 (토스) | argo-cd kubernetes
      talk 7 테라폼 모듈 이야기 | 이서연 (당근) | terraform
      talk 12 Boundaryで踏み台を廃止した | 山田 | boundary
      `,
    );
  });
});

describe('layouts first met in session 21, sixth batch', () => {
  test('"### 名前さん：タイトル" with "所属：" under it; a definition list; a timetable with a talk per track', () => {
    check(
      `
      # Kubernetes Meetup Tokyo #68

      ### 田中 健太さん：Cilium で作る eBPF ネットワーク

      所属：ミドリクラウド

      - Cilium の話。
      `,
      `
      event Kubernetes Meetup Tokyo #68 | - | -
      talk 3 Cilium で作る eBPF ネットワーク | 田中 健太 (ミドリクラウド) | cilium ebpf
      `,
    );
    check(
      `
      # DevOpsDays Porto 2024

      Immutable Infrastructure with Packer
      : Inês Carvalho, Atlântico Telecom

      Packer templates everywhere.

      Nomad at the Edge
      : Sofia Mendes, Mercado Norte

      Nomad on 400 stores.
      `,
      `
      event DevOpsDays Porto 2024 | 2024 | -
      talk 3 Immutable Infrastructure with Packer | Inês Carvalho (Atlântico Telecom) | packer
      talk 8 Nomad at the Edge | Sofia Mendes (Mercado Norte) | nomad
      `,
    );
    check(
      `
      # Platform Day Utrecht 2025

      | Time | Track A | Track B |
      |------|---------|---------|
      | 10:30 | Golden Paths at 10,000 Workspaces (Bas Jansen) | Dashboards for Humans (Mei Lin) |
      | 12:30 | Lunch | Lunch |
      `,
      `
      event Platform Day Utrecht 2025 | 2025 | -
      talk 5 Golden Paths at 10,000 Workspaces | Bas Jansen | -
      talk 5 Dashboards for Humans | Mei Lin | -
      `,
    );
  });
});

describe('layouts first met in session 22', () => {
  test('the speaker first, then a dash and the title ("**윤서진 (바람커머스)** — 제목", "이하은 님 / 누리페이 — …")', () => {
    check(
      `
      # 클라우드 인프라 밋업 #9 @판교

      - 2025.03.14 (금) 19:00
      - 판교 테크원 타워 3층

      **윤서진 (바람커머스)** — 테라폼 모듈 버전 관리, Atlantis로 정착하기

      - 모노레포에 모듈 40개, Atlantis가 바뀐 디렉토리만 plan

      **한도윤 님 / 누리페이** — 쿠버네티스 시크릿을 Vault로 옮긴 이야기

      - Vault Agent 대신 External Secrets
      `,
      `
      event 클라우드 인프라 밋업 #9 | 2025-03-14 | 판교
      talk 6 테라폼 모듈 버전 관리, Atlantis로 정착하기 | 윤서진 (바람커머스) | atlantis terraform
      talk 10 쿠버네티스 시크릿을 Vault로 옮긴 이야기 | 한도윤 (누리페이) | external-secrets kubernetes vault vault-agent
      `,
    );
  });

  test('a speaker named at the end of the talk\'s section ("— presented by …", a "Speaker Bio" block); a line with a date names no people', () => {
    check(
      `
      # Infra Day Lisbon 2025

      Lisbon, LX Factory, May 8, 2025

      ## Scaling Nomad for Batch
      - one Nomad cluster per region, Consul for discovery

      — presented by Marta Sousa (Tejo Logistics)

      ## Vault at the Edge

      Running Vault on 300 small sites.

      **Speaker Bio**
      Rui Almeida, Staff Engineer, Atlantico Bank — Rui runs the secrets platform.
      `,
      `
      event Infra Day Lisbon 2025 | 2025-05-08 | -
      talk 5 Scaling Nomad for Batch | Marta Sousa (Tejo Logistics) | consul nomad
      talk 10 Vault at the Edge | Rui Almeida (Atlantico Bank) | vault
      `,
    );
  });

  test('"セッション名：" / "スピーカー：" / "所属：" under a time; "登壇者：" above its title; "お昼：…" is no talk', () => {
    check(
      `
      # Kubernetes Meetup 札幌 #3

      日時：2025/02/07（金）19:00〜
      会場：札幌駅前 ノースクラウド 5F

      19:10〜19:40
      セッション名：Argo CDで環境差分を小さくした話
      スピーカー：北川 葵
      所属：株式会社ノースクラウド

      - Argo CDのApplicationSetでクラスタごとに生成

      お昼：ランチは近くの蕎麦

      登壇者：南 陽介（株式会社ユキミ）
      テラフォームでGKEを管理する
      - Terraformのstateは環境ごと
      `,
      `
      event Kubernetes Meetup 札幌 #3 | 2025-02-07 | 札幌駅前 ノースクラウド 5F
      talk 7 Argo CDで環境差分を小さくした話 | 北川 葵 (株式会社ノースクラウド) | argo-cd
      talk 16 テラフォームでGKEを管理する | 南 陽介 (株式会社ユキミ) | gke terraform
      `,
    );
  });

  test('a recap told in sentences: the speakers before a verb, the title in quotes', () => {
    check(
      `
      # HUG Porto, March edition — a recap

      The meetup was on Thursday, March 20, 2025, at the office of Ribeira Cloud.

      The evening opened with Ana Costa from Ribeira Cloud talking about "Terraform Modules Nobody Owns". Her team pinned every provider and deleted half the modules.

      Next up, Pedro Lima of Douro Health walked us through "Short-Lived Secrets", a story about moving database passwords into Vault with the Kubernetes auth method.
      `,
      `
      event HUG Porto, March edition | 2025-03-20 | -
      talk 5 Terraform Modules Nobody Owns | Ana Costa (Ribeira Cloud) | terraform
      talk 7 Short-Lived Secrets | Pedro Lima (Douro Health) | kubernetes vault
      `,
    );
  });

  test('a list of the talks, then headings that name each one short ("### Stacks (Jonas)"): the list\'s titles and speakers, the headings\' notes', () => {
    check(
      `
      # PlatformCon Berlin 2025

      Berlin, June 3, 2025

      ## Agenda

      1. Golden Paths at Scale — Lena Vogel (Staff Engineer, Spree Mobility)
      2. Terraform Stacks in Practice — Jonas Weber (Havel Bank)

      ## Notes

      ### Golden paths (Lena)
      - Backstage templates for every new service

      ### Stacks (Jonas)
      - deferred changes, one stack per region
      `,
      `
      event PlatformCon Berlin 2025 | 2025-06-03 | Berlin
      talk 12 Golden Paths at Scale | Lena Vogel (Spree Mobility) | backstage
      talk 15 Terraform Stacks in Practice | Jonas Weber (Havel Bank) | terraform
      `,
    );
  });

  test('"### 【会社】タイトル / 名前", "【タイトル】名前＠会社"', () => {
    check(
      `
      # HashiCorp User Group 名古屋 #4

      2025/04/18（金）19:00〜 名駅 ミナトクラウド 12F

      ### 【ミナトクラウド】Terraformのmovedブロックで1000リソースを整理した話 / 森田 翼
      - movedブロックでモジュール分割

      【Vault Secrets Operatorを本番で半年】水野 彩＠株式会社シャチホコペイ
      - Kubernetesのシークレットを同期
      `,
      `
      event HashiCorp User Group 名古屋 #4 | 2025-04-18 | 名駅 ミナトクラウド 12F
      talk 5 Terraformのmovedブロックで1000リソースを整理した話 | 森田 翼 (ミナトクラウド) | terraform
      talk 8 Vault Secrets Operatorを本番で半年 | 水野 彩 (株式会社シャチホコペイ) | kubernetes vault vault-secrets-operator
      `,
    );
  });

  test('"## [회사] 이름 - 제목", a <details> block per talk, a Notion toggle with the speaker indented under the title', () => {
    check(
      `
      # 데브옵스 코리아 밋업 2025년 5월

      2025년 5월 22일 (목), 강남 코드스퀘어 9층

      ## [한빛클라우드] 오지호 - 헬름 차트 100개를 하나로 합친 이야기

      - Helm 라이브러리 차트

      <details>
      <summary><b>Istio 없이 mTLS 하기</b> — 배수아 (초록헬스)</summary>

      - Linkerd로 전환

      </details>

      - 테라폼 상태 파일 쪼개기

          정민호 님 (파란모빌리티)

          - Terraform workspace 대신 디렉토리
      `,
      `
      event 데브옵스 코리아 밋업 2025년 5월 | 2025-05-22 | 강남 코드스퀘어 9층
      talk 5 헬름 차트 100개를 하나로 합친 이야기 | 오지호 (한빛클라우드) | helm
      talk 10 Istio 없이 mTLS 하기 | 배수아 (초록헬스) | istio linkerd
      talk 16 테라폼 상태 파일 쪼개기 | 정민호 (파란모빌리티) | terraform
      `,
    );
  });

  test('a Slack thread copied as text: each message under "name  6:40 PM"; "@ place" inside the dated parenthesis', () => {
    check(
      `
      #infra-meetup — thread export
      Cloud Native Porto — April meetup (Thu April 10, 2025 @ Porto Tech Hub)

      rita.m  6:40 PM
      talk 1: "Karpenter on a Budget" — Tiago Reis (Foz Logistics)
      • spot only, consolidation on

      joao.p  7:20 PM
      talk 2: "Policy Without Pain" by Ines Moura from Serra Bank
      • OPA Gatekeeper, conftest on Terraform plans
      `,
      `
      event Cloud Native Porto — April meetup | 2025-04-10 | Porto Tech Hub
      talk 5 Karpenter on a Budget | Tiago Reis (Foz Logistics) | karpenter
      talk 9 Policy Without Pain | Ines Moura (Serra Bank) | conftest opa-gatekeeper open-policy-agent terraform
      `,
      { plainText: true },
    );
  });

  test('a table whose header has emoji and an organisation column; a two-digit year read with its weekday ("25.06.21 (토)")', () => {
    check(
      `
      # 클라우드 네이티브 광주 밋업 #1 🌿

      📅 25.06.21 (토) 오후 2시

      | 🎤 발표자 | 📝 제목 | 🏢 소속 |
      |---|---|---|
      | 강하람 | 프로메테우스 장기 저장소 고르기 | 바다데이터 |
      | 윤서아 | 쿠버네티스 업그레이드 무중단으로 | 산들소프트 |
      `,
      `
      event 클라우드 네이티브 광주 밋업 #1 | 2025-06-21 | -
      talk 7 프로메테우스 장기 저장소 고르기 | 강하람 (바다데이터) | prometheus
      talk 8 쿠버네티스 업그레이드 무중단으로 | 윤서아 (산들소프트) | kubernetes
      `,
    );
  });

  test('a diary of timed paragraphs: "X\'s talk on \"…\"", "\"Title\" by X from Org", "X (Org): \"Title\"" (title-cased)', () => {
    check(
      `
      # DevOpsDays Braga 2025

      **09:15** — Opening keynote, Rosa Pinto (Minho Mutual): "The Pager Is Not a Plan." No tools at all.

      **10:30** — went to Duarte Faria's talk on "Terraform Drift Without Tears". Nightly plans from GitHub Actions.

      12:00 — Lunch. Bifanas.

      **13:30** — "Kubernetes Upgrades as a Habit" by Clara Neves from Cavado Freight. EKS every quarter.
      `,
      `
      event DevOpsDays Braga 2025 | 2025 | -
      talk 3 The Pager Is Not a Plan | Rosa Pinto (Minho Mutual) | -
      talk 5 Terraform Drift Without Tears | Duarte Faria | github-actions terraform
      talk 9 Kubernetes Upgrades as a Habit | Clara Neves (Cavado Freight) | aws-eks kubernetes
      `,
    );
  });

  test('a note typed on a phone in lower case: a quoted title, then "name surname (company)"; its own title line is no talk', () => {
    check(
      `
      paris notes - rejekts + kubecon eu 24

      - "cilium clustermesh across 6 regions: what broke" - jonas brandt (kestrel mobility)
        * ebpf dataplane on every k8s cluster
      - "flux and argo cd in one org" - ana ribeiro (nordlight bank)
        * argo for apps, flux for the platform
      `,
      `
      event paris notes - rejekts + kubecon eu 24 | - | -
      talk 3 cilium clustermesh across 6 regions: what broke | jonas brandt (kestrel mobility) | cilium ebpf kubernetes
      talk 5 flux and argo cd in one org | ana ribeiro (nordlight bank) | argo-cd
      `,
      { plainText: true },
    );
  });

  test('a label before a quoted title ("opening plenary: \"…\""), a panel\'s people each with an organisation on the line under it', () => {
    check(
      `
      sre meetup notes

      opening plenary: "Pagers Are Not Personalities" -- dana whitlock (kestrel pay)
        - moved alerting onto prometheus

      panel: "Reviews Without Blame"
        Mo Haddad (Quillstack), Yvonne Pretorius (Brightline Health), Kenji Arai (Sumida Logistics)
        - pagerduty templates are fine
      `,
      `
      event sre meetup | - | -
      talk 3 Pagers Are Not Personalities | dana whitlock (kestrel pay) | prometheus
      talk 6 Reviews Without Blame | Mo Haddad (Quillstack), Yvonne Pretorius (Brightline Health), Kenji Arai (Sumida Logistics) | pagerduty
      `,
      { plainText: true },
    );
  });
});

describe('layouts first met in session 23', () => {
  test('Obsidian: "Speaker:: [[Name]] (Org)", a callout titled Speaker with the name under it, "Company::" under two names', () => {
    check(
      `
      ---
      date: 2024-09-18
      event: "HashiConf 2024"
      ---
      # HashiConf 2024 – day 2

      ## Drift detection without the drama
      Speaker:: [[Rosa Lindgren]] (Halvard Freight)

      - HCP Terraform health assessments every 6h

      ## Short-lived tokens for CI
      > [!info] Speaker
      > [[Ivo Brandt]] — platform eng @ Quaymark

      - GitHub Actions OIDC into Vault, TTL 10m

      ## Nomad on the shop floor
      Speaker:: [[Mei Tanaka]], [[Olu Fashola]]
      Company:: Brightloom Retail

      - Nomad clients in 300 stores
      `,
      `
      event HashiConf 2024 | 2024-09-18 | -
      talk 7 Drift detection without the drama | Rosa Lindgren (Halvard Freight) | terraform terraform-cloud
      talk 12 Short-lived tokens for CI | Ivo Brandt (Quaymark) | github-actions vault
      talk 18 Nomad on the shop floor | Mei Tanaka (Brightloom Retail), Olu Fashola (Brightloom Retail) | nomad
      `,
    );
  });

  test('a Logseq outline: an item "Title #talk" at any depth with "speaker::" and "company::" in its block', () => {
    check(
      `
      - [[HashiCorp User Group Osaka]] Vol.7 #meetup
        date:: [[2024-07-11]]
      	- 19:00 受付
      	- Terraform Cloudからセルフホストに戻した話 #talk
      	  speaker:: [[森 奏太]]
      	  company:: [[株式会社ナギテック]]
      		- Atlantisで十分だった
      	- Vaultで証明書を配る #talk
      	  speaker:: [[Lena Park]]
      	  company:: クモリ合同会社
      		- PKI secrets engine
      `,
      `
      event HashiCorp User Group Osaka Vol.7 | 2024-07-11 | -
      talk 4 Terraform Cloudからセルフホストに戻した話 | 森 奏太 (株式会社ナギテック) | atlantis terraform terraform-cloud
      talk 8 Vaultで証明書を配る | Lena Park (クモリ合同会社) | vault
      `,
    );
  });

  test('Org-mode saved as text: star headings without keyword and tags, a drawer\'s :SPEAKER: and :COMPANY:, "** lunch" is no talk', () => {
    check(
      `
      #+TITLE: KubeCon NA 2024
      #+DATE: <2024-11-13 Wed>

      * KubeCon + CloudNativeCon North America 2024                    :kubecon:
      Salt Palace, Salt Lake City.

      ** DONE Scaling Prometheus past one billion series              :o11y:
      CLOSED: [2024-11-13 Wed 11:40]
      :PROPERTIES:
      :SPEAKER:  Tomasz Rek
      :COMPANY:  Arcwell Bank
      :END:
      - Thanos in front of 40 Prometheus pairs

      ** lunch
      tacos

      ** TODO Crossplane for the rest of us                          :platform:
      :PROPERTIES:
      :SPEAKER:  Ama Owusu, Jonah Stein
      :COMPANY:  Fieldnote
      :END:
      - Crossplane compositions instead of Terraform modules
      `,
      `
      event KubeCon NA 2024 | 2024-11-13 | -
      talk 7 Scaling Prometheus past one billion series | Tomasz Rek (Arcwell Bank) | prometheus thanos
      talk 18 Crossplane for the rest of us | Ama Owusu (Fieldnote), Jonah Stein (Fieldnote) | crossplane terraform
      `, { plainText: true },
    );
  });

  test('Scrapbox: "[** Title]" headings by indentation, "[Name]さん / [Org]" under them, links read as text', () => {
    check(
      `
      CloudNative Days Fukuoka 2024 メモ
      [CloudNative Days Fukuoka 2024]に参加。[2024-06-07] 会場は[福岡国際会議場]

      [* Day1]
       [** Karpenterでノード費用を半分にした話]
        [白石 真央]さん / [株式会社ハカタクラウド]
        [Karpenter]のconsolidationを有効化

       [** Argo CDのApplicationSetで200サービス]
        [小野 一樹]さん([ミズノ技研株式会社])
        Helmのvaluesを環境ごとに分割
      `,
      `
      event CloudNative Days Fukuoka 2024 | 2024-06-07 | 福岡国際会議場
      talk 5 Karpenterでノード費用を半分にした話 | 白石 真央 (株式会社ハカタクラウド) | karpenter
      talk 9 Argo CDのApplicationSetで200サービス | 小野 一樹 (ミズノ技研株式会社) | argo-cd helm
      `, { plainText: true },
    );
  });

  test('"Talk:" then "Who:" blocks; "Coffee break — …" is no talk', () => {
    check(
      `
      DevOpsDays Lisbon 2024 — recap

      Talk: Golden paths are products
      Who: Inês Moura, Tidewell Software
      Takeaways:
      - Backstage templates over Terraform modules

      Coffee break — queue too long

      Talk: Why our SLOs lied
      Who: Ravi Menon and Kenji Aoki, Portline Systems
      Takeaways:
      - Prometheus recording rules were wrong for months
      `,
      `
      event DevOpsDays Lisbon 2024 | 2024 | -
      talk 3 Golden paths are products | Inês Moura (Tidewell Software) | backstage terraform
      talk 10 Why our SLOs lied | Ravi Menon (Portline Systems), Kenji Aoki (Portline Systems) | prometheus
      `,
    );
  });

  test('a day log: "10:15 Name (Org) on Title" with its list, "A + B (Org): \"Title\"", schedule items with remarks are no talks', () => {
    check(
      `
      # Platform Summit Oslo — Sep 12, 2024

      08:30 coffee + badges. queue was long, grabbed a pastry instead
      09:00 hallway track / expo floor

      10:15 Petra Vik (Fjordline Energy) on retiring our last Jenkins
      - moved to GitHub Actions, 600 pipelines
      - Vault for deploy secrets

      11:00 Sam Ortiz + Lea Haugen (Norrbank): "Terraform at a bank, year three"
      - Sentinel policies on every run

      12:00 lunch. fish soup, excellent
      `,
      `
      event Platform Summit Oslo | 2024-09-12 | -
      talk 6 retiring our last Jenkins | Petra Vik (Fjordline Energy) | github-actions jenkins vault
      talk 10 Terraform at a bank, year three | Sam Ortiz (Norrbank), Lea Haugen (Norrbank) | sentinel terraform
      `,
    );
  });

  test('headings that name their speakers before a dash, some without an organisation ("소속:" below); "점심 - 돼지국밥" is no talk', () => {
    check(
      `
      # 쿠버네티스 부산 밋업 2025 봄
      2025-04-26 (토) 센텀 스타트업타운

      ### 문가은 (해운대랩스) - Karpenter로 스팟 비중 늘리기
      - EKS 1.30, 스팟 70%

      ### 백승호 - 헬름 차트 정리한 이야기
      소속: 광안소프트
      - Helmfile로 정리

      ### 점심 - 돼지국밥
      - 맛있었다

      ### 하지민, 채윤서 - Loki로 로그 비용 줄이기
      - S3 백엔드
      `,
      `
      event 쿠버네티스 부산 밋업 2025 봄 | 2025-04-26 | 센텀 스타트업타운
      talk 4 Karpenter로 스팟 비중 늘리기 | 문가은 (해운대랩스) | aws-eks karpenter
      talk 7 헬름 차트 정리한 이야기 | 백승호 (광안소프트) | helm helmfile
      talk 14 Loki로 로그 비용 줄이기 | 하지민, 채윤서 | aws-s3 grafana-loki
      `,
    );
  });

  test('a heading naming the speaker with the quoted title under it; two events under dated headings ("— Wed Mar 20, 2024, …")', () => {
    check(
      `
      # meetups — march 2024

      ## Denver HashiCorp User Group — Mar 7, 2024 @ Copperline office

      ### Nadia Korhonen (Copperline)
      "Testing Terraform modules with terraform test"
      - mocks, runs in GitHub Actions

      ### Eli Brooks
      "Consul service mesh in a hospital"
      - Consul on VMs

      ## Denver Kubernetes Meetup — Wed Mar 20, 2024, Ridgeview Labs

      ### Tara Singh (Ridgeview Labs)
      "kind and Tilt for local clusters"
      - Helm charts shared with prod
      `,
      `
      event Denver HashiCorp User Group | 2024-03-07 | Copperline office
      talk 6 Testing Terraform modules with terraform test | Nadia Korhonen (Copperline) | github-actions terraform
      talk 10 Consul service mesh in a hospital | Eli Brooks | consul consul-connect
      event Denver Kubernetes Meetup | 2024-03-20 | Ridgeview Labs
      talk 16 kind and Tilt for local clusters | Tara Singh (Ridgeview Labs) | helm kind tilt
      `,
    );
  });

  test('a recap in Korean sentences ("…의 X님이 발표하신 「…」", "X님(Org)이 「…」를 발표함"); the year from a tag ("#2024") for "목요일(11/14)"', () => {
    check(
      `
      # HUG 부산 11월 밋업 후기

      #2024 #밋업

      지난주 목요일(11/14) 서면 위워크에서 열린 HashiCorp User Group 밋업 다녀옴.

      첫 발표는 바다소프트의 정하윤님이 발표하신 「Vault로 DB 비밀번호 없애기」였는데, 동적 시크릿 이야기.

      두 번째는 윤태오님(모래페이)이 「Nomad로 배치 옮긴 이야기」를 발표함. Consul이랑 같이 쓴다고.

      세 번째는 서다인님이 라이트닝 토크로 「Terraform Stacks 써본 후기」를 짧게 했음.
      `,
      `
      event HUG 부산 11월 밋업 | 2024-11-14 | 서면 위워크
      talk 7 Vault로 DB 비밀번호 없애기 | 정하윤 (바다소프트) | vault
      talk 9 Nomad로 배치 옮긴 이야기 | 윤태오 (모래페이) | consul nomad
      talk 11 Terraform Stacks 써본 후기 | 서다인 | terraform
      `,
    );
  });

  test('a recap in Japanese: a paragraph opening with the speakers under each heading, "…さんが「…」について話していた"; "参加レポート：subtitle" is not the name', () => {
    check(
      `
      # CloudNative Days 札幌 2024 参加レポート：Istio、Crossplane

      2024年10月5日 札幌コンベンションセンター

      ## 1. Istio Ambientへの移行

      株式会社ユキネットの大崎 蓮さんによる「Istio Ambientへの移行」というセッション。

      - サイドカーのEnvoyがなくなった

      ## 2. Crossplaneで作る社内PaaS

      株式会社ホクトの中村 葵さんと北川 湊さんの共同発表です。

      - Crossplaneのコンポジション

      最後に、株式会社シラカバの三浦 樹さんが「Terraformのstate分割」について話していた。
      `,
      `
      event CloudNative Days 札幌 2024 | 2024-10-05 | 札幌コンベンションセンター
      talk 5 Istio Ambientへの移行 | 大崎 蓮 (株式会社ユキネット) | envoy istio
      talk 11 Crossplaneで作る社内PaaS | 中村 葵 (株式会社ホクト), 北川 湊 (株式会社ホクト) | crossplane
      talk 17 Terraformのstate分割 | 三浦 樹 (株式会社シラカバ) | terraform
      `,
    );
  });

  test('a connpass page: "19:15〜 Title（Name / Org）" and headings that name a speaker alone ("## 佐久間さん", "## ぽんずさん LT")', () => {
    check(
      `
      HashiCorp User Group Nagoya Vol.3 - connpass

      開催日時
      2024/09/12(木) 19:00 〜 21:00

      タイムテーブル
      19:00〜 受付
      19:15〜 Terraform testで始めるモジュール開発（佐久間 直 / 株式会社ミナミ）
      19:45〜 Vault Agentを全部やめた話（Kim Dahl / 株式会社トウカイ）
      20:15〜 LT: Packerで週次イメージ（ぽんず）

      ---
      以下自分メモ

      ## 佐久間さん
      - terraform testのmockが便利

      ## Kim Dahlさん
      - Vault Secrets Operatorに移行

      ## ぽんずさん LT
      - GitHub Actionsのscheduleで毎週ビルド
      `,
      `
      event HashiCorp User Group Nagoya Vol.3 | 2024-09-12 | -
      talk 15 Terraform testで始めるモジュール開発 | 佐久間 直 (株式会社ミナミ) | terraform
      talk 18 Vault Agentを全部やめた話 | Kim Dahl (株式会社トウカイ) | vault vault-agent vault-secrets-operator
      talk 21 Packerで週次イメージ | ぽんず | github-actions packer
      `,
    );
  });

  test('the year from the file\'s name for "11/23 (토)"; "Title" then "연사:" in one paragraph; a line under "== Track B ==" starts its block', () => {
    check(
      `
      # 쿠버네티스 부산 11월 밋업
      11/23 (토) 14:00~ 부산 창업공간
      #밋업

      카펜터 도입기 - 노드 비용 줄이기
      연사: 강다온 (마린데브)
      - Karpenter, EKS

      == Track B ==
      Packer로 골든 이미지 | 오지후 | 갈매기클라우드
      - Packer와 Ansible
      `,
      `
      event 쿠버네티스 부산 11월 밋업 | 2024-11-23 | -
      talk 5 카펜터 도입기 - 노드 비용 줄이기 | 강다온 (마린데브) | aws-eks karpenter
      talk 10 Packer로 골든 이미지 | 오지후 (갈매기클라우드) | ansible packer
      `, { name: 'kkg_busan_2024_11.md' },
    );
  });

  test('a phone note: "「Title」Name氏 Org" inside a paragraph; "人多すぎ" is no name; "TODO …" is no talk', () => {
    check(
      `
      2024/7/3 AWS Summit Osaka 2024
      人多すぎ

      「ECSとFargateのマルチテナント設計」森下氏 クロスワーク社
       Service Connect便利

      「Ansibleとの住み分け」岡部氏 ナナイロ
       アンシブルはOSの中

      TODO 資料URL拾う / 経費
      `,
      `
      event AWS Summit Osaka 2024 | 2024-07-03 | -
      talk 4 ECSとFargateのマルチテナント設計 | 森下 (クロスワーク社) | aws-ecs aws-fargate
      talk 7 Ansibleとの住み分け | 岡部 (ナナイロ) | ansible
      `, { plainText: true },
    );
  });

  test('a Notion page: its edit time does not date the event; "## 액션 아이템" items and a line of hashtags are no talks', () => {
    check(
      `
      # AWS Summit Seoul 2025 참관 정리

      작성자: 한지우
      최종 편집 일시: 2025년 5월 22일 오후 3:12

      - 일시: 2025.05.14(수) ~ 05.15(목)

      | 시간 | 세션 | 연사 |
      | --- | --- | --- |
      | 10:30 | EKS 위의 GPU 노드 운영 | 김태오 (딥포레스트) |
      | 11:40 | GitHub Actions로 만드는 공급망 보안 | 윤하린 (페이웨이브) |
      | 12:30 | 점심 |  |

      ## 액션 아이템

      - [ ] 랜딩존 테라폼 코드 정리 (한지우)

      #AWS #서밋 #테라폼
      `,
      `
      event AWS Summit Seoul 2025 | 2025-05-14..2025-05-15 | -
      talk 10 EKS 위의 GPU 노드 운영 | 김태오 (딥포레스트) | aws-eks
      talk 11 GitHub Actions로 만드는 공급망 보안 | 윤하린 (페이웨이브) | github-actions
      `,
    );
  });

  test('a pasted agenda: a quoted title under its time, the speaker under it; the slot\'s label and a room after a wide gap are not titles', () => {
    check(
      `
      Infra Builders Day 2025 — Agenda
      Friday 14 March 2025 | Harbour Hall, Leith

      08:30–09:15   Registration & coffee                   Foyer

      09:15–09:50   OPENING KEYNOTE                         Main Hall
                    "Roads, not rails: building paved paths"
                    Moira Campbell, VP Platform, Tollcross Bank
         >> good opener, lots on Backstage adoption

      10:00–10:40   TRACK A — Main Hall
                    "Crossplane for namespaces"
                    Ewan Dunn, Leithworks
         >> one claim = namespace + Vault role + Argo CD project
      `,
      `
      event Infra Builders Day 2025 | 2025-03-14 | Harbour Hall, Leith
      talk 7 Roads, not rails: building paved paths | Moira Campbell (Tollcross Bank) | -
      talk 12 Crossplane for namespaces | Ewan Dunn (Leithworks) | argo-cd crossplane vault
      `, { plainText: true },
    );
  });

  test('a recap of paragraphs led by their speakers in bold; a second event\'s day without a year takes the first one\'s ("(6/5)")', () => {
    check(
      `
      # Week notes: DevOpsDays Leeds + HUG Leeds

      ## DevOpsDays Leeds 2025 — June 3–4, Aire Hall

      **Priya Nair** (Kestrel Health) opened with "Alerts Nobody Reads". They moved paging to PagerDuty and alert rules into Terraform.

      **Tom Hale and Rosa Finch** from Millgate did "Ansible Still Pays Rent" — AWX in front, Packer for images.

      ## HUG Leeds — Thursday night (6/5), Northgate office

      **Ade Bello** (Northgate) — "Atlantis at 300 repos". One Atlantis per account.
      `,
      `
      event DevOpsDays Leeds 2025 | 2025-06-03..2025-06-04 | -
      talk 5 Alerts Nobody Reads | Priya Nair (Kestrel Health) | pagerduty terraform
      talk 7 Ansible Still Pays Rent | Tom Hale (Millgate), Rosa Finch (Millgate) | ansible packer
      event HUG Leeds | 2025-06-05 | -
      talk 11 Atlantis at 300 repos | Ade Bello (Northgate) | -
      `,
    );
  });

  test('"■ 세션 1. 제목" with "- 발표자 : 이름 (회사 팀)" under it; "세션 2 (LT)."; "참석 회의록" is not the event\'s name', () => {
    check(
      `
      # HashiCorp User Group Korea 21회 밋업 참석 회의록

      - 일시 : 2025년 4월 17일(목) 19:00
      - 장소 : 역삼 마루180

      ■ 세션 1. 테라폼 모듈 100개 정리하기
      - 발표자 : 서하람 (누리페이 플랫폼팀)
      - 내용
        · Terragrunt로 환경 분리

      ■ 세션 2 (LT). Vault로 인증서 자동 갱신
      - 발표자 : 권도하 (핀버스)
      - 내용
        · PKI secrets engine
      `,
      `
      event HashiCorp User Group Korea 21회 밋업 | 2025-04-17 | 역삼 마루180
      talk 6 테라폼 모듈 100개 정리하기 | 서하람 (누리페이) | terraform terragrunt
      talk 11 Vault로 인증서 자동 갱신 | 권도하 (핀버스) | vault
      `,
    );
  });

  test('an outline of events: each event an item, its talks nested with their speakers first; "#12 — Tue 4 Mar 2025" is no range', () => {
    check(
      `
      meetups this week

      * **HUG Bristol #12** — Tue 4 Mar 2025, Harbourside office
        * Terraform stacks in practice
          * Nina Okafor, Harbourside Cloud
          * stacks for 3 regions
        * Consul, and why we kept it
          * no speaker name on the page
        * pizza + beers
      * **Kubernetes Bristol** — Thu 6 Mar, Temple Quay
        * Cilium Gateway API, a year in — Lars Berg (Quayline)
          * Hubble for flow logs
      `,
      `
      event HUG Bristol #12 | 2025-03-04 | -
      talk 4 Terraform stacks in practice | Nina Okafor (Harbourside Cloud) | terraform
      talk 7 Consul, and why we kept it | - | consul
      event Kubernetes Bristol | 2025-03-06 | -
      talk 11 Cilium Gateway API, a year in | Lars Berg (Quayline) | cilium gateway-api hubble
      `,
    );
  });

  test('"・[Name](url)「Title」", "[スライド](url)「Title」(Name)"; the month and day before the event\'s name', () => {
    check(
      `
      11/23 (土) Platform Engineering Meetup Sapporo #3
      場所: 札幌駅前のオフィス

      ・[青木 凛さん](https://slides.example/aoki)「Backstageで作る社内ポータル」
        → TerraformのPRを自動生成

      ・[スライド](https://slides.example/kudo)「Packerで作るゴールデンイメージ」(工藤さん)
        → vSphere向けテンプレート
      `,
      `
      event Platform Engineering Meetup Sapporo #3 | - | 札幌駅前のオフィス
      talk 4 Backstageで作る社内ポータル | 青木 凛 | terraform
      talk 7 Packerで作るゴールデンイメージ | 工藤 | packer vmware-vsphere
      `,
    );
  });

  test('talks listed in front matter, described under shorter headings (found by shared pairs of characters)', () => {
    check(
      `
      ---
      event: CloudNative Days Osaka 2024
      date: 2024-06-20
      talks:
        - title: "Crossplane でクラウドリソースも Kubernetes で管理する"
          speaker: 山下 健吾 (ミズナラテック)
        - title: "Argo Rollouts によるプログレッシブデリバリー"
          speaker: 石井 菜摘 (コハク株式会社)
      ---

      ## Crossplaneでクラウドリソースもk8sで管理する

      - TerraformのRDSをCompositionに置き換え

      ## Argo Rolloutsのプログレッシブデリバリー

      - Prometheusのメトリクスでカナリア判定
      `,
      `
      event CloudNative Days Osaka 2024 | 2024-06-20 | -
      talk 11 Crossplane でクラウドリソースも Kubernetes で管理する | 山下 健吾 (ミズナラテック) | aws-rds crossplane kubernetes terraform
      talk 15 Argo Rollouts によるプログレッシブデリバリー | 石井 菜摘 (コハク株式会社) | argo-rollouts prometheus
      `,
    );
  });

  test('a channel exported as text: "[10:31] jun.k: first one: \\"Title\\" — Name, Org", a label before the title; a weekday\'s line names no event', () => {
    check(
      `
      #infra-chatter — exported 2025-06-12
      --- Wednesday, June 11, 2025 ---

      [10:31] jun.k: first one: "Moving 80 Lambda functions to arm64" — Ada Mensah, Kilnworks
      [10:52] rae.t: layers?
      [10:54] jun.k: the Datadog extension layer was the blocker
      [13:30] jun.k: 13:30 session: Account vending with Terraform (Lena Voss, Northpier)
      [15:05] jun.k: last one for me: "A log lake on S3" by Gus Ferrante @ Halyard Data
      `,
      `
      event #infra-chatter | 2025-06-12 | -
      talk 4 Moving 80 Lambda functions to arm64 | Ada Mensah (Kilnworks) | aws-lambda datadog
      talk 7 Account vending with Terraform | Lena Voss (Northpier) | terraform
      talk 8 A log lake on S3 | Gus Ferrante (Halyard Data) | aws-s3
      `, { plainText: true },
    );
  });

  test('a Korean draft whose titles are in \'…\' and "…" after "X 님의", "X 님이 발표한"', () => {
    check(
      `
      # AWS Summit Seoul 2025 후기 (초안)

      ## 오전

      첫 세션은 라온티켓 배수현 님의 '티켓 오픈 10분을 버티는 서버리스'였다. 대기열은 Amazon SQS로.

      두 번째로는 해온커머스 고은비 님이 발표한 "EKS 위의 Backstage 포털". Argo CD까지 자동 생성.
      `,
      `
      event AWS Summit Seoul 2025 | 2025 | -
      talk 5 티켓 오픈 10분을 버티는 서버리스 | 배수현 | aws-sqs
      talk 7 EKS 위의 Backstage 포털 | 고은비 | argo-cd aws-eks
      `,
    );
  });

  test('a plain-text banner between rows of "=" (its lines are the note\'s title), "[세션 1]" then "연사:" and "주제:"', () => {
    check(
      `
      ==============================================
        Cloud Native Community Day Busan 2024 후기
        2024.10.05 (토) | 벡스코 | 10:00~18:00
      ==============================================

      [세션 1]
      연사: 장도윤 (한빛페이 SRE팀)
      주제: "Flux에서 Argo CD로 갈아탄 이유"
        > 헬름 릴리스는 그대로 두고 Argo CD 앱으로 감쌈

      [세션 2]
      연사: 송하람 @ 미르헬스
      주제: 앤서블로 베어메탈 관리하기
        > 플레이북은 젠킨스 잡으로 실행
      `,
      `
      event Cloud Native Community Day Busan 2024 | 2024-10-05 | -
      talk 8 Flux에서 Argo CD로 갈아탄 이유 | 장도윤 (한빛페이) | argo-cd flux helm
      talk 13 앤서블로 베어메탈 관리하기 | 송하람 (미르헬스) | ansible jenkins
      `, { plainText: true },
    );
  });

  test('numbered items with an honorific after a blank line, their notes indented as bullets of the same depth; a remark is no organisation', () => {
    check(
      `
      24.11.23(토) 쿠버네티스 코리아 그룹 밋업 @판교

      1) "EKS에서 카펜터로 노드비용 줄인 썰" - 윤태경님(누리마켓)
       - 클러스터 오토스케일러 -> 카펜터 갈아탐
       - 새벽에 노드 다 날아감 (경험담)

      2) 헬름 차트 지옥 탈출기 / 서지민님 @한빛게임즈
       - 공통 라이브러리 차트 + kustomize

      쉬는시간 - 명함 교환

      3) LT 맥북에서 kind로 로컬 k8s 띄우기 - 이하준님(인턴이라고 하심)
       - kind 멀티노드 클러스터
      `,
      `
      event 쿠버네티스 코리아 그룹 밋업 | 2024-11-23 | -
      talk 3 EKS에서 카펜터로 노드비용 줄인 썰 | 윤태경 (누리마켓) | aws-eks karpenter
      talk 7 헬름 차트 지옥 탈출기 | 서지민 (한빛게임즈) | helm kustomize
      talk 12 LT 맥북에서 kind로 로컬 k8s 띄우기 | 이하준 | kind kubernetes
      `, { plainText: true },
    );
  });
});

describe('layouts first met in session 24', () => {
  test('a word processor\'s numbered outline: "2.1 \"Title\" – Name (Org)" under a day, its notes numbered under it; the day\'s lunch is no talk', () => {
    check(
      `
      InfraCamp Utrecht 2025

      1. Day 1 (Tuesday)
         1.1 "Golden paths are paved with YAML" – Noor Visser (Grachtdata)
            1.1.1 Backstage templates that open a Terraform PR
            1.1.2 Too many knobs, she says
         1.2 Lunch: soup again
         1.3 "Vault at the edge" – Pim de Groot (Dijkstra Energie)
            1.3.1 Vault agents on 300 wind turbines

      2. Day 2 (Wednesday)
         2.1 "Cheap Prometheus" – Sarah Bos
            2.1.1 One VM, Prometheus and Grafana
         2.2 Sponsor slot, skipped
      `,
      `
      event InfraCamp Utrecht 2025 | 2025 | -
      talk 4 Golden paths are paved with YAML | Noor Visser (Grachtdata) | backstage terraform
      talk 8 Vault at the edge | Pim de Groot (Dijkstra Energie) | vault
      talk 12 Cheap Prometheus | Sarah Bos | grafana prometheus
      `, { plainText: true },
    );
  });

  test('a Korean trip report: "가. Title" with "- 발표자 : Name (Org)" under it, "□ 행사기간 : \'24. …" and "□ 장    소 :" in the header; the report\'s own date and the trip\'s are not the event\'s', () => {
    check(
      `
      문서번호 : 인프라-2025-011
      SREcon25 Americas 출장 결과 보고서

                                  2025. 3. 31.

      1. 출장 개요
        □ 출장기간 : '25. 3. 23.(일) ~ 3. 29.(토)
        □ 행사기간 : '25. 3. 25.(화) ~ 3. 27.(목)
        □ 장    소 : 미국 산타클라라, Hyatt Regency Santa Clara

      2. 주요 내용
        가. Retiring the Pager: On-call at a Bank
          - 발표자 : Grace Kim (Harborline Bank, SRE Lead)
          - PagerDuty 알림 60% 감축, Prometheus 알람 규칙 정리

        나. Terraform Drift at 3,000 Workspaces
          - 발표자 : Daniel Park (Northwind)
          - Terraform plan 을 매일 돌려 drift 탐지
      `,
      `
      event SREcon25 Americas | 2025-03-25..2025-03-27 | 미국 산타클라라, Hyatt Regency Santa Clara
      talk 12 Retiring the Pager: On-call at a Bank | Grace Kim (Harborline Bank) | pagerduty prometheus
      talk 16 Terraform Drift at 3,000 Workspaces | Daniel Park (Northwind) | terraform
      `, { plainText: true },
    );
  });

  test('a vertical timetable pasted from an event page: a time alone, the title under it, then its speaker; a line of times names no event', () => {
    check(
      `
      Platform Night Kyoto vol.2
      2025年2月6日（木）19:00〜21:00

      18:45
      受付
      19:05
      Argo Rollouts で段階的に出す
      山本 亜紀（株式会社カモガワ）
      #LT
      19:20
      Terraform の state を 40 個に割った
      Lena Fischer（Nordlicht GmbH）
      #LT
      19:35
      休憩
      `,
      `
      event Platform Night Kyoto vol.2 | 2025-02-06 | -
      talk 7 Argo Rollouts で段階的に出す | 山本 亜紀 (株式会社カモガワ) | argo-rollouts
      talk 11 Terraform の state を 40 個に割った | Lena Fischer (Nordlicht GmbH) | terraform
      `, { plainText: true },
    );
  });

  test('"(1)「Title」" with "登壇者：" under it; a memo log\'s "2024년 5월 14일 오후 2:13" then "세션1 Title - Name (Org)"', () => {
    check(
      `
      SRE NEXT 2025 参加報告書

      (1)「Postmortem を書き続ける仕組み」
      登壇者：高橋 直樹（株式会社ミライペイ）
      ・Terraform の module にテンプレートを置いた
      `,
      `
      event SRE NEXT 2025 | 2025 | -
      talk 3 Postmortem を書き続ける仕組み | 高橋 直樹 (株式会社ミライペイ) | terraform
      `, { plainText: true },
    );
    check(
      `
      나와의 채팅 님과 카카오톡 대화
      저장한 날짜 : 2025. 3. 8. 오후 9:02

      2025년 3월 8일 오후 2:13
      세션1 Vault로 시크릿 돌리기 - 한지우 (누리페이)
      동적 시크릿으로 DB 계정 회전

      2025년 3월 8일 오후 3:05
      쉬는시간. 커피
      `,
      `
      event test | 2025-03-08 | -
      talk 5 Vault로 시크릿 돌리기 | 한지우 (누리페이) | vault
      `, { plainText: true },
    );
  });

  test('a Confluence page ("h2. Talks", "h3. 1. Title" with "*Speaker:*" right under it) and an AsciiDoc one ("= Title", its author and attributes, "== Title") saved as notes', () => {
    check(
      `
      h1. Config Camp Ghent 2025

      h2. Talks

      h3. 1. Rulebooks in the real world
      *Speaker:* Joris Van Damme (Flandria Telecom)
      * rulebooks listening on Prometheus webhooks
      `,
      `
      event Config Camp Ghent 2025 | 2025 | -
      talk 5 Rulebooks in the real world | Joris Van Damme (Flandria Telecom) | prometheus
      `, { plainText: true },
    );
    check(
      `
      = KubeDay Lyon 2025 notes
      Jonas Kellermann <jonas@example.net>
      :toc: left

      == Karpenter for the rest of us
      Speaker: Claire Dubois (Datadog)

      * Karpenter consolidation on EKS
      `,
      `
      event KubeDay Lyon 2025 | 2025 | -
      talk 5 Karpenter for the rest of us | Claire Dubois (Datadog) | aws-eks karpenter
      `,
    );
  });

  test('a speaker whose given name the list had not known ("Lotte Bos"), and a surname that is a tool\'s name after one ("Dana Jenkins")', () => {
    check(
      `
      # DevOps Night Rotterdam 2025

      - "Cheap Prometheus on one VM" – Lotte Bos
        - Prometheus and Grafana, no Kubernetes
      - "Policy as code, a bake-off" — Dana Jenkins, Corvid Systems
        - Sentinel against OPA on Terraform plans
      `,
      `
      event DevOps Night Rotterdam 2025 | 2025 | -
      talk 3 Cheap Prometheus on one VM | Lotte Bos | grafana kubernetes prometheus
      talk 5 Policy as code, a bake-off | Dana Jenkins (Corvid Systems) | open-policy-agent sentinel terraform
      `,
    );
  });

  test('"## (1) Event" and "## (2) Event" in one note lose their numbers; 議事録 after a name and 提出日 in a header are not the event\'s', () => {
    check(
      `
      # 9월 행사 메모 (2024)

      ## (1) HUG Seoul 17차 밋업 — 2024.09.26 (목)

      ### Vault 운영기 - 김하늘 (누리페이)
      - Vault Agent 로 시크릿 주입

      ## (2) DevOpsDays Seoul 2024 — 2024.10.01 (화)

      ### Terraform 모듈 레지스트리 - 박도윤 (바른클라우드)
      - 사내 Terraform 모듈 공유
      `,
      `
      event HUG Seoul 17차 밋업 | 2024-09-26 | -
      talk 5 Vault 운영기 | 김하늘 (누리페이) | vault vault-agent
      event DevOpsDays Seoul 2024 | 2024-10-01 | -
      talk 10 Terraform 모듈 레지스트리 | 박도윤 (바른클라우드) | terraform
      `,
    );
    check(
      `
      インフラ勉強会（第24回）議事録
      提出日：2024年12月2日
      日時：2024年11月28日（木）19:00〜

      ## 発表1：Terraform の module 設計 - 山田 太郎（株式会社ミナト）
      - module の粒度
      `,
      `
      event インフラ勉強会 | 2024-11-28 | -
      talk 5 Terraform の module 設計 | 山田 太郎 (株式会社ミナト) | terraform
      `,
    );
  });

  test('a schedule\'s entry with one line per speaker, each with an organisation, then a room line', () => {
    check(
      `
      SREcon Europe 2025
      October 28 - 30, 2025

      11:00am – 11:35am CET
      Alert Budgets for Humans
      Ramona Ellis, Cobaltline
      Vikram Sethi, Cobaltline
      Room 2 | Hall C
         -> Prometheus alerts grouped per service
      `,
      `
      event SREcon Europe 2025 | 2025-10-28..2025-10-30 | -
      talk 5 Alert Budgets for Humans | Ramona Ellis (Cobaltline), Vikram Sethi (Cobaltline) | prometheus
      `, { plainText: true },
    );
  });
});

describe('layouts first met in session 25', () => {
  test('a trip report whose header is a two-column table: the event\'s dates and venue from its rows, not the report\'s own date; the report\'s sections are no talks', () => {
    check(
      `
      # [참관 보고서] KubeCon Japan 2025 참관 결과 보고

      | 항목 | 내용 |
      |---|---|
      | 작성일 | 2025-06-25 |
      | 행사 기간 | 2025-06-16 ~ 2025-06-17 |
      | 장소 | Hilton Tokyo Odaiba |

      ## 1. 참관 목적
      - Cilium 도입 검토

      ## 2. 주요 세션 요약

      | 세션명 | 발표자 | 소속 |
      |---|---|---|
      | eBPF networking at scale | 佐藤 健 | ミドリクラウド |
      | Multi-cluster GitOps with Argo CD | Lena Hoffmann | Kumo Inc. |

      ## 3. 후속 조치
      - Cilium PoC
      `,
      `
      event KubeCon Japan 2025 | 2025-06-16..2025-06-17 | Hilton Tokyo Odaiba
      talk 16 eBPF networking at scale | 佐藤 健 (ミドリクラウド) | ebpf
      talk 17 Multi-cluster GitOps with Argo CD | Lena Hoffmann (Kumo Inc.) | argo-cd
      `,
    );
  });

  test('a day\'s heading with its date in parentheses is no talk, over a day\'s timed items', () => {
    check(
      `
      # CNDT 2024 メモ

      ## 1日目 (11/28 木)

      - 10:00 [Track A] プロメテウスの長期保存 / 川口 俊（ヒダマリ証券）
        - Thanos から Mimir へ

      ## 2日目 (11/29 金)

      - 10:00 [Track B] Istio Ambient Mode 本番投入レポート / 荒木 大輔（ハネダ）
      `,
      `
      event CNDT 2024 | 2024-11-28 | -
      talk 5 プロメテウスの長期保存 | 川口 俊 (ヒダマリ証券) | grafana-mimir prometheus thanos
      talk 10 Istio Ambient Mode 本番投入レポート | 荒木 大輔 (ハネダ) | istio
      `,
    );
  });
  test('a timed table whose header names its columns: read by them; the organisers\' rows and a dash for no organisation', () => {
    check(
      `
      # Platform Engineering Meetup Osaka #3

      | 時間 | 登壇者 | 所属 | タイトル |
      |------|--------|------|----------|
      | 19:00 | 運営 | - | Opening / 会場案内 |
      | 19:05 | Sofia Lindqvist | Kumo Inc. | Backstage 1年目の反省 |
      | 19:35 | 大和田 誠 | - | Terraform の module 設計 |
      | 20:50 | 運営 | - | Closing → 懇親会 |

      | Day | Talk | Speaker(s) | Notes |
      |---|---|---|---|
      | Tue | Incident review: a 9-hour etcd outage | Pieter Vos (Harbourline) | etcd quota |
      `,
      `
      event Platform Engineering Meetup Osaka #3 | - | -
      talk 6 Backstage 1年目の反省 | Sofia Lindqvist (Kumo Inc.) | -
      talk 7 Terraform の module 設計 | 大和田 誠 | terraform
      talk 12 Incident review: a 9-hour etcd outage | Pieter Vos (Harbourline) | etcd
      `,
    );
  });
  test('a log of messages stamped with their minute: only the lines that name their speakers are talks, the messages after one its notes', () => {
    check(
      `
      나에게 보내기 메모

      오후 1:33 데브옵스 코리아 밋업 #21
      오후 1:48 와이파이 비번 받음
      오후 2:02 오프닝. 운영진 공지
      오후 2:13 1세션 테라폼 모듈 레지스트리 운영기 / 김하늘님 (바른페이)
      오후 2:17 모듈 버전은 태그로
      오후 2:24 Atlantis로 plan 자동화
      오후 2:52 2세션 Vault로 DB 계정 없애기 / 정유진님 (하늘뱅크)
      오후 2:56 동적 시크릿, 리스 1시간
      오후 3:28 쉬는시간
      `,
      `
      event 데브옵스 코리아 밋업 #21 | - | -
      talk 6 테라폼 모듈 레지스트리 운영기 | 김하늘 (바른페이) | atlantis terraform
      talk 9 Vault로 DB 계정 없애기 | 정유진 (하늘뱅크) | vault
      `, { plainText: true },
    );
  });
  test('plain-text events as "■" items dated by an item under them, talks as "□" items indented under each, "(LT)" a label; a city in parentheses names no one', () => {
    check(
      `
      상반기 외부행사 메모 (부산)
      ==========================

      ■ 부산 클라우드 엔지니어 모임 4월 정기모임
        - 일시 : 4/20(토) 14:00 ~ 17:00
        - 장소 : 센텀 세미나룸

        □ SaltStack에서 Ansible로 넘어간 이유 - 구본석 (BNK시스템)
          ▶ salt master 구조로 서버 800대
          ▶ AWX로 권한관리

        □ (LT) 작은 팀의 모니터링 - 허지우 (바다랩)
          ▶ Prometheus + Grafana

      ■ HUG Busan 3차 밋업
        - 일시 : 4/27(토) 15:00 ~ 18:00

        □ Vault PKI로 사내 인증서 자동화 — 최범준, 이가온 (동남페이)
          ▶ Vault에 Intermediate CA
      `,
      `
      event 부산 클라우드 엔지니어 모임 4월 정기모임 | - | 센텀 세미나룸
      talk 8 SaltStack에서 Ansible로 넘어간 이유 | 구본석 (BNK시스템) | ansible saltstack
      talk 12 작은 팀의 모니터링 | 허지우 (바다랩) | grafana prometheus
      event HUG Busan 3차 밋업 | - | -
      talk 18 Vault PKI로 사내 인증서 자동화 | 최범준 (동남페이), 이가온 (동남페이) | vault
      `, { plainText: true },
    );
  });
  test('a Scrapbox page whose talks are plain links one space in, each with its speakers on the first line under it; a lunch between them ends the talk before', () => {
    check(
      `
      SRE Kaigi 2025 メモ
      [SRE Kaigi] [2025-01-26] @[中野セントラルパーク]

      [* Day1]
       [オブザーバビリティ基盤をOpenTelemetryに寄せた1年]
        [寺島 陽介]さん ([株式会社カケハシラボ])
        Prometheus は残す
       ランチ
        お弁当。シェフ（chef）の気まぐれ弁当
       [Kubernetesのアップグレードを毎月やる運用]
        [大槻 翼]さん ([メルカトル株式会社])
        Karpenter でノード管理

      [* Day2]
       [Saltで3000台を管理し続けている話]
        [伊集院 薫]さん ([株式会社ナナツボシ通信])
        Terraform で VM を作って Salt で役割付与
      `,
      `
      event SRE Kaigi 2025 | 2025-01-26 | 中野セントラルパーク
      talk 5 オブザーバビリティ基盤をOpenTelemetryに寄せた1年 | 寺島 陽介 (株式会社カケハシラボ) | opentelemetry prometheus
      talk 10 Kubernetesのアップグレードを毎月やる運用 | 大槻 翼 (メルカトル株式会社) | karpenter kubernetes
      talk 15 Saltで3000台を管理し続けている話 | 伊集院 薫 (株式会社ナナツボシ通信) | terraform
      `, { plainText: true },
    );
  });
  test('"■ Title ／ ひぐち さん（Org）": a nickname in kana with its honorific names a speaker; "■ 懇親会" ends the talk before it; a packer\'s part-time job is no Packer', () => {
    check(
      `
      IaC勉強会 福岡 vol.9 に行ってきた

      ■ テラフォームのモジュール設計 ／ ひぐち さん（株式会社ハカタソフト）

      モジュールは寿命で分ける。

      ■ Ansible で冪等性を守る ／ 権藤 美咲 さん（株式会社ナカス）

      学生時代、倉庫でパッカー（梱包係）のバイトをしていたという話から。

      ■ 懇親会
      次回は Sentinel / OPA あたりらしい。
      `,
      `
      event IaC勉強会 福岡 vol.9 | - | -
      talk 3 テラフォームのモジュール設計 | ひぐち (株式会社ハカタソフト) | terraform
      talk 7 Ansible で冪等性を守る | 権藤 美咲 (株式会社ナカス) | ansible
      `, { plainText: true },
    );
  });
  test('"【セッション】Title" then "- 登壇: …", even as the lazy line of the item above; "【ブース】" ends the talk before it', () => {
    check(
      `
      # 出張報告: KubeCon Japan 2025

      ### 1日目
      【キーノート】省略（電池切れ）
      【セッション】Taming Helm Releases with Argo CD
      - 登壇: 西園寺 蓮（Aozora Mobility）
      - values の継承を 2 階層に
      【セッション】eBPF で見るクラスタネットワーク
      - 登壇: 宮下 千尋（株式会社ソラマメ）
      - Cilium で kube-proxy を置き換え
      【ブース】スポンサーブース巡回
      - Vault の運用を聞かれて雑談
      `,
      `
      event KubeCon Japan 2025 | 2025 | -
      talk 5 Taming Helm Releases with Argo CD | 西園寺 蓮 (Aozora Mobility) | argo-cd helm
      talk 8 eBPF で見るクラスタネットワーク | 宮下 千尋 (株式会社ソラマメ) | cilium ebpf kube-proxy
      `,
    );
  });
  test('a thread copied from Mastodon: each post\'s talk in a sentence under its author\'s line, "Next: "Title" — Name (Org)", "by A & B, both at Org"; the posts\' counts are no text', () => {
    check(
      `
      # DevOpsDays Utrecht 2025 thread

      Jorien de Vries @jorien@hachyderm.io
      Opening keynote "Your pager is a product" by Femke Bakker (@femke@tulpware.social, Tulpware). Prometheus alert rules cut from 900 to 140.
      Jun 19, 2025, 09:31 · 9 boosts · 20 favs

      Jorien de Vries @jorien@hachyderm.io
      Next: "From warehouse floor to platform engineer" — Danny Okonkwo (Bolwerk Retail). Learned Ansible on night shifts.
      Jun 19, 2025, 10:22 · 22 boosts · 58 favs

      Jorien de Vries @jorien@hachyderm.io
      "Cilium all the things" by Maarten Hoekstra & Lotte Jansen, both at Grachtnet. Replaced Calico with Cilium.
      Jun 19, 2025, 11:15 · 3 boosts · 9 favs
      `,
      `
      event DevOpsDays Utrecht 2025 thread | 2025-06-19 | -
      talk 4 Your pager is a product | Femke Bakker (Tulpware) | prometheus
      talk 8 From warehouse floor to platform engineer | Danny Okonkwo (Bolwerk Retail) | ansible
      talk 12 Cilium all the things | Maarten Hoekstra (Grachtnet), Lotte Jansen (Grachtnet) | calico cilium
      `,
    );
  });
  test('a channel copied from Discord: "name — Today at 7:06 PM" heads each message; "Name (Org) — "Title"" names a talk; "freelance" is no organisation', () => {
    check(
      `
      # SRE Utrecht #12 live

      kaya — Today at 6:58 PM
      doors open, pizza is here

      bramvdl — Today at 7:06 PM
      first up: Lotte Vermeer (Fennick) — "Our on-call was on fire: cutting pages by 60%"
      - 1,100 Prometheus alert rules, deleted 700

      bramvdl — Today at 7:52 PM
      talk 2: "Ansible is not dead (yet)" — Youssef Amrani, freelance
      - AWX for the self-service bits
      `,
      `
      event SRE Utrecht #12 live | - | -
      talk 7 Our on-call was on fire: cutting pages by 60% | Lotte Vermeer (Fennick) | prometheus
      talk 11 Ansible is not dead (yet) | Youssef Amrani | ansible
      `,
    );
  });
  test('minutes of a team\'s meetup: "안건 2. 발표 — "Title" (발표: Name)" is a talk without its labels, "결정사항" no talk', () => {
    check(
      `
      # 인프라실 3월 테크 밋업 회의록

      ## 안건 1. 발표 — "Ansible에서 Terraform으로" (발표: 한지수)
      - 프로비저닝은 테라폼

      ## 안건 2. 게스트 발표 — "Thanos vs Mimir 실측 비교" (오승연 님, 누리클라우드)
      - Mimir 선택

      ## 결정사항
      1. Terraform 전환 가이드 위키 게시
      `,
      `
      event 인프라실 3월 테크 밋업 | - | -
      talk 3 Ansible에서 Terraform으로 | 한지수 | ansible terraform
      talk 6 Thanos vs Mimir 실측 비교 | 오승연 (누리클라우드) | grafana-mimir thanos
      `,
    );
  });
  test('plain text with each event between drawn lines ("====" above and below a dated name and its venue), its talks as bullets', () => {
    check(
      `
      11월 밋업 정리

      ==============================
      [11/8 수] AWSKRUG 컨테이너 소모임 11월
      @ 바다소프트 선릉 오피스
      ==============================

      * 쿠버네티스 클러스터 업그레이드 자동화 - 신동욱님 (바다소프트)
        -> 블루그린 노드그룹 + 테라폼

      * 멀티 테넌트 클러스터에서 Istio 걷어낸 이야기 | 유가영님 (모모마켓)
        -> Cilium으로 네트워크 정책만 유지

      ==============================
      [11/22 수] 테라폼 코리아 유저그룹 11월 정기모임
      @ 판교 한빛클라우드 라운지
      ==============================

      * OpenTofu로 이사 갈까 말까 — 권혁진님(모모마켓)
        -> 테라폼→OpenTofu 마이그레이션

      * Terragrunt 걷어낸 후기 / 문채원님 @ 한빛클라우드
        -> 순수 Terraform + Atlantis
      `,
      `
      event AWSKRUG 컨테이너 소모임 11월 | 2023-11-08 | -
      talk 8 쿠버네티스 클러스터 업그레이드 자동화 | 신동욱 (바다소프트) | kubernetes terraform
      talk 11 멀티 테넌트 클러스터에서 Istio 걷어낸 이야기 | 유가영 (모모마켓) | cilium istio
      event 테라폼 코리아 유저그룹 11월 정기모임 | 2023-11-22 | -
      talk 19 OpenTofu로 이사 갈까 말까 | 권혁진 (모모마켓) | opentofu terraform
      talk 22 Terragrunt 걷어낸 후기 | 문채원 (한빛클라우드) | atlantis terraform terragrunt
      `, { plainText: true, name: '2023_11_meetups.txt' },
    );
  });
  test('a note\'s item with a line of prose under it is no talk, though the prose reads as a name and an organisation', () => {
    check(
      `
      그라파나 운영 3년, 그리고 배운 것들 - 송건우, Uber

      * Grafana에서 Prometheus로 옮기는 데 약 30개월 걸림
        * 피처 플래그를 적극적으로 사용
      * 에러 버짓을 실제로 강제함
      `,
      `
      event test | - | -
      talk 1 그라파나 운영 3년, 그리고 배운 것들 | 송건우 (Uber) | grafana prometheus
      `,
    );
  });
  test('two meetups, each a heading with its day and venue on the line under it, talks as subheadings with "Speaker:" lines: the day\'s line names no speaker', () => {
    check(
      `
      # Toronto meetups, June

      ## Cloud Native Toronto — June meetup
      Wed June 12, Lakeshore Analytics office, 220 King St W

      ### Crossplane vs Terraform for app teams
      Speaker: Aisha Benali, Lakeshore Analytics

      - Terraform modules first

      ## HUG Toronto #9
      Wed June 26, Maple Circuit HQ, Liberty Village

      ### Packer pipelines for Windows images
      Speaker: Grace Liu, Maple Circuit

      - Packer with WinRM
      `,
      `
      event Cloud Native Toronto — June meetup | - | -
      talk 6 Crossplane vs Terraform for app teams | Aisha Benali (Lakeshore Analytics) | crossplane terraform
      event HUG Toronto #9 | - | -
      talk 14 Packer pipelines for Windows images | Grace Liu (Maple Circuit) | packer
      `,
    );
  });
  test('a venue on the line under the note\'s title names no one ("Boston Convention & Exhibition Center")', () => {
    check(
      `
      # HashiConf 2024 — my notes

      Boston Convention & Exhibition Center, Boston MA
      Oct 15–16, 2024

      ## Terraform Stacks in practice - Priya Raman (Northbeam)
      - stacks replace wrapper scripts

      ## Vault at the edge - Kenji Mori (Pacific Rail)
      - Vault agents on every store
      `,
      `
      event HashiConf 2024 | 2024-10-15..2024-10-16 | -
      talk 6 Terraform Stacks in practice | Priya Raman (Northbeam) | terraform
      talk 9 Vault at the edge | Kenji Mori (Pacific Rail) | vault
      `,
    );
  });
  test('a list of the sessions with their speakers\' organisations above headings that name the speakers alone: the headings are the talks, with the list\'s organisations', () => {
    check(
      `
      # HUG Seoul 13차 밋업

      ## 세션 목록
      - 테라폼 모듈 레지스트리 사내 구축기 (김도현 / 한빛클라우드)
      - Vault로 DB 크리덴셜 동적 발급하기 (이수진 / 페이런치)

      ## 메모

      ### 1. 테라폼 모듈 레지스트리 사내 구축기 - 김도현님
      - Terratest로 모듈 테스트

      ### 2. Vault로 DB 크리덴셜 동적 발급하기 - 이수진님
      - database secrets engine
      `,
      `
      event HUG Seoul 13차 밋업 | - | -
      talk 9 테라폼 모듈 레지스트리 사내 구축기 | 김도현 (한빛클라우드) | terraform terratest
      talk 12 Vault로 DB 크리덴셜 동적 발급하기 | 이수진 (페이런치) | vault
      `,
    );
  });
});

describe('layouts first met in session 26', () => {
  test('an outliner page: its properties are the front matter, an item with "speaker::" and "company::" under it is a talk', () => {
    check(
      `
      title:: SRE NEXT 2025 Day2
      date:: [[Jul 12th, 2025]]
      location:: 目黒 ベルサール

      - SRE NEXT 2025 二日目のメモ
      \t- 雨だった
      - 大規模 Kubernetes のアップグレード戦略
      \t- speaker:: 森田 陽介
      \t- company:: ヒカリネット
      \t- Karpenter でノードを入れ替える
      - ランチ
      \t- 唐揚げ弁当
      - Grafana で SLO を回す
      \t- speaker:: 青木 舞
      \t- Prometheus のルールを整理
      `,
      `
      event SRE NEXT 2025 | 2025-07-12 | 目黒 ベルサール
      talk 7 大規模 Kubernetes のアップグレード戦略 | 森田 陽介 (ヒカリネット) | karpenter kubernetes
      talk 13 Grafana で SLO を回す | 青木 舞 | grafana prometheus
      `,
    );
  });

  test('a timetable in columns of spaces under a drawn line, then notes per speaker ("(1) 名前さん") that are that talk\'s', () => {
    check(
      `
      Terraform 勉強会 #9 メモ
      2025/03/08(土) 14:00〜 @渋谷

      -------------------------------------------------------------
       時間          内容                               登壇者
      -------------------------------------------------------------
       14:00-14:10   はじめに                           運営
       14:10-14:40   モジュール設計のアンチパターン     岡田 翔 (ソラノバ)
       14:40-15:10   Policy as Code 入門                 石井 美咲 (アオイ技研)
       15:10-15:20   休憩
      -------------------------------------------------------------

      (1) 岡田さん
       - Terragrunt はやめて素の Terraform に戻した

      (2) 石井さん
       - Sentinel と OPA を比較

      感想: 次回も行く
      `,
      `
      event Terraform 勉強会 #9 | 2025-03-08 | 渋谷
      talk 8 モジュール設計のアンチパターン | 岡田 翔 (ソラノバ) | terraform terragrunt
      talk 9 Policy as Code 入門 | 石井 美咲 (アオイ技研) | open-policy-agent sentinel
      `,
      { plainText: true, name: 'tf-benkyokai-9.txt' },
    );
  });

  test('a chat thread: "[3] 라이트닝 토크: Title — 이름님" is a talk, and the event named in a message saying the writer came is cut before the verb', () => {
    check(
      `
      #infra-수다

      박서연  오후 7:02
      쿠버네티스 판교 모임 왔습니다~ 자리 거의 꽉 찼어요

      박서연  오후 7:20
      [1] Cilium으로 네트워크 정책 옮긴 이야기 — 정민재님 (토스랩)
      • eBPF 기반이라 kube-proxy 대체

      박서연  오후 8:40
      [2] 라이트닝 토크: Helm 차트 린트 자동화 — 서하늘님
      • helm lint를 CI에 붙임
      `,
      `
      event 쿠버네티스 판교 모임 | - | -
      talk 7 Cilium으로 네트워크 정책 옮긴 이야기 | 정민재 (토스랩) | cilium ebpf kube-proxy
      talk 11 Helm 차트 린트 자동화 | 서하늘 | helm
      `,
      { plainText: true, name: 'slack.txt' },
    );
  });

  test('a mail: its "Date:" gives the year of the event\'s days in its text, the year before when they would come after the mail', () => {
    check(
      `
      Subject: PlatformCon Berlin recap
      From: Mira Jansen
      Date: Tue, 14 Jan 2025 10:02

      Hi team,

      Notes from PlatformCon Berlin (Dec 3-4), the talks I saw:

      1) Golden paths that people actually use / Tom Becker (Lumen GmbH)
         - Backstage templates, Crossplane underneath

      2) Paying down Terraform debt / Ana Ruiz (Kestrel)
         - module versions pinned everywhere
      `,
      `
      event PlatformCon Berlin | 2024-12-03..2024-12-04 | -
      talk 9 Golden paths that people actually use | Tom Becker (Lumen GmbH) | backstage crossplane
      talk 12 Paying down Terraform debt | Ana Ruiz (Kestrel) | terraform
      `,
      { plainText: true, name: 'mail.txt' },
    );
  });

  test('"■ Title" may end like a sentence when its speaker is on the line under it; "lunch @ place" is no talk; "Speaker: Name — Org" has no dash in the organisation', () => {
    check(
      `
      HashiCorp User Group 福岡 #5 メモ
      2025年4月10日

      ■ Nomad をやめて Kubernetes に寄せました
        山下さん / キタカゼ
        ・移行に半年

      ■ Vault の監査ログ活用
        坂本さん / ミナミ工業
        ・Splunk に送る

      lunch @ 天神の食堂 — 普通

      **Serverless gaps**
      Speaker: Erin Walsh — Tallbird
      - Lambda and Terraform modules
      `,
      `
      event HashiCorp User Group 福岡 #5 | 2025-04-10 | -
      talk 4 Nomad をやめて Kubernetes に寄せました | 山下 (キタカゼ) | kubernetes nomad
      talk 8 Vault の監査ログ活用 | 坂本 (ミナミ工業) | splunk vault
      talk 14 Serverless gaps | Erin Walsh (Tallbird) | aws-lambda terraform
      `,
      { plainText: true, name: 'hug-fukuoka-5.txt' },
    );
  });

  test('a numbered outline with "- by Name, Org" under each title, even a title that says "side by side"', () => {
    check(
      `
      Vault User Group Leeds - March
      2025-03-06, The Tetley

      1. Dynamic secrets for batch jobs
         - by Priya Nair, Harrowgate Bank
         - Vault database engine, short TTLs

      2. Consul and Nomad, side by side
         - by Lucy Hart, Brindle Labs
         - service discovery for the batch fleet
      `,
      `
      event Vault User Group Leeds - March | 2025-03-06 | The Tetley
      talk 4 Dynamic secrets for batch jobs | Priya Nair (Harrowgate Bank) | vault
      talk 8 Consul and Nomad, side by side | Lucy Hart (Brindle Labs) | consul nomad
      `,
      { plainText: true, name: 'vug-leeds.txt' },
    );
  });

  test('an issue\'s report: the event after "参加報告:", checked items naming their speakers, and neither two sentences with a remark in parentheses nor "/cc @team" make a talk', () => {
    check(
      `
      ## 外部イベント参加報告: Kubernetes 勉強会 #12

      - **日時**: 2025/01/23 (木) 19:00〜

      ### 聴講したセッション

      - [x] Karpenter のコスト最適化 (佐々木 翼, 株式会社ナギサ)
      - [x] Argo CD の権限設計 (中川 葵, ヒバリ株式会社)

      ### 所感

      懇親会は寿司。Karpenter の話で盛り上がった（Helm は使わない派が多かった）

      /cc @platform-team
      `,
      `
      event Kubernetes 勉強会 #12 | 2025-01-23 | -
      talk 7 Karpenter のコスト最適化 | 佐々木 翼 (株式会社ナギサ) | karpenter
      talk 8 Argo CD の権限設計 | 中川 葵 (ヒバリ株式会社) | argo-cd
      `,
    );
  });

  test('a heading\'s first sentence says who spoke ("발표자는 X 님 (회사).", "발표자는 X 님이고 Y 소속.", "登壇者はXさん（Y）。")', () => {
    check(
      `
      # 클라우드 네이티브 부산 2025 후기

      ### 쿠버네티스 노드 비용 줄이기

      발표자는 배수민 님 (모래소프트).
      - Karpenter 도입

      ### GitOps 운영기

      발표자는 임도윤 님이고 바다클라우드 플랫폼팀 소속.
      - Argo CD ApplicationSet

      ### Terraform のテスト

      登壇者は松井 遥さん（ユズリハ）。
      - terraform test を CI で回す
      `,
      `
      event 클라우드 네이티브 부산 2025 | 2025 | -
      talk 3 쿠버네티스 노드 비용 줄이기 | 배수민 (모래소프트) | karpenter kubernetes
      talk 8 GitOps 운영기 | 임도윤 (바다클라우드) | argo-cd
      talk 13 Terraform のテスト | 松井 遥 (ユズリハ) | terraform
      `,
    );
  });

  test('plain text, a talk per line with a remark after the speaker ("title — R. Okafor (Datadog) — remark"), notes indented under some', () => {
    check(
      `
      srecon emea 2025 — dublin, day 1 (tue oct 14)

      vault agent caching — J. Park (Toss) — cut p99 by half
        - k8s auth + persistent cache
      argo cd w/ 4k apps — D. Huang (Intuit) — controller sharding helped
      backstage scorecards — S. Iyer — meh
      crossplane v2 compositions — A. Novak (Upbound) — istio too
      `,
      `
      event srecon emea 2025 | 2025-10-14 | -
      talk 3 vault agent caching | J. Park (Toss) | kubernetes vault vault-agent
      talk 5 argo cd w/ 4k apps | D. Huang (Intuit) | argo-cd
      talk 7 crossplane v2 compositions | A. Novak (Upbound) | crossplane istio
      `,
      { plainText: true, name: 'srecon.txt' },
    );
  });

  test('a programme pasted from an event\'s site: a session\'s line (code, time, room, level) heads its title, the speaker line names the company, department and role first', () => {
    check(
      `
      # Cloud Summit Osaka 2024 参加メモ

      【CNT-03】10:50 - 11:30 ／ Room B ／ Level 300: Advanced
      Amazon EKS の運用を Karpenter で楽にする
      サクラ通信株式会社 インフラ本部 SRE 中島 翔太

      > メモ: Karpenter の consolidation

      【IAC-11】13:00 - 13:40 ／ Room D ／ Level 200: Intermediate
      テラフォームで 200 アカウントを管理する
      株式会社コモレビ 基盤部 岡本 彩
      `,
      `
      event Cloud Summit Osaka 2024 | 2024 | -
      talk 4 Amazon EKS の運用を Karpenter で楽にする | 中島 翔太 (サクラ通信株式会社) | aws-eks karpenter
      talk 10 テラフォームで 200 アカウントを管理する | 岡本 彩 (株式会社コモレビ) | terraform
      `,
    );
  });

  test('plain text: the first line names and dates the event ("SREcon24 Americas -- Mar 18-20, 2024"), a talk\'s title, then "by Name, Company"', () => {
    check(
      `
      DevOpsDays Lisbon -- Sep 12, 2024
      LX Factory

      Feature flags without tears
      by Rui Santos, Farfetch
      LaunchDarkly and Terraform
      `,
      `
      event DevOpsDays Lisbon | 2024-09-12 | -
      talk 4 Feature flags without tears | Rui Santos (Farfetch) | terraform
      `,
      { plainText: true, name: 'dod.txt' },
    );
  });

  test('bold titles in a list: one that asks a question, one with a remark after its organisation ("(Sansan) ※LT"); "Open Spaces" is no talk', () => {
    check(
      `
      # Kubernetes Novice Tokyo #40

      - **Karpenter 触ってみた** — 鈴木 さくら (Sansan) ※LT
        - ノード起動が速い
      - **個人開発を k8s でやるのはやりすぎか？** — ねこやまさん
        - k3s と Flux
      - 14:15 Open Spaces
      `,
      `
      event Kubernetes Novice Tokyo #40 | - | -
      talk 3 Karpenter 触ってみた | 鈴木 さくら (Sansan) | karpenter
      talk 5 個人開発を k8s でやるのはやりすぎか？ | ねこやま | flux k3s kubernetes
      `,
    );
  });

  test('"## 네트워킹 & 경품": two schedule items, no talk', () => {
    check(
      `
      # AWS Community Day Korea 2024

      ## 1. EKS 업그레이드 자동화
      - 발표자: 박지훈 (당근)
      - Karpenter 로 노드 교체

      ## 네트워킹 & 경품
      - 경품으로 키보드
      `,
      `
      event AWS Community Day Korea 2024 | 2024 | -
      talk 3 EKS 업그레이드 자동화 | 박지훈 (당근) | aws-eks karpenter
      `,
    );
  });

  test('"**Name (Org)**: Title" and "**최유리**: Title": a full Korean name in bold needs no organisation; "**Summary**: …" is no talk', () => {
    check(
      `
      AWS Summit Seoul 2025 메모

      **김태윤 (AWS)**: EKS 노드 비용 최적화
      - Karpenter

      **최유리**: [라이트닝] IaC 코드 리뷰 자동화
      - 테라폼 PR 리뷰

      **Summary**: 다음엔 2일차도 가기
      `,
      `
      event AWS Summit Seoul 2025 | 2025 | -
      talk 3 EKS 노드 비용 최적화 | 김태윤 (AWS) | aws-eks karpenter
      talk 6 IaC 코드 리뷰 자동화 | 최유리 | terraform
      `,
      { plainText: true, name: 'summit.txt' },
    );
  });

  test('an event page\'s HTML pasted into a note: "<h3>Title</h3>" then "<p>Speaker: …</p>"; a puppet show, a reading list and things to try are no talks or tools', () => {
    check(
      `
      # DevOpsDays Denver 2024

      <h3>Terraform at the Speed of Compliance</h3>
      <p>Speaker: Derek Olsen &amp; Farah Siddiqui (Lakeshore Health)</p>

      - Sentinel policies, Terraform Cloud
      - opened with his daughter's puppet show

      ## Things to try
      - Puppet? no

      ## To read later
      - the SRE workbook
      `,
      `
      event DevOpsDays Denver 2024 | 2024 | -
      talk 3 Terraform at the Speed of Compliance | Derek Olsen (Lakeshore Health), Farah Siddiqui (Lakeshore Health) | sentinel terraform terraform-cloud
      `,
    );
  });

  test('a trip report in plain text: "행 사 명 :" names the event, "가. Title (발표: Name, Org)" items under "2. 주요 세션" are talks', () => {
    check(
      `
                    출 장 보 고 서

      1. 행사 개요
        - 행 사 명 : 클라우드 인프라 컨퍼런스 2024
        - 일    시 : 2024. 10. 8.(화)

      2. 주요 세션

        가. 테라폼 모듈 표준화 (발표: 김도현, 한빛클라우드)
          - 모듈 레지스트리

        나. 쿠버네티스 멀티 클러스터 운영 (발표: 이서준, 바다소프트)
          - Argo CD 로 배포
      `,
      `
      event 클라우드 인프라 컨퍼런스 2024 | 2024-10-08 | -
      talk 9 테라폼 모듈 표준화 | 김도현 (한빛클라우드) | terraform
      talk 12 쿠버네티스 멀티 클러스터 운영 | 이서준 (바다소프트) | argo-cd kubernetes
      `,
      { plainText: true, name: 'report.txt' },
    );
  });

  test('a blog post\'s introduction and conclusion ("## 들어가며", "## はじめに", "## 맺으며") are no talks', () => {
    check(
      `
      # 인프콘 2024 후기

      ## 들어가며
      올해도 다녀왔다.

      ## 테라폼 모듈 표준화 - 김도현님 (한빛클라우드)
      - 테라폼 레지스트리

      ## 맺으며
      내년에도 가야지.
      `,
      `
      event 인프콘 2024 | 2024 | -
      talk 6 테라폼 모듈 표준화 | 김도현 (한빛클라우드) | terraform
      `,
    );
  });

  test('a blog post with a table of contents: "**목차**" and its list are no talks; "[AWS Summit Seoul 2024] 1일차 참관 후기" names the event in brackets', () => {
    check(
      `
      # [AWS Summit Seoul 2024] 1일차 참관 후기 - EKS, 테라폼

      **목차**

      1. 세션 1. 테라폼 랜딩존 구축하기
      2. 마치며

      ## 세션 1. 테라폼 랜딩존 구축하기

      발표자 : 김도현 (우아한형제들 / 클라우드 엔지니어)
      - 테라폼 모듈

      ## 마치며
      `,
      `
      event AWS Summit Seoul 2024 | 2024 | -
      talk 8 테라폼 랜딩존 구축하기 | 김도현 (우아한형제들) | terraform
      `,
    );
  });
});

describe('layouts first met in session 27', () => {
  test('a timetable, then notes under headings that name the speaker with a remark in brackets', () => {
    check(
      `
      # 클라우드 인프라 밋업 #9

      | 시간 | 세션 | 발표자 |
      |---|---|---|
      | 19:10 | 테라폼 모듈 레지스트리 운영기 | 정하늘 (바람소프트) |
      | 19:50 | 사내 빌드 파이프라인을 GitHub Actions로 | 윤서준 (늘봄게임즈) |

      ## 메모

      ### 정하늘 님 (테라폼 ↔ 레지스트리)
      - 모듈 버전은 태그로 고정한다고 함

      ### 윤서준 님 (Jenkins → GitHub Actions 이전 이야기)
      - 러너 비용이 절반으로 줄었다고 함
      `,
      `
      event 클라우드 인프라 밋업 #9 | - | -
      talk 10 테라폼 모듈 레지스트리 운영기 | 정하늘 (바람소프트) | terraform
      talk 13 사내 빌드 파이프라인을 GitHub Actions로 | 윤서준 (늘봄게임즈) | github-actions jenkins
      `,
    );
  });

  test('a timetable, then "### 森さん (LT)": the lightning talk\'s notes, not a talk of its own', () => {
    check(
      `
      # 監視勉強会 #3

      | 時間 | タイトル | 登壇者 |
      |---|---|---|
      | 19:30 | Prometheusの長期保存を考える | 石井 翔 (コダマ技研) |
      | 20:10 | LT: Lokiのラベル設計 | 森 結衣 (フリーランス) |

      ### 石井さん
      - Thanosを検討

      ### 森さん (LT)
      - ラベルは少なく
      `,
      `
      event 監視勉強会 #3 | - | -
      talk 8 Prometheusの長期保存を考える | 石井 翔 (コダマ技研) | prometheus thanos
      talk 11 Lokiのラベル設計 | 森 結衣 | grafana-loki
      `,
    );
  });

  test('a mail: the talks listed with their speakers, then "[1] 테라폼 세션 (김하늘 님)" sections that name each short by its speakers', () => {
    check(
      `
      제목: 클라우드 서밋 2025 참관 후기

      ■ 들은 세션

      1) 테라폼 모듈, 어디까지 쪼갤까? - 김하늘 님 (구름소프트)
      2) 젠킨스에서 벗어나기 - 오세린 님, 남궁민 님 (바다페이)

      ■ 세션별 요약

      [1] 테라폼 세션 (김하늘 님)
       - 모듈은 팀 단위로 나눴다고 합니다.

      [2] CI 세션 (오세린 님, 남궁민 님)
       - GitHub Actions로 옮긴 이야기였습니다.

      ■ 팀 제안 (다음 주간회의 안건)
       1. 모듈 구조 검토
      `,
      `
      event 클라우드 서밋 2025 | 2025 | -
      talk 10 테라폼 모듈, 어디까지 쪼갤까? | 김하늘 (구름소프트) | terraform
      talk 13 젠킨스에서 벗어나기 | 오세린 (바다페이), 남궁민 (바다페이) | github-actions jenkins
      `,
      { plainText: true, name: 'mail.txt' },
    );
  });

  test('a blog post: titles in 「」 told first, then who gave them, in four ways; "に2日間参加してきた" after the event\'s name', () => {
    check(
      `
      # Platform Days Osaka 2025 に2日間参加してきた

      2025年6月12日・13日の2日間、大阪で開催されました。

      午前は「Terraformのモジュール設計、5年分の反省」（登壇：松田 恵さん／株式会社ナギサ）。モジュールを小さく。

      続いて「Argo CDの権限設計」。登壇は岡 大輔さん（ヒバリ工業株式会社）。

      「Grafanaで作るSLOダッシュボード」では、株式会社コモレビの北村 翼さんがPrometheusの話をしていました。

      最後は「Vaultの監査ログを読む」（中西 優さん、株式会社スズカゼ）。

      おまけは「Packerで作るイメージ」で、登壇は小川 直人さん（フリーランス）。
      `,
      `
      event Platform Days Osaka 2025 | 2025-06-12 | 大阪
      talk 5 Terraformのモジュール設計、5年分の反省 | 松田 恵 (株式会社ナギサ) | terraform
      talk 7 Argo CDの権限設計 | 岡 大輔 (ヒバリ工業株式会社) | argo-cd
      talk 9 Grafanaで作るSLOダッシュボード | 北村 翼 (株式会社コモレビ) | grafana prometheus
      talk 11 Vaultの監査ログを読む | 中西 優 (株式会社スズカゼ) | vault
      talk 13 Packerで作るイメージ | 小川 直人 | packer
      `,
    );
  });

  test('plain text: "LT1: Title / Name（Org）" lines right under a label, then "■19:00〜　基調LT：Title" with "　登壇　Name 氏（Org）" below', () => {
    check(
      `
      コンテナ勉強会 #5 メモ

      【昼の部】LT大会
      LT1: Terraformのstate分割を見直した話 / 松本 葵（株式会社ミズナラ）
      　・workspaceをやめた
      LT2: Helmチャートの共通化 / 野口 蓮（株式会社ハヤテ）
      　・library chartを使う

      【夜の部】
      ■19:00〜　基調LT：Kubernetesのアップグレードを怖がらない
      　登壇　高木 修 氏（北斗システム株式会社）
      ■19:40〜　懇親会
      `,
      `
      event コンテナ勉強会 #5 | - | -
      talk 4 Terraformのstate分割を見直した話 | 松本 葵 (株式会社ミズナラ) | terraform
      talk 6 Helmチャートの共通化 | 野口 蓮 (株式会社ハヤテ) | helm
      talk 10 Kubernetesのアップグレードを怖がらない | 高木 修 (北斗システム株式会社) | kubernetes
      `,
      { plainText: true, name: 'memo.txt' },
    );
  });

  test('no talks: a keynotes\' slot with no one named, "Doors, pizza, beer", "Networking until they closed the bar", who the writer went with', () => {
    check(
      `
      # Infra Night Lisbon #3

      ## Keynotes (main stage)
      - mostly product news

      ## Schedule
      18:30 Doors, pizza, beer
      19:00 Drift detection in practice (Rui Costa/Atlantico Labs)
      20:30 Networking until they closed the bar

      ## Keynote - Marta Sousa (Faro Cloud)
      Terraform at Faro.
      `,
      `
      event Infra Night Lisbon #3 | - | -
      talk 8 Drift detection in practice | Rui Costa (Atlantico Labs) | -
      talk 11 Keynote | Marta Sousa (Faro Cloud) | terraform
      `,
    );
    // Who the writer went with, in the header.
    check(
      `
      # 클라우드 네이티브 부산 2025 참관 후기

      - 일시: 2025년 9월 6일 (토)
      - 같이 간 사람: 최서윤 님, 임도현 님 (우리 팀)

      ## 들은 세션

      1. **테라폼 모듈 표준화** — 한가람 (바다소프트)
         - 모듈 버전 고정
      2. **헬름 차트 린트** — 오지훈 (누리랩)
         - CI에서 검사
      `,
      `
      event 클라우드 네이티브 부산 2025 | 2025-09-06 | -
      talk 8 테라폼 모듈 표준화 | 한가람 (바다소프트) | terraform
      talk 10 헬름 차트 린트 | 오지훈 (누리랩) | helm
      `,
    );
  });

  test('lightning talks listed under their own label, in another layout than the talks', () => {
    check(
      `
      # Platform Meetup Kyoto #4

      ## セッション 1. Terraformの運用10年
      발표: 上田 誠 님 (株式会社カモガワ)
      - state分割

      ## 라이트닝 토크
      - LT1: Helmで作る社内テンプレート — 小西 結衣 님 (フリーランス)
      - LT2: Vaultの監査ログ — 森田 航 님 (株式会社ヒエイ)

      ## 정리
      - 다음에도 가고 싶다
      `,
      `
      event Platform Meetup Kyoto #4 | - | -
      talk 3 Terraformの運用10年 | 上田 誠 (株式会社カモガワ) | terraform
      talk 8 Helmで作る社内テンプレート | 小西 結衣 | helm
      talk 9 Vaultの監査ログ | 森田 航 (株式会社ヒエイ) | vault
      `,
    );
    check(
      `
      Quick recap from *Infra Camp Porto 2025* day 1 :thread:

      :one: *"Budgets for error budgets"* — Rita Alves (Douro Pay)
      > Prometheus burn-rate alerts

      :two: *"Chaos on a shoestring"* — Tiago Neves & Ines Rocha (Ribeira Labs)
      > LitmusChaos experiments

      :zap: LTs at the end:
      • LT1: "Packer images, still?" — Nuno Faria
      • LT2: "Our Nomad cluster turned 3" — Bea Lobo (Foz Logistics)
      `,
      `
      event Infra Camp Porto 2025 | 2025 | -
      talk 3 Budgets for error budgets | Rita Alves (Douro Pay) | prometheus
      talk 6 Chaos on a shoestring | Tiago Neves (Ribeira Labs), Ines Rocha (Ribeira Labs) | litmus
      talk 10 Packer images, still? | Nuno Faria | packer
      talk 11 Our Nomad cluster turned 3 | Bea Lobo (Foz Logistics) | nomad
      `,
    );
    check(
      `
      # devops busan meetup #6 — quick notes

      ## talks
      - "GitOps at a Bank" — Kim Tae-yang (Haneul Bank)
        - Argo CD everywhere
      - lightning: "Alloy in 5 Minutes" — Seo Ha-eun (freelance)
        - Alloy replaced promtail
      `,
      `
      event devops busan meetup #6 | - | -
      talk 4 GitOps at a Bank | Kim Tae-yang (Haneul Bank) | argo-cd
      talk 6 Alloy in 5 Minutes | Seo Ha-eun | grafana-alloy grafana-loki
      `,
    );
  });

  test('"Name on Title" paragraphs with their notes listed under them, when the note writes two or more so', () => {
    check(
      `
      Notes from our Platform Day 2025:

      Lotte van Beek on Retiring the Puppet Master
        - moved to Ansible

      Henrik Aalto on Vault PKI in Practice
        - short-lived certificates

      Thoughts on the day
        - good coffee
      `,
      `
      event Platform Day 2025 | 2025 | -
      talk 3 Retiring the Puppet Master | Lotte van Beek | ansible puppet
      talk 6 Vault PKI in Practice | Henrik Aalto | vault
      `,
      { plainText: true, name: 'day.txt' },
    );
  });

  test('"**김태윤 (AWS)**: Title": the speaker\'s organisation before the title is no tool the talk mentions', () => {
    check(
      `
      # AWS Summit Seoul 2025 메모

      **김태윤 (AWS)**: Amazon EKS에서 Karpenter로 비용 줄이기
      - 노드 풀을 나눴다

      **박서연 (AWS)**: RDS 블루/그린 배포
      - 다운타임이 줄었다
      `,
      `
      event AWS Summit Seoul 2025 | 2025 | -
      talk 3 Amazon EKS에서 Karpenter로 비용 줄이기 | 김태윤 (AWS) | aws-eks karpenter
      talk 6 RDS 블루/그린 배포 | 박서연 (AWS) | aws-rds
      `,
    );
  });

  test('a blog post\'s own section titles over paragraphs that name the talk: a possessive before the quotation, "gave", "by" a hyphenated name', () => {
    check(
      `
      # Two days at InfraConf26 Nordics: what I brought home

      ## Runbooks again

      The talk I still think about is Sofia Lindqvist's "Runbooks That Run Themselves with Ansible". She leads the SRE group at Fjordbank, and her point was simple.

      ## Alerts

      Mateo Ruiz from Lumen Freight gave "Alert Budgets for Humans", which was about Prometheus rules more than people.

      ## Platform SLOs

      The last one worth a mention is "SLOs for the Platform Itself" by Amara Osei-Bonsu and Lars Berg, both from Nordlys Rail. They publish them in their Backstage developer portal.
      `,
      `
      event InfraConf26 Nordics | - | -
      talk 5 Runbooks That Run Themselves with Ansible | Sofia Lindqvist | ansible
      talk 9 Alert Budgets for Humans | Mateo Ruiz (Lumen Freight) | prometheus
      talk 13 SLOs for the Platform Itself | Amara Osei-Bonsu (Nordlys Rail), Lars Berg (Nordlys Rail) | backstage
      `,
    );
  });

  test('an esa-style report: "### 【登壇者】タイトル", "### 【LT / 名前】…", two people with a slash; "### 【休憩】" is no talk', () => {
    check(
      `
      # コンテナ初心者勉強会 #12

      ## セッション

      ### 【高田 ひなた】はじめてのHelm
      - values.yamlは小さく

      ### 【Arjun Rao / 宮本 健】NetworkPolicyが効かない
      - Ciliumで確認

      ### 【休憩】
      - お菓子

      ### 【LT / 三浦 凛】Docker Composeからk8sへ
      - まずは小さく
      `,
      `
      event コンテナ初心者勉強会 #12 | - | -
      talk 5 はじめてのHelm | 高田 ひなた | helm
      talk 8 NetworkPolicyが効かない | Arjun Rao, 宮本 健 | cilium
      talk 14 Docker Composeからk8sへ | 三浦 凛 | docker docker-compose kubernetes
      `,
    );
  });

  test('rooms as headings, timed bold items with "발표:" nested under them, a keynote label before the quotation, a day before a schedule item', () => {
    check(
      `
      # Platform Days Fukuoka 2025 참관 후기

      ## 1일차

      ### Room A
      - **10:00 키노트 「信頼性はチームの仕事」**
        - 발표: 中村 陽子 님 (주식회사 하카타넷)
      - **11:00 「Terraform으로 알림을 코드화하기」**
        - 발표: 윤하람 님 (프리랜서)
        - Datadog 모니터를 테라폼으로

      ### 트랙 B (Room B)
      - **13:00 「Prometheus 장기 보관」**
        - 발표: 石田 航 님 (주식회사 나미테크)
      - **18:00 1일차 懇親会 (네트워킹 파티)**
      `,
      `
      event Platform Days Fukuoka 2025 | 2025 | -
      talk 6 信頼性はチームの仕事 | 中村 陽子 (주식회사 하카타넷) | -
      talk 8 Terraform으로 알림을 코드화하기 | 윤하람 | datadog terraform
      talk 13 Prometheus 장기 보관 | 石田 航 (주식회사 나미테크) | prometheus
      `,
    );
  });

  test('a log of posts copied from X: times, then posts ending with hashtags; the talks announced in them', () => {
    check(
      `
      CNDK2025 実況ログ
      Cloud Native Days Kansai 2025 / 2025-06-19 / 梅田

      09:41 会場着いた。受付の列すごい #CNDK2025
      09:58 ノベルティはトートバッグ #CNDK2025
      10:20 キーノート「クラウドネイティブのこれから」高木 修さん（関西クラウド協会） #CNDK2025
      10:24 CNCFのプロジェクト数すごい #CNDK2025
      11:00 次は三浦 凛さん「Argo CDで300クラスタ」 株式会社ナニワテック #CNDK2025_A
      11:07 Helmチャートもそのまま #CNDK2025_A
      13:00 Track B「Istioのアンビエントモード」李 俊浩さん（株式会社ミナミペイ） #CNDK2025_B
      13:12 Envoyのメモリが減った #CNDK2025_B
      14:00 Track A 次は「EKSのアップグレード」西條 亮さん・柏木 七海さん（株式会社ホクト） #CNDK2025_A
      14:31 Karpenterで楽に #CNDK2025_A
      `,
      `
      event Cloud Native Days Kansai 2025 | 2025-06-19 | 梅田
      talk 6 クラウドネイティブのこれから | 高木 修 (関西クラウド協会) | -
      talk 8 Argo CDで300クラスタ | 三浦 凛 | argo-cd helm
      talk 10 Istioのアンビエントモード | 李 俊浩 (株式会社ミナミペイ) | envoy istio
      talk 12 EKSのアップグレード | 西條 亮 (株式会社ホクト), 柏木 七海 (株式会社ホクト) | aws-eks karpenter
      `,
      { plainText: true, name: 'log.txt' },
    );
  });

  test('a Scrapbox page saved as .md: "[** Title]" headings, "[* 自分用TODO]" is no talk', () => {
    check(
      `
      HashiCorp User Group Osaka #3 参加メモ
       日時: 2025/02/20(木) 19:00-21:00

      [** Terraform Stacksの現実解]
       登壇: [村瀬 健]さん ([株式会社ミナト] SRE)
        Stacksでworkspaceが減った

      [** Vaultの動的シークレット]
       登壇: [早川 誠]さん (フィンテック株式会社)
        database secrets engine

      [* 自分用TODO]
       Stacks触る
      `,
      `
      event HashiCorp User Group Osaka #3 | 2025-02-20 | -
      talk 4 Terraform Stacksの現実解 | 村瀬 健 (株式会社ミナト) | terraform
      talk 8 Vaultの動的シークレット | 早川 誠 (フィンテック株式会社) | vault
      `,
    );
  });

  test('"**13:20 · Title**" then "Name — Org" then the notes; the writer\'s two-sentence intro signed with a dash is no talk', () => {
    check(
      `
      # SRE Meetup Busan — Spring 2025 notes

      *For #platform. The Lisbon team asked for a summary, so here it is. — Mina Cho*

      ## Track A

      **13:20 · Error Budgets People Respect**
      Taeho Kim — Bluewave Pay
      - burn-rate alerts as Prometheus rules

      **14:10 · Chaos on EKS**
      Eunbi Seo — Nova Games
      - LitmusChaos in Git, synced by Argo CD
      `,
      `
      event SRE Meetup Busan — Spring 2025 | 2025 | -
      talk 7 Error Budgets People Respect | Taeho Kim (Bluewave Pay) | prometheus
      talk 11 Chaos on EKS | Eunbi Seo (Nova Games) | argo-cd aws-eks git litmus
      `,
    );
  });

  test('an Org outline: "** BREAK pizza round 2 + hallway" is a break, "** TALK …" talks', () => {
    check(
      `
      #+TITLE: HUG Hamburg #12
      #+TODO: TODO TALK LIGHTNING | DONE

      * HUG Hamburg #12
      ** TALK Terraform Stacks in Anger :speaker:
         - Speaker: Henrik Albers (Elbcloud)
         - deferred changes
      ** BREAK pizza round 2 + hallway
      ** LIGHTNING Nomad for Small Teams :speaker:
         - Speaker: Emil Strand (Fjord Data)
      `,
      `
      event HUG Hamburg #12 | - | -
      talk 5 Terraform Stacks in Anger | Henrik Albers (Elbcloud) | terraform
      talk 9 Nomad for Small Teams | Emil Strand (Fjord Data) | nomad
      `,
      { plainText: true, name: 'hug.txt' },
    );
  });

  test('a weekly report in plain text: "가. Title (발표: Name, Org)" under "2. 주요 내용", "(라이트닝)" a label', () => {
    check(
      `
      [주간 보고] 외부 세미나 참석 보고

      1. 참석 개요
        - 행사명: 클라우드 네이티브 대전 밋업
        - 일시: 2024. 9. 11.(수) 19:00 ~ 21:30

      2. 주요 내용
        가. 카펜터 v1 마이그레이션 후기 (발표: 노승우, 데브하우스)
          - NodePool 매니페스트 수정

        나. (라이트닝) 앤서블로 노드 패치 자동화 (발표: 구하람, 누리랩)
          - serial: 1

      3. 시사점
        - 카펜터 v1 마이그레이션 제안
      `,
      `
      event 클라우드 네이티브 대전 밋업 | 2024-09-11 | -
      talk 8 카펜터 v1 마이그레이션 후기 | 노승우 (데브하우스) | karpenter
      talk 11 앤서블로 노드 패치 자동화 | 구하람 (누리랩) | ansible
      `,
      { plainText: true, name: 'report.txt' },
    );
  });

  test('a Naver blog post: a greeting, "ㅡㅡㅡ" rules, "📌 세션 제목 :" with "🎤 발표자 :" under it, "다녀왔어요"', () => {
    check(
      `
      # 클라우드 인프라 밋업 2024 가을 🍂 다녀왔어요

      안녕하세요 이웃님들~ 인프라 엔지니어 뚜벅이예요 😊
      지난주(목요일 퇴근하고) 다녀왔어요.

      ㅡㅡㅡㅡㅡㅡㅡㅡㅡㅡ

      📌 세션 제목 : 테라폼 모듈 200개, 모노레포에서 살아남기
      🎤 발표자 : 서민재 님 (비욘드로지스)
      - 모듈 버전은 태그로

      ㅡㅡㅡㅡㅡㅡㅡㅡㅡㅡ
      경품 추첨 (텀블러!)
      `,
      `
      event 클라우드 인프라 밋업 2024 가을 | 2024 | -
      talk 8 테라폼 모듈 200개, 모노레포에서 살아남기 | 서민재 (비욘드로지스) | terraform
      `,
    );
  });

  test('a timetable of pipes in plain text: "오프닝 | 사회: Name (Org)" is the host\'s slot, no talk', () => {
    check(
      `
      KCD Daejeon 2025 메모

      10:00~10:10 | 오프닝 | 사회: 임채원 (KCD 오거나이저)
      10:10~10:50 | 테라폼 모듈 레지스트리 운영기 | 정하늘 (바람소프트)
      16:30~16:50 | 경품 추첨 & 클로징 | 사회: 임채원
      `,
      `
      event KCD Daejeon 2025 | 2025 | -
      talk 4 테라폼 모듈 레지스트리 운영기 | 정하늘 (바람소프트) | terraform
      `,
      { plainText: true, name: 'kcd.txt' },
    );
  });

  test('minutes of a study session: "## 参加者", "## 内容", "## 詳細メモ", "## アクションアイテム" are its sections, the table holds the talks', () => {
    check(
      `
      # 【議事録】インフラ部 社内勉強会 第13回

      ## 参加者
      - 野村、藤井、川口

      ## 内容
      | 時間 | 登壇者 | タイトル |
      |---|---|---|
      | 17:00 | 藤井 達也 | Terraformモジュール標準化 |
      | 17:20 | 川口 愛 | Grafanaで作る監視 |
      | 17:40 | 野村 | 閉会・連絡事項 |

      ## 詳細メモ
      - 質疑多め

      ## アクションアイテム
      - Helmチャートの整理
      `,
      `
      event インフラ部 社内勉強会 第13回 | - | -
      talk 9 Terraformモジュール標準化 | 藤井 達也 | terraform
      talk 10 Grafanaで作る監視 | 川口 愛 | grafana
      `,
    );
  });

  test('a KakaoTalk paste: "첫 발표 시작. \'Title\' - 윤태오 책임님 (플랫폼팀)", a job grade before 님, two people', () => {
    check(
      `
      사내 테크 세미나 (11월) 카톡방 백업
      2024-11-14(목) 14:00~17:00

      [박지훈] [오후 2:03] 첫 발표 시작. '쿠버네티스 네트워킹, Cilium으로 정리하기' - 윤태오 책임님 (플랫폼팀)
      [박지훈] [오후 2:10] 실리움 좋네요
      [박지훈] [오후 2:40] 두번째 '젠킨스에서 GitHub Actions로' - 한소율님, 조건우님 (스카이레일)
      `,
      `
      event 사내 테크 세미나 | 2024-11-14 | -
      talk 4 쿠버네티스 네트워킹, Cilium으로 정리하기 | 윤태오 (플랫폼팀) | cilium kubernetes
      talk 6 젠킨스에서 GitHub Actions로 | 한소율 (스카이레일), 조건우 (스카이레일) | github-actions jenkins
      `,
      { plainText: true, name: 'kakao.txt' },
    );
  });
});

describe('layouts first met in session 28', () => {
  test('a thread of numbered posts: "3/ 두 번째:" before a quoted title, the speaker on the next line with a sentence after them, "LT1 "Title"" inside a post', () => {
    check(
      `
      # 인프라 밋업 #5 스레드

      1/ 밋업 왔어요. 세션 셋 + LT 하나

      2/ 첫 세션: 「테라폼 워크스페이스 정리하기」
      문하준 님 (새벽소프트). 생각보다 실무 얘기가 많았음
      state 분리 기준이 좋았다

      3/ 두 번째: 진서윤 님 (온누리페이) — "Vault로 DB 비밀번호 없애기"
      동적 시크릿으로 전환했다고 함

      4/ 이제 LT
      LT1 "도커 빌드 캐시 제대로 쓰기" 노지훈 님 / 파도랩스
      레이어 순서만 바꿔도 빌드가 빨라짐
      `,
      `
      event 인프라 밋업 #5 | - | -
      talk 5 테라폼 워크스페이스 정리하기 | 문하준 (새벽소프트) | terraform
      talk 9 Vault로 DB 비밀번호 없애기 | 진서윤 (온누리페이) | vault
      talk 13 도커 빌드 캐시 제대로 쓰기 | 노지훈 (파도랩스) | docker
      `,
    );
  });

  test('"두 번째: "Title" - Name 님, Org": the organisation after the name and its comma is kept', () => {
    check(
      `
      # 클라우드 밋업

      2/ 두 번째: "쿠버네티스 업그레이드 자동화" - 한도윤 님, 다온클라우드
      업그레이드는 분기마다 한다고
      `,
      `
      event 클라우드 밋업 | - | -
      talk 3 쿠버네티스 업그레이드 자동화 | 한도윤 (다온클라우드) | kubernetes
      `,
    );
  });

  test('a schedule pasted as CSV: its header names the columns, a quoted cell holds commas, "freelance" is no organisation', () => {
    check(
      `
      Gothenburg Cloud Night #3
      2024-09-12, Lindholmen Science Park

      time,title,speaker,company
      18:00,Doors and pizza,,
      18:30,Autoscaling Batch Jobs with Karpenter,Elin Sandberg,Kustvind AB
      19:10,"LT: Grafana, Without the Dashboards",Oskar Lind,freelance

      notes
      - both talks were short
      `,
      `
      event Gothenburg Cloud Night #3 | 2024-09-12 | Lindholmen Science Park
      talk 6 Autoscaling Batch Jobs with Karpenter | Elin Sandberg (Kustvind AB) | karpenter
      talk 7 Grafana, Without the Dashboards | Oskar Lind | grafana
      `,
      { plainText: true, name: 'schedule.txt' },
    );
  });

  test('reStructuredText: ":タイトル:" and ":登壇:" fields under a session\'s heading', () => {
    check(
      `
      IaC 勉強会 #4
      ============

      セッション1
      -----------

      :タイトル: Terraform の state を分割した話
      :登壇: 石川 美月 さん（株式会社ミナトクラウド）

      - 環境ごとに分割
      `,
      `
      event IaC 勉強会 #4 | - | -
      talk 7 Terraform の state を分割した話 | 石川 美月 (株式会社ミナトクラウド) | terraform
      `,
      { plainText: true, name: 'notes.txt' },
    );
  });

  test('the speakers first: "Name / Org: Title", "A + B, both Org: Title", and "Name (Org) — Title" whose title names a tool', () => {
    check(
      `
      # Baltic DevOps Day

      **Liis Tamm (Sõnarada OÜ) — One Vault Cluster, Four Countries**
      - namespaces per country

      Martin Kask / Pilvepaik: Packer templates for every cloud
      - one template

      Kadri Org + Rasmus Lepp, both Tuulik Labs: Scheduling batch work with Nomad
      - cheaper nodes at night
      `,
      `
      event Baltic DevOps Day | - | -
      talk 3 One Vault Cluster, Four Countries | Liis Tamm (Sõnarada OÜ) | vault
      talk 6 Packer templates for every cloud | Martin Kask (Pilvepaik) | packer
      talk 9 Scheduling batch work with Nomad | Kadri Org (Tuulik Labs), Rasmus Lepp (Tuulik Labs) | nomad
      `,
    );
  });

  test('"Title - Name, independent" with a line of its own under it: a talk whose speaker has no organisation', () => {
    check(
      `
      Platform Day notes

      Golden Paths at Scale - Anna de Wit, Kanaalbank
      Tuesday 9:15am • Main Hall
        - one paved road

      Your Dockerfile Is Lying to You - Bram Hendriks, independent
      Tuesday 1:40pm • Zaal Vecht
        - pin base image digests
      `,
      `
      event Platform Day | - | -
      talk 3 Golden Paths at Scale | Anna de Wit (Kanaalbank) | -
      talk 7 Your Dockerfile Is Lying to You | Bram Hendriks | docker
      `,
      { plainText: true, name: 'sched.txt' },
    );
  });

  test('a mail of hard-wrapped paragraphs: a sentence that names a talk goes on to the next line; "(Org) gave", "by Name, Org.", ""Title" - Name (Org)."', () => {
    check(
      `
      Subject: notes from Platform Summit Lyon

      Hi all, a few notes from yesterday.

      The opening talk was "Paved Roads for Forty Teams" by Camille Girard
      (Rhonelink). She runs Argo CD for all of them.

      Second talk: "Moving Secrets into Vault in a Weekend", Hugo Martin from
      Presqu'ile Assurances. They used Vault with Kubernetes auth.

      After lunch Ines Roux (Fourviere Data) gave "Terraform Tests in Every Pull Request".
      Plans run in GitHub Actions.

      Then a lightning talk. The only one I caught:
      "Alerts People Read" - Louis Petit (Saone Labs). Prometheus rules as code.
      `,
      `
      event Platform Summit Lyon | - | -
      talk 5 Paved Roads for Forty Teams | Camille Girard (Rhonelink) | argo-cd
      talk 8 Moving Secrets into Vault in a Weekend | Hugo Martin (Presqu'ile Assurances) | kubernetes vault
      talk 11 Terraform Tests in Every Pull Request | Ines Roux (Fourviere Data) | github-actions terraform
      talk 15 Alerts People Read | Louis Petit (Saone Labs) | prometheus
      `,
      { plainText: true, name: 'mail.txt' },
    );
  });

  test('a hand-written memo: "１．" full-width numbers, "Title　Name さん（Org）" after a wide gap, "４．ＬＴ（２本）" then "・「Title」　Name" lines', () => {
    check(
      `
      　　　SRE 勉強会 #7　メモ

      １．Terraform の state をどう分けるか　北川 翼さん（株式会社ミナモ）
      　・メトリクスは Thanos と Mimir で比較

      ２．ＬＴ（２本）
      　・「Ansible で作る検証環境」　白石 葵（コトリ技研）
      　　　→ 一晩で作れる
      　・「Helm チャートの棚卸し」　野口 茜（ウミネコ）
      `,
      `
      event SRE 勉強会 #7 | - | -
      talk 3 Terraform の state をどう分けるか | 北川 翼 (株式会社ミナモ) | grafana-mimir terraform thanos
      talk 7 Ansible で作る検証環境 | 白石 葵 (コトリ技研) | ansible
      talk 9 Helm チャートの棚卸し | 野口 茜 (ウミネコ) | helm
      `,
      { plainText: true, name: 'memo.txt' },
    );
  });

  test('hard-wrapped numbered talks: a quoted title broken by the line\'s end, its speakers after it; a Japanese name written family name first in capitals', () => {
    check(
      `
      Infra Night Osaka #4 -- notes

      1) "Rolling out Karpenter to forty clusters without waking
         anyone up" -- MIURA Kenta, Naniwa Cloud

         Worked well for them.

      2) Lightning talks
         - "Vault agent templates in practice"
           by ISHII Mao (Dotonbori Labs). Consul for discovery.
      `,
      `
      event Infra Night Osaka #4 | - | -
      talk 3 Rolling out Karpenter to forty clusters without waking anyone up | MIURA Kenta (Naniwa Cloud) | karpenter
      talk 9 Vault agent templates in practice | ISHII Mao (Dotonbori Labs) | consul vault vault-agent
      `,
      { plainText: true, name: 'wrapped.txt' },
    );
  });

  test('an Evernote export: "작성: … / 노트북: …" is the note\'s own field, "발표 - Name (Org)" and "Name 님 - Org (remark)" under bold titles; the notes under them name no one', () => {
    check(
      `
      **대구 클라우드 밋업 – 2024 겨울**
      2024년 12월 7일 토요일 / 동성로 스페이스 5층
      작성: 나 / 노트북: 컨퍼런스 메모

      **Ansible로 사내 서버 정리하기**
      발표 - 문가람 (달빛소프트)
      인벤토리는 CMDB에서 동적으로 가져옴
      롤 구조, molecule로 테스트

      **테라폼 모듈 버전 관리**
      한지우 님 - 프리랜서 (전 물류 회사 인프라팀)
      레지스트리는 사내 GitLab
      `,
      `
      event 대구 클라우드 밋업 – 2024 겨울 | 2024-12-07 | -
      talk 5 Ansible로 사내 서버 정리하기 | 문가람 (달빛소프트) | ansible
      talk 10 테라폼 모듈 버전 관리 | 한지우 | gitlab terraform
      `,
      { plainText: true, name: 'evernote.txt' },
    );
  });

  test('a Korean blog post: "[밋업 후기]" is the post\'s kind, not the event; the title first, who gave it later in the sentence; a dog called Loki', () => {
    check(
      `
      # [밋업 후기] 부산 플랫폼 밋업 10월 모임에 다녀왔습니다

      ## 세션 정리

      첫 번째 세션은 「Argo CD로 배포 표준 만들기」라는 제목으로 바다소프트의 고은별님께서 발표해 주셨습니다.
      ApplicationSet으로 환경을 나눴다고 합니다.

      마지막 세션은 「Vault 도입 1년 회고」였고, 발표자는 해솔뱅크의 차민재님이셨습니다.
      발표자분 반려견 이름이 Loki라서 다들 웃었습니다.
      `,
      `
      event 부산 플랫폼 밋업 10월 모임 | - | -
      talk 5 Argo CD로 배포 표준 만들기 | 고은별 (바다소프트) | argo-cd
      talk 8 Vault 도입 1년 회고 | 차민재 (해솔뱅크) | vault
      `,
    );
  });

  test('AsciiDoc: a "[source,hcl]" block between "----" lines is code, not headings; the revision line dates the document, not the event; "== Logistics" is no talk', () => {
    check(
      `
      = Graz Infra Day 2025 - notes
      Anna Huber <anna@example.com>
      v0.2, 2025-06-09
      :toc:

      == Logistics

      * When: Thursday, 5 June 2025

      == Testing Terraform Modules Before Anyone Uses Them
      Speaker: Lukas Hofer (Murblick Bank)

      [source,hcl]
      ----
      run "plan" {
        command = plan
      }
      ----

      * tests run in GitHub Actions
      `,
      `
      event Graz Infra Day 2025 | 2025-06-05 | -
      talk 10 Testing Terraform Modules Before Anyone Uses Them | Lukas Hofer (Murblick Bank) | github-actions terraform
      `,
      { plainText: true, name: 'notes.txt' },
    );
  });

  test('a Confluence report: "Event report:" before the name, a table\'s "22.10.2024" (the day first), "_Name, freelance_" under a title; "Agenda at a glance", "What this means for us" and "Open questions" are no talks', () => {
    check(
      `
      h1. Event report: Vault Meetup Leipzig #12

      ||Field||Value||
      |Date|22.10.2024, 18:30|

      h2. Agenda at a glance
      * 18:30 doors, pizza

      h2. Packer Images That Stay Fresh
      _Tilo Brandt, freelance_
      * rebuilt every Monday

      h2. What this means for us
      * compare our images with Packer's

      h2. Open questions
      * who hosts next time?
      `,
      `
      event Vault Meetup Leipzig #12 | 2024-10-22 | -
      talk 9 Packer Images That Stay Fresh | Tilo Brandt | packer
      `,
      { plainText: true, name: 'confluence.txt' },
    );
  });

  test('"【会場】" labels the venue; "◆【LT】Title ／ Name" is a lightning talk beside talks in another layout; a speaker line with the writer\'s sentence after "。"', () => {
    check(
      `
      【イベント】SRE Meetup Sendai #4
      【日時】2024年11月8日(金) 19:00〜
      【会場】青葉通りラボ 5F

      ◆ Prometheus のアラート設計を見直した話
      　梶原 修平さん（アオバシステムズ）。元々インフラ出身とのこと
      　・通知を半分に

      ◆【LT】Terraform の import ブロックを使ってみた ／ 浜口 翼
      　・既存リソースを取り込み
      `,
      `
      event SRE Meetup Sendai #4 | 2024-11-08 | 青葉通りラボ 5F
      talk 5 Prometheus のアラート設計を見直した話 | 梶原 修平 (アオバシステムズ) | prometheus
      talk 9 Terraform の import ブロックを使ってみた | 浜口 翼 | terraform
      `,
      { plainText: true, name: 'memo.txt' },
    );
  });

  test('"15:00-15:30 LT 大会（Track A）" over numbered items, "Title ─ Name（Org）" with a drawn dash; a dash inside 「…」 is the title\'s', () => {
    check(
      `
      CNDF 2025 参加メモ

      14:00-14:40 [Track A] Terraform と OpenTofu の選び方 ／ 丸山 慎吾（フリーランス）
        - 移行は簡単

      15:00-15:30 LT 大会（Track A）
        1. Cilium の Hubble UI で新人研修 ／ 森 ひかり
        2. Docker Compose から Kubernetes へ ─ 小田切 誠（ユズリハ工業）

      佐々木 健  20:25
      最後の LT「さよなら Jenkins ─ GitHub Actions 移行記」谷口 はるか（ミナミ製作所）
      `,
      `
      event CNDF 2025 | 2025 | -
      talk 3 Terraform と OpenTofu の選び方 | 丸山 慎吾 | opentofu terraform
      talk 7 Cilium の Hubble UI で新人研修 | 森 ひかり | cilium hubble
      talk 8 Docker Compose から Kubernetes へ | 小田切 誠 (ユズリハ工業) | docker docker-compose github-actions jenkins kubernetes
      `,
      { plainText: true, name: 'tracks.txt' },
    );
  });

  test('a table whose header names the sessions and the writer\'s notes ("| 세션 | 메모 |"): each session\'s cell names its speakers with their organisations; a continuation row is no talk', () => {
    check(
      `
      # 부산 클라우드 데이 2024

      | 세션 | 메모 |
      |------|------|
      | 키노트: 플랫폼 팀 만들기 (윤태경, 마린소프트) | Backstage 포털 도입 중 |
      | | 5명으로 시작 |
      | 점심 (도시락) | 부스에서 티셔츠 |
      | Istio 걷어내고 Cilium 으로 간 1년 — 김도현 (해운대랩스) | 사이드카 제거 |
      `,
      `
      event 부산 클라우드 데이 2024 | 2024 | -
      talk 5 키노트: 플랫폼 팀 만들기 | 윤태경 (마린소프트) | backstage
      talk 8 Istio 걷어내고 Cilium 으로 간 1년 | 김도현 (해운대랩스) | cilium istio
      `,
    );
  });

  test('a calendar\'s agenda: "09:30 – 10:15  Title — Name (Org) · Main Hall", a room between the title and the speakers; "Registration & breakfast · Foyer" is no talk; "Thursday, April 10, 2025" names no place', () => {
    check(
      `
      ## Infra Camp Utrecht 2025 — my agenda

      Thursday, April 10, 2025

      08:30 – 09:15  Registration & breakfast · Conference Loft, Foyer
      09:30 – 10:15  Paved roads for platform teams — Sanne de Wit (Rijnstack) · Main Hall
          - Backstage as the front door
      13:45 – 14:30  Karpenter vs Cluster Autoscaler · Room IJ · Jasper Hoekstra (Flevo Cloud)
          - forty clusters
      `,
      `
      event Infra Camp Utrecht 2025 | 2025-04-10 | -
      talk 6 Paved roads for platform teams | Sanne de Wit (Rijnstack) | backstage
      talk 8 Karpenter vs Cluster Autoscaler | Jasper Hoekstra (Flevo Cloud) | cluster-autoscaler karpenter
      `,
    );
  });

  test('one line per talk: "Title (A & B @ Org) — notes…", "Title (Name @ Gilbey & Crane Bank) — notes…"; the notes\' tools are the talk\'s', () => {
    check(
      `
      # HUG Bristol — October 2024

      ## Talks

      Vault Secrets Operator in anger (Rachel Osei @ Gilbey & Crane Bank) — they ran it against 40 namespaces on their k8s clusters for a quarter and kept it; everything installed with helm, reviewed like any other change in the repo.

      Consul mesh, the boring way (Tom Ashworth & Nadia Karim @ Pellow Media) — Consul Connect with Envoy sidecars across Nomad jobs; intentions managed in Terraform and reviewed like code, no surprises.
      `,
      `
      event HUG Bristol | 2024-10 | -
      talk 5 Vault Secrets Operator in anger | Rachel Osei (Gilbey & Crane Bank) | helm kubernetes vault vault-secrets-operator
      talk 7 Consul mesh, the boring way | Tom Ashworth (Pellow Media), Nadia Karim (Pellow Media) | consul consul-connect envoy nomad terraform
      `,
    );
  });

  test('titles in single quotes: "\'Title\' from Name (Org)", "from Name," then "SRE at Org." on the next line, "\'Title\' from Name of Org — …" items under a lightning talks\' label', () => {
    check(
      `
      # Seoul Platform Night 2025

      First up was 'Taming Terraform drift across accounts' from Daniel Cho (Mintleaf Bank).
      Atlantis for plan and apply.

      Then 'Grafana dashboards nobody reads' from Hana Yoon,
      SRE at Pebble Logistics. Logs in Loki.

      Lightning talks (5 min each, with a gong):
      * 'OpenTelemetry for the frontend' from Yuna Kang of Kkachi Labs — browser spans into the collector.
      * 'Backstage in a weekend' from Park Minseo (Dalbit Games) — a catalog only.
      `,
      `
      event Seoul Platform Night 2025 | 2025 | -
      talk 3 Taming Terraform drift across accounts | Daniel Cho (Mintleaf Bank) | atlantis terraform
      talk 6 Grafana dashboards nobody reads | Hana Yoon (Pebble Logistics) | grafana grafana-loki
      talk 10 OpenTelemetry for the frontend | Yuna Kang (Kkachi Labs) | opentelemetry
      talk 11 Backstage in a weekend | Park Minseo (Dalbit Games) | backstage
      `,
    );
  });

  test('a note\'s title over its date line, both underlined ("… 첫날 메모"), is the event, not a talk; "(Tue Dec 3)" names no one; "[Name / Org]" under a timed entry; "08:40 도착." is no talk', () => {
    check(
      `
      Cloud Summit Busan 2025 첫날 메모
      2025-05-14 (수) / 벡스코, 부산
      =====================================

      08:40 도착. 등록 줄 김

      13:30 ② Consul at the Edge
         [Diego Alvarez / Pinecrest Grocers]
         - 매장마다 Nomad 클러스터
      `,
      `
      event Cloud Summit Busan 2025 | 2025-05-14 | -
      talk 7 Consul at the Edge | Diego Alvarez (Pinecrest Grocers) | consul nomad
      `,
      { plainText: true, name: 'summit.txt' },
    );
  });

  test('"# Event 2024 — day 2 (Tue Dec 3)" names the event and its day, no talk with a speaker called "Tue Dec"', () => {
    check(
      `
      # re:Invent 2024 — day 2 (Tue Dec 3)

      ## CON310 — Scaling EKS clusters
      Priya Raghunathan (AWS)
      - Karpenter instead of the Cluster Autoscaler
      `,
      `
      event re:Invent 2024 | 2024-12-03 | -
      talk 3 CON310 — Scaling EKS clusters | Priya Raghunathan (AWS) | aws-eks cluster-autoscaler karpenter
      `,
    );
  });

  test('a title with a date in it is still a talk when it has words besides the date\'s ("Monitoring May 2024")', () => {
    check(
      `
      # Ops Day

      ## Monitoring May 2024 - Lena Hoffmann (Kranich)
      - Prometheus rules

      ## Tue Dec 3
      `,
      `
      event Ops Day | 2024-05 | -
      talk 3 Monitoring May 2024 | Lena Hoffmann (Kranich) | prometheus
      `,
    );
  });

  test('"Next up was Name from Org." with the title on the next line; a struck-out talk ("~~Title~~ → キャンセル") is no talk', () => {
    check(
      `
      # Platform Night Leeds #4

      First up was Priya Raman from Northwind Freight, i.e. the hosts.
      Our Backstage journey in 18 months
      - software templates scaffold an Argo CD app; the catalog is the front door

      ## ~~Vault で始める動的シークレット入門~~（伊藤 さくらさん）→ キャンセル

      Next up was Tom Okafor from Bramble Energy.
      Karpenter in anger
      - spot and on-demand
      `,
      `
      event Platform Night Leeds #4 | - | -
      talk 4 Our Backstage journey in 18 months | Priya Raman (Northwind Freight) | argo-cd backstage
      talk 10 Karpenter in anger | Tom Okafor (Bramble Energy) | karpenter
      `,
    );
  });

  test('a note typed on a phone in lower case: "talk 1 title" then "jonas weidlich from parcelbird"', () => {
    check(
      `
      cloud native hamburg meetup 12

      talk 1 karpenter in prod one year later
      jonas weidlich from parcelbird
      spot interruption handling was the big win on eks
      `,
      `
      event cloud native hamburg meetup 12 | - | -
      talk 3 karpenter in prod one year later | jonas weidlich (parcelbird) | aws-eks karpenter
      `,
      { plainText: true, name: 'phone.txt' },
    );
  });

  test('a calendar\'s "16:30 – 17:00  Lightning talks (3x) · Main Hall" with its talks indented four spaces under it', () => {
    check(
      `
      ## Infra Camp Gent

      09:30 – 10:15  Paved roads for platform teams — Sanne de Wit (Rijnstack) · Main Hall
          - Backstage as the front door, the catalog first
      16:30 – 17:00  Lightning talks (3x) · Main Hall
          - Helm 4 is coming, what breaks — Noor Haddad (Brugwerk)
          - Vault PKI in 5 minutes — Tim Ho
      17:00 – 18:30  Drinks · Rooftop
      `,
      `
      event Infra Camp Gent | - | -
      talk 3 Paved roads for platform teams | Sanne de Wit (Rijnstack) | backstage
      talk 6 Helm 4 is coming, what breaks | Noor Haddad (Brugwerk) | helm
      talk 7 Vault PKI in 5 minutes | Tim Ho | vault
      `,
    );
  });

  test('"## Sessions I skipped (but want the recordings)" lists real talks in another layout: ""Title" — Name, Role, Org. Remark."', () => {
    check(
      `
      # SREcon Dublin 2024

      ### Terraform Drift at Scale
      Mona Quinn, Staff SRE, Liffey Bank
      - nightly plans

      ## Sessions I skipped (but want the recordings)
      - "Nomad in Production: Five Years In" — Bea Castillo, Platform Lead, Driftwood Media. Room was full.
      - "The Human Side of On-call" — Priyanka Dutta, Director of SRE, Halvorsen Group (plenary; I was on a call)
      `,
      `
      event SREcon Dublin 2024 | 2024 | -
      talk 3 Terraform Drift at Scale | Mona Quinn (Liffey Bank) | terraform
      talk 8 Nomad in Production: Five Years In | Bea Castillo (Driftwood Media) | nomad
      talk 9 The Human Side of On-call | Priyanka Dutta (Halvorsen Group) | -
      `,
    );
  });
});

describe('event names and dates first met in session 27', () => {
  test('"— Day 1 field notes" after the event\'s name', () => {
    check(
      `
      # PromCon EU 2026 -- Day 1 field notes

      ## Native Histograms - Katrin Vogel (Mosaic Metrics)
      Prometheus native histograms.
      `,
      `
      event PromCon EU 2026 | 2026 | -
      talk 3 Native Histograms | Katrin Vogel (Mosaic Metrics) | prometheus
      `,
    );
  });

  test('a trip report\'s title with markdown escapes: "# **AWS re:Invent 2024 \\- Trip Report (Platform Team)**" names the event, no talk', () => {
    check(
      `
      # Cloud Summit Oslo - Trip Report

      ## Scaling Karpenter - Ana Lima (Brightfold)
      `,
      `
      event Cloud Summit Oslo | - | -
      talk 3 Scaling Karpenter | Ana Lima (Brightfold) | karpenter
      `,
    );
    check(
      `
      # **AWS re:Invent 2024 \\- Trip Report (Platform Team)**

      **Dates:** Dec 2 \\- Dec 6, 2024

      ## Scaling Karpenter - Ana Lima (Brightfold)
      Karpenter consolidation.
      `,
      `
      event AWS re:Invent 2024 | 2024-12-02..2024-12-06 | -
      talk 5 Scaling Karpenter | Ana Lima (Brightfold) | karpenter
      `,
    );
  });

  test('the event inside a sentence that titles the note, dated by the post and by a day range with weekdays', () => {
    check(
      `
      # Four days at PlatformCon26 Europe: the talks I keep thinking about

      *Posted May 3, 2026 · 6 min read*

      I was at PlatformCon26 Europe on April 27–30 in Lisbon.

      ## Golden paths with Backstage - Ines Duarte (Marlin Pay)
      Backstage templates.
      `,
      `
      event PlatformCon26 Europe | 2026-04-27..2026-04-30 | -
      talk 7 Golden paths with Backstage | Ines Duarte (Marlin Pay) | backstage
      `,
    );
    check(
      `
      Date: Mon, 15 Jun 2026 09:12:44 +0200
      Subject: CloudOps Days Rotterdam recap (two talks to watch) + internal demo notes

      Hi all, a short recap of CloudOps Days Rotterdam 2026 (Wed 10 - Thu 11 June).

      1) Alerting that respects sleep
         Sanne Bakker (Polderlink)
      `,
      `
      event CloudOps Days Rotterdam | 2026-06-10..2026-06-11 | -
      talk 6 Alerting that respects sleep | Sanne Bakker (Polderlink) | -
      `,
    );
  });
});

describe('layouts first met in session 29', () => {
  test('the speakers on a line of their own, each talk\'s title on the paragraph\'s next line, in a note that writes two or more talks so', () => {
    check(
      `
      IaC Night #22 -- Thu 6 June 2024

      Rhiannon Pryce -- Thamesbyte
      Terraform at 400 engineers: registries and the people problem
        * state in S3, Atlantis for PR plans

      Oluwaseun Adeyemi (Kestrel Energy)
      "OpenTofu or not: how we decided"
        * they stayed on Terraform for now

      Speaker: Aya Kuroda (Hoshizora Games)
      Slides: https://example.com/nomad-at-2000-jobs
      `,
      `
      event IaC Night #22 | 2024-06-06 | -
      talk 4 Terraform at 400 engineers: registries and the people problem | Rhiannon Pryce (Thamesbyte) | atlantis aws-s3 terraform
      talk 8 OpenTofu or not: how we decided | Oluwaseun Adeyemi (Kestrel Energy) | opentofu terraform
      `,
    );
  });

  test('one such paragraph alone is not enough: a name and an organisation over a line of notes', () => {
    check(
      `
      # Platform meetup

      ## Paved roads - Kim Minsu (Acme)

      Jane Doe (Acme)
      Golden paths for every team
      `,
      `
      event Platform meetup | - | -
      talk 3 Paved roads | Kim Minsu (Acme) | -
      `,
    );
  });

  test('Korean prose: "Name님이 「Title」 발표로", and the title named later in the sentence ("제목은 「…」")', () => {
    check(
      `
      # 클라우드 네이티브 밋업 후기

      점심 먹고, 스텔라랩스에서 일하시는 배수진님이 「eBPF 시대의 네트워크: Cilium으로 kube-proxy 걷어내기」 발표로 잠을 깨워주셨다.

      다음으로 바다물류의 윤재원님이 노드 비용 이야기를 들고 나왔다. 제목은 「Karpenter로 EKS 노드 비용 38% 줄이기」.
      `,
      `
      event 클라우드 네이티브 밋업 | - | -
      talk 3 eBPF 시대의 네트워크: Cilium으로 kube-proxy 걷어내기 | 배수진 | cilium ebpf kube-proxy
      talk 5 Karpenter로 EKS 노드 비용 38% 줄이기 | 윤재원 (바다물류) | aws-eks karpenter
      `,
    );
  });

  test('an event page\'s own sections, a study group\'s parts and a break at a time in full-width digits are no talks', () => {
    check(
      `
      # インフラ勉強会 #8

      ## 開催日時
      2024年6月1日

      ## 参加枠

      ## Terraform モジュール設計 - 佐藤 花子（サンプル）

      ## 2부

      ２０：５０〜　懇親会
      `,
      `
      event インフラ勉強会 #8 | 2024-06-01 | -
      talk 8 Terraform モジュール設計 | 佐藤 花子 (サンプル) | terraform
      `,
    );
  });

  test('an arrow from the speakers to the title, or from the title back to them; not an arrow inside brackets', () => {
    check(
      `
      HUG Seoul 20회

      정하린 (그린웨이브) → Terraform Stacks 미리 써보기
        - 질문 많았음. "마이그레이션은?" → 수동

      Alex Novak (Pinecone Robotics) -> Consul service mesh에서 Istio로

      Vault Secrets Operator 써본 후기 ← 류민아, 스텔라랩스

      15:30 심사위원 회의 (30분 예정 → 1시간 걸림)
      `,
      `
      event HUG Seoul 20회 | - | -
      talk 3 Terraform Stacks 미리 써보기 | 정하린 (그린웨이브) | terraform
      talk 6 Consul service mesh에서 Istio로 | Alex Novak (Pinecone Robotics) | consul consul-connect istio
      talk 8 Vault Secrets Operator 써본 후기 | 류민아 (스텔라랩스) | vault vault-secrets-operator
      `,
    );
  });

  test('a thread\'s sentences: "Next up, Name from Org: "Title"", "Name (Org) did a 10-min lightning talk, "Title""', () => {
    check(
      `
      # Infra Forward 2024

      1/ Live-threading day 1 from Lisbon.

      5/ Next up, Oskar Lindqvist from Fjordbyte: "Your Traces Are Lying to You". OpenTelemetry tail sampling all the way.

      12/ Then a quick one — Rafael Dias (Saudade Labs) did a 10-min lightning talk, "Ansible Is Still Fine, Actually". Crowd pleaser.
      `,
      `
      event Infra Forward 2024 | 2024 | -
      talk 5 Your Traces Are Lying to You | Oskar Lindqvist (Fjordbyte) | opentelemetry
      talk 7 Ansible Is Still Fine, Actually | Rafael Dias (Saudade Labs) | ansible
      `,
    );
  });

  test('a heading that names no talk ("second talk (was #3 on the agenda)") with the talk in bold in the sentence under it; "### Lightning" over the lightning talks; "Delivered by …" under a heading', () => {
    check(
      `
      # HUG Berlin #31

      ### 1) Vault at the edge - Jonas Weber (Acme)
      notes

      ### 2) second talk (was #3 on the agenda)
      Lea Hartmann from Kranich Mobility talked about **Running Nomad on bare metal at the edge**
      (charging stations).

      ### 3) Infrastructure as Code is Still Code
      Delivered by Marcus Lindqvist, CTO of Bramblecore.

      ### Lightning
      - "terraform test in anger" — Sam Okafor, Nordlicht Digital.
      `,
      `
      event HUG Berlin #31 | - | -
      talk 3 Vault at the edge | Jonas Weber (Acme) | vault
      talk 7 Running Nomad on bare metal at the edge | Lea Hartmann (Kranich Mobility) | nomad
      talk 10 Infrastructure as Code is Still Code | Marcus Lindqvist | -
      talk 14 terraform test in anger | Sam Okafor (Nordlicht Digital) | terraform
      `,
    );
  });

  test('a table drawn in ASCII: "+---+" borders, its header the first row, a row per talk; breaks and the programme\'s own rows are no talks', () => {
    check(
      `
      Busan DevOps Day 2024 -- notes
      Sat 2024-06-15, Centum Ocean Hall B, Busan

      +-------+----------------------------------+---------------------------+
      | Time  | Session                          | Speaker                   |
      +-------+----------------------------------+---------------------------+
      | 09:30 | Opening remarks                  | organizers                |
      | 09:45 | Keynote: Ten Years of On-Call    | Hana Yoo, Seaport Logistics |
      | 10:30 | Packer Pipelines for Golden AMIs | Daniel Ortiz, Kestrel Cloud |
      | 11:15 | Coffee break / sponsor hall      |                           |
      +-------+----------------------------------+---------------------------+
      `,
      `
      event Busan DevOps Day 2024 | 2024-06-15 | Centum Ocean Hall B, Busan
      talk 8 Keynote: Ten Years of On-Call | Hana Yoo (Seaport Logistics) | -
      talk 9 Packer Pipelines for Golden AMIs | Daniel Ortiz (Kestrel Cloud) | aws-ami packer
      `,
    );
  });

  test('a grid of two tracks, each row\'s time at the start of its first cell; a break in one track, a talk in the other', () => {
    check(
      `
      # KubeCon Europe 2024 — Day 1

      Track A — Platform | Track B — Observability
      --- | ---
      11:00 "Paved roads with Backstage" – Kofi Mensah, Baobab Bank | "Prometheus at 2 billion series" – Inès Laurent (Ardoise Cloud)
      12:30 lunch (40 min queue!!) | lunch
      14:45 hallway track / Cilium booth | Dashboards as code: Grafana + Jsonnet — Pedro Alves, Tejo Energia
      `,
      `
      event KubeCon Europe 2024 | 2024 | -
      talk 5 Paved roads with Backstage | Kofi Mensah (Baobab Bank) | -
      talk 5 Prometheus at 2 billion series | Inès Laurent (Ardoise Cloud) | prometheus
      talk 7 Dashboards as code: Grafana + Jsonnet | Pedro Alves (Tejo Energia) | cilium grafana jsonnet
      `,
    );
  });

  test('a track grid\'s row: each talk has the tools of its own cell, and each cell\'s speakers are no tool', () => {
    check(
      `
      # Cloud Native Day Seoul 2024

      2024-06-14, COEX Hall B

      | Time | Track A | Track B |
      | --- | --- | --- |
      | 10:00 | Terraform at Scale (Kim Minsu, Grafana Labs) | Vault Secrets Everywhere (Lee Jiwon, Beta) |
      | 11:00 | 쿠버네티스 운영기 (박소라, 감마클라우드) | Argo CD Patterns (Choi Hana, Delta) |
      `,
      `
      event Cloud Native Day Seoul 2024 | 2024-06-14 | COEX Hall B
      talk 7 Terraform at Scale | Kim Minsu (Grafana Labs) | terraform
      talk 7 Vault Secrets Everywhere | Lee Jiwon (Beta) | vault
      talk 8 쿠버네티스 운영기 | 박소라 (감마클라우드) | kubernetes
      talk 8 Argo CD Patterns | Choi Hana (Delta) | argo-cd
      `,
    );
  });

  test('a track grid\'s row with a talk in one cell and, in the other, a talk described below: the listed title\'s tools are the described talk\'s', () => {
    check(
      `
      # Infra Summit Busan 2024

      2024-09-05, Centum Hall

      | Time | A | B |
      | --- | --- | --- |
      | 11:00 | Backstage로 개발자 포털 6개월 — 남궁별 / 오로라커머스 | ✅ Istio에서 Cilium으로 갈아탄 이유 — 문가은 (브릿지넷) |
      | 14:30 | 패널토론 (연사 4명, 사회: 주최측) | 스폰서 세션 (제품 데모) |

      ## 들은 세션

      **Istio에서 Cilium으로 갈아탄 이유 (문가은)**
      - 사이드카 메모리가 문제였다
      `,
      `
      event Infra Summit Busan 2024 | 2024-09-05 | Centum Hall
      talk 7 Backstage로 개발자 포털 6개월 | 남궁별 (오로라커머스) | backstage
      talk 12 Istio에서 Cilium으로 갈아탄 이유 | 문가은 (브릿지넷) | cilium istio
      `,
    );
  });

  test('an LT night\'s numbered list: a nickname with its handle then 「Title」, a handle and a colon; "[14:50] Title" with its speaker under it; a remark in brackets before the title; two schedule items in one', () => {
    check(
      `
      # インフラLT大会 vol.4 メモ

      1. ぬるぽ太郎 (@nullpo_taro) 「k8s の YAML を 1 行も書かずに 1 年過ごした」
         - cdk8s で生成していた

      2. @dash_board_chan：Grafana のダッシュボードを Terraform で管理した話

      3. 川村 玲奈さん（株式会社ソラマメ）「GitHub Actions のランナーを Karpenter でスケール」
      `,
      `
      event インフラLT大会 vol.4 | - | -
      talk 3 k8s の YAML を 1 行も書かずに 1 年過ごした | ぬるぽ太郎 | cdk8s kubernetes
      talk 6 Grafana のダッシュボードを Terraform で管理した話 | dash_board_chan | grafana terraform
      talk 8 GitHub Actions のランナーを Karpenter でスケール | 川村 玲奈 (株式会社ソラマメ) | github-actions karpenter
      `,
    );
    check(
      `
      神戸インフラ勉強会 #7

      [14:50] Helm chart のテスト、どうしてる？
        石田 かおり さん / ミナトマチ技研株式会社

      [16:25] （代打）Jenkins のジョブを GitHub Actions に移した話
        平野 直樹 さん（ポートアイランドシステムズ）

      [17:00] フリートーク／懇親会
      `,
      `
      event 神戸インフラ勉強会 #7 | - | -
      talk 3 Helm chart のテスト、どうしてる？ | 石田 かおり (ミナトマチ技研株式会社) | helm
      talk 6 Jenkins のジョブを GitHub Actions に移した話 | 平野 直樹 (ポートアイランドシステムズ) | github-actions jenkins
      `,
    );
  });

  test('a folded block (Notion\'s toggle): "<summary>Title</summary>" with its speakers on the next line, no blank line between', () => {
    check(
      `
      # HUG Seoul 2024 봄 밋업 후기

      <details>
      <summary>Vault 동적 시크릿 2년 운영기</summary>
      발표: 오태호 님 / 하늘페이 플랫폼팀

      - DB 계정을 database secrets engine으로 전환
      </details>

      <details>
      <summary>Nomad로 배치 잡 옮긴 이야기</summary>
      이지훈 (스텔라랩스, SRE)

      - Nomad + Consul 서비스 디스커버리
      </details>
      `,
      `
      event HUG Seoul 2024 봄 밋업 | 2024 | -
      talk 4 Vault 동적 시크릿 2년 운영기 | 오태호 (하늘페이) | vault
      talk 11 Nomad로 배치 잡 옮긴 이야기 | 이지훈 (스텔라랩스) | consul nomad
      `,
    );
  });

  test('notes taken from a recording, "[00:05:10]" before each line: a line naming its talk and speakers, or its speakers on the next line; the other lines are notes', () => {
    check(
      `
      # PDX Cloud Native — April meetup

      [00:00:00] intro, organizer Kayla thanks sponsors, pizza from the place downstairs
      [00:05:10] TALK 1 — "Multi-tenant Argo CD without losing your mind" — Ben Okafor, Tidepool Labs
      [00:06:30] ApplicationSets generate per-team apps; AppProjects are the tenancy boundary
      [00:09:15] shows RBAC csv policies
      [00:27:00] applause, short break
      [00:31:00] TALK 2 — The cost of a log line
      [00:31:05] Mei-Lin Zhou, observability lead at Willamette Health
      [00:32:40] starts with their bill: logs were 46% of the spend, Loki since March
      `,
      `
      event PDX Cloud Native — April meetup | - | -
      talk 4 Multi-tenant Argo CD without losing your mind | Ben Okafor (Tidepool Labs) | argo-cd
      talk 8 The cost of a log line | Mei-Lin Zhou (Willamette Health) | grafana-loki
      `,
    );
  });

  test('a chat relayed into the note: a message announcing a talk (a quoted title, or "두 번째 발표: Title"), its speakers in the next message; the other messages are talk', () => {
    check(
      `
      # 판교 k8s 모임 9월 정기밋업 — 단톡방 요약

      [운영진 송지호] [오후 6:52] 오늘 자리 꽉 찼습니다
      [운영진 송지호] [오후 7:03] 첫 발표 시작합니다! 「Helm 차트 지옥 탈출기: Kustomize랑 섞어 쓰기」
      [운영진 송지호] [오후 7:03] 발표자: 문가온님 (오르다헬스 플랫폼팀)
      [유지안] [오후 7:05] 오 헬름 차트 100개 넘는 회사 손
      [운영진 송지호] [오후 7:35] 두 번째 발표: Backstage로 사내 개발자 포털 6개월 운영기
      [운영진 송지호] [오후 7:35] 류시온님 / 클라우드브릿지
      [박하린] [오후 7:46] TechDocs 써보신 분? 저희는 빌드 느려서 포기
      `,
      `
      event 판교 k8s 모임 9월 정기밋업 — 단톡방 | - | -
      talk 4 Helm 차트 지옥 탈출기: Kustomize랑 섞어 쓰기 | 문가온 (오르다헬스) | helm kustomize
      talk 7 Backstage로 사내 개발자 포털 6개월 운영기 | 류시온 (클라우드브릿지) | backstage
      `,
    );
  });

  test('"[발표2] Title" with "임채원 — 모아커머스" under it: a full Korean or Japanese name, a long dash, the organisation', () => {
    check(
      `
      SRE 코리아 밋업 노트

      [발표2] Grafana Alloy로 OpenTelemetry 파이프라인 갈아타기
        임채원 — 모아커머스 관측성팀
       - 기존: Promtail + node_exporter → Alloy 하나로
      `,
      `
      event SRE 코리아 밋업 | - | -
      talk 3 Grafana Alloy로 OpenTelemetry 파이프라인 갈아타기 | 임채원 (모아커머스) | grafana grafana-alloy grafana-loki node-exporter opentelemetry
      `, { plainText: true },
    );
  });

  test('a checklist of talks ("- [x] Title (Name, Org)") with one talk written as a paragraph; a to-do naming who does it is no talk', () => {
    check(
      `
      Tokyo Cloud Infra Night vol.9

      - [x] Helm 4 is coming: what breaks for chart authors (Haruto Ishikawa, Mizuchi Networks)
          * mostly about OCI registries
      - [x] Prometheus at 50M active series (Chloe Martin, Kestrel Pay)
          * Prometheus in agent mode

      Istio ambient mode in production - Yusuke Mori, Hinode Mobility

      - [ ] IDC 랙 증설 건: 볼트 수량은 권태형 님이 재확인 예정 (금요일까지)
      `,
      `
      event Tokyo Cloud Infra Night vol.9 | - | -
      talk 3 Helm 4 is coming: what breaks for chart authors | Haruto Ishikawa (Mizuchi Networks) | helm
      talk 5 Prometheus at 50M active series | Chloe Martin (Kestrel Pay) | prometheus
      talk 8 Istio ambient mode in production | Yusuke Mori (Hinode Mobility) | istio
      `, { plainText: true },
    );
  });

  test('a table whose columns are 순서 | 주제 | 연사; "[정하늘 · 파도은행] Title"; a title with "Ana Ruiz — Kelpway, Inc." under it; a struck-out numbered heading; "21:05&nbsp;Networking"', () => {
    check(
      `
      # 부산 밋업

      | 순서 | 주제 | 연사 |
      |---|---|---|
      | 1 | 환영사 | 운영진 |
      | 2 | EKS 에서 Cilium 으로 CNI 갈아타기 | 오지훈 (해오름클라우드) |
      `,
      `
      event 부산 밋업 | - | -
      talk 6 EKS 에서 Cilium 으로 CNI 갈아타기 | 오지훈 (해오름클라우드) | aws-eks cilium
      `,
    );
    check(
      `
      부산 클라우드 네이티브 밋업 #7

      [정하늘 · 파도은행] 쿠버네티스 멀티클러스터, 3년 운영하며 배운 것
      - 클러스터 14개, 전부 Amazon EKS

      Service Mesh Without the Sidecar Tax: Cilium in Production
      Ana Ruiz — Kelpway, Inc.
      - sidecar-free mesh

      21:05&nbsp;Networking
      `,
      `
      event 부산 클라우드 네이티브 밋업 #7 | - | -
      talk 3 쿠버네티스 멀티클러스터, 3년 운영하며 배운 것 | 정하늘 (파도은행) | aws-eks kubernetes
      talk 6 Service Mesh Without the Sidecar Tax: Cilium in Production | Ana Ruiz (Kelpway) | cilium
      `, { plainText: true },
    );
    check(
      `
      # HUG 서울

      ## 1. ~~Vault로 시작하는 시크릿 관리 101~~
      Vault Agent 없이 시크릿 주입하기 - 김민수 (카카오)

      ## 2. Terraform 모듈 - 박서연 (토스)
      `,
      `
      event HUG 서울 | - | -
      talk 4 Vault Agent 없이 시크릿 주입하기 | 김민수 (카카오) | vault vault-agent
      talk 6 Terraform 모듈 | 박서연 (토스) | terraform
      `,
    );
  });

  test('rooms as headings ("### 10:40 루비홀 (B)", "### 09:30 그랜드볼룸 · 키노트") with each talk under them, as a bold line, a paragraph or "- 제목: Title / Name (Org)"', () => {
    check(
      `
      # 클라우드 플랫폼 서밋 2025 참관기

      ## 오전

      ### 09:30 그랜드볼룸 · 키노트
      **플랫폼 팀은 제품 팀이다** — 강민석 CTO (라온클라우드)
      - Backstage 기반 포털

      ### 10:40 루비홀 (B)
      쿠버네티스 멀티테넌시, 네임스페이스로 충분한가?
      연사: 신유나 님, 한결뱅크
      - NetworkPolicy(Cilium)

      ### 11:30 사파이어홀 (C)
      - 제목: 테라폼 + Vault 로 만드는 셀프서비스 인프라 / 조현우 (바다소프트)
      - GitHub Actions 에서 terraform plan

      ### 13:30 루비홀 (B)
      - 제목: 도커 없이 컨테이너 빌드하기 / 권나연 (도담커머스)
      - Buildpacks
      `,
      `
      event 클라우드 플랫폼 서밋 2025 | 2025 | -
      talk 6 플랫폼 팀은 제품 팀이다 | 강민석 (라온클라우드) | backstage
      talk 10 쿠버네티스 멀티테넌시, 네임스페이스로 충분한가? | 신유나 (한결뱅크) | cilium kubernetes
      talk 15 테라폼 + Vault 로 만드는 셀프서비스 인프라 | 조현우 (바다소프트) | github-actions terraform vault
      talk 19 도커 없이 컨테이너 빌드하기 | 권나연 (도담커머스) | buildpacks docker
      `,
    );
  });

  test('a diary in plain text, a paragraph per talk: "Orgの Nameさんで、タイトルは *Title*", "Orgの Nameさんの *Title*", "Nameさん。*Title* というタイトルで"', () => {
    check(
      `
      福岡クラウドネイティブ会 2025 夏

      最初は株式会社アオバネの山田 健太さんで、タイトルは *EKS Auto Mode を半年使ってわかったこと*。
      ノードの管理を AWS に任せられるのは楽。

      休憩をはさんで、九州ソフトラボの松本 玲奈さんの *OpenTelemetry で Lambda をつなぐ*。
      デモがきれいに動いていた。

      午後一番はハカタ電算の木村 翔さん。*テラフォームのモジュール設計、三度目の正直* というタイトルで、
      過去に二回失敗した話。
      `,
      `
      event 福岡クラウドネイティブ会 2025 夏 | 2025 | -
      talk 3 EKS Auto Mode を半年使ってわかったこと | 山田 健太 (株式会社アオバネ) | aws aws-eks
      talk 6 OpenTelemetry で Lambda をつなぐ | 松本 玲奈 (九州ソフトラボ) | opentelemetry
      talk 9 テラフォームのモジュール設計、三度目の正直 | 木村 翔 (ハカタ電算) | terraform
      `, { plainText: true },
    );
  });

  test('a heading per speaker ("## Priya", "## Hyun-woo Jang (visiting from Seoul)"), the title the first item under it, the speaker in full with the organisation the second', () => {
    check(
      `
      # Berlin Cloud Infra Meetup #31

      ## Priya
      - "From Jenkins to Argo CD without a big-bang migration"
      - Priya Raman, staff engineer at Tessellate Health
      - they ran both systems in parallel for 8 months

      ## Hyun-woo Jang (visiting from Seoul)
      - LT: Packer + Nomad for our GPU boxes
      - Hyun-woo Jang, Saebyeok AI
      - images baked with Packer

      ## Drinks
      - the bar downstairs
      `,
      `
      event Berlin Cloud Infra Meetup #31 | - | -
      talk 4 From Jenkins to Argo CD without a big-bang migration | Priya Raman (Tessellate Health) | argo-cd jenkins
      talk 9 Packer + Nomad for our GPU boxes | Hyun-woo Jang (Saebyeok AI) | nomad packer
      `,
    );
  });

  test('a timetable copied at the top, its lightning talks numbered "5-1." on the label item\'s own lines; each talk\'s notes below under a short name and the speaker\'s family name', () => {
    check(
      `
      大阪インフラ勉強会 vol.9 メモ

      ■ タイムテーブル
      1. 13:10-13:50 「テラフォームのstate分割、どこで切るか問題」 藤原 健一（株式会社ナニワテック）
      2. 13:50-14:30 「Nomad で作る小さなバッチ基盤」 石川 まどか（たこやきペイ株式会社）
      3. 16:10-16:40 LT大会（2本）
         3-1. 「Helm チャートのテスト、みんなどうしてる？」 西村 葵（ヤマブキ工業）
         3-2. 「Consul KV を設定管理に使わない理由」 森 純平（ミナト商事）
      4. 16:40-17:30 懇親会

      ◆ state分割（藤原さん）
      ・環境 × ドメインで分割。terraform_remote_state は最小限に

      ◆ Nomad バッチ基盤（石川さん）
      ・periodic job で夜間バッチ 200 本
      `,
      `
      event 大阪インフラ勉強会 vol.9 | - | -
      talk 7 Helm チャートのテスト、みんなどうしてる？ | 西村 葵 (ヤマブキ工業) | helm
      talk 8 Consul KV を設定管理に使わない理由 | 森 純平 (ミナト商事) | consul
      talk 11 テラフォームのstate分割、どこで切るか問題 | 藤原 健一 (株式会社ナニワテック) | terraform
      talk 14 Nomad で作る小さなバッチ基盤 | 石川 まどか (たこやきペイ株式会社) | nomad
      `, { plainText: true },
    );
  });

  test('"## 키노트" and "### 트랙 A" over numbered items that name their speakers in square brackets at the end; a date of the Japanese era', () => {
    check(
      `
      # 클라우드 네이티브 서울 2024 참관 메모

      ## 키노트
      1. 플랫폼 팀은 왜 제품이 되어야 하는가 [정하윤, 누리클라우드]
         - 내부 개발자 포털로 Backstage 도입

      ### 트랙 A (운영/관측)
      1. 로그 비용 70% 줄인 이야기: Loki 전환기 [이서연 · 모아커머스]
         - ES → Loki
      `,
      `
      event 클라우드 네이티브 서울 2024 | 2024 | -
      talk 4 플랫폼 팀은 왜 제품이 되어야 하는가 | 정하윤 (누리클라우드) | backstage
      talk 8 로그 비용 70% 줄인 이야기: Loki 전환기 | 이서연 (모아커머스) | elasticsearch grafana-loki
      `,
    );
    check(
      `
      # 関西インフラ勉強会 vol.12
      令和6年5月18日（土）13:00〜

      ## Terraform のモジュール設計 - 佐藤 花子（サンプル）
      `,
      `
      event 関西インフラ勉強会 vol.12 | 2024-05-18 | -
      talk 4 Terraform のモジュール設計 | 佐藤 花子 (サンプル) | terraform
      `,
    );
  });

  test('talks sorted by theme: items naming their speakers, each after the notes indented under the one before, beside talks written as paragraphs', () => {
    check(
      `
      # DevOpsDays Amsterdam 2024 — notes by theme

      ## Security

      - Secrets sprawl is a people problem — Hanneke Vos @ Tulpbank
          - moved everything into HashiCorp Vault
      - "Zero trust for the rest of us" by Omar Haddad (Klein & Lutter)
          - Istio mTLS strict everywhere

      ## Cost

      FinOps for Kubernetes: what moved the needle - Pieter Jansen (Hollandse Vracht)

      ## Observability

      Tracing the untraceable: OpenTelemetry in a monolith - Sven Aaltonen (Vaarweg Logistics)
      `,
      `
      event DevOpsDays Amsterdam 2024 | 2024 | -
      talk 5 Secrets sprawl is a people problem | Hanneke Vos (Tulpbank) | vault
      talk 7 Zero trust for the rest of us | Omar Haddad (Klein & Lutter) | istio
      talk 12 FinOps for Kubernetes: what moved the needle | Pieter Jansen (Hollandse Vracht) | kubernetes
      talk 16 Tracing the untraceable: OpenTelemetry in a monolith | Sven Aaltonen (Vaarweg Logistics) | opentelemetry
      `,
    );
  });

  test('"FirstName: Title" with its notes listed under it, three or more in the note; a label ("Note: …") and a host\'s welcome are no talks', () => {
    check(
      `
      Kreuzberg Ops Stammtisch #31
      Thu 8 Feb 2024, Café Lastwagen, Berlin

      Jonas (host): welcome, house rules, Mate is free
      Mia: Our Terraform monorepo is a mess and that's fine
        - one repo, ~300 root modules
      Tobi: Istio ambient mode, first impressions
        - ztunnel per node instead of sidecars

      Chris: Nomad on three Raspberry Pis in my hallway
        - home lab: Nomad + Consul

      Note: next one in March
        - bring snacks
      `,
      `
      event Kreuzberg Ops Stammtisch #31 | 2024-02-08 | Café Lastwagen, Berlin
      talk 5 Our Terraform monorepo is a mess and that's fine | Mia | terraform
      talk 7 Istio ambient mode, first impressions | Tobi | istio
      talk 10 Nomad on three Raspberry Pis in my hallway | Chris | consul nomad
      `, { plainText: true },
    );
  });

  test('plain text with "o " bullets and "> " notes under them', () => {
    check(
      `
      HUG Seoul meetup #14 -- notes

      o 19:00 doors / pizza / networking
      o Talk 1: "Vault Agent Injector: what broke in 18 months"
        Jiwoo Han, Dalbit Securities
        > agent injector sidecars on ~900 pods
      o Talk 2: Terraform module registry for 40 teams -- Sungho Park (Mirae Cargo)
        > private registry + semver tags
      o Talk 3: Consul Connect on Nomad at a game studio -- Yuna Seo (Byeol Games)
        > Nomad + Consul Connect
      `,
      `
      event HUG Seoul meetup #14 | - | -
      talk 4 Vault Agent Injector: what broke in 18 months | Jiwoo Han (Dalbit Securities) | vault vault-agent
      talk 7 Terraform module registry for 40 teams | Sungho Park (Mirae Cargo) | terraform
      talk 9 Consul Connect on Nomad at a game studio | Yuna Seo (Byeol Games) | consul consul-connect nomad
      `, { plainText: true },
    );
  });

  test('"First talk" alone on its line, the title and the speaker on the next lines; a newsletter\'s "Next up was Name of Org with "Title""', () => {
    check(
      `
      HUG Denver - May
      Tuesday May 14 2024

      First talk
      Terraform Stacks in practice: what broke for us
      Marisol Ortega, Quillfeather Insurance
      they split one 9k-resource state into 14 stacks

      Next up was Marcus Oyelaran of Trillium Health with "Backstage Without a Platform Team".
      Marcus is one of two people who run their Backstage instance part-time.
      `,
      `
      event HUG Denver - May | 2024-05-14 | -
      talk 5 Terraform Stacks in practice: what broke for us | Marisol Ortega (Quillfeather Insurance) | terraform
      talk 9 Backstage Without a Platform Team | Marcus Oyelaran (Trillium Health) | backstage
      `, { plainText: true },
    );
  });
});

describe('layouts first met in session 30', () => {
  test('Korean phone notes: the programme\'s order before each title ("첫 발표 —", "두 번째:", "네 번째 (라이트닝)"); the first line names the event of a year', () => {
    check(
      `
      2024 빛고을 인프라 엔지니어 모임 - 연말 세미나
      일시: 12/14(토) 14:00~17:30

      첫 발표 — 헬름 차트 표준화, 삼 년 걸렸습니다
        발표: 노태현 님 (무등소프트)
        - 쿠버네티스 리소스 기본값을 라이브러리 차트에서 강제

      두 번째: 테라폼 상태 파일 쪼개기 (양수민, 남도클라우드)
        - 상태 파일 하나에 리소스 4천 개

      네 번째 (라이트닝) 볼트랑 컨설로 사내 시크릿 관리 시작하기
        기현수 님 (빛가람시스템즈)
        - 볼트 정책
      `,
      `
      event 2024 빛고을 인프라 엔지니어 모임 - 연말 세미나 | 2024-12-14 | -
      talk 4 헬름 차트 표준화, 삼 년 걸렸습니다 | 노태현 (무등소프트) | helm kubernetes
      talk 8 테라폼 상태 파일 쪼개기 | 양수민 (남도클라우드) | terraform
      talk 11 볼트랑 컨설로 사내 시크릿 관리 시작하기 | 기현수 (빛가람시스템즈) | consul vault
      `,
      { plainText: true },
    );
  });

  test('Dendron: "[[Label|people.path]]" reads as its label, "by [[Name|people.x]] @ Org" under a heading is its speaker line', () => {
    check(
      `
      # Terraform & Friends Busan #3
      - **when**: Sat 2025-04-12, 14:00–18:00

      ### Drift detection that people actually read
      by [[Jisoo Park|people.jisoo-park]] @ Seaglass Games
      - nightly terraform plan in GitHub Actions

      ### Packer pipelines for ARM images
      [[Hyunwoo Lee|people.hyunwoo-lee]] (Nurimaru Cloud), lightning talk, 10 min
      - Packer + Ansible
      `,
      `
      event Terraform & Friends Busan #3 | 2025-04-12 | -
      talk 4 Drift detection that people actually read | Jisoo Park (Seaglass Games) | github-actions terraform
      talk 8 Packer pipelines for ARM images | Hyunwoo Lee (Nurimaru Cloud) | ansible packer
      `,
    );
  });

  test('a Notion database pasted with its tabs: the title in its "이름" (Name) property, the talks described below by a shorter title', () => {
    check(
      `
      2024 쿠버네티스 서울 밋업 (가을) 메모
      - 날짜: 2024-10-17 (목) 19:00~22:00

      노션 발표 DB 에서 그대로 복사 (탭 구분이라 좀 깨짐)
      이름\t발표자\t소속\t태그\t시간
      쿠버네티스 1.27→1.30 업그레이드 자동화 삽질기\t정민호\t그린필드커머스\tk8s, EKS\t19:10
      Istio 걷어낸 이야기\t장태현\t모아뱅크\t\t21:00

      ----
      발표별 메모

      1) 업그레이드 자동화 - 정민호님
       - 노드는 Karpenter 로 교체

      2) 서비스 메시 제거 - 장태현님
       - Istio 사이드카를 걷어냄
      `,
      `
      event 2024 쿠버네티스 서울 밋업 | 2024-10-17 | -
      talk 12 쿠버네티스 1.27→1.30 업그레이드 자동화 삽질기 | 정민호 (그린필드커머스) | karpenter kubernetes
      talk 15 Istio 걷어낸 이야기 | 장태현 (모아뱅크) | istio
      `,
      { plainText: true },
    );
  });

  test('an event heading that starts with its day ("Thu 27 Mar 2025 — Name", "2025-03-06 · Name"); a sponsor\'s pitch with no title is no talk', () => {
    check(
      `
      ## Thu 27 Mar 2025 — Osaka HashiCorp User Group vol.12
      Place: Umeda Sky Hub coworking, 9F, Osaka.

      - "Nomad for the edge: 40 shops" — Sato Kenji, Kansai Retail Tech
          Nomad on small NUCs in every shop
      - "Terraform Stacks, first impressions" — Yamamoto Aiko (Hoshizora Cloud)
          deferred changes look nice
      - sponsor pitch by a cloud reseller — skipped, went to get takoyaki
      `,
      `
      event Osaka HashiCorp User Group vol.12 | 2025-03-27 | Umeda Sky Hub coworking, 9F, Osaka
      talk 4 Nomad for the edge: 40 shops | Sato Kenji (Kansai Retail Tech) | nomad
      talk 6 Terraform Stacks, first impressions | Yamamoto Aiko (Hoshizora Cloud) | terraform
      `,
    );
    check('## 2025-03-06 · Berlin Platform Engineering Meetup #41\n\n## Golden paths - Lena Vogt (Brightwater)\n- Backstage\n', `
      event Berlin Platform Engineering Meetup #41 | 2025-03-06 | -
      talk 3 Golden paths | Lena Vogt (Brightwater) | backstage
    `);
  });

  test('a timetable drawn with full-width bars, its talks described under headings that name the speakers', () => {
    check(
      `
      # 大阪SRE勉強会 #21 メモ
      - 日時：2025年2月21日（金）19:00〜21:30

      ## タイムテーブル
      ｜時間｜タイトル｜登壇者｜所属｜
      ｜ー｜ー｜ー｜ー｜
      ｜19:00｜開場・受付｜ー｜ー｜
      ｜19:15｜Prometheus のアラート疲れを SLO で減らす｜山本 彩｜株式会社ツバメ物流｜
      ｜19:45｜OpenTelemetry 導入 1 年目の現実｜Lucas Moreau｜Kitsune Pay｜
      ｜20:50｜懇親会｜｜｜

      ## メモ
      ### 山本さん（アラート疲れ）
      - Alertmanager のルーティングを整理

      ### Lucas さん（OTel）
      - Collector を gateway 構成に
      `,
      `
      event 大阪SRE勉強会 #21 | 2025-02-21 | -
      talk 13 Prometheus のアラート疲れを SLO で減らす | 山本 彩 (株式会社ツバメ物流) | alertmanager prometheus
      talk 16 OpenTelemetry 導入 1 年目の現実 | Lucas Moreau (Kitsune Pay) | opentelemetry
      `,
    );
  });

  test('a Scrapbox page: "[Title]" on a line of its own, the speaker indented under it', () => {
    check(
      `
      Osaka Cloud Native Meetup #9 参加メモ
      日時 2024/06/15(土) 13:30〜18:00

      [* オープニング]
       運営の小西さんから挨拶

      [Karpenter導入でノードコストを4割削減した話]
       真鍋 亮介 さん (なにわロジテック株式会社)
       EKS 上で Cluster Autoscaler から Karpenter に移行

      [* 休憩]
       15分
      `,
      `
      event Osaka Cloud Native Meetup #9 | 2024-06-15 | -
      talk 7 Karpenter導入でノードコストを4割削減した話 | 真鍋 亮介 (なにわロジテック株式会社) | aws-eks cluster-autoscaler karpenter
      `,
      { plainText: true },
    );
  });

  test('Japanese bullets that say who spoke: "最初は @x さんで「Title」", "次、@y さんの Title の話", "田中さんの「Title」"', () => {
    check(
      `
      ## Shibuya Infra Night #14 メモ
      2025-05-20 (火) 19:30〜

      ### 発表
      - 最初は @kuro_neko さんで「Argo CD Image Updater をやめて Renovate に寄せた」
        - write-back が履歴を汚す
      - 次、@yuzu_ops さんの Vault Agent Injector を全部 CSI Driver に置き換えた話
        - サイドカーが遅い
      - 田中 太郎さん（クモノスラボ）の「Loki 3.0 の bloom filter」
        - クエリが速い
      - 佐藤さんの話がよかった
      `,
      `
      event Shibuya Infra Night #14 | 2025-05-20 | -
      talk 5 Argo CD Image Updater をやめて Renovate に寄せた | kuro_neko | argo-cd renovate
      talk 7 Vault Agent Injector を全部 CSI Driver に置き換えた | yuzu_ops | vault vault-agent
      talk 9 Loki 3.0 の bloom filter | 田中 太郎 (クモノスラボ) | -
      `,
    );
  });

  test('"Name — Title" over its notes, the speakers first with no organisation, when the note writes two or more talks so', () => {
    check(
      `
      # HUG Seoul — autumn meetup (2024-10-24)

      Kim Soo-ah — Vault Agent sidecars are a trap
      - moved to Vault Secrets Operator

      Yoon Ji-woo & Daniel Cho – Nomad + Consul on bare metal
      - raw_exec, not containers

      Platform Engineering — what we learned
      - golden paths
      `,
      `
      event HUG Seoul — autumn meetup | 2024-10-24 | -
      talk 3 Vault Agent sidecars are a trap | Kim Soo-ah | vault vault-agent vault-secrets-operator
      talk 6 Nomad + Consul on bare metal | Yoon Ji-woo, Daniel Cho | consul nomad
      `,
    );
    // One such line alone is no layout.
    check(
      `
      # HUG Seoul — autumn meetup (2024-10-24)

      Kim Soo-ah — Vault Agent sidecars are a trap
      - moved to Vault Secrets Operator
      `,
      `
      event HUG Seoul — autumn meetup | 2024-10-24 | -
      `,
    );
  });

  test('a blog post exported as HTML: tools in "<li>" lines, the speaker in a "<p>" of its own, entities in headings', () => {
    check(
      `
      <h1>HUG Seoul #14 밋업 후기</h1>
      <p>일시: 2024년 5월 22일(수) 19:00~21:40</p>

      <h2>오프닝 &amp; 공지</h2>
      <p>다음 회차는 7월.</p>

      <h2>1. Vault &amp; Consul 이야기</h2>
      <p class="speaker">김도윤 (한빛페이 인프라팀)</p>
      <ul>
      <li>쿠버네티스 파드에서는 <b>Vault</b> Agent 사이드카</li>
      <li><!-- Nomad 얘기는 생략 --> 스토리지는 Consul</li>
      </ul>
      `,
      `
      event HUG Seoul #14 밋업 | 2024-05-22 | -
      talk 7 Vault & Consul 이야기 | 김도윤 (한빛페이) | consul kubernetes vault
      `,
    );
  });

  test('a speaker line with the writer\'s remark after a dash; a session\'s kind between a heading and its speaker line', () => {
    check(
      `
      # DevOpsDays Chicago 2024
      Aug 27 2024 @ Venue SIX10, Chicago.

      ## Nomad 에 남기로 한 이유
      최하은 (달빛모빌리티) — 원래 연사 사정으로 대타 발표

      - Nomad 쪽이 운영 부담이 적음

      ### The Platform Is a Product (Still)
      Keynote

      Speaker: Rosa Delgado, VP Engineering at Prairie Mutual

      - Backstage golden paths, Waypoint retired

      ## Kubernetes (EKS) — Kim Minsu (Acme)
      - EKS upgrades
      `,
      `
      event DevOpsDays Chicago 2024 | 2024-08-27 | -
      talk 4 Nomad 에 남기로 한 이유 | 최하은 (달빛모빌리티) | nomad
      talk 9 The Platform Is a Product (Still) | Rosa Delgado (Prairie Mutual) | backstage waypoint
      talk 16 Kubernetes (EKS) | Kim Minsu (Acme) | aws-eks kubernetes
      `,
    );
  });
});

describe('layouts first met in session 31', () => {
  test('an e-mailed trip report: numbered talks, one with its speaker on its own line, one after a lunch paragraph with the speaker after a dash; "Keynote - "Title""; lightning talks as items of a "Lightning talks, …" item', () => {
    check(
      `
      Subject: Trip report - Harbor Infra Summit 2024
      To: platform-team@

      Quick write-up from the summit (Sep 5, Bayfront Hall, Tokyo).

      1) Keynote - "Infrastructure is a product"
         Satoshi Kondo, Aozora Lending
         Their platform team publishes Terraform modules.

      2) "Secrets at scale with Vault"
         Yumi Fujita (Hikari Mobile)
         - Vault with the Kubernetes auth method

      Lunch was bento in the exhibition area.

      3) "One cluster per team was a mistake" - Kenji Arai, Shiosai Games
         Consolidated 60 EKS clusters with Karpenter.

      4) "Why we still run Nomad"
         Hiroshi Takeda (Mebuki Logistics)
         - Nomad for batch

      5) Lightning talks, I only caught two:
         - "OpenTelemetry Collector as a sidecar is fine" (Rina Ueda, Tsubaki Pay)
         - Nomura Shun (Kaede Works): "Prometheus alerts to SLOs in Grafana"
      `,
      `
      event Harbor Infra Summit 2024 | 2024-09-05 | -
      talk 6 Infrastructure is a product | Satoshi Kondo (Aozora Lending) | terraform
      talk 10 Secrets at scale with Vault | Yumi Fujita (Hikari Mobile) | kubernetes vault
      talk 16 One cluster per team was a mistake | Kenji Arai (Shiosai Games) | aws-eks karpenter
      talk 19 Why we still run Nomad | Hiroshi Takeda (Mebuki Logistics) | nomad
      talk 24 OpenTelemetry Collector as a sidecar is fine | Rina Ueda (Tsubaki Pay) | opentelemetry
      talk 25 Prometheus alerts to SLOs in Grafana | Nomura Shun (Kaede Works) | grafana prometheus
      `,
      { plainText: true, name: 'trip.txt' },
    );
  });

  test('a month\'s log of meetups: "## Mar 4 — Name @ Place" sections dated in the title\'s year, one named without an event word; talks told as "Name from Org on Title"', () => {
    check(
      `
      # Meetup log — March 2025

      ## Mar 4 — Berlin HashiCorp User Group #31 @ Kiezcloud office, Kreuzberg

      **"Terraform stacks in anger"** — Felix Brandt (Kiezcloud)
      - deferred changes are nice

      Second talk: Marta Nowak from Spreeline Bank on **Vault namespaces for 30 teams**
      - PKI secrets engine for internal mTLS

      ## Mar 12 — Kubernetes Berlin Meetup @ Nordlicht Media, Friedrichshain

      Then Ahmet Yilmaz from Flinkbau on "Running Cilium Cluster Mesh across regions", which was the best one.
      - Hubble too

      ## Mar 27 — Platform Engineering Online (remote, Zoom)

      "Karpenter consolidation without tears" – Priya Menon, Loopfield
      - spot and on-demand mix
      `,
      `
      event Berlin HashiCorp User Group #31 | 2025-03-04 | Kiezcloud office, Kreuzberg
      talk 5 Terraform stacks in anger | Felix Brandt (Kiezcloud) | terraform
      talk 8 Vault namespaces for 30 teams | Marta Nowak (Spreeline Bank) | vault
      event Kubernetes Berlin Meetup | 2025-03-12 | Nordlicht Media, Friedrichshain
      talk 13 Running Cilium Cluster Mesh across regions | Ahmet Yilmaz (Flinkbau) | cilium hubble
      event Platform Engineering Online (remote, Zoom) | 2025-03-27 | -
      talk 18 Karpenter consolidation without tears | Priya Menon (Loopfield) | karpenter
      `,
    );
  });

  test('a team seminar\'s minutes: numbered agenda items with "- 발표: 이름 (팀)" under them, a team whose name holds a role word; the opening and notices are no talk', () => {
    check(
      `
      # 3분기 인프라실 기술 세미나 회의록

      - 일시: 2024년 9월 26일(목) 14:00 ~ 17:30
      - 장소: 판교 사옥 12층 대회의실

      ## 안건

      1. 개회 및 공지 — 인프라실장 오경훈
         - OKR 초안 공유

      2. Terraform 모듈 표준화 1년 회고
         - 발표: 박서준 (플랫폼팀)
         - 모듈 41개

      3. Vault 동적 시크릿 도입기: DB 계정 자동 회전
         - 발표: 이하린 (보안엔지니어링팀)
         - Vault Agent Injector 사이드카

      4. EKS 노드 비용 절감
         - 발표: 정도윤 (SRE팀)
         - Karpenter 전환
      `,
      `
      event 3분기 인프라실 기술 세미나 | 2024-09-26 | 판교 사옥 12층 대회의실
      talk 11 Terraform 모듈 표준화 1년 회고 | 박서준 (플랫폼팀) | terraform
      talk 15 Vault 동적 시크릿 도입기: DB 계정 자동 회전 | 이하린 (보안엔지니어링팀) | vault vault-agent
      talk 19 EKS 노드 비용 절감 | 정도윤 (SRE팀) | aws-eks karpenter
      `,
    );
  });

  test('a KakaoTalk export: a message announcing the talk, its title in the next message, its speakers in the one after (a stand-in names himself at the end of his)', () => {
    check(
      `
      부산 클라우드 모임 오픈채팅 님과 카카오톡 대화
      저장한 날짜 : 2024-05-18 23:12:40

      --------------- 2024년 5월 18일 토요일 ---------------
      [운영진 하늘] [오후 1:52] 오늘 정기 밋업은 센텀 3층 라운지입니다
      [운영진 하늘] [오후 2:03] 📢 첫 번째 발표 시작합니다
      [운영진 하늘] [오후 2:03] Argo CD ApplicationSet으로 클러스터 30개 관리하기
      [운영진 하늘] [오후 2:03] 발표자: 김태오님 (스텔라소프트)
      [코드너구리] [오후 2:10] 클러스터 30개 ㄷㄷ
      [운영진 하늘] [오후 2:41] 두 번째 발표!
      [운영진 하늘] [오후 2:41] Cilium으로 kube-proxy 걷어낸 후기
      [운영진 하늘] [오후 2:42] 윤소라님 / 해운대랩스
      [익명의 쿼카] [오후 2:50] Hubble UI 예쁘다..
      [운영진 하늘] [오후 3:26] 세 번째 발표
      [운영진 하늘] [오후 3:26] 온프레미스 k8s에 Loki 올리고 1년 버틴 이야기
      [박재형] [오후 3:27] ↑ 원래 발표자분이 아프셔서 제가 대타로 합니다 ㅎㅎ 박재형 / 광안데이터
      [코드너구리] [오후 3:35] Grafana 알람 템플릿 좋네요
      `,
      `
      event 부산 클라우드 모임 오픈채팅 | 2024-05-18 | -
      talk 7 Argo CD ApplicationSet으로 클러스터 30개 관리하기 | 김태오 (스텔라소프트) | argo-cd
      talk 11 Cilium으로 kube-proxy 걷어낸 후기 | 윤소라 (해운대랩스) | cilium hubble kube-proxy
      talk 15 온프레미스 k8s에 Loki 올리고 1년 버틴 이야기 | 박재형 (광안데이터) | grafana grafana-loki kubernetes
      `,
      { plainText: true, name: 'kakao.txt' },
    );
  });

  test('a phone memo of a flash meetup (번개) with given names: "민수님 - Title", "지은님: Title", "현우님 Title", "LT 서연님 - Title"; a to-do naming someone with 님 and a prize draw are no talks', () => {
    check(
      `
      2024.11.23 오후 1:47

      강남 데브옵스 번개 (토)
      역삼 그린타워 B1 세미나실 / 30명쯤
      경품 추첨 — AWS 크레딧 $100 (정우님 당첨!! 🎉)

      1) 민수님 - 테라폼 state 쪼개기
       import 블록 편함

      2) 지은님: 젠킨스 → GitHub Actions 이관 반년
       self-hosted runner를 k8s 위에

      3) 현우님 k8s 1.27→1.29 업그레이드 삽질기
       헬름 차트 몇 개 깨짐

      4) LT 서연님 - 사이드 프로젝트로 홈랩 Nomad
       라즈베리파이 4대 + Consul

      TODO
      - 남궁현님 자료 요청 메일
      - 팀장님 대신 참석. 금요일 회의 때 공유할 것
      `,
      `
      event 강남 데브옵스 번개 | 2024-11-23 | -
      talk 7 테라폼 state 쪼개기 | 민수 | terraform
      talk 10 젠킨스 → GitHub Actions 이관 반년 | 지은 | github-actions jenkins kubernetes
      talk 13 k8s 1.27→1.29 업그레이드 삽질기 | 현우 | helm kubernetes
      talk 16 사이드 프로젝트로 홈랩 Nomad | 서연 | consul nomad
      `,
      { plainText: true, name: 'memo.txt' },
    );
  });

  test('"【LT】" then a numbered list of lightning talks: a bracketed title that ends as a sentence does, "【Title】 - 발표: Name (Org)"; Loki\'s labels and streams are its context', () => {
    check(
      `
      플랫폼 엔지니어링 코리아 밋업 #12 메모
      2024.08.29 (목) 19:00~21:40 @ 테헤란로 별빛홀 5층

      【Backstage로 사내 개발자 포털 만들기】(정하은, 모아핀테크)
       - 서비스 카탈로그 등록률 35% → 92%

      【LT】
       1. 【Loki 라벨 설계 실수 모음】(위준호)
         - pod 이름을 라벨로 넣었다가 스트림 폭발
       2. 【Istio 없이 mTLS? 그냥 해봤습니다】 - 발표: 남도윤 (프리랜서)
         - cert-manager + SPIFFE 조합
      `,
      `
      event 플랫폼 엔지니어링 코리아 밋업 #12 | 2024-08-29 | 테헤란로 별빛홀 5층
      talk 4 Backstage로 사내 개발자 포털 만들기 | 정하은 (모아핀테크) | backstage
      talk 8 Loki 라벨 설계 실수 모음 | 위준호 | grafana-loki
      talk 10 Istio 없이 mTLS? 그냥 해봤습니다 | 남도윤 | cert-manager istio spiffe
      `,
      { plainText: true, name: 'lt.txt' },
    );
  });

  test('a blog recap in paragraphs: "제목은 \'Title\'. Org Name님이 발표했다", "마지막은 운영진 Name님이 준비한 \'Title\'였다"', () => {
    check(
      `
      # HUG Seoul 7월 밋업 후기

      2024년 7월 20일 토요일, 성수동 에이블홀에서 열린 HUG Seoul 밋업에 다녀왔다.

      ## 세션 1

      두 번째 세션의 제목은 'Consul 서비스 메시 3년 차의 고백'. 다솜생명 플랫폼팀 조은채님이 발표했다.

      처음엔 Envoy 사이드카 기반 메시를 깔았다고 한다.

      ## 세션 2

      마지막은 운영진 권나래님이 준비한 'Terraform 1.9, 뭐가 바뀌었나'였다. 15분짜리라 가볍게 들었다.
      `,
      `
      event HUG Seoul 7월 밋업 | 2024-07-20 | 성수동 에이블홀
      talk 7 Consul 서비스 메시 3년 차의 고백 | 조은채 (다솜생명 플랫폼팀) | consul envoy
      talk 13 Terraform 1.9, 뭐가 바뀌었나 | 권나래 | terraform
      `,
    );
  });

  test('"== 1부 ==" sections (the closing marks are not the name); lightning talks as "LT1 "Title" Name" and "LT2 Title - Name(Org)"', () => {
    check(
      `
      [IaC 코리아 정기 밋업 #31]
      2024-12-14(토) 14:00~17:30

      == 1부 ==

      14:10 OpenTofu 전환, 해볼 만한가? / 구본혁 (스트라툼)
       * state 암호화 기능이 OpenTofu 쪽 장점

      == LT (5분씩) ==
       - LT1 "GitHub Actions에서 terraform plan 예쁘게 보기" 탁민호
           긴 plan은 코멘트 접기
       - LT2 Jenkins 없는 세상 꿈꾸기 - 백서아(개인)
           젠킨스 잡 300개 남음
      `,
      `
      event IaC 코리아 정기 밋업 #31 | 2024-12-14 | -
      talk 6 OpenTofu 전환, 해볼 만한가? | 구본혁 (스트라툼) | opentofu
      talk 10 GitHub Actions에서 terraform plan 예쁘게 보기 | 탁민호 | github-actions terraform
      talk 12 Jenkins 없는 세상 꿈꾸기 | 백서아 | jenkins
      `,
      { plainText: true, name: 'iac.txt' },
    );
  });

  test('lightning talks with a remark after their speakers: "Title - Name (Org): remark", ""Title" Name / Org - answer: …", "— by @handle (Name, Org): …"; "Keynote — Name (Org): Title" keeps its title after the colon', () => {
    check(
      `
      # Busan Infra Day 2024

      2024-10-12, Centum Hall

      LT session
      - LT1 Nomad for edge kiosks - Choi Minjun (Saebyeok Retail): Nomad + Consul on 300 tiny boxes
      - LT2 "Backstage in a 12-person company?" Yuki Tanaka / Hoshizora Games - answer: no, use a wiki
      - "Ansible Is Still Fine, Actually" — by @kmensah (Kwame Mensah, Orchard Retail): 600 playbooks in AWX
      - Keynote — Claudia Meier (Alpenfunk AG): The platform is the product
      `,
      `
      event Busan Infra Day 2024 | 2024-10-12 | Centum Hall
      talk 6 Nomad for edge kiosks | Choi Minjun (Saebyeok Retail) | consul nomad
      talk 7 Backstage in a 12-person company? | Yuki Tanaka (Hoshizora Games) | -
      talk 8 Ansible Is Still Fine, Actually | Kwame Mensah (Orchard Retail) | ansible
      talk 9 The platform is the product | Claudia Meier (Alpenfunk AG) | -
      `,
    );
  });

  test('live notes\' lightning talks: "Name (freelance) — Title", "last LT: Name from Org: "Title""', () => {
    check(
      `
      # Kansai Cloud Native Night #8

      2025-02-13, Umeda Sky Office

      20:15 lightning talks
       - Tom Becker (freelance) — Packer images for Raspberry Pi clusters
           Packer + ansible provisioner
       - "Grafana alerting footguns" — Mio Hayashi, Nishiki Systems
           contact points vs notification policies
       - last LT: Jun Okabe from Hanshin Ops: "Prometheus remote write to three places"
           Prometheus -> Mimir
      `,
      `
      event Kansai Cloud Native Night #8 | 2025-02-13 | Umeda Sky Office
      talk 6 Packer images for Raspberry Pi clusters | Tom Becker | ansible packer
      talk 8 Grafana alerting footguns | Mio Hayashi (Nishiki Systems) | grafana
      talk 10 Prometheus remote write to three places | Jun Okabe (Hanshin Ops) | grafana-mimir prometheus
      `,
    );
  });

  test('a connpass page\'s speaker line with its organisation under a label ("登壇者: 名前 さん (@handle)　所属: 会社"); a prose report\'s "「Title」というタイトルで、会社の名前さんが話してくれた"', () => {
    check(
      `
      IaC 勉強会 #14
      開催日時 2024/11/21(木) 19:00 〜 21:30

      タイムテーブル
      19:10 - 19:40 Terraform の state 分割戦略
        登壇者: 高橋 誠 さん (@makoto_tkhs) / 株式会社ハルカゼシステムズ
      20:20 - 20:50 Terraform 互換ツールへ移行すべきか？ライセンス変更後の判断記録
        登壇者: 木村 俊介 さん (@shun_kmr)　所属: サクラ坂テクノロジーズ

      感想
      休憩を挟んで三つ目は、「EKS on Fargate をやめた理由」というタイトルで、カワセミ・インタラクティブの前田 修さんが話してくれた。
      `,
      `
      event IaC 勉強会 #14 | 2024-11-21 | -
      talk 5 Terraform の state 分割戦略 | 高橋 誠 (株式会社ハルカゼシステムズ) | terraform
      talk 7 Terraform 互換ツールへ移行すべきか？ライセンス変更後の判断記録 | 木村 俊介 (サクラ坂テクノロジーズ) | terraform
      talk 11 EKS on Fargate をやめた理由 | 前田 修 (カワセミ・インタラクティブ) | aws-eks aws-fargate
      `,
      { plainText: true, name: 'connpass.txt' },
    );
  });

  test('a mail\'s "Date:" without a time, among its Subject and To, dates the mail: the event is on the day the body gives', () => {
    check(
      `
      Subject: Trip report - Harbor Infra Summit 2024
      To: platform-team@
      Date: Mon, 9 Sep 2024

      Quick write-up from the summit last Thursday (Sep 5, Bayfront Hall).

      1) "Secrets at scale with Vault"
         Yumi Fujita (Hikari Mobile)
      `,
      `
      event Harbor Infra Summit 2024 | 2024-09-05 | -
      talk 7 Secrets at scale with Vault | Yumi Fujita (Hikari Mobile) | vault
      `,
      { plainText: true, name: 'mail.txt' },
    );
  });

  test('an Apple Notes export: "• Name: "Title"" with tab-indented notes; a label before a colon and a quoted title is still a label', () => {
    check(
      `
      Ops Summit Tokyo 2025
      April 18, 2025 at 9:12 AM

      • Kenji Morita: "Ten Years of Terraform at a Payments Company"
      	• now ~800 Terraform workspaces, Atlantis for PR plans

      • Aiko Hayashi (Cedarline Health): "Secrets, Auditors and Us"
      	• Vault Enterprise w/ namespaces

      • Closing Talk: "What comes next"
      `,
      `
      event Ops Summit Tokyo 2025 | 2025-04-18 | -
      talk 4 Ten Years of Terraform at a Payments Company | Kenji Morita | atlantis terraform
      talk 7 Secrets, Auditors and Us | Aiko Hayashi (Cedarline Health) | vault
      `,
      { plainText: true, name: 'apple.txt' },
    );
  });

  test('"⏰ 13:10" then the title then "👤 Name (Org)", one paragraph per talk', () => {
    check(
      `
      # 클라우드 네이티브 부산 2024 참관 메모

      - 일시: 2024.11.09 (토) 13:00~18:00

      ⏰ 13:10
      키노트: 쿠버네티스 10년, 그리고 다음 10년
      👤 김도윤 (해운대클라우드)
      - 다음 10년 키워드: 플랫폼 엔지니어링

      ⏰ 14:00
      Argo CD로 멀티 클러스터 배포 표준화하기
      👤 박서연 (마린소프트)
      - ApplicationSet + cluster generator 조합
      `,
      `
      event 클라우드 네이티브 부산 2024 | 2024-11-09 | -
      talk 6 키노트: 쿠버네티스 10년, 그리고 다음 10년 | 김도윤 (해운대클라우드) | kubernetes
      talk 11 Argo CD로 멀티 클러스터 배포 표준화하기 | 박서연 (마린소프트) | argo-cd
      `,
    );
  });

  test('a session list at the top ("1. Title / 名前 (会社)"), then "## 名前さんの発表" headings with the notes: each heading is its listed talk (two people in one, a hiragana name, an LT)', () => {
    check(
      `
      HashiCorp User Group Tokyo #31 メモ
      2024-07-18 (木) 19:00-21:30

      今日のセッション
      1. Terraform Stacks を一足先に触ってみた / 森本 (コトブキ決済)
      2. Vault の Secrets Sync で GitHub Actions のシークレットを一元管理 / 藤井
      3. Nomad で Windows バッチを動かす / 高橋・石川 (ひかりネット)
      4. LT: Packer + Ansible で作るゴールデンイメージ / あべ

      ## 森本さんの発表
      - deferred changes が目玉

      ## 藤井さんの発表
      - Vault 側を正として同期

      ## 高橋さん・石川さんの発表
      - Nomad の raw_exec ドライバ

      ## あべさんの LT
      - Packer の HCL テンプレート
      `,
      `
      event HashiCorp User Group Tokyo #31 | 2024-07-18 | -
      talk 10 Terraform Stacks を一足先に触ってみた | 森本 (コトブキ決済) | terraform
      talk 13 Vault の Secrets Sync で GitHub Actions のシークレットを一元管理 | 藤井 | github-actions vault
      talk 16 Nomad で Windows バッチを動かす | 高橋 (ひかりネット), 石川 (ひかりネット) | nomad
      talk 19 Packer + Ansible で作るゴールデンイメージ | あべ | ansible hcl packer
      `,
    );
  });

  test('a day\'s table of talks, then notes under headings that name each talk short ("### Packer golden images", "### Terraform at 10k workspaces", "### Panel"): each heading is its listed talk', () => {
    check(
      `
      # Platform Days Berlin 2024 — my notes

      ## Day 1 (Tue 15 Oct 2024)

      | Time  | Talk | Speaker |
      |-------|------|---------|
      | 10:30 | Terraform at 10,000 Workspaces | Jonas Feldkamp (Quellbank) |
      | 11:30 | Golden Images with Packer and GitHub Actions | Lena Vogt (Halde Systems) |

      ## Day 2 (Wed 16 Oct 2024)

      | Time  | Talk | Speaker |
      |-------|------|---------|
      | 09:30 | Running Nomad at the Edge | Priya Nandakumar (Tessellate Energy) |
      | 12:30 | Panel: platform teams in 2025 | various |

      ## Notes

      ### Nomad at the edge
      - a tiny Nomad cluster per site

      ### Terraform at 10k workspaces
      - one workspace per team per env, Terraform Cloud agents

      ### Packer golden images
      - Ansible for provisioning

      ### Panel
      - Skipped.
      `,
      `
      event Platform Days Berlin 2024 | 2024-10-15 | -
      talk 19 Nomad at the edge | Priya Nandakumar (Tessellate Energy) | nomad
      talk 22 Terraform at 10,000 Workspaces | Jonas Feldkamp (Quellbank) | terraform terraform-cloud
      talk 25 Golden Images with Packer and GitHub Actions | Lena Vogt (Halde Systems) | ansible github-actions packer
      talk 28 Panel: platform teams in 2025 | various | -
      `,
    );
  });

  test('a table with the speaker before the title, then notes per talk led by "1. 이름님 — short name" ("장보름님 + 서태웅님 — …"): each is its listed talk', () => {
    check(
      `
      HUG Seoul 2024년 6월 정기 밋업
      날짜: 2024-06-27 (목) 19:00

      | 순서 | 발표자 | 제목 | 비고 |
      |---|---|---|---|
      | 1 | 김하늘 (누리뱅크) | 테라폼 모듈 레지스트리 사내 구축기 | 호스트사 발표 |
      | 2 | 장보름, 서태웅 (이음커머스) | Packer로 만드는 골든 이미지 파이프라인 | 2인 발표 |

      ---

      1. 김하늘님 — 모듈 레지스트리
      - 사내 모듈 200개 넘어서 private registry 직접 구축

      2. 장보름님 + 서태웅님 — 골든 이미지
      - Packer HCL2 템플릿
      `,
      `
      event HUG Seoul 2024년 6월 정기 밋업 | 2024-06-27 | -
      talk 11 테라폼 모듈 레지스트리 사내 구축기 | 김하늘 (누리뱅크) | terraform
      talk 14 Packer로 만드는 골든 이미지 파이프라인 | 장보름 (이음커머스), 서태웅 (이음커머스) | hcl packer
      `,
      { plainText: true, name: 'hug.txt' },
    );
  });
});

describe('layouts first met in session 32', () => {
  test('a plain-text timetable of bullets "Title - Name (Org) (13:40~14:20)": the slot\'s time in brackets after the line is no part of it', () => {
    check(
      `
      청주 클라우드 모임 3월 세미나
      2025년 3월 15일 / 오창 과학단지 세미나실

      * 오프닝 (13:30~13:40)
      * 테라폼 모듈 버전 관리 - 권도윤 (오창랩스) (13:40~14:20)
          - Terraform 모듈 레지스트리를 사내에 둠.
      * 쉬는 시간 (14:20~14:30)
      * 라이트닝 토크: Grafana 알림 정리 - 문하람 (개인) (14:30~14:40)
          - Grafana 알림 규칙을 코드로 관리.
      `,
      `
      event 청주 클라우드 모임 3월 세미나 | 2025-03-15 | 오창 과학단지 세미나실
      talk 5 테라폼 모듈 버전 관리 | 권도윤 (오창랩스) | terraform
      talk 8 Grafana 알림 정리 | 문하람 | grafana
      `,
      { plainText: true },
    );
  });

  test('plain text: "15:20  2부" then "3) Title" with no blank line between is a part\'s label and a numbered talk (markdown lets only 1 interrupt a paragraph); "라이트닝)" before a title is its kind', () => {
    check(
      `
      광주 데브옵스 밋업 6월
      2025년 6월 7일

      13:30  1부
      1. Packer로 골든 이미지 굽기
         발표: 오세린 @ 빛고을소프트
         - Packer 템플릿을 정리함.

      15:00  2부
      3) Vault 시크릿 회전 자동화
         염태오, 진서하 (무등클라우드)
         - Vault 동적 시크릿으로 DB 계정 회전.

      4) 라이트닝) Jenkins 없애기 — 하도겸 (개인)
         - GitHub Actions로 옮김.
      `,
      `
      event 광주 데브옵스 밋업 6월 | 2025-06-07 | -
      talk 5 Packer로 골든 이미지 굽기 | 오세린 (빛고을소프트) | packer
      talk 10 Vault 시크릿 회전 자동화 | 염태오 (무등클라우드), 진서하 (무등클라우드) | vault
      talk 14 Jenkins 없애기 | 하도겸 | github-actions jenkins
      `,
      { plainText: true },
    );
  });

  test('a timetable of panels: "패널: A (X), B (Y)" or "Panelists — …" under a timed title names its people; the notes after the "사회:" line are the panel\'s; "종료" and an untitled "오픈 토크" are no talks', () => {
    check(
      `
      인프라 토크 나이트 #4
      2025년 4월 10일, 판교 스페이스홀

      19:30 [패널 1] 배포는 누가 멈추나
        패널: 한서윤 (가온페이), Maria Lopez (스텔라랩)
        사회: 권나래
        - 한서윤: Argo CD 동기화 창으로 금요일 배포 차단.
        - Maria: Spinnaker 파이프라인 수동 승인.

      20:20 [패널 2] 관측 비용 줄이기
        패널리스트 — 윤재희 (누리게임즈), 서도훈 (바다로지스)
        사회: 권나래
        - Elasticsearch 보존 기간을 7일로.

      21:00 오픈 토크 (주제 없이 질문 받기)
        - Kubernetes 질문이 대부분.

      21:30 종료
      `,
      `
      event 인프라 토크 나이트 #4 | 2025-04-10 | 판교 스페이스홀
      talk 4 배포는 누가 멈추나 | 한서윤 (가온페이), Maria Lopez (스텔라랩) | argo-cd spinnaker
      talk 10 관측 비용 줄이기 | 윤재희 (누리게임즈), 서도훈 (바다로지스) | elasticsearch
      `,
      { plainText: true },
    );
  });

  test('an event\'s name with its translation in brackets ("… Meetup Seoul #7 (… 밋업 서울)") is no talk of a person; a sponsors\' line is no talk; "**LT — Name**: Title" names its speaker', () => {
    check(
      `
      # Cloud Cost Meetup Busan #3 (클라우드 비용 밋업 부산)

      2025년 2월 20일, 서면 라운지

      스폰서: 누리클라우드 (비용 최적화 컨설팅) — 커피 제공

      **정다은 (파도물류)**: Karpenter로 노드 비용 절반
      - Karpenter 통합 설정.

      **LT — 백승호**: Kubecost 대시보드 읽는 법
      - Kubecost 알림.
      `,
      `
      event Cloud Cost Meetup Busan #3 | 2025-02-20 | 서면 라운지
      talk 7 Karpenter로 노드 비용 절반 | 정다은 (파도물류) | karpenter
      talk 10 Kubecost 대시보드 읽는 법 | 백승호 | kubecost
      `,
    );
  });

  test('a timetable pasted with its tracks before the times ("Track A 10:00-10:40 Title / Name（Org）"), notes indented under some rows, no blank lines between', () => {
    check(
      `
      # 仙台インフラ祭り 2025 メモ

      - 日付: 2025-09-13 (土)

      09:30-10:00 受付
      Track A 10:00-10:40 Terraform を捨てなかった話 / 佐藤 一樹（株式会社アオバ）
        - Terraform の state を分割
      Track B 10:00-10:40 Nomad 入門 / 千葉 遥（フリーランス）
      Room 2 10:50-11:30 Vault の監査ログ / Maya Ito（Kirin Labs）
        - Vault audit device
      `,
      `
      event 仙台インフラ祭り 2025 | 2025-09-13 | -
      talk 6 Terraform を捨てなかった話 | 佐藤 一樹 (株式会社アオバ) | terraform
      talk 8 Nomad 入門 | 千葉 遥 | nomad
      talk 9 Vault の監査ログ | Maya Ito (Kirin Labs) | vault
      `,
    );
  });

  test('a trip report\'s numbered sessions: "ご登壇：Org Name様" names the speaker; the talks listed under "(4) ライトニングトーク（3本）" are lightning talks', () => {
    check(
      `
      出張報告書
      件名：「クラウド運用カンファレンス福岡 2025」参加報告
      日時：2025年5月16日（金）

      (1) 「Terraform のテストを書く文化」
      ご登壇：株式会社ハカタクラウド 中村 彩様
      ・Terraform test を CI で実行

      (2) 「Grafana で始める SLO」
      登壇者：天神システム株式会社 森 大地氏
      ・Grafana の SLO プラグイン

      (4) ライトニングトーク（3本）
      ・「Packer でイメージを焼く」 株式会社ナカス 坂本 悠氏
      `,
      `
      event クラウド運用カンファレンス福岡 2025 | 2025-05-16 | -
      talk 5 Terraform のテストを書く文化 | 中村 彩 (株式会社ハカタクラウド) | terraform
      talk 9 Grafana で始める SLO | 森 大地 (天神システム株式会社) | grafana
      talk 14 Packer でイメージを焼く | 坂本 悠 (株式会社ナカス) | packer
      `,
      { plainText: true },
    );
  });

  test('headings with session codes ("### 【A-3】Title — Org / Name"): the code is no organisation, the organisation before the slash is the speaker\'s; the talks under "### 【A-5】LT大会（5本）" are lightning talks', () => {
    check(
      `
      # 岐阜クラウドデイ 2025 参加レポート

      2025年3月8日（土）開催。

      ### 【A-1】Nomad で工場のバッチを動かす
      登壇：株式会社ミノ精工 長屋 圭

      - Nomad の system job

      ### 【A-3】Consul で拠点をつなぐ — 飛騨ネット株式会社 / 高山 瞳
      - Consul の WAN federation

      ### 【A-5】LT大会（3本）
      - 「Packer 小ネタ集」 大野 蓮（フリーランス）
      `,
      `
      event 岐阜クラウドデイ 2025 | 2025-03-08 | -
      talk 5 Nomad で工場のバッチを動かす | 長屋 圭 (株式会社ミノ精工) | nomad
      talk 10 Consul で拠点をつなぐ | 高山 瞳 (飛騨ネット株式会社) | consul
      talk 14 Packer 小ネタ集 | 大野 蓮 | packer
      `,
    );
  });

  test('speakers first with a dash: two people of one organisation ("A & B (Org) — Title"), and "Keynote — Name (Org) — Title" (the title after the speaker, not a remark)', () => {
    check(
      `
      Cloud Native Day Kobe 2025 — notes
      Sat 17 May 2025 · Harbor Hall, Kobe

      🎤 Keynote — Aiko Mori (Kobe Cloud Native community) — Five Years of Kubernetes by the Sea
      💡 history of the meetup

      🎤 Lena Fischer & Tom Baker (Umi Games) — Running Agones with Argo CD
      🛠️ Agones fleets synced by Argo CD
      `,
      `
      event Cloud Native Day Kobe 2025 | 2025-05-17 | Harbor Hall, Kobe
      talk 4 Five Years of Kubernetes by the Sea | Aiko Mori (Kobe Cloud Native community) | kubernetes
      talk 7 Running Agones with Argo CD | Lena Fischer (Umi Games), Tom Baker (Umi Games) | agones argo-cd
      `,
      { plainText: true },
    );
  });

  test('a webinar\'s timed log: the host introduces each speaker ("introduces the first speaker: Name, role at Org, who will talk about "Title"", "brings on Name, … whose talk is called "…"", "Name from Org, with a lightning talk: "…"")', () => {
    check(
      `
      # Notes — "Ops Evenings" webinar, ep. 3

      Zoom, Tue 2025-02-11, 18:00 CET.

      [00:01:10] Waiting room, 90 people in.
      [00:03:00] Sanne introduces the first speaker: Jonas Berg, staff SRE at Fjordline Freight, who will talk about "Packer Images Without Tears".
      [00:05:30] Packer builds the base AMIs every Monday.
      [00:31:00] Next, Sanne brings on Amara Obi, platform lead at Tidepool, whose talk is called "Consul Without the Mesh".
      [00:33:40] Consul for service discovery only.
      [00:58:00] Sanne introduces the last speaker, Piotr Nowak from Wisla Data, with a lightning talk: "Ten Minutes of Terraform Testing".
      [01:01:00] terraform test in CI.
      `,
      `
      event "Ops Evenings" webinar, ep. 3 | 2025-02-11 | -
      talk 6 Packer Images Without Tears | Jonas Berg (Fjordline Freight) | aws-ami packer
      talk 8 Consul Without the Mesh | Amara Obi (Tidepool) | consul
      talk 10 Ten Minutes of Terraform Testing | Piotr Nowak (Wisla Data) | terraform
      `,
    );
  });

  test('plain text: "■1本目" then the talk\'s line; titles in 〈〉 or ≪≫; two full names in kanji joined by ・ or と share the organisation after them', () => {
    check(
      `
      京都インフラ勉強会 #5 メモ
      2025/06/21(土) 14:00〜

      ■1本目
      〈Terraform の state を分ける〉 松田浩二・西村彩（株式会社カモガワ）
      ・Terraform の moved ブロック

      ■2本目
      ≪Nomad で夜間バッチ≫ 岡田翔と藤井あかり（フシミ電機）
      ・Nomad の periodic job
      `,
      `
      event 京都インフラ勉強会 #5 | 2025-06-21 | -
      talk 5 Terraform の state を分ける | 松田浩二 (株式会社カモガワ), 西村彩 (株式会社カモガワ) | terraform
      talk 9 Nomad で夜間バッチ | 岡田翔 (フシミ電機), 藤井あかり (フシミ電機) | nomad
      `,
      { plainText: true },
    );
  });

  test('a reStructuredText note: titles underlined with "~" or "^" are headings (a "~~~~" line opens no code block), ":Title:" and ":Speaker:" fields under "Session 2" name its talk', () => {
    check(
      `
      ==============================
      Ops Summit Ulsan 2024 -- notes
      ==============================

      :Date: 2024-10-05

      Keynote: Budgets are contracts -- Min-ji Ko (Taehwa Mobility)
      ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

      * Prometheus recording rules for every SLO

      Session 2
      ^^^^^^^^^

      :Title: Ansible at the port
      :Speaker: Rafael Dias, Harbor Lines

      * Ansible roles run from Jenkins

      Lightning talks
      ~~~~~~~~~~~~~~~

      Packer in five minutes -- Ha-eun Lim, Ulsan Data Lab
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

      * Packer builds the base images
      `,
      `
      event Ops Summit Ulsan 2024 | 2024-10-05 | -
      talk 7 Keynote: Budgets are contracts | Min-ji Ko (Taehwa Mobility) | prometheus
      talk 15 Ansible at the port | Rafael Dias (Harbor Lines) | ansible jenkins
      talk 23 Packer in five minutes | Ha-eun Lim (Ulsan Data Lab) | packer
      `,
      { plainText: true },
    );
  });

  test('a virtual summit\'s bold times with the zone twice ("**15:00 UTC (08:00 PT)**", "— Opening keynote" after it) head the talk on the next line; "with Name (Org)" after a quoted title; "A and B, both from Org"', () => {
    check(
      `
      # Cloud Ops Summit 2025 (virtual) — notes

      Oct 7, 2025.

      **15:00 UTC (08:00 PT)** — Opening keynote
      "Platforms Are Products" — Rosa Lind, CTO at Veloreef
      - Argo CD for every team

      **15:45 UTC (08:45 PT)**
      Talk: "Cilium Without the Hype" with Oskar Berg (Tallskog Networks)
      - Cilium as CNI

      **16:30 UTC (09:30 PT)**
      Talk: Karpenter in Anger
      Speakers: Farah Quinn and Ben White, both from Pinecrest Health
      - Karpenter replaced Cluster Autoscaler
      `,
      `
      event Cloud Ops Summit 2025 | 2025-10-07 | -
      talk 6 Platforms Are Products | Rosa Lind (Veloreef) | argo-cd
      talk 10 Cilium Without the Hype | Oskar Berg (Tallskog Networks) | cilium
      talk 14 Karpenter in Anger | Farah Quinn (Pinecrest Health), Ben White (Pinecrest Health) | cluster-autoscaler karpenter
      `,
    );
  });

  test('a study group\'s day: a chapter someone presented ("7장. … (발제: …)") is a talk, "## 게스트 세션 1" over a bold title is a label, "## 게스트 세션 2 — Title" loses it; "다음 주 (8주차)" and "개인 TODO" are no talks', () => {
    check(
      `
      # 테라폼 스터디 5주차 (+ 게스트 세션)

      - 날짜: 2025년 4월 12일 토요일

      ## 7장. 모듈 설계 (발제: 여민호)
      - Terraform 모듈 버전 고정.

      ## 게스트 세션 1
      **Terraform Cloud 없이 PR마다 plan 돌리기**
      연사: 주하람 님 (바람커머스 인프라팀)
      - GitHub Actions로 plan 결과를 PR에.

      ## 게스트 세션 2 — Vault로 프로바이더 자격 증명 없애기
      발표자 탁하준 (온길핀테크 SRE)
      - Vault AWS 시크릿 엔진.

      ## 다음 주 (6주차)
      - 8장. 테스트 — 발제: 여민호

      ## 개인 TODO
      - Terraform test 써보기
      `,
      `
      event 테라폼 스터디 5주차 | 2025-04-12 | -
      talk 5 7장. 모듈 설계 | 여민호 | terraform
      talk 9 Terraform Cloud 없이 PR마다 plan 돌리기 | 주하람 (바람커머스) | github-actions terraform terraform-cloud
      talk 13 Vault로 프로바이더 자격 증명 없애기 | 탁하준 (온길핀테크) | aws vault
      `,
    );
  });

  test('full-width digits: a date "令和7年２月８日（土）" and "■ １３：１０〜１３：５０" alone over a quoted title', () => {
    check(
      `
      姫路インフラ勉強会　第３回　メモ
      令和7年２月８日（土）１３：００〜

      ■ １３：１０〜１３：５０
      「Ansible で城下町のサーバを守る」
      　株式会社シラサギ　小林 真央さん
      　・Ansible の playbook を毎晩実行
      `,
      `
      event 姫路インフラ勉強会　第３回 | 2025-02-08 | -
      talk 5 Ansible で城下町のサーバを守る | 小林 真央 (株式会社シラサギ) | ansible
      `,
      { plainText: true },
    );
  });

  test('a live thread\'s posts: ""Title" — Dr. Name, role at Org." names the talk (a title before the name, the role and organisation after a comma)', () => {
    check(
      `
      # thread — SRE Day Porto 2025 (posted live)

      1/ Here at SRE Day Porto, Oct 2, 2025.

      2/ Opening keynote: "Budgets Are Conversations" — Dr. Ana Lobo, VP Reliability at Ribeira Pay. Prometheus everywhere.

      3/ "Nomad at the Edge" by Rui Sousa, Douro Media. Nomad clients in 40 shops.
      `,
      `
      event SRE Day Porto 2025 | 2025-10-02 | -
      talk 5 Budgets Are Conversations | Ana Lobo (Ribeira Pay) | prometheus
      talk 7 Nomad at the Edge | Rui Sousa (Douro Media) | nomad
      `,
    );
  });

  test('two Korean speakers joined by 과 or 와 share the organisation after a slash ("오민석과 윤채원 / 파랑데이터")', () => {
    check(
      `
      부산 데브옵스 봄 밋업
      2025.04.19 (토)

      [세션 1] Jenkins에서 GitHub Actions로
        도하람과 설지유 / 파도데이터
        - GitHub Actions self-hosted runner
      `,
      `
      event 부산 데브옵스 봄 밋업 | 2025-04-19 | -
      talk 4 Jenkins에서 GitHub Actions로 | 도하람 (파도데이터), 설지유 (파도데이터) | github-actions jenkins
      `,
      { plainText: true },
    );
  });

  test('live posts with a tag on every line: the organisation said before the speaker loses the talk\'s place ("1本目：", "LT2：") and the speaker\'s handle ("@handle／Org")', () => {
    check(
      `
      Kubernetes Meetup Nara #2 の実況まとめ
      日時: 2025/06/13(金) 19:00〜

      19:02 #k8snara 会場着いた
      19:12 #k8snara 1本目：株式会社ナラクラウドの鹿島さん「Karpenter で夜間のノードを半分に」
      19:14 #k8snara Karpenter の NodePool を用途別に
      19:31 #k8snara 2本目は若草さん（@wakakusa_sre／合同会社カスガ）の「Cilium で kube-proxy を消す」
      19:33 #k8snara Cilium の eBPF 説明が丁寧
      20:16 #k8snara LT2：フリーランスの飛鳥さん「自宅ラボで k3s」
      20:18 #k8snara k3s を Raspberry Pi で
      `,
      `
      event Kubernetes Meetup Nara #2 | 2025-06-13 | -
      talk 5 Karpenter で夜間のノードを半分に | 鹿島 (株式会社ナラクラウド) | karpenter
      talk 7 Cilium で kube-proxy を消す | 若草 (合同会社カスガ) | cilium ebpf kube-proxy
      talk 9 自宅ラボで k3s | 飛鳥 | k3s
      `,
    );
  });

  test('"Speaker(s): A (X), B (Y), C (Z)" under a title names three or four speakers; "Breakout 1:" before a title is its kind', () => {
    check(
      `
      HashiConf 2025 — day 1 notes
      Tue Oct 14, 2025 · Seaport Hall, Boston

      Breakout 1: Consul on Kubernetes at a Telco
      Speaker(s): Mateo Ruiz (Lakeshore Telecom), Hanna Kovac (Lakeshore Telecom), Deepa Iyer (HashiCorp), Yvonne Baptiste (Lakeshore Telecom)
       * Consul service mesh on 14 clusters

      Golden Images: Packer Pipelines
      Speaker(s): Oskar Lund (Tallbridge Pharma), Grace Whitaker (Tallbridge Pharma)
       * Packer and Ansible
      `,
      `
      event HashiConf 2025 | 2025-10-14 | Seaport Hall, Boston
      talk 4 Consul on Kubernetes at a Telco | Mateo Ruiz (Lakeshore Telecom), Hanna Kovac (Lakeshore Telecom), Deepa Iyer (HashiCorp), Yvonne Baptiste (Lakeshore Telecom) | consul consul-connect kubernetes
      talk 8 Golden Images: Packer Pipelines | Oskar Lund (Tallbridge Pharma), Grace Whitaker (Tallbridge Pharma) | ansible packer
      `,
      { plainText: true },
    );
  });

  test('the organisation, then its people, in square brackets before the title ("[우주커머스 김철수] Title", "[별빛게임즈 / 이수민, 장태오] Title", "[개인 / 박준영] 라이트닝: Title")', () => {
    check(
      `
      분당 클라우드 밋업 #7 메모
      2025.05.22 (목) 19:00

      [하늘커머스 권태민] Argo CD로 배포 표준화
       - Argo CD ApplicationSet

      [달빛게임즈 / 윤서아, 모지훈] Cilium 전환기
       - Cilium eBPF

      [개인 / 백도윤] 라이트닝: 집에서 k3s 굴리기
       - k3s 세 대
      `,
      `
      event 분당 클라우드 밋업 #7 | 2025-05-22 | -
      talk 4 Argo CD로 배포 표준화 | 권태민 (하늘커머스) | argo-cd
      talk 7 Cilium 전환기 | 윤서아 (달빛게임즈), 모지훈 (달빛게임즈) | cilium ebpf
      talk 10 집에서 k3s 굴리기 | 백도윤 | k3s
      `,
      { plainText: true },
    );
  });

  test('the talks listed in a YAML block pasted into the note ("```yaml", "talks:", "- title: …", "speaker: …") are its talks, on their lines', () => {
    check(
      `
      # 쿠버네티스 대전 밋업 2025 Q2 정리

      운영진이 올린 세션 목록:

      \`\`\`yaml
      event: Kubernetes Daejeon Meetup 2025 Q2
      talks:
        - title: "Karpenter로 노드 비용 줄이기"
          speaker: 정하윤 (바람물류)
        - title: "Argo CD로 배포 정리하기"
          speaker: 오세린 / 구름다리클라우드
      \`\`\`

      ## 메모
      - 피자 맛있었음
      `,
      `
      event 쿠버네티스 대전 밋업 2025 Q2 | 2025 | -
      talk 8 Karpenter로 노드 비용 줄이기 | 정하윤 (바람물류) | karpenter
      talk 10 Argo CD로 배포 정리하기 | 오세린 (구름다리클라우드) | argo-cd
      `,
    );
  });

  test('a calendar\'s events pasted as text: "SUMMARY:" is the title (a kind before a dash left out), "DESCRIPTION:" in the same event names the speakers; "SUMMARY:Lunch" is no talk', () => {
    check(
      `
      # Ulsan Infra Day 2025

      BEGIN:VEVENT
      DTSTART:20250919T093000
      SUMMARY:Keynote - Ten Years of Kubernetes at a Shipyard
      DESCRIPTION:Speaker: Park Jiwon, VP Platform @ Taehwa Heavy
      END:VEVENT
        > Kubernetes since 2016, 60 clusters now.

      BEGIN:VEVENT
      SUMMARY:Lunch
      DESCRIPTION:Boxes in the lobby.
      END:VEVENT

      BEGIN:VEVENT
      SUMMARY:Vault Secrets Operator in practice
      DESCRIPTION:Seo Minjae and Lauren Becker (Gwangan Securities)
      END:VEVENT
        > Vault as backend.
      `,
      `
      event Ulsan Infra Day 2025 | 2025-09-19 | -
      talk 5 Ten Years of Kubernetes at a Shipyard | Park Jiwon (Taehwa Heavy) | kubernetes
      talk 16 Vault Secrets Operator in practice | Seo Minjae (Gwangan Securities), Lauren Becker (Gwangan Securities) | vault vault-secrets-operator
      `,
    );
  });

  test('session pages pasted one after another between rows of dashes ("タイトル:", "登壇者: 名前 ｜ 所属: 会社", "概要: …" then "-----"): no heading of three lines, "登壇者 / 所属: 名前 / 会社" names the speaker', () => {
    check(
      `
      Cloud Native Kobe 2025 聴講メモ
      日付: 2025-03-08(土)

      ------------------------------------------------------------
      タイトル: Argo CDで100クラスタを捌く
      登壇者: 松永 航 ｜ 所属: 株式会社シオサイテック
      概要: Argo CDのApplicationSetで管理しています。
      ------------------------------------------------------------
      感想
      - Argo CD の cluster generator

      ------------------------------------------------------------
      タイトル: Terraformモジュール設計とガバナンス
      登壇者 / 所属: 大川 美紀 / ミズホシ証券システム株式会社
      概要: Terraformを安全に使うための仕組み。
      ------------------------------------------------------------
      感想
      - Terraform のモジュールレジストリ
      `,
      `
      event Cloud Native Kobe 2025 | 2025-03-08 | -
      talk 5 Argo CDで100クラスタを捌く | 松永 航 (株式会社シオサイテック) | argo-cd
      talk 13 Terraformモジュール設計とガバナンス | 大川 美紀 (ミズホシ証券システム株式会社) | terraform
      `,
      { plainText: true },
    );
  });

  test('a timetable, then notes under headings that name each talk short with its speaker by the family name ("### Backstage (岡田さん)")', () => {
    check(
      `
      # Platform Day Himeji 2025

      日付: 2025-05-24

      | 時間 | タイトル | 登壇者 |
      |------|----------|--------|
      | 10:00 | オープニング | 実行委員会 |
      | 11:00 | Backstageで始める開発者体験の可視化 | 岡田 真央 (ミナト電子株式会社) |
      | 13:30 | GitHub Actionsの共通ワークフロー運用 | 西田 あかり (株式会社ハーバーテック) |

      ## メモ

      ### Backstage (岡田さん)
      - Argo CD プラグイン

      ### GitHub Actions (西田さん)
      - Amazon EKS 上の runner
      `,
      `
      event Platform Day Himeji 2025 | 2025-05-24 | -
      talk 13 Backstageで始める開発者体験の可視化 | 岡田 真央 (ミナト電子株式会社) | argo-cd backstage
      talk 16 GitHub Actionsの共通ワークフロー運用 | 西田 あかり (株式会社ハーバーテック) | aws-eks github-actions
      `,
    );
  });

  test('titles put as questions ("Q. 도커 이미지, 왜 아직도 2GB인가요?") with "발표: Name (Org)" below are talks without their "Q."; "参加者への情報" and "Hosted by" are no talks', () => {
    check(
      `
      울산 DevOps 모임 3회 메모
      2025.05.24 토요일

      Q. 도커 이미지, 왜 아직도 2GB인가요?
      발표: 윤서준 (태화랩스)
      - Docker 멀티 스테이지 빌드

      Q. 테라폼 state 파일, 어디에 두세요?
      발표: 조민혁 (바다로물류)
      - Terraform S3 백엔드
      `,
      `
      event 울산 DevOps 모임 3회 | 2025-05-24 | -
      talk 4 도커 이미지, 왜 아직도 2GB인가요? | 윤서준 (태화랩스) | docker
      talk 8 테라폼 state 파일, 어디에 두세요? | 조민혁 (바다로물류) | aws-s3 terraform
      `,
      { plainText: true },
    );
  });

  test('a timetable with 연사 and 소속 columns, then "### 포털 세션 (추하늘)" notes: a heading naming the talk short and its speaker whole is that talk', () => {
    check(
      `
      # 대구 클라우드 데이 2025

      > 2025-06-21 (토)

      | 시간 | 세션 | 연사 | 소속 |
      |---|---|---|---|
      | 10:15 | Backstage로 사내 개발자 포털 만들기 | 추하늘 | 팔공테크 |
      | 13:45 | GitHub Actions 러너를 k8s 위에서 | 남도윤 | 동촌랩 |

      ## 세션별 메모

      ### 포털 세션 (추하늘)
      - Backstage 플러그인으로 Argo CD 상태 표시

      ### 러너 세션 (남도윤)
      - actions-runner-controller로 러너를 파드로
      `,
      `
      event 대구 클라우드 데이 2025 | 2025-06-21 | -
      talk 12 Backstage로 사내 개발자 포털 만들기 | 추하늘 (팔공테크) | argo-cd backstage
      talk 15 GitHub Actions 러너를 k8s 위에서 | 남도윤 (동촌랩) | actions-runner-controller github-actions kubernetes
      `,
    );
  });
});

describe('layouts first met in session 33', () => {
  test('a recap whose sentences name a marked title, a person with 님 or さん and a word for a talk, in any order, is a list of talks; brackets around an organisation or words someone said are no title', () => {
    check(
      `
      # 대전 IaC 모임 5회 후기

      2025년 5월 10일, 둔산 창업센터. 운영진 송하은 님이 "오늘은 비 와도 만석"이라고 자랑.

      첫 발표는 **테라폼 모듈 버전 고정하기**였고 발표자는 남태림 님(한밭소프트).
      - Terraform 모듈을 태그로 고정.

      이어서 《Vault 감사 로그 읽는 법》이라는 발표를 구슬아 님(계룡데이터)이 했다.
      - Vault 감사 로그를 Loki로 보냄.

      마지막은 라이트닝으로 변지후 님(개인)의 **Helm 차트 린트 5분 컷**.
      - Helm lint를 CI에.
      `,
      `
      event 대전 IaC 모임 5회 | 2025-05-10 | 둔산 창업센터
      talk 5 테라폼 모듈 버전 고정하기 | 남태림 (한밭소프트) | terraform
      talk 8 Vault 감사 로그 읽는 법 | 구슬아 (계룡데이터) | grafana-loki vault
      talk 11 Helm 차트 린트 5분 컷 | 변지후 | helm
      `,
    );
    check(
      `
      # 岡山インフラ勉強会 #4

      2025年2月8日、岡山駅前の貸会議室。

      最初は《Terraform の state 分割》。登壇は原口さん（株式会社キビデータ）。
      - Terraform の state をチームごとに分けた。

      最後の発表は、西大寺ソフトの三宅さんで《Ansible で拠点ルーターを揃える》。
      - Ansible のインベントリを Git で管理。

      懇親会で隣の佐伯さんは「株式会社カモメ技研」の SRE で、次回は発表もしたいとのこと。
      `,
      `
      event 岡山インフラ勉強会 #4 | 2025-02-08 | 岡山駅前の貸会議室
      talk 5 Terraform の state 分割 | 原口 (株式会社キビデータ) | terraform
      talk 8 Ansible で拠点ルーターを揃える | 三宅 (西大寺ソフト) | ansible git
      `,
    );
  });

  test('posts separated by "---" with no blank line before it are posts, not setext headings; hashtags after a line, a lead before 「Title」 and "東京から…さん。" around a speaker are no part of the talk', () => {
    check(
      `
      # 福岡クラウド勉強会 #3
      2025/01/17(金) 19:00〜 @ 天神テックラウンジ

      ---
      会場着いた。 #fkcloud
      ---
      いま西島さん(博多ソフト)の発表「Terraform の plan を速くする」 #fkcloud
      ---
      plan が 10 分 → 2 分。Terraform の state 分割が効いたとのこと #fkcloud
      ---
      続いて「Argo CD でアプリを 300 個配る」
      登壇は立花 由衣さん / 株式会社ハカタ物流 #fkcloud
      ---
      ApplicationSet で生成。Argo CD の sync wave が鍵 #fkcloud
      ---
      LT1: 宮本さん(フリーランス)「Grafana のダッシュボード断捨離」 #fkcloud
      ---
      最後は遠隔登壇で「Vault で秘密を配る」
      大阪から森さん(ナニワクラウド)。 #fkcloud
      ---
      Vault の Agent で配布。
      `,
      `
      event 福岡クラウド勉強会 #3 | 2025-01-17 | 天神テックラウンジ
      talk 7 Terraform の plan を速くする | 西島 (博多ソフト) | terraform
      talk 11 Argo CD でアプリを 300 個配る | 立花 由衣 (株式会社ハカタ物流) | argo-cd
      talk 16 Grafana のダッシュボード断捨離 | 宮本 | grafana
      talk 18 Vault で秘密を配る | 森 (ナニワクラウド) | vault
      `,
    );
  });

  test('phone shorthand: "talk: Title" then "spk: Name @ Org"; "Opening keynote — Name, CTO of Org: "Title""', () => {
    check(
      `
      kubecon na d1  tue 11 nov 2025
      atlanta, typed on phone

      talk: gitops at 300 clusters - what broke
      spk: Lena Ortiz @ Pinecrest Bank
      - Argo CD sharding, one controller per 50 clusters

      talk: crossplane for app teams
      spk: Omar Haddad + Rui Sato @ Tallgrass Retail
      - Crossplane compositions instead of Terraform modules
      `,
      `
      event kubecon na d1 | 2025-11-11 | -
      talk 4 gitops at 300 clusters - what broke | Lena Ortiz (Pinecrest Bank) | argo-cd
      talk 8 crossplane for app teams | Omar Haddad (Tallgrass Retail), Rui Sato (Tallgrass Retail) | crossplane terraform
      `,
      { plainText: true },
    );
    check(
      `
      # NorthOps 2025 — week notes

      Oslo, Mon 3 – Tue 4 Mar 2025

      ## Tue 4

      Opening keynote — Siri Dahl, CTO of Fjellbank: "Platforms Nobody Notices"
      - Kubernetes only where it pays

      10:30 "Packer Images in Ten Minutes" (Arne Vik, Havdata)
      - Packer builds cached per layer

      "Consul at the Edge" — Mari Eide, Nordlys Energi
      - Consul on ships
      `,
      `
      event NorthOps 2025 | 2025-03-03..2025-03-04 | -
      talk 7 Platforms Nobody Notices | Siri Dahl (Fjellbank) | kubernetes
      talk 10 Packer Images in Ten Minutes | Arne Vik (Havdata) | packer
      talk 13 Consul at the Edge | Mari Eide (Nordlys Energi) | consul
      `,
    );
  });

  test('"kind: Deployment" in a pasted manifest is a key, not KinD; "kind create cluster" is KinD', () => {
    check(
      `
      # Local Clusters Meetup #2
      2025-04-02, Lyon

      ## Testing charts with kind - Aline Roux (Cabriolet)
      - kind create cluster in CI, one node image per Kubernetes version

      ## Deployments without drama - Hugo Marchand (Rillette)
      - the E2E manifest they showed:

      kind: Deployment
      replicas: 3
      `,
      `
      event Local Clusters Meetup #2 | 2025-04-02 | Lyon
      talk 4 Testing charts with kind | Aline Roux (Cabriolet) | kind kubernetes
      talk 7 Deployments without drama | Hugo Marchand (Rillette) | -
      `,
    );
  });

  test('an outliner\'s page (Roam): one top item for the day, the talks one level under it with notes under them; [[links]] and #[[tags]] read as their text, Dendron\'s [[Name|path]] as the name', () => {
    check(
      `
      # March 3rd, 2025

      - #[[SREcon Americas]] 2025 — day 1, [[Hyatt Regency Santa Clara]]
          - arrived early, breakfast burritos
          - **Keynote** "Reliability Is a Team Sport" by [[Nadia Brooks]] (Larchmont Health)
              - Kubernetes upgrades as a team ritual
              - #[[culture]]
          - [[Terraform]] drift at 4,000 workspaces
              - [[Omar Reyes|people.omar-reyes]] + [[Lena Park]], Copperline
              - Terraform plan nightly
          - Prometheus remote write without tears
              - speaker: [[Jonas Weber]] from Stadtwerk Digital
              - Prometheus into Mimir
          - lunch, tacos
      - thoughts
          - try the Terraform drift job
      `,
      `
      event SREcon Americas 2025 | 2025-03-03 | -
      talk 5 Reliability Is a Team Sport | Nadia Brooks (Larchmont Health) | kubernetes
      talk 8 Terraform drift at 4,000 workspaces | Omar Reyes (Copperline), Lena Park (Copperline) | terraform
      talk 11 Prometheus remote write without tears | Jonas Weber (Stadtwerk Digital) | grafana-mimir prometheus
      `,
    );
  });

  test('a Scrapbox page with no bracketed headings: talks as " [Title]" with "  登壇: [Name]さん（Org）" under them; "次回は…" and "自チームの…" are nobody', () => {
    check(
      `
      Nara Infra Meetup #5 参加メモ
      [Nara Infra Meetup] #勉強会
       日時: 2025/02/14(金) 19:00〜
       会場: [ならテックベース] 3F
       
       [Terraform の state を分けた話]
        [吉村 拓]さん / 株式会社ヤマトロジ
        Terraform の state を環境ごとに分割
       
       [Helm chart をやめた話]
        登壇: [川島 葵]さん（カスガ株式会社）
        Helm の values が 900 行
       
       クロージング
        次回は 2025/4 予定
       
       [TODO]
        自チームの tfstate を見直す
      `,
      `
      event Nara Infra Meetup #5 | 2025-02-14 | ならテックベース 3F
      talk 6 Terraform の state を分けた話 | 吉村 拓 (株式会社ヤマトロジ) | terraform
      talk 10 Helm chart をやめた話 | 川島 葵 (カスガ株式会社) | helm
      `,
    );
  });

  test('"2. Org の Name さんの発表 → [Title](url)": a top-level item telling a talk, its title a link\'s text', () => {
    check(
      `
      # 博多 SRE 勉強会 #4
      2025年3月7日

      1. 株式会社ミナトリンクの森田さんの発表 → [Vault の動的シークレット入門](https://slides.example/mori)
         - Vault で DB の認証情報を発行
      2. 中洲テック株式会社の松尾さんの発表 → [Argo CD でアプリを配る](https://slides.example/matsuo)
         - 以前は Jenkins だった
      `,
      `
      event 博多 SRE 勉強会 #4 | 2025-03-07 | -
      talk 4 Vault の動的シークレット入門 | 森田 (株式会社ミナトリンク) | vault
      talk 6 Argo CD でアプリを配る | 松尾 (中洲テック株式会社) | argo-cd jenkins
      `,
    );
  });

  test('a timetable drawn with full-width bars between its cells only ("時間｜タイトル｜登壇者"), then notes per talk named short by its speaker', () => {
    check(
      `
      京都インフラ夜話 #9 メモ
      2025/05/16(金) 19:00〜 @ 四条テックホール

      ■タイムテーブル
      時間｜タイトル｜登壇者
      19:00｜開場・受付｜-
      19:20｜Karpenter でノード費用を削った話｜岸田 陽（株式会社カモガワ）
      19:50｜Ansible のテストを書く文化｜浜口 亮 / 伏見ネット
      20:20｜懇親会｜-

      ■メモ
      ・Karpenter（岸田さん）
        Karpenter の consolidation が効く
      ・Ansible のテスト（浜口さん）
        Molecule で Ansible をテスト
      `,
      `
      event 京都インフラ夜話 #9 | 2025-05-16 | 四条テックホール
      talk 12 Karpenter でノード費用を削った話 | 岸田 陽 (株式会社カモガワ) | karpenter
      talk 14 Ansible のテストを書く文化 | 浜口 亮 (伏見ネット) | ansible molecule
      `,
      { plainText: true },
    );
  });

  test('a chat memo "- Title / 김OO(Org)": a masked name is a person (its family name kept); "저녁 도시락 (…)" is dinner', () => {
    check(
      `
      청주 인프라 밋업 vol.2
      2025년 4월 10일 오창 스페이스

      - 쿠버네티스 업그레이드 자동화 / 김OO(클라우드온)
       ㄴ Kubernetes 1.30으로 올림
      - 저녁 도시락 (성심당 빵 나옴!!)
      - 테라폼 모듈 관리 / 박○○(한빛커머스)
       ㄴ Terraform 모듈별 태그
      `,
      `
      event 청주 인프라 밋업 vol.2 | 2025-04-10 | 오창 스페이스
      talk 4 쿠버네티스 업그레이드 자동화 | 김OO (클라우드온) | kubernetes
      talk 7 테라폼 모듈 관리 | 박○○ (한빛커머스) | terraform
      `,
      { plainText: true },
    );
  });

  test('"10:40 Track B — Title" with "발표 Name(Org)" under it; a question from the floor, "은지님 질문: …", is no talk', () => {
    check(
      `
      # 울산 클라우드 데이 2025

      2025년 6월 12일, 울산 컨벤션센터

      10:40 Track B — OpenTelemetry Collector 운영 실전
        발표 신유리(모아뱅크)
        - OTel Collector 게이트웨이 모드
        - 은지님 질문: 알람 룰 이관은 어떻게? → mimirtool로 일괄 변환

      11:40 Track A — Karpenter 스팟 중단 대응
        발표 배서연(딜리버리랩)
        - Karpenter 중단 처리
      `,
      `
      event 울산 클라우드 데이 2025 | 2025-06-12 | 울산 컨벤션센터
      talk 5 OpenTelemetry Collector 운영 실전 | 신유리 (모아뱅크) | opentelemetry
      talk 10 Karpenter 스팟 중단 대응 | 배서연 (딜리버리랩) | karpenter
      `,
    );
  });

  test('"## Ignite talks" with a line of introduction before its list: the items naming their speakers are talks; "## For me" is the writer\'s', () => {
    check(
      `
      # DevOpsDays Leipzig 2025

      Thu 9 Oct 2025, Kesselhaus, Leipzig

      ## Terraform at the Edge
      Speaker: Jana Novák (Stellwerk Hosting)
      - Terraform for the DNS side

      ## Ignite talks
      5 min / 20 slides auto-advance. Two I remember:
      - *Docker Compose in Prod, a Confession* — Emre Yıldız
      	- Docker Compose on one VM
      - *Backstage for a Small Team?* — Hanna Kowalczyk, Tinte & Co
      	- Backstage software templates only with 10 teams

      ## For me
      - look at AWX
      `,
      `
      event DevOpsDays Leipzig 2025 | 2025-10-09 | Kesselhaus, Leipzig
      talk 5 Terraform at the Edge | Jana Novák (Stellwerk Hosting) | terraform
      talk 11 Docker Compose in Prod, a Confession | Emre Yıldız | docker docker-compose
      talk 13 Backstage for a Small Team? | Hanna Kowalczyk (Tinte & Co) | backstage
      `,
    );
  });

  test('"LT4 Title ending like a sentence" with "@handle さん、Org の中の人とのこと" under it: the number labels the title, what the writer heard is no part of the organisation', () => {
    check(
      `
      # 名古屋 k8s 勉強会 #9

      2025/06/20 @ 名駅テックラウンジ

      LT1: @shiro_kubectl さん「k8s のリソース、みんなどうしてる？」
        - Kubernetes の VPA を使う

      LT2 Istio やめて Cilium Service Mesh にした
        @okazaki_sre さん、株式会社オカザキクラウドの中の人とのこと
        - Cilium の Gateway API 実装
      `,
      `
      event 名古屋 k8s 勉強会 #9 | 2025-06-20 | 名駅テックラウンジ
      talk 5 k8s のリソース、みんなどうしてる？ | shiro_kubectl | kubernetes vertical-pod-autoscaler
      talk 8 Istio やめて Cilium Service Mesh にした | okazaki_sre (株式会社オカザキクラウド) | cilium gateway-api istio
      `,
    );
  });

  test('"《기조연설》 『Title』 Name 님 (Org)": the kind in 《》 labels the title; "… 공동 발표" after two people; "패널 토크 (…) — 메모 안 함" is an untitled panel', () => {
    check(
      `
      플랫폼 엔지니어링 부산 2025 — 개인 메모
      2025.05.09 (금) / 센텀 컨벤션홀

      09:50 《기조연설》 『개발자 경험은 측정할 수 있는가』 서지안 님 (라온데이터)
        DORA 지표를 분기마다 측정.

      13:30 『Crossplane vs Terraform, 1년 써보고 말합니다』
        권나연 님, 황인규 님 (딜리버리랩) 공동 발표
        Crossplane과 Terraform 비교.

      15:00 패널 토크 (연사 3명 + 사회자) — 메모 안 함
      `,
      `
      event 플랫폼 엔지니어링 부산 2025 | 2025-05-09 | 센텀 컨벤션홀
      talk 4 개발자 경험은 측정할 수 있는가 | 서지안 (라온데이터) | -
      talk 7 Crossplane vs Terraform, 1년 써보고 말합니다 | 권나연 (딜리버리랩), 황인규 (딜리버리랩) | crossplane terraform
      `,
      { plainText: true },
    );
  });

  test('schedule items that are no talks: "Sessions I went to", "short break, drinks", "경품 추첨 및 마무리", "운영진 공지", "체크인, 아침"', () => {
    check(
      `
      # Cloud Night Daegu #4

      2025-08-21, Dongseong-ro Hub

      ## Sessions I went to

      ## Vault at a Bank - Mina Park (Suseong Pay)
      - Vault dynamic secrets

      ## short break, drinks

      ## 운영진 공지

      ## 체크인, 아침

      ## Helm Without Tears - Joon Lee (Apsan Labs)
      - Helm chart testing

      ## 경품 추첨 및 마무리
      `,
      `
      event Cloud Night Daegu #4 | 2025-08-21 | Dongseong-ro Hub
      talk 7 Vault at a Bank | Mina Park (Suseong Pay) | vault
      talk 16 Helm Without Tears | Joon Lee (Apsan Labs) | helm
      `,
    );
  });

  test('an item naming its speaker on its own line among items whose speakers are properties under them: a talk of the same list', () => {
    check(
      `
      - [[Kobe Infra Night]] #3
        type:: [[meetup]]
        date:: [[Jun 5th, 2025]]
        venue:: Rokko Cloud office, Harbor Bldg 3F, Kobe
        tags:: terraform, vault, hashicorp
      - went straight from work, arrived 18:50, ~45 people, onigiri + beer
      - organizers: [[Haruka Mori]] and someone from the HashiCorp Japan team
      - ## Talks
      	- Drift happens: hourly terraform plan with no humans in the loop — [[Haruka Mori]]
      	  org:: [[Rokko Cloud]]
      	  speaker:: [[Haruka Mori]]
      	  tags:: terraform, github-actions
      		- GitHub Actions cron runs \`terraform plan -detailed-exitcode\` for ~300 workspaces every hour
      		- exit code 2 → opens an issue with the diff, assigns CODEOWNERS of the module
      		- most drift came from people clicking in the console during incidents (of course)
      		- she took over the helm of the platform team in April and this was her first project
      		- #question how do they handle plans that need Vault creds? → OIDC to Vault, short TTL
      	- **Vault Agent injector vs. CSI driver, round 3** (Minato Pay)
      	  speaker:: [[Ken Ueda]], [[Sho Ito]]
      	  org:: [[Minato Pay]]
      		- they run both on Kubernetes, compared startup latency, rotation, blast radius
      		- injector: easier templates, but one more sidecar per pod
      		- CSI: no sidecar, but secret rotation needs the app to re-read files
      		- conclusion: CSI for new services, injector stays for the old ones. Pragmatic.
      		- Vault is on-prem, 5-node raft cluster, auto-unseal via their HSM
      	- break, 10 min
      		- chatted with [[Sho Ito]] about PCI audits, he hates them
      	- Consul service mesh on Nomad, the boring way
      	  speaker:: [[Yuna Oda]] ([[Sannomiya Labs]])
      		- Sannomiya Labs used to be a consulting shop, now they run their own SaaS on Nomad
      		- Nomad + Consul Connect, Envoy sidecars, ~120 jobs
      		- the "boring" part: no Kubernetes, two people run the whole thing
      		- upgrade story: Nomad 1.6 → 1.9 in one weekend, Consul lagging one version behind
      		- Yui: "we picked Nomad because we couldn't hire k8s people in Osaka" (debatable)
      `,
      `
      event Kobe Infra Night #3 | 2025-06-05 | Rokko Cloud office, Harbor Bldg 3F, Kobe
      talk 9 Drift happens: hourly terraform plan with no humans in the loop | Haruka Mori | github-actions terraform vault
      talk 18 Vault Agent injector vs. CSI driver, round 3 (Minato Pay) | Ken Ueda (Minato Pay), Sho Ito (Minato Pay) | kubernetes vault vault-agent
      talk 28 Consul service mesh on Nomad, the boring way | Yuna Oda (Sannomiya Labs) | consul consul-connect envoy kubernetes nomad
      `,
    );
  });

  test('a printed programme copied with dot leaders, "Title ........ Name (Org)", the organisation sometimes alone on the line below in brackets', () => {
    check(
      `
      神戸インフラ勉強会 vol.8 メモ
      2025/04/12(土) 13:00- @ ハーバーラボ

      13:10
      Terraform の state 分割、その後 ................ 中村 亮 (株式会社ナダクラウド)
        - Terraform の state を 40 個に分割

      13:50
      Prometheus を Mimir へ ........ 藤原 さくら
                                      (六甲データ工房)
        - Prometheus の長期保存
      `,
      `
      event 神戸インフラ勉強会 vol.8 | 2025-04-12 | ハーバーラボ
      talk 5 Terraform の state 分割、その後 | 中村 亮 (株式会社ナダクラウド) | terraform
      talk 9 Prometheus を Mimir へ | 藤原 さくら (六甲データ工房) | grafana-mimir prometheus
      `,
      { plainText: true },
    );
  });

  test('a plain-text numbered list of talks, one naming its speaker on its line, another on the line below, a break between them', () => {
    check(
      `
      Busan DevOps Meetup #15 — notes
      Thu 2025-09-25, Centum Tech Lounge

      1) Running Nomad on a shoestring — Priya Jenkins, Seaside Labs
         - 3 Nomad servers on tiny ARM instances

      -- break, 10 min, more pizza --

      2) LT: Redis on Kubernetes, Sentinel vs Cluster mode
         Nam-gung Hyun / Haedal Games
         - Redis Sentinel failover pain
      `,
      `
      event Busan DevOps Meetup #15 | 2025-09-25 | Centum Tech Lounge
      talk 4 Running Nomad on a shoestring | Priya Jenkins (Seaside Labs) | nomad
      talk 9 Redis on Kubernetes, Sentinel vs Cluster mode | Nam-gung Hyun (Haedal Games) | kubernetes redis redis-sentinel
      `,
      { plainText: true },
    );
  });
});

describe('layouts first met in session 34', () => {
  test('a plain line "Title, Name / Org" names its speaker before the slash and the organisation after it; not when a person follows the slash (no talk then: "Developer Experience" is no person of "Jane Doe")', () => {
    check(
      `
      ops summit lisbon 2024 -- notes
      Thu 14 Nov 2024, Armazem 7, Lisbon

      Opening: Where IaC goes next, Marta Sousa / Ribeira Systems
      - Terraform everywhere, OpenTofu in the hallway.

      Cost reviews without tears, Jonas Albrecht / Tejo Logistics
        Atlantis plans on every PR, Infracost comments.

      Platform work, Developer Experience / Jane Doe
        no idea what this was, skipped it.
      `,
      `
      event ops summit lisbon 2024 | 2024-11-14 | Armazem 7, Lisbon
      talk 4 Opening: Where IaC goes next | Marta Sousa (Ribeira Systems) | opentofu terraform
      talk 7 Cost reviews without tears | Jonas Albrecht (Tejo Logistics) | atlantis infracost
      `,
    );
  });

  test('an indented line under a plain title names its speakers: a role @ organisation in square brackets, two people with roles, a remark after "--"; "step by step" names no speaker', () => {
    check(
      `
      Resilience Day Sendai 2024
      2024-07-02, Aoba Hall, Sendai

      Tracing an old monolith: OpenTelemetry step by step
        Ren Kudo (Senior Engineer, Kitakami Rail) and Mio Sato (SRE Lead, Kitakami Rail)
        - OTel Java agent first, manual spans later.

      Gamedays for the reluctant
        Sora Ebina [Infra Eng @ Hirose Pixel]
        - Chaos Mesh on staging.

      Drift is an incident
        Taichi Mori (Platform SRE @ Hirose Pixel) -- same team as Sora
        - nightly terraform plan.
      `,
      `
      event Resilience Day Sendai 2024 | 2024-07-02 | Aoba Hall, Sendai
      talk 4 Tracing an old monolith: OpenTelemetry step by step | Ren Kudo (Kitakami Rail), Mio Sato (Kitakami Rail) | java opentelemetry
      talk 8 Gamedays for the reluctant | Sora Ebina (Hirose Pixel) | chaos-mesh
      talk 12 Drift is an incident | Taichi Mori (Hirose Pixel) | terraform
      `,
    );
  });

  test('plain-text checkboxes are items; a panel’s quoted question with its panelists below; "LT1 — Name: "Title""', () => {
    check(
      `
      Lakeside Ops Day 2025
      2025-06-12, Harbour Hall, Oslo

      [x] "Paving roads for 40 teams" — Ingrid Solberg, Fjellnett
          (best one of the day)
      [ ] Retention math for logs (Felix Amsel, Brightwater Labs)
          - clashed with lunch
      [ ] 16:30 closing panel "Who carries the pager?"
          panelists: Dmitri Volkov (Polar Freight), Aiko Mori (Sakura Health)
      `,
      `
      event Lakeside Ops Day 2025 | 2025-06-12 | Harbour Hall, Oslo
      talk 4 Paving roads for 40 teams | Ingrid Solberg (Fjellnett) | -
      talk 6 Retention math for logs | Felix Amsel (Brightwater Labs) | -
      talk 8 Who carries the pager? | Dmitri Volkov (Polar Freight), Aiko Mori (Sakura Health) | -
      `,
      { plainText: true },
    );
    check(
      `
      Shibuya Pager Night vol.3
      2025-03-27, Dogenzaka Hive, Tokyo

      --- 19:40 PANEL ---
      Panel: "Who steers when the pager goes off?"
      Rui Okamoto (Tsukiji Games), Grace Mbeki (Hachiko Cloud)

      --- 20:30 LT block ---
      LT1 — Soma Ueda: "Traces for batch jobs"
        - span links between job stages
      `,
      `
      event Shibuya Pager Night vol.3 | 2025-03-27 | Dogenzaka Hive, Tokyo
      talk 5 Who steers when the pager goes off? | Rui Okamoto (Tsukiji Games), Grace Mbeki (Hachiko Cloud) | -
      talk 9 Traces for batch jobs | Soma Ueda | -
      `,
      { plainText: true },
    );
  });

  test('a bold title whose next line opens with its speaker ("Name (Org) opened …", "by Name, role — …"); a recap’s "a keynote from Name of Org called "Title"" and "Name’s (Org) … "Title""', () => {
    check(
      `
      # Spree Ops Meetup #12

      This month we met on Thursday 16 May 2024 at Kiezwerk, Berlin.

      **1. "Our state files are older than our interns"**
      Dagmar Veldhuis (Kleinbahn Logistics) opened the night with a story about Terraform workspaces.
      Lots of nodding.

      **2. Lightning talk: Dashboards nobody opens**
      by Ömer Aksoy, freelance SRE — short and funny. Prometheus recording rules vs raw queries.

      The evening closed with a keynote from Farida Haddad of Nordwind Energy called "The boring platform", mostly about saying no.

      Then we all went to Tomás Rivera's (Containerwerk GmbH) slightly clickbait "We replaced Jenkins and cried twice".
      `,
      `
      event Spree Ops Meetup #12 | 2024-05-16 | Kiezwerk, Berlin
      talk 5 Our state files are older than our interns | Dagmar Veldhuis (Kleinbahn Logistics) | terraform
      talk 9 Dashboards nobody opens | Ömer Aksoy | prometheus
      talk 12 The boring platform | Farida Haddad (Nordwind Energy) | -
      talk 14 We replaced Jenkins and cried twice | Tomás Rivera (Containerwerk GmbH) | jenkins
      `,
    );
  });

  test('a thread pasted as one paragraph ("3/ …" posts) is a list; a session word before a quoted title, then "발표 Name (Org)", "Name / Org", "— Name (Org)" or "Name @ Org"', () => {
    check(
      `
      KCD Daegu 2025 현장 스레드 🧵
      (6/14 토, 수성 창업센터)

      1/ 오프닝. 참가자 300명
      2/ 키노트 "플랫폼은 지루해야 한다" — 서진우 (루프테크)
      3/ 격하게 공감
      4/ 두 번째: "Karpenter 없인 못 살아" 한유진 @ 브릭스페이
      5/ 오후 첫 세션 "eBPF로 보는 네트워크 — Cilium 실전" 발표 문다인 (그레이스뱅크)
      6/ LT "OTel Collector 한 대로 다 받지 마세요" — 구하은 (프리랜서)
      7/ 마지막 세션 "사내 포털, 직접 만든 이유" 장민혁 / 위드코드
      8/ 끝. 뒤풀이는 안 감
      `,
      `
      event KCD Daegu 2025 | 2025-06-14 | -
      talk 5 플랫폼은 지루해야 한다 | 서진우 (루프테크) | -
      talk 7 Karpenter 없인 못 살아 | 한유진 (브릭스페이) | karpenter
      talk 8 eBPF로 보는 네트워크 — Cilium 실전 | 문다인 (그레이스뱅크) | cilium ebpf
      talk 9 OTel Collector 한 대로 다 받지 마세요 | 구하은 | opentelemetry
      talk 10 사내 포털, 직접 만든 이유 | 장민혁 (위드코드) | -
      `,
      { plainText: true },
    );
  });

  test('who took a section’s notes, in brackets after its heading ("(류성민 정리)"), is no speaker; a slot said to have no title is no talk; "참관 공유" and "현장 스레드" are no part of an event’s name', () => {
    check(
      `
      # Platform Day Seoul 2025 참관 공유

      - 일시: 2025년 3월 8일
      - 장소: 코엑스 컨퍼런스룸 401

      ### 1. Backstage 플러그인 직접 만들기 (최윤아 정리)
      - Software Template으로 레포 생성

      ### 2. Crossplane vs Terraform (정리: 강다현)
      - 기초 인프라는 Terraform

      ### 연사 패널 Q&A (별도 제목 없음)
      - 질문 위주
      `,
      `
      event Platform Day Seoul 2025 | 2025-03-08 | 코엑스 컨퍼런스룸 401
      talk 6 Backstage 플러그인 직접 만들기 | - | backstage
      talk 9 Crossplane vs Terraform | - | crossplane terraform
      `,
    );
  });

  test('"Name님, Org팀 | Title" and "[Name / Org] Title" name the speaker first; a shell command and "Pizza break" are no talks', () => {
    check(
      `
      # HashiCorp 사용자 모임 서울 #20

      - 일시: 2024년 7월 18일

      ## ① 이도현님, 한빛페이 SRE팀 | HCP Vault를 쿠버네티스에서 쓰는 법
      - Vault Secrets Operator로 전환

      ## [김지훈 / 파도소프트] 쿠버네티스에서 Nomad로 돌아온 이유
      - Nomad 클러스터 하나로 정리

      ## Pizza break
      - 스폰서 부스 구경

      \`\`\`
      $ terraform fmt -check -recursive
      \`\`\`

      $ terraform validate
      `,
      `
      event HashiCorp 사용자 모임 서울 #20 | 2024-07-18 | -
      talk 5 HCP Vault를 쿠버네티스에서 쓰는 법 | 이도현 | hcp-vault-dedicated kubernetes vault vault-secrets-operator
      talk 8 쿠버네티스에서 Nomad로 돌아온 이유 | 김지훈 (파도소프트) | kubernetes nomad
      `,
    );
  });

  test('"(1) Title — Name（Org）" inside a timetable’s paragraph; "Name of Org did "Title""; a lightning section’s line of introduction, its item a talk', () => {
    check(
      `
      Cloud Native Kobe #3
      2024-11-09 神戸ハーバーホール

      15:00 LT枠
       (1) Consulでサービスメッシュ、まだ現役です — 木村 拓也（フリーランス）
       (2) テラフォームでダッシュボード管理 — 中村 あや（ぴよぴよ食品）
      `,
      `
      event Cloud Native Kobe #3 | 2024-11-09 | 神戸ハーバーホール
      talk 5 Consulでサービスメッシュ、まだ現役です | 木村 拓也 | consul
      talk 6 テラフォームでダッシュボード管理 | 中村 あや (ぴよぴよ食品) | terraform
      `,
      { plainText: true },
    );
    check(
      `
      # Cloud Native Osaka Day 2025

      2025-05-17, Umeda Hall, Osaka.

      Then Maya Lindqvist of Quayside Analytics did "Cilium Mesh Across Three Regions".
       - cluster mesh between three regions

      Lightning talks (5 min each), only wrote down one:
       * Ken Ishida (Ishida Print) — "Ansible playbooks in GitHub Actions"
         self-hosted runners, short and practical.
      `,
      `
      event Cloud Native Osaka Day 2025 | 2025-05-17 | Umeda Hall, Osaka
      talk 5 Cilium Mesh Across Three Regions | Maya Lindqvist (Quayside Analytics) | cilium
      talk 9 Ansible playbooks in GitHub Actions | Ken Ishida (Ishida Print) | ansible github-actions
      `,
    );
  });

  test('a room in brackets after a time ("11:00 (B홀) Title"); a closing and a raffle with a remark are no talk; "내 일정표" is no part of the event’s name; "Speaker:" over "Title:" with a name the parser does not know', () => {
    check(
      `
      # 인프라 서밋 서울 2025 내 일정표

      - 일시: 2025년 4월 12일

      - 11:00   (B홀) Prometheus 장기 저장소 비교: Thanos vs Mimir — 류가은 (데브웨일)
      - 13:30   (C홀) Nomad로 배치 워크로드 옮긴 이야기 — 백승민 (오로라게임즈)
      - 16:30   클로징 & 경품 추첨 (당첨 안 됨)
      `,
      `
      event 인프라 서밋 서울 2025 | 2025-04-12 | -
      talk 5 Prometheus 장기 저장소 비교: Thanos vs Mimir | 류가은 (데브웨일) | grafana-mimir prometheus thanos
      talk 6 Nomad로 배치 워크로드 옮긴 이야기 | 백승민 (오로라게임즈) | nomad
      `,
    );
    check(
      `
      Busan HUG meetup #9
      2025-01-23, Seomyeon Labs, Busan

      ----
      Speaker: Jaeyoung Han
      Title: What's new in Consul 1.20
      - mesh on Nomad, better catalog sync
      `,
      `
      event Busan HUG meetup #9 | 2025-01-23 | Seomyeon Labs, Busan
      talk 6 What's new in Consul 1.20 | Jaeyoung Han | consul nomad
      `,
      { plainText: true },
    );
  });

  test('an AsciiDoc header’s ":date:" dates the event; a reStructuredText heading’s underline does not hide the lightning talks under it', () => {
    check(
      `
      = 博多インフラ勉強会 #12
      :date: 2025-02-15
      :toc:

      == Terraform の state 分割
      Speaker:: 原口 健（キビデータ）

      - state をチームごとに分割
      `,
      `
      event 博多インフラ勉強会 #12 | 2025-02-15 | -
      talk 5 Terraform の state 分割 | 原口 健 (キビデータ) | terraform
      `,
      { plainText: true },
    );
    check(
      `
      ==========================
      부산 클라우드 밋업 7회
      ==========================

      :일시: 2025-03-08

      세션 1
      ------

      :제목: 쿠버네티스 위에서 Loki로 로그 비용 줄이기
      :발표자: 권나래 (파도소프트)

      라이트닝 토크
      -------------

      - **Prometheus 알람 피로도 줄이기** — 손유진 (해운대랩스)
      - **도커 이미지 500MB → 50MB 다이어트** — 안지호 (브릿지랩)
      `,
      `
      event 부산 클라우드 밋업 7회 | 2025-03-08 | -
      talk 10 쿠버네티스 위에서 Loki로 로그 비용 줄이기 | 권나래 (파도소프트) | grafana-loki kubernetes
      talk 16 Prometheus 알람 피로도 줄이기 | 손유진 (해운대랩스) | prometheus
      talk 17 도커 이미지 500MB → 50MB 다이어트 | 안지호 (브릿지랩) | docker
      `,
      { plainText: true },
    );
  });

  test('talks grouped under track items ("- Track A - platform", "- Keynote (main hall)"), a speaker on the item’s next line, a lightning block’s items; a phone note in lower case ("title - priya nair @ ledgerline")', () => {
    check(
      `
      DevOps Summit Kobe 2024 -- day 2
      2024-10-17, Harbor Cube Kobe

      - Keynote (main hall, no track)
        - Ten Years of Terraform at Minato Rail (Haruto Mori, Minato Rail)
      - Track A - platform
        - Golden Paths with Backstage
          Sakura Ito, Hoshino Payments
          - template to repo in ten minutes
        - Running Nomad next to Kubernetes (Kenji Yamada / Daikoku Logistics)
      - lunch
      - Lightning talks block
        - Vault PKI for doorbells (Aiko Fujita, Hikari Home)
      `,
      `
      event DevOps Summit Kobe 2024 | 2024-10-17 | Harbor Cube Kobe
      talk 5 Ten Years of Terraform at Minato Rail | Haruto Mori (Minato Rail) | terraform
      talk 7 Golden Paths with Backstage | Sakura Ito (Hoshino Payments) | backstage
      talk 10 Running Nomad next to Kubernetes | Kenji Yamada (Daikoku Logistics) | kubernetes nomad
      talk 13 Vault PKI for doorbells | Aiko Fujita (Hikari Home) | vault
      `,
      { plainText: true },
    );
    check(
      `
      busan cloud native meetup #23
      sat mar 16 2024 centum startup hub busan

      splitting tf state without tears - priya nair @ ledgerline
        terraform 1.6 s3 backend

      k8s upgrades w/ karpenter - ben okafor from acme logistics
        karpenter replaced cluster autoscaler
      `,
      `
      event busan cloud native meetup #23 | 2024-03-16 | -
      talk 4 splitting tf state without tears | priya nair (ledgerline) | aws-s3 terraform
      talk 7 k8s upgrades w/ karpenter | ben okafor (acme logistics) | karpenter kubernetes
      `,
      { plainText: true },
    );
  });

  test('the note’s title "# Event 2025 — 聴講リスト & メモ" names no person, over a checklist of talks; "■ 中島さんの発表" then the title, then the speaker in full', () => {
    check(
      `
      # Container Days Kawasaki 2025 — 聴講リスト & メモ

      日程: 2025-09-12 (金)

      ## 午前（Hall A）
      - [x] Keynote: Kubernetes 10 年目の運用設計 — 三浦 晃 (Kawasaki Cloud Partners)
        - アップグレードは年 3 回
      - [ ] Istio Ambient Mesh 本番投入記 — 杉山 なつみ (Tsurumi Networks)
      `,
      `
      event Container Days Kawasaki 2025 | 2025-09-12 | -
      talk 6 Keynote: Kubernetes 10 年目の運用設計 | 三浦 晃 (Kawasaki Cloud Partners) | kubernetes
      talk 8 Istio Ambient Mesh 本番投入記 | 杉山 なつみ (Tsurumi Networks) | istio
      `,
    );
    check(
      `
      Kubernetes Meetup Sakai #4 参加メモ
      2025/02/21(金) 19:00-21:30 @ 堺ラボ

      ----------------------------------------
      ■ 中島さんの発表
      EKS のノードを Karpenter に全部寄せた一年
      中島 彩さん（ナニワクラウド株式会社）。社内 SRE 3 年目とのこと。
      ・Spot 比率 70% まで上げた
      `,
      `
      event Kubernetes Meetup Sakai #4 | 2025-02-21 | 堺ラボ
      talk 6 EKS のノードを Karpenter に全部寄せた一年 | 中島 彩 (ナニワクラウド株式会社) | aws-eks karpenter
      `,
      { plainText: true },
    );
  });

  test('"Title [Org / Name]" and "1부)" before it; "4부 LT들" over lightning items; "Name 님 발표: Title"; "윤슬기 님의 「Title」" (a given name ending in 기, with its honorific); an English title, a dash and a Korean subtitle name no speaker; "(2024.9.5 목)" names no place', () => {
    check(
      `
      판교 데브옵스 밋업 #21 메모 (2024.9.5 목)
      장소: 판교 새싹캠퍼스 B1 다목적홀

      - 1부) GitHub Actions self-hosted runner를 k8s에서 굴리기 [한결페이 / 강민서]
        ARC로 러너 오토스케일
      - 2부) Golden Paths, Not Golden Cages — 플랫폼팀이 강요하지 않는 법 [구름마켓 / 표나래]
      - 3부 LT들 (각 5분)
        * Docker Compose로 로컬 개발환경 통일한 썰 [스텔라게임즈 / 문해솔]
        * 테라폼 plan 리뷰 봇 만들기 [도담로지스 / 정우주]

      → 김단아 님 발표: Terraform Stacks 미리 써보기
      → 세 번째는 윤슬기 님의 「Consul Service Mesh를 걷어낸 이유」
      `,
      `
      event 판교 데브옵스 밋업 #21 | 2024-09-05 | 판교 새싹캠퍼스 B1 다목적홀
      talk 4 GitHub Actions self-hosted runner를 k8s에서 굴리기 | 강민서 (한결페이) | actions-runner-controller github-actions kubernetes
      talk 6 Golden Paths, Not Golden Cages — 플랫폼팀이 강요하지 않는 법 | 표나래 (구름마켓) | -
      talk 8 Docker Compose로 로컬 개발환경 통일한 썰 | 문해솔 (스텔라게임즈) | docker docker-compose
      talk 9 테라폼 plan 리뷰 봇 만들기 | 정우주 (도담로지스) | terraform
      talk 11 Terraform Stacks 미리 써보기 | 김단아 | terraform
      talk 12 Consul Service Mesh를 걷어낸 이유 | 윤슬기 | consul consul-connect
      `,
      { plainText: true },
    );
  });

  test('the slides’ address after a title is no part of it, with the speaker on the next line or after a dash; a pet called Nomad, "우사인 볼트" and "쉐보레 볼트" are no tools', () => {
    check(
      `
      ## 京都クラウドネイティブ勉強会 #3 メモ

      2024-03-09（土）@ 四条ラボ ホールC

      ・Ciliumで始めるeBPFネットワーキング入門 https://slides.example.com/yamashiro/cilium-ebpf
        山城 颯さん（ソラリス工業）
        - Hubbleで通信を可視化

      ・Terraformで作るマルチアカウントAWS https://slides.example.com/hirose/tf — 廣瀬 大地（フリーランス）
        - アカウントごとにstateを分離
      `,
      `
      event 京都クラウドネイティブ勉強会 #3 | 2024-03-09 | 四条ラボ ホールC
      talk 5 Ciliumで始めるeBPFネットワーキング入門 | 山城 颯 (ソラリス工業) | cilium ebpf hubble
      talk 9 Terraformで作るマルチアカウントAWS | 廣瀬 大地 | aws terraform
      `,
    );
    check(
      `
      # Daebak Ops Night #4
      2024-05-02, Gangnam

      ## Tracing first, logs last - Seo-yeon Kwak (Daebak Games)
      - she has a cat called Nomad, and a dog named Nomad too
      - 발표자가 우사인 볼트처럼 빨리 말함. 주차장에 쉐보레 볼트 세워놓고 왔다고. 쉐보레 볼트 충전 얘기.
      - OpenTelemetry first
      `,
      `
      event Daebak Ops Night #4 | 2024-05-02 | Gangnam
      talk 4 Tracing first, logs last | Seo-yeon Kwak (Daebak Games) | opentelemetry
      `,
    );
  });

  test('"Talk 1: a question?" with its speaker below names a talk, and a note’s title heading takes no later talk’s "Speaker:" line; "date: … 19:00-21:30" dates the event (a span of times is no mail’s)', () => {
    check(
      `
      # Kubernetes Meetup Ulsan #7

      - date: 2024-05-09 (Thu) 19:00-21:30
      - venue: Taehwa Lab, Ulsan

      Talk 1: Do you really need a service mesh?
      by Jihoon Kwak, Wavecrest Cloud
      - Istio vs plain k8s

      Talk 2: Is Cilium ready to replace kube-proxy?
      Sora Ahn (Haenam Networks), network engineer
      - kube-proxy replacement on EKS

      Talk 3 - Why is our Helm chart so long?
      Speaker: Dong-hyun Yoo / Gwangan Commerce
      - umbrella chart with 30 subcharts
      `,
      `
      event Kubernetes Meetup Ulsan #7 | 2024-05-09 | Taehwa Lab, Ulsan
      talk 6 Do you really need a service mesh? | Jihoon Kwak (Wavecrest Cloud) | istio kubernetes
      talk 10 Is Cilium ready to replace kube-proxy? | Sora Ahn (Haenam Networks) | aws-eks cilium kube-proxy
      talk 14 Why is our Helm chart so long? | Dong-hyun Yoo (Gwangan Commerce) | helm
      `,
    );
  });

  test('"議題", "ランチ休憩" and "クロージング → 懇親会（…）" are no talks', () => {
    check(
      `
      # 社内インフラ勉強会 第5回

      日時: 2024-05-20 13:00

      ## 議題
      - Terraform の state 分割

      ## Terraform の state 分割
      発表: 佐藤 健（基盤チーム）
      - state をチームごとに

      ## ランチ休憩
      - 弁当

      ## クロージング → 懇親会（国際通りの居酒屋）
      - 乾杯
      `,
      `
      event 社内インフラ勉強会 第5回 | 2024-05-20 | -
      talk 8 Terraform の state 分割 | 佐藤 健 (基盤チーム) | terraform
      `,
    );
  });

  test('a footnote’s mark after a speaker’s name ("Marcus Lee[^1], Org") is no part of it; in a OneNote paste a line at the margin after indented bullets starts a block of its own', () => {
    check(
      `
      # Cloud Native Community Day Daejeon 2024

      ### The boring platform wins (keynote)
      Marcus Lee[^1], Northgale Systems
      - Kubernetes everywhere

      ### Istio ambient mode in production
      Yuna Seo[^2] and Daniel Park[^3] (both Pinecrest Mobility)
      - ztunnel memory was the surprise

      [^1]: Marcus runs the platform group.
      `,
      `
      event Cloud Native Community Day Daejeon 2024 | 2024 | -
      talk 3 The boring platform wins (keynote) | Marcus Lee (Northgale Systems) | kubernetes
      talk 7 Istio ambient mode in production | Yuna Seo (Pinecrest Mobility), Daniel Park (Pinecrest Mobility) | istio
      `,
    );
    check(
      `
      HashiCorp User Group Kobe #9 メモ
      2024年2月16日(金) 19:00–21:30
      \t• 参加 40名くらい
      セッション1　Terraform Stacks 入門 — 西村 遼（ミナトクラウド株式会社）
      \t• Stacks の概要
      セッション2　Vault で作る社内 PKI — 吉田 直樹（ハーバーテック株式会社）
      \t• PKI secrets engine で中間 CA
      `,
      `
      event HashiCorp User Group Kobe #9 | 2024-02-16 | -
      talk 4 Terraform Stacks 入門 | 西村 遼 (ミナトクラウド株式会社) | terraform
      talk 6 Vault で作る社内 PKI | 吉田 直樹 (ハーバーテック株式会社) | vault
      `,
      { plainText: true },
    );
  });

  test('a note whose format drifts: talks under "###" headings, then "- Title — Name, Org" items under a "##" part that holds none; a closing part’s tasks with their owners stay tasks', () => {
    check(
      `
      # Cloud Native Summit Leipzig 2024 — Day 1
      Thu 13 June 2024 · Auenhaus, Leipzig

      ### Opening keynote: Platforms Are Products
      Speaker: Marta Kowalczyk (Nordlicht Systems)
      - Backstage portal, Backstage scorecards

      ### Scaling Karpenter Across 40 Clusters
      Speaker: Daniel Ruiz (Flinkpay)
      - consolidation saved compute

      ## Afternoon (formatting gets lazy from here)
      - Policy as Code for 600 Workspaces — Henrik Aalto, Polarbyte
        OPA in the pipeline
      - Vault Secrets Operator in Production — Ines Vogel, Kranich Bank
        secrets synced into Kubernetes

      ## Summary / next actions
      - [ ] add a Helm chapter to the onboarding docs (@tanaka_r)
      - [ ] try Cilium in the test cluster (@ishii_k)
      `,
      `
      event Cloud Native Summit Leipzig 2024 | 2024-06-13 | Auenhaus, Leipzig
      talk 4 Opening keynote: Platforms Are Products | Marta Kowalczyk (Nordlicht Systems) | -
      talk 8 Scaling Karpenter Across 40 Clusters | Daniel Ruiz (Flinkpay) | karpenter
      talk 13 Policy as Code for 600 Workspaces | Henrik Aalto (Polarbyte) | open-policy-agent
      talk 15 Vault Secrets Operator in Production | Ines Vogel (Kranich Bank) | kubernetes vault vault-secrets-operator
      `,
    );
  });

  test('the day of an event after a comma or a dash, and what follows it, are no part of the event’s name ("HanseOps 2024, day 2 — recap for the team wiki")', () => {
    check(
      `
      # HanseOps 2024, day 2 — recap for the team wiki

      Day 2 was Wednesday 18 September 2024, Speicherstadt Forum, Hamburg.

      ## Karpenter, Spot and the 3 a.m. page - Ivo Petrov (Elbe Freight)
      - Karpenter consolidation tuned for peak hours
      `,
      `
      event HanseOps 2024 | 2024-09-18 | -
      talk 5 Karpenter, Spot and the 3 a.m. page | Ivo Petrov (Elbe Freight) | karpenter
      `,
    );
  });
});

describe('layouts first met in session 35', () => {
  test('a plain text whose talks drift from "TALK n: Title" over "Speaker:" to list items "* Title [Name, Org]"; a closing part’s "- [ ] task — Name" stay tasks', () => {
    check(
      `
      Elbe Platform Day 2023 - day notes
      24 Aug 2023, Speicher Hall, Hamburg

      TALK 1: The Boring Platform Wins
      Speaker: Kang Ji-won (Nuri Telecom)
        - Terraform and Argo CD, and stop there

      TALK 2: Seven Years of Secrets
      Speaker: Park Eun-ha (Hangang Bank)
        - Vault namespaces per business unit

      -- coffee break --
      Then I stopped writing full headers:
      * Karpenter in a Regulated Environment [Choi Min-seo, Saebyeok Insurance]
        NodePools pinned to approved AMIs
      * Observability on a Budget [Jung Hae-won, Dalbit Commerce]
        Loki and Prometheus

      ## Follow-ups
      - [ ] try Cilium in staging — Jonas Weber
      - [ ] read the Helm docs — Mira Holm
      `,
      `
      event Elbe Platform Day 2023 | 2023-08-24 | Speicher Hall, Hamburg
      talk 4 The Boring Platform Wins | Kang Ji-won (Nuri Telecom) | argo-cd terraform
      talk 8 Seven Years of Secrets | Park Eun-ha (Hangang Bank) | vault
      talk 14 Karpenter in a Regulated Environment | Choi Min-seo (Saebyeok Insurance) | aws-ami karpenter
      talk 16 Observability on a Budget | Jung Hae-won (Dalbit Commerce) | grafana-loki prometheus
      `,
      { plainText: true },
    );
  });

  test('a keycap number before a timed line ("2️⃣ 19:35 「Title」") starts an entry; "(반지의 제왕)", "(처음으로 당첨)" after a remark are no organisation and name (a word ending in a particle)', () => {
    check(
      `
      판교 인프라 모임 3월

      1️⃣ 19:00 「Terraform 모듈 레지스트리 운영기」
         🎤 한지우 님 / 누리소프트
      2️⃣ 19:35 「Vault로 시크릿 통합하기」
         🎤 오세린 님 / 빌드온

      ------ 내 메모 ------
      - 뒤풀이에서 누가 "헬름 협곡처럼 옮겼다" 고 해서 빵 터짐 (반지의 제왕)
      - 2번 발표 제일 유익
      - 경품 당첨!! 키보드 (처음으로 당첨)
      `,
      `
      event 판교 인프라 모임 3월 | - | -
      talk 3 Terraform 모듈 레지스트리 운영기 | 한지우 (누리소프트) | terraform
      talk 5 Vault로 시크릿 통합하기 | 오세린 (빌드온) | vault
      `,
      { plainText: true },
    );
  });

  test('the speakers in round brackets before the title, after roman numbers ("ii.（Name，Org）Title", "（名前／会社）「Title」"); "Meetup vol.3 — memo" on the first line is the event', () => {
    check(
      `
      Platform Meetup Kobe vol.3 — memo

      i.（Haruto Mizuno，Kitsune Works） Backstage at 300 engineers：year one
         - catalog first, Argo CD plugin later

      ii. (Daichi Oda & Mei Lin, Sora Mobility) Karpenter vs Cluster Autoscaler
         - node bills down

      iii.（小田 大地／ソラモビリティ）「Terraform の state 分割」
         - workspaces per team
      `,
      `
      event Platform Meetup Kobe vol.3 | - | -
      talk 3 Backstage at 300 engineers：year one | Haruto Mizuno (Kitsune Works) | argo-cd backstage
      talk 6 Karpenter vs Cluster Autoscaler | Daichi Oda (Sora Mobility), Mei Lin (Sora Mobility) | cluster-autoscaler karpenter
      talk 9 Terraform の state 分割 | 小田 大地 (ソラモビリティ) | terraform
      `,
      { plainText: true },
    );
  });

  test('a "## 참석자" heading over the writer’s colleagues is no evidence for its level; "DORA 지표", "(점심 전 마지막)" name no one', () => {
    check(
      `
      # Platform Day Busan 2025 참석 공유

      ## 참석자
      - 최윤아 (인프라팀)
      - 강다현 (SRE팀)

      ## 세션별 요약

      ### 1. 키노트 (류성민 정리)
      - Kubernetes 위에 셀프서비스 포털

      ### 2. 골든 패스와 개발자 경험 측정 (최윤아 정리)
      - DORA 지표
      - Backstage 스코어카드

      ### 3. 플랫폼팀 KPI 어떻게 잡나요 (점심 전 마지막)
      - Argo CD 배포 빈도
      `,
      `
      event Platform Day Busan 2025 | 2025 | -
      talk 12 골든 패스와 개발자 경험 측정 | - | backstage
      talk 16 플랫폼팀 KPI 어떻게 잡나요 (점심 전 마지막) | - | argo-cd
      `,
    );
  });

  test('a title the line’s end breaks, its speakers after a dash at the end of the hanging next line; "―― 話したのは Name さん（Org）。" under a title', () => {
    check(
      `
      SRE Gathering Sapporo 2024 メモ

      i. 障害対応を「文化」にするまで
         ―― 話したのは 羽田 恵理子 さん（ミライ保険）。
         ・オンコールは PagerDuty

      ii. SLO を Prometheus だけで運用する：
          Sloth と recording rule の実践 ―― 石動 健（カモメ物流）
         ・multi-window アラート

      iii. Istio ambient mode: a year in production
         Kenta Ueda / Hanshin Rail Digital
         ・ztunnel
      `,
      `
      event SRE Gathering Sapporo 2024 | 2024 | -
      talk 3 障害対応を「文化」にするまで | 羽田 恵理子 (ミライ保険) | pagerduty
      talk 7 SLO を Prometheus だけで運用する： Sloth と recording rule の実践 | 石動 健 (カモメ物流) | prometheus sloth
      talk 11 Istio ambient mode: a year in production | Kenta Ueda (Hanshin Rail Digital) | istio
      `,
      { plainText: true },
    );
  });

  test('a printed programme’s blocks: "[OPS210] TITLE IN CAPITALS" over "Name, Org — Ballroom A, 10:15"; speakers written "Family, Given (Org); Family, Given (Org)" are kept as written', () => {
    check(
      `
      Fjord Infra Summit 2024 — Bergen — 15 Oct 2024

      [OPS210] TERRAFORM STACKS IN THE REAL WORLD
      Priya Raman-Okoye, Northwind Freight — Ballroom A, 10:15
        > Terragrunt replaced after five months

      [PLT305] NOMAD AT THE EDGE
      Kwame Asante & Lucía Ferrer (Tidewater Markets) — Room 204
        > Nomad clients in every store

      [DOP312] Scaling GitOps with Argo CD
      Speakers: Lindqvist, Maren (Fjordline Logistics); Adeyemi, Tunde (Havbris)
        > ApplicationSets everywhere
      `,
      `
      event Fjord Infra Summit 2024 | 2024-10-15 | -
      talk 3 TERRAFORM STACKS IN THE REAL WORLD | Priya Raman-Okoye (Northwind Freight) | terraform terragrunt
      talk 7 NOMAD AT THE EDGE | Kwame Asante (Tidewater Markets), Lucía Ferrer (Tidewater Markets) | nomad
      talk 11 Scaling GitOps with Argo CD | Lindqvist, Maren (Fjordline Logistics), Adeyemi, Tunde (Havbris) | argo-cd
      `,
      { plainText: true },
    );
  });

  test('a table’s speakers column written "Family, Given (Org)", two people with a slash between', () => {
    check(
      `
      # Summit Busan 2025

      | Code | Time | Session | Speaker(s) |
      |---|---|---|---|
      | INF-302 | 11:00 | EKS at scale | Kang, Minji (Bluewave Commerce) |
      | DEV-215 | 13:30 | GitOps with Argo CD | Park, Dongha / Lee, Sora (Haneul Cloud) |
      `,
      `
      event Summit Busan 2025 | 2025 | -
      talk 5 EKS at scale | Kang, Minji (Bluewave Commerce) | aws-eks
      talk 6 GitOps with Argo CD | Park, Dongha (Haneul Cloud), Lee, Sora (Haneul Cloud) | argo-cd
      `,
    );
  });

  test('a labelled speaker, then the labelled title, on one line ("연사: 박서연 (넥스트웨이브) / 제목: Title", "発表者：森 ひかり／タイトル：Title"); "소속:" on the next line', () => {
    check(
      `
      # K8s 대전 사용자 모임 7월

      연사: 박서연 (넥스트웨이브) / 제목: Karpenter로 노드 비용 줄이기
      - Karpenter NodePool 세 개

      연사: 김태오 / 제목: Cilium 네트워크 정책 운영
      소속: 모아페이 인프라팀
      - Hubble로 추적

      発表者：森 ひかり（フリーランス）／タイトル：Terraform の state 分割
      - workspace ごと
      `,
      `
      event K8s 대전 사용자 모임 7월 | - | -
      talk 3 Karpenter로 노드 비용 줄이기 | 박서연 (넥스트웨이브) | karpenter
      talk 6 Cilium 네트워크 정책 운영 | 김태오 (모아페이 인프라팀) | cilium hubble
      talk 10 Terraform の state 分割 | 森 ひかり | terraform
      `,
    );
  });

  test('a scrapbook of posts, each under its day and time ("2024/06/14 19:06"): "トーク1「Title」 やまぐちさん", a name in hiragana with its honorific after the quotation', () => {
    check(
      `
      # Kubernetes Meetup 明石 #3 のスクラップ

      2024/06/14 18:41
      会場着いた。受付で名札もらう
      ---
      2024/06/14 19:06
      トーク1「k8s のアップグレードを年4回やる仕組み」 やまぐちさん
      - Karpenter の NodePool を段階的に入れ替え
      ---
      2024/06/14 19:35
      トーク2「Cilium で kube-proxy を消した話」 by はやしさん
      - Hubble が便利
      `,
      `
      event Kubernetes Meetup 明石 #3 | 2024-06-14 | -
      talk 7 k8s のアップグレードを年4回やる仕組み | やまぐち | karpenter kubernetes
      talk 11 Cilium で kube-proxy を消した話 | はやし | cilium hubble kube-proxy
      `,
    );
  });

  test('an outline of days, tracks and talks: "    - **Title** by Name (Org)" three deep, its speakers on the item’s next line, a kind before the bold title', () => {
    check(
      `
      # KCD Leipzig 2024 — my notes

      - Day 1 (Thu 20.06)
        - Main stage
          - **Karpenter in Anger: Bin-Packing on EKS** by Jonas Ebner (Radwerk Mobility)
            - consolidation saved a fifth of the bill
        - Track B
          - **Observability on a Budget**
            Maciej Nowak (Fernbus Digital)
            - Prometheus with remote-write
          - Lunch – currywurst
          - Lightning: **Istio ambient mode in 5 minutes** – Priya Raman (Nimbus Freight)
            - ztunnel, no sidecars
      `,
      `
      event KCD Leipzig 2024 | 2024 | -
      talk 5 Karpenter in Anger: Bin-Packing on EKS | Jonas Ebner (Radwerk Mobility) | aws-eks karpenter
      talk 8 Observability on a Budget | Maciej Nowak (Fernbus Digital) | prometheus
      talk 12 Istio ambient mode in 5 minutes | Priya Raman (Nimbus Freight) | istio
      `,
    );
  });

  test('a report’s numbered outline in markdown: "1.1 Title — Name (Org)" and "1.2 Title" over "발표: Name / Org" under "1. 세션 1부", markdown reading the numbers as the item’s words', () => {
    check(
      `
      # HUG 대전 2024 봄 밋업 정리

      1. 오프닝 & 세션 1부
      1.1 테라폼 모듈 레지스트리 운영기 — 박지훈 (한빛페이)
        - Terraform Cloud private registry로 이전
      1.2 Vault로 DB 계정 없애기
        발표: 이수연 / 도담헬스케어
        - database secrets engine
      1.3 쉬는 시간 (커피)
      2. 세션 2부
      2.1 Nomad로 GPU 배치 잡 돌리기
        - 발표자: 한소희 (메아리AI)
        - Docker 드라이버
      `,
      `
      event HUG 대전 2024 봄 밋업 | 2024 | -
      talk 4 테라폼 모듈 레지스트리 운영기 | 박지훈 (한빛페이) | terraform terraform-cloud
      talk 6 Vault로 DB 계정 없애기 | 이수연 (도담헬스케어) | vault
      talk 11 Nomad로 GPU 배치 잡 돌리기 | 한소희 (메아리AI) | docker nomad
      `,
    );
  });

  test('"강사: Name (팀)" under "[1교시] Title"; "→ Name 님 / 그리드웨이브" (an arrow, and no role inside a word); "(지금은 …)", "(sidecar-less 의 명과 암)" name no one', () => {
    check(
      `
      2024 하반기 기술 세미나

      [1교시] 우리 회사 CI/CD 로드맵
      강사: 도현수 (DevOps 챕터)
      - Jenkins 에이전트 40대 (지금은 젠킨스 배포 잡 + 일부 Argo CD 혼재)

      [2교시] Istio Ambient Mode 실전 투입기 (sidecar-less 의 명과 암)
      → 석현우 님 / 그리드웨이브
      - ztunnel 구조
      `,
      `
      event 2024 하반기 기술 세미나 | 2024 | -
      talk 3 우리 회사 CI/CD 로드맵 | 도현수 | argo-cd jenkins
      talk 7 Istio Ambient Mode 실전 투입기 (sidecar-less 의 명과 암) | 석현우 (그리드웨이브) | istio
      `,
      { plainText: true },
    );
  });

  test('a meetup page’s agenda pasted: "Talk 1 (20 min): Title" over "Speaker bio: Name is a … at Org", "Name (Org) has …", "Name, SRE at Org."', () => {
    check(
      `
      Platform Engineering Porto — Meetup #9
      Wednesday, June 5, 2024 · 6:30 PM to 9:00 PM

      Talk 1 (20 min): Argo CD ApplicationSets at 300 Clusters
      Speaker bio: Beatriz Saraiva is a platform engineer at Ondaverde Energia, where she looks after the fleet.

      Talk 2 (20 min): Comparing Vault and SOPS
      Speaker bio: Rui Figueiredo (Cardume Labs) has spent eight years moving secrets out of Git.

      Talk 3 (10 min, lightning): Back from Helm to Kustomize
      Speaker bio: Nadia El-Amrani, SRE at Portolan Travel. Organiser of a reading group.
      `,
      `
      event Platform Engineering Porto — Meetup #9 | 2024-06-05 | -
      talk 4 Argo CD ApplicationSets at 300 Clusters | Beatriz Saraiva (Ondaverde Energia) | argo-cd
      talk 7 Comparing Vault and SOPS | Rui Figueiredo (Cardume Labs) | sops vault
      talk 10 Back from Helm to Kustomize | Nadia El-Amrani (Portolan Travel) | helm kustomize
      `,
      { plainText: true },
    );
  });

  test('a formal Japanese speaker line: the organisation, its department and title, then "岡田 里美 氏"', () => {
    check(
      `
      金融クラウド勉強会 Vol.7

      ■ セッション2
      【2】タイトル：Vault による鍵管理と安全対策基準
      発表者：しらさぎ信用金庫 事務統括部 ITガバナンス室 上席調査役 岡田 里美 氏
      ・Vault Enterprise の auto-unseal
      `,
      `
      event 金融クラウド勉強会 Vol.7 | - | -
      talk 4 Vault による鍵管理と安全対策基準 | 岡田 里美 (しらさぎ信用金庫) | vault
      `,
      { plainText: true },
    );
  });

  test('an organisation of capitalised words after a romanised name is no second person ("Jae-won Seo, Gwangan Marine Systems")', () => {
    check(
      `
      # Busan Cloud Day 2024

      ## Running Our Port Platform on Amazon EKS - Jae-won Seo, Gwangan Marine Systems
      - Karpenter for the night shift
      `,
      `
      event Busan Cloud Day 2024 | 2024 | -
      talk 3 Running Our Port Platform on Amazon EKS | Jae-won Seo (Gwangan Marine Systems) | aws-eks karpenter
      `,
    );
  });

  test('a titled panel over "moderator Name (Org); Name (Org), Name (Org)": the moderator and the panellists are its speakers', () => {
    check(
      `
      # Platform Days Kobe 2024

      ### Terraform Stacks: Early Lessons
      Speaker: Priya Venkataraman (Orbit Fintech)
      - deferred changes are neat

      ### Loki Without Tears
      Speaker: Ahmed Farouk (Sabaku Analytics)
      - label cardinality again

      ## Afternoon

      Panel: "Is Platform Engineering Just DevOps Rebranded?" (Hall A)
      moderator Yui Kobayashi (Rokko Cloud); Dan Whitfield (Harbor & Main), Mei Chen (Lattice Pay)
      - Mei: their platform is Kubernetes plus opinions
      `,
      `
      event Platform Days Kobe 2024 | 2024 | -
      talk 3 Terraform Stacks: Early Lessons | Priya Venkataraman (Orbit Fintech) | terraform
      talk 7 Loki Without Tears | Ahmed Farouk (Sabaku Analytics) | grafana-loki
      talk 13 Is Platform Engineering Just DevOps Rebranded? | Yui Kobayashi (Rokko Cloud), Dan Whitfield (Harbor & Main), Mei Chen (Lattice Pay) | kubernetes
      `,
    );
  });

  test('a sponsor’s talk labelled so ("Sponsor: "Title" [Name, Org]", "sponsor: Name (Org) - "Title""); a sponsor credited with no quotation is no talk', () => {
    check(
      `
      Han River Infra Day 2024 - day notes

      TALK 1: The Boring Platform Wins
      Speaker: Kang Ji-won (Nuri Telecom)
        - Terraform and Argo CD

      * Sponsor: "AI for Your Incident Channel" [Ron Bakker, Pagewise]
        demo only
      * sponsor: Ryoko Tanabe (Fuji Observability KK) - "Unified Telemetry With OpenTelemetry"
        Collector config examples

      스폰서: 옵스웨이 컨설팅 (관측 플랫폼 구축해주는 회사) — 피자랑 음료 제공
      `,
      `
      event Han River Infra Day 2024 | 2024 | -
      talk 3 The Boring Platform Wins | Kang Ji-won (Nuri Telecom) | argo-cd terraform
      talk 7 AI for Your Incident Channel | Ron Bakker (Pagewise) | -
      talk 9 Unified Telemetry With OpenTelemetry | Ryoko Tanabe (Fuji Observability KK) | opentelemetry
      `,
      { plainText: true },
    );
  });

  test('a remark that names a talk by its speaker, unquoted: "caught the end of Greta Hoffmann’s talk on Title, something about …"', () => {
    check(
      `
      # Platform Days Sendai 2024

      ### Packer Images for Every Region
      Speaker: Lena Park (Gyeol Soft)
      - one template, many builders

      ### Nomad at the Edge
      Speaker: Amelia Grant (Driftwood Labs)
      - clients in every store

      ## End of day
      caught the end of Greta Hoffmann's talk on Karpenter consolidation tuning, something about disruption budgets
      `,
      `
      event Platform Days Sendai 2024 | 2024 | -
      talk 3 Packer Images for Every Region | Lena Park (Gyeol Soft) | packer
      talk 7 Nomad at the Edge | Amelia Grant (Driftwood Labs) | nomad
      talk 12 Karpenter consolidation tuning | Greta Hoffmann | karpenter
      `,
    );
  });
});

describe('layouts first met in session 36', () => {
  test('a keynote titled with number words: "Keynote — Ten Thousand Pipelines Later" names no one', () => {
    check(
      `
      # DevOps Summit Lisbon 2024

      ## Keynote — Ten Thousand Pipelines Later
      Terraform everywhere, then nothing but drift.

      ## Scaling Vault - Jane Doe, Acme
      vault agents per node
      `,
      `
      event DevOps Summit Lisbon 2024 | 2024 | -
      talk 3 Keynote — Ten Thousand Pipelines Later | - | terraform
      talk 6 Scaling Vault | Jane Doe (Acme) | vault
      `,
    );
  });

  test('a room in brackets between a time alone and its talk: "10:30", "[Grand Ballroom A]", the title, the speaker', () => {
    check(
      `
      SRE Summit Lyon 2024 - day 1

      09:30
          [Salle Rhône]
          Paging Less, Sleeping More
              Inès Garnier, Doctolib
      10:15
          [Salle Saône]
          Blue-green Nomad Upgrades
              Paul Lefort, OVHcloud
      `,
      `
      event SRE Summit Lyon 2024 | 2024 | -
      talk 5 Paging Less, Sleeping More | Inès Garnier (Doctolib) | -
      talk 9 Blue-green Nomad Upgrades | Paul Lefort (OVHcloud) | nomad
      `,
      { plainText: true },
    );
  });

  test('a meetup reminder: "short talk #1" over a quoted title and "Name - Org (remark)", a lab with its instructors, a workshop step that is no talk', () => {
    check(
      `
      Subject: Reminder: Vault Users Lisbon #12 - two short talks and a lab (14.06.2024)

      short talk #1
      "Rotating Secrets Without Tears"
      Marta Sousa - Feedzai (she came over from Talkdesk)
      - vault agent templates everywhere

      short talk #2
      "Boundary in the Office"
      Rui Pinto, Remote Labs
      - replaced the VPN

      LAB: Vault from zero to dynamic credentials
      instructors: Ana Reis & João Melo (both HashiCorp)

      step 3 (skipped): Vault PKI — homework
      `,
      `
      event Vault Users Lisbon #12 | 2024-06-14 | -
      talk 4 Rotating Secrets Without Tears | Marta Sousa (Feedzai) | vault vault-agent
      talk 9 Boundary in the Office | Rui Pinto (Remote Labs) | -
      talk 13 LAB: Vault from zero to dynamic credentials | Ana Reis (HashiCorp), João Melo (HashiCorp) | vault
      `,
      { plainText: true },
    );
  });

  test('a first line in prose ("Notes from Name, day one (date) at …") names its event; "Keynote" over "Name, Org -- the writer\'s remark"', () => {
    check(
      `
      Notes from Platform Days Porto, day one (03.10.2024) at the Alfândega. coffee was great
      =====
      registration was quick
      *****
      Keynote
      Inês Duarte, Farfetch -- she had no title slide
      - Kubernetes everywhere
      *****
      Platform teams are products - Tiago Lopes, Sonae
      - Backstage
      `,
      `
      event Platform Days Porto | 2024-10-03 | -
      talk 5 Keynote | Inês Duarte (Farfetch) | kubernetes
      talk 9 Platform teams are products | Tiago Lopes (Sonae) | backstage
      `,
      { plainText: true },
    );
  });

  test('"~~~ lunch ~~~" is a decorated line, not a fence that hides the rest of the note', () => {
    check(
      `
      # Waypoint Day Oslo 2024

      ## Paved roads by Ingrid Solberg (Vipps)
      - golden paths on Kubernetes

      ~~~ lunch ~~~
      waffles

      ## Secrets at the edge by Ola Nordmann (Telenor)
      - Vault agents per site
      `,
      `
      event Waypoint Day Oslo 2024 | 2024 | -
      talk 3 Paved roads | Ingrid Solberg (Vipps) | kubernetes
      talk 9 Secrets at the edge | Ola Nordmann (Telenor) | vault
      `,
    );
  });

  test('a day grid with "<br>" between title and speaker in its cells, an open-space column, and "ignites" as lightning talks', () => {
    check(
      `
      # DevOps Night Aarhus 2024

      | time  | Hall A | Hall B | Hall C |
      |-------|--------|--------|--------|
      | 09:00 | Keynote<br>Mette Holm (Danske Bank) | | |
      | 10:00 | Helm values without tears<br>Lars Berg, Netcompany | Kafka on a budget<br/>Sofie Lund, Trifork | Open Spaces round 1 |

      ### helm one (Lars)
      - library charts

      ### ignites
      1. "Stop paging me" - Ayla Demir, Celonis
         SLO alerts with Prometheus
      `,
      `
      event DevOps Night Aarhus 2024 | 2024 | -
      talk 5 Keynote | Mette Holm (Danske Bank) | -
      talk 6 Kafka on a budget | Sofie Lund (Trifork) | kafka
      talk 8 Helm values without tears | Lars Berg (Netcompany) | helm
      talk 12 Stop paging me | Ayla Demir (Celonis) | prometheus
      `,
    );
  });

  test('a table whose speakers\' column says in brackets what it holds, "이름 / 직함 / 소속": a name, a role, a short organisation', () => {
    check(
      `
      # Cloud Native Meetup Daegu 2024

      | # | 시간 | 세션 | 발표자 (이름 / 직함 / 소속) |
      |---|------|------|------|
      | 1 | 10:20 | Argo CD로 배포 자동화 | 김도윤 / Staff SRE / 카카오페이 |
      | 2 | 11:10 | 테라폼 모듈 버저닝 | 송가은 / Database Reliability Engineer / 당근 |
      `,
      `
      event Cloud Native Meetup Daegu 2024 | 2024 | -
      talk 5 Argo CD로 배포 자동화 | 김도윤 (카카오페이) | argo-cd
      talk 6 테라폼 모듈 버저닝 | 송가은 (당근) | terraform
      `,
    );
  });

  test('a heading that is only a slot ("Track B 11:00~11:40", "키노트 (Track A 10:00~)"), the title in bold under it, the speaker under a label alone', () => {
    check(
      `
      # 클라우드 네이티브 부산 2024

      ## 키노트 (Track A 10:00~)
      **쿠버네티스 10년 회고**
      [발표자]
      - 김하늘 (부산클라우드)

      ## Track B 11:00~11:40
      **Argo CD로 50개 클러스터 운영하기**
      발표자:
      - 이도윤 (해운대랩스)
      - ApplicationSet 사용
      `,
      `
      event 클라우드 네이티브 부산 2024 | 2024 | -
      talk 4 쿠버네티스 10년 회고 | 김하늘 (부산클라우드) | kubernetes
      talk 9 Argo CD로 50개 클러스터 운영하기 | 이도윤 (해운대랩스) | argo-cd
      `,
    );
  });

  test("an outline by indentation alone (tabs): titles at the margin or a level in, speakers on the deeper line under them; a mail's header is no venue", () => {
    check(
      `
      件名: Infra Kaigi 2024 参加メモ
      日付: 2024/6/1 (土) 22:10
      宛先: sre-team@

      会場は神戸国際会議場

      受付
      	9:30着
      基調講演
      	高橋 健一（メルカリ）
      		SLOの話
      Terraformで300アカウント
      	渡辺 美咲 / freee
      	state分割
      LT枠
      	RedisをeBPFで追った話
      		鈴木 拓也（個人）
      	Ansibleはまだ死んでない
      		加藤 由美（NTTドコモ）
      `,
      `
      event Infra Kaigi 2024 | 2024-06-01 | 神戸国際会議場
      talk 9 基調講演 | 高橋 健一 (メルカリ) | -
      talk 12 Terraformで300アカウント | 渡辺 美咲 (freee) | terraform
      talk 16 RedisをeBPFで追った話 | 鈴木 拓也 | ebpf redis
      talk 18 Ansibleはまだ死んでない | 加藤 由美 (NTTドコモ) | ansible
      `,
      { plainText: true },
    );
  });

  test('a note typed in lower case: "first up" and "second" over each title, "a and b both from org" under it', () => {
    check(
      `
      portland devops meetup
      june 6 2024 at the puppet office

      first up
      scaling karpenter past 2000 nodes
      jessica tran from lyft
      karpenter on eks

      second
      otel collector in prod
      raj patel and emily chen both from honeycomb
      tail sampling with the opentelemetry collector
      `,
      `
      event portland devops meetup | 2024-06-06 | the puppet office
      talk 5 scaling karpenter past 2000 nodes | jessica tran (lyft) | aws-eks karpenter
      talk 10 otel collector in prod | raj patel (honeycomb), emily chen (honeycomb) | opentelemetry
      `,
      { plainText: true },
    );
  });

  test('a phone\'s notes: "09:50 🎤 Name - Title" (the speaker first), "14:50 ⚡ LTs" over its items, "tue 6/4/24" dated by its weekday', () => {
    check(
      `
      # platform summit lisbon
      tue 6/4/24 · LX Factory

      09:50 🎤 Hiro Tanaka - Incident Command for Small Teams
       - pagerduty + slack bot

      11:00 🎤 Rachel Kim - Postgres failover that actually works
       - patroni + etcd

      14:50 ⚡ LTs
       - Ben Wu: "SLOs in 5 Minutes"
       - Ivy Chen (Lyft): "Our Kubernetes Upgrade Checklist"
      `,
      `
      event platform summit lisbon | 2024-06-04 | LX Factory
      talk 4 Incident Command for Small Teams | Hiro Tanaka | pagerduty slack
      talk 7 Postgres failover that actually works | Rachel Kim | etcd patroni postgresql
      talk 11 SLOs in 5 Minutes | Ben Wu | -
      talk 12 Our Kubernetes Upgrade Checklist | Ivy Chen (Lyft) | kubernetes
      `,
    );
  });

  test('"🎤 Name - Title" with the organisation alone in brackets on the next line; a chat\'s "ㄱㄱ" after the event\'s name', () => {
    check(
      `
      대구 클라우드 밋업 3회 ㄱㄱ
      2024/9/7 토 14시

      🎤 서지우 - Argo CD 멀티클러스터 운영기
      (마이리얼트립)
      - appset cluster generator

      🎤 백승호 - 프로메테우스 장기보관 이야기
      (카카오엔터프라이즈)
      - thanos에서 mimir로
      `,
      `
      event 대구 클라우드 밋업 3회 | 2024-09-07 | -
      talk 4 Argo CD 멀티클러스터 운영기 | 서지우 (마이리얼트립) | argo-cd
      talk 8 프로메테우스 장기보관 이야기 | 백승호 (카카오엔터프라이즈) | prometheus thanos
      `,
      { plainText: true },
    );
  });

  test('"Org의 Name님" (one or two people with 님), "■ 라이트닝 토크" over a numbered list, "내 정리" that is the writer\'s own', () => {
    check(
      `
      제3회 Daejeon Infra Meetup 정리
      일시: 2024년 6월 18일 (화) 19:30~22:00

      ■ 테라폼 모듈 정리기
      발표자: 스토어링크의 김민수님 (플랫폼팀)
      - 모듈마다 semver 태그

      ■ Vault로 DB 크리덴셜 발급하기
      발표자: 페이노트의 이지은님과 박준호님
      - database secrets engine

      ■ 라이트닝 토크
      1. "앤서블 아직 씁니다" - 남궁현님 (개인)
      2. "젠킨스에서 옮기고 후회한 점" - 클라우드포레의 장하은님

      내 정리
      - 모듈 버전 고정, Atlantis 검토
      `,
      `
      event 제3회 Daejeon Infra Meetup | 2024-06-18 | -
      talk 4 테라폼 모듈 정리기 | 김민수 (스토어링크) | terraform
      talk 8 Vault로 DB 크리덴셜 발급하기 | 이지은 (페이노트), 박준호 (페이노트) | vault
      talk 13 앤서블 아직 씁니다 | 남궁현 | ansible
      talk 14 젠킨스에서 옮기고 후회한 점 | 장하은 (클라우드포레) | jenkins
      `,
      { plainText: true },
    );
  });

  test('a table of bars with no "|---|" under its header (a pasted page in plain text), read by the header\'s columns', () => {
    check(
      `
      Observability Nagoya #4

      ■ タイムテーブル
      | 時間 | 内容 | 登壇者 |
      | 19:10〜19:40 | OpenTelemetry Collector を本番で運用 | 山田 翔太（株式会社ミライ決済） |
      | 19:40〜19:50 | LT: Kafkaのlagを見える化 | 伊藤 大輔（フリー） |

      - 伊藤さん：kafka-lag-exporter → Prometheus
      `,
      `
      event Observability Nagoya #4 | - | -
      talk 5 OpenTelemetry Collector を本番で運用 | 山田 翔太 (株式会社ミライ決済) | opentelemetry
      talk 6 Kafkaのlagを見える化 | 伊藤 大輔 | kafka
      `,
      { plainText: true },
    );
  });

  test('"- **Title**" at the first level, its people in the nested items under it ("Name | Org | Role", a moderator labelled)', () => {
    check(
      `
      # Cloud Summit Incheon 2024 후기

      ## 오전

      - **EKS에서 Karpenter로 비용 줄이기**
        - 정하늘 | 모아핀테크 | DevOps Engineer
        - NodePool 3개

      - **테라폼과 CDK를 같이 쓰는 이유**
        - 서지훈 | 클라우드웨이브 | Cloud Architect
        - 한예린 | 클라우드웨이브 | Platform Engineer
        - 기반은 테라폼

      - **패널 토크: 플랫폼 엔지니어링**
        - 모더레이터: 강도윤 | 누리클라우드 | Solutions Architect
        - Backstage 얘기
      `,
      `
      event Cloud Summit Incheon 2024 | 2024 | -
      talk 5 EKS에서 Karpenter로 비용 줄이기 | 정하늘 (모아핀테크) | aws-eks karpenter
      talk 9 테라폼과 CDK를 같이 쓰는 이유 | 서지훈 (클라우드웨이브), 한예린 (클라우드웨이브) | aws-cdk terraform
      talk 14 패널 토크: 플랫폼 엔지니어링 | 강도윤 (누리클라우드) | backstage
      `,
    );
  });

  test('a report\'s front matter dated when it was written, its "開催日" the event\'s; "聴講したセッション" is no talk; a panel\'s moderator after a slash', () => {
    check(
      `
      ---
      title: 【社内共有】Infra Kaigi 2024 参加レポート
      author: 山田 拓海
      date: 2024-08-05
      ---

      # Infra Kaigi 2024 参加レポート

      開催日：2024年8月3日（土）

      ## 2. 聴講したセッション

      ■ 基調講演
      登壇者：Liz Fong-Jones（Honeycomb）
      - OpenTelemetryの話

      ■ パネルディスカッション：SREチームの採用と育成
      登壇者：伊藤 真希（freee）、渡辺 誠（ヤプリ）／モデレーター：小林 さやか（実行委員会）
      - オンコール手当の話
      `,
      `
      event Infra Kaigi 2024 | 2024-08-03 | -
      talk 13 基調講演 | Liz Fong-Jones (Honeycomb) | opentelemetry
      talk 17 パネルディスカッション：SREチームの採用と育成 | 伊藤 真希 (freee), 渡辺 誠 (ヤプリ), 小林 さやか (実行委員会) | -
      `,
    );
  });

  test('"ㄴ" and "└" mark the lines under a title; "[참관 기록]" is the post\'s kind, not a speaker', () => {
    check(
      `
      [참관 기록] 울산 Observability 밋업 2회
      ━━━━━━━━━━━━━━━━━━━━
      일시: 2024. 9. 12.(목) 19:00~21:30
      ━━━━━━━━━━━━━━━━━━━━

      ■ 세션 기록

      [세션1] 프로메테우스 장기 보관 비교
       ㄴ 발표자: 강태윤 (해운대테크)
       ㄴ Thanos와 Mimir 둘 다 PoC

      [세션2] 레거시 자바 서비스 계측하기
       └ 발표자: 문지혜 (광안정보)
       └ OpenTelemetry agent
      `,
      `
      event 울산 Observability 밋업 2회 | 2024-09-12 | -
      talk 8 프로메테우스 장기 보관 비교 | 강태윤 (해운대테크) | grafana-mimir prometheus thanos
      talk 12 레거시 자바 서비스 계측하기 | 문지혜 (광안정보) | java opentelemetry
      `,
      { plainText: true },
    );
  });

  test('a database exported as CSV: a quoted memo cell over several lines, list items among them, the next row after it; the cells after the speakers\' are the talk\'s text', () => {
    check(
      `
      Infra Meetup Daegu #5 세션 DB (Notion export)

      Name,발표자,소속,Type,메모
      등록 & 네트워킹,,,운영,"19:00 시작"
      테라폼 모듈 레지스트리 구축기,김도윤,한빛페이,세션,"- 버전 pinning
      - release-please로 CHANGELOG"
      "Vault로 DB 크리덴셜 발급하기 (feat. PostgreSQL)",이서연,마켓플러스,세션,"- 볼트 에이전트 사이드카"
      [LT] Packer로 AMI 굽기,정하늘,,LT,"- 패커 HCL2
      - packer build"
      `,
      `
      event Infra Meetup Daegu #5 세션 DB | - | -
      talk 5 테라폼 모듈 레지스트리 구축기 | 김도윤 (한빛페이) | terraform
      talk 7 Vault로 DB 크리덴셜 발급하기 (feat. PostgreSQL) | 이서연 (마켓플러스) | postgresql vault
      talk 8 Packer로 AMI 굽기 | 정하늘 | aws-ami hcl packer
      `,
      { plainText: true },
    );
  });

  test('a programme\'s labelled session code over each title ("セッションID：AWS-15\u3000レベル：300"); a vendor\'s name starts no person\'s ("― Amazon Managed Service for …")', () => {
    check(
      `
      ■AWS Summit Osaka 2023 メモ
      2023年6月20日（火）

      ────────────────────
      セッションID：AWS-15　レベル：300
      Amazon EKSで作るマルチテナント基盤
      登壇者：森田 亮（ネクストクラウド）
      ・Karpenter推し

      ────────────────────
      セッションID：DEV-07　レベル：300
      プロメテウスで始めるコンテナ監視 ― Amazon Managed Service for Prometheus実践
      登壇者：吉田 拓海（株式会社ネクストクラウド）
      ・AMP
      `,
      `
      event AWS Summit Osaka 2023 | 2023-06-20 | -
      talk 6 Amazon EKSで作るマルチテナント基盤 | 森田 亮 (ネクストクラウド) | aws-eks karpenter
      talk 12 プロメテウスで始めるコンテナ監視 ― Amazon Managed Service for Prometheus実践 | 吉田 拓海 (株式会社ネクストクラウド) | aws-managed-prometheus prometheus
      `,
      { plainText: true },
    );
  });

  test('a vendor before a person in brackets, "(Amazon Aoife Müller)": the vendor is the organisation, whatever the given name', () => {
    check(
      `
      클라우드 보안 소모임 부산 2024

      [기술세션 1] '볼트 없이 Consul Template 운영하기' (Amazon Aoife Müller)
      - consul-template

      [기술세션 2] 'Falco 처음 시작하기' (Google Lars Jensen)
      - falco
      `,
      `
      event 클라우드 보안 소모임 부산 2024 | 2024 | -
      talk 3 볼트 없이 Consul Template 운영하기 | Aoife Müller (Amazon) | consul consul-template vault
      talk 6 Falco 처음 시작하기 | Lars Jensen (Google) | falco
      `,
      { plainText: true },
    );
  });

  test('a lightning label, then a talk\'s line at the margin in the same paragraph ("[Title](url) — Name"), its notes as items', () => {
    check(
      `
      # DevOps Night Ghent 2024

      ## Stop Paging Me - Ayla Demir, Celonis
      - SLO alerts

      ignite talks (5 min, auto-advancing slides):
      [Kafka Is Not a Database](https://example.org/ignite-demir) — Elif Demir
      - log compaction is not a database
      `,
      `
      event DevOps Night Ghent 2024 | 2024 | -
      talk 3 Stop Paging Me | Ayla Demir (Celonis) | -
      talk 7 Kafka Is Not a Database | Elif Demir | kafka
      `,
    );
  });

  test('"登壇者：" alone under a title, its people on the indented lines below it', () => {
    check(
      `
      AWS Summit Kobe 2023

      ────────────────────
      セッションID：AWS-41　レベル：300
      Amazon Aurora PostgreSQLへの移行
      登壇者：
        大西 健一（アマゾン ウェブ サービス ジャパン合同会社）
        Peter Novak（株式会社グローバルリテールジャパン）
      ・DMSの話
      `,
      `
      event AWS Summit Kobe 2023 | 2023 | -
      talk 5 Amazon Aurora PostgreSQLへの移行 | 大西 健一 (アマゾン ウェブ サービス ジャパン合同会社), Peter Novak (株式会社グローバルリテールジャパン) | aws-aurora aws-dms postgresql
      `,
      { plainText: true },
    );
  });

  test('"🎤 패널 - Title" among speaker-first lines, the panel\'s people on the next line', () => {
    check(
      `
      울산 쿠버네티스 밋업 2회

      🎤 서지우 - Argo CD 멀티클러스터 운영기
      (마이리얼트립)
      - appset

      🎤 패널 - 온프렘 k8s vs EKS, 뭐 씀?
      노태윤(부산은행), 김하나(NHN), 이도윤(프리랜서)
      - 금융권은 온프렘
      `,
      `
      event 울산 쿠버네티스 밋업 2회 | - | -
      talk 3 Argo CD 멀티클러스터 운영기 | 서지우 (마이리얼트립) | argo-cd
      talk 7 온프렘 k8s vs EKS, 뭐 씀? | 노태윤 (부산은행), 김하나 (NHN), 이도윤 | aws-eks kubernetes
      `,
      { plainText: true },
    );
  });
});

describe('layouts first met in session 37', () => {
  test('a timetable slot\'s labelled fields ("Room:", "Level:", "Tags:") are neither talks nor speakers; its panelists come after them', () => {
    check(
      `
      PlatformCon Lisbon — day 1
      May 14th 2025

      10:00-10:40 Golden Paths Without Gates / Rita Sousa, Farfetch
        Room: Auditorium 2   Format: 40 min   Level: Intermediate
        Tags: backstage, terraform
        - templates in Backstage, modules in Terraform

      11:00-11:45 Panel: Who Owns the Platform?
        Format: Panel, 45 min
        Panelists: Joana Reis (Talkdesk), Miguel Faria (OutSystems)
        - nobody wants the pager
      `,
      `
      event PlatformCon Lisbon | 2025-05-14 | -
      talk 4 Golden Paths Without Gates | Rita Sousa (Farfetch) | backstage terraform
      talk 9 Panel: Who Owns the Platform? | Joana Reis (Talkdesk), Miguel Faria (OutSystems) | -
      `,
      { plainText: true },
    );
  });

  test('"[세션 1] Title" with 트랙 and 난이도 fields before its 발표자 line', () => {
    check(
      `
      대전 클라우드 밋업 5회

      [세션 1] 테라폼 상태 파일 쪼개기
      트랙: 메인
      난이도: 중급
      발표자: 문가영 (한밭소프트)
      - state를 팀별로 나눔

      [세션 2] 쿠버네티스 비용 줄이기
      발표자: 오세훈 (대덕클라우드)
      난이도: 초급
      - 스팟 인스턴스
      `,
      `
      event 대전 클라우드 밋업 5회 | - | -
      talk 3 테라폼 상태 파일 쪼개기 | 문가영 (한밭소프트) | terraform
      talk 9 쿠버네티스 비용 줄이기 | 오세훈 (대덕클라우드) | kubernetes
      `,
      { plainText: true },
    );
  });

  test('"- **Title**" items: fields nested before the speaker, and a bold sibling that names no speaker is a talk too; "## 발표" is no talk', () => {
    check(
      `
      # 광주 데브옵스 모임 3월

      ## 발표

      - **GitHub Actions 러너 자체 호스팅기**
        - 발표: 한지민 (무등테크)
        - 러너 20대
      - **Vault로 인증서 자동 발급**
        - 난이도: 중급
        - 발표자: 서도윤 (빛고을페이)
        - PKI 엔진
      - **Helm 차트 린트 자동화**
        - 영상: 나중에 올라온다고 함
        - chart-testing
      - 저녁 (국밥)
      `,
      `
      event 광주 데브옵스 모임 3월 | - | -
      talk 5 GitHub Actions 러너 자체 호스팅기 | 한지민 (무등테크) | github-actions
      talk 8 Vault로 인증서 자동 발급 | 서도윤 (빛고을페이) | vault
      talk 12 Helm 차트 린트 자동화 | - | chart-testing helm
      `,
    );
  });

  test('"[LT] 라이트닝 토크 3개 (각 5분)": a lightning label with how many, its items the talks; "나도" and "이미지" are no names', () => {
    check(
      `
      인천 인프라 밋업

      === 오프닝 ===
      운영진 인사, 다음 발표자 모집 (나도 LT 내볼까..)

      [세션 1] Packer로 이미지 굽기
      발표자: 윤태오 (송도랩스)
      - 이미지 굽는 시간 25분 → 9분 (캐시 + 병렬)

      [LT] 라이트닝 토크 2개 (각 5분)
       - "Trivy로 갈아탄 후기" — 최유리 (바다커머스)
       - "Nomad로 배치 돌리기" — 정하늘 (개인)
      `,
      `
      event 인천 인프라 밋업 | - | -
      talk 6 Packer로 이미지 굽기 | 윤태오 (송도랩스) | packer
      talk 11 Trivy로 갈아탄 후기 | 최유리 (바다커머스) | trivy
      talk 12 Nomad로 배치 돌리기 | 정하늘 | nomad
      `,
      { plainText: true },
    );
  });

  test('a journal\'s day is no event: the heading that names one, after the day\'s todos and meetings, is', () => {
    check(
      `
      # Thu 14 Nov 2024

      ## Todos
      - [ ] renew the wildcard cert
      - [ ] review the node pool PR
      - [x] book the train
      - [ ] expense report
      - [ ] answer Dana
      - [ ] staging upgrade RFC
      - [ ] order a new keyboard

      ## Meetings
      - 09:00 standup
      - 11:00 vendor call
      - 15:00 1:1 moved

      ## KubeCon North America 2024 — day 2
      ### Cilium Without Tears - Ana Ortiz (Isovalent)
      - network policies, Hubble
      `,
      `
      event KubeCon North America 2024 | 2024-11-14 | -
      talk 18 Cilium Without Tears | Ana Ortiz (Isovalent) | cilium hubble
      `,
    );
  });

  test('an HTML comment, a labelled date line and a channel in brackets name no event; a hashtag in a sentence does', () => {
    check(
      `
      <!-- drafts, posted from the hotel wifi -->

      1/ live from day 1 of #HashiConf 2025 in Boston. thread

      ## Terraform Stacks in Practice - Omar Haddad (HashiCorp)
      - stacks
      `,
      `
      event HashiConf 2025 | 2025 | -
      talk 5 Terraform Stacks in Practice | Omar Haddad (HashiCorp) | terraform
      `,
    );
    check(
      `
      [#infra-daegu 채널 스레드 복붙]

      📢 오늘 HashiCorp Korea User Group 대구 밋업 실시간 스레드입니다!
      일시: 2025년 3월 6일 (목) 19:00~21:00 / 장소: 동성로 스페이스

      19:10 발표 1 — Consul로 서비스 찾기 / 남궁민 (달구벌랩)
      `,
      `
      event HashiCorp Korea User Group | 2025-03-06 | 동성로 스페이스
      talk 6 Consul로 서비스 찾기 | 남궁민 (달구벌랩) | consul
      `,
      { plainText: true },
    );
  });

  test('a sentence in Japanese or Korean names the event in Latin letters, or says the writer went to it', () => {
    check(
      `
      今日は梅田のホールで Platform Engineering Meetup Osaka #4。2025/1/22（水）、定時で退社して参加
      19:10 「Terraformの導入」中西 翔（ナニワ技研）
      `,
      `
      event Platform Engineering Meetup Osaka #4 | 2025-01-22 | -
      talk 2 Terraformの導入 | 中西 翔 (ナニワ技研) | terraform
      `,
      { plainText: true },
    );
    check(
      `
      대구 클라우드 네이티브 밋업 다녀옴. 2025/2/8 토요일 오후, 동성로.
      - "Argo CD 도입기" — 배수지 (팔공소프트)
      - "Helm 차트 정리" — 탁민재 (수성클라우드)
      `,
      `
      event 대구 클라우드 네이티브 밋업 | 2025-02-08 | -
      talk 2 Argo CD 도입기 | 배수지 (팔공소프트) | argo-cd
      talk 3 Helm 차트 정리 | 탁민재 (수성클라우드) | helm
      `,
      { plainText: true },
    );
  });

  test('the file\'s name names the event when the note\'s lines do not', () => {
    check(
      `
      2025/6/20 (木)　幕張メッセ

      9:40着、入場QRでもたつく。
      ■「Amazon EKSの運用」佐々木 望（クラウド商事）
      ■「Terraformのモジュール設計」工藤 陸（ミナト電機）
      `,
      `
      event aws summit japan 2025 | 2025-06-20 | 幕張メッセ
      talk 4 Amazon EKSの運用 | 佐々木 望 (クラウド商事) | aws-eks
      talk 5 Terraformのモジュール設計 | 工藤 陸 (ミナト電機) | terraform
      `,
      { plainText: true, name: 'aws-summit-japan-2025-memo.txt' },
    );
  });

  test('letters and digits typed full-width read as ASCII ones, and named as typed; a lightning label\'s first talk on its next line; a bullet indented by an ideographic space', () => {
    check(
      `
      # ＨａｓｈｉＣｏｒｐ　Ｕｓｅｒ　Ｇｒｏｕｐ　Ｓａｐｐｏｒｏ　＃３　参加メモ
      2025年2月7日（金）

      １９：０５〜１９：３５　『Ｔｅｒｒａｆｏｒｍのモジュール設計』　登壇者：北村 優（株式会社ユキテック）
      ・module分割の話

      ２０：１５〜２０：４５　ＬＴ枠（５分×２本）
      ①「Ｐａｃｋｅｒでイメージを焼く」　登壇者：菅野 凛
      　・月1ビルド
      ②「Ｖａｕｌｔの監査ログ」　登壇者：横田 陽（株式会社ハコダテ）
      　・Datadogに送る
      `,
      `
      event ＨａｓｈｉＣｏｒｐ　Ｕｓｅｒ　Ｇｒｏｕｐ　Ｓａｐｐｏｒｏ　＃３ | 2025-02-07 | -
      talk 4 Ｔｅｒｒａｆｏｒｍのモジュール設計 | 北村 優 (株式会社ユキテック) | terraform
      talk 8 Ｐａｃｋｅｒでイメージを焼く | 菅野 凛 | packer
      talk 10 Ｖａｕｌｔの監査ログ | 横田 陽 (株式会社ハコダテ) | datadog vault
      `,
    );
  });

  test('"① 〈Title〉 · Name · Org" lines; "━━━━" then "내 생각 정리" ends the last talk', () => {
    check(
      `
      울산 인프라 밋업 #3 — 2025년 4월 5일

      ① 〈테라폼 상태 쪼개기〉 · 엄지원 · 태화소프트
      ▶ 팀별 state

      ② 〈OpenTelemetry Collector 삽질기〉 · 방준서 · 고래랩
      ▶ tail sampling 메모리

      ━━━━━━━━━━
      내 생각 정리
      · Karpenter 검토
      `,
      `
      event 울산 인프라 밋업 #3 | 2025-04-05 | -
      talk 3 테라폼 상태 쪼개기 | 엄지원 (태화소프트) | terraform
      talk 6 OpenTelemetry Collector 삽질기 | 방준서 (고래랩) | opentelemetry
      `,
      { plainText: true },
    );
  });

  test('wiki exports: Backlog\'s "|…|h" header row over rows of bars, its \'\'bold\'\' labels; a DokuWiki caret row is no talk; a user group is nobody', () => {
    check(
      `
      * HashiCorp User Group Kobe #2 参加メモ

      ''日付'': 2025-03-08（土）
      ''会場'': 三宮テックラウンジ

      |時間|タイトル|登壇者|h
      |13:00|受付・オープニング|運営|
      |13:15|Terraformのテスト入門|吉岡 蓮（株式会社ミナト）|
      |13:50|Vault運用一年|松浦 葵（コウベ製作所）|
      `,
      `
      event HashiCorp User Group Kobe #2 | 2025-03-08 | 三宮テックラウンジ
      talk 8 Terraformのテスト入門 | 吉岡 蓮 (株式会社ミナト) | terraform
      talk 9 Vault運用一年 | 松浦 葵 (コウベ製作所) | vault
      `,
    );
    check(
      `
      ====== HUG Daegu 3월 밋업 (HashiCorp User Group Daegu) ======

      ===== 테라폼 모듈 정리기 =====
      발표자: 편지훈 (수성랩스)

      ^ 항목 ^ 이전 ^ 이후 ^
      | 모듈 수 | 120 | 40 |

      ===== Vault 동적 시크릿 =====
      발표자: 변서아 (달성클라우드)
      `,
      `
      event HUG Daegu 3월 밋업 | - | -
      talk 3 테라폼 모듈 정리기 | 편지훈 (수성랩스) | terraform
      talk 9 Vault 동적 시크릿 | 변서아 (달성클라우드) | vault
      `,
      { plainText: true },
    );
  });

  test('a MediaWiki infobox names the event and its venue', () => {
    check(
      `
      {{Infobox conference
      | name      = SREcon25 Europe
      | venue     = Dublin Convention Centre
      }}
      '''SREcon25 Europe''' – my notes from day 1 (Tue 21 October 2025).

      == Alerting Without Tears ==
      '''Speakers:''' Siobhan Kelly (Stripe)
      * burn-rate alerts in Prometheus

      == Postgres Failover Drills ==
      '''Speakers:''' Cian Byrne (Intercom)
      * Patroni every quarter
      `,
      `
      event SREcon25 Europe | 2025-10-21 | Dublin Convention Centre
      talk 7 Alerting Without Tears | Siobhan Kelly (Stripe) | prometheus
      talk 11 Postgres Failover Drills | Cian Byrne (Intercom) | patroni postgresql
      `,
      { plainText: true },
    );
  });

  test('a schedule export\'s blocks: the title, its day and hours, its room, then "Moderators:" and "Speakers:" (people set apart by semicolons)', () => {
    check(
      `
      # Cloud Native Rejekts 2025 – Wed

      ----------------------------------------

      Scaling Argo CD to 500 Clusters
      Wednesday March 12, 2025 11:00am - 11:35am CET
      Pavilion 2 | Level 2.1 | Room B
      Speakers: Noor Haddad, Fluxworks; Ivo Petrov, Sofia Cloud
      >> sharded controllers

      ----------------------------------------

      Panel: Who Owns the Pager?
      Wednesday March 12, 2025 3:00pm - 3:35pm CET
      Room 210
      Moderators: Ana Lima, Independent
      Speakers: Kenji Mori, Tokai Rail; Lea Braun, Alpenbank; Omar Said, Nilecart
      >> nobody
      `,
      `
      event Cloud Native Rejekts 2025 | 2025-03 | -
      talk 5 Scaling Argo CD to 500 Clusters | Noor Haddad (Fluxworks), Ivo Petrov (Sofia Cloud) | argo-cd
      talk 13 Panel: Who Owns the Pager? | Ana Lima, Kenji Mori (Tokai Rail), Lea Braun (Alpenbank), Omar Said (Nilecart) | -
      `,
    );
  });

  test('"김도윤: Title" lines with notes under them, the day from the file\'s name; what someone said after a colon is no talk', () => {
    check(
      `
      광주 테라폼 밋업 #2 @ 충장로

      나성민: 테라폼 모듈 버저닝
       - git 태그로 고정
      윤가람(빛고을랩): Atlantis로 PR마다 plan
       - plan 결과가 PR 코멘트로
      탁정우: tf state 쪼개기
       - 박소영: 작은 팀은 그냥 ECS로 충분하다, k8s 는 사치
      `,
      `
      event 광주 테라폼 밋업 #2 | 2025-04-12 | -
      talk 3 테라폼 모듈 버저닝 | 나성민 | git terraform
      talk 5 Atlantis로 PR마다 plan | 윤가람 (빛고을랩) | atlantis
      talk 7 tf state 쪼개기 | 탁정우 | aws-ecs kubernetes terraform
      `,
      { plainText: true, name: '2025-04-12-tf-gwangju.txt' },
    );
  });

  test('a log of messages to oneself: "[오후 1:40] 🎤 Name - Title (Org)" opens a talk; "[오후 3:00] 쉬는시간 …" ends it; "… 도착" is no part of the event\'s name', () => {
    check(
      `
      --------------- 2025년 3월 8일 토요일 ---------------
      [오후 1:02] 울산 인프라 모임 #4 도착
      [오후 1:40] 🎤 편하늘 - 프로메테우스 장기 보관 비교 (세일즈랩)
      [오후 1:43] thanos sidecar + s3
      [오후 3:00] 쉬는시간 케이터링 chef님이 어묵 튀겨줌
      [오후 3:20] 🎤 도경민 - Argo Rollouts로 카나리
      [오후 3:25] 분석 템플릿
      `,
      `
      event 울산 인프라 모임 #4 | 2025-03-08 | -
      talk 3 프로메테우스 장기 보관 비교 | 편하늘 (세일즈랩) | aws-s3 prometheus thanos
      talk 6 Argo Rollouts로 카나리 | 도경민 | argo-rollouts
      `,
      { plainText: true },
    );
  });

  test('a numbered panel item with "moderator:" and "panelists:" lines under it: all its people', () => {
    check(
      `
      Subject: HashiConf notes

      1. "Vault at 10k Services" - Ana Ruiz (Stripe)
         - auto-unseal with KMS
      2. PANEL: "Who owns the platform?"
         moderator: Rosa White (HashiCorp)
         panelists: Deepa Rao (Wayfair), Colin Ames (incident.io)
         - golden paths
      `,
      `
      event HashiConf | - | -
      talk 3 Vault at 10k Services | Ana Ruiz (Stripe) | aws-kms vault
      talk 5 Who owns the platform? | Rosa White (HashiCorp), Deepa Rao (Wayfair), Colin Ames (incident.io) | -
      `,
      { plainText: true },
    );
  });

  test('"◆ 1本目 / Name（Org）" over a quoted title alone; "21:00〜 懇親会" ends the last talk; "### 1번" over a timetable\'s notes is no talk', () => {
    check(
      `
      HashiCorp User Group Kobe vol.3
      2025年2月14日（金）19:00〜

      ◆ 1本目 / 吉村 拓さん（ミナト製作所）
      『Terraformのstate分割、やりすぎた話』
        - stateが300個

      ◆ LT / 井口さん（コウベクラウド）
      『Sentinelポリシーのテスト』
        - sentinel test

      21:00〜 懇親会（会場そのまま）
        - Vaultの話で盛り上がった
      `,
      `
      event HashiCorp User Group Kobe vol.3 | 2025-02-14 | -
      talk 5 Terraformのstate分割、やりすぎた話 | 吉村 拓 (ミナト製作所) | terraform
      talk 9 Sentinelポリシーのテスト | 井口 (コウベクラウド) | sentinel
      `,
      { plainText: true },
    );
    check(
      `
      # 대구 쿠버네티스 밋업 #2

      | 시간 | 세션 | 발표자 |
      |---|---|---|
      | 14:00 | 쿠버네티스 NetworkPolicy 삽질기 | 강태민 (달서랩) |
      | 14:40 | Argo CD로 클러스터 20개 배포하기 | 오유진 (수성클라우드) |

      ### 1번
      - default deny
      ### 2번
      - ApplicationSet
      `,
      `
      event 대구 쿠버네티스 밋업 #2 | - | -
      talk 5 쿠버네티스 NetworkPolicy 삽질기 | 강태민 (달서랩) | kubernetes
      talk 6 Argo CD로 클러스터 20개 배포하기 | 오유진 (수성클라우드) | argo-cd
      `,
    );
  });
});

describe('layouts first met in session 38', () => {
  test('a hanging-indent list of rated talks: "★★★☆☆ Title - Name" at the margin, notes indented under it; people in brackets set apart by slashes', () => {
    check(
      `
      DevOps Days Lisbon 2024
      talks i sat through, rated

      ★★★★☆ Retry storms and how to stop them (Inês Costa, Farfetch)
        backoff with jitter, an Envoy retry budget
      ★★★☆☆ Collector pipelines at scale - Pieter de Vries
        otel collector as a daemonset on k8s
      ★★☆☆☆ panel: on-call without tears (Aisha Bello / Tom Reyes / Ming Zhao)
        nobody talked about Nomad
      `,
      `
      event DevOps Days Lisbon 2024 | 2024 | -
      talk 4 Retry storms and how to stop them | Inês Costa (Farfetch) | envoy
      talk 6 Collector pipelines at scale | Pieter de Vries | kubernetes opentelemetry
      talk 8 panel: on-call without tears | Aisha Bello, Tom Reyes, Ming Zhao | nomad
      `,
      { plainText: true },
    );
  });

  test('a study group\'s list: "・Title (田中)", a family name alone in brackets, notes under it after arrows', () => {
    check(
      `
      インフラ勉強会 大阪 #7
      ・Terraformモジュール設計の勘所 (田中)
      　→ moduleは小さく、variablesは少なく
      ・Vault運用一年 (木村 / ナミノリ)
      　→ auto-unsealはKMSで
      ・LT: Ansibleでネットワーク機器 (井上)
      `,
      `
      event インフラ勉強会 大阪 #7 | - | -
      talk 2 Terraformモジュール設計の勘所 | 田中 | terraform
      talk 4 Vault運用一年 | 木村 (ナミノリ) | aws-kms vault
      talk 6 Ansibleでネットワーク機器 | 井上 | ansible
      `,
      { plainText: true },
    );
  });

  test('"Tags: …" under a session\'s heading, more sessions after it: the session\'s field, no footer; "セッション種別：…" is no title; "Title　登壇者：Name"; "個人的まとめ" is no talk', () => {
    check(
      `
      # HashiCorp User Group Nagoya vol.4

      2024-09-12 @ 名駅某所

      ## セッション1：Terraform Stacksを試した
      登壇者：伊藤 翔太（サイバーエージェント）
      - stackごとにdeployment

      ## セッション2：VaultでAWSの鍵をなくした話
      セッション種別：一般セッション（30分）
      Tags: vault, aws
      登壇者：小林 美咲（freee）
      - OIDCでログイン

      ## LT
      - LT1：Packerで作るGPU入りAMI　登壇者：中島 亮
      - LT2：Consul KVをやめた話　登壇者：高橋 誠（個人）

      ## 個人的まとめ
      - Vaultやりたい
      `,
      `
      event HashiCorp User Group Nagoya vol.4 | 2024-09-12 | 名駅某所
      talk 5 Terraform Stacksを試した | 伊藤 翔太 (サイバーエージェント) | terraform
      talk 9 VaultでAWSの鍵をなくした話 | 小林 美咲 (freee) | aws vault
      talk 16 Packerで作るGPU入りAMI | 中島 亮 | aws-ami packer
      talk 17 Consul KVをやめた話 | 高橋 誠 | consul
      `,
    );
  });

  test('a schedule\'s blocks pasted: the day and hours, then the title, the room, "Speakers: Name, Role, Org; Name, Role, Org"; a programme\'s "트랙 3 | 402호 | 11:00 - 11:40 | 레벨 300" over its title', () => {
    check(
      `
      # KubeCon EU, day 2

      Wednesday March 20, 2024 11:00am - 11:35am CET
      Flux vs. Drift: Keeping Clusters Honest
      Pavilion 7 | Level 7.3 | Room S02
      Speakers: Noor El-Amin, Senior SRE, Deutsche Bahn; Tobias Reiner, Cloud Architect, DB Systel
      >> moved half the fleet to Argo CD

      Wednesday March 20, 2024 2:30pm - 3:05pm CET
      Scaling Prometheus with Thanos
      Hall 7.1 | Observability
      Speakers: Jakub Nowicki, Staff Engineer, Grafana Labs; Mei Chen, SRE, Zalando
      `,
      `
      event KubeCon EU | 2024-03-20 | -
      talk 4 Flux vs. Drift: Keeping Clusters Honest | Noor El-Amin (Deutsche Bahn), Tobias Reiner (DB Systel) | argo-cd flux
      talk 10 Scaling Prometheus with Thanos | Jakub Nowicki (Grafana Labs), Mei Chen (Zalando) | prometheus thanos
      `,
    );
    check(
      `
      AWS Summit Seoul 2024 — Day 2
      ---------------------------------------------
      트랙 3 | 402호 | 11:00 - 11:40 | 레벨 300 (고급)
      [DEV304] Amazon EKS 위에서 Karpenter로 비용 줄이기
      발표자: 문채원 (Database Specialist SA, AWS), 윤성호 (DevOps Lead, 야놀자)
      ✅ 메모: NodePool 을 3개로

      ---------------------------------------------
      트랙 5 | 403호 | 11:50 - 12:30 | 레벨 200 (중급)
      [ARC212] Terraform으로 랜딩 존 구축하기
      발표자: 오세훈 (Senior SA, AWS)
      `,
      `
      event AWS Summit Seoul 2024 | 2024 | -
      talk 4 Amazon EKS 위에서 Karpenter로 비용 줄이기 | 문채원 (AWS), 윤성호 (야놀자) | aws-eks karpenter
      talk 10 Terraform으로 랜딩 존 구축하기 | 오세훈 (AWS) | terraform
      `,
      { plainText: true },
    );
  });

  test('a table of the talks, then notes that name each row by its number or its first cell ("### 1번", "#2 메모", "6장 메모"); "| 장 | 제목 | 발표 |" names the presenters; a workshop\'s labs are no talks', () => {
    check(
      `
      # 부산 쿠버네티스 스터디 3회차

      | 장 | 제목 | 발표 |
      |----|------|------|
      | 6장 | 볼륨과 스토리지 | 정다은 (부산은행) |
      | 7장 | 컨피그맵과 시크릿 | 한승우 |

      ---
      6장 메모
      - kind 클러스터에서 PVC 실습

      7장 메모
      - 실무에선 Vault 쓴다는 얘기
      `,
      `
      event 부산 쿠버네티스 스터디 3회차 | - | -
      talk 5 볼륨과 스토리지 | 정다은 (부산은행) | kind
      talk 6 컨피그맵과 시크릿 | 한승우 | vault
      `,
    );
    check(
      `
      # HashiCorp User Group Berlin #31

      | # | Talk | Speaker |
      |---|---|---|
      | 1 | Vault at scale | Lena Hoffmann (Zalando) |
      | 2 | Packer golden images | Tom Becker (Delivery Hero) |

      ### 1번
      - raft snapshots, auto-unseal

      ### 2
      - HCP Packer for image metadata

      ## Lab 1 – bootstrap the lab env
      - terraform init, Consul dev agent
      `,
      `
      event HashiCorp User Group Berlin #31 | - | -
      talk 5 Vault at scale | Lena Hoffmann (Zalando) | vault
      talk 6 Packer golden images | Tom Becker (Delivery Hero) | hcp-packer packer
      `,
    );
  });

  test('a trip report: "가. Title" items with "- 발표: Name (Org)" under them; front matter whose author writes a report on its event is no talk of hers; "ランチ・展示ブース" is no talk', () => {
    check(
      `
      출장 결과 보고 — AWS Summit Seoul 2024

      Ⅱ. 세션별 주요 내용

        가. 기조연설
          - 발표: 정현우 (AWS Korea)
          - Amazon Bedrock 데모 위주

        나. 테라폼으로 멀티 어카운트 랜딩존 관리하기
          - 발표: 최도윤 (한빛커머스)
          - Atlantis로 PR 단위 plan/apply
      `,
      `
      event AWS Summit Seoul 2024 | 2024 | -
      talk 5 기조연설 | 정현우 (AWS Korea) | aws-bedrock
      talk 9 테라폼으로 멀티 어카운트 랜딩존 관리하기 | 최도윤 (한빛커머스) | atlantis terraform
      `,
      { plainText: true },
    );
    check(
      `
      ---
      title: 出張報告 AWS Summit Japan 2024（2日目）
      author: 渡辺 光
      event: AWS Summit Japan 2024
      ---

      ## 聴講セッション

      ### Amazon EKSとKarpenterで実現するコスト最適化
      登壇者：中島 悠（AWS）
      - Karpenterのdrift機能

      ### ランチ・展示ブース
      - Datadogのブース

      ### テラフォームとAWS CDKの併用戦略
      登壇者：吉田 誠（ミライ証券）
      `,
      `
      event AWS Summit Japan 2024 | 2024 | -
      talk 9 Amazon EKSとKarpenterで実現するコスト最適化 | 中島 悠 (AWS) | aws-eks karpenter
      talk 16 テラフォームとAWS CDKの併用戦略 | 吉田 誠 (ミライ証券) | aws-cdk terraform
      `,
    );
  });

  test('a webinar\'s reminder mail: its name quoted in the subject, "Host:" names no event; "### Guest 1: Name (Org)" over its title in bold', () => {
    check(
      `
      From: HUG Online <events@hug-online.example>
      Subject: [Reminder] Webinar "Secrets Sprawl Is Real" starts in 1 hour
      Host: Dana Whitfield, HUG Online organizer

      ### Host intro — Dana
      - housekeeping

      ### Guest 1: Priya Raman (Ledgerline)
      **From static creds to zero: dynamic secrets with Vault**
      - database secrets engine for postgres

      ### Guest 2: Tomasz Wielgosz (Parcelhub)
      **Vault Secrets Operator vs External Secrets Operator**
      - ran both on the same EKS cluster
      `,
      `
      event Secrets Sprawl Is Real | - | -
      talk 9 From static creds to zero: dynamic secrets with Vault | Priya Raman (Ledgerline) | postgresql vault
      talk 13 Vault Secrets Operator vs External Secrets Operator | Tomasz Wielgosz (Parcelhub) | aws-eks external-secrets vault vault-secrets-operator
      `,
    );
  });

  test('a chat with oneself: a fence opened at the end of a message closes at the lone mark (no code hides the rest); "2번 발표 시작" then the title, then "Name님 / Org"; "3번: Title"; "LT1 Title - Name님"', () => {
    check(
      `
      --------------- 2024년 6월 15일 토요일 ---------------
      [김도윤] [오후 1:52] 서울 플랫폼 엔지니어링 밋업 7회 도착
      [김도윤] [오후 2:05] 1번 발표 「테라폼 모노레포 쪼개기」
      [김도윤] [오후 2:05] 발표자: 박서준님 (리틀페이)
      [김도윤] [오후 2:14] \`\`\`
      terraform state mv module.a module.b
      \`\`\`
      [김도윤] [오후 2:40] 2번 발표 시작
      [김도윤] [오후 2:40] 쿠버네티스 비용 40% 줄인 이야기
      [김도윤] [오후 2:41] 이하은님 / 마켓온
      [김도윤] [오후 2:44] Karpenter로 스팟 비율 70%
      [김도윤] [오후 3:25] 3번: 프로메테우스에서 Grafana Mimir로 옮긴 이야기
      [김도윤] [오후 3:25] 발표자: 정민호 (한빛물류)
      [김도윤] [오후 3:51] LT1 Vault 없이 시크릿 관리하기 - 최유나님
      [김도윤] [오후 3:53] SOPS로 git에 암호화
      `,
      `
      event 서울 플랫폼 엔지니어링 밋업 7회 | 2024-06-15 | -
      talk 3 테라폼 모노레포 쪼개기 | 박서준 (리틀페이) | terraform
      talk 9 쿠버네티스 비용 40% 줄인 이야기 | 이하은 (마켓온) | karpenter kubernetes
      talk 12 프로메테우스에서 Grafana Mimir로 옮긴 이야기 | 정민호 (한빛물류) | grafana grafana-mimir prometheus
      talk 14 Vault 없이 시크릿 관리하기 | 최유나 | git sops vault
      `,
      { plainText: true },
    );
  });

  test('event names: "SREcon24 EMEA — notes (observability-heavy day)", a first line over sentences one after another', () => {
    check(
      `
      # SREcon24 EMEA — notes (observability-heavy day)

      ## Metrics at scale - Jane Doe (Acme)
      - Prometheus remote write
      `,
      `
      event SREcon24 EMEA | - | -
      talk 3 Metrics at scale | Jane Doe (Acme) | prometheus
      `,
    );
    check(
      `
      KubeCon + CloudNativeCon Europe 2024
      notes from all 3 days (Mar 20-22 2024). typed on phone half the time, excuse typos

      Cilium at scale - Liz Rice (Isovalent)
      `,
      `
      event KubeCon + CloudNativeCon Europe 2024 | 2024-03-20..2024-03-22 | -
      talk 4 Cilium at scale | Liz Rice (Isovalent) | cilium
      `,
      { plainText: true },
    );
  });

  test('event names inside the writer\'s sentences: "Went to the Cloud Builders Singapore meetup (…) on …", "SREcon24 Americas — only made it to day 1 …", "今日は天神で「SRE勉強会 in 福岡 vol.5」に行ってきた"', () => {
    const name = (first: string) => extractNote('file:///n.md', `${first}\n\n## Metrics at scale - Jane Doe (Acme)\n- Prometheus\n`, { catalog }).events[0].name;
    assert.equal(name('Went to the Cloud Builders Singapore meetup (August edition) on August 14th 2024, hosted at The Working Capitol. Writing this on the MRT home.'), 'Cloud Builders Singapore meetup');
    assert.equal(name('SREcon24 Americas — only made it to day 1 (March 18th 2024), Hyatt Regency San Francisco Airport. Flight landed 2am so the first hour is fuzzy.'), 'SREcon24 Americas');
    assert.equal(name('今日は天神で「SRE勉強会 in 福岡 vol.5」に行ってきた（Doorkeeperで申し込み、抽選通った）。'), 'SRE勉強会 in 福岡 vol.5');
    // (Not a day of the event: "Your programme for Day 1".)
    assert.equal(name('Subject: [DevOpsDays Berlin 2024] Your programme for Day 1 (Tue 24.09.2024)'), 'DevOpsDays Berlin 2024');
  });

  test('a study group\'s lightning talks under "■ LT": " 1本目　Name（Org）「Title」〜subtitle〜", each less indented than the notes before it; the subtitle is the talk\'s text', () => {
    check(
      `
      SRE勉強会 in 福岡 vol.5

      ■ 開会あいさつ (運営の もりた さん)
        撮影OK

      ■ LT (5分×3本)
       1本目　ひろせさん（フクオカペイ）「オンコール当番表をやめた話」〜PagerDutyに全部寄せる〜
         ・Googleカレンダーで当番管理
       2本目　@otel_tanuki さん「分散トレースを入れたら、DBが犯人だった」
         ・Collector経由でJaegerへ
      `,
      `
      event SRE勉強会 in 福岡 vol.5 | - | -
      talk 7 オンコール当番表をやめた話 | ひろせ (フクオカペイ) | pagerduty
      talk 9 分散トレースを入れたら、DBが犯人だった | otel_tanuki | jaeger
      `,
      { plainText: true },
    );
  });

  test('a blog recap\'s own sections are no talks: "들은 세션 목록", "발표자료 모음", "사진"', () => {
    check(
      `
      # 부산 인프라 밋업 12회 후기

      ## 들은 세션 목록
      - 테라폼 모듈 이야기, 볼트 이야기

      ## 테라폼 모듈 200개, 모노레포로 살아남기 - 김민수 (Acme)
      - Terraform 모노레포

      ## 사진
      [사진] 단체 사진

      ## 발표자료 모음
      - https://example.com/slides
      `,
      `
      event 부산 인프라 밋업 12회 | - | -
      talk 6 테라폼 모듈 200개, 모노레포로 살아남기 | 김민수 (Acme) | terraform
      `,
    );
  });

});

describe('layouts first met in session 39', () => {
  test('a recap sentence broken over a short paragraph\'s lines: the person on one line, the marked title on the next', () => {
    check(
      `
      # 대구 클라우드 모임 3월 후기

      ## 첫 번째 발표

      첫 번째로는 한빛물류 인프라팀 오지훈님께서 발표해주신
      **「헬름 차트 50개를 하나로 합친 이야기」** 였어요.

      - Helm 라이브러리 차트로 공통화

      ## 두 번째 발표

      두 번째는 모아페이에서 SRE 하시는 남궁민님!
      제목은 \`볼트 에이전트로 시크릿 주입하기\` 였습니다.

      - Vault Agent 사이드카

      ## 세 번째 발표

      세 번째 발표자는 스텔라랩의 편도윤님.
      「ArgoCD 롤백 자동화」

      - Argo CD 롤백
      `,
      `
      event 대구 클라우드 모임 3월 | - | -
      talk 6 헬름 차트 50개를 하나로 합친 이야기 | 오지훈 | helm
      talk 13 볼트 에이전트로 시크릿 주입하기 | 남궁민 | vault vault-agent
      talk 20 ArgoCD 롤백 자동화 | 편도윤 (스텔라랩) | argo-cd
      `,
    );
  });

  test('a paragraph that says the keynote had no title: the quoted words after it are what it was about, no title', () => {
    check(
      `
      # Cloud Native Daegu 2024 일기

      오늘은 대구까지 다녀왔다.

      오프닝 키노트는 한빛클라우드 서지수 님이었는데 제목이 따로 없었다.
      내용은 "지역 기업 클라우드 전환기" 같은 거.

      첫 발표는 모아랩 엄태준 님의 「쿠버네티스 노드 비용 절반으로 줄이기」였다.
      Karpenter로 스팟 비중을 늘렸다고.
      `,
      `
      event Cloud Native Daegu 2024 일기 | 2024 | -
      talk 8 쿠버네티스 노드 비용 절반으로 줄이기 | 엄태준 | karpenter kubernetes
      `,
    );
  });

  test('a bullet\'s remark in brackets after a sentence ending in ㅠㅠ or with ㅎㅎ is no person and organisation', () => {
    check(
      `
      # 인프라 밋업 후기

      ## 🎤 첫 번째 발표
      첫 번째는 모아랩 하은비님이 발표하신 「테라폼 상태 파일 쪼개기」였어요.

      - 상태 파일 하나에 리소스 3천개 ㅠㅠ (공감 백배)

      ## 🎤 두 번째 발표
      두 번째는 스텔라랩 편도윤님이 발표하신 「이스티오 걷어낸 이야기」였어요.

      - 사이드카 없는 쪽이 낫다는 의견 (반론 있을 듯 ㅎㅎ)
      `,
      `
      event 인프라 밋업 | - | -
      talk 4 테라폼 상태 파일 쪼개기 | 하은비 | terraform
      talk 9 이스티오 걷어낸 이야기 | 편도윤 | istio
      `,
    );
  });

  test('a talk written twice in one event (a phone\'s notes pasted after a laptop\'s) is one talk with both notes; a surname that is a particle elsewhere ("Das")', () => {
    check(
      `
      ObservabilityCon notes -- day 1

      Alert fatigue is a design bug - Priyanka Das, Wavecrest
        - Prometheus alert rules reviewed like code

      Logs are not a database - Tomas Berg, Lumenix
        - Loki labels

      === phone notes ===

      Alert fatigue is a design bug - Priyanka Das, Wavecrest
        - also Grafana OnCall for routing
      `,
      `
      event ObservabilityCon | - | -
      talk 3 Alert fatigue is a design bug | Priyanka Das (Wavecrest) | grafana grafana-oncall prometheus
      talk 6 Logs are not a database | Tomas Berg (Lumenix) | grafana-loki
      `,
      { plainText: true },
    );
  });

  test('a slot\'s fields in square brackets after "Title - Name, Org" (time, room, track, level, score, then a starred remark); lightning talks under a label with a remark, each with an indented note', () => {
    check(
      `
      Notes from Monitorama PDX 2024, day 1

      Budgets Before Dashboards - Ines Carvalho, Lumenix   [9:00am | Hall A | Core | L200 | 4/5]
        - Prometheus recording rules for every SLO

      Tracing the Batch Jobs - Omar Siddiq, Parcelbird   [10:30am | Hall B | Tracing | L300 | 5/5]   ⭐ must rewatch
        - OpenTelemetry spans around cron jobs

      Lightning talks (4:00-4:45, Hall A), 5 min each, no scores:
        * Dashboards Nobody Opens - Lin Zhou, Kestrel
            a graveyard of Grafana boards
        * Terraform in the Pager Rotation - Sara Ng, Ridgeway
            drift alerts to Slack
      `,
      `
      event Monitorama PDX 2024 | 2024 | -
      talk 3 Budgets Before Dashboards | Ines Carvalho (Lumenix) | prometheus
      talk 6 Tracing the Batch Jobs | Omar Siddiq (Parcelbird) | opentelemetry
      talk 10 Dashboards Nobody Opens | Lin Zhou (Kestrel) | grafana
      talk 12 Terraform in the Pager Rotation | Sara Ng (Ridgeway) | slack terraform
      `,
      { plainText: true },
    );
  });

  test('a timetable whose speakers\' column is "Who" ("Wer"), its times "09h15", its ignite talks labelled "Ignite:"; "Notes per talk" is no talk', () => {
    check(
      `
      # Config Management Camp 2024

      | Zeit | Talk | Wer | Raum |
      |------|------|-----|------|
      | 09h30 | Ansible at the Edge | Mara Lenz (Kestrel) | Main |
      | 10h15 | Ignite: Helm Values Hell | Lena Brandt (Ridgeway) | Main |

      ## Notes per talk

      **Ansible (Mara)**
      - ansible-pull on 3k boxes
      `,
      `
      event Config Management Camp 2024 | 2024 | -
      talk 5 Ansible at the Edge | Mara Lenz (Kestrel) | ansible
      talk 6 Helm Values Hell | Lena Brandt (Ridgeway) | helm
      `,
    );
  });

  test('a plain-text timetable whose talks carry "Lv: …" fields and star ratings; a lightning talk rated at the end of its line', () => {
    check(
      `
      神戸インフラ勉強会 vol.2 メモ

      19:05-19:30 Ansibleで200台を面倒見る / 北村 拓也 (株式会社ミナト)
        Lv: 初級〜中級 / ★★★★☆
        → AWX でジョブ実行

      19:30-19:55 Terraform planをPRにコメントする / 井上 彩 (株式会社ハルカゼ)
        Lv: 初級 / ★★★☆☆
        → tfcmt を使う

      20:00- LT枠（各5分）
        LT1 Redisのメモリが溢れた夜 / 清水 (個人) ★★★★☆
            maxmemory-policy の話
      `,
      `
      event 神戸インフラ勉強会 vol.2 | - | -
      talk 3 Ansibleで200台を面倒見る | 北村 拓也 (株式会社ミナト) | ansible
      talk 7 Terraform planをPRにコメントする | 井上 彩 (株式会社ハルカゼ) | terraform tfcmt
      talk 12 Redisのメモリが溢れた夜 | 清水 | redis
      `,
      { plainText: true },
    );
  });

  test('a bold slot line over each title: a circled number, a Korean clock time ("오후 7시 10분 ~ 7시 40분", a moved one "오후 8시 → 8시 20분으로 변경"), room, level and rating after " · "', () => {
    check(
      `
      # 테라폼 유저 모임 광주 6월

      **① 오후 7시 10분 ~ 7시 40분** · 세미나룸 A · Level 200 · ★★★★☆
      테라폼 모듈 레지스트리 1년 운영기
      발표자: 구하람 (모아랩)

      - Terraform Cloud private registry

      **② 오후 8시 → 8시 20분으로 변경** · 세미나룸 A · Level 300
      볼트로 DB 계정 없애기
      발표자: 남궁솔 (스텔라랩)

      - Vault database secrets engine

      **③ 라이트닝 토크 (9시 10분~)** · 세미나룸 A
      Nomad 3년 운영 후기 - 한지훈 (프리랜서)
      `,
      `
      event 테라폼 유저 모임 광주 6월 | - | -
      talk 4 테라폼 모듈 레지스트리 1년 운영기 | 구하람 (모아랩) | terraform terraform-cloud
      talk 10 볼트로 DB 계정 없애기 | 남궁솔 (스텔라랩) | vault
      talk 16 Nomad 3년 운영 후기 | 한지훈 | nomad
      `,
    );
  });

  test('speakers in footnotes: "- [x] **Title** [^1]", a struck "~~**Title**~~ [^2]", "> [!NOTE] Title[^3]", "1. Title — Name[^4]"; the footnotes themselves are no talks', () => {
    check(
      `
      # CloudOps Days Fukuoka 2024

      ## セッション
      - [x] **ECSからEKSへ戻った話** [^1]
          - Fargate に戻した
      - [ ] ~~**Bedrockで社内ChatOps**~~ [^2]
          - 聞き逃した

      > [!NOTE] Scaling Argo CD to 500 Clusters[^3]
      > - sharded application-controller

      ## LT
      1. Packerで作るAMI — 高橋 蓮[^4]
          - Packer で焼く

      [^1]: 登壇者：鈴木 一郎（株式会社コトブキ）
      [^2]: 岡田 直樹（株式会社ミナト） ※資料は後日公開
      [^3]: Marta Kowalczyk, Northwind Logistics — @mkowal on the fediverse
      [^4]: 高橋 蓮（個人参加）
      `,
      `
      event CloudOps Days Fukuoka 2024 | 2024 | -
      talk 4 ECSからEKSへ戻った話 | 鈴木 一郎 (株式会社コトブキ) | aws-ecs aws-eks aws-fargate
      talk 6 Bedrockで社内ChatOps | 岡田 直樹 (株式会社ミナト) | -
      talk 9 Scaling Argo CD to 500 Clusters | Marta Kowalczyk (Northwind Logistics) | argo-cd
      talk 13 Packerで作るAMI | 高橋 蓮 | aws-ami packer
      `,
    );
  });

  test('a to-do list of talks: its legend line is no talk, lightning talks under "- [x] 라이트닝 토크 :zap: (5분씩)", and the note\'s changelog is no talk', () => {
    check(
      `
      # 울산 인프라 밋업 #2

      범례: [x] = 들음 / [ ] = 못 들음

      - [x] 정우진 (바다은행): 온프렘에서 쿠버네티스 운영하기
        - Harbor 미러

      - [x] 라이트닝 토크 :zap: (5분씩)
        1. 윤아름 (개인): 집에서 k3s 홈랩 굴리기
        2. 오성민 (모아클라우드): Redis 장애 회고
           - Sentinel 쿼럼 설정 실수

      ## 변경 이력
      - 9/8 코드 블록 추가
      `,
      `
      event 울산 인프라 밋업 #2 | - | -
      talk 5 온프렘에서 쿠버네티스 운영하기 | 정우진 (바다은행) | harbor kubernetes
      talk 9 집에서 k3s 홈랩 굴리기 | 윤아름 | k3s
      talk 10 Redis 장애 회고 | 오성민 (모아클라우드) | redis redis-sentinel
      `,
    );
  });

  test('event names: a first sentence "Went to … on Saturday, …" beats a "## Morning (Track A)" heading; a first line "#tag Day1 7/13 (土) @venue" names the event by its tag', () => {
    check(
      `
      Went to Kubernetes Community Day Busan 2024 (KCD Busan) on Saturday, September 28th 2024 — BEXCO Room 201, Haeundae.
      Registration 9:30, got a hoodie

      ## Morning (Track A)

      Platform teams in Korea - Jiyeon Han, Moalab
      - Backstage adoption
      `,
      `
      event Kubernetes Community Day Busan 2024 | 2024-09-28 | -
      talk 6 Platform teams in Korea | Jiyeon Han (Moalab) | backstage
      `,
    );
    check(
      `
      #infranext Day1 7/13 (土)  @TOC有明
      会社の参加枠で来た。2日間あるけど自分はDay1だけ。

      ・基調講演
      　登壇者：Sarah Kimさん（Moalab）
      `,
      `
      event #infranext Day1 7/13 (土) | - | -
      talk 4 基調講演 | Sarah Kim (Moalab) | -
      `,
      { plainText: true },
    );
  });

  test('a table of the sessions heard (a keynote given by a position, a speaker the writer missed: "?"), then to-dos that refer to a speaker\'s talk ("강태윤님 발표 참고") and name no speaker', () => {
    check(
      `
      # 클라우드 서밋 부산 2024

      ## 들은 세션
      | 시간 | 세션 | 발표자 |
      |---|---|---|
      | 09:30 | 기조연설 | 모아클라우드 대표 |
      | 11:00 | Amazon EKS 업그레이드, 이제 무섭지 않다 | 강태윤 (바다랩) |
      | 13:10 | 데이터 플랫폼 다시 보기 | ? |

      ## TODO
      - [ ] EKS 업그레이드 계획 세우기 (강태윤님 발표 참고, 애드온 먼저)
      - [ ] Grafana 대시보드 쪼개기 (서예린님 방식)
      `,
      `
      event 클라우드 서밋 부산 2024 | 2024 | -
      talk 6 기조연설 | - | -
      talk 7 Amazon EKS 업그레이드, 이제 무섭지 않다 | 강태윤 (바다랩) | aws-eks
      talk 8 데이터 플랫폼 다시 보기 | - | -
      `,
    );
  });

  test('one record per talk: a two-column key/value table ("| Title | … |", "| Panelists | … |", "| Orgs | A / B |"), a YAML block ("タイトル:", "登壇者:", "所属:") and a CSV block with a header; the notes after each are the talk\'s', () => {
    check(
      `
      # Cloud Native Night Lisbon 2024

      ### 1

      | Title | Keynote (no title on the slide, just the logo) |
      |---|---|
      | Speaker | Helena Brandt |
      | Org | Moalab |

      - Kubernetes turns 10

      ### 2 — panel

      | Title | Gateway API: What Comes Next |
      |---|---|
      | Panelists | Sun-hee Park, Daniel Moreau |
      | Orgs | Kakao Enterprise / Ridgeway |

      - Istio and Linkerd both implement it

      ## 3本目
      \`\`\`yaml
      タイトル: テラフォームのstate分割
      登壇者: 松本 大輔
      所属: 株式会社なにわクラウド
      \`\`\`
      - Terragrunt は使わず

      --- talk 4
      \`\`\`csv
      title,speaker,company,slot
      "Our Jenkins Is 11 Years Old","Mehmet Yildiz","Spreewald Logistik","09:50-10:20"
      \`\`\`
      - Jenkins agents on Kubernetes
      `,
      `
      event Cloud Native Night Lisbon 2024 | 2024 | -
      talk 5 Keynote | Helena Brandt (Moalab) | kubernetes
      talk 14 Gateway API: What Comes Next | Sun-hee Park (Kakao Enterprise), Daniel Moreau (Ridgeway) | gateway-api istio linkerd
      talk 23 テラフォームのstate分割 | 松本 大輔 (株式会社なにわクラウド) | terraform terragrunt
      talk 32 Our Jenkins Is 11 Years Old | Mehmet Yildiz (Spreewald Logistik) | jenkins kubernetes
      `,
    );
  });

  test('ignite talks lettered "a." "b." "c." on the lazy lines of a numbered item "7) Ignite talks (5 min, …)"', () => {
    check(
      `
      --- Day 2 / 22.05.2024 ---

      6) Keynote: "Platform teams are product teams"
         by Jens Hartmann @ Ridgeway
         - treat internal devs as customers

      7) Ignite talks (5 min, auto-advancing slides)
         a. "Our Consul service mesh was a mistake" - Felix Wagner (Kestrel)
         b. "PostgreSQL on Kubernetes: just don't" - Marta Nowicka (Moalab)
         c. "Packer golden images in 2024?" - Tim Krüger (freelance)
      `,
      `
      event Day 2 | 2024-05-22 | -
      talk 3 Platform teams are product teams | Jens Hartmann (Ridgeway) | -
      talk 8 Our Consul service mesh was a mistake | Felix Wagner (Kestrel) | consul consul-connect
      talk 9 PostgreSQL on Kubernetes: just don't | Marta Nowicka (Moalab) | kubernetes postgresql
      talk 10 Packer golden images in 2024? | Tim Krüger | packer
      `,
      { plainText: true },
    );
  });

  test('a Japanese note of a Korean meetup: each title translated in brackets after it, each speaker\'s name with its reading in katakana ("김민수（キム・ミンス）さん / 토스")', () => {
    check(
      `
      ソウル出張のついでに、Seoul Cloud User Group の第15回ミートアップに参加してきた。

      ■ 1. 테라폼 모듈 레지스트리 구축기（Terraformモジュールレジストリ構築記）
      登壇者：김민수（キム・ミンス）さん / 모아랩
      ・S3 で private registry

      ■ 2. Vault로 DB 계정 회전하기（VaultでDBアカウントをローテーション）
      登壇者：박서연（パク・ソヨン）さん / 바다페이（バダペイ）
      ・Vault Agent の template
      `,
      `
      event Seoul Cloud User Group | - | -
      talk 3 테라폼 모듈 레지스트리 구축기 ‖ Terraformモジュールレジストリ構築記 | 김민수 (모아랩) | aws-s3 terraform
      talk 7 Vault로 DB 계정 회전하기 ‖ VaultでDBアカウントをローテーション | 박서연 (바다페이) | vault vault-agent
      `,
      { plainText: true },
    );
  });

  test('"### Keynote" whose speaker opens the sentence under it ("Hannah Moreau (CNCF) opening + …") is a talk; a panel\'s line "A (X), B (Y), moderated by C (Z)" is no talk of its own', () => {
    check(
      `
      # Cloud Native Days Porto 2024

      ### Keynote
      Hannah Moreau (Moalab) opening + a bunch of sponsor keynotes.
      - Kubernetes turns 10

      ### Panel: Ten Years of Kubernetes
      Anna Kowalski (Ridgeway), David Osei (Kestrel), moderated by Hannah Moreau (Moalab)
      - CRDs and operators won
      `,
      `
      event Cloud Native Days Porto 2024 | 2024 | -
      talk 3 Keynote | Hannah Moreau (Moalab) | kubernetes
      talk 7 Panel: Ten Years of Kubernetes | Anna Kowalski (Ridgeway), David Osei (Kestrel), Hannah Moreau (Moalab) | kubernetes
      `,
    );
  });
});

describe('layouts first met in session 40', () => {
  test('"■ Title" / "○ タイトル" sections whose dash items under them hold the speaker and the notes', () => {
    check(
      `
      # 제5회 판교 인프라 밋업 (2024년 3월 14일)

      ■ 테라폼 모듈 설계 이야기
        - 발표 : 김민준 (토스)
        - 모듈을 잘게 쪼개면 관리가 힘들다
      ■ Vault로 시크릿 관리하기
        - 발표 : 이서연 (카카오)
        - 볼트 동적 시크릿
      ■ 쿠버네티스 비용 줄이기
        - 발표 : 박지훈 (당근)
          - k8s 노드는 스팟으로
      `,
      `
      event 제5회 판교 인프라 밋업 | 2024-03-14 | -
      talk 3 테라폼 모듈 설계 이야기 | 김민준 (토스) | terraform
      talk 6 Vault로 시크릿 관리하기 | 이서연 (카카오) | vault
      talk 9 쿠버네티스 비용 줄이기 | 박지훈 (당근) | kubernetes
      `,
    );
    check(
      `
      福岡インフラ勉強会 #7 参加メモ 2024/6/8

      ○ Packerでゴールデンイメージ
        - 登壇：田中 一郎（ヤマト技研）
        - AMIのビルドを毎晩
      ○ Consul Connectの導入
        - 登壇：鈴木 花子（フクオカ製作所）
        - サービスメッシュ
      `,
      `
      event 福岡インフラ勉強会 #7 | 2024-06-08 | -
      talk 3 Packerでゴールデンイメージ | 田中 一郎 (ヤマト技研) | aws-ami packer
      talk 6 Consul Connectの導入 | 鈴木 花子 (フクオカ製作所) | consul consul-connect
      `,
    );
  });

  test('remarks under topic labels credited to a listed talk\'s speaker ("* remark (Name)") are that talk\'s notes, not talks', () => {
    check(
      `
      Cloud Native Night Lisbon — notes

      Talks I saw
      - Marta Sousa (Farfetch): Running 600 Clusters Without Losing Sleep
      - Tom Becker (Zalando): Dropping Vendor Agents for OpenTelemetry
      - Panel: What Should Platform Teams Build? — Marta Sousa, Tom Becker, Ana Lima (Uphold)

      By topic (who said it in brackets)

      [Fleet]
      * Cluster API plus an in-house controller for the whole fleet (Marta Sousa)
      * Metrics moved from Thanos to VictoriaMetrics last year (Marta Sousa)

      [Observability]
      * Prometheus metrics kept as they are, traces first (Tom Becker)
      * Guardrails, not deploy buttons (Tom Becker, Ana Lima)
      `,
      `
      event Cloud Native Night Lisbon | - | -
      talk 4 Running 600 Clusters Without Losing Sleep | Marta Sousa (Farfetch) | cluster-api thanos victoriametrics
      talk 5 Dropping Vendor Agents for OpenTelemetry | Tom Becker (Zalando) | opentelemetry prometheus
      talk 6 Panel: What Should Platform Teams Build? | Marta Sousa (Farfetch), Tom Becker (Zalando), Ana Lima (Uphold) | -
      `,
    );
  });

  test('titles and names hard-wrapped onto the next line: an open quote or bracket, an outline number\'s hanging line, a heading over two lines', () => {
    check(
      `
      Kubernetes Meetup Tokyo #70 メモ 2024/2/22

      * 「クラスタのアップグレードを怖がらないためにやった
          こと全部 ― EKS 1.24 から 1.29 まで」
          登壇者：山口 拓也（株式会社ミナト
            ホールディングス）
        - pluto で deprecated API を検出
      * 「Argo CD の ApplicationSet で 200 アプリを捌く
          ときにハマったこと」
          登壇者：Sarah Kim（ハルカ株式会社）
        - sync wave
      `,
      `
      event Kubernetes Meetup Tokyo #70 | 2024-02-22 | -
      talk 3 クラスタのアップグレードを怖がらないためにやったこと全部 ― EKS 1.24 から 1.29 まで | 山口 拓也 (株式会社ミナトホールディングス) | aws-eks pluto
      talk 8 Argo CD の ApplicationSet で 200 アプリを捌くときにハマったこと | Sarah Kim (ハルカ株式会社) | argo-cd
      `,
    );
    check(
      `
      HUG Seoul #15 메모                                  2024년 4월 23일

      2.  발표

      2.1.  사내 테라폼 모듈 레지스트리를 직접 만들어 보니
            생긴 일들 (v0 → v3)

         발표자: 이수진 (당근마켓 인프라팀)

         모듈을 git tag로만 관리하다가 버전 지옥.

      2.2.  볼트(Vault)로 DB 계정 없애기: PostgreSQL 동적
            시크릿 1년 운영기

         발표자: 박현우 / 토스증권 보안플랫폼팀

         동적 시크릿.
      `,
      `
      event HUG Seoul #15 | 2024-04-23 | -
      talk 5 사내 테라폼 모듈 레지스트리를 직접 만들어 보니 생긴 일들 (v0 → v3) | 이수진 (당근마켓) | git terraform
      talk 12 볼트(Vault)로 DB 계정 없애기: PostgreSQL 동적 시크릿 1년 운영기 | 박현우 (토스증권) | postgresql vault
      `,
      { plainText: true },
    );
    check(
      `
      # Platform Engineering Meetup Tokyo #6

      Backstage を入れて半年、開発者ポータルが
      「誰も見ないWiki」にならないようにした話
      ----------------------------------------

      登壇：渡辺 さとし（株式会社カモメ）

      - Backstage のカタログ登録率 20% から 85% へ

      パネル：プラットフォームチームの
      適正人数は何人か？
      ----------------------------------------

      登壇：小林 亮（株式会社ツバメ）、Emily Tanaka（株式会社カモメ）

      - 5人で100チーム
      `,
      `
      event Platform Engineering Meetup Tokyo #6 | - | -
      talk 3 Backstage を入れて半年、開発者ポータルが「誰も見ないWiki」にならないようにした話 | 渡辺 さとし (株式会社カモメ) | backstage
      talk 11 パネル：プラットフォームチームの適正人数は何人か？ | 小林 亮 (株式会社ツバメ), Emily Tanaka (株式会社カモメ) | -
      `,
    );
  });

  test('a plain-text mail\'s sections boxed in by long rules: the numbered line between them is a heading, wrapped or not', () => {
    check(
      `
      Subject: [digest] SREcon24 Americas day 2 -- notes

      Hi all, digest from day 2 (Tue, March 19th 2024).

      ------------------------------------------------------------------------
       0. Registration / breakfast
      ------------------------------------------------------------------------
      Badge line was long.

      ------------------------------------------------------------------------
       1. "Kubernetes Upgrades Without the Drama: Two Years of
          Rolling Control Planes"
      ------------------------------------------------------------------------
          Marcus Oyelaran, Shopify

      They run ~400 k8s clusters. Helm renders diffed in CI.

      ------------------------------------------------------------------------
       2. "SLOs for Batch Jobs Are Not a Contradiction"
      ------------------------------------------------------------------------
          Wen-Li Chu (Stripe)

      Freshness SLIs for Airflow DAGs.
      `,
      `
      event SREcon24 Americas day 2 | 2024-03-19 | -
      talk 11 Kubernetes Upgrades Without the Drama: Two Years of Rolling Control Planes | Marcus Oyelaran (Shopify) | helm kubernetes
      talk 19 SLOs for Batch Jobs Are Not a Contradiction | Wen-Li Chu (Stripe) | airflow
      `,
      { plainText: true },
    );
  });

  test('a timetable pasted as HTML or with "<br>" in its cells, then notes under headings that name the speaker first and the talk short', () => {
    check(
      `
      # Kubernetes Meetup Tokyo #80 メモ

      <table>
        <tr><th>#</th><th>セッション</th><th>スピーカー</th></tr>
        <tr>
          <td>0</td>
          <td>オープニング・会場説明</td>
          <td>運営チーム</td>
        </tr>
        <tr>
          <td>1</td>
          <td>クバネティス上でPostgreSQLを運用する: CloudNativePG 1年間の振り返り</td>
          <td>佐藤 美咲（ミドリ技研）</td>
        </tr>
        <tr>
          <td>2</td>
          <td>Argo CD ApplicationSetで100クラスタに配る</td>
          <td>鈴木 拓也（アオバ）</td>
        </tr>
      </table>

      ## 1. 佐藤さん CloudNativePG
      - バックアップは S3 に

      ## 2. 鈴木さん ApplicationSet
      - cluster generator
      `,
      `
      event Kubernetes Meetup Tokyo #80 | - | -
      talk 22 クバネティス上でPostgreSQLを運用する: CloudNativePG 1年間の振り返り | 佐藤 美咲 (ミドリ技研) | aws-s3 cloudnativepg kubernetes postgresql
      talk 25 Argo CD ApplicationSetで100クラスタに配る | 鈴木 拓也 (アオバ) | argo-cd
      `,
    );
    check(
      `
      # DevOpsDays Lisbon 2024 — my notes

      | Time | Talk | Speaker |
      |------|------|---------|
      | 09:00<br>-09:15 | Opening & housekeeping | organizers |
      | 09:50<br>-10:20 | Terraform at 400 workspaces:<br>what broke and what we'd do again | Mehmet Yilmaz<br>Delivery Hero |
      | 10:50<br>-11:20 | Secrets without tears:<br>Vault + External Secrets Operator | Sofia Lindqvist<br>Klarna |

      ### Mehmet — tf @ 400 workspaces
      - one state per team, Atlantis for plans

      ### Sofia — Vault + ESO
      - dynamic secrets
      `,
      `
      event DevOpsDays Lisbon 2024 | 2024 | -
      talk 9 Terraform at 400 workspaces: what broke and what we'd do again | Mehmet Yilmaz (Delivery Hero) | atlantis terraform
      talk 12 Secrets without tears: Vault + External Secrets Operator | Sofia Lindqvist (Klarna) | external-secrets vault
      `,
    );
  });

  test('an event page\'s parts copied under each talk ("### 登壇者プロフィール", "연사 소개", "About the speaker") are no talks; a Chef de partie is a cook', () => {
    check(
      `
      # HUG Tokyo Vol.30 参加メモ

      ## セッション1：テラフォームのState分割戦略

      ### 概要
      1つのstateに1000以上のリソースが入るとplanが遅い。

      ### 登壇者プロフィール
      鈴木 一郎（株式会社ミドリ）

      ### メモ
      - plan 8分 → 40秒

      ## セッション2：Vault Secrets Operatorで「書かない」世界へ

      ### 登壇者プロフィール
      高橋 花子（株式会社アオバ）
      前職ではChef de partieとして働いていた。

      ### メモ
      - VSO
      `,
      `
      event HUG Tokyo Vol.30 | - | -
      talk 3 テラフォームのState分割戦略 | 鈴木 一郎 (株式会社ミドリ) | terraform
      talk 14 Vault Secrets Operatorで「書かない」世界へ | 高橋 花子 (株式会社アオバ) | vault vault-secrets-operator
      `,
    );
  });

  test('a stream\'s chapters timed with seconds ("00:41:02  "Title" — Name, Org"), then notes led by the same times; the mail\'s Date: header dates it', () => {
    check(
      `
      From: kai@localhost
      Subject: notes: Lisbon Observability Meetup – Online Edition #4
      Date: 14.11.2024, 22:41

      00:00:00  pre-show / waiting screen
      00:09:15  "OpenTelemetry Collector in production" — Lena Hoffmann, Zalando
      00:41:02  "Prometheus at 40M active series" — Felix Brandt, N26
      01:23:10  Panel: "Do we still need three pillars?" — Lena Hoffmann, Marco Rossi (Datadog), moderated by Jan Krüger
      02:22:30  closing

      --- details ---

      [00:09:15] OTel Collector talk (Lena)
      - tail sampling in the gateway, Jaeger agent is deprecated

      [00:41:02] Prometheus sharding (Felix)
      - hashmod sharding + Thanos
      `,
      `
      event Lisbon Observability Meetup – Online Edition #4 | 2024-11-14 | -
      talk 6 OpenTelemetry Collector in production | Lena Hoffmann (Zalando) | jaeger opentelemetry
      talk 7 Prometheus at 40M active series | Felix Brandt (N26) | prometheus thanos
      talk 8 Do we still need three pillars? | Lena Hoffmann, Marco Rossi (Datadog), Jan Krüger | -
      `,
      { plainText: true },
    );
  });

  test('an organiser\'s cue sheet: a "내용 / 발표자" column holds each title and its speaker, minutes in their own column; the MC\'s script is no talk', () => {
    check(
      `
      [큐시트] 클라우드 인프라 밋업 #9
      일시: 2024년 9월 26일 (목) 19:00
      사회: 김지은

      | 시작 | 분 | 순서 | 내용 / 발표자 | 담당 | 비고 |
      |---|---|---|---|---|---|
      | 18:40 | 20 | 입장/등록 | 명찰 배부, 피자/음료 | 박준호 | 굿즈 포장은 패커 알바 2명 |
      | 19:05 | 30 | 세션 1 | 테라폼 모듈 레지스트리 사내 구축기 / 정하늘 (토스) | MC 소개 | 본인 노트북 |
      | 19:35 | 30 | 세션 2 | Vault로 DB 크리덴셜 동적 발급하기 / 최민석 (당근) | MC 소개 | 데모 있음 |
      | 21:20 | 10 | 클로징 | 경품 추첨, 단체사진 | 김지은 | |

      ### MC 멘트 (김지은)
      - 물류센터 패커 분들이 박스 포장하는 영상으로 시작
      `,
      `
      event 클라우드 인프라 밋업 #9 | 2024-09-26 | -
      talk 8 테라폼 모듈 레지스트리 사내 구축기 | 정하늘 (토스) | terraform
      talk 9 Vault로 DB 크리덴셜 동적 발급하기 | 최민석 (당근) | vault
      `,
    );
  });

  test('a chat export whose messages open with "[18:41] Name (role)": the header is no talk, the message under it names one', () => {
    check(
      `
      Platform Meetup Daegu 4회 — #infra-meetup-live export
      channel topic: 실시간 채널 (2024년 5월 9일, 동성로 스페이스)

      [18:50] 오지현 (운영진)
      곧 시작합니다~ 피자는 뒤쪽에

      [19:05] 문태오
      🎤 세션 1 「Argo CD 멀티 클러스터 배포 1년」
      발표자: 배수민 (구름마켓 플랫폼팀)
      - ApplicationSet 으로 클러스터 40개

      [19:40] 오지현 (운영진)
      10분 쉬어요
      `,
      `
      event Platform Meetup Daegu 4회 | 2024-05-09 | 동성로 스페이스
      talk 8 Argo CD 멀티 클러스터 배포 1년 | 배수민 (구름마켓) | argo-cd
      `,
    );
  });

  test('a weekly report whose section lists talks as items with their people labelled under each: the section heading takes none of them', () => {
    check(
      `
      # Weekly report W19

      ## Done this week
      - rotated the on-call runbook

      ## Platform Day notes (5/10)
      - Opening keynote
        - Speaker: Hana Ito (Platform Day committee)
        - no title, ten years of platform teams
      - Golden paths with Backstage templates
        - Marco Silva (Ledgerline)
        - templates that create a repo and its Terraform
      - Panel: who owns the pager?
        - Panelists: Ji-woo Park (Cobalt Bank), Lena Vogt (Nordfarm)
        - Moderator: Hana Ito
      `,
      `
      event Platform Day | - | -
      talk 7 Opening keynote | Hana Ito (Platform Day committee) | -
      talk 10 Golden paths with Backstage templates | Marco Silva (Ledgerline) | backstage terraform
      talk 13 Panel: who owns the pager? | Ji-woo Park (Cobalt Bank), Lena Vogt (Nordfarm), Hana Ito | -
      `,
    );
  });

  test('a week\'s work log holds the event among its entries: the log\'s title names no event, the entry that names one does, and dates it', () => {
    check(
      `
      WORK LOG — week 12 (Mar 18 – Mar 22, 2024)
      ==========================================

      Mon 18 Mar
        - on-call handover, two pages overnight
        - reviewed the vpc module PR
        - 1:1 with Sam

      Tue 19 Mar
        - flew to Amsterdam
        - drafted the postmortem for INC-88

      Wed 20 Mar — Platform Summit Amsterdam, day 1 (Beurs van Berlage)
        10:00 Paved roads at 500 engineers - Femke de Vries, Adyen
        11:00 Vault everywhere, secrets nowhere - Tomasz Nowak, Allegro
      `,
      `
      event Platform Summit Amsterdam | 2024-03-20 | -
      talk 14 Paved roads at 500 engineers | Femke de Vries (Adyen) | -
      talk 15 Vault everywhere, secrets nowhere | Tomasz Nowak (Allegro) | vault
      `,
    );
  });

  test('a watch list whose entries carry the writer\'s mark in brackets, "(*) "Title"", the speaker on the next line', () => {
    check(
      `
      SREcon24 Americas
      talks to watch later, (*) = I saw it live

      1. (*) "Incident Review Is Not a Postmortem"
         Rachel Okafor (Honeycomb)
         -> best talk of the conf for me

      2. "Capacity Planning with Boring Math"
         Priya Raman (Fastly)
         -> linear regression on Prometheus data
      `,
      `
      event SREcon24 Americas | - | -
      talk 4 Incident Review Is Not a Postmortem | Rachel Okafor (Honeycomb) | -
      talk 8 Capacity Planning with Boring Math | Priya Raman (Fastly) | prometheus
      `,
    );
  });

  test('live posts stamped with their minute, a code block inside one: the log goes on past it, and a post quoting the speaker is no talk', () => {
    check(
      `
      # DevOps Night Fukuoka #12 — my posts

      **19:02** — opening, about 80 people #dnf12

      **19:05** — "Argo Rollouts in anger" - Kenji Mori, Hakata Pay #dnf12

      **19:11** — Kenji: canary steps of 5 %, analysis from Prometheus #dnf12

      **19:17** — the analysis template from his slide:
      \`\`\`yaml
      metrics:
        - name: error-rate
          interval: 1m
      \`\`\`

      **19:23** — Kenji: rollbacks take 40 s, most of it image pulls #dnf12

      **19:31** — Q&A, mostly about Flagger #dnf12

      **19:38** — Kenji: they tried Flagger first and left it for Argo #dnf12
      `,
      `
      event DevOps Night Fukuoka #12 | - | -
      talk 5 Argo Rollouts in anger | Kenji Mori (Hakata Pay) | argo-rollouts flagger prometheus
      `,
    );
  });

  test('the writer among the speakers, "나 (Name, Org)" in a table\'s speaker cell: their name and organisation', () => {
    check(
      `
      # 인프라 밋업 대전 3회

      | 시간 | 발표 | 발표자 |
      |------|------|--------|
      | 19:10 | 테라폼 테스트 도입기 | 나 (한유진, 소나무랩) |
      | 19:40 | Vault PKI 자동화 | 오태민 (한빛페이) |
      `,
      `
      event 인프라 밋업 대전 3회 | - | -
      talk 5 테라폼 테스트 도입기 | 한유진 (소나무랩) | terraform
      talk 6 Vault PKI 자동화 | 오태민 (한빛페이) | vault
      `,
    );
  });

  test('an open space board ("topic | convener | ran?") with notes per number, and BoF sessions boxed in by rules under a wiki-style heading', () => {
    check(
      `
      # ddb24 day 2 — open spaces

      ## Open Space board

      | # | slot  | topic | convener | ran? |
      |---|-------|-------|----------|------|
      | 1 | 11:30 | Terraform monorepo vs polyrepo | Lukas Brandt | yes |
      | 2 | 11:30 | Platform team: product or helpdesk? | Tom Gerber | merged into 3 |
      | 3 | 12:15 | Platform engineering burnout | Clara Weiss | yes |
      | 4 | 12:15 | Vault secret sprawl | Dieter Kraus | no (convener sick) |

      ### notes #1 (monorepo)
      - Atlantis per repo, Terragrunt for the rest

      ### notes #3 (burnout)
      - on-call load
      `,
      `
      event ddb24 day 2 — open spaces | - | -
      talk 7 Terraform monorepo vs polyrepo | Lukas Brandt | atlantis terraform terragrunt
      talk 9 Platform engineering burnout | Clara Weiss | -
      `,
    );
    check(
      `
      HUG Busan BoF 나잇 다녀옴. 2024년 3월 14일 (목)

      === 제안된 주제 보드 ===
      - 테라폼 state 쪼개기 전략 ●●●●
      - Nomad vs 쿠버네티스 ●●●

      ----------------------------------------
      BoF: 테라폼 state 쪼개기 전략 (convener: 박서연 / 토스)
      ----------------------------------------
      - moved 블록, S3 + DynamoDB lock

      ----------------------------------------
      BoF: Nomad vs 쿠버네티스 (convener: 최민수 / 프리랜서)
      ----------------------------------------
      - 작은 팀이면 Nomad + Consul
      `,
      `
      event HUG Busan BoF 나잇 | 2024-03-14 | -
      talk 8 테라폼 state 쪼개기 전략 | 박서연 (토스) | aws-dynamodb aws-s3 terraform
      talk 13 Nomad vs 쿠버네티스 | 최민수 | consul kubernetes nomad
      `,
      { plainText: true },
    );
  });

  test('notes sorted by tool under a timetable: "## Kubernetes", "## Boundary" are sections of what the talks said, not talks', () => {
    check(
      `
      # HUG Lisbon #12

      - 19:00-19:30 Terraform Stacks: first impressions / Lena Hoffmann (Contentful)
      - 19:30-20:00 Dynamic secrets everywhere / Jonas Richter (Delivery Hero)

      ## Terraform
      - Stacks are an orchestration layer, from Lena's talk

      ## Kubernetes
      - Vault's Kubernetes auth, from Jonas's talk

      ## Boundary
      - someone at the bar said they replaced the bastion with Boundary
      `,
      `
      event HUG Lisbon #12 | - | -
      talk 4 Dynamic secrets everywhere | Jonas Richter (Delivery Hero) | -
      talk 6 Terraform Stacks: first impressions | Lena Hoffmann (Contentful) | terraform
      `,
    );
  });

  test('ordinary words beside the tools\' names: a screw\'s 볼트, a ship\'s 헬름, a digital 노마드, a puppet theatre, a Chef de partie', () => {
    const tools = (text: string) => extractNote('file:///m.md', text, { catalog }).mentions.map((m) => `${m.toolId}:${m.text}`);
    assert.deepEqual(tools('보안은 볼트 조이듯이. 여기 볼트는 그냥 나사 볼트임.\nVault 볼트로 시크릿 관리.'), ['vault:Vault', 'vault:볼트']);
    assert.deepEqual(tools('선장님이 헬름 잡듯이 클러스터를… 헬름은 배 키(타륜) 얘기.\n헬름 차트 배포.'), ['helm:헬름']);
    assert.deepEqual(tools('제주-부산 오가며 디지털 노마드로 일함.\nNomad 클러스터 운영.'), ['nomad:Nomad']);
    assert.deepEqual(tools("My Kid's Puppet Theatre Taught Me Incident Command\nPuppet manifests"), ['puppet:Puppet']);
    assert.deepEqual(tools('She worked as a Chef de partie in Lyon.\nChef cookbooks in CI'), ['chef:Chef']);
  });

  test('remarks under topics credited to the speakers of a timetable\'s rows ("- remark (송재민)"): the rows\' talks, not talks of their own', () => {
    check(
      `
      # AWS Summit Busan 2024 — 정리

      | 시간 | 세션 | 발표자 | 소속 |
      |---|---|---|---|
      | 11:00 | Amazon EKS 위에서 Karpenter 로 비용 절반 줄이기 | 송재민 | 무신사 |
      | 13:30 | Aurora PostgreSQL 로 대규모 트래픽 버티기 | 권태훈 | 야놀자 |

      ## 보안
      - GuardDuty 알림 → 슬랙 (권태훈)

      ## 컨테이너
      - Karpenter v1 으로 Cluster Autoscaler 대체 (송재민, 무신사)
      - 노드 풀을 용도별 4개로 단순화 (송재민)

      ## 데이터
      - Aurora 읽기 전용 복제본 15개 (권태훈)
      `,
      `
      event AWS Summit Busan 2024 | 2024 | -
      talk 9 Aurora PostgreSQL 로 대규모 트래픽 버티기 | 권태훈 (야놀자) | aws-aurora aws-guardduty postgresql slack
      talk 12 Amazon EKS 위에서 Karpenter 로 비용 절반 줄이기 | 송재민 (무신사) | aws-eks cluster-autoscaler karpenter
      `,
    );
  });

  test('a demo day\'s teams: "### チーム1「…」", the demo\'s title in bold under it, "メンバー：" its people', () => {
    check(
      `
      # ハッカソン 2024 Winter デモデイ メモ

      ## デモ発表

      ### チーム1「ねこ監視隊」
      **Prometheusで猫の給餌器を監視してみた**
      メンバー：佐藤 優、林 美咲（ミドリ技研）
      - グラファナで残量表示

      ### チーム2「Tofu-Tofu」
      **テラフォームのplan差分をPRに可視化**
      メンバー：伊藤 翔（アオバ）
      - OpenTofuでも動く
      `,
      `
      event ハッカソン 2024 Winter デモデイ | 2024 | -
      talk 6 Prometheusで猫の給餌器を監視してみた | 佐藤 優 (ミドリ技研), 林 美咲 (ミドリ技研) | grafana prometheus
      talk 11 テラフォームのplan差分をPRに可視化 | 伊藤 翔 (アオバ) | opentofu terraform
      `,
    );
  });

  test('the programme\'s label ("Agenda (from the meetup page):") names no event; the sentence above it does', () => {
    check(
      `
      Went to the 12th HashiCorp User Group Lisbon last night (21.05.2024), hosted at a bank's office downtown with lots of pizza.

      Agenda (from the meetup page, ran ~20 min late):

      - 19:00-19:30 Terraform Stacks: first impressions / Lena Hoffmann (Contentful)
      - 19:30-20:00 Dynamic secrets everywhere / Jonas Richter (Delivery Hero)
      `,
      `
      event 12th HashiCorp User Group Lisbon | 2024-05-21 | -
      talk 5 Terraform Stacks: first impressions | Lena Hoffmann (Contentful) | terraform
      talk 6 Dynamic secrets everywhere | Jonas Richter (Delivery Hero) | -
      `,
    );
  });
});

describe('people logs: a note kept by the people the writer met', () => {
  test('a heading per person ("## Name - Org"), their talk under it labelled, quoted or in bold; a person with no talk and a hallway section give none', () => {
    check(
      `
      # Cloud Native Rotterdam - who I met

      ## Sanne de Vries - Adyen
      we queued for coffee together, she runs their ingress team.
      her talk was right after lunch:

      **"Retiring 900 Nginx configs with Envoy Gateway"**
      - gateway API everywhere, Helm for the rest

      ## Bram Jansen (Picnic)
      no talk this time, he hosts the Prometheus track tomorrow.

      ## Femke Bakker, Bol
      Talk: "Karpenter on EKS, one year in"
      - spot nodes are 70% of the fleet

      ## hallway
      - stickers, stroopwafels
      `,
      `
      event Cloud Native Rotterdam | - | -
      talk 7 Retiring 900 Nginx configs with Envoy Gateway | Sanne de Vries (Adyen) | envoy envoy-gateway helm nginx
      talk 14 Karpenter on EKS, one year in | Femke Bakker (Bol) | aws-eks karpenter
      `,
    );
  });

  test('a numbered list of business cards ("1. 이름 / 회사 / 직무"), each talk on a nested "발표:" or "라이트닝 토크:" item; "발표 없음" gives none', () => {
    check(
      `
      클라우드 네이티브 대구 5회 - 받은 명함

      1. 송민재 / 리디 / SRE
         - 발표: 헬름 차트 80개를 하나의 라이브러리로
         - Q&A에서 버전 관리 질문 많았음
      2. 윤가은 / 마켓컬리 / 데브옵스
         - 발표 없음, 운영진
      3. 장태오 / 야놀자 / 플랫폼팀
         - 라이트닝 토크: 테라폼 plan을 PR 댓글로
      `,
      `
      event 클라우드 네이티브 대구 5회 | - | -
      talk 4 헬름 차트 80개를 하나의 라이브러리로 | 송민재 (리디) | helm
      talk 9 테라폼 plan을 PR 댓글로 | 장태오 (야놀자) | terraform
      `,
      { plainText: true },
    );
  });

  test('cards between separators ("【名刺2】Name / Org"), two talks of one person numbered; a card with "登壇なし" gives none', () => {
    check(
      `
      Fukuoka SRE Meetup #4 名刺メモ

      ──────────
      【名刺1】森 翔太 / 株式会社ヌーラボ / SRE
      登壇：Terraformのstateを分割した話
      ・workspaceごとにstateを分けた
      ──────────
      【名刺2】岡本 さくら / LINEヤフー株式会社
      登壇なし。懇親会で話した
      ──────────
      【名刺3】石田 蓮 / GMOペパボ / 登壇2本！
      (1) 登壇：Grafana Lokiのコストを半分にした
      (2) LT：Argo CDのSync Wavesを使い倒す
      `,
      `
      event Fukuoka SRE Meetup #4 | - | -
      talk 5 Terraformのstateを分割した話 | 森 翔太 (株式会社ヌーラボ) | terraform
      talk 12 Grafana Lokiのコストを半分にした | 石田 蓮 (GMOペパボ) | grafana grafana-loki
      talk 13 Argo CDのSync Wavesを使い倒す | 石田 蓮 (GMOペパボ) | argo-cd
      `,
      { plainText: true },
    );
  });

  test('a person\'s heading with their sessions as subheadings; a panel\'s heading with its people on the item under it ("- 패널: … / 모더레이터 …")', () => {
    check(
      `
      # 데브옵스데이즈 광주 2024 - 사람 기준 정리

      ## 서지호 (당근) - 세션 2개!
      ### 세션 1: 쿠버네티스 업그레이드 자동화
      - 노드 그룹 교체 방식
      ### 세션 2: 테라폼 모듈 버전 관리
      - git tag로 관리

      ## 배하린 (쏘카)
      - 발표: "Vault로 DB 계정 없애기"

      ## 패널: 지방에서 SRE 하기
      - 패널: 노유진(카카오), 한승우(네이버) / 모더레이터 배하린(쏘카)
      `,
      `
      event 데브옵스데이즈 광주 2024 | 2024 | -
      talk 4 쿠버네티스 업그레이드 자동화 | 서지호 (당근) | kubernetes
      talk 6 테라폼 모듈 버전 관리 | 서지호 (당근) | git terraform
      talk 10 Vault로 DB 계정 없애기 | 배하린 (쏘카) | vault
      talk 12 패널: 지방에서 SRE 하기 | 노유진 (카카오), 한승우 (네이버), 배하린 (쏘카) | -
      `,
    );
  });

  test('a section whose heading says its people gave no talk ("## 복도에서 (발표 안 하신 분들)") holds no talk', () => {
    check(
      `
      # 인프라 스터디 울산 3회 후기

      ## 발표해주신 분들
      * 문하늘 (현대오토에버): 온프렘 쿠버네티스 네트워크 삽질기
        - calico에서 cilium으로
      * 권도경 (HD현대): 사내 GitLab CI 러너 운영기
        - 러너는 오토스케일

      ## 복도에서 (발표 안 하신 분들)
      * 임소율 (스타트업) - 도커 이미지 캐시 얘기
      * 백준서 (SK) - 다음에 발표하고 싶다고
      `,
      `
      event 인프라 스터디 울산 3회 | - | -
      talk 4 온프렘 쿠버네티스 네트워크 삽질기 | 문하늘 (현대오토에버) | calico cilium kubernetes
      talk 6 사내 GitLab CI 러너 운영기 | 권도경 (HD현대) | gitlab-ci
      `,
    );
  });
});

describe('programmes pasted from an event\'s app, calendar or site', () => {
  test('a conference app\'s "My Schedule": marks, the slot and its room on one line, the title and "Name, Org" under it', () => {
    check(
      `
      DevOpsDays Lisbon 2024 -- MY SCHEDULE

      ★ ✓ 9:30 AM - 10:10 AM · Sala Tejo
        Feature Flags Are Config Too
        Rita Alves, Farfetch

        >> flags live in the same repo as the Helm values now
      -----------------------------------------------------------
      ★ 10:20 AM - 11:00 AM · Auditorium B
        Paging Less With Prometheus Recording Rules
        Duarte Costa, OutSystems

        >> recording rules per team, alerts on the rules only
      `,
      `
      event DevOpsDays Lisbon 2024 | 2024 | -
      talk 4 Feature Flags Are Config Too | Rita Alves (Farfetch) | helm
      talk 10 Paging Less With Prometheus Recording Rules | Duarte Costa (OutSystems) | prometheus
      `,
      { plainText: true },
    );
  });

  test('iCalendar events: escaped commas in SUMMARY and DESCRIPTION, a panel\'s moderator and panelists on two lines of one DESCRIPTION', () => {
    check(
      `
      # Cloud Native Summit Vienna - my calendar

      BEGIN:VEVENT
      SUMMARY:Running 3\\,000 Nodes With Cluster API
      DESCRIPTION:Speakers: Lena Gruber (Bitpanda)\\, Tobias Huber (Bitpanda)
      END:VEVENT

      BEGIN:VEVENT
      SUMMARY:Panel: Who Runs the Platform?
      DESCRIPTION:Moderator: Anna Berger (Dynatrace)\\nPanelists: Felix Wagner (Runtastic)\\, Julia Steiner (Frequentis)
      END:VEVENT
      `,
      `
      event Cloud Native Summit Vienna | - | -
      talk 4 Running 3,000 Nodes With Cluster API | Lena Gruber (Bitpanda), Tobias Huber (Bitpanda) | cluster-api
      talk 9 Panel: Who Runs the Platform? | Anna Berger (Dynatrace), Felix Wagner (Runtastic), Julia Steiner (Frequentis) | -
      `,
    );
  });

  test('a meetup site\'s answer pasted as JSON, not fenced: its sessions with speaker and company; a notice and a break are no talks', () => {
    check(
      `
      광주 클라우드 밋업 6월 메모

      {
        "event": {
          "title": "광주 클라우드 밋업 6월",
          "sessions": [
            { "type": "notice", "title": "공지와 인사", "speaker": "오세린" },
            { "type": "talk", "title": "ArgoCD 앱 500개 운영기", "speaker": "남궁민", "company": "카카오뱅크" },
            { "type": "break", "title": "피자 타임" },
            { "type": "talk", "title": "테라폼으로 IDC 방화벽 관리하기", "speaker": "황보라", "company": "광주은행" }
          ]
        }
      }

      #1 남궁민님 - 아르고 운영
      - 앱 오브 앱스 패턴
      `,
      `
      event 광주 클라우드 밋업 6월 | - | -
      talk 10 테라폼으로 IDC 방화벽 관리하기 | 황보라 (광주은행) | terraform
      talk 15 ArgoCD 앱 500개 운영기 | 남궁민 (카카오뱅크) | argo-cd
      `,
      { plainText: true },
    );
  });

  test('a YAML programme whose speakers are records with their company; the notes\' headings name sessions by their id', () => {
    check(
      `
      # Platform Engineering Kaigi メモ

      \`\`\`yaml
      sessions:
        - id: 3104
          title: "Backstageのプラグインを自作した話"
          speakers:
            - name: 小川 陽菜
              company: 株式会社カミナシ
        - id: 3120
          title: "休憩"
          type: break
      \`\`\`

      ## 3104 小川さん Backstage
      - TechDocsも使ってる
      `,
      `
      event Platform Engineering Kaigi | - | -
      talk 15 Backstageのプラグインを自作した話 | 小川 陽菜 (株式会社カミナシ) | backstage
      `,
    );
  });

  test('an app\'s schedule in one paragraph: "time | room | [CODE] Title" rows, speakers labelled under each; a heading names one by its code', () => {
    check(
      `
      # KubeDay Seoul 2024 내 일정

      08:30-09:30 | 1층 로비 | 등록
      ★ 10:00-10:40 | 301호 | [OPS-210] 쿠버네티스 멀티 클러스터 비용 관리
            발표자: 변지우 (무신사)
      ★ 11:00-11:40 | 302호 | [SEC-118] Vault와 OIDC로 키 없는 배포
            발표자: 탁서윤 (토스)

      ### SEC-118 키 없는 배포
      - 볼트 에이전트 없이 OIDC만
      `,
      `
      event KubeDay Seoul 2024 | 2024 | -
      talk 4 쿠버네티스 멀티 클러스터 비용 관리 | 변지우 (무신사) | kubernetes
      talk 9 Vault와 OIDC로 키 없는 배포 | 탁서윤 (토스) | vault
      `,
    );
  });
});

describe('tables of other markups', () => {
  test('a MediaWiki table ("{|", "! Time !! Ignite !! Speaker", "|-", "| 14:00 || Title || Name (Org)", "|}"): a column named for the talks\' kind holds their titles', () => {
    check(
      `
      Nordic Infra Days 2024

      == Ignites ==
      {| class="wikitable"
      ! Time !! Ignite !! Speaker
      |-
      | 15:00 || Our Terraform monorepo, split in a day || Jana Novak (Kiwi.com)
      |-
      | 15:06 || Fifty Grafana alerts we deleted || Ola Berg (Vipps)
      |}
      `,
      `
      event Nordic Infra Days 2024 | 2024 | -
      talk 7 Our Terraform monorepo, split in a day | Jana Novak (Kiwi.com) | terraform
      talk 9 Fifty Grafana alerts we deleted | Ola Berg (Vipps) | grafana
      `,
      { plainText: true },
    );
  });

  test('a Textile table whose header cells are marked "|_. talk |_. who |"', () => {
    check(
      `
      Paris Cloud Native Meetup 2024

      h2. Lightning round

      |_. # |_. talk |_. who |
      | 1 | Vault tokens that never expire | Ines Moreau (Qonto) |
      | 2 | Packer images for ARM | Hugo Petit (Doctolib) |
      `,
      `
      event Paris Cloud Native Meetup 2024 | 2024 | -
      talk 6 Vault tokens that never expire | Ines Moreau (Qonto) | vault
      talk 7 Packer images for ARM | Hugo Petit (Doctolib) | packer
      `,
      { plainText: true },
    );
  });
});

describe('questions from the floor and people with no organisation', () => {
  test('"質問者：Name「…？」", "Q (Name, Org): …", "Q2) …" and their answers are no talks', () => {
    check(
      `
      Kubernetes Meetup Sendai #3

      19:05-19:35 Karpenterでノードを半分にした話 / 菅原 拓（株式会社ユニキャスト）

      質疑応答
       質問者：佐々木さん（個人）「スポット中断はどう扱ってますか？」
        回答：SQSで中断イベントを受けてる
       Q (Tom Price, Mercari): "How many NodePools do you keep?"
       Q2) 移行にどれくらいかかりました？
       A2) 3ヶ月
      `,
      `
      event Kubernetes Meetup Sendai #3 | - | -
      talk 3 Karpenterでノードを半分にした話 | 菅原 拓 (株式会社ユニキャスト) | karpenter
      `,
      { plainText: true },
    );
  });

  test('"Name (freelance): Title", "Name (independent): Title": no organisation, said in brackets, names a speaker as one would', () => {
    check(
      `
      # Cloud Native Krakow 2024 - lightning talks

      * Svenja Roth (freelance): Ten Terraform modules I deleted
      * Marek Zielinski (Allegro): Argo Rollouts without tears
      * Priscilla Tan (independent): eBPF profiling on a budget
      `,
      `
      event Cloud Native Krakow 2024 | 2024 | -
      talk 3 Ten Terraform modules I deleted | Svenja Roth | terraform
      talk 4 Argo Rollouts without tears | Marek Zielinski (Allegro) | argo-rollouts
      talk 5 eBPF profiling on a budget | Priscilla Tan | ebpf
      `,
    );
  });
});

describe('speakers named by their position', () => {
  test('"### Title" then "speaker: a Googler from the GKE team": a labelled speaker\'s line makes the heading a talk, its speaker unnamed', () => {
    check(
      `
      # KubeCon EU 2024 - my notes

      ## Expo hall
      socks at every booth

      ### Scaling etcd past 8 GB
      speaker: a Googler from the GKE control plane team
      - watch cache sizing

      ### Argo CD for 300 clusters
      speaker: Tom from Spotify
      - hub and spoke
      `,
      `
      event KubeCon EU 2024 | 2024 | -
      talk 6 Scaling etcd past 8 GB | - | etcd gke
      talk 10 Argo CD for 300 clusters | - | argo-cd
      `,
    );
  });

  test('a programme\'s row whose speakers\' cell describes them ("某 커머스 회사 DevOps 리드") is a talk\'s; a sponsors\' row and a remark in brackets are not', () => {
    check(
      `
      # AWS Summit Seoul 2024 메모

      | 시간 | 세션 | 발표자 |
      |---|---|---|
      | 11:00 | EKS 무중단 업그레이드 | 某 커머스 회사 DevOps 리드 |
      | 11:50 | 카펜터로 노드 비용 줄이기 | 최윤서 (AWS) |
      | 12:30 | 스폰서 부스 안내 | 스폰서사 |
      | 13:30 | (점심 후 자유 시간) | 각자 |
      `,
      `
      event AWS Summit Seoul 2024 | 2024 | -
      talk 5 EKS 무중단 업그레이드 | - | aws-eks
      talk 6 카펜터로 노드 비용 줄이기 | 최윤서 (AWS) | karpenter
      `,
    );
  });
});

describe('a blog post\'s own date and the event\'s', () => {
  test('a byline ("kim-devops · 2024년 3월 25일", "9 min read · Oct 18, 2024") dates the post; the sentence that says when the event was held dates the event', () => {
    check(
      `
      # [밋업 후기] 클라우드 네이티브 광주 4회

      kim-devops · 2024년 3월 25일

      > 이 글은 2024년 3월 23일(토) 광주 CGI센터에서 열린 클라우드 네이티브 광주 4회 후기입니다.

      ## 1. 테라폼 모듈 운영기 - 정다은 (광주은행)
      - 모듈 40개
      `,
      `
      event 클라우드 네이티브 광주 4회 | 2024-03-23 | 광주 CGI센터
      talk 7 테라폼 모듈 운영기 | 정다은 (광주은행) | terraform
      `,
    );
    check(
      `
      # What I learned at PlatformCon Live Day London 2024

      9 min read · Jun 20, 2024

      The live day was held on June 12, 2024 at the Barbican, and here is what stuck.

      ## Golden paths with Backstage - Amy Clarke (Monzo)
      - templates per team
      `,
      `
      event PlatformCon Live Day London 2024 | 2024-06-12 | -
      talk 7 Golden paths with Backstage | Amy Clarke (Monzo) | backstage
      `,
    );
  });
});

describe('slide decks used as notes', () => {
  test('a deck exported as text: "Slide 3" over "Title - Name, Org" opens a talk\'s entry; the marker is no title', () => {
    check(
      `
      Slide 1
      Platform Meetup Porto 2024 recap

      Slide 2
      Argo Rollouts in production - Marta Sousa, Farfetch
      - canary steps per service
      Speaker notes: ask for the slides

      Slide 3
      Vault on Nomad, five years on - Rui Costa, Critical Software
      - raft storage since 1.4
      `,
      `
      event Platform Meetup Porto 2024 | 2024 | -
      talk 5 Argo Rollouts in production | Marta Sousa (Farfetch) | argo-rollouts
      talk 10 Vault on Nomad, five years on | Rui Costa (Critical Software) | nomad vault
      `,
      { plainText: true },
    );
  });
});

describe('names and titles set apart by brackets', () => {
  test('"[배성민] 씨, Org" and "〔山田 太郎〕 Org" after a quoted title: the bracketed name is the speaker', () => {
    check(
      `
      수원 쿠버네티스 밋업 7회 (2024년 10월 12일)

      == 세션 1 ==
      "Cilium으로 kube-proxy 걷어내기" [한도윤] 씨, 수원 스타트업
      - eBPF map

      == 세션 2 ==
      "사내 Jenkins에서 GitHub Actions로" [윤서아] 씨 (경기데이터)
      - 러너 오토스케일
      `,
      `
      event 수원 쿠버네티스 밋업 7회 | 2024-10-12 | -
      talk 4 Cilium으로 kube-proxy 걷어내기 | 한도윤 (수원 스타트업) | cilium ebpf kube-proxy
      talk 8 사내 Jenkins에서 GitHub Actions로 | 윤서아 (경기데이터) | github-actions jenkins
      `,
      { plainText: true },
    );
    check(
      `
      名古屋Terraform勉強会 vol.2 2024年9月7日

      19:00 『tfstateを消した日』 / 〔佐野 亮〕 中部クラウド
      - 復旧にS3のバージョニング
      19:30 『Packerで作るAMI』 / 〔森 由佳〕 東海システム
      `,
      `
      event 名古屋Terraform勉強会 vol.2 | 2024-09-07 | -
      talk 3 tfstateを消した日 | 佐野 亮 (中部クラウド) | aws-s3
      talk 5 Packerで作るAMI | 森 由佳 (東海システム) | aws-ami packer
      `,
      { plainText: true },
    );
  });

  test('"１．【Title】　Name（Org）": a numbered item\'s bracketed title, its speaker after it', () => {
    check(
      `
      HashiCorp User Group Sendai #4 2024年6月18日

      ■ＬＴ
      １．【Packerでゴールデンイメージ】　石田　翔（東北電算）
      　　AMIは30世代保持
      ２．【Vault Agentの小技】　佐々木　舞（みちのくクラウド）
      　　キャッシュの話
      `,
      `
      event HashiCorp User Group Sendai #4 | 2024-06-18 | -
      talk 4 Packerでゴールデンイメージ | 石田　翔 (東北電算) | aws-ami packer
      talk 6 Vault Agentの小技 | 佐々木　舞 (みちのくクラウド) | vault vault-agent
      `,
      { plainText: true },
    );
  });
});

describe('talk trackers kept as spreadsheets', () => {
  test('a sheet copied as tab-separated text: a quoted cell with line breaks is one row\'s, a merged "LT" cell shifts its rows, the organisations\' cell names one per speaker, a memo cell is the talk\'s text', () => {
    check(
      [
        'SRE Kaigi 2025 参加メモ 2025年1月26日',
        '',
        '時間\tセッション\t登壇者\t所属\tメモ',
        '10:00\t"Terraformの state を',
        '分けた話"\t森 直樹\tミドリ銀行\t"よかった',
        'あとでスライド"',
        '11:00\t"パネル：SLOの話"\t"大川 美紀',
        '田村 涼"\t"ツバメペイ',
        'カモメ物流"\t',
        '13:00\tLT\tPackerでAMIを焼く\t坂本 陸\tハヤブサ\tAnsibleも併用',
        '\t\tVault Agentの小技\t小池 凛\tアオバ\t',
      ].join('\n'),
      `
      event SRE Kaigi 2025 | 2025-01-26 | -
      talk 4 Terraformの state を分けた話 | 森 直樹 (ミドリ銀行) | terraform
      talk 7 パネル：SLOの話 | 大川 美紀 (ツバメペイ), 田村 涼 (カモメ物流) | -
      talk 10 PackerでAMIを焼く | 坂本 陸 (ハヤブサ) | ansible aws-ami packer
      talk 11 Vault Agentの小技 | 小池 凛 (アオバ) | vault vault-agent
      `,
      { plainText: true },
    );
  });
});

describe('a conference day\'s parts that are no talks', () => {
  test('booth demos, office hours, exam rooms and 1:1s with experts, tagged or named, are no talks; a lab with its instructor is one', () => {
    check(
      `
      # Cloud Summit Lisbon 2024 — day 2 (2024-10-03)

      ## [LAB] Hands-on: Terraform modules - Rita Gomes, Feedzai
      - modules from scratch

      ## [BOOTH] HashiCorp booth demo
      - Terraform stacks demo

      ## [OFFICE HOURS] Amazon EKS team
      - asked about Karpenter

      ## Grafana booth demo

      ## Ask the Experts 1:1

      ## Scaling Kafka on Kubernetes - Tiago Lopes, OutSystems
      - Strimzi
      `,
      `
      event Cloud Summit Lisbon 2024 | 2024-10-03 | -
      talk 3 Terraform modules | Rita Gomes (Feedzai) | terraform
      talk 16 Scaling Kafka on Kubernetes | Tiago Lopes (OutSystems) | kafka kubernetes strimzi
      `,
    );
    check(
      `
      # HashiCorp UG 오사카 핸즈온 데이 2024年7月20日

      ## 1. Vault 入門 - 石井 大地（ナニワ電算）
      - dev server

      ## （休憩）ブースデモ
      ## 資格試験会場
      ## オフィスアワー（プロダクトチーム）
      ## 제품팀 오피스아워
      `,
      `
      event HashiCorp UG 오사카 핸즈온 데이 | 2024-07-20 | -
      talk 3 Vault 入門 | 石井 大地 (ナニワ電算) | vault
      `,
    );
  });

  test('"### 16:30 | 라이트닝 토크": a timed label over the lightning talks\' items; "운영진 인사 (Name)" is the organisers\' welcome, not that person\'s talk', () => {
    check(
      `
      # 대구 클라우드 밋업 3회 (2024-09-07)

      - 14:10 운영진 인사 (서지훈)

      - [실습] 서지훈 (운영진): kind로 로컬 클러스터 망가뜨리기
        - etcd 죽이기

      ### 16:30 | 라이트닝 토크 (각 5분)
      - 강태오 (핀다): Sentinel 정책으로 비용 가드레일 걸기
      - 윤아름 (로지스랩): Nomad로 배치잡 돌리기
      `,
      `
      event 대구 클라우드 밋업 3회 | 2024-09-07 | -
      talk 5 kind로 로컬 클러스터 망가뜨리기 | 서지훈 (운영진) | etcd kind
      talk 9 Sentinel 정책으로 비용 가드레일 걸기 | 강태오 (핀다) | sentinel
      talk 10 Nomad로 배치잡 돌리기 | 윤아름 (로지스랩) | nomad
      `,
    );
  });

  test('a table\'s cells in inline HTML: "<b>Title</b> #tags" and "<i>Name</i> (Org)"; the title cell\'s words after the title are the talk\'s text', () => {
    check(
      `
      # CNCF Meetup Hamburg 2024-04-11

      | time | talk | speaker |
      |------|------|---------|
      | 18:30 | <b>Welcome</b> | organizers |
      | 18:45 | <b>GitOps with Flux</b> #k8s | <i>Nina Albers</i> (Otto) |
      `,
      `
      event CNCF Meetup Hamburg | 2024-04-11 | -
      talk 6 GitOps with Flux | Nina Albers (Otto) | flux kubernetes
      `,
    );
  });

  test('"Name vol.3（2024）" over "6/21 (金) 19:00-21:30": the year from the name\'s line, the day from the line of the evening\'s hours', () => {
    check(
      `
      Kubernetes Meetup Kobe vol.2（2024）
      6/21 (金) 19:00-21:30　神戸ハーバーランド 会議室

      19:10 『Argo CDで作るGitOps』 / 〔岡田 真央〕 ミナト物流
      `,
      `
      event Kubernetes Meetup Kobe vol.2 | 2024-06-21 | -
      talk 4 Argo CDで作るGitOps | 岡田 真央 (ミナト物流) | argo-cd
      `,
      { plainText: true },
    );
  });

  test('"━━ Name ━━" is decoration; "２０：５０～２１：１０　ＬＴ大会" in full-width digits labels the circled numbers below it, indented by ideographic spaces', () => {
    check(
      [
        '━━ Ｓｒｅ　Ｍｅｅｔｕｐ　Ｆｕｋｕｏｋａ　＃３ ━━',
        '２０２４/７/９（火）',
        '',
        '１９：１０～１９：４０　『ＳＬＯの決め方』　〔伊藤　亮／フリークアウト〕',
        '２０：５０～２１：１０　ＬＴ大会',
        '　　①『Sentryとトレースをつなぐ』　〔渡辺　拓海／SmartHR〕',
        '　　②『Jenkinsのビルドもトレースしたい』　〔田中　裕子／DeNA〕',
      ].join('\n'),
      `
      event Ｓｒｅ　Ｍｅｅｔｕｐ　Ｆｕｋｕｏｋａ　＃３ | 2024-07-09 | -
      talk 4 ＳＬＯの決め方 | 伊藤　亮 (フリークアウト) | -
      talk 6 Sentryとトレースをつなぐ | 渡辺　拓海 (SmartHR) | sentry
      talk 7 Jenkinsのビルドもトレースしたい | 田中　裕子 (DeNA) | jenkins
      `,
      { plainText: true },
    );
  });

  test('"등록·웰컴 커피" and "스폰서 부스 투어（HashiCorp，Datadog）" in a timetable are no talks', () => {
    check(
      `
      DevOpsDays 대전 2024 (2024년 9월 28일)

      • 09：30～10：00　등록·웰컴 커피
      • 10：00～10：40　플랫폼 팀의 첫 해 — 김하늘 (대덕소프트)
      • 12：00～13：00　스폰서 부스 투어（HashiCorp，Datadog）
      • 13：00～13：40　Vault로 시크릿 옮기기 — 이도윤 (한밭페이)
      `,
      `
      event DevOpsDays 대전 2024 | 2024-09-28 | -
      talk 4 플랫폼 팀의 첫 해 | 김하늘 (대덕소프트) | -
      talk 6 Vault로 시크릿 옮기기 | 이도윤 (한밭페이) | vault
      `,
      { plainText: true },
    );
  });

  test('"## row 4 — Kafka at a bank" under a numbered sheet pasted as a table: the notes of that row\'s talk, no talk of its own', () => {
    check(
      `
      # SREcon24 notes (2024-03-18)

      | # | Session | Speaker (Company) |
      |---|---------|-------------------|
      | 1 | Incident Command for Teams of Five | Marcus Boyd (Honeycomb) |
      | 2 | Running Kafka Across Three Regions | Olu Adeyemi (Capital One) |

      ## row 2 — Kafka at a bank
      - MirrorMaker 2 active/active, topics by Terraform
      `,
      `
      event SREcon24 | 2024-03-18 | -
      talk 5 Incident Command for Teams of Five | Marcus Boyd (Honeycomb) | -
      talk 6 Running Kafka Across Three Regions | Olu Adeyemi (Capital One) | kafka terraform
      `,
    );
  });

  test('"### 【Lightning talks】": the whole label in brackets over the lightning talks\' items', () => {
    check(
      `
      # HashiConf 2023 day 1 (2023-10-10)

      ### Vault at scale
      Speaker: Mara Holt (Adyen)
      - raft storage

      ### Consul on Nomad
      Speaker: Jonas Weber (Zalando)
      - service mesh

      ### 【Lightning talks】
      - 「Writing a Terraform provider in 15 minutes」 — Sam Oduya (independent)
      - 「Sentinel policies nobody reads」 — Ivy Chen (Atlassian)
      `,
      `
      event HashiConf 2023 | 2023-10-10 | -
      talk 3 Vault at scale | Mara Holt (Adyen) | vault
      talk 7 Consul on Nomad | Jonas Weber (Zalando) | consul nomad
      talk 12 Writing a Terraform provider in 15 minutes | Sam Oduya | terraform
      talk 13 Sentinel policies nobody reads | Ivy Chen (Atlassian) | sentinel
      `,
    );
  });

  test('"登壇者：Name（Org）　※remark": the writer\'s remark after the reference mark is no part of the speaker', () => {
    check(
      `
      HashiCorp User Group Nagoya #7 2024年5月21日

      ■セッション１
      【Vault Secrets Operatorで置き換えた話】
      登壇者：Rachel Kim（ミナト電機）　※日本語ペラペラ
      ・K8s Secretに同期
      `,
      `
      event HashiCorp User Group Nagoya #7 | 2024-05-21 | -
      talk 4 【Vault Secrets Operatorで置き換えた話】 | Rachel Kim (ミナト電機) | kubernetes vault vault-secrets-operator
      `,
      { plainText: true },
    );
  });
});

describe('terse meetup notes', () => {
  test('a schedule item and how long it was ("break 10min", "쉬는시간 10분", "休憩 5分 // remark") is no talk', () => {
    assert.equal(isNonTalkTitle('break 10min'), true);
    assert.equal(isNonTalkTitle('break 10 min // sponsor: Larchmont Cloud (swag = mugs)'), true);
    assert.equal(isNonTalkTitle('쉬는시간 10분'), true);
    assert.equal(isNonTalkTitle('休憩 5分'), true);
    // ("후속 TODO": what to do after; "폐회 및 경품 추첨": two items joined by "and"; a sponsors' relay and a remark.)
    assert.equal(isNonTalkTitle('후속 TODO'), true);
    assert.equal(isNonTalkTitle('폐회 및 경품 추첨'), true);
    assert.equal(isNonTalkTitle('스폰서 세션 릴레이 — 거의 못 들음'), true);
    // A talk's title with a length in it is still a talk's.
    assert.equal(isNonTalkTitle('Kubernetes upgrades in 10 min'), false);
  });

  test('an entry at the margin right under a break at the margin, its notes indented under it, is read', () => {
    check(
      `
      Lakeside Infra Night #4
      2024-02-08, Harbor Hall

      Priya Natarajan (Cobaltline) -- Terraform drift at 3am
        drift detection job every hour
        plan output posted to Slack
      break 15min // pizza
      Mateo Ruiz (@mruiz), Fenwick Bank -- Vault namespaces for 40 teams
        one namespace per team
      `,
      `
      event Lakeside Infra Night #4 | 2024-02-08 | Harbor Hall
      talk 4 Terraform drift at 3am | Priya Natarajan (Cobaltline) | slack terraform
      talk 8 Vault namespaces for 40 teams | Mateo Ruiz (Fenwick Bank) | vault
      `,
      { plainText: true },
    );
  });

  test('"- **10:30 [Hall A]** Title" with "  - 👤 Name (Org)" under it: the bust\'s emoji says whose talk it is', () => {
    check(
      `
      # 부산 데브옵스 데이 2024

      > 2024.09.12(목) · 벡스코 컨벤션홀

      - 09:00 등록
      - **10:00 [Hall A]** 테라폼 모듈 레지스트리 운영기
        - 👤 한지수 (바다물류)
        - 모듈 버전 pin, Atlantis로 plan 리뷰
      - **11:00 [Hall B]** 사내 쿠버네티스 업그레이드 자동화
        - 🗣️ 오민혁 (파도페이)
        - 노드풀 블루그린
      - 12:00 점심
      - 16:00 스폰서 세션 릴레이 — 거의 못 들음
      - 17:00 폐회 및 경품 추첨

      #### 후속 TODO
      - [ ] Atlantis 도입 검토
      `,
      `
      event 부산 데브옵스 데이 2024 | 2024-09-12 | 벡스코 컨벤션홀
      talk 6 테라폼 모듈 레지스트리 운영기 | 한지수 (바다물류) | atlantis terraform
      talk 9 사내 쿠버네티스 업그레이드 자동화 | 오민혁 (파도페이) | kubernetes
      `,
    );
  });
  test('"[x] 10:00 | Track 1 - Room" then the quoted title and "Name, Org" indented under it: a checked item\'s time over its talk', () => {
    check(
      `
      PLATFORM DAYS LISBON 2024 -- log
      dates: 8-9 Oct 2024

      [x] 10:00 | Track 1 - Tejo Hall
          "Paging Less: SLOs for Payment APIs"
          Inês Carvalho, Rio Pay
          * burn-rate alerts in Prometheus

      [~] 11:00 | Track 2 - Room 3
          "Nomad Batch Jobs at a Small Bank"
          Tomás Reis, Banco Azul
          * left early
      `,
      `
      event PLATFORM DAYS LISBON 2024 | 2024-10-08..2024-10-09 | -
      talk 5 Paging Less: SLOs for Payment APIs | Inês Carvalho (Rio Pay) | prometheus
      talk 10 Nomad Batch Jobs at a Small Bank | Tomás Reis (Banco Azul) | nomad
      `,
      { plainText: true },
    );
  });
  test('"【Org】Name (@handle)「Title」Track A": the track after the line is no part of it; "A (@a) ＋ B (@b)" are two speakers', () => {
    check(
      `
      Platform Engineering Kaigi Osaka 2024 メモ
      2024-07-09 グランキューブ大阪

      【北浜テック株式会社】西田 恵 (@megu_n)「Backstage で作る社内ポータル」Track A
       プラグインは自作、Argo CD の状態を表示
      【なにわペイ】上野 翔 (@sho_u) ＋ 松田 葵 (@aoi_m)「Terraform モジュールの社内レジストリ」Track B
       バージョンは Git タグ
      `,
      `
      event Platform Engineering Kaigi Osaka 2024 | 2024-07-09 | グランキューブ大阪
      talk 4 Backstage で作る社内ポータル | 西田 恵 (北浜テック株式会社) | argo-cd backstage
      talk 6 Terraform モジュールの社内レジストリ | 上野 翔 (なにわペイ), 松田 葵 (なにわペイ) | git terraform
      `,
      { plainText: true },
    );
  });

  test('"[세션]" then "Org / Name @handle : Title" lines; "@handle from Org: “Title”" and "@a & @b from Org: Title"', () => {
    check(
      `
      대구 쿠버네티스 모임 9월
      2024-09-05 동성로 스파크랩

      [세션]
      바다소프트 / 정하늘 @haneul.j : 쿠버네티스 노드 업그레이드 자동화
       -> 드레인 타임아웃 조정
      달빛페이 / 문서준 @seojun : Vault로 DB 계정 돌리기
       -> 동적 시크릿, TTL 1시간
      `,
      `
      event 대구 쿠버네티스 모임 9월 | 2024-09-05 | 동성로 스파크랩
      talk 5 쿠버네티스 노드 업그레이드 자동화 | 정하늘 (바다소프트) | kubernetes
      talk 7 Vault로 DB 계정 돌리기 | 문서준 (달빛페이) | vault
      `,
      { plainText: true },
    );
    check(
      `
      Harbor Infra Night #3
      2024-03-14

      @lena_ops from Quayside Labs: "Consul on bare metal"
        gossip tuning
      @tkoh & @mira.s from Pier Nine: Packer images for edge boxes
        nightly builds
      `,
      `
      event Harbor Infra Night #3 | 2024-03-14 | -
      talk 4 Consul on bare metal | lena_ops (Quayside Labs) | consul
      talk 6 Packer images for edge boxes | tkoh (Pier Nine), mira.s (Pier Nine) | packer
      `,
      { plainText: true },
    );
  });
  test('"[연사] Name — Org / Role" then "『Title』" (a remark in brackets about them may come between): the label in brackets says who gave it', () => {
    check(
      `
      인천 데브옵스 모임 11월
      2024.11.21 (목) 송도 컨벤시아

      [연사] 민지후 — 파란물류 / 플랫폼 개발
             (모임 운영진)
      『테라폼 state 쪼개기』
        * 워크스페이스 120개

      [연사] 장유나 — 해솔페이 / SRE
      『Argo CD로 클러스터 20개 관리하기』
        * ApplicationSet
      `,
      `
      event 인천 데브옵스 모임 11월 | 2024-11-21 | 송도 컨벤시아
      talk 6 테라폼 state 쪼개기 | 민지후 (파란물류) | terraform
      talk 10 Argo CD로 클러스터 20개 관리하기 | 장유나 (해솔페이) | argo-cd
      `,
      { plainText: true },
    );
  });
  test('people first, each talk\'s title quoted in a sentence under them: "タイトルは「…」", "「…」と題して", "세션: "…"", "opened the night with "…"", "co-presented "…""', () => {
    check(
      `
      # SRE Kaigi Fukuoka 2024 メモ

      日付：2024/06/14（金）

      ## 中島 彩（株式会社ハカタペイ / SRE）
      タイトルは「Prometheus アラートの棚卸し」。
      - Alertmanager のルートを半分に

      ## 松尾 亮（九州クラウド株式会社 / Platform）
      「Terraform モジュールを配る仕組み」と題して話していた。
      - レジストリは社内
      `,
      `
      event SRE Kaigi Fukuoka 2024 | 2024-06-14 | -
      talk 6 Prometheus アラートの棚卸し | 中島 彩 (株式会社ハカタペイ) | alertmanager prometheus
      talk 10 Terraform モジュールを配る仕組み | 松尾 亮 (九州クラウド株式会社) | terraform
      `,
    );
    check(
      `
      # 클라우드 서밋 부산 2024

      1. **백서윤** 님 — 남항클라우드, 솔루션즈 아키텍트
         - 세션: "EKS 노드 비용 줄이기"
         - Karpenter 스팟 비율 60%

      2. **추민성** 님 (동백페이 / 플랫폼팀) & **하예린** 님 (남항클라우드 / TAM)
         - 공동 발표. 세션: "결제 트래픽 사전 스케일링"
         - 부하 테스트는 k6
      `,
      `
      event 클라우드 서밋 부산 2024 | 2024 | -
      talk 4 EKS 노드 비용 줄이기 | 백서윤 (남항클라우드) | aws-eks karpenter
      talk 8 결제 트래픽 사전 스케일링 | 추민성 (동백페이), 하예린 (남항클라우드) | k6
      `,
    );
    check(
      `
      osaka infra night #12
      thu 14 mar 2024

      >> Kenji Hara (SRE @ Umeda Pay)
      opened the night with "Drift is a people problem". plan runs nightly in CI.

      >> Lucy Park & Tomo Ito (both Namba Labs, platform team)
      co-presented "Nomad next to Kubernetes". Consul for discovery.

      >> Ana Silva (SRE, Kobe Rail) - "Helm charts we deleted"
      helmfile, then Argo CD.
      `,
      `
      event osaka infra night #12 | 2024-03-14 | -
      talk 5 Drift is a people problem | Kenji Hara (Umeda Pay) | -
      talk 8 Nomad next to Kubernetes | Lucy Park (Namba Labs), Tomo Ito (Namba Labs) | consul kubernetes nomad
      talk 10 Helm charts we deleted | Ana Silva (Kobe Rail) | argo-cd helm helmfile
      `,
      { plainText: true },
    );
  });
  test('a note titled with one of the event\'s days ("Day 2 notes", "1日目メモ", "第7回 メモ") is the event its file is named for; "6월 넷째 주 화요일", "6月の第4火曜日" date it', () => {
    check(
      `
      # Day 2 notes

      2024년 6월 넷째 주 화요일, 코엑스 E홀

      ## 10:00 Terraform Stacks 써 보기
      - 발표: 양도현 (한강클라우드)
      - stack 단위 배포
      `,
      `
      event infracon seoul 2024 | 2024-06-25 | 코엑스 E홀
      talk 5 Terraform Stacks 써 보기 | 양도현 (한강클라우드) | terraform
      `,
      { name: 'infracon-seoul-2024_day2.md' },
    );
    check(
      `
      1日目メモ

      2023年9月の第2火曜日

      10:00 | 「Vault の運用」 | 佐野 遥（株式会社みなとクラウド）
      ・Raft ストレージ
      `,
      `
      event 2023 sre gathering nagoya | 2023-09-12 | -
      talk 5 Vault の運用 | 佐野 遥 (株式会社みなとクラウド) | vault
      `,
      { name: '2023_sre-gathering-nagoya_day1.txt', plainText: true },
    );
    // (A file named with one word is no event's name: "notes".)
    check(
      `
      # Day 2

      ## Vault at scale - Jane Roe (Acme)
      raft
      `,
      `
      event Day 2 | - | -
      talk 3 Vault at scale | Jane Roe (Acme) | vault
      `,
      { name: 'notes.md' },
    );
  });
  test('"Speaker: Name" then profile fields ("Role: SRE, Org", "Bio: …", "所属：…") then "Talk: "Title"": the fields between, the organisation from them', () => {
    check(
      `
      # Infra Summit Perth 2024

      ---

      **Speaker:** Anjali Rao
      **Role:** Principal SRE, Quokka Pay
      **Bio:** payments infra for ten years.
      **Talk:** "Paging less with SLOs"

      - Prometheus burn-rate alerts

      ---

      **Speaker:** Ben Lowe
      **Company:** Swan Freight
      **Talk:** "Cells on Kubernetes"

      - Terraform per cell
      `,
      `
      event Infra Summit Perth 2024 | 2024 | -
      talk 8 Paging less with SLOs | Anjali Rao (Quokka Pay) | prometheus
      talk 16 Cells on Kubernetes | Ben Lowe (Swan Freight) | kubernetes terraform
      `,
    );
  });
  test('a talk\'s record as a table under a "| 項目 | 内容 |" header: "聞き手" and "ゲスト" rows are its people, "所属" gives organisation and role; "休憩・ドリンク" is no talk', () => {
    check(
      `
      # SRE Night Kobe vol.3

      ### Session 1
      | 項目 | 内容 |
      |---|---|
      | 登壇者 | 西村 隆 |
      | 所属 | 株式会社ミナトペイ / SRE |
      | 演題 | Prometheus ルールの棚卸し |

      - Alertmanager のルート整理

      ## 休憩・ドリンク

      ### Session 2
      | 項目 | 内容 |
      |---|---|
      | 聞き手 | 藤井 遥（株式会社ロッコウ） |
      | ゲスト | 大野 誠（株式会社ハーバーゲームズ） |
      | 演題 | ローンチ日のインフラ |

      - Terraform でリージョン追加
      `,
      `
      event SRE Night Kobe vol.3 | - | -
      talk 8 Prometheus ルールの棚卸し | 西村 隆 (株式会社ミナトペイ) | alertmanager prometheus
      talk 19 ローンチ日のインフラ | 藤井 遥 (株式会社ロッコウ), 大野 誠 (株式会社ハーバーゲームズ) | terraform
      `,
    );
  });
  test('"Title — Name (Org)  <- must rewatch", "… ← 必見": the writer\'s remark after an arrow pointing back is no part of the organisation', () => {
    check(
      `
      # HashiConf 2024 notes

      - Vault at scale — Jane Roe (Acme)  <- must rewatch
        - raft storage
      - Consul mesh in practice — Tom Lin (Globex) ← 必見
        - peering
      `,
      `
      event HashiConf 2024 | 2024 | -
      talk 3 Vault at scale | Jane Roe (Acme) | vault
      talk 5 Consul mesh in practice | Tom Lin (Globex) | consul
      `,
    );
  });
  test('a recap\'s sentence wrapped right before its quoted title ("…中村 大輔さんで、タイトルは" then "「…」。", "…walked us through" then ""…"."): the talk is the title\'s line', () => {
    check(
      `
      Fukuoka SRE 勉強会 #14 メモ
      2024/08/24(土) 天神

      トップバッターはヌーラボの中村 大輔さんで、タイトルは
      「エラーバジェットで決めるリリース」。
      Prometheus の recording rule で SLI を計測。

      Next up, Priya Raman of Tessellate walked us through
      "Helm charts, small and boring", with Argo CD ApplicationSets everywhere.
      `,
      `
      event Fukuoka SRE 勉強会 #14 | 2024-08-24 | 天神
      talk 5 エラーバジェットで決めるリリース | 中村 大輔 (ヌーラボ) | prometheus
      talk 9 Helm charts, small and boring | Priya Raman (Tessellate) | argo-cd helm
      `,
      { plainText: true },
    );
  });
  test('"### 09:30 | Room E102 | Platform Engineering Day": the section\'s event is named without its time and the bar after it', () => {
    check(
      `
      # KubeCon EU 2023 — running log

      ## Day 1 — Tue 18 Apr 2023

      ### 09:30 | Room E102 | Platform Engineering Day
      **Golden paths** — Priya Raman (Northwind)
      - Backstage templates

      ### 11:00 | Room G104 | Cilium + eBPF Day
      **Replacing kube-proxy** — Tomasz Nowak (Allegretto)
      - Hubble flows
      `,
      `
      event Room E102 | Platform Engineering Day | - | -
      talk 6 Golden paths | Priya Raman (Northwind) | backstage
      event Room G104 | Cilium + eBPF Day | - | -
      talk 10 Replacing kube-proxy | Tomasz Nowak (Allegretto) | hubble kube-proxy
      `,
    );
  });
});

describe('notes below a programme that say which of its talks they are about', () => {
  test('a table numbered in its first column, then "## #2 の感想" and "## #3（LT）メモ": each section is its row\'s talk\'s, no talk of its own', () => {
    check(
      `
      # 札幌インフラ勉強会 #8

      | # | 時刻 | タイトル | 登壇者 | 所属 |
      |---|------|----------|--------|------|
      | - | 18:45 | 受付 | | |
      | 1 | 19:00 | Terraform のモジュール設計 | 小川 誠 | 北星データ |
      | 2 | 19:30 | Vault で証明書を配る | 石田 奈央 | すずらん銀行 |
      | 3 | 20:00 | LT: Packer でイメージを焼く | 森 隆 | フリーランス |

      ## #2 の感想
      - Vault Agent で nginx の証明書を更新
      - cert-manager とは併用しない方針

      ## #3（LT）メモ
      - Ansible で後処理

      ## 懇親会
      - ビールとピザ
      `,
      `
      event 札幌インフラ勉強会 #8 | - | -
      talk 6 Terraform のモジュール設計 | 小川 誠 (北星データ) | terraform
      talk 7 Vault で証明書を配る | 石田 奈央 (すずらん銀行) | cert-manager nginx vault vault-agent
      talk 8 Packer でイメージを焼く | 森 隆 | ansible packer
      `,
    );
  });
  test('a timetable of plain lines, then items that name a talk by its speaker or its place ("* 김민수님 발표", "* 마지막 발표 (…)"); "* 쉬는시간" ends the item before it', () => {
    check(
      `
      판교 데브옵스 모임 #12
      2024.05.10 (금) 19:00

      19:10 - 19:40  Argo CD로 배포 100개 관리하기 - 김민수 (하늘증권)
      19:40 - 20:10  Cilium으로 네트워크 정책 옮기기 - 이수진 (별빛게임즈)
      20:10 - 20:20  쉬는시간
      20:20 - 20:50  Loki 로그 비용 줄이기 - 박정우 (두리헬스)

      * 김민수님 발표
        - ApplicationSet 으로 클러스터 생성
        - Helm 차트 버전 고정
      * 쉬는시간
        - 커피, Kafka 얘기 잠깐
      * 마지막 발표 (Loki 비용)
        - 오브젝트 스토리지는 S3
      `,
      `
      event 판교 데브옵스 모임 #12 | 2024-05-10 | -
      talk 4 Argo CD로 배포 100개 관리하기 | 김민수 (하늘증권) | argo-cd helm
      talk 5 Cilium으로 네트워크 정책 옮기기 | 이수진 (별빛게임즈) | cilium
      talk 7 Loki 로그 비용 줄이기 | 박정우 (두리헬스) | aws-s3 grafana-loki
      `,
      { plainText: true },
    );
  });
  test('"## Session 1 notes", "## The Kafka one", "## the Loki migration", "## Last one — …" below a table: by number, by the title\'s tools and words, by place', () => {
    check(
      `
      # DevOps Days Lisbon 2024

      | Time | Talk | Speaker | Company |
      |------|------|---------|---------|
      | 10:00 | Terraform at a Small Bank | Rita Sousa | Banco Leste |
      | 10:45 | Kafka Without Tears | Jonas Weber | Nordlicht |
      | 11:30 | Our Loki Migration Story | Ana Lima | Uphold |
      | 12:15 | Paved Roads for Platform Teams | Tom Baker | Quillbyte |

      ## Session 1 notes
      - Atlantis for plans on pull requests

      ## The Kafka one
      - Strimzi on Kubernetes

      ## the Loki migration
      - Promtail replaced by Grafana Alloy

      ## Last one — paved roads
      - Crossplane compositions
      `,
      `
      event DevOps Days Lisbon 2024 | 2024 | -
      talk 5 Terraform at a Small Bank | Rita Sousa (Banco Leste) | atlantis terraform
      talk 6 Kafka Without Tears | Jonas Weber (Nordlicht) | kafka kubernetes strimzi
      talk 7 Our Loki Migration Story | Ana Lima (Uphold) | grafana grafana-alloy grafana-loki
      talk 8 Paved Roads for Platform Teams | Tom Baker (Quillbyte) | crossplane
      `,
    );
  });
  test('"세번째 세션 메모" counts the row whose talk a heading above took ("2번 세션 메모 — 동적 시크릿" for the second row)', () => {
    check(
      `
      # 하시코프 유저 그룹 서울 가을 모임

      | 시간 | 세션 | 발표자 | 소속 |
      |------|------|--------|------|
      | 19:00 | 테라폼 모듈 정리 | 김도현 | 누리커머스 |
      | 19:40 | 볼트 동적 시크릿 도입기 | 이서연 | 하늘페이 |
      | 20:20 | 노마드를 남긴 이유 | 박준혁 | 바다모빌리티 |

      ### 2번 세션 메모 — 동적 시크릿
      - Vault 로 DB 계정 발급

      ### 세번째 세션 메모
      - Nomad 와 Consul 조합 유지
      `,
      `
      event 하시코프 유저 그룹 서울 가을 모임 | - | -
      talk 5 테라폼 모듈 정리 | 김도현 (누리커머스) | terraform
      talk 7 노마드를 남긴 이유 | 박준혁 (바다모빌리티) | consul nomad
      talk 9 볼트 동적 시크릿 도입기 | 이서연 (하늘페이) | vault
      `,
    );
  });
  test('talks each with their own notes, then "## Kubernetes" and an item naming a tool: no section is read as notes of another talk', () => {
    check(
      `
      # Platform Night Osaka

      Cache Layers at Scale - Kenta Mori, Sora Retail
      - Redis Sentinel in front of the cache

      Sentinel Policies in CI - Aya Ito, Northwind
      - policy sets for plans

      ## Kubernetes
      - both teams run Kubernetes on EKS
      `,
      `
      event Platform Night Osaka | - | -
      talk 3 Cache Layers at Scale | Kenta Mori (Sora Retail) | redis redis-sentinel
      talk 6 Sentinel Policies in CI | Aya Ito (Northwind) | sentinel
      `,
    );
  });
});

describe('speakers first, a slash, then the title', () => {
  test('"Name (Org) / Title" indented under a section word in capitals, a colon inside the title, two people before the slash; "마크 리 (Mark Lee) / 빛나래데이터" is a name and its organisation', () => {
    check(
      `
      KCD Daegu 2024
      2024년 9월 7일

      MORNING
          정민호 (카카오) / 멀티 클러스터 운영기: Argo CD로 200개 앱 관리
              ApplicationSet 으로 클러스터 생성
          Anna Berg (Spotify) / Taming Cardinality in Large Fleets
              Prometheus recording rules
          마크 리 (Mark Lee) / 빛나래데이터

          서지훈, 오세영 (라인플러스) / Cilium으로 kube-proxy 걷어내기
              eBPF 기반, kube-proxy replacement 모드
      `,
      `
      event KCD Daegu 2024 | 2024-09-07 | -
      talk 5 멀티 클러스터 운영기: Argo CD로 200개 앱 관리 | 정민호 (카카오) | argo-cd
      talk 7 Taming Cardinality in Large Fleets | Anna Berg (Spotify) | prometheus
      talk 11 Cilium으로 kube-proxy 걷어내기 | 서지훈 (라인플러스), 오세영 (라인플러스) | cilium ebpf kube-proxy
      `,
      { plainText: true },
    );
  });
  test('"小林 誠（北星データ）／ Terraform モジュールの設計": a full-width slash after the organisation', () => {
    check(
      `
      # 札幌 SRE Night #3

      - 小林 誠（北星データ）／ Terraform モジュールの設計と運用
        - Atlantis で plan
      - 石田 奈央（すずらん銀行）／ Vault で証明書を配る仕組み
        - PKI エンジン
      `,
      `
      event 札幌 SRE Night #3 | - | -
      talk 3 Terraform モジュールの設計と運用 | 小林 誠 (北星データ) | atlantis terraform
      talk 5 Vault で証明書を配る仕組み | 石田 奈央 (すずらん銀行) | vault
      `,
    );
  });
});

describe('the organisation first, then its people, a colon and the title', () => {
  test('"HashiCorp Megan Alvarez: Title", "Contoso Health Rebecca Liu & Omar Farouk: Title" after a time and a tab', () => {
    check(
      `
      # Summit notes

      9:00\tNorthwind Logistics Jordan Patel: Three Thousand Workspaces and One Registry
      - Terraform module registry

      11:45\tContoso Health Rebecca Liu & Omar Farouk: Secrets for Twelve Clusters
      - Vault on Kubernetes
      `,
      `
      event Summit | - | -
      talk 3 Three Thousand Workspaces and One Registry | Jordan Patel (Northwind Logistics) | terraform
      talk 6 Secrets for Twelve Clusters | Rebecca Liu (Contoso Health), Omar Farouk (Contoso Health) | kubernetes vault
      `,
    );
  });
  test('"AWS 코리아 함기호 대표: 기조연설", "크래프톤 유지민, 안재현: Title"; "S6. (패널) 제목: Title" is a label, not an organisation and a person', () => {
    check(
      `
      클라우드 서밋 서울 2024 메모

      09:30  누리클라우드 코리아 함기호 대표: 기조연설 (Keynote)
          · 생성형 AI 이야기

      13:30  크래프톤 유지민, 안재현: 게임 서버 패치 자동화 - Ansible 플레이북에서
          · Ansible 로 윈도우 서버

      S6. (패널) 제목: 한국에서 HashiStack 운영하기
          · Nomad 와 Consul
      `,
      `
      event 클라우드 서밋 서울 2024 | 2024 | -
      talk 3 기조연설 (Keynote) | 함기호 (누리클라우드 코리아) | -
      talk 6 게임 서버 패치 자동화 - Ansible 플레이북에서 | 유지민 (크래프톤), 안재현 (크래프톤) | ansible
      `,
      { plainText: true },
    );
  });
});

describe('lightning talks under a label with its track, day and time before it', () => {
  test('"### Track A — Lightning talks (14:00–14:40)" then numbered quoted titles; "### D2 · Track B · 11:00 — Lightning Talks (5 min each)" then bold titles: the items are talks, the labels are not', () => {
    check(
      `
      # Infra Days Kyoto 2024

      ### D1 · Track A · 10:40 — Cells, Not Clusters
      **Speaker:** Aya Mori (Kumo Rail)
      - Kubernetes cells per region

      ### Track A — Lightning talks (14:00–14:40)
      1. "Packer images in ninety seconds" — Liam Hart, Cloudhop
      2. "Mesh gateways across clouds" — Mei Chen, Orbital Retail

      ### D2 · Track B · 11:00 — Lightning Talks (5 min each)
      - **Nomad on a shelf of Raspberry Pis** — Kenta Shimizu (Yamabiko Labs)
      - **Ansible is not dead** — Diego Alvarez (freelance)
      `,
      `
      event Infra Days Kyoto 2024 | 2024 | -
      talk 3 Cells, Not Clusters | Aya Mori (Kumo Rail) | kubernetes
      talk 8 Packer images in ninety seconds | Liam Hart (Cloudhop) | packer
      talk 9 Mesh gateways across clouds | Mei Chen (Orbital Retail) | -
      talk 12 Nomad on a shelf of Raspberry Pis | Kenta Shimizu (Yamabiko Labs) | nomad
      talk 13 Ansible is not dead | Diego Alvarez | ansible
      `,
    );
  });
});

describe('numbered lightning talks in plain text, and speakers said to have no organisation', () => {
  test('"    LT1 Title / Name (Org)" lines under "11:30-12:10 Lightning Talks"; "(個人)", "(프리랜서)", "（個人 / remark）" are no organisations', () => {
    check(
      `
      SRE 勉強会 神戸 #4
      2024/03/13

      10:00-10:40 Vault の Dynamic Secrets 入門
          登壇: 小野 理恵 (株式会社ナニワクラウド)
      11:30-12:10 Lightning Talks
          LT1 Argo CD の Sync Wave を理解した / 吉田 光 (個人)
          LT2 Cilium の NetworkPolicy デバッグ術 / 山口 彩花 (株式会社サカイネット)
          LT3 自宅 k3s の話 / 池田 光（個人 / 趣味で自宅クラスタ運用）
      12:10 クロージング
      `,
      `
      event SRE 勉強会 神戸 #4 | 2024-03-13 | -
      talk 4 Vault の Dynamic Secrets 入門 | 小野 理恵 (株式会社ナニワクラウド) | vault
      talk 7 Argo CD の Sync Wave を理解した | 吉田 光 | argo-cd
      talk 8 Cilium の NetworkPolicy デバッグ術 | 山口 彩花 (株式会社サカイネット) | cilium
      talk 9 自宅 k3s の話 | 池田 光 | k3s
      `,
      { plainText: true },
    );
  });
  test('"Title - 임채원 (프리랜서)": no organisation', () => {
    check(
      `
      # 판교 인프라 밋업 4월

      - 테라폼 모듈 정리 - 김도현 (누리커머스)
        - Terraform 레지스트리
      - 도커 이미지 다이어트 - 임채원 (프리랜서)
        - 멀티 스테이지 빌드로 Docker 이미지 축소
      `,
      `
      event 판교 인프라 밋업 4월 | - | -
      talk 3 테라폼 모듈 정리 | 김도현 (누리커머스) | terraform
      talk 5 도커 이미지 다이어트 | 임채원 | docker
      `,
    );
  });
});

describe('schedule items with what came with them', () => {
  test('"受付・ノベルティ配布", "17:30-      | 懇親会 (…)" in a timetable drawn with bars, "opening remarks from the program chairs": no talks', () => {
    check(
      `
      CloudNative Days Kobe 2024 参加メモ

      時間        | セッション / 登壇者
      ------------+-----------------------------------
      09:30-10:00 | 受付・ノベルティ配布
      10:00-10:40 | 「クラウドネイティブの羅針盤」中村 恵理 (株式会社ミナトクラウド)
      10:50-11:30 | 「Argo CD を全社に」森 拓也 (株式会社ナダテック)
      17:30-      | 懇親会 (駅前のビアホール)
      `,
      `
      event CloudNative Days Kobe 2024 | 2024 | -
      talk 6 クラウドネイティブの羅針盤 | 中村 恵理 (株式会社ミナトクラウド) | -
      talk 7 Argo CD を全社に | 森 拓也 (株式会社ナダテック) | argo-cd
      `,
      { plainText: true },
    );
    check(
      `
      # SREcon APAC 2024

      09:00 opening remarks from the program chairs
      09:15 "Error budgets for humans" — Ana Lima, Uphold
      - burn rate alerts in Prometheus
      `,
      `
      event SREcon APAC 2024 | 2024 | -
      talk 4 Error budgets for humans | Ana Lima (Uphold) | prometheus
      `,
    );
  });
});

describe('a timetable of timed items, its speakers on the item under each, then sections on its talks', () => {
  test('"- 19:00 「Title」" over "  - Name / Org"; "## 各セッションのメモ" then "### 1本目 …", "### 2本目（Nomad の話）", "### 3本目 OOMKilled": each section is its talk\'s', () => {
    check(
      `
      # SRE 勉強会 長崎 Vol.2

      ## タイムテーブル

      - 18:30 開場・受付
      - 19:00 「SLO を Grafana で見える化する」
        - 松本 沙織 / 株式会社でじまクラウド
      - 19:35 「Ansible から Nomad へ」
        - 井上 浩二 / 株式会社みなとソフト
      - 20:20 「Pod が消える夜：OOMKilled 調査記」
        - 木村 遥、林 大樹 / 株式会社グラバーワークス
      - 21:00 懇親会

      ## 各セッションのメモ

      ### 1本目 SLO の話
      - Prometheus の recording rule

      ### 2本目（Nomad の話）
      - Packer でイメージ、Consul でサービス登録

      ### 3本目 OOMKilled
      - kubectl top で確認
      `,
      `
      event SRE 勉強会 長崎 Vol.2 | - | -
      talk 8 Ansible から Nomad へ | 井上 浩二 (株式会社みなとソフト) | ansible consul nomad packer
      talk 16 SLO を Grafana で見える化する | 松本 沙織 (株式会社でじまクラウド) | grafana prometheus
      talk 22 Pod が消える夜：OOMKilled 調査記 | 木村 遥 (株式会社グラバーワークス), 林 大樹 (株式会社グラバーワークス) | kubectl
      `,
    );
  });
});

describe('a timetable drawn with bars whose rows go on under the time\'s cell', () => {
  test('"10:00-10:40 | 「Title」" then "            | 登壇: Name (Org)" and "            |  - notes": the speakers and the notes are that row\'s talk\'s', () => {
    check(
      `
      CloudNative Days Kobe 2024 参加メモ

      時間        | セッション / 登壇者 / 所属
      ------------+-----------------------------------
      09:30-10:00 | 受付
      10:00-10:40 | 「クラウドネイティブの羅針盤」
                  | 登壇: 中村 恵理 (株式会社ミナトクラウド)
                  |  - Kubernetes の10年
      10:50-11:30 | 「Harbor で作る社内レジストリ」
                  | 登壇: 森 拓也 (株式会社ナダテック)
                  |  - Trivy でスキャン
      `,
      `
      event CloudNative Days Kobe 2024 | 2024 | -
      talk 6 クラウドネイティブの羅針盤 | 中村 恵理 (株式会社ミナトクラウド) | kubernetes
      talk 9 Harbor で作る社内レジストリ | 森 拓也 (株式会社ナダテック) | harbor trivy
      `,
      { plainText: true },
    );
  });
});

describe('a log\'s word for the entry before a quoted title', () => {
  test('"09:15  TALK "Title"" then "— Name, Org": the word is no part of the title', () => {
    check(
      `
      # SREcon APAC 2024

      09:15  TALK "Error budgets for humans"
         — Ana Lima, Uphold
         - burn rate alerts in Prometheus

      10:00  TALK "Cells, not clusters"
         — Tom Baker, Quillbyte
         - Kubernetes cells per region
      `,
      `
      event SREcon APAC 2024 | 2024 | -
      talk 3 Error budgets for humans | Ana Lima (Uphold) | prometheus
      talk 7 Cells, not clusters | Tom Baker (Quillbyte) | kubernetes
      `,
    );
  });
});

describe('two people in a table\'s speakers cell beside a column of organisations', () => {
  test('"| Marcus Oyelaran, Jenna Kowalski | Tidewater Logistics |": two people of one organisation, not a name and an organisation; "## My schedule for the day" over the table is its caption', () => {
    check(
      `
      # KubeCon NA 2023 — day 2

      ## My schedule for the day

      | Time | Talk | Speaker(s) | Company |
      |------|------|------------|---------|
      | 11:00 | Scaling Argo CD to Five Thousand Apps | Priya Raman | Lumenfield |
      | 11:55 | Cluster Mesh in Anger | Marcus Oyelaran, Jenna Kowalski | Tidewater Logistics |

      ## Session 2 notes
      - Hubble flows into Grafana
      `,
      `
      event KubeCon NA 2023 | 2023 | -
      talk 7 Scaling Argo CD to Five Thousand Apps | Priya Raman (Lumenfield) | argo-cd
      talk 8 Cluster Mesh in Anger | Marcus Oyelaran (Tidewater Logistics), Jenna Kowalski (Tidewater Logistics) | grafana hubble
      `,
    );
  });
});

describe('a programme\'s records of talks, copied as labelled fields', () => {
  test('"## 세션 1" then "제목:", its translation, "발표자:", "소속:": the title field is the talk, the heading is none', () => {
    check(
      `
      # 클라우드 유저 모임 2024 가을

      ## 세션 1
      제목: Drift Detection at Scale
      (대규모 드리프트 탐지)
      발표자: 김하늘, 오지민
      소속: 누리페이 플랫폼팀
      초록: 워크스페이스 200개를 운영하며 배운 것

      메모:
      - 테라폼 plan을 매일 돌림

      ## 세션 2
      제목: Secrets on EKS
      발표자: 한도윤
      소속: 바다커머스

      메모:
      - 볼트 에이전트 대신 CSI provider
      `,
      `
      event 클라우드 유저 모임 2024 가을 | 2024 | -
      talk 4 Drift Detection at Scale | 김하늘 (누리페이 플랫폼팀), 오지민 (누리페이 플랫폼팀) | terraform
      talk 14 Secrets on EKS | 한도윤 (바다커머스) | aws-eks vault
      `,
    );
  });

  test('"【タイトル】" with the title on the line below, "【登壇者】", "【所属】" between drawn lines: the record\'s title', () => {
    check(
      `
      関西インフラ勉強会 #3 (2024/06/14)

      ■■■■■■■■■■
      【タイトル】
        Golden Images with Packer
      【登壇者】山田 花子
      【所属】株式会社ナンバデータ
      ◆感想：
      ・パッカーでAMIを毎週焼いている

      ■■■■■■■■■■
      【タイトル】Consul on Nomad
      【登壇者】松井 蓮
      【所属】（フリーランス）
      ◆感想：
      ・Nomadのジョブ定義が短い
      `,
      `
      event 関西インフラ勉強会 #3 | 2024-06-14 | -
      talk 5 Golden Images with Packer | 山田 花子 (株式会社ナンバデータ) | aws-ami packer
      talk 12 Consul on Nomad | 松井 蓮 | consul nomad
      `,
      { plainText: true },
    );
  });

  test('"Title:", "Title (JA):", "Speaker:", "Company:" under "=== Talk 1 ===", bold labels "- **세션명**:" under "### [DEV302] 10:40 | Hall E": one organisation each when the counts agree', () => {
    check(
      `
      Platform Meetup Tokyo #9 — 2024-02-15

      === Talk 1 ===
      Title:      Golden Paths with Backstage
      Title (JA): Backstage で作るゴールデンパス
      Speaker:    Kenji Watanabe, Emily Carter
      Company:    Kumo Labs, Shinkansen Pay

      My notes:
      * Backstage templates call Terraform modules
      `,
      `
      event Platform Meetup Tokyo #9 | 2024-02-15 | -
      talk 4 Golden Paths with Backstage | Kenji Watanabe (Kumo Labs), Emily Carter (Shinkansen Pay) | backstage terraform
      `,
      { plainText: true },
    );
    check(
      `
      # AWS Summit Seoul 2023

      ### [DEV302] 10:40 - 11:20 | 아셈홀 E
      - **세션명**: Building a Platform on Amazon EKS
      - **연사**: 장혜린 (솔루션즈 아키텍트), 송태양 (플랫폼팀장)
      - **소속**: AWS, 누리뱅크

      메모: 카펜터로 노드 관리
      `,
      `
      event AWS Summit Seoul 2023 | 2023 | -
      talk 4 Building a Platform on Amazon EKS | 장혜린 (AWS), 송태양 (누리뱅크) | aws-eks karpenter
      `,
    );
  });
});

describe('a person\'s name written in two scripts', () => {
  test('"🎤 Session 01 · “Title”": the session\'s number and its dot are no part of the title; "Haruto Sato (佐藤 陽翔) — Org; …", "Park Jiyeon (박지연) — Org": the name in brackets is the same person\'s, not an organisation', () => {
    check(
      `
      # KCD Cascadia 2023

      🎤 Session 01 · “Running Cilium at 5,000 Nodes”
         Speakers: Haruto Sato (佐藤 陽翔) — Kitsune Labs; Priya Raman — Kitsune Labs US
         - Hubble flows into Prometheus

      🎤 Session 02 · “Secrets Without Sidecars”
         Speaker: Park Jiyeon (박지연) — Daon Mobility
         - Vault CSI provider
      `,
      `
      event KCD Cascadia 2023 | 2023 | -
      talk 3 Running Cilium at 5,000 Nodes | Haruto Sato (Kitsune Labs), Priya Raman (Kitsune Labs US) | cilium hubble prometheus
      talk 7 Secrets Without Sidecars | Park Jiyeon (Daon Mobility) | vault
      `,
    );
  });

  test('"Tanaka Yui (田中 結衣), Sakura Ledger": what has one writing after the comma is the organisation; "Minsu Kim / 김민수 씨, Hanbit Commerce", "Yuki Mori / 森 優希 さん": one person', () => {
    check(
      `
      RELIABILITY SUMMIT EMEA 2024 — notes
      21 March 2024

      (1) ‘Zero-Downtime Postgres Failover’ — Tanaka Yui (田中 結衣), Sakura Ledger
          + CloudNativePG operator on Kubernetes

      (2) ‘Vault at the Edge’ — Minsu Kim / 김민수 씨, Hanbit Commerce
          + Vault PKI per datacentre

      (3) ‘Terraform Stacks first look’ — Yuki Mori / 森 優希 さん
          + Terraform stacks and deployments
      `,
      `
      event RELIABILITY SUMMIT EMEA 2024 | 2024-03-21 | -
      talk 4 Zero-Downtime Postgres Failover | Tanaka Yui (Sakura Ledger) | cloudnativepg kubernetes postgresql
      talk 7 Vault at the Edge | Minsu Kim (Hanbit Commerce) | vault
      talk 10 Terraform Stacks first look | Yuki Mori | terraform
      `,
      { plainText: true },
    );
  });
});

describe('a numbered slot\'s time over its title', () => {
  test('"[1] 19:10 ~ 19:40" then "《Title》" then "발표 ─ Name 씨 (Romanised) / Org": the time\'s line heads the entry; "(라이트닝)" after a time is its kind; "단체 사진 & 네트워킹" is no talk', () => {
    check(
      `
      =====================================
       클라우드 네이티브 판교 밋업 #17
       2024.04.12 (금) 19:00 ~ 21:30
      =====================================

      [1] 19:10 ~ 19:40
      《Argo CD ApplicationSet으로 클러스터 200개 배포하기》
         발표 ─ 정하늘 씨 (Haneul Jung) / 누리페이
         메모
           └ 헬름 차트는 사내 Harbor 에 올림

      [2] 21:00 ~ 21:20 (라이트닝)
      《앤서블로 서버 200대 패치 자동화》
         발표 ─ 임재원 님 / 다온모빌리티
           └ Ansible AWX, 롤링 패치

      21:20  단체 사진 📸 & 네트워킹 (근처 호프집)
      `,
      `
      event 클라우드 네이티브 판교 밋업 #17 | 2024-04-12 | -
      talk 7 Argo CD ApplicationSet으로 클러스터 200개 배포하기 | 정하늘 (누리페이) | argo-cd harbor helm
      talk 13 앤서블로 서버 200대 패치 자동화 | 임재원 (다온모빌리티) | ansible
      `,
      { plainText: true },
    );
  });
});

describe('a bracket the writer opened and did not close', () => {
  test('"登壇：田中 悠斗 さん (株式会社ヒカリラボ": the organisation without the bracket', () => {
    check(
      `
      CNDT 2023 day2

      【Track A】10:00-10:40
      「Operator を自作して分かったこと」
      登壇：田中 悠斗 さん (株式会社ヒカリラボ
       - kubebuilder で scaffold
      `,
      `
      event CNDT 2023 | 2023 | -
      talk 4 Operator を自作して分かったこと | 田中 悠斗 (株式会社ヒカリラボ) | kubebuilder
      `,
      { plainText: true },
    );
  });
});

describe('talks told in the sentences of a paragraph wrapped by hand', () => {
  test('a title quoted on one line and its speaker on the next; "(Org Name님)" after the title; the speakers in the next sentence ("발표자는 Org의 A님, B님 두 분"); each talk on the line its title starts on', () => {
    check(
      `
      KCD Seoul 2024 다녀온 뒤 정리

      키노트는 "쿠버네티스 10년, 그리고 다음 10년"이라는 제목으로
      네이버클라우드 윤재석님이 발표했다. 쿠버네티스가 처음 공개된 이후
      API가 어떻게 안정화되어 왔는지가 중심이었다. 새로운 기술 얘기는
      거의 없었지만 역사 정리로는 괜찮았다고 생각한다.

      그다음 트랙 A에서 "Cilium으로 kube-proxy 걷어내기"(라인플러스
      한소희님)를 들었다. iptables 규칙이 수만 개까지 늘어나서 서비스
      추가할 때마다 지연이 생겼는데, eBPF 기반 replacement로 바꾸고
      나서 그 문제가 사라졌다고 한다. 전환은 노드 풀 단위로 했다.

      커피 브레이크가 있었고, 그다음 세션이 "Istio에서 Envoy Gateway로
      넘어간 이야기"였다. 발표자는 우아한형제들의 서동현님, 임하늘님 두 분.
      사이드카 메모리 사용량 때문에 메시 전체를 걷어내고 인그레스만
      Envoy Gateway로 바꿨다고 한다. 동서 트래픽은 그대로 두었다.
      `,
      `
      event KCD Seoul 2024 다녀온 뒤 | 2024 | -
      talk 3 쿠버네티스 10년, 그리고 다음 10년 | 윤재석 (네이버클라우드) | kubernetes naver-cloud-platform
      talk 8 Cilium으로 kube-proxy 걷어내기 | 한소희 (라인플러스) | cilium ebpf kube-proxy
      talk 13 Istio에서 Envoy Gateway로 넘어간 이야기 | 서동현 (우아한형제들), 임하늘 (우아한형제들) | envoy envoy-gateway istio
      `,
      { plainText: true },
    );
  });
});

describe('the speakers\' line under a talk\'s heading, emphasised, with a role or links', () => {
  test('"*Name, Role — Org*", "*A & B — Org*", "**A** & **B**, Org · [S] https://… · [V] https://…": the people and the organisation of them all; "Morning tea" is no talk', () => {
    check(
      `
      # HashiConf 2023

      ### 1. Opening Keynote: Building the Infrastructure Cloud
      *Priya Raman, Chief Product Officer — HashiCorp*

      - Terraform and Packer vs Vault and Boundary

      ### Morning tea

      ### 2. Migrating Nomad Jobs to Kubernetes
      *Ken Oduya & Sam Petrov — Loopfreight*

      - Nomad jobs rewritten as Helm charts

      ### 3. Prometheus at 400 Million Active Series
      **Arjun Mehta** & **Fiona Walsh**, Kestrel Streaming · [S] https://example.org/s.pdf · [V] https://example.org/v

      - Thanos for the long tail
      `,
      `
      event HashiConf 2023 | 2023 | -
      talk 3 Opening Keynote: Building the Infrastructure Cloud | Priya Raman (HashiCorp) | boundary packer terraform vault
      talk 10 Migrating Nomad Jobs to Kubernetes | Ken Oduya (Loopfreight), Sam Petrov (Loopfreight) | helm kubernetes nomad
      talk 15 Prometheus at 400 Million Active Series | Arjun Mehta (Kestrel Streaming), Fiona Walsh (Kestrel Streaming) | prometheus thanos
      `,
    );
  });
});

describe('talks in AsciiDoc and reStructuredText', () => {
  test('"=== Title" then "[horizontal]" then "登壇者:: Name" and "所属:: Org": the style line is no content, the labelled list under it names the speaker and the organisation', () => {
    check(
      `
      = Terraform Meetup Osaka #7 メモ
      :event-date: 2023-06-11

      == 第1部

      === Terraform 1.5 の import ブロック

      [horizontal]
      登壇者:: 中村 優
      所属:: さくらインターネット

      * import ブロックで VPC を取り込み
      `,
      `
      event Terraform Meetup Osaka #7 | 2023-06-11 | -
      talk 6 Terraform 1.5 の import ブロック | 中村 優 (さくらインターネット) | aws-vpc terraform
      `,
    );
  });

  test('a title underlined with "~~~~" then ":speaker:" and ":org:" fields: the underline is the heading\'s; "Stroopwafel break" is no talk', () => {
    check(
      `
      DevOps Amsterdam Meetup
      #######################

      :date: 14 March 2024

      Prometheus at 10 million series
      ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

      :speaker: Lotte de Vries
      :org: Tulpa Payments

      - Thanos for long-term storage

      Stroopwafel break
      ~~~~~~~~~~~~~~~~~

      Envoy at the edge
      ~~~~~~~~~~~~~~~~~

      :speaker: Amira Haddad
      :org: Canalside Media

      - Envoy replaced NGINX
      `,
      `
      event DevOps Amsterdam Meetup | 2024-03-14 | -
      talk 6 Prometheus at 10 million series | Lotte de Vries (Tulpa Payments) | prometheus thanos
      talk 17 Envoy at the edge | Amira Haddad (Canalside Media) | envoy nginx
      `,
      { plainText: true },
    );
  });
});

describe('the speaker first on a talk\'s line, in several forms in one note', () => {
  test('"Lee Jiwon (당근): Title" (the bracket an organisation, not the name in Hangul), "A (X) & B (Y): Title", "송하늘 (토스증권) : Title", "20:00  [이도현/하이퍼커넥트] Title"', () => {
    check(
      `
      K8s Korea Meetup #41
      2024-04-12

      19:00  Lee Jiwon (당근): Vault로 DB 크리덴셜 동적 발급하기
          - Vault database secrets engine
      19:30  송하늘 (토스증권) : Cilium으로 kube-proxy 걷어내기
          - eBPF 기반
      20:00  [이도현/하이퍼커넥트] Argo CD ApplicationSet으로 배포하기
          - cluster generator
      20:30  박서연 (우아한형제들) & 정재훈 (LINE Plus): Nomad + Consul로 VM 옮기기
          - 레거시 VM
      `,
      `
      event K8s Korea Meetup #41 | 2024-04-12 | -
      talk 4 Vault로 DB 크리덴셜 동적 발급하기 | Lee Jiwon (당근) | vault
      talk 6 Cilium으로 kube-proxy 걷어내기 | 송하늘 (토스증권) | cilium ebpf kube-proxy
      talk 8 Argo CD ApplicationSet으로 배포하기 | 이도현 (하이퍼커넥트) | argo-cd
      talk 10 Nomad + Consul로 VM 옮기기 | 박서연 (우아한형제들), 정재훈 (LINE Plus) | consul nomad
      `,
      { plainText: true },
    );
  });
});

describe('a title written in two languages', () => {
  test('"[1] 한국어 제목" then "EN) English title" then "발표: 박서연 / Seoyeon Park (Org)": the translation sits between the title and its speaker, the name in two scripts is one person', () => {
    check(
      `
      HashiCorp User Group Seoul #12
      날짜: 2024.04.12 (금)

      [1] 테라폼 모듈 300개를 관리하며 배운 것들
          EN) Lessons from Managing 300 Terraform Modules
          발표: 박서연 / Seoyeon Park (한빛페이)
          - terraform-docs 로 PR마다 검사

      [2] 노마드로 쿠버네티스 없이 살아남기
          EN) Surviving Without Kubernetes
          발표: 이준혁 / Junhyuk Lee (바다게임즈)
          - 게임 서버를 노마드로 스케줄링
      `,
      `
      event HashiCorp User Group Seoul #12 | 2024-04-12 | -
      talk 4 테라폼 모듈 300개를 관리하며 배운 것들 ‖ Lessons from Managing 300 Terraform Modules | 박서연 (한빛페이) | terraform terraform-docs
      talk 9 노마드로 쿠버네티스 없이 살아남기 ‖ Surviving Without Kubernetes | 이준혁 (바다게임즈) | kubernetes nomad
      `,
      { plainText: true },
    );
  });

  test('"## 1. 한국어 제목" then "*English title*" then "**발표자**: …": the heading is the talk, the italic line its translation; "▶ EN: Title" then "JA: …" then "登壇者 / Speaker: …": the language label is no part of the title', () => {
    check(
      `
      # KCD Seoul 2023 후기

      ## 1. 쿠버네티스 멀티 클러스터 운영기
      *Operating Multi-cluster Kubernetes in Production*
      **발표자**: 이민호 (Minho Lee) · 누리커머스
      - 아르고CD 허브-스포크 구조
      `,
      `
      event KCD Seoul 2023 | 2023 | -
      talk 3 쿠버네티스 멀티 클러스터 운영기 ‖ Operating Multi-cluster Kubernetes in Production | 이민호 (누리커머스) | argo-cd kubernetes
      `,
    );
    check(
      `
      Seoul–Tokyo DevOps Exchange 2024

      ▶ EN: Cross-border GitOps with One Argo CD
        JA: 国境を越える GitOps
        登壇者 / Speaker: 渡辺 拓也 (Takuya Watanabe) — 株式会社ハヤブサ物流
        - Helm values per region

      ▶ EN: Nomad for Edge Devices
        KO: 엣지 디바이스를 위한 노마드
        발표자 / Speaker: 배성민 (Seongmin Bae) — 별빛모빌리티
        - 노마드 클라이언트 배포
      `,
      `
      event Seoul–Tokyo DevOps Exchange 2024 | 2024 | -
      talk 3 Cross-border GitOps with One Argo CD ‖ 国境を越える GitOps | 渡辺 拓也 (株式会社ハヤブサ物流) | argo-cd helm
      talk 8 Nomad for Edge Devices ‖ 엣지 디바이스를 위한 노마드 | 배성민 (별빛모빌리티) | nomad
      `,
    );
  });
});

describe('a programme\'s parts that are no talks', () => {
  test('"## Block 1 - morning (Hall 1)" over a table of talks, "[01:52:10] Live chat Q&A + wrap-up", "17:50 설문 링크 공유": a block of sessions, the chat\'s questions, the survey', () => {
    check(
      `
      # SREcon23 EMEA - my notes

      ## Block 1 - morning (Liffey Hall 1)

      | Time | Title | Speaker | Company |
      |------|-------|---------|---------|
      | 09:00 | Error budgets in practice | Ana Lima | Uphold |
      | 09:45 | Cells, not clusters | Tom Baker | Quillbyte |
      `,
      `
      event SREcon23 EMEA | - | -
      talk 7 Error budgets in practice | Ana Lima (Uphold) | -
      talk 8 Cells, not clusters | Tom Baker (Quillbyte) | -
      `,
    );
    check(
      `
      Ops Unplugged ep.7 (recording)

      [00:02:10] Terraform drift at scale - Ana Lima (Uphold)
        - terraform plan nightly
      [01:52:10] Live chat Q&A + wrap-up
        - questions about Grafana
      `,
      `
      event Ops Unplugged ep.7 (recording) | - | -
      talk 3 Terraform drift at scale | Ana Lima (Uphold) | terraform
      `,
      { plainText: true },
    );
  });
});

describe('who gave the talk, said after the name', () => {
  test('"「Title」" then "株式会社…の 岡田 浩二さんによる発表。" or "…の 藤井 隆之さんが発表。": the speaker and the organisation before them', () => {
    check(
      `
      関西インフラカンファレンス2024 出張報告

      　(1)「ドッカーから始めるコンテナ移行」
      　　　株式会社なにわシステムズの 岡田 浩二さんによる発表。
      　　　・Docker Compose のまま先行
      　(2)「Istio アンビエントメッシュ 本番導入レポート」
      　　　株式会社ウメダクラウドの 藤井 隆之さんが発表。
      　　　・Istio は Helm で管理
      `,
      `
      event 関西インフラカンファレンス2024 | 2024 | -
      talk 3 ドッカーから始めるコンテナ移行 | 岡田 浩二 (株式会社なにわシステムズ) | docker docker-compose
      talk 6 Istio アンビエントメッシュ 本番導入レポート | 藤井 隆之 (株式会社ウメダクラウド) | helm istio
      `,
      { plainText: true },
    );
  });
});

describe('a consultant, not Consul', () => {
  test('"外部のコンサルとして", "外資系コンサルに見積もりを頼んだ": the ordinary word, not the tool', () => {
    check(
      `
      # HashiCorp Meetup Tokyo #20

      ## Nomad on bare metal
      登壇者: 中村 健（ミナトクラウド）
      - 前職で外部のコンサルとしてインフラ移行をやっていたそう
      - 撤去は外資系コンサルに見積もりを頼んだら高すぎた
      - Nomad のジョブは 300 本
      `,
      `
      event HashiCorp Meetup Tokyo #20 | - | -
      talk 3 Nomad on bare metal | 中村 健 (ミナトクラウド) | nomad
      `,
    );
  });
});

describe('people named one after another in a recap sentence', () => {
  test('"Orgの中村あゆみさん、" then "「Title」。": a given name in hiragana written on to the family name', () => {
    check(
      `
      # HashiCorp User Group 福岡 #5 ふりかえり

      今回は会場の都合で少し遅れてスタートしました。最初のLTはかなり盛り上がって、
      質疑も時間いっぱいまで続きました。二本目のLTは株式会社ハカタクラウドの森田ひかりさん、
      「Packer と Ansible で作る Windows イメージ」。
      Windows のイメージは Packer でビルドし、設定は Ansible で流し込む構成だそうです。
      `,
      `
      event HashiCorp User Group 福岡 #5 | - | -
      talk 5 Packer と Ansible で作る Windows イメージ | 森田ひかり (株式会社ハカタクラウド) | ansible packer
      `,
    );
  });

  test('"Orgの A さんと B さんの二人による『Title』", "Org1 A님과 Org2 B님이 함께 한 『Title』": each speaker, each organisation', () => {
    check(
      `
      # Cloud Native Meetup 札幌 #8

      最初のセッションは満員でした。

      続いて、株式会社ミナトデータの高田由美さんと小野大輔さんの二人による『Prometheus のカーディナリティと戦う』。
      Prometheus のメモリが 100GB を超えたという話。
      `,
      `
      event Cloud Native Meetup 札幌 #8 | - | -
      talk 5 Prometheus のカーディナリティと戦う | 高田由美 (株式会社ミナトデータ), 小野大輔 (株式会社ミナトデータ) | prometheus
      `,
    );
    check(
      `
      # 클라우드 보안 밋업 2024

      오전 키노트는 건너뛰었다.

      마지막으로 들은 건 누리컴퍼니 한승민님과 AWS 김하늘님이 함께 한 『이미지 서명으로 공급망 지키기』. Trivy로 먼저 걸러 낸다.
      `,
      `
      event 클라우드 보안 밋업 2024 | 2024 | -
      talk 5 이미지 서명으로 공급망 지키기 | 한승민 (누리컴퍼니), 김하늘 (AWS) | trivy
      `,
    );
  });

  test('"A님, B님 (Org) 공동발표 "Title"" in a chat export with a date before each message: the organisation is both of theirs, and the chat is no wrapped prose', () => {
    check(
      `
      KCD 같이 가요 단톡방

      2024년 6월 22일 오전 9:52, 한지민 : 곧 시작합니다 다들 B룸으로 오세요 자리 많아요
      2024년 6월 22일 오전 10:30, 한지민 : 다음 발표는 장현우님, 임다은님 (누리뱅크) 공동발표 "kube-proxy 없는 세상: Cilium 도입기"
      2024년 6월 22일 오전 10:34, 강하늘 : Calico에서 실리움으로 갈아탔고 kube-proxy replacement 켬
      2024년 6월 22일 오전 10:37, 한지민 : 네트워크 정책 디버깅은 Hubble UI로 하고 있다고 합니다
      `,
      `
      event KCD 같이 가요 단톡방 | 2024-06-22 | -
      talk 4 kube-proxy 없는 세상: Cilium 도입기 | 장현우 (누리뱅크), 임다은 (누리뱅크) | calico cilium hubble kube-proxy
      `,
      { plainText: true },
    );
  });
});

describe('an English recap wrapped by hand, told in any order', () => {
  test('"was given by Name, who works at Org", "a lightning talk by Name (role), titled \'Title\'", "Name from Org with" then "\'Title\'.": one talk each, and the date wrapped before its year', () => {
    check(
      `
      lisbon platform meetup, march -- notes written up on the weekend

      The March edition of the Lisbon Platform Meetup was on Thursday 14 March
      2024, at a coworking space near the river. Organised as always by two
      volunteers. Around 50 people, and the talks were all in English this time.

      First up was Rita Almeida from Tejo Mobility with
      'GitOps with Argo CD in Practice'. Nothing radically new, but very well
      explained: every cluster has an Argo CD instance watching one config repo
      and everything runs on Kubernetes in the end, including the CI runners.

      The second talk, 'Build caching tricks we learned the hard way', was
      given by Tiago Nunes, who works at Vinhedo Labs. Mostly about BuildKit
      cache mounts and pushing cache layers to the registry so that runners
      don't rebuild from scratch. The median image build went down a lot.

      Last was a lightning talk by Marco Silva (freelance consultant), titled
      'Consul is not dead'. Five minutes arguing that for shops with VMs and
      containers side by side, Consul service discovery is still simpler than
      bolting a mesh onto everything. Good discussion afterwards over beers.
      `,
      `
      event lisbon platform meetup, march | 2024-03-14 | -
      talk 8 GitOps with Argo CD in Practice | Rita Almeida (Tejo Mobility) | argo-cd kubernetes
      talk 12 Build caching tricks we learned the hard way | Tiago Nunes (Vinhedo Labs) | buildkit
      talk 18 Consul is not dead | Marco Silva | consul
      `,
      { plainText: true },
    );
  });
});

describe('a log kept during the event, a stamped message a line', () => {
  test('"[2024-06-13 09:10] Name from Org starts, talk is "Title"", "room again. A + B (Org) -- "Title"", "`13:15` back in N01 for Name, Org" then "`13:16` title on the slide: "Title"": each talk, and the remarks between are none', () => {
    check(
      `
      infracon boulder 2024 -- raw log

      [2024-06-13 08:20] arrived, registration table in the lobby
      [2024-06-13 09:10] Dana Price from Cobalt Rail starts, talk is "Terraform Drift Is a People Problem"
      [2024-06-13 09:12] nightly plans via Atlantis on every root module
      [2024-06-13 09:45] break, 15 min
      [2024-06-13 10:00] main room again. Raj Mehta + Mei Lin (Lumen Health) -- "Zero Standing Access with Boundary"
      [2024-06-13 10:07] HashiCorp Boundary brokers sessions to hosts
      [2024-06-13 10:38] done
      [2024-06-13 10:44] back in room 2 for Aoife Brennan, Harbourline Energy
      [2024-06-13 10:46] title on the slide: "Prometheus at the Edge"
      [2024-06-13 10:49] each site runs Prometheus in agent mode
      `,
      `
      event infracon boulder 2024 | 2024-06-13 | -
      talk 4 Terraform Drift Is a People Problem | Dana Price (Cobalt Rail) | atlantis terraform
      talk 7 Zero Standing Access with Boundary | Raj Mehta (Lumen Health), Mei Lin (Lumen Health) | boundary
      talk 11 Prometheus at the Edge | Aoife Brennan (Harbourline Energy) | prometheus
      `,
      { plainText: true },
    );
  });

  test('"【19:10】1 本目、Name さん（Org）/「Title」", "登壇は Name さん（Org）" then "タイトルは「Title」", "AさんとBさん（Org）の共同発表" then "「Title」": each talk on its title\'s message', () => {
    check(
      `
      クラウドネイティブ池袋 #9 実況ログ

      【18:45】受付で名前言ってゲストカードもらう
      【18:52】ピザとビール到着
      【19:10】1 本目、山口 健二さん（株式会社ソラノバ）/「Argo CD と Helm の組み合わせで地獄を見た」
      【19:12】Argo CD から使うと helm install されるわけじゃない
      【19:27】終わり
      【19:33】次、登壇は 小川 真由さん（株式会社ヒカリネット）
      【19:34】タイトルは「Grafana Loki でログ基盤を作り直した」
      【19:38】前は Elasticsearch だった
      【19:57】終わり
      【20:03】高橋 亮さん、李 承勲さん（株式会社アオバAI）の共同発表
      【20:04】「Nomad on ベアメタルで GPU ジョブ」
      【20:06】学習ジョブを Nomad の batch job で
      `,
      `
      event クラウドネイティブ池袋 #9 実況ログ | - | -
      talk 5 Argo CD と Helm の組み合わせで地獄を見た | 山口 健二 (株式会社ソラノバ) | argo-cd helm
      talk 9 Grafana Loki でログ基盤を作り直した | 小川 真由 (株式会社ヒカリネット) | elasticsearch grafana grafana-loki
      talk 13 Nomad on ベアメタルで GPU ジョブ | 高橋 亮 (株式会社アオバAI), 李 承勲 (株式会社アオバAI) | nomad
      `,
      { plainText: true },
    );
  });

  test('a log in a table ("| 10:30 | 201호. Name님 (Org) "Title" |"), "[10:40] 트랙 A. Name (Org) 발표 시작, 제목 \'Title\'": the talks; "Name님 파트: …" of a talk\'s own speaker and a quoted question are none', () => {
    check(
      `
      # AWS Summit Seoul 2024 실시간 기록

      | 시간 | 메모 |
      |------|------|
      | 08:40 | 삼성역 도착, 배지 출력. 줄 20분 |
      | 09:55 | 키노트 끝. 엑스포 홀 잠깐 구경 |
      | 10:30 | 201호. 임도현님 (라이트웨이브) "EKS 업그레이드 무중단으로 하기" |
      | 10:33 | 블루/그린 클러스터 방식. 노드는 Karpenter 로 교체 |
      | 10:44 | 애드온은 헬름으로 버전 고정 |
      | 10:55 | Q&A 스킵하고 이동 |
      | 11:02 | 이동 중 와이파이 안 잡힘 |
      `,
      `
      event AWS Summit Seoul 2024 실시간 기록 | 2024 | -
      talk 7 EKS 업그레이드 무중단으로 하기 | 임도현 (라이트웨이브) | aws-eks helm karpenter
      `,
    );
    check(
      `
      KCD 서울 2023 실시간 메모

      [10:35] 키노트 끝
      [10:40] 트랙 A 남음. 윤성호 (네오클라우드) 발표 시작, 제목 'Cilium으로 kube-proxy 걷어내기'
      [10:43] iptables 규칙 수만 개 → 그래서 eBPF 로
      [10:52] 윤성호님 파트: Hubble 로 플로우 보면서 디버깅
      [11:02] 질문 "EKS 에서도 되나?" → 된다
      [11:10] 발표 끝. 트랙 B 로 이동
      `,
      `
      event KCD 서울 2023 실시간 | 2023 | -
      talk 4 Cilium으로 kube-proxy 걷어내기 | 윤성호 (네오클라우드) | cilium ebpf hubble kube-proxy
      `,
      { plainText: true },
    );
  });
});

describe('a note typed on a phone', () => {
  test('"Name | Org | Title" lines (who, where, what), the notes under each; "08:40 등록줄 엄청김 -> 30분 기다림" is no talk (an arrow, no speaker)', () => {
    check(
      `
      aws summit seoul 2024 day2 코엑스

      형식: 누구 | 어디 | 뭐

      08:40 등록줄 엄청김 -> 30분 기다림

      이동건 | 야놀자 | eks 업그레이드 무중단으로 하기
      => 블루그린 클러스터 + 카펜터로 노드 교체

      박준영, 서지민 | 당근 | 관측성 파이프라인 재구축
      => 컨테이너 로그는 fluent bit
      `,
      `
      event aws summit seoul 2024 day2 코엑스 | 2024 | -
      talk 7 eks 업그레이드 무중단으로 하기 | 이동건 (야놀자) | aws-eks karpenter
      talk 10 관측성 파이프라인 재구축 | 박준영 (당근), 서지민 (당근) | fluent-bit
      `,
      { plainText: true },
    );
  });

  test('"talk 3 :: title / chen & fujita / mercari", "talk 2 :: title / "kube_nomad" (freee)": after a talk\'s label, the people as written', () => {
    check(
      `
      osaka devops meetup #12 (english night)

      talk 1 :: migrating 300 vms to k8s / hiroshi ota / rakuten mobile? (cant remember the team)
        > ansible inventory as source of truth
      talk 2 :: gitops w argo + kustomize / "kube_nomad" (freee)
        > one argo app per team
      talk 3 :: service mesh regrets / chen & fujita / mercari
        > envoy filters in lua = pain
      `,
      `
      event osaka devops meetup #12 | - | -
      talk 3 migrating 300 vms to k8s | hiroshi ota (rakuten mobile) | ansible kubernetes
      talk 5 gitops w argo + kustomize | kube_nomad (freee) | argo-cd kustomize
      talk 7 service mesh regrets | chen (mercari), fujita (mercari) | envoy
      `,
      { plainText: true },
    );
  });

  test('"🎤 Title?" then "👤 Name / Org" then "💬 …" notes: a title may ask a question, and a note\'s line is no speaker', () => {
    check(
      `
      hug tokyo #31 🗼

      🎤 tf の state 分割 どこまでやる?
      👤 山本 / 株式会社フォレストペイ
      💬 テラフォーム workspaces じゃなくてディレクトリ分割

      🎤 vault で pki 自動化
      👤 伊藤 あかり / メディクルーズ
      💬 証明書 手動更新やめた
      💬 vault agent + consul-template
      `,
      `
      event hug tokyo #31 | - | -
      talk 3 tf の state 分割 どこまでやる? | 山本 (株式会社フォレストペイ) | terraform
      talk 7 vault で pki 自動化 | 伊藤 あかり (メディクルーズ) | consul consul-template vault vault-agent
      `,
      { plainText: true },
    );
  });
});

describe('a post to the team pasted from Slack', () => {
  test('"• <https://…|Title> — Name님 (Org)": Slack\'s link reads as its text; "다녀온 **Event 2023** 요약" names the event; ":round_pushpin:" and "컨퍼런스룸" are a place, not an event', () => {
    check(
      `
      #team-platform 채널 슬랙 공유글

      **정유진** 10:42 AM
      :wave: 좋은 아침입니다! 지난 토요일에 다녀온 **쿠버네티스 코리아 가을 컨퍼런스 2023** 요약 올려요 :thread:
      :calendar: 2023-10-14 (토) / :round_pushpin: 코엑스 컨퍼런스룸(남) 401호

      • <https://k8s.example/cilium|eBPF로 kube-proxy 걷어내기: Cilium 1년 운영기> — 한승우님 (로켓커머스)
        ◦ Hubble UI로 네트워크 플로우 보는 데모
      • <https://k8s.example/appset|ApplicationSet으로 200개 클러스터 GitOps 하기> — 윤지민님, 강태현님 (동네마켓)
        ◦ 헬름 차트는 umbrella chart 하나로
      `,
      `
      event 쿠버네티스 코리아 가을 컨퍼런스 2023 | 2023-10-14 | 코엑스 컨퍼런스룸(남) 401호
      talk 7 eBPF로 kube-proxy 걷어내기: Cilium 1년 운영기 | 한승우 (로켓커머스) | cilium ebpf hubble kube-proxy
      talk 9 ApplicationSet으로 200개 클러스터 GitOps 하기 | 윤지민 (동네마켓), 강태현 (동네마켓) | helm
      `,
    );
  });
});

describe('names written in two scripts, titles with the writer\'s translation', () => {
  test('"■ "Title"" then "（和訳：…）" then "登壇：ジェシカ・ライトさん (Jessica Wright) / CNCF": the translation sits between, the Latin letters are the same person; "## 11/08（水）" is a day, no talk', () => {
    check(
      `
      # KubeCon North America 2023 参加メモ

      ## 11/07（火）

      ■ "Scaling Prometheus to a Billion Series"
        （和訳：プロメテウスを10億系列までスケールさせる）
        登壇：ラウル・メンドーサさん (Raúl Mendoza) / ボルテックス・ゲームズ (Vortex Games)
        - Prometheus を 40 シャードに分割、長期保存は Thanos

      ## 11/08（水）

      ■ "eBPF Networking with Cilium"
        （和訳：Cilium で eBPF ネットワーキング）
        登壇：キム・ミンスさん (Kim Min-su) / ハヌル・クラウド (하늘클라우드)
        - kube-proxy を Cilium で置き換え
      `,
      `
      event KubeCon North America 2023 | 2023-11-07 | -
      talk 5 Scaling Prometheus to a Billion Series ‖ プロメテウスを10億系列までスケールさせる | ラウル・メンドーサ (ボルテックス・ゲームズ) | prometheus thanos
      talk 12 eBPF Networking with Cilium ‖ Cilium で eBPF ネットワーキング | キム・ミンス (ハヌル・クラウド) | cilium ebpf kube-proxy
      `,
    );
  });

  test('"레베카 오코너 (Rebecca O\'Connor) / 하시코프": one person, not an organisation and a name; "Emily Novak / エミリー・ノヴァク (Tidewater Security)": the bracket is the organisation', () => {
    check(
      `
      # HashiConf Global 2023 메모

      ## Terraform Stacks 소개 / 테라폼 스택 소개
      발표: 레베카 오코너 (Rebecca O'Connor) / 하시코프
      - Terraform Stacks 베타

      ## Supply Chain Security for Container Images
      Speaker: Emily Novak / エミリー・ノヴァク (Tidewater Security)
      - cosign で署名
      `,
      `
      event HashiConf Global 2023 | 2023 | -
      talk 3 Terraform Stacks 소개 / 테라폼 스택 소개 | 레베카 오코너 (하시코프) | terraform
      talk 7 Supply Chain Security for Container Images | Emily Novak (Tidewater Security) | cosign
      `,
    );
  });
});

describe('a numbered list of titles, each with its translation after an arrow', () => {
  test('"1. 「Title」" then "   → "Translation"" then "   Speaker: Chris Evans (クリス・エヴァンス)": the translation is no talk; the name in katakana, or in two scripts, is the same person', () => {
    check(
      `
      # CloudNative Days Tokyo 2023 — my notes

      1. 「Argo CD と Kustomize で 1000 マイクロサービスを捌く」
         → "Handling 1,000 microservices with Argo CD and Kustomize"
         Speaker: Chris Evans (クリス・エヴァンス), Fujiyama Pay
         - Kustomize overlays only

      2. 「クバネティスのマルチテナンシー」
         → "Kubernetes multi-tenancy"
         Speaker: Kim Soo-jin (김수진 / キム・スジン), Hanbit Commerce
         - one namespace per team
      `,
      `
      event CloudNative Days Tokyo 2023 | 2023 | -
      talk 3 Argo CD と Kustomize で 1000 マイクロサービスを捌く ‖ Handling 1,000 microservices with Argo CD and Kustomize | Chris Evans (Fujiyama Pay) | argo-cd kustomize
      talk 8 クバネティスのマルチテナンシー ‖ Kubernetes multi-tenancy | Kim Soo-jin (Hanbit Commerce) | kubernetes
      `,
    );
  });
});

describe('sessions that are not all ordinary talks, as records between drawn lines', () => {
  test('"세션: Title" then "유형:", "강사:", "보조 강사:" (read as one heading over "-----"): the record\'s talk and its notes; "세션: 패널 토크 - Title" with "사회:" and "패널:" is a talk, its moderator and panelists its people', () => {
    check(
      `
      AWS Summit Seoul 2024 - 둘째 날 메모

      ==================================================
      세션: Amazon EKS 와 Argo CD 로 GitOps 파이프라인 만들기
      유형: 핸즈온 워크숍 (120분)
      강사: 배수진 (누리클라우드)
      보조 강사: 임재현, 강나래
      --------------------------------------------------
      - 아르고CD 설치 후 App of Apps 패턴으로 앱 3개 배포

      ==================================================
      세션: 패널 토크 - 국내 기업의 플랫폼 엔지니어링 여정
      유형: 패널
      사회: 신유진 (누리클라우드)
      패널: 류태호 (마켓온), 문선영 (한결증권)
      --------------------------------------------------
      - 내부 개발자 포털은 Backstage
      `,
      `
      event AWS Summit Seoul 2024 | 2024 | -
      talk 4 Amazon EKS 와 Argo CD 로 GitOps 파이프라인 만들기 | 배수진 (누리클라우드) | argo-cd aws-eks
      talk 12 패널 토크 - 국내 기업의 플랫폼 엔지니어링 여정 | 신유진 (누리클라우드), 류태호 (마켓온), 문선영 (한결증권) | backstage
      `,
      { plainText: true },
    );
  });
});

describe('an outline whose first item is the event', () => {
  test('"• Meetup" holding the note, "   • Talk 1: "Title"" over "      • Name — Role, Org" (three spaces a level): its items one level in are the talks; "Hosted at …" and "networking until 9:30" are none', () => {
    check(
      `
      • Bay Area Infra Meetup — March 2024
         • Tue Mar 19, 2024, 6:00pm
         • Hosted at Lattice Robotics HQ, 450 Townsend St
         • Talk 1: "Consul to Istio: the migration we almost regretted"
            • Sam Whitaker — Staff SRE, Lattice Robotics
            • Istio sidecars = Envoy everywhere
         • Talk 2: "Nomad Is Still Great, Actually"
            • Olga Petrova (Fernhill Media)
            • runs ~4k allocations on Nomad
         • networking until 9:30
      `,
      `
      event Bay Area Infra Meetup | 2024-03-19 | -
      talk 4 Consul to Istio: the migration we almost regretted | Sam Whitaker (Lattice Robotics) | consul envoy istio
      talk 7 Nomad Is Still Great, Actually | Olga Petrova (Fernhill Media) | nomad
      `,
      { plainText: true },
    );
  });
});

describe('a title in Japanese brackets with plain quotes inside', () => {
  test('"…さんで、タイトルは" then "「Terraformを"書く"から"読む"へ」。": the bracket closes the title, not the first plain quote in it', () => {
    check(
      `
      Osaka Infra 勉強会 #5 メモ
      2025/02/15(土) 梅田スカイビル 会議室

      最初はサクラネットの山本 花子さんで、タイトルは
      「Terraformを"書く"から"読む"へ」。
      moduleの読み方とplanの差分の見方の話。
      `,
      `
      event Osaka Infra 勉強会 #5 | 2025-02-15 | 梅田スカイビル 会議室
      talk 5 Terraformを"書く"から"読む"へ | 山本 花子 (サクラネット) | terraform
      `,
      { plainText: true },
    );
  });
});

describe('a programme in the front matter, the notes in the body', () => {
  test('TOML front matter: "[[talks]]" tables with "slot", an "[event]" table; the body\'s "[A] …" opens the notes on slot A\'s talk; "Registration -- …", "Networking reception, met …" are none', () => {
    check(
      `
      +++
      [[talks]]
      slot = "A"
      title = "Moving Secrets from Env Files to Vault"
      speaker = "Grace Liu"
      org = "Kestrel Freight"

      [[talks]]
      slot = "B"
      title = "One Helm Chart per Team, Not per Service"
      speakers = ["Omar Haddad", "Lena Fischer"]
      org = "Brightline Media"

      [event]
      name = "Platform Engineering Day Austin"
      date = 2024-09-12
      venue = "Palmer Events Center"
      +++

      08:30  Registration -- the line was long
      [A] secrets
          * dynamic database credentials from Vault, leases of one hour
      [B] helm
          * a library chart, then Kustomize overlays per environment
      17:00  Networking reception, met a few people from Dallas
      `,
      `
      event Platform Engineering Day Austin | 2024-09-12 | Palmer Events Center
      talk 21 Moving Secrets from Env Files to Vault | Grace Liu (Kestrel Freight) | vault
      talk 23 One Helm Chart per Team, Not per Service | Omar Haddad (Brightline Media), Lena Fischer (Brightline Media) | helm kustomize
      `,
      { plainText: true },
    );
  });

  test('YAML "event:" mapping with "name:" and "date:"; "schedule:" keyed by times, "title:" and "by:"; the body\'s "■ 19:10 村上さん" holds the notes on 村上\'s talk', () => {
    check(
      `
      ---
      event:
        name: "Kobe Infra 勉強会 #8"
        date: 2025-01-24
      schedule:
        "19:00": 受付
        "19:10":
          title: "Packer で作る社内ゴールデンイメージ"
          by: 村上 亮（ミナト電機株式会社）
        "19:50":
          title: "Consul のサービスメッシュを本番で一年"
          by: 佐々木 舞（株式会社ハーバーソフト）
      ---
      ■ 19:10 村上さん
      ・Packer の HCL テンプレートを Git で管理。
      ■ 19:50 佐々木さん
      ・Consul Connect の証明書ローテーションの話。
      `,
      `
      event Kobe Infra 勉強会 #8 | 2025-01-24 | -
      talk 14 Packer で作る社内ゴールデンイメージ | 村上 亮 (ミナト電機株式会社) | git hcl packer
      talk 16 Consul のサービスメッシュを本番で一年 | 佐々木 舞 (株式会社ハーバーソフト) | consul consul-connect
      `,
      { plainText: true },
    );
  });
});

describe('an ambiguous tool name decided by its own line', () => {
  test('"policy checks with Sentinel in TFC" over a line on "Microsoft Sentinel … on the Azure side": HashiCorp Sentinel, the line having two of its words and none of the other\'s', () => {
    check(
      `
      # Cloud Guardrails Meetup 2024

      ## Guardrails for Every Account - Nadia Petrov (Tallgrass Bank)
      - policy checks with Sentinel in TFC before apply
      - compared to Microsoft Sentinel alerts on the Azure side
      `,
      `
      event Cloud Guardrails Meetup 2024 | 2024 | -
      talk 3 Guardrails for Every Account | Nadia Petrov (Tallgrass Bank) | azure microsoft-sentinel sentinel terraform-cloud
      `,
    );
  });
});

describe('a knowledge base\'s notes: wiki links, inline fields, property blocks', () => {
  test('a table whose cells hold "[[Name]]" and "[[Terraform\\|테라폼]]" (a bar escaped inside a link): the row\'s cells as their text; "## 백링크" is no talk', () => {
    check(
      `
      # 인프라 엔지니어 모임 9월

      | 시간 | 세션 | 발표자 | 소속 | 메모 |
      |---|---|---|---|---|
      | 19:10 | 모듈 레지스트리 운영기 | [[남궁 민]] | [[바다랩스]] | [[Terraform\\|테라폼]] 모듈 버전 고정 |
      | 19:40 | 시크릿 회전 자동화 | [[서지안]] | [[오름페이]] | [[Vault\\|볼트]] 동적 시크릿 |

      ## 백링크
      - [[2024 인프라 로드맵]]
      `,
      `
      event 인프라 엔지니어 모임 9월 | - | -
      talk 5 모듈 레지스트리 운영기 | 남궁 민 (바다랩스) | terraform
      talk 6 시크릿 회전 자동화 | 서지안 (오름페이) | vault
      `,
    );
  });

  test('"### [[lit-…|Title]]" over "[speaker:: [[Name]], [[Name]]] [org:: [[Org]]] #tag": the fields in square brackets name the talk\'s people', () => {
    check(
      `
      # Platform Meetup Kyoto 2024

      ### [[lit-cost|クラスタコストを半分にした話]]
      [speaker:: [[Priya Raman]], [[西村 葵]]] [org:: [[Kamo Systems]]] #cost
      - [[Karpenter]] でノードを詰める
      `,
      `
      event Platform Meetup Kyoto 2024 | 2024 | -
      talk 3 クラスタコストを半分にした話 | Priya Raman (Kamo Systems), 西村 葵 (Kamo Systems) | karpenter
      `,
    );
  });

  test('"- type:: talk" then "  セッション:: Title", "  speaker:: [[Name]]", "  org:: [[Org]]" (Logseq); "- title:: Title" reads without its colons; page properties with keys in any script ("開催:: 2023-12-11 / …")', () => {
    check(
      `
      up:: [[勉強会MOC]]
      開催:: 2023-12-11 / 有明ホール

      # Infra Study 京都 #3 — 聴講メモ（MOC）

      - type:: talk
        セッション:: Nomad で作る小さな PaaS
        speaker:: [[川口 亮]]
        org:: [[ミナミ製作所]]
      	- [[Nomad]] の system job
      - title:: Boundary で踏み台を廃止
        speaker:: [[小野 美穂]]
        org:: [[ツバメ電算]]
      	- [[Boundary]] の worker をオンプレに
      `,
      `
      event Infra Study 京都 #3 | 2023-12-11 | -
      talk 7 Nomad で作る小さな PaaS | 川口 亮 (ミナミ製作所) | nomad
      talk 11 Boundary で踏み台を廃止 | 小野 美穂 (ツバメ電算) | boundary
      `,
      { plainText: true },
    );
  });
});

describe('notes written while watching the recordings', () => {
  test('a table numbering its talks ("| 1 | Title | Name | Org | 38:20 |"), then "### #1 メモ" with "- 03:15 …" items: times past 23 minutes make the items positions in a video, no talks, so each "#N" heading holds the notes on row N\'s talk', () => {
    check(
      `
      # Platform Days Nagoya 2024 — 録画視聴ログ

      | # | タイトル | 登壇者 | 所属 | 長さ |
      |---|---|---|---|---|
      | 1 | Terraform の state を分ける | 北川 純 | 株式会社ミドリネット | 34:10 |
      | 2 | Argo CD で 50 クラスタ | 堀 真理子 | 株式会社コトリ | 28:45 |

      ### #1 メモ
      - 03:15 moved ブロックで移行
      - 25:40 Terraform Cloud の workspace を環境ごとに

      ### #2 メモ
      - 04:20 ApplicationSet の cluster generator
      - 27:05 Argo CD の sync wave
      `,
      `
      event Platform Days Nagoya 2024 | 2024 | -
      talk 5 Terraform の state を分ける | 北川 純 (株式会社ミドリネット) | terraform terraform-cloud
      talk 6 Argo CD で 50 クラスタ | 堀 真理子 (株式会社コトリ) | argo-cd
      `,
    );
  });
});

describe('tools written as people type them', () => {
  test('"테폼", "쿠베" (with its pods), "テラフォ", "クバネ", "argo" beside GitOps, "ES" beside Kibana, "graphana", "ansilbe"; not "ES（従業員満足度）" nor "Argo Travel"', () => {
    check(
      `
      # Infra Night Busan 2024

      ## 테폼 모듈 정리 - 하지훈 (바다소프트)
      - 테폼 모듈 80개, 쿠베 파드 배포는 argo로 GitOps
      - 로그는 ES에 넣고 Kibana로 봄, 대시보드는 graphana
      - 서버 설정은 ansilbe

      ## クバネの話 - 上田 彩 (ナミテック)
      - テラフォでクラスタを作る
      - チームのES（従業員満足度）が上がった
      - スポンサーの Argo Travel でコーヒー
      `,
      `
      event Infra Night Busan 2024 | 2024 | -
      talk 3 테폼 모듈 정리 | 하지훈 (바다소프트) | ansible argo-cd elasticsearch grafana kibana kubernetes terraform
      talk 8 クバネの話 | 上田 彩 (ナミテック) | kubernetes terraform
      `,
    );
  });
});

describe('speakers written in many forms', () => {
  test('a table\'s "세션 제목" and "소속 / 비고" columns; "Ryan Park (박라이언, Solutions Engineer, ex-Google Cloud)": the name in Hangul and the former employer are no organisation, the column\'s is', () => {
    check(
      `
      # Cloud Day Seoul 2024

      | 시간 | 세션 제목 | 발표자 | 소속 / 비고 |
      |------|-----------|--------|-------------|
      | 10:00 | 멀티 계정 Terraform 운영 | Ryan Park (박라이언, Solutions Engineer, ex-Google Cloud) | HashiCorp Korea |
      | 11:00 | Karpenter로 노드 비용 줄이기 | 문하린 (Solutions Architect) | 해오름클라우드 |
      `,
      `
      event Cloud Day Seoul 2024 | 2024 | -
      talk 5 멀티 계정 Terraform 운영 | Ryan Park (HashiCorp Korea) | terraform
      talk 6 Karpenter로 노드 비용 줄이기 | 문하린 (해오름클라우드) | karpenter
      `,
    );
  });

  test('"[1] 佐藤 翔太 さん (@handle / SRE, 株式会社なにわロジ) 「Title」": the speaker first with a long bracket of handle, role and organisation', () => {
    check(
      `
      神戸SRE勉強会 #3 メモ

      -- 14:00 はじめに（運営: 中村さん）
         ・会場の Wi-Fi は Slack に

      [1] 井上 陽介 さん (@yosuke_ops / SRE, 株式会社みなとクラウド) 「Prometheus のルールを半分にした話」
         - recording rule の整理
      `,
      `
      event 神戸SRE勉強会 #3 | - | -
      talk 6 Prometheus のルールを半分にした話 | 井上 陽介 (株式会社みなとクラウド) | prometheus
      `,
      { plainText: true },
    );
  });
});

describe('lightning-talk nights', () => {
  test('"LT | title | speaker | org | my notes" then "01 | Title | Name | Org | notes" (no outer bars, no line under the header): the title column wins over the LT number\'s, a cancelled slot\'s short row is skipped, the notes cell is the talk\'s text', () => {
    check(
      `
      PORTLAND INFRA LIGHTNING NIGHT
      Thu 2024-03-14, Rose City Labs

      LT | title                      | speaker      | org            | my notes
      01 | Terraform tests in anger   | Dana Holt    | Willamette Co  | terraform test with mocks
      02 | -- cancelled --
      03 | Nomad for the homelab      | Eli Baptiste | Cascade Pixel  | three Raspberry Pis, Consul too
      `,
      `
      event PORTLAND INFRA LIGHTNING NIGHT | 2024-03-14 | Rose City Labs
      talk 5 Terraform tests in anger | Dana Holt (Willamette Co) | terraform
      talk 7 Nomad for the homelab | Eli Baptiste (Cascade Pixel) | consul nomad
      `,
      { plainText: true },
    );
  });

  test('"## 14:00 Lightning talk marathon (chair: …)", "오후: AWSKRUG LT 마라톤": labels over the lightning talks, no talks of their own', () => {
    check(
      `
      # DevOpsDays Lisbon 2024

      ## 09:00 Opening keynote — "Small teams, big fleets"
      Speaker: Ana Costa (Tejo Cloud)
      - a Kubernetes fleet of 40 clusters

      ## 14:00 Lightning talk marathon (chair: Rita Lopes)
      Format: 5 minutes each, no Q&A.

      1. "Helm hooks considered harmful" — Marta Nowak, Vela Systems
         pre-upgrade hooks ran migrations twice
      2. "Drift at 3am" — Ben Hughes, Gridline Energy
         scheduled terraform plan in CI
      `,
      `
      event DevOpsDays Lisbon 2024 | 2024 | -
      talk 3 Small teams, big fleets | Ana Costa (Tejo Cloud) | kubernetes
      talk 10 Helm hooks considered harmful | Marta Nowak (Vela Systems) | helm
      talk 12 Drift at 3am | Ben Hughes (Gridline Energy) | terraform
      `,
    );
  });
});

describe('terse notes typed fast', () => {
  test('"time | talk | who | notes" over "-----+------+-----+------", rows whose first cells are empty going on the row\'s notes; "▶ [Name / Org] Title"', () => {
    check(
      `
      KubeDay Manila 2024 -- my notes

      time | talk | who | notes
      -----+------+-----+------
      0915 | Toil Budgets in Practice | Paolo Reyes (Lakan Pay) | ansible runs by hand count as toil
           |      |     | runbook events -> Kibana
      1000 | break | - | coffee

      ▶ [김하람 / 누리모빌리티] 쿠버 업그레이드 삽질기
       · kubent 돌리고 Helm 차트 정리
      `,
      `
      event KubeDay Manila 2024 | 2024 | -
      talk 5 Toil Budgets in Practice | Paolo Reyes (Lakan Pay) | ansible kibana
      talk 9 쿠버 업그레이드 삽질기 | 김하람 (누리모빌리티) | helm kubernetes
      `,
      { plainText: true },
    );
  });
});

describe('notes that compare tools', () => {
  test('"TALK 1: Title" and "who: Name, Role @ Org" between drawn lines (markdown reads them as one heading): a numbered talk\'s record; "S3 Glacier Vault Lock" is no Vault', () => {
    check(
      `
      DENVER PLATFORM MEETUP -- Mar 12, 2024

      -------------------------------------------------------------
      TALK 1: Moving from Chef to Ansible in a year
        who: Laura Kim, Staff Engineer @ Front Range Bank
      -------------------------------------------------------------
        + Ansible roles are easier to review than cookbooks
        - audit logs kept with S3 Glacier Vault Lock
      `,
      `
      event DENVER PLATFORM MEETUP | 2024-03-12 | -
      talk 4 Moving from Chef to Ansible in a year | Laura Kim (Front Range Bank) | ansible aws-s3 chef
      `,
      { plainText: true },
    );
  });
});

describe('events full of sponsors', () => {
  test('"Packer Logistics", "Consul Partners", "Helm Bank", "テラフォーム建設", "Nomad Coffee": companies named with a tool\'s word are no mentions; the tools the talk is about still are', () => {
    check(
      `
      # Infra Vendor Day Osaka 2024

      ## Golden images at scale - 藤田 健 (パッカー運輸)
      - スポンサー: Packer Logistics, Consul Partners, Helm Bank, テラフォーム建設
      - 休憩のコーヒーは Nomad Coffee
      - Packer で AMI を焼いて Terraform から参照
      `,
      `
      event Infra Vendor Day Osaka 2024 | 2024 | -
      talk 3 Golden images at scale | 藤田 健 (パッカー運輸) | aws-ami packer terraform
      `,
    );
  });
});

describe('a person\'s heading over a record of fields', () => {
  test('"## 🎤 やまだ たろう（山田 太郎）" over "- 所属: …" and "- タイトル: **「…」**": the talk is the title field\'s, given by the heading\'s people, their organisations from their profile lines', () => {
    check(
      `
      # CNDT 2023 参加メモ

      ## 🎤 やまだ たろう（山田 太郎）
      - 所属: 株式会社ミドリクラウド
      - タイトル: **「Terraformモジュールの育て方」**
      - メモ: バージョン固定が大事。秘密情報は Vault へ

      ## 🎤 Kim Minji
      - Company: Acme Cloud
      - Title: "Scaling Argo CD to 500 clusters"
      - notes: ApplicationSets, Helm charts

      ## 🎤 こばやし さき（小林 咲）
      - Developer Advocate, 株式会社ソラマチ / @saki_dev
      - タイトル: **「Grafana ではじめる可観測性」**（Track C, ハンズオン）

      ## 🎤 Anna Novak ＆ 木村 誠（きむら まこと）
      - Anna: Principal Engineer, Meshwork (ex-Google) / @anna_ebpf
      - 木村さん: SRE, 株式会社ヒカリ通信 / GitHub: makoto-k
      - タイトル: 「Cilium で 5 リージョンをつなぐ」
      `,
      `
      event CNDT 2023 | 2023 | -
      talk 5 Terraformモジュールの育て方 | 山田 太郎 (株式会社ミドリクラウド) | terraform vault
      talk 10 Scaling Argo CD to 500 clusters | Kim Minji (Acme Cloud) | argo-cd helm
      talk 15 Grafana ではじめる可観測性 | 小林 咲 (株式会社ソラマチ) | grafana
      talk 20 Cilium で 5 リージョンをつなぐ | Anna Novak (Meshwork), 木村 誠 (株式会社ヒカリ通信) | cilium
      `,
    );
  });
});

describe('Japanese and Korean typography', () => {
  test('half-width katakana ("ﾃﾗﾌｫｰﾑ", "ﾊﾟｯｶｰ" with its semi-voiced mark apart) are the tools\' kana; "ㆍ" before a Korean word is a middle dot, not part of it', () => {
    check(
      `
      # HUG Tokyo #12

      ## ｲﾝﾌﾗ自動化の話 - 佐藤 健（株式会社ミナト）
      ・ﾃﾗﾌｫｰﾑでﾊﾟｯｶｰのAMIを参照

      ## 볼트 운영기 - 김민수 (한빛클라우드)
      ㆍ쿠버네티스에서는 cert-manager 사용
      `,
      `
      event HUG Tokyo #12 | - | -
      talk 3 ｲﾝﾌﾗ自動化の話 | 佐藤 健 (株式会社ミナト) | aws-ami packer terraform
      talk 6 볼트 운영기 | 김민수 (한빛클라우드) | cert-manager kubernetes vault
      `,
    );
  });
});

describe('organisers\' notes', () => {
  test('a plain text\'s banner between rows of "=" (no blank line under the top one) names the event, no talks; "題　　：" and "登壇　：" fields make a record; a talk ends before the rows drawn under it', () => {
    check(
      `
      ==============================
       HashiCorp User Group Tokyo Meetup #33
       2023/09/12（火） 大手町カンファレンスセンター
       Room B 進行ボランティア記録
      ==============================

      13:30 [B-1]
        題　　：Vault PKI で社内 CA を置き換えた話
        登壇　：山田 大輔（株式会社ハルカゼ）
        メモ：
          - Vault の PKI シークレットエンジン
      ------------------------------
      `,
      `
      event HashiCorp User Group Tokyo Meetup #33 | 2023-09-12 | -
      talk 8..11 Vault PKI で社内 CA を置き換えた話 | 山田 大輔 (株式会社ハルカゼ) | vault
      `,
      { plainText: true, bodies: true },
    );
  });

  test('a volunteer\'s log: "[11:40] ▶ 트랙 B-2" over ""Title"" and "Name / Org — remark": the quoted title is the talk, the slot none', () => {
    check(
      `
      KCD 서울 2024 — 자원봉사 로그
      2024-06-15 (토)

      [11:00] ▶ 트랙 B-1 시작 (305호)
          "Cilium으로 kube-proxy 걷어내기"
          윤서진 / 모아뱅크 — 10:30 체크인 완료
          - Cilium kube-proxy replacement 모드

      [11:40] ▶ 트랙 B-2
          "멀티클러스터 GitOps 실전"
          장현우 / 빌드웨이브 — 체크인 11:15, 자료 USB로 받음
          - Argo CD ApplicationSet
      `,
      `
      event KCD 서울 2024 | 2024-06-15 | -
      talk 5 Cilium으로 kube-proxy 걷어내기 | 윤서진 (모아뱅크) | cilium kube-proxy
      talk 10 멀티클러스터 GitOps 실전 | 장현우 (빌드웨이브) | argo-cd
      `,
      { plainText: true },
    );
  });

  test('a run sheet: "| 구분 | 내용 | 연사 / 소속 |" reads the title and the people with their organisations; a row whose kind is a break or a sponsor\'s is no talk; "## 다음 번 개선 사항" and "## KPT" are the organiser\'s retrospective', () => {
    check(
      `
      # HUG Seoul 2024 Spring Meetup — 운영 런시트

      | # | 시간 | 구분 | 내용 | 연사 / 소속 | 상태 |
      |---|------|------|------|-------------|------|
      | 1 | 19:05 | 세션1 | 테라폼 모듈 300개 정리하기 | 한지민 / 누리페이 | 체크인 완료 |
      | 2 | 19:35 | 휴식 | 네트워킹 & 부스 | - | 경품 추첨 |
      | 3 | 19:50 | 스폰서 | 클라우드브릿지 회사 소개 (5분) | 스폰서 담당 김상우 | 영상 소리 안 나옴 |
      | 4 | 20:00 | LT | Packer로 골든 이미지 굽기 | 강민재 / 한빛모빌리티 | 5분 엄수 |

      ## 다음 번 개선 사항
      - 어댑터 박스 상비

      ## KPT
      - Keep: 타이머
      `,
      `
      event HUG Seoul 2024 Spring Meetup — 운영 런시트 | 2024 | -
      talk 5 테라폼 모듈 300개 정리하기 | 한지민 (누리페이) | terraform
      talk 8 Packer로 골든 이미지 굽기 | 강민재 (한빛모빌리티) | packer
      `,
    );
  });

  test('a retrospective\'s programme: "19:10 **Title**" over "登壇：Name（Org）／ 受付 18:40" (a remark after the slash); "当日の流れ（予定 → 実績）" names no one', () => {
    check(
      `
      # Kubernetes Meetup Tokyo #66 運営ふりかえり

      ## 当日の流れ（予定 → 実績）

      1. 18:30 受付開始 → 実績 18:30
      2. 19:10 **Karpenterでノードコストを削減した話**
         - 登壇：松本 悠（株式会社コトブキゲームス）／ 受付 18:40、リハ OK
         - 聞いたこと：Karpenter で Spot 中心に
      3. 19:45 **Kyvernoで始めるポリシー運用**
         - 登壇：石井 千尋（ネクストレール株式会社）／ 19:20 到着
         - 聞いたこと：ポリシーは Argo CD で配布
      `,
      `
      event Kubernetes Meetup Tokyo #66 運営 | - | -
      talk 6 Karpenterでノードコストを削減した話 | 松本 悠 (株式会社コトブキゲームス) | karpenter
      talk 9 Kyvernoで始めるポリシー運用 | 石井 千尋 (ネクストレール株式会社) | argo-cd kyverno
      `,
    );
  });
});


describe('notes with code', () => {
  test('a code block\'s shell command names its tool ("$ terraform apply", "cilium status"); a language\'s or git\'s command, and a value inside configuration, do not; "ドッカーファイル" is Docker\'s', () => {
    check(
      `
      # HashiConf 2023

      ## Workspaces at scale - Jane Doe (Acme)
      \`\`\`sh
      $ terraform -chdir=bootstrap apply
      git clone https://example.com/infra.git
      python gen.py
      cilium status --wait
      \`\`\`
      \`\`\`hcl
      driver = "docker"
      \`\`\`
      ドッカーファイルの保守コスト
      `,
      `
      event HashiConf 2023 | 2023 | -
      talk 3 Workspaces at scale | Jane Doe (Acme) | cilium docker terraform
      `,
    );
  });
});

describe('business-trip reports', () => {
  test('a formal report: "○ 제    목:" and "○ 발 표 자:" (a label\'s letters spaced out) make records; beside them the schedule\'s timed lines, naming no one, are no talks; "5. 경비 내역" and "提言" are the report\'s own sections', () => {
    check(
      `
      출 장 보 고 서

      1. 출장 개요
        가. 행 사 명: AWS Summit Seoul 2024
        나. 일    시: 2024. 5. 16.(목)

      2. 주요 일정
        08:30  등록 및 출입증 수령
        13:00  AWS Expo 부스 방문

      3. 세션 청강 내용
        □ 세션 ①
          ○ 제    목: EKS에서 Karpenter로 비용 줄이기
          ○ 발 표 자: 정민수 (한빛페이)
          ○ 주요 내용: Karpenter 프로비저너로 교체

        □ 세션 ②
          ○ 제    목: 테라폼 vs CDK: 우리 팀의 선택
          ○ 발 표 자: 오세훈 (스텔라모빌리티)

      5. 경비 내역
        - KTX 왕복 119,600원

      提言
        - 次回も参加
      `,
      `
      event AWS Summit Seoul 2024 | 2024-05-16 | -
      talk 13 EKS에서 Karpenter로 비용 줄이기 | 정민수 (한빛페이) | aws-eks karpenter
      talk 18 테라폼 vs CDK: 우리 팀의 선택 | 오세훈 (스텔라모빌리티) | aws-cdk terraform
      `,
      { plainText: true },
    );
  });
});

describe('callouts and admonitions', () => {
  test('a MkDocs admonition\'s body, indented four spaces under "!!! note "Title"", is the talk\'s notes, not code: its tools are mentions; a nested "??? tip" is read too', () => {
    check(
      `
      # KubeCon Europe 2024

      !!! note "eBPF all the things: replacing kube-proxy with Cilium"
          **Speakers:** Léa Moreau, Stefan Brandt — Valmont Telecom

          - Hubble for flow visibility, metrics exported to Prometheus

          ??? tip "所感"
              Helm chart values were the painful part
      `,
      `
      event KubeCon Europe 2024 | 2024 | -
      talk 3 eBPF all the things: replacing kube-proxy with Cilium | Léa Moreau (Valmont Telecom), Stefan Brandt (Valmont Telecom) | cilium ebpf helm hubble kube-proxy prometheus
      `,
    );
  });
});

describe('Korean with hanja', () => {
  test('"發表者:" (the speakers\' label in hanja) names a heading\'s speakers; "ㆍ" opens a bullet, so "ㆍ스폰서: …" is no talk; "장소(場所):" labels the place', () => {
    check(
      `
      # HUG Seoul 제9회 밋업

      ㆍ장소(場所): 한빛클라우드 본사 12층 대회의실

      ## 발표 1 — 테라폼 모듈 레지스트리 도입기

      發表者: 박지훈 (한빛클라우드 플랫폼팀)

      ㆍ테라폼 모듈 200여 개를 사내 레지스트리로 통합

      ㆍ스폰서: 한빛클라우드(주) — 채용 공고 소개
      `,
      `
      event HUG Seoul 제9회 밋업 | - | 한빛클라우드 본사 12층 대회의실
      talk 5 테라폼 모듈 레지스트리 도입기 | 박지훈 (한빛클라우드) | terraform
      `,
    );
  });
});

describe("a year's log of events", () => {
  test('under "2024 컨퍼런스 다이어리" (a year\'s log, naming none), the event is the entry nearest above the talks: its name, day and place, not the title\'s nor the table\'s', () => {
    check(
      `
      # 2024 컨퍼런스 다이어리

      | 월 | 행사 | 장소 |
      |---|---|---|
      | 3월 | 데브옵스 판교 밋업 | 판교 |
      | 10월 | 클라우드 인프라 서밋 2024 | 코엑스 |

      ## 3월 - 데브옵스 판교 밋업
      - 네트워킹 위주, 데이터 엔지니어가 많았음

      ## ★ 클라우드 인프라 서밋 2024 (2024-10-17, 코엑스 401호)

      ### 테라폼 모듈 레지스트리 운영기
      - 발표: 이준호 (가람소프트)
      - 테라폼 모듈 버전 관리

      ### 쿠버네티스 업그레이드 자동화
      - 발표: 한소희 (누리페이)
      - 쿠버네티스 1.29 업그레이드
      `,
      `
      event 클라우드 인프라 서밋 2024 | 2024-10-17 | 코엑스 401호
      talk 13 테라폼 모듈 레지스트리 운영기 | 이준호 (가람소프트) | terraform
      talk 17 쿠버네티스 업그레이드 자동화 | 한소희 (누리페이) | kubernetes
      `,
    );
  });

  test('"## 2023/09/22(金) 晴れ ― SRE Kaigi 2023" (a diary\'s day, named for the event) is no talk, and under "勉強会日記 2023" it is the event', () => {
    check(
      `
      # 勉強会日記 2023

      ## 2023/02/08(水) 雨
      Kubernetes Meetup Tokyo #60 にオンライン参加。

      ## 2023/09/22(金) 晴れ ― SRE Kaigi 2023
      会場はベルサール神田。

      - 10:15〜 『Prometheus のアラート設計』
        - 登壇: 小松 悠(株式会社ミズノテック)
        - Alertmanager のルーティングを整理
      - 11:00〜 『Vault でシークレットを配る』
        - 登壇: 石田 涼(カゼトラボ)
      `,
      `
      event SRE Kaigi 2023 | 2023-09-22 | ベルサール神田
      talk 9 Prometheus のアラート設計 | 小松 悠 (株式会社ミズノテック) | alertmanager prometheus
      talk 12 Vault でシークレットを配る | 石田 涼 (カゼトラボ) | vault
      `,
    );
  });

  test('a plain-text index: "#   date   event   where" heads a table in columns of spaces, no heading; "(a) "Title"" to "(c) "Title"" are lettered talks ("(c)" no copyright)', () => {
    check(
      `
      CONFERENCES 2025 -- index

      #   date        event                         where
      [1] 2025-01-16  Cloud Native SG Meetup #48    Raffles Place
      [2] 2025-03-19  Platform Summit APAC 2025     Marina Bay Sands

      ==========================================
      [2] Platform Summit APAC 2025
          Wed 19 March 2025, Marina Bay Sands Expo, Level 4
      ==========================================

      (a) "Paved Roads, Not Golden Cages"
          Rachel Tan (Kopi Cloud)
          - Backstage templates for every service

      (b) "Argo CD at 2,000 Applications"
          Arjun Mehta (Tanjong Commerce)
          - controller sharding in Argo CD

      (c) "Terraform Modules as a Product"
          Siti Rahmah (Merlion Bank)
          - Terraform Cloud agents inside the bank
      `,
      `
      event Platform Summit APAC 2025 | 2025-03-19 | -
      talk 12 Paved Roads, Not Golden Cages | Rachel Tan (Kopi Cloud) | -
      talk 16 Argo CD at 2,000 Applications | Arjun Mehta (Tanjong Commerce) | argo-cd
      talk 20 Terraform Modules as a Product | Siti Rahmah (Merlion Bank) | terraform terraform-cloud
      `,
      { plainText: true },
    );
  });
});

describe("Dataview's inline fields after a title", () => {
  test('"1. **Title** [speaker:: [[Kato Hiroshi|加藤 浩]]] [org:: …]": the fields after the bold title name its speaker and organisation', () => {
    check(
      `
      # DevOps 勉強会 神戸 2024

      ## セッション一覧とメモ

      1. **アンシブルとテラフォームの境界線** [speaker:: [[Kato Hiroshi|加藤 浩]]] [org:: 株式会社みなとシステムズ]
          - ネットワーク機器はアンシブル、クラウドはテラフォーム

      2. **クバネティスを工場で動かす** [speaker:: [[Nishimura Asuka|西村 明日香]]] [org:: 六甲精機株式会社] #onprem
          - Kubernetes クラスタ 8 個
      `,
      `
      event DevOps 勉強会 神戸 2024 | 2024 | -
      talk 5 アンシブルとテラフォームの境界線 | 加藤 浩 (株式会社みなとシステムズ) | ansible terraform
      talk 8 クバネティスを工場で動かす | 西村 明日香 (六甲精機株式会社) | kubernetes
      `,
    );
  });

  test('"- 14:10 **"Title"** [speaker:: [[Oh Jaehyun|재현]]]" items under "## 타임라인": the items are the talks (a given name alone in the field is the speaker); "## 타임라인" and "## 내 액션 아이템" are sections', () => {
    check(
      `
      # 판교 플랫폼 밋업 #3 (2025.05.10 토)

      ## 타임라인
      - 13:30 입장, 체크인
      - 14:10 **"쿠버네티스 노드 업그레이드 자동화"** [speaker:: [[Oh Jaehyun|재현]]] [org:: 스텔라모빌리티]
          - Helm 차트 deprecated API 스캔
      - 14:50 **"알람 400개를 지운 이야기"** [speaker:: [[Yoon Sujin|윤수진]]] [org:: 도담헬스케어]
          - Prometheus Alertmanager 라우팅 재설계
      - 15:30 쉬는 시간

      ## 내 액션 아이템
      - [ ] 우리 클러스터도 Terraform 으로 옮기기
      `,
      `
      event 판교 플랫폼 밋업 #3 | 2025-05-10 | -
      talk 5 쿠버네티스 노드 업그레이드 자동화 | 재현 (스텔라모빌리티) | helm kubernetes
      talk 7 알람 400개를 지운 이야기 | 윤수진 (도담헬스케어) | alertmanager prometheus
      `,
    );
  });
});

describe('questions, hosts and interviews', () => {
  test('"話し手:" labels a talk\'s speaker; "Q 会場の前田さん「…？」" is a question from the floor, no talk', () => {
    check(
      `
      ■ SRE目黒会 #7
      日時: 2025/03/11(火) 19:30-21:30

      [1] 『Thanos をやめて Grafana Mimir へ』
          話し手: 岡田 隼人（コトノハ）
          ・Prometheus の長期保存を Mimir に
          質疑応答:
           Q 会場の前田さん「カーディナリティはどう抑えてますか？」
           A relabel で drop

      [2] 『オンコール当番表をやめた話』
          話し手: 村上 千尋（ネコノテ運輸）
          ・Ansible でランブックを自動化
      `,
      `
      event SRE目黒会 #7 | 2025-03-11 | -
      talk 4 Thanos をやめて Grafana Mimir へ | 岡田 隼人 (コトノハ) | grafana grafana-mimir prometheus thanos
      talk 11 オンコール当番表をやめた話 | 村上 千尋 (ネコノテ運輸) | ansible
      `,
      { plainText: true },
    );
  });

  test('"# HUG Seoul #14 참석 메모" (a numbered event and the writer\'s word for notes) is the title, not a talk, though a host is named under it; "## 17:30 폐막 / 경품 추첨" is no talk', () => {
    check(
      `
      # HashiCorp User Group Seoul #14 참석 메모

      - 일시: 2023년 9월 14일 (목) 19:00 ~ 21:30
      - 사회: 한지민님 (HUG Seoul 운영진)

      ## 세션 1. 테라폼 모듈 300개를 정리한 이야기
      - 발표자: 이상혁 (누리커머스 플랫폼팀)
      - 테라폼 모듈 레지스트리 도입

      ## 세션 2. Vault로 DB 크리덴셜 동적 발급하기
      - 발표자: 정유나 (한결핀테크)
      - Vault database secrets engine

      ## 17:30 폐막 / 경품 추첨 — 꽝
      `,
      `
      event HashiCorp User Group Seoul #14 | 2023-09-14 | -
      talk 6 테라폼 모듈 300개를 정리한 이야기 | 이상혁 (누리커머스) | terraform
      talk 10 Vault로 DB 크리덴셜 동적 발급하기 | 정유나 (한결핀테크) | vault
      `,
    );
  });

  test('"## 인터뷰 ① 차은비 님 — 별빛증권 플랫폼팀": the writer\'s numbered interview names the speaker of the session quoted under it', () => {
    check(
      `
      # AWS Summit Seoul 2024 — 복도 인터뷰 메모

      ## 인터뷰 ① 차은비 님 — 별빛증권 플랫폼팀
      **세션:** 「EKS 멀티 테넌시, 네임스페이스만으로 충분할까」 (11:00, 룸 B)

      - 나: 네임스페이스로 나눈 이유?
      - 차은비: 쿠버네티스 NetworkPolicy 와 Cilium 으로 충분.

      ## 인터뷰 ② 남궁현 님 — 한빛에듀테크 플랫폼팀
      **세션:** 「Packer로 골든 AMI 파이프라인 만들기」 (14:00, 룸 A)

      - 남궁현: 테라폼에서 AMI ID 를 읽어서 갱신.
      `,
      `
      event AWS Summit Seoul 2024 | 2024 | -
      talk 4 EKS 멀티 테넌시, 네임스페이스만으로 충분할까 | 차은비 (별빛증권) | aws-eks cilium kubernetes
      talk 10 Packer로 골든 AMI 파이프라인 만들기 | 남궁현 (한빛에듀테크) | aws-ami packer terraform
      `,
    );
  });

  test('a timetable\'s row names a panel\'s people; "### パネル（…）" below it, and "司会は運営の久保田 誠さん。" under that, keep the row\'s people; "host intro by …" is no talk', () => {
    check(
      `
      # HUG Tokyo vol.9 参加ログ

      | 時間 | 内容 | 登壇者 |
      |---|---|---|
      | 19:00 | Terraform Stacks 先取り解説 | 河野 直樹（ヤマブキ） |
      | 19:30 | パネル：Vault 導入、うちの場合 | 橋本 優子（ルリ製薬）、木村 翼（ソラマメ不動産） |

      ### パネル（Vault 導入、うちの場合）
      司会は運営の久保田 誠さん。以下ほぼ書き起こし。

      - Vault の Auto-unseal に移行
      `,
      `
      event HUG Tokyo vol.9 | - | -
      talk 5 Terraform Stacks 先取り解説 | 河野 直樹 (ヤマブキ) | terraform
      talk 8 パネル（Vault 導入、うちの場合） | 橋本 優子 (ルリ製薬), 木村 翼 (ソラマメ不動産) | vault
      `,
    );
  });

  test('"6:25pm  host intro by Nate Sorensen (organizer)" is the host\'s part of the evening, no talk', () => {
    check(
      `
      seattle infra meetup #31

      6:00pm  doors, pizza
      6:25pm  host intro by Nate Sorensen (organizer) + sponsor shoutout

      1) "Packer, Terraform and the 40-Minute AMI" -- Rosa Delgado, Cascadia Freight
         packer builds in CI

      2) "Boring Kubernetes" -- Omar Haddad, Rainier Outfitters
         kubeadm upgrades
      `,
      `
      event seattle infra meetup #31 | - | -
      talk 6 Packer, Terraform and the 40-Minute AMI | Rosa Delgado (Cascadia Freight) | aws-ami packer terraform
      talk 9 Boring Kubernetes | Omar Haddad (Rainier Outfitters) | kubeadm kubernetes
      `,
      { plainText: true },
    );
  });
});

describe('recap posts and their drafts', () => {
  test('"Catchy Headline: My InfraDays Hamburg 2024 Recap" names the event after its colon; a draft\'s publish date is not the event\'s; "The day at a glance", "Evening social", "What I learned" are no talks', () => {
    check(
      `
      # Sidecars Are Boring Now And That Is Fine: My InfraDays Hamburg 2024 Recap

      *Draft — target publish date: 2024-10-20.*

      Last week (October 10, 2024) I spent a day at **InfraDays Hamburg 2024**.

      ## The day at a glance

      - 09:00 doors, coffee

      ## Talk 1 — "Splitting Terraform State by Ownership"

      **Speaker:** Lena Vogt, Nordlicht Bank

      Terraform state per team.

      ## Evening social

      Beers by the river.

      ## What I learned

      - Consul is still fine
      `,
      `
      event InfraDays Hamburg 2024 | 2024-10-10 | -
      talk 11 Splitting Terraform State by Ownership | Lena Vogt (Nordlicht Bank) | terraform
      `,
    );
  });

  test('"제목: … 배워왔습니다 — Kubernetes Korea Group 9월 정기 밋업 후기": the post\'s sentence, then the event after the dash; "상태: 초안 (발행 예정 2023-09-22)" gives the year, not the day', () => {
    check(
      `
      제목: 밋업에서 "운영 지옥" 탈출법을 배워왔습니다 — Kubernetes Korea Group 9월 정기 밋업 후기
      상태: 초안 (발행 예정 2023-09-22, 사진 더 넣기)

      지난 9월 18일 월요일, 판교 테크원타워 세미나실에서 정기 밋업이 열렸다.

      첫 번째 발표는 네이버클라우드 한지훈 님의 "ApplicationSet으로 멀티 클러스터 GitOps"였다.
        - Argo CD ApplicationSet 으로 클러스터 30개

      두 번째 발표는 토스 김하린 님의 "kube-proxy 없는 클러스터"였다.
        - Cilium 으로 kube-proxy 대체
      `,
      `
      event Kubernetes Korea Group 9월 정기 밋업 | 2023-09-18 | -
      talk 6 ApplicationSet으로 멀티 클러스터 GitOps | 한지훈 | argo-cd naver-cloud-platform
      talk 9 kube-proxy 없는 클러스터 | 김하린 | cilium kube-proxy
      `,
      { plainText: true },
    );
  });

  test('a recap post\'s front matter ("title: … 참관기: …", "date: 2024-05-20", "draft: true") dates the post; the day its first lines name before it is the event\'s; "행사 개요", "스폰서 세션 시간", "내가 배운 것" are no talks', () => {
    check(
      `
      ---
      title: "AWS Summit Seoul 2024 참관기: 비용, IaC, 관측성"
      date: 2024-05-20
      draft: true
      ---

      올해도 **AWS Summit Seoul 2024**에 다녀왔습니다. 5월 16일, 삼성동 코엑스 그랜드볼룸이었습니다.

      ## 행사 개요

      - 둘째 날만 참석

      ## 1. EKS 비용 40% 줄이기

      - 발표: 정민수 (한빛페이)
      - Karpenter 로 노드 교체

      ## 스폰서 세션 시간

      ## 내가 배운 것

      - Terraform 과 CDK 를 같이 써도 된다
      `,
      `
      event AWS Summit Seoul 2024 | 2024-05-16 | -
      talk 13 EKS 비용 40% 줄이기 | 정민수 (한빛페이) | aws-eks karpenter
      `,
    );
  });

  test('"【ブログ下書き】HUG Osaka #12 に行ってきた：Terraform Stacks から Nomad まで": the event before the words for going there, the post\'s subtitle after them', () => {
    check(
      `
      【ブログ下書き】HUG Osaka #12 に行ってきた：Terraform Stacks から Nomad まで
      =====================================================================

      ■ セッション1：「Terraform Stacks 先取り」
        登壇：河野 直樹（ヤマブキ）
        Terraform Stacks の話
      `,
      `
      event HUG Osaka #12 | - | -
      talk 4 Terraform Stacks 先取り | 河野 直樹 (ヤマブキ) | terraform
      `,
      { plainText: true },
    );
  });
});

describe('the writer says it is not the tool', () => {
  test('"(Not HashiCorp Boundary.)", "HashiCorp Vault ではない", "(HashiCorp Sentinel 아님)": HashiCorp\'s tool is not mentioned there (Redis Sentinel is); "Why not HashiCorp Consul?" still names Consul', () => {
    check(
      `
      # Platform Night 2024

      ## Game servers on Nomad - Marcus Holt (Ironpeak)
      - They draw a hard boundary between shard and lobby jobs. (Not HashiCorp Boundary.)
      - Ansible Vault で暗号化 → これは HashiCorp Vault ではない
      - 여기서 Sentinel은 Redis Sentinel (HashiCorp Sentinel 아님)
      - Q: Why not HashiCorp Consul? A: they knew Consul Template
      `,
      `
      event Platform Night 2024 | 2024 | -
      talk 3 Game servers on Nomad | Marcus Holt (Ironpeak) | ansible consul consul-template nomad redis redis-sentinel
      `,
    );
  });
});

describe('a printed programme pasted as text', () => {
  test('"10:15  BRK-2041 · Room Vermeer" (a slot\'s time, code and room) over its title (wrapped, a word broken by a hyphen) and speakers: the talk, its notes up to the next slot', () => {
    check(
      `
      HashiConf Europe 2024 - printed programme

      09:00  KEY-01 · Auditorium Rembrandt
             Opening Keynote: The Infrastructure Cloud
             Priya Raman, Chief Product Officer, HashiCorp
      [me: Terraform stacks roadmap, Vault secrets sync]

      12:10  BRK-2210 · Room Van Gogh
             From Packer Templates to an Image Fac-
             tory
             Henrik Baumann, Lumen Grid Energy
      [me: Packer + Ansible, images feed their Nomad pools]
      `,
      `
      event HashiConf Europe 2024 | 2024 | -
      talk 4 Opening Keynote: The Infrastructure Cloud | Priya Raman (HashiCorp) | terraform vault
      talk 9 From Packer Templates to an Image Factory | Henrik Baumann (Lumen Grid Energy) | ansible nomad packer
      `,
      { plainText: true },
    );
  });
});

describe('a printed programme pasted as text, its code first', () => {
  test('"[S-01] 13:00 – 13:40   메인홀 A" (the code, then the time and the room) over its title and speakers: the talk, with the notes under it', () => {
    check(
      `
      HashiCorp User Group Seoul — 2024 Winter Meetup
      일시: 2024년 12월 7일 (토) 13:00 – 18:00

      [S-01] 13:00 – 13:40   메인홀 A
        Terraform 모듈 레지스트리를 사내에 구축하며 배운 것들
        김도현 (한빛페이 플랫폼팀)
        >> tflint 랑 pre-commit 필수

      [S-02] 13:50 – 14:30   메인홀 A
        Vault 다이나믹 시크릿으로 DB 계정 없애기
        이서연 (모아커머스 SRE팀)
        >> database secrets engine, PostgreSQL 위주
      `,
      `
      event HashiCorp User Group Seoul — 2024 Winter Meetup | 2024-12-07 | -
      talk 5 Terraform 모듈 레지스트리를 사내에 구축하며 배운 것들 | 김도현 (한빛페이) | terraform tflint
      talk 10 Vault 다이나믹 시크릿으로 DB 계정 없애기 | 이서연 (모아커머스) | postgresql vault
      `,
      { plainText: true },
    );
  });
});

describe("a pasted booklet's running headers", () => {
  test('"Platform Meetup Kobe vol.3 | 2024.09.28 | 1/3", repeated on each page but for its numbers, is page furniture: no talk, nor the event\'s place', () => {
    check(
      `
      Platform Meetup Kobe vol.3 メモ

      Platform Meetup Kobe vol.3 | 2024.09.28 | 1/3

      Backstage で社内ポータル — 森 健太郎（博多テックワークス）
      - Backstage と Argo CD

      Platform Meetup Kobe vol.3 | 2024.09.28 | 2/3

      Crossplane と Terraform の併用 — 石川 恵（九州ホールディングス）
      - Terraform の drift 検知
      `,
      `
      event Platform Meetup Kobe vol.3 | 2024-09-28 | -
      talk 5 Backstage で社内ポータル | 森 健太郎 (博多テックワークス) | argo-cd
      talk 10 Crossplane と Terraform の併用 | 石川 恵 (九州ホールディングス) | crossplane terraform
      `,
      { plainText: true },
    );
  });
});

describe('a document shared by several writers', () => {
  test('"_written by @carla_" under a session (a talk or a break) says who covered it, not who gave it: no talk', () => {
    check(
      `
      # KubeCon NA 2023 — team notes

      ## 08:00 Registration & breakfast
      _written by @carla_

      Badge pickup took forever.

      ## 09:00 Keynote: "The Next Ten Years of Kubernetes"
      **Speakers:** Priya Raman (CNCF)
      _written by @raj_

      - Kubernetes turns ten

      ## 12:00 Lunch
      _written by @raj_

      Tacos.
      `,
      `
      event KubeCon NA 2023 | 2023 | -
      talk 8 The Next Ten Years of Kubernetes | Priya Raman (CNCF) | kubernetes
      `,
    );
  });
});

describe('a dictated note', () => {
  test('"[00:41] first talk was Title by Name from Org" among timed lines of dictation: the talks, each with the lines after it as its notes; the other timed lines (most of them) are no talks', () => {
    check(
      `
      # HUG Osaka #9 - dictation on the train

      - [00:00] ok so this is HashiCorp User Group Osaka number nine, at the Umeda event space
      - [00:12] um doors at six thirty, pizza
      - [00:41] first talk was Golden Images with Packer and Ansible by Kenji Watanabe from Mirai Logistics
      - [00:55] they bake AMIs with Packer, and uh the provisioner is Ansible now
      - [01:40] second talk was uh Nomad on a Raspberry Pi Cluster by Aiko Fujita from Kumo Robotics
      - [01:55] twelve Raspberry Pis running Nomad clients
      - [02:45] then a break, onigiri and drinks
      - [03:05] uh and then there was a lightning talk called Terraform Stacks First Impressions by Yusuke Mori from Shiranui Cloud
      - [03:20] stacks are still beta
      `,
      `
      event HUG Osaka #9 | - | -
      talk 5 Golden Images with Packer and Ansible | Kenji Watanabe (Mirai Logistics) | ansible aws-ami packer
      talk 7 Nomad on a Raspberry Pi Cluster | Aiko Fujita (Kumo Robotics) | nomad
      talk 10 Terraform Stacks First Impressions | Yusuke Mori (Shiranui Cloud) | terraform
      `,
    );
  });
});

describe('a printed programme pasted four spaces in', () => {
  test('"    TITLE    Title" over "    SPEAKER  Name, Role — Org", indented as markdown\'s code: read as text, a card\'s labels in capitals, its title wrapped under itself; the notes after each card are its', () => {
    check(
      `
      # Lakeside Cloud Day 2024 — programme with my notes

          Lakeside Cloud Day 2024 — Programme — Page 2 of 4
          Friday, March 8, 2024 · Harbour Hall, Zurich

          SESSION  LCD-101
          TITLE    Paved Roads: Shipping Terraform Modules
                   to Forty Teams
          SPEAKER  Ines Keller, Staff Engineer — Alpenrail
          ROOM     Main Hall            TRACK  Platform

      >> every module pinned, Terraform Cloud runs the plans

          SESSION  LCD-114
          TITLE    Secrets Without Tickets
          SPEAKER  Marco Bianchi — Lindenbank
          ROOM     Room 2               TRACK  Security

      >> Vault dynamic secrets for Postgres
      `,
      `
      event Lakeside Cloud Day 2024 | 2024-03-08 | Harbour Hall, Zurich
      talk 7 Paved Roads: Shipping Terraform Modules to Forty Teams | Ines Keller (Alpenrail) | terraform terraform-cloud
      talk 15 Secrets Without Tickets | Marco Bianchi (Lindenbank) | postgresql vault
      `,
    );
  });

  test('an indented block of code stays code: a command in it names its tool, a word in a comment does not', () => {
    check(
      `
      # HUG Zurich #3

      ## Packer in CI - Lea Frei (Bergbahn)

      The build step:

          # bake it, then push to Vault later
          packer build -var-file=prod.pkrvars.hcl .
          export VAULT_ADDR=https://vault.internal
      `,
      `
      event HUG Zurich #3 | - | -
      talk 3 Packer in CI | Lea Frei (Bergbahn) | packer
      `,
    );
  });
});

describe('talks credited after their notes', () => {
  test('a paragraph of notes closed by "— from "Title" by Name (Org)": the paragraph is that talk\'s, not the next one\'s', () => {
    check(
      `
      # SREday Lisbon 2024 — notes

      Moved every team to Argo CD with one instance per region. Sharding the
      controller was the big win.
      — from "GitOps for Forty Teams" by Rita Sousa (Atlantico Pay)

      Replaced the sidecars with Cilium and kept Envoy at the edge. Hubble for
      the cross-cluster DNS bugs.
      — from "One Mesh, Two Regions" by Tiago Reis (Farol Cloud)

      Flight home the next morning.
      `,
      `
      event SREday Lisbon 2024 | 2024 | -
      talk 5 GitOps for Forty Teams | Rita Sousa (Atlantico Pay) | argo-cd
      talk 9 One Mesh, Two Regions | Tiago Reis (Farol Cloud) | cilium envoy hubble
      `,
    );
  });

  test('"## 세션 1", notes, then "→ 발표: 「Title」 / Name (Org)" closing the section; a rule or "↑ 「Title」" closes notes the same way', () => {
    check(
      `
      # HUG Busan #3 메모

      ## 세션 1

      - 테라폼 state를 팀별로 나눔
      - Terraform Cloud 워크스페이스 1:1 매핑

      → 발표: 「state 100개 나누기」 / 김도윤 (바다커머스)

      ## 세션 2

      - Vault로 DB 비밀번호 동적 발급
      - 쿠버네티스 auth method 사용

      → 발표: 「위키에서 Vault로」 / 이나래 (파도페이)

      ## 네트워킹
      `,
      `
      event HUG Busan #3 | - | -
      talk 8 state 100개 나누기 | 김도윤 (바다커머스) | terraform terraform-cloud
      talk 15 위키에서 Vault로 | 이나래 (파도페이) | kubernetes vault
      `,
    );
    check(
      `
      # Cloud Native Kobe #2 参加ログ

      ## セッションメモ

      - Istio ambient mesh を検証環境で試した
      - waypoint の中身は Envoy

      **↑ 「サイドカーのない日」（西田 颯 / 株式会社ミナトクラウド）**

      - Cilium Cluster Mesh で神戸と東京を接続
      - Hubble で通信を可視化

      **↑ 「Cluster Mesh で東西冗長化」（藤本 千夏 / 六甲ネットワークス株式会社）**

      ## 懇親会
      `,
      `
      event Cloud Native Kobe #2 | - | -
      talk 8 サイドカーのない日 | 西田 颯 (株式会社ミナトクラウド) | envoy istio
      talk 13 Cluster Mesh で東西冗長化 | 藤本 千夏 (六甲ネットワークス株式会社) | cilium hubble
      `,
    );
  });
});

describe('credits that close a paragraph of notes', () => {
  test('"(발표: Name, Org — "Title")" as a paragraph\'s last line between drawn lines; "　―― 「Title」 登壇: Name（Org）"; "[talk: Title | speakers: A, B | org: Org]"', () => {
    check(
      `
      쿠버네티스 대전 모임 10월 정기 밋업
      2023.10.12 (목) / 대전 창업허브 3층

      --------------------------------------------------
      kube-proxy를 걷어내고 Cilium eBPF 모드로 전환.
      Hubble UI로 L7 흐름 보는 데모.
      (발표: 김하늘, 데브온 — "iptables 3만 줄과의 이별")
      --------------------------------------------------
      앱 300개를 Argo CD ApplicationSet 하나로 찍어냄.
      헬름 차트는 공통 base chart 하나.
      (발표: 윤재혁·한소희, 그린랩스 — "ApplicationSet으로 300개 앱 배포하기")
      --------------------------------------------------
      `,
      `
      event 쿠버네티스 대전 모임 10월 정기 밋업 | 2023-10-12 | 대전 창업허브 3층
      talk 7 iptables 3만 줄과의 이별 | 김하늘 (데브온) | cilium ebpf hubble kube-proxy
      talk 11 ApplicationSet으로 300개 앱 배포하기 | 윤재혁 (그린랩스), 한소희 (그린랩스) | argo-cd helm
      `,
      { plainText: true },
    );
    check(
      `
      SRE Sendai Meetup #4 参加メモ
      2023年8月3日(木) 19:00-

      [1]
      アラート疲れの話。
      Prometheus のアラートルールを棚卸し。
      Alertmanager のルーティングをチーム単位に分割。
      　―― 「アラート800本を120本にした話」 登壇: 中村亮（株式会社ミヤギデータ）

      [2]
      Ansible の VM 群をクバネティスへ移行。
      Consul で VM と Pod の名前解決。
      　―― 「VMからKubernetesへ」 登壇: 小林由紀（杜の都ソフト株式会社）
      `,
      `
      event SRE Sendai Meetup #4 | 2023-08-03 | -
      talk 8 アラート800本を120本にした話 | 中村亮 (株式会社ミヤギデータ) | alertmanager prometheus
      talk 13 VMからKubernetesへ | 小林由紀 (杜の都ソフト株式会社) | ansible consul kubernetes
      `,
      { plainText: true },
    );
    check(
      `
      SREday Cork 2024

      notes:
        * moved batch jobs from cron to Nomad
        * Consul for service discovery
      [talk: Forty Thousand Jobs a Day | speakers: Tomasz Wójcik, Elena Petrova | org: Kestrel Analytics]

      notes:
        * SLOs as code, generated Prometheus rules
        * deploys frozen via Argo CD sync windows
      [talk: Error Budgets That Stop Deploys | speakers: Hannah Becker | org: Lindgren Mobility]
      `,
      `
      event SREday Cork 2024 | 2024 | -
      talk 6 Forty Thousand Jobs a Day | Tomasz Wójcik (Kestrel Analytics), Elena Petrova (Kestrel Analytics) | consul nomad
      talk 11 Error Budgets That Stop Deploys | Hannah Becker (Lindgren Mobility) | argo-cd prometheus
      `,
      { plainText: true },
    );
  });
});

describe('speakers given with their accounts', () => {
  test('"登壇: 山田 浩（connpass: hyamada / X: @hiroshi_ymd）— Org", "발표: @handle (GitHub) 이름 / Org": the accounts are neither the name nor the organisation', () => {
    check(
      `
      Terraform Meetup Nagoya #5 メモ
      日時: 2024/07/25(木) 19:00-21:30

      【セッション1】terraform test を CI に組み込んで 1 年
        登壇: 山田 浩（connpass: hyamada / X: @hiroshi_ymd）— 株式会社ツムギシステムズ
        メモ:
          ・mock_provider で AWS を叩かずにテスト
      `,
      `
      event Terraform Meetup Nagoya #5 | 2024-07-25 | -
      talk 4 terraform test を CI に組み込んで 1 年 | 山田 浩 (株式会社ツムギシステムズ) | aws terraform
      `,
      { plainText: true },
    );
    check(
      `
      # Cloud Native Daegu 밋업 #3

      ## Cilium으로 사내 네트워크 정책 갈아엎기
      발표: @dohyun-lee (GitHub) 이도현 / 테크노바 플랫폼팀

      - 실리움 도입 전엔 Calico + iptables
      `,
      `
      event Cloud Native Daegu 밋업 #3 | - | -
      talk 3 Cilium으로 사내 네트워크 정책 갈아엎기 | 이도현 (테크노바) | calico cilium
      `,
    );
  });
});

describe('a timetable of links', () => {
  test('"| [Title](https://…) | [@handle](https://x.com/…)（名前 / Org） |": a markdown table\'s links read as their text; a handle, then the name and organisation in brackets', () => {
    check(
      `
      # Kubernetes Meetup Sendai #9

      | # | 時間 | タイトル | 登壇者 |
      |---|---|---|---|
      | - | 18:30 | 受付開始 | - |
      | 1 | 19:05 | [Kubernetes 1.29 の新機能](https://example.connpass.com/event/1/presentation/#1) | [@shun_okada](https://x.com/shun_okada)（岡田 駿 / 株式会社ハヤブサ） |
      | 2 | 19:35 | [Istio Ambient Mesh を本番投入](https://example.connpass.com/event/1/presentation/#2) | [高橋 奈々](https://github.com/nana-t)（株式会社クモノス） |
      `,
      `
      event Kubernetes Meetup Sendai #9 | - | -
      talk 6 Kubernetes 1.29 の新機能 | 岡田 駿 (株式会社ハヤブサ) | kubernetes
      talk 7 Istio Ambient Mesh を本番投入 | 高橋 奈々 (株式会社クモノス) | istio
      `,
    );
  });
});

describe('an unconference', () => {
  test('"**テーマ**: Title" over "**コンビーナー**: Name（個人参加）": a BoF\'s record, its convenor its speaker, "individual" no organisation', () => {
    check(
      `
      # CNDS2025 Day0 BoF メモ

      ## 会議室 C

      **テーマ**: Helm vs Kustomize、結局どっち？
      **コンビーナー**: 佐々木 由美（個人参加）
      **メモ**:
      - Helmfile を使ってる人が意外と多い

      **テーマ**: Prometheus の長期保存どうしてる？
      **コンビーナー**: 高橋 翔（株式会社ネコデータ）
      **メモ**:
      - Thanos 派 3、Mimir 派 2
      `,
      `
      event CNDS2025 Day0 BoF | 2025 | -
      talk 5 Helm vs Kustomize、結局どっち？ | 佐々木 由美 | helm helmfile kustomize
      talk 10 Prometheus の長期保存どうしてる？ | 高橋 翔 (株式会社ネコデータ) | grafana-mimir prometheus thanos
      `,
    );
  });
});

describe('posts rewritten as a table', () => {
  test('"| No. | 時刻 | ポスト | 反応 |": a row\'s number and its reactions are no cells of a talk; the post that names a talk is one, the posts after it its notes', () => {
    check(
      `
      # HUG Sapporo #3 参加メモ

      | No. | 時刻 | ポスト | 反応 |
      |----|------|--------|------|
      | 1 | 18:45 | 受付完了。夜景がきれい | ❤️ 8 |
      | 2 | 19:05 | 🎤「terraform test を導入してみた」森 弘樹 さん（株式会社アオバシステムズ） | ❤️ 21 |
      | 3 | 19:12 | plan ベースの assertion を書く方針。GitHub Actions で回してる | ❤️ 17 |
      | 4 | 19:30 | 🎤「Vault Secrets Operator 入門」清水 玲奈 さん（株式会社ユキノ） | ❤️ 25 |
      | 5 | 19:38 | クバネティスの Secret に同期 | ❤️ 30 |
      `,
      `
      event HUG Sapporo #3 | - | -
      talk 6 terraform test を導入してみた | 森 弘樹 (株式会社アオバシステムズ) | github-actions terraform
      talk 8 Vault Secrets Operator 入門 | 清水 玲奈 (株式会社ユキノ) | kubernetes vault vault-secrets-operator
      `,
    );
  });
});

describe('a thread of posts', () => {
  test('"**[19:05]** 3/14" over "첫 세션 🎤 「Title」" and "발표: Name 님 (Org)": a post\'s time and place in the thread head it; an emoji after the lead is no part of the title', () => {
    check(
      `
      # HUG Gwangju 2024 봄 밋업 — X 스레드 백업

      **[19:05]** 3/14
      첫 세션 🎤 「Terraform 모듈 레지스트리 구축기」
      발표: 김도현 님 (페이랩스 플랫폼팀)

      **[19:12]** 4/14
      테라폼 plan을 PR마다 Atlantis로 돌림 #Terraform

      **[19:32]** 5/14
      두 번째 🎤 "Vault로 DB 크리덴셜 동적 발급하기"
      발표: 이수진 님 (하나로핀테크 SRE)

      **[19:40]** 6/14
      볼트 dynamic secrets로 MySQL 계정 TTL 1시간
      `,
      `
      event HUG Gwangju 2024 봄 밋업 — X 스레드 백업 | 2024 | -
      talk 4 Terraform 모듈 레지스트리 구축기 | 김도현 (페이랩스) | atlantis terraform
      talk 11 Vault로 DB 크리덴셜 동적 발급하기 | 이수진 (하나로핀테크) | mysql vault
      `,
    );
  });
});

describe('a team wiki\'s markup', () => {
  test('MediaWiki\'s "{{Talk |title = … |speaker = … |org = …}}" is a record; Confluence\'s "|| Time || Session || Speaker(s) ||" heads its rows', () => {
    check(
      `
      Rocky Mountain Summit 2024

      {{Talk
      |title   = Terraform Stacks in the Real World
      |speaker = Gabriel Moreno
      |org     = Summit Ridge Analytics
      }}
      * Stacks to deploy the same components to 14 regions.
      `,
      `
      event Rocky Mountain Summit 2024 | 2024 | -
      talk 4 Terraform Stacks in the Real World | Gabriel Moreno (Summit Ridge Analytics) | terraform
      `,
      { plainText: true, name: 'test.txt' },
    );
    check(
      `
      # Platform Summit Cork 2023

      || Time || Session || Speaker(s) || Notes ||
      | 08:30 | Registration & coffee | — | queue out the door |
      | 09:15 | Running Vault at 40k Requests per Second | Marcus Lindqvist (Fjordpay) | performance replicas, integrated Raft |
      `,
      `
      event Platform Summit Cork 2023 | 2023 | -
      talk 5 Running Vault at 40k Requests per Second | Marcus Lindqvist (Fjordpay) | vault
      `,
    );
  });
});

describe('places named like tools', () => {
  test('"Envoy Coffee", "Harbor Lounge", "카페 엔보이", "AWS Backup 볼트": a café, a bar and AWS Backup\'s vault, not the tools', () => {
    check(
      `
      # KCD Daejeon 2024

      ## Istio ambient 전환기 - 김하늘 (데브온)

      - waypoint(엔보이 프록시)만 L7에
      - 점심은 근처 카페 엔보이(Envoy Coffee)에서
      - 백업은 AWS Backup 볼트에 잠금
      - 懇親会は 1F「Harbor Lounge」
      `,
      `
      event KCD Daejeon 2024 | 2024 | -
      talk 3 Istio ambient 전환기 | 김하늘 (데브온) | aws-backup envoy istio
      `,
    );
  });
});

describe('numbers markdown does not know', () => {
  test('"① 09:50 Title" with its notes indented under it as dash items: the items are its, the first names its speakers', () => {
    check(
      `
      AWS Summit Seoul 2025 메모

      ① 09:50 EKS Auto Mode로 노드 관리에서 해방되기
         - AWS SA 정민아님
         - Karpenter 기반, 노드그룹 관리 x

      ② 11:00 Terraform vs CDK, 둘 다 씁니다
         - 누리모빌리티 김하은, 박성민
         - 값은 SSM Parameter Store로 넘김
      `,
      `
      event AWS Summit Seoul 2025 | 2025 | -
      talk 3 EKS Auto Mode로 노드 관리에서 해방되기 | 정민아 (AWS) | aws aws-eks karpenter
      talk 7 Terraform vs CDK, 둘 다 씁니다 | 김하은 (누리모빌리티), 박성민 (누리모빌리티) | aws-cdk aws-systems-manager terraform
      `,
      { plainText: true, name: 'test.txt' },
    );
  });
});

describe('a spreadsheet exported as CSV', () => {
  test('a quoted memo holding line breaks before the last column: the row is read with its lines, and they are the talk\'s', () => {
    check(
      `
      KubeDay Lisbon 2024

      day,time,title,speaker,company,memo,score
      1,10:30,"Terraform at 900 workspaces, what broke",Inês Moura,Caravela Freight,"run triggers chained deep
      Atlantis for the applies",5
      1,11:15,coffee,,,,
      1,11:45,Dynamic secrets without tears,Rui Campos,Farol Pay,"vault db secrets engine",4
      `,
      `
      event KubeDay Lisbon 2024 | 2024 | -
      talk 4 Terraform at 900 workspaces, what broke | Inês Moura (Caravela Freight) | atlantis terraform
      talk 7 Dynamic secrets without tears | Rui Campos (Farol Pay) | vault
      `,
      { plainText: true, name: 'test.txt' },
    );
  });

  test('cells separated by semicolons (a comma is the decimal mark); a "```csv" block whose memos hold line breaks', () => {
    check(
      `
      SRE Utrecht meetup #12

      Speaker;Company;Talk;Start;Notes
      Sanne Visser;Dijkwerk;SLO alerts with Prometheus, explained;19:05;"error budget 0,1%
      rules generated with Sloth"
      Bram de Wit;Polderpay;Drift checks for Terraform;19:45;nightly plan in CI
      `,
      `
      event SRE Utrecht meetup #12 | - | -
      talk 4 SLO alerts with Prometheus, explained | Sanne Visser (Dijkwerk) | prometheus sloth
      talk 6 Drift checks for Terraform | Bram de Wit (Polderpay) | terraform
      `,
      { plainText: true, name: 'test.txt' },
    );
    check(
      `
      # CloudNative Kyoto #3

      \`\`\`csv
      No,タイトル,登壇者,所属,メモ
      1,ApplicationSetで100クラスタ,中村悠,鴨川クラウド,"matrix generator
      Helm と Kustomize 混在はつらい"
      2,Istio Ambient 本番投入記,小林千尋,祇園モビリティ,ztunnel のログ
      \`\`\`
      `,
      `
      event CloudNative Kyoto #3 | - | -
      talk 5 ApplicationSetで100クラスタ | 中村悠 (鴨川クラウド) | helm kustomize
      talk 7 Istio Ambient 本番投入記 | 小林千尋 (祇園モビリティ) | istio
      `,
    );
  });
});

describe('a sheet pasted with its tabs', () => {
  test('its rows in a code block are the talks; "### #2 argo (Marta)" below is the notes of row 2, by its number; "a wine bar called Le Consul" is a bar', () => {
    check(
      `
      # KubeCon EU 2024

      \`\`\`
      #\twhen\ttitle\twho\tmemo
      1\tWed 14:30\tArgo CD at 10k Applications\tMarta Wiśniewska (Bytelane)\tbest one
      2\tWed 16:30\tEnvoy Gateway in Production\tSami Okafor (Relaymesh)\tGateway API
      \`\`\`

      ## longer notes

      ### #1 argo (Marta)
      - the app controller sharded, Redis in front of it

      ### #2 envoy
      - cert-manager for the listeners
      - dinner at a tiny wine bar called Le Consul
      `,
      `
      event KubeCon EU 2024 | 2024 | -
      talk 5 Argo CD at 10k Applications | Marta Wiśniewska (Bytelane) | argo-cd redis
      talk 6 Envoy Gateway in Production | Sami Okafor (Relaymesh) | cert-manager envoy envoy-gateway gateway-api
      `,
    );
  });
});

describe('a programme changed on the day', () => {
  test('a legend\'s mark after the line ("◎", "×"), a remark on the time\'s change in brackets, "~~old title~~ → 「new title」", and the speaker\'s line that goes on the timed item\'s paragraph', () => {
    check(
      `
      関西インフラ勉強会 vol.9

      ■ 13:40 Terraformのstate分割戦略 ×
        ・資料あとで見る

      ■ 14:20 【差替】~~ポストモーテムの作り方~~ → 「Ansible AWX を捨てた話」 ○
        登壇：岡田 翔（なにわ物流）
        ・Vault の SSH シークレットエンジン

      ■ 15:10（15:00→15:10に時間変更）Datadog から Grafana への移行 ◎
        登壇：Lee Minjun さん（梅田ペイ）
        ・Loki / Tempo、全部ヘルムで
      `,
      `
      event 関西インフラ勉強会 vol.9 | - | -
      talk 3 Terraformのstate分割戦略 | - | terraform
      talk 6 Ansible AWX を捨てた話 | 岡田 翔 (なにわ物流) | ansible vault
      talk 10 Datadog から Grafana への移行 | Lee Minjun (梅田ペイ) | datadog grafana grafana-loki grafana-tempo helm
      `,
      { plainText: true, name: 'test.txt' },
    );
  });
});

describe('a checklist of the sessions', () => {
  test('"[O] 11:00 Title - Name, Org", "[X] 11:00 (같은 시간 다른 트랙) Title": the box and a remark on the slot before the title; "~~Title~~ → 취소" is no talk', () => {
    check(
      `
      AWS Summit Seoul 2024 (2일차)

      [O] 11:00 EKS 위에서 카르펜터로 비용 줄이기 - 김도현, 야놀자
          - Karpenter v1 올리면서 NodePool 분리
      [X] 11:00 (같은 시간 다른 트랙) Aurora Limitless 소개 - 이수진, 컬리
      [-] 13:00 ~~서버리스 이벤트 아키텍처~~ → 발표자 사정으로 취소
      `,
      `
      event AWS Summit Seoul 2024 | 2024 | -
      talk 3 EKS 위에서 카르펜터로 비용 줄이기 | 김도현 (야놀자) | aws-eks karpenter
      talk 5 Aurora Limitless 소개 | 이수진 (컬리) | -
      `,
      { plainText: true, name: 'test.txt' },
    );
  });
});

describe('titles the writer corrected', () => {
  test('"~~old~~ new title", a trailing "(FIXME: …)" or "(moved …, skipped it)", a leading "(not on my list)", words struck at the end, and "~~Old speaker~~ New speaker"', () => {
    check(
      `
      # HashiConf 2024 — Boston notes

      ## 1. ~~Terraform at 10,000 workspaces~~ Scaling Terraform runs with Stacks
      - deferred changes

      ## 2. ~~Consul mesh at scale~~ (CANCELLED — speaker sick)

      ## 3. Nomad for edge retail (FIXME: exact title, the app said something else)
      - Consul on every store's box

      ## (not on my list) terraform test in the real world
      - mocks for providers

      ## 4. Boundary for humans (moved to the afternoon, skipped it)

      ## 5. Golden paths on Waypoint ~~and no-code modules~~
      speaker: ~~Mina Park~~ Jun Seo (Platform)
      `,
      `
      event HashiConf 2024 | 2024 | -
      talk 3 Scaling Terraform runs with Stacks | - | terraform
      talk 8 Nomad for edge retail | - | consul nomad
      talk 11 terraform test in the real world | - | terraform
      talk 14 Boundary for humans | - | -
      talk 16 Golden paths on Waypoint | Jun Seo (Platform) | waypoint
      `,
    );
  });
});

describe('an in-house talk\'s colleagues', () => {
  test('" (a) 「Title」 — SRE 佐藤", " (b) … — 基盤 鈴木・高橋": items lettered in brackets, the speakers their team and family names', () => {
    check(
      `
      社内テックトーク 2025年1月

      第1部 基盤チームから
       (a) 「Nomad をやめて EKS に寄せた話」 — SRE 佐藤
           ・Karpenter と Helm chart
       (b) 「Terraform Cloud の料金改定」 — 基盤 鈴木・高橋
           ・OpenTofu + Atlantis 案
      `,
      `
      event 社内テックトーク 2025年1月 | 2025-01 | -
      talk 4 Nomad をやめて EKS に寄せた話 | 佐藤 | aws-eks helm karpenter nomad
      talk 6 Terraform Cloud の料金改定 | 鈴木, 高橋 | atlantis opentofu terraform terraform-cloud
      `,
      { plainText: true, name: 'test.txt' },
    );
  });
});

describe('an event\'s name first, with its year or number', () => {
  test('"kubecon + cloudnativecon eu 2025 — london, ExCeL" is the event, not a talk; "Talk 1/5 | 11:00 | Room S1" heads the title under it', () => {
    check(
      `
      kubecon + cloudnativecon eu 2025 — london, ExCeL
      day 2

      Talk 1/5 | 11:00 | Room S1
      Sharding the Argo CD application controller
        Lena Fischer + Arjun Mehta (Kestrel Mobility)
        - redis is the bottleneck before the controller is

      Talk 2/5 | 11:55 | Room N
      Prometheus remote write 2.0
        Callum Reid (Grafana Labs)
      `,
      `
      event kubecon + cloudnativecon eu 2025 | 2025 | -
      talk 5 Sharding the Argo CD application controller | Lena Fischer (Kestrel Mobility), Arjun Mehta (Kestrel Mobility) | argo-cd redis
      talk 10 Prometheus remote write 2.0 | Callum Reid (Grafana Labs) | prometheus
      `,
      { plainText: true, name: 'test.txt' },
    );
  });

  test('"# SRE Night Tokyo vol.8 — Slack スレッド バックアップ" over the talks\' headings is the event\'s title', () => {
    check(
      `
      # SRE Night Tokyo vol.8 — Slack スレッド バックアップ

      ## Prometheus の長期保存 / 佐藤 健 (メルカリ)
      Thanos と Mimir の比較。

      ## Argo CD で 300 クラスタ / 鈴木 花子 (LINEヤフー)
      ApplicationSet で全部生成。
      `,
      `
      event SRE Night Tokyo vol.8 | - | -
      talk 3 Prometheus の長期保存 | 佐藤 健 (メルカリ) | grafana-mimir prometheus thanos
      talk 6 Argo CD で 300 クラスタ | 鈴木 花子 (LINEヤフー) | argo-cd
      `,
    );
  });
});

describe('messages quoted under a talk', () => {
  test('"> 💬 @kim: Flux との違いは?": a speech balloon leads a message from the thread, no talk; its tools are the talk\'s', () => {
    check(
      `
      # Cloud Native Osaka #4

      ## Argo CD で 300 クラスタ / 鈴木 花子 (なにわペイ)
      ApplicationSet で全部生成。
      > 💬 @kim: Flux との違いは?
      `,
      `
      event Cloud Native Osaka #4 | - | -
      talk 3 Argo CD で 300 クラスタ | 鈴木 花子 (なにわペイ) | argo-cd flux
      `,
    );
  });
});

describe('a timed line that is its quoted title alone', () => {
  test('among timed lines that mostly name no one, "19:40  "Title"" is a talk; "the café downstairs is literally called Envoy" is a café', () => {
    check(
      `
      SRE Leeds meetup #12
      18:30 doors / pizza
      19:00 welcome from organisers

      19:10  "Prometheus cardinality is a people problem"
             by Prof. Adaeze Okafor, Imperial College London
        - relabel_configs to drop

      19:40  "Kafka on k8s: we tried, we cried"
             speaker: 'Goose' - Principal SRE at Kestrel Pay
        - Strimzi; rebalance storms

      20:10 break. the café downstairs is literally called Envoy

      20:35  "Blameless postmortems when the blame is obvious"
             Dr. Sam Achterberg, Head of Reliability @ Octopus Energy
      `,
      `
      event SRE Leeds meetup #12 | - | -
      talk 5 Prometheus cardinality is a people problem | Adaeze Okafor (Imperial College London) | prometheus
      talk 9 Kafka on k8s: we tried, we cried | - | kafka kubernetes strimzi
      talk 15 Blameless postmortems when the blame is obvious | Sam Achterberg (Octopus Energy) | -
      `,
      { plainText: true, name: 'test.txt' },
    );
  });
});

describe('a slot\'s heading over its title\'s lines', () => {
  test('"### Track A 11:00" then the title over two lines (a Japanese line\'s end breaks no word) then "登壇：Name（Org）"; "### 11:50" then "Title" and "Name — Org"', () => {
    check(
      `
      # CloudNative Days Kyoto 2023

      ### Track A 11:00
      Kubernetes クラスタ
      アップグレードを止めないための Cluster API
      登壇：山田 健一（鴨川ソフト）
      - MachineHealthCheck で自動入れ替え

      ### 11:50
      Scaling Terraform Work-
      flows Across 400 Teams
      Priya Raman — Plaid
      - private module registry
      `,
      `
      event CloudNative Days Kyoto 2023 | 2023 | -
      talk 4 Kubernetes クラスタアップグレードを止めないための Cluster API | 山田 健一 (鴨川ソフト) | cluster-api kubernetes
      talk 10 Scaling Terraform Workflows Across 400 Teams | Priya Raman (Plaid) | terraform
      `,
    );
  });
});

describe('a mail\'s HTML source pasted', () => {
  test('"Fwd: Recap — Name" is the event\'s name after the mail\'s mark and the writing\'s kind; "<li><strong>Title</strong> &ndash; Name (Org)<br>" lines are the list\'s items, entities read; "<li class="session">10:40&nbsp;|&nbsp;<b>Title</b><br>Name (Org)</li>": the line break a dash', () => {
    check(
      `
      Fwd: Recap — Berlin SRE Meetup #41

      <html><body>
      <ol>
      <li><strong>Prometheus Remote Write at 10M Series</strong> &ndash; Lena Hoffmann (Kiwi Logistics)<br>
      slides: <a href="https://example.com/s">speakerdeck</a></li>
      ** they moved to Grafana Mimir
      <li><strong>Kafka Lag Alerts That Don&#8217;t Wake You Up</strong> &ndash; Marek Nowak (Feldpost)<br>
      ** kafka-lag-exporter into prometheus
      <li class="session">20:40&nbsp;|&nbsp;<b>Leaving Istio for Cilium</b><br>Sofia Brandt (Lumen Health)</li>
      </ol>
      `,
      `
      event Berlin SRE Meetup #41 | - | -
      talk 5 Prometheus Remote Write at 10M Series | Lena Hoffmann (Kiwi Logistics) | grafana grafana-mimir prometheus
      talk 8 Kafka Lag Alerts That Don’t Wake You Up | Marek Nowak (Feldpost) | kafka kafka-lag-exporter prometheus
      talk 10 Leaving Istio for Cilium | Sofia Brandt (Lumen Health) | cilium istio
      `,
    );
  });
});

describe('a sponsor\'s name before its talk', () => {
  test('"11:00  Orange presents: Title" is the title; "=== Wed 20.03 ===" is a day, no talk; "Name 2024 -- Paris": two hyphens typed for the dash after the event\'s name', () => {
    check(
      `
      KubeCon Europe 2024 -- Paris

      === Wed 20.03 ===

      11:00  Orange presents: Running a 5G core on Kubernetes
        - Cilium as CNI

      11:45  Free presents: Argo CD at ISP scale
             speaker: Thomas Rey -- Free
        - ApplicationSets
      `,
      `
      event KubeCon Europe 2024 | 2024 | -
      talk 5 Running a 5G core on Kubernetes | - | cilium kubernetes
      talk 8 Argo CD at ISP scale | Thomas Rey (Free) | argo-cd
      `,
      { plainText: true, name: 'test.txt' },
    );
  });
});

describe('a person\'s other names in brackets', () => {
  test('"ryan.k (김영호) / Team", "헤일리(hailey.o, 오혜린) / Org", "WATANABE Ichiro（渡邉 一郎）さん / フリーランス（…）", "Daniel K. (@dkrause) / Org": the name they go by; "山口 優子 (はてな)" is a name and its organisation', () => {
    check(
      `
      # 사내 인프라 테크데이

      ## Argo CD로 갈아탄 이야기
      발표: ryan.k (김영호) / 플랫폼엔지니어링팀 (Platform Engineering, PE)

      ## 프로메테우스, 이제 한계인가?
      발표: 헤일리(hailey.o, 오혜린) / SRE실 Observability셀

      ## テラフォームで k8s を管理するのをやめた
      登壇: WATANABE Ichiro（渡邉 一郎）さん / フリーランス（元・大手EC）

      ## Argo CD at 3,000 Applications
      Speaker: Daniel K. (@dkrause) / Quellwerk GmbH

      ## Multi-Region Argo CD with Terraform - 山口 優子 (はてな)
      `,
      `
      event 사내 인프라 테크데이 | - | -
      talk 3 Argo CD로 갈아탄 이야기 | ryan.k (플랫폼엔지니어링팀) | argo-cd
      talk 6 프로메테우스, 이제 한계인가? | 헤일리 (SRE실 Observability셀) | prometheus
      talk 9 テラフォームで k8s を管理するのをやめた | WATANABE Ichiro | kubernetes terraform
      talk 12 Argo CD at 3,000 Applications | Daniel K. (Quellwerk GmbH) | argo-cd
      talk 15 Multi-Region Argo CD with Terraform | 山口 優子 (はてな) | argo-cd terraform
      `,
    );
  });

  test('"やまだ たろう（山田 太郎）": the name in kanji after its reading; "ぽんず（@ponzu_sre）さん": a nickname and its handle; "田中 太郎（たなか たろう）さん / X: @… / Org": the account is none of the organisation', () => {
    check(
      `
      # Kubernetes Meetup Tokyo #66

      ## Cilium の話
      登壇: 田中 太郎（たなか たろう）さん / X: @tanaka_taro / 株式会社ほしぞらテック

      ## Grafana Alloy に乗り換えた
      登壇: ぽんず（@ponzu_sre）さん ※本名・所属は非公開

      ## Terraform モジュールの育て方
      登壇: やまだ たろう（山田 太郎）
      `,
      `
      event Kubernetes Meetup Tokyo #66 | - | -
      talk 3 Cilium の話 | 田中 太郎 (株式会社ほしぞらテック) | cilium
      talk 6 Grafana Alloy に乗り換えた | ぽんず | grafana grafana-alloy
      talk 9 Terraform モジュールの育て方 | 山田 太郎 | terraform
      `,
    );
  });
});

describe('markdown\'s containers and emoji\'s short names', () => {
  test('":::note" … ":::" (Qiita) around the speaker\'s line, ":::tip[Title]" (Docusaurus) a title; ":::note warn" no title', () => {
    check(
      `
      # CNDT2023 参加メモ

      ### Argo CD + Kustomizeで300マイクロサービスを捌く
      :::note
      登壇: 佐々木 健太さん(株式会社ミライペイ)
      :::
      - Kustomize overlay

      :::note warn
      k8s のバージョンアップは年2回
      :::

      :::tip[Amazon EKS에서 Karpenter로 비용 줄이기]
      발표: 김도현 (당근)
      - 카펜터 도입
      :::
      `,
      `
      event CNDT2023 | 2023 | -
      talk 3 Argo CD + Kustomizeで300マイクロサービスを捌く | 佐々木 健太 (株式会社ミライペイ) | argo-cd kubernetes kustomize
      talk 13 Amazon EKS에서 Karpenter로 비용 줄이기 | 김도현 (당근) | aws-eks karpenter
      `,
    );
  });

  test('":microphone: Title", ":bust_in_silhouette: Name", ":office: Org" (a chat\'s emoji typed by name) are a talk\'s lines; ":speaker:" stays a field\'s name; "☕ 15:10 커피 + 부스 투어 (…)" is a break', () => {
    check(
      `
      kubecon eu 2024 paris - notes from my slack thread

      :alarm_clock: 11:00
      :microphone: Sidecar-less Istio: Ambient Mesh in production
      :bust_in_silhouette: Lin Sun, Christian Posta
      :office: Solo.io
        :small_blue_diamond: ztunnel per node

      ☕ 15:10 커피 + 부스 투어 (Datadog 부스에서 양말 받음)
      `,
      `
      event kubecon eu 2024 paris | 2024 | -
      talk 4 Sidecar-less Istio: Ambient Mesh in production | Lin Sun (Solo.io), Christian Posta (Solo.io) | istio
      `,
      { plainText: true, name: 'test.txt' },
    );
  });
});

describe('a study group\'s chapters and a table\'s bold titles', () => {
  test('"## 第5章 …" then "担当: Name", "## 第6章" alone over its presenter: a chapter someone presented is a talk (a reading circle, 輪読会, is the event); "## 7장. 모듈 설계" with no one is the writer\'s reading', () => {
    check(
      `
      # 『入門 監視』輪読会 第3回 メモ

      ## 第5章 ビジネスを監視する
      担当: 佐々木 美咲さん
      - KPI と Grafana

      ## 第6章
      担当: 小林 健さん
      - Datadog RUM

      ## 7장. 모듈 설계
      - Terraform 모듈 버전 고정.
      `,
      `
      event 『入門 監視』輪読会 第3回 | - | -
      talk 3 第5章 ビジネスを監視する | 佐々木 美咲 | grafana
      talk 7 第6章 | 小林 健 | datadog
      `,
    );
  });

  test('"| **① Title** | 登壇: Name さん（Org） |": a slide\'s text beside the writer\'s notes, the title in bold, its speaker labelled in the other cell', () => {
    check(
      `
      # HashiCorp User Group Osaka #6

      | スライド | メモ |
      |---|---|
      | **① テラフォームのstate、分けすぎ問題** | 登壇: 藤原 大輝 さん（なにわシステムズ） |
      | terraform_remote_state は禁止 | SSM Parameter Store で受け渡し |
      | **② Vault PKIで社内証明書を全部自動化** | 登壇: 小林 由衣 さん（関西ネットバンク） |
      | TTL 72h | cert-manager 経由 |
      `,
      `
      event HashiCorp User Group Osaka #6 | - | -
      talk 5 テラフォームのstate、分けすぎ問題 | 藤原 大輝 (なにわシステムズ) | aws-systems-manager terraform
      talk 7 Vault PKIで社内証明書を全部自動化 | 小林 由衣 (関西ネットバンク) | cert-manager vault
      `,
    );
  });
});

describe('colleagues by the names they call each other, and a programme copied from an app', () => {
  test('"presenter: Marcus (payments infra)", "presented by Yuna K.", "- 발표: 상우 선임", "- 발표: 준영 님", "- 발표: 동현 (신입, 첫 발표!! 잘함)": a given name after a speakers\' label; "- 발표: 운영진 (이름 못 적음)" names no one', () => {
    check(
      `
      # SRE book club — session 4

      ## Ch. 10 — Practical Alerting
      presenter: Marcus (payments infra)
      - Borgmon and Prometheus

      ## Ch. 11 Being On-Call
      presented by Yuna K.
      - PagerDuty stats

      ## 5장 테라폼의 팁과 요령
      - 발표: 상우 선임
      - count vs for_each

      ## 7장 여러 공급자로 작업하기
      - 발표: 동현 (신입, 첫 발표!! 잘함)
      - Docker provider

      ## 자유주제: Cilium으로 kube-proxy 없이
      - 발표: 준영 님

      ## 라이트닝 토크 — HCP Terraform 무료 티어
      - 발표: 운영진 (이름 못 적음)
      `,
      `
      event SRE book club — session 4 | - | -
      talk 3 Ch. 10 — Practical Alerting | Marcus | prometheus
      talk 7 Ch. 11 Being On-Call | Yuna K. | pagerduty
      talk 11 5장 테라폼의 팁과 요령 | 상우 | terraform
      talk 15 7장 여러 공급자로 작업하기 | 동현 | docker
      talk 19 자유주제: Cilium으로 kube-proxy 없이 | 준영 | cilium kube-proxy
      talk 22 HCP Terraform 무료 티어 | - | terraform terraform-cloud
      `,
    );
  });

  test('an app\'s programme (time, title, "Name, Org" lines, level and track) then "[Label]" notes: each label names its talk by a tool or words of its title; "Title?" over "Name, Org" is a talk; "- Name (Org): 테라폼 파. A, B, C" is a point, no talk', () => {
    check(
      `
      AWS Summit Seoul 2024 - Day 2

      11:40 - 12:10
      Amazon EKS와 Karpenter로 컴퓨팅 비용 절감하기
      정해진, 무신사
      고객 사례 | 레벨 300 | 트랙 3

      13:10 - 13:40
      ECS에서 EKS로: 300개 서비스 마이그레이션 여정
      윤지호, AWS 솔루션즈 아키텍트
      한승우, 컬리
      레벨 300 | 트랙 3

      15:40 - 16:10
      Terraform과 AWS CDK, 언제 무엇을 써야 할까?
      오태양, 여기어때
      배준서, AWS

      ----------------------------------

      [트랙3 1번 - 카펜터]
      - consolidation 켜고 빈 노드 정리

      [ECS→EKS 세션, 2번째]
      - 서비스별로 Helm 차트 통일

      [테라폼 vs CDK]
      - 오태양님 (여기어때): 테라폼 파. 멀티 클라우드, 모듈 생태계, 상태 파일
      - OpenTofu 질문
      `,
      `
      event AWS Summit Seoul 2024 | 2024 | -
      talk 4 Amazon EKS와 Karpenter로 컴퓨팅 비용 절감하기 | 정해진 (무신사) | aws-eks karpenter
      talk 9 ECS에서 EKS로: 300개 서비스 마이그레이션 여정 | 윤지호, 한승우 (컬리) | aws-ecs aws-eks helm
      talk 15 Terraform과 AWS CDK, 언제 무엇을 써야 할까? | 오태양 (여기어때), 배준서 (AWS) | aws aws-cdk opentofu terraform
      `,
      { plainText: true, name: 'test.txt' },
    );
  });
});

describe('colleagues by their given names alone', () => {
  test('"**1. Title** — Raj (payments)": a known given name after the dash is the speaker, the team in brackets none of his organisation; "| 2 | Title | Aiko |" under "| # | topic | who |": a row\'s speaker', () => {
    check(
      `
      # Infra Guild — Tech Talk Friday

      **1. Moving the monorepo CI off Jenkins** — Raj (payments)
      - 400 Jenkins jobs to GitHub Actions

      **2. Helm chart hygiene** — Ahmed
      - chart-testing in CI

      ## Study hour

      | # | topic | who |
      |---|-------|-----|
      | 1 | Golden AMIs with Packer + Ansible | Rahul |
      | 2 | Testing Helm charts | Aiko |
      `,
      `
      event Infra Guild — Tech Talk Friday | - | -
      talk 3 Moving the monorepo CI off Jenkins | Raj | github-actions jenkins
      talk 6 Helm chart hygiene | Ahmed | chart-testing helm
      talk 13 Golden AMIs with Packer + Ansible | Rahul | ansible aws-ami packer
      talk 14 Testing Helm charts | Aiko | helm
      `,
    );
  });
});

describe('speakers the writer does not name', () => {
  test('"> 발표: 토스 분 (이름 비공개)", "> 당근 SRE 분 + 보안팀 분": no one named, the heading is the talk; "> K.H.님 (스타트업, …)": initials with an honorific; "> 이준호님 (라인플러스) — remark" is the heading\'s speaker line, no talk', () => {
    check(
      `
      # KCD Seoul 2024 후기

      ## 1. 토스는 왜 멀티클러스터를 버렸나
      > 발표: 토스 분 (이름 비공개, 인프라팀이라고만 함)

      - Argo CD ApplicationSet

      ## 2. 테라폼으로 EKS 찍어내기, 그리고 후회
      > 이준호님 (라인플러스) — 오늘 유일하게 풀네임 공개한 발표자인듯

      - Crossplane 얘기도

      ## 3. Vault를 쿠버네티스 시크릿 대신?
      > 당근 SRE 분 + 보안팀 분 (두 분이서, 이름은 안 밝힘)

      ## 4. (LT) Prometheus 카디널리티 줄이기
      > K.H.님 (스타트업, 회사명 비공개)
      - 라벨 드랍, recording rule
      `,
      `
      event KCD Seoul 2024 | 2024 | -
      talk 3 토스는 왜 멀티클러스터를 버렸나 | - | argo-cd
      talk 8 테라폼으로 EKS 찍어내기, 그리고 후회 | 이준호 (라인플러스) | aws-eks crossplane terraform
      talk 13 Vault를 쿠버네티스 시크릿 대신? | - | kubernetes vault
      talk 16 Prometheus 카디널리티 줄이기 | K.H. | prometheus
      `,
    );
  });
});

describe('organisations the writer does not give', () => {
  test('"김나래 님 (스타트업, 회사명 비공개 요청)", "小林 大輔さん（某大手SIer）", "@kuma_tofu さん（名前・所属は非公開、アイコンがクマ）": a vague or withheld organisation is none, and the remarks after it are none either', () => {
    check(
      `
      # 부산 클라우드네이티브 밋업 7

      ## 쿠버네티스 없이 살아남기 — Nomad 도입기
      발표: 김나래 님 (스타트업, 회사명 비공개 요청)

      ## Istio Ambient Mesh を本番で使ってみた
      登壇: 小林 大輔さん（某大手SIer）

      ## Terraform Cloud やめて OpenTofu にするか検討した結果
      登壇: @kuma_tofu さん（名前・所属は非公開、アイコンがクマ）
      `,
      `
      event 부산 클라우드네이티브 밋업 7 | - | -
      talk 3 쿠버네티스 없이 살아남기 — Nomad 도입기 | 김나래 | kubernetes nomad
      talk 6 Istio Ambient Mesh を本番で使ってみた | 小林 大輔 | istio
      talk 9 Terraform Cloud やめて OpenTofu にするか検討した結果 | kuma_tofu | opentofu terraform terraform-cloud
      `,
    );
  });
});

describe('a programme\'s slots with quoted titles', () => {
  test('"[11:00] T2-1  "Title"" lines, three or more: the session\'s code is no part of the title, each slot a talk even when the line under it names no one ("쿠팡 SRE 분 (성함 못 들음)")', () => {
    check(
      `
      AWS Summit Seoul 2024 — Day 1

      [11:00] T2-1  "EKS 비용 40% 줄인 이야기"
      쿠팡 SRE 분 (성함 못 들음)
      - 카펜터(Karpenter)로 노드 통합

      [11:40] T3-2 "생성형 AI 워크로드를 위한 데이터 플랫폼"
      - 발표: 김민수 (AWS)
      - Bedrock

      [13:30] T1-4  "금융권 멀티어카운트 거버넌스"
      - K사 분 (슬라이드에 이름이 마스킹돼있었음)
      - AWS Control Tower
      `,
      `
      event AWS Summit Seoul 2024 | 2024 | -
      talk 3 EKS 비용 40% 줄인 이야기 | - | aws-eks karpenter
      talk 7 생성형 AI 워크로드를 위한 데이터 플랫폼 | 김민수 (AWS) | aws aws-bedrock
      talk 11 금융권 멀티어카운트 거버넌스 | - | aws-control-tower
      `,
      { plainText: true, name: 'test.txt' },
    );
  });
});

describe('tools of a Kafka cluster\'s operators', () => {
  test('"Cruise Control" and "Burrow" beside Kafka are tools, "cruise control" of a car is not; "helm-unittest", "kafka-lag-exporter"', () => {
    check(
      `
      # Kafka Meetup Tokyo

      ## Strimzi を1年使ってみて - 山田 翔太 (サイバーエージェント)
      - Kafka クラスタ 5 つ。Cruise Control で rebalance
      - consumer lag は Burrow と kafka-lag-exporter の両方

      ## Helm chart のテスト - 小林 真由美 (ZOZO)
      - helm-unittest のスナップショット
      - 帰りは車で。cruise control 便利
      `,
      `
      event Kafka Meetup Tokyo | - | -
      talk 3 Strimzi を1年使ってみて | 山田 翔太 (サイバーエージェント) | burrow cruise-control kafka kafka-lag-exporter strimzi
      talk 7 Helm chart のテスト | 小林 真由美 (ZOZO) | helm helm-unittest
      `,
    );
  });
});

describe('a journaling app\'s export', () => {
  test('Day One\'s escaped marks ("\\- item", "\\(Org\\)"): the items are notes of the talk above them, not talks', () => {
    check(
      String.raw`
      # JAWS\-UG大阪 合同勉強会

      2024年2月17日 土曜日 13:42 JST
      📍 日本、大阪府大阪市北区梅田3丁目

      ## ECS on Fargate から EKS へ、そして ECS へ戻った話
      藤田 翔 さん \(なにわデータ株式会社\)
      \- 2021年に「これからは k8s」で EKS 移行
      \- Helm チャート40個 → タスク定義に

      ## CDK vs Terraform 社内戦争の結末
      高橋 玲奈 さん \(淀屋橋ソリューションズ\)
      \- アプリチームは CDK \(TypeScript\)、インフラチームは Terraform で2年戦争
      `,
      `
      event JAWS-UG大阪 合同勉強会 | 2024-02-17 | 日本、大阪府大阪市北区梅田3丁目
      talk 6 ECS on Fargate から EKS へ、そして ECS へ戻った話 | 藤田 翔 (なにわデータ株式会社) | aws-ecs aws-eks aws-fargate helm kubernetes
      talk 11 CDK vs Terraform 社内戦争の結末 | 高橋 玲奈 (淀屋橋ソリューションズ) | aws-cdk terraform typescript
      `,
    );
  });
});

describe('a table drawn with box-drawing characters', () => {
  test('a fenced block of "┌──┬──┐" and "│ [세션1] Title │ 우리 팀에 가져온다면? │" rows is the writer\'s text: each table a talk, its title and speaker the rows\' longest cells, its tools mentioned', () => {
    check(
      `
      # KKG 2024 여름 밋업 메모

      \`\`\`
      ┌──────────────────────────────────────────────┬──────────────────────────┐
      │ [세션1] Istio Ambient Mesh 프로덕션 적용기   │ 우리 팀에 가져온다면?    │
      │ 윤재원 / 토스트뱅크                          │                          │
      ├──────────────────────────────────────────────┼──────────────────────────┤
      │ 사이드카 → ztunnel (노드당 DaemonSet)        │ 사이드카가 80MB씩 먹는 중│
      │ 커스텀 envoy 필터 전부 다시 짬               │ Lua 필터 2개 있음        │
      └──────────────────────────────────────────────┴──────────────────────────┘
      \`\`\`

      \`\`\`
      ┌──────────────────────────────────────────────┬──────────────────────────┐
      │ [세션2] Helm 말고 Kustomize로 간 이유        │ 우리 팀에 가져온다면?    │
      │ 임소희 / 개인 발표                           │                          │
      ├──────────────────────────────────────────────┼──────────────────────────┤
      │ 헬름 차트 템플릿 지옥 탈출                   │ 우리도 values 300줄      │
      └──────────────────────────────────────────────┴──────────────────────────┘
      \`\`\`
      `,
      `
      event KKG 2024 여름 밋업 | 2024 | -
      talk 5 Istio Ambient Mesh 프로덕션 적용기 | 윤재원 (토스트뱅크) | envoy istio lua
      talk 15 Helm 말고 Kustomize로 간 이유 | 임소희 | helm kustomize
      `,
    );
  });
});

describe('two columns lined up with spaces', () => {
  test('"Title                  Name (Org), their role" over the slide\'s text and the writer\'s notes beside it: the gap between the columns reads as a dash when the right column names people', () => {
    check(
      `
      Platform Engineering Meetup Berlin #17  --  13.06.2024

      == talk 1 ==
      Golden Paths, Not Golden Cages                  Jonas Becker (Ostwind), their platform lead
      * Software Templates -> repo + CI + infra       scaffolder opens a PR against infra-live repo
      * Terraform modules versioned in git            cheaper than a registry

      == talk 2 ==
      Envoy Rate Limiting in Anger                    Maria Schulz (Ostwind)
      * global rate limit service + Redis             we do this per pod, oops
      `,
      `
      event Platform Engineering Meetup Berlin #17 | 2024-06-13 | -
      talk 4 Golden Paths, Not Golden Cages | Jonas Becker (Ostwind) | git terraform
      talk 9 Envoy Rate Limiting in Anger | Maria Schulz (Ostwind) | envoy redis
      `,
      { plainText: true, name: 'test.txt' },
    );
  });
});

describe('a study group\'s members by their given names', () => {
  test('"▶ 보라님 — Title", "▶ 준호님 — Title": a given name with 님 is a person (not "팀장님")', () => {
    check(
      `
      ## AWS SA Pro 스터디 6회차

      ▶ 현우님 — 도메인 1: 조직 복잡성을 위한 솔루션 설계
        - Organizations, SCP, Control Tower 랜딩존

      ▶ 보라님 — Transit Gateway vs VPC Peering vs PrivateLink
        - 피어링은 transitive 안 됨

      ▶ 준호님 — KMS 키 정책 & 크로스 계정 암호화
        - 키 정책 + IAM 정책
      `,
      `
      event AWS SA Pro 스터디 6회차 | - | -
      talk 3 도메인 1: 조직 복잡성을 위한 솔루션 설계 | 현우 | aws-control-tower aws-organizations
      talk 6 Transit Gateway vs VPC Peering vs PrivateLink | 보라 | aws-privatelink aws-transit-gateway aws-vpc
      talk 9 KMS 키 정책 & 크로스 계정 암호화 | 준호 | aws-iam aws-kms
      `,
    );
  });
});

describe('a remark after the title', () => {
  test('"▶ 현우님 — Title (요약)": a remark on the notes in brackets is neither the organisation nor the title', () => {
    check(
      `
      ## AWS SA Pro 스터디 7회차

      ▶ 현우님 — 도메인 2: 신규 솔루션 설계 (요약)
        - AWS Organizations 랜딩존

      ▶ 보라님 — Transit Gateway 설계 패턴 (당근)
        - 피어링은 transitive 안 됨
      `,
      `
      event AWS SA Pro 스터디 7회차 | - | -
      talk 3 도메인 2: 신규 솔루션 설계 | 현우 | aws-organizations
      talk 6 Transit Gateway 설계 패턴 | 보라 (당근) | aws-transit-gateway
      `,
    );
  });
});

describe('a tree drawn with box-drawing characters', () => {
  test('"├── Title — Name (Org)" under the root, "│   ├── note" under each: branches are items as deep as their columns', () => {
    check(
      `
      DevOps Night Hamburg #12
      │  Tue 2024-04-16, Hafen office
      │
      ├── 18:30 doors / pizza
      │
      ├── Kafka topics as contracts — Lena Vogt (Otto)
      │   ├── schema registry in CI
      │   └── Q: compaction? → yes
      │
      ├── Envoy at the edge — Timo Brandt (Hapag)
      │   ├── envoyproxy/ratelimit + Redis
      │   │   └── local limits first
      │   └── p99 +0.4ms
      │
      └── drinks afterwards
      `,
      `
      event DevOps Night Hamburg #12 | 2024-04-16 | Hafen office
      talk 6 Kafka topics as contracts | Lena Vogt (Otto) | kafka
      talk 10 Envoy at the edge | Timo Brandt (Hapag) | envoy redis
      `,
      { plainText: true, name: 'test.txt' },
    );
  });

  test('a tree in a fenced block ("┣━ ① Title", "┃    ┣━ Name さん(Org)") is the writer\'s text', () => {
    check(
      `
      # HUG Nagoya メモ

      \`\`\`
      HashiCorp User Group Nagoya #3
      ┃  2024/08/22(木) 19:00-
      ┃
      ┣━ ① Terraform のモジュール分割、失敗談
      ┃    ┣━ 佐藤 健太 さん(トヨクラ)
      ┃    ┗━ テラフォームの state は分ける
      ┃
      ┣━ ② Vault の動的シークレット入門
      ┃    ┣━ 田中 美咲 さん / ナゴヤデータ
      ┃    ┗━ Vault Agent で注入
      ┃
      ┗━ 懇親会
      \`\`\`
      `,
      `
      event HUG Nagoya | 2024-08-22 | -
      talk 7 Terraform のモジュール分割、失敗談 | 佐藤 健太 (トヨクラ) | terraform
      talk 11 Vault の動的シークレット入門 | 田中 美咲 (ナゴヤデータ) | vault vault-agent
      `,
    );
  });

  test('"⇒ Title / Name(Org)" with "　→ note" under it, indented with a full-width space', () => {
    check(
      `
      Cloud Native Kansai #07 (2024/12/14 土, 大阪)

      ⇒ Istio から Cilium へ移行した話 / 中村 大輔(なにわネット)
      　→ サイドカーの CPU が 2 割
      ⇒ Argo Rollouts でカナリア自動化 / 小林(ウメダ)
      　→ Prometheus のエラー率で自動ロールバック
      `,
      `
      event Cloud Native Kansai #07 | 2024-12-14 | 大阪
      talk 3 Istio から Cilium へ移行した話 | 中村 大輔 (なにわネット) | cilium istio
      talk 5 Argo Rollouts でカナリア自動化 | 小林 (ウメダ) | argo-rollouts prometheus
      `,
      { plainText: true, name: 'test.txt' },
    );
  });
});

describe('a mind map\'s outline of bullets', () => {
  test('"- Title" over "  - 김민수 / 당근": a company that reads as a name is the organisation; "- 기본 정보" is no talk', () => {
    check(
      `
      # 쿠버네티스 코리아 7월 밋업

      - 기본 정보
        - 2024.07.18 (목) 19:00~
      - Karpenter로 노드 비용 줄인 이야기
        - 김민수 / 당근
        - 스팟 비율 70%
      - Helm 차트 정리기
        - 박지영 (토스)
        - 사내 헬름 차트 300개
      `,
      `
      event 쿠버네티스 코리아 7월 밋업 | 2024-07-18 | -
      talk 5 Karpenter로 노드 비용 줄인 이야기 | 김민수 (당근) | karpenter
      talk 8 Helm 차트 정리기 | 박지영 (토스) | helm
      `,
    );
  });
});

describe('a time with its track in brackets', () => {
  test('"[11:00 / 트랙2] Title", "[14:00 | Room B] Title": the track is no part of the title', () => {
    check(
      `
      AWS Summit Seoul 2024 메모

      - [11:00 / 트랙2] Amazon EKS 멀티 어카운트 관리하기
        - 정하늘 (우아한형제들)
        - 테라폼 state는 계정별 S3
      - [13:30 / 트랙4] Aurora PostgreSQL 마이그레이션 도전기
        - 한승우 · 쿠팡
        - AWS DMS로 CDC
      `,
      `
      event AWS Summit Seoul 2024 | 2024 | -
      talk 3 Amazon EKS 멀티 어카운트 관리하기 | 정하늘 (우아한형제들) | aws-eks aws-s3 terraform
      talk 6 Aurora PostgreSQL 마이그레이션 도전기 | 한승우 (쿠팡) | aws-aurora aws-dms postgresql
      `,
      { plainText: true, name: 'test.txt' },
    );
  });
});

describe('a record whose speakers\' field names no one', () => {
  test('"제목: Title" over "연사: 당근 CTO님 (이름 안 밝힘)": the record is a talk, with no speaker', () => {
    check(
      `
      AWS Summit Seoul 2024

      트랙 D-3 (13:30)
      제목: 당근은 어떻게 Vault를 쓰나요
      연사: 당근 CTO님 (이름 안 밝히고 시작함)
        - Vault를 k8s auth로 붙임

      트랙 D-4 (14:10)
      제목: 테라폼 모듈 버저닝
      연사: 박서연 님 (우아한형제들)
        - 테라폼 state는 계정별
      `,
      `
      event AWS Summit Seoul 2024 | 2024 | -
      talk 4 당근은 어떻게 Vault를 쓰나요 | - | kubernetes vault
      talk 9 테라폼 모듈 버저닝 | 박서연 (우아한형제들) | terraform
      `,
      { plainText: true, name: 'test.txt' },
    );
  });
});

describe('talks kept in a task tracker', () => {
  test('Linear issues: "세션: "Title" — Name (Org)" inside each issue\'s paragraph is the talk, not the issue\'s title', () => {
    check(
      `
      AWS Summit Seoul 2024 — Linear에서 복붙

      INF-409  EKS 업그레이드 자동화 PoC
        Status: Todo · Priority: High · Assignee: 박지훈
        세션: "EKS 클러스터 업그레이드, 이제는 무중단으로" — 최영민 (그린마켓)
        - Karpenter 노드 교체로 감

      INF-411  이벤트 파이프라인 이관 검토
        Status: Todo · Priority: Medium · Assignee: 문경호
        세션: "MSK Serverless로 Kafka 운영 부담 덜기" — 장수빈 (머니브릿지)
        - 파티션 수 제한 주의
      `,
      `
      event AWS Summit Seoul 2024 | 2024 | -
      talk 5 EKS 클러스터 업그레이드, 이제는 무중단으로 | 최영민 (그린마켓) | aws-eks karpenter
      talk 10 MSK Serverless로 Kafka 운영 부담 덜기 | 장수빈 (머니브릿지) | aws-msk kafka
      `,
      { plainText: true, name: 'test.txt' },
    );
  });

  test('Backlog tickets: "登壇:「Title」" or "LT「Title」" then "Name さん（Org）" under "- 詳細:" are the talks; "- コメント:" ends no page', () => {
    check(
      `
      # HUG Fukuoka #4 フォローアップ課題

      ## INFRA-231 【HUG】オープニング
      - 種別: その他 / 担当者: 未設定
      - 詳細: 会場の紹介

      ## INFRA-232 【HUG】テラフォームの state 分割方針を見直す
      - 種別: タスク / 担当者: 佐藤 健太
      - 詳細:
        登壇:「Terraform の state を 180 個に割った話」
        中村 亮さん（株式会社ミライロジ）
        - moved ブロックで移行
      - コメント:
        - 佐藤 健太（7/2）: うちも plan 12分

      ## INFRA-233 【HUG】懇親会
      - 詳細: ピザ

      ## INFRA-235 【HUG】Boundary で踏み台廃止（LT）
      - 種別: タスク / 担当者: 山田 翔
      - 詳細:
        LT「踏み台サーバをやめて Boundary にした 3 ヶ月」
        渡辺 まどか さん（ハカタ電算）
        - ssh 踏み台 → Boundary
      `,
      `
      event HUG Fukuoka #4 フォローアップ課題 | - | -
      talk 10 Terraform の state を 180 個に割った話 | 中村 亮 (株式会社ミライロジ) | terraform
      talk 22 踏み台サーバをやめて Boundary にした 3 ヶ月 | 渡辺 まどか (ハカタ電算) | boundary
      `,
    );
  });

  test('Trello cards: "Members: @dtorres" beside "Labels:" and "Due:" names no speaker; the description\'s first line does', () => {
    check(
      `
      # Trello → markdown: HashiConf Boston

      ### 🃏 Vault Secrets Operator in prod — what broke
      - Labels: \`vault\` \`security\`
      - Members: @dtorres
      - Due: 2024-10-30
      - Description:
        Tomás Ortega (Lumen Mutual, a credit union)
        - dynamic DB creds, lease renewals hammered Vault
      - Comments
        - **@kwame** · Oct 16: same as ours

      ### 🃏 Nomad at the edge: 2,000 grocery stores
      - Labels: \`nomad\`
      - Members: @dtorres, @minji.park
      - Due: —
      - Description:
        Ben Achebe & Laura Kim — Corner Grocer Co.
        - one tiny Nomad client per store
      `,
      `
      event HashiConf Boston | - | -
      talk 3 Vault Secrets Operator in prod — what broke | Tomás Ortega (Lumen Mutual) | vault vault-secrets-operator
      talk 13 Nomad at the edge: 2,000 grocery stores | Ben Achebe (Corner Grocer Co.), Laura Kim (Corner Grocer Co.) | nomad
      `,
    );
  });
});

describe('a schedule item with a few words after it', () => {
  test('"■ 16:30 懇親会　たこ焼き🐙": a schedule item and a few words of what it was is no talk', () => {
    check(
      `
      JAWS-UG 神戸 メモ

      ■ 13:15 ECSとFargateで作る初めてのコンテナ基盤
       - ECS＝AWSのコンテナ実行サービス

      ■ 14:00 AWS CDKとTerraform、両方使ってみた
       - state管理

      ■ 16:30 懇親会　たこ焼き🐙
      `,
      `
      event JAWS-UG 神戸 | - | -
      talk 3 ECSとFargateで作る初めてのコンテナ基盤 | - | aws-ecs aws-fargate
      talk 6 AWS CDKとTerraform、両方使ってみた | - | aws-cdk terraform
      `,
      { plainText: true, name: 'test.txt' },
    );
  });
});

describe('talks kept as calendar entries', () => {
  test('a TimeTree entry: "[서밋] Title" over its day and hours, "📍 place", then "메모:" naming the speaker first; "[서밋] 점심" is no talk', () => {
    check(
      `
      AWS 서밋 서울 2024 - 팀 TimeTree 캘린더

      ━━━━━━━━━━━━━━━━━━━━
      [서밋] Amazon EKS 기반 멀티 테넌트 플랫폼 구축기
      5월 16일(목) 11:30 - 12:10
      📍 코엑스 3층 301호
      메모:
      정하늘 (AWS) / 트랙 "컨테이너"
      - Karpenter NodePool 로 분리

      ━━━━━━━━━━━━━━━━━━━━
      [서밋] 점심
      5월 16일(목) 12:10 - 13:30
      메모: 몰에서 먹음
      `,
      `
      event AWS 서밋 서울 2024 | 2024 | 코엑스 3층 301호
      talk 4 Amazon EKS 기반 멀티 테넌트 플랫폼 구축기 | 정하늘 (AWS) | aws aws-eks karpenter
      `,
      { plainText: true, name: 'test.txt' },
    );
  });

  test('KakaoTalk\'s calendar: "[톡캘린더] Event #3 — Title" over its day and hours ("오후 2:50 ~ 오후 3:30"), "메모: Name (Org). notes"', () => {
    check(
      `
      ## DevOps 부산 밋업 #3

      [톡캘린더] DevOps 부산 밋업 #3 — Ansible로 온프렘 300대 관리하기
      2024년 9월 28일 (토) 오후 2:50 ~ 오후 3:30
      📍 센텀 코워킹스페이스
      메모: 서지민님 (해운대랩스). 앤서블 롤 구조, AWX로 스케줄 실행

      [톡캘린더] DevOps 부산 밋업 #3 — 쉬는 시간
      2024년 9월 28일 (토) 오후 3:30 ~ 오후 3:45
      `,
      `
      event DevOps 부산 밋업 #3 | 2024-09-28 | 센텀 코워킹스페이스
      talk 3 Ansible로 온프렘 300대 관리하기 | 서지민 (해운대랩스) | ansible
      `,
    );
  });

  test('Garoon\'s "予定：【外出】Title" records: the tag is no part of the title; "予定：【外出】懇親会" is no talk', () => {
    check(
      `
      # SRE Kansai Meetup #9 メモ

      予定：【外出】Prometheus のアラート疲れを減らす話
      日時：2024年2月17日（土） 13:10 ～ 13:40
      施設：グランフロント大阪
      メモ：
      藤原 真央さん（なにわクラウド株式会社）
      ・Alertmanager の inhibit_rules

      予定：【外出】懇親会
      日時：2024年2月17日（土） 16:30 ～ 19:00
      メモ：藤原さんと飲んだ
      `,
      `
      event SRE Kansai Meetup #9 | 2024-02 | -
      talk 3 Prometheus のアラート疲れを減らす話 | 藤原 真央 (なにわクラウド株式会社) | alertmanager prometheus
      `,
    );
  });

  test('an .ics file: the description before the summary, folded over lines; its first sentence names the speaker; each talk starts at its event', () => {
    check(
      `
      BEGIN:VCALENDAR
      X-WR-CALNAME:HashiConf 23
      BEGIN:VEVENT
      DTSTART:20231010T170000Z
      DESCRIPTION:Priya Raman (Quillpay). how they run ~4k TFC workspaces w/ a 6
        person platform team.\\n- one workspace per service\\, generated by terra
       form
      SUMMARY:Terraform at Scale: 4k Workspaces and Counting
      END:VEVENT
      BEGIN:VEVENT
      DTSTART:20231010T190000Z
      DESCRIPTION:tacos. ok
      SUMMARY:Lunch
      END:VEVENT
      BEGIN:VEVENT
      DTSTART:20231010T200000Z
      DESCRIPTION:Dana Kowalczyk - Lindqvist Health\\nVSO syncs Vault secrets
      SUMMARY:Vault Secrets Operator in Production
      END:VEVENT
      END:VCALENDAR
      `,
      `
      event HashiConf 23 | 2023-10-10 | -
      talk 8 Terraform at Scale: 4k Workspaces and Counting | Priya Raman (Quillpay) | terraform terraform-cloud
      talk 18 Vault Secrets Operator in Production | Dana Kowalczyk (Lindqvist Health) | vault vault-secrets-operator
      `,
      { plainText: true, name: 'test.txt' },
    );
  });

  test('Outlook\'s printout: "Subject:\\tDAT302 - Title", its fields, then the notes\' first line names the speakers', () => {
    check(
      `
      Nate Brooks
      ________________________________________________________________________
      Subject:\tDAT302 - Migrating 40 TB of PostgreSQL to Amazon Aurora
      Location:\tJavits, Level 3, Room 3D04

      Start:\tWed 7/10/2024 10:00 AM
      End:\tWed 7/10/2024 11:00 AM

      Recurrence:\t(none)
      ________________________________________________________________________
      Speakers: Grace Liu (AWS), Omar Haddad (Tilbury Insurance)
      - used DMS for full load + CDC

      ________________________________________________________________________
      Subject:\tAPI310 - Event-driven at scale with Amazon MSK
      Location:\tJavits, Level 3, Room 3D08

      Start:\tWed 7/10/2024 11:30 AM

      Recurrence:\t(none)
      ________________________________________________________________________
      Joaquín Reyes, Sr. SA @ AWS
      MSK provisioned vs MSK Serverless, tiered storage.
      `,
      `
      event Nate Brooks | 2024-07 | Javits, Level 3, Room 3D04
      talk 3 Migrating 40 TB of PostgreSQL to Amazon Aurora | Grace Liu (AWS), Omar Haddad (Tilbury Insurance) | aws-aurora aws-dms postgresql
      talk 15 Event-driven at scale with Amazon MSK | Joaquín Reyes (AWS) | aws-msk
      `,
      { plainText: true, name: 'test.txt' },
    );
  });

  test('Naver Calendar copied: "**일정** Title", "**일시** …", then "**메모**" over "Name님 (Org)"', () => {
    check(
      `
      # HUG Seoul #12 메모

      **일정** HUG Seoul 밋업 #12 - 오프닝
      **일시** 2024.03.21 (목) 19:00 ~ 19:10
      **장소** 선릉역 공유오피스 라운지
      **메모** 못 들음. 피자 있었다고 함

      **일정** Terraform Cloud 도입 1년 회고
      **일시** 2024.03.21 (목) 19:10 ~ 19:45
      **장소** 상동
      **메모**
      김도윤님 (한빛페이 플랫폼팀)
      - Atlantis → TFC 로 옮긴 이유
      `,
      `
      event HUG Seoul #12 | 2024-03-21 | 선릉역 공유오피스 라운지
      talk 8 Terraform Cloud 도입 1년 회고 | 김도윤 (한빛페이) | atlantis terraform terraform-cloud
      `,
    );
  });
});

describe('notes written in LaTeX', () => {
  test('"\\subsection*{Title}" is a heading, "\\textit{Speaker: Name, Org}" its speakers, "\\item"s its notes; "\\title{}" names the event and "\\author{}" no one', () => {
    check(
      `
      % HashiConf 2023 -- my notes
      \\documentclass[11pt]{article}
      \\title{HashiConf 2023 --- field notes}
      \\author{D. Okafor (platform team)}
      \\date{10--12 October 2023, San Francisco}

      \\begin{document}
      \\maketitle

      \\section{Day 1}

      \\subsection*{Vault at the Bank: Replacing HSM Workflows}
      \\textit{Speaker: Marguerite Vasquez-Hale, Ridgeline Federal Credit Union}
      \\begin{itemize}
        \\item \\textbf{Transit} secrets engine replaced most HSM calls in Vault
      \\end{itemize}

      \\subsection*{Nomad for the Rest of Us: Edge Scheduling in 3{,}000 Stores}
      \\textit{Speakers: Kenji Arakawa \\& Lotte Brandsma (Koopmart)}
      \\begin{lstlisting}
      job "pos" { driver = "docker" }
      \\end{lstlisting}
      one Nomad client per store
      \\end{document}
      `,
      `
      event HashiConf 2023 | 2023-10-10..2023-10-12 | San Francisco
      talk 12 Vault at the Bank: Replacing HSM Workflows | Marguerite Vasquez-Hale (Ridgeline Federal Credit Union) | vault
      talk 18 Nomad for the Rest of Us: Edge Scheduling in 3,000 Stores | Kenji Arakawa (Koopmart), Lotte Brandsma (Koopmart) | nomad
      `,
      { plainText: true, name: 'test.txt' },
    );
  });
});

describe('notes revised later', () => {
  test('"(원래 적어둔 제목: … <- …)" between a timed title and its "발표:" line; "발표: Name (?? 회사 못 들음)  -> [수정] Org" is corrected', () => {
    check(
      `
      쿠버네티스 부산 밋업 2023.11.04 토

      14:10 [2] 쿠버네티스 비용 절반으로 줄인 방법
            (원래 적어둔 제목: "EKS 비용 최적화" <- 실제 발표 제목이 달랐음)
            발표: 신유나 (야놀자)
        * Karpenter 도입, spot 비율 70%

      15:00 [3] Prometheus 장기 보관, Thanos 도입기
            발표: 하동욱 (?? 회사 못 들음)  -> [수정] 카카오모빌리티
        * 프로메테우스 retention 15일
      `,
      `
      event 쿠버네티스 부산 밋업 2023.11.04 토 | 2023-11-04 | -
      talk 3 쿠버네티스 비용 절반으로 줄인 방법 | 신유나 (야놀자) | aws-eks karpenter kubernetes
      talk 8 Prometheus 장기 보관, Thanos 도입기 | 하동욱 (카카오모빌리티) | prometheus thanos
      `,
      { plainText: true, name: 'test.txt' },
    );
  });

  test('"~~Old Title~~ ← wrong title, …" under the talk\'s heading is a remark, no talk; the line under it names the heading\'s speakers', () => {
    check(
      `
      # HashiConf 2023

      ### Nomad for the rest of us
      ~~Nomad at Cloudflare~~ ← wrong title, that was the 2022 talk
      Priya Raman & Dale Hutchins, Cascade Federal
      - Nomad on 3,000 edge boxes
      `,
      `
      event HashiConf 2023 | 2023 | -
      talk 3 Nomad for the rest of us | Priya Raman (Cascade Federal), Dale Hutchins (Cascade Federal) | cloudflare nomad
      `,
    );
  });
});

describe('a place named like a tool', () => {
  test('"\'카프카\'라는 북카페", "Envoy 라는 카페", "\'엔보이\' 카페", "a van called Nomad", "the Kafka museum": places, no tools', () => {
    check(
      `
      # Daebak Ops Night #5
      2024-06-02, Seomyeon

      ## Tracing first, logs last - Seo-yeon Kwak (Daebak Games)
      - OpenTelemetry first
      - 끝나고 '카프카'라는 북카페 갔는데, 몇 명은 근처 Envoy 라는 카페(?)로
      - 점심은 '엔보이' 카페에서 샌드위치
      - only decent coffee = a van called Nomad by the west entrance
      - did you make it to the Kafka museum?
      `,
      `
      event Daebak Ops Night #5 | 2024-06-02 | Seomyeon
      talk 4 Tracing first, logs last | Seo-yeon Kwak (Daebak Games) | opentelemetry
      `,
    );
  });
});

describe('a numbered title and its labelled item', () => {
  test('"[1] Title" then "    - 발표: Name 님 (Org)" names its speaker; "[2] Title" then "    - 발표: … CTO분 (성함 기억 안남)" is a talk still', () => {
    check(
      `
      부산 데브옵스 밋업 #8 메모
      2023-10-21 토 / 센텀

      ================================================
      [1] 앤서블로 서버 300대 관리하던 시절 이야기
          - 발표: 박성호 님 (해운대게임즈)
          - 앤서블 = 에이전트 없이 ssh로 서버 설정하는 도구

      [2] 쿠버네티스 도입 1년 회고
          - 발표: 그 로지스틱스 스타트업 CTO분 (성함 기억 안남)
          - 첫 클러스터 kubeadm으로 직접 만들었다가 후회
      `,
      `
      event 부산 데브옵스 밋업 #8 | 2023-10-21 | 센텀
      talk 5 앤서블로 서버 300대 관리하던 시절 이야기 | 박성호 (해운대게임즈) | ansible
      talk 9 쿠버네티스 도입 1년 회고 | - | kubeadm kubernetes
      `,
      { plainText: true, name: 'test.txt' },
    );
  });
});

describe('a drawn line, then an entry of the programme', () => {
  test('"=====" then "네트워킹 - 맥주 한잔." ends the talk before it: the to-do list after it is not the talk\'s', () => {
    check(
      `
      대구 인프라 모임 #3
      2024-03-16 토 / 동성로

      [1] 사내 쿠버네티스 업그레이드 삽질기
          - 발표: 오세훈 님 (달구벌소프트)
          - 1.25에서 1.28로 한 번에 올리다가 망함

      ================================================
      네트워킹 - 맥주 한잔.

      할일)
       - 우리 회사 redis는 뭐 쓰는지 물어보기 (Sentinel인지?)
       - Vault 도입 검토
      `,
      `
      event 대구 인프라 모임 #3 | 2024-03-16 | 동성로
      talk 4 사내 쿠버네티스 업그레이드 삽질기 | 오세훈 (달구벌소프트) | kubernetes
      `,
      { plainText: true, name: 'test.txt' },
    );
  });
});

describe('a workshop\'s labs and who taught them', () => {
  test('"## Lab 1 — Title" then "Name / Org" and "## 실습 2. Title" then "강사: Name (Org) / TA: …" are talks without their numbers; a lab naming no one is no talk', () => {
    check(
      `
      # HashiConf 2024 — workshop day

      ## Lab 1 — Terraform Stacks across three regions
      Dana Whitfield / HashiCorp

      - deployment blocks per region, eksctl for the test cluster

      ### break 10:45–11:00

      ## 실습 2. 볼트를 쿠버네티스 인증이랑 붙이기
      강사: 정민호 (해솔클라우드) / TA: 이수민

      - kubernetes auth method, ansible-lint는 덤

      ## Lab 3 – clean up
      - terraform destroy
      `,
      `
      event HashiConf 2024 | 2024 | -
      talk 3 Terraform Stacks across three regions | Dana Whitfield (HashiCorp) | eksctl terraform
      talk 10 볼트를 쿠버네티스 인증이랑 붙이기 | 정민호 (해솔클라우드) | ansible-lint kubernetes vault
      `,
    );
  });

  test('"■ ハンズオン1「Title」 講師: Name (Org)": the lab\'s number before its quoted title, its instructor after it', () => {
    check(
      `
      神戸 k8s ハンズオン会 vol.2
      2023/11/11 (土)

      ■ ハンズオン1「kind + Istio で Envoy の設定を覗く」 講師: 森田 亮 (みなとクラウド)
       ・istioctl proxy-config routes で Envoy の中身が見える

      ■ ハンズオン2「Ansible で k8s ノードの OS 設定を揃える」 講師: 森田 亮
       ・sysctl, swapoff を role 化
      `,
      `
      event 神戸 k8s ハンズオン会 vol.2 | 2023-11-11 | -
      talk 4 kind + Istio で Envoy の設定を覗く | 森田 亮 (みなとクラウド) | envoy istio
      talk 7 Ansible で k8s ノードの OS 設定を揃える | 森田 亮 | ansible kubernetes
      `,
      { plainText: true, name: 'test.txt' },
    );
  });
});

describe('ordinary words beside a workshop', () => {
  test('"의자 다리 볼트가 헐거워서", "コンサルの人", "카페 엔보이(Envoy)", "선장님이 키(helm)", "the cat … very calico": no tools; "calico 깔고" beside the CNI is Calico', () => {
    check(
      `
      # Seoul Platform Night #4

      ## 클러스터 네트워크 처음부터 - 문가영 (바다소프트)
      - 의자 다리 볼트가 헐거워서 계속 삐걱거림
      - 半分くらいはコンサルの人っぽかった
      - 쉬는 시간에 코엑스 앞 카페 엔보이(Envoy)에서 커피
      - 끝나고 요트 투어. 선장님이 키(helm) 잠깐 잡게 해줌
      - Mira texted a pic of the cat asleep on my bag. very calico
      - kubectl get nodes 하니까 NotReady -> cni 설치 안해서. calico 깔고 해결
      `,
      `
      event Seoul Platform Night #4 | - | -
      talk 3 클러스터 네트워크 처음부터 | 문가영 (바다소프트) | calico kubectl
      `,
    );
  });
});

describe('an in-house talk day\'s given names', () => {
  test('"1) Title — 카일 (플랫폼팀)" and "3) Title — 준" in the list whose other items are talks: talks, their speakers a given name alone', () => {
    check(
      `
      ## 11월 사내 인프라 LT 데이

      1) 쿠버네티스 requests 다이어트 — 카일 (플랫폼팀)
         - VPA recommender 모드만 켜서 2주 관찰
      2) 라즈베리파이 k3s 클러스터 자랑 — 준
         - 집에 4대
      3) ~~Vault 도입 제안~~ → 발표 보류
      4) 테라폼으로 데이터독 모니터 관리하기 — 소라 (SRE)
         - datadog provider, 모니터 300개 import
      5) GitHub Actions self-hosted runner를 EKS에 — 태준
         - ARC + 스팟
      6) 회고 — 보류
      `,
      `
      event 11월 사내 인프라 LT 데이 | - | -
      talk 3 쿠버네티스 requests 다이어트 | 카일 (플랫폼팀) | kubernetes vertical-pod-autoscaler
      talk 5 라즈베리파이 k3s 클러스터 자랑 | 준 | k3s
      talk 8 테라폼으로 데이터독 모니터 관리하기 | 소라 | datadog terraform
      talk 10 GitHub Actions self-hosted runner를 EKS에 | 태준 | actions-runner-controller aws-eks github-actions
      `,
    );
  });
});

describe('panels and fireside chats', () => {
  test('"### 09:40 · Keynote stage · Panel: Title": the room is no part of the title (the panel\'s label stays, as elsewhere); "mod:", "on stage:" and "A (X) in conversation with B (Y)" name the people; "Sponsor keynotes" is no talk', () => {
    check(
      `
      # KubeCon EU '25 — London

      ### 09:40 · Keynote stage · Panel: Ten Years of Cloud Native
      mod: Grace Mbeki (CNCF)
      on stage: Lukas Brenner (Red Hat), Sofia Ortega (Google)

      - Kubernetes is boring now

      ### 10:30 · Sponsor keynotes
      skipped → coffee

      ### 11:15 · Room S3 · Istio Ambient Mode in Production

      Speakers: Mei Lin Goh (Grab), Tom Halvorsen (Grab)

      - ztunnel per node

      ### 14:00 · Room N3 · Fireside chat — Ten years of Vault: what we'd do differently

      Priya Raman (HashiCorp, Vault product) in conversation with Ben Achterberg (Northwind Bank)

      - Vault in front of PostgreSQL
      `,
      `
      event KubeCon EU '25 — London | - | -
      talk 3 Panel: Ten Years of Cloud Native | Grace Mbeki (CNCF), Lukas Brenner (Red Hat), Sofia Ortega (Google) | kubernetes
      talk 12 Istio Ambient Mode in Production | Mei Lin Goh (Grab), Tom Halvorsen (Grab) | istio
      talk 18 Fireside chat — Ten years of Vault: what we'd do differently | Priya Raman (HashiCorp), Ben Achterberg (Northwind Bank) | postgresql vault
      `,
    );
  });
});

describe('a recap post for readers', () => {
  test('"■ 2. Title", a blank line, then "- 발표자: Name (Org)": a post\'s numbered section is a talk; "Thanks", "The keynotes" are no talks; hadolint is a tool', () => {
    check(
      `
      [AWS Summit Seoul 2024] 1일차 참관 후기

      ■ 1. 기조연설

      솔직히 요약할 게 별로 없어요. 패스!

      ■ 2. Amazon EKS와 Karpenter로 컴퓨팅 비용 절감하기

      - 발표자: 정민호 님 (오늘의식탁 인프라팀)
      - 트랙: 컨테이너 / 레벨 300

      Karpenter로 바꾸면서 노드 수가 절반

      ■ 3. Dockerfile 린트 5분 컷

      - 발표자: 한지수 님 (바다커머스)

      hadolint를 CI에 넣음
      `,
      `
      event AWS Summit Seoul 2024 | 2024 | -
      talk 7 Amazon EKS와 Karpenter로 컴퓨팅 비용 절감하기 | 정민호 (오늘의식탁) | aws-eks karpenter
      talk 14 Dockerfile 린트 5분 컷 | 한지수 (바다커머스) | docker hadolint
      `,
      { plainText: true, name: 'test.txt' },
    );
    check(
      `
      # KubeCon EU 2024 recap

      ## The keynotes
      - lots of AI

      ## Scaling Argo CD - Mara Jensen (Zalando)
      - sharding the application controller

      ## Thanks
      Thanks to our sponsor for the tickets
      `,
      `
      event KubeCon EU 2024 | 2024 | -
      talk 6 Scaling Argo CD | Mara Jensen (Zalando) | argo-cd
      `,
    );
  });
});

describe('lightning talks whose titles end as sentences do', () => {
  test('"2. …気にしなくていい？" and "4. EKS on Fargateやめました" with "Name さん（Org）" on the item\'s next line are talks; "5. 懇親会スポンサーLT（乾杯）" is none', () => {
    check(
      `
      # JAWS-UG神戸 LT大会
      2024-07-19 (金) 19:00-

      ## LT 4本

      1. ごみ収集車の運行管理をIoTでやってみた
         岡田さん（みなと委託サービス）
         IoT Core → Kinesis → Timestream

      2. Lambdaのコールドスタート、もう気にしなくていい？
         藤井さん（なにわシステム）
         SnapStartはJavaだけ。X-Rayで見ろ

      3. EKS on Fargateやめました
         北川さん（六甲ロジ）
         DaemonSet使えないのつらい、Karpenterに戻した

      4. 懇親会スポンサーLT（乾杯）
         内容なし、ビール
      `,
      `
      event JAWS-UG神戸 LT大会 | 2024-07-19 | -
      talk 6 ごみ収集車の運行管理をIoTでやってみた | 岡田 (みなと委託サービス) | aws-kinesis
      talk 10 Lambdaのコールドスタート、もう気にしなくていい？ | 藤井 (なにわシステム) | aws-lambda aws-x-ray java
      talk 14 EKS on Fargateやめました | 北川 (六甲ロジ) | aws-eks aws-fargate karpenter
      `,
    );
  });
});

describe('room hopping', () => {
  test('"### 会場B「Title」 Name (Org) 📍🏃": the room before the quoted title and the writer\'s marks after it are neither title nor organisation; "「Title」 📍 (最後まで)" names no one, its speaker is on the next line', () => {
    check(
      `
      # CNDT2024 Day1 メモ

      ### 会場B「Argo CDとKustomizeで200クラスタを管理する」 中村 彩 (株式会社ミナトクラウド) 📍🏃
      - ApplicationSetでクラスタごとにApp生成

      ### 会場C「テラフォームのstate分割、どこで切るか」 佐々木 亮 / 大野 真理子 (ぺけぺけ証券) 🏃📍
      - Terragruntは使わない派

      ### 会場A「k8sのマルチテナント、Capsule vs vCluster」 📍 (最後まで)
      Emily Carter (Acme Japan)
      - vClusterはコントロールプレーンごと
      `,
      `
      event CNDT2024 | 2024 | -
      talk 3 Argo CDとKustomizeで200クラスタを管理する | 中村 彩 (株式会社ミナトクラウド) | argo-cd kustomize
      talk 6 テラフォームのstate分割、どこで切るか | 佐々木 亮 (ぺけぺけ証券), 大野 真理子 (ぺけぺけ証券) | terraform terragrunt
      talk 9 k8sのマルチテナント、Capsule vs vCluster | Emily Carter (Acme Japan) | kubernetes vcluster
      `,
    );
  });

  test('""Title" — Priyanka Shah. Kustomize + plain manifests, …": the sentence after the name is the writer\'s', () => {
    check(
      `
      # DevOps Manchester #58

      ## Lightning talks
      - "Why I stopped using Helm" — Priyanka Shah. Kustomize + plain manifests, helm templating too magic
      - "Packer in 2024" — Tom Reid (Northwind)
      `,
      `
      event DevOps Manchester #58 | - | -
      talk 4 Why I stopped using Helm | Priyanka Shah | helm
      talk 5 Packer in 2024 | Tom Reid (Northwind) | packer
      `,
    );
  });
});

describe('two people and their one organisation', () => {
  test('"Speakers: Tomás Ferreira, Katja Brandt (both Red Hat)": two people of one organisation, not a person and an organisation; "Nadia Petrova, *Fjordline Tech* (platform lead)" is one person', () => {
    check(
      `
      # KubeCon EU 2024 recap

      ## Multi-tenant Kafka on Kubernetes with Strimzi

      Speakers: Tomás Ferreira, Katja Brandt (both Red Hat)

      - one Kafka cluster per tenant

      ## Year two of our IDP

      **Speaker:** Nadia Petrova, *Fjordline Tech* (platform lead)

      - Crossplane compositions behind Backstage
      `,
      `
      event KubeCon EU 2024 | 2024 | -
      talk 3 Multi-tenant Kafka on Kubernetes with Strimzi | Tomás Ferreira (Red Hat), Katja Brandt (Red Hat) | kafka kubernetes strimzi
      talk 9 Year two of our IDP | Nadia Petrova (Fjordline Tech) | backstage crossplane
      `,
    );
  });
});

describe('open spaces', () => {
  test('"13:30 / space A / Title (conv. Name, Org)": the space between slashes is no part of the title, its convener is its speaker', () => {
    check(
      `
      DevOpsDays Utrecht 2023 — open spaces
      2023-06-15

      13:30 / space A / On-call that doesn't burn people out (conv. Marnix, Tulpbank)
       - PagerDuty schedules, follow-the-sun

      14:20 / B / Secrets sprawl (convener: Ruud, freelance)
       - Vault vs AWS Secrets Manager
      `,
      `
      event DevOpsDays Utrecht 2023 | 2023-06-15 | -
      talk 4 On-call that doesn't burn people out | Marnix (Tulpbank) | pagerduty
      talk 7 Secrets sprawl | Ruud | aws-secrets-manager vault
      `,
      { plainText: true, name: 'test.txt' },
    );
  });
});

describe('comparison talks in a printed timetable', () => {
  test('"Name (independent, ex-Org)" and "A, B -- Org" under a timed title: its speakers, the two hyphens a dash', () => {
    check(
      `
      KubeCon EU 2024 -- Paris
      ========================

      13:30  Cilium vs Calico -- eBPF dataplane benchmarks
             Tomasz Wierzbicki (independent, ex-Equinix)
        - calico iptables vs cilium kube-proxy replacement

      16:00  Prometheus at scale: Thanos vs Mimir
             Kenji Ishikawa, Farah Nadeem -- Copperline
        - 50M active series
      `,
      `
      event KubeCon EU 2024 | 2024 | -
      talk 4 Cilium vs Calico -- eBPF dataplane benchmarks | Tomasz Wierzbicki | calico cilium ebpf kube-proxy
      talk 8 Prometheus at scale: Thanos vs Mimir | Kenji Ishikawa (Copperline), Farah Nadeem (Copperline) | grafana-mimir prometheus thanos
      `,
      { plainText: true, name: 'test.txt' },
    );
  });
});

describe('titles given in two languages', () => {
  test('a translation after the title (quoted, labelled as the original, after a slash) and a language tag before it are no part of it', () => {
    check(
      `
      # HUG Seoul #14

      ## 1. 테라폼 모듈 버전 관리 (“How we manage Terraform module versions”)
      발표: 박소연 (다온페이)

      ## 세션 2 — EKS 운영 자동화: Karpenter와 GitOps로 (원제: Automating EKS operations)
      발표: Michael Chen (AWS)

      **[KR, interp→JP] 쿠버네티스 무중단 업그레이드 / "Zero-downtime Kubernetes upgrades"**
      - 발표: 정혜리 (해운대로지스)
      `,
      `
      event HUG Seoul #14 | - | -
      talk 3 테라폼 모듈 버전 관리 ‖ How we manage Terraform module versions | 박소연 (다온페이) | terraform
      talk 6 EKS 운영 자동화: Karpenter와 GitOps로 ‖ Automating EKS operations | Michael Chen (AWS) | aws-eks karpenter
      talk 9 쿠버네티스 무중단 업그레이드 ‖ Zero-downtime Kubernetes upgrades | 정혜리 (해운대로지스) | kubernetes
      `,
    );
  });

  test('"■ 「Japanese title」" then "→ its Korean translation": the quoted title is the title; "「Title」 → 번역 / Name" names its speaker', () => {
    check(
      `
      CNDW2024 참관 메모
      2024-11-28 도쿄

      ■ 「Terraformのstate分割、どこまでやるか」
       → 테라폼 state 분할, 어디까지 할 것인가
       발표자: 山本 奈々 / ミドリ銀行
       - state 하나에 리소스 3000개

      ■ LT
       1) 「Helmチャートのテスト、してますか？」 → Helm 차트 테스트 하세요? / 小林さん
          - helm-unittest
      `,
      `
      event CNDW2024 | 2024-11-28 | 도쿄
      talk 4 Terraformのstate分割、どこまでやるか ‖ 테라폼 state 분할, 어디까지 할 것인가 | 山本 奈々 (ミドリ銀行) | terraform
      talk 10 Helmチャートのテスト、してますか？ ‖ Helm 차트 테스트 하세요? | 小林 | helm helm-unittest
      `,
      { plainText: true, name: 'test.txt' },
    );
  });
});

describe('remarks on the language of a talk', () => {
  test('"(한국어 세션)" after a title and "— 영어 세션, 동시통역" after its speakers are the writer\'s remarks, no people or organisations', () => {
    check(
      `
      # AWS Summit Seoul 2024

      ## 세션 1 — EKS 운영 자동화
      발표: Sarah Kim (AWS) — 영어 세션인데 Q&A는 한국어로 받아주심
      - Karpenter

      ## 세션 6 — 100만 동접 게임 서버, ECS에서 EKS로 (한국어 세션)
      발표: 한지민 님 (별빛게임즈)
      - Agones

      ## 세션 7 — Resilience on AWS
      발표: Tom Becker (AWS) + 김서연 님 (AWS Korea) — 영어/한국어 2인 발표
      - AWS FIS
      `,
      `
      event AWS Summit Seoul 2024 | 2024 | -
      talk 3 EKS 운영 자동화 | Sarah Kim (AWS) | aws-eks karpenter
      talk 7 100만 동접 게임 서버, ECS에서 EKS로 | 한지민 (별빛게임즈) | agones aws-ecs aws-eks
      talk 11 Resilience on AWS | Tom Becker (AWS), 김서연 (AWS Korea) | aws aws-fis
      `,
    );
  });
});

describe('notes kept around the people', () => {
  test('"## 🏢 Company" over "- 발표: "Title"" and "연사: Name": the item names the talk, the heading the company; "(금 오후 4시, 선릉)" is no one', () => {
    check(
      `
      # AWS Summit Seoul 2024 — 채용 관점 메모

      ## 🏢 토스
      - 발표: "Terraform과 Atlantis로 인프라 변경 리뷰 문화 만들기"
        - 연사: 이서연, 정우진 (토스 인프라팀)
        - 팀 8명이라고

      ### 박지수 (쿠팡) — 위 세션 질문자
      - 5년차

      ## 🏢 당근
      - 발표: Aurora PostgreSQL 마이그레이션 - 다운타임 5분의 기록
        - 연사: 최하늘 (당근 DBRE)
        - 주니어 TO 후보 ★ 이번주 커피챗 잡음 (금 오후 4시, 선릉)

      ## 🏢 우아한형제들
      - 발표: 배민 주문 트래픽 피크 대응 — MSK와 오토스케일링
        - 연사: 오세훈 (우아한형제들 SRE)
      `,
      `
      event AWS Summit Seoul 2024 | 2024 | -
      talk 4 Terraform과 Atlantis로 인프라 변경 리뷰 문화 만들기 | 이서연 (토스), 정우진 (토스) | atlantis terraform
      talk 12 Aurora PostgreSQL 마이그레이션 - 다운타임 5분의 기록 | 최하늘 (당근 DBRE) | aws-aurora postgresql
      talk 17 배민 주문 트래픽 피크 대응 — MSK와 오토스케일링 | 오세훈 | -
      `,
    );
  });
});

describe('titles in lenticular brackets', () => {
  test('"[09:30] 基調講演【Title】 Name（Org）", "Bトラック【Title】 …", "【Title】 Name（Org）←remark": the long bracket is the title, its speakers after it', () => {
    check(
      `
      インフラ勉強会 関西 夏合宿2025 メモ

      ==== 8/23(土) Day1 ====
      [09:30] 基調講演【SRE を関西で育てる】 森田 健一（なにわネット）
        - Prometheus と Grafana
      [13:00] Bトラック【Redis から Valkey へ移行した話】 前田 翔（ミナミ食品）
        - Ansible の playbook 直しただけ
      [10:40] 【Terraform × GitHub Actions の OIDC 認証】 藤井 美咲（おおさかクラウド研究所）←2日連続
        - tfstate は S3
      `,
      `
      event インフラ勉強会 関西 夏合宿2025 | 2025-08-23 | -
      talk 4 SRE を関西で育てる | 森田 健一 (なにわネット) | grafana prometheus
      talk 6 Redis から Valkey へ移行した話 | 前田 翔 (ミナミ食品) | ansible redis valkey
      talk 8 Terraform × GitHub Actions の OIDC 認証 | 藤井 美咲 (おおさかクラウド研究所) | aws-s3 github-actions terraform
      `,
      { plainText: true, name: 'test.txt' },
    );
  });
});

describe('slots headed by their time and track', () => {
  test('"10:40 A트랙" and "09:30 오프닝 키노트 (A홀)" over "▶ Title" and its speaker: the title under the slot is the talk, the slot none', () => {
    check(
      `
      SRE Korea 2025 @ 부산 벡스코

      ■ DAY 1 — 10/24(금)

      09:30 오프닝 키노트 (A홀)
      ▶ "SLO는 숫자가 아니라 약속이다"
        정하늘 (오션클라우드)
        ㄴ 프로메테우스 recording rule

      10:40 A트랙
      ▶ 테라폼 모듈 레지스트리 사내 구축기
        김도현 · 박소율 (한결은행 클라우드팀)
        ㄴ 컨슐 KV도 씀
      `,
      `
      event SRE Korea 2025 | 2025-10-24 | -
      talk 6 SLO는 숫자가 아니라 약속이다 | 정하늘 (오션클라우드) | prometheus
      talk 11 테라폼 모듈 레지스트리 사내 구축기 | 김도현 (한결은행), 박소율 (한결은행) | consul terraform
      `,
      { plainText: true, name: 'test.txt' },
    );
  });
});

describe('a remark after two hyphens', () => {
  test('"keynote: "Title" — Name (Org) -- remark": the remark after the two hyphens is the writer\'s', () => {
    check(
      `
      # DevOpsDays Amsterdam 2024

      keynote: "Platforms are products, not projects" — Pieter de Vries (Oranjebyte) -- yes the chaos workshop guy, 2 days in a row
        * Argo CD came up twice

      keynote: "You build it, you run it" — Marieke Smit (TU Delft)
        * PagerDuty came up once
      `,
      `
      event DevOpsDays Amsterdam 2024 | 2024 | -
      talk 3 keynote: "Platforms are products, not projects" | Pieter de Vries (Oranjebyte) | argo-cd
      talk 6 You build it, you run it | Marieke Smit (TU Delft) | pagerduty
      `,
    );
  });
});

describe('commands copied from slides', () => {
  test('"--ask-vault-pass" is no Vault; "ansible-playbook" and "promtool" are Ansible and Prometheus; "트리비" and "롱혼(Longhorn)" are Trivy and Longhorn', () => {
    check(
      `
      # Busan Infra Meetup #3

      ## 정리 안 된 앤서블 정리하기 - 김하준 (파도마켓)

          > ansible-playbook site.yml --ask-vault-pass
      - 트리비 스캔 붙임, promtool로 룰 검사

      ## k3s 홈랩 - 이수민 (바다소프트)

      - 롱혼(Longhorn) 볼륨
      `,
      `
      event Busan Infra Meetup #3 | - | -
      talk 3 정리 안 된 앤서블 정리하기 | 김하준 (파도마켓) | ansible prometheus trivy
      talk 8 k3s 홈랩 | 이수민 (바다소프트) | k3s longhorn
      `,
    );
  });
});

describe('talks watched on video', () => {
  test('"[REC] (watched Sat morning)  Title" is the title; "Oracle에서 Aurora PostgreSQL로: …" names no one', () => {
    check(
      `
      KubeCon EU 2024 (virtual)

      [REC] (watched Sat morning)  GitOps for 3,000 Clusters with Argo CD
             Rachel Kim, Ledgerly
        - ApplicationSets everywhere

      [LIVE] Oracle에서 Aurora PostgreSQL로: 18개월의 여정
             정하늘 (넥스트플레이)
        - DMS로 CDC
      `,
      `
      event KubeCon EU 2024 | 2024 | -
      talk 3 GitOps for 3,000 Clusters with Argo CD | Rachel Kim (Ledgerly) | argo-cd
      talk 7 Oracle에서 Aurora PostgreSQL로: 18개월의 여정 | 정하늘 (넥스트플레이) | aws-aurora aws-dms oracle-database postgresql
      `,
      { plainText: true, name: 'test.txt' },
    );
  });
});

describe('writers and singers named like tools', () => {
  test('"kafka-esque", "海辺のカフカ", "해변의 카프카", "Falco at karaoke": the novelist and the singer, no tools', () => {
    check(
      `
      # KubeCon Japan 2025

      ## Terraform drift - 鈴木 葵 (Hoshizora)

      - terraform plan を毎晩
      - 移動中に「海辺のカフカ」読んでた / 해변의 카프카
      - the badge queue was kafka-esque

      ## Runtime security - Lee Minho (Pine)

      - Cilium network policies
      - after party: Falco's Rock Me Amadeus at karaoke
      `,
      `
      event KubeCon Japan 2025 | 2025 | -
      talk 3 Terraform drift | 鈴木 葵 (Hoshizora) | terraform
      talk 9 Runtime security | Lee Minho (Pine) | cilium
      `,
    );
  });
});

describe('threads and chats copied into a note', () => {
  test('Mastodon posts between rows of dots, a post\'s bullets, then the next post at the margin: each post that names a talk is one', () => {
    check(
      `
      SRE Days Vienna 2025 - my posts
      ================================

      ..........................................
      @mira@fosstodon.org · 2025-04-02 10:05 CET
      keynotes done, going to the breakouts
      ..........................................
      @mira@fosstodon.org · 2025-04-02 11:00 CET
      🎤 Fleet upgrades with Argo CD
      Jakob Huber - Donau Logistik
      - ApplicationSets per region
      - Helm charts pinned
      #ArgoCD
      ..........................................
        ↪ @tom@hachyderm.io · 11:09
        did they keep Flux anywhere?
      ..........................................
      @mira@fosstodon.org · 2025-04-02 13:30 CET
      🎤 Cheap Prometheus storage
      Elif Sahin, Kettle Games
      they moved to Thanos with S3
      #Prometheus
      `,
      `
      event SRE Days Vienna 2025 | 2025-04-02 | -
      talk 9 Fleet upgrades with Argo CD | Jakob Huber (Donau Logistik) | argo-cd flux helm
      talk 19 Cheap Prometheus storage | Elif Sahin (Kettle Games) | aws-s3 prometheus thanos
      `,
      { plainText: true, name: 'posts.txt' },
    );
  });

  test('a chat with myself: "[나] [오전 11:03] - bullet" then bullets, then the next message at the margin opens its own entry; "\\"…?\\" 하니까 반 이상 손 듦" names no one', () => {
    check(
      `
      AWS 커뮤니티 데이 2025 메모

      [나] [오전 10:30] 1) EKS 비용 줄이기 / 김도현 (바다상점)
      [나] [오전 10:35] - 노드그룹 정리
      - 스팟 비중 60%
      [나] [오전 11:20] 2) 테라폼 모듈 관리 - 윤하린 (구름페이)
      [나] [오전 11:25] "테라폼 state 깨져본 사람?" 하니까 반 이상 손 듦
      [나] [오후 12:10] 점심
      `,
      `
      event AWS 커뮤니티 데이 2025 | 2025 | -
      talk 3 EKS 비용 줄이기 | 김도현 (바다상점) | aws-eks
      talk 6 테라폼 모듈 관리 | 윤하린 (구름페이) | terraform
      `,
      { plainText: true, name: 'chat.txt' },
    );
  });

  test('an X thread, the time alone under each post ("   — 11:05 AM"), a quoted post ("QT @HashiCorp: …") no talk; a Discord log ("mz — 2024/02/17 13:06"), its talks numbered 【4本目】', () => {
    check(
      `
      # Platform Night Boston — live thread

      1/ made it, coffee first
         — 9:04 AM

      2/ session 1 — Secrets at 2,000 namespaces — Marcus Lee & Jen Park, @HarborHealth
         — 11:05 AM

      3/ they moved to the Vault Secrets Operator
         — 11:12 AM

      4/ QT @HashiCorp: "Nomad 1.9 is out"
         — 11:40 AM
      `,
      `
      event Platform Night Boston — live thread | - | -
      talk 6 Secrets at 2,000 namespaces | Marcus Lee, Jen Park | nomad vault vault-secrets-operator
      `,
    );
    check(
      `
      関西クラウド勉強会 #8 — Discord ログ
      2025/02/15(土) 13:00〜 梅田

      mz — 2025/02/15 13:02
      はじまった
      mz — 2025/02/15 13:06
      【1本目】Consul を本番で回した話 / 岡田直樹さん（なにわクラウド）
      mz — 2025/02/15 13:15
      ・Envoy サイドカー
      mz — 2025/02/15 14:45
      【2本目】Helm chart の整理 / 田村 (@tamura_ops)
      `,
      `
      event 関西クラウド勉強会 #8 | 2025-02-15 | 梅田
      talk 7 Consul を本番で回した話 | 岡田直樹 (なにわクラウド) | consul envoy
      talk 11 Helm chart の整理 | 田村 | helm
      `,
      { plainText: true, name: 'discord.txt' },
    );
  });
});

describe('notes in other markup languages', () => {
  test('AsciiDoc: ".Title" over a "****" sidebar is a talk, its "발표::" the speakers, "트랙::" a field; the sidebar\'s text is the talk\'s', () => {
    check(
      `
      = AWS 커뮤니티 데이 2025 메모
      :author: 한지우
      :revdate: 2025-05-17

      == 오전 세션

      .EKS 위에서 Kafka 직접 운영하기
      ****
      발표:: 이서연, 모먼트커머스
      트랙:: 컨테이너 / 300

      * Strimzi로 쿠버네티스에 Kafka 올림
      ****

      .테라폼 랜딩존 만들기
      ****
      발표:: 김도윤 (구름랩)

      * 테라폼 모듈 40개
      ****
      `,
      `
      event AWS 커뮤니티 데이 2025 | 2025-05-17 | -
      talk 7 EKS 위에서 Kafka 직접 운영하기 | 이서연 (모먼트커머스) | aws-eks kafka kubernetes strimzi
      talk 15 테라폼 랜딩존 만들기 | 김도윤 (구름랩) | terraform
      `,
      { plainText: true, name: 'summit.txt' },
    );
  });

  test('reStructuredText saved as .md: "1. Title" over "-----" and "4.1 Title" over "~~~~" are sections; "여는 말" is no talk; an overlined title is the page\'s', () => {
    check(
      `
      부산 클라우드 밋업 #4
      =====================

      :일시: 2025-03-22 (토) 14:00~18:00

      .. note::
         30명 정도 옴.

      여는 말
      ------

      운영진 소개

      1. 헬름 차트 정리하기
      ---------------------

      :발표자: 강민재
      :소속: 한결해운

      - Helmfile 로 환경별 관리

      4.1 Ansible로 맥북 세팅
      ~~~~~~~~~~~~~~~~~~~~~~~

      :발표자: 이하은

      - brew + Ansible
      `,
      `
      event 부산 클라우드 밋업 #4 | 2025-03-22 | -
      talk 14 헬름 차트 정리하기 | 강민재 (한결해운) | helm helmfile
      talk 22 Ansible로 맥북 세팅 | 이하은 | ansible
      `,
    );
    check(
      `
      .. _guild-day:

      ==============================
      Infra Guild Day -- Q2, Leeds
      ==============================

      :Date: 2025-06-12

      .. contents:: Contents

      Leaving Terragrunt
      ==================

      :Speaker: Piotr Zielinski
      :Team: Platform

      Terragrunt out, plain Terraform in.
      `,
      `
      event Infra Guild Day -- Q2, Leeds | 2025-06-12 | -
      talk 11 Leaving Terragrunt | Piotr Zielinski | terraform terragrunt
      `,
      { plainText: true, name: 'guild.txt' },
    );
  });

  test('Org saved as .md from a phone: "** Title :tag:" over its drawer is a talk; "<2023-12-11 月 11:20-12:00>" under a heading is no text, "登壇: …" under it the speakers', () => {
    check(
      `
      #+TITLE: HUG Seoul 6월 밋업 메모
      # 폰에서 적고 emacs로 정리

      * 세션
      ** 테라폼 협업하기 - Atlantis 도입기                :terraform:
      :PROPERTIES:
      :SPEAKER:  박지훈
      :ORG:      온다랩
      :END:
      - Atlantis를 ECS에 띄움
      `,
      `
      event HUG Seoul 6월 밋업 | - | -
      talk 5 테라폼 협업하기 - Atlantis 도입기 | 박지훈 (온다랩) | atlantis aws-ecs terraform
      `,
    );
    check(
      `
      #+TITLE: CNDT2025 参加メモ

      * セッション
      ** DONE [#A] Kubernetesのアップグレードを怖くなくする話   :k8s:
      <2025-12-11 月 11:20-12:00>
      登壇: 高橋 航（株式会社ミライクラウド）
      - Argo CDで管理
      `,
      `
      event CNDT2025 | 2025-12-11 | -
      talk 4 Kubernetesのアップグレードを怖くなくする話 | 高橋 航 (株式会社ミライクラウド) | argo-cd kubernetes
      `,
      { plainText: true, name: 'cndt.txt' },
    );
  });
});

describe('notes by the organisers', () => {
  test('an MC\'s table "| # | 時間 | 発表 | 登壇者 | メモ |" lists the talks; "1. 山本さん: … → …。…" under it is what they said', () => {
    check(
      `
      ## インフラ勉強会@神戸 #3 司会メモ
      2025-02-14(金) 19:00〜

      | # | 時間 | 発表 | 登壇者 | メモ |
      |---|---|---|---|---|
      | 0 | 19:00 | 開会・諸連絡 | 司会(自分) | 集金は最後 |
      | 1 | 19:05 | テラフォームのstate分割の話 | 山本 大輔(なにわシステムズ) | 定刻 |
      | 2 | 19:30 | Packer で AMI を毎晩焼く | 小林 由美(堺クラウド) | 3分押し |

      ### 聞きながらメモ
      1. 山本さん: 1 state に 2000 リソース → plan 12分。環境ごとに分割した
      `,
      `
      event インフラ勉強会@神戸 #3 | 2025-02-14 | -
      talk 7 テラフォームのstate分割の話 | 山本 大輔 (なにわシステムズ) | terraform
      talk 8 Packer で AMI を毎晩焼く | 小林 由美 (堺クラウド) | aws-ami packer
      `,
    );
  });

  test('a run of the evening: "18:50 ピザ到着 15枚。冷蔵庫に…" and "20:05 休憩 10分 ← 5分に短縮" are no talks', () => {
    check(
      `
      Kubernetes Meetup Kobe #9 運営メモ
      2025/08/29(木) 19:00-21:30

      18:50 ピザ到着 15枚。冷蔵庫に入らないので会議室Bに置く
      19:05 「Kubernetes 1.33 の新機能」佐藤 健太 (クラウドナイン)
            ・nftables の kube-proxy
      20:05 休憩 10分 ← 5分に短縮 (押してるので)
      20:10 LT「Helm chart のテスト」伊藤 翔 (フリー)
      `,
      `
      event Kubernetes Meetup Kobe #9 | 2025-08-29 | -
      talk 5 Kubernetes 1.33 の新機能 | 佐藤 健太 (クラウドナイン) | kube-proxy kubernetes
      talk 8 Helm chart のテスト | 伊藤 翔 | helm
      `,
      { plainText: true, name: 'kobe.txt' },
    );
  });
});

describe('tools written short', () => {
  test('"테라", "프메", "카펜", "아르고", "그파", "テラ", "プロメ", "グラファ", "nmd", "cnsl", "vlt", "graf" are tools beside their context; "1日数テラ（TB）" alone is none', () => {
    check(
      `
      # KKG 밋업 2025

      ## 1. 쿠버네티스 플랫폼 - 한지수 (당근)
      - 테라로 state 분리, plan 시간 절반
      - 프메 메트릭은 그파 대시보드로, 아르고 sync wave 정리
      - 카펜 노드 cluster 통합

      ## 2. HashiStack at the edge - Ola Berg (Fjord)
      - nmd + cnsl + vlt, HashiCorp all the way, Terraform for the rest
      - graf dashboard on top of Prometheus metrics
      `,
      `
      event KKG 밋업 2025 | 2025 | -
      talk 3 쿠버네티스 플랫폼 | 한지수 (당근) | argo-cd grafana karpenter kubernetes prometheus terraform
      talk 8 HashiStack at the edge | Ola Berg (Fjord) | consul grafana nomad prometheus terraform vault
      `,
    );
    check(
      `
      # SRE関西 #9

      ## クバネ運用 - 田中 誠 (ミナト)
      - テラで state 分割、plan が速くなった
      - プロメの metrics は グラファ の ダッシュボード で見る
      - ログは1日数テラ（TB）
      `,
      `
      event SRE関西 #9 | - | -
      talk 3 クバネ運用 | 田中 誠 (ミナト) | grafana kubernetes prometheus terraform
      `,
    );
    check(
      `
      # SRE関西 #10

      ## ログ基盤 - 田中 誠 (ミナト)
      - state は S3 に置く、plan も速い
      - ログは1日数テラ（TB）、保存は 3테라
      `,
      `
      event SRE関西 #10 | - | -
      talk 3 ログ基盤 | 田中 誠 (ミナト) | aws-s3
      `,
    );
  });

  test('a timetable of quoted titles and their speakers: a timed line that quotes nothing, names no one and goes on past a comma is what happened then, not a talk; ignite talks under a label with a long remark in brackets are talks', () => {
    check(
      `
      kubeday utrecht 2025

      08:50  bagels at the Helm cafe, badge printer was jammed
      09:30  "Golden paths without the gold plating" — Sanne Visser, Dijkwerk
             - Terraform modules behind a Backstage template
      10:15  "Running Kafka where nobody watches it" — Daan Mulder, Polderpay
      11:00  ignite round (5 min each, slides advance on their own, brutal)
             * "A Vault audit log that nobody read" — Noor Haddad
             * "Consul DNS, but make it boring" — Lotte Jansen, Brugwerk
      11:45  ~ left early, train strike
      `,
      `
      event kubeday utrecht 2025 | 2025 | -
      talk 4 Golden paths without the gold plating | Sanne Visser (Dijkwerk) | backstage terraform
      talk 6 Running Kafka where nobody watches it | Daan Mulder (Polderpay) | kafka
      talk 8 A Vault audit log that nobody read | Noor Haddad | vault
      talk 9 Consul DNS, but make it boring | Lotte Jansen (Brugwerk) | consul
      `,
      { plainText: true },
    );
    check(
      `
      # 인프라 밋업 부산 2025

      13:00  "테라폼 상태 파일 쪼개기" — 김하늘, 파도랩
      13:40  "쿠버네티스 업그레이드 체크리스트" — 이준호, 갈매기페이
      14:20  커피 마시러 나감, 줄이 너무 길어서 포기
      `,
      `
      event 인프라 밋업 부산 2025 | 2025 | -
      talk 3 테라폼 상태 파일 쪼개기 | 김하늘 (파도랩) | terraform
      talk 4 쿠버네티스 업그레이드 체크리스트 | 이준호 (갈매기페이) | kubernetes
      `,
    );
  });

  test('"Full Name: Title" with the talk\'s notes indented under it, in a note that writes its talks so: the speaker, a colon, the title; not "Action items: …" nor what someone said', () => {
    check(
      `
      BRUNCH & BUILD - team notes

      === B&B #4 -- Tue 9 Sep 2025 ===

      Priya Nair: Moving our Vault unseal to KMS (again)
        - auto-unseal with AWS KMS, no more shamir ceremony
        - Grafana panel for seal status

      Sean O'Brien: Nomad batch jobs, worth it?
        - parameterized jobs instead of cron boxes

      Action items: migrate the Terraform state buckets
        - owner: platform team

      Lucas Meyer: we moved everything to k8s last week.
        - that was an aside at lunch
      `,
      `
      event BRUNCH & BUILD | 2025-09-09 | -
      talk 5 Moving our Vault unseal to KMS (again) | Priya Nair | aws-kms grafana vault
      talk 9 Nomad batch jobs, worth it? | Sean O'Brien | nomad
      `,
      { plainText: true },
    );
  });

  test('one file for a meetup series: "■■ vol.3  2025年2月6日(木) …" over "■ Title" lines, and "## 제8회 — 2025.03.13 (목)" under the series\' title, are its sessions, each named by the series and its number', () => {
    check(
      `
      京都インフラ勉強会 メモ（毎回ここに追記）
      ------------------------------

      ■■ vol.3  2025年2月6日(木) 19:00- 四条烏丸

      ■ Terraform の state 分割ふりかえり
        登壇: 松井 さん (ミヤコテック)
        - workspace をやめてディレクトリで分割

      ■■ vol.4  2025年5月15日(木) 19:00- 京都駅前

      ■ Vault の動的シークレット入門
        登壇: 大西 さん (カモガワ製作所)
        - DB の認証情報を都度発行
      `,
      `
      event 京都インフラ勉強会 vol.3 | 2025-02-06 | -
      talk 6 Terraform の state 分割ふりかえり | 松井 (ミヤコテック) | terraform
      event 京都インフラ勉強会 vol.4 | 2025-05-15 | -
      talk 12 Vault の動的シークレット入門 | 大西 (カモガワ製作所) | vault
      `,
      { plainText: true },
    );
    check(
      `
      # 테라폼 광주 밋업 누적 정리

      ## 제8회 — 2025.03.13 (목) / 광주 동구

      ### 1. 테라폼 모듈 버전 관리
      발표: 정하윤님
      - 레지스트리에 태그로 배포

      ## 제7회 — 2024.12.12 (목) / 온라인

      ### 1. Atlantis로 PR 기반 plan 돌리기
      발표: 최민재님
      - plan 결과를 PR 코멘트로
      `,
      `
      event 테라폼 광주 밋업 제8회 | 2025-03-13 | -
      talk 5 테라폼 모듈 버전 관리 | 정하윤 | terraform
      event 테라폼 광주 밋업 제7회 | 2024-12-12 | -
      talk 11 Atlantis로 PR 기반 plan 돌리기 | 최민재 | atlantis
      `,
    );
  });

  test('a reviewer\'s notes: "## [채택] Title ★★★★☆ (4.2)" is a talk, "[탈락]" and "[채택→취소]" were never given; "**심사 코멘트**: …" is a field, "(5분)" no organisation, "→ …" after a quoted talk the writer\'s note', () => {
    check(
      `
      # 쿠버네티스 대전 밋업 5회 — 발표 심사

      ## [채택] 사내 Helm 차트 저장소 운영기 ★★★★☆ (4.1)
      발표: 문서준 / 한밭페이
      **심사 코멘트**: 차트 버전 정책이 궁금해서 높게 줌
      - Harbor에 OCI로 올림

      ## [탈락] 쿠버네티스 vs 노마드 비교 ★★☆☆☆ (2.2)
      - 블로그 요약 수준

      ## [보류→채택] Argo CD 앱 300개 관리하기 ★★★☆☆ (3.4)
      발표: 배하람 (유성클라우드)
      - ApplicationSet으로 묶음

      ## [채택→취소] Istio 걷어낸 이야기 ★★★★☆ (3.8)
      - 발표자 사정으로 취소

      ## 라이트닝
      - "k9s 단축키 10개" — 오다온 (5분) → 다들 메모하느라 바빴음
      `,
      `
      event 쿠버네티스 대전 밋업 5회 | - | -
      talk 3 사내 Helm 차트 저장소 운영기 | 문서준 (한밭페이) | harbor helm
      talk 11 Argo CD 앱 300개 관리하기 | 배하람 (유성클라우드) | argo-cd
      talk 19 k9s 단축키 10개 | 오다온 | k9s
      `,
    );
  });

  test('a note written to choose between tools: "## 정리: Nomad vs 쿠버네티스 (우리 팀 기준)", "## Vault vs Secrets Manager — scorecard (weighted, 1–5)", "## 比較表：Istio vs Linkerd（自分用、○△×）" compare tools, no talk; "## Linkerd vs Istio: 2年使って比べてみた" with its speaker is one', () => {
    check(
      `
      # CNDT2025 メモ（メッシュ選定）

      ## Linkerd vs Istio: 2年使って比べてみた
      登壇：山本 彩（メルカリ）
      - mTLS は両方とも自動

      ## Envoy Gateway で Ingress を置き換える
      登壇：田中 翔（LINEヤフー）
      - Gateway API

      ## 比較表：Istio vs Linkerd（自分用、○△×）
      - 運用負荷: Linkerd ○
      `,
      `
      event CNDT2025 | 2025 | -
      talk 3 Linkerd vs Istio: 2年使って比べてみた | 山本 彩 (メルカリ) | istio linkerd
      talk 7 Envoy Gateway で Ingress を置き換える | 田中 翔 (LINEヤフー) | envoy envoy-gateway gateway-api
      `,
    );
    check(
      `
      # AWS Summit Sydney 2025 — secrets

      ## Dynamic secrets without tears — Priya Raman (Canva)
      - Vault database engine, leases

      ## Secrets Manager rotation at scale — Tom Walsh (Atlassian)
      - Lambda rotation functions

      ## Vault vs Secrets Manager — scorecard (weighted, 1–5)
      | criterion | Vault | ASM |
      `,
      `
      event AWS Summit Sydney 2025 | 2025 | -
      talk 3 Dynamic secrets without tears | Priya Raman (Canva) | vault
      talk 6 Secrets Manager rotation at scale | Tom Walsh (Atlassian) | aws-secrets-manager
      `,
    );
  });

  test('lightning talks written with their speaker\'s words: "・『Title』 name さん —「what they said」" is the talk and its speaker, the quote after the dash their words', () => {
    check(
      `
      # SRE福岡 #4 メモ

      【Prometheus の長期保存をやめた話】 松本 航さん（ヤマカサ）
      「Thanos は入れるのは簡単、運用が大変」（談）

      LT 枠
      ・『Vault で SSH 証明書』 tkoga さん —「鍵配布がなくなって平和」
      ・『Ansible を捨てられない理由』 森 さくらさん —「冪等性は文化」
      `,
      `
      event SRE福岡 #4 | - | -
      talk 3 Prometheus の長期保存をやめた話 | 松本 航 (ヤマカサ) | prometheus thanos
      talk 7 Vault で SSH 証明書 | tkoga | vault
      talk 8 Ansible を捨てられない理由 | 森 さくら | ansible
      `,
    );
  });

  test('"▼ 1本目  北村さん（Org）" then "お題: Title ← remark": the programme\'s order and its speaker, the title labelled on the next line; "(@handle) フリーランス" no organisation; "誰かが" no one', () => {
    check(
      `
      JAWS-UG 神戸 第9回 メモ   2025-01-18(土)

      ▼ 1本目  北村さん（ミナトSI）
        お題: AWS Lambda の同時実行数で事故った話 ←「事故」が本題
        『予約しないと他の関数に食われる』

      ▼ 2本目  えみりさん (@emiri_ops) フリーランス
        お題: CloudWatch のアラームを半分にした
        『鳴っても誰も見ないアラームは消す』

      ▼ 懇親会
        テラフォーミングの話で盛り上がる（誰かが SF 好き）
      `,
      `
      event JAWS-UG 神戸 第9回 | 2025-01-18 | -
      talk 4 AWS Lambda の同時実行数で事故った話 | 北村 (ミナトSI) | aws-lambda
      talk 8 CloudWatch のアラームを半分にした | えみり | aws-cloudwatch
      `,
      { plainText: true },
    );
  });

  test('a slot\'s kind inside its time\'s brackets: "【10:00 オープニング】…" and "【12:20 ランチ】" are no talks, "【13:30 スポンサーセッション】Title" is the title after it; "### ブース巡り②" is a walk round the booths', () => {
    check(
      `
      九州クラウドインフラデイ 2025 メモ

      【10:00 オープニング】主催挨拶のみ

      【10:15】Terraform の state を分けた話
        登壇：川口 翼さん（博多クラウド）

      【12:20 ランチ】

      【13:30 スポンサーセッション】Kafka を自前で運用するコスト
        登壇：小野 直子さん（コンフルエント）

      【15:00 ブース最終巡回】
        EKS のデモを見た
      `,
      `
      event 九州クラウドインフラデイ 2025 | 2025 | -
      talk 5 Terraform の state を分けた話 | 川口 翼 (博多クラウド) | terraform
      talk 10 Kafka を自前で運用するコスト | 小野 直子 (コンフルエント) | kafka
      `,
      { plainText: true },
    );
    check(
      `
      # CNDT2025 Day1

      ### Kubernetes のアップグレードを止めない
      登壇：森 健（ヤマト）
      - surge upgrade

      ### ブース巡り②
      - Datadog のブースで Kubernetes の監視デモ
      `,
      `
      event CNDT2025 | 2025 | -
      talk 3 Kubernetes のアップグレードを止めない | 森 健 (ヤマト) | kubernetes
      `,
    );
  });

  test('a mail\'s own date in Korean and Japanese fields ("날짜:", "日付：", bold or quoted) is not the event\'s; the body\'s day is, in the mail\'s year', () => {
    check(
      `
      제목: FW: 대구 클라우드 밋업 #3 정리
      보낸사람: 박하늘
      받는사람: 플랫폼팀
      날짜: 2025.06.16 월 09:12

      장소: 동성로 스페이스 / 6월 14일(토) 오후 2시~

      1) Terraform 모듈 버전 관리 - 최유진 (달구벌랩)
       - 테라폼 레지스트리를 사내에 둠
      2) Loki로 로그 비용 줄이기 - 정민호 (팔공소프트)
       - Grafana 대시보드 정리
      `,
      `
      event 대구 클라우드 밋업 #3 | 2025-06-14 | 동성로 스페이스 / 6월 14일(토) 오후 2시~
      talk 8 Terraform 모듈 버전 관리 | 최유진 (달구벌랩) | terraform
      talk 10 Loki로 로그 비용 줄이기 | 정민호 (팔공소프트) | grafana grafana-loki
      `,
      { plainText: true },
    );
    check(
      `
      件名：Re: 福岡インフラ勉強会 #8 レポ
      差出人：中村 陽
      宛先：基盤チーム
      日付：2025/07/07 (月) 18:30

      - 日時：2025年7月5日（土）13:00〜17:00

      ## Vault の監査ログを読む - 井上 拓（博多システム）
      - Vault の audit device

      ## Consul を捨てた話 - 松尾 葵（天神ラボ）
      - Consul から Kubernetes の Service へ
      `,
      `
      event 福岡インフラ勉強会 #8 | 2025-07-05 | -
      talk 8 Vault の監査ログを読む | 井上 拓 (博多システム) | vault
      talk 11 Consul を捨てた話 | 松尾 葵 (天神ラボ) | consul kubernetes
      `,
    );
  });

  test('a newsletter\'s issue in a subject\'s brackets ("[Infra Digest #12] KubeCon Japan special") is not the event, the words after it are; an event\'s hours make a forwarded day the event\'s', () => {
    check(
      `
      **From:** Ana Reyes
      **To:** eng@example.com
      **Date:** Mon, 16 Jun 2025 08:55
      **Subject:** [Infra Digest #12] KubeCon Japan special

      ### Cilium at the edge - Ken Mori (Lattice)
      - Cilium replaced kube-proxy

      ### Argo CD sharding - Mia Chen (Orbit)
      - Argo CD application controller shards
      `,
      `
      event KubeCon Japan special | 2025-06-16 | -
      talk 6 Cilium at the edge | Ken Mori (Lattice) | cilium kube-proxy
      talk 9 Argo CD sharding | Mia Chen (Orbit) | argo-cd
      `,
    );
    check(
      `
      # 하반기 데이터 인프라 데이 메모

      ## Kafka 파티션 재조정 - 한도윤 (물결소프트)
      - 카프카 리밸런싱

      ## Airflow 3 이관 - 서지아 (바람랩)
      - Airflow DAG 버전

      > ---------- Forwarded message ----------
      > 보낸사람: 기술문화팀
      > 날짜: 2024.11.04 (월) 10:00
      > 제목: [안내] 하반기 데이터 인프라 데이
      >
      > ■ 일시: 2024년 11월 14일(목) 14:00~18:00
      `,
      `
      event 하반기 데이터 인프라 데이 | 2024-11-14 | -
      talk 3 Kafka 파티션 재조정 | 한도윤 (물결소프트) | kafka
      talk 6 Airflow 3 이관 | 서지아 (바람랩) | airflow
      `,
    );
  });

  test('a plain text\'s dashed labels ("--- talk 2", "--- ignites (5 min each)") over a quoted title and its speaker\'s line; "Envoy, the café round the corner" is a café', () => {
    check(
      `
      Lisbon SRE Meetup #9 - my recap

      --- talk 1
      "Error Budgets Without Tears"
      Rita Sousa, Mareverde

       - SLOs in Prometheus
       - lunch after at Envoy, the café round the corner

      --- talk 2 ***
      "Packer Images for Everyone"
      Tiago Reis, Farol

       - Packer templates in HCL

      --- ignites (5 min each)
       * "Runbooks in Git" - Ines Lopes (Onda)
           Ansible playbooks as runbooks
       * "340 Grafana Panels" - Rui Alves (Brisa)
           Grafana was slow
      `,
      `
      event Lisbon SRE Meetup #9 | - | -
      talk 4 Error Budgets Without Tears | Rita Sousa (Mareverde) | prometheus
      talk 11 Packer Images for Everyone | Tiago Reis (Farol) | hcl packer
      talk 17 Runbooks in Git | Ines Lopes (Onda) | ansible git
      talk 19 340 Grafana Panels | Rui Alves (Brisa) | grafana
      `,
      { plainText: true },
    );
  });

  test('a team\'s split attendance: "11:00  [R]  hall 7.3 room K   Title" (a room in its own column) and "[D1 트랙2 13:30] 윤" over the title (a slot in brackets and who went)', () => {
    check(
      `
      SRECON EMEA 2025 -- DUBLIN
      team: ana (A), bo (B)

      11:00  [A]  hall 2 room K   Paging less with SLO burn rates
              spk: Nora Quinn, Liffey Cloud
              - Prometheus recording rules

      11:00  [B]  room 3 B   Terraform drift at 900 workspaces
              spk: Oisin Byrne (Harbour Bank)
              - Atlantis for every PR
      `,
      `
      event SRECON EMEA 2025 | 2025 | -
      talk 4 Paging less with SLO burn rates | Nora Quinn (Liffey Cloud) | prometheus
      talk 8 Terraform drift at 900 workspaces | Oisin Byrne (Harbour Bank) | atlantis terraform
      `,
      { plainText: true },
    );
    check(
      `
      클라우드 인프라 서밋 2025 정리
      작성: 인프라팀 윤, 송

      ------------------------------
      [D1 트랙2 13:30] 윤
      EKS 멀티테넌트 플랫폼 구축기
       발표: 한지민 (한결증권)

       - 카펜터로 노드 프로비저닝

      ------------------------------
      [D1 트랙4 14:30] 송
      Aurora PostgreSQL 무중단 이관
       발표: 오세린 (라임생명)

       - DMS로 CDC
      `,
      `
      event 클라우드 인프라 서밋 2025 | 2025 | -
      talk 6 EKS 멀티테넌트 플랫폼 구축기 | 한지민 (한결증권) | aws-eks karpenter
      talk 13 Aurora PostgreSQL 무중단 이관 | 오세린 (라임생명) | aws-aurora aws-dms postgresql
      `,
      { plainText: true },
    );
  });

  test('text copied from slides: "## ① 10:50〜 Track A" then a blank line, the title and "Name / Org"; "11:00  S03" or "11:55  Pavilion 2 Level 1 Room N01" over the title and its "speaker:" line', () => {
    check(
      `
      # 北陸クラウド DAYS 2025 参加メモ

      ## ① 10:50〜 Track A

      Lambda から ECS へ移した理由
      〜2年間の試行錯誤〜
      松田 葵 / 株式会社ノトクラウド
      北陸クラウド DAYS 2025                1/38

      💬 Fargate に寄せている

      ## ② 11:40〜 Track C

      Terraform の state 分割
      小林 翔 (フリーランス)
      北陸クラウド DAYS 2025                1/21
      `,
      `
      event 北陸クラウド DAYS 2025 | 2025 | -
      talk 5 Lambda から ECS へ移した理由〜2年間の試行錯誤〜 | 松田 葵 (株式会社ノトクラウド) | aws-ecs aws-fargate aws-lambda
      talk 14 Terraform の state 分割 | 小林 翔 | terraform
      `,
    );
    check(
      `
      PLATFORMCON LISBON 2025
      Lisbon Congress Centre, 3 Jun 2025

      ---------------------------------------
      11:00  S03
      Taming Argo CD with ApplicationSets
        speaker: Marta Silva (Farfetch)

      | TAMING ARGO CD
      | p.4

      ---------------------------------------
      11:55  Pavilion 2 Level 1 Room N01
      Running Cilium on 5,000 Nodes
        speakers: Rui Costa, Ana Lopes (Talkdesk)
      `,
      `
      event PLATFORMCON LISBON 2025 | 2025-06-03 | Lisbon Congress Centre
      talk 6 Taming Argo CD with ApplicationSets | Marta Silva (Farfetch) | argo-cd
      talk 14 Running Cilium on 5,000 Nodes | Rui Costa (Talkdesk), Ana Lopes (Talkdesk) | cilium
      `,
      { plainText: true },
    );
  });

  test('panels: a moderator before a slash ("사회 신동원(AWSKRUG) / 정다은, Jason Park (…)", "진행 … / 패널 …") in a bar\'s cell; "A, B, C — all HashiCorp" gives everyone the organisation', () => {
    check(
      `
      클라우드 서밋 2025 메모
      2025-05-16 / 코엑스

      11:00 ~ 11:40 | 고객사 패널: EKS 운영의 어려움 | 진행 오민수(AWS 코리아) / 패널 윤하늘(쿠팡), 강다온(토스)
        - Karpenter 도입 후기

      13:30 ~ 14:10 | AMA: 서버리스냐 컨테이너냐 | 사회 신동원(AWSKRUG) / 정다은, Jason Park (AWS Heroes)
        - Lambda 파와 ECS 파
      `,
      `
      event 클라우드 서밋 2025 | 2025-05-16 | 코엑스
      talk 4 고객사 패널: EKS 운영의 어려움 | 오민수 (AWS 코리아), 윤하늘 (쿠팡), 강다온 (토스) | aws-eks karpenter
      talk 7 AMA: 서버리스냐 컨테이너냐 | 신동원 (AWSKRUG), 정다은 (AWS Heroes), Jason Park (AWS Heroes) | aws-ecs aws-lambda
      `,
      { plainText: true },
    );
    check(
      `
      # HashiDays 2025

      ## 10:00 Terraform testing in practice - Maria Lopez (Acme)
      - terraform test

      ## 13:30 Ask the Packer maintainers (AMA)
      Lena Kraus, Sid Rao, Wes Tran — all HashiCorp
      - Packer plugins
      `,
      `
      event HashiDays 2025 | 2025 | -
      talk 3 Terraform testing in practice | Maria Lopez (Acme) | terraform
      talk 6 Ask the Packer maintainers (AMA) | Lena Kraus (HashiCorp), Sid Rao (HashiCorp), Wes Tran (HashiCorp) | packer
      `,
    );
  });

  test('a panel under a bold item: "  - mod: Name (Org)" then "  - panel: A (Org), B (Org), C (Org)", several people on one labelled item, whichever way the item is read', () => {
    check(
      `
      # PlatformCon Berlin 2025

      ## Day 1

      - keynotes — skipped

      - **Who owns the golden path?**
        - mod: Nadia Brenner (CNCF)
        - panel: Felix Ade (Spotify), Jo Lind (Zalando), Carmen Ruiz (Adidas)
        - Backstage templates, not mandates

      - **Argo CD at scale**
        - Dmitri Volk (Red Hat)
        - Argo CD sharding

      - **Kafka four years later**
        - Priya Das (Shopify)
        - Strimzi operator
      `,
      `
      event PlatformCon Berlin 2025 | 2025 | -
      talk 7 Who owns the golden path? | Nadia Brenner (CNCF), Felix Ade (Spotify), Jo Lind (Zalando), Carmen Ruiz (Adidas) | backstage
      talk 12 Argo CD at scale | Dmitri Volk (Red Hat) | argo-cd
      talk 16 Kafka four years later | Priya Das (Shopify) | kafka strimzi
      `,
    );
  });

  test('a workshop\'s instructors: "講師: Name さん(Org)/ TA: 3名" (the assistants after a slash) and "Instructors: A + B (both X), she did most of the talking" (a remark after the bracket); "Workshop: " is the slot\'s kind, not the title\'s', () => {
    check(
      `
      # JAWS-UG 神戸 ハンズオン回

      ## ハンズオン1：Terraform で VPC を作る
      講師: 田中 亮 さん(なにわクラウド)/ TA: 3名
      - テラフォームのインストール

      ## ハンズオン2：ECS Exec を試す
      講師: 森 彩 さん(六甲ラボ)
      - ECS のタスクに入る
      `,
      `
      event JAWS-UG 神戸 ハンズオン回 | - | -
      talk 3 Terraform で VPC を作る | 田中 亮 (なにわクラウド) | aws-vpc terraform
      talk 7 ECS Exec を試す | 森 彩 (六甲ラボ) | aws-ecs
      `,
    );
    check(
      `
      # HashiDays Workshop Day

      ## Workshop: Vault on Kubernetes
      Instructors: Ken Farr + Priya Nat (both HashiCorp), she did most of the talking
      - Vault Secrets Operator

      ## Talk: Nomad at the edge - Omar Haddad (Fastly)
      - Nomad clients on small boxes
      `,
      `
      event HashiDays Workshop Day | - | -
      talk 3 Vault on Kubernetes | Ken Farr (HashiCorp), Priya Nat (HashiCorp) | kubernetes vault vault-secrets-operator
      talk 7 Nomad at the edge | Omar Haddad (Fastly) | nomad
      `,
    );
  });

  test('a mail\'s signature ("-- " then the name) after the last talk ends it: a digest\'s next message is no part of it', () => {
    check(
      `
      Subject: [sre-list] Ghent SRE Night #7 - my recap

      1) "Postmortems that get read" - Joost Maes (Tulpia)
         - Grafana snapshots in every postmortem

      2) "Runbooks in Git" - Elif Aydin (Onda)
         - Ansible playbooks as runbooks

      Groetjes,
      Femke

      -- 
      Femke Vos, SRE at Kestrel Bank

      ------------------------------

      Message: 2
      Subject: Re: [sre-list] Ghent SRE Night #7 - my recap

      We still run Jenkins with the Vault plugin, and Terraform for the VMs.
      `,
      `
      event Ghent SRE Night #7 | - | -
      talk 3 Postmortems that get read | Joost Maes (Tulpia) | grafana
      talk 6 Runbooks in Git | Elif Aydin (Onda) | ansible git
      `,
      { plainText: true },
    );
  });
});
