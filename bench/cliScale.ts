import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHARED_DIR } from '../cli/goldSets';
import { median, runCli, type CliRun } from './cliRun';
import { fmt } from './detectTiming';

// The scan CLI at corpus scale: --workers 2 against --workers 1 on PolNeAR's 924 texts, and memory on a 100 MB
// JSON Lines input. Whole processes, timed from outside, rounds interleaved so both see the same machine.
// Figures only: nothing here passes or fails.
const ROUNDS = 5;
/** Peak memory depends on the machine's load (how far the threads fall behind the reading): a few runs. */
const MEMORY_RUNS = 3;
const JSONL_TARGET_BYTES = 100 * 1024 * 1024;

const polnearDirs = ['train', 'dev'].map((split) => join(SHARED_DIR, 'corpus', 'polnear', split, 'text'));
const polnearFiles = polnearDirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(dir, name)),
);
const polnearBytes = polnearFiles.reduce((n, path) => n + statSync(path).size, 0);
const mb = (bytes: number) => bytes / 1e6;

const loadLine = () => loadavg().map((l) => fmt(l, 1)).join(' ');
console.log(`machine: ${availableParallelism()} CPUs, load average ${loadLine()} (shared: quote medians and ratios)`);

async function compareWorkers(label: string, argsFor: (workers: number) => string[], bytes: number, stdinFile?: string) {
  const runs: Record<1 | 2, CliRun[]> = { 1: [], 2: [] };
  await runCli(argsFor(2), stdinFile); // warm-up: the compiled CLI, the file cache
  for (let round = 0; round < ROUNDS; round++) {
    for (const workers of [1, 2] as const) {
      const run = await runCli(argsFor(workers), stdinFile);
      if (run.exitCode !== 0) throw new Error(`exit ${run.exitCode}: ${run.stderr}`);
      runs[workers].push(run);
    }
  }
  console.log(`\n${label}: ${fmt(mb(bytes), 1)} MB, median of ${ROUNDS} interleaved rounds, load average ${loadLine()} after`);
  for (const workers of [1, 2] as const) {
    const wall = median(runs[workers].map((r) => r.wallMs));
    const steady = median(runs[workers].map((r) => r.wallMs - r.firstOutputMs));
    const first = median(runs[workers].map((r) => r.firstOutputMs));
    const cpu = median(runs[workers].map((r) => r.cpuMs));
    console.log(
      `  --workers ${workers}: ${fmt(wall / 1000, 2)} s whole run (${fmt(mb(bytes) / (wall / 1000), 2)} MB/s), ` +
        `first output after ${fmt(first / 1000, 2)} s, the rest in ${fmt(steady / 1000, 2)} s; ` +
        `CPU ${fmt(cpu / 1000, 2)} s (${fmt(median(runs[workers].map((r) => r.cpuMs / r.wallMs)), 2)} cores busy); peak RSS ${fmt(median(runs[workers].map((r) => r.peakRssMb)), 0)} MB`,
    );
  }
  // Ratios pair by pair (round by round), so a drift of the machine's speed cancels out.
  const ratio = (figure: (r: CliRun) => number) => median(runs[1].map((r, i) => figure(r) / figure(runs[2][i]!)));
  console.log(
    `  speed-up of 2 workers over 1: ${fmt(ratio((r) => r.wallMs), 2)}x whole run, ` +
      `${fmt(ratio((r) => r.wallMs - r.firstOutputMs), 2)}x after the first output (the scanning, without start-up)`,
  );
  // Each thread warms its own JIT, so 2 workers do more CPU work than 1: on two cores otherwise idle, they can at
  // best take half their CPU time while 1 worker takes all of its own (or less: V8 compiles on a second core).
  // The ratio depends far less on what else the machine runs than the wall times do.
  const cpuRatio = median(runs[2].map((r, i) => r.cpuMs / runs[1][i]!.cpuMs));
  console.log(`  CPU time of 2 workers over 1: ${fmt(cpuRatio, 2)}x, so on two free cores the speed-up is at most ${fmt(2 / cpuRatio, 2)}x`);
}

const work = mkdtempSync(join(tmpdir(), 'sourcelight-bench-'));
try {
  await compareWorkers(`PolNeAR train + dev, ${polnearFiles.length} text files (--json)`, (w) => ['--json', '--quiet', '--workers', String(w), ...polnearDirs], polnearBytes);

  // The same texts five times over as one JSON Lines stream: a corpus where start-up no longer dominates.
  const texts = polnearFiles.map((path) => readFileSync(path, 'utf8'));
  const repeated = join(work, 'polnear-x5.jsonl');
  writeFileSync(
    repeated,
    Array.from({ length: 5 }, (_, round) => texts.map((text, i) => `${JSON.stringify({ id: `${round}-${i}`, text })}\n`).join('')).join(''),
  );
  await compareWorkers(`the same texts x5 as JSON Lines on stdin, ${texts.length * 5} articles (--jsonl --json)`, (w) => ['--jsonl', '--json', '--quiet', '--workers', String(w)], statSync(repeated).size, repeated);

  // 100 MB of JSON Lines: the PolNeAR texts over and over, a stored news page as HTML every 400 records, as a
  // crawl's output would mix them. Written here and deleted after; never part of the repository.
  const pages = readdirSync(join(SHARED_DIR, 'pages'))
    .filter((name) => name.endsWith('.html'))
    .map((name) => readFileSync(join(SHARED_DIR, 'pages', name), 'utf8'));
  const big = join(work, 'corpus-100mb.jsonl');
  const fd = openSync(big, 'w');
  let written = 0;
  let records = 0;
  for (let i = 0; written < JSONL_TARGET_BYTES; i++, records++) {
    const outlet = polnearFiles[i % texts.length]!.split('/').pop()!.split('_')[0];
    const record = i % 400 === 399 ? { id: String(i), outlet, html: pages[Math.floor(i / 400) % pages.length] } : { id: String(i), outlet, text: texts[i % texts.length] };
    written += writeSync(fd, `${JSON.stringify(record)}\n`);
  }
  closeSync(fd);
  console.log(`\n100 MB JSON Lines input: ${records} records (${fmt(mb(written), 1)} MB), HTML every 400th, on stdin, ${MEMORY_RUNS} runs each`);
  for (const [label, args] of [
    ['--json', ['--jsonl', '--json', '--quiet']],
    ['--summary --group-by outlet', ['--jsonl', '--summary', '--group-by', 'outlet', '--quiet']],
  ] as const) {
    const runs: CliRun[] = [];
    for (let i = 0; i < MEMORY_RUNS; i++) {
      const run = await runCli([...args], big);
      if (run.exitCode !== 0) throw new Error(`exit ${run.exitCode}: ${run.stderr}`);
      runs.push(run);
    }
    const rss = runs.map((r) => r.peakRssMb);
    console.log(
      `  ${label.padEnd(28)} ${fmt(median(runs.map((r) => r.wallMs)) / 1000, 1)} s, ${fmt(mb(written) / (median(runs.map((r) => r.wallMs)) / 1000), 2)} MB/s, ` +
        `peak RSS median ${fmt(median(rss), 0)} MB, highest ${fmt(Math.max(...rss), 0)} MB (${availableParallelism()} workers), ` +
        `${fmt(mb(runs[0]!.outputBytes), 1)} MB out, load average ${loadLine()} after`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
