import { describe, expect, it } from 'vitest';
import { findAttributions } from './index';
import { pollFindings } from './pollFinding';
import { constructionFindings } from '../../tests/support/constructionFindings';

// Invented sentences: a sentence opening on a poll and saying what it found.
const findings = (text: string) => constructionFindings(text, pollFindings).map(({ cue: _, ...found }) => found);

describe("a poll's finding", () => {
  it.each<[string, string, string, string]>([
    ['a named poll, marks in its name', 'In the latest Gazette/Channel 4 News poll, the mayor leads her rival by six points.', 'the latest Gazette/Channel 4 News poll', 'the mayor leads her rival by six points'],
    ['a poll referred back to', 'In this poll, the governor gained two points since the debate.', 'this poll', 'the governor gained two points since the debate'],
    ['a survey', 'In a survey of 900 nurses, most said their shifts had grown longer.', 'a survey of 900 nurses', 'most said their shifts had grown longer'],
  ])('%s: a document, the claim what follows the comma', (_what, text, source, claim) => {
    expect(findings(text)).toEqual([{ category: 'document', source, claim }]);
  });

  it.each<[string, string]>([
    ['a medium that is no poll', 'In an email, the mayor said the plan was dead.'],
    ['a finding with nothing in it', 'In the polls, anyway.'],
    ['a poll not opening the sentence', 'The mayor leads in the latest poll, by six points over her rival.'],
    ['a poll inside a quotation', '"In the poll, we lead by six points," the mayor said.'],
  ])('is none for %s', (_what, text) => {
    expect(findings(text)).toEqual([]);
  });

  it('reaches the engine: the sentence is listed as a document', () => {
    expect(findAttributions('In this poll, the governor gained two points since the debate.').map((a) => a.category)).toContain('document');
  });
});
