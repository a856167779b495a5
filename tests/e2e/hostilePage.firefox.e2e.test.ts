import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../wxt.config';
import { launchFirefox, type FirefoxSession } from '../../harness/firefox';
import { startPageServer, type PageServer } from '../../harness/server';
import { SHARED_PAGE_HOSTS } from '../../harness/sites';
import { forgeAgain, forgeOnScannedPage, HOSTILE_FROM_START_PAGE, HOSTILE_PAGE, hostileSeedPage } from './support/hostilePage';
import { settledHighlights, type PageHighlights } from './support/pageHighlights';
import { driverFor } from './support/popupPage';
import { compareWithGold } from './support/seedGold';

const HOST = SHARED_PAGE_HOSTS['seed-article.html']!;

let server: PageServer;
let browser: FirefoxSession;

beforeAll(async () => {
  server = await startPageServer();
  // In Firefox the id a content script sees (browser.runtime.id) is the add-on id, public in the manifest.
  const ids = [GECKO_ID, 'someone-else@example.com'];
  server.addFixture(HOSTILE_PAGE, hostileSeedPage(ids));
  server.addFixture(HOSTILE_FROM_START_PAGE, hostileSeedPage(ids, { fromStart: true }));
  browser = await launchFirefox({ server, hosts: [HOST] });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens FIXTURE on the seed's host and returns it with its highlights once the scan painted them. */
async function openScanned(fixture: string): Promise<{ page: Page; highlights: PageHighlights }> {
  const page = await browser.open(server.url(fixture, HOST));
  return { page, highlights: await settledHighlights(driverFor(page), 'article') };
}

describe('a page cannot switch Sourcelight off (Firefox ESR)', () => {
  it("keeps every highlight when the page forges WXT's script-started event, with the add-on id and another", async () => {
    const { page, highlights: before } = await openScanned(HOSTILE_PAGE);
    expect(compareWithGold(before)).toEqual({ missed: [], unexplained: [] });
    const { forged, heard, after } = await forgeOnScannedPage(driverFor(page));
    expect(forged).toBe(4);
    expect(heard).toEqual([]);
    expect(after.marks).toEqual(before.marks);
    await page.close();
  });

  it('scans and paints the whole article while the page forges the event from its first moment', async () => {
    const { page, highlights } = await openScanned(HOSTILE_FROM_START_PAGE);
    expect(compareWithGold(highlights)).toEqual({ missed: [], unexplained: [] });
    const { forged, heard } = await page.evaluate(forgeAgain);
    expect(forged).toBeGreaterThan(2);
    expect(heard).toEqual([]);
    await page.close();
  });
});
