import { QuoteState, SentenceFlag, type TokenView } from './tokenView';
import type { RuleMarks } from './ruleMarks';
import { BOS, EOS, feature1 as f1, feature2 as f2, feature3 as f3, RowCollector, type FeatureSink } from './featureSink';
import type { FeatureRows } from './linearChain';

// Template ids: a feature is its template's id mixed with the hashes it reads. Renumbering one changes
// every weight, so new templates take new ids.
const enum F {
  Bias = 1, W0, Wm1, Wp1, Wm2, Wp2, Wm1W0, W0Wp1, Lemma, LemmaWp1, Suffix, Shape, ShapeCtx, Cls, ClsM1, ClsP1,
  ClsM1Cls0, Cls0ClsP1, Quote, QuoteCtx, AfterClose, BeforeOpen, W0InQuote, Rule, RuleLemma, RuleCtx, Position,
  LemmaPosition, PrevCapLemma, TitleCaseLemma, QuotedSentenceLemma, Wm2Wm1W0, ClsM1Lemma, LemmaClsP1, RuleCategory,
}

/**
 * The cue tagger's features of a chunk's tokens: a token's words and classes around it, quotation marks, the
 * rules. The returned function writes token i's features into a sink.
 */
export function cueFeaturizer(view: TokenView, rules: RuleMarks): (i: number, sink: FeatureSink) => void {
  const { n, lower, lemma, cls, shape, suffix, quote, tokens } = view;
  const w = (k: number) => (k < 0 ? BOS : k >= n ? EOS : lower[k]!);
  const c = (k: number) => (k < 0 ? BOS : k >= n ? EOS : cls[k]!);
  const q = (k: number) => (k < 0 || k >= n ? 9 : quote[k]!);
  const r = (k: number) => (k < 0 || k >= n ? 9 : rules.role[k]!);
  return (i, sink) => {
  const sentence = view.sentenceOf[i]!;
  const s = view.sentences[sentence]!;
  const lem = lemma[i]!;
  const w0 = lower[i]!;
  sink.add(F.Bias);
  sink.add(f1(F.W0, w0));
  sink.add(f1(F.Wm1, w(i - 1)));
  sink.add(f1(F.Wp1, w(i + 1)));
  sink.add(f2(F.Wm1W0, w(i - 1), w0));
  sink.add(f2(F.W0Wp1, w0, w(i + 1)));
  sink.add(f3(F.Wm2Wm1W0, w(i - 2), w(i - 1), w0));
  sink.add(f1(F.Lemma, lem));
  sink.add(f2(F.LemmaWp1, lem, w(i + 1)));
  sink.add(f1(F.Suffix, suffix[i]!));
  sink.add(f1(F.Shape, shape[i]!));
  sink.add(f1(F.Cls, c(i)));
  sink.add(f2(F.ClsM1Cls0, c(i - 1), c(i)));
  sink.add(f2(F.Cls0ClsP1, c(i), c(i + 1)));
  sink.add(f1(F.Quote, q(i)));
  sink.add(f3(F.QuoteCtx, q(i - 1), q(i), q(i + 1)));
  // "...,” said X" and "X said: “...": a quotation closing just before or opening just after.
  let back = i - 1;
  while (back >= s.first && tokens[back]!.kind === 'punct' && (tokens[back]!.text === ',' || tokens[back]!.text === '.')) back--;
  sink.add(f2(F.AfterClose, back >= s.first && quote[back] === QuoteState.Closing ? 1 : 0, lem));
  let ahead = i + 1;
  while (ahead < s.end && ahead <= i + 2 && tokens[ahead]!.kind === 'punct' && (tokens[ahead]!.text === ',' || tokens[ahead]!.text === ':')) ahead++;
  sink.add(f2(F.BeforeOpen, ahead < s.end && quote[ahead] === QuoteState.Opening ? 1 : 0, lem));
  sink.add(f1(F.Rule, r(i)));
  sink.add(f2(F.RuleLemma, r(i), lem));
  sink.add(f1(F.RuleCategory, rules.category[i]!));
  const position = i === s.first ? 0 : i === s.first + 1 ? 1 : i === s.end - 1 ? 2 : i === s.end - 2 ? 3 : 4;
  sink.add(f1(F.Position, position));
  sink.add(f2(F.PrevCapLemma, i > s.first && tokens[i - 1]!.cap ? 1 : 0, lem));
  const flags = view.sentenceFlags[sentence]!;
  sink.add(f2(F.TitleCaseLemma, flags & SentenceFlag.TitleCase, lem));
  sink.add(f2(F.QuotedSentenceLemma, flags & SentenceFlag.Quoted, lem));
  };
}

/** Every token's cue features as rows, for training. */
export function cueFeatureRows(view: TokenView, rules: RuleMarks, bits: number): FeatureRows {
  const rows = new RowCollector(bits, view.n);
  const features = cueFeaturizer(view, rules);
  for (let i = 0; i < view.n; i++) {
    features(i, rows);
    rows.next();
  }
  return rows.rows();
}
