import { useCallback, useLayoutEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Category } from '../utils/attribution/types';
import type { ClaimRow } from '../utils/claimExport';
import { sendToTab, type ClaimSummary, type PageState } from '../utils/messages';
import { isDeclaredSite } from '../utils/extension/declaredMatches';
import { pageAccess } from '../utils/extension/pageAccess';
import { requestSiteAccess } from '../utils/extension/permissions';
import { scanTab, type TabOpening, type TargetTab } from '../utils/extension/popupTab';
import { loadSettings, type Settings } from '../utils/settings';
import { hostOf, listCoversHost } from '../utils/siteHosts';
import { CategoryChips } from './CategoryChips';
import { PageClaims } from './PageClaims';
import { SourcingProfile } from './SourcingProfile';
import { Switch } from './Switch';
import { useSettings } from './useSettings';

/** What the popup can say about the tab. */
export type View =
  | { kind: 'loading' }
  | { kind: 'no-tab' }
  | { kind: 'restricted' }
  | { kind: 'not-scanned'; file: boolean; failed: boolean }
  | { kind: 'scanning' }
  | { kind: 'page'; state: PageState };

/** The popup, for the tab and page state `opening` asked for (openOnTab: asked before this code even runs). */
export function Popup({ opening }: { opening: TabOpening }) {
  const [tab, setTab] = useState<TargetTab | null>(null);
  const [view, setView] = useState<View>({ kind: 'loading' });
  const { settings, save, failure } = useSettings();
  const [note, setNote] = useState<string | null>(null);

  // A layout effect takes the answers at once; a plain effect would wait for the first paint.
  useLayoutEffect(() => {
    void (async () => {
      const target = await opening.tab;
      // Marks for bench/popupBench.ts, which splits the popup's opening time into its steps.
      performance.mark('sourcelight:popup-tab');
      setTab(target);
      if (!target) return setView({ kind: 'no-tab' });
      const access = pageAccess(target.url);
      if (access === 'restricted') return setView({ kind: 'restricted' });
      const state = await opening.state;
      performance.mark('sourcelight:popup-state');
      setView(state ? { kind: 'page', state } : { kind: 'not-scanned', file: access === 'file', failed: false });
    })();
  }, [opening]);
  // The list is in the DOM: the last of the marks the bench reads.
  useLayoutEffect(() => {
    if (view.kind === 'page') performance.mark('sourcelight:popup-list');
  }, [view]);

  const site = hostOf(tab?.url);
  const access = pageAccess(tab?.url);

  const scan = async () => {
    if (!tab) return;
    setView({ kind: 'scanning' });
    const state = await scanTab(tab.id).catch(() => null);
    setView(state ? { kind: 'page', state } : { kind: 'not-scanned', file: access === 'file', failed: true });
  };

  // The permission prompt only opens inside the click's user gesture: request before anything else is awaited.
  const alwaysScan = () => {
    if (!site) return;
    const granted = requestSiteAccess(site);
    void granted
      .then(
      async (ok) => {
        if (!ok) return setNote('Sourcelight was not given access to this site.');
        const current = await loadSettings();
        if (!listCoversHost(current.alwaysScanSites, site)) {
          // A refused save is shown by the failure line.
          if (!(await save({ alwaysScanSites: [...current.alwaysScanSites, site] }))) return;
        }
        setNote('Sourcelight will scan this site whenever you open it.');
        if (view.kind !== 'page') await scan();
      },
      () => setNote('Sourcelight could not ask for access to this site.'),
      )
      .catch(() => setNote('Sourcelight could not read its settings.'));
  };

  // One function while the tab stays, so a note or a settings change does not make the list render every claim again.
  const reveal = useCallback(
    (claim: ClaimSummary) => {
      if (!tab) return;
      void sendToTab(tab.id, 'revealClaim', { id: claim.id })
        .catch(() => false)
        .then((shown) => setNote(shown ? null : 'That claim is no longer on the page. Reopen Sourcelight for the current list.'));
    },
    [tab],
  );

  const toggleCategory = (category: Category, shown: boolean) => void save({ shown: { ...settings.shown, [category]: shown } });
  const toggleAll = (enabled: boolean) => void save({ enabled });

  const counts = view.kind === 'page' && view.state.status === 'scanned' ? view.state.counts : null;
  const listed = view.kind === 'page' && view.state.status === 'scanned' && view.state.claims.length ? view.state.claims : null;
  const never = listCoversHost(settings.neverScanSites, site);
  // A news site on the list is scanned anyway; a site on the never list is the user's choice, changed in the options.
  const url = tab?.url;
  const canAlwaysScan =
    url !== undefined &&
    site !== null &&
    access === 'allowed' &&
    view.kind !== 'loading' &&
    !never &&
    !listCoversHost(settings.alwaysScanSites, site) &&
    !isDeclaredSite(url);

  return (
    <main class="popup" aria-busy={view.kind === 'loading' || view.kind === 'scanning'}>
      <header class="popup-header">
        <h1>Sourcelight</h1>
        <Switch label="Highlights" checked={settings.enabled} onChange={toggleAll} testId="switch-enabled" />
      </header>
      {listed && <SourcingProfile claims={listed} colors={settings.colors} />}
      <CategoryChips
        counts={counts}
        colors={settings.colors}
        shown={settings.shown}
        disabled={!settings.enabled}
        onToggle={toggleCategory}
      />
      <p class="visually-hidden" role="status" data-testid="summary">
        {summary(view)}
      </p>
      <section class="popup-body">
        <Body
          view={view}
          settings={settings}
          never={never}
          onScan={scan}
          onReveal={reveal}
          loadRows={() => (tab ? sendToTab(tab.id, 'getClaimRows', null) : Promise.resolve([]))}
          onNote={setNote}
        />
      </section>
      {note && (
        <p class="note" role="status">
          {note}
        </p>
      )}
      {failure && (
        <p class="note error" role="alert" data-testid="save-failure">
          {failure}
        </p>
      )}
      <footer class="popup-footer">
        {canAlwaysScan && (
          <button type="button" class="link-button" onClick={alwaysScan}>
            Always scan this site
          </button>
        )}
        <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          Settings
        </button>
      </footer>
    </main>
  );
}

