import type { Attribution } from './types';
import type { Token } from './tokens';
import type { EntityMemory } from './entityMemory';
import type { ChunkStructure } from './lexicon/types';
import { passiveVerdicts, receivedVerdicts } from './passiveVerdict';
import { transcriptTurns } from './transcriptSpeaker';
import { activeStances } from './activeStance';
import { groupVoices } from './groupVoice';
import { pollFindings } from './pollFinding';

/**
 * English's constructions (see LanguageLexicon.constructions): a transcript's turns, verdicts passed or received
 * without their judges, stances, vague groups' views, polls' findings.
 */
export function englishConstructions(text: string, tokens: Token[], memory: EntityMemory, structure: ChunkStructure): Attribution[] {
  return [
    ...transcriptTurns(text, tokens, memory, structure),
    ...passiveVerdicts(text, tokens, structure),
    ...receivedVerdicts(text, tokens, structure),
    ...activeStances(text, tokens, memory, structure),
    ...groupVoices(text, tokens, structure),
    ...pollFindings(text, tokens, structure),
  ];
}
