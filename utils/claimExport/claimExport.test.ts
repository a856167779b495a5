// @vitest-environment node
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Attribution } from '../attribution/types';
import {
  addProfiles,
  CLAIM_COLUMNS,
  claimRows,
  claimsCsv,
  claimsJson,
  claimsMarkdown,
  csvRecord,
  emptyProfile,
  profileCells,
  profileRecord,
  sourcingProfile,
  type PageMeta,
} from './index';

// Plain data: an article and the attributions the engine would give for it, spans by hand.
const TEXT =
  'Pentagon spokesman Peter Cook said the strike, which "hit a depot, a bridge", was lawful.\n' +
  'Cook said it again.\nTwo sources told Reuters that =SUM(A1) is not a formula.\nThe claim was made,\naccording to a report.';
const span = (part: string, from = 0) => {
  const start = TEXT.indexOf(part, from);
  if (start < 0) throw new Error(part);
  return { start, end: start + part.length, text: part };
};
const claimOf = (part: string) => {
  const { start, end } = span(part);
  return { start, end };
};
const ATTRIBUTIONS: Attribution[] = [
  { category: 'official', cue: span('said'), source: span('Pentagon spokesman Peter Cook'), claim: claimOf('the strike, which "hit a depot, a bridge", was lawful.'), resolvedSource: null },
  { category: 'official', cue: span('said', TEXT.indexOf('Cook said')), source: span('Cook', 60), claim: claimOf('it again.'), resolvedSource: 'Pentagon spokesman Peter Cook' },
  { category: 'anonymous', cue: span('told Reuters'), source: span('Two sources'), claim: claimOf('=SUM(A1) is not a formula.'), resolvedSource: null },
  { category: 'document', cue: span('according to'), source: span('a report'), claim: claimOf('The claim was made,\naccording'), resolvedSource: null },
  { category: 'anonymous', cue: span('was made'), source: null, claim: claimOf('The claim'), resolvedSource: null },
];
const PAGE: PageMeta = { title: 'Strike "lawful", Pentagon says | Example News', url: 'https://example.com/a?x=1,2', scannedAt: '2026-01-02T03:04:05.000Z' };

describe('claimRows', () => {
  const rows = claimRows(TEXT, ATTRIBUTIONS, PAGE);

  it('gives one row per attribution in text order, with the page, the source, the entity it refers to and the claim in full', () => {
    expect(rows).toHaveLength(ATTRIBUTIONS.length);
    expect(rows[1]).toEqual({
      category: 'official',
      source: 'Cook',
      entity: 'Pentagon spokesman Peter Cook',
      cue: 'said',
      claim: 'it again.',
      title: PAGE.title,
      url: PAGE.url,
      scannedAt: PAGE.scannedAt,
    });
    // A source the engine did not resolve is its own entity; an unstated one has none.
    expect(rows[0]!.entity).toBe('Pentagon spokesman Peter Cook');
    expect(rows[4]!.source).toBeNull();
    expect(rows[4]!.entity).toBeNull();
    // A claim across a line break reads as one line.
    expect(rows[3]!.claim).toBe('The claim was made, according');
  });
});

