import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Extension, type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS } from './chromium';
import { CHROME_BUILD_DIR, CHROMIUM_PATH } from './paths';
import { gotoServedPage } from './puppeteerServedPage';
import type { PageServer } from './server';

export interface RealPopupSession {
  browser: Browser;
  extension: Extension;
  /** Opens URL in a new tab (requests to anything but the page server are aborted) and waits for its load event. */
  open(url: string): Promise<Page>;
  /**
   * Clicks the extension's toolbar button for PAGE (DevTools' Extensions.triggerAction, the same path as a user's
   * click, so the browser grants activeTab on that tab) and returns the real popup.
   */
  clickToolbarButton(page: Page): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Chromium driven by Puppeteer: Playwright cannot attach to the real popup, and only a real click on the toolbar
 * button grants activeTab (a popup.html opened as a tab has no right to inject into a page off the news-site list).
 */
export async function launchChromiumForRealPopup(options: { server: PageServer; extensionDir?: string }): Promise<RealPopupSession> {
  const { server, extensionDir = CHROME_BUILD_DIR } = options;
  const profile = mkdtempSync(join(tmpdir(), 'sourcelight-chromium-'));
  const browser = await puppeteer.launch({
    browser: 'chrome',
    executablePath: CHROMIUM_PATH,
    headless: true,
    pipe: true,
    enableExtensions: [extensionDir],
    userDataDir: profile,
    args: CHROMIUM_ARGS,
  });
  const extension = await waitForExtension(browser);
  const blank = await browser.pages();
  return {
    browser,
    extension,
    async open(url) {
      const page = await browser.newPage();
      await Promise.all(blank.splice(0).map((p) => p.close()));
      return gotoServedPage(page, server, url);
    },
    async clickToolbarButton(page) {
      await page.bringToFront();
      await extension.triggerAction(page);
      const target = await browser.waitForTarget((t) => t.url().startsWith(`chrome-extension://${extension.id}/popup.html`));
      const popup = await target.asPage();
      if (!popup) throw new Error('the popup opened but Puppeteer could not attach to it');
      return popup;
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function waitForExtension(browser: Browser): Promise<Extension> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const [extension] = (await browser.extensions()).values();
    if (extension) return extension;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('Chromium did not load the extension');
}
