import { findAttributions } from '../attribution';
import type { Handlers } from '../messages';
import { startTiming } from '../timing';

/**
 * The background answers content scripts asking for the attributions in an article's text: here the engine stays
 * compiled from page to page and runs off the page's main thread, and the text never leaves the browser.
 * The engine's own time is kept as the `sourcelight:engine` measure, so the benchmark can tell it from the messaging.
 */
export const ENGINE_HANDLERS = {
  findAttributions: ({ text }) => {
    const stop = startTiming('sourcelight:engine');
    try {
      return findAttributions(text);
    } finally {
      stop();
    }
  },
} satisfies Handlers;
