import { CATEGORIES, type Attribution, type Span } from '../types';
import type { Token } from '../tokens';

/** What the rule detector said about each token, as the taggers read it. */
export const enum RuleRole { None = 0, CueFirst = 1, CueInside = 2, Source = 3, Claim = 4 }

export interface RuleMarks {
  role: Uint8Array;
  /** 1 + the index in CATEGORIES of the rule's category, on its cue and source tokens; 0 elsewhere. */
  category: Uint8Array;
}

/** The first token that ends after `offset`: tokens are sorted and disjoint. */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Token range [first, end) of the tokens that overlap a character span. */
export function tokenRange(tokens: Token[], span: Span): [number, number] {
  const first = tokenAt(tokens, span.start);
  let end = first;
  while (end < tokens.length && tokens[end]!.start < span.end) end++;
  return [first, end];
}

export function markRules(tokens: Token[], found: Attribution[]): RuleMarks {
  const role = new Uint8Array(tokens.length);
  const category = new Uint8Array(tokens.length);
  const paint = (span: Span | null, value: RuleRole, cat: number) => {
    if (!span) return;
    const [first, end] = tokenRange(tokens, span);
    for (let k = first; k < end; k++) {
      // A claim never overwrites the cue or source of another attribution.
      if (value === RuleRole.Claim && role[k] !== RuleRole.None) continue;
      role[k] = value === RuleRole.CueFirst && k > first ? RuleRole.CueInside : value;
      if (cat) category[k] = cat;
    }
  };
  for (const a of found) paint(a.claim, RuleRole.Claim, 0);
  for (const a of found) {
    const cat = 1 + CATEGORIES.indexOf(a.category);
    paint(a.source, RuleRole.Source, cat);
    paint(a.cue, RuleRole.CueFirst, cat);
  }
  return { role, category };
}
