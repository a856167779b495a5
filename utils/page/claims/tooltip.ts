import { CATEGORY_GLYPH, CATEGORY_LABELS } from '../../categoryStyle';
import type { ClaimSource } from '../../messages';

export interface TooltipContent extends ClaimSource {
  /** The category's colour, for the tooltip's edge. */
  color: string;
}

const TOOLTIP_CSS = `
:host{all:initial}
.tip{position:fixed;z-index:2147483647;max-width:22rem;padding:.45rem .6rem;border-radius:6px;
  background:#111827;color:#f9fafb;font:13px/1.4 system-ui,sans-serif;box-shadow:0 4px 14px rgba(0,0,0,.35);
  pointer-events:none;border-left:4px solid var(--c)}
.tip[hidden]{display:none}
.kind{font-weight:700;margin-bottom:.15rem}
.row{overflow-wrap:anywhere}
.key{color:#9ca3af}
`;

/**
 * The tooltip's content. Every string comes from the page, so it goes in as text (textContent), never as markup:
 * a quote that reads "<img onerror=...>" stays a quote.
 */
export function renderTooltipContent(doc: Document, content: TooltipContent): HTMLElement {
  const box = doc.createElement('div');
  const line = (className: string, key: string | null, value: string) => {
    const row = doc.createElement('div');
    row.className = className;
    if (key) {
      const label = doc.createElement('span');
      label.className = 'key';
      label.textContent = `${key}: `;
      row.append(label);
    }
    row.append(doc.createTextNode(value));
    box.append(row);
  };
  line('kind', null, `${CATEGORY_GLYPH[content.category]} ${CATEGORY_LABELS[content.category]} source`);
  line('row', 'Source', content.source ?? 'not stated');
  if (content.resolvedSource && content.resolvedSource !== content.source) line('row', 'Refers to', content.resolvedSource);
  line('row', 'Cue', content.cue);
  return box;
}

export interface Tooltip {
  show(content: TooltipContent, anchor: DOMRect): void;
  hide(): void;
  destroy(): void;
}

/**
 * A tooltip in a closed shadow root attached to <html>, outside the article, so the page's styles and scripts
 * neither restyle nor read it, and removing it leaves the article untouched.
 */
export function createTooltip(doc: Document): Tooltip {
  const host = doc.createElement('sourcelight-tooltip');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = TOOLTIP_CSS;
  const tip = doc.createElement('div');
  tip.className = 'tip';
  tip.hidden = true;
  tip.setAttribute('role', 'tooltip');
  shadow.append(style, tip);
  doc.documentElement.append(host);

  return {
    show(content, anchor) {
      tip.replaceChildren(renderTooltipContent(doc, content));
      tip.style.setProperty('--c', content.color);
      tip.hidden = false;
      const view = doc.defaultView;
      const width = view?.innerWidth ?? 1024;
      const height = view?.innerHeight ?? 768;
      const box = tip.getBoundingClientRect();
      const left = Math.max(8, Math.min(anchor.left, width - box.width - 8));
      const below = anchor.bottom + 6;
      const top = below + box.height > height ? Math.max(8, anchor.top - box.height - 6) : below;
      tip.style.left = `${left}px`;
      tip.style.top = `${top}px`;
    },
    hide() {
      tip.hidden = true;
    },
    destroy() {
      host.remove();
    },
  };
}
