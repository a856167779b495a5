import type { Token } from './tokens';
import { FUNCTION_WORDS, LY_NOUNS, NAME_PARTICLES, PAST_NEGATIONS, PRONOUNS, THING_NOUNS_LIKE_AGENTS } from './lexicon/en/grammar';
import { ANONYMOUS_HEADS, DOCUMENT_HEADS, EXPERT_TITLES, INSTITUTION_HEADS, OFFICIAL_TITLES, SPOKES_HEADS } from './lexicon/en/sources';

// What a single word (or a short run of words) of a source phrase is: a name, a pronoun, a role or source noun.

export function isAdverb(lower: string): boolean {
  return lower.length > 4 && lower.endsWith('ly') && !LY_NOUNS.has(lower) && !ANONYMOUS_HEADS.has(lower);
}

/** "forcefully", "hasn't", "not": words that may sit between a subject and its verb. */
export function isAdverbOrNegation(lower: string): boolean {
  return isAdverb(lower) || PAST_NEGATIONS.has(lower.replace('\u2019', "'"));
}

export function isLexiconNoun(lower: string): boolean {
  return ANONYMOUS_HEADS.has(lower) || SPOKES_HEADS.has(lower) || OFFICIAL_TITLES.has(lower) || EXPERT_TITLES.has(lower)
    || INSTITUTION_HEADS.has(lower) || DOCUMENT_HEADS.has(lower);
}

export function allNameWords(tokens: Token[], first: number, end: number): boolean {
  if (end - first > 5) return false;
  for (let i = first; i < end; i++) if (!isNameWord(tokens[i]!) && !NAME_PARTICLES.has(tokens[i]!.lower)) return false;
  return isNameWord(tokens[first]!) && !isLexiconNoun(tokens[first]!.lower);
}

export function hasRoleWord(tokens: Token[], first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (isLexiconNoun(tokens[i]!.lower) || EXPERT_TITLES.has(tokens[i]!.lower)) return true;
  return false;
}

export function isSourceHead(lower: string): boolean {
  return ANONYMOUS_HEADS.has(lower) || SPOKES_HEADS.has(lower) || DOCUMENT_HEADS.has(lower) || INSTITUTION_HEADS.has(lower);
}

/** "The organiser said", "a questioner claimed": an agent noun right after a determiner names an unnamed person. */
export function unnamedPerson(tokens: Token[], head: number, floor: number): boolean {
  const t = tokens[head]!;
  if (t.kind !== 'word' || t.cap || t.lower.length < 5 || THING_NOUNS_LIKE_AGENTS.has(t.lower)) return false;
  if (!/(?:[^e]er|or|ist|ian)s?$/.test(t.lower)) return false;
  for (let j = head - 1; j >= floor && head - j <= 3; j--) {
    const w = tokens[j]!;
    if (w.kind !== 'word') return false;
    if (w.lower === 'the' || w.lower === 'a' || w.lower === 'an' || w.lower === 'one' || w.lower === 'another' || w.possessive) return true;
  }
  return false;
}

export function isNameWord(t: Token): boolean {
  return t.kind === 'word' && t.cap && !FUNCTION_WORDS.has(t.lower) && !CONTRACTION.test(t.lower);
}

// "You'd", "I'll", "We're": a pronoun with a contracted verb, never a name.
const CONTRACTION = /['\u2019](?:d|ll|re|ve|m)$/;

export function isPronoun(t: Token): boolean {
  return t.kind === 'word' && PRONOUNS.has(t.lower);
}
