import type { Attribution } from './types';
import { tokenize, type Token } from './tokens';
import { splitSentences, type Sentence } from './sentences';
import { findQuotations } from './quotes';
import { AUDIENCES, EXPRESSED_STANCES, SPEECH_NOUNS, cueVerb, type CueVerb } from './cueLexicon';
import { DETERMINERS, isLexiconNoun, isNameWord, isPronoun, sourceAfter, sourceBefore, subjectAtStart, subjectEndingAt, type SourcePhrase } from './sourcePhrase';
import { classifySource, type ClassifiedSource } from './classifySource';
import { EntityMemory } from './entityMemory';
import { QUANTIFIERS } from './sourceLexicons';
import { claimSpan } from './claimSpan';
import { rememberMentions } from './mentions';

export type { Attribution, Category } from './types';

// "He's claiming", "it's saying": a contracted "is", not a possessive.
const CONTRACTED_SUBJECTS = new Set(['he', 'she', 'it', 'that', 'there', 'who', 'what']);
// Base forms whose reporting use needs a plural subject or an auxiliary: "critics say", "did not deny".
const BASE_FORMS = new Set(['say', 'tell', 'add', 'note', 'warn', 'deny', 'confirm', 'describe', 'suggest', 'insist', 'estimate', 'announce', 'argue', 'claim', 'acknowledge', 'testify', 'tweet', 'report', 'predict', 'explain', 'stress', 'assert', 'contend', 'disclose', 'reveal', 'indicate', 'forecast', 'reiterate', 'reaffirm', 'concede', 'admit', 'complain', 'caution', 'reply', 'write', 'allege', 'comment', 'cite', 'believe', 'fear', 'expect', 'think', 'see', 'put', 'doubt', 'worry', 'feel', 'show', 'find', 'conclude', 'reckon']);
// "will announce", "could assert": a statement not made yet is a plan or a possibility.
const FUTURE_MODALS = new Set(['will', 'could', 'might', 'may', 'should', 'must', 'can', 'shall', "'ll", 'going']);
// Words after which a participle continues its clause's subject: "after saying", "by saying".
const PARTICIPLE_LEADS = new Set(['after', 'before', 'by', 'while', 'when', 'also', 'and', 'but']);
const PLURAL_WITHOUT_S = new Set(['they', 'we', 'i', 'you', 'people', 'staff', 'police', 'personnel', 'media', 'public', 'clergy', 'military', 'leadership', 'majority', 'minority', 'percent', 'children', 'men', 'women', 'some', 'many', 'others', 'those', 'most', 'several', 'few', 'all', 'both']);
const NOUN_VERB_S = new Set(['claims', 'reports', 'estimates', 'comments', 'forecasts', 'tweets', 'notes', 'remarks', 'warnings', 'states', 'worries', 'fears', 'doubts']);
const AUXILIARIES_AFTER_NOUN = new Set(['have', 'has', 'had', 'are', 'were', 'is', 'was', 'will', 'would', 'could', 'can']);
const PARTY_AND_NATION_ADJECTIVES = new Set(['republican', 'democratic', 'democrat', 'conservative', 'liberal', 'labour', 'progressive', 'socialist',
  'american', 'british', 'chinese', 'russian', 'french', 'german', 'israeli', 'iranian', 'iraqi', 'syrian', 'turkish', 'japanese', 'korean',
  'mexican', 'canadian', 'european', 'indian', 'pakistani', 'afghan', 'saudi', 'egyptian', 'ukrainian', 'italian', 'spanish', 'palestinian',
  'western', 'soviet', 'federal', 'official', 'government', 'media', 'press', 'news']);
