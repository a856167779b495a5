import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { isBlockElement, isOutsideArticleZone } from '../utils/page/pageZones';

/**
 * The article of an HTML page as plain text, one paragraph per line, found by Readability.
 * A page Readability finds no article in gives the text of its whole body.
 */
export function htmlArticleText(html: string): string {
  const { document } = parseHTML(html);
  const article = new Readability<Node>(document as unknown as Document, { serializer: (node) => node }).parse();
  if (article?.content) {
    const body = blockText(article.content);
    const title = article.title?.trim();
    // The headline often carries a claim of its own ("X says ..."); Readability leaves it out of the content.
    return title && !body.startsWith(title) ? `${title}\n${body}` : body;
  }
  // Readability changes the document it reads, so the fallback reads a fresh copy.
  const fresh = parseHTML(html).document;
  return blockText((fresh.body ?? fresh.documentElement) as unknown as Node);
}

/**
 * Text of a DOM subtree with a '\n' between block elements, so paragraphs never run into each
 * other, and white space inside a paragraph collapsed to single spaces as a browser renders it.
 */
export function blockText(root: Node): string {
  const parts: string[] = [];
  // An explicit stack, since deeply nested markup would overflow recursion.
  const stack: (Node | typeof LINE_BREAK)[] = [root];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item === LINE_BREAK) {
      parts.push('\n');
      continue;
    }
    if (item.nodeType === TEXT_NODE) {
      // Line breaks in the HTML source are white space, not paragraph breaks.
      parts.push((item.nodeValue ?? '').replace(/\s+/g, ' '));
      continue;
    }
    if (item.nodeType !== ELEMENT_NODE && item.nodeType !== DOCUMENT_FRAGMENT_NODE && item.nodeType !== DOCUMENT_NODE) continue;
    const element = item.nodeType === ELEMENT_NODE ? (item as Element) : null;
    // The zones the extension leaves out of the article too (navigation, asides, captions, forms, scripts),
    // so the CLI reads a page as the extension does.
    if (element && isOutsideArticleZone(element)) continue;
    const isBlock = element !== null && isBlockElement(element);
    if (isBlock) stack.push(LINE_BREAK);
    const children = item.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    if (isBlock) stack.push(LINE_BREAK);
  }
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

const LINE_BREAK = Symbol('line break');
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;
const DOCUMENT_FRAGMENT_NODE = 11;
