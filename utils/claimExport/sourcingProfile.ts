import { CATEGORIES, type Attribution, type Category } from '../attribution/types';

/** How an article is sourced: what the popup's profile shows and the CLI's --summary prints. */
export interface SourcingProfile {
  claims: number;
  counts: Record<Category, number>;
  /** Anonymous claims over all claims, 0 to 1; null for an article without claims. */
  anonymousShare: number | null;
  /** Sources told apart by who they are (the resolved entity, else the mention), unstated ones not counted. */
  distinctSources: number;
}

/** What a profile needs of an attribution: its category and who stands behind it (the engine's, or the popup's copy). */
type ProfiledAttribution = Pick<Attribution, 'category' | 'resolvedSource'> & { source: { text: string } | null };

/** The key two names share when they are one source: "Peter Cook" and "peter  cook" alike; null for no name. */
export function entityKey(name: string | null | undefined): string | null {
  const key = name?.replace(/\s+/g, ' ').trim().toLowerCase();
  return key || null;
}

/** The key two claims share when they come from one source: the entity the engine resolved, else the mention. */
export function sourceKey(a: ProfiledAttribution): string | null {
  return entityKey(a.resolvedSource ?? a.source?.text);
}

export function sourcingProfile(attributions: readonly ProfiledAttribution[]): SourcingProfile {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  const sources = new Set<string>();
  for (const a of attributions) {
    counts[a.category] += 1;
    const key = sourceKey(a);
    if (key) sources.add(key);
  }
  const claims = attributions.length;
  return { claims, counts, anonymousShare: claims ? counts.anonymous / claims : null, distinctSources: sources.size };
}

/** The columns of a profile as a table prints them, after the columns that say which article or group it is. */
export const PROFILE_COLUMNS = ['claims', ...CATEGORIES, 'anonymous_share', 'distinct_sources'] as const;

export type ProfileColumn = (typeof PROFILE_COLUMNS)[number];

/** A profile as a JSON object keyed like the table's columns; the share a number, null without claims. */
export function profileRecord(profile: SourcingProfile): Record<ProfileColumn, number | null> {
  return {
    claims: profile.claims,
    ...profile.counts,
    anonymous_share: profile.anonymousShare,
    distinct_sources: profile.distinctSources,
  };
}

/** A profile's cells in the order of PROFILE_COLUMNS; the share with three decimals, empty without claims. */
export function profileCells(profile: SourcingProfile): string[] {
  return [
    String(profile.claims),
    ...CATEGORIES.map((c) => String(profile.counts[c])),
    profile.anonymousShare === null ? '' : profile.anonymousShare.toFixed(3),
    String(profile.distinctSources),
  ];
}

/**
 * Profiles of many articles added up, as one group of a --group-by table: counts and claims summed, the share
 * pooled over all their claims, distinct sources summed over articles (the same name in two articles is
 * two sources: an unnamed "senior official" in one story is nobody's in the next).
 */
export function addProfiles(total: SourcingProfile, profile: SourcingProfile): SourcingProfile {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, total.counts[c] + profile.counts[c]])) as Record<Category, number>;
  const claims = total.claims + profile.claims;
  return { claims, counts, anonymousShare: claims ? counts.anonymous / claims : null, distinctSources: total.distinctSources + profile.distinctSources };
}

export const emptyProfile = (): SourcingProfile => sourcingProfile([]);
