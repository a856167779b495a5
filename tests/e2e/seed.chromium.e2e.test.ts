import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleProbe } from './support/articleProbe';
import type { ExtensionGlobal } from '../../harness/extensionGlobal';
import { launchChromium, type ChromiumSession } from '../../harness/chromium';
import { listProblems, markProblems, type EngineView } from './support/engineOracle';
import { readHighlights, type PageHighlights, type PageMark } from './support/pageHighlights';
import { SHARED_PAGES_DIR } from '../../harness/paths';
import { driverFor, PopupPage } from './support/popupPage';
import { compareWithGold } from './support/seedGold';
import { startPageServer, type PageServer } from '../../harness/server';
import { claimInView, lowestClaimId } from './support/claimPosition';
import { settledScan } from './support/settledScan';
import { SHARED_PAGE_HOSTS } from '../../harness/sites';
import { waitFor } from './support/waitFor';

const SEED = 'seed-article.html';

let server: PageServer;
let browser: ChromiumSession;
let page: Page;
let tabId: number;
let initial: PageHighlights;
/** The text the extension read, and the engine's claims on it computed here in Node. */
let probe: ArticleProbe;
let engine: EngineView;
/** The article as the server sent it, parsed by the page itself before any script touched it. */
let originalArticle: string;

const highlights = () => page.evaluate(readHighlights, 'article');
const placed = (marks: PageMark[]) => marks.map(({ claim, category, isSource, start, end }) => ({ claim, category, isSource, start, end }));

/** Waits for the page's marks to be WANTED (painting runs in slices, so a read in between sees part of them). */
async function marksBecome(wanted: PageMark[]): Promise<void> {
  const key = JSON.stringify(placed(wanted));
  try {
    await waitFor('the marks to settle', async () => JSON.stringify(placed((await highlights()).marks)) === key, 5_000);
  } catch {
    expect(placed((await highlights()).marks)).toEqual(placed(wanted));
  }
}

beforeAll(async () => {
  server = await startPageServer();
  // A short viewport, so the article's last claims start below the fold.
  browser = await launchChromium({ server, viewport: { width: 1000, height: 500 } });
  page = await browser.open(server.url(SEED, SHARED_PAGE_HOSTS[SEED]));
  tabId = await browser.tabId(page);
  // The content script ends each scan, painting included, with a `sourcelight:total` timing.
  await page.waitForFunction(() => performance.getEntriesByName('sourcelight:total').length > 0, null, { timeout: 15_000 });
  ({ probe, engine } = await settledScan(driverFor(page), () => browser.badgeText(tabId)));
  initial = await highlights();
  originalArticle = await page.evaluate(
    (html) => new DOMParser().parseFromString(html, 'text/html').querySelector('article')?.innerHTML ?? '',
    readFileSync(join(SHARED_PAGES_DIR, SEED), 'utf8'),
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('seed article in Chromium, scanned on load as a news site', () => {
  it('highlights exactly the sentences of the gold attributions, each in its gold category', () => {
    expect(compareWithGold(initial)).toEqual({ missed: [], unexplained: [] });
  });

  it('marks nothing outside the article: not the "traders said" aside, the nav or the footer', async () => {
    expect(initial.outside).toBe(0);
    const outsideText = await page.evaluate(() =>
      ['nav', 'aside', 'footer'].map((s) => document.querySelector(s)?.querySelectorAll('mark, .sourcelight-mark').length),
    );
    expect(outsideText).toEqual([0, 0, 0]);
  });

  it('marks every claim the engine finds in the article text, in its category, and counts them on the badge', async () => {
    expect(probe.tag).toBe('article');
    expect(engine.attributions.length).toBeGreaterThan(0);
    expect(markProblems(probe, engine)).toEqual([]);
    expect(await browser.badgeText(tabId)).toBe(engine.badge);
  });

  it("gives the tab a toolbar popup that names it, so the popup asks the page at once", async () => {
    const popup = await browser.worker.evaluate((tabId) => (globalThis as unknown as ExtensionGlobal).chrome.action.getPopup({ tabId }), tabId);
    expect(popup).toBe(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  });
});

describe('popup for the seed article', () => {
  let popup: PopupPage;

  beforeAll(async () => {
    popup = new PopupPage(driverFor(await browser.openPopup(tabId)));
    expect(await popup.settled()).toBe('page');
  });

  it('shows the count for each category and lists the claims the engine finds', async () => {
    expect(await popup.counts()).toEqual(engine.counts);
    expect(listProblems(await popup.claims(), engine, probe.text)).toEqual([]);
  });

  it('scrolls the page to a claim clicked in the list', async () => {
    const listed = await popup.claims();
    const lowest = await lowestClaimId(page);
    const inView = () => claimInView(page, lowest);
    await page.evaluate(() => scrollTo(0, 0));
    expect(await inView()).toBe(false);
    await popup.clickClaim(listed.findIndex((c) => c.id === lowest));
    await waitFor('the clicked claim to scroll into view', inView, 5_000);
  });

  it('switching a category off removes exactly its marks; switching it on brings them back', async () => {
    const category = initial.marks[0]!.category;
    await popup.toggle(category);
    await marksBecome(initial.marks.filter((m) => m.category !== category));
    await popup.toggle(category);
    await marksBecome(initial.marks);
  });

  it('the master switch removes every mark, leaving the article as the server sent it, and restores them', async () => {
    await popup.toggle('enabled');
    await marksBecome([]);
    expect(await page.evaluate(() => document.querySelector('article')!.innerHTML)).toBe(originalArticle);
    await popup.toggle('enabled');
    await marksBecome(initial.marks);
  });

  it('highlights coming and going never move the lines of the article: the browser records no layout shift', async () => {
    // In front, so the page renders (a hidden tab lays nothing out); switched off and on as the popup does, by a
    // write of the stored settings.
    await page.bringToFront();
    await page.evaluate(() => {
      const counter = globalThis as { layoutShifts?: number };
      counter.layoutShifts = 0;
      new PerformanceObserver((list) => {
        counter.layoutShifts! += list.getEntries().length;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    for (const enabled of [false, true, false, true]) {
      await browser.worker.evaluate(async (enabled) => {
        const { chrome } = globalThis as unknown as ExtensionGlobal;
        const { settings } = await chrome.storage.sync.get('settings');
        await chrome.storage.sync.set({ settings: { ...(settings as object | undefined), enabled } });
      }, enabled);
      await marksBecome(enabled ? initial.marks : []);
      // Two frames: the layout that follows the marks, and the one that reports its shifts.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    }
    const shifts = await page.evaluate(() => (globalThis as { layoutShifts?: number }).layoutShifts);
    expect(shifts).toBe(0);
  });
});
