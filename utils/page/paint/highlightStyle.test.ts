import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../attribution/types';
import { DEFAULT_SETTINGS } from '../../settings';
import { highlightCss, highlightScope, installStyle } from './highlightStyle';

describe('highlightCss', () => {
  const { colors } = DEFAULT_SETTINGS;

  it('styles marks only through their class in marks mode: no ::highlight rule, which would restyle the whole page', () => {
    const css = highlightCss(colors, 'marks');
    expect(css).not.toContain('::highlight');
    for (const rule of css.split('\n').filter((r) => !r.startsWith('@keyframes'))) expect(rule).toMatch(/^mark\.sourcelight-mark/);
    for (const category of CATEGORIES) expect(css).toContain(`[data-category="${category}"]`);
  });

  it('gives the Highlight API mode one highlight per category, and no mark rules', () => {
    const css = highlightCss(colors, 'highlight-api');
    for (const category of CATEGORIES) expect(css).toContain(`::highlight(sourcelight-${category}){`);
    expect(css).not.toContain('mark.');
  });

  it('scopes every Highlight API rule to the subtree of the element it is given', () => {
    const rules = highlightCss(colors, 'highlight-api', '#story').split('\n');
    // Four categories, their four sources, the flash.
    expect(rules).toHaveLength(9);
    for (const rule of rules) expect(rule).toMatch(/^#story ::highlight\(sourcelight-[a-z-]+\),#story::highlight\(sourcelight-[a-z-]+\)\{/);
  });

  it('tints a source in its own category colour in the Highlight API mode too, never grey', () => {
    const css = highlightCss(colors, 'highlight-api');
    expect(css).not.toContain('127,127,127');
    for (const category of CATEGORIES) {
      const n = Number.parseInt(colors[category].slice(1), 16);
      expect(css).toMatch(new RegExp(`::highlight\\(sourcelight-source-${category}\\)\\{background-color:rgba\\(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, 0\\.23\\d*\\)`));
    }
  });

  it('never changes the size of the text, so painting moves no line', () => {
    for (const mode of ['marks', 'highlight-api'] as const) {
      expect(highlightCss(colors, mode)).not.toMatch(/font-weight|font-size|padding:[^0]|margin-(?:left|right)|letter-spacing/);
    }
  });
});

describe('highlightScope', () => {
  const article = (html: string) => {
    document.body.innerHTML = html;
    return document.querySelector('article')!;
  };

  it("is the article's nearest element with an id no other element has", () => {
    expect(highlightScope(article('<div id="page"><section id="main"><article><p>Text.</p></article></section></div>'))).toBe('#main');
    expect(highlightScope(article('<article id="story"><p>Text.</p></article>'))).toBe('#story');
    expect(highlightScope(article('<div id="page"><div id="x"></div><div id="x"><article></article></div></div>'))).toBe('#page');
  });

  it('passes over ids that are no CSS identifier, and is null when no element up to the body has an id of its own', () => {
    expect(highlightScope(article('<div id="page"><div id="1 col"><article></article></div></div>'))).toBe('#page');
    expect(highlightScope(article('<div><article></article></div>'))).toBeNull();
    expect(highlightScope(article('<div id="page"><article></article></div><div id="page"></div>'))).toBeNull();
  });

  it('is what installStyle scopes the Highlight API rules to, and marks mode needs none', () => {
    const root = article('<main id="main"><article><p>Text.</p></article></main>');
    installStyle(document, DEFAULT_SETTINGS.colors, 'highlight-api', highlightScope(root));
    expect(document.getElementById('sourcelight-style')!.textContent).toBe(highlightCss(DEFAULT_SETTINGS.colors, 'highlight-api', '#main'));
    installStyle(document, DEFAULT_SETTINGS.colors, 'marks', null);
    expect(document.getElementById('sourcelight-style')!.textContent).toBe(highlightCss(DEFAULT_SETTINGS.colors, 'marks'));
  });
});
