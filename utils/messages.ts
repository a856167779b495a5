import { browser, type Browser } from 'wxt/browser';
import type { Attribution, Category, Span } from './attribution/types';
import type { ClaimRow } from './claimExport';

/** Who stands behind a claim, as the popup and the tooltip show it. Every string comes from the page: text, never HTML. */
export interface ClaimSource {
  category: Category;
  /** The source as written, or null when the article leaves it unstated. */
  source: string | null;
  /** Who that mention refers to ("Pentagon spokesman Peter Cook" for "he"), or null. */
  resolvedSource: string | null;
  cue: string;
}

/** One claim as the popup lists it. */
export interface ClaimSummary extends ClaimSource {
  id: number;
  /** The start of the claim, shortened for the list. */
  snippet: string;
  /** Where the claim sits in the article's text: claims that overlap are one entry of the list. */
  claim: Span;
}

export type PageStatus = 'scanned' | 'no-article';

export interface PageState {
  status: PageStatus;
  counts: Record<Category, number>;
  claims: ClaimSummary[];
}

/**
 * Every message between the extension's parts: its name, what it carries and what it answers.
 * A message that is not here does not compile, and one that arrives without this shape is dropped.
 */
export interface MessageMap {
  /** popup -> content script: what the page holds now. */
  getPageState: { request: null; response: PageState };
  /** popup -> content script: every claim in full with the page's title, URL and scan date, for an export. */
  getClaimRows: { request: null; response: ClaimRow[] };
  /** popup -> content script: scroll to a claim and flash it. */
  revealClaim: { request: { id: number }; response: boolean };
  /** background (keyboard shortcut) -> content script: move to the next or previous claim. */
  stepClaim: { request: { direction: 1 | -1 }; response: number | null };
  /** content script -> background: the claims shown on this tab, and how many anonymous, for the badge; `noArticle` when none was found. */
  reportCount: { request: { count: number; anonymous: number; noArticle?: true }; response: null };
  /**
   * content script -> background: the attributions in an article's text. The engine runs in the background, where it
   * stays compiled from page to page and costs the page's main thread nothing.
   */
  findAttributions: { request: { text: string }; response: Attribution[] };
}

/** Longer than any article (the longest shared page holds 18,000 characters), well under Chrome's 64 MB message cap. */
export const MAX_ARTICLE_CHARS = 5_000_000;

export type MessageType = keyof MessageMap;
export type Request<K extends MessageType> = MessageMap[K]['request'];
export type Response<K extends MessageType> = MessageMap[K]['response'];

interface Envelope<K extends MessageType = MessageType> {
  type: K;
  data: Request<K>;
}

const isInteger = (v: unknown): v is number => Number.isSafeInteger(v);

/** Checks the payload of each message type, so a forged or stale message cannot reach a handler. */
const REQUEST_CHECKS: { [K in MessageType]: (data: unknown) => boolean } = {
  getPageState: (data) => data === null,
  getClaimRows: (data) => data === null,
  revealClaim: (data) => isRecord(data) && isInteger(data.id) && data.id >= 0,
  stepClaim: (data) => isRecord(data) && (data.direction === 1 || data.direction === -1),
  reportCount: (data) =>
    isRecord(data) &&
    isInteger(data.count) &&
    data.count >= 0 &&
    isInteger(data.anonymous) &&
    data.anonymous >= 0 &&
    data.anonymous <= data.count &&
    (data.noArticle === undefined || data.noArticle === true),
  findAttributions: (data) => isRecord(data) && typeof data.text === 'string' && data.text.length <= MAX_ARTICLE_CHARS,
};

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function isEnvelope(message: unknown): message is Envelope {
  return (
    isRecord(message) &&
    typeof message.type === 'string' &&
    Object.hasOwn(REQUEST_CHECKS, message.type) &&
    REQUEST_CHECKS[message.type as MessageType](message.data)
  );
}

/**
 * Only the extension's own pages and content scripts may talk to us: a web page (through externally_connectable or
 * a compromised frame) never carries our extension id.
 */
export function isFromExtension(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

export function sendToTab<K extends MessageType>(tabId: number, type: K, data: Request<K>): Promise<Response<K>> {
  return browser.tabs.sendMessage(tabId, { type, data } satisfies Envelope<K>) as Promise<Response<K>>;
}

export function sendToExtension<K extends MessageType>(type: K, data: Request<K>): Promise<Response<K>> {
  return browser.runtime.sendMessage({ type, data } satisfies Envelope<K>) as Promise<Response<K>>;
}

export type Handlers = {
  [K in MessageType]?: (data: Request<K>, sender: Browser.runtime.MessageSender) => Response<K> | Promise<Response<K>>;
};

/**
 * Answers the messages this context handles and ignores every other one (returning undefined lets another listener
 * in the same context answer). Returns the function that stops listening.
 */
export function handleMessages(handlers: Handlers): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isFromExtension(sender) || !isEnvelope(message)) return undefined;
    const handler = handlers[message.type] as
      | ((data: unknown, sender: Browser.runtime.MessageSender) => unknown)
      | undefined;
    if (!handler) return undefined;
    return Promise.resolve(handler(message.data, sender));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
