import { describe, expect, it } from 'vitest';
import { attributionAt } from '../../../tests/support/attributionAt';
import type { Attribution } from '../../attribution/types';
import { claimLabel, claimSource, claimSummaries, countByCategory, SNIPPET_MAX, snippetOf } from './claimSummaries';

const TEXT = 'He said the plan would pass. The report said costs rose. Officials said nothing.';
const he: Attribution = { ...attributionAt(TEXT, 'official', 'the plan would pass.', 'said', 'He'), resolvedSource: 'Pentagon spokesman Peter Cook' };
const report = attributionAt(TEXT, 'document', 'costs rose.', 'said', 'The report');
const unstated: Attribution = { ...attributionAt(TEXT, 'anonymous', 'nothing.', 'said', null) };

describe('what a claim says of its source', () => {
  it.each<[string, Attribution, string]>([
    ['a mention that refers to someone', he, 'Official source: He (Pentagon spokesman Peter Cook), cue "said"'],
    ['a source as written', report, 'Document source: The report, cue "said"'],
    ['no source stated', unstated, 'Anonymous source: unstated source, cue "said"'],
    ['a source that is its own referent', { ...report, resolvedSource: 'The report' }, 'Document source: The report, cue "said"'],
  ])('for screen readers, %s', (_, attribution, label) => {
    expect(claimLabel(attribution)).toBe(label);
  });

  it('is one shape for the popup and the tooltip', () => {
    expect(claimSource(he)).toEqual({ category: 'official', source: 'He', resolvedSource: 'Pentagon spokesman Peter Cook', cue: 'said' });
    expect(claimSource(unstated).source).toBeNull();
    expect(claimLabel(undefined)).toBe('');
  });
});

describe('the claims as the popup lists them', () => {
  it('numbers them by their place in the engine\'s list, each with its snippet', () => {
    expect(claimSummaries(TEXT, [report, he])).toEqual([
      { id: 0, category: 'document', source: 'The report', resolvedSource: null, cue: 'said', snippet: 'costs rose.', claim: report.claim },
      { id: 1, category: 'official', source: 'He', resolvedSource: 'Pentagon spokesman Peter Cook', cue: 'said', snippet: 'the plan would pass.', claim: he.claim },
    ]);
  });

  it.each([
    ['a short claim, on one line', 'Costs\n  rose.', 'Costs rose.'],
    ['a long one, cut with an ellipsis', 'word '.repeat(60), `${'word '.repeat(60).slice(0, SNIPPET_MAX - 1).trimEnd()}…`],
  ])('%s', (_, claim, snippet) => {
    const text = `${claim} said X.`;
    expect(snippetOf(text, { ...report, claim: { start: 0, end: claim.length } })).toBe(snippet);
  });

  it('counts every category, those with no claim too', () => {
    expect(countByCategory([he, report, { ...report }])).toEqual({ anonymous: 0, official: 1, named: 0, document: 2 });
  });
});
