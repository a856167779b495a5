import type { BrowserContext, Page } from 'playwright-core';
import { waitFor } from './waitFor';

export interface ServiceWorkerControl {
  /**
   * Stops the extension's service worker, as Chrome does after 30 s idle, and waits until it has stopped (a busy worker
   * is cut off after a few seconds). Something may start it again at once.
   */
  stop(): Promise<void>;
  /** Waits until the service worker runs. */
  running(): Promise<void>;
  /** How many times it has started again since this control was made. */
  restarts(): number;
  close(): Promise<void>;
}

/**
 * The extension's MV3 service worker seen and stopped through the DevTools protocol's ServiceWorker domain, over a CDP
 * session of PAGE. Chrome reuses the worker's target when it starts again, so Playwright's `Worker` stays the same
 * object across a restart (its `evaluate` waits for the new one) and no `serviceworker` event tells of the restart:
 * the domain's running status does. Stopped, starting and running can follow within a millisecond, so what counts is
 * each change, not the status when looked at.
 */
export async function controlServiceWorker(context: BrowserContext, page: Page, extensionId: string): Promise<ServiceWorkerControl> {
  const cdp = await context.newCDPSession(page);
  const ours = `chrome-extension://${extensionId}/`;
  let status: string | null = null;
  let stops = 0;
  let restarts = 0;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) {
      if (!version.scriptURL.startsWith(ours) || version.runningStatus === status) continue;
      if (version.runningStatus === 'stopped') stops++;
      if (version.runningStatus === 'running' && status !== null) restarts++;
      status = version.runningStatus;
    }
  });
  await cdp.send('ServiceWorker.enable');
  await waitFor('the service worker reported', async () => status !== null);
  return {
    async stop() {
      const before = stops;
      await cdp.send('ServiceWorker.stopAllWorkers');
      await waitFor('the service worker stopped', async () => stops > before, 20_000);
    },
    running: () => waitFor('the service worker running', async () => status === 'running').then(() => undefined),
    restarts: () => restarts,
    close: () => cdp.detach(),
  };
}
