import { CATEGORIES, type Category } from '../../attribution/types';
import { nodePieces, type ArticleText } from '../article/articleText';
import type { HighlightPart } from './highlightParts';

/** The parts of CSS.highlights and Highlight we use: a map of names to set-like groups of ranges. */
export interface HighlightRegistryLike {
  set(name: string, highlight: unknown): unknown;
  delete(name: string): unknown;
}
export type MakeHighlight = (ranges: Range[]) => unknown;

export const FLASH_HIGHLIGHT = 'sourcelight-flash';
export const highlightName = (category: Category): string => `sourcelight-${category}`;
/** The sources of a category's claims, painted over the category's highlight in its own colour (not one grey for all). */
export const sourceHighlightName = (category: Category): string => `sourcelight-source-${category}`;

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
  const byName = new Map<string, Range[]>(CATEGORIES.flatMap((c) => [[highlightName(c), []], [sourceHighlightName(c), []]]));
  for (const part of parts) {
    const ranges = partRanges(article, part);
    byName.get(highlightName(part.category))!.push(...ranges);
    if (part.isSource) byName.get(sourceHighlightName(part.category))!.push(...ranges);
  }
  for (const [name, ranges] of byName) {
    if (ranges.length) registry.set(name, make(ranges));
    else registry.delete(name);
  }
}

export function clearHighlights(registry: HighlightRegistryLike): void {
  for (const category of CATEGORIES) {
    registry.delete(highlightName(category));
    registry.delete(sourceHighlightName(category));
  }
  registry.delete(FLASH_HIGHLIGHT);
}
