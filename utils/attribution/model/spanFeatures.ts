import { QuoteState, type TokenView } from './tokenView';
import type { RuleMarks } from './ruleMarks';
import { BOS, EOS, feature1 as f1, feature2 as f2, feature3 as f3, RowCollector, type FeatureSink } from './featureSink';
import type { FeatureRows } from './linearChain';

/** Tokens [first, end) of one cue, and the window its source and content are looked for in. */
export interface CueWindow {
  cueFirst: number;
  cueEnd: number;
  first: number;
  end: number;
}

/** Where a token stands from the cue. */
export const enum Side { Before = 1, After = 2, Cue = 3 }

const enum F {
  Bias = 1, Side, SideDistance, SideDistanceCue, SideDistanceLemma, W0, Wm1, Wp1, SideW0, SideCls0, SideShape0,
  Cls0, Shape0, Quote, SideQuote, AdjacentQuote, CommasBetween, SentenceBetween, CueBetween, QuoteBetween, SentenceStart,
  Rule, SideRule, ThatAfterCue, SideWm1W0, SideCapPrev, SideDistanceQuote, SidePunct, CueKey, SideCueKey,
  DashBetween, SideClsM1, SideClsP1, ColonAfterCue, SideRuleCategory,
}

/** How far a window reaches from its cue: sources sit close to it, and a claim's end is its sentence's. */
const REACH_BEFORE = 40;
const REACH_AFTER = 60;

function distanceBucket(d: number): number {
  return d <= 4 ? d : d <= 6 ? 5 : d <= 10 ? 6 : d <= 15 ? 7 : d <= 25 ? 8 : 9;
}

/**
 * The window a cue's source and content are found in: its sentence, stretched to whole quotations that
 * cross the sentence's edges, within REACH tokens of the cue.
 */
export function cueWindow(view: TokenView, cueFirst: number, cueEnd: number): CueWindow {
  const s = view.sentences[view.sentenceOf[cueFirst]!]!;
  let first = s.first;
  let end = Math.max(s.end, cueEnd);
  const q0 = view.owner[first]!;
  if (q0 >= 0) first = Math.min(first, view.quotations[q0]!.open);
  const q1 = view.owner[end - 1]!;
  if (q1 >= 0) end = Math.max(end, view.quotations[q1]!.close + 1);
  return { cueFirst, cueEnd, first: Math.max(first, cueFirst - REACH_BEFORE), end: Math.min(end, cueEnd + REACH_AFTER) };
}

export function sideOf(win: CueWindow, i: number): Side {
  return i < win.cueFirst ? Side.Before : i >= win.cueEnd ? Side.After : Side.Cue;
}

/** The features of token i that depend only on the token and its side of the cue: shared by all its windows. */
export function spanTokenFeatures(view: TokenView, rules: RuleMarks, i: number, side: Side, sink: FeatureSink): void {
  const { lower, cls, shape, quote, tokens, n } = view;
  const t = tokens[i]!;
  const wm1 = i > 0 ? lower[i - 1]! : BOS;
  const wp1 = i + 1 < n ? lower[i + 1]! : EOS;
  sink.add(F.Bias);
  sink.add(f1(F.W0, lower[i]!));
  sink.add(f2(F.SideW0, side, lower[i]!));
  sink.add(f3(F.SideWm1W0, side, wm1, lower[i]!));
  sink.add(f2(F.SideCls0, side, cls[i]!));
  sink.add(f2(F.SideClsM1, side, i > 0 ? cls[i - 1]! : BOS));
  sink.add(f2(F.SideClsP1, side, i + 1 < n ? cls[i + 1]! : EOS));
  sink.add(f2(F.SideShape0, side, shape[i]!));
  sink.add(f2(F.SentenceStart, i === view.sentences[view.sentenceOf[i]!]!.first ? 1 : 0, side));
  sink.add(f2(F.SideRuleCategory, side, rules.category[i]!));
  sink.add(f3(F.SideCapPrev, side, t.cap ? 1 : 0, i > 0 && tokens[i - 1]!.cap ? 1 : 0));
  sink.add(f2(F.SidePunct, side, t.kind === 'word' ? 0 : lower[i]!));
}

/** Hash of the cue's words, lower case, in order: "said", "according to", "told reporters". */
function cueKey(view: TokenView, cueFirst: number, cueEnd: number): number {
  let h = 0x3c6ef372;
  for (let k = cueFirst; k < cueEnd && k < cueFirst + 4; k++) h = Math.imul(h ^ view.lower[k]!, 0x01000193) >>> 0;
  return h;
}

/**
 * What a window knows of its cue, computed once per window: the cue's words, the quotations next to it,
 * and for each token what lies between it and the cue (commas, quote marks, dashes, other cues, a sentence
 * break), accumulated outward from the cue.
 */
