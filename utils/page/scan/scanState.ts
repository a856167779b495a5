/**
 * Where the scan of a page stands. `reading` and `detecting` belong to a scan (the article's text, then the engine's
 * answer), `painting` to a paint of the claims found; `shown` and `off` are at rest, with highlights on or off; `idle`
 * holds no article (none yet, or none on the page).
 */
export type ScanPhase = 'idle' | 'reading' | 'detecting' | 'painting' | 'shown' | 'off';

/**
 * What moves a scan on. Events that take over (`found`, `repaint`, `changed`, `disable`, `lost`) start a new run, and
 * work of the run they replaced stops at its next step; events that follow on (`read`, `detected`, `painted`) are
 * sent by the run doing the work and count only while it is the current one.
 */
export type TakeOver = 'found' | 'lost' | 'repaint' | 'changed' | 'disable';
export type FollowOn = 'read' | 'detected' | 'painted';
export type ScanEvent = TakeOver | FollowOn;

const ANY_PHASE = { found: 'reading', lost: 'idle' } as const;

/**
 * Each phase and the events it answers; an event a phase leaves out is ignored there. A paint asked for while a scan
 * reads or waits for the engine is left to that scan, which paints with the settings of the moment it gets its claims.
 * `read` in `painting` is a paint that found the article's text changed and asks the engine again.
 */
export const TRANSITIONS: Record<ScanPhase, Partial<Record<ScanEvent, ScanPhase>>> = {
  idle: { ...ANY_PHASE },
  reading: { ...ANY_PHASE, read: 'detecting' },
  detecting: { ...ANY_PHASE, detected: 'painting' },
  painting: {
    ...ANY_PHASE,
    read: 'detecting',
    repaint: 'painting',
    changed: 'painting',
    painted: 'shown',
    disable: 'off',
  },
  shown: { ...ANY_PHASE, repaint: 'painting', disable: 'off' },
  off: { ...ANY_PHASE, repaint: 'painting', disable: 'off' },
};

/** The phase an event leads to from `phase`, or null when that phase ignores it. */
export function nextPhase(phase: ScanPhase, event: ScanEvent): ScanPhase | null {
  return TRANSITIONS[phase][event] ?? null;
}

export interface ScanState {
  readonly phase: ScanPhase;
  /** Takes over: the new run's number, or null when the phase ignores the event (no work should start). */
  takeOver(event: TakeOver): number | null;
  /** Moves `run` on; false when a newer run replaced it (its work stops) or the phase ignores the event. */
  followOn(run: number, event: FollowOn): boolean;
  isCurrent(run: number): boolean;
  /** The content script's context went away: from now on no run is current and every event is ignored. */
  stop(): void;
}

export function createScanState(): ScanState {
  let phase: ScanPhase = 'idle';
  let run = 0;
  let stopped = false;
  const move = (event: ScanEvent): boolean => {
    const next = stopped ? null : nextPhase(phase, event);
    if (next === null) return false;
    phase = next;
    return true;
  };
  return {
    get phase() {
      return phase;
    },
    takeOver(event) {
      return move(event) ? ++run : null;
    },
    followOn(current, event) {
      return current === run && move(event);
    },
    isCurrent: (current) => current === run && !stopped,
    stop() {
      stopped = true;
      phase = 'off';
      run += 1;
    },
  };
}
