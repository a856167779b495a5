import { CATEGORIES, type Category } from '../../utils/attribution/types';
import { constructionOf, CONSTRUCTIONS, type Construction } from './construction';
import { cueLemma } from './cueLemma';
import type { GoldArticle, GoldAttribution, PredictedAttribution, Range } from './types';

// Span-level figures of the engine on every human-marked attribution of a gold set: was its cue
// found, and if so, do the found attribution's source and claim overlap the marked ones, and is its
// category right. Pure: gold and predictions in, figures out.

/** The row of gold attributions that annotators marked but that are no claim for this product. */
export const NOT_A_CLAIM = 'not-a-claim';
export type GoldCategory = Category | typeof NOT_A_CLAIM;
/** The row that gathers every lemma after the most frequent ones. */
export const OTHER_LEMMAS = 'other';

/** What the engine did with one gold attribution. */
export interface Outcome {
  articleId: string;
  gold: GoldAttribution;
  lemma: string;
  construction: Construction;
  goldCategory: GoldCategory;
  /** The prediction whose cue overlaps the gold cue most (the first of equals), or null: cue missed. */
  match: PredictedAttribution | null;
  /** null when the cue was missed or gold marks no source. */
  sourceOverlap: boolean | null;
  /** Whether the claim overlaps a gold content piece; null when the cue was missed or gold marks no content. */
  contentOverlap: boolean | null;
  /** Characters in both the claim and the gold content over characters in either; null as contentOverlap. */
  contentJaccard: number | null;
}

export interface ArticleScore {
  outcomes: Outcome[];
  predicted: readonly PredictedAttribution[];
  /** Predictions whose cue overlaps no gold cue. */
  unmatched: PredictedAttribution[];
}

const overlap = (a: Range, b: Range) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
const rangeOf = (span: { start: number; end: number }): Range => [span.start, span.end];

/** Sorted, disjoint ranges covering the same characters. */
function merged(ranges: readonly Range[]): Range[] {
  const out: [number, number][] = [];
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = out.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else if (end > start) out.push([start, end]);
  }
  return out;
}

/** Character Jaccard of one span against the union of several. */
export function characterJaccard(span: Range, pieces: readonly Range[]): number {
  const union = merged(pieces);
  const both = union.reduce((n, piece) => n + overlap(span, piece), 0);
  const either = span[1] - span[0] + union.reduce((n, [start, end]) => n + end - start, 0) - both;
  return either > 0 ? both / either : 0;
}

/** Matches the engine's attributions of one article against its gold attributions. */
export function scoreArticle(article: GoldArticle, predicted: readonly PredictedAttribution[]): ArticleScore {
  const outcomes = article.attributions.map((gold): Outcome => {
    let match: PredictedAttribution | null = null;
    let best = 0;
    for (const p of predicted) {
      const shared = overlap(rangeOf(p.cue), gold.cue);
      if (shared > best) [match, best] = [p, shared];
    }
    const content = gold.content ?? [];
    const claim = match ? rangeOf(match.claim) : null;
    return {
      articleId: article.id,
      gold,
      lemma: cueLemma(article.text.slice(gold.cue[0], gold.cue[1])),
      construction: constructionOf(article.text, gold),
      goldCategory: gold.category ?? NOT_A_CLAIM,
      match,
      sourceOverlap: match && gold.source ? match.source !== null && overlap(rangeOf(match.source), gold.source) > 0 : null,
      contentOverlap: claim && content.length > 0 ? content.some((piece) => overlap(claim, piece) > 0) : null,
      contentJaccard: claim && content.length > 0 ? characterJaccard(claim, content) : null,
    };
  });
  return {
    outcomes,
    predicted,
    unmatched: predicted.filter((p) => !article.attributions.some((g) => overlap(rangeOf(p.cue), g.cue) > 0)),
  };
}

/** hits of a total, and their share (null when there is nothing to share). */
export interface Ratio {
  hits: number;
  of: number;
  rate: number | null;
}

export interface FigureRow {
  key: string;
  /** For a construction: what it looks like; for the other lemmas: how many they are. */
  note?: string;
  count: number;
  cueFound: Ratio;
  /** Of the gold claims (category not null): the not-claims, which the engine should pass over, left out. */
  claimCueFound: Ratio;
  /** Of the found ones where gold marks a source. */
  sourceOverlap: Ratio;
  /** Of the found ones where gold marks content. */
  contentOverlap: Ratio;
  meanContentJaccard: number | null;
  /** Of the found ones that are claims. */
  categoryRight: Ratio;
}

export interface ConfusionRow {
  gold: GoldCategory;
  count: number;
  /** Cue not found. */
  missed: number;
  /** Found, by the category the engine gave it. */
  predicted: Record<Category, number>;
}

