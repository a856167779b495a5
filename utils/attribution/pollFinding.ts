import type { Attribution } from './types';
import type { Token } from './tokens';
import type { ChunkStructure } from './lexicon/types';
import { spanOf } from './ruleDetector';
import { restOfSentence } from './claimSpan';
import { POLL_NOUNS } from './lexicon/en/cues';

/** How long the poll's name may be: "the latest Washington Post-ABC News national poll". */
const POLL_NAME = 12;
/** The fewest words a finding has: "Clinton led by five points". */
const MIN_FINDING = 4;
/** Marks inside a poll's name: "Post/ABC", "Post-ABC", "NBC/Wall Street Journal", "AT&T". */
const NAME_MARKS = new Set(['/', '-', '&', '.']);

/** Words after a poll's noun that still describe it: "a survey of 900 nurses", "a poll among likely voters". */
const POLL_MODIFIERS = new Set(['of', 'among', 'by', 'from']);

/** Whether tokens [first, end) name a poll: its noun last, or followed by what it surveyed. */
function namesPoll(tokens: Token[], first: number, end: number): boolean {
  if (POLL_NOUNS.has(tokens[end - 1]!.lower)) return true;
  for (let k = first; k < end - 2; k++) if (POLL_NOUNS.has(tokens[k]!.lower) && POLL_MODIFIERS.has(tokens[k + 1]!.lower)) return true;
  return false;
}

/**
 * "In the latest Washington Post-ABC News poll, Clinton led Trump 47 percent to 39 percent", "In this poll, Trump rose
 * a point": a sentence that opens on a poll and reports what it found is the poll's claim, a document's. The
 * source is the poll's name, the claim what follows its comma. Outside quotations.
 */
export function pollFindings(text: string, tokens: Token[], { sentences, owner }: Pick<ChunkStructure, 'sentences' | 'owner'>): Attribution[] {
  const out: Attribution[] = [];
  for (const s of sentences) {
    const first = s.first;
    if (tokens[first]!.lower !== 'in' || owner[first]! >= 0) continue;
    let comma = -1;
    for (let k = first + 1; k < s.end && k <= first + 1 + POLL_NAME; k++) {
      if (tokens[k]!.kind === 'word' || NAME_MARKS.has(tokens[k]!.text)) continue;
      if (tokens[k]!.text === ',') comma = k;
      break;
    }
    if (comma < first + 2 || !namesPoll(tokens, first + 1, comma)) continue;
    // "In the polls, anyway.": a finding says something.
    let words = 0;
    for (let k = comma + 1; k < s.end; k++) if (tokens[k]!.kind === 'word') words++;
    const claim = words >= MIN_FINDING ? restOfSentence(tokens, comma + 1, s.end) : null;
    if (!claim) continue;
    out.push({
      category: 'document',
      cue: spanOf(text, tokens, first, first + 1),
      source: spanOf(text, tokens, first + 1, comma),
      claim,
      resolvedSource: null,
    });
  }
  return out;
}
