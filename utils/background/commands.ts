import { browser, type Browser } from 'wxt/browser';
import { sendToTab } from '../messages';
import { loadSettings, updateSettings } from '../settings';

/** The keyboard shortcuts, as named in the manifest's `commands`. */
export const COMMANDS = ['toggle-highlights', 'next-claim', 'previous-claim'] as const;
export type Command = (typeof COMMANDS)[number];

async function targetTabId(tab: Browser.tabs.Tab | undefined): Promise<number | undefined> {
  if (tab?.id !== undefined) return tab.id;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}

export async function runCommand(command: string, tab?: Browser.tabs.Tab): Promise<void> {
  if (command === 'toggle-highlights') {
    const { enabled } = await loadSettings();
    await updateSettings({ enabled: !enabled });
    return;
  }
  if (command !== 'next-claim' && command !== 'previous-claim') return;
  const tabId = await targetTabId(tab);
  if (tabId === undefined) return;
  // A tab without the content script (a browser page, an article not scanned) has nothing to step through.
  await sendToTab(tabId, 'stepClaim', { direction: command === 'next-claim' ? 1 : -1 }).catch(() => null);
}

export function listenToCommands(): void {
  // Returning the promise lets tests (and nothing else: the browser ignores it) wait for the command to finish; a
  // refused settings write is reported, never left unhandled.
  browser.commands.onCommand.addListener((command, tab) =>
    runCommand(command, tab).catch((error: unknown) => console.warn(`Sourcelight: the ${command} command failed`, error)),
  );
}
