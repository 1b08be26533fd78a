// The Infra Notes end-to-end scenario, run by test/e2e/e2e.mjs in code-server + Chromium
// (or alone: E2E_SCENARIO=test/e2e/infranotes-scenario.mjs node test/e2e/e2e.mjs).
//
// English first: open a Korean note, hover a Korean tool name and read the card, open the
// tool card panel, the Infra Notes views, the Search command, open a talk. Then the same UI
// in Korean and Japanese (code-server's display language, set through argv.json + reload).
// Screenshots go to test/e2e/screenshots/ (git-ignored); look at them.
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

export const NOTE_KO = '2024/hashicorp-kr-meetup-12.md';

const STATUS_ITEM = '.part.statusbar .statusbar-item';

/** Waits until the status bar shows the index size ("$(notebook) 45 talks", localized). */
async function waitForIndex(page, vsc, pattern) {
  return vsc.waitFor(
    async () => {
      const texts = await page.locator(STATUS_ITEM).allInnerTexts();
      return texts.map((t) => t.trim()).find((t) => pattern.test(t));
    },
    { timeout: 60_000, what: `the Infra Notes status bar item to match ${pattern}` },
  );
}

/** The text of the tool card webview (two nested iframes). */
async function webviewText(page, vsc, contains) {
  return vsc.waitFor(
    async () => {
      for (const frame of page.frames()) {
        const text = await frame
          .evaluate(() => (document.querySelector('main.tool-card') ? document.body.innerText : null))
          .catch(() => null);
        if (text && (!contains || text.includes(contains))) return text;
      }
      return null;
    },
    { timeout: 30_000, what: `the tool card webview${contains ? ` containing "${contains}"` : ''}` },
  );
}

/** Centre of the first character of the first rendered occurrence of `text` in the active editor. */
async function textPoint(page, text) {
  return page.evaluate((t) => {
    const lines = [...document.querySelectorAll('.part.editor .editor-group-container.active .monaco-editor .view-lines .view-line')];
    for (const line of lines) {
      const idx = line.textContent.replace(/\u00a0/g, ' ').indexOf(t);
      if (idx < 0) continue;
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let pos = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (idx < pos + n.textContent.length) {
          const r = document.createRange();
          r.setStart(n, idx - pos);
          r.setEnd(n, Math.min(n.textContent.length, idx - pos + 1));
          const b = r.getBoundingClientRect();
          return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
        }
        pos += n.textContent.length;
      }
    }
    return null;
  }, text);
}

/** Places the cursor on the first rendered occurrence of `text` in the active editor. */
async function clickText(page, vsc, text) {
  const point = await vsc.waitFor(() => textPoint(page, text), { what: `"${text}" rendered in the editor` });
  await page.mouse.click(point.x, point.y);
  await page.mouse.move(1, 1);
}

/**
 * Hovers `text` until a hover containing `contains` shows (the first hover can come
 * before the server has the note indexed; moving away and back asks again).
 */
async function hoverCard(page, vsc, text, contains) {
  const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: contains }).first();
  return vsc.waitFor(
    async () => {
      const point = await textPoint(page, text);
      if (!point) return null;
      await page.mouse.move(1, 1);
      await page.mouse.move(point.x - 2, point.y, { steps: 2 });
      await page.mouse.move(point.x, point.y, { steps: 2 });
      await hover.waitFor({ state: 'visible', timeout: 4000 }).catch(() => undefined);
      return (await hover.isVisible()) ? (await hover.innerText()).trim() : null;
    },
    { timeout: 45_000, interval: 500, what: `a hover over "${text}" containing "${contains}"` },
  );
}

/**
 * Runs one of our commands that opens its own QuickPick (the palette's helper waits for the
 * quick input to close, which it never does here) and waits for that QuickPick's title.
 */
async function runQuickPickCommand(page, vsc, command, title) {
  const box = await vsc.openQuickInput(page, 'F1');
  await box.fill(`>${command}`);
  const rows = page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
  const index = await vsc.waitFor(
    async () => {
      const labels = await vsc.quickInputLabels(page);
      const i = labels.findIndex((l) => l === command || l.endsWith(`: ${command}`));
      return i >= 0 ? i + 1 : 0;
    },
    { what: `command "${command}" in the Command Palette` },
  );
  await rows.nth(index - 1).click();
  await page.locator('.quick-input-widget .quick-input-title').filter({ hasText: title }).waitFor({ state: 'visible' });
}

