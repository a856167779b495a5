import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasModel, LANGUAGES, modelPath, provideModel } from '../utils/attribution/index';

/** The repository's `public/`, where the shipped model files sit as the extension package holds them. */
export const PUBLIC_DIR = join(import.meta.dirname, '..', 'public');

/** Reads every shipped model file into the engine, once per process: for the CLI, the benches and the tests. */
export function loadShippedModels(): void {
  for (const language of LANGUAGES) {
    if (!hasModel(language)) provideModel(language, new Uint8Array(readFileSync(join(PUBLIC_DIR, modelPath(language)))));
  }
}
