import type { Attribution, Category, Span } from '../../attribution/types';
import { firstPast } from '../article/sortedSearch';

/** One stretch of article text to paint: part of a claim, or the source phrase that stands behind it. */
export interface HighlightPart extends Span {
  claimId: number;
  category: Category;
  /** The source phrase, painted stronger so the reader sees who speaks. */
  isSource: boolean;
  /** The claim's first part: it takes keyboard focus and the category glyph. */
  isFirst: boolean;
}

/** A source or cue further than this from its claim is not joined to it: a stray offset must not paint half a page. */
const MAX_GAP = 400;

/** In disjoint spans sorted by start (so by end too): the index of the first one ending after `offset`. */
const firstEndingAfter = (spans: Span[], offset: number): number =>
  firstPast(spans.length, (i) => spans[i]!.end > offset);

/** The stretches of `span` that none of `taken` (disjoint, sorted) covers, in order. */
function uncovered(span: Span, taken: Span[]): Span[] {
  const free: Span[] = [];
  let cursor = span.start;
  for (let i = firstEndingAfter(taken, span.start); i < taken.length && taken[i]!.start < span.end; i++) {
    const t = taken[i]!;
    if (t.start > cursor) free.push({ start: cursor, end: t.start });
    cursor = Math.max(cursor, t.end);
  }
  if (cursor < span.end) free.push({ start: cursor, end: span.end });
  return free;
}

/**
 * The whole attribution is painted, who (emphasised) and how as well as what, so "Lebanese sources told Reuters ..."
 * reads as one highlight rather than islands with unpainted gaps. Returns that stretch and the source phrase in it.
 */
export function paintedExtent(attribution: Attribution): { extent: Span; source: Span | null } {
  const { claim, cue } = attribution;
  const near = (span: Span | null): span is Span =>
    span !== null && span.end > span.start && span.start < claim.end + MAX_GAP && span.end > claim.start - MAX_GAP;
  const source = near(attribution.source) ? attribution.source : null;
  const joined = [claim, near(cue) ? cue : null, source].filter((s): s is Span => s !== null);
  return { extent: { start: Math.min(...joined.map((s) => s.start)), end: Math.max(...joined.map((s) => s.end)) }, source };
}

/**
 * The stretches to paint for the claims shown, without overlaps: a character belongs to the first claim (in engine
 * order) that covers it, so two attributions of one quote never stack their colours. A claim is painted together with
 * its cue and source (the source a part of its own, emphasised).
 * A claim's id is its index in `attributions`.
 */
export function highlightParts(attributions: Attribution[], isShown: (a: Attribution) => boolean): HighlightPart[] {
  // What earlier claims painted, kept disjoint and sorted, so each claim looks only at its neighbours.
  const taken: Span[] = [];
  const parts: HighlightPart[] = [];
  attributions.forEach((attribution, claimId) => {
    if (!isShown(attribution)) return;
    const { category } = attribution;
    const { extent, source } = paintedExtent(attribution);
    const spans = [
      ...uncovered(extent, source ? [source] : []).map((span) => ({ span, isSource: false })),
      ...(source ? [{ span: source as Span, isSource: true }] : []),
    ];
    const own: HighlightPart[] = [];
    for (const { span, isSource } of spans) {
      for (const free of uncovered(span, taken)) own.push({ ...free, claimId, category, isSource, isFirst: false });
    }
    own.sort((a, b) => a.start - b.start);
    if (own[0]) own[0].isFirst = true;
    for (const part of own) {
      parts.push(part);
      taken.splice(firstEndingAfter(taken, part.start), 0, { start: part.start, end: part.end });
    }
  });
  return parts.sort((a, b) => a.start - b.start);
}
