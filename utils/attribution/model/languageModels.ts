import type { LanguageLexicon } from '../lexicon/types';
import { EN } from '../lexicon/en';
import type { SpanModels } from './detectSpans';
import type { LinearClassifier } from './linearClassifier';
import type { WordClasses } from './wordClasses';
import type { NamePriors } from './namePriors';
import type { CategoryBias, ClaimMargins } from './decide';
import type { CueLemmas } from './claimFeatures';
import { readModelFile } from './modelFile';

/** Everything the engine needs for one language: its words and its trained taggers. */
export interface LanguageModel {
  lexicon: LanguageLexicon;
  classes: WordClasses;
  taggers: SpanModels;
  /** Claim or not, per ATTRIBUTION-GUIDE.md: intentions, directives and topics are not claims. */
  claim: LinearClassifier;
  /** How often training saw each verb as a cue, for the claim filter. */
  cueLemmas: CueLemmas;
  /** Per category, how far the filter's "not a claim" must outscore "claim" to drop a candidate the rules did not find. */
  claimMargins: ClaimMargins;
  category: LinearClassifier;
  /** Per category, added to the categoriser's scores: chosen in training for the best F1 of each kind. */
  categoryBias: CategoryBias;
  priors: NamePriors;
}

/** The languages the engine has words for; each needs its model file (`public/model/<language>.slm`) provided. */
export const LEXICONS: Record<string, LanguageLexicon> = { en: EN };

export const LANGUAGES = Object.keys(LEXICONS);

/** Where each language's model file is, within the extension package and the repository. */
export const modelPath = (language: string) => `model/${language}.slm`;

const loaded = new Map<string, LanguageModel>();

/**
 * Hands the engine a language's model file. The engine holds no weights of its own: the background fetches
 * the file from the extension package, the CLI and the tests read it from `public/`.
 */
export function provideModel(language: string, bytes: Uint8Array): void {
  const lexicon = LEXICONS[language];
  if (!lexicon) throw new Error(`no words for language "${language}" (have: ${LANGUAGES.join(', ')})`);
  loaded.set(language, readModelFile(bytes, lexicon));
}

export function hasModel(language: string): boolean {
  return loaded.has(language);
}

/** The model of a language, as provided. */
export function languageModel(language: string): LanguageModel {
  const model = loaded.get(language);
  if (model) return model;
  throw new Error(LEXICONS[language] ? `the "${language}" model was not loaded: provideModel() first` : `no model for language "${language}" (have: ${LANGUAGES.join(', ')})`);
}
