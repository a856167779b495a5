import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChromiumSession } from '../../harness/chromium';
import { SHARED_PAGES_DIR } from '../../harness/paths';
import type { PageServer } from '../../harness/server';
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

/**
 * Serves shared page NAME with one image that arrives LATE_MS after it is asked for, as `late-image-NAME`, and returns
 * that name: on a real network a page's load event waits on images and ads for that long or longer, while the saved
 * pages load here in tens of milliseconds with every foreign request aborted.
 */
export function serveWithLateImage(server: PageServer, name: string, lateMs: number): string {
  const html = readFileSync(join(SHARED_PAGES_DIR, name), 'utf8');
  const image = `<img src="/delayed/${lateMs}" alt="" width="1" height="1">`;
  const at = html.lastIndexOf('</body>');
  const late = `late-image-${name}`;
  server.addFixture(late, at >= 0 ? `${html.slice(0, at)}${image}${html.slice(at)}` : `${html}${image}`);
  return late;
}
