import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CATEGORIES } from '../../utils/attribution/types';
import { articleCandidates } from '../../utils/attribution/model/candidates';
import { candidateOf, categoryFeatures } from '../../utils/attribution/model/categoryFeatures';
import { tokenRange } from '../../utils/attribution/model/ruleMarks';
import { claimFeatures, type CueLemmas } from '../../utils/attribution/model/claimFeatures';
import type { SpanModels } from '../../utils/attribution/model/detectSpans';
import { bestClass, classScores, type LinearClassifier } from '../../utils/attribution/model/linearClassifier';
import type { WordClasses } from '../../utils/attribution/model/wordClasses';
import type { NamePriors } from '../../utils/attribution/model/namePriors';
import { SHARED_DIR } from '../../cli/goldSets';
import { TRAINING_EN } from './trainingLexicon';
import { trainClassifier, type Example } from './perceptron';

/** The labelled sets the claim filter and categoriser are fitted on (never polnear-dev, which measures them). */
export const DECISION_SETS = ['polnear-train-labelled', 'reuters-dev'];

export const CLAIM_CLASSES = ['claim', 'not'] as const;

/** The index decisionExamples gives each labelled article, in DECISION_SETS order from 1. */
export function labelledArticleIds(): string[] {
  return DECISION_SETS.flatMap((set) => (JSON.parse(readFileSync(join(SHARED_DIR, 'corpus', set, 'gold.json'), 'utf8')) as { id: string }[]).map((d) => `${set}/${d.id}`));
}

interface GoldAttribution {
  cue: [number, number];
  source: [number, number] | null;
  category: (typeof CATEGORIES)[number] | null;
}

export interface DecisionExamples {
  claim: Example[];
  category: Example[];
  /** The labelled article each example came from, so cross-validation keeps articles whole. */
  claimDoc: number[];
  categoryDoc: number[];
  /** Category examples read from the human-marked source instead of the tagger's: for fitting, never for testing. */
  categoryExtra: boolean[];
}

/**
 * Runs the taggers over the labelled sets and pairs each found attribution with the human label of the
 * attribution whose cue it overlaps: claim or not (found where none is marked: not), and its category.
 */
export function decisionExamples(taggersFor: (set: string, id: string) => SpanModels, classes: WordClasses, priors: NamePriors, cueLemmas: CueLemmas, bits: number): DecisionExamples {
  const out: DecisionExamples = { claim: [], category: [], claimDoc: [], categoryDoc: [], categoryExtra: [] };
  let docIndex = 0;
  for (const set of DECISION_SETS) {
    const goldPath = join(SHARED_DIR, 'corpus', set, 'gold.json');
    const docs = JSON.parse(readFileSync(goldPath, 'utf8')) as { id: string; text: string; attributions: GoldAttribution[] }[];
    for (const doc of docs) {
      docIndex++;
      const text = readFileSync(resolve(dirname(goldPath), doc.text), 'utf8');
      for (const { tokens, candidates, entities } of articleCandidates(text, { lexicon: TRAINING_EN, classes, taggers: taggersFor(set, doc.id), priors })) {
        for (const c of candidates) {
          const start = tokens[c.spans.cue[0]]!.start;
          const end = tokens[c.spans.cue[1] - 1]!.end;
          const gold = doc.attributions.find((g) => g.cue[0] < end && start < g.cue[1]);
          const isClaim = !!gold && gold.category !== null;
          out.claim.push({ buckets: claimFeatures(c, classes, bits, cueLemmas), label: isClaim ? 0 : 1 });
          out.claimDoc.push(docIndex);
          if (!isClaim) continue;
          const label = CATEGORIES.indexOf(gold.category!);
          out.category.push({ buckets: categoryFeatures(c, classes, entities, bits), label });
          out.categoryDoc.push(docIndex);
          out.categoryExtra.push(false);
          // The same attribution read from its human-marked source: more, cleaner evidence of what a source says.
          if (!gold.source) continue;
          const source = tokenRange(tokens, { start: gold.source[0], end: gold.source[1] });
          if (source[1] <= source[0] || (c.spans.source && c.spans.source[0] === source[0] && c.spans.source[1] === source[1])) continue;
          const marked = candidateOf(c.analysis, { ...c.spans, source }, entities, classes, []);
          out.category.push({ buckets: categoryFeatures(marked, classes, entities, bits), label });
          out.categoryDoc.push(docIndex);
          out.categoryExtra.push(true);
        }
      }
    }
  }
  return out;
}

/** Fits the claim filter and the categoriser; `keep` picks the articles (by index) to fit on, `seedShift` their shuffles. */
export function trainDecisions(examples: DecisionExamples, bits: number, epochs: number, keep: (doc: number) => boolean = () => true, seedShift = 0): { claim: LinearClassifier; category: LinearClassifier } {
  return {
    claim: trainClassifier(CLAIM_CLASSES, bits, examples.claim.filter((_, k) => keep(examples.claimDoc[k]!)), { epochs, seed: 3 + seedShift }),
    category: trainClassifier(CATEGORIES, bits, examples.category.filter((_, k) => keep(examples.categoryDoc[k]!)), { epochs, seed: 4 + seedShift }),
  };
}

/** Accuracy of a classifier fitted on four fifths of the articles and tested on the fifth, each fifth in turn. */
export function crossValidated(classes: readonly string[], examples: Example[], docs: number[], bits: number, epochs: number, extra: boolean[] = []): { accuracy: number; confusion: number[][] } {
  const C = classes.length;
  const confusion = Array.from({ length: C }, () => new Array<number>(C).fill(0));
  let right = 0;
  let tested = 0;
  for (let fold = 0; fold < 5; fold++) {
    const model = trainClassifier(classes, bits, examples.filter((_, k) => docs[k]! % 5 !== fold), { epochs, seed: 5 });
    examples.forEach((e, k) => {
      if (docs[k]! % 5 !== fold || extra[k]) return;
      tested++;
      const guess = bestClass(classScores(model, e.buckets));
      confusion[e.label]![guess]!++;
      if (guess === e.label) right++;
    });
  }
  return { accuracy: right / tested, confusion };
}
