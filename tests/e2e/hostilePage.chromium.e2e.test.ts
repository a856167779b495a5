import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../../harness/chromium';
import { startPageServer, type PageServer } from '../../harness/server';
import { SHARED_PAGE_HOSTS } from '../../harness/sites';
import { forgeAgain, forgeOnScannedPage, HOSTILE_FROM_START_PAGE, HOSTILE_PAGE, hostileSeedPage } from './support/hostilePage';
import { settledHighlights, type PageHighlights } from './support/pageHighlights';
import { driverFor, PopupPage } from './support/popupPage';
import { compareWithGold } from './support/seedGold';
import { waitFor } from './support/waitFor';

const NYT = 'nytimes-1.html';

let server: PageServer;
let browser: ChromiumSession;

beforeAll(async () => {
  server = await startPageServer();
  browser = await launchChromium({ server });
  // The real id, and one forged in its shape.
  const ids = [browser.extensionId, 'abcdefghijklmnopabcdefghijklmnop'];
  server.addFixture(HOSTILE_PAGE, hostileSeedPage(ids));
  server.addFixture(HOSTILE_FROM_START_PAGE, hostileSeedPage(ids, { fromStart: true }));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens FIXTURE on the seed's host and returns it with its highlights once the scan painted them. */
async function openScanned(fixture: string): Promise<{ page: Page; highlights: PageHighlights }> {
  const page = await browser.open(server.url(fixture, SHARED_PAGE_HOSTS['seed-article.html']));
  await page.waitForFunction(() => performance.getEntriesByName('sourcelight:total').length > 0, null, { timeout: 15_000 });
  return { page, highlights: await settledHighlights(driverFor(page), 'article') };
}

describe('a page cannot switch Sourcelight off (Chromium)', () => {
  it("keeps every highlight when the page forges WXT's script-started event, with the real id and a forged one", async () => {
    const { page, highlights: before } = await openScanned(HOSTILE_PAGE);
    expect(compareWithGold(before)).toEqual({ missed: [], unexplained: [] });
    const { forged, heard, after } = await forgeOnScannedPage(driverFor(page));
    expect(forged).toBe(4);
    // The extension never announced itself to the page.
    expect(heard).toEqual([]);
    expect(after.marks).toEqual(before.marks);
    // Still running: it answers the popup and the badge counts the claims.
    const tabId = await browser.tabId(page);
    expect(await browser.badgeText(tabId)).toBe(String(new Set(before.marks.map((m) => m.claim)).size));
    const popup = new PopupPage(driverFor(await browser.openPopup(tabId)));
    expect(await popup.settled()).toBe('page');
    await page.close();
  });

  it('scans and paints the whole article while the page forges the event from its first moment', async () => {
    const { page, highlights } = await openScanned(HOSTILE_FROM_START_PAGE);
    expect(compareWithGold(highlights)).toEqual({ missed: [], unexplained: [] });
    // It forged before the page loaded and kept on while the scan ran (every 25 ms): more than this one call.
    const { forged, heard } = await page.evaluate(forgeAgain);
    expect(forged).toBeGreaterThan(2);
    expect(heard).toEqual([]);
    await page.close();
  });
});

describe('never scan, as hosts (Chromium)', () => {
  it('"nytimes.com" on the never list clears www.nytimes.com in an open tab at once, and taking it off brings the highlights back', async () => {
    const article = await browser.open(server.url(NYT, SHARED_PAGE_HOSTS[NYT]));
    const marks = () => article.evaluate(() => document.querySelectorAll('mark.sourcelight-mark').length);
    await waitFor('the NYT article to be highlighted', async () => (await marks()) > 0);

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('#add-never-scanned-sites').fill('nytimes.com');
    await options.locator('#add-never-scanned-sites').press('Enter');
    await options.getByRole('list', { name: 'Never scanned sites' }).getByText('nytimes.com', { exact: true }).waitFor();

    await waitFor('the highlights to leave www.nytimes.com without a reload', async () => (await marks()) === 0);
    const tabId = await browser.tabId(article);
    await waitFor('the badge to clear', async () => (await browser.badgeText(tabId)) === '');

    await options.bringToFront();
    await options.getByRole('button', { name: 'Remove nytimes.com' }).click();
    await waitFor('the highlights to come back', async () => (await marks()) > 0);
    await options.close();
    await article.close();
  });
});
