import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { exitQuietlyOnClosedPipe } from '../cli/closedPipe';
import { SHARED_DIR } from '../cli/goldSets';
import { readTextFile } from '../cli/readTextFile';
import { findAttributions } from '../utils/attribution/index';
import { formatSpanFigures } from './spans/formatSpanFigures';
import { missedExamples } from './spans/missedExamples';
import { parseSpanArgs, SPAN_USAGE } from './spans/spanArgs';
import { scoreArticle, spanFigures, topLemmas, type ArticleScore } from './spans/spanFigures';
import type { GoldAttribution } from './spans/types';
import { loadShippedModels } from '../cli/engineModels';

loadShippedModels();

// npm run eval:polnear: the engine's span figures on every human-marked attribution of PolNeAR dev
// (or of another gold set). Reads, runs the engine, prints; the figures are computed in ./spans.
exitQuietlyOnClosedPipe();
const args = parseSpanArgs(process.argv.slice(2));
if ('error' in args) {
  console.error(`eval:polnear: ${args.error}\n\n${SPAN_USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(SPAN_USAGE);
  process.exit(0);
}

const fail = (message: string): never => {
  console.error(`eval:polnear: ${message}`);
  process.exit(1);
};

interface GoldDoc {
  id: string;
  text: string;
  attributions: GoldAttribution[];
}

const goldPath = resolve(args.gold ?? join(SHARED_DIR, 'corpus', 'polnear-dev', 'gold.json'));
let gold: GoldDoc[] = [];
try {
  gold = JSON.parse(readFileSync(goldPath, 'utf8'));
} catch (error) {
  fail(`${goldPath}: ${(error as Error).message}`);
}
if (!Array.isArray(gold) || !gold.every((d) => typeof d?.text === 'string' && Array.isArray(d.attributions))) {
  fail(`${goldPath}: not a gold set in the shared scorer's format ([{ "id", "text", "attributions" }])`);
}

const texts = new Map<string, string>();
const scores: ArticleScore[] = [];
for (const doc of gold) {
  const path = resolve(dirname(goldPath), doc.text);
  const read = await readTextFile(path);
  if (!read.ok) fail(`${path}: ${read.reason}`);
  const text = read.ok ? read.text : '';
  texts.set(doc.id, text);
  scores.push(scoreArticle({ id: doc.id, text, attributions: doc.attributions }, findAttributions(text)));
}

const figures = spanFigures(scores, { topLemmas: args.topLemmas });
const outcomes = scores.flatMap((s) => s.outcomes);
const misses = args.errors
  ? missedExamples(outcomes, (id) => texts.get(id)!, args.filter, topLemmas(outcomes, args.topLemmas), args.errors)
  : null;
const { kind, ...narrowedBy } = args.filter;
if (args.json) console.log(JSON.stringify(misses ? { ...figures, misses: { filter: args.filter, ...misses } } : figures, null, 2));
else if (misses) {
  const filter = Object.entries(narrowedBy).map(([key, value]) => `${key} ${value}`).join(', ');
  console.log(`${kind} misses${filter ? ` (${filter})` : ''}: ${misses.examples.length} shown of ${misses.total}`);
  for (const example of misses.examples) console.log(`\n${example}`);
} else console.log(formatSpanFigures(basename(dirname(goldPath)), figures));
