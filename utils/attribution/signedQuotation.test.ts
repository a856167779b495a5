import { describe, expect, it } from 'vitest';
import { findQuotations } from './quotes';
import { splitSentences } from './sentences';
import { signedQuotation } from './signedQuotation';
import { tokenizeChunk } from './tokens';

/** The name that signs the text's last sentence, or null. */
function signer(text: string): string | null {
  const { tokens } = tokenizeChunk(text, 0, text.length + 1);
  const sentences = splitSentences(tokens);
  const { quotations, owner } = findQuotations(tokens);
  const found = signedQuotation(tokens, sentences[sentences.length - 1]!, quotations, owner);
  return found ? text.slice(tokens[found.nameFirst]!.start, tokens[found.nameEnd - 1]!.end) : null;
}

describe('a quotation signed by a dash and a name', () => {
  it.each<[string, string, string | null]>([
    ['horizontal bar', '“We deserve better.” ― Jane Roe', 'Jane Roe'],
    ['em dash without a space', '“We deserve better.”— Jane Q. Roe.', 'Jane Q. Roe'],
    ['en dash', '"Not this year." – Ana María López', 'Ana María López'],
    ['two hyphens', '"We will rebuild," -- John Smith', 'John Smith'],
    ['a dash that opens an aside, not a signature', '"We will rebuild," -- and they did, within a year.', null],
    ['prose after the name', '“We deserve better.” ― Jane Roe, who wrote to us from Ohio.', null],
    ['a dash with no quotation before it', 'The vote was close ― Jane Roe', null],
    ['an empty quotation', '“” ― Jane Roe', null],
    ['a quotation nested with the same marks', '“I’d rather live in what he calls “hell” than here.” ― Jane Roe', 'Jane Roe'],
    ['a closing mark typed for the opening one', '”We deserve better.” ― Jane Roe', 'Jane Roe'],
    ['a quotation of several sentences', '“We waited. Nobody came.” ― Jane Roe', 'Jane Roe'],
    ['a lower-case word after the dash', '“We deserve better.” ― said a reader', null],
  ])('%s', (_what, text, name) => {
    expect(signer(text)).toBe(name);
  });
});

describe('the quotation a dash signs', () => {
  it('is the one its marks paired, not the paragraph, when a quotation before it closed properly', () => {
    const text = '“Yes,” she said. “We deserve better.” ― Jane Roe';
    const { tokens } = tokenizeChunk(text, 0, text.length + 1);
    const sentences = splitSentences(tokens);
    const { quotations, owner } = findQuotations(tokens);
    const found = signedQuotation(tokens, sentences[sentences.length - 1]!, quotations, owner)!;
    expect(text.slice(found.quotation.start, found.quotation.end)).toBe('“We deserve better.”');
  });
});
