import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PUBLIC_DIR } from '../cli/engineModels';
import { SHARED_DIR } from '../cli/goldSets';
import { modelPath } from '../utils/attribution/model/languageModels';
import { fmtMs } from './detectTiming';

const RUNS = 5;

/**
 * The first scan after the background starts: a fresh process loads the bundled engine, reads the model file
 * and hands it over (as the background does with the file it fetches from its own package), and scans the
 * seed article once. Median of RUNS fresh processes.
 */
export function coldStart(bundle: string): string {
  const seed = join(SHARED_DIR, 'corpus', 'seed', 'iran-troops-syria.txt');
  const script = `
    const text = (await import('node:fs')).readFileSync(${JSON.stringify(seed)}, 'utf8');
    const t0 = performance.now();
    const engine = await import(${JSON.stringify(pathToFileURL(bundle).href)});
    const file = (await import('node:fs')).readFileSync(${JSON.stringify(join(PUBLIC_DIR, modelPath('en')))});
    engine.provideModel('en', new Uint8Array(file.buffer, file.byteOffset, file.length));
    const t1 = performance.now();
    const found = engine.findAttributions(text);
    const t2 = performance.now();
    console.log(JSON.stringify({ load: t1 - t0, scan: t2 - t1, found: found.length }));`;
  const runs = Array.from({ length: RUNS }, () => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as { load: number; scan: number; found: number });
  const median = (pick: (r: (typeof runs)[number]) => number) => runs.map(pick).sort((a, b) => a - b)[RUNS >> 1]!;
  const size = readFileSync(bundle).length;
  const weights = readFileSync(join(PUBLIC_DIR, modelPath('en'))).length;
  return `first scan after a cold start (seed article, ${runs[0]!.found} attributions, median of ${RUNS} fresh processes): ` +
    `${fmtMs(median((r) => r.load + r.scan))} ms = load ${fmtMs(median((r) => r.load))} ms (${(size / 1e6).toFixed(2)} MB of code, ${(weights / 1e6).toFixed(2)} MB model file) + first scan ${fmtMs(median((r) => r.scan))} ms`;
}
