import type { Category } from '../types';
import type { Candidate } from './categoryFeatures';
import type { WordClasses } from './wordClasses';
import type { GuideBorders } from '../lexicon/types';
import type { Token } from '../tokens';
import { speaksForClient } from './entityIndex';

/**
 * The guide's border decisions that the categoriser is not left to weigh: a spokesperson speaks on the record
 * for the institution, named or not ("a company spokesperson said": official), so does a lawyer for a client
 * ("the family's lawyer said", "attorneys for the family said"); a person with a former role and no current one
 * is named ("Retired Gen. Norman Ham said"), unless the training articles made the name an official's; a relative
 * tied to someone ("Keith Lamont Scott's wife", "my father", and "she" where the rules resolved it to one) is a
 * person the reader can identify, so named; an outlet's name ("The Charlotte Observer", "Yahoo News") is a
 * document's; a group word before no listed noun ("Those close to him") is a vague group; and "they" or "it" has
 * the category of the source it refers back to. Null where the categoriser decides. (The guide's
 * other borders, tried as overrides of the same kind, cost accuracy on the labelled sets: the categoriser reads
 * them better from the words around.)
 */
export function guideCategory(c: Candidate, classes: WordClasses, borders?: GuideBorders): Category | null {
  const m = c.mention;
  const rule = c.spans.rule >= 0 ? c.analysis.rules[c.spans.rule]! : null;
  // "The regulator said ... They said": a pronoun the rules resolved has the category of what it stands for.
  if ((m.kind === 'they' || m.kind === 'it') && rule?.resolvedSource) return rule.category;
  // "Keith Lamont Scott's wife said", "my father often said", and "she said" for either: identified through a relative.
  if (borders) {
    if (m.kind === 'he' && rule?.resolvedSource && kinOf(rule.resolvedSource, borders)) return 'named';
    if (m.kind === 'phrase' && m.range && kinIn(c.analysis.view.tokens, m.range[0], m.coreEnd, borders)) return 'named';
    if (outletName(c, classes, borders)) return 'document';
    // "Those close to him say": a vague group, whatever the words after it; not "those surveyed say", a poll's
    // respondents, whose answers are the poll's.
    if (vagueGroup(c, borders)) return 'anonymous';
  }
  // "former adviser Jane Roe", "Retired Gen. Norman Ham": a former role and no current one speaks for no office.
  const e = c.entity;
  if (e) {
    const ev = e.evidence;
    if (ev.formerTitle > 0 && ev.title + ev.spokes + ev.candidacy + ev.campaign === 0 && (e.prior?.['category:official'] ?? 0) < 2) return 'named';
  }
  if (m.kind !== 'phrase' || m.head < 0) return null;
  const { tokens } = c.analysis.view;
  const head = tokens[m.head]!.lower;
  if (classes.has(head, 'spokes')) return 'official';
  // "the family's lawyer", and with the borders "his attorney said".
  return m.range && classes.has(head, 'counsel') && speaksForClient(tokens, m.head, m.range[0], m.range[1], classes, borders?.possessors) ? 'official' : null;
}

/** Whether a mention's words are a relative with their possessor: "Keith Lamont Scott's wife", "her daughter". */
function kinIn(tokens: Token[], first: number, end: number, borders: GuideBorders): boolean {
  for (let k = first + 1; k < end; k++) {
    if (!borders.relatives.has(tokens[k]!.lower)) continue;
    const before = tokens[k - 1]!;
    return before.possessive || borders.possessors.has(before.lower);
  }
  return false;
}

/** The same for the text of a mention the rules resolved a pronoun to. */
function kinOf(mention: string, borders: GuideBorders): boolean {
  const words = mention.toLowerCase().split(/\s+/);
  const last = words[words.length - 1]!;
  const before = words[words.length - 2] ?? '';
  return borders.relatives.has(last) && (/['’]s?$/.test(before) || borders.possessors.has(before));
}

/**
 * "The Charlotte Observer found", "According to Yahoo News", "Christian News Service reported": a name that ends
 * in an outlet's word, capitalised and after a word of its own, is an outlet, whatever else the article calls by
 * its first words ("Charlotte" the city); not a person's ("Mr. Post", "Mary Times").
 */
function outletName(c: Candidate, classes: WordClasses, borders: GuideBorders): boolean {
  const m = c.mention;
  if ((m.kind !== 'name' && m.kind !== 'phrase') || !m.range || m.head <= m.range[0]) return false;
  const { tokens } = c.analysis.view;
  const head = tokens[m.head]!;
  let k = m.head - 1;
  while (k > m.range[0] && tokens[k]!.kind !== 'word') k--;
  const before = tokens[k]!;
  if (!head.cap || before.kind !== 'word' || classes.has(before.lower, 'honorific') || classes.has(before.lower, 'female') || classes.has(before.lower, 'male')) return false;
  if (classes.has(head.lower, 'outlet') || borders.outletEnds.has(head.lower)) return true;
  return borders.newsServices.has(head.lower) && before.cap && borders.outletEnds.has(before.lower);
}

/** A phrase opened by a group word, its head in no list of the lexicon and no participle: "Those close to him". */
function vagueGroup(c: Candidate, borders: GuideBorders): boolean {
  const m = c.mention;
  if (m.kind !== 'phrase' || !m.range || m.head <= m.range[0]) return false;
  const { tokens, cls } = c.analysis.view;
  const head = tokens[m.head]!;
  return borders.groupOpeners.has(tokens[m.range[0]]!.lower) && !cls[m.head] && !head.cap && !head.lower.endsWith('ed');
}
