import { tokenChunks } from '../chunks';
import { EntityMemory } from '../entityMemory';
import type { Token } from '../tokens';
import { candidateOf, type Candidate } from './categoryFeatures';
import { analyseChunk } from './chunkAnalysis';
import { detectSpans } from './detectSpans';
import { readMention } from './sourceMention';
import { EntityIndex } from './entityIndex';
import type { LanguageModel } from './languageModels';

export interface ChunkCandidates {
  tokens: Token[];
  candidates: Candidate[];
  entities: EntityIndex;
}

/**
 * The attributions the taggers find, chunk by chunk, each with what the later stages read, and the
 * article's entities as known so far. Training and inference both go through here.
 */
export type CandidateModel = Pick<LanguageModel, 'lexicon' | 'classes' | 'taggers' | 'priors'>;

export function* articleCandidates(text: string, { lexicon, classes, taggers, priors }: CandidateModel): Generator<ChunkCandidates, void> {
  const memory = new EntityMemory();
  const entities = new EntityIndex(classes, priors);
  for (const tokens of tokenChunks(text)) {
    const analysis = analyseChunk(text, tokens, memory, classes, lexicon);
    const detected = detectSpans(analysis, taggers);
    const speaker = new Uint8Array(tokens.length);
    // Only the source's own name speaks, not the places and bodies of its apposition.
    for (const d of detected) {
      const mention = d.source ? readMention(tokens, d.source, classes) : null;
      if (mention?.nameKey) speaker.fill(1, mention.nameStart, mention.coreEnd);
    }
    entities.observe(analysis.view, speaker);
    const candidates: Candidate[] = [];
    for (const spans of detected) candidates.push(candidateOf(analysis, spans, entities, classes, candidates));
    yield { tokens, candidates, entities };
  }
}
