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

export interface SpeakerTurn {
  /** The speaker's label, in tokens: "TAPPER", "JAKE TAPPER". */
  labelFirst: number;
  labelEnd: number;
  /** The colon after it: the cue. */
  colon: number;
  /** The turn: from after the colon to the end of its paragraph (token end, exclusive). */
  turnFirst: number;
  turnEnd: number;
}

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

const surnameOf = (tokens: Token[], label: { end: number }) => tokens[label.end - 1]!.lower;

/**
 * The speakers of a transcript in these sentences, by surname (so "JAKE TAPPER" and "TAPPER" are one): each labels
 * TURNS_OF_A_SPEAKER turns or more, and a transcript has two of them or more (a live blog's repeated "UPDATE:" is
 * one label, not a conversation). Empty when the sentences hold no transcript.
 */
function transcriptSpeakers(tokens: Token[], sentences: Sentence[]): Set<string> {
  const turns = new Map<string, number>();
  for (const s of sentences) {
    const label = labelOpening(tokens, s);
    if (label) turns.set(surnameOf(tokens, label), (turns.get(surnameOf(tokens, label)) ?? 0) + 1);
  }
  const speakers = new Set([...turns].filter(([, n]) => n >= TURNS_OF_A_SPEAKER).map(([surname]) => surname));
  return speakers.size >= 2 ? speakers : new Set();
}

/**
 * "PENCE: Gennifer Flowers will not be attending": a turn of a transcript, its speaker in capitals before a colon
 * at the start of a paragraph, the turn running to the paragraph's end. The label is a speaker of the transcript
 * (see transcriptSpeakers) or names a person the article has already mentioned, so a "BREAKING:" is no speaker.
 */
function speakerTurn(tokens: Token[], s: Sentence, memory: EntityMemory, speakers: Set<string>): SpeakerTurn | null {
  const label = labelOpening(tokens, s);
  if (!label) return null;
  const surname = surnameOf(tokens, label);
  if (!speakers.has(surname) && memory.surname(surname)?.kind !== 'person') return null;
  const colon = label.end;
  let turnEnd = colon + 1;
  while (turnEnd < tokens.length && !tokens[turnEnd]!.paragraphStart && turnEnd - colon < MAX_TURN_TOKENS) turnEnd++;
  // A quotation mark that closes the quoted turn is not part of what was said.
  if (tokens[turnEnd - 1]!.kind === 'quote' && turnEnd - 1 > colon + 1) turnEnd--;
  return { labelFirst: label.first, labelEnd: label.end, colon, turnFirst: colon + 1, turnEnd };
}

/** A transcript's turn, said by the person its label names: the one the article introduced, else a named person. */
function spokenTurn(text: string, tokens: Token[], turn: SpeakerTurn, memory: EntityMemory): Attribution {
  const label = spanOf(text, tokens, turn.labelFirst, turn.labelEnd);
  const surname = tokens[turn.labelEnd - 1]!.text;
  const known = memory.surname(surname);
  // "JAKE TAPPER: ..." introduces the speaker whom later turns label "TAPPER".
  if (!known) memory.addPerson({ mention: label.text, category: 'named', kind: 'person' }, [surname], null);
  return {
    category: known?.category ?? 'named',
    cue: spanOf(text, tokens, turn.colon, turn.colon + 1),
    source: label,
    claim: spanOf(text, tokens, turn.turnFirst, turn.turnEnd),
    resolvedSource: known && known.mention !== label.text ? known.mention : null,
  };
}

/** Every speaker's turn in a chunk, once the rules have read it (so its people are in `memory`). */
export function transcriptTurns(text: string, tokens: Token[], memory: EntityMemory, { sentences }: Pick<ChunkStructure, 'sentences'>): Attribution[] {
  const speakers = transcriptSpeakers(tokens, sentences);
  const out: Attribution[] = [];
  for (const s of sentences) {
    const turn = speakerTurn(tokens, s, memory, speakers);
    if (turn) out.push(spokenTurn(text, tokens, turn, memory));
  }
  return out;
}
