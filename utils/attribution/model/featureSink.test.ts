import { describe, expect, it } from 'vitest';
import { tokenizeChunk } from '../tokens';
import { splitSentences } from '../sentences';
import { EN } from '../lexicon/en';
import { cueFeatureRows, cueFeaturizer } from './cueFeatures';
import { ScoreAccumulator } from './featureSink';
import { emissionScores } from './linearChain';
import { markRules } from './ruleMarks';
import { buildTokenView } from './tokenView';
import { createWordClasses } from './wordClasses';

describe('training rows and inference scores', () => {
  it('give the same emission scores: the feature function is one for both', () => {
    const text = '"The shipment left on time," said Agriculture Minister Ana Duarte. Critics say it was late.';
    const { tokens } = tokenizeChunk(text, 0, Infinity);
    const view = buildTokenView(tokens, splitSentences(tokens), createWordClasses(EN));
    const marks = markRules(tokens, []);
    const bits = 10;
    const weights = Float32Array.from({ length: (1 << bits) * 3 }, (_, k) => ((k * 7919) % 13) - 6);
    const fromRows = emissionScores({ tags: ['O', 'B', 'I'], bits, emission: weights, scale: 1, transition: new Float32Array(12), allowed: new Uint8Array(12) }, cueFeatureRows(view, marks, bits));
    const sink = new ScoreAccumulator(weights, bits, 3);
    const fused = new Float32Array(view.n * 3);
    const features = cueFeaturizer(view, marks);
    for (let i = 0; i < view.n; i++) {
      features(i, sink);
      sink.flush(fused, i);
    }
    expect([...fused]).toEqual([...fromRows]);
  });
});
