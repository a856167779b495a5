import type { Token } from './tokens';

/** A quotation: token indices of its opening and closing marks (close may be the last token of a paragraph). */
export interface Quotation {
  open: number;
  close: number;
  /** Character range from the opening mark to the end of the closing mark (or of the text it ran to). */
  start: number;
  end: number;
}

// A quotation left open this long is a stray mark, not a quote: close it at its paragraph's end.
const MAX_QUOTE_CHARS = 6000;

/**
 * Pairs quote marks left to right. News style lets a quotation run over several paragraphs: the
 * paragraph ends without a closing mark and the next one starts with an opening mark. Any other
 * unclosed quotation ends with its paragraph, so one stray mark never swallows the article.
 * Returns the quotations and, per token, the index of the quotation holding it (-1 outside).
 */
export function findQuotations(tokens: Token[]): { quotations: Quotation[]; owner: Int32Array } {
  const quotations: Quotation[] = [];
  const owner = new Int32Array(tokens.length).fill(-1);
  let open = -1;
  const finish = (close: number) => {
    const q = { open, close, start: tokens[open]!.start, end: tokens[close]!.end };
    const id = quotations.length;
    quotations.push(q);
    for (let k = open; k <= close; k++) owner[k] = id;
    open = -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (open >= 0 && t.paragraphStart && !(t.kind === 'quote' && t.opening)) finish(i - 1);
    if (open >= 0 && t.start - tokens[open]!.start > MAX_QUOTE_CHARS) finish(i - 1);
    if (t.kind !== 'quote') continue;
    if (open < 0) {
      if (t.opening) open = i;
    } else if (!t.opening) {
      finish(i);
    } else if (!t.paragraphStart) {
      // Two opening marks in one paragraph: the first was stray; restart from this one.
      open = i;
    }
  }
  if (open >= 0) finish(tokens.length - 1);
  return { quotations, owner };
}
