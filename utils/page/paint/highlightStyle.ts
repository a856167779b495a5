import { CATEGORIES, type Category } from '../../attribution/types';
import { CATEGORY_GLYPH, CATEGORY_UNDERLINE } from '../../categoryStyle';
import { FLASH_HIGHLIGHT, highlightName, sourceHighlightName } from './highlightApi';
import { FLASH_CLASS, FLASH_MS, LEAD_CLASS, SOURCE_CLASS } from './highlightMarks';
import type { PaintMode } from './frameworkOwner';
import { MARK_CLASS } from '../article/pageZones';

const STYLE_ID = 'sourcelight-style';

/** A claim's fill: translucent, so the page's own text colour reads on it, light pages and dark (tests/contrast.test.ts). */
export const CLAIM_FILL_ALPHA = 0.22;
/** Its source's fill, a stronger tint of the same colour. */
export const SOURCE_FILL_ALPHA = 0.4;
/** The Highlight API paints a source over its claim's fill: this much more makes the two add up to SOURCE_FILL_ALPHA. */
export const SOURCE_LAYER_ALPHA = 1 - (1 - SOURCE_FILL_ALPHA) / (1 - CLAIM_FILL_ALPHA);

function translucent(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${Number(alpha.toFixed(3))})`;
}

const markRules = (colors: Record<Category, string>): string[] => [
  `mark.${MARK_CLASS}{color:inherit;padding:0;border-radius:2px;text-decoration-line:underline;` +
    'text-decoration-thickness:2px;text-underline-offset:.2em;text-decoration-skip-ink:none;}',
  `mark.${MARK_CLASS}.${SOURCE_CLASS}{text-decoration-thickness:3px;}`,
  // The glyph hangs before the claim's first letter at the height of its capitals, in the space before the claim:
  // above it, it covered the line before whenever a claim began mid-line. `left` and `top` place it from the mark's
  // first line box, wherever the claim wraps. Only the lead mark is positioned: Blink gives every positioned element
  // a paint layer of its own, and a long article's thousands of marks made that many.
  `mark.${MARK_CLASS}.${LEAD_CLASS}{position:relative;}`,
  `mark.${MARK_CLASS}.${LEAD_CLASS}::before{position:absolute;left:-.7em;top:.1em;` +
    'font:700 .55em/1 system-ui,sans-serif;pointer-events:none;}',
  `mark.${MARK_CLASS}:focus-visible{outline:2px solid currentColor;outline-offset:1px;}`,
  `mark.${MARK_CLASS}.${FLASH_CLASS}{animation:sourcelight-flash ${FLASH_MS}ms ease-out 1;}`,
  '@keyframes sourcelight-flash{0%,40%{box-shadow:0 0 0 4px rgba(250,204,21,.9)}100%{box-shadow:0 0 0 0 rgba(250,204,21,0)}}',
  ...CATEGORIES.flatMap((category) => {
    const color = colors[category];
    const glyph = CATEGORY_GLYPH[category];
    return [
      `mark.${MARK_CLASS}[data-category="${category}"]{${categoryPaint(color, category)}${underlineFit(category)}}`,
      `mark.${MARK_CLASS}.${SOURCE_CLASS}[data-category="${category}"]{background-color:${translucent(color, SOURCE_FILL_ALPHA)};}`,
      `mark.${MARK_CLASS}.${LEAD_CLASS}[data-category="${category}"]::before{content:"${glyph}";content:"${glyph}"/"";color:${color};}`,
    ];
  }),
];

const highlightApiRules = (colors: Record<Category, string>, scope: string | null): string[] => {
  // The article's subtree: its descendants, and the element itself for text right inside it.
  const at = (name: string) => (scope ? `${scope} ::highlight(${name}),${scope}::highlight(${name})` : `::highlight(${name})`);
  return [
    ...CATEGORIES.map((category) => `${at(highlightName(category))}{${categoryPaint(colors[category], category)}${underlineFit(category)}text-decoration-line:underline;}`),
    // Painted over the category's highlight: only a tint of its colour, so the category's own underline still shows.
    ...CATEGORIES.map((category) => `${at(sourceHighlightName(category))}{background-color:${translucent(colors[category], SOURCE_LAYER_ALPHA)};}`),
    `${at(FLASH_HIGHLIGHT)}{background-color:rgba(250,204,21,.6);}`,
  ];
};

/**
 * A double underline is two lines and a gap: at the others' 2px and offset it reached into the next line at normal
 * line heights. Thinner and closer, it stays within the descenders' room, and still reads as double.
 */
const underlineFit = (category: Category): string =>
  CATEGORY_UNDERLINE[category] === 'double' ? 'text-decoration-thickness:1px;text-underline-offset:.1em;' : '';

const categoryPaint = (color: string, category: Category): string =>
  `background-color:${translucent(color, CLAIM_FILL_ALPHA)};text-decoration-color:${color};text-decoration-style:${CATEGORY_UNDERLINE[category]};`;

/** An id that reads as a CSS identifier as it is; others are passed over rather than escaped. */
const PLAIN_ID = /^-?[A-Za-z_][\w-]*$/;

/**
 * A selector for the article's nearest element (itself or an ancestor) whose id no other element has, or null. A
 * `::highlight()` rule matches any element, so adding one unscoped makes the browser restyle the whole page; scoped
 * under that element, only its subtree (what that saves on a real page: docs/performance.md, "Set up").
 */
export function highlightScope(article: Element): string | null {
  const doc = article.ownerDocument;
  for (let el: Element | null = article; el && el !== doc.body; el = el.parentElement) {
    if (!PLAIN_ID.test(el.id)) continue;
    const selector = `#${el.id}`;
    if (doc.querySelectorAll(selector).length === 1) return selector;
  }
  return null;
}

/**
 * The stylesheet for the mode the page is painted in, and only that one: `::highlight()` rules (scoped to the
 * article where it can be, see highlightScope) restyle what they may match, while rules on our marks' class touch
 * nothing until marks exist. A translucent background keeps the page's own text colour readable on light
 * and dark pages alike; the full-strength colour goes to the underline. Nothing here changes the size of the text: no
 * bold, and the glyph floats above the claim's first letter, so highlights appearing or going never move the
 * article's lines (a reader loses their place, and the page's layout-shift score would pay for it).
 */
export function highlightCss(colors: Record<Category, string>, mode: PaintMode, scope: string | null = null): string {
  return (mode === 'marks' ? markRules(colors) : highlightApiRules(colors, scope)).join('\n');
}

/**
 * Installs or updates our one stylesheet, in <head> so the article itself never holds a foreign element. `scope` is
 * the article's highlightScope in the Highlight API mode.
 */
export function installStyle(doc: Document, colors: Record<Category, string>, mode: PaintMode, scope: string | null): void {
  let style = doc.getElementById(STYLE_ID);
  if (!style) {
    style = doc.createElement('style');
    style.id = STYLE_ID;
    (doc.head ?? doc.documentElement).append(style);
  }
  const css = highlightCss(colors, mode, scope);
  if (style.textContent !== css) style.textContent = css;
}

export function removeStyle(doc: Document): void {
  doc.getElementById(STYLE_ID)?.remove();
}
