import type { Attribution, Category } from '../attribution/types';
import { emptyCounts, type ClaimSummary } from '../messages';

export const SNIPPET_MAX = 140;

/** The claim's text on one line, cut to SNIPPET_MAX characters with an ellipsis. */
export function snippetOf(text: string, attribution: Attribution): string {
  const claim = text.slice(attribution.claim.start, attribution.claim.end).replace(/\s+/g, ' ').trim();
  return claim.length <= SNIPPET_MAX ? claim : `${claim.slice(0, SNIPPET_MAX - 1).trimEnd()}…`;
}

/** The claims as the popup lists them; a claim's id is its index in the engine's list. */
export function claimSummaries(text: string, attributions: Attribution[]): ClaimSummary[] {
  return attributions.map((a, id) => ({
    id,
    category: a.category,
    source: a.source?.text ?? null,
    resolvedSource: a.resolvedSource,
    cue: a.cue.text,
    snippet: snippetOf(text, a),
  }));
}

export function countByCategory(attributions: Attribution[]): Record<Category, number> {
  const counts = emptyCounts();
  for (const a of attributions) counts[a.category] += 1;
  return counts;
}

/**
 * The claim after (direction 1) or before (-1) `current` in `orderedIds` (the claims shown, in reading order),
 * wrapping around; from nowhere, or from a claim no longer shown, the first or the last. Null when nothing is shown.
 */
export function stepClaimId(orderedIds: number[], current: number | null, direction: 1 | -1): number | null {
  const count = orderedIds.length;
  if (!count) return null;
  const index = current === null ? -1 : orderedIds.indexOf(current);
  if (index === -1) return direction === 1 ? orderedIds[0]! : orderedIds[count - 1]!;
  return orderedIds[(index + direction + count) % count]!;
}