const NEGATIVE_SUBJECTS = new Set(['no', 'none', 'nobody', 'neither', 'nor', 'nothing']);
const HAVE = new Set(['has', 'have', 'had']);
const ADVERBS = new Set(['first', 'also', 'later', 'earlier', 'now', 'still', 'widely', 'originally', 'initially', 'previously', 'again', 'already', 'since', 'not']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "isn't", "aren't", "wasn't", "weren't", 'isn\u2019t', 'aren\u2019t', 'wasn\u2019t', 'weren\u2019t']);
const COORDINATORS = new Set(['and', 'but', 'or', 'then', 'yet']);
const NOUN_FOLLOWERS = new Set(['said', 'says', 'say', 'show', 'shows', 'showed', 'found', 'indicate', 'indicated', 'suggest', 'suggested']);
// "see", "put", "feel" express an assessment only for people who assess: analysts, dealers, experts.
const ASSESSMENT_ONLY = new Set(['see', 'put', 'feel']);

/**
 * Finds every attribution in a plain text: who (source) communicated what (claim) through which
 * words (cue), with the category of the source per ATTRIBUTION-GUIDE.md. Sorted by cue start;
 * offsets are UTF-16 code units into `text`. Never throws on any string, in linear time.
 */
export function findAttributions(text: string): Attribution[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const tokens = tokenize(text);
  const sentences = splitSentences(tokens);
  const { quotations, owner } = findQuotations(tokens);
  const memory = new EntityMemory();
  const out: Attribution[] = [];
  for (const s of sentences) {
    if (isHeadline(tokens, s)) continue;
    let lastInSentence: { phrase: SourcePhrase | null; source: ClassifiedSource } | null = null;
    for (let i = s.first; i < s.end; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word') continue;
      const found = detectAt(tokens, s, i, owner, memory, lastInSentence);
      if (!found) continue;
      const { cueFirst, cueEnd, phrase, source } = found;
      lastInSentence = { phrase, source };
      const left = phrase ? Math.min(phrase.first, phrase.descFirst, cueFirst) : cueFirst;
      const right = phrase ? Math.max(phrase.end, phrase.descEnd, cueEnd) : cueEnd;
      // A post-modifier right after the head belongs to the mention: "people familiar with the matter".
      const sourceLast = phrase ? (phrase.descFirst === phrase.end && phrase.descEnd > phrase.end ? phrase.descEnd : phrase.end) - 1 : 0;
      const cueStart = tokens[cueFirst]!.start;
      const cueStop = tokens[cueEnd - 1]!.end;
      const cue = { start: cueStart, end: cueStop, text: text.slice(cueStart, cueStop) };
      const claim = claimSpan(tokens, s, left, right, quotations, owner);
      out.push({
        category: source.category,
        cue,
        source: phrase ? spanOf(text, tokens, phrase.first, sourceLast + 1) : null,
        claim,
        resolvedSource: source.resolved,
      });
      // "Chase Bank's Steinhaeuser and other Frankfurt dealers said": a named person and an anonymous group.
      const first = phrase ? firstConjunct(tokens, phrase) : null;
      if (first) {
        const other = classifySource(tokens, first, memory);
        if (other && !other.guessed && other.category !== source.category) {
          out.push({ category: other.category, cue, source: spanOf(text, tokens, first.first, first.end), claim, resolvedSource: other.resolved });
        }
      }
      i = Math.max(i, cueEnd - 1);
    }
    rememberMentions(tokens, s, memory);
  }
  return out;
}

function spanOf(text: string, tokens: Token[], first: number, end: number): { start: number; end: number; text: string } {
  const start = tokens[first]!.start;
  const stop = tokens[end - 1]!.end;
  return { start, end: stop, text: text.slice(start, stop) };
}

/** The part of a coordinated subject before its "and", when that part holds a name ("Chase Bank's Steinhaeuser"). */
function firstConjunct(tokens: Token[], phrase: SourcePhrase): SourcePhrase | null {
  for (let k = phrase.first + 1; k < phrase.end - 1; k++) {
    if (tokens[k]!.lower !== 'and' || tokens[k]!.cap) continue;
    // "the World Travel and Tourism Council" is one name: split only before a common noun group.
    if (!isNameWord(tokens[k - 1]!) || isNameWord(tokens[k + 1]!)) return null;
    return { first: phrase.first, end: k, descFirst: k, descEnd: k };
  }
  return null;
}

