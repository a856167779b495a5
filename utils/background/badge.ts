import { browser } from 'wxt/browser';
import { badgeText } from '../badge';

/** The Firefox build is MV2, where the toolbar button is browserAction. */
const toolbarButton = () => browser.action ?? browser.browserAction;

export function showClaimCount(tabId: number, count: number): Promise<void> {
  return toolbarButton().setBadgeText({ tabId, text: badgeText(count) });
}

/** A count belongs to the page that reported it: a new page (or an in-page navigation) starts with none. */
export function clearBadgeOnNavigation(): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' || change.url !== undefined) {
      void toolbarButton().setBadgeText({ tabId, text: '' });
    }
  });
}

export function styleBadge(): Promise<void> {
  return toolbarButton().setBadgeBackgroundColor({ color: '#374151' });
}
