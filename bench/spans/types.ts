import type { Attribution, Category } from '../../utils/attribution/types';

/** A half-open range [start, end) of UTF-16 code units, as the shared scorer's gold.json writes it. */
export type Range = readonly [number, number];

/** One human-marked attribution of a gold set, in the shared scorer's format. */
export interface GoldAttribution {
  cue: Range;
  source: Range | null;
  /** The claim's pieces, in any order (a quotation split by its cue has two); absent where a set does not mark them. */
  content?: readonly Range[];
  /** null: marked by the annotators, but not a claim for this product (an intention, a directive). */
  category: Category | null;
}

export interface GoldArticle {
  id: string;
  text: string;
  attributions: readonly GoldAttribution[];
}

/** What the figures read of the engine's output: its public Attribution, less what they do not score. */
export type PredictedAttribution = Pick<Attribution, 'cue' | 'source' | 'claim' | 'category'>;
