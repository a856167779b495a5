import { describe, expect, it } from 'vitest';
import { findAttributions } from './index';
import type { Attribution, Category } from './types';

// Invented sentences of the shapes news copy takes (no dev-set text): what a reader checks is that the claim
// is found, with the right kind of source, the source as written, and the claim without its lead-in.

const claimOf = (text: string, a: Attribution) => text.slice(a.claim.start, a.claim.end).replace(/^that /, '').replace(/[.,]+$/, '');
const withCue = (text: string, cue: string) => findAttributions(text).find((a) => a.cue.text.toLowerCase().includes(cue.toLowerCase()));

describe('constructions the rules alone missed', () => {
  it.each<[string, string, string, Category, string, string]>([
    ['a role noun no list holds', '"The new rules will cost jobs," said an industry lobbyist.', 'said', 'anonymous', 'an industry lobbyist', '"The new rules will cost jobs'],
    ['a role, then its holder in apposition', '"Every room was booked by noon," said a spokeswoman for the hotel chain, Jane Roe.', 'said', 'official', 'a spokeswoman for the hotel chain, Jane Roe', '"Every room was booked by noon'],
    ['a trailing clause after an inverted source', '"We have no plans to close the plant," said a company spokesperson when contacted by Reuters.', 'said', 'official', 'a company spokesperson', '"We have no plans to close the plant'],
    ['a statement issued', 'The company issued a statement saying it would appeal the ruling.', 'statement', 'official', 'The company', 'it would appeal the ruling'],
    ['a statement released', 'Acme Corp. released a statement on Monday denying any wrongdoing.', 'statement', 'official', 'Acme Corp.', 'any wrongdoing'],
    ['a poll that shows', 'A poll released Tuesday shows the mayor trailing by eight points.', 'shows', 'document', 'A poll released Tuesday', 'the mayor trailing by eight points'],
    ['a survey that found', 'The survey found that most residents oppose the new stadium.', 'found', 'document', 'The survey', 'most residents oppose the new stadium'],
    ['a report that said', 'The report said the agency had failed to track its spending.', 'said', 'document', 'The report', 'the agency had failed to track its spending'],
    ['an outlet reporting', 'Bloomberg News reported that the merger talks had collapsed.', 'reported', 'document', 'Bloomberg News', 'the merger talks had collapsed'],
    ['an outlet reporting, short name', 'Bloomberg reported that the merger talks had collapsed.', 'reported', 'document', 'Bloomberg', 'the merger talks had collapsed'],
    ['a passive forecast', 'The merger is expected to face tough scrutiny from regulators.', 'expected', 'anonymous', '', 'The merger'],
    ['a quotation signed with a horizontal bar', 'Readers wrote to us after the debate.\n\n“We work two jobs and we still vote.” ― Marisol Ortega', '―', 'named', 'Marisol Ortega', 'We work two jobs and we still vote'],
    ['a quotation signed with an em dash and a full stop', '“I have never been this worried about an election.”— Daniel K. Brandt.', '—', 'named', 'Daniel K. Brandt', 'I have never been this worried'],
    ['a quotation signed after a nested quotation', 'Readers wrote to us.\n\n“He calls it “winning” and we call it rent.” ― Marisol Ortega', '―', 'named', 'Marisol Ortega', 'He calls it'],
    ['a headline of a poll', 'Poll: Voters Trust Neither Candidate on Taxes\n\nThe survey of 1,000 adults ran last week.', ':', 'document', 'Poll', 'Voters Trust Neither Candidate on Taxes'],
    ['a quotation signed with two hyphens', '"The plant should reopen next spring," -- Robert Hale', '--', 'named', 'Robert Hale', 'The plant should reopen next spring'],
  ])('%s', (_what, text, cue, category, source, claim) => {
    const a = withCue(text, cue);
    expect(a, `no attribution with cue "${cue}"`).toBeDefined();
    expect(a!.category).toBe(category);
    expect(a!.source?.text.replace(/,$/, '') ?? '').toBe(source);
    expect(claimOf(text, a!)).toContain(claim);
  });

  it('reads a title-case headline', () => {
    const a = withCue('Clinton Said Banks Must Lead Reform', 'said');
    expect(a?.source?.text).toBe('Clinton');
  });
});

