import type { Attribution } from '../../attribution/types';
import type { Settings } from '../../settings';
import type { ArticleText } from '../article/articleText';
import type { PaintMode } from '../paint/frameworkOwner';
import type { HighlightPart } from '../paint/highlightParts';
import { claimSource } from './claimSummaries';
import { createTooltip, type Tooltip } from './tooltip';
import { attachTooltipEvents, type TooltipLifetime } from './tooltipEvents';

/** What the tooltip reads of the page's scan when it is asked for a claim. */
export interface TooltipSources {
  page: { readonly text: ArticleText | null; readonly claims: Attribution[] };
  painter: { readonly mode: PaintMode | null; readonly parts: HighlightPart[] };
  settings(): Settings;
}

export interface ClaimTooltip {
  show(claimId: number, anchor: DOMRect): void;
  hide(): void;
  /** Takes the tooltip's element off the page (made again when next shown). */
  remove(): void;
}

/** The claim painted at a caret position (a text node and an offset in it), or null: the hit test where no mark is. */
export function claimAtCaret(
  text: ArticleText | null,
  parts: HighlightPart[],
  node: Node,
  offset: number,
): number | null {
  const segment = text?.segments.find((s) => s.node === node);
  if (!segment) return null;
  const at = segment.start + offset;
  return parts.find((p) => p.start <= at && at < p.end)?.claimId ?? null;
}

/**
 * The tooltip of the claims on the page: who stands behind the claim under the pointer or the keyboard's focus, in
 * its category's colour, shown only while highlights are on.
 */
export function createClaimTooltip(doc: Document, lifetime: TooltipLifetime, sources: TooltipSources): ClaimTooltip {
  const { page, painter, settings } = sources;
  let tooltip: Tooltip | null = null;
  const show = (claimId: number, anchor: DOMRect) => {
    const attribution = page.claims[claimId];
    const now = settings();
    if (!attribution || !now.enabled) return;
    // Made on first use: most readers never hover a claim, and the page should not pay for it up front.
    tooltip ??= createTooltip(doc);
    tooltip.show({ ...claimSource(attribution), color: now.colors[attribution.category] }, anchor);
  };
  const hide = () => tooltip?.hide();
  attachTooltipEvents(doc, lifetime, {
    show,
    hide,
    hitTesting: () => painter.mode === 'highlight-api',
    claimAtPoint: (node, offset) => claimAtCaret(page.text, painter.parts, node, offset),
  });
  return {
    show,
    hide,
    remove() {
      tooltip?.destroy();
      tooltip = null;
    },
  };
}
