import type { Attribution, Category } from '../attribution/types';

/** The page a list of claims was found on, as an export names it. */
export interface PageMeta {
  title: string;
  url: string;
  /** When the page was scanned, as ISO 8601 (`new Date().toISOString()`). */
  scannedAt: string;
}

/** One claim of a page, flat, as every export format holds it. */
export interface ClaimRow {
  category: Category;
  /** The source as written ("he", "two sources"), or null when the article names none. */
  source: string | null;
  /** Who the source is: the engine's resolution of a pronoun or surname, else the source as written. */
  entity: string | null;
  cue: string;
  /** The claim in full, on one line. */
  claim: string;
  title: string;
  url: string;
  scannedAt: string;
}

/** The columns of an export in order, each with the key a CSV header or JSON object uses. */
export const CLAIM_COLUMNS = [
  { key: 'category', label: 'Category' },
  { key: 'source', label: 'Source' },
  { key: 'cue', label: 'Cue' },
  { key: 'claim', label: 'Claim' },
  { key: 'entity', label: 'Entity' },
  { key: 'title', label: 'Page' },
  { key: 'url', label: 'URL' },
  { key: 'scanned_at', label: 'Scanned at' },
] as const;

export type ClaimColumnKey = (typeof CLAIM_COLUMNS)[number]['key'];

/** What a row needs of an attribution: the engine's `Attribution`, or any record with the same fields. */
export type ExportedAttribution = Pick<Attribution, 'category' | 'cue' | 'source' | 'claim' | 'resolvedSource'>;

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The rows of a page's claims in text order; `text` is the text the attributions' offsets index. */
export function claimRows(text: string, attributions: readonly ExportedAttribution[], page: PageMeta): ClaimRow[] {
  return attributions.map((a) => {
    const source = a.source ? oneLine(a.source.text) : null;
    return {
      category: a.category,
      source,
      entity: a.resolvedSource ? oneLine(a.resolvedSource) : source,
      cue: oneLine(a.cue.text),
      claim: oneLine(text.slice(a.claim.start, a.claim.end)),
      title: oneLine(page.title),
      url: page.url,
      scannedAt: page.scannedAt,
    };
  });
}

/** A row's cells in the order of CLAIM_COLUMNS; an unstated source is an empty cell. */
export function claimRowCells(row: ClaimRow): string[] {
  return [row.category, row.source ?? '', row.cue, row.claim, row.entity ?? '', row.title, row.url, row.scannedAt];
}

/** A row as a JSON object keyed like the CSV header, so both formats name a field alike. */
export function claimRowObject(row: ClaimRow): Record<ClaimColumnKey, string | null> {
  return {
    category: row.category,
    source: row.source,
    cue: row.cue,
    claim: row.claim,
    entity: row.entity,
    title: row.title,
    url: row.url,
    scanned_at: row.scannedAt,
  };
}
