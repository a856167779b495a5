import { browser } from 'wxt/browser';
import { isDeclaredSite } from '../extension/declaredMatches';
import { injectContentScript } from '../extension/injectContentScript';
import { listCoversOrigin, originOf, originPattern } from '../extension/origins';
import { pageAccess } from '../extension/pageAccess';
import { hasSiteAccess } from '../extension/permissions';
import { loadSettings, updateSettings } from '../settings';

/** Scans a page on a site the user chose to always scan, once they granted the permission for it. */
export async function scanIfAlwaysScanned(tabId: number, url: string | undefined): Promise<boolean> {
  const origin = originOf(url);
  if (!url || !origin || pageAccess(url) !== 'allowed') return false;
  const { alwaysScanSites, neverScanSites } = await loadSettings();
  if (!listCoversOrigin(alwaysScanSites, origin) || neverScanSites.includes(origin)) return false;
  if (isDeclaredSite(url)) return false;
  if (!(await hasSiteAccess(origin))) return false;
  // The tab may have navigated away or closed meanwhile: nothing to do then.
  return injectContentScript(tabId).then(
    () => true,
    () => false,
  );
}

export function scanAlwaysScannedSites(): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete') void scanIfAlwaysScanned(tabId, tab.url);
  });
}

/**
 * Keeps the "always scan" list in step with the permissions the user actually granted: a grant made from the popup
 * lands here even when the popup closed before it could save it, and a permission revoked in the browser's add-on
 * settings takes the site off the list.
 */
export function syncAlwaysScanWithPermissions(): void {
  browser.permissions.onAdded.addListener(({ origins = [] }) => addAlwaysScan(origins));
  browser.permissions.onRemoved.addListener(({ origins = [] }) => removeAlwaysScan(origins));
}

/** "https://example.com/*" -> "https://example.com"; a pattern with wildcards in it is no one site. */
function patternOrigin(pattern: string): string | null {
  if (!pattern.endsWith('/*') || pattern.slice(0, -2).includes('*')) return null;
  return originOf(pattern.slice(0, -2));
}

async function addAlwaysScan(patterns: string[]): Promise<void> {
  const origins = patterns.map(patternOrigin).filter((origin): origin is string => origin !== null);
  const { alwaysScanSites } = await loadSettings();
  const fresh = origins.filter((origin) => !listCoversOrigin(alwaysScanSites, origin));
  if (fresh.length) await updateSettings({ alwaysScanSites: [...alwaysScanSites, ...fresh] });
}

async function removeAlwaysScan(patterns: string[]): Promise<void> {
  const { alwaysScanSites } = await loadSettings();
  const kept = alwaysScanSites.filter((site) => !patterns.includes(originPattern(site)));
  if (kept.length !== alwaysScanSites.length) await updateSettings({ alwaysScanSites: kept });
}
