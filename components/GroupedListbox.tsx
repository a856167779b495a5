import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface ListOption {
  /** The option's element id, unique in the popup. */
  id: string;
  /** What the option shows; made only when the option is rendered. */
  content: () => ComponentChildren;
  /** Enter, Space or a click: reveal what the option stands for. */
  onChoose: () => void;
  /** data-* attributes tests and styles read. */
  data?: Record<string, string>;
}

export interface ListGroup {
  key: string;
  title: ComponentChildren;
  /** data-* attributes of the group. */
  data?: Record<string, string>;
  options: ListOption[];
}

interface GroupedListboxProps {
  label: string;
  testId: string;
  groups: ListGroup[];
  /** Told which option is active (moved to by keys or clicked), so actions outside the list can act on it. */
  onActive?: (id: string) => void;
  /** Take the focus when shown (the popup opening); not when the reader switched to it from its tab. */
  autoFocus?: boolean;
}

/**
 * Options rendered for the list's first paint: about two popups' worth (a row is 52 px high, the list's part of the
 * popup about 250 px). The rest follow once that frame is painted, so a page of hundreds of claims shows its list as
 * soon as one of a dozen (bench/popupBench.ts).
 */
const FIRST_PAINT_OPTIONS = 12;
/** In case no frame comes soon (a page in a background tab gets none): the rest are rendered by then anyway. */
const AFTER_PAINT_LATEST_MS = 100;

/**
 * Calls back once the next frame is painted: a frame callback runs before that frame's style, layout and paint, and
 * a task queued from it after them. A plain timeout can run first and put its work into that frame. Returns the
 * cancel function.
 */
function afterNextPaint(callback: () => void): () => void {
  let timer = setTimeout(() => done(), AFTER_PAINT_LATEST_MS);
  const frame = requestAnimationFrame(() => {
    clearTimeout(timer);
    timer = setTimeout(() => done());
  });
  const cancel = () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
  const done = () => {
    cancel();
    callback();
  };
  return cancel;
}

const dataAttributes = (data: Record<string, string> = {}) => Object.fromEntries(Object.entries(data).map(([k, v]) => [`data-${k}`, v]));

/**
 * A listbox of options in labelled groups: focus stays on the list and the active option is announced through
 * aria-activedescendant, so arrow keys, Home and End move through the options and Enter chooses one. Every string
 * comes from the page and is rendered as a text node.
 */
export function GroupedListbox({ label, testId, groups, onActive, autoFocus = true }: GroupedListboxProps) {
  const ordered = groups.flatMap((group) => group.options);
  const [active, setActive] = useState(0);
  const [rendered, setRendered] = useState(FIRST_PAINT_OPTIONS);
  const listRef = useRef<HTMLDivElement>(null);
  const current = ordered[Math.min(active, ordered.length - 1)];

  // Focus starts on the list, so the arrow keys work as soon as it shows (a layout effect: before any paint).
  useLayoutEffect(() => {
    if (autoFocus) listRef.current?.focus();
  }, []);

  // A layout effect, so the frame it waits for is the list's first.
  useLayoutEffect(() => {
    if (ordered.length <= rendered) return;
    return afterNextPaint(() => setRendered(Number.POSITIVE_INFINITY));
  }, [ordered.length > rendered]);

  // Again once every option is rendered: End pressed before then moved to an option that was not there yet.
  const currentShown = current !== undefined && ordered.indexOf(current) < rendered;
  useEffect(() => {
    if (!current) return;
    onActive?.(current.id);
    listRef.current?.querySelector(`[id="${current.id}"]`)?.scrollIntoView?.({ block: 'nearest' });
  }, [current?.id, currentShown]);

  const onKeyDown = (event: KeyboardEvent) => {
    const last = ordered.length - 1;
    const index = Math.min(active, last);
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: last };
    if (event.key in moves) {
      event.preventDefault();
      setActive(Math.max(0, Math.min(last, moves[event.key]!)));
    } else if ((event.key === 'Enter' || event.key === ' ') && current) {
      event.preventDefault();
      current.onChoose();
    }
  };

  return (
    <div
      ref={listRef}
      class="claims"
      role="listbox"
      tabIndex={0}
      aria-label={label}
      aria-activedescendant={current?.id}
      // Until the options after the first paint's are in: assistive technology, and tests, wait for the whole list.
      aria-busy={ordered.length > rendered}
      data-testid={testId}
      onKeyDown={onKeyDown}
    >
      {groups.map((group) => {
        const first = ordered.indexOf(group.options[0]!);
        if (first >= rendered) return null;
        return (
        <div role="group" class="claim-group" key={group.key} aria-labelledby={`${group.key}-title`} {...dataAttributes(group.data)}>
          <div class="claim-group-title" id={`${group.key}-title`} role="presentation">
            {group.title}
          </div>
          {group.options.slice(0, Math.max(0, rendered - first)).map((option) => (
            <div
              key={option.id}
              id={option.id}
              role="option"
              class="claim"
              aria-selected={option === current}
              {...dataAttributes(option.data)}
              onClick={() => {
                setActive(ordered.indexOf(option));
                option.onChoose();
              }}
            >
              {option.content()}
            </div>
          ))}
        </div>
        );
      })}
    </div>
  );
}
