import { describe, expect, it } from 'vitest';
import { activeStances } from './activeStance';
import { EntityMemory } from './entityMemory';
import { findAttributions } from './index';
import { constructionFindings } from '../../tests/support/constructionFindings';

// Invented sentences: a stance taken on someone, with its target.
const stances = (text: string) =>
  constructionFindings(text, (text, tokens, structure) => activeStances(text, tokens, new EntityMemory(), structure)).map(({ category: _, ...found }) => found);

describe('a stance with a target', () => {
  it.each<[string, string, string, string, string]>([
    ['past tense', 'Senator Dana Whitfield grilled the bank chief over the fees on Tuesday.', 'grilled', 'Senator Dana Whitfield', 'the bank chief over the fees on Tuesday'],
    ['progressive', 'Republicans are slamming the nominee for his past work.', 'slamming', 'Republicans', 'the nominee for his past work'],
    ['perfect, with an adverb', 'Critics have long derided the plan as a giveaway.', 'derided', 'Critics', 'the plan as a giveaway'],
    ['a name as target', 'The governor praised Mayor Holloway for the cleanup.', 'praised', 'The governor', 'Mayor Holloway for the cleanup'],
    ['a naming verb and its quotation', 'Whitfield called the audit “a witch hunt” on Friday.', 'called', 'Whitfield', 'the audit “a witch hunt” on Friday'],
    ['"what X calls" and the quotation', 'The campaign is fighting what it calls “a coordinated smear.”', 'calls', 'it', '“a coordinated smear.”'],
    ['a naming verb before a longer object', 'The envoy branded the neighboring regime an “outlaw state.”', 'branded', 'The envoy', 'the neighboring regime an “outlaw state.”'],
  ])('%s: the subject takes the stance, the rest of the sentence is the claim', (_what, text, cue, source, claim) => {
    expect(stances(text)).toEqual([{ cue, source, claim }]);
  });

  it.each<[string, string]>([
    ['a passive (a verdict without its agent is another construction)', 'The plan was criticized for its cost.'],
    ['an act, not a stance, without "as", "for" or "over"', 'Rebels attacked the town on Sunday.'],
    ['inside a quotation: the speaker\'s claim', '"They slammed the door on us," the organizer said.'],
    ['reported by a verb of speech before it', 'The report said the mayor blamed the contractor.'],
    ['no target after the verb', 'The union condemned.'],
    ['a denied source', 'Nobody criticized the decision.'],
    ['a naming verb without a quotation: a call', 'The mayor called the contractor on Monday.'],
    ['a naming verb with a particle: a directive', 'The senator called for an “immediate” inquiry.'],
    ['a quotation after a clause of its own: what was said on the call', 'She called her rival after the vote to say “congratulations.”'],
    ['a participle naming a thing', 'Both oppose a formula called the “chained index” that would cut benefits.'],
    ['a participle naming a thing by its quoted name', 'She set up a website called “Vote Them Out.”'],
    ['a passive behind a word that is no listed adverb', 'He was once called “the best in the business.”'],
  ])('is none for %s', (_what, text) => {
    expect(stances(text)).toEqual([]);
  });

  it('reaches the engine: the stance is listed, with the category of its source', () => {
    const text = 'Senator Dana Whitfield grilled the bank chief over the fees on Tuesday.';
    const found = findAttributions(text).find((a) => a.cue.text.endsWith('grilled'));
    expect(found?.category).toBe('official');
    expect(found && text.slice(found.claim.start, found.claim.end)).toBe('the bank chief over the fees on Tuesday');
  });
});
