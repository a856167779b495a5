import { describe, expect, it } from 'vitest';
import { drainInSlices } from './yieldingLoop';

function* counting(upTo: number): Generator<number, void> {
  for (let n = 1; n <= upTo; n++) yield n;
}

describe('drainInSlices', () => {
  it('takes every step in order while the work is current', async () => {
    const taken: number[] = [];
    const done = await drainInSlices(counting(500), (n) => taken.push(n), () => true);
    expect(done).toBe(true);
    expect(taken).toEqual([...counting(500)]);
  });

  it('stops before the next slice once newer work replaced it', async () => {
    const taken: number[] = [];
    let current = true;
    const steps = (function* () {
      yield 1;
      // A step that outlasts a slice, during which newer work started: the slice ends after it.
      const until = performance.now() + 20;
      while (performance.now() < until);
      current = false;
      yield 2;
      yield 3;
    })();
    const done = await drainInSlices(steps, (n) => taken.push(n), () => current);
    expect(done).toBe(false);
    expect(taken).toEqual([1, 2]);
  });
});
