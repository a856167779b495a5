import { Tokenizer } from 'htmlparser2';
import { parseHTML } from 'linkedom';
import { isBlockElement, isOutsideArticleZone } from '../utils/page/article/pageZones';

/** The text of an HTML page or fragment, read in one pass over its tokens, and the shape of its tree. */
export interface HtmlReading {
  /** The text of the page's body: one block per line, white space collapsed, the extension's skipped zones left out. */
  text: string;
  /** The text of its <title>. */
  title: string;
  /** How deep its elements nest. */
  depth: number;
  elements: number;
}

// No DOM is built: a tree parser costs more than linear time in the nesting depth (htmlparser2's Parser, under
// linkedom, shifts its whole stack of open elements for each one; measured: 50k nested <div> 0.8 s, 100k 10 s,
// 880k unclosed <b> over 9 minutes). The tokenizer is linear, and the stack here is pushed and popped at its top,
// with searches bounded to a few entries, so any input costs time in proportion to its length.

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** In SVG and MathML, `<path/>` closes itself; in HTML a `/>` on a non-void element means nothing. */
const FOREIGN = new Set(['svg', 'math']);
/** How far down the stack an implied close looks: real pages close an open <p> or <li> within a few elements. */
const IMPLIED_CLOSE_REACH = 16;
/** The attributes kept per element: pageZones reads a few (role, class, id); a tag with thousands costs nothing more. */
const MAX_ATTRIBUTES = 32;

/** An opening tag closes the nearest open element of `closes`, looking no further down than one of `stopAt`. */
interface ImpliedClose {
  closes: ReadonlySet<string>;
  stopAt: ReadonlySet<string>;
}

/** The spec's scope boundaries: a <div> in a table cell does not close a <p> outside the table. */
const SCOPE = ['html', 'table', 'td', 'th', 'caption', 'template', 'applet', 'marquee', 'object', 'button', 'svg', 'math'];
const rule = (closes: string[], stopAt: string[]): ImpliedClose => ({ closes: new Set(closes), stopAt: new Set(stopAt) });
const CLOSE_P = rule(['p'], SCOPE);
const P_CLOSERS = [
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'main', 'menu', 'nav', 'ol', 'p',
  'pre', 'search', 'section', 'summary', 'table', 'ul', 'xmp', 'listing',
];
/**
 * End tags that HTML lets a page leave out (https://html.spec.whatwg.org/#optional-tags), closed where a browser's
 * parser closes them, so old pages' bare <p>, <li> and <td> do not each nest one level deeper.
 */
const IMPLIED_CLOSES = new Map<string, ImpliedClose[]>([
  ...P_CLOSERS.map((tag): [string, ImpliedClose[]] => [tag, [CLOSE_P]]),
  ['li', [rule(['li'], ['ul', 'ol', ...SCOPE]), CLOSE_P]],
  ['dd', [rule(['dd', 'dt'], ['dl', ...SCOPE]), CLOSE_P]],
  ['dt', [rule(['dd', 'dt'], ['dl', ...SCOPE]), CLOSE_P]],
  ['tr', [rule(['tr'], ['table', 'tbody', 'thead', 'tfoot'])]],
  ['td', [rule(['td', 'th'], ['tr', 'table'])]],
  ['th', [rule(['td', 'th'], ['tr', 'table'])]],
  ['option', [rule(['option'], ['select', 'datalist'])]],
  ['optgroup', [rule(['optgroup'], ['select'])]],
  ['body', [rule(['head'], [])]],
]);

interface Kind {
  /** Text inside is not part of the article (pageZones' zones, and the head). */
  skip: boolean;
  /** Starts and ends a line of text. */
  block: boolean;
}

/** Detached elements of a DOM document, so pageZones' own checks decide what an element is. */
const elementFactory = parseHTML('<!doctype html><html><head></head><body></body></html>').document;
const kindByTag = new Map<string, Kind>();
const MAX_CACHED_TAGS = 1024;

function kindOf(name: string, attributes: [string, string][]): Kind {
  if (name === 'head' || name === 'title') return { skip: true, block: false };
  if (attributes.length === 0) {
    let kind = kindByTag.get(name);
    if (kind) return kind;
    kind = elementKind(name, attributes);
    // A scan thread lives for a whole corpus: pages of made-up tag names must not grow the cache without end.
    if (kindByTag.size < MAX_CACHED_TAGS) kindByTag.set(name, kind);
    return kind;
  }
  return elementKind(name, attributes);
}

