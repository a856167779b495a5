import { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * The content script's lifetime: WXT's context (its timers, listeners and `isInvalid`, which ends the context once
 * `browser.runtime.id` is gone, the extension removed, updated or reloaded), without its word with other scripts.
 * WXT's own `ctx` announces itself on the page and ends when the document sees a "script started" event for its
 * name, from anyone: a page could dispatch that event and switch Sourcelight off. This one never speaks to the page
 * and never listens to it; a second injection finds the running script (startContentScript.ts) and asks it to
 * rescan instead.
 */
export class ContentLifetime extends ContentScriptContext {
  constructor(name = 'sourcelight') {
    super(name, { noScriptStartedPostMessage: true });
  }

  override stopOldScripts(): void {}

  override listenForNewerScripts(): void {}
}

/** A lifetime that ends with PARENT and can also be ended on its own (a site put on "never scan"). */
export function childLifetime(parent: ContentLifetime): ContentLifetime {
  const child = new ContentLifetime();
  child.onInvalidated(parent.onInvalidated(() => child.abort()));
  return child;
}