/** Title-case lines ("Japan Business Leaders Say G-7 Accord Is Worrying") are headlines, not reported speech. */
function isHeadline(tokens: Token[], s: Sentence): boolean {
  // Title case capitalises every content word; a lower-case long word ("The New York Times reports:") is prose.
  // Headlines carry no closing punctuation: "Probably not, Ms. Moore said." is prose.
  const last = tokens[s.end - 1]!;
  if (last.kind !== 'word' && last.text !== ')') return false;
  let words = 0;
  let caps = 0;
  for (let i = s.first; i < s.end; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    words++;
    const c = t.text.charCodeAt(0);
    if (c >= 97 && c <= 122) {
      if (t.text.length >= 5) return false;
    } else caps++;
  }
  return words >= 4 && caps >= words * 0.6;
}

interface Detection {
  /** The source is a pronoun: too weak to turn a perception verb into an assessment. */
  pronoun: boolean;
  cueFirst: number;
  cueEnd: number;
  phrase: SourcePhrase | null;
  source: ClassifiedSource;
}

function detectAt(
  tokens: Token[], s: Sentence, i: number, owner: Int32Array, memory: EntityMemory,
  lastInSentence: { phrase: SourcePhrase | null; source: ClassifiedSource } | null,
): Detection | null {
  const t = tokens[i]!;
  const next = i + 1 < s.end ? tokens[i + 1]! : null;
  // "according to X"
  if (t.lower === 'according' && next && next.lower === 'to') {
    const phrase = sourceAfter(tokens, i + 2, s.end);
    return withSource(tokens, phrase, memory, i, i + 2);
  }
  // "comments by X", "a statement from X"
  if (SPEECH_NOUNS.has(t.lower) && next && (next.lower === 'by' || next.lower === 'from')) {
    const phrase = sourceAfter(tokens, i + 2, s.end);
    return withSource(tokens, phrase, memory, i, i + 1);
  }
  // "Smith's view is that ...": the possessor is the source.
  if (t.lower === 'view' && next && next.lower === 'is' && i - 1 >= s.first && tokens[i - 1]!.possessive) {
    const phrase = subjectEndingAt(tokens, i - 1, s.first);
    return withSource(tokens, phrase, memory, i, i + 2);
  }
  const cv = cueVerb(t.lower);
  if (!cv) return null;
  if (!cueMayStartHere(tokens, s, i, owner, cv)) return null;
  let cueEnd = i + 1;
  if (cv.lemma === 'tell' && next && next.kind === 'word' && AUDIENCES.has(next.lower)) cueEnd = i + 2;
  let phrase: SourcePhrase | null = null;
  const prev = i - 1 >= s.first ? tokens[i - 1]! : null;
  const auxiliary = skipAdverbs(tokens, i - 1, s.first);
  if (auxiliary >= s.first && BE.has(tokens[auxiliary]!.lower) && next && next.lower === 'by' && !cv.participle) {
    // Passive with its agent: "was first reported by The Washington Post".
    return gate(cv, withSource(tokens, sourceAfter(tokens, i + 2, s.end), memory, i, i + 2));
  }
  const progressive = cv.participle && !!prev && (BE.has(prev.lower) || CONTRACTED_SUBJECTS.has(prev.lower) && prev.possessive);
  if (cv.participle && !progressive) {
    // "..., adding that ...", "after saying ...": the subject is the clause's speaker. Elsewhere a
    // participle is a noun or modifier ("Additional reporting by", "worth noting", "for accusing him").
    if (!prev || !(prev.text === ',' || PARTICIPLE_LEADS.has(prev.lower))) return null;
    if (lastInSentence) return { pronoun: false, cueFirst: i, cueEnd, phrase: null, source: lastInSentence.source };
    const subject = subjectAtStart(tokens, s, i);
    return subject ? withSource(tokens, subject, memory, i, cueEnd, true) : null;
  }
  phrase = sourceBefore(tokens, i, s.first);
  if (phrase && !agreesWithBaseForm(tokens, i, t.lower, cv, phrase)) return null;
  const leftDetection = phrase ? withSource(tokens, phrase, memory, i, cueEnd) : null;
  if (leftDetection) return gate(cv, leftDetection);
  // "..., the losses would outstrip the gains, said Batchelder": nothing speaks on the left, so the source follows.
  phrase = null;
  if (cv.invertible) {
    const before = i - 1 >= s.first ? tokens[i - 1]! : null;
    const opensQuote = !!before && before.kind === 'quote' && before.opening;
    if (!opensQuote && (!before || before.kind !== 'word' || owner[i - 1]! >= 0)) phrase = sourceAfter(tokens, i + 1, s.end);
    // An inverted source ends its clause: "..., said Pettee." but not "..., said no decision had been made".
    if (phrase && !endsClause(tokens, Math.max(phrase.end, phrase.descEnd), s.end)) phrase = null;
  }
  if (!phrase) {
    const b = skipAdverbs(tokens, i - 1, s.first);
    const before = b >= s.first ? tokens[b]! : null;
    if (before && (COORDINATORS.has(before.lower) || (HAVE.has(before.lower) && b - 1 >= s.first && COORDINATORS.has(tokens[b - 1]!.lower)))) {
      if (lastInSentence) return { pronoun: false, cueFirst: i, cueEnd, phrase: null, source: lastInSentence.source };
      const subject = subjectAtStart(tokens, s, i);
      if (subject) return gate(cv, withSource(tokens, subject, memory, i, cueEnd));
    }
    return null;
  }
  return gate(cv, withSource(tokens, phrase, memory, i, cueEnd));
}

