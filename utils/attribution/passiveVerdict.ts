import type { Attribution } from './types';
import type { Token } from './tokens';
import type { ChunkStructure } from './lexicon/types';
import { skipAdverbs } from './cueFilters';
import { spanOf } from './ruleDetector';
import { restOfSentence } from './claimSpan';
import { CRITICISM_COMING, CRITICISM_NOUNS, CRITICISM_TAKEN, CRITICISM_TAKERS, VERDICT_PARTICIPLES } from './lexicon/en/cues';
import { BE } from './lexicon/en/grammar';

/** How far after the participle an agent ("was criticized last week by the union") still signs the verdict. */
const AGENT_REACH = 5;

/** Whether a "by" within AGENT_REACH tokens of `i` names who passed the verdict. */
function hasAgent(tokens: Token[], i: number, end: number): boolean {
  for (let k = i + 1; k < end && k <= i + AGENT_REACH; k++) if (tokens[k]!.lower === 'by') return true;
  return false;
}

/**
 * "The senator has been criticized for missing votes", "She is accused of lying": a passive verdict without its
 * agent, so the people who passed it are unnamed and the source is anonymous (ATTRIBUTION-GUIDE.md). The cue runs
 * from the auxiliary to the participle; the claim is the sentence. Not inside a quotation: a quoted speaker's "we
 * were blamed" is the speaker's claim.
 */
export function passiveVerdicts(text: string, tokens: Token[], { sentences, owner }: Pick<ChunkStructure, 'sentences' | 'owner'>): Attribution[] {
  const out: Attribution[] = [];
  for (const s of sentences) {
    for (let i = s.first + 2; i < s.end - 1; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word' || !VERDICT_PARTICIPLES.has(t.lower) || owner[i]! >= 0) continue;
      const auxiliary = skipAdverbs(tokens, i - 1, s.first);
      // Something must come before the auxiliary to be judged: "Accused of fraud, he resigned" is no passive.
      if (auxiliary <= s.first || !BE.has(tokens[auxiliary]!.lower) || hasAgent(tokens, i, s.end)) continue;
      out.push({
        category: 'anonymous',
        cue: spanOf(text, tokens, auxiliary, i + 1),
        source: null,
        // The participle is a word, so the rest of the sentence is never empty.
        claim: restOfSentence(tokens, s.first, s.end)!,
        resolvedSource: null,
      });
      break;
    }
  }
  return out;
}

/** How many describing words may stand between the verb and the verdict: "has faced sharp and sustained criticism". */
const VERDICT_ADJECTIVES = 3;
/** How far after the verdict its judges may still be named ("criticism for the move from White House hopefuls"). */
const JUDGE_REACH = 12;

/** The verb that takes the verdict at `noun` (after up to VERDICT_ADJECTIVES words), or -1. */
function verdictTaker(tokens: Token[], noun: number, first: number): number {
  const taken = tokens[noun]!.lower === 'heat' || tokens[noun]!.lower === 'flak';
  for (let k = noun - 1; k >= first && k >= noun - 1 - VERDICT_ADJECTIVES; k--) {
    const w = tokens[k]!;
    if (w.kind !== 'word') return -1;
    if (taken) {
      if (CRITICISM_TAKEN.has(w.lower)) return k;
    } else if (CRITICISM_TAKERS.has(w.lower)) return k;
    else if (w.lower === 'under' && k > first && CRITICISM_COMING.has(tokens[k - 1]!.lower)) return k - 1;
    if (w.cap) return -1;
  }
  return -1;
}

/**
 * "Suu Kyi has faced sharp criticism for failing to ...", "the agency came under withering criticism for", "who
 * took heat for his questioning": a verdict someone received, its judges unnamed, so anonymous like a passive
 * verdict; with what it was for ("for", "over", "that"), and no "from" or "by" naming the judges after it.
 */
export function receivedVerdicts(text: string, tokens: Token[], { sentences, owner }: Pick<ChunkStructure, 'sentences' | 'owner'>): Attribution[] {
  const out: Attribution[] = [];
  for (const s of sentences) {
    for (let i = s.first + 1; i < s.end - 2; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word' || !CRITICISM_NOUNS.has(t.lower) || owner[i]! >= 0) continue;
      const what = tokens[i + 1]!.lower;
      if (what !== 'for' && what !== 'over' && what !== 'that') continue;
      const taker = verdictTaker(tokens, i, s.first);
      if (taker <= s.first) continue;
      let judged = false;
      for (let k = i + 1; k < s.end && k <= i + JUDGE_REACH; k++) if (tokens[k]!.lower === 'from' || tokens[k]!.lower === 'by') judged = true;
      if (judged) continue;
      out.push({ category: 'anonymous', cue: spanOf(text, tokens, taker, i + 1), source: null, claim: restOfSentence(tokens, s.first, s.end)!, resolvedSource: null });
      break;
    }
  }
  return out;
}
