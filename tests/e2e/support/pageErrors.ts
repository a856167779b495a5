import type { Page } from 'playwright-core';

export interface PageErrors {
  /** Uncaught errors of the page's own scripts (main world). */
  page: string[];
  /** Errors the extension logged or threw in this page: its console errors and uncaught errors from its scripts. */
  extension: string[];
}

const fromExtension = (url: string | undefined) => url?.startsWith('chrome-extension://') === true;

/** Collects from now on what went wrong in PAGE, sorted into the page's own errors and the extension's. */
export function collectErrors(page: Page): PageErrors {
  const errors: PageErrors = { page: [], extension: [] };
  page.on('pageerror', (error) => {
    if (error.stack?.includes('chrome-extension://')) errors.extension.push(`uncaught: ${error.message}`);
    else errors.page.push(error.message);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && fromExtension(message.location().url)) errors.extension.push(`console.error: ${message.text()}`);
  });
  return errors;
}
