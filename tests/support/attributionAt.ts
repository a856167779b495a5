import type { Attribution, Category } from '../../utils/attribution/types';

/** An attribution whose claim, source and cue (the first after the source) are found by their text in `text`. */
export function attributionAt(text: string, category: Category, claim: string, cue: string, source: string | null): Attribution {
  const at = (s: string, from = 0) => {
    const start = text.indexOf(s, from);
    if (start < 0) throw new Error(`"${s}" is not in the text`);
    return { start, end: start + s.length };
  };
  const sourceSpan = source ? { ...at(source), text: source } : null;
  return {
    category,
    claim: at(claim),
    cue: { ...at(cue, sourceSpan?.start), text: cue },
    source: sourceSpan,
    resolvedSource: null,
  };
}
