import type { ChunkAnalysis } from './chunkAnalysis';
import { cueFeaturizer } from './cueFeatures';
import { ScoreAccumulator } from './featureSink';
import { viterbi, type ChainModel } from './linearChain';
import { tokenRange } from './ruleMarks';
import { cueWindow, sideOf, spanCueFeatures, spanTokenFeatures, WindowContext, type CueWindow } from './spanFeatures';

export type TokenRange = [first: number, end: number];

/** An attribution as the taggers found it, in token indices of its chunk. */
export interface DetectedSpans {
  cue: TokenRange;
  source: TokenRange | null;
  /** The content's pieces, in order; empty when the tagger marked none. */
  content: TokenRange[];
  /** The rule attribution with the same cue, or -1: the rules' own reading is evidence for later stages. */
  rule: number;
}

export interface SpanModels {
  cue: ChainModel;
  span: ChainModel;
}

/** Runs of tag `begin` followed by tag `begin + 1`, as token ranges offset by `base`. */
function segments(tags: Uint8Array, begin: number, base: number): TokenRange[] {
  const out: TokenRange[] = [];
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== begin) continue;
    let j = i + 1;
    while (j < tags.length && tags[j] === begin + 1) j++;
    out.push([base + i, base + j]);
    i = j - 1;
  }
  return out;
}

/**
 * Cues from the cue tagger, sentence by sentence, joined by the rules' cues that it missed (the rules are
 * precise on wire copy); then, per cue, its source and content from the span tagger.
 */
export function detectSpans(analysis: ChunkAnalysis, models: SpanModels): DetectedSpans[] {
  const { view, marks, rules, constructionsFrom } = analysis;
  const cueTags = models.cue.tags.length;
  const cueScores = new Float32Array(view.n * cueTags);
  const cueSink = new ScoreAccumulator(models.cue.emission, models.cue.bits, 3);
  const features = cueFeaturizer(view, marks);
  for (let i = 0; i < view.n; i++) {
    features(i, cueSink);
    cueSink.flush(cueScores, i);
  }
  const cues: TokenRange[] = [];
  for (const s of view.sentences) {
    const tags = viterbi(models.cue, cueScores.subarray(s.first * cueTags, s.end * cueTags), s.end - s.first);
    cues.push(...segments(tags, 1, s.first));
  }
  // Which rule found each token's cue (-1 for none), so that a lookup is one read, whatever the chunk's size.
  const ruleAt = new Int32Array(view.n).fill(-1);
  const tagged = new Uint8Array(view.n);
  for (const [a, b] of cues) tagged.fill(1, a, b);
  rules.forEach((r, k) => {
    const range = tokenRange(view.tokens, r.cue);
    let missed = true;
    for (let t = range[0]; t < range[1]; t++) {
      if (ruleAt[t]! < 0) ruleAt[t] = k;
      if (tagged[t]) missed = false;
    }
    if (missed && range[1] > range[0]) cues.push(range);
  });
  cues.sort((a, b) => a[0] - b[0]);
  const ruleOf = ([a, b]: TokenRange) => {
    for (let t = a; t < b; t++) if (ruleAt[t]! >= 0) return ruleAt[t]!;
    return -1;
  };
  const cueTokens = new Uint8Array(view.n);
  for (const [a, b] of cues) cueTokens.fill(1, a, b);
  // The cue-independent part of a token's span scores is the same in every window it falls in: computed once per side.
  const T = models.span.tags.length;
  const shared = new Float32Array(view.n * 3 * T);
  const done = new Uint8Array(view.n * 3);
  const sink = new ScoreAccumulator(models.span.emission, models.span.bits, 5);
  return cues.map((cue) => {
    const rule = ruleOf(cue);
    // The taggers never learned a construction's shape (a transcript's "PENCE: ..."): it keeps the spans it found.
    if (rule >= constructionsFrom) {
      const { source, claim } = rules[rule]!;
      return { cue, source: source ? tokenRange(view.tokens, source) : null, content: [tokenRange(view.tokens, claim)], rule };
    }
    const win = cueWindow(view, cue[0], cue[1]);
    const ctx = new WindowContext(view, marks, win, cueTokens);
    const n = win.end - win.first;
    const scores = new Float32Array(n * T);
    for (let i = win.first; i < win.end; i++) {
      const side = sideOf(win, i);
      const slot = i * 3 + side - 1;
      if (!done[slot]) {
        spanTokenFeatures(view, marks, i, side, sink);
        sink.flush(shared, slot);
        done[slot] = 1;
      }
      spanCueFeatures(ctx, i, side, sink);
      sink.flush(scores, i - win.first, shared, slot);
    }
    const tags = viterbi(models.span, scores, n);
    const sources = segments(tags, 1, win.first);
    // The source nearest the cue: "Cook, the spokesman, said" has one; a second run is a stray.
    let source: TokenRange | null = null;
    let best = Infinity;
    for (const s of sources) {
      const gap = s[1] <= cue[0] ? cue[0] - s[1] : s[0] - cue[1];
      if (gap < best) {
        source = s;
        best = gap;
      }
    }
    // A piece with no word of its own beside the cue and source ("said Tuesday[.]") is no content.
    const pieces = segments(tags, 3, win.first).filter(([a, b]) => {
      for (let k = a; k < b; k++) if (view.tokens[k]!.kind === 'word' && (k < cue[0] || k >= cue[1]) && !(source && k >= source[0] && k < source[1])) return true;
      return false;
    });
    return { cue, source, content: toClauseEnd(view, cue, cueTokens, wholeQuotations(view, win, pieces)), rule };
  });
}

/**
 * "saw the euro holding its gains into next [week]": a content piece after its cue that stops a word or two
 * short of its sentence's end runs on to it.
 */
function toClauseEnd(view: ChunkAnalysis['view'], cue: TokenRange, cueTokens: Uint8Array, pieces: TokenRange[]): TokenRange[] {
  const last = pieces[pieces.length - 1];
  if (!last || last[0] < cue[1]) return pieces;
  const s = view.sentences[view.sentenceOf[last[0]]!]!;
  let end = s.end;
  while (end > last[1] && view.tokens[end - 1]!.kind !== 'word') end--;
  if (end <= last[1] || end - last[1] > 2) return pieces;
  for (let k = last[1]; k < end; k++) if (cueTokens[k] || view.tokens[k]!.kind !== 'word') return pieces;
  return [...pieces.slice(0, -1), [last[0], end]];
}

/** A content piece cut by the window's reach inside a quotation runs on to the quotation's ends. */
function wholeQuotations(view: ChunkAnalysis['view'], win: CueWindow, pieces: TokenRange[]): TokenRange[] {
  return pieces.map(([first, end]) => {
    const q0 = first === win.first ? view.owner[first]! : -1;
    const q1 = end === win.end ? view.owner[end - 1]! : -1;
    return [q0 >= 0 ? view.quotations[q0]!.open : first, q1 >= 0 ? view.quotations[q1]!.close + 1 : end];
  });
}
