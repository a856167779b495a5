import type { Attribution } from './types';
import type { Token } from './tokens';
import type { ChunkStructure } from './lexicon/types';
import { cueVerb } from './cueLexicon';
import { lemma } from './entityMemory';
import { spanOf } from './ruleDetector';
import { restOfSentence } from './claimSpan';
import { GROUP_STATES, GROUP_VERBS } from './lexicon/en/cues';
import { ADVERBS, ASSESSMENT_ONLY, BE, COORDINATORS, DETERMINERS, GROUP_WORDS, HAVE, NEGATIVE_SUBJECTS } from './lexicon/en/grammar';
import { ANONYMOUS_HEADS, EXPERT_TITLES, OFFICIAL_TITLES, QUANTIFIERS } from './lexicon/en/sources';

/** How many words may describe the group before its head ("Central European leaders") and after it ("in Virginia and around the country"). */
const MODIFIERS = 4;
const POST_MODIFIER = 10;

/** Words that open a post-modifier of the group: "observers in Virginia", "leaders across Europe". */
const POST_OPENERS = new Set(['in', 'across', 'around', 'from', 'at', 'on', 'of', 'throughout', 'outside', 'inside']);

/** Words that open a clause of its own inside a post-modifier: its verb is not the group's. */
const CLAUSE_OPENERS = new Set(['who', 'which', 'that', 'where', 'when', 'while', 'whose']);

/** A plural of people with no name in it: "observers", "leaders", "journalists", "Democrats". */
function pluralHead(t: Token): boolean {
  if (t.kind !== 'word' || !t.lower.endsWith('s')) return false;
  const one = lemma(t.lower);
  if (one === t.lower) return false;
  const person = (word: string) => ANONYMOUS_HEADS.has(word) || OFFICIAL_TITLES.has(word) || EXPERT_TITLES.has(word);
  return person(t.lower) || (!t.cap && person(one));
}

/**
 * The group's head at the sentence's start, past a connector ("But"), quantifiers ("Many") and up to MODIFIERS
 * describing words ("Central European"); -1 for none, or where a verb comes first ("Trump unleashed ...").
 */
function groupHead(tokens: Token[], first: number, end: number): number {
  let k = first;
  if (k < end && COORDINATORS.has(tokens[k]!.lower)) k++;
  if (k < end && tokens[k]!.text === ',') k++;
  while (k < end && (QUANTIFIERS.has(tokens[k]!.lower) || DETERMINERS.has(tokens[k]!.lower) || GROUP_WORDS.has(tokens[k]!.lower))) k++;
  for (let m = 0; k < end && m <= MODIFIERS; k++, m++) {
    const t = tokens[k]!;
    if (pluralHead(t)) return k;
    if (t.kind !== 'word' || cueVerb(t.lower) || BE.has(t.lower) || HAVE.has(t.lower) || DETERMINERS.has(t.lower) || POST_OPENERS.has(t.lower)) return -1;
    if (!t.cap && (t.lower.endsWith('ed') || t.lower.endsWith('s'))) return -1;
  }
  return -1;
}

/** The token after the group's post-modifier or parenthesis ("in Virginia and around the country", ", however,"), or -1. */
function afterPostModifier(tokens: Token[], k: number, end: number): number {
  if (k < end && POST_OPENERS.has(tokens[k]!.lower)) {
    const stop = Math.min(end, k + POST_MODIFIER);
    // The post-modifier's words run to the group's verb: a lower-case verb not right after "the", "of" or a
    // possessive ("observers of the report", "leaders of Korea's claim"), and no clause of its own on the way.
    for (k++; k < stop; k++) {
      const t = tokens[k]!;
      if (t.kind !== 'word' || CLAUSE_OPENERS.has(t.lower)) return -1;
      const before = tokens[k - 1]!;
      if (!t.cap && !before.possessive && !DETERMINERS.has(before.lower) && !POST_OPENERS.has(before.lower) && verbAt(tokens, k, end)) return k;
    }
    return -1;
  }
  // "Some Democrats, however, question ...": one word between commas.
  if (k + 2 < end && tokens[k]!.text === ',' && tokens[k + 1]!.kind === 'word' && tokens[k + 2]!.text === ',') k += 3;
  return k;
}

/** Where the group's verb ends if one starts at `k` (auxiliaries and adverbs included), or 0. */
function verbAt(tokens: Token[], k: number, end: number): number {
  let v = k;
  while (v < end && (HAVE.has(tokens[v]!.lower) || tokens[v]!.lower === 'do' || tokens[v]!.lower === 'did')) v++;
  const be = v < end && BE.has(tokens[v]!.lower);
  if (be) v++;
  while (v < end && (ADVERBS.has(tokens[v]!.lower) || tokens[v]!.lower === 'not' || (tokens[v]!.lower.length > 4 && tokens[v]!.lower.endsWith('ly')))) v++;
  if (v >= end - 1 || tokens[v]!.cap) return 0;
  const w = tokens[v]!.lower;
  if (be) return GROUP_STATES.has(w) && (tokens[v + 1]!.lower === 'that' || tokens[v + 1]!.lower === 'about') ? v + 1 : 0;
  // A plural group takes "say", not "says" ("in two dozen states balked": "states" is no verb of theirs); "see"
  // and "put" assess only with what they take.
  const cv = cueVerb(w);
  const voices = !!cv && !cv.participle && (cv.cls === 'speech' || cv.cls === 'belief') && !ASSESSMENT_ONLY.has(cv.lemma) && !(w.endsWith('s') && !w.endsWith('ss'));
  return voices || GROUP_VERBS.has(w) ? v + 1 : 0;
}

/**
 * "Political observers in Virginia and around the country say ...", "Many experts suspect ...", "Some Democrats,
 * however, question ...", "Many Democrats are afraid that ...": a vague group opening the sentence and voicing a
 * view, which the guide makes anonymous. The rules' subject finder stops at such post-modifiers and the taggers
 * rarely see these verbs; the source is the group with what describes it, the claim the rest of the sentence.
 */
export function groupVoices(text: string, tokens: Token[], { sentences, owner }: Pick<ChunkStructure, 'sentences' | 'owner'>): Attribution[] {
  const out: Attribution[] = [];
  for (const s of sentences) {
    if (NEGATIVE_SUBJECTS.has(tokens[s.first]!.lower)) continue;
    const head = groupHead(tokens, s.first, s.end);
    if (head < 0) continue;
    const verbFirst = afterPostModifier(tokens, head + 1, s.end);
    const verbEnd = verbFirst < 0 ? 0 : verbAt(tokens, verbFirst, s.end);
    if (!verbEnd || owner[verbEnd - 1]! >= 0) continue;
    let claimFirst = verbEnd;
    if (tokens[claimFirst]!.lower === 'that' || tokens[claimFirst]!.lower === 'about') claimFirst++;
    const claim = restOfSentence(tokens, claimFirst, s.end);
    if (!claim) continue;
    const sourceEnd = tokens[verbFirst - 1]!.text === ',' ? verbFirst - 3 : verbFirst;
    out.push({
      category: 'anonymous',
      cue: spanOf(text, tokens, verbFirst, verbEnd),
      source: spanOf(text, tokens, tokens[s.first]!.kind === 'word' && COORDINATORS.has(tokens[s.first]!.lower) ? s.first + 1 : s.first, sourceEnd),
      claim,
      resolvedSource: null,
    });
  }
  return out;
}
