import { readArticleText } from '../../utils/page/article/articleText';
import { findArticle } from '../../utils/page/article/findArticle';

/**
 * Code the benchmark runs inside the page's main world (bundled by probeBundle.ts and called by name), so the
 * bench finds the same article element with the content script's own findArticle().
 */
export interface PageProbe {
  articleChars(): number;
  textWalkMs(): number;
  tenfoldHtml(): string;
  nodeCounts(): { elements: number; textNodes: number };
  markCount(): number;
}

const article = (): Element => {
  const found = findArticle(document);
  if (!found) throw new Error(`no article found in ${location.href}`);
  return found;
};

const probe: PageProbe = {
  /** Characters of the article as the engine reads it. */
  articleChars: () => readArticleText(article()).text.length,

  /**
   * The baseline: the least any reader of the article's text must do, a TreeWalker collecting the data of its text
   * nodes. Run once, on a fresh page, so it is as cold as the content script's own first read.
   */
  textWalkMs() {
    const root = article();
    const start = performance.now();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push((node as Text).data);
    const text = parts.join('');
    const ms = performance.now() - start;
    if (!text) throw new Error('the article has no text');
    return ms;
  },

  /** The page with its article's content repeated ten times: the same kind of text, ten times as long. */
  tenfoldHtml() {
    const root = article();
    root.innerHTML = root.innerHTML.repeat(10);
    return `<!DOCTYPE html>\n${document.documentElement.outerHTML}`;
  },

  nodeCounts() {
    const walker = document.createTreeWalker(document, NodeFilter.SHOW_TEXT);
    let textNodes = 0;
    while (walker.nextNode()) textNodes += 1;
    return { elements: document.getElementsByTagName('*').length, textNodes };
  },

  markCount: () => document.querySelectorAll('mark.sourcelight-mark').length,
};

(globalThis as unknown as { sourcelightBench: PageProbe }).sourcelightBench = probe;
