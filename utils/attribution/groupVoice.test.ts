import { describe, expect, it } from 'vitest';
import { groupVoices } from './groupVoice';
import { findAttributions } from './index';
import { constructionFindings } from '../../tests/support/constructionFindings';

// Invented sentences: a vague group opening the sentence and voicing a view.
const voices = (text: string) => constructionFindings(text, groupVoices);

describe("a vague group's view", () => {
  it.each<[string, string, string, string, string]>([
    ['a post-modifier the rules stop at', 'Political observers in Ohio and around the region say the mayor deserves a second term.', 'say', 'Political observers in Ohio and around the region', 'the mayor deserves a second term'],
    ['a verb of doubt', 'Many economists suspect the figures were revised in haste.', 'suspect', 'Many economists', 'the figures were revised in haste'],
    ['a parenthesis', 'Some Republicans, however, question the wisdom of the merger.', 'question', 'Some Republicans', 'the wisdom of the merger'],
    ['a state of mind', 'Many teachers are worried that the new schedule is too long.', 'are worried', 'Many teachers', 'the new schedule is too long'],
    ['a perfect with describing words', 'Several former staff reporters have complained they were not given a free hand.', 'have complained', 'Several former staff reporters', 'they were not given a free hand'],
  ])('%s: the group is anonymous, the rest of the sentence its claim', (_what, text, cue, source, claim) => {
    expect(voices(text)).toEqual([{ category: 'anonymous', cue, source, claim }]);
  });

  it.each<[string, string]>([
    ['a verb before any group', 'The mayor unleashed a series of tweets saying the plan had failed.'],
    ['a group of things', 'His remarks indicated that the talks had stalled.'],
    ['a noun that looks like a verb in the post-modifier', 'Governors in more than two dozen states balked at the plan.'],
    ['a document whose post-modifier names people', 'The new poll of voters in all 50 states revealed a divided electorate.'],
    ['a clause of its own in the post-modifier', 'Fans in the room where he saw the coach cheered.'],
    ['a verb that assesses only with what it takes', 'The candidates briefly put away their notes.'],
    ['a group denied', 'No analysts expect a rebound this year.'],
  ])('is none for %s', (_what, text) => {
    expect(voices(text)).toEqual([]);
  });

  it('reaches the engine: the sentence is listed as anonymous', () => {
    const text = 'Political observers in Ohio and around the region say the mayor deserves a second term.';
    expect(findAttributions(text).map((a) => a.category)).toContain('anonymous');
  });
});
