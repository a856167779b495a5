import type { Page, WebWorker } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listProblems } from './support/engineOracle';
import type { ExtensionGlobal } from '../../harness/extensionGlobal';
import { driverFor, PopupPage } from './support/popupPage';
import { launchChromiumForRealPopup, type RealPopupSession } from '../../harness/puppeteerChromium';
import { startPageServer, type PageServer } from '../../harness/server';
import { readHighlights } from './support/pageHighlights';
import { settledScan } from './support/settledScan';
import { waitFor } from './support/waitFor';

let server: PageServer;
let browser: RealPopupSession;
let worker: WebWorker;
let page: Page;
let tabId: number;

const markCount = () => page.evaluate(() => document.querySelectorAll('mark.sourcelight-mark').length);
const scanned = () => page.evaluate(() => performance.getEntriesByName('sourcelight:total').length > 0);

beforeAll(async () => {
  server = await startPageServer();
  browser = await launchChromiumForRealPopup({ server });
  worker = await waitFor('the service worker', async () => (await browser.extension.workers())[0]);
  // 127.0.0.1 is not on the news-site list: the content script does not run here by itself.
  page = await browser.open(server.url('seed-article.html'));
  await page.bringToFront();
  tabId = await worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as ExtensionGlobal;
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id!;
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('"Scan this page" on a site off the news list (Chromium, real popup)', () => {
  it('the page is not scanned by itself', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect({ scanned: await scanned(), marks: await markCount() }).toEqual({ scanned: false, marks: 0 });
  });

  it('without a click on the toolbar button the extension may not read the page (no host permission, no activeTab)', async () => {
    const tab = await browser.browser.newPage();
    await tab.goto(`chrome-extension://${browser.extension.id}/popup.html?tabId=${tabId}`);
    const popup = new PopupPage(driverFor(tab));
    expect(await popup.settled()).toBe('not-scanned');
    await popup.scan();
    expect(await popup.settled()).toBe('not-scanned');
    expect(await tab.evaluate(() => document.querySelector('[data-testid="state-not-scanned"]')?.textContent)).toContain(
      'could not read this page',
    );
    expect(await markCount()).toBe(0);
    await tab.close();
  });

  it('clicking the toolbar button shows the empty state; "Scan this page" highlights the article and lists its claims', async () => {
    const popupPage = await browser.clickToolbarButton(page);
    const popup = new PopupPage(driverFor(popupPage));
    expect(await popup.settled()).toBe('not-scanned');
    expect(await popup.scan()).toBe('Scan this page');
    expect(await popup.settled()).toBe('page');

    await waitFor('the scan to finish', scanned);
    const badge = () =>
      worker.evaluate((tabId) => (globalThis as unknown as ExtensionGlobal).chrome.action.getBadgeText({ tabId }), tabId);
    const { probe, engine } = await settledScan(driverFor(page), badge);
    expect(engine.attributions.length).toBeGreaterThan(0);
    expect(await popup.counts()).toEqual(engine.counts);
    expect(listProblems(await popup.claims(), engine, probe.text)).toEqual([]);
  });

  it('a second injection asks the running script to look again: nothing torn down, no flicker, the page still followed', async () => {
    // What "Scan this page" and always-scan do: the same file into the same tab (the toolbar click granted activeTab).
    const injectAgain = () =>
      worker.evaluate(async (tabId) => {
        const { chrome } = globalThis as unknown as ExtensionGlobal;
        await chrome.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
      }, tabId);
    const before = await page.evaluate(readHighlights, 'article');
    expect(before.marks.length).toBeGreaterThan(0);
    // From here on the page counts every mark or style of ours that leaves the document.
    await page.evaluate(() => {
      const seen = window as unknown as { __removedOfOurs: number };
      seen.__removedOfOurs = 0;
      const ours = (node: Node) =>
        node instanceof Element && (node.matches('mark.sourcelight-mark, #sourcelight-style') || node.querySelector('mark.sourcelight-mark') !== null);
      new MutationObserver((records) => {
        for (const record of records) seen.__removedOfOurs += Array.from(record.removedNodes).filter(ours).length;
      }).observe(document, { childList: true, subtree: true });
    });

    await injectAgain();
    await injectAgain();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await page.evaluate(() => (window as unknown as { __removedOfOurs: number }).__removedOfOurs)).toBe(0);
    expect((await page.evaluate(readHighlights, 'article')).marks).toEqual(before.marks);
    expect(await page.evaluate(() => document.querySelectorAll('#sourcelight-style').length)).toBe(1);

    // The first script still follows the page after the injections: a claim the page adds is highlighted.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'The ministry will open an inquiry next week, a government spokeswoman said on Friday.';
      document.querySelector('article')!.append(p);
    });
    await waitFor('the added claim to be highlighted', () =>
      page.evaluate(() => document.querySelectorAll('article > p:last-child mark.sourcelight-mark').length > 0),
    );
  });
});
