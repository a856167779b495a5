import type { ArticleText } from './articleText';
import { nodePieces } from './articleText';
import type { HighlightPart } from './highlightParts';

/** A range in mark.js's coordinates, carrying the part it paints (mark.js hands it back to `each`). */
export interface MarkjsRange {
  start: number;
  length: number;
  part: HighlightPart;
  /** The first piece of the claim's first part: the one that takes focus. */
  leads: boolean;
}

// mark.js skips text whose parent element matches these (its built-in exclusions; we pass no `exclude`).
const MARKJS_SKIPPED_PARENTS = 'script, style, title, head, html';

/**
 * Where each text node of `root` starts in the string mark.js builds: the plain concatenation of every text node
 * under its context (no '\n' between blocks, hidden and skipped zones included). Our marks do not change it, so the
 * coordinates stay valid from one markRanges call to the next as long as the page does not change.
 */
export function markjsStarts(root: Element): Map<Text, number> {
  const starts = new Map<Text, number>();
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let offset = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (parent && parent.matches(MARKJS_SKIPPED_PARENTS)) continue;
    starts.set(node, offset);
    offset += node.data.length;
  }
  return starts;
}

/** Turns parts (offsets into our article text) into mark.js ranges: one per text-node piece, so '\n' never counts. */
export function toMarkjsRanges(article: ArticleText, parts: HighlightPart[], starts: Map<Text, number>): MarkjsRange[] {
  const ranges: MarkjsRange[] = [];
  for (const part of parts) {
    let leads = part.isFirst;
    for (const piece of nodePieces(article, part.start, part.end)) {
      const base = starts.get(piece.node);
      // mark.js drops blank ranges; the focus goes to the first piece it will paint.
      if (base === undefined || !/\S/.test(piece.node.data.slice(piece.from, piece.to))) continue;
      ranges.push({ start: base + piece.from, length: piece.to - piece.from, part, leads });
      leads = false;
    }
  }
  return ranges;
}
