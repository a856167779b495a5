import type { Span } from '../attribution/types';

/** What merging needs of a listed claim: its id (the engine's order) and where its text sits in the article. */
export interface PlacedClaim {
  id: number;
  claim: Span;
}

/** One entry of the popup's list: a passage of the article and every attribution of it, the first one leading. */
export interface ClaimEntry<T extends PlacedClaim> {
  /** The leading claim's id: the page paints a passage attributed twice under its first claim, so it reveals there. */
  id: number;
  claims: T[];
}

/**
 * The claims as entries of a list, one per passage: claims whose text overlaps ("Slotkin noted U.S. concern…" and
 * "Cook said Slotkin noted U.S. concern…") are one entry with all their sources. Entries in text order, each entry's
 * claims in the engine's order.
 */
export function claimEntries<T extends PlacedClaim>(claims: readonly T[]): ClaimEntry<T>[] {
  const byStart = [...claims].sort((a, b) => a.claim.start - b.claim.start || a.id - b.id);
  const passages: { end: number; claims: T[] }[] = [];
  for (const claim of byStart) {
    const last = passages.at(-1);
    if (last && claim.claim.start < last.end) {
      last.claims.push(claim);
      last.end = Math.max(last.end, claim.claim.end);
    } else {
      passages.push({ end: claim.claim.end, claims: [claim] });
    }
  }
  return passages.map((p) => {
    const ordered = p.claims.sort((a, b) => a.id - b.id);
    return { id: ordered[0]!.id, claims: ordered };
  });
}
