import type { Span } from './types';
import type { Token } from './tokens';
import type { Quotation } from './quotes';
import type { Sentence } from './sentences';

/**
 * Tokens [from, end) as a claim without the sentence's closing punctuation (a closing quotation mark kept): the
 * claim of a construction that takes the rest of its sentence. Null when no word or quotation mark is left.
 */
export function restOfSentence(tokens: Token[], from: number, end: number): Span | null {
  let last = end;
  while (last > from && tokens[last - 1]!.kind !== 'word' && tokens[last - 1]!.kind !== 'quote') last--;
  return last > from ? { start: tokens[from]!.start, end: tokens[last - 1]!.end } : null;
}

/**
 * The reported content of an attribution. A quotation right next to the source and cue is the
 * claim (it may run over paragraphs); otherwise the paraphrase is the rest of the sentence on the
 * other side of the source and cue.
 * `left`/`right` are the first and end token indices covered by the source and cue together.
 */
export function claimSpan(tokens: Token[], s: Sentence, left: number, right: number, quotations: Quotation[], owner: Int32Array, unstatedSource = false): Span {
  // "...," one of the sources said.  /  "..." said Peskov.
  let before = left - 1;
  while (before >= s.first && tokens[before]!.kind === 'punct' && (tokens[before]!.text === ',' || tokens[before]!.text === '.')) before--;
  if (before >= 0 && owner[before]! >= 0 && tokens[before]!.kind === 'quote' && !tokens[before]!.opening) {
    const q = quotations[owner[before]!]!;
    return { start: q.start, end: q.end };
  }
  // X said: "..."  /  X said, "..."  /  X "noted ...".
  let after = right;
  while (after < tokens.length && after < right + 2 && tokens[after]!.kind === 'punct' && (tokens[after]!.text === ',' || tokens[after]!.text === ':')) after++;
  if (after < tokens.length && owner[after]! >= 0 && tokens[after]!.kind === 'quote' && tokens[after]!.opening) {
    const q = quotations[owner[after]!]!;
    return { start: q.start, end: q.end };
  }
  // The cue sits inside the quotation it introduces ("Slotkin, “noted ...”").
  if (right - 1 >= 0 && owner[right - 1]! >= 0) {
    const q = quotations[owner[right - 1]!]!;
    return { start: q.start, end: q.end };
  }
  const sentenceEnd = tokens[s.end - 1]!.end;
  // The claim follows the source when the source opens the sentence, or only a short lead-in
  // ("On Thursday, the ministry said ...") precedes it; otherwise it is what comes before.
  // A cue without its own source (", adding that ...") introduces what follows it.
  const startsClause = unstatedSource || left === s.first || (left > s.first && tokens[left - 1]!.kind !== 'word' && left - s.first <= 5);
  // "Probably not, Ms. Moore said.": nothing but the full stop follows, so the claim is before.
  const wordsAfter = right < s.end && tokens[right]!.kind === 'word' || right + 1 < s.end;
  if (startsClause && wordsAfter) {
    let from = right;
    if (tokens[from]!.lower === 'that' || tokens[from]!.text === ',' || tokens[from]!.text === ':') from++;
    if (from < s.end) return { start: tokens[from]!.start, end: sentenceEnd };
  }
  // Paraphrase before the source: "Moscow was targeting ISIL, Lavrov said."
  let last = left - 1;
  while (last > s.first && tokens[last]!.kind === 'punct') last--;
  if (last >= s.first && left > s.first) return { start: tokens[s.first]!.start, end: tokens[last]!.end };
  return { start: tokens[Math.min(right, s.end - 1)]!.start, end: sentenceEnd };
}
