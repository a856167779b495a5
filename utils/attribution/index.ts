import type { Attribution, Category } from './types';

export type { Attribution, Category } from './types';

// First rough cut so that the CLI, eval and benchmarks can be built against the real entry point;
// replaced by the full pipeline (segmentation, source phrases, entity memory) in later commits.
const CUE = /\b(said|says|say|told|added|according to)\b/g;
const ANON = /\b(sources?|officials?|analysts|diplomats|aides|people familiar|traders|dealers|economists|experts|critics|residents)\b/i;
const DOC = /\b(report|study|survey|poll|newspaper|Times|Journal|Post|agency)\b/;
const OFFICIAL = /\b(spokes(?:man|woman|person)|minister|president|secretary|ministry|government|company|Pentagon|White House|Kremlin|police|it|he|she)\b/i;

function classify(window: string): Category {
  if (/spokes(man|woman|person)/i.test(window)) return 'official';
  if (ANON.test(window)) return 'anonymous';
  if (DOC.test(window)) return 'document';
  if (OFFICIAL.test(window)) return 'official';
  return 'named';
}

export function findAttributions(text: string): Attribution[] {
  const out: Attribution[] = [];
  for (const m of text.matchAll(CUE)) {
    const start = m.index;
    const end = start + m[0].length;
    const lineStart = Math.max(text.lastIndexOf('\n', start) + 1, start - 200);
    const lineEnd = Math.min(text.indexOf('\n', end) === -1 ? text.length : text.indexOf('\n', end), end + 200);
    const window = text.slice(Math.max(lineStart, start - 60), Math.min(lineEnd, end + 60));
    out.push({
      category: classify(window),
      cue: { start, end, text: m[0] },
      source: null,
      claim: { start: lineStart, end: lineEnd },
      resolvedSource: null,
    });
  }
  return out;
}
