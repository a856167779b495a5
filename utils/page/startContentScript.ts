import { handleMessages, sendToExtension } from '../messages';
import { loadSettings, watchSettings } from '../settings';
import { createPageController, type PageController } from './pageController';

/** Where a running content script leaves its controller, in the extension's isolated world (pages cannot see it). */
const RUNNING = Symbol.for('sourcelight.content');
type Registry = { [RUNNING]?: Promise<PageController | null> };

export interface ScriptLifetime {
  onInvalidated(callback: () => void): unknown;
}

/**
 * Starts Sourcelight on this page, once: the manifest runs the script on news sites, and the popup ("Scan this
 * page") and "always scan" inject the same file again; a second run only asks the first one to look again.
 * Resolves with the controller (null on a site the user never scans).
 */
export function startContentScript(lifetime: ScriptLifetime, doc: Document = document): Promise<PageController | null> {
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
        findAttributions: (text) => sendToExtension('findAttributions', { text }),
        reportCount: (count) => {
          // No background listening (an update in progress) is no reason to disturb the page.
          sendToExtension('reportCount', { count }).catch(() => {});
        },
      },
      settings,
    );
    const stopMessages = handleMessages({
      getPageState: () => controller.pageState(),
      revealClaim: ({ id }) => controller.revealClaim(id),
      stepClaim: ({ direction }) => controller.stepClaim(direction),
    });
    const stopSettings = watchSettings((next) => void controller.applySettings(next));
    lifetime.onInvalidated(() => {
      stopMessages();
      stopSettings();
      controller.destroy();
      delete registry[RUNNING];
    });
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
