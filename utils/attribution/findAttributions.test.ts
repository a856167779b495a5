import { describe, expect, it } from 'vitest';
import { findAttributions } from './index';
import type { Attribution, Category } from './types';

/**
 * The attribution whose cue holds the word or words `cue` (the n-th one when a text holds several): the
 * learned cue may take in an auxiliary or an audience ("is saying", "told Reuters") where the rules did not.
 */
function byCue(text: string, cue: string, nth = 0): Attribution | undefined {
  const words = cue.toLowerCase();
  return findAttributions(text).filter((a) => a.cue.text.toLowerCase().includes(words) || words.includes(a.cue.text.toLowerCase()))[nth];
}

/** A claim as a reader sees it: without a leading "that" or the punctuation that ends its clause. */
const core = (claim: string) => claim.replace(/^that /, '').replace(/[.,]+$/, '');
const claimText = (text: string, a: Attribution) => core(text.slice(a.claim.start, a.claim.end));

/** The mention before its apposition: "Maria Lopez" of "Maria Lopez, an associate professor ...". */
const mention = (source: string | null | undefined) => (source ?? null)?.split(/,| \(/)[0] ?? null;

describe('findAttributions: forms of attribution', () => {
  // [form, text, cue, category, source as written, claim]
  it.each<[string, string, string, Category, string | null, string]>([
    ['X told Reuters', 'Three Turkish sources told Reuters the convoy had crossed the border overnight.', 'told Reuters', 'anonymous', 'Three Turkish sources', 'the convoy had crossed the border overnight.'],
    ['quote, said title + name', '"The shipment left on time," said Agriculture Minister Ana Duarte.', 'said', 'official', 'Agriculture Minister Ana Duarte', '"The shipment left on time,"'],
    ['according to a document', 'According to a report by the state auditor, the program lost $4 million.', 'According to', 'document', 'a report by the state auditor', 'the program lost $4 million.'],
    ['institution said in a statement', 'The company said in a statement that quarterly sales fell by a third.', 'said', 'official', 'The company', 'quarterly sales fell by a third.'],
    ['speaking on condition of anonymity', 'A senior diplomat, speaking on condition of anonymity, said the talks had stalled.', 'said', 'anonymous', 'A senior diplomat', 'the talks had stalled.'],
    ['people familiar with the matter', 'People familiar with the matter said the merger could be announced next week.', 'said', 'anonymous', 'People familiar with the matter', 'the merger could be announced next week.'],
    ['a spokeswoman for X', 'A spokeswoman for the regional water authority said supplies were safe.', 'said', 'official', 'A spokeswoman for the regional water authority', 'supplies were safe.'],
    ['apposition after a name (expert)', 'Maria Lopez, an associate professor of history at Carver College, said the archive was incomplete.', 'said', 'named', 'Maria Lopez', 'the archive was incomplete.'],
    ['X, who ..., said (official)', "Jonas Berg, who is the city's finance director, said the budget was balanced.", 'said', 'official', 'Jonas Berg', 'the budget was balanced.'],
    ['paraphrase before the source', 'Fuel prices will climb again next month, energy analysts said.', 'said', 'anonymous', 'energy analysts', 'Fuel prices will climb again next month'],
    ['said X, an apposition (named resident)', 'The water rose within minutes, said Tom Reed, a resident of the valley.', 'said', 'named', 'Tom Reed', 'The water rose within minutes'],
    ['news outlet reported', 'The Lisbon Herald reported that the minister had resigned.', 'reported', 'document', 'The Lisbon Herald', 'the minister had resigned.'],
    ['a poll found', 'A new poll found that 40 percent of voters support the plan.', 'found', 'document', 'A new poll', '40 percent of voters support the plan.'],
    ['vague group says', 'Critics say the new law is far too vague.', 'say', 'anonymous', 'Critics', 'the new law is far too vague.'],
    ['assessment: dealers saw ... -ing', 'Currency dealers saw the euro holding its gains into next week.', 'saw', 'anonymous', 'Currency dealers', 'the euro holding its gains into next week.'],
    ['assessment: analysts believe', 'Some analysts believe the central bank will raise rates in June.', 'believe', 'anonymous', 'Some analysts', 'the central bank will raise rates in June.'],
    ['tweeted', 'Senator Alma Cruz tweeted that the count was flawed.', 'tweeted', 'official', 'Senator Alma Cruz', 'the count was flawed.'],
    ['testified', 'The witness testified that the doors were locked.', 'testified', 'anonymous', 'The witness', 'the doors were locked.'],
    ["X's view is that", "Professor Ida Kim's view is that the data are too thin.", 'view is', 'named', "Professor Ida Kim's", 'the data are too thin.'],
    ['denied', 'The defence ministry denied that any troops had crossed.', 'denied', 'official', 'The defence ministry', 'any troops had crossed.'],
    ['progressive is warning', 'The White House is warning that the deal could collapse.', 'warning', 'official', 'The White House', 'the deal could collapse.'],
    ['passive with agent', 'The closure was first reported by The Boston Globe.', 'reported', 'document', 'The Boston Globe', 'The closure'],
    ['a name in apposition to a role', 'A lawyer for the two families, Omar Haddad, said no appeal had been filed.', 'said', 'named', 'A lawyer for the two families', 'no appeal had been filed.'],
    ['a bracket before the apposition', 'Sen. Ruth Okafor (D-Ill.), a member of the budget panel, said the vote would slip.', 'said', 'official', 'Sen. Ruth Okafor', 'the vote would slip.'],
    ['a bracket inside the apposition', 'Hans Berger, chairman of the Federation of Dairy Farmers (FDF), said milk prices had bottomed.', 'said', 'official', 'Hans Berger', 'milk prices had bottomed.'],
    ['a vague set of institutions', 'Several environmental groups argue that the permit is illegal.', 'argue', 'anonymous', 'Several environmental groups', 'the permit is illegal.'],
    ['inverted after a paraphrase', 'The rebate would lapse in June, said the ruling.', 'said', 'document', 'the ruling', 'The rebate would lapse in June'],
    ['poll respondents', 'In the survey, 62 percent said the economy was getting worse.', 'said', 'document', '62 percent', 'the economy was getting worse.'],
    ['an age before the apposition', 'Jane Orr, 34, a nurse at the clinic, said she smelled smoke first.', 'said', 'named', 'Jane Orr', 'she smelled smoke first.'],
    ['a profession known by its suffix', '"Cases will peak in May," said Rob Hale, an epidemiologist at the state university.', 'said', 'named', 'Rob Hale', '"Cases will peak in May,"'],
    ['a bare quantifier', 'Some say the new stadium will never pay for itself.', 'say', 'anonymous', 'Some', 'the new stadium will never pay for itself.'],
    ['lawyers for a client (the guide: they speak for it)', 'Lawyers for the family said the footage was clear.', 'said', 'official', 'Lawyers for the family', 'the footage was clear.'],
    ['a short claim before the source', 'Probably not, Ms. Ortega said.', 'said', 'named', 'Ms. Ortega', 'Probably not'],
    ['an outlet after its report', 'Turnout was the lowest in decades, reported Reuters.', 'reported', 'document', 'Reuters', 'Turnout was the lowest in decades'],
    ['a participle continuing the speaker', 'The mayor spoke for an hour, adding that the budget was tight.', 'adding', 'official', 'The mayor', 'the budget was tight.'],
    ['X said: "quote"', 'The organiser said: "We were simply not good enough."', 'said', 'anonymous', 'The organiser', '"We were simply not good enough."'],
    ["a relative of a named person (the guide: identifiable)", "Carl Dunmore's widow said the inquiry had ignored her letters.", 'said', 'named', "Carl Dunmore's widow", 'the inquiry had ignored her letters.'],
    ['a relative by a possessive', 'Her daughter said the school had closed early.', 'said', 'named', 'Her daughter', 'the school had closed early.'],
    ['an outlet named for a town the article also names', 'Dunmore police made no arrests. The Dunmore Observer found that most calls went unanswered.', 'found', 'document', 'The Dunmore Observer', 'most calls went unanswered.'],
    ['an outlet ending in "News"', 'According to Harbor Light News, the ferry will stop running in May.', 'According to', 'document', 'Harbor Light News', 'the ferry will stop running in May.'],
    ['a news service', 'Prairie News Service reported that the levy had passed.', 'reported', 'document', 'Prairie News Service', 'the levy had passed.'],
    ['a vague group with no noun after its opener', 'Those close to the mayor say he will run again.', 'say', 'anonymous', 'Those close to the mayor', 'he will run again.'],
    ["a client's lawyer by a possessive (the guide: counsel speaks for the client)", 'His lawyer said he would not answer questions.', 'said', 'official', 'His lawyer', 'he would not answer questions.'],
  ])('%s', (_form, text, cue, category, source, claim) => {
    const a = byCue(text, cue);
    expect(a, `no attribution with cue "${cue}"`).toBeDefined();
    expect(a!.category).toBe(category);
    expect(mention(a!.source?.text)).toBe(mention(source));
    expect(claimText(text, a!)).toBe(core(claim));
  });
});

describe('findAttributions: the reporting verbs of the guide, in every inflection', () => {
  const verbs: [string, string, string, string][] = [
    ['say', 'says', 'said', 'saying'], ['add', 'adds', 'added', 'adding'], ['note', 'notes', 'noted', 'noting'],
    ['warn', 'warns', 'warned', 'warning'], ['deny', 'denies', 'denied', 'denying'], ['confirm', 'confirms', 'confirmed', 'confirming'],
    ['suggest', 'suggests', 'suggested', 'suggesting'], ['insist', 'insists', 'insisted', 'insisting'], ['estimate', 'estimates', 'estimated', 'estimating'],
    ['state', 'states', 'stated', 'stating'], ['announce', 'announces', 'announced', 'announcing'], ['argue', 'argues', 'argued', 'arguing'],
    ['claim', 'claims', 'claimed', 'claiming'], ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'], ['testify', 'testifies', 'testified', 'testifying'],
    ['tweet', 'tweets', 'tweeted', 'tweeting'], ['report', 'reports', 'reported', 'reporting'], ['predict', 'predicts', 'predicted', 'predicting'],
  ];
  it.each(verbs.flatMap(([base, third, past, ing]) => [
    [`Local officials ${base} that the bridge is unsafe.`, base, 'anonymous'],
    [`The ministry ${third} that the bridge is unsafe.`, third, 'official'],
    [`The ministry ${past} that the bridge was unsafe.`, past, 'official'],
    [`The ministry is ${ing} that the bridge is unsafe.`, ing, 'official'],
    [`The ministry issued a notice on Monday, ${ing} that the bridge was unsafe.`, ing, 'official'],
  ]))('%s', (text, cue, category) => {
    const a = byCue(text, cue);
    expect(a, `no attribution with cue "${cue}"`).toBeDefined();
    expect(a!.category).toBe(category);
  });
});

describe('findAttributions: short mentions resolve to the entity met earlier', () => {
  // [text, cue and which occurrence, mention as written, category, full mention it resolves to]
  it.each<[string, string, number, string, Category, string]>([
    ['Interior Minister Tomas Varga told a news conference the border would reopen. Varga said the decision was final.', 'said', 0, 'Varga', 'official', 'Tomas Varga'],
    ['Interior Minister Tomas Varga spoke in the capital. He added that patrols would continue.', 'added', 0, 'He', 'official', 'Tomas Varga'],
    ['The Transport Ministry published new rules on Friday. It said the rules would cut delays.', 'said', 0, 'It', 'official', 'The Transport Ministry'],
    ['Two port sources said the ship had left. "It will not be back soon," one of the sources said.', 'said', 1, 'one of the sources', 'anonymous', 'Two port sources'],
    ['Grain traders said demand was weak. "Nobody is buying," one trader said.', 'said', 1, 'one trader', 'anonymous', 'Grain traders'],
    ['The regulator said fees would fall. They said the change starts in May.', 'said', 1, 'They', 'official', 'The regulator'],
  ])('%s', (text, cue, nth, mention, category, resolved) => {
    const a = byCue(text, cue, nth);
    expect(a).toBeDefined();
    expect(a!.source?.text).toBe(mention);
    expect(a!.category).toBe(category);
    expect(a!.resolvedSource).toBe(resolved);
  });
});

describe('findAttributions: quote marks', () => {
  it('reads a straight mark followed by a space as closing, after an inner single quote', () => {
    const text = `"I never liked the word 'outreach,' " he told the crowd.`;
    const a = byCue(text, 'told')!;
    expect(a.source?.text).toBe('he');
    expect(claimText(text, a)).toBe(`"I never liked the word 'outreach,' "`);
  });
});

describe('findAttributions: sentences', () => {
  it('ends a sentence after "no." so the next speaker is found', () => {
    const text = 'The senator, a Republican from Ohio, said no. Mayor Lin Wu said the curfew ends today.';
    expect(findAttributions(text).map((a) => mention(a.source?.text))).toEqual(['The senator', 'Mayor Lin Wu']);
  });
});

describe('findAttributions: claims', () => {
  it('runs a quotation on across paragraphs when the next paragraph reopens it', () => {
    const text = '"The first phase starts in May.\n"The second phase follows in autumn," said the mayor, Lena Ortiz.';
    const a = byCue(text, 'said')!;
    expect(a.category).toBe('official');
    expect(claimText(text, a)).toBe('"The first phase starts in May.\n"The second phase follows in autumn,"');
  });

  it('reports both categories when one sentence holds two attributions', () => {
    const text = 'Dale Hunt, a local historian, said the house was older than thought, the Riverside Times reported.';
    const cats = findAttributions(text).map((a) => a.category).sort();
    expect(cats).toEqual(['document', 'named']);
  });
});

describe('findAttributions: not attributions', () => {
  it.each([
    ['an intention', 'The minister wants to cut taxes before the election.'],
    ['a plan', 'The company plans to open a new plant in Ohio.'],
    ['a hope', 'The senator hopes the bill passes this week.'],
    ['under consideration', 'The board is considering a sale of the unit.'],
    ['a perception', 'She saw the car drive away from the bank.'],
    ['a vote', 'The council voted for the plan on Tuesday.'],
    ['a signature', 'The governor signed the bill into law.'],
    ['a rubric before a colon', 'UPDATE: The storm has moved past the coast.'],
    ['an endorsement', 'The mayor endorsed Smith for the seat.'],
    ['an appeal to vote', 'He urged supporters to vote early.'],
    ['an adjective "estimated"', 'An estimated 500 people gathered in the square.'],
    ['a noun "report"', 'The report is due on Friday.'],
    ['a refusal to comment', 'The bank declined to comment on the case.'],
    ['a bare passive', 'It is generally agreed that the bridge is unsafe.'],
    ['a headline', 'Minister Says Talks With Rebels Will Resume'],
    ['a denied source', 'No group claimed responsibility for the blast.'],
    ['a perception by a group', 'Officers saw the driver get out of the car.'],
    ['an order, not a statement', 'The guards stopped her and told her to leave the hall.'],
    ['a statement not made yet', 'The governor will announce her budget on Monday.'],
    ['a byline', 'Ana Ruiz reported from Lima; editing by Tom Hale.'],
    ['"states" in a name', 'Trade between the member states rose last year.'],
  ])('%s', (_what, text) => {
    expect(findAttributions(text)).toEqual([]);
  });
});

describe('findAttributions: a reporting word used as a noun', () => {
  it.each([
    ['after a possessive', "Lawyers rejected Ortiz's Fifth Amendment claims outright.", 'claims'],
    ['after an adjective', 'Fact-checkers rated most Republican claims as false.', 'claims'],
  ])('%s', (_what, text, noun) => {
    expect(findAttributions(text).filter((a) => a.cue.text.toLowerCase() === noun)).toEqual([]);
  });
});

describe('findAttributions: spans', () => {
  it('keeps every span inside the text with UTF-16 offsets', () => {
    const text = '\u{1F600} “Rates will fall,” said the economist Lea Marsh, an analyst at Dune Capital. 😀';
    const [a] = findAttributions(text);
    expect(a).toBeDefined();
    expect(text.slice(a!.cue.start, a!.cue.end)).toBe(a!.cue.text);
    expect(text.slice(a!.source!.start, a!.source!.end)).toBe(a!.source!.text);
    expect(a!.claim.start).toBeLessThanOrEqual(a!.claim.end);
  });
});
