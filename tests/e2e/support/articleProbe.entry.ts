import { CATEGORIES } from '../../../utils/attribution/types';
import { readArticleText } from '../../../utils/page/article/articleText';
import { findArticle } from '../../../utils/page/article/findArticle';

/**
 * Bundled into the page by articleProbe.ts: the content script's own article finder and reader, run on the live
 * page, so a test knows the text the extension read and the element it chose without asking the extension.
 */
function probeArticle() {
  const root = findArticle(document);
  if (!root) return null;
  const marks = Array.from(document.querySelectorAll('mark.sourcelight-mark'));
  // CSS.highlights is one registry per document, shared by the page and the content script's isolated world.
  const registry = (globalThis as unknown as { CSS?: { highlights?: Map<string, Iterable<Range>> } }).CSS?.highlights;
  const ranges = CATEGORIES.flatMap((category) => Array.from(registry?.get(`sourcelight-${category}`) ?? []).map((range) => ({ category, range })));
  return {
    text: readArticleText(root).text,
    tag: root.tagName.toLowerCase(),
    marksInside: marks.filter((m) => root.contains(m)).length,
    marksOutside: marks.filter((m) => !root.contains(m)).length,
    highlightRangesInside: ranges.filter(({ range }) => root.contains(range.commonAncestorContainer)).length,
    highlightRangesOutside: ranges.filter(({ range }) => !root.contains(range.commonAncestorContainer)).length,
    highlightCategories: CATEGORIES.filter((c) => ranges.some(({ category }) => category === c)),
    /** Claim ids with marks, and the category each mark says. */
    markedClaims: marks.map((m) => ({ claim: Number(m.getAttribute('data-claim')), category: m.getAttribute('data-category') })),
  };
}

(globalThis as unknown as { sourcelightProbe: typeof probeArticle }).sourcelightProbe = probeArticle;
