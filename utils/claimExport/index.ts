// Claims of a page as rows to take away (CSV, Markdown, JSON) and the page's sourcing profile.
// Plain data in, strings out: no DOM and no browser API, so the popup and the CLI share it.
export { CLAIM_COLUMNS, claimRowCells, claimRowObject, claimRows, type ClaimColumnKey, type ClaimRow, type ExportedAttribution, type PageMeta } from './claimRows';
export { CLAIMS_CSV_HEADER, claimsCsv, csvField, csvRecord } from './csv';
export { claimsJson } from './json';
export { wrongHighlightReport } from './wrongReport';
export { claimsMarkdown, markdownCell, markdownHeader, markdownRow } from './markdown';
export { addProfiles, emptyProfile, entityKey, PROFILE_COLUMNS, profileCells, profileRecord, sourceKey, sourcingProfile, type ProfileColumn, type SourcingProfile } from './sourcingProfile';
