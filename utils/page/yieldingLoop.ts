/** How long one slice of highlighting may run before it gives the page back its main thread. */
const SLICE_MS = 8;
// A mark.js call costs up to ~1 ms on a loaded machine: the clock is read after every few pieces, not every 50.
const SLICE_ITEMS = 8;

interface YieldingScheduler {
  yield?: () => Promise<void>;
}

/**
 * Gives the page its main thread back (input, rendering) and resumes in a task of its own. scheduler.yield() where
 * the browser has it: unlike a timer it is not throttled to once a second in a background tab.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `work` over `items` in slices of at most SLICE_ITEMS items or SLICE_MS milliseconds, yielding between slices
 * so no task of ours blocks input for long. Stops early (returns false) once `isCurrent()` turns false, i.e. when
 * newer work replaced this one.
 */
export function runInSlices<T>(items: T[], work: (slice: T[]) => void, isCurrent: () => boolean): Promise<boolean> {
  function* slices(): Generator<T[], void> {
    for (let index = 0; index < items.length; index += SLICE_ITEMS) yield items.slice(index, index + SLICE_ITEMS);
  }
  return drainInSlices(slices(), work, isCurrent);
}

/**
 * Takes the steps of `steps` (each one short, such as one chunk of the engine's scan) for at most SLICE_MS
 * milliseconds at a time, yielding between slices. Stops early (returns false) once `isCurrent()` turns false.
 */
export async function drainInSlices<T>(steps: Iterator<T>, take: (step: T) => void, isCurrent: () => boolean): Promise<boolean> {
  for (;;) {
    if (!isCurrent()) return false;
    const sliceStart = performance.now();
    // The step runs inside next(): the clock is read after each, so a slice overruns by one step at most.
    do {
      const next = steps.next();
      if (next.done) return isCurrent();
      take(next.value);
    } while (performance.now() - sliceStart < SLICE_MS);
    await nextTask();
  }
}
