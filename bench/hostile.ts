import { findAttributions } from '../utils/attribution/index';
import { fmt, fmtMs, timeInterleaved, timeRuns } from './detectTiming';
import { HOSTILE_INPUTS } from './hostileInputs';
import { loadShippedModels } from '../cli/engineModels';

loadShippedModels();

// Each hostile input at two sizes a factor 4 apart: linear growth shows as a time ratio near 4. Figures only: nothing here passes or fails.
const RUNS = 5;
/** A small size slower than this is not tried at the large size, so a quadratic case cannot hang the run. */
const GIVE_UP_MS = 5_000;

console.log(`hostile inputs: median of ${RUNS} interleaved rounds at n/4 and n chars; ratio 4 = linear (of the fastest runs in brackets)`);
for (const { name, size, make } of HOSTILE_INPUTS) {
  const small = make(size / 4);
  const large = make(size);
  // The first call warms up, and tells whether the large size is worth trying.
  const probe = timeRuns(() => findAttributions(small), 1).median;
  if (probe > GIVE_UP_MS) {
    console.log(`  ${name.padEnd(30)} ${small.length} chars: ${fmt(probe, 0)} ms; larger size skipped`);
    continue;
  }
  const [smallTime, largeTime] = timeInterleaved([() => findAttributions(small), () => findAttributions(large)], RUNS);
  const smallMs = smallTime!.median;
  const largeMs = largeTime!.median;
  console.log(
    `  ${name.padEnd(30)} ${String(small.length).padStart(7)} chars ${fmtMs(smallMs).padStart(8)} ms | ` +
      `${String(large.length).padStart(7)} chars ${fmtMs(largeMs).padStart(8)} ms | ratio ${fmt(largeMs / smallMs, 2)} (${fmt(largeTime!.min / smallTime!.min, 2)})`,
  );
}
