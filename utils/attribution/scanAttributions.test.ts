import { describe, expect, it } from 'vitest';
import { findAttributions, scanAttributions } from './index';

// Paragraphs without any attribution, to push what follows into a later chunk.
const filler = (lines: number) =>
  Array.from({ length: lines }, (_, k) => `Traffic on the ring road was light on day ${k} and the shops opened late.`).join('\n');

describe('scanAttributions', () => {
  const text = [
    'Pentagon spokesman Peter Cook said the strike hit a fuel depot.',
    filler(80),
    'Cook said the mission would continue.',
  ].join('\n');

  it('yields a long article in several chunks whose concatenation is findAttributions', () => {
    const chunks = [...scanAttributions(text)];
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.flat()).toEqual(findAttributions(text));
  });

  it('resolves a surname in a later chunk to the person named in an earlier one', () => {
    const chunks = [...scanAttributions(text)];
    const later = chunks.slice(1).flat().find((a) => a.source?.text === 'Cook');
    expect(later?.resolvedSource).toBe('Peter Cook');
  });

  it('cuts a long paragraph between sentences, keeping what it said about its people', () => {
    const paragraph = text.replaceAll('\n', ' ');
    const chunks = [...scanAttributions(paragraph)];
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.flat().find((a) => a.source?.text === 'Cook')?.resolvedSource).toBe('Peter Cook');
  });

  it('keeps a quotation inside a long paragraph whole, wherever the chunks are cut', () => {
    const quote = '“We will not stop. Not now. Not ever.”';
    for (let lines = 40; lines <= 70; lines++) {
      const article = `${filler(lines).replaceAll('\n', ' ')} The minister said: ${quote} Talks resume in May.`;
      const claims = findAttributions(article).map((a) => article.slice(a.claim.start, a.claim.end));
      expect(claims).toEqual([quote]);
    }
  });

  it('keeps a quotation that runs over paragraphs whole, wherever the chunks are cut', () => {
    const quote = '“We will not stop.\n“Not now, not ever,”';
    for (let lines = 40; lines <= 70; lines++) {
      const article = [filler(lines), 'The minister said:', quote + ' she added.', filler(5)].join('\n');
      const claims = findAttributions(article).map((a) => article.slice(a.claim.start, a.claim.end));
      expect(claims).toEqual([quote, quote]);
    }
  });
});
