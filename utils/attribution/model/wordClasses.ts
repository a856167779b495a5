import type { LanguageLexicon } from '../lexicon/types';
import { hashString } from './hashing';
import { shapeOf } from './tokenView';

export interface WordInfo {
  /** Hash of the token's shape as written ("Xx", "X.X."). */
  shape: number;
  /** Hash of the word itself. */
  hash: number;
  /** Hash of its last three letters. */
  suffix: number;
  /** Hash of the word's class signature ("cue:speech title"), 0 when it is in no list. */
  cls: number;
  /** Hash of its lemma (the word's own hash when it is its own lemma). */
  lemma: number;
  /** The lists it is in, as `maskOf` gives them. */
  mask: number;
}

/** Per-language lookups from a lower-case word to the hashes the taggers read, cached per word. */
export interface WordClasses {
  hashOf(word: string): number;
  /** What the taggers read of a token: `word` is its lower-case form, `text` as written. */
  of(word: string, text?: string): WordInfo;
  /** Whether the word is in the named list: "spokesman" is in "spokes". */
  has(word: string, list: string): boolean;
  /** The lists a word is in, one bit per list (see `bit`). */
  maskOf(word: string): number;
  /** The bit of a named list in `maskOf`'s masks; 0 for a list the language does not have. */
  bit(list: string): number;
}

const CACHE_LIMIT = 100_000;

/** "reporting" -> "report", "denies" -> "deny", "noted" -> "note": enough to group a verb's forms. */
export function lemmaOf(word: string, lexicon: LanguageLexicon): string {
  const cue = lexicon.cueLemma(word);
  if (cue) return cue;
  const irregular = lexicon.irregularLemmas[word];
  if (irregular) return irregular;
  const n = word.length;
  if (n > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (n > 4 && word.endsWith('ied')) return `${word.slice(0, -3)}y`;
  if (n > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (n > 4 && word.endsWith('ed')) return word.endsWith('eed') ? word.slice(0, -1) : word.slice(0, -2);
  if (n > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) return word.slice(0, -1);
  return word;
}

export function createWordClasses(lexicon: LanguageLexicon): WordClasses {
  const membership = new Map<string, string[]>();
  const masks = new Map<string, number>();
  const bits = new Map<string, number>();
  const listNames = Object.keys(lexicon.classes);
  if (listNames.length > 32) throw new Error(`at most 32 word lists, got ${listNames.length}`);
  // Signed 32-bit masks (the 32nd list's bit is the sign bit): V8 keeps them small integers, where a mask read
  // back as 2^31 or more is a double, and every optimised function testing one was thrown away and compiled again.
  listNames.forEach((name, k) => bits.set(name, 1 << k));
  for (const [name, list] of Object.entries(lexicon.classes)) {
    for (const word of list) {
      const names = membership.get(word);
      if (names) names.push(name);
      else membership.set(word, [name]);
      masks.set(word, (masks.get(word) ?? 0) | bits.get(name)!);
    }
  }
  const hashes = new Map<string, number>();
  const infos = new Map<string, WordInfo>();
  const hashOf = (word: string): number => {
    let h = hashes.get(word);
    if (h === undefined) {
      h = hashString(word);
      if (hashes.size < CACHE_LIMIT) hashes.set(word, h);
    }
    return h;
  };
  return {
    hashOf,
    has: (word, list) => ((masks.get(word) ?? 0) & (bits.get(list) ?? 0)) !== 0,
    maskOf: (word) => masks.get(word) ?? 0,
    bit: (list) => bits.get(list) ?? 0,
    of(word, text = word) {
      // Keyed by the text as written: its shape depends on case, the rest on the lower-case word.
      let info = infos.get(text);
      if (info) return info;
      const names = [...(membership.get(word) ?? [])];
      const cueClass = lexicon.cueClass(word);
      if (cueClass) names.push(`cue:${cueClass}`);
      const lemma = lemmaOf(word, lexicon);
      const hash = hashOf(word);
      info = {
        shape: hashString(shapeOf(text)),
        hash,
        suffix: hashString(word.length > 3 ? word.slice(-3) : word) ^ 0x5bd1e995,
        cls: names.length ? hashString(names.sort().join(' ')) : 0,
        lemma: lemma === word ? hash : hashString(lemma),
        mask: masks.get(word) ?? 0,
      };
      if (infos.size < CACHE_LIMIT) infos.set(text, info);
      return info;
    },
  };
}
