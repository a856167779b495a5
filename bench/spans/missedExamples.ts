import { OTHER_LEMMAS, type Outcome } from './spanFigures';
import type { Range } from './types';

// The gold attributions behind a figure's misses, each as the sentence it stands in, so that the
// tail of rare cues and constructions can be read rather than guessed.

export const MISS_KINDS = ['cue', 'source', 'content', 'category'] as const;
export type MissKind = (typeof MISS_KINDS)[number];

export interface ExampleFilter {
  kind: MissKind;
  /** A lemma of the table, or OTHER_LEMMAS for any lemma without a row of its own. */
  lemma?: string;
  construction?: string;
  /** A gold category, or NOT_A_CLAIM. */
  category?: string;
}

const EXCERPT_CHARS = 400;
const SHOWN_CHARS = 160;

/** Whether the engine got `kind` wrong on this gold attribution; only found cues can miss the rest. */
export function isMiss(outcome: Outcome, kind: MissKind): boolean {
  if (kind === 'cue') return outcome.match === null;
  if (kind === 'source') return outcome.sourceOverlap === false;
  if (kind === 'content') return outcome.contentOverlap === false;
  return outcome.match !== null && outcome.match.category !== outcome.goldCategory;
}

/** How many misses pass the filter, and the first `limit` of them in gold order, each a few lines of text. */
export function missedExamples(
  outcomes: readonly Outcome[],
  textOf: (articleId: string) => string,
  filter: ExampleFilter,
  lemmasWithRows: readonly string[],
  limit: number,
): { total: number; examples: string[] } {
  const lemmaFits = (lemma: string) =>
    filter.lemma === undefined || (filter.lemma === OTHER_LEMMAS ? !lemmasWithRows.includes(lemma) : lemma === filter.lemma);
  const misses = outcomes
    .filter((o) => isMiss(o, filter.kind) && lemmaFits(o.lemma))
    .filter((o) => (filter.construction ?? o.construction) === o.construction && (filter.category ?? o.goldCategory) === o.goldCategory);
  return { total: misses.length, examples: misses.slice(0, limit).map((o) => describe(o, textOf(o.articleId), filter.kind)) };
}

function describe(o: Outcome, text: string, kind: MissKind): string {
  const engine = o.match ? `, engine ${o.match.category}` : '';
  const lines = [`${o.articleId}: ${o.construction}, ${o.lemma}, gold ${o.goldCategory}${engine}`, `    ${markedSentence(text, o)}`];
  const show = (range: Range | null) => (range ? `"${clip(text.slice(range[0], range[1]))}"` : 'none');
  if (o.match && kind === 'source') lines.push(`    engine source ${show(o.match.source && [o.match.source.start, o.match.source.end])}`);
  if (o.match && kind === 'content') {
    lines.push(`    engine claim ${show([o.match.claim.start, o.match.claim.end])}`);
    lines.push(`    gold content ${(o.gold.content ?? []).map(show).join(' + ')}`);
  }
  return lines.join('\n');
}

const clip = (s: string) => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > SHOWN_CHARS ? `${flat.slice(0, SHOWN_CHARS)}…` : flat;
};

/** The sentence that holds the gold cue, with the cue in [brackets] and the gold source in {braces}. */
export function markedSentence(text: string, o: Pick<Outcome, 'gold'>): string {
  const [start, end] = sentenceAround(text, o.gold.cue[0]);
  const from = Math.max(start, Math.min(o.gold.cue[0] - EXCERPT_CHARS / 2, end - EXCERPT_CHARS));
  const to = Math.min(end, from + EXCERPT_CHARS);
  const marks: [number, string][] = [
    [o.gold.cue[0], '['],
    [o.gold.cue[1], ']'],
  ];
  if (o.gold.source && o.gold.source[0] >= from && o.gold.source[1] <= to) marks.push([o.gold.source[0], '{'], [o.gold.source[1], '}']);
  // A mark that closes goes before one that opens at the same place.
  const rank = (mark: string) => (mark === ']' || mark === '}' ? 0 : 1);
  marks.sort((a, b) => a[0] - b[0] || rank(a[1]) - rank(b[1]));
  let out = '';
  let at = from;
  for (const [pos, mark] of marks) {
    out += text.slice(at, pos) + mark;
    at = pos;
  }
  out += text.slice(at, to);
  return `${from > start ? '…' : ''}${out.replace(/\s+/g, ' ').trim()}${to < end ? '…' : ''}`;
}

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
// Intl ends a sentence at every full stop: not after a title or an abbreviation.
const ABBREVIATION_END = /\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|St|Jr|Sr|Prof|Rev|Adm|Maj|No|Inc|Corp|Co|Ltd|U\.S|U\.N|U\.K|[A-Z])\.\s*$/;

/** The range of the sentence that holds `at`, within its line. */
function sentenceAround(text: string, at: number): Range {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const newline = text.indexOf('\n', at);
  const lineEnd = newline < 0 ? text.length : newline;
  let start = lineStart;
  for (const { index, segment } of sentenceSegmenter.segment(text.slice(lineStart, lineEnd))) {
    const end = lineStart + index + segment.length;
    if (ABBREVIATION_END.test(segment) && end < lineEnd) continue;
    if (end > at) return [start, end];
    start = end;
  }
  return [start, lineEnd];
}
