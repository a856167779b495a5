// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { markedSentence, missedExamples, type ExampleFilter } from '../bench/spans/missedExamples';
import { scoreArticle } from '../bench/spans/spanFigures';
import { markedArticle } from './support/markedGold';

describe('markedSentence', () => {
  it.each([
    ['the sentence of the cue, not its neighbours', ['The vote is on Monday.', '{Smith} [said] <it would pass>.', 'Nobody else spoke.'], '{Smith} [said] it would pass.'],
    ['past a title', ['It rained.', '{Mr. Smith} [said] <the plan was dead>.'], '{Mr. Smith} [said] the plan was dead.'],
    ['the source left out when it stands in another sentence', ['{Smith} spoke.', 'He [added] <that it rained>.'], 'He [added] that it rained.'],
  ])('%s', (_, sentences, expected) => {
    const article = markedArticle('a', sentences);
    const gold = article.attributions.at(-1)!;
    expect(markedSentence(article.text, { gold })).toBe(expected);
  });

  it('cuts a long sentence around the cue', () => {
    const article = markedArticle('a', [`${'word '.repeat(200)}{Smith} [said] <${'more '.repeat(200)}>.`]);
    const shown = markedSentence(article.text, { gold: article.attributions[0]! });
    expect(shown).toMatch(/^….*\{Smith\} \[said\].*…$/);
    expect(shown.length).toBeLessThanOrEqual(410);
  });
});

describe('missedExamples', () => {
  const article = markedArticle('a', [
    ['{Smith} [said] <it rained>.', 'named'],
    ['{Jones} [noted] <it snowed>.', 'official'],
    ['{Brown} [wants] <a vote>.', null],
    ['{Green} [argued] <it hailed>.', 'named'],
  ]);
  const span = (words: string) => ({ start: article.text.indexOf(words), end: article.text.indexOf(words) + words.length });
  const { outcomes } = scoreArticle(article, [
    { cue: { ...span('said'), text: 'said' }, source: null, claim: span('it rained'), category: 'named' },
    { cue: { ...span('wants'), text: 'wants' }, source: { ...span('Brown'), text: 'Brown' }, claim: span('Brown'), category: 'official' },
  ]);
  const listed = (filter: ExampleFilter, limit = 10) => {
    const { total, examples } = missedExamples(outcomes, () => article.text, filter, ['say', 'note'], limit);
    return { total, cues: examples.map((e) => /\[(\w+)\]/.exec(e)?.[1]) };
  };

  it.each([
    ['missed cues', { kind: 'cue' }, 10, { total: 2, cues: ['noted', 'argued'] }],
    ['at most the limit, with the total', { kind: 'cue' }, 1, { total: 2, cues: ['noted'] }],
    ['of one lemma', { kind: 'cue', lemma: 'note' }, 10, { total: 1, cues: ['noted'] }],
    ['of the lemmas without a row', { kind: 'cue', lemma: 'other' }, 10, { total: 1, cues: ['argued'] }],
    ['of one gold category', { kind: 'cue', category: 'named' }, 10, { total: 1, cues: ['argued'] }],
    ['of one construction', { kind: 'cue', construction: 'quote-before' }, 10, { total: 0, cues: [] }],
    ['missed sources of found cues', { kind: 'source' }, 10, { total: 1, cues: ['said'] }],
    ['claims that miss the content', { kind: 'content' }, 10, { total: 1, cues: ['wants'] }],
    ['wrong categories, a not-a-claim reported as a claim included', { kind: 'category' }, 10, { total: 1, cues: ['wants'] }],
  ] as const)('%s', (_, filter, limit, expected) => {
    expect(listed(filter, limit)).toEqual(expected);
  });

  it('shows what the engine found beside a source or content miss', () => {
    const [example] = missedExamples(outcomes, () => article.text, { kind: 'content' }, [], 1).examples;
    expect(example).toBe(
      ['a: paraphrase-after, want, gold not-a-claim, engine official', '    {Brown} [wants] a vote.', '    engine claim "Brown"', '    gold content "a vote"'].join('\n'),
    );
  });
});
