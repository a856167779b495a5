import type { Category } from '../utils/attribution/types';
import { CATEGORY_GLYPH, CATEGORY_UNDERLINE } from '../utils/categoryStyle';

/**
 * A small sample of how the page marks the category: its glyph, then text on the translucent colour with the
 * category's underline style, so the legend reads without the colours too.
 */
export function CategoryMarker({ category, color }: { category: Category; color: string }) {
  return (
    <span class="marker" aria-hidden="true" style={{ '--marker-color': color }}>
      <span class="marker-glyph">{CATEGORY_GLYPH[category]}</span>
      <span class="marker-sample" style={{ textDecorationStyle: CATEGORY_UNDERLINE[category] }}>
        Aa
      </span>
    </span>
  );
}