/**
 * One sentence for screen readers when the popup settles: a live region around the whole list would read every
 * claim aloud.
 */
function summary(view: View): string {
  if (view.kind !== 'page') return '';
  if (view.state.status === 'no-article') return 'No article found on this page.';
  const count = view.state.claims.length;
  return count === 1 ? '1 claim found.' : `${count} claims found.`;
}

interface BodyProps {
  view: View;
  settings: Settings;
  never: boolean;
  onScan: () => void;
  onReveal: (claim: ClaimSummary) => void;
  loadRows: () => Promise<ClaimRow[]>;
  onNote: (note: string) => void;
}

function Body({ view, settings, never, onScan, onReveal, loadRows, onNote }: BodyProps) {
  const scanButton = (
    <button type="button" class="primary" onClick={onScan}>
      Scan this page
    </button>
  );
  switch (view.kind) {
    case 'loading':
      return <p class="empty">Reading this page…</p>;
    case 'scanning':
      return <p class="empty">Scanning this page…</p>;
    case 'no-tab':
      return <p class="empty" data-testid="state-no-tab">There is no page to read here.</p>;
    case 'restricted':
      return (
        <p class="empty" data-testid="state-restricted">
          Browsers do not let extensions read this kind of page (browser settings, other extensions, add-on stores).
        </p>
      );
    case 'not-scanned':
      // The content script stays off a never-scanned site even when injected: the choice is undone in the options.
      if (never) {
        return (
          <p class="empty" data-testid="state-never">
            You chose never to scan this site. Remove it from “Sites never scanned” in Settings to scan it.
          </p>
        );
      }
      return (
        <div class="empty" data-testid="state-not-scanned">
          <p>
            {!view.failed
              ? 'Sourcelight reads the news sites it knows by itself. Scan this page to find its claims.'
              : view.file
                ? 'Sourcelight cannot read local files until you turn on “Allow access to file URLs” for it in the browser’s extension settings.'
                : 'Sourcelight could not read this page.'}
          </p>
          {scanButton}
        </div>
      );
    case 'page':
      if (view.state.status === 'no-article') {
        return (
          <div class="empty" data-testid="state-no-article">
            <p>No article found on this page.</p>
            {scanButton}
          </div>
        );
      }
      if (!view.state.claims.length) {
        return (
          <p class="empty" data-testid="state-no-claims">
            No attributed claims found in this article.
          </p>
        );
      }
      return (
        <PageClaims
          claims={view.state.claims}
          colors={settings.colors}
          shown={settings.shown}
          onReveal={onReveal}
          loadRows={loadRows}
          onNote={onNote}
        />
      );
  }
}
