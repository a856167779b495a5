import { describe, expect, it } from 'vitest';
import { findAttributions } from './index';

// Invented transcripts, as outlets print an interview: the speaker in capitals, a colon, the turn.
const turns = (text: string) =>
  findAttributions(text)
    .filter((a) => a.cue.text === ':')
    .map((a) => ({ category: a.category, source: a.source?.text ?? null, claim: text.slice(a.claim.start, a.claim.end) }));

describe("a transcript's turns", () => {
  const interview = [
    'Governor Dana Whitfield spoke with the host on Sunday. Partial transcript as follows:',
    'LENA HOLLOWAY: The state budget is late again. What happened?',
    'WHITFIELD: We were waiting for the revenue forecast. It came in lower than anyone expected.',
    'HOLLOWAY: Will you call a special session?',
    'WHITFIELD: If the legislature does not act by Friday, I will.',
  ].join('\n\n');

  it('finds every turn, its speaker as labelled and what was said without the label', () => {
    expect(turns(interview).map(({ source, claim }) => [source, claim])).toEqual([
      ['LENA HOLLOWAY', 'The state budget is late again. What happened?'],
      ['WHITFIELD', 'We were waiting for the revenue forecast. It came in lower than anyone expected.'],
      ['HOLLOWAY', 'Will you call a special session?'],
      ['WHITFIELD', 'If the legislature does not act by Friday, I will.'],
    ]);
  });

  it('gives a speaker the category the article gave the person: the governor is an official, the host named', () => {
    const bySpeaker = Object.fromEntries(turns(interview).map((t) => [t.source, t.category]));
    expect(bySpeaker).toEqual({ 'LENA HOLLOWAY': 'named', HOLLOWAY: 'named', WHITFIELD: 'official' });
  });

  it('reads turns quoted whole, a mark opening each', () => {
    const quoted = interview.replace(/^([A-Z ]+:)/gm, '"$1');
    expect(turns(quoted).map((t) => t.source)).toEqual(['LENA HOLLOWAY', 'WHITFIELD', 'HOLLOWAY', 'WHITFIELD']);
  });

  it('takes one label for a speaker when it names a person the article introduced', () => {
    const text = 'Senator Maria Delgado answered questions after the vote.\n\nDELGADO: The bill protects rural hospitals.';
    expect(turns(text)).toEqual([{ category: 'official', source: 'DELGADO', claim: 'The bill protects rural hospitals.' }]);
  });

  it("takes no editor's label for a speaker, even repeated as a live blog repeats it", () => {
    const blog = [
      'Storm closes schools across the county',
      'UPDATE: Schools will stay closed on Tuesday.',
      'UPDATE: Power is back in most of the county.',
      'EXCLUSIVE: Inside the emergency operations centre.',
      'UPDATE: The storm has moved offshore.',
    ].join('\n\n');
    expect(turns(blog).filter((t) => ['UPDATE', 'EXCLUSIVE'].includes(t.source ?? ''))).toEqual([]);
  });

  it('takes no label that is not a name ("FIX IS IN:") and no capitals inside a sentence', () => {
    const text = 'Dana Whitfield spoke on Sunday.\n\nFIX IS IN: The vote was delayed.\n\nThe memo said WHITFIELD: yes.';
    expect(turns(text).filter((t) => t.source === 'FIX IS IN' || t.source === 'WHITFIELD')).toEqual([]);
  });
});
