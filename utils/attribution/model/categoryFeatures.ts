import { CATEGORIES } from '../types';
import type { Token } from '../tokens';
import type { ChunkAnalysis } from './chunkAnalysis';
import type { DetectedSpans, TokenRange } from './detectSpans';
import { tokenRange } from './ruleMarks';
import { subjectAtStart } from '../sourcePhrase';
import { EVIDENCE, emptyEvidence, noteRoles, type Entity, type EntityIndex } from './entityIndex';
import { hashString } from './hashing';
import { FeatureBag } from './linearClassifier';
import { readMention, type SourceMention } from './sourceMention';
import type { WordClasses } from './wordClasses';

/** One detected attribution with everything the claim filter and the categoriser read. */
export interface Candidate {
  analysis: ChunkAnalysis;
  spans: DetectedSpans;
  mention: SourceMention;
  /** The entity the source names or refers back to, if any. */
  entity: Entity | null;
}

/**
 * "“...,” said an industry lobbyist.": after a quotation or paraphrase, the words after the cue up to the
 * clause's end name the source, whatever they are.
 */
function invertedSource(view: ChunkAnalysis['view'], spans: DetectedSpans, classes: WordClasses): TokenRange | null {
  const { tokens } = view;
  const [cueFirst, cueEnd] = spans.cue;
  const s = view.sentences[view.sentenceOf[cueFirst]!]!;
  const before = cueFirst > s.first ? tokens[cueFirst - 1]! : null;
  if (!before || before.kind === 'word' || cueEnd >= s.end) return null;
  const opener = tokens[cueEnd]!;
  if (opener.kind !== 'word' || opener.lower === 'that' || !(opener.cap || classes.has(opener.lower, 'determiner'))) return null;
  let end = cueEnd;
  while (end < s.end && end - cueEnd < 12 && tokens[end]!.kind === 'word' && !(end > cueEnd && !tokens[end]!.cap && classes.has(tokens[end]!.lower, 'subordinator'))) end++;
  return end > cueEnd ? [cueEnd, end] : null;
}

/** "a company spokesperson when contacted by Reuters": a clause after the source is not part of it. */
function trimmedSource(tokens: Token[], [first, end]: TokenRange, classes: WordClasses): TokenRange {
  for (let k = first + 1; k < end; k++) if (!tokens[k]!.cap && classes.has(tokens[k]!.lower, 'subordinator')) return [first, k];
  return [first, end];
}

/** "The ministry issued a notice on Monday, stating that ...": a participle's source is its clause's subject. */
function participleSubject(view: ChunkAnalysis['view'], spans: DetectedSpans): TokenRange | null {
  const [cueFirst, cueEnd] = spans.cue;
  if (!view.tokens[cueEnd - 1]!.lower.endsWith('ing')) return null;
  const s = view.sentences[view.sentenceOf[cueFirst]!]!;
  const subject = subjectAtStart(view.tokens, s, cueFirst);
  return subject && subject.end <= cueFirst ? [subject.first, subject.end] : null;
}

/**
 * Reads a detected attribution's source. A cue without a source of its own (", adding that ...",
 * "..., saying ...") takes the source of the attribution before it in the sentence, the rules' source, the
 * words after an inverted cue, or its clause's subject.
 */
