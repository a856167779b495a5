import type { ChromiumSession } from '../../tests/e2e/support/chromium';
import type { PageServer } from '../../tests/e2e/support/server';
import { loadPlain, loadScanned, type MeasureName, type PlainLoad, type ScannedLoad } from './pageLoad';
import { median, min } from './stats';

/** The medians (and a few fastest runs) over several loads of one page. */
export interface PageFigures {
  name: string;
  chars: number;
  claims: number;
  measures: Record<MeasureName, number>;
  /** The fastest total: the load least disturbed by the rest of a shared machine. */
  fastestTotal: number;
  textWalkMs: number;
  /** Tasks that ran our code, per load. */
  tasks: number;
  longestTaskMs: number;
  /** Our own JavaScript inside that longest task. */
  longestTaskOwnMs: number;
  heapAddedBytes: number;
}

/**
 * Loads page NAME `loads` times without the content script (127.0.0.1) and `loads` times on HOST where it runs by
 * itself, and keeps the median of each figure.
 */
export async function measurePage(
  session: ChromiumSession,
  server: PageServer,
  probe: string,
  name: string,
  host: string,
  loads: number,
): Promise<PageFigures> {
  const plain: PlainLoad[] = [];
  const scanned: ScannedLoad[] = [];
  for (let i = 0; i < loads; i++) {
    plain.push(await loadPlain(session, server.url(name), probe));
    scanned.push(await loadScanned(session, server.url(name, host)));
  }
  const measure = (m: MeasureName) => median(scanned.map((s) => s.measures[m]));
  return {
    name,
    chars: median(plain.map((p) => p.articleChars)),
    claims: median(scanned.map((s) => s.claims)),
    measures: {
      'sourcelight:read': measure('sourcelight:read'),
      'sourcelight:detect': measure('sourcelight:detect'),
      'sourcelight:highlight': measure('sourcelight:highlight'),
      'sourcelight:total': measure('sourcelight:total'),
    },
    fastestTotal: min(scanned.map((s) => s.measures['sourcelight:total'])),
    textWalkMs: median(plain.map((p) => p.textWalkMs)),
    tasks: median(scanned.map((s) => s.tasks.count)),
    longestTaskMs: median(scanned.map((s) => s.tasks.longestMs)),
    longestTaskOwnMs: median(scanned.map((s) => s.tasks.longestOwnMs)),
    heapAddedBytes: median(scanned.map((s) => s.heapBytes)) - median(plain.map((p) => p.heapBytes)),
  };
}
