import type { Token } from '../tokens';
import type { Sentence } from '../sentences';
import { findQuotations, type Quotation } from '../quotes';
import type { WordClasses } from './wordClasses';

/** Where a token stands with respect to quotation marks. */
export const enum QuoteState { Outside = 0, Inside = 1, Opening = 2, Closing = 3 }

/**
 * Everything the taggers read about one chunk of tokens, computed once: hashes of each token's forms,
 * its word classes, quotation and sentence structure. Training and inference build it the same way.
 */
export interface TokenView {
  tokens: Token[];
  n: number;
  sentences: Sentence[];
  /** Index into `sentences` per token. */
  sentenceOf: Int32Array;
  quotations: Quotation[];
  /** Index into `quotations` per token, -1 outside. */
  owner: Int32Array;
  quote: Uint8Array;
  lower: Uint32Array;
  shape: Uint32Array;
  suffix: Uint32Array;
  /** Hash of the token's word classes (0 for none). */
  cls: Uint32Array;
  lemma: Uint32Array;
  /** The word lists each token is in, one bit per list (WordClasses.bit). */
  lists: Int32Array;
  /** Per sentence: SentenceFlag bits. */
  sentenceFlags: Uint8Array;
}

export const enum SentenceFlag { TitleCase = 1, Quoted = 2 }

/** Whether a sentence reads as a title-case headline: most words capitalised, none lower-case and long. */
function titleCase(tokens: Token[], first: number, end: number): boolean {
  let words = 0;
  let caps = 0;
  for (let i = first; i < end; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    words++;
    if (t.cap) caps++;
    else if (t.text.length >= 5) return false;
  }
  return words >= 4 && caps >= words * 0.6;
}


/** "Xx", "x", "d", "X.X.", "Xx-Xx": letters and digits by kind, runs collapsed, at most 6 symbols. */
export function shapeOf(text: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < text.length && out.length < 6; i++) {
    const c = text.charCodeAt(i);
    let s: string;
    if (c >= 65 && c <= 90) s = 'X';
    else if (c >= 97 && c <= 122) s = 'x';
    else if (c >= 48 && c <= 57) s = 'd';
    else if (c < 128) s = text[i]!;
    else {
      const ch = text[i]!;
      s = ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : 'u';
    }
    if (s !== last) out += s;
    last = s;
  }
  return out;
}

export function buildTokenView(tokens: Token[], sentences: Sentence[], classes: WordClasses): TokenView {
  const n = tokens.length;
  const { quotations, owner } = findQuotations(tokens);
  const sentenceOf = new Int32Array(n);
  sentences.forEach((s, k) => sentenceOf.fill(k, s.first, s.end));
  const quote = new Uint8Array(n);
  const lower = new Uint32Array(n);
  const shape = new Uint32Array(n);
  const suffix = new Uint32Array(n);
  const cls = new Uint32Array(n);
  const lemma = new Uint32Array(n);
  const lists = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.kind === 'quote') quote[i] = owner[i]! >= 0 ? (quotations[owner[i]!]!.open === i ? QuoteState.Opening : QuoteState.Closing) : QuoteState.Outside;
    else quote[i] = owner[i]! >= 0 ? QuoteState.Inside : QuoteState.Outside;
    const info = classes.of(t.lower, t.text);
    lower[i] = info.hash;
    shape[i] = info.shape;
    suffix[i] = info.suffix;
    cls[i] = info.cls;
    lemma[i] = info.lemma;
    lists[i] = info.mask;
  }
  const sentenceFlags = new Uint8Array(sentences.length);
  sentences.forEach((s, k) => {
    let flags = titleCase(tokens, s.first, s.end) ? SentenceFlag.TitleCase : 0;
    for (let i = s.first; i < s.end; i++) if (quote[i] === QuoteState.Opening || quote[i] === QuoteState.Closing) flags |= SentenceFlag.Quoted;
    sentenceFlags[k] = flags;
  });
  return { tokens, n, sentences, sentenceOf, quotations, owner, quote, lower, shape, suffix, cls, lemma, lists, sentenceFlags };
}
