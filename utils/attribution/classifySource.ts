import type { Category } from './types';
import type { Token } from './tokens';
import type { SourcePhrase } from './sourcePhrase';
import { isNameWord, unnamedPerson } from './sourceWords';
import { EntityMemory, type Entity } from './entityMemory';
import { ANONYMITY, DETERMINERS, FIRM_STAFF_TITLES, FIRM_WORDS, GROUP_WORDS, NAME_PARTICLES, PLACE_OPENERS, PREPOSITIONS } from './lexicon/en/grammar';
import { ANONYMOUS_HEADS, DOCUMENT_HEADS, EXPERT_TITLES, INSTITUTION_HEADS, NEWS_AGENCY_WORDS, NEWS_OUTLETS, OFFICIAL_TITLES, ORG_NAME_WORDS, PERSON_PRONOUNS, PLURAL_PRONOUNS, QUANTIFIERS, SPOKES_HEADS, THING_PRONOUNS } from './lexicon/en/sources';

export interface ClassifiedSource {
  category: Category;
  /** The full mention a short one resolves to, or null when the mention is already the full one. */
  resolved: string | null;
  entity: Entity;
  /** Category assumed for a bare name never introduced ("Renault said"): too weak to add a second category. */
  guessed?: boolean;
}


/** The mention as written, with single spaces where the text had any whitespace. */
function words(tokens: Token[], first: number, end: number): string {
  let out = '';
  for (let i = first; i < end; i++) {
    if (i > first && tokens[i]!.start > tokens[i - 1]!.end) out += ' ';
    out += tokens[i]!.text;
  }
  return out;
}

function anyIn(tokens: Token[], first: number, end: number, lexicon: Set<string>): boolean {
  for (let i = first; i < end; i++) if (tokens[i]!.kind === 'word' && lexicon.has(tokens[i]!.lower)) return true;
  return false;
}

function isAcronym(t: Token): boolean {
  return t.text.length >= 2 && t.text.length <= 6 && t.text === t.text.toUpperCase() && /^[A-Z][A-Z.&-]*[A-Z]\.?$/.test(t.text);
}

/**
 * Decides the category of a source mention, resolving short mentions through the article's memory,
 * and records full mentions in it. Returns null when the phrase does not name anything that can speak
 * ("prices", "the stock"): such a cue is not an attribution.
 */
