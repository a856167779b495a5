import type { Token } from '../tokens';
import { isNameWord } from '../sourceWords';
import type { TokenRange } from './detectSpans';
import type { WordClasses } from './wordClasses';

export type MentionKind = 'none' | 'he' | 'they' | 'it' | 'we' | 'i' | 'you' | 'relative' | 'name' | 'quantity' | 'phrase';

const PRONOUN_KINDS: Record<string, MentionKind> = {
  he: 'he', she: 'he', him: 'he', her: 'he', they: 'they', them: 'they', it: 'it', we: 'we', us: 'we', i: 'i', me: 'i',
  you: 'you', who: 'relative', whom: 'relative', which: 'relative', that: 'relative',
};

/** A source span read as a mention: what kind, its head word, the name in it, and its apposition. */
export interface SourceMention {
  kind: MentionKind;
  /** Token range of the whole span, and of its core before any comma or bracket. */
  range: TokenRange | null;
  coreEnd: number;
  /** The head word of the core (its last word before a preposition), or -1. */
  head: number;
  /** Lower-case last word of a name in the core; null without a name. */
  nameKey: string | null;
  /** The whole name, lower case: "hillary clinton". */
  fullName: string | null;
  nameStart: number;
}

const LISTED = ['title', 'spokes', 'expert', 'former', 'party', 'candidacy', 'institution', 'anonHead', 'document', 'quantifier', 'determiner', 'honorific'];

function listed(classes: WordClasses, word: string): boolean {
  return LISTED.some((list) => classes.has(word, list));
}

/** Whether the name starting at `start` runs to the end of the core (possibly through a possessive's owner). */
function endsCore(tokens: Token[], start: number, coreEnd: number): boolean {
  for (let k = start; k < coreEnd; k++) if (!isNameWord(tokens[k]!)) return false;
  return true;
}

function lastName(tokens: Token[], first: number, end: number, classes: WordClasses): { key: string | null; start: number } {
  let key: string | null = null;
  let start = -1;
  for (let k = end - 1; k >= first; k--) {
    const t = tokens[k]!;
    // "Mr. King", "Ms. Bishop": after an honorific a listed word is a surname.
    const afterHonorific = k > first && classes.has(tokens[k - 1]!.lower, 'honorific');
    if (isNameWord(t) && (!listed(classes, t.lower) || afterHonorific)) {
      if (key === null) key = t.lower;
      start = k;
    } else if (key !== null) break;
  }
  return { key, start };
}

export function readMention(tokens: Token[], range: TokenRange | null, classes: WordClasses): SourceMention {
  if (!range) return { kind: 'none', range: null, coreEnd: -1, head: -1, nameKey: null, fullName: null, nameStart: -1 };
  const [first, end] = range;
  let coreEnd = end;
  for (let k = first + 1; k < end; k++) {
    const t = tokens[k]!;
    // "a company spokesperson when contacted by Reuters": a clause after the mention is not part of it.
    if (t.text === ',' || t.text === '(' || t.text === '\u2014' || t.text === '\u2013' || (!t.cap && classes.has(t.lower, 'subordinator'))) {
      coreEnd = k;
      break;
    }
  }
  if (coreEnd - first === 1) {
    const kind = PRONOUN_KINDS[tokens[first]!.lower];
    if (kind) return { kind, range, coreEnd, head: first, nameKey: null, fullName: null, nameStart: -1 };
  }
  // The head ends the core or stands before its first preposition: "a spokeswoman for the campaign".
  let head = coreEnd - 1;
  for (let k = first + 1; k < coreEnd; k++) {
    if (!tokens[k]!.cap && classes.has(tokens[k]!.lower, 'preposition')) {
      head = k - 1;
      break;
    }
  }
  while (head > first && tokens[head]!.kind !== 'word') head--;
  // The name: the last run of capitalised words outside the lists, within the core.
  // "a spokeswoman for the hotel chain, Jane Roe": without a name in the core, the apposition's names the source.
  // "Prime Minister Haidar al-Abadi of neighboring Iraq": the name is the head's, not the place after it.
  let { key: nameKey, start: nameStart } = lastName(tokens, first, head + 1, classes);
  // "the Clinton campaign", "The Indiana governor": a name before the head only modifies it.
  if (nameKey !== null && nameStart >= 0 && !endsCore(tokens, nameStart, head + 1)) nameKey = null;
  // ", Jane Roe," and ", former adviser Jane Roe," name the person; ", a Republican from Ohio," only describes them.
  if (nameKey === null && coreEnd + 1 < end && tokens[coreEnd]!.text === ',') {
    let k = coreEnd + 1;
    while (k < end && k <= coreEnd + 4 && tokens[k]!.kind === 'word' && !tokens[k]!.cap && listed(classes, tokens[k]!.lower)) k++;
    if (k < end && isNameWord(tokens[k]!) && !listed(classes, tokens[k]!.lower)) {
      nameStart = k;
      while (k < end && isNameWord(tokens[k]!)) k++;
      nameKey = tokens[k - 1]!.lower;
    }
  }
  let quantity = false;
  for (let k = first; k < coreEnd; k++) {
    const t = tokens[k]!;
    if (/^[0-9]/.test(t.text) || t.text === '%' || t.lower === 'percent') quantity = true;
  }
  const kind: MentionKind = nameKey !== null ? 'name' : quantity ? 'quantity' : 'phrase';
  let fullName: string | null = null;
  if (nameKey !== null) {
    const parts: string[] = [];
    for (let k = nameStart; k < end && isNameWord(tokens[k]!) && (!listed(classes, tokens[k]!.lower) || (k > 0 && classes.has(tokens[k - 1]!.lower, 'honorific'))); k++) parts.push(tokens[k]!.lower);
    fullName = parts.join(' ');
  }
  return { kind, range, coreEnd, head, nameKey, fullName, nameStart };
}
