import { CATEGORIES, type Attribution, type Category } from '../../attribution/types';
import { CATEGORY_LABELS } from '../../categoryStyle';
import type { ClaimSource, ClaimSummary } from '../../messages';

export const SNIPPET_MAX = 140;

/** Who stands behind a claim and the words that say so: what the popup lists and the tooltip shows. */
export function claimSource(attribution: Attribution): ClaimSource {
  return {
    category: attribution.category,
    source: attribution.source?.text ?? null,
    resolvedSource: attribution.resolvedSource,
    cue: attribution.cue.text,
  };
}

/** The same in one sentence, for screen readers on the claim's lead mark. */
export function claimLabel(attribution: Attribution | undefined): string {
  if (!attribution) return '';
  const { category, source, resolvedSource, cue } = claimSource(attribution);
  const refersTo = resolvedSource && resolvedSource !== source ? ` (${resolvedSource})` : '';
  return `${CATEGORY_LABELS[category]} source: ${source ?? 'unstated source'}${refersTo}, cue "${cue}"`;
}

/** The claim's text on one line, cut to SNIPPET_MAX characters with an ellipsis. */
export function snippetOf(text: string, attribution: Attribution): string {
  const claim = text.slice(attribution.claim.start, attribution.claim.end).replace(/\s+/g, ' ').trim();
  return claim.length <= SNIPPET_MAX ? claim : `${claim.slice(0, SNIPPET_MAX - 1).trimEnd()}…`;
}

/** The claims as the popup lists them; a claim's id is its index in the engine's list. */
export function claimSummaries(text: string, attributions: Attribution[]): ClaimSummary[] {
  return attributions.map((a, id) => ({ id, ...claimSource(a), snippet: snippetOf(text, a), claim: { start: a.claim.start, end: a.claim.end } }));
}

export function countByCategory(attributions: Attribution[]): Record<Category, number> {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const a of attributions) counts[a.category] += 1;
  return counts;
}
