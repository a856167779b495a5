import type { CDPSession, Page } from 'playwright-core';
import type { ChromiumSession } from '../../harness/chromium';
import type { ExtensionGlobal } from '../../harness/extensionGlobal';
import { CROSS_ORIGIN_ISOLATED } from '../../harness/server';
import { BACKGROUND_PORT } from '../../utils/port';
import { callProbe } from './probeBundle';
import { ourTasks, startTrace, type OurTasks } from './traceTasks';

/** The performance measures the content script records (utils/timing.ts), in ms. */
export const MEASURES = ['sourcelight:read', 'sourcelight:detect', 'sourcelight:highlight', 'sourcelight:total'] as const;
export type MeasureName = (typeof MEASURES)[number];

export interface ScannedLoad {
  measures: Record<MeasureName, number>;
  claims: number;
  /** JS heap of the page's renderer after a forced GC, in bytes. */
  heapBytes: number;
  /** The engine's own time in the background (its `sourcelight:engine` measure), the rest of detect is messaging. */
  engineMs: number;
  /** An empty request to the engine and back, from the content script's world once the scan is done (medians). */
  emptyRequest: EmptyRequest;
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

/** Empty requests timed per load: the first pays for waking the channel, the median does not. */
const EMPTY_REQUESTS = 9;

/** The least a request to the background costs, one message per request and over the content script's port, in ms. */
export interface EmptyRequest {
  messageMs: number;
  portMs: number;
}

/**
 * findAttributions on an empty text, sent from the content script's own isolated world (found over the DevTools
 * protocol) EMPTY_REQUESTS times in a row, by runtime.sendMessage and over a port as utils/port.ts opens it; the
 * median round trip of each.
 */
async function emptyRequestMs(cdp: CDPSession, extensionId: string): Promise<EmptyRequest> {
  const contexts: { id: number; origin: string }[] = [];
  const seen = ({ context }: { context: { id: number; origin: string } }) => void contexts.push(context);
  cdp.on('Runtime.executionContextCreated', seen);
  // Enabling reports every context that exists already; nothing ran with it enabled during the scan.
  await cdp.send('Runtime.enable');
  cdp.off('Runtime.executionContextCreated', seen);
  try {
    const world = contexts.find((c) => c.origin === `chrome-extension://${extensionId}`);
    if (!world) throw new Error("the content script's isolated world was not found");
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
      expression: `(async () => {
        const median = async (once) => {
          const times = [];
          for (let i = 0; i < ${EMPTY_REQUESTS}; i++) {
            const start = performance.now();
            await once(i);
            times.push(performance.now() - start);
          }
          return times.sort((a, b) => a - b)[times.length >> 1];
        };
        const request = { type: 'findAttributions', data: { text: '' } };
        const messageMs = await median(() => chrome.runtime.sendMessage(request));
        const port = chrome.runtime.connect({ name: ${JSON.stringify(BACKGROUND_PORT)} });
        const portMs = await median((id) => new Promise((resolve) => {
          const answered = (answer) => answer.id === id && (port.onMessage.removeListener(answered), resolve());
          port.onMessage.addListener(answered);
          port.postMessage({ id, ...request });
        }));
        port.disconnect();
        return { messageMs, portMs };
      })()`,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as EmptyRequest;
  } finally {
    await cdp.send('Runtime.disable');
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
 * timings, the engine's time in the background, its claims and the heap, with no trace running: a trace slows every
 * process down, the engine's too. Then times empty requests to the background from the content script's world.
 */
export async function loadScanned(session: ChromiumSession, url: string): Promise<ScannedLoad> {
  const page = await session.context.newPage();
  try {
    const cdp = await session.context.newCDPSession(page);
    await page.goto(url, { waitUntil: 'load' });
    await measureRecorded(cdp, 'sourcelight:total');
    const engineMs = await session.worker.evaluate(() => performance.getEntriesByName('sourcelight:engine')[0]?.duration ?? NaN);
    const measures = await page.evaluate(
      (names) => Object.fromEntries(names.map((n) => [n, performance.getEntriesByName(n)[0]?.duration ?? NaN])),
      [...MEASURES],
    );
    const claims = await claimCount(session, await session.tabId(page));
    const heapBytes = await heapAfterGc(page);
    const emptyRequest = await emptyRequestMs(cdp, session.extensionId);
    await cdp.detach();
    return { measures: measures as Record<MeasureName, number>, claims, heapBytes, engineMs, emptyRequest };
  } finally {
    await page.close();
  }
}

/** Which extension a load measures: where its content script's code comes from and the prefix of its measures. */
export interface Scanner {
  scriptUrl: string;
  prefix: string;
}

export const ours = (session: ChromiumSession): Scanner => ({
  scriptUrl: `chrome-extension://${session.extensionId}/content-scripts/`,
  prefix: 'sourcelight:',
});

/** Loads URL as loadScanned does, under a Chrome trace, for the main-thread tasks the SCANNER's code ran in. */
export async function loadTraced(session: ChromiumSession, url: string, scanner: Scanner = ours(session)): Promise<OurTasks> {
  const page = await session.context.newPage();
  try {
    const cdp = await session.context.newCDPSession(page);
    const trace = await startTrace(cdp);
    await page.goto(url, { waitUntil: 'load' });
    await measureRecorded(cdp, `${scanner.prefix}total`);
    await page.waitForTimeout(AFTER_SCAN_MS);
    const events = await trace.stop();
    await cdp.detach();
    return ourTasks(events, scanner.scriptUrl, scanner.prefix);
  } finally {
    await page.close();
  }
}

/** Loads URL where another extension (SCANNER) runs, untraced, for its page's JS heap once it is done. */
export async function loadOther(session: ChromiumSession, url: string, scanner: Scanner): Promise<number> {
  const page = await session.context.newPage();
  try {
    const cdp = await session.context.newCDPSession(page);
    await page.goto(url, { waitUntil: 'load' });
    await measureRecorded(cdp, `${scanner.prefix}total`);
    await cdp.detach();
    return await heapAfterGc(page);
  } finally {
    await page.close();
  }
}

/**
 * Loads URL where the content script does not run (127.0.0.1 is no news site): the page's heap without us. Then loads
 * it again cross-origin isolated, where the page's clock reads to 5 µs (the walk takes tens to hundreds of them, and
 * 100 µs steps would make the ratio to it a coin toss), for the baseline text walk and the article's length, run by
 * the probe in the page.
 */
export async function loadPlain(session: ChromiumSession, url: string, probe: string): Promise<PlainLoad> {
  const page = await session.context.newPage();
  let heapBytes: number;
  try {
    await page.goto(url, { waitUntil: 'load' });
    heapBytes = await heapAfterGc(page);
  } finally {
    await page.close();
  }
  const isolated = await session.context.newPage();
  try {
    await isolated.goto(`${url}?${CROSS_ORIGIN_ISOLATED}`, { waitUntil: 'load' });
    if (!(await isolated.evaluate(() => crossOriginIsolated))) throw new Error(`${url} was not served cross-origin isolated`);
    await isolated.evaluate(probe);
    const textWalkMs = (await isolated.evaluate(callProbe('textWalkMs'))) as number;
    const articleChars = (await isolated.evaluate(callProbe('articleChars'))) as number;
    return { heapBytes, textWalkMs, articleChars };
  } finally {
    await isolated.close();
  }
}
