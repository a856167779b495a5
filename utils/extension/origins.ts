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
