import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../entrypoints/background';
import { findAttributions } from '../utils/attribution';
import { MAX_ARTICLE_CHARS } from '../utils/messages';
import { loadSettings, updateSettings } from '../utils/settings';
import { openBackgroundPort } from '../utils/port';
import { fakeRuntimePorts } from './support/fakePorts';
import { until } from './support/renderPreact';

type Listener = (...args: any[]) => unknown;

/** An event for the APIs the fake browser leaves unimplemented (commands, permissions). */
function fakeEvent() {
  const listeners: Listener[] = [];
  return {
    addListener: (listener: Listener) => void listeners.push(listener),
    removeListener: (listener: Listener) => void listeners.splice(listeners.indexOf(listener), 1),
    hasListener: (listener: Listener) => listeners.includes(listener),
    trigger: (...args: unknown[]) => Promise.all(listeners.map((listener) => listener(...args))),
  };
}

const NEWS_PATTERN = 'https://www.reuters.com/*';
let onCommand: ReturnType<typeof fakeEvent>;
let onPermissionAdded: ReturnType<typeof fakeEvent>;
let onPermissionRemoved: ReturnType<typeof fakeEvent>;
let granted: Set<string>;
const sendMessage = vi.fn();
const executeScript = vi.fn();

beforeEach(() => {
  fakeBrowser.reset();
  sendMessage.mockReset().mockResolvedValue(0);
  executeScript.mockReset().mockResolvedValue([]);
  granted = new Set();
  onCommand = fakeEvent();
  onPermissionAdded = fakeEvent();
  onPermissionRemoved = fakeEvent();
  Object.assign(fakeBrowser.commands, { onCommand });
  Object.assign(fakeBrowser.permissions, {
    onAdded: onPermissionAdded,
    onRemoved: onPermissionRemoved,
    contains: async ({ origins = [] }: { origins?: string[] }) => origins.every((origin) => granted.has(origin)),
  });
  // The fake browser keeps badges per tab but has no popups: the same, for the popup page.
  const popups = new Map<number, string>();
  Object.assign(fakeBrowser.action, {
    setPopup: async ({ tabId, popup }: { tabId: number; popup: string }) => void popups.set(tabId, popup),
    getPopup: async ({ tabId }: { tabId: number }) => popups.get(tabId) ?? 'popup.html',
  });
  Object.assign(fakeBrowser.tabs, { sendMessage });
  Object.assign(fakeBrowser.scripting, { executeScript });
  Object.assign(fakeBrowser.runtime, {
    getManifest: () => ({ manifest_version: 3, name: 'Sourcelight', version: '0', content_scripts: [{ matches: [NEWS_PATTERN], js: [] }] }),
  });
  // Content scripts connect from tab 1.
  fakeRuntimePorts();
  background.main();
});
afterEach(() => {
  vi.restoreAllMocks();
});

const fromTab = (tabId: number, frameId = 0) => ({ id: fakeBrowser.runtime.id, tab: { id: tabId } as never, frameId });
const report = (count: unknown, sender: object, anonymous = 0) =>
  fakeBrowser.runtime.onMessage.trigger({ type: 'reportCount', data: { count, anonymous } }, sender, () => {});
const tabAt = (id: number, url?: string) => ({ id, url }) as Browser.tabs.Tab;
const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
const badgeTitle = (tabId: number) => fakeBrowser.action.getTitle({ tabId });

