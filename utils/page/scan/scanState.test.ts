import { describe, expect, it } from 'vitest';
import { createScanState, nextPhase, type FollowOn, type ScanPhase, type ScanState, type TakeOver } from './scanState';

const PHASES: ScanPhase[] = ['idle', 'reading', 'detecting', 'painting', 'shown', 'off'];

/** Every phase against every event: where it goes, or '-' where the event is ignored there. */
const TABLE: [ScanPhase, Record<TakeOver | FollowOn, ScanPhase | '-'>][] = [
  ['idle', { found: 'reading', lost: 'idle', repaint: '-', changed: '-', disable: '-', read: '-', detected: '-', painted: '-' }],
  ['reading', { found: 'reading', lost: 'idle', repaint: '-', changed: '-', disable: '-', read: 'detecting', detected: '-', painted: '-' }],
  ['detecting', { found: 'reading', lost: 'idle', repaint: '-', changed: '-', disable: '-', read: '-', detected: 'painting', painted: '-' }],
  ['painting', { found: 'reading', lost: 'idle', repaint: 'painting', changed: 'painting', disable: 'off', read: 'detecting', detected: '-', painted: 'shown' }],
  ['shown', { found: 'reading', lost: 'idle', repaint: 'painting', changed: '-', disable: 'off', read: '-', detected: '-', painted: '-' }],
  ['off', { found: 'reading', lost: 'idle', repaint: 'painting', changed: '-', disable: 'off', read: '-', detected: '-', painted: '-' }],
];

/** A state brought to `phase` by the events a page would send on the way there; returns the run that holds it. */
function stateIn(phase: ScanPhase): { state: ScanState; run: number } {
  const state = createScanState();
  const path: Record<ScanPhase, (TakeOver | FollowOn)[]> = {
    idle: [],
    reading: ['found'],
    detecting: ['found', 'read'],
    painting: ['found', 'read', 'detected'],
    shown: ['found', 'read', 'detected', 'painted'],
    off: ['found', 'read', 'detected', 'disable'],
  };
  let run = 0;
  for (const event of path[phase]) {
    if (event === 'read' || event === 'detected' || event === 'painted') expect(state.followOn(run, event)).toBe(true);
    else run = state.takeOver(event)!;
  }
  expect(state.phase).toBe(phase);
  return { state, run };
}

describe('the scan state machine', () => {
  it('covers every phase', () => expect(TABLE.map(([phase]) => phase)).toEqual(PHASES));

  describe.each(TABLE)('in %s', (phase, row) => {
    it.each(Object.entries(row) as [TakeOver | FollowOn, ScanPhase | '-'][])('on %s goes to %s', (event, to) => {
      expect(nextPhase(phase, event)).toBe(to === '-' ? null : to);
      const { state, run } = stateIn(phase);
      const follows = event === 'read' || event === 'detected' || event === 'painted';
      const accepted = follows ? state.followOn(run, event) : state.takeOver(event) !== null;
      expect(accepted).toBe(to !== '-');
      expect(state.phase).toBe(to === '-' ? phase : to);
    });
  });
});

describe('runs', () => {
  it('a take-over starts a new run, and the one it replaced can no longer move on', () => {
    const state = createScanState();
    const first = state.takeOver('found')!;
    const second = state.takeOver('found')!;
    expect(second).toBeGreaterThan(first);
    expect(state.isCurrent(first)).toBe(false);
    expect(state.followOn(first, 'read')).toBe(false);
    expect(state.phase).toBe('reading');
    expect(state.followOn(second, 'read')).toBe(true);
    expect(state.phase).toBe('detecting');
  });

  it('a paint asked for while the engine works leaves the scan running', () => {
    const { state, run } = stateIn('detecting');
    expect(state.takeOver('repaint')).toBeNull();
    expect(state.isCurrent(run)).toBe(true);
    expect(state.followOn(run, 'detected')).toBe(true);
  });

  it('the page changing the article stops a paint in progress', () => {
    const { state, run } = stateIn('painting');
    expect(state.takeOver('changed')).not.toBeNull();
    expect(state.isCurrent(run)).toBe(false);
    expect(state.followOn(run, 'painted')).toBe(false);
    expect(state.phase).toBe('painting');
  });

  it.each(PHASES)('once stopped in %s, nothing is current and every event is ignored', (phase) => {
    const { state, run } = stateIn(phase);
    state.stop();
    expect(state.phase).toBe('off');
    expect(state.isCurrent(run)).toBe(false);
    expect(state.takeOver('found')).toBeNull();
    expect(state.followOn(run, 'painted')).toBe(false);
    expect(state.phase).toBe('off');
  });
});
