// Semantic tokens: decoded to `line:text type[modifiers]`, then checked against LSP's encoding.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LEGEND, semanticTokenList, semanticTokens } from '../../../server/src/core/features/semantic-tokens';
import { fixture } from '../../support/fixture';

/** The only caller of the semantic tokens. */
function check(src: string, path: string, expected: string[]): void {
  const f = fixture(src);
  const uri = f.uri(path);
  const lines = f.files.get(path)!.split('\n');
  const list = semanticTokenList(f.ctx, uri);
  assert.deepEqual(
    list.map((t) => `${t.line + 1}:${lines[t.line].slice(t.start, t.start + t.length)} ${t.type}${t.modifiers.length ? `[${t.modifiers.join(',')}]` : ''}`),
    expected,
  );
  // The relative encoding decodes back to the same tokens.
  const { data } = semanticTokens(f.ctx, uri);
  assert.equal(data.length, list.length * 5);
  let line = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const [dl, ds, len, type, mods] = data.slice(i * 5, i * 5 + 5);
    line += dl;
    start = dl ? ds : start + ds;
    assert.deepEqual([line, start, len, LEGEND.tokenTypes[type]], [list[i].line, list[i].start, list[i].length, list[i].type]);
    assert.equal(mods, list[i].modifiers.reduce((b, m) => b | (1 << LEGEND.tokenModifiers.indexOf(m)), 0));
  }
}

describe('semantic tokens', () => {
  test('tools, talk titles, speakers, events and references in a Japanese note', () => {
    check(
      `
      //- /.infranotes/tools.yaml
      tools:
        - id: shipit
          name: ShipIt
          category: ci-cd
          aliases: [シップイット]
      //- /ja.md
      ---
      event: HUG Tokyo #18
      date: 2024-05-22
      tools: [Terraform, ShipIt]
      ---
      19:05-19:35 テラフォームのstateを分割した話 (高橋 誠)

      ## テラフォームのstateを分割した話
      登壇者: 高橋 誠 (株式会社フジミネ)
      - シップイットとk8sの話。[[HUG Tokyo #18]]
    `,
      '/ja.md',
      [
        '2:HUG Tokyo #18 namespace[declaration]',
        '4:Terraform type[defaultLibrary]',
        '4:ShipIt type',
        '6:テラフォーム type[defaultLibrary]',
        '6:のstateを分割した話 function',
        '6:高橋 誠 variable',
        '8:テラフォーム type[defaultLibrary]',
        '8:のstateを分割した話 function[declaration]',
        '9:高橋 誠 variable',
        '10:シップイット type',
        '10:k8s type[defaultLibrary]',
        '10:[[HUG Tokyo #18]] namespace',
      ],
    );
  });

  test('a heading with the speaker after the title, in English', () => {
    check('//- /en.md\n# HashiConf 2024\n## Vault at Scale - Dana Whitfield (Northwind Bank)\n- notes\n', '/en.md', [
      '1:HashiConf 2024 namespace[declaration]',
      '2:Vault type[defaultLibrary]',
      '2: at Scale function[declaration]',
      '2:Dana Whitfield variable',
    ]);
  });

  test('a part and the tool it spells are one token: "Vault Agent", "HCP Terraform"', () => {
    check('//- /en.md\n# HashiConf 2024\n- Vault Agent and HCP Terraform\n', '/en.md', [
      '1:HashiConf 2024 namespace[declaration]',
      '2:Vault Agent type[defaultLibrary]',
      '2:HCP Terraform type[defaultLibrary]',
    ]);
  });
});