describe('categories from what the article says of a source', () => {
  it.each<[string, string, string, Category]>([
    ['a candidate named by surname later', 'Democratic presidential nominee Hillary Clinton spoke in Ohio on Monday. The economy is rigged for those at the top, Clinton said.', 'said', 'official'],
    ['a former adviser named in apposition', 'Another witness in the inquiry, former adviser Jane Roe, said the meetings were never recorded.', 'said', 'named'],
    ['an unnamed official', 'A senior official said the talks had stalled.', 'said', 'anonymous'],
    ['a vague group', 'Critics say the new law is far too vague.', 'say', 'anonymous'],
    ['a retired general, later by surname', 'Retired Army Gen. Robert Hale spoke at the hearing. The base should never have closed, Hale said.', 'said', 'named'],
    ['a lawyer for a client', 'The driver was charged on Monday. "He never saw the light change," the driver\'s lawyer said.', 'said', 'official'],
    ['lawyers for a family', 'Attorneys for the family said the video showed no threat to the officers.', 'said', 'official'],
  ])('%s', (_what, text, cue, category) => {
    const found = findAttributions(text).filter((a) => a.cue.text.toLowerCase().includes(cue));
    expect(found.at(-1)?.category).toBe(category);
  });

  it('does not read a witness whose surname is an outlet\'s as the outlet', () => {
    const text = 'The witness Mary Hill testified on Monday. "I saw the car run the light," said Hill.';
    const hill = findAttributions(text).find((a) => a.source?.text === 'Hill');
    expect(hill?.category).not.toBe('document');
    expect(hill?.resolvedSource).toBe('Mary Hill');
  });

  it('gives one entity one category', () => {
    const text = 'James Kennedy, the U.S. Attorney, said the case would go to trial in March. Kennedy said no plea deal had been offered.';
    const found = findAttributions(text);
    expect(found).toHaveLength(2);
    expect(found[1]!.category).toBe(found[0]!.category);
    expect(found[1]!.resolvedSource).toBe('James Kennedy');
  });

  it('refers "he" back to the right one of two people who alternate', () => {
    const text = 'Senator Maria Lopez and the economist Tom Baker debated the plan. Lopez said it would pass. Baker disagreed. "It will fail," he said.';
    const he = findAttributions(text).find((a) => a.source?.text === 'he');
    expect(he?.resolvedSource).toBe('Tom Baker');
  });
});

describe('constructions around the cue', () => {
  it('takes a participle\'s source from its clause', () => {
    const a = withCue('The ministry issued a notice on Monday, warning that the bridge was unsafe.', 'warning');
    expect(a?.source?.text).toBe('The ministry');
    expect(a?.category).toBe('official');
  });

  it('finds "X, who told ..." with the claim after the cue', () => {
    const text = 'The senator, who told reporters the bill was dead, left the Capitol early.';
    const a = withCue(text, 'told');
    expect(a).toBeDefined();
    expect(claimOf(text, a!)).toBe('the bill was dead');
  });

  it('marks both attributions of two kinds in one sentence', () => {
    const text = 'Dale Hunt, a local historian, said the house was older than thought, the Riverside Times reported.';
    expect(findAttributions(text).map((a) => a.category).sort()).toEqual(['document', 'named']);
  });

  it('keeps a quotation that runs over two sentences whole', () => {
    const text = '"We will not stop. Not now, not ever," the minister said.';
    const a = withCue(text, 'said')!;
    expect(text.slice(a.claim.start, a.claim.end)).toBe('"We will not stop. Not now, not ever,"');
  });
});

describe('what the guide keeps apart from claims', () => {
  it.each([
    ['a directive', 'Protesters urged the council to reject the plan.'],
    ['an intention', 'The governor wants to cut taxes next year.'],
    ['a call for a policy', 'The union called for a strike in May.'],
    ['a refusal to comment', 'The minister declined to comment on the report.'],
    ['a negated statement', 'The company did not deny the report.'],
    ['a statement not made yet', 'The governor will announce her budget on Monday.'],
    ['a schedule, not a forecast', 'The delegation is expected to arrive at noon.'],
  ])('%s', (_what, text) => {
    expect(findAttributions(text)).toEqual([]);
  });
});
