import { describe, expect, it } from 'vitest';
import { badgeText } from '../utils/background/badge';
import { listCoversOrigin, originOf, originPattern, parseSiteOrigin } from '../utils/extension/origins';
import { pageAccess } from '../utils/extension/pageAccess';

describe('parseSiteOrigin', () => {
  it.each([
    ['https://example.com', 'example.com'],
    ['https://example.com', ' Example.COM '],
    ['https://www.example.com', 'https://www.example.com/news/story?id=1#top'],
    ['http://blog.example:8080', 'http://blog.example:8080/path'],
    ['https://blog.example:8443', 'blog.example:8443'],
    ['http://localhost:3000', 'http://localhost:3000'],
  ])('reads %s from "%s"', (expected, input) => {
    expect(parseSiteOrigin(input)).toBe(expected);
  });

  it.each(['', '   ', 'not a site', 'javascript:alert(1)', 'ftp://files.example.com', 'file:///etc/passwd', 'intranet', 'https://'])(
    'rejects "%s"',
    (input) => {
      expect(parseSiteOrigin(input)).toBeNull();
    },
  );
});

describe('originPattern', () => {
  it.each([
    ['https://example.com/*', 'https://example.com'],
    // Firefox rejects ports in match patterns; without one, both browsers match every port.
    ['http://127.0.0.1/*', 'http://127.0.0.1:8080'],
  ])('is %s for %s', (expected, origin) => {
    expect(originPattern(origin)).toBe(expected);
  });
});

describe('listCoversOrigin', () => {
  it.each([
    [true, ['https://a.example'], 'https://a.example'],
    [true, ['http://127.0.0.1:8080'], 'http://127.0.0.1:3000'],
    [false, ['https://a.example'], 'http://a.example'],
    [false, ['https://a.example'], 'https://b.a.example'],
    [false, [], 'https://a.example'],
  ])('is %s for %j and %s', (expected, sites, origin) => {
    expect(listCoversOrigin(sites, origin)).toBe(expected);
  });
});

describe('originOf', () => {
  it.each([
    ['https://news.example', 'https://news.example/a/b?c'],
    [null, 'about:blank'],
    [null, 'data:text/html,hi'],
    [null, undefined],
    [null, 'not a url'],
  ])('is %s for %s', (expected, url) => {
    expect(originOf(url)).toBe(expected);
  });
});

describe('pageAccess', () => {
  it.each([
    ['allowed', 'https://www.reuters.com/world/story'],
    ['allowed', 'http://127.0.0.1:8000/page.html'],
    ['file', 'file:///home/me/article.html'],
    ['restricted', 'chrome://settings'],
    ['restricted', 'edge://extensions'],
    ['restricted', 'about:preferences'],
    ['restricted', 'view-source:https://example.com'],
    ['restricted', 'chrome-extension://abc/popup.html'],
    ['restricted', 'moz-extension://abc/popup.html'],
    ['restricted', 'https://chromewebstore.google.com/detail/abc'],
    ['restricted', 'https://chrome.google.com/webstore/detail/abc'],
    ['allowed', 'https://chrome.google.com/other'],
    ['restricted', 'https://addons.mozilla.org/firefox/'],
    ['unknown', undefined],
  ])('is %s for %s', (expected, url) => {
    expect(pageAccess(url)).toBe(expected);
  });
});

describe('badgeText', () => {
  it.each([
    ['', 0],
    ['1', 1],
    ['999', 999],
    ['999+', 1000],
    ['', -3],
    ['', Number.NaN],
  ])('is "%s" for %s claims', (expected, count) => {
    expect(badgeText(count)).toBe(expected);
  });
});
