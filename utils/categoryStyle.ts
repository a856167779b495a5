import type { Category } from './attribution/types';

export const CATEGORY_LABELS: Record<Category, string> = {
  anonymous: 'Anonymous',
  official: 'Official',
  named: 'Named',
  document: 'Document',
};

/**
 * The underline style of each category, drawn on the page and in the popup alike, so a reader who cannot tell the
 * colours apart can still tell the categories apart.
 */
export const CATEGORY_UNDERLINE: Record<Category, 'dotted' | 'solid' | 'double' | 'dashed'> = {
  anonymous: 'dotted',
  official: 'solid',
  named: 'double',
  document: 'dashed',
};

/** The sign before each claim on the page and before each category in the popup: a second cue besides colour. */
export const CATEGORY_GLYPH: Record<Category, string> = {
  anonymous: '?',
  official: '◆',
  named: '●',
  document: '▤',
};

/** The popup's backgrounds in each colour scheme (components/base.css: --bg and --hover, where claims are listed). */
export const POPUP_BACKGROUNDS = {
  light: ['#ffffff', '#f3f4f6'],
  dark: ['#111827', '#1f2937'],
} as const;
