import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Category } from '../../../utils/attribution/types';
import type { PageHighlights } from './pageHighlights';
import { SEED_DIR } from '../../../harness/paths';
import { sentenceAt, splitSentences } from './sentences';

interface GoldFile {
  id: string;
  text: string;
  attributions: { cue: [number, number]; source: [number, number] | null; category: Category }[];
}

/** One gold attribution of the seed article, known by the sentence its cue sits in. */
export interface GoldSentence {
  sentence: string;
  category: Category;
  cue: string;
}

/** The seed article's gold attributions (../shared/corpus/seed/gold.json), mapped from cue offsets to sentences. */
export function seedGoldSentences(): GoldSentence[] {
  const [gold] = JSON.parse(readFileSync(join(SEED_DIR, 'gold.json'), 'utf8')) as GoldFile[];
  if (!gold) throw new Error('seed gold.json holds no article');
  const text = readFileSync(join(SEED_DIR, gold.text), 'utf8');
  const sentences = splitSentences(text);
  return gold.attributions.map(({ cue, category }) => {
    const sentence = sentenceAt(sentences, cue[0]);
    if (!sentence) throw new Error(`gold cue at ${cue[0]} is outside the text`);
    return { sentence: sentence.key, category, cue: text.slice(cue[0], cue[1]) };
  });
}

/**
 * Compares the page's highlights with the gold: `missed` lists gold sentences (with category) that no claim of that
 * category touches, `unexplained` lists claims that touch no gold sentence of their category. Both empty = the same
 * sentences are highlighted in the same categories. Claims are compared by sentence, not by character span, because
 * where a claim starts and stops inside its sentences is the engine's choice, not the gold's.
 */
export function compareWithGold(highlights: PageHighlights): { missed: string[]; unexplained: string[] } {
  const sentences = splitSentences(highlights.articleText);
  const goldPairs = new Set(seedGoldSentences().map((g) => `${g.category} | ${g.sentence}`));
  const highlighted = new Set<string>();
  const unexplained: string[] = [];
  for (const claim of new Set(highlights.marks.map((m) => m.claim))) {
    const marks = highlights.marks.filter((m) => m.claim === claim);
    const category = marks[0]!.category;
    const touched = sentences.filter((s) => marks.some((m) => m.start < s.end && m.end > s.start));
    for (const s of touched) highlighted.add(`${category} | ${s.key}`);
    if (!touched.some((s) => goldPairs.has(`${category} | ${s.key}`))) {
      unexplained.push(`${category} | ${marks.map((m) => m.text).join(' … ')}`);
    }
  }
  return { missed: [...goldPairs].filter((pair) => !highlighted.has(pair)), unexplained };
}
