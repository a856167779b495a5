import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findAttributions } from '../attribution';
import { nodePieces, readArticleText } from './articleText';
import { createPageController, type PageController } from './pageController';
import { loadPage, settingsWith, sharedPage } from './testPage';

let controller: PageController | undefined;
afterEach(() => {
  controller?.destroy();
  controller = undefined;
  vi.useRealTimers();
});

async function start(html: string, settings = settingsWith()) {
  loadPage(html);
  const counts: number[] = [];
  controller = createPageController({ doc: document, findAttributions: async (text) => findAttributions(text), reportCount: (n) => counts.push(n) }, settings);
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
  const seedDir = resolve(__dirname, '../../../shared/corpus/seed');
  const seedText = readFileSync(resolve(seedDir, 'iran-troops-syria.txt'), 'utf8');
  const gold: { attributions: { cue: [number, number] }[] }[] = JSON.parse(readFileSync(resolve(seedDir, 'gold.json'), 'utf8'));

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
    const counts: number[] = [];
    controller = createPageController({ doc: document, findAttributions: engine, reportCount: (n) => counts.push(n) }, settingsWith());
    await controller.start();
    await controller.idle();
    expect(document.querySelector('article')!.innerHTML).toBe(before);
    expect(await controller.pageState()).toMatchObject({ status: 'scanned', claims: [] });
    expect(counts).toEqual([0]);
  });
});

describe('a very long article', () => {
  it('is read in slices, and read again when the page changed it in between', async () => {
    const filler = '<p>The weather was mild and the market was busy on a quiet day in the old town.</p>'.repeat(3000);
    loadPage(`<html><body><article><p id="first">Nothing was announced.</p>${filler}</article></body></html>`);
    const mark = performance.mark.bind(performance);
    let readSlices = 0;
    // The page edits the article as soon as the read has given it a turn.
    vi.spyOn(performance, 'mark').mockImplementation((name, options) => {
      if (name === 'sourcelight:read:start') {
        setTimeout(() => {
          readSlices += 1;
          document.getElementById('first')!.textContent = 'Two officials said the talks would resume on Monday.';
        }, 0);
      }
      return mark(name, options);
    });
    const texts: string[] = [];
    controller = createPageController(
      { doc: document, findAttributions: async (text) => (texts.push(text), findAttributions(text)), reportCount: () => {} },
      settingsWith(),
    );
    await controller.start();
    await controller.idle();
    expect(readSlices).toBe(1);
    expect(texts[0]).toMatch(/^Two officials said the talks would resume on Monday\./);
    expect(document.querySelector('#first mark.sourcelight-mark')).not.toBeNull();
  });
});

describe('late and changing content', () => {
  const story = (n: number) =>
    `<p>Update ${n}: two officials said the talks would resume on Monday, and the ministry said it agreed.</p>`.repeat(4);

  it('scans an article that appears after the page loaded', async () => {
    vi.useFakeTimers();
    loadPage('<html><body><div id="app"></div></body></html>');
    controller = createPageController({ doc: document, findAttributions: async (text) => findAttributions(text), reportCount: () => {} }, settingsWith());
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
    controller = createPageController({ doc: document, findAttributions: async (text) => findAttributions(text), reportCount: () => {} }, settingsWith());
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
    controller = createPageController({ doc: document, findAttributions: async (text) => findAttributions(text), reportCount: () => {} }, settingsWith());
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
    controller = createPageController({ doc: document, findAttributions: async (text) => findAttributions(text), reportCount: () => {} }, settingsWith());
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
