import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleProbe } from './support/articleProbe';
import { listProblems, markProblems, type EngineView } from './support/engineOracle';
import { launchFirefox, type FirefoxSession } from '../../harness/firefox';
import { settledHighlights, type PageHighlights } from './support/pageHighlights';
import { driverFor, PopupPage } from './support/popupPage';
import { sourcingProfile } from '../../utils/claimExport';
import { compareWithGold } from './support/seedGold';
import { startPageServer, type PageServer } from '../../harness/server';
import { settledScan } from './support/settledScan';
import { SHARED_PAGE_HOSTS } from '../../harness/sites';

const SEED = 'seed-article.html';
const HOST = SHARED_PAGE_HOSTS[SEED]!;

let server: PageServer;
let browser: FirefoxSession;
let page: Page;
let highlights: PageHighlights;
let probe: ArticleProbe;
let engine: EngineView;

beforeAll(async () => {
  server = await startPageServer();
  browser = await launchFirefox({ server, hosts: [HOST] });
  page = await browser.open(server.url(SEED, HOST));
  highlights = await settledHighlights(driverFor(page), 'article', 10_000);
  ({ probe, engine } = await settledScan(driverFor(page)));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('seed article in Firefox ESR (MV2 build, temporary add-on)', () => {
  it('highlights the same sentences in the same categories as the gold', () => {
    expect(compareWithGold(highlights)).toEqual({ missed: [], unexplained: [] });
    expect(highlights.outside).toBe(0);
    expect(markProblems(probe, engine)).toEqual([]);
  });

  it('the popup shows the count per category and the claims the engine finds', async () => {
    // Find the article's tab id from an extension page: the only other tab in the window.
    const finder = await browser.openExtensionPage('/popup.html');
    const tabId = await finder.evaluate(async () => {
      const ext = (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser;
      const self = await ext.tabs.getCurrent();
      const tabs = await ext.tabs.query({ currentWindow: true });
      return tabs.find((t) => t.id !== self?.id)?.id ?? null;
    });
    expect(tabId).not.toBeNull();
    await finder.close();

    const popupTab = await browser.openExtensionPage(`/popup.html?tabId=${tabId}`);
    const popup = new PopupPage(driverFor(popupTab));
    expect(await popup.settled()).toBe('page');
    expect(await popup.counts()).toEqual(engine.counts);
    expect(listProblems(await popup.claims(), engine, probe.text)).toEqual([]);
    // The sourcing profile and the Sources view agree with the counts in Firefox too.
    const profile = await popup.profile();
    expect(profile).toMatchObject({ claims: engine.attributions.length, anonymous: engine.counts.anonymous });
    expect(profile.sources).toBe(sourcingProfile(engine.attributions).distinctSources);
    const sources = await popup.sources();
    expect(sources.flatMap((s) => s.ids).sort((a, b) => a - b)).toEqual(engine.attributions.map((_, id) => id));
  });
});
