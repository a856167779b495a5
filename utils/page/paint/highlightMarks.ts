import type { HighlightPart } from './highlightParts';
import { isBlockElement, isOurMark, MARK_CLASS } from '../article/pageZones';
import type { MarkPiece } from './markPieces';

export const SOURCE_CLASS = 'sourcelight-source';
export const LEAD_CLASS = 'sourcelight-lead';
/** A claim just revealed (from the popup or a shortcut) flashes for FLASH_MS. */
export const FLASH_CLASS = 'sourcelight-flash';
export const FLASH_MS = 1200;

/**
 * The element a piece is marked within: its block (paragraph, list item, heading), so the paint's slices go a block at
 * a time.
 */
function markContext(node: Text): HTMLElement | null {
  const parent = node.parentElement;
  for (let el = parent; el; el = el.parentElement) if (isBlockElement(el)) return el;
  return parent;
}

/** The pieces grouped by the block they are marked in, in the order they came. */
export function byMarkContext(pieces: MarkPiece[]): MarkPiece[][] {
  const groups = new Map<HTMLElement, MarkPiece[]>();
  for (const piece of pieces) {
    const context = markContext(piece.node);
    if (!context) continue;
    const group = groups.get(context);
    if (group) group.push(piece);
    else groups.set(context, [piece]);
  }
  return [...groups.values()];
}

/**
 * Wraps [from, to) of `node` in a <mark> as mark.js does (its wrapRangeInTextNode): the node is split twice, its head
 * stays the page's node, the tail follows the mark.
 */
function wrapPiece(node: Text, from: number, to: number): Element {
  const middle = node.splitText(from);
  middle.splitText(to - from);
  const mark = node.ownerDocument.createElement('mark');
  middle.replaceWith(mark);
  mark.appendChild(middle);
  return mark;
}

/**
 * Wraps each piece in a <mark>, splitting its text node. Not mark.js's markRanges: each piece holds its node and
 * offsets already, and mark.js walked every text node of the block again, testing five selectors on each, to find
 * them (the largest item of ours in a profile of the seed page: docs/performance.md, "Paint"). A node's pieces go
 * from its end, so the offsets of those before stay valid in its head. Each mark says its category and claim; the
 * claim's lead mark is the one keyboard users reach (tabindex 0) and screen readers hear described. A piece that no
 * longer fits its node (the page changed it) is skipped.
 */
export function applyMarks(pieces: MarkPiece[], describe: (claimId: number) => string): void {
  const byNode = new Map<Text, MarkPiece[]>();
  for (const piece of pieces) {
    const list = byNode.get(piece.node);
    if (list) list.push(piece);
    else byNode.set(piece.node, [piece]);
  }
  for (const [node, list] of byNode) {
    if (!node.parentNode) continue;
    let end = node.data.length;
    for (const piece of list.sort((a, b) => b.from - a.from)) {
      if (piece.to > end || piece.from >= piece.to) continue;
      const mark = wrapPiece(node, piece.from, piece.to);
      mark.className = piece.part.isSource ? `${MARK_CLASS} ${SOURCE_CLASS}` : MARK_CLASS;
      dressMark(mark, piece.part, piece.leads, describe);
      end = piece.from;
    }
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
