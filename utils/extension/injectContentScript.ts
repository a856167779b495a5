import { browser } from 'wxt/browser';

/**
 * Runs the content script in a tab it was not declared for (activeTab after a click, or a granted "always scan"
 * site). The content script guards against running twice, so injecting into a tab that has it already is harmless.
 */
export async function injectContentScript(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
}
