import { BELIEF, FINDING, INVERTIBLE, SPEECH } from './lexicon/en/cues';
/**
 * Reporting verbs and their inflections. The class decides which sources a verb accepts:
 * - speech: communicates by itself ("said", "denied"), with any source;
 * - belief: an assessment that counts only when a source expressed it ("analysts believe", "dealers expect");
 * - finding: what a document shows ("a poll found", "studies show"), only with a document source.
 */
export type CueClass = 'speech' | 'belief' | 'finding';

export interface CueVerb {
  lemma: string;
  cls: CueClass;
  /** Present participle ("saying", "adding"): its subject is the clause's, never next to it. */
  participle: boolean;
  /** May follow its source ("..., said Jane Doe"). */
  invertible: boolean;
}





const CUES = new Map<string, CueVerb>();
for (const [cls, table] of [['speech', SPEECH], ['belief', BELIEF], ['finding', FINDING]] as const) {
  for (const [lemma, forms] of Object.entries(table)) {
    for (const form of forms) {
      if (!CUES.has(form)) CUES.set(form, { lemma, cls, participle: form.endsWith('ing'), invertible: INVERTIBLE.has(lemma) });
    }
  }
}

export function cueVerb(lower: string): CueVerb | undefined {
  return CUES.get(lower);
}




