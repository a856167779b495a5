import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Category } from '../utils/attribution/types';
import type { ClaimSummary, PageState } from '../utils/messages';
import { openOnTab } from '../utils/extension/popupTab';
import { loadSettings, updateSettings } from '../utils/settings';
import { Popup } from './Popup';
import { byRole, click, mount, press, until } from '../tests/support/renderPreact';

const claim = (id: number, category: Category, source: string | null, snippet: string, resolvedSource: string | null = null): ClaimSummary => ({
  id,
  category,
  source,
  resolvedSource,
  cue: 'said',
  snippet,
  claim: { start: id * 100, end: id * 100 + 50 },
});

/** A page as the content script describes it: claims in page order, mixed categories. */
const CLAIMS = [
  claim(0, 'named', 'Jane Doe', 'The plan will pass.'),
  claim(1, 'anonymous', 'two sources', 'Talks stalled on Monday.'),
  claim(2, 'document', 'a report', 'Costs doubled.'),
  claim(3, 'official', 'he', 'No decision was made.', 'Pentagon spokesman Peter Cook'),
  claim(4, 'anonymous', 'one official', 'The deal is close.'),
];
const scanned = (claims: ClaimSummary[]): PageState => ({
  status: 'scanned',
  counts: { anonymous: 0, official: 0, named: 0, document: 0, ...countBy(claims) },
  claims,
});
const countBy = (claims: ClaimSummary[]) =>
  claims.reduce<Partial<Record<Category, number>>>((counts, c) => ({ ...counts, [c.category]: (counts[c.category] ?? 0) + 1 }), {});

type Answer = (tabId: number, message: { type: string; data: unknown }) => unknown;

/** Opens the popup on a tab at `url` whose content script answers with `answer` (or is absent when it throws). */
async function openPopup(url: string, answer: Answer, search = '') {
  // The fake tabs.query reads both the current and the last focused window: focus two windows so both exist.
  await fakeBrowser.windows.create({ focused: true });
  await fakeBrowser.windows.create({ focused: true });
  const tab = await fakeBrowser.tabs.create({ url, active: true });
  const sendMessage = vi.fn(async (tabId: number, message: { type: string; data: unknown }) => answer(tabId, message));
  fakeBrowser.tabs.sendMessage = sendMessage as unknown as typeof fakeBrowser.tabs.sendMessage;
  const popup = await mount(<Popup opening={openOnTab(search)} />);
  return { popup, tab, sendMessage };
}

const pageAnswers =
  (state: PageState): Answer =>
  (_tabId, message) =>
    message.type === 'getPageState' ? state : true;
const noContentScript: Answer = () => {
  throw new Error('Could not establish connection. Receiving end does not exist.');
};

/** The text a screen reader reads: decorative (aria-hidden) parts left out. */
const accessibleText = (element: Element): string =>
  [...element.childNodes]
    .filter((node) => !(node instanceof Element && node.getAttribute('aria-hidden') === 'true'))
    .map((node) => node.textContent)
    .join('')
    .trim();
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();
// The claim the page was last asked to reveal: other requests (the full claim rows, loaded after the first paint)
// may come before or after it.
const lastReveal = (sendMessage: { mock: { calls: unknown[][] } }) =>
  sendMessage.mock.calls.filter(([, message]) => (message as { type: string }).type === 'revealClaim').at(-1);

