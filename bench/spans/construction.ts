import { cueWords, DETERMINERS, isSkipped, PREPOSITIONS } from './cueLemma';
import type { GoldAttribution, Range } from './types';

// How a human-marked attribution is built, read from where its spans lie and the words of its cue,
// so that a figure per construction shows which shapes the engine misses. One construction per
// attribution: the first of this list that fits.
export const CONSTRUCTIONS = {
  colon: 'X: …   "…" ― X',
  headline: 'X Says Title-Case …',
  'according-to': 'according to X, …',
  'noun-cue': 'a statement, in a letter',
  passive: 'was reported by X',
  participle: '…, saying …',
  'no-source': 'no source marked',
  'content-around': '"…," X said. "…"',
  'quote-before': '"…," X said',
  'quote-before-inverted': '"…," said X',
  'paraphrase-before': '…, X said',
  'paraphrase-before-inverted': '…, said X',
  'quote-after': 'X said: "…"',
  'paraphrase-after': 'X said (that) …',
  'inverted-content-after': 'said X, …',
  'source-before-cue': 'X said (content not marked)',
  'source-after-cue': 'said X (content not marked)',
  other: 'spans overlap the cue',
} as const;
export type Construction = keyof typeof CONSTRUCTIONS;

const QUOTE_MARKS = '"“”\'‘’«»„';
const isQuoteMark = (ch: string | undefined) => ch !== undefined && ch !== '' && QUOTE_MARKS.includes(ch);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got', 'gotten']);
const IRREGULAR_PARTICIPLES = new Set([
  'said', 'told', 'known', 'seen', 'written', 'shown', 'given', 'taken', 'thought', 'found', 'made', 'held',
  'heard', 'understood', 'sent', 'led', 'meant', 'felt', 'put', 'kept', 'left', 'brought', 'taught', 'sought',
  'done', 'drawn', 'spoken', 'chosen', 'sworn', 'hidden', 'forgotten', 'broken', 'overridden', 'read', 'set',
]);
const isParticiple = (w: string) => IRREGULAR_PARTICIPLES.has(w) || (w.length > 3 && w.endsWith('ed'));

/** The construction of one gold attribution in `text`. */
export function constructionOf(text: string, gold: GoldAttribution): Construction {
  const [cueStart, cueEnd] = gold.cue;
  const cue = text.slice(cueStart, cueEnd);
  const words = cueWords(cue);
  if (words.length === 0) return 'colon';
  if (isTitleCaseLine(lineAround(text, cueStart))) return 'headline';
  if (words[0] === 'according' && words[1] === 'to') return 'according-to';
  const head = words.findIndex((w) => !isSkipped(w));
  if (head >= 0 && (PREPOSITIONS.has(words[head]!) || DETERMINERS.has(words[head]!))) return 'noun-cue';
  if (isPassive(words)) return 'passive';
  if (head >= 0 && words[head]!.endsWith('ing') && words[head]!.length > 4 && !words.slice(0, head).some((w) => BE.has(w) || w === "'s" || w === "'re")) {
    return 'participle';
  }
  if (!gold.source) return 'no-source';
  const [sourceStart, sourceEnd] = gold.source;
  const sourceBefore = sourceEnd <= cueStart;
  const sourceAfter = sourceStart >= cueEnd;
  const content = gold.content ?? [];
  if (content.length === 0 && (sourceBefore || sourceAfter)) return sourceBefore ? 'source-before-cue' : 'source-after-cue';
  const before = content.filter(([, end]) => end <= cueStart);
  const after = content.filter(([start]) => start >= cueEnd);
  if ((!sourceBefore && !sourceAfter) || before.length + after.length < content.length) return 'other';
  if (before.length > 0 && after.length > 0) return 'content-around';
  const quoted = isQuotation(text, [...content].sort((a, b) => a[0] - b[0])[0]!);
  if (before.length > 0) {
    if (sourceBefore) return quoted ? 'quote-before' : 'paraphrase-before';
    return quoted ? 'quote-before-inverted' : 'paraphrase-before-inverted';
  }
  if (sourceAfter) return 'inverted-content-after';
  return quoted ? 'quote-after' : 'paraphrase-after';
}

/** A form of "be" or "get" followed by a participle, adverbs between: "was first reported by", "is seen as". */
function isPassive(words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    if (!BE.has(words[i]!)) continue;
    let j = i + 1;
    while (j < words.length && isSkipped(words[j]!) && !BE.has(words[j]!)) j++;
    if (j < words.length && isParticiple(words[j]!)) return true;
  }
  return false;
}

/** A piece of content that opens with a quotation mark, inside or just before it. */
function isQuotation(text: string, [start, end]: Range): boolean {
  let i = start;
  while (i < end && /\s/.test(text[i]!)) i++;
  if (i < end && isQuoteMark(text[i])) return true;
  let j = start - 1;
  while (j >= 0 && text[j] === ' ') j--;
  return isQuoteMark(text[j]);
}

function lineAround(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? text.length : end);
}

/** A headline: most of its longer words capitalised ("Clinton Says Banks Must Lead"); not a transcript line. */
function isTitleCaseLine(line: string): boolean {
  if (isQuoteMark(line.trimStart()[0])) return false;
  const long = line.match(/\p{L}[\p{L}'’]{3,}/gu) ?? [];
  if (long.length < 3) return false;
  return long.filter((w) => w[0] !== w[0]!.toLowerCase()).length >= 0.8 * long.length;
}
