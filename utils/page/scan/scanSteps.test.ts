import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Attribution } from '../../attribution/types';
import { detectClaims, readArticle } from './scanSteps';

afterEach(() => {
  vi.restoreAllMocks();
});

const CLAIM: Attribution = {
  category: 'official',
  claim: { start: 0, end: 10 },
  cue: { start: 11, end: 15, text: 'said' },
  source: { start: 16, end: 27, text: 'the ministry' },
  resolvedSource: null,
};

describe('readArticle', () => {
  it('reads a short article in one go', async () => {
    document.body.innerHTML = '<article><p>Two officials said so.</p><p>The ministry agreed.</p></article>';
    expect((await readArticle(document.querySelector('article')!)).text).toBe('Two officials said so.\nThe ministry agreed.');
  });

  it('reads a long one in slices, and again in one go when the page changed it in between', async () => {
    const filler = '<p>The weather was mild and the market was busy on a quiet day in the old town.</p>'.repeat(3000);
    document.body.innerHTML = `<article><p id="first">Nothing was announced.</p>${filler}</article>`;
    let turns = 0;
    // The page edits the article as soon as the read gives it a turn.
    setTimeout(() => {
      turns += 1;
      document.getElementById('first')!.textContent = 'Two officials said the talks would resume on Monday.';
    }, 0);
    const read = await readArticle(document.querySelector('article')!);
    expect(turns).toBe(1);
    expect(read.text).toMatch(/^Two officials said the talks would resume on Monday\.\nThe weather/);
    expect(read.segments[0]!.node.data).toBe('Two officials said the talks would resume on Monday.');
    // 3,000 paragraphs in the test DOM: a second on a quiet machine, several on a busy one.
  }, 30_000);
});

describe('detectClaims', () => {
  it.each<[string, () => Promise<Attribution[]>, boolean, Attribution[] | null]>([
    ['the claims found', async () => [CLAIM], true, [CLAIM]],
    ['no claims when the engine fails (the background is being updated)', async () => Promise.reject(new Error('Receiving end does not exist.')), true, []],
    ['no claims when no answer comes (a text over the message limit)', async () => undefined as never, true, []],
    ['null when newer work took over meanwhile', async () => [CLAIM], false, null],
    ['null when newer work took over while the engine failed', async () => Promise.reject(new Error('gone')), false, null],
  ])('gives %s', async (_, engine, stillCurrent, expected) => {
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    const asked: string[] = [];
    const found = await detectClaims(async (text) => (asked.push(text), engine()), 'The text.', () => stillCurrent);
    expect(found).toEqual(expected);
    expect(asked).toEqual(['The text.']);
  });

  it('times the round trip as the benchmark reads it', async () => {
    performance.clearMeasures('sourcelight:detect');
    await detectClaims(async () => [], 'x', () => true);
    expect(performance.getEntriesByName('sourcelight:detect')).toHaveLength(1);
  });
});
