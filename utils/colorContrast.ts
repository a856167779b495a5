/** WCAG 2 contrast on sRGB colours written as #rrggbb: the popup's and the page's colours are checked with it. */

export type Rgb = [number, number, number];

export function parseHex(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export const toHex = (rgb: Rgb): string => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** Relative luminance, WCAG 2.x. */
export function luminance([r, g, b]: Rgb): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** A translucent colour painted over an opaque one, as the browser composites a highlight's fill. */
export function over(color: Rgb, alpha: number, background: Rgb): Rgb {
  return color.map((c, i) => c * alpha + background[i]! * (1 - alpha)) as Rgb;
}

/** WCAG AA for normal text. */
export const AA_TEXT = 4.5;

/**
 * The category colour as ink on these backgrounds (one scheme's: all light or all dark): itself when it reads at `min`
 * or more on each, else mixed toward black (light backgrounds) or white (dark ones) just enough. A user's own colour
 * choice stays recognisable, and readable.
 */
export function readableInk(color: string, backgrounds: readonly string[], min = AA_TEXT): string {
  const ink = parseHex(color);
  const bgs = backgrounds.map(parseHex);
  const reads = (hex: string) => bgs.every((bg) => contrastRatio(parseHex(hex), bg) >= min);
  const toward: Rgb = luminance(bgs[0]!) > 0.18 ? [0, 0, 0] : [255, 255, 255];
  for (let step = 0; step <= 20; step++) {
    const hex = toHex(over(toward, step / 20, ink));
    if (reads(hex)) return hex;
  }
  return toHex(toward);
}

/** Black or white, whichever reads better on COLOR: a glyph on a bar segment of that colour. */
export function inkOn(color: string): '#000000' | '#ffffff' {
  const bg = parseHex(color);
  return contrastRatio([0, 0, 0], bg) >= contrastRatio([255, 255, 255], bg) ? '#000000' : '#ffffff';
}
