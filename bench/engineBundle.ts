import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The engine bundled into one ES module, as the extension's build ships it in the background script: the
 * benches time that, not a module loader compiling TypeScript file by file.
 */
export async function bundleEngine(): Promise<string> {
  const outfile = join(mkdtempSync(join(tmpdir(), 'sourcelight-engine-')), 'engine.mjs');
  const entry = join(dirname(fileURLToPath(import.meta.url)), '..', 'utils', 'attribution', 'index.ts');
  await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', outfile, logLevel: 'warning' });
  return outfile;
}
