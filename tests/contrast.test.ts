// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../harness/paths';
import { CATEGORIES } from '../utils/attribution/types';
import { POPUP_BACKGROUNDS } from '../utils/categoryStyle';
import { AA_TEXT, contrastRatio, inkOn, over, parseHex, readableInk, toHex } from '../utils/colorContrast';
import { CLAIM_FILL_ALPHA, SOURCE_FILL_ALPHA } from '../utils/page/paint/highlightStyle';
import { DEFAULT_COLORS } from '../utils/settings';

// WCAG AA (4.5:1) for every text the popup and the page's marks show, in light and dark mode, on the colour values
// the product ships: base.css's variables, the default category colours and the fills of highlightStyle.ts.

type Scheme = 'light' | 'dark';
const SCHEMES: Scheme[] = ['light', 'dark'];

/** The custom properties of base.css's :root, light, and inside its prefers-color-scheme: dark block. */
function cssVariables(): Record<Scheme, Record<string, string>> {
  const css = readFileSync(join(REPO_ROOT, 'components/base.css'), 'utf8');
  const block = (re: RegExp) => Object.fromEntries([...re.exec(css)![1]!.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
  return { light: block(/^:root\s*\{([^}]*)\}/m), dark: block(/prefers-color-scheme:\s*dark\)\s*\{\s*:root\s*\{([^}]*)\}/) };
}
const vars = cssVariables();
const ratio = (fg: string, bg: string) => contrastRatio(parseHex(fg), parseHex(bg));

describe('contrastRatio', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#767676', '#ffffff', 4.54],
  ])('%s on %s is %s:1, as WCAG computes it', (fg, bg, want) => {
    expect(ratio(fg, bg)).toBeCloseTo(want, 2);
  });
});

describe('popup text in both schemes', () => {
  it('reads the variables of both schemes from base.css, the backgrounds categoryStyle.ts names among them', () => {
    for (const scheme of SCHEMES) {
      expect(Object.keys(vars[scheme])).toEqual(expect.arrayContaining(['bg', 'fg', 'muted', 'hover', 'accent', 'accent-fg']));
      expect([vars[scheme].bg, vars[scheme].hover]).toEqual(POPUP_BACKGROUNDS[scheme]);
    }
  });

  it.each(
    SCHEMES.flatMap((scheme) =>
      (
        [
          ['text', 'fg', 'bg'],
          ['text of the selected claim', 'fg', 'hover'],
          ['snippets, cues, the profile\'s shares', 'muted', 'bg'],
          ['a selected claim\'s snippet', 'muted', 'hover'],
          ['links (Settings, This is wrong)', 'accent', 'bg'],
          ['the primary button', 'accent-fg', 'accent'],
        ] as const
      ).map(([what, fg, bg]) => [scheme, what, fg, bg] as const),
    ),
  )('%s: %s (--%s on --%s) at 4.5:1 or more', (scheme, _, fg, bg) => {
    expect(ratio(vars[scheme][fg]!, vars[scheme][bg]!)).toBeGreaterThanOrEqual(AA_TEXT);
  });

  it.each(SCHEMES)('%s: a dimmed claim (opacity .8) keeps its snippet at 4.5:1', (scheme) => {
    const bg = parseHex(vars[scheme].bg!);
    expect(contrastRatio(over(parseHex(vars[scheme].muted!), 0.8, bg), bg)).toBeGreaterThanOrEqual(AA_TEXT);
  });
});

describe('category glyphs and samples in the popup', () => {
  const cases = SCHEMES.flatMap((scheme) => CATEGORIES.map((category) => [scheme, category] as const));

  it.each(cases)('%s: the %s glyph reads on the popup and on a selected row', (scheme, category) => {
    const ink = readableInk(DEFAULT_COLORS[category], POPUP_BACKGROUNDS[scheme]);
    for (const bg of POPUP_BACKGROUNDS[scheme]) expect(ratio(ink, bg)).toBeGreaterThanOrEqual(AA_TEXT);
  });

  it.each(cases)('%s: the "Aa" sample on the %s fill', (scheme, category) => {
    // base.css mixes the sample's fill at 22%, the claims' fill on the page.
    const fill = over(parseHex(DEFAULT_COLORS[category]), CLAIM_FILL_ALPHA, parseHex(vars[scheme].bg!));
    expect(contrastRatio(parseHex(vars[scheme].fg!), fill)).toBeGreaterThanOrEqual(AA_TEXT);
  });

  it.each(CATEGORIES)('the glyph on the profile bar\'s %s segment', (category) => {
    expect(ratio(inkOn(DEFAULT_COLORS[category]), DEFAULT_COLORS[category])).toBeGreaterThanOrEqual(AA_TEXT);
  });

  it('keeps a colour that already reads, and makes any colour a user picks read in both schemes', () => {
    expect(readableInk('#1d4ed8', POPUP_BACKGROUNDS.light)).toBe('#1d4ed8');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), (n) => {
        const color = toHex(parseHex(`#${n.toString(16).padStart(6, '0')}`));
        for (const scheme of SCHEMES) {
          const ink = readableInk(color, POPUP_BACKGROUNDS[scheme]);
          for (const bg of POPUP_BACKGROUNDS[scheme]) expect(ratio(ink, bg)).toBeGreaterThanOrEqual(AA_TEXT);
        }
        // Black or white: one of them reads on any colour (the better of the two is never under 4.58:1).
        expect(ratio(inkOn(color), color)).toBeGreaterThanOrEqual(AA_TEXT);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the page\'s own text under our fills', () => {
  // Typical article pages: dark text on white and on paper, light text on a dark theme.
  const PAGES = [
    ['a light page', '#111111', '#ffffff'],
    ['a paper-toned page', '#222222', '#fff8ee'],
    ['a dark page', '#e8e8e8', '#121212'],
    ['a dark blue page', '#f0f0f0', '#0f172a'],
  ] as const;
  const cases = PAGES.flatMap(([page, text, bg]) =>
    CATEGORIES.flatMap((category) =>
      (
        [
          ['claim', CLAIM_FILL_ALPHA],
          ['source', SOURCE_FILL_ALPHA],
        ] as const
      ).map(([part, alpha]) => [page, category, part, text, bg, alpha] as const),
    ),
  );

  it.each(cases)('%s: %s %s fill keeps the text at 4.5:1', (_, category, __, text, bg, alpha) => {
    const fill = over(parseHex(DEFAULT_COLORS[category]), alpha, parseHex(bg));
    expect(contrastRatio(parseHex(text), fill)).toBeGreaterThanOrEqual(AA_TEXT);
  });
});
