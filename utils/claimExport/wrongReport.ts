import type { ClaimRow } from './claimRows';

/**
 * What a reader copies for an issue report when a highlight is wrong: the sentence, what Sourcelight said of it, and
 * a place to say what it should be. Only the claim and its page: nothing else of the reader's browsing.
 */
export function wrongHighlightReport(row: ClaimRow): string {
  const report = {
    sentence: row.claim,
    url: row.url,
    scanned_at: row.scannedAt,
    we_said: { category: row.category, source: row.source, entity: row.entity, cue: row.cue },
    should_be: 'anonymous, official, named, document, another source, or not a claim: say which and why',
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
