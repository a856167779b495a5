import type { Token } from './tokens';
import type { Sentence } from './sentences';
import type { SourcePhrase } from './sourcePhrase';
import { isLexiconNoun, isPronoun } from './sourceWords';
import { type CueVerb } from './cueLexicon';
import { EXPRESSED_STANCES } from './lexicon/en/cues';
import { ADVERBS, AUXILIARIES_AFTER_NOUN, BASE_FORMS, BE, CONTRACTED_SUBJECTS, DETERMINERS, FUTURE_MODALS, NOUN_FOLLOWERS, NOUN_VERB_S, PARTY_AND_NATION_ADJECTIVES, PLURAL_WITHOUT_S } from './lexicon/en/grammar';
import { QUANTIFIERS } from './lexicon/en/sources';

/*
 * Grammar checks that tell a reporting verb from the same word used otherwise: as a noun ("Republican
 * claims"), an adjective ("an estimated 500"), an infinitive ("declined to comment"), a plan ("will
 * announce"), an order ("told her to leave") or a perception ("saw the car").
 */


/**
 * A bare base form ("claim", "tweet", "report") after a singular subject is a noun ("Republican claims"
 * aside, "a New York Times report") or follows a modal of intent ("will announce"): neither reports speech.
 */
export function agreesWithBaseForm(tokens: Token[], i: number, form: string, cv: CueVerb, phrase: SourcePhrase): boolean {
  const aux = skipAdverbs(tokens, i - 1, phrase.end);
  const before = aux >= phrase.end ? tokens[aux]! : null;
  if (before && !before.cap && FUTURE_MODALS.has(before.lower)) return false;
  // "would assert his rights" is hypothetical; "would only say" reports a reply.
  if (before && before.lower === 'would' && !(aux < i - 1 && tokens[aux + 1]!.lower === 'only')) return false;
  // "most Republican claims", "Democratic estimates": a noun after an adjective of party or nation.
  const last = tokens[phrase.end - 1]!;
  if (NOUN_VERB_S.has(form) && last.cap && (PARTY_AND_NATION_ADJECTIVES.has(last.lower) || QUANTIFIERS.has(tokens[phrase.first]!.lower))) return false;
  // "Pagliano's Fifth Amendment claims": a possessive before an -s form makes it a noun.
  if (NOUN_VERB_S.has(form)) for (let k = phrase.first; k < phrase.end; k++) if (tokens[k]!.possessive) return false;
  // "put" and "forecast" are their own past tense: "He put sales at 720 mln".
  if (!BASE_FORMS.has(form) || form !== cv.lemma || form === 'put' || form === 'forecast') return true;
  if (before && (before.lower === 'did' || before.lower === 'do' || before.lower === 'does' || before.lower === 'would' || before.lower === 'to' || before.lower.endsWith("n't"))) return true;
  const head = tokens[phrase.end - 1]!;
  if (PLURAL_WITHOUT_S.has(head.lower)) return true;
  // "Mexicans often say", "Democrats argue": capitalised plurals of peoples and parties.
  if (head.cap && /(?:ans|ats|ists|ers|ics)$/.test(head.lower)) return true;
  for (let k = phrase.first; k < phrase.end; k++) if (tokens[k]!.lower === 'and' || tokens[k]!.text === '&') return true;
  return head.lower.endsWith('s') && !head.lower.endsWith('ss') && (!head.cap || isLexiconNoun(head.lower));
}

/** The first token left of `k` that is not an adverb ("was first reported", "is now saying"). */
export function skipAdverbs(tokens: Token[], k: number, floor: number): number {
  let steps = 0;
  while (k >= floor && steps < 3 && tokens[k]!.kind === 'word' && (ADVERBS.has(tokens[k]!.lower) || (tokens[k]!.lower.length > 4 && tokens[k]!.lower.endsWith('ly')))) {
    k--;
    steps++;
  }
  return k;
}

