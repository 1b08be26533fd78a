// A workspace without notes: the Events view shows its welcome content, and its
// "Create a Sample Event Note" button creates a note that then shows in the view.
//   mkdir -p /tmp/empty-notes && echo '{}' > /tmp/empty-notes/settings.json
//   E2E_FOLDER=/tmp/empty-notes E2E_NOTE=settings.json E2E_SCENARIO=test/e2e/infranotes-empty-scenario.mjs node test/e2e/e2e.mjs
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

export async function scenario(page, ctx) {
  const { vsc, shot, assert, folder, log } = ctx;
  const sidebar = await vsc.openViewContainer(page, 'Infra Notes');
  const button = sidebar.locator('.welcome-view-content a.monaco-button, .welcome-view-content .monaco-button').filter({ hasText: 'Create a Sample Event Note' }).first();
  await button.waitFor({ state: 'visible', timeout: 60_000 });
  await shot('empty-welcome');
  await button.click();
  const box = page.locator('.quick-input-widget .quick-input-box input');
  await box.waitFor({ state: 'visible' });
  await box.fill('Platform Meetup Seoul #7');
  await page.keyboard.press('Enter');
  await vsc.waitFor(async () => /YYYY-MM-DD/.test(await page.locator('.quick-input-widget').innerText()), { what: 'the date prompt' });
  await box.fill('2025-03-14');
  await page.keyboard.press('Enter');
  await vsc.waitFor(async () => /Venue/.test(await page.locator('.quick-input-widget').innerText()), { what: 'the venue prompt' });
  await box.fill('COEX, Seoul');
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget .quick-input-title').filter({ hasText: 'New Event Note: folder' }).waitFor({ state: 'visible' });
  await shot('empty-pick-folder');
  await page.keyboard.press('Enter');
  const file = path.join(folder, 'platform-meetup-seoul-7.md');
  await vsc.waitFor(() => existsSync(file), { what: `${file} to be created` });
  log(`created ${file}; folder: ${JSON.stringify(readdirSync(folder))}`);
  await vsc.treeItem(page, 'Platform Meetup Seoul #7').waitFor({ state: 'visible', timeout: 30_000 });
  await shot('empty-note-created');
  assert.ok(existsSync(file));
}
export default scenario;
