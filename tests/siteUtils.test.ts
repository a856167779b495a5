import { describe, expect, it } from 'vitest';
import { badgeText } from '../utils/background/badge';
import { originOf } from '../utils/extension/origins';
import { pageAccess } from '../utils/extension/pageAccess';

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
