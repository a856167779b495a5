import { bucketOf, combine } from './hashing';
import type { FeatureRows } from './linearChain';

/** Where a feature function puts the hashes of a token's features. */
export interface FeatureSink {
  add(h: number): void;
}

export const BOS = 0x1b873593;
export const EOS = 0x2e3c9a1f;

/** A feature of a template over one, two or three value hashes. */
export const feature1 = (template: number, a: number): number => combine(template, a);
export const feature2 = (template: number, a: number, b: number): number => combine(combine(template, a), b);
export const feature3 = (template: number, a: number, b: number, c: number): number => combine(combine(combine(template, a), b), c);

/** Training: collects each token's buckets into flat rows. */
export class RowCollector implements FeatureSink {
  private feats: Int32Array;
  private readonly offsets: Int32Array;
  private count = 0;
  private token = 0;

  constructor(
    private readonly bits: number,
    tokens: number,
  ) {
    this.feats = new Int32Array(Math.max(16, tokens * 40));
    this.offsets = new Int32Array(tokens + 1);
  }

  add(h: number): void {
    if (this.count === this.feats.length) {
      const grown = new Int32Array(this.feats.length * 2);
      grown.set(this.feats);
      this.feats = grown;
    }
    this.feats[this.count++] = bucketOf(h, this.bits);
  }

  /** Closes the current token's row. */
  next(): void {
    this.offsets[++this.token] = this.count;
  }

  rows(): FeatureRows {
    return { feats: this.feats.subarray(0, this.count), offsets: this.offsets, length: this.token };
  }
}

/**
 * Inference: adds each feature's weights straight into a token's scores, with no rows kept. The running
 * sums stay in fields (one per tag, unrolled: this is the engine's innermost loop) and are written out once
 * per token by `flush`.
 */
export class ScoreAccumulator implements FeatureSink {
  private readonly shift: number;
  private a0 = 0;
  private a1 = 0;
  private a2 = 0;
  private a3 = 0;
  private a4 = 0;

  constructor(
    private readonly weights: Float32Array | Float64Array | Int8Array,
    bits: number,
    private readonly tags: 3 | 5,
  ) {
    this.shift = 32 - bits;
  }

  add(h: number): void {
    const w = this.weights;
    if (this.tags === 3) {
      const row = (h >>> this.shift) * 3;
      this.a0 += w[row]!;
      this.a1 += w[row + 1]!;
      this.a2 += w[row + 2]!;
    } else {
      const row = (h >>> this.shift) * 5;
      this.a0 += w[row]!;
      this.a1 += w[row + 1]!;
      this.a2 += w[row + 2]!;
      this.a3 += w[row + 3]!;
      this.a4 += w[row + 4]!;
    }
  }

  /** Writes the sums so far, plus `base` (a row of `from`, or zeros), into row `row` of `out`, and starts over. */
  flush(out: Float32Array, row: number, from: Float32Array | null = null, fromRow = 0): void {
    const T = this.tags;
    const o = row * T;
    const b = fromRow * T;
    out[o] = this.a0 + (from ? from[b]! : 0);
    out[o + 1] = this.a1 + (from ? from[b + 1]! : 0);
    out[o + 2] = this.a2 + (from ? from[b + 2]! : 0);
    if (T === 5) {
      out[o + 3] = this.a3 + (from ? from[b + 3]! : 0);
      out[o + 4] = this.a4 + (from ? from[b + 4]! : 0);
    }
    this.a0 = this.a1 = this.a2 = this.a3 = this.a4 = 0;
  }
}
