import type { Attribution } from './types';
import type { Token } from './tokens';
import type { Sentence } from './sentences';
import type { ChunkStructure } from './lexicon/types';
import { chunkStructure } from './chunks';
import { cueVerb, type CueVerb } from './cueLexicon';
import { sourceAfter, sourceBefore, subjectAtStart, subjectEndingAt, type SourcePhrase } from './sourcePhrase';
import { isNameWord, isPronoun } from './sourceWords';
import { classifySource, type ClassifiedSource } from './classifySource';
import type { EntityMemory } from './entityMemory';
import { agreesWithBaseForm, cueMayStartHere, endsClause, skipAdverbs } from './cueFilters';
import { claimSpan } from './claimSpan';
import { rememberMentions } from './mentions';
import { signedQuotation } from './signedQuotation';
import { ASSESSMENT_PARTICIPLES, AUDIENCES, FORECAST_VERBS, FORECASTING, ISSUING_VERBS, SPEECH_NOUNS, STATEMENT_DETERMINERS, STATEMENT_NOUNS } from './lexicon/en/cues';
import { ASSESSMENT_ONLY, BE, CONTRACTED_SUBJECTS, COORDINATORS, HAVE, NEGATIVE_SUBJECTS, PARTICIPLE_LEADS } from './lexicon/en/grammar';


/**
 * The rule-based detector: an attribution wherever a reporting verb from the lexicon has a source phrase
 * built from the lexicons' words, with the category those words give. Precise on wire copy; the learned
 * taggers read its output as features and keep what it finds.
 */
export function detectByRules(
  text: string, tokens: Token[], memory: EntityMemory,
  { sentences, quotations, owner }: ChunkStructure = chunkStructure(tokens),
): Attribution[] {
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
      const claim = claimSpan(tokens, s, left, right, quotations, owner, !phrase);
      out.push({
        category: source.category,
        cue,
        source: phrase ? spanOf(text, tokens, phrase.first, sourceLast + 1) : null,
        claim,
        // An unstated source ("... and suggested") is the clause's speaker: say who.
        resolvedSource: phrase ? source.resolved : (source.resolved ?? source.entity.mention),
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
    const signed = signedQuotation(tokens, s, quotations, owner);
    if (signed) {
      const phrase = { first: signed.nameFirst, end: signed.nameEnd, descFirst: signed.nameEnd, descEnd: signed.nameEnd };
      const source = classifySource(tokens, phrase, memory);
      const { open, close } = signed.quotation;
      out.push({
        category: source?.category ?? 'named',
        cue: spanOf(text, tokens, signed.cueFirst, signed.cueEnd),
        source: spanOf(text, tokens, signed.nameFirst, signed.nameEnd),
        claim: spanOf(text, tokens, open + 1, close),
        resolvedSource: source?.resolved ?? null,
      });
    }
    rememberMentions(tokens, s, memory);
  }
  return out;
}

export function spanOf(text: string, tokens: Token[], first: number, end: number): { start: number; end: number; text: string } {
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

/** Who speaks in a passive assessment: people the text does not name. */
const UNSIGNED: ClassifiedSource = { category: 'anonymous', resolved: null, entity: { mention: '', category: 'anonymous', kind: 'group' } };

/**
 * The end of "issued a statement (saying)" starting at token i, or 0: a verb of issuing, an optional
 * determiner, a speech noun, and the participle that introduces what it says.
 */
function issuedStatement(tokens: Token[], s: Sentence, i: number): number {
  if (!ISSUING_VERBS.has(tokens[i]!.lower)) return 0;
  let k = i + 1;
  if (k < s.end && (tokens[k]!.lower === 'out' || tokens[k]!.lower === 'up')) k++;
  if (k < s.end && STATEMENT_DETERMINERS.has(tokens[k]!.lower)) k++;
  if (k >= s.end || !STATEMENT_NOUNS.has(tokens[k]!.lower)) return 0;
  k++;
  const participle = k < s.end && tokens[k]!.lower.endsWith('ing') && cueVerb(tokens[k]!.lower)?.cls === 'speech';
  return participle ? k + 1 : k;
}

/** The end of "is expected to" / "is widely seen as" at token i (the auxiliary), or 0; a timetable is no assessment. */
function passiveAssessment(tokens: Token[], s: Sentence, i: number): number {
  if (!BE.has(tokens[i]!.lower)) return 0;
  let k = i + 1;
  if (k < s.end && tokens[k]!.lower.endsWith('ly') && tokens[k]!.lower.length > 4) k++;
  if (k >= s.end || !ASSESSMENT_PARTICIPLES.has(tokens[k]!.lower)) return 0;
  const link = k + 1 < s.end ? tokens[k + 1]!.lower : '';
  if (link !== 'to' && link !== 'as' && link !== 'that') return 0;
  // "is expected to rise" forecasts; "is expected to arrive at noon" or "to ask for aid" is a timetable or a plan.
  if (link === 'to' && FORECASTING.has(tokens[k]!.lower) && !(k + 2 < s.end && FORECAST_VERBS.has(tokens[k + 2]!.lower))) return 0;
  if (k + 1 < s.end && tokens[k + 1]!.lower === 'by') return 0;
  return k + 1;
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
  // "The company issued a statement saying ...", "Acme released a statement denying ...".
  const issued = issuedStatement(tokens, s, i);
  if (issued > 0) {
    const phrase = sourceBefore(tokens, i, s.first);
    return withSource(tokens, phrase, memory, i, issued);
  }
  // "The merger is expected to face scrutiny", "she is widely seen as the favourite": an assessment nobody signs.
  const assessed = passiveAssessment(tokens, s, i);
  if (assessed > 0) return { pronoun: false, cueFirst: i, cueEnd: assessed, phrase: null, source: UNSIGNED };
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
