import { articleCandidates } from '../../utils/attribution/model/candidates';
import type { SpanModels } from '../../utils/attribution/model/detectSpans';
import { EVIDENCE, type EntityIndex } from '../../utils/attribution/model/entityIndex';
import { NO_PRIORS, type NamePriors } from '../../utils/attribution/model/namePriors';
import type { WordClasses } from '../../utils/attribution/model/wordClasses';
import { TRAINING_EN } from './trainingLexicon';
import type { LanguageModel } from '../../utils/attribution/model/languageModels';
import { ArticleDecisions, isClaim, scoreChunk } from '../../utils/attribution/model/decide';
import { CATEGORIES } from '../../utils/attribution/types';

/** A name needs this many training articles to get a prior: fewer is one story's cast, not a public figure. */
const MIN_ARTICLES = 3;
/** A surname stands for one full name when that name had this share of the surname's articles. */
const SURNAME_SHARE = 0.8;

/** Reads every training article as the engine does and keeps, per full name, what its articles said of it. */
export function buildNamePriors(texts: string[], taggers: SpanModels, classes: WordClasses): NamePriors {
  const articles = new Map<string, number>();
  const seen = new Map<string, number[]>();
  const bySurname = new Map<string, Map<string, number>>();
  for (const text of texts) {
    let entities: EntityIndex | null = null;
    for (const chunk of articleCandidates(text, { lexicon: TRAINING_EN, classes, taggers, priors: NO_PRIORS })) entities = chunk.entities;
    if (!entities) continue;
    for (const e of entities.all()) {
      if (!e.key.includes(' ')) continue;
      articles.set(e.key, (articles.get(e.key) ?? 0) + 1);
      const counts = seen.get(e.key) ?? new Array<number>(EVIDENCE.length).fill(0);
      EVIDENCE.forEach((kind, k) => {
        if (e.evidence[kind] > 0) counts[k]!++;
      });
      seen.set(e.key, counts);
      const surname = e.key.slice(e.key.lastIndexOf(' ') + 1);
      const names = bySurname.get(surname) ?? new Map<string, number>();
      names.set(e.key, (names.get(e.key) ?? 0) + 1);
      bySurname.set(surname, names);
    }
  }
  const names: Record<string, string> = {};
  for (const [key, n] of [...articles].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (n < MIN_ARTICLES) continue;
    names[key] = seen.get(key)!.map((count) => level(count, n)).join('');
  }
  const surnames: Record<string, string> = {};
  for (const [surname, counts] of [...bySurname].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const [top, n] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    if (names[top] && n >= SURNAME_SHARE * total) surnames[surname] = top;
  }
  return { kinds: [...EVIDENCE], names, surnames, categories: {} };
}

/** The level of a share: 0 never, 1 under a third, 2 under two thirds, 3 more. */
function level(count: number, of: number): number {
  return count === 0 ? 0 : count * 3 < of ? 1 : count * 3 < 2 * of ? 2 : 3;
}

/**
 * Runs the engine over training articles and records, per full name with a prior, how its articles
 * categorised it (each article's majority counts once).
 */
export function categoryPriors(texts: string[], model: LanguageModel, priors: NamePriors): Record<string, string> {
  const perName = new Map<string, number[]>();
  const articles = new Map<string, number>();
  for (const text of texts) {
    const votes = new Map<string, number[]>();
    const decisions = new ArticleDecisions(model.categoryBias, model.claimMargins);
    for (const chunk of articleCandidates(text, { ...model, priors })) {
      decisions.resolve(scoreChunk(chunk, { ...model, priors })).forEach((d, k) => {
        const entity = chunk.candidates[k]!.entity;
        const category = d.category;
        if (!isClaim(d, model.claimMargins) || !entity || !priors.names[entity.key]) return;
        const v = votes.get(entity.key) ?? new Array<number>(CATEGORIES.length).fill(0);
        v[CATEGORIES.indexOf(category)]!++;
        votes.set(entity.key, v);
      });
    }
    for (const [key, v] of votes) {
      const top = v.indexOf(Math.max(...v));
      const counts = perName.get(key) ?? new Array<number>(CATEGORIES.length).fill(0);
      counts[top]!++;
      perName.set(key, counts);
      articles.set(key, (articles.get(key) ?? 0) + 1);
    }
  }
  const out: Record<string, string> = {};
  for (const [key, counts] of [...perName].sort(([a], [b]) => (a < b ? -1 : 1))) out[key] = counts.map((c) => level(c, articles.get(key)!)).join('');
  return out;
}
