import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_COLORS, loadSettings, updateSettings } from '../utils/settings';
import { Options } from './Options';
import { byRole, click, mount, until } from '../tests/support/renderPreact';

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.restoreAllMocks();
});

async function typeInto(input: HTMLInputElement, value: string) {
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function submit(form: HTMLFormElement) {
  await act(() => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

const field = (page: HTMLElement, id: string) => page.querySelector<HTMLInputElement>(`#${id}`)!;

describe('options page', () => {
  it('resets the colours to the defaults', async () => {
    await updateSettings({ colors: { anonymous: '#000000', official: '#111111', named: '#222222', document: '#333333' } });
    const page = await mount(<Options />);
    const anonymous = page.querySelector<HTMLInputElement>('input[aria-label="Anonymous colour"]')!;
    await until(() => expect(anonymous.value).toBe('#000000'));
    await click(byRole(page, 'button', 'Reset colours'));
    await until(async () => expect((await loadSettings()).colors).toEqual(DEFAULT_COLORS));
    expect(anonymous.value).toBe(DEFAULT_COLORS.anonymous);
  });

  it('saves a colour as soon as it is picked', async () => {
    const page = await mount(<Options />);
    const official = page.querySelector<HTMLInputElement>('input[aria-label="Official colour"]')!;
    await typeInto(official, '#123456');
    await until(async () => expect((await loadSettings()).colors.official).toBe('#123456'));
  });

  it('saves which categories are shown and the highlight mode', async () => {
    const page = await mount(<Options />);
    const checkbox = [...page.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find((box) =>
      box.parentElement?.textContent?.includes('document sources'),
    )!;
    await click(checkbox);
    await click(page.querySelector('input[value="highlight-api"]'));
    await until(async () => {
      const settings = await loadSettings();
      expect(settings.shown.document).toBe(false);
      expect(settings.highlightMode).toBe('highlight-api');
    });
  });

  it('adds a never-scanned site from what a person types, as its origin', async () => {
    const page = await mount(<Options />);
    const input = field(page, 'add-never-scanned-sites');
    await typeInto(input, '  News.Example.com/some/page  ');
    await submit(input.form!);
    await until(async () => expect((await loadSettings()).neverScanSites).toEqual(['news.example.com']));
    await until(() => expect(page.querySelector('[aria-label="Never scanned sites"]')?.textContent).toContain('news.example.com'));
    expect(input.value).toBe('');
  });

  it.each(['not a site', 'javascript:alert(1)', 'ftp://files.example.com', 'localhost-ish', ''])(
    'rejects "%s" with a message and saves nothing',
    async (typed) => {
      const page = await mount(<Options />);
      const input = field(page, 'add-never-scanned-sites');
      await typeInto(input, typed);
      await submit(input.form!);
      expect(page.querySelector('[role="alert"]')?.textContent).toContain('is not a web site address');
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect((await loadSettings()).neverScanSites).toEqual([]);
    },
  );

  it('removes a never-scanned site', async () => {
    await updateSettings({ neverScanSites: ['https://a.example', 'https://b.example'] });
    const page = await mount(<Options />);
    await until(() => expect(byRole(page, 'button', 'Remove a.example')).toBeDefined());
    await click(byRole(page, 'button', 'Remove a.example'));
    await until(async () => expect((await loadSettings()).neverScanSites).toEqual(['b.example']));
  });

  it('asks for the permission before adding an always-scanned site', async () => {
    const request = vi.fn(async () => true);
    fakeBrowser.permissions.request = request as unknown as typeof fakeBrowser.permissions.request;
    const page = await mount(<Options />);
    const input = field(page, 'add-always-scanned-sites');
    await typeInto(input, 'http://blog.example:8080');
    await submit(input.form!);
    expect(request).toHaveBeenCalledWith({ origins: ['*://*.blog.example/*'] });
    await until(async () => expect((await loadSettings()).alwaysScanSites).toEqual(['blog.example']));
  });

  it('does not add an always-scanned site when the permission is refused', async () => {
    fakeBrowser.permissions.request = vi.fn(async () => false) as unknown as typeof fakeBrowser.permissions.request;
    const page = await mount(<Options />);
    const input = field(page, 'add-always-scanned-sites');
    await typeInto(input, 'blog.example');
    await submit(input.form!);
    await until(() => expect(page.querySelector('[role="alert"]')?.textContent).toContain('not given access'));
    expect((await loadSettings()).alwaysScanSites).toEqual([]);
  });

  it('gives the permission back when an always-scanned site is removed', async () => {
    const remove = vi.fn(async () => true);
    fakeBrowser.permissions.remove = remove as unknown as typeof fakeBrowser.permissions.remove;
    await updateSettings({ alwaysScanSites: ['https://blog.example'] });
    const page = await mount(<Options />);
    await until(() => expect(byRole(page, 'button', 'Remove blog.example')).toBeDefined());
    await click(byRole(page, 'button', 'Remove blog.example'));
    await until(async () => expect((await loadSettings()).alwaysScanSites).toEqual([]));
    await until(() => expect(remove).toHaveBeenCalledWith({ origins: ['*://*.blog.example/*'] }));
  });
});
