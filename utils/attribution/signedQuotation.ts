import type { Token } from './tokens';
import type { Sentence } from './sentences';
import type { Quotation } from './quotes';
import { isNameWord } from './sourceWords';

/** Dashes that sign a quotation: horizontal bar, em dash, en dash. Two typed hyphens ("--") are two tokens. */
const SIGNING_DASHES = new Set(['\u2015', '\u2014', '\u2013']);
const MAX_NAME_WORDS = 6;
/** How far back (in tokens) a signed quotation's paragraph may start. */
const MAX_QUOTATION_TOKENS = 400;

export interface SignedQuotation {
  /** The dash, in tokens. */
  cueFirst: number;
  cueEnd: number;
  /** The name after it. */
  nameFirst: number;
  nameEnd: number;
  quotation: Quotation;
}

/**
 * The quotation that the mark at `close` ends: the one the marks were paired into, or, where they were paired
 * otherwise (a nested “hell” typed with the outer marks, a ” typed for the opening “), the whole paragraph when it
 * opens with a mark, since a signed quotation is its paragraph.
 */
function quotationClosedAt(tokens: Token[], close: number, quotations: Quotation[], owner: Int32Array): Quotation | null {
  const paired = owner[close]! >= 0 ? quotations[owner[close]!]! : null;
  if (paired && paired.close === close) return paired.close - paired.open >= 2 ? paired : null;
  let p = Math.max(0, close - 1);
  while (p > 0 && !tokens[p]!.paragraphStart && close - p < MAX_QUOTATION_TOKENS) p--;
  const first = tokens[p]!;
  return first.kind === 'quote' && (p === 0 || first.paragraphStart) && close - p >= 2 ? { open: p, close, start: first.start, end: tokens[close]!.end } : null;
}

/**
 * "“We deserve better.” ― Jane Roe": a quotation signed by a dash and a name that ends the sentence, as
 * epigraphs, pull quotes and readers' comments are printed. The sentence holds the closing quote.
 */
export function signedQuotation(tokens: Token[], s: Sentence, quotations: Quotation[], owner: Int32Array): SignedQuotation | null {
  // The name ends the sentence, so the dash is among its last tokens: the closing full stop, the name, "--".
  for (let k = Math.max(s.first + 1, s.end - MAX_NAME_WORDS - 3); k < s.end; k++) {
    const close = tokens[k - 1]!;
    if (close.kind !== 'quote' || close.opening) continue;
    let cueEnd = k;
    const t = tokens[k]!;
    if (t.kind === 'punct' && SIGNING_DASHES.has(t.text)) cueEnd = k + 1;
    else if (t.text === '-' && k + 1 < s.end && tokens[k + 1]!.text === '-' && tokens[k + 1]!.start === t.end) cueEnd = k + 2;
    if (cueEnd === k) continue;
    const quotation = quotationClosedAt(tokens, k - 1, quotations, owner);
    if (!quotation) continue;
    let end = cueEnd;
    while (end < s.end && end - cueEnd < MAX_NAME_WORDS && isNameWord(tokens[end]!)) end++;
    if (end === cueEnd) return null;
    // Only the sentence's closing full stop may follow the name: "― Jane Roe, who wrote in" is prose.
    const rest = s.end - end;
    if (rest > 1 || (rest === 1 && tokens[end]!.text !== '.')) return null;
    return { cueFirst: k, cueEnd, nameFirst: cueEnd, nameEnd: end, quotation };
  }
  return null;
}