export function classifySource(tokens: Token[], p: SourcePhrase, memory: EntityMemory): ClassifiedSource | null {
  const mention = words(tokens, p.first, p.end);
  const first = tokens[p.first]!;
  // Pronouns: the category of what they stand for.
  if (p.end - p.first === 1) {
    const lw = first.lower;
    if (PERSON_PRONOUNS.has(lw)) return fromMemory(memory.person(), mention, 'named', 'person');
    // "they" may stand for an institution too ("The regulator said ... They said ...").
    if (PLURAL_PRONOUNS.has(lw)) return fromMemory(memory.group() ?? memory.thing(), mention, 'anonymous', 'group');
    if (THING_PRONOUNS.has(lw)) return fromMemory(memory.thing(), mention, 'official', 'institution');
    if (lw === 'one' || lw === 'another') return fromMemory(memory.group(), mention, 'anonymous', 'group');
  }
  const description = words(tokens, p.descFirst, p.descEnd);
  // A post-modifier continues the mention ("advisers to the governor"); an apposition follows a comma.
  const fullMention = !description ? mention : p.descFirst === p.end ? `${mention} ${description}` : `${mention}, ${description}`;
  const anonymityStated = anyIn(tokens, p.descFirst, p.descEnd, ANONYMITY);

  // "PaineWebber's Smith", "Chase Bank's Steinhaeuser": the person after the possessive is the mention.
  let coreFirst = p.first;
  for (let i = p.first; i < p.end - 1; i++) if (tokens[i]!.possessive && tokens[i + 1]!.cap) coreFirst = i + 1;
  // The core ends at the first preposition: "a spokeswoman for the ministry", "one of the sources".
  let coreEnd = p.end;
  for (let i = coreFirst + 1; i < p.end; i++) {
    if (!tokens[i]!.cap && PREPOSITIONS.has(tokens[i]!.lower)) {
      coreEnd = i;
      break;
    }
  }
  // "one of the sources", "some of the analysts": the group after "of" is the head.
  let quantified = false;
  if (coreEnd < p.end && tokens[coreEnd]!.lower === 'of' && onlyQuantifiers(tokens, coreFirst, coreEnd)) {
    quantified = true;
    coreFirst = coreEnd + 1;
    coreEnd = p.end;
    for (let i = coreFirst + 1; i < p.end; i++) if (!tokens[i]!.cap && PREPOSITIONS.has(tokens[i]!.lower)) { coreEnd = i; break; }
  }
  const head = tokens[coreEnd - 1]!;
  const headLower = head.lower;

  // Trailing capitalised words outside the lexicons form a name: "Pentagon spokesman Peter Cook".
  let nameFirst = coreEnd;
  while (nameFirst > coreFirst && isNameWord(tokens[nameFirst - 1]!) && !isCommonNoun(tokens[nameFirst - 1]!.lower)) nameFirst--;
  // Name particles inside a name: "Rene de la Serre", "Haidar al-Abadi".
  while (nameFirst > coreFirst + 1 && NAME_PARTICLES.has(tokens[nameFirst - 1]!.lower) && isNameWord(tokens[nameFirst - 2]!)) {
    nameFirst -= 2;
    while (nameFirst > coreFirst && isNameWord(tokens[nameFirst - 1]!) && !isCommonNoun(tokens[nameFirst - 1]!.lower)) nameFirst--;
  }
  const hasName = nameFirst < coreEnd;

  if (hasName) {
    const nameTokens = tokens.slice(nameFirst, coreEnd);
    const nameText = words(tokens, nameFirst, coreEnd);
    const lastName = nameTokens[nameTokens.length - 1]!;
    // "Chrysler and Renault", "Chrysler Corp and Regie Nationale des Usines Renault": several speakers at once.
    const beforeName = nameFirst > coreFirst ? tokens[nameFirst - 1]! : null;
    const coordinated = !!beforeName && (beforeName.lower === 'and' || beforeName.text === '&') && !anyIn(tokens, coreFirst, nameFirst, OFFICIAL_TITLES) && !anyIn(tokens, coreFirst, nameFirst, EXPERT_TITLES);
    // Wire copy tags companies with a ticker: "Credit Commercial de France <CCFP.PA> reported".
    const tickerAfter = p.end < tokens.length && tokens[p.end]!.text === '<';
    // "South Africa said", "New Zealand said": compass and place words open names of countries and cities.
    const placeName = nameTokens.length >= 2 && PLACE_OPENERS.has(nameTokens[0]!.lower) && nameFirst === coreFirst;
    const isOrg = coordinated || tickerAfter || placeName || nameTokens.some((t) => ORG_NAME_WORDS.has(t.lower)) || (nameTokens.length === 1 && isAcronym(lastName) && nameFirst === coreFirst);
    if (nameTokens.some((t) => NEWS_OUTLETS.has(t.lower)) && (NEWS_OUTLETS.has(lastName.lower) || nameTokens.length === 1)) {
      return remember(memory, { mention: fullMention, category: 'document', kind: 'document' }, null);
    }
    const titleFirst = coreFirst;
    const titleEnd = nameFirst;
    const hasTitleBefore = titleEnd > titleFirst;
    // "whale rescue group Project Jonah", "the ruling party Ennahda": a name after an institution noun is that institution.
    const namedInstitution = !!beforeName && INSTITUTION_HEADS.has(beforeName.lower) && !OFFICIAL_TITLES.has(beforeName.lower);
    if ((isOrg && (!hasTitleBefore || coordinated)) || namedInstitution) {
      return remember(memory, { mention: fullMention, category: 'official', kind: 'institution' }, null);
    }
    const descriptionFirst = p.descFirst;
    const descriptionEnd = p.descEnd;
    // The title next to the name decides: "RNC Research Director Raj Shah" is a director, not a researcher.
    const nearestTitle = lastRole(tokens, titleFirst, titleEnd);
    const expertBefore = !!nearestTitle && EXPERT_TITLES.has(nearestTitle) && !OFFICIAL_TITLES.has(nearestTitle);
    const officialBefore = !!nearestTitle && !expertBefore;
    const descHead = descriptionHead(tokens, descriptionFirst, descriptionEnd);
    let category: Category | null = null;
    if (anyIn(tokens, titleFirst, titleEnd, SPOKES_HEADS) || (descHead && SPOKES_HEADS.has(descHead))) category = 'official';
    else if (expertBefore) category = 'named';
    else if (officialBefore) category = 'official';
    else if ((descHead && EXPERT_TITLES.has(descHead)) || anyExpert(tokens, descriptionFirst, descriptionEnd)) category = 'named';
    else if (descHead && FIRM_STAFF_TITLES.has(descHead) && atAFirm(tokens, descriptionFirst, descriptionEnd)) category = 'named';
    else if (descHead && (OFFICIAL_TITLES.has(descHead) || FIRM_STAFF_TITLES.has(descHead))) category = 'official';
    const known = memory.surname(lastName.lower);
    if (category === null && known) {
      memory.noteSpeaker(known);
      return { category: known.category, resolved: known.mention === mention ? null : known.mention, entity: known };
    }
    // "Tunisians worry", "Americans say": a people named by its plural is a vague group.
    if (category === null && nameTokens.length === 1 && !known && p.end - p.first === 1 && lastName.lower.length >= 7 && /(?:ians|cans|eans|yans)$/.test(lastName.lower)) {
      return { ...rememberOrResolve(memory, lastName.lower, false, { mention: fullMention, category: 'anonymous', kind: 'group' }), guessed: true };
    }
    if (category === null) {
      // A bare single name never introduced: in news copy that is an office holder, a country or an organisation.
      category = nameTokens.length === 1 ? 'official' : 'named';
      if (nameTokens.length === 1 && !known) return { ...remember(memory, { mention: fullMention, category, kind: 'institution' }, null), guessed: true };
    }
    if (anonymityStated) category = 'anonymous';
    const entity: Entity = { mention: fullMention, category, kind: 'person' };
    memory.addPerson(entity, nameTokens.map((t) => t.text), null);
    return { category, resolved: null, entity };
  }

  // "Some say", "Those close to him say", "Many believe": a bare quantifier is a vague group.
  if (GROUP_WORDS.has(headLower) && onlyQuantifiers(tokens, coreFirst, coreEnd)) {
    return rememberOrResolve(memory, headLower, false, { mention: fullMention, category: 'anonymous', kind: 'group' });
  }
  const determiner = tokens[coreFirst]!.lower;
  const definite = determiner === 'the' || determiner === 'this' || determiner === 'these' || determiner === 'those';
  const shortRef = definite || quantified || QUANTIFIERS.has(determiner);
  if (SPOKES_HEADS.has(headLower)) {
    return rememberOrResolve(memory, headLower, shortRef, { mention: fullMention, category: 'official', kind: 'person' });
  }
  if (DOCUMENT_HEADS.has(headLower) || (headLower === 'agency' && anyIn(tokens, coreFirst, coreEnd, NEWS_AGENCY_WORDS))) {
    return remember(memory, { mention: fullMention, category: 'document', kind: 'document' }, headLower);
  }
  if (head.cap && NEWS_OUTLETS.has(headLower)) {
    return remember(memory, { mention: fullMention, category: 'document', kind: 'document' }, null);
  }
  if (ANONYMOUS_HEADS.has(headLower)) {
    const plural = headLower.endsWith('s') || headLower === 'people' || headLower === 'staff';
    return rememberOrResolve(memory, headLower, shortRef, { mention: fullMention, category: 'anonymous', kind: plural ? 'group' : 'person' });
  }
  if (OFFICIAL_TITLES.has(headLower)) {
    // "the minister" is an identifiable office holder; "an LDP candidate" stays hidden like "an official".
    const hidden = determiner === 'a' || determiner === 'an' || QUANTIFIERS.has(determiner);
    return rememberOrResolve(memory, headLower, definite, { mention: fullMention, category: hidden ? 'anonymous' : 'official', kind: 'person' });
  }
  if (INSTITUTION_HEADS.has(headLower) || anyIn(tokens, coreFirst, coreEnd, ORG_NAME_WORDS)) {
    const plural = headLower.endsWith('s') && !headLower.endsWith('ss');
    // "some environmental groups", "banks": an unspecified set of institutions is a vague group.
    if (plural && !definite && !head.cap && !/^(two|three|four|five|six|seven|eight|nine|ten|both|its|their)$/.test(determiner)) {
      return rememberOrResolve(memory, headLower, false, { mention: fullMention, category: 'anonymous', kind: 'group' });
    }
    return rememberOrResolve(memory, headLower, definite, { mention: fullMention, category: 'official', kind: plural ? 'group' : 'institution' });
  }
  if (unnamedPerson(tokens, coreEnd - 1, coreFirst)) {
    const plural = headLower.endsWith('s');
    return { ...rememberOrResolve(memory, headLower, definite, { mention: fullMention, category: 'anonymous', kind: plural ? 'group' : 'person' }), guessed: true };
  }
  return null;
}

