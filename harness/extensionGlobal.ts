import type { WxtBrowser } from 'wxt/browser';

/**
 * The `chrome` namespace as code sent into the extension's service worker (`worker.evaluate(...)`) sees it. Tests
 * reach it with `(globalThis as unknown as ExtensionGlobal).chrome` inside the evaluated function, so no global
 * `chrome` leaks into the type checking of the extension's own sources.
 */
export interface ExtensionGlobal {
  chrome: WxtBrowser;
}
