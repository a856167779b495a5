import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';

const REPO = resolve(import.meta.dirname, '..');
const BIN = resolve(REPO, 'cli', 'sourcelight-scan.mjs');
const PEAK_RSS_HOOK = resolve(import.meta.dirname, 'peakRss.mjs');

/** One run of the CLI as a user starts it, timed from outside the process. */
export interface CliRun {
  /** From spawn to exit, ms. */
  wallMs: number;
  /** From spawn to the first byte on stdout: starting up, loading the engine, the first article. */
  firstOutputMs: number;
  /** The process's peak resident memory, all its threads together, MB. */
  peakRssMb: number;
  /** CPU time of all its threads together, ms: above the wall time when more than one core worked. */
  cpuMs: number;
  outputBytes: number;
  exitCode: number | null;
  stderr: string;
}

/** Runs `sourcelight-scan ARGS`, stdin from a file or nothing, stdout counted and dropped. */
export function runCli(args: string[], stdinFile?: string): Promise<CliRun> {
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['--import', PEAK_RSS_HOOK, BIN, ...args], { cwd: REPO, stdio: ['pipe', 'pipe', 'pipe'] });
    let firstOutputMs = -1;
    let outputBytes = 0;
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      if (firstOutputMs < 0) firstOutputMs = performance.now() - start;
      outputBytes += chunk.length;
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    if (stdinFile) createReadStream(stdinFile).pipe(child.stdin);
    else child.stdin.end();
    child.on('error', fail);
    child.on('close', (exitCode) => {
      const wallMs = performance.now() - start;
      const peak = /^peak-rss-kb (\d+)$/m.exec(stderr);
      const cpu = /^cpu-us (\d+)$/m.exec(stderr);
      done({
        wallMs,
        firstOutputMs,
        peakRssMb: peak ? Number(peak[1]) / 1024 : NaN,
        cpuMs: cpu ? Number(cpu[1]) / 1000 : NaN,
        outputBytes,
        exitCode,
        stderr: stderr.replace(/^peak-rss-kb \d+\ncpu-us \d+\n?/m, ''),
      });
    });
  });
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
