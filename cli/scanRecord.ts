import { extname } from 'node:path';
import { findAttributions } from '../utils/attribution/index';
import type { Attribution } from '../utils/attribution/types';
import { loadShippedModels } from './engineModels';

/** One scanned file as `scan --json` prints it: the line format ../shared/eval/score.mjs reads. */
export interface ScanRecord {
  file: string;
  attributions: RecordAttribution[];
  /** The extracted article text that the offsets index; only for HTML, whose text is not the file's. */
  text?: string;
}

export type RecordAttribution = Pick<Attribution, 'category' | 'cue' | 'source' | 'claim' | 'resolvedSource'>;

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

export function isHtmlPath(path: string): boolean {
  return HTML_EXTENSIONS.has(extname(path).toLowerCase());
}

/** The attributions of a text in the documented line format: fields copied one by one, whatever else the engine adds. */
export function recordAttributions(text: string): RecordAttribution[] {
  loadShippedModels();
  return findAttributions(text).map((a) => ({
    category: a.category,
    cue: { start: a.cue.start, end: a.cue.end, text: a.cue.text },
    source: a.source && { start: a.source.start, end: a.source.end, text: a.source.text },
    claim: { start: a.claim.start, end: a.claim.end },
    resolvedSource: a.resolvedSource,
  }));
}

export function scanRecord(path: string, text: string): ScanRecord {
  const attributions = recordAttributions(text);
  return isHtmlPath(path) ? { file: path, attributions, text } : { file: path, attributions };
}