beforeEach(() => {
  fakeBrowser.reset();
  Object.assign(fakeBrowser.runtime, {
    getManifest: () => ({ manifest_version: 3, name: 'Sourcelight', version: '0', content_scripts: [{ matches: ['https://www.reuters.com/*'] }] }),
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('popup with claims', () => {
  it('shows the count of each category in the product order: anonymous, official, named, document', async () => {
    const { popup } = await openPopup('https://news.example/story', pageAnswers(scanned(CLAIMS)));
    await until(() => expect(popup.querySelector('[data-testid="claim-list"]')).not.toBeNull());
    const chips = [...popup.querySelectorAll('.chip')];
    expect(chips.map((chip) => chip.getAttribute('data-category'))).toEqual(['anonymous', 'official', 'named', 'document']);
    expect(chips.map((chip) => text(chip.querySelector('.chip-count')))).toEqual(['2', '1', '1', '1']);
    expect(text(popup.querySelector('[role="status"]'))).toBe('5 claims found.');
  });

  it('groups the claims by category, each with its resolved source and snippet', async () => {
    const { popup } = await openPopup('https://news.example/story', pageAnswers(scanned(CLAIMS)));
    await until(() => expect(popup.querySelectorAll('[role="option"]')).toHaveLength(5));
    const groups = [...popup.querySelectorAll('[role="listbox"] [role="group"]')];
    expect(groups.map((group) => accessibleText(group.querySelector('.claim-group-title')!))).toEqual([
      'Anonymous',
      'Official',
      'Named',
      'Document',
    ]);
    expect([...groups[0]!.querySelectorAll('[role="option"]')].map((o) => text(o.querySelector('.claim-snippet')))).toEqual([
      'Talks stalled on Monday.',
      'The deal is close.',
    ]);
    const official = groups[1]!.querySelector('[role="option"]')!;
    expect(text(official.querySelector('.claim-source'))).toBe('Pentagon spokesman Peter Cook (“he”) said');
  });

  it('reveals a claim on the page when it is clicked', async () => {
    const { popup, sendMessage, tab } = await openPopup('https://news.example/story', pageAnswers(scanned(CLAIMS)));
    await until(() => expect(popup.querySelectorAll('[role="option"]')).toHaveLength(5));
    const documentClaim = [...popup.querySelectorAll('[role="option"]')].find((o) => o.textContent?.includes('Costs doubled.'));
    await click(documentClaim);
    expect(lastReveal(sendMessage)).toEqual([tab.id, { type: 'revealClaim', data: { id: 2 } }]);
  });

  it('says so when a claim is no longer on the page', async () => {
    const { popup } = await openPopup('https://news.example/story', (_tabId, message) =>
      message.type === 'getPageState' ? scanned(CLAIMS) : false,
    );
    await until(() => expect(popup.querySelectorAll('[role="option"]')).toHaveLength(5));
    await click(popup.querySelector('[role="option"]'));
    await until(() => expect(text(popup.querySelector('.note'))).toContain('no longer on the page'));
  });

  it('dims the claims of a category whose highlights are off', async () => {
    await updateSettings({ shown: { anonymous: true, official: false, named: true, document: true } });
    const { popup } = await openPopup('https://news.example/story', pageAnswers(scanned(CLAIMS)));
    await until(() => expect(popup.querySelector('[role="group"][data-shown="false"]')).not.toBeNull());
    const off = [...popup.querySelectorAll('[role="group"][data-shown="false"]')];
    expect(off.map((group) => accessibleText(group.querySelector('.claim-group-title')!))).toEqual(['Officialhighlights off']);
  });

  it('moves through the list with the arrow keys, Home and End, and reveals with Enter', async () => {
    const { popup, sendMessage, tab } = await openPopup('https://news.example/story', pageAnswers(scanned(CLAIMS)));
    await until(() => expect(popup.querySelector('[role="listbox"]')).not.toBeNull());
    const list = popup.querySelector('[role="listbox"]')!;
    expect(document.activeElement).toBe(list);
    const active = () => text(popup.querySelector(`#${list.getAttribute('aria-activedescendant')} .claim-snippet`));
    // Grouped order: anonymous (1, 4), official (3), named (0), document (2).
    expect(active()).toBe('Talks stalled on Monday.');
    await press(list, 'ArrowDown');
    expect(active()).toBe('The deal is close.');
    await press(list, 'ArrowDown');
    expect(active()).toBe('No decision was made.');
    await press(list, 'ArrowUp');
    expect(active()).toBe('The deal is close.');
    await press(list, 'End');
    expect(active()).toBe('Costs doubled.');
    await press(list, 'ArrowDown');
    expect(active()).toBe('Costs doubled.');
    await press(list, 'Home');
    expect(active()).toBe('Talks stalled on Monday.');
    await press(list, 'ArrowDown');
    await press(list, 'Enter');
    expect(lastReveal(sendMessage)).toEqual([tab.id, { type: 'revealClaim', data: { id: 4 } }]);
    expect(popup.querySelectorAll('[role="option"][aria-selected="true"]')).toHaveLength(1);
  });

  it('on a long article, shows its first rows at once and every row after that paint, each reachable by keys', async () => {
    const long = Array.from({ length: 30 }, (_, id) => claim(id, 'named', `Person ${id}`, `Claim number ${id}.`));
    // Every count of rows the list has had, from its first render on: the first is what the first paint shows.
    const seen: number[] = [];
    const observer = new MutationObserver(() => {
      const rows = document.querySelectorAll('[data-testid="claim-list"] [role="option"]').length;
      if (rows && rows !== seen.at(-1)) seen.push(rows);
    });
    observer.observe(document.body, { subtree: true, childList: true });
    const { popup, sendMessage, tab } = await openPopup('https://news.example/story', pageAnswers(scanned(long)));
    await until(() => expect(popup.querySelectorAll('[role="option"]')).toHaveLength(30));
    observer.disconnect();
    expect(seen).toEqual([12, 30]);
    const list = popup.querySelector('[role="listbox"]')!;
    expect(list.getAttribute('aria-busy')).toBe('false');
    await press(list, 'End');
    expect(list.getAttribute('aria-activedescendant')).toBe('claim-29');
    await press(list, 'Enter');
    expect(lastReveal(sendMessage)).toEqual([tab.id, { type: 'revealClaim', data: { id: 29 } }]);
  });

  it('shows text from the page as text, never as markup', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { popup } = await openPopup(
      'https://news.example/story',
      pageAnswers(scanned([claim(7, 'named', hostile, `<b>bold</b> ${hostile}`, `<script>alert(2)</script>`)])),
    );
    await until(() => expect(popup.querySelector('[role="option"]')).not.toBeNull());
    expect(popup.textContent).toContain(hostile);
    expect(popup.textContent).toContain('<script>alert(2)</script>');
    expect(popup.textContent).toContain('<b>bold</b>');
    expect(popup.querySelector('img, script, b')).toBeNull();
  });

  it('speaks for the tab named by ?tabId= rather than the active one', async () => {
    const other = await fakeBrowser.tabs.create({ url: 'https://news.example/other' });
    const { popup, sendMessage } = await openPopup('https://news.example/story', pageAnswers(scanned(CLAIMS)), `?tabId=${other.id}`);
    await until(() => expect(popup.querySelector('[data-testid="claim-list"]')).not.toBeNull());
    expect(sendMessage).toHaveBeenCalledWith(other.id, { type: 'getPageState', data: null });
    expect(sendMessage.mock.calls.every(([tabId]) => tabId === other.id)).toBe(true);
  });

  it('asks the tab named by ?tabId= for its claims without waiting for the browser to describe the tab', async () => {
    const other = await fakeBrowser.tabs.create({ url: 'https://news.example/other' });
    const get = fakeBrowser.tabs.get.bind(fakeBrowser.tabs);
    let asked: () => void = () => undefined;
    const pageAsked = new Promise<void>((resolve) => (asked = resolve));
    // The tab's details come only once the page was asked: a popup that waited for them first would show nothing.
    vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async (id: number) => (await pageAsked, get(id)));
    const { popup } = await openPopup('https://news.example/story', (tabId, message) => (asked(), pageAnswers(scanned(CLAIMS))(tabId, message)), `?tabId=${other.id}`);
    await until(() => expect(popup.querySelectorAll('[role="option"]')).toHaveLength(CLAIMS.length));
  });

  it('shows a restricted tab named by ?tabId= as restricted, whatever answers there', async () => {
    const other = await fakeBrowser.tabs.create({ url: 'chrome://extensions/' });
    const { popup } = await openPopup('https://news.example/story', pageAnswers(scanned(CLAIMS)), `?tabId=${other.id}`);
    await until(() => expect(popup.querySelector('[data-testid="state-restricted"]')).not.toBeNull());
    expect(popup.querySelector('[role="option"]')).toBeNull();
  });
});

describe('popup switches', () => {
  it('turns all highlights off and on through the settings', async () => {
    const { popup } = await openPopup('https://news.example/story', pageAnswers(scanned(CLAIMS)));
    const master = byRole(popup, 'switch', 'Highlights')!;
    await until(() => expect(master.getAttribute('aria-checked')).toBe('true'));
    await click(master);
    await until(async () => expect((await loadSettings()).enabled).toBe(false));
    expect(master.getAttribute('aria-checked')).toBe('false');
    await click(master);
    await until(async () => expect((await loadSettings()).enabled).toBe(true));
  });

  it('turns one category off without touching the others', async () => {
    const { popup } = await openPopup('https://news.example/story', pageAnswers(scanned(CLAIMS)));
    await click(byRole(popup, 'switch', 'Official highlights'));
    await until(async () =>
      expect((await loadSettings()).shown).toEqual({ anonymous: true, official: false, named: true, document: true }),
    );
  });

  it('follows a settings change made elsewhere (options page, keyboard shortcut)', async () => {
    const { popup } = await openPopup('https://news.example/story', pageAnswers(scanned(CLAIMS)));
    const named = byRole(popup, 'switch', 'Named highlights')!;
    await until(() => expect(named.getAttribute('aria-checked')).toBe('true'));
    await updateSettings({ shown: { anonymous: true, official: true, named: false, document: true } });
    await until(() => expect(named.getAttribute('aria-checked')).toBe('false'));
  });
});

describe('popup empty states', () => {
  it('says when the page holds no article, and offers a scan', async () => {
    const { popup } = await openPopup('https://news.example/', pageAnswers({ status: 'no-article', counts: scanned([]).counts, claims: [] }));
    await until(() => expect(popup.querySelector('[data-testid="state-no-article"]')).not.toBeNull());
    expect(text(popup.querySelector('[data-testid="state-no-article"]'))).toContain('No article found');
    expect(byRole(popup, 'button', 'Scan this page')).toBeDefined();
  });

  it('says when an article has no attributed claims, with zero counts', async () => {
    const { popup } = await openPopup('https://news.example/story', pageAnswers(scanned([])));
    await until(() => expect(popup.querySelector('[data-testid="state-no-claims"]')).not.toBeNull());
    expect([...popup.querySelectorAll('.chip-count')].map(text)).toEqual(['0', '0', '0', '0']);
    expect(popup.querySelector('[role="listbox"]')).toBeNull();
  });

  it.each([
    'chrome://extensions/',
    'about:addons',
    'view-source:https://news.example/',
    'https://chromewebstore.google.com/detail/x',
    'https://chrome.google.com/webstore/category/extensions',
    'https://addons.mozilla.org/en-US/firefox/',
    'moz-extension://abc/popup.html',
  ])('says extensions cannot run on %s, without asking the page', async (url) => {
    const { popup, sendMessage } = await openPopup(url, pageAnswers(scanned(CLAIMS)));
    await until(() => expect(popup.querySelector('[data-testid="state-restricted"]')).not.toBeNull());
    expect(sendMessage).not.toHaveBeenCalled();
    expect(byRole(popup, 'button', 'Scan this page')).toBeUndefined();
  });

  it('scans a page without the content script on request, then lists its claims', async () => {
    let injected = false;
    const executeScript = vi.fn(async () => {
      injected = true;
      return [];
    });
    fakeBrowser.scripting.executeScript = executeScript as unknown as typeof fakeBrowser.scripting.executeScript;
    const { popup, tab } = await openPopup('https://blog.example/post', (tabId, message) => {
      if (!injected) return noContentScript(tabId, message);
      return pageAnswers(scanned(CLAIMS))(tabId, message);
    });
    await until(() => expect(popup.querySelector('[data-testid="state-not-scanned"]')).not.toBeNull());
    await click(byRole(popup, 'button', 'Scan this page'));
    await until(() => expect(popup.querySelectorAll('[role="option"]')).toHaveLength(5));
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: tab.id }, files: ['/content-scripts/content.js'] });
  });

  it('does not offer a scan on a site the user chose never to scan', async () => {
    await updateSettings({ neverScanSites: ['https://blog.example'] });
    const { popup } = await openPopup('https://blog.example/post', noContentScript);
    await until(() => expect(popup.querySelector('[data-testid="state-never"]')).not.toBeNull());
    expect(byRole(popup, 'button', 'Scan this page')).toBeUndefined();
    expect(byRole(popup, 'button', 'Always scan this site')).toBeUndefined();
  });

  it('explains file access when a local file cannot be scanned', async () => {
    fakeBrowser.scripting.executeScript = vi.fn(async () => {
      throw new Error('Cannot access contents of url "file:///tmp/a.html".');
    }) as unknown as typeof fakeBrowser.scripting.executeScript;
    const { popup } = await openPopup('file:///tmp/a.html', noContentScript);
    await until(() => expect(byRole(popup, 'button', 'Scan this page')).toBeDefined());
    await click(byRole(popup, 'button', 'Scan this page'));
    await until(() => expect(text(popup.querySelector('[data-testid="state-not-scanned"]'))).toContain('Allow access to file URLs'));
  });
});

