import { handleMessages } from '../messages';
import { loadSettings, watchSettings, type Settings } from '../settings';
import { hostOf, listCoversHost } from '../siteHosts';
import { childLifetime, type ContentLifetime } from './contentLifetime';
import { connectEngine, type EngineClient } from './engineClient';
import { createPageController, type PageController } from './pageController';

/** Where a running content script leaves its controller, in the extension's isolated world (pages cannot see it). */
const RUNNING = Symbol.for('sourcelight.content');
type Registry = { [RUNNING]?: { ready: Promise<unknown>; current(): PageController | null } };

/**
 * Starts Sourcelight on this page, once: the manifest runs the script on news sites, and the popup ("Scan this
 * page") and "always scan" inject the same file again. A second run while the first is alive only asks it to look
 * again (the lifetime of contentLifetime.ts does not end when another script starts). A site put on "never scan"
 * loses its highlights at once, and a site taken off it is scanned, without a reload. Everything it starts ends
 * with `lifetime`. Resolves with the controller (null on a site the user never scans).
 */
export function startContentScript(lifetime: ContentLifetime, doc: Document = document): Promise<PageController | null> {
  const registry = globalThis as Registry;
  const running = registry[RUNNING];
  if (running) {
    return running.ready.then(async () => {
      const controller = running.current();
      await controller?.rescan();
      return controller;
    });
  }
  const host = hostOf(doc.location?.href);
  const neverScanned = (settings: Settings) => listCoversHost(settings.neverScanSites, host);
  let session: { controller: PageController; end(): void } | null = null;
  // The port opens when the background is first needed: a page on the never list wakes no service worker.
  let connection: EngineClient | null = null;
  const engine = () => (connection ??= connectEngine(lifetime, doc.defaultView ?? window));
  /** What the badge shows for this tab; null: no article on the page. */
  const report = (count: number | null, anonymous = 0) =>
    engine().report(count === null ? { count: 0, anonymous: 0, noArticle: true } : { count, anonymous });

  const begin = (settings: Settings): PageController => {
    const scanLifetime = childLifetime(lifetime);
    const controller = createPageController(
      {
        doc,
        lifetime: scanLifetime,
        findAttributions: (text) => engine().findAttributions(text),
        reportCount: (count, anonymous) => report(count, anonymous),
      },
      settings,
    );
    // A never-scanned page answers nothing, as a page without the script does.
    scanLifetime.onInvalidated(
      handleMessages({
        getPageState: () => controller.pageState(),
        getClaimRows: () => controller.claimRows(),
        revealClaim: ({ id }) => controller.revealClaim(id),
        stepClaim: ({ direction }) => controller.stepClaim(direction),
      }),
    );
    controller.start().catch((error: unknown) => console.debug('Sourcelight: the scan stopped', error));
    session = { controller, end: () => scanLifetime.abort() };
    return controller;
  };
  const end = () => {
    if (!session) return;
    session.end();
    session = null;
    report(0);
  };

  const starting = (async () => {
    const settings = await loadSettings();
    lifetime.onInvalidated(
      watchSettings((next) => {
        if (neverScanned(next)) end();
        else if (!session) begin(next);
        else session.controller.applySettings(next).catch((error: unknown) => console.debug('Sourcelight: settings not applied', error));
      }),
    );
    lifetime.onInvalidated(() => delete registry[RUNNING]);
    return neverScanned(settings) ? null : begin(settings);
  })().catch((error: unknown) => {
    console.debug('Sourcelight: could not start on this page', error);
    delete registry[RUNNING];
    return null;
  });
  registry[RUNNING] = { ready: starting, current: () => session?.controller ?? null };
  return starting;
}
