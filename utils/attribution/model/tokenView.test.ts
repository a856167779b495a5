import { describe, expect, it } from 'vitest';
import { tokenizeChunk } from '../tokens';
import { splitSentences } from '../sentences';
import { EN } from '../lexicon/en';
import { buildTokenView, QuoteState, SentenceFlag, shapeOf } from './tokenView';
import { createWordClasses } from './wordClasses';

const view = (text: string) => {
  const { tokens } = tokenizeChunk(text, 0, Infinity);
  return buildTokenView(tokens, splitSentences(tokens), createWordClasses(EN));
};

describe('token shapes', () => {
  it.each([
    ['Cook', 'Xx'],
    ['said', 'x'],
    ['U.S.', 'X.X.'],
    ['1987', 'd'],
    ['al-Abadi', 'x-Xx'],
    ['Élysée', 'Xx'],
  ])('%s reads as %s', (word, shape) => {
    expect(shapeOf(word)).toBe(shape);
  });
});

describe('the token view of a chunk', () => {
  it('marks quotation marks and the words inside them', () => {
    const v = view('He said: “We will go.” Then he left.');
    const states = v.tokens.map((t, i) => [t.text, v.quote[i]]);
    expect(states).toContainEqual(['“', QuoteState.Opening]);
    expect(states).toContainEqual(['go', QuoteState.Inside]);
    expect(states).toContainEqual(['”', QuoteState.Closing]);
    expect(states).toContainEqual(['left', QuoteState.Outside]);
  });

  it.each<[string, string, number]>([
    ['a title-case headline', 'Clinton Says Banks Must Lead Reform', SentenceFlag.TitleCase],
    ['a sentence with a quotation', '“No,” she said.', SentenceFlag.Quoted],
    ['plain prose', 'The minister said the talks would resume.', 0],
  ])('flags %s', (_what, text, flag) => {
    expect(view(text).sentenceFlags[0]).toBe(flag);
  });

  it('puts each word in the lists it belongs to', () => {
    const v = view('The spokesman said');
    const classes = createWordClasses(EN);
    expect(v.lists[1]! & classes.bit('spokes')).not.toBe(0);
    expect(v.lists[0]! & classes.bit('determiner')).not.toBe(0);
    expect(v.lemma[2]).toBe(v.lemma[2]);
    expect(v.lemma[2]).toBe(classes.of('say').lemma);
  });
});
