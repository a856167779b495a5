import { MARK_CLASS } from './pageZones';

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
 * (at most once a frame). Returns the function that removes the listeners.
 */
export function attachTooltipEvents(doc: Document, handlers: TooltipHandlers): () => void {
  const controller = new AbortController();
  const options = { signal: controller.signal, passive: true, capture: true };
  const showFor = (mark: HTMLElement | null) => {
    const id = claimOf(mark);
    if (mark && id !== null) handlers.show(id, mark.getBoundingClientRect());
  };
  doc.addEventListener('mouseover', (event) => showFor(markOf(event.target)), options);
  doc.addEventListener('focusin', (event) => showFor(markOf(event.target)), options);
  doc.addEventListener(
    'mouseout',
    (event) => {
      const from = markOf(event.target);
      if (from && claimOf(markOf(event.relatedTarget)) !== claimOf(from)) handlers.hide();
    },
    options,
  );
  doc.addEventListener('focusout', (event) => markOf(event.target) && handlers.hide(), options);
  doc.addEventListener('keydown', (event) => event.key === 'Escape' && handlers.hide(), options);

  let frame = 0;
  let shownByPointer = false;
  doc.addEventListener(
    'pointermove',
    (event) => {
      if (frame || !(shownByPointer || handlers.hitTesting())) return;
      const { clientX, clientY } = event;
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
  return () => {
    controller.abort();
    if (frame) cancelAnimationFrame(frame);
  };
}
