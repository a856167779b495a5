/** How long one slice of highlighting may run before it gives the page back its main thread. */
export const SLICE_MS = 8;

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
 * Runs `work` on each of `items` in slices of at most SLICE_MS milliseconds (the clock is read before each item, so a
 * slice overruns by one item at most), yielding between slices so no task of ours blocks input for long. The first
 * slice counts from `sliceBegan`: work done before the loop in the same task uses up its share. Stops early (returns
 * false) once `isCurrent()` turns false, i.e. when newer work replaced this one.
 */
export async function runInSlices<T>(
  items: T[],
  work: (item: T) => void,
  isCurrent: () => boolean,
  sliceBegan = performance.now(),
): Promise<boolean> {
  let sliceStart = sliceBegan;
  for (const item of items) {
    if (performance.now() - sliceStart >= SLICE_MS) {
      await nextTask();
      sliceStart = performance.now();
    }
    if (!isCurrent()) return false;
    work(item);
  }
  return isCurrent();
}

/** Runs `steps` to its end in slices of at most SLICE_MS milliseconds, yielding between them; returns its value. */
export async function finishInSlices<R>(steps: Generator<unknown, R, void>): Promise<R> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= SLICE_MS) {
      await nextTask();
      sliceStart = performance.now();
    }
  }
}
