import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, type Attribution, type Span } from '../../attribution/types';
import { highlightParts, paintedExtent } from './highlightParts';

const TEXT_LENGTH = 300;

const span = (min: number) =>
  fc.tuple(fc.nat(TEXT_LENGTH - 1), fc.integer({ min, max: 60 })).map(([start, length]) => ({ start, end: Math.min(TEXT_LENGTH, start + length) }));

const attribution: fc.Arbitrary<Attribution> = fc.record({
  category: fc.constantFrom(...CATEGORIES),
  cue: span(1).map((s) => ({ ...s, text: 'said' })),
  source: fc.option(span(1).map((s) => ({ ...s, text: 'officials' })), { nil: null }),
  claim: span(1),
  resolvedSource: fc.constant(null),
});

/** The painting, character by character, as the rule says: the first shown claim covering a character owns it. */
function paintedByRule(attributions: Attribution[], shown: (a: Attribution) => boolean) {
  const chars: ({ claimId: number; isSource: boolean } | null)[] = Array(TEXT_LENGTH).fill(null);
  attributions.forEach((a, claimId) => {
    if (!shown(a)) return;
    const { extent, source } = paintedExtent(a);
    for (let i = extent.start; i < extent.end; i++) {
      const inSource = source !== null && source.start <= i && i < source.end;
      chars[i] ??= { claimId, isSource: inSource };
    }
  });
  return chars;
}

describe('highlightParts', () => {
  it('paints every character of the shown claims once, for the first claim that covers it, sources marked', () => {
    fc.assert(
      fc.property(fc.array(attribution, { maxLength: 25 }), fc.constantFrom(...CATEGORIES), (attributions, hidden) => {
        const shown = (a: Attribution) => a.category !== hidden;
        const parts = highlightParts(attributions, shown);
        const chars: ({ claimId: number; isSource: boolean } | null)[] = Array(TEXT_LENGTH).fill(null);
        for (const part of parts) {
          expect(part.end).toBeGreaterThan(part.start);
          for (let i = part.start; i < part.end; i++) {
            expect(chars[i]).toBeNull();
            chars[i] = { claimId: part.claimId, isSource: part.isSource };
          }
        }
        expect(chars).toEqual(paintedByRule(attributions, shown));
        // Each painted claim has exactly one first part: its earliest.
        const firsts = parts.filter((p) => p.isFirst);
        expect(new Set(firsts.map((p) => p.claimId)).size).toBe(firsts.length);
        for (const first of firsts) {
          expect(Math.min(...parts.filter((p) => p.claimId === first.claimId).map((p: Span) => p.start))).toBe(first.start);
        }
      }),
      { numRuns: 300 },
    );
  });
});
