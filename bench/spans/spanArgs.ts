import { CATEGORIES } from '../../utils/attribution/types';
import { CONSTRUCTIONS } from './construction';
import { MISS_KINDS, type ExampleFilter, type MissKind } from './missedExamples';
import { NOT_A_CLAIM } from './spanFigures';

const CHOICES: Record<string, readonly string[]> = {
  '--miss': MISS_KINDS,
  '--construction': Object.keys(CONSTRUCTIONS),
  '--category': [...CATEGORIES, NOT_A_CLAIM],
};

export interface SpanArgs {
  json: boolean;
  help: boolean;
  /** A gold.json in the shared scorer's format; undefined: PolNeAR dev. */
  gold?: string;
  topLemmas: number;
  /** How many missed examples to list (0: none). */
  errors: number;
  filter: ExampleFilter;
}

export const SPAN_USAGE = `usage: npm run --silent eval:polnear -- [--json] [--top N] [--gold GOLD.json]
                                      [--errors N [--miss cue|source|content|category]
                                       [--lemma L] [--construction C] [--category C]]

Runs the engine on every article of a gold set (PolNeAR dev unless --gold) and reports, for
every human-marked attribution: was its cue found, do the found attribution's source and claim
overlap the marked ones, is its category right; by cue lemma, construction and gold category.

  --json            the same figures as JSON
  --top N           lemmas with a row of their own (default 25); the rest are "other"
  --gold FILE       another gold set in the shared scorer's format
  --errors N        list N misses, each as its sentence: cue in [brackets], source in {braces}
  --miss KIND       what was missed: cue (default), source, content or category
  --lemma L         only cues of lemma L as the table spells it ("say", "according to"), or "other"
  --construction C  only construction C ("quote-before", "no-source", ...)
  --category C      only gold category C (anonymous, official, named, document, not-a-claim)
  --help, -h        show this help`;

/** The arguments, or a message saying what is wrong with them. */
export function parseSpanArgs(argv: readonly string[]): SpanArgs | { error: string } {
  const args: SpanArgs = { json: false, help: false, topLemmas: 25, errors: 0, filter: { kind: 'cue' } };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') args.json = true;
    else if (arg === '--help' || arg === '-h') args.help = true;
    else if (['--gold', '--top', '--errors', '--miss', '--lemma', '--construction', '--category'].includes(arg)) {
      const value = argv[++i];
      if (value === undefined) return { error: `${arg} needs a value` };
      if (arg === '--top' || arg === '--errors') {
        if (!/^\d+$/.test(value)) return { error: `${arg} takes a whole number, not "${value}"` };
        if (arg === '--top') args.topLemmas = Number(value);
        else args.errors = Number(value);
      } else if (CHOICES[arg] && !CHOICES[arg].includes(value)) {
        return { error: `${arg} takes one of ${CHOICES[arg].join(', ')}; not "${value}"` };
      } else if (arg === '--miss') args.filter.kind = value as MissKind;
      else if (arg === '--gold') args.gold = value;
      else args.filter[arg.slice(2) as 'lemma' | 'construction' | 'category'] = value;
    } else if (arg.startsWith('-')) return { error: `unknown option "${arg}"` };
    else return { error: `unexpected argument "${arg}" (a gold set goes after --gold)` };
  }
  return args;
}
