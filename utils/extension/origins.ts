/**
 * Reads what a person typed as a site ("example.com", "https://example.com/news/x") and returns its origin
 * ("https://example.com"), or null when it is not an http(s) site. A bare host name means https.
 */
export function parseSiteOrigin(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed || /\s/.test(trimmed)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !/^[^:/]+:\d+(\/|$)/.test(trimmed) ? trimmed : `https://${trimmed}`;
  const url = parseUrl(withScheme);
  if (!url) return null;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // A host needs a dot (example.com) unless it is a local one people test with.
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') return null;
  return url.origin;
}

/**
 * The host permission pattern for one origin. Firefox rejects a port in a match pattern and both browsers match a
 * pattern without one on every port, so the port is left out.
 */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

/** A URL, or null for text that is none. */
export function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/** The origin of a tab's URL, or null for a URL without one (about:blank, data:, a missing URL). */
export function originOf(url: string | undefined): string | null {
  const origin = url ? parseUrl(url)?.origin : undefined;
  return origin && origin !== 'null' ? origin : null;
}

/**
 * Whether a list of "always scan" sites covers an origin. The host permission behind each entry ignores the port (see
 * originPattern), so the list does too: "http://127.0.0.1:8080" covers "http://127.0.0.1:3000".
 */
export function listCoversOrigin(sites: readonly string[], origin: string): boolean {
  const pattern = originPattern(origin);
  return sites.some((site) => originPattern(site) === pattern);
}
