import type { Token } from '../tokens';
import { isNameWord } from '../sourceWords';
import { NAME_PARTICLES } from '../lexicon/en/grammar';
import { QuoteState, SentenceFlag, type TokenView } from './tokenView';
import type { WordClasses } from './wordClasses';
import { priorOf, type NamePriors, type PriorLevels } from './namePriors';

/** What the article says about an entity where it names it, counted per kind of evidence. */
export const EVIDENCE = [
  'title', 'formerTitle', 'spokes', 'expert', 'former', 'party', 'candidacy', 'institution', 'academia', 'anonHead', 'document',
  'outlet', 'org', 'honorific', 'age', 'partyTag', 'campaign', 'acronym', 'firstName',
] as const;
export type EvidenceKind = (typeof EVIDENCE)[number];
const LIST_EVIDENCE = ['title', 'spokes', 'expert', 'former', 'party', 'candidacy', 'institution', 'academia', 'anonHead', 'document', 'outlet'] as const;

export type Gender = 'female' | 'male' | null;

export interface Entity {
  /** Lower-case full name without titles: "hillary clinton". */
  key: string;
  /** The name as first written in full. */
  name: string;
  evidence: Record<EvidenceKind, number>;
  gender: Gender;
  mentions: number;
  /** Named as the source of an attribution somewhere. */
  speaks: boolean;
  /** What the training articles said of this name, if they named it often. */
  prior: PriorLevels | null;
  /** Hashes of the words around its mentions: "rally", "campaign" and "voters" tell a candidate, "film" a director. */
  context: Set<number>;
}

/** Words either side of a mention that count as its context, and how many distinct ones an entity keeps. */
const CONTEXT_REACH = 4;
const MAX_CONTEXT = 48;

interface Mention {
  at: number;
  entity: Entity;
  /** Opens its sentence or speaks: what a later "he said" most often means. */
  subject: boolean;
}

/** How far back (in characters) a subject or speaker is preferred over a nearer mention in passing. */
const SUBJECT_REACH = 600;

const MAX_APPOSITION = 10;
const MAX_COUNT = 3;
const PARTY_TAG = /^[RDI](?:-[A-Z][A-Za-z.]*)?$/;
/** Words that open an apposition: ", a professor at ...", ", the party's chairman", ", who ...". */
const APPOSITION_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'who', 'now', 'then', 'also']);

/**
 * "the family's attorneys", "a lawyer for the Sierra Club": a lawyer with a client speaks for that client, as a
 * spokesperson does (the guide's "attorneys speaking for a client"). With `possessors`, "his attorney" too: the
 * categoriser's border reads them, the evidence the decisions are fitted on does not (model/guideCategories.ts).
 */
export function speaksForClient(tokens: Token[], k: number, first: number, end: number, classes: WordClasses, possessors?: ReadonlySet<string>): boolean {
  if (k > first && (tokens[k - 1]!.possessive || !!possessors?.has(tokens[k - 1]!.lower))) return true;
  return k + 2 < end && classes.has(tokens[k + 1]!.lower, 'preposition') && !tokens[k + 1]!.cap && (tokens[k + 2]!.cap || classes.has(tokens[k + 2]!.lower, 'determiner'));
}

/** Counts the lists a stretch of words belongs to; a title after "former" counts as a former title. */
export function noteRoles(tokens: Token[], first: number, end: number, classes: WordClasses, evidence: Record<EvidenceKind, number>): void {
  let former = false;
  const formerBit = classes.bit('former');
  const honorificBit = classes.bit('honorific');
  const counselBit = classes.bit('counsel');
  const givenName = classes.bit('female') | classes.bit('male') | honorificBit;
  for (let k = first; k < end; k++) {
    const mask = classes.maskOf(tokens[k]!.lower);
    if (!mask) continue;
    if (mask & formerBit) former = true;
    if (mask & counselBit && speaksForClient(tokens, k, first, end, classes)) evidence.spokes++;
    // An outlet is a proper name ("the economist" is a person), and after a given name or an honorific its
    // word is a surname ("Mary Hill").
    const notOutlet = !tokens[k]!.cap || (k > first && (classes.maskOf(tokens[k - 1]!.lower) & givenName) !== 0);
    for (const list of LIST_EVIDENCE) {
      if (!(mask & classes.bit(list)) || (notOutlet && list === 'outlet')) continue;
      evidence[list === 'title' && former ? 'formerTitle' : list]++;
    }
    if (mask & honorificBit) evidence.honorific++;
  }
}

