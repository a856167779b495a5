import type { Category } from '../utils/attribution/types';
import { CATEGORY_GLYPH, CATEGORY_UNDERLINE, POPUP_BACKGROUNDS } from '../utils/categoryStyle';
import { readableInk } from '../utils/colorContrast';

const inkStyles = new Map<string, Record<string, string>>();

/**
 * The category's colour as glyph ink that reads (WCAG AA) on the popup's backgrounds, light and dark, as CSS variables.
 * Worked out once per colour: a long list has a glyph on many of its rows, and each works through up to 21 mixes.
 */
export function inkStyle(color: string): Record<string, string> {
  let style = inkStyles.get(color);
  if (!style) {
    style = {
      '--marker-color': color,
      '--marker-ink-light': readableInk(color, POPUP_BACKGROUNDS.light),
      '--marker-ink-dark': readableInk(color, POPUP_BACKGROUNDS.dark),
    };
    inkStyles.set(color, style);
  }
  return style;
}

/**
 * A small sample of how the page marks the category: its glyph, then text on the translucent colour with the
 * category's underline style, so the legend reads without the colours too.
 */
export function CategoryMarker({ category, color }: { category: Category; color: string }) {
  return (
    <span class="marker" aria-hidden="true" style={inkStyle(color)}>
      <span class="marker-glyph">{CATEGORY_GLYPH[category]}</span>
      <span class="marker-sample" style={{ textDecorationStyle: CATEGORY_UNDERLINE[category] }}>
        Aa
      </span>
    </span>
  );
}

/** The category's glyph alone, in its readable ink: beside a source or a claim. */
export function CategoryGlyph({ category, color }: { category: Category; color: string }) {
  return (
    <span class="marker-glyph" aria-hidden="true" style={inkStyle(color)}>
      {CATEGORY_GLYPH[category]}
    </span>
  );
}
