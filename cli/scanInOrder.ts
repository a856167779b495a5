import { Worker } from 'node:worker_threads';
import type { InputItem } from './articleInputs';
import type { ArticleResult, JobResult, OutputConfig, ScanJob } from './scanJob';

export interface PoolOptions {
  workers: number;
  config: OutputConfig;
  /** Articles read but not yet printed, at most: what bounds memory, however long the input. */
  maxPending: number;
  /** Bytes of articles handed to threads and not yet back, at most (JSON Lines, whose size is known up front). */
  maxPendingBytes: number;
}

/** An article's outcome, in input order. */
export interface Outcome {
  where: string;
  result: ArticleResult;
}

const WORKER_ENTRY = new URL('./scanWorker.mjs', import.meta.url);
/**
 * V8 gives each thread a young generation of up to 48 MB; the engine's garbage dies young, and 8 MB keeps a thread
 * as fast (measured on 100 MB of JSON Lines, two threads: peak RSS 272 MB against 227 MB, 7.2 s against 7.5 s).
 */
const YOUNG_GENERATION_MB = 8;
/**
 * V8 sizes a heap's growth by its limit, which on a machine with gigabytes to spare lets a thread's heap reach 2-3
 * times what it holds before it collects. 256 MB holds the largest article the CLI takes (19 MB of text: 157 MB of
 * heap) and keeps the heaps near what they hold: on 25 MB of JSON Lines, two threads, peak RSS 204-207 MB against
 * 258 MB without it (thread heaps at most 50 MB against 112 MB). An article that needs more stops its thread (below).
 */
const OLD_GENERATION_MB = 256;
/** Articles waiting on every thread before another thread starts. */
const QUEUED_BEFORE_SPAWN = 2;
/** Threads that stop one after another without scanning anything mean the engine cannot start: give up. */
const MAX_LOST_IN_A_ROW = 3;

interface Thread {
  worker: Worker;
  /** Jobs sent and not answered, by seq, with their bytes. */
  pending: Map<number, number>;
}

/**
 * Scans the articles on up to `workers` threads, each loaded once, and hands each outcome to `emit` in input order,
 * as soon as it and all before it are done. Reading waits while `maxPending` articles are unprinted, and printing
 * waits for `emit` (a slow stdout), so memory stays flat.
 */
export async function scanInOrder(items: AsyncIterable<InputItem> | Iterable<InputItem>, options: PoolOptions, emit: (outcome: Outcome) => void | Promise<void>): Promise<void> {
  const threads: Thread[] = [];
  const wheres = new Map<number, string>();
  const done = new Map<number, Outcome>();
  let sent = 0;
  let printed = 0;
  let pendingBytes = 0;
  let lostInARow = 0;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  let printing = Promise.resolve();

  const signal = () => {
    const resolve = wake;
    wake = null;
    resolve?.();
  };
  const progressed = () => new Promise<void>((resolve) => (wake = resolve));

  const print = () => {
    printing = printing
      .then(async () => {
        for (let outcome = done.get(printed); outcome; outcome = done.get(printed)) {
          done.delete(printed);
          await emit(outcome);
          printed++;
          signal();
        }
      })
      .catch((error: unknown) => {
        failure = error instanceof Error ? error : new Error(String(error));
        signal();
      });
  };
  const finish = (seq: number, result: ArticleResult) => {
    done.set(seq, { where: wheres.get(seq)!, result });
    wheres.delete(seq);
    print();
  };

  const spawn = (): Thread => {
    // execArgv: [] so a thread starts the same under tsx, Vitest or plain node; its entry loads what it needs.
    const worker = new Worker(WORKER_ENTRY, { workerData: options.config, execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: OLD_GENERATION_MB } });
    const thread: Thread = { worker, pending: new Map() };
    worker.on('message', (result: JobResult) => {
      lostInARow = 0;
      pendingBytes -= thread.pending.get(result.seq) ?? 0;
      thread.pending.delete(result.seq);
      const { seq, ...outcome } = result;
      finish(seq, outcome);
    });
    const lost = (reason: string) => {
      const index = threads.indexOf(thread);
      if (index !== -1) threads.splice(index, 1);
      if (thread.pending.size === 0) return;
      // The articles it held fail; the run goes on with a new thread, unless threads die as soon as they start.
      if (++lostInARow >= MAX_LOST_IN_A_ROW) failure ??= new Error(`the scan threads keep stopping (${reason})`);
      for (const [seq, bytes] of thread.pending) {
        pendingBytes -= bytes;
        finish(seq, { ok: false, reason: `the scan thread stopped (${reason})`, bytes });
      }
      thread.pending.clear();
      signal();
    };
    worker.on('error', (error) => lost(error.message));
    worker.on('exit', (code) => lost(`exit code ${code}`));
    threads.push(thread);
    return thread;
  };
  /**
   * The least busy thread; a new one while every thread has articles queued and there is room for another, so a
   * handful of articles, which one warm thread scans before a second could load the engine, starts only one.
   */
  const pick = (): Thread => {
    let best: Thread | undefined;
    for (const thread of threads) if (!best || thread.pending.size < best.pending.size) best = thread;
    return best && (best.pending.size < QUEUED_BEFORE_SPAWN || threads.length >= options.workers) ? best : spawn();
  };
  const full = () => sent - printed >= options.maxPending || (pendingBytes >= options.maxPendingBytes && sent > printed);

  try {
    for await (const item of items) {
      while (!failure && full()) await progressed();
      if (failure) break;
      const seq = sent++;
      wheres.set(seq, item.where);
      if ('problem' in item) {
        finish(seq, { ok: false, reason: item.problem, bytes: item.bytes });
        continue;
      }
      const thread = pick();
      thread.pending.set(seq, item.bytes);
      pendingBytes += item.bytes;
      thread.worker.postMessage({ seq, input: item.input } satisfies ScanJob);
    }
    while (!failure && printed < sent) await progressed();
    if (failure) throw failure;
  } finally {
    await Promise.all(threads.map((thread) => thread.worker.terminate()));
  }
}