describe('badge', () => {
  it('shows the count each tab reported, per tab', async () => {
    await report(12, fromTab(3));
    await report(4, fromTab(7));
    expect(await badge(3)).toBe('12');
    expect(await badge(7)).toBe('4');
  });

  it('says in its title how many claims and how many of them anonymous', async () => {
    await report(12, fromTab(3), 5);
    expect(await badgeTitle(3)).toBe('Sourcelight: 12 claims, 5 from anonymous sources');
    await report(1, fromTab(3), 1);
    expect(await badgeTitle(3)).toBe('Sourcelight: 1 claim, 1 from an anonymous source');
    await report(0, fromTab(3), 0);
    expect(await badgeTitle(3)).toBe('Sourcelight');
  });

  it("opens the popup on the tab's own claims, naming the tab", async () => {
    await fakeBrowser.tabs.onUpdated.trigger(3, { status: 'loading' }, tabAt(3));
    await report(4, fromTab(7));
    expect(await fakeBrowser.action.getPopup({ tabId: 3 })).toBe('popup.html?tabId=3');
    expect(await fakeBrowser.action.getPopup({ tabId: 7 })).toBe('popup.html?tabId=7');
  });

  it('shows no number when a page has no claims, and caps large counts', async () => {
    await report(5, fromTab(3));
    await report(0, fromTab(3));
    expect(await badge(3)).toBe('');
    await report(12345, fromTab(3));
    expect(await badge(3)).toBe('999+');
  });

  it.each([
    ['a page load starts', { status: 'loading' as const }],
    ['the URL changes within the page', { url: 'https://news.example/next' }],
  ])('clears the count when %s and no content script answers', async (_, change) => {
    sendMessage.mockRejectedValue(new Error('Receiving end does not exist.'));
    await report(9, fromTab(3));
    await report(2, fromTab(4));
    await fakeBrowser.tabs.onUpdated.trigger(3, change, tabAt(3));
    await fakeBrowser.tabs.onUpdated.trigger(3, { status: 'complete' }, tabAt(3));
    expect(await badge(3)).toBe('');
    expect(await badge(4)).toBe('2');
  });

  it('shows the count again after a same-document navigation (pushState, #fragment)', async () => {
    // The content script stays on the page and answers with the claims it still shows.
    sendMessage.mockImplementation(async (_tabId: number, message: { type: string }) =>
      message.type === 'getPageState' ? { status: 'scanned', counts: {}, claims: [{}, {}, {}] } : null,
    );
    await report(3, fromTab(3));
    await fakeBrowser.tabs.onUpdated.trigger(3, { status: 'loading', url: 'https://news.example/a#x' }, tabAt(3));
    expect(await badge(3)).toBe('');
    await fakeBrowser.tabs.onUpdated.trigger(3, { status: 'complete' }, tabAt(3));
    expect(await badge(3)).toBe('3');
    expect(sendMessage).toHaveBeenCalledWith(3, { type: 'getPageState', data: null });
  });

  it('keeps the count when a load completes', async () => {
    sendMessage.mockRejectedValue(new Error('Receiving end does not exist.'));
    await report(9, fromTab(3));
    await fakeBrowser.tabs.onUpdated.trigger(3, { status: 'complete' }, tabAt(3, 'https://news.example/'));
    expect(await badge(3)).toBe('9');
  });

  it('ignores counts from another extension or a web page', async () => {
    await report(9, { id: 'some-other-extension', tab: { id: 3 }, frameId: 0 });
    await report(9, { url: 'https://evil.example/', tab: { id: 3 }, frameId: 0 });
    expect(await badge(3)).toBe('');
  });

  it('ignores counts from a sub-frame', async () => {
    await report(9, fromTab(3, 2));
    expect(await badge(3)).toBe('');
  });

  it.each([
    ['a count that is not a number', { type: 'reportCount', data: { count: '9', anonymous: 0 } }],
    ['a negative count', { type: 'reportCount', data: { count: -1, anonymous: 0 } }],
    ['more anonymous claims than claims', { type: 'reportCount', data: { count: 2, anonymous: 3 } }],
    ['a count without its anonymous share', { type: 'reportCount', data: { count: 2 } }],
    ['a count without data', { type: 'reportCount' }],
    ['an unknown message', { type: 'setBadge', data: { text: 'pwned' } }],
    ['a bare string', 'reportCount'],
    ['null', null],
  ])('ignores %s', async (_, message) => {
    const answers = await fakeBrowser.runtime.onMessage.trigger(message, fromTab(3), () => {});
    expect(answers).toEqual([undefined]);
    expect(await badge(3)).toBe('');
  });
});

describe('the engine, for content scripts', () => {
  const ask = async (data: unknown, sender: object = fromTab(3)) => {
    const answers = await fakeBrowser.runtime.onMessage.trigger({ type: 'findAttributions', data }, sender, () => {});
    return answers.find((answer) => answer !== undefined);
  };
  const text = 'Two sources told Reuters the talks had stalled. "We are ready," Pentagon spokesman Peter Cook said.';

  it("answers with the attributions the engine finds in the article's text", async () => {
    const found = (await ask({ text })) as ReturnType<typeof findAttributions>;
    expect(found).toEqual(findAttributions(text));
    expect(found.map((a) => a.category)).toEqual(['anonymous', 'official']);
  });

  it("answers a content script's port as it answers a message, and shows the count it reports", async () => {
    const port = openBackgroundPort();
    expect(await port.request('findAttributions', { text })).toEqual(findAttributions(text));
    await port.request('reportCount', { count: 2, anonymous: 0 });
    expect(await badge(1)).toBe('2');
  });

  it("keeps the engine's own time for the benchmark, one entry however many articles it reads", async () => {
    await ask({ text });
    await ask({ text });
    const entries = performance.getEntriesByName('sourcelight:engine');
    expect(entries).toHaveLength(1);
    expect(entries[0]!.duration).toBeGreaterThan(0);
  });

  it('does not answer a web page or another extension, nor a text that is not one or is too long', async () => {
    expect(await ask({ text }, { url: 'https://evil.example/', tab: { id: 3 }, frameId: 0 })).toBeUndefined();
    expect(await ask({ text }, { id: 'some-other-extension', tab: { id: 3 }, frameId: 0 })).toBeUndefined();
    expect(await ask({ text: 42 })).toBeUndefined();
    expect(await ask({ text: 'a'.repeat(MAX_ARTICLE_CHARS + 1) })).toBeUndefined();
  });
});

