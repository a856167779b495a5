import { findAttributions } from '../utils/attribution/index';
import { fmt, fmtMs, medianMs } from './detectTiming';

// Inputs built to trip backtracking regexes and quadratic scans, each at two sizes a factor 4
// apart: linear growth shows as a time ratio near 4. Figures only: nothing here passes or fails.
const RUNS = 3;
/** A small size slower than this is not tried at the large size, so a quadratic case cannot hang the run. */
const GIVE_UP_MS = 5_000;

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

const HOSTILE: { name: string; size: number; make: (n: number) => string }[] = [
  { name: 'no spaces', size: 1_000_000, make: (n) => repeatTo('SourcesSaid,Reuters"according(to)Officials.', n) },
  { name: 'quote marks', size: 100_000, make: (n) => '"'.repeat(n) },
  { name: 'curly quotes', size: 100_000, make: (n) => repeatTo('“”‘’', n) },
  { name: 'commas', size: 100_000, make: (n) => ','.repeat(n) },
  { name: 'unbalanced quotes', size: 1_000_000, make: (n) => repeatTo('“He said it was fine, officials said ', n) },
  { name: 'nested parentheses', size: 100_000, make: (n) => `${'('.repeat(n / 2)} said ${')'.repeat(n / 2)}` },
  { name: 'one sentence, no punctuation', size: 1_000_000, make: (n) => repeatTo('the minister and the spokesman of the ', n) },
  { name: 'RTL and mixed scripts', size: 1_000_000, make: (n) => repeatTo('قال المتحدث باسم الوزارة said שר החוץ אמר 外交部发言人说 officials told Reuters. ', n) },
  { name: 'astral characters', size: 1_000_000, make: (n) => repeatTo('𝐒𝐚𝐢𝐝 😀 said 𝒜𝒷 “👍🏽”, ', n) },
  { name: 'NUL-filled', size: 1_000_000, make: (n) => '\0'.repeat(n) },
  { name: '"said said said"', size: 1_000_000, make: (n) => repeatTo('said ', n) },
  { name: 'reporting sentences', size: 1_000_000, make: (n) => repeatTo('A spokesman said the ministry told Reuters, according to a report. ', n) },
];

console.log(`hostile inputs: median of ${RUNS} runs at n/4 and n chars; ratio 4 = linear`);
for (const { name, size, make } of HOSTILE) {
  const small = make(size / 4);
  const large = make(size);
  findAttributions(small);
  const smallMs = medianMs(() => findAttributions(small), RUNS);
  if (smallMs > GIVE_UP_MS) {
    console.log(`  ${name.padEnd(30)} ${small.length} chars: ${fmt(smallMs, 0)} ms; larger size skipped`);
    continue;
  }
  const largeMs = medianMs(() => findAttributions(large), RUNS);
  console.log(
    `  ${name.padEnd(30)} ${String(small.length).padStart(7)} chars ${fmtMs(smallMs).padStart(8)} ms | ` +
      `${String(large.length).padStart(7)} chars ${fmtMs(largeMs).padStart(8)} ms | ratio ${fmt(largeMs / smallMs, 2)}`,
  );
}
