import { CATEGORIES } from '../../utils/attribution/types';
import { NOT_A_CLAIM, type FigureRow, type Ratio, type SpanFigures } from './spanFigures';

// The span figures as plain-text tables for a terminal.

const count = (n: number) => n.toLocaleString('en-US');
const percent = (r: Ratio) => (r.rate === null ? '—' : (r.rate * 100).toFixed(1));
const fraction = (r: Ratio) => `${count(r.hits)} / ${count(r.of)}${r.rate === null ? '' : ` = ${percent(r)}%`}`;

/** Columns padded to their widest cell: the first `leftColumns` left-aligned (labels), the others right-aligned. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[], leftColumns = 1): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i < leftColumns ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

const BREAKDOWN_HEADER = ['count', 'cue %', 'claims', 'claim cue %', 'source %', 'content %', 'jaccard', 'category %'];
const breakdownCells = (r: FigureRow) => [
  count(r.count),
  percent(r.cueFound),
  count(r.claimCueFound.of),
  percent(r.claimCueFound),
  percent(r.sourceOverlap),
  percent(r.contentOverlap),
  r.meanContentJaccard === null ? '—' : r.meanContentJaccard.toFixed(3),
  percent(r.categoryRight),
];

const label = (key: string) => (key === NOT_A_CLAIM ? 'not a claim' : key);

export function formatSpanFigures(name: string, f: SpanFigures): string {
  const o = f.overall;
  const notClaims = f.confusion.find((r) => r.gold === NOT_A_CLAIM);
  const byCategory = (counts: Record<string, number>) => CATEGORIES.map((c) => `${c} ${count(counts[c]!)}`).join(', ');
  const out = [
    `${name}: ${count(f.articles)} articles, ${count(o.count)} human-marked attributions`,
    `cue found        ${fraction(o.cueFound)}; of the claims: ${fraction(o.claimCueFound)}`,
    `source overlap   ${fraction(o.sourceOverlap)} of the found with a gold source` +
      ` (of all ${count(f.sourceOverlapOfAll.of)} with a gold source: ${percent(f.sourceOverlapOfAll)}%)`,
    o.meanContentJaccard === null
      ? 'content overlap  — (no found cue has marked content)'
      : `content overlap  ${fraction(o.contentOverlap)} of the found; mean character Jaccard ${o.meanContentJaccard.toFixed(3)}`,
    `category right   ${fraction(o.categoryRight)} of the found claims`,
  ];
  if (notClaims) {
    const reported = notClaims.count - notClaims.missed;
    out.push(`not claims reported as claims: ${count(reported)} of ${count(notClaims.count)} (${byCategory(notClaims.predicted)})`);
  }
  out.push(
    `engine attributions whose cue overlaps no gold cue: ${count(f.predictions.unmatched)} of ${count(f.predictions.total)}` +
      ` (${byCategory(f.predictions.unmatchedByCategory)})`,
    '',
    'claim cue %: cue found among the claims (not-claims left out); source %, content % and jaccard: of the found',
    'cues; category %: of the found claims.',
    '',
    `by cue lemma (${count(f.byLemma.distinct)} distinct)`,
    formatTable(
      ['lemma', ...BREAKDOWN_HEADER],
      f.byLemma.rows.map((r) => [r.note ? `${r.key} (${r.note})` : r.key, ...breakdownCells(r)]),
    ),
    '',
    'by construction',
    formatTable(
      ['construction', 'looks like', ...BREAKDOWN_HEADER],
      f.byConstruction.map((r) => [r.key, r.note ?? '', ...breakdownCells(r)]),
      2,
    ),
    '',
    'by gold category',
    formatTable(['category', ...BREAKDOWN_HEADER], f.byCategory.map((r) => [label(r.key), ...breakdownCells(r)])),
    '',
    'gold category (rows) by the engine category of the found cue (columns)',
    formatTable(
      ['gold', 'count', 'missed', ...CATEGORIES, 'right %'],
      f.confusion.map((r) => {
        const found = r.count - r.missed;
        const right = r.gold === NOT_A_CLAIM ? '—' : found ? ((r.predicted[r.gold] / found) * 100).toFixed(1) : '—';
        return [label(r.gold), count(r.count), count(r.missed), ...CATEGORIES.map((c) => count(r.predicted[c])), right];
      }),
    ),
  );
  return out.join('\n');
}
