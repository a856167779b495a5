import type { ChromiumSession } from '../../tests/e2e/support/chromium';
import { MEASURES, measureRecorded, type MeasureName } from './pageLoad';
import { median } from './stats';

/**
 * The scan when the extension's service worker has been stopped, as Chrome does after 30 seconds with no event: the
 * content script's message starts it again, and the engine runs uncompiled once more. Stops the worker before each
 * of `loads` loads of URL and returns the median of each timing. Run it last: the session's worker handle is gone
 * after it.
 */
export async function coldWorkerScan(session: ChromiumSession, url: string, loads: number): Promise<Record<MeasureName, number>> {
  const runs: Record<MeasureName, number>[] = [];
  for (let i = 0; i < loads; i++) {
    const page = await session.context.newPage();
    try {
      const cdp = await session.context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await page.goto(url, { waitUntil: 'load' });
      await measureRecorded(cdp, 'sourcelight:total');
      const { result } = await cdp.send('Runtime.evaluate', {
        returnByValue: true,
        expression: `Object.fromEntries(${JSON.stringify(MEASURES)}.map((n) => [n, performance.getEntriesByName(n)[0]?.duration ?? NaN]))`,
      });
      runs.push(result.value as Record<MeasureName, number>);
      await cdp.detach();
    } finally {
      await page.close();
    }
  }
  return Object.fromEntries(MEASURES.map((m) => [m, median(runs.map((r) => r[m]))])) as Record<MeasureName, number>;
}
