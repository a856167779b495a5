// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseScanArgs } from '../cli/args';
import { runScan } from '../cli/runScan';
import type { RecordAttribution } from '../cli/scanRecord';
import { sourcingProfile } from '../utils/claimExport/index';

// Each scan starts its threads, and some read hundreds of articles: seconds on a busy machine.
vi.setConfig({ testTimeout: 180_000 });

const repo = resolve(import.meta.dirname, '..');
const shared = resolve(repo, '..', 'shared');
const corpus = (...parts: string[]) => join(shared, 'corpus', ...parts);
const txtFiles = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(dir, name));

interface Line {
  file?: string;
  id?: string;
  attributions: RecordAttribution[];
  text?: string;
  [field: string]: unknown;
}

async function scan(argv: string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const code = await runScan(argv, {
    out: (s) => (stdout += s),
    err: (s) => (stderr += s),
    color: false,
    stdin: Readable.from([Buffer.from(stdin)]),
  });
  return { code, stdout, stderr };
}
const jsonLines = (stdout: string) => stdout.trim().split('\n').map((line) => JSON.parse(line) as Line);
const jsonl = (records: object[]) => records.map((r) => `${JSON.stringify(r)}\n`).join('');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sourcelight-corpus-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an article gives the same result as a file, from a directory, or as a line of JSON Lines', () => {
  it('on the shared corpora: seed, Reuters, PolNeAR dev texts and the stored news pages', async () => {
    const texts = [...txtFiles(corpus('seed')), ...txtFiles(corpus('reuters-dev')).slice(0, 25), ...txtFiles(corpus('polnear', 'dev', 'text'))];
    const pages = ['seed-article.html', 'nytimes-1.html', 'bbc-1.html'].map((name) => join(shared, 'pages', name));

    const asFiles = await scan(['--json', '--workers', '1', ...texts, ...pages]);
    expect(asFiles.code).toBe(0);
    const byFile = new Map(jsonLines(asFiles.stdout).map((line) => [line.file!, line]));
    expect(byFile.size).toBe(texts.length + pages.length);

    // The PolNeAR dev folder walked as a directory, on two threads.
    const polnearDir = corpus('polnear', 'dev', 'text');
    const asDirectory = await scan(['--json', '--workers', '2', polnearDir]);
    expect(asDirectory.code).toBe(0);
    const walked = jsonLines(asDirectory.stdout);
    expect(walked.map((line) => line.file)).toEqual(txtFiles(polnearDir));
    for (const line of walked) expect(line.attributions, line.file).toEqual(byFile.get(line.file!)!.attributions);

    const records = [
      ...texts.map((path) => ({ id: path, text: readFileSync(path, 'utf8') })),
      ...pages.map((path) => ({ id: path, html: readFileSync(path, 'utf8') })),
    ];
    const asLines = await scan(['--jsonl', '--json', '--workers', '2'], jsonl(records));
    expect(asLines.code).toBe(0);
    const lines = jsonLines(asLines.stdout);
    // In input order, whichever thread finished first.
    expect(lines.map((line) => line.id)).toEqual(records.map((r) => r.id));
    let claims = 0;
    for (const line of lines) {
      const file = byFile.get(line.id!)!;
      expect(line.attributions, line.id).toEqual(file.attributions);
      expect(line.text, line.id).toEqual(file.text);
      claims += line.attributions.length;
    }
    expect(claims).toBeGreaterThan(500);
  });
});

