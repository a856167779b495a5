import type { Category } from '../utils/attribution/types';
import { CATEGORY_LABELS } from '../utils/categoryStyle';
import type { ClaimSummary } from '../utils/messages';
import { sourceGroups } from '../utils/sourcing';
import { CategoryGlyph } from './CategoryMarker';
import { GroupedListbox } from './GroupedListbox';

interface SourceListProps {
  claims: ClaimSummary[];
  colors: Record<Category, string>;
  onReveal: (claim: ClaimSummary) => void;
  onActive?: (id: number) => void;
  autoFocus?: boolean;
}

/**
 * The Sources view: one group per distinct source (what the engine resolves to one entity is one source), with its
 * category, its role as written and its claim count, its claims beneath; choosing a claim reveals it on the page.
 */
export function SourceList({ claims, colors, onReveal, onActive, autoFocus }: SourceListProps) {
  const groups = sourceGroups(claims).map((source, index) => {
    const count = source.claims.length;
    return {
      key: `source-${index}`,
      data: { testid: 'source', category: source.category, count: String(count) },
      title: (
        <>
          <CategoryGlyph category={source.category} color={colors[source.category]} />
          <span class="source-name" data-testid="source-name">
            {source.name ?? <em>Source not named</em>}
          </span>
          <span class="visually-hidden">, {CATEGORY_LABELS[source.category].toLowerCase()}</span>
          {source.asWritten && <span class="claim-as-written source-role">“{source.asWritten}”</span>}
          <span class="source-count" data-testid="source-count" aria-label={count === 1 ? '1 claim' : `${count} claims`}>
            {count}
          </span>
        </>
      ),
      options: source.claims.map((claim) => ({
        id: `source-claim-${claim.id}`,
        data: { testid: 'source-claim', claim: String(claim.id) },
        onChoose: () => onReveal(claim),
        content: () => (
          <>
            <span class="claim-cue">{claim.cue}</span>
            <span class="claim-snippet">{claim.snippet}</span>
          </>
        ),
      })),
    };
  });
  return (
    <GroupedListbox
      label="Sources on this page"
      testId="source-list"
      groups={groups}
      autoFocus={autoFocus}
      onActive={(id) => onActive?.(Number(id.replace(/^source-claim-/, '')))}
    />
  );
}
