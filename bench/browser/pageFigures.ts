import type { ChromiumSession } from '../../harness/chromium';
import type { PageServer } from '../../harness/server';
import { loadOther, loadPlain, loadScanned, loadTraced, type MeasureName, type PlainLoad, type ScannedLoad, type Scanner } from './pageLoad';
import type { OurTasks } from './traceTasks';
import { median, mostCommon } from './stats';

/** The medians (and a few fastest runs) over several loads of one page. */
export interface PageFigures {
  name: string;
  chars: number;
  claims: number;
  measures: Record<MeasureName, number>;
  /** The engine's own time in the background, within detect. */
  engineMs: number;
  /** An empty request to the background and back: what detect costs before the engine does anything. */
  emptyRequestMs: number;
  /** The same over the content script's port (utils/port.ts), once it is open. */
  emptyPortRequestMs: number;
  /** Thread CPU time of our tasks during the scan (see OurTasks.scanCpuMs). */
  scanCpuMs: number;
  /** Thread CPU time of all our tasks, the content script's first run included. */
  cpuMs: number;
  textWalkMs: number;
  /** Tasks that ran our code, per load. */
  tasks: number;
  longestTaskMs: number;
  /** The most CPU time one task of ours took. */
  longestTaskCpuMs: number;
  /** Our own JavaScript inside that longest task. */
  longestTaskOwnMs: number;
  /** What the longest task did, in most loads (see OurTasks.longestDid). */
  longestTaskDid: string;
  heapAddedBytes: number;
  /** The longest rendering update our writes caused (see OurTasks.longestFrameMs), wall-clock and CPU. */
  frameMs: number;
  frameCpuMs: number;
  /** Elements restyled in it. */
  frameRestyled: number;
  /** Main-thread time the extension added (see OurTasks.addedCpuMs). */
  addedCpuMs: number;
  /** From the navigation's start to the highlights painted (see OurTasks.toHighlightsMs). */
  toHighlightsMs: number;
  loadToHighlightsMs: number;
  /** The same figures for the peer keyword highlighter on the same page, loaded as often, interleaved with ours. */
  peer?: PeerFigures;
}

export interface PeerFigures {
  addedCpuMs: number;
  toHighlightsMs: number;
  loadToHighlightsMs: number;
  longestTaskMs: number;
  heapAddedBytes: number;
}

/** Another extension to load each page with, alternating with ours: where it runs and how its tasks are found. */
export interface Peer extends Scanner {
  host: string;
}

/**
 * Loads page NAME `loads` times without the content script (127.0.0.1), and `loads` times on HOST where it runs by
 * itself, untraced (its timings, claims and heap) and traced (its tasks), and keeps the median of each figure. With a
 * PEER, each round also loads the page on the peer's host, untraced (heap) and traced, before ours in every other
 * round, so that neither side always runs on a warmer browser.
 */
export async function measurePage(
  session: ChromiumSession,
  server: PageServer,
  probe: string,
  name: string,
  host: string,
  loads: number,
  peer?: Peer,
): Promise<PageFigures> {
  const plain: PlainLoad[] = [];
  const scanned: ScannedLoad[] = [];
  const traced: OurTasks[] = [];
  const peerHeap: number[] = [];
  const peerTraced: OurTasks[] = [];
  for (let i = 0; i < loads; i++) {
    plain.push(await loadPlain(session, server.url(name), probe));
    const runOurs = async () => {
      scanned.push(await loadScanned(session, server.url(name, host)));
      traced.push(await loadTraced(session, server.url(name, host)));
    };
    const runPeer = async () => {
      if (!peer) return;
      peerHeap.push(await loadOther(session, server.url(name, peer.host), peer));
      peerTraced.push(await loadTraced(session, server.url(name, peer.host), peer));
    };
    for (const run of i % 2 ? [runPeer, runOurs] : [runOurs, runPeer]) await run();
  }
  const plainHeap = median(plain.map((p) => p.heapBytes));
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
    engineMs: median(scanned.map((s) => s.engineMs)),
    emptyRequestMs: median(scanned.map((s) => s.emptyRequest.messageMs)),
    emptyPortRequestMs: median(scanned.map((s) => s.emptyRequest.portMs)),
    scanCpuMs: median(traced.map((t) => t.scanCpuMs)),
    cpuMs: median(traced.map((t) => t.cpuMs)),
    textWalkMs: median(plain.map((p) => p.textWalkMs)),
    tasks: median(traced.map((t) => t.count)),
    longestTaskMs: median(traced.map((t) => t.longestMs)),
    longestTaskCpuMs: median(traced.map((t) => t.longestCpuMs)),
    longestTaskOwnMs: median(traced.map((t) => t.longestOwnMs)),
    longestTaskDid: mostCommon(traced.map((t) => t.longestDid)),
    heapAddedBytes: median(scanned.map((s) => s.heapBytes)) - plainHeap,
    frameMs: median(traced.map((t) => t.longestFrameMs)),
    frameCpuMs: median(traced.map((t) => t.longestFrameCpuMs)),
    frameRestyled: median(traced.map((t) => t.longestFrameRestyled)),
    addedCpuMs: median(traced.map((t) => t.addedCpuMs)),
    toHighlightsMs: median(traced.map((t) => t.toHighlightsMs)),
    loadToHighlightsMs: median(traced.map((t) => t.loadToHighlightsMs)),
    peer: peer && {
      addedCpuMs: median(peerTraced.map((t) => t.addedCpuMs)),
      toHighlightsMs: median(peerTraced.map((t) => t.toHighlightsMs)),
      loadToHighlightsMs: median(peerTraced.map((t) => t.loadToHighlightsMs)),
      longestTaskMs: median(peerTraced.map((t) => t.longestMs)),
      heapAddedBytes: median(peerHeap) - plainHeap,
    },
  };
}
