import type { Token } from './tokens';
import { APPOSITION_STARTS, DOCUMENT_PARTICIPLES, BETWEEN_SUBJECT_AND_VERB, DASHES, DETERMINERS, FUNCTION_WORDS, GROUP_PRONOUNS, INTRODUCERS, NAME_PARTICLES, NP_LINKS, PARTICIPLE_ADJECTIVES, PAST_AUXILIARIES, POSTMODIFIER_STARTS, STRONG_POSTMODIFIERS } from './lexicon/en/grammar';
import { ANONYMOUS_HEADS, DOCUMENT_HEADS, QUANTIFIERS } from './lexicon/en/sources';
import { isAdverb, isAdverbOrNegation, isLexiconNoun, allNameWords, hasRoleWord, isSourceHead, unnamedPerson, isNameWord, isPronoun } from './sourceWords';

/** Token ranges of a source mention and of the description that goes with it (apposition, relative clause). */
export interface SourcePhrase {
  first: number;
  end: number;
  descFirst: number;
  descEnd: number;
}

// Longest mention and description looked at: bounds every scan to a few dozen tokens.
const MAX_PHRASE = 12;
const MAX_DESCRIPTION = 24;

/** Skips adverbs, auxiliaries and time phrases leftwards from `k`; returns the first token that may end a subject. */
function skipBetweenSubjectAndVerb(tokens: Token[], k: number, floor: number): number {
  let steps = 0;
  if (k - 1 >= floor && tokens[k]!.lower === 'not' && PAST_AUXILIARIES.has(tokens[k - 1]!.lower)) k -= 2;
  while (k >= floor && steps < 6 && tokens[k]!.kind === 'word' && !tokens[k]!.cap && (BETWEEN_SUBJECT_AND_VERB.has(tokens[k]!.lower) || isAdverbOrNegation(tokens[k]!.lower))) {
    k--;
    steps++;
  }
  // "UAL last month said", "Mahlmann on Thursday said": capitalised weekdays are still time words.
  if (k >= floor + 1 && tokens[k]!.kind === 'word' && /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(tokens[k]!.lower) && tokens[k - 1]!.lower === 'on') k -= 2;
  return k;
}

/**
 * The subject that ends at token `k` (inclusive), scanning left no further than `floor`.
 * Accepts names, determiners, lexicon nouns and, when the head is a source noun, its plain modifiers
 * ("money market dealers"); links "of/for/at/and" only between accepted words.
 */
