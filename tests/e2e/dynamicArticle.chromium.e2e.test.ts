import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleProbeScript, runProbe } from './support/articleProbe';
import { launchChromium, type ChromiumSession } from '../../harness/chromium';
import { engineView, markProblems, type EngineView } from './support/engineOracle';
import { driverFor, PopupPage } from './support/popupPage';
import { startPageServer, type PageServer } from '../../harness/server';
import { waitFor } from './support/waitFor';

/**
 * A news page whose article a script renders after load, then extends when the reader scrolls (as infinite-scroll
 * sites do). Written here, not taken from ../shared, because its timing is the point.
 */
const FIXTURE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Harbor plan moves ahead</title><meta property="og:type" content="article"></head>
<body>
  <nav><a href="#">Local</a> <a href="#">Business</a></nav>
  <main></main>
  <footer>Example News</footer>
  <script>
    const first = [
      'The city council approved the harbor plan on Tuesday, council spokeswoman Maria Lopez said.',
      'Two people familiar with the negotiations said the vote had been delayed twice because of cost concerns.',
      'According to a report by the port authority, container traffic rose 12 percent last year.',
    ];
    const more = [
      'Residents fear the construction will block the waterfront for years, said Jane Doe, who lives near the pier.',
      'A senior official, speaking on condition of anonymity, said the budget could double before the work is done.',
      'The mayor said in a statement that the first cranes would arrive in the spring.',
    ];
    const add = (article, texts) => texts.forEach((text) => {
      const p = document.createElement('p');
      p.textContent = text;
      article.append(p);
    });
    addEventListener('load', () => setTimeout(() => {
      const article = document.createElement('article');
      article.innerHTML = '<h1>Harbor plan moves ahead</h1>';
      add(article, first);
      document.querySelector('main').append(article);
    }, 300));
    window.loadMore = () => add(document.querySelector('article'), more);
  </script>
</body>
</html>`;

let server: PageServer;
let browser: ChromiumSession;
let page: Page;
let tabId: number;

beforeAll(async () => {
  server = await startPageServer();
  server.addFixture('dynamic-article.html', FIXTURE);
  browser = await launchChromium({ server });
  page = await browser.open(server.url('dynamic-article.html', 'www.reuters.com'));
  tabId = await browser.tabId(page);
  await page.evaluate(await articleProbeScript());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Waits until the badge and the marks agree with the engine on the article as it is now, with more than MIN claims. */
async function settledOn(min: number): Promise<EngineView> {
  return waitFor(`more than ${min} claims highlighted and counted`, async () => {
    const probe = await page.evaluate(runProbe);
    if (!probe) return null;
    const engine = engineView(probe.text);
    const consistent =
      engine.attributions.length > min && (await browser.badgeText(tabId)) === engine.badge && markProblems(probe, engine).length === 0;
    return consistent && engine;
  });
}

describe('an article that arrives after load and grows (infinite scroll) in Chromium', () => {
  let first: EngineView;

  it('highlights and counts the claims of the article rendered after load', async () => {
    first = await settledOn(0);
    expect(first.attributions.length).toBeGreaterThanOrEqual(3);
  });

  it('highlights and counts the claims of the paragraphs added later, on the badge and in the popup', async () => {
    await page.evaluate(() => (window as unknown as { loadMore(): void }).loadMore());
    const grown = await settledOn(first.attributions.length);
    const popup = new PopupPage(driverFor(await browser.openPopup(tabId)));
    expect(await popup.settled()).toBe('page');
    expect(await popup.counts()).toEqual(grown.counts);
  });
});
