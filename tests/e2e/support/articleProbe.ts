import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export interface ArticleProbe {
  /** The article text as the content script reads it (utils/page/article/articleText.ts). */
  text: string;
  tag: string;
  marksInside: number;
  marksOutside: number;
  highlightRangesInside: number;
  highlightRangesOutside: number;
  /** Categories painted with the CSS Custom Highlight API (used instead of marks on articles a framework renders). */
  highlightCategories: string[];
  markedClaims: { claim: number; category: string | null }[];
}

let bundled: Promise<string> | null = null;

/**
 * The script that defines `sourcelightProbe()` in a page (see articleProbe.entry.ts), built once per test run with
 * Vite from the extension's own sources.
 */
export function articleProbeScript(): Promise<string> {
  bundled ??= (async () => {
    const output = await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        write: false,
        minify: false,
        lib: { entry: fileURLToPath(new URL('./articleProbe.entry.ts', import.meta.url)), formats: ['iife'], name: 'sourcelightProbeBundle' },
      },
    });
    const result = Array.isArray(output) ? output[0] : output;
    const chunk = result && 'output' in result ? result.output.find((o) => o.type === 'chunk') : undefined;
    if (!chunk || chunk.type !== 'chunk') throw new Error('the article probe did not bundle');
    return chunk.code;
  })();
  return bundled;
}

/** Runs in the page after the probe script was added: what findArticle() chose and what the page shows in it. */
export function runProbe(): ArticleProbe | null {
  return (globalThis as unknown as { sourcelightProbe: () => ArticleProbe | null }).sourcelightProbe();
}
