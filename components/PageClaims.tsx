import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Category } from '../utils/attribution/types';
import { wrongHighlightReport, type ClaimRow } from '../utils/claimExport';
import { copyText } from '../utils/extension/takeAway';
import type { ClaimSummary } from '../utils/messages';
import { ClaimList } from './ClaimList';
import { ExportActions } from './ExportActions';
import { SourceList } from './SourceList';

type Listing = 'claims' | 'sources';
const LISTINGS: { id: Listing; label: string }[] = [
  { id: 'claims', label: 'Claims' },
  { id: 'sources', label: 'Sources' },
];

interface PageClaimsProps {
  claims: ClaimSummary[];
  colors: Record<Category, string>;
  shown: Record<Category, boolean>;
  onReveal: (claim: ClaimSummary) => void;
  /** Every claim in full from the content script, asked for once the list is on screen. */
  loadRows: () => Promise<ClaimRow[]>;
  onNote: (note: string) => void;
}

/** A scanned article with claims: the claims or their sources (two tabs), and what to take away. */
export function PageClaims({ claims, colors, shown, onReveal, loadRows, onNote }: PageClaimsProps) {
  const [listing, setListing] = useState<Listing>('claims');
  const [rows, setRows] = useState<ClaimRow[] | null>(null);
  const [active, setActive] = useState<number | null>(null);
  const switched = useRef(false);

  // A plain effect: after the first paint, so the list never waits for the full claims.
  useEffect(() => {
    loadRows().then(setRows, () => setRows([]));
  }, []);

  const choose = (next: Listing) => {
    switched.current = true;
    setListing(next);
    document.getElementById(`tab-${next}`)?.focus();
  };
  const onTabKey = (event: KeyboardEvent) => {
    const index = LISTINGS.findIndex((l) => l.id === listing);
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    choose(LISTINGS[(index + step + LISTINGS.length) % LISTINGS.length]!.id);
  };
  const report = () => {
    const row = active === null ? undefined : rows?.[active];
    if (!row) return;
    copyText(wrongHighlightReport(row)).then(
      () => onNote('Copied a report of this claim to the clipboard: paste it into an issue. Nothing was sent.'),
      () => onNote('The browser did not let Sourcelight write to the clipboard.'),
    );
  };

  // The same element while the listing's inputs stay: the full rows arriving and the selection moving render this
  // component again, and would otherwise make the list work through every claim again.
  const listed = useMemo(() => {
    const list = { claims, colors, onReveal, onActive: setActive, autoFocus: !switched.current };
    return listing === 'claims' ? <ClaimList {...list} shown={shown} /> : <SourceList {...list} />;
  }, [listing, claims, colors, shown, onReveal]);
  return (
    <>
      <div class="tabs" role="tablist" aria-label="List the page's claims by" onKeyDown={onTabKey}>
        {LISTINGS.map(({ id, label }) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tab-${id}`}
            class="tab"
            aria-selected={listing === id}
            aria-controls="listing-panel"
            tabIndex={listing === id ? 0 : -1}
            data-testid={`tab-${id}`}
            onClick={() => choose(id)}
          >
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="listing-panel" class="listing" aria-labelledby={`tab-${listing}`}>
        {listed}
      </div>
      <div class="claim-actions">
        <button type="button" class="link-button" disabled={active === null || !rows?.[active]} onClick={report} data-testid="report-wrong">
          This is wrong: copy a report
        </button>
      </div>
      <ExportActions rows={rows} onDone={onNote} />
    </>
  );
}
