import { tokenizeChunk, type Token } from './tokens';
import { findQuotations } from './quotes';
import { splitSentences } from './sentences';
import type { ChunkStructure } from './lexicon/types';

// Paragraphs are grouped into chunks of at least this many characters: small enough that a chunk's
// tokens die young and a caller can pause between chunks, large enough that per-chunk work is negligible.
const CHUNK_CHARS = 4096;

/** The text's tokens, one chunk at a time, cut only where nothing looks across (see tokenizeChunk). */
export function* tokenChunks(text: string): Generator<Token[], void> {
  for (let from = 0; from < text.length;) {
    const chunk = tokenizeChunk(text, from, CHUNK_CHARS);
    from = chunk.end;
    if (chunk.tokens.length > 0) yield chunk.tokens;
  }
}

/** A chunk's sentences and quotations, as the rules and the constructions read them. */
export function chunkStructure(tokens: Token[]): ChunkStructure {
  return { sentences: splitSentences(tokens), ...findQuotations(tokens) };
}
