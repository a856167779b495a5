import { afterEach, describe, expect, it } from 'vitest';
import { attributionAt } from '../../../tests/support/attributionAt';
import { installHighlightApi, rangesText, removeHighlightApi } from '../../../tests/support/highlightRegistry';
import { settingsWith } from '../../../tests/support/testPage';
import { findAttributions } from '../../attribution';
import type { Attribution } from '../../attribution/types';
import type { Settings } from '../../settings';
import { readArticleText } from '../article/articleText';
import { createPainter, settingsEffect } from './painter';

const ARTICLE = `<p>Two sources told Reuters that the talks had stalled.</p>
<p>The ministry said in a statement that it would not comment.</p>
<p>Analyst Jane Doe said prices would fall.</p>`;

function claimsOf(text: string): Attribution[] {
  return [
    attributionAt(text, 'anonymous', 'that the talks had stalled.', 'told Reuters', 'Two sources'),
    attributionAt(text, 'official', 'that it would not comment.', 'said', 'The ministry'),
    attributionAt(text, 'named', 'prices would fall.', 'said', 'Analyst Jane Doe'),
  ];
}

afterEach(() => {
  removeHighlightApi();
});

function setUp(html = ARTICLE) {
  document.head.innerHTML = '';
  document.body.innerHTML = `<article>${html}</article>`;
  const root = document.querySelector('article')!;
  const pristine = root.innerHTML;
  let nodesChanged = 0;
  const painter = createPainter({
    doc: document,
    quietly: (write) => write(),
    nodesChanged: () => void (nodesChanged += 1),
    describe: (id) => `claim ${id}`,
  });
  const text = readArticleText(root);
  return { root, pristine, painter, text, claims: claimsOf(text.text), nodesChanged: () => nodesChanged };
}

const marks = (root: Element) => Array.from(root.querySelectorAll('mark.sourcelight-mark'));

describe('settingsEffect', () => {
  const base = settingsWith();
  it.each<[string, Partial<Settings>, 'repaint' | 'restyle' | 'none']>([
    ['highlights switched off', { enabled: false }, 'repaint'],
    ['another highlight mode', { highlightMode: 'highlight-api' }, 'repaint'],
    ['a category hidden', { shown: { ...base.shown, named: false } }, 'repaint'],
    ['a new colour', { colors: { ...base.colors, official: '#000000' } }, 'restyle'],
    ['a site list changed', { alwaysScanSites: ['https://example.com'] }, 'none'],
    ['nothing changed', {}, 'none'],
  ])('%s: %s', (_, change, effect) => {
    expect(settingsEffect(base, settingsWith(change))).toBe(effect);
  });

  it('asks nothing for new colours while highlights are off', () => {
    const off = settingsWith({ enabled: false });
    expect(settingsEffect(off, settingsWith({ enabled: false, colors: { ...off.colors, named: '#000000' } }))).toBe('none');
  });
});

describe('the painter, with marks', () => {
  it('marks every claim shown, says its nodes changed, and holds the paint intact until the page touches it', async () => {
    const { root, painter, text, claims, nodesChanged } = setUp();
    expect(await painter.paint(text, claims, settingsWith({ highlightMode: 'marks' }), () => true)).toBe(true);
    expect(painter.mode).toBe('marks');
    expect(new Set(marks(root).map((m) => m.getAttribute('data-claim')))).toEqual(new Set(['0', '1', '2']));
    expect(document.getElementById('sourcelight-style')).not.toBeNull();
    expect(nodesChanged()).toBe(1);
    expect(painter.intact()).toBe(true);
    marks(root)[0]!.remove();
    expect(painter.intact()).toBe(false);
  });

  it('keeps the marks that still fit when it paints again with a category hidden', async () => {
    const { root, painter, text, claims } = setUp();
    await painter.paint(text, claims, settingsWith({ highlightMode: 'marks' }), () => true);
    const official = marks(root).filter((m) => m.getAttribute('data-category') === 'official');
    const hidden = settingsWith({ highlightMode: 'marks', shown: { anonymous: false, official: true, named: true, document: true } });
    await painter.paint(readArticleText(root), claims, hidden, () => true);
    expect(root.querySelector('[data-category="anonymous"]')).toBeNull();
    const after = marks(root).filter((m) => m.getAttribute('data-category') === 'official');
    expect(after).toHaveLength(official.length);
    expect(after.every((mark, i) => mark === official[i])).toBe(true);
  });

  // The engine reads 400 paragraphs first: seconds on a machine busy with other work.
  it('stops once newer work took over, leaving a paint that is not intact', async () => {
    const { root, painter, text } = setUp(`${ARTICLE}\n`.repeat(400));
    const claims = findAttributions(text.text);
    // Newer work takes over once a few paragraphs are marked.
    let asked = 0;
    const painting = painter.paint(text, claims, settingsWith({ highlightMode: 'marks' }), () => ++asked < 50);
    expect(await painting).toBe(false);
    expect(painter.intact()).toBe(false);
    expect(marks(root).length).toBeGreaterThan(0);
    expect(new Set(marks(root).map((m) => m.getAttribute('data-claim'))).size).toBeLessThan(claims.length);
  }, 30_000);

  it('clears to the article as the page built it, and turns off without a trace', async () => {
    const { root, pristine, painter, text, claims } = setUp();
    await painter.paint(text, claims, settingsWith({ highlightMode: 'marks' }), () => true);
    painter.clear();
    expect(root.innerHTML).toBe(pristine);
    expect(painter.mode).toBeNull();
    expect(document.getElementById('sourcelight-style')).not.toBeNull();
    painter.turnOff();
    expect(document.getElementById('sourcelight-style')).toBeNull();
  });
});

describe('the painter, with the CSS Custom Highlight API', () => {
  it('paints without touching the article, and clears the browser registry', async () => {
    const registry = installHighlightApi();
    const { root, pristine, painter, text, claims, nodesChanged } = setUp();
    await painter.paint(text, claims, settingsWith({ highlightMode: 'highlight-api' }), () => true);
    expect(painter.mode).toBe('highlight-api');
    expect(root.innerHTML).toBe(pristine);
    expect(nodesChanged()).toBe(0);
    expect(rangesText(registry.get('sourcelight-official')).join('')).toContain('would not comment');
    expect(painter.parts.map((p) => p.claimId)).toEqual(expect.arrayContaining([0, 1, 2]));
    expect(painter.intact()).toBe(true);
    painter.clear();
    expect(registry.size).toBe(0);
  });

  it('is the mode chosen for an article a framework owns, decided once per article and setting', () => {
    installHighlightApi();
    const { root, painter } = setUp();
    const marksChoice = painter.choose(root, 'auto');
    expect(marksChoice.mode).toBe('marks');
    root.setAttribute('data-reactroot', '');
    expect(painter.choose(root, 'auto')).toBe(marksChoice);
    expect(painter.choose(root, 'highlight-api')).toMatchObject({ mode: 'highlight-api' });
  });

  it('falls back to marks where the browser has no Highlight API', () => {
    const { root, painter } = setUp();
    expect(painter.choose(root, 'highlight-api').mode).toBe('marks');
  });
});
