import Mark from 'mark.js/src/lib/mark.js';
import type { HighlightPart } from './highlightParts';
import { isOurMark, MARK_CLASS } from './pageZones';
import type { MarkPiece } from './markPieces';

export const SOURCE_CLASS = 'sourcelight-source';
export const LEAD_CLASS = 'sourcelight-lead';

// mark.js leaves out text whose parent element matches these, so its offsets do not count them either.
const MARKJS_SKIPPED_PARENTS = 'script, style, title, head, html';

/**
 * Where `node` starts in the text mark.js reads from `context`: the plain concatenation of the context's text nodes.
 * The context is the node's own parent, a paragraph or an inline tag, so this walk stays short.
 */
function markjsOffset(context: Element, node: Text): number {
  const walker = context.ownerDocument.createTreeWalker(context, NodeFilter.SHOW_TEXT);
  let offset = 0;
  for (let current = walker.nextNode(); current && current !== node; current = walker.nextNode()) {
    if (!current.parentElement?.matches(MARKJS_SKIPPED_PARENTS)) offset += (current as Text).data.length;
  }
  return offset;
}

/**
 * Wraps each piece in a <mark> with mark.js. Each call gets the piece's parent element as its context: mark.js reads
 * every text node of its context on each call, and the whole article as context made highlighting quadratic. mark.js
 * splits the node at the piece's start and end and the node keeps the text before it (removeMarks gives it back the
 * rest), so pieces in reverse document order keep their offsets valid. Each mark says its category and claim; the
 * claim's lead mark is the one keyboard users reach (tabindex 0) and screen readers hear described. A piece that no
 * longer fits its node (the page changed it) is skipped.
 */
export function applyMarks(pieces: MarkPiece[], describe: (claimId: number) => string): void {
  for (const { node, from, to, part, leads } of pieces) {
    const context = node.parentElement;
    if (!context || to > node.data.length) continue;
    new Mark(context).markRanges([{ start: markjsOffset(context, node) + from, length: to - from }], {
      element: 'mark',
      className: part.isSource ? `${MARK_CLASS} ${SOURCE_CLASS}` : MARK_CLASS,
      each: (mark: Element) => dressMark(mark, part, leads, describe),
    });
  }
}

/** What a mark says: its category and claim and, on the claim's lead mark, the focus stop and the description. */
function dressMark(mark: Element, part: HighlightPart, leads: boolean, describe: (claimId: number) => string): void {
  mark.setAttribute('data-category', part.category);
  mark.setAttribute('data-claim', String(part.claimId));
  if (leads) {
    mark.classList.add(LEAD_CLASS);
    mark.setAttribute('tabindex', '0');
    mark.setAttribute('role', 'note');
    mark.setAttribute('aria-label', describe(part.claimId));
  } else if (mark.classList.contains(LEAD_CLASS)) {
    mark.classList.remove(LEAD_CLASS);
    for (const name of ['tabindex', 'role', 'aria-label']) mark.removeAttribute(name);
  }
}

/**
 * The marks already on the page that paint a piece exactly (same text node, whole; same category and emphasis):
 * they stay, told their possibly new claim id, so a rescan or a toggle only touches what changed.
 */
export function keepMatchingMarks(pieces: MarkPiece[], describe: (claimId: number) => string): Set<Element> {
  const kept = new Set<Element>();
  for (const { node, from, to, part, leads } of pieces) {
    const mark = node.parentElement;
    if (
      mark &&
      isOurMark(mark) &&
      mark.childNodes.length === 1 &&
      from === 0 &&
      to === node.data.length &&
      mark.getAttribute('data-category') === part.category &&
      mark.classList.contains(SOURCE_CLASS) === part.isSource
    ) {
      dressMark(mark, part, leads, describe);
      kept.add(mark);
    }
  }
  return kept;
}

/**
 * Removes our marks (but those in `keep`) and joins the text they split, so the article is as the page built it: the
 * text node before a mark is the page's original node (splitText keeps the head), and it gets its text back.
 * Returns how many went.
 */
export function removeMarks(root: Element, keep: Set<Element> = new Set()): number {
  let removed = 0;
  for (const mark of Array.from(root.querySelectorAll(`mark.${MARK_CLASS}`))) {
    const parent = mark.parentNode;
    if (!parent || keep.has(mark)) continue;
    removed += 1;
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
  return removed;
}
