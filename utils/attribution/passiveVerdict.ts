import type { Attribution } from './types';
import type { Token } from './tokens';
import type { ChunkStructure } from './lexicon/types';
import { skipAdverbs } from './cueFilters';
import { spanOf } from './ruleDetector';
import { VERDICT_PARTICIPLES } from './lexicon/en/cues';
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
      let last = s.end;
      while (last > i + 1 && tokens[last - 1]!.kind !== 'word' && tokens[last - 1]!.kind !== 'quote') last--;
      out.push({
        category: 'anonymous',
        cue: spanOf(text, tokens, auxiliary, i + 1),
        source: null,
        claim: spanOf(text, tokens, s.first, last),
        resolvedSource: null,
      });
      break;
    }
  }
  return out;
}
