import type { Attribution } from '../types';
import type { Token } from '../tokens';
import type { Sentence } from '../sentences';
import type { Quotation } from '../quotes';
import type { EntityMemory } from '../entityMemory';

/** A chunk's structure, as the rules read it. */
export interface ChunkStructure {
  sentences: Sentence[];
  quotations: Quotation[];
  owner: Int32Array;
}

/** Word lists for the guide's borders that decide a category outright. */
export interface GuideBorders {
  /**
   * Kinship nouns, and the possessive words that tie them to someone: "Keith Lamont Scott's wife", "my father" is
   * a person the reader can identify through the relative, so named, not anonymous.
   */
  relatives: ReadonlySet<string>;
  possessors: ReadonlySet<string>;
  /**
   * Besides the outlets' own words (the `outlet` class), what ends an outlet's name, capitalised: "Yahoo News",
   * "the Associated Press"; and what may follow them: "Christian News Service". An outlet's reporting is a document.
   */
  outletEnds: ReadonlySet<string>;
  newsServices: ReadonlySet<string>;
  /** Words that open a vague group with no noun of a list after them: "Those close to him", "Many in the party". */
  groupOpeners: ReadonlySet<string>;
}

/**
 * What the engine needs to know of a language: its word lists, one data module per language
 * (`lexicon/en/`), and optionally a rule detector whose findings the taggers read as features.
 */
export interface LanguageLexicon {
  /** BCP 47 tag: "en". */
  language: string;
  /** Named word lists the learned taggers read as features (lower case). */
  classes: Record<string, Iterable<string>>;
  /** Inflected forms whose lemma no suffix rule finds: "said" -> "say". */
  irregularLemmas: Record<string, string>;
  /** The lemma of a reporting verb form ("said" -> "say"), or null for any other word. */
  cueLemma: (lower: string) => string | null;
  /** Its class: speech, belief or finding. */
  cueClass: (lower: string) => string | null;
  /** The words of the guide's borders that the categoriser is not left to weigh (model/guideCategories.ts). */
  borders?: GuideBorders;
  /** Attributions found by hand-written rules, if the language has them. */
  rules?: (text: string, tokens: Token[], memory: EntityMemory, structure: ChunkStructure) => Attribution[];
  /**
   * Attributions of constructions too rare in the training articles for the taggers to learn from their marks
   * (a transcript's "PENCE: ..."): the later stages see them as the rules' findings, the taggers never read them.
   */
  constructions?: (text: string, tokens: Token[], memory: EntityMemory, structure: ChunkStructure) => Attribution[];
}
