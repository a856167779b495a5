import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { attributionAt } from '../../../tests/support/attributionAt';
import { endLifetimes, testLifetime } from '../../../tests/support/lifetime';
import { settingsWith } from '../../../tests/support/testPage';
import type { Attribution } from '../../attribution/types';
import type { Settings } from '../../settings';
import { readArticleText, type ArticleText } from '../article/articleText';
import { FLASH_MS } from '../paint/highlightMarks';
import { createPainter, type Painter } from '../paint/painter';
import { claimPaintedOver, createClaimNavigation, shownInReadingOrder, stepClaimId } from './claimNavigation';

const ARTICLE = `<p>Two sources told Reuters that the talks had stalled.</p>
<p>“We will not comment,” said the ministry.</p>
<p>Analyst Jane Doe said prices would fall.</p>`;

describe('stepClaimId', () => {
  it.each<[string, number[], number | null, 1 | -1, number | null]>([
    ['from nowhere, forward: the first', [4, 2, 7], null, 1, 4],
    ['from nowhere, back: the last', [4, 2, 7], null, -1, 7],
    ['forward', [4, 2, 7], 4, 1, 2],
    ['back', [4, 2, 7], 2, -1, 4],
    ['forward past the last: wraps to the first', [4, 2, 7], 7, 1, 4],
    ['back past the first: wraps to the last', [4, 2, 7], 4, -1, 7],
    ['from a claim no longer shown: the first', [4, 2, 7], 9, 1, 4],
    ['nothing shown', [], 3, 1, null],
  ])('%s', (_, ordered, current, direction, expected) => {
    expect(stepClaimId(ordered, current, direction)).toBe(expected);
  });
});

describe('shownInReadingOrder', () => {
  it('lists the claims of shown categories by where they start', () => {
    const text = 'A said x. B said y. C said z.';
    const claims = [
      attributionAt(text, 'named', 'z.', 'said', 'C'),
      attributionAt(text, 'anonymous', 'x.', 'said', 'A'),
      attributionAt(text, 'official', 'y.', 'said', 'B'),
    ];
    const shown: Settings['shown'] = { anonymous: true, official: false, named: true, document: true };
    expect(shownInReadingOrder(claims, shown)).toEqual([1, 0]);
  });
});

/** A quote its source closes ("..." said the ministry): the cue comes before the source. */
function closingQuote(text: string, quote: string, source: string): Attribution {
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  return { category: 'official', claim: at(quote), cue: { ...at(`said ${source}`), end: text.indexOf(source) - 1, text: 'said' }, source: { ...at(source), text: source }, resolvedSource: null };
}

describe('claimPaintedOver', () => {
  // A second reading of the quote ("We will not comment", said the ministry) lies inside the first, painted first.
  const text = '“We will not comment,” said the ministry. Analysts said so.';
  const quote = closingQuote(text, '“We will not comment,”', 'the ministry');
  const inner: Attribution = { ...quote, claim: { start: text.indexOf('We'), end: text.indexOf(',') } };
  const other = attributionAt(text, 'named', 'so.', 'said', 'Analysts');
  it.each<[string, number, number[], number | null]>([
    ['a claim with marks of its own shows them', 0, [0, 2], 0],
    ['a claim painted over shows the claim over its cue', 1, [0, 2], 0],
    ['a claim with no marks anywhere is not shown', 1, [2], null],
  ])('%s', (_, id, withMarks, expected) => {
    expect(claimPaintedOver([quote, inner, other], id, (c) => withMarks.includes(c))).toBe(expected);
  });
});

describe('createClaimNavigation', () => {
  let page: { article: Element | null; text: ArticleText | null; claims: Attribution[] };
  let painter: Painter;
  let settings: Settings;
  const tooltips: number[] = [];

  beforeEach(async () => {
    vi.useFakeTimers();
    tooltips.length = 0;
    settings = settingsWith({ highlightMode: 'marks' });
    document.body.innerHTML = `<article>${ARTICLE}</article>`;
    const article = document.querySelector('article')!;
    const text = readArticleText(article);
    const claims = [
      attributionAt(text.text, 'anonymous', 'that the talks had stalled.', 'told Reuters', 'Two sources'),
      closingQuote(text.text, '“We will not comment,”', 'the ministry'),
      attributionAt(text.text, 'named', 'prices would fall.', 'said', 'Analyst Jane Doe'),
    ];
    page = { article, text, claims };
    painter = createPainter({ doc: document, quietly: (write) => write(), nodesChanged: () => {}, describe: String });
    await painter.paint(text, claims, settings, () => true);
  });
  afterEach(() => {
    endLifetimes();
    vi.useRealTimers();
  });

  const navigation = (lifetime = testLifetime()) =>
    createClaimNavigation({ doc: document, lifetime, page, painter, settings: () => settings, showTooltip: (id) => tooltips.push(id) });
  const focusedClaim = () => document.activeElement?.getAttribute('data-claim');

  it('reveals a claim: focus on its lead mark, a flash for a moment, its tooltip', async () => {
    expect(navigation().reveal(1)).toBe(true);
    expect(focusedClaim()).toBe('1');
    const marks = Array.from(document.querySelectorAll('mark[data-claim="1"]'));
    expect(marks.every((m) => m.classList.contains('sourcelight-flash'))).toBe(true);
    expect(tooltips).toEqual([1]);
    await vi.advanceTimersByTimeAsync(FLASH_MS);
    expect(marks.some((m) => m.classList.contains('sourcelight-flash'))).toBe(false);
  });

  it.each([
    ['an id the page does not hold', () => 9],
    ['no article', () => ((page.article = null), 0)],
  ])('reveals nothing for %s', (_, id) => {
    expect(navigation().reveal(id())).toBe(false);
    expect(tooltips).toEqual([]);
  });

  it('steps through the claims shown in reading order, wrapping, and from a mark the reader tabbed to', () => {
    const nav = navigation();
    expect([nav.step(1), nav.step(1), nav.step(1), nav.step(1)]).toEqual([0, 1, 2, 0]);
    expect(nav.step(-1)).toBe(2);
    document.querySelector<HTMLElement>('mark[data-claim="0"]')!.focus();
    expect(nav.step(1)).toBe(1);
    // From a claim whose category was just hidden: the first claim shown.
    settings = settingsWith({ highlightMode: 'marks', shown: { anonymous: true, official: false, named: true, document: true } });
    expect([nav.step(1), nav.step(1)]).toEqual([0, 2]);
  });

  it('does not step while highlights are off', () => {
    settings = settingsWith({ enabled: false });
    expect(navigation().step(1)).toBeNull();
  });

  it("leaves no flash timer once the content script's context ended", () => {
    const lifetime = testLifetime();
    navigation(lifetime).reveal(0);
    lifetime.abort();
    expect(vi.getTimerCount()).toBe(0);
  });
});
