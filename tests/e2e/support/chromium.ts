import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROME_BUILD_DIR, CHROMIUM_PATH } from './paths';
import type { ExtensionGlobal } from './extensionGlobal';
import type { PageServer } from './server';

/**
 * Flags that keep Chromium quiet and local. `MAP * 127.0.0.1` sends every host name to the loopback interface, so a
 * news host such as www.nytimes.com reaches our page server (the content script's match patterns see the real host)
 * and nothing the browser, a page or the extension asks for can leave the machine. Certificate errors are ignored
 * for the throwaway certificate of the page server (see tlsCert.ts).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--ignore-certificate-errors',
  '--host-resolver-rules=MAP * 127.0.0.1',
];

export interface ChromiumOptions {
  server: PageServer;
  /** The unpacked extension to load; the production build by default. */
  extensionDir?: string;
  /** Writes Chromium's own log of every network request it makes to this file (see privacy.e2e.test.ts). */
  netLogPath?: string;
  viewport?: { width: number; height: number };
}

export interface ChromiumSession {
  context: BrowserContext;
  /** The extension's service worker: runs `chrome.*` calls as the extension. */
  worker: Worker;
  extensionId: string;
  /** Every request the route aborted because it was not for the page server: the pages' own scripts, ads, fonts. */
  aborted: string[];
  /** Opens URL in a new tab and waits for its load event. */
  open(url: string): Promise<Page>;
  /** The extension's id for the tab showing PAGE (it brings the page to the front to find it). */
  tabId(page: Page): Promise<number>;
  badgeText(tabId: number): Promise<string>;
  close(): Promise<void>;
}

/** Launches headless Chromium with the extension loaded unpacked, as a user would side-load it. */
export async function launchChromium(options: ChromiumOptions): Promise<ChromiumSession> {
  const { server, extensionDir = CHROME_BUILD_DIR, netLogPath, viewport = { width: 1280, height: 900 } } = options;
  const profile = mkdtempSync(join(tmpdir(), 'sourcelight-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...(netLogPath ? [`--log-net-log=${netLogPath}`, '--net-log-capture-mode=Default'] : []),
    ],
  });
  const aborted: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const web = url.protocol === 'http:' || url.protocol === 'https:';
    if (!web || url.port === String(server.port)) return route.continue();
    aborted.push(url.href);
    return route.abort('blockedbyclient');
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // The blank first tab would otherwise be the active tab that the popup and tabId() see.
  const blank = context.pages();

  return {
    context,
    worker,
    extensionId,
    aborted,
    async open(url) {
      const page = await context.newPage();
      await Promise.all(blank.splice(0).map((p) => p.close()));
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async tabId(page) {
      await page.bringToFront();
      const url = page.url();
      return worker.evaluate(async (url) => {
        const { chrome } = globalThis as unknown as ExtensionGlobal;
        const tabs = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        const tab = tabs[0];
        if (tab?.id === undefined) throw new Error(`no active tab for ${url}`);
        return tab.id;
      }, url);
    },
    badgeText: (tabId) =>
      worker.evaluate((tabId) => (globalThis as unknown as ExtensionGlobal).chrome.action.getBadgeText({ tabId }), tabId),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
