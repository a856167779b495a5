/** Median of a list of figures (the mean of the middle two for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

export const min = (values: number[]): number => Math.min(...values);

/** Milliseconds with a decimal, or two below 1 ms. */
export const ms = (value: number): string => (Number.isFinite(value) ? value.toFixed(value < 1 ? 2 : 1) : '-');

export const kB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;

/** Right-aligned columns under a header, the first column left-aligned. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** A goal line: what was wanted, what was measured, and whether it holds. */
export const goal = (holds: boolean, text: string): string => `${holds ? 'ok  ' : 'MISS'}  ${text}`;