export function candidateOf(analysis: ChunkAnalysis, spans: DetectedSpans, entities: EntityIndex, classes: WordClasses, before: Candidate[]): Candidate {
  const { view, rules } = analysis;
  const tokens = view.tokens;
  const rule = spans.rule >= 0 ? rules[spans.rule]! : null;
  // Where the rules found the same cue with a source elsewhere, theirs is the one to trust: they follow the
  // grammar ("He did not deny ... but said") where the tagger takes the nearest noun.
  if (rule?.source && spans.source) {
    const [a, b] = tokenRange(tokens, rule.source);
    if (!(a < spans.source[1] && spans.source[0] < b)) spans = { ...spans, source: [a, b] };
  }
  if (!spans.source) {
    const previous = before[before.length - 1];
    if (previous?.spans.source && view.sentenceOf[previous.spans.cue[0]] === view.sentenceOf[spans.cue[0]]) spans = { ...spans, source: previous.spans.source };
    else if (rule?.source) spans = { ...spans, source: tokenRange(tokens, rule.source) };
    else spans = { ...spans, source: invertedSource(view, spans, classes) ?? participleSubject(view, spans) };
  }
  if (spans.source) spans = { ...spans, source: trimmedSource(tokens, spans.source, classes) };
  const mention = readMention(tokens, spans.source, classes);
  let entity: Entity | null = null;
  if (mention.nameKey) entity = entities.entity(mention.fullName!) ?? entities.entity(mention.nameKey) ?? null;
  else if (mention.kind === 'he') {
    const female = classes.has(tokens[spans.source![0]]!.lower, 'femalePronoun');
    entity = entities.personBefore(tokens[spans.source![0]]!.start, female ? 'female' : 'male');
  }
  else if (mention.kind === 'relative' && spans.source) {
    // "Smith, who told ...": the name right before the relative pronoun.
    for (let k = spans.source[0] - 1; k >= 0 && k >= spans.source[0] - 3; k--) {
      const e = entities.entity(tokens[k]!.lower);
      if (e) {
        entity = e;
        break;
      }
    }
  }
  return { analysis, spans, mention, entity };
}

const enum F {
  Bias = 1, Kind, Word, Cls, Head, HeadCls, HeadSuffix, First, Length, CueLemma, CueKey, Rule, RuleKind, Evidence,
  EvidenceCount, EntityNone, AppositionCls, AppositionWord, NoSourceCue, NoSourceBe, QuotedContent, KindCue, HeadKind,
  EvidenceKind, Person, BeforeCls, NameLength, MentionRole, EntityWord, Prior, NoPrior, Pair, Context,
}

const h = hashString;

function cueLemmaOf(c: Candidate, classes: WordClasses): number {
  const { view } = c.analysis;
  return view.lemma[c.spans.cue[1] - 1]!;
}

function cueKeyOf(c: Candidate): number {
  const { view } = c.analysis;
  let key = 0x3c6ef372;
  for (let k = c.spans.cue[0]; k < c.spans.cue[1] && k < c.spans.cue[0] + 4; k++) key = Math.imul(key ^ view.lower[k]!, 0x01000193) >>> 0;
  return key;
}

function addWords(bag: FeatureBag, tokens: Token[], cls: Uint32Array, lower: Uint32Array, first: number, end: number, word: number, klass: number): void {
  for (let k = first; k < end && k < first + 24; k++) {
    if (tokens[k]!.kind !== 'word') continue;
    bag.add(word, lower[k]!);
    if (cls[k]) bag.add(klass, cls[k]!);
  }
}

function addEvidence(bag: FeatureBag, entity: Entity | null, prefix: number): void {
  if (!entity) {
    bag.add(F.EntityNone, prefix);
    return;
  }
  for (const kind of EVIDENCE) {
    const n = entity.evidence[kind];
    if (!n) continue;
    bag.add(F.Evidence, prefix, h(kind));
    bag.add(F.EvidenceCount, prefix, h(kind) + Math.min(n, 2));
  }
  bag.add(F.NameLength, prefix, Math.min(entity.name.split(' ').length, 3));
  for (const word of entity.context) bag.add(F.Context, prefix === h('he') ? 1 : 0, word);
  // Who the entity is: public figures recur across articles, and their words carry what training saw of them.
  for (const part of entity.key.split(' ')) bag.add(F.EntityWord, h(part));
  if (entity.prior) for (const [kind, level] of Object.entries(entity.prior)) bag.add(F.Prior, prefix, h(kind) + level!);
  else bag.add(F.NoPrior, prefix);
}

