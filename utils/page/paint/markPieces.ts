import type { ArticleText } from '../article/articleText';
import { nodePieces } from '../article/articleText';
import type { HighlightPart } from './highlightParts';

/** A piece of one text node to wrap in a <mark>, carrying the part it paints. */
export interface MarkPiece {
  node: Text;
  /** [from, to) in the node's data. */
  from: number;
  to: number;
  part: HighlightPart;
  /** The first piece of the claim's first part: the one that takes focus. */
  leads: boolean;
}

/**
 * Turns parts (offsets into our article text) into pieces of text nodes, one per node a part crosses, so '\n' never
 * counts and nothing outside the text we read is touched. Blank pieces are dropped (the focus goes to the first piece
 * painted). The list runs in document order, so the top of the article, where the reader is, is painted first; the
 * order is otherwise free, as each paragraph's pieces are wrapped by one mark.js call that keeps its own offsets.
 */
export function toMarkPieces(article: ArticleText, parts: HighlightPart[]): MarkPiece[] {
  const pieces: MarkPiece[] = [];
  // Parts never share a character, so text order is document order.
  for (const part of [...parts].sort((a, b) => a.start - b.start)) {
    let leads = part.isFirst;
    for (const { node, from, to } of nodePieces(article, part.start, part.end)) {
      if (!/\S/.test(node.data.slice(from, to))) continue;
      pieces.push({ node, from, to, part, leads });
      leads = false;
    }
  }
  return pieces;
}
