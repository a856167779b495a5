import type { Attribution } from './types';
import type { Token } from './tokens';
import type { Sentence } from './sentences';
import type { EntityMemory } from './entityMemory';
import type { ChunkStructure } from './lexicon/types';
import { spanOf } from './ruleDetector';
import { isNameWord } from './sourceWords';

const MAX_LABEL_WORDS = 3;
/** How far a speaker's turn may run (in tokens) before the next paragraph. */
const MAX_TURN_TOKENS = 800;
/** Turns a speaker needs in a text for the label alone to say it is a speaker: one "UPDATE:" is not a transcript. */
const TURNS_OF_A_SPEAKER = 2;

/** "TAPPER", "O'ROURKE", "DE-LA-CRUZ": a word in capitals that can be part of a name ("IS", "OF" cannot). */
const isCapitalsName = (t: Token): boolean => t.text.length >= 2 && /^[A-Z][A-Z'\u2019.-]*$/.test(t.text) && isNameWord(t);

/** The label that opens the paragraph of `s`, as transcripts print their speakers ("PENCE: Well, ..."), or null. */
function labelOpening(tokens: Token[], s: Sentence): { first: number; end: number } | null {
  let k = s.first;
  if (k > 0 && !tokens[k]!.paragraphStart) return null;
  // Some outlets quote a whole transcript, a mark opening each turn.
  if (tokens[k]!.kind === 'quote') k++;
  let end = k;
  while (end < s.end && end - k < MAX_LABEL_WORDS && isCapitalsName(tokens[end]!)) end++;
  if (end === k || end + 1 >= s.end) return null;
  const colon = tokens[end]!;
  return colon.kind === 'punct' && colon.text === ':' ? { first: k, end } : null;
}

interface Label {
  /** The label's words, in tokens; the colon, the cue, is the token at `end`. */
  first: number;
  end: number;
  /** Its last word, lower case: "JAKE TAPPER" and "TAPPER" are one speaker. */
  surname: string;
}

/** Every speaker label that opens a paragraph of the chunk, read once. */
function labelsOf(tokens: Token[], sentences: Sentence[]): Label[] {
  const out: Label[] = [];
  for (const s of sentences) {
    const label = labelOpening(tokens, s);
    if (label) out.push({ ...label, surname: tokens[label.end - 1]!.lower });
  }
  return out;
}

/**
 * The speakers of a transcript among these labels, by surname: each labels TURNS_OF_A_SPEAKER turns or more, and a
 * transcript has two of them or more (a live blog's repeated "UPDATE:" is one label, not a conversation). Empty when
 * the labels make no transcript.
 */
function transcriptSpeakers(labels: Label[]): Set<string> {
  const turns = new Map<string, number>();
  for (const { surname } of labels) turns.set(surname, (turns.get(surname) ?? 0) + 1);
  const speakers = new Set([...turns].filter(([, n]) => n >= TURNS_OF_A_SPEAKER).map(([surname]) => surname));
  return speakers.size >= 2 ? speakers : new Set();
}

/** The turn after a label's colon: to the end of its paragraph, without a mark that closes a quoted turn. */
function turnEnd(tokens: Token[], colon: number): number {
  let end = colon + 1;
  while (end < tokens.length && !tokens[end]!.paragraphStart && end - colon < MAX_TURN_TOKENS) end++;
  return tokens[end - 1]!.kind === 'quote' && end - 1 > colon + 1 ? end - 1 : end;
}

/**
 * "PENCE: Gennifer Flowers will not be attending": the turns of a transcript in a chunk, once the rules have read
 * it (so its people are in `memory`). A turn's speaker is in capitals before a colon at the start of a paragraph,
 * and the turn runs to the paragraph's end. The label is a speaker of the transcript (see transcriptSpeakers) or
 * names a person the article has already mentioned, so a "BREAKING:" is no speaker. The turn is said by the person
 * the article introduced, else by a named person, whom later turns find by surname ("JAKE TAPPER", then "TAPPER").
 */
export function transcriptTurns(text: string, tokens: Token[], memory: EntityMemory, { sentences }: Pick<ChunkStructure, 'sentences'>): Attribution[] {
  const labels = labelsOf(tokens, sentences);
  const speakers = transcriptSpeakers(labels);
  const out: Attribution[] = [];
  for (const { first, end, surname } of labels) {
    const known = memory.surname(surname);
    if (!speakers.has(surname) && known?.kind !== 'person') continue;
    const label = spanOf(text, tokens, first, end);
    if (!known) memory.addPerson({ mention: label.text, category: 'named', kind: 'person' }, [surname], null);
    out.push({
      category: known?.category ?? 'named',
      cue: spanOf(text, tokens, end, end + 1),
      source: label,
      claim: spanOf(text, tokens, end + 1, turnEnd(tokens, end)),
      resolvedSource: known && known.mention !== label.text ? known.mention : null,
    });
  }
  return out;
}
