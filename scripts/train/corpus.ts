import { join } from 'node:path';
import { tokenChunks } from '../../utils/attribution/chunks';
import { EntityMemory } from '../../utils/attribution/entityMemory';
import { analyseChunk, type ChunkAnalysis } from '../../utils/attribution/model/chunkAnalysis';
import { tokenRange } from '../../utils/attribution/model/ruleMarks';
import type { WordClasses } from '../../utils/attribution/model/wordClasses';
import { SHARED_DIR } from '../../cli/goldSets';
import { TRAINING_EN } from './trainingLexicon';
import { readPolnearSplit, type MarkedArticle, type MarkedAttribution } from './brat';

export const POLNEAR_DIR = join(SHARED_DIR, 'corpus', 'polnear');

/** Token roles of PolNeAR's spans within one chunk (PolNeAR is univocal: a token has at most one). */
export const enum Role { Outside = 0, Cue = 1, Source = 2, Content = 3 }

export interface ChunkExample {
  text: string;
  analysis: ChunkAnalysis;
  /** Role per token, and the index of the attribution it belongs to (-1 outside). */
  role: Uint8Array;
  owner: Int32Array;
  /** Attributions whose cue starts in this chunk, with their cue token ranges. */
  attributions: { index: number; marked: MarkedAttribution; cue: [number, number] }[];
}

export interface ArticleExample {
  article: MarkedArticle;
  chunks: ChunkExample[];
}

/** Splits an article into the engine's chunks and lays its marked spans onto their tokens. */
export function articleExample(article: MarkedArticle, classes: WordClasses): ArticleExample {
  const memory = new EntityMemory();
  const chunks: ChunkExample[] = [];
  for (const tokens of tokenChunks(article.text)) {
    const analysis = analyseChunk(article.text, tokens, memory, classes, TRAINING_EN);
    const role = new Uint8Array(tokens.length);
    const owner = new Int32Array(tokens.length).fill(-1);
    const first = tokens[0]!.start;
    const last = tokens[tokens.length - 1]!.end;
    const attributions: ChunkExample['attributions'] = [];
    article.attributions.forEach((a, index) => {
      const paint = (span: { start: number; end: number }, value: Role) => {
        if (span.end <= first || span.start >= last) return;
        const [from, to] = tokenRange(tokens, span);
        for (let k = from; k < to; k++) {
          // A token cut by two spans ("He’s" = source "He" + cue "’s been") keeps the first role given.
          if (role[k] !== Role.Outside) continue;
          role[k] = value;
          owner[k] = index;
        }
      };
      if (a.cue) paint(a.cue, Role.Cue);
      if (a.source) paint(a.source, Role.Source);
      for (const piece of a.content) paint(piece, Role.Content);
      if (a.cue && a.cue.start >= first && a.cue.start < last) attributions.push({ index, marked: a, cue: tokenRange(tokens, a.cue) });
    });
    chunks.push({ text: article.text, analysis, role, owner, attributions });
  }
  return { article, chunks };
}

export function readSplit(split: 'train' | 'dev', classes: WordClasses): ArticleExample[] {
  return readPolnearSplit(join(POLNEAR_DIR, split)).map((article) => articleExample(article, classes));
}
