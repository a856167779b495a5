import { describe, expect, it } from 'vitest';
import { bucketOf, combine, hashString } from './hashing';

describe('feature hashing', () => {
  it('hashes a string the same way on every run (FNV-1a, as the shipped weights were trained with)', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('said')).toBe(hashString('said'));
    expect(hashString('said')).not.toBe(hashString('says'));
  });

  it.each([
    ['a template and a value in either order', () => combine(1, 2) !== combine(2, 1)],
    ['two templates over one value', () => combine(3, hashString('said')) !== combine(4, hashString('said'))],
  ])('keeps apart %s', (_what, differs) => {
    expect(differs()).toBe(true);
  });

  it.each([[8], [17], [19]])('puts every hash in one of 2^%i buckets', (bits) => {
    for (const h of [0, 1, 0xffffffff, hashString('according to'), combine(7, 99)]) {
      const b = bucketOf(h, bits);
      expect(b).toBeGreaterThanOrEqual(0);
      expect(b).toBeLessThan(2 ** bits);
    }
  });
});
