import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PUBLIC_DIR } from '../cli/engineModels';
import { SHARED_DIR } from '../cli/goldSets';
import { modelPath } from '../utils/attribution/model/languageModels';
import { pathToFileURL } from 'node:url';
import type * as Engine from '../utils/attribution/index';
import { coldStart } from './coldStart';
import { fmt, fmtMs, timeInterleaved, timeRuns } from './detectTiming';
import { bundleEngine } from './engineBundle';

// Throughput of the engine on real news text, and whether its time grows linearly with the text.
// Figures only: nothing here passes or fails.
const RUNS = 5;
const SCALING_BASE_CHARS = 256 * 1024;

const textDir = join(SHARED_DIR, 'corpus', 'polnear', 'train', 'text');
const articles = readdirSync(textDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(textDir, name), 'utf8'));
const chars = articles.reduce((n, a) => n + a.length, 0);
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a), 0);

const bundle = await bundleEngine();
const { findAttributions, scanAttributions, provideModel } = (await import(pathToFileURL(bundle).href)) as typeof Engine;
provideModel('en', new Uint8Array(readFileSync(join(PUBLIC_DIR, modelPath('en')))));
console.log(coldStart(bundle));
console.log(`\npolnear train: ${articles.length} articles, ${fmt(bytes / 1e6, 2)} MB (${chars} UTF-16 chars), the bundled engine on one core`);
const scanAll = () => {
  for (const article of articles) findAttributions(article);
};
scanAll(); // warm-up: JIT and regex compilation
const { median: ms, min } = timeRuns(scanAll, RUNS);
console.log(`findAttributions per article, median of ${RUNS}: ${fmt(ms, 0)} ms (fastest ${fmt(min, 0)} ms)`);
console.log(`  ${fmt(bytes / 1e6 / (ms / 1000), 2)} MB/s, ${fmt((ms / chars) * 10_000, 3)} ms per 10,000 chars`);

// What one page costs the extension: each article on its own, as the content script scans one page.
const perArticle = articles
  .map((article) => ({ length: article.length, ms: timeRuns(() => findAttributions(article), 1).median }))
  .sort((a, b) => a.ms - b.ms);
const at = (q: number) => perArticle[Math.min(perArticle.length - 1, Math.floor(q * perArticle.length))]!;
const slowest = perArticle[perArticle.length - 1]!;
console.log(
  `  each article once: median ${fmtMs(at(0.5).ms)} ms, 95th percentile ${fmtMs(at(0.95).ms)} ms, ` +
    `slowest ${fmtMs(slowest.ms)} ms (${slowest.length} chars)`,
);

// Whole articles up to about 256 kB, repeated: the same text, so only its length changes.
let base = '';
for (const article of articles) {
  if (base.length >= SCALING_BASE_CHARS) break;
  base += `${article}\n`;
}
console.log(`\nscaling: one string of ${base.length} chars repeated 1x, 4x, 16x (median of ${RUNS} interleaved rounds; ratio 1.00 = linear)`);
const sizes = [1, 4, 16];
const texts = sizes.map((times) => base.repeat(times));
for (const text of texts) findAttributions(text);
const timings = timeInterleaved(texts.map((text) => () => findAttributions(text)), RUNS);
sizes.forEach((times, i) => {
  const t = timings[i]!.median;
  const ratio = t / (timings[0]!.median * times);
  console.log(`  ${String(times).padStart(2)}x ${String(texts[i]!.length).padStart(9)} chars: ${fmtMs(t).padStart(8)} ms, ratio to linear ${fmt(ratio, 2)}`);
});

// The content script runs the engine one chunk at a time and gives the page its main thread back
// every ~8 ms: the slowest chunk bounds how far past that a task of ours can run.
const largest = texts[texts.length - 1]!;
const chunkMs: number[] = [];
const steps = scanAttributions(largest)[Symbol.iterator]();
for (let start = performance.now(); !steps.next().done; start = performance.now()) chunkMs.push(performance.now() - start);
chunkMs.sort((a, b) => a - b);
console.log(
  `\nscanAttributions on the ${largest.length}-char text: ${chunkMs.length} chunks, median ${fmtMs(chunkMs[chunkMs.length >> 1]!)} ms, ` +
    `slowest ${fmtMs(chunkMs[chunkMs.length - 1]!)} ms`,
);
