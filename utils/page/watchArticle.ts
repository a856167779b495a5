/** Quiet time after the last change before a rescan: long enough for a page to finish inserting a block. */
export const SETTLE_MS = 300;
/** A page that keeps changing still gets a rescan this often at most... */
const MAX_WAIT_MS = 2000;
/** ...and one that rescans back to back waits longer and longer, up to this. */
const MAX_BACKOFF_MS = 8000;

export interface ArticleWatcher {
  /** Runs our own DOM writes and drops the mutation records they caused, so highlighting never triggers a rescan. */
  quietly(write: () => void): void;
  stop(): void;
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
 */
export function watchArticle(doc: Document, callbacks: WatchCallbacks): ArticleWatcher {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending = 0;
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
    firstPending = 0;
    lastSettled = performance.now();
    backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
    callbacks.settled();
  };

  const schedule = () => {
    const now = performance.now();
    if (!firstPending) {
      firstPending = now;
      // A page quiet for a while is back to the short debounce.
      if (now - lastSettled > backoff + MAX_WAIT_MS) backoff = SETTLE_MS;
    }
    if (timer !== undefined) clearTimeout(timer);
    // Debounced, but never past the max wait: a ticker inside the article must not postpone the rescan forever.
    const delay = Math.min(backoff, Math.max(0, firstPending + Math.max(backoff, MAX_WAIT_MS) - now));
    timer = setTimeout(fire, delay);
  };

  const observer = new MutationObserver((records) => {
    if (!records.some(matters)) return;
    callbacks.changed();
    schedule();
  });
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true });

  return {
    quietly(write) {
      try {
        write();
      } finally {
        observer.takeRecords();
      }
    },
    stop() {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