async function typeInQuickInput(page, vsc, text, { expect }) {
  const box = page.locator('.quick-input-widget .quick-input-box input');
  await box.waitFor({ state: 'visible' });
  await box.fill(text);
  return vsc.waitFor(
    async () => {
      const labels = await vsc.quickInputLabels(page);
      return labels.some((l) => expect.test(l)) ? labels : null;
    },
    { timeout: 30_000, what: `a quick pick row matching ${expect} after typing "${text}"` },
  );
}

async function pickQuickInputRow(page, vsc, pattern) {
  // Results are re-queried as the user types: wait until the rows stop changing.
  let last = '';
  let stableSince = Date.now();
  await vsc.waitFor(
    async () => {
      const now = JSON.stringify(await vsc.quickInputLabels(page));
      if (now !== last) {
        last = now;
        stableSince = Date.now();
      }
      return Date.now() - stableSince > 600;
    },
    { what: 'the quick pick rows to settle' },
  );
  const rows = page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
  const labels = await vsc.quickInputLabels(page);
  const i = labels.findIndex((l) => pattern.test(l));
  if (i < 0) throw new Error(`no quick pick row matches ${pattern}: ${JSON.stringify(labels)}`);
  await rows.nth(i).click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

async function activeTabLabel(page) {
  return (await page.locator('.part.editor .editor-group-container.active .tabs-container .tab.active').first().getAttribute('aria-label')) ?? '';
}

/** Closes every editor and checks that none is left (a reload would otherwise restore them). */
async function closeAllEditors(page, vsc) {
  await vsc.runCommand(page, 'View: Close All Editors');
  await vsc.waitFor(async () => (await page.locator('.part.editor .tabs-container .tab').count()) === 0, { what: 'every editor to close' });
}

/**
 * Switches code-server's display language and reloads the workbench. No language pack can
 * be downloaded here, so this registers an empty one (VS Code's own UI stays English) in
 * the user data folder's languagepacks.json: enough for VS Code to run in `locale`, so that
 * extensions get `vscode.env.language` and their package.nls.<locale>.json / l10n bundles.
 */
async function setLocale(page, vsc, ctx, locale) {
  const userData = ctx.codeServer.userDataDir;
  const argv = path.join(userData, 'User', 'argv.json');
  await fs.mkdir(path.dirname(argv), { recursive: true });
  await fs.writeFile(argv, JSON.stringify({ locale }, null, 2) + '\n');
  const packs = {};
  for (const lang of ['ko', 'ja']) {
    const translations = path.join(ctx.codeServer.tmpDir, `language-pack-${lang}`, 'main.i18n.json');
    await fs.mkdir(path.dirname(translations), { recursive: true });
    await fs.writeFile(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
    packs[lang] = {
      hash: `infranotese2e${lang}`,
      extensions: [{ extensionIdentifier: { id: `infranotes.e2e-language-pack-${lang}` }, version: '0.0.0' }],
      translations: { vscode: translations },
      label: lang,
    };
  }
  await fs.writeFile(path.join(userData, 'languagepacks.json'), JSON.stringify(packs));
  await page.reload({ waitUntil: 'domcontentloaded' });
  await vsc.waitForWorkbench(page);
  // The web workbench saves its editor state on its own schedule, so a reload may bring back
  // editors closed just before it (and restore them while the tour opens a note): start empty.
  await closeAllEditors(page, vsc);
}

// Per language: how the UI names things, and what to type.
const LANGS = {
  en: {
    talks: /^[1-9]\d* talks?$/,
    events: 'Events',
    search: 'Infra Notes: Search',
    showToolCard: 'Infra Notes: Show Tool Card',
    // Two words in two places, an event and a title (the search by words).
    query: 'hashiconf vault',
    pick: /^Vault at Scale$/,
    opens: 'hashiconf-2024.md',
    toolCardTitle: /Tool: Terraform/,
  },
  ko: {
    talks: /발표 [1-9]\d*개$/,
    events: '행사',
    search: 'Infra Notes: 검색',
    showToolCard: 'Infra Notes: 도구 카드 보기',
    query: '테라폼',
    pick: /^테라폼 드리프트와의 전쟁$/,
    opens: 'cloud-infra-summit-2023.md',
    toolCardTitle: /도구: Terraform/,
  },
  ja: {
    talks: /発表 [1-9]\d* 件$/,
    events: 'イベント',
    search: 'Infra Notes: 検索',
    showToolCard: 'Infra Notes: ツールカードを表示',
    query: 'テラフォーム',
    pick: /^テラフォームのstateを分割した話$/,
    opens: 'hug-tokyo-18.md',
    toolCardTitle: /ツール: Terraform/,
  },
};

async function tourInLanguage(page, ctx, lang, { full }) {
  const { vsc, shot, assert, log } = ctx;
  const L = LANGS[lang];
  log(`[${lang}] waiting for the index`);
  const status = await waitForIndex(page, vsc, L.talks);
  log(`[${lang}] status bar: ${status}`);

  // 1. A Korean note; hover a Korean tool name: the server's card names the tool.
  await vsc.openFile(page, NOTE_KO);
  const hover = await hoverCard(page, vsc, '테라폼', 'Terraform');
  assert.match(hover, /Terraform/, `hover over 테라폼 shows no Terraform card: ${hover}`);
  await shot(`${lang}-hover-card`);

  // 2. The same card in a panel that stays open (cursor on the tool name).
  await clickText(page, vsc, '테라폼');
  await vsc.runCommand(page, L.showToolCard);
  const card = await webviewText(page, vsc, 'Terraform');
  assert.match(card, /Terraform/);
  await page
    .locator('.part.editor .tab')
    .filter({ hasText: L.toolCardTitle })
    .first()
    .waitFor({ state: 'visible', timeout: 10_000 });
  await shot(`${lang}-tool-card`);

  // 3. The Infra Notes views: expand an event, its talks show with speakers.
  const sidebar = await vsc.openViewContainer(page, 'Infra Notes');
  await sidebar.locator('.pane-header').filter({ hasText: L.events }).first().waitFor({ state: 'visible' });
  await vsc.expandTreeItem(page, 'HashiConf 2024');
  await vsc.treeItem(page, 'Vault at Scale').waitFor({ state: 'visible', timeout: 15_000 });
  if (full) {
    await vsc.expandTreeItem(page, '하시코프 한국 사용자 모임 12회 밋업');
    await vsc.treeItem(page, 'Vault로 DB 계정 없애기').waitFor({ state: 'visible', timeout: 15_000 });
  }
  await shot(`${lang}-events-view`);

  // 4. Search: one QuickPick over events, talks, speakers and tools.
  await runQuickPickCommand(page, vsc, L.search, L.search);
  const labels = await typeInQuickInput(page, vsc, L.query, { expect: L.pick });
  log(`[${lang}] search "${L.query}": ${JSON.stringify(labels.slice(0, 8))}`);
  await shot(`${lang}-search`);
  await pickQuickInputRow(page, vsc, L.pick);
  await vsc.waitFor(async () => (await activeTabLabel(page)).startsWith(L.opens), { what: `${L.opens} to open from the search` });
  log(`[${lang}] opened ${await activeTabLabel(page)}`);
  await shot(`${lang}-search-opened`);

  if (full) {
    // 5. The index status page (counts, time, skipped files and problems).
    await vsc.runCommand(page, 'Infra Notes: Show Index Status');
    await page.locator('.part.editor .tab').filter({ hasText: 'Index Status' }).first().waitFor({ state: 'visible' });
    const statusText = await vsc.waitFor(
      async () => {
        for (const frame of page.frames()) {
          const t = await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '');
          if (t.includes('Tool mentions')) return t;
        }
        return null;
      },
      { what: 'the rendered index status page' },
    );
    ctx.assert.match(statusText, /Talks\s+43|Talks\s+\d+/);
    await shot(`${lang}-index-status`);
  }
  await closeAllEditors(page, vsc);
}

export async function scenario(page, ctx) {
  const { vsc, log } = ctx;
  if (!existsSync(path.join(ctx.folder, NOTE_KO))) throw new Error(`the scenario needs the sample notes; ${NOTE_KO} is not in ${ctx.folder}`);
  await tourInLanguage(page, ctx, 'en', { full: true });

  const langs = (process.env.E2E_LANGS ?? 'ko,ja').split(',').map((s) => s.trim()).filter(Boolean);
  for (const lang of langs) {
    log(`switching the display language to ${lang}`);
    await setLocale(page, vsc, ctx, lang);
    try {
      await tourInLanguage(page, ctx, lang, { full: false });
    } catch (err) {
      // A reload restarts the extension host and the server: once, a slow start is forgiven,
      // loudly (the first error is printed), and the tour runs again on a fresh reload.
      log(`[${lang}] FIRST TRY FAILED, reloading and trying once more: ${err?.stack || err}`);
      await ctx.shot(`${lang}-first-try-failed`).catch(() => undefined);
      await setLocale(page, vsc, ctx, lang);
      await tourInLanguage(page, ctx, lang, { full: false });
    }
  }
}

export default scenario;
