import { CLAIM_COLUMNS, claimRowCells, type ClaimRow } from './claimRows';

/**
 * A cell on one line whose text renders as written: a pipe would end the cell, and Markdown's
 * emphasis, code, link and HTML characters from a web page would restyle or link what the reader pastes.
 */
export function markdownCell(value: string): string {
  return value.replace(/\s+/g, ' ').trim().replace(/[\\|`*_~[\]<>&]/g, (c) => `\\${c}`);
}

export function markdownRow(cells: readonly string[]): string {
  return `| ${cells.map(markdownCell).join(' | ')} |\n`;
}

/** The header row and the delimiter row of a table with these column labels. */
export function markdownHeader(labels: readonly string[]): string {
  return markdownRow(labels) + `|${labels.map(() => ' --- |').join('')}\n`;
}

/** A page's claims as a Markdown table (GitHub-flavoured, as chat tools, CMSes and docs paste it). */
export function claimsMarkdown(rows: readonly ClaimRow[]): string {
  return markdownHeader(CLAIM_COLUMNS.map((c) => c.label)) + rows.map((row) => markdownRow(claimRowCells(row))).join('');
}
