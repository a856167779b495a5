import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Listener = (...args: never[]) => unknown;

function event() {
  const listeners = new Set<Listener>();
  return {
    addListener: (listener: Listener) => void listeners.add(listener),
    removeListener: (listener: Listener) => void listeners.delete(listener),
    hasListener: (listener: Listener) => listeners.has(listener),
    hasListeners: () => listeners.size > 0,
    fire: (...args: unknown[]) => {
      for (const listener of [...listeners]) (listener as (...a: unknown[]) => unknown)(...args);
    },
  };
}

interface FakePort {
  name: string;
  sender: Browser.runtime.MessageSender | undefined;
  onMessage: ReturnType<typeof event>;
  onDisconnect: ReturnType<typeof event>;
  open: boolean;
  other: FakePort | null;
  postMessage(message: unknown): void;
  disconnect(): void;
}

/** One end of a port pair: what Chrome's runtime.Port does that our code relies on. */
function portEnd(name: string, sender: Browser.runtime.MessageSender | undefined): FakePort {
  const onMessage = event();
  const onDisconnect = event();
  const end: FakePort = {
    name,
    sender,
    onMessage,
    onDisconnect,
    open: true,
    other: null,
    postMessage(message: unknown) {
      if (!end.open) throw new Error('Attempting to use a disconnected port object');
      // As in the browser: a copy, delivered in a later task.
      const copy = structuredClone(message);
      const other = end.other!;
      setTimeout(() => other.open && other.onMessage.fire(copy, other));
    },
    disconnect() {
      if (!end.open) return;
      end.open = false;
      const other = end.other!;
      other.open = false;
      // The other end hears of it; the end that disconnected does not.
      setTimeout(() => other.onDisconnect.fire(other));
    },
  };
  return end;
}

/**
 * runtime.connect and runtime.onConnect for the fake browser, which mocks neither: each connect makes a pair of ports
 * between the content script's world and the background's listeners, sent from our extension's tab 1. Returns the
 * function that closes every background end, as Chrome does when it stops the service worker.
 */
export function fakeRuntimePorts(): { stopBackground(): void; opened(): number } {
  const onConnect = event();
  const backgroundEnds: FakePort[] = [];
  const sender = { id: fakeBrowser.runtime.id, tab: { id: 1 } as Browser.tabs.Tab, frameId: 0 };
  Object.assign(fakeBrowser.runtime, { onConnect });
  const connect = (info?: { name?: string }) => {
    const page = portEnd(info?.name ?? '', undefined);
    const background = portEnd(info?.name ?? '', sender);
    page.other = background;
    background.other = page;
    backgroundEnds.push(background);
    setTimeout(() => onConnect.fire(background));
    return page;
  };
  Object.assign(fakeBrowser.runtime, { connect });
  return {
    stopBackground: () => backgroundEnds.forEach((end) => end.disconnect()),
    opened: () => backgroundEnds.length,
  };
}
