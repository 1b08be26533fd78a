"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
// Diagnostics (unresolved references, contradictions, front matter, tool file) and the quick fix.
const strict_1 = __importDefault(require("node:assert/strict"));
const node_test_1 = require("node:test");
const code_actions_1 = require("../../../server/src/core/features/code-actions");
const context_1 = require("../../../server/src/core/features/context");
const diagnostics_1 = require("../../../server/src/core/features/diagnostics");
const fixture_1 = require("../../support/fixture");
/** The only caller of the diagnostics: `place — code: message` for every note. */
function check(src, expected) {
    const f = (0, fixture_1.fixture)(src);
    const got = [];
    for (const [uri, list] of [...(0, diagnostics_1.allDiagnostics)(f.ctx)].sort((a, b) => a[0].localeCompare(b[0]))) {
        for (const d of list)
            got.push(`${f.place(uri, d.range)} — ${d.code}: ${d.message}`);
    }
    strict_1.default.deepEqual(got, expected);
}
/** The only caller of codeActions(): titles, and the line after applying the first. */
function checkFix(src, expected) {
    const f = (0, fixture_1.fixture)(src);
    const { uri, position } = (0, fixture_1.needCursor)(f);
    const actions = (0, code_actions_1.codeActions)(f.ctx, uri, { start: position, end: position });
    strict_1.default.deepEqual(actions.map((a) => a.title), expected.titles);
    strict_1.default.equal(actions[0].isPreferred, true);
    strict_1.default.equal(actions[0].diagnostics?.length, 1);
    const [edit] = actions[0].edit.changes[uri];
    const path = [...f.files.keys()].find((p) => f.uri(p) === uri);
    const line = f.files.get(path).split('\n')[edit.range.start.line];
    strict_1.default.equal(line.slice(0, edit.range.start.character) + edit.newText + line.slice(edit.range.end.character), expected.line);
}
const NOTES = `
  //- /2024/hashiconf.md
  ---
  title: HashiConf 2024
  date: 2024-10-15
  location: Boston, MA
  ---
  ## Vault at Scale - Dana Whitfield (Northwind Bank)
  - notes
  ## Terraform Stacks in Practice - Miguel Ortega (Fernhill Logistics)
  - notes
  //- /2024/hug-seoul.md
  # 하시코프 밋업 12회
  - 일시: 2024년 3월 23일
  ## 테라폼 모듈 레지스트리 이야기
  발표: 김민수 님 (토스)
  - 노트
`;
(0, node_test_1.describe)('diagnostics', () => {
    (0, node_test_1.test)('a wiki link to a note by its file name, to a tool or to a speaker is resolved; one to nothing is reported', () => {
        check(NOTES +
            `//- /Platform roadmap Q3.md
        nothing about talks here
        //- /daily.md
        # 2024-10-20
        - [[Platform roadmap Q3]] [[Terraform]] [[테라폼]] [[Dana Whitfield]] [[Budget 2025]]
        `, ['/daily.md:2: [[Budget 2025]] — unresolved-reference: Unresolved talk reference [[Budget 2025]]: No talk, event, note or speaker named “Budget 2025”.']);
    });
    (0, node_test_1.test)('an unresolved [[...]] is reported; resolved references and prose are not', () => {
        check(NOTES +
            `//- /todo.md
        # TODO
        - [[HashiConf 2024#Vault at Scale]] [[테라폼 모듈 레지스트리 이야기]] [[HashiConf 2024]]
        - [x] done [not a ref] (also not) [[Terraform Stacks in Practise]]
        - [[HashiConf 2024#No Such Talk]] and [[Nowhere Conf#Talk]]
        \`\`\`
        [[inside code]]
        \`\`\`
        `, [
            '/todo.md:3: [[Terraform Stacks in Practise]] — unresolved-reference: Unresolved talk reference [[Terraform Stacks in Practise]]: No talk, event, note or speaker named “Terraform Stacks in Practise”.',
            '/todo.md:4: [[HashiConf 2024#No Such Talk]] — unresolved-reference: Unresolved talk reference [[HashiConf 2024#No Such Talk]]: HashiConf 2024 has no talk titled “No Such Talk”.',
            '/todo.md:4: [[Nowhere Conf#Talk]] — unresolved-reference: Unresolved talk reference [[Nowhere Conf#Talk]]: No event named “Nowhere Conf”.',
        ]);
    });
    (0, node_test_1.test)('one talk at one event with two dates; one event with two venues', () => {
        check(NOTES +
            `//- /2024/hashiconf-b.md
        ---
        title: HashiConf 2024
        date: 2024-10-15
        location: Denver, CO
        ---
        ## Boundary Instead of Bastions - Sofia Lindqvist (Kestrel Health)
        - notes
        //- /2024/hashiconf-c.md
        ---
        title: HashiConf 2024
        date: 2024-10-16
        location: Boston
        ---
        ## Nomad for Batch - Aiko Brennan (Lumen Pixel Studios)
        - notes
        //- /2025/hashiconf-2024-again.md
        ---
        title: HashiConf 2024
        date: 2025-01-20
        ---
        ## Vault at Scale - Dana Whitfield (Northwind Bank)
        - notes
        `, [
            '/2024/hashiconf-b.md:2: HashiConf 2024 — event-venue-conflict: “HashiConf 2024” is at “Denver, CO” here, but at “Boston, MA” in hashiconf.md.',
            '/2024/hashiconf.md:2: HashiConf 2024 — event-venue-conflict: “HashiConf 2024” is at “Boston, MA” here, but at “Denver, CO” in hashiconf-b.md.',
            '/2024/hashiconf.md:6: Vault at Scale - Dana Whitfield (Northwind Bank) — talk-date-conflict: “Vault at Scale” at “HashiConf 2024” is dated 2024-10-15 here, but 2025-01-20 in hashiconf-2024-again.md.',
            '/2025/hashiconf-2024-again.md:5: Vault at Scale - Dana Whitfield (Northwind Bank) — talk-date-conflict: “Vault at Scale” at “HashiConf 2024” is dated 2025-01-20 here, but 2024-10-15 in hashiconf.md.',
        ]);
    });
    (0, node_test_1.test)('the same event name on different dates is a different edition, not a conflict', () => {
        check(`//- /a.md
      ---
      title: SRE Meetup
      date: 2024-01-10
      location: Tulipware HQ
      ---
      ## Talk A - Noor Haddad (Tulipware)
      //- /b.md
      ---
      title: SRE Meetup
      date: 2024-02-14
      location: Canalside Payments
      ---
      ## Talk B - Bram de Vries (Canalside Payments)
      `, []);
    });
    (0, node_test_1.test)('front matter and tool file problems', () => {
        check(`//- /.infranotes/tools.yaml
      tools:
        - name: No Id
      //- /bad.md
      ---
      title: [unclosed
      ---
      # Bad
      `, [
            '/.infranotes/tools.yaml:2: name: No Id… — tool-file: A tool needs an `id` (for example `id: shipit`).',
            '/bad.md:1: --- — front-matter: Front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
        ]);
    });
});
(0, node_test_1.describe)('quick fix for an unresolved reference', () => {
    (0, node_test_1.test)('offers the closest talks by title', () => {
        checkFix(NOTES + '//- /todo.md\n# TODO\n- [[Terraform Stacks in $0Practise|the stacks talk]] tomorrow\n', {
            titles: ['Change to [[HashiConf 2024#Terraform Stacks in Practice]]'],
            line: '- [[HashiConf 2024#Terraform Stacks in Practice|the stacks talk]] tomorrow',
        });
    });
    (0, node_test_1.test)('works for Korean titles', () => {
        checkFix(NOTES + '//- /todo.md\n# TODO\n- [[테라폼 모듈 레지스트$0리]]\n', {
            titles: ['Change to [[하시코프 밋업 12회#테라폼 모듈 레지스트리 이야기]]'],
            line: '- [[하시코프 밋업 12회#테라폼 모듈 레지스트리 이야기]]',
        });
    });
});
(0, node_test_1.describe)('diagnostics after changes', () => {
    // Kept per note and per group of same-named events, and redone only where a change can matter:
    // after every step, what the live context reports equals what a fresh one reports.
    const ROOT = 'file:///w';
    const note = (event, date, location, talks, refs = []) => `---\ntitle: ${event}\ndate: ${date}\nlocation: ${location}\n---\n` + talks.map((t) => `## ${t} - Dana Whitfield (Northwind)\n- notes\n`).join('') + (refs.length ? `\n# Links\n${refs.map((r) => `- ${r}`).join('\n')}\n` : '');
    const steps = [
        ['/a.md', note('HashiConf 2024', '2024-10-15', 'Boston', ['Vault at Scale', 'Terraform Stacks'])],
        ['/b.md', note('KubeCon 2024', '2024-03-20', 'Paris', ['Cilium Deep Dive'], ['[[HashiConf 2024#Vault at Scale]]', '[[Nomad for Batch]]', '[[SRECon 2024#Toil]]', '[stacks](a.md#terraform-stacks)'])],
        ['/c.md', note('HashiConf 2024', '2024-10-15', 'Denver', ['Nomad for Batch'])],
        // The talk the link and the wiki reference name is renamed, then comes back.
        ['/a.md', note('HashiConf 2024', '2024-10-15', 'Boston', ['Vault in Production', 'Terraform Stacks in Practice'])],
        ['/d.md', note('SRECon 2024', '2024-06-01', 'Dublin', ['Toil'])],
        ['/a.md', note('HashiConf 2024', '2024-10-15', 'Boston, MA', ['Vault at Scale', 'Terraform Stacks'])],
        ['/c.md', null],
        ['/e.md', note('HashiConf 2024', '2024-10-16', 'Denver', ['Terraform Stacks'], ['[[KubeCon 2024]]'])],
        ['/b.md', note('KubeCon 2025', '2025-03-20', 'London', ['Cilium Deep Dive'], ['[[HashiConf 2024#Vault at Scale]]', '[[Nomad for Batch]]'])],
        ['/d.md', null],
    ];
    const texts = new Map();
    const live = new context_1.FeatureContext();
    live.roots = [ROOT];
    const snapshot = (ctx) => JSON.stringify([...(0, diagnostics_1.allDiagnostics)(ctx)].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
    (0, node_test_1.test)('equal a fresh computation after every step', () => {
        steps.forEach(([path, text], i) => {
            if (text === null) {
                live.removeNote(ROOT + path);
                texts.delete(path);
            }
            else {
                live.updateNote({ uri: ROOT + path, text });
                texts.set(path, text);
            }
            const fresh = new context_1.FeatureContext();
            fresh.roots = [ROOT];
            for (const [p, t] of texts)
                fresh.updateNote({ uri: ROOT + p, text: t });
            strict_1.default.equal(snapshot(live), snapshot(fresh), `after step ${i + 1} (${path})`);
        });
    });
});
(0, node_test_1.describe)('diagnostics kept up to date', () => {
    // Few names, so that references, titles and events collide: a renamed title, a talk added or
    // gone, an event renamed or a note gone changes what other notes' references resolve to.
    const ROOT = 'file:///ws';
    const EVENTS = ['HashiConf 2024', 'KubeCon 2024', 'SRECon 2024'];
    const TITLES = ['Vault at Scale', 'Terraform Stacks', 'Nomad for Batch', 'Toil', 'Cilium Deep Dive', 'Vault'];
    const FILES = Array.from({ length: 60 }, (_, i) => `n${i}`);
    function noteText(rand) {
        const pick = (xs) => xs[Math.floor(rand() * xs.length)];
        const talks = TITLES.filter(() => rand() < 0.3);
        const refs = [];
        for (let k = Math.floor(rand() * 12); k > 0; k--) {
            const r = rand();
            if (r < 0.3)
                refs.push(`[[${pick(TITLES)}]]`);
            else if (r < 0.6)
                refs.push(`[[${pick(EVENTS)}#${pick(TITLES)}]]`);
            else if (r < 0.8)
                refs.push(`[[${pick(EVENTS)}]]`);
            else
                refs.push(`[x](${pick(FILES)}.md#${pick(TITLES).toLowerCase().replace(/ /g, '-')})`);
        }
        return (`---\ntitle: ${pick(EVENTS)}\ndate: 2024-0${1 + Math.floor(rand() * 3)}-10\nlocation: ${pick(['Boston', 'Paris', 'Dublin'])}\n---\n` +
            talks.map((t) => `## ${t} - Dana Whitfield (Northwind)\n- notes\n`).join('') +
            (refs.length ? `\n# Links\n${refs.map((r) => `- ${r}`).join('\n')}\n` : ''));
    }
    (0, node_test_1.test)('every run equals each note computed on its own, after edits one at a time, several at once, and runs left half way', () => {
        for (const seed of [1, 2, 3]) {
            let s = seed;
            const rand = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
            const ctx = new context_1.FeatureContext();
            ctx.roots = [ROOT];
            const uri = (f) => `${ROOT}/${f}.md`;
            for (const f of FILES)
                ctx.updateNote({ uri: uri(f), text: noteText(rand) });
            (0, diagnostics_1.allDiagnostics)(ctx);
            for (let step = 0; step < 60; step++) {
                for (let k = 1 + Math.floor(rand() * 3); k > 0; k--) {
                    const f = FILES[Math.floor(rand() * FILES.length)];
                    if (rand() < 0.15)
                        ctx.removeNote(uri(f));
                    else
                        ctx.updateNote({ uri: uri(f), text: noteText(rand) });
                }
                if (rand() < 0.3) {
                    // A run that stops after a step or two and is never resumed (a cancelled slice).
                    const steps = (0, diagnostics_1.allDiagnosticsSteps)(ctx);
                    steps.next();
                    steps.next();
                    continue;
                }
                if (rand() < 0.3) {
                    // A run during which a note changes (the server's slices let edits in): the next run must catch up.
                    const steps = (0, diagnostics_1.allDiagnosticsSteps)(ctx);
                    steps.next();
                    ctx.updateNote({ uri: uri(FILES[Math.floor(rand() * FILES.length)]), text: noteText(rand) });
                    while (!steps.next().done)
                        ;
                    continue;
                }
                const all = (0, diagnostics_1.allDiagnostics)(ctx);
                for (const note of ctx.index.notes()) {
                    strict_1.default.deepEqual(all.get(note.uri) ?? [], (0, diagnostics_1.diagnostics)(ctx, note.uri), `seed ${seed}, step ${step}, ${note.uri}`);
                }
                for (const u of all.keys())
                    strict_1.default.ok(ctx.index.note(u), `${u} is gone but still reported`);
            }
        }
    });
});
//# sourceMappingURL=diagnostics.test.js.map