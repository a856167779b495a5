import { claimRowObject, type ClaimRow } from './claimRows';

/** A page's claims as a JSON array of row objects, keyed like the CSV header. */
export function claimsJson(rows: readonly ClaimRow[]): string {
  return `${JSON.stringify(rows.map(claimRowObject), null, 2)}\n`;
}
