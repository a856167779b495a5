import { describe, expect, it } from 'vitest';
import { EN } from '../lexicon/en';
import { createWordClasses, lemmaOf } from './wordClasses';

describe('lemmas', () => {
  it.each([
    ['said', 'say'],
    ['told', 'tell'],
    ['reporting', 'report'],
    ['denies', 'deny'],
    ['noted', 'note'],
    ['warned', 'warn'],
    ['wrote', 'write'],
    ['campaign', 'campaign'],
  ])('%s -> %s', (word, lemma) => {
    expect(lemmaOf(word, EN)).toBe(lemma);
  });
});

describe('word lists', () => {
  const classes = createWordClasses(EN);
  it.each<[string, string, boolean]>([
    ['spokeswoman', 'spokes', true],
    ['analysts', 'anonHead', true],
    ['former', 'former', true],
    ['nominee', 'candidacy', true],
    ['said', 'spokes', false],
    // The 32nd list: its bit is the sign bit of a 32-bit mask.
    ['attorneys', 'counsel', true],
    ['spokeswoman', 'counsel', false],
  ])('%s in %s: %s', (word, list, inList) => {
    expect(classes.has(word, list)).toBe(inList);
    expect((classes.maskOf(word) & classes.bit(list)) !== 0).toBe(inList);
  });

  it('groups a verb with its forms, and tells it from unrelated words', () => {
    expect(classes.of('said').lemma).toBe(classes.of('says').lemma);
    expect(classes.of('said').lemma).not.toBe(classes.of('sad').lemma);
  });
});
