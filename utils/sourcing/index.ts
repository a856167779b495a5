// How an article is sourced, from the claims the popup holds: one entry per passage, one row per source, the profile.
// Plain data in and out: no DOM, no browser API.
export { claimEntries, type ClaimEntry, type PlacedClaim } from './claimEntries';
export { sourceGroups, type SourceGroup, type SourcedClaim } from './sourceGroups';
export { onRecordShare, summaryProfile } from './summaryProfile';
