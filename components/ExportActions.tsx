import { claimsCsv, claimsJson, claimsMarkdown, type ClaimRow } from '../utils/claimExport';
import { copyText, downloadText, exportFileName } from '../utils/extension/takeAway';

interface ExportActionsProps {
  /** Every claim of the page in full; null until the content script has answered. */
  rows: ClaimRow[] | null;
  onDone: (note: string) => void;
}

/** Copy as Markdown, Download CSV, Download JSON: made here in the popup from the page's claims, nothing sent anywhere. */
export function ExportActions({ rows, onDone }: ExportActionsProps) {
  const ready = rows !== null && rows.length > 0;
  const save = (extension: string, type: string, format: (rows: ClaimRow[]) => string) => {
    if (!ready) return;
    downloadText(exportFileName(rows[0]!.url, rows[0]!.scannedAt, extension), format(rows), type);
  };
  const copy = () => {
    if (!ready) return;
    copyText(claimsMarkdown(rows)).then(
      () => onDone(`Copied ${rows.length === 1 ? '1 claim' : `${rows.length} claims`} as a Markdown table.`),
      () => onDone('The browser did not let Sourcelight write to the clipboard.'),
    );
  };
  return (
    <div class="export" role="group" aria-label="Take the claims away">
      <button type="button" class="secondary" disabled={!ready} onClick={copy} data-testid="copy-markdown">
        Copy as Markdown
      </button>
      <button type="button" class="secondary" disabled={!ready} onClick={() => save('csv', 'text/csv', claimsCsv)} data-testid="download-csv">
        Download CSV
      </button>
      <button type="button" class="secondary" disabled={!ready} onClick={() => save('json', 'application/json', claimsJson)} data-testid="download-json">
        Download JSON
      </button>
    </div>
  );
}
