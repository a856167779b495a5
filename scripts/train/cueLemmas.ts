import { hashString } from '../../utils/attribution/model/hashing';
import { lemmaOf } from '../../utils/attribution/model/wordClasses';
import type { CueLemmas } from '../../utils/attribution/model/claimFeatures';
import type { LanguageLexicon } from '../../utils/attribution/lexicon/types';
import type { MarkedArticle } from './brat';

/**
 * How often each verb ends a human-marked cue in the training articles, as the claim filter reads it:
 * 1 for 1-4 times, 2 for 5-49, 3 for more. Keyed by the hash the taggers give the lemma.
 */
export function countCueLemmas(articles: MarkedArticle[], lexicon: LanguageLexicon): CueLemmas {
  const counts = new Map<number, number>();
  for (const { text, attributions } of articles) {
    for (const { cue } of attributions) {
      if (!cue) continue;
      const words = text.slice(cue.start, cue.end).toLowerCase().match(/[\p{L}\p{N}'’-]+/gu);
      const last = words?.[words.length - 1];
      if (!last) continue;
      const key = hashString(lemmaOf(last.replace(/['’]s$/, ''), lexicon));
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const out: CueLemmas = {};
  for (const [key, n] of [...counts].sort((a, b) => a[0] - b[0])) out[key] = n < 5 ? 1 : n < 50 ? 2 : 3;
  return out;
}
