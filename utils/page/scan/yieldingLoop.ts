/** How long one slice of highlighting may run before it gives the page back its main thread. */
export const SLICE_MS = 8;

/**
 * Writes, in ms of slices, after which runInSlices waits for the browser to render. Yielding alone lets slice follow
 * slice with no frame between them, and the one frame after them all restyles and lays out every mark at once (on a
 * long article, a frame far over budget: docs/performance.md, "Paint"); a frame every two slices keeps each one short.
 */
export const FRAME_BUDGET_MS = 16;

/** How long a wait for a frame may last: a page hidden meanwhile renders none. */
const FRAME_WAIT_MS = 100;

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
 * Resumes once the browser has rendered a frame (a task after the frame's animation callbacks, style and layout). A
 * hidden page renders no frames: there the next task will do, as it will if no frame comes within FRAME_WAIT_MS.
 */
export function nextFrame(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function' || globalThis.document?.visibilityState !== 'visible') return nextTask();
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, FRAME_WAIT_MS);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}

/**
 * Runs `work` on each of `items` in slices of at most SLICE_MS milliseconds (the clock is read before each item, so a
 * slice overruns by one item at most), yielding between slices so no task of ours blocks input for long, and waiting
 * for a frame once FRAME_BUDGET_MS of slices went by without one. The first slice counts from `sliceBegan`: work done
 * before the loop in the same task uses up its share. Stops early (returns false) once `isCurrent()` turns false,
 * i.e. when newer work replaced this one.
 */
export async function runInSlices<T>(
  items: T[],
  work: (item: T) => void,
  isCurrent: () => boolean,
  sliceBegan = performance.now(),
): Promise<boolean> {
  let sliceStart = sliceBegan;
  let sinceFrame = 0;
  for (const item of items) {
    const now = performance.now();
    if (now - sliceStart >= SLICE_MS) {
      sinceFrame += now - sliceStart;
      if (sinceFrame >= FRAME_BUDGET_MS) {
        await nextFrame();
        sinceFrame = 0;
      } else await nextTask();
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
