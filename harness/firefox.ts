import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_BUILD_DIR, FIREFOX_PATH } from './paths';
import { gotoServedPage } from './puppeteerServedPage';
import type { PageServer } from './server';

export interface FirefoxOptions {
  server: PageServer;
  /** Host names that must reach the page server, e.g. www.reuters.com. */
  hosts: string[];
  extensionDir?: string;
}

export interface FirefoxSession {
  browser: Browser;
  /** The add-on's internal UUID, pinned so `moz-extension://UUID/...` is known before it installs. */
  uuid: string;
  /** Opens URL in a new tab (requests to anything but the page server are aborted) and waits for its load event. */
  open(url: string): Promise<Page>;
  /** Opens the extension page PATH (e.g. `/popup.html?tabId=3`) in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** The part of Puppeteer's BiDi frame used here: `page.goto()` to a moz-extension:// URL never resolves. */
interface BidiFrame {
  browsingContext: { navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<void> };
}

/**
 * Launches headless Firefox ESR over WebDriver BiDi with the extension installed as a temporary add-on.
 * `network.dns.localDomains` resolves HOSTS to localhost, where the page server listens (IPv4 and IPv6).
 */
export async function launchFirefox(options: FirefoxOptions): Promise<FirefoxSession> {
  const { server, hosts, extensionDir = FIREFOX_BUILD_DIR } = options;
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  const geckoId: string = manifest.browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  const profile = mkdtempSync(join(tmpdir(), 'sourcelight-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    acceptInsecureCerts: true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      'network.dns.localDomains': hosts.join(','),
    },
  });
  await browser.installExtension(extensionDir);
  const blank = await browser.pages();

  const newTab = async () => {
    const page = await browser.newPage();
    await Promise.all(blank.splice(0).map((p) => p.close()));
    return page;
  };
  return {
    browser,
    uuid,
    async open(url) {
      const page = await newTab();
      return gotoServedPage(page, server, url);
    },
    async openExtensionPage(path) {
      const page = await newTab();
      await (page.mainFrame() as unknown as BidiFrame).browsingContext.navigate(`moz-extension://${uuid}${path}`, 'complete');
      return page;
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
