export interface Timing {
  median: number;
  /** The run least disturbed by other processes on a shared machine. */
  min: number;
}

/** Wall times in ms of `runs` calls of fn, after the caller's warm-up. */
export function timeRuns(fn: () => void, runs: number): Timing {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, min: times[0]! };
}

export const fmt = (n: number, digits = 1) => n.toFixed(digits);

/** Milliseconds with enough digits that a sub-millisecond time does not print as 0. */
export const fmtMs = (ms: number) => ms.toFixed(ms < 10 ? 2 : 1);
