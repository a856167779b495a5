import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROME_BUILD_DIR } from '../../harness/paths';

export interface BundleSize {
  name: string;
  files: string[];
  bytes: number;
  gzipBytes: number;
}

/** The scripts and stylesheets an extension page loads, from its HTML. */
function pageFiles(html: string): string[] {
  return [...readFileSync(join(CHROME_BUILD_DIR, html), 'utf8').matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
}

/** The Chrome build's content script, popup and background, raw and gzip-compressed as a store would serve them. */
export function bundleSizes(): BundleSize[] {
  const size = (name: string, files: string[]): BundleSize => {
    const contents = files.map((f) => readFileSync(join(CHROME_BUILD_DIR, f)));
    return {
      name,
      files,
      bytes: contents.reduce((sum, c) => sum + c.length, 0),
      gzipBytes: contents.reduce((sum, c) => sum + gzipSync(c, { level: 9 }).length, 0),
    };
  };
  return [
    size('content script', ['content-scripts/content.js']),
    size('popup', pageFiles('popup.html')),
    size('background', ['background.js']),
  ];
}
