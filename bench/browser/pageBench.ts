import { cpus, loadavg } from 'node:os';
import { launchChromium } from '../../tests/e2e/support/chromium';
import { startPageServer } from '../../tests/e2e/support/server';
import { SHARED_PAGE_HOSTS } from '../../tests/e2e/support/sites';
import { measurePage, type PageFigures } from './pageFigures';
import { probeScript } from './probeBundle';
import { goal, kB, ms, table } from './stats';

// The content script in real Chromium on every shared page: figures only, with the goals they are held to.
const LOADS = Number(process.env.BENCH_LOADS ?? 5);
const GOAL_TOTAL_MS = 30;
const GOAL_TASK_MS = 50;
const GOAL_RATIO = 8;

const load = () => `load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores`;
const row = (f: PageFigures): string[] => [
  f.name,
  String(f.chars),
  String(f.claims),
  ms(f.measures['sourcelight:read']),
  ms(f.measures['sourcelight:detect']),
  ms(f.measures['sourcelight:highlight']),
  ms(f.measures['sourcelight:total']),
  ms(f.fastestTotal),
  ms(f.textWalkMs),
  (f.measures['sourcelight:total'] / f.textWalkMs).toFixed(0),
  String(f.tasks),
  `${ms(f.longestTaskMs)} (${ms(f.longestTaskOwnMs)})`,
  kB(f.heapAddedBytes),
];
const HEADER = ['page', 'chars', 'claims', 'read', 'detect', 'highlight', 'total', 'fastest', 'walk', 'ratio', 'tasks', 'longest task (our JS)', 'heap added'];

const server = await startPageServer();
const session = await launchChromium({ server });
try {
  const probe = probeScript();
  console.log(`Content script in headless Chromium, median of ${LOADS} loads per page (ms); ${load()}`);
  // The first load of a fresh browser pays for its own start-up: not counted.
  await measurePage(session, server, probe, 'seed-article.html', SHARED_PAGE_HOSTS['seed-article.html']!, 1);
  const figures: PageFigures[] = [];
  for (const [name, host] of Object.entries(SHARED_PAGE_HOSTS)) {
    figures.push(await measurePage(session, server, probe, name, host, LOADS));
    process.stdout.write('.');
  }
  console.log(`\n${table(HEADER, figures.map(row))}`);
  console.log(
    '\nread/detect/highlight/total: the content script\'s performance measures; total runs from the scan\'s start to its last mark.' +
      '\nwalk: a TreeWalker collecting the article\'s text in the page (cold, once per load); ratio = total / walk.' +
      '\ntasks: main-thread tasks (task + its microtasks) that ran content-script code, per load, from a Chrome trace;' +
      '\n  longest task: the whole task; (our JS): the V8 profiler\'s samples of our code in it.' +
      '\nheap added: JS heap after a forced GC, scanned page minus the same page where the extension does not run.',
  );
  const worst = (pick: (f: PageFigures) => number) => Math.max(...figures.map(pick));
  console.log(`\nGoals (${load()}):`);
  console.log(goal(worst((f) => f.measures['sourcelight:total']) <= GOAL_TOTAL_MS, `total <= ${GOAL_TOTAL_MS} ms on every page: worst ${ms(worst((f) => f.measures['sourcelight:total']))} ms`));
  console.log(goal(worst((f) => f.longestTaskMs) <= GOAL_TASK_MS, `no task of ours > ${GOAL_TASK_MS} ms: worst ${ms(worst((f) => f.longestTaskMs))} ms`));
  console.log(goal(worst((f) => f.measures['sourcelight:total'] / f.textWalkMs) <= GOAL_RATIO, `total / text walk <= ${GOAL_RATIO}: worst ${worst((f) => f.measures['sourcelight:total'] / f.textWalkMs).toFixed(0)}`));
} finally {
  await session.close();
  await server.close();
}
