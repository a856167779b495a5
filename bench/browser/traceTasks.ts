import type { CDPSession } from 'playwright-core';

/** One Chrome trace event, as much of it as the analysis reads. */
interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread CPU time of an X event (µs): what it costs without the time the thread waited for a core. */
  tdur?: number;
  id?: string;
  args?: {
    /** Elements an UpdateLayoutTree restyled. */
    elementCount?: number;
    data?: {
      url?: string;
      documentLoaderURL?: string;
      isOutermostMainFrame?: boolean;
      startTime?: number;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string };
}

/**
 * Top-level tasks on the page's main thread, for everything that ran our content script's code. A task is a
 * scheduler task plus the microtask checkpoint that follows it (promise continuations, where most of our work runs).
 */
export interface OurTasks {
  /** How many tasks ran any of our code. */
  count: number;
  /** The longest of them, whole (our code, and whatever the browser did in the same task), wall-clock. */
  longestMs: number;
  /** The most thread CPU time any of them took: the longest task on a core of its own. */
  longestCpuMs: number;
  /** Thread CPU time of all of them, the content script's first run included. */
  cpuMs: number;
  /** Thread CPU time of those that ran between the start and the end of the `sourcelight:total` measure. */
  scanCpuMs: number;
  /** Our own JavaScript in that longest task, from the V8 sampling profiler (about one sample per 0.2 ms). */
  longestOwnMs: number;
  /** All our sampled JavaScript time, over all tasks. */
  ownMs: number;
  /** What the longest task did: `script` (the content script's first run) and the stages whose measures it holds. */
  longestDid: string;
  /**
   * The longest rendering update our writes caused: of the tasks that update style or layout first after one of ours
   * (the frame that shows what we changed), the longest, wall-clock; 0 when none came.
   */
  longestFrameMs: number;
  longestFrameCpuMs: number;
  /** Elements restyled in that frame. */
  longestFrameRestyled: number;
  /**
   * Main-thread time the extension added to the page: thread CPU of its tasks and of the rendering each of them
   * caused (the first task after it that updates style or layout, within 50 ms).
   */
  addedCpuMs: number;
  /**
   * From the start of the page's navigation to the end of the first rendering update after the scan's last write
   * (the end of its `total` measure): the highlights on screen.
   */
  toHighlightsMs: number;
  /** The same from the page's load event; negative when the highlights were painted before it. */
  loadToHighlightsMs: number;
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'disabled-by-default-v8.cpu_profiler',
  '__metadata',
];

/** Records a Chrome trace (task boundaries and V8 samples) over whatever the page does until stop() is called. */
export async function startTrace(cdp: CDPSession): Promise<{ stop(): Promise<TraceEvent[]> }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  return {
    async stop() {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      return events;
    },
  };
}

const TASK = 'ThreadControllerImpl::RunTask';
const MICROTASKS = 'BlinkScheduler_PerformMicrotaskCheckpoint';
/** A checkpoint starting this soon after a task ends belongs to it (µs). */
const SAME_TASK_GAP = 50;
/** A gap between two samples longer than this was idle time, not our code (µs). */
const MAX_SAMPLE_SPAN = 1000;
/** Rendering that begins this long after a task of ours ends is the page's own, not the frame showing our writes (µs). */
const FRAME_AFTER_US = 50_000;
const RENDERING = new Set(['UpdateLayoutTree', 'Layout']);

/**
 * Finds, in a trace, the tasks that ran code from SCRIPT_URL (the content script's chrome-extension:// URL) or held
 * one of its performance marks (names starting with PREFIX).
 */
