import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, loadSettings, updateSettings, watchSettings } from '../utils/settings';
import { until } from './support/renderPreact';

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.restoreAllMocks();
});

const store = (value: unknown) => fakeBrowser.storage.sync.set({ settings: value });

describe('settings', () => {
  it('are the defaults when nothing was saved, without a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(warn).not.toHaveBeenCalled();
  });

  it.each([
    ['a string', 'enabled'],
    ['a number', 42],
    ['an array', [1, 2]],
  ])('fall back to the defaults, with a warning, when the stored value is %s', async (_, value) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await store(value);
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(warn).toHaveBeenCalledOnce();
  });

  it('keep the valid fields of a partly corrupt value and warn about the others', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await store({
      enabled: false,
      colors: { anonymous: 'red', official: '#000000' },
      neverScanSites: ['https://ok.example', 'not a site'],
      highlightMode: 'blink',
    });
    const settings = await loadSettings();
    expect(settings.enabled).toBe(false);
    expect(settings.colors).toEqual({ ...DEFAULT_SETTINGS.colors, official: '#000000' });
    // One bad entry is skipped and named, never a reason to drop the list.
    expect(settings.neverScanSites).toEqual(['ok.example']);
    expect(settings.highlightMode).toBe('auto');
    expect(warn.mock.calls[0]?.[0]).toMatch(/colors\.anonymous.*neverScanSites \("not a site"\).*highlightMode/);
  });

  it('round-trip through sync storage and reach every watcher', async () => {
    const seen: boolean[] = [];
    const stop = watchSettings((settings) => seen.push(settings.shown.named));
    await updateSettings({ shown: { ...DEFAULT_SETTINGS.shown, named: false }, alwaysScanSites: ['https://blog.example'] });
    const loaded = await loadSettings();
    expect(loaded.shown.named).toBe(false);
    expect(loaded.alwaysScanSites).toEqual(['blog.example']);
    expect(loaded.colors).toEqual(DEFAULT_SETTINGS.colors);
    await until(() => expect(seen.at(-1)).toBe(false));
    stop();
  });

  it('apply quick successive changes one after another, losing none', async () => {
    await Promise.all([
      updateSettings({ enabled: false }),
      updateSettings({ highlightMode: 'marks' }),
      updateSettings({ neverScanSites: ['https://a.example'] }),
    ]);
    expect(await loadSettings()).toMatchObject({ enabled: false, highlightMode: 'marks', neverScanSites: ['a.example'] });
  });


  it('keep the site lists in local storage, where 1,000 sites fit, and the rest in one small sync item', async () => {
    const sites = Array.from({ length: 1000 }, (_, i) => `news-site-number-${i}.example.com`);
    await updateSettings({ neverScanSites: sites, enabled: false });
    expect((await loadSettings()).neverScanSites).toEqual(sites);
    const { settings } = await fakeBrowser.storage.sync.get('settings');
    // Chrome refuses a sync item over 8,192 bytes (key and JSON value).
    expect(JSON.stringify(settings).length + 'settings'.length).toBeLessThan(8192);
    expect(JSON.stringify(await fakeBrowser.storage.local.get('siteLists'))).toContain('news-site-number-999.example.com');
  });

  it('read the lists an older version kept in sync storage, and move them to local storage on the next save', async () => {
    await store({ enabled: true, neverScanSites: ['https://nytimes.com', 'not a site'] });
    expect((await loadSettings()).neverScanSites).toEqual(['nytimes.com']);
    await updateSettings({ enabled: false });
    expect(await loadSettings()).toMatchObject({ enabled: false, neverScanSites: ['nytimes.com'] });
    const { settings } = await fakeBrowser.storage.sync.get('settings');
    expect(settings).not.toHaveProperty('neverScanSites');
  });

  it('never write back a list they could not read in full: a save of another field leaves it as stored', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.local.set({ siteLists: { neverScanSites: ['nytimes.com', 'a future kind of entry'] } });
    await updateSettings({ highlightMode: 'marks' });
    const { siteLists } = await fakeBrowser.storage.local.get('siteLists');
    expect(siteLists).toEqual({ neverScanSites: ['nytimes.com', 'a future kind of entry'] });
  });

  it('reject a save the browser refuses, and keep what was stored', async () => {
    await updateSettings({ enabled: false });
    const refusal = new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(refusal);
    await expect(updateSettings({ enabled: true })).rejects.toBe(refusal);
    expect((await loadSettings()).enabled).toBe(false);
    // The next save goes through.
    await updateSettings({ enabled: true });
    expect((await loadSettings()).enabled).toBe(true);
  });

  it('join the changes made while a write waits into one write, however many there are', async () => {
    await updateSettings({ enabled: false });
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const colors = Array.from({ length: 50 }, (_, i) => `#0000${String(i).padStart(2, '0')}`);
    await Promise.all(colors.map((anonymous) => updateSettings({ colors: { ...DEFAULT_SETTINGS.colors, anonymous } })));
    expect(set).toHaveBeenCalledTimes(1);
    expect((await loadSettings()).colors.anonymous).toBe('#000049');
  });
});
