import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FRAME_BUDGET_MS, runInSlices, SLICE_MS } from './yieldingLoop';

// The clock moves only with the work, and frames come one task later, so a machine busy with other work can neither
// make a slice longer nor hold a frame back: every count below is exact.
let clock = 0;
const busyFor = (ms: number) => {
  clock += ms;
};
let frameWaits = 0;

beforeEach(() => {
  clock = 0;
  frameWaits = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
  vi.stubGlobal('requestAnimationFrame', (render: FrameRequestCallback) => {
    frameWaits += 1;
    return setTimeout(() => render(clock), 0);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('runInSlices', () => {
  it('works through every item in order while the work is current', async () => {
    const done: number[] = [];
    const items = Array.from({ length: 500 }, (_, i) => i);
    expect(await runInSlices(items, (n) => done.push(n), () => true)).toBe(true);
    expect(done).toEqual(items);
  });

  it('gives the main thread back between slices, so a timer set meanwhile runs before the work ends', async () => {
    const events: string[] = [];
    setTimeout(() => events.push('page task'), 0);
    await runInSlices([1, 2, 3, 4], (n) => {
      busyFor(5);
      events.push(`item ${n}`);
    }, () => true);
    expect(events.indexOf('page task')).toBeGreaterThan(0);
    expect(events.indexOf('page task')).toBeLessThan(events.length - 1);
  });

  it('counts work done before the loop against the first slice, and yields first when it used the slice up', async () => {
    const events: string[] = [];
    const began = performance.now();
    busyFor(12);
    setTimeout(() => events.push('page task'), 0);
    await runInSlices([1], (n) => events.push(`item ${n}`), () => true, began);
    expect(events).toEqual(['page task', 'item 1']);
  });

  it('waits for the browser to render once two slices of writes went by, and not sooner', async () => {
    const slices = async (count: number) => {
      frameWaits = 0;
      // Items of half a slice and a bit: every two items fill a slice.
      await runInSlices(Array.from({ length: 2 * count }, (_, i) => i), () => busyFor(SLICE_MS / 2 + 0.5), () => true);
      return frameWaits;
    };
    expect(FRAME_BUDGET_MS).toBe(2 * SLICE_MS);
    expect(await slices(2)).toBe(0);
    expect(await slices(7)).toBe(3);
  });

  it('stops before the next slice once newer work replaced it', async () => {
    const done: number[] = [];
    let current = true;
    const finished = await runInSlices([1, 2, 3], (n) => {
      done.push(n);
      // An item that outlasts a slice, during which newer work started: the slice ends after it.
      if (n === 2) {
        busyFor(20);
        current = false;
      }
    }, () => current);
    expect(finished).toBe(false);
    expect(done).toEqual([1, 2]);
  });
});