export function subjectEndingAt(tokens: Token[], k: number, floor: number): SourcePhrase | null {
  if (k < floor || tokens[k]!.kind !== 'word') return null;
  if (isPronoun(tokens[k]!)) return { first: k, end: k + 1, descFirst: k + 1, descEnd: k + 1 };
  const end = k + 1;
  // A clause word cannot end a subject: "Perry gave no figures ... but said".
  if (FUNCTION_WORDS.has(tokens[k]!.lower) && !tokens[k]!.cap) return null;
  // "people familiar with the matter", "analysts contacted by Reuters": jump back to the head noun.
  let head = k;
  for (let j = k, steps = 0; j > floor && steps < 10 && tokens[j]!.kind === 'word'; j--, steps++) {
    const trigger = tokens[j]!.lower;
    if (FUNCTION_WORDS.has(trigger) && !POSTMODIFIER_STARTS.has(trigger)) break;
    const before = tokens[j - 1]!;
    // Strong post-modifiers follow any source noun; plain prepositions only people and documents
    // ("one dealer at a German bank"), not institutions ("the board of the Washington Post Trump said").
    // "Those close to him say": a pronoun-like quantifier heads a strong post-modifier too.
    const fits = STRONG_POSTMODIFIERS.has(trigger) ? isSourceHead(before.lower) || GROUP_PRONOUNS.has(before.lower) : ANONYMOUS_HEADS.has(before.lower) || DOCUMENT_HEADS.has(before.lower);
    if (POSTMODIFIER_STARTS.has(trigger) && before.kind === 'word' && fits) {
      head = j - 1;
      break;
    }
  }
  if (!isSourceHead(tokens[head]!.lower) && !isNameWord(tokens[head]!) && !isLexiconNoun(tokens[head]!.lower) && !(tokens[head]!.possessive === false && QUANTIFIERS.has(tokens[head]!.lower)) && !GROUP_PRONOUNS.has(tokens[head]!.lower) && !unnamedPerson(tokens, head, floor)) return null;
  const headIsNoun = isSourceHead(tokens[head]!.lower) || isLexiconNoun(tokens[head]!.lower);
  let first = head;
  let plainModifiers = 0;
  for (let j = head - 1; j >= floor && head - j < MAX_PHRASE; j--) {
    const t = tokens[j]!;
    if (t.text === '>') {
      // A ticker inside the mention: "Guinness Plc <GUIN.L> director Thomas Ward".
      let o = j - 1;
      while (o >= floor && j - o < 8 && tokens[o]!.text !== '<') o--;
      if (o < floor || tokens[o]!.text !== '<') break;
      j = o;
      continue;
    }
    if (t.kind !== 'word') break;
    const lw = t.lower;
    if (DETERMINERS.has(lw)) {
      first = j;
      // "the letter of intent between the two companies": go on through a prepositional phrase.
      const link = j - 1 >= floor ? tokens[j - 1]! : null;
      if ((lw === 'a' || lw === 'an' || lw === 'the') && !(headIsNoun && link && link.kind === 'word' && NP_LINKS.has(link.lower) && link.lower !== 'and' && !link.cap)) break;
      continue;
    }
    // "the Commission on Presidential Debates": "on" inside a capitalised name.
    if (lw === 'on' && !t.cap && j - 1 >= floor && isNameWord(tokens[j - 1]!) && isNameWord(tokens[j + 1]!)) continue;
    if (NP_LINKS.has(lw) && !t.cap) {
      const before = tokens[j - 1]!;
      if (j - 1 >= floor && before.kind === 'word' && (isNameWord(before) || isLexiconNoun(before.lower) || (headIsNoun && !FUNCTION_WORDS.has(before.lower)))) continue;
      break;
    }
    if (FUNCTION_WORDS.has(lw)) break;
    // "Nearly eight of 10 voters": a leading adverb is not part of the mention.
    if (isAdverb(lw) && !isLexiconNoun(lw)) break;
    if (NAME_PARTICLES.has(lw) && j - 1 >= floor && (isNameWord(tokens[j - 1]!) || (j - 2 >= floor && NAME_PARTICLES.has(tokens[j - 1]!.lower) && isNameWord(tokens[j - 2]!)))) continue;
    // "Prime Minister Haidar al-Abadi of neighboring Iraq": one adjective inside a prepositional phrase.
    if (!headIsNoun && j === first - 1 && j - 2 >= floor && isNameWord(tokens[first]!) && NP_LINKS.has(tokens[j - 1]!.lower) && tokens[j - 1]!.lower !== 'and' && (isNameWord(tokens[j - 2]!) || isLexiconNoun(tokens[j - 2]!.lower))) continue;
    if (isNameWord(t) || isLexiconNoun(lw) || QUANTIFIERS.has(lw)) {
      first = j;
      continue;
    }
    // Plain lower-case modifiers ("civil defense officials") only before a known source noun.
    // Verb forms are not modifiers ("... included members of the government denied"), except settled
    // adjectives of sources ("retired generals", "unnamed officials").
    const verbLike = (lw.endsWith('ed') || lw.endsWith('ing')) && !PARTICIPLE_ADJECTIVES.has(lw);
    if (headIsNoun && plainModifiers < 3 && !lw.endsWith('ly') && !verbLike) {
      plainModifiers++;
      first = j;
      continue;
    }
    break;
  }
  // A link word left dangling at the start ("and analysts") is not part of the mention.
  while (first < head && NP_LINKS.has(tokens[first]!.lower) && !tokens[first]!.cap) first++;
  return { first, end: head + 1, descFirst: head + 1, descEnd: end };
}

/**
 * The source before a verb cue at `cue`: "X said", "X, who ..., said", "X (Y) said".
 * Returns null when the verb directly follows punctuation or a clause word: then the source, if any,
 * comes after the verb or belongs to the clause.
 */
