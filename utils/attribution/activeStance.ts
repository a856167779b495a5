import type { Attribution } from './types';
import type { Token } from './tokens';
import type { ChunkStructure } from './lexicon/types';
import type { EntityMemory } from './entityMemory';
import { classifySource } from './classifySource';
import { cueVerb } from './cueLexicon';
import { skipAdverbs } from './cueFilters';
import { spanOf } from './ruleDetector';
import { restOfSentence } from './claimSpan';
import { sourceBefore } from './sourcePhrase';
import { isPronoun } from './sourceWords';
import { NAMING_OBJECT_ENDS, NAMING_PARTICLES, STANCE_COMPLEMENTS, STANCE_VERBS, type StanceNeeds } from './lexicon/en/cues';
import { BE, DETERMINERS, NEGATIVE_SUBJECTS } from './lexicon/en/grammar';

/** How far after the verb its complement ("attacked Trump on Monday as ...") may stand. */
const COMPLEMENT_REACH = 8;

/**
 * Whether the word after the verb opens its object: a name, a determiner or possessive, a pronoun; after a naming
 * verb any word but a particle ("called half of his supporters “deplorables”"), or the quotation itself.
 */
function opensObject(t: Token | undefined, needs: StanceNeeds): boolean {
  // "what it calls “the biggest media attack in history”": the object stands before, the quotation right after.
  if (needs === 'quotation' && t?.kind === 'quote') return t.opening;
  if (!t || t.kind !== 'word' || t.lower === 'by') return false;
  if (needs === 'quotation') return !NAMING_PARTICLES.has(t.lower);
  return t.cap || DETERMINERS.has(t.lower) || isPronoun(t) || t.possessive;
}

/** The first verb of speech (or "according") in tokens [first, end), or `end`: a stance after it is what someone reports. */
function firstSpeech(tokens: Token[], first: number, end: number): number {
  for (let k = first; k < end; k++) if (cueVerb(tokens[k]!.lower)?.cls === 'speech' || tokens[k]!.lower === 'according') return k;
  return end;
}

/**
 * "Warren grilled Wells Fargo's chief over the scandal", "Republicans are slamming the nominee for ...": a stance
 * with a target is a claim by the guide, its source the subject (categorised as the rules' sources are), its claim
 * the rest of the sentence. Active voice only (a passive verdict is `passiveVerdicts`'), outside quotations, and not
 * inside what a verb of speech earlier in the sentence reports.
 */
export function activeStances(text: string, tokens: Token[], memory: EntityMemory, { sentences, owner }: Pick<ChunkStructure, 'sentences' | 'owner'>): Attribution[] {
  const out: Attribution[] = [];
  for (const s of sentences) {
    let speech = -1;
    for (let i = s.first + 1; i < s.end - 1; i++) {
      const t = tokens[i]!;
      const needs = t.kind === 'word' && !t.cap ? STANCE_VERBS.get(t.lower) : undefined;
      if (needs === undefined || owner[i]! >= 0 || !opensObject(tokens[i + 1], needs)) continue;
      // The auxiliaries before the verb: a progressive needs its "is"; a past participle after "is" is passive.
      let subjectEnd = skipAdverbs(tokens, i - 1, s.first);
      const progressive = t.lower.endsWith('ing');
      if (progressive !== (subjectEnd >= s.first && BE.has(tokens[subjectEnd]!.lower))) continue;
      // "He was once called ...": a passive behind a word that is no listed adverb.
      if (!progressive && subjectEnd - 1 >= s.first && BE.has(tokens[subjectEnd - 1]!.lower) && !tokens[subjectEnd]!.cap) continue;
      while (subjectEnd >= s.first && BE.has(tokens[subjectEnd]!.lower)) subjectEnd--;
      if (needs === 'complement' && !hasComplement(tokens, i + 2, s.end)) continue;
      if (needs === 'quotation' && !quotedAfter(tokens, i + 1, s.end)) continue;
      if (speech < 0) speech = firstSpeech(tokens, s.first, s.end);
      if (speech < i) break;
      const phrase = sourceBefore(tokens, subjectEnd + 1, s.first);
      if (!phrase || NEGATIVE_SUBJECTS.has(tokens[phrase.first]!.lower)) continue;
      // A quotation right after the verb is a stance only in "what he calls “...”"; "a website called “...”" names it.
      if (tokens[i + 1]!.kind === 'quote' && !(phrase.first > s.first && tokens[phrase.first - 1]!.lower === 'what')) continue;
      const source = classifySource(tokens, phrase, memory);
      if (!source) continue;
      const claim = restOfSentence(tokens, i + 1, s.end);
      if (!claim) continue;
      out.push({
        category: source.category,
        cue: spanOf(text, tokens, i, i + 1),
        source: spanOf(text, tokens, phrase.first, phrase.end),
        claim,
        resolvedSource: source.resolved,
      });
      break;
    }
  }
  return out;
}

/** "called the system “rigged”", "branded North Korea an “outlaw nation”": the quotation right after the object. */
function quotedAfter(tokens: Token[], from: number, end: number): boolean {
  for (let k = from; k < end && k < from + COMPLEMENT_REACH; k++) {
    const t = tokens[k]!;
    if (t.kind === 'quote') return t.opening;
    if (t.kind !== 'word' || NAMING_OBJECT_ENDS.has(t.lower)) return false;
  }
  return false;
}

function hasComplement(tokens: Token[], from: number, end: number): boolean {
  for (let k = from; k < end && k < from + COMPLEMENT_REACH; k++) if (STANCE_COMPLEMENTS.has(tokens[k]!.lower)) return true;
  return false;
}
