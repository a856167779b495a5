import { browser } from 'wxt/browser';
import { sendToTab } from '../messages';

/** Four characters is all a toolbar badge shows; no number at all when nothing was found keeps the toolbar calm. */
export function badgeText(count: number): string {
  if (!Number.isSafeInteger(count) || count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

/** The Firefox build is MV2, where the toolbar button is browserAction. */
const toolbarButton = () => browser.action ?? browser.browserAction;

/** The toolbar button's tooltip in words, as the popup's profile says it: "12 claims, 5 from anonymous sources". */
export function badgeTitle(count: number, anonymous: number): string {
  if (!Number.isSafeInteger(count) || count <= 0) return 'Sourcelight';
  const claims = count === 1 ? '1 claim' : `${count} claims`;
  const from = anonymous === 1 ? '1 from an anonymous source' : `${anonymous} from anonymous sources`;
  return `Sourcelight: ${claims}, ${from}`;
}

export async function showClaimCount(tabId: number, count: number, anonymous = 0): Promise<void> {
  await toolbarButton().setBadgeText({ tabId, text: badgeText(count) });
  await toolbarButton().setTitle({ tabId, title: badgeTitle(count, anonymous) });
}

/**
 * A count belongs to the page that reported it: a navigation clears it. Browsers report same-document navigations
 * (history.pushState, a #fragment) as loads too, yet there the content script and its highlights stay, and it only
 * reports a count that changed: so once the navigation settles, the tab's content script, if any, is asked again.
 */
export function clearBadgeOnNavigation(): void {
  browser.tabs.onUpdated.addListener(async (tabId, change) => {
    if (change.status === 'loading' || change.url !== undefined) await showClaimCount(tabId, 0);
    const settled = change.status === 'complete' || (change.url !== undefined && change.status === undefined);
    if (settled) await recountFromPage(tabId);
  });
}

async function recountFromPage(tabId: number): Promise<void> {
  // No content script on the page (not a news site, a browser page): the badge stays clear.
  const state = await sendToTab(tabId, 'getPageState', null).catch(() => null);
  if (state && Array.isArray(state.claims)) await showClaimCount(tabId, state.claims.length, state.counts?.anonymous ?? 0);
}

export function styleBadge(): Promise<void> {
  return toolbarButton().setBadgeBackgroundColor({ color: '#374151' });
}
