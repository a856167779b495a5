import { browser } from 'wxt/browser';
import { isAddress } from '../siteHosts';

/**
 * The host permission pattern for a site of the "always scan" list (siteHosts.ts): both schemes, every port (Firefox
 * rejects a port in a pattern), and its subdomains, as the list covers them.
 */
export function sitePattern(site: string): string {
  return isAddress(site) ? `*://${site}/*` : `*://*.${site}/*`;
}

/** The site a granted pattern stands for, or null for a pattern broader than one site ("*://*\/*"). */
export function patternSite(pattern: string): string | null {
  const match = /^(?:\*|https?):\/\/(\*\.)?([^/*]+)\/\*$/.exec(pattern);
  return match ? match[2]!.toLowerCase() : null;
}

/**
 * Asks for the optional host permission on one site. Browsers only show the prompt while handling a user gesture,
 * so call this first thing in a click handler, before any await.
 */
export function requestSiteAccess(site: string): Promise<boolean> {
  return browser.permissions.request({ origins: [sitePattern(site)] });
}

/** Whether the extension may run on the page at URL (a permission granted for its site, or a broader one). */
export function hasPageAccess(url: string): Promise<boolean> {
  const { protocol, hostname } = new URL(url);
  return browser.permissions.contains({ origins: [`${protocol}//${hostname}/*`] });
}

/** Gives the permission back when a site leaves the "always scan" list: the extension keeps only what it uses. */
export function releaseSiteAccess(site: string): Promise<boolean> {
  return browser.permissions.remove({ origins: [sitePattern(site)] });
}