export function ourTasks(events: TraceEvent[], scriptUrl: string, prefix = 'sourcelight:'): OurTasks {
  const ours = (url: string | undefined) => url !== undefined && url.startsWith(scriptUrl);
  const entry = events.find((e) => e.name === 'EvaluateScript' && ours(e.args?.data?.url));
  if (!entry) throw new Error('the trace shows no run of the content script');
  const { pid, tid } = entry;
  const thread = events.filter((e) => e.pid === pid && e.tid === tid);

  const tasks: { start: number; end: number; cpu: number; ours: boolean; ownUs: number; did: Set<string>; restyled: number; renders: boolean }[] =
    [];
  for (const e of thread.filter((e) => e.ph === 'X' && (e.name === TASK || e.name === MICROTASKS)).sort((a, b) => a.ts - b.ts)) {
    const last = tasks[tasks.length - 1];
    const end = e.ts + (e.dur ?? 0);
    if (last && e.ts < last.end) continue; // nested in the previous task
    if (last && e.name === MICROTASKS && e.ts - last.end < SAME_TASK_GAP) {
      last.end = Math.max(last.end, end);
      last.cpu += e.tdur ?? e.dur ?? 0;
    } else tasks.push({ start: e.ts, end, cpu: e.tdur ?? e.dur ?? 0, ours: false, ownUs: 0, did: new Set(), restyled: 0, renders: false });
  }
  const taskAt = (ts: number) => {
    let low = 0;
    let high = tasks.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const task = tasks[mid]!;
      if (ts < task.start) high = mid - 1;
      else if (ts > task.end) low = mid + 1;
      else return task;
    }
    return undefined;
  };

  for (const e of thread) {
    if (e.ph === 'X' && RENDERING.has(e.name)) {
      const task = taskAt(e.ts);
      if (task) {
        task.renders = true;
        task.restyled += e.args?.elementCount ?? 0;
      }
    }
    if (e.ph === 'X' && ours(e.args?.data?.url)) {
      const task = taskAt(e.ts);
      if (task) task.ours = true;
      if (task && e.name === 'EvaluateScript') task.did.add('script');
    }
    const stage = e.name.startsWith(prefix) ? /^(\w+)/.exec(e.name.slice(prefix.length))?.[1] : undefined;
    if (stage && e.cat.includes('user_timing') && e.ph !== 'e') {
      const task = taskAt(e.ts);
      if (task) {
        task.ours = true;
        task.did.add(stage);
      }
    }
  }

  // V8 samples: a sample is ours when any frame of its stack is in the content script.
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  if (profile) {
    const nodes = new Map<number, ProfileNode>();
    const isOurs = new Map<number, boolean>();
    const nodeIsOurs = (id: number): boolean => {
      const known = isOurs.get(id);
      if (known !== undefined) return known;
      const node = nodes.get(id);
      const result = node ? ours(node.callFrame.url) || (node.parent !== undefined && nodeIsOurs(node.parent)) : false;
      isOurs.set(id, result);
      return result;
    };
    let time = profile.args!.data!.startTime!;
    for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid && e.id === profile.id)) {
      for (const node of chunk.args?.data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
      const samples = chunk.args?.data?.cpuProfile?.samples ?? [];
      const deltas = chunk.args?.data?.timeDeltas ?? [];
      samples.forEach((sample, i) => {
        const delta = deltas[i] ?? 0;
        time += delta;
        if (!nodeIsOurs(sample)) return;
        const task = taskAt(time);
        if (!task) return;
        task.ours = true;
        task.ownUs += Math.min(delta, MAX_SAMPLE_SPAN);
      });
    }
  }

  const mine = tasks.filter((t) => t.ours);
  // The frame after a task of ours: the next task that renders, unless another of ours comes first (its frame then).
  let longestFrame: (typeof tasks)[number] | null = null;
  let oursEnded: number | null = null;
  let framesCpu = 0;
  for (const task of tasks) {
    if (task.ours) oursEnded = task.end;
    else if (task.renders && oursEnded !== null) {
      if (task.start - oursEnded <= FRAME_AFTER_US) framesCpu += task.cpu;
      if (task.start - oursEnded <= FRAME_AFTER_US && (!longestFrame || task.end - task.start > longestFrame.end - longestFrame.start)) {
        longestFrame = task;
      }
      oursEnded = null;
    }
  }
  const none = { start: 0, end: 0, cpu: 0, ownUs: 0, did: new Set<string>() };
  const longest = mine.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a), mine[0] ?? none);
  const scan = thread.filter((e) => e.name === `${prefix}total` && (e.ph === 'b' || e.ph === 'e'));
  const scanStart = Math.min(...scan.map((e) => e.ts));
  const scanEnd = Math.max(...scan.map((e) => e.ts));
  const sumCpu = (list: typeof tasks) => list.reduce((sum, t) => sum + t.cpu, 0) / 1000;
  const painted = tasks.find((t) => t.renders && t.start >= scanEnd)?.end ?? scanEnd;
  const mainFrame = (e: TraceEvent) => e.args?.data?.isOutermostMainFrame === true;
  const navigation = events.find((e) => e.name === 'navigationStart' && mainFrame(e) && e.args?.data?.documentLoaderURL?.startsWith('http'));
  const loaded = events.find((e) => e.name === 'MarkLoad' && mainFrame(e));
  if (!navigation || !loaded) throw new Error("the trace shows no start or load event of the page's navigation");
  return {
    count: mine.length,
    longestMs: (longest.end - longest.start) / 1000,
    longestCpuMs: Math.max(0, ...mine.map((t) => t.cpu)) / 1000,
    cpuMs: sumCpu(mine),
    scanCpuMs: sumCpu(mine.filter((t) => t.end >= scanStart && t.start <= scanEnd)),
    longestOwnMs: longest.ownUs / 1000,
    ownMs: mine.reduce((sum, t) => sum + t.ownUs, 0) / 1000,
    longestDid: [...longest.did].join('+') || 'other',
    longestFrameMs: longestFrame ? (longestFrame.end - longestFrame.start) / 1000 : 0,
    longestFrameCpuMs: longestFrame ? longestFrame.cpu / 1000 : 0,
    longestFrameRestyled: longestFrame?.restyled ?? 0,
    addedCpuMs: sumCpu(mine) + framesCpu / 1000,
    toHighlightsMs: (painted - navigation.ts) / 1000,
    loadToHighlightsMs: (painted - loaded.ts) / 1000,
  };
}
