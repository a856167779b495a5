import type { PageFigures, PeerFigures } from './pageFigures';
import { kB, median, ms, table } from './stats';

/** Ours / the peer's, two decimals; '-' when the peer's figure is not above zero (no ratio to speak of). */
const ratio = (ours: number, peer: number): number => (peer > 0 ? ours / peer : NaN);
const fixed = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '-');

type Compared = PageFigures & { peer: PeerFigures };

const compared = (figures: PageFigures[]): Compared[] => figures.filter((f): f is Compared => f.peer !== undefined);

const HEADER = ['page', 'walk (µs)', 'main thread ours / peer (ms)', 'ratio', 'ours / walk', 'to highlights ours / peer (ms)', 'ratio',
  'from load event', 'longest task ours / peer (ms)', 'ratio', 'heap added ours / peer', 'ratio'];

/** The table of ours against the peer on every page, and the legend that says what each figure is. */
export function peerTable(figures: PageFigures[]): string {
  const rows = compared(figures).map((f) => [
    f.name,
    (f.textWalkMs * 1000).toFixed(0),
    `${ms(f.addedCpuMs)} / ${ms(f.peer.addedCpuMs)}`,
    fixed(ratio(f.addedCpuMs, f.peer.addedCpuMs)),
    (f.addedCpuMs / f.textWalkMs).toFixed(0),
    `${ms(f.toHighlightsMs)} / ${ms(f.peer.toHighlightsMs)}`,
    fixed(ratio(f.toHighlightsMs, f.peer.toHighlightsMs)),
    `${ms(f.loadToHighlightsMs)} / ${ms(f.peer.loadToHighlightsMs)}`,
    `${ms(f.longestTaskMs)} / ${ms(f.peer.longestTaskMs)}`,
    fixed(ratio(f.longestTaskMs, f.peer.longestTaskMs)),
    `${kB(f.heapAddedBytes)} / ${kB(f.peer.heapAddedBytes)}`,
    fixed(ratio(f.heapAddedBytes, f.peer.heapAddedBytes)),
  ]);
  return [
    table(HEADER, rows),
    'peer: a keyword highlighter built by the bench from mark.js (bench/browser/peer), marking every sentence with a',
    '  reporting verb on the main thread at document_idle, on its own host; each round loads the page with ours and with',
    '  it, in alternating order, the same number of times, each under a Chrome trace (medians).',
    'main thread: thread CPU time of the extension\'s tasks and of the rendering each caused (ms); ours / walk: that',
    '  time in bare text walks of the article (walk: the physical floor of any reader of the text, not a goal).',
    'to highlights: from the navigation\'s start to the end of the first rendering after the scan\'s last write (ms);',
    '  from load event: the same from the load event (negative: painted before it, as a script at document_idle can).',
    'longest task: the longest main-thread task that ran the extension\'s code, wall-clock (ms).',
    'heap added: JS heap after a forced GC, minus the same page with neither extension running.',
  ].join('\n');
}

type Spread = { median: number; max: number };

const spread = (values: number[]): Spread => {
  const known = values.filter(Number.isFinite);
  return { median: median(known), max: Math.max(...known) };
};

/** The ratios ours / peer over the pages (the 10x page included): main-thread time added and time to highlights. */
export function peerRatios(figures: PageFigures[]): { mainThread: Spread; toHighlights: Spread } {
  const pages = compared(figures);
  return {
    mainThread: spread(pages.map((f) => ratio(f.addedCpuMs, f.peer.addedCpuMs))),
    toHighlights: spread(pages.map((f) => ratio(f.toHighlightsMs, f.peer.toHighlightsMs))),
  };
}

/** The bench's last line: the ratios' median and max, and the longest task of each extension over every page. */
export function peerSummary(figures: PageFigures[]): string {
  const pages = compared(figures);
  const { mainThread, toHighlights } = peerRatios(figures);
  const longest = (pick: (f: Compared) => number) => Math.max(...pages.map(pick)).toFixed(0);
  return (
    `peer summary: main-thread median=${fixed(mainThread.median)} max=${fixed(mainThread.max)}; ` +
    `to-highlights median=${fixed(toHighlights.median)} max=${fixed(toHighlights.max)}; ` +
    `longest-task ours=${longest((f) => f.longestTaskMs)} ms peer=${longest((f) => f.peer.longestTaskMs)} ms`
  );
}
