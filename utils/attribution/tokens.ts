/**
 * Splits text into word, punctuation and quote tokens with UTF-16 offsets, in one pass over the
 * characters (no regex over the whole text, so no backtracking and linear time on any input).
 */

export type TokenKind = 'word' | 'punct' | 'quote';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased text without a trailing period or possessive ending, the key into every lexicon. */
  lower: string;
  kind: TokenKind;
  /** Starts with an upper-case letter: the only cue for proper names in plain text. */
  cap: boolean;
  /** Ends in a possessive ("Chase Bank's", "Elders'"): the name after it belongs to that organisation. */
  possessive: boolean;
  /** First token after a line break: paragraphs end sentences and decide whether quotes run on. */
  paragraphStart: boolean;
  /** For quote marks: opens a quotation (curly opening mark, or a straight one after a space). */
  opening: boolean;
}

const NON_ASCII_WORD = /[\p{L}\p{M}\p{N}]/u;
// Characters that stay inside a word when a word character follows: "U.S", "O'Neill", "co-operate", "AT&T".
function isJoiner(c: number): boolean {
  return c === 46 || c === 39 || c === 45 || c === 38 || c === 0x2019 || c === 0x2010 || c === 0x2011;
}
// Abbreviations whose period belongs to the word, so that "Mr." or "Inc." does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'st', 'jr', 'sr', 'prof',
  'rev', 'adm', 'maj', 'vol', 'inc', 'corp', 'co', 'ltd', 'jan', 'feb', 'aug', 'sept', 'sep', 'oct',
  'nov', 'dec', 'vs', 'etc', 'cmdr', 'supt', 'atty', 'pres', 'amb',
]);
// "al-Abadi", "bin-Salman": a lower-case particle glued to a capitalised name is still a name.
const PARTICLE_NAME = /^(?:al|el|bin|ibn|abu|ben|da|de|di|van|von)[-\u2010\u2011][A-Z]/;
const QUOTE_CHARS = new Set(['"', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb']);

function isWordCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xd800 && c <= 0xdfff) return true; // astral letters and symbols: keep surrogate pairs together
  return NON_ASCII_WORD.test(text[i]!);
}

function hasUpperOrNonAscii(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c >= 128) return true;
  }
  return false;
}

function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}

function isSpaceCode(c: number): boolean {
  return c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0xfeff;
}

function isUpper(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/**
 * Tokens from `from` (where an earlier chunk ended), stopping at the first place at least `minChars`
 * on where the text can be cut without changing any result. Either a paragraph start, when the
 * paragraph before does not end in a quote mark and the next one opens with a word; or, inside a
 * paragraph, a sentence start (a capital or digit after a full stop) outside quotations.
 * Nothing looks across such a cut (a quotation ends with its paragraph unless the next one opens with
 * a quote mark; a claim looks one token past its sentence only for a quote mark), so chunks can be
 * detected one after the other, and their token arrays die young instead of one for the whole text.
 */
export function tokenizeChunk(text: string, from: number, minChars: number): { tokens: Token[]; end: number } {
  const tokens: Token[] = [];
  const n = text.length;
  const cutFrom = from + minChars;
  let i = from;
  let newline = startsParagraph(text, from);
  // Whether a quotation may be open, as findQuotations pairs them: the last quote mark was an opening
  // one and no paragraph began since. (A quotation it closes for length counts as open: no cut there.)
  let quoteOpen = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      if (c === 10 || c === 13 || c === 0x2029) newline = true;
      i++;
      continue;
    }
    if (i >= cutFrom && tokens.length > 0) {
      const before = tokens[tokens.length - 1]!;
      const atParagraph = newline && before.kind !== 'quote' && isWordCode(text, i);
      const atSentence = !newline && !quoteOpen && before.kind === 'punct' && (before.text === '.' || before.text === '!' || before.text === '?') &&
        ((c >= 65 && c <= 90) || (c >= 48 && c <= 57));
      if (atParagraph || atSentence) return { tokens, end: i };
    }
    let end = i + 1;
    let kind: TokenKind = 'punct';
    let possessive = false;
    if (isWordCode(text, i)) {
      kind = 'word';
      while (end < n) {
        if (isWordCode(text, end)) end++;
        else if (end + 1 < n && isJoiner(text.charCodeAt(end)) && isWordCode(text, end + 1)) end += 2;
        else break;
      }
      const ch = text.charCodeAt(end);
      const last = text.charCodeAt(end - 1);
      if ((ch === 39 || ch === 0x2019) && (last === 115 || last === 83) && !(end + 1 < n && isWordCode(text, end + 1))) {
        end++;
        possessive = true;
      } else if (ch === 46) {
        const word = text.slice(i, end);
        const isInitial = end - i === 1 && isUpper(word);
        // "No. 3" is a number sign; "said no." ends a sentence.
        const numberSign = word === 'No' && end + 2 < n && text.charCodeAt(end + 1) === 32 && text.charCodeAt(end + 2) >= 48 && text.charCodeAt(end + 2) <= 57;
        if (isInitial || numberSign || word.includes('.') || ABBREVIATIONS.has(word.toLowerCase())) end++;
      }
    } else if (QUOTE_CHARS.has(text[i]!)) {
      kind = 'quote';
    }
    const raw = text.slice(i, end);
    let lower = raw;
    if (kind === 'word') {
      // Most words are lower-case already: lower-casing them would only allocate a copy.
      if (hasUpperOrNonAscii(text, i, end)) lower = raw.toLowerCase();
      let length = lower.length;
      if (lower.charCodeAt(length - 1) === 46) length--;
      const apostrophe = lower.charCodeAt(length - 2);
      if (lower.charCodeAt(length - 1) === 115 && (apostrophe === 39 || apostrophe === 0x2019)) {
        length -= 2;
        possessive = true;
      } else if (possessive) length--;
      if (length !== lower.length) lower = lower.slice(0, length);
    }
    const opening = kind === 'quote' && isOpeningQuote(text, i);
    tokens.push({ start: i, end, text: raw, lower, kind, cap: kind === 'word' && (isUpper(raw[0]!) || (raw.length > 3 && (isHyphen(raw.charCodeAt(2)) || isHyphen(raw.charCodeAt(3))) && PARTICLE_NAME.test(raw))), possessive, paragraphStart: newline, opening });
    if (kind === 'quote') quoteOpen = opening;
    else if (newline) quoteOpen = false;
    newline = false;
    i = end;
  }
  return { tokens, end: n };
}

/** Whether a token at `from` opens a paragraph: the text starts there or a line break precedes it. */
function startsParagraph(text: string, from: number): boolean {
  for (let k = from - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13 || c === 0x2029) return true;
    if (!isSpaceCode(c)) return false;
  }
  return true;
}

function isOpeningQuote(text: string, i: number): boolean {
  const ch = text[i]!;
  if (ch === '\u201c' || ch === '\u201e' || ch === '\u00ab') return true;
  if (ch !== '"') return false;
  // A straight mark followed by a space closes ("... outreach,' \" he told"), whatever precedes it.
  if (i + 1 >= text.length || isSpaceCode(text.charCodeAt(i + 1))) return false;
  if (i === 0) return true;
  const before = text.charCodeAt(i - 1);
  return isSpaceCode(before) || before === 40 || before === 91 || before === 0x2014 || before === 45;
}
