import { findAttributions } from '../../../utils/attribution';
import { CATEGORIES, type Attribution, type Category } from '../../../utils/attribution/types';
import type { ArticleProbe } from './articleProbe';
import type { ListedClaim } from './popupPage';
import { loadShippedModels } from '../../../cli/engineModels';

loadShippedModels();

/** What the page, badge and popup must agree with: the engine run in Node over the text the page's article holds. */
export interface EngineView {
  attributions: Attribution[];
  counts: Record<Category, number>;
  badge: string;
}

export function engineView(text: string): EngineView {
  const attributions = findAttributions(text);
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, attributions.filter((a) => a.category === c).length])) as Record<
    Category,
    number
  >;
  return { attributions, counts, badge: attributions.length ? String(attributions.length) : '' };
}

const extent = (a: Attribution) => {
  const spans = [a.claim, a.cue, ...(a.source ? [a.source] : [])];
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
};

/**
 * What is wrong with the page's marks, compared with the engine: a mark with an id or category the engine did not
 * give, or a claim with no mark of its own that no earlier marked claim overlaps (a character belongs to the first
 * claim that covers it, so a quote attributed twice is painted once), or paint outside the article. Empty = consistent.
 */
export function markProblems(probe: ArticleProbe, engine: EngineView): string[] {
  const problems: string[] = [];
  if (probe.marksOutside || probe.highlightRangesOutside) {
    problems.push(`${probe.marksOutside} marks and ${probe.highlightRangesOutside} highlight ranges outside the article`);
  }
  if (probe.markedClaims.length === 0 && probe.highlightRangesInside > 0) {
    // Painted with the Highlight API: ranges carry a category but no claim id, so compare categories.
    const want = CATEGORIES.filter((c) => engine.counts[c] > 0);
    if (JSON.stringify(probe.highlightCategories) !== JSON.stringify(want)) {
      problems.push(`highlighted categories ${probe.highlightCategories.join(',')}, the engine finds ${want.join(',')}`);
    }
    return problems;
  }
  const marked = new Set<number>();
  for (const { claim, category } of probe.markedClaims) {
    const a = engine.attributions[claim];
    if (!a) problems.push(`a mark for claim ${claim}, which the engine does not find`);
    else if (a.category !== category) problems.push(`claim ${claim} is marked ${category}, the engine says ${a.category}`);
    marked.add(claim);
  }
  engine.attributions.forEach((a, id) => {
    if (marked.has(id)) return;
    const mine = extent(a);
    const covered = [...marked].some((other) => {
      const o = engine.attributions[other];
      if (!o || other > id) return false;
      const theirs = extent(o);
      return theirs.start < mine.end && theirs.end > mine.start;
    });
    if (!covered) problems.push(`claim ${id} (${a.category}, "${a.cue.text}") has no mark`);
  });
  return problems;
}

/**
 * What is wrong with the popup's list, compared with the engine: every claim once (a passage attributed twice is one
 * entry, led by its first claim), categories and snippets of the entries, in any order.
 */
export function listProblems(listed: ListedClaim[], engine: EngineView, text: string): string[] {
  const problems: string[] = [];
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
  const ids = listed.flatMap((c) => c.ids).sort((a, b) => a - b);
  const want = engine.attributions.map((_, id) => id);
  if (JSON.stringify(ids) !== JSON.stringify(want)) problems.push(`the popup lists claims ${ids.join(',')}, the engine finds ${want.join(',')}`);
  for (const claim of listed) {
    const a = engine.attributions[claim.id];
    if (!a) continue;
    if (a.category !== claim.category) problems.push(`claim ${claim.id} is listed as ${claim.category}, the engine says ${a.category}`);
    const shown = squash(claim.snippet.replace(/…$/, ''));
    if (!shown || !squash(text.slice(a.claim.start, a.claim.end)).startsWith(shown)) {
      problems.push(`claim ${claim.id}'s snippet "${claim.snippet}" is not the start of its claim`);
    }
  }
  return problems;
}
