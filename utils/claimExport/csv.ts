import { CLAIM_COLUMNS, claimRowCells, type ClaimRow } from './claimRows';

/**
 * Spreadsheets run a cell that starts with one of these as a formula; text from a web page must not
 * (OWASP's CSV injection advice: such a cell gets a leading apostrophe, which spreadsheets hide).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field per RFC 4180: quoted when it holds a comma, a quote or a line break, quotes doubled. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One record: fields joined by commas, ended by CRLF as RFC 4180 has it. */
export function csvRecord(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

/** The header record of a claims export: `category,source,cue,claim,entity,title,url,scanned_at`. */
export const CLAIMS_CSV_HEADER = csvRecord(CLAIM_COLUMNS.map((c) => c.key));

/** A page's claims as a CSV document with its header row. */
export function claimsCsv(rows: readonly ClaimRow[]): string {
  return CLAIMS_CSV_HEADER + rows.map((row) => csvRecord(claimRowCells(row))).join('');
}
