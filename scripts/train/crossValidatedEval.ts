import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { scoredAttributions, type AttributionSpans } from '../../utils/attribution/index';
import type { Attribution } from '../../utils/attribution/types';
import { ArticleDecisions, isClaim, type CategoryBias, type ClaimMargins, type ScoredCandidate } from '../../utils/attribution/model/decide';
import type { LanguageModel } from '../../utils/attribution/model/languageModels';
import type { SpanModels } from '../../utils/attribution/model/detectSpans';
import type { LinearClassifier } from '../../utils/attribution/model/linearClassifier';
import { SHARED_DIR } from '../../cli/goldSets';

interface ScoreRow { precision: number; recall: number; f1: number }
export interface PipelineScore {
  table: Record<string, ScoreRow>;
  sourceOverlap: number | null;
  claimOverlap: number | null;
  claimJaccard: number | null;
}

type ScoredArticle = { file: string; chunks: { scored: ScoredCandidate[]; found: AttributionSpans[] }[] };

/**
 * Reads a labelled set with taggers and decision models that never saw each article (its tagger fold, its
 * decision fold), keeping every candidate with its scores, so that biases and margins can be tried cheaply.
 */
export function crossValidatedCandidates(
  set: string, shared: Pick<LanguageModel, 'lexicon' | 'classes' | 'priors' | 'cueLemmas'>, taggersOf: (id: string) => SpanModels,
  foldDecisions: { claim: LinearClassifier; category: LinearClassifier }[], docFold: (id: string) => number,
): ScoredArticle[] {
  const goldPath = join(SHARED_DIR, 'corpus', set, 'gold.json');
  const docs = JSON.parse(readFileSync(goldPath, 'utf8')) as { id: string; text: string }[];
  return docs.map((doc) => {
    const text = readFileSync(resolve(dirname(goldPath), doc.text), 'utf8');
    const model: LanguageModel = { ...shared, categoryBias: [0, 0, 0, 0], claimMargins: { anonymous: 0, official: 0, named: 0, document: 0 }, taggers: taggersOf(doc.id), ...foldDecisions[docFold(doc.id)]! };
    return { file: basename(doc.text), chunks: [...scoredAttributions(text, model)] };
  });
}

/** The shared scorer's figures for those articles with the given biases and margins, as `npm run eval` prints them. */
export async function scoreWith(set: string, articles: ScoredArticle[], bias: CategoryBias, margins: ClaimMargins): Promise<PipelineScore> {
  const goldPath = join(SHARED_DIR, 'corpus', set, 'gold.json');
  const scorer = await import(pathToFileURL(join(SHARED_DIR, 'eval', 'score.mjs')).href);
  const predictions = new Map(articles.map(({ file, chunks }) => {
    const decisions = new ArticleDecisions(bias, margins);
    const out: Attribution[] = [];
    for (const { scored, found } of chunks) {
      decisions.resolve(scored).forEach((d, k) => {
        if (isClaim(d, margins)) out.push({ category: d.category, ...found[k]! });
      });
    }
    return [file, out];
  }));
  return scorer.score(JSON.parse(readFileSync(goldPath, 'utf8')), predictions, dirname(goldPath)) as PipelineScore;
}
