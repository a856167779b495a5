// Loaded with `node --import` into a CLI run by the benchmarks: at exit, the process's peak resident memory and
// its CPU time (getrusage: every thread of the process together) on stderr, for bench/cliRun.ts to read.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  const usage = process.resourceUsage();
  writeSync(2, `peak-rss-kb ${usage.maxRSS}\ncpu-us ${usage.userCPUTime + usage.systemCPUTime}\n`);
});