/** The evidence of the name being read: reused, since most names only add to an entity already known. */
const SCRATCH = {} as Record<EvidenceKind, number>;

export function emptyEvidence(): Record<EvidenceKind, number> {
  return Object.fromEntries(EVIDENCE.map((kind) => [kind, 0])) as Record<EvidenceKind, number>;
}

function isAcronym(t: Token): boolean {
  return t.text.length >= 2 && t.text.length <= 6 && /^[A-Z][A-Z&.]*[A-Z]\.?$/.test(t.text);
}

/**
 * The people, organisations and outlets an article names, with what it says about each where it names
 * it: the titles before a name, its apposition (", a professor at ..."), party tags ("(R-Texas)"), an age,
 * a campaign. Later mentions by surname or pronoun find the entity, so its category rests on all of it.
 */
export class EntityIndex {
  private readonly byKey = new Map<string, Entity>();
  /** The entity a lone surname or first word means: the last one named with it. */
  private readonly byPart = new Map<string, Entity>();
  /** Mentions of people in text order, outside quotations: what "he" and "she" can refer back to. */
  private readonly people: Mention[] = [];

  /** The lists whose words describe a name rather than belong to it. */
  private readonly listedMask: number;

  constructor(
    private readonly classes: WordClasses,
    private readonly priors: NamePriors,
  ) {
    this.listedMask = [...LIST_EVIDENCE, 'honorific', 'roleModifier'].reduce((mask, list) => mask | classes.bit(list), 0);
  }

  /** Every entity the article named, for building priors from training articles. */
  all(): IterableIterator<Entity> {
    return this.byKey.values();
  }

  /** The entity a name or a part of one ("clinton") stands for. */
  entity(part: string): Entity | undefined {
    return this.byPart.get(part) ?? this.byKey.get(part);
  }

  /** The last person named before a character offset whose gender does not contradict `gender`. */
  personBefore(at: number, gender: Gender): Entity | null {
    let nearest: Entity | null = null;
    for (let k = this.people.length - 1; k >= 0; k--) {
      const m = this.people[k]!;
      if (m.at >= at) continue;
      if (gender && m.entity.gender && m.entity.gender !== gender) continue;
      if (m.subject) return m.entity;
      nearest ??= m.entity;
      if (at - m.at > SUBJECT_REACH) break;
    }
    return nearest;
  }

  /** A name is a person's when nothing marks it as an organisation, outlet or place. */
  isPerson(e: Entity): boolean {
    const ev = e.evidence;
    if (ev.org || ev.outlet || ev.acronym || ev.institution > ev.title + ev.spokes + ev.expert) return false;
    if (ev.title + ev.formerTitle + ev.spokes + ev.expert + ev.honorific + ev.age + ev.partyTag + ev.former + ev.candidacy + ev.firstName > 0 || e.gender !== null) return true;
    // "Russians", "Fact-checkers", "Significantly": a lone plural or adverb that speaks is a group or an opener.
    return e.speaks && (e.key.includes(' ') || !/(?:s|ly|ese)$/.test(e.key));
  }

