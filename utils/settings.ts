import { storage } from 'wxt/utils/storage';
import { CATEGORIES, type Category } from './attribution/types';
import { readSiteList } from './siteHosts';

/**
 * How highlights are drawn: `marks` wraps claims in <mark> elements; `highlight-api` paints them with the
 * CSS Custom Highlight API and never touches the page's DOM; `auto` picks `highlight-api` on articles a client
 * framework owns, where foreign elements would fight its re-renders.
 */
export const HIGHLIGHT_MODES = ['auto', 'marks', 'highlight-api'] as const;
export type HighlightMode = (typeof HIGHLIGHT_MODES)[number];

export interface Settings {
  /** The master switch: highlights on or off everywhere. */
  enabled: boolean;
  shown: Record<Category, boolean>;
  colors: Record<Category, string>;
  /** Sites ("example.com", see siteHosts.ts) scanned on load although not on the news-site list. */
  alwaysScanSites: string[];
  /** Sites never scanned, even when on the news-site list. */
  neverScanSites: string[];
  highlightMode: HighlightMode;
}

/** Chosen to stay readable as a translucent background on both light and dark pages. */
export const DEFAULT_COLORS: Record<Category, string> = {
  anonymous: '#f59e0b',
  official: '#3b82f6',
  named: '#10b981',
  document: '#a855f7',
};

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  shown: { anonymous: true, official: true, named: true, document: true },
  colors: { ...DEFAULT_COLORS },
  alwaysScanSites: [],
  neverScanSites: [],
  highlightMode: 'auto',
};

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

const SITE_LISTS = ['alwaysScanSites', 'neverScanSites'] as const;
type SiteLists = Pick<Settings, (typeof SITE_LISTS)[number]>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Settings come from storage, which another version of the extension, another device or a hand edit may have
 * written: keep every field that is valid and fall back to the default, with a warning, for each one that is not. A
 * site list keeps its good entries; one that names no site is skipped and reported.
 */
export function validateSettings(raw: unknown): Settings {
  const value = isRecord(raw) ? raw : {};
  const problems: string[] = [];
  const pick = <T>(key: string, ok: (v: unknown) => boolean, fallback: T): T => {
    if (!(key in value)) return fallback;
    if (ok(value[key])) return value[key] as T;
    problems.push(key);
    return fallback;
  };
  const perCategory = <T>(key: 'shown' | 'colors', ok: (v: unknown) => boolean): Record<Category, T> => {
    const fallback = DEFAULT_SETTINGS[key] as Record<Category, T>;
    const given = value[key];
    if (given === undefined) return { ...fallback };
    if (!isRecord(given)) {
      problems.push(key);
      return { ...fallback };
    }
    const out = {} as Record<Category, T>;
    for (const category of CATEGORIES) {
      const v = given[category];
      if (v !== undefined && !ok(v)) problems.push(`${key}.${category}`);
      out[category] = v !== undefined && ok(v) ? (v as T) : fallback[category];
    }
    return out;
  };
  const siteList = (key: (typeof SITE_LISTS)[number]): string[] => {
    if (value[key] === undefined) return [];
    const read = readSiteList(value[key]);
    if (!read) problems.push(key);
    else if (read.skipped.length) problems.push(`${key} (${read.skipped.map((entry) => JSON.stringify(entry)).join(', ')})`);
    return read?.sites ?? [];
  };
  const settings: Settings = {
    enabled: pick('enabled', (v) => typeof v === 'boolean', DEFAULT_SETTINGS.enabled),
    shown: perCategory<boolean>('shown', (v) => typeof v === 'boolean'),
    colors: perCategory<string>('colors', (v) => typeof v === 'string' && HEX_COLOR.test(v)),
    alwaysScanSites: siteList('alwaysScanSites'),
    neverScanSites: siteList('neverScanSites'),
    highlightMode: pick('highlightMode', (v) => HIGHLIGHT_MODES.includes(v as HighlightMode), DEFAULT_SETTINGS.highlightMode),
  };
  if (raw !== null && raw !== undefined && (!isRecord(raw) || problems.length)) {
    console.warn(`Sourcelight: stored settings were invalid (${problems.join(', ') || typeof raw}); skipped them.`);
  }
  return settings;
}

