import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { MARK_CLASS } from '../article/pageZones';

/** The listeners live as long as the content script's context (WXT's `ctx`), which removes them when it ends. */
export type TooltipLifetime = Pick<ContentScriptContext, 'addEventListener' | 'onInvalidated'>;

export interface TooltipHandlers {
  show(claimId: number, anchor: DOMRect): void;
  hide(): void;
  /** Whether claims are painted without elements (CSS Custom Highlight API), so hovering needs a hit test. */
  hitTesting(): boolean;
  /** The claim painted at a caret position, in that mode. */
  claimAtPoint(node: Node, offset: number): number | null;
}

interface CaretDocument {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const caret = doc as unknown as CaretDocument;
  if (caret.caretPositionFromPoint) {
    const position = caret.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = caret.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

const markOf = (target: EventTarget | null): HTMLElement | null =>
  target instanceof Element ? target.closest<HTMLElement>(`mark.${MARK_CLASS}`) : null;

const claimOf = (mark: Element | null): number | null => {
  const id = mark?.getAttribute('data-claim');
  return id == null ? null : Number(id);
};

/**
 * The tooltip follows the pointer and the keyboard: hovering or focusing a mark shows it, leaving hides it, Escape
 * hides it. With the CSS Custom Highlight API there are no marks, so the pointer's caret position is looked up
 * (at most once a frame).
 */
export function attachTooltipEvents(doc: Document, lifetime: TooltipLifetime, handlers: TooltipHandlers): void {
  const options = { passive: true, capture: true };
  const showFor = (mark: HTMLElement | null) => {
    const id = claimOf(mark);
    if (mark && id !== null) handlers.show(id, mark.getBoundingClientRect());
  };
  lifetime.addEventListener(doc, 'mouseover', (event) => showFor(markOf(event.target)), options);
  lifetime.addEventListener(doc, 'focusin', (event) => showFor(markOf(event.target)), options);
  lifetime.addEventListener(
    doc,
    'mouseout',
    (event) => {
      const from = markOf(event.target);
      if (from && claimOf(markOf(event.relatedTarget)) !== claimOf(from)) handlers.hide();
    },
    options,
  );
  lifetime.addEventListener(doc, 'focusout', (event) => markOf(event.target) && handlers.hide(), options);
  lifetime.addEventListener(doc, 'keydown', (event) => event.key === 'Escape' && handlers.hide(), options);

  let frame = 0;
  let shownByPointer = false;
  lifetime.addEventListener(
    doc,
    'pointermove',
    (event) => {
      if (frame || !(shownByPointer || handlers.hitTesting())) return;
      const { clientX, clientY } = event;
      // Not ctx.requestAnimationFrame: it keeps a listener per call until the context ends, one per frame of movement.
      frame = requestAnimationFrame(() => {
        frame = 0;
        const caret = caretAt(doc, clientX, clientY);
        const id = caret ? handlers.claimAtPoint(caret.node, caret.offset) : null;
        if (id !== null && caret) {
          const range = doc.createRange();
          range.setStart(caret.node, caret.offset);
          handlers.show(id, range.getBoundingClientRect());
          shownByPointer = true;
        } else if (shownByPointer) {
          handlers.hide();
          shownByPointer = false;
        }
      });
    },
    options,
  );
  lifetime.onInvalidated(() => frame && cancelAnimationFrame(frame));
}
