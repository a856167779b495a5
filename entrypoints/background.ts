import { scanAlwaysScannedSites, syncAlwaysScanWithPermissions } from '../utils/background/alwaysScan';
import { clearBadgeOnNavigation, showPageReport, styleBadge } from '../utils/background/badge';
import { listenToCommands } from '../utils/background/commands';
import { ENGINE_HANDLERS, loadModels } from '../utils/background/engine';
import { handleMessages, type Handlers } from '../utils/messages';
import { answerPorts } from '../utils/port';

export default defineBackground(() => {
  void styleBadge();
  // Ready before the first page asks; if this fails, the first request loads the model again and reports why.
  loadModels().catch(() => undefined);
  clearBadgeOnNavigation();
  listenToCommands();
  scanAlwaysScannedSites();
  syncAlwaysScanWithPermissions();
  const handlers: Handlers = {
    reportCount: async (report, sender) => {
      // Only the top frame's content script speaks for the tab.
      const tabId = sender.tab?.id;
      if (tabId !== undefined && !sender.frameId) await showPageReport(tabId, report);
      return null;
    },
    ...ENGINE_HANDLERS,
  };
  // Content scripts ask over a port (utils/port.ts); one message per request still works for any other sender.
  answerPorts(handlers);
  handleMessages(handlers);
});
