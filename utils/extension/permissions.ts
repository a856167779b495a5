import { browser } from 'wxt/browser';
import { originPattern } from './origins';

/**
 * Asks for the optional host permission on one site. Browsers only show the prompt while handling a user gesture,
 * so call this first thing in a click handler, before any await.
 */
export function requestSiteAccess(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(origin)] });
}

export function hasSiteAccess(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPattern(origin)] });
}

/** Gives the permission back when a site leaves the "always scan" list: the extension keeps only what it uses. */
export function releaseSiteAccess(origin: string): Promise<boolean> {
  return browser.permissions.remove({ origins: [originPattern(origin)] });
}
