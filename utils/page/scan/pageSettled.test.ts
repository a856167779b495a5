import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { endLifetimes, testLifetime } from '../../../tests/support/lifetime';
import { pageSettled } from './pageSettled';

/** A window as pageSettled sees it: its load event, its readiness, and the browser's idle callbacks. */
function fakeWindow(readyState: DocumentReadyState) {
  const idle: { callback: IdleRequestCallback; timeout?: number }[] = [];
  const requestIdleCallback = (callback: IdleRequestCallback, options?: IdleRequestOptions) =>
    idle.push({ callback, timeout: options?.timeout });
  vi.stubGlobal('requestIdleCallback', requestIdleCallback);
  vi.stubGlobal('cancelIdleCallback', () => {});
  const win = Object.assign(new EventTarget(), { document: { readyState }, requestIdleCallback }) as unknown as Window;
  const goIdle = () => idle.splice(0).forEach(({ callback }) => callback({ didTimeout: false, timeRemaining: () => 10 }));
  return { win, idle, goIdle };
}

/** Whether the promise has settled, after the microtasks queued so far. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  endLifetimes();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('pageSettled', () => {
  it('on a loaded page, waits for an idle moment (at most 1.5 s)', async () => {
    const { win, idle, goIdle } = fakeWindow('complete');
    const waiting = pageSettled(win, testLifetime());
    expect(await settled(waiting)).toBe(false);
    expect(idle.map((i) => i.timeout)).toEqual([1500]);
    goIdle();
    expect(await settled(waiting)).toBe(true);
  });

  it('on a page still loading, waits for its load event, then for an idle moment', async () => {
    const { win, idle, goIdle } = fakeWindow('loading');
    const waiting = pageSettled(win, testLifetime());
    await vi.advanceTimersByTimeAsync(2000);
    expect(idle).toHaveLength(0);
    win.dispatchEvent(new Event('load'));
    await vi.advanceTimersByTimeAsync(0);
    expect(idle).toHaveLength(1);
    goIdle();
    expect(await settled(waiting)).toBe(true);
  });

  it('goes on after 3 s when the load event never comes (a stalled image)', async () => {
    const { win, idle } = fakeWindow('loading');
    void pageSettled(win, testLifetime());
    await vi.advanceTimersByTimeAsync(2999);
    expect(idle).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(idle).toHaveLength(1);
  });

  it('lets go at once when the content script\'s context ends, and leaves no timer behind', async () => {
    const { win } = fakeWindow('loading');
    const lifetime = testLifetime();
    const waiting = pageSettled(win, lifetime);
    lifetime.abort();
    expect(await settled(waiting)).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });
});
