// UI pass with playwright-core against a running VS Code server (started by
// scripts/e2e/launch-vscode-web.mjs): what an editor actually sees. Each check waits for a
// condition with a timeout and saves a screenshot. Returns { passed, failed, skipped }.
import { mkdirSync } from 'node:fs';
import path from 'node:path';

const DRAFT = 'draft_lehigh_blackout.md';
const SQUIGGLES = '.squiggly-error, .squiggly-warning, .squiggly-info, .squiggly-hint';

export async function runUiPass({ browser, base, folder, shots }) {
  mkdirSync(shots, { recursive: true });
  const res = { passed: 0, failed: 0, skipped: 0 };
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  const shot = (name) => page.screenshot({ path: path.join(shots, `${name}.png`) }).catch(() => {});
  async function check(name, fn) {
    const t0 = Date.now();
    try {
      const detail = await fn();
      res.passed++; console.log(`  ✓ ui: ${name} (${Date.now() - t0} ms)${detail ? ` — ${detail}` : ''}`);
    } catch (err) {
      res.failed++; console.log(`  ✗ ui: ${name} (${Date.now() - t0} ms) — ${String(err?.message ?? err).split('\n')[0]}`);
      await shot(`failed-${name.replace(/\W+/g, '-')}`);
    }
  }
  /** Runs a command through the command palette (F1), as a user would. */
  async function palette(text) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10000 });
    await input.fill(`>${text}`);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: text }).first();
    await row.waitFor({ state: 'visible', timeout: 10000 });
    await page.keyboard.press('Enter');
  }

  try {
    await page.goto(`${base}/?folder=${encodeURIComponent(folder)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    await page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({ timeout: 60000 }).catch(() => {});

    await check('the draft shows squiggles', async () => {
      await page.keyboard.press('Control+P');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 15000 });
      await input.fill(DRAFT);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: DRAFT }).first().waitFor({ timeout: 15000 });
      await page.keyboard.press('Enter');
      await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 15000 });
      await page.locator(SQUIGGLES).first().waitFor({ state: 'attached', timeout: 45000 });
      const n = await page.locator(SQUIGGLES).count();
      await shot('draft');
      return `${n} squiggles`;
    });

    await check('the Problems panel lists Source Review findings', async () => {
      await page.keyboard.press('Control+Shift+M');
      const rows = page.locator('.markers-panel .monaco-list-row', { hasText: /source \d{3}/i });
      await rows.first().waitFor({ timeout: 20000 });
      const n = await rows.count();
      await shot('problems');
      await page.keyboard.press('Control+Shift+M');
      return `${n} rows naming a source`;
    });

    await check('hovering a squiggle shows the side-by-side table', async () => {
      // A toast or a widget can sit over the first squiggle (CI saw the hover never open there):
      // clear notifications, then try the first few squiggles whose middle is really the editor's text.
      await palette('Notifications: Clear All Notifications').catch(() => {});
      await page.keyboard.press('Escape');
      const hover = page.locator('.monaco-hover:not(.hidden)', { has: page.locator('table') });
      const shown = page.locator('.monaco-hover:not(.hidden)');
      const total = await page.locator(SQUIGGLES).count();
      const tried = [];
      for (let i = 0; i < Math.min(total, 4); i++) {
        const box = await page.locator(SQUIGGLES).nth(i).boundingBox();
        if (!box || box.width < 2) { tried.push(`#${i}: no box`); continue; }
        const x = box.x + box.width / 2; const y = box.y + box.height / 2;
        const under = await page.evaluate(([px, py]) => {
          const el = document.elementFromPoint(px, py);
          return el?.closest('.monaco-editor .lines-content') ? '' : (el?.className?.toString().slice(0, 60) || 'nothing');
        }, [x, y]);
        if (under) { tried.push(`#${i}: covered by ${under}`); continue; }
        // hover() is intercepted by the editor's overlay: move the mouse onto the word instead.
        await page.mouse.move(x - 30, y - 30);
        await page.mouse.move(x, y, { steps: 5 });
        if (await hover.first().waitFor({ state: 'visible', timeout: 6000 }).then(() => true, () => false)) {
          const rows = await hover.first().locator('tr').count();
          await shot('hover');
          await page.mouse.move(5, 5);
          return `${rows} table rows (squiggle ${i + 1} of ${total})`;
        }
        // The mouse hover did not open: put the cursor there and ask for the hover (Ctrl+K Ctrl+I).
        await page.mouse.click(x, y);
        await page.keyboard.press('Control+K'); await page.keyboard.press('Control+I');
        if (await hover.first().waitFor({ state: 'visible', timeout: 6000 }).then(() => true, () => false)) {
          const rows = await hover.first().locator('tr').count();
          await shot('hover');
          await page.keyboard.press('Escape');
          return `${rows} table rows (squiggle ${i + 1} of ${total}, by keyboard)`;
        }
        const text = (await shown.first().innerText({ timeout: 500 }).catch(() => '')).replace(/\s+/g, ' ').slice(0, 80);
        tried.push(`#${i}: ${text ? `hover without a table: ${text}` : 'no hover'}`);
        await page.keyboard.press('Escape');
        await page.mouse.move(5, 5);
      }
      throw new Error(`no hover table on ${total} squiggles: ${tried.join('; ')}`);
    });

    await check('the Speakers view is populated', async () => {
      await palette('Focus on Speakers View');
      const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /speakers/i }) });
      await pane.locator('.monaco-list-row').first().waitFor({ timeout: 20000 });
      const n = await pane.locator('.monaco-list-row').count();
      await shot('speakers');
      return `${n} rows`;
    });

    await check('the report opens from the command palette', async () => {
      await palette('Show Conflict Report');
      const tab = page.locator('.tabs-container .tab', { hasText: /report/i });
      await tab.first().waitFor({ timeout: 20000 });
      await shot('report');
      return (await tab.first().innerText()).replace(/\s+/g, ' ').trim();
    });
  } catch (err) {
    res.failed++; console.log(`  ✗ ui: the workbench loads — ${err?.message ?? err}`);
  } finally {
    await page.close().catch(() => {});
  }
  return res;
}
