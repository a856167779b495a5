import { parseUrl } from './origins';

/**
 * Whether an extension may run on a page: browsers keep extensions off their own pages, other extensions' pages and
 * the add-on stores; file: pages need the user's "Allow access to file URLs".
 */
export type PageAccess = 'allowed' | 'restricted' | 'file' | 'unknown';

const STORE_HOSTS = new Set([
  'chromewebstore.google.com',
  'addons.mozilla.org',
  'microsoftedge.microsoft.com',
  'accounts.firefox.com',
  'support.mozilla.org',
]);

export function pageAccess(url: string | undefined): PageAccess {
  if (!url) return 'unknown';
  const parsed = parseUrl(url);
  if (!parsed) return 'restricted';
  if (parsed.protocol === 'file:') return 'file';
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'restricted';
  if (STORE_HOSTS.has(parsed.hostname)) return 'restricted';
  if (parsed.hostname === 'chrome.google.com' && parsed.pathname.startsWith('/webstore')) return 'restricted';
  return 'allowed';
}
