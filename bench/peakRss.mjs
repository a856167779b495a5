// Loaded with `node --import` into a CLI run by the benchmarks: at exit, the process's peak resident memory
// (getrusage, every thread of the process together) on stderr, for bench/cliRun.ts to read.
import { writeSync } from 'node:fs';

process.on('exit', () => writeSync(2, `peak-rss-kb ${process.resourceUsage().maxRSS}\n`));
