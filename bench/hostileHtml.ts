import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { htmlArticle } from '../cli/htmlArticleText';
import { findAttributions } from '../utils/attribution/index';
import { runCli } from './cliRun';
import { fmt, fmtMs, timeInterleaved, timeRuns } from './detectTiming';
import { loadShippedModels } from '../cli/engineModels';

loadShippedModels();

// HTML built to make a parser or Readability take more than linear time, read as the CLI reads a page (the article
// found, or the whole page's text, then the engine), at two sizes a factor 4 apart: linear growth shows as a ratio
// near 4. Then the CLI as a process on the 4.4 MB page of nested <div> that used to hang it.
// Figures only: nothing here passes or fails.
const RUNS = 3;
/** A small size slower than this is not tried at the large size. */
const GIVE_UP_MS = 10_000;
const SIZE = 4_400_000;

const P = '<p>Two sources told Reuters the talks had failed.</p>';
const fill = (unit: string, length: number) => unit.repeat(Math.max(1, Math.floor(length / unit.length)));
/** The same element `levels` deep around one sentence: as long as `length` when `levels` is picked to fit. */
const nested = (open: string, close: string, length: number) => {
  const levels = Math.floor(length / (open.length + close.length));
  return `<html><body>${open.repeat(levels)}${P}${close.repeat(levels)}</body></html>`;
};

const HOSTILE_HTML: { name: string; make: (length: number) => string }[] = [
  { name: 'nested <div>', make: (n) => nested('<div>', '</div>', n) },
  { name: 'nested <div class> (zones checked)', make: (n) => nested('<div class="story-body">', '</div>', n) },
  { name: 'unclosed <b>', make: (n) => fill('<b>x ', n) },
  { name: 'unclosed <p> (read by Readability)', make: (n) => fill('<p>Officials said it. ', n) },
  { name: 'paragraphs (read by Readability)', make: (n) => fill(P, n) },
  { name: 'unclosed <li> and <td>', make: (n) => fill('<ul><li>a<li>b</ul><table><tr><td>said<td>x</table>', n) },
  { name: 'SVG of self-closed paths', make: (n) => `<p>A spokesman said so.</p><svg>${fill('<path d="M0 0"/>', n)}</svg>` },
  { name: 'a tag with 100k attributes', make: (n) => `<p ${fill('a=1 ', n)}>A spokesman said so.</p>` },
  { name: 'unclosed comment', make: (n) => `<p>Said.</p><!--${fill('x', n)}` },
  { name: 'unclosed <script>', make: (n) => `<p>Said.</p><script>${fill('if (a < b) {} ', n)}` },
  { name: 'entities', make: (n) => `<p>${fill('&amp;&#x201C;said&#8221;&nbsp;', n)}</p>` },
  { name: 'stray end tags', make: (n) => `<div>${fill('</span></b></div></p>said ', n)}</div>` },
];

const read = (html: string) => findAttributions(htmlArticle(html).text);

console.log(`hostile HTML, read as the CLI reads a page: median of ${RUNS} interleaved rounds at n/4 and n chars; ratio 4 = linear`);
for (const { name, make } of HOSTILE_HTML) {
  const small = make(SIZE / 4);
  const large = make(SIZE);
  const probe = timeRuns(() => read(small), 1).median;
  if (probe > GIVE_UP_MS) {
    console.log(`  ${name.padEnd(36)} ${small.length} chars: ${fmt(probe, 0)} ms; larger size skipped`);
    continue;
  }
  const [smallTime, largeTime] = timeInterleaved([() => read(small), () => read(large)], RUNS);
  console.log(
    `  ${name.padEnd(36)} ${String(small.length).padStart(8)} chars ${fmtMs(smallTime!.median).padStart(8)} ms | ` +
      `${String(large.length).padStart(8)} chars ${fmtMs(largeTime!.median).padStart(8)} ms | ratio ${fmt(largeTime!.median / smallTime!.median, 2)}`,
  );
}

// Below the guard's limits a page goes to Readability: the costliest markup found for it, just under 20,000 elements.
const justUnder = '<ul><li>a<li>b</ul><table><tr><td>said<td>x</table>'.repeat(2_850);
const limit = timeRuns(() => read(justUnder), RUNS);
console.log(`  ${'lists and tables, 19,950 elements'.padEnd(36)} ${String(justUnder.length).padStart(8)} chars ${fmtMs(limit.median).padStart(8)} ms (the most Readability is given)`);

const work = mkdtempSync(join(tmpdir(), 'sourcelight-hostile-'));
try {
  const page = join(work, 'nested-div.html');
  const html = `<html><body>${'<div>'.repeat(400_000)}${P}${'</div>'.repeat(400_000)}</body></html>`;
  writeFileSync(page, html);
  const run = await runCli(['--json', '--quiet', page]);
  const claims = run.exitCode === 0 ? run.outputBytes > 0 : false;
  console.log(
    `\nthe CLI on ${fmt(html.length / 1e6, 1)} MB of 400,000 nested <div> (issue 12: was killed at 60 s): ` +
      `${fmt(run.wallMs / 1000, 2)} s as a whole process, exit ${run.exitCode}, ${claims ? 'claims printed' : 'no claims'}; stderr: ${run.stderr.trim()}`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
