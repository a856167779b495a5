import { extname } from 'node:path';
import { findAttributions } from '../utils/attribution/index';
import type { Attribution } from '../utils/attribution/types';
import { htmlArticleText } from './htmlArticleText';

/** One scanned file as `scan --json` prints it: the line format ../shared/eval/score.mjs reads. */
export interface ScanRecord {
  file: string;
  attributions: Attribution[];
  /** The extracted article text that the offsets index; only for HTML, whose text is not the file's. */
  text?: string;
}

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

function isHtmlPath(path: string): boolean {
  return HTML_EXTENSIONS.has(extname(path).toLowerCase());
}

/** The text the engine scans: the file as decoded, or for a page the article found in it. */
export function scannedText(path: string, fileText: string): string {
  return isHtmlPath(path) ? htmlArticleText(fileText) : fileText;
}

export function scanRecord(path: string, text: string): ScanRecord {
  // Fields copied one by one so the line format stays the documented one whatever else the engine adds.
  const attributions = findAttributions(text).map((a) => ({
    category: a.category,
    cue: { start: a.cue.start, end: a.cue.end, text: a.cue.text },
    source: a.source && { start: a.source.start, end: a.source.end, text: a.source.text },
    claim: { start: a.claim.start, end: a.claim.end },
    resolvedSource: a.resolvedSource,
  }));
  return isHtmlPath(path) ? { file: path, attributions, text } : { file: path, attributions };
}
