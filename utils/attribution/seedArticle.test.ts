import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAttributions } from './index';

// The shared corpus lives next to the repository (../shared from the repo root); it is not copied in.
const SEED = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'seed');

interface GoldAttribution {
  cue: [number, number];
  source: [number, number] | null;
  category: string;
}

describe('the seed article (Reuters, Iran troops in Syria)', () => {
  const text = readFileSync(resolve(SEED, 'iran-troops-syria.txt'), 'utf8');
  const gold: GoldAttribution[] = JSON.parse(readFileSync(resolve(SEED, 'gold.json'), 'utf8'))[0].attributions;
  const found = findAttributions(text);
  const overlaps = (a: { start: number; end: number }, g: [number, number]) => a.start < g[1] && g[0] < a.end;

  it('finds each of the 15 gold cues with its category', () => {
    expect(gold).toHaveLength(15);
    const missed = gold
      .filter((g) => !found.some((a) => overlaps(a.cue, g.cue) && a.category === g.category))
      .map((g) => `${g.category}: ${text.slice(g.cue[0], g.cue[1])} @${g.cue[0]}`);
    expect(missed).toEqual([]);
  });

  it('flags nothing else', () => {
    const extra = found
      .filter((a) => !gold.some((g) => overlaps(a.cue, g.cue) && a.category === g.category))
      .map((a) => `${a.category}: ${a.cue.text} @${a.cue.start}`);
    expect(extra).toEqual([]);
  });

  it('resolves "He", "Cook" and "one of the sources" to whom they stand for', () => {
    const resolved = (mention: string) => found.find((a) => a.source?.text === mention)?.resolvedSource;
    expect(resolved('He')).toBe('Sergei Lavrov');
    expect(resolved('Cook')).toBe('Peter Cook');
    expect(resolved('one of the sources')).toBe('Lebanese sources');
  });
});
