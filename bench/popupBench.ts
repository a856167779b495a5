import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../harness/chromium';
import type { ExtensionGlobal } from '../harness/extensionGlobal';
import { CHROME_BUILD_DIR } from '../harness/paths';
import { startPageServer } from '../harness/server';
import { SHARED_PAGE_HOSTS } from '../harness/sites';
import { goal, kB, median, ms, table } from './browser/stats';
import { manyClaimsArticle } from './manyClaims';

// The popup in headless Chromium, opened as a page (popup.html?tabId=N) on an article once the content script has
// scanned it: how soon after the popup's navigation starts its claim list is on screen, and what it loads. On the seed
// article, and on a long article of MANY_CLAIMS claims (bench/manyClaims.ts), where the list, the profile and the
// page state's size are at their largest. Run `npm run build` first. Playwright routes only the article's requests,
// not the popup's (harness/chromium.ts, routeOpenedPagesOnly): routed, each of the popup's files waited on this
// process, 25 to 35 ms in all on a busy machine, which no user's popup does.
const OPENS = Number(process.env.BENCH_OPENS ?? 10);
const GOAL_LIST_MS = 100;
const MANY_CLAIMS = Number(process.env.BENCH_CLAIMS ?? 200);

/** Each figure in ms after the popup's navigation start. */
interface Open {
  /** The popup's script starts: its first module asks for the tab (entrypoints/popup/opening.ts). */
  startMs: number;
  /** The target tab is known. */
  tabMs: number;
  /** The content script answered getPageState. */
  stateMs: number;
  /** The claim list is in the DOM with its first rows: an empty list box does not count. */
  listMs: number;
  /** The frame that shows it is painted. */
  paintedMs: number;
  /** Time the popup's main thread spent in tasks (script, style, layout) until it is painted: its own cost, whatever the load. */
  busyMs: number;
  /** Of which running JavaScript. */
  scriptMs: number;
}
const FIGURES: [keyof Open, string][] = [
  ['startMs', 'popup script starts'],
  ['tabMs', 'tab found'],
  ['stateMs', 'page state received'],
  ['listMs', 'claim list shown'],
  ['paintedMs', 'claim list painted'],
  ['busyMs', 'main thread busy (total)'],
  ['scriptMs', 'running JavaScript'],
];


