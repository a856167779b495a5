// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { constructionOf, CONSTRUCTIONS, type Construction } from '../bench/spans/construction';
import { parseMarkup } from './support/markedGold';

describe('constructionOf', () => {
  const cases: [Construction, string][] = [
    ['colon', '{Pence}[:] <Flowers will not be at the debate.>'],
    ['colon', '“<It was a disgrace.>” [―] {Jane Roe}'],
    ['headline', '{Clinton} [Says] <Banks Must Lead Reform>'],
    ['according-to', '[According to] {the report}, <sales fell>.'],
    ['noun-cue', '{The company} said [in a statement] <it would appeal>.'],
    ['noun-cue', '{The ministry} issued [a statement] <condemning the attack>.'],
    ['passive', '<The deal> [was first reported by] {Bloomberg}.'],
    ['passive', '{He} [is expected] <to resign>.'],
    ['participle', '{The mayor} spoke on Monday, [saying] <the budget was balanced>.'],
    ['paraphrase-after', '{The mayor} [is saying] <the budget is balanced>.'],
    ['no-source', '[Reportedly], <the merger is off>.'],
    ['content-around', '“<It is over>,” {the coach} [said]. “<We lost.>”'],
    ['quote-before', '“<It is over>,” {the coach} [said].'],
    ['quote-before', '<“It is over,”> {the coach} [said].'],
    ['quote-before-inverted', '“<It is over>,” [said] {the coach}.'],
    ['paraphrase-before', '<The plan is dead>, {the minister} [said].'],
    ['paraphrase-before-inverted', '<The plan is dead>, [said] {the minister}.'],
    ['quote-after', '{The minister} [said]: “<The plan is dead.>”'],
    ['paraphrase-after', '{The minister} [told] reporters <the plan was dead>.'],
    ['inverted-content-after', '[Said] {the minister}: <the plan is dead>.'],
    ['source-before-cue', '{The minister} [said] the plan was dead.'],
    ['source-after-cue', '“It is over,” [said] {the coach}.'],
    ['other', '{The minister [said]} <the plan was dead>.'],
  ];
  it.each(cases)('%s: %s', (construction, marked) => {
    const { text, gold } = parseMarkup(marked);
    expect(constructionOf(text, gold!)).toBe(construction);
  });

  it('covers every construction it names', () => {
    expect(new Set(cases.map(([c]) => c))).toEqual(new Set(Object.keys(CONSTRUCTIONS)));
  });
});
