import { CATEGORIES, type Category } from '../utils/attribution/types';
import type { RecordAttribution } from './scanRecord';

const SNIPPET_CODE_POINTS = 120;

// SGR colours per category, one hue each so a terminal list reads like the page highlights.
const CATEGORY_COLOR: Record<Category, string> = {
  anonymous: '35',
  official: '34',
  named: '32',
  document: '33',
};

/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function shouldColor(isTTY: boolean | undefined, env: Record<string, string | undefined>): boolean {
  return Boolean(isTTY) && !env.NO_COLOR;
}

export function formatJsonLine(record: object): string {
  return JSON.stringify(record);
}

/** The human-readable report of one article: counts per category, then each claim in text order. */
export function formatHuman(label: string, attributions: readonly RecordAttribution[], text: string, color: boolean): string {
  const paint = (code: string, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const counts = CATEGORIES.map((c) => {
    const n = attributions.filter((a) => a.category === c).length;
    return `${paint(CATEGORY_COLOR[c], c)} ${n}`;
  });
  const total = attributions.length;
  const lines = [`${paint('1', printable(label))}: ${total} ${total === 1 ? 'claim' : 'claims'} (${counts.join(', ')})`];
  const lineOf = lineNumbers(text);
  for (const a of attributions) {
    const label = paint(CATEGORY_COLOR[a.category], `[${a.category}]`.padEnd(11));
    const source = a.source ? `"${printable(a.source.text)}"` : '(unstated)';
    const resolved = a.resolvedSource && a.resolvedSource !== a.source?.text ? ` = ${printable(a.resolvedSource)}` : '';
    lines.push(`  ${label} line ${lineOf(a.cue.start)}: source ${source}${resolved}, cue "${printable(a.cue.text)}"`);
    lines.push(`      ${snippet(text.slice(a.claim.start, a.claim.end))}`);
  }
  return lines.join('\n');
}

/**
 * Text from the scanned file made safe for a terminal: control characters (escape sequences)
 * and bidirectional overrides in a hostile file must not repaint or reorder the report.
 */
export function printable(s: string): string {
  return s
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function snippet(claim: string): string {
  // Cut on code points so an emoji is never split into a lone surrogate; the first slice bounds the work.
  const points = Array.from(printable(claim.slice(0, SNIPPET_CODE_POINTS * 4)));
  return points.length > SNIPPET_CODE_POINTS ? `${points.slice(0, SNIPPET_CODE_POINTS - 1).join('')}…` : points.join('');
}

/** 1-based line number of an offset, by binary search over the line starts. */
function lineNumbers(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
