import { describe, expect, it } from 'vitest';
import { patternSite, sitePattern } from '../utils/extension/permissions';
import { hostOf, listCoversHost, parseSite, readSiteList } from '../utils/siteHosts';

describe('parseSite', () => {
  it.each([
    ['example.com', 'example.com'],
    ['example.com', ' Example.COM '],
    ['nytimes.com', 'https://nytimes.com'],
    ['nytimes.com', 'http://nytimes.com/'],
    ['www.example.com', 'https://www.example.com/news/story?id=1#top'],
    ['blog.example', 'http://blog.example:8080/path'],
    ['blog.example', 'blog.example:8443'],
    ['example.com', 'example.com.'],
    ['example.com', 'https://example.com./x'],
    ['example.com', '*.example.com'],
    ['example.com', '*.Example.com.'],
    ['localhost', 'http://localhost:3000'],
    ['127.0.0.1', 'http://127.0.0.1:8080'],
  ])('reads %s from "%s"', (expected, input) => {
    expect(parseSite(input)).toBe(expected);
  });

  it.each(['', '   ', 'not a site', 'javascript:alert(1)', 'ftp://files.example.com', 'file:///etc/passwd', 'intranet', 'https://', '*', '*.', 'a.*.example.com', 'https://*.example.com'])(
    'rejects "%s"',
    (input) => {
      expect(parseSite(input)).toBeNull();
    },
  );
});

describe('listCoversHost', () => {
  it.each([
    [true, ['nytimes.com'], 'https://www.nytimes.com/2024/01/01/world/story.html'],
    [true, ['nytimes.com'], 'http://nytimes.com/'],
    [true, ['nytimes.com'], 'https://www.nytimes.com./x'],
    [true, ['nytimes.com'], 'https://NYTIMES.com:8443/'],
    [true, ['a.example'], 'https://deep.sub.a.example/'],
    [false, ['nytimes.com'], 'https://notnytimes.com/'],
    [false, ['nytimes.com'], 'https://nytimes.com.evil.example/'],
    [false, ['www.nytimes.com'], 'https://nytimes.com/'],
    [true, ['127.0.0.1'], 'http://127.0.0.1:3000/page.html'],
    [false, ['0.0.1'], 'http://127.0.0.1/'],
    [false, [], 'https://a.example/'],
    [false, ['a.example'], 'about:blank'],
  ])('is %s for %j and %s', (expected, sites, url) => {
    expect(listCoversHost(sites, hostOf(url))).toBe(expected);
  });
});

describe('readSiteList', () => {
  it('keeps every good entry of a list with bad ones, normalised once, and names the bad ones', () => {
    expect(readSiteList(['https://nytimes.com', 'not a site', 42, 'www.nytimes.com', 'NYTimes.com.', '*.bbc.co.uk'])).toEqual({
      sites: ['nytimes.com', 'www.nytimes.com', 'bbc.co.uk'],
      skipped: ['not a site', 42],
    });
  });

  it('is null for a value that is no list', () => {
    expect(readSiteList('nytimes.com')).toBeNull();
  });
});

describe('site permissions', () => {
  it.each([
    ['*://*.example.com/*', 'example.com'],
    // Firefox rejects ports in match patterns; without one, both browsers match every port.
    ['*://127.0.0.1/*', '127.0.0.1'],
    ['*://localhost/*', 'localhost'],
  ])('is %s for %s, and reads back as that site', (pattern, site) => {
    expect(sitePattern(site)).toBe(pattern);
    expect(patternSite(pattern)).toBe(site);
  });

  it.each([['https://blog.example/*', 'blog.example'], ['*://*/*', null], ['<all_urls>', null]])('reads %s as %s', (pattern, site) => {
    expect(patternSite(pattern)).toBe(site);
  });
});
