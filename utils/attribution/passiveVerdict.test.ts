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