export function sourceBefore(tokens: Token[], cue: number, floor: number): SourcePhrase | null {
  let k = cue - 1;
  // Slotkin, “noted ...”: the quotation opens on the cue; its source stands before the mark.
  if (k >= floor && tokens[k]!.kind === 'quote' && tokens[k]!.opening) k--;
  k = skipBetweenSubjectAndVerb(tokens, k, floor);
  // "A poll released Tuesday shows", "a study published in June found": the document before its participle.
  const participle = k - 1 >= floor && BETWEEN_SUBJECT_AND_VERB.has(tokens[k]!.lower) ? k - 1 : k;
  if (participle - 1 >= floor && DOCUMENT_PARTICIPLES.has(tokens[participle]!.lower) && DOCUMENT_HEADS.has(tokens[participle - 1]!.lower)) k = participle - 1;
  if (k < floor) return null;
  let descFirst = -1;
  let descEnd = -1;
  const t = tokens[k]!;
  if (t.kind !== 'word' && t.text === ',') {
    // "Elissa Slotkin, an acting assistant secretary, noted": find the comma opening the apposition.
    let j = k - 1;
    while (j >= floor && k - j <= MAX_DESCRIPTION) {
      const w = tokens[j]!;
      if (w.kind === 'word' || w.text === '.' || w.text === '-' || w.text === '(') j--;
      else if (w.text === ')' && (tokens[j + 1]!.text !== ',' || j + 1 === k)) {
        // "(Keidanren)" inside the apposition: step over the bracket.
        while (j >= floor && k - j <= MAX_DESCRIPTION && tokens[j]!.text !== '(') j--;
        j--;
      } else break;
    }
    if (j < floor || tokens[j]!.text !== ',' || j + 1 >= k) return null;
    const opener = tokens[j + 1]!;
    // "A lawyer for the outlets, David Schulz, said": the name is the mention, the role its description.
    if (allNameWords(tokens, j + 1, k)) {
      let role: SourcePhrase | null = subjectEndingAt(tokens, j - 1, floor);
      if (!role) {
        // An unknown head ("a lawyer for the two families"): the words back to the previous punctuation.
        let r = j - 1;
        while (r > floor && j - r < MAX_PHRASE && tokens[r - 1]!.kind === 'word') r--;
        role = { first: r, end: j, descFirst: j, descEnd: j };
      }
      return { first: j + 1, end: k, descFirst: role.first, descEnd: role.end };
    }
    const isAge = /^[0-9]+$/.test(opener.text);
    // "R-Ky." (party and state), "dedicating the museum on Saturday" (a participle clause).
    const isPartyState = /^[RDI]-[A-Z]/.test(opener.text);
    const isParticiple = !opener.cap && opener.lower.length > 4 && opener.lower.endsWith('ing');
    if (!isAge && !isPartyState && !isParticiple && !APPOSITION_STARTS.has(opener.lower) && !hasRoleWord(tokens, j + 1, Math.min(k, j + 5))) return null;
    descFirst = j + 1;
    descEnd = k;
    k = j - 1;
    // "Jane Doe, 34, a nurse, said": an age between the name and its apposition.
    if (k - 1 >= floor && /^[0-9]+$/.test(tokens[k]!.text) && tokens[k - 1]!.text === ',') k -= 2;
    // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said": skip the bracket before the comma.
    if (k >= floor && tokens[k]!.text === ')') {
      let o = k - 1;
      while (o >= floor && k - o <= MAX_DESCRIPTION && tokens[o]!.text !== '(') o--;
      if (o < floor || tokens[o]!.text !== '(') return null;
      k = o - 1;
    }
  } else if (t.kind !== 'word' && DASHES.has(t.text)) {
    // "The G-7 -- grouping the U.S., Japan ... -- said": skip the aside between dashes.
    let j = k - 1;
    while (j >= floor && DASHES.has(tokens[j]!.text)) j--;
    while (j >= floor && k - j <= MAX_DESCRIPTION * 2 && !DASHES.has(tokens[j]!.text)) j--;
    if (j < floor) return null;
    while (j >= floor && DASHES.has(tokens[j]!.text)) j--;
    k = j;
  } else if (t.kind !== 'word' && (t.text === ')' || t.text === '>')) {
    // "(Keidanren) said", "Credit Commercial de France <CCFP.PA> reported": skip the bracket.
    const opener = t.text === ')' ? '(' : '<';
    let j = k - 1;
    while (j >= floor && k - j <= MAX_DESCRIPTION && tokens[j]!.text !== opener) j--;
    if (j < floor || tokens[j]!.text !== opener) return null;
    k = j - 1;
  } else if (t.kind === 'word' && (t.lower === 'who' || t.lower === 'which') && k - 1 >= floor) {
    // "analysts, who said ...", "the ministry which said ...": the relative pronoun stands for the noun before.
    k = tokens[k - 1]!.text === ',' ? k - 2 : k - 1;
  }
  const phrase = subjectEndingAt(tokens, k, floor);
  if (!phrase) return null;
  if (descFirst >= 0) {
    phrase.descFirst = descFirst;
    phrase.descEnd = descEnd;
  }
  return phrase;
}

/**
 * The source after a cue: "said Kremlin spokesman Dmitry Peskov", "according to people familiar with
 * the matter", "said Rei Shiratori, professor of political science at ...".
 */