/** "a vice president at Shearson Lehman Brothers", "director of research at Elders Futures Inc". */
function atAFirm(tokens: Token[], first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (tokens[i]!.lower === 'at' || FIRM_WORDS.has(tokens[i]!.lower)) return true;
  return false;
}

/** Professions named by their suffix: "epidemiologist", "statistician", "columnist". */
function isExpertWord(lower: string): boolean {
  return EXPERT_TITLES.has(lower) || (lower.length > 6 && /(?:ologists?|icians?|ists?)$/.test(lower) && !OFFICIAL_TITLES.has(lower));
}

function anyExpert(tokens: Token[], first: number, end: number): boolean {
  for (let i = first; i < end; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word' && (t.cap ? EXPERT_TITLES.has(t.lower) : isExpertWord(t.lower))) return true;
  }
  return false;
}

function lastRole(tokens: Token[], first: number, end: number): string | null {
  for (let i = end - 1; i >= first; i--) {
    const w = tokens[i]!.lower;
    if (OFFICIAL_TITLES.has(w) || EXPERT_TITLES.has(w) || SPOKES_HEADS.has(w)) return w;
  }
  return null;
}

function onlyQuantifiers(tokens: Token[], first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (!QUANTIFIERS.has(tokens[i]!.lower) && !DETERMINERS.has(tokens[i]!.lower)) return false;
  return end > first;
}

