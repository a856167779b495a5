import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file so tests run the same from any working directory. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Read-only data shared by the team sits beside the repository, never inside it. */
export const SHARED_DIR = resolve(REPO_ROOT, '../shared');
export const SHARED_PAGES_DIR = resolve(SHARED_DIR, 'pages');
export const SEED_DIR = resolve(SHARED_DIR, 'corpus/seed');

/** What `npm run build` writes; SOURCELIGHT_BUILD_DIR tests builds kept elsewhere (a release candidate, a copy). */
const BUILD_ROOT = process.env.SOURCELIGHT_BUILD_DIR ? resolve(process.env.SOURCELIGHT_BUILD_DIR) : resolve(REPO_ROOT, '.output');
export const CHROME_BUILD_DIR = resolve(BUILD_ROOT, 'chrome-mv3');
export const FIREFOX_BUILD_DIR = resolve(BUILD_ROOT, 'firefox-mv2');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
