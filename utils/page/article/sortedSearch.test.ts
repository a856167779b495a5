import { describe, expect, it } from 'vitest';
import { firstPast } from './sortedSearch';

describe('firstPast', () => {
  const starts = [0, 10, 20, 30];
  it.each([
    [-5, 0],
    [0, 1],
    [5, 1],
    [10, 2],
    [29, 3],
    [30, 4],
    [99, 4],
  ])('the first start past %i is at %i', (offset, index) => {
    expect(firstPast(starts.length, (i) => starts[i]! > offset)).toBe(index);
  });

  it('is 0 in an empty range', () => expect(firstPast(0, () => true)).toBe(0));

  it('looks at log2(count) entries, not all of them', () => {
    const seen: number[] = [];
    firstPast(1024, (i) => (seen.push(i), i >= 700));
    expect(seen.length).toBeLessThanOrEqual(11);
  });
});
