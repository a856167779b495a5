import { sourcingProfile, type SourcingProfile } from '../claimExport';
import type { SourcedClaim } from './sourceGroups';

/** The sourcing profile (the CLI's --summary) of the claims as the popup holds them, their sources as plain strings. */
export function summaryProfile(claims: readonly SourcedClaim[]): SourcingProfile {
  return sourcingProfile(claims.map((c) => ({ category: c.category, resolvedSource: c.resolvedSource, source: c.source === null ? null : { text: c.source } })));
}

/** The share of claims on the record (official, named, document), 0 to 1; null without claims. */
export function onRecordShare(profile: SourcingProfile): number | null {
  return profile.anonymousShare === null ? null : 1 - profile.anonymousShare;
}
