import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../../harness/chromium';
import { driverFor, PopupPage } from './support/popupPage';
import { startPageServer, type PageServer } from '../../harness/server';
import { SHARED_PAGE_HOSTS } from '../../harness/sites';
import { waitFor } from './support/waitFor';

const SEED = 'seed-article.html';

let server: PageServer;
let profileDir: string;

const marksOf = (page: Page, category: string) =>
  page.evaluate((c) => document.querySelectorAll(`article mark.sourcelight-mark[data-category="${c}"]`).length, category);

/** Starts Chromium on the kept profile, opens the seed article and waits for its first scan to finish. */
async function openSeed(): Promise<{ browser: ChromiumSession; page: Page; popup: PopupPage }> {
  const browser = await launchChromium({ server, profileDir });
  const page = await browser.open(server.url(SEED, SHARED_PAGE_HOSTS[SEED]));
  await page.waitForFunction(() => performance.getEntriesByName('sourcelight:total').length > 0, null, { timeout: 15_000 });
  const popupTab = await browser.openPopup(await browser.tabId(page));
  const popup = new PopupPage(driverFor(popupTab));
  expect(await popup.settled()).toBe('page');
  return { browser, page, popup };
}

beforeAll(async () => {
  server = await startPageServer();
  profileDir = mkdtempSync(join(tmpdir(), 'sourcelight-restart-'));
});

afterAll(async () => {
  await server?.close();
  rmSync(profileDir, { recursive: true, force: true });
});

describe('settings in Chromium', () => {
  it('survive a browser restart: a category switched off stays off', async () => {
    const first = await openSeed();
    expect(await marksOf(first.page, 'official')).toBeGreaterThan(0);
    await first.popup.toggle('official');
    await waitFor('the official marks to go', async () => (await marksOf(first.page, 'official')) === 0, 5_000);
    await first.browser.close();

    const second = await openSeed();
    try {
      expect(await second.popup.isOn('official')).toBe(false);
      expect(await second.popup.isOn('anonymous')).toBe(true);
      expect(await marksOf(second.page, 'anonymous')).toBeGreaterThan(0);
      expect(await marksOf(second.page, 'official')).toBe(0);
    } finally {
      await second.browser.close();
    }
  });
});
