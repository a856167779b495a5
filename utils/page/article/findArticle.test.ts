import { describe, expect, it } from 'vitest';
import { findArticle } from './findArticle';
import { loadPage, sharedPage } from '../../../tests/support/testPage';

const paragraph = (words: string) => `<p>${`${words} `.repeat(12)}</p>`;
const body = paragraph('Officials said the ceasefire would hold through the weekend.');

function find(html: string, head = '') {
  loadPage(`<html><head>${head}</head><body>${html}</body></html>`);
  return findArticle(document);
}

describe('findArticle', () => {
  it('takes the schema.org article body', () => {
    expect(find(`<article><div itemprop="articleBody" id="body">${body}</div><div>${body}${body}</div></article>`)?.id).toBe('body');
  });

  it('takes the <article> with the most paragraph text, not the teaser cards', () => {
    const teaser = '<article><p>Short teaser, analysts said.</p></article>';
    const found = find(`${teaser}<article id="story">${body}${body}</article>${teaser}<aside><article>${body}${body}${body}</article></aside>`);
    expect(found?.id).toBe('story');
  });

  it('does not count the comments inside an <article>', () => {
    const found = find(
      `<article id="short">${body}<section id="comments">${body}${body}${body}</section></article><article id="long">${body}${body}</article>`,
    );
    expect(found?.id).toBe('long');
  });

  it('falls back to <main>, then to the densest paragraphs', () => {
    expect(find(`<nav>${body}</nav><main id="main">${body}</main>`)?.id).toBe('main');
    expect(find(`<div><div id="text">${body}${body}</div><footer>${body}${body}${body}</footer></div>`)?.id).toBe('text');
  });

  it('finds nothing on a page of links', () => {
    expect(find('<nav><a href="#">World</a></nav><ul><li><a href="#">Markets close higher</a></li></ul>')).toBeNull();
  });

  it('accepts a shorter article on a page that declares one', () => {
    const short = '<article id="brief"><p>The ministry said the border would reopen on Monday after talks with the neighbours, a spokesman said.</p></article>';
    expect(find(short)).toBeNull();
    expect(find(short, '<script type="application/ld+json">{"@graph":[{"@type":"ReportageNewsArticle"}]}</script>')?.id).toBe('brief');
  });

  it('finds the article of the seed page', () => {
    loadPage(sharedPage('seed-article.html'));
    expect(findArticle(document)?.tagName).toBe('ARTICLE');
  });
});
