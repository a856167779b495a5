import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../wxt.config';
import { launchFirefox, type FirefoxSession } from '../../harness/firefox';
import { startPageServer, type PageServer } from '../../harness/server';
import { SHARED_PAGE_HOSTS } from '../../harness/sites';
import { forgeAgain, HOSTILE_FROM_START_PAGE, HOSTILE_PAGE, hostileSeedPage } from './support/hostilePage';
import { readHighlights, type PageHighlights } from './support/pageHighlights';
import { compareWithGold } from './support/seedGold';
import { waitFor } from './support/waitFor';

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

/** Opens FIXTURE on the seed's host and returns it once its highlights are in and two reads a moment apart agree. */
async function openScanned(fixture: string): Promise<{ page: Page; highlights: PageHighlights }> {
  const page = await browser.open(server.url(fixture, HOST));
  let previous = '';
  const highlights = await waitFor('the seed article to be highlighted', async () => {
    const now = await page.evaluate(readHighlights, 'article');
    const key = JSON.stringify(now.marks);
    const settled = now.marks.length > 0 && key === previous;
    previous = key;
    return settled && now;
  }, 15_000);
  return { page, highlights };
}

describe('a page cannot switch Sourcelight off (Firefox ESR)', () => {
  it("keeps every highlight when the page forges WXT's script-started event, with the add-on id and another", async () => {
    const { page, highlights: before } = await openScanned(HOSTILE_PAGE);
    expect(compareWithGold(before)).toEqual({ missed: [], unexplained: [] });
    for (let i = 0; i < 3; i++) await page.evaluate(forgeAgain);
    const { forged, heard } = await page.evaluate(forgeAgain);
    expect(forged).toBe(4);
    expect(heard).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await page.evaluate(readHighlights, 'article')).marks).toEqual(before.marks);
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
