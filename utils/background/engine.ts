import { browser, type PublicPath } from 'wxt/browser';
import { findAttributions, hasModel, LANGUAGES, modelPath, provideModel } from '../attribution';
import type { Handlers } from '../messages';
import { startTiming } from '../timing';

let loading: Promise<void> | null = null;

/**
 * The model files, from the extension's own package (no network): fetched once per background lifetime,
 * when the first request comes or as soon as the background starts.
 */
export function loadModels(): Promise<void> {
  loading ??= Promise.all(
    LANGUAGES.filter((language) => !hasModel(language)).map(async (language) => {
      // One file per language of LANGUAGES, shipped from public/ (WXT types only the names it saw at build time).
      const response = await fetch(browser.runtime.getURL(`/${modelPath(language)}` as PublicPath));
      if (!response.ok) throw new Error(`the ${language} model file is missing from the package (${response.status})`);
      provideModel(language, new Uint8Array(await response.arrayBuffer()));
    }),
  ).then(
    () => undefined,
    (error: unknown) => {
      // A later request tries again rather than failing forever.
      loading = null;
      throw error;
    },
  );
  return loading;
}

/**
 * The background answers content scripts asking for the attributions in an article's text: here the engine stays
 * compiled from page to page and runs off the page's main thread, and the text never leaves the browser.
 * The engine's own time is kept as the `sourcelight:engine` measure, so the benchmark can tell it from the messaging.
 */
export const ENGINE_HANDLERS = {
  findAttributions: async ({ text }) => {
    await loadModels();
    const stop = startTiming('sourcelight:engine');
    try {
      return findAttributions(text);
    } finally {
      stop();
    }
  },
} satisfies Handlers;