/** Rejects uses of a cue word that are not reporting: nouns, adjectives, infinitives, passives, quoted speech. */
export function cueMayStartHere(tokens: Token[], s: Sentence, i: number, owner: Int32Array, cv: CueVerb): boolean {
  const t = tokens[i]!;
  const prev = i - 1 >= s.first ? tokens[i - 1]! : null;
  const next = i + 1 < s.end ? tokens[i + 1]! : null;
  // "the United States", "Says Who": a capitalised cue word inside a sentence belongs to a name or title.
  if (tokens[i]!.cap && prev && prev.kind === 'word') return false;
  if (owner[i]! >= 0) {
    // Inside a quotation only when the quotation opens with the cue after its source: Slotkin, “noted ...”.
    if (!(prev && prev.kind === 'quote' && prev.opening && i - 2 >= s.first && tokens[i - 2]!.kind !== 'quote')) return false;
  }
  if (prev && prev.kind === 'word') {
    if (prev.lower === 'to' || DETERMINERS.has(prev.lower) && !isPronoun(prev) && prev.lower !== 'one' && prev.lower !== 'another' && prev.lower !== 'some' && prev.lower !== 'many' && prev.lower !== 'most' && prev.lower !== 'several' && prev.lower !== 'both' && prev.lower !== 'all' && prev.lower !== 'few' && prev.lower !== 'others' && !/^(two|three|four|five|six|seven|eight|nine|ten)$/.test(prev.lower)) return false;
    // After "is/was": a progressive ("is saying") or a passive with its agent ("was reported by the Post")
    // reports speech; a bare passive ("it is generally agreed") has no source.
    const aux = skipAdverbs(tokens, i - 1, s.first);
    const be = (aux >= s.first && BE.has(tokens[aux]!.lower)) || (prev.lower.endsWith('ly') && i - 2 >= s.first && BE.has(tokens[i - 2]!.lower));
    if (be && !cv.participle && !(next && next.lower === 'by')) return false;
    if (prev.possessive && !CONTRACTED_SUBJECTS.has(prev.lower)) return false;
  }
  if (next && next.kind === 'word' && NOUN_FOLLOWERS.has(next.lower) && cv.lemma !== 'say') return false;
  if (cv.lemma === 'agree' && next && next.lower === 'to') return false;
  // "dealers saw the dollar remaining firm", "saw support at 1.82" assess; "officers saw Scott get out" perceive.
  if (cv.lemma === 'see' && !assessesAfterSee(tokens, i, s.end)) return false;
  // "told her to leave" is an order; "reported from Midway Atoll" a dateline.
  if ((cv.lemma === 'tell' || cv.lemma === 'ask') && tellsToDo(tokens, i, s.end)) return false;
  // "people accused of rape": a passive participle after its noun.
  if (next && next.lower === 'of' && (cv.lemma === 'accuse' || cv.lemma === 'suspect')) return false;
  // "Health worries have dogged her": the cue word is a noun subject when an auxiliary follows.
  if (next && next.kind === 'word' && NOUN_VERB_S.has(t.lower) && AUXILIARIES_AFTER_NOUN.has(next.lower)) return false;
  if (cv.lemma === 'report' && next && next.lower === 'from') return false;
  // "member states", "the United States": "states" reports only what follows it ("the filing states that").
  if ((t.lower === 'states' || t.lower === 'state') && !(next && (next.lower === 'that' || next.kind === 'quote' || next.text === ':'))) return false;
  if (cv.lemma === 'express' && !(next && EXPRESSED_STANCES.has(next.lower))) return false;
  if (cv.cls === 'belief' && next && next.lower === 'to' && cv.lemma !== 'expect') return false;
  return true;
}

export function endsClause(tokens: Token[], k: number, end: number): boolean {
  if (k >= end) return true;
  const t = tokens[k]!;
  return t.kind !== 'word' || t.lower === 'who' || t.lower === 'on' || t.lower === 'in' || t.lower === 'at' || t.lower === 'during' || t.lower === 'after';
}

function assessesAfterSee(tokens: Token[], i: number, end: number): boolean {
  for (let k = i + 1; k < end && k <= i + 8; k++) {
    const w = tokens[k]!;
    if (w.kind !== 'word') return false;
    if (w.lower === 'as' || w.lower === 'at' || (w.lower.length > 4 && w.lower.endsWith('ing'))) return true;
  }
  return false;
}

function tellsToDo(tokens: Token[], i: number, end: number): boolean {
  for (let k = i + 1; k < end && k <= i + 4; k++) {
    const t = tokens[k]!;
    if (t.lower === 'to') return k > i + 1;
    if (t.kind !== 'word' || t.lower === 'that') return false;
  }
  return false;
}
