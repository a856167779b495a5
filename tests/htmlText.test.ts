// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readHtmlText } from '../cli/htmlText';

describe('readHtmlText', () => {
  it('gives the body text one block per line, without the head, scripts, styles or the page chrome', () => {
    const page = readHtmlText(`<!doctype html><html><head><title>Talks &amp; troops</title><style>p { color: red }</style></head><body>
      <nav><a href="/">Home: officials said to quit</a></nav>
      <div role="navigation">Menu</div>
      <article><h1>Talks fail</h1><p>Two sources told   Reuters<br>the talks had failed.</p>
      <script>if (a < b) document.write("<p>officials said</p>")</script>
      <div class="article-comments"><p>A reader said it was fake.</p></div>
      <p>Caf&eacute; owners&nbsp;said &#x201C;no&#x201D;.</p></article>
      <aside>Most read: analysts say</aside></body></html>`);
    expect(page.text.split('\n')).toEqual(['Talks fail', 'Two sources told Reuters', 'the talks had failed.', 'Café owners said “no”.']);
    expect(page.title).toBe('Talks & troops');
  });

  it('decodes attributes, so an encoded class still marks a comment zone', () => {
    expect(readHtmlText('<p>Kept.</p><div class="comment&#115;"><p>Dropped.</p></div>').text).toBe('Kept.');
  });

  it('closes what HTML lets a page leave open, as a browser does, so old pages stay shallow', () => {
    const paragraphs = readHtmlText(`<body>${'<p>A spokesman said it. '.repeat(1000)}</body>`);
    expect(paragraphs.depth).toBeLessThanOrEqual(3);
    expect(paragraphs.text.split('\n')).toHaveLength(1000);
    const list = readHtmlText(`<ul>${'<li>One <b>item</b>'.repeat(500)}</ul><table>${'<tr><td>a<td>b'.repeat(500)}</table>`);
    expect(list.depth).toBeLessThanOrEqual(5);
    // An icon of many self-closed shapes nests nothing.
    expect(readHtmlText(`<p>Said.</p><svg>${'<path d="M0 0"/>'.repeat(1000)}<title>icon</title></svg>`)).toMatchObject({ title: '', text: 'Said.' });
    expect(readHtmlText(`<svg>${'<path/>'.repeat(1000)}</svg>`).depth).toBe(1);
  });

  it('ends an unclosed zone where its parent ends', () => {
    expect(readHtmlText('<div><aside>Most read</div><p>Two sources said so.</p>').text).toBe('Two sources said so.');
  });

  it('measures how deep and how many the elements are, without building them', () => {
    const page = readHtmlText(`<html><body>${'<div>'.repeat(100_000)}<p>Deep.</p>${'</div>'.repeat(100_000)}</body></html>`);
    expect(page).toEqual({ text: 'Deep.', title: '', depth: 100_003, elements: 100_003 });
    const unclosed = readHtmlText('<b>x '.repeat(10_000));
    expect(unclosed.depth).toBe(10_000);
    expect(unclosed.text).toBe(Array(10_000).fill('x').join(' '));
  });

  it('keeps a tag with thousands of attributes to the first few, and ignores names no DOM accepts', () => {
    const attributes = Array.from({ length: 5000 }, (_, i) => `data-${i}="${i}"`).join(' ');
    expect(readHtmlText(`<p ${attributes} "x=1 <y=2>Officials said.</p>`).text).toBe('Officials said.');
  });
});
