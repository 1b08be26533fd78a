// Generic helpers for driving VS Code's workbench (code-server) in a
// playwright-core Page. No fixed sleeps: every helper waits for a UI state
// with a deadline and fails with a message that says what it was waiting for.

import fs from 'node:fs/promises';
import path from 'node:path';

export const DEFAULT_TIMEOUT = Number(process.env.E2E_TIMEOUT_MS || 30_000);

const QUICK_INPUT = '.quick-input-widget';
const QUICK_INPUT_BOX = `${QUICK_INPUT} .quick-input-box input`;
const QUICK_INPUT_ROWS = `${QUICK_INPUT} .quick-input-list .monaco-list-row`;
const ACTIVE_EDITOR = '.part.editor .editor-group-container.active .editor-instance .monaco-editor';
// The editor's hover (content hover); workbench tooltips are .monaco-hover too, outside editors.
const HOVER = '.monaco-editor .monaco-hover:not(.hidden)';

const norm = (s) => String(s ?? '').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const basename = (p) => p.split(/[\\/]/).pop();

/**
 * Polls `fn` until it returns a truthy value (returned) or the deadline passes.
 * `what` describes the condition for the error message.
 */
export async function waitFor(fn, { timeout = DEFAULT_TIMEOUT, interval = 100, what = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let lastError;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${lastError ? ` (last error: ${lastError.message})` : ''}`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** Waits until the workbench is rendered and the editor area and status bar are there. */
export async function waitForWorkbench(page, { timeout = 60_000 } = {}) {
  await page.waitForSelector('.monaco-workbench', { state: 'visible', timeout });
  await page.waitForSelector('.monaco-workbench .part.editor', { state: 'visible', timeout });
  await page.waitForSelector('.monaco-workbench .part.statusbar', { state: 'visible', timeout });
  // The explorer (or any sidebar) finishing its first render is a good sign the
  // remote connection and file service are up.
  await page.waitForSelector('.monaco-workbench .part.activitybar .action-item', { state: 'visible', timeout });
}

/** Takes a full-page screenshot into `dir`/`name`.png; returns the path. */
export async function screenshot(page, dir, name) {
  await fs.mkdir(dir, { recursive: true });
  const file = path.join(dir, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  await page.screenshot({ path: file });
  return file;
}

// ------------------------------------------------------------- quick input

/** Presses Escape until `locator` is hidden (Escape may first go to e.g. notification toasts). */
export async function escapeUntilHidden(page, locator, { timeout = DEFAULT_TIMEOUT, what = 'widget to close' } = {}) {
  await waitFor(
    async () => {
      if (!(await locator.isVisible())) return true;
      await page.keyboard.press('Escape');
      return locator.waitFor({ state: 'hidden', timeout: 500 }).then(() => true, () => false);
    },
    { timeout, what },
  );
}

/** Opens a fresh quick input with `key` (F1, Control+P); returns its input box. */
export async function openQuickInput(page, key, { timeout = DEFAULT_TIMEOUT } = {}) {
  // Close anything open first so the key opens a fresh quick input.
  await escapeUntilHidden(page, page.locator(QUICK_INPUT), { timeout, what: 'the open quick input to close' });
  const box = page.locator(QUICK_INPUT_BOX);
  const deadline = Date.now() + timeout;
  for (let attempt = 0; ; attempt++) {
    // A key press goes to whatever has focus: after a reload that can be a webview's frame,
    // which keeps it. From the second attempt on, focus the workbench first by clicking the
    // editor area's empty background (or an editor's tab bar), which runs no action.
    if (attempt > 0) await focusWorkbench(page);
    await page.keyboard.press(key);
    const ok = await box.waitFor({ state: 'visible', timeout: Math.max(500, Math.min(3000, deadline - Date.now())) }).then(
      () => true,
      () => false,
    );
    if (ok) return box;
    if (Date.now() >= deadline) throw new Error(`timed out after ${timeout} ms waiting for ${key} to open the quick input`);
  }
}

/** Gives keyboard focus back to the workbench (out of a webview) without running anything. */
export async function focusWorkbench(page) {
  const target = page
    .locator('.part.editor .editor-group-container.active .tabs-and-actions-container')
    .or(page.locator('.part.editor .editor-group-container.empty'))
    .first();
  if (await target.isVisible().catch(() => false)) {
    const box = await target.boundingBox();
    // The right end of the tab bar is empty space (tabs start on the left, actions are further right only when there are tabs).
    if (box) await page.mouse.click(box.x + box.width * 0.75, box.y + box.height / 2);
  }
  await page.evaluate(() => {
    const el = document.activeElement;
    if (el && el.tagName === 'IFRAME') el.blur();
  });
}

/** Labels of the visible quick-input rows (for error messages and assertions). */
export async function quickInputLabels(page) {
  return page.locator(QUICK_INPUT_ROWS).evaluateAll((rows) =>
    rows.map((r) => (r.querySelector('.label-name')?.textContent ?? r.getAttribute('aria-label') ?? '').replace(/\u00a0/g, ' ').trim()),
  );
}

/**
 * Opens a quick input with `key`, types `value`, waits for a row whose label
 * satisfies `match(label)` and picks it (clicks it: focus by arrow keys is
 * fragile). The list is computed when the quick input opens (commands and
 * views of the remote extension host arrive a moment after the workbench
 * shows), so if nothing matches within `attemptMs` it closes and reopens it,
 * until `timeout`.
 */
async function pickFromQuickInput(page, key, value, match, { timeout, what, attemptMs = 2000 }) {
  const deadline = Date.now() + timeout;
  let labels = [];
  for (let attempt = 1; ; attempt++) {
    const box = await openQuickInput(page, key, { timeout: Math.max(1000, deadline - Date.now()) });
    await box.fill(value);
    const attemptDeadline = Math.min(deadline, Date.now() + attemptMs * attempt);
    let index = -1;
    while (Date.now() < attemptDeadline) {
      labels = await quickInputLabels(page).catch(() => []);
      index = labels.findIndex(match);
      if (index >= 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    if (index >= 0) {
      // The list may still be re-rendering (Quick Open keeps searching): a row that moves or is
      // replaced under the pointer fails the click; read the rows again and retry.
      try {
        await page.locator(QUICK_INPUT_ROWS).nth(index).click({ timeout: 3000 });
        await page.locator(QUICK_INPUT).waitFor({ state: 'hidden', timeout: 5000 });
        return labels[index];
      } catch (e) {
        if (Date.now() >= deadline) throw e;
        await page.keyboard.press('Escape').catch(() => {});
        continue;
      }
    }
    if (Date.now() >= deadline) {
      await page.keyboard.press('Escape').catch(() => {});
      throw new Error(`timed out after ${timeout} ms waiting for ${what}; visible rows: ${JSON.stringify(labels.slice(0, 15))}`);
    }
  }
}

/**
 * Runs a command from the Command Palette by its title as shown there,
 * e.g. "Hello E2E" or "Infra Notes: Show Index". A title without a category
 * also matches "Category: title".
 */
export async function runCommand(page, title, { timeout = DEFAULT_TIMEOUT } = {}) {
  const want = norm(title).toLowerCase();
  await pickFromQuickInput(
    page,
    'F1',
    `>${title}`,
    (label) => {
      const l = norm(label).toLowerCase();
      return l === want || l.endsWith(`: ${want}`);
    },
    { timeout, what: `command "${title}" in the Command Palette` },
  );
}

/**
 * Opens a file by (base)name through Quick Open (Ctrl+P) and waits until its
 * editor is active and rendered. `name` may be "note.md" or "sub/dir/note.md".
 * Returns a locator for the editor.
 */
export async function openFile(page, name, { timeout = DEFAULT_TIMEOUT } = {}) {
  const base = basename(name);
  await pickFromQuickInput(page, 'Control+P', name, (label) => norm(label) === base, {
    timeout,
    what: `file "${name}" in Quick Open`,
  });
  // The note's tab must be the active one in the active group (not merely open somewhere).
  const quoted = base.replace(/"/g, '\\"');
  await page
    .locator(`.part.editor .editor-group-container.active .tabs-container .tab.active[aria-label^="${quoted}"]`)
    .or(page.locator(`.part.editor .editor-group-container.active .title .label-name:text-is("${quoted}")`))
    .first()
    .waitFor({ state: 'visible', timeout });
  const editor = page.locator(ACTIVE_EDITOR).first();
  await editor.locator('.view-lines .view-line').first().waitFor({ state: 'visible', timeout });
  return editor;
}

/** Text of the visible lines of the active editor (Monaco only renders visible lines). */
export async function visibleEditorText(page) {
  return page.locator(`${ACTIVE_EDITOR} .view-lines`).first().evaluate((el) => {
    const lines = [...el.querySelectorAll('.view-line')]
      .map((l) => ({ top: parseFloat(l.style.top) || 0, text: l.textContent.replace(/\u00a0/g, ' ') }))
      .sort((a, b) => a.top - b.top);
    return lines.map((l) => l.text).join('\n');
  });
}

// ------------------------------------------------------------------ hovers

/** Finds `text` in the rendered lines of the active editor; returns the centre point of the match or null. */
async function locateTextInEditor(page, text, occurrence) {
  return page.evaluate(
    ({ selector, text, occurrence }) => {
      const root = document.querySelector(selector);
      if (!root) return null;
      const lines = [...root.querySelectorAll('.view-lines .view-line')].sort(
        (a, b) => (parseFloat(a.style.top) || 0) - (parseFloat(b.style.top) || 0),
      );
      let seen = 0;
      for (const line of lines) {
        const full = line.textContent.replace(/\u00a0/g, ' ');
        let from = 0;
        for (;;) {
          const idx = full.indexOf(text, from);
          if (idx < 0) break;
          if (seen++ === occurrence) {
            // Map [idx, idx+len) onto text nodes (tokens are split across spans).
            const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
            const range = document.createRange();
            let pos = 0;
            let startSet = false;
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const len = n.textContent.length;
              if (!startSet && idx < pos + len) { range.setStart(n, idx - pos); startSet = true; }
              if (startSet && idx + text.length <= pos + len) { range.setEnd(n, idx + text.length - pos); break; }
              pos += len;
            }
            // First box of the match (a wrapped match has several): its centre.
            const r = range.getClientRects()[0] ?? range.getBoundingClientRect();
            return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
          }
          from = idx + 1;
        }
      }
      return null;
    },
    { selector: ACTIVE_EDITOR, text, occurrence },
  );
}

/** Scrolls the active editor so that `text` is rendered, using the Find widget. */
async function revealTextInEditor(page, text, { timeout }) {
  await page.mouse.move(1, 1);
  await page.locator(HOVER).filter({ visible: true }).first().waitFor({ state: 'hidden', timeout: Math.min(timeout, 5000) }).catch(() => {});
  await page.locator(ACTIVE_EDITOR).first().click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+F');
  const find = page.locator(`${ACTIVE_EDITOR} .find-widget.visible textarea, ${ACTIVE_EDITOR} .find-widget.visible input`).first();
  await find.waitFor({ state: 'visible', timeout });
  await find.fill(text);
  await page.keyboard.press('Enter');
  // Close with its button: Escape would first go to notification toasts, hovers...
  const widget = page.locator(`${ACTIVE_EDITOR} .find-widget.visible`).first();
  await widget.locator('.codicon-widget-close, .codicon-close').first().click();
  await widget.waitFor({ state: 'hidden', timeout });
}

/**
 * Hovers the mouse over `text` in the active editor, waits for the hover
 * widget and returns its innerText.
 * @param {object} [opts]
 * @param {number} [opts.occurrence=0]     which match (0-based) among rendered lines
 * @param {string|RegExp} [opts.contains]  wait until the hover text contains/matches this
 */
export async function hoverText(page, text, { timeout = DEFAULT_TIMEOUT, occurrence = 0, contains } = {}) {
  let point = await locateTextInEditor(page, text, occurrence);
  if (!point) {
    await revealTextInEditor(page, text, { timeout });
    point = await waitFor(() => locateTextInEditor(page, text, occurrence), { timeout, what: `"${text}" rendered in the editor` });
  }
  // Move away first so a hover already showing for another word goes, then onto the text.
  const hover = page.locator(HOVER).filter({ visible: true }).first();
  await page.mouse.move(1, 1);
  await hover.waitFor({ state: 'hidden', timeout: Math.min(timeout, 5000) }).catch(() => {});
  await page.mouse.move(point.x - 2, point.y, { steps: 2 });
  await page.mouse.move(point.x, point.y, { steps: 2 });
  await hover.waitFor({ state: 'visible', timeout });
  return waitFor(
    async () => {
      const t = (await hover.innerText()).trim();
      if (!t || /^Loading\.\.\.$/i.test(t)) return null;
      if (contains instanceof RegExp && !contains.test(t)) return null;
      if (typeof contains === 'string' && !t.includes(contains)) return null;
      return t;
    },
    { timeout, what: `hover over "${text}"${contains ? ` containing ${contains}` : ''}` },
  );
}

// ------------------------------------------------------- views and trees

/**
 * Shows the view container (Explorer, Search, or an extension's container) whose
 * activity bar item has an aria-label starting with `title`. Does not toggle
 * it closed if it is already showing. Returns the side bar locator.
 */
export async function openViewContainer(page, title, { timeout = DEFAULT_TIMEOUT } = {}) {
  const item = page
    .locator(`.part.activitybar .action-item:has(a.action-label[aria-label^="${title.replace(/"/g, '\\"')}"])`)
    .first();
  await item.waitFor({ state: 'visible', timeout });
  const sidebar = page.locator('.part.sidebar');
  const isShown = async () =>
    (await item.evaluate((el) => el.classList.contains('checked'))) && (await sidebar.isVisible());
  if (!(await isShown())) await item.locator('a.action-label').click();
  await waitFor(isShown, { timeout, what: `view container "${title}" to show` });
  await sidebar
    .locator('.composite.title .title-label h2')
    .filter({ hasText: new RegExp(escapeRegExp(title), 'i') })
    .waitFor({ state: 'visible', timeout });
  return sidebar;
}

/** Row locator for a tree item in the side bar whose label is exactly `label` (else contains it). */
export function treeItem(page, label, { scope = '.part.sidebar' } = {}) {
  const rows = page.locator(`${scope} .monaco-list-row[role="treeitem"]`);
  const exact = rows.filter({
    has: page.locator('.label-name, .monaco-highlighted-label').filter({ hasText: new RegExp(`^\\s*${escapeRegExp(label)}\\s*$`) }),
  });
  return exact.or(rows.filter({ hasText: label })).first();
}

/** Labels of the visible tree rows in the side bar (with their depth). */
export async function treeItems(page, { scope = '.part.sidebar' } = {}) {
  return page.locator(`${scope} .monaco-list-row[role="treeitem"]`).evaluateAll((rows) =>
    rows
      .map((r) => ({
        top: parseFloat(r.style.top) || 0,
        level: Number(r.getAttribute('aria-level') || 0),
        label: (r.querySelector('.label-name')?.textContent ?? r.getAttribute('aria-label') ?? '').replace(/\u00a0/g, ' ').trim(),
        expanded: r.getAttribute('aria-expanded'),
      }))
      .sort((a, b) => a.top - b.top)
      .map(({ level, label, expanded }) => ({ level, label, expanded })),
  );
}

/**
 * Expands the tree item labelled `label` (if collapsed) and waits until its
 * children are rendered (custom trees fetch them from the extension host
 * after aria-expanded flips). Pass `expectChildren: false` for an item that
 * may turn out empty. Returns its row.
 */
export async function expandTreeItem(page, label, { timeout = DEFAULT_TIMEOUT, scope, expectChildren = true } = {}) {
  const row = treeItem(page, label, { scope });
  await row.waitFor({ state: 'visible', timeout }).catch(async (err) => {
    const items = await treeItems(page, { scope }).catch(() => []);
    throw new Error(`tree item "${label}" not found: ${err.message}; visible: ${JSON.stringify(items.map((i) => i.label).slice(0, 30))}`);
  });
  const expanded = await row.getAttribute('aria-expanded');
  if (expanded === null) throw new Error(`tree item "${label}" is not expandable`);
  if (expanded !== 'true') {
    // The twistie toggles regardless of the tree's "expand on click" setting.
    const twistie = row.locator('.monaco-tl-twistie');
    if (await twistie.isVisible()) await twistie.click();
    else await row.click();
  }
  await waitFor(
    () =>
      row.evaluate((el, expectChildren) => {
        if (el.getAttribute('aria-expanded') !== 'true') return false;
        if (el.querySelector('.codicon-tree-item-loading, .loading')) return false;
        if (!expectChildren) return true;
        const level = Number(el.getAttribute('aria-level') || 0);
        const rows = [...el.parentElement.children].sort(
          (a, b) => (parseFloat(a.style.top) || 0) - (parseFloat(b.style.top) || 0),
        );
        const next = rows[rows.indexOf(el) + 1];
        return !!next && Number(next.getAttribute('aria-level') || 0) > level;
      }, expectChildren),
    { timeout, what: `tree item "${label}" to expand and show its children` },
  );
  return row;
}

// ----------------------------------------------------------- notifications

/**
 * Waits for a notification toast whose message contains `text` (string or
 * RegExp) and for its slide-in animation to finish; returns the message.
 */
export async function waitForNotification(page, text, { timeout = DEFAULT_TIMEOUT } = {}) {
  const toast = page
    .locator('.notifications-toasts .notification-toast.notification-fade-in-done')
    .filter({ has: page.locator('.notification-list-item-message').filter({ hasText: text }) })
    .first();
  await toast.waitFor({ state: 'visible', timeout });
  return (await toast.locator('.notification-list-item-message').first().innerText()).trim();
}

/** Clears all notifications (so they neither cover the UI nor swallow Escape). */
export async function clearNotifications(page, { timeout = DEFAULT_TIMEOUT } = {}) {
  await runCommand(page, 'Notifications: Clear All Notifications', { timeout });
  await page.locator('.notifications-toasts .notification-toast').first().waitFor({ state: 'hidden', timeout });
}

/** Messages of the notification toasts currently showing. */
export async function notificationMessages(page) {
  return page.locator('.notifications-toasts .notification-list-item-message').allInnerTexts();
}
