import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SEED_DIR } from '../../harness/paths';
import { findAttributions } from '../attribution';
import { endLifetimes, testLifetime } from '../../tests/support/lifetime';
import { nodePieces, readArticleText } from './article/articleText';
import { createPageController, type PageControllerDeps } from './pageController';
import { loadPage, settingsWith, sharedPage } from '../../tests/support/testPage';

afterEach(() => {
  endLifetimes();
  vi.useRealTimers();
});

const inNode: PageControllerDeps['findAttributions'] = async (text) => findAttributions(text);

/** A controller on the test document, living as long as a content script's context of its own. */
function controllerWith(change: Partial<PageControllerDeps> = {}, settings = settingsWith()) {
  return createPageController({ doc: document, lifetime: testLifetime(), findAttributions: inNode, reportCount: () => {}, ...change }, settings);
}

async function start(html: string, settings = settingsWith()) {
  loadPage(html);
  const counts: (number | null)[] = [];
  const controller = controllerWith({ reportCount: (n) => counts.push(n) }, settings);
  await controller.start();
  await controller.idle();
  return { controller, counts };
}

/** Whether the character at `offset` of the article text sits in one of our marks. */
function isMarked(article: Element, offset: number): boolean {
  const [piece] = nodePieces(readArticleText(article), offset, offset + 1);
  return piece?.node.parentElement?.closest('mark.sourcelight-mark') != null;
}

describe('the seed article', () => {
  const seedText = readFileSync(resolve(SEED_DIR, 'iran-troops-syria.txt'), 'utf8');
  const gold: { attributions: { cue: [number, number] }[] }[] = JSON.parse(readFileSync(resolve(SEED_DIR, 'gold.json'), 'utf8'));

  it('highlights the sentence of every gold attribution and nothing in the aside', async () => {
    await start(sharedPage('seed-article.html'));
    const article = document.querySelector('article')!;
    const text = readArticleText(article).text;
    for (const { cue } of gold[0]!.attributions) {
      // The gold offsets are into the corpus text; find the same words in the page's text.
      const probe = seedText.slice(cue[0] - 25, cue[1]);
      const at = text.indexOf(probe);
      expect(at, probe).toBeGreaterThanOrEqual(0);
      expect(isMarked(article, at + 25), `cue of "${probe}"`).toBe(true);
    }
    // Paragraphs with no gold attribution get no highlight.
    for (const p of Array.from(article.querySelectorAll('p'))) {
      if (/^(So far|The Russian and Iranian)/.test(p.textContent!)) expect(p.querySelector('mark'), p.textContent!).toBeNull();
    }
    expect(document.querySelector('aside')!.textContent).toContain('traders said');
    expect(document.querySelector('aside mark, nav mark, footer mark')).toBeNull();
  });
});

describe('turning highlights off and on', () => {
  it('leaves the whole document exactly as it was, and paints again without a reload', async () => {
    loadPage(sharedPage('seed-article.html'));
    const pristine = document.documentElement.outerHTML;
    const { controller } = await start(sharedPage('seed-article.html'));
    const painted = document.documentElement.outerHTML;
    expect(painted).not.toBe(pristine);
    expect(document.getElementById('sourcelight-style')?.parentElement).toBe(document.head);
    for (let i = 0; i < 5; i++) {
      await controller.applySettings(settingsWith({ enabled: false }));
      await controller.idle();
      expect(document.documentElement.outerHTML).toBe(pristine);
      await controller.applySettings(settingsWith());
      await controller.idle();
      expect(document.documentElement.outerHTML).toBe(painted);
    }
  });

  it('hides one category and brings it back', async () => {
    const { controller } = await start(sharedPage('seed-article.html'));
    const article = document.querySelector('article')!;
    const painted = article.innerHTML;
    expect(article.querySelector('[data-category="anonymous"]')).not.toBeNull();
    expect(article.querySelector('[data-category="official"]')).not.toBeNull();
    const shown = { anonymous: false, official: true, named: true, document: true };
    const officialMarks = Array.from(article.querySelectorAll('[data-category="official"]'));
    await controller.applySettings(settingsWith({ shown }));
    await controller.idle();
    expect(article.querySelector('[data-category="anonymous"]')).toBeNull();
    // The other categories' marks are left as they were, not redone.
    const officialAfter = Array.from(article.querySelectorAll('[data-category="official"]'));
    expect(officialAfter.length).toBe(officialMarks.length);
    expect(officialAfter.every((mark, i) => mark === officialMarks[i])).toBe(true);
    await controller.applySettings(settingsWith());
    await controller.idle();
    expect(article.innerHTML).toBe(painted);
  });

  it('counts every claim found, whatever is shown', async () => {
    const { controller, counts } = await start(sharedPage('seed-article.html'));
    const before = await controller.pageState();
    await controller.applySettings(settingsWith({ enabled: false }));
    const after = await controller.pageState();
    expect(after.counts).toEqual(before.counts);
    expect(counts).toEqual([before.claims.length]);
  });
});

