/**
 * Sites as the "always scan" and "never scan" lists hold them: a host name ("nytimes.com"), lower case, without a
 * trailing dot. A site covers its subdomains and both schemes, on any port: "nytimes.com" covers
 * "https://www.nytimes.com/2024/story" and "http://nytimes.com:8080".
 */

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/**
 * Reads what a person typed, or an older version stored, as a site: "nytimes.com", "https://www.nytimes.com/x",
 * "*.example.com", "Example.com." Returns the host, or null when it names no http(s) site.
 */
export function parseSite(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (!text || /\s/.test(text)) return null;
  // "*.example.com" means example.com and its subdomains, which is what every site covers.
  if (text.startsWith('*.')) text = text.slice(2);
  const hasScheme = /^[a-z][a-z0-9+.-]*:/.test(text) && !/^[^:/]+:\d+(\/|$)/.test(text);
  let url: URL;
  try {
    url = new URL(hasScheme ? text : `https://${text}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = hostName(url.hostname);
  // A host needs a dot (example.com) unless it is a local one people test with; a wildcard left inside is no site.
  if (!host || host.includes('*') || (!host.includes('.') && host !== 'localhost' && !host.startsWith('['))) return null;
  return host;
}

/** A URL's host as a site list compares it (lower case, no trailing dot), or null for a URL that has none. */
export function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? hostName(hostname) || null : null;
  } catch {
    return null;
  }
}

const hostName = (hostname: string) => hostname.toLowerCase().replace(/\.+$/, '');

export function siteCoversHost(site: string, host: string): boolean {
  return host === site || (host.endsWith(`.${site}`) && !isAddress(site) && !isAddress(host));
}

export function listCoversHost(sites: readonly string[], host: string | null): boolean {
  return host !== null && sites.some((site) => siteCoversHost(site, host));
}

/** An IP address or localhost has no subdomains to cover. */
export function isAddress(site: string): boolean {
  return site === 'localhost' || site.startsWith('[') || IPV4.test(site);
}

export interface SiteListRead {
  sites: string[];
  /** The entries that name no site, kept out of the list (and reported), never a reason to drop it. */
  skipped: unknown[];
}

/** A stored list, entry by entry: each site normalised once, duplicates and entries that name no site left out. */
export function readSiteList(raw: unknown): SiteListRead | null {
  if (!Array.isArray(raw)) return null;
  const sites: string[] = [];
  const skipped: unknown[] = [];
  for (const entry of raw) {
    const site = typeof entry === 'string' ? parseSite(entry) : null;
    if (site === null) skipped.push(entry);
    else if (!sites.includes(site)) sites.push(site);
  }
  return { sites, skipped };
}
