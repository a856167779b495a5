// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { EN } from '../lexicon/en';
import { bioConstraints, type ChainModel } from './linearChain';
import { readModelFile, writeModelFile, type TrainedModel } from './modelFile';
import { NO_PRIORS } from './namePriors';

const TAGS = ['O', 'B-CUE', 'I-CUE'];
const chain = (emission: number[]): ChainModel => ({
  tags: TAGS, bits: 2, emission: Float32Array.from(emission), scale: 1, transition: new Float32Array(4 * 3).fill(0.25), allowed: bioConstraints(TAGS),
});

function trained(): TrainedModel {
  return {
    language: 'en',
    taggers: { cue: chain([0, 2, -2, 4, 0, 1, 0, 0, 0, 0, 0, -4]), span: chain([1, 1, 1, 0, 0, 0, -1, -1, -1, 2, 2, 2]) },
    claim: { classes: ['claim', 'not'], bits: 1, weights: Float32Array.from([0.5, -0.5, 0.25, 0]), scale: 1 },
    category: { classes: ['anonymous', 'official', 'named', 'document'], bits: 1, weights: Float32Array.from([1, 0, 0, 0, 0, 0, 0, 0.75]), scale: 1 },
    claimMargins: { anonymous: 2, official: 4, named: 0, document: 8 },
    categoryBias: [0, 2, -2, 0],
    cueLemmas: { 17: 3 },
    priors: { ...NO_PRIORS, names: { 'jane roe': '0123' } },
  };
}

describe('model file', () => {
  it('gives back the weights in units of their step, with every setting', () => {
    const read = readModelFile(writeModelFile(trained(), { tagger: 2, decision: 0.25 }), EN);
    const cue = read.taggers.cue;
    expect(Array.from(cue.emission, (v) => v * cue.scale)).toEqual([0, 2, -2, 4, 0, 2, 0, 0, 0, 0, 0, -4]);
    expect(Array.from(read.claim.weights, (v) => v * read.claim.scale)).toEqual([0.5, -0.5, 0.25, 0]);
    expect(read.category.classes).toEqual(['anonymous', 'official', 'named', 'document']);
    expect(Array.from(cue.transition)).toEqual(new Array(12).fill(0.25));
    expect(read.claimMargins).toEqual({ anonymous: 2, official: 4, named: 0, document: 8 });
    expect(read.categoryBias).toEqual([0, 2, -2, 0]);
    expect(read.cueLemmas).toEqual({ 17: 3 });
    expect(read.priors.names).toEqual({ 'jane roe': '0123' });
  });

  it('clips weights beyond int8 rather than wrapping them', () => {
    const model = trained();
    model.claim.weights = Float32Array.from([1000, -1000, 0, 0]);
    const read = readModelFile(writeModelFile(model, { tagger: 2, decision: 1 }), EN);
    expect(Array.from(read.claim.weights)).toEqual([127, -127, 0, 0]);
  });

  it('writes the same bytes for the same model', () => {
    expect(writeModelFile(trained(), { tagger: 2, decision: 0.25 })).toEqual(writeModelFile(trained(), { tagger: 2, decision: 0.25 }));
  });

  it('refuses what is not a model file, or a model of another language', () => {
    expect(() => readModelFile(new TextEncoder().encode('<html>not found</html>'), EN)).toThrow('not a Sourcelight model file');
    const bytes = writeModelFile({ ...trained(), language: 'de' }, { tagger: 2, decision: 0.25 });
    expect(() => readModelFile(bytes, EN)).toThrow('a model for "de", not "en"');
  });
});
