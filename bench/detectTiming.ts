/** Median wall time in ms of `runs` calls of fn, after the caller's warm-up. */
export function medianMs(fn: () => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export const fmt = (n: number, digits = 1) => n.toFixed(digits);

/** Milliseconds with enough digits that a sub-millisecond time does not print as 0. */
export const fmtMs = (ms: number) => ms.toFixed(ms < 10 ? 2 : 1);
