import { browser, type Browser } from 'wxt/browser';
import { isEnvelope, isFromExtension, type Handlers, type MessageType, type Request, type Response } from './messages';

/**
 * The content script's long-lived channel to the background: the requests of the message map (`utils/messages.ts`),
 * each with a number its answer comes back under. Once the port is open a round trip skips the browser's per-message
 * routing and channel set-up, which is most of what one `runtime.sendMessage` costs (see docs/performance.md).
 */
export const BACKGROUND_PORT = 'sourcelight';

/** How often one request is sent before it fails: once, and once more on a new port if the first one closed under it. */
const SENDS_PER_REQUEST = 2;

type PortAnswer = { id: number; response: unknown } | { id: number; error: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/**
 * The background's end: answers each request of a port from one of our content scripts with HANDLERS (the same ones
 * `handleMessages` gets), under the request's number. A port of another name or another sender is not ours to answer;
 * a message without the map's shape is dropped, as `handleMessages` drops it. Returns the function that stops.
 */
export function answerPorts(handlers: Handlers): () => void {
  const listener = (port: Browser.runtime.Port) => {
    const sender = port.sender;
    if (port.name !== BACKGROUND_PORT || !sender || !isFromExtension(sender)) return;
    port.onMessage.addListener(async (message: unknown) => {
      if (!isRecord(message) || !isId(message.id) || !isEnvelope(message)) return;
      const { id } = message;
      const handler = handlers[message.type] as ((data: unknown, sender: Browser.runtime.MessageSender) => unknown) | undefined;
      let answer: PortAnswer;
      try {
        if (!handler) throw new Error(`the background does not answer ${message.type}`);
        answer = { id, response: await handler(message.data, sender) };
      } catch (error) {
        answer = { id, error: error instanceof Error ? error.message : String(error) };
      }
      try {
        port.postMessage(answer);
      } catch {
        // The page went while the handler ran (closed, navigated, into the back/forward cache): nobody waits.
      }
    });
  };
  browser.runtime.onConnect.addListener(listener);
  return () => browser.runtime.onConnect.removeListener(listener);
}

export interface BackgroundPort {
  /** Sends a request of the message map and resolves with its answer; rejects with the background's error. */
  request<K extends MessageType>(type: K, data: Request<K>): Promise<Response<K>>;
  /**
   * Closes the port for a page going into the back/forward cache (an open port may keep it out, and the browser
   * closes it anyway). Requests made or left unanswered meanwhile wait for `resume`.
   */
  suspend(): void;
  /** Opens a new port for a page back from the back/forward cache and sends what waited. */
  resume(): void;
  /** Closes the port for good (the content script's context ended); what is unanswered rejects. */
  close(): void;
}

interface Pending {
  message: { id: number; type: MessageType; data: unknown };
  sends: number;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/**
 * The content script's end. Opens the port at once, so the background (a service worker Chrome may have stopped)
 * starts while the page finishes loading. When the background closes the port (Chrome stops an idle service worker,
 * the extension reloads), the next request opens a new one, and a request the closing cut off is sent again on it.
 */
export function openBackgroundPort(): BackgroundPort {
  let port: Browser.runtime.Port | null = null;
  let suspended = false;
  let closed = false;
  let nextId = 0;
  const pending = new Map<number, Pending>();

  const onAnswer = (answer: unknown) => {
    if (!isRecord(answer) || !isId(answer.id)) return;
    const waiting = pending.get(answer.id);
    if (!waiting) return;
    pending.delete(answer.id);
    if ('error' in answer) waiting.reject(new Error(String(answer.error)));
    else waiting.resolve(answer.response);
  };
  const onDisconnect = (gone: Browser.runtime.Port) => {
    // Read, so Chrome does not log the reason ("the receiving end does not exist") as unchecked.
    void browser.runtime.lastError;
    if (gone !== port) return;
    port = null;
    if (!suspended) for (const waiting of [...pending.values()]) send(waiting);
  };
  const connected = (): Browser.runtime.Port => {
    if (port) return port;
    const opened = browser.runtime.connect({ name: BACKGROUND_PORT });
    opened.onMessage.addListener(onAnswer);
    opened.onDisconnect.addListener(onDisconnect);
    port = opened;
    return opened;
  };
  function send(waiting: Pending): void {
    if (waiting.sends >= SENDS_PER_REQUEST) {
      pending.delete(waiting.message.id);
      waiting.reject(new Error('the background closed the port before it answered'));
      return;
    }
    waiting.sends++;
    try {
      connected().postMessage(waiting.message);
    } catch {
      // A port the background closed before its onDisconnect reached us: a new one, and this request once more.
      port = null;
      send(waiting);
    }
  }
  const drop = () => {
    const open = port;
    port = null;
    open?.disconnect();
  };

  connected();
  return {
    request<K extends MessageType>(type: K, data: Request<K>): Promise<Response<K>> {
      if (closed) return Promise.reject(new Error('the content script has ended'));
      return new Promise<Response<K>>((resolve, reject) => {
        const waiting: Pending = { message: { id: nextId++, type, data }, sends: 0, resolve: resolve as (v: unknown) => void, reject };
        pending.set(waiting.message.id, waiting);
        if (!suspended) send(waiting);
      });
    },
    suspend() {
      suspended = true;
      drop();
      // What was sent on the closed port is sent again on the next one, and counts that send no more.
      for (const waiting of pending.values()) waiting.sends = Math.max(0, waiting.sends - 1);
    },
    resume() {
      if (closed || !suspended) return;
      suspended = false;
      connected();
      for (const waiting of [...pending.values()]) send(waiting);
    },
    close() {
      closed = true;
      drop();
      for (const waiting of pending.values()) waiting.reject(new Error('the content script has ended'));
      pending.clear();
    },
  };
}
