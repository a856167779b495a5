import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SHARED_PAGES_DIR } from '../../harness/paths';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';

/** A shared page by name, read from ../shared/pages (never copied into the repo). */
export const sharedPage = (name: string): string => readFileSync(resolve(SHARED_PAGES_DIR, name), 'utf8');

/** Replaces the test document with an HTML page, head and body. */
export function loadPage(html: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
}

export const settingsWith = (change: Partial<Settings> = {}): Settings => ({
  ...structuredClone(DEFAULT_SETTINGS),
  ...change,
});
