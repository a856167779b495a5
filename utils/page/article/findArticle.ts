import { isOutsideArticleZone } from './pageZones';

const ARTICLE_TYPES = new Set(['NewsArticle', 'Article', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'BackgroundNewsArticle',
  'OpinionNewsArticle', 'ReviewNewsArticle', 'Report', 'BlogPosting', 'LiveBlogPosting']);

/** Paragraph text an element needs to count as an article; a page that says it is one needs less. */
const MIN_TEXT = 250;
const MIN_TEXT_DECLARED = 80;

function declaresArticle(doc: Document): boolean {
  if (doc.querySelector('meta[property="og:type"][content="article"]')) return true;
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      if (hasArticleType(JSON.parse(script.textContent ?? ''))) return true;
    } catch {
      // A page's broken JSON-LD is its own business.
    }
  }
  return false;
}

function hasArticleType(value: unknown, depth = 0): boolean {
  if (depth > 4 || !value || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((v) => hasArticleType(v, depth + 1));
  const record = value as Record<string, unknown>;
  const type = record['@type'];
  const types = Array.isArray(type) ? type : [type];
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.has(t))) return true;
  return hasArticleType(record['@graph'], depth + 1);
}

/** Whether a zone that is never the article (nav, aside, comments...) holds `el`, looking up to `top` (excluded). */
function inZoneBelow(el: Element, top: Element | null): boolean {
  for (let node: Element | null = el; node && node !== top; node = node.parentElement) {
    if (isOutsideArticleZone(node)) return true;
  }
  return false;
}

/** Length of the text in <p> elements of `el`, leaving out those in zones inside it that are never the article. */
function paragraphText(el: Element): number {
  let total = 0;
  for (const p of Array.from(el.querySelectorAll('p'))) {
    if (!inZoneBelow(p.parentElement ?? p, el)) total += p.textContent?.trim().length ?? 0;
  }
  return total;
}

// Teaser cards (<article> in an <aside>) are never the article.
const inNegativeZone = (el: Element): boolean => el.parentElement !== null && inZoneBelow(el.parentElement, null);

function richest(candidates: Element[]): { el: Element; text: number } | null {
  let best: { el: Element; text: number } | null = null;
  for (const el of candidates) {
    if (inNegativeZone(el)) continue;
    const text = paragraphText(el);
    if (!best || text > best.text) best = { el, text };
  }
  return best;
}

/** The element whose <p> children hold the most text (a parent gets its paragraphs, a grandparent half of them). */
function densestParagraphs(doc: Document): { el: Element; text: number } | null {
  const scores = new Map<Element, number>();
  for (const p of Array.from(doc.body?.querySelectorAll('p') ?? [])) {
    if (inZoneBelow(p, null)) continue;
    const length = p.textContent?.trim().length ?? 0;
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + length);
    const grandparent = parent.parentElement;
    if (grandparent && grandparent !== doc.body) scores.set(grandparent, (scores.get(grandparent) ?? 0) + length / 2);
  }
  let best: { el: Element; text: number } | null = null;
  for (const [el, text] of scores) if (!best || text > best.text) best = { el, text };
  return best;
}

/**
 * The element holding the page's article, in order of trust: schema.org's articleBody, the <article> with the most
 * paragraph text, <main>, then the element with the densest paragraphs. Null when the page holds no article text
 * (a home page, a search page).
 */
export function findArticle(doc: Document): Element | null {
  // Whether the page says it is an article only matters for a short one: parsing its JSON-LD waits until then.
  let declared: boolean | undefined;
  const enoughText = (text: number) => text >= MIN_TEXT || (text >= MIN_TEXT_DECLARED && (declared ??= declaresArticle(doc)));
  const candidates = [
    () => richest(Array.from(doc.querySelectorAll('[itemprop="articleBody"]'))),
    () => richest(Array.from(doc.querySelectorAll('article'))),
    () => richest(Array.from(doc.querySelectorAll('main, [role="main"]'))),
    () => densestParagraphs(doc),
  ];
  for (const candidate of candidates) {
    const found = candidate();
    if (found && enoughText(found.text)) return found.el;
  }
  return null;
}
