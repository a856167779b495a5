import { MARK_CLASS } from './pageZones';
import type { MarkPiece } from './markPieces';

export const SOURCE_CLASS = 'sourcelight-source';
export const LEAD_CLASS = 'sourcelight-lead';

/**
 * Wraps each piece in a <mark>: the node is split at the piece's start and end, so the node keeps the text before
 * it (removeMarks gives it back the rest). Each mark says its category and claim; the claim's lead mark is the one
 * keyboard users reach (tabindex 0) and screen readers hear described. Pieces come in the order toMarkPieces()
 * gives; one that no longer fits its node (the page changed it) is skipped.
 */
export function applyMarks(pieces: MarkPiece[], describe: (claimId: number) => string): void {
  for (const { node, from, to, part, leads } of pieces) {
    const parent = node.parentNode;
    if (!parent || to > node.data.length) continue;
    const text = node.splitText(from);
    text.splitText(to - from);
    const mark = node.ownerDocument.createElement('mark');
    mark.className = part.isSource ? `${MARK_CLASS} ${SOURCE_CLASS}` : MARK_CLASS;
    mark.setAttribute('data-category', part.category);
    mark.setAttribute('data-claim', String(part.claimId));
    if (leads) {
      mark.classList.add(LEAD_CLASS);
      mark.setAttribute('tabindex', '0');
      mark.setAttribute('role', 'note');
      mark.setAttribute('aria-label', describe(part.claimId));
    }
    parent.insertBefore(mark, text);
    mark.appendChild(text);
  }
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
