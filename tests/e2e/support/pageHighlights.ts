import type { Category } from '../../../utils/attribution/types';
import type { PageDriver } from './popupPage';
import { waitFor } from './waitFor';

/** One <mark> the extension put in the page, placed by its offsets in the article's text. */
export interface PageMark {
  claim: number;
  category: Category;
  /** The mark covers the source ("Pentagon spokesman Peter Cook") rather than the claim. */
  isSource: boolean;
  start: number;
  end: number;
  text: string;
}

export interface PageHighlights {
  /** The text of the article element, as textContent reads it. */
  articleText: string;
  marks: PageMark[];
  /** Marks anywhere in the document outside the article element. */
  outside: number;
  /** The article's outerHTML tag, e.g. `<article>`, for messages. */
  articleTag: string;
}

/**
 * Runs in the page (pass it to `page.evaluate`): every Sourcelight mark inside ARTICLE_SELECTOR with its offsets in
 * the article's text, and how many marks lie outside it. Self-contained, since it is serialised into the page.
 */
export function readHighlights(articleSelector: string): PageHighlights {
  const MARK = 'mark.sourcelight-mark';
  const root = document.querySelector(articleSelector);
  if (!root) throw new Error(`no ${articleSelector} in the page`);
  const marks: PageMark[] = [];
  const open = new Map<Element, PageMark>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let offset = 0;
  let articleText = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node as Text).data;
    const mark = node.parentElement?.closest(MARK);
    if (mark && root.contains(mark)) {
      let entry = open.get(mark);
      if (!entry) {
        entry = {
          claim: Number(mark.getAttribute('data-claim')),
          category: mark.getAttribute('data-category') as Category,
          isSource: mark.classList.contains('sourcelight-source'),
          start: offset,
          end: offset,
          text: '',
        };
        open.set(mark, entry);
        marks.push(entry);
      }
      entry.end = offset + text.length;
      entry.text += text;
    }
    offset += text.length;
    articleText += text;
  }
  const all = document.querySelectorAll(MARK).length;
  return { articleText, marks, outside: all - root.querySelectorAll(MARK).length, articleTag: root.tagName.toLowerCase() };
}

/**
 * How long the marks must stay the same to count as painted: painting gives the page its main thread back between
 * slices, and on a busy machine the gap between two slices outlasts a poll or two (a Firefox run in CI read one
 * claim of fourteen as settled when two reads 50 ms apart were the rule).
 */
const QUIET_MS = 750;

/**
 * The marks in ARTICLE_SELECTOR once there are some and they have not changed for QUIET_MS (painting runs in slices,
 * so a read in between sees part of them). Takes a Playwright or Puppeteer page through its driver.
 */
export async function settledHighlights(page: PageDriver, articleSelector: string, timeoutMs = 15_000): Promise<PageHighlights> {
  let previous = '';
  let since = 0;
  return waitFor('the highlights to settle', async () => {
    const now = await page.evaluate(readHighlights, articleSelector);
    const key = JSON.stringify(now.marks);
    if (key !== previous || now.marks.length === 0) {
      previous = key;
      since = Date.now();
      return false;
    }
    return Date.now() - since >= QUIET_MS && now;
  }, timeoutMs);
}
