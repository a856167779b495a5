/**
 * `npm run demo`: opens the built extension in headless Chromium on the seed article and on a real news page, and
 * writes the screenshots the README shows: docs/seed-highlights.png, docs/popup.png (the sourcing profile and the
 * claims), docs/popup-sources.png (the Sources view), docs/popup-dark.png (the same in dark mode), docs/real-page.png. The real
 * page is unstyled: its style sheets live on the site's servers, which the harness never asks.
 * Uses the browser harness (harness/), so the pages are served locally and nothing goes to the network.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../harness/chromium';
import { REPO_ROOT } from '../harness/paths';
import { startPageServer } from '../harness/server';
import { SHARED_PAGE_HOSTS } from '../harness/sites';

const DOCS = join(REPO_ROOT, 'docs');
const REAL_PAGE = 'nytimes-3.html';

const scanned = (page: Page) =>
  page.waitForFunction(() => performance.getEntriesByName('sourcelight:total').length > 0, null, { timeout: 15_000 });

mkdirSync(DOCS, { recursive: true });
const server = await startPageServer();
const browser = await launchChromium({ server, viewport: { width: 1100, height: 900 } });
try {
  const seed = await browser.open(server.url('seed-article.html', SHARED_PAGE_HOSTS['seed-article.html']));
  await scanned(seed);
  await seed.screenshot({ path: join(DOCS, 'seed-highlights.png'), fullPage: true });

  const popupTab = await browser.openPopup(await browser.tabId(seed));
  await popupTab.setViewportSize({ width: 360, height: 600 });
  await popupTab.waitForSelector('[data-testid="claim-list"][aria-busy="false"]');
  await popupTab.locator('main').screenshot({ path: join(DOCS, 'popup.png') });
  await popupTab.click('[data-testid="tab-sources"]');
  await popupTab.waitForSelector('[data-testid="source-list"][aria-busy="false"]');
  await popupTab.locator('main').screenshot({ path: join(DOCS, 'popup-sources.png') });
  await popupTab.emulateMedia({ colorScheme: 'dark' });
  await popupTab.locator('main').screenshot({ path: join(DOCS, 'popup-dark.png') });

  const real = await browser.open(server.url(REAL_PAGE, SHARED_PAGE_HOSTS[REAL_PAGE]));
  await scanned(real);
  // Start the picture a little above the first highlighted claim, where a reader would see it.
  await real.evaluate(() => {
    const first = document.querySelector('mark.sourcelight-mark');
    if (first) scrollTo(0, first.getBoundingClientRect().top + scrollY - 200);
  });
  await real.screenshot({ path: join(DOCS, 'real-page.png') });
  console.log(`Wrote ${['seed-highlights.png', 'popup.png', 'popup-sources.png', 'popup-dark.png', 'real-page.png'].map((f) => join('docs', f)).join(', ')}`);
} finally {
  await browser.close();
  await server.close();
}
