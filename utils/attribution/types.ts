/** The kinds of source, in the order the product shows them: the mission categories first. */
export const CATEGORIES = ['anonymous', 'official', 'named', 'document'] as const;
export type Category = (typeof CATEGORIES)[number];

/** A half-open range [start, end) of UTF-16 code units into the scanned text. */
export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export interface Attribution {
  category: Category;
  /** The word or phrase linking source and claim: "said", "according to", "told Reuters". */
  cue: TextSpan;
  /** The mention of the source as written ("he", "Cook", "one of the sources"), or null when unstated. */
  source: TextSpan | null;
  /** The reported content: the quote or paraphrase; may run across sentences. */
  claim: Span;
  /** Who the mention refers to when it is a pronoun, surname or "the official" ("Pentagon spokesman Peter Cook"). */
  resolvedSource: string | null;
}
