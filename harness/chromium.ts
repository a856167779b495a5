import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request, type Route, type Worker } from 'playwright-core';
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
  viewport?: { width: number; height: number };
  /**
   * Also keep Chromium's own network log (--log-net-log), read by `netLog()`. It sees what the route cannot: requests
   * the service worker makes as it starts, before Playwright attaches to it.
   */
  netLog?: boolean;
  /** A profile kept by the caller, to relaunch the browser on it (settings surviving a restart); a fresh one by default. */
  profileDir?: string;
  /** Let pages go into the back/forward cache, which Playwright turns off by default. */
  backForwardCache?: boolean;
  /** More unpacked extensions to load beside ours (the bench's peer). */
  otherExtensionDirs?: string[];
  /**
   * Route (log and stop) only the requests of the pages `open()` opens, not those of the extension's pages and worker:
   * for timing the popup. Playwright routes a request by holding it until this process answers, which cost the popup's
   * five files 25 to 35 ms before its script could start (bench/popupBench.ts, busy machine), a wait no user has.
   * Nothing leaves the machine either way: every host name resolves to the loopback interface.
   */
  routeOpenedPagesOnly?: boolean;
}

/** A request from Chromium's network log, with the origin that started it (`chrome-extension://ID` for ours). */
export interface NetLogRequest {
  url: string;
  initiator: string | undefined;
}

export interface SeenRequest {
  url: string;
  /** Who asked: a web page (its content scripts included), an extension page, or the extension's service worker. */
  by: 'page' | 'extension-page' | 'service-worker';
  aborted: boolean;
}

export interface ChromiumSession {
  context: BrowserContext;
  /** The extension's service worker: runs `chrome.*` calls as the extension. */
  worker: Worker;
  extensionId: string;
  /**
   * Every request a page, an extension page or the extension's service worker made, in order. Web requests not for
   * the page server are aborted (the pages' own scripts, ads, fonts), so tests never wait on the network.
   */
  requests: SeenRequest[];
  /** Every URL request in Chromium's network log so far (needs `netLog: true`). */
  netLog(): NetLogRequest[];
  /** Opens URL in a new tab and waits for its load event. */
  open(url: string): Promise<Page>;
  /** The extension's id for the tab showing PAGE (it brings the page to the front to find it). */
  tabId(page: Page): Promise<number>;
  badgeText(tabId: number): Promise<string>;
  /**
   * Opens the popup as a tab of its own, speaking for tab TAB_ID (`popup.html?tabId=N`). It has no activeTab grant:
   * for "Scan this page" on a site off the news list use puppeteerChromium.ts, which clicks the real toolbar button.
   */
  openPopup(tabId: number): Promise<Page>;
  close(): Promise<void>;
}

/** Launches headless Chromium with the extension loaded unpacked, as a user would side-load it. */
export async function launchChromium(options: ChromiumOptions): Promise<ChromiumSession> {
  const { server, extensionDir = CHROME_BUILD_DIR, viewport = { width: 1280, height: 900 }, netLog = false } = options;
  const profile = options.profileDir ?? mkdtempSync(join(tmpdir(), 'sourcelight-chromium-'));
  const netLogPath = join(profile, 'netlog.json');
  const extensions = [extensionDir, ...(options.otherExtensionDirs ?? [])];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport,
    ignoreDefaultArgs: ['--disable-extensions', ...(options.backForwardCache ? ['--disable-back-forward-cache'] : [])],
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${extensions.join(',')}`,
      `--load-extension=${extensions.join(',')}`,
      ...(netLog ? [`--log-net-log=${netLogPath}`] : []),
    ],
  });
  const requests: SeenRequest[] = [];
  const routeRequest = (route: Route) => {
    const request = route.request();
    const url = new URL(request.url());
    const web = url.protocol === 'http:' || url.protocol === 'https:';
    const aborted = web && url.port !== String(server.port);
    requests.push({ url: url.href, by: requester(request), aborted });
    return aborted ? route.abort('blockedbyclient') : route.continue();
  };
  // Playwright routes the extension's service worker too, so its requests are seen (and stopped) here as well.
  if (!options.routeOpenedPagesOnly) await context.route('**/*', routeRequest);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // The blank first tab would otherwise be the active tab that the popup and tabId() see.
  const blank = context.pages();

  return {
    context,
    worker,
    extensionId,
    requests,
    netLog: () => {
      if (!netLog) throw new Error('launchChromium({ netLog: true }) keeps the network log');
      return readNetLog(netLogPath);
    },
    async open(url) {
      const page = await context.newPage();
      await Promise.all(blank.splice(0).map((p) => p.close()));
      if (options.routeOpenedPagesOnly) await page.route('**/*', routeRequest);
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
    async openPopup(tabId) {
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
      return popup;
    },
    async close() {
      await context.close();
      if (!options.profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}

function requester(request: Request): SeenRequest['by'] {
  if (request.serviceWorker()) return 'service-worker';
  try {
    return request.frame().url().startsWith('chrome-extension://') ? 'extension-page' : 'page';
  } catch {
    // A request with no frame and no service worker (a navigation being set up) is the page's.
    return 'page';
  }
}

/**
 * Reads the network log while Chromium still writes it: one event per line after the constants, so each line that
 * parses as an event with a URL and an initiator is a request starting.
 */
function readNetLog(path: string): NetLogRequest[] {
  const requests: NetLogRequest[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.startsWith('{"params"') || !line.includes('"url"')) continue;
    try {
      const { params } = JSON.parse(line.replace(/,$/, '')) as { params: { url?: string; initiator?: string; method?: string } };
      if (params.url && params.method) requests.push({ url: params.url, initiator: params.initiator });
    } catch {
      // The line Chromium is writing right now.
    }
  }
  return requests;
}
