import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { CATEGORIES, type Category } from '../utils/attribution/types';
import { CATEGORY_LABELS } from '../utils/categoryStyle';
import type { ClaimSummary } from '../utils/messages';
import { CategoryMarker } from './CategoryMarker';

interface ClaimListProps {
  claims: ClaimSummary[];
  colors: Record<Category, string>;
  /** Which categories are highlighted on the page: the others stay listed, dimmed. */
  shown: Record<Category, boolean>;
  onReveal: (claim: ClaimSummary) => void;
}

const optionId = (claim: ClaimSummary) => `claim-${claim.id}`;

/** The claims grouped by category, in the product's order; within a group, in page order. */
export function groupClaims(claims: ClaimSummary[]): { category: Category; claims: ClaimSummary[] }[] {
  return CATEGORIES.map((category) => ({ category, claims: claims.filter((claim) => claim.category === category) })).filter(
    (group) => group.claims.length > 0,
  );
}

/**
 * A listbox: focus stays on the list and the active claim is announced through aria-activedescendant, so arrow
 * keys, Home and End move through the claims and Enter reveals one on the page. Every string comes from the page and
 * is rendered as a text node.
 */
export function ClaimList({ claims, colors, shown, onReveal }: ClaimListProps) {
  const groups = groupClaims(claims);
  const ordered = groups.flatMap((group) => group.claims);
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLDivElement>(null);
  const current = ordered[Math.min(active, ordered.length - 1)];

  // Focus starts on the list, so the arrow keys work as soon as the popup opens (a layout effect: before any paint).
  useLayoutEffect(() => {
    listRef.current?.focus();
  }, []);

  useEffect(() => {
    if (!current) return;
    listRef.current?.querySelector(`#${optionId(current)}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [current]);

  const onKeyDown = (event: KeyboardEvent) => {
    const last = ordered.length - 1;
    const index = Math.min(active, last);
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: last };
    if (event.key in moves) {
      event.preventDefault();
      setActive(Math.max(0, Math.min(last, moves[event.key]!)));
    } else if ((event.key === 'Enter' || event.key === ' ') && current) {
      event.preventDefault();
      onReveal(current);
    }
  };

  return (
    <div
      ref={listRef}
      class="claims"
      role="listbox"
      tabIndex={0}
      aria-label="Claims on this page"
      aria-activedescendant={current ? optionId(current) : undefined}
      data-testid="claim-list"
      onKeyDown={onKeyDown}
    >
      {groups.map((group) => (
        <div
          role="group"
          class="claim-group"
          key={group.category}
          aria-labelledby={`group-${group.category}`}
          data-shown={String(shown[group.category])}
        >
          <div class="claim-group-title" id={`group-${group.category}`} role="presentation">
            <CategoryMarker category={group.category} color={colors[group.category]} />
            <span class="claim-group-label">{CATEGORY_LABELS[group.category]}</span>
            {!shown[group.category] && <span class="claim-group-off">highlights off</span>}
          </div>
          {group.claims.map((claim) => (
            <ClaimOption
              key={claim.id}
              claim={claim}
              selected={claim === current}
              onClick={() => {
                setActive(ordered.indexOf(claim));
                onReveal(claim);
              }}
            />
          ))}
        </div>
      ))}
    </div>
  );
}

function ClaimOption({ claim, selected, onClick }: { claim: ClaimSummary; selected: boolean; onClick: () => void }) {
  const who = claim.resolvedSource ?? claim.source;
  // "he" resolved to "Pentagon spokesman Peter Cook": show both, the page says the first.
  const asWritten = claim.resolvedSource && claim.source && claim.source !== claim.resolvedSource ? claim.source : null;
  return (
    <div
      id={optionId(claim)}
      role="option"
      class="claim"
      aria-selected={selected}
      data-testid="claim"
      data-category={claim.category}
      onClick={onClick}
    >
      <span class="claim-source">
        {who ?? <em>Source not named</em>}
        {asWritten && <span class="claim-as-written"> (“{asWritten}”)</span>}
        <span class="claim-cue"> {claim.cue}</span>
      </span>
      <span class="claim-snippet">{claim.snippet}</span>
    </div>
  );
}
