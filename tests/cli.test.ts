// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseScanArgs } from '../cli/args';
import { shouldColor } from '../cli/formatReport';
import { MAX_FILE_BYTES } from '../cli/readTextFile';
import { runScan } from '../cli/runScan';
import type { ScanRecord } from '../cli/scanRecord';
import { CATEGORIES } from '../utils/attribution/types';

const ARTICLE = `Ministry denies report on troop movements
The defence ministry said in a statement on Monday that no troops had crossed the border.
Two sources told Reuters that hundreds of soldiers had arrived in the region last week.
"We will not comment on operational matters," a spokesman for the ministry said.
`;

const PAGE = `<!doctype html><html><head><title>Ministry denies report</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World: officials said to quit</a></li></ul></nav>
<header><h1>Ministry denies report on troop movements</h1></header>
<main><article>
<p>The defence ministry said in a statement on Monday that no troops had crossed the border, rejecting an earlier account in the press about the movements of several units along the frontier.</p>
<p>Two sources told Reuters that hundreds of soldiers had arrived in the region last week, many of them with heavy equipment, and that more were expected to follow in the coming days.</p>
<p>"We will not comment on operational matters," a spokesman for the ministry said when asked about the reports, adding that the government would publish a full account of the situation.</p>
<p>Residents of the border towns described long convoys on the roads at night and said that the shops had been closed since the weekend as families stayed indoors.</p>
</article></main>
<aside><h2>Most read</h2><p>Sponsored: analysts say this one trick doubles your savings</p></aside>
<footer><p>Copyright 2026 Example News. All rights reserved.</p></footer>
</body></html>`;

// Every scan starts its threads, each loading the engine: seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

