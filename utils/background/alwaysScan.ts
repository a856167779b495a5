import { browser } from 'wxt/browser';
import { isDeclaredSite } from '../extension/declaredMatches';
import { injectContentScript } from '../extension/injectContentScript';
import { pageAccess } from '../extension/pageAccess';
import { hasPageAccess, patternSite } from '../extension/permissions';
import { loadSettings, updateSettings } from '../settings';
import { hostOf, listCoversHost } from '../siteHosts';

/** Scans a page on a site the user chose to always scan, once they granted the permission for it. */
export async function scanIfAlwaysScanned(tabId: number, url: string | undefined): Promise<boolean> {
  const host = hostOf(url);
  if (!url || !host || pageAccess(url) !== 'allowed') return false;
  const { alwaysScanSites, neverScanSites } = await loadSettings();
  if (!listCoversHost(alwaysScanSites, host) || listCoversHost(neverScanSites, host)) return false;
  if (isDeclaredSite(url)) return false;
  if (!(await hasPageAccess(url))) return false;
  // The tab may have navigated away or closed meanwhile: nothing to do then.
  return injectContentScript(tabId).then(
    () => true,
    () => false,
  );
}

export function scanAlwaysScannedSites(): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete') return;
    scanIfAlwaysScanned(tabId, tab.url).catch((error: unknown) => console.warn('Sourcelight: always-scan failed', error));
  });
}

/**
 * Keeps the "always scan" list in step with the permissions the user actually granted: a grant made from the popup
 * lands here even when the popup closed before it could save it, and a permission revoked in the browser's add-on
 * settings takes the site off the list.
 */
export function syncAlwaysScanWithPermissions(): void {
  const failed = (error: unknown) => console.warn('Sourcelight: could not update the always-scan list', error);
  browser.permissions.onAdded.addListener(({ origins = [] }) => addAlwaysScan(origins).catch(failed));
  browser.permissions.onRemoved.addListener(({ origins = [] }) => removeAlwaysScan(origins).catch(failed));
}

async function addAlwaysScan(patterns: string[]): Promise<void> {
  const sites = patterns.map(patternSite).filter((site): site is string => site !== null);
  const { alwaysScanSites } = await loadSettings();
  const fresh = [...new Set(sites)].filter((site) => !alwaysScanSites.includes(site));
  if (fresh.length) await updateSettings({ alwaysScanSites: [...alwaysScanSites, ...fresh] });
}

async function removeAlwaysScan(patterns: string[]): Promise<void> {
  const removed = new Set(patterns.map(patternSite));
  const { alwaysScanSites } = await loadSettings();
  const kept = alwaysScanSites.filter((site) => !removed.has(site));
  if (kept.length !== alwaysScanSites.length) await updateSettings({ alwaysScanSites: kept });
}
