import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { endLifetimes, testLifetime } from '../../../tests/support/lifetime';
import { SETTLE_MS, watchArticle } from './watchArticle';

let calls: string[];
function watch(held: Element | null = document.querySelector('article')) {
  const lifetime = testLifetime();
  const watcher = watchArticle(document, lifetime, {
    article: () => held,
    changed: () => calls.push('changed'),
    settled: () => calls.push('settled'),
  });
  return { watcher, lifetime };
}
const paragraph = () => document.querySelector('article p')!;

beforeEach(() => {
  vi.useFakeTimers();
  calls = [];
  document.body.innerHTML = '<nav>Menu</nav><article><p>Officials said so.</p></article>';
});
afterEach(() => {
  endLifetimes();
  vi.useRealTimers();
});

describe('watchArticle', () => {
  it('tells of a change at once, and of the settled page once it has been quiet a while', async () => {
    watch();
    paragraph().textContent = 'Officials said more.';
    await vi.advanceTimersByTimeAsync(SETTLE_MS / 2);
    paragraph().textContent = 'Officials said even more.';
    await vi.advanceTimersByTimeAsync(SETTLE_MS - 1);
    expect(calls).toEqual(['changed', 'changed']);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toEqual(['changed', 'changed', 'settled']);
  });

  it.each<[string, (quietly: (write: () => void) => void) => void, string[]]>([
    ['a change outside the article is no change', () => (document.querySelector('nav')!.textContent = 'Home'), []],
    ['our own writes, made quietly, are none', (quietly) => quietly(() => paragraph().append(document.createElement('mark'))), []],
    ['the article replaced is one', () => document.querySelector('article')!.replaceWith(document.createElement('article')), ['changed', 'settled']],
  ])('%s', async (_, change, expected) => {
    const { watcher } = watch();
    change(watcher.quietly);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toEqual(expected);
  });

  it('with no article yet, watches for one to appear', async () => {
    watch(null);
    document.body.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(calls).toEqual(['changed', 'settled']);
  });

  it('settles a page that never stops changing within two seconds', async () => {
    watch();
    for (let t = 0; t < 2000; t += 100) {
      paragraph().textContent = `Officials said ${t}.`;
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(calls.filter((c) => c === 'settled')).toHaveLength(1);
  });

  it('stops when the content script\'s context ends', async () => {
    const { lifetime } = watch();
    paragraph().textContent = 'Officials said more.';
    await vi.advanceTimersByTimeAsync(0);
    lifetime.abort();
    paragraph().textContent = 'Officials said even more.';
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toEqual(['changed']);
    expect(vi.getTimerCount()).toBe(0);
  });
});
