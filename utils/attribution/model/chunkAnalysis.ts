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
  rules: Attribution[];
  marks: RuleMarks;
}

/** Analyses a chunk the same way for training and for inference. */
export function analyseChunk(text: string, tokens: Token[], memory: EntityMemory, classes: WordClasses, lexicon: LanguageLexicon): ChunkAnalysis {
  const view = buildTokenView(tokens, splitSentences(tokens), classes);
  const rules = lexicon.rules?.(text, tokens, memory, view) ?? [];
  return { view, rules, marks: markRules(tokens, rules) };
}
