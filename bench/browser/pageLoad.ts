import type { CDPSession, Page } from 'playwright-core';
import type { ChromiumSession } from '../../tests/e2e/support/chromium';
import type { ExtensionGlobal } from '../../tests/e2e/support/extensionGlobal';
import { callProbe } from './probeBundle';
import { ourTasks, startTrace, type OurTasks } from './traceTasks';

/** The performance measures the content script records (utils/page/timing.ts), in ms. */
export const MEASURES = ['sourcelight:read', 'sourcelight:detect', 'sourcelight:highlight', 'sourcelight:total'] as const;
export type MeasureName = (typeof MEASURES)[number];

export interface ScannedLoad {
  measures: Record<MeasureName, number>;
  claims: number;
  /** JS heap of the page's renderer after a forced GC, in bytes. */
  heapBytes: number;
}

export interface PlainLoad {
  heapBytes: number;
  textWalkMs: number;
  articleChars: number;
}

const SCAN_TIMEOUT_MS = 30_000;
/** Time after the last mark for the browser to finish the frame our writes caused. */
const AFTER_SCAN_MS = 300;

/**
 * Waits in the page, over the DevTools session, until the performance measure NAME is recorded. Not Playwright's
 * waitForFunction: its first call in a page evaluates Playwright's 300 kB injected script on the main thread, tens of
 * milliseconds that would land in the middle of the scan being measured.
 */
export async function measureRecorded(cdp: CDPSession, name: string): Promise<void> {
  const expression = `new Promise((resolve, reject) => {
    const recorded = () => performance.getEntriesByName(${JSON.stringify(name)}).length > 0;
    if (recorded()) return resolve(true);
    const observer = new PerformanceObserver(() => {
      if (recorded()) {
        observer.disconnect();
        resolve(true);
      }
    });
    observer.observe({ type: 'measure' });
    setTimeout(() => reject(new Error('no ${name} measure within ${SCAN_TIMEOUT_MS} ms')), ${SCAN_TIMEOUT_MS});
  })`;
  const { exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, awaitPromise: true });
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
}

/** The page renderer's JS heap after a full garbage collection. */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize');
    if (!used) throw new Error('Chromium reported no JSHeapUsedSize');
    return used.value;
  } finally {
    await cdp.detach();
  }
}

/** The claims the content script found, as the popup asks for them (the badge stops at 999+). */
async function claimCount(session: ChromiumSession, tabId: number): Promise<number> {
  return session.worker.evaluate(async (tabId) => {
    const { chrome } = globalThis as unknown as ExtensionGlobal;
    const state = await chrome.tabs.sendMessage(tabId, { type: 'getPageState', data: null });
    return (state as { claims: unknown[] }).claims.length;
  }, tabId);
}

/**
 * Loads URL (a news host, where the content script runs by itself) in a new tab and reads the content script's own
 * timings, its claims and the heap, with no trace running: a trace slows every process down, the engine's too.
 */
export async function loadScanned(session: ChromiumSession, url: string): Promise<ScannedLoad> {
  const page = await session.context.newPage();
  try {
    const cdp = await session.context.newCDPSession(page);
    await page.goto(url, { waitUntil: 'load' });
    await measureRecorded(cdp, 'sourcelight:total');
    await cdp.detach();
    const measures = await page.evaluate(
      (names) => Object.fromEntries(names.map((n) => [n, performance.getEntriesByName(n)[0]?.duration ?? NaN])),
      [...MEASURES],
    );
    const claims = await claimCount(session, await session.tabId(page));
    const heapBytes = await heapAfterGc(page);
    return { measures: measures as Record<MeasureName, number>, claims, heapBytes };
  } finally {
    await page.close();
  }
}

/** Loads URL as loadScanned does, under a Chrome trace, for the main-thread tasks our code ran in. */
export async function loadTraced(session: ChromiumSession, url: string): Promise<OurTasks> {
  const page = await session.context.newPage();
  try {
    const cdp = await session.context.newCDPSession(page);
    const trace = await startTrace(cdp);
    await page.goto(url, { waitUntil: 'load' });
    await measureRecorded(cdp, 'sourcelight:total');
    await page.waitForTimeout(AFTER_SCAN_MS);
    const events = await trace.stop();
    await cdp.detach();
    return ourTasks(events, `chrome-extension://${session.extensionId}/content-scripts/`);
  } finally {
    await page.close();
  }
}

/**
 * Loads URL where the content script does not run (127.0.0.1 is no news site): the page's heap without us, then the
 * baseline text walk and the article's length, run by the probe in the page.
 */
export async function loadPlain(session: ChromiumSession, url: string, probe: string): Promise<PlainLoad> {
  const page = await session.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    const heapBytes = await heapAfterGc(page);
    await page.evaluate(probe);
    const textWalkMs = (await page.evaluate(callProbe('textWalkMs'))) as number;
    const articleChars = (await page.evaluate(callProbe('articleChars'))) as number;
    return { heapBytes, textWalkMs, articleChars };
  } finally {
    await page.close();
  }
}
