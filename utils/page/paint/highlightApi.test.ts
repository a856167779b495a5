import { afterEach, describe, expect, it } from 'vitest';
import { findAttributions } from '../../attribution';
import { readArticleText } from '../article/articleText';
import { clearHighlights, paintHighlights } from './highlightApi';
import { highlightParts } from './highlightParts';
import { installHighlightApi, rangesText, removeHighlightApi, SetHighlight } from '../../../tests/support/highlightRegistry';
import { endLifetimes, testLifetime } from '../../../tests/support/lifetime';
import { createPageController } from '../pageController';
import { loadPage, settingsWith, sharedPage } from '../../../tests/support/testPage';


describe('paintHighlights', () => {
  it('paints each category as one named highlight over exactly the claim text, per text node', () => {
    document.body.innerHTML = '<article><p>Two <b>sources</b> said the <em>deal</em> was off.</p><p>The report said B.</p></article>';
    const root = document.querySelector('article')!;
    const article = readArticleText(root);
    const t = article.text;
    const span = (s: string) => ({ start: t.indexOf(s), end: t.indexOf(s) + s.length });
    const parts = highlightParts(
      [
        { category: 'anonymous', claim: span('the deal was off.'), cue: { ...span(' said'), text: 'said' }, source: { ...span('Two sources'), text: 'Two sources' }, resolvedSource: null },
        { category: 'document', claim: span('B.'), cue: { ...span('said B'), text: 'said' }, source: null, resolvedSource: null },
      ],
      () => true,
    );
    const registry = new Map<string, unknown>();
    paintHighlights(article, parts, registry, (ranges) => new SetHighlight(...ranges));
    expect(rangesText(registry.get('sourcelight-anonymous')).join('')).toBe('Two sources said the deal was off.');
    // The source in its category's colour: a highlight of its own per category, not one grey for every source.
    expect(rangesText(registry.get('sourcelight-source-anonymous'))).toEqual(['Two ', 'sources']);
    expect(registry.has('sourcelight-source-document')).toBe(false);
    expect(rangesText(registry.get('sourcelight-document')).join('')).toBe('said B.');
    expect(registry.has('sourcelight-named')).toBe(false);
    clearHighlights(registry);
    expect(registry.size).toBe(0);
  });
});

describe('the Highlight API mode', () => {
  afterEach(() => {
    endLifetimes();
    removeHighlightApi();
  });

  it('never touches the article, and clears its highlights when turned off', async () => {
    const registry = installHighlightApi();
    loadPage(sharedPage('seed-article.html'));
    const article = document.querySelector('article')!;
    const pristine = article.innerHTML;
    const controller = createPageController({ doc: document, lifetime: testLifetime(), findAttributions: async (text) => findAttributions(text), reportCount: () => {} }, settingsWith({ highlightMode: 'highlight-api' }));
    await controller.start();
    await controller.idle();
    expect(article.innerHTML).toBe(pristine);
    const painted = rangesText(registry.get('sourcelight-anonymous')).join('');
    expect(painted).toContain('Lebanese sources told Reuters');
    expect(controller.revealClaim(0)).toBe(true);
    await controller.applySettings(settingsWith({ highlightMode: 'highlight-api', enabled: false }));
    expect([...registry.keys()]).toEqual([]);
    expect(article.innerHTML).toBe(pristine);
  });

  it('switches from marks to the Highlight API without a reload, leaving the article as it was', async () => {
    const registry = installHighlightApi();
    loadPage(sharedPage('seed-article.html'));
    const article = document.querySelector('article')!;
    const pristine = article.innerHTML;
    const controller = createPageController({ doc: document, lifetime: testLifetime(), findAttributions: async (text) => findAttributions(text), reportCount: () => {} }, settingsWith({ highlightMode: 'marks' }));
    await controller.start();
    await controller.idle();
    expect(article.querySelector('mark.sourcelight-mark')).not.toBeNull();
    await controller.applySettings(settingsWith({ highlightMode: 'highlight-api' }));
    await controller.idle();
    expect(article.innerHTML).toBe(pristine);
    const ranges = Array.from(registry.get('sourcelight-anonymous') as SetHighlight);
    expect(ranges.map((r) => r.toString()).join('')).toContain('Lebanese sources told Reuters');
    // Ranges over nodes our marks had split, and that went with them, would paint nothing.
    expect(ranges.every((r) => r.startContainer.isConnected && article.contains(r.startContainer))).toBe(true);
    await controller.applySettings(settingsWith({ highlightMode: 'marks' }));
    await controller.idle();
    expect(registry.size).toBe(0);
    expect(article.querySelector('mark.sourcelight-mark[data-category="anonymous"]')).not.toBeNull();
  });
});
