import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../attribution/types';
import { DEFAULT_SETTINGS } from '../settings';
import { highlightCss } from './highlightStyle';

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

  it('never changes the size of the text, so painting moves no line', () => {
    for (const mode of ['marks', 'highlight-api'] as const) {
      expect(highlightCss(colors, mode)).not.toMatch(/font-weight|font-size|padding:[^0]|margin-(?:left|right)|letter-spacing/);
    }
  });
});
