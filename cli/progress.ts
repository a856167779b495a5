import cliProgress from 'cli-progress';

/** What the scan says on stderr while it runs: progress, and the lines about single articles. */
export interface Progress {
  /** The run's size, once known: articles (null when only bytes are known, as for JSON Lines) and bytes. */
  setTotal(total: { articles: number | null; bytes: number | null }): void;
  advance(bytes: number, failed: boolean): void;
  /** A line about one article; with a bar, printed above it. */
  log(line: string): void;
  stop(): void;
}

export type ProgressMode = 'bar' | 'lines' | 'none';

/** Between the plain progress lines written to a log or a pipe. */
const LINE_INTERVAL_MS = 10_000;

export function createProgress(mode: ProgressMode, err: (chunk: string) => void, stream?: NodeJS.WritableStream): Progress {
  const counts = { articles: 0, failed: 0, bytes: 0, start: performance.now() };
  const total: { articles: number | null; bytes: number | null } = { articles: null, bytes: null };
  const advance = (bytes: number, failed: boolean) => {
    counts.articles++;
    counts.bytes += bytes;
    if (failed) counts.failed++;
  };
  if (mode === 'none') return { setTotal() {}, advance, log: err, stop() {} };
  if (mode === 'lines') return linesProgress(counts, total, advance, err);
  return barProgress(counts, total, advance, stream ?? process.stderr);
}

type Counts = { articles: number; failed: number; bytes: number; start: number };
type Total = { articles: number | null; bytes: number | null };

function linesProgress(counts: Counts, total: Total, advance: Progress['advance'], err: (chunk: string) => void): Progress {
  let printed = false;
  const timer = setInterval(() => {
    printed = true;
    err(`scan: ${status(counts, total)}\n`);
  }, LINE_INTERVAL_MS);
  timer.unref();
  return {
    setTotal: (t) => Object.assign(total, t),
    advance,
    log: err,
    stop() {
      clearInterval(timer);
      // A run short enough to print no progress ends as quietly; a long one says it is done.
      if (printed) err(`scan: done, ${status(counts, total, false)}\n`);
    },
  };
}

function barProgress(counts: Counts, total: Total, advance: Progress['advance'], stream: NodeJS.WritableStream): Progress {
  const bars = new cliProgress.MultiBar({ stream, hideCursor: false, clearOnComplete: true, etaBuffer: 200, fps: 5 });
  // The bar draws its own share and ETA.
  const payload = () => ({ status: status(counts, total, false) });
  let bar: cliProgress.SingleBar | null = null;
  const show = () => {
    const known = total.bytes !== null && total.bytes > 0;
    bar = bars.create(known ? total.bytes! : 0, counts.bytes, payload(), {
      format: known ? 'scan [{bar}] {percentage}% | {status} | ETA {eta_formatted}' : 'scan | {status}',
    });
  };
  return {
    setTotal(t) {
      Object.assign(total, t);
      bar?.stop();
      if (bar) bars.remove(bar);
      show();
    },
    advance(bytes, failed) {
      advance(bytes, failed);
      bar?.update(counts.bytes, payload());
    },
    log: (line) => bars.log(line),
    stop() {
      bars.update();
      bars.stop();
      stream.write(`scan: done, ${status(counts, total, false)}\n`);
    },
  };
}

/** "1,204 of 16,000 articles (2 failed), 12.3 of 27.0 MB, 4.1 MB/s, 3.0 s, about 4 s left": a progress line. */
function status(counts: Counts, total: Total, bytesTotal = true): string {
  const seconds = (performance.now() - counts.start) / 1000;
  const parts = [
    `${counts.articles.toLocaleString('en')}${total.articles !== null ? ` of ${total.articles.toLocaleString('en')}` : ''} articles` +
      (counts.failed ? ` (${counts.failed.toLocaleString('en')} failed)` : ''),
    `${(counts.bytes / 1e6).toFixed(1)}${bytesTotal && total.bytes ? ` of ${(total.bytes / 1e6).toFixed(1)}` : ''} MB`,
  ];
  if (seconds > 0) parts.push(`${(counts.bytes / 1e6 / seconds).toFixed(1)} MB/s`, formatSeconds(seconds));
  if (bytesTotal && total.bytes && counts.bytes > 0 && seconds > 0) {
    parts.push(`about ${formatSeconds(Math.max(0, total.bytes - counts.bytes) / (counts.bytes / seconds))} left`);
  }
  return parts.join(', ');
}

function formatSeconds(s: number): string {
  if (s < 60) return `${Math.max(0, s).toFixed(s < 10 ? 1 : 0)} s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m} min ${Math.round(s % 60)} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}
