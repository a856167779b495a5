import { describe, expect, it } from 'vitest';
import { findAttributions } from './index';

// Invented sentences: a verdict in the passive with nobody said to have passed it.
const verdicts = (text: string) =>
  findAttributions(text)
    .filter((a) => a.source === null && /\b(?:is|are|was|were|been|being)\b/.test(a.cue.text))
    .map((a) => ({ category: a.category, cue: a.cue.text, claim: text.slice(a.claim.start, a.claim.end) }));

describe('a passive verdict without its agent', () => {
  it.each<[string, string, string]>([
    ['criticized for', 'The mayor has been widely criticized for closing the libraries.', 'has been widely criticized'],
    ['accused of', 'The contractor was accused of inflating its invoices.', 'was accused of'],
    ['blamed for', 'Budget cuts were blamed for the delays at the port.', 'were blamed'],
    ['dubbed', 'The plan was quickly dubbed a tax on commuters.', 'was quickly dubbed'],
  ])('%s: the people who passed it are unnamed, so the source is anonymous and the claim is the sentence', (_what, text, cue) => {
    const [found] = verdicts(text);
    expect(found?.category).toBe('anonymous');
    expect(found?.cue).toContain(cue.split(' ').pop());
    expect(found?.claim).toBe(text.slice(0, -1));
  });

  it('is no anonymous verdict when an agent signs it', () => {
    expect(verdicts('The mayor was criticized by the city council for closing the libraries.')).toEqual([]);
  });

  it('is the speaker\'s claim, not an unsigned verdict, inside a quotation', () => {
    expect(verdicts('"We were blamed for everything," the coach said after the game.')).toEqual([]);
  });

  it('is no verdict when nothing stands before the participle to be judged', () => {
    expect(verdicts('Accused of fraud, the director resigned on Monday.')).toEqual([]);
  });
});

// Invented sentences: a verdict the subject received, its judges unnamed.
const received = (text: string) =>
  findAttributions(text)
    .filter((a) => a.source === null && /\b(?:criticism|backlash|complaints|heat)\b/.test(a.cue.text))
    .map((a) => ({ category: a.category, cue: a.cue.text, claim: text.slice(a.claim.start, a.claim.end) }));

describe('a verdict received without its judges', () => {
  it.each<[string, string, string]>([
    ['faced criticism for', 'The senator has faced sharp criticism for skipping the hearings.', 'faced sharp criticism'],
    ['came under criticism for', 'In 2009 the agency came under withering criticism for its silence.', 'came under withering criticism'],
    ['took heat for', 'The host took heat for his questions during the forum.', 'took heat'],
    ['drew complaints that', 'Within a year the program was drawing complaints that it was underfunded.', 'drawing complaints'],
  ])('%s: anonymous, the claim the sentence', (_what, text, cue) => {
    const [found, ...more] = received(text);
    expect(more).toEqual([]);
    expect(found?.category).toBe('anonymous');
    // The taggers may find the same cue with other edges ("sharp criticism for"); its verdict word is in both.
    expect(found?.cue).toContain(cue.split(' ').pop());
    expect(found?.claim).toBe(text.slice(0, -1));
  });

  it.each<[string, string]>([
    ['judges named after it', 'The plant faced criticism for the move from two governors.'],
    ['nothing it was for', 'The plan faced criticism in the spring.'],
    ['heat that is only weather', 'The runners faced heat for most of the race.'],
    ['a quotation: the speaker\'s claim', '"We faced criticism for everything," the coach said.'],
  ])('is none with %s', (_what, text) => {
    expect(received(text)).toEqual([]);
  });
});
