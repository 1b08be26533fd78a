// Mocha inside VS Code's extension host: runs every *.test.js next to this file.
// `run()` is what @vscode/test-electron calls; it rejects when a test fails.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export interface SuiteResult {
  passed: number;
  failed: number;
  failures: Array<{ title: string; error: string }>;
}

export function runSuite(): Promise<SuiteResult> {
  const mocha = new Mocha({ ui: 'tdd', color: !process.env.INFRANOTES_TEST_RESULT, timeout: 60_000, slow: 5_000 });
  for (const f of fs.readdirSync(__dirname).sort()) if (f.endsWith('.test.js')) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve) => {
    const result: SuiteResult = { passed: 0, failed: 0, failures: [] };
    const runner = mocha.run(() => resolve(result));
    runner.on('pass', () => result.passed++);
    runner.on('fail', (test, err: Error) => {
      result.failed++;
      result.failures.push({ title: test.fullTitle(), error: String(err?.stack ?? err) });
    });
  });
}

export async function run(): Promise<void> {
  const r = await runSuite();
  if (r.failed) throw new Error(`${r.failed} extension test(s) failed`);
}