export function sourceAfter(tokens: Token[], from: number, limit: number): SourcePhrase | null {
  let k = from;
  let lastHead = -1;
  while (k < limit && k - from < MAX_PHRASE) {
    const t = tokens[k]!;
    if (t.kind !== 'word') break;
    const lw = t.lower;
    if (DETERMINERS.has(lw) || QUANTIFIERS.has(lw) || isNameWord(t) || isLexiconNoun(lw) || lw === 'the') {
      if (isNameWord(t) || isLexiconNoun(lw)) lastHead = k;
      else if (isPronoun(t)) return k === from ? { first: k, end: k + 1, descFirst: k + 1, descEnd: k + 1 } : null;
      k++;
      continue;
    }
    if ((NP_LINKS.has(lw) || lw === 'by') && lastHead >= 0 && k + 1 < limit && tokens[k + 1]!.kind === 'word') {
      k++;
      continue;
    }
    // Lower-case modifiers are kept only when a source noun follows closely: "said semiconductor analysts".
    let ahead = k;
    // "according to the nonpartisan Congressional Budget Office", "a new Washington Post-ABC News poll".
    while (ahead < limit && ahead - k < 6 && tokens[ahead]!.kind === 'word' && !isSourceHead(tokens[ahead]!.lower) && !FUNCTION_WORDS.has(tokens[ahead]!.lower)) ahead++;
    if (ahead < limit && ahead - k < 6 && tokens[ahead]!.kind === 'word' && isSourceHead(tokens[ahead]!.lower)) {
      lastHead = ahead;
      k = ahead + 1;
      continue;
    }
    if (lastHead >= 0 && POSTMODIFIER_STARTS.has(lw)) {
      // "people familiar with the matter": the post-modifier is description, up to the next punctuation.
      let j = k;
      while (j < limit && j - k < MAX_DESCRIPTION && tokens[j]!.kind === 'word') j++;
      return { first: from, end: lastHead + 1, descFirst: k, descEnd: j };
    }
    break;
  }
  if (lastHead < 0) return null;
  const end = lastHead + 1;
  // Apposition after a comma: "said Rei Shiratori, professor of political science at Dokkyo University."
  let descFirst = end;
  let descEnd = end;
  let j = end;
  // Only a description that names a role is an apposition; otherwise the comma ends the source
  // ("according to a report by the auditor, the program lost $4 million").
  if (j < limit && tokens[j]!.text === ',' && j + 1 < limit && tokens[j + 1]!.kind === 'word' && hasRoleWord(tokens, j + 1, Math.min(limit, j + 6))) {
    j++;
    descFirst = j;
    while (j < limit && j - descFirst < MAX_DESCRIPTION && (tokens[j]!.kind === 'word' || tokens[j]!.text === '&' || tokens[j]!.text === '-')) j++;
    descEnd = j;
  } else if (j < limit && tokens[j]!.kind === 'word' && NP_LINKS.has(tokens[j]!.lower)) {
    descFirst = j;
    while (j < limit && j - descFirst < MAX_DESCRIPTION && tokens[j]!.kind === 'word') j++;
    descEnd = j;
  }
  return { first: from, end, descFirst, descEnd };
}

/** The subject at the start of the cue's sentence: "He did not deny ... but said", "The Pentagon said ... and suggested". */
export function subjectAtStart(tokens: Token[], s: { first: number }, limit: number): SourcePhrase | null {
  let j = s.first;
  // "In a speech earlier in the day, Trump attacked ...": the subject follows an introductory phrase.
  if (tokens[j]!.kind === 'word' && INTRODUCERS.has(tokens[j]!.lower)) {
    let c = j + 1;
    while (c < limit && c - j < 15 && tokens[c]!.text !== ',') c++;
    if (c < limit && tokens[c]!.text === ',') j = c + 1;
  }
  while (j < limit && (tokens[j]!.kind !== 'word' || (!isNameWord(tokens[j]!) && !isPronoun(tokens[j]!) && !DETERMINERS.has(tokens[j]!.lower) && !isLexiconNoun(tokens[j]!.lower)))) {
    j++;
    if (j - s.first > 6) return null;
  }
  let k = j;
  while (k + 1 < limit && tokens[k + 1]!.kind === 'word' && !isPronoun(tokens[k]!) && (isNameWord(tokens[k + 1]!) || isLexiconNoun(tokens[k + 1]!.lower) || DETERMINERS.has(tokens[k + 1]!.lower) || tokens[k + 1]!.lower === 'of')) k++;
  while (k > j && tokens[k]!.lower === 'of') k--;
  if (k >= limit) return null;
  return subjectEndingAt(tokens, k, j);
}
