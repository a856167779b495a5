import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../types';
import { ArticleDecisions, isClaim, type ClaimMargins, type ScoredCandidate } from './decide';
import type { Entity } from './entityIndex';

const margins: ClaimMargins = { anonymous: 4, official: 4, named: 4, document: 4 };
const entity = (key: string): Entity => ({ key, name: key, evidence: {} as Entity['evidence'], gender: null, mentions: 1, speaks: true, prior: null, context: new Set() });

/** A candidate whose categoriser scores favour `best` by `by`. */
function scored(best: (typeof CATEGORIES)[number], by: number, who: Entity | null, names: boolean, extra: Partial<ScoredCandidate> = {}): ScoredCandidate {
  const scores = new Float64Array(4);
  scores[CATEGORIES.indexOf(best)] = by;
  return { notClaim: -10, scores, entity: who, names, speaker: -1, guide: null, ...extra };
}

describe('one category per entity', () => {
  it('keeps the category an entity got where the article first named it', () => {
    const kennedy = entity('james kennedy');
    const decisions = new ArticleDecisions([0, 0, 0, 0], margins);
    const first = decisions.resolve([scored('official', 5, kennedy, true)]);
    const later = decisions.resolve([scored('named', 9, kennedy, true), scored('named', 9, kennedy, false)]);
    expect([...first, ...later].map((d) => d.category)).toEqual(['official', 'official', 'official']);
  });

  it('lets a pronoun take its entity category but not fix it', () => {
    const cook = entity('peter cook');
    const decisions = new ArticleDecisions([0, 0, 0, 0], margins);
    const [he, named] = decisions.resolve([scored('named', 3, cook, false), scored('official', 3, cook, true)]);
    expect(he!.category).toBe('named');
    expect(named!.category).toBe('official');
  });

  it("gives \"I\" inside a quotation the category of the quotation's speaker", () => {
    const decisions = new ArticleDecisions([0, 0, 0, 0], margins);
    const out = decisions.resolve([scored('official', 5, null, true), scored('named', 5, null, false, { speaker: 0 })]);
    expect(out[1]!.category).toBe('official');
  });

  it('adds each category bias before choosing', () => {
    const decisions = new ArticleDecisions([0, 0, 3, 0], margins);
    const [d] = decisions.resolve([scored('official', 2, null, false)]);
    expect(d!.category).toBe('named');
  });
});

describe('claim margins', () => {
  it.each<[number, boolean]>([
    [-Infinity, true],
    [3, true],
    [5, false],
    [Infinity, false],
  ])('"not a claim" ahead by %s: a claim %s', (notClaim, claim) => {
    expect(isClaim({ category: 'official', notClaim }, margins)).toBe(claim);
  });
});
