/**
 * Feature hashing: a feature is a template id combined with the hashes of the values it reads, folded
 * into a fixed number of buckets. No feature strings are built at run time and none ship with the weights.
 */

/** FNV-1a over UTF-16 code units: cheap, and the same in Node and every browser. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mixes a value into a running hash (murmur3's finaliser), so that (a, b) and (b, a) land apart. */
export function combine(h: number, value: number): number {
  let x = Math.imul(h ^ 0x9e3779b9, 0x85ebca6b) ^ value;
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** The bucket of a hash in a table of 2^bits rows. */
export function bucketOf(h: number, bits: number): number {
  return h >>> (32 - bits);
}
