/** The class our highlight elements carry; the text walk sees through them, so a rescan reads the same text. */
export const MARK_CLASS = 'sourcelight-mark';

/** Elements whose text is never part of the article: code, form fields, media, and the page's own chrome. */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'LABEL', 'FORM',
  'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'PICTURE', 'IMG', 'DIALOG',
  'NAV', 'ASIDE', 'FOOTER', 'HEADER', 'FIGURE', 'FIGCAPTION', 'MARK',
]);

const SKIPPED_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'search', 'form', 'dialog', 'alert']);

/** "comments", "article-comments", "comment_list" but not "commentary" (an opinion piece's body). */
const COMMENT_ZONE = /(?:^|[\s_-])(?:comments?|disqus)(?:$|[\s_-])/i;
const VISUALLY_HIDDEN = /(?:^|\s)(?:sr-only|visually-hidden|visuallyhidden|screen-reader-text|screenreader-only)(?:$|\s)/i;
/** An inline style="display: none" or "visibility: hidden" (the page's own switch for a hidden block). */
const INLINE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/** Elements after which the text starts a new line, so sentences of neighbouring blocks never merge. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

const HTML_NS = 'http://www.w3.org/1999/xhtml';

export const isBlockElement = (el: Element): boolean => BLOCK_TAGS.has(el.tagName);

export const isOurMark = (el: Element): boolean => el.tagName === 'MARK' && el.classList.contains(MARK_CLASS);

/** Chrome and comment zones, by cheap checks only (no style read): for scoring many candidate paragraphs. */
export function isOutsideArticleZone(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.tagName)) return true;
  return el.hasAttributes() && isChromeByAttributes(el);
}

function isChromeByAttributes(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role && SKIPPED_ROLES.has(role)) return true;
  const className = typeof el.className === 'string' ? el.className : '';
  return COMMENT_ZONE.test(className) || COMMENT_ZONE.test(el.id);
}

/** Hidden or not for reading, as far as the element's own attributes tell. */
function isHiddenByAttributes(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('inert')) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  if (isChromeByAttributes(el)) return true;
  if (typeof el.className === 'string' && VISUALLY_HIDDEN.test(el.className)) return true;
  const inline = el.getAttribute('style');
  return inline !== null && INLINE_HIDDEN.test(inline);
}

/**
 * Whether an element's text stays out of the article text and out of highlights. Cheap checks first, attributes only
 * where there are any (most of an article's elements have none); the computed style is read only for block elements,
 * as a class-hidden inline span is rare and a per-node style read is slow.
 */
export function isSkippedElement(el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'MARK') return !el.classList.contains(MARK_CLASS);
  if (SKIPPED_TAGS.has(tag)) return true;
  // SVG, MathML: text there is drawn, not read.
  if (el.namespaceURI !== HTML_NS) return true;
  if (el.hasAttributes() && isHiddenByAttributes(el)) return true;
  if (BLOCK_TAGS.has(tag)) {
    const computed = el.ownerDocument.defaultView?.getComputedStyle(el);
    // Not visibility: it is inherited, and pages hide the whole body for a moment while their scripts load.
    if (computed?.display === 'none') return true;
  }
  return false;
}
