import { chunkStructure } from '../../utils/attribution/chunks';
import type { ChunkStructure } from '../../utils/attribution/lexicon/types';
import { tokenizeChunk, type Token } from '../../utils/attribution/tokens';
import type { Attribution } from '../../utils/attribution/types';

/** What a construction's test reads of each attribution it finds: its words, not its offsets. */
export interface Finding {
  category: Attribution['category'];
  cue: string;
  source: string | null;
  claim: string;
}

/** Runs one construction on a one-chunk text, as the engine's lexicon hook does, and reads what it found. */
export function constructionFindings(text: string, construction: (text: string, tokens: Token[], structure: ChunkStructure) => Attribution[]): Finding[] {
  const { tokens } = tokenizeChunk(text, 0, text.length);
  return construction(text, tokens, chunkStructure(tokens)).map((a) => ({
    category: a.category,
    cue: a.cue.text,
    source: a.source?.text ?? null,
    claim: text.slice(a.claim.start, a.claim.end),
  }));
}
