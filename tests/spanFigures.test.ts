// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Category } from '../utils/attribution/types';
import { characterJaccard, NOT_A_CLAIM, scoreArticle, spanFigures } from '../bench/spans/spanFigures';
import type { PredictedAttribution } from '../bench/spans/types';
import { markedArticle } from './support/markedGold';

/** A prediction by the words it spans in `text` (their first occurrence), as the engine returns it. */
function predicted(text: string, p: { cue: string; source?: string; claim: string; category?: Category }): PredictedAttribution {
  const span = (words: string) => {
    const start = text.indexOf(words);
    if (start < 0) throw new Error(`"${words}" is not in the fixture`);
    return { start, end: start + words.length };
  };
  return {
    cue: { ...span(p.cue), text: p.cue },
    source: p.source ? { ...span(p.source), text: p.source } : null,
    claim: span(p.claim),
    category: p.category ?? 'official',
  };
}

describe('scoreArticle: one gold attribution against what the engine found', () => {
  const spokeswoman = '“<The plan is dead>,” {the spokeswoman} [said].';
  it.each([
    ['all found', spokeswoman, [{ cue: 'said', source: 'the spokeswoman', claim: 'The plan is dead' }], [true, true, true, 1]],
    ['cue missed', spokeswoman, [], [false, null, null, null]],
    ['a cue elsewhere', spokeswoman, [{ cue: 'spokeswoman', claim: 'The plan' }], [false, null, null, null]],
    ['source missed', spokeswoman, [{ cue: 'said', claim: 'The plan is dead' }], [true, false, true, 1]],
    ['lead-in as claim', 'Last week {Clinton} [said] <taxes would rise>.', [{ cue: 'said', source: 'Clinton', claim: 'Last week' }], [true, true, false, 0]],
    ['part of the claim', '{Clinton} [said] <taxes would rise>.', [{ cue: 'said', source: 'Clinton', claim: 'taxes would' }], [true, true, true, 11 / 16]],
    ['no gold source', '[Reportedly], <the merger is off>.', [{ cue: 'Reportedly', source: 'merger', claim: 'the merger is off' }], [true, null, true, 1]],
    ['one of two pieces', '“<It is over>,” {he} [said]. “<We lost>.”', [{ cue: 'said', source: 'he', claim: 'It is over' }], [true, true, true, 10 / 17]],
    [
      'the larger cue overlap wins',
      '{The firm} [said in a statement] <it would appeal>.',
      [{ cue: 'said', claim: 'The firm' }, { cue: 'in a statement', source: 'The firm', claim: 'it would appeal' }],
      [true, true, true, 1],
    ],
  ] as const)('%s', (_, marked, predictions, [found, source, content, jaccard]) => {
    const article = markedArticle('a', [marked]);
    const [outcome] = scoreArticle(article, predictions.map((p) => predicted(article.text, p))).outcomes;
    expect(outcome!.match !== null).toBe(found);
    expect(outcome!.sourceOverlap).toBe(source);
    expect(outcome!.contentOverlap).toBe(content);
    if (jaccard === null) expect(outcome!.contentJaccard).toBeNull();
    else expect(outcome!.contentJaccard).toBeCloseTo(jaccard, 9);
  });

  it('counts the engine attributions whose cue overlaps no gold cue', () => {
    const article = markedArticle('a', ['{Smith} [said] <it rained>.', 'Jones added that it snowed.']);
    const score = scoreArticle(article, [
      predicted(article.text, { cue: 'said', source: 'Smith', claim: 'it rained' }),
      predicted(article.text, { cue: 'added', source: 'Jones', claim: 'it snowed', category: 'named' }),
    ]);
    expect(score.unmatched.map((p) => p.cue.text)).toEqual(['added']);
  });
});