function isCommonNoun(lower: string): boolean {
  return ANONYMOUS_HEADS.has(lower) || SPOKES_HEADS.has(lower) || OFFICIAL_TITLES.has(lower) || EXPERT_TITLES.has(lower)
    || INSTITUTION_HEADS.has(lower) || DOCUMENT_HEADS.has(lower) || ORG_NAME_WORDS.has(lower) || DETERMINERS.has(lower);
}

/** The role word of an apposition: "an acting assistant U.S. secretary of defense" -> "secretary". */
function descriptionHead(tokens: Token[], first: number, end: number): string | null {
  let found: string | null = null;
  for (let i = first; i < end; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') break;
    if (!t.cap && PREPOSITIONS.has(t.lower) && found) break;
    // "a vice president at Shearson": a firm's staff title, not the office of president.
    if (t.lower === 'president' && i > first && tokens[i - 1]!.lower === 'vice') found = 'vice';
    else if (OFFICIAL_TITLES.has(t.lower) || EXPERT_TITLES.has(t.lower) || SPOKES_HEADS.has(t.lower) || FIRM_STAFF_TITLES.has(t.lower)) found = t.lower;
  }
  return found;
}

function fromMemory(entity: Entity | null, mention: string, fallback: Category, kind: Entity['kind']): ClassifiedSource {
  if (entity) return { category: entity.category, resolved: entity.mention, entity };
  return { category: fallback, resolved: null, entity: { mention, category: fallback, kind } };
}

function remember(memory: EntityMemory, entity: Entity, head: string | null): ClassifiedSource {
  if (entity.kind === 'group') memory.addGroup(entity, head);
  else if (entity.kind === 'person') memory.addPerson(entity, [], head);
  else memory.addThing(entity, head);
  return { category: entity.category, resolved: null, entity };
}

/** "the sources", "the spokeswoman", "one of the analysts": the entity met earlier with that head noun. */
function rememberOrResolve(memory: EntityMemory, head: string, shortRef: boolean, entity: Entity): ClassifiedSource {
  if (shortRef) {
    const known = memory.head(head);
    if (known) {
      memory.noteSpeaker(known);
      return { category: known.category, resolved: known.mention, entity: known };
    }
  }
  return remember(memory, entity, head);
}
