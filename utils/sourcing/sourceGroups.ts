import { CATEGORIES, type Category } from '../attribution/types';
import { entityKey } from '../claimExport';

/** What grouping needs of a listed claim: who the engine says stands behind it. */
export interface SourcedClaim {
  id: number;
  category: Category;
  /** The source as written, or null when the article leaves it unstated. */
  source: string | null;
  /** Who that mention refers to, or null when the engine resolved it to nobody else. */
  resolvedSource: string | null;
}

/** One row of the Sources view: a source and its claims. */
export interface SourceGroup<T extends SourcedClaim> {
  /** The entity's key (entityKey), or '' for the claims whose source the article does not state. */
  key: string;
  /** Who it is: the engine's resolution, else the mention; null for unstated sources. */
  name: string | null;
  /** The fullest mention as written when it says more than the name ("Pentagon spokesman Peter Cook"): its role. */
  asWritten: string | null;
  /** The category most of its claims have (the first of them on a tie). */
  category: Category;
  claims: T[];
}

/**
 * The claims grouped by who stands behind them: the mentions the engine resolves to one entity ("Pentagon spokesman
 * Peter Cook", "Cook", "he") are one source, and unnamed sources are told apart by their description ("a senior
 * official", "two Lebanese sources"), the only identity the article gives them. The engine names entities but gives
 * them no id, so the key is the name, folded as the sourcing profile folds it: one row per distinct source it counts.
 * Most claims first, then in order of first appearance; within a source, claims in the engine's order.
 */
export function sourceGroups<T extends SourcedClaim>(claims: readonly T[]): SourceGroup<T>[] {
  const groups = new Map<string, SourceGroup<T>>();
  for (const claim of [...claims].sort((a, b) => a.id - b.id)) {
    const name = claim.resolvedSource ?? claim.source;
    const key = entityKey(name) ?? '';
    let group = groups.get(key);
    if (!group) {
      group = { key, name, asWritten: null, category: claim.category, claims: [] };
      groups.set(key, group);
    }
    group.claims.push(claim);
  }
  const order = [...groups.values()];
  for (const group of order) {
    group.category = mostCommonCategory(group.claims);
    group.asWritten = fullestMention(group);
  }
  // A stable sort: sources with as many claims stay in order of first appearance.
  return order.sort((a, b) => b.claims.length - a.claims.length);
}

function mostCommonCategory(claims: readonly SourcedClaim[]): Category {
  const counts = new Map<Category, number>();
  for (const c of claims) counts.set(c.category, (counts.get(c.category) ?? 0) + 1);
  let best = claims[0]!.category;
  for (const category of CATEGORIES) if ((counts.get(category) ?? 0) > (counts.get(best) ?? 0)) best = category;
  return best;
}

function fullestMention(group: SourceGroup<SourcedClaim>): string | null {
  let fullest: string | null = null;
  for (const { source } of group.claims) if (source && source.length > (fullest?.length ?? 0)) fullest = source;
  const folded = (s: string | null) => entityKey(s) ?? '';
  // A mention that only repeats the name ("the Pentagon" for "The Pentagon") says nothing more.
  return fullest && folded(fullest) !== folded(group.name) ? fullest.replace(/\s+/g, ' ').trim() : null;
}
