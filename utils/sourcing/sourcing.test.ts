// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadShippedModels } from '../../cli/engineModels';
import { SEED_DIR } from '../../harness/paths';
import { findAttributions } from '../attribution';
import type { Category } from '../attribution/types';
import { claimSummaries } from '../page/claims/claimSummaries';
import { claimEntries, onRecordShare, sourceGroups, summaryProfile } from './index';

const placed = (id: number, start: number, end: number) => ({ id, claim: { start, end } });
const sourced = (id: number, category: Category, source: string | null, resolvedSource: string | null = null) => ({ id, category, source, resolvedSource });

describe('claimEntries', () => {
  it('makes claims whose text overlaps one entry, led by the first claim, entries in text order', () => {
    // 1 (10-20) overlaps 2 (15-30), which overlaps 4 (29-31), which overlaps 3 (30-40): one passage.
    const entries = claimEntries([placed(0, 50, 60), placed(1, 10, 20), placed(2, 15, 30), placed(3, 30, 40), placed(4, 29, 31), placed(5, 60, 70)]);
    expect(entries.map((e) => [e.id, e.claims.map((c) => c.id)])).toEqual([
      [1, [1, 2, 3, 4]],
      [0, [0]],
      // Touching is not overlapping: 60-70 starts where 50-60 ends.
      [5, [5]],
    ]);
  });

  it('lists every claim exactly once', () => {
    const claims = [placed(2, 5, 9), placed(0, 0, 4), placed(1, 3, 6), placed(3, 20, 20)];
    expect(claimEntries(claims).flatMap((e) => e.claims.map((c) => c.id)).sort()).toEqual([0, 1, 2, 3]);
    expect(claimEntries([])).toEqual([]);
  });
});

describe('sourceGroups', () => {
  const groups = sourceGroups([
    sourced(0, 'official', 'Pentagon spokesman Peter Cook', 'Peter Cook'),
    sourced(1, 'anonymous', 'a senior official'),
    sourced(2, 'official', 'Cook', 'Peter Cook'),
    sourced(3, 'anonymous', 'A senior  official'),
    sourced(4, 'anonymous', null),
    sourced(5, 'official', 'he', 'Peter Cook'),
    sourced(6, 'named', 'The Pentagon', 'the Pentagon'),
  ]);

  it('merges the mentions of one entity, most claims first, then by first appearance', () => {
    expect(groups.map((g) => [g.name, g.claims.map((c) => c.id)])).toEqual([
      ['Peter Cook', [0, 2, 5]],
      ['a senior official', [1, 3]],
      [null, [4]],
      ['the Pentagon', [6]],
    ]);
  });

  it('gives each source its role as written, its category and a key; unstated sources have the empty key', () => {
    expect(groups[0]).toMatchObject({ key: 'peter cook', asWritten: 'Pentagon spokesman Peter Cook', category: 'official' });
    expect(groups[1]!.asWritten).toBeNull();
    expect(groups[2]!.key).toBe('');
    // "The Pentagon" only repeats the name.
    expect(groups[3]!.asWritten).toBeNull();
  });

  it('takes the category most of a source\'s claims have', () => {
    const [group] = sourceGroups([sourced(0, 'named', 'X'), sourced(1, 'official', 'X'), sourced(2, 'official', 'x')]);
    expect(group!.category).toBe('official');
  });
});

describe('on the seed article, as the engine finds it', () => {
  loadShippedModels();
  const text = readFileSync(join(SEED_DIR, 'iran-troops-syria.txt'), 'utf8');
  const claims = claimSummaries(text, findAttributions(text));
  const profile = summaryProfile(claims);
  const groups = sourceGroups(claims);

  it('counts one distinct source per named row of the Sources view, and every claim in some row', () => {
    expect(profile.distinctSources).toBe(groups.filter((g) => g.key !== '').length);
    expect(groups.reduce((n, g) => n + g.claims.length, 0)).toBe(claims.length);
    expect(profile.claims).toBe(claims.length);
    expect(onRecordShare(profile)! + profile.anonymousShare!).toBeCloseTo(1);
  });

  it("keeps Peter Cook's claims together, however the article names him", () => {
    const cook = groups.filter((g) => g.claims.some((c) => /Cook/.test(c.source ?? '')));
    expect(cook).toHaveLength(1);
    expect(cook[0]!.claims.length).toBe(claims.filter((c) => /Cook/.test(`${c.source} ${c.resolvedSource}`)).length);
    expect(cook[0]!.claims.length).toBeGreaterThan(1);
  });

  it('lists a passage attributed to two sources once, with both', () => {
    const entries = claimEntries(claims);
    const shared = entries.filter((e) => e.claims.length > 1);
    expect(entries.length).toBe(claims.length - shared.reduce((n, e) => n + e.claims.length - 1, 0));
    for (const entry of entries) {
      for (const other of entries) {
        if (entry === other) continue;
        const [a, b] = [entry.claims, other.claims].map((cs) => ({ start: Math.min(...cs.map((c) => c.claim.start)), end: Math.max(...cs.map((c) => c.claim.end)) }));
        expect(a!.start < b!.end && b!.start < a!.end).toBe(false);
      }
    }
  });
});
