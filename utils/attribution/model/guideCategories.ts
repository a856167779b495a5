import type { Category } from '../types';
import type { Candidate } from './categoryFeatures';
import type { WordClasses } from './wordClasses';
import { speaksForClient } from './entityIndex';

/**
 * The guide's border decisions that the categoriser is not left to weigh: a spokesperson speaks on the record
 * for the institution, named or not ("a company spokesperson said": official), so does a lawyer for a client
 * ("the family's lawyer said", "attorneys for the family said"); a person with a former role and no current one
 * is named ("Retired Gen. Norman Ham said"), unless the training articles made the name an official's; and "they"
 * or "it" has the category of the source it refers back to. Null where the categoriser decides. (The guide's
 * other borders, tried as overrides of the same kind, cost accuracy on the labelled sets: the categoriser reads
 * them better from the words around.)
 */
export function guideCategory(c: Candidate, classes: WordClasses): Category | null {
  const m = c.mention;
  const rule = c.spans.rule >= 0 ? c.analysis.rules[c.spans.rule]! : null;
  // "The regulator said ... They said": a pronoun the rules resolved has the category of what it stands for.
  if ((m.kind === 'they' || m.kind === 'it') && rule?.resolvedSource) return rule.category;
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
  return m.range && classes.has(head, 'counsel') && speaksForClient(tokens, m.head, m.range[0], m.range[1], classes) ? 'official' : null;
}
