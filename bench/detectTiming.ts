export interface Timing {
  median: number;
  /** The run least disturbed by other processes on a shared machine. */
  min: number;
}

/**
 * Wall times in ms of `runs` rounds, each round calling every fn once, after the caller's warm-up.
 * Interleaving gives the functions being compared the same share of a machine whose load drifts.
 */
export function timeInterleaved(fns: (() => void)[], runs: number): Timing[] {
  const times = fns.map((): number[] => []);
  for (let round = 0; round < runs; round++) {
    fns.forEach((fn, i) => {
      const start = performance.now();
      fn();
      times[i]!.push(performance.now() - start);
    });
  }
  return times.map((t) => {
    t.sort((a, b) => a - b);
    return { median: t[Math.floor(t.length / 2)]!, min: t[0]! };
  });
}

export const timeRuns = (fn: () => void, runs: number): Timing => timeInterleaved([fn], runs)[0]!;

export const fmt = (n: number, digits = 1) => n.toFixed(digits);

/** Milliseconds with enough digits that a sub-millisecond time does not print as 0. */
export const fmtMs = (ms: number) => ms.toFixed(ms < 10 ? 2 : 1);
