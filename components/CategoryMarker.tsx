import type { Category } from '@/utils/attribution/types';
import { CATEGORY_UNDERLINE } from '@/utils/categoryStyle';

/**
 * The category's colour and its underline style side by side, as the page draws them: the underline tells the
 * categories apart for readers who do not see the colours.
 */
export function CategoryMarker({ category, color }: { category: Category; color: string }) {
  return (
    <span
      class="marker"
      aria-hidden="true"
      style={{ backgroundColor: color, textDecorationStyle: CATEGORY_UNDERLINE[category] }}
    >
      Aa
    </span>
  );
}
