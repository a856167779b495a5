import { ContentScriptContext } from 'wxt/utils/content-script-context';

let made = 0;
const open: ContentScriptContext[] = [];

/**
 * A content script's context as WXT makes it for the real script (`ctx`), under a name of its own: WXT ends the
 * context of an older script of the same name when a newer one starts, and each test wants its own.
 */
export function testLifetime(): ContentScriptContext {
  const ctx = new ContentScriptContext(`sourcelight-test-${++made}`);
  open.push(ctx);
  return ctx;
}

/** Ends every context made so far, as the browser does when the extension goes: for an afterEach. */
export function endLifetimes(): void {
  for (const ctx of open.splice(0)) ctx.abort();
}
