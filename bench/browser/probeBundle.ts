import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';
import type { PageProbe } from './pageProbe';

/** pageProbe.ts as one script for the page, bundled once per run (the content script's modules, unminified). */
export function probeScript(): string {
  const result = buildSync({
    entryPoints: [fileURLToPath(new URL('./pageProbe.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    write: false,
  });
  return result.outputFiles[0]!.text;
}

/** A call to the probe, as an expression page.evaluate() runs in the page (after the probe script). */
export const callProbe = <K extends keyof PageProbe>(name: K): string => `globalThis.sourcelightBench.${name}()`;