describe('claimsCsv', () => {
  const rows = claimRows(TEXT, ATTRIBUTIONS, PAGE);
  const csv = claimsCsv(rows);

  it('starts with the header row category,source,cue,claim,... and ends each record with CRLF', () => {
    expect(csv.startsWith('category,source,cue,claim,entity,title,url,scanned_at\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('parses back (RFC 4180, by an independent parser) to every claim with its quotes and commas', () => {
    const records = parse(csv, { columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(rows.length);
    expect(Object.keys(records[0]!)).toEqual(CLAIM_COLUMNS.map((c) => c.key));
    expect(records[0]!.claim).toBe('the strike, which "hit a depot, a bridge", was lawful.');
    expect(records[0]!.title).toBe(PAGE.title);
    expect(records[0]!.url).toBe(PAGE.url);
    expect(records[4]!.source).toBe('');
    expect(records.map((r) => r.category)).toEqual(ATTRIBUTIONS.map((a) => a.category));
  });

  it('never hands a spreadsheet a formula from the page: such a cell starts with an apostrophe', () => {
    const records = parse(csv, { columns: true }) as Record<string, string>[];
    expect(records[2]!.claim).toBe("'=SUM(A1) is not a formula.");
  });

  it('round-trips any text through an RFC 4180 parser', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (table) => {
        const width = table[0]!.length;
        const records = table.map((r) => [...r, ...Array(width).fill('x')].slice(0, width));
        const parsed = parse(records.map((r) => csvRecord(r)).join(''), { relaxColumnCount: false }) as string[][];
        const unformula = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
        expect(parsed).toEqual(records.map((r) => r.map(unformula)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('claimsMarkdown', () => {
  const md = claimsMarkdown(claimRows(TEXT, ATTRIBUTIONS, PAGE));
  const lines = md.trimEnd().split('\n');

  it('is a table with a header, a delimiter row and one row per claim, each with as many cells', () => {
    expect(lines).toHaveLength(2 + ATTRIBUTIONS.length);
    expect(lines[0]).toBe('| Category | Source | Cue | Claim | Entity | Page | URL | Scanned at |');
    expect(lines[1]).toBe('| --- | --- | --- | --- | --- | --- | --- | --- |');
    // Unescaped pipes delimit the cells: the title's pipe is escaped, so every row has 8 cells.
    for (const line of lines) expect(line.split(/(?<!\\)\|/).length - 2).toBe(8);
  });

  it('escapes what Markdown would render as something else', () => {
    expect(lines[2]).toContain('Strike "lawful", Pentagon says \\| Example News');
    const md2 = claimsMarkdown(claimRows('A *bold* [link](x) <b>tag</b> said it.', [{ ...ATTRIBUTIONS[0]!, claim: { start: 0, end: 39 } }], PAGE));
    expect(md2).toContain('A \\*bold\\* \\[link\\](x) \\<b\\>tag\\</b\\> said it.');
  });
});

describe('claimsJson', () => {
  it('is an array of row objects keyed like the CSV header, null for an unstated source', () => {
    const parsed = JSON.parse(claimsJson(claimRows(TEXT, ATTRIBUTIONS, PAGE))) as Record<string, unknown>[];
    expect(parsed).toHaveLength(ATTRIBUTIONS.length);
    expect(Object.keys(parsed[0]!)).toEqual(CLAIM_COLUMNS.map((c) => c.key));
    expect(parsed[0]!.claim).toBe('the strike, which "hit a depot, a bridge", was lawful.');
    expect(parsed[4]!.source).toBeNull();
  });
});

describe('sourcingProfile', () => {
  it('counts claims per category, the share anonymous and the sources by who they are', () => {
    const profile = sourcingProfile(ATTRIBUTIONS);
    expect(profile.claims).toBe(5);
    expect(profile.counts).toEqual({ anonymous: 2, official: 2, named: 0, document: 1 });
    expect(profile.anonymousShare).toBeCloseTo(0.4);
    // Peter Cook twice (once resolved from "Cook"), two sources, a report; the unstated one is nobody.
    expect(profile.distinctSources).toBe(3);
    expect(profileCells(profile)).toEqual(['5', '2', '2', '0', '1', '0.400', '3']);
    expect(profileRecord(profile)).toEqual({ claims: 5, anonymous: 2, official: 2, named: 0, document: 1, anonymous_share: 0.4, distinct_sources: 3 });
  });

  it('has no share for an article without claims, and adds up over articles', () => {
    expect(profileCells(emptyProfile())).toEqual(['0', '0', '0', '0', '0', '', '0']);
    const one = sourcingProfile(ATTRIBUTIONS);
    const two = addProfiles(addProfiles(emptyProfile(), one), sourcingProfile(ATTRIBUTIONS.slice(0, 2)));
    expect(two.claims).toBe(7);
    expect(two.counts.official).toBe(4);
    expect(two.anonymousShare).toBeCloseTo(2 / 7);
    expect(two.distinctSources).toBe(4);
  });
});
