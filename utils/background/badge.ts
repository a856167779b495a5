import { browser } from 'wxt/browser';
import { sendToTab } from '../messages';
import { popupPathFor } from '../extension/popupTab';

/** Four characters is all a toolbar badge shows; no number at all when nothing was found keeps the toolbar calm. */
export function badgeText(count: number): string {
  if (!Number.isSafeInteger(count) || count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

/** What the toolbar button says for a tab: the claims found, or that the page holds no article Sourcelight found. */
export interface PageReport {
  count: number;
  anonymous?: number;
  noArticle?: boolean;
}

const TITLE = 'Sourcelight';
const NO_ARTICLE_BADGE = '–';
const NO_ARTICLE_TITLE = 'Sourcelight: no article found on this page';

/** The Firefox build is MV2, where the toolbar button is browserAction. */
const toolbarButton = () => browser.action ?? browser.browserAction;

/** The toolbar button's tooltip in words, as the popup's profile says it: "12 claims, 5 from anonymous sources". */
export function badgeTitle(count: number, anonymous: number): string {
  if (!Number.isSafeInteger(count) || count <= 0) return TITLE;
  const claims = count === 1 ? '1 claim' : `${count} claims`;
  const from = anonymous === 1 ? '1 from an anonymous source' : `${anonymous} from anonymous sources`;
  return `${TITLE}: ${claims}, ${from}`;
}

/**
 * The toolbar button of a tab: its badge, its title, and a popup that names the tab (`popupPathFor`), so the popup asks
 * the tab for its claims as it opens instead of first asking the browser which tab is active. A tab that closed or
 * navigated meanwhile has no button to set: that is no error of ours.
 */
export async function showPageReport(tabId: number, { count, anonymous = 0, noArticle = false }: PageReport): Promise<void> {
  const button = toolbarButton();
  await Promise.all([
    button.setBadgeText({ tabId, text: noArticle ? NO_ARTICLE_BADGE : badgeText(count) }),
    button.setTitle({ tabId, title: noArticle ? NO_ARTICLE_TITLE : badgeTitle(count, anonymous) }),
    button.setPopup({ tabId, popup: popupPathFor(tabId) }),
  ]).catch((error: unknown) => console.debug(`Sourcelight: no badge for tab ${tabId}`, error));
}

/**
 * A count belongs to the page that reported it: a navigation clears it. Browsers report same-document navigations
 * (history.pushState, a #fragment) as loads too, yet there the content script and its highlights stay, and it only
 * reports a count that changed: so once the navigation settles, the tab's content script, if any, is asked again.
 */
export function clearBadgeOnNavigation(): void {
  browser.tabs.onUpdated.addListener(async (tabId, change) => {
    if (change.status === 'loading' || change.url !== undefined) await showPageReport(tabId, { count: 0 });
    const settled = change.status === 'complete' || (change.url !== undefined && change.status === undefined);
    if (settled) await recountFromPage(tabId);
  });
}

async function recountFromPage(tabId: number): Promise<void> {
  // No content script on the page (not a news site, a browser page): the badge stays clear.
  const state = await sendToTab(tabId, 'getPageState', null).catch(() => null);
  if (state && Array.isArray(state.claims)) {
    const anonymous = state.counts?.anonymous ?? 0;
    await showPageReport(tabId, { count: state.claims.length, anonymous, noArticle: state.status === 'no-article' });
  }
}

export function styleBadge(): Promise<void> {
  return toolbarButton()
    .setBadgeBackgroundColor({ color: '#374151' })
    .catch((error: unknown) => console.warn('Sourcelight: could not style the badge', error));
}
