"use strict";
// Seeded random note texts for the churn and load tests: English, Korean and Japanese notes with
// events, dates, talks as `Title - Speaker (Company)` headings (or a speaker line below the
// title), tool names in each language's spelling (Terraform, 테라폼을, テラフォームで), and now and
// then a [[reference]]. The same seed gives the same texts, so a failure can be replayed.
Object.defineProperty(exports, "__esModule", { value: true });
exports.NoteGen = void 0;
exports.prng = prng;
/** mulberry32: small, fast, good enough for tests; deterministic for a seed. */
function prng(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
const EN = {
    events: ['Platform Night', 'SRE Meetup Berlin', 'Cloud Infra Summit', 'DevOps Days Oslo', 'HashiTalks Europe'],
    speakers: ['Jane Doe', 'Sam Lee', 'Alex Morgan', 'Dana Whitfield', 'Miguel Ortega', 'Chris Lee', 'Priya Nair'],
    companies: ['Acme', 'Initech', 'Globex', 'Northwind Bank', 'Example Corp'],
    tools: ['Terraform', 'Vault', 'Kubernetes', 'Consul', 'Nomad', 'Ansible', 'Prometheus', 'Grafana', 'Helm', 'Argo CD'],
    titles: ['Scaling {t} Modules', '{t} in Production', 'Lessons from {t} Upgrades', 'Migrating to {t}', 'Observability with {t}', 'Our {t} Story'],
    bodies: ['- We moved everything to {t} last year.', '- {t} runs on every cluster now.', '- Q&A: how do you test {t} changes?', '- Slides are online.'],
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const KO = {
    events: ['인프라 밋업', '하시코프 한국 사용자 모임', '쿠버네티스 스터디', '플랫폼 엔지니어링 밋업'],
    speakers: ['김철수', '이지은', '박영희', '정민호', '김민수'],
    companies: ['카카오', '토스', '네이버', '라인', '당근마켓'],
    tools: ['테라폼', '쿠버네티스', '볼트', '헬름', '앤서블'],
    titles: ['{t} 모듈 설계', '{t} 운영 이야기', '{t} 도입기', '{t}로 배포 자동화하기'],
    bodies: ['- {t}을 쓴다. 버전은 태그로.', '- {t}으로 클러스터 300개를 관리한다.', '- 질문: {t}는 어떻게 테스트하나요?', '- 발표 자료는 나중에 공유.'],
};
const JA = {
    events: ['インフラ勉強会', 'HashiCorp勉強会 福岡', 'Kubernetes Meetup Tokyo', 'SRE NEXT 前夜祭'],
    speakers: ['佐々木 一郎', '高橋 誠', '渡辺 優子', '松本 恵', '鈴木 花子'],
    companies: ['株式会社サンプル', '株式会社フジミネ', 'クラウドリーフ株式会社', '株式会社ミドリクラウド'],
    tools: ['テラフォーム', 'Vault', 'Kubernetes', 'アンシブル', 'Helm'],
    titles: ['{t}でEKS基盤', '{t}のstateを分割した話', '{t}で秘密情報を管理する', '{t}入門'],
    bodies: ['- {t}で作った。', '- {t}を触る人が増えた。', '- 質疑: {t}のテストは?', '- 資料は後日公開。'],
};
class NoteGen {
    seed;
    random;
    constructor(seed) {
        this.seed = seed;
        this.random = prng(seed);
    }
    int(n) {
        return Math.floor(this.random() * n);
    }
    chance(p) {
        return this.random() < p;
    }
    pick(xs) {
        return xs[this.int(xs.length)];
    }
    lang() {
        return this.pick(['en', 'ko', 'ja']);
    }
    fill(template, tool) {
        return template.replace('{t}', tool);
    }
    /** A whole note: an event with a date and 0–3 talks. */
    note(lang = this.lang()) {
        const year = 2021 + this.int(4);
        const month = 1 + this.int(12);
        const day = 1 + this.int(28);
        const n = 1 + this.int(40);
        const lines = [];
        const talks = this.int(4);
        if (lang === 'en') {
            lines.push(`# ${this.pick(EN.events)} ${year}`, `Date: ${EN.months[month - 1]} ${day}, ${year}`, '');
        }
        else if (lang === 'ko') {
            lines.push(`# ${this.pick(KO.events)} ${n}회`, `- 일시: ${year}년 ${month}월 ${day}일`, '');
        }
        else {
            lines.push(`# ${this.pick(JA.events)} #${n}`, `日時: ${year}年${month}月${day}日`, '');
        }
        for (let i = 0; i < talks; i++)
            lines.push(...this.talk(lang), '');
        if (this.chance(0.15))
            lines.push(`- See also [[${this.pick(EN.events)} ${year}#${this.fill(this.pick(EN.titles), this.pick(EN.tools))}]]`);
        return lines.join('\n') + '\n';
    }
    /** One talk: a heading with the speaker, or the speaker on the line below; a body line or two. */
    talk(lang = this.lang()) {
        const P = lang === 'en' ? EN : lang === 'ko' ? KO : JA;
        const tool = this.pick(P.tools);
        const title = this.fill(this.pick(P.titles), tool);
        const speaker = this.pick(P.speakers);
        const company = this.pick(P.companies);
        const out = [];
        if (lang === 'en' || this.chance(0.5))
            out.push(`## ${title} - ${speaker} (${company})`);
        else
            out.push(`## ${title}`, lang === 'ko' ? `발표: ${speaker} 님 (${company})` : `登壇者: ${speaker} (${company})`);
        out.push(this.fill(this.pick(P.bodies), this.pick(P.tools)));
        if (this.chance(0.5))
            out.push(this.fill(this.pick(P.bodies), this.pick(P.tools)));
        return out;
    }
    /** A line or a few to insert somewhere in a note (an incremental edit). */
    snippet(lang = this.lang()) {
        const P = lang === 'en' ? EN : lang === 'ko' ? KO : JA;
        switch (this.int(4)) {
            case 0:
                return this.talk(lang).join('\n') + '\n';
            case 1:
                return this.fill(this.pick(P.bodies), this.pick(P.tools)) + '\n';
            case 2:
                return this.pick(P.tools);
            default:
                return this.pick(P.speakers);
        }
    }
}
exports.NoteGen = NoteGen;
//# sourceMappingURL=notes-gen.js.map