// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlArticleText } from '../cli/htmlArticleText';

const TAGS = ['p', 'div', 'span', 'a', 'b', 'nav', 'aside', 'article', 'section', 'h1', 'li', 'ul', 'table', 'tr', 'td', 'br', 'script', 'style', 'figure', 'figcaption', 'blockquote', 'pre', 'svg'];
const markupPiece = fc.oneof(
  fc.constantFrom(...TAGS).map((t) => `<${t}>`),
  fc.constantFrom(...TAGS).map((t) => `</${t}>`),
  fc.constantFrom('Two sources told Reuters', ' the talks had failed. ', '“', '”', '&amp;', '&nbsp;', '&#x1F600;', '<!-- x -->', '\n', '\t', '  ', '<', '>', '<!doctype html>', '<html>', '<body>', '</body>'),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);
const tagSoup = fc.array(markupPiece, { maxLength: 80 }).map((pieces) => pieces.join(''));

describe('htmlArticleText on any markup', () => {
  it('never throws and gives one trimmed, non-empty paragraph per line', () => {
    fc.assert(
      fc.property(tagSoup, (html) => {
        const text = htmlArticleText(html);
        if (text === '') return;
        for (const line of text.split('\n')) {
          expect(line).toBe(line.trim());
          expect(line).not.toBe('');
          expect(line).not.toMatch(/\s{2}|[\t\r]/);
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('keeps the words of every paragraph, whatever wraps them', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('div', 'section', 'span', 'b', 'main'), { maxLength: 6 }), (wrappers) => {
        const open = wrappers.map((t) => `<${t}>`).join('');
        const close = [...wrappers].reverse().map((t) => `</${t}>`).join('');
        const html = `<p>${open}Two sources told Reuters${close}</p><p>the talks had failed.</p>`;
        expect(htmlArticleText(html).split('\n')).toEqual(['Two sources told Reuters', 'the talks had failed.']);
      }),
      { numRuns: 100 },
    );
  });
});

describe('htmlArticleText on a page whose article is only its headline', () => {
  it('gives the headline alone, without an empty line after it', () => {
    expect(htmlArticleText('<nav>Two sources told Reuters<h1> the talks had failed. !')).not.toMatch(/\n$/);
  });
});