describe('always scan this site', () => {
  it('asks for the site permission and, once granted, adds the site to the list', async () => {
    const request = vi.fn(async () => true);
    fakeBrowser.permissions.request = request as unknown as typeof fakeBrowser.permissions.request;
    const { popup } = await openPopup('https://blog.example:8443/post', pageAnswers(scanned(CLAIMS)));
    await until(() => expect(popup.querySelector('[data-testid="claim-list"]')).not.toBeNull());
    await click(byRole(popup, 'button', 'Always scan this site'));
    expect(request).toHaveBeenCalledWith({ origins: ['*://*.blog.example/*'] });
    await until(async () => expect((await loadSettings()).alwaysScanSites).toEqual(['blog.example']));
    await until(() => expect(byRole(popup, 'button', 'Always scan this site')).toBeUndefined());
  });

  it('is not offered on a news site the extension scans by itself', async () => {
    const { popup } = await openPopup('https://www.reuters.com/world/story', pageAnswers(scanned(CLAIMS)));
    await until(() => expect(popup.querySelector('[data-testid="claim-list"]')).not.toBeNull());
    expect(byRole(popup, 'button', 'Always scan this site')).toBeUndefined();
    expect(byRole(popup, 'button', 'Settings')).toBeDefined();
  });

  it('leaves the list alone when the permission is refused', async () => {
    fakeBrowser.permissions.request = vi.fn(async () => false) as unknown as typeof fakeBrowser.permissions.request;
    const { popup } = await openPopup('https://blog.example/post', pageAnswers(scanned(CLAIMS)));
    await until(() => expect(byRole(popup, 'button', 'Always scan this site')).toBeDefined());
    await click(byRole(popup, 'button', 'Always scan this site'));
    await until(() => expect(text(popup.querySelector('.note'))).toContain('not given access'));
    expect((await loadSettings()).alwaysScanSites).toEqual([]);
  });
});