export interface SpanFigures {
  articles: number;
  overall: FigureRow;
  /** Source overlap of every gold attribution with a source, found or not. */
  sourceOverlapOfAll: Ratio;
  byLemma: { distinct: number; rows: FigureRow[] };
  byConstruction: FigureRow[];
  byCategory: FigureRow[];
  confusion: ConfusionRow[];
  predictions: { total: number; unmatched: number; unmatchedByCategory: Record<Category, number> };
}

const ratio = (hits: number, of: number): Ratio => ({ hits, of, rate: of > 0 ? round(hits / of) : null });
const round = (n: number) => Math.round(n * 1000) / 1000;
const perCategory = (): Record<Category, number> => Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;

function figureRow(key: string, outcomes: readonly Outcome[], note?: string): FigureRow {
  const found = outcomes.filter((o) => o.match);
  const withSource = found.filter((o) => o.sourceOverlap !== null);
  const withContent = found.filter((o) => o.contentOverlap !== null);
  const claims = found.filter((o) => o.goldCategory !== NOT_A_CLAIM);
  const goldClaims = outcomes.filter((o) => o.goldCategory !== NOT_A_CLAIM).length;
  return {
    key,
    ...(note === undefined ? {} : { note }),
    count: outcomes.length,
    cueFound: ratio(found.length, outcomes.length),
    claimCueFound: ratio(claims.length, goldClaims),
    sourceOverlap: ratio(withSource.filter((o) => o.sourceOverlap).length, withSource.length),
    contentOverlap: ratio(withContent.filter((o) => o.contentOverlap).length, withContent.length),
    meanContentJaccard: withContent.length ? round(withContent.reduce((n, o) => n + o.contentJaccard!, 0) / withContent.length) : null,
    categoryRight: ratio(claims.filter((o) => o.match!.category === o.goldCategory).length, claims.length),
  };
}

function groupBy<K>(outcomes: readonly Outcome[], keyOf: (o: Outcome) => K): Map<K, Outcome[]> {
  const groups = new Map<K, Outcome[]>();
  for (const o of outcomes) {
    const k = keyOf(o);
    const group = groups.get(k);
    if (group) group.push(o);
    else groups.set(k, [o]);
  }
  return groups;
}

/** The lemmas with their own row, most frequent first (ties alphabetical); the rest go to OTHER_LEMMAS. */
export function topLemmas(outcomes: readonly Outcome[], top: number): string[] {
  return [...groupBy(outcomes, (o) => o.lemma)]
    .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))
    .slice(0, top)
    .map(([lemma]) => lemma);
}

/** The figures of a whole gold set, from its articles' scores. */
export function spanFigures(scores: readonly ArticleScore[], options: { topLemmas: number } = { topLemmas: 25 }): SpanFigures {
  const outcomes = scores.flatMap((s) => s.outcomes);
  const byLemma = groupBy(outcomes, (o) => o.lemma);
  const top = topLemmas(outcomes, options.topLemmas);
  const rest = outcomes.filter((o) => !top.includes(o.lemma));
  const lemmaRows = top.map((lemma) => figureRow(lemma, byLemma.get(lemma)!));
  if (rest.length) lemmaRows.push(figureRow(OTHER_LEMMAS, rest, `${byLemma.size - top.length} lemmas`));

  const byConstruction = groupBy(outcomes, (o) => o.construction);
  const goldCategories: GoldCategory[] = [...CATEGORIES, NOT_A_CLAIM];
  const byCategory = groupBy(outcomes, (o) => o.goldCategory);
  const unmatched = scores.flatMap((s) => s.unmatched);
  const unmatchedByCategory = perCategory();
  for (const p of unmatched) unmatchedByCategory[p.category]++;
  const withSource = outcomes.filter((o) => o.gold.source);

  return {
    articles: scores.length,
    overall: figureRow('all', outcomes),
    sourceOverlapOfAll: ratio(withSource.filter((o) => o.sourceOverlap).length, withSource.length),
    byLemma: { distinct: byLemma.size, rows: lemmaRows },
    byConstruction: (Object.keys(CONSTRUCTIONS) as Construction[])
      .filter((c) => byConstruction.has(c))
      .map((c) => figureRow(c, byConstruction.get(c)!, CONSTRUCTIONS[c])),
    byCategory: goldCategories.filter((c) => byCategory.has(c)).map((c) => figureRow(c, byCategory.get(c)!)),
    confusion: goldCategories
      .filter((c) => byCategory.has(c))
      .map((gold) => {
        const row = byCategory.get(gold)!;
        const predicted = perCategory();
        for (const o of row) if (o.match) predicted[o.match.category]++;
        return { gold, count: row.length, missed: row.filter((o) => !o.match).length, predicted };
      }),
    predictions: { total: scores.reduce((n, s) => n + s.predicted.length, 0), unmatched: unmatched.length, unmatchedByCategory },
  };
}