describe('JSON Lines in and out', () => {
  it('passes every other field of a record through, and gives the text an HTML record was read as', async () => {
    const { code, stdout, stderr } = await scan(
      ['--jsonl', '--json'],
      jsonl([
        { id: 'a1', url: 'https://example.com/a', outlet: 'Example', date: '2026-01-02', tags: ['x'], text: 'Two sources told Reuters the talks had failed.' },
        { id: 7, html: '<p>A spokesman for the ministry said the border was closed.</p>' },
      ]),
    );
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const [first, second] = jsonLines(stdout);
    expect(first).toMatchObject({ id: 'a1', url: 'https://example.com/a', outlet: 'Example', date: '2026-01-02', tags: ['x'] });
    expect(Object.keys(first!)).toEqual(['id', 'url', 'outlet', 'date', 'tags', 'attributions']);
    expect(first!.attributions.map((a) => a.category)).toEqual(['anonymous']);
    expect(second!.id).toBe(7);
    expect(second!.text).toBe('A spokesman for the ministry said the border was closed.');
    expect(second!.attributions.map((a) => a.category)).toEqual(['official']);
  });

  it('reports each bad line on stderr by its line number, scans the rest, and exits 1', async () => {
    const good = (id: string) => JSON.stringify({ id, text: 'Two sources told Reuters the talks had failed.' });
    const input = [
      good('one'),
      '{"id": "broken", "text": "unterminated',
      '',
      JSON.stringify({ id: 'no-text', body: 'x' }),
      JSON.stringify({ id: 'empty', text: '' }),
      JSON.stringify({ id: 'binary', text: '\u0000\u0001\u0002PNG' }),
      '[1, 2]',
      good('two'),
    ].join('\n');
    const { code, stdout, stderr } = await scan(['--jsonl', '--json'], input);
    expect(code).toBe(1);
    expect(jsonLines(stdout).map((line) => line.id)).toEqual(['one', 'two']);
    const errors = stderr.trim().split('\n');
    expect(errors).toHaveLength(5);
    expect(errors[0]).toMatch(/^scan: stdin:2: not valid JSON/);
    // Line 3 is blank: skipped, and still counted.
    expect(errors[1]).toBe('scan: stdin:4: no "text" or "html" string in the record');
    expect(errors[2]).toBe('scan: stdin:5: empty text');
    expect(errors[3]).toMatch(/^scan: stdin:6: binary/);
    expect(errors[4]).toBe('scan: stdin:7: not a JSON object');
  });

  it('reads JSON Lines files named on the command line, each line named by file and number', async () => {
    const shard = join(dir, 'shard.jsonl');
    writeFileSync(shard, `${JSON.stringify({ id: 'x', text: 'A spokesman said the talks failed.' })}\nnot json\n`);
    const { code, stdout, stderr } = await scan(['--jsonl', '--json', shard, join(dir, 'missing.jsonl')]);
    expect(code).toBe(1);
    expect(jsonLines(stdout).map((line) => line.id)).toEqual(['x']);
    expect(stderr).toContain(`scan: ${shard}:2: not valid JSON`);
    expect(stderr).toContain(`scan: ${join(dir, 'missing.jsonl')}: no such file`);
  });
});

describe('directories', () => {
  it('are walked recursively for .txt, .html and .htm files, in name order', async () => {
    const root = join(dir, 'tree');
    mkdirSync(join(root, 'b', 'deeper'), { recursive: true });
    mkdirSync(join(root, 'a'));
    mkdirSync(join(root, 'empty'));
    const sentence = 'Two sources told Reuters the talks had failed.';
    writeFileSync(join(root, 'b', 'deeper', 'z.htm'), `<p>${sentence}</p>`);
    writeFileSync(join(root, 'b', 'one.txt'), sentence);
    writeFileSync(join(root, 'a', 'page.html'), `<p>${sentence}</p>`);
    writeFileSync(join(root, 'a', 'notes.md'), sentence);
    writeFileSync(join(root, 'a', 'data.json'), '{}');
    writeFileSync(join(root, 'top.TXT'), sentence);
    const { code, stdout, stderr } = await scan(['--json', root, join(root, 'empty')]);
    expect(jsonLines(stdout).map((line) => line.file!.slice(root.length + 1))).toEqual(['a/page.html', 'b/deeper/z.htm', 'b/one.txt', 'top.TXT']);
    // A directory with nothing to scan is most likely a mistake: said, and the exit status says so.
    expect(stderr.trim()).toBe(`scan: ${join(root, 'empty')}: a directory with no .txt, .html or .htm file in it`);
    expect(code).toBe(1);
  });
});

