// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseSpanArgs } from '../bench/spans/spanArgs';

describe('parseSpanArgs', () => {
  it.each([
    [[], { json: false, help: false, topLemmas: 25, errors: 0, filter: { kind: 'cue' } }],
    [['--json', '--top', '40'], { json: true, topLemmas: 40 }],
    [['--gold', 'x/gold.json'], { gold: 'x/gold.json' }],
    [['--errors', '5', '--lemma', 'according to'], { errors: 5, filter: { kind: 'cue', lemma: 'according to' } }],
    [
      ['--errors', '3', '--miss', 'content', '--construction', 'quote-after', '--category', 'not-a-claim'],
      { errors: 3, filter: { kind: 'content', construction: 'quote-after', category: 'not-a-claim' } },
    ],
    [['-h'], { help: true }],
  ])('%j', (argv, expected) => {
    expect(parseSpanArgs(argv)).toMatchObject(expected);
  });

  it.each([
    [['--errors'], '--errors needs a value'],
    [['--errors', 'five'], '--errors takes a whole number, not "five"'],
    [['--miss', 'quote'], '--miss takes one of cue, source, content, category; not "quote"'],
    [['--category', 'person'], '--category takes one of anonymous, official, named, document, not-a-claim; not "person"'],
    [['--construction', 'said-x'], /^--construction takes one of colon, headline, .*; not "said-x"$/],
    [['--verbose'], 'unknown option "--verbose"'],
    [['gold.json'], 'unexpected argument "gold.json" (a gold set goes after --gold)'],
  ])('%j is refused', (argv, message) => {
    const parsed = parseSpanArgs(argv);
    expect(parsed).toHaveProperty('error');
    expect((parsed as { error: string }).error).toMatch(message);
  });
});
