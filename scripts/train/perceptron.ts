import { bioConstraints, emissionScores, viterbi, type ChainModel, type FeatureRows } from '../../utils/attribution/model/linearChain';
import { bestClass, classScores, type LinearClassifier } from '../../utils/attribution/model/linearClassifier';

/** One training sequence: tokens [from, to) of `rows` and their gold tags. */
export interface Sequence {
  rows: FeatureRows;
  from: number;
  to: number;
  gold: Uint8Array;
}

/** A small seeded generator (mulberry32): the same shuffles on every run, so training is reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  onEpoch?: (epoch: number, mistakes: number, model: () => ChainModel) => void;
}

/**
 * Averaged structured perceptron (Collins 2002): decode each sequence with the current weights, and where
 * the best path differs from the gold one, move the weights toward the gold path's features. The returned
 * weights are the average over all steps, which generalises far better than the last ones.
 */
export function trainChain(tags: readonly string[], bits: number, sequences: Sequence[], options: TrainOptions): ChainModel {
  const T = tags.length;
  const size = (1 << bits) * T;
  const w = new Float64Array(size);
  const acc = new Float64Array(size);
  const tr = new Float64Array((T + 1) * T);
  const trAcc = new Float64Array((T + 1) * T);
  const allowed = bioConstraints(tags);
  const current: ChainModel = { tags, bits, emission: w, scale: 1, transition: tr, allowed };
  const random = seededRandom(options.seed);
  const order = sequences.map((_, k) => k);
  let step = 1;
  const averaged = (): ChainModel => {
    const emission = new Float32Array(size);
    for (let k = 0; k < size; k++) emission[k] = w[k]! - acc[k]! / step;
    const transition = new Float32Array(tr.length);
    for (let k = 0; k < tr.length; k++) transition[k] = tr[k]! - trAcc[k]! / step;
    return { tags, bits, emission, scale: 1, transition, allowed };
  };
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j]!, order[k]!];
    }
    let mistakes = 0;
    for (const index of order) {
      const { rows, from, to, gold } = sequences[index]!;
      const n = to - from;
      const pred = viterbi(current, emissionScores(current, rows, from, to), n);
      let wrong = false;
      for (let i = 0; i < n; i++) {
        const g = gold[i]!;
        const p = pred[i]!;
        const gPrev = i === 0 ? T : gold[i - 1]!;
        const pPrev = i === 0 ? T : pred[i - 1]!;
        if (g !== p) {
          wrong = true;
          for (let f = rows.offsets[from + i]!; f < rows.offsets[from + i + 1]!; f++) {
            const row = rows.feats[f]! * T;
            w[row + g] = w[row + g]! + 1;
            acc[row + g] = acc[row + g]! + step;
            w[row + p] = w[row + p]! - 1;
            acc[row + p] = acc[row + p]! - step;
          }
        }
        if (g !== p || gPrev !== pPrev) {
          tr[gPrev * T + g] = tr[gPrev * T + g]! + 1;
          trAcc[gPrev * T + g] = trAcc[gPrev * T + g]! + step;
          tr[pPrev * T + p] = tr[pPrev * T + p]! - 1;
          trAcc[pPrev * T + p] = trAcc[pPrev * T + p]! - step;
        }
      }
      if (wrong) mistakes++;
      step++;
    }
    options.onEpoch?.(epoch, mistakes, averaged);
  }
  return averaged();
}

export interface Example {
  buckets: number[];
  label: number;
}

/** Averaged multiclass perceptron: on a wrong guess, add the features to the right class and take them from the guess. */
export function trainClassifier(classes: readonly string[], bits: number, examples: Example[], options: { epochs: number; seed: number }): LinearClassifier {
  const C = classes.length;
  const size = (1 << bits) * C;
  const w = new Float64Array(size);
  const acc = new Float64Array(size);
  const random = seededRandom(options.seed);
  const order = examples.map((_, k) => k);
  let step = 1;
  const current: LinearClassifier = { classes, bits, weights: w, scale: 1 };
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j]!, order[k]!];
    }
    for (const index of order) {
      const { buckets, label } = examples[index]!;
      const guess = bestClass(classScores(current, buckets));
      if (guess !== label) {
        for (const b of buckets) {
          w[b * C + label] = w[b * C + label]! + 1;
          acc[b * C + label] = acc[b * C + label]! + step;
          w[b * C + guess] = w[b * C + guess]! - 1;
          acc[b * C + guess] = acc[b * C + guess]! - step;
        }
      }
      step++;
    }
  }
  const weights = new Float32Array(size);
  for (let k = 0; k < size; k++) weights[k] = w[k]! - acc[k]! / step;
  return { classes, bits, weights, scale: 1 };
}