describe('tables: --format csv and md, --summary, --group-by', () => {
  const articles = txtFiles(corpus('seed'));

  it('--format csv gives one RFC 4180 row per claim under the header category,source,cue,claim,...', async () => {
    const [csv, json] = await Promise.all([scan(['--format', 'csv', ...articles]), scan(['--json', ...articles])]);
    expect(csv.code).toBe(0);
    expect(csv.stdout.startsWith('category,source,cue,claim,entity,title,url,scanned_at,file\r\n')).toBe(true);
    const rows = parse(csv.stdout, { columns: true }) as Record<string, string>[];
    const lines = jsonLines(json.stdout);
    const expected = lines.flatMap((line) => {
      const text = readFileSync(line.file!, 'utf8');
      return line.attributions.map((a) => ({
        category: a.category,
        source: a.source?.text ?? '',
        cue: a.cue.text,
        claim: text.slice(a.claim.start, a.claim.end).replace(/\s+/g, ' ').trim(),
        file: line.file,
      }));
    });
    expect(rows.length).toBe(expected.length);
    expect(rows.map(({ category, source, cue, claim, file }) => ({ category, source, cue, claim: claim!.replace(/^'/, ''), file }))).toEqual(expected);
    expect(rows.some((row) => /[",]/.test(row.claim!))).toBe(true);
    for (const row of rows) expect(new Date(row.scanned_at!).toISOString()).toBe(row.scanned_at);
  });

  it('--format csv of JSON Lines takes the title and URL into their columns and the first record\'s other fields after them', async () => {
    const { code, stdout, stderr } = await scan(
      ['--jsonl', '--format', 'csv'],
      jsonl([
        { id: 'a', outlet: 'Example', title: 'Talks fail, "sources" say', url: 'https://example.com/a', text: 'Two sources told Reuters the talks, long stalled, had failed.' },
        { id: 'b', outlet: 'Other', extra: 1, text: 'A spokesman said "no comment."' },
      ]),
    );
    expect(code).toBe(0);
    const rows = parse(stdout, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(['category', 'source', 'cue', 'claim', 'entity', 'title', 'url', 'scanned_at', 'id', 'outlet']);
    expect(rows[0]).toMatchObject({ category: 'anonymous', source: 'Two sources', title: 'Talks fail, "sources" say', url: 'https://example.com/a', id: 'a', outlet: 'Example' });
    expect(rows[1]).toMatchObject({ id: 'b', outlet: 'Other', title: '', url: '' });
    expect(stderr.trim()).toBe('scan: stdin:2: field "extra" is not among the columns, which are the first article\'s fields: left out');
  });

  it('--format md gives a Markdown table, one row per claim', async () => {
    const [md, json] = await Promise.all([scan(['--format', 'md', ...articles]), scan(['--format=json', ...articles])]);
    const lines = md.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('| Category | Source | Cue | Claim | Entity | Page | URL | Scanned at | file |');
    expect(lines[1]).toMatch(/^\|( --- \|){9}$/);
    expect(lines.length - 2).toBe(jsonLines(json.stdout).reduce((n, line) => n + line.attributions.length, 0));
  });

  it('--json is --format json', async () => {
    const [a, b] = await Promise.all([scan(['--json', ...articles]), scan(['--format', 'json', ...articles])]);
    expect(a.stdout).toBe(b.stdout);
  });

  it('--summary gives per article the counts per category, the share anonymous and the distinct sources', async () => {
    const [summary, json] = await Promise.all([scan(['--summary', ...articles]), scan(['--json', ...articles])]);
    expect(summary.code).toBe(0);
    const rows = parse(summary.stdout, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(['file', 'claims', 'anonymous', 'official', 'named', 'document', 'anonymous_share', 'distinct_sources']);
    const lines = jsonLines(json.stdout);
    expect(rows.map((row) => row.file)).toEqual(lines.map((line) => line.file));
    lines.forEach((line, i) => {
      const profile = sourcingProfile(line.attributions);
      expect(rows[i]).toEqual({
        file: line.file,
        claims: String(profile.claims),
        anonymous: String(profile.counts.anonymous),
        official: String(profile.counts.official),
        named: String(profile.counts.named),
        document: String(profile.counts.document),
        anonymous_share: profile.anonymousShare === null ? '' : profile.anonymousShare.toFixed(3),
        distinct_sources: String(profile.distinctSources),
      });
    });
  });

  it('--summary --group-by outlet on PolNeAR\'s 924 texts, outlet from the file name, prints one row per outlet', async () => {
    const { code, stdout, stderr } = await scan([
      '--summary',
      '--group-by',
      'outlet',
      '--name-fields',
      '^(?<outlet>[a-z-]+)_(?<date>\\d{4}-\\d\\d-\\d\\d)_',
      corpus('polnear', 'train', 'text'),
      corpus('polnear', 'dev', 'text'),
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const rows = parse(stdout, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(['outlet', 'articles', 'claims', 'anonymous', 'official', 'named', 'document', 'anonymous_share', 'distinct_sources']);
    expect(rows.map((row) => row.outlet)).toEqual(['breitbart', 'huff-post', 'nyt', 'politico', 'usa-today', 'wash-post', 'west-journal']);
    expect(rows.reduce((n, row) => n + Number(row.articles), 0)).toBe(924);
    for (const row of rows) {
      const counts = ['anonymous', 'official', 'named', 'document'].map((c) => Number(row[c]));
      expect(counts.reduce((a, b) => a + b, 0)).toBe(Number(row.claims));
      expect(Number(row.anonymous_share)).toBeCloseTo(Number(row.anonymous) / Number(row.claims), 3);
    }
  });

  it('--group-by a JSON Lines field puts records without it in a last row of their own', async () => {
    const text = 'Two sources told Reuters the talks had failed. A spokesman said so.';
    const { stdout } = await scan(['--jsonl', '--group-by', 'outlet', '--format', 'json'], jsonl([{ outlet: 'B', text }, { text }, { outlet: 'A', text }, { outlet: 'B', text }]));
    expect(jsonLines(stdout).map((line) => [line.outlet, line.articles])).toEqual([
      ['A', 1],
      ['B', 2],
      [null, 1],
    ]);
  });
});

describe('scan arguments', () => {
  it.each([
    [['--workers', '0', 'a.txt'], '--workers must be a whole number'],
    [['--format', 'xml', 'a.txt'], '--format must be one of human, json, csv, md'],
    [['--summary', '--format', 'human', 'a.txt'], '--summary and --group-by print csv, json or md'],
    [['-'], 'reading standard input needs --jsonl'],
    [['--name-fields', '^([a-z]+)_', 'a.txt'], '--name-fields needs a named group'],
    [['--name-fields', '(?<x>[', 'a.txt'], '--name-fields is not a regular expression'],
    [['--group-by'], '--group-by needs a value'],
  ])('%j is refused with a message and exit 2', async (argv, message) => {
    const { code, stderr } = await scan(argv);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).toContain('usage:');
  });

  it('takes --workers, --group-by and --name-fields as one argument with = too', () => {
    const args = parseScanArgs(['--workers=3', '--group-by=outlet', '--name-fields=^(?<outlet>[a-z]+)', 'dir']);
    expect(args).toMatchObject({ workers: 3, groupBy: 'outlet', format: 'csv', paths: ['dir'], problems: [] });
    expect(args.nameFields!.exec('nyt_2016')!.groups).toEqual({ outlet: 'nyt' });
  });
});

describe('a page no parser should build a tree of', () => {
  it('4.4 MB of nested <div> is read as the text of the whole page, with a one-line note', async () => {
    const path = join(dir, 'nested.html');
    writeFileSync(path, `<html><body>${'<div>'.repeat(400_000)}<p>Two sources told Reuters the talks had failed.</p>${'</div>'.repeat(400_000)}</body></html>`);
    const { code, stdout, stderr } = await scan(['--json', path]);
    expect(code).toBe(0);
    const [line] = jsonLines(stdout);
    expect(line!.text).toBe('Two sources told Reuters the talks had failed.');
    expect(line!.attributions.map((a) => a.category)).toEqual(['anonymous']);
    expect(stderr).toBe(`scan: ${path}: nested 400,003 elements deep, too deep to look for its article in: scanned the text of the whole page\n`);
  });
});

describe('the stdin/stdout contract a pipeline stage relies on (GNU parallel, Spark pipe())', () => {
  const bin = join(repo, 'cli', 'sourcelight-scan.mjs');
  const records = txtFiles(corpus('seed')).map((path) => ({ id: basename(path), outlet: 'seed', text: readFileSync(path, 'utf8') }));

  it('JSON Lines on stdin give one JSON line per record on stdout, in order, nothing on stderr, exit 0', () => {
    const run = spawnSync(process.execPath, [bin, '--jsonl', '--json'], { cwd: repo, input: jsonl(records), encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = jsonLines(run.stdout);
    expect(lines.map((line) => [line.id, line.outlet])).toEqual(records.map((r) => [r.id, 'seed']));
    expect(lines.every((line) => line.attributions.length > 0)).toBe(true);
  });

  it('a bad record costs only its own line: stderr names it, the exit status is 1', () => {
    const input = `${jsonl(records.slice(0, 1))}{oops\n${jsonl(records.slice(1, 2))}`;
    const run = spawnSync(process.execPath, [bin, '--jsonl', '--json'], { cwd: repo, input, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(jsonLines(run.stdout).map((line) => line.id)).toEqual(records.slice(0, 2).map((r) => r.id));
    expect(run.stderr).toMatch(/^scan: stdin:2: not valid JSON[^\n]*\n$/);
  });

  it('runs as `npx sourcelight-scan` from the clone, through the package bin', () => {
    const run = spawnSync('npx', ['--no-install', 'sourcelight-scan', '--jsonl', '--format', 'csv'], { cwd: repo, input: jsonl(records.slice(0, 1)), encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith('category,source,cue,claim,entity,title,url,scanned_at,id,outlet\r\n')).toBe(true);
  });
});
