import type { Attribution, Span } from './types';
import type { Token } from './tokens';
import { articleCandidates } from './model/candidates';
import type { Candidate } from './model/categoryFeatures';
import { ArticleDecisions, isClaim, scoreChunk, type ScoredCandidate } from './model/decide';
import type { TokenRange } from './model/detectSpans';
import { languageModel, type LanguageModel } from './model/languageModels';

export type { Attribution, Category } from './types';
export { hasModel, LANGUAGES, modelPath, provideModel } from './model/languageModels';

export interface EngineOptions {
  /** The language of the text, as a BCP 47 tag with a shipped model: "en" (the default). */
  language?: string;
}

/**
 * Finds every attribution in a plain text: who (source) communicated what (claim) through which
 * words (cue), with the category of the source per ATTRIBUTION-GUIDE.md. Sorted by cue start;
 * offsets are UTF-16 code units into `text`. Never throws on any string, in linear time.
 */
export function findAttributions(text: string, options: EngineOptions = {}): Attribution[] {
  const out: Attribution[] = [];
  for (const found of scanAttributions(text, options)) for (const a of found) out.push(a);
  return out;
}

function spanOf(text: string, tokens: Token[], [first, end]: TokenRange) {
  const start = tokens[first]!.start;
  const stop = tokens[end - 1]!.end;
  return { start, end: stop, text: text.slice(start, stop) };
}

/**
 * The same attributions as findAttributions, one chunk of paragraphs at a time. What the article said
 * earlier about its people carries over from chunk to chunk.
 */
export function* scanAttributions(text: string, options: EngineOptions = {}): Generator<Attribution[], void> {
  if (typeof text !== 'string') return;
  yield* attributionsWith(text, languageModel(options.language ?? 'en'));
}

function wordsIn(text: string, span: Span): number {
  return text.slice(span.start, span.end).split(/\s+/).filter((w) => /\w/.test(w)).length;
}

/** No content found: the longest stretch of the cue's sentence that is neither its cue nor its source. */
function restOfSentence(text: string, c: Candidate): Span {
  const { view } = c.analysis;
  const { tokens } = view;
  const s = view.sentences[view.sentenceOf[c.spans.cue[0]]!]!;
  const taken = (k: number) => (k >= c.spans.cue[0] && k < c.spans.cue[1]) || (!!c.spans.source && k >= c.spans.source[0] && k < c.spans.source[1]);
  let best: TokenRange = [c.spans.cue[1], c.spans.cue[1]];
  for (let k = s.first; k < s.end;) {
    if (taken(k)) {
      k++;
      continue;
    }
    let j = k;
    while (j < s.end && !taken(j)) j++;
    if (j - k > best[1] - best[0]) best = [k, j];
    k = j;
  }
  // Without the punctuation that only joins it to the cue: "Moscow was targeting ISIL[,] Lavrov said".
  let [first, end] = best;
  while (end > first && tokens[end - 1]!.kind === 'punct' && tokens[end - 1]!.text !== '.' && tokens[end - 1]!.text !== '?' && tokens[end - 1]!.text !== '!') end--;
  if (end <= first) return { start: text.length && first < tokens.length ? tokens[Math.min(first, tokens.length - 1)]!.start : 0, end: first < tokens.length ? tokens[Math.min(first, tokens.length - 1)]!.start : 0 };
  return { start: tokens[first]!.start, end: tokens[end - 1]!.end };
}

/** The pipeline with a given model: the shipped one, or one being trained. */
export function* attributionsWith(text: string, model: LanguageModel): Generator<Attribution[], void> {
  const decisions = new ArticleDecisions(model.categoryBias, model.claimMargins);
  for (const { scored, found } of scoredAttributions(text, model)) {
    const decided = decisions.resolve(scored);
    const out: Attribution[] = [];
    found.forEach((spans, k) => {
      const d = decided[k]!;
      if (isClaim(d, model.claimMargins)) out.push({ category: d.category, ...spans });
    });
    yield out;
  }
}

export type AttributionSpans = Omit<Attribution, 'category'>;

/** Every candidate of each chunk with its spans and scores, before any decision: what training replays. */
export function* scoredAttributions(text: string, model: LanguageModel): Generator<{ scored: ScoredCandidate[]; found: AttributionSpans[] }, void> {
  for (const chunk of articleCandidates(text, model)) {
    const { tokens, candidates } = chunk;
    const found = candidates.map((c): AttributionSpans => {
      const d = c.spans;
      const rule = d.rule >= 0 ? c.analysis.rules[d.rule]! : null;
      const cue = spanOf(text, tokens, d.cue);
      const source = d.source ? spanOf(text, tokens, d.source) : null;
      const content = d.content.length ? d.content : null;
      const claim = content
        ? { start: tokens[content[0]![0]]!.start, end: tokens[content[content.length - 1]![1] - 1]!.end }
        : rule && wordsIn(text, rule.claim) >= 3 ? rule.claim : restOfSentence(text, c);
      // Whom a short mention stands for: the entity it names or refers back to, else what the rules resolved
      // ("one of the sources" -> "Lebanese sources").
      const whole = c.entity?.name ?? rule?.resolvedSource ?? null;
      const resolvedSource = whole !== null && whole !== source?.text ? whole : null;
      return { cue, source, claim, resolvedSource };
    });
    yield { scored: scoreChunk(chunk, model), found };
  }
}