  /**
   * Records every name in a chunk with its evidence. Headlines are skipped: every word there is capitalised.
   * `speaker` marks the tokens of sources: a name that speaks is a person or an organisation, not a place.
   */
  observe(view: TokenView, speaker: Uint8Array): void {
    const { tokens, n } = view;
    for (let i = 0; i < n; i++) {
      // "The", "This": a capitalised determiner opens a sentence, not a name.
      if (!isNameWord(tokens[i]!) || this.inList(view, i, 'determiner') || view.sentenceFlags[view.sentenceOf[i]!]! & SentenceFlag.TitleCase) continue;
      let end = i + 1;
      while (end < n && view.sentenceOf[end] === view.sentenceOf[i] && (isNameWord(tokens[end]!) || (NAME_PARTICLES.has(tokens[end]!.lower) && end + 1 < n && isNameWord(tokens[end + 1]!)))) {
        const before = tokens[end - 1]!;
        // "Clinton's", "The Washington Post Trump ...": a possessive or an outlet's last word ends a name.
        if (before.possessive || (end - 1 > i && this.inList(view, end - 1, 'outlet') && !this.inList(view, end, 'outlet'))) break;
        end++;
      }
      this.observeRun(view, i, end, speaker);
      i = end - 1;
    }
  }

  private listed(view: TokenView, k: number): boolean {
    return (view.lists[k]! & this.listedMask) !== 0;
  }

  private inList(view: TokenView, k: number, list: string): boolean {
    return (view.lists[k]! & this.classes.bit(list)) !== 0;
  }

