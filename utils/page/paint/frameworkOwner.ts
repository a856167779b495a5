import type { HighlightMode } from '../../settings';

/** Roots client frameworks render into, found by attribute or id (visible from a content script's isolated world). */
const FRAMEWORK_ROOTS = '[data-reactroot], #__next, #__nuxt, #___gatsby, [ng-version], [data-server-rendered], #svelte, [data-sveltekit-hydrate]';
const FRAMEWORK_ROOT_IDS = ['__next', '__nuxt', '___gatsby'];
const EXPANDO_PREFIXES = ['__reactFiber$', '__reactContainer$', '__reactProps$', '_reactRootContainer', '__vue_app__', '__vue__', '__svelte'];

/**
 * Expando properties a framework sets on its elements. In a real browser a content script runs in an isolated world
 * and does not see the page's expandos, so the attribute checks do most of the work there.
 */
function hasFrameworkExpando(el: Element): boolean {
  for (const key of Object.keys(el)) {
    if (EXPANDO_PREFIXES.some((prefix) => key.startsWith(prefix))) return true;
  }
  return false;
}

function hasVueScopedAttribute(el: Element): boolean {
  for (const attr of Array.from(el.attributes)) if (attr.name.startsWith('data-v-')) return true;
  return false;
}

const hasSvelteClass = (el: Element): boolean => typeof el.className === 'string' && /(?:^|\s)svelte-/.test(el.className);

/**
 * Whether a client framework renders the article: it would re-render over foreign <mark> elements (or crash on
 * them), so such articles get the CSS Custom Highlight API instead. Looks at the article, its ancestors and its
 * first paragraphs, never the whole page.
 */
export function isFrameworkOwned(article: Element): boolean {
  if (article.closest(FRAMEWORK_ROOTS)) return true;
  // By id, not by a selector over the whole page: a framework root beside the article still owns the page.
  const doc = article.ownerDocument;
  if (FRAMEWORK_ROOT_IDS.some((id) => doc.getElementById(id))) return true;
  for (let el: Element | null = article; el; el = el.parentElement) {
    if (hasFrameworkExpando(el) || hasVueScopedAttribute(el) || hasSvelteClass(el)) return true;
  }
  for (const el of Array.from(article.querySelectorAll('p')).slice(0, 5)) {
    if (hasFrameworkExpando(el) || hasVueScopedAttribute(el) || hasSvelteClass(el)) return true;
  }
  return false;
}

export type PaintMode = 'marks' | 'highlight-api';

/** The mode a page gets: the user's choice, with `auto` (and an unsupported API) resolved for this article. */
export function choosePaintMode(setting: HighlightMode, article: Element, highlightApiSupported: boolean): PaintMode {
  if (!highlightApiSupported) return 'marks';
  if (setting === 'highlight-api') return 'highlight-api';
  if (setting === 'marks') return 'marks';
  return isFrameworkOwned(article) ? 'highlight-api' : 'marks';
}
