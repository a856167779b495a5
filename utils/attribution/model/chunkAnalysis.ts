import type { Attribution } from '../types';
import type { Token } from '../tokens';
import { splitSentences } from '../sentences';
import type { EntityMemory } from '../entityMemory';
import type { LanguageLexicon } from '../lexicon/types';
import { buildTokenView, type TokenView } from './tokenView';
import { markRules, type RuleMarks } from './ruleMarks';
import type { WordClasses } from './wordClasses';

/** One chunk of text as every learned stage reads it: tokens and their structure, and what the rules found. */
export interface ChunkAnalysis {
  view: TokenView;
  /** The rules' findings, then those of the lexicon's constructions (which no mark shows). */
  rules: Attribution[];
  /** The index in `rules` of the first construction's finding: its spans are its own, no tagger's. */
  constructionsFrom: number;
  marks: RuleMarks;
}

/** Analyses a chunk the same way for training and for inference. */
export function analyseChunk(text: string, tokens: Token[], memory: EntityMemory, classes: WordClasses, lexicon: LanguageLexicon): ChunkAnalysis {
  const view = buildTokenView(tokens, splitSentences(tokens), classes);
  const found = lexicon.rules?.(text, tokens, memory, view) ?? [];
  // After the rules' findings, so that each keeps its index.
  const rules = [...found, ...(lexicon.constructions?.(text, tokens, memory, view) ?? [])];
  return { view, rules, constructionsFrom: found.length, marks: markRules(tokens, found) };
}
