import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../../harness/chromium';
import type { ExtensionGlobal } from '../../harness/extensionGlobal';
import { CACHEABLE, startPageServer, type PageServer } from '../../harness/server';
import { articleProbeScript, runProbe } from './support/articleProbe';
import { engineView, markProblems, type EngineView } from './support/engineOracle';
import { waitFor } from './support/waitFor';

/**
 * The content script's port to the background (utils/port.ts) outliving what closes it in Chrome: the service worker
 * stopped (as Chrome stops it after 30 s idle) and the page kept in the back/forward cache and shown again. Each time
 * the article then grows, and the new claims must reach the page and the badge, which only the background can give.
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
/** The extension's service worker now: a stopped one comes back as a new Worker. */
let worker: Worker;

const badgeText = () =>
  worker.evaluate((tabId) => (globalThis as unknown as ExtensionGlobal).chrome.action.getBadgeText({ tabId }), tabId);

/** Waits until the badge and the marks agree with the engine on the article as it is now, with more than MIN claims. */
async function settledOn(min: number): Promise<EngineView> {
  await page.evaluate(await articleProbeScript());
  return waitFor(`more than ${min} claims highlighted and counted`, async () => {
    const probe = await page.evaluate(runProbe);
    if (!probe) return null;
    const engine = engineView(probe.text);
    const consistent = engine.attributions.length > min && markProblems(probe, engine).length === 0 && (await badgeText()) === engine.badge;
    return consistent && engine;
  });
}

beforeAll(async () => {
  server = await startPageServer();
  server.addFixture('harbor.html', FIXTURE);
  browser = await launchChromium({ server, backForwardCache: true });
  worker = browser.worker;
  page = await browser.open(`${server.url('harbor.html', 'www.reuters.com')}?${CACHEABLE}`);
  tabId = await browser.tabId(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the content script's port to the background, in Chromium", () => {
  let claims = 0;

  it('highlights and counts the article', async () => {
    claims = (await settledOn(0)).attributions.length;
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
    claims = (await settledOn(claims)).attributions.length;
  });

  it('opens a new port after Chrome stopped the service worker, and the claims of a grown article reach the page', async () => {
    const cdp = await browser.context.newCDPSession(page);
    const stopped = new Promise((resolve) => worker.once('close', resolve));
    const restarted = browser.context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith(`chrome-extension://${browser.extensionId}/`),
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
    await cdp.detach();

    await page.evaluate(() => (window as unknown as { loadMore(): void }).loadMore());
    // The content script's request is what starts the worker again.
    worker = await restarted;
    claims = (await settledOn(claims)).attributions.length;
  });
});