describe('sourcing at a glance', () => {
  // Cook three times (once as "he", once overlapping Slotkin's passage), two anonymous sources, a report.
  const SOURCED: ClaimSummary[] = [
    claim(0, 'official', 'Pentagon spokesman Peter Cook', 'The talks were cordial.', 'Peter Cook'),
    claim(1, 'anonymous', 'a senior official', 'Talks stalled.'),
    { ...claim(2, 'official', 'Elissa Slotkin', 'U.S. concern was noted.', 'Elissa Slotkin'), claim: { start: 800, end: 860 } },
    { ...claim(3, 'official', 'Cook', 'Slotkin noted U.S. concern.', 'Peter Cook'), claim: { start: 790, end: 860 } },
    claim(4, 'anonymous', 'A senior  official', 'The deal is close.'),
    claim(5, 'document', 'a report', 'Costs doubled.'),
    claim(6, 'official', 'he', 'No decision was made.', 'Peter Cook'),
  ];
  const rows = SOURCED.map((c) => ({
    category: c.category,
    source: c.source,
    entity: c.resolvedSource ?? c.source,
    cue: c.cue,
    claim: `${c.snippet} In full.`,
    title: 'Story | News',
    url: 'https://news.example/story',
    scannedAt: '2026-01-02T03:04:05.000Z',
  }));
  const answers: Answer = (_tabId, message) => (message.type === 'getPageState' ? scanned(SOURCED) : message.type === 'getClaimRows' ? rows : true);

  it('shows the number of claims, the share on the record against anonymous, and the distinct sources', async () => {
    const { popup } = await openPopup('https://news.example/story', answers);
    await until(() => expect(popup.querySelector('[data-testid="profile"]')).not.toBeNull());
    const profile = popup.querySelector('[data-testid="profile"]')!;
    expect(text(profile.querySelector('[data-testid="profile-claims"]'))).toBe('7 claims');
    // Peter Cook, a senior official, Elissa Slotkin, a report.
    expect(text(profile.querySelector('[data-testid="profile-sources"]'))).toBe('4 sources');
    expect(text(profile.querySelector('[data-testid="profile-on-record"]'))).toBe('71% on the record (5)');
    expect(accessibleText(profile.querySelector('[data-testid="profile-anonymous"]')!)).toBe('29% anonymous (2)');
    // The bar: one segment per category present, as wide as its count, each with its glyph.
    const segments = [...profile.querySelectorAll<HTMLElement>('.profile-segment')];
    expect(segments.map((s) => [s.dataset.category, s.style.flexGrow, s.textContent])).toEqual([
      ['anonymous', '2', '?'],
      ['official', '4', '◆'],
      ['document', '1', '▤'],
    ]);
  });

  it('lists a passage attributed to two sources once, with both', async () => {
    const { popup } = await openPopup('https://news.example/story', answers);
    await until(() => expect(popup.querySelectorAll('[data-testid="claim"]')).toHaveLength(6));
    const shared = popup.querySelector('[data-claims="2 3"]')!;
    expect([...shared.querySelectorAll('.claim-source')].map((s) => accessibleText(s))).toEqual(['Elissa Slotkin said', 'Peter Cook (“Cook”) said']);
  });

  it('lists the sources in their own tab, reached with the arrow keys: one row per entity, its claims beneath', async () => {
    const { popup, sendMessage, tab } = await openPopup('https://news.example/story', answers);
    await until(() => expect(popup.querySelector('[role="tab"][aria-selected="true"]')).not.toBeNull());
    const claimsTab = popup.querySelector('[data-testid="tab-claims"]')!;
    await press(claimsTab, 'ArrowRight');
    await until(() => expect(popup.querySelector('[data-testid="source-list"]')).not.toBeNull());
    expect(document.activeElement).toBe(popup.querySelector('[data-testid="tab-sources"]'));
    const sources = [...popup.querySelectorAll('[data-testid="source"]')];
    expect(sources.map((s) => [text(s.querySelector('[data-testid="source-name"]')), text(s.querySelector('[data-testid="source-count"]'))])).toEqual([
      ['Peter Cook', '3'],
      ['a senior official', '2'],
      ['Elissa Slotkin', '1'],
      ['a report', '1'],
    ]);
    expect(text(sources[0]!.querySelector('.source-role'))).toBe('“Pentagon spokesman Peter Cook”');
    await click(sources[0]!.querySelectorAll('[role="option"]')[2]);
    expect(lastReveal(sendMessage)).toEqual([tab.id, { type: 'revealClaim', data: { id: 6 } }]);
  });

  it('downloads the claims as CSV and JSON files named after the page and the day', async () => {
    const saved: { name: string; href: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, href: this.href });
    });
    const { popup } = await openPopup('https://news.example/story', answers);
    await until(() => expect(popup.querySelector<HTMLButtonElement>('[data-testid="download-csv"]')?.disabled).toBe(false));
    await click(popup.querySelector('[data-testid="download-csv"]'));
    await click(popup.querySelector('[data-testid="download-json"]'));
    expect(saved.map((s) => s.name)).toEqual(['sourcelight-news.example-2026-01-02.csv', 'sourcelight-news.example-2026-01-02.json']);
    expect(saved.every((s) => s.href.startsWith('blob:'))).toBe(true);
  });

  it('copies the claims as a Markdown table, and a report of the selected claim', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { popup } = await openPopup('https://news.example/story', answers);
    await until(() => expect(popup.querySelector<HTMLButtonElement>('[data-testid="copy-markdown"]')?.disabled).toBe(false));
    await click(popup.querySelector('[data-testid="copy-markdown"]'));
    await until(() => expect(text(popup.querySelector('.note'))).toBe('Copied 7 claims as a Markdown table.'));
    expect((writeText.mock.calls[0] as unknown as [string])[0].split('\n')).toHaveLength(2 + 7 + 1);
    await click(popup.querySelector('[data-testid="report-wrong"]'));
    await until(() => expect(writeText).toHaveBeenCalledTimes(2));
    const report = JSON.parse((writeText.mock.calls[1] as unknown as [string])[0]) as { sentence: string; we_said: { category: string } };
    // The list's selection starts on its first entry: the anonymous group's first claim.
    expect(report).toMatchObject({ sentence: 'Talks stalled. In full.', we_said: { category: 'anonymous' } });
  });
});
