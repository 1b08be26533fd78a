// A tool's stamps move only when what the notes say of it changes: an edit of a long note that
// names sixty tools remakes the answers of the few it changed. Answers kept across such edits
// must still say what a freshly made index says, places included (lines inserted above a
// mention move it).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FeatureContext } from '../../server/src/core/features/context';
import { toolDefinition } from '../../server/src/core/features/definition';
import { toolCard } from '../../server/src/core/features/hover';
import { toolReferences } from '../../server/src/core/features/references';
import { searchByDefinition, searchIndex, searchTableSteps } from '../../server/src/core/features/search';
import { runToEnd } from '../../server/src/core/features/steps';
import { toolAnswerSteps } from '../../server/src/core/features/tool-answers';
import { sortTalksByDate } from '../../server/src/core/features/resolve-reference';
import { NoteGen } from '../support/notes-gen';

const URI = 'file:///ws/2024/hashiconf.md';

const NOTE = [
  '# HashiConf 2024',
  'Date: 2024-10-15',
  '',
  '## Terraform Stacks in Practice - Miguel Ortega (Acme)',
  '- Stacks replace workspaces; state stays in Consul',
  '- Then Kubernetes operators',
  '',
  '## Secrets at Scale - Jane Doe (Globex)',
  '- Rotating everything with Vault',
  '- Nomad runs the jobs',
  '',
];

function edited(lines: string[], line: number, from: string, to: string): string {
  const out = lines.slice();
  assert.ok(out[line].includes(from), `line ${line} holds ${from}`);
  out[line] = out[line].replace(from, to);
  return out.join('\n');
}

type Stamps = Map<string, [number, number, number]>;

function stamps(ctx: FeatureContext): Stamps {
  const out: Stamps = new Map();
  for (const toolId of ['terraform', 'consul', 'kubernetes', 'vault', 'nomad', 'ansible']) {
    out.set(toolId, [ctx.index.toolStamp(toolId), ctx.index.toolTitlesStamp(toolId), ctx.index.toolChangedAt(toolId)]);
  }
  return out;
}

/** The tools whose stamp (0), titles stamp (1) or changedAt (2) moved. */
function moved(before: Stamps, after: Stamps, which: 0 | 1 | 2): string[] {
  return [...before.keys()].filter((id) => before.get(id)![which] !== after.get(id)![which]).sort();
}

describe('tool stamps', () => {
  const cases: Array<{ name: string; text: string; stamp: string[]; titles: string[] }> = [
    { name: 'a mention replaced at the end of a body line', text: edited(NOTE, 8, 'Vault', 'Ansible'), stamp: ['ansible', 'vault'], titles: ['ansible', 'vault'] },
    { name: 'a word added after the mentions of a line', text: edited(NOTE, 4, 'Consul', 'Consul today'), stamp: [], titles: [] },
    { name: 'a word added before a mention on its line', text: edited(NOTE, 9, 'Nomad runs', 'Then Nomad runs'), stamp: ['nomad'], titles: ['nomad'] },
    // The talk's id and title change: a card showing it changes; counts, places and dates do not.
    { name: 'a talk title reworded', text: edited(NOTE, 3, 'in Practice', 'in Real Life'), stamp: ['terraform'], titles: ['consul', 'kubernetes', 'terraform'] },
    { name: 'the event date changed', text: edited(NOTE, 1, '2024-10-15', '2024-10-16'), stamp: ['consul', 'kubernetes', 'nomad', 'terraform', 'vault'], titles: ['consul', 'kubernetes', 'nomad', 'terraform', 'vault'] },
    { name: 'a line inserted above every mention', text: ['# HashiConf 2024', 'Date: 2024-10-15', 'Room: Hall B', ...NOTE.slice(2)].join('\n'), stamp: ['consul', 'kubernetes', 'nomad', 'terraform', 'vault'], titles: ['consul', 'kubernetes', 'nomad', 'terraform', 'vault'] },
    { name: 'a line inserted between the talks', text: [...NOTE.slice(0, 7), '- Q&A afterwards', ...NOTE.slice(7)].join('\n'), stamp: ['nomad', 'vault'], titles: ['nomad', 'vault'] },
    { name: 'nothing changed', text: NOTE.join('\n'), stamp: [], titles: [] },
  ];
  for (const c of cases) {
    test(`${c.name}: only the stamps of the tools it changed move`, () => {
      const ctx = new FeatureContext();
      ctx.updateNote({ uri: URI, text: NOTE.join('\n') });
      ctx.updateNote({ uri: 'file:///ws/other.md', text: '# Infra Day\n- Vault and Ansible and Terraform\n' });
      const before = stamps(ctx);
      ctx.updateNote({ uri: URI, text: c.text });
      const after = stamps(ctx);
      assert.deepEqual(moved(before, after, 0), c.stamp, 'stamp');
      assert.deepEqual(moved(before, after, 1), c.titles, 'titles stamp');
      // The note's objects were replaced for every tool it mentions, and for one it stopped mentioning.
      const mentioned = new Set([...ctx.index.note(URI)!.mentions].map((m) => m.toolId));
      if (c.stamp.includes('vault') && c.stamp.includes('ansible')) mentioned.add('vault');
      assert.deepEqual(moved(before, after, 2), [...mentioned].sort(), 'changedAt');
    });
  }

  test('after a line is inserted above, kept answers show the new places', () => {
    const ctx = new FeatureContext();
    ctx.updateNote({ uri: URI, text: NOTE.join('\n') });
    runToEnd(toolAnswerSteps(ctx));
    const lineOf = () => toolReferences(ctx.index, 'nomad', false).map((l) => l.range.start.line);
    assert.deepEqual(lineOf(), [9]);
    ctx.updateNote({ uri: URI, text: [...NOTE.slice(0, 7), '- Q&A afterwards', ...NOTE.slice(7)].join('\n') });
    assert.deepEqual(lineOf(), [10]);
    assert.deepEqual(
      toolDefinition(ctx.index, 'vault').map((l) => l.range.start.line),
      [9],
    );
    // Terraform's places did not move: its answers are the ones kept.
    assert.deepEqual(toolDefinition(ctx.index, 'terraform').map((l) => l.range.start.line), [3]);
  });
});