/** Everything but the site lists, in sync storage (Chrome allows 8 kB an item there, 120 writes a minute). */
const settingsItem = storage.defineItem<Record<string, unknown>>('sync:settings', { fallback: {}, version: 1 });
/** The site lists, in local storage, where 1,000 sites fit; an older version kept them in the sync item. */
const siteListsItem = storage.defineItem<Record<string, unknown> | null>('local:siteLists', { fallback: null });

async function readStored(): Promise<{ sync: Record<string, unknown>; lists: Record<string, unknown> }> {
  const [sync, local] = await Promise.all([settingsItem.getValue(), siteListsItem.getValue()]);
  const synced = isRecord(sync) ? sync : {};
  const lists = isRecord(local) ? local : Object.fromEntries(SITE_LISTS.filter((key) => key in synced).map((key) => [key, synced[key]]));
  return { sync: sync as Record<string, unknown>, lists };
}

export async function loadSettings(): Promise<Settings> {
  const { sync, lists } = await readStored();
  if (!isRecord(sync)) return validateSettings(sync);
  return validateSettings({ ...sync, ...lists });
}

/** Writes wait for the one in flight and join; a spacing in time (Chrome allows 120 sync writes a minute) is not yet set. */
export const WRITE_SPACING_MS = 0;

let queued: Partial<Settings> | null = null;
let queuedWrite: Promise<Settings> | null = null;
let lastWrite: Promise<unknown> = Promise.resolve();
let lastWriteAt = -Infinity;

/**
 * Saves a change. Changes made while a write waits join it, so quick changes (a colour dragged, a switch then a
 * radio) lose none and make one write; writes keep WRITE_SPACING_MS apart. Only the fields changed are written, over
 * what is stored, so a list holding an entry this version cannot read is never written back emptied. Resolves with
 * the settings saved; rejects when the browser refuses the write (over quota, too many writes).
 */
export function updateSettings(change: Partial<Settings>): Promise<Settings> {
  queued = { ...queued, ...change };
  queuedWrite ??= lastWrite.then(
    () => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, lastWriteAt + WRITE_SPACING_MS - Date.now()))),
  ).then(async () => {
    const pending = queued!;
    queued = null;
    queuedWrite = null;
    lastWriteAt = Date.now();
    return writeChange(pending);
  });
  const write = queuedWrite;
  lastWrite = write.catch(() => undefined);
  return write;
}

async function writeChange(change: Partial<Settings>): Promise<Settings> {
  const { sync, lists } = await readStored();
  const listChange: Partial<SiteLists> = {};
  const syncChange: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(change)) {
    if ((SITE_LISTS as readonly string[]).includes(key)) listChange[key as keyof SiteLists] = v as string[];
    else syncChange[key] = v;
  }
  const synced = isRecord(sync) ? sync : {};
  const hasLegacyLists = SITE_LISTS.some((key) => key in synced);
  if (Object.keys(listChange).length || hasLegacyLists) await siteListsItem.setValue({ ...lists, ...listChange });
  if (Object.keys(syncChange).length || hasLegacyLists) {
    const rest = Object.fromEntries(Object.entries(synced).filter(([key]) => !(SITE_LISTS as readonly string[]).includes(key)));
    await settingsItem.setValue({ ...rest, ...syncChange });
  }
  return loadSettings();
}

/** Calls back with the validated settings whenever they change, in any context; returns the unsubscribe function. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  // One save may write both items: the watcher hears of the settings once.
  let last = '';
  const changed = () => {
    loadSettings().then(
      (settings) => {
        const key = JSON.stringify(settings);
        if (key === last) return;
        last = key;
        callback(settings);
      },
      (error: unknown) => console.debug('Sourcelight: could not read the settings', error),
    );
  };
  const stops = [settingsItem.watch(changed), siteListsItem.watch(changed)];
  return () => stops.forEach((stop) => stop());
}