describe('keyboard shortcuts', () => {
  it('toggle-highlights flips the master switch', async () => {
    await onCommand.trigger('toggle-highlights');
    expect((await loadSettings()).enabled).toBe(false);
    await onCommand.trigger('toggle-highlights');
    expect((await loadSettings()).enabled).toBe(true);
  });

  it.each([
    ['next-claim', 1],
    ['previous-claim', -1],
  ])('%s asks the tab to step %i claim', async (command, direction) => {
    await onCommand.trigger(command, { id: 5 });
    expect(sendMessage).toHaveBeenCalledWith(5, { type: 'stepClaim', data: { direction } });
  });

  it('steps in the active tab when the browser does not say which', async () => {
    // The fake tabs.query reads both the current and the last focused window: focus two windows so both exist.
    await fakeBrowser.windows.create({ focused: true });
    await fakeBrowser.windows.create({ focused: true });
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/', active: true });
    await onCommand.trigger('next-claim');
    expect(sendMessage).toHaveBeenCalledWith(tab.id, { type: 'stepClaim', data: { direction: 1 } });
  });

  it('does nothing on a tab without the content script', async () => {
    sendMessage.mockRejectedValue(new Error('Receiving end does not exist.'));
    await expect(onCommand.trigger('next-claim', { id: 5 })).resolves.toBeDefined();
  });
});

describe('always scan', () => {
  const complete = (tabId: number, url: string) => fakeBrowser.tabs.onUpdated.trigger(tabId, { status: 'complete' }, tabAt(tabId, url));

  it('scans a page of a site on the list once its permission is granted', async () => {
    await updateSettings({ alwaysScanSites: ['https://blog.example'] });
    granted.add('https://blog.example/*');
    await complete(6, 'https://blog.example/post');
    await until(() =>
      expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 6 }, files: ['/content-scripts/content.js'] }),
    );
  });

  it.each([
    ['a site not on the list', 'https://other.example/post', ['https://blog.example/*']],
    ['a site on the list without the permission', 'https://blog.example/post', []],
    ['a news site the manifest already covers', 'https://www.reuters.com/world/x', ['https://www.reuters.com/*']],
  ])('leaves alone %s', async (_, url, grants) => {
    await updateSettings({ alwaysScanSites: ['https://blog.example', 'https://www.reuters.com'] });
    grants.forEach((origin) => granted.add(origin));
    await complete(6, url);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('scans a site on the list on any port, as its permission covers every port', async () => {
    await updateSettings({ alwaysScanSites: ['http://127.0.0.1'] });
    granted.add('http://127.0.0.1/*');
    await complete(6, 'http://127.0.0.1:8123/article.html');
    await until(() => expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 6 }, files: ['/content-scripts/content.js'] }));
  });

  it('leaves alone a site also on the never-scan list', async () => {
    await updateSettings({ alwaysScanSites: ['https://blog.example'], neverScanSites: ['https://blog.example'] });
    granted.add('https://blog.example/*');
    await complete(6, 'https://blog.example/post');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('adds a site whose permission was granted, and drops it when revoked', async () => {
    await onPermissionAdded.trigger({ origins: ['https://blog.example/*'] });
    expect((await loadSettings()).alwaysScanSites).toEqual(['blog.example']);
    await onPermissionAdded.trigger({ origins: ['*://*/*'] });
    expect((await loadSettings()).alwaysScanSites).toEqual(['blog.example']);
    await onPermissionRemoved.trigger({ origins: ['https://blog.example/*'] });
    expect((await loadSettings()).alwaysScanSites).toEqual([]);
  });
});

// Each test here fails on a rejection left unhandled (tests/support/unhandledRejections.ts).
describe('failures the background handles', () => {
  it('a count for a tab that closed meanwhile sets no badge and breaks nothing', async () => {
    vi.spyOn(fakeBrowser.action, 'setBadgeText').mockRejectedValue(new Error('No tab with id: 3.'));
    await report(4, fromTab(3));
    await fakeBrowser.tabs.onUpdated.trigger(3, { status: 'loading' }, tabAt(3));
    vi.restoreAllMocks();
    await report(2, fromTab(4));
    expect(await badge(4)).toBe('2');
  });

  it('toggle-highlights when the settings cannot be saved leaves the switch as it was', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE'));
    await onCommand.trigger('toggle-highlights');
    expect((await loadSettings()).enabled).toBe(true);
  });

  it('always-scan on a tab that closed before the script went in', async () => {
    executeScript.mockRejectedValue(new Error('No tab with id: 6.'));
    await updateSettings({ alwaysScanSites: ['blog.example'] });
    granted.add('https://blog.example/*');
    await fakeBrowser.tabs.onUpdated.trigger(6, { status: 'complete' }, tabAt(6, 'https://blog.example/post'));
    await until(() => expect(executeScript).toHaveBeenCalled());
  });

  it('always-scan when its settings cannot be read', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage is gone'));
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('storage is gone'));
    await fakeBrowser.tabs.onUpdated.trigger(6, { status: 'complete' }, tabAt(6, 'https://blog.example/post'));
    await onPermissionAdded.trigger({ origins: ['https://blog.example/*'] });
    expect(executeScript).not.toHaveBeenCalled();
  });
});