/** A small edit of a note: a tool's name replaced, a line inserted, removed or lengthened, a digit changed. */
function smallEdit(gen: NoteGen, text: string): string {
  const lines = text.split('\n');
  const names = ['Terraform', 'Vault', 'Kubernetes', 'Consul', 'Nomad', 'Ansible', 'Helm', '테라폼', '쿠버네티스', 'テラフォーム'];
  const at = gen.int(lines.length);
  switch (gen.int(6)) {
    case 0: {
      const holding = lines.map((l, i) => [l, i] as const).filter(([l]) => names.some((n) => l.includes(n)));
      if (!holding.length) break;
      const [line, i] = gen.pick(holding);
      const from = gen.pick(names.filter((n) => line.includes(n)));
      lines[i] = line.replace(from, gen.pick(names));
      break;
    }
    case 1:
      lines.splice(at, 0, gen.snippet().replace(/\n$/, ''));
      break;
    case 2:
      lines.splice(at, 1);
      break;
    case 3:
      lines[at] += gen.pick([' x', ' and Vault', ' (slides)']);
      break;
    case 4:
      lines[at] = lines[at].replace(/\d/, (d) => String((Number(d) + 1) % 10));
      break;
    default:
      lines[at] = gen.pick(['', 'Then ', '- ']) + lines[at];
  }
  return lines.join('\n');
}

/** Every answer about every tool that the index or the features keep between changes. */
function answers(ctx: FeatureContext): unknown {
  const out: Record<string, unknown> = {};
  for (const { toolId } of ctx.index.mentionedTools()) {
    const talks = sortTalksByDate(ctx.index.talksMentioning(toolId)).map((t) => [t.talk.id, t.talk.title, t.talk.titleRange.start.line, t.note.uri]);
    ctx.options = { hoverDetail: 'full' };
    const full = toolCard(ctx, toolId)?.markdown;
    ctx.options = { hoverDetail: 'compact' };
    const compact = toolCard(ctx, toolId)?.markdown;
    const stats = ctx.index.toolStats(toolId);
    out[toolId] = {
      full,
      compact,
      definition: toolDefinition(ctx.index, toolId),
      references: toolReferences(ctx.index, toolId, true),
      talks,
      counts: [stats.mentions, stats.notes, stats.events, stats.first, stats.last, stats.titled.length],
    };
  }
  return out;
}

test('answers kept across small edits of long notes say what a freshly made index says', () => {
  for (const seed of [21, 22, 23]) {
    const gen = new NoteGen(seed);
    const texts = new Map<string, string>();
    const kept = new FeatureContext();
    // Long notes (many talks each), so most tools of an edited note keep their stamps.
    for (let i = 0; i < 12; i++) {
      const uri = `file:///ws/${2021 + (i % 4)}/note-${i}.md`;
      const text = Array.from({ length: 4 }, () => gen.note()).join('\n');
      texts.set(uri, text);
      kept.updateNote({ uri, text });
    }
    const uris = [...texts.keys()];
    for (let round = 0; round < 40; round++) {
      // What is kept is made before the edit: cards, definitions, stats, search rows.
      if (round % 4 !== 3) {
        answers(kept);
        runToEnd(toolAnswerSteps(kept));
        runToEnd(searchTableSteps(kept.index));
        for (const q of ['Terraform', 'Vault', 'Kubernetes', '테라폼']) searchIndex(kept.index, q);
      }
      for (let k = 0; k < 1 + (round % 3); k++) {
        const uri = gen.pick(uris);
        texts.set(uri, smallEdit(gen, texts.get(uri)!));
        kept.updateNote({ uri, text: texts.get(uri)! });
      }
      const fresh = new FeatureContext();
      for (const [uri, text] of texts) fresh.updateNote({ uri, text });
      assert.deepEqual(answers(kept), answers(fresh), `seed ${seed}, round ${round}`);
      runToEnd(searchTableSteps(kept.index));
      for (const q of ['Terraform', 'Vault', 'Kubernetes', '테라폼']) assert.deepEqual(searchIndex(kept.index, q), searchByDefinition(kept.index, q), `seed ${seed}, round ${round}, ${q}`);
    }
  }
});
