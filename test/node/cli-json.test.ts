// `infranotes index --json` writes the same bytes for the same folder, whatever order the notes
// went into the index in (workers finish in any order; a changed note is put after the cached ones).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';

const cli = path.join(__dirname, '..', '..', '..', 'dist', 'cli.js');

describe('infranotes index --json', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'infranotes-cli-json-'));
  const notes = path.join(root, 'notes');
  const env = { ...process.env, XDG_CACHE_HOME: path.join(root, 'cache') };
  after(() => rmSync(root, { recursive: true, force: true }));
  const run = (...flags: string[]) => execFileSync(process.execPath, [cli, 'index', notes, '--json', ...flags], { encoding: 'utf8', env });

  test("lists a tool's mentions in the notes' order after a changed note was indexed again", () => {
    execFileSync('mkdir', ['-p', notes]);
    writeFileSync(path.join(notes, 'a.md'), '# HashiConf 2024\n\n## Terraform at scale - Jane Doe, Acme\n\nTerraform and Vault.\n');
    writeFileSync(path.join(notes, 'b.md'), '# 데브옵스 밋업\n\n## 테라폼 운영기 - 김민수, 카카오\n\n테라폼을 썼다.\n');
    writeFileSync(path.join(notes, 'c.md'), '# インフラ勉強会\n\n## テラフォーム入門 - 佐藤 花子\n\nTerraformの話。\n');
    run();
    // a.md now goes into the index after b.md and c.md, which come from the persistent index.
    appendFileSync(path.join(notes, 'a.md'), '\nMore Terraform.\n');
    const cached = run();
    const terraform = JSON.parse(cached).tools.find((t: { id: string }) => t.id === 'terraform');
    const paths = terraform.mentions.map((m: { path: string }) => m.path);
    assert.deepEqual([...new Set(paths)], ['a.md', 'b.md', 'c.md']);
    assert.equal(cached, run('--no-cache'));
  });
});
