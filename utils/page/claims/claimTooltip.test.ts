import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attributionAt } from '../../../tests/support/attributionAt';
import { endLifetimes, testLifetime } from '../../../tests/support/lifetime';
import { settingsWith } from '../../../tests/support/testPage';
import type { Attribution } from '../../attribution/types';
import type { Settings } from '../../settings';
import { readArticleText, type ArticleText } from '../article/articleText';
import type { HighlightPart } from '../paint/highlightParts';
import { createPainter, type Painter } from '../paint/painter';
import { claimAtCaret, createClaimTooltip } from './claimTooltip';

describe('claimAtCaret', () => {
  document.body.innerHTML = '<article><p>Two sources said <b>the deal</b> was off.</p></article><nav>Menu</nav>';
  const text = readArticleText(document.querySelector('article')!);
  const [head, bold] = text.segments.map((s) => s.node);
  const part = (start: number, end: number, claimId: number): HighlightPart =>
    ({ start, end, claimId, category: 'anonymous', isSource: false, isFirst: false });
  const parts = [part(0, 11, 0), part(17, 25, 1)];
  it.each<[string, ArticleText | null, Node, number, number | null]>([
    ['in the first claim', text, head!, 4, 0],
    ['in a claim in another text node', text, bold!, 2, 1],
    ['between claims', text, head!, 13, null],
    ['outside the article', text, document.querySelector('nav')!.firstChild!, 1, null],
    ['with no article read', null, head!, 4, null],
  ])('%s', (_, read, node, offset, expected) => {
    expect(claimAtCaret(read, parts, node, offset)).toBe(expected);
  });
});

describe('createClaimTooltip', () => {
  let page: { text: ArticleText | null; claims: Attribution[] };
  let painter: Painter;
  let settings: Settings;

  beforeEach(async () => {
    settings = settingsWith({ highlightMode: 'marks' });
    document.body.innerHTML = '<article><p>Two sources told Reuters that the talks had stalled.</p></article>';
    const text = readArticleText(document.querySelector('article')!);
    page = { text, claims: [attributionAt(text.text, 'anonymous', 'that the talks had stalled.', 'told Reuters', 'Two sources')] };
    painter = createPainter({ doc: document, quietly: (write) => write(), nodesChanged: () => {}, describe: String });
    await painter.paint(text, page.claims, settings, () => true);
  });
  afterEach(() => {
    endLifetimes();
    document.querySelector('sourcelight-tooltip')?.remove();
  });

  const tooltipOn = (lifetime = testLifetime()) => createClaimTooltip(document, lifetime, { page, painter, settings: () => settings });
  const hover = () => document.querySelector('mark')!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
  const host = () => document.querySelector('sourcelight-tooltip');

  it('is made the first time a claim is hovered, not before', () => {
    tooltipOn();
    expect(host()).toBeNull();
    hover();
    expect(host()).not.toBeNull();
  });

  it('shows nothing while highlights are off, or for a claim the page does not hold', () => {
    const tooltip = tooltipOn();
    settings = settingsWith({ enabled: false });
    hover();
    settings = settingsWith();
    tooltip.show(5, new DOMRect());
    expect(host()).toBeNull();
  });

  it('goes with remove(), and is made again when next shown', () => {
    const tooltip = tooltipOn();
    hover();
    tooltip.remove();
    expect(host()).toBeNull();
    hover();
    expect(host()).not.toBeNull();
  });

  it("stops following the pointer once the content script's context ended", () => {
    const lifetime = testLifetime();
    tooltipOn(lifetime);
    lifetime.abort();
    hover();
    expect(host()).toBeNull();
  });
});
