// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '..');
const corpus = resolve(repo, '..', 'shared', 'corpus');
const runEval = (...args: string[]) =>
  spawnSync(join(repo, 'node_modules', '.bin', 'tsx'), ['cli/eval.ts', ...args], { cwd: repo, encoding: 'utf8' });

describe('npm run eval', () => {
  const labelled = readdirSync(corpus).filter((name) => existsSync(join(corpus, name, 'gold.json')));

  it('scores every labelled set it finds under ../shared/corpus, each under its own heading', () => {
    const run = runEval();
    expect(run.status, run.stderr).toBe(0);
    expect(labelled.length).toBeGreaterThanOrEqual(2);
    const sections = run.stdout.split(/^== /m).slice(1);
    expect(sections.map((s) => s.split(' ')[0]).sort()).toEqual([...labelled].sort());
    for (const section of sections) expect(section).toMatch(/^any +\d\.\d{3} +\d\.\d{3} +\d\.\d{3} +\(\d+\/\d+\/\d+\)$/m);
  }, 120_000);

  it('passes its arguments to the scorer', () => {
    const run = runEval('--json');
    expect(run.status, run.stderr).toBe(0);
    const tables = run.stdout.split(/^== .*$/m).slice(1).map((s) => JSON.parse(s));
    expect(tables).toHaveLength(labelled.length);
    for (const t of tables) expect(t.table.any.f1).toBeGreaterThan(0);
  }, 120_000);
});
