import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export type SettleLifetime = Pick<
  ContentScriptContext,
  'addEventListener' | 'isInvalid' | 'onInvalidated' | 'requestIdleCallback' | 'setTimeout'
>;

/** A page whose load event never comes (a stalled image, an ad) is scanned after this all the same. */
const LOAD_WAIT_MS = 3000;
/** ...and a page that is never idle after this. */
const IDLE_WAIT_MS = 1500;

/** Resolves once `arm` calls back, or once the content script's context ends, so that no caller waits for ever. */
function until(lifetime: SettleLifetime, arm: (done: () => void) => void): Promise<void> {
  if (lifetime.isInvalid) return Promise.resolve();
  return new Promise((resolve) => {
    const forget = lifetime.onInvalidated(resolve);
    arm(() => {
      forget();
      resolve();
    });
  });
}

/**
 * The first scan waits for load, then for an idle moment: the page renders and runs its own start-up first (a
 * framework hydrates its article), and our work and the engine's answer do not queue behind it. The timers and the
 * listener go with the content script's context (WXT's `ctx`).
 */
export async function pageSettled(win: Window, lifetime: SettleLifetime): Promise<void> {
  if (win.document.readyState !== 'complete') {
    await until(lifetime, (done) => {
      lifetime.addEventListener(win, 'load', done, { once: true });
      lifetime.setTimeout(done, LOAD_WAIT_MS);
    });
  }
  await until(lifetime, (done) => {
    // Chrome and Firefox have requestIdleCallback; elsewhere (a test DOM) the next task will do.
    if (typeof win.requestIdleCallback === 'function') lifetime.requestIdleCallback(done, { timeout: IDLE_WAIT_MS });
    else lifetime.setTimeout(done, 0);
  });
}
