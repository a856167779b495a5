/**
 * Splits text into sentences the same way for the seed's gold text and for the page, so a sentence is known by its
 * text on both sides. Deliberately simple and independent of the engine's own splitter: it only has to agree with
 * itself. A boundary is white space after . ! or ? (and any closing quote) before a capital or an opening quote,
 * except after initials such as "U.S.".
 */
export interface SentenceRange {
  start: number;
  end: number;
  /** The sentence with white space collapsed: the key both sides compare by. */
  key: string;
}

const BOUNDARY = /(?<=[.!?][”"’)]?)\s+(?=[“"‘A-Z])/g;
const INITIALS = /(?:^|[\s(])(?:[A-Z]\.)+[”"’)]?$/;

export function splitSentences(text: string): SentenceRange[] {
  const out: SentenceRange[] = [];
  let start = 0;
  const push = (end: number) => {
    const key = text.slice(start, end).replace(/\s+/g, ' ').trim();
    if (key) out.push({ start, end, key });
  };
  for (const line of text.matchAll(/[^\n]*(?:\n|$)/g)) {
    const lineEnd = line.index + line[0].length;
    for (const gap of line[0].matchAll(BOUNDARY)) {
      const end = line.index + gap.index;
      if (INITIALS.test(text.slice(Math.max(start, end - 12), end))) continue;
      push(end);
      start = end + gap[0].length;
    }
    if (line[0].endsWith('\n')) {
      push(lineEnd);
      start = lineEnd;
    }
    if (!line[0]) break;
  }
  push(text.length);
  return out;
}

export function sentenceAt(sentences: SentenceRange[], offset: number): SentenceRange | undefined {
  return sentences.find((s) => offset >= s.start && offset < s.end);
}
