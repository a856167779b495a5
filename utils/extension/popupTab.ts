import { browser } from 'wxt/browser';
import { injectContentScript } from './injectContentScript';
import { pageAccess } from './pageAccess';
import { sendToTab, type PageState } from '../messages';

export interface TargetTab {
  id: number;
  /** Unknown when the browser hides it (a tab the extension has no access to). */
  url: string | undefined;
}

/**
 * The tab the popup speaks for: the active tab of its window, or the one named by `?tabId=N` (the popup opened as a
 * page of its own, as tests and the options page do, would otherwise see itself as the active tab).
 */
export async function findTargetTab(search: string): Promise<TargetTab | null> {
  if (new URLSearchParams(search).has('tabId')) {
    const id = namedTabId(search);
    if (id === null) return null;
    const tab = await browser.tabs.get(id).catch(() => undefined);
    return { id, url: tab?.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

/** The popup's page for one tab, as the toolbar button of that tab opens it. */
export function popupPathFor(tabId: number): string {
  return `popup.html?tabId=${tabId}`;
}

/** The tab id of `?tabId=N`, or null when there is none or it is not a tab id. */
function namedTabId(search: string): number | null {
  const param = new URLSearchParams(search).get('tabId');
  const id = Number(param);
  return param && Number.isSafeInteger(id) && id >= 0 ? id : null;
}

/** What the tab's content script holds, or null when no content script answers there. */
export function readPageState(tabId: number): Promise<PageState | null> {
  return sendToTab(tabId, 'getPageState', null).then(
    (state) => state ?? null,
    () => null,
  );
}

/** What the popup asks as it opens: the tab it speaks for, then what that tab holds. */
export interface TabOpening {
  tab: Promise<TargetTab | null>;
  /** Null when there is no tab, the browser keeps extensions off it, or no content script answers there. */
  state: Promise<PageState | null>;
}

/**
 * Asks for the tab and its page state at once, without waiting for anyone to read the answers. A tab named by
 * `?tabId=N` is asked for its page state while its URL is still on the way: a restricted page has no content
 * script to answer, and the popup shows a restricted page as such whatever came back.
 */
export function openOnTab(search: string): TabOpening {
  const tab = findTargetTab(search).catch(() => null);
  const named = namedTabId(search);
  const state =
    named === null
      ? tab.then((target) => (target && pageAccess(target.url) !== 'restricted' ? readPageState(target.id) : null))
      : readPageState(named);
  return { tab, state };
}

const RETRIES = 20;
const RETRY_MS = 50;

/** Injects the content script, then waits (up to about a second) for its first scan to answer. */
export async function scanTab(tabId: number): Promise<PageState | null> {
  await injectContentScript(tabId);
  for (let attempt = 0; attempt < RETRIES; attempt++) {
    const state = await readPageState(tabId);
    if (state) return state;
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
  return null;
}
