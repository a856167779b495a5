import { CATEGORIES, type Category } from '../utils/attribution/types';
import { CATEGORY_LABELS } from '../utils/categoryStyle';
import { CategoryMarker } from './CategoryMarker';
import { Switch } from './Switch';

interface CategoryChipsProps {
  counts: Record<Category, number> | null;
  colors: Record<Category, string>;
  shown: Record<Category, boolean>;
  disabled: boolean;
  onToggle: (category: Category, shown: boolean) => void;
}

/** One row per category, in the product's order: its marker, name, count on this page and its on/off switch. */
export function CategoryChips({ counts, colors, shown, disabled, onToggle }: CategoryChipsProps) {
  return (
    <ul class="chips" aria-label="Claims by source">
      {CATEGORIES.map((category) => (
        <li class="chip" key={category} data-category={category} data-testid={`chip-${category}`}>
          <CategoryMarker category={category} color={colors[category]} />
          <span class="chip-label">{CATEGORY_LABELS[category]}</span>
          {counts && (
            <span class="chip-count" data-testid={`count-${category}`} aria-label={`${counts[category]} ${CATEGORY_LABELS[category].toLowerCase()}`}>
              {counts[category]}
            </span>
          )}
          <Switch
            label={`${CATEGORY_LABELS[category]} highlights`}
            checked={shown[category]}
            disabled={disabled}
            testId={`switch-${category}`}
            onChange={(value) => onToggle(category, value)}
          />
        </li>
      ))}
    </ul>
  );
}
