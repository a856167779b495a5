import { storage } from 'wxt/utils/storage';
import { CATEGORIES, type Category } from './attribution/types';

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
  /** Origins ("https://example.com") scanned on load although not on the news-site list. */
  alwaysScanSites: string[];
  /** Origins never scanned, even when on the news-site list. */
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

const isOrigin = (value: unknown): value is string => {
  if (typeof value !== 'string') return false;
  try {
    return new URL(value).origin === value;
  } catch {
    return false;
  }
};

/**
 * Settings come from sync storage, which another version of the extension, another device or a hand edit may have
 * written: keep every field that is valid and fall back to the default, with a warning, for each one that is not.
 */
export function validateSettings(raw: unknown): Settings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
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
    if (!given || typeof given !== 'object') {
      problems.push(key);
      return { ...fallback };
    }
    const out = {} as Record<Category, T>;
    for (const category of CATEGORIES) {
      const v = (given as Record<string, unknown>)[category];
      if (v !== undefined && !ok(v)) problems.push(`${key}.${category}`);
      out[category] = v !== undefined && ok(v) ? (v as T) : fallback[category];
    }
    return out;
  };
  const originList = (v: unknown) => Array.isArray(v) && v.every(isOrigin);
  const settings: Settings = {
    enabled: pick('enabled', (v) => typeof v === 'boolean', DEFAULT_SETTINGS.enabled),
    shown: perCategory<boolean>('shown', (v) => typeof v === 'boolean'),
    colors: perCategory<string>('colors', (v) => typeof v === 'string' && HEX_COLOR.test(v)),
    alwaysScanSites: [...pick<string[]>('alwaysScanSites', originList, DEFAULT_SETTINGS.alwaysScanSites)],
    neverScanSites: [...pick<string[]>('neverScanSites', originList, DEFAULT_SETTINGS.neverScanSites)],
    highlightMode: pick('highlightMode', (v) => HIGHLIGHT_MODES.includes(v as HighlightMode), DEFAULT_SETTINGS.highlightMode),
  };
  if (raw !== null && raw !== undefined && (typeof raw !== 'object' || Array.isArray(raw) || problems.length)) {
    console.warn(`Sourcelight: stored settings were invalid (${problems.join(', ') || typeof raw}); using defaults for them.`);
  }
  return settings;
}

const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  return validateSettings(await settingsItem.getValue());
}

/**
 * Updates run one after another: two quick changes (a switch, then a radio) would otherwise both read the old
 * settings, and the second write would undo the first.
 */
let pendingUpdate: Promise<unknown> = Promise.resolve();

export function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const update = pendingUpdate.then(async () => {
    const next = validateSettings({ ...(await loadSettings()), ...change });
    await settingsItem.setValue(next);
    return next;
  });
  pendingUpdate = update.catch(() => undefined);
  return update;
}

/** Calls back with the validated settings whenever they change, in any context; returns the unsubscribe function. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(validateSettings(value)));
}
