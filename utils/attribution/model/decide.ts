import { CATEGORIES, type Category } from '../types';
import { categoryFeatures } from './categoryFeatures';
import type { ChunkCandidates } from './candidates';
import type { Candidate } from './categoryFeatures';
import { claimFeatures } from './claimFeatures';
import type { Entity } from './entityIndex';
import type { LanguageModel } from './languageModels';
import { classScores } from './linearClassifier';
import { guideCategory } from './guideCategories';

export interface Decision {
  category: Category;
  /** How far the claim filter's "not a claim" outscores "claim"; -Infinity for the rules' cues. */
  notClaim: number;
}

/** Per category, how far "not a claim" must outscore "claim" before a candidate is dropped. */
export type ClaimMargins = Record<Category, number>;

/** Whether a decided candidate is a claim for the product: the rules' cues always are. */
export function isClaim(d: Decision, margins: ClaimMargins): boolean {
  return d.notClaim <= margins[d.category];
}

/**
 * Whether a word of the cue often ended a cue in training (5 times or more): "said Tuesday" counts by its
 * "said", but "has also mobilized" not by its "has" or "also". A colon is known whatever training counted: it
 * has no lemma, and the taggers mark it only where it introduces what a label says ("Poll: …", "PENCE: …").
 */
function knownCue(c: Candidate, model: LanguageModel): boolean {
  const { lemma, lists, tokens } = c.analysis.view;
  const auxiliary = model.classes.bit('have') | model.classes.bit('be') | model.classes.bit('modal');
  for (let k = c.spans.cue[0]; k < c.spans.cue[1]; k++) {
    if (tokens[k]!.kind === 'punct' && tokens[k]!.text === ':') return true;
    if (lists[k]! & auxiliary || tokens[k]!.lower.endsWith('ly')) continue;
    if ((model.cueLemmas[lemma[k]!] ?? 0) >= 2) return true;
  }
  return false;
}

/**
 * What the guide rules out in so many words: a negated or future cue, a denied source, a perception, and a
 * cue of wanting or directing that governs an infinitive or a "for" (an intention, a directive: "wants to",
 * "urged X to", "called for").
 */
function ruledOut(c: Candidate, classes: LanguageModel['classes']): boolean {
  const { view } = c.analysis;
  const [first, end] = c.spans.cue;
  // "did not deny", "will announce": no content reported, or none yet. "saw the driver get out" is a
  // perception, unless the rules read it as an assessment ("dealers saw the euro holding its gains").
  const notSaid = classes.bit('negation') | classes.bit('future') | (c.spans.rule >= 0 ? 0 : classes.bit('perception'));
  for (let k = Math.max(0, first - 1); k < end; k++) if (view.lists[k]! & notSaid) return true;
  // "No group claimed responsibility": a denied source.
  if (c.spans.source && view.lists[c.spans.source[0]]! & classes.bit('negation')) return true;
  const mask = classes.bit('intention') | classes.bit('directive');
  let governs = false;
  for (let k = first; k < end; k++) if (view.lists[k]! & mask) governs = true;
  if (!governs) return false;
  const s = view.sentences[view.sentenceOf[first]!]!;
  for (let k = first + 1; k < s.end && k <= end + 4; k++) {
    const w = view.tokens[k]!.lower;
    if (w === 'to' || (k === end && (w === 'for' || w === 'on'))) return true;
    if (view.tokens[k]!.kind !== 'word') return false;
  }
  return false;
}

/** What the claim filter and the categoriser make of one candidate, before the article's consistency rules. */
export interface ScoredCandidate {
  notClaim: number;
  /** The categoriser's score per category, in CATEGORIES order. */
  scores: Float64Array;
  entity: Entity | null;
  /** The source names its entity (not a pronoun): where an entity gets its category. */
  names: boolean;
  /** For "I" or "we" inside a quotation: the candidate in the chunk whose content holds it; else -1. */
  speaker: number;
  /** The category the guide's border decisions give its words, if they leave no doubt. */
  guide: Category | null;
}

/** Per category, a bias added to the categoriser's score before the best is taken. */
export type CategoryBias = readonly number[];

/** Scores every candidate of a chunk: the expensive part, done once whatever the biases and margins. */
export function scoreChunk({ tokens, candidates, entities }: ChunkCandidates, model: LanguageModel): ScoredCandidate[] {
  const { classes } = model;
  // Whose content each token is, so that "I" finds its speaker in one read.
  const contentOf = new Int32Array(tokens.length).fill(-1);
  candidates.forEach((c, k) => {
    for (const [a, b] of c.spans.content) for (let t = a; t < b; t++) if (contentOf[t]! < 0) contentOf[t] = k;
  });
  return candidates.map((c, k) => {
    const claim = classScores(model.claim, claimFeatures(c, classes, model.claim.bits, model.cueLemmas));
    // The rules' cues are claims by construction and the filter judges what only the taggers found, but
    // what the guide rules out in so many words is out for both.
    // A verb training never saw as a cue, and the rules do not know, is taken for an action, not speech.
    const unknownCue = c.spans.rule < 0 && !knownCue(c, model);
    const notClaim = ruledOut(c, classes) || unknownCue ? Infinity : c.spans.rule >= 0 ? -Infinity : claim[1]! - claim[0]!;
    let speaker = -1;
    if ((c.mention.kind === 'i' || c.mention.kind === 'we') && c.spans.source && c.analysis.view.owner[c.spans.source[0]]! >= 0) {
      const holder = contentOf[c.spans.source[0]]!;
      if (holder !== k) speaker = holder;
    }
    return {
      notClaim,
      scores: classScores(model.category, categoryFeatures(c, classes, entities, model.category.bits)),
      entity: c.entity,
      names: c.mention.kind === 'name',
      speaker,
      guide: guideCategory(c, classes, model.lexicon.borders),
    };
  });
}

/**
 * The decisions of an article's chunks, in order. One entity, one category: an entity keeps the category
 * it got where the article first names it as a source, so "Kennedy said" agrees with "James Kennedy, the
 * U.S. Attorney, said" before it. "I" and "we" inside a quotation take the category of its speaker.
 */
export class ArticleDecisions {
  private readonly decided = new Map<Entity, Category>();

  constructor(
    private readonly bias: CategoryBias,
    private readonly margins: ClaimMargins,
  ) {}

  resolve(scored: ScoredCandidate[]): Decision[] {
    const out = scored.map(({ notClaim, scores, entity, names, guide }): Decision => {
      if (guide) return { category: guide, notClaim };
      const known = entity ? this.decided.get(entity) : undefined;
      if (known) return { category: known, notClaim };
      let best = 0;
      for (let k = 1; k < scores.length; k++) if (scores[k]! + this.bias[k]! > scores[best]! + this.bias[best]!) best = k;
      const category = CATEGORIES[best]!;
      // Decided whether claim or not, so that the claim margins can be chosen after the categories.
      if (entity && names) this.decided.set(entity, category);
      return { category, notClaim };
    });
    scored.forEach(({ speaker }, k) => {
      if (speaker >= 0 && isClaim(out[speaker]!, this.margins)) out[k] = { ...out[k]!, category: out[speaker]!.category };
    });
    return out;
  }
}
