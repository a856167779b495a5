import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The read-only shared data sits beside the repository, never inside it. */
export const SHARED_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared');

export interface GoldSet {
  name: string;
  goldPath: string;
}

export interface GoldDoc {
  id: string;
  /** Path of the article text, relative to the gold file. */
  text: string;
}

/** Every labelled set: each corpus folder that holds a gold.json, by name. */
export function findGoldSets(corpusDir: string): GoldSet[] {
  return readdirSync(corpusDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(corpusDir, entry.name, 'gold.json')))
    .map((entry) => ({ name: entry.name, goldPath: join(corpusDir, entry.name, 'gold.json') }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
