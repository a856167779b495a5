import type { Token } from './tokens';
import type { Sentence } from './sentences';
import type { EntityMemory } from './entityMemory';
import { classifySource } from './classifySource';
import { subjectAtStart, subjectEndingAt } from './sourcePhrase';
import { isLexiconNoun, isNameWord } from './sourceWords';
import { NAME_PARTICLES } from './lexicon/en/grammar';
import { EXPERT_TITLES, OFFICIAL_TITLES, SPOKES_HEADS } from './lexicon/en/sources';

const MAX_DESCRIPTION = 16;
// One lookup per token: this runs over every word of the article.
const ROLE_WORDS = new Set([...OFFICIAL_TITLES, ...EXPERT_TITLES, ...SPOKES_HEADS]);

/**
 * Records the people a sentence introduces even when they do not speak in it ("Analysts noted that
 * IBM chairman John F. Akers was upbeat", "Aart de Zeeuw, chairman of ..., met"), so that a later
 * "Akers said" or "he said" resolves to them.
 */
export function rememberMentions(tokens: Token[], s: Sentence, memory: EntityMemory): void {
  // The subject opening a sentence ("The ministry of transport published ...") is what a later "it" means.
  const subject = subjectAtStart(tokens, s, s.end);
  // Only common-noun subjects: a bare name there ("Hold Melania Trump ...") says nothing about its role.
  if (subject && subject.end - subject.first > 1 && isLexiconNoun(tokens[subject.end - 1]!.lower)) classifySource(tokens, subject, memory);
  for (let i = s.first; i < s.end; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const role = ROLE_WORDS.has(t.lower);
    if (role) {
      // "Agriculture Secretary Richard Lyng", "a Chrysler spokeswoman".
      let j = i + 1;
      while (j < s.end && j - i <= 4 && isNameWord(tokens[j]!) && !isLexiconNoun(tokens[j]!.lower)) j++;
      if (j > i + 1 || SPOKES_HEADS.has(t.lower)) {
        const phrase = subjectEndingAt(tokens, j - 1, s.first);
        if (phrase) classifySource(tokens, phrase, memory);
        i = j - 1;
      }
      continue;
    }
    // "Elissa Slotkin, an acting assistant secretary of defense, ...": a full name and its apposition.
    if (isNameWord(t) && !isLexiconNoun(t.lower) && (i === s.first || !isNameWord(tokens[i - 1]!))) {
      let j = i + 1;
      while (j < s.end && j - i <= 5 && (isNameWord(tokens[j]!) || (NAME_PARTICLES.has(tokens[j]!.lower) && j + 1 < s.end && isNameWord(tokens[j + 1]!))) && !isLexiconNoun(tokens[j]!.lower)) j++;
      if (j - i >= 2 && j < s.end && tokens[j]!.text === ',') {
        let d = j + 1;
        let hasRole = false;
        while (d < s.end && d - j <= MAX_DESCRIPTION && tokens[d]!.kind === 'word') {
          if (ROLE_WORDS.has(tokens[d]!.lower)) hasRole = true;
          d++;
        }
        if (hasRole) classifySource(tokens, { first: i, end: j, descFirst: j + 1, descEnd: d }, memory);
      }
      i = j - 1;
    }
  }
}
