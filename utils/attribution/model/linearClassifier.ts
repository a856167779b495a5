import { bucketOf, combine } from './hashing';

/** A multiclass linear model over hashed features: the class with the highest summed weight wins. */
export interface LinearClassifier {
  classes: readonly string[];
  bits: number;
  /** Row-major [bucket][class], in units of `scale` (int8 in a shipped model). */
  weights: Float32Array | Float64Array | Int8Array;
  scale: number;
}

/** Collects an example's hashed features as bucket indices. */
export class FeatureBag {
  readonly buckets: number[] = [];

  constructor(private readonly bits: number) {}

  add(template: number, a = 0, b?: number): void {
    let h = combine(template, a);
    if (b !== undefined) h = combine(h, b);
    this.buckets.push(bucketOf(h, this.bits));
  }
}

/** The score of every class for one example. */
export function classScores(model: LinearClassifier, buckets: readonly number[]): Float64Array {
  const C = model.classes.length;
  const scores = new Float64Array(C);
  for (const b of buckets) for (let c = 0; c < C; c++) scores[c] = scores[c]! + model.weights[b * C + c]!;
  if (model.scale !== 1) for (let c = 0; c < C; c++) scores[c] = scores[c]! * model.scale;
  return scores;
}

export function bestClass(scores: Float64Array): number {
  let best = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[best]!) best = c;
  return best;
}
