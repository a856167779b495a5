import { NEWS_SITE_MATCHES } from '../../utils/extension/newsSites';
import { startContentScript } from '../../utils/page/startContentScript';

export default defineContentScript({
  matches: [...NEWS_SITE_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    void startContentScript(ctx);
  },
});
