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
      neverScanSites: ['https://ok.example', 'not an origin'],
      highlightMode: 'blink',
    });
    const settings = await loadSettings();
    expect(settings.enabled).toBe(false);
    expect(settings.colors).toEqual({ ...DEFAULT_SETTINGS.colors, official: '#000000' });
    expect(settings.neverScanSites).toEqual([]);
    expect(settings.highlightMode).toBe('auto');
    expect(warn.mock.calls[0]?.[0]).toMatch(/colors\.anonymous.*neverScanSites.*highlightMode/);
  });

  it('round-trip through sync storage and reach every watcher', async () => {
    const seen: boolean[] = [];
    const stop = watchSettings((settings) => seen.push(settings.shown.named));
    await updateSettings({ shown: { ...DEFAULT_SETTINGS.shown, named: false }, alwaysScanSites: ['https://blog.example'] });
    const loaded = await loadSettings();
    expect(loaded.shown.named).toBe(false);
    expect(loaded.alwaysScanSites).toEqual(['https://blog.example']);
    expect(loaded.colors).toEqual(DEFAULT_SETTINGS.colors);
    await until(() => expect(seen).toEqual([false]));
    stop();
  });

  it('apply quick successive changes one after another, losing none', async () => {
    await Promise.all([
      updateSettings({ enabled: false }),
      updateSettings({ highlightMode: 'marks' }),
      updateSettings({ neverScanSites: ['https://a.example'] }),
    ]);
    expect(await loadSettings()).toMatchObject({ enabled: false, highlightMode: 'marks', neverScanSites: ['https://a.example'] });
  });
});
