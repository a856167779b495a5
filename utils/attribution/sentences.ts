import type { Token } from './tokens';

/** A sentence as a half-open range of token indices. */
export interface Sentence {
  first: number;
  end: number;
}

// Long runs without a full stop (lists, tables, garbage) are cut so that every look-back stays bounded.
const MAX_SENTENCE_TOKENS = 300;
const TERMINALS = new Set(['.', '!', '?']);
const CLOSERS = new Set(['"', '\u201d', '\u00bb', ')', ']', "'", '\u2019']);

/**
 * Ends a sentence after ".", "!" or "?" (and any closing quote or bracket) when the next token opens a
 * new one (capital, digit, quote, bracket), and at every line break: the same units the scorer counts.
 */
export function splitSentences(tokens: Token[]): Sentence[] {
  const out: Sentence[] = [];
  let first = 0;
  let sawTerminal = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i > first && (t.paragraphStart || i - first >= MAX_SENTENCE_TOKENS || (sawTerminal && opensSentence(t)))) {
      out.push({ first, end: i });
      first = i;
      sawTerminal = false;
    }
    if (t.kind !== 'word' && TERMINALS.has(t.text)) sawTerminal = true;
    else if (!(t.kind !== 'word' && CLOSERS.has(t.text))) sawTerminal = false;
  }
  if (first < tokens.length) out.push({ first, end: tokens.length });
  return out;
}

function opensSentence(t: Token): boolean {
  if (t.kind === 'word') return t.cap || (t.text.charCodeAt(0) >= 48 && t.text.charCodeAt(0) <= 57);
  return (t.kind === 'quote' && t.opening) || t.text === '(' || t.text === '[';
}
