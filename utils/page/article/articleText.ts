import { isBlockElement, isOurMark, isSkippedElement } from './pageZones';
import { firstPast } from './sortedSearch';

/** A text node of the article and where its data starts in the article text; it runs for `node.data.length`. */
export interface TextSegment {
  start: number;
  node: Text;
}

/**
 * The article as the engine reads it, and the way back to the page: every character of `text` is either a '\n'
 * we inserted between blocks (it belongs to no node) or the character at the same index of one segment's node.
 */
export interface ArticleText {
  root: Element;
  text: string;
  segments: TextSegment[];
}

/** A part of a text node: [from, to) in its data. */
export interface NodePiece {
  node: Text;
  from: number;
  to: number;
}

// Line breaks and tabs in the HTML source render as spaces; keeping them would cut sentences in two for the engine.
// One character for one keeps offsets identical to the node's data.
const SOURCE_WHITESPACE = /[\t\n\r\f]/g;
const BLANK = /^[\s]*$/;

// A blank node beside one of our marks is the head of a node a mark split: it was read (as part of that node) before
// the marks came, so it is read now too, and a rescan sees the same text.
const nextToOurMark = (node: Node): boolean => {
  const next = node.nextSibling;
  return next !== null && next.nodeType === Node.ELEMENT_NODE && isOurMark(next as Element);
};

/** Nodes read between two of readingSteps' pauses: a few milliseconds of work at most. */
const NODES_PER_STEP = 400;

/**
 * Reads the article's visible text once: skipped zones (see isSkippedElement) give nothing, blocks and <br> give a
 * '\n', and blank text at the start of a line (HTML indentation) is left out.
 */
export function readArticleText(root: Element): ArticleText {
  const steps = readingSteps(root);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * readArticleText, pausing after every NODES_PER_STEP nodes, so the reading of a very long article can be spread
 * over several tasks. The page must not change the article in between (the caller reads again if it did).
 */
export function* readingSteps(root: Element): Generator<void, ArticleText, void> {
  let visited = 0;
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let atLineStart = true;
  const lineBreak = () => {
    if (atLineStart) return;
    parts.push('\n');
    length += 1;
    atLineStart = true;
  };

  let node: Node | null = root.firstChild;
  while (node) {
    if (++visited === NODES_PER_STEP) {
      visited = 0;
      yield;
    }
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      if (data && !(atLineStart && BLANK.test(data) && !nextToOurMark(node))) {
        segments.push({ start: length, node: node as Text });
        parts.push(data.replace(SOURCE_WHITESPACE, ' '));
        length += data.length;
        atLineStart = false;
      }
    } else if (node.nodeType === Node.ELEMENT_NODE && !isSkippedElement(node as Element)) {
      const el = node as Element;
      if (isBlockElement(el)) lineBreak();
      if (el.firstChild) {
        node = el.firstChild;
        continue;
      }
    }
    // Leave the node, and every ancestor it was the last child of, closing blocks on the way up.
    while (node && node !== root) {
      if (node.nodeType === Node.ELEMENT_NODE && isBlockElement(node as Element)) lineBreak();
      if (node.nextSibling) {
        node = node.nextSibling;
        break;
      }
      node = node.parentNode;
    }
    if (node === root) break;
  }
  if (parts[parts.length - 1] === '\n') parts.pop();
  return { root, text: parts.join(''), segments };
}

/** Index of the segment holding text offset `offset`, or of the last one starting before it. */
const segmentAt = (segments: TextSegment[], offset: number): number =>
  Math.max(0, firstPast(segments.length, (i) => segments[i]!.start > offset) - 1);

/** The pieces of text nodes that the text range [start, end) covers, in document order ('\n' separators give none). */
export function nodePieces(article: ArticleText, start: number, end: number): NodePiece[] {
  const { segments } = article;
  const pieces: NodePiece[] = [];
  if (!segments.length || end <= start) return pieces;
  for (let i = segmentAt(segments, start); i < segments.length; i++) {
    const { start: segStart, node } = segments[i]!;
    if (segStart >= end) break;
    const from = Math.max(start, segStart) - segStart;
    const to = Math.min(end, segStart + node.data.length) - segStart;
    if (to > from) pieces.push({ node, from, to });
  }
  return pieces;
}