describe('when the engine cannot answer', () => {
  it.each([
    ['fails (the background is being updated)', async () => Promise.reject(new Error('Receiving end does not exist.'))],
    ['answers nothing (a text over the message limit)', async () => undefined as never],
  ])('the page is left as it was and reports no claims when the engine %s', async (_, engine) => {
    loadPage(sharedPage('seed-article.html'));
    const before = document.querySelector('article')!.innerHTML;
    const counts: (number | null)[] = [];
    const controller = controllerWith({ findAttributions: engine, reportCount: (n) => counts.push(n) });
    await controller.start();
    await controller.idle();
    expect(document.querySelector('article')!.innerHTML).toBe(before);
    expect(await controller.pageState()).toMatchObject({ status: 'scanned', claims: [] });
    expect(counts).toEqual([0]);
  });
});

describe('late and changing content', () => {
  const story = (n: number) =>
    `<p>Update ${n}: two officials said the talks would resume on Monday, and the ministry said it agreed.</p>`.repeat(4);

  it('scans an article that appears after the page loaded', async () => {
    vi.useFakeTimers();
    loadPage('<html><body><div id="app"></div></body></html>');
    const controller = controllerWith();
    void controller.start();
    await vi.advanceTimersByTimeAsync(10);
    expect((await controller.pageState()).status).toBe('no-article');
    document.getElementById('app')!.innerHTML = `<article>${story(1)}</article>`;
    await vi.advanceTimersByTimeAsync(1000);
    expect((await controller.pageState()).status).toBe('scanned');
    expect(document.querySelector('article mark.sourcelight-mark')).not.toBeNull();
  });

  it('rescans a bounded number of times while the page replaces its article every second, then settles', async () => {
    vi.useFakeTimers();
    loadPage(`<html><body><article>${story(0)}</article></body></html>`);
    const controller = controllerWith();
    void controller.start();
    await vi.advanceTimersByTimeAsync(100);
    const article = document.querySelector('article')!;
    for (let second = 1; second <= 60; second++) {
      article.innerHTML = story(second);
      await vi.advanceTimersByTimeAsync(1000);
    }
    const duringChurn = controller.rescans;
    // Backing off (0.3 s, 0.6 s, ... up to 8 s between rescans) keeps a minute of churn to a handful of rescans.
    expect(duringChurn).toBeGreaterThan(3);
    expect(duringChurn).toBeLessThanOrEqual(15);
    await vi.advanceTimersByTimeAsync(10_000);
    const settled = controller.rescans;
    // Our own marks never trigger a rescan: a quiet page stays quiet.
    await vi.advanceTimersByTimeAsync(30_000);
    expect(controller.rescans).toBe(settled);
    expect(article.querySelector('mark.sourcelight-mark')).not.toBeNull();
    expect(readArticleText(article).text).toContain('Update 60:');
    expect(article.querySelector('mark')!.closest('p')!.textContent).toContain('Update 60:');
  });

  it('repaints only what changed when the page rewrites one paragraph', async () => {
    vi.useFakeTimers();
    loadPage(`<html><body><article>${story(3)}<p>Analysts said prices would fall.</p></article></body></html>`);
    const controller = controllerWith();
    void controller.start();
    await vi.advanceTimersByTimeAsync(100);
    const article = document.querySelector('article')!;
    const paragraphs = Array.from(article.querySelectorAll('p'));
    const marksBefore = Array.from(paragraphs[1]!.querySelectorAll('mark'));
    expect(marksBefore.length).toBeGreaterThan(0);
    paragraphs[4]!.textContent = 'Analysts said prices would rise.';
    await vi.advanceTimersByTimeAsync(1000);
    expect(controller.rescans).toBe(1);
    expect(Array.from(paragraphs[1]!.querySelectorAll('mark'))).toEqual(marksBefore);
    expect(marksBefore.every((mark) => mark.isConnected)).toBe(true);
    expect(Array.from(paragraphs[4]!.querySelectorAll('mark'), (m) => m.textContent).join('')).toContain('rise');
  });

  it('repaints a paragraph the page re-rendered with the same text', async () => {
    vi.useFakeTimers();
    loadPage(`<html><body><article>${story(7)}</article></body></html>`);
    const controller = controllerWith();
    void controller.start();
    await vi.advanceTimersByTimeAsync(100);
    const article = document.querySelector('article')!;
    const painted = article.innerHTML;
    const first = article.querySelector('p')!;
    first.replaceWith(Object.assign(document.createElement('p'), { textContent: first.textContent }));
    await vi.advanceTimersByTimeAsync(1000);
    expect(controller.rescans).toBe(1);
    expect(article.innerHTML).toBe(painted);
  });
});

