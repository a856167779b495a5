import { setImmediate as nextTurn } from 'node:timers/promises';
import { afterEach, beforeEach, expect } from 'vitest';

/**
 * Every unit test fails on a promise of ours that rejects with nobody to handle it (a badge for a closed tab, a
 * refused settings write, a background that does not answer): in the browser that is an error in the console and
 * a step silently skipped. Vitest alone only reports it after the run, against no test.
 */
const rejections: unknown[] = [];
const record = (reason: unknown) => void rejections.push(reason);

beforeEach(() => {
  rejections.length = 0;
  process.on('unhandledRejection', record);
});

afterEach(async () => {
  // Node reports a rejection left unhandled once the microtasks of its turn ran out: a turn later, all are in.
  // (node:timers/promises, not the global timers that fake-timer tests replace.)
  await nextTurn();
  process.off('unhandledRejection', record);
  expect(rejections.map(String), 'promises rejected with no handler').toEqual([]);
});
