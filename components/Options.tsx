import { CATEGORIES } from '../utils/attribution/types';
import { CATEGORY_LABELS } from '../utils/categoryStyle';
import { releaseSiteAccess, requestSiteAccess } from '../utils/extension/permissions';
import { DEFAULT_COLORS, HIGHLIGHT_MODES, loadSettings, type HighlightMode } from '../utils/settings';
import { CategoryMarker } from './CategoryMarker';
import { SiteList } from './SiteList';
import { useSettings } from './useSettings';

const MODE_TEXT: Record<HighlightMode, { label: string; help: string }> = {
  auto: {
    label: 'Automatic',
    help: 'Marks on most pages; the CSS Highlight API on pages a script framework keeps redrawing.',
  },
  marks: {
    label: 'Marks',
    help: 'Wraps each claim in a highlight element: works everywhere, but changes the page’s markup.',
  },
  'highlight-api': {
    label: 'CSS Highlight API',
    help: 'Paints the claims without touching the page’s markup; needs a recent browser.',
  },
};

/**
 * Every change shows at once and is saved (quick ones, a colour dragged, together); open tabs follow through their
 * storage watch. A save the browser refuses is said here and the control goes back to what is stored.
 */
export function Options() {
  const { settings, save, failure } = useSettings();

  // Called inside the form's submit, so the browser shows its permission prompt.
  const addAlwaysScan = (site: string): Promise<string | null> =>
    requestSiteAccess(site).then(
      async (granted) => {
        if (!granted) return 'Sourcelight was not given access to that site.';
        const { alwaysScanSites } = await loadSettings();
        if (alwaysScanSites.includes(site)) return null;
        return (await save({ alwaysScanSites: [...alwaysScanSites, site] })) ? null : 'The site was not saved.';
      },
      () => 'The browser refused to ask for access to that site.',
    );

  const removeAlwaysScan = async (site: string) => {
    if (await save({ alwaysScanSites: settings.alwaysScanSites.filter((s) => s !== site) })) {
      await releaseSiteAccess(site).catch(() => false);
    }
  };

  return (
    <main class="options">
      <h1>Sourcelight settings</h1>
      {failure && (
        <p class="error" role="alert" data-testid="save-failure">
          {failure}
        </p>
      )}

      <section aria-labelledby="colors-title">
        <h2 id="colors-title">Categories</h2>
        <p class="muted">Which kinds of source are highlighted, and in which colour.</p>
        <ul class="category-settings">
          {CATEGORIES.map((category) => (
            <li key={category}>
              <CategoryMarker category={category} color={settings.colors[category]} />
              <label class="grow">
                <input
                  type="checkbox"
                  checked={settings.shown[category]}
                  onChange={(event) => void save({ shown: { ...settings.shown, [category]: event.currentTarget.checked } })}
                />{' '}
                Show {CATEGORY_LABELS[category].toLowerCase()} sources
              </label>
              <input
                type="color"
                aria-label={`${CATEGORY_LABELS[category]} colour`}
                value={settings.colors[category]}
                onInput={(event) => void save({ colors: { ...settings.colors, [category]: event.currentTarget.value } })}
              />
            </li>
          ))}
        </ul>
        <button type="button" onClick={() => void save({ colors: { ...DEFAULT_COLORS } })}>
          Reset colours
        </button>
      </section>

      <section aria-labelledby="mode-title">
        <h2 id="mode-title">How claims are highlighted</h2>
        <div role="radiogroup" aria-labelledby="mode-title" class="modes">
          {HIGHLIGHT_MODES.map((mode) => (
            <label key={mode}>
              <input
                type="radio"
                name="highlight-mode"
                value={mode}
                checked={settings.highlightMode === mode}
                onChange={() => void save({ highlightMode: mode })}
              />{' '}
              <strong>{MODE_TEXT[mode].label}</strong>: {MODE_TEXT[mode].help}
            </label>
          ))}
        </div>
      </section>

      <section aria-labelledby="always-title">
        <h2 id="always-title">Sites always scanned</h2>
        <p class="muted">
          Sourcelight reads the news sites it knows by itself. Add another site here (the browser asks you to allow
          it) and its pages are scanned as they open.
        </p>
        <SiteList
          label="Always scanned sites"
          sites={settings.alwaysScanSites}
          empty="No other site is scanned by itself."
          onAdd={addAlwaysScan}
          onRemove={(site) => void removeAlwaysScan(site)}
        />
      </section>

      <section aria-labelledby="never-title">
        <h2 id="never-title">Sites never scanned</h2>
        <p class="muted">Pages on these sites are left alone, news site or not.</p>
        <SiteList
          label="Never scanned sites"
          sites={settings.neverScanSites}
          empty="No site is excluded."
          onAdd={async (site) => ((await save({ neverScanSites: [...settings.neverScanSites, site] })) ? null : 'The site was not saved.')}
          onRemove={(site) => void save({ neverScanSites: settings.neverScanSites.filter((s) => s !== site) })}
        />
      </section>
    </main>
  );
}