let dir: string;
const path = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sourcelight-cli-'));
  writeFileSync(path('article.txt'), ARTICLE);
  writeFileSync(path('bom.txt'), `\ufeff${ARTICLE}`);
  writeFileSync(path('page.html'), PAGE);
  writeFileSync(path('empty.txt'), '');
  writeFileSync(path('blank.txt'), ' \n\t\n');
  writeFileSync(path('image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  writeFileSync(path('latin1.txt'), Buffer.from('Le ministre a d\xe9clar\xe9 lundi.', 'latin1'));
  writeFileSync(path('utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('A spokesman said so.', 'utf16le')]));
  writeFileSync(path('controls.txt'), '\x01\x02\x03\x04\x05abc\x06\x07\x08\x0e\x0f'.repeat(50));
  writeFileSync(path('escape.txt'), 'A spokesman said \x1b[2J\x1b[31mthe screen is cleared\x1b[0m today.\n');
  // Sparse: the size is over the limit without writing 20 MB; the CLI must refuse it from its size alone.
  writeFileSync(path('huge.txt'), '');
  truncateSync(path('huge.txt'), MAX_FILE_BYTES + 1);
  mkdirSync(path('folder.txt'));
  writeFileSync(path('fragment.html'), '<p>Two sources told Reuters the talks had failed.</p><div>A spokesman declined to comment.</div>');
  // Far deeper than any real page (13-33 levels): must not overflow a recursion.
  writeFileSync(path('deep.html'), `<html><body>${'<div>'.repeat(20_000)}<p>Two sources told Reuters the talks had failed.</p>${'</div>'.repeat(20_000)}</body></html>`);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function scan(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runScan(argv, { out: (s) => (stdout += s), err: (s) => (stderr += s), color: false });
  return { code, stdout, stderr };
}

const jsonLines = (stdout: string) => stdout.trim().split('\n').map((line) => JSON.parse(line) as ScanRecord);

describe('scan of bad files', () => {
  it.each([
    ['missing.txt', /no such file/],
    ['empty.txt', /empty/],
    ['blank.txt', /no text/],
    ['image.txt', /binary/],
    ['latin1.txt', /not valid UTF-8/],
    ['utf16.txt', /UTF-16/],
    ['controls.txt', /binary/],
    ['huge.txt', /too large/],
    ['folder.txt', /directory/],
  ])('%s: one error line naming the file and the reason, the good file still scanned, exit 1', async (name, reason) => {
    const { code, stdout, stderr } = await scan('--json', path(name), path('article.txt'));
    expect(code).toBe(1);
    const errors = stderr.trim().split('\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(path(name));
    expect(errors[0]).toMatch(reason);
    const records = jsonLines(stdout);
    expect(records.map((r) => r.file)).toEqual([path('article.txt')]);
    expect(records[0]!.attributions.length).toBeGreaterThan(0);
  });

  it('every good file scanned gives exit 0 and nothing on stderr', async () => {
    const { code, stderr } = await scan(path('article.txt'), path('page.html'));
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });
});

describe('scan --json', () => {
  it('prints one line per file in the documented shape, with offsets into the file text', async () => {
    const { code, stdout } = await scan('--json', path('article.txt'), path('bom.txt'));
    expect(code).toBe(0);
    const records = jsonLines(stdout);
    expect(records).toHaveLength(2);
    for (const record of records) {
      expect(Object.keys(record)).toEqual(['file', 'attributions']);
      // What the scorer reads: Node's utf8 decoding, which keeps a byte order mark.
      const text = readFileSync(record.file, 'utf8');
      for (const a of record.attributions) {
        expect(Object.keys(a)).toEqual(['category', 'cue', 'source', 'claim', 'resolvedSource']);
        expect(CATEGORIES).toContain(a.category);
        expect(text.slice(a.cue.start, a.cue.end)).toBe(a.cue.text);
        if (a.source) expect(text.slice(a.source.start, a.source.end)).toBe(a.source.text);
      }
    }
    const categories = new Set(records[0]!.attributions.map((a) => a.category));
    expect(categories).toContain('anonymous');
    expect(categories).toContain('official');
    // The BOM shifts every offset by one.
    expect(records[1]!.attributions.map((a) => a.cue.start)).toEqual(records[0]!.attributions.map((a) => a.cue.start + 1));
  });

  it('for HTML carries the extracted article text that the offsets index, without navigation or asides', async () => {
    const { stdout } = await scan('--json', path('page.html'));
    const [record] = jsonLines(stdout);
    expect(Object.keys(record!)).toEqual(['file', 'attributions', 'text']);
    const text = record!.text!;
    expect(text).toContain('Two sources told Reuters that hundreds of soldiers');
    expect(text).not.toContain('officials said to quit');
    expect(text).not.toContain('this one trick');
    expect(text).not.toContain('<p>');
    // One paragraph per line, so sentences of neighbouring paragraphs never merge.
    expect(text.split('\n')).toContain(
      'Two sources told Reuters that hundreds of soldiers had arrived in the region last week, many of them with heavy equipment, and that more were expected to follow in the coming days.',
    );
    expect(record!.attributions.length).toBeGreaterThan(0);
    for (const a of record!.attributions) {
      expect(text.slice(a.cue.start, a.cue.end)).toBe(a.cue.text);
      if (a.source) expect(text.slice(a.source.start, a.source.end)).toBe(a.source.text);
      expect(a.claim.end).toBeLessThanOrEqual(text.length);
    }
  });
});

describe('scan of unusual pages', () => {
  it('reads an HTML fragment without <html> or <body>', async () => {
    const { code, stdout } = await scan('--json', path('fragment.html'));
    expect(code).toBe(0);
    expect(jsonLines(stdout)[0]!.text).toBe('Two sources told Reuters the talks had failed.\nA spokesman declined to comment.');
  });

  it('reads a page nested 20,000 elements deep', async () => {
    const { code, stdout } = await scan('--json', path('deep.html'));
    expect(code).toBe(0);
    const [record] = jsonLines(stdout);
    expect(record!.text).toBe('Two sources told Reuters the talks had failed.');
    expect(record!.attributions.map((a) => a.category)).toEqual(['anonymous']);
  }, 60_000);
});

describe('scan of real news pages from ../shared/pages', () => {
  const shared = resolve(import.meta.dirname, '..', '..', 'shared');

  it('finds in the seed page the same claims as in the seed article text', async () => {
    const { code, stdout } = await scan('--json', join(shared, 'pages', 'seed-article.html'), join(shared, 'corpus', 'seed', 'iran-troops-syria.txt'));
    expect(code).toBe(0);
    const [page, article] = jsonLines(stdout);
    const claims = (r: ScanRecord) => r.attributions.map((a) => [a.category, a.cue.text, a.source?.text ?? null]);
    expect(page!.attributions.length).toBeGreaterThan(5);
    expect(claims(page!)).toEqual(claims(article!));
    // Every paragraph of the article is a line of the page text; only the dateline is not in the page's article.
    const pageLines = page!.text!.split('\n');
    const paragraphs = readFileSync(join(shared, 'corpus', 'seed', 'iran-troops-syria.txt'), 'utf8').split('\n').filter((l) => l.length > 40);
    for (const paragraph of paragraphs) expect(pageLines).toContain(paragraph.trim());
  });

  it('scans every stored page with valid offsets into its article text', async () => {
    const pages = readdirSync(join(shared, 'pages')).filter((name) => name.endsWith('.html'));
    const { code, stdout } = await scan('--json', ...pages.map((name) => join(shared, 'pages', name)));
    expect(code).toBe(0);
    const records = jsonLines(stdout);
    expect(records).toHaveLength(pages.length);
    for (const record of records) {
      expect(record.text!.length, record.file).toBeGreaterThan(1000);
      for (const a of record.attributions) expect(record.text!.slice(a.cue.start, a.cue.end)).toBe(a.cue.text);
    }
  }, 60_000);
});

describe('scan report for people', () => {
  it('gives the counts per category in order, then each claim with category, source and snippet', async () => {
    const { stdout } = await scan(path('article.txt'));
    const [header, ...rest] = stdout.trim().split('\n');
    expect(header).toMatch(/^.*article\.txt: \d+ claims? \(anonymous \d+, official \d+, named \d+, document \d+\)$/);
    expect(rest.join('\n')).toMatch(/\[anonymous\] +line 3: source "Two sources"/);
    expect(rest.join('\n')).toContain('hundreds of soldiers had arrived in the region last week');
    expect(stdout).not.toContain('\x1b[');
  });

  it('colours the categories only when asked to', async () => {
    let stdout = '';
    await runScan([path('article.txt')], { out: (s) => (stdout += s), err: () => {}, color: true });
    expect(stdout).toContain('\x1b[35m[anonymous]');
    expect(shouldColor(true, {})).toBe(true);
    expect(shouldColor(true, { NO_COLOR: '1' })).toBe(false);
    expect(shouldColor(false, {})).toBe(false);
  });

  it('never passes escape sequences from the file to the terminal', async () => {
    const { stdout } = await scan(path('escape.txt'));
    expect(stdout).toContain('the screen is cleared');
    expect(stdout).not.toContain('\x1b');
  });
});

describe('scan arguments', () => {
  it('without files prints the usage on stderr and exits 2', async () => {
    const { code, stderr } = await scan();
    expect(code).toBe(2);
    expect(stderr).toContain('usage:');
  });

  it('--help prints the usage and exits 0', async () => {
    const { code, stdout } = await scan('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('--json');
  });

  it('an unknown option is an error, not a file name', async () => {
    const { code, stderr } = await scan('--jsn', path('article.txt'));
    expect(code).toBe(2);
    expect(stderr).toContain('unknown option --jsn');
  });

  it('after -- a name starting with a dash is a file', () => {
    const args = parseScanArgs(['--json', '--', '--odd.txt']);
    expect(args.format).toBe('json');
    expect(args.paths).toEqual(['--odd.txt']);
    expect(args.problems).toEqual([]);
  });
});

describe('npm run scan as a process', () => {
  it('writes results to stdout, errors to stderr, no colour into a pipe, and exits 1 when a file failed', () => {
    const repo = resolve(import.meta.dirname, '..');
    const run = spawnSync(join(repo, 'node_modules', '.bin', 'tsx'), ['cli/scan.ts', path('missing.txt'), path('article.txt')], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '' },
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(`scan: ${path('missing.txt')}: no such file`);
    expect(run.stdout).toContain('article.txt: ');
    expect(run.stdout).not.toContain('\x1b[');
  }, 30_000);
});