/**
 * A bare base form ("claim", "tweet", "report") after a singular subject is a noun ("Republican claims"
 * aside, "a New York Times report") or follows a modal of intent ("will announce"): neither reports speech.
 */
function agreesWithBaseForm(tokens: Token[], i: number, form: string, cv: CueVerb, phrase: SourcePhrase): boolean {
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
function skipAdverbs(tokens: Token[], k: number, floor: number): number {
  let steps = 0;
  while (k >= floor && steps < 3 && tokens[k]!.kind === 'word' && (ADVERBS.has(tokens[k]!.lower) || (tokens[k]!.lower.length > 4 && tokens[k]!.lower.endsWith('ly')))) {
    k--;
    steps++;
  }
  return k;
}

/** Rejects uses of a cue word that are not reporting: nouns, adjectives, infinitives, passives, quoted speech. */
function cueMayStartHere(tokens: Token[], s: Sentence, i: number, owner: Int32Array, cv: CueVerb): boolean {
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

function endsClause(tokens: Token[], k: number, end: number): boolean {
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

function gate(cv: CueVerb, d: Detection | null): Detection | null {
  if (!d) return null;
  if (cv.cls === 'finding' && d.source.category !== 'document') return null;
  // A guessed source ("a tender expected next week") is too weak for anything but a speech verb.
  if (cv.cls !== 'speech' && d.source.guessed && d.source.category === 'anonymous') return null;
  // "She saw the car" is a perception; "dealers saw the dollar steady" an assessment by people who assess.
  if (ASSESSMENT_ONLY.has(cv.lemma) && ((d.source.category !== 'anonymous' && d.source.category !== 'named') || (d.pronoun && cv.lemma !== 'put'))) return null;
  return d;
}

function withSource(tokens: Token[], phrase: SourcePhrase | null, memory: EntityMemory, cueFirst: number, cueEnd: number, implicit = false): Detection | null {
  if (!phrase) return null;
  // "No group claimed responsibility", "nobody said": a denied source is no attribution.
  if (NEGATIVE_SUBJECTS.has(tokens[phrase.first]!.lower)) return null;
  const source = classifySource(tokens, phrase, memory);
  if (!source) return null;
  return { pronoun: phrase.end - phrase.first === 1 && isPronoun(tokens[phrase.first]!), cueFirst, cueEnd, phrase: implicit ? null : phrase, source };
}
