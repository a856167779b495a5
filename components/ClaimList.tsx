import { CATEGORIES, type Category } from '../utils/attribution/types';
import { CATEGORY_LABELS } from '../utils/categoryStyle';
import type { ClaimSummary } from '../utils/messages';
import { claimEntries, type ClaimEntry } from '../utils/sourcing';
import { CategoryGlyph, CategoryMarker } from './CategoryMarker';
import { GroupedListbox } from './GroupedListbox';

interface ClaimListProps {
  claims: ClaimSummary[];
  colors: Record<Category, string>;
  /** Which categories are highlighted on the page: the others stay listed, dimmed. */
  shown: Record<Category, boolean>;
  onReveal: (claim: ClaimSummary) => void;
  /** Told the id of the claim the list's selection is on. */
  onActive?: (id: number) => void;
  autoFocus?: boolean;
}

export const claimOptionId = (id: number) => `claim-${id}`;

/**
 * One entry per passage (a passage attributed twice is listed once, with both sources), grouped by the category of
 * its first claim, in the product's order; within a group, in page order.
 */
export function groupClaims(claims: ClaimSummary[]): { category: Category; entries: ClaimEntry<ClaimSummary>[] }[] {
  const entries = claimEntries(claims);
  return CATEGORIES.map((category) => ({ category, entries: entries.filter((e) => e.claims[0]!.category === category) })).filter(
    (group) => group.entries.length > 0,
  );
}

export function ClaimList({ claims, colors, shown, onReveal, onActive, autoFocus }: ClaimListProps) {
  const groups = groupClaims(claims).map(({ category, entries }) => ({
    key: `group-${category}`,
    data: { shown: String(shown[category]) },
    title: (
      <>
        <CategoryMarker category={category} color={colors[category]} />
        <span class="claim-group-label">{CATEGORY_LABELS[category]}</span>
        {!shown[category] && <span class="claim-group-off">highlights off</span>}
      </>
    ),
    options: entries.map((entry) => ({
      id: claimOptionId(entry.id),
      data: { testid: 'claim', category, claims: entry.claims.map((c) => c.id).join(' ') },
      onChoose: () => onReveal(entry.claims[0]!),
      content: () => <EntryContent entry={entry} colors={colors} />,
    })),
  }));
  return (
    <GroupedListbox
      label="Claims on this page"
      testId="claim-list"
      groups={groups}
      autoFocus={autoFocus}
      onActive={(id) => onActive?.(Number(id.replace(/^claim-/, '')))}
    />
  );
}

function EntryContent({ entry, colors }: { entry: ClaimEntry<ClaimSummary>; colors: Record<Category, string> }) {
  const [lead] = entry.claims;
  const several = entry.claims.length > 1;
  return (
    <>
      {entry.claims.map((claim) => (
        <span class="claim-source" key={claim.id}>
          {several && <CategoryGlyph category={claim.category} color={colors[claim.category]} />}
          <SourceName claim={claim} />
          <span class="claim-cue"> {claim.cue}</span>
        </span>
      ))}
      <span class="claim-snippet">{lead!.snippet}</span>
    </>
  );
}

/** Who stands behind a claim: "he" resolved to "Pentagon spokesman Peter Cook" shows both, the page says the first. */
export function SourceName({ claim }: { claim: ClaimSummary }) {
  const who = claim.resolvedSource ?? claim.source;
  const asWritten = claim.resolvedSource && claim.source && claim.source !== claim.resolvedSource ? claim.source : null;
  return (
    <>
      {who ?? <em>Source not named</em>}
      {asWritten && <span class="claim-as-written"> (“{asWritten}”)</span>}
    </>
  );
}
