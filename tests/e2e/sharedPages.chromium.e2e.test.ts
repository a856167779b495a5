import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../../harness/chromium';
import { listProblems } from './support/engineOracle';
import type { ExtensionGlobal } from '../../harness/extensionGlobal';
import { collectErrors } from './support/pageErrors';
import { driverFor, PopupPage } from './support/popupPage';
import { startPageServer, type PageServer } from '../../harness/server';
import { settledScan } from './support/settledScan';
import { HIDDEN_OFFLINE, SHARED_PAGE_HOSTS } from '../../harness/sites';

let server: PageServer;
let browser: ChromiumSession;
const workerErrors: string[] = [];
/** Requests whose initiator (DevTools) is one of the extension's scripts: how a content script's fetch shows. */
const initiatedByExtension: string[] = [];

beforeAll(async () => {
  server = await startPageServer();
  browser = await launchChromium({ server, netLog: true });
  browser.worker.on('console', (message) => {
    if (message.type() === 'error') workerErrors.push(message.text());
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Sets the "never scan" list, so the same page can be loaded once without the content script doing anything. */
const neverScan = (origins: string[]) =>
  browser.worker.evaluate(async (origins) => {
    const { chrome } = globalThis as unknown as ExtensionGlobal;
    const { settings } = await chrome.storage.sync.get('settings');
    await chrome.storage.sync.set({ settings: { ...(settings as object), neverScanSites: origins } });
  }, origins);

async function watchInitiators(cdp: CDPSession) {
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', (event) => {
    const frames = [];
    for (let stack = event.initiator.stack; stack; stack = stack.parent) frames.push(...stack.callFrames);
    const urls = [event.initiator.url, ...frames.map((f) => f.url)];
    if (urls.some((url) => url?.startsWith('chrome-extension://'))) initiatedByExtension.push(event.request.url);
  });
}

/** Loads URL in a new tab; when SCANNED, waits for the content script's scan to end (its `sourcelight:total` timing). */
async function load(url: string, scanned: boolean) {
  const page = await browser.context.newPage();
  const errors = collectErrors(page);
  await watchInitiators(await browser.context.newCDPSession(page));
  await page.goto(url, { waitUntil: 'load' });
  if (scanned) {
    await page.waitForFunction(() => performance.getEntriesByName('sourcelight:total').length > 0, null, { timeout: 15_000 });
  }
  return { page, errors };
}

const bodyTextLength = () => document.body.innerText.trim().length;
const isNetwork = (url: string) => /^(?:https?|wss?|ftp):/.test(url);

describe('every shared page in Chromium, scanned on load as a news site', () => {
  it.each(Object.keys(SHARED_PAGE_HOSTS))('%s: renders as before, highlights only its article, counts what the engine finds', async (name) => {
    const url = server.url(name, SHARED_PAGE_HOSTS[name]);

    await neverScan([new URL(url).origin]);
    const baseline = await load(url, false);
    await neverScan([]);
    const baselineText = await baseline.page.evaluate(bodyTextLength);
    await baseline.page.close();

    const { page, errors } = await load(url, true);
    expect((await page.title()).trim()).not.toBe('');
    // Not equal to the character: some pages' scripts write relative times or rotate teasers on each load.
    expect(await page.evaluate(bodyTextLength), 'body text, as without the extension').toBeGreaterThanOrEqual(0.9 * baselineText);

    const tabId = await browser.tabId(page);
    const { probe, engine } = await settledScan(driverFor(page), () => browser.badgeText(tabId));
    if (HIDDEN_OFFLINE[name]) {
      expect(baselineText, `${name} is hidden here: ${HIDDEN_OFFLINE[name]}`).toBe(0);
    } else {
      expect(baselineText, 'body text').toBeGreaterThan(1000);
      expect(engine.attributions.length, 'claims in the article').toBeGreaterThan(0);
    }

    const popupTab = await browser.openPopup(tabId);
    const popup = new PopupPage(driverFor(popupTab));
    expect(await popup.settled()).toBe(engine.attributions.length ? 'page' : 'no-claims');
    expect(await popup.counts()).toEqual(engine.counts);
    expect(listProblems(await popup.claims(), engine, probe.text)).toEqual([]);
    await popupTab.close();

    // The page's own scripts fail on this machine (their network is cut), the same way with or without us.
    const added = errors.page.filter((message) => !baseline.errors.page.includes(message));
    expect({ added, extension: errors.extension, worker: workerErrors }).toEqual({ added: [], extension: [], worker: [] });
    await page.close();
  });
});

describe('privacy (issue 6): the extension makes no network request', () => {
  it('nothing the extension did on the pages above went to the network', () => {
    const fromExtension = browser.requests.filter((r) => r.by !== 'page' && isNetwork(r.url));
    const inNetLog = browser.netLog().filter((r) => r.initiator?.startsWith('chrome-extension://') && isNetwork(r.url));
    expect({ fromExtension, initiatedByExtension, inNetLog }).toEqual({ fromExtension: [], initiatedByExtension: [], inNetLog: [] });
    // The recorders saw the pages' own requests, the popup's own files and the pages served, so the empty lists above
    // mean something.
    expect(browser.requests.filter((r) => r.by === 'page' && r.aborted).length).toBeGreaterThan(100);
    expect(browser.netLog().some((r) => new URL(r.url).port === String(server.port))).toBe(true);
    expect(browser.requests.some((r) => r.by === 'extension-page' && r.url.startsWith('chrome-extension://'))).toBe(true);
  });

  it('the recorder would see a request from the service worker (self-check)', async () => {
    const before = browser.requests.length;
    await browser.worker.evaluate(() => fetch('https://recorder-check.invalid/').catch(() => null));
    expect(browser.requests.slice(before)).toContainEqual({ url: 'https://recorder-check.invalid/', by: 'service-worker', aborted: true });
  });
});