describe("the content script's context", () => {
  it('ends the controller with it: highlights, stylesheet and tooltip go, and later changes start nothing', async () => {
    vi.useFakeTimers();
    loadPage(sharedPage('seed-article.html'));
    const pristine = document.querySelector('article')!.innerHTML;
    const lifetime = testLifetime();
    const controller = createPageController({ doc: document, lifetime, findAttributions: inNode, reportCount: () => {} }, settingsWith());
    void controller.start();
    await vi.advanceTimersByTimeAsync(100);
    expect(controller.phase).toBe('shown');
    expect(controller.revealClaim(0)).toBe(true);
    lifetime.abort();
    expect(document.querySelector('article')!.innerHTML).toBe(pristine);
    expect(document.getElementById('sourcelight-style')).toBeNull();
    expect(document.querySelector('sourcelight-tooltip')).toBeNull();
    expect(vi.getTimerCount()).toBe(0);
    document.querySelector('article p')!.textContent = 'Two officials said the talks would resume on Monday.';
    await vi.advanceTimersByTimeAsync(10_000);
    expect(controller.rescans).toBe(0);
    expect(controller.phase).toBe('off');
    expect(document.querySelector('mark')).toBeNull();
  });

  it('ends during the first scan: no watcher is left on the page', async () => {
    vi.useFakeTimers();
    loadPage(sharedPage('seed-article.html'));
    const lifetime = testLifetime();
    const controller = createPageController(
      { doc: document, lifetime, findAttributions: async (text) => (lifetime.abort(), findAttributions(text)), reportCount: () => {} },
      settingsWith(),
    );
    void controller.start();
    await vi.advanceTimersByTimeAsync(100);
    document.querySelector('article p')!.textContent = 'Two officials said the talks would resume on Monday.';
    // A watcher would have set its settle timer by now.
    await vi.advanceTimersByTimeAsync(0);
    expect(vi.getTimerCount()).toBe(0);
    expect(controller.rescans).toBe(0);
    expect(document.querySelector('mark')).toBeNull();
  });
});
