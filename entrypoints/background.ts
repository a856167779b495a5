import { scanAlwaysScannedSites, syncAlwaysScanWithPermissions } from '../utils/background/alwaysScan';
import { clearBadgeOnNavigation, showClaimCount, styleBadge } from '../utils/background/badge';
import { listenToCommands } from '../utils/background/commands';
import { ENGINE_HANDLERS, loadModels } from '../utils/background/engine';
import { handleMessages } from '../utils/messages';

export default defineBackground(() => {
  void styleBadge();
  // Ready before the first page asks; if this fails, the first request loads the model again and reports why.
  loadModels().catch(() => undefined);
  clearBadgeOnNavigation();
  listenToCommands();
  scanAlwaysScannedSites();
  syncAlwaysScanWithPermissions();
  handleMessages({
    reportCount: async ({ count, anonymous }, sender) => {
      // Only the top frame's content script speaks for the tab.
      const tabId = sender.tab?.id;
      if (tabId !== undefined && !sender.frameId) await showClaimCount(tabId, count, anonymous);
      return null;
    },
    ...ENGINE_HANDLERS,
  });
});
