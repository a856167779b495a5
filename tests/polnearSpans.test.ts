// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { markedArticle } from './support/markedGold';

const repo = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'sourcelight-spans-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A gold set of two invented articles in the shared scorer's format, each text in its own file.
const articles = [
  markedArticle('budget', [
    '“<The budget is balanced>,” {the finance ministry spokesman} [said] on Monday.',
    ['{The union} [wants] <a new vote>.', null],
  ]),
  markedArticle('poll', [['{A poll released on Tuesday} [shows] <most voters back the plan>.', 'document']]),
];
for (const a of articles) writeFileSync(join(dir, `${a.id}.txt`), a.text);
const goldPath = join(dir, 'gold.json');
writeFileSync(goldPath, JSON.stringify(articles.map((a) => ({ id: a.id, text: `${a.id}.txt`, attributions: a.attributions }))));

const run = (...args: string[]) =>
  spawnSync(join(repo, 'node_modules', '.bin', 'tsx'), ['bench/polnearSpans.ts', '--gold', goldPath, ...args], { cwd: repo, encoding: 'utf8' });

describe('npm run eval:polnear', () => {
  it('prints the figures of every gold attribution, overall and by lemma, construction and category', () => {
    const { status, stdout, stderr } = run();
    expect(status, stderr).toBe(0);
    expect(stdout).toMatch(/: 2 articles, 3 human-marked attributions\n/);
    expect(stdout).toMatch(/^cue found +\d \/ 3 = [\d.]+%; of the claims: \d \/ 2 = [\d.]+%$/m);
    for (const heading of ['by cue lemma (3 distinct)', 'by construction', 'by gold category']) expect(stdout).toContain(heading);
    expect(stdout).toMatch(/^say +1 /m);
    expect(stdout).toMatch(/^quote-before +"…," X said +1 /m);
    expect(stdout).toMatch(/^not a claim +1 /m);
  }, 60_000);

  it('prints the same as JSON, with the misses asked for', () => {
    const { status, stdout, stderr } = run('--json', '--errors', '5', '--miss', 'cue');
    expect(status, stderr).toBe(0);
    const figures = JSON.parse(stdout);
    expect(figures.overall.count).toBe(3);
    expect(figures.byCategory.map((r: { key: string }) => r.key)).toEqual(['official', 'document', 'not-a-claim']);
    expect(figures.misses.total).toBe(3 - figures.overall.cueFound.hits);
  }, 60_000);

  it('refuses an unknown option with its usage', () => {
    const { status, stderr } = run('--lemmas', 'say');
    expect(status).toBe(2);
    expect(stderr).toContain('eval:polnear: unknown option "--lemmas"');
    expect(stderr).toContain('usage: npm run --silent eval:polnear');
  }, 60_000);
});
