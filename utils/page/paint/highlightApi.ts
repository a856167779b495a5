import { CATEGORIES, type Category } from '../../attribution/types';
import { nodePieces, type ArticleText } from '../article/articleText';
import type { HighlightPart } from './highlightParts';

/** The parts of CSS.highlights and Highlight we use: a map of names to set-like groups of ranges. */
export interface HighlightRegistryLike {
  set(name: string, highlight: unknown): unknown;
  delete(name: string): unknown;
}
export type MakeHighlight = (ranges: Range[]) => unknown;

export const SOURCE_HIGHLIGHT = 'sourcelight-source';
export const FLASH_HIGHLIGHT = 'sourcelight-flash';
export const highlightName = (category: Category): string => `sourcelight-${category}`;

interface HighlightGlobals {
  CSS?: { highlights?: HighlightRegistryLike };
  Highlight?: new (...ranges: Range[]) => unknown;
}

export interface NativeHighlights {
  registry: HighlightRegistryLike;
  make: MakeHighlight;
}

/** The browser's registry and constructor, or null where the CSS Custom Highlight API is missing. */
export function nativeHighlights(win: Window): NativeHighlights | null {
  const g = win as unknown as HighlightGlobals;
  const registry = g.CSS?.highlights;
  const Ctor = g.Highlight;
  if (!registry || typeof Ctor !== 'function') return null;
  return { registry, make: (ranges) => new Ctor(...ranges) };
}

/** DOM ranges over the text of a part, one per text node, so skipped zones between them stay unpainted. */
export function partRanges(article: ArticleText, part: { start: number; end: number }): Range[] {
  const doc = article.root.ownerDocument;
  return nodePieces(article, part.start, part.end).map(({ node, from, to }) => {
    const range = doc.createRange();
    range.setStart(node, from);
    range.setEnd(node, to);
    return range;
  });
}

/** Paints the parts with one named highlight per category; the page's DOM is never touched. */
export function paintHighlights(
  article: ArticleText,
  parts: HighlightPart[],
  registry: HighlightRegistryLike,
  make: MakeHighlight,
): void {
  const byCategory = new Map<Category, Range[]>(CATEGORIES.map((c) => [c, []]));
  const sources: Range[] = [];
  for (const part of parts) {
    const ranges = partRanges(article, part);
    byCategory.get(part.category)!.push(...ranges);
    if (part.isSource) sources.push(...ranges);
  }
  for (const [category, ranges] of byCategory) {
    if (ranges.length) registry.set(highlightName(category), make(ranges));
    else registry.delete(highlightName(category));
  }
  if (sources.length) registry.set(SOURCE_HIGHLIGHT, make(sources));
  else registry.delete(SOURCE_HIGHLIGHT);
}

export function clearHighlights(registry: HighlightRegistryLike): void {
  for (const category of CATEGORIES) registry.delete(highlightName(category));
  registry.delete(SOURCE_HIGHLIGHT);
  registry.delete(FLASH_HIGHLIGHT);
}
