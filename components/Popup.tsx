import { useLayoutEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Category } from '../utils/attribution/types';
import type { ClaimRow } from '../utils/claimExport';
import { sendToTab, type ClaimSummary, type PageState } from '../utils/messages';
import { isDeclaredSite } from '../utils/extension/declaredMatches';
import { listCoversOrigin, originOf } from '../utils/extension/origins';
import { pageAccess } from '../utils/extension/pageAccess';
import { requestSiteAccess } from '../utils/extension/permissions';
import { findTargetTab, readPageState, scanTab, type TargetTab } from '../utils/extension/popupTab';
import { DEFAULT_SETTINGS, loadSettings, updateSettings, watchSettings, type Settings } from '../utils/settings';
import { CategoryChips } from './CategoryChips';
import { PageClaims } from './PageClaims';
import { SourcingProfile } from './SourcingProfile';
import { Switch } from './Switch';

/** What the popup can say about the tab. */
export type View =
  | { kind: 'loading' }
  | { kind: 'no-tab' }
  | { kind: 'restricted' }
  | { kind: 'not-scanned'; file: boolean; failed: boolean }
  | { kind: 'scanning' }
  | { kind: 'page'; state: PageState };

export function Popup({ search }: { search: string }) {
  const [tab, setTab] = useState<TargetTab | null>(null);
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [note, setNote] = useState<string | null>(null);

  // A layout effect asks the tab at once; a plain effect would wait for the first paint.
  useLayoutEffect(() => {
    void loadSettings().then(setSettings);
    const stopWatching = watchSettings(setSettings);
    // Marks for bench/popupBench.ts, which splits the popup's opening time into its steps.
    performance.mark('sourcelight:popup-start');
    void (async () => {
      const target = await findTargetTab(search).catch(() => null);
      performance.mark('sourcelight:popup-tab');
      setTab(target);
      if (!target) return setView({ kind: 'no-tab' });
      const access = pageAccess(target.url);
      if (access === 'restricted') return setView({ kind: 'restricted' });
      const state = await readPageState(target.id);
      performance.mark('sourcelight:popup-state');
      setView(state ? { kind: 'page', state } : { kind: 'not-scanned', file: access === 'file', failed: false });
    })();
    return stopWatching;
  }, [search]);
  // The list is in the DOM: the last of the marks the bench reads.
  useLayoutEffect(() => {
    if (view.kind === 'page') performance.mark('sourcelight:popup-list');
  }, [view]);

  const origin = originOf(tab?.url);
  const access = pageAccess(tab?.url);

  const scan = async () => {
    if (!tab) return;
    setView({ kind: 'scanning' });
    const state = await scanTab(tab.id).catch(() => null);
    setView(state ? { kind: 'page', state } : { kind: 'not-scanned', file: access === 'file', failed: true });
  };

  // The permission prompt only opens inside the click's user gesture: request before anything else is awaited.
  const alwaysScan = () => {
    if (!origin) return;
    const granted = requestSiteAccess(origin);
    void granted.then(
      async (ok) => {
        if (!ok) return setNote('Sourcelight was not given access to this site.');
        const current = await loadSettings();
        if (!listCoversOrigin(current.alwaysScanSites, origin)) {
          await updateSettings({ alwaysScanSites: [...current.alwaysScanSites, origin] });
        }
        setNote('Sourcelight will scan this site whenever you open it.');
        if (view.kind !== 'page') await scan();
      },
      () => setNote('Sourcelight could not ask for access to this site.'),
    );
  };

  const reveal = (claim: ClaimSummary) => {
    if (!tab) return;
    void sendToTab(tab.id, 'revealClaim', { id: claim.id })
      .catch(() => false)
      .then((shown) => setNote(shown ? null : 'That claim is no longer on the page. Reopen Sourcelight for the current list.'));
  };

  const toggleCategory = (category: Category, shown: boolean) => {
    setSettings((s) => ({ ...s, shown: { ...s.shown, [category]: shown } }));
    void updateSettings({ shown: { ...settings.shown, [category]: shown } });
  };
  const toggleAll = (enabled: boolean) => {
    setSettings((s) => ({ ...s, enabled }));
    void updateSettings({ enabled });
  };

  const counts = view.kind === 'page' && view.state.status === 'scanned' ? view.state.counts : null;
  const listed = view.kind === 'page' && view.state.status === 'scanned' && view.state.claims.length ? view.state.claims : null;
  const never = origin !== null && settings.neverScanSites.includes(origin);
  // A news site on the list is scanned anyway; a site on the never list is the user's choice, changed in the options.
  const url = tab?.url;
  const canAlwaysScan =
    url !== undefined &&
    origin !== null &&
    access === 'allowed' &&
    view.kind !== 'loading' &&
    !never &&
    !listCoversOrigin(settings.alwaysScanSites, origin) &&
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
