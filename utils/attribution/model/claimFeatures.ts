import { QuoteState, SentenceFlag } from './tokenView';
import { FeatureBag } from './linearClassifier';
import type { Candidate } from './categoryFeatures';
import { hashString } from './hashing';
import type { WordClasses } from './wordClasses';

/** Per lemma hash of a cue's last word, how often training saw it as one: 1 rarely, 2 often, 3 very often. */
export type CueLemmas = Record<number, number>;

const enum F {
  Bias = 1, CueKey, CueLemma, CueCls, CueLength, Next, NextCls, Next2, Prev, PrevCls, Prev2, ToAhead, ContentStart,
  ContentStartCls, ContentQuoted, ContentLength, NoContent, SourceKind, Rule, RuleCue, TitleCase, LemmaNext, PrevLemma,
  ContentThat, SourceInQuote, CueInQuote, SourceHeadCls, SourceHeadSuffix, CueKnown,
}

const BOS = 0x1b873593;
const EOS = 0x2e3c9a1f;

/**
 * Features for the claim filter: what the cue and its neighbours are ("wants to", "urged X to",
 * "declined to comment" are not claims), what the content looks like, and whether the rules agree.
 */
export function claimFeatures(c: Candidate, classes: WordClasses, bits: number, cueLemmas: CueLemmas): number[] {
  const bag = new FeatureBag(bits);
  const { view, rules } = c.analysis;
  const { tokens, lower, cls, lemma } = view;
  const [cueFirst, cueEnd] = c.spans.cue;
  const s = view.sentences[view.sentenceOf[cueFirst]!]!;
  let key = 0x3c6ef372;
  for (let k = cueFirst; k < cueEnd && k < cueFirst + 4; k++) key = Math.imul(key ^ lower[k]!, 0x01000193) >>> 0;
  const cueLemma = lemma[cueEnd - 1]!;
  const w = (k: number) => (k < s.first ? BOS : k >= s.end ? EOS : lower[k]!);
  const cl = (k: number) => (k < s.first ? BOS : k >= s.end ? EOS : cls[k]!);
  bag.add(F.Bias);
  bag.add(F.CueKey, key);
  bag.add(F.CueLemma, cueLemma);
  // How often training saw this verb as a cue: "mobilized" or "added Hertz cars" is rarely speech.
  bag.add(F.CueKnown, cueLemmas[cueLemma] ?? 0);
  for (let k = cueFirst; k < cueEnd; k++) if (cls[k]) bag.add(F.CueCls, cls[k]!);
  bag.add(F.CueLength, Math.min(cueEnd - cueFirst, 5));
  bag.add(F.Next, w(cueEnd));
  bag.add(F.NextCls, cl(cueEnd));
  bag.add(F.Next2, w(cueEnd + 1));
  bag.add(F.LemmaNext, cueLemma, w(cueEnd));
  bag.add(F.Prev, w(cueFirst - 1));
  bag.add(F.PrevCls, cl(cueFirst - 1));
  bag.add(F.Prev2, w(cueFirst - 2));
  bag.add(F.PrevLemma, w(cueFirst - 1), cueLemma);
  // "urged supporters to vote", "wants to build": an infinitive soon after the cue.
  let to = 0;
  for (let k = cueEnd; k < s.end && k < cueEnd + 4; k++) if (tokens[k]!.lower === 'to') to = to || k - cueEnd + 1;
  bag.add(F.ToAhead, to, cueLemma);
  const content = c.spans.content;
  if (content.length) {
    const first = content[0]![0];
    const last = content[content.length - 1]![1];
    bag.add(F.ContentStart, lower[first]!);
    bag.add(F.ContentStartCls, cls[first]!);
    bag.add(F.ContentQuoted, tokens[first]!.kind === 'quote' ? 1 : 0);
    bag.add(F.ContentThat, tokens[first]!.lower === 'that' ? 1 : 0);
    bag.add(F.ContentLength, Math.min(Math.floor(Math.log2(last - first + 1)), 6));
  } else bag.add(F.NoContent);
  bag.add(F.SourceKind, hashString(c.mention.kind));
  // Who can speak: a person, a body or a text ("officials", "the report"), not "Russian planes".
  if (c.mention.head >= 0 && c.mention.kind === 'phrase') {
    bag.add(F.SourceHeadCls, cls[c.mention.head]!);
    bag.add(F.SourceHeadSuffix, view.suffix[c.mention.head]!);
  }
  if (c.spans.source) bag.add(F.SourceInQuote, view.quote[c.spans.source[0]] === QuoteState.Inside ? 1 : 0);
  bag.add(F.CueInQuote, view.quote[cueFirst] === QuoteState.Inside ? 1 : 0);
  bag.add(F.Rule, c.spans.rule >= 0 ? 1 : 0);
  if (c.spans.rule >= 0) bag.add(F.RuleCue, key);
  bag.add(F.TitleCase, view.sentenceFlags[view.sentenceOf[cueFirst]!]! & SentenceFlag.TitleCase, cueLemma);
  return bag.buckets;
}