  private observeRun(view: TokenView, first: number, end: number, speaker: Uint8Array): void {
    const { tokens } = view;
    // "Florida Gov. Rick Scott": the name is what follows the run's last listed word; "Mr. King": after an
    // honorific a listed word is a surname.
    let nameFirst = first;
    for (let k = first; k < end; k++) {
      const afterHonorific = k > first && this.inList(view, k - 1, 'honorific');
      if (this.listed(view, k) && !afterHonorific && !this.inList(view, k, 'outlet')) nameFirst = k + 1;
    }
    if (nameFirst >= end) return;
    const speaks = speaker[nameFirst] === 1;
    const evidence = SCRATCH;
    for (const kind of EVIDENCE) evidence[kind] = 0;
    // "Republican presidential nominee Donald Trump": the titles and modifiers right before the name;
    // "Secretary of State John Kerry": "of" inside a title.
    let prefix = first;
    const inTitle = (k: number) => this.listed(view, k) || tokens[k]!.cap || (tokens[k]!.lower === 'of' && k > 0 && this.listed(view, k - 1));
    while (prefix > 0 && first - prefix < 5 && view.sentenceOf[prefix - 1] === view.sentenceOf[first] && tokens[prefix - 1]!.kind === 'word' && inTitle(prefix - 1)) prefix--;
    noteRoles(tokens, prefix, nameFirst, this.classes, evidence);
    const last = tokens[end - 1]!;
    const single = end - nameFirst === 1;
    const honorific = nameFirst > 0 && this.inList(view, nameFirst - 1, 'honorific') ? tokens[nameFirst - 1]!.lower : '';
    const female = this.inList(view, nameFirst, 'female');
    const male = this.inList(view, nameFirst, 'male');
    let org = false;
    let outlet = false;
    for (let k = nameFirst; k < end; k++) {
      if (this.inList(view, k, 'orgWord') || this.inList(view, k, 'institution')) org = true;
      if (this.inList(view, k, 'outlet')) outlet = true;
    }
    if (org) evidence.org++;
    if (single && isAcronym(last)) evidence.acronym++;
    let k = end;
    if (k + 2 < view.n && tokens[k]!.text === '(' && PARTY_TAG.test(tokens[k + 1]!.text)) {
      // "(D-Ill.)": the abbreviation's full stop may stand apart.
      const close = tokens[k + 2]!.text === '.' ? k + 3 : k + 2;
      if (close < view.n && tokens[close]!.text === ')') {
        evidence.partyTag++;
        k = close + 1;
      }
    }
    if (k < view.n && (tokens[k]!.lower === 'campaign' || (last.possessive && this.inList(view, k, 'candidacy')))) evidence.campaign++;
    if (k + 1 < view.n && tokens[k]!.text === ',' && view.quote[k + 1] !== QuoteState.Opening) {
      const opener = tokens[k + 1]!;
      if (/^[0-9]{1,3}$/.test(opener.text) && k + 2 < view.n && tokens[k + 2]!.kind !== 'word') evidence.age++;
      else if (APPOSITION_OPENERS.has(opener.lower) || this.listed(view, k + 1)) {
        let j = k + 1;
        while (j < view.n && j <= k + MAX_APPOSITION && tokens[j]!.kind === 'word') j++;
        noteRoles(tokens, k + 1, j, this.classes, evidence);
      }
    }
    const gender: Gender = honorific === 'mr' ? 'male' : honorific === 'mrs' || honorific === 'ms' || honorific === 'miss' ? 'female' : female ? 'female' : male ? 'male' : null;
    const sentenceStart = view.sentences[view.sentenceOf[first]!]!.first;
    const opensSentence = prefix === sentenceStart || (prefix === sentenceStart + 1 && this.inList(view, sentenceStart, 'determiner'));
    if (single && (female || male)) evidence.firstName++;
    // A lone surname ("Clinton", "Mrs. Clinton") is the last entity named with it: Bill and Hillary stay apart.
    let key = last.lower;
    for (let j = end - 2; j >= nameFirst; j--) key = `${tokens[j]!.lower} ${key}`;
    let entity = single && !evidence.firstName ? this.byPart.get(key) ?? this.byKey.get(key) : this.byKey.get(key);
    // "The witness Mary Hill ... said Hill": a first name, an honorific or a personal title makes a person of a
    // name that ends like an outlet, here and in its later mentions.
    if (outlet && !(female || male) && !honorific && !entity?.gender && !evidence.title && !evidence.anonHead && !evidence.expert) evidence.outlet++;
    if (!entity) {
      // "Ida Kim's view": the name without its possessive ending.
      let name = last.possessive ? last.text.replace(/['\u2019]s?$/, '') : last.text;
      for (let j = end - 2; j >= nameFirst; j--) name = `${tokens[j]!.text} ${name}`;
      entity = { key, name, evidence: { ...evidence }, gender, mentions: 0, speaks, prior: priorOf(this.priors, key), context: new Set() };
      this.byKey.set(key, entity);
    } else {
      for (const kind of EVIDENCE) entity.evidence[kind] = Math.min(entity.evidence[kind] + evidence[kind], MAX_COUNT);
      entity.gender ??= gender;
      entity.speaks ||= speaks;
    }
    entity.mentions++;
    const sentence = view.sentenceOf[first];
    for (let j = Math.max(0, prefix - CONTEXT_REACH); j < Math.min(view.n, end + CONTEXT_REACH) && entity.context.size < MAX_CONTEXT; j++) {
      if (j >= nameFirst && j < end) continue;
      if (view.sentenceOf[j] === sentence && tokens[j]!.kind === 'word' && tokens[j]!.lower.length > 2) entity.context.add(view.lower[j]!);
    }
    this.byPart.set(last.lower, entity);
    if (!single) this.byPart.set(key, entity);
    const afterPreposition = first > 0 && this.inList(view, first - 1, 'preposition') && !evidence.honorific && !evidence.title && !evidence.spokes && !evidence.expert;
    // A lone first name ("Donald", "Melanie") is a person, but rarely the one a pronoun means when a full name was given.
    const loneFirstName = single && evidence.firstName > 0 && this.byKey.size > 1;
    const subject = speaks || opensSentence;
    if (view.quote[nameFirst] !== QuoteState.Inside && !afterPreposition && !loneFirstName && this.isPerson(entity)) this.people.push({ at: tokens[nameFirst]!.start, entity, subject });
  }
}
