import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_PAGES_DIR } from '../../../harness/paths';
import { settledHighlights, type PageHighlights } from './pageHighlights';
import type { PageDriver } from './popupPage';

/** The seed article served as hostile pages: the same host, the same article, a script of their own in the head. */
export const HOSTILE_PAGE = 'hostile-seed-article.html';
/** The same, forging from the first moment and every 25 ms for 3 s, as the content script starts, scans and paints. */
export const HOSTILE_FROM_START_PAGE = 'hostile-from-start-seed-article.html';

/**
 * The seed article with a page script that plays a news site out to switch Sourcelight off. WXT's content-script
 * context ends when the document sees `<extension id>:<entrypoint>:wxt:content-script-started` for another script,
 * and announces itself with `window.postMessage`; the script listens for any announcement and forges the event (as a
 * DOM event and as a message) for every id in EXTENSION_IDS (the real one is public on the stores) and both script
 * names when the test calls `forgeAgain`, and with FROM_START from the first moment on too.
 */
export function hostileSeedPage(extensionIds: string[], { fromStart = false } = {}): string {
  const seed = readFileSync(join(SHARED_PAGES_DIR, 'seed-article.html'), 'utf8');
  const script = `<script>
(() => {
  const ids = ${JSON.stringify(extensionIds)};
  const heard = (window.__heardFromExtension = []);
  window.addEventListener('message', (event) => {
    if (event.data?.messageId !== 'page') heard.push(JSON.stringify(event.data));
  });
  window.__forgeScriptStarted = () => {
    for (const id of ids) {
      for (const entrypoint of ['content', 'sourcelight']) {
        const type = id + ':' + entrypoint + ':wxt:content-script-started';
        for (const contentScriptName of ['content', 'sourcelight']) {
          document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName, messageId: 'page' } }));
          window.postMessage({ type, contentScriptName, messageId: 'page' }, '*');
        }
      }
    }
    window.__forgedTimes += 1;
  };
  window.__forgedTimes = 0;
  if (${fromStart}) {
    window.__forgeScriptStarted();
    const timer = setInterval(window.__forgeScriptStarted, 25);
    setTimeout(() => clearInterval(timer), 3000);
  }
})();
</script>`;
  return seed.replace('</head>', `${script}\n</head>`);
}

/** Runs in the page: forges the events once more, and says how often it did and what the page heard from us. */
export function forgeAgain(): { forged: number; heard: string[] } {
  const page = window as unknown as { __forgeScriptStarted(): void; __forgedTimes: number; __heardFromExtension: string[] };
  page.__forgeScriptStarted();
  return { forged: page.__forgedTimes, heard: page.__heardFromExtension };
}

/**
 * Forges the events four times on a scanned page, waits a second for a teardown to show, and reads the marks again:
 * how often the page forged, what it heard from us, and the marks after.
 */
export async function forgeOnScannedPage(page: PageDriver): Promise<{ forged: number; heard: string[]; after: PageHighlights }> {
  for (let i = 0; i < 3; i++) await page.evaluate(forgeAgain, undefined);
  const { forged, heard } = await page.evaluate(forgeAgain, undefined);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  return { forged, heard, after: await settledHighlights(page, 'article') };
}