export class WindowContext {
  readonly key: number;
  readonly cueLemma: number;
  readonly between: Uint8Array;
  readonly commas: Uint8Array;
  readonly quoteBefore: number;
  readonly quoteAfter: number;
  readonly thatAfter: number;
  readonly colonAfter: number;
  readonly cueRule: number;

  constructor(readonly view: TokenView, readonly rules: RuleMarks, readonly win: CueWindow, cueTokens: Uint8Array) {
    const { tokens, quote, lemma } = view;
    const { cueFirst, cueEnd, first, end } = win;
    this.key = cueKey(view, cueFirst, cueEnd);
    this.cueLemma = lemma[cueEnd - 1]!;
    this.cueRule = rules.role[cueFirst]!;
    this.between = new Uint8Array(end - first);
    this.commas = new Uint8Array(end - first);
    const scan = (from: number, to: number, step: number) => {
      let flags = 0;
      let count = 0;
      for (let k = from; k !== to; k += step) {
        this.between[k - first] = flags;
        this.commas[k - first] = Math.min(count, 3);
        const t = tokens[k]!;
        if (t.text === ',') count++;
        if (t.kind === 'quote') flags |= 4;
        if (t.text === '\u2014' || t.text === '\u2013' || t.text === '-' || t.text === '(' || t.text === ')') flags |= 8;
        if (cueTokens[k] && (k < cueFirst || k >= cueEnd)) flags |= 2;
        if (k !== from && view.sentenceOf[k] !== view.sentenceOf[k - step]) flags |= 1;
      }
    };
    scan(cueFirst - 1, first - 1, -1);
    scan(cueEnd, end, 1);
    // A quotation adjacent to the cue ("“...,” she said" / "said: “...”") is its likeliest content.
    let before = cueFirst - 1;
    while (before >= first && tokens[before]!.kind === 'punct' && (tokens[before]!.text === ',' || tokens[before]!.text === '.')) before--;
    this.quoteBefore = before >= first && quote[before] === QuoteState.Closing ? view.owner[before]! : -1;
    let after = cueEnd;
    while (after < end && after <= cueEnd + 2 && tokens[after]!.kind === 'punct' && (tokens[after]!.text === ',' || tokens[after]!.text === ':')) after++;
    this.quoteAfter = after < end && quote[after] === QuoteState.Opening ? view.owner[after]! : -1;
    this.thatAfter = cueEnd < end && tokens[cueEnd]!.lower === 'that' ? 1 : 0;
    this.colonAfter = cueEnd < end && tokens[cueEnd]!.text === ':' ? 1 : 0;
  }
}

/** The features of token i that depend on the cue: distance, what lies between, the cue's words. */
export function spanCueFeatures(ctx: WindowContext, i: number, side: Side, sink: FeatureSink): void {
  const { view, win } = ctx;
  const distance = side === Side.Before ? win.cueFirst - i : side === Side.After ? i - win.cueEnd + 1 : 0;
  const d = distanceBucket(distance);
  const sd = side * 16 + d;
  const rel = i - win.first;
  const owner = view.owner[i]!;
  const adjacent = owner >= 0 && (owner === ctx.quoteBefore || owner === ctx.quoteAfter) ? 1 : 0;
  const between = ctx.between[rel]!;
  sink.add(f1(F.SideDistance, sd));
  sink.add(f2(F.SideDistanceCue, sd, ctx.key));
  sink.add(f2(F.SideDistanceLemma, sd, ctx.cueLemma));
  sink.add(f2(F.SideCueKey, side, ctx.key));
  sink.add(f3(F.SideQuote, side, view.quote[i]!, adjacent));
  sink.add(f2(F.CommasBetween, side, ctx.commas[rel]!));
  sink.add(f2(F.SentenceBetween, side, between & 1));
  sink.add(f2(F.CueBetween, side, between & 2));
  sink.add(f3(F.QuoteBetween, side, between & 4, adjacent));
  sink.add(f2(F.DashBetween, side, between & 8));
  sink.add(f3(F.SideRule, side, ctx.rules.role[i]!, ctx.cueRule));
  sink.add(f2(F.ThatAfterCue, side, ctx.thatAfter | (ctx.colonAfter << 1)));
  sink.add(f3(F.ColonAfterCue, ctx.colonAfter, side, d));
}

/** Every window token's features as rows, for training. */
export function spanFeatureRows(view: TokenView, rules: RuleMarks, win: CueWindow, cueTokens: Uint8Array, bits: number): FeatureRows {
  const rows = new RowCollector(bits, win.end - win.first);
  const ctx = new WindowContext(view, rules, win, cueTokens);
  for (let i = win.first; i < win.end; i++) {
    const side = sideOf(win, i);
    spanTokenFeatures(view, rules, i, side, rows);
    spanCueFeatures(ctx, i, side, rows);
    rows.next();
  }
  return rows.rows();
}
