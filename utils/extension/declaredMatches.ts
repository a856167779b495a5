import { browser } from 'wxt/browser';
import { MatchPattern } from 'wxt/utils/match-patterns';

/**
 * Whether the browser injects the content script on this URL by itself (a site on the news list), read from the
 * manifest the extension was built with, so it never drifts from what the browser does.
 */
export function isDeclaredSite(url: string): boolean {
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  return scripts
    .flatMap((script) => script.matches ?? [])
    .some((pattern) => {
      try {
        return new MatchPattern(pattern).includes(url);
      } catch {
        return false;
      }
    });
}