/** Features for the categoriser: the source's own words, the evidence about what it names, and the cue. */
export function categoryFeatures(c: Candidate, classes: WordClasses, entities: EntityIndex, bits: number): number[] {
  const bag = new FeatureBag(bits);
  // The strongest signals, also in pairs: "a Democratic pollster" is party and expert at once, and only the
  // pair tells a partisan commentator from a party official.
  const signals: number[] = [];
  const { view, rules } = c.analysis;
  const { tokens, cls, lower, suffix } = view;
  const m = c.mention;
  const kind = h(m.kind);
  const cueLemma = cueLemmaOf(c, classes);
  bag.add(F.Bias);
  bag.add(F.Kind, kind);
  bag.add(F.CueLemma, cueLemma);
  bag.add(F.CueKey, cueKeyOf(c));
  bag.add(F.KindCue, kind, cueLemma);
  const rule = c.spans.rule >= 0 ? rules[c.spans.rule]! : null;
  bag.add(F.Rule, rule ? 1 + CATEGORIES.indexOf(rule.category) : 0);
  bag.add(F.RuleKind, rule ? 1 + CATEGORIES.indexOf(rule.category) : 0, kind);
  if (m.range) {
    const [first, end] = m.range;
    // "Mary Hill", "Mr. King": the words of a person's name say nothing of a role, whatever lists they are in.
    const personName = m.nameStart >= 0 && (classes.has(tokens[m.nameStart]!.lower, 'female') || classes.has(tokens[m.nameStart]!.lower, 'male') || (m.nameStart > 0 && classes.has(tokens[m.nameStart - 1]!.lower, 'honorific')));
    addWords(bag, tokens, cls, lower, first, personName ? m.nameStart + 1 : m.coreEnd, F.Word, F.Cls);
    addWords(bag, tokens, cls, lower, m.coreEnd, end, F.AppositionWord, F.AppositionCls);
    bag.add(F.First, lower[first]!);
    bag.add(F.Length, Math.min(end - first, 8));
    if (m.head >= 0 && !(personName && m.head >= m.nameStart)) {
      bag.add(F.Head, lower[m.head]!);
      bag.add(F.HeadCls, cls[m.head]!);
      bag.add(F.HeadSuffix, suffix[m.head]!);
      bag.add(F.HeadKind, cls[m.head]!, kind);
    }
    const roles = emptyEvidence();
    noteRoles(tokens, first, end, classes, roles);
    for (const e of EVIDENCE) {
      if (!roles[e]) continue;
      bag.add(F.MentionRole, h(e), kind);
      signals.push(h(`mention:${e}`));
    }
    // The words before the span: "Republican nominee [Donald Trump]" when the tagger left the title out.
    for (let k = first - 1; k >= 0 && k >= first - 2; k--) if (cls[k]) bag.add(F.BeforeCls, cls[k]!);
  } else {
    // No source: a passive assessment ("is widely expected", "is seen as") speaks for no one.
    const before = c.spans.cue[0] - 1;
    bag.add(F.NoSourceCue, cueLemma);
    bag.add(F.NoSourceBe, before >= 0 && classes.has(tokens[before]!.lower, 'be') ? 1 : 0, cueLemma);
  }
  addEvidence(bag, c.entity, kind);
  if (c.entity) {
    bag.add(F.Person, entities.isPerson(c.entity) ? 1 : 0, kind);
    for (const e of EVIDENCE) {
      if (!c.entity.evidence[e]) continue;
      bag.add(F.EvidenceKind, h(e), kind);
      signals.push(h(`entity:${e}`));
    }
    if (c.entity.prior) for (const [p, level] of Object.entries(c.entity.prior)) if (level! >= 2) signals.push(h(`prior:${p}`));
  }
  signals.push(kind, h(`rule:${rule?.category ?? 'none'}`));
  for (let i = 0; i < signals.length; i++) for (let j = i + 1; j < signals.length && j < i + 12; j++) bag.add(F.Pair, Math.min(signals[i]!, signals[j]!), Math.max(signals[i]!, signals[j]!));
  const content = c.spans.content[0];
  bag.add(F.QuotedContent, content && tokens[content[0]]!.kind === 'quote' ? 1 : 0);
  return bag.buckets;
}
