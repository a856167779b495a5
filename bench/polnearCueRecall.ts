/**
 * Cue recall on the PolNeAR dev set: of the annotated attributions whose cue is a reporting verb of
 * ATTRIBUTION-GUIDE.md (said, says, told, added, noted, ... or "according to"), the share whose cue
 * span our detector also marks as a cue. It measures how many plain reporting forms we miss in
 * political news unlike the Reuters dev set; categories are not annotated in PolNeAR.
 *
 *   npm run --silent eval:polnear [-- --misses N]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findAttributions } from '../utils/attribution/index';

const DEV = resolve(import.meta.dirname, '..', '..', 'shared', 'corpus', 'polnear', 'dev');

const REPORTING_LEMMAS: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'], tell: ['tell', 'tells', 'told', 'telling'], add: ['add', 'adds', 'added', 'adding'],
  note: ['note', 'notes', 'noted', 'noting'], warn: ['warn', 'warns', 'warned', 'warning'], deny: ['deny', 'denies', 'denied', 'denying'],
  confirm: ['confirm', 'confirms', 'confirmed', 'confirming'], describe: ['describe', 'describes', 'described', 'describing'],
  suggest: ['suggest', 'suggests', 'suggested', 'suggesting'], insist: ['insist', 'insists', 'insisted', 'insisting'],
  estimate: ['estimate', 'estimates', 'estimated', 'estimating'], state: ['state', 'states', 'stated', 'stating'],
  announce: ['announce', 'announces', 'announced', 'announcing'], argue: ['argue', 'argues', 'argued', 'arguing'],
  claim: ['claim', 'claims', 'claimed', 'claiming'], acknowledge: ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  testify: ['testify', 'testifies', 'testified', 'testifying'], tweet: ['tweet', 'tweets', 'tweeted', 'tweeting'],
  report: ['report', 'reports', 'reported', 'reporting'], predict: ['predict', 'predicts', 'predicted', 'predicting'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
};
const FORM_TO_LEMMA = new Map<string, string>();
for (const [lemma, forms] of Object.entries(REPORTING_LEMMAS)) for (const f of forms) FORM_TO_LEMMA.set(f, lemma);

interface Span { start: number; end: number }
interface GoldCue { spans: Span[]; text: string; lemma: string }

/** Brat text-bound annotations and the Cue of each Attribution event. */
function goldCues(ann: string): GoldCue[] {
  const spans = new Map<string, { type: string; spans: Span[]; text: string }>();
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    const [id, body, text] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const [type, ...rest] = body.split(' ');
      const ranges = rest.join(' ').split(';').map((r) => r.trim().split(' ').map(Number)).map(([start, end]) => ({ start: start!, end: end! }));
      spans.set(id, { type: type!, spans: ranges, text: text ?? '' });
    } else if (id.startsWith('E')) events.push(body);
  }
  const out: GoldCue[] = [];
  for (const e of events) {
    const cueId = /(?:^|\s)Cue\d*:(T\d+)/.exec(e)?.[1];
    const cue = cueId ? spans.get(cueId) : undefined;
    if (!cue) continue;
    const words = cue.text.toLowerCase().match(/[a-z]+/g) ?? [];
    const lemma = words.join(' ') === 'according to' ? 'according to' : words.map((w) => FORM_TO_LEMMA.get(w)).find(Boolean);
    if (lemma) out.push({ spans: cue.spans, text: cue.text, lemma });
  }
  return out;
}

const missesToShow = Number(process.argv[process.argv.indexOf('--misses') + 1] ?? 0) || 0;
let total = 0;
let found = 0;
const byLemma = new Map<string, { total: number; found: number }>();
const misses: string[] = [];
for (const file of readdirSync(join(DEV, 'attributions')).filter((f) => f.endsWith('.ann')).sort()) {
  const text = readFileSync(join(DEV, 'text', file.replace(/\.ann$/, '.txt')), 'utf8');
  const cues = findAttributions(text).map((a) => a.cue);
  for (const g of goldCues(readFileSync(join(DEV, 'attributions', file), 'utf8'))) {
    const hit = cues.some((c) => g.spans.some((s) => c.start < s.end && s.start < c.end));
    total++;
    if (hit) found++;
    const row = byLemma.get(g.lemma) ?? { total: 0, found: 0 };
    row.total++;
    if (hit) row.found++;
    byLemma.set(g.lemma, row);
    if (!hit && misses.length < missesToShow) {
      const s = g.spans[0]!;
      misses.push(`${file}: [${g.text}] …${text.slice(Math.max(0, s.start - 120), s.end + 60).replace(/\s+/g, ' ')}…`);
    }
  }
}
for (const m of misses) console.log(m);
console.log('cue lemma       found/total');
for (const [lemma, r] of [...byLemma].sort((a, b) => b[1].total - a[1].total)) console.log(`${lemma.padEnd(15)} ${r.found}/${r.total}`);
console.log(`PolNeAR dev: reporting-verb cues found ${found}/${total} = ${(found / total).toFixed(3)}`);
