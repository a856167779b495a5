import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { readHtmlText } from './htmlText';
import { isHtmlPath } from './scanRecord';

/**
 * Readability's scoring grows faster than the nesting depth (measured: 0.7 s at 250 levels, 8 s at 1,000), and the
 * DOM it reads costs more than linear time to build for deep pages; the stored news pages nest 5-33 deep.
 */
const MAX_READABILITY_DEPTH = 250;
/**
 * Readability's time grows faster than the element count on some markup (measured: lists and tables of 8,000
 * elements 4.6 s, of 32,000 16 s); the stored news pages have 36-2,564, and one of 20,000 takes it 2-4 s.
 */
const MAX_READABILITY_ELEMENTS = 20_000;

export interface HtmlArticle {
  /** The article as plain text, one paragraph per line. */
  text: string;
  title: string;
  /** Why the whole page's text was read instead of its article, for a page too deep or large to look for one. */
  note: string | null;
}

/**
 * The article of an HTML page, found by Readability. A page Readability finds no article in gives the text of its
 * whole body, as does a page too deep or too large for it, which is measured in one linear pass before any DOM is built.
 */
export function htmlArticle(html: string): HtmlArticle {
  const page = readHtmlText(html);
  const tooLarge =
    page.depth > MAX_READABILITY_DEPTH
      ? `nested ${page.depth.toLocaleString('en')} elements deep, too deep`
      : page.elements > MAX_READABILITY_ELEMENTS
        ? `${page.elements.toLocaleString('en')} elements, too many`
        : null;
  if (tooLarge) return { text: page.text, title: page.title, note: `${tooLarge} to look for its article in: scanned the text of the whole page` };
  const article = readArticle(html);
  return article ? { text: article.text, title: article.title || page.title, note: null } : { text: page.text, title: page.title, note: null };
}

export const htmlArticleText = (html: string): string => htmlArticle(html).text;

/**
 * The text the engine scans: the file as decoded, or for a page the article found in it. Here, not beside the
 * engine in scanRecord: a scan thread loads this module (linkedom, Readability: about 28 MB and, on a busy machine,
 * seconds) only when its first page comes.
 */
export function scannedText(path: string, fileText: string): string {
  return isHtmlPath(path) ? htmlArticleText(fileText) : fileText;
}

function readArticle(html: string): { text: string; title: string } | null {
  const { document } = parseHTML(asWholeDocument(html));
  let article;
  try {
    article = new Readability(document as unknown as Document, { maxElemsToParse: MAX_READABILITY_ELEMENTS }).parse();
  } catch {
    // Readability refuses pages over maxElemsToParse by throwing.
    return null;
  }
  if (!article?.content) return null;
  const body = readHtmlText(article.content).text;
  const title = article.title?.replace(/\s+/g, ' ').trim() ?? '';
  // The headline often carries a claim of its own ("X says ..."); Readability leaves it out of the content.
  const headline = title && !body.startsWith(title) ? title : '';
  return { text: [headline, body].filter(Boolean).join('\n'), title };
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
