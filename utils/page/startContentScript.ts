import { handleMessages, sendToExtension } from '../messages';
import { loadSettings, watchSettings } from '../settings';
import { createPageController, type PageController, type PageLifetime } from './pageController';

/** Where a running content script leaves its controller, in the extension's isolated world (pages cannot see it). */
const RUNNING = Symbol.for('sourcelight.content');
type Registry = { [RUNNING]?: Promise<PageController | null> };

/**
 * Starts Sourcelight on this page, once: the manifest runs the script on news sites, and the popup ("Scan this
 * page") and "always scan" inject the same file again. A second run while the first is alive only asks it to look
 * again; but WXT's `ctx` of a newer script ends the context of the older one as it starts, so a second injection
 * today finds the first one gone and starts afresh. Everything it starts ends with `lifetime` (WXT's `ctx`).
 * Resolves with the controller (null on a site the user never scans).
 */
export function startContentScript(lifetime: PageLifetime, doc: Document = document): Promise<PageController | null> {
  const registry = globalThis as Registry;
  const running = registry[RUNNING];
  if (running) {
    return running.then(async (controller) => {
      await controller?.rescan();
      return controller;
    });
  }
  const starting = (async () => {
    const settings = await loadSettings();
    if (settings.neverScanSites.includes(doc.location?.origin ?? '')) return null;
    const controller = createPageController(
      {
        doc,
        lifetime,
        findAttributions: (text) => sendToExtension('findAttributions', { text }),
        reportCount: (count, anonymous) => {
          // No background listening (an update in progress) is no reason to disturb the page.
          sendToExtension('reportCount', { count, anonymous }).catch(() => {});
        },
      },
      settings,
    );
    lifetime.onInvalidated(
      handleMessages({
        getPageState: () => controller.pageState(),
        getClaimRows: () => controller.claimRows(),
        revealClaim: ({ id }) => controller.revealClaim(id),
        stepClaim: ({ direction }) => controller.stepClaim(direction),
      }),
    );
    lifetime.onInvalidated(watchSettings((next) => void controller.applySettings(next)));
    lifetime.onInvalidated(() => delete registry[RUNNING]);
    void controller.start();
    return controller;
  })().catch((error) => {
    console.debug('Sourcelight: could not start on this page', error);
    delete registry[RUNNING];
    return null;
  });
  registry[RUNNING] = starting;
  return starting;
}