/** The scripts and stylesheets popup.html loads, gzip-compressed as a store would serve them. */
function popupBundle(): { file: string; gzip: number }[] {
  const html = readFileSync(join(CHROME_BUILD_DIR, 'popup.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  return files.map((file) => ({ file, gzip: gzipSync(readFileSync(join(CHROME_BUILD_DIR, file))).length }));
}

const load = () => `load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores`;
const server = await startPageServer();
const MANY = 'many-claims.html';
server.addFixture(MANY, manyClaimsArticle(MANY_CLAIMS).html);
const session = await launchChromium({ server, routeOpenedPagesOnly: true });

/** Opens the popup OPENS times (after one warm-up) on PAGE, served on a news host, and returns the figures of each. */
async function popupOpens(page: string): Promise<{ opens: Open[]; claims: string; stateBytes: number }> {
  const article = await session.open(server.url(page, SHARED_PAGE_HOSTS['seed-article.html']));
  const tabId = await session.tabId(article);
  // The content script scans at document_idle: the badge says it is done.
  for (let i = 0; i < 100 && !(await session.badgeText(tabId)); i++) await article.waitForTimeout(50);
  const claims = await session.badgeText(tabId);
  const popupUrl = `chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`;
  const opens: Open[] = [];
  // The first open of a fresh browser pays for compiling the extension's scripts: not counted.
  for (let i = 0; i <= OPENS; i++) {
    const popup = await session.context.newPage();
    const cdp = await session.context.newCDPSession(popup);
    await cdp.send('Performance.enable');
    await popup.addInitScript(() => {
      const shown = globalThis as { listShownAt?: number; listPaintedAt?: number; listShown?: Promise<void> };
      shown.listShown = new Promise((resolve) => {
        new MutationObserver((_, observer) => {
          if (!document.querySelector('[data-testid="claim-list"] [role="option"]')) return;
          shown.listShownAt = performance.now();
          observer.disconnect();
          // The frame's style, layout and paint follow its callbacks in the same task; a user-blocking task queued
          // from a callback runs right after them, ahead of timers (the popup renders a long list's other rows then).
          requestAnimationFrame(() => {
            const { scheduler } = globalThis as unknown as { scheduler: { postTask(task: () => void, options: { priority: string }): void } };
            scheduler.postTask(
              () => {
                shown.listPaintedAt = performance.now();
                resolve();
              },
              { priority: 'user-blocking' },
            );
          });
        }).observe(document, { subtree: true, childList: true });
      });
    });
    await popup.goto(popupUrl);
    // Over CDP, not Playwright's waitForFunction or evaluate: their first call evaluates Playwright's 300 kB injected
    // script on the popup's main thread, which would land before the list is shown and delay it.
    await cdp.send('Runtime.evaluate', { expression: 'globalThis.listShown', awaitPromise: true });
    const marks = (
      await cdp.send('Runtime.evaluate', {
        returnByValue: true,
        expression: `(() => {
          const [startMs, tabMs, stateMs] = ['sourcelight:popup-start', 'sourcelight:popup-tab', 'sourcelight:popup-state'].map(
            (name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN,
          );
          return { startMs, tabMs, stateMs, listMs: globalThis.listShownAt, paintedMs: globalThis.listPaintedAt };
        })()`,
      })
    ).result.value as Pick<Open, 'startMs' | 'tabMs' | 'stateMs' | 'listMs' | 'paintedMs'>;
    const { metrics } = await cdp.send('Performance.getMetrics');
    const seconds = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
    const open: Open = { ...marks, busyMs: seconds('TaskDuration') * 1000, scriptMs: seconds('ScriptDuration') * 1000 };
    if (i > 0) opens.push(open);
    await popup.close();
  }
  // The page state the popup is sent, as the JSON Chrome's messaging carries it.
  const stateBytes = await session.worker.evaluate(
    async (tabId) => {
      const { chrome } = globalThis as unknown as ExtensionGlobal;
      return JSON.stringify(await chrome.tabs.sendMessage(tabId, { type: 'getPageState', data: null })).length;
    },
    tabId,
  );
  await article.close();
  return { opens, claims, stateBytes };
}

try {
  const goals: string[] = [];
  for (const [page, label] of [
    ['seed-article.html', 'the seed article'],
    [MANY, `an article of ${MANY_CLAIMS} claims`],
  ] as const) {
    const { opens, claims, stateBytes } = await popupOpens(page);
    const listMedian = median(opens.map((o) => o.listMs));
    console.log(`Popup on ${label} (badge: ${claims || 'none'}) in headless Chromium, ${OPENS} opens after a warm-up; ${load()}`);
    console.log(`Page state message: ${kB(stateBytes)} of JSON`);
    console.log(
      table(
        ['ms after navigation start', 'median', 'min', 'max'],
        FIGURES.map(([key, label]) => {
          const values = opens.map((o) => o[key]);
          return [label, ms(median(values)), ms(Math.min(...values)), ms(Math.max(...values))];
        }),
      ),
    );
    console.log('');
    goals.push(goal(listMedian <= GOAL_LIST_MS, `${label}: claim list within ${GOAL_LIST_MS} ms of navigation start: median ${ms(listMedian)} ms`));
  }
  const bundle = popupBundle();
  const total = bundle.reduce((sum, f) => sum + f.gzip, 0);
  console.log(`${table(['popup file', 'gzip'], [...bundle.map((f) => [f.file, kB(f.gzip)]), ['total', kB(total)]])}`);
  console.log(`\n${goals.join('\n')}`);
} finally {
  await session.close();
  await server.close();
}
