import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Quiet time after the last change before a rescan: long enough for a page to finish inserting a block. */
export const SETTLE_MS = 300;
/** A page that keeps changing still gets a rescan this often at most... */
const MAX_WAIT_MS = 2000;
/** ...and one that rescans back to back waits longer and longer, up to this. */
const MAX_BACKOFF_MS = 8000;

export interface ArticleWatcher {
  /** Runs our own DOM writes and drops the mutation records they caused, so highlighting never triggers a rescan. */
  quietly(write: () => void): void;
}

export interface WatchCallbacks {
  /** The article the rescans are about, or null while the page has none. */
  article(): Element | null;
  /** At once on a change that matters: work in progress on the old content can stop. */
  changed(): void;
  /** When the page has settled after changes. */
  settled(): void;
}

/**
 * Watches the body for changes to the article (or for an article to appear) and calls `settled` once they stop,
 * debounced and backing off, so a page that replaces its article every second costs a bounded number of rescans.
 * Watches until the content script's context (WXT's `ctx`) ends.
 */
export function watchArticle(
  doc: Document,
  lifetime: Pick<ContentScriptContext, 'onInvalidated'>,
  callbacks: WatchCallbacks,
): ArticleWatcher {
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the first change not yet settled came (null: none pending). */
  let firstPending: number | null = null;
  let lastSettled = -Infinity;
  let backoff = SETTLE_MS;

  const matters = (record: MutationRecord): boolean => {
    const article = callbacks.article();
    if (!article) return record.type === 'childList' && record.addedNodes.length > 0;
    if (!article.isConnected) return true;
    return article.contains(record.target);
  };

  const fire = () => {
    timer = undefined;
    firstPending = null;
    lastSettled = performance.now();
    backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
    callbacks.settled();
  };

  const schedule = () => {
    const now = performance.now();
    if (firstPending === null) {
      firstPending = now;
      // A page quiet for a while is back to the short debounce.
      if (now - lastSettled > backoff + MAX_WAIT_MS) backoff = SETTLE_MS;
    }
    if (timer !== undefined) clearTimeout(timer);
    // Debounced, but never past the max wait: a ticker inside the article must not postpone the rescan forever. A
    // timer of our own, not ctx.setTimeout, which keeps a listener per call until the context ends: this one is set
    // again on every change the page makes.
    const delay = Math.min(backoff, Math.max(0, firstPending + Math.max(backoff, MAX_WAIT_MS) - now));
    timer = setTimeout(fire, delay);
  };

  const observer = new MutationObserver((records) => {
    if (!records.some(matters)) return;
    callbacks.changed();
    schedule();
  });
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true });
  lifetime.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
  });

  return {
    quietly(write) {
      try {
        write();
      } finally {
        observer.takeRecords();
      }
    },
  };
}
