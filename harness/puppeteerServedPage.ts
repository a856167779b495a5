import type { Page } from 'puppeteer-core';
import type { PageServer } from './server';

/** Loads URL in PAGE with every request not for the page server aborted, so a test never waits on the network. */
export async function gotoServedPage(page: Page, server: PageServer, url: string): Promise<Page> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    const port = new URL(request.url()).port;
    void (port === String(server.port) ? request.continue() : request.abort('blockedbyclient'));
  });
  await page.goto(url, { waitUntil: 'load' });
  return page;
}
