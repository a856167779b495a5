import type { EvidenceKind } from './entityIndex';
import { CATEGORIES, type Category } from '../types';

/**
 * What the training articles said about the people and organisations they name often: for each full name,
 * per kind of evidence, in how many of its articles it was seen (0 none, 1 some, 2 most, 3 all). Public
 * figures are rarely reintroduced ("Trump said"), so this is what the model knows of them; an unknown name
 * simply has no prior.
 */
export interface NamePriors {
  /** The evidence kinds, in the order of each name's levels. */
  kinds: EvidenceKind[];
  /** Full name (lower case) -> one level per kind, as a string of digits. */
  names: Record<string, string>;
  /** A surname that nearly always meant one full name in training -> that name. */
  surnames: Record<string, string>;
  /**
   * Full name -> per category (in CATEGORIES order), in how many of its training articles the engine
   * categorised it so: what the articles that introduce a person tell about the ones that do not.
   */
  categories: Record<string, string>;
}

export type PriorLevels = Partial<Record<EvidenceKind | `category:${Category}`, number>>;

export const NO_PRIORS: NamePriors = { kinds: [], names: {}, surnames: {}, categories: {} };

export function priorOf(priors: NamePriors, key: string): PriorLevels | null {
  const full = key.includes(' ') ? key : priors.surnames[key];
  const levels = full ? priors.names[full] : undefined;
  if (!full || !levels) return null;
  const out: PriorLevels = {};
  priors.kinds.forEach((kind, k) => {
    const level = levels.charCodeAt(k) - 48;
    if (level > 0) out[kind] = level;
  });
  const categories = priors.categories[full];
  if (categories) {
    CATEGORIES.forEach((category, k) => {
      const level = categories.charCodeAt(k) - 48;
      if (level > 0) out[`category:${category}`] = level;
    });
  }
  return out;
}
