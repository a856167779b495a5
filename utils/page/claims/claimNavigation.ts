import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Attribution } from '../../attribution/types';
import type { Settings } from '../../settings';
import { readArticleText, type ArticleText } from '../article/articleText';
import { MARK_CLASS } from '../article/pageZones';
import type { PaintMode } from '../paint/frameworkOwner';
import { FLASH_HIGHLIGHT, partRanges, type NativeHighlights } from '../paint/highlightApi';
import { FLASH_CLASS, FLASH_MS } from '../paint/highlightMarks';
import { paintedExtent } from '../paint/highlightParts';

/** What the navigation reads of the page's scan, at the moment the reader moves. */
export interface NavigationSources {
  doc: Document;
  /** Ends the flash timers with the content script's context. */
  lifetime: Pick<ContentScriptContext, 'setTimeout'>;
  page: { readonly article: Element | null; readonly text: ArticleText | null; readonly claims: Attribution[] };
  painter: { readonly mode: PaintMode | null; readonly highlights: NativeHighlights | null };
  settings(): Settings;
  showTooltip(claimId: number, anchor: DOMRect): void;
}

export interface ClaimNavigation {
  /** Scrolls to a claim, flashes it, focuses its lead mark and shows its tooltip; false when it is not on the page. */
  reveal(claimId: number): boolean;
  /** Reveals the next (1) or previous (-1) claim shown, in reading order: its id, or null when none is shown. */
  step(direction: 1 | -1): number | null;
}

/** The ids of the claims of a shown category, in reading order. */
export function shownInReadingOrder(claims: Attribution[], shown: Settings['shown']): number[] {
  return claims
    .map((a, id) => ({ a, id }))
    .filter(({ a }) => shown[a.category])
    .sort((x, y) => x.a.claim.start - y.a.claim.start)
    .map(({ id }) => id);
}

/**
 * The claim after (direction 1) or before (-1) `current` in `orderedIds` (the claims shown, in reading order),
 * wrapping around; from nowhere, or from a claim no longer shown, the first or the last. Null when nothing is shown.
 */
export function stepClaimId(orderedIds: number[], current: number | null, direction: 1 | -1): number | null {
  const count = orderedIds.length;
  if (!count) return null;
  const index = current === null ? -1 : orderedIds.indexOf(current);
  if (index === -1) return direction === 1 ? orderedIds[0]! : orderedIds[count - 1]!;
  return orderedIds[(index + direction + count) % count]!;
}

/**
 * A character is painted once, so a claim inside an earlier one ("Cook said" within the quote it closes) has no
 * marks of its own: the reader is shown the claim painted over its cue. Returns the claim whose marks to show.
 */
export function claimPaintedOver(
  claims: Attribution[],
  claimId: number,
  hasMarks: (id: number) => boolean,
): number | null {
  if (hasMarks(claimId)) return claimId;
  const cue = claims[claimId]!.cue.start;
  const cover = claims.findIndex((a, other) => {
    const { extent } = paintedExtent(a);
    return other !== claimId && extent.start <= cue && cue < extent.end && hasMarks(other);
  });
  return cover >= 0 ? cover : null;
}

export function createClaimNavigation(sources: NavigationSources): ClaimNavigation {
  const { doc, lifetime, page, painter, settings, showTooltip } = sources;
  const win = doc.defaultView!;
  let current: number | null = null;
  let focusedByUs: Element | null = null;

  const scrollBehavior = (): ScrollBehavior =>
    win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth';

  const marksOf = (id: number) =>
    Array.from(page.article?.querySelectorAll<HTMLElement>(`mark.${MARK_CLASS}[data-claim="${id}"]`) ?? []);

  /** Where a claim is, fresh: while marks are in, the text map held points into nodes they split. */
  const claimRect = (id: number): DOMRect | null => {
    const { article, text, claims } = page;
    if (!article || !text || !claims[id]) return null;
    try {
      const [first] = partRanges(painter.mode === 'marks' ? readArticleText(article) : text, claims[id].claim);
      return first ? first.getBoundingClientRect() : null;
    } catch {
      return null;
    }
  };

  const revealMarks = (marks: HTMLElement[], id: number) => {
    const lead = marks[0]!;
    lead.scrollIntoView({ block: 'center', behavior: scrollBehavior() });
    for (const mark of marks) mark.classList.add(FLASH_CLASS);
    lifetime.setTimeout(() => marks.forEach((mark) => mark.classList.remove(FLASH_CLASS)), FLASH_MS);
    lead.focus({ preventScroll: true });
    focusedByUs = lead;
    showTooltip(id, lead.getBoundingClientRect());
  };

  function reveal(id: number): boolean {
    const { article, text, claims } = page;
    if (!article || !claims[id]) return false;
    current = id;
    const hasMarks = (claim: number) => marksOf(claim).length > 0;
    const shownBy = painter.mode === 'marks' ? claimPaintedOver(claims, id, hasMarks) : null;
    if (shownBy !== null) {
      revealMarks(marksOf(shownBy), id);
      return true;
    }
    const rect = claimRect(id);
    if (!rect) return false;
    win.scrollTo({ top: rect.top + win.scrollY - win.innerHeight / 3, behavior: scrollBehavior() });
    const { highlights } = painter;
    if (painter.mode === 'highlight-api' && highlights && text) {
      highlights.registry.set(FLASH_HIGHLIGHT, highlights.make(partRanges(text, claims[id].claim)));
      lifetime.setTimeout(() => highlights.registry.delete(FLASH_HIGHLIGHT), FLASH_MS);
      showTooltip(id, claimRect(id) ?? rect);
    }
    return true;
  }

  function step(direction: 1 | -1): number | null {
    const now = settings();
    if (!now.enabled) return null;
    // A mark the reader tabbed to is where they are; one we focused is just the last claim revealed.
    const focusedMark = doc.activeElement?.closest?.(`mark.${MARK_CLASS}`);
    const focused = focusedMark && focusedMark !== focusedByUs ? focusedMark.getAttribute('data-claim') : null;
    const from = focused != null ? Number(focused) : current;
    const next = stepClaimId(shownInReadingOrder(page.claims, now.shown), from, direction);
    if (next !== null) reveal(next);
    return next;
  }

  return { reveal, step };
}
