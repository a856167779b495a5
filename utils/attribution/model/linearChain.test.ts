import { describe, expect, it } from 'vitest';
import { bioConstraints, emissionScores, viterbi, type ChainModel } from './linearChain';

const TAGS = ['O', 'B-CUE', 'I-CUE'];

/** A model with no feature weights: decoding follows the emission scores handed to it. */
function model(transition: number[] = new Array(12).fill(0)): ChainModel {
  return { tags: TAGS, bits: 2, emission: new Float32Array(4 * 3), scale: 1, transition: Float32Array.from(transition), allowed: bioConstraints(TAGS) };
}

describe('Viterbi decoding', () => {
  it.each<[string, number[][], number[]]>([
    ['takes the best tag of each token when nothing links them', [[5, 0, 0], [0, 5, 0], [0, 0, 5]], [0, 1, 2]],
    ['never starts a sequence inside a cue (I-CUE first is ruled out)', [[0, 0, 9]], [0]],
    ['never puts I-CUE after O, even when it scores best alone', [[5, 0, 0], [0, 0, 4]], [0, 0]],
    ['continues a cue it has begun', [[0, 5, 0], [1, 0, 3]], [1, 2]],
  ])('%s', (_what, rows, expected) => {
    const scores = Float32Array.from(rows.flat());
    expect([...viterbi(model(), scores, rows.length)]).toEqual(expected);
  });

  it('weighs transitions against emissions', () => {
    // From O to B-CUE costs 10: a weak B-CUE after O loses.
    const transition = new Array(12).fill(0);
    transition[0 * 3 + 1] = -10;
    expect([...viterbi(model(transition), Float32Array.from([5, 0, 0, 0, 4, 0]), 2)]).toEqual([0, 0]);
  });

  it('scales integer weights by the model scale', () => {
    const m: ChainModel = { ...model(), emission: Int8Array.from([1, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0]), scale: 0.5 };
    const rows = { feats: Int32Array.from([0, 1]), offsets: Int32Array.from([0, 1, 2]), length: 2 };
    expect([...emissionScores(m, rows)]).toEqual([1, 0, 0, 0, 3, 0]);
    expect([...viterbi(m, emissionScores(m, rows), 2)]).toEqual([0, 1]);
  });
});

describe('BIO constraints', () => {
  it.each<[string, string, boolean]>([
    ['O', 'I-CUE', false],
    ['B-CUE', 'I-CUE', true],
    ['I-CUE', 'I-CUE', true],
    ['START', 'I-CUE', false],
    ['O', 'B-CUE', true],
    ['I-CUE', 'O', true],
  ])('%s -> %s allowed: %s', (from, to, ok) => {
    const allowed = bioConstraints(TAGS);
    const p = from === 'START' ? 3 : TAGS.indexOf(from);
    expect(allowed[p * 3 + TAGS.indexOf(to)] === 1).toBe(ok);
  });
});