function elementKind(name: string, attributes: [string, string][]): Kind {
  let el: Element;
  try {
    el = elementFactory.createElement(name) as unknown as Element;
  } catch {
    return { skip: false, block: false };
  }
  for (const [attribute, value] of attributes) {
    try {
      el.setAttribute(attribute, value);
    } catch {
      // A name no DOM accepts ('"x', '<a'): a browser would drop it too.
    }
  }
  return { skip: isOutsideArticleZone(el), block: isBlockElement(el) };
}

export function readHtmlText(html: string): HtmlReading {
  const names: string[] = [];
  const kinds: Kind[] = [];
  const openCount = new Map<string, number>();
  const parts: string[] = [];
  const titleParts: string[] = [];
  let skipping = 0;
  let foreign = 0;
  let depth = 0;
  let elements = 0;
  let tagName = '';
  let attributes: [string, string][] = [];
  let attributeName = '';
  let attributeValue = '';

  let haveTitle = false;
  const text = (piece: string) => {
    if (names[names.length - 1] === 'title') {
      // The page's first <title>; an SVG's <title> is a tooltip.
      if (!haveTitle && foreign === 0) titleParts.push(piece);
    } else if (skipping === 0) parts.push(piece.replace(/\s+/g, ' '));
  };
  const push = (name: string, kind: Kind) => {
    if (kind.block && skipping === 0) parts.push('\n');
    names.push(name);
    kinds.push(kind);
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
    if (kind.skip) skipping++;
    if (FOREIGN.has(name)) foreign++;
    elements++;
    if (names.length > depth) depth = names.length;
  };
  const pop = () => {
    const name = names.pop()!;
    const kind = kinds.pop()!;
    if (name === 'title' && titleParts.length > 0) haveTitle = true;
    openCount.set(name, openCount.get(name)! - 1);
    if (kind.skip) skipping--;
    if (FOREIGN.has(name)) foreign--;
    if (kind.block && skipping === 0) parts.push('\n');
  };
  const popThrough = (name: string) => {
    while (names.length > 0 && names[names.length - 1] !== name) pop();
    pop();
  };
  const closeImplied = (name: string) => {
    for (const { closes, stopAt } of IMPLIED_CLOSES.get(name) ?? []) {
      const bottom = Math.max(0, names.length - IMPLIED_CLOSE_REACH);
      for (let i = names.length - 1; i >= bottom; i--) {
        const open = names[i]!;
        if (closes.has(open)) {
          popThrough(open);
          break;
        }
        if (stopAt.has(open)) break;
      }
    }
  };
  const openTag = (selfClosing: boolean) => {
    const name = tagName;
    const kind = kindOf(name, attributes);
    attributes = [];
    if (foreign === 0) closeImplied(name);
    if (VOID.has(name) || (selfClosing && foreign > 0)) {
      elements++;
      if (kind.block && skipping === 0) parts.push('\n');
      return;
    }
    push(name, kind);
  };

  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      onopentagname(start, end) {
        tagName = html.slice(start, end).toLowerCase();
      },
      onattribname(start, end) {
        attributeName = html.slice(start, end).toLowerCase();
        attributeValue = '';
      },
      onattribdata(start, end) {
        attributeValue += html.slice(start, end);
      },
      onattribentity(codepoint) {
        attributeValue += String.fromCodePoint(codepoint);
      },
      onattribend() {
        if (attributes.length < MAX_ATTRIBUTES) attributes.push([attributeName, attributeValue]);
      },
      onopentagend() {
        openTag(false);
      },
      onselfclosingtag() {
        openTag(true);
      },
      onclosetag(start, end) {
        const name = html.slice(start, end).toLowerCase();
        if ((openCount.get(name) ?? 0) > 0) popThrough(name);
        // A stray </p> or </br> is an empty paragraph or a line break to a browser.
        else if ((name === 'p' || name === 'br') && skipping === 0) parts.push('\n');
      },
      ontext(start, end) {
        text(html.slice(start, end));
      },
      ontextentity(codepoint) {
        text(String.fromCodePoint(codepoint));
      },
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();

  return {
    text: parts
      .join('')
      .split('\n')
      .map((line) => line.replace(/ {2,}/g, ' ').trim())
      .filter((line) => line !== '')
      .join('\n'),
    title: titleParts.join('').replace(/\s+/g, ' ').trim(),
    depth,
    elements,
  };
}