describe('characterJaccard', () => {
  it.each([
    [[0, 10], [[0, 10]], 1],
    [[0, 10], [[10, 20]], 0],
    [[0, 10], [[5, 15]], 5 / 15],
    [[0, 10], [[0, 4], [2, 6]], 6 / 10],
    [[5, 5], [], 0],
  ] as const)('%j against %j', (span, pieces, expected) => {
    expect(characterJaccard(span, pieces)).toBeCloseTo(expected, 9);
  });
});

describe('spanFigures: a gold set in figures', () => {
  // Two articles: four claims of four kinds and one not-a-claim, and what a made-up engine found.
  const first = markedArticle('first', [
    ['“<Prices will rise>,” {the ministry spokesman} [said].', 'official'],
    ['<The talks failed>, [said] {a diplomat who asked not to be named}.', 'anonymous'],
    ['{The union} [wants] <a new vote>.', null],
  ]);
  const second = markedArticle('second', [
    ['{Jane Roe}, a local teacher, [says] <the school is full>.', 'named'],
    ['{A poll} [shows] <most voters agree>.', 'document'],
    'The weather was fine.',
  ]);
  const figures = spanFigures(
    [
      scoreArticle(first, [
        predicted(first.text, { cue: 'said', source: 'the ministry spokesman', claim: 'Prices will rise' }),
        predicted(first.text, { cue: 'wants', source: 'The union', claim: 'a new vote', category: 'official' }),
      ]),
      scoreArticle(second, [
        predicted(second.text, { cue: 'says', source: 'Jane Roe', claim: 'a local teacher', category: 'official' }),
        predicted(second.text, { cue: 'weather', claim: 'was fine', category: 'anonymous' }),
      ]),
    ],
    { topLemmas: 1 },
  );

  it('gives the overall figures', () => {
    expect(figures.articles).toBe(2);
    expect(figures.overall).toMatchObject({
      count: 5,
      cueFound: { hits: 3, of: 5, rate: 0.6 },
      sourceOverlap: { hits: 3, of: 3, rate: 1 },
      contentOverlap: { hits: 2, of: 3, rate: 0.667 },
      meanContentJaccard: 0.667,
      categoryRight: { hits: 1, of: 2, rate: 0.5 },
    });
    expect(figures.sourceOverlapOfAll).toEqual({ hits: 3, of: 5, rate: 0.6 });
    expect(figures.predictions).toEqual({
      total: 4,
      unmatched: 1,
      unmatchedByCategory: { anonymous: 1, official: 0, named: 0, document: 0 },
    });
  });

  it('crosses gold and engine categories, not-a-claim included', () => {
    const row = (gold: string) => figures.confusion.find((r) => r.gold === gold);
    expect(row('official')).toEqual({ gold: 'official', count: 1, missed: 0, predicted: { anonymous: 0, official: 1, named: 0, document: 0 } });
    expect(row('named')?.predicted.official).toBe(1);
    expect(row('anonymous')?.missed).toBe(1);
    expect(row('document')?.missed).toBe(1);
    expect(row(NOT_A_CLAIM)).toMatchObject({ count: 1, missed: 0, predicted: { official: 1 } });
  });

  it('breaks the figures down by lemma, the rest under "other"', () => {
    expect(figures.byLemma.distinct).toBe(3);
    expect(figures.byLemma.rows.map((r) => [r.key, r.note, r.count, r.cueFound.hits])).toEqual([
      ['say', undefined, 3, 2],
      ['other', '2 lemmas', 2, 1],
    ]);
  });

  it('breaks the figures down by construction and by gold category', () => {
    expect(figures.byConstruction.map((r) => [r.key, r.count, r.cueFound.hits])).toEqual([
      ['quote-before', 1, 1],
      ['paraphrase-before-inverted', 1, 0],
      ['paraphrase-after', 3, 2],
    ]);
    expect(figures.byCategory.map((r) => [r.key, r.count, r.categoryRight.rate])).toEqual([
      ['anonymous', 1, null],
      ['official', 1, 1],
      ['named', 1, 0],
      ['document', 1, null],
      [NOT_A_CLAIM, 1, null],
    ]);
  });
});
