import { describe, expect, it } from 'vitest';
import { tokenizeChunk } from '../tokens';
import { EN } from '../lexicon/en';
import { readMention, type MentionKind } from './sourceMention';
import { createWordClasses } from './wordClasses';

const classes = createWordClasses(EN);

/** Reads the whole text as a source span. */
function read(text: string) {
  const { tokens } = tokenizeChunk(text, 0, Infinity);
  const m = readMention(tokens, [0, tokens.length], classes);
  const head = m.head >= 0 ? tokens[m.head]!.text : null;
  return { kind: m.kind, head, name: m.fullName, core: tokens.slice(0, m.coreEnd).map((t) => t.text).join(' ') };
}

describe('reading a source span', () => {
  it.each<[string, MentionKind, string | null]>([
    ['he', 'he', null],
    ['She', 'he', null],
    ['they', 'they', null],
    ['who', 'relative', null],
    ['I', 'i', null],
    ['Pentagon spokesman Peter Cook', 'name', 'peter cook'],
    ['Prime Minister Haidar al-Abadi of neighboring Iraq', 'name', 'haidar al-abadi'],
    ['a spokeswoman for the hotel chain, Jane Roe', 'name', 'jane roe'],
    ['the Clinton campaign', 'phrase', null],
    ['The Indiana governor', 'phrase', null],
    ['Mr. King', 'name', 'king'],
    ['people familiar with the matter', 'phrase', null],
    ['62 percent', 'quantity', null],
  ])('%s: %s, named %s', (text, kind, name) => {
    const m = read(text);
    expect(m.kind).toBe(kind);
    expect(m.name).toBe(name);
  });

  it.each([
    ['The senator, a Republican from Ohio', 'The senator'],
    ['a company spokesperson when contacted by Reuters', 'a company spokesperson'],
    ['Jane Orr (D-Ill.)', 'Jane Orr'],
  ])('ends the mention of %s at its apposition or clause', (text, core) => {
    expect(read(text).core).toBe(core);
  });

  it.each([
    ['a spokeswoman for the ministry', 'spokeswoman'],
    ['one of the sources', 'one'],
  ])('finds the head of %s', (text, head) => {
    expect(read(text).head).toBe(head);
  });
});
