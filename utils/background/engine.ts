import { findAttributions } from '../attribution';
import type { Handlers } from '../messages';

/**
 * The background answers content scripts asking for the attributions in an article's text: here the engine stays
 * compiled from page to page and runs off the page's main thread, and the text never leaves the browser.
 */
export const ENGINE_HANDLERS = {
  findAttributions: ({ text }) => findAttributions(text),
} satisfies Handlers;
