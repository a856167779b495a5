// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOSTILE_INPUTS } from '../bench/hostileInputs';
import { findAttributions } from '../utils/attribution/index';
import { CATEGORIES, type Span, type TextSpan } from '../utils/attribution/types';

/** What every caller relies on, whatever the text: spans inside it, texts that match it, a known category, cue order. */
function expectValidAttributions(text: string): void {
  const found = findAttributions(text);
  expect(Array.isArray(found)).toBe(true);
  const inBounds = (span: Span) => 0 <= span.start && span.start <= span.end && span.end <= text.length;
  const matches = (span: TextSpan) => span.text === text.slice(span.start, span.end);
  let previousCue = 0;
  for (const a of found) {
    expect(CATEGORIES).toContain(a.category);
    expect(inBounds(a.cue) && matches(a.cue), `cue ${JSON.stringify(a.cue)}`).toBe(true);
    expect(a.cue.end).toBeGreaterThan(a.cue.start);
    if (a.source !== null) expect(inBounds(a.source) && matches(a.source), `source ${JSON.stringify(a.source)}`).toBe(true);
    expect(inBounds(a.claim), `claim ${JSON.stringify(a.claim)}`).toBe(true);
    expect(a.resolvedSource === null || typeof a.resolvedSource === 'string').toBe(true);
    expect(a.cue.start).toBeGreaterThanOrEqual(previousCue);
    previousCue = a.cue.start;
  }
}

const SOURCES = ['two sources', 'one of the sources', 'officials', 'a spokesman for the ministry', 'people familiar with the matter', 'analysts', 'the Pentagon', 'the White House', 'a report', 'a poll', 'The New York Times', 'he', 'she', 'they', 'it', 'Peter Cook', 'Cook', 'Kremlin spokesman Dmitry Peskov', 'Mr. Smith', 'Dr. Jane Doe', 'U.S. officials', 'Prime Minister Haidar al-Abadi', "O'Neill, an analyst at Merrill Lynch"];
const VERBS = ['said', 'says', 'told Reuters', 'added', 'denied', 'warned', 'believe', 'fear', 'reported', 'noted', 'is considering', 'plans to', 'saw', 'said in a statement'];
const WORDS = ['the', 'troops', 'had', 'arrived', 'in', 'Syria', 'on', 'Thursday', 'that', 'would', 'not', 'share', 'intelligence', 'with', 'Russia', 'who', 'was', 'speaking', 'on condition of anonymity', '10', 'pct', 'mln', 'U.S.', 'Jan.'];
const NOISE = [',', '.', '\n', '\n\n', '"', '“', '”', "'", '(', ')', '--', '—', ':', ';', '...', '?', '!', '😀', '𝒜', '👍🏽', 'قال', 'אמר', '说', '\u0000', '\ud800', '\udc00', '\u202e', '\u00ad', '\ufeff', '\r\n', '\t'];

const claimWords = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));
/** A sentence shaped like news reporting: "Source verb claim.", "“Claim,” source verb.", "According to source, claim." */
const reportingSentence = fc
  .tuple(fc.constantFrom(...SOURCES), fc.constantFrom(...VERBS), claimWords, fc.nat(3))
  .map(([source, verb, claim, shape]) =>
    [
      `${source} ${verb} ${claim}.`,
      `“${claim},” ${source} ${verb}.`,
      `According to ${source}, ${claim}.`,
      `${claim}, ${verb} ${source}.`,
    ][shape]!,
  );
/** Reporting sentences cut, glued and sprinkled with punctuation, quotes, scripts, controls and lone surrogates. */
const newsLike = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: reportingSentence },
      { weight: 3, arbitrary: fc.constantFrom(...SOURCES, ...VERBS, ...WORDS) },
      { weight: 2, arbitrary: fc.constantFrom(...NOISE) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
    ),
    { maxLength: 40 },
  )
  .chain((pieces) => fc.array(fc.constantFrom(' ', ' ', '', '\n'), { minLength: pieces.length, maxLength: pieces.length }).map((gaps) => pieces.map((p, i) => p + gaps[i]).join('')));

describe('findAttributions on any text', () => {
  it.each([
    ['printable graphemes', fc.string({ unit: 'grapheme', maxLength: 300 })],
    ['any code point', fc.string({ unit: 'binary', maxLength: 300 })],
    ['ASCII with control characters', fc.string({ unit: 'binary-ascii', maxLength: 300 })],
    ['any UTF-16 unit, lone surrogates too', fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 300 })],
  ])('%s: never throws and gives valid spans', (_name, strings) => {
    fc.assert(fc.property(strings, (text) => expectValidAttributions(text)), { numRuns: 300 });
  }, 60_000);

  it('news-like text of reporting verbs, sources, names, quotes and punctuation: valid spans', () => {
    fc.assert(fc.property(newsLike, (text) => expectValidAttributions(text)), { numRuns: 2000 });
  }, 120_000);

  it('finds attributions in most news-like texts, so the properties above are not checked on empty results only', () => {
    const texts = fc.sample(newsLike, { numRuns: 300, seed: 42 });
    const withClaims = texts.filter((text) => findAttributions(text).length > 0).length;
    expect(withClaims).toBeGreaterThan(texts.length / 2);
  }, 60_000);
});

/** The quote and comma floods at full size (100,000); the 1 MB inputs at a quarter, as bench/hostile.ts times them at 1 MB. */
const TEST_LENGTH = 250_000;

describe('findAttributions on hostile input', () => {
  it.each(HOSTILE_INPUTS.map((input) => [input.name, input] as const))(
    '%s completes with valid spans',
    (_name, input) => expectValidAttributions(input.make(Math.min(input.size, TEST_LENGTH))),
    120_000,
  );
});
