import { describe, expect, it } from 'vitest';
import { attributionAt } from '../../../tests/support/attributionAt';
import type { Attribution } from '../../attribution/types';
import { readArticleText } from '../article/articleText';
import { applyMarks, removeMarks } from './highlightMarks';
import { highlightParts } from './highlightParts';
import { toMarkPieces } from './markPieces';

function mark(html: string, build: (text: string) => Attribution[], shown: (a: Attribution) => boolean = () => true) {
  document.body.innerHTML = `<article>${html}</article>`;
  const root = document.querySelector('article')!;
  const original = root.innerHTML;
  const article = readArticleText(root);
  const attributions = build(article.text);
  const parts = highlightParts(attributions, shown);
  applyMarks(toMarkPieces(article, parts), (id) => `claim ${id}`);
  return { root, original, text: article.text, attributions };
}

const marksOf = (root: Element, claimId: number) => Array.from(root.querySelectorAll<HTMLElement>(`mark[data-claim="${claimId}"]`));
const markedText = (root: Element, claimId: number) => marksOf(root, claimId).map((m) => m.textContent).join('');
/** The characters a claim covers with its cue and source: what the reader sees painted. */
const paintedText = (text: string, a: Attribution) => {
  const start = Math.min(a.claim.start, a.cue.start, a.source?.start ?? Infinity);
  const end = Math.max(a.claim.end, a.cue.end, a.source?.end ?? -Infinity);
  return text.slice(start, end).replace(/\n/g, '');
};

describe('applyMarks', () => {
  it('marks exactly the claim with its cue and source, across inline tags, after skipped zones', () => {
    const { root, text, attributions } = mark(
      '<h2>Talks</h2><p>Intro <span hidden>hidden words</span>text.<script>var x = "said";</script></p>' +
        '<p>The <a href="#">Pentagon</a> said the talks were <em>“cordial and <b>professional</b>”</em>, and<br>more.</p>' +
        '<p>Two <i>sources</i> told Reuters &amp; others the plan <mark>was</mark> set.</p>',
      (t) => [
        attributionAt(t, 'official', 'the talks were “cordial and professional”, and\nmore.', 'said', 'The Pentagon'),
        // The page's own <mark> is not read, so its word is not in the text.
        attributionAt(t, 'anonymous', 'the plan  set.', 'told Reuters', 'Two sources'),
      ],
    );
    expect(markedText(root, 0)).toBe(paintedText(text, attributions[0]!));
    expect(markedText(root, 0)).toBe('The Pentagon said the talks were “cordial and professional”, andmore.');
    expect(markedText(root, 1)).toBe(paintedText(text, attributions[1]!));
    expect(markedText(root, 1)).toBe('Two sources told Reuters & others the plan  set.');
    expect(root.querySelector('mark:not(.sourcelight-mark) mark, [hidden] mark, script mark')).toBeNull();
    expect(root.querySelector('mark:not(.sourcelight-mark)')!.textContent).toBe('was');
  });

  it('says the category of every mark, emphasises the source and lets the first mark take focus', () => {
    const { root } = mark('<p>Officials said the <em>deal</em> was done.</p>', (t) => [
      attributionAt(t, 'anonymous', 'the deal was done.', 'said', 'Officials'),
    ]);
    const marks = marksOf(root, 0);
    expect(marks.every((m) => m.classList.contains('sourcelight-mark') && m.dataset.category === 'anonymous')).toBe(true);
    expect(marks.filter((m) => m.classList.contains('sourcelight-source')).map((m) => m.textContent)).toEqual(['Officials']);
    expect(marks.map((m) => m.getAttribute('tabindex'))).toEqual(['0', null, null, null]);
    expect(marks[0]!.getAttribute('aria-label')).toBe('claim 0');
  });

  it('gives a character to one claim only when claims overlap', () => {
    const { root } = mark('<p>He said they said it was late.</p>', (t) => [
      attributionAt(t, 'named', 'they said it was late.', 'said', 'He'),
      attributionAt(t, 'anonymous', 'it was late.', 'said it', 'they'),
    ]);
    expect(markedText(root, 0)).toBe('He said they said it was late.');
    expect(marksOf(root, 1)).toEqual([]);
    expect(root.querySelector('mark mark')).toBeNull();
  });

  it('marks only the categories shown', () => {
    const { root } = mark('<p>Officials said A.</p><p>The report said B.</p>', (t) => [
      attributionAt(t, 'anonymous', 'A.', 'said', 'Officials'),
      attributionAt(t, 'document', 'B.', 'said', 'The report'),
    ], (a) => a.category !== 'anonymous');
    expect(root.querySelectorAll('mark[data-category="anonymous"]')).toHaveLength(0);
    expect(markedText(root, 1)).toBe('The report said B.');
  });
});

describe('removeMarks', () => {
  const page =
    '<p>The <a href="#">Pentagon</a> said the talks were <em>“cordial”</em>.</p><p>Sources said <b>no</b>.</p>';
  const build = (t: string) => [
    attributionAt(t, 'official', 'the talks were “cordial”.', 'said', 'The Pentagon'),
    attributionAt(t, 'anonymous', 'no.', 'said', 'Sources'),
  ];

  it('leaves the article exactly as the page built it, text nodes included', () => {
    const { root, original } = mark(page, build);
    const firstText = root.querySelector('p')!.firstChild;
    expect(root.innerHTML).not.toBe(original);
    removeMarks(root);
    expect(root.innerHTML).toBe(original);
    expect(root.querySelector('p')!.firstChild).toBe(firstText);
    expect(root.querySelector('p')!.childNodes).toHaveLength(5);
  });

  it('restores the article after marking on and off many times', () => {
    const { root, original, text } = mark(page, build);
    for (let i = 0; i < 20; i++) {
      removeMarks(root);
      expect(root.innerHTML).toBe(original);
      const article = readArticleText(root);
      expect(article.text).toBe(text);
      applyMarks(toMarkPieces(article, highlightParts(build(text), () => true)), String);
    }
    expect(markedText(root, 1)).toBe('Sources said no.');
    removeMarks(root);
    expect(root.innerHTML).toBe(original);
  });
});
