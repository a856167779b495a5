import Mark from 'mark.js';
import { MARK_CLASS } from './pageZones';
import type { MarkjsRange } from './markjsRanges';

export const SOURCE_CLASS = 'sourcelight-source';
export const LEAD_CLASS = 'sourcelight-lead';

/**
 * Wraps the ranges in <mark> elements with mark.js. Each mark says its category and claim; the claim's lead mark is
 * the one keyboard users reach (tabindex 0) and screen readers hear described.
 */
export function applyMarks(root: Element, ranges: MarkjsRange[], describe: (claimId: number) => string): void {
  if (!ranges.length) return;
  new Mark(root as HTMLElement).markRanges(ranges as unknown as Mark.Range[], {
    element: 'mark',
    className: MARK_CLASS,
    each(element, range) {
      const { part, leads } = range as unknown as MarkjsRange;
      element.setAttribute('data-category', part.category);
      element.setAttribute('data-claim', String(part.claimId));
      if (part.isSource) element.classList.add(SOURCE_CLASS);
      if (leads) {
        element.classList.add(LEAD_CLASS);
        element.setAttribute('tabindex', '0');
        element.setAttribute('role', 'note');
        element.setAttribute('aria-label', describe(part.claimId));
      }
    },
  });
}

/**
 * Removes our marks and joins the text they split, so the article is as the page built it: the text node before a
 * mark is the page's original node (splitText keeps the head), and it gets its text back.
 */
export function removeMarks(root: Element): void {
  for (const mark of Array.from(root.querySelectorAll(`mark.${MARK_CLASS}`))) {
    const parent = mark.parentNode;
    if (!parent) continue;
    const text = mark.textContent ?? '';
    const before = mark.previousSibling;
    let joined: Text;
    if (before && before.nodeType === Node.TEXT_NODE) {
      joined = before as Text;
      joined.appendData(text);
      mark.remove();
    } else {
      joined = root.ownerDocument.createTextNode(text);
      parent.replaceChild(joined, mark);
    }
    const after = joined.nextSibling;
    if (after && after.nodeType === Node.TEXT_NODE) {
      joined.appendData((after as Text).data);
      after.remove();
    }
  }
}
