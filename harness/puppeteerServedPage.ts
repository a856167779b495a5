import type { Page } from 'puppeteer-core';
import type { PageServer } from './server';

/** Loads URL in PAGE with every request not for the page server aborted, so a test never waits on the network. */
export async function gotoServedPage(page: Page, server: PageServer, url: string): Promise<Page> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    const port = new URL(request.url()).port;
    const answered = port === String(server.port) ? request.continue() : request.abort('blockedbyclient');
    // Firefox can drop a request (the page left it, or cancelled it) before the answer arrives, and then fails the
    // answer with "no such request": a request that is gone fetches nothing, so that one needs no answer. Any
    // other failure stays an unhandled rejection and fails the run.
    answered.catch((error: unknown) => {
      if (!String(error instanceof Error ? error.message : error).includes('no such request')) throw error;
    });
  });
  await page.goto(url, { waitUntil: 'load' });
  return page;
}
