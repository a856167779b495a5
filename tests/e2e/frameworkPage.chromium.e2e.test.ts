import type { ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../../harness/chromium';
import { driverFor, PopupPage } from './support/popupPage';
import { startPageServer, type PageServer } from '../../harness/server';
import { waitFor } from './support/waitFor';

/**
 * A news page whose article a client framework owns (a Next.js root): it re-renders the article every 400 ms and, as
 * React does on hydration, reports every node it finds that it did not render itself. Written here because the
 * framework's reaction to foreign DOM is the point.
 */
const FIXTURE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Transit budget vote</title><meta property="og:type" content="article"></head>
<body>
  <div id="__next">
    <main>
      <article data-reactroot="">
        <h1>Transit budget vote</h1>
        <p>The transit agency will cut three bus lines, agency spokesman Tom Reyes said on Monday.</p>
        <p>Two people familiar with the budget said the cuts could deepen next year.</p>
        <p>According to a report by the city auditor, ridership fell 8 percent in the spring.</p>
        <p>Render 0.</p>
      </article>
    </main>
  </div>
  <script>
    const article = document.querySelector('article');
    const rendered = () => Array.from(article.querySelectorAll('p'), (p) => p.innerHTML);
    let expected = rendered();
    let renders = 0;
    setInterval(() => {
      const now = rendered();
      now.forEach((html, i) => {
        if (html !== expected[i]) console.error('Hydration failed: the server HTML did not match the client: ' + html);
      });
      renders++;
      const last = article.querySelector('p:last-of-type');
      last.textContent = 'Render ' + renders + '.';
      expected = rendered();
      window.renders = renders;
    }, 400);
  </script>
</body>
</html>`;

let server: PageServer;
let browser: ChromiumSession;
let page: Page;
let tabId: number;
const errors: string[] = [];

beforeAll(async () => {
  server = await startPageServer();
  server.addFixture('framework-article.html', FIXTURE);
  browser = await launchChromium({ server });
  page = await browser.context.newPage();
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(server.url('framework-article.html', 'www.reuters.com'), { waitUntil: 'load' });
  tabId = await browser.tabId(page);
  await page.waitForFunction(() => performance.getEntriesByName('sourcelight:total').length > 0, null, { timeout: 15_000 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('an article owned by a client framework, in Chromium', () => {
  it('is highlighted with the CSS Highlight API and never touched, so the framework reports no foreign nodes', async () => {
    await waitFor('the page to re-render a few times', async () => (await page.evaluate(() => (window as { renders?: number }).renders ?? 0)) >= 5, 10_000);
    expect(await page.evaluate(() => document.querySelectorAll('mark, [class*="sourcelight"]').length)).toBe(0);
    const painted = await page.evaluate(() =>
      [...CSS.highlights.keys()].filter((name) => name.startsWith('sourcelight-') && CSS.highlights.get(name)!.size > 0),
    );
    expect(painted).toEqual(expect.arrayContaining(['sourcelight-anonymous', 'sourcelight-official', 'sourcelight-document']));
    expect(errors).toEqual([]);
  });

  it("colours the claims through the article's own subtree: the style rules reach the highlighted text", async () => {
    const backgrounds = await page.evaluate(() =>
      Array.from(document.querySelectorAll('article p'), (p) =>
        ['anonymous', 'official', 'document'].map((c) => getComputedStyle(p, `::highlight(sourcelight-${c})`).backgroundColor),
      ),
    );
    const transparent = 'rgba(0, 0, 0, 0)';
    // Each claim's paragraph gets its category's translucent colour; the style never depends on which text is painted.
    for (const paragraph of backgrounds.slice(0, 3)) for (const colour of paragraph) expect(colour).not.toBe(transparent);
    expect(await page.evaluate(() => getComputedStyle(document.body, '::highlight(sourcelight-official)').backgroundColor)).toBe(transparent);
  });

  it('counts its claims on the badge and in the popup', async () => {
    expect(await browser.badgeText(tabId)).toBe('3');
    const popup = new PopupPage(driverFor(await browser.openPopup(tabId)));
    expect(await popup.settled()).toBe('page');
    expect(await popup.counts()).toEqual({ anonymous: 1, official: 1, named: 0, document: 1 });
  });
});
