import Mark from 'mark.js/src/lib/mark.js';
import type { HighlightPart } from './highlightParts';
import { isBlockElement, isOurMark, MARK_CLASS } from '../article/pageZones';
import type { MarkPiece } from './markPieces';

export const SOURCE_CLASS = 'sourcelight-source';
export const LEAD_CLASS = 'sourcelight-lead';
/** A claim just revealed (from the popup or a shortcut) flashes for FLASH_MS. */
export const FLASH_CLASS = 'sourcelight-flash';
export const FLASH_MS = 1200;

// mark.js leaves out text whose parent matches these, so its offsets do not count them either.
const MARKJS_SKIPPED_PARENTS = new Set(['SCRIPT', 'STYLE', 'TITLE', 'HEAD', 'HTML']);

/**
 * The element a piece is marked within: its block (paragraph, list item, heading), so one mark.js call paints every
 * piece of a paragraph while reading no more than that paragraph.
 */
function markContext(node: Text): HTMLElement | null {
  const parent = node.parentElement;
  for (let el = parent; el; el = el.parentElement) if (isBlockElement(el)) return el;
  return parent;
}

/** The pieces grouped by the element mark.js is given for them, in the order they came. */
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

/** Where each text node of `context` starts in the text mark.js reads from it: the plain concatenation of its text. */
function markjsOffsets(context: Element): Map<Text, number> {
  const offsets = new Map<Text, number>();
  const walker = context.ownerDocument.createTreeWalker(context, NodeFilter.SHOW_TEXT);
  let offset = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    offsets.set(node, offset);
    if (!MARKJS_SKIPPED_PARENTS.has(node.parentElement?.tagName ?? '')) offset += node.data.length;
  }
  return offsets;
}

/** A range as mark.js takes it: plain, since mark.js turns every range list into JSON for its (disabled) log. */
interface MarkjsRange {
  start: number;
  length: number;
}

/**
 * Wraps each piece in a <mark> with mark.js: one markRanges call per block, with the block as its context, because
 * mark.js reads every text node of its context on each call (the whole article as context made highlighting
 * quadratic, and a call per piece paid mark.js's set-up dozens of times per paragraph). Offsets are taken before
 * each call, on the nodes as they are; mark.js keeps them valid across the ranges of one call, and hands each range
 * back with its marks. Each mark says its category and claim; the claim's lead mark is the one keyboard users reach
 * (tabindex 0) and screen readers hear described. A piece that no longer fits its node (the page changed it) is
 * skipped.
 */
export function applyMarks(pieces: MarkPiece[], describe: (claimId: number) => string): void {
  for (const group of byMarkContext(pieces)) {
    const context = markContext(group[0]!.node)!;
    const offsets = markjsOffsets(context);
    const pieceOf = new Map<MarkjsRange, MarkPiece>();
    for (const piece of group) {
      const at = offsets.get(piece.node);
      if (at === undefined || piece.to > piece.node.data.length) continue;
      pieceOf.set({ start: at + piece.from, length: piece.to - piece.from }, piece);
    }
    if (!pieceOf.size) continue;
    new Mark(context).markRanges([...pieceOf.keys()], {
      element: 'mark',
      each: (mark: Element, range: unknown) => {
        const { part, leads } = pieceOf.get(range as MarkjsRange)!;
        mark.className = part.isSource ? `${MARK_CLASS} ${SOURCE_CLASS}` : MARK_CLASS;
        dressMark(mark, part, leads, describe);
      },
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
