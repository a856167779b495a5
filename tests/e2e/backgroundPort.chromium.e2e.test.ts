import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../../harness/chromium';
import type { ExtensionGlobal } from '../../harness/extensionGlobal';
import { CACHEABLE, startPageServer, type PageServer } from '../../harness/server';
import { articleProbeScript, runProbe } from './support/articleProbe';
import { engineView, markProblems, type EngineView } from './support/engineOracle';
import { controlServiceWorker, type ServiceWorkerControl } from './support/serviceWorkerControl';
import { waitFor } from './support/waitFor';

/**
 * The content script's port to the background (utils/port.ts) outliving what closes it in Chrome: the page kept in the
 * back/forward cache and shown again, the service worker stopped between two scans (as Chrome stops it after 30 s
 * idle) and stopped in the middle of one. Each time the claims must reach the page and the badge, which only the
 * background can give.
 */
const FIXTURE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Harbor plan moves ahead</title><meta property="og:type" content="article"></head>
<body>
  <nav><a href="#">Local</a> <a href="#">Business</a></nav>
  <main><article><h1>Harbor plan moves ahead</h1>
    <p>The city council approved the harbor plan on Tuesday, council spokeswoman Maria Lopez said.</p>
    <p>Two people familiar with the negotiations said the vote had been delayed twice because of cost concerns.</p>
    <p>According to a report by the port authority, container traffic rose 12 percent last year.</p>
  </article></main>
  <footer>Example News</footer>
  <script>
    const more = [
      ['Residents fear the construction will block the waterfront for years, said Jane Doe, who lives near the pier.'],
      ['A senior official, speaking on condition of anonymity, said the budget could double before the work is done.'],
      ['The mayor said in a statement that the first cranes would arrive in the spring.'],
    ];
    window.loadMore = () => {
      const p = document.createElement('p');
      p.textContent = more.shift()[0];
      document.querySelector('article').append(p);
    };
    addEventListener('pageshow', (event) => { window.restoredFromCache = event.persisted; });
  </script>
</body>
</html>`;

let server: PageServer;
let browser: ChromiumSession;
let page: Page;
let tabId: number;
let worker: ServiceWorkerControl;

const ARTICLE = () => `${server.url('harbor.html', 'www.reuters.com')}?${CACHEABLE}`;
const badgeText = (tabId: number) => browser.badgeText(tabId);
/** A flag set in the running service worker's global scope: a worker that started again has lost it. */
const flagWorker = () => browser.worker.evaluate(() => void ((globalThis as { flagged?: true }).flagged = true));
const workerFlagged = () => browser.worker.evaluate(() => (globalThis as { flagged?: true }).flagged === true);

/** Waits until the badge and the marks of ON agree with the engine on the article as it is now, with more than MIN claims. */
async function settledOn(on: Page, tab: number, min: number): Promise<EngineView> {
  await on.evaluate(await articleProbeScript());
  return waitFor(`more than ${min} claims highlighted and counted`, async () => {
    const probe = await on.evaluate(runProbe);
    if (!probe) return null;
    const engine = engineView(probe.text);
    const consistent = engine.attributions.length > min && markProblems(probe, engine).length === 0 && (await badgeText(tab)) === engine.badge;
    return consistent && engine;
  });
}

beforeAll(async () => {
  server = await startPageServer();
  server.addFixture('harbor.html', FIXTURE);
  browser = await launchChromium({ server, backForwardCache: true });
  page = await browser.open(ARTICLE());
  tabId = await browser.tabId(page);
  worker = await controlServiceWorker(browser.context, page, browser.extensionId);
});

afterAll(async () => {
  await worker?.close();
  await browser?.close();
  await server?.close();
});

describe("the content script's port to the background, in Chromium", () => {
  let claims = 0;
  let firstScan = 0;

  it('highlights and counts the article', async () => {
    claims = (await settledOn(page, tabId, 0)).attributions.length;
    firstScan = claims;
  });

  it('comes back with the page from the back/forward cache, and the claims of a grown article reach it', async () => {
    const cdp = await browser.context.newCDPSession(page);
    const notCached: string[] = [];
    cdp.on('Page.backForwardCacheNotUsed', (event) => notCached.push(JSON.stringify(event.notRestoredExplanations)));
    await cdp.send('Page.enable');
    await page.goto(server.url('cnn.html'), { waitUntil: 'load' });
    await page.goBack({ waitUntil: 'commit' });
    await waitFor('the article shown again', () => page.evaluate(() => (window as { restoredFromCache?: boolean }).restoredFromCache !== undefined));
    expect(notCached).toEqual([]);
    expect(await page.evaluate(() => (window as { restoredFromCache?: boolean }).restoredFromCache)).toBe(true);
    await cdp.detach();

    await page.evaluate(() => (window as unknown as { loadMore(): void }).loadMore());
    claims = (await settledOn(page, tabId, claims)).attributions.length;
  });

  it('opens a new port after Chrome stopped the service worker, and the claims of a grown article reach the page', async () => {
    await flagWorker();
    const restarts = worker.restarts();
    await worker.stop();

    // The content script's request is what starts the worker again.
    await page.evaluate(() => (window as unknown as { loadMore(): void }).loadMore());
    await worker.running();
    expect(worker.restarts()).toBe(restarts + 1);
    claims = (await settledOn(page, tabId, claims)).attributions.length;
    expect(await workerFlagged()).toBe(false);
  });

  it('finishes a scan whose request the service worker was stopped in the middle of, once the worker is up again', async () => {
    await flagWorker();
    // Busy, the worker takes the content script's request and answers nothing until it is stopped.
    const busy = browser.worker
      .evaluate(() => {
        const until = Date.now() + 30_000;
        while (Date.now() < until);
        return 'finished';
      })
      .catch(() => 'cut off');
    const other = await browser.open(ARTICLE());
    await waitFor('the scan waiting on the engine', () =>
      other.evaluate(() => performance.getEntriesByName('sourcelight:detect:start').length === 1),
    );
    expect(await other.evaluate(() => document.querySelectorAll('mark').length)).toBe(0);
    const restarts = worker.restarts();
    await worker.stop();
    expect(await busy).toBe('cut off');

    await worker.running();
    expect(worker.restarts()).toBe(restarts + 1);
    expect(await workerFlagged()).toBe(false);
    const found = await settledOn(other, await browser.tabId(other), 0);
    expect(found.attributions.length).toBe(firstScan);
  });
});
