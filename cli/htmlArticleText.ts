import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { isBlockElement, isOutsideArticleZone } from '../utils/page/article/pageZones';

/**
 * Readability's scoring grows faster than the nesting depth (measured: 0.7 s at 250 levels, 8 s at 1,000);
 * the stored news pages nest 5-33 deep.
 */
const MAX_READABILITY_DEPTH = 250;
/** Readability counts elements first and refuses more than this; the stored news pages have 36-2,564. */
const MAX_READABILITY_ELEMENTS = 200_000;

/**
 * The article of an HTML page as plain text, one paragraph per line, found by Readability.
 * A page Readability finds no article in, or that is too deep or large for it, gives the text of its whole body.
 */
export function htmlArticleText(html: string): string {
  const source = asWholeDocument(html);
  let { document } = parseHTML(source);
  if (elementDepth(document.documentElement as unknown as Node) <= MAX_READABILITY_DEPTH) {
    const article = readArticle(document as unknown as Document);
    if (article) return article;
    // Readability changes the document it reads, so the fallback reads a fresh copy.
    document = parseHTML(source).document;
  }
  return blockText((document.body ?? document.documentElement) as unknown as Node);
}

function readArticle(document: Document): string | null {
  let article;
  try {
    article = new Readability<Node>(document, { serializer: (node) => node, maxElemsToParse: MAX_READABILITY_ELEMENTS }).parse();
  } catch {
    // Readability refuses pages over maxElemsToParse by throwing.
    return null;
  }
  if (!article?.content) return null;
  const body = blockText(article.content);
  const title = article.title?.trim();
  // The headline often carries a claim of its own ("X says ..."); Readability leaves it out of the content.
  return title && !body.startsWith(title) ? `${title}\n${body}` : body;
}

/**
 * linkedom builds a sound tree only from a whole document: from a fragment, or a page without <body>,
 * it drops content. Such input gets the <html>, <head> and <body> a browser would add.
 */
function asWholeDocument(html: string): string {
  if (/<body[\s>]/i.test(html)) return html;
  const head = /<head[\s>][\s\S]*?<\/head>/i.exec(html)?.[0] ?? '<head></head>';
  const body = html.replace(head, '').replace(/<!doctype[^>]*>|<\/?html(?:\s[^>]*)?>/gi, '');
  return `<!doctype html><html>${head}<body>${body}</body></html>`;
}

function elementDepth(root: Node): number {
  let max = 0;
  walk(root, (_node, depth) => {
    if (depth > max) max = depth;
    return true;
  });
  return max;
}

/**
 * Pre-order walk by firstChild / nextSibling / parentNode, each O(1) in linkedom, whose children and
 * childNodes lists are built by scanning the whole subtree (quadratic on deeply nested pages).
 * `enter` returns false to skip a node's subtree; `leave` runs after an entered node and its subtree.
 */
function walk(root: Node, enter: (node: Node, depth: number) => boolean, leave?: (node: Node) => void): void {
  let node: Node | null = root;
  let depth = 0;
  while (node) {
    const entered = enter(node, depth);
    if (entered && node.firstChild) {
      node = node.firstChild;
      depth++;
      continue;
    }
    if (entered) leave?.(node);
    // Climb out of every finished subtree to the next sibling.
    while (node !== root && !node.nextSibling) {
      node = node.parentNode!;
      depth--;
      leave?.(node);
    }
    node = node === root ? null : node.nextSibling;
  }
}

/**
 * Text of a DOM subtree with a '\n' between block elements, so paragraphs never run into each
 * other, and white space inside a paragraph collapsed to single spaces as a browser renders it.
 */
function blockText(root: Node): string {
  const parts: string[] = [];
  const isBlock = (node: Node) => node.nodeType === ELEMENT_NODE && isBlockElement(node as Element);
  walk(
    root,
    (node) => {
      if (node.nodeType === TEXT_NODE) {
        // Line breaks in the HTML source are white space, not paragraph breaks.
        parts.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
        return false;
      }
      if (node.nodeType !== ELEMENT_NODE) return node.nodeType === DOCUMENT_NODE || node.nodeType === DOCUMENT_FRAGMENT_NODE;
      // The zones the extension leaves out of the article too (navigation, asides, captions, forms, scripts),
      // so the CLI reads a page as the extension does.
      if (isOutsideArticleZone(node as Element)) return false;
      if (isBlock(node)) parts.push('\n');
      return true;
    },
    (node) => {
      if (isBlock(node)) parts.push('\n');
    },
  );
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;
const DOCUMENT_FRAGMENT_NODE = 11;
