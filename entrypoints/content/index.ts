import { NEWS_SITE_MATCHES } from '../../utils/extension/newsSites';
import { ContentLifetime } from '../../utils/page/contentLifetime';
import { startContentScript } from '../../utils/page/startContentScript';

export default defineContentScript({
  matches: [...NEWS_SITE_MATCHES],
  runAt: 'document_idle',
  // WXT's `ctx` would announce the script to the page by postMessage; ours never speaks to the page.
  noScriptStartedPostMessage: true,
  main() {
    // Not WXT's `ctx`: a page can end that one with a forged event (see contentLifetime.ts).
    void startContentScript(new ContentLifetime());
  },
});
