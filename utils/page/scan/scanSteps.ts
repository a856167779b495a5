import type { Attribution } from '../../attribution/types';
import { startTiming } from '../../timing';
import { readArticleText, readingSteps, type ArticleText } from '../article/articleText';
import { finishInSlices } from './yieldingLoop';

/** The engine as the page reaches it: in the background, so the page's main thread is free while it runs. */
export type FindAttributions = (text: string) => Promise<Attribution[]>;

/**
 * Reads the article, giving the page a turn between slices on a long one. A page that changed the article while it
 * was read in pieces gets it read again at once, in one go.
 */
export async function readArticle(root: Element): Promise<ArticleText> {
  const stop = startTiming('sourcelight:read');
  let changed = false;
  const changes = new MutationObserver(() => {
    changed = true;
  });
  changes.observe(root, { childList: true, subtree: true, characterData: true });
  try {
    const text = await finishInSlices(readingSteps(root));
    return changed || changes.takeRecords().length ? readArticleText(root) : text;
  } finally {
    changes.disconnect();
    stop();
  }
}

/** The attributions of `text`; null if `isCurrent()` turned false while the engine ran (newer work wants others). */
export async function detectClaims(
  findAttributions: FindAttributions,
  text: string,
  isCurrent: () => boolean,
): Promise<Attribution[] | null> {
  const stop = startTiming('sourcelight:detect');
  try {
    const found = await findAttributions(text);
    if (!isCurrent()) return null;
    // No answer (a background being updated, or a text over the message limit) means no claims, not a broken page.
    return Array.isArray(found) ? found : [];
  } catch (error) {
    console.debug('Sourcelight: the engine failed on this page', error);
    return isCurrent() ? [] : null;
  } finally {
    stop();
  }
}
